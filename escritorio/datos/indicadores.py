"""Consultas y escrituras de los indicadores y sus valores (migración 0063). Las reglas, en servicios/indicadores.py."""

from .base_de_datos import BaseDeDatos
from .dialecto import ahora


def indicadores(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    return list(db.query("SELECT id, nombre, unidad, sentido, fuente, descripcion, decimales FROM indicadores "
                         "WHERE asociacion_id = ? ORDER BY id", [asociacion_id]))   # el orden alfabético: servicios


def insertar_indicador(db: BaseDeDatos, asociacion_id: int, fila: dict) -> int:
    return db.insertar("INSERT INTO indicadores (asociacion_id, nombre, unidad, sentido, fuente, descripcion, decimales) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)", [asociacion_id, fila["nombre"], fila["unidad"], fila["sentido"],
                                                        fila["fuente"], fila["descripcion"], fila["decimales"]])


def corregir_indicador(db: BaseDeDatos, indicador_id: int, fila: dict) -> None:
    db.execute("UPDATE indicadores SET nombre = ?, unidad = ?, sentido = ?, fuente = ?, descripcion = ?, decimales = ? "
               "WHERE id = ?", [fila["nombre"], fila["unidad"], fila["sentido"], fila["fuente"], fila["descripcion"],
                                fila["decimales"], indicador_id])


def borrar_valor(db: BaseDeDatos, valor_id: int) -> None:
    db.execute("DELETE FROM valores_indicador WHERE id = ?", [valor_id])


def valores(db: BaseDeDatos, asociacion_id: int, indicador_id: int | None = None) -> list[dict]:
    """Los valores registrados (de un indicador, o de todos), con el nombre y el país del miembro."""
    return list(db.query(
        """SELECT v.id, v.indicador_id, v.miembro_id, m.nombre AS miembro, m.pais, v.anio, v.valor, v.evidencia,
                  v.registrado_en
           FROM valores_indicador v JOIN indicadores i ON i.id = v.indicador_id JOIN miembros m ON m.id = v.miembro_id
           WHERE i.asociacion_id = :asociacion AND (:indicador IS NULL OR v.indicador_id = :indicador)
           ORDER BY v.indicador_id, v.anio, m.nombre, v.id""",
        {"asociacion": asociacion_id, "indicador": indicador_id}))


def valor(db: BaseDeDatos, indicador_id: int, miembro_id: int, anio: int) -> dict | None:
    return next(db.query("SELECT id, valor, evidencia FROM valores_indicador WHERE indicador_id = ? AND miembro_id = ? "
                         "AND anio = ?", [indicador_id, miembro_id, anio]), None)


def insertar_valor(db: BaseDeDatos, indicador_id: int, miembro_id: int, anio: int, valor: str, evidencia: str) -> int:
    return db.insertar("INSERT INTO valores_indicador (indicador_id, miembro_id, anio, valor, evidencia) "
                       "VALUES (?, ?, ?, ?, ?)", [indicador_id, miembro_id, anio, valor, evidencia])


def reemplazar_valor(db: BaseDeDatos, valor_id: int, valor: str, evidencia: str) -> None:
    db.execute(f"UPDATE valores_indicador SET valor = ?, evidencia = ?, registrado_en = {ahora(db)} WHERE id = ?",
               [valor, evidencia, valor_id])
