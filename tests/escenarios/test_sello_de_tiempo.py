"""El sello de tiempo RFC 3161 de la cabeza de la bitácora (issue 58, punto 2): un ancla firmada por un tercero.

Una autoridad de sello de tiempo de verdad (RFC 3161 por HTTP, firmada con su clave) en 127.0.0.1
(`tests/pki_local.py`), nunca Internet; la CLI y sqlite3 sobre el archivo, como lo haría quien manipula. La primera
prueba corre la CLI como proceso real, como la corre la secretaría; las demás, en el proceso de las pruebas (la
fixture `cli`: la misma función de entrada, el mismo estado de salida y la misma salida, sin pagar un arranque por
orden):
- se pide, se guarda con la cadena y `verificar` lo comprueba y lo nombra; `openssl ts -verify` lo acepta con los
  bytes que dice la documentación;
- una cadena rehecha a mano (un registro viejo cambiado y cada sello recalculado, los testigos borrados) pasa todo lo
  demás, pero no el sello de tiempo: ni el guardado ni el .tsr exportado (aun si borra los guardados);
- un token cambiado (la hora) ya no tiene la firma de la TSA;
- sin conexión, la escritura se hace igual y se dice que se intentará de nuevo.
"""

import json
import shutil
import socket
import sqlite3
import subprocess

import pytest

from escritorio.datos.base_de_datos import BaseDeDatos
from escritorio.datos.bitacora import _huella
from escritorio.servicios import sello_de_tiempo
from pki_local import PKILocal


@pytest.fixture
def tsa(tmp_path):
    with PKILocal(tmp_path / "pki") as autoridad:
        yield autoridad


def _orden(cli, ruta, *argumentos):
    hecho = cli(*argumentos, db=ruta)
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    return hecho


def _sin_triggers(conn: sqlite3.Connection):
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for nombre, _ in triggers:
        conn.execute(f'DROP TRIGGER "{nombre}"')
    return lambda: [conn.execute(sql) for _, sql in triggers]


def _resellar(conn: sqlite3.Connection) -> None:
    db, anterior = BaseDeDatos(conn), None
    for sello, momento, usuario, operador, desde, hasta in conn.execute(
            "SELECT id, momento, usuario, operador, desde_id, hasta_id FROM bitacora_sellos ORDER BY id").fetchall():
        huella, _ = _huella(db, anterior, momento, usuario, operador, desde, hasta)
        conn.execute("UPDATE bitacora_sellos SET huella_anterior = ?, huella = ? WHERE id = ?", [anterior, huella, sello])
        anterior = huella


def _rehacer_la_cadena(ruta, *, borrar_sellos_de_tiempo: bool = False) -> None:
    """Quien conoce el programa cambia el correo de un miembro y su alta en la bitácora (un registro sellado mucho
    antes del sello de tiempo), recalcula cada sello con la función del programa y borra los testigos. Si se pide,
    borra también los sellos de tiempo guardados y sus registros de bitácora antes de resellar."""
    conn = sqlite3.connect(ruta)
    try:
        reponer = _sin_triggers(conn)
        miembro, registro, datos = conn.execute(
            "SELECT entidad_id, id, datos FROM bitacora b WHERE entidad = 'miembros' AND accion = 'alta' AND "
            "(SELECT count(*) FROM bitacora c WHERE c.entidad = 'miembros' AND c.entidad_id = b.entidad_id) = 1 "
            "ORDER BY id LIMIT 1").fetchone()
        columnas = [c[1] for c in conn.execute("PRAGMA table_info(miembros)") if c[2].upper() != "BLOB"]
        fila = json.loads(datos)
        fila[columnas.index("correo")] = "falso@ejemplo.org"
        conn.execute("UPDATE bitacora SET datos = ? WHERE id = ?",
                     [json.dumps(fila, ensure_ascii=False, separators=(",", ":")), registro])
        conn.execute("UPDATE miembros SET correo = 'falso@ejemplo.org' WHERE id = ?", [miembro])
        if borrar_sellos_de_tiempo:   # las últimas transacciones, las que guardaron los sellos de tiempo
            desde = conn.execute("SELECT min(s.desde_id) FROM bitacora_sellos s JOIN bitacora b ON b.id BETWEEN "
                                 "s.desde_id AND s.hasta_id WHERE b.entidad = 'sellos_de_tiempo'").fetchone()[0]
            conn.execute("DELETE FROM sellos_de_tiempo")
            conn.execute("DELETE FROM bitacora WHERE id >= ?", [desde])
            conn.execute("DELETE FROM bitacora_sellos WHERE desde_id >= ?", [desde])
        _resellar(conn)
        reponer()
        conn.commit()
    finally:
        conn.close()
    for testigo in [ruta.with_name(ruta.name + ".testigo"), *ruta.parent.glob("respaldos/*.testigo")]:
        testigo.unlink(missing_ok=True)


def _sellada(cli, ruta, tsa, tsr):
    _orden(cli, ruta, "bitacora", "sello-de-tiempo", "--servidor", tsa.url_tsa)
    hecho = _orden(cli, ruta, "bitacora", "sellar-tiempo", "--guardar", str(tsr))
    assert "Sello de Tiempo de Prueba certificó el sello" in hecho.stdout
    return json.loads(_orden(cli, ruta, "bitacora", "sello-de-tiempo", "--json").stdout)


def test_el_sello_de_tiempo_se_guarda_y_verificar_lo_nombra(demo_como, cli_proceso, tsa, tmp_path):
    ruta, tsr = demo_como("x.db"), tmp_path / "cabeza.tsr"
    guardado = _sellada(cli_proceso, ruta, tsa, tsr)
    assert tsa.pedidos["tsa"] >= 1
    ultimo = guardado["sellos"][-1]
    assert guardado["servidor"]["origen_certificado"] == "primer_uso"     # confianza al primer uso, dicha

    sana = _orden(cli_proceso, ruta, "verificar", "--ancla", str(tsr))
    assert "La base de datos está sana." in sana.stdout
    assert f"certifica el sello {ultimo['sello_id']}" in sana.stdout and "Sello de Tiempo de Prueba" in sana.stdout
    assert "Ancla: el sello de tiempo cabeza.tsr" in sana.stdout and "sigue en la cadena, igual" in sana.stdout

    # Lo sellado son los bytes que dice la documentación: openssl lo comprueba sin Escritorio.
    if shutil.which("openssl"):
        dato = tmp_path / "ancla.txt"
        dato.write_bytes(f"escritorio-ancla:{ultimo['sello_id']}:{ultimo['huella']}".encode("ascii"))
        hecho = subprocess.run(["openssl", "ts", "-verify", "-data", str(dato), "-in", str(tsr),
                                "-CAfile", str(tsa.archivo_raiz)], capture_output=True, text=True)
        assert "Verification: OK" in hecho.stdout, hecho.stdout + hecho.stderr

    # La base no deja cambiar ni borrar un sello guardado.
    for sentencia in ("UPDATE sellos_de_tiempo SET huella = replace(huella, 'a', 'b')", "DELETE FROM sellos_de_tiempo"):
        conn = sqlite3.connect(ruta)
        with pytest.raises(sqlite3.IntegrityError, match="sello de tiempo guardado"):
            conn.execute(sentencia)
        conn.close()


def test_una_cadena_rehecha_despues_del_sello_de_tiempo_se_nota(demo_como, cli, tsa, tmp_path):
    ruta, tsr = demo_como("x.db"), tmp_path / "cabeza.tsr"
    ultimo = _sellada(cli, ruta, tsa, tsr)["sellos"][-1]

    _rehacer_la_cadena(ruta)
    contra = cli("verificar", db=ruta)
    assert contra.returncode == 1, contra.stdout
    assert (f"certifica el sello {ultimo['sello_id']} con la huella {ultimo['huella'][:16]}…; la base tiene otra"
            in contra.stderr), contra.stderr
    assert "la cadena se rehízo después de esa hora" in contra.stderr
    assert "Sello de Tiempo de Prueba" in contra.stderr   # nombra el sello de tiempo: de qué TSA y de cuándo



def test_borrar_los_sellos_guardados_no_lava_el_tsr_que_salio_de_la_oficina(demo_como, cli, tsa, tmp_path):
    ruta, tsr = demo_como("x.db"), tmp_path / "cabeza.tsr"
    # Un pedido suelto (sin servidor configurado): la transacción que lo guarda es la última de la cadena.
    hecho = _orden(cli, ruta, "bitacora", "sellar-tiempo", "--servidor", tsa.url_tsa, "--guardar", str(tsr))
    sello = int(hecho.stdout.split("certificó el sello ")[1].split()[0])
    assert "sigue en la cadena, igual" in _orden(cli, ruta, "verificar", "--ancla", str(tsr)).stdout

    # Quien además borra los sellos guardados (con sus registros y sus sellos) deja una base que «verificar» solo da
    # por sana…
    _rehacer_la_cadena(ruta, borrar_sellos_de_tiempo=True)
    assert "La base de datos está sana." in _orden(cli, ruta, "verificar").stdout
    # …pero el .tsr que salió de la oficina no coincide.
    afuera = cli("verificar", "--ancla", str(tsr), db=ruta)
    assert afuera.returncode == 1, afuera.stdout
    assert f"certifica el sello {sello} con otra huella" in afuera.stderr, afuera.stderr


def test_un_sello_de_tiempo_cambiado_no_tiene_la_firma_de_la_tsa(demo_como, cli, tsa, tmp_path):
    ruta, tsr = demo_como("x.db"), tmp_path / "cabeza.tsr"
    _sellada(cli, ruta, tsa, tsr)
    from asn1crypto import tsp

    original = tsr.read_bytes()
    hora = tsp.TimeStampResp.load(original)["time_stamp_token"]["content"]["encap_content_info"]["content"] \
        .parsed["gen_time"].dump()                                 # la hora firmada (GeneralizedTime), en DER
    assert original.count(hora) == 1 and hora[2:4] == b"20"
    cambiado = original.replace(hora, hora[:2] + b"19" + hora[4:])   # un siglo antes
    falso = tmp_path / "falso.tsr"
    falso.write_bytes(cambiado)
    contra = cli("verificar", "--ancla", str(falso), db=ruta)
    assert contra.returncode == 1 and "no cubre lo que dice" in contra.stderr, contra.stdout + contra.stderr

    # El mismo cambio dentro de la base, con su SHA-256 anotado al día (lo que haría quien manipula).
    import hashlib

    conn = sqlite3.connect(ruta)
    reponer = _sin_triggers(conn)
    conn.execute("UPDATE sellos_de_tiempo SET token = ?, token_sha256 = ? WHERE id = (SELECT max(id) FROM "
                 "sellos_de_tiempo)", [cambiado, hashlib.sha256(cambiado).hexdigest()])
    reponer()
    conn.commit()
    conn.close()
    adentro = cli("verificar", db=ruta)
    assert adentro.returncode == 1 and "no cubre lo que dice" in adentro.stderr, adentro.stdout + adentro.stderr


def _puerto_cerrado() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_sin_conexion_la_escritura_se_hace_y_se_intentara_de_nuevo(demo_como, cli):
    ruta = demo_como("x.db")
    url = f"http://127.0.0.1:{_puerto_cerrado()}/tsa"
    configurado = _orden(cli, ruta, "bitacora", "sello-de-tiempo", "--servidor", url)
    assert "se intentará de nuevo con la próxima escritura" in configurado.stderr

    escrito = _orden(cli, ruta, "miembros", "editar", "5", "--telefono", "+54 11 4000-0001")
    assert "se intentará de nuevo con la próxima escritura" in escrito.stderr, escrito.stderr
    assert "no respondió" in escrito.stderr
    conn = sqlite3.connect(ruta)
    assert conn.execute("SELECT telefono FROM miembros WHERE id = 5").fetchone()[0] == "+54 11 4000-0001"
    assert conn.execute("SELECT count(*) FROM sellos_de_tiempo").fetchone()[0] == 0
    conn.close()
    assert "La base de datos está sana." in _orden(cli, ruta, "verificar").stdout

    a_mano = cli("bitacora", "sellar-tiempo", db=ruta)
    assert a_mano.returncode == 1 and "No se obtuvo el sello de tiempo" in a_mano.stderr
    assert "Traceback" not in a_mano.stderr


def test_la_ventana_configura_el_servidor_y_pide_el_sello(qtbot, demo_como, tsa, monkeypatch):
    """Archivo → Verificar la base…: la dirección se guarda en la base (la misma que ve la línea de órdenes), «Pedir
    sello ahora» lo guarda y la verificación lo nombra; una dirección que no es http(s) se rechaza con su motivo."""
    from PySide6.QtWidgets import QMessageBox

    from ayudas import oficina_de
    from escritorio.interfaz.dialogos.verificar_base import DialogoVerificarBase
    from escritorio.servicios.base import abrir_base

    ruta = demo_como("x.db")
    errores = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, texto, *a, **k: errores.append(texto))
    db = abrir_base(ruta, comprobacion_completa=True)
    try:
        dialogo = DialogoVerificarBase(oficina_de(db))
        qtbot.addWidget(dialogo)
        dialogo.show()
        assert "Apagado" in dialogo.estado_sello.text() and not dialogo.boton_sellar.isEnabled()
        dialogo.servidor_sello.setText("javascript:alert(5)")
        dialogo.boton_guardar_sello.click()
        assert errores and "no es la dirección de un servidor de sello de tiempo" in errores[0]

        dialogo.servidor_sello.setText(tsa.url_tsa)
        dialogo.boton_guardar_sello.click()
        assert dialogo.boton_sellar.isEnabled()
        dialogo.boton_sellar.click()
        assert tsa.pedidos["tsa"] == 1
        assert "Sellos guardados: 1" in dialogo.estado_sello.text()
        assert "Sello de Tiempo de Prueba" in dialogo.estado_sello.text()
        assert "certifica el sello" in dialogo.informe.toPlainText()
        assert dialogo.resumen.text() == "La base de datos está sana."
    finally:
        db.close()


def test_la_confianza_descansa_en_el_certificado_dado_y_otro_no_se_guarda(demo_como, cli, tsa, tmp_path):
    """Con --certificado, cada sello tiene que venir firmado por ese certificado o por uno que él emitió: el de la
    raíz de la autoridad sirve; el de otra autoridad (aquí la intermedia, que no emitió el de la TSA) no, y el sello
    no se guarda."""
    from cryptography.hazmat.primitives import serialization

    ruta = demo_como("x.db")
    otra = tmp_path / "otra.pem"
    otra.write_bytes(tsa.intermedia.cert.public_bytes(serialization.Encoding.PEM))
    _orden(cli, ruta, "bitacora", "sello-de-tiempo", "--servidor", tsa.url_tsa, "--certificado", str(otra))
    rechazado = cli("bitacora", "sellar-tiempo", db=ruta)
    assert rechazado.returncode == 1 and "firmó con otro certificado" in rechazado.stderr, rechazado.stderr
    assert json.loads(_orden(cli, ruta, "bitacora", "sello-de-tiempo", "--json").stdout)["sellos"] == []

    _orden(cli, ruta, "bitacora", "sello-de-tiempo", "--servidor", tsa.url_tsa, "--certificado",
           str(tsa.archivo_raiz))
    _orden(cli, ruta, "bitacora", "sellar-tiempo")
    sana = _orden(cli, ruta, "verificar")
    assert "el certificado dado por quien configuró el servidor" in sana.stdout, sana.stdout


def test_la_ventana_sella_en_segundo_plano_despues_de_escribir(qtbot, demo_como, tsa, monkeypatch):
    """En la ventana, después de una escritura (o al abrir), el sello se pide en otro hilo y se guarda en el de la
    ventana; sin conexión, solo una nota. La ventana no espera a la red."""
    from ayudas import oficina_de
    from escritorio.interfaz import sellador as modulo
    from escritorio.servicios.base import abrir_base

    monkeypatch.setattr(modulo, "PAUSA_MS", 10)
    ruta = demo_como("x.db")
    db = abrir_base(ruta, comprobacion_completa=True)
    try:
        oficina = oficina_de(db)
        sello_de_tiempo.configurar_servidor(db, f"http://127.0.0.1:{_puerto_cerrado()}/tsa")
        sellador = modulo.Sellador(oficina)
        notas = []
        sellador.nota.connect(notas.append)
        sellador.pausa.setInterval(10)
        sellador.pausa.start()
        qtbot.waitUntil(lambda: bool(notas), timeout=10_000)
        assert "se intentará de nuevo con la próxima escritura" in notas[-1]
        assert sello_de_tiempo.sellos_guardados(db) == []

        # Con la autoridad al alcance, la próxima escritura de la oficina lo consigue.
        sello_de_tiempo.configurar_servidor(db, tsa.url_tsa)   # una escritura: avisa a la oficina
        qtbot.waitUntil(lambda: len(notas) >= 2, timeout=10_000)
        assert "Sello de Tiempo de Prueba certificó el sello" in notas[-1], notas
        guardados = sello_de_tiempo.sellos_guardados(db)
        assert len(guardados) == 1 and tsa.pedidos["tsa"] == 1
        sellador.soltar()
    finally:
        db.close()
