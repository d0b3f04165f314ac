"""«¿Desea abrirlo ahora?» en una computadora sin programa para ese tipo de archivo: se dice, con dónde quedó el
archivo, y se ofrece abrir la carpeta (antes no pasaba nada). Un PDF no necesita programa: se ve dentro de Escritorio."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.piezas import abrir_archivo
from escritorio.interfaz.vistas.miembros import VistaMiembros
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.interfaz.piezas import elegir_archivo
from ayudas import oficina_de


@pytest.fixture
def sin_visor(monkeypatch):
    """El sistema no tiene programa para nada (openUrl devuelve False); anota qué se intentó abrir."""
    pedidos: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pedidos.append(url.toLocalFile()) or False)
    return pedidos


def responder_aviso(boton: str) -> dict:
    """Con un temporizador real: cuando aparezca el aviso, anota su texto y aprieta `boton`."""
    visto: dict = {}

    def mirar():
        aviso = QApplication.activeModalWidget()
        if not isinstance(aviso, QMessageBox) or aviso.icon() != QMessageBox.Icon.Warning:
            QTimer.singleShot(20, mirar)
            return
        visto["titulo"], visto["texto"] = aviso.windowTitle(), aviso.text()
        visto["botones"] = [b.text() for b in aviso.buttons()]
        next(b for b in aviso.buttons() if b.text() == boton).click()

    QTimer.singleShot(0, mirar)
    return visto


def test_exportar_el_padron_sin_programa_de_planillas_lo_dice_y_ofrece_la_carpeta(qtbot, db, asociacion_id, tmp_path,
                                                                                   monkeypatch):
    sin_visor: list[str] = []   # hay explorador de archivos (abre carpetas) pero ningún programa de planillas
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: sin_visor.append(url.toLocalFile()) or Path(url.toLocalFile()).is_dir())
    vista = VistaMiembros(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    vista.show()
    destino = tmp_path / "salida" / "padron-RML.xlsx"
    destino.parent.mkdir()
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)  # ¿abrirlo? Sí
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: pytest.fail("no debía hacer falta otro aviso"))
    visto = responder_aviso("Abrir la carpeta")
    vista.exportar_xlsx()
    assert destino.is_file()
    assert visto["titulo"] == "Exportar el padrón"
    assert visto["texto"].startswith("No hay un programa para abrir archivos .xlsx en esta computadora; el archivo "
                                     f"está en:\n{destino}")
    assert set(visto["botones"]) == {"Abrir la carpeta", "Aceptar"}
    assert sin_visor == [str(destino), str(destino.parent)]   # primero el archivo; después, la carpeta


@pytest.mark.proceso  # lanza otro programa
def test_un_pdf_no_necesita_visor_se_ve_dentro_del_programa(qtbot, tmp_path, monkeypatch, sin_visor):
    """Un PDF no se manda al sistema: se muestra en la vista previa del programa (sin aviso de «no hay programa»).
    La vista previa misma: tests/interfaz/test_vista_previa_pdf.py."""
    from reportlab.pdfgen.canvas import Canvas

    from escritorio.interfaz.piezas.vista_previa import DialogoVistaPrevia

    archivo = tmp_path / "acta.pdf"
    lienzo = Canvas(str(archivo))
    lienzo.drawString(72, 720, "Acta N.º 1")
    lienzo.save()
    vistas = []
    monkeypatch.setattr(DialogoVistaPrevia, "exec", lambda previa: vistas.append(
        (previa.windowTitle(), len(previa.paginas.documento))) or 0)
    monkeypatch.setattr(QMessageBox, "exec", lambda *a: pytest.fail("no debía avisar"))
    assert abrir_archivo(None, "Imprimir el acta", archivo) is True
    assert vistas == [("Imprimir el acta", 1)]
    assert sin_visor == []


def test_si_tampoco_se_abre_la_carpeta_repite_donde_esta(qtbot, tmp_path, monkeypatch, sin_visor):
    archivo = tmp_path / "matriz.xlsx"
    archivo.write_bytes(b"x")
    avisos = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, titulo, texto, *a, **k: avisos.append(texto))
    visto = responder_aviso("Abrir la carpeta")
    assert abrir_archivo(None, "Matriz", archivo) is False
    assert "archivos .xlsx" in visto["texto"]
    assert avisos == [f"Tampoco se pudo abrir la carpeta. El archivo está en:\n{archivo}"]


def test_con_programa_se_abre_sin_avisos(qtbot, tmp_path, monkeypatch):
    abiertos = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: abiertos.append(Path(url.toLocalFile())) or True)
    monkeypatch.setattr(QMessageBox, "exec", lambda *a: pytest.fail("no debía avisar"))
    assert abrir_archivo(None, "Matriz", tmp_path / "matriz.xlsx") is True
    assert abiertos == [tmp_path / "matriz.xlsx"]
