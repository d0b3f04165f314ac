"""Migración 0017: lo que cada papel puede hacer, hecho cumplir por la base misma (issue 40, punto 3).

- El dinero registrado no se modifica: un pago solo se anula (fecha y motivo de la anulación: lo único que el
  programa cambia de un pago); sus imputaciones y su recibo no se cambian ni se borran; una cuota con pagos imputados
  (aunque se hayan anulado) tampoco. Una corrección es una anulación y un registro nuevo, ambos en la bitácora.
- Las sesiones que viajan (`sesiones_de_viaje`): una fila por viaje, que se cierra al devolverla o al cancelar el
  viaje (con su motivo); nunca se borra ni se reabre, y cada paso queda en la bitácora como cualquier otro dato. En
  un archivo de Escritorio la tabla queda vacía (o, en la copia de un viaje, con la fila de ese viaje); en el servidor
  la escriben sus funciones (datos/postgres/viaje.py).

Las registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import disparadores_de_bitacora, ejecutar

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


def _sesiones_de_viaje() -> list[str]:
    en_curso = "OLD.devuelta_en IS NULL AND OLD.cancelada_en IS NULL"
    return [
        # Las horas, en UTC como las del resto de la base; quién, el login del servidor.
        """CREATE TABLE sesiones_de_viaje (
            id INTEGER PRIMARY KEY,
            sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
            llevada_por TEXT NOT NULL CHECK (length(trim(llevada_por)) > 0),
            llevada_en TEXT NOT NULL,
            huella TEXT NOT NULL CHECK (length(huella) = 64),  -- de las filas de la sesión al llevarla
            devuelta_en TEXT,
            cancelada_en TEXT,
            cancelada_por TEXT,
            motivo_cancelacion TEXT CHECK (motivo_cancelacion IS NULL OR length(trim(motivo_cancelacion)) > 0),
            CHECK (devuelta_en IS NULL OR cancelada_en IS NULL),
            CHECK ((cancelada_en IS NULL) = (cancelada_por IS NULL) AND (cancelada_en IS NULL) = (motivo_cancelacion IS NULL))
        )""",
        # Un solo viaje en curso por sesión.
        "CREATE UNIQUE INDEX sesiones_de_viaje_en_curso ON sesiones_de_viaje (sesion_id) "
        "WHERE devuelta_en IS NULL AND cancelada_en IS NULL",
        """CREATE TRIGGER sesiones_de_viaje_sin_borrado BEFORE DELETE ON sesiones_de_viaje
            BEGIN SELECT RAISE(ABORT, 'Un viaje de una sesión no se borra: se devuelve, o se cancela con un motivo.'); END""",
        f"""CREATE TRIGGER sesiones_de_viaje_solo_cerrar BEFORE UPDATE ON sesiones_de_viaje
            WHEN NOT ({en_curso}) OR OLD.id IS NOT NEW.id OR OLD.sesion_id IS NOT NEW.sesion_id
                OR OLD.llevada_por IS NOT NEW.llevada_por OR OLD.llevada_en IS NOT NEW.llevada_en
                OR OLD.huella IS NOT NEW.huella
            BEGIN SELECT RAISE(ABORT, 'Un viaje de una sesión solo se cierra una vez (devuelta o cancelada): lo demás no se modifica.'); END""",
    ]


TABLAS_CON_BITACORA_0017 = ("sesiones_de_viaje",)


def _papeles(db: BaseDeDatos) -> None:
    ejecutar(db, [*_dinero_registrado(db), *_sesiones_de_viaje()])
    for tabla in TABLAS_CON_BITACORA_0017:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


MIGRACION_DE_PAPELES = ("0017_papeles", _papeles)
