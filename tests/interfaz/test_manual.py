"""Ayuda > Manual de uso: el manual se abre sin conexión, con sus capturas, su índice y su búsqueda."""

import re
import unicodedata

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from escritorio.interfaz.dialogos import manual as modulo
from escritorio.interfaz.dialogos.manual import (ARCHIVO, DialogoManual, anchos_de_imagenes, carpeta_manual,
                                                 mostrar_manual)


def _html(idioma: str = "es") -> str:
    return (carpeta_manual(idioma) / ARCHIVO).read_text(encoding="utf-8")


IDIOMAS_DEL_MANUAL = ("es", "pt_BR")


def _sin_tildes(texto: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", texto) if not unicodedata.combining(c)).lower()


def _abrir_manual() -> DialogoManual:
    dialogo = DialogoManual()
    dialogo.resize(1000, 750)
    dialogo.show()
    return dialogo


@pytest.fixture(scope="module")
def manual_del_modulo(qapp):
    """Cargar el manual con sus capturas cuesta; las pruebas que solo leen o buscan comparten uno."""
    dialogo = _abrir_manual()
    yield dialogo
    dialogo.close()
    dialogo.deleteLater()


@pytest.fixture
def dialogo(manual_del_modulo):
    """El manual compartido, como recién abierto para buscar: sin texto buscado, sin aviso y el cursor al
    principio (la búsqueda sigue desde la selección)."""
    dialogo = manual_del_modulo
    dialogo.busqueda.clear()
    dialogo.aviso.clear()
    dialogo.navegador.setExtraSelections([])
    dialogo.navegador.moveCursor(QTextCursor.MoveOperation.Start)
    return dialogo


@pytest.fixture
def dialogo_nuevo(qtbot):
    """Uno propio, para lo que depende del historial (Atrás/Adelante)."""
    dialogo = _abrir_manual()
    qtbot.addWidget(dialogo)
    return dialogo


def test_carga_el_manual_con_sus_secciones(dialogo):
    assert dialogo.busqueda.isEnabled()
    assert dialogo.navegador.source().path().endswith(ARCHIVO)
    texto = dialogo.navegador.toPlainText()
    for seccion in ("Primeros pasos", "Miembros", "Cuotas", "Estatutos y reglamentos", "Órganos y mandatos",
                    "Unidades temáticas", "Sesiones y actas", "Respaldos y recuperación", "Línea de órdenes",
                    "Preguntas frecuentes", "Créditos"):
        assert seccion in texto, seccion
    assert "GeoNames" in texto and "CC BY 4.0" in texto
    assert dialogo.windowTitle() == "Manual de uso de Escritorio"
    assert not dialogo.isModal()


@pytest.mark.parametrize("idioma", IDIOMAS_DEL_MANUAL)
def test_el_manual_es_un_solo_archivo_sin_recursos_externos(idioma):
    html = _html(idioma)
    assert "<script" not in html.lower()
    assert not re.search(r"""<link\b|@import|\bsrc\s*=\s*["']?(https?:|//|/)""", html, flags=re.IGNORECASE)
    assert not re.search(r"url\(", html)


def test_cada_captura_existe_y_se_dibuja(dialogo):
    fuentes = re.findall(r"""<img\b[^>]*\bsrc\s*=\s*"([^"]+)\"""", _html(), flags=re.IGNORECASE)
    assert len(fuentes) >= 10
    for fuente in fuentes:
        assert fuente.startswith("capturas/") and fuente.endswith(".png"), fuente
        assert (carpeta_manual() / fuente).is_file(), f"falta {fuente}"
        assert (carpeta_manual("pt_BR") / fuente).is_file(), f"falta {fuente} en portugués"
        imagen = dialogo.navegador.document().resource(QTextDocument.ResourceType.ImageResource.value, QUrl(fuente))
        assert isinstance(imagen, QImage) and not imagen.isNull(), fuente
    # Cada captura se entrega ya reducida (con suavizado) al ancho con que el manual la muestra.
    anchos = anchos_de_imagenes(_html())
    imagen = dialogo.navegador.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                            QUrl("capturas/miembros.png"))
    assert round(imagen.width() / imagen.devicePixelRatio()) == anchos["capturas/miembros.png"]


@pytest.mark.parametrize("idioma", IDIOMAS_DEL_MANUAL)
def test_cada_enlace_interno_lleva_a_un_ancla_que_existe(idioma):
    html = _html(idioma)
    anclas = set(re.findall(r'<a name="([^"]+)"', html)) | set(re.findall(r'\bid="([^"]+)"', html))
    destinos = set(re.findall(r'href="#([^"]+)"', html))
    assert destinos and destinos <= anclas, destinos - anclas
    for seccion in ("primeros-pasos", "miembros", "cuotas", "estatutos", "organos", "unidades", "sesiones", "respaldos",
                    "linea-de-ordenes", "preguntas", "creditos"):
        assert seccion in destinos, seccion


def test_buscar_quorum_encuentra_el_texto(dialogo):
    dialogo.busqueda.setText("quórum")
    assert dialogo.buscar_siguiente()
    primero = dialogo.navegador.textCursor()
    assert primero.selectedText().lower() == "quórum"
    assert dialogo.navegador.extraSelections()  # las apariciones quedan resaltadas

    assert dialogo.buscar_siguiente()
    assert dialogo.navegador.textCursor().selectionStart() != primero.selectionStart()
    assert dialogo.buscar_anterior()
    assert dialogo.navegador.textCursor().selectionStart() == primero.selectionStart()


def test_la_busqueda_no_distingue_tildes_ni_mayusculas(dialogo):
    dialogo.busqueda.setText("QUORUM")
    assert dialogo.buscar_siguiente()
    assert _sin_tildes(dialogo.navegador.textCursor().selectedText()) == "quorum"
    dialogo.busqueda.setText("estado de cuenta")
    assert dialogo.buscar_siguiente()
    assert dialogo.navegador.textCursor().selectedText().lower() == "estado de cuenta"


def test_lo_que_no_esta_se_dice_claramente(dialogo):
    dialogo.busqueda.setText("palabra que no existe en el manual xyz")
    assert not dialogo.buscar_siguiente()
    assert "No se encontró" in dialogo.aviso.text()
    assert not dialogo.navegador.extraSelections()


def test_navegacion_atras_adelante_e_indice(dialogo_nuevo, qtbot):
    dialogo = dialogo_nuevo
    assert not dialogo.boton_atras.isEnabled()
    dialogo.navegador.anchorClicked.emit(QUrl("#cuotas"))
    assert dialogo.navegador.source().fragment() == "cuotas"
    assert dialogo.boton_atras.isEnabled()
    dialogo.boton_atras.click()
    assert dialogo.navegador.source().fragment() != "cuotas"
    assert dialogo.boton_adelante.isEnabled()
    dialogo.boton_adelante.click()
    assert dialogo.navegador.source().fragment() == "cuotas"
    dialogo.boton_indice.click()
    assert dialogo.navegador.verticalScrollBar().value() == 0


def test_los_enlaces_externos_no_se_abren(dialogo, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    abiertos = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: abiertos.append(url))
    antes = dialogo.navegador.source()
    dialogo.navegador.anchorClicked.emit(QUrl("https://www.geonames.org/"))
    assert dialogo.navegador.source() == antes
    assert abiertos == []
    assert "https://www.geonames.org/" in dialogo.aviso.text()
    assert not dialogo.navegador.openExternalLinks()


def test_abre_en_una_seccion(qtbot):
    dialogo = DialogoManual(seccion="faq-voto")
    qtbot.addWidget(dialogo)
    assert dialogo.navegador.source().fragment() == "faq-voto"


def test_mostrar_manual_no_bloquea_y_no_abre_dos(qtbot):
    ventana = QWidget()
    qtbot.addWidget(ventana)
    primero = mostrar_manual(ventana)
    assert primero.isVisible() and not primero.isModal()
    segundo = mostrar_manual(ventana, "creditos")
    assert segundo is primero
    assert primero.navegador.source().fragment() == "creditos"


def test_sin_el_archivo_explica_donde_deberia_estar(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(modulo, "carpeta_manual", lambda: tmp_path)
    dialogo = DialogoManual()
    qtbot.addWidget(dialogo)
    assert "No se encuentra el manual" in dialogo.navegador.toPlainText()
    assert not dialogo.busqueda.isEnabled()


def test_enter_y_mayus_enter_recorren_las_apariciones(dialogo, qtbot):
    from PySide6.QtCore import Qt

    qtbot.keyClicks(dialogo.busqueda, "quorum")  # mientras se escribe ya va a la primera
    primera = dialogo.navegador.textCursor().selectionStart()
    qtbot.keyClick(dialogo.busqueda, Qt.Key.Key_Return)
    assert dialogo.navegador.textCursor().selectionStart() > primera
    qtbot.keyClick(dialogo.busqueda, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert dialogo.navegador.textCursor().selectionStart() == primera
