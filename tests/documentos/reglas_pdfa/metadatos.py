"""Metadatos (ISO 19005-2, 6.6): el XMP y su igualdad con el diccionario Info."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pikepdf

from .base import Examinado, regla

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
