"""Sellado y verificación de la bitácora: cada transacción cierra sus registros con una huella SHA-256
encadenada a la del sello anterior (como un libro foliado: no se puede arrancar ni cambiar una hoja)."""

import getpass
import hashlib
import os
from datetime import datetime, timezone

from sqlite_utils import Database

_operador: str | None = None


def fijar_operador(nombre: str | None) -> None:
    """Nombre de quien opera (opcional), además del usuario del sistema operativo."""
    global _operador
    _operador = (nombre or "").strip() or None


def _usuario() -> str:
    try:
        return getpass.getuser()
    except Exception:  # sin variable de usuario (servicio, contenedor): se deja constancia igual
        return "desconocido"


# Cada registro se serializa en SQL (una sola cadena para todo el tramo) y se resume en Python.
_SERIE = ("SELECT group_concat(id || char(31) || entidad || char(31) || "
          "coalesce(entidad_id, '') || char(31) || accion || char(31) || datos, char(30)), count(*) "
          "FROM (SELECT * FROM bitacora WHERE id BETWEEN ? AND ? ORDER BY id)")


def _huella(db: Database, anterior: str | None, momento: str, usuario: str | None, operador: str | None,
            desde: int, hasta: int) -> tuple[str, int]:
    serie, cantidad = db.execute(_SERIE, [desde, hasta]).fetchone()
    digesto = hashlib.sha256("\x1f".join((anterior or "", momento, usuario or "", operador or "")).encode("utf-8"))
    digesto.update((serie or "").encode("utf-8"))
    return digesto.hexdigest(), cantidad


def _ultimo_sello(db: Database):
    return db.execute("SELECT hasta_id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()


def sellar(db: Database) -> tuple[int, str] | None:
    """Dentro de la transacción que termina: sella los registros nuevos de la bitácora, si los hay.
    Devuelve (id, huella) del sello nuevo (la nueva cabeza de la cadena), o None si no hubo cambios."""
    ultimo = _ultimo_sello(db)
    desde = (ultimo[0] if ultimo else 0) + 1
    hasta = db.execute("SELECT max(id) FROM bitacora").fetchone()[0]
    if hasta is None or hasta < desde:
        return None
    momento = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")[:23]
    usuario, operador = _usuario(), _operador or os.environ.get("ESCRITORIO_OPERADOR") or None
    huella, _ = _huella(db, ultimo[1] if ultimo else None, momento, usuario, operador, desde, hasta)
    cursor = db.execute("INSERT INTO bitacora_sellos (momento, usuario, operador, desde_id, hasta_id, huella_anterior, "
                        "huella) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [momento, usuario, operador, desde, hasta, ultimo[1] if ultimo else None, huella])
    return cursor.lastrowid, huella


def verificar(db: Database) -> list[str]:
    """Problemas de la bitácora: sellos que no coinciden, cadena rota, registros sin sellar. Vacía si está íntegra."""
    problemas, anterior, fin_anterior = [], None, 0
    for sello_id, momento, usuario, operador, desde, hasta, huella_anterior, huella in db.execute(
            "SELECT id, momento, usuario, operador, desde_id, hasta_id, huella_anterior, huella FROM bitacora_sellos "
            "ORDER BY id").fetchall():
        if huella_anterior != anterior:
            problemas.append(f"Bitácora: la cadena de sellos está rota en el sello {sello_id}.")
        if desde != fin_anterior + 1:
            problemas.append(f"Bitácora: faltan o sobran registros antes del sello {sello_id}.")
        calculada, cantidad = _huella(db, anterior, momento, usuario, operador, desde, hasta)
        if cantidad != hasta - desde + 1 or calculada != huella:
            problemas.append(f"Bitácora: los registros {desde} a {hasta} fueron alterados (el sello {sello_id} no coincide).")
        anterior, fin_anterior = huella, hasta
    sueltos = db.execute("SELECT count(*) FROM bitacora WHERE id > ?", [fin_anterior]).fetchone()[0]
    if sueltos:
        problemas.append(f"Bitácora: {sueltos} registros sin sellar (cambios hechos por fuera de Escritorio).")
    return problemas


# --- lectura para el visor y la exportación ---------------------------------------------------------------------

def entidades(db: Database) -> list[str]:
    """Las tablas que tienen algún registro en la bitácora, en orden alfabético."""
    return [f[0] for f in db.execute("SELECT DISTINCT entidad FROM bitacora ORDER BY entidad")]


def registros(db: Database, *, entidad: str | None, entidad_id: int | None, desde_utc: str | None,
              hasta_utc: str | None, limite: int):
    """Cursor de (id, momento UTC o '', usuario, operador, entidad, entidad_id, acción, datos JSON), del más reciente
    al más viejo; cada filtro en None no filtra; `hasta_utc` excluido; `limite` -1: sin límite."""
    return db.execute(
        """SELECT b.id, coalesce(s.momento, ''), s.usuario, s.operador, b.entidad, b.entidad_id, b.accion, b.datos
           FROM bitacora b LEFT JOIN bitacora_sellos s ON b.id BETWEEN s.desde_id AND s.hasta_id
           WHERE (:entidad IS NULL OR b.entidad = :entidad) AND (:id IS NULL OR b.entidad_id = :id)
             AND (:desde IS NULL OR s.momento >= :desde) AND (:hasta IS NULL OR s.momento < :hasta)
           ORDER BY b.id DESC LIMIT :limite""",
        {"entidad": entidad, "id": entidad_id, "desde": desde_utc, "hasta": hasta_utc, "limite": limite})


def ultimo_registro(db: Database, entidad: str, entidad_id: int) -> tuple[str, str] | None:
    """(acción, datos JSON) del último registro de la bitácora sobre esa fila; None si no tiene."""
    return db.execute("SELECT accion, datos FROM bitacora WHERE entidad = ? AND entidad_id = ? "
                      "ORDER BY id DESC LIMIT 1", [entidad, entidad_id]).fetchone()


def columnas_legibles(db: Database, tabla: str) -> list[str]:
    """Las columnas de la tabla en el orden en que la bitácora guarda sus valores, sin las BLOB (no se registran)."""
    return [f[1] for f in db.execute(f"PRAGMA table_info({tabla})").fetchall() if f[2].upper() != "BLOB"]


def fila_actual(db: Database, tabla: str, fila_id) -> dict | None:
    """La fila `id = fila_id` de la tabla como está hoy; None si no existe."""
    return next(db.query(f"SELECT * FROM {tabla} WHERE id = ?", [fila_id]), None)


# --- el orden en que se escribieron las filas -------------------------------------------------------------------

def ultima_escritura(db: Database, entidad: str, ids: list[int]) -> dict[int, int]:
    """Por fila de `entidad` (de las `ids`): el id del último registro de la bitácora que la tocó (el orden en que
    se escribió); vacío si la base no tiene bitácora."""
    if not ids or "bitacora" not in db.table_names():
        return {}
    marcas = ",".join("?" * len(ids))
    return {i: ultimo for i, ultimo in db.execute(
        f"SELECT entidad_id, max(id) FROM bitacora WHERE entidad = ? AND entidad_id IN ({marcas}) GROUP BY entidad_id",
        [entidad, *ids])}


def alta_de_version_de_articulo(db: Database, version_id: int) -> int | None:
    """El id del primer registro de la bitácora sobre esa versión de artículo (cuándo se registró); None si no tiene."""
    return db.execute("SELECT min(id) FROM bitacora WHERE entidad = 'versiones_articulo' "
                      "AND entidad_id = ?", [version_id]).fetchone()[0]
