"""Elecciones de varios puestos: si una elección se decide por pluralidad y los cupos por país que la rigen, leídos
de la regla de composición del órgano.

La regla «por_categoria» (p. ej. el Consejo de la demo: dos ciudades por país pleno, una por asociado, Estatuto,
art. 13; o un Comité Ejecutivo con «a lo sumo una por país»: el tope es el máximo del cupo, y un cupo que solo pide
un mínimo no pone tope) que rige es la última con fecha anterior o igual a la de la sesión; la categoría de cada país, la vigente
en esa fecha. Ya ocupan cupo: las electas de ese país con mandato en el órgano que sigue vigente en el período que
se elige (un mandato que termina la víspera no ocupa nada) y, en una segunda vuelta, las electas de las vueltas
anteriores que todavía no se confirmaron (confirmadas, ya son mandatos). Suplentes y observadores no ocupan cupo
(como en los avisos de composición), y una elección de suplentes u observadores no tiene cupos. El mandato de
quien no era miembro el día en que empezó no vale y no ocupa cupo (servicios.elegibles).

Las reglas «por_agrupacion» (issue 80, §2: «dos puestos por región continental») ponen además un cupo a cada grupo:
una candidatura ocupa el de su país y el de su grupo en cada agrupación (la clave de un grupo es la tupla
(agrupación, grupo)), y la elección salta a la de un grupo lleno y dice al final el grupo que no alcanza su mínimo.
"""

from collections import Counter
from datetime import date

from ..datos import asociaciones as tabla_asociaciones
from ..datos import elecciones as tabla_elecciones
from ..datos import organos as tabla_organos
from ..datos.base_de_datos import BaseDeDatos
from ..dominio.elecciones import CupoPais
from ..dominio.organos import cupo_de, reglas_que_rigen
from ..dominio.paises import nombre_pais
from ..dominio.traduccion import traducir
from .contexto import Contexto
from .reglas_de_composicion import reglas_de

_SIN_CUPO = ("suplente", "observador")
_NUNCA = "9999-12-31"


def reglas_de_cupos(db: BaseDeDatos, organo_id: int, al: str) -> list:
    """Las reglas de cupos del órgano vigentes en la fecha: la por_categoria y una por_agrupacion por agrupación (de
    cada una, la de fecha más reciente que no la pasa; a igual fecha, la última agregada, como en la composición:
    `dominio.organos.reglas_que_rigen`)."""
    return [r for r in reglas_que_rigen(reglas_de(db, organo_id), date.fromisoformat(al))
            if r.tipo in ("por_categoria", "por_agrupacion")]


def _anteriores(db: BaseDeDatos, punto_id: int) -> list[int]:
    """Las elecciones de los puntos de los que sale esta (la primera vuelta de una segunda vuelta, y así)."""
    elecciones = []
    punto = tabla_elecciones.punto_del_orden(db, punto_id)
    while punto is not None and punto["padre_id"] is not None:
        punto = tabla_elecciones.punto_del_orden(db, punto["padre_id"])
        fila = tabla_elecciones.eleccion(db, punto["id"]) if punto is not None else None
        if fila is not None:
            elecciones.append(fila["id"])
    return elecciones


def _ocupados(db: BaseDeDatos, fila: dict, claves: "_Claves") -> Counter:
    """Cada país y cada grupo -> cuántos puestos ya ocupa en el período que se elige: los miembros con mandatos que lo
    tocan (sin suplentes ni observadores) y las electas sin confirmar de las vueltas anteriores."""
    hasta = fila["hasta"] or _NUNCA
    # Un mandato de quien no era miembro cuando empezó (escrito por fuera o por una versión anterior) no vale:
    # no ocupa el cupo de su país (lo informa «verificar» y la composición del órgano).
    invalidos = {m["id"] for m in tabla_organos.mandatos_de_no_miembros(db, fila["organo_id"])}
    # Un miembro ocupa un puesto aunque se siente con dos personas (su alcalde y su sherpa): se cuenta una vez.
    pares = {(m["miembro_id"], k) for m in tabla_organos.mandatos(db, fila["organo_id"])
             if m["cargo"] not in _SIN_CUPO and m["id"] not in invalidos
             and m["desde"] <= hasta and (m["hasta"] or _NUNCA) >= fila["desde"]
             for k in claves.de(m["miembro_id"], m["pais"])}
    for anterior in _anteriores(db, fila["punto_id"]):
        pares.update((c["miembro_id"], k) for c in tabla_elecciones.electas_sin_confirmar(db, anterior)
                     for k in claves.de(c["miembro_id"], c["pais"]))
    return Counter(k for _, k in pares)


class _Claves:
    """Los cupos que ocupa un miembro en la elección: el de su país y el de su grupo en cada agrupación con regla."""

    def __init__(self, contexto: Contexto, reglas_por_grupo: list):
        from .agrupaciones import grupos_de_los_miembros

        self.grupos = {str(r.parametros.get("agrupacion")): grupos_de_los_miembros(contexto, str(r.parametros.get(
            "agrupacion"))) for r in reglas_por_grupo}

    def de(self, miembro_id: int | None, pais: str | None) -> tuple:
        grupos = tuple((a, de_cada[miembro_id]) for a, de_cada in self.grupos.items() if miembro_id in de_cada)
        return ((pais,) if pais else ()) + grupos


def _cupos_de_los_paises(contexto: Contexto, regla, fila: dict, fecha_sesion: str, ocupados: Counter) -> dict:
    categorias = tabla_asociaciones.categorias_al(contexto.db, contexto.asociacion_id, fecha_sesion)
    paises = set(categorias) | {c["pais"] for c in tabla_elecciones.candidaturas(contexto.db, fila["id"]) if c["pais"]}
    cupos = {}
    for pais in sorted(paises):
        categoria = categorias.get(pais)
        cupo = cupo_de(regla.parametros, categoria if categoria != "retirado" else None)
        if cupo.maximo is None and not cupo.minimo:
            continue   # ni tope ni mínimo: el país no tiene límite en la elección
        cupos[pais] = CupoPais(nombre_pais(pais), traducir(categoria) if categoria else traducir("no miembro"),
                               cupo.maximo, ocupados.get(pais, 0), regla.articulo, cupo.minimo)
    return cupos


def _cupos_de_los_grupos(contexto: Contexto, regla, ocupados: Counter) -> dict:
    from ..dominio.organos import cupo_del_grupo, nombre_de_la_agrupacion, nombre_del_grupo
    from .agrupaciones import nombres_de_los_grupos

    agrupacion = str(regla.parametros.get("agrupacion"))
    cupos = {}
    for grupo in nombres_de_los_grupos(contexto, agrupacion):
        cupo = cupo_del_grupo(regla.parametros, grupo)
        if cupo is not None:
            cupos[(agrupacion, grupo)] = CupoPais(
                nombre_del_grupo(agrupacion, grupo), nombre_de_la_agrupacion(agrupacion), cupo.maximo,
                ocupados.get((agrupacion, grupo), 0), regla.articulo, cupo.minimo, de_un_grupo=True)
    return cupos


def cupos_de_la_eleccion(contexto: Contexto, fila: dict, fecha_sesion: str) -> tuple[dict[object, CupoPais],
                                                                                      dict[int, tuple]]:
    """Los cupos de la elección (`fila` de la tabla elecciones): país o (agrupación, grupo) -> su cupo, y candidatura
    -> las claves de los cupos que ocuparía; vacíos si el órgano no tiene regla de cupos."""
    reglas = reglas_de_cupos(contexto.db, fila["organo_id"], fecha_sesion)
    if not reglas or fila["cargo"] in _SIN_CUPO:
        return {}, {}
    claves = _Claves(contexto, [r for r in reglas if r.tipo == "por_agrupacion"])
    ocupados = _ocupados(contexto.db, fila, claves)
    cupos = {}
    for regla in reglas:
        cupos.update(_cupos_de_los_paises(contexto, regla, fila, fecha_sesion, ocupados) if regla.tipo == "por_categoria"
                     else _cupos_de_los_grupos(contexto, regla, ocupados))
    de_cada = {c["id"]: claves.de(c["miembro_id"], c["pais"])
               for c in tabla_elecciones.candidaturas(contexto.db, fila["id"])}
    return cupos, de_cada


def de_pluralidad(db: BaseDeDatos, fila: dict) -> bool:
    """Si la elección se decide por pluralidad: elige varios puestos, o es la segunda vuelta de una que los elegía."""
    punto = tabla_elecciones.punto_del_orden(db, fila["punto_id"])
    while True:
        if fila is not None and fila["puestos"] > 1:
            return True
        if punto is None or punto["padre_id"] is None:
            return False
        punto = tabla_elecciones.punto_del_orden(db, punto["padre_id"])
        fila = tabla_elecciones.eleccion(db, punto["id"]) if punto is not None else None


def completar_puestos(contexto: Contexto, eleccion, fila: dict):
    """Completa una `servicios.elecciones.Eleccion` leída de `fila`: los puestos, las electas en orden y, si se
    decide por pluralidad y sigue abierta, los países de las candidaturas y los cupos."""
    db = contexto.db
    eleccion.puestos = fila["puestos"]
    eleccion.puestos_segunda_vuelta = fila["puestos_segunda_vuelta"]
    eleccion.electas = sorted((c for c in eleccion.candidaturas if c["electa"] is not None), key=lambda c: c["electa"])
    eleccion.pluralidad = de_pluralidad(db, fila)
    if eleccion.pluralidad:
        eleccion.paises = {c["id"]: c["pais"] for c in eleccion.candidaturas}
        if eleccion.estado == "abierta":
            eleccion.cupos, claves = cupos_de_la_eleccion(contexto, fila,
                                                          tabla_elecciones.fecha_de_la_sesion(db, fila["punto_id"]))
            eleccion.paises.update(claves)
    return eleccion
