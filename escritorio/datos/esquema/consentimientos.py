"""Migración 0067 (issue 81 §3): los consentimientos. Lo que la asociación hace con los datos de una persona porque
ella lo aceptó, y no porque lo mande el estatuto: hoy, el boletín de la red (las noticias, las invitaciones, lo que no
es una convocatoria, un acta, una resolución, un aviso de cobro ni un recibo).

- `consentimientos`: de cada contacto, qué aceptó (la finalidad), con qué texto exacto, cuándo y por qué medio; y, si
  lo revocó, cuándo, por qué medio y con qué solicitud. Lo aceptado no cambia (es la prueba: LGPD, art. 8, §2); solo
  se revoca, una vez. No se borra. Si el contacto se borra (una supresión), el consentimiento queda sin él: el texto y
  las fechas, sin nada que identifique a la persona.
- `mensajes.clase` admite «boletin», y `tratamientos.clase` la clase de datos «suscriptores» (dominio/datos_personales).
La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import ampliar_lista, disparadores_de_bitacora, ejecutar
from .correo import CLASES_SQL as CLASES_DE_CORREO_SQL
from .datos_personales import CLASES_SQL as CLASES_DE_DATOS_SQL

_FECHA = "CHECK ({c} IS NULL OR date({c}) IS {c})"
FINALIDADES_SQL = "'boletin'"
CANALES_SQL = "'correo', 'nota', 'presencial', 'otro'"


def crear_consentimientos(db: BaseDeDatos) -> None:
    ampliar_lista(db, "mensajes", "clase", CLASES_DE_CORREO_SQL + ", 'boletin'")
    ampliar_lista(db, "tratamientos", "clase", CLASES_DE_DATOS_SQL + ", 'suscriptores'")
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
