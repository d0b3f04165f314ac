"""Migración 0028: el registro de convenios y hermanamientos (issue 47, punto 1).

- `partes_externas`: quienes firman convenios sin ser miembros (otras redes, gobiernos nacionales, organismos
  internacionales, universidades…), con su tipo y su país (ISO 3166; un organismo internacional no tiene). Se
  cargan una vez y se eligen en cada convenio.
- `convenios`: tipo, título y objeto, firma, inicio y fin (sin fin: por tiempo indeterminado), la renovación
  automática (meses de cada período y cuántas veces, sin límite si no se dice), el preaviso para denunciarlo, si la
  asociación misma lo firma, la unidad temática u órgano responsable, la resolución que lo autorizó y, si terminó
  antes (denunciado, rescindido), cuándo y por qué. El estado (vigente, por vencer…) se calcula en una fecha
  (`dominio.convenios`): no se guarda.
- `partes_convenio`: cada parte que no es la asociación: un miembro o una parte externa, con quien firmó por ella.
- `obligaciones_convenio`: informes, pagos y otros compromisos con su fecha, su importe si es un pago, y si se
  cumplieron (cuándo).
- `pdfs_convenio`: el PDF firmado, entero, con su SHA-256 anotado al adjuntarlo (como las firmas digitales: la
  bitácora registra la huella, no los bytes). Es un registro: se agregan filas, nunca se cambian ni se borran;
  reemplazar el PDF agrega otro y el anterior queda en la historia. El vigente es el último.

Las listas de valores son las constantes de `dominio.convenios`. La registra `esquema/__init__.py`, al final.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import FECHA_VALIDA as _FECHA, disparadores_de_bitacora, ejecutar

# Escritas aquí y no tomadas de dominio.convenios: una migración publicada no cambia si cambia la constante
# (tests/datos/test_migracion_reglas_del_dominio.py las compara con ella).
TIPOS_CONVENIO_SQL = "'cooperacion', 'hermanamiento', 'financiamiento', 'membresia'"
TIPOS_PARTE_SQL = ("'red', 'gobierno_nacional', 'gobierno_local', 'organismo_internacional', 'universidad', "
                   "'sociedad_civil', 'otra'")
TIPOS_OBLIGACION_SQL = "'informe', 'pago', 'otra'"
ESTADOS_OBLIGACION_SQL = "'pendiente', 'cumplida'"


def crear_convenios(db: BaseDeDatos) -> None:
    ejecutar(db, [
        f"""CREATE TABLE partes_externas (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            tipo TEXT NOT NULL CHECK (tipo IN ({TIPOS_PARTE_SQL})),
            pais TEXT CHECK (pais IS NULL OR (length(pais) = 2 AND pais = upper(pais))),
            UNIQUE (asociacion_id, nombre)
        )""",
        f"""CREATE TABLE convenios (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            tipo TEXT NOT NULL CHECK (tipo IN ({TIPOS_CONVENIO_SQL})),
            titulo TEXT NOT NULL CHECK (length(trim(titulo)) > 0),
            objeto TEXT,
            firmado_el TEXT {_FECHA.format(c='firmado_el')},
            inicio TEXT NOT NULL {_FECHA.format(c='inicio')},
            fin TEXT {_FECHA.format(c='fin')},
            renovacion_meses INTEGER CHECK (renovacion_meses IS NULL OR renovacion_meses BETWEEN 1 AND 120),
            renovaciones_maximas INTEGER CHECK (renovaciones_maximas IS NULL OR renovaciones_maximas BETWEEN 1 AND 99),
            preaviso_dias INTEGER CHECK (preaviso_dias IS NULL OR preaviso_dias BETWEEN 0 AND 3650),
            asociacion_es_parte INTEGER NOT NULL DEFAULT 1 CHECK (asociacion_es_parte IN (0, 1)),
            organo_id INTEGER REFERENCES organos(id),
            resolucion_id INTEGER REFERENCES resoluciones(id),
            terminado_el TEXT {_FECHA.format(c='terminado_el')},
            motivo_terminacion TEXT,
            CHECK (fin IS NULL OR fin > inicio),
            CHECK (renovacion_meses IS NULL OR fin IS NOT NULL),
            CHECK (renovaciones_maximas IS NULL OR renovacion_meses IS NOT NULL),
            CHECK (terminado_el IS NULL OR terminado_el >= inicio),
            CHECK ((terminado_el IS NULL) = (motivo_terminacion IS NULL))
        )""",
        "CREATE INDEX convenios_asociacion ON convenios(asociacion_id)",
        """CREATE TABLE partes_convenio (
            id INTEGER PRIMARY KEY,
            convenio_id INTEGER NOT NULL REFERENCES convenios(id),
            miembro_id INTEGER REFERENCES miembros(id),
            parte_externa_id INTEGER REFERENCES partes_externas(id),
            firmante TEXT,
            CHECK ((miembro_id IS NULL) <> (parte_externa_id IS NULL)),
            UNIQUE (convenio_id, miembro_id),
            UNIQUE (convenio_id, parte_externa_id)
        )""",
        "CREATE INDEX partes_convenio_convenio ON partes_convenio(convenio_id)",
        "CREATE INDEX partes_convenio_miembro ON partes_convenio(miembro_id)",
        f"""CREATE TABLE obligaciones_convenio (
            id INTEGER PRIMARY KEY,
            convenio_id INTEGER NOT NULL REFERENCES convenios(id),
            tipo TEXT NOT NULL CHECK (tipo IN ({TIPOS_OBLIGACION_SQL})),
            descripcion TEXT NOT NULL CHECK (length(trim(descripcion)) > 0),
            vence TEXT NOT NULL {_FECHA.format(c='vence')},
            importe INTEGER,
            moneda TEXT CHECK (moneda IS NULL OR (length(moneda) = 3 AND moneda = upper(moneda))),
            estado TEXT NOT NULL DEFAULT 'pendiente' CHECK (estado IN ({ESTADOS_OBLIGACION_SQL})),
            cumplida_el TEXT {_FECHA.format(c='cumplida_el')},
            CHECK ((importe IS NULL) = (moneda IS NULL)),
            CHECK ((estado = 'cumplida') = (cumplida_el IS NOT NULL))
        )""",
        "CREATE INDEX obligaciones_convenio_convenio ON obligaciones_convenio(convenio_id)",
        """CREATE TABLE pdfs_convenio (
            id INTEGER PRIMARY KEY,
            convenio_id INTEGER NOT NULL REFERENCES convenios(id),
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            paginas INTEGER NOT NULL CHECK (paginas > 0),
            adjuntado_en TEXT NOT NULL DEFAULT (datetime('now')),
            pdf BLOB NOT NULL CHECK (substr(pdf, 1, 5) = CAST('%PDF-' AS BLOB))
        )""",
        "CREATE INDEX pdfs_convenio_convenio ON pdfs_convenio(convenio_id)",
        # El PDF firmado es un registro: reemplazarlo agrega otra fila; ninguna se cambia ni se borra.
        *[f"""CREATE TRIGGER pdfs_convenio_fijo_{accion.lower()} BEFORE {accion} ON pdfs_convenio
              BEGIN SELECT RAISE(ABORT, 'El PDF firmado de un convenio no se cambia ni se borra: se adjunta otro.');
              END""" for accion in ("UPDATE", "DELETE")],
    ])
    for tabla in TABLAS_CON_BITACORA_0028:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


MIGRACION_CONVENIOS = ("0028_convenios", crear_convenios)
# El PDF (BLOB) no va a la bitácora: va su huella (pdfs_convenio.sha256), que sí se registra.
TABLAS_CON_BITACORA_0028 = ("partes_externas", "convenios", "partes_convenio", "obligaciones_convenio",
                            "pdfs_convenio")
