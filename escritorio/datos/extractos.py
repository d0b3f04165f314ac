"""Consultas y escrituras de la importación de extractos bancarios (tabla `lineas_de_extracto`, migración 0029): los
miembros como se reconocen en un extracto y las líneas ya registradas como pagos."""

import json
from collections.abc import Iterable

from .base_de_datos import BaseDeDatos
from .dialecto import es_servidor

INSERTAR_LINEA = ("INSERT INTO lineas_de_extracto (asociacion_id, huella, pago_id, archivo, fila, fecha, importe, moneda, "
                  "descripcion, motivo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def miembros_para_conciliar(db: BaseDeDatos, asociacion_id: int) -> list[tuple[int, str, str, str | None]]:
    """(id, nombre, país, código oficial) de cada miembro de la asociación, también los de baja (pagan lo que
    deben)."""
    return db.execute("SELECT id, nombre, pais, codigo FROM miembros WHERE asociacion_id = ? ORDER BY id",
                      [asociacion_id]).fetchall()


def _entre(db: BaseDeDatos) -> str:
    """Las huellas buscadas, de un parámetro JSON (:huellas): una consulta por el índice (asociación, huella) en
    lugar de leer todas las líneas importadas en la historia de la asociación."""
    return ("(SELECT value FROM json_array_elements_text(CAST(:huellas AS json)))" if es_servidor(db)
            else "(SELECT value FROM json_each(:huellas))")


def hay_lineas(db: BaseDeDatos, asociacion_id: int) -> bool:
    """Si la asociación importó alguna vez una línea de un extracto."""
    return db.execute("SELECT 1 FROM lineas_de_extracto WHERE asociacion_id = ? LIMIT 1",
                      [asociacion_id]).fetchone() is not None


def lineas_registradas(db: BaseDeDatos, asociacion_id: int, huellas: Iterable[str]) -> dict[str, dict]:
    """huella -> {pago_id, recibo_anio, recibo_numero, importada_en, archivo, fila} de cada línea ya registrada con
    una de esas `huellas` cuyo pago sigue vigente (una línea cuyo pago se anuló se puede volver a importar). Si una
    huella tiene varias filas (se anuló y se volvió a importar), la vigente."""
    return {f[0]: {"pago_id": f[1], "recibo_anio": f[2], "recibo_numero": f[3], "importada_en": f[4],
                   "archivo": f[5], "fila": f[6]}
            for f in db.execute(
                "SELECT l.huella, l.pago_id, r.anio, r.numero, l.importada_en, l.archivo, l.fila "
                "FROM lineas_de_extracto l JOIN pagos p ON p.id = l.pago_id LEFT JOIN recibos r ON r.pago_id = p.id "
                f"WHERE l.asociacion_id = :asociacion AND l.huella IN {_entre(db)} AND p.anulado_en IS NULL",
                {"asociacion": asociacion_id, "huellas": json.dumps(sorted(set(huellas)))})}


def lineas_anuladas(db: BaseDeDatos, asociacion_id: int, huellas: Iterable[str]) -> set[str]:
    """De esas `huellas`, las de las líneas cuyo pago se anuló (se pueden volver a importar; el plan lo dice)."""
    return {f[0] for f in db.execute(
        "SELECT l.huella FROM lineas_de_extracto l JOIN pagos p ON p.id = l.pago_id "
        f"WHERE l.asociacion_id = :asociacion AND l.huella IN {_entre(db)} AND p.anulado_en IS NOT NULL",
        {"asociacion": asociacion_id, "huellas": json.dumps(sorted(set(huellas)))})}


def insertar_lineas(db: BaseDeDatos, filas: list[tuple]) -> None:
    """Las líneas registradas: (asociacion_id, huella, pago_id, archivo, fila, fecha, importe, moneda, descripcion,
    motivo) cada una."""
    db.executemany(INSERTAR_LINEA, filas)

