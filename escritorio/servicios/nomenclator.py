"""El nomenclátor que trae el programa (recursos/datos/ciudades_geonames.csv y regiones_geonames.csv: GeoNames,
CC BY 4.0) y lo que propone para un miembro: región, población con su año y fuente, ubicación. Se lee una vez por
proceso; no hay red."""

import csv
from functools import lru_cache

from ..dominio.nomenclator import Lugar, buscar
from ..dominio.paises import codigo_pais
from ..dominio.texto import normalizar
from ..recursos import carpeta_recursos, ciudades_geonames


@lru_cache(maxsize=1)
def _regiones() -> dict[tuple[str, str], str]:
    ruta = carpeta_recursos() / "datos" / "regiones_geonames.csv"
    with open(ruta, encoding="utf-8", newline="") as archivo:
        return {(f["pais_iso2"], f["admin1"]): f["nombre"] for f in csv.DictReader(archivo)}


@lru_cache(maxsize=1)
def lugares() -> tuple[Lugar, ...]:
    """Todas las ciudades del nomenclátor, en el orden del archivo (de la más poblada a la menos, por país)."""
    regiones = _regiones()
    with open(ciudades_geonames(), encoding="utf-8", newline="") as archivo:
        return tuple(Lugar(int(f["geonameid"]), f["nombre"], f["pais_iso2"], regiones.get((f["pais_iso2"], f["admin1"])),
                           int(f["poblacion"]), float(f["latitud"]), float(f["longitud"]))
                     for f in csv.DictReader(archivo))


@lru_cache(maxsize=1)
def _por_nombre() -> dict[str, list[Lugar]]:
    """Las ciudades por su nombre normalizado (la misma `normalizar` con que `buscar` compara): ubicar a 100.000
    miembros recorría las 3.600 ciudades para cada uno, normalizando cada nombre cada vez (minutos con la ventana
    quieta); así, cada miembro mira solo las que se llaman como él."""
    indice: dict[str, list[Lugar]] = {}
    for lugar in lugares():
        indice.setdefault(normalizar(lugar.nombre), []).append(lugar)
    return indice


def buscar_ciudad(nombre: str, pais: str | None = None, region: str | None = None) -> list[Lugar]:
    """Las ciudades del nomenclátor con ese nombre (y país), la propuesta primero (ver `dominio.nomenclator.buscar`,
    que decide; el índice solo le da las que se llaman así)."""
    return buscar(_por_nombre().get(normalizar(nombre), []), nombre, pais, region)


def proponer(nombre: str, pais: str | None, region: str | None = None) -> tuple[Lugar, int] | None:
    """La ciudad que el nomenclátor propone para un miembro `nombre` de `pais` (código o nombre del país), la de su
    `region` si hay varias y una es de ella, y cuántas otras se llaman igual en ese país; None si no conoce ninguna.
    No escribe nada: quien la muestra la hace aceptar."""
    codigo = codigo_pais(pais) if pais else None
    if not codigo:
        return None
    ciudades = buscar_ciudad(nombre or "", codigo, region)
    return (ciudades[0], len(ciudades) - 1) if ciudades else None
