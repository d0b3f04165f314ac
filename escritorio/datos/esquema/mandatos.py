"""Migración 0021: períodos de los órganos, prorrateo de la baja y adherentes de las declaraciones (issue 41, §3).

- `organos.periodo_meses` y `organos.articulo_periodo`: cuánto dura un mandato en el órgano (la Secretaría Ejecutiva
  un año, el comité del Pacto de Milán dos, una ciudad sede uno) y el artículo que lo fija. Una designación sin
  «hasta» toma el fin del período; un traspaso antes de que el saliente lo cumpla pide un motivo.
- `escalas.regla_baja` y `escalas.articulo_baja`: cómo se cobra el año de quien se va (la cuota completa, o hasta el
  mes de la baja), como `regla_ingreso` dice el año de quien llega.
- `adherentes_declaracion`: quienes firman una declaración sin ser miembros (otras redes, observadores,
  organizaciones socias, gobiernos). Los miembros que la firman siguen en `firmantes_declaracion`. Una adhesión no
  es parte del registro de la sesión (se suma después, con su fecha): el acta aprobada guarda las de ese día.

Las registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import disparadores_de_bitacora, ejecutar, rehacer_bitacora

# Los valores que admite la base (dominio.cuotas.REGLAS_BAJA y dominio.sesiones.TIPOS_ADHERENTE los repiten).
_REGLAS_BAJA_SQL = "'completo', 'hasta_el_mes'"
_TIPOS_ADHERENTE_SQL = "'red', 'observador', 'organizacion', 'gobierno', 'otro'"


def _mandatos(db: BaseDeDatos) -> None:
    ejecutar(db, [
        "ALTER TABLE organos ADD COLUMN periodo_meses INTEGER "
        "CHECK (periodo_meses IS NULL OR periodo_meses BETWEEN 1 AND 120)",
        "ALTER TABLE organos ADD COLUMN articulo_periodo TEXT",
        f"ALTER TABLE escalas ADD COLUMN regla_baja TEXT NOT NULL DEFAULT 'completo' "
        f"CHECK (regla_baja IN ({_REGLAS_BAJA_SQL}))",
        "ALTER TABLE escalas ADD COLUMN articulo_baja TEXT",
        f"""CREATE TABLE adherentes_declaracion (
            id INTEGER PRIMARY KEY,
            resolucion_id INTEGER NOT NULL REFERENCES resoluciones(id),
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            tipo TEXT NOT NULL CHECK (tipo IN ({_TIPOS_ADHERENTE_SQL})),
            persona TEXT,
            registrado_en TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (resolucion_id, nombre)
        )""",
    ])
    for tabla in ("organos", "escalas"):
        rehacer_bitacora(db, tabla)
    for tabla in TABLAS_CON_BITACORA_0021:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


TABLAS_CON_BITACORA_0021 = ("adherentes_declaracion",)

MIGRACION_DE_MANDATOS = ("0021_mandatos", _mandatos)
