"""Migración 0022: el punto que aprueba un acta (issue 42).

- `puntos_aprobacion_acta`: el punto «Aprobación del acta» de un orden del día y la sesión cuya acta aprueba (la
  misma sesión, al final, o una anterior). Solo la resolución de ese punto aprueba esa acta
  (servicios.actas.aprobar_acta): antes se aceptaba cualquier resolución, también la de un plan de trabajo. Una fila
  por punto; la sesión del punto y la del acta pueden ser de órganos distintos (el Consejo que aprueba el acta de la
  Asamblea). El vínculo no se modifica; se borra con su punto, nunca cuando alguna de las dos actas ya está aprobada.

El vínculo no entra en la huella del registro de la sesión (datos.actas.filas_de_la_sesion no cambia: las actas
aprobadas antes verifican igual): sirve para decidir antes de aprobar. Después, el acta nombra su resolución
(actas.aprobada_por) y los triggers de abajo impiden quitar o cambiar el vínculo.

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import disparadores_de_bitacora, ejecutar

_ACTA_CERRADA = "(SELECT estado FROM actas WHERE sesion_id = {sesion}) IN ('aprobada', 'firmada')"
_SESION_DEL_PUNTO = "(SELECT sesion_id FROM puntos_orden WHERE id = {fila}.punto_id)"
_CONGELADO = "El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas)."


def _crear(db: BaseDeDatos) -> None:
    del_punto = _ACTA_CERRADA.format(sesion=_SESION_DEL_PUNTO)
    ejecutar(db, [
        """CREATE TABLE puntos_aprobacion_acta (
            id INTEGER PRIMARY KEY,
            punto_id INTEGER NOT NULL UNIQUE REFERENCES puntos_orden(id) ON DELETE CASCADE,
            sesion_id INTEGER NOT NULL REFERENCES sesiones(id)
        )""",
        "CREATE INDEX puntos_aprobacion_acta_sesion ON puntos_aprobacion_acta(sesion_id)",
        f"""CREATE TRIGGER puntos_aprobacion_acta_congelado_insert BEFORE INSERT ON puntos_aprobacion_acta
            WHEN {del_punto.replace('{fila}', 'NEW')}
            BEGIN SELECT RAISE(ABORT, '{_CONGELADO}'); END""",
        """CREATE TRIGGER puntos_aprobacion_acta_fijo BEFORE UPDATE ON puntos_aprobacion_acta
            BEGIN SELECT RAISE(ABORT, 'El acta que aprueba un punto no se cambia.'); END""",
        f"""CREATE TRIGGER puntos_aprobacion_acta_congelado_delete BEFORE DELETE ON puntos_aprobacion_acta
            WHEN {del_punto.replace('{fila}', 'OLD')} OR {_ACTA_CERRADA.format(sesion='OLD.sesion_id')}
            BEGIN SELECT RAISE(ABORT, '{_CONGELADO}'); END""",
    ])
    ejecutar(db, disparadores_de_bitacora(db, "puntos_aprobacion_acta"))


MIGRACION_APROBACION_DE_ACTAS = ("0022_aprobacion_de_actas", _crear)
TABLAS_CON_BITACORA_0022 = ("puntos_aprobacion_acta",)
