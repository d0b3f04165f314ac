"""Las consultas y escrituras que solo usa la red de ejemplo (escritorio/demo/) al armarse.

Lo demás de la demo se escribe con las funciones de datos/ de cada área o con los servicios.
"""

from .base_de_datos import BaseDeDatos

from .normas import INSERTAR_VERSION
from .organos import INSERTAR_ACTIVIDAD


def fundadoras(db: BaseDeDatos, asociacion_id: int) -> list[int]:
    """Los miembros fundadores, en el orden en que ingresaron."""
    return [f[0] for f in db.execute("SELECT id FROM miembros WHERE asociacion_id = ? AND fundador = 1 "
                                     "ORDER BY fecha_ingreso, id", [asociacion_id])]


def fijar_regla_de_voto_y_tolerancia(db: BaseDeDatos, asociacion_id: int, cuotas: int, articulo: str, unidades: int,
                                     porcentaje: int, articulo_tolerancia: str) -> None:
    """La regla de suspensión del voto y la tolerancia de la morosidad, en un solo cambio (una entrada de bitácora)."""
    db.execute("UPDATE asociaciones SET cuotas_para_suspender = ?, articulo_suspension = ?, "
               "tolerancia_unidades = ?, tolerancia_porcentaje = ?, articulo_tolerancia = ? WHERE id = ?",
               [cuotas, articulo, unidades, porcentaje, articulo_tolerancia, asociacion_id])


def cargos_con_pais(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Cada cargo (id, miembro_id, anio, importe) con el país de su miembro, por miembro y año."""
    return list(db.query("SELECT c.id, c.miembro_id, c.anio, c.importe, m.pais FROM cargos c "
                         "JOIN miembros m ON m.id = c.miembro_id WHERE c.asociacion_id = ? ORDER BY c.miembro_id, c.anio",
                         [asociacion_id]))


def insertar_actividades(db: BaseDeDatos, filas: list[tuple]) -> None:
    """Actividades de unidades temáticas: (organo_id, titulo, desde, hasta, estado, responsable_id, resultado)."""
    db.executemany(INSERTAR_ACTIVIDAD, filas)


def insertar_versiones(db: BaseDeDatos, filas: list[tuple]) -> None:
    """Artículos de una norma: (norma_id, reforma_id, numero, titulo, texto, vigente_desde, derogado)."""
    db.executemany(INSERTAR_VERSION, filas)


def id_de_organo(db: BaseDeDatos, asociacion_id: int, nombre: str) -> int:
    return db.execute("SELECT id FROM organos WHERE asociacion_id = ? AND nombre = ?", [asociacion_id, nombre]).fetchone()[0]


def primera_unidad_tematica(db: BaseDeDatos, asociacion_id: int) -> tuple[int, str]:
    """(id, nombre) de la primera unidad temática creada."""
    return db.execute("SELECT id, nombre FROM organos WHERE asociacion_id = ? AND tipo = 'unidad_tematica' "
                      "ORDER BY id LIMIT 1", [asociacion_id]).fetchone()


def fin_de_la_coordinacion(db: BaseDeDatos, unidad_id: int, al: str) -> str | None:
    """Hasta cuándo va el mandato de coordinación de la unidad que empezó último antes de `al` (None: sin fin)."""
    return db.execute("SELECT hasta FROM mandatos WHERE organo_id = ? AND cargo = 'coordinador' AND desde <= ? "
                      "ORDER BY desde DESC LIMIT 1", [unidad_id, al]).fetchone()[0]


def coordinadores_al(db: BaseDeDatos, al: str) -> set[int]:
    """Los miembros que coordinan alguna unidad en la fecha."""
    return {fila[0] for fila in db.execute(
        "SELECT miembro_id FROM mandatos WHERE cargo = 'coordinador' AND desde <= :d AND (hasta IS NULL OR hasta >= :d)",
        {"d": al})}


def id_del_estatuto(db: BaseDeDatos, asociacion_id: int) -> int:
    return db.execute("SELECT id FROM normas WHERE asociacion_id = ? AND tipo = 'estatuto'", [asociacion_id]).fetchone()[0]
