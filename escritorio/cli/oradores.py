"""escritorio oradores: la lista de oradores de un punto del orden del día o de una moción (issue 64, §3): pedir la
palabra, dar la palabra a quien sigue, terminar una intervención, pausarla y reanudarla, mover a alguien en la cola,
retirar un pedido, cerrar y reabrir la lista, y verla. Cada orden llama al mismo servicio que la pestaña «Oradores» del editor de sesión (servicios/oradores.py):
las reglas (la cuestión de orden que se adelanta, la lista cerrada, quién puede hablar) viven allí."""

from ..documentos.visible import abreviar, visible
from ..dominio import oradores as reglas
from ..dominio.referencias import AYUDA_PUNTO
from ..dominio.sala import NOMBRES_TIPO_ORADOR, TIPOS_ORADOR
from .argumentos import identificador
from .argumentos import punto as un_punto
from ..errores import ErrorEscritorio
from .comun import con_asociacion, con_json, imprimir_json, oficina_de

EJEMPLOS = """\
ejemplos (el punto 2 de la sesión 5, «5:2»):
  escritorio oradores pedir --punto 5:2 --miembro 12
  escritorio oradores pedir --punto 5:2 --miembro 31 --tipo en_contra
  escritorio oradores pedir --punto 5:2 --persona "Ana Pérez"          (un invitado de la sesión)
  escritorio oradores pedir --punto 5:2 --miembro 7 --tipo cuestion_de_orden --categoria "Moción de orden"
  escritorio oradores pedir --punto 5:2 --miembro 9 --tipo pregunta_intercalada   (a quien habla: lo pausa)
  escritorio oradores pausar --punto 5:2                            (y «reanudar»)
  escritorio oradores mover 41 --lugar 1                            (el pedido 41, primero de su grupo)
  escritorio oradores siguiente --punto 5:2                         (da la palabra a quien sigue)
  escritorio oradores terminar --punto 5:2
  escritorio oradores cerrar --punto 5:2
  escritorio oradores listar --punto 5:2 --json
con --mocion M, la lista de la moción M del punto en vez de la del punto. Salen con 0 si se hizo, con 1 y el motivo
si la regla no lo admite (nada se guarda) y con 2 si la orden está mal escrita."""


def _con_punto(parser, mocion: bool = True):
    parser.add_argument("--punto", type=un_punto, required=True, metavar="PUNTO", help=AYUDA_PUNTO)
    if mocion:
        parser.add_argument("--mocion", type=identificador, metavar="ID",
                            help="la lista de esa moción del punto (sin --mocion, la del punto)")
    con_json(parser)
    con_asociacion(parser)
    return parser


def agregar_ordenes(ordenes) -> None:
    oradores = ordenes.add_parser(
        "oradores", help="la lista de oradores de un punto o de una moción: pedir y dar la palabra, cerrar la lista",
        description="La lista de oradores de un punto del orden del día (o de una moción): quién pide la palabra, en "
                    "orden; una cuestión de orden se adelanta a los demás; el tiempo de cada intervención lo fijan "
                    "las reglas de la sala del órgano. Lo que se anota queda en el registro de la sesión y se congela "
                    "con su acta aprobada.",
        epilog=EJEMPLOS)
    sub = oradores.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)

    pedir = _con_punto(sub.add_parser(
        "pedir", help="anota a alguien en la lista (pide la palabra)",
        description="Anota a un miembro o a un invitado de la sesión en la lista de oradores. Con la lista cerrada "
                    "solo se admite una cuestión de orden, que se adelanta a los demás.",
        epilog='Ejemplo: escritorio oradores pedir --punto 5:2 --miembro 12 --tipo a_favor'))
    quien = pedir.add_mutually_exclusive_group(required=True)
    quien.add_argument("--miembro", type=identificador, metavar="ID", help="el id del miembro («miembros listar»)")
    quien.add_argument("--persona", metavar="NOMBRE",
                       help="el nombre de un invitado de la sesión, como figura en su lista de invitados")
    pedir.add_argument("--tipo", default="intervencion", choices=TIPOS_ORADOR, metavar="TIPO",
                       help="intervencion (por defecto), a_favor, en_contra, cuestion_de_orden, pregunta_intercalada "
                            "(a quien habla: al darle la palabra, lo pone en pausa) o intervencion_breve (con su "
                            "propio tiempo, antes que las intervenciones)")
    pedir.add_argument("--categoria", metavar="NOMBRE",
                       help="con cuestion_de_orden: su categoría («sala categorias --organo ORGANO»), que le da su "
                            "lugar por rango")
    pedir.set_defaults(funcion=orden_pedir)

    listar = sub.add_parser(
        "listar", help="la lista: la cola en orden, quién habla y cuánto le queda, quién habló y cuánto",
        description="La lista de oradores: quién habla y cuánto tiempo le queda, la cola en el orden en que "
                    "hablarán, quién habló y cuánto, y si la lista está cerrada. Con --sesion, todas las listas de "
                    "la sesión, en el orden del día (lo que el acta cuenta).",
        epilog="Ejemplos:\n  escritorio oradores listar --punto 5:2\n  escritorio oradores listar --sesion 5 --json")
    cual = listar.add_mutually_exclusive_group(required=True)
    cual.add_argument("--punto", type=un_punto, metavar="PUNTO", help=AYUDA_PUNTO)
    cual.add_argument("--sesion", type=identificador, metavar="SESION",
                      help="todas las listas de la sesión («sesiones listar»)")
    listar.add_argument("--mocion", type=identificador, metavar="ID",
                        help="la lista de esa moción del punto (sin --mocion, la del punto)")
    con_json(listar)
    con_asociacion(listar)
    listar.set_defaults(funcion=orden_listar)

    siguiente = _con_punto(sub.add_parser(
        "siguiente", help="da la palabra a quien sigue en la cola (y termina la intervención en curso)",
        description="Da la palabra a quien sigue en la cola; quien estaba hablando termina su intervención."))
    siguiente.set_defaults(funcion=orden_siguiente)

    terminar = _con_punto(sub.add_parser(
        "terminar", help="termina la intervención en curso",
        description="Termina la intervención de quien está hablando y anota cuánto habló."))
    terminar.set_defaults(funcion=orden_terminar)

    retirar = sub.add_parser("retirar", help="retira un pedido de la palabra de la cola",
                             description="Retira de la cola a quien esperaba la palabra (el id de «oradores listar»).")
    retirar.add_argument("orador", type=identificador, metavar="ID", help="el id del pedido («oradores listar»)")
    con_json(retirar)
    con_asociacion(retirar)
    retirar.set_defaults(funcion=orden_retirar)

    cerrar = _con_punto(sub.add_parser(
        "cerrar", help="cierra la lista: ya no se anota nadie, salvo una cuestión de orden",
        description="Cierra la lista de oradores: quienes esperan hablan; no se anota nadie más, salvo una "
                    "cuestión de orden."))
    cerrar.set_defaults(funcion=orden_cerrar)

    reabrir = _con_punto(sub.add_parser("reabrir", help="vuelve a abrir una lista cerrada",
                                        description="Vuelve a abrir la lista de oradores: se puede pedir la palabra."))
    reabrir.set_defaults(funcion=orden_reabrir)

    pausar = _con_punto(sub.add_parser(
        "pausar", help="pone en pausa la intervención en curso (su reloj se detiene)",
        description="Detiene el reloj de quien habla; lo hablado se guarda. «oradores reanudar» lo pone en marcha "
                    "otra vez; dar la palabra a otro termina la intervención en pausa."))
    pausar.set_defaults(funcion=orden_pausar)

    reanudar = _con_punto(sub.add_parser(
        "reanudar", help="reanuda la intervención en pausa",
        description="Vuelve a poner en marcha el reloj de quien estaba en pausa, desde donde quedó."))
    reanudar.set_defaults(funcion=orden_reanudar)

    mover = sub.add_parser(
        "mover", help="cambia el lugar de un pedido en la cola (entre los de su grupo)",
        description="Lleva a quien espera la palabra al lugar indicado entre los de su grupo: las cuestiones de "
                    "orden, las preguntas intercaladas y las intervenciones breves van siempre antes que las demás.",
        epilog="Ejemplo: escritorio oradores mover 41 --lugar 1")
    mover.add_argument("orador", type=identificador, metavar="ID", help="el id del pedido («oradores listar»)")
    mover.add_argument("--lugar", type=identificador, required=True, metavar="N", help="el lugar nuevo, desde 1")
    con_json(mover)
    con_asociacion(mover)
    mover.set_defaults(funcion=orden_mover)


def _json_orador(o) -> dict:
    return {"id": o.id, "orden": o.orden, "nombre": o.nombre, "miembro_id": o.miembro_id, "persona": o.persona,
            "tipo": o.tipo, "estado": o.estado, "pedida_en": o.pedida_en, "empezo_en": o.empezo_en,
            "termino_en": o.termino_en, "segundos": o.segundos, "segundos_permitidos": o.segundos_permitidos,
            "pausado_en": o.pausado_en, "segundos_previos": o.segundos_previos, "categoria": o.categoria,
            "primera_vez": o.primera_vez}


def _json_lista(lista) -> dict:
    return {"sesion_id": lista.sesion_id, "punto_id": lista.punto_id, "mocion_id": lista.mocion_id,
            "numero_mocion": lista.numero_mocion,
            "cerrada": lista.cerrada, "cerrada_en": lista.cerrada_en, "segundos_palabra": lista.segundos_palabra,
            "segundos_cuestion_orden": lista.segundos_cuestion_orden,
            "hablando": _json_orador(lista.hablando) if lista.hablando else None,
            "en_pausa": _json_orador(lista.en_pausa) if lista.en_pausa else None,
            "segundos_restantes": lista.restantes(),
            "cola": [_json_orador(o) for o in lista.cola], "hablaron": [_json_orador(o) for o in lista.hablaron],
            "retirados": [_json_orador(o) for o in lista.retirados]}


def _tipo(o, primera_vez: bool = False) -> str:
    """« (cuestión de orden: Moción de orden)»; en la cola (`primera_vez`), también si todavía no habló en la sesión."""
    tipo = "" if o.tipo == "intervencion" else NOMBRES_TIPO_ORADOR[o.tipo].lower()
    if o.categoria:
        tipo += f": {o.categoria}"
    marcas = [m for m in (tipo, "primera vez" if primera_vez and o.primera_vez else "") if m]
    return f" ({'; '.join(marcas)})" if marcas else ""


def _nombre(o) -> str:
    return abreviar(o.nombre, 60)


def orden_pedir(args) -> None:
    from ..servicios.oradores import listar, pedir_palabra

    contexto = oficina_de(args).contexto
    categoria = None
    if args.categoria is not None:
        from ..servicios.categorias_de_cuestion import elegir_para_el_punto

        categoria = elegir_para_el_punto(contexto, args.punto, args.categoria).id
    orador = pedir_palabra(contexto, args.punto, args.miembro, args.persona, args.tipo, args.mocion,
                           categoria_id=categoria)
    if args.json:
        imprimir_json(_json_orador(orador))
        return
    lista = listar(contexto, args.punto, args.mocion)
    lugar = next(i for i, o in enumerate(lista.cola, 1) if o.id == orador.id)
    print(f"{_nombre(orador)} pidió la palabra{_tipo(orador)} (pedido {orador.id}): es {lugar}.º en la cola.")


def orden_listar(args) -> None:
    from ..servicios.oradores import listar, listas_de_la_sesion

    contexto = oficina_de(args).contexto
    if args.sesion is not None:
        if args.mocion is not None:
            raise ErrorEscritorio("--mocion va con --punto (la lista de una moción de ese punto); con --sesion se "
                                  "listan todas, también las de las mociones.")
        _listar_la_sesion(contexto, args, listas_de_la_sesion(contexto, args.sesion))
        return
    lista = listar(contexto, args.punto, args.mocion)
    if args.json:
        imprimir_json(_json_lista(lista))
        return
    _imprimir_lista(contexto, args, lista)


def _listar_la_sesion(contexto, args, listas) -> None:
    from ..servicios.referencias import nombre_del_punto

    if args.json:
        imprimir_json([_json_lista(lista) for lista in listas])
        return
    if not listas:
        print(f"Nadie pidió la palabra en la sesión {args.sesion}.")
    for lista in listas:
        donde = nombre_del_punto(contexto, lista.punto_id)
        print(f"Punto {donde}" + (f", moción {lista.numero_mocion} (--mocion {lista.mocion_id})" if lista.mocion_id
                                  else "") + ":")
        for o in lista.hablaron:
            print(f"       {_nombre(o)}{_tipo(o)}: {reglas.reloj(o.segundos)}")
        if lista.hablando:
            print(f"       {_nombre(lista.hablando)}{_tipo(lista.hablando)}: está hablando")
        if lista.cola:
            print(f"       {len(lista.cola)} en espera")


def _imprimir_lista(contexto, args, lista) -> None:
    from ..servicios.oradores import mociones_del_punto

    estado = "cerrada" if lista.cerrada else "abierta"
    print(f"Lista de oradores {estado}; cada intervención: {reglas.reloj(lista.segundos_palabra)}, una cuestión de "
          f"orden: {reglas.reloj(lista.segundos_cuestion_orden)}.")
    if lista.hablando:
        restan = lista.restantes()
        cuanto = (f"le quedan {reglas.reloj(restan)}" if restan >= 0
                  else f"se pasó {reglas.reloj(-restan)}")
        pausa = " EN PAUSA" if lista.hablando.pausado else ""
        print(f"Habla{pausa}: {_nombre(lista.hablando)}{_tipo(lista.hablando)}, desde {lista.hablando.empezo_en} UTC; "
              f"{cuanto}.")
    else:
        print("Nadie habla ahora.")
    if lista.en_pausa:
        print(f"En pausa (le vuelve la palabra): {_nombre(lista.en_pausa)}{_tipo(lista.en_pausa)}.")
    if lista.cola:
        print("En espera:")
        for i, o in enumerate(lista.cola, 1):
            print(f"  {i:>3}. {_nombre(o)}{_tipo(o, primera_vez=True)}  [pedido {o.id}]")
    else:
        print("Nadie espera la palabra.")
    if lista.hablaron:
        print("Hablaron:")
        for o in lista.hablaron:
            print(f"       {_nombre(o)}{_tipo(o)}: {reglas.reloj(o.segundos)}")
    if args.mocion is None and (mociones := mociones_del_punto(contexto, args.punto)):
        print("Cada moción del punto tiene su propia lista (--mocion ID):")
        for m in mociones:
            print(f"  --mocion {m.id}  {visible(m.rotulo)}: {abreviar(m.titulo, 60)}")


def orden_siguiente(args) -> None:
    from ..servicios.oradores import dar_la_palabra

    orador = dar_la_palabra(oficina_de(args).contexto, args.punto, args.mocion)
    if args.json:
        imprimir_json(_json_orador(orador))
        return
    if orador.pausado:   # vuelve después de una pregunta, pero quien preside lo había detenido antes
        print(f"La palabra vuelve a {_nombre(orador)}{_tipo(orador)}, en pausa (la detuvo quien preside): siga con "
              "«oradores reanudar».")
        return
    if orador.corre_desde is not None:   # vuelve después de una pregunta intercalada: sigue desde donde quedó
        print(f"La palabra vuelve a {_nombre(orador)}{_tipo(orador)}: le quedan "
              f"{reglas.reloj(orador.segundos_permitidos - orador.segundos_previos)}.")
        return
    print(f"Tiene la palabra {_nombre(orador)}{_tipo(orador)}: {reglas.reloj(orador.segundos_permitidos)}.")


def orden_terminar(args) -> None:
    from ..servicios.oradores import terminar

    orador = terminar(oficina_de(args).contexto, args.punto, args.mocion)
    if args.json:
        imprimir_json(_json_orador(orador))
        return
    print(f"{_nombre(orador)} terminó su intervención: habló {reglas.reloj(orador.segundos)}.")
    if orador.tipo == reglas.PREGUNTA:
        from ..servicios.oradores import listar

        lista = listar(oficina_de(args).contexto, args.punto, args.mocion)
        if lista.hablando is not None and not lista.hablando.pausado:
            print(f"La palabra vuelve a {_nombre(lista.hablando)}.")


def orden_retirar(args) -> None:
    from ..servicios.oradores import retirar

    orador = retirar(oficina_de(args).contexto, args.orador)
    if args.json:
        imprimir_json(_json_orador(orador))
        return
    print(f"{_nombre(orador)} se retiró de la lista (pedido {orador.id}).")


def orden_cerrar(args) -> None:
    from ..servicios.oradores import cerrar_lista

    lista = cerrar_lista(oficina_de(args).contexto, args.punto, args.mocion)
    if args.json:
        imprimir_json(_json_lista(lista))
        return
    print(f"Lista de oradores cerrada: {len(lista.cola)} en espera; solo se anota una cuestión de orden.")


def orden_reabrir(args) -> None:
    from ..servicios.oradores import reabrir_lista

    lista = reabrir_lista(oficina_de(args).contexto, args.punto, args.mocion)
    if args.json:
        imprimir_json(_json_lista(lista))
        return
    print(f"Lista de oradores abierta otra vez: {len(lista.cola)} en espera.")


def orden_pausar(args) -> None:
    from ..servicios.conduccion_de_oradores import pausar

    orador = pausar(oficina_de(args).contexto, args.punto, args.mocion)
    if args.json:
        imprimir_json(_json_orador(orador))
        return
    print(f"Intervención de {_nombre(orador)} en pausa: lleva {reglas.reloj(orador.segundos_previos)} de "
          f"{reglas.reloj(orador.segundos_permitidos)}.")


def orden_reanudar(args) -> None:
    from ..servicios.conduccion_de_oradores import reanudar

    orador = reanudar(oficina_de(args).contexto, args.punto, args.mocion)
    if args.json:
        imprimir_json(_json_orador(orador))
        return
    print(f"{_nombre(orador)} sigue con la palabra: le quedan "
          f"{reglas.reloj(orador.segundos_permitidos - orador.segundos_previos)}.")


def orden_mover(args) -> None:
    from ..servicios.conduccion_de_oradores import mover

    lista = mover(oficina_de(args).contexto, args.orador, args.lugar)
    if args.json:
        imprimir_json(_json_lista(lista))
        return
    print("En espera:")
    for i, o in enumerate(lista.cola, 1):
        print(f"  {i:>3}. {_nombre(o)}{_tipo(o, primera_vez=True)}  [pedido {o.id}]")
