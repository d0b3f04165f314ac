"""Migración 0019: elecciones de varios puestos (issue 41, §1, último punto).

- `elecciones.puestos`: cuántos puestos se eligen en la misma votación (1 en todas las anteriores). Con más de uno
  la mayoría es la pluralidad: ganan las N más votadas, respetando los cupos por país de la regla de composición.
- `elecciones.puestos_segunda_vuelta`: si un empate en el último puesto que decide (o en el cupo de un país) deja
  puestos sin decidir, cuántos se disputan en la segunda vuelta.
- `candidaturas.electa`: el orden en que cada candidatura resultó electa (1, 2, …); `candidaturas.finalista`: va a
  la segunda vuelta; ambas se fijan al cerrar la elección y se congelan con el acta, como el resto del recuento.
- `candidaturas.mandato_id`: el mandato registrado al confirmar cada electa (una elección de un puesto sigue
  anotándolo también en `elecciones.mandato_id`). Como la confirmación de la elección, puede llegar con el acta ya
  aprobada, y una vez anotado no se cambia ni se deshace.

Los triggers que congelan una elección y sus candidaturas con el acta aprobada se rehacen con las columnas que
tienen ahora (todas salvo las de la confirmación); los de bitácora, también. Las registra `esquema/__init__.py`, al final.
Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import ejecutar, rehacer_bitacora

_ACTA_APROBADA = "(SELECT estado FROM actas WHERE sesion_id = {sesion}) IN ('aprobada', 'firmada')"
_MENSAJE = "El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas)."
SESION_DEL_PUNTO = "(SELECT sesion_id FROM puntos_orden WHERE id = {fila}.punto_id)"
_SESION_DE_LA_ELECCION = ("(SELECT sesion_id FROM puntos_orden WHERE id = (SELECT punto_id FROM elecciones "
                          "WHERE id = {fila}.eleccion_id))")
# Lo único que se escribe de una elección con el acta aprobada: su confirmación (los mandatos registrados).
_DE_LA_CONFIRMACION = {"elecciones": ("mandato_id", "confirmada_en"), "candidaturas": ("mandato_id",)}


def _columnas(db: BaseDeDatos, tabla: str) -> list[str]:
    return [fila[1] for fila in db.execute(f"PRAGMA table_info({tabla})").fetchall()]


def congelado_update(db: BaseDeDatos, tabla: str, sesion: str, referencia: str) -> list[str]:
    """Con el acta aprobada no cambia ninguna columna salvo las de la confirmación, ni se muda una fila a una
    sesión con el acta aprobada (se mira la fila vieja y la nueva)."""
    columnas = [c for c in _columnas(db, tabla) if c not in _DE_LA_CONFIRMACION[tabla]]
    cambia = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columnas)
    vieja, nueva = (_ACTA_APROBADA.format(sesion=sesion.format(fila=f)) for f in ("OLD", "NEW"))
    return [
        f"DROP TRIGGER {tabla}_congelado_update",
        f"""CREATE TRIGGER {tabla}_congelado_update BEFORE UPDATE ON {tabla}
            WHEN ({nueva} AND OLD.{referencia} IS NOT NEW.{referencia})
              OR ({vieja} AND ({cambia}))
            BEGIN SELECT RAISE(ABORT, '{_MENSAJE}'); END""",
    ]


def _plurinominal(db: BaseDeDatos) -> None:
    ejecutar(db, [
        "ALTER TABLE elecciones ADD COLUMN puestos INTEGER NOT NULL DEFAULT 1 CHECK (puestos BETWEEN 1 AND 1000)",
        "ALTER TABLE elecciones ADD COLUMN puestos_segunda_vuelta INTEGER "
        "CHECK (puestos_segunda_vuelta IS NULL OR puestos_segunda_vuelta >= 1)",
        "ALTER TABLE candidaturas ADD COLUMN electa INTEGER CHECK (electa IS NULL OR electa >= 1)",
        "ALTER TABLE candidaturas ADD COLUMN finalista INTEGER NOT NULL DEFAULT 0 CHECK (finalista IN (0, 1))",
        "ALTER TABLE candidaturas ADD COLUMN mandato_id INTEGER REFERENCES mandatos(id)",
        "CREATE UNIQUE INDEX candidaturas_mandato ON candidaturas(mandato_id) WHERE mandato_id IS NOT NULL",
        "CREATE UNIQUE INDEX candidaturas_orden_electa ON candidaturas(eleccion_id, electa) WHERE electa IS NOT NULL",
    ])
    # Con las columnas nuevas ya agregadas: los triggers las leen de la tabla.
    ejecutar(db, [
        *congelado_update(db, "elecciones", SESION_DEL_PUNTO, "punto_id"),
        *congelado_update(db, "candidaturas", _SESION_DE_LA_ELECCION, "eleccion_id"),
        # La confirmación registrada (el mandato de cada electa y cuándo) no se cambia ni se deshace. Una elección de
        # varios puestos no anota un mandato en `elecciones.mandato_id`: la marca es `confirmada_en`.
        "DROP TRIGGER elecciones_confirmacion_fija",
        """CREATE TRIGGER elecciones_confirmacion_fija BEFORE UPDATE ON elecciones
           WHEN (OLD.mandato_id IS NOT NULL OR OLD.confirmada_en IS NOT NULL)
            AND (NEW.mandato_id IS NOT OLD.mandato_id OR NEW.confirmada_en IS NOT OLD.confirmada_en)
           BEGIN SELECT RAISE(ABORT, 'La elección ya fue confirmada: su mandato no se cambia ni se deshace.'); END""",
        """CREATE TRIGGER candidaturas_confirmacion_fija BEFORE UPDATE ON candidaturas
           WHEN OLD.mandato_id IS NOT NULL AND NEW.mandato_id IS NOT OLD.mandato_id
           BEGIN SELECT RAISE(ABORT, 'La candidatura electa ya tiene su mandato registrado: no se cambia ni se deshace.'); END""",
        # Solo una candidatura electa recibe un mandato.
        """CREATE TRIGGER candidaturas_mandato_de_electa BEFORE UPDATE OF mandato_id ON candidaturas
           WHEN NEW.mandato_id IS NOT NULL AND NEW.electa IS NULL
           BEGIN SELECT RAISE(ABORT, 'Solo una candidatura electa recibe un mandato al confirmar la elección.'); END""",
    ])
    for tabla in ("elecciones", "candidaturas"):
        rehacer_bitacora(db, tabla)


MIGRACION_PLURINOMINAL = ("0019_elecciones_de_varios_puestos", _plurinominal)
