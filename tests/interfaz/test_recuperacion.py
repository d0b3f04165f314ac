"""Arranque seguro: una sola ventana por base, base dañada apartada y recuperada, respaldos al abrir y cerrar."""

import sqlite3

from PySide6.QtWidgets import QMessageBox

from escritorio.datos.respaldo_identidad import listar_respaldos
from escritorio.interfaz import aplicacion
from escritorio.interfaz.apertura import tomar_cerrojo
from escritorio.interfaz.otra_base import cerrojo_o_aviso
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_padron


def _arruinar(ruta) -> None:
    conn = sqlite3.connect(ruta)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    datos = bytearray(ruta.read_bytes())
    for posicion in range(8192, len(datos) - 4096, 4096):  # arruina las páginas interiores
        datos[posicion + 100:posicion + 300] = b"\xff" * 200
    ruta.write_bytes(bytes(datos))


def _una_sola_ventana(ruta):
    """Lo que hace el arranque con la base (`apertura.empezar` y `aplicacion.ejecutar`) y lo que hace «Abrir» con otra
    (`otra_base.cambiar_a_archivo`): tomar su cerrojo, o decir qué otra ventana la tiene (None)."""
    return cerrojo_o_aviso(tomar_cerrojo(ruta), ruta)


def test_segunda_ventana_sobre_la_misma_base_recibe_un_mensaje(qtbot, tmp_path, monkeypatch):
    avisos = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: avisos.append(a[2]))
    ruta = tmp_path / "red.db"
    primera = _una_sola_ventana(ruta)
    assert primera is not None
    assert _una_sola_ventana(ruta) is None
    assert "ya está abierta en otra ventana" in avisos[0]
    primera.unlock()
    assert _una_sola_ventana(ruta) is not None


def test_abrir_desde_la_ventana_hace_un_respaldo_sellado(qtbot, tmp_path, demo_como):
    ruta = demo_como("red.db")
    abrir_base(ruta).close()
    db = aplicacion.abrir_con_ayuda(ruta)
    respaldos = listar_respaldos(ruta)
    assert [r["motivo"] for r in respaldos] == ["apertura"]
    assert respaldos[0]["integro"] is True
    db.close()


def test_base_danada_se_aparta_y_se_restaura_el_ultimo_respaldo_sano(qtbot, tmp_path, monkeypatch, demo_como):
    ruta = demo_como("red.db")
    db = abrir_base(ruta)
    db.close()
    aplicacion.abrir_con_ayuda(ruta).close()  # deja un respaldo de apertura
    _arruinar(ruta)
    mensajes = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: mensajes.append(a[2]))
    db = aplicacion.abrir_con_ayuda(ruta)
    assert len(listar_padron(Contexto(db, 1))) == 300
    apartadas = list(tmp_path.glob("red.db.danada-*"))
    assert len(apartadas) == 1 and apartadas[0].stat().st_size > 0
    assert "quedó guardado como" in mensajes[0]
    db.close()


# --- la base abre en un hilo mientras se carga la ventana (interfaz/apertura.py) ------------------------

def test_el_error_de_la_apertura_adelantada_llega_a_quien_pide_la_base():
    from escritorio.errores import ErrorBaseDanada
    from escritorio.interfaz.apertura import AperturaAdelantada

    def falla():
        raise ErrorBaseDanada("La base de datos x.db está dañada.")

    apertura = AperturaAdelantada(falla)
    try:
        apertura.resultado()
    except ErrorBaseDanada as error:
        assert "está dañada" in error.mensaje
    else:
        raise AssertionError("el error del hilo se perdió")
    assert AperturaAdelantada(lambda: 42).resultado() == 42


def test_el_respaldo_de_apertura_espera_a_que_la_ventana_este_armada():
    """Lo de después de abrir (el respaldo de apertura) no compite por el procesador con la ventana que se arma:
    empieza cuando la ventana llama a `seguir()`."""
    import threading

    from escritorio.interfaz.apertura import AperturaAdelantada

    empezo = threading.Event()
    apertura = AperturaAdelantada(lambda: 42, despues=lambda valor: empezo.set())
    assert apertura.resultado() == 42
    assert not empezo.wait(0.3) and not apertura.despues_terminado()
    apertura.seguir()
    assert empezo.wait(5)


def test_el_lanzador_ofrece_recuperar_una_base_danada_aunque_abra_en_otro_hilo(qtbot, tmp_path, monkeypatch,
                                                                               demo_como):
    """El camino real (`ejecutar`, con la base abriendo en un hilo): la base dañada llega al diálogo de siempre, que
    aparta el archivo y restaura el respaldo; la ventana abre con la base recuperada."""
    ruta = demo_como("red.db")
    aplicacion.abrir_con_ayuda(ruta).close()  # deja un respaldo de apertura sano
    _arruinar(ruta)
    preguntas, abiertas = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, texto, *a, **k: (
        preguntas.append(texto), QMessageBox.StandardButton.Yes)[1])
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)

    def mirar(ventana):  # la ventana ya está: se anota qué base muestra
        abiertas.append(len(listar_padron(Contexto(ventana.db, ventana.asociacion["id"]))))

    assert _lanzar_y_mirar(qtbot, tmp_path, monkeypatch, ruta, mirar) == 0
    assert "está dañado" in preguntas[0] and abiertas == [300]
    assert len(list(tmp_path.glob("red.db.danada-*"))) == 1


def test_si_otra_ventana_tiene_la_base_no_se_empieza_a_abrir(qtbot, tmp_path, monkeypatch, demo_como):
    """Con la base abierta en otra ventana, el arranque no la abre (ni la comprueba ni la respalda): avisa y sale."""
    from escritorio.interfaz.apertura import empezar

    ruta = demo_como("red.db")
    otra = tomar_cerrojo(ruta)
    avisos = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: avisos.append(a[2]))
    try:
        arranque = empezar(str(ruta), aplicacion._ajustes())
        assert arranque.base is None
        assert aplicacion.ejecutar(str(ruta), arranque) == 1
    finally:
        otra.unlock()
    assert "ya está abierta en otra ventana" in avisos[0]
    assert listar_respaldos(ruta) == []


def _lanzar_y_mirar(qtbot, tmp_path, monkeypatch, ruta, mirar) -> int:
    """`ejecutar` de verdad (la base abre en un hilo); con la ventana ya a la vista, `mirar(ventana)` y se cierra."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from escritorio.interfaz.comun import descartar
    from escritorio.interfaz.ventana_principal import VentanaPrincipal

    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(aplicacion, "_ajustes", lambda: ajustes)

    def al_mostrar():
        ventana = next(w for w in QApplication.topLevelWidgets() if isinstance(w, VentanaPrincipal) and w.isVisible())
        try:
            mirar(ventana)
        finally:
            ventana.close()

    QTimer.singleShot(0, al_mostrar)
    try:
        return aplicacion.ejecutar(str(ruta))
    finally:  # en el programa, el proceso termina con la ventana; aquí se destruye para que no quede en memoria
        for ventana in [w for w in QApplication.topLevelWidgets() if isinstance(w, VentanaPrincipal)]:
            descartar(ventana)


def test_el_lanzador_hace_el_respaldo_de_apertura_con_la_ventana_ya_abierta(qtbot, tmp_path, monkeypatch, demo_como):
    """La copia de apertura no se espera para ver la ventana: llega con la ventana ya abierta, sellada."""
    ruta = demo_como("red.db")

    def mirar(ventana):
        qtbot.waitUntil(lambda: [r["motivo"] for r in listar_respaldos(ruta)] == ["apertura"], timeout=10_000)
        assert listar_respaldos(ruta)[0]["integro"] is True

    assert _lanzar_y_mirar(qtbot, tmp_path, monkeypatch, ruta, mirar) == 0
    # Nadie escribió en la sesión: la base es igual al respaldo de apertura, y al cerrar no se copia otra vez
    # (el testigo lo anota: la próxima apertura tampoco la copia).
    respaldos = listar_respaldos(ruta)
    assert [r["motivo"] for r in respaldos] == ["apertura"] and respaldos[0]["integro"] is True
    from escritorio.datos import testigo

    assert testigo.leer(ruta).respaldada["respaldo"] == respaldos[0]["ruta"].name


def test_el_lanzador_avisa_si_no_pudo_hacer_el_respaldo_de_apertura(qtbot, tmp_path, monkeypatch, demo_como):
    """Sin dónde dejar la copia (hay un archivo llamado «respaldos»), la ventana sigue abierta y lo avisa sin
    detenerse; nada se pierde."""
    ruta = demo_como("red.db")
    (tmp_path / "respaldos").write_text("no es una carpeta")
    avisos = []

    def mirar(ventana):
        def aviso():
            caja = ventana.findChild(QMessageBox, "aviso_respaldo_de_apertura")
            return caja is not None and caja.isVisible() and caja.text()

        qtbot.waitUntil(lambda: bool(aviso()), timeout=10_000)
        avisos.append(aviso())
        assert ventana.franja_solo_lectura.isHidden()  # no es un disco lleno: se puede seguir guardando

    monkeypatch.setattr(aplicacion, "registrar_inesperado", lambda *a, **k: None)  # el de cierre también falla
    assert _lanzar_y_mirar(qtbot, tmp_path, monkeypatch, ruta, mirar) == 0
    assert avisos[0].startswith(f"No se pudo hacer el respaldo de apertura de {ruta}")


def test_el_dano_que_encuentra_la_comprobacion_en_segundo_plano_deja_la_ventana_en_solo_lectura(
        qtbot, tmp_path, monkeypatch, demo_como):
    """Una base que cambió por fuera y está dañada donde el padrón no lee (la bitácora): la ventana la muestra sin
    esperar la comprobación, que corre después de pintar; al encontrar el daño, la franja lo dice, no se copia como
    respaldo y la próxima apertura la comprueba antes de abrirla (y ofrece recuperarla)."""
    from PySide6.QtWidgets import QLabel

    from escritorio.datos import integridad

    ruta = demo_como("red.db")
    conexion = sqlite3.connect(ruta)
    paginas = [f[0] for f in conexion.execute("SELECT pageno FROM dbstat WHERE name = 'bitacora' AND pagetype = 'leaf'")]
    conexion.close()
    tamano = int.from_bytes(ruta.read_bytes()[16:18], "big")
    with open(ruta, "r+b") as archivo:
        for pagina in paginas:
            archivo.seek((pagina - 1) * tamano + 8)
            archivo.write(b"\xff" * 200)
    vistos = {}

    def mirar(ventana):
        qtbot.waitUntil(lambda: not ventana.franja_solo_lectura.isHidden(), timeout=20_000)
        vistos["franja"] = ventana.franja_solo_lectura.findChild(QLabel, "texto_solo_lectura").text()

    assert _lanzar_y_mirar(qtbot, tmp_path, monkeypatch, ruta, mirar) == 0
    assert "SOLO LECTURA" in vistos["franja"] and "está dañada" in vistos["franja"]
    assert "recuperar el último respaldo sano" in vistos["franja"]
    assert listar_respaldos(ruta) == []   # una base dañada no se copia como respaldo
    assert integridad.dano_visto(ruta)
