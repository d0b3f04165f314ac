"""El cargo de quien firma, en el género que corresponde: «Presidenta», «Presidente» o, sin dato, «Presidencia».

La base no guarda el género de nadie. Lo que sí guarda son palabras que lo dicen: el tratamiento o el título
que la secretaría escribió en el borrador del acta («Sra. Carolina Cosse», «Patricia Sosa, Intendenta») y el
cargo de la autoridad de cada miembro («Intendenta», «Alcaldesa», «Prefeita», «Jefa de Gobierno»). De ahí se
lee: una palabra femenina da «Presidenta» y «Secretaria»; una masculina, «Presidente» y «Secretario».

Un título epiceno no dice nada: «Intendente» o «Presidente municipal» se usan para mujeres y varones (y
«Intendente» es además lo que la base pone por omisión a una autoridad argentina, uruguaya o paraguaya cargada
sin cargo). Sin una palabra que lo diga, o si las palabras se contradicen, el bloque de firma nombra la
función, que es correcta para cualquiera: «Presidencia», «Secretaría». Nunca se adivina por el nombre de pila.
"""

import re
import unicodedata

from .traduccion import traducir

FEMENINO = "f"
MASCULINO = "m"

# Tratamientos y títulos que dicen el género (castellano y portugués), en minúsculas y con sus tildes:
# «Secretaría» (la oficina) no es «secretaria» (la persona).
_FEMENINAS = frozenset("""
    sra sra. señora srta srta. señorita doña dra dra. doctora lic.ª licenciada ing.ª ingeniera arquitecta profesora
    prof.ª senhora dona
    intendenta alcaldesa prefeita presidenta vicepresidenta jefa gobernadora governadora secretaria subsecretaria
    coordinadora coordenadora directora diretora concejala vereadora diputada deputada senadora ministra embajadora
    delegada tesorera regidora síndica edila
""".split())
_MASCULINAS = frozenset("""
    sr sr. señor don dr dr. doctor licenciado ingeniero arquitecto profesor senhor
    alcalde prefeito jefe gobernador governador secretario subsecretario coordinador coordenador director diretor
    concejal vereador diputado deputado senador ministro embajador delegado tesorero regidor síndico
""".split())
_PALABRA = re.compile(r"[^\W\d_]+\.?ª?|[^\W\d_]+", re.UNICODE)

FUNCIONES = {
    "presidencia": {FEMENINO: "Presidenta", MASCULINO: "Presidente", None: "Presidencia"},
    "secretaria": {FEMENINO: "Secretaria", MASCULINO: "Secretario", None: "Secretaría"},
}


def genero_en(texto: str | None) -> str | None:
    """FEMENINO, MASCULINO o None según las palabras del texto. Si hay de los dos, None (no se sabe)."""
    encontrados = set()
    for palabra in _PALABRA.findall((texto or "").casefold()):
        for forma in (palabra, palabra.rstrip(".")):
            if forma in _FEMENINAS:
                encontrados.add(FEMENINO)
            elif forma in _MASCULINAS:
                encontrados.add(MASCULINO)
    return encontrados.pop() if len(encontrados) == 1 else None


def genero_de(*textos: str | None) -> str | None:
    """El género que dice el primer texto que lo dice (de la fuente más directa a la menos)."""
    for texto in textos:
        genero = genero_en(texto)
        if genero is not None:
            return genero
    return None


def cargo_de_firma(funcion: str, genero: str | None) -> str:
    """('presidencia', FEMENINO) -> 'Presidenta'; ('secretaria', None) -> 'Secretaría' (en el idioma en curso: en
    portugués «Presidenta», «Secretária», «Secretaria»)."""
    return traducir(FUNCIONES[funcion].get(genero, FUNCIONES[funcion][None]))


# Las palabras de cada función, de cualquier género y en castellano o portugués (sin tildes: se comparan normalizadas).
_PALABRAS_DE_LA_FUNCION = {
    "presidencia": ("presidente", "presidenta", "presidencia"),
    "secretaria": ("secretario", "secretaria", "secretaría", "secretária"),
}


def sin_la_funcion(texto: str, funcion: str) -> str:
    """El nombre escrito en el borrador sin el título de la función que ya dice el bloque de firma: «Presidenta
    Carolina Cosse», «Carolina Cosse, Presidenta», «Carolina Cosse (Presidenta)» o «la Presidenta: Carolina Cosse»
    -> «Carolina Cosse» (si no, el bloque decía «Presidenta» dos veces). Lo demás, tal cual; solo el título, también
    (es lo único que dice quién firma)."""
    def sin_tildes(palabra: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", palabra.casefold()) if not unicodedata.combining(c))

    palabras = "|".join(re.escape(sin_tildes(p)) for p in _PALABRAS_DE_LA_FUNCION[funcion])
    plano = sin_tildes(texto)
    if len(plano) != len(texto):   # una letra que se descompone distinto: sin posiciones seguras, tal cual
        return texto.strip()
    delante = re.match(rf"\s*(?:(?:la|el|a|o)\s+)?(?:{palabras})\b\s*[:,\-—–]?\s*", plano)
    detras = re.search(rf"\s*(?:[,\-—–]\s*|\(\s*)(?:{palabras})\s*\)?\s*$", plano)
    inicio = delante.end() if delante else 0
    fin = detras.start() if detras else len(texto)
    limpio = texto[inicio:fin].strip(" ,:;-—–")
    return limpio if any(letra.isalpha() for letra in limpio) else texto.strip()   # sin nombre: el texto tal cual

