"""El mapa de la red: los miembros vigentes ubicados, con su estado y su tramo de población, sobre los contornos de
los países (Natural Earth, dominio público, en recursos/datos/contornos_paises.json; sin red). Lo dibujan Inicio
(interfaz/vistas/inicio/mapa.py) y el sitio publicado (documentos/sitio/mapa.py), con las reglas y los tipos de
`dominio.mapa` (proyección, colores, tamaños y leyenda)."""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache

from ..datos import asociaciones as tabla_asociaciones
from ..datos import ubicaciones as tabla_ubicaciones
from ..dominio import mapa as reglas
from ..dominio.mapa import MapaDeLaRed, PuntoDelMapa
from ..dominio.miembros import NO_MIEMBRO
from ..recursos import carpeta_recursos
from .base import hoy as fecha_de_hoy
from .contexto import Contexto
from .cuotas import listar_escalas
from .miembros import listar_miembros


@lru_cache(maxsize=1)
def contornos() -> dict[str, list[list[float]]]:
    """Código de país -> anillos [lon, lat, …] de Natural Earth 1:50m."""
    ruta = carpeta_recursos() / "datos" / "contornos_paises.json"
    return json.loads(ruta.read_text(encoding="utf-8"))["paises"]


@lru_cache(maxsize=1)
def _cajas_de_los_contornos() -> dict[str, list[tuple[float, float, float, float]]]:
    """La caja de cada anillo de `contornos()`, en su orden: se calculan una vez (antes, tres veces por anillo de
    todo el mundo cada vez que se armaba el mapa, al abrir Inicio)."""
    return {pais: [reglas.caja_de(a) for a in anillos] for pais, anillos in contornos().items()}


def _escala_vigente(contexto: Contexto, al: date):
    return next((e for e in listar_escalas(contexto) if e.tipo_cargo == "cuota_anual" and e.rige(al) and e.tramos),
                None)


def _encuadre_de_los_paises(paises: set[str]) -> reglas.Encuadre | None:
    """Sin miembros ubicados: el encuadre de los países de la asociación (su territorio principal)."""
    todos = contornos()
    puntos = []
    for pais in paises:
        if todos.get(pais):
            oeste, sur, este, norte = reglas.caja_de(reglas.anillo_principal(todos[pais]))
            puntos += [(sur, oeste), (norte, este)]
    return reglas.encuadre_de(puntos)


def mapa_de_la_red(contexto: Contexto, *, al: date | None = None) -> MapaDeLaRed:
    """Los miembros vigentes (activos y suspendidos) el día `al` (hoy) en el mapa; los que no tienen ubicación,
    aparte, para decirlo y ofrecer ubicarlos."""
    al = al or fecha_de_hoy()
    miembros = [m for m in listar_miembros(contexto, al=al) if m["estado"] not in NO_MIEMBRO]
    ubicaciones = tabla_ubicaciones.de_la_asociacion(contexto.db, contexto.asociacion_id)
    escala = _escala_vigente(contexto, al)
    tramos = list(escala.tramos) if escala else []
    mapa = MapaDeLaRed(tramos=[escala.describir_tramo(t) for t in tramos] if escala else [],
                       paises_de_la_red=frozenset(tabla_asociaciones.paises(contexto.db, contexto.asociacion_id)))
    for m in miembros:
        if m["id"] not in ubicaciones:
            mapa.sin_ubicacion.append({"id": m["id"], "nombre": m["nombre"], "pais_nombre": m["pais_nombre"]})
            continue
        latitud, longitud, _ = ubicaciones[m["id"]]
        tramo = tramos.index(escala.tramo(m["poblacion"])) if escala and m["poblacion"] is not None else None
        mapa.puntos.append(PuntoDelMapa(m["id"], m["nombre"], m["pais"], m["pais_nombre"], m["estado"],
                                        m["poblacion"], tramo, latitud, longitud, m["region"]))
    mapa.poblacion_maxima = max((p.poblacion or 0 for p in mapa.puntos), default=0)
    # Los puntos chicos encima de los grandes: ninguno queda tapado.
    mapa.puntos.sort(key=lambda p: -(p.poblacion or 0))
    mapa.encuadre = (reglas.encuadre_de([(p.latitud, p.longitud) for p in mapa.puntos])
                     or _encuadre_de_los_paises(set(mapa.paises_de_la_red)))
    if mapa.encuadre:
        # Un anillo que cruza el antimeridiano (Fiyi, Chukotka) iría de un borde al otro del mapa: no es de ninguna
        # región que se encuadre aquí.
        cajas = _cajas_de_los_contornos()
        mapa.paises = {pais: [a for a, caja in zip(anillos, cajas[pais]) if mapa.encuadre.toca(caja)
                              and caja[2] - caja[0] < 180]
                       for pais, anillos in contornos().items()}
        mapa.paises = {pais: anillos for pais, anillos in mapa.paises.items() if anillos}
    return mapa
