"""Los papeles de quienes trabajan en una base del servidor, hechos cumplir por PostgreSQL (no solo por la ventana).

- secretaría: todo (leer y escribir en todas las tablas de datos);
- tesorería: leer todo, y escribir solo en cuotas y pagos (escalas, cargos, exenciones, pagos, recibos, avisos) y
  registrar los documentos que emite (recibos, estados de cuenta);
- consulta: solo leer.
Nadie escribe en la bitácora ni en sus sellos: lo hace el servidor, con los triggers de `esquema/__init__.py`. Las funciones
del esquema con los permisos de su dueño (SECURITY DEFINER) no las ejecuta cualquiera (PostgreSQL da EXECUTE a todos
al crearlas): anotar en la bitácora, solo sus triggers; el cerrojo de los que escriben, solo secretaría y tesorería.

Cada papel es un grupo de PostgreSQL (`escritorio_secretaria`…); cada persona entra con su propio login, miembro
de uno de ellos (`crear_login`). Los grupos son del servidor entero (PostgreSQL no tiene grupos por base): si un
servidor guarda dos bases de Escritorio, un papel vale en las dos.
"""

from psycopg import sql

from . import sin_sombras

PAPELES = {"secretaria": "escritorio_secretaria", "tesoreria": "escritorio_tesoreria",
           "consulta": "escritorio_consulta"}
# Tesorería también pone en la bandeja de salida (y despacha) los recibos y los avisos de cobro que emite; la cuenta de
# correo (cuentas_correo) la configura secretaría.
TABLAS_DE_TESORERIA = ("escalas", "tramos", "cargos", "exenciones", "pagos", "imputaciones", "recibos",
                       "lotes_avisos", "avisos", "lineas_de_extracto",
                       "mensajes", "destinatarios_mensaje", "adjuntos_mensaje", "archivos_correo")
SOLO_DEL_SERVIDOR = ("bitacora", "bitacora_sellos", "bitacora_valores", "escritorio_migraciones",
                     "escritorio_cerrojo", "escritorio_devoluciones")
# Lo que queda como constancia (issue 58): el correo que salió (la prueba de una notificación estatutaria) y las líneas
# de extracto importadas (lo que impide importar dos veces el mismo extracto). Se agregan; de una fila, solo se cambian
# las columnas que el programa cambia (datos/correo.py: el estado del envío; datos/extractos.py: nada), y nada se
# borra. Las reglas de los cambios que quedan, en constancias.py.
# `ancla`: la huella de la bitácora que el envío anota en el mensaje justo antes de mandarlo (issue 69); sin ella en la
# lista, nadie podía enviar el correo en el servidor (issue 77, §1).
SOLO_AGREGAR = {"mensajes": ("estado", "ultimo_error", "intentos", "enviado_en", "ancla"),
                "destinatarios_mensaje": ("estado", "motivo", "cuando"),
                "adjuntos_mensaje": (), "archivos_correo": (), "lineas_de_extracto": ()}
# Funciones con los permisos del dueño que solo ejecutan los papeles que escriben (las demás que no son de todos, como
# escritorio_anotar, las ejecutan solo el dueño y sus triggers).
DE_LOS_QUE_ESCRIBEN = ("escritorio_cerrojo_de_escritura()", "escritorio_estadisticas()")
SOLO_DEL_DUENO = ("escritorio_anotar(text, bigint, text, text)",
                  "escritorio_anotar_con_valores(text, bigint, text, text, bigint[], text[])", "escritorio_devolviendo()")
_DESCRIPCIONES = {"secretaria": "secretaría (todo)", "tesoreria": "tesorería (cuotas y pagos)",
                  "consulta": "consulta (solo leer)"}


def descripcion_del_papel(papel: str | None) -> str:
    """El papel como se le dice a la persona, en el idioma en curso: «tesorería (cuotas y pagos)»."""
    from ...dominio.traduccion import traducir

    return traducir(_DESCRIPCIONES.get(papel, "sin papel"))


def sentencias(tablas: list[str], funciones: dict[str, tuple[str, ...]] | None = None,
               por_sus_funciones: tuple[str, ...] = ()) -> list[sql.Composable]:
    """Crea los tres grupos (si faltan) y les da sus permisos sobre las tablas `tablas` de esta base. `funciones`:
    las funciones con los permisos del dueño que ejecutan algunos papeles ({«nombre(tipos)»: (papel…)}, de
    emitidos.py y viaje.py); `por_sus_funciones`: las tablas que se escriben solo con ellas (ningún papel las
    escribe a mano)."""
    ddl: list[sql.Composable] = []
    for grupo in PAPELES.values():
        ddl.append(sql.SQL("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {0}) THEN "
                           "CREATE ROLE {1} NOLOGIN; END IF; END $$").format(sql.Literal(grupo), sql.Identifier(grupo)))
    todos = sql.SQL(", ").join(sql.Identifier(g) for g in PAPELES.values())
    ddl.append(sql.SQL("GRANT USAGE ON SCHEMA public TO {0}").format(todos))
    ddl.append(sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA public TO {0}").format(todos))
    # Los documentos emitidos, las firmas y los viajes de las sesiones se escriben solo con sus funciones: nadie los
    # agrega, cambia ni borra con SQL a mano.
    escribir = {"escritorio_secretaria": [t for t in tablas if t not in (*SOLO_DEL_SERVIDOR, *por_sus_funciones)],
                "escritorio_tesoreria": [t for t in TABLAS_DE_TESORERIA if t in tablas]}
    for grupo, suyas in escribir.items():
        libres = [t for t in suyas if t not in SOLO_AGREGAR]
        ddl.append(sql.SQL("GRANT INSERT, UPDATE, DELETE ON {0} TO {1}").format(
            sql.SQL(", ").join(sql.Identifier(t) for t in libres), sql.Identifier(grupo)))
        for tabla in (t for t in suyas if t in SOLO_AGREGAR):
            # Un servidor de antes tenía UPDATE y DELETE sobre toda la tabla: se quitan (y con ellos los de columnas).
            ddl.append(sql.SQL("REVOKE UPDATE, DELETE ON {0} FROM {1}").format(
                sql.Identifier(tabla), sql.Identifier(grupo)))
            ddl.append(sql.SQL("GRANT INSERT ON {0} TO {1}").format(sql.Identifier(tabla), sql.Identifier(grupo)))
            if SOLO_AGREGAR[tabla]:
                ddl.append(sql.SQL("GRANT UPDATE ({0}) ON {1} TO {2}").format(
                    sql.SQL(", ").join(sql.Identifier(c) for c in SOLO_AGREGAR[tabla]), sql.Identifier(tabla),
                    sql.Identifier(grupo)))
        # Las secuencias solo se usan (nextval, al insertar): ningún papel las mueve (setval). Lo que sigue la
        # numeración después de una importación lo hace su función (numeracion.py); un servidor de antes daba UPDATE a
        # secretaría, y con eso podía mover la del sello de la bitácora (issue 77, §5).
        ddl.append(sql.SQL("REVOKE UPDATE ON ALL SEQUENCES IN SCHEMA public FROM {0}").format(sql.Identifier(grupo)))
        ddl.append(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {0}").format(sql.Identifier(grupo)))
    # Las secuencias de lo que escribe solo el servidor (la bitácora, sus sellos y sus valores) no las usa nadie más:
    # un nextval a mano dejaría un salto en la numeración de los sellos.
    ddl.append(sql.SQL(
        "DO $$ DECLARE s text; BEGIN FOR s IN SELECT pg_get_serial_sequence('public.' || c.table_name, c.column_name) "
        "FROM information_schema.columns c WHERE c.table_schema = 'public' AND c.table_name = ANY({0}) "
        "AND (c.is_identity = 'YES' OR c.column_default LIKE 'nextval(%') LOOP "
        "EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM PUBLIC, %s', s, {1}); END LOOP; END $$").format(
        sql.Literal(list(SOLO_DEL_SERVIDOR)), sql.Literal(", ".join(f'"{g}"' for g in PAPELES.values()))))
    # El cerrojo no se lee ni se bloquea desde afuera: solo por su función (LOCK TABLE pide permisos sobre la tabla).
    ddl.append(sql.SQL("REVOKE ALL ON escritorio_cerrojo, escritorio_devoluciones FROM PUBLIC, {0}").format(todos))
    # Sin tablas temporales ni objetos nuevos en public (sin_sombras.py).
    ddl += [sql.SQL(s) for s in sin_sombras.sentencias_de_la_base(list(PAPELES.values()))]
    de_quien = {**{f: ("secretaria", "tesoreria") for f in DE_LOS_QUE_ESCRIBEN}, **(funciones or {})}
    for funcion in (*de_quien, *SOLO_DEL_DUENO):
        ddl.append(sql.SQL("REVOKE EXECUTE ON FUNCTION {0} FROM PUBLIC").format(sql.SQL(funcion)))
    for funcion, papeles in de_quien.items():
        ddl.append(sql.SQL("GRANT EXECUTE ON FUNCTION {0} TO {1}").format(
            sql.SQL(funcion), sql.SQL(", ").join(sql.Identifier(PAPELES[p]) for p in papeles)))
    return ddl


def crear_login(conexion, nombre: str, clave: str, papel: str) -> None:
    """Un login nuevo del servidor para una persona, con su clave y su papel. Lo hace quien administra el servidor
    (un login con permiso para crear otros)."""
    if papel not in PAPELES:
        raise ValueError(papel)
    conexion.execute(sql.SQL("CREATE ROLE {0} LOGIN PASSWORD {1} IN ROLE {2}").format(
        sql.Identifier(nombre), sql.Literal(clave), sql.Identifier(PAPELES[papel])))


def papel_de(conexion) -> str | None:
    """El papel del login conectado: secretaria, tesoreria o consulta; None si no tiene ninguno. Un administrador
    (superusuario o dueño de las tablas) cuenta como secretaría."""
    fila = conexion.execute(
        "SELECT rolsuper, pg_has_role(current_user, (SELECT tableowner FROM pg_tables WHERE tablename = "
        "'bitacora' AND schemaname = 'public'), 'MEMBER') FROM pg_roles WHERE rolname = current_user").fetchone()
    if fila and (fila[0] or fila[1]):
        return "secretaria"
    for papel, grupo in PAPELES.items():
        if conexion.execute("SELECT pg_has_role(current_user, %s, 'MEMBER')", [grupo]).fetchone()[0]:
            return papel
    return None
