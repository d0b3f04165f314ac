"""Consultas y escrituras de sesiones, orden del día, asistencia, votaciones, resoluciones y actas."""

from sqlite_utils import Database


def sesion(db: Database, sesion_id: int) -> dict | None:
    return next(db.query(
        "SELECT s.*, o.nombre AS organo, o.asociacion_id, o.tipo AS tipo_organo, o.anticipacion_dias, "
        "o.articulo_convocatoria, (SELECT estado FROM actas WHERE sesion_id = s.id) AS estado_acta "
        "FROM sesiones s JOIN organos o ON o.id = s.organo_id WHERE s.id = ?", [sesion_id]), None)


def sesiones(db: Database, asociacion_id: int, organo_id: int | None = None) -> list[dict]:
    return list(db.query(
        "SELECT s.*, o.nombre AS organo, (SELECT estado FROM actas WHERE sesion_id = s.id) AS estado_acta "
        "FROM sesiones s JOIN organos o ON o.id = s.organo_id WHERE o.asociacion_id = :a "
        "AND (:organo IS NULL OR s.organo_id = :organo) ORDER BY s.fecha DESC, s.id DESC",
        {"a": asociacion_id, "organo": organo_id}))


def proximo_numero(db: Database, organo_id: int) -> int:
    return db.execute("SELECT coalesce(max(numero), 0) + 1 FROM sesiones WHERE organo_id = ?", [organo_id]).fetchone()[0]


def puntos(db: Database, sesion_id: int) -> list[dict]:
    return list(db.query(
        "SELECT p.*, v.id AS votacion_id FROM puntos_orden p LEFT JOIN votaciones v ON v.punto_id = p.id "
        "WHERE p.sesion_id = ? ORDER BY coalesce(p.padre_id, p.id), p.padre_id IS NOT NULL, p.orden, p.id", [sesion_id]))


def punto(db: Database, punto_id: int) -> dict | None:
    return next(db.query("SELECT * FROM puntos_orden WHERE id = ?", [punto_id]), None)


def asistencias(db: Database, sesion_id: int) -> dict[int, dict]:
    return {f["miembro_id"]: f for f in db.query("SELECT * FROM asistencias WHERE sesion_id = ?", [sesion_id])}


def invitados(db: Database, sesion_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM invitados WHERE sesion_id = ? ORDER BY id", [sesion_id]))


def regla_quorum(db: Database, organo_id: int, tipo_decision: str) -> dict | None:
    return next(db.query(
        "SELECT * FROM reglas_quorum WHERE organo_id = ? AND tipo_decision IN (?, 'ordinaria') "
        "ORDER BY tipo_decision = 'ordinaria' LIMIT 1", [organo_id, tipo_decision]), None)


def votacion(db: Database, punto_id: int) -> dict | None:
    return next(db.query("SELECT * FROM votaciones WHERE punto_id = ?", [punto_id]), None)


def votos_nominales(db: Database, votacion_id: int) -> list[dict]:
    return list(db.query(
        "SELECT h.*, m.nombre AS miembro, m.pais FROM habilitados_votacion h JOIN miembros m ON m.id = h.miembro_id "
        "WHERE h.votacion_id = ? ORDER BY m.pais, m.nombre", [votacion_id]))


def resoluciones(db: Database, asociacion_id: int, organo_id: int | None = None, sesion_id: int | None = None) -> list[dict]:
    return list(db.query(
        """SELECT r.*, o.nombre AS organo, p.sesion_id FROM resoluciones r JOIN organos o ON o.id = r.organo_id
           LEFT JOIN puntos_orden p ON p.id = r.punto_id
           WHERE o.asociacion_id = :a AND (:organo IS NULL OR r.organo_id = :organo)
           AND (:sesion IS NULL OR p.sesion_id = :sesion)
           ORDER BY r.anio DESC, r.organo_id, r.tipo, r.numero DESC""",
        {"a": asociacion_id, "organo": organo_id, "sesion": sesion_id}))


def proximo_numero_resolucion(db: Database, organo_id: int, anio: int, tipo: str) -> int:
    return db.execute("SELECT coalesce(max(numero), 0) + 1 FROM resoluciones WHERE organo_id = ? AND anio = ? AND tipo = ?",
                      [organo_id, anio, tipo]).fetchone()[0]


def acta(db: Database, sesion_id: int) -> dict | None:
    return next(db.query("SELECT id, sesion_id, estado, apertura, cierre, preside, secretaria, huella, aprobada_por, "
                         "aprobada_el, firmada_pdf IS NOT NULL AS tiene_firmada FROM actas WHERE sesion_id = ?",
                         [sesion_id]), None)


def erratas(db: Database, acta_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM fe_de_erratas WHERE acta_id = ? ORDER BY fecha, id", [acta_id]))
