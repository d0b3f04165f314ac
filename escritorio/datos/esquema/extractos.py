"""Migración 0029: las líneas de extractos bancarios ya registradas como pagos (issue 47, punto 3).

`lineas_de_extracto`: una fila por cada línea de un extracto (o de la planilla de tesorería) que se registró como
pago, con su huella (`dominio.huellas_de_extracto.huella_de_linea`: fecha, importe, moneda, descripción, referencia, cuenta,
saldo, quién paga y cuántas idénticas la preceden en el archivo), el pago que la registró, de qué archivo y fila
salió y por qué se asignó a ese miembro (`dominio.conciliacion.MOTIVOS`). Así el mismo archivo importado dos veces,
o el extracto del mes siguiente que repite líneas, no registra nada dos veces: la importación decide qué líneas ya
están dentro de su transacción de escritura (otra importación a la vez espera y luego las ve).

Sin UNIQUE sobre la huella a propósito: si el pago de una línea se anula (estaba mal asignado), la línea se puede
volver a importar, y su fila nueva convive con la vieja (que queda, con su pago anulado, como historia).

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import disparadores_de_bitacora, ejecutar

# Los de dominio.conciliacion.MOTIVOS (tests/datos/test_migracion_reglas_del_dominio.py los compara).
MOTIVOS_SQL = "'referencia', 'codigo', 'nombre', 'nombre_e_importe', 'importe', 'a_mano'"


def crear_lineas_de_extracto(db: BaseDeDatos) -> None:
    ejecutar(db, [
        f"""CREATE TABLE lineas_de_extracto (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            huella TEXT NOT NULL CHECK (length(huella) = 64),
            pago_id INTEGER NOT NULL REFERENCES pagos(id),
            archivo TEXT NOT NULL,
            fila INTEGER NOT NULL CHECK (fila > 0),
            fecha TEXT NOT NULL CHECK (date(fecha) IS fecha),
            importe INTEGER NOT NULL CHECK (importe > 0),
            moneda TEXT NOT NULL CHECK (length(moneda) = 3),
            descripcion TEXT,
            motivo TEXT NOT NULL CHECK (motivo IN ({MOTIVOS_SQL})),
            importada_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        "CREATE INDEX lineas_de_extracto_huella ON lineas_de_extracto(asociacion_id, huella)",
        "CREATE INDEX lineas_de_extracto_pago ON lineas_de_extracto(pago_id)",
    ])
    ejecutar(db, disparadores_de_bitacora(db, "lineas_de_extracto"))


MIGRACION_EXTRACTOS = ("0029_lineas_de_extracto", crear_lineas_de_extracto)
TABLAS_CON_BITACORA_0029 = ("lineas_de_extracto",)
