"""Las enmiendas a una moción (migración 0055): sus cambios a los párrafos, sus autores, su estado y el orden de
votación que fija la presidencia. La moción se lee aquí solo para enmendarla (su ciclo vive en datos/mociones.py)."""

from .base_de_datos import BaseDeDatos


def mocion(db: BaseDeDatos, mocion_id: int) -> dict | None:
    """La moción con el órgano de su sesión (`organo_id`), el tipo de decisión de su punto (`tipo_decision`), la
    asociación (`asociacion_id`) y el prefijo de su categoría (`prefijo`), o None si no existe."""
    return next(db.query(
        "SELECT m.*, s.organo_id, o.asociacion_id, p.tipo_decision, "
        "(SELECT c.prefijo FROM categorias_de_mocion c WHERE c.id = m.categoria_id) AS prefijo FROM mociones m "
        "JOIN sesiones s ON s.id = m.sesion_id JOIN organos o ON o.id = s.organo_id "
        "JOIN puntos_orden p ON p.id = m.punto_id WHERE m.id = ?", [mocion_id]), None)


def autores_de_la_mocion(db: BaseDeDatos, mocion_id: int) -> list[dict]:
    """Quienes presentan (`autor`) y apoyan (`apoyo`) la moción: miembro_id, miembro (nombre), papel; los autores
    primero, en el orden en que se anotaron."""
    return list(db.query(
        "SELECT a.miembro_id, mi.nombre AS miembro, a.papel FROM autores_mocion a "
        "JOIN miembros mi ON mi.id = a.miembro_id WHERE a.mocion_id = ? "
        "ORDER BY CASE a.papel WHEN 'autor' THEN 0 ELSE 1 END, a.id", [mocion_id]))


def enmienda(db: BaseDeDatos, enmienda_id: int) -> dict | None:
    return next(db.query("SELECT * FROM enmiendas WHERE id = ?", [enmienda_id]), None)


def enmiendas_de(db: BaseDeDatos, mocion_id: int) -> list[dict]:
    """Las enmiendas de la moción, por número."""
    return list(db.query("SELECT * FROM enmiendas WHERE mocion_id = ? ORDER BY numero", [mocion_id]))


def cambios_de(db: BaseDeDatos, mocion_id: int) -> list[dict]:
    """Los cambios de todas las enmiendas de la moción (enmienda_id, orden, operacion, parrafo, texto), en orden."""
    return list(db.query(
        "SELECT c.enmienda_id, c.orden, c.operacion, c.parrafo, c.texto FROM cambios_enmienda c "
        "JOIN enmiendas e ON e.id = c.enmienda_id WHERE e.mocion_id = ? ORDER BY c.enmienda_id, c.orden",
        [mocion_id]))


def autores_de(db: BaseDeDatos, mocion_id: int) -> list[dict]:
    """Los autores de todas las enmiendas de la moción: enmienda_id, miembro_id, miembro (nombre), en orden."""
    return list(db.query(
        "SELECT a.enmienda_id, a.miembro_id, mi.nombre AS miembro FROM autores_enmienda a "
        "JOIN enmiendas e ON e.id = a.enmienda_id JOIN miembros mi ON mi.id = a.miembro_id "
        "WHERE e.mocion_id = ? ORDER BY a.enmienda_id, a.id", [mocion_id]))


def proximo_numero(db: BaseDeDatos, mocion_id: int) -> int:
    return db.execute("SELECT coalesce(max(numero), 0) + 1 FROM enmiendas WHERE mocion_id = ?",
                      [mocion_id]).fetchone()[0]


def insertar_enmienda(db: BaseDeDatos, mocion_id: int, numero: int, recibida_el: str, fundamento: str | None,
                      cambios: list[tuple[str, int, str | None]], autores: list[int],
                      enmienda_de: int | None = None) -> int:
    """La enmienda con sus cambios (operacion, parrafo, texto), en ese orden, y sus autores; `enmienda_de`, la
    enmienda que enmienda (None: enmienda la moción)."""
    enmienda_id = db.insertar(
        "INSERT INTO enmiendas (mocion_id, numero, recibida_el, fundamento, enmienda_de) VALUES (?, ?, ?, ?, ?)",
        [mocion_id, numero, recibida_el, fundamento, enmienda_de])
    db.executemany("INSERT INTO cambios_enmienda (enmienda_id, orden, operacion, parrafo, texto) VALUES (?, ?, ?, ?, ?)",
                   [(enmienda_id, orden, *cambio) for orden, cambio in enumerate(cambios, start=1)])
    db.executemany("INSERT INTO autores_enmienda (enmienda_id, miembro_id) VALUES (?, ?)",
                   [(enmienda_id, m) for m in autores])
    return enmienda_id


def fijar_estado(db: BaseDeDatos, enmienda_id: int, estado: str, motivo: str | None) -> None:
    db.execute("UPDATE enmiendas SET estado = ?, motivo = ? WHERE id = ?", [estado, motivo, enmienda_id])


def fijar_orden(db: BaseDeDatos, mocion_id: int, orden: list[int]) -> None:
    """El orden de votación que fija la presidencia: la posición de cada enmienda nombrada (desde 1); las demás de
    la moción quedan sin posición. Con `orden` vacío, vuelve a regir el del reglamento."""
    db.execute("UPDATE enmiendas SET orden_votacion = NULL WHERE mocion_id = ? AND orden_votacion IS NOT NULL",
               [mocion_id])
    for posicion, enmienda_id in enumerate(orden, start=1):
        db.execute("UPDATE enmiendas SET orden_votacion = ? WHERE id = ? AND mocion_id = ?",
                   [posicion, enmienda_id, mocion_id])
