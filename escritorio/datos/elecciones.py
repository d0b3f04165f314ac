"""Consultas y escrituras de elecciones, candidaturas y votos de elección."""

from sqlite_utils import Database


def eleccion(db: Database, punto_id: int) -> dict | None:
    return next(db.query(
        "SELECT e.*, o.nombre AS organo FROM elecciones e JOIN organos o ON o.id = e.organo_id WHERE e.punto_id = ?",
        [punto_id]), None)


def candidaturas(db: Database, eleccion_id: int) -> list[dict]:
    return list(db.query(
        "SELECT c.*, m.nombre AS miembro, m.pais FROM candidaturas c LEFT JOIN miembros m ON m.id = c.miembro_id "
        "WHERE c.eleccion_id = ? ORDER BY c.id", [eleccion_id]))


def candidatura(db: Database, candidatura_id: int) -> dict | None:
    return next(db.query("SELECT * FROM candidaturas WHERE id = ?", [candidatura_id]), None)


def votos_nominales(db: Database, eleccion_id: int) -> list[dict]:
    return list(db.query(
        "SELECT v.*, m.nombre AS miembro, m.pais FROM votos_eleccion v JOIN miembros m ON m.id = v.miembro_id "
        "WHERE v.eleccion_id = ? ORDER BY m.pais, m.nombre", [eleccion_id]))


def de_la_sesion(db: Database, sesion_id: int) -> dict[int, dict]:
    """punto_id -> elección, para los puntos de una sesión."""
    return {f["punto_id"]: f for f in db.query(
        "SELECT e.* FROM elecciones e JOIN puntos_orden p ON p.id = e.punto_id WHERE p.sesion_id = ?", [sesion_id])}


# Para la huella del registro de la sesión: la confirmación (mandato_id, confirmada_en) queda fuera, porque
# puede registrarse después de aprobada el acta.
FILAS_PARA_HUELLA = (
    ("SELECT e.id, e.punto_id, e.organo_id, e.cargo, e.con_voto, e.desde, e.hasta, e.metodo, e.mayoria, e.base, "
     "e.blancos, e.nulos, e.abstenciones, e.presentes, e.con_derecho, e.ganadora_id, e.texto_resultado "
     "FROM elecciones e JOIN puntos_orden p ON p.id = e.punto_id WHERE p.sesion_id = :s ORDER BY e.id"),
    ("SELECT c.* FROM candidaturas c JOIN elecciones e ON e.id = c.eleccion_id JOIN puntos_orden p ON p.id = e.punto_id "
     "WHERE p.sesion_id = :s ORDER BY c.id"),
    ("SELECT v.* FROM votos_eleccion v JOIN elecciones e ON e.id = v.eleccion_id JOIN puntos_orden p ON p.id = e.punto_id "
     "WHERE p.sesion_id = :s ORDER BY v.eleccion_id, v.miembro_id"),
)
