"""Ayuda > Acerca de dice lo que hay hoy: la versión, la base en uso, si está en modo portátil, las bibliotecas con
la versión instalada (leída al abrir, no escrita a mano) y los créditos de datos, fuentes e íconos."""

import sqlite3
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication, QPushButton

from escritorio import __version__
from escritorio.interfaz.dialogos.acerca import BIBLIOTECAS, dialogo_acerca, version_de


def _texto(qtbot, ruta: str) -> str:
    dialogo = dialogo_acerca(None, ruta)
    qtbot.addWidget(dialogo)
    dialogo.show()
    return dialogo.texto.toPlainText()


def test_version_base_y_bibliotecas_con_sus_versiones(qtbot, tmp_path):
    texto = _texto(qtbot, str(tmp_path / "red.db"))
    assert f"Escritorio {__version__}" in texto
    assert str(tmp_path / "red.db") in texto
    assert "Instalación normal" in texto and "Modo portátil" not in texto
    assert f"Qt\n{qVersion()}" in texto and f"SQLite\n{sqlite3.sqlite_version}" in texto
    for nombre, distribucion, _modulo, _para in BIBLIOTECAS:
        assert f"{nombre}\n{metadata.version(distribucion)}\n" in texto, nombre   # la instalada, no una escrita
    assert "PySide6 (Qt para Python)\n6." in texto and "QtAwesome\n1.4.2" in texto


def test_creditos_de_datos_fuentes_e_iconos_y_las_licencias_estan(qtbot, tmp_path):
    texto = _texto(qtbot, str(tmp_path / "red.db"))
    assert "GeoNames (geonames.org) — CC BY 4.0" in texto
    assert "Fuentes Liberation (Red Hat) — SIL Open Font License 1.1" in texto
    assert "QtAwesome (The Spyder development team) — MIT" in texto
    assert "Material Design Icons (Pictogrammers) — Apache 2.0" in texto
    assert "Font Awesome Free (Fonticons) — íconos CC BY 4.0; fuentes SIL OFL 1.1" in texto
    assert "PDFium (Google) y pypdfium2 — BSD 3-Clause / Apache 2.0" in texto
    # Lo que se dice de los íconos es lo que dicen los paquetes instalados y los textos que viajan con el programa.
    datos = metadata.metadata("qtawesome")  # con keyring cargado, la lee importlib_metadata: la descripción es un campo
    leeme = datos.get_payload() or datos.get("Description") or ""
    assert "Material Design Icons" in leeme and "Apache License Version 2.0" in leeme
    assert "Font Awesome" in leeme and "SIL Open Font License" in leeme
    assert metadata.metadata("qtawesome")["License"] == "MIT"
    recursos = Path(__file__).resolve().parents[2] / "recursos"
    for licencia in ("fuentes/LICENCIA-OFL.txt", "iconos/LICENCIA-Apache-2.0.txt", "iconos/LICENCIA-qtawesome-MIT.txt"):
        assert (recursos / licencia).is_file(), licencia


def test_en_modo_portatil_lo_dice_con_la_carpeta(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("ESCRITORIO_PORTABLE", str(tmp_path / "usb"))
    texto = _texto(qtbot, str(tmp_path / "usb" / "datos" / "escritorio.db"))
    assert f"Modo portátil: los datos y los ajustes viajan con el programa, en {tmp_path / 'usb' / 'datos'}" in texto


def test_copiar_deja_el_texto_para_soporte(qtbot, tmp_path):
    dialogo = dialogo_acerca(None, str(tmp_path / "red.db"))
    qtbot.addWidget(dialogo)
    copiar = next(b for b in dialogo.findChildren(QPushButton) if b.text() == "Copiar")
    copiar.click()
    assert QApplication.clipboard().text().startswith(f"Escritorio {__version__}")


def test_una_biblioteca_sin_metadatos_se_lee_del_modulo():
    # Como en el paquete congelado si PyInstaller no llevara los metadatos: se lee el atributo de versión.
    assert version_de("no-existe-esta-distribucion", "openpyxl") == metadata.version("openpyxl")
    assert version_de("no-existe-esta-distribucion", "modulo_que_no_existe") is None
