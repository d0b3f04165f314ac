"""Escrituras y lecturas del plan de trabajo de las unidades temáticas (las unidades son órganos: se leen con
datos.organos) y de los informes en PDF de sus actividades."""

from .base_de_datos import BaseDeDatos

from .organos import COLUMNAS_DE_ACTIVIDAD, INSERTAR_ACTIVIDAD


def insertar_actividad(db: BaseDeDatos, unidad_id: int, titulo: str, desde: str | None, hasta: str | None, estado: str,
                       responsable_id: int | None, resultado: str | None) -> int:
    """Agrega una actividad al plan de trabajo de la unidad; devuelve su id."""
    return db.insertar(INSERTAR_ACTIVIDAD, [unidad_id, titulo, desde, hasta, estado, responsable_id,
                                           resultado])


def actividad(db: BaseDeDatos, actividad_id: int) -> dict | None:
    """La actividad (como en el plan de su unidad) con la asociación y el nombre de la unidad; None si no existe."""
    return next(db.query(
        f"SELECT x.*, o.asociacion_id, o.nombre AS unidad FROM ({COLUMNAS_DE_ACTIVIDAD} WHERE a.id = ?) x "
        "JOIN organos o ON o.id = x.organo_id", [actividad_id]), None)


def actividades_de_la_asociacion(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Las actividades de todas las unidades temáticas de la asociación, con el nombre de su unidad."""
    return list(db.query(
        f"SELECT x.*, o.nombre AS unidad FROM ({COLUMNAS_DE_ACTIVIDAD}) x JOIN organos o ON o.id = x.organo_id "
        "WHERE o.asociacion_id = ? AND o.tipo = 'unidad_tematica' ORDER BY coalesce(x.desde, x.hasta, ''), x.id",
        [asociacion_id]))


def actualizar_actividad(db: BaseDeDatos, actividad_id: int, titulo: str, desde: str | None, hasta: str | None,
                         responsable_id: int | None, resultado: str | None) -> None:
    db.execute("UPDATE actividades SET titulo = ?, desde = ?, hasta = ?, responsable_id = ?, resultado = ? "
               "WHERE id = ?", [titulo, desde, hasta, responsable_id, resultado, actividad_id])


def fijar_estado(db: BaseDeDatos, actividad_id: int, estado: str, hasta: str | None) -> None:
    """El estado nuevo; `hasta` (si no es None) como fecha de fin."""
    db.execute("UPDATE actividades SET estado = ?, hasta = coalesce(?, hasta) WHERE id = ?",
               [estado, hasta, actividad_id])


def fijar_resultado(db: BaseDeDatos, actividad_id: int, resultado: str | None) -> None:
    db.execute("UPDATE actividades SET resultado = ? WHERE id = ?", [resultado, actividad_id])


def insertar_informe(db: BaseDeDatos, actividad_id: int, nombre: str, sha256: str, pdf: bytes) -> int:
    return db.insertar("INSERT INTO informes_actividad (actividad_id, nombre, sha256, pdf) VALUES (?, ?, ?, ?)",
                       [actividad_id, nombre, sha256, pdf])


def informes(db: BaseDeDatos, actividad_id: int) -> list[dict]:
    """Los informes adjuntados a la actividad, del primero al vigente (sin el PDF: su tamaño)."""
    return list(db.query("SELECT id, actividad_id, nombre, sha256, adjuntado_en, length(pdf) AS bytes "
                         "FROM informes_actividad WHERE actividad_id = ? ORDER BY id", [actividad_id]))


def pdf_del_informe(db: BaseDeDatos, informe_id: int) -> tuple[bytes, str] | None:
    """(el PDF, su SHA-256 anotado) del informe; None si no existe."""
    fila = db.execute("SELECT pdf, sha256 FROM informes_actividad WHERE id = ?", [informe_id]).fetchone()
    if fila is None:
        return None
    pdf = fila[0]
    return (pdf if isinstance(pdf, bytes) else bytes(pdf)), fila[1]
