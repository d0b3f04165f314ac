"""El punto que aprueba un acta (tabla puntos_aprobacion_acta, migración 0022): el vínculo, los puntos y las
resoluciones que aprueban el acta de una sesión, y la próxima sesión del órgano donde aprobarla."""

from .base_de_datos import BaseDeDatos


def insertar_vinculo(db: BaseDeDatos, punto_id: int, sesion_id: int) -> int:
    """El punto `punto_id` aprueba el acta de la sesión `sesion_id`."""
    return db.insertar("INSERT INTO puntos_aprobacion_acta (punto_id, sesion_id) VALUES (?, ?)", [punto_id, sesion_id])


def acta_que_aprueba_el_punto(db: BaseDeDatos, punto_id: int) -> int | None:
    """La sesión cuya acta aprueba el punto (None: el punto no es de aprobación de un acta)."""
    fila = db.execute("SELECT sesion_id FROM puntos_aprobacion_acta WHERE punto_id = ?", [punto_id]).fetchone()
    return fila[0] if fila else None


def puntos_que_aprueban(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """Los puntos que aprueban el acta de la sesión, con su sesión (id, número, tipo, fecha, órgano, estado de su
    acta), si se votaron (`aprobada`: 1, 0, o None sin votación) y cuántas resoluciones se adoptaron en ellos, en el
    orden de sus sesiones."""
    return list(db.query(
        """SELECT p.id AS punto_id, p.titulo, p.sesion_id, s.numero, s.tipo, s.fecha, o.nombre AS organo,
                  (SELECT estado FROM actas WHERE sesion_id = s.id) AS estado_acta, v.aprobada,
                  (SELECT count(*) FROM resoluciones r WHERE r.punto_id = p.id AND r.tipo <> 'declaracion')
                      AS resoluciones
           FROM puntos_aprobacion_acta a JOIN puntos_orden p ON p.id = a.punto_id
           JOIN sesiones s ON s.id = p.sesion_id JOIN organos o ON o.id = s.organo_id
           LEFT JOIN votaciones v ON v.punto_id = p.id
           WHERE a.sesion_id = ? ORDER BY s.fecha, s.id, p.orden, p.id""", [sesion_id]))


def resoluciones_que_aprueban(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """Las resoluciones (no declaraciones) adoptadas en los puntos que aprueban el acta de la sesión, con su órgano,
    su punto y la sesión y fecha en que se adoptaron."""
    return list(db.query(
        """SELECT r.id, r.tipo, r.numero, r.anio, r.titulo, o.nombre AS organo, r.punto_id, p.sesion_id,
                  s.fecha AS fecha_sesion
           FROM puntos_aprobacion_acta a JOIN resoluciones r ON r.punto_id = a.punto_id
           JOIN organos o ON o.id = r.organo_id JOIN puntos_orden p ON p.id = r.punto_id
           JOIN sesiones s ON s.id = p.sesion_id
           WHERE a.sesion_id = ? AND r.tipo <> 'declaracion' ORDER BY s.fecha, s.id, r.id""", [sesion_id]))


def proxima_sesion_abierta(db: BaseDeDatos, organo_id: int, fecha: str, sesion_id: int) -> int | None:
    """La primera sesión del órgano posterior a (fecha, sesion_id) cuya acta todavía no se aprobó (la que puede
    sumar un punto a su orden del día)."""
    fila = db.execute(
        "SELECT s.id FROM sesiones s LEFT JOIN actas a ON a.sesion_id = s.id WHERE s.organo_id = ? "
        "AND (s.fecha > ? OR (s.fecha = ? AND s.id > ?)) AND coalesce(a.estado, 'borrador') = 'borrador' "
        "ORDER BY s.fecha, s.id LIMIT 1", [organo_id, fecha, fecha, sesion_id]).fetchone()
    return fila[0] if fila else None


def actas_abiertas_hasta(db: BaseDeDatos, organo_id: int, fecha: str, sesion_id: int, limite: int = 4) -> list[dict]:
    """Las últimas sesiones del órgano hasta (fecha, sesion_id) inclusive cuya acta todavía no se aprobó, de la más
    reciente a la más vieja (id, numero, tipo, fecha, organo): las actas que un punto de esa sesión puede aprobar."""
    return list(db.query(
        "SELECT s.id, s.numero, s.tipo, s.fecha, o.nombre AS organo FROM sesiones s JOIN organos o ON o.id = s.organo_id "
        "LEFT JOIN actas a ON a.sesion_id = s.id WHERE s.organo_id = ? AND (s.fecha < ? OR (s.fecha = ? AND s.id <= ?)) "
        "AND coalesce(a.estado, 'borrador') = 'borrador' ORDER BY s.fecha DESC, s.id DESC LIMIT ?",
        [organo_id, fecha, fecha, sesion_id, limite]))
