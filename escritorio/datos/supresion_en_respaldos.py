"""El SQL de una supresión dentro de un respaldo (issue 81 §2): la persona y la solicitud que el respaldo todavía no
tiene, y las filas que la supresión de la base tocó y el respaldo todavía tiene. Lo que se decide con esto está en
servicios/supresion_en_los_respaldos.py; lo demás (anotar, borrar, anonimizar, suprimir los valores) es lo mismo que
en la base (personas.py, valores_personales.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .base_de_datos import BaseDeDatos
from .valores_personales import COLUMNAS_PERSONALES


def migraciones_del_archivo(ruta: Path) -> set[str] | None:
    """Las migraciones que tiene el archivo (leído sin escribir); None si no se puede leer como base de Escritorio."""
    try:
        conexion = sqlite3.connect(f"file:{Path(ruta).resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return {n for (n,) in conexion.execute("SELECT name FROM _sqlite_migrations")}
    except sqlite3.Error:
        return None
    finally:
        conexion.close()


def migraciones_de(db: BaseDeDatos) -> set[str]:
    return {n for (n,) in db.execute("SELECT name FROM _sqlite_migrations")}


def lo_que_suprimio(db: BaseDeDatos, solicitud_id: int) -> list[tuple[str, int, str]]:
    """(tabla, fila, cómo) de cada fila que la solicitud suprimió, en el orden en que se anotaron."""
    return [tuple(f) for f in db.execute("SELECT tabla, fila_id, como FROM supresiones WHERE solicitud_id = ? "
                                         "ORDER BY id", [solicitud_id])]


def tiene_historia(db: BaseDeDatos, tabla: str, fila_id: int) -> bool:
    """¿Tiene el respaldo la fila, o algún registro de ella en su bitácora?"""
    return db.execute(f'SELECT 1 FROM "{tabla}" WHERE id = ?', [fila_id]).fetchone() is not None or db.execute(
        "SELECT 1 FROM bitacora WHERE entidad = ? AND entidad_id = ? LIMIT 1", [tabla, fila_id]).fetchone() is not None


def agregar_persona(db: BaseDeDatos, asociacion_id: int, persona: dict, nombre: str) -> None:
    """La persona de la solicitud, si el respaldo no la tiene (se registró después), ya con el nombre suprimido."""
    db.execute("INSERT INTO personas (id, asociacion_id, nombre, registrada_en) SELECT ?, ?, ?, ? "
               "WHERE NOT EXISTS (SELECT 1 FROM personas WHERE id = ?)",
               [persona["id"], asociacion_id, nombre, persona["registrada_en"], persona["id"]])


def agregar_solicitud(db: BaseDeDatos, asociacion_id: int, solicitud: dict) -> None:
    """La solicitud de supresión, abierta, si el respaldo no la tiene (sin lo que escribió la persona)."""
    columnas = ("id", "persona_id", "derecho", "recibida_el", "canal", "pais", "plazo", "vence_el", "registrada_en")
    db.execute(f"INSERT INTO solicitudes_de_datos (asociacion_id, {', '.join(columnas)}) SELECT ?, "
               f"{', '.join('?' * len(columnas))} WHERE NOT EXISTS (SELECT 1 FROM solicitudes_de_datos WHERE id = ?)",
               [asociacion_id, *(solicitud[c] for c in columnas), solicitud["id"]])


def borrar_fila_personal(db: BaseDeDatos, tabla: str, fila_id: int) -> None:
    """Una fila con datos de una persona que la supresión de la base anotó como borrada (ya no estaba en la base, o
    se borró al suprimir). Solo una tabla con columnas personales: las nombra el programa, nunca quien escribe."""
    if tabla not in COLUMNAS_PERSONALES:
        raise ValueError(f"{tabla}: no es una tabla con datos de personas")
    db.execute(f'DELETE FROM "{tabla}" WHERE id = ?', [fila_id])
