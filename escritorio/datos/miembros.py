"""Consultas y escrituras del registro de miembros.

Los valores "vigentes" (población, estado, autoridad) se derivan de su historia: nunca se
guardan dos veces.
"""

from collections.abc import Callable, Iterable

from sqlite_utils import Database

_VIGENTES = """
SELECT m.id, m.asociacion_id, m.nombre, m.pais, m.region, m.codigo, m.tipo, m.fecha_ingreso,
       m.modo_ingreso, m.fundador, m.correo, m.telefono,
       p.cifra AS poblacion, p.anio AS anio_poblacion, p.fuente AS fuente_poblacion,
       coalesce(e.estado, 'activo') AS estado, a.persona AS autoridad, a.cargo AS cargo
FROM miembros m
LEFT JOIN poblaciones p ON p.id = (
    SELECT id FROM poblaciones WHERE miembro_id = m.id ORDER BY anio DESC, id DESC LIMIT 1)
LEFT JOIN estados_miembro e ON e.id = (
    SELECT id FROM estados_miembro WHERE miembro_id = m.id AND desde <= :hoy
    ORDER BY desde DESC, id DESC LIMIT 1)
LEFT JOIN autoridades a ON a.id = (
    SELECT id FROM autoridades WHERE miembro_id = m.id AND (desde IS NULL OR desde <= :hoy)
    ORDER BY coalesce(desde, '') DESC, id DESC LIMIT 1)
WHERE m.asociacion_id = :asociacion
"""

TAMANO_LOTE = 500
Progreso = Callable[[int, int], None]


def vigentes(db: Database, asociacion_id: int, hoy: str) -> list[dict]:
    """Cada miembro con su población, estado y autoridad vigentes al día `hoy` (ISO).

    La autoridad vigente es la última que asumió, aunque su mandato previsto ya haya vencido:
    sigue en funciones hasta que se registra a quien la sucede.
    """
    return list(db.query(_VIGENTES + " ORDER BY m.id", {"asociacion": asociacion_id, "hoy": hoy}))


def contar(db: Database, asociacion_id: int) -> int:
    return db.execute("SELECT count(*) FROM miembros WHERE asociacion_id = ?", [asociacion_id]).fetchone()[0]


def _por_lotes(db: Database, sql: str, filas: list, avance: Callable[[int], None]) -> None:
    for inicio in range(0, len(filas), TAMANO_LOTE):
        lote = filas[inicio:inicio + TAMANO_LOTE]
        db.conn.executemany(sql, lote)
        avance(len(lote))


def escribir_lotes(db: Database, tareas: Iterable[tuple[str, list]], progreso: Progreso | None = None) -> None:
    """Ejecuta (sql, filas) en lotes dentro de la transacción abierta, informando el avance total."""
    tareas = [(sql, filas) for sql, filas in tareas if filas]
    total, hecho = sum(len(filas) for _, filas in tareas), 0

    def avance(cantidad: int) -> None:
        nonlocal hecho
        hecho += cantidad
        if progreso:
            progreso(hecho, total)

    for sql, filas in tareas:
        _por_lotes(db, sql, filas, avance)


def proximo_id(db: Database) -> int:
    return (db.execute("SELECT coalesce(max(id), 0) FROM miembros").fetchone()[0]) + 1


INSERTAR_MIEMBRO = (
    "INSERT INTO miembros (id, asociacion_id, tipo, nombre, pais, region, codigo, fecha_ingreso, "
    "modo_ingreso, fundador, correo, telefono) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
ACTUALIZAR_FICHA = (
    "UPDATE miembros SET nombre = ?, pais = ?, region = ?, codigo = ?, tipo = ?, fecha_ingreso = ?, "
    "correo = ?, telefono = ? WHERE id = ?")
INSERTAR_POBLACION = "INSERT INTO poblaciones (miembro_id, cifra, anio, fuente) VALUES (?, ?, ?, ?)"
INSERTAR_ESTADO = "INSERT INTO estados_miembro (miembro_id, estado, desde, motivo) VALUES (?, ?, ?, ?)"
# La autoridad saliente termina el día anterior a la entrante (o el mismo día, si recién había empezado).
CERRAR_AUTORIDAD = (
    "UPDATE autoridades SET hasta = max(coalesce(desde, ?1), ?1) WHERE miembro_id = ?2 AND (hasta IS NULL OR hasta > ?1)")
INSERTAR_AUTORIDAD = "INSERT INTO autoridades (miembro_id, persona, cargo, desde, hasta) VALUES (?, ?, ?, ?, ?)"
INSERTAR_CONTACTO = "INSERT INTO contactos (miembro_id, nombre, rol, correo, telefono) VALUES (?, ?, ?, ?, ?)"
