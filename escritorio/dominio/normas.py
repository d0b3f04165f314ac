"""Estatutos y reglamentos: artículos numerados, reformas con fecha de vigencia y texto vigente a una fecha.

Una norma es una sucesión de versiones de artículos. Cada reforma agrega, cambia o deroga
artículos desde una fecha; el texto vigente en una fecha D es, para cada artículo, su última
versión con vigencia hasta D (si esa versión es una derogación, el artículo no rige).
"""

import re
from dataclasses import dataclass
from datetime import date

from .traduccion import traducir

TIPOS_NORMA = {"estatuto": "Estatuto", "reglamento": "Reglamento"}

# «Artículo 5», «Art. 5°», «ARTÍCULO 14 bis.-», «## Artículo 3: Objetivos», «Artículo 7º - Admisión».
_ENCABEZADO = re.compile(
    r"^\s*(?:#+\s*)?(?:art[íi]culo|art\.)\s*([0-9]+)\s*(?:[°ºo]\b|[°º])?\s*(?:(bis|ter|qu[áa]ter)\b)?\s*[.:\-–—)]*\s*(.*)$",
    re.IGNORECASE)


_ESTRUCTURA = re.compile(r"^\s*(#+\s|(cap[íi]tulo|t[íi]tulo|secci[óo]n)\s+[IVXLC\d]+\b)", re.IGNORECASE)


@dataclass(frozen=True)
class ArticuloLeido:
    numero: str
    titulo: str | None
    texto: str
    linea: int


@dataclass(frozen=True)
class VersionArticulo:
    numero: str
    titulo: str | None
    texto: str
    vigente_desde: date
    derogado: bool = False
    reforma: str | None = None  # referencia de la reforma que la introdujo


def clave_orden(numero: str) -> tuple[int, int]:
    """'14' -> (14, 0); '14 bis' -> (14, 1): los artículos se ordenan como en el texto."""
    partes = numero.split()
    agregado = {"bis": 1, "ter": 2, "quater": 3, "quáter": 3}.get(partes[1].lower(), 9) if len(partes) > 1 else 0
    return int(partes[0]), agregado


def leer_articulos(texto: str) -> tuple[list[ArticuloLeido], list[str]]:
    """Texto plano o Markdown con encabezados «Artículo N» -> artículos, y avisos (números repetidos o salteados)."""
    articulos: list[ArticuloLeido] = []
    actual: dict | None = None
    for numero_linea, linea in enumerate(texto.splitlines(), start=1):
        encabezado = _ENCABEZADO.match(linea)
        if encabezado:
            if actual:
                articulos.append(_cerrar(actual))
            numero = encabezado[1] + (f" {encabezado[2].lower()}" if encabezado[2] else "")
            actual = {"numero": numero, "resto": encabezado[3].strip(), "lineas": [], "linea": numero_linea}
        elif _ESTRUCTURA.match(linea):
            continue  # «## Capítulo II — Miembros»: ordena el texto pero no es parte de ningún artículo
        elif actual is not None:
            actual["lineas"].append(linea)
    if actual:
        articulos.append(_cerrar(actual))
    return articulos, _avisos(articulos)


def _cerrar(actual: dict) -> ArticuloLeido:
    texto = re.sub(r"\n{3,}", "\n\n", "\n".join(actual["lineas"]).strip())
    resto = actual["resto"]
    if not texto:  # «Artículo 3. Los socios…»: lo que sigue al número es el texto, no un título
        return ArticuloLeido(actual["numero"], None, resto, actual["linea"])
    return ArticuloLeido(actual["numero"], resto.strip(" .:-–—*#") or None, texto, actual["linea"])


def _avisos(articulos: list[ArticuloLeido]) -> list[str]:
    avisos, vistos = [], {}
    for articulo in articulos:
        if articulo.numero in vistos:
            avisos.append(traducir("El artículo {0} aparece dos veces (líneas {1} y {2}).").format(
                articulo.numero, vistos[articulo.numero], articulo.linea))
        vistos[articulo.numero] = articulo.linea
        if not articulo.texto:
            avisos.append(traducir("El artículo {0} (línea {1}) no tiene texto.").format(articulo.numero, articulo.linea))
    simples = sorted({clave_orden(a.numero)[0] for a in articulos})
    faltan = sorted(set(range(simples[0], simples[-1] + 1)) - set(simples)) if simples else []
    if faltan:
        lista = ", ".join(str(n) for n in faltan)
        avisos.append((traducir("Falta el artículo {0} (¿un encabezado mal escrito?).") if len(faltan) == 1 else
                       traducir("Faltan los artículos {0} (¿un encabezado mal escrito?).")).format(lista))
    if not articulos:
        avisos.append(traducir("No se encontró ningún encabezado «Artículo N». Cada artículo debe empezar en una línea "
                               "como «Artículo 1» o «Art. 1°»."))
    return avisos


def texto_vigente(versiones: list[VersionArticulo], al: date) -> list[VersionArticulo]:
    """Los artículos que rigen en la fecha, en su orden, cada uno en su última versión."""
    ultimas: dict[str, VersionArticulo] = {}
    for version in sorted(versiones, key=lambda v: v.vigente_desde):
        if version.vigente_desde <= al:
            ultimas[version.numero] = version
    return sorted((v for v in ultimas.values() if not v.derogado), key=lambda v: clave_orden(v.numero))


def historia(versiones: list[VersionArticulo], numero: str) -> list[VersionArticulo]:
    return sorted((v for v in versiones if v.numero == numero), key=lambda v: v.vigente_desde)


def comparar(anterior: str, nuevo: str) -> list[tuple[str, str, str]]:
    """Diferencia lado a lado por oraciones: (estado, texto anterior, texto nuevo); estado igual/cambiado/agregado/quitado."""
    def oraciones(texto: str) -> list[str]:
        return [o for o in re.split(r"(?<=[.;:])\s+", texto.strip()) if o]
    import difflib  # al usarlo: la línea de órdenes importa este módulo al arrancar (por TIPOS_NORMA)

    a, b = oraciones(anterior), oraciones(nuevo)
    filas = []
    for operacion, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if operacion == "equal":
            filas += [("igual", x, x) for x in a[i1:i2]]
        elif operacion == "replace":
            izquierda, derecha = a[i1:i2], b[j1:j2]
            for k in range(max(len(izquierda), len(derecha))):
                filas.append(("cambiado", izquierda[k] if k < len(izquierda) else "", derecha[k] if k < len(derecha) else ""))
        elif operacion == "delete":
            filas += [("quitado", x, "") for x in a[i1:i2]]
        else:
            filas += [("agregado", "", x) for x in b[j1:j2]]
    return filas


# --- citas de artículos ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Cita:
    """Lo que una regla cita: la norma (tal como se la nombra; None si la cita no la nombra) y los artículos."""

    norma: str | None
    articulos: tuple[str, ...]


_NUMERO_ARTICULO = r"\d+(?:\s+(?:bis|ter|qu[áa]ter)\b)?"
_PALABRA_ARTICULO = re.compile(r"\b(?:art[íi]culos?|arts?\.?)(?=\s*\d)", re.IGNORECASE)
_LISTA_ARTICULOS = re.compile(rf"\s*({_NUMERO_ARTICULO}(?:\s*(?:,|\by\b|\be\b)\s*{_NUMERO_ARTICULO})*)", re.IGNORECASE)


def leer_cita(texto: str | None) -> Cita | None:
    """«Estatuto, art. 21» -> Cita('Estatuto', ('21',)); «Reglamento de cuotas (2002), art. 3» ->
    Cita('Reglamento de cuotas', ('3',)); «art. 20 y 24» -> Cita(None, ('20', '24')); «Estatuto, arts. 14 bis,
    15 y 16 (reformado el 20/05/2026)» -> Cita('Estatuto', ('14 bis', '15', '16')). None si no cita un artículo.
    Lo que va entre paréntesis (el año, «reformado el…») no es parte del nombre de la norma."""
    if not texto:
        return None
    palabra = _PALABRA_ARTICULO.search(texto)
    if palabra is None:
        return None
    lista = _LISTA_ARTICULOS.match(texto, palabra.end())
    if lista is None:
        return None
    numeros = []
    for numero in re.findall(_NUMERO_ARTICULO, lista[1], re.IGNORECASE):
        numero = " ".join(numero.lower().replace("á", "a").split())
        if numero not in numeros:
            numeros.append(numero)
    norma = re.sub(r"\([^)]*\)", " ", texto[:palabra.start()])
    norma = " ".join(norma.split()).strip(" ,;:-–—")
    if not norma:   # «art. 5 del Reglamento de cuotas»
        despues = re.match(r"\s*,?\s*del?\s+(?:la\s+|el\s+)?(.+)$", texto[lista.end():], re.IGNORECASE)
        if despues:
            norma = " ".join(re.sub(r"\([^)]*\)", " ", despues[1]).split()).strip(" ,;:.-–—")
    return Cita(norma or None, tuple(numeros))


def version_en(versiones: list[VersionArticulo], numero: str, al: date) -> VersionArticulo | None:
    """La versión del artículo que regía en la fecha (aunque fuera una derogación); None si aún no existía."""
    vigente = None
    for version in historia(versiones, numero):
        if version.vigente_desde <= al:
            vigente = version
    return vigente


def reformas_posteriores(versiones: list[VersionArticulo], numero: str, desde: date,
                         hasta: date | None = None) -> list[VersionArticulo]:
    """Las versiones del artículo que empezaron a regir después de `desde` (y antes de `hasta`, si se da): una regla
    fechada en `desde` que lo cita y rige hasta `hasta` cita un texto que dejó de regir mientras ella regía."""
    return [v for v in historia(versiones, numero) if v.vigente_desde > desde and (hasta is None or v.vigente_desde < hasta)]


def _el_estatuto(estatutos: list, normalizar) -> dict | None:
    """«El estatuto» cuando hay varias normas de tipo estatuto (otra cargada con ese tipo, «Consejo, art. 3»): la que
    se titula «Estatuto…» si es una sola; si no, la primera que se cargó. No la primera por orden alfabético: cargar
    otra norma cambiaba a qué norma remitían las citas «Estatuto, art. N» de las reglas."""
    if len(estatutos) <= 1:
        return estatutos[0] if estatutos else None
    titulados = [n for n in estatutos if normalizar(n["titulo"]).startswith("estatuto")]
    if len(titulados) == 1:
        return titulados[0]
    return min(titulados or estatutos, key=lambda n: n.get("id") or 0)


def norma_de_la_cita(cita: Cita, normas: list) -> dict | None:
    """La norma (de `normas`: filas con «tipo» y «titulo») que nombra una cita; sin nombre (o «Estatuto»), el
    estatuto. Un nombre que empieza por el título (o al revés) la nombra; si no, «Reglamento…» o «Estatuto…» nombran
    la única norma de ese tipo."""
    from .texto import normalizar

    nombre = normalizar(cita.norma or "")
    estatutos = [n for n in normas if n["tipo"] == "estatuto"]
    if not nombre or nombre in ("estatuto", "el estatuto", "estatutos"):
        return _el_estatuto(estatutos, normalizar)
    for n in sorted(normas, key=lambda n: -len(n["titulo"])):
        titulo = normalizar(n["titulo"])
        if titulo == nombre or nombre.startswith(titulo) or titulo.startswith(nombre):
            return n
    for tipo in ("reglamento", "estatuto"):
        del_tipo = [n for n in normas if n["tipo"] == tipo]
        if nombre.startswith(tipo) and len(del_tipo) == 1:
            return del_tipo[0]
    return None
