"""Estructura del archivo (ISO 19005-2, 6.1): encabezado, trailer, sintaxis de objetos, cadenas, flujos, límites y
el chequeo de qpdf."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pikepdf

from .base import Examinado, regla

@regla("6.1.2", "encabezado %PDF-1.n (n ≤ 7) en el byte 0, comentario binario y versión 1.7")
def _encabezado(e: Examinado) -> list[str]:
    faltas = []
    m = re.match(rb"%PDF-1\.([0-7])(\r\n|\r|\n)%(.{4})", e.contenido, re.S)
    if not m:
        return [f"encabezado no conforme: {e.contenido[:20]!r}"]
    if any(b <= 127 for b in m.group(3)):
        faltas.append(f"el comentario binario no tiene cuatro bytes > 127: {m.group(3)!r}")
    if m.group(1) != b"7":
        faltas.append(f"versión 1.{m.group(1).decode()} (el programa escribe 1.7)")
    version = e.pdf.Root.get("/Version")
    if version is not None and str(version) not in ("/1.7", "/1.6", "/1.5", "/1.4"):
        faltas.append(f"el catálogo declara /Version {version} (PDF/A-2 es PDF 1.7)")
    return faltas


@regla("6.1.3", "trailer con /ID, sin /Encrypt, nada después del último %%EOF")
def _trailer(e: Examinado) -> list[str]:
    faltas = []
    ident = e.pdf.trailer.get("/ID")
    if not isinstance(ident, pikepdf.Array) or len(ident) != 2 or not all(len(bytes(x)) for x in ident):
        faltas.append("el último trailer no tiene /ID con dos identificadores")
    if "/Encrypt" in e.pdf.trailer or e.pdf.is_encrypted:
        faltas.append("el archivo está cifrado (/Encrypt)")
    if not re.search(rb"%%EOF(\r\n|\r|\n)?\Z", e.contenido):
        faltas.append(f"hay datos después del último %%EOF: {e.contenido[-20:]!r}")
    return faltas


@regla("6.1.4, 6.1.9", "sintaxis de xref y de obj/endobj (un espacio, un fin de línea)")
def _sintaxis_de_objetos(e: Examinado) -> list[str]:
    faltas = []
    texto = e.sin_flujos
    for m in re.finditer(rb"(?<![A-Za-z])xref(?![A-Za-z])", texto):
        if not re.match(rb"(\r\n|\r|\n)\d+ \d+", texto[m.end():m.end() + 30]):
            faltas.append(f"«xref» en {m.start()} no va seguido de un fin de línea y el encabezado de subsección")
    for m in re.finditer(rb"(\d+)([ \t\r\n\f\0]+)(\d+)([ \t\r\n\f\0]+)obj(?![A-Za-z])", texto):
        antes = texto[m.start() - 1:m.start()]
        despues = texto[m.end():m.end() + 1]
        if m.group(2) != b" " or m.group(4) != b" " or (m.start() and antes not in (b"\n", b"\r")) \
                or despues not in (b"\n", b"\r"):
            faltas.append(f"objeto {m.group(1).decode()} en {m.start()}: «{texto[m.start():m.end() + 1]!r}»")
    for m in re.finditer(rb"endobj", texto):
        if texto[m.start() - 1:m.start()] not in (b"\n", b"\r") or texto[m.end():m.end() + 1] not in (b"\n", b"\r"):
            faltas.append(f"«endobj» en {m.start()} sin fin de línea antes y después")
    return faltas[:10]


def _cadenas_hex(texto: bytes) -> Iterator[tuple[int, bytes]]:
    """Las cadenas hexadecimales del archivo (sin flujos): se saltean comentarios y cadenas literales."""
    i, largo = 0, len(texto)
    while i < largo:
        c = texto[i]
        if c == 0x25:  # % comentario
            fin = re.compile(rb"[\r\n]").search(texto, i)
            i = fin.end() if fin else largo
        elif c == 0x28:  # ( cadena literal, con paréntesis anidados y escapes
            nivel, i = 1, i + 1
            while i < largo and nivel:
                if texto[i] == 0x5C:
                    i += 2
                    continue
                nivel += {0x28: 1, 0x29: -1}.get(texto[i], 0)
                i += 1
        elif c == 0x3C and texto[i + 1:i + 2] != b"<":
            fin = texto.find(b">", i)
            yield i, texto[i + 1:fin]
            i = fin + 1
        elif c == 0x3C:
            i += 2
        else:
            i += 1


@regla("6.1.6", "cadenas hexadecimales con cantidad par de cifras hexadecimales")
def _hexadecimales(e: Examinado) -> list[str]:
    faltas = []
    for posicion, cuerpo in _cadenas_hex(e.sin_flujos):
        cifras = re.sub(rb"[ \t\r\n\f\0]", b"", cuerpo)
        if len(cifras) % 2 or not re.fullmatch(rb"[0-9A-Fa-f]*", cifras):
            faltas.append(f"cadena hexadecimal en {posicion}: {cuerpo[:30]!r}")
    return faltas


@regla("6.1.7", "flujos: «stream»/«endstream» con fin de línea, sin /F /FFilter /FDecodeParms, sin LZW ni Crypt")
def _flujos(e: Examinado) -> list[str]:
    faltas = []
    for m in re.finditer(rb"(?<!end)stream(?![A-Za-z])", e.sin_flujos):
        if e.sin_flujos[m.end():m.end() + 2] != b"\r\n" and e.sin_flujos[m.end():m.end() + 1] != b"\n":
            faltas.append(f"«stream» en {m.start()} no va seguido de CRLF o LF")
    for m in re.finditer(rb"endstream", e.sin_flujos):
        if e.sin_flujos[m.start() - 1:m.start()] not in (b"\n", b"\r"):
            faltas.append(f"«endstream» en {m.start()} sin fin de línea antes")
    for objeto in e.objetos:
        if not isinstance(objeto, pikepdf.Stream):
            continue
        for clave in ("/F", "/FFilter", "/FDecodeParms"):
            if clave in objeto.stream_dict:
                faltas.append(f"flujo {objeto.objgen} con {clave}")
        filtros = objeto.stream_dict.get("/Filter")
        filtros = list(filtros) if isinstance(filtros, pikepdf.Array) else [filtros] if filtros is not None else []
        for filtro in filtros:
            if str(filtro) in ("/LZWDecode", "/LZW", "/Crypt"):
                faltas.append(f"flujo {objeto.objgen} con el filtro {filtro}")
    return faltas


def _bytes_de_nombre(nombre: str) -> bytes:
    """Los bytes de un nombre PDF tal como quedó en el archivo (sin la barra, con los #xx resueltos)."""
    crudo = nombre[1:].encode("utf-8", "surrogateescape")
    return re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), crudo)


@regla("6.1.8, 6.1.13", "límites: enteros, reales, cadenas ≤ 32767 bytes, nombres ≤ 127 bytes y UTF-8, "
                        "q/Q ≤ 28 niveles, cajas de página 3–14400")
def _limites(e: Examinado) -> list[str]:
    faltas = []

    def valor(camino, objeto):
        if isinstance(objeto, int) and not isinstance(objeto, bool):
            if not -2147483648 <= objeto <= 2147483647:
                faltas.append(f"{camino}: entero fuera de rango {objeto}")
        elif isinstance(objeto, (float,)) or type(objeto).__name__ == "Decimal":
            x = abs(float(objeto))
            if x > 3.403e38 or (x and x < 1.175e-38):
                faltas.append(f"{camino}: real fuera de rango {objeto}")
        elif isinstance(objeto, pikepdf.String):
            if len(bytes(objeto)) > 32767:
                faltas.append(f"{camino}: cadena de {len(bytes(objeto))} bytes")
        elif isinstance(objeto, pikepdf.Name):
            crudo = _bytes_de_nombre(str(objeto))
            if len(crudo) > 127:
                faltas.append(f"{camino}: nombre de {len(crudo)} bytes")

    for camino, objeto, _ in e.objetos_con_contenido:
        valor(camino, objeto)
        if isinstance(objeto, pikepdf.Dictionary):
            for clave in objeto.keys():
                valor(f"{camino} (clave)", pikepdf.Name(clave))
    for _, fuente in e.fuentes:  # 6.1.8: los nombres de fuente son UTF-8 válido
        try:
            _bytes_de_nombre(str(fuente.get("/BaseFont", "/x"))).decode("utf-8")
        except UnicodeDecodeError:
            faltas.append(f"nombre de fuente que no es UTF-8: {fuente.get('/BaseFont')}")
    if len(e.objetos) > 8388607:
        faltas.append(f"{len(e.objetos)} objetos indirectos")
    for i, flujo in enumerate(e.flujos):
        nivel = maximo = 0
        for instruccion in e.instrucciones[i]:
            operador = str(instruccion.operator)
            nivel += {"q": 1, "Q": -1}.get(operador, 0)
            maximo = max(maximo, nivel)
            for operando in getattr(instruccion, "operands", []):
                valor(f"{flujo.donde} «{operador}»", operando)
        if maximo > 28:
            faltas.append(f"{flujo.donde}: q/Q anidados {maximo} niveles")
    for numero, pagina in enumerate(e.pdf.pages, start=1):
        for caja in ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox"):
            if caja in pagina.obj:
                x0, y0, x1, y1 = (float(v) for v in pagina.obj[caja])
                if not (3 <= abs(x1 - x0) <= 14400 and 3 <= abs(y1 - y0) <= 14400):
                    faltas.append(f"página {numero}: {caja} de {abs(x1 - x0)}×{abs(y1 - y0)}")
    return faltas[:10]


@regla("6.1 (qpdf)", "sintaxis y flujos legibles según qpdf (largos de flujo, xref, objetos)")
def _qpdf(e: Examinado) -> list[str]:
    return [str(x) for x in e.pdf.check_pdf_syntax()]
