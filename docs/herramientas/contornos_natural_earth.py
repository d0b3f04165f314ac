"""Escribe recursos/datos/contornos_paises.json, los contornos de los países del mapa de la red, a partir de la
TopoJSON de Natural Earth (dominio público) que redistribuye el paquete «world-atlas» (ISC).

Se corre a mano, una vez por versión de Natural Earth; el resultado va en git y el programa lo lee sin red:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python docs/herramientas/contornos_natural_earth.py package/countries-50m.json

Cada país va con su código ISO 3166-1 alfa-2 (el número de Natural Earth traducido con los alias de territorio de
CLDR, que trae Babel) y sus anillos como listas planas [lon, lat, lon, lat, …] con dos decimales (un kilómetro: más
que suficiente para un mapa de continente). Los territorios sin código (Chipre del Norte, Somalilandia…) se omiten.
"""

import json
import sys
from pathlib import Path

from babel.core import get_global

DESTINO = Path(__file__).resolve().parents[2] / "recursos" / "datos" / "contornos_paises.json"
DECIMALES = 2


def _arcos(topologia: dict) -> list[list[tuple[float, float]]]:
    """Los arcos de la topología, sin cuantizar: cada punto viene como diferencia del anterior."""
    escala, traslado = topologia["transform"]["scale"], topologia["transform"]["translate"]
    arcos = []
    for arco in topologia["arcs"]:
        x = y = 0
        puntos = []
        for dx, dy in arco:
            x, y = x + dx, y + dy
            puntos.append((x * escala[0] + traslado[0], y * escala[1] + traslado[1]))
        arcos.append(puntos)
    return arcos


def _anillo(indices: list[int], arcos) -> list[tuple[float, float]]:
    puntos: list[tuple[float, float]] = []
    for indice in indices:
        arco = arcos[indice] if indice >= 0 else list(reversed(arcos[~indice]))
        puntos.extend(arco if not puntos else arco[1:])   # el primer punto de cada arco repite el último del anterior
    return puntos


def _plano(anillo) -> list[float]:
    plano, anterior = [], None
    for lon, lat in anillo:
        punto = (round(lon, DECIMALES), round(lat, DECIMALES))
        if punto != anterior:
            plano.extend(punto)
            anterior = punto
    return plano


def convertir(ruta: Path) -> dict:
    topologia = json.loads(ruta.read_text(encoding="utf-8"))
    arcos = _arcos(topologia)
    alias = get_global("territory_aliases")
    paises: dict[str, list[list[float]]] = {}
    for geometria in topologia["objects"]["countries"]["geometries"]:
        codigo = alias.get(str(geometria.get("id", "")), [None])[0]
        if not codigo or geometria["type"] not in ("Polygon", "MultiPolygon"):
            continue
        poligonos = geometria["arcs"] if geometria["type"] == "MultiPolygon" else [geometria["arcs"]]
        anillos = [_plano(_anillo(anillo, arcos)) for poligono in poligonos for anillo in poligono]
        paises.setdefault(codigo, []).extend(a for a in anillos if len(a) >= 6)
    return {"fuente": "Natural Earth 1:50m, Admin 0 (dominio público), vía world-atlas 2.0.2",
            "formato": "código ISO 3166-1 alfa-2 -> anillos [lon, lat, lon, lat, …] en grados",
            "paises": dict(sorted(paises.items()))}


if __name__ == "__main__":
    contornos = convertir(Path(sys.argv[1]))
    DESTINO.write_text(json.dumps(contornos, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    print(f"{DESTINO}: {len(contornos['paises'])} países, {DESTINO.stat().st_size // 1024} KB")
