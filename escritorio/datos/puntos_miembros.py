"""De quién trata un punto de admisión o de exclusión (tabla puntos_miembros, migración 0047): los miembros que
nombra cada punto y los nombrados por puntos de la misma sesión que se rechazaron."""

from .base_de_datos import BaseDeDatos


def nombrar(db: BaseDeDatos, punto_id: int, miembro_ids: list[int]) -> None:
    """El punto trata de esos miembros (en ese orden)."""
    for miembro_id in miembro_ids:
        db.insertar("INSERT INTO puntos_miembros (punto_id, miembro_id) VALUES (?, ?)", [punto_id, miembro_id])


def nombrados(db: BaseDeDatos, punto_id: int) -> list[dict]:
    """Los miembros que nombra el punto (id, nombre, pais), en el orden en que se nombraron."""
    return list(db.query(
        "SELECT m.id, m.nombre, m.pais FROM puntos_miembros pm JOIN miembros m ON m.id = pm.miembro_id "
        "WHERE pm.punto_id = ? ORDER BY pm.id", [punto_id]))


def nombrados_en_la_sesion(db: BaseDeDatos, sesion_id: int) -> dict[int, list[dict]]:
    """punto_id -> los miembros que nombra (id, nombre, pais), de los puntos de la sesión que nombran alguno."""
    resultado: dict[int, list[dict]] = {}
    for f in db.query(
            "SELECT pm.punto_id, m.id, m.nombre, m.pais FROM puntos_miembros pm JOIN miembros m ON m.id = pm.miembro_id "
            "JOIN puntos_orden p ON p.id = pm.punto_id WHERE p.sesion_id = ? ORDER BY pm.id", [sesion_id]):
        resultado.setdefault(f.pop("punto_id"), []).append(f)
    return resultado


def rechazados_en_la_sesion(db: BaseDeDatos, sesion_id: int, tipo_decision: str, miembro_ids: list[int],
                            salvo_punto: int) -> list[dict]:
    """De `miembro_ids`, los que nombra otro punto de la sesión con ese tipo de decisión cuya votación se rechazó:
    (miembro_id, nombre, punto_id, titulo, orden, padre_id)."""
    if not miembro_ids:
        return []
    marcas = ", ".join("?" for _ in miembro_ids)
    return list(db.query(
        f"""SELECT pm.miembro_id, m.nombre, p.id AS punto_id, p.titulo, p.orden, p.padre_id
            FROM puntos_miembros pm JOIN puntos_orden p ON p.id = pm.punto_id
            JOIN miembros m ON m.id = pm.miembro_id JOIN votaciones v ON v.punto_id = p.id
            WHERE p.sesion_id = ? AND p.tipo_decision = ? AND p.id <> ? AND v.aprobada = 0
              AND pm.miembro_id IN ({marcas})
            ORDER BY p.orden, p.id, pm.id""", [sesion_id, tipo_decision, salvo_punto, *miembro_ids]))
