"""Las reglas de PDF/A-2B (ISO 19005-2, nivel B) que se pueden comprobar sin veraPDF, sobre un PDF ya escrito.

veraPDF (el validador de referencia) es Java y no se instala aquí. Cada regla de su perfil PDF/A-2B
(github.com/veraPDF/veraPDF-validation-profiles, PDF_A/2b) que se puede leer con pikepdf, asn1crypto y lxml está
aquí, con su cláusula; las que no, en `NO_COMPROBADAS`, con el porqué (el README las nombra). Además, una regla que
el perfil 2B de veraPDF no formaliza pero que el programa cumple y el issue 43 pide: Info y XMP dicen lo mismo
(la cláusula 6.7.3 de PDF/A-1, que Acrobat y otros validadores también aplican a PDF/A-2).

Uso: `examinar(contenido)` -> {nombre de la regla: [faltas]} (lista vacía: la regla se cumple). Lo usan
tests/documentos/test_pdfa.py (cada documento del programa, también firmados) y tabla_de_documentos.py.
"""

from __future__ import annotations

import io
import re
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cached_property

import pikepdf

# --- El documento, leído una vez ------------------------------------------------------------------------------


@dataclass
class Flujo:
    """Un flujo de contenido (página, formulario XObject o apariencia de una anotación) con sus recursos."""

    donde: str
    objeto: object                 # pikepdf.Page o pikepdf.Stream
    recursos: pikepdf.Dictionary | None
    heredados: bool = False        # la página toma /Resources de un nodo padre (6.2.2)


_SOLO_FINES_DE_LINEA = bytes(c if c in (10, 13) else 32 for c in range(256))


class Examinado:
    def __init__(self, contenido: bytes):
        self.contenido = contenido
        self.pdf = pikepdf.open(io.BytesIO(contenido))

    def cerrar(self) -> None:
        self.pdf.close()

    @cached_property
    def objetos(self) -> list:
        return list(self.pdf.objects)

    @cached_property
    def flujos(self) -> list[Flujo]:
        """Páginas, formularios XObject (recursivamente) y apariencias de las anotaciones."""
        hallados: list[Flujo] = []
        vistos: set = set()

        def formularios(recursos, donde):
            if not isinstance(recursos, pikepdf.Dictionary):
                return
            for nombre, x in recursos.get("/XObject", pikepdf.Dictionary()).items():
                if x.get("/Subtype") == pikepdf.Name.Form and x.objgen not in vistos:
                    vistos.add(x.objgen)
                    hallados.append(Flujo(f"{donde} {nombre}", x, x.get("/Resources")))
                    formularios(x.get("/Resources"), f"{donde} {nombre}")

        for numero, pagina in enumerate(self.pdf.pages, start=1):
            propios = "/Resources" in pagina.obj
            recursos = pagina.obj.get("/Resources") if propios else pagina.get("/Resources")
            hallados.append(Flujo(f"página {numero}", pagina, recursos, heredados=not propios))
            formularios(recursos, f"página {numero}")
            for anotacion in pagina.obj.get("/Annots", pikepdf.Array()):
                apariencias = anotacion.get("/AP", pikepdf.Dictionary())
                for clave in ("/N", "/R", "/D"):
                    valor = apariencias.get(clave)
                    candidatos = ([valor] if isinstance(valor, pikepdf.Stream)
                                  else list(valor.values()) if isinstance(valor, pikepdf.Dictionary) else [])
                    for ap in candidatos:
                        if isinstance(ap, pikepdf.Stream) and ap.objgen not in vistos:
                            vistos.add(ap.objgen)
                            quien = anotacion.get("/T", anotacion.get("/Subtype"))
                            donde = f"página {numero}, apariencia {clave} de {quien}"
                            hallados.append(Flujo(donde, ap, ap.get("/Resources")))
                            formularios(ap.get("/Resources"), donde)
        return hallados

    @cached_property
    def instrucciones(self) -> dict[int, list]:
        return {i: list(pikepdf.parse_content_stream(f.objeto)) for i, f in enumerate(self.flujos)}

    @cached_property
    def fuentes(self) -> list[tuple[str, pikepdf.Dictionary]]:
        """Cada diccionario de fuente de los recursos de cada flujo (sin repetir)."""
        vistos, hallados = set(), []
        for flujo in self.flujos:
            if isinstance(flujo.recursos, pikepdf.Dictionary):
                for nombre, fuente in flujo.recursos.get("/Font", pikepdf.Dictionary()).items():
                    if fuente.objgen not in vistos or fuente.objgen == (0, 0):
                        vistos.add(fuente.objgen)
                        hallados.append((f"{flujo.donde} {nombre} {fuente.get('/BaseFont', '')}", fuente))
        return hallados

    @cached_property
    def xmp_crudo(self) -> bytes | None:
        metadatos = self.pdf.Root.get("/Metadata")
        return metadatos.read_bytes() if isinstance(metadatos, pikepdf.Stream) else None

    @cached_property
    def sin_flujos(self) -> bytes:
        """El archivo con el interior de cada flujo cambiado por espacios (del mismo largo, conservando los fines de
        línea): así se lee la sintaxis de los objetos sin tropezar con datos binarios."""
        partes, desde = [], 0
        for m in re.finditer(rb"stream(\r\n|\n|\r)", self.contenido):
            if m.start() < desde or self.contenido[max(0, m.start() - 3):m.start()] == b"end":
                continue
            fin = self.contenido.find(b"endstream", m.end())
            if fin < 0:
                break
            partes += [self.contenido[desde:m.end()], self.contenido[m.end():fin].translate(_SOLO_FINES_DE_LINEA)]
            desde = fin
        partes.append(self.contenido[desde:])
        return b"".join(partes)

    @cached_property
    def objetos_con_contenido(self) -> list[tuple[str, object, str | None]]:
        """Todos los objetos directos e indirectos, con el camino para nombrarlos (sin repetir indirectos)."""
        return list(_recorrer(self.pdf.trailer, "trailer", set()))


def _recorrer(objeto, camino: str, vistos: set) -> Iterator[tuple[str, object, str | None]]:
    """(camino, objeto, clave del padre) de todo el grafo, una vez cada objeto indirecto."""
    pila = [(camino, objeto, None)]
    while pila:
        camino, objeto, clave = pila.pop()
        if isinstance(objeto, pikepdf.Object) and objeto.is_indirect:
            if objeto.objgen in vistos:
                continue
            vistos.add(objeto.objgen)
        yield camino, objeto, clave
        if isinstance(objeto, (pikepdf.Dictionary, pikepdf.Stream)):
            for k in objeto.keys():
                if k != "/Parent":
                    pila.append((f"{camino}{k}", objeto[k], k))
        elif isinstance(objeto, pikepdf.Array):
            for i, valor in enumerate(objeto):
                pila.append((f"{camino}[{i}]", valor, clave))


# --- Las reglas -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Regla:
    clausula: str
    nombre: str
    comprobar: Callable[[Examinado], list[str]]


REGLAS: list[Regla] = []


def regla(clausula: str, nombre: str):
    def registrar(funcion):
        REGLAS.append(Regla(clausula, nombre, funcion))
        return funcion
    return registrar


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


# Los operadores de ISO 32000-1 (anexo A); pikepdf entrega cada imagen en línea (BI … ID … EI) como «INLINE IMAGE».
_OPERADORES = set("b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m "
                  "M MP n q Q re RG rg ri s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y ' \""
                  .split(" ")) | {"INLINE IMAGE"}


@regla("6.2.2", "flujos de contenido: solo operadores de ISO 32000-1 y recursos propios")
def _operadores(e: Examinado) -> list[str]:
    faltas = []
    for i, flujo in enumerate(e.flujos):
        desconocidos = {str(x.operator) for x in e.instrucciones[i]} - _OPERADORES
        if desconocidos:
            faltas.append(f"{flujo.donde}: operadores {sorted(desconocidos)}")
        usa_recursos = any(str(x.operator) in ("Tf", "Do", "gs", "sh", "cs", "CS", "scn", "SCN")
                           for x in e.instrucciones[i])
        if usa_recursos and (flujo.heredados or not isinstance(flujo.recursos, pikepdf.Dictionary)):
            faltas.append(f"{flujo.donde}: usa recursos sin un /Resources propio")
    return faltas


def _perfil_icc(datos: bytes) -> tuple[bytes, bytes, int]:
    """(clase, espacio de color, versión mayor) de la cabecera de un perfil ICC."""
    return datos[12:16], datos[16:20], datos[8]


@regla("6.2.3", "OutputIntent GTS_PDFA1 con perfil ICC incrustado (mntr/prtr, RGB/CMYK/GRAY, versión ≤ 4)")
def _output_intent(e: Examinado) -> list[str]:
    intentos = [i for i in e.pdf.Root.get("/OutputIntents", pikepdf.Array()) if i.get("/S") == pikepdf.Name.GTS_PDFA1]
    if not intentos:
        return ["no hay un OutputIntent GTS_PDFA1"]
    faltas = []
    perfiles = {i.DestOutputProfile.objgen for i in intentos if "/DestOutputProfile" in i}
    if len(perfiles) != 1:
        faltas.append("los OutputIntents no comparten un único perfil incrustado")
    for intento in intentos:
        if "/DestOutputProfile" not in intento:
            faltas.append("OutputIntent sin /DestOutputProfile")
            continue
        if "/DestOutputProfileRef" in intento:
            faltas.append("OutputIntent con /DestOutputProfileRef")
        perfil = intento.DestOutputProfile
        clase, espacio, version = _perfil_icc(perfil.read_bytes())
        if clase not in (b"mntr", b"prtr") or espacio not in (b"RGB ", b"CMYK", b"GRAY") or version > 4:
            faltas.append(f"perfil ICC no admitido: clase {clase!r}, espacio {espacio!r}, versión {version}")
        componentes = {b"RGB ": 3, b"CMYK": 4, b"GRAY": 1}.get(espacio)
        if int(perfil.get("/N", 0)) != componentes:
            faltas.append(f"el perfil declara /N {perfil.get('/N')} y es {espacio!r}")
        if not str(intento.get("/OutputConditionIdentifier", "")).strip():
            faltas.append("OutputIntent sin /OutputConditionIdentifier")
    return faltas


def _espacio_de_salida(e: Examinado) -> bytes | None:
    for intento in e.pdf.Root.get("/OutputIntents", pikepdf.Array()):
        if intento.get("/S") == pikepdf.Name.GTS_PDFA1 and "/DestOutputProfile" in intento:
            return _perfil_icc(intento.DestOutputProfile.read_bytes())[1]
    return None


def _espacios_usados(e: Examinado) -> Iterator[tuple[str, object]]:
    """(dónde, espacio de color) de operadores, recursos, imágenes, sombreados y grupos de transparencia."""
    for i, flujo in enumerate(e.flujos):
        nombrados = flujo.recursos.get("/ColorSpace", pikepdf.Dictionary()) \
            if isinstance(flujo.recursos, pikepdf.Dictionary) else pikepdf.Dictionary()
        for instruccion in e.instrucciones[i]:
            operador = str(instruccion.operator)
            if operador in ("rg", "RG"):
                yield flujo.donde, pikepdf.Name.DeviceRGB
            elif operador in ("g", "G"):
                yield flujo.donde, pikepdf.Name.DeviceGray
            elif operador in ("k", "K"):
                yield flujo.donde, pikepdf.Name.DeviceCMYK
            elif operador in ("cs", "CS"):
                nombre = instruccion.operands[0]
                yield flujo.donde, nombrados.get(str(nombre), nombre)
            elif operador == "INLINE IMAGE":
                cs = instruccion.iimage.obj.get("/ColorSpace", instruccion.iimage.obj.get("/CS"))
                if cs is not None:
                    abreviados = {"/RGB": pikepdf.Name.DeviceRGB, "/G": pikepdf.Name.DeviceGray,
                                  "/CMYK": pikepdf.Name.DeviceCMYK}
                    yield flujo.donde, nombrados.get(str(cs), abreviados.get(str(cs), cs))
        grupo = flujo.objeto.obj.get("/Group") if isinstance(flujo.objeto, pikepdf.Page) else flujo.objeto.get("/Group")
        if isinstance(grupo, pikepdf.Dictionary) and "/CS" in grupo:
            yield f"{flujo.donde} (grupo)", grupo.CS
    for objeto in e.objetos:
        if isinstance(objeto, pikepdf.Stream) and objeto.get("/Subtype") == pikepdf.Name.Image \
                and not objeto.get("/ImageMask", False) and "/ColorSpace" in objeto:
            yield f"imagen {objeto.objgen}", objeto.ColorSpace
        if isinstance(objeto, (pikepdf.Dictionary, pikepdf.Stream)) and "/ShadingType" in objeto:
            yield f"sombreado {objeto.objgen}", objeto.get("/ColorSpace")


@regla("6.2.4", "espacios de color: DeviceRGB/Gray/CMYK solo con el OutputIntent que los cubre; ICC válidos")
def _colores(e: Examinado) -> list[str]:
    salida = _espacio_de_salida(e)
    faltas = []

    def juzgar(donde, espacio, profundidad=0):
        if profundidad > 4 or espacio is None:
            return
        if isinstance(espacio, pikepdf.Name):
            nombre = str(espacio)
            if nombre == "/DeviceRGB" and salida != b"RGB ":
                faltas.append(f"{donde}: DeviceRGB sin un OutputIntent RGB")
            elif nombre == "/DeviceCMYK" and salida != b"CMYK":
                faltas.append(f"{donde}: DeviceCMYK sin un OutputIntent CMYK")
            elif nombre == "/DeviceGray" and salida is None:
                faltas.append(f"{donde}: DeviceGray sin OutputIntent")
            return
        if isinstance(espacio, pikepdf.Array) and len(espacio):
            familia = str(espacio[0])
            if familia == "/ICCBased":
                clase, cs, version = _perfil_icc(espacio[1].read_bytes())
                if clase not in (b"prtr", b"mntr", b"scnr", b"spac") or version > 4:
                    faltas.append(f"{donde}: perfil ICC {clase!r} versión {version}")
            elif familia == "/Indexed":
                juzgar(donde, espacio[1], profundidad + 1)
            elif familia in ("/Separation", "/DeviceN"):
                juzgar(donde, espacio[2], profundidad + 1)
                if familia == "/DeviceN" and len(espacio[1]) > 32:
                    faltas.append(f"{donde}: DeviceN con {len(espacio[1])} colorantes")
            elif familia == "/Pattern" and len(espacio) > 1:
                juzgar(donde, espacio[1], profundidad + 1)

    vistos = set()
    for donde, espacio in _espacios_usados(e):
        clave = (donde.split(" ")[0], repr(espacio)[:200])
        if clave not in vistos:
            vistos.add(clave)
            juzgar(donde, espacio)
    return faltas


def _estados_graficos(e: Examinado) -> Iterator[tuple[str, pikepdf.Dictionary]]:
    vistos = set()
    for flujo in e.flujos:
        if isinstance(flujo.recursos, pikepdf.Dictionary):
            for nombre, estado in flujo.recursos.get("/ExtGState", pikepdf.Dictionary()).items():
                if estado.objgen == (0, 0) or estado.objgen not in vistos:
                    vistos.add(estado.objgen)
                    yield f"{flujo.donde} {nombre}", estado


_FUSIONES = {"/Normal", "/Compatible", "/Multiply", "/Screen", "/Overlay", "/Darken", "/Lighten", "/ColorDodge",
             "/ColorBurn", "/HardLight", "/SoftLight", "/Difference", "/Exclusion", "/Hue", "/Saturation", "/Color",
             "/Luminosity"}
_INTENCIONES = {"/RelativeColorimetric", "/AbsoluteColorimetric", "/Perceptual", "/Saturation"}


@regla("6.2.5, 6.2.6, 6.2.10", "estados gráficos: sin TR, TR2 ni HTP; semitonos 1 o 5; intenciones de render y "
                               "modos de fusión estándar; transparencia con OutputIntent")
def _estados(e: Examinado) -> list[str]:
    faltas = []
    for donde, estado in _estados_graficos(e):
        if "/TR" in estado:
            faltas.append(f"{donde}: /TR")
        if "/TR2" in estado and str(estado.TR2) != "/Default":
            faltas.append(f"{donde}: /TR2 {estado.TR2}")
        if "/HTP" in estado:
            faltas.append(f"{donde}: /HTP")
        semitono = estado.get("/HT")
        if isinstance(semitono, (pikepdf.Dictionary, pikepdf.Stream)):
            if int(semitono.get("/HalftoneType", 0)) not in (1, 5) or "/HalftoneName" in semitono:
                faltas.append(f"{donde}: semitono no admitido")
        if "/RI" in estado and str(estado.RI) not in _INTENCIONES:
            faltas.append(f"{donde}: /RI {estado.RI}")
        fusiones = estado.get("/BM")
        for fusion in (fusiones if isinstance(fusiones, pikepdf.Array) else [fusiones] if fusiones else []):
            if str(fusion) not in _FUSIONES:
                faltas.append(f"{donde}: modo de fusión {fusion}")
    for i, flujo in enumerate(e.flujos):
        for instruccion in e.instrucciones[i]:
            if str(instruccion.operator) == "ri" and str(instruccion.operands[0]) not in _INTENCIONES:
                faltas.append(f"{flujo.donde}: ri {instruccion.operands[0]}")
    for objeto in e.objetos:
        if isinstance(objeto, pikepdf.Stream) and objeto.get("/Subtype") == pikepdf.Name.Image \
                and "/Intent" in objeto and str(objeto.Intent) not in _INTENCIONES:
            faltas.append(f"imagen {objeto.objgen}: /Intent {objeto.Intent}")
    if _espacio_de_salida(e) is None:  # sin OutputIntent, la transparencia pide /Group con /CS en la página
        transparente = any(float(estado.get("/ca", 1)) < 1 or float(estado.get("/CA", 1)) < 1 or "/SMask" in estado
                           for _, estado in _estados_graficos(e))
        if transparente and not all("/CS" in p.obj.get("/Group", {}) for p in e.pdf.pages):
            faltas.append("hay transparencia, no hay OutputIntent y las páginas no tienen /Group con /CS")
    return faltas


@regla("6.2.8, 6.2.9, 6.1.10", "imágenes y XObjects: sin Alternates, OPI, Interpolate, PostScript ni referencias")
def _imagenes(e: Examinado) -> list[str]:
    faltas = []
    for objeto in e.objetos:
        if not isinstance(objeto, pikepdf.Stream):
            continue
        tipo = objeto.get("/Subtype")
        if tipo == pikepdf.Name.Image:
            donde = f"imagen {objeto.objgen}"
            for clave in ("/Alternates", "/OPI"):
                if clave in objeto:
                    faltas.append(f"{donde}: {clave}")
            if objeto.get("/Interpolate", False):
                faltas.append(f"{donde}: /Interpolate true")
            bits = objeto.get("/BitsPerComponent")
            if objeto.get("/ImageMask", False):
                if bits is not None and int(bits) != 1:
                    faltas.append(f"{donde}: máscara con {bits} bits")
            elif bits is not None and int(bits) not in (1, 2, 4, 8, 16):
                faltas.append(f"{donde}: {bits} bits por componente")
        elif tipo == pikepdf.Name.Form:
            if "/OPI" in objeto or "/PS" in objeto or str(objeto.get("/Subtype2", "")) == "/PS":
                faltas.append(f"formulario {objeto.objgen}: OPI o PostScript")
            if "/Ref" in objeto:
                faltas.append(f"formulario {objeto.objgen}: XObject de referencia")
        elif tipo == pikepdf.Name.PS:
            faltas.append(f"XObject PostScript {objeto.objgen}")
    for i, flujo in enumerate(e.flujos):
        for instruccion in e.instrucciones[i]:
            if str(instruccion.operator) == "INLINE IMAGE":
                imagen = instruccion.iimage.obj
                if imagen.get("/I", imagen.get("/Interpolate", False)):
                    faltas.append(f"{flujo.donde}: imagen en línea con Interpolate")
                filtros = imagen.get("/F", imagen.get("/Filter"))
                filtros = list(filtros) if isinstance(filtros, pikepdf.Array) else [filtros] if filtros else []
                if any(str(f) in ("/LZW", "/LZWDecode", "/Crypt") for f in filtros):
                    faltas.append(f"{flujo.donde}: imagen en línea con LZW o Crypt")
    return faltas


# --- Fuentes --------------------------------------------------------------------------------------------------


class ProgramaTrueType:
    """Lo mínimo de un programa TrueType incrustado: tablas, unidades por em, anchos y cmaps."""

    def __init__(self, datos: bytes):
        self.datos = datos
        cantidad = struct.unpack(">H", datos[4:6])[0]
        self.tablas = {}
        for i in range(cantidad):
            etiqueta, _, desde, largo = struct.unpack(">4sIII", datos[12 + 16 * i:28 + 16 * i])
            self.tablas[etiqueta.decode("latin-1")] = (desde, largo)
        self.unidades = struct.unpack(">H", self._tabla("head")[18:20])[0]
        self.glifos = struct.unpack(">H", self._tabla("maxp")[4:6])[0]
        metricas = struct.unpack(">H", self._tabla("hhea")[34:36])[0]
        hmtx = self._tabla("hmtx")
        self.avances = [struct.unpack(">H", hmtx[4 * i:4 * i + 2])[0] for i in range(metricas)]
        self.cmaps = self._cmaps()

    def _tabla(self, etiqueta: str) -> bytes:
        desde, largo = self.tablas[etiqueta]
        return self.datos[desde:desde + largo]

    def _cmaps(self) -> dict[tuple[int, int], dict[int, int]]:
        if "cmap" not in self.tablas:
            return {}
        tabla = self._tabla("cmap")
        cantidad = struct.unpack(">H", tabla[2:4])[0]
        mapas = {}
        for i in range(cantidad):
            plataforma, codificacion, desde = struct.unpack(">HHI", tabla[4 + 8 * i:12 + 8 * i])
            mapas[(plataforma, codificacion)] = self._subtabla(tabla[desde:])
        return mapas

    @staticmethod
    def _subtabla(datos: bytes) -> dict[int, int]:
        formato = struct.unpack(">H", datos[:2])[0]
        if formato == 0:
            return {c: g for c, g in enumerate(datos[6:262])}
        if formato == 6:
            primero, cuantos = struct.unpack(">HH", datos[6:10])
            return {primero + i: struct.unpack(">H", datos[10 + 2 * i:12 + 2 * i])[0] for i in range(cuantos)}
        if formato == 4:
            segmentos = struct.unpack(">H", datos[6:8])[0] // 2
            def arreglo(n):
                base = 14 + n * 2 * segmentos + (2 if n else 0)
                return struct.unpack(f">{segmentos}H", datos[base:base + 2 * segmentos])
            finales, iniciales, deltas, desplazamientos = arreglo(0), arreglo(1), arreglo(2), arreglo(3)
            mapa = {}
            base_desp = 16 + 6 * segmentos
            for s in range(segmentos):
                for c in range(iniciales[s], finales[s] + 1):
                    if c == 0xFFFF:
                        continue
                    if desplazamientos[s] == 0:
                        g = (c + deltas[s]) & 0xFFFF
                    else:
                        donde = base_desp + 2 * s + desplazamientos[s] + 2 * (c - iniciales[s])
                        g = struct.unpack(">H", datos[donde:donde + 2])[0]
                        g = (g + deltas[s]) & 0xFFFF if g else 0
                    mapa[c] = g
            return mapa
        if formato == 12:
            grupos = struct.unpack(">I", datos[12:16])[0]
            mapa = {}
            for i in range(grupos):
                inicio, fin, glifo = struct.unpack(">III", datos[16 + 12 * i:28 + 12 * i])
                mapa.update({c: glifo + c - inicio for c in range(inicio, fin + 1)})
            return mapa
        return {}

    def ancho(self, glifo: int) -> float:
        avance = self.avances[min(glifo, len(self.avances) - 1)]
        return avance * 1000 / self.unidades


def _programa(fuente: pikepdf.Dictionary):
    """(diccionario de la fuente con el descriptor, flujo del programa o None)."""
    if fuente.get("/Subtype") == pikepdf.Name.Type0:
        fuente = fuente.DescendantFonts[0]
    descriptor = fuente.get("/FontDescriptor")
    if descriptor is None:
        return fuente, None
    return fuente, next((descriptor[k] for k in ("/FontFile", "/FontFile2", "/FontFile3") if k in descriptor), None)


_SUBTIPOS = {"/Type1", "/MMType1", "/TrueType", "/Type3", "/Type0", "/CIDFontType0", "/CIDFontType2"}
_CMAPS_PREDEFINIDOS = {"/Identity-H", "/Identity-V"}  # y los CJK de la tabla 118, que el programa no usa


@regla("6.2.11.2–6.2.11.6", "fuentes: diccionarios completos, programa incrustado, cmap y codificación de "
                           "TrueType, CIDToGIDMap, CMaps")
def _diccionarios_de_fuentes(e: Examinado) -> list[str]:
    faltas = []
    for donde, fuente in e.fuentes:
        subtipo = str(fuente.get("/Subtype"))
        if fuente.get("/Type") != pikepdf.Name.Font:
            faltas.append(f"{donde}: /Type no es /Font")
        if subtipo not in _SUBTIPOS:
            faltas.append(f"{donde}: /Subtype {subtipo}")
            continue
        if subtipo != "/Type3" and "/BaseFont" not in fuente:
            faltas.append(f"{donde}: sin /BaseFont")
        if subtipo in ("/Type1", "/MMType1", "/TrueType", "/Type3"):
            primero, ultimo, anchos = fuente.get("/FirstChar"), fuente.get("/LastChar"), fuente.get("/Widths")
            if primero is None or ultimo is None or anchos is None or len(anchos) != int(ultimo) - int(primero) + 1:
                faltas.append(f"{donde}: /FirstChar, /LastChar o /Widths faltan o no coinciden")
        if subtipo == "/Type3":
            continue
        descendiente, programa = _programa(fuente)
        if programa is None:
            faltas.append(f"{donde}: la fuente no está incrustada")
            continue
        if "/Subtype" in programa and str(programa.Subtype) not in ("/Type1C", "/CIDFontType0C", "/OpenType"):
            faltas.append(f"{donde}: programa de subtipo {programa.Subtype}")
        if subtipo == "/Type0":
            codificacion = fuente.get("/Encoding")
            if isinstance(codificacion, pikepdf.Name) and str(codificacion) not in _CMAPS_PREDEFINIDOS:
                faltas.append(f"{donde}: CMap {codificacion} no incrustado")
            if descendiente.get("/Subtype") == pikepdf.Name.CIDFontType2 and "/CIDToGIDMap" not in descendiente:
                faltas.append(f"{donde}: CIDFontType2 sin /CIDToGIDMap")
        if subtipo == "/TrueType":
            simbolica = bool(int(descendiente.FontDescriptor.get("/Flags", 0)) & 4)
            try:
                tt = ProgramaTrueType(programa.read_bytes())
            except (struct.error, KeyError, IndexError) as error:
                faltas.append(f"{donde}: el programa TrueType no se puede leer ({error!r})")
                continue
            if simbolica:
                if "/Encoding" in fuente:
                    faltas.append(f"{donde}: TrueType simbólica con /Encoding")
                if len(tt.cmaps) != 1 and (3, 0) not in tt.cmaps:
                    faltas.append(f"{donde}: TrueType simbólica con cmaps {sorted(tt.cmaps)} (una sola o la (3,0))")
            else:
                codificacion = fuente.get("/Encoding")
                base = codificacion.get("/BaseEncoding") if isinstance(codificacion, pikepdf.Dictionary) \
                    else codificacion
                if str(base) not in ("/WinAnsiEncoding", "/MacRomanEncoding"):
                    faltas.append(f"{donde}: TrueType no simbólica con /Encoding {codificacion}")
                if not any(c != (3, 0) for c in tt.cmaps):
                    faltas.append(f"{donde}: TrueType no simbólica sin una cmap no simbólica")
    return faltas


def _glifo_truetype(tt: ProgramaTrueType, codigo: int, simbolica: bool) -> int | None:
    """El glifo que un lector toma para `codigo` en una TrueType simple (ISO 32000-1, 9.6.6.4)."""
    if simbolica:
        for plataforma, desplazamiento in (((3, 0), 0), ((3, 0), 0xF000), ((1, 0), 0)):
            glifo = tt.cmaps.get(plataforma, {}).get(codigo + desplazamiento)
            if glifo:
                return glifo
        return 0
    for plataforma in ((3, 1), (1, 0)):  # aproximación: el código como Unicode / Mac Roman
        if plataforma in tt.cmaps:
            return tt.cmaps[plataforma].get(codigo, 0)
    return None


@regla("6.2.11.4, 6.2.11.5, 6.2.11.8", "cada letra dibujada existe en la fuente incrustada, no es .notdef y su "
                                     "ancho coincide con el del programa")
def _glifos(e: Examinado) -> list[str]:
    faltas: list[str] = []
    cache: dict = {}

    def datos_de(fuente):
        clave = fuente.objgen if fuente.objgen != (0, 0) else id(fuente)
        if clave not in cache:
            cache[clave] = None
            if fuente.get("/Subtype") == pikepdf.Name.TrueType:
                _, programa = _programa(fuente)
                if programa is not None:
                    try:
                        cache[clave] = (ProgramaTrueType(programa.read_bytes()),
                                        bool(int(fuente.FontDescriptor.get("/Flags", 0)) & 4))
                    except (struct.error, KeyError, IndexError):
                        pass
        return cache[clave]

    for i, flujo in enumerate(e.flujos):
        fuentes = flujo.recursos.get("/Font", pikepdf.Dictionary()) \
            if isinstance(flujo.recursos, pikepdf.Dictionary) else pikepdf.Dictionary()
        actual, pila, modo = None, [], 0
        for instruccion in e.instrucciones[i]:
            operador = str(instruccion.operator)
            if operador == "q":
                pila.append((actual, modo))
            elif operador == "Q" and pila:
                actual, modo = pila.pop()
            elif operador == "Tf":
                actual = fuentes.get(str(instruccion.operands[0]))
            elif operador == "Tr":
                modo = int(instruccion.operands[0])
            elif operador in ("Tj", "TJ", "'", '"'):
                if actual is None:
                    faltas.append(f"{flujo.donde}: texto sin fuente")
                    continue
                if modo == 3 or actual.get("/Subtype") != pikepdf.Name.TrueType:
                    continue  # invisible (exento), o Type0/Type1: la regla de diccionarios ya vio su programa
                operandos = instruccion.operands
                cadenas = ([x for x in operandos[0] if isinstance(x, pikepdf.String)] if operador == "TJ"
                           else [operandos[-1]])
                datos = datos_de(actual)
                if datos is None:
                    faltas.append(f"{flujo.donde}: {actual.get('/BaseFont')} sin un programa TrueType legible")
                    continue
                tt, simbolica = datos
                primero, anchos = int(actual.FirstChar), actual.Widths
                for codigo in set(bytes().join(bytes(c) for c in cadenas)):
                    nombre = f"{flujo.donde}: {actual.get('/BaseFont')} código {codigo}"
                    if not primero <= codigo < primero + len(anchos):
                        faltas.append(f"{nombre} fuera de /FirstChar–/LastChar")
                        continue
                    glifo = _glifo_truetype(tt, codigo, simbolica)
                    if glifo is None:
                        continue
                    if glifo == 0 or glifo >= tt.glifos:
                        faltas.append(f"{nombre}: dibuja .notdef o un glifo que no está")
                        continue
                    if abs(float(anchos[codigo - primero]) - tt.ancho(glifo)) > 1:
                        faltas.append(f"{nombre}: ancho {float(anchos[codigo - primero])} en el PDF, "
                                      f"{tt.ancho(glifo):.1f} en la fuente")
        if len(faltas) > 20:
            break
    return sorted(set(faltas))[:20]


# --- Anotaciones, formularios, acciones -----------------------------------------------------------------------

_ANOTACIONES = {"/Text", "/Link", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon", "/PolyLine", "/Highlight",
                "/Underline", "/Squiggly", "/StrikeOut", "/Stamp", "/Caret", "/Ink", "/Popup", "/FileAttachment",
                "/Widget", "/PrinterMark", "/TrapNet", "/Watermark", "/Redact"}


def _anotaciones(e: Examinado) -> Iterator[tuple[str, pikepdf.Dictionary]]:
    for numero, pagina in enumerate(e.pdf.pages, start=1):
        for anotacion in pagina.obj.get("/Annots", pikepdf.Array()):
            yield f"página {numero}, {anotacion.get('/Subtype')} {anotacion.get('/T', '')}".rstrip(), anotacion


@regla("6.3", "anotaciones: tipos admitidos, bandera Print (sin Hidden/Invisible/NoView), apariencia /N salvo "
              "rectángulo vacío")
def _reglas_de_anotaciones(e: Examinado) -> list[str]:
    faltas = []
    for donde, anotacion in _anotaciones(e):
        subtipo = str(anotacion.get("/Subtype"))
        if subtipo not in _ANOTACIONES:
            faltas.append(f"{donde}: tipo no admitido")
        if subtipo != "/Popup":
            if "/F" not in anotacion:
                faltas.append(f"{donde}: sin /F")
            else:
                banderas = int(anotacion.F)
                if not banderas & 4 or banderas & (1 | 2 | 32 | 256):
                    faltas.append(f"{donde}: /F {banderas} (Print sí; Invisible, Hidden, NoView, ToggleNoView no)")
        rectangulo = [float(x) for x in anotacion.get("/Rect", [0, 0, 0, 0])]
        vacio = rectangulo[2] - rectangulo[0] == 0 and rectangulo[3] - rectangulo[1] == 0
        apariencia = anotacion.get("/AP")
        if apariencia is None:
            if not vacio and subtipo not in ("/Popup", "/Link"):
                faltas.append(f"{donde}: sin apariencia (/AP)")
            continue
        if set(apariencia.keys()) != {"/N"}:
            faltas.append(f"{donde}: /AP con {sorted(apariencia.keys())} (solo /N)")
        normal = apariencia.get("/N")
        if subtipo == "/Widget" and anotacion.get("/FT") == pikepdf.Name.Btn:
            if not isinstance(normal, pikepdf.Dictionary) or isinstance(normal, pikepdf.Stream):
                faltas.append(f"{donde}: botón sin subdiccionario de apariencias")
        elif not isinstance(normal, pikepdf.Stream):
            faltas.append(f"{donde}: /AP /N no es un flujo")
    return faltas


def _campos(e: Examinado) -> Iterator[tuple[str, pikepdf.Dictionary]]:
    formulario = e.pdf.Root.get("/AcroForm")
    pila = list(formulario.get("/Fields", pikepdf.Array())) if formulario is not None else []
    vistos = set()
    while pila:
        campo = pila.pop()
        if campo.objgen in vistos:
            continue
        vistos.add(campo.objgen)
        yield str(campo.get("/T", "(sin nombre)")), campo
        pila += list(campo.get("/Kids", pikepdf.Array()))


@regla("6.4.1, 6.4.2", "formularios: sin NeedAppearances, XFA, NeedsRendering ni acciones en campos y widgets")
def _formularios(e: Examinado) -> list[str]:
    faltas = []
    formulario = e.pdf.Root.get("/AcroForm")
    if formulario is not None:
        if formulario.get("/NeedAppearances", False):
            faltas.append("/NeedAppearances true")
        if "/XFA" in formulario:
            faltas.append("formulario XFA")
    if e.pdf.Root.get("/NeedsRendering", False):
        faltas.append("/NeedsRendering en el catálogo")
    for nombre, campo in _campos(e):
        if "/AA" in campo:
            faltas.append(f"campo {nombre}: /AA")
        if campo.get("/Subtype") == pikepdf.Name.Widget and "/A" in campo:
            faltas.append(f"widget {nombre}: /A")
    for donde, anotacion in _anotaciones(e):
        if anotacion.get("/Subtype") == pikepdf.Name.Widget and ("/A" in anotacion or "/AA" in anotacion):
            faltas.append(f"{donde}: widget con /A o /AA")
    return faltas


_ACCIONES = {"/GoTo", "/GoToR", "/GoToE", "/Thread", "/URI", "/Named", "/SubmitForm"}
_NOMBRADAS = {"/NextPage", "/PrevPage", "/FirstPage", "/LastPage"}


@regla("6.5, 6.6.1", "acciones: sin JavaScript, Launch, Sound, Movie, ResetForm, ImportData, Hide… ni acciones "
                     "automáticas (/AA) en el catálogo ni en las páginas")
def _acciones(e: Examinado) -> list[str]:
    faltas = []
    if "/AA" in e.pdf.Root:
        faltas.append("el catálogo tiene /AA")
    for numero, pagina in enumerate(e.pdf.pages, start=1):
        if "/AA" in pagina.obj:
            faltas.append(f"la página {numero} tiene /AA")
    if "/JavaScript" in e.pdf.Root.get("/Names", {}):
        faltas.append("el catálogo tiene JavaScript en /Names")
    for camino, objeto, clave in e.objetos_con_contenido:
        if not isinstance(objeto, pikepdf.Dictionary):
            continue
        if "/JS" in objeto:
            faltas.append(f"{camino}: /JS")
        es_accion = objeto.get("/Type") == pikepdf.Name.Action or clave in ("/A", "/OpenAction", "/Next") \
            or re.search(r"/AA/[A-Za-z]+$", camino)
        if es_accion and "/S" in objeto:
            tipo = str(objeto.S)
            if tipo not in _ACCIONES:
                faltas.append(f"{camino}: acción {tipo}")
            elif tipo == "/Named" and str(objeto.get("/N")) not in _NOMBRADAS:
                faltas.append(f"{camino}: acción nombrada {objeto.get('/N')}")
    return faltas


# --- Metadatos ------------------------------------------------------------------------------------------------

_NS = {"x": "adobe:ns:meta/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
       "dc": "http://purl.org/dc/elements/1.1/", "xmp": "http://ns.adobe.com/xap/1.0/",
       "pdf": "http://ns.adobe.com/pdf/1.3/", "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
       "xmpMM": "http://ns.adobe.com/xap/1.0/mm/", "xmpRights": "http://ns.adobe.com/xap/1.0/rights/"}
# Propiedades de los esquemas predefinidos (XMP 2005 y PDF/A) que un PDF del programa puede llevar, con su tipo.
_PROPIEDADES = {
    ("dc", "title"): "Alt", ("dc", "creator"): "Seq", ("dc", "description"): "Alt", ("dc", "language"): "Bag",
    ("dc", "subject"): "Bag", ("dc", "rights"): "Alt", ("dc", "publisher"): "Bag", ("dc", "date"): "Seq",
    ("dc", "format"): "Text", ("dc", "identifier"): "Text",
    ("xmp", "CreateDate"): "Date", ("xmp", "ModifyDate"): "Date", ("xmp", "MetadataDate"): "Date",
    ("xmp", "CreatorTool"): "Text",
    ("pdf", "Producer"): "Text", ("pdf", "Keywords"): "Text", ("pdf", "PDFVersion"): "Text", ("pdf", "Trapped"): "Text",
    ("pdfaid", "part"): "Integer", ("pdfaid", "conformance"): "Text", ("pdfaid", "amd"): "Text",
    ("pdfaid", "corr"): "Text",
    ("xmpMM", "DocumentID"): "Text", ("xmpMM", "InstanceID"): "Text", ("xmpMM", "VersionID"): "Text",
}
_FECHA_XMP = re.compile(r"\d{4}(-\d\d(-\d\d(T\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d))?)?)?")


def _xmp(e: Examinado):
    from lxml import etree

    return etree.fromstring(e.xmp_crudo, etree.XMLParser(resolve_entities=False, no_network=True))


def _propiedades_xmp(raiz) -> Iterator[tuple[str, str, str, object]]:
    """(espacio de nombres, nombre, prefijo, elemento o texto) de cada propiedad de los rdf:Description."""
    rdf = "{%s}" % _NS["rdf"]
    for descripcion in raiz.iter(rdf + "Description"):
        if descripcion.getparent() is None or descripcion.getparent().tag != rdf + "RDF":
            continue
        for atributo, texto in descripcion.attrib.items():
            if atributo.startswith("{"):
                ns, nombre = atributo[1:].split("}")
                if ns != _NS["rdf"]:
                    prefijo = next((p for p, u in descripcion.nsmap.items() if u == ns), None)
                    yield ns, nombre, prefijo, texto
        for hijo in descripcion:
            if isinstance(hijo.tag, str) and hijo.tag.startswith("{"):
                ns, nombre = hijo.tag[1:].split("}")
                yield ns, nombre, hijo.prefix, hijo


@regla("6.6.2.1, 6.6.2.3, 6.6.4", "XMP: flujo /Metadata, paquete sin bytes/encoding, UTF-8 bien formado, solo "
                                 "esquemas predefinidos con su tipo, pdfaid:part 2 y pdfaid:conformance B")
def _metadatos(e: Examinado) -> list[str]:
    metadatos = e.pdf.Root.get("/Metadata")
    if not isinstance(metadatos, pikepdf.Stream):
        return ["el catálogo no tiene un flujo /Metadata"]
    faltas = []
    if metadatos.get("/Type") != pikepdf.Name.Metadata or metadatos.get("/Subtype") != pikepdf.Name.XML:
        faltas.append("el flujo /Metadata no es /Type /Metadata /Subtype /XML")
    crudo = e.xmp_crudo
    try:
        crudo.decode("utf-8")
    except UnicodeDecodeError:
        faltas.append("el XMP no está en UTF-8")
    cabecera = re.search(rb"<\?xpacket begin=[^>]*\?>", crudo)
    if cabecera and re.search(rb"\b(bytes|encoding)=", cabecera.group(0)):
        faltas.append(f"la cabecera del paquete XMP usa bytes o encoding: {cabecera.group(0)!r}")
    try:
        raiz = _xmp(e)
    except Exception as error:  # noqa: BLE001 - lxml lanza XMLSyntaxError y otros
        return faltas + [f"el XMP no es XML bien formado: {error}"]
    prefijos = {u: p for p, u in _NS.items()}
    valores = {}
    for ns, nombre, prefijo, valor in _propiedades_xmp(raiz):
        corto = prefijos.get(ns)
        tipo = _PROPIEDADES.get((corto, nombre))
        if tipo is None:
            faltas.append(f"propiedad XMP fuera de los esquemas predefinidos (o sin esquema de extensión): "
                          f"{{{ns}}}{nombre}")
            continue
        if corto == "pdfaid" and prefijo != "pdfaid":
            faltas.append(f"pdfaid:{nombre} con el prefijo «{prefijo}»")
        texto = valor if isinstance(valor, str) else None
        if tipo in ("Alt", "Seq", "Bag"):
            contenedor = None if texto is not None else valor.find("{%s}%s" % (_NS["rdf"], tipo))
            if contenedor is None:
                faltas.append(f"{corto}:{nombre} debe ser un rdf:{tipo}")
                continue
            texto = [li.text or "" for li in contenedor]
        elif texto is None:
            texto = valor.text or ""
        if tipo == "Date" and not _FECHA_XMP.fullmatch(texto):
            faltas.append(f"{corto}:{nombre} no es una fecha XMP: {texto!r}")
        if tipo == "Integer" and not re.fullmatch(r"[+-]?\d+", texto):
            faltas.append(f"{corto}:{nombre} no es un entero: {texto!r}")
        valores[(corto, nombre)] = texto
    if valores.get(("pdfaid", "part")) != "2":
        faltas.append(f"pdfaid:part es {valores.get(('pdfaid', 'part'))!r}, no 2")
    if valores.get(("pdfaid", "conformance")) != "B":
        faltas.append(f"pdfaid:conformance es {valores.get(('pdfaid', 'conformance'))!r}, no B")
    return faltas


def fecha_pdf(texto: str) -> datetime | None:
    """Una fecha del diccionario Info (D:AAAAMMDDHHmmSSOHH'mm'), con su zona (sin zona: UTC, como veraPDF)."""
    m = re.fullmatch(r"D:(\d{4})(\d\d)?(\d\d)?(\d\d)?(\d\d)?(\d\d)?(?:([Zz+-])(?:(\d\d)'?(\d\d)?'?)?)?", texto.strip())
    if not m:
        return None
    anio, mes, dia, hora, minuto, segundo = (int(x) if x else d for x, d in zip(m.groups()[:6], (0, 1, 1, 0, 0, 0)))
    desfase = timedelta(hours=int(m.group(8) or 0), minutes=int(m.group(9) or 0))
    zona = timezone(-desfase if m.group(7) == "-" else desfase)
    return datetime(anio, mes, dia, hora, minuto, segundo, tzinfo=zona)


def fecha_xmp(texto: str) -> datetime | None:
    try:
        momento = datetime.fromisoformat(texto.replace("Z", "+00:00"))
    except ValueError:
        return None
    return momento if momento.tzinfo else momento.replace(tzinfo=timezone.utc)


# Info -> (propiedad XMP, cómo se compara)
_EQUIVALENCIAS = {"/Title": ("dc", "title"), "/Author": ("dc", "creator"), "/Subject": ("dc", "description"),
                  "/Keywords": ("pdf", "Keywords"), "/Creator": ("xmp", "CreatorTool"),
                  "/Producer": ("pdf", "Producer"), "/CreationDate": ("xmp", "CreateDate"),
                  "/ModDate": ("xmp", "ModifyDate")}


def info_y_xmp(e: Examinado) -> dict[str, tuple[str | None, object]]:
    """{entrada de Info: (valor en Info, valor en el XMP)} de las ocho entradas con equivalente en XMP."""
    try:
        raiz = _xmp(e)
    except Exception:  # noqa: BLE001
        raiz = None
    valores: dict = {}
    if raiz is not None:
        prefijos = {u: p for p, u in _NS.items()}
        for ns, nombre, _, valor in _propiedades_xmp(raiz):
            if isinstance(valor, str):
                valores[(prefijos.get(ns), nombre)] = valor
            else:
                items = [li.text or "" for li in valor.iter("{%s}li" % _NS["rdf"])]
                valores[(prefijos.get(ns), nombre)] = items if items else (valor.text or "")
    info = e.pdf.trailer.get("/Info")
    return {clave: (str(info[clave]) if info is not None and clave in info else None, valores.get(propiedad))
            for clave, propiedad in _EQUIVALENCIAS.items()}


@regla("6.6.2.3 (PDF/A-1: 6.7.3)", "Info y XMP dicen lo mismo: Title, Author, Subject, Keywords, Creator, Producer, "
                                   "CreationDate y ModDate")
def _info_igual_a_xmp(e: Examinado) -> list[str]:
    faltas = []
    for clave, (en_info, en_xmp) in info_y_xmp(e).items():
        if en_info is None:
            continue
        if en_xmp is None:
            faltas.append(f"{clave} está en Info ({en_info!r}) y no en el XMP")
        elif clave in ("/CreationDate", "/ModDate"):
            if fecha_pdf(en_info) is None or fecha_pdf(en_info) != fecha_xmp(str(en_xmp)):
                faltas.append(f"{clave}: Info {en_info!r}, XMP {en_xmp!r}")
        elif clave == "/Author":
            if en_xmp != [en_info] and en_xmp != en_info:
                faltas.append(f"{clave}: Info {en_info!r}, XMP {en_xmp!r}")
        else:
            visto = en_xmp[0] if isinstance(en_xmp, list) and len(en_xmp) == 1 else en_xmp
            if visto != en_info:
                faltas.append(f"{clave}: Info {en_info!r}, XMP {visto!r}")
    return faltas


# --- Archivos incrustados, contenido opcional y lo demás ------------------------------------------------------


@regla("6.8", "archivos incrustados: ninguno (PDF/A-2 solo admite PDF/A incrustados, con /F y /UF)")
def _incrustados(e: Examinado) -> list[str]:
    faltas = []
    if "/EmbeddedFiles" in e.pdf.Root.get("/Names", {}):
        faltas.append("el catálogo tiene /EmbeddedFiles")
    for camino, objeto, _ in e.objetos_con_contenido:
        if isinstance(objeto, pikepdf.Dictionary) and "/EF" in objeto:
            faltas.append(f"{camino}: especificación de archivo con /EF")
    for donde, anotacion in _anotaciones(e):
        if anotacion.get("/Subtype") == pikepdf.Name.FileAttachment:
            faltas.append(f"{donde}: anotación de archivo adjunto")
    return faltas


@regla("6.9, 6.10, 6.11", "contenido opcional con nombres, sin presentaciones alternativas, PresSteps ni "
                          "Requirements")
def _lo_demas(e: Examinado) -> list[str]:
    faltas = []
    propiedades = e.pdf.Root.get("/OCProperties")
    if propiedades is not None:
        configuraciones = [propiedades.get("/D")] + list(propiedades.get("/Configs", []))
        nombres = []
        for config in filter(None, configuraciones):
            if not str(config.get("/Name", "")):
                faltas.append("configuración de contenido opcional sin /Name")
            nombres.append(str(config.get("/Name", "")))
            if "/AS" in config:
                faltas.append("configuración de contenido opcional con /AS")
        if len(nombres) != len(set(nombres)):
            faltas.append("nombres de configuración de contenido opcional repetidos")
    if "/AlternatePresentations" in e.pdf.Root.get("/Names", {}):
        faltas.append("/AlternatePresentations")
    if "/Requirements" in e.pdf.Root:
        faltas.append("/Requirements en el catálogo")
    for numero, pagina in enumerate(e.pdf.pages, start=1):
        if "/PresSteps" in pagina.obj:
            faltas.append(f"página {numero}: /PresSteps")
    return faltas


# --- Firmas ---------------------------------------------------------------------------------------------------


def firmas(e: Examinado) -> list[tuple[str, pikepdf.Dictionary]]:
    return [(nombre, campo.V) for nombre, campo in _campos(e)
            if campo.get("/FT") == pikepdf.Name.Sig and isinstance(campo.get("/V"), pikepdf.Dictionary)]


@regla("6.4.3, 6.1.12", "firmas: /ByteRange cubre todo el archivo (hasta el fin de su revisión) salvo /Contents; "
                        "PKCS#7 con el certificado del firmante y un solo SignerInfo; /Perms solo DocMDP y UR3")
def _firmas(e: Examinado) -> list[str]:
    from asn1crypto import cms

    faltas = []
    finales = []
    for nombre, firma in firmas(e):
        rango = [int(x) for x in firma.get("/ByteRange", [])]
        if len(rango) != 4 or rango[0] != 0:
            faltas.append(f"{nombre}: /ByteRange {rango}")
            continue
        _, hasta, desde, largo = rango
        fin = desde + largo
        finales.append(fin)
        hueco = e.contenido[hasta:desde]
        if not (hueco.startswith(b"<") and hueco.endswith(b">") and re.fullmatch(rb"[0-9A-Fa-f]*", hueco[1:-1])):
            faltas.append(f"{nombre}: lo que el /ByteRange deja afuera no es solo la cadena /Contents")
        if fin > len(e.contenido) or not re.search(rb"%%EOF(\r\n|\r|\n)?\Z", e.contenido[:fin]):
            faltas.append(f"{nombre}: el /ByteRange termina en {fin}, que no es el fin de una revisión")
        if re.search(rb"/Contents\s*\Z", e.contenido[max(0, hasta - 40):hasta]) is None:
            faltas.append(f"{nombre}: el hueco del /ByteRange no es el valor de /Contents")
        try:
            der = bytes(firma.Contents)
            datos = cms.ContentInfo.load(der, strict=False)
            firmado = datos["content"]
            firmantes = list(firmado["signer_infos"])
            certificados = [c.chosen for c in (firmado["certificates"] or []) if c.name == "certificate"]
            if len(firmantes) != 1:
                faltas.append(f"{nombre}: {len(firmantes)} SignerInfo (debe haber uno)")
            else:
                sid = firmantes[0]["sid"]
                if sid.name == "issuer_and_serial_number":
                    incluido = any(c.issuer == sid.chosen["issuer"] and
                                   c.serial_number == sid.chosen["serial_number"].native for c in certificados)
                else:
                    incluido = any(c.key_identifier == sid.chosen.native for c in certificados)
                if not incluido:
                    faltas.append(f"{nombre}: el PKCS#7 no incluye el certificado del firmante")
        except Exception as error:  # noqa: BLE001 - asn1crypto lanza varios tipos ante datos rotos
            faltas.append(f"{nombre}: /Contents no es un PKCS#7 legible ({type(error).__name__})")
    if finales and max(finales) != len(e.contenido):
        faltas.append(f"la última firma no cubre el archivo entero (termina en {max(finales)} de {len(e.contenido)})")
    permisos = e.pdf.Root.get("/Perms")
    if permisos is not None:
        otros = set(permisos.keys()) - {"/DocMDP", "/UR3"}
        if otros:
            faltas.append(f"/Perms con {sorted(otros)}")
        if "/DocMDP" in permisos:
            for referencia in permisos.DocMDP.get("/Reference", []):
                if {"/DigestLocation", "/DigestMethod", "/DigestValue"} & set(referencia.keys()):
                    faltas.append("referencia de firma con /DigestLocation, /DigestMethod o /DigestValue")
    return faltas


@regla("6.1 (qpdf)", "sintaxis y flujos legibles según qpdf (largos de flujo, xref, objetos)")
def _qpdf(e: Examinado) -> list[str]:
    return [str(x) for x in e.pdf.check_pdf_syntax()]


NO_COMPROBADAS = [
    ("6.2.11.4.2", "CharSet/CIDSet completos respecto del programa de la fuente (hay que leer los glifos de un CFF o "
                   "Type 1; los PDF del programa usan TrueType sin CharSet ni CIDSet)"),
    ("6.2.11.5 (Type 1, CFF)", "anchos de fuentes que no son TrueType (el programa no las usa)"),
    ("6.2.11.3.1, 6.2.11.3.3", "compatibilidad CIDSystemInfo/CMap y CMaps incrustados en detalle (solo se mira que "
                               "los CMaps por nombre sean Identity; el programa no usa fuentes Type 0)"),
    ("6.2.8.3", "datos JPEG2000 (canales, espacios de color; el programa no usa JPEG2000)"),
    ("6.2.4.4", "coherencia de colores Separation/DeviceN con el mismo nombre (el programa no los usa)"),
    ("6.6.2.3.2–6.6.2.3.3", "esquemas de extensión XMP (el programa no los usa: toda propiedad fuera de los "
                            "predefinidos se informa como falta)"),
    ("6.8", "que un archivo incrustado sea PDF/A (el programa no incrusta archivos: cualquiera se informa como falta)"),
    ("6.1.13", "el límite de 65535 para un CID en un CMap incrustado (no hay CMaps incrustados)"),
    ("6.2.2 (operandos)", "la cantidad y el tipo de operandos de cada operador (qpdf los lee; no se validan uno a "
                          "uno)"),
]


def fuentes_incrustadas(contenido: bytes) -> list[tuple[str, bool]]:
    """(nombre sin el prefijo del subconjunto, incrustada) de cada fuente que usan páginas, formularios y
    apariencias de anotaciones (una vez cada nombre)."""
    e = Examinado(contenido)
    try:
        vistas: dict[str, bool] = {}
        for _, fuente in e.fuentes:
            nombre = str(fuente.get("/BaseFont", "/(Type3)"))[1:].split("+")[-1]
            incrustada = fuente.get("/Subtype") == pikepdf.Name.Type3 or _programa(fuente)[1] is not None
            vistas[nombre] = vistas.get(nombre, True) and incrustada
        return sorted(vistas.items())
    finally:
        e.cerrar()


def examinar(contenido: bytes) -> dict[str, list[str]]:
    """{«cláusula nombre»: [faltas]} para cada regla de `REGLAS`. Un error al comprobar una regla es una falta."""
    e = Examinado(contenido)
    try:
        resultado = {}
        for r in REGLAS:
            try:
                resultado[f"{r.clausula} {r.nombre}"] = r.comprobar(e)
            except Exception as error:  # noqa: BLE001 - una regla que no se pudo comprobar no pasa
                resultado[f"{r.clausula} {r.nombre}"] = [f"no se pudo comprobar: {error!r}"]
        return resultado
    finally:
        e.cerrar()


def faltas(contenido: bytes) -> dict[str, list[str]]:
    """Solo las reglas que no se cumplen."""
    return {nombre: lista for nombre, lista in examinar(contenido).items() if lista}
