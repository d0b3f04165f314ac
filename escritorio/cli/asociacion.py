"""«demo» (la red de ejemplo) y «asociacion»: crear, listar, editar, sus países y la categoría de cada uno."""

from ..dominio.miembros import TAMANOS_PAPEL
from ..dominio.traduccion import IDIOMAS_DE_DOCUMENTOS
from ..dominio import formato
from ..servicios.contexto import Contexto
from .argumentos import fecha, lista_de_paises
from .comun import oficina_de, abrir_base_de, con_asociacion, imprimir_json, orden_exacta


def agregar_ordenes(ordenes) -> None:
    demo = ordenes.add_parser("demo", help="crea la red de ejemplo «Red de Ciudades del Sur»",
                              description="Crea la red de ejemplo con unas 300 ciudades reales (datos de GeoNames).")
    demo.set_defaults(funcion=orden_demo)

    asociacion = ordenes.add_parser("asociacion", help="crear, listar y cambiar asociaciones y sus países", description="Asociaciones de la base de datos.")
    sub = asociacion.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    crear = sub.add_parser("crear", help="crea una asociación", description="Crea una asociación.")
    crear.add_argument("--nombre", required=True, help="nombre completo")
    crear.add_argument("--sigla", required=True, help="sigla, única en la base (por ejemplo RCS)")
    crear.add_argument("--tipo", default="red representativa", help="red representativa, red temática, federación, asociación nacional o alianza")
    crear.add_argument("--papel", default="A4", choices=list(TAMANOS_PAPEL), help="tamaño de papel de los documentos")
    crear.add_argument("--idioma-documentos", default="es", choices=list(IDIOMAS_DE_DOCUMENTOS),
                       help="idioma de los documentos: es (castellano, por omisión) o pt (portugués)")
    crear.add_argument("--sede", help="ciudad sede")
    crear.add_argument("--pais-sede", help="país de la sede (UY, AR, BR… o su nombre): su ley rige las solicitudes "
                                           "sobre datos personales («derechos politica» la cambia)")
    crear.add_argument("--fundacion", type=fecha, metavar="AAAA-MM-DD", help="fecha de fundación")
    crear.add_argument("--idiomas", default="es", help="idiomas de trabajo, por ejemplo es,pt")
    crear.add_argument("--paises", type=lista_de_paises, default={}, metavar="LISTA",
                       help='países y categoría: "AR:pleno,BR:pleno,CL:asociado,MX:observador"')
    crear.set_defaults(funcion=orden_asociacion_crear)
    listar = sub.add_parser("listar", help="lista las asociaciones", description="Lista las asociaciones.")
    listar.add_argument("--json", action="store_true", help="salida en JSON")
    listar.set_defaults(funcion=orden_asociacion_listar)
    pais = sub.add_parser("pais", help="incorpora un país a la asociación o cambia su categoría",
                          description="Incorpora un país a la asociación (o cambia su categoría). Los miembros solo "
                                      "pueden ser de los países de la asociación. Con --desde, la categoría rige desde "
                                      "esa fecha: la composición de un órgano antes de ella se juzga con la anterior.")
    pais.add_argument("pais", metavar="PAIS", help="código ISO de dos letras (PY) o nombre (Paraguay)")
    pais.add_argument("--categoria", default="pleno",
                      help="pleno (por defecto), asociado, observador o (con --desde) retirado")
    pais.add_argument("--desde", type=fecha, metavar="AAAA-MM-DD",
                      help="desde cuándo rige (sin ella: un país nuevo desde la fundación, un cambio desde hoy)")
    pais.add_argument("--articulo", metavar="CITA", help='el artículo o la resolución que la funda ("Estatuto, art. 5")')
    con_asociacion(pais)
    pais.set_defaults(funcion=orden_asociacion_pais)
    agregar_ordenes_de_la_asociacion(sub)


def orden_demo(args) -> None:
    from ..demo import crear_red_demo

    resultado = crear_red_demo(abrir_base_de(args, crear=True))
    print(f"Creada «{resultado.nombre}» ({resultado.sigla}): {resultado.miembros} miembros en "
          f"{resultado.paises} países. Datos de población: GeoNames (geonames.org), CC BY 4.0.")


def orden_asociacion_crear(args) -> None:
    from ..servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones, revisar_asociacion

    nueva = NuevaAsociacion(nombre=args.nombre, sigla=args.sigla, tipo=args.tipo, fecha_fundacion=args.fundacion,
                            sede=args.sede, pais_sede=args.pais_sede, idiomas=args.idiomas, papel=args.papel,
                            paises=args.paises,
                            idioma_documentos=args.idioma_documentos)
    revisar_asociacion(nueva)  # antes de abrir la base: un texto que no sirve no crea ni siquiera el archivo
    db = abrir_base_de(args, crear=True)
    asociacion_id = crear_asociacion(db, nueva)
    creada = next(a for a in listar_asociaciones(db) if a["id"] == asociacion_id)
    print(f"Asociación «{creada['nombre']}» ({creada['sigla']}) creada con id {asociacion_id}.")
    if not nueva.paises:
        print(f"Todavía no tiene países, y los miembros solo pueden ser de sus países: agréguelos con "
              f"«{orden_exacta(args, 'asociacion', 'pais', 'AR', '--categoria', 'pleno')}».")


def orden_asociacion_listar(args) -> None:
    from ..servicios.asociaciones import listar_asociaciones, paises_de

    db = abrir_base_de(args)
    asociaciones = listar_asociaciones(db)
    if args.json:
        imprimir_json([{**a, "paises": paises_de(Contexto(db, a["id"]))} for a in asociaciones])
        return
    if not asociaciones:
        print("No hay asociaciones. Cree una con «escritorio asociacion crear» o cargue la demo con «escritorio demo».")
    for a in asociaciones:
        print(f"{a['id']:>4}  {a['sigla']:<10} {a['nombre']}  ({formato.cuantos(a['miembros'], '{0} miembro', '{0} miembros')})")
        paises = ", ".join(f"{p} {c}" for p, c in paises_de(Contexto(db, a["id"])).items()) or "sin países"
        print(f"      {a['tipo']} · {paises}")
        if a.get("direccion_publica"):
            print(f"      verificación pública: {a['direccion_publica']}")


def agregar_ordenes_de_la_asociacion(sub) -> None:
    """«asociacion editar», «asociacion quitar-pais» y «asociacion paises»: la asociación ya creada."""
    editar = sub.add_parser(
        "editar", help="cambia el nombre, la sigla, el tipo, la sede, el papel, el idioma de los documentos o la "
                       "dirección pública de verificación",
        description="Cambia los datos de la asociación; lo que no se indica queda como está. La sigla se guarda en "
                    "mayúsculas y no puede ser la de otra asociación de la base. Los documentos ya emitidos no "
                    "cambian (llevan el nombre y la sigla con que se emitieron y se siguen verificando igual); los "
                    "nuevos llevan los datos nuevos. Con una dirección pública de verificación, el QR de los "
                    "documentos que se impriman desde ahora lleva la página donde cualquiera los verifica "
                    "(DIRECCION/verificar/CODIGO.html) y el papel dice dónde verificarlo.")
    editar.add_argument("--nombre", help="nombre completo nuevo")
    editar.add_argument("--sigla", help="sigla nueva (después, --asociacion usa la nueva)")
    editar.add_argument("--tipo", help="red representativa, red temática, federación, asociación nacional o alianza")
    editar.add_argument("--sede", help='ciudad sede ("" la borra)')
    editar.add_argument("--papel", choices=list(TAMANOS_PAPEL), help="tamaño de papel de los documentos")
    editar.add_argument("--idioma-documentos", choices=list(IDIOMAS_DE_DOCUMENTOS),
                        help="idioma de los documentos: es (castellano) o pt (portugués); cada documento puede salir "
                             "en el otro con «escritorio --idioma …»")
    editar.add_argument("--direccion-publica", metavar="URL",
                        help='la dirección del sitio de la asociación donde se publican las páginas de verificación '
                             '(https://mercociudades.org/escritorio; "" la quita)')
    con_asociacion(editar)
    editar.set_defaults(funcion=orden_asociacion_editar)
    quitar = sub.add_parser(
        "quitar-pais", help="quita un país de la asociación (retirado desde una fecha)",
        description="El país deja de ser de la asociación desde --desde (por defecto, hoy); su historia de categorías "
                    "se conserva y la composición de un órgano antes de esa fecha se juzga con la que tenía. No se "
                    "quita un país con miembros que no están de baja en esa fecha, ni el único país. Con --por-error "
                    "se borra entero, con su historia (un país agregado por equivocación, sin ningún miembro).")
    quitar.add_argument("pais", metavar="PAIS", help="código ISO de dos letras (PY) o nombre (Paraguay)")
    quitar.add_argument("--desde", type=fecha, metavar="AAAA-MM-DD", help="desde cuándo deja de ser de la asociación")
    quitar.add_argument("--articulo", metavar="CITA", help='el artículo o la resolución que lo funda')
    quitar.add_argument("--por-error", action="store_true", help="se agregó por error: borrarlo con su historia")
    con_asociacion(quitar)
    quitar.set_defaults(funcion=orden_asociacion_quitar_pais)
    paises = sub.add_parser("paises", help="los países con su categoría e historia",
                            description="Cada país que es o fue de la asociación: su categoría de hoy, desde cuándo, "
                                        "cuántos miembros tiene sin dar de baja y su historia de categorías.")
    paises.add_argument("--json", action="store_true", help="salida en JSON")
    con_asociacion(paises)
    paises.set_defaults(funcion=orden_asociacion_paises)
    from .reglas_de_admision import agregar_orden
    from .agrupaciones import agregar_ordenes

    agregar_orden(sub)
    agregar_ordenes(sub)


def orden_asociacion_editar(args) -> None:
    from ..servicios.asociaciones import editar_asociacion

    oficina = oficina_de(args)
    asociacion = oficina.asociacion
    edicion = editar_asociacion(oficina.contexto, nombre=args.nombre, sigla=args.sigla, tipo=args.tipo,
                                sede=args.sede, papel=args.papel, idioma_documentos=args.idioma_documentos,
                                direccion_publica=args.direccion_publica)
    if not edicion.cambios:
        print(f"{edicion.resumen()} ({asociacion['sigla']})")
        return
    print(f"Asociación {edicion.asociacion['sigla']} cambiada:")
    for rotulo, antes, despues in edicion.cambios:
        print(f"  - {rotulo}: «{antes}» → «{despues}»")
    print("Los documentos ya emitidos conservan los datos con que se emitieron; los nuevos llevan estos.")
    if args.direccion_publica is not None:
        from ..dominio.direccion_publica import direccion_de_verificacion

        base = edicion.asociacion["direccion_publica"]
        print(f"El QR de los documentos que se impriman desde ahora lleva su página de verificación "
              f"({direccion_de_verificacion(base, 'XXXX-XXXX-XXXX')})." if base else
              "El QR de los documentos que se impriman desde ahora lleva solo el código de verificación.")


def orden_asociacion_quitar_pais(args) -> None:
    from ..servicios.asociaciones import quitar_pais

    oficina = oficina_de(args)
    asociacion, contexto = oficina.asociacion, oficina.contexto
    quitado = quitar_pais(contexto, args.pais, args.desde, args.articulo, por_error=args.por_error)
    print(quitado.texto(asociacion["sigla"]))


def orden_asociacion_paises(args) -> None:
    from dataclasses import asdict

    from ..servicios.asociaciones import paises_en_detalle, texto_desde

    oficina = oficina_de(args)
    asociacion = oficina.asociacion
    paises = paises_en_detalle(oficina.contexto)
    if args.json:
        imprimir_json([asdict(p) for p in paises])
        return
    if not paises:
        print(f"{asociacion['sigla']} todavía no tiene países: agréguelos con "
              f"«{orden_exacta(args, 'asociacion', 'pais', 'AR', '--categoria', 'pleno')}».")
    for p in paises:
        print(f"{p.pais}  {p.nombre:<24} {p.categoria:<11} {texto_desde(p.desde)}  "
              f"({formato.cuantos(p.activos, '{0} miembro sin dar de baja', '{0} miembros sin dar de baja')})")
        if len(p.historia) > 1:
            for h in p.historia:
                cita = f" ({h['articulo']})" if h["articulo"] else ""
                print(f"      {h['categoria']} {texto_desde(h['desde'])}{cita}")


def orden_asociacion_pais(args) -> None:
    from ..dominio.paises import nombre_pais
    from ..servicios.asociaciones import agregar_pais, fijar_categoria
    from ..servicios.base import hoy

    oficina = oficina_de(args)
    asociacion, contexto = oficina.asociacion, oficina.contexto
    if args.desde is None and args.articulo is None:
        codigo = agregar_pais(contexto, args.pais, args.categoria)
        print(f"{nombre_pais(codigo)} ({codigo}) es país {args.categoria.strip().lower()} de {asociacion['sigla']}.")
        return
    cambio = fijar_categoria(contexto, args.pais, args.categoria, args.desde or hoy(), args.articulo)
    cita = f" ({cambio.articulo})" if cambio.articulo else ""
    print(f"{nombre_pais(cambio.pais)} ({cambio.pais}) es país {cambio.categoria} de {asociacion['sigla']} desde el "
          f"{formato.fecha(cambio.desde)}{cita}.")
    if cambio.actual != (None if cambio.categoria == "retirado" else cambio.categoria):
        actual = f"hoy es país {cambio.actual}" if cambio.actual else "hoy no es país de la asociación"
        print(f"Todavía no rige: {actual}." if cambio.desde > hoy() else
              f"Después de esa fecha hay otro cambio registrado: {actual}.")
