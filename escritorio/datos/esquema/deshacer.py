"""Migración 0023: los cambios que se pueden deshacer (issue 42: Edición › Deshacer, «escritorio deshacer»).

`cambios_reversibles`: cada cambio de un servicio reversible (la ficha de un miembro, una marca de asistencia, un
punto del orden del día), anotado en su misma transacción con las filas que tocó tal como estaban y como quedaron
(`filas`, JSON: [{tabla, id, antes, despues}], una fila que no existía es null). Es de quien lo hizo (`quien`,
`equipo`): Deshacer ofrece el último propio. `ultimo_registro` es la bitácora al terminar lo último que se hizo
con él (hacerlo, deshacerlo, rehacerlo): lo que la bitácora anote después sobre esas filas lo cambió otro.
`deshecho_en` dice si está deshecho; deshacer y rehacer son cambios de esa columna, y la bitácora los anota
(«Deshecho: …», «Rehecho: …»). Ver servicios/reversibles.py y servicios/deshacer.py.

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import disparadores_de_bitacora, ejecutar

# dominio.deshacer.TIPOS_DE_CAMBIO, en SQL.
TIPOS_DE_CAMBIO_0023_SQL = "'ficha', 'asistencia', 'asistencias', 'punto_agregado', 'punto_resumido'"


def crear(db: BaseDeDatos) -> None:
    ejecutar(db, [
        f"""CREATE TABLE cambios_reversibles (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            tipo TEXT NOT NULL CHECK (tipo IN ({TIPOS_DE_CAMBIO_0023_SQL})),
            detalle TEXT NOT NULL,
            filas TEXT NOT NULL,
            quien TEXT NOT NULL,
            equipo TEXT NOT NULL,
            hecho_en TEXT NOT NULL DEFAULT (datetime('now')),
            ultimo_registro INTEGER NOT NULL,
            deshecho_en TEXT
        )""",
        "CREATE INDEX cambios_reversibles_de_quien ON cambios_reversibles(asociacion_id, quien, equipo)",
    ])
    ejecutar(db, disparadores_de_bitacora(db, "cambios_reversibles"))


MIGRACION_DE_DESHACER = ("0023_cambios_reversibles", crear)
TABLAS_CON_BITACORA_0023 = ("cambios_reversibles",)
