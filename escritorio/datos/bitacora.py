"""Sellado y verificación de la bitácora: cada transacción cierra sus registros con una huella SHA-256
encadenada a la del sello anterior (como un libro foliado: no se puede arrancar ni cambiar una hoja)."""

import getpass
import hashlib
import os

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


def _huella(anterior: str | None, filas) -> str:
    digesto = hashlib.sha256((anterior or "").encode("ascii"))
    for fila in filas:
        digesto.update("\x1f".join("" if v is None else str(v) for v in fila).encode("utf-8"))
        digesto.update(b"\x1e")
    return digesto.hexdigest()


def _ultimo_sello(db: Database):
    return db.execute("SELECT hasta_id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()


def sellar(db: Database) -> None:
    """Dentro de la transacción que termina: sella los registros nuevos de la bitácora, si los hay."""
    ultimo = _ultimo_sello(db)
    desde = (ultimo[0] if ultimo else 0) + 1
    hasta = db.execute("SELECT max(id) FROM bitacora").fetchone()[0]
    if hasta is None or hasta < desde:
        return
    filas = db.execute("SELECT id, momento, entidad, entidad_id, accion, datos FROM bitacora WHERE id BETWEEN ? AND ? "
                       "ORDER BY id", [desde, hasta])
    huella = _huella(ultimo[1] if ultimo else None, filas)
    db.execute("INSERT INTO bitacora_sellos (usuario, operador, desde_id, hasta_id, huella_anterior, huella) "
               "VALUES (?, ?, ?, ?, ?, ?)",
               [_usuario(), _operador or os.environ.get("ESCRITORIO_OPERADOR") or None, desde, hasta,
                ultimo[1] if ultimo else None, huella])


def verificar(db: Database) -> list[str]:
    """Problemas de la bitácora: sellos que no coinciden, cadena rota, registros sin sellar. Vacía si está íntegra."""
    problemas, anterior, fin_anterior = [], None, 0
    for sello_id, desde, hasta, huella_anterior, huella in db.execute(
            "SELECT id, desde_id, hasta_id, huella_anterior, huella FROM bitacora_sellos ORDER BY id").fetchall():
        if huella_anterior != anterior:
            problemas.append(f"Bitácora: la cadena de sellos está rota en el sello {sello_id}.")
        if desde != fin_anterior + 1:
            problemas.append(f"Bitácora: faltan o sobran registros antes del sello {sello_id}.")
        filas = db.execute("SELECT id, momento, entidad, entidad_id, accion, datos FROM bitacora WHERE id BETWEEN ? AND ? "
                           "ORDER BY id", [desde, hasta]).fetchall()
        if len(filas) != hasta - desde + 1 or _huella(anterior, filas) != huella:
            problemas.append(f"Bitácora: los registros {desde} a {hasta} fueron alterados (el sello {sello_id} no coincide).")
        anterior, fin_anterior = huella, hasta
    sueltos = db.execute("SELECT count(*) FROM bitacora WHERE id > ?", [fin_anterior]).fetchone()[0]
    if sueltos:
        problemas.append(f"Bitácora: {sueltos} registros sin sellar (cambios hechos por fuera de Escritorio).")
    return problemas
