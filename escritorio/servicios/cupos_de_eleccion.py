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


def regla_de_cupos(db: BaseDeDatos, organo_id: int, al: str):
    """La regla por_categoria del órgano vigente en la fecha (la de fecha más reciente que no la pasa; a igual fecha,
    la última agregada, como en la composición: `dominio.organos.reglas_que_rigen`), o None."""
    return next((r for r in reglas_que_rigen(reglas_de(db, organo_id), date.fromisoformat(al))
                 if r.tipo == "por_categoria"), None)


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


def _ocupados(db: BaseDeDatos, fila: dict) -> Counter:
    """País -> cuántos puestos ya ocupa en el período que se elige: sus mandatos que lo tocan (sin suplentes ni
    observadores) y las electas sin confirmar de las vueltas anteriores."""
    hasta = fila["hasta"] or _NUNCA
    # Un mandato de quien no era miembro cuando empezó (escrito por fuera o por una versión anterior) no vale:
    # no ocupa el cupo de su país (lo informa «verificar» y la composición del órgano).
    invalidos = {m["id"] for m in tabla_organos.mandatos_de_no_miembros(db, fila["organo_id"])}
    ocupados = Counter(m["pais"] for m in tabla_organos.mandatos(db, fila["organo_id"])
                       if m["pais"] and m["cargo"] not in _SIN_CUPO and m["id"] not in invalidos
                       and m["desde"] <= hasta and (m["hasta"] or _NUNCA) >= fila["desde"])
    for anterior in _anteriores(db, fila["punto_id"]):
        ocupados.update(c["pais"] for c in tabla_elecciones.electas_sin_confirmar(db, anterior) if c["pais"])
    return ocupados


def cupos_de_la_eleccion(contexto: Contexto, fila: dict, fecha_sesion: str) -> dict[str, CupoPais]:
    """País -> su cupo en la elección (`fila` de la tabla elecciones); vacío si el órgano no tiene regla por país."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    regla = regla_de_cupos(db, fila["organo_id"], fecha_sesion)
    if regla is None or fila["cargo"] in _SIN_CUPO:
        return {}
    categorias = tabla_asociaciones.categorias_al(db, asociacion_id, fecha_sesion)
    ocupados = _ocupados(db, fila)
    paises = set(categorias) | {c["pais"] for c in tabla_elecciones.candidaturas(db, fila["id"]) if c["pais"]}
    cupos = {}
    for pais in sorted(paises):
        categoria = categorias.get(pais)
        maximo = cupo_de(regla.parametros, categoria if categoria != "retirado" else None).maximo
        if maximo is None:
            continue   # un cupo que solo pide un mínimo no pone tope: el país no tiene límite en la elección
        admitidos = maximo
        cupos[pais] = CupoPais(nombre_pais(pais), traducir(categoria) if categoria else traducir("no miembro"),
                               admitidos, ocupados.get(pais, 0), regla.articulo)
    return cupos


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
            eleccion.cupos = cupos_de_la_eleccion(contexto, fila, tabla_elecciones.fecha_de_la_sesion(db, fila["punto_id"]))
    return eleccion
