"""El servidor mismo hace cumplir las reglas (no la ventana ni el programa): contra un PostgreSQL de verdad.

Cada prueba escribe con SQL directo, como podría hacerlo cualquiera con psql y un login: lo que se rechaza aquí
se rechaza para todos.
"""

import threading

import psycopg
from servidor_postgres import escribir_en_el_servidor as _escribir
from servidor_postgres import rechazo_del_servidor as _rechazo

from escritorio.datos import bitacora
from escritorio.datos.base_de_datos import BaseDeDatos
from escritorio.datos.esquema import MIGRACIONES
from escritorio.datos.postgres import conexion, esquema


# Sin ids: los pone el servidor (la primera fila de cada tabla es la 1).
ASOCIACION = "INSERT INTO asociaciones (nombre, sigla) VALUES ('Red de Ciudades', 'RC')"
MIEMBRO = "INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (1, 'Rosario', 'AR')"
PAGO = ("INSERT INTO pagos (asociacion_id, miembro_id, fecha, importe, moneda, moneda_imputacion, "
        "importe_imputable, medio) VALUES (1, 1, '2026-03-01', 150000, 'USD', 'USD', 150000, 'transferencia')")


def test_el_esquema_del_servidor_tiene_las_mismas_tablas_y_columnas_que_el_de_sqlite(url_pg):
    local = BaseDeDatos.en_memoria()
    MIGRACIONES.apply(local)
    db = conexion.conectar(url_pg)
    try:
        for tabla in esquema.nombres_de_tablas():
            en_sqlite = [fila[1] for fila in local.execute(f"PRAGMA table_info({tabla})")]
            en_servidor = [fila[0] for fila in db.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                [tabla])]
            assert en_servidor == en_sqlite, tabla
        assert db.execute("SELECT count(*) FROM escritorio_migraciones").fetchone()[0] == len(
            MIGRACIONES.applied(local))
    finally:
        db.close()


def test_el_servidor_tiene_los_mismos_indices_que_sqlite(url_pg):
    """Los índices de las consultas calientes (migración 0050) y todos los demás, con sus columnas, en los dos motores:
    los planes del servidor tampoco dependen de sus estadísticas."""
    local = BaseDeDatos.en_memoria()
    MIGRACIONES.apply(local)
    en_sqlite = {nombre: [fila[2] for fila in local.execute(f"PRAGMA index_info({nombre})")]
                 for (nombre,) in local.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT "
                                                "NULL AND tbl_name <> '_sqlite_migrations'")}
    assert {"cargos_miembro_vencimiento", "imputaciones_cargo_pago", "imputaciones_pago_cargo", "pagos_miembro_fecha",
            "recibos_numero"} <= set(en_sqlite)
    db = conexion.conectar(url_pg)
    try:
        en_servidor = {nombre: [a for (a,) in db.execute(
            "SELECT a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN LATERAL "
            "unnest(i.indkey) WITH ORDINALITY AS k(num, orden) ON true JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = k.num WHERE c.relname = ? ORDER BY k.orden", [nombre])] for nombre in en_sqlite}
        assert en_servidor == en_sqlite
    finally:
        db.close()


def test_las_restricciones_de_sqlite_rigen_en_el_servidor(url_pg):
    _escribir(url_pg, ASOCIACION, MIEMBRO)
    # Una fecha que no existe, una moneda que no es ISO, una sigla repetida en otras mayúsculas.
    assert "check" in _rechazo(url_pg, "UPDATE miembros SET fecha_ingreso = '2025-02-30' WHERE id = 1").lower()
    _escribir(url_pg, "UPDATE miembros SET fecha_ingreso = '2024-02-29' WHERE id = 1")
    assert "ISO 4217" in _rechazo(url_pg, PAGO.replace("'USD', 'USD'", "'usd', 'USD'"))
    assert "duplicate key" in _rechazo(url_pg, "INSERT INTO asociaciones (nombre, sigla) VALUES ('Otra', 'rc')")
    assert "foreign key" in _rechazo(url_pg, "INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (99, 'X', 'AR')")


def test_un_pago_no_se_borra_y_uno_anulado_no_se_modifica(url_pg):
    _escribir(url_pg, ASOCIACION, MIEMBRO, PAGO)
    assert _rechazo(url_pg, "DELETE FROM pagos") == "Un pago no se borra: se anula con un motivo."
    _escribir(url_pg, "UPDATE pagos SET anulado_en = '2026-03-02', motivo_anulacion = 'Duplicado'")
    assert _rechazo(url_pg, "UPDATE pagos SET referencia = 'otra'") == "Un pago anulado no se modifica."


def _sesion_con_acta_aprobada(url: str) -> None:
    _escribir(url, ASOCIACION,
              "INSERT INTO organos (asociacion_id, nombre, tipo) VALUES (1, 'Consejo', 'consejo')",
              "INSERT INTO sesiones (organo_id, numero, fecha, convocada_el) VALUES (1, 1, '2026-05-10', '2026-04-20')",
              "INSERT INTO puntos_orden (sesion_id, orden, titulo) VALUES (1, 1, 'Informe')",
              "INSERT INTO actas (sesion_id, estado, apertura, huella) VALUES (1, 'aprobada', 'Se abre', "
              "repeat('a', 64))")


def test_un_acta_aprobada_queda_congelada_en_el_servidor(url_pg):
    _sesion_con_acta_aprobada(url_pg)
    assert _rechazo(url_pg, "UPDATE actas SET apertura = 'Otro texto'") == (
        "El acta está aprobada: su contenido no se modifica (agregue una fe de erratas).")
    assert _rechazo(url_pg, "DELETE FROM actas") == "Un acta aprobada no se borra."
    assert _rechazo(url_pg, "UPDATE puntos_orden SET titulo = 'Cambiado'").startswith(
        "El acta de esta sesión está aprobada")
    assert _rechazo(url_pg, "UPDATE sesiones SET lugar = 'Otro'").startswith("El acta de esta sesión está aprobada")
    _escribir(url_pg, "INSERT INTO fe_de_erratas (acta_id, texto) VALUES (1, 'Donde dice X debe decir Y')")
    assert _rechazo(url_pg, "DELETE FROM fe_de_erratas").startswith("Una fe de erratas no se modifica")


def test_la_bitacora_la_escribe_y_la_sella_el_servidor_con_el_login_como_operador(url_pg, login_pg):
    url_ana = login_pg(url_pg, "ana_secretaria", "secretaria")
    _escribir(url_ana, ASOCIACION, MIEMBRO)  # una transacción: un sello
    _escribir(url_ana, "UPDATE miembros SET region = 'Santa Fe' WHERE id = 1")  # otra: otro sello
    db = conexion.conectar(url_pg)
    try:
        registros = db.execute("SELECT id, entidad, accion FROM bitacora ORDER BY id").fetchall()
        assert registros == [(1, "asociaciones", "alta"), (2, "miembros", "alta"), (3, "miembros", "cambio")]
        sellos = db.execute("SELECT desde_id, hasta_id, operador FROM bitacora_sellos ORDER BY id").fetchall()
        assert sellos == [(1, 2, "ana_secretaria"), (3, 3, "ana_secretaria")]
        assert bitacora.verificar(db) == []  # el mismo cálculo de la huella en Python y en PL/pgSQL
    finally:
        db.close()


def test_nadie_modifica_la_bitacora_ni_puede_escribir_en_ella_a_mano(url_pg, login_pg):
    _escribir(url_pg, ASOCIACION)
    assert _rechazo(url_pg, "UPDATE bitacora SET datos = '[]'") == "La bitácora solo admite agregar registros."
    assert _rechazo(url_pg, "DELETE FROM bitacora_sellos") == "La bitácora solo admite agregar registros."
    assert _rechazo(url_pg, "TRUNCATE bitacora_sellos") == "La bitácora solo admite agregar registros."
    url_ana = login_pg(url_pg, "ana_secretaria", "secretaria")
    assert "permission denied" in _rechazo(
        url_ana, "INSERT INTO bitacora (id, entidad, accion, datos) VALUES (99, 'x', 'alta', '[]')")


def test_una_alteracion_de_la_bitacora_hecha_saltando_los_triggers_se_descubre(url_pg):
    _escribir(url_pg, ASOCIACION, MIEMBRO)
    # Solo el dueño de las tablas puede apagar los triggers; aun así, la cadena de huellas lo delata.
    _escribir(url_pg, "ALTER TABLE bitacora DISABLE TRIGGER USER",
              "UPDATE bitacora SET datos = replace(datos, 'Rosario', 'Otra') WHERE id = 2",
              "ALTER TABLE bitacora ENABLE TRIGGER USER")
    db = conexion.conectar(url_pg)
    try:
        assert bitacora.verificar(db) == ["Bitácora: los registros 1 a 2 fueron alterados (el sello 1 no coincide)."]
    finally:
        db.close()


def test_los_papeles_los_hace_cumplir_el_servidor(url_pg, login_pg):
    _escribir(url_pg, ASOCIACION, MIEMBRO)
    consulta = login_pg(url_pg, "carla_consulta", "consulta")
    tesoreria = login_pg(url_pg, "tomas_tesoreria", "tesoreria")
    secretaria = login_pg(url_pg, "sara_secretaria", "secretaria")
    with psycopg.connect(consulta) as c:
        assert c.execute("SELECT nombre FROM miembros").fetchall() == [("Rosario",)]
    assert "permission denied" in _rechazo(consulta, "UPDATE miembros SET region = 'X'")
    assert "permission denied" in _rechazo(consulta, PAGO)
    _escribir(tesoreria, PAGO)  # tesorería registra pagos…
    assert "permission denied" in _rechazo(tesoreria, "UPDATE miembros SET region = 'X'")  # …y no toca el padrón
    _escribir(secretaria, "UPDATE miembros SET region = 'Santa Fe'")
    db = conexion.conectar(url_pg)
    try:
        operadores = [f[0] for f in db.execute("SELECT operador FROM bitacora_sellos ORDER BY id")]
        assert operadores == ["administrador", "tomas_tesoreria", "sara_secretaria"]
    finally:
        db.close()


def test_dos_personas_escribiendo_a_la_vez_dejan_la_cadena_integra(url_pg, login_pg):
    _escribir(url_pg, ASOCIACION)
    urls = [login_pg(url_pg, "ana_secretaria", "secretaria"), login_pg(url_pg, "beto_secretaria", "secretaria")]
    errores = []

    def escribir(url: str, desde: int):
        try:
            with psycopg.connect(url) as c:
                for i in range(desde, desde + 15):
                    with c.transaction():
                        c.execute("INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (1, %s, 'AR')",
                                  [f"Municipio {i}"])
                        c.execute("UPDATE miembros SET region = 'Norte' WHERE nombre = %s", [f"Municipio {i}"])
        except Exception as error:  # se informa en el hilo principal
            errores.append(error)

    hilos = [threading.Thread(target=escribir, args=(url, 100 * (n + 1))) for n, url in enumerate(urls)]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    assert errores == []
    db = conexion.conectar(url_pg)
    try:
        assert db.execute("SELECT count(*) FROM miembros").fetchone()[0] == 30
        assert db.execute("SELECT count(*) FROM bitacora_sellos").fetchone()[0] == 31
        assert bitacora.verificar(db) == []
        # Cada sello cubre los dos registros de una sola transacción: nunca mezcla los de las dos personas.
        for desde, hasta in db.execute("SELECT desde_id, hasta_id FROM bitacora_sellos WHERE id > 1"):
            assert hasta - desde == 1
            assert len({f[0] for f in db.execute(
                "SELECT entidad_id FROM bitacora WHERE id BETWEEN ? AND ?", [desde, hasta])}) == 1
    finally:
        db.close()
