"""Tablas temporales que hacen sombra a las de verdad, y ajustes de sesión que un cliente escribe (issue 58, punto 3).

Quien entra con psql y su login del servidor intenta engañar a las funciones y a las reglas de Escritorio: una tabla
temporal con el nombre de una tabla que una función o una regla lee (`pg_temp` iba primero en la ruta de búsqueda),
`SET LOCAL escritorio.devolviendo` (la devolución de una sesión de viaje) o `escritorio.usuario` (el nombre del sello),
y reescribir la historia del correo enviado o de los extractos importados. Todo corre contra un PostgreSQL de verdad
con la red de ejemplo subida, con los logins de cada papel.
"""

import re

import psycopg
import pytest

from escritorio.datos.postgres import esquema, papeles

PAPELES = ("secretaria", "tesoreria", "consulta")
_RUTA_FIJA = "search_path=pg_catalog, public, pg_temp"


@pytest.fixture
def base(demo_en_el_servidor, login_pg, servidor_pg):
    """La demo en el servidor, reforzada como lo hace quien administra un servidor existente (la copia de una base
    con CREATE DATABASE … TEMPLATE no hereda los permisos sobre la base), y un login por papel."""
    from escritorio.servicios.servidor import reforzar_base

    reforzar_base(demo_en_el_servidor)
    logins = {papel: login_pg(demo_en_el_servidor, f"sombra_{papel}", papel) for papel in PAPELES}
    # Y un login del servidor sin ningún papel (cualquier otra cuenta: PostgreSQL le deja conectarse a la base).
    with psycopg.connect(servidor_pg.url(), autocommit=True) as administrador:
        administrador.execute("DROP ROLE IF EXISTS sombra_sin_papel")
        administrador.execute("CREATE ROLE sombra_sin_papel LOGIN PASSWORD 'clave-sin-papel'")
    logins["sin_papel"] = servidor_pg.url(demo_en_el_servidor.rsplit("/", 1)[1], usuario="sombra_sin_papel",
                                          clave="clave-sin-papel")
    return demo_en_el_servidor, logins


def _uno(url: str, consulta: str, parametros=None):
    with psycopg.connect(url) as c:
        return c.execute(consulta, parametros).fetchone()


def _intentar(url: str, *sentencias: str) -> str:
    """Corre las sentencias en una transacción que se confirma: «ok», «permiso» (permission denied) o «regla»
    (una regla de Escritorio lo rechazó)."""
    with psycopg.connect(url) as c:
        try:
            with c.transaction():
                for sentencia in sentencias:
                    c.execute(sentencia)
        except psycopg.errors.InsufficientPrivilege:
            return "permiso"
        except psycopg.errors.RaiseException:
            return "regla"
    return "ok"


# --- Los tres ataques del issue, tal como se vieron ---------------------------------------------------------------

def _cargo_con_pagos(url: str) -> int:
    return _uno(url, "SELECT min(cargo_id) FROM imputaciones")[0]


def _votacion_de_sesion_aprobada(url: str) -> int:
    return _uno(url, "SELECT min(v.id) FROM votaciones v JOIN puntos_orden p ON p.id = v.punto_id "
                     "JOIN actas a ON a.sesion_id = p.sesion_id WHERE a.estado IN ('aprobada', 'firmada')")[0]


def _ataque_cargo(url: str, cargo: int, *, con_temporal: bool = True) -> str:
    return _intentar(url, *(["CREATE TEMP TABLE imputaciones (pago_id bigint, cargo_id bigint)"] if con_temporal
                            else []),
                     "SELECT escritorio_cerrojo_de_escritura()", f"UPDATE cargos SET importe = 1 WHERE id = {cargo}")


def _ataque_votacion(url: str, votacion: int, *, con_temporal: bool = True) -> str:
    return _intentar(url, *(["CREATE TEMP TABLE actas (sesion_id bigint, estado text)"] if con_temporal else []),
                     f"UPDATE votaciones SET a_favor = 0, en_contra = 99 WHERE id = {votacion}")


def _ataque_acta_falsa(url: str, *, con_temporal: bool = True) -> str:
    return _intentar(url, *(["CREATE TEMP TABLE bitacora (id bigint, entidad text, entidad_id bigint, accion text, "
                             "datos text)"] if con_temporal else []),
                     "SET LOCAL escritorio.devolviendo = 'x'",
                     "SELECT escritorio_registrar_documento(1, 'FAKE-ACTA-0001', 'acta', 1, repeat('f', 64), '{}', "
                     "'2020-01-02 03:04:05')")


def test_los_tres_ataques_del_issue_no_pasan(base):
    url, logins = base
    cargo, votacion = _cargo_con_pagos(url), _votacion_de_sesion_aprobada(url)
    importe = _uno(url, "SELECT importe FROM cargos WHERE id = %s", [cargo])[0]
    votos = _uno(url, "SELECT a_favor, en_contra FROM votaciones WHERE id = %s", [votacion])

    assert _ataque_cargo(logins["tesoreria"], cargo) == "permiso"          # CREATE TEMP: sin permiso
    assert _ataque_votacion(logins["secretaria"], votacion) == "permiso"
    assert _ataque_acta_falsa(logins["tesoreria"]) == "permiso"
    # Sin la tabla temporal, las reglas de siempre.
    assert _ataque_cargo(logins["tesoreria"], cargo, con_temporal=False) == "regla"
    assert _ataque_votacion(logins["secretaria"], votacion, con_temporal=False) == "regla"
    assert _ataque_acta_falsa(logins["tesoreria"], con_temporal=False) == "permiso"

    assert _uno(url, "SELECT importe FROM cargos WHERE id = %s", [cargo])[0] == importe
    assert _uno(url, "SELECT a_favor, en_contra FROM votaciones WHERE id = %s", [votacion]) == votos
    assert _uno(url, "SELECT count(*) FROM documentos_emitidos WHERE codigo = 'FAKE-ACTA-0001'")[0] == 0


def test_con_permiso_de_temporales_las_funciones_no_las_leen(base, servidor_pg):
    """Si alguien devolviera TEMP a un papel (un administrador, por error), las funciones y las reglas siguen leyendo
    solo las tablas de verdad: su ruta de búsqueda es fija y nombran cada tabla con su esquema."""
    url, logins = base
    nombre_base = url.rsplit("/", 1)[1]
    with psycopg.connect(servidor_pg.url(), autocommit=True) as administrador:
        for papel in ("secretaria", "tesoreria"):
            administrador.execute(f'GRANT TEMP ON DATABASE "{nombre_base}" TO sombra_{papel}')
    cargo, votacion = _cargo_con_pagos(url), _votacion_de_sesion_aprobada(url)
    assert _ataque_cargo(logins["tesoreria"], cargo) == "regla"
    assert _ataque_votacion(logins["secretaria"], votacion) == "regla"
    assert _ataque_acta_falsa(logins["tesoreria"]) == "permiso"  # solo secretaría registra actas
    # Secretaría sí registra actas, pero la hora la pone el servidor: un SET LOCAL no abre la devolución.
    antes = _uno(url, "SELECT max(id) FROM bitacora")[0]
    assert _ataque_acta_falsa(logins["secretaria"]) == "ok"
    emitido, = _uno(url, "SELECT emitido_en FROM documentos_emitidos WHERE codigo = 'FAKE-ACTA-0001'")
    assert emitido != "2020-01-02 03:04:05"
    anotado = _uno(url, "SELECT count(*) FROM bitacora WHERE id > %s AND entidad = 'documentos_emitidos'", [antes])[0]
    assert anotado == 1  # quedó en la bitácora de verdad, no en la temporal


# --- Sombras de cada tabla que lee una función o una regla ----------------------------------------------------------

def _funciones(url: str) -> list[tuple[str, str, list[str] | None]]:
    """(firma, código, ajustes) de cada función del esquema public."""
    with psycopg.connect(url) as c:
        return c.execute("SELECT p.oid::regprocedure::text, p.prosrc, p.proconfig FROM pg_proc p JOIN pg_namespace n "
                         "ON n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY 1").fetchall()


def _tablas_de_public(url: str) -> set[str]:
    with psycopg.connect(url) as c:
        return {f[0] for f in c.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}


def tablas_que_leen_las_funciones(url: str) -> list[str]:
    tablas = _tablas_de_public(url)
    return sorted({t for _, codigo, _ in _funciones(url) for t in re.findall(r"\bpublic\.(\w+)", codigo)} & tablas)


def test_cada_funcion_tiene_su_ruta_fija_y_nombra_sus_tablas_con_esquema(base):
    url, _ = base
    funciones, tablas = _funciones(url), _tablas_de_public(url)
    assert len(funciones) > 60, funciones  # las reglas, la bitácora, los documentos, los viajes, el correo
    sin_ruta = [firma for firma, _, ajustes in funciones if _RUTA_FIJA not in (ajustes or [])]
    assert not sin_ruta, f"Funciones sin ruta de búsqueda fija: {sin_ruta}"
    # Cualquier nombre de una tabla en el código (fuera de los textos entre comillas: los mensajes), que no venga
    # después de «public.» (ni sea una columna: «x.tabla») ni sea una llamada: también «FROM a, b».
    nombres = "|".join(sorted(tablas, key=len, reverse=True))
    desnudo = re.compile(rf"(?<![\w.])({nombres})\b(?!\s*[.(])")
    sin_esquema = {firma: desnudo.findall(re.sub(r"'(?:[^']|'')*'", "''", codigo)) for firma, codigo, _ in funciones}
    assert not {f: t for f, t in sin_esquema.items() if t}, "Tablas sin esquema en funciones"
    with psycopg.connect(url) as c:
        from escritorio.datos.postgres import sin_sombras

        assert sin_sombras.funciones_sin_ruta_fija(_Envoltura(c)) == []


class _Envoltura:
    """Una conexión de psycopg con los parámetros como los escribe datos/ (`?`)."""
    def __init__(self, conexion):
        self._c = conexion

    def execute(self, consulta: str, parametros=None):
        return self._c.execute(consulta.replace("?", "%s"), parametros)


def test_ningun_papel_hace_sombra_a_una_tabla_que_lee_una_funcion(base, capsys):
    """Cada papel intenta crear, con el nombre de cada tabla que una función o una regla lee, una tabla temporal:
    el servidor no se lo permite a ninguno. Y ningún papel tiene TEMP sobre la base por otro camino."""
    url, logins = base
    tablas = tablas_que_leen_las_funciones(url)
    assert {"imputaciones", "actas", "bitacora", "votaciones", "sesiones_de_viaje"} <= set(tablas), tablas
    quienes = (*PAPELES, "sin_papel")
    intentos = {(papel, tabla): _intentar(logins[papel], f"CREATE TEMP TABLE {tabla} (x bigint)")
                for papel in quienes for tabla in tablas}
    with psycopg.connect(url) as c:
        con_temp = [p for p in quienes if c.execute("SELECT has_database_privilege(%s, current_database(), "
                                                    "'TEMPORARY')", [f"sombra_{p}"]).fetchone()[0]]
        publico = c.execute("SELECT has_database_privilege('public', current_database(), 'TEMPORARY')").fetchone()[0]
    negados = sum(r == "permiso" for r in intentos.values())
    with capsys.disabled():
        print(f"\nSombras temporales: {len(quienes)} logins (3 papeles y uno sin papel) × {len(tablas)} tablas que leen las funciones = "
              f"{len(intentos)} intentos de CREATE TEMP TABLE / {negados} negados.")
    assert negados == len(intentos), {k: v for k, v in intentos.items() if v != "permiso"}
    assert con_temp == [] and not publico


def _sombra(url: str, tabla: str) -> str:
    """CREATE TEMP TABLE con el nombre y las columnas de la tabla (vacía), aunque el papel no pueda leerla."""
    with psycopg.connect(url) as c:
        columnas = c.execute("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a WHERE "
                             "a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
                             [f"public.{tabla}"]).fetchall()
    return f"CREATE TEMP TABLE {tabla} ({', '.join(f'{n} {t}' for n, t in columnas)})"


# Lo que una regla o una función rechaza, y que una sombra vacía de la tabla que consulta dejaría pasar (lo que se
# quiere cambiar se nombra con su esquema: en la sesión de quien intenta, el nombre solo sería su propia sombra).
def _rechazos(url: str) -> dict[str, tuple[str, list[str]]]:
    cargo, votacion = _cargo_con_pagos(url), _votacion_de_sesion_aprobada(url)
    pago = _uno(url, "SELECT min(pago_id) FROM imputaciones")[0]
    return {
        "cuota con pagos": ("tesoreria", [f"UPDATE public.cargos SET importe = 1 WHERE id = {cargo}"]),
        "votación de una sesión aprobada": ("secretaria", [f"UPDATE public.votaciones SET a_favor = 0 WHERE id = {votacion}"]),
        "imputación": ("tesoreria", [f"DELETE FROM public.imputaciones WHERE pago_id = {pago}"]),
        "acta registrada por tesorería": ("tesoreria", [
            "SELECT escritorio_registrar_documento(1, 'SOMBRA-0001', 'acta', 1, repeat('9', 64), '{}', NULL)"]),
        "sesión de viaje": ("secretaria", ["SELECT escritorio_llevar_sesion(4, repeat('a', 64))",
                                           "SET LOCAL escritorio.devolviendo = '4'",
                                           "UPDATE public.sesiones SET lugar = 'Sombra' WHERE id = 4"]),
    }


def test_con_temp_concedido_una_sombra_de_cada_tabla_no_cambia_nada(base, servidor_pg, capsys):
    """Aunque un administrador devolviera TEMP a los papeles: con una copia vacía (LIKE) de cada tabla que leen las
    funciones en la sesión de quien intenta, cada cambio que una regla rechaza sigue rechazado, y un cambio admitido
    queda en la bitácora de verdad."""
    url, logins = base
    nombre_base = url.rsplit("/", 1)[1]
    with psycopg.connect(servidor_pg.url(), autocommit=True) as administrador:
        for papel in ("secretaria", "tesoreria"):
            administrador.execute(f'GRANT TEMP ON DATABASE "{nombre_base}" TO sombra_{papel}')
    tablas, rechazos = tablas_que_leen_las_funciones(url), _rechazos(url)
    resultados = {}
    for tabla in tablas:
        sombra = _sombra(url, tabla)
        for nombre, (papel, sentencias) in rechazos.items():
            resultados[tabla, nombre] = _intentar(logins[papel], sombra, *sentencias)
        antes = _uno(url, "SELECT count(*) FROM bitacora")[0]
        resultados[tabla, "cambio admitido"] = _intentar(
            logins["secretaria"], sombra, "UPDATE public.miembros SET region = 'Sombra' WHERE id = (SELECT min(id) FROM "
            "public.miembros)", "UPDATE public.miembros SET region = NULL WHERE id = (SELECT min(id) FROM public.miembros)")
        assert resultados[tabla, "cambio admitido"] == "ok", tabla
        assert _uno(url, "SELECT count(*) FROM bitacora")[0] == antes + 2, tabla
    pasaron = {k: v for k, v in resultados.items() if k[1] != "cambio admitido" and v == "ok"}
    with capsys.disabled():
        print(f"\nCon TEMP concedido: {len(tablas)} tablas sombreadas × {len(rechazos)} cambios prohibidos = "
              f"{len(tablas) * len(rechazos)} intentos / {len(tablas) * len(rechazos) - len(pasaron)} rechazados; "
              f"{len(tablas)} cambios admitidos, todos en la bitácora de verdad.")
    assert not pasaron, pasaron


# --- Ajustes de sesión que escribe el cliente ------------------------------------------------------------------------

def test_un_set_del_cliente_no_abre_la_devolucion_ni_cambia_quien_sella(base):
    url, logins = base
    # Quien llevó la sesión no la cambia en el servidor con un SET LOCAL: solo dentro de su devolución.
    assert _intentar(logins["secretaria"], "SELECT escritorio_llevar_sesion(4, repeat('a', 64))") == "ok"
    assert _intentar(logins["secretaria"], "SET LOCAL escritorio.devolviendo = '4'",
                     "UPDATE sesiones SET lugar = 'Por fuera' WHERE id = 4") == "regla"
    assert _intentar(logins["secretaria"], "SET LOCAL escritorio.devolviendo = '4'",
                     "SELECT escritorio_sesion_devuelta(4)") == "regla"
    # Abrir la devolución es solo de quien la llevó (y de su función).
    assert _intentar(logins["tesoreria"], "SELECT escritorio_comenzar_devolucion(4)") == "permiso"
    assert _intentar(logins["consulta"], "SELECT escritorio_devolviendo()") == "permiso"
    # El sello anota el login de verdad, diga lo que diga escritorio.usuario.
    assert _intentar(logins["secretaria"], "SET escritorio.usuario = 'Otra Persona'",
                     "UPDATE miembros SET region = 'Norte' WHERE id = (SELECT min(id) FROM miembros)") == "ok"
    assert _uno(url, "SELECT usuario, operador FROM bitacora_sellos ORDER BY id DESC LIMIT 1") == (
        "sombra_secretaria", "sombra_secretaria")


# --- El correo enviado y los extractos importados no se reescriben ---------------------------------------------------

def _constancias(url: str) -> dict[str, int]:
    """Un mensaje enviado con dos destinatarios (uno aceptado, otro todavía sin resultado) y una línea de extracto,
    como los deja el programa (las escribe quien administra: la demo no envía correo ni importa extractos)."""
    with psycopg.connect(url) as c:
        mensaje = c.execute("INSERT INTO mensajes (asociacion_id, message_id, clase, asunto, texto, html, estado, "
                            "intentos, enviado_en) VALUES (1, '<sombra@escritorio>', 'convocatoria', 'Convocatoria', "
                            "'Texto', '<p>Texto</p>', 'enviado', 1, '2026-11-20 10:00:00') RETURNING id").fetchone()[0]
        aceptado = c.execute("INSERT INTO destinatarios_mensaje (mensaje_id, direccion, tipo, estado, motivo, cuando) "
                             "VALUES (%s, 'a@muni.example', 'para', 'aceptado', '250 OK', '2026-11-20 10:00:00') "
                             "RETURNING id", [mensaje]).fetchone()[0]
        c.execute("INSERT INTO destinatarios_mensaje (mensaje_id, direccion, tipo) VALUES (%s, 'b@muni.example', "
                  "'copia')", [mensaje])
        pago = c.execute("SELECT min(id) FROM pagos").fetchone()[0]
        linea = c.execute("INSERT INTO lineas_de_extracto (asociacion_id, huella, pago_id, archivo, fila, fecha, "
                          "importe, moneda, motivo) VALUES (1, repeat('e', 64), %s, 'extracto.csv', 2, '2026-03-01', "
                          "100, 'USD', 'referencia') RETURNING id", [pago]).fetchone()[0]
    return {"mensaje": mensaje, "aceptado": aceptado, "linea": linea, "pago": pago}


_CONSTANCIAS = {
    "mensaje: cambiar el asunto": "UPDATE mensajes SET asunto = 'Otra cosa' WHERE id = {mensaje}",
    "mensaje: volver a pendiente": "UPDATE mensajes SET estado = 'pendiente' WHERE id = {mensaje}",
    "mensaje: cambiar la hora de envío": "UPDATE mensajes SET enviado_en = '2026-01-01 00:00:00' WHERE id = {mensaje}",
    "mensaje: borrar": "DELETE FROM mensajes WHERE id = {mensaje}",
    "destinatario: cambiar la dirección": "UPDATE destinatarios_mensaje SET direccion = 'x@otro.example' "
                                          "WHERE id = {aceptado}",
    "destinatario: aceptado a rechazado": "UPDATE destinatarios_mensaje SET estado = 'rechazado' WHERE id = {aceptado}",
    "destinatario: borrar": "DELETE FROM destinatarios_mensaje WHERE mensaje_id = {mensaje}",
    "adjuntos: borrar": "DELETE FROM adjuntos_mensaje",
    "extracto: cambiar el importe": "UPDATE lineas_de_extracto SET importe = 1 WHERE id = {linea}",
    "extracto: cambiar la huella": "UPDATE lineas_de_extracto SET huella = repeat('0', 64) WHERE id = {linea}",
    "extracto: borrar": "DELETE FROM lineas_de_extracto WHERE id = {linea}",
}
# Lo que el programa sí hace (datos/correo.py, datos/extractos.py): debe seguir pudiendo.
_PERMITIDO = {
    "destinatario: anotar un rebote": "UPDATE destinatarios_mensaje SET estado = 'rebotado', motivo = '550', "
                                      "cuando = '2026-11-21 09:00:00' WHERE id = {aceptado}",
    "extracto: importar otra línea": "INSERT INTO lineas_de_extracto (asociacion_id, huella, pago_id, archivo, fila, "
                                     "fecha, importe, moneda, motivo) VALUES (1, repeat('f', 64), {pago}, "
                                     "'extracto.csv', 3, '2026-03-02', 50, 'USD', 'a_mano')",
}


def test_el_correo_enviado_y_los_extractos_no_se_reescriben(base, capsys):
    url, logins = base
    ids = _constancias(url)
    resultados = {(nombre, papel): _intentar(logins[papel], sentencia.format(**ids))
                  for nombre, sentencia in _CONSTANCIAS.items() for papel in PAPELES}
    pasaron = {k: v for k, v in resultados.items() if v == "ok"}
    with capsys.disabled():
        print(f"\nConstancias: {len(resultados)} intentos papel×cambio / {len(resultados) - len(pasaron)} rechazados "
              f"({sum(v == 'permiso' for v in resultados.values())} por permiso, "
              f"{sum(v == 'regla' for v in resultados.values())} por una regla).")
    assert not pasaron, pasaron
    for nombre, sentencia in _PERMITIDO.items():
        for papel in ("secretaria", "tesoreria"):
            assert _intentar(logins[papel], sentencia.format(**ids)) == "ok", (nombre, papel)
    assert _uno(url, "SELECT asunto, estado, enviado_en FROM mensajes WHERE id = %s", [ids["mensaje"]]) == (
        "Convocatoria", "enviado", "2026-11-20 10:00:00")


# --- Un servidor que ya existía ----------------------------------------------------------------------------------

def _como_un_servidor_de_antes(url: str) -> None:
    """Deja la base como la dejaba la versión anterior: cada función sin ruta de búsqueda fija ni esquema en sus
    tablas, TEMP para PUBLIC y el correo enviado y los extractos reescribibles por los papeles que escriben."""
    with psycopg.connect(url) as c:
        for sentencia in esquema.sentencias():
            if sentencia.startswith("CREATE FUNCTION"):
                vieja = re.sub(r"\nSET search_path = [^\n]*? AS \$\$", " AS $$", sentencia).replace("public.", "")
                c.execute(vieja.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
        c.execute("DO $$ BEGIN EXECUTE format('GRANT TEMPORARY ON DATABASE %I TO PUBLIC', current_database()); END $$")
        for grupo in ("escritorio_secretaria", "escritorio_tesoreria"):
            c.execute(f"GRANT UPDATE, DELETE ON mensajes, destinatarios_mensaje, lineas_de_extracto TO {grupo}")


def test_servidor_reforzar_lleva_las_defensas_a_una_base_existente(base, cli):
    url, logins = base
    _como_un_servidor_de_antes(url)
    cargo = _cargo_con_pagos(url)
    # El ataque del issue, tal como pasaba: la cuota con pagos cambia.
    assert _ataque_cargo(logins["tesoreria"], cargo) == "ok"
    assert _uno(url, "SELECT importe FROM cargos WHERE id = %s", [cargo])[0] == 1
    with psycopg.connect(url) as c:
        from escritorio.datos.postgres import sin_sombras

        assert len(sin_sombras.funciones_sin_ruta_fija(_Envoltura(c))) > 60

    hecho = cli("servidor", "reforzar", url)   # la orden por la entrada del programa, en este proceso
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    assert "reforzada" in hecho.stdout and "Nadie con un papel de Escritorio puede crear tablas temporales" in \
        hecho.stdout, hecho.stdout

    assert _ataque_cargo(logins["tesoreria"], cargo) == "permiso"
    assert _ataque_cargo(logins["tesoreria"], cargo, con_temporal=False) == "regla"
    assert _intentar(logins["secretaria"], "DELETE FROM lineas_de_extracto") == "permiso"
    funciones = _funciones(url)
    assert [f for f, _, ajustes in funciones if _RUTA_FIJA not in (ajustes or [])] == []
    # Se puede repetir: la segunda vez no cambia nada más.
    assert cli("servidor", "reforzar", url).returncode == 0


def test_reforzar_una_base_de_otra_version_no_toca_nada(base):
    from escritorio.errores import ErrorEscritorio
    from escritorio.servicios.servidor import reforzar_base

    url, _ = base
    with psycopg.connect(url) as c:
        ultima = c.execute("SELECT max(nombre) FROM escritorio_migraciones").fetchone()[0]
        c.execute("DELETE FROM escritorio_migraciones WHERE nombre = %s", [ultima])
    with pytest.raises(ErrorEscritorio, match="servidor actualizar"):
        reforzar_base(url)


def test_verificar_avisa_de_un_servidor_sin_reforzar(base):
    from escritorio.datos.postgres import conexion
    from escritorio.servicios.verificacion.comprobaciones import verificar

    def problemas() -> list[str]:
        db = conexion.conectar(url)
        try:
            return verificar(db).problemas
        finally:
            db.close()

    url, _ = base
    assert not [p for p in problemas() if "reforzar" in p]
    _como_un_servidor_de_antes(url)
    avisos = [p for p in problemas() if "escritorio servidor reforzar" in p]
    assert len(avisos) == 2, avisos
    assert "sin ruta de búsqueda fija" in avisos[0] and "regla_cargos_fijo_update()" in avisos[0]
    assert "pueden crear tablas temporales: PUBLIC" in avisos[1]


def test_la_devolucion_abierta_por_su_funcion_conserva_la_hora_de_la_copia(base, login_pg):
    """Lo legítimo sigue andando: dentro de la devolución que abre su función, un documento emitido en la copia
    conserva su hora; la transacción siguiente ya no es una devolución."""
    url, logins = base
    otra = login_pg(url, "sombra_otra_secretaria", "secretaria")
    assert _intentar(logins["secretaria"], "SELECT escritorio_llevar_sesion(4, repeat('a', 64))") == "ok"
    assert _intentar(otra, "SELECT escritorio_comenzar_devolucion(4)") == "regla"  # no la llevó ella
    assert _intentar(logins["secretaria"], "SELECT escritorio_comenzar_devolucion(4)",
                     "SELECT escritorio_registrar_documento(1, 'VIAJE-0001', 'resolucion', 1, repeat('7', 64), '{}', "
                     "'2026-05-05 10:00:00')") == "ok"
    assert _intentar(logins["secretaria"], "SELECT escritorio_registrar_documento(1, 'VIAJE-0002', 'resolucion', 1, "
                     "repeat('8', 64), '{}', '2026-05-05 10:00:00')") == "ok"
    horas = dict(_uno(url, "SELECT array_agg(ARRAY[codigo, emitido_en]) FROM documentos_emitidos WHERE codigo LIKE "
                           "'VIAJE-%'")[0])
    assert horas["VIAJE-0001"] == "2026-05-05 10:00:00"
    assert horas["VIAJE-0002"] != "2026-05-05 10:00:00"


def test_reforzar_lo_hace_quien_administra(base):
    """Un login de secretaría no reescribe las funciones ni los permisos: el mensaje lo dice y nada cambia."""
    from escritorio.errores import ErrorEscritorio
    from escritorio.servicios.servidor import reforzar_base

    url, logins = base
    antes = _funciones(url)
    with pytest.raises(ErrorEscritorio, match="lo hace quien administra el servidor"):
        reforzar_base(logins["secretaria"])
    assert _funciones(url) == antes
