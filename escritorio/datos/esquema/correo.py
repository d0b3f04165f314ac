"""Migración 0027: el correo de la secretaría (issue 46).

- `cuentas_correo`: la cuenta SMTP de cada asociación (servidor, puerto, seguridad, usuario, remitente, firma y, si
  la secretaría aceptó a sabiendas el certificado propio de su servidor, su SHA-256). La clave nunca va aquí: va al
  llavero del sistema (servicios.llavero).
- `mensajes`: la bandeja de salida y su historia. Un mensaje por destinatario (cada miembro recibe el suyo: su carta,
  su nombre en el saludo), con el Message-ID propio con que sale, su clase (convocatoria, acta, resolución, aviso,
  recibo) y de qué es (la sesión, la resolución, el aviso, el pago). Su estado registra el envío alrededor de la
  transacción SMTP: `pendiente` → `enviando` (justo antes de DATA) → `enviado`; si el programa muere entre DATA y
  la respuesta del servidor queda `enviando` y al volver pasa a `por_confirmar`: nunca se reenvía solo (podría
  haber salido) y nunca se pierde (la bandeja lo muestra para que la secretaría decida).
- `destinatarios_mensaje`: cada dirección (para o copia) con lo que pasó: aceptada o rechazada por el servidor (con
  su motivo), y lo que anote la secretaría a mano (rebotada, recibida).
- `archivos_correo` y `adjuntos_mensaje`: los PDF adjuntos, guardados una vez por contenido (la misma convocatoria
  para cuarenta miembros ocupa lo de una) con el nombre que ve quien la recibe.
- `contactos.recibe`: qué clases de correo recibe cada contacto de un miembro («convocatoria,acta» a la autoridad,
  «aviso,recibo» a tesorería); vacío, ninguna (entonces va al correo institucional del miembro).

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import disparadores_de_bitacora, ejecutar, rehacer_bitacora

CLASES_SQL = "'convocatoria', 'acta', 'resolucion', 'aviso', 'recibo'"


def crear_correo(db: BaseDeDatos) -> None:
    ejecutar(db, [
        """CREATE TABLE cuentas_correo (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL UNIQUE REFERENCES asociaciones(id),
            servidor TEXT NOT NULL CHECK (length(trim(servidor)) > 0),
            puerto INTEGER NOT NULL CHECK (puerto BETWEEN 1 AND 65535),
            seguridad TEXT NOT NULL CHECK (seguridad IN ('starttls', 'tls', 'ninguna')),
            usuario TEXT,
            remitente TEXT NOT NULL,
            nombre_remitente TEXT,
            firma TEXT,
            certificado_aceptado TEXT
        )""",
        f"""CREATE TABLE mensajes (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            message_id TEXT NOT NULL UNIQUE,
            clase TEXT NOT NULL CHECK (clase IN ({CLASES_SQL})),
            referencia INTEGER,
            miembro_id INTEGER REFERENCES miembros(id),
            asunto TEXT NOT NULL,
            texto TEXT NOT NULL,
            html TEXT NOT NULL,
            estado TEXT NOT NULL DEFAULT 'pendiente'
                CHECK (estado IN ('pendiente', 'enviando', 'enviado', 'por_confirmar', 'rechazado', 'anulado')),
            intentos INTEGER NOT NULL DEFAULT 0,
            ultimo_error TEXT,
            creado_en TEXT NOT NULL DEFAULT (datetime('now')),
            enviado_en TEXT
        )""",
        "CREATE INDEX mensajes_estado ON mensajes(asociacion_id, estado)",
        "CREATE INDEX mensajes_referencia ON mensajes(asociacion_id, clase, referencia)",
        "CREATE INDEX mensajes_miembro ON mensajes(miembro_id)",
        """CREATE TABLE destinatarios_mensaje (
            id INTEGER PRIMARY KEY,
            mensaje_id INTEGER NOT NULL REFERENCES mensajes(id) ON DELETE CASCADE,
            direccion TEXT NOT NULL,
            nombre TEXT,
            tipo TEXT NOT NULL CHECK (tipo IN ('para', 'copia')),
            estado TEXT NOT NULL DEFAULT 'pendiente'
                CHECK (estado IN ('pendiente', 'aceptado', 'rechazado', 'rebotado', 'recibido')),
            motivo TEXT,
            cuando TEXT
        )""",
        "CREATE INDEX destinatarios_mensaje_mensaje ON destinatarios_mensaje(mensaje_id)",
        """CREATE TABLE archivos_correo (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
            contenido BLOB NOT NULL
        )""",
        """CREATE TABLE adjuntos_mensaje (
            id INTEGER PRIMARY KEY,
            mensaje_id INTEGER NOT NULL REFERENCES mensajes(id) ON DELETE CASCADE,
            nombre TEXT NOT NULL,
            archivo_id INTEGER NOT NULL REFERENCES archivos_correo(id)
        )""",
        "CREATE INDEX adjuntos_mensaje_mensaje ON adjuntos_mensaje(mensaje_id)",
        "ALTER TABLE contactos ADD COLUMN recibe TEXT",
    ])
    for tabla in TABLAS_CON_BITACORA_0027:
        ejecutar(db, disparadores_de_bitacora(db, tabla))
    rehacer_bitacora(db, "contactos")


MIGRACION_CORREO = ("0027_correo", crear_correo)
# Los adjuntos (BLOB) no van a la bitácora: su huella queda en archivos_correo.sha256, que tampoco cambia.
TABLAS_CON_BITACORA_0027 = ("cuentas_correo", "mensajes", "destinatarios_mensaje", "adjuntos_mensaje")
