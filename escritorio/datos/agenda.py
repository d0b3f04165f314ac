"""Lo que lee la agenda de próximos pasos (servicios/agenda*.py): pocas consultas, cada una de toda la asociación de una
vez, por sus índices (las sesiones por `organos(asociacion_id, nombre)` y `sesiones(organo_id, numero)`, los
mensajes por `mensajes_estado`); lo de las cuotas, en `datos.cuotas.cargos_con_saldo_hasta`."""

from .base_de_datos import BaseDeDatos


def sesiones(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Cada sesión de la asociación con lo que mira la agenda: id, organo_id, numero, tipo, fecha, hora, lugar,
    estado, el estado de su acta (`estado_acta`, None si todavía no tiene) y cuándo se aprobó (`aprobada_el`); por
    órgano y fecha."""
    return list(db.query(
        """SELECT s.id, s.organo_id, s.numero, s.tipo, s.fecha, s.hora, s.lugar, s.estado,
                  a.estado AS estado_acta, a.aprobada_el
           FROM sesiones s JOIN organos o ON o.id = s.organo_id LEFT JOIN actas a ON a.sesion_id = s.id
           WHERE o.asociacion_id = ? ORDER BY s.organo_id, s.fecha, s.id""", [asociacion_id]))


def puntos_de_aprobacion(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Cada punto que aprueba un acta de la asociación: el acta que aprueba (`aprueba`, el id de su sesión), la sesión
    en que está (`sesion_id`, `numero`, `fecha`, `estado`), el punto y la resolución adoptada en él (None si todavía no
    se adoptó), en el orden de sus sesiones."""
    return list(db.query(
        """SELECT a.sesion_id AS aprueba, p.sesion_id, s.numero, s.fecha, s.estado, p.id AS punto_id,
                  (SELECT min(r.id) FROM resoluciones r WHERE r.punto_id = p.id AND r.tipo <> 'declaracion')
                      AS resolucion_id
           FROM organos o JOIN sesiones aprobada ON aprobada.organo_id = o.id
           JOIN puntos_aprobacion_acta a ON a.sesion_id = aprobada.id JOIN puntos_orden p ON p.id = a.punto_id
           JOIN sesiones s ON s.id = p.sesion_id
           WHERE o.asociacion_id = ? ORDER BY s.fecha, s.id, p.orden, p.id""", [asociacion_id]))


def elecciones_sin_confirmar(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Las elecciones de la asociación que todavía no son mandatos: su punto y su sesión (número, fecha, estado), el
    órgano que eligen (`organo_id`, `organo`), el cargo, desde cuándo rige lo elegido y si ya se cerró el recuento
    (`cerrada_en`)."""
    return list(db.query(
        """SELECT e.id, e.punto_id, e.organo_id, o.nombre AS organo, e.cargo, e.desde, e.hasta, e.cerrada_en,
                  p.sesion_id, s.numero, s.fecha, s.estado
           FROM elecciones e JOIN organos o ON o.id = e.organo_id JOIN puntos_orden p ON p.id = e.punto_id
           JOIN sesiones s ON s.id = p.sesion_id
           WHERE o.asociacion_id = ? AND e.mandato_id IS NULL AND e.confirmada_en IS NULL
           ORDER BY e.desde, e.id""", [asociacion_id]))


def hay_actas_firmadas(db: BaseDeDatos, asociacion_id: int) -> bool:
    """¿Firmó la asociación alguna vez un acta? (si nunca lo hace, un acta aprobada sin firmar no es un pendiente)."""
    return db.execute(
        """SELECT 1 FROM actas a JOIN sesiones s ON s.id = a.sesion_id JOIN organos o ON o.id = s.organo_id
           WHERE o.asociacion_id = ? AND a.estado = 'firmada' LIMIT 1""", [asociacion_id]).fetchone() is not None


def anios_emitidos(db: BaseDeDatos, asociacion_id: int, anios: list[int]) -> set[int]:
    """De `anios`, los que ya tienen cuotas anuales emitidas (por el índice `cargos_asociacion_anio`)."""
    marcas = ", ".join("?" for _ in anios)
    return {fila[0] for fila in db.execute(
        f"SELECT DISTINCT anio FROM cargos WHERE asociacion_id = ? AND tipo_cargo = 'cuota_anual' AND anio IN ({marcas})",
        [asociacion_id, *anios])}


def sesiones_con_convocatoria_por_correo(db: BaseDeDatos, asociacion_id: int) -> set[int]:
    """Las sesiones cuya convocatoria ya se mandó (o espera en la bandeja) por correo (por `mensajes_referencia`)."""
    return {fila[0] for fila in db.execute(
        "SELECT DISTINCT referencia FROM mensajes WHERE asociacion_id = ? AND clase = 'convocatoria' "
        "AND estado <> 'anulado'", [asociacion_id])}


def tiene_cuenta_de_correo(db: BaseDeDatos, asociacion_id: int) -> bool:
    """¿Configuró la asociación su cuenta de correo? (sin ella, no enviar algo por correo no es un pendiente)."""
    return db.execute("SELECT 1 FROM cuentas_correo WHERE asociacion_id = ?", [asociacion_id]).fetchone() is not None


def mensajes_que_esperan(db: BaseDeDatos, asociacion_id: int) -> list[tuple[str, int, str]]:
    """(estado, cuántos, el creado_en más viejo) de los mensajes de la bandeja de salida que esperan: «pendiente» y
    «enviando» (salen con la próxima conexión) y «por_confirmar» (no se sabe si salieron)."""
    return [tuple(f) for f in db.execute(
        """SELECT estado, count(*), min(creado_en) FROM mensajes
           WHERE asociacion_id = ? AND estado IN ('pendiente', 'enviando', 'por_confirmar') GROUP BY estado
           ORDER BY estado""", [asociacion_id]).fetchall()]
