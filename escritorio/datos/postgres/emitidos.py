"""Los registros de lo que el programa emite —documentos con código de verificación, los archivos generados con cada
uno y los PDF firmados digitalmente— los escribe en el servidor solo su función (SECURITY DEFINER, con los permisos
del dueño de las tablas): ningún papel puede insertar en esas tablas con SQL a mano (papeles.py no se lo da).

Cada función decide lo que el servidor puede decidir: qué papel registra qué (tesorería, recibos y estados de
cuenta; actas, resoluciones y firmas, secretaría), la hora (la del servidor; la que trae una sesión de viaje solo
al devolverla) y, de una firma, la huella del PDF (la calcula el servidor con los bytes que guarda). Lo que no puede
saber —que el archivo es el que escribió el programa en el equipo de quien lo registra— lo dice la bitácora: cada
registro queda anotado y sellado con el login de quien lo hizo, y «documento verificar» solo confía en un registro
que la bitácora sellada cubre (servicios/documentos.py).
"""

from ..documentos import TIPOS_DE_TESORERIA
from .papeles import PAPELES

_SECRETARIA = PAPELES["secretaria"]
# La hora en que se emitió, en la forma de SQLite (datetime('now')): la del servidor, salvo al devolver una sesión
# de viaje (los documentos emitidos en la copia conservan la suya).
# Una devolución la abre solo su función (viaje.py), no un SET LOCAL del cliente.
_HORA = ("CASE WHEN public.escritorio_devolviendo() IS NOT NULL AND {0} IS NOT NULL "
         "THEN {0} ELSE to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') END")
# Que quien llama tenga el papel de secretaría (o sea el dueño de las tablas); {0}: el mensaje si no (lo usa también
# supresion.py).
SOLO_SECRETARIA = (f"IF NOT pg_has_role(session_user, '{_SECRETARIA}', 'MEMBER') AND NOT pg_has_role(session_user, "
                    "(SELECT relowner FROM pg_catalog.pg_class WHERE oid = 'public.bitacora'::regclass), 'MEMBER') THEN "
                    "RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = {0}; END IF;")

# (nombre y parámetros): las que ejecutan los papeles que escriben (papeles.py da EXECUTE).
FUNCIONES = {
    "escritorio_registrar_documento(bigint, text, text, bigint, text, text, text)": ("secretaria", "tesoreria"),
    "escritorio_registrar_archivo(bigint, text, integer, text, text)": ("secretaria", "tesoreria"),
    "escritorio_registrar_firma(bigint, text, bigint, text, text, text, bytea)": ("secretaria",),
}
TABLAS = ("documentos_emitidos", "archivos_emitidos", "firmas_digitales")


def sentencias_del_servidor() -> list[str]:
    actas = SOLO_SECRETARIA.format("'Solo el papel de secretaría registra actas, resoluciones, convocatorias y los "
                                   "demás documentos de la secretaría.'")
    de_tesoreria = ", ".join(f"'{t}'" for t in TIPOS_DE_TESORERIA)
    return [
        f"""CREATE FUNCTION escritorio_registrar_documento(asociacion bigint, codigo_ text, tipo_ text, referencia_ bigint,
  huella_ text, resumen_ text, emitido_en_ text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
AS $$
DECLARE nuevo bigint;
BEGIN
  IF tipo_ NOT IN ({de_tesoreria}) THEN {actas} END IF;
  INSERT INTO documentos_emitidos (asociacion_id, codigo, tipo, referencia, huella, resumen, emitido_en)
    VALUES (asociacion, codigo_, tipo_, referencia_, huella_, resumen_, {_HORA.format('emitido_en_')})
    RETURNING id INTO nuevo;
  RETURN nuevo;
END $$""",
        f"""CREATE FUNCTION escritorio_registrar_archivo(documento bigint, sha256_ text, copia_ integer, texto_ text,
  generado_en_ text) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE nuevo bigint;
BEGIN
  IF (SELECT tipo FROM documentos_emitidos WHERE id = documento) NOT IN ({de_tesoreria}) THEN {actas} END IF;
  INSERT INTO archivos_emitidos (documento_id, sha256, copia, texto, generado_en)
    VALUES (documento, lower(sha256_), copia_, texto_, {_HORA.format('generado_en_')}) RETURNING id INTO nuevo;
  RETURN nuevo;
END $$""",
        f"""CREATE FUNCTION escritorio_registrar_firma(asociacion bigint, tipo_ text, referencia_ bigint, firmante_ text,
  certificado_sha256_ text, firmado_en_ text, pdf_ bytea) RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER
AS $$
DECLARE nuevo bigint;
BEGIN
  {SOLO_SECRETARIA.format("'Solo el papel de secretaría guarda PDF firmados digitalmente.'")}
  INSERT INTO firmas_digitales (asociacion_id, tipo, referencia, firmante, certificado_sha256, firmado_en, sha256, pdf)
    VALUES (asociacion, tipo_, referencia_, firmante_, certificado_sha256_, firmado_en_,
            encode(sha256(pdf_), 'hex'), pdf_) RETURNING id INTO nuevo;
  RETURN nuevo;
END $$""",
    ]
