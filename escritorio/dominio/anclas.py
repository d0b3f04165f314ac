"""Las cabezas de la cadena de la bitácora que el sitio publicado ya mostró (issue 58 §2): un ancla fuera del archivo.

Cada publicación agrega al sitio la cabeza de la cadena (el último sello y su huella SHA-256) a la lista de todas
las publicadas antes (`anclas.json`, y su página `anclas.html`). La lista solo crece: una cabeza que el público ya
vio no se quita. Quien rehace la cadena o vuelve la base a una copia más vieja ya no la «continúa», y lo que el
sitio mostró lo delata. Aquí, lo puro: cómo se lee y se escribe la lista.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

ARCHIVO_DE_ANCLAS = "anclas.json"
PAGINA_DE_ANCLAS = "anclas.html"
FORMATO = "escritorio-anclas-1"
LARGO_MAXIMO = 4_000_000   # un archivo de anclas de verdad tiene unos 100 bytes por publicación

_HUELLA = re.compile(r"[0-9a-f]{64}")
_MOMENTO = re.compile(r"(\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?)?")
SELLO_MAXIMO = 2 ** 63 - 1   # el mayor entero de SQLite y de PostgreSQL (bigint)


@dataclass(frozen=True)
class CabezaPublicada:
    sello: int          # el número del sello de la bitácora
    huella: str         # su huella SHA-256 (64 cifras hexadecimales, minúsculas)
    publicada_en: str   # cuándo se publicó («AAAA-MM-DDTHH:MM:SS», UTC)


@dataclass(frozen=True)
class AnclasPublicadas:
    identidad: str | None               # de qué base y asociación («identidad:asociación», como el manifiesto)
    cabezas: tuple[CabezaPublicada, ...]


def leer_anclas(texto: str) -> AnclasPublicadas:
    """La lista de un `anclas.json`. ValueError si no es una lista de anclas de Escritorio (sello entero positivo,
    huella de 64 cifras hexadecimales)."""
    if len(texto) > LARGO_MAXIMO:
        raise ValueError("demasiado grande")
    datos = json.loads(texto)
    if not isinstance(datos, dict) or datos.get("formato") != FORMATO:
        raise ValueError("no es una lista de anclas de Escritorio")
    identidad = datos.get("identidad")
    return AnclasPublicadas(identidad if isinstance(identidad, str) else None, leer_cabezas(datos.get("cabezas")))


def leer_cabezas(lista: object) -> tuple[CabezaPublicada, ...]:
    """[{sello, huella, publicada_en}, …] (la de `anclas.json` y la del manifiesto del sitio). ValueError si una no
    tiene un sello entero positivo y una huella de 64 cifras hexadecimales."""
    if not isinstance(lista, list):
        raise ValueError("no es una lista de cabezas")
    cabezas = []
    for cabeza in lista:
        if not isinstance(cabeza, dict):
            raise ValueError("una cabeza no es un objeto")
        sello, huella, cuando = cabeza.get("sello"), cabeza.get("huella"), cabeza.get("publicada_en", "")
        if (not isinstance(sello, int) or isinstance(sello, bool) or not 1 <= sello <= SELLO_MAXIMO
                or not isinstance(huella, str) or not _HUELLA.fullmatch(huella) or not isinstance(cuando, str)
                or not _MOMENTO.fullmatch(cuando)):
            raise ValueError("una cabeza no tiene sello, huella y fecha válidos")
        cabezas.append(CabezaPublicada(sello, huella, cuando))
    return tuple(cabezas)


def juntar(*listas: tuple[CabezaPublicada, ...]) -> tuple[CabezaPublicada, ...]:
    """Las cabezas de varias fuentes (el archivo del sitio y su manifiesto), sin repetir, por número de sello: si
    difieren, quedan las dos (cada una se compara con la cadena)."""
    vistas: dict[tuple[int, str], CabezaPublicada] = {}
    for lista in listas:
        for cabeza in lista:
            vistas.setdefault((cabeza.sello, cabeza.huella), cabeza)
    return tuple(sorted(vistas.values(), key=lambda c: (c.sello, c.publicada_en)))


def como_lista(cabezas: tuple[CabezaPublicada, ...]) -> list[dict]:
    return [{"sello": c.sello, "huella": c.huella, "publicada_en": c.publicada_en} for c in cabezas]


def agregar_cabeza(anteriores: tuple[CabezaPublicada, ...], sello: int, huella: str, cuando: str
                   ) -> tuple[CabezaPublicada, ...]:
    """Las cabezas de antes, todas y en su orden, más la de ahora si es otra (publicar dos veces sin cambios en la
    base no la repite)."""
    if any(c.sello == sello and c.huella == huella for c in anteriores):
        return anteriores
    return (*anteriores, CabezaPublicada(sello, huella.lower(), cuando))


def escribir_anclas(anclas: AnclasPublicadas, generador: str) -> bytes:
    """El `anclas.json`: legible por una persona y por un programa (estable: la misma lista, los mismos bytes)."""
    datos = {"formato": FORMATO, "generador": generador, "identidad": anclas.identidad,
             "explicacion": "Cada cabeza de la cadena de sellos de la bitácora que mostró este sitio, de la más vieja a "
                            "la más nueva: «escritorio verificar --ancla» comprueba que la base todavía la tenga.",
             "cabezas": como_lista(anclas.cabezas)}
    return (json.dumps(datos, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
