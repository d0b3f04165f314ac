"""Lo que la ventana hace en Órganos, Miembros y Unidades temáticas, por la línea de órdenes: crear un órgano
(«organos crear»), designar y terminar mandatos («organos designar», «organos terminar-mandato», «organos
mandatos»), corregir la forma del cargo de uno («organos corregir-forma»), quitar una regla de composición («organos quitar-regla») y el plan de trabajo e informe de una unidad
(«unidades actividad», «unidades actividades», «unidades informe»). La ficha de un miembro está en ficha.py.

Cada orden llama al mismo servicio que la ventana (servicios.organos, servicios.unidades): las reglas y sus
mensajes son los mismos."""

from ..dominio.organos import CARGOS, FORMAS, TIPOS_ORGANO, nombre_del_cargo
from ..dominio.unidades import ESTADOS_ACTIVIDAD
from .argumentos import cantidad, fecha, identificador, opciones_de_voto
from .comun import con_asociacion, con_json, contexto_de, fecha_escrita, imprimir_json
from .plan_de_trabajo import actividad_json, fechas_de


def agregar_alta_de_organos(sub) -> list:
    """«organos crear|designar|terminar-mandato|mandatos|quitar-regla»; devuelve los parsers (para --asociacion)."""
    crear = sub.add_parser(
        "crear", help="crea un órgano (una asamblea se compone de todos los miembros activos)",
        description="Crea un órgano de la asociación, citado al artículo que lo crea. Una asamblea recibe en la misma "
                    "operación la regla «Todos los miembros activos» (se deriva del padrón), salvo con "
                    "--sin-regla-por-omision; las demás reglas se agregan con «organos regla-composicion». Con "
                    "--creado-el, el órgano no existe antes de ese día (la memoria de un año anterior no lo nombra); "
                    "sin él, existe desde siempre («organos creacion» lo fija después).",
        epilog='Ejemplos:\n'
               '  escritorio organos crear --nombre "Asamblea General" --tipo asamblea --articulo "Estatuto, art. 12" '
               '--frecuencia-meses 12\n'
               '  escritorio organos crear --nombre "Consejo" --tipo consejo --padre "Asamblea General" '
               '--articulo "Estatuto, art. 13"\n'
               '  escritorio organos crear --nombre "UT Juventudes" --tipo unidad_tematica --creado-el 2026-03-01 '
               '--creado-por "Resolución 2/2026"')
    crear.add_argument("--nombre", required=True, metavar="TEXTO", help="nombre del órgano")
    crear.add_argument("--tipo", required=True, choices=tuple(TIPOS_ORGANO), metavar="TIPO",
                       help="tipo de órgano: " + ", ".join(TIPOS_ORGANO))
    crear.add_argument("--padre", metavar="ORGANO", help="órgano del que depende (id o nombre exacto)")
    crear.add_argument("--articulo", metavar="TEXTO", help='artículo que lo crea ("Estatuto, art. 12")')
    crear.add_argument("--frecuencia-meses", type=cantidad, metavar="N", help="cada cuántos meses debe reunirse")
    crear.add_argument("--atribuciones", metavar="TEXTO", help="qué hace el órgano, según el estatuto")
    crear.add_argument("--sin-regla-por-omision", action="store_true",
                       help="una asamblea sin la regla «Todos los miembros activos» (se fijan después)")
    crear.add_argument("--creado-el", type=fecha, metavar="AAAA-MM-DD",
                       help="el día en que lo creó el estatuto o una resolución (sin él: existe desde siempre)")
    crear.add_argument("--creado-por", metavar="TEXTO",
                       help='qué lo creó ("Estatuto, art. 21", "Resolución 4/2027")')
    con_json(crear)
    crear.set_defaults(funcion=orden_crear)

    designar = sub.add_parser(
        "designar", help="registra un mandato en un órgano (miembro y/o persona, cargo, desde-hasta)",
        description="Registra un mandato: el miembro que ocupa el puesto, la persona que lo representa, o ambos; "
                    "el cargo y desde cuándo. Los ids de los miembros se ven con «miembros listar».",
        epilog='Ejemplo:\n  escritorio organos designar Consejo --miembro 12 --persona "Ana Pérez" --cargo titular '
               '--desde 2026-03-01 --hasta 2028-02-29')
    designar.add_argument("organo", metavar="ORGANO", help="id del órgano o su nombre exacto")
    designar.add_argument("--miembro", type=identificador, metavar="ID", help="id del miembro")
    designar.add_argument("--persona", metavar="TEXTO", help="la persona que ocupa el puesto o representa al miembro")
    designar.add_argument("--cargo", choices=tuple(CARGOS), metavar="CARGO",
                          help="cargo: " + ", ".join(CARGOS) + " (sin él: integrante en una unidad temática o un grupo "
                               "de trabajo, secretario_ejecutivo en una secretaría técnica, titular en los demás, "
                               "el mismo que escribe el traspaso en la Comisión Directiva)")
    designar.add_argument("--forma", choices=tuple(FORMAS), default="masculina", metavar="FORMA",
                          help="cómo se nombra a quien ejerce el cargo: masculina («Presidente», «Secretario "
                               "Ejecutivo»; por omisión) o femenina («Presidenta», «Secretaria Ejecutiva»); el cargo "
                               "es el mismo")
    designar.add_argument("--desde", type=fecha, required=True, metavar="AAAA-MM-DD", help="comienzo del mandato")
    designar.add_argument("--hasta", type=fecha, metavar="AAAA-MM-DD", help="fin del mandato (sin fecha: abierto)")
    opciones_de_voto(designar, "el mandato no tiene derecho a voto",
                     "el mandato tiene derecho a voto (un suplente que vota; un observador nunca)")
    designar.add_argument("--en-nombre-de", type=identificador, metavar="ID",
                          help="id del miembro en cuyo nombre actúa (un representante)")
    con_json(designar)
    designar.set_defaults(funcion=orden_designar)

    terminar = sub.add_parser(
        "terminar-mandato", help="termina un mandato con fecha y motivo",
        description="Termina un mandato (nunca se borra): su «hasta» queda corregido con el motivo en la historia del "
                    "órgano. Los ids de los mandatos se ven con «organos mandatos ORGANO».")
    terminar.add_argument("mandato", type=identificador, metavar="MANDATO", help="id del mandato")
    terminar.add_argument("--hasta", type=fecha, required=True, metavar="AAAA-MM-DD", help="último día del mandato")
    terminar.add_argument("--motivo", required=True, metavar="TEXTO", help="por ejemplo: Renuncia, Fin del período")
    terminar.set_defaults(funcion=orden_terminar_mandato)

    forma = sub.add_parser(
        "corregir-forma", help="cambia la forma con que se nombra a quien ejerce el cargo (Presidente/Presidenta)",
        description="Corrige la forma del cargo de un mandato: masculina («Presidente», «Secretario Ejecutivo») o "
                    "femenina («Presidenta», «Secretaria Ejecutiva»). El cargo es el mismo; la corrección queda en la "
                    "historia del mandato con su motivo. Los ids de los mandatos se ven con «organos mandatos ORGANO».",
        epilog='Ejemplo:\n  escritorio organos corregir-forma 12 --forma femenina --motivo "La ejerce una mujer"')
    forma.add_argument("mandato", type=identificador, metavar="MANDATO", help="id del mandato")
    forma.add_argument("--forma", choices=tuple(FORMAS), required=True, metavar="FORMA",
                       help="masculina o femenina")
    forma.add_argument("--motivo", required=True, metavar="TEXTO",
                       help="por qué se corrige (queda en la historia del mandato)")
    forma.set_defaults(funcion=orden_corregir_forma)

    mandatos = sub.add_parser("mandatos", help="todos los mandatos de un órgano, con sus ids y correcciones",
                              description="La historia de mandatos del órgano (vigentes y terminados), con sus ids.")
    mandatos.add_argument("organo", metavar="ORGANO", help="id del órgano o su nombre exacto")
    con_json(mandatos)
    mandatos.set_defaults(funcion=orden_mandatos)

    quitar = sub.add_parser(
        "quitar-regla", help="quita una regla de composición",
        description="Quita una regla de composición de un órgano (la bitácora guarda lo que decía). Las reglas, con "
                    "su número, se ven con «organos composicion ORGANO».")
    quitar.add_argument("regla", type=identificador, metavar="REGLA", help="número de la regla")
    quitar.set_defaults(funcion=orden_quitar_regla)
    return [crear, designar, terminar, forma, mandatos, quitar]


def agregar_plan_de_trabajo(sub) -> list:
    """«unidades actividad|actividades»; devuelve los parsers."""
    actividad = sub.add_parser(
        "actividad", help="agrega una actividad al plan de trabajo de una unidad",
        description="Agrega una actividad al plan de trabajo de una unidad temática (como «Nueva actividad…» en la "
                    "ventana).",
        epilog='Ejemplo:\n  escritorio unidades actividad "UT Cultura" --titulo "Seminario regional" '
               '--fecha 2026-06-10 --estado prevista')
    actividad.add_argument("unidad", metavar="UNIDAD", help="id de la unidad o su nombre exacto («UT Cultura»)")
    actividad.add_argument("--titulo", required=True, metavar="TEXTO")
    actividad.add_argument("--fecha", "--desde", dest="desde", type=fecha, metavar="AAAA-MM-DD",
                           help="fecha de la actividad, o su comienzo")
    actividad.add_argument("--hasta", type=fecha, metavar="AAAA-MM-DD", help="fin de la actividad")
    actividad.add_argument("--estado", choices=tuple(ESTADOS_ACTIVIDAD), default="prevista", metavar="ESTADO",
                           help="estado: " + ", ".join(ESTADOS_ACTIVIDAD) + " (por omisión, prevista)")
    actividad.add_argument("--responsable", type=identificador, metavar="ID", help="id del miembro responsable")
    actividad.add_argument("--descripcion", "--resultado", dest="resultado", metavar="TEXTO",
                           help="lo que se logró o se espera lograr (el «Resultado» de la ventana)")
    con_json(actividad)
    actividad.set_defaults(funcion=orden_actividad)
    actividades = sub.add_parser("actividades", help="el plan de trabajo de una unidad (de un año, con --anio)",
                                 description="Las actividades del plan de trabajo de una unidad temática, con su "
                                             "número, fechas, estado, responsable e informe; las atrasadas (previstas "
                                             "o en curso después de su fin) llevan «ATRASADA». Con --anio, solo las "
                                             "que ocurren ese año.")
    actividades.add_argument("unidad", metavar="UNIDAD", help="id de la unidad o su nombre exacto")
    actividades.add_argument("--anio", metavar="AÑO", help="solo las actividades de ese año")
    con_json(actividades)
    actividades.set_defaults(funcion=orden_actividades)
    informe = sub.add_parser("informe", help="informe de una unidad en PDF (coordinación, plan de trabajo, "
                                             "participantes)", description="El informe de la unidad en PDF, como "
                             "«Informe de la unidad (PDF)…» en la ventana.")
    informe.add_argument("unidad", metavar="UNIDAD", help="id de la unidad o su nombre exacto")
    informe.add_argument("archivo", metavar="ARCHIVO.pdf")
    informe.add_argument("--al", type=fecha, metavar="AAAA-MM-DD", help="fecha (por defecto, hoy)")
    informe.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    informe.set_defaults(funcion=orden_informe)
    for parser in (actividad, actividades, informe):
        con_asociacion(parser)
    return [actividad, actividades, informe]


# --- órganos ------------------------------------------------------------------------------------------------------

def _reglas_json(reglas) -> list[dict]:
    return [{"id": r["id"], "tipo": r["tipo"], "nombre": r["nombre"], "parametros": r["parametros"],
             "descripcion": r["descripcion"], "articulo": r["articulo"], "desde": r["desde"],
             "reemplazada_por": r.get("reemplazada_por")} for r in reglas]


def linea_de_regla(regla) -> str:
    """«Regla 12: Todos los miembros activos (Estatuto, art. 12)»."""
    from ..documentos.visible import abreviar

    detalle = f": {regla['descripcion']}" if regla["descripcion"] else ""
    cita = f" ({abreviar(regla['articulo'], 80)})" if regla["articulo"] else ""
    ya_no = (f" — ya no rige: la reemplaza la regla {regla['reemplazada_por']}" if regla.get("reemplazada_por")
             else "")
    return f"Regla {regla['id']}: {regla['nombre']}{detalle}{cita}{ya_no}"


def orden_crear(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.organos import NuevoOrgano, composicion, crear_organo, elegir_organo
    from ..servicios.reglas_de_composicion import reglas_de_composicion

    contexto = contexto_de(args)
    padre_id = elegir_organo(contexto, args.padre)["id"] if args.padre is not None else None
    organo_id = crear_organo(contexto, NuevoOrgano(
        nombre=args.nombre, tipo=args.tipo, padre_id=padre_id, atribuciones=args.atribuciones,
        frecuencia_meses=args.frecuencia_meses, articulo=args.articulo,
        regla_por_omision=not args.sin_regla_por_omision, creado_el=args.creado_el, creado_por=args.creado_por))
    reglas = reglas_de_composicion(contexto, organo_id)
    comp = composicion(contexto, organo_id)
    organo = comp.organo
    if args.json:
        imprimir_json({"id": organo_id, "nombre": organo["nombre"], "tipo": organo["tipo"], "padre_id": padre_id,
                       "articulo": organo["articulo"], "frecuencia_meses": organo["frecuencia_meses"],
                       "reglas": _reglas_json(reglas), "integrantes": comp.integrantes,
                       "creado_el": organo["creado_el"], "creado_por": organo["creado_por"]})
        return
    creado = (f", creado el {fecha_escrita(organo['creado_el'])}"
              f"{' (' + abreviar(organo['creado_por'], 80) + ')' if organo['creado_por'] else ''}"
              if organo["creado_el"] else "")
    print(f"Órgano creado: {abreviar(organo['nombre'], 100)} (id {organo_id}, {TIPOS_ORGANO[organo['tipo']]}{creado}).")
    for regla in reglas:
        print(f"  {linea_de_regla(regla)}")
    if organo["creado_el"] and organo["creado_el"] > comp.al.isoformat():
        print(f"Existe desde el {fecha_escrita(organo['creado_el'])}: hoy todavía no lo integra nadie.")
        return
    print(f"Hoy lo integran {comp.integrantes}." if comp.asientos else
          "Nadie lo integra todavía: designe con «organos designar» o fije una regla con «organos regla-composicion».")


def _mandato_json(m) -> dict:
    return {"id": m["id"], "organo_id": m["organo_id"], "miembro_id": m["miembro_id"], "miembro": m["miembro"],
            "pais": m["pais"], "persona": m["persona"], "cargo": m["cargo"], "con_voto": bool(m["con_voto"]),
            "desde": m["desde"], "hasta": m["hasta"], "en_nombre_de": m["en_nombre_de"],
            "forma": m["forma"]}


def _describir_mandato(m) -> str:
    from ..documentos.visible import abreviar

    quien = abreviar(m["miembro"] or m["persona"] or "—", 60)
    if m["miembro"] and m["persona"]:
        quien += f" ({abreviar(m['persona'], 40)})"
    voto = "" if m["con_voto"] else ", sin voto"
    hasta = f" hasta el {fecha_escrita(m['hasta'])}" if m["hasta"] else ""
    return f"{quien}: {nombre_del_cargo(m['cargo'], m['forma'])} desde el {fecha_escrita(m['desde'])}{hasta}{voto}"


def orden_designar(args) -> None:
    from ..dominio.organos import cargo_por_omision
    from ..servicios.organos import NuevoMandato, designar, elegir_organo, mandatos_de

    contexto = contexto_de(args)
    organo = elegir_organo(contexto, args.organo)
    mandato_id = designar(contexto, organo["id"], NuevoMandato(
        cargo=args.cargo or cargo_por_omision(organo["tipo"]), desde=args.desde, miembro_id=args.miembro,
        persona=args.persona,
        con_voto=args.con_voto, hasta=args.hasta, en_nombre_de=args.en_nombre_de, forma=args.forma))
    mandato = next(m for m in mandatos_de(contexto, organo["id"]) if m["id"] == mandato_id)
    if args.json:
        imprimir_json(_mandato_json(mandato) | {"organo": organo["nombre"]})
        return
    print(f"Mandato {mandato_id} registrado en {organo['nombre']}: {_describir_mandato(mandato)}.")


def orden_terminar_mandato(args) -> None:
    from ..servicios.organos import mandato_de, terminar_mandato

    contexto = contexto_de(args)
    terminar_mandato(contexto, args.mandato, args.hasta, args.motivo)
    mandato = mandato_de(contexto, args.mandato)
    print(f"Mandato {args.mandato} terminado en {mandato['organo']}: {_describir_mandato(mandato)}.")


def orden_corregir_forma(args) -> None:
    from ..servicios.organos import corregir_mandato, mandato_de

    contexto = contexto_de(args)
    corregir_mandato(contexto, args.mandato, "forma", args.forma, args.motivo)
    mandato = mandato_de(contexto, args.mandato)
    print(f"Mandato {args.mandato} corregido en {mandato['organo']}: {_describir_mandato(mandato)}.")


def orden_mandatos(args) -> None:
    from ..servicios.organos import elegir_organo, mandatos_de

    contexto = contexto_de(args)
    organo = elegir_organo(contexto, args.organo)
    mandatos = mandatos_de(contexto, organo["id"])
    if args.json:
        imprimir_json([_mandato_json(m) | {"correcciones": [
            {"campo": c["campo"], "antes": c["antes"], "despues": c["despues"], "motivo": c["motivo"]}
            for c in m["correcciones"]]} for m in mandatos])
        return
    for m in mandatos:
        print(f"{m['id']:>6}  {_describir_mandato(m)}")
        for c in m["correcciones"]:
            print(f"        corregido {c['campo']}: {c['antes'] or '—'} → {c['despues'] or '—'} ({c['motivo']})")
    print(f"{organo['nombre']}: {len(mandatos)} mandato{'' if len(mandatos) == 1 else 's'}.")


def orden_quitar_regla(args) -> None:
    from ..servicios.organos import composicion
    from ..servicios.reglas_de_composicion import quitar_regla

    contexto = contexto_de(args)
    regla = quitar_regla(contexto, args.regla)
    comp = composicion(contexto, regla["organo_id"])
    print(f"{comp.organo['nombre']}: se quitó la regla {regla['id']} ({linea_de_regla(regla).partition(': ')[2]}). "
          f"Hoy lo integran {comp.integrantes}.")


# --- unidades -----------------------------------------------------------------------------------------------------

def orden_actividad(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.organos import elegir_organo
    from ..servicios.unidades import NuevaActividad, actividades_de, agregar_actividad

    contexto = contexto_de(args)
    unidad = elegir_organo(contexto, args.unidad)
    actividad_id = agregar_actividad(contexto, unidad["id"], NuevaActividad(
        titulo=args.titulo, desde=args.desde, hasta=args.hasta, estado=args.estado,
        responsable_id=args.responsable, resultado=args.resultado))
    actividad = next(a for a in actividades_de(contexto, unidad["id"]) if a["id"] == actividad_id)
    if args.json:
        imprimir_json(actividad_json(actividad) | {"unidad": unidad["nombre"]})
        return
    print(f"Actividad {actividad_id} agregada al plan de trabajo de {abreviar(unidad['nombre'], 80)}: "
          f"{abreviar(actividad['titulo'], 100)} ({ESTADOS_ACTIVIDAD[actividad['estado']].lower()}).")


def orden_actividades(args) -> None:
    from ..documentos.visible import abreviar
    from ..dominio.paises import nombre_pais
    from ..servicios.organos import elegir_organo
    from ..servicios.plan_de_trabajo import plan_del_anio

    contexto = contexto_de(args)
    unidad = elegir_organo(contexto, args.unidad)
    plan = plan_del_anio(contexto, unidad["id"], args.anio)
    lista = plan.actividades
    if args.json:
        imprimir_json([actividad_json(a) for a in lista])
        return
    for a in lista:
        responsable = ""
        if a["responsable"]:
            pais = f" ({nombre_pais(a['responsable_pais'])})" if a["responsable_pais"] else ""
            responsable = f"  responsable: {abreviar(a['responsable'], 40)}{pais}"
        informe = "  [informe PDF]" if a["informe_id"] else ""
        atrasada = "  ATRASADA" if a["id"] in plan.atrasadas else ""
        print(f"{a['id']:>6}  {abreviar(a['titulo'], 60):<60} {fechas_de(a):<23} "
              f"{ESTADOS_ACTIVIDAD[a['estado']]}{atrasada}{responsable}{informe}")
    en = f" en {plan.anio}" if plan.anio is not None else ""
    resumen = f"{unidad['nombre']}: {len(lista)} actividad{'' if len(lista) == 1 else 'es'}{en}"
    if plan.atrasadas:
        resumen += f", {len(plan.atrasadas)} atrasada{'' if len(plan.atrasadas) == 1 else 's'}"
    if plan.sin_fecha:
        resumen += (f" (y {plan.sin_fecha} sin fecha, que no son de ningún año: se ven sin --anio)")
    print(resumen + ".")


def orden_informe(args) -> None:
    from ..salida import comprobar_salida
    from ..servicios.informes_organos import imprimir_informe_unidad
    from ..servicios.organos import elegir_organo

    comprobar_salida(args.archivo, ".pdf", "el informe de la unidad", reemplazar=args.reemplazar)
    contexto = contexto_de(args)
    unidad = elegir_organo(contexto, args.unidad)
    imprimir_informe_unidad(contexto, unidad["id"], args.archivo, args.al)
    print(f"Informe de {unidad['nombre']} guardado en {args.archivo}.")
