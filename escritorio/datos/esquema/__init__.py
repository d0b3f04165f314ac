"""El esquema completo de la base, como migraciones ordenadas (sqlite_utils.migrations).

Cada migración corre en una transacción junto con su registro en `_sqlite_migrations`.
Nunca se modifica una migración publicada: los cambios van en una nueva, al final. Para leer cómo queda la base
hoy, sin recorrer la historia: esquema/actual.sql (generado; «python -m escritorio.datos.esquema.actual» lo
regenera después de agregar una migración, y una prueba falla si quedó viejo).

Una migración que agrega una tabla de datos crea sus triggers de bitácora (`disparadores_de_bitacora`, en
migraciones.py); una que agrega una columna a una tabla con bitácora los rehace en la misma migración
(`rehacer_bitacora`).
tests/datos/test_bitacora_de_cada_columna.py falla si una columna queda sin registrar.
"""

from ..base_de_datos import BaseDeDatos

# CONJUNTO y MIGRACIONES se importan de este módulo, que registra todas las migraciones.
from .documentos import MIGRACIONES_DE_DOCUMENTOS
from ..migraciones import (CONJUNTO, MIGRACIONES, ampliar_lista, disparadores_de_bitacora, ejecutar,  # noqa: F401
                           rehacer_bitacora)

# date() devuelve NULL para un texto que no es fecha y normaliza una inexistente (2025-02-30 -> 2025-03-02):
# con IS, ambos casos se rechazan.
_FECHA = "CHECK ({c} IS NULL OR date({c}) IS {c})"


@MIGRACIONES(name="0001_registro")
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


@MIGRACIONES(name="0002_poblacion_con_vigencia")
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


@MIGRACIONES(name="0003_cuotas")
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


@MIGRACIONES(name="0004_estatutos_y_organos")
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


def _congelado(tabla: str, sesion: str) -> list[str]:
    """Triggers que impiden tocar el registro de una sesión cuya acta ya fue aprobada."""
    condicion = f"(SELECT estado FROM actas WHERE sesion_id = {sesion}) IN ('aprobada', 'firmada')"
    mensaje = "El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas)."
    # Un UPDATE se mira con la fila vieja y con la nueva: tampoco se puede mudar una fila a una sesión congelada.
    return [f"""CREATE TRIGGER {tabla}_congelado_{accion.lower()} BEFORE {accion} ON {tabla}
                WHEN {' OR '.join(condicion.replace('{fila}', f) for f in filas)}
                BEGIN SELECT RAISE(ABORT, '{mensaje}'); END"""
            for accion, filas in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",)))]


@MIGRACIONES(name="0005_sesiones_y_actas")
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
        *_congelado("puntos_orden", "{fila}.sesion_id"),
        *_congelado("asistencias", "{fila}.sesion_id"),
        *_congelado("invitados", "{fila}.sesion_id"),
        *_congelado("votaciones", "(SELECT sesion_id FROM puntos_orden WHERE id = {fila}.punto_id)"),
        *_congelado("habilitados_votacion",
                    "(SELECT p.sesion_id FROM votaciones v JOIN puntos_orden p ON p.id = v.punto_id WHERE v.id = {fila}.votacion_id)"),
        *_congelado("sesiones", "{fila}.id"),
        *_congelado("resoluciones", "(SELECT sesion_id FROM puntos_orden WHERE id = {fila}.punto_id)"),
    ])


# Tablas cuyos cambios quedan en la bitácora (todas las de datos de la asociación).
TABLAS_CON_BITACORA = (
    "asociaciones", "paises_asociacion", "miembros", "poblaciones", "estados_miembro", "autoridades", "contactos",
    "escalas", "tramos", "cargos", "exenciones", "pagos", "imputaciones", "recibos", "lotes_avisos", "avisos",
    "normas", "reformas", "versiones_articulo", "organos", "reglas_composicion", "mandatos", "correcciones_mandato",
    "orden_sucesion", "actividades", "reglas_quorum", "sesiones", "puntos_orden", "asistencias", "invitados",
    "votaciones", "habilitados_votacion", "resoluciones", "firmantes_declaracion", "actas", "fe_de_erratas",
)


@MIGRACIONES(name="0006_bitacora")
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


# Tablas agregadas después de la 0006: también con bitácora (sus triggers se crean en su migración).
TABLAS_CON_BITACORA_0007 = ("elecciones", "candidaturas", "votos_eleccion")
_CARGOS_SQL = ("'presidente', 'vicepresidente', 'secretario', 'coordinador', 'subcoordinador', 'titular', 'suplente', "
               "'observador', 'integrante'")
_SESION_DE_ELECCION = "(SELECT sesion_id FROM puntos_orden WHERE id = (SELECT punto_id FROM elecciones WHERE id = {fila}.eleccion_id))"


@MIGRACIONES(name="0007_elecciones")
def _elecciones(db: BaseDeDatos) -> None:
    """Elecciones entre candidaturas para un cargo en un punto del orden del día: el recuento por candidatura,
    quién podía votar (y el voto de cada uno si fue nominal), la candidatura electa y, tras confirmarla, el
    mandato que se registró. El registro se congela con el acta; la confirmación puede llegar después."""
    ejecutar(db, [
        f"""CREATE TABLE elecciones (
            id INTEGER PRIMARY KEY,
            punto_id INTEGER NOT NULL UNIQUE REFERENCES puntos_orden(id),
            organo_id INTEGER NOT NULL REFERENCES organos(id),
            cargo TEXT NOT NULL CHECK (cargo IN ({_CARGOS_SQL})),
            con_voto INTEGER NOT NULL DEFAULT 1 CHECK (con_voto IN (0, 1)),
            desde TEXT NOT NULL {_FECHA.format(c='desde')},
            hasta TEXT {_FECHA.format(c='hasta')},
            metodo TEXT CHECK (metodo IS NULL OR metodo IN ('alzada', 'nominal', 'secreta')),
            mayoria TEXT CHECK (mayoria IS NULL OR mayoria IN ('simple', 'absoluta', 'dos_tercios', 'tres_cuartos')),
            base TEXT CHECK (base IS NULL OR base IN ('emitidos', 'presentes', 'con_derecho')),
            blancos INTEGER CHECK (blancos IS NULL OR blancos >= 0),
            nulos INTEGER CHECK (nulos IS NULL OR nulos >= 0),
            abstenciones INTEGER CHECK (abstenciones IS NULL OR abstenciones >= 0),
            presentes INTEGER,
            con_derecho INTEGER,
            ganadora_id INTEGER REFERENCES candidaturas(id),
            texto_resultado TEXT,
            cerrada_en TEXT,
            mandato_id INTEGER UNIQUE REFERENCES mandatos(id),
            confirmada_en TEXT,
            CHECK (hasta IS NULL OR hasta >= desde)
        )""",
        """CREATE TABLE candidaturas (
            id INTEGER PRIMARY KEY,
            eleccion_id INTEGER NOT NULL REFERENCES elecciones(id),
            miembro_id INTEGER REFERENCES miembros(id),
            persona TEXT,
            votos INTEGER CHECK (votos IS NULL OR votos >= 0),
            CHECK (miembro_id IS NOT NULL OR persona IS NOT NULL)
        )""",
        "CREATE INDEX candidaturas_eleccion ON candidaturas(eleccion_id)",
        # Quién podía votar al cerrarse la elección y, si fue nominal, a quién votó (o en blanco, o se abstuvo).
        """CREATE TABLE votos_eleccion (
            eleccion_id INTEGER NOT NULL REFERENCES elecciones(id),
            miembro_id INTEGER NOT NULL REFERENCES miembros(id),
            peso INTEGER NOT NULL DEFAULT 1,
            candidatura_id INTEGER REFERENCES candidaturas(id),
            otro TEXT CHECK (otro IS NULL OR otro IN ('blanco', 'abstencion')),
            CHECK (candidatura_id IS NULL OR otro IS NULL),
            PRIMARY KEY (eleccion_id, miembro_id)
        )""",
        *_congelado("candidaturas", _SESION_DE_ELECCION),
        *_congelado("votos_eleccion", _SESION_DE_ELECCION),
        *[t for t in _congelado("elecciones", "(SELECT sesion_id FROM puntos_orden WHERE id = {fila}.punto_id)")
          if "BEFORE UPDATE" not in t],
        # Con el acta aprobada, de una elección solo se puede registrar su confirmación (el mandato y cuándo);
        # tampoco se puede mudar una elección a una sesión con el acta aprobada.
        """CREATE TRIGGER elecciones_congelado_update BEFORE UPDATE ON elecciones
           WHEN ((SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = NEW.punto_id))
                 IN ('aprobada', 'firmada') AND OLD.punto_id IS NOT NEW.punto_id)
             OR ((SELECT estado FROM actas WHERE sesion_id = (SELECT sesion_id FROM puntos_orden WHERE id = OLD.punto_id))
                IN ('aprobada', 'firmada')
            AND (OLD.id IS NOT NEW.id OR OLD.punto_id IS NOT NEW.punto_id OR OLD.organo_id IS NOT NEW.organo_id
                 OR OLD.cargo IS NOT NEW.cargo
                 OR OLD.con_voto IS NOT NEW.con_voto OR OLD.desde IS NOT NEW.desde OR OLD.hasta IS NOT NEW.hasta
                 OR OLD.metodo IS NOT NEW.metodo OR OLD.mayoria IS NOT NEW.mayoria OR OLD.base IS NOT NEW.base
                 OR OLD.blancos IS NOT NEW.blancos OR OLD.nulos IS NOT NEW.nulos
                 OR OLD.abstenciones IS NOT NEW.abstenciones OR OLD.presentes IS NOT NEW.presentes
                 OR OLD.con_derecho IS NOT NEW.con_derecho OR OLD.ganadora_id IS NOT NEW.ganadora_id
                 OR OLD.texto_resultado IS NOT NEW.texto_resultado OR OLD.cerrada_en IS NOT NEW.cerrada_en))
           BEGIN SELECT RAISE(ABORT, 'El acta de esta sesión está aprobada: su contenido no se modifica (agregue una fe de erratas).'); END""",
        # Una confirmación registrada (el mandato de la candidatura electa) no se cambia ni se deshace.
        """CREATE TRIGGER elecciones_confirmacion_fija BEFORE UPDATE ON elecciones
           WHEN OLD.mandato_id IS NOT NULL
            AND (NEW.mandato_id IS NOT OLD.mandato_id OR NEW.confirmada_en IS NOT OLD.confirmada_en)
           BEGIN SELECT RAISE(ABORT, 'La elección ya fue confirmada: su mandato no se cambia ni se deshace.'); END""",
    ])
    for tabla in TABLAS_CON_BITACORA_0007:
        ejecutar(db, disparadores_de_bitacora(db, tabla))


@MIGRACIONES(name="0008_acta_firmada_fija")
def _acta_firmada_fija(db: BaseDeDatos) -> None:
    """El PDF escaneado con las firmas, una vez adjuntado, no se reemplaza ni se quita (es parte del registro)."""
    ejecutar(db, [
        """CREATE TRIGGER actas_pdf_firmado_fijo BEFORE UPDATE OF firmada_pdf ON actas
           WHEN OLD.firmada_pdf IS NOT NULL AND NEW.firmada_pdf IS NOT OLD.firmada_pdf
           BEGIN SELECT RAISE(ABORT, 'El acta ya tiene su PDF firmado: no se reemplaza ni se quita.'); END""",
    ])


@MIGRACIONES(name="0009_identidad_y_firmantes")
def _identidad_y_firmantes(db: BaseDeDatos) -> None:
    """Cada base recibe una identidad al azar que no cambia (y viaja en cada respaldo, que es una copia):
    la recuperación y la lista de respaldos usan solo los de la misma base. Además, los firmantes de una
    declaración se congelan con el acta, como el resto del registro de la sesión."""
    ejecutar(db, [
        """CREATE TABLE identidad_base (
            unica INTEGER PRIMARY KEY CHECK (unica = 1),
            base_id TEXT NOT NULL CHECK (length(base_id) = 32),
            creada_en TEXT NOT NULL DEFAULT (datetime('now'))
        )""",
        "INSERT INTO identidad_base (unica, base_id) VALUES (1, lower(hex(randomblob(16))))",
        *[f"""CREATE TRIGGER identidad_base_fija_{accion.lower()} BEFORE {accion} ON identidad_base
              BEGIN SELECT RAISE(ABORT, 'La identidad de la base no se cambia ni se borra.'); END"""
          for accion in ("UPDATE", "DELETE")],
        *_congelado("firmantes_declaracion",
                    "(SELECT p.sesion_id FROM resoluciones r JOIN puntos_orden p ON p.id = r.punto_id "
                    "WHERE r.id = {fila}.resolucion_id)"),
    ])


@MIGRACIONES(name="0010_clave_de_miembro")
def _clave_de_miembro(db: BaseDeDatos) -> None:
    """Un miembro sin código se reconoce por su clave de emparejamiento (país, región y nombre sin mayúsculas
    ni acentos): dos miembros sin código de una asociación no pueden tener la misma. La columna `clave` la
    guarda y un índice UNIQUE parcial lo impide, aunque dos escrituras lleguen a la vez. (Con código, el
    código lo identifica y ya es único: dos homónimos de una misma región con códigos oficiales distintos
    son miembros distintos.) Una base que ya tiene duplicados no falla: el primero de cada grupo recibe la
    clave y los repetidos quedan sin ella, y «escritorio verificar» los informa para corregirlos. Cambiar solo
    la clave no escribe en la bitácora (sus triggers comparan las columnas que ya existían)."""
    from ..miembros import clave_de  # diferido: miembros no depende del esquema

    db.execute("ALTER TABLE miembros ADD COLUMN clave TEXT")
    vistas: set[tuple[int, str]] = set()
    claves = []
    for miembro_id, asociacion_id, pais, region, nombre, codigo in db.execute(
            "SELECT id, asociacion_id, pais, region, nombre, codigo FROM miembros ORDER BY id").fetchall():
        clave = clave_de(pais, region, nombre)
        if codigo is not None:
            claves.append((clave, miembro_id))
        elif (asociacion_id, clave) not in vistas:
            vistas.add((asociacion_id, clave))
            claves.append((clave, miembro_id))
    db.conn.executemany("UPDATE miembros SET clave = ? WHERE id = ?", claves)
    db.execute("CREATE UNIQUE INDEX miembros_clave ON miembros(asociacion_id, clave) "
               "WHERE clave IS NOT NULL AND codigo IS NULL")


# Un importe guardado (en unidades menores) nunca pasa de esto: el máximo que aceptan la ventana y la línea de
# órdenes (999.999.999.999,99 en unidades mayores, con hasta tres decimales) cabe con margen, y la suma de
# millones de importes así no desborda el INTEGER de SQLite.
_IMPORTE_MAXIMO_EN_BASE = 10**15


def _reglas_de_dinero(tabla: str, monedas: tuple[str, ...], importes: tuple[str, ...]) -> list[str]:
    """Triggers BEFORE INSERT y BEFORE UPDATE que rechazan en `tabla` una moneda que no es un código de tres letras
    mayúsculas (A-Z) o un importe fuera de lo posible (SQLite no agrega un CHECK a una tabla existente)."""
    controles = []
    if monedas:
        condicion = " OR ".join(f"NEW.{c} NOT GLOB '[A-Z][A-Z][A-Z]'" for c in monedas)
        controles.append(f"SELECT RAISE(ABORT, 'La moneda debe ser un código ISO 4217 de tres letras mayúsculas "
                         f"(por ejemplo USD, ARS o BRL): no se guardó nada.') WHERE {condicion};")
    if importes:
        condicion = " OR ".join(f"abs(NEW.{c}) > {_IMPORTE_MAXIMO_EN_BASE}" for c in importes)
        controles.append(f"SELECT RAISE(ABORT, 'Un importe está fuera de lo posible (el máximo es 999.999.999.999,99): "
                         f"no se guardó nada.') WHERE {condicion};")
    cuerpo = "\n             ".join(controles)
    columnas = ", ".join(monedas + importes)
    return [f"""CREATE TRIGGER {tabla}_dinero_{nombre} BEFORE {accion} ON {tabla}
           BEGIN
             {cuerpo}
           END""" for nombre, accion in (("alta", "INSERT"), ("cambio", f"UPDATE OF {columnas}"))]


@MIGRACIONES(name="0011_monedas_e_importes")
def _monedas_e_importes(db: BaseDeDatos) -> None:
    """La base también rechaza una moneda que no es un código de tres letras mayúsculas («dólares», «A B»,
    «usd») en escalas, cargos y pagos, y un importe fuera de lo posible en tramos, cargos, pagos e imputaciones.
    La lista de monedas ISO 4217 vigentes la aplica el dominio (dominio/entrada.moneda): cambia con el tiempo y
    no se fija en el esquema. Las filas ya guardadas no se tocan."""
    ejecutar(db, [
        *_reglas_de_dinero("escalas", ("moneda",), ()),
        *_reglas_de_dinero("tramos", (), ("importe",)),
        *_reglas_de_dinero("cargos", ("moneda",), ("importe_bruto", "importe")),
        *_reglas_de_dinero("pagos", ("moneda", "moneda_imputacion"), ("importe", "importe_imputable")),
        *_reglas_de_dinero("imputaciones", (), ("importe",)),
    ])


# Tipos de decisión con reglas propias (quórum y mayoría), como los enumeran los estatutos: la lista vive en
# dominio/mayorias.py y una prueba compara esta copia con aquella.
_TIPOS_DECISION_SQL = ("'ordinaria', 'reforma_estatuto', 'reforma_reglamento', 'admision', 'exclusion', "
                       "'cuotas_presupuesto', 'eleccion', 'disolucion'")
_CARGOS_0012_SQL = _CARGOS_SQL + (", 'secretario_ejecutivo', 'secretario_programacion', 'secretario_finanzas', "
                                  "'tesorero', 'director'")


_ampliar_lista = ampliar_lista  # (ahora en migraciones.py: la usan también las migraciones de otros módulos)


@MIGRACIONES(name="0012_reglas_del_dominio")
def _reglas_del_dominio(db: BaseDeDatos) -> None:
    """Reglas del dominio con su fecha y su artículo.

    - Reglas de sesión por tipo de decisión, con vigencia: quórum (propio o el ordinario), mayoría y base, cada una
      con su artículo; poderes con su artículo. La regla que rige una sesión es la última vigente en su fecha.
    - Cada votación guarda lo que la regla pedía y, si se votó con otra mayoría, el motivo (el acta lo imprime).
    - Categoría de cada país (pleno, asociado, observador, retirado) con fecha desde la que rige.
    - Reglas de composición con fecha (para saber si citan el texto anterior de un artículo reformado) y dos
      tipos nuevos: asientos de oficio (por el cargo en otro órgano) y presidencia por el cargo.
    - Cargos de una secretaría técnica (semilla 003): secretarías ejecutiva, de programación y de finanzas,
      tesorería y dirección.
    - Escalas: el artículo que dice cómo se cobra el primer año de quien ingresa.
    - Asociación: tolerancia de la morosidad (un saldo mínimo no suspende el voto) y artículo por el que una
      suspensión termina los mandatos (si el estatuto lo dice).
    """
    ejecutar(db, [
        f"""CREATE TABLE reglas_quorum_nueva (
            id INTEGER PRIMARY KEY,
            organo_id INTEGER NOT NULL REFERENCES organos(id),
            tipo_decision TEXT NOT NULL DEFAULT 'ordinaria' CHECK (tipo_decision IN ({_TIPOS_DECISION_SQL})),
            numerador INTEGER NOT NULL DEFAULT 1 CHECK (numerador > 0),
            denominador INTEGER NOT NULL DEFAULT 2 CHECK (denominador >= numerador),
            mas_uno INTEGER NOT NULL DEFAULT 1 CHECK (mas_uno IN (0, 1)),
            sobre TEXT NOT NULL DEFAULT 'con_derecho' CHECK (sobre IN ('con_derecho', 'integrantes')),
            segunda_convocatoria_minutos INTEGER CHECK (segunda_convocatoria_minutos IS NULL OR segunda_convocatoria_minutos > 0),
            poderes_maximos INTEGER CHECK (poderes_maximos IS NULL OR poderes_maximos >= 0),
            suspende_morosos INTEGER NOT NULL DEFAULT 1 CHECK (suspende_morosos IN (0, 1)),
            articulo TEXT,
            vigente_desde TEXT NOT NULL DEFAULT '1900-01-01' {_FECHA.format(c='vigente_desde')},
            quorum_propio INTEGER NOT NULL DEFAULT 1 CHECK (quorum_propio IN (0, 1)),
            mayoria TEXT CHECK (mayoria IS NULL OR mayoria IN ('simple', 'absoluta', 'dos_tercios', 'tres_cuartos')),
            base_mayoria TEXT CHECK (base_mayoria IS NULL OR base_mayoria IN ('emitidos', 'presentes', 'con_derecho')),
            articulo_mayoria TEXT,
            articulo_poderes TEXT,
            CHECK ((mayoria IS NULL) = (base_mayoria IS NULL)),
            CHECK (mayoria IS NOT 'simple' OR base_mayoria = 'emitidos'),
            UNIQUE (organo_id, tipo_decision, vigente_desde)
        )""",
        "INSERT INTO reglas_quorum_nueva (id, organo_id, tipo_decision, numerador, denominador, mas_uno, sobre, "
        "segunda_convocatoria_minutos, poderes_maximos, suspende_morosos, articulo) "
        "SELECT id, organo_id, tipo_decision, numerador, denominador, mas_uno, sobre, segunda_convocatoria_minutos, "
        "poderes_maximos, suspende_morosos, articulo FROM reglas_quorum",
        "DROP TABLE reglas_quorum",
        "ALTER TABLE reglas_quorum_nueva RENAME TO reglas_quorum",
        "ALTER TABLE votaciones ADD COLUMN regla_mayoria TEXT",
        "ALTER TABLE votaciones ADD COLUMN motivo_mayoria TEXT",
        f"""CREATE TABLE categorias_pais (
            id INTEGER PRIMARY KEY,
            asociacion_id INTEGER NOT NULL REFERENCES asociaciones(id),
            pais TEXT NOT NULL CHECK (length(pais) = 2 AND pais = upper(pais)),
            categoria TEXT NOT NULL CHECK (categoria IN ('pleno', 'asociado', 'observador', 'retirado')),
            desde TEXT NOT NULL {_FECHA.format(c='desde')},
            articulo TEXT,
            UNIQUE (asociacion_id, pais, desde)
        )""",
    ])
    # Sus triggers de bitácora antes de copiar: cada categoría copiada queda anotada como alta.
    ejecutar(db, disparadores_de_bitacora(db, "categorias_pais"))
    ejecutar(db, [
        "INSERT INTO categorias_pais (asociacion_id, pais, categoria, desde) "
        "SELECT p.asociacion_id, p.pais, p.categoria, coalesce(a.fecha_fundacion, '1900-01-01') "
        "FROM paises_asociacion p JOIN asociaciones a ON a.id = p.asociacion_id",
        f"ALTER TABLE reglas_composicion ADD COLUMN desde TEXT NOT NULL DEFAULT '1900-01-01' "
        f"{_FECHA.format(c='desde')}",
        "ALTER TABLE escalas ADD COLUMN articulo_ingreso TEXT",
        "ALTER TABLE asociaciones ADD COLUMN tolerancia_porcentaje INTEGER NOT NULL DEFAULT 0 "
        "CHECK (tolerancia_porcentaje BETWEEN 0 AND 100)",
        "ALTER TABLE asociaciones ADD COLUMN tolerancia_unidades INTEGER NOT NULL DEFAULT 0 "
        "CHECK (tolerancia_unidades BETWEEN 0 AND 1000000)",
        "ALTER TABLE asociaciones ADD COLUMN articulo_tolerancia TEXT",
        "ALTER TABLE asociaciones ADD COLUMN articulo_suspension_mandatos TEXT",
    ])
    _ampliar_lista(db, "reglas_composicion", "tipo", "'tamano_fijo', 'por_categoria', 'troika', 'todos_los_activos', "
                   "'designacion', 'de_oficio', 'presidencia'")
    _ampliar_lista(db, "mandatos", "cargo", _CARGOS_0012_SQL)
    _ampliar_lista(db, "elecciones", "cargo", _CARGOS_0012_SQL)
    for tabla in ("reglas_quorum", "votaciones", "reglas_composicion", "escalas", "asociaciones"):
        rehacer_bitacora(db, tabla)


TABLAS_CON_BITACORA_0012 = ("categorias_pais",)

# Las migraciones siguientes viven en su propio módulo: se registran aquí, al final, después de las de arriba.
for _nombre, _migracion in MIGRACIONES_DE_DOCUMENTOS:
    MIGRACIONES(name=_nombre)(_migracion)

# Y las de después de los documentos, cada una en su módulo, en orden.
from ..incidentes import crear_tabla as _incidentes  # noqa: E402
from .papeles import MIGRACION_DE_PAPELES  # noqa: E402

MIGRACIONES(name="0016_incidentes")(_incidentes)
MIGRACIONES(name=MIGRACION_DE_PAPELES[0])(MIGRACION_DE_PAPELES[1])

# Las bases de votación de la migración 0018: una copia de dominio.mayorias.BASES, en su orden
# (tests/datos/test_migracion_reglas_del_dominio.py comprueba que sean la misma lista).
_BASES_0018_SQL = "'emitidos', 'presentes', 'con_derecho', 'sna', 'validos', 'todos'"


def _bases_de_votacion(db: BaseDeDatos) -> None:
    """Bases de votación como elección del estatuto (qué votos cuentan), y la regla citada en las elecciones.

    - Las listas CHECK de `reglas_quorum.base_mayoria`, `votaciones.base` y `elecciones.base` se amplían con «sna» (a
      favor + en contra + abstenciones, en una moción), «validos» (solo los votos a candidaturas) y «todos» (también
      en blanco y nulos) en una elección. Ampliar una lista no exige reconstruir la tabla (`_ampliar_lista`): sus
      triggers de bitácora y de acta aprobada quedan como estaban.
    - `elecciones` gana `regla_mayoria` (la regla de elecciones que pedía el órgano, como la cita el acta) y
      `motivo_mayoria` (si se votó con una más exigente): se rehacen su bitácora y su trigger de acta aprobada, que
      también las protege.
    """
    for tabla, columna in (("reglas_quorum", "base_mayoria"), ("votaciones", "base"), ("elecciones", "base")):
        _ampliar_lista(db, tabla, columna, _BASES_0018_SQL)
    ejecutar(db, ["ALTER TABLE elecciones ADD COLUMN regla_mayoria TEXT",
                  "ALTER TABLE elecciones ADD COLUMN motivo_mayoria TEXT"])
    rehacer_bitacora(db, "elecciones")
    congelado = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND name = 'elecciones_congelado_update'").fetchone()[0]
    viejo = "OR OLD.cerrada_en IS NOT NEW.cerrada_en))"
    if viejo not in congelado:
        raise RuntimeError("El trigger elecciones_congelado_update no es el esperado: no se modificó el esquema.")
    ejecutar(db, ["DROP TRIGGER elecciones_congelado_update",
                  congelado.replace(viejo, "OR OLD.cerrada_en IS NOT NEW.cerrada_en\n"
                                    "                 OR OLD.regla_mayoria IS NOT NEW.regla_mayoria "
                                    "OR OLD.motivo_mayoria IS NOT NEW.motivo_mayoria))")])


MIGRACIONES(name="0018_bases_de_votacion")(_bases_de_votacion)

from .plurinominal import MIGRACION_PLURINOMINAL  # noqa: E402
from .efectos import MIGRACION_DE_EFECTOS  # noqa: E402
from .mandatos import MIGRACION_DE_MANDATOS  # noqa: E402
from .aprobacion_de_actas import MIGRACION_APROBACION_DE_ACTAS  # noqa: E402
from .deshacer import MIGRACION_DE_DESHACER  # noqa: E402
from .tipos_de_documento import MIGRACION_TIPOS_DE_DOCUMENTO  # noqa: E402
from .direccion_publica import MIGRACION_DIRECCION_PUBLICA  # noqa: E402
from .ubicaciones import MIGRACION_UBICACIONES  # noqa: E402
from .correo import MIGRACION_CORREO  # noqa: E402
from .convenios import MIGRACION_CONVENIOS  # noqa: E402
from .extractos import MIGRACION_EXTRACTOS  # noqa: E402
from .memoria import MIGRACION_MEMORIA  # noqa: E402
from .estadisticas import MIGRACION_ESTADISTICAS  # noqa: E402
from .correo_atado import MIGRACION_CORREO_ATADO  # noqa: E402
from .sello_de_tiempo import MIGRACION_SELLO_DE_TIEMPO  # noqa: E402
from .bitacora_por_fila import MIGRACION_BITACORA_POR_FILA  # noqa: E402
from .reglas_del_estatuto import MIGRACION_REGLAS_DEL_ESTATUTO  # noqa: E402
from .boletas import MIGRACION_BOLETAS  # noqa: E402
from .admision import MIGRACION_ADMISION  # noqa: E402
from .puntos_miembros import MIGRACION_PUNTOS_MIEMBROS  # noqa: E402
from .forma_del_cargo import MIGRACION_FORMA_DEL_CARGO  # noqa: E402
from .planes import MIGRACION_PLANES  # noqa: E402
from .saldos_a_favor import MIGRACION_SALDOS_A_FAVOR  # noqa: E402
from .sala import (MIGRACION_APOYOS_Y_RECOMENDACION, MIGRACION_BLOQUES_DE_MOCION,  # noqa: E402
                   MIGRACION_CATEGORIAS_DE_MOCION, MIGRACION_ENMIENDAS_A_ENMIENDAS, MIGRACION_FLUJO_DE_LAS_MOCIONES,
                   MIGRACION_ORADORES_DE_OPENSLIDES, MIGRACION_RECOMENDACIONES_CONGELADAS,
                   MIGRACION_RECOMENDACIONES_DE_CAMBIO, MIGRACION_SALA, MIGRACION_VOTO_ELECTRONICO)
from .motivo_de_admision import MIGRACION_MOTIVO_DE_ADMISION  # noqa: E402
from .valores_personales import MIGRACION_VALORES_PERSONALES  # noqa: E402
from .datos_personales import (MIGRACION_CONSENTIMIENTOS, MIGRACION_DATOS_PERSONALES,  # noqa: E402
                               MIGRACION_DERECHOS_DE_LA_LGPD)
from .otras_redes import MIGRACION_OTRAS_REDES  # noqa: E402
from .observadores import MIGRACION_OBSERVADORES  # noqa: E402
from .limite_de_mandatos import MIGRACION_LIMITE_DE_MANDATOS  # noqa: E402
from .agrupaciones import MIGRACION_AGRUPACIONES  # noqa: E402
from .indicadores import (MIGRACION_INDICADORES, MIGRACION_MIEMBROS_DE_SU_ASOCIACION,  # noqa: E402
                          MIGRACION_NOMBRES_EN_MINUSCULAS)

# Desde la 0019, cada migración vive en su módulo (esquema_<tema>.py) y se registra aquí, en orden: una nueva se
# agrega al final de esta lista.
MIGRACIONES_EN_SU_MODULO = [
    MIGRACION_PLURINOMINAL,
    MIGRACION_DE_EFECTOS,
    MIGRACION_DE_MANDATOS,
    MIGRACION_APROBACION_DE_ACTAS,
    MIGRACION_DE_DESHACER,
    MIGRACION_TIPOS_DE_DOCUMENTO,
    MIGRACION_DIRECCION_PUBLICA,
    MIGRACION_UBICACIONES,
    MIGRACION_CORREO,
    MIGRACION_CONVENIOS,
    MIGRACION_EXTRACTOS,
    MIGRACION_MEMORIA,
    MIGRACION_ESTADISTICAS,
    MIGRACION_CORREO_ATADO,
    MIGRACION_SELLO_DE_TIEMPO,
    MIGRACION_BITACORA_POR_FILA,
    MIGRACION_REGLAS_DEL_ESTATUTO,
    MIGRACION_BOLETAS,
    MIGRACION_ADMISION,
    MIGRACION_PUNTOS_MIEMBROS,
    MIGRACION_FORMA_DEL_CARGO,
    MIGRACION_PLANES,
    MIGRACION_SALDOS_A_FAVOR,
    MIGRACION_SALA,
    MIGRACION_MOTIVO_DE_ADMISION,
    MIGRACION_VALORES_PERSONALES,
    MIGRACION_DATOS_PERSONALES,
    MIGRACION_OTRAS_REDES,
    MIGRACION_OBSERVADORES,
    MIGRACION_LIMITE_DE_MANDATOS,
    MIGRACION_AGRUPACIONES,
    MIGRACION_INDICADORES,
    MIGRACION_MIEMBROS_DE_SU_ASOCIACION,
    MIGRACION_NOMBRES_EN_MINUSCULAS,
    MIGRACION_DERECHOS_DE_LA_LGPD,
    MIGRACION_CONSENTIMIENTOS,
    MIGRACION_APOYOS_Y_RECOMENDACION,
    MIGRACION_ORADORES_DE_OPENSLIDES,
    MIGRACION_CATEGORIAS_DE_MOCION,
    MIGRACION_FLUJO_DE_LAS_MOCIONES,
    MIGRACION_ENMIENDAS_A_ENMIENDAS,
    MIGRACION_BLOQUES_DE_MOCION,
    MIGRACION_RECOMENDACIONES_DE_CAMBIO,
    MIGRACION_RECOMENDACIONES_CONGELADAS,
    MIGRACION_VOTO_ELECTRONICO,
]
for _nombre, _migracion in MIGRACIONES_EN_SU_MODULO:
    MIGRACIONES(name=_nombre)(_migracion)
