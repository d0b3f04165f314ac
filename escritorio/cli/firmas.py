"""Órdenes de la firma digital (se registran desde cli/__init__.py): firmar un acta aprobada o una resolución con un
certificado .p12/.pfx, verificar las firmas de un PDF, listar y exportar los PDF firmados. Nunca importa Qt.

La contraseña del certificado nunca va en la línea de órdenes (quedaría en el historial): se pide sin mostrarla,
o se lee de la variable ESCRITORIO_CONTRASENA_CERTIFICADO o de un archivo (--contrasena-archivo), para scripts.

Estados de salida de «firma verificar» (como «documento verificar»): 0 todas las firmas íntegras y su certificado
validado contra una autoridad de confianza; 4 todas íntegras, pero algún certificado no se pudo validar
(autofirmado o de una autoridad que no se indicó con --confianza); 5 alguna firma alterada, o el archivo se
modificó después de firmarlo; 1 el archivo no existe, no es un PDF o no tiene firmas.
"""

import json
import os
import sys
from datetime import datetime
from pathlib import Path
from .argumentos import identificador
from .argumentos import resolucion as una_resolucion
from ..dominio.referencias import AYUDA_RESOLUCION
from .comun import SALIDA_GUARDADO_SIN_ARCHIVO, oficina_de, con_asociacion, orden_exacta
from ..errores import ErrorEscritorio
from ..dominio import formato

VARIABLE_CONTRASENA = "ESCRITORIO_CONTRASENA_CERTIFICADO"
SALIDA_INTEGRA_SIN_CONFIANZA = 4
SALIDA_ALTERADA = 5

_EJEMPLOS = f"""\
ejemplos:
  escritorio firma acta 5 --certificado secretaria.p12          pide la contraseña sin mostrarla
  escritorio firma acta 5 --certificado presidencia.pfx          segunda firma, sobre la primera
  escritorio firma acta 5 --certificado s.p12 --nivel B-LT --sello-tiempo URL
                                 a largo plazo: con conexión busca la cadena y la revocación solo
  escritorio firma acta 5 --certificado s.p12 --nivel B-LT --cadena raiz.crt --cadena intermedia.crt \
                          --crl autoridad.crl                    a largo plazo sin conexión
  escritorio firma resolucion 3 --certificado s.p12 --nivel B-LTA --sello-tiempo URL
  escritorio firma verificar acta-firmada.pdf
  escritorio firma verificar acta-firmada.pdf --confianza raices/   con los certificados raíz de su país
  escritorio firma listar
  escritorio firma exportar 2 --salida acta-firmada.pdf

La contraseña se pide sin mostrarla; para scripts, en la variable {VARIABLE_CONTRASENA} o en un
archivo (--contrasena-archivo). Sin conexión: no se usa ningún servidor salvo --sello-tiempo URL, o en
B-LT/B-LTA sin --crl (se buscan los datos de revocación en las direcciones que dicen los certificados).
Niveles (--nivel): B-B la firma sola (por omisión); B-T con sello de tiempo (--sello-tiempo, por omisión si se
da); B-LT además la cadena y los datos de revocación en el PDF, para validarla a largo plazo sin conexión (con
conexión se buscan; sin ella, --cadena y --crl con los archivos de su autoridad); B-LTA además un sello de
tiempo del documento (necesita --sello-tiempo).
Estados de salida de «firma verificar»: 0 íntegras y de confianza; 4 íntegras, certificado sin validar
contra una autoridad de confianza; 5 alterada o modificada después de firmar; 1 sin firmas o no es un PDF.
"""


def agregar_ordenes(ordenes) -> None:
    firma = ordenes.add_parser(
        "firma", help="firma digital (.p12/.pfx) de actas y resoluciones: firmar, verificar, listar, exportar",
        description="Firma digital PAdES de un acta aprobada o una resolución con el certificado de quien firma "
                    "(.p12/.pfx), sin conexión; verificación de las firmas de cualquier PDF.", epilog=_EJEMPLOS)
    sub = firma.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    acta = sub.add_parser("acta", help="firma el acta aprobada de una sesión",
                          description="Firma digitalmente el acta aprobada de una sesión. La primera firma la deja "
                                      "«firmada»; una firma siguiente se agrega sobre el último PDF firmado.",
                          epilog=_EJEMPLOS)
    acta.add_argument("sesion", type=identificador, metavar="SESION", help="número de sesión («sesiones listar»)")
    resolucion = sub.add_parser("resolucion", help="firma una resolución",
                                description="Firma digitalmente una resolución; una firma siguiente se agrega sobre "
                                            "el último PDF firmado.", epilog=_EJEMPLOS)
    resolucion.add_argument("resolucion", type=una_resolucion, metavar="RESOLUCION", help=AYUDA_RESOLUCION)
    for parser in (acta, resolucion):
        parser.add_argument("--certificado", required=True, metavar="ARCHIVO.p12",
                            help="el certificado de quien firma, con su clave privada (.p12 o .pfx)")
        parser.add_argument("--contrasena-archivo", metavar="ARCHIVO",
                            help=f"lee la contraseña de este archivo (si no, de {VARIABLE_CONTRASENA} o se pregunta)")
        parser.add_argument("--motivo", help="motivo de la firma (por defecto, «Firma del acta …»)")
        parser.add_argument("--lugar", help="lugar de la firma, por ejemplo Montevideo")
        parser.add_argument("--sello-tiempo", metavar="URL",
                            help="servidor de sello de tiempo (RFC 3161) que certifica la hora; sin esta opción no "
                                 "se usa la red (salvo B-LT sin --crl)")
        parser.add_argument("--nivel", metavar="NIVEL",
                            help="nivel PAdES: B-B (por omisión), B-T (con sello de tiempo), B-LT (y datos de "
                                 "validación a largo plazo) o B-LTA (y sello del documento)")
        parser.add_argument("--cadena", metavar="ARCHIVO", action="append", default=[],
                            help="B-LT/B-LTA: certificados de la cadena (intermedio, raíz: .crt, .cer, .pem) que no "
                                 "vienen en el .p12; se repite para varios, o una carpeta")
        parser.add_argument("--crl", metavar="ARCHIVO", action="append", default=[],
                            help="B-LT/B-LTA sin conexión: la lista de revocación (.crl) de cada autoridad de la "
                                 "cadena; con --crl no se usa la red para la revocación")
        parser.add_argument("--salida", metavar="ARCHIVO.pdf", help="además, guarda el PDF firmado en este archivo")
        parser.add_argument("--reemplazar", action="store_true", help="con --salida, reemplaza el archivo si existe")
        parser.add_argument("--json", action="store_true", help="salida en JSON")
        con_asociacion(parser)
    acta.set_defaults(funcion=orden_firmar, tipo="acta")
    resolucion.set_defaults(funcion=orden_firmar, tipo="resolucion")

    verificar = sub.add_parser(
        "verificar", help="verifica las firmas de un PDF (o de uno guardado)",
        description="Verifica cada firma digital de un PDF sin conexión: quién firmó, cuándo, si el documento cambió "
                    "desde la firma y si el certificado se valida contra una autoridad de confianza (solo las que "
                    "se indiquen con --confianza). Estados de salida: 0 íntegras y de confianza; 4 íntegras, pero "
                    "algún certificado no se pudo validar contra una autoridad de confianza; 5 alguna firma alterada "
                    "o el archivo se modificó después de firmarlo; 1 el archivo no existe, no es un PDF o no tiene "
                    "firmas.")
    verificar.add_argument("archivo", nargs="?", metavar="ARCHIVO.pdf", help="el PDF firmado")
    verificar.add_argument("--guardada", type=identificador, metavar="ID",
                           help="en lugar de un archivo, el PDF firmado guardado con ese número («firma listar»)")
    verificar.add_argument("--confianza", metavar="RUTA",
                           help="certificados raíz de confianza: un archivo .pem/.crt/.cer/.der o una carpeta con ellos")
    verificar.add_argument("--json", action="store_true", help="salida en JSON")
    con_asociacion(verificar)
    verificar.set_defaults(funcion=orden_verificar)

    listar = sub.add_parser("listar", help="lista los PDF firmados guardados",
                            description="Los PDF firmados guardados, de actas y resoluciones, con su número.")
    listar.add_argument("--json", action="store_true", help="salida en JSON")
    con_asociacion(listar)
    listar.set_defaults(funcion=orden_listar)

    exportar = sub.add_parser("exportar", help="guarda en un archivo un PDF firmado guardado",
                              description="Escribe el PDF firmado guardado con ese número. Nunca pisa un archivo "
                                          "existente salvo --reemplazar.")
    exportar.add_argument("firma", type=identificador, metavar="ID", help="número de la firma («firma listar»)")
    exportar.add_argument("--salida", required=True, metavar="ARCHIVO.pdf", help="el archivo a escribir")
    exportar.add_argument("--reemplazar", action="store_true", help="reemplaza el archivo si ya existe")
    con_asociacion(exportar)
    exportar.set_defaults(funcion=orden_exportar)


def _hora(iso: str | None) -> str:
    if not iso:
        return "sin fecha"
    try:
        return formato.fecha_y_hora(datetime.fromisoformat(iso).astimezone())
    except ValueError:
        return iso


def _contrasena(args, certificado: Path) -> str:
    """La contraseña del certificado: de --contrasena-archivo, de la variable de entorno o preguntada."""
    if args.contrasena_archivo:
        ruta = Path(args.contrasena_archivo)
        try:
            texto = ruta.read_bytes().decode("utf-8-sig")
        except FileNotFoundError:
            raise ErrorEscritorio(f"No existe el archivo de la contraseña {ruta}. No se firmó nada.") from None
        except (OSError, UnicodeDecodeError):
            raise ErrorEscritorio(f"No se puede leer la contraseña de {ruta} (debe ser un texto UTF-8). "
                                  "No se firmó nada.") from None
        return texto.removesuffix("\n").removesuffix("\r")
    if VARIABLE_CONTRASENA in os.environ:
        return os.environ[VARIABLE_CONTRASENA]
    try:
        hay_consola = sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError):
        hay_consola = False
    if not hay_consola:
        raise ErrorEscritorio(
            f"Falta la contraseña del certificado {certificado.name}: no hay una consola donde preguntarla. Désela en "
            f"la variable {VARIABLE_CONTRASENA} o en un archivo con --contrasena-archivo (nunca en la línea de "
            "órdenes). No se firmó nada.")
    import getpass

    try:
        return getpass.getpass(f"Contraseña del certificado {certificado.name} (no se muestra): ")
    except EOFError:
        raise ErrorEscritorio("No se escribió la contraseña del certificado. No se firmó nada.") from None


def orden_firmar(args) -> int:
    from ..salida import comprobar_salida
    from ..servicios.firmas import (cargar_certificado, documento_a_firmar, exportar_firma, firmar_acta_digitalmente,
                                   firmar_resolucion_digitalmente, pedir_nivel, texto_del_nivel)

    if args.salida:
        comprobar_salida(args.salida, ".pdf", "el PDF firmado", reemplazar=args.reemplazar, sin_hacer="no se firmó nada")
    oficina = oficina_de(args)
    referencia = args.sesion if args.tipo == "acta" else args.resolucion
    # Antes de pedir la contraseña: un acta en borrador, una resolución que no existe o un nivel al que le falta
    # algo se rechazan ya.
    contexto = oficina.contexto
    documento_a_firmar(contexto, args.tipo, referencia)
    archivos = args.cadena + args.crl
    pedir_nivel(args.nivel, args.sello_tiempo, archivos)
    ruta = Path(args.certificado)
    certificado = cargar_certificado(ruta, _contrasena(args, ruta))
    firmar = firmar_acta_digitalmente if args.tipo == "acta" else firmar_resolucion_digitalmente
    firma = firmar(contexto, referencia, certificado, motivo=args.motivo, lugar=args.lugar,
                   sello_tiempo=args.sello_tiempo, nivel=args.nivel, archivos_de_validacion=archivos)
    escrito, problema = None, None
    if args.salida:
        try:
            escrito = exportar_firma(contexto, firma.id, args.salida, reemplazar=args.reemplazar)
        except ErrorEscritorio as error:
            problema = error.mensaje
    if args.json:
        print(json.dumps({"id": firma.id, "tipo": firma.tipo, "referencia": firma.referencia,
                          "documento": firma.documento, "firmante": firma.firmante, "firmado_en": firma.firmado_en,
                          "sha256": firma.sha256, "numero_de_firma": firma.numero_de_firma, "nivel": firma.nivel,
                          "largo_plazo": firma.largo_plazo, "linea": firma.linea,
                          "archivo": str(escrito) if escrito else None}, ensure_ascii=False, indent=2))
    else:
        print(f"Firmado digitalmente: {firma.documento}, por {firma.firmante} el {_hora(firma.firmado_en)} "
              f"(firma n.º {firma.numero_de_firma} del documento). PDF firmado guardado con el número {firma.id}.")
        print(f"Se ve sobre la línea de firma de {firma.linea}." if firma.linea else
              "La firma no se ve en la página: el PDF no tiene una línea de firma libre con el nombre del "
              "certificado (vale igual; la muestra cualquier lector de PDF).")
        print(texto_del_nivel(firma))
        if escrito:
            print(f"PDF firmado escrito en {escrito}.")
        elif not args.salida:
            print(f"Para obtenerlo: «{orden_exacta(args, 'firma', 'exportar', firma.id, '--salida', 'firmado.pdf')}».")
    if problema:
        print(f"La firma SÍ quedó guardada (número {firma.id}), pero no se escribió el archivo: {problema}\n"
              f"Para escribirlo (no repita la firma): «{orden_exacta(args, 'firma', 'exportar', firma.id, '--salida', 'OTRO.pdf')}».",
              file=sys.stderr)
        return SALIDA_GUARDADO_SIN_ARCHIVO
    return 0


def _texto_verificacion(v) -> str:
    from ..dominio.entrada import muestra

    lineas = [muestra(v.archivo, 120)]
    if v.problema:
        lineas.append(f"  ✗ {v.problema[:1].upper()}{v.problema[1:]}.")
        return "\n".join(lineas)
    for i, f in enumerate(v.firmas, 1):
        marca = "✓" if f.integra and f.confiable else "•" if f.integra else "✗"
        lineas.append(f"  {marca} Firma {i} de {len(v.firmas)}: {f.resumen()}")
        lineas.append(f"      Firmante: {f.firmante}" + (f" (emitido por {f.emisor})" if f.emisor and f.emisor != f.firmante else ""))
        lineas.append(f"      Fecha: {_hora(f.firmado_en)}" + (" (sello de tiempo)" if f.con_sello_de_tiempo else
                                                               " (la que declara quien firmó; sin sello de tiempo)"))
        if f.motivo or f.lugar:
            lineas.append("      " + "; ".join(x for x in (f"Motivo: {f.motivo}" if f.motivo else "",
                                                             f"Lugar: {f.lugar}" if f.lugar else "") if x))
        lineas.append(f"      Integridad: {f.detalle_integridad}")
        lineas.append(f"      Confianza: {f.detalle_confianza}")
        lineas.append(f"      Nivel: {f.nivel} — {f.detalle_largo_plazo}" if f.detalle_largo_plazo else
                      f"      Nivel: {f.nivel}")
    for s in v.sellos:
        lineas.append(f"  {'✓' if s.integro else '✗'} Sello de tiempo del documento (B-LTA): {_hora(s.sellado_en)}, "
                      f"de {s.autoridad or 'un servidor desconocido'}; {s.detalle}")
    return "\n".join(lineas)


def _conclusion(v) -> str:
    if v.problema:
        from ..dominio.entrada import muestra

        return f"{muestra(v.archivo, 120)}: {v.problema}; no hay firmas que verificar."
    if not v.integras:
        return "Resultado: el documento NO es el que se firmó (o se modificó después): no lo dé por bueno."
    if v.confiables:
        return "Resultado: todas las firmas son íntegras y de certificados de confianza."
    return ("Resultado: firmas íntegras (el documento no cambió desde que se firmó), pero el certificado no se pudo "
            "validar contra una autoridad de confianza: confirme que el certificado es de quien dice (o indique los "
            "certificados raíz de su autoridad con --confianza).")


def orden_verificar(args) -> int:
    from ..servicios.firmas import verificar_archivo, verificar_firma_guardada

    if (args.archivo is None) == (args.guardada is None):
        raise ErrorEscritorio("Indique qué verificar: un archivo PDF («escritorio firma verificar ARCHIVO.pdf») o un "
                              "PDF firmado guardado («escritorio firma verificar --guardada ID»), uno de los dos.")
    if args.guardada is not None:
        oficina = oficina_de(args)
        resultado = verificar_firma_guardada(oficina.contexto, args.guardada, args.confianza)
    else:
        resultado = verificar_archivo(args.archivo, args.confianza)
    if args.json:
        print(json.dumps(resultado.a_dict(), ensure_ascii=False, indent=2))
    elif not resultado.problema:
        print(_texto_verificacion(resultado))
    # La conclusión: en la salida si todo está bien (con --json, la salida es solo el JSON); si no, en la de
    # errores, como todo estado distinto de 0.
    if not resultado.confiables:
        print(_conclusion(resultado), file=sys.stderr)
    elif not args.json:
        print(_conclusion(resultado))
    if resultado.problema:
        return 1
    if not resultado.integras:
        return SALIDA_ALTERADA
    return 0 if resultado.confiables else SALIDA_INTEGRA_SIN_CONFIANZA


def orden_listar(args) -> None:
    from ..dominio.tamano import tamano_legible
    from ..servicios.firmas import listar_firmas

    oficina = oficina_de(args)
    filas = listar_firmas(oficina.contexto)
    if args.json:
        print(json.dumps(filas, ensure_ascii=False, indent=2))
        return
    if not filas:
        print("No hay PDF firmados digitalmente. Se firma con «escritorio firma acta SESION --certificado ARCHIVO.p12».")
        return
    for f in filas:
        print(f"{f['id']:>4}  {_hora(f['firmado_en'])}  {f['documento']} — firma n.º {f['numero_de_firma']}: "
              f"{f['firmante']}  ({tamano_legible(f['bytes'])})")
    print(f"{len(filas)} {'firma' if len(filas) == 1 else 'firmas'}. El PDF con todas las firmas de un documento es "
          "el de número más alto.")


def orden_exportar(args) -> None:
    from ..servicios.firmas import exportar_firma

    oficina = oficina_de(args)
    destino = exportar_firma(oficina.contexto, args.firma, args.salida, reemplazar=args.reemplazar)
    print(f"PDF firmado n.º {args.firma} guardado en {destino}.")
