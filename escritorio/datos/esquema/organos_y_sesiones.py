"""Las migraciones 0004 a 0006: normas y reformas, órganos con sus reglas de composición y mandatos, sesiones con
asistencia, votaciones, resoluciones y actas que se congelan al aprobarse, y la bitácora encadenada.

Como todas las migraciones publicadas, no se modifican: un cambio va en una migración nueva (esquema/__init__.py).
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import FECHA_VALIDA as _FECHA, disparadores_de_bitacora, ejecutar


def _estatutos_y_organos(db: BaseDeDatos) -> None:
    """Normas con versiones de artículos y reformas; órganos, reglas de composición, mandatos (nunca se
    borran; las correcciones quedan fechadas), orden de sucesión y actividades de las unidades temáticas."""
    ejecutar(db, [
        """CREATE TABLE normas (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            tipo TEXT NOT NULL CHECK (tipo IN ('estatuto', 'reglamento')),
            titulo TEXT NOT NULL CHECK (length(trim(titulo)) > 0),
            creada_en TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (asociacion_id, titulo)
        )""",
        f"""CREATE TABLE reformas (
            id INTEGER PRIMARY KEY,
            norma_id INTEGER NOT NULL REFERENCES normas(id),
            vigente_desde TEXT NOT NULL {_FECHA.format(c='vigente_desde')},
            aprobada_por TEXT,
            descripcion TEXT,
            registrada_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        f"""CREATE TABLE versiones_articulo (
            id INTEGER PRIMARY KEY,
            norma_id INTEGER NOT NULL REFERENCES normas(id),
            reforma_id INTEGER REFERENCES reformas(id),
            numero TEXT NOT NULL,
            titulo TEXT,
            texto TEXT NOT NULL,
            vigente_desde TEXT NOT NULL {_FECHA.format(c='vigente_desde')},
            derogado INTEGER NOT NULL DEFAULT 0 CHECK (derogado IN (0, 1)),
            UNIQUE (norma_id, numero, vigente_desde)
        )""",
        """CREATE TRIGGER versiones_articulo_inmutables BEFORE UPDATE ON versiones_articulo
           BEGIN SELECT RAISE(ABORT, 'Una versión de un artículo no se modifica: se registra una reforma.'); END""",
        """CREATE TABLE organos (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            nombre TEXT NOT NULL CHECK (length(trim(nombre)) > 0),
            tipo TEXT NOT NULL CHECK (tipo IN ('asamblea', 'consejo', 'comision_directiva', 'comite_ejecutivo',
                'secretaria_ejecutiva', 'secretaria_tecnica', 'unidad_tematica', 'grupo_trabajo', 'comite',
                'congreso', 'otro')),
            padre_id INTEGER REFERENCES organos(id),
            atribuciones TEXT,
            frecuencia_meses INTEGER CHECK (frecuencia_meses IS NULL OR frecuencia_meses > 0),
            articulo TEXT,
            creado_en TEXT NOT NULL DEFAULT (datetime('now')),
            UNIQUE (asociacion_id, nombre)
        )""",
        """CREATE TABLE reglas_composicion (
            id INTEGER PRIMARY KEY,
            organo_id INTEGER NOT NULL REFERENCES organos(id),
            tipo TEXT NOT NULL CHECK (tipo IN ('tamano_fijo', 'por_categoria', 'troika', 'todos_los_activos', 'designacion')),
            parametros TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(parametros)),
            articulo TEXT
        )""",
        f"""CREATE TABLE mandatos (
            id INTEGER PRIMARY KEY,
            organo_id INTEGER NOT NULL REFERENCES organos(id),
            miembro_id INTEGER REFERENCES miembros(id),
            persona TEXT,
            cargo TEXT NOT NULL CHECK (cargo IN ('presidente', 'vicepresidente', 'secretario', 'coordinador',
                'subcoordinador', 'titular', 'suplente', 'observador', 'integrante')),
            con_voto INTEGER NOT NULL DEFAULT 1 CHECK (con_voto IN (0, 1)),
            desde TEXT NOT NULL {_FECHA.format(c='desde')},
            hasta TEXT {_FECHA.format(c='hasta')},
            en_nombre_de INTEGER REFERENCES miembros(id),
            registrado_en TEXT NOT NULL DEFAULT (datetime('now')),
            CHECK (miembro_id IS NOT NULL OR persona IS NOT NULL),
            CHECK (hasta IS NULL OR hasta >= desde)
        )""",
        "CREATE INDEX mandatos_organo ON mandatos(organo_id, desde)",
        """CREATE TRIGGER mandatos_sin_borrado BEFORE DELETE ON mandatos
           BEGIN SELECT RAISE(ABORT, 'Un mandato no se borra: se le pone fin o se corrige con fecha.'); END""",
        """CREATE TABLE correcciones_mandato (
            id INTEGER PRIMARY KEY,
            mandato_id INTEGER NOT NULL REFERENCES mandatos(id),
            campo TEXT NOT NULL,
            antes TEXT,
            despues TEXT,
            motivo TEXT NOT NULL,
            corregido_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        """CREATE TABLE orden_sucesion (
            organo_id INTEGER NOT NULL REFERENCES organos(id),
            posicion INTEGER NOT NULL,
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            PRIMARY KEY (organo_id, posicion)
        )""",
        f"""CREATE TABLE actividades (
            id INTEGER PRIMARY KEY,
            organo_id INTEGER NOT NULL REFERENCES organos(id),
            titulo TEXT NOT NULL CHECK (length(trim(titulo)) > 0),
            desde TEXT {_FECHA.format(c='desde')},
            hasta TEXT {_FECHA.format(c='hasta')},
            estado TEXT NOT NULL DEFAULT 'prevista' CHECK (estado IN ('prevista', 'en_curso', 'realizada', 'cancelada')),
            responsable_id INTEGER REFERENCES miembros(id),
            resultado TEXT
        )""",
    ])


def congelado(tabla: str, sesion: str) -> list[str]:
    """Triggers que impiden tocar el registro de una sesión cuya acta ya fue aprobada."""
    condicion = f"(SELECT estado FROM actas WHERE sesion_id = {sesion}) IN ('aprobada', 'firmada')"
    mensaje = "El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas)."
    # Un UPDATE se mira con la fila vieja y con la nueva: tampoco se puede mudar una fila a una sesión congelada.
    return [f"""CREATE TRIGGER {tabla}_congelado_{accion.lower()} BEFORE {accion} ON {tabla}
                WHEN {' OR '.join(condicion.replace('{fila}', f) for f in filas)}
                BEGIN SELECT RAISE(ABORT, '{mensaje}'); END"""
            for accion, filas in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",)))]


def _sesiones_y_actas(db: BaseDeDatos) -> None:
    """Sesiones con orden del día, asistencia y poderes, reglas de quórum, votaciones con los habilitados
    fotografiados al cerrar, resoluciones numeradas por órgano y año, y actas que se congelan al aprobarse."""
    ejecutar(db, [
        "ALTER TABLE organos ADD COLUMN anticipacion_dias INTEGER CHECK (anticipacion_dias IS NULL OR anticipacion_dias >= 0)",
        "ALTER TABLE organos ADD COLUMN articulo_convocatoria TEXT",
        """CREATE TABLE reglas_quorum (
            id INTEGER PRIMARY KEY,
            organo_id INTEGER NOT NULL REFERENCES organos(id),
            tipo_decision TEXT NOT NULL DEFAULT 'ordinaria',
            numerador INTEGER NOT NULL DEFAULT 1 CHECK (numerador > 0),
            denominador INTEGER NOT NULL DEFAULT 2 CHECK (denominador >= numerador),
            mas_uno INTEGER NOT NULL DEFAULT 1 CHECK (mas_uno IN (0, 1)),
            sobre TEXT NOT NULL DEFAULT 'con_derecho' CHECK (sobre IN ('con_derecho', 'integrantes')),
            segunda_convocatoria_minutos INTEGER CHECK (segunda_convocatoria_minutos IS NULL OR segunda_convocatoria_minutos > 0),
            poderes_maximos INTEGER CHECK (poderes_maximos IS NULL OR poderes_maximos >= 0),
            suspende_morosos INTEGER NOT NULL DEFAULT 1 CHECK (suspende_morosos IN (0, 1)),
            articulo TEXT,
            UNIQUE (organo_id, tipo_decision)
        )""",
        f"""CREATE TABLE sesiones (
            id INTEGER PRIMARY KEY,
            organo_id INTEGER NOT NULL REFERENCES organos(id),
            numero INTEGER NOT NULL CHECK (numero > 0),
            tipo TEXT NOT NULL DEFAULT 'ordinaria' CHECK (tipo IN ('ordinaria', 'extraordinaria')),
            fecha TEXT NOT NULL {_FECHA.format(c='fecha')},
            hora TEXT CHECK (hora IS NULL OR hora GLOB '[0-2][0-9]:[0-5][0-9]'),
            lugar TEXT,
            enlace TEXT,
            estado TEXT NOT NULL DEFAULT 'convocada' CHECK (estado IN ('convocada', 'celebrada', 'suspendida')),
            convocada_el TEXT NOT NULL {_FECHA.format(c='convocada_el')},
            segunda_convocatoria INTEGER NOT NULL DEFAULT 0 CHECK (segunda_convocatoria IN (0, 1)),
            hora_cierre TEXT,
            UNIQUE (organo_id, numero)
        )""",
        """CREATE TABLE puntos_orden (
            id INTEGER PRIMARY KEY,
            sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
            padre_id INTEGER REFERENCES puntos_orden(id),
            orden INTEGER NOT NULL,
            titulo TEXT NOT NULL CHECK (length(trim(titulo)) > 0),
            tipo TEXT NOT NULL DEFAULT 'deliberativo' CHECK (tipo IN ('informativo', 'deliberativo', 'votacion', 'eleccion')),
            tipo_decision TEXT NOT NULL DEFAULT 'ordinaria',
            resumen TEXT
        )""",
        """CREATE TABLE asistencias (
            id INTEGER PRIMARY KEY,
            sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            estado TEXT NOT NULL CHECK (estado IN ('presente', 'ausente', 'excusado')),
            representante TEXT,
            cargo_representante TEXT,
            poder_a INTEGER REFERENCES miembros(id),
            peso INTEGER NOT NULL DEFAULT 1 CHECK (peso > 0),
            UNIQUE (sesion_id, miembro_id),
            CHECK (poder_a IS NULL OR estado <> 'presente')
        )""",
        """CREATE TABLE invitados (
            id INTEGER PRIMARY KEY,
            sesion_id INTEGER NOT NULL REFERENCES sesiones(id),
            nombre TEXT NOT NULL,
            institucion TEXT,
            calidad TEXT NOT NULL DEFAULT 'invitado' CHECK (calidad IN ('observador', 'invitado'))
        )""",
        """CREATE TABLE votaciones (
            id INTEGER PRIMARY KEY,
            punto_id INTEGER NOT NULL UNIQUE REFERENCES puntos_orden(id),
            metodo TEXT NOT NULL CHECK (metodo IN ('alzada', 'nominal', 'secreta')),
            mayoria TEXT NOT NULL CHECK (mayoria IN ('simple', 'absoluta', 'dos_tercios', 'tres_cuartos')),
            base TEXT NOT NULL CHECK (base IN ('emitidos', 'presentes', 'con_derecho')),
            a_favor INTEGER NOT NULL CHECK (a_favor >= 0),
            en_contra INTEGER NOT NULL CHECK (en_contra >= 0),
            abstenciones INTEGER NOT NULL CHECK (abstenciones >= 0),
            presentes INTEGER NOT NULL,
            con_derecho INTEGER NOT NULL,
            aprobada INTEGER NOT NULL CHECK (aprobada IN (0, 1)),
            texto_resultado TEXT NOT NULL,
            cerrada_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        # Quién tenía derecho a votar al cerrarse la votación: la foto no cambia si después cambia el padrón.
        """CREATE TABLE habilitados_votacion (
            votacion_id INTEGER NOT NULL REFERENCES votaciones(id),
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            peso INTEGER NOT NULL DEFAULT 1,
            sentido TEXT CHECK (sentido IS NULL OR sentido IN ('a_favor', 'en_contra', 'abstencion')),
            PRIMARY KEY (votacion_id, miembro_id)
        )""",
        """CREATE TABLE resoluciones (
            id INTEGER PRIMARY KEY,
            organo_id INTEGER NOT NULL REFERENCES organos(id),
            anio INTEGER NOT NULL,
            numero INTEGER NOT NULL,
            tipo TEXT NOT NULL CHECK (tipo IN ('resolucion', 'decision', 'declaracion', 'recomendacion')),
            titulo TEXT NOT NULL,
            texto TEXT,
            punto_id INTEGER REFERENCES puntos_orden(id),
            reforma_id INTEGER REFERENCES reformas(id),
            escala_id INTEGER REFERENCES escalas(id),
            UNIQUE (organo_id, anio, tipo, numero)
        )""",
        """CREATE TABLE firmantes_declaracion (
            resolucion_id INTEGER NOT NULL REFERENCES resoluciones(id),
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            persona TEXT,
            PRIMARY KEY (resolucion_id, miembro_id)
        )""",
        f"""CREATE TABLE actas (
            id INTEGER PRIMARY KEY,
            sesion_id INTEGER NOT NULL UNIQUE REFERENCES sesiones(id),
            estado TEXT NOT NULL DEFAULT 'borrador' CHECK (estado IN ('borrador', 'aprobada', 'firmada')),
            apertura TEXT,
            cierre TEXT,
            preside TEXT,
            secretaria TEXT,
            huella TEXT,
            aprobada_por INTEGER REFERENCES resoluciones(id),
            aprobada_el TEXT {_FECHA.format(c='aprobada_el')},
            contenido TEXT,  -- el acta tal como se aprobó (JSON): lo que la huella protege
            huella_registro TEXT,  -- huella de las filas de la sesión (puntos, asistencia, votos…) al aprobarla
            firmada_pdf BLOB,
            CHECK (estado = 'borrador' OR huella IS NOT NULL)
        )""",
        # Un acta aprobada no cambia: solo puede pasar a firmada y recibir el PDF firmado escaneado.
        """CREATE TRIGGER actas_congeladas BEFORE UPDATE ON actas
           WHEN OLD.estado IN ('aprobada', 'firmada') AND (
                NEW.sesion_id IS NOT OLD.sesion_id OR NEW.contenido IS NOT OLD.contenido
                OR NEW.huella_registro IS NOT OLD.huella_registro
                OR NEW.apertura IS NOT OLD.apertura OR NEW.cierre IS NOT OLD.cierre OR NEW.preside IS NOT OLD.preside
                OR NEW.secretaria IS NOT OLD.secretaria OR NEW.huella IS NOT OLD.huella
                OR NEW.aprobada_por IS NOT OLD.aprobada_por OR NEW.aprobada_el IS NOT OLD.aprobada_el
                OR NEW.estado = 'borrador' OR (OLD.estado = 'firmada' AND NEW.estado <> 'firmada'))
           BEGIN SELECT RAISE(ABORT, 'El acta está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END""",
        """CREATE TRIGGER actas_sin_borrado BEFORE DELETE ON actas WHEN OLD.estado <> 'borrador'
           BEGIN SELECT RAISE(ABORT, 'Un acta aprobada no se borra.'); END""",
        """CREATE TABLE fe_de_erratas (
            id INTEGER PRIMARY KEY,
            acta_id INTEGER NOT NULL REFERENCES actas(id),
            fecha TEXT NOT NULL DEFAULT (date('now')),
            texto TEXT NOT NULL CHECK (length(trim(texto)) > 0)
        )""",
        *[f"""CREATE TRIGGER fe_de_erratas_solo_agregar_{accion.lower()} BEFORE {accion} ON fe_de_erratas
              BEGIN SELECT RAISE(ABORT, 'Una fe de erratas no se modifica ni se borra: se agrega otra.'); END"""
          for accion in ("UPDATE", "DELETE")],
        *congelado("puntos_orden", "{fila}.sesion_id"),
        *congelado("asistencias", "{fila}.sesion_id"),
        *congelado("invitados", "{fila}.sesion_id"),
        *congelado("votaciones", "(SELECT sesion_id FROM puntos_orden WHERE id = {fila}.punto_id)"),
        *congelado("habilitados_votacion",
                    "(SELECT p.sesion_id FROM votaciones v JOIN puntos_orden p ON p.id = v.punto_id WHERE v.id = {fila}.votacion_id)"),
        *congelado("sesiones", "{fila}.id"),
        *congelado("resoluciones", "(SELECT sesion_id FROM puntos_orden WHERE id = {fila}.punto_id)"),
    ])


# Tablas cuyos cambios quedan en la bitácora (todas las de datos de la asociación).
TABLAS_CON_BITACORA = (
    "asociaciones", "paises_asociacion", "miembros", "poblaciones", "estados_miembro", "autoridades", "contactos",
    "escalas", "tramos", "cargos", "exenciones", "pagos", "imputaciones", "recibos", "lotes_avisos", "avisos",
    "normas", "reformas", "versiones_articulo", "organos", "reglas_composicion", "mandatos", "correcciones_mandato",
    "orden_sucesion", "actividades", "reglas_quorum", "sesiones", "puntos_orden", "asistencias", "invitados",
    "votaciones", "habilitados_votacion", "resoluciones", "firmantes_declaracion", "actas", "fe_de_erratas",
)


def _bitacora(db: BaseDeDatos) -> None:
    """Bitácora de cambios: cada alta, cambio y borrado en las tablas de datos queda registrado por un
    trigger; nadie la modifica (otro trigger lo impide); cada transacción la sella con una huella
    encadenada a la anterior, así que una manipulación se detecta con «escritorio verificar»."""
    ejecutar(db, [
        # El momento de cada cambio es el de su transacción: lo guarda el sello, no cada registro.
        """CREATE TABLE bitacora (
            id INTEGER PRIMARY KEY,
            entidad TEXT NOT NULL,
            entidad_id INTEGER,
            accion TEXT NOT NULL CHECK (accion IN ('alta', 'cambio', 'borrado')),
            datos TEXT NOT NULL
        )""",
        # Sin índices a propósito: cada fila de datos escribe una en la bitácora, y un índice más duplicaría
        # el costo de las importaciones grandes. Consultarla (rara vez) recorre la tabla, que es rápido.
        """CREATE TABLE bitacora_sellos (
            id INTEGER PRIMARY KEY,
            momento TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f', 'now')),
            usuario TEXT,
            operador TEXT,
            desde_id INTEGER NOT NULL,
            hasta_id INTEGER NOT NULL,
            huella_anterior TEXT,
            huella TEXT NOT NULL
        )""",
        *[f"""CREATE TRIGGER {tabla}_solo_agregar_{accion.lower()} BEFORE {accion} ON {tabla}
              BEGIN SELECT RAISE(ABORT, 'La bitácora solo admite agregar registros.'); END"""
          for tabla in ("bitacora", "bitacora_sellos") for accion in ("UPDATE", "DELETE")],
    ])
    for tabla in TABLAS_CON_BITACORA:
        ejecutar(db, disparadores_de_bitacora(db, tabla))

MIGRACIONES_DE_ORGANOS_Y_SESIONES = [
    ("0004_estatutos_y_organos", _estatutos_y_organos),
    ("0005_sesiones_y_actas", _sesiones_y_actas),
    ("0006_bitacora", _bitacora),
]
