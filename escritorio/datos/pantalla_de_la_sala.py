"""Lo que lee la pantalla del proyector (issue 64, §4): la moción, la enmienda con sus cambios, quién habla y quién
espera, y la votación cerrada de una moción o una enmienda. Solo lecturas, y solo las columnas que se proyectan:
ninguna consulta de aquí trae un correo, un teléfono ni un importe (servicios/pantalla_de_la_sala.py)."""

from .base_de_datos import BaseDeDatos


def mocion(db: BaseDeDatos, mocion_id: int) -> dict | None:
    """La moción con la recomendación de una comisión (y el nombre de ese órgano), si la tiene, y el prefijo de su
    categoría («Moción HAC 3») y el nombre de su bloque (`bloque`, migración 0073)."""
    return next(db.query("SELECT m.id, m.sesion_id, m.punto_id, m.numero, m.titulo, m.texto, m.estado, "
                         "m.recomendacion, m.recomendada_el, m.recomendacion_nota, o.nombre AS organo_recomienda, "
                         "c.prefijo, m.bloque_id, b.nombre AS bloque FROM mociones m "
                         "LEFT JOIN organos o ON o.id = m.recomendada_por "
                         "LEFT JOIN categorias_de_mocion c ON c.id = m.categoria_id "
                         "LEFT JOIN bloques_de_mocion b ON b.id = m.bloque_id WHERE m.id = ?",
                         [mocion_id]), None)


def autores_de_la_mocion(db: BaseDeDatos, mocion_id: int) -> list[dict]:
    """Los miembros que la presentan y los que la apoyan, por su nombre, en el orden en que se anotaron."""
    return list(db.query("SELECT m.nombre, a.papel FROM autores_mocion a JOIN miembros m ON m.id = a.miembro_id "
                         "WHERE a.mocion_id = ? ORDER BY a.id", [mocion_id]))


def enmienda(db: BaseDeDatos, enmienda_id: int) -> dict | None:
    return next(db.query("SELECT id, mocion_id, numero, estado, enmienda_de FROM enmiendas WHERE id = ?",
                         [enmienda_id]), None)


def autores_de_la_enmienda(db: BaseDeDatos, enmienda_id: int) -> list[str]:
    return [f["nombre"] for f in db.query(
        "SELECT m.nombre FROM autores_enmienda a JOIN miembros m ON m.id = a.miembro_id WHERE a.enmienda_id = ? "
        "ORDER BY a.id", [enmienda_id])]


def cambios_de_la_enmienda(db: BaseDeDatos, enmienda_id: int) -> list[dict]:
    return list(db.query("SELECT operacion, parrafo, texto FROM cambios_enmienda WHERE enmienda_id = ? ORDER BY orden",
                         [enmienda_id]))


def oradores_en_la_sala(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """Quienes hablan o esperan la palabra en las listas de la sesión: el nombre del miembro (o el de la persona
    anotada sin miembro), su tipo y su estado, el punto y la moción de su lista, cuándo empezó a hablar, sus pausas y
    el rango de la categoría de una cuestión de orden."""
    return list(db.query(
        "SELECT o.id, l.punto_id, l.mocion_id, o.orden, o.tipo, o.estado, o.empezo_en, o.pausado_en, "
        "o.segundos_previos, o.corre_desde, c.rango, COALESCE(m.nombre, o.persona) AS nombre "
        "FROM oradores o JOIN listas_de_oradores l ON l.id = o.lista_id LEFT JOIN miembros m ON m.id = o.miembro_id "
        "LEFT JOIN categorias_de_cuestion c ON c.id = o.categoria_id "
        "WHERE l.sesion_id = ? AND o.estado IN ('hablando', 'en_espera') ORDER BY l.id, o.orden", [sesion_id]))


def votacion_de_la_sala(db: BaseDeDatos, mocion_id: int, enmienda_id: int | None) -> dict | None:
    """La votación cerrada de la enmienda o, sin enmienda, la de la moción (la final)."""
    return next(db.query(
        "SELECT metodo, mayoria, base, a_favor, en_contra, abstenciones, presentes, con_derecho, aprobada, "
        "texto_resultado FROM votaciones_sala WHERE mocion_id = :m "
        "AND ((:e IS NULL AND enmienda_id IS NULL) OR enmienda_id = :e)", {"m": mocion_id, "e": enmienda_id}), None)
