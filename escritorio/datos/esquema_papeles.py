"""Migración 0016: lo que cada papel puede hacer, hecho cumplir por la base misma (issue 40, punto 3).

- El dinero registrado no se modifica: un pago solo se anula (fecha y motivo de la anulación: lo único que el
  programa cambia de un pago); sus imputaciones y su recibo no se cambian ni se borran; una cuota con pagos imputados
  (aunque se hayan anulado) tampoco. Una corrección es una anulación y un registro nuevo, ambos en la bitácora.

Las registra `esquema.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from .base_de_datos import BaseDeDatos
from .migraciones import ejecutar

# Lo único que el programa cambia de un pago: su anulación (datos/cuotas.anular_pago).
COLUMNAS_DE_LA_ANULACION = ("anulado_en", "motivo_anulacion")


def _fijo(tabla: str, mensaje: str, cuando: str | None = None) -> list[str]:
    """No se cambia ni se borra (si `cuando`, solo mientras se cumple, mirando la fila vieja)."""
    condicion = f"\n                WHEN {cuando}" if cuando else ""
    return [f"""CREATE TRIGGER {tabla}_fijo_{accion.lower()} BEFORE {accion} ON {tabla}{condicion}
                BEGIN SELECT RAISE(ABORT, '{mensaje}'); END""" for accion in ("UPDATE", "DELETE")]


def _dinero_registrado(db: BaseDeDatos) -> list[str]:
    # Las columnas de hoy, una por una: una migración que agregue una columna a pagos rehace este trigger.
    columnas = [f[1] for f in db.execute("PRAGMA table_info(pagos)") if f[1] not in COLUMNAS_DE_LA_ANULACION]
    return [
        f"""CREATE TRIGGER pagos_registrado_fijo BEFORE UPDATE ON pagos
            WHEN {' OR '.join(f'OLD.{c} IS NOT NEW.{c}' for c in columnas)}
            BEGIN SELECT RAISE(ABORT, 'Un pago registrado no se modifica: solo se anula, con un motivo (si tenía un error, se anula y se registra de nuevo).'); END""",
        *_fijo("imputaciones", "Una imputación de un pago no se modifica ni se borra: se anula el pago."),
        *_fijo("recibos", "Un recibo emitido no se modifica ni se borra: se anula su pago."),
        *_fijo("cargos", "Una cuota con pagos imputados (aunque estén anulados) no se modifica ni se borra.",
               "EXISTS (SELECT 1 FROM imputaciones WHERE cargo_id = OLD.id)"),
    ]


def _papeles(db: BaseDeDatos) -> None:
    ejecutar(db, _dinero_registrado(db))


MIGRACION_DE_PAPELES = ("0016_papeles", _papeles)
