"""El idioma de los documentos en la ventana (issue 18): se elige en Datos de la asociación (queda en la base) y,
para sacar un documento en el otro, en Archivo › Idioma de los documentos (rige en seguida, mientras la ventana
siga abierta, y la barra de estado lo recuerda)."""

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from escritorio.interfaz.dialogos.asociacion import DialogoAsociacion
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.idioma_de_los_documentos import idioma_del_documento
from ayudas import oficina_de


@pytest.fixture
def base(tmp_path) -> Path:
    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    crear_asociacion(db, NuevaAsociacion(nombre="Rede de Municípios do Sul", sigla="RMS", paises={"BR": "pleno"}))
    db.close()
    return ruta


def abrir_ventana(qtbot, ruta: Path, tmp_path: Path) -> VentanaPrincipal:
    ventana = VentanaPrincipal(abrir_base(ruta), QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.show()
    return ventana


def accion(menu, texto: str):
    return next(a for a in menu.actions() if a.text().replace("&", "") == texto)


def test_la_asociacion_elige_portugues_en_sus_datos_y_queda_en_la_base(qtbot, base, tmp_path):
    ventana = abrir_ventana(qtbot, base, tmp_path)
    archivo = ventana.menuBar().actions()[0].menu()
    hecho = []

    def elegir_portugues():
        dialogo = QApplication.activeModalWidget()
        if not isinstance(dialogo, DialogoAsociacion):
            QTimer.singleShot(20, elegir_portugues)
            return
        combo = dialogo.findChild(QComboBox, "idioma_documentos")
        assert combo.currentText() == "Español"
        combo.setCurrentIndex(combo.findText("Português"))
        dialogo.guardar_datos.click()
        hecho.append(dialogo.aviso_datos.text())
        dialogo.reject()

    QTimer.singleShot(0, elegir_portugues)
    accion(archivo, "Datos de la asociación…").trigger()
    qtbot.waitUntil(lambda: bool(hecho), timeout=5000)
    assert "Idioma de los documentos" in hecho[0] and "Português" in hecho[0]
    ventana.close()
    ventana.db.close()

    db = abrir_base(base)   # vuelta a abrir: quedó guardado
    try:
        asociacion = listar_asociaciones(db)[0]
        assert asociacion["idioma_documentos"] == "pt"
        assert idioma_del_documento(Contexto(db, asociacion["id"])) == "pt"
    finally:
        db.close()


def test_el_menu_saca_los_documentos_en_el_otro_idioma_mientras_la_ventana_siga_abierta(qtbot, base, tmp_path):
    ventana = abrir_ventana(qtbot, base, tmp_path)
    contexto = Contexto(ventana.db, listar_asociaciones(ventana.db)[0]["id"])
    estado = ventana.findChild(QLabel, "idioma_documentos")
    submenu = accion(ventana.menuBar().actions()[0].menu(), "Idioma de los documentos").menu()
    assert next(a for a in submenu.actions() if a.isChecked()).data() is None   # el de cada asociación
    assert idioma_del_documento(contexto) == "es" and estado.text() == ""

    accion(submenu, "Português").trigger()
    assert idioma_del_documento(contexto) == "pt"
    assert "Português" in estado.text()

    accion(submenu, "El de cada asociación (Datos de la asociación)").trigger()
    assert idioma_del_documento(contexto) == "es" and estado.text() == ""


def test_un_documento_guardado_desde_la_ventana_sale_en_el_idioma_del_menu(qtbot, base, tmp_path):
    """El trabajo corre en otro hilo (ejecutar_con_progreso): el idioma elegido en el menú vale también ahí."""
    from pypdf import PdfReader

    from escritorio.interfaz.trabajos import ejecutar_con_progreso
    from escritorio.servicios.padron import imprimir_padron_pdf

    ventana = abrir_ventana(qtbot, base, tmp_path)
    contexto = Contexto(ventana.db, listar_asociaciones(ventana.db)[0]["id"])
    submenu = accion(ventana.menuBar().actions()[0].menu(), "Idioma de los documentos").menu()
    ruta = tmp_path / "cadastro.pdf"

    def texto() -> str:
        ejecutar_con_progreso(ventana, "Imprimir el padrón", lambda _informar: imprimir_padron_pdf(
            contexto, ruta, fecha=date(2026, 11, 20)))
        return " ".join((p.extract_text() or "") for p in PdfReader(ruta).pages)

    en_castellano = texto()
    assert "Padrón de miembros" in en_castellano and "Generado con Escritorio" in en_castellano
    accion(submenu, "Português").trigger()
    em_portugues = texto()
    assert "Cadastro de membros" in em_portugues and "Não há membros para listar" in em_portugues
    assert "Gerado com Escritorio" in em_portugues and "Padrón" not in em_portugues


@pytest.fixture
def ventana_en_portugues():
    """El traductor de la ventana en portugués, como al abrir Escritorio con ese idioma; al final, el castellano."""
    from escritorio.interfaz.idioma import instalar_idioma

    instalar_idioma(QApplication.instance(), "pt_BR")
    yield
    instalar_idioma(QApplication.instance(), "es")


def test_tipo_y_papel_se_ven_en_portugues_y_se_guardan_en_castellano(qtbot, base, ventana_en_portugues):
    """El tipo de asociación y el papel son valores fijos: la ventana en portugués los muestra traducidos
    («rede temática», «Ofício») y la base los sigue guardando como siempre («red temática», «Oficio»)."""
    db = abrir_base(base)
    try:
        asociacion = listar_asociaciones(db)[0]
        dialogo = DialogoAsociacion(oficina_de(db, asociacion["id"]))
        qtbot.addWidget(dialogo)
        assert dialogo.tipo.currentText() == "rede representativa"
        assert [dialogo.papel.itemText(i) for i in range(dialogo.papel.count())] == ["A4", "Carta", "Ofício"]
        dialogo.tipo.setCurrentIndex(dialogo.tipo.findText("rede temática"))
        dialogo.papel.setCurrentIndex(dialogo.papel.findText("Ofício"))
        assert dialogo.guardar()
        de_nuevo = listar_asociaciones(db)[0]
        assert (de_nuevo["tipo"], de_nuevo["papel"]) == ("red temática", "Oficio")
        assert not DialogoAsociacion(oficina_de(db, asociacion["id"])).datos_sin_guardar()
    finally:
        db.close()
