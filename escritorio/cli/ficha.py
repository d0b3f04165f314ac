"""La ficha de un miembro por la línea de órdenes, como en la ventana (Miembros > Nuevo miembro y la ficha): agregar
uno sin archivo («miembros agregar»), corregir sus datos («miembros editar»), una cifra de población nueva
(«miembros poblacion»), la autoridad que asume («miembros autoridad») y volver a activarlo tras una suspensión
(«miembros reactivar»), sus contactos («miembros contacto», «contactos», «quitar-contacto») y borrar un alta hecha
por error («miembros eliminar»).

Cada orden llama al mismo servicio que la ventana (servicios.ficha, servicios.miembros); los motivos de un rechazo
son los que marca la ventana, cada uno con la opción que hay que corregir."""

from datetime import date

from ..dominio.miembros import MODOS_INGRESO, TIPOS as TIPOS_MIEMBRO
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion
from .argumentos import fecha, identificador
from .comun import con_json, contexto_de, fecha_escrita, imprimir_json

_OPCION_DEL_CAMPO = {"latitud": "--latitud", "longitud": "--longitud", "fuente_ubicacion": "--fuente-ubicacion",
                     "nombre": "--nombre", "pais": "--pais", "tipo": "--tipo", "region": "--region",
                     "codigo": "--codigo", "fecha_ingreso": "--fecha-ingreso", "modo_ingreso": "--modo-ingreso",
                     "correo": "--correo", "telefono": "--telefono", "poblacion": "--poblacion",
                     "anio": "--anio-poblacion", "fuente": "--fuente-poblacion", "persona": "--persona",
                     "cargo": "--cargo", "desde": "--desde", "hasta": "--hasta", "motivo": "--motivo"}
_CAMPOS_JSON = ("id", "nombre", "pais", "region", "codigo", "tipo", "poblacion", "anio_poblacion", "estado",
                "fecha_ingreso", "fundador", "autoridad", "cargo", "correo", "telefono")


def agregar_ficha(sub) -> list:
    """«miembros agregar|editar|poblacion|autoridad|reactivar»; devuelve los parsers (para --asociacion)."""
    agregar = sub.add_parser(
        "agregar", help="agrega un miembro sin archivo de importación",
        description="Agrega un miembro con sus datos, como «Nuevo miembro» en la ventana: nombre, país (de la "
                    "asociación) y población son obligatorios. Queda activo desde su fecha de ingreso (o desde hoy). "
                    "Si el nomenclátor (GeoNames) conoce la ciudad, dice lo que propone (región, población con su año "
                    "y fuente, ubicación en el mapa) y lo usa solo con --nomenclator, para lo que no se indica.",
        epilog='Ejemplos:\n  escritorio miembros agregar --nombre "Rosario" --pais AR --region "Santa Fe" '
               '--poblacion 1348725 --anio-poblacion 2022 --fecha-ingreso 2026-03-20\n'
               '  escritorio miembros agregar --nombre "Rosario" --pais AR --nomenclator')
    editar = sub.add_parser(
        "editar", help="corrige los datos de la ficha de un miembro",
        description="Corrige los datos de la ficha de un miembro (como «Guardar» en su ficha): solo cambian los que "
                    "se indican; un texto vacío (\"\") borra la región, el código, el correo o el teléfono.")
    editar.add_argument("miembro", type=identificador, metavar="ID")
    for parser, obligatorio in ((agregar, True), (editar, False)):
        parser.add_argument("--nombre", required=obligatorio, metavar="TEXTO")
        parser.add_argument("--pais", required=obligatorio, metavar="XX", help="código del país (AR) o su nombre")
        parser.add_argument("--tipo", choices=tuple(TIPOS_MIEMBRO), metavar="TIPO",
                            help="tipo de miembro: " + ", ".join(TIPOS_MIEMBRO) +
                                 (" (por omisión, municipio)" if obligatorio else ""))
        parser.add_argument("--region", metavar="TEXTO", help="provincia, estado o departamento")
        parser.add_argument("--codigo", metavar="TEXTO", help="código oficial (INDEC, IBGE…)")
        parser.add_argument("--fecha-ingreso", type=fecha, metavar="AAAA-MM-DD", help="fecha de ingreso a la asociación")
        parser.add_argument("--modo-ingreso", choices=tuple(MODOS_INGRESO), metavar="MODO",
                            help="cómo ingresó: " + ", ".join(MODOS_INGRESO))
        parser.add_argument("--correo", metavar="TEXTO")
        parser.add_argument("--telefono", metavar="TEXTO")
        con_json(parser)
    agregar.add_argument("--poblacion", metavar="N", help="habitantes")
    agregar.add_argument("--anio-poblacion", metavar="AAAA", help="año de la cifra de población")
    agregar.add_argument("--fuente-poblacion", metavar="TEXTO", help="de dónde sale la cifra (censo, estimación)")
    agregar.add_argument("--fundador", action="store_true", help="miembro fundador")
    agregar.add_argument("--latitud", metavar="GRADOS", help="su lugar en el mapa: grados decimales (-32,95 o «32,95 S»)")
    agregar.add_argument("--longitud", metavar="GRADOS", help="grados decimales (-60,64 o «60,64 O»)")
    agregar.add_argument("--fuente-ubicacion", metavar="TEXTO", help="de dónde salen la latitud y la longitud")
    agregar.add_argument("--nomenclator", action="store_true",
                         help="usa lo que propone el nomenclátor (GeoNames) para lo que no se indica: región, "
                              "población con su año y fuente, y ubicación (sin esta opción solo se muestra)")
    editar.add_argument("--fundador", choices=("si", "no"), metavar="si|no", help="si es miembro fundador")
    agregar.set_defaults(funcion=orden_agregar, analizador=agregar)
    editar.set_defaults(funcion=orden_editar)

    poblacion = sub.add_parser("poblacion", help="registra una cifra de población de un miembro",
                               description="Agrega una cifra de población con su año y fuente (la historia no se "
                                           "borra; la vigente es la del año más reciente).")
    poblacion.add_argument("miembro", type=identificador, metavar="ID")
    poblacion.add_argument("--poblacion", required=True, metavar="N", help="habitantes")
    poblacion.add_argument("--anio-poblacion", metavar="AAAA", help="año de la cifra")
    poblacion.add_argument("--fuente-poblacion", metavar="TEXTO", help="censo, estimación…")
    poblacion.set_defaults(funcion=orden_poblacion)

    autoridad = sub.add_parser("autoridad", help="registra la autoridad que asume en un miembro (intendente…)",
                               description="Registra la autoridad del miembro desde una fecha; la anterior termina "
                                           "el día antes.")
    autoridad.add_argument("miembro", type=identificador, metavar="ID")
    autoridad.add_argument("--persona", required=True, metavar="TEXTO", help="nombre y apellido")
    autoridad.add_argument("--cargo", metavar="TEXTO", help="por omisión, el del país (Intendente, Prefeito…)")
    autoridad.add_argument("--desde", type=fecha, required=True, metavar="AAAA-MM-DD")
    autoridad.add_argument("--hasta", type=fecha, metavar="AAAA-MM-DD")
    autoridad.set_defaults(funcion=orden_autoridad)

    reactivar = sub.add_parser("reactivar", help="vuelve a activar a un miembro suspendido o dado de baja",
                               description="Registra que el miembro vuelve a estar activo desde una fecha (la "
                                           "historia de estados no se borra).")
    reactivar.add_argument("miembro", type=identificador, metavar="ID")
    reactivar.add_argument("--fecha", type=fecha, metavar="AAAA-MM-DD", help="desde cuándo (por defecto, hoy)")
    reactivar.add_argument("--motivo", required=True, metavar="TEXTO")
    reactivar.set_defaults(funcion=orden_reactivar)

    contacto = sub.add_parser("contacto", help="agrega (o corrige, con --editar) un contacto de un miembro",
                              description="Un contacto del miembro con su rol (por ejemplo «Enlace técnico»). Los "
                                          "contactos no son historia: se corrigen y se quitan.")
    contacto.add_argument("miembro", type=identificador, metavar="ID")
    contacto.add_argument("--nombre", required=True, metavar="TEXTO")
    contacto.add_argument("--rol", metavar="TEXTO")
    contacto.add_argument("--correo", metavar="TEXTO")
    contacto.add_argument("--telefono", metavar="TEXTO")
    contacto.add_argument("--editar", type=identificador, metavar="CONTACTO",
                          help="corrige ese contacto en lugar de agregar otro («miembros contactos ID» da los números)")
    con_json(contacto)
    contacto.set_defaults(funcion=orden_contacto)
    contactos = sub.add_parser("contactos", help="los contactos de un miembro, con su número",
                               description="Los contactos de un miembro, con el número que piden --editar y "
                                           "«quitar-contacto».")
    contactos.add_argument("miembro", type=identificador, metavar="ID")
    con_json(contactos)
    contactos.set_defaults(funcion=orden_contactos)
    quitar = sub.add_parser("quitar-contacto", help="quita un contacto de un miembro",
                            description="Quita un contacto de un miembro.")
    quitar.add_argument("miembro", type=identificador, metavar="ID")
    quitar.add_argument("contacto", type=identificador, metavar="CONTACTO")
    quitar.set_defaults(funcion=orden_quitar_contacto)

    eliminar = sub.add_parser(
        "eliminar", help="borra un miembro dado de alta por error (sin ninguna historia)",
        description="Borra por completo un miembro dado de alta por error, como «Eliminar (alta por error)…» en su "
                    "ficha: solo si no tiene historia (pagos, mandatos, cargos, asistencias…). Quien deja la "
                    "asociación se da de baja («miembros baja»), nunca se borra.")
    eliminar.add_argument("miembro", type=identificador, metavar="ID")
    eliminar.set_defaults(funcion=orden_eliminar)
    return [agregar, editar, poblacion, autoridad, reactivar, contacto, contactos, quitar, eliminar]


def _con_opciones(hacer, que: str, opciones: dict | None = None):
    """Hace `hacer()`; si el servicio rechaza campos, los mismos motivos que marca la ventana, con su opción."""
    opciones = _OPCION_DEL_CAMPO | (opciones or {})
    try:
        return hacer()
    except ErrorValidacion as error:
        campos = getattr(error, "campos", None)
        if not campos:
            raise
        raise ErrorEscritorio(f"No se {que}:\n" + "\n".join(
            f"  - {opciones.get(campo, campo)}: {motivo}" for campo, motivo in campos.items())) from None


def _mostrar(contexto, miembro_id: int, args, hecho: str, dato: str = "") -> None:
    """«Miembro agregado: Rosario (AR), id 3, activo desde hoy.» (o el miembro en JSON, con --json)."""
    from ..documentos.visible import abreviar
    from ..servicios.miembros import miembro_vigente

    miembro = miembro_vigente(contexto, miembro_id)
    if getattr(args, "json", False):
        imprimir_json({c: miembro[c] for c in _CAMPOS_JSON})
        return
    if dato == "ingreso":
        dato = f" desde el {fecha_escrita(miembro['fecha_ingreso'])}" if miembro["fecha_ingreso"] else " desde hoy"
    elif dato == "poblacion":
        dato = f"; población vigente: {miembro['poblacion']} ({miembro['anio_poblacion'] or 'año desconocido'})"
    elif dato == "autoridad":
        dato = f"; autoridad vigente: {abreviar(miembro['autoridad'] or '—', 60)}"
    print(f"{hecho}: {abreviar(miembro['nombre'], 80)} ({miembro['pais']}), id {miembro_id}, {miembro['estado']}"
          f"{dato}.")


def orden_agregar(args) -> None:
    """Como «Nuevo miembro»: lo que propone el nomenclátor se dice siempre y se usa solo con --nomenclator, para lo
    que no se indicó (la misma regla que «Usar estos datos» en la ficha: dominio.nomenclator.lo_que_completa)."""
    from ..documentos.visible import abreviar
    from ..dominio.ficha import FichaMiembro
    from ..dominio.nomenclator import lo_que_completa
    from ..servicios.ficha import guardar_ficha
    from ..servicios.nomenclator import proponer
    from ..servicios.ubicaciones import FUENTE_A_MANO
    from .ubicaciones import texto_de_la_propuesta

    if (args.latitud is None) != (args.longitud is None):
        args.analizador.error("--latitud y --longitud van juntas: la ubicación necesita las dos")
    contexto = contexto_de(args)
    region, poblacion = args.region, (args.poblacion, args.anio_poblacion, args.fuente_poblacion)
    ubicacion = None if args.latitud is None else (args.latitud, args.longitud,
                                                   args.fuente_ubicacion or FUENTE_A_MANO)
    propuesta = proponer(args.nombre, args.pais, args.region)
    completa = propuesta and lo_que_completa(propuesta[0], hay_region=bool((region or "").strip()),
                                             hay_poblacion=args.poblacion is not None, hay_ubicacion=bool(ubicacion))
    if args.nomenclator:
        if propuesta is None:
            raise ErrorEscritorio(f"El nomenclátor no tiene una ciudad «{abreviar(args.nombre, 80)}» en "
                                  f"{abreviar(_nombre_del_pais(args.pais), 60)}: no se agregó el miembro. Escriba la población "
                                  "(--poblacion) y, si la sabe, la ubicación (--latitud y --longitud), o agréguelo "
                                  "sin --nomenclator.")
        region = completa.region or region
        poblacion = completa.poblacion or poblacion
        ubicacion = completa.ubicacion or ubicacion
    ficha = FichaMiembro(nombre=args.nombre, pais=args.pais, tipo=args.tipo or "municipio", region=region,
                         codigo=args.codigo, fecha_ingreso=args.fecha_ingreso,
                         modo_ingreso=args.modo_ingreso or "solicitud_propia", fundador=args.fundador,
                         correo=args.correo, telefono=args.telefono)
    try:
        miembro_id = _con_opciones(lambda: guardar_ficha(contexto, ficha, poblacion=poblacion, ubicacion=ubicacion),
                                   "agregó el miembro")
    except ErrorEscritorio as error:
        if propuesta is None or args.nomenclator:
            raise
        raise ErrorEscritorio(f"{error.mensaje}\n{texto_de_la_propuesta(*propuesta)} Para usar lo que falta de esa "
                              "propuesta, repita la orden con --nomenclator.") from None
    _mostrar(contexto, miembro_id, args, "Miembro agregado", "ingreso")
    if args.json or propuesta is None or not completa.que():
        return
    if args.nomenclator:
        print(f"Del nomenclátor, pedido con --nomenclator: {_y(completa.que())}. " + texto_de_la_propuesta(*propuesta))
    else:
        texto = texto_de_la_propuesta(*propuesta) + f" No se usó (sin --nomenclator): queda sin {_y(completa.que())}."
        if completa.ubicacion:
            texto += (f" Para ubicarlo en el mapa con esa propuesta: escritorio miembros ubicacion {miembro_id} "
                      "--nomenclator")
        print(texto)


def _nombre_del_pais(pais: str) -> str:
    from ..dominio.paises import codigo_pais, nombre_pais

    codigo = codigo_pais(pais)
    return nombre_pais(codigo) if codigo else pais


def _y(partes: list[str]) -> str:
    """[«región», «ubicación»] -> «región y ubicación»."""
    return partes[0] if len(partes) == 1 else ", ".join(partes[:-1]) + " y " + partes[-1]


def orden_editar(args) -> None:
    from dataclasses import replace

    from ..dominio.ficha import FichaMiembro
    from ..servicios.ficha import guardar_ficha, obtener_ficha
    from ..servicios.miembros import exigir_miembro_de_la_asociacion

    contexto = contexto_de(args)
    exigir_miembro_de_la_asociacion(contexto, args.miembro)
    leida = obtener_ficha(contexto.db, args.miembro)
    ficha = FichaMiembro(nombre=leida["nombre"], pais=leida["pais"], tipo=leida["tipo"], region=leida["region"],
                         codigo=leida["codigo"], fecha_ingreso=date.fromisoformat(leida["fecha_ingreso"])
                         if leida["fecha_ingreso"] else None, modo_ingreso=leida["modo_ingreso"],
                         fundador=leida["fundador"], correo=leida["correo"], telefono=leida["telefono"])
    cambios = {campo: getattr(args, campo) for campo in ("nombre", "pais", "tipo", "region", "codigo", "fecha_ingreso",
                                                         "modo_ingreso", "correo", "telefono")
               if getattr(args, campo) is not None}
    if args.fundador is not None:
        cambios["fundador"] = args.fundador == "si"
    if not cambios:
        raise ErrorEscritorio("No se cambió nada: indique qué dato corregir (--nombre, --pais, --region, --correo…; "
                              "«escritorio miembros editar --help»).")
    _con_opciones(lambda: guardar_ficha(contexto, replace(ficha, **cambios), miembro_id=args.miembro, leida=leida),
                  "guardó la ficha")
    _mostrar(contexto, args.miembro, args, "Ficha guardada")


def orden_poblacion(args) -> None:
    from ..servicios.ficha import agregar_poblacion
    from ..servicios.miembros import exigir_miembro_de_la_asociacion

    contexto = contexto_de(args)
    exigir_miembro_de_la_asociacion(contexto, args.miembro)
    _con_opciones(lambda: agregar_poblacion(contexto.db, args.miembro, args.poblacion, args.anio_poblacion,
                                            args.fuente_poblacion), "registró la población")
    _mostrar(contexto, args.miembro, args, "Población registrada", "poblacion")


def orden_autoridad(args) -> None:
    from ..servicios.ficha import registrar_autoridad
    from ..servicios.miembros import exigir_miembro_de_la_asociacion

    contexto = contexto_de(args)
    exigir_miembro_de_la_asociacion(contexto, args.miembro)
    _con_opciones(lambda: registrar_autoridad(contexto.db, args.miembro, args.persona, args.cargo, args.desde,
                                              args.hasta), "registró la autoridad")
    _mostrar(contexto, args.miembro, args, "Autoridad registrada", "autoridad")


def orden_reactivar(args) -> None:
    from ..servicios.miembros import cambiar_estado

    contexto = contexto_de(args)
    dia = args.fecha or date.today()
    _con_opciones(lambda: cambiar_estado(contexto.db, args.miembro, "activo", dia, args.motivo,
                                         contexto.asociacion_id), "registró el cambio de estado",
                  {"desde": "--fecha"})
    _mostrar(contexto, args.miembro, args, "Miembro reactivado", f" desde el {formato.fecha(dia)}")


def _contactos(contexto, miembro_id: int) -> list[dict]:
    from ..servicios.ficha import obtener_ficha
    from ..servicios.miembros import exigir_miembro_de_la_asociacion

    exigir_miembro_de_la_asociacion(contexto, miembro_id)
    return [{c: k[c] for c in ("id", "nombre", "rol", "correo", "telefono")}
            for k in obtener_ficha(contexto.db, miembro_id)["contactos"]]


def orden_contacto(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.ficha import guardar_contacto

    contexto = contexto_de(args)
    leido = None
    if args.editar is not None:
        leido = next((k for k in _contactos(contexto, args.miembro) if k["id"] == args.editar), None)
        if leido is None:
            raise ErrorEscritorio(f"El miembro {args.miembro} no tiene el contacto {args.editar}; sus contactos, con "
                                  f"su número, se ven con «miembros contactos {args.miembro}».")
    # Al corregir, lo que no se indica queda como estaba ("" lo borra).
    datos = {c: getattr(args, c) if getattr(args, c) is not None or leido is None else leido[c]
             for c in ("rol", "correo", "telefono")}
    contacto_id = _con_opciones(lambda: guardar_contacto(
        contexto.db, args.miembro, args.nombre, datos["rol"], datos["correo"], datos["telefono"],
        contacto_id=args.editar, leido=leido), "guardó el contacto")
    guardado = next(k for k in _contactos(contexto, args.miembro) if k["id"] == contacto_id)
    if args.json:
        imprimir_json(guardado)
        return
    print(f"Contacto {contacto_id} {'corregido' if leido else 'agregado'}: {abreviar(guardado['nombre'], 80)}"
          + (f" ({abreviar(guardado['rol'], 60)})" if guardado["rol"] else "") + ".")


def orden_contactos(args) -> None:
    from ..documentos.visible import abreviar

    contexto = contexto_de(args)
    lista = _contactos(contexto, args.miembro)
    if args.json:
        imprimir_json(lista)
        return
    for k in lista:
        datos = "  ".join(abreviar(k[c], 50) for c in ("rol", "correo", "telefono") if k[c])
        print(f"{k['id']:>6}  {abreviar(k['nombre'], 40):<40} {datos}")
    print(f"{len(lista)} contacto{'' if len(lista) == 1 else 's'}.")


def orden_quitar_contacto(args) -> None:
    from ..servicios.ficha import quitar_contacto
    from ..servicios.miembros import exigir_miembro_de_la_asociacion

    contexto = contexto_de(args)
    exigir_miembro_de_la_asociacion(contexto, args.miembro)
    quitar_contacto(contexto.db, args.contacto, args.miembro)
    print(f"Contacto {args.contacto} quitado.")


def orden_eliminar(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.miembros import eliminar_por_error, exigir_miembro_de_la_asociacion, miembro_vigente

    contexto = contexto_de(args)
    exigir_miembro_de_la_asociacion(contexto, args.miembro)
    nombre = miembro_vigente(contexto, args.miembro)["nombre"]
    eliminar_por_error(contexto.db, args.miembro)
    print(f"Miembro {args.miembro} ({abreviar(nombre, 80)}) eliminado: era un alta por error, sin historia.")
