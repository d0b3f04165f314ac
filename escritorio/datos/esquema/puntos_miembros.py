"""Migración 0047: de quién trata un punto de admisión o de exclusión (issue 59).

- `puntos_miembros`: los miembros que nombra un punto del orden del día con decisión «admision» (ciudades
  solicitantes) o «exclusion» (miembros). Se fijan al agregar el punto (servicios.puntos_sobre_miembros); la
  resolución del punto aprobado admite o excluye exactamente a ellos (servicios.efectos.aplicar_efectos). Antes el
  punto no decía a quién se refería, y la resolución de una admisión aprobada podía admitir a una ciudad cuya propia
  admisión se había rechazado en la misma sesión.

Como el resto del orden del día, el vínculo queda congelado con el acta aprobada (triggers de abajo, con su regla en
servicios/reglas_de_la_bitacora._CONGELADAS) y se borra con su punto. No entra en la huella del registro de la
sesión (datos.actas.filas_de_la_sesion no cambia: las actas aprobadas antes verifican igual); el acta lo nombra en
el texto de cada punto.

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import disparadores_de_bitacora, ejecutar

_ACTA_CERRADA = ("(SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = "
                 "{fila}.punto_id)) IN ('aprobada', 'firmada')")
_CONGELADO = "El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas)."


def _crear(db: BaseDeDatos) -> None:
    nuevo, viejo = _ACTA_CERRADA.format(fila="NEW"), _ACTA_CERRADA.format(fila="OLD")
    ejecutar(db, [
        """CREATE TABLE puntos_miembros (
            id INTEGER PRIMARY KEY,
            punto_id INTEGER NOT NULL REFERENCES puntos_orden(id) ON DELETE CASCADE,
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            UNIQUE (punto_id, miembro_id)
        )""",
        "CREATE INDEX puntos_miembros_miembro ON puntos_miembros(miembro_id)",
        f"""CREATE TRIGGER puntos_miembros_congelado_insert BEFORE INSERT ON puntos_miembros
            WHEN {nuevo} BEGIN SELECT RAISE(ABORT, '{_CONGELADO}'); END""",
        f"""CREATE TRIGGER puntos_miembros_congelado_update BEFORE UPDATE ON puntos_miembros
            WHEN {nuevo} OR {viejo} BEGIN SELECT RAISE(ABORT, '{_CONGELADO}'); END""",
        f"""CREATE TRIGGER puntos_miembros_congelado_delete BEFORE DELETE ON puntos_miembros
            WHEN {viejo} BEGIN SELECT RAISE(ABORT, '{_CONGELADO}'); END""",
    ])
    ejecutar(db, disparadores_de_bitacora(db, "puntos_miembros"))


MIGRACION_PUNTOS_MIEMBROS = ("0047_puntos_miembros", _crear)
TABLAS_CON_BITACORA_0047 = ("puntos_miembros",)
