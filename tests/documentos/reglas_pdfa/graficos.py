"""Gráficos (ISO 19005-2, 6.2 sin las fuentes): operadores, OutputIntent, espacios de color, estados gráficos,
imágenes y XObjects."""

from __future__ import annotations

from collections.abc import Iterator

import pikepdf

from .base import Examinado, regla

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
