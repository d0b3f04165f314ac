"""Consultas y escrituras de la importación de extractos bancarios (tabla `lineas_de_extracto`, migración 0029): los
miembros como se reconocen en un extracto y las líneas ya registradas como pagos."""

from .base_de_datos import BaseDeDatos

INSERTAR_LINEA = ("INSERT INTO lineas_de_extracto (asociacion_id, huella, pago_id, archivo, fila, fecha, importe, moneda, "
                  "descripcion, motivo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def miembros_para_conciliar(db: BaseDeDatos, asociacion_id: int) -> list[tuple[int, str, str, str | None]]:
    """(id, nombre, país, código oficial) de cada miembro de la asociación, también los de baja (pagan lo que
    deben)."""
    return db.execute("SELECT id, nombre, pais, codigo FROM miembros WHERE asociacion_id = ? ORDER BY id",
                      [asociacion_id]).fetchall()


def lineas_registradas(db: BaseDeDatos, asociacion_id: int) -> dict[str, dict]:
    """huella -> {pago_id, recibo_anio, recibo_numero, importada_en, archivo, fila} de cada línea ya registrada
    cuyo pago sigue vigente (una línea cuyo pago se anuló se puede volver a importar). Si una huella tiene varias
    filas (se anuló y se volvió a importar), la vigente."""
    return {f[0]: {"pago_id": f[1], "recibo_anio": f[2], "recibo_numero": f[3], "importada_en": f[4],
                   "archivo": f[5], "fila": f[6]}
            for f in db.execute(
                "SELECT l.huella, l.pago_id, r.anio, r.numero, l.importada_en, l.archivo, l.fila "
                "FROM lineas_de_extracto l JOIN pagos p ON p.id = l.pago_id LEFT JOIN recibos r ON r.pago_id = p.id "
                "WHERE l.asociacion_id = ? AND p.anulado_en IS NULL", [asociacion_id])}


def lineas_anuladas(db: BaseDeDatos, asociacion_id: int) -> set[str]:
    """Las huellas de las líneas cuyo pago se anuló (se pueden volver a importar; el plan lo dice)."""
    return {f[0] for f in db.execute(
        "SELECT l.huella FROM lineas_de_extracto l JOIN pagos p ON p.id = l.pago_id "
        "WHERE l.asociacion_id = ? AND p.anulado_en IS NOT NULL", [asociacion_id])}


def insertar_lineas(db: BaseDeDatos, filas: list[tuple]) -> None:
    """Las líneas registradas: (asociacion_id, huella, pago_id, archivo, fila, fecha, importe, moneda, descripcion,
    motivo) cada una."""
    db.executemany(INSERTAR_LINEA, filas)

