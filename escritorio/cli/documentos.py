"""Órdenes de los documentos de archivo: «documento verificar» (un PDF o el código de un papel) y
«resoluciones pdf». Analizan, llaman al MISMO servicio que la ventana (servicios/documentos.py) e imprimen.

Códigos de salida de «documento verificar»: 0 auténtico y vigente; 4 auténtico pero reemplazado (acta con fe
de erratas posterior, recibo anulado, estado de cuenta con movimientos posteriores, un padrón o una composición que
cambiaron…); 5 alterado o desconocido; 6 borrador auténtico (un acta en borrador: no es el acta aprobada); 7 un
documento de esta base sin código de verificación (emitido antes de que lo llevara); 8 registrado en esta base, sin
prueba de su fecha (su sello de tiempo es muy posterior); 1 el archivo no se pudo leer (no es un PDF, está dañado) o
la base no se pudo abrir; 2 la orden está mal escrita.
"""

import json
import re
from .argumentos import resolucion as una_resolucion
from ..dominio.referencias import AYUDA_RESOLUCION
from .comun import abrir_base_de, oficina_de, con_asociacion
from ..errores import ErrorEscritorio
from ..salida import comprobar_salida

_AYUDA_VERIFICAR = """\
responde, contra la base de datos (nunca por lo que el archivo dice de sí mismo):
  auténtico y vigente          código de salida 0
  auténtico pero reemplazado   código de salida 4 (fe de erratas, recibo anulado, movimientos posteriores; un
                               padrón, una composición o una convocatoria que cambiaron: dice qué)
  alterado o desconocido       código de salida 5 (código inexistente, de otra base, o texto cambiado)
  borrador auténtico           código de salida 6 (un acta en borrador: no es el acta aprobada)
  de esta base, sin código     código de salida 7 (un PDF de Escritorio de antes de que ese documento
                               llevara código: no se puede comprobar; vuelva a generarlo)
  sin prueba de su fecha       código de salida 8 (registrado en esta base, pero el sello de tiempo que lo cubre es
                               muy posterior a la fecha que la base le da: no prueba que existía entonces)
  1 si el archivo no se puede leer (no es un PDF, está dañado); 2 si la orden está mal escrita.
ejemplos:
  escritorio documento verificar acta.pdf
  escritorio documento verificar --codigo 7K2M-QX4P-9D0B      (el código impreso al pie del papel)
  escritorio documento verificar --codigo https://mercociudades.org/escritorio/verificar/7K2M-QX4P-9D0B.html
                                                  (lo que lee el QR de un papel impreso con dirección pública)
  escritorio documento verificar recibo.pdf --json"""


def agregar_ordenes(ordenes) -> None:
    documento = ordenes.add_parser(
        "documento", help="verificar contra la base cualquier documento que emitió Escritorio",
        description="Documentos de archivo: todo PDF que escribe Escritorio (actas, también en borrador, resoluciones, "
                    "recibos, estados de cuenta, convocatorias, avisos de cobro, padrón, composiciones, organigrama, "
                    "estatuto y reglamentos, resumen de cobranza, informes de unidades, memoria anual) lleva un "
                    "código de verificación y un QR que lo contiene.")
    sub = documento.add_subparsers(dest="accion", title="acciones", metavar="ACCION", required=True)
    verificar = sub.add_parser(
        "verificar", help="dice si un PDF (o el código de un papel) es auténtico y vigente",
        description="Lee el código de verificación del texto y de los metadatos del PDF, lo busca en la base y compara "
                    "el archivo con los emitidos (y con los PDF firmados digitalmente que la base guarda); si no es "
                    "idéntico a ninguno, compara lo que su texto dice con lo que la base registra.",
        epilog=_AYUDA_VERIFICAR)
    verificar.add_argument("archivo", nargs="?", metavar="ARCHIVO.pdf", help="el PDF a verificar")
    verificar.add_argument("--codigo", metavar="XXXX-XXXX-XXXX",
                           help="en vez de un archivo, el código impreso en el papel o lo que lee su QR (el código "
                                "solo o la dirección de su página de verificación, que termina en el código)")
    verificar.add_argument("--json", action="store_true", help="salida en JSON")
    verificar.set_defaults(funcion=orden_verificar)


def agregar_resoluciones_pdf(sub_resoluciones) -> None:
    """«resoluciones pdf N --salida archivo.pdf» (se llama desde sesiones.py, que define «resoluciones»)."""
    pdf = sub_resoluciones.add_parser(
        "pdf", help="una resolución en PDF, con su código de verificación",
        description="Escribe la resolución en PDF/A: la cita, la sesión y su fecha, el punto, el texto, la votación "
                    "con la mayoría que pedía la regla, el acta que la contiene y su código de verificación con un QR. "
                    "N es el número que da «resoluciones listar» (primera columna) o el id de «--json».")
    pdf.add_argument("resolucion", type=una_resolucion, metavar="RESOLUCION", help=AYUDA_RESOLUCION)
    pdf.add_argument("--salida", required=True, metavar="ARCHIVO.pdf", help="dónde guardar el PDF")
    pdf.add_argument("--reemplazar", action="store_true", help="si ARCHIVO.pdf ya existe, lo reemplaza")
    pdf.set_defaults(funcion=orden_resolucion_pdf)
    con_asociacion(pdf)


def es_direccion_web(texto: str | None) -> bool:
    return bool(texto) and re.match(r"https?://", texto, re.IGNORECASE) is not None


def orden_verificar(args) -> int:
    from ..servicios.verificar_documento import verificar_archivo, verificar_codigo

    if (args.archivo is None) == (args.codigo is None):
        raise ErrorEscritorio("Indique el PDF a verificar («escritorio documento verificar acta.pdf») o el código del "
                              "papel («escritorio documento verificar --codigo 7K2M-QX4P-9D0B»), uno de los dos.")
    # La dirección que lee el QR de un papel impreso con dirección pública, escrita en lugar del archivo: su código.
    codigo = args.codigo if args.codigo is not None or not es_direccion_web(args.archivo) else args.archivo
    db = abrir_base_de(args)
    resultado = verificar_codigo(db, codigo) if codigo is not None else verificar_archivo(db, args.archivo)
    if args.json:
        print(json.dumps(resultado.como_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(resultado.lineas()))
    return resultado.salida


def orden_resolucion_pdf(args) -> None:
    from ..servicios.documentos import imprimir_resolucion

    comprobar_salida(args.salida, ".pdf", "la resolución", reemplazar=args.reemplazar)
    oficina = oficina_de(args)
    paginas = imprimir_resolucion(oficina.contexto, args.resolucion, args.salida)
    print(f"Resolución guardada en {args.salida} ({paginas} página{'s' if paginas != 1 else ''}).")
