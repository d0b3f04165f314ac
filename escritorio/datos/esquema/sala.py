"""Migración 0055: la sala de la asamblea (issue 64): mociones, enmiendas, sus votaciones y la lista de oradores.

- `reglas_de_la_sala`: lo que el reglamento de cada órgano fija para la sala: el plazo para presentar mociones
  (días antes de la sesión), el tiempo de cada intervención y el de una cuestión de orden, y el orden en que se
  votan las enmiendas (la más alejada del texto primero, o por orden de presentación); `articulo`, de dónde sale.
  Sin fila, los valores por omisión (servicios/reglas_de_la_sala.py).
- `mociones`: una propuesta sobre un punto del orden del día, numerada por sesión («Moción 3»), con su texto en
  párrafos, su fundamento, su estado (presentada → admitida / no admitida → aprobada / rechazada / retirada /
  derivada / aplazada), el motivo de la decisión, si se admitió fuera de plazo, el órgano al que se derivó, la
  moción aplazada de la que viene (su historia) y la resolución que la adoptó.
- `autores_mocion`: los miembros que la presentan («autor») y los que la apoyan («apoyo»).
- `enmiendas` y `cambios_enmienda`: una enmienda a una moción, numerada por moción, con sus cambios a los párrafos
  del texto presentado (reemplazar, insertar después del párrafo N —0: al principio—, suprimir); `autores_enmienda`.
- `votaciones_sala` y `habilitados_sala`: la votación de cada enmienda y la de la moción (enmienda_id NULL), con el
  resultado calculado como el de los puntos (servicios/votaciones.calcular_votacion) y quién tenía derecho a votar.
- `listas_de_oradores` y `oradores`: la lista de quienes piden la palabra en un punto (o sobre una moción), en orden,
  con las cuestiones de orden, las intervenciones a favor y en contra, cuándo habló cada uno y cuánto; la lista se
  cierra («cerrada_en»).

Todo lo de una sesión se congela con su acta aprobada (los triggers de abajo, con su regla en
servicios/reglas_de_la_bitacora._CONGELADAS) y lleva bitácora. No entra en la huella del registro de la sesión
(datos.actas.filas_de_la_sesion no cambia: las actas aprobadas antes verifican igual); el acta lo cuenta en su texto,
que su huella protege.

La registra `esquema/__init__.py`, al final. Nunca se modifica una migración publicada: los cambios van en una nueva.
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import FECHA_VALIDA as _FECHA, ampliar_lista, disparadores_de_bitacora, ejecutar, rehacer_bitacora

_CONGELADO = "El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas)."
# «AAAA-MM-DD HH:MM:SS» (UTC), como datetime('now'); con GLOB, que el servidor traduce igual.
_MOMENTO = ("CHECK ({c} IS NULL OR {c} GLOB "
            "'[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]')")

# La sesión de una fila de cada tabla ({fila}: NEW u OLD).
_SESION_DE_MOCION = "(SELECT sesion_id FROM mociones WHERE id = {fila}.mocion_id)"
_SESION_DE_ENMIENDA = ("(SELECT m.sesion_id FROM enmiendas e JOIN mociones m ON m.id = e.mocion_id "
                       "WHERE e.id = {fila}.enmienda_id)")
_SESION_DE_VOTACION = ("(SELECT m.sesion_id FROM votaciones_sala v JOIN mociones m ON m.id = v.mocion_id "
                       "WHERE v.id = {fila}.votacion_sala_id)")
_SESION_DE_LISTA = "(SELECT sesion_id FROM listas_de_oradores WHERE id = {fila}.lista_id)"
SESION_DE = {
    "mociones": "{fila}.sesion_id",
    "autores_mocion": _SESION_DE_MOCION,
    "enmiendas": _SESION_DE_MOCION,
    "cambios_enmienda": _SESION_DE_ENMIENDA,
    "autores_enmienda": _SESION_DE_ENMIENDA,
    "votaciones_sala": _SESION_DE_MOCION,
    "habilitados_sala": _SESION_DE_VOTACION,
    "listas_de_oradores": "{fila}.sesion_id",
    "oradores": _SESION_DE_LISTA,
}
TABLAS_CON_BITACORA_0055 = ("reglas_de_la_sala", *SESION_DE)


def _congelada(tabla: str, sesion_de: str | None = None) -> list[str]:
    """Los tres triggers que impiden tocar lo de una sesión cuya acta ya fue aprobada (`sesion_de`: la sesión de una
    fila, como en SESION_DE; por omisión, la de SESION_DE)."""
    condicion = (f"(SELECT estado FROM actas WHERE sesion_id = {sesion_de or SESION_DE[tabla]}) "
                 "IN ('aprobada', 'firmada')")
    return [f"""CREATE TRIGGER {tabla}_congelado_{accion.lower()} BEFORE {accion} ON {tabla}
                WHEN {' OR '.join(condicion.replace('{fila}', f) for f in filas)}
                BEGIN SELECT RAISE(ABORT, '{_CONGELADO}'); END"""
            for accion, filas in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",)))]


def _del_mismo_lugar(tabla: str, mensaje: str, condicion: str, nombre: str | None = None) -> list[str]:
    """Un alta o un cambio que cumple `condicion` ({fila}: la fila nueva) se rechaza con `mensaje`; los triggers se
    llaman `<nombre>_insert/update` (por omisión, `<tabla>_coherente`)."""
    return [f"""CREATE TRIGGER {nombre or tabla + '_coherente'}_{accion.lower()} BEFORE {accion} ON {tabla}
                WHEN {condicion.replace('{fila}', 'NEW')}
                BEGIN SELECT RAISE(ABORT, '{mensaje}'); END""" for accion in ("INSERT", "UPDATE")]


def _crear(db: BaseDeDatos) -> None:
    ejecutar(db, [
        """CREATE TABLE reglas_de_la_sala (
            organo_id INTEGER PRIMARY KEY REFERENCES organos(id),
            plazo_mociones_dias INTEGER CHECK (plazo_mociones_dias IS NULL OR plazo_mociones_dias BETWEEN 0 AND 365),
            segundos_palabra INTEGER NOT NULL DEFAULT 180 CHECK (segundos_palabra BETWEEN 10 AND 7200),
            segundos_cuestion_orden INTEGER NOT NULL DEFAULT 60
                CHECK (segundos_cuestion_orden BETWEEN 10 AND 7200),
            orden_enmiendas TEXT NOT NULL DEFAULT 'mas_lejana'
                CHECK (orden_enmiendas IN ('mas_lejana', 'presentacion')),
            articulo TEXT
        )""",
        f"""CREATE TABLE mociones (
            id INTEGER PRIMARY KEY,
            sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
            punto_id INTEGER NOT NULL REFERENCES puntos_orden(id),
            numero INTEGER NOT NULL CHECK (numero > 0),
            titulo TEXT NOT NULL CHECK (length(trim(titulo)) > 0),
            texto TEXT NOT NULL CHECK (length(trim(texto)) > 0),
            fundamento TEXT,
            recibida_el TEXT NOT NULL {_FECHA.format(c='recibida_el')},
            estado TEXT NOT NULL DEFAULT 'presentada' CHECK (estado IN ('presentada', 'admitida', 'no_admitida',
                'aprobada', 'rechazada', 'retirada', 'derivada', 'aplazada')),
            motivo TEXT,
            fuera_de_plazo INTEGER NOT NULL DEFAULT 0 CHECK (fuera_de_plazo IN (0, 1)),
            derivada_a INTEGER REFERENCES organos(id),
            viene_de INTEGER REFERENCES mociones(id),
            resolucion_id INTEGER REFERENCES resoluciones(id),
            UNIQUE (sesion_id, numero),
            CHECK (estado = 'derivada' OR derivada_a IS NULL),
            CHECK (estado = 'aprobada' OR resolucion_id IS NULL)
        )""",
        "CREATE INDEX mociones_punto ON mociones(punto_id)",
        "CREATE INDEX mociones_viene_de ON mociones(viene_de)",
        """CREATE TABLE autores_mocion (
            id INTEGER PRIMARY KEY,
            mocion_id INTEGER NOT NULL REFERENCES mociones(id) ON DELETE CASCADE,
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            papel TEXT NOT NULL DEFAULT 'autor' CHECK (papel IN ('autor', 'apoyo')),
            UNIQUE (mocion_id, miembro_id)
        )""",
        "CREATE INDEX autores_mocion_miembro ON autores_mocion(miembro_id)",
        f"""CREATE TABLE enmiendas (
            id INTEGER PRIMARY KEY,
            mocion_id INTEGER NOT NULL REFERENCES mociones(id),
            numero INTEGER NOT NULL CHECK (numero > 0),
            recibida_el TEXT NOT NULL {_FECHA.format(c='recibida_el')},
            fundamento TEXT,
            estado TEXT NOT NULL DEFAULT 'presentada' CHECK (estado IN ('presentada', 'admitida', 'no_admitida',
                'aprobada', 'rechazada', 'retirada', 'decaida')),
            motivo TEXT,
            orden_votacion INTEGER CHECK (orden_votacion IS NULL OR orden_votacion > 0),
            UNIQUE (mocion_id, numero)
        )""",
        """CREATE TABLE cambios_enmienda (
            id INTEGER PRIMARY KEY,
            enmienda_id INTEGER NOT NULL REFERENCES enmiendas(id) ON DELETE CASCADE,
            orden INTEGER NOT NULL CHECK (orden > 0),
            operacion TEXT NOT NULL CHECK (operacion IN ('reemplazar', 'insertar', 'suprimir')),
            parrafo INTEGER NOT NULL CHECK (parrafo >= 0),
            texto TEXT,
            UNIQUE (enmienda_id, orden),
            CHECK ((operacion = 'suprimir') = (texto IS NULL)),
            CHECK (operacion = 'insertar' OR parrafo > 0)
        )""",
        """CREATE TABLE autores_enmienda (
            id INTEGER PRIMARY KEY,
            enmienda_id INTEGER NOT NULL REFERENCES enmiendas(id) ON DELETE CASCADE,
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            UNIQUE (enmienda_id, miembro_id)
        )""",
        "CREATE INDEX autores_enmienda_miembro ON autores_enmienda(miembro_id)",
        """CREATE TABLE votaciones_sala (
            id INTEGER PRIMARY KEY,
            mocion_id INTEGER NOT NULL REFERENCES mociones(id),
            enmienda_id INTEGER REFERENCES enmiendas(id),
            metodo TEXT NOT NULL CHECK (metodo IN ('alzada', 'nominal', 'secreta')),
            mayoria TEXT NOT NULL CHECK (mayoria IN ('simple', 'absoluta', 'dos_tercios', 'tres_cuartos')),
            base TEXT NOT NULL CHECK (base IN ('emitidos', 'presentes', 'con_derecho', 'sna', 'validos', 'todos')),
            a_favor INTEGER NOT NULL CHECK (a_favor >= 0),
            en_contra INTEGER NOT NULL CHECK (en_contra >= 0),
            abstenciones INTEGER NOT NULL CHECK (abstenciones >= 0),
            presentes INTEGER NOT NULL,
            con_derecho INTEGER NOT NULL,
            aprobada INTEGER NOT NULL CHECK (aprobada IN (0, 1)),
            texto_resultado TEXT NOT NULL,
            regla_mayoria TEXT,
            motivo_mayoria TEXT,
            cerrada_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        # Una votación por enmienda y una (la final) por moción.
        "CREATE UNIQUE INDEX votaciones_sala_enmienda ON votaciones_sala(enmienda_id) WHERE enmienda_id IS NOT NULL",
        "CREATE UNIQUE INDEX votaciones_sala_mocion ON votaciones_sala(mocion_id) WHERE enmienda_id IS NULL",
        """CREATE TABLE habilitados_sala (
            id INTEGER PRIMARY KEY,
            votacion_sala_id INTEGER NOT NULL REFERENCES votaciones_sala(id),
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            peso INTEGER NOT NULL DEFAULT 1 CHECK (peso > 0),
            sentido TEXT CHECK (sentido IS NULL OR sentido IN ('a_favor', 'en_contra', 'abstencion')),
            UNIQUE (votacion_sala_id, miembro_id)
        )""",
        "CREATE INDEX habilitados_sala_miembro ON habilitados_sala(miembro_id)",
        f"""CREATE TABLE listas_de_oradores (
            id INTEGER PRIMARY KEY,
            sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
            punto_id INTEGER NOT NULL REFERENCES puntos_orden(id),
            mocion_id INTEGER REFERENCES mociones(id),
            cerrada_en TEXT {_MOMENTO.format(c='cerrada_en')}
        )""",
        # Una lista por punto y una por moción.
        "CREATE UNIQUE INDEX listas_de_oradores_punto ON listas_de_oradores(punto_id) WHERE mocion_id IS NULL",
        "CREATE UNIQUE INDEX listas_de_oradores_mocion ON listas_de_oradores(mocion_id) WHERE mocion_id IS NOT NULL",
        f"""CREATE TABLE oradores (
            id INTEGER PRIMARY KEY,
            lista_id INTEGER NOT NULL REFERENCES listas_de_oradores(id),
            orden INTEGER NOT NULL CHECK (orden > 0),
            miembro_id INTEGER REFERENCES miembros(id),
            persona TEXT,
            tipo TEXT NOT NULL DEFAULT 'intervencion'
                CHECK (tipo IN ('intervencion', 'a_favor', 'en_contra', 'cuestion_de_orden')),
            estado TEXT NOT NULL DEFAULT 'en_espera' CHECK (estado IN ('en_espera', 'hablando', 'hablo', 'retirado')),
            pedida_en TEXT NOT NULL {_MOMENTO.format(c='pedida_en')},
            empezo_en TEXT {_MOMENTO.format(c='empezo_en')},
            termino_en TEXT {_MOMENTO.format(c='termino_en')},
            segundos INTEGER CHECK (segundos IS NULL OR segundos >= 0),
            UNIQUE (lista_id, orden),
            CHECK (miembro_id IS NOT NULL OR length(trim(persona)) > 0)
        )""",
        "CREATE INDEX oradores_miembro ON oradores(miembro_id)",
        # Lo que apunta a otra fila de la misma sesión lo es de verdad (ni la moción en el punto de otra sesión, ni
        # la lista de una moción de otro punto).
        *_del_mismo_lugar("mociones", "El punto de la moción es de otra sesión.",
                          "(SELECT sesion_id FROM puntos_orden WHERE id = {fila}.punto_id) IS NOT {fila}.sesion_id"),
        *_del_mismo_lugar("listas_de_oradores", "La lista de oradores y su punto son de sesiones distintas.",
                          "(SELECT sesion_id FROM puntos_orden WHERE id = {fila}.punto_id) IS NOT {fila}.sesion_id "
                          "OR ({fila}.mocion_id IS NOT NULL AND (SELECT punto_id FROM mociones "
                          "WHERE id = {fila}.mocion_id) IS NOT {fila}.punto_id)"),
        *_del_mismo_lugar("votaciones_sala", "La enmienda votada es de otra moción.",
                          "{fila}.enmienda_id IS NOT NULL AND (SELECT mocion_id FROM enmiendas "
                          "WHERE id = {fila}.enmienda_id) IS NOT {fila}.mocion_id"),
        *[t for tabla in SESION_DE for t in _congelada(tabla)],
    ])
    for tabla in TABLAS_CON_BITACORA_0055:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


MIGRACION_SALA = ("0055_sala", _crear)


# --- Migración 0068: los apoyos que pide el reglamento y la recomendación de una comisión (issue 82) -----------------
#
# - `reglas_de_la_sala.minimo_apoyos`: cuántos apoyos (sin contar a sus autores) necesita una moción para que se la
#   admita; 0, ninguno (lo de antes).
# - `mociones.recomendacion`: lo que recomienda una comisión antes de la votación (aprobar, aprobar con cambios,
#   rechazar, sin pronunciarse), `recomendada_por` (el órgano que la da), `recomendada_el` y `recomendacion_nota`.
# Las dos tablas ganan columnas: se rehacen sus triggers de bitácora.

_RECOMENDACIONES = "'aprobar', 'aprobar_con_cambios', 'rechazar', 'sin_pronunciarse'"


def _apoyos_y_recomendacion(db: BaseDeDatos) -> None:
    ejecutar(db, [
        "ALTER TABLE reglas_de_la_sala ADD COLUMN minimo_apoyos INTEGER NOT NULL DEFAULT 0 "
        "CHECK (minimo_apoyos BETWEEN 0 AND 500)",
        "ALTER TABLE mociones ADD COLUMN recomendacion TEXT "
        f"CHECK (recomendacion IS NULL OR recomendacion IN ({_RECOMENDACIONES}))",
        "ALTER TABLE mociones ADD COLUMN recomendada_por INTEGER REFERENCES organos(id)",
        "ALTER TABLE mociones ADD COLUMN recomendada_el TEXT " + _FECHA.format(c="recomendada_el"),
        "ALTER TABLE mociones ADD COLUMN recomendacion_nota TEXT",
        # La recomendación va con el órgano que la da y su fecha (las tres, o ninguna): un CHECK no se agrega a una
        # tabla existente en SQLite, así que lo dice un trigger (con su regla en la verificación).
        *_del_mismo_lugar("mociones", "La recomendación de una moción va con el órgano que la da y su fecha.",
                          "(({fila}.recomendacion IS NULL) <> ({fila}.recomendada_por IS NULL) "
                          "OR ({fila}.recomendacion IS NULL) <> ({fila}.recomendada_el IS NULL))",
                          nombre="mociones_recomendacion"),
    ])
    for tabla in ("reglas_de_la_sala", "mociones"):
        rehacer_bitacora(db, tabla)


MIGRACION_APOYOS_Y_RECOMENDACION = ("0068_apoyos_y_recomendacion", _apoyos_y_recomendacion)


# --- Migración 0069: la lista de oradores de OpenSlides (issue 82) ----------------------------------------------------
#
# - `oradores.tipo` admite «pregunta_intercalada» (una pregunta a quien habla, que lo pone en pausa) e
#   «intervencion_breve» (una intervención corta, justo después de quien habla), cada una con su tiempo
#   (`reglas_de_la_sala.segundos_pregunta`, `segundos_intervencion_breve`).
# - Una intervención se pausa y se reanuda: `pausado_en` (en pausa desde; NULL: corre), `segundos_previos` (lo hablado
#   antes de la última reanudación) y `corre_desde` (cuándo se reanudó; NULL: desde `empezo_en`).
# - Las categorías de las cuestiones de orden de cada órgano, con su rango (`categorias_de_cuestion`): la cola pone
#   primero la de rango más alto (1); `oradores.categoria_id`, la de cada cuestión de orden.

TABLAS_CON_BITACORA_0069 = ("categorias_de_cuestion",)
TIPOS_ORADOR_0069_SQL = ("'intervencion', 'a_favor', 'en_contra', 'cuestion_de_orden', 'pregunta_intercalada', "
                         "'intervencion_breve'")


def _oradores_de_openslides(db: BaseDeDatos) -> None:
    ampliar_lista(db, "oradores", "tipo", TIPOS_ORADOR_0069_SQL)
    ejecutar(db, [
        """CREATE TABLE categorias_de_cuestion (
            id INTEGER PRIMARY KEY,
            organo_id INTEGER NOT NULL REFERENCES organos(id),
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            rango INTEGER NOT NULL CHECK (rango BETWEEN 1 AND 99),
            UNIQUE (organo_id, nombre)
        )""",
        "ALTER TABLE oradores ADD COLUMN pausado_en TEXT " + _MOMENTO.format(c="pausado_en"),
        "ALTER TABLE oradores ADD COLUMN segundos_previos INTEGER NOT NULL DEFAULT 0 CHECK (segundos_previos >= 0)",
        "ALTER TABLE oradores ADD COLUMN corre_desde TEXT " + _MOMENTO.format(c="corre_desde"),
        "ALTER TABLE oradores ADD COLUMN categoria_id INTEGER REFERENCES categorias_de_cuestion(id)",
        # A quién se hace una pregunta intercalada (el pedido de quien tenía la palabra al pedirla).
        "ALTER TABLE oradores ADD COLUMN pregunta_a INTEGER REFERENCES oradores(id)",
        "ALTER TABLE reglas_de_la_sala ADD COLUMN segundos_intervencion_breve INTEGER NOT NULL DEFAULT 60 "
        "CHECK (segundos_intervencion_breve BETWEEN 10 AND 7200)",
        "ALTER TABLE reglas_de_la_sala ADD COLUMN segundos_pregunta INTEGER NOT NULL DEFAULT 30 "
        "CHECK (segundos_pregunta BETWEEN 10 AND 7200)",
        # Lo que una fila de oradores dice de sí misma es coherente: la categoría va solo con una cuestión de orden y
        # la pregunta a alguien solo con una pregunta intercalada; la pausa, solo de quien tiene la palabra; quien
        # espera no habló nada todavía.
        *_del_mismo_lugar("oradores", "Un pedido de la palabra con datos que no son de su tipo o de su estado.",
                          "(({fila}.categoria_id IS NOT NULL AND {fila}.tipo <> 'cuestion_de_orden') "
                          "OR ({fila}.pregunta_a IS NOT NULL AND {fila}.tipo <> 'pregunta_intercalada') "
                          "OR ({fila}.pausado_en IS NOT NULL AND {fila}.estado <> 'hablando') "
                          "OR ({fila}.estado = 'en_espera' AND ({fila}.segundos_previos <> 0 "
                          "OR {fila}.corre_desde IS NOT NULL)))",
                          nombre="oradores_coherente"),
    ])
    for tabla in TABLAS_CON_BITACORA_0069:
        ejecutar(db, disparadores_de_bitacora(db, tabla))
    for tabla in ("oradores", "reglas_de_la_sala"):
        rehacer_bitacora(db, tabla)


MIGRACION_ORADORES_DE_OPENSLIDES = ("0069_oradores_de_openslides", _oradores_de_openslides)


# --- Migración 0070: las categorías de las mociones, con su prefijo (issue 82, como OpenSlides) -----------------------
#
# - `categorias_de_mocion`: las categorías de las mociones de cada órgano («Hacienda»), cada una con su prefijo
#   («HAC»: de 1 a 6 letras o cifras, sin espacios), los dos únicos en el órgano. El servicio
#   (servicios/categorias_de_mocion.py) pide letras o cifras y compara sin distinguir mayúsculas.
# - `mociones.categoria_id`: la categoría de la moción (NULL: sin categoría). Una moción con categoría se nombra con su
#   prefijo y su número en la sesión («Moción HAC 3»): dominio.mociones.rotulo_de_la_mocion. La clave foránea impide
#   quitar una categoría que alguna moción lleva; los triggers de la migración 0055 congelan la moción con su acta.
# La tabla de mociones gana una columna: se rehacen sus triggers de bitácora.

TABLAS_CON_BITACORA_0070 = ("categorias_de_mocion",)


def _categorias_de_mocion(db: BaseDeDatos) -> None:
    ejecutar(db, [
        """CREATE TABLE categorias_de_mocion (
            id INTEGER PRIMARY KEY,
            organo_id INTEGER NOT NULL REFERENCES organos(id),
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            prefijo TEXT NOT NULL CHECK (length(prefijo) BETWEEN 1 AND 6 AND prefijo NOT LIKE '% %'),
            UNIQUE (organo_id, nombre),
            UNIQUE (organo_id, prefijo)
        )""",
        "ALTER TABLE mociones ADD COLUMN categoria_id INTEGER REFERENCES categorias_de_mocion(id)",
        "CREATE INDEX mociones_categoria ON mociones(categoria_id)",
    ])
    for tabla in TABLAS_CON_BITACORA_0070:
        ejecutar(db, disparadores_de_bitacora(db, tabla))
    rehacer_bitacora(db, "mociones")


MIGRACION_CATEGORIAS_DE_MOCION = ("0070_categorias_de_mocion", _categorias_de_mocion)


# --- Migración 0071: el flujo de las mociones de cada órgano (issue 82, como los flujos de OpenSlides) -----------------
#
# - `reglas_de_la_sala.flujo_mociones`: los pasos que el reglamento del órgano admite para sus mociones, como texto
#   («presentada>admitida,admitida>aprobada,…», dominio/flujos_de_mocion.py); NULL: el flujo completo, el de omisión
#   (el de siempre, más «no tratada»). Lo revisa el servicio; un texto que no se entiende (escrito a mano en la base)
#   se dice, no se adivina (servicios/reglas_de_la_sala.py).
# - `mociones.estado` admite «no_tratada» (OpenSlides: «not concerned»): la sala no llegó a ocuparse de ella.
# La tabla de reglas gana una columna: se rehacen sus triggers de bitácora.

ESTADOS_MOCION_0071_SQL = ("'presentada', 'admitida', 'no_admitida', 'aprobada', 'rechazada', 'retirada', 'derivada', "
                           "'aplazada', 'no_tratada'")


def _flujo_de_las_mociones(db: BaseDeDatos) -> None:
    ejecutar(db, [
        "ALTER TABLE reglas_de_la_sala ADD COLUMN flujo_mociones TEXT CHECK (flujo_mociones IS NULL OR "
        "length(trim(flujo_mociones)) > 0)",
    ])
    ampliar_lista(db, "mociones", "estado", ESTADOS_MOCION_0071_SQL)
    rehacer_bitacora(db, "reglas_de_la_sala")


MIGRACION_FLUJO_DE_LAS_MOCIONES = ("0071_flujo_de_las_mociones", _flujo_de_las_mociones)


# --- Migración 0072: las enmiendas a una enmienda (issue 82, como OpenSlides) ------------------------------------------
#
# - `enmiendas.enmienda_de`: la enmienda a la que enmienda (NULL: enmienda la moción). Un solo nivel, como OpenSlides:
#   la enmendada es de la misma moción y enmienda la moción. Sus cambios citan los de la enmendada (el mismo párrafo y
#   la misma operación) y proponen otro texto para ellos (servicios/enmiendas.py); se votan antes que la enmendada.
# La tabla de enmiendas gana una columna: se rehacen sus triggers de bitácora.


def _enmiendas_a_enmiendas(db: BaseDeDatos) -> None:
    ejecutar(db, [
        "ALTER TABLE enmiendas ADD COLUMN enmienda_de INTEGER REFERENCES enmiendas(id)",
        "CREATE INDEX enmiendas_enmienda_de ON enmiendas(enmienda_de)",
        *_del_mismo_lugar(
            "enmiendas", "Una enmienda a una enmienda enmienda otra de la misma moción, que enmiende la moción.",
            "{fila}.enmienda_de IS NOT NULL AND ({fila}.enmienda_de = {fila}.id OR NOT EXISTS (SELECT 1 FROM "
            "enmiendas e WHERE e.id = {fila}.enmienda_de AND e.mocion_id = {fila}.mocion_id AND e.enmienda_de IS "
            "NULL) OR EXISTS (SELECT 1 FROM enmiendas h WHERE h.enmienda_de = {fila}.id))", "enmiendas_enmienda_de"),
    ])
    rehacer_bitacora(db, "enmiendas")


MIGRACION_ENMIENDAS_A_ENMIENDAS = ("0072_enmiendas_a_enmiendas", _enmiendas_a_enmiendas)


# --- Migración 0073: los bloques de mociones, votados juntos (issue 82, como los «motion blocks» de OpenSlides) -------
#
# - `bloques_de_mocion`: un bloque con nombre («Mociones de hacienda»), único en su sesión, que la secretaría arma con
#   mociones de esa sesión y la sala vota una sola vez (servicios/bloques_de_mocion.py).
# - `mociones.bloque_id`: el bloque de la moción (NULL: ninguno); una moción está a lo sumo en un bloque. La base exige
#   que el bloque sea de la misma sesión que la moción. Una moción en un bloque solo se vota con él: la votación pone a
#   cada una su fila de votaciones_sala con las mismas cifras, de modo que la resolución, el acta y el sitio la leen
#   como la de siempre.
# - Con el acta aprobada, el bloque se congela como la moción (los triggers de la migración 0055, con su sesión).
# La tabla de mociones gana una columna: se rehacen sus triggers de bitácora.

TABLAS_CON_BITACORA_0073 = ("bloques_de_mocion",)


def _bloques_de_mocion(db: BaseDeDatos) -> None:
    ejecutar(db, [
        """CREATE TABLE bloques_de_mocion (
            id INTEGER PRIMARY KEY,
            sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            UNIQUE (sesion_id, nombre)
        )""",
        "ALTER TABLE mociones ADD COLUMN bloque_id INTEGER REFERENCES bloques_de_mocion(id)",
        "CREATE INDEX mociones_bloque ON mociones(bloque_id)",
        *_del_mismo_lugar("mociones", "El bloque de la moción es de otra sesión.",
                          "{fila}.bloque_id IS NOT NULL AND (SELECT sesion_id FROM bloques_de_mocion "
                          "WHERE id = {fila}.bloque_id) IS NOT {fila}.sesion_id", nombre="mociones_bloque_coherente"),
        *_congelada("bloques_de_mocion", "{fila}.sesion_id"),
    ])
    for tabla in TABLAS_CON_BITACORA_0073:
        ejecutar(db, disparadores_de_bitacora(db, tabla))
    rehacer_bitacora(db, "mociones")


MIGRACION_BLOQUES_DE_MOCION = ("0073_bloques_de_mocion", _bloques_de_mocion)


# --- Migración 0074: las recomendaciones de cambio por línea (issue 82, como las de OpenSlides) -----------------------
#
# - `recomendaciones_de_cambio`: lo que la secretaría (`organo_id` NULL) o un órgano de la asociación recomienda cambiar
#   en las líneas `desde`–`hasta` del texto presentado de una moción (las líneas de dominio/lineas.py, a 80
#   caracteres): `texto` las reemplaza (vacío: las suprime); `texto_citado` guarda lo que decían esas líneas al
#   registrarla, para no aplicar una cita vieja. Numeradas por moción; `estado`: pendiente → aceptada | rechazada,
#   una por una, antes de votar la moción. Que no se solapen ni choquen con las enmiendas lo revisa el servicio
#   (servicios/recomendaciones_de_cambio.py).

TABLAS_CON_BITACORA_0074 = ("recomendaciones_de_cambio",)


def _recomendaciones_de_cambio(db: BaseDeDatos) -> None:
    ejecutar(db, [
        """CREATE TABLE recomendaciones_de_cambio (
            id INTEGER PRIMARY KEY,
            mocion_id INTEGER NOT NULL REFERENCES mociones(id),
            numero INTEGER NOT NULL CHECK (numero >= 1),
            desde INTEGER NOT NULL CHECK (desde >= 1),
            hasta INTEGER NOT NULL,
            texto_citado TEXT NOT NULL,
            texto TEXT NOT NULL DEFAULT '',
            motivo TEXT,
            organo_id INTEGER REFERENCES organos(id),
            estado TEXT NOT NULL DEFAULT 'pendiente' CHECK (estado IN ('pendiente', 'aceptada', 'rechazada')),
            CHECK (hasta >= desde),
            UNIQUE (mocion_id, numero)
        )""",
    ])
    for tabla in TABLAS_CON_BITACORA_0074:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


MIGRACION_RECOMENDACIONES_DE_CAMBIO = ("0074_recomendaciones_de_cambio", _recomendaciones_de_cambio)


# --- Migración 0075: las recomendaciones de cambio, congeladas con el acta (issue 82) ---------------------------------
#
# Como el resto de la sala (migración 0055): con el acta de la sesión aprobada o firmada, una recomendación de cambio
# de una de sus mociones no se agrega, no cambia ni se borra, tampoco con SQL.


def _recomendaciones_congeladas(db: BaseDeDatos) -> None:
    ejecutar(db, _congelada("recomendaciones_de_cambio", _SESION_DE_MOCION))


MIGRACION_RECOMENDACIONES_CONGELADAS = ("0075_recomendaciones_congeladas", _recomendaciones_congeladas)


# --- Migración 0076: el voto electrónico en la sala (issue 85) --------------------------------------------------------
#
# - `mesas_de_voto`: una por sesión que entregó códigos, con la sal de las huellas de sus códigos; `cerrada` cuando la
#   sesión terminó (sus códigos, anulados).
# - `codigos_de_voto`: el código de cada delegación (miembro) para una sesión; solo su huella SHA-256 con la sal de la
#   sesión, nunca el código. Reemitir uno anula el anterior; al terminar la sesión se anulan todos. Un solo código
#   vigente por delegación y sesión.
# - `urnas`: una por cosa votada (un punto, una moción, una enmienda o una elección —el punto de la elección—), secreta
#   o nominal; la abre y la cierra la presidencia, a lo sumo una abierta por sesión. Al cerrarla guarda cuántas
#   delegaciones votaron.
# - `votos_nominales`: en una urna nominal, quién eligió qué, con la huella del comprobante; cambiar el voto reemplaza
#   la fila.
# - `participaciones` y `papeletas`, de las urnas secretas, sin nada que las ligue: quién ya votó (urna, código) y qué
#   se votó (urna, huella del comprobante, contenido, peso). Sin id, sin horas y sin bitácora fila por fila (la hora de
#   un registro ligaría la participación con su papeleta): la bitácora anota la apertura y el cierre de la urna con la
#   cuenta de participantes. Al cerrar la urna se reescriben en el orden de su clave (servicios/voto_electronico).
#   `votos_nominales` tampoco lleva bitácora fila por fila: el voto de cada miembro queda, al cerrar, en la votación
#   (habilitados, con bitácora) como el de una nominal a mano.

TABLAS_CON_BITACORA_0076 = ("mesas_de_voto", "codigos_de_voto", "urnas")


def _voto_electronico(db: BaseDeDatos) -> None:
    ejecutar(db, [
        """CREATE TABLE mesas_de_voto (
            sesion_id INTEGER PRIMARY KEY REFERENCES sesiones(id),
            sal TEXT NOT NULL CHECK (length(sal) = 32),
            cerrada INTEGER NOT NULL DEFAULT 0 CHECK (cerrada IN (0, 1))
        )""",
        """CREATE TABLE codigos_de_voto (
            id INTEGER PRIMARY KEY,
            sesion_id INTEGER NOT NULL REFERENCES mesas_de_voto(sesion_id),
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            huella TEXT NOT NULL UNIQUE CHECK (length(huella) = 64),
            anulado INTEGER NOT NULL DEFAULT 0 CHECK (anulado IN (0, 1))
        )""",
        "CREATE UNIQUE INDEX codigos_de_voto_vigente ON codigos_de_voto(sesion_id, miembro_id) WHERE anulado = 0",
        """CREATE TABLE urnas (
            id INTEGER PRIMARY KEY,
            sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
            objeto TEXT NOT NULL CHECK (objeto IN ('punto', 'mocion', 'enmienda', 'eleccion')),
            objeto_id INTEGER NOT NULL,
            secreta INTEGER NOT NULL CHECK (secreta IN (0, 1)),
            abierta INTEGER NOT NULL DEFAULT 1 CHECK (abierta IN (0, 1)),
            participantes INTEGER CHECK (participantes IS NULL OR participantes >= 0)
        )""",
        "CREATE UNIQUE INDEX urnas_una_abierta ON urnas(sesion_id) WHERE abierta = 1",
        "CREATE INDEX urnas_objeto ON urnas(objeto, objeto_id)",
        """CREATE TABLE votos_nominales (
            urna_id INTEGER NOT NULL REFERENCES urnas(id),
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            eleccion TEXT NOT NULL,
            comprobante TEXT NOT NULL UNIQUE CHECK (length(comprobante) = 64),
            PRIMARY KEY (urna_id, miembro_id)
        )""",
        """CREATE TABLE participaciones (
            urna_id INTEGER NOT NULL REFERENCES urnas(id),
            codigo_id INTEGER NOT NULL REFERENCES codigos_de_voto(id),
            PRIMARY KEY (urna_id, codigo_id)
        )""",
        """CREATE TABLE papeletas (
            urna_id INTEGER NOT NULL REFERENCES urnas(id),
            comprobante TEXT NOT NULL CHECK (length(comprobante) = 64),
            contenido TEXT NOT NULL,
            peso INTEGER NOT NULL CHECK (peso >= 1),
            PRIMARY KEY (urna_id, comprobante)
        )""",
    ])
    for tabla in TABLAS_CON_BITACORA_0076:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


MIGRACION_VOTO_ELECTRONICO = ("0076_voto_electronico", _voto_electronico)
