"""Consultas y escrituras de asociaciones y de la categoría de sus países."""

from sqlite_utils import Database

CAMPOS = ("nombre", "sigla", "tipo", "fecha_fundacion", "sede", "idiomas", "papel")


def insertar(db: Database, datos: dict) -> int:
    columnas = [c for c in CAMPOS if datos.get(c) is not None]
    cursor = db.execute(
        f"INSERT INTO asociaciones ({', '.join(columnas)}) VALUES ({', '.join('?' for _ in columnas)})",
        [datos[c] for c in columnas])
    return cursor.lastrowid


def fijar_pais(db: Database, asociacion_id: int, pais: str, categoria: str) -> None:
    db.execute(
        "INSERT INTO paises_asociacion (asociacion_id, pais, categoria) VALUES (?, ?, ?) "
        "ON CONFLICT (asociacion_id, pais) DO UPDATE SET categoria = excluded.categoria",
        [asociacion_id, pais, categoria])


def listar(db: Database) -> list[dict]:
    return list(db.query(
        "SELECT a.*, (SELECT count(*) FROM miembros m WHERE m.asociacion_id = a.id) AS miembros "
        "FROM asociaciones a ORDER BY a.nombre"))


def por_sigla(db: Database, sigla: str) -> dict | None:
    return next(db.query("SELECT * FROM asociaciones WHERE sigla = ? COLLATE NOCASE", [sigla.strip()]), None)


def por_id(db: Database, asociacion_id: int) -> dict | None:
    return next(db.query("SELECT * FROM asociaciones WHERE id = ?", [asociacion_id]), None)


def paises(db: Database, asociacion_id: int) -> dict[str, str]:
    return {f["pais"]: f["categoria"] for f in db.query(
        "SELECT pais, categoria FROM paises_asociacion WHERE asociacion_id = ? ORDER BY pais", [asociacion_id])}
