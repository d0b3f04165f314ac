"""Cada papel contra cada clase de tabla, con SQL a mano (issue 40, punto 3): lo que el servidor deja hacer a quien
entra con psql y su login, escrito como una matriz y comprobado contra un PostgreSQL de verdad con la red de ejemplo.

Papeles: los tres que crea Escritorio (secretaría, tesorería, consulta) y un login del servidor sin ninguno de ellos
(cualquier otra cuenta del servidor: PostgreSQL le deja conectarse a la base). El dueño de las tablas (quien
administra el servidor) puede todo por definición y no entra en la matriz: lo que hace con las reglas apagadas lo
encuentra «escritorio verificar» (test_papeles_del_servidor.py).

Cada intento corre en su transacción, que se deshace: todos parten de la misma base. Resultado de cada uno:
«ok» (se hizo), «permiso» (el servidor no da el permiso: permission denied) o «regla» (una regla de Escritorio lo
rechaza con su mensaje). Al final se imprimen las cifras: «N intentos papel×tabla / M rechazados».
"""

import psycopg
import pytest

PAPELES = ("secretaria", "tesoreria", "consulta", "sin_papel")
SESION = 4  # la del Consejo de la demo, con el acta en borrador (se puede llevar de viaje)

# Ids que las sentencias usan, buscados en la demo antes de empezar (y la fila para borrar, creada a propósito).
_BUSCAR = {
    "pago": "SELECT min(p.id) FROM pagos p JOIN recibos r ON r.pago_id = p.id JOIN imputaciones i ON i.pago_id = p.id "
            "WHERE p.anulado_en IS NULL",
    "imputacion": "SELECT min(id) FROM imputaciones",
    "cargo_pagado": "SELECT min(cargo_id) FROM imputaciones",
    "documento": "SELECT min(id) FROM documentos_emitidos WHERE tipo IN ('recibo', 'estado_cuenta')",
    "miembro": "SELECT min(id) FROM miembros",
    "contacto": "SELECT min(id) FROM contactos",
    "registro": "SELECT min(id) FROM bitacora",
}
_PREPARAR = [
    "INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (1, 'Para borrar', 'AR')",
    f"SELECT escritorio_llevar_sesion({SESION}, repeat('a', 64))",  # un viaje en curso, para intentar tocarlo
    # un recibo emitido con su archivo (la demo no imprime ninguno)
    "SELECT escritorio_registrar_archivo(escritorio_registrar_documento(1, 'CCCC-DDDD-EEEE', 'recibo', (SELECT "
    "min(id) FROM pagos), repeat('c', 64), '{}', NULL), repeat('d', 64), 0, NULL, NULL)",
]
_PAGO_NUEVO = ("INSERT INTO pagos (asociacion_id, miembro_id, fecha, importe, moneda, moneda_imputacion, "
               "importe_imputable, medio) VALUES (1, {miembro}, '2026-03-01', 100, 'USD', 'USD', 100, 'efectivo')")
_SHA = "'" + "b" * 64 + "'"
_URNA_NUEVA = "INSERT INTO urnas (sesion_id, objeto, objeto_id, secreta) VALUES (1, 'punto', 1, 1)"

# (clase, tabla u objeto, operación) → lo que se intenta. Las sentencias se formatean con los ids de _BUSCAR.
INTENTOS = {
    ("dinero", "pagos", "INSERT"): _PAGO_NUEVO,
    ("dinero", "pagos", "UPDATE"): "UPDATE pagos SET importe = 1 WHERE id = {pago}",
    ("dinero", "pagos", "anular"): "UPDATE pagos SET anulado_en = '2026-11-24', motivo_anulacion = 'Duplicado' "
                                   "WHERE id = {pago}",
    ("dinero", "pagos", "DELETE"): "DELETE FROM pagos WHERE id = {pago}",
    ("dinero", "imputaciones", "INSERT"): "INSERT INTO imputaciones (pago_id, cargo_id, importe, origen) VALUES "
                                          "({pago}, {cargo_pagado}, 1, 'saldo_a_favor')",
    ("dinero", "imputaciones", "UPDATE"): "UPDATE imputaciones SET importe = 1 WHERE id = {imputacion}",
    ("dinero", "imputaciones", "DELETE"): "DELETE FROM imputaciones WHERE id = {imputacion}",
    ("dinero", "recibos", "INSERT"): [_PAGO_NUEVO, "INSERT INTO recibos (asociacion_id, anio, numero, pago_id) "
                                                   "SELECT 1, 2099, 1, max(id) FROM pagos"],
    ("dinero", "recibos", "UPDATE"): "UPDATE recibos SET numero = 9999 WHERE pago_id = {pago}",
    ("dinero", "recibos", "DELETE"): "DELETE FROM recibos WHERE pago_id = {pago}",
    ("dinero", "cargos", "INSERT"): "INSERT INTO cargos (asociacion_id, miembro_id, tipo_cargo, anio, importe_bruto, "
                                    "importe, moneda, vencimiento) VALUES (1, {miembro}, 'extraordinaria', 2099, 100, "
                                    "100, 'USD', '2099-03-31')",
    ("dinero", "cargos", "UPDATE"): "UPDATE cargos SET importe = 1 WHERE id = {cargo_pagado}",
    ("dinero", "cargos", "DELETE"): "DELETE FROM cargos WHERE id = {cargo_pagado}",
    ("emitidos", "documentos_emitidos", "INSERT"): "INSERT INTO documentos_emitidos (asociacion_id, codigo, tipo, "
                                                   f"referencia, huella, resumen) VALUES (1, 'AAAA-BBBB-CCCC', "
                                                   f"'recibo', {{pago}}, {_SHA}, '{{{{}}}}')",
    ("emitidos", "documentos_emitidos", "UPDATE"): f"UPDATE documentos_emitidos SET huella = {_SHA}",
    ("emitidos", "documentos_emitidos", "DELETE"): "DELETE FROM documentos_emitidos WHERE id = {documento}",
    ("emitidos", "archivos_emitidos", "INSERT"): "INSERT INTO archivos_emitidos (documento_id, sha256, copia) "
                                                 f"VALUES ({{documento}}, {_SHA}, 7)",
    ("emitidos", "archivos_emitidos", "UPDATE"): f"UPDATE archivos_emitidos SET sha256 = {_SHA}",
    ("emitidos", "archivos_emitidos", "DELETE"): "DELETE FROM archivos_emitidos",
    ("emitidos", "firmas_digitales", "INSERT"): "INSERT INTO firmas_digitales (asociacion_id, tipo, referencia, "
                                                "firmante, certificado_sha256, firmado_en, sha256, pdf) VALUES (1, "
                                                f"'acta', 1, 'X', {_SHA}, 'hoy', {_SHA}, '%PDF-1')",
    ("emitidos", "firmas_digitales", "UPDATE"): f"UPDATE firmas_digitales SET sha256 = {_SHA}",
    ("emitidos", "firmas_digitales", "DELETE"): "DELETE FROM firmas_digitales",
    ("emitidos", "escritorio_registrar_documento()", "recibo"): (
        f"SELECT escritorio_registrar_documento(1, 'AAAA-BBBB-CCCC', 'recibo', {{pago}}, {_SHA}, '{{{{}}}}', NULL)"),
    ("emitidos", "escritorio_registrar_documento()", "acta"): (
        f"SELECT escritorio_registrar_documento(1, 'AAAA-BBBB-CCCC', 'acta', 1, {_SHA}, '{{{{}}}}', NULL)"),
    ("emitidos", "escritorio_registrar_archivo()", "recibo"): (
        f"SELECT escritorio_registrar_archivo({{documento}}, {_SHA}, 7, NULL, NULL)"),
    ("emitidos", "escritorio_registrar_firma()", "acta"): (
        f"SELECT escritorio_registrar_firma(1, 'acta', 1, 'X', {_SHA}, 'hoy', '%PDF-1'::bytea)"),
    ("bitácora", "bitacora", "INSERT"): "INSERT INTO bitacora (id, entidad, entidad_id, accion, datos) VALUES "
                                        "(999999, 'pagos', 1, 'alta', '[]')",
    ("bitácora", "bitacora", "UPDATE"): "UPDATE bitacora SET datos = '[]' WHERE id = {registro}",
    ("bitácora", "bitacora", "DELETE"): "DELETE FROM bitacora WHERE id = {registro}",
    ("bitácora", "bitacora_sellos", "INSERT"): "INSERT INTO bitacora_sellos (desde_id, hasta_id, huella) VALUES "
                                               f"(1, 1, {_SHA})",
    ("bitácora", "bitacora_sellos", "UPDATE"): f"UPDATE bitacora_sellos SET huella = {_SHA}",
    ("bitácora", "bitacora_sellos", "DELETE"): "DELETE FROM bitacora_sellos",
    ("bitácora", "escritorio_anotar()", "anotar"): "SELECT escritorio_anotar('pagos', 1, 'alta', '[]')",
    ("viajes", "sesiones_de_viaje", "INSERT"): "INSERT INTO sesiones_de_viaje (sesion_id, llevada_por, llevada_en, "
                                               f"huella) VALUES (1, 'x', 'hoy', {_SHA})",
    ("viajes", "sesiones_de_viaje", "UPDATE"): "UPDATE sesiones_de_viaje SET devuelta_en = 'ya'",
    ("viajes", "sesiones_de_viaje", "DELETE"): "DELETE FROM sesiones_de_viaje",
    ("viajes", "escritorio_cancelar_viaje()", "cancelar"): f"SELECT escritorio_cancelar_viaje({SESION}, 'Motivo')",
    ("registro", "miembros", "INSERT"): "INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (1, 'Nuevo', 'AR')",
    ("registro", "miembros", "UPDATE"): "UPDATE miembros SET region = 'Norte' WHERE id = {miembro}",
    ("registro", "miembros", "DELETE"): "DELETE FROM miembros WHERE nombre = 'Para borrar'",
    ("registro", "contactos", "INSERT"): "INSERT INTO contactos (miembro_id, nombre) VALUES ({miembro}, 'Nueva')",
    ("registro", "contactos", "UPDATE"): "UPDATE contactos SET rol = 'Prensa' WHERE id = {contacto}",
    ("registro", "contactos", "DELETE"): "DELETE FROM contactos WHERE id = {contacto}",
    # El voto electrónico (issue 85): abrir una urna, echar una papeleta, entregar un código, lo hace secretaría.
    ("voto", "urnas", "INSERT"): _URNA_NUEVA,
    ("voto", "papeletas", "INSERT"): [_URNA_NUEVA, "INSERT INTO papeletas (urna_id, comprobante, contenido, peso) "
                                                   f"SELECT max(id), {_SHA}, 'a_favor', 1 FROM urnas"],
    ("voto", "codigos_de_voto", "INSERT"): ["INSERT INTO mesas_de_voto (sesion_id, sal) VALUES (1, repeat('a', 32))",
                                            "INSERT INTO codigos_de_voto (sesion_id, miembro_id, huella) VALUES (1, "
                                            f"{{miembro}}, {_SHA})"],
    ("cerrojo", "escritorio_cerrojo_de_escritura()", "tomar"): "SELECT escritorio_cerrojo_de_escritura()",
    ("cerrojo", "escritorio_cerrojo", "LOCK TABLE"): "LOCK TABLE escritorio_cerrojo IN ACCESS SHARE MODE",
    ("cerrojo", "escritorio_cerrojo", "FOR UPDATE"): "SELECT * FROM escritorio_cerrojo FOR UPDATE",
}
# Se intenta tomar lo que se pueda (el cerrojo consultivo de antes, el de los que escriben) y, con eso tomado, otra
# persona de secretaría guarda con el programa: «ok» si la hizo esperar, «permiso» si no pudo.
HACER_ESPERAR = ("cerrojo", "pg_advisory_lock(73012026) y el de los que escriben", "hacer esperar a los que escriben")

_ESCRIBEN = {"secretaria": "ok", "tesoreria": "ok", "consulta": "permiso", "sin_papel": "permiso"}
_SECRETARIA = {"secretaria": "ok", "tesoreria": "permiso", "consulta": "permiso", "sin_papel": "permiso"}
_NADIE = dict.fromkeys(PAPELES, "permiso")
_REGLA = {"secretaria": "regla", "tesoreria": "regla", "consulta": "permiso", "sin_papel": "permiso"}

# La matriz: lo que se espera de cada intento, por papel.
ESPERADO = {
    **{k: _ESCRIBEN for k in INTENTOS if k[0] == "dinero" and k[2] in ("INSERT", "anular")},
    **{k: _REGLA for k in INTENTOS if k[0] == "dinero" and k[2] in ("UPDATE", "DELETE")},
    **{k: _NADIE for k in INTENTOS if k[0] in ("emitidos", "bitácora", "viajes") and k[2] in ("INSERT", "UPDATE",
                                                                                          "DELETE")},
    ("emitidos", "escritorio_registrar_documento()", "recibo"): _ESCRIBEN,
    ("emitidos", "escritorio_registrar_documento()", "acta"): _SECRETARIA,
    ("emitidos", "escritorio_registrar_archivo()", "recibo"): _ESCRIBEN,
    ("emitidos", "escritorio_registrar_firma()", "acta"): _SECRETARIA,
    ("bitácora", "escritorio_anotar()", "anotar"): _NADIE,
    ("viajes", "escritorio_cancelar_viaje()", "cancelar"): _SECRETARIA,
    **{k: _SECRETARIA for k in INTENTOS if k[0] in ("registro", "voto")},
    ("cerrojo", "escritorio_cerrojo_de_escritura()", "tomar"): _ESCRIBEN,
    ("cerrojo", "escritorio_cerrojo", "LOCK TABLE"): _NADIE,
    ("cerrojo", "escritorio_cerrojo", "FOR UPDATE"): _NADIE,
    HACER_ESPERAR: _ESCRIBEN,
}


def _resultado(url: str, sentencias: list[str]) -> str:
    with psycopg.connect(url) as conexion:
        try:
            with conexion.transaction(force_rollback=True):
                for sentencia in sentencias:
                    conexion.execute(sentencia)
        except psycopg.errors.InsufficientPrivilege:
            return "permiso"
        except psycopg.errors.RaiseException:
            return "regla"
        except psycopg.Error as error:  # otra cosa (una clave repetida, una referencia): la prueba está mal escrita
            return f"error: {error.diag.message_primary}"
    return "ok"


def _hace_esperar(url: str, otra: str) -> str:
    """Con lo que el papel pudo tomar, ¿espera otra persona que escribe con el programa?"""
    with psycopg.connect(url) as quien:
        quien.execute("SELECT pg_advisory_lock(73012026)")
        try:
            with quien.transaction(force_rollback=True):
                quien.execute("SELECT escritorio_cerrojo_de_escritura()")
                return _espera(otra)
        except psycopg.errors.InsufficientPrivilege:
            return _espera(otra)  # solo tiene el cerrojo consultivo, que ya nadie usa


def _espera(url: str) -> str:
    from escritorio.datos.conexion import transaccion
    from escritorio.datos.postgres import conexion, transaccion as del_servidor

    db = conexion.conectar(url)
    antes, del_servidor.ESPERA_S = del_servidor.ESPERA_S, 1
    try:
        with transaccion(db):
            db.execute("UPDATE contactos SET rol = rol WHERE id = (SELECT min(id) FROM contactos)")
        return "permiso"  # guardó sin esperar: el papel no pudo hacer esperar a nadie
    except Exception as error:  # noqa: BLE001 - ErrorBaseOcupada: esperó y desistió
        # Dice quién tiene el cerrojo si lo sabe (issue 77), o que otra persona está guardando.
        assert "otra persona está guardando" in str(error) or "tiene tomada la base" in str(error), error
        return "ok"
    finally:
        del_servidor.ESPERA_S = antes
        db.close()


@pytest.fixture
def logins(demo_en_el_servidor, login_pg, servidor_pg) -> dict[str, str]:
    url = demo_en_el_servidor
    direcciones = {papel: login_pg(url, f"matriz_{papel}", papel) for papel in PAPELES[:3]}
    with psycopg.connect(servidor_pg.url(), autocommit=True) as administrador:
        administrador.execute("DROP ROLE IF EXISTS matriz_sin_papel")
        administrador.execute("CREATE ROLE matriz_sin_papel LOGIN PASSWORD 'clave-sin-papel'")
    direcciones["sin_papel"] = servidor_pg.url(url.rsplit("/", 1)[1], usuario="matriz_sin_papel",
                                               clave="clave-sin-papel")
    direcciones["otra_secretaria"] = login_pg(url, "matriz_otra", "secretaria")
    return direcciones


def test_cada_papel_contra_cada_clase_de_tabla(demo_en_el_servidor, logins, capsys):
    url = demo_en_el_servidor
    with psycopg.connect(url) as administrador:
        for sentencia in _PREPARAR:
            administrador.execute(sentencia)
        ids = {nombre: administrador.execute(consulta).fetchone()[0] for nombre, consulta in _BUSCAR.items()}
    assert None not in ids.values(), ids
    assert set(ESPERADO) == {*INTENTOS, HACER_ESPERAR}

    obtenido = {}
    for clave, sentencias in INTENTOS.items():
        lista = [sentencias] if isinstance(sentencias, str) else sentencias
        for papel in PAPELES:
            obtenido[clave, papel] = _resultado(logins[papel], [s.format(**ids) for s in lista])
    for papel in PAPELES:
        obtenido[HACER_ESPERAR, papel] = _hace_esperar(logins[papel], logins["otra_secretaria"])

    distintos = [f"{clase} · {tabla} · {operacion} · {papel}: se esperaba «{ESPERADO[clase, tabla, operacion][papel]}», "
                 f"dio «{resultado}»" for ((clase, tabla, operacion), papel), resultado in obtenido.items()
                 if resultado != ESPERADO[clase, tabla, operacion][papel]]
    rechazados = sum(resultado != "ok" for resultado in obtenido.values())
    with capsys.disabled():
        print(f"\nMatriz de papeles: {len(obtenido)} intentos papel×tabla / {rechazados} rechazados "
              f"({sum(r == 'permiso' for r in obtenido.values())} por permiso, "
              f"{sum(r == 'regla' for r in obtenido.values())} por una regla); {len(PAPELES)} papeles × "
              f"{len(ESPERADO)} intentos sobre {len({k[1] for k in ESPERADO})} tablas y funciones.")
    assert not distintos, "\n".join(distintos)
