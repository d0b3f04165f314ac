"""Buscar en todo (miembros, sesiones, resoluciones, artículos, pagos): cómo se lee lo que se escribe y qué coincide.

Lo escrito se compara sin mayúsculas ni tildes (`texto.normalizar`): «sao» encuentra «São Paulo». Cada palabra tiene
que aparecer (en cualquier orden). Una palabra con letras coincide dentro de otra («cord» está en «Córdoba»); una
cifra, en cambio, coincide entera, sin ceros a la izquierda: «3/2025» encuentra la «Resolución 3/2025» pero no la
13/2025 (ni la fecha 16/03/2025), y «12» el recibo 0012/2025 pero no el 0120/2025. Las cifras sueltas o con año («12», «12/2025») son además
números de recibo (`numeros_de_recibo`).
"""

import re
from dataclasses import dataclass

from .texto import normalizar

CLASES = ("miembro", "sesion", "resolucion", "articulo", "pago")
NOMBRES_DE_CLASE = {"miembro": "Miembros", "sesion": "Sesiones", "resolucion": "Resoluciones",
                    "articulo": "Artículos del estatuto y los reglamentos", "pago": "Pagos"}
LIMITE_POR_CLASE = 8
LIMITE_MAXIMO = 200

# Una cifra («12»), con año o fecha («12/2025», «20/11/2025», «2026-03-16»); o una palabra (letras y cifras).
_PIEZA = re.compile(r"[0-9]+(?:[/.\-][0-9]+)*|[^\W_]+")
_CIFRAS = re.compile(r"[0-9]+(?:[/.\-][0-9]+)*")
_RECIBO = re.compile(r"([0-9]{1,9})(?:/([0-9]{4}))?")
_SEPARADOR = re.compile(r"[/.\-]")
# Delante de una cifra: ninguna otra cifra (y ceros a gusto). Delante de una con separadores («3/2026»), tampoco un
# separador: «3/2026» no es el final de la fecha «16/03/2026»; «2026» sola, en cambio, sí está en «3/2026».
_ANTES_SIMPLE = r"(?<![0-9])0*"
_ANTES_COMPUESTA = r"(?<![0-9/.\-])0*"


@dataclass(frozen=True)
class Consulta:
    """Lo escrito, ya leído: el texto normalizado, las palabras que se buscan dentro de otras y las cifras enteras."""

    texto: str
    palabras: tuple[str, ...]
    cifras: tuple[str, ...]
    _patrones: tuple[re.Pattern, ...]

    @property
    def vacia(self) -> bool:
        return not self.palabras and not self.cifras

    def coincide(self, *normalizados: str) -> bool:
        """¿Está cada palabra en alguno de los textos (ya normalizados)? Se miran juntos, como un solo texto."""
        texto = normalizados[0] if len(normalizados) == 1 else " ".join(normalizados)
        # Primero la búsqueda simple de la cifra (rápida); la expresión, que mira lo que la rodea, solo si está.
        return all(p in texto for p in self.palabras) and all(
            c in texto and r.search(texto) for c, r in zip(self.cifras, self._patrones))


def _sin_ceros(cifra: str) -> str:
    """«0012/2025» -> «12/2025» (solo los ceros del principio: «05/03/2026» queda «5/03/2026»)."""
    return cifra.lstrip("0") or "0"


def leer_consulta(texto: object) -> Consulta:
    """«  Resolución 3/2025 » -> palabras ('resolucion',), cifras ('3/2025',)."""
    normal = normalizar(texto)
    piezas = _PIEZA.findall(normal)
    cifras = tuple(dict.fromkeys(_sin_ceros(p) for p in piezas if _CIFRAS.fullmatch(p)))
    palabras = tuple(dict.fromkeys(p for p in piezas if not _CIFRAS.fullmatch(p)))
    patrones = tuple(re.compile((_ANTES_COMPUESTA if _SEPARADOR.search(c) else _ANTES_SIMPLE) + re.escape(c)
                                + r"(?![0-9])") for c in cifras)
    return Consulta(normal, palabras, cifras, patrones)


def numeros_de_recibo(consulta: Consulta) -> list[tuple[int, int | None]]:
    """Los recibos que nombra lo escrito: «12» -> (12, None) (de cualquier año); «12/2025» -> (12, 2025)."""
    numeros = []
    for cifra in consulta.cifras:
        encaje = _RECIBO.fullmatch(cifra)
        if encaje:
            numeros.append((int(encaje[1]), int(encaje[2]) if encaje[2] else None))
    return numeros


def fragmento(texto: str | None, consulta: Consulta, palabras_alrededor: int = 12) -> str:
    """Un trozo del texto (un artículo, una resolución) alrededor de la primera palabra buscada que aparece en él,
    con «…» donde se cortó; el principio del texto si ninguna aparece."""
    partes = (texto or "").split()
    if not partes:
        return ""
    normales = [normalizar(p) for p in partes]
    buscadas = consulta.palabras + consulta.cifras
    donde = next((i for i, n in enumerate(normales) if any(b in n for b in buscadas)), 0)
    desde = max(donde - palabras_alrededor // 3, 0)
    hasta = min(desde + palabras_alrededor, len(partes))
    trozo = " ".join(partes[desde:hasta])
    return ("… " if desde else "") + trozo + (" …" if hasta < len(partes) else "")
