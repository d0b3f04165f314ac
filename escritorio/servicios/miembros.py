"""Consultar el padrón y cambiar el estado de un miembro."""

from datetime import date

from sqlite_utils import Database

from ..datos import miembros as tabla
from ..datos.conexion import transaccion
from ..dominio import entrada
from ..dominio.miembros import ESTADOS
from ..dominio.paises import nombre_pais
from ..dominio.texto import normalizar
from ..errores import ErrorEscritorio, ErrorValidacion
from .base import hoy as fecha_de_hoy
from .campos import Revision


def listar_miembros(db: Database, asociacion_id: int, *, al: date | None = None) -> list[dict]:
    """Todos los miembros con sus datos vigentes, ordenados por país y nombre como los lee una persona."""
    al = al or fecha_de_hoy()
    filas = tabla.vigentes(db, asociacion_id, al.isoformat())
    for fila in filas:
        fila["pais_nombre"] = nombre_pais(fila["pais"])
        fila["fundador"] = bool(fila["fundador"])
    filas.sort(key=lambda f: (normalizar(f["pais_nombre"]), normalizar(f["nombre"]), f["id"]))
    return filas


def contar_miembros(db: Database, asociacion_id: int) -> int:
    return tabla.contar(db, asociacion_id)


def _miembro(db: Database, miembro_id: int, asociacion_id: int | None = None) -> dict:
    fila = next(db.query("SELECT id, nombre, asociacion_id, fecha_ingreso FROM miembros WHERE id = ?", [miembro_id]), None)
    if fila is None or (asociacion_id is not None and fila["asociacion_id"] != asociacion_id):
        donde = "" if asociacion_id is None else " en esta asociación"
        raise ErrorEscritorio(f"No existe el miembro con id {miembro_id}{donde}. Consulte los ids con «miembros listar».")
    return fila


def cambiar_estado(db: Database, miembro_id: int, estado: str, desde: date, motivo: str,
                   asociacion_id: int | None = None) -> None:
    """Registra un estado con fecha (activo, suspendido, baja). La historia nunca se borra.

    La historia se escribe hacia adelante: un estado anterior al último registrado no tendría efecto
    y se rechaza con una explicación.
    """
    errores = {}
    if estado not in ESTADOS:
        errores["estado"] = f"Estado «{estado}» desconocido; use {', '.join(ESTADOS)}."
    revision = Revision()
    if entrada.es_vacio(motivo):
        errores["motivo"] = "Indique el motivo (por ejemplo: «Renuncia presentada por nota»)."
    else:
        motivo = revision.texto("Motivo", motivo, maximo=entrada.LARGO_CORTO, clave="motivo")
    # Una baja se registra cuando ocurrió (no por adelantado); una suspensión se puede programar.
    revision.fecha("Fecha", desde, historica=True, futura=estado != "baja", clave="desde")
    errores.update(revision.campos)
    with transaccion(db):  # el último estado se lee con la base tomada: otra ventana pudo registrar uno recién
        miembro = _miembro(db, miembro_id, asociacion_id)
        ultimo = db.execute("SELECT estado, desde FROM estados_miembro WHERE miembro_id = ? ORDER BY desde DESC, id DESC "
                            "LIMIT 1", [miembro_id]).fetchone()
        if "desde" in errores:
            pass
        elif miembro["fecha_ingreso"] and desde.isoformat() < miembro["fecha_ingreso"]:
            errores["desde"] = f"La fecha es anterior al ingreso del miembro ({_dma(miembro['fecha_ingreso'])})."
        elif ultimo and desde.isoformat() < ultimo[1]:
            errores["desde"] = (f"{miembro['nombre']} figura como {ESTADOS[ultimo[0]].lower()} desde el {_dma(ultimo[1])}; "
                                "un cambio con fecha anterior no tendría efecto. Use esa fecha o una posterior "
                                "(si el alta se cargó con fecha equivocada, corrija primero la fecha de ingreso).")
        if errores:
            error = ErrorValidacion("No se registró el cambio de estado:\n" + "\n".join(f"  - {m}" for m in errores.values()))
            error.campos = errores
            raise error
        db.execute(tabla.INSERTAR_ESTADO, [miembro_id, estado, desde.isoformat(), motivo.strip()])


def dar_de_baja(db: Database, miembro_id: int, fecha: date, motivo: str, asociacion_id: int | None = None) -> None:
    """Un miembro se va con una baja fechada, nunca borrándolo."""
    cambiar_estado(db, miembro_id, "baja", fecha, motivo, asociacion_id)


def _dma(iso: str) -> str:
    return "/".join(reversed(iso.split("-")))


def eliminar_por_error(db: Database, miembro_id: int) -> None:
    """Borrado real, solo para un alta hecha por error y sin ninguna historia posterior."""
    with transaccion(db):  # la historia se cuenta con la base tomada: el borrado arrastraría lo agregado entre medio
        miembro = _miembro(db, miembro_id)
        historia = db.execute(
            "SELECT (SELECT count(*) FROM poblaciones WHERE miembro_id = :id) > 1"
            " OR (SELECT count(*) FROM estados_miembro WHERE miembro_id = :id) > 1"
            " OR (SELECT count(*) FROM autoridades WHERE miembro_id = :id) > 1",
            {"id": miembro_id}).fetchone()[0]
        if historia:
            raise ErrorEscritorio(
                f"«{miembro['nombre']}» tiene historia (poblaciones, estados o autoridades anteriores): "
                "no se puede borrar. Use «Dar de baja» con fecha y motivo.")
        db.execute("DELETE FROM miembros WHERE id = ?", [miembro_id])
