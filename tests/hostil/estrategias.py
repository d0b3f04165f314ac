"""Estrategias de Hypothesis: valores hostiles (y algunos válidos) para cada clase de hueco de la CLI y para
las celdas de una planilla.

Cada clase de hueco («fecha», «monto», «moneda», «salida_pdf»…) tiene dos estrategias: `validos(clase)`
(lo que un usuario cuidadoso escribiría, para que a veces la orden llegue a escribir en la base) y
`hostiles(clase)` (lo que llega de verdad: Unicode al azar con caracteres de control y marcas bidi, bytes
que no son UTF-8, textos enormes, números enormes, negativos o con exponente, cifras árabes-índicas,
fechas imposibles, un texto donde va un número, ids que no existen, rutas malas).

Los archivos (planillas, normas, respaldos, destinos) se describen con un «plan» (una tupla) que la prueba
convierte en un archivo real con `materializar_*`: así Hypothesis puede achicar el ejemplo y el caso mínimo
se lee en el informe.
"""

import io
import os
import zipfile

from ayudas import pdf_de_prueba
from hypothesis import strategies as st

# --- caracteres ---------------------------------------------------------------------------------------

# Sin NUL en los argumentos: el sistema operativo no deja pasar un NUL en la línea de órdenes (execve corta
# ahí), así que ningún usuario puede escribirlo. En las celdas de una planilla sí (ver `celda_hostil`).
CONTROL = [chr(c) for c in range(1, 32)] + ["\x7f", "\x85", "\x9b"]
BIDI = ["\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u202a", "\u202b", "\u202c", "\u202d",
        "\u200e", "\u200f", "\ufeff", "\u061c"]
# Bytes que no son UTF-8, como llegan a Python en Linux (os.fsdecode(b"\xff") == "\udcff").
SUSTITUTOS = [os.fsdecode(bytes([b])) for b in (0x80, 0x92, 0xc3, 0xe9, 0xf1, 0xfe, 0xff)]
RAROS = ["\ufffe", "\uffff", "\ue000", "\U000f0000", "\u2028", "\u2029", "\u00a0", "\u3000", "\u200b",
         "e\u0301", "\u0301", "ß", "İ", "ﬁ", "Ⅻ", "½", "²", "٣", "١٢٣", "۴", "߂", "𝟙", "ＵＳＤ", "🇦🇷", "👍🏽",
         "\U0001F600", "Ω", "Å", "\u1e9e", "\"", "'", "`", "\\", "/", "..", "%s", "%(x)s", "{0}", "{}", ";", ",",
         "=", "--", "-", "*", "?", "$HOME", "~", "<b>", "&amp;", "=1+1", "@SUM(A1)", "\t", " "]
ESPECIALES = CONTROL + BIDI + SUSTITUTOS + RAROS

_letras = st.characters(exclude_characters="\x00", exclude_categories=("Cs",))
_pedazo = st.one_of(st.sampled_from(ESPECIALES), st.text(_letras, min_size=1, max_size=6),
                    st.sampled_from(["Rosario", "Bahía Blanca", "São Paulo", "Ñuñoa", "Consejo", "RCS"]))


def texto_hostil(*, nul: bool = False) -> st.SearchStrategy[str]:
    """Un texto que un usuario (o una planilla) podría mandar: casi cualquier cosa."""
    base = st.one_of(
        st.lists(_pedazo, min_size=1, max_size=6).map("".join),
        st.text(_letras, max_size=30),
        st.sampled_from(["", " ", "  ", "\t", "\n", "-", "--", "—", "0", "None", "null", "NaN"]),
        st.builds(lambda c, n: c * n, st.sampled_from(["a", "á", "\u202e", "9", " ", "ñ" + SUSTITUTOS[-1]]),
                  st.sampled_from([201, 501, 5_000, 100_000])),
    )
    if nul:
        base = st.one_of(base, st.lists(st.one_of(_pedazo, st.just("\x00")), min_size=1, max_size=5).map("".join))
    return base


# --- números, fechas, monedas -------------------------------------------------------------------------

NUMEROS_RAROS = ["0", "-0", "-5", "-1", "99999", "1e308", "1e400", "-1e400", "1e-400", "4.9e-324",
                 "1.7976931348623157e308", "nan", "NaN", "-nan", "inf", "-inf", "Infinity", "1_000", "0x10",
                 "0b11", "1,5", "1.5", "2.5e3", "9" * 25, "-" + "9" * 25, "1" + "0" * 24 + ".01", "١٢٣",
                 "٢٠٢٥", "۲۰۲۵", "²", "½", "+5", " 5 ", "5\u00a0", "0005", "５", "1.000.000", "1'000",
                 "250,00", "250.00.00", "12abc", "abc", "", " ", "1/2", "−5", "2**64", str(2 ** 63), str(2 ** 64)]


def numero_hostil() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(NUMEROS_RAROS),
        st.integers(-(10 ** 30), 10 ** 30).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.decimals(allow_nan=False, allow_infinity=False).map(str),
        texto_hostil(),
    )


FECHAS_RARAS = ["0001-01-01", "9999-12-31", "2025-02-30", "2025-13-01", "2025-00-10", "2025-04-31",
                "1899-12-31", "1800-01-01", "1900-01-01", "2024-02-29", "2025-02-29", "2100-01-01",
                "20250101", "2025-W01-1", "2025-001", "25-01-01", "2025-1-1", "2025-01-01T00:00",
                "٢٠٢٥-٠١-٠١", "+2025-01-01", "-2025-01-01", "2025−01−01", "10000-01-01", "31/12/2025",
                "2025-06-30\u202e", "hoy", "", "0000-00-00"]


def fecha_hostil() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(FECHAS_RARAS), st.dates().map(lambda d: d.isoformat()), texto_hostil())


MONEDAS_RARAS = ["usd", "Usd", "XYZ", "A B", "dólares", "XXX", "XTS", "XAU", "VEF", "ARA", "US$", "$", "",
                 "US", "USDD", "U\u202eSD", "ＵＳＤ", "ÅÅÅ", "123", "EUR ", " ARS", "U\tS"]
MMDD_RAROS = ["02-29", "02-30", "13-01", "00-00", "1-1", "31-12", "99-99", "04-31", "0101", "01/01", "١٢-٣١",
              "-01-01", "01-01-01", ""]
FRACCIONES_RARAS = ["0/0", "1/0", "0/2", "3/2", "-1/2", "1/-2", "1e400/2", "1/2+2", "1/2-1", "½", "٢/٣",
                    "99999999999999999999999/2", "1//2", "/", "1/2+", "2/2+1", ""]


def tramos_hostiles() -> st.SearchStrategy[str]:
    par = st.tuples(numero_hostil(), numero_hostil()).map(lambda p: f"{p[0]}:{p[1]}")
    return st.one_of(
        st.sampled_from(["0:1e400", "0:1e308", "0:-5", "0:nan", "0:inf", "-1:100", "0:100,0:200", "100:5,0:10",
                         "0:" + "9" * 25, "0:100;5:6", "", "0", "a:b", "0:١٠٠", "0:100,", ":", "0:0.001",
                         "0:1,5", "0:0", "5:100", "0:100,100:100", ",".join(f"{i}:{i + 1}" for i in range(2000))]),
        st.lists(par, min_size=1, max_size=4).map(",".join),
        texto_hostil(),
    )


# --- archivos (planes que la prueba convierte en rutas reales) ----------------------------------------

def plan_salida() -> st.SearchStrategy[tuple]:
    """Un destino de salida. La extensión la pone la prueba según la orden (.pdf o .xlsx)."""
    return st.one_of(
        st.just(("valida", "salida")),
        st.sampled_from([("sin_carpeta",), ("solo_lectura",), ("es_carpeta",), ("padre_es_archivo",),
                         ("otra_extension", ".txt"), ("otra_extension", ""), ("otra_extension", ".PDF.bak"),
                         ("mayusculas",), ("existe",), ("vacio",)]),
        st.tuples(st.just("valida"), texto_hostil()),
        st.tuples(st.just("crudo"), texto_hostil()),
    )


def plan_padron() -> st.SearchStrategy[tuple]:
    """Un archivo para «miembros importar»."""
    return st.one_of(
        st.just(("csv", (("Nueva Ciudad Fuzz", "AR", "1000"),))),
        st.tuples(st.just("csv"), st.lists(st.tuples(celda_hostil(), celda_hostil(), celda_hostil()),
                                           min_size=1, max_size=3).map(tuple)),
        st.tuples(st.just("xlsx"), st.lists(st.tuples(celda_hostil(), celda_hostil(), celda_hostil()),
                                            min_size=1, max_size=3).map(tuple)),
        st.tuples(st.just("bytes"), st.sampled_from([".csv", ".xlsx", ".txt", ""]), st.binary(max_size=300)),
        st.sampled_from([("no_existe",), ("carpeta",), ("vacio",), ("zip_roto",), ("xml_roto",)]),
        st.tuples(st.just("crudo"), texto_hostil()),
    )


def plan_norma() -> st.SearchStrategy[tuple]:
    """Un archivo para «estatutos cargar»."""
    return st.one_of(
        st.just(("texto", "Artículo 1\nLa red se llama Fuzz.\nArtículo 2\nSede rotativa.\n", "utf-8")),
        st.tuples(st.just("texto"),
                  st.lists(st.one_of(st.just("Artículo 1"), st.just("Artículo 1"), texto_hostil(nul=True)),
                           max_size=6).map("\n".join),
                  st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"])),
        st.tuples(st.just("bytes"), st.binary(max_size=400)),
        st.sampled_from([("no_existe",), ("carpeta",), ("vacio",), ("zip_roto",), ("binario_grande",)]),
        st.tuples(st.just("crudo"), texto_hostil()),
    )


PDF_VALIDO = pdf_de_prueba("Convenio firmado (fuzzer)")


def plan_pdf() -> st.SearchStrategy[tuple]:
    """Un archivo para «convenios adjuntar»: el PDF firmado, o algo que no lo es."""
    return st.one_of(
        st.just(("bytes", PDF_VALIDO)),
        st.tuples(st.just("bytes"), st.binary(max_size=400)),
        st.tuples(st.just("bytes"), st.sampled_from([PDF_VALIDO[:200], b"%PDF-1.4\n%%EOF", b"%PDF-" + bytes(300),
                                                     PDF_VALIDO.replace(b"/Type /Page", b"/Type /Pagina")])),
        st.sampled_from([("no_existe",), ("carpeta",), ("vacio",), ("binario_grande",)]),
        st.tuples(st.just("crudo"), texto_hostil()),
    )


# Un extracto bancario de la red de ejemplo: Rosario (id 3) por su referencia de pago, una comisión, algo de nadie.
ENCABEZADOS_EXTRACTO = ("Fecha", "Concepto", "Importe", "Moneda")
EXTRACTO_VALIDO = ("extracto_csv", (("01/03/2026", "TRANSF RCS-0003-4 CUOTA", "150,00", "USD"),
                                    ("02/03/2026", "COMISION", "-12,50", "USD"),
                                    ("03/03/2026", "INTERESES", "3,10", "USD")), ";", "utf-8")


def plan_extracto() -> st.SearchStrategy[tuple]:
    """Un archivo para «pagos importar»: el extracto válido, uno con celdas hostiles (en .csv de cualquier separador y
    codificación, o en .xlsx), bytes al azar, un zip roto o cualquier otra ruta."""
    fila = st.tuples(st.one_of(celda_hostil(), st.sampled_from(["01/03/2026", "2026-03-02", "31/02/2026", "03/25/2026"])),
                     st.one_of(celda_hostil(), st.sampled_from(["TRANSF RCS-0003-4", "PAGO ROSARIO", "Montevideo"])),
                     st.one_of(celda_hostil(), st.sampled_from(["150,00", "-12,50", "1.234,56", "1,234.56", "(5)"])),
                     st.one_of(celda_hostil(), st.sampled_from(["USD", "$", "US$", "ARS", "XYZ", ""])))
    return st.one_of(
        st.just(EXTRACTO_VALIDO),
        st.tuples(st.just("extracto_csv"), st.lists(fila, min_size=1, max_size=4).map(tuple),
                  st.sampled_from([";", ",", "\t", "|"]),
                  st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16", "latin-1"])),
        st.tuples(st.just("extracto_xlsx"), st.lists(fila, min_size=1, max_size=4).map(tuple), st.just(";"),
                  st.just("utf-8")),
        st.tuples(st.just("bytes"), st.sampled_from([".csv", ".xlsx", ".txt", ""]), st.binary(max_size=300)),
        st.sampled_from([("no_existe",), ("carpeta",), ("vacio",), ("zip_roto",), ("xml_roto",)]),
        st.tuples(st.just("crudo"), texto_hostil()),
    )


def escribir_extracto(destino, en_xlsx: bool, filas, separador: str, codificacion: str):
    """El extracto en disco: unas líneas del banco arriba, los encabezados y las filas; devuelve la ruta."""
    if en_xlsx:
        destino = destino.with_suffix(".xlsx")
        escribir_xlsx_crudo(destino, [list(f) for f in filas], ENCABEZADOS_EXTRACTO)
        return destino

    def celda(valor) -> str:
        texto = "" if valor is None else str(valor)
        if any(c in texto for c in ";,\t|\"\r\n"):
            texto = '"' + texto.replace('"', '""') + '"'
        return texto

    lineas = ["Banco del fuzzer", separador.join(ENCABEZADOS_EXTRACTO)] + [separador.join(celda(c) for c in f)
                                                                          for f in filas]
    texto = "\r\n".join(lineas) + "\r\n"
    destino.write_bytes(texto.encode(codificacion, "surrogateescape") if codificacion.startswith("utf-8")
                        else texto.encode(codificacion, "replace"))
    return destino


def plan_respaldo_origen() -> st.SearchStrategy[tuple]:
    return st.one_of(
        st.sampled_from([("copia_de_la_base",), ("no_existe",), ("carpeta",), ("vacio",), ("la_misma",),
                         ("zip_roto",)]),
        st.tuples(st.just("bytes"), st.binary(max_size=200)),
        st.tuples(st.just("crudo"), texto_hostil()),
    )


def plan_respaldo_destino() -> st.SearchStrategy[tuple]:
    return st.one_of(
        st.sampled_from([("omitir",), ("carpeta_existente",), ("archivo_nuevo",), ("existe",), ("sin_carpeta",),
                         ("solo_lectura",), ("la_misma",)]),
        st.tuples(st.just("crudo"), texto_hostil()),
    )


def plan_db() -> st.SearchStrategy[tuple]:
    """--db: casi siempre la copia de la demo; a veces una ruta mala."""
    return st.sampled_from([("copia",), ("no_existe",), ("carpeta",), ("vacio",), ("basura",), ("solo_lectura",),
                            ("texto",)])


# --- celdas de planilla -------------------------------------------------------------------------------

def celda_hostil() -> st.SearchStrategy:
    """Lo que puede traer una celda: texto con NUL y controles, números enormes, fechas raras, None."""
    return st.one_of(
        texto_hostil(nul=True),
        numero_hostil(),
        fecha_hostil(),
        st.sampled_from(["Rosario", "Argentina", "AR", "UY", "BR", "1000", "1.276.000", "Bahía Blanca",
                         "BahÃ\xada Blanca", "XX", "Atlantis", "MX", "ES", "México", "US", "١٢٣٤", "1e400",
                         "-1000", "0001-01-01", "9999-12-31"]),
        st.integers(-(10 ** 20), 10 ** 20),
        st.floats(allow_nan=True, allow_infinity=True),
        st.none(),
    )


def escribir_zip_roto(ruta) -> None:
    """Empieza como zip (firma PK) pero está cortado: así queda un .xlsx que se cortó al copiarlo."""
    memoria = io.BytesIO()
    with zipfile.ZipFile(memoria, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>" * 50)
    ruta.write_bytes(memoria.getvalue()[:60])


def escribir_xlsx_xml_roto(ruta, filas=(("Rosario", "AR", "1000"),)) -> None:
    """Un .xlsx válido como zip, con el XML de la hoja cortado a la mitad."""
    memoria = io.BytesIO()
    escribir_xlsx_crudo(memoria, filas)
    memoria.seek(0)
    with zipfile.ZipFile(memoria) as original, zipfile.ZipFile(ruta, "w") as roto:
        for item in original.infolist():
            datos = original.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                datos = datos[: len(datos) // 2]
            roto.writestr(item, datos)


def _xml(texto: str) -> str:
    """Texto para una celda de XML como lo guarda Excel: los caracteres de control van como _xHHHH_."""
    from xml.sax.saxutils import escape

    return "".join(f"_x{ord(c):04X}_" if (ord(c) < 32 and c not in "\t\n\r") or c in "\ufffe\uffff" else c
                   for c in escape(texto))


def escribir_xlsx_crudo(ruta, filas, encabezados=("Nombre", "País", "Población")) -> None:
    """Un .xlsx escrito a mano (como lo dejaría otro programa): celdas de texto en línea con lo que traigan
    (controles como _xHHHH_, sustitutos como bytes sueltos), números tal cual (también NaN o 1e400)."""
    import math

    def celda(columna: int, fila: int, valor) -> str:
        ref = f"{'ABCDEFGHIJ'[columna]}{fila}"
        if valor is None:
            return ""
        if isinstance(valor, (int, float)) and not isinstance(valor, bool):
            texto = repr(valor) if not (isinstance(valor, float) and math.isinf(valor)) else ("1e400" if valor > 0 else "-1e400")
            return f'<c r="{ref}"><v>{texto}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_xml(str(valor))}</t></is></c>'

    todas = [encabezados, *filas]
    hoja = "".join(f'<row r="{n}">' + "".join(celda(c, n, v) for c, v in enumerate(f)) + "</row>"
                   for n, f in enumerate(todas, start=1))
    partes = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Padrón" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + hoja + "</sheetData></worksheet>",
    }
    with zipfile.ZipFile(ruta, "w", zipfile.ZIP_DEFLATED) as libro:
        for nombre, contenido in partes.items():
            libro.writestr(nombre, contenido.encode("utf-8", "surrogateescape"))


# --- raro pero válido: lo que la regla acepta y después tiene que poder exportarse -------------------

RAROS_VALIDOS = ["=1+1", "@SUM(A1)", "+5", "-5", "=HYPERLINK(\"http://x\",\"y\")", "بغداد", "תל אביב", "👍🏽",
                 "🇦🇷", "İstanbul", "ß", "Ⅻ", "Cafe\u0301", "<b>negrita</b>", "&amp;", "%s", "{0}", "O'Higgins",
                 'Villa "La Angostura"', "C:\\datos", "\\n", "日本語", "Ελλάδα", "Ñuñoa", "São Paulo", "a" * 200,
                 "𝟙𝟚𝟛", "ｆｕｌｌ", "Ω≈ç√∫", "¿¡", "…", "—", "·", "€", "$", "#####", "'", "\"", "*", "[1]"]


def texto_raro_valido(maximo: int = 200) -> st.SearchStrategy[str]:
    """Un texto que `entrada.texto()` acepta (se devuelve ya normalizado), con lo más raro que se pueda."""
    from escritorio.dominio import entrada

    letras = st.characters(categories=("L", "M", "N", "P", "S", "Zs"))

    def aceptado(valor: str) -> bool:
        try:
            entrada.texto(valor, maximo=maximo)
            return True
        except ValueError:
            return False

    crudo = st.one_of(
        st.sampled_from(RAROS_VALIDOS),
        st.lists(st.one_of(st.sampled_from(RAROS_VALIDOS), st.text(letras, min_size=1, max_size=8)),
                 min_size=1, max_size=4).map(" ".join),
    )
    return crudo.filter(aceptado).map(lambda v: entrada.texto(v, maximo=maximo))
