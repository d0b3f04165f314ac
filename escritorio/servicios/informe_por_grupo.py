"""Cuántos miembros, observadores, población y puestos de un órgano tiene cada grupo de una agrupación (issue 80,
§2: «que cada informe cuente por cualquiera de ellas»): lo usan «asociacion contar-por», la ventana (Archivo >
Datos de la asociación… > Agrupaciones) y la memoria."""

from dataclasses import dataclass
from datetime import date

from ..dominio.traduccion import traducir
from .agrupaciones import exigir_agrupacion, grupos_de_los_miembros, nombres_de_los_grupos
from .contexto import Contexto


@dataclass
class FilaDeGrupo:
    """Lo que cuenta un informe por grupo: los miembros activos, los observadores, la población y, de un órgano, los
    integrantes y los que votan."""

    grupo: str
    miembros: int = 0
    observadores: int = 0
    poblacion: int = 0
    integrantes: int = 0
    con_voto: int = 0


def contar_por_grupo(contexto: Contexto, agrupacion: str, al: date, organo_id: int | None = None) -> list[FilaDeGrupo]:
    """Cuántos miembros activos (y cuántos observadores, y cuánta población) tiene cada grupo de la agrupación el día
    `al` y, con `organo_id`, cuántos integran el órgano y cuántos votan. Un miembro sin grupo va en «Sin grupo»."""
    from .miembros import listar_miembros
    from .observadores import observadores_al

    exigir_agrupacion(contexto, agrupacion)
    de_cada = grupos_de_los_miembros(contexto, agrupacion)
    sin_grupo = traducir("Sin grupo")
    filas = {g: FilaDeGrupo(g) for g in nombres_de_los_grupos(contexto, agrupacion)}
    observadores = observadores_al(contexto, al)
    for m in listar_miembros(contexto, al=al):
        if m["estado"] not in ("activo", "suspendido"):
            continue
        fila = filas.setdefault(de_cada.get(m["id"], sin_grupo), FilaDeGrupo(de_cada.get(m["id"], sin_grupo)))
        fila.miembros += 1
        fila.observadores += m["id"] in observadores
        fila.poblacion += m.get("poblacion") or 0
    if organo_id is not None:
        _contar_el_organo(contexto, organo_id, al, de_cada, filas, sin_grupo)
    return list(filas.values())


def _contar_el_organo(contexto: Contexto, organo_id: int, al: date, de_cada: dict[int, str],
                      filas: dict[str, FilaDeGrupo], sin_grupo: str) -> None:
    from ..dominio.organos import integrantes, integrantes_con_voto
    from .organos import composicion

    asientos = composicion(contexto, organo_id, al).asientos
    por_grupo: dict[str, list] = {}
    for a in asientos:
        por_grupo.setdefault(de_cada.get(a.miembro_id, sin_grupo), []).append(a)
    for grupo, suyos in por_grupo.items():
        fila = filas.setdefault(grupo, FilaDeGrupo(grupo))
        fila.integrantes, fila.con_voto = integrantes(suyos), integrantes_con_voto(suyos)

