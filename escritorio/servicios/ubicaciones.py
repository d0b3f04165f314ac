"""Dónde está cada miembro: fijar o quitar su ubicación, y ubicar de una vez con el nomenclátor a los que no tienen.

La ventana (la ficha, Inicio) y la línea de órdenes («miembros ubicacion», «miembros ubicar») llaman a estas mismas
funciones. Cada escritura es una transacción: lo que se lee para decidir (el miembro es de la asociación, quién no
tiene ubicación) se lee adentro."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict

from ..datos import miembros as tabla_miembros
from ..datos import ubicaciones as tabla_ubicaciones
from ..datos.conexion import transaccion
from ..dominio.entrada import LARGO_CORTO
from ..dominio.nomenclator import Lugar
from ..dominio.traduccion import traducir
from ..dominio.ubicacion import validar_ubicacion
from ..errores import ErrorEscritorio, ErrorValidacion
from .campos import Revision
from .contexto import Contexto
from .nomenclator import buscar_ciudad

FUENTE_A_MANO = "Secretaría"


class Ubicacion(TypedDict):
    """Dónde está un miembro en el mapa (grados decimales, WGS 84) y de dónde sale."""

    latitud: float
    longitud: float
    fuente: str | None


def _miembro(contexto: Contexto, miembro_id: int) -> dict:
    fila = tabla_miembros.nombre_en_asociacion(contexto.db, contexto.asociacion_id, miembro_id)
    if fila is None:
        raise ErrorEscritorio(traducir("No existe el miembro con id {0} en esta asociación.").format(miembro_id))
    return fila


def revisar_ubicacion(latitud: object, longitud: object, fuente: object = None) -> tuple[float, float, str | None]:
    """La ubicación limpia (latitud, longitud, fuente) o ErrorValidacion con cada campo mal escrito."""
    ubicacion, errores = validar_ubicacion(latitud, longitud)
    revision = Revision()
    fuente = revision.texto(traducir("Fuente"), fuente, maximo=LARGO_CORTO, obligatorio=False, clave="fuente_ubicacion")
    errores.update(revision.campos)
    if errores:
        raise ErrorValidacion(traducir("La ubicación no se guardó:") + "\n"
                              + "\n".join(f"  - {m}" for m in errores.values()), campos=errores)
    return ubicacion[0], ubicacion[1], fuente


def fijar_ubicacion(contexto: Contexto, miembro_id: int, latitud: object, longitud: object,
                    fuente: object = FUENTE_A_MANO) -> tuple[float, float, str | None]:
    """Guarda (o corrige) dónde está el miembro. Devuelve lo guardado."""
    lat, lon, fuente = revisar_ubicacion(latitud, longitud, fuente)
    with transaccion(contexto.db):
        _miembro(contexto, miembro_id)
        tabla_ubicaciones.guardar(contexto.db, miembro_id, lat, lon, fuente)
    return lat, lon, fuente


def quitar_ubicacion(contexto: Contexto, miembro_id: int) -> bool:
    """El miembro sale del mapa. False si no tenía ubicación."""
    with transaccion(contexto.db):
        _miembro(contexto, miembro_id)
        return tabla_ubicaciones.quitar(contexto.db, miembro_id)


def ubicacion_de(contexto: Contexto, miembro_id: int) -> Ubicacion | None:
    """{"latitud", "longitud", "fuente"} del miembro, o None si no está en el mapa."""
    _miembro(contexto, miembro_id)
    return tabla_ubicaciones.del_miembro(contexto.db, miembro_id)


@dataclass
class PlanDeUbicacion:
    """Lo que haría (o hizo) «ubicar con el nomenclátor»: a quién ubica y con qué ciudad, y a quién no."""

    ubicados: list[tuple[dict, Lugar]] = field(default_factory=list)     # (miembro, ciudad propuesta)
    con_otras_posibles: dict[int, int] = field(default_factory=dict)    # miembro_id -> cuántas ciudades más se llaman igual
    sin_coincidencia: list[dict] = field(default_factory=list)          # miembros que el nomenclátor no conoce
    ya_ubicados: int = 0
    escrito: bool = False


def _plan(contexto: Contexto) -> PlanDeUbicacion:
    plan = PlanDeUbicacion()
    ubicados = tabla_ubicaciones.de_la_asociacion(contexto.db, contexto.asociacion_id)
    for miembro_id, nombre, pais, region in tabla_miembros.nombres_paises_y_regiones(contexto.db,
                                                                                    contexto.asociacion_id):
        miembro = {"id": miembro_id, "nombre": nombre, "pais": pais}
        if miembro_id in ubicados:
            plan.ya_ubicados += 1
            continue
        ciudades = buscar_ciudad(nombre, pais, region)
        if not ciudades:
            plan.sin_coincidencia.append(miembro)
            continue
        plan.ubicados.append((miembro, ciudades[0]))
        if len(ciudades) > 1:
            plan.con_otras_posibles[miembro_id] = len(ciudades) - 1
    return plan


def ubicar_con_el_nomenclator(contexto: Contexto, *, simular: bool = False) -> PlanDeUbicacion:
    """Propone la ubicación de cada miembro que no tiene, con la ciudad del nomenclátor de su nombre y su país (si
    hay varias, la de su región o, si ninguna lo es, la más poblada: el plan dice cuántas más hay, para revisarlas
    en la ficha). Con `simular`, solo el plan; si no, lo escribe todo en una transacción, con la fuente «GeoNames
    (geonames.org)». Los que ya tienen ubicación no se tocan."""
    if simular:
        return _plan(contexto)
    with transaccion(contexto.db):
        plan = _plan(contexto)
        for miembro, lugar in plan.ubicados:
            tabla_ubicaciones.guardar(contexto.db, miembro["id"], lugar.latitud, lugar.longitud, lugar.fuente)
    plan.escrito = True
    return plan
