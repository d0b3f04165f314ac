"""Migraciones 0013 a 0015: los documentos de archivo que se pueden verificar, los PDF firmados y el idioma de los
documentos.

Las registra `esquema/__init__.py`, al final y en este orden (`MIGRACIONES_DE_DOCUMENTOS`): importar este módulo no
registra nada, así el orden es siempre el de los números. Nunca se modifica una migración publicada: los cambios
van en una nueva, al final.
"""

from ..base_de_datos import BaseDeDatos

from ..migraciones import disparadores_de_bitacora, ejecutar, rehacer_bitacora

_TIPOS_DOCUMENTO = "'acta', 'resolucion', 'recibo', 'estado_cuenta'"


def _solo_altas(tabla: str, mensaje: str) -> list[str]:
    """Una tabla de registro: se agregan filas, nunca se cambian ni se borran."""
    return [f"""CREATE TRIGGER {tabla}_fijo_{accion.lower()} BEFORE {accion} ON {tabla}
                BEGIN SELECT RAISE(ABORT, '{mensaje}'); END""" for accion in ("UPDATE", "DELETE")]


def _documentos_emitidos(db: BaseDeDatos) -> None:
    """Cada acta, resolución, recibo y estado de cuenta que se emite lleva un código de verificación que
    sale de la huella de su registro. Aquí queda qué afirma ese código (para verificarlo sin fiarse del
    archivo) y la huella SHA-256 de cada archivo generado con él (el original y cada reimpresión)."""
    ejecutar(db, [
        f"""CREATE TABLE documentos_emitidos (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            codigo TEXT NOT NULL UNIQUE,
            tipo TEXT NOT NULL CHECK (tipo IN ({_TIPOS_DOCUMENTO})),
            referencia INTEGER NOT NULL,  -- id del acta, la resolución, el recibo o el miembro (estado de cuenta)
            huella TEXT NOT NULL CHECK (length(huella) = 64),  -- la del registro en el momento de emitir
            resumen TEXT NOT NULL CHECK (json_valid(resumen)),  -- lo que el documento afirma, para mostrarlo
            emitido_en TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (tipo, referencia, huella)
        )""",
        """CREATE TABLE archivos_emitidos (
            id INTEGER PRIMARY KEY,
            documento_id INTEGER NOT NULL REFERENCES documentos_emitidos(id),
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            copia INTEGER NOT NULL CHECK (copia >= 0),  -- 0: el original; 1, 2…: reimpresiones
            texto TEXT,  -- su texto como lo lee la verificación (espacios simples): dice qué cambió en una copia alterada
            generado_en TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (documento_id, copia)
        )""",
        "CREATE INDEX archivos_emitidos_sha256 ON archivos_emitidos (sha256)",
        *_solo_altas("documentos_emitidos", "Un documento emitido no se cambia ni se borra."),
        *_solo_altas("archivos_emitidos", "Un archivo emitido no se cambia ni se borra."),
    ])
    for tabla in TABLAS_CON_BITACORA_0013:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


TABLAS_CON_BITACORA_0013 = ("documentos_emitidos", "archivos_emitidos")


def _firmas_digitales(db: BaseDeDatos) -> None:
    """Los PDF firmados digitalmente (PAdES, con un certificado .p12/.pfx) de un acta o una resolución.
    Cada firma nueva es una fila con el PDF entero: el firmado por la secretaria y, si después firma la
    presidencia, el mismo con la segunda firma agregada (una actualización incremental)."""
    ejecutar(db, [
        """CREATE TABLE firmas_digitales (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            tipo TEXT NOT NULL CHECK (tipo IN ('acta', 'resolucion')),
            referencia INTEGER NOT NULL,  -- id del acta o de la resolución
            firmante TEXT NOT NULL,  -- el nombre del certificado
            certificado_sha256 TEXT NOT NULL CHECK (length(certificado_sha256) = 64),
            firmado_en TEXT NOT NULL,  -- la hora de la firma (ISO 8601 con zona)
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),  -- del PDF firmado completo (la columna pdf)
            pdf BLOB NOT NULL CHECK (substr(pdf, 1, 5) = CAST('%PDF-' AS BLOB))
        )""",
        "CREATE INDEX firmas_digitales_documento ON firmas_digitales (tipo, referencia)",
        # «documento verificar» reconoce un PDF firmado por la huella del archivo entero.
        "CREATE INDEX firmas_digitales_sha256 ON firmas_digitales (sha256)",
        *_solo_altas("firmas_digitales", "Un PDF firmado no se cambia ni se borra."),
    ])
    for tabla in TABLAS_CON_BITACORA_0014:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


TABLAS_CON_BITACORA_0014 = ("firmas_digitales",)


def _idioma_de_los_documentos(db: BaseDeDatos) -> None:
    """El idioma en que la asociación escribe sus documentos (castellano o portugués, los oficiales de las redes);
    las bases anteriores quedan en castellano, como escribían hasta ahora."""
    ejecutar(db, ["ALTER TABLE asociaciones ADD COLUMN idioma_documentos TEXT NOT NULL DEFAULT 'es' "
                  "CHECK (idioma_documentos IN ('es', 'pt'))"])
    rehacer_bitacora(db, "asociaciones")


# (nombre, migración), en el orden en que `esquema/__init__.py` las registra después de las suyas.
MIGRACIONES_DE_DOCUMENTOS = (("0013_documentos_emitidos", _documentos_emitidos),
                             ("0014_firmas_digitales", _firmas_digitales),
                             ("0015_idioma_de_los_documentos", _idioma_de_los_documentos))
