"""La ventana sobre una base copiada (sin sello): la muestra sin esperar y la comprueba entera en segundo plano
(datos/comprobacion_diferida.py). Sana, queda sellada: la primera orden de la línea de órdenes después ya no tiene
nada pendiente. Dañada donde el padrón no lee, la ventana lo dice y sigue mostrando lo que se puede leer; y la línea
de órdenes no escribe en ella, tampoco con la comprobación previa (datos/comprobacion_previa.py)."""

import shutil
import sqlite3

from escritorio.datos import integridad, testigo
from escritorio.interfaz import aplicacion

PAGO = ("pagos", "registrar", "--miembro", "18", "--monto", "10", "--moneda", "USD", "--fecha", "2026-01-05")


def _copia(demo_creada_por_la_cli, tmp_path):
    ruta = tmp_path / "red.db"
    shutil.copy(demo_creada_por_la_cli, ruta)
    shutil.copy(testigo.ruta_testigo(demo_creada_por_la_cli), testigo.ruta_testigo(ruta))
    return ruta


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
    finally:
        for ventana in [w for w in QApplication.topLevelWidgets() if isinstance(w, VentanaPrincipal)]:
            descartar(ventana)


def test_la_ventana_comprueba_la_copia_en_segundo_plano_y_la_sella(qtbot, tmp_path, monkeypatch,
                                                                   demo_creada_por_la_cli, cli, entorno_cli):
    ruta = _copia(demo_creada_por_la_cli, tmp_path)
    assert not integridad.sello_vigente(ruta)
    vistos = {}

    def mirar(ventana):
        vistos["filas_al_mostrar"] = ventana.miembros.tabla.model().rowCount()
        qtbot.waitUntil(lambda: integridad.sello_vigente(ruta), timeout=20_000)
        vistos["franja"] = not ventana.franja_solo_lectura.isHidden()

    assert _lanzar_y_mirar(qtbot, tmp_path, monkeypatch, ruta, mirar) == 0
    assert vistos["filas_al_mostrar"] > 0 and vistos["franja"] is False
    assert integridad.sello_vigente(ruta)
    # La ventana ya la comprobó entera: la orden no tiene nada pendiente (ni lo dice), aunque la trate como grande.
    hecho = cli(*PAGO, db=ruta, entorno={**entorno_cli, "ESCRITORIO_COMPROBAR_ANTES_MB": "0"}, proceso_real=True)
    assert hecho.returncode == 0 and hecho.stderr == "", hecho.stderr


def test_el_dano_que_encuentra_la_ventana_no_pierde_lo_que_muestra_ni_deja_escribir(
        qtbot, tmp_path, monkeypatch, demo_creada_por_la_cli, cli, entorno_cli):
    from PySide6.QtWidgets import QLabel

    ruta = _copia(demo_creada_por_la_cli, tmp_path)
    conexion = sqlite3.connect(ruta)
    paginas = [f[0] for f in conexion.execute(
        "SELECT pageno FROM dbstat WHERE name = 'asistencias' AND pagetype = 'leaf'")]
    conexion.close()
    tamano = int.from_bytes(ruta.read_bytes()[16:18], "big")
    with open(ruta, "r+b") as archivo:   # la asistencia a las sesiones: ni el padrón ni un pago la leen
        for pagina in paginas:
            archivo.seek((pagina - 1) * tamano + 8)
            archivo.write(b"\xff" * 200)
    vistos = {}

    def mirar(ventana):
        filas = ventana.miembros.tabla.model().rowCount()
        qtbot.waitUntil(lambda: not ventana.franja_solo_lectura.isHidden(), timeout=20_000)
        vistos["franja"] = ventana.franja_solo_lectura.findChild(QLabel, "texto_solo_lectura").text()
        vistos["filas"] = (filas, ventana.miembros.tabla.model().rowCount())

    assert _lanzar_y_mirar(qtbot, tmp_path, monkeypatch, ruta, mirar) == 0
    assert "SOLO LECTURA" in vistos["franja"] and "está dañada" in vistos["franja"]
    antes, despues = vistos["filas"]
    assert antes > 0 and despues == antes, "el padrón que se veía sigue a la vista"
    assert integridad.dano_visto(ruta)
    intacta = ruta.read_bytes()
    hecho = cli(*PAGO, db=ruta, entorno={**entorno_cli, "ESCRITORIO_COMPROBAR_ANTES_MB": "0"}, proceso_real=True)
    assert hecho.returncode == 1 and "dañad" in hecho.stderr
    assert ruta.read_bytes() == intacta
