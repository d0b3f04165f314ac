"""Países por código ISO 3166-1 alfa-2, reconocidos por su nombre en español, portugués o inglés.

Los nombres vienen de CLDR a través de Babel: no se mantiene una tabla propia. Los de los tres idiomas reconocidos
se guardan, tal como los da Babel, en paises_cldr.py (generado con `python -m escritorio.dominio.paises`): cargar
Babel y sus datos de un idioma tarda unos 18 ms, y la ventana los necesita antes de mostrar el padrón.
tests/dominio/test_paises.py falla si ese archivo ya no coincide con Babel (al actualizarlo: se vuelve a generar).
"""

from functools import lru_cache
from pathlib import Path

from .texto import normalizar
from .traduccion import idioma_en_curso, traducir

IDIOMAS_RECONOCIDOS = ("es", "pt", "en")
# El código del catálogo en curso (dominio.traduccion) -> el idioma de los nombres de países.
_IDIOMA_DEL_CATALOGO = {"es": "es", "pt_BR": "pt", "pt": "pt", "en": "en"}
# Códigos de CLDR que no son países (Unión Europea, Naciones Unidas, desconocido...).
_NO_PAISES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}


def nombres_de_cldr(idioma: str) -> dict[str, str]:
    """código -> nombre de cada país en `idioma`, leídos de Babel."""
    from babel import Locale

    territorios = Locale.parse(idioma).territories
    return {
        codigo: nombre
        for codigo, nombre in sorted(territorios.items())
        if len(codigo) == 2 and codigo.isalpha() and codigo not in _NO_PAISES
    }


@lru_cache(maxsize=None)
def _nombres(idioma: str) -> dict[str, str]:
    from .paises_cldr import NOMBRES

    return NOMBRES[idioma] if idioma in NOMBRES else nombres_de_cldr(idioma)


@lru_cache(maxsize=None)
def _indice() -> dict[str, str]:
    """nombre normalizado (en cualquier idioma reconocido) o código -> código ISO."""
    indice: dict[str, str] = {}
    for idioma in reversed(IDIOMAS_RECONOCIDOS):  # el español gana si hay choque
        for codigo, nombre in _nombres(idioma).items():
            indice[normalizar(nombre)] = codigo
    for codigo in _nombres("en"):
        indice[normalizar(codigo)] = codigo
    return indice


@lru_cache(maxsize=4096)
def _codigo_de_texto(texto: str) -> str | None:
    return _indice().get(normalizar(texto))


def codigo_pais(texto: object) -> str | None:
    """'Brasil', 'brazil', 'BR', 'Perú' -> código ISO; None si no se reconoce."""
    return _codigo_de_texto(texto if isinstance(texto, str) else str(texto or ""))


def idioma_de_los_nombres(catalogo: str | None = None) -> str:
    """El idioma de los nombres de los países para el catálogo `catalogo` de la ventana («pt_BR» -> «pt»), o para
    el idioma en curso."""
    return _IDIOMA_DEL_CATALOGO.get(catalogo or idioma_en_curso(), "es")


def _idioma_de_los_nombres(idioma: str | None) -> str:
    """El idioma pedido o, sin él, el del idioma en curso (el catálogo «pt_BR» -> «pt»; uno sin nombres, «es»)."""
    if idioma:
        return idioma
    return _IDIOMA_DEL_CATALOGO.get(idioma_en_curso(), "es")


def nombre_pais(codigo: str, idioma: str | None = None) -> str:
    """Nombre del país para mostrar, en `idioma` o, sin él, en el idioma en curso (el de la ventana, o el del
    documento que se escribe); el propio código si no se conoce."""
    return _nombres(_idioma_de_los_nombres(idioma)).get((codigo or "").upper(), codigo or "")


def todos_los_paises(idioma: str | None = None) -> dict[str, str]:
    """código -> nombre de todos los países conocidos por CLDR, en `idioma` o en el idioma en curso."""
    return dict(_nombres(_idioma_de_los_nombres(idioma)))


def es_codigo_valido(codigo: str) -> bool:
    return (codigo or "").upper() in _nombres("en")


def pais_de_la_asociacion(pais: object, paises_asociacion) -> str:
    """El código ISO de `pais` (código o nombre) si la asociación lo incluye; si no, ValueError con sus países.

    `paises_asociacion`: los códigos de los países de la asociación (un dict código -> categoría sirve). Una
    asociación que todavía no cargó ningún país acepta cualquier país reconocido. La usan la ficha del miembro
    y la importación: un miembro de un país que la asociación no incluye casi siempre es un error de tipeo.
    """
    texto = "" if pais is None else str(pais).strip()
    if not texto:
        raise ValueError(traducir("está vacío; elija el país del miembro"))
    codigo = codigo_pais(texto)
    if codigo is None:
        raise ValueError(traducir("«{0}» no es un país reconocido; escriba su código ISO de dos letras (AR, BR, UY…) o "
                                  "su nombre").format(_muestra(texto)))
    if paises_asociacion and codigo not in paises_asociacion:
        from .orden_alfabetico import clave_en_curso   # solo para el mensaje: armar sus tablas cuesta ~2 ms

        incluidos = sorted(paises_asociacion, key=lambda c: clave_en_curso(nombre_pais(c)))
        lista = ", ".join(f"{nombre_pais(c)} ({c})" for c in incluidos)
        raise ValueError(traducir("{0} ({1}) no es un país de la asociación; sus países son: {2}. Elija uno de ellos; si "
                                  "la asociación incorporó ese país, agréguelo antes (escritorio asociacion pais {1} "
                                  "--categoria pleno)").format(nombre_pais(codigo), codigo, lista))
    return codigo


def _muestra(texto: str) -> str:
    from .entrada import muestra

    return muestra(texto)


def generar_paises_cldr(destino: Path | None = None) -> Path:
    """Escribe paises_cldr.py con los nombres de Babel en los idiomas reconocidos."""
    import babel

    destino = destino or Path(__file__).with_name("paises_cldr.py")
    comillas = '"' * 3
    lineas = [f"{comillas}Nombres de los países de CLDR (Babel {babel.__version__}) en los idiomas reconocidos.", "",
              f"Los genera `python -m escritorio.dominio.paises`; no se editan a mano (ver paises.py).{comillas}",
              "", "NOMBRES = {"]
    for idioma in IDIOMAS_RECONOCIDOS:
        lineas.append(f"    {idioma!r}: {{")
        renglon = "       "
        for codigo, nombre in nombres_de_cldr(idioma).items():  # varios por renglón, hasta 120 columnas
            entrada = f" {codigo!r}: {nombre!r},"
            if len(renglon) + len(entrada) > 120:
                lineas.append(renglon)
                renglon = "       "
            renglon += entrada
        lineas.append(renglon)
        lineas.append("    },")
    lineas.append("}")
    destino.write_text("\n".join(lineas) + "\n", encoding="utf-8")
    return destino


if __name__ == "__main__":
    print(f"Escrito {generar_paises_cldr()}")
