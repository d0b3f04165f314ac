"""Consultas y escrituras de la ubicación de los miembros (tabla `ubicaciones_miembro`, migración 0026)."""

from .base_de_datos import BaseDeDatos

INSERTAR = "INSERT INTO ubicaciones_miembro (miembro_id, latitud, longitud, fuente) VALUES (?, ?, ?, ?)"
# Nueva, o en lugar de la que tenía (una sola fila por miembro, que conserva su id).
GUARDAR = (INSERTAR + " ON CONFLICT (miembro_id) DO UPDATE SET latitud = excluded.latitud, "
           "longitud = excluded.longitud, fuente = excluded.fuente")


def guardar(db: BaseDeDatos, miembro_id: int, latitud: float, longitud: float, fuente: str | None) -> None:
    """La ubicación del miembro, nueva o en lugar de la que tenía (una sola fila por miembro)."""
    db.execute(GUARDAR, [miembro_id, latitud, longitud, fuente])


def quitar(db: BaseDeDatos, miembro_id: int) -> bool:
    """Borra la ubicación del miembro; False si no tenía."""
    return db.execute("DELETE FROM ubicaciones_miembro WHERE miembro_id = ?", [miembro_id]).rowcount > 0


def del_miembro(db: BaseDeDatos, miembro_id: int) -> dict | None:
    fila = db.execute("SELECT latitud, longitud, fuente FROM ubicaciones_miembro WHERE miembro_id = ?",
                      [miembro_id]).fetchone()
    return None if fila is None else {"latitud": fila[0], "longitud": fila[1], "fuente": fila[2]}


def de_la_asociacion(db: BaseDeDatos, asociacion_id: int) -> dict[int, tuple[float, float, str | None]]:
    """miembro_id -> (latitud, longitud, fuente) de los miembros ubicados de la asociación."""
    return {f[0]: (f[1], f[2], f[3]) for f in db.execute(
        "SELECT u.miembro_id, u.latitud, u.longitud, u.fuente FROM ubicaciones_miembro u "
        "JOIN miembros m ON m.id = u.miembro_id WHERE m.asociacion_id = ?", [asociacion_id])}
