"""«bitacora» (quién cambió qué y cuándo: listar y exportar) y «verificar» (la integridad de la base: la cadena de
sellos de la bitácora, los triggers, las actas aprobadas y el testigo). «verificar» sale con 1 si hay problemas."""

import sys

from .argumentos import cantidad, fecha
from .comun import abrir_base_de
from ..errores import ErrorEscritorio
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
    exportar_b.add_argument("--reemplazar", action="store_true", help="si el archivo ya existe, lo reemplaza")
    exportar_b.set_defaults(funcion=orden_bitacora_exportar)

    verificar = ordenes.add_parser(
        "verificar", help="comprueba la integridad de la base y que nada se cambió por fuera de Escritorio",
        description="Comprueba la integridad de la base: la bitácora y su cadena de sellos, los triggers que protegen "
                    "los datos, las actas aprobadas contra su huella, y la cabeza de la cadena anotada fuera de la "
                    "base (el testigo junto a la base y los de los respaldos). Código de salida 1 si hay problemas.")
    verificar.add_argument("--restauracion-manual", action="store_true",
                           help="anota que la base se reemplazó a mano por un respaldo (copiando el archivo): desde ahora "
                                "el testigo vigila la cadena de la base restaurada")
    verificar.add_argument("--ancla", action="append", default=[], metavar="ANCLA",
                           help="comprueba que la cadena siga teniendo cada cabeza que salió de la oficina: «N:HUELLA» "
                                "(escritorio bitacora ancla), la ruta de un acta, resolución, recibo o estado de "
                                "cuenta en PDF, un correo enviado guardado como .eml, la carpeta del sitio publicado, "
                                "su dirección (https://…, se descarga su anclas.json) o una copia guardada de su "
                                "anclas.json o anclas.html; se repite")
    verificar.add_argument("--reconocer", type=int, metavar="N",
                           help="reconoce el incidente N (otro programa escribió en la base) con el --motivo que lo "
                                "explica; queda en la bitácora y «verificar» lo sigue listando como reconocido")
    verificar.add_argument("--motivo", metavar="TEXTO",
                           help="por qué: obligatorio con --reconocer; con --restauracion-manual, opcional")
    verificar.add_argument("--reponer-esquema", action="store_true",
                           help="vuelve a crear los triggers e índices de Escritorio que alguien quitó o cambió (no toca "
                                "los datos) y quita los triggers ajenos")
    verificar.set_defaults(funcion=orden_verificar)

    ancla = sub_b.add_parser(
        "ancla", help="muestra la cabeza de la cadena de sellos, para guardarla fuera de la base",
        description="La cabeza de la cadena de sellos de la bitácora (el último sello y su huella), la misma que lleva "
                    "al pie cada acta, resolución, recibo y estado de cuenta. Guárdela fuera de la base (un correo, un "
                    "papel firmado): «escritorio verificar --ancla N:HUELLA» comprueba después que la cadena la tenga.")
    ancla.add_argument("--json", action="store_true", help="salida en JSON")
    ancla.set_defaults(funcion=orden_bitacora_ancla)


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
            print(f"{'':18}{r.entidad} #{r.entidad_id or ''} · {bitacora.nombre_de_accion(r.accion).lower()} · "
                  f"{r.momento or '—'} UTC · {'; '.join(r.detalle)[:300]}")


def orden_bitacora_exportar(args) -> None:
    from ..servicios import bitacora

    comprobar_salida(args.archivo, ".xlsx", "la bitácora", reemplazar=args.reemplazar)
    _entidad(args)
    cantidad = bitacora.exportar(abrir_base_de(args), args.archivo, entidad=args.entidad, desde=args.desde, hasta=args.hasta)
    print(f"Bitácora exportada a {args.archivo}: {cantidad} cambios.")


def orden_bitacora_ancla(args) -> None:
    import json

    from ..servicios.verificacion import ancla_actual

    cabeza = ancla_actual(abrir_base_de(args))
    if args.json:
        print(json.dumps({"sello": cabeza[0], "huella": cabeza[1]} if cabeza else None))
    elif cabeza is None:
        print("La bitácora todavía no tiene sellos: no hay ancla que guardar.")
    else:
        print(f"{cabeza[0]}:{cabeza[1]}")
        print(f"Guárdela fuera de la base; compruébela con «escritorio verificar --ancla {cabeza[0]}:{cabeza[1][:16]}».",
              file=sys.stderr)


def orden_verificar(args) -> int:
    from ..servicios.respaldo import verificar

    if args.reconocer is not None and not args.motivo:
        raise ErrorEscritorio("Falta --motivo: diga por qué reconoce el incidente, por ejemplo --motivo \"corregí el "
                              "importe con el tesorero presente\". Queda en la bitácora.")
    db = abrir_base_de(args)
    if args.restauracion_manual:
        from ..servicios.verificacion import anotar_restauracion_manual

        print(anotar_restauracion_manual(db, args.motivo))
    if args.reconocer is not None:
        from ..servicios.verificacion import reconocer_incidente

        print(reconocer_incidente(db, args.reconocer, args.motivo))
    if args.reponer_esquema:
        from ..servicios.verificacion import reponer_esquema

        hecho = reponer_esquema(db)
        print("Esquema: " + ("; ".join(hecho) + "." if hecho else "no había nada que reponer."))
    resultado = verificar(db)
    if args.ancla:
        from ..servicios.verificacion import comprobar_anclas

        comprobar_anclas(db, args.ancla, resultado)
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
