"""Las migraciones 0007 a 0012: elecciones entre candidaturas, el acta firmada fija, identidad y firmantes, la
clave de cada miembro, monedas e importes posibles, y las reglas del dominio con su fecha y su artículo.

Como todas las migraciones publicadas, no se modifican: un cambio va en una migración nueva (esquema/__init__.py).
"""

from ..base_de_datos import BaseDeDatos
from ..migraciones import FECHA_VALIDA as _FECHA, ampliar_lista, disparadores_de_bitacora, ejecutar, rehacer_bitacora
from .organos_y_sesiones import congelado


# Tablas agregadas después de la 0006: también con bitácora (sus triggers se crean en su migración).
TABLAS_CON_BITACORA_0007 = ("elecciones", "candidaturas", "votos_eleccion")
_CARGOS_SQL = ("'presidente', 'vicepresidente', 'secretario', 'coordinador', 'subcoordinador', 'titular', 'suplente', "
               "'observador', 'integrante'")
_SESION_DE_ELECCION = "(SELECT sesion_id FROM puntos_orden WHERE id = (SELECT punto_id FROM elecciones WHERE id = {fila}.eleccion_id))"


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
        *congelado("candidaturas", _SESION_DE_ELECCION),
        *congelado("votos_eleccion", _SESION_DE_ELECCION),
        *[t for t in congelado("elecciones", "(SELECT sesion_id FROM puntos_orden WHERE id = {fila}.punto_id)")
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


def _acta_firmada_fija(db: BaseDeDatos) -> None:
    """El PDF escaneado con las firmas, una vez adjuntado, no se reemplaza ni se quita (es parte del registro)."""
    ejecutar(db, [
        """CREATE TRIGGER actas_pdf_firmado_fijo BEFORE UPDATE OF firmada_pdf ON actas
           WHEN OLD.firmada_pdf IS NOT NULL AND NEW.firmada_pdf IS NOT OLD.firmada_pdf
           BEGIN SELECT RAISE(ABORT, 'El acta ya tiene su PDF firmado: no se reemplaza ni se quita.'); END""",
    ])


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
        *congelado("firmantes_declaracion",
                    "(SELECT p.sesion_id FROM resoluciones r JOIN puntos_orden p ON p.id = r.punto_id "
                    "WHERE r.id = {fila}.resolucion_id)"),
    ])


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
    ampliar_lista(db, "reglas_composicion", "tipo", "'tamano_fijo', 'por_categoria', 'troika', 'todos_los_activos', "
                   "'designacion', 'de_oficio', 'presidencia'")
    ampliar_lista(db, "mandatos", "cargo", _CARGOS_0012_SQL)
    ampliar_lista(db, "elecciones", "cargo", _CARGOS_0012_SQL)
    for tabla in ("reglas_quorum", "votaciones", "reglas_composicion", "escalas", "asociaciones"):
        rehacer_bitacora(db, tabla)


TABLAS_CON_BITACORA_0012 = ("categorias_pais",)

MIGRACIONES_DE_ELECCIONES_Y_REGLAS = [
    ("0007_elecciones", _elecciones),
    ("0008_acta_firmada_fija", _acta_firmada_fija),
    ("0009_identidad_y_firmantes", _identidad_y_firmantes),
    ("0010_clave_de_miembro", _clave_de_miembro),
    ("0011_monedas_e_importes", _monedas_e_importes),
    ("0012_reglas_del_dominio", _reglas_del_dominio),
]
