"""Las consultas de «Buscar en todo» (servicios/busqueda.py): lo justo de cada clase para compararlo en Python.

La comparación sin tildes se hace en Python (dominio/busqueda.py), igual en SQLite y en PostgreSQL: aquí solo se
leen las columnas que se muestran y se comparan. Las sesiones y las resoluciones se leen con las consultas de su área
(datos/sesiones.py). Los pagos no se leen todos: solo los de los números de recibo escritos (el índice único de
recibos por asociación, año y número).
"""

from .base_de_datos import BaseDeDatos


def miembros(db: BaseDeDatos, asociacion_id: int) -> list[tuple[int, str, str, str | None, str | None]]:
    """(id, nombre, país, región, código) de cada miembro de la asociación, también los de baja."""
    return db.execute("SELECT id, nombre, pais, region, codigo FROM miembros WHERE asociacion_id = ?",
                      [asociacion_id]).fetchall()


def estados(db: BaseDeDatos, miembro_ids: list[int], hoy: str) -> dict[int, str]:
    """El estado que rige el día `hoy` (ISO) de cada miembro de `miembro_ids` que tiene alguno registrado."""
    if not miembro_ids:
        return {}
    marcas = ", ".join("?" for _ in miembro_ids)
    return {fila[0]: fila[1] for fila in db.execute(
        "SELECT m.id, e.estado FROM miembros m JOIN estados_miembro e ON e.id = ("
        "  SELECT id FROM estados_miembro WHERE miembro_id = m.id AND desde <= ? ORDER BY desde DESC, id DESC LIMIT 1)"
        f" WHERE m.id IN ({marcas})", [hoy, *miembro_ids])}


def versiones_de_las_normas(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Cada versión de cada artículo de las normas de la asociación, con el título y el tipo de su norma."""
    return list(db.query(
        "SELECT v.norma_id, v.numero, v.titulo, v.texto, v.vigente_desde, v.derogado, n.titulo AS norma, "
        "n.tipo AS tipo_norma FROM versiones_articulo v JOIN normas n ON n.id = v.norma_id "
        "WHERE n.asociacion_id = ? ORDER BY n.tipo, n.titulo, v.norma_id, v.vigente_desde, v.id", [asociacion_id]))


def pagos_por_recibo(db: BaseDeDatos, asociacion_id: int, numeros: list[tuple[int, int | None]],
                     limite: int) -> list[dict]:
    """Los pagos cuyos recibos tienen alguno de esos (número, año) —año None: de cualquier año—, del año más nuevo
    al más viejo, hasta `limite`."""
    if not numeros:
        return []
    condiciones, parametros = [], [asociacion_id]
    for numero, anio in numeros:
        if anio is None:
            condiciones.append("r.numero = ?")
            parametros.append(numero)
        else:
            condiciones.append("(r.numero = ? AND r.anio = ?)")
            parametros += [numero, anio]
    return list(db.query(
        "SELECT p.id, p.miembro_id, p.fecha, p.importe, p.moneda, p.anulado_en, r.anio AS recibo_anio, "
        "r.numero AS recibo_numero, m.nombre AS miembro FROM recibos r JOIN pagos p ON p.id = r.pago_id "
        f"JOIN miembros m ON m.id = p.miembro_id WHERE r.asociacion_id = ? AND ({' OR '.join(condiciones)}) "
        "ORDER BY r.anio DESC, r.numero DESC LIMIT ?", [*parametros, limite]))
