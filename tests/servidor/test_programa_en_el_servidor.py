"""El programa mismo sobre el servidor: la línea de órdenes como proceso real con `--db postgresql://…`, los papeles
tal como los ve quien trabaja (el mensaje, nada guardado), dos personas que registran pagos a la vez y la
verificación que nota una regla apagada. Contra un PostgreSQL de verdad, con la demo subida.
"""

import threading
from datetime import date

import psycopg
import pytest

from escritorio.datos.conexion import solo_lectura, transaccion
from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.asociaciones import elegir_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.pagos import NuevoPago, registrar_pago
from escritorio.servicios.verificacion.comprobaciones import verificar


def _abrir(url):
    db = abrir_base(url)
    return db, Contexto(db, elegir_asociacion(db, None)["id"])


def _contar(url: str, tabla: str) -> int:
    with psycopg.connect(url) as c:
        return c.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0]


def _con_deuda(db) -> int:
    """Un miembro con cuotas impagas en dólares (el pago se imputa a ellas)."""
    return db.execute("SELECT miembro_id FROM cargos WHERE moneda = 'USD' GROUP BY miembro_id ORDER BY miembro_id "
                      "LIMIT 1").fetchone()[0]


def test_la_linea_de_ordenes_trabaja_sobre_el_servidor(demo_en_el_servidor, login_pg, cli, entorno_cli,
                                                       tmp_path):
    tomas = login_pg(demo_en_el_servidor, "tomas", "tesoreria")
    db, _ = _abrir(demo_en_el_servidor)
    miembro = _con_deuda(db)
    db.close()

    listado = cli("miembros", "listar", db=tomas)
    assert listado.returncode == 0, listado.stderr
    assert "Rosario" in listado.stdout and "clave-tomas" not in listado.stdout + listado.stderr

    antes = _contar(demo_en_el_servidor, "pagos")
    pago = cli("pagos", "registrar", "--miembro", miembro, "--monto", "10", "--moneda", "USD",
                       "--fecha", date.today().isoformat(), db=tomas)
    assert pago.returncode == 0, pago.stderr
    assert _contar(demo_en_el_servidor, "pagos") == antes + 1
    with psycopg.connect(demo_en_el_servidor) as c:  # el servidor selló el cambio con el login como operador
        assert c.execute("SELECT operador FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone() == ("tomas",)

    # La dirección también puede venir de ESCRITORIO_DB, y un libro se escribe en este equipo.
    entorno = dict(entorno_cli, ESCRITORIO_DB=tomas)
    libro = cli("cuotas", "morosidad", tmp_path / "morosidad.xlsx", entorno=entorno)
    assert libro.returncode == 0, libro.stderr
    assert (tmp_path / "morosidad.xlsx").stat().st_size > 0

    # Fuera de su papel, tesorería recibe el motivo y no se guarda nada.
    ajeno = cli("miembros", "baja", miembro, "--motivo", "Prueba", db=tomas)
    assert ajeno.returncode == 1
    assert "Su usuario del servidor («tomas», papel tesorería (cuotas y pagos)) no tiene permiso" in ajeno.stderr
    assert "Traceback" not in ajeno.stderr


def test_tesoreria_no_cambia_un_miembro_y_consulta_no_cambia_nada(demo_en_el_servidor, login_pg):
    tesoreria, _ = _abrir(login_pg(demo_en_el_servidor, "tomas", "tesoreria"))
    consulta, contexto_consulta = _abrir(login_pg(demo_en_el_servidor, "clara", "consulta"))
    try:
        miembros = _contar(demo_en_el_servidor, "miembros")
        with pytest.raises(ErrorEscritorio, match="no tiene permiso para hacer este cambio: no se guardó nada"):
            guardar_ficha(Contexto(tesoreria, 1), FichaMiembro(nombre="Paysandú", pais="UY"),
                          poblacion=("76.412", "2011", "INE"))
        assert _contar(demo_en_el_servidor, "miembros") == miembros

        assert "papel de consulta" in solo_lectura(consulta).aviso
        with pytest.raises(ErrorEscritorio, match="solo puede consultar"):
            registrar_pago(contexto_consulta, NuevoPago(_con_deuda(consulta), date.today(), "10", "USD"))
        # Aunque el programa no lo frenara, el servidor sí: consulta no escribe.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            consulta.execute("UPDATE miembros SET nombre = 'X' WHERE id = 1")
    finally:
        tesoreria.close()
        consulta.close()


def test_dos_personas_registran_pagos_a_la_vez_sin_repetir_un_recibo(demo_en_el_servidor, login_pg):
    """Cada pago lee el último número de recibo y escribe el siguiente: con dos personas a la vez, el cerrojo de
    las transacciones del programa hace que la segunda lea después de que la primera confirmó."""
    urls = [login_pg(demo_en_el_servidor, "ana", "secretaria"), login_pg(demo_en_el_servidor, "tomas", "tesoreria")]
    recibos, errores = [], []

    def pagar(url):
        db, contexto = _abrir(url)
        try:
            miembro = _con_deuda(db)
            for _ in range(8):
                recibos.append(registrar_pago(contexto, NuevoPago(miembro, date.today(), "1", "USD")).recibo)
        except Exception as error:  # noqa: BLE001 (se informa abajo)
            errores.append(error)
        finally:
            db.close()

    hilos = [threading.Thread(target=pagar, args=(url,)) for url in urls]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    assert not errores, errores
    assert len(recibos) == 16 and len(set(recibos)) == 16
    db, _ = _abrir(demo_en_el_servidor)
    try:
        assert verificar(db).correcta
    finally:
        db.close()


def test_verificar_nota_una_regla_apagada_en_el_servidor(demo_en_el_servidor):
    db, _ = _abrir(demo_en_el_servidor)
    try:
        resultado = verificar(db)
        assert resultado.correcta, resultado.problemas
        assert any("servidor PostgreSQL" in d for d in resultado.detalles)
        db.execute("ALTER TABLE pagos DISABLE TRIGGER pagos_sin_borrado")
        problemas = verificar(db).problemas
        assert any("Regla apagada en el servidor: «pagos_sin_borrado» de la tabla pagos" in p
                   and "(ALTER TABLE pagos ENABLE TRIGGER pagos_sin_borrado) y revisa con esta misma orden" in p
                   for p in problemas), problemas
        # La ventana en portugués (issue 61, §2): la misma regla, en portugués y con su menú, no «esta misma orden».
        from escritorio.dominio import puerta
        from escritorio.idiomas.traduccion import fijar_idioma_del_proceso

        fijar_idioma_del_proceso("pt_BR")
        puerta.fijar_del_proceso(puerta.VENTANA)
        (regla,) = [p for p in verificar(db).problemas if "pagos_sin_borrado" in p]
        assert regla.startswith("Regra desligada no servidor: «pagos_sin_borrado» da tabela pagos. ") and \
            "(ALTER TABLE pagos ENABLE TRIGGER pagos_sin_borrado) e verifica com o menu Arquivo, «Verificar o banco " \
            "de dados…», o que mudou." in regla, regla
        # Y lo que el servidor rechaza (el RAISE de una regla, escrito en castellano en su esquema), en portugués.
        with pytest.raises(ErrorEscritorio) as rechazo:
            with transaccion(db):
                db.execute("UPDATE pagos SET importe = 1 WHERE id = 1")
        assert rechazo.value.mensaje == ("O banco de dados rejeitou a alteração: Um pagamento registrado não é "
                                         "modificado: só é anulado, com um motivo (se tinha um erro, é anulado e "
                                         "registrado de novo). Nada foi salvo."), rechazo.value.mensaje
    finally:
        db.close()


def test_un_error_dentro_de_una_escritura_no_deja_nada(demo_en_el_servidor):
    db, contexto = _abrir(demo_en_el_servidor)
    try:
        pagos = _contar(demo_en_el_servidor, "pagos")
        with pytest.raises(RuntimeError):
            with transaccion(db):
                registrar_pago(contexto, NuevoPago(_con_deuda(db), date.today(), "1", "USD"))
                raise RuntimeError("se cortó a mitad")
        assert _contar(demo_en_el_servidor, "pagos") == pagos
    finally:
        db.close()


def test_la_red_de_ejemplo_se_crea_en_el_servidor(url_pg, cli):
    """«escritorio demo» sobre una base recién instalada: la misma red que en un archivo, con sus ids propios del
    servidor (un alta posterior no choca con los miembros numerados por la demo) y la cadena íntegra."""
    hecho = cli("demo", db=url_pg)
    assert hecho.returncode == 0, hecho.stderr
    assert "300 miembros" in hecho.stdout
    db, contexto = _abrir(url_pg)
    try:
        nuevo = guardar_ficha(contexto, FichaMiembro(nombre="Villa Nueva del Servidor", pais="UY"),
                              poblacion=("12.000", "2011", "INE"))
        assert nuevo > 300
        assert verificar(db).correcta
    finally:
        db.close()


def test_la_linea_de_ordenes_usa_la_clave_guardada_en_el_llavero(demo_en_el_servidor, login_pg, cli, cli_proceso,
                                                                  llavero):
    """La clave que la ventana guardó en el llavero del sistema sirve también para la línea de órdenes; en un equipo
    sin llavero, la orden dice que falta la clave, sin trazas."""
    ana = login_pg(demo_en_el_servidor, "ana", "secretaria")
    direccion = ana.replace(":clave-ana@", "@")
    sin_llavero = cli_proceso("miembros", "listar", db=direccion)  # un proceso real, con el llavero «fail»
    assert sin_llavero.returncode == 1 and "pide una clave" in sin_llavero.stderr
    assert "Traceback" not in sin_llavero.stderr and "keyring" not in sin_llavero.stderr
    sin_clave = cli("miembros", "listar", db=direccion)
    assert sin_clave.returncode != 0 and "pide una clave" in sin_clave.stderr and "Traceback" not in sin_clave.stderr
    llavero.claves[("Escritorio", direccion)] = "clave-ana"
    con_clave = cli("miembros", "listar", db=direccion)
    assert con_clave.returncode == 0, con_clave.stderr
    assert "Rosario" in con_clave.stdout


def test_tesoreria_envia_por_correo_un_recibo_y_no_cambia_la_cuenta(demo_en_el_servidor, login_pg, cli):
    """Tesorería emite recibos y avisos: los deja en la bandeja de salida con su login (el servidor le da las tablas
    del correo), pero la cuenta de correo de la asociación la configura secretaría."""
    ana = login_pg(demo_en_el_servidor, "ana", "secretaria")
    tomas = login_pg(demo_en_el_servidor, "tomas", "tesoreria")
    hecho = cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", "1", "--seguridad", "ninguna",
                "--remitente", "secretaria@redsur.ejemplo.org", db=ana)
    assert hecho.returncode == 0, hecho.stderr
    with psycopg.connect(demo_en_el_servidor) as c:
        c.execute("UPDATE miembros SET correo = 'tesoreria@rosario.ejemplo.org' WHERE nombre = 'Rosario'")
        (pago,) = c.execute("SELECT min(p.id) FROM pagos p JOIN miembros m ON m.id = p.miembro_id "
                            "WHERE m.nombre = 'Rosario' AND p.anulado_en IS NULL").fetchone()
    antes = _contar(demo_en_el_servidor, "mensajes")
    recibo = cli("correo", "recibo", pago, db=tomas)   # nadie escucha en el puerto 1: queda esperando
    assert recibo.returncode == 3, recibo.stderr
    assert "Traceback" not in recibo.stderr
    assert _contar(demo_en_el_servidor, "mensajes") == antes + 1
    with psycopg.connect(demo_en_el_servidor) as c:
        assert c.execute("SELECT operador FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone() == ("tomas",)

    cuenta = cli("correo", "cuenta", "--servidor", "smtp.otro.ejemplo", "--remitente", "x@otro.ejemplo", db=tomas)
    assert cuenta.returncode == 1
    assert "no tiene permiso" in cuenta.stderr and "Traceback" not in cuenta.stderr
