"""escritorio consentimientos: lo que cada contacto aceptó para que la asociación haga con sus datos algo que el
estatuto no manda (hoy, recibir el boletín de la red): registrar el texto exacto, cuándo y por qué medio; revocarlo;
verlos. Los mismos servicios que la ventana (servicios/consentimientos.py). El boletín se envía con «escritorio correo
boletin»; una solicitud de revocación del art. 18, IX de la LGPD se responde con «escritorio derechos revocacion»."""

from ..documentos.visible import visible
from ..dominio import formato
from ..dominio.consentimientos import FINALIDADES
from ..dominio.datos_personales import CANALES
from .argumentos import archivo_de_texto, fecha, identificador
from .comun import con_asociacion, con_json, imprimir_json, oficina_de


def agregar_ordenes(ordenes) -> None:
    consentimientos = ordenes.add_parser(
        "consentimientos", help="lo que cada contacto aceptó (el boletín): registrar, revocar, ver",
        description="Lo que la asociación hace porque la persona lo aceptó, y no porque lo mande el estatuto: hoy, "
                    "enviarle el boletín de la red. Cada consentimiento guarda el texto exacto que aceptó, cuándo y "
                    "por qué medio; no se modifica ni se borra: se revoca, y desde ese día el boletín no le sale (ni "
                    "el que esperaba en la bandeja).",
        epilog="Ejemplos:\n"
               "  escritorio consentimientos texto\n"
               "  escritorio consentimientos registrar --contacto 12 --sugerido --canal nota --el 2026-11-20\n"
               "  escritorio consentimientos registrar --contacto 12 --texto-de aceptado.txt --canal correo\n"
               "  escritorio consentimientos listar --vigentes\n"
               "  escritorio consentimientos revocar 3 --canal correo")
    sub = consentimientos.add_subparsers(dest="accion", required=True, metavar="ACCION")

    texto = sub.add_parser("texto", help="el texto que se le propone aceptar (con el nombre de la asociación)")
    con_asociacion(texto)
    texto.set_defaults(funcion=orden_texto)

    registrar = con_json(sub.add_parser("registrar", help="registra que un contacto aceptó un texto"))
    registrar.add_argument("--contacto", type=identificador, required=True, metavar="CONTACTO",
                           help="el contacto que aceptó (su número: «escritorio miembros ver»)")
    grupo = registrar.add_mutually_exclusive_group(required=True)
    grupo.add_argument("--texto", metavar="TEXTO", help="el texto que aceptó, tal cual")
    grupo.add_argument("--texto-de", type=archivo_de_texto, metavar="ARCHIVO", dest="texto",
                       help="el texto que aceptó, de un archivo UTF-8")
    grupo.add_argument("--sugerido", action="store_true", help="aceptó el texto que propone Escritorio (el de "
                                                               "«consentimientos texto»)")
    registrar.add_argument("--canal", choices=list(CANALES), default="correo", metavar="CANAL",
                           help=f"por dónde lo aceptó: {', '.join(CANALES)}")
    registrar.add_argument("--el", type=fecha, metavar="AAAA-MM-DD", help="cuándo lo aceptó (hoy por omisión)")
    registrar.add_argument("--finalidad", choices=list(FINALIDADES), default="boletin", metavar="FINALIDAD",
                           help=f"para qué: {', '.join(FINALIDADES)}")
    con_asociacion(registrar)
    registrar.set_defaults(funcion=orden_registrar)

    revocar = con_json(sub.add_parser("revocar", help="revoca un consentimiento: el boletín no le sale más"))
    revocar.add_argument("consentimiento", type=identificador, metavar="CONSENTIMIENTO")
    revocar.add_argument("--canal", choices=list(CANALES), default="correo", metavar="CANAL",
                         help=f"por dónde lo revocó: {', '.join(CANALES)}")
    revocar.add_argument("--el", type=fecha, metavar="AAAA-MM-DD", help="cuándo lo revocó (hoy por omisión)")
    con_asociacion(revocar)
    revocar.set_defaults(funcion=orden_revocar)

    listar = con_json(sub.add_parser("listar", help="los consentimientos, vigentes y revocados"))
    listar.add_argument("--contacto", type=identificador, metavar="CONTACTO", help="solo los de ese contacto")
    listar.add_argument("--vigentes", action="store_true", help="solo los que no se revocaron")
    con_asociacion(listar)
    listar.set_defaults(funcion=orden_listar)


def orden_texto(args) -> None:
    from ..servicios.consentimientos import texto_sugerido

    print(texto_sugerido(oficina_de(args).contexto))


def orden_registrar(args) -> None:
    from ..servicios.consentimientos import registrar_consentimiento, texto_sugerido

    contexto = oficina_de(args).contexto
    aceptado = texto_sugerido(contexto, args.finalidad) if args.sugerido else args.texto
    hecho = registrar_consentimiento(contexto, args.contacto, aceptado, canal=args.canal, otorgado_el=args.el,
                                     finalidad=args.finalidad)
    if args.json:
        imprimir_json(hecho)
        return
    print(f"Consentimiento {hecho['id']} registrado: {visible(hecho['contacto'] or '')} <{hecho['correo']}> aceptó el "
          f"{formato.fecha(hecho['otorgado_el'])} ({CANALES[hecho['canal']].lower()}) recibir el boletín.")


def orden_revocar(args) -> None:
    from ..servicios.consentimientos import revocar_consentimiento

    hecho = revocar_consentimiento(oficina_de(args).contexto, args.consentimiento, canal=args.canal, el=args.el)
    if args.json:
        imprimir_json({"revocados": hecho.revocados, "mensajes_anulados": hecho.mensajes_anulados})
        return
    texto = f"Consentimiento {args.consentimiento} revocado: el boletín no le sale más."
    if hecho.mensajes_anulados:
        texto += f" Boletines de la bandeja anulados: {len(hecho.mensajes_anulados)}."
    print(texto)


def orden_listar(args) -> None:
    from ..servicios.consentimientos import consentimientos

    filas = consentimientos(oficina_de(args).contexto, contacto_id=args.contacto, solo_vigentes=args.vigentes)
    if args.json:
        imprimir_json(filas)
        return
    if not filas:
        print("No hay consentimientos registrados." if not args.vigentes and args.contacto is None else
              "Ninguno con esas condiciones.")
        return
    for f in filas:
        quien = (f"{visible(f['contacto'] or '')} <{f['correo']}> ({visible(f['miembro'] or '')}, contacto "
                 f"{f['contacto_id']})" if f["contacto_id"] else "contacto suprimido")
        estado = (f"revocado el {formato.fecha(f['revocado_el'])} ({CANALES[f['canal_de_revocacion']].lower()})"
                  if f["revocado_el"] else "vigente")
        print(f"{f['id']:>4}  {quien}: {f['finalidad']} desde el {formato.fecha(f['otorgado_el'])} "
              f"({CANALES[f['canal']].lower()}), {estado}")
        print(f"      Aceptó: «{visible(f['texto'])}»")
