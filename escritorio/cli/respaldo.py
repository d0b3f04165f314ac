"""«respaldo»: crear (nunca pisa un archivo), restaurar (guardando antes la base actual), recuperar una base
dañada desde el respaldo sano más nuevo de ESA base, y listar los respaldos."""

import sys
from pathlib import Path

from .comun import abrir_base_de, imprimir_json, ruta_base
from ..dominio import formato


def agregar_ordenes(ordenes) -> None:
    respaldo = ordenes.add_parser("respaldo", help="crear y restaurar respaldos", description="Respaldos de la base de datos.")
    sub = respaldo.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    crear = sub.add_parser("crear", help="crea un respaldo", description=(
        "Crea un respaldo (por defecto en la carpeta «respaldos» junto a la base; a una carpeta, con el nombre "
        "de siempre). Nunca pisa un archivo existente: con --reemplazar reemplaza un respaldo anterior de esta "
        "misma base, nunca otro archivo."))
    crear.add_argument("destino", nargs="?", metavar="DESTINO", help="archivo o carpeta de destino")
    crear.add_argument("--reemplazar", action="store_true",
                       help="si DESTINO existe y es un respaldo de esta misma base, lo reemplaza")
    crear.set_defaults(funcion=orden_respaldo_crear)
    restaurar = sub.add_parser("restaurar", help="restaura un respaldo", description=(
        "Reemplaza la base por un respaldo; antes guarda la base actual (o, si está dañada, la aparta con la "
        "fecha). Solo reemplaza una base de Escritorio, y rechaza el respaldo de otra base salvo --de-otra-base."))
    restaurar.add_argument("origen", metavar="ORIGEN")
    restaurar.add_argument("--de-otra-base", action="store_true",
                           help="acepta un respaldo de OTRA base (otra identidad): la base pasa a ser aquella")
    restaurar.set_defaults(funcion=orden_respaldo_restaurar)
    recuperar = sub.add_parser("recuperar", help="recupera una base dañada", description=(
        "Si la base está dañada, la aparta con la fecha (nada se borra) y restaura el respaldo sano más nuevo "
        "de esta misma base (por su identidad, nunca el de otra base de la misma carpeta)."))
    recuperar.set_defaults(funcion=orden_respaldo_recuperar)
    listar_r = sub.add_parser("listar", help="lista los respaldos", description=(
        "Los respaldos de la carpeta «respaldos»: primero los de esta base; aparte, los de otra base o sin "
        "identificar (que no se usan para recuperar)."))
    listar_r.add_argument("--json", action="store_true", help="salida en JSON")
    listar_r.set_defaults(funcion=orden_respaldo_listar)
    borrar = sub.add_parser("borrar", help="borra un respaldo de la carpeta de respaldos", description=(
        "Borra un respaldo (y su huella) de la carpeta «respaldos» de esta base, a pedido: la única forma de que se "
        "vaya uno manual o una copia de seguridad (por ejemplo, uno que todavía tiene los datos de una persona que "
        "pidió la supresión). Nada fuera de esa carpeta, y nunca la base en uso."))
    borrar.add_argument("archivo", metavar="ARCHIVO", help="el respaldo (su ruta, o su nombre en la carpeta)")
    borrar.set_defaults(funcion=orden_respaldo_borrar)


def orden_respaldo_crear(args) -> None:
    from ..servicios.respaldo import crear_respaldo

    if args.destino:
        from ..salida import comprobar_nombre

        comprobar_nombre(args.destino, "el respaldo", "no se creó el respaldo")
    destino = crear_respaldo(abrir_base_de(args), args.destino, reemplazar=args.reemplazar)
    print(f"Respaldo creado: {destino}")


def orden_respaldo_borrar(args) -> None:
    from ..rutas import carpeta_respaldos
    from ..salida import comprobar_nombre
    from ..servicios.respaldo import borrar_respaldo

    comprobar_nombre(args.archivo, "el respaldo a borrar", "no se borró nada")
    ruta = Path(args.archivo)
    if not ruta.exists() and ruta.parent == Path("."):   # solo su nombre: el de la carpeta de respaldos
        ruta = carpeta_respaldos(ruta_base(args)) / ruta.name
    if not ruta.is_file():
        print(f"No existe el respaldo {ruta}: no se borró nada («escritorio respaldo listar» los muestra).",
              file=sys.stderr)
        return 1
    borrar_respaldo(ruta_base(args), ruta)
    print(f"Respaldo borrado: {ruta}")
    return 0


def orden_respaldo_restaurar(args) -> None:
    from ..salida import comprobar_nombre
    from ..servicios.respaldo import restaurar_respaldo

    comprobar_nombre(args.origen, "el respaldo a restaurar", "no se restauró nada")
    hecho = restaurar_respaldo(ruta_base(args), args.origen, de_otra_base=args.de_otra_base)
    print(f"Base restaurada desde {args.origen}.")
    if hecho.anterior:
        print(f"La base anterior quedó guardada en {hecho.anterior}")
    _avisar_lo_repuesto(hecho.repuesto)
    _avisar_incidentes(args)


def _avisar_lo_repuesto(repuesto) -> None:
    from ..servicios.respaldo import aviso_de_lo_repuesto

    if aviso := aviso_de_lo_repuesto(repuesto):
        print(aviso)


def _avisar_incidentes(args) -> None:
    """Lo que la restauración dejó para revisar (una supresión de datos personales que el respaldo deshizo)."""
    from ..servicios.verificacion.bitacora import incidentes_pendientes

    for incidente in incidentes_pendientes(abrir_base_de(args)):
        print(f"Aviso: incidente {incidente['id']}: {incidente['que']}. Se reconoce con «escritorio verificar "
              f"--reconocer {incidente['id']} --motivo \"…\"».")


def orden_respaldo_recuperar(args) -> int:
    from ..errores import ErrorBaseDanada
    from ..servicios.base import abrir_base
    from ..servicios.respaldo import recuperar_base_danada

    ruta = ruta_base(args)
    if not ruta.exists():
        print(f"No existe la base {ruta}: no hay nada que recuperar.", file=sys.stderr)
        return 1
    try:
        if ruta.stat().st_size == 0:  # vacía (0 bytes): se recupera como una base dañada, nunca se convierte en base
            raise ErrorBaseDanada(f"{ruta} está vacío (0 bytes).")
        abrir_base(ruta, crear=False).close()
    except ErrorBaseDanada:
        pass
    else:
        print(f"La base {ruta} está sana: no hay nada que recuperar.")
        return 0
    recuperacion = recuperar_base_danada(ruta)
    print(f"Base recuperada desde el respaldo {recuperacion.respaldo}.")
    print(f"El archivo dañado quedó guardado (no se borró) como {recuperacion.apartada}")
    _avisar_lo_repuesto(recuperacion.repuesto)
    return 0


_PERTENENCIA = {"propia": "", "antigua": " (sin identidad: anterior a la versión con identidad, por su nombre)",
                "probable": " (por su nombre: la identidad de la base no se pudo leer)"}


def orden_respaldo_listar(args) -> None:
    from ..servicios.respaldo import listar_respaldos

    filas = listar_respaldos(ruta_base(args))
    if args.json:
        imprimir_json([{"archivo": str(f["ruta"]), "momento": f["momento"].isoformat(timespec="seconds"),
                         "motivo": f["motivo"], "bytes": f["bytes"], "integro": f["integro"],
                         "de_esta_base": f["pertenencia"] != "ajena", "pertenencia": f["pertenencia"]}
                        for f in filas])
        return
    integridad = {True: "verificado", False: "ALTERADO (no usar)", None: "sin huella"}
    propias = [f for f in filas if f["pertenencia"] != "ajena"]
    ajenas = [f for f in filas if f["pertenencia"] == "ajena"]
    print(f"Respaldos de esta base ({len(propias)}):" if propias else "No hay respaldos de esta base.")
    for f in propias:
        print(f"  {formato.fecha_y_hora(f['momento'])}  {f['motivo']:<19} {integridad[f['integro']]:<18} "
              f"{f['ruta'].name}{_PERTENENCIA[f['pertenencia']]}")
    if ajenas:
        print(f"De otra base o sin identificar ({len(ajenas)}; no se usan para recuperar esta base):")
        for f in ajenas:
            print(f"  {formato.fecha_y_hora(f['momento'])}  {f['ruta'].name}")
