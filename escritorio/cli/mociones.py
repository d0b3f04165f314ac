"""escritorio mociones: presentar, listar, ver, apoyar, recomendar, categorizar, admitir, no-admitir, retirar, derivar,
aplazar, no-tratar y retomar las mociones de una sesión (las líneas y las recomendaciones de cambio:
cli/recomendaciones_de_cambio.py) (servicios/mociones.py, servicios/apoyos_y_recomendaciones.py y
servicios/categorias_de_mocion.py). Una moción se elige por su número en la sesión («mociones ver 3 --sesion 12» es la
Moción 3 de la sesión 12); con categoría, se muestra con su prefijo, como en el acta («Moción HAC 3»)."""

import sys
from contextlib import nullcontext
from dataclasses import asdict

from ..documentos.visible import visible
from ..dominio import formato
from ..dominio.mociones import identificador_de_la_mocion
from ..dominio.referencias import AYUDA_PUNTO
from ..dominio.sala import RECOMENDACIONES
from ..dominio.sesiones import a_organo
from .actos_de_sesion import acto_de_la_sesion
from .argumentos import fecha, identificador
from .argumentos import punto as un_punto
from .comun import con_asociacion, con_json, imprimir_json, oficina_de

_UNA = ("N", "el número de la moción en la sesión (la «Moción 3» es 3; «mociones listar --sesion S» las muestra)")


def _con_mocion(parser):
    parser.add_argument("numero", type=identificador, metavar=_UNA[0], help=_UNA[1])
    parser.add_argument("--sesion", type=identificador, required=True, metavar="SESION",
                        help="el id de la sesión (el de «sesiones listar»)")
    con_asociacion(parser)
    return parser


def agregar_ordenes(ordenes) -> None:
    mociones = ordenes.add_parser(
        "mociones", help="las mociones de una sesión: presentar, admitir, retirar, derivar, aplazar, retomar",
        description="Las mociones (propuestas) sobre los puntos del orden del día de una sesión, numeradas por "
                    "sesión («Moción 3»), y su vida: presentada → admitida (o no admitida) → votada, retirada, "
                    "derivada a un órgano o aplazada a una sesión posterior. El plazo de presentación es el de las "
                    "reglas de la sala del órgano («escritorio sala reglas»): una moción fuera de plazo se avisa y "
                    "admitirla pide --motivo.")
    sub = mociones.add_subparsers(dest="accion", required=True, metavar="ACCION")

    presentar = con_json(sub.add_parser(
        "presentar", help="registra una moción recibida sobre un punto",
        description="Registra una moción sobre un punto del orden del día, con sus autores (al menos uno) y los "
                    "miembros que la apoyan. El texto va en párrafos separados por una línea en blanco (las "
                    "enmiendas los numeran). Si se recibió fuera de plazo, lo avisa (no la rechaza).",
        epilog='Ejemplo: escritorio mociones presentar --punto 12:3 --titulo "Declaración de Montevideo" '
               '--texto-archivo declaracion.txt --autor 4 --autor 7 --apoyo 9 --recibida 2026-05-02'))
    presentar.add_argument("--punto", type=un_punto, required=True, metavar="PUNTO", help=AYUDA_PUNTO)
    presentar.add_argument("--titulo", required=True, metavar="TEXTO")
    texto = presentar.add_mutually_exclusive_group(required=True)
    texto.add_argument("--texto", metavar="TEXTO", help="el texto de la moción")
    texto.add_argument("--texto-archivo", metavar="ARCHIVO",
                       help="un archivo de texto (UTF-8) con el texto de la moción, párrafos separados por una línea "
                            "en blanco")
    presentar.add_argument("--fundamento", metavar="TEXTO", help="por qué se propone")
    presentar.add_argument("--autor", type=identificador, action="append", default=[], required=True, metavar="ID",
                           help="id de un miembro que la presenta; se puede repetir")
    presentar.add_argument("--apoyo", type=identificador, action="append", default=[], metavar="ID",
                           help="id de un miembro que la apoya; se puede repetir")
    presentar.add_argument("--recibida", type=fecha, metavar="AAAA-MM-DD", help="cuándo se recibió (por defecto, hoy)")
    presentar.add_argument("--categoria", metavar="CATEGORIA",
                           help="la categoría de mociones del órgano, por su nombre o su prefijo («sala "
                                "categorias-mocion»): la moción se nombra «Moción PREFIJO N»")
    con_asociacion(presentar)
    presentar.set_defaults(funcion=orden_presentar)

    listar = con_json(sub.add_parser("listar", help="las mociones de una sesión",
                                     description="Las mociones de una sesión, por número, con su punto, sus autores, "
                                                 "su estado y si llegaron fuera de plazo.",
                                     epilog="Ejemplo: escritorio mociones listar --sesion 12 --json"))
    listar.add_argument("--sesion", type=identificador, required=True, metavar="SESION",
                        help="el id de la sesión (el de «sesiones listar»)")
    listar.add_argument("--categoria", metavar="CATEGORIA",
                        help="solo las de esa categoría de mociones (su nombre o su prefijo)")
    con_asociacion(listar)
    listar.set_defaults(funcion=orden_listar)

    ver = con_json(_con_mocion(sub.add_parser(
        "ver", help="una moción entera: texto, firmantes, estado, plazo e historia",
        description="Una moción con su texto en párrafos numerados, sus autores y apoyos, su estado y motivo, el "
                    "plazo de presentación y, si fue aplazada o viene de otra sesión, su historia.",
        epilog="Ejemplo: escritorio mociones ver 3 --sesion 12")))
    ver.set_defaults(funcion=orden_ver)

    admitir = _con_mocion(sub.add_parser(
        "admitir", help="admite una moción presentada (fuera de plazo, con --motivo)",
        description="Admite una moción presentada para su tratamiento. Si se recibió fuera de plazo, el aviso dice "
                    "el último día y el artículo del reglamento, y admitirla igual exige --motivo (queda registrado).",
        epilog='Ejemplo: escritorio mociones admitir 3 --sesion 12 --motivo "Llegó por correo el día del plazo"'))
    admitir.add_argument("--motivo", metavar="TEXTO", help="por qué se admite (obligatorio fuera de plazo)")
    admitir.set_defaults(funcion=orden_decidir, decision="admitir")

    no_admitir = _con_mocion(sub.add_parser("no-admitir", help="no admite una moción presentada (con --motivo)",
                                            description="No admite una moción presentada; el motivo es obligatorio."))
    no_admitir.add_argument("--motivo", required=True, metavar="TEXTO")
    no_admitir.set_defaults(funcion=orden_decidir, decision="no_admitir")

    retirar = _con_mocion(sub.add_parser("retirar", help="sus autores retiran la moción",
                                         description="Registra que los autores retiran la moción (presentada o "
                                                     "admitida, antes de votarla)."))
    retirar.add_argument("--motivo", metavar="TEXTO")
    retirar.set_defaults(funcion=orden_decidir, decision="retirar")

    derivar = _con_mocion(sub.add_parser("derivar", help="la sala deriva la moción a un órgano (con --motivo)",
                                         description="La sala deriva una moción admitida a un órgano o unidad "
                                                     "temática de la asociación; el motivo es obligatorio."))
    derivar.add_argument("--organo", required=True, metavar="ORGANO", help="id del órgano o su nombre exacto")
    derivar.add_argument("--motivo", required=True, metavar="TEXTO")
    derivar.set_defaults(funcion=orden_decidir, decision="derivar")

    aplazar = _con_mocion(sub.add_parser(
        "aplazar", help="la sala aplaza la moción a una sesión posterior (con --motivo)",
        description="La sala aplaza una moción admitida; el motivo es obligatorio. No crea nada en otra sesión: "
                    "«mociones retomar» la presenta allí, con su historia."))
    aplazar.add_argument("--motivo", required=True, metavar="TEXTO")
    aplazar.set_defaults(funcion=orden_decidir, decision="aplazar")

    no_tratar = _con_mocion(sub.add_parser(
        "no-tratar", help="la sala no llegó a tratar la moción (si el flujo de su órgano lo admite)",
        description="Registra que la sala no llegó a ocuparse de una moción presentada o admitida (en OpenSlides, "
                    "«not concerned»), si el flujo de las mociones del órgano lo admite («sala reglas»: el completo "
                    "sí, el simple no). El motivo es opcional."))
    no_tratar.add_argument("--motivo", metavar="TEXTO")
    no_tratar.set_defaults(funcion=orden_decidir, decision="no_tratar")

    retomar = con_json(_con_mocion(sub.add_parser(
        "retomar", help="presenta una moción aplazada en un punto de una sesión posterior",
        description="Presenta de nuevo una moción aplazada, con su texto, fundamento, firmantes y fecha de "
                    "recepción, en un punto de una sesión posterior; la nueva «viene de» la aplazada.",
        epilog="Ejemplo: escritorio mociones retomar 3 --sesion 12 --punto 15:2")))
    retomar.add_argument("--punto", type=un_punto, required=True, metavar="PUNTO", help=AYUDA_PUNTO)
    retomar.set_defaults(funcion=orden_retomar)

    apoyar = con_json(_con_mocion(sub.add_parser(
        "apoyar", help="suma (o retira) el apoyo de un miembro a una moción presentada",
        description="Suma el apoyo de un miembro a una moción mientras está presentada; con --quitar, lo retira. "
                    "Las reglas de la sala pueden pedir un mínimo de apoyos (sin contar a los autores) para "
                    "admitirla («sala reglas --minimo-apoyos N»).",
        epilog="Ejemplo: escritorio mociones apoyar 3 --sesion 12 --miembro 9")))
    apoyar.add_argument("--miembro", type=identificador, required=True, metavar="ID", help="id del miembro que apoya")
    apoyar.add_argument("--quitar", action="store_true", help="retira el apoyo de ese miembro")
    apoyar.set_defaults(funcion=orden_apoyar)

    recomendar = con_json(_con_mocion(sub.add_parser(
        "recomendar", help="registra la recomendación de una comisión antes de la votación",
        description="Registra lo que un órgano de la asociación (una comisión, una unidad temática; no el que "
                    "vota) recomienda a la sala sobre una moción presentada o admitida: aprobar, "
                    "aprobar_con_cambios, rechazar o sin_pronunciarse. Una nueva reemplaza a la anterior; con "
                    "--quitar, se quita. El acta, el proyector y el sitio la muestran junto al resultado.",
        epilog='Ejemplo: escritorio mociones recomendar 3 --sesion 12 --organo "UT Ambiente y desarrollo '
               'sostenible" --recomienda aprobar_con_cambios --nota "Con la enmienda 2"')))
    que = recomendar.add_mutually_exclusive_group(required=True)
    que.add_argument("--recomienda", choices=RECOMENDACIONES, metavar="RECOMENDACION",
                     help="aprobar, aprobar_con_cambios, rechazar o sin_pronunciarse")
    que.add_argument("--quitar", action="store_true", help="quita la recomendación registrada")
    recomendar.add_argument("--organo", metavar="ORGANO", help="el órgano que recomienda: id o nombre exacto")
    recomendar.add_argument("--nota", metavar="TEXTO", help="lo que agrega la comisión (por qué, con qué cambios)")
    recomendar.add_argument("--fecha", type=fecha, metavar="AAAA-MM-DD", help="cuándo la dio (por defecto, hoy)")
    recomendar.set_defaults(funcion=orden_recomendar)

    categorizar = con_json(_con_mocion(sub.add_parser(
        "categorizar", help="pone, cambia o quita la categoría de una moción presentada o admitida",
        description="Pone a la moción una categoría de mociones del órgano de la sesión (por su nombre o su prefijo; "
                    "«sala categorias-mocion» las muestra), o se la quita con --sin-categoria, mientras está "
                    "presentada o admitida. Con categoría, la moción se nombra con su prefijo y el mismo número: "
                    "«Moción HAC 3».",
        epilog="Ejemplo: escritorio mociones categorizar 3 --sesion 12 --categoria HAC")))
    cual = categorizar.add_mutually_exclusive_group(required=True)
    cual.add_argument("--categoria", metavar="CATEGORIA", help="la categoría: su nombre o su prefijo")
    cual.add_argument("--sin-categoria", action="store_true", help="le quita la categoría")
    categorizar.set_defaults(funcion=orden_categorizar)

    from .recomendaciones_de_cambio import agregar_a_mociones

    agregar_a_mociones(sub)


def _texto_de(args) -> str:
    if args.texto is not None:
        return args.texto
    from ..servicios.memoria.textos import leer_texto

    return leer_texto(args.texto_archivo, "--texto-archivo")


def _firmantes(m) -> str:
    return ", ".join(visible(f.nombre) for f in m.autores) or "—"


def orden_presentar(args) -> None:
    from ..servicios.mociones import presentar

    contexto = oficina_de(args).contexto
    categoria = None
    if args.categoria is not None:
        from ..servicios.categorias_de_mocion import elegir_para_el_punto

        categoria = elegir_para_el_punto(contexto, args.punto, args.categoria).id
    hecha = presentar(contexto, args.punto, args.titulo, _texto_de(args), args.fundamento, args.autor, args.apoyo,
                      args.recibida, categoria)
    if hecha.aviso_de_plazo:
        print(f"AVISO: {hecha.rotulo}: {hecha.aviso_de_plazo} Admitirla pedirá --motivo.", file=sys.stderr)
    if args.json:
        imprimir_json({**asdict(hecha), "rotulo": hecha.rotulo})
        return
    print(f"{visible(hecha.rotulo)} presentada en la sesión {hecha.sesion_id} (id {hecha.id}).")


def _en_json(m) -> dict:
    return {**asdict(m), "rotulo": m.rotulo}


def orden_listar(args) -> None:
    from ..servicios.mociones import listar

    contexto = oficina_de(args).contexto
    categoria = None
    if args.categoria is not None:
        from ..servicios.categorias_de_mocion import elegir_para_la_sesion

        categoria = elegir_para_la_sesion(contexto, args.sesion, args.categoria)
    mociones = listar(contexto, sesion_id=args.sesion, categoria_id=categoria.id if categoria else None)
    if args.json:
        imprimir_json([_en_json(m) for m in mociones])
        return
    if not mociones:
        print(f"La sesión {args.sesion} no tiene mociones" + (
            f" de la categoría «{visible(categoria.nombre)}»." if categoria else "."))
        return
    ancho = max(len(visible(m.rotulo)) for m in mociones)
    for m in mociones:
        tarde = " · fuera de plazo" if m.fuera_de_plazo else ""
        print(f"{visible(m.rotulo):<{ancho}} punto {m.punto:<6} {m.nombre_estado:<12} {visible(m.titulo)}{tarde}")
        print(f"           de {_firmantes(m)}; recibida el {formato.fecha(m.recibida_el)}")


def orden_ver(args) -> None:
    from ..servicios.mociones import historia, id_por_numero, obtener

    contexto = oficina_de(args).contexto
    m = obtener(contexto, id_por_numero(contexto, args.sesion, args.numero))
    cadena = historia(contexto, m.id) if m.viene_de or m.retomada_en else []
    if args.json:
        imprimir_json({**_en_json(m), "historia": [asdict(p) for p in cadena]})
        return
    _cabecera(m)
    print(f"Estado: {m.nombre_estado}" + (f" — {visible(m.motivo)}" if m.motivo else "")
          + (f" ({visible(a_organo(m.organo_derivada))})" if m.organo_derivada else ""))
    print(f"Autores: {_firmantes(m)}")
    if m.apoyos or m.minimo_apoyos:
        print(_apoyos(m))
    if m.recomendacion:
        from ..servicios.apoyos_y_recomendaciones import describir_recomendacion

        print(visible(describir_recomendacion(m)))
    plazo = (f"; plazo hasta el {formato.fecha(m.plazo)}" + (f" ({visible(m.articulo_plazo)})" if m.articulo_plazo
                                                             else "")) if m.plazo else "; sin plazo"
    print(f"Recibida el {formato.fecha(m.recibida_el)}{plazo}")
    if m.aviso_de_plazo:
        print(f"AVISO: {m.aviso_de_plazo}" + (" Admitida con motivo." if m.admitida_fuera_de_plazo else ""))
    if m.motivo_admision:
        print(f"Admitida fuera de plazo: {visible(m.motivo_admision)}")
    print()
    for n, parrafo in enumerate(m.parrafos, 1):
        print(f"[{n}] {visible(parrafo)}")
    if m.fundamento:
        print(f"\nFundamento: {visible(m.fundamento)}")
    if cadena:
        print("\nHistoria:")
        for paso in cadena:
            print(f"  {formato.fecha(paso.fecha)}  {visible(paso.sesion)} (sesión {paso.sesion_id}), moción "
                  f"{paso.numero}: {paso.nombre_estado}" + (f" — {visible(paso.motivo)}" if paso.motivo else ""))


def _cabecera(m) -> None:
    """«Moción HAC 3 — título», su punto y, si la tiene, su categoría."""
    print(f"{visible(m.rotulo)} — {visible(m.titulo)}")
    print(f"Punto {m.punto}: {visible(m.punto_titulo)}")
    if m.categoria:
        print(f"Categoría: {visible(m.categoria)} ({visible(m.prefijo)})")


def _apoyos(m) -> str:
    """«Apoyos (2; el reglamento pide 3): Lima, Quito»."""
    cuantos = (f"{len(m.apoyos)}; el reglamento pide {m.minimo_apoyos}" if m.minimo_apoyos else str(len(m.apoyos)))
    return f"Apoyos ({cuantos}): " + (", ".join(visible(f.nombre) for f in m.apoyos) or "ninguno")


def orden_apoyar(args) -> None:
    from ..servicios.apoyos_y_recomendaciones import apoyar
    from ..servicios.mociones import id_por_numero

    contexto = oficina_de(args).contexto
    hecha = apoyar(contexto, id_por_numero(contexto, args.sesion, args.numero), args.miembro, quitar=args.quitar)
    if args.json:
        imprimir_json(_en_json(hecha))
        return
    print(f"{visible(hecha.rotulo)} de la sesión {hecha.sesion_id}: " + ("apoyo retirado. " if args.quitar else
                                                                         "apoyo sumado. ") + _apoyos(hecha))


def orden_recomendar(args) -> None:
    from ..servicios import apoyos_y_recomendaciones as servicio
    from ..servicios.mociones import id_por_numero

    if args.quitar and (args.organo or args.nota or args.fecha):
        args.analizador.error("--organo, --nota y --fecha van con --recomienda; --quitar quita la recomendación")
    if not args.quitar and not args.organo:
        args.analizador.error("--recomienda pide --organo ORGANO: el órgano que recomienda (id o nombre exacto)")
    contexto = oficina_de(args).contexto
    mocion_id = id_por_numero(contexto, args.sesion, args.numero)
    if args.quitar:
        hecha = servicio.quitar_recomendacion(contexto, mocion_id)
    else:
        from ..servicios.organos import elegir_organo

        hecha = servicio.recomendar(contexto, mocion_id, elegir_organo(contexto, args.organo)["id"], args.recomienda,
                                    args.nota, args.fecha)
    if args.json:
        imprimir_json(_en_json(hecha))
        return
    print(f"{visible(hecha.rotulo)} de la sesión {hecha.sesion_id}: "
          + (visible(servicio.describir_recomendacion(hecha)) if hecha.recomendacion else "sin recomendación."))


def orden_categorizar(args) -> None:
    from ..servicios import categorias_de_mocion as servicio
    from ..servicios.mociones import id_por_numero

    contexto = oficina_de(args).contexto
    mocion_id = id_por_numero(contexto, args.sesion, args.numero)
    categoria = None if args.sin_categoria else servicio.elegir_para_la_sesion(contexto, args.sesion, args.categoria)
    hecha = servicio.categorizar(contexto, mocion_id, categoria.id if categoria else None)
    if args.json:
        imprimir_json(_en_json(hecha))
        return
    print(f"Moción {hecha.numero} de la sesión {hecha.sesion_id}: " + (
        f"categoría «{visible(hecha.categoria)}»; se nombra «{visible(hecha.rotulo)}»." if hecha.categoria
        else f"sin categoría; se nombra «{visible(hecha.rotulo)}»."))


def orden_decidir(args) -> None:
    from ..servicios import mociones as servicio

    contexto = oficina_de(args).contexto
    mocion_id = servicio.id_por_numero(contexto, args.sesion, args.numero)
    es_acto = args.decision in ("derivar", "aplazar", "no_tratar")
    with acto_de_la_sesion(contexto, args.sesion) if es_acto else nullcontext():
        if args.decision == "derivar":
            from ..servicios.organos import elegir_organo

            hecha = servicio.derivar(contexto, mocion_id, elegir_organo(contexto, args.organo)["id"], args.motivo)
        else:
            hecha = getattr(servicio, args.decision)(contexto, mocion_id, args.motivo)
    detalle = f" {visible(a_organo(hecha.organo_derivada))}" if hecha.organo_derivada else ""
    print(f"{visible(hecha.rotulo)} de la sesión {hecha.sesion_id}: {hecha.nombre_estado.lower()}{detalle}."
          + (" Admitida fuera de plazo, con su motivo." if args.decision == "admitir" and hecha.admitida_fuera_de_plazo
             else ""))


def orden_retomar(args) -> None:
    from ..servicios.mociones import id_por_numero, retomar

    contexto = oficina_de(args).contexto
    hecha = retomar(contexto, id_por_numero(contexto, args.sesion, args.numero), args.punto)
    if hecha.aviso_de_plazo:
        print(f"AVISO: {hecha.rotulo}: {hecha.aviso_de_plazo}", file=sys.stderr)
    if args.json:
        imprimir_json({**asdict(hecha), "rotulo": hecha.rotulo})
        return
    print(f"Moción {args.numero} de la sesión {args.sesion} retomada como moción "
          f"{visible(identificador_de_la_mocion(hecha.numero, hecha.prefijo))} de la sesión "
          f"{hecha.sesion_id} (id {hecha.id}).")
