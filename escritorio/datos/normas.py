"""Consultas y escrituras de normas (estatutos, reglamentos), reformas y versiones de artículos."""

from .base_de_datos import BaseDeDatos


def insertar_norma(db: BaseDeDatos, asociacion_id: int, tipo: str, titulo: str) -> int:
    return db.insertar("INSERT INTO normas (asociacion_id, tipo, titulo) VALUES (?, ?, ?)",
                      [asociacion_id, tipo, titulo])


def normas(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    return list(db.query(
        "SELECT n.*, (SELECT count(*) FROM reformas WHERE norma_id = n.id) AS reformas "
        "FROM normas n WHERE asociacion_id = ? ORDER BY tipo, titulo", [asociacion_id]))


def norma(db: BaseDeDatos, norma_id: int) -> dict | None:
    return next(db.query("SELECT * FROM normas WHERE id = ?", [norma_id]), None)


def insertar_reforma(db: BaseDeDatos, norma_id: int, vigente_desde: str, aprobada_por: str | None,
                     descripcion: str | None) -> int:
    return db.insertar("INSERT INTO reformas (norma_id, vigente_desde, aprobada_por, descripcion) VALUES (?, ?, ?, ?)",
                      [norma_id, vigente_desde, aprobada_por, descripcion])


INSERTAR_VERSION = (
    "INSERT INTO versiones_articulo (norma_id, reforma_id, numero, titulo, texto, vigente_desde, derogado) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)")


def insertar_versiones(db: BaseDeDatos, filas: list[tuple]) -> None:
    """Agrega versiones de artículos: cada fila es (norma_id, reforma_id, numero, titulo, texto, vigente_desde,
    derogado). Un artículo repetido en la misma fecha lanza el error UNIQUE de SQLite (el servicio lo explica)."""
    db.executemany(INSERTAR_VERSION, filas)


def versiones(db: BaseDeDatos, norma_id: int) -> list[dict]:
    return list(db.query(
        "SELECT v.*, r.aprobada_por, r.descripcion FROM versiones_articulo v LEFT JOIN reformas r ON r.id = v.reforma_id "
        "WHERE v.norma_id = ? ORDER BY v.vigente_desde, v.id", [norma_id]))


def reformas(db: BaseDeDatos, norma_id: int) -> list[dict]:
    return list(db.query(
        "SELECT r.*, (SELECT count(*) FROM versiones_articulo WHERE reforma_id = r.id) AS articulos, "
        "coalesce((SELECT min(id) FROM resoluciones WHERE reforma_id = r.id), (SELECT min(resolucion_id) FROM "
        "efectos_resolucion WHERE reforma_id = r.id AND tipo = 'reforma')) AS resolucion_id "
        "FROM reformas r WHERE norma_id = ? ORDER BY vigente_desde, id", [norma_id]))


def ids_de_versiones(db: BaseDeDatos, norma_id: int) -> list[tuple]:
    """(id, número, vigente_desde) de cada versión de artículo de la norma."""
    return db.execute("SELECT id, numero, vigente_desde FROM versiones_articulo WHERE norma_id = ?",
                      [norma_id]).fetchall()


def articulos_de_la_reforma(db: BaseDeDatos, reforma_id: int) -> tuple[int | None, list[str]]:
    """(norma_id, números de los artículos que cambió o derogó) de una reforma; (None, []) si no existe."""
    filas = db.execute("SELECT norma_id, numero FROM versiones_articulo WHERE reforma_id = ? ORDER BY id",
                       [reforma_id]).fetchall()
    if not filas:
        fila = db.execute("SELECT norma_id FROM reformas WHERE id = ?", [reforma_id]).fetchone()
        return (fila[0] if fila else None), []
    return filas[0][0], [f[1] for f in filas]


def reforma(db: BaseDeDatos, reforma_id: int) -> dict | None:
    """La reforma con su norma (título y asociación) y la resolución que la adoptó (None si no tiene)."""
    filas = list(db.query(
        "SELECT r.id, r.norma_id, r.vigente_desde, r.aprobada_por, r.descripcion, n.titulo AS norma, "
        "n.asociacion_id, coalesce((SELECT min(id) FROM resoluciones WHERE reforma_id = r.id), (SELECT "
        "min(resolucion_id) FROM efectos_resolucion WHERE reforma_id = r.id AND tipo = 'reforma')) AS resolucion_id "
        "FROM reformas r JOIN normas n ON n.id = r.norma_id WHERE r.id = ?", [reforma_id]))
    return dict(filas[0]) if filas else None


def reforma_de_la_version(db: BaseDeDatos, norma_id: int, numero: str, vigente_desde: str) -> int | None:
    """La reforma que introdujo el texto del artículo `numero` vigente desde esa fecha (None: el texto original)."""
    fila = db.execute("SELECT reforma_id FROM versiones_articulo WHERE norma_id = ? AND numero = ? AND vigente_desde = ? "
                      "AND reforma_id IS NOT NULL ORDER BY id DESC LIMIT 1", [norma_id, numero, vigente_desde]).fetchone()
    return fila[0] if fila else None
