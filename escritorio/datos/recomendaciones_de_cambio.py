"""Las recomendaciones de cambio por línea del texto de una moción (migración 0074). La lógica de las líneas es
pura y vive en dominio/lineas.py."""

from .base_de_datos import BaseDeDatos


def recomendaciones_de(db: BaseDeDatos, mocion_id: int) -> list[dict]:
    """Las recomendaciones de la moción, por número, con el nombre del órgano que recomienda (`organo`; None: la
    secretaría)."""
    return list(db.query(
        "SELECT r.*, o.nombre AS organo FROM recomendaciones_de_cambio r LEFT JOIN organos o ON o.id = r.organo_id "
        "WHERE r.mocion_id = ? ORDER BY r.numero", [mocion_id]))


def recomendacion(db: BaseDeDatos, recomendacion_id: int) -> dict | None:
    return next(db.query("SELECT * FROM recomendaciones_de_cambio WHERE id = ?", [recomendacion_id]), None)


def insertar(db: BaseDeDatos, mocion_id: int, desde: int, hasta: int, texto_citado: str, texto: str,
             motivo: str | None, organo_id: int | None) -> int:
    """La recomendación nueva, pendiente, con el número siguiente de la moción."""
    numero = db.execute("SELECT coalesce(max(numero), 0) + 1 FROM recomendaciones_de_cambio WHERE mocion_id = ?",
                        [mocion_id]).fetchone()[0]
    return db.insertar(
        "INSERT INTO recomendaciones_de_cambio (mocion_id, numero, desde, hasta, texto_citado, texto, motivo, "
        "organo_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [mocion_id, numero, desde, hasta, texto_citado, texto, motivo, organo_id])


def fijar_estado(db: BaseDeDatos, recomendacion_id: int, estado: str) -> None:
    db.execute("UPDATE recomendaciones_de_cambio SET estado = ? WHERE id = ?", [estado, recomendacion_id])


def recomendaciones_de_la_sesion(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """Las recomendaciones de todas las mociones de la sesión, por moción y número (para el acta y el sitio)."""
    return list(db.query(
        "SELECT r.*, o.nombre AS organo FROM recomendaciones_de_cambio r JOIN mociones m ON m.id = r.mocion_id "
        "LEFT JOIN organos o ON o.id = r.organo_id WHERE m.sesion_id = ? ORDER BY r.mocion_id, r.numero",
        [sesion_id]))
