"""«bitacora» (quién cambió qué y cuándo: listar y exportar) y «verificar» (la integridad de la base: la cadena de
sellos de la bitácora, los triggers, las actas aprobadas y el testigo). «verificar» sale con 1 si hay problemas."""

import sys

from .argumentos import cantidad, fecha
from .comun import abrir_base_de
from ..salida import comprobar_salida


def agregar_ordenes(ordenes) -> None:
    bitacora = ordenes.add_parser("bitacora", help="bitácora de cambios: listar y exportar",
                                  description="Quién cambió qué y cuándo.")
    sub_b = bitacora.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    listar_b = sub_b.add_parser("listar", help="los cambios más recientes", description="Lista los cambios.")
    exportar_b = sub_b.add_parser("exportar", help="exporta la bitácora a .xlsx", description="Exporta la bitácora.")
    exportar_b.add_argument("archivo", metavar="ARCHIVO.xlsx")
    for parser in (listar_b, exportar_b):
        parser.add_argument("--entidad", help="tabla (por ejemplo miembros, pagos, actas)")
        parser.add_argument("--desde", type=fecha, metavar="AAAA-MM-DD")
        parser.add_argument("--hasta", type=fecha, metavar="AAAA-MM-DD")
    listar_b.add_argument("--cantidad", type=cantidad, default=50, help="cuántos mostrar (por defecto 50)")
    listar_b.add_argument("--detalle", action="store_true",
                          help="agrega a cada cambio el dato crudo: tabla, registro, hora UTC y valores antes → después")
    listar_b.set_defaults(funcion=orden_bitacora_listar)
    exportar_b.set_defaults(funcion=orden_bitacora_exportar)

    verificar = ordenes.add_parser(
        "verificar", help="comprueba la integridad de la base y que nada se cambió por fuera de Escritorio",
        description="Comprueba la integridad de la base: la bitácora y su cadena de sellos, los triggers que protegen "
                    "los datos, las actas aprobadas contra su huella, y la cabeza de la cadena anotada fuera de la "
                    "base (el testigo junto a la base y los de los respaldos). Código de salida 1 si hay problemas.")
    verificar.add_argument("--restauracion-manual", action="store_true",
                           help="anota que la base se reemplazó a mano por un respaldo (copiando el archivo): desde ahora "
                                "el testigo vigila la cadena de la base restaurada")
    verificar.add_argument("--reponer-esquema", action="store_true",
                           help="vuelve a crear los triggers e índices de Escritorio que alguien quitó o cambió (no toca "
                                "los datos) y quita los triggers ajenos")
    verificar.set_defaults(funcion=orden_verificar)


def _entidad(args) -> None:
    """--entidad es el nombre de una tabla: un texto con bytes raros o controles no es ninguna."""
    from ..servicios.campos import LARGO_NOMBRE, texto_opcional

    args.entidad = texto_opcional("--entidad", args.entidad, maximo=LARGO_NOMBRE)


def orden_bitacora_listar(args) -> None:
    from ..servicios import bitacora

    _entidad(args)
    for r in bitacora.listar(abrir_base_de(args), entidad=args.entidad, desde=args.desde, hasta=args.hasta, limite=args.cantidad):
        # La hora local y lo que pasó, como lo diría una persona; con --detalle, también el dato crudo.
        print(f"{r.cuando() or '(sin sellar)':<16}  {r.quien():<20} {r.descripcion}")
        if args.detalle:
            print(f"{'':18}{r.entidad} #{r.entidad_id or ''} · {bitacora.ACCIONES[r.accion].lower()} · "
                  f"{r.momento or '—'} UTC · {'; '.join(r.detalle)[:300]}")


def orden_bitacora_exportar(args) -> None:
    from ..servicios import bitacora

    comprobar_salida(args.archivo, ".xlsx", "la bitácora")
    _entidad(args)
    cantidad = bitacora.exportar(abrir_base_de(args), args.archivo, entidad=args.entidad, desde=args.desde, hasta=args.hasta)
    print(f"Bitácora exportada a {args.archivo}: {cantidad} cambios.")


def orden_verificar(args) -> int:
    from ..servicios.respaldo import verificar

    db = abrir_base_de(args)
    if args.restauracion_manual:
        from ..servicios.verificacion import anotar_restauracion_manual

        print(anotar_restauracion_manual(db))
    if args.reponer_esquema:
        from ..servicios.verificacion import reponer_esquema

        hecho = reponer_esquema(db)
        print("Esquema: " + ("; ".join(hecho) + "." if hecho else "no había nada que reponer."))
    resultado = verificar(db)
    for linea in resultado.detalles:
        print(linea)
    for aviso in getattr(resultado, "avisos", []):
        print(f"AVISO: {aviso}")
    if resultado.correcta:
        print("La base de datos está sana.")
        return 0
    for problema in resultado.problemas:
        print(f"PROBLEMA: {problema}", file=sys.stderr)
    print(f"La base tiene {len(resultado.problemas)} problema(s): cada uno dice qué hacer.", file=sys.stderr)
    return 1
