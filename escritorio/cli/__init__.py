"""Línea de órdenes de Escritorio. Analiza, llama a un servicio e imprime. Nunca importa Qt.

Estados de salida: 0 bien, 1 error de datos (mensaje en castellano; no se guardó nada), 2 error de uso,
3 lo pedido SÍ se guardó en la base pero no se pudo escribir el archivo de salida (por ejemplo el recibo de
«pagos registrar --recibo»): el mensaje lo dice por separado y da la orden exacta para generarlo de nuevo
(no repita la orden original: registraría otra vez).
4 y 5 en «firma verificar»: 4 las firmas están íntegras pero algún certificado no se pudo validar contra una
autoridad de confianza; 5 alguna firma está alterada (ver cli_firmas.py).
4 y 5 en «documento verificar»: 0 auténtico y vigente, 4 auténtico pero reemplazado, 5 alterado o desconocido
(ver cli_documentos.py).
"""

import json
import os
import sys
from datetime import date
from pathlib import Path

from .. import __version__
from .argumentos import Analizador, cantidad, fecha, identificador
from ..errores import ErrorEscritorio
from ..salida import comprobar_salida

EJEMPLOS = """\
ejemplos:
  escritorio demo                                  carga la red de ejemplo
  escritorio asociacion crear --nombre "Red de Municipios del Litoral" --sigla RML --paises "AR:pleno,UY:asociado"
  escritorio miembros importar padron.xlsx         importa o actualiza miembros (todo o nada)
  escritorio miembros exportar padron.xlsx         planilla que se puede volver a importar
  escritorio miembros padron padron.pdf            padrón impreso, agrupado por país
  escritorio --db C:\\datos\\red.db miembros listar  usa otra base de datos
"""




def _paises(texto: str) -> dict[str, str]:
    """"AR:pleno,BR:pleno,CL:asociado" -> {"AR": "pleno", …}; sin categoría, pleno."""
    resultado = {}
    for parte in filter(None, (p.strip() for p in texto.split(","))):
        pais, _, categoria = parte.partition(":")
        resultado[pais.strip()] = categoria.strip().lower() or "pleno"
    return resultado


def construir_analizador() -> Analizador:
    raiz = Analizador(
        prog="escritorio",
        description="Escritorio: la secretaría de una asociación de municipios. Sin orden, abre la ventana.",
        epilog=EJEMPLOS)
    raiz.add_argument("--db", metavar="RUTA", help="archivo de base de datos (por defecto, ESCRITORIO_DB o la carpeta de datos del usuario)")
    raiz.add_argument("--operador", metavar="NOMBRE", help="nombre de quien opera, para la bitácora de cambios")
    raiz.add_argument("--version", action="version", version=f"Escritorio {__version__}", help="muestra la versión y termina")
    ordenes = raiz.add_subparsers(dest="orden", title="órdenes", metavar="ORDEN")

    demo = ordenes.add_parser("demo", help="crea la red de ejemplo «Red de Ciudades del Sur»",
                              description="Crea la red de ejemplo con unas 300 ciudades reales (datos de GeoNames).")
    demo.set_defaults(funcion=orden_demo)

    asociacion = ordenes.add_parser("asociacion", help="crear, listar y cambiar asociaciones y sus países", description="Asociaciones de la base de datos.")
    sub = asociacion.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    crear = sub.add_parser("crear", help="crea una asociación", description="Crea una asociación.")
    crear.add_argument("--nombre", required=True, help="nombre completo")
    crear.add_argument("--sigla", required=True, help="sigla, única en la base (por ejemplo RCS)")
    crear.add_argument("--tipo", default="red representativa", help="red representativa, red temática, federación, asociación nacional o alianza")
    crear.add_argument("--papel", default="A4", choices=["A4", "Carta", "Oficio"], help="tamaño de papel de los documentos")
    crear.add_argument("--sede", help="ciudad sede")
    crear.add_argument("--fundacion", type=fecha, metavar="AAAA-MM-DD", help="fecha de fundación")
    crear.add_argument("--idiomas", default="es", help="idiomas de trabajo, por ejemplo es,pt")
    crear.add_argument("--paises", type=_paises, default={}, metavar="LISTA",
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
    pais.add_argument("--asociacion", metavar="SIGLA", help="la asociación (si la base tiene más de una)")
    pais.set_defaults(funcion=orden_asociacion_pais)
    agregar_ordenes_de_la_asociacion(sub)

    miembros = ordenes.add_parser("miembros", help="padrón de miembros: importar, exportar, imprimir, listar",
                                  description="El padrón de miembros.")
    sub = miembros.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    importar = sub.add_parser(
        "importar", help="importa o actualiza miembros desde .xlsx, .csv o .txt",
        description="Importa miembros desde .xlsx, .csv o el .txt de Excel (UTF-8, UTF-16 o Windows-1252, decidido para "
                    "el archivo entero; con ;, , o tabuladores). Columnas obligatorias: "
                    "Nombre, País, Población. Opcionales: Región, Código, Año de la población, Fuente, Tipo, "
                    "Fecha de ingreso, Autoridad, Cargo, Correo, Teléfono, Estado, Estado desde, Motivo del estado, "
                    "Fundador, Modo de ingreso (las que escribe «miembros exportar»). Si una fila tiene errores no se "
                    "importa nada. Una fecha como 05/04/2024 se lee por la evidencia del archivo (25/04/2024 en la misma "
                    "columna decide día/mes); si nada lo decide, se rechaza: use aaaa-mm-dd o --fechas.")
    importar.add_argument("archivo", metavar="ARCHIVO")
    importar.add_argument("--fechas", metavar="ORDEN", choices=("dd/mm", "mm/dd"),
                          help="orden de las fechas con barras: dd/mm (día/mes/año) o mm/dd (mes/día/año); sin esta "
                               "opción lo decide el archivo")
    importar.add_argument("--simular", action="store_true", help="valida y muestra qué cambiaría, sin escribir nada")
    importar.add_argument("--progreso", action="store_true", help="informa el avance por la salida de errores")
    importar.set_defaults(funcion=orden_miembros_importar)
    exportar = sub.add_parser("exportar", help="exporta el padrón a .xlsx", description="Exporta el padrón completo a .xlsx (se puede volver a importar).")
    exportar.add_argument("archivo", metavar="ARCHIVO.xlsx")
    exportar.set_defaults(funcion=orden_miembros_exportar)
    padron = sub.add_parser("padron", help="imprime el padrón en PDF", description="Padrón en PDF agrupado por país, sin las bajas.")
    padron.add_argument("archivo", metavar="ARCHIVO.pdf")
    padron.add_argument("--incluir-bajas", action="store_true", help="incluye también los miembros dados de baja")
    padron.set_defaults(funcion=orden_miembros_padron)
    listar = sub.add_parser("listar", help="lista los miembros", description="Lista los miembros con sus datos vigentes.")
    listar.add_argument("--json", action="store_true", help="salida en JSON")
    listar.set_defaults(funcion=orden_miembros_listar)
    baja = sub.add_parser("baja", help="da de baja a un miembro con fecha y motivo", description=(
        "Da de baja a un miembro (nunca se borra). En la misma operación terminan sus mandatos en los órganos el día "
        "anterior (cada uno con su corrección y el motivo); informa cuáles. Un mandato que empieza después de la baja "
        "no se modifica: se informa para designar a otro miembro."))
    suspender = sub.add_parser("suspender", help="suspende a un miembro con fecha y motivo", description=(
        "Registra la suspensión de un miembro. Si el estatuto dice que la suspensión termina los mandatos "
        "(«miembros suspension-mandatos --articulo …»), terminan el día anterior, como en una baja."))
    for parser, que in ((baja, "la baja"), (suspender, "la suspensión")):
        parser.add_argument("miembro", type=identificador, metavar="ID")
        parser.add_argument("--fecha", type=fecha, metavar="AAAA-MM-DD", help=f"fecha de {que} (por defecto, hoy)")
        parser.add_argument("--motivo", required=True, help=f"motivo de {que}")
        parser.add_argument("--simular", action="store_true", help="muestra qué mandatos terminarían, sin registrar nada")
        parser.add_argument("--json", action="store_true", help="salida en JSON")
    baja.set_defaults(funcion=orden_miembros_baja, estado="baja")
    suspender.set_defaults(funcion=orden_miembros_baja, estado="suspendido")
    regla_suspension = sub.add_parser(
        "suspension-mandatos", help="si la suspensión de un miembro termina sus mandatos (artículo del estatuto)",
        description="Anota el artículo del estatuto por el que la suspensión de un miembro termina sus mandatos; sin "
                    "--articulo, la suspensión no los termina (la baja siempre los termina).")
    regla_suspension.add_argument("--articulo", help="por ejemplo «Estatuto, art. 9»")
    regla_suspension.set_defaults(funcion=orden_miembros_suspension_mandatos)
    for parser in (importar, exportar, padron, listar, baja, suspender, regla_suspension):
        parser.add_argument("--asociacion", metavar="SIGLA", help="la asociación (si la base tiene más de una)")

    from . import cuotas as cli_cuotas, organos as cli_organos, sesiones as cli_sesiones

    def con_asociacion(parser):
        parser.add_argument("--asociacion", metavar="SIGLA", help="la asociación (si la base tiene más de una)")

    cli_cuotas.agregar_ordenes(ordenes, con_asociacion)
    cli_organos.agregar_ordenes(ordenes, con_asociacion)
    cli_sesiones.agregar_ordenes(ordenes, con_asociacion)
    from . import firmas as cli_firmas

    cli_firmas.agregar_ordenes(ordenes, con_asociacion)

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
    from . import documentos as cli_documentos

    cli_documentos.agregar_ordenes(ordenes, con_asociacion)  # «documento verificar»

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
    return raiz


# --- órdenes -------------------------------------------------------------------------------

SALIDA_GUARDADO_SIN_ARCHIVO = 3  # ver el docstring del módulo


def _citar(texto: str) -> str:
    """Un argumento tal como hay que escribirlo en la consola de este sistema."""
    if os.name == "nt":
        return f'"{texto}"' if " " in texto else texto
    import shlex

    return shlex.quote(texto)


def orden_exacta(args, *resto) -> str:
    """«escritorio [--db RUTA] resto…» con las comillas que hagan falta (para copiar y pegar)."""
    partes = ["escritorio"] + (["--db", _citar(str(args.db))] if args.db else [])
    return " ".join(partes + [_citar(str(r)) for r in resto])


def _base(args, *, crear: bool = False):
    """La base de la orden. Solo «asociacion crear» y «demo» crean una base nueva (`crear`); las demás, sobre
    una ruta sin base (inexistente o de 0 bytes), fallan diciendo cómo crearla, sin crear ni tocar nada.
    Una base abierta solo para consultar (versión más nueva, disco lleno) se avisa por la salida de errores."""
    from ..datos.conexion import hay_base, solo_lectura
    from ..servicios.base import abrir_base

    ruta = _ruta_base(args)
    if not crear and not hay_base(ruta):
        que = (f"{ruta} está vacío (0 bytes): no es una base de datos de Escritorio" if ruta.is_file() else
               f"No existe la base de datos {ruta}")
        recuperar = ""
        if ruta.is_file():  # una base que quedó en 0 bytes (un corte de luz, una copia fallida) se recupera
            from ..servicios.respaldo import respaldo_para_recuperar

            if respaldo_para_recuperar(ruta) is not None:
                recuperar = (" Si allí estaba su base y quedó vacía, recupérela del último respaldo con "
                             f"«{orden_exacta(args, 'respaldo', 'recuperar')}».")
        raise ErrorEscritorio(
            f"{que}. No se creó ni se modificó nada.{recuperar} Para crear allí una base nueva: "
            f"«{orden_exacta(args, 'asociacion', 'crear', '--nombre', 'NOMBRE', '--sigla', 'SIGLA')}» "
            f"(o «{orden_exacta(args, 'demo')}» para la red de ejemplo); si su base está en otro lugar, "
            "indíquela con --db RUTA.")
    db = abrir_base(ruta, crear=crear)
    motivo = solo_lectura(db)
    if motivo is not None:
        print(f"AVISO: {motivo.aviso}", file=sys.stderr)
    return db


def _asociacion(db, args) -> dict:
    from ..servicios.asociaciones import elegir_asociacion

    return elegir_asociacion(db, getattr(args, "asociacion", None))


def _imprimir_json(datos) -> None:
    print(json.dumps(datos, ensure_ascii=False, indent=2))


def orden_demo(args) -> None:
    from ..demo import crear_red_demo

    resultado = crear_red_demo(_base(args, crear=True))
    print(f"Creada «{resultado.nombre}» ({resultado.sigla}): {resultado.miembros} miembros en "
          f"{resultado.paises} países. Datos de población: GeoNames (geonames.org), CC BY 4.0.")


def orden_asociacion_crear(args) -> None:
    from ..servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones, revisar_asociacion

    nueva = NuevaAsociacion(nombre=args.nombre, sigla=args.sigla, tipo=args.tipo, fecha_fundacion=args.fundacion,
                            sede=args.sede, idiomas=args.idiomas, papel=args.papel, paises=args.paises)
    revisar_asociacion(nueva)  # antes de abrir la base: un texto que no sirve no crea ni siquiera el archivo
    db = _base(args, crear=True)
    asociacion_id = crear_asociacion(db, nueva)
    creada = next(a for a in listar_asociaciones(db) if a["id"] == asociacion_id)
    print(f"Asociación «{creada['nombre']}» ({creada['sigla']}) creada con id {asociacion_id}.")
    if not nueva.paises:
        print(f"Todavía no tiene países, y los miembros solo pueden ser de sus países: agréguelos con "
              f"«{orden_exacta(args, 'asociacion', 'pais', 'AR', '--categoria', 'pleno')}».")


def orden_asociacion_listar(args) -> None:
    from ..servicios.asociaciones import listar_asociaciones, paises_de

    db = _base(args)
    asociaciones = listar_asociaciones(db)
    if args.json:
        _imprimir_json([{**a, "paises": paises_de(db, a["id"])} for a in asociaciones])
        return
    if not asociaciones:
        print("No hay asociaciones. Cree una con «escritorio asociacion crear» o cargue la demo con «escritorio demo».")
    for a in asociaciones:
        print(f"{a['id']:>4}  {a['sigla']:<10} {a['nombre']}  ({a['miembros']} miembros)")
        paises = ", ".join(f"{p} {c}" for p, c in paises_de(db, a["id"]).items()) or "sin países"
        print(f"      {a['tipo']} · {paises}")


def agregar_ordenes_de_la_asociacion(sub) -> None:
    """«asociacion editar», «asociacion quitar-pais» y «asociacion paises»: la asociación ya creada."""
    editar = sub.add_parser(
        "editar", help="cambia el nombre, la sigla, el tipo, la sede o el papel",
        description="Cambia los datos de la asociación; lo que no se indica queda como está. La sigla se guarda en "
                    "mayúsculas y no puede ser la de otra asociación de la base. Los documentos ya emitidos no "
                    "cambian (llevan el nombre y la sigla con que se emitieron y se siguen verificando igual); los "
                    "nuevos llevan los datos nuevos.")
    editar.add_argument("--nombre", help="nombre completo nuevo")
    editar.add_argument("--sigla", help="sigla nueva (después, --asociacion usa la nueva)")
    editar.add_argument("--tipo", help="red representativa, red temática, federación, asociación nacional o alianza")
    editar.add_argument("--sede", help='ciudad sede ("" la borra)')
    editar.add_argument("--papel", choices=["A4", "Carta", "Oficio"], help="tamaño de papel de los documentos")
    editar.add_argument("--asociacion", metavar="SIGLA", help="la asociación (si la base tiene más de una)")
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
    quitar.add_argument("--asociacion", metavar="SIGLA", help="la asociación (si la base tiene más de una)")
    quitar.set_defaults(funcion=orden_asociacion_quitar_pais)
    paises = sub.add_parser("paises", help="los países con su categoría e historia",
                            description="Cada país que es o fue de la asociación: su categoría de hoy, desde cuándo, "
                                        "cuántos miembros tiene sin dar de baja y su historia de categorías.")
    paises.add_argument("--json", action="store_true", help="salida en JSON")
    paises.add_argument("--asociacion", metavar="SIGLA", help="la asociación (si la base tiene más de una)")
    paises.set_defaults(funcion=orden_asociacion_paises)


def orden_asociacion_editar(args) -> None:
    from ..servicios.asociaciones import editar_asociacion

    db = _base(args)
    asociacion = _asociacion(db, args)
    edicion = editar_asociacion(db, asociacion["id"], nombre=args.nombre, sigla=args.sigla, tipo=args.tipo,
                                sede=args.sede, papel=args.papel)
    if not edicion.cambios:
        print(f"{edicion.resumen()} ({asociacion['sigla']})")
        return
    print(f"Asociación {edicion.asociacion['sigla']} cambiada:")
    for rotulo, antes, despues in edicion.cambios:
        print(f"  - {rotulo}: «{antes}» → «{despues}»")
    print("Los documentos ya emitidos conservan los datos con que se emitieron; los nuevos llevan estos.")


def orden_asociacion_quitar_pais(args) -> None:
    from ..servicios.asociaciones import quitar_pais

    db = _base(args)
    asociacion = _asociacion(db, args)
    quitado = quitar_pais(db, asociacion["id"], args.pais, args.desde, args.articulo, por_error=args.por_error)
    print(quitado.texto(asociacion["sigla"]))


def orden_asociacion_paises(args) -> None:
    from dataclasses import asdict

    from ..servicios.asociaciones import paises_en_detalle, texto_desde

    db = _base(args)
    asociacion = _asociacion(db, args)
    paises = paises_en_detalle(db, asociacion["id"])
    if args.json:
        _imprimir_json([asdict(p) for p in paises])
        return
    if not paises:
        print(f"{asociacion['sigla']} todavía no tiene países: agréguelos con "
              f"«{orden_exacta(args, 'asociacion', 'pais', 'AR', '--categoria', 'pleno')}».")
    for p in paises:
        print(f"{p.pais}  {p.nombre:<24} {p.categoria:<11} {texto_desde(p.desde)}  "
              f"({p.activos} miembros sin dar de baja)")
        if len(p.historia) > 1:
            for h in p.historia:
                cita = f" ({h['articulo']})" if h["articulo"] else ""
                print(f"      {h['categoria']} {texto_desde(h['desde'])}{cita}")


def orden_asociacion_pais(args) -> None:
    from ..dominio.paises import nombre_pais
    from ..servicios.asociaciones import agregar_pais, fijar_categoria
    from ..servicios.base import hoy

    db = _base(args)
    asociacion = _asociacion(db, args)
    if args.desde is None and args.articulo is None:
        codigo = agregar_pais(db, asociacion["id"], args.pais, args.categoria)
        print(f"{nombre_pais(codigo)} ({codigo}) es país {args.categoria.strip().lower()} de {asociacion['sigla']}.")
        return
    cambio = fijar_categoria(db, asociacion["id"], args.pais, args.categoria, args.desde or hoy(), args.articulo)
    cita = f" ({cambio.articulo})" if cambio.articulo else ""
    print(f"{nombre_pais(cambio.pais)} ({cambio.pais}) es país {cambio.categoria} de {asociacion['sigla']} desde el "
          f"{cambio.desde:%d/%m/%Y}{cita}.")
    if cambio.actual != (None if cambio.categoria == "retirado" else cambio.categoria):
        actual = f"hoy es país {cambio.actual}" if cambio.actual else "hoy no es país de la asociación"
        print(f"Todavía no rige: {actual}." if cambio.desde > hoy() else
              f"Después de esa fecha hay otro cambio registrado: {actual}.")


def orden_miembros_importar(args) -> None:
    from ..servicios import importacion

    db = _base(args)
    asociacion = _asociacion(db, args)
    avisos = set()

    def progreso(etapa, hecho, total):
        if etapa == "esperando":  # otra importación u otra ventana está guardando: se avisa una vez y se espera
            if etapa not in avisos:
                avisos.add(etapa)
                print("Otra escritura está usando la base (otra importación u otra ventana de Escritorio): "
                      "esperando a que termine para importar…", file=sys.stderr, flush=True)
        elif args.progreso:
            print(f"{etapa}: {hecho}" + (f" de {total}" if total else ""), file=sys.stderr, flush=True)
    analisis = importacion.analizar(db, asociacion["id"], args.archivo, progreso=progreso, orden_fechas=args.fechas)
    if args.simular:
        plan = analisis.plan
        print(f"Simulación (no se escribió nada): {len(plan.nuevos)} nuevos, {len(plan.cambios)} actualizados, "
              f"{plan.sin_cambios} sin cambios.")
        for cambio in plan.cambios:
            print(f"  fila {cambio.fila}: " + "; ".join(cambio.descripcion))
        for aviso in plan.avisos:
            print(f"  Aviso: {aviso}")
        return
    resultado = importacion.aplicar(db, asociacion["id"], analisis, progreso=progreso)
    print(f"Importación terminada en {asociacion['sigla']}: {resultado.resumen()}.")
    for aviso in resultado.avisos:
        print(f"Aviso: {aviso}")


def orden_miembros_exportar(args) -> None:
    from ..servicios.padron import exportar_padron_xlsx

    comprobar_salida(args.archivo, ".xlsx", "el padrón")
    db = _base(args)
    cantidad = exportar_padron_xlsx(db, _asociacion(db, args)["id"], args.archivo)
    print(f"Padrón exportado a {args.archivo}: {cantidad} miembros.")


def orden_miembros_padron(args) -> None:
    from ..servicios.padron import imprimir_padron_pdf

    comprobar_salida(args.archivo, ".pdf", "el padrón impreso")
    db = _base(args)
    paginas = imprimir_padron_pdf(db, _asociacion(db, args)["id"], args.archivo, incluir_bajas=args.incluir_bajas)
    print(f"Padrón impreso en {args.archivo}: {paginas} {'página' if paginas == 1 else 'páginas'}.")


def orden_miembros_listar(args) -> None:
    from ..servicios.miembros import listar_miembros

    db = _base(args)
    miembros = listar_miembros(db, _asociacion(db, args)["id"])
    if args.json:
        campos = ("id", "nombre", "pais", "region", "codigo", "tipo", "poblacion", "anio_poblacion",
                  "estado", "fecha_ingreso", "fundador", "autoridad", "cargo", "correo", "telefono")
        _imprimir_json([{c: m[c] for c in campos} for m in miembros])
        return
    from ..documentos.visible import abreviar, cifra  # un carácter de control guardado antes se ve [U+0007]

    for m in miembros:
        poblacion = abreviar(cifra(m["poblacion"]), 30) if m["poblacion"] is not None else "—"
        print(f"{m['id']:>6}  {abreviar(m['nombre'], 32):<32} {m['pais']}  {abreviar(m['region'], 18):<18} "
              f"{poblacion:>12}  {m['estado']:<10} {m['fecha_ingreso'] or ''}")
    print(f"{len(miembros)} miembros.")


def orden_miembros_baja(args) -> None:
    """«miembros baja» y «miembros suspender»: registra el estado e informa qué mandatos terminaron."""
    from ..documentos.visible import abreviar
    from ..servicios.miembros import cambiar_estado, mandatos_que_terminan

    db = _base(args)
    asociacion_id = _asociacion(db, args)["id"]
    dia = args.fecha or date.today()
    if args.simular:
        efecto = mandatos_que_terminan(db, args.miembro, args.estado, dia, asociacion_id)
    else:
        efecto = cambiar_estado(db, args.miembro, args.estado, dia, args.motivo, asociacion_id)
    if args.json:
        mandato = lambda m: {"mandato_id": m.mandato_id, "organo": m.organo, "cargo": m.cargo,  # noqa: E731
                             "desde": m.desde.isoformat(), "hasta": m.hasta.isoformat() if m.hasta else None,
                             "nuevo_hasta": m.nuevo_hasta.isoformat() if m.nuevo_hasta else None}
        _imprimir_json({"miembro_id": args.miembro, "estado": args.estado, "fecha": dia.isoformat(),
                        "registrado": not args.simular, "terminan": [mandato(m) for m in efecto.terminan],
                        "empiezan_despues": [mandato(m) for m in efecto.empiezan_despues], "resumen": efecto.resumen()})
        return
    nombre = abreviar(efecto.miembro, 80)
    que = "dado de baja" if args.estado == "baja" else "suspendido"
    print(f"Simulación (no se registró nada): {nombre} quedaría {que} desde el {dia:%d/%m/%Y}." if args.simular
          else f"{nombre} {que} desde el {dia:%d/%m/%Y}.")
    print(abreviar(efecto.resumen(), 400))
    for linea in efecto.lineas():
        print(f"  - {abreviar(linea, 300)}")


def orden_miembros_suspension_mandatos(args) -> None:
    from ..documentos.visible import abreviar
    from ..servicios.miembros import fijar_suspension_de_mandatos

    db = _base(args)
    fijar_suspension_de_mandatos(db, _asociacion(db, args)["id"], args.articulo)
    articulo = (args.articulo or "").strip()
    print(f"La suspensión de un miembro termina sus mandatos ({abreviar(articulo, 200)})." if articulo
          else "La suspensión de un miembro no termina los mandatos (solo la baja los termina).")


def _entidad(args) -> None:
    """--entidad es el nombre de una tabla: un texto con bytes raros o controles no es ninguna."""
    from ..servicios.campos import LARGO_NOMBRE, texto_opcional

    args.entidad = texto_opcional("--entidad", args.entidad, maximo=LARGO_NOMBRE)


def orden_bitacora_listar(args) -> None:
    from ..servicios import bitacora

    _entidad(args)
    for r in bitacora.listar(_base(args), entidad=args.entidad, desde=args.desde, hasta=args.hasta, limite=args.cantidad):
        # La hora local y lo que pasó, como lo diría una persona; con --detalle, también el dato crudo.
        print(f"{r.cuando() or '(sin sellar)':<16}  {r.quien():<20} {r.descripcion}")
        if args.detalle:
            print(f"{'':18}{r.entidad} #{r.entidad_id or ''} · {bitacora.ACCIONES[r.accion].lower()} · "
                  f"{r.momento or '—'} UTC · {'; '.join(r.detalle)[:300]}")


def orden_bitacora_exportar(args) -> None:
    from ..servicios import bitacora

    comprobar_salida(args.archivo, ".xlsx", "la bitácora")
    _entidad(args)
    cantidad = bitacora.exportar(_base(args), args.archivo, entidad=args.entidad, desde=args.desde, hasta=args.hasta)
    print(f"Bitácora exportada a {args.archivo}: {cantidad} cambios.")


def orden_verificar(args) -> int:
    from ..servicios.respaldo import verificar

    db = _base(args)
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


def orden_respaldo_crear(args) -> None:
    from ..servicios.respaldo import crear_respaldo

    if args.destino:
        from ..salida import comprobar_nombre

        comprobar_nombre(args.destino, "el respaldo", "no se creó el respaldo")
    destino = crear_respaldo(_base(args), args.destino, reemplazar=args.reemplazar)
    print(f"Respaldo creado: {destino}")


def _ruta_base(args) -> Path:
    from ..datos.rutas import ruta_base_por_defecto

    return Path(args.db).expanduser() if args.db else ruta_base_por_defecto()


def orden_respaldo_restaurar(args) -> None:
    from ..salida import comprobar_nombre
    from ..servicios.respaldo import restaurar_respaldo

    comprobar_nombre(args.origen, "el respaldo a restaurar", "no se restauró nada")
    anterior = restaurar_respaldo(_ruta_base(args), args.origen, de_otra_base=args.de_otra_base)
    print(f"Base restaurada desde {args.origen}.")
    if anterior:
        print(f"La base anterior quedó guardada en {anterior}")


def orden_respaldo_recuperar(args) -> int:
    from ..errores import ErrorBaseDanada
    from ..servicios.base import abrir_base
    from ..servicios.respaldo import recuperar_base_danada

    ruta = _ruta_base(args)
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
    return 0


_PERTENENCIA = {"propia": "", "antigua": " (sin identidad: anterior a la versión con identidad, por su nombre)",
                "probable": " (por su nombre: la identidad de la base no se pudo leer)"}


def orden_respaldo_listar(args) -> None:
    from ..servicios.respaldo import listar_respaldos

    filas = listar_respaldos(_ruta_base(args))
    if args.json:
        _imprimir_json([{"archivo": str(f["ruta"]), "momento": f["momento"].isoformat(timespec="seconds"),
                         "motivo": f["motivo"], "bytes": f["bytes"], "integro": f["integro"],
                         "de_esta_base": f["pertenencia"] != "ajena", "pertenencia": f["pertenencia"]}
                        for f in filas])
        return
    integridad = {True: "verificado", False: "ALTERADO (no usar)", None: "sin huella"}
    propias = [f for f in filas if f["pertenencia"] != "ajena"]
    ajenas = [f for f in filas if f["pertenencia"] == "ajena"]
    print(f"Respaldos de esta base ({len(propias)}):" if propias else "No hay respaldos de esta base.")
    for f in propias:
        print(f"  {f['momento']:%d/%m/%Y %H:%M}  {f['motivo']:<19} {integridad[f['integro']]:<18} {f['ruta'].name}"
              f"{_PERTENENCIA[f['pertenencia']]}")
    if ajenas:
        print(f"De otra base o sin identificar ({len(ajenas)}; no se usan para recuperar esta base):")
        for f in ajenas:
            print(f"  {f['momento']:%d/%m/%Y %H:%M}  {f['ruta'].name}")


def _orden_de_recuperacion(args) -> str:
    """La orden exacta para recuperar la base de `args` (con su --db si se dio)."""
    if not args.db:
        return "escritorio respaldo recuperar"
    ruta = str(args.db)
    if os.name == "nt":
        ruta = f'"{ruta}"' if " " in ruta else ruta
    else:
        import shlex

        ruta = shlex.quote(ruta)
    return f"escritorio --db {ruta} respaldo recuperar"


def abrir_ventana(args) -> int:
    from ..interfaz.aplicacion import ejecutar

    return ejecutar(args.db)


def principal(argv: list[str] | None = None) -> int:
    for flujo in (sys.stdout, sys.stderr):  # un argumento con bytes que no son texto no rompe la salida al citarlo
        if hasattr(flujo, "reconfigure"):
            flujo.reconfigure(errors="backslashreplace")
    args = construir_analizador().parse_args(argv)
    funcion = getattr(args, "funcion", abrir_ventana)
    try:
        if args.operador is not None:
            from ..datos.bitacora import fijar_operador
            from ..servicios.campos import LARGO_NOMBRE, texto

            fijar_operador(texto("--operador", args.operador, maximo=LARGO_NOMBRE))
        estado = funcion(args)
        return estado if isinstance(estado, int) else 0
    except ErrorEscritorio as error:
        from ..errores import ErrorBaseDanada

        mensaje = error.mensaje
        if isinstance(error, ErrorBaseDanada) and getattr(args, "funcion", None) is not orden_respaldo_recuperar:
            exacta = _orden_de_recuperacion(args)
            generica = "«escritorio respaldo recuperar»"
            mensaje = mensaje.replace(generica, f"«{exacta}»") if generica in mensaje else \
                f"{mensaje}\nPara recuperar la base: «{exacta}»."
        print(mensaje, file=sys.stderr)  # los datos citados ya vienen sin invisibles (entrada.muestra)
        return 1
    except BrokenPipeError:
        # La salida se cortó (por ejemplo `| head`): no es un error del usuario.
        sys.stdout = open(os.devnull, "w")
        return 0
    except KeyboardInterrupt:
        print("Interrumpido: no se modificó nada.", file=sys.stderr)
        return 1
    except OSError as error:  # red de seguridad: un archivo que ninguna orden previó (permiso, disco lleno…)
        from ..registro import registrar_inesperado
        from ..salida import mensaje_de_oserror

        try:
            registrar_inesperado(" ".join(sys.argv))
        except Exception:  # noqa: BLE001 - si el registro tampoco se puede escribir (disco lleno), basta el mensaje
            pass
        print(mensaje_de_oserror(error), file=sys.stderr)
        return 1
    except Exception as error:
        from ..datos.conexion import texto_no_utf8

        traducido = texto_no_utf8(error)  # una consulta que fuera de una transacción leyó bytes de otro programa
        if traducido is not None:
            print(traducido.mensaje, file=sys.stderr)
            return 1
        from ..registro import registrar_inesperado

        ruta = registrar_inesperado(" ".join(sys.argv))
        print(f"Lo sentimos: ocurrió un error inesperado. Los detalles quedaron en {ruta}.", file=sys.stderr)
        return 1
