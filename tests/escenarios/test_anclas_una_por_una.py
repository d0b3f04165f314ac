"""Cada ancla por su cuenta (issue 58 §2): un ancla que no se puede leer (una dirección muerta, un archivo que no es
un ancla) es una línea que la nombra y dice por qué, y las demás se comprueban igual; «verificar» sale con 1. Y la
ventana (Archivo › Verificar la base…) comprueba anclas con la misma función del servicio que la CLI.

Como lo haría quien manipula o quien verifica: procesos reales de la CLI, la cadena rehecha con sqlite3 sobre el
archivo (tests/escenarios/test_anclas_fuera_del_archivo.py), un puerto cerrado en 127.0.0.1 y el diálogo real."""

import functools
import http.server
import json
import shutil
import socket
import threading
import time

import pytest
from ayudas import oficina_de
from cli_en_el_proceso import entorno_aislado, orden_en_el_proceso
from test_anclas_fuera_del_archivo import rehacer_la_cadena


def _orden(ejecutar, ruta, *argumentos):
    hecho = ejecutar(*argumentos, db=ruta)
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    return hecho


def _direccion_muerta() -> str:
    """Una dirección en 127.0.0.1 en un puerto que nadie escucha (se pidió uno libre y se soltó)."""
    with socket.socket() as enchufe:
        enchufe.bind(("127.0.0.1", 0))
        puerto = enchufe.getsockname()[1]
    return f"http://127.0.0.1:{puerto}/transparencia/"


class _SitioLento(http.server.SimpleHTTPRequestHandler):
    """Un sitio en 127.0.0.1 que tarda en responder: la ventana tiene que seguir viva mientras tanto."""

    def do_GET(self):  # noqa: N802 - nombre de http.server
        time.sleep(1.5)
        super().do_GET()

    def log_message(self, *_):
        pass


def _cabeza(cli, ruta) -> str:
    dato = json.loads(_orden(cli, ruta, "bitacora", "ancla", "--json").stdout)
    return f"{dato['sello']}:{dato['huella']}"


@pytest.fixture(scope="module")
def red_publicada(demo_creada_por_la_cli, tmp_path_factory):
    """La red de ejemplo publicada una vez en el módulo con «escritorio publicar» (en este proceso: lo que se prueba
    es «verificar»). Cada prueba toma su copia de la base y del sitio (`publicada`)."""
    carpeta = tmp_path_factory.mktemp("red_publicada")
    entorno = entorno_aislado(carpeta)
    ruta = carpeta / "red.db"
    shutil.copy(demo_creada_por_la_cli, ruta)
    hecho = orden_en_el_proceso(["--db", str(ruta), "publicar", str(carpeta / "sitio")], carpeta, entorno)
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    return ruta, carpeta / "sitio"


@pytest.fixture
def publicada(red_publicada, tmp_path):
    """(base, sitio): copias en tmp_path de la red publicada en el módulo."""
    ruta, sitio = tmp_path / "red.db", tmp_path / "sitio"
    shutil.copy(red_publicada[0], ruta)
    shutil.copytree(red_publicada[1], sitio)
    return ruta, sitio


def test_un_ancla_ilegible_en_medio_no_calla_a_las_demas(publicada, cli, cli_proceso, tmp_path):
    ruta, sitio = publicada
    escrita = _cabeza(cli, ruta)
    muerta = _direccion_muerta()

    hecho = cli_proceso("verificar", "--ancla", str(sitio), "--ancla", muerta, "--ancla", escrita, db=ruta)
    assert hecho.returncode == 1, hecho.stdout + hecho.stderr
    assert f"que mostró el sitio publicado en {sitio} (publicada el" in hecho.stdout
    assert hecho.stdout.count("sigue en la cadena, igual") == 2
    assert f"que mostró el ancla «{escrita[:50]}" in hecho.stdout
    assert f"PROBLEMA: Ancla que no se pudo leer («{muerta}»): No se pudo leer {muerta}anclas.json" in hecho.stderr
    assert "Compruebe la conexión y la dirección" in hecho.stderr
    assert "La base tiene 1 problema(s)" in hecho.stderr and "Traceback" not in hecho.stdout + hecho.stderr
    # Sin problemas, «sana» no va sola: dice en qué se apoya, con las anclas de afuera que se dieron.
    hecho = cli_proceso("verificar", "--ancla", escrita, db=ruta)
    assert hecho.returncode == 0 and "La base de datos está sana.\nEn qué se apoya:" in hecho.stdout
    assert "y en las anclas de afuera que se dieron" in hecho.stdout
    hecho = cli_proceso("verificar", db=ruta)
    assert "compárela con las anclas que salieron de la oficina" in hecho.stdout

    # Un archivo que no es ninguna clase de ancla, entre dos buenas: también se nombra, y las otras se comprueban.
    nota = tmp_path / "nota.txt"
    nota.write_text("no es un ancla", encoding="utf-8")
    hecho = cli_proceso("verificar", "--ancla", escrita, "--ancla", str(nota), "--ancla", str(sitio), db=ruta)
    assert hecho.returncode == 1
    assert hecho.stdout.count("sigue en la cadena, igual") == 2
    assert f"PROBLEMA: Ancla que no se pudo leer («{nota}»): escriba el sello y la huella" in hecho.stderr
    assert "--ancla «" not in hecho.stderr   # la línea ya nombra el valor: sin la opción repetida delante

    # Un nombre que el sistema no acepta (más largo de lo que admite un archivo): también una línea, no un error.
    largo = "x" * 300
    hecho = cli_proceso("verificar", "--ancla", largo, "--ancla", escrita, db=ruta)
    assert hecho.returncode == 1 and hecho.stdout.count("sigue en la cadena, igual") == 1
    assert "no se puede abrir como archivo ni como carpeta (el nombre es demasiado largo)" in hecho.stderr
    assert "inesperado" not in hecho.stderr and "Traceback" not in hecho.stderr


def test_la_ventana_comprueba_cada_ancla_con_el_servicio(qtbot, publicada, cli, tmp_path, monkeypatch):
    from escritorio.interfaz.dialogos.verificar_base import DialogoVerificarBase
    from escritorio.interfaz.piezas import elegir_archivo
    from escritorio.servicios.base import abrir_base

    ruta, sitio = publicada
    copia = tmp_path / "guardada" / "anclas.json"   # la lista del sitio, guardada antes de rehacer la cadena
    copia.parent.mkdir()
    shutil.copy(sitio / "anclas.json", copia)
    rehacer_la_cadena(ruta)
    buena = _cabeza(cli, ruta)   # la cabeza de la cadena rehecha: esa sí la tiene
    nota = tmp_path / "nota.txt"
    nota.write_text("no es un ancla", encoding="utf-8")
    pedidos = []

    def elegir(padre, titulo, carpeta, filtro=""):
        pedidos.append(filtro)
        return [str(copia), str(nota)]

    monkeypatch.setattr(elegir_archivo, "varios_para_abrir", elegir)
    db = abrir_base(ruta, comprobacion_completa=True)
    try:
        dialogo = DialogoVerificarBase(oficina_de(db))
        qtbot.addWidget(dialogo)
        dialogo.resize(1024, 600)
        dialogo.show()

        def lineas():
            lista = dialogo.lista_anclas
            return [(lista.item(i).data(0x0100), lista.item(i).text()) for i in range(lista.count())]

        dialogo.comprobar()   # la cadena rehecha entera pasa lo que la base dice de sí misma: «sana», y en qué se apoya
        assert dialogo.resumen.text() == "La base de datos está sana."
        assert dialogo.informe.toPlainText().startswith("En qué se apoya: en lo que la base dice de sí misma")
        dialogo.boton_archivos.click()   # la copia de la lista del sitio y un archivo que no es un ancla
        assert pedidos and "*.tsr" in pedidos[0]
        vistas = lineas()
        assert [estado for estado, _ in vistas] == ["problema", "ilegible"]
        assert "NO SIGUE" in vistas[0][1] and "la cadena se rehízo por fuera de Escritorio" in vistas[0][1]
        assert f"NO SE PUDO LEER · Ancla que no se pudo leer («{nota}»)" in vistas[1][1]
        assert "2 de 2 ancla(s) no siguen" in dialogo.resumen_anclas.text()
        # Arriba ya no queda «sana»: la base no es la que salió de la oficina.
        assert dialogo.resumen.text().startswith("La base pasa sus comprobaciones internas, pero 2 ancla(s) de afuera")
        dialogo.grab().save(str(tmp_path / "anclas-rehechas.png"))

        muerta = _direccion_muerta()
        dialogo.ancla.setText(muerta)
        dialogo.boton_ancla.click()
        assert lineas() == [("ilegible", lineas()[0][1])]
        assert f"No se pudo leer {muerta}anclas.json" in lineas()[0][1]
        assert "Compruebe la conexión" in lineas()[0][1]

        # Un sitio que tarda: mientras se descarga, la ventana sigue atendiendo (el reloj de Qt corre) y no deja
        # empezar otra comprobación encima.
        servidor = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_SitioLento,
                                                                                        directory=str(copia.parent)))
        threading.Thread(target=servidor.serve_forever, daemon=True).start()
        visto = []
        from PySide6.QtCore import QTimer

        QTimer.singleShot(400, lambda: visto.append((dialogo.boton_ancla.isEnabled(), dialogo.resumen_anclas.text())))
        try:
            dialogo.ancla.setText(f"http://127.0.0.1:{servidor.server_address[1]}/")
            dialogo.boton_ancla.click()
        finally:
            servidor.shutdown()
            servidor.server_close()
        assert visto == [(False, "Comprobando 1 ancla(s)…")]
        assert [estado for estado, _ in lineas()] == ["problema"]
        assert "la cadena se rehízo por fuera de Escritorio" in lineas()[0][1]
        assert dialogo.boton_ancla.isEnabled()

        dialogo.ancla.setText(buena)
        dialogo.boton_ancla.click()
        assert [estado for estado, _ in lineas()] == ["sigue"]
        assert "sigue en la cadena, igual" in lineas()[0][1]
        assert "Las 1 ancla(s) siguen en la cadena" in dialogo.resumen_anclas.text()
        dialogo.grab().save(str(tmp_path / "anclas-buena.png"))
    finally:
        db.close()


def test_la_ventana_da_el_ancla_de_hoy_como_la_linea_de_ordenes(qtbot, publicada, cli, tmp_path):
    """«Ancla de hoy» en Verificar la base… es la de «escritorio bitacora ancla»: se copia con un clic, se pega en
    «Comprobar un ancla» con el teclado y sigue en la cadena también después de otra escritura."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from escritorio.interfaz.dialogos.verificar_base import DialogoVerificarBase
    from escritorio.servicios.base import abrir_base

    ruta, _sitio = publicada
    de_la_linea = _cabeza(cli, ruta)
    db = abrir_base(ruta)
    try:
        dialogo = DialogoVerificarBase(oficina_de(db))
        qtbot.addWidget(dialogo)
        dialogo.resize(1024, 600)
        dialogo.show()
        assert dialogo.ancla_de_hoy.text() == de_la_linea
        QGuiApplication.clipboard().clear()
        qtbot.mouseClick(dialogo.boton_copiar_ancla, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == de_la_linea
        assert dialogo.boton_copiar_ancla.text() == "Copiada"
        dialogo.grab().save(str(tmp_path / "ancla-de-hoy.png"))
    finally:
        db.close()

    _orden(cli, ruta, "miembros", "contacto", "1", "--nombre", "Ana Pérez", "--rol", "Prensa")   # otra escritura
    db = abrir_base(ruta)
    try:
        dialogo = DialogoVerificarBase(oficina_de(db))
        qtbot.addWidget(dialogo)
        dialogo.show()
        assert dialogo.ancla_de_hoy.text() == _cabeza(cli, ruta) != de_la_linea   # la cabeza avanzó
        dialogo.ancla.setFocus()
        qtbot.keyClick(dialogo.ancla, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)   # la guardada, pegada
        assert dialogo.ancla.text() == de_la_linea
        qtbot.keyClick(dialogo.ancla, Qt.Key.Key_Return)
        lista = dialogo.lista_anclas
        assert [lista.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lista.count())] == ["sigue"]
    finally:
        db.close()
