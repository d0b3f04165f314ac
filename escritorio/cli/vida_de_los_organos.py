"""La creación y la disolución de un órgano por la línea de órdenes (issue 66, §4): «organos creacion» (el día en
que el estatuto o una resolución lo creó y qué lo creó, para un órgano ya cargado), «organos disolver» (su último
día y qué lo disolvió; termina ese día los mandatos abiertos) y «organos anular-disolucion». Llaman a los mismos
servicios que la ventana (servicios.vida_de_los_organos): las reglas y sus mensajes son los mismos."""

from datetime import date

from ..documentos.visible import abreviar
from .argumentos import fecha
from .comun import con_json, fecha_escrita, imprimir_json, oficina_de


def agregar_vida_de_los_organos(sub) -> list:
    """«organos creacion|disolver|anular-disolucion»; devuelve los parsers (para --asociacion)."""
    creacion = sub.add_parser(
        "creacion", help="fija el día en que se creó un órgano ya cargado y qué lo creó",
        description="El día en que el estatuto o una resolución creó el órgano y qué lo creó («Estatuto, art. 21», "
                    "«Resolución 4/2027»), para un órgano que se cargó después (el que el estatuto creó en 1995). "
                    "Antes de ese día el órgano no existía: la composición lo dice, la memoria de un año anterior "
                    "no lo nombra y no se le convocan sesiones. Lo que no se indica queda como estaba; --sin-fecha "
                    "lo vuelve a dar por existente desde siempre. Se rechaza una fecha posterior a su primera sesión "
                    "o a su primer mandato.",
        epilog='Ejemplos:\n'
               '  escritorio organos creacion Consejo --fecha 1995-11-11 --por "Estatuto, art. 13"\n'
               '  escritorio organos creacion "UT Cultura" --sin-fecha')
    creacion.add_argument("organo", metavar="ORGANO", help="id del órgano o su nombre exacto")
    cuando = creacion.add_mutually_exclusive_group()
    cuando.add_argument("--fecha", type=fecha, metavar="AAAA-MM-DD", help="el día en que se creó")
    cuando.add_argument("--sin-fecha", action="store_true", help="existió desde siempre (borra la fecha)")
    creacion.add_argument("--por", metavar="TEXTO",
                          help='qué lo creó ("Estatuto, art. 21", "Resolución 4/2027"; vacío: lo borra)')
    con_json(creacion)
    creacion.set_defaults(funcion=orden_creacion)

    disolver = sub.add_parser(
        "disolver", help="disuelve un órgano: su último día y qué lo disolvió",
        description="Disuelve el órgano: --fecha es su último día y --por, qué lo disolvió (una resolución, una "
                    "reforma del estatuto). En la misma operación termina ese día los mandatos que seguían abiertos "
                    "(cada uno con el motivo en su historia). Después de esa fecha el órgano no existe: no se le "
                    "convocan sesiones, la agenda no pide su próxima sesión ni renovar sus mandatos y la memoria de "
                    "un año posterior no lo nombra. Se rechaza una fecha anterior a su creación, a su última sesión o "
                    "al comienzo de un mandato. Con --simular, dice qué haría sin hacerlo.",
        epilog='Ejemplos:\n'
               '  escritorio organos disolver "UT Turismo" --fecha 2027-06-30 --por "Resolución 4/2027" --simular\n'
               '  escritorio organos disolver "UT Turismo" --fecha 2027-06-30 --por "Resolución 4/2027"')
    disolver.add_argument("organo", metavar="ORGANO", help="id del órgano o su nombre exacto")
    disolver.add_argument("--fecha", type=fecha, required=True, metavar="AAAA-MM-DD",
                          help="el último día del órgano")
    disolver.add_argument("--por", metavar="TEXTO",
                          help='qué lo disolvió ("Resolución 4/2027", "Reforma del estatuto de 2027")')
    disolver.add_argument("--simular", action="store_true", help="muestra lo que haría sin hacerlo")
    con_json(disolver)
    disolver.set_defaults(funcion=orden_disolver)

    anular = sub.add_parser(
        "anular-disolucion", help="anula la disolución de un órgano (una fecha equivocada)",
        description="El órgano vuelve a existir: se borran el día de su disolución y qué lo disolvió, y los mandatos "
                    "que la disolución terminó vuelven a su fecha de fin de antes (cada uno con el motivo en su "
                    "historia). Para cambiar la fecha de una disolución, anúlela y vuelva a disolverlo.")
    anular.add_argument("organo", metavar="ORGANO", help="id del órgano o su nombre exacto")
    con_json(anular)
    anular.set_defaults(funcion=orden_anular_disolucion)
    return [creacion, disolver, anular]


def vida_json(organo) -> dict:
    """Los cuatro datos de la vida del órgano, como van en las salidas JSON."""
    return {k: organo.get(k) for k in ("creado_el", "creado_por", "disuelto_el", "disuelto_por")}


def _mandatos_json(mandatos) -> list[dict]:
    return [{"mandato_id": m.mandato_id, "quien": m.quien, "cargo": m.cargo, "desde": m.desde, "hasta": m.hasta}
            for m in mandatos]


def orden_creacion(args) -> None:
    from ..servicios.organos import elegir_organo
    from ..servicios.vida_de_los_organos import fijar_creacion

    contexto = oficina_de(args).contexto
    organo = elegir_organo(contexto, args.organo)
    creado_el = None if args.sin_fecha else args.fecha if args.fecha is not None else (
        _dia(organo["creado_el"]))
    creado_por = args.por if args.por is not None else organo["creado_por"]
    organo = fijar_creacion(contexto, organo["id"], creado_el, creado_por)
    if args.json:
        imprimir_json({"id": organo["id"], "nombre": organo["nombre"], **vida_json(organo)})
        return
    nombre = abreviar(organo["nombre"], 100)
    if organo["creado_el"]:
        por = f" ({organo['creado_por']})" if organo["creado_por"] else ""
        print(f"{nombre}: creado el {fecha_escrita(organo['creado_el'])}{por}.")
    else:
        por = f"; lo creó {organo['creado_por']}" if organo["creado_por"] else ""
        print(f"{nombre}: sin fecha de creación (existe desde siempre){por}.")


def _dia(iso: str | None) -> date | None:
    return date.fromisoformat(iso) if iso else None


def orden_disolver(args) -> None:
    from ..servicios.organos import elegir_organo
    from ..servicios.vida_de_los_organos import disolver, prever_disolucion

    contexto = oficina_de(args).contexto
    organo = elegir_organo(contexto, args.organo)
    if args.simular:
        plan = prever_disolucion(contexto, organo["id"], args.fecha, args.por)
        plan.exigir_posible()   # lo que impide disolverlo, como sin --simular (estado 1)
    else:
        plan = disolver(contexto, organo["id"], args.fecha, args.por)
    if args.json:
        imprimir_json({"id": plan.organo_id, "nombre": plan.organo, "disuelto_el": plan.fecha.isoformat(),
                       "disuelto_por": plan.por, "mandatos_terminados": _mandatos_json(plan.terminan),
                       "simulacion": args.simular})
        return
    if args.simular:
        print(plan.resumen())
    else:
        print(f"{abreviar(plan.organo, 100)}: disuelto el {fecha_escrita(plan.fecha.isoformat())}"
              f"{f' ({plan.por})' if plan.por else ''}.")
    if plan.terminan:
        print("Mandatos que terminarían ese día:" if args.simular else "Mandatos terminados ese día:")
        for m in plan.terminan:
            print(f"  {m.mandato_id:>6}  {m.texto()}")
    if args.simular:
        print("Simulación: no se cambió nada.")


def orden_anular_disolucion(args) -> None:
    from ..servicios.organos import elegir_organo
    from ..servicios.vida_de_los_organos import anular_disolucion

    contexto = oficina_de(args).contexto
    organo = elegir_organo(contexto, args.organo)
    reabiertos = anular_disolucion(contexto, organo["id"])
    if args.json:
        imprimir_json({"id": organo["id"], "nombre": organo["nombre"], "mandatos_reabiertos":
                       _mandatos_json(reabiertos)})
        return
    print(f"{abreviar(organo['nombre'], 100)}: se anuló la disolución del {fecha_escrita(organo['disuelto_el'])}; "
          "el órgano vuelve a existir.")
    if reabiertos:
        print("Mandatos reabiertos:")
        for m in reabiertos:
            print(f"  {m.mandato_id:>6}  {m.texto()}")
