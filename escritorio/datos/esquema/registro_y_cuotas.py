"""Las primeras migraciones (0001 a 0003): la asociación, sus miembros con su población, contactos y autoridades,
y las cuotas (escalas por tramo de población, cargos, pagos imputados y recibos).

Como todas las migraciones publicadas, no se modifican: un cambio va en una migración nueva (esquema/__init__.py).
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import FECHA_VALIDA as _FECHA, ejecutar


def _registro(db: BaseDeDatos) -> None:
    ejecutar(db, [
        f"""CREATE TABLE asociaciones (
            id INTEGER PRIMARY KEY,
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            sigla TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(sigla)) > 0),
            tipo TEXT NOT NULL DEFAULT 'red representativa',
            fecha_fundacion TEXT {_FECHA.format(c='fecha_fundacion')},
            sede TEXT,
            idiomas TEXT NOT NULL DEFAULT 'es',
            papel TEXT NOT NULL DEFAULT 'A4' CHECK (papel IN ('A4', 'Carta', 'Oficio')),
            creada_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        """CREATE TABLE paises_asociacion (
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id) ON DELETE CASCADE,
            pais TEXT NOT NULL CHECK (length(pais) = 2 AND pais = upper(pais)),
            categoria TEXT NOT NULL CHECK (categoria IN ('pleno', 'asociado', 'observador')),
            PRIMARY KEY (asociacion_id, pais)
        )""",
        f"""CREATE TABLE miembros (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            tipo TEXT NOT NULL DEFAULT 'municipio'
                CHECK (tipo IN ('municipio', 'gobierno_regional', 'asociacion_nacional')),
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            pais TEXT NOT NULL CHECK (length(pais) = 2 AND pais = upper(pais)),
            region TEXT,
            codigo TEXT,
            fecha_ingreso TEXT {_FECHA.format(c='fecha_ingreso')},
            modo_ingreso TEXT NOT NULL DEFAULT 'solicitud_propia'
                CHECK (modo_ingreso IN ('solicitud_propia', 'designacion')),
            fundador INTEGER NOT NULL DEFAULT 0 CHECK (fundador IN (0, 1)),
            correo TEXT,
            telefono TEXT,
            creado_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        "CREATE UNIQUE INDEX miembros_codigo ON miembros(asociacion_id, codigo) WHERE codigo IS NOT NULL",
        "CREATE INDEX miembros_asociacion_pais ON miembros(asociacion_id, pais)",
        # Historia de cifras de población: la vigente es la del año más reciente.
        """CREATE TABLE poblaciones (
            id INTEGER PRIMARY KEY,
            miembro_id INTEGER NOT NULL REFERENCES miembros(id) ON DELETE CASCADE,
            cifra INTEGER NOT NULL CHECK (cifra >= 0),
            anio INTEGER NOT NULL CHECK (anio BETWEEN 1800 AND 2200),
            fuente TEXT,
            registrada_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        "CREATE INDEX poblaciones_miembro ON poblaciones(miembro_id, anio, id)",
        # Historia de estados: el vigente es el de fecha más reciente. La baja es un estado, no un borrado.
        f"""CREATE TABLE estados_miembro (
            id INTEGER PRIMARY KEY,
            miembro_id INTEGER NOT NULL REFERENCES miembros(id) ON DELETE CASCADE,
            estado TEXT NOT NULL CHECK (estado IN ('activo', 'suspendido', 'baja')),
            desde TEXT NOT NULL {_FECHA.format(c='desde')},
            motivo TEXT,
            registrado_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        "CREATE INDEX estados_miembro_miembro ON estados_miembro(miembro_id, desde, id)",
        f"""CREATE TABLE autoridades (
            id INTEGER PRIMARY KEY,
            miembro_id INTEGER NOT NULL REFERENCES miembros(id) ON DELETE CASCADE,
            persona TEXT NOT NULL CHECK (length(trim(persona)) > 0),
            cargo TEXT NOT NULL,
            desde TEXT {_FECHA.format(c='desde')},
            hasta TEXT {_FECHA.format(c='hasta')},
            CHECK (hasta IS NULL OR desde IS NULL OR hasta >= desde)
        )""",
        "CREATE INDEX autoridades_miembro ON autoridades(miembro_id, hasta)",
        """CREATE TABLE contactos (
            id INTEGER PRIMARY KEY,
            miembro_id INTEGER NOT NULL REFERENCES miembros(id) ON DELETE CASCADE,
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            rol TEXT,
            correo TEXT,
            telefono TEXT
        )""",
        "CREATE INDEX contactos_miembro ON contactos(miembro_id)",
    ])


def _poblacion_con_vigencia(db: BaseDeDatos) -> None:
    """El año de una cifra puede ser desconocido, y una cifra puede regir desde una fecha precisa.

    La cifra que rige en una fecha D es la última cuya vigencia (vigente_desde, o el 1 de enero de
    su año) no pasa de D; una cifra sin año ni fecha es la más antigua de todas.
    """
    ejecutar(db, [
        f"""CREATE TABLE poblaciones_nueva (
            id INTEGER PRIMARY KEY,
            miembro_id INTEGER NOT NULL REFERENCES miembros(id) ON DELETE CASCADE,
            cifra INTEGER NOT NULL CHECK (cifra >= 0),
            anio INTEGER CHECK (anio IS NULL OR anio BETWEEN 1800 AND 2200),
            fuente TEXT,
            vigente_desde TEXT {_FECHA.format(c='vigente_desde')},
            registrada_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        "INSERT INTO poblaciones_nueva (id, miembro_id, cifra, anio, fuente, registrada_en) "
        "SELECT id, miembro_id, cifra, anio, fuente, registrada_en FROM poblaciones",
        "DROP TABLE poblaciones",
        "ALTER TABLE poblaciones_nueva RENAME TO poblaciones",
        "CREATE INDEX poblaciones_miembro ON poblaciones(miembro_id)",
    ])


def _cuotas(db: BaseDeDatos) -> None:
    """Escalas de cuotas por población, cargos emitidos, exenciones, pagos, imputaciones, recibos y avisos.

    El dinero se guarda en unidades menores (centavos) con su código ISO 4217.
    """
    ejecutar(db, [
        "ALTER TABLE asociaciones ADD COLUMN cuotas_para_suspender INTEGER CHECK (cuotas_para_suspender > 0)",
        "ALTER TABLE asociaciones ADD COLUMN articulo_suspension TEXT",
        "ALTER TABLE asociaciones ADD COLUMN niveles_aviso TEXT NOT NULL DEFAULT '30,90,180'",
        f"""CREATE TABLE escalas (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            tipo_cargo TEXT NOT NULL DEFAULT 'cuota_anual'
                CHECK (tipo_cargo IN ('cuota_anual', 'cuota_ingreso', 'extraordinaria')),
            desde TEXT NOT NULL {_FECHA.format(c='desde')},
            hasta TEXT {_FECHA.format(c='hasta')},
            moneda TEXT NOT NULL CHECK (length(moneda) = 3 AND moneda = upper(moneda)),
            articulo TEXT,
            aprobada_por TEXT,
            dia_referencia TEXT NOT NULL DEFAULT '01-01' CHECK (dia_referencia GLOB '[0-1][0-9]-[0-3][0-9]'),
            dia_vencimiento TEXT NOT NULL DEFAULT '03-31' CHECK (dia_vencimiento GLOB '[0-1][0-9]-[0-3][0-9]'),
            regla_ingreso TEXT NOT NULL DEFAULT 'completa'
                CHECK (regla_ingreso IN ('completa', 'prorrateo', 'desde_siguiente')),
            creada_en TEXT NOT NULL DEFAULT (datetime('now')),
            CHECK (hasta IS NULL OR hasta >= desde)
        )""",
        """CREATE TABLE tramos (
            escala_id INTEGER NOT NULL REFERENCES escalas(id) ON DELETE CASCADE,
            desde_poblacion INTEGER NOT NULL CHECK (desde_poblacion >= 0),
            importe INTEGER NOT NULL CHECK (importe > 0),
            PRIMARY KEY (escala_id, desde_poblacion)
        )""",
        f"""CREATE TABLE cargos (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            tipo_cargo TEXT NOT NULL CHECK (tipo_cargo IN ('cuota_anual', 'cuota_ingreso', 'extraordinaria')),
            anio INTEGER NOT NULL,
            escala_id INTEGER REFERENCES escalas(id),
            poblacion_usada INTEGER,
            tramo_desde INTEGER,
            importe_bruto INTEGER NOT NULL CHECK (importe_bruto >= 0),
            descuento INTEGER NOT NULL DEFAULT 0 CHECK (descuento >= 0),
            importe INTEGER NOT NULL CHECK (importe >= 0),
            moneda TEXT NOT NULL,
            vencimiento TEXT NOT NULL {_FECHA.format(c='vencimiento')},
            detalle TEXT,
            emitido_en TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (miembro_id, tipo_cargo, anio)
        )""",
        "CREATE INDEX cargos_asociacion_anio ON cargos(asociacion_id, anio)",
        """CREATE TABLE exenciones (
            id INTEGER PRIMARY KEY,
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            anio INTEGER NOT NULL,
            porcentaje INTEGER NOT NULL CHECK (porcentaje BETWEEN 1 AND 100),
            motivo TEXT NOT NULL CHECK (length(trim(motivo)) > 0),
            aprobada_por TEXT,
            registrada_en TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (miembro_id, anio)
        )""",
        f"""CREATE TABLE pagos (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            fecha TEXT NOT NULL {_FECHA.format(c='fecha')},
            importe INTEGER NOT NULL CHECK (importe > 0),
            moneda TEXT NOT NULL,
            tipo_cambio TEXT,
            moneda_imputacion TEXT NOT NULL,
            importe_imputable INTEGER NOT NULL CHECK (importe_imputable > 0),
            medio TEXT NOT NULL CHECK (medio IN ('transferencia', 'deposito', 'efectivo', 'cheque')),
            referencia TEXT,
            anulado_en TEXT,
            motivo_anulacion TEXT,
            registrado_en TEXT NOT NULL DEFAULT (datetime('now')),
            CHECK ((anulado_en IS NULL) = (motivo_anulacion IS NULL))
        )""",
        "CREATE INDEX pagos_miembro ON pagos(miembro_id)",
        # Un pago nunca se borra: se anula con motivo, y una anulación no se deshace.
        """CREATE TRIGGER pagos_sin_borrado BEFORE DELETE ON pagos
           BEGIN SELECT RAISE(ABORT, 'Un pago no se borra: se anula con un motivo.'); END""",
        """CREATE TRIGGER pagos_anulacion_definitiva BEFORE UPDATE ON pagos
           WHEN OLD.anulado_en IS NOT NULL
           BEGIN SELECT RAISE(ABORT, 'Un pago anulado no se modifica.'); END""",
        """CREATE TABLE imputaciones (
            id INTEGER PRIMARY KEY,
            pago_id INTEGER NOT NULL REFERENCES pagos(id),
            cargo_id INTEGER NOT NULL REFERENCES cargos(id),
            importe INTEGER NOT NULL CHECK (importe > 0),
            -- 'pago': hecha al registrar el pago (figura en su recibo); 'saldo_a_favor': aplicada después.
            origen TEXT NOT NULL DEFAULT 'pago' CHECK (origen IN ('pago', 'saldo_a_favor'))
        )""",
        "CREATE INDEX imputaciones_cargo ON imputaciones(cargo_id)",
        "CREATE INDEX imputaciones_pago ON imputaciones(pago_id)",
        """CREATE TABLE recibos (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            anio INTEGER NOT NULL,
            numero INTEGER NOT NULL,
            pago_id INTEGER NOT NULL UNIQUE REFERENCES pagos(id),
            UNIQUE (asociacion_id, anio, numero)
        )""",
        f"""CREATE TABLE lotes_avisos (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            al TEXT NOT NULL {_FECHA.format(c='al')},
            creado_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        """CREATE TABLE avisos (
            id INTEGER PRIMARY KEY,
            lote_id INTEGER NOT NULL REFERENCES lotes_avisos(id),
            cargo_id INTEGER NOT NULL REFERENCES cargos(id),
            nivel INTEGER NOT NULL CHECK (nivel > 0),
            UNIQUE (cargo_id, nivel)
        )""",
    ])

MIGRACIONES_DEL_REGISTRO_Y_LAS_CUOTAS = [
    ("0001_registro", _registro),
    ("0002_poblacion_con_vigencia", _poblacion_con_vigencia),
    ("0003_cuotas", _cuotas),
]
