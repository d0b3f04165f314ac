"""Unidades temáticas: la plantilla de Mercociudades, coordinación, participantes y plan de trabajo."""

from dataclasses import dataclass, field
from datetime import date
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import miembros as tabla_miembros
from ..datos import organos as tabla_organos
from ..datos import unidades as tabla_unidades
from ..datos.conexion import transaccion
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio.unidades import ESTADOS_ACTIVIDAD, UNIDADES_MERCOCIUDADES
from ..dominio.vida_de_los_organos import no_existia_el
from ..errores import ErrorEscritorio, ErrorValidacion, ProblemaDeCampo
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO, LARGO_LARGO, Revision
from .contexto import Contexto
from .organos import OrganoListado, listar_organos
from .orden_alfabetico import clave_de_la_asociacion


class Actividad(TypedDict):
    """Una actividad del plan de trabajo de una unidad temática."""

    id: int
    organo_id: int
    titulo: str
    desde: str | None
    hasta: str | None
    estado: str
    responsable_id: int | None
    resultado: str | None
    responsable: str | None          # la ciudad (el miembro) responsable
    responsable_pais: str | None     # su país (ISO 3166)
    informe_id: int | None           # el informe en PDF vigente (el último adjuntado), si tiene
    informe_nombre: str | None
    informe_sha256: str | None


def unidades(contexto: Contexto, al: date | None = None) -> list[OrganoListado]:
    """Las unidades temáticas; con `al`, solo las que existían ese día (creadas y no disueltas)."""
    return [o for o in listar_organos(contexto, al) if o["tipo"] == "unidad_tematica"]


def cargar_plantilla(contexto: Contexto, padre_id: int | None = None,
                     articulo: str | None = None) -> int:
    """Crea las 15 unidades temáticas de Mercociudades con sus objetivos; omite las que ya existan."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):   # las que ya existen, con la base tomada: otra ventana pudo cargar la plantilla recién
        existentes = {o["nombre"] for o in listar_organos(contexto)}
        nuevas = [(n, o) for n, o in UNIDADES_MERCOCIUDADES if f"UT {n}" not in existentes]
        for nombre, objetivo in nuevas:
            tabla_organos.insertar_organo(db, asociacion_id, {"nombre": f"UT {nombre}", "tipo": "unidad_tematica",
                                                      "padre_id": padre_id, "atribuciones": objetivo, "articulo": articulo})
    return len(nuevas)


@dataclass
class NuevaActividad:
    titulo: str
    desde: date | None = None
    hasta: date | None = None
    estado: str = "prevista"
    responsable_id: int | None = None
    resultado: str | None = None


def revisar_actividad(nueva: NuevaActividad, que: str) -> tuple[str, str | None]:
    """(título, resultado) limpios; ErrorValidacion con cada problema y su campo (titulo, desde, hasta, estado,
    resultado) si algo no sirve. `que`: el título del error («No se agregó la actividad:»). La regla de agregar y de
    editar una actividad."""
    revision = Revision()
    if not nueva.titulo or not str(nueva.titulo).strip():
        revision.problemas.append(ProblemaDeCampo("titulo", traducir("Escriba el título de la actividad.")))
        titulo = None
    else:
        titulo = revision.texto(traducir("Título"), nueva.titulo, maximo=LARGO_CORTO, clave="titulo")
    resultado = revision.texto(traducir("Resultado"), nueva.resultado, maximo=LARGO_LARGO, multilinea=True,
                               obligatorio=False, clave="resultado")
    revision.fecha(traducir("Desde"), nueva.desde, futura=True, clave="desde")
    revision.fecha(traducir("Hasta"), nueva.hasta, futura=True, clave="hasta")
    if nueva.estado not in ESTADOS_ACTIVIDAD:
        revision.problemas.append(ProblemaDeCampo("estado", traducir("Estado «{0}» desconocido; use {1}.").format(
            nueva.estado, ", ".join(ESTADOS_ACTIVIDAD))))
    if nueva.desde and nueva.hasta and nueva.hasta < nueva.desde:
        revision.problemas.append(ProblemaDeCampo("hasta", traducir("La actividad termina antes de empezar.")))
    if revision.hay_problemas():
        if len(revision.problemas) == 1:   # un solo problema: su texto, sin título ni viñeta
            raise ErrorValidacion(str(revision.problemas[0]), list(revision.problemas))
        revision.lanzar(que)
    return titulo, resultado


def exigir_responsable(contexto: Contexto, responsable_id: int | None) -> None:
    """El responsable, si lo hay, es un miembro de la asociación (se llama dentro de la transacción)."""
    if responsable_id is not None and not tabla_miembros.es_de_la_asociacion(contexto.db, contexto.asociacion_id,
                                                                              responsable_id):
        raise ErrorValidacion(traducir("El miembro {0} no pertenece a esta asociación: elija otro responsable "
                                       "(los ids se ven con «miembros listar»).").format(responsable_id),
                              [ProblemaDeCampo("responsable", traducir(
                                  "El miembro {0} no pertenece a esta asociación.").format(responsable_id))])


def agregar_actividad(contexto: Contexto, unidad_id: int, nueva: NuevaActividad) -> int:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    unidad = tabla_organos.organo(db, unidad_id)
    if unidad is None or unidad["asociacion_id"] != asociacion_id:
        raise ErrorEscritorio(traducir("No existe la unidad {0} en esta asociación.").format(unidad_id))
    if unidad["tipo"] != "unidad_tematica":
        # Los planes de trabajo son de las unidades temáticas: los de otro órgano no se verían en ningún lugar.
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("«{0}» no es una unidad temática: los planes de trabajo son de las unidades (el área "
                             "Unidades temáticas las lista). No se agregó la actividad."),
            linea=traducir("«{0}» no es una unidad temática: los planes de trabajo son de las unidades («escritorio "
                           "unidades actividades» las nombra). No se agregó la actividad.")).format(unidad["nombre"]))
    titulo, resultado = revisar_actividad(nueva, traducir("No se agregó la actividad:"))
    with transaccion(db):
        # Una unidad disuelta (o todavía no creada) ese día no tiene plan de trabajo: con la base tomada, porque otra
        # ventana pudo disolverla recién (dominio.vida_de_los_organos).
        dia = nueva.desde or fecha_de_hoy()
        if (no_existia := no_existia_el(tabla_organos.organo(db, unidad_id), dia)) is not None:
            raise ErrorEscritorio(traducir("No se agregó la actividad:") + "\n  - " + no_existia)
        exigir_responsable(contexto, nueva.responsable_id)
        return tabla_unidades.insertar_actividad(
            db, unidad_id, titulo, nueva.desde.isoformat() if nueva.desde else None,
            nueva.hasta.isoformat() if nueva.hasta else None, nueva.estado, nueva.responsable_id, resultado)


def actividades(db: BaseDeDatos, unidad_id: int) -> list[Actividad]:
    return tabla_organos.actividades(db, unidad_id)


def actividades_de(contexto: Contexto, unidad_id: int) -> list[Actividad]:
    """El plan de trabajo de una unidad (un órgano) de la asociación."""
    unidad = tabla_organos.organo(contexto.db, unidad_id)
    if unidad is None or unidad["asociacion_id"] != contexto.asociacion_id:
        raise ErrorEscritorio(traducir("No existe la unidad {0} en esta asociación.").format(unidad_id))
    return tabla_organos.actividades(contexto.db, unidad_id)


@dataclass
class Matriz:
    unidades: list[str]
    filas: list[tuple[str, str, list[str]]]  # (miembro, país, papel en cada unidad: "Coordinador", "Integrante", "")
    miembro_ids: list[int] = field(default_factory=list)   # el id de cada fila, en su orden (para --json)


def matriz_de_participacion(contexto: Contexto, al: date | None = None) -> Matriz:
    """Miembros × unidades temáticas (las que existían en la fecha) con el papel de cada uno en ella."""
    from ..dominio.organos import CARGOS
    from ..dominio.paises import nombre_pais

    db = contexto.db
    clave = clave_de_la_asociacion(contexto)   # por país y nombre, en el orden alfabético de la asociación
    al = al or fecha_de_hoy()
    lista = unidades(contexto, al)
    papeles: dict[int, dict[int, str]] = {}
    nombres: dict[int, tuple[str, str]] = {}
    for indice, unidad in enumerate(lista):
        for m in tabla_organos.mandatos(db, unidad["id"], al.isoformat()):
            if m["miembro_id"] is None:
                continue
            nombres[m["miembro_id"]] = (m["miembro"], nombre_pais(m["pais"]))
            actual = papeles.setdefault(m["miembro_id"], {})
            if indice not in actual or m["cargo"] in ("coordinador", "subcoordinador"):
                actual[indice] = CARGOS[m["cargo"]]
    ids = sorted(papeles, key=lambda i: (clave(nombres[i][1]), clave(nombres[i][0])))
    filas = [(nombres[i][0], nombres[i][1], [papeles[i].get(k, "") for k in range(len(lista))]) for i in ids]
    return Matriz([u["nombre"] for u in lista], filas, ids)
