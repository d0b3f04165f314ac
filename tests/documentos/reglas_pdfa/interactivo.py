"""Anotaciones, formularios, firmas, acciones, archivos incrustados y lo demás (ISO 19005-2, 6.3–6.5, 6.8–6.11,
6.1.12)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pikepdf

from .base import Examinado, regla

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


def _solo_datos_de_validacion(e: Examinado, fin_firmado: int) -> bool:
    """Lo que sigue a la última firma es una revisión que solo agrega el DSS (y los metadatos al día): cada objeto
    nuevo es el catálogo con /DSS, el DSS, sus certificados/CRL/OCSP (flujos), Info o el XMP."""
    agregado = e.contenido[fin_firmado:]
    if b"/DSS" not in agregado:
        return False
    objetos = [_diccionario(agregado, m.end() - 2) for m in re.finditer(rb"\d+ \d+ obj\s*<<", agregado)]
    permitidos = (b"/Type /Catalog", b"/Type/Catalog", b"/Certs", b"/CRLs", b"/OCSPs", b"/VRI", b"/Type /Metadata",
                  b"/Type/Metadata", b"/Producer", b"/Length")
    return bool(objetos) and all(any(p in o for p in permitidos) for o in objetos) and b"/Sig" not in agregado


def _diccionario(datos: bytes, inicio: int) -> bytes:
    """El diccionario que empieza en `inicio` («<<»), entero: con los que lleva adentro (el /MarkInfo de un catálogo
    etiquetado), hasta su «>>»."""
    profundidad, i = 0, inicio
    while i < len(datos) - 1:
        par = datos[i:i + 2]
        if par == b"<<":
            profundidad += 1
            i += 2
        elif par == b">>":
            profundidad -= 1
            i += 2
            if profundidad == 0:
                return datos[inicio:i]
        else:
            i += 1
    return datos[inicio:]


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
    # «El archivo entero» es el archivo tal como se firmó (veraPDF lo lee así desde 2017, issue 917 de
    # veraPDF-library): después de la última firma solo se admite la revisión que agrega los datos de validación
    # (el DSS de PAdES B-LT, ISO 32000-2 12.8.4.3), nunca contenido sin firmar.
    if finales and max(finales) != len(e.contenido) and not _solo_datos_de_validacion(e, max(finales)):
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
