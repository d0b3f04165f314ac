"""Consultas y escrituras de la memoria anual: los textos que escribe la secretaría (migración 0030: `memorias`,
`secciones_memoria`) y lo que pasó en un período que no lee ningún otro servicio (ingresos, cambios de estado,
elecciones, mandatos y autoridades que empiezan o terminan, pagos cobrados)."""

from .base_de_datos import BaseDeDatos

# --- los textos de la secretaría -------------------------------------------------------------------------------

def memoria(db: BaseDeDatos, asociacion_id: int, anio: int) -> dict | None:
    return next(db.query("SELECT id, asociacion_id, anio, introduccion FROM memorias "
                         "WHERE asociacion_id = ? AND anio = ?", [asociacion_id, anio]), None)


def crear_memoria(db: BaseDeDatos, asociacion_id: int, anio: int) -> int:
    return db.insertar("INSERT INTO memorias (asociacion_id, anio) VALUES (?, ?)", [asociacion_id, anio])


def fijar_introduccion(db: BaseDeDatos, memoria_id: int, texto: str | None) -> None:
    db.execute("UPDATE memorias SET introduccion = ? WHERE id = ?", [texto, memoria_id])


def anios_con_textos(db: BaseDeDatos, asociacion_id: int) -> list[int]:
    """Los años cuya memoria tiene introducción o alguna sección propia."""
    return [f[0] for f in db.execute(
        "SELECT m.anio FROM memorias m WHERE m.asociacion_id = ? AND (m.introduccion IS NOT NULL OR EXISTS "
        "(SELECT 1 FROM secciones_memoria s WHERE s.memoria_id = m.id)) ORDER BY m.anio", [asociacion_id]).fetchall()]


def secciones(db: BaseDeDatos, memoria_id: int) -> list[dict]:
    return list(db.query("SELECT id, memoria_id, posicion, titulo, texto, despues_de FROM secciones_memoria "
                         "WHERE memoria_id = ? ORDER BY posicion, id", [memoria_id]))


def seccion(db: BaseDeDatos, seccion_id: int) -> dict | None:
    """La sección propia con la asociación y el año de su memoria."""
    return next(db.query(
        "SELECT s.id, s.memoria_id, s.posicion, s.titulo, s.texto, s.despues_de, m.asociacion_id, m.anio "
        "FROM secciones_memoria s JOIN memorias m ON m.id = s.memoria_id WHERE s.id = ?", [seccion_id]), None)


def insertar_seccion(db: BaseDeDatos, memoria_id: int, titulo: str, texto: str, despues_de: str | None) -> int:
    """Al final de las secciones propias de la memoria."""
    posicion = db.execute("SELECT coalesce(max(posicion), 0) + 1 FROM secciones_memoria WHERE memoria_id = ?",
                          [memoria_id]).fetchone()[0]
    return db.insertar("INSERT INTO secciones_memoria (memoria_id, posicion, titulo, texto, despues_de) "
                       "VALUES (?, ?, ?, ?, ?)", [memoria_id, posicion, titulo, texto, despues_de])


def actualizar_seccion(db: BaseDeDatos, seccion_id: int, titulo: str, texto: str, despues_de: str | None) -> None:
    db.execute("UPDATE secciones_memoria SET titulo = ?, texto = ?, despues_de = ? WHERE id = ?",
               [titulo, texto, despues_de, seccion_id])


def fijar_posicion(db: BaseDeDatos, seccion_id: int, posicion: int) -> None:
    db.execute("UPDATE secciones_memoria SET posicion = ? WHERE id = ?", [posicion, seccion_id])


def quitar_seccion(db: BaseDeDatos, seccion_id: int) -> None:
    db.execute("DELETE FROM secciones_memoria WHERE id = ?", [seccion_id])


# --- lo que pasó en el período ---------------------------------------------------------------------------------

def ingresos(db: BaseDeDatos, asociacion_id: int, desde: str, hasta: str) -> list[dict]:
    """Los miembros con fecha de ingreso en el período."""
    return list(db.query(
        "SELECT id, nombre, pais, tipo, fecha_ingreso, modo_ingreso, fundador FROM miembros "
        "WHERE asociacion_id = ? AND fecha_ingreso BETWEEN ? AND ? ORDER BY fecha_ingreso, id",
        [asociacion_id, desde, hasta]))


def cambios_de_estado(db: BaseDeDatos, asociacion_id: int, desde: str, hasta: str) -> list[dict]:
    """Los estados (baja, suspendido, activo) registrados con fecha en el período, con su miembro."""
    return list(db.query(
        "SELECT e.id, e.miembro_id, m.nombre, m.pais, e.estado, e.desde, e.motivo FROM estados_miembro e "
        "JOIN miembros m ON m.id = e.miembro_id WHERE m.asociacion_id = ? AND e.desde BETWEEN ? AND ? "
        "ORDER BY e.desde, e.id", [asociacion_id, desde, hasta]))


def elecciones(db: BaseDeDatos, asociacion_id: int, desde: str, hasta: str) -> list[dict]:
    """Las elecciones de las sesiones del período, con su órgano, su sesión y quiénes resultaron electos."""
    filas = list(db.query(
        "SELECT e.id, e.punto_id, e.organo_id, o.nombre AS organo, e.cargo, e.puestos, e.desde, e.hasta, "
        "e.texto_resultado, "
        "e.cerrada_en, e.confirmada_en, s.id AS sesion_id, s.numero AS sesion_numero, s.fecha AS sesion_fecha "
        "FROM elecciones e JOIN puntos_orden p ON p.id = e.punto_id JOIN sesiones s ON s.id = p.sesion_id "
        "JOIN organos o ON o.id = e.organo_id WHERE o.asociacion_id = ? AND s.fecha BETWEEN ? AND ? "
        "ORDER BY s.fecha, e.id", [asociacion_id, desde, hasta]))
    for fila in filas:
        fila["electas"] = list(db.query(
            "SELECT c.miembro_id, m.nombre AS miembro, m.pais, c.persona, c.votos FROM candidaturas c "
            "LEFT JOIN miembros m ON m.id = c.miembro_id WHERE c.eleccion_id = ? AND c.electa IS NOT NULL "
            "ORDER BY c.electa", [fila["id"]]))
    return filas


def mandatos_del_periodo(db: BaseDeDatos, asociacion_id: int, desde: str, hasta: str,
                         cargos: tuple[str, ...]) -> list[dict]:
    """Los mandatos de esos cargos que empiezan o terminan en el período (con su órgano y su miembro)."""
    marcas = ", ".join("?" for _ in cargos)
    return list(db.query(
        "SELECT t.id, t.organo_id, o.nombre AS organo, o.tipo AS tipo_organo, t.cargo, t.miembro_id, "
        "m.nombre AS miembro, m.pais, t.persona, t.desde, t.hasta, t.forma FROM mandatos t JOIN organos o ON o.id = t.organo_id "
        "LEFT JOIN miembros m ON m.id = t.miembro_id "
        f"WHERE o.asociacion_id = ? AND t.cargo IN ({marcas}) AND ((t.desde BETWEEN ? AND ?) OR (t.hasta BETWEEN ? AND ?)) "
        "ORDER BY t.desde, t.id", [asociacion_id, *cargos, desde, hasta, desde, hasta]))


def autoridades_que_asumen(db: BaseDeDatos, asociacion_id: int, desde: str, hasta: str) -> list[dict]:
    """Las autoridades locales de los miembros (intendentes, prefeitos…) que asumen en el período."""
    return list(db.query(
        "SELECT a.id, a.miembro_id, m.nombre AS miembro, m.pais, a.persona, a.cargo, a.desde, a.hasta "
        "FROM autoridades a JOIN miembros m ON m.id = a.miembro_id WHERE m.asociacion_id = ? AND a.desde BETWEEN ? AND ? "
        "ORDER BY a.desde, a.id", [asociacion_id, desde, hasta]))


def pagos_del_periodo(db: BaseDeDatos, asociacion_id: int, desde: str, hasta: str) -> list[dict]:
    """Los pagos cobrados en el período (sin los anulados), en la moneda de los cargos a que se imputan."""
    return list(db.query(
        "SELECT id, miembro_id, fecha, importe_imputable AS importe, moneda_imputacion AS moneda FROM pagos "
        "WHERE asociacion_id = ? AND anulado_en IS NULL AND fecha BETWEEN ? AND ? ORDER BY fecha, id",
        [asociacion_id, desde, hasta]))
