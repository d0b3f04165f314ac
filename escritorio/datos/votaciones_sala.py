"""Las votaciones de la sala (migración 0055): la de cada enmienda y la final de una moción, con quiénes tenían
derecho a votar; y lo que la votación decide de la moción (aprobada o rechazada, la resolución que la adopta)."""

from .base_de_datos import BaseDeDatos

_CON_NUMERO = ("SELECT v.*, e.numero AS enmienda_numero FROM votaciones_sala v "
               "LEFT JOIN enmiendas e ON e.id = v.enmienda_id ")


def votaciones_de(db: BaseDeDatos, mocion_id: int) -> list[dict]:
    """Las votaciones cerradas de la moción y de sus enmiendas (la de la moción, con enmienda_id NULL), en el orden
    en que se cerraron, con el número de la enmienda (`enmienda_numero`)."""
    return list(db.query(_CON_NUMERO + "WHERE v.mocion_id = ? ORDER BY v.id", [mocion_id]))


def votacion(db: BaseDeDatos, votacion_id: int) -> dict | None:
    return next(db.query(_CON_NUMERO + "WHERE v.id = ?", [votacion_id]), None)


def insertar_votacion(db: BaseDeDatos, mocion_id: int, enmienda_id: int | None, *, metodo: str, mayoria: str,
                      base: str, a_favor: int, en_contra: int, abstenciones: int, presentes: int, con_derecho: int,
                      aprobada: int, texto_resultado: str, regla_mayoria: str, motivo_mayoria: str | None,
                      habilitados: list[tuple[int, int, str | None]]) -> int:
    """La votación y quiénes tenían derecho a votar al cerrarla: (miembro_id, peso, sentido nominal o None)."""
    votacion_id = db.insertar(
        "INSERT INTO votaciones_sala (mocion_id, enmienda_id, metodo, mayoria, base, a_favor, en_contra, abstenciones, "
        "presentes, con_derecho, aprobada, texto_resultado, regla_mayoria, motivo_mayoria) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [mocion_id, enmienda_id, metodo, mayoria, base, a_favor, en_contra, abstenciones, presentes, con_derecho,
         aprobada, texto_resultado, regla_mayoria, motivo_mayoria])
    db.executemany("INSERT INTO habilitados_sala (votacion_sala_id, miembro_id, peso, sentido) VALUES (?, ?, ?, ?)",
                   [(votacion_id, m, peso, sentido) for m, peso, sentido in habilitados])
    return votacion_id


def cantidad_de_habilitados(db: BaseDeDatos, votacion_id: int) -> int:
    return db.execute("SELECT count(*) FROM habilitados_sala WHERE votacion_sala_id = ?", [votacion_id]).fetchone()[0]


def fijar_estado_mocion(db: BaseDeDatos, mocion_id: int, estado: str) -> None:
    db.execute("UPDATE mociones SET estado = ? WHERE id = ?", [estado, mocion_id])


def fijar_resolucion_de_la_mocion(db: BaseDeDatos, mocion_id: int, resolucion_id: int) -> None:
    db.execute("UPDATE mociones SET resolucion_id = ? WHERE id = ?", [resolucion_id, mocion_id])
