"""La ventana en portugués (issue #42): «Adicionar item» con Tipo = Votação aplastaba sus campos (la lista
desplegable recortada: la regla de votación aparece con el diálogo abierto y el diálogo no crecía), y el encabezado
de Inadimplência decía «uições não pagas» (el título, alineado a la derecha, cortado por la izquierda). Aquí se
mide que cada texto entra en el lugar que tiene. Capturas en tests/artefactos/pantallas/portugues/."""

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QMainWindow, QStyle, QStyleOptionComboBox

from escritorio.interfaz.dialogos.sesion.formularios import DialogoPunto
from escritorio.interfaz.idioma import instalar_idioma
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.sesiones import listar_sesiones
from pantallas import carpeta_de_artefactos
from ayudas import oficina_de


@pytest.fixture
def portugues(qapp):
    """La ventana en portugués; al terminar, como la tienen las demás pruebas (sin traductores, en castellano)."""
    antes = QLocale()
    instalar_idioma(qapp, "pt_BR")
    yield
    for traductor in qapp.traducciones_qt:
        qapp.removeTranslator(traductor)
    qapp.traducciones_qt, qapp.idioma = [], "es"
    QLocale.setDefault(antes)


@pytest.fixture
def capturas():
    carpeta = carpeta_de_artefactos() / "portugues"
    carpeta.mkdir(parents=True, exist_ok=True)
    return carpeta


def _campo_de_texto(combo: QComboBox):
    """El rectángulo donde la lista desplegable escribe el elegido."""
    opcion = QStyleOptionComboBox()
    combo.initStyleOption(opcion)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opcion,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo)


def _cortados(dialogo) -> list[str]:
    """Las listas desplegables y los campos visibles más chicos que lo que muestran."""
    malos = []
    for campo in dialogo.findChildren(QLineEdit) + dialogo.findChildren(QComboBox):
        if not campo.isVisibleTo(dialogo) or isinstance(campo.parentWidget(), QComboBox):
            continue
        if campo.height() < campo.minimumSizeHint().height():
            malos.append(f"{type(campo).__name__} de {campo.height()} px de alto; necesita "
                         f"{campo.minimumSizeHint().height()}")
        if isinstance(campo, QComboBox):
            rect, metricas = _campo_de_texto(campo), campo.fontMetrics()
            if metricas.horizontalAdvance(campo.currentText()) > rect.width() or metricas.height() > rect.height():
                malos.append(f"«{campo.currentText()}» no entra en {rect.width()}×{rect.height()} px")
    return malos


def test_adicionar_item_con_votacao_no_corta_sus_listas(portugues, demo_abierta, qtbot, capturas):
    db, asociacion = demo_abierta
    sesion = next(s for s in listar_sesiones(Contexto(db, asociacion["id"])) if s["estado_acta"] == "borrador")
    ventana = QMainWindow()   # se abre desde la sesión, sobre la ventana
    qtbot.addWidget(ventana)
    ventana.resize(1024, 600)
    ventana.show()
    dialogo = DialogoPunto(oficina_de(db, asociacion), sesion["id"], padre=ventana, organo_id=sesion["organo_id"])
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    assert dialogo.windowTitle() == "Adicionar item à ordem do dia"
    assert dialogo.tipo.currentText() == "Deliberativo" and not dialogo.regla.isVisible()
    alto_antes = dialogo.height()

    # Como la secretaria: en «Tipo», flecha abajo hasta «Votação».
    dialogo.tipo.setFocus()
    qtbot.keyClick(dialogo.tipo, Qt.Key.Key_Down)
    assert dialogo.tipo.currentText() == "Votação"
    assert dialogo.regla.isVisible() and dialogo.regla.text().startswith("Regra de votação")
    # El diálogo crece lo que pide la regla (tres renglones) y nada se aplasta (antes: «Votação» en 8 px de alto).
    qtbot.waitUntil(lambda: dialogo.regla.y() > dialogo.decision.y())   # la disposición ya la ubicó
    qtbot.wait(50)
    assert _cortados(dialogo) == []
    assert dialogo.height() > alto_antes
    assert dialogo.decision.isEnabled() and dialogo.decision.currentText() == "Ordinária (regra geral)"
    dialogo.grab().save(str(capturas / "adicionar_item_votacao.png"))


def test_el_encabezado_de_inadimplencia_entra_entero(portugues, demo_abierta, qtbot, tmp_path, capturas):
    from escritorio.interfaz.vistas.cuotas import VistaCuotas

    db, asociacion = demo_abierta
    vista = VistaCuotas(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.mostrar(oficina_de(db, asociacion))
    vista.resize(1024, 600)
    vista.show()
    vista.pestanas.setCurrentWidget(vista.morosidad)
    assert vista.pestanas.tabText(vista.pestanas.currentIndex()) == "Inadimplência"
    tabla = vista.morosidad.tabla
    qtbot.waitUntil(lambda: tabla.model().rowCount() > 0)
    cabecera = tabla.horizontalHeader()
    margen = cabecera.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, cabecera)
    titulos = [tabla.model().headerData(c, Qt.Orientation.Horizontal) for c in range(tabla.model().columnCount())]
    assert "Contribuições não pagas" in titulos
    for columna, titulo in enumerate(titulos[:-1]):   # la última se estira hasta el borde
        necesario = cabecera.fontMetrics().horizontalAdvance(titulo) + 2 * margen
        assert cabecera.sectionSize(columna) >= necesario, (titulo, cabecera.sectionSize(columna), necesario)
        assert tabla.model().headerData(columna, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == titulo
    assert cabecera.textElideMode() == Qt.TextElideMode.ElideRight   # achicada a mano: «Contribuições não p…»
    qtbot.wait(50)   # que la regla, recién escrita, tome sus renglones antes de la captura
    vista.grab().save(str(capturas / "inadimplencia.png"))
