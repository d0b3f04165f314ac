"""Lo de la sala (migración 0055) que comparten las mociones, las enmiendas y los oradores: las reglas de la sala de
un órgano. Lo propio de cada cosa vive en su módulo (datos/mociones.py, …)."""

from .base_de_datos import BaseDeDatos


def reglas_de_la_sala(db: BaseDeDatos, organo_id: int) -> dict | None:
    """La fila de reglas de la sala del órgano, o None si el órgano no fijó ninguna."""
    return next(db.query("SELECT * FROM reglas_de_la_sala WHERE organo_id = ?", [organo_id]), None)


def guardar_reglas_de_la_sala(db: BaseDeDatos, organo_id: int, plazo_mociones_dias: int | None,
                              segundos_palabra: int, segundos_cuestion_orden: int, orden_enmiendas: str,
                              articulo: str | None, minimo_apoyos: int = 0, segundos_intervencion_breve: int = 60,
                              segundos_pregunta: int = 30, flujo_mociones: str | None = None) -> None:
    """Crea o reemplaza la fila de reglas de la sala del órgano (la clave es el órgano: sin `id` que devolver)."""
    valores = [plazo_mociones_dias, segundos_palabra, segundos_cuestion_orden, orden_enmiendas, articulo,
               minimo_apoyos, segundos_intervencion_breve, segundos_pregunta, flujo_mociones, organo_id]
    if reglas_de_la_sala(db, organo_id) is None:
        db.execute("INSERT INTO reglas_de_la_sala (plazo_mociones_dias, segundos_palabra, segundos_cuestion_orden, "
                   "orden_enmiendas, articulo, minimo_apoyos, segundos_intervencion_breve, segundos_pregunta, "
                   "flujo_mociones, organo_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", valores)
    else:
        db.execute("UPDATE reglas_de_la_sala SET plazo_mociones_dias = ?, segundos_palabra = ?, "
                   "segundos_cuestion_orden = ?, orden_enmiendas = ?, articulo = ?, minimo_apoyos = ?, "
                   "segundos_intervencion_breve = ?, segundos_pregunta = ?, flujo_mociones = ? WHERE organo_id = ?",
                   valores)


def ultimo_registro(db: BaseDeDatos, entidad: str, entidad_id: int) -> int | None:
    """El id del último registro de la bitácora sobre esa fila (crecen con cada escritura, en los dos motores): dice
    qué se escribió después de qué."""
    return next(db.query("SELECT max(id) AS n FROM bitacora WHERE entidad = ? AND entidad_id = ?",
                         [entidad, entidad_id]))["n"]
