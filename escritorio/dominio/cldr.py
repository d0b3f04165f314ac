"""Los datos globales de CLDR que trae babel (qué monedas rigen en cada territorio, cuántos decimales tiene cada una),
leídos sin importar babel.

Importar `babel.numbers` (con `babel.core`, `babel.localedata`, `babel.plural`…) costaba ~15 ms en cada orden que
muestra un importe o valida una moneda, para leer dos tablas de su archivo `global.dat`. Aquí se lee ese archivo como
lo lee `babel.core.get_global` (un pickle del paquete babel instalado, nunca de otro lugar). Si no se lo encuentra o
no tiene la forma esperada (otro empaquetado, otra versión de babel), se pregunta a babel como siempre: el resultado
es el mismo, solo más lento (tests/dominio/test_cldr.py compara ambos caminos para todas las monedas y territorios).
"""

from __future__ import annotations

import os
from datetime import date
from functools import lru_cache


@lru_cache(maxsize=1)
def _datos_globales() -> dict | None:
    """El contenido de babel/global.dat, o None si no se puede leer sin importar babel."""
    try:
        from importlib.util import find_spec

        spec = find_spec("babel")
        carpetas = list(spec.submodule_search_locations or []) if spec is not None else []
        ruta = os.path.join(carpetas[0], "global.dat") if carpetas else None
        if ruta is None or not os.path.isfile(ruta):
            return None
        import pickle

        with open(ruta, "rb") as archivo:
            datos = pickle.load(archivo)
    except Exception:  # noqa: BLE001 - cualquier sorpresa: se usa babel, que sabe leerlo
        return None
    if not isinstance(datos, dict) or not isinstance(datos.get("currency_fractions"), dict) \
            or "DEFAULT" not in datos["currency_fractions"] or not isinstance(datos.get("territory_currencies"), dict):
        return None
    return datos


def decimales_de(moneda: str) -> int:
    """Los decimales de la moneda según CLDR (USD 2, CLP 0, BHD 3), como `babel.numbers.get_currency_precision`."""
    datos = _datos_globales()
    if datos is None:
        from babel.numbers import get_currency_precision

        return get_currency_precision(moneda)
    fracciones = datos["currency_fractions"]
    return fracciones.get(moneda, fracciones["DEFAULT"])[0]


def monedas_de_curso_legal(dia: date) -> frozenset[str]:
    """Los códigos de las monedas de curso legal `dia` en algún territorio, como la unión de
    `babel.numbers.get_territory_currencies(territorio, dia)` sobre todos los territorios."""
    datos = _datos_globales()
    vigentes: set[str] = set()
    if datos is None:
        from babel.core import get_global
        from babel.numbers import get_territory_currencies

        for territorio in get_global("territory_currencies"):
            vigentes.update(get_territory_currencies(territorio, dia))
        return frozenset(vigentes)
    for monedas in datos["territory_currencies"].values():
        for codigo, desde, hasta, de_curso_legal in monedas:
            if de_curso_legal and (desde is None or date(*desde) <= dia) and (hasta is None or date(*hasta) >= dia):
                vigentes.add(codigo)
    return frozenset(vigentes)
