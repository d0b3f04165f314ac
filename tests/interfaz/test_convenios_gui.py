"""El área Convenios como la usa una secretaría, con la red de ejemplo: la lista con el estado en su color y el
filtro, los vencimientos que llevan al convenio, un convenio nuevo cargado por el diálogo de verdad (con un
temporizador real, tecleando) que sigue ahí al volver a abrir la base, un campo mal cargado marcado por el servicio,
una obligación cumplida, el PDF firmado adjuntado (y el reemplazo preguntado), el Excel, y la página «Convenios» de
la ficha del miembro."""

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox

from ayudas import oficina_de, pdf_de_prueba
from escritorio.interfaz.dialogos.convenio import DialogoConvenio
from escritorio.interfaz.dialogos.convenio_acciones import DialogoObligacion, DialogoTerminarConvenio
from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
from escritorio.interfaz.modelos.convenios import ESTADO, TITULO
from escritorio.interfaz.piezas import AMBAR, elegir_archivo
from escritorio.interfaz.vistas.convenios import VistaConvenios
from escritorio.servicios.base import abrir_base
from escritorio.servicios.convenios import listar_convenios


@pytest.fixture
def area(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    vista = VistaConvenios()
    qtbot.addWidget(vista)
    vista.resize(1150, 780)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    return vista


def _titulos(vista) -> list[str]:
    return [vista.filtro.data(vista.filtro.index(n, TITULO)) for n in range(vista.filtro.rowCount())]


def _fila(vista, titulo: str) -> int:
    return _titulos(vista).index(titulo)


def en_el_dialogo(clase, hacer) -> list:
    """Cuando el diálogo modal de `clase` esté abierto, `hacer(dialogo)` (con un temporizador real). Una red de
    seguridad lo cierra si la prueba no lo hizo."""
    hecho = []

    def mirar():
        dialogo = QApplication.activeModalWidget()
        if not isinstance(dialogo, clase):
            QTimer.singleShot(20, mirar)
            return
        hecho.append(dialogo)
        hacer(dialogo)
        QTimer.singleShot(3000, dialogo, lambda: dialogo.isVisible() and dialogo.reject())   # se va con el diálogo

    QTimer.singleShot(0, mirar)
    return hecho


def test_la_lista_con_el_estado_en_su_color_y_el_filtro(area, qtbot):
    assert area.filtro.rowCount() == 6 and area.paginas.currentIndex() == 1
    fila = _fila(area, "Capacitación conjunta en gestión de residuos")
    estado = area.filtro.index(fila, ESTADO)
    assert estado.data() == "Por vencer"
    assert estado.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(AMBAR)
    qtbot.keyClicks(area.busqueda, "porto alegre")   # sin tildes ni mayúsculas, en las partes
    assert _titulos(area) == ["Hermanamiento Montevideo – Porto Alegre"]
    area.busqueda.clear()
    area.combo_estado.setCurrentIndex(area.combo_estado.findData("vencido"))
    assert _titulos(area) == ["Convenio de cooperación en integración fronteriza"]
    assert "Vencido" in area.detalle.resumen.text() and "Ministerio de Relaciones Exteriores" in \
        area.detalle.resumen.text()
    area.combo_estado.setCurrentIndex(0)
    assert "6 convenios, 5 vigentes · 1 por vencer" == area.resumen.text()


def test_un_vencimiento_lleva_a_su_convenio_aunque_el_filtro_lo_escondiera(area, qtbot):
    area.combo_tipo.setCurrentIndex(area.combo_tipo.findData("hermanamiento"))
    area.pestanas.setCurrentIndex(1)
    tabla = area.vencimientos.tabla
    fila = next(n for n in range(tabla.rowCount()) if tabla.item(n, 1).text() == "Fin del convenio")
    assert tabla.item(fila, 0).text() == (date.today() + timedelta(days=45)).strftime("%d/%m/%Y")
    centro = tabla.visualRect(tabla.model().index(fila, 2)).center()
    qtbot.mouseClick(tabla.viewport(), Qt.MouseButton.LeftButton, pos=centro)
    qtbot.mouseDClick(tabla.viewport(), Qt.MouseButton.LeftButton, pos=centro)
    assert area.pestanas.currentIndex() == 0
    assert area.convenio["titulo"] == "Capacitación conjunta en gestión de residuos"
    assert area.combo_tipo.currentData() is None


def test_un_convenio_nuevo_por_el_dialogo_queda_en_la_base(area, qtbot, copia_de_la_demo):
    def cargar(dialogo: DialogoConvenio):
        dialogo.tipo.fijar("cooperacion")
        qtbot.keyClicks(dialogo.titulo, "Convenio con la UNA (Paraguay)")
        dialogo.inicio.setDate(QDate(2026, 3, 1))
        dialogo.con_fin.setChecked(True)
        dialogo.fin.setDate(QDate(2026, 2, 1))   # antes del inicio: lo marca el servicio
        dialogo.con_renovacion.setChecked(True)   # cada 12 meses, sin límite
        dialogo.con_preaviso.setChecked(True)
        dialogo.dias.setValue(30)
        dialogo.pestanas.setCurrentIndex(1)
        dialogo.partes.selector_miembro.setCurrentIndex(dialogo.partes.selector_miembro.findText("Asunción (Paraguay)"))
        qtbot.mouseClick(dialogo.partes.boton_miembro, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)
        assert dialogo.isVisible()   # no se guardó: el fin quedó marcado, en la pestaña de los datos
        assert dialogo.pestanas.currentIndex() == 0 and "posterior al inicio" in dialogo.fin.toolTip()
        assert dialogo.problemas.isVisible() and "posterior al inicio" in dialogo.problemas.texto
        dialogo.fin.setDate(QDate(2028, 2, 29))
        qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)

    abiertos = en_el_dialogo(DialogoConvenio, cargar)
    qtbot.mouseClick(area.botones["nuevo"], Qt.MouseButton.LeftButton)
    assert abiertos and area.convenio["titulo"] == "Convenio con la UNA (Paraguay)"
    assert area.convenio["nombres_de_las_partes"] == "RCS · Asunción"
    assert "denunciar hasta el 30/01/2028" == area.filtro.data(area.filtro.index(_fila(area, area.convenio["titulo"]), 6))

    otra = abrir_base(copia_de_la_demo)   # se cierra y se vuelve a abrir desde la base: está guardado
    try:
        de_nuevo = VistaConvenios()
        qtbot.addWidget(de_nuevo)
        de_nuevo.show()
        de_nuevo.mostrar(oficina_de(otra, area.asociacion))
        assert "Convenio con la UNA (Paraguay)" in _titulos(de_nuevo)
    finally:
        otra.close()


def test_corregir_un_hermanamiento_y_sumarle_la_asociacion(area, qtbot):
    area.seleccionar(next(c["id"] for c in area.convenios if c["tipo"] == "hermanamiento"))

    def corregir(dialogo: DialogoConvenio):
        assert not dialogo.partes.asociacion_firma.isChecked()   # lo firman las ciudades
        assert dialogo.partes.tabla.rowCount() == 2
        dialogo.partes.tabla.item(0, 2).setText("Intendenta de Montevideo")
        qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)

    en_el_dialogo(DialogoConvenio, corregir)
    qtbot.mouseClick(area.botones["editar"], Qt.MouseButton.LeftButton)
    assert area.convenio["partes"][0]["firmante"] == "Intendenta de Montevideo"
    assert "firmó Intendenta de Montevideo" in area.detalle.resumen.text()


def test_una_obligacion_nueva_y_marcarla_cumplida(area, qtbot):
    area.seleccionar(next(c["id"] for c in area.convenios if c["tipo"] == "financiamiento"))

    def agregar(dialogo: DialogoObligacion):
        dialogo.tipo.fijar("pago")
        qtbot.keyClicks(dialogo.descripcion, "Segundo aporte de contrapartida")
        dialogo.vence.setDate(QDate(2027, 4, 9))
        qtbot.keyClicks(dialogo.importe, "10.000,00")
        qtbot.mouseClick(dialogo.boton_aceptar, Qt.MouseButton.LeftButton)

    en_el_dialogo(DialogoObligacion, agregar)
    qtbot.mouseClick(area.detalle.boton_obligacion, Qt.MouseButton.LeftButton)
    tabla = area.detalle.tabla_obligaciones
    assert area.detalle.currentIndex() == 1 and tabla.rowCount() == 4
    fila = next(n for n in range(tabla.rowCount()) if tabla.item(n, 2).text() == "Segundo aporte de contrapartida")
    assert tabla.item(fila, 3).text() == "USD 10.000,00" and tabla.item(fila, 4).text() == "Pendiente"
    tabla.selectRow(fila)
    qtbot.mouseClick(area.detalle.boton_cumplida, Qt.MouseButton.LeftButton)
    fila = next(n for n in range(tabla.rowCount()) if tabla.item(n, 2).text() == "Segundo aporte de contrapartida")
    assert tabla.item(fila, 4).text() == f"Cumplida el {date.today().strftime('%d/%m/%Y')}"


def test_terminar_por_denuncia(area, qtbot):
    area.seleccionar(next(c["id"] for c in area.convenios if c["tipo"] == "cooperacion"
                          and c["renovacion_meses"]))

    def terminar(dialogo: DialogoTerminarConvenio):
        assert dialogo.denuncia.isChecked()
        qtbot.keyClicks(dialogo.motivo, "Denuncia de la Udelar")
        qtbot.mouseClick(dialogo.boton_aceptar, Qt.MouseButton.LeftButton)

    en_el_dialogo(DialogoTerminarConvenio, terminar)
    qtbot.mouseClick(area.botones["terminar"], Qt.MouseButton.LeftButton)
    assert area.convenio["terminado_el"] == area.convenio["fin"] and "Denuncia de la Udelar" in \
        area.detalle.resumen.text()
    assert not area.botones["terminar"].isEnabled()


def test_el_pdf_firmado_se_adjunta_y_reemplazarlo_se_pregunta(area, qtbot, monkeypatch, tmp_path):
    primero, segundo = tmp_path / "firmado.pdf", tmp_path / "firmado con sellos.pdf"
    primero.write_bytes(pdf_de_prueba("Convenio firmado"))
    segundo.write_bytes(pdf_de_prueba("Convenio firmado con los sellos"))
    elegidos = [str(primero)]
    monkeypatch.setattr(elegir_archivo, "para_abrir", lambda *a, **k: elegidos.pop(0))
    assert not area.botones["ver_pdf"].isEnabled()
    qtbot.mouseClick(area.botones["adjuntar"], Qt.MouseButton.LeftButton)
    assert area.convenio["pdf"]["nombre"] == "firmado.pdf" and area.botones["ver_pdf"].isEnabled()
    assert "firmado.pdf (1 páginas" in area.detalle.resumen.text()

    preguntas = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: preguntas.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(area.botones["adjuntar"], Qt.MouseButton.LeftButton)   # dice que no: nada cambia
    assert "ya tiene su PDF firmado (firmado.pdf)" in preguntas[0] and area.convenio["pdf"]["nombre"] == "firmado.pdf"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    elegidos.append(str(segundo))
    qtbot.mouseClick(area.botones["adjuntar"], Qt.MouseButton.LeftButton)
    assert area.convenio["pdf"]["nombre"] == "firmado con sellos.pdf"


def test_el_registro_en_excel_con_los_filtros_de_la_lista(area, qtbot, monkeypatch, tmp_path):
    destino = tmp_path / "registro.xlsx"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)   # no abrirlo
    area.combo_tipo.setCurrentIndex(area.combo_tipo.findData("cooperacion"))
    qtbot.mouseClick(area.botones["exportar"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(destino.exists, timeout=10_000)
    filas = list(load_workbook(destino)["Convenios"].iter_rows(min_row=2, values_only=True))
    assert sorted(f[1] for f in filas) == sorted(c["titulo"] for c in area.convenios if c["tipo"] == "cooperacion")


def test_la_ficha_del_miembro_muestra_sus_convenios(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    oficina = oficina_de(db, asociacion)
    montevideo = next(p["miembro_id"] for c in listar_convenios(oficina.contexto) for p in c["partes"]
                      if p["nombre"] == "Montevideo")
    ficha = DialogoFichaMiembro(oficina, montevideo)
    qtbot.addWidget(ficha)
    ficha.show()
    assert ficha.pestana_convenios is None   # se arma al abrirla
    ficha.pestanas.setCurrentIndex(next(i for i in range(ficha.pestanas.count())
                                        if ficha.pestanas.tabText(i) == "Convenios"))   # un clic en la pestaña
    tabla = ficha.pestana_convenios.tabla
    assert sorted(tabla.item(n, 0).text() for n in range(tabla.rowCount())) == [
        "Convenio marco de cooperación con la Universidad de la República", "Hermanamiento Montevideo – Porto Alegre"]
    hermanamiento = next(n for n in range(tabla.rowCount()) if tabla.item(n, 1).text() == "Hermanamiento")
    assert tabla.item(hermanamiento, 2).text() == "Porto Alegre" and tabla.item(hermanamiento, 4).text() == "sin fin"
    assert ficha.pestana_convenios.resumen.text() == "Parte de 2 convenios; 2 vigentes hoy."
