"""Migración 0058: el registro de las personas y sus derechos (issue 65).

- `personas`: las personas que la secretaría reconoció en la base (una solicitud se registra a nombre de una). Sus
  datos están donde siempre (contactos, autoridades, delegados…): `datos_de_persona` dice qué filas son suyas, una
  por una, porque la secretaría lo dijo (el programa propone coincidencias, nunca une a dos personas solo).
- `solicitudes_de_datos`: cada solicitud de acceso, rectificación, supresión u oposición: cuándo llegó, la ley y el
  plazo que se le aplicó, cuándo vence, cuándo y quién la respondió y qué se hizo. Respondida, no cambia.
- `supresiones`: lo que suprimió cada solicitud de supresión, fila por fila (la verificación exige que cada valor
  suprimido de la bitácora esté aquí). Solo se agrega.
- `oposiciones_correo`: las direcciones que no reciben más correo, con su huella (sigue reconociendo la dirección
  aunque su texto se suprima), desde cuándo y por qué solicitud.
- `politica_de_datos`: la ley que aplica la asociación (el país de su sede), el plazo propio si lo fija, a quién se
  dirigen las solicitudes y cuánto se conservan los contactos de los miembros que se fueron y las direcciones
  rebotadas.
- `tratamientos`: la base legal, la finalidad y la conservación de cada clase de datos que la asociación cambió
  (las demás, las de dominio/datos_personales.py).

Las columnas con datos de una persona (el nombre de una persona registrada, el detalle de una solicitud, una
dirección con oposición) van aparte en la bitácora, como las de la 0057 (valores_personales.py).

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import FECHA_VALIDA as _FECHA, ampliar_lista, disparadores_de_bitacora, ejecutar, rehacer_bitacora
from .correo import CLASES_SQL as CLASES_DE_CORREO_SQL

DERECHOS_SQL = "'acceso', 'rectificacion', 'supresion', 'oposicion'"
# Las tablas cuyas filas pueden ser de una persona (datos_de_persona.tabla): las que tienen su número de fila.
TABLAS_DE_PERSONAS = ("contactos", "autoridades", "mandatos", "asistencias", "invitados", "candidaturas", "oradores",
                      "partes_convenio", "adherentes_declaracion")
CLASES_SQL = "'contactos', 'autoridades', 'integrantes', 'delegados', 'firmantes', 'destinatarios', 'solicitantes'"


def crear_registro_de_personas(db) -> None:
    db = db if isinstance(db, BaseDeDatos) else BaseDeDatos(db.conn)
    tablas = ", ".join(f"'{t}'" for t in TABLAS_DE_PERSONAS)
    ejecutar(db, [
        """CREATE TABLE personas (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            nota TEXT,
            registrada_en TEXT NOT NULL DEFAULT (datetime('now')),
            suprimida_por INTEGER
        )""",
        "CREATE INDEX personas_asociacion ON personas(asociacion_id)",
        f"""CREATE TABLE datos_de_persona (
            id INTEGER PRIMARY KEY,
            persona_id INTEGER NOT NULL REFERENCES personas(id),
            tabla TEXT NOT NULL CHECK (tabla IN ({tablas})),
            fila_id INTEGER NOT NULL,
            motivo TEXT,
            vinculada_en TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (tabla, fila_id)
        )""",
        "CREATE INDEX datos_de_persona_persona ON datos_de_persona(persona_id)",
        f"""CREATE TABLE solicitudes_de_datos (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            persona_id INTEGER NOT NULL REFERENCES personas(id),
            derecho TEXT NOT NULL CHECK (derecho IN ({DERECHOS_SQL})),
            recibida_el TEXT NOT NULL {_FECHA.format(c='recibida_el')},
            canal TEXT NOT NULL DEFAULT 'correo' CHECK (canal IN ('correo', 'nota', 'presencial', 'otro')),
            detalle TEXT,
            pais TEXT,
            plazo TEXT NOT NULL,
            vence_el TEXT NOT NULL {_FECHA.format(c='vence_el')},
            estado TEXT NOT NULL DEFAULT 'abierta' CHECK (estado IN ('abierta', 'respondida', 'denegada')),
            respondida_el TEXT {_FECHA.format(c='respondida_el')},
            respondida_por TEXT,
            respuesta TEXT,
            registrada_en TEXT NOT NULL DEFAULT (datetime('now')),
            CHECK (vence_el >= recibida_el),
            CHECK ((estado = 'abierta') = (respondida_el IS NULL)),
            CHECK (estado = 'abierta' OR length(trim(respuesta)) > 0)
        )""",
        "CREATE INDEX solicitudes_de_datos_abiertas ON solicitudes_de_datos(asociacion_id, estado, vence_el)",
        # Respondida, no cambia; solo se puede borrar lo que la persona escribió (`detalle`), si después pide que se
        # supriman sus datos.
        """CREATE TRIGGER solicitudes_de_datos_respondida_fija BEFORE UPDATE ON solicitudes_de_datos
           WHEN OLD.estado <> 'abierta' AND (NEW.detalle IS NOT NULL OR NEW.id IS NOT OLD.id
             OR NEW.asociacion_id IS NOT OLD.asociacion_id OR NEW.persona_id IS NOT OLD.persona_id
             OR NEW.derecho IS NOT OLD.derecho OR NEW.recibida_el IS NOT OLD.recibida_el OR NEW.canal IS NOT OLD.canal
             OR NEW.pais IS NOT OLD.pais OR NEW.plazo IS NOT OLD.plazo OR NEW.vence_el IS NOT OLD.vence_el
             OR NEW.estado IS NOT OLD.estado OR NEW.respondida_el IS NOT OLD.respondida_el
             OR NEW.respondida_por IS NOT OLD.respondida_por OR NEW.respuesta IS NOT OLD.respuesta
             OR NEW.registrada_en IS NOT OLD.registrada_en)
           BEGIN SELECT RAISE(ABORT, 'Una solicitud de datos personales ya respondida no se modifica.'); END""",
        """CREATE TRIGGER solicitudes_de_datos_sin_borrar BEFORE DELETE ON solicitudes_de_datos
           BEGIN SELECT RAISE(ABORT, 'Una solicitud de datos personales no se borra: se responde o se deniega con un motivo.'); END""",
        """CREATE TABLE supresiones (
            id INTEGER PRIMARY KEY,
            solicitud_id INTEGER NOT NULL REFERENCES solicitudes_de_datos(id),
            tabla TEXT NOT NULL,
            fila_id INTEGER NOT NULL,
            como TEXT NOT NULL CHECK (como IN ('borrada', 'anonimizada')),
            UNIQUE (solicitud_id, tabla, fila_id)
        )""",
        "CREATE INDEX supresiones_fila ON supresiones(tabla, fila_id)",
        *[f"""CREATE TRIGGER supresiones_fijo_{accion.lower()} BEFORE {accion} ON supresiones
              BEGIN SELECT RAISE(ABORT, 'Lo que suprimió una solicitud no se cambia ni se borra.'); END"""
          for accion in ("UPDATE", "DELETE")],
        f"""CREATE TABLE oposiciones_correo (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            huella TEXT NOT NULL CHECK (length(huella) = 64),
            direccion TEXT,
            persona_id INTEGER REFERENCES personas(id),
            desde TEXT NOT NULL {_FECHA.format(c='desde')},
            solicitud_id INTEGER REFERENCES solicitudes_de_datos(id),
            UNIQUE (asociacion_id, huella)
        )""",
        """CREATE TRIGGER oposiciones_correo_sin_borrar BEFORE DELETE ON oposiciones_correo
           BEGIN SELECT RAISE(ABORT, 'Una oposición al correo no se borra: quien la pidió puede retirarla con otra solicitud.'); END""",
        """CREATE TABLE politica_de_datos (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL UNIQUE REFERENCES asociaciones(id),
            pais TEXT CHECK (pais IS NULL OR (length(pais) = 2 AND pais = upper(pais))),
            dias_propios INTEGER CHECK (dias_propios IS NULL OR dias_propios BETWEEN 1 AND 365),
            contacto TEXT,
            anios_contactos_de_bajas INTEGER NOT NULL DEFAULT 2 CHECK (anios_contactos_de_bajas BETWEEN 0 AND 50),
            meses_rebotes INTEGER NOT NULL DEFAULT 12 CHECK (meses_rebotes BETWEEN 0 AND 600),
            dias_de_aviso INTEGER NOT NULL DEFAULT 5 CHECK (dias_de_aviso BETWEEN 0 AND 90)
        )""",
        f"""CREATE TABLE tratamientos (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            clase TEXT NOT NULL CHECK (clase IN ({CLASES_SQL})),
            base_legal TEXT NOT NULL CHECK (length(trim(base_legal)) > 0),
            finalidad TEXT NOT NULL CHECK (length(trim(finalidad)) > 0),
            conservacion TEXT NOT NULL CHECK (length(trim(conservacion)) > 0),
            UNIQUE (asociacion_id, clase)
        )""",
    ])
    for tabla in TABLAS_CON_BITACORA_0058:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


MIGRACION_DATOS_PERSONALES = ("0058_datos_personales", crear_registro_de_personas)
TABLAS_CON_BITACORA_0058 = ("personas", "datos_de_persona", "solicitudes_de_datos", "supresiones",
                            "oposiciones_correo", "politica_de_datos", "tratamientos")


# Migración 0066 (issue 81 §3): los otros derechos del art. 18 de la LGPD (bloqueo, anonimización, saber con quién se
# compartieron sus datos, revocar el consentimiento); el encargado de datos de la asociación (LGPD, art. 41), que
# sale en cada carta, en el aviso de privacidad y en el registro de actividades; y el incidente de una supresión que
# una restauración deshizo (un respaldo anterior a ella devolvió los datos: queda a la vista hasta que alguien lo
# explique, como los demás incidentes).
DERECHOS_0066_SQL = DERECHOS_SQL + ", 'bloqueo', 'anonimizacion', 'compartidos', 'revocacion'"
TIPOS_DE_INCIDENTE_0066_SQL = "'filas_ajenas', 'cadena_perdida', 'supresion_deshecha'"


def derechos_de_la_lgpd(db: BaseDeDatos) -> None:
    ampliar_lista(db, "solicitudes_de_datos", "derecho", DERECHOS_0066_SQL)
    ampliar_lista(db, "incidentes", "tipo", TIPOS_DE_INCIDENTE_0066_SQL)
    ejecutar(db, ["ALTER TABLE politica_de_datos ADD COLUMN encargado TEXT"])
    rehacer_bitacora(db, "politica_de_datos")


MIGRACION_DERECHOS_DE_LA_LGPD = ("0066_derechos_de_la_lgpd", derechos_de_la_lgpd)


# Migración 0067 (issue 81 §3): los consentimientos. Lo que la asociación hace con los datos de una persona porque
# ella lo aceptó, y no porque lo mande el estatuto: hoy, el boletín de la red (las noticias, las invitaciones, lo que no
# es una convocatoria, un acta, una resolución, un aviso de cobro ni un recibo).
#
# - `consentimientos`: de cada contacto, qué aceptó (la finalidad), con qué texto exacto, cuándo y por qué medio; y, si
#   lo revocó, cuándo, por qué medio y con qué solicitud. Lo aceptado no cambia (es la prueba: LGPD, art. 8, §2); solo
#   se revoca, una vez. No se borra. Si el contacto se borra (una supresión), el consentimiento queda sin él: el texto y
#   las fechas, sin nada que identifique a la persona.
# - `mensajes.clase` admite «boletin», y `tratamientos.clase` la clase de datos «suscriptores» (dominio/datos_personales).
# La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
FINALIDADES_SQL = "'boletin'"
CANALES_SQL = "'correo', 'nota', 'presencial', 'otro'"


def crear_consentimientos(db: BaseDeDatos) -> None:
    ampliar_lista(db, "mensajes", "clase", CLASES_DE_CORREO_SQL + ", 'boletin'")
    ampliar_lista(db, "tratamientos", "clase", CLASES_SQL + ", 'suscriptores'")
    ejecutar(db, [
        f"""CREATE TABLE consentimientos (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            contacto_id INTEGER REFERENCES contactos(id) ON DELETE SET NULL,
            finalidad TEXT NOT NULL CHECK (finalidad IN ({FINALIDADES_SQL})),
            texto TEXT NOT NULL CHECK (length(trim(texto)) > 0),
            canal TEXT NOT NULL CHECK (canal IN ({CANALES_SQL})),
            otorgado_el TEXT NOT NULL {_FECHA.format(c='otorgado_el')},
            registrado_en TEXT NOT NULL DEFAULT (datetime('now')),
            revocado_el TEXT {_FECHA.format(c='revocado_el')},
            canal_de_revocacion TEXT CHECK (canal_de_revocacion IS NULL OR canal_de_revocacion IN ({CANALES_SQL})),
            solicitud_id INTEGER REFERENCES solicitudes_de_datos(id),
            CHECK ((revocado_el IS NULL) = (canal_de_revocacion IS NULL)),
            CHECK (revocado_el IS NULL OR revocado_el >= otorgado_el),
            CHECK (solicitud_id IS NULL OR revocado_el IS NOT NULL)
        )""",
        "CREATE INDEX consentimientos_contacto ON consentimientos(contacto_id)",
        "CREATE INDEX consentimientos_asociacion ON consentimientos(asociacion_id, finalidad)",
        # Un contacto tiene a lo sumo un consentimiento vigente por finalidad.
        "CREATE UNIQUE INDEX consentimientos_uno_vigente ON consentimientos(contacto_id, finalidad) "
        "WHERE revocado_el IS NULL AND contacto_id IS NOT NULL",
        # Lo aceptado es la prueba: no cambia. Se revoca una sola vez; el contacto solo puede irse (queda NULL).
        """CREATE TRIGGER consentimientos_lo_aceptado_fijo BEFORE UPDATE ON consentimientos
           WHEN NEW.id IS NOT OLD.id OR NEW.asociacion_id IS NOT OLD.asociacion_id
             OR (NEW.contacto_id IS NOT OLD.contacto_id AND NEW.contacto_id IS NOT NULL)
             OR NEW.finalidad IS NOT OLD.finalidad OR NEW.texto IS NOT OLD.texto OR NEW.canal IS NOT OLD.canal
             OR NEW.otorgado_el IS NOT OLD.otorgado_el OR NEW.registrado_en IS NOT OLD.registrado_en
             OR (OLD.revocado_el IS NOT NULL AND (NEW.revocado_el IS NOT OLD.revocado_el
                 OR NEW.canal_de_revocacion IS NOT OLD.canal_de_revocacion OR NEW.solicitud_id IS NOT OLD.solicitud_id))
           BEGIN SELECT RAISE(ABORT, 'Un consentimiento registrado no se modifica: solo se revoca, una vez.'); END""",
        """CREATE TRIGGER consentimientos_sin_borrar BEFORE DELETE ON consentimientos
           BEGIN SELECT RAISE(ABORT, 'Un consentimiento no se borra: se revoca (queda la prueba de lo que se aceptó).'); END""",
    ])
    for tabla in TABLAS_CON_BITACORA_0067:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


TABLAS_CON_BITACORA_0067 = ("consentimientos",)
MIGRACION_CONSENTIMIENTOS = ("0067_consentimientos", crear_consentimientos)
