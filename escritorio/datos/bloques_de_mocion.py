"""Los bloques de mociones de una sesión, que la sala vota juntas (migración 0073): altas, bajas, qué mociones lleva
cada uno y poner o sacar una moción de su bloque."""

from .base_de_datos import BaseDeDatos


def bloques_de_la_sesion(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """Los bloques de la sesión, por nombre, con cuántas mociones lleva cada uno (`mociones`)."""
    return list(db.query(
        "SELECT b.id, b.sesion_id, b.nombre, (SELECT count(*) FROM mociones m WHERE m.bloque_id = b.id) AS mociones "
        "FROM bloques_de_mocion b WHERE b.sesion_id = ? ORDER BY b.nombre, b.id", [sesion_id]))


def bloque(db: BaseDeDatos, bloque_id: int) -> dict | None:
    return next(db.query("SELECT * FROM bloques_de_mocion WHERE id = ?", [bloque_id]), None)


def insertar_bloque(db: BaseDeDatos, sesion_id: int, nombre: str) -> int:
    return db.insertar("INSERT INTO bloques_de_mocion (sesion_id, nombre) VALUES (?, ?)", [sesion_id, nombre])


def quitar_bloque(db: BaseDeDatos, bloque_id: int) -> None:
    db.execute("DELETE FROM bloques_de_mocion WHERE id = ?", [bloque_id])


def mociones_del_bloque(db: BaseDeDatos, bloque_id: int) -> list[dict]:
    """Las mociones del bloque (id, número, estado, prefijo de su categoría), por número."""
    return list(db.query(
        "SELECT m.id, m.numero, m.estado, cm.prefijo FROM mociones m "
        "LEFT JOIN categorias_de_mocion cm ON cm.id = m.categoria_id WHERE m.bloque_id = ? ORDER BY m.numero",
        [bloque_id]))


def fijar_bloque(db: BaseDeDatos, mocion_id: int, bloque_id: int | None) -> None:
    db.execute("UPDATE mociones SET bloque_id = ? WHERE id = ?", [bloque_id, mocion_id])
