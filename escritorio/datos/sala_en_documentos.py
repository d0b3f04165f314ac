"""Lo de la sala de una sesión (migración 0055) que cuentan sus documentos: las mociones con sus firmantes, las
enmiendas con sus cambios y autores, las votaciones de la sala y las listas de oradores. Solo lee: lo escriben
servicios/mociones.py, enmiendas.py, votaciones_sala.py y oradores.py. Lo arma para el acta, la convocatoria y el
sitio servicios/sala_en_documentos.py."""

from .base_de_datos import BaseDeDatos


def mociones_de_la_sesion(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """Las mociones de la sesión por número, con su categoría (nombre y prefijo), su bloque (`bloque`, el nombre), el nombre del órgano al que se
    derivaron y la cita de la resolución
    que las adoptó (tipo, número, año y órgano: lo que pide `cita_resolucion`), el número y la fecha de la sesión
    de la moción aplazada de la que vienen, y la primera de su cadena de aplazamientos (`raiz`)."""
    # `raiz`: la primera moción de su cadena de aplazamientos (la misma propuesta, tratada en varias sesiones).
    return list(db.query(
        "WITH RECURSIVE cadena(id, raiz) AS (SELECT id, id FROM mociones WHERE viene_de IS NULL "
        "UNION ALL SELECT h.id, c.raiz FROM mociones h JOIN cadena c ON h.viene_de = c.id) "
        "SELECT m.*, (SELECT raiz FROM cadena WHERE cadena.id = m.id) AS raiz, d.nombre AS derivada_a_nombre, r.tipo AS resolucion_tipo, r.numero AS resolucion_numero, "
        "r.anio AS resolucion_anio, ro.nombre AS resolucion_organo, v.numero AS viene_de_numero, "
        "vs.fecha AS viene_de_fecha, vs.id AS viene_de_sesion, co.nombre AS organo_recomienda, "
        "cm.nombre AS categoria, cm.prefijo AS prefijo, bm.nombre AS bloque "
        "FROM mociones m LEFT JOIN organos d ON d.id = m.derivada_a LEFT JOIN organos co ON co.id = m.recomendada_por "
        "LEFT JOIN categorias_de_mocion cm ON cm.id = m.categoria_id "
        "LEFT JOIN bloques_de_mocion bm ON bm.id = m.bloque_id "
        "LEFT JOIN resoluciones r ON r.id = m.resolucion_id LEFT JOIN organos ro ON ro.id = r.organo_id "
        "LEFT JOIN mociones v ON v.id = m.viene_de LEFT JOIN sesiones vs ON vs.id = v.sesion_id "
        "WHERE m.sesion_id = ? ORDER BY m.numero", [sesion_id]))


def firmantes_de_las_mociones(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """mocion_id, miembro_id, papel («autor» o «apoyo») y el nombre del miembro, en el orden en que se registraron."""
    return list(db.query(
        "SELECT a.mocion_id, a.miembro_id, a.papel, mi.nombre AS miembro FROM autores_mocion a "
        "JOIN mociones m ON m.id = a.mocion_id JOIN miembros mi ON mi.id = a.miembro_id "
        "WHERE m.sesion_id = ? ORDER BY a.mocion_id, a.id", [sesion_id]))


def enmiendas_de_la_sesion(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """Las enmiendas de las mociones de la sesión, por moción y número."""
    return list(db.query(
        "SELECT e.* FROM enmiendas e JOIN mociones m ON m.id = e.mocion_id WHERE m.sesion_id = ? "
        "ORDER BY e.mocion_id, e.numero", [sesion_id]))


def cambios_de_las_enmiendas(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """enmienda_id, orden, operacion, parrafo y texto de cada cambio, en su orden."""
    return list(db.query(
        "SELECT c.enmienda_id, c.orden, c.operacion, c.parrafo, c.texto FROM cambios_enmienda c "
        "JOIN enmiendas e ON e.id = c.enmienda_id JOIN mociones m ON m.id = e.mocion_id "
        "WHERE m.sesion_id = ? ORDER BY c.enmienda_id, c.orden", [sesion_id]))


def autores_de_las_enmiendas(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """enmienda_id, miembro_id y el nombre del miembro, en el orden en que se registraron."""
    return list(db.query(
        "SELECT a.enmienda_id, a.miembro_id, mi.nombre AS miembro FROM autores_enmienda a "
        "JOIN enmiendas e ON e.id = a.enmienda_id JOIN mociones m ON m.id = e.mocion_id "
        "JOIN miembros mi ON mi.id = a.miembro_id WHERE m.sesion_id = ? ORDER BY a.enmienda_id, a.id", [sesion_id]))


def votaciones_de_la_sala(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """Las votaciones de enmiendas y mociones de la sesión, en el orden en que se cerraron."""
    return list(db.query(
        "SELECT v.* FROM votaciones_sala v JOIN mociones m ON m.id = v.mocion_id WHERE m.sesion_id = ? "
        "ORDER BY v.cerrada_en, v.id", [sesion_id]))


def oradores_de_la_sesion(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """Quienes pidieron la palabra en la sesión, lista por lista (punto_id, mocion_id de la lista) y en su orden,
    con el nombre del miembro si es uno."""
    return list(db.query(
        "SELECT l.punto_id, l.mocion_id, o.orden, o.miembro_id, mi.nombre AS miembro, o.persona, o.tipo, o.estado, "
        "o.empezo_en, o.segundos FROM oradores o JOIN listas_de_oradores l ON l.id = o.lista_id "
        "LEFT JOIN miembros mi ON mi.id = o.miembro_id WHERE l.sesion_id = ? "
        "ORDER BY l.punto_id, l.mocion_id IS NOT NULL, l.mocion_id, o.empezo_en IS NULL, o.empezo_en, o.orden",
        [sesion_id]))
