"""El diario (-wal) de la base que la ventana tiene abierta nunca se pierde (issue 40, punto 1).

Lo que pasaba: el diálogo de archivos de Qt abría y cerraba la base, su diario y su índice para adivinar su tipo;
cerrar un descriptor suelta todos los cerrojos POSIX del proceso sobre ese archivo, y la siguiente orden de la CLI se
creía la última conexión, pasaba el diario a la base y lo borraba. La ventana seguía guardando en un diario que ya no
existía, y un corte se llevaba todo. Aquí, como pasó: la ventana de verdad en su propio proceso, un QFileDialog de
verdad sobre la carpeta de la base, la CLI como proceso, más trabajo en la ventana, SIGKILL y volver a abrir."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from escritorio.datos import conexion, vigilancia
from escritorio.errores import ErrorBaseReemplazada
from escritorio.interfaz import ventana_principal
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import NuevoOrgano, crear_organo

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="cerrojos POSIX y SIGKILL")

VENTANA_EN_SU_PROCESO = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
    from escritorio.interfaz import ventana_principal
    from escritorio.interfaz.piezas import elegir_archivo
    from escritorio.interfaz.ventana_principal import VentanaPrincipal
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.organos import NuevoOrgano, crear_organo

    app = QApplication([])
    ventana_principal.VIGILAR_MS = 200               # el vigía mira la base cada 200 ms, no cada segundo
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    ruta = Path(sys.argv[1])
    carpeta = ruta.parent
    ventana = VentanaPrincipal(abrir_base(ruta, comprobacion_completa=True),
                               QSettings(str(carpeta / "ajustes.ini"), QSettings.Format.IniFormat))
    ventana.show()

    def esperar(segundos):
        fin = time.monotonic() + segundos
        while time.monotonic() < fin:
            app.processEvents()
            time.sleep(0.02)

    def recorrer():
        dialogo = app.activeModalWidget()
        assert isinstance(dialogo, QFileDialog), dialogo
        dialogo.selectNameFilter("Todos los archivos (*)")
        dialogo.setDirectory(str(carpeta))          # la carpeta de la base, con la base, su diario y su índice
        esperar(1.5)
        dialogo.setDirectory(str(carpeta / "papeles"))
        esperar(0.5)
        dialogo.reject()

    QTimer.singleShot(300, recorrer)
    elegir_archivo.para_guardar(ventana, "Guardar el recibo", str(carpeta / "papeles" / "recibo.pdf"),
                                "Documentos PDF (*.pdf);;Todos los archivos (*)")
    print("DIALOGO", flush=True)
    sys.stdin.readline()                             # la prueba corre la CLI sobre la misma base
    esperar(0.5)                                     # el vigía de la ventana mira la base (dos veces)
    contexto = Contexto(ventana.db, ventana.asociacion["id"])
    for nombre in ("Comisión de Convocatoria", "Comisión de Asistencia", "Comisión de Actas"):
        crear_organo(contexto, NuevoOrgano(nombre=nombre, tipo="unidad_tematica"))
        esperar(0.3)
    print("GUARDADO", flush=True)
    esperar(600)
""")


def _identidad(ruta):
    datos = os.stat(ruta)
    return datos.st_dev, datos.st_ino


def test_el_dialogo_de_archivos_y_la_cli_no_borran_el_diario_de_la_ventana(demo_como, entorno_cli, cli_proceso,
                                                                           tmp_path):
    ruta = demo_como("x.db")
    (tmp_path / "papeles").mkdir()
    guion = tmp_path / "ventana.py"
    guion.write_text(VENTANA_EN_SU_PROCESO, encoding="utf-8")
    ventana = subprocess.Popen([sys.executable, str(guion), str(ruta)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=entorno_cli, cwd=tmp_path)
    try:
        assert ventana.stdout.readline().strip() == "DIALOGO", ventana.stderr.read()
        diario = ruta.with_name("x.db-wal")
        antes = _identidad(diario)

        listado = cli_proceso("organos", "listar", db=ruta)   # solo lee: antes, esto borraba el diario
        assert listado.returncode == 0, listado.stderr
        assert diario.exists() and _identidad(diario) == antes

        ventana.stdin.write("sigue\n")
        ventana.stdin.flush()
        assert ventana.stdout.readline().strip() == "GUARDADO", ventana.stderr.read()
        ventana.send_signal(signal.SIGKILL)
        ventana.wait(timeout=30)
    finally:
        ventana.kill()
        ventana.communicate(timeout=30)

    organos = cli_proceso("organos", "listar", "--json", db=ruta)
    assert organos.returncode == 0, organos.stderr
    nombres = {o["nombre"] for o in json.loads(organos.stdout)}
    assert {"Comisión de Convocatoria", "Comisión de Asistencia", "Comisión de Actas"} <= nombres
    verificacion = cli_proceso("verificar", db=ruta)
    assert verificacion.returncode == 0, verificacion.stdout + verificacion.stderr
    assert "AVISO" not in verificacion.stderr


def test_elegir_un_archivo_de_la_base_abierta_como_documento_se_rechaza(qtbot, demo_como, monkeypatch):
    from escritorio.interfaz.piezas import elegir_archivo

    ruta = demo_como("x.db")
    db = abrir_base(ruta)
    avisos = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, texto, *a, **k: avisos.append(texto))
    try:
        for elegida in (ruta, ruta.with_name("x.db-wal"), ruta.with_name("x.db-shm")):
            monkeypatch.setattr(elegir_archivo.QFileDialog, "exec", lambda self: 1)
            monkeypatch.setattr(elegir_archivo.QFileDialog, "selectedFiles", lambda self, e=elegida: [str(e)])
            assert elegir_archivo.para_abrir(None, "Verificar un documento", str(ruta.parent)) == ""
        assert len(avisos) == 3 and "base que Escritorio tiene abierta" in avisos[0]
        # Para ABRIR una base, la misma base se admite (SQLite comparte los cerrojos de sus conexiones).
        monkeypatch.setattr(elegir_archivo.QFileDialog, "selectedFiles", lambda self: [str(ruta)])
        assert elegir_archivo.para_abrir(None, "Abrir", str(ruta.parent), base=True) == str(ruta)
    finally:
        db.close()


@pytest.fixture
def ventana_sobre(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(ventana_principal, "VIGILAR_MS", 200)

    def abrir(ruta):
        ventana = VentanaPrincipal(abrir_base(ruta, comprobacion_completa=True),
                                   QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(ventana)
        ventana.show()
        return ventana

    return abrir


def _perder_los_cerrojos_y_el_diario(ruta, cli_proceso):
    """Lo que hacía el diálogo (abrir y cerrar la base por fuera de SQLite) y lo que siguió (una orden de la CLI que
    se cree la última conexión): el diario de la ventana desaparece del disco."""
    open(ruta, "rb").close()
    listado = cli_proceso("organos", "listar", db=ruta)
    assert listado.returncode == 0, listado.stderr
    assert not ruta.with_name(ruta.name + "-wal").exists()


def test_sin_diario_la_ventana_no_guarda_rescata_y_vuelve_a_abrir_la_base(qtbot, ventana_sobre, demo_como,
                                                                           cli_proceso, tmp_path):
    ruta = demo_como("x.db")
    ventana = ventana_sobre(ruta)
    vieja = ventana.db
    contexto = Contexto(vieja, ventana.asociacion["id"])
    crear_organo(contexto, NuevoOrgano(nombre="Guardado antes", tipo="unidad_tematica"))
    ventana.vigia.stop()   # el vigía esperará a que la prueba intente guardar
    _perder_los_cerrojos_y_el_diario(ruta, cli_proceso)

    with pytest.raises(ErrorBaseReemplazada, match="diario de la base"):
        crear_organo(contexto, NuevoOrgano(nombre="No debe guardarse", tipo="unidad_tematica"))

    ventana.vigia.start()
    qtbot.waitUntil(lambda: ventana.db is not vieja and ventana.aviso_base is not None, timeout=5000)
    texto = ventana.aviso_base.text()
    assert "borró el diario" in texto and "no se perdió nada" in texto
    assert not list(tmp_path.glob("x.rescate-*.db"))   # nada que rescatar: la copia se borró
    crear_organo(Contexto(ventana.db, ventana.asociacion["id"]), NuevoOrgano(nombre="Guardado después",
                                                                           tipo="unidad_tematica"))
    ventana.close()

    organos = cli_proceso("organos", "listar", "--json", db=ruta)
    nombres = {o["nombre"] for o in json.loads(organos.stdout)}
    assert {"Guardado antes", "Guardado después"} <= nombres and "No debe guardarse" not in nombres
    assert cli_proceso("verificar", db=ruta).returncode == 0


def test_lo_que_se_guardo_en_el_diario_borrado_queda_en_una_copia_de_rescate(qtbot, ventana_sobre, demo_como,
                                                                           cli_proceso, tmp_path, monkeypatch):
    ruta = demo_como("x.db")
    ventana = ventana_sobre(ruta)
    ventana.vigia.stop()
    _perder_los_cerrojos_y_el_diario(ruta, cli_proceso)
    # Una escritura que se coló entre la última comprobación y el borrado (la ventana de carrera que queda): va,
    # sellada, al diario que ya no está en el disco. Para provocarla se quita la comprobación de la transacción.
    with monkeypatch.context() as parche:
        parche.setattr(conexion, "_exigir_archivo_vivo", lambda db: None)
        crear_organo(Contexto(ventana.db, ventana.asociacion["id"]),
                     NuevoOrgano(nombre="Solo en el diario borrado", tipo="unidad_tematica"))

    ventana.vigia.start()
    qtbot.waitUntil(lambda: ventana.aviso_base is not None, timeout=5000)
    rescates = list(tmp_path.glob("x.rescate-*.db"))
    assert len(rescates) == 1 and str(rescates[0]) in ventana.aviso_base.text()
    ventana.aviso_base.grab().save(str(tmp_path / "aviso-de-rescate.png"))
    assert oct(rescates[0].stat().st_mode & 0o777) == "0o600"
    conn = sqlite3.connect(rescates[0])
    try:
        assert conn.execute("SELECT count(*) FROM organos WHERE nombre = 'Solo en el diario borrado'").fetchone()[0] == 1
    finally:
        conn.close()
    assert vigilancia.archivo_reemplazado(ventana.db) is None   # la ventana sigue sobre la base del disco
    ventana.close()
    # El testigo vio guardado ese cambio y la base no lo tiene: se dice al abrir y en «verificar», hasta que alguien
    # lo explique (aquí, la secretaría cargaría de nuevo lo que falta desde la copia de rescate).
    verificacion = cli_proceso("verificar", db=ruta)
    assert verificacion.returncode != 0 and "Testigo:" in verificacion.stderr
    assert "le faltan cambios que ya se habían guardado" in verificacion.stderr
