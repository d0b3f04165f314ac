"""Documentos › Memoria anual… en la ventana (issue 47, §2), sobre la red de ejemplo: la introducción y las secciones
propias se escriben, se guardan y vuelven de la base; «Guardar en PDF…» y «Guardar en Excel…» escriben el archivo que
la persona eligió (nada si desiste) con lo escrito; el año con cambios sin guardar pregunta."""

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from pypdf import PdfReader

from escritorio.interfaz.dialogos import memoria as dialogos_memoria
from escritorio.interfaz.piezas import elegir_archivo
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base
from escritorio.servicios.memoria.textos import textos_de_la_memoria
from escritorio.servicios.verificar_documento import verificar_archivo

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")
ANIO = date.today().year - 1


@pytest.fixture
def ventana(qtbot, copia_de_la_demo, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)  # no abrir lo guardado
    ventana = VentanaPrincipal(abrir_base(copia_de_la_demo), QSettings(str(tmp_path / "ajustes.ini"),
                                                                       QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.show()
    yield ventana
    ventana.close()
    ventana.db.close()


@pytest.fixture
def memoria(ventana, qtbot, monkeypatch):
    """El diálogo abierto desde Documentos › Memoria anual…, en el último año entero."""
    abiertos = []
    monkeypatch.setattr(dialogos_memoria.DialogoMemoria, "exec", lambda d: abiertos.append(d) or 0)
    monkeypatch.setattr("escritorio.interfaz.menu_documentos.descartar", lambda d: None)
    documentos = next(a.menu() for a in ventana.menuBar().actions() if a.text() == "&Documentos")
    [accion] = [a for a in documentos.actions() if a.text() == "&Memoria anual…"]
    accion.trigger()
    [dialogo] = abiertos
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.anio.setValue(ANIO)
    return dialogo


def test_la_introduccion_se_guarda_y_vuelve_de_la_base(memoria, ventana):
    assert memoria.anio.value() == ANIO and memoria.introduccion.toPlainText() == ""
    memoria.introduccion.setPlainText("Un año de consolidación de la red.")
    assert memoria.estado_introduccion.text() == "Sin guardar." and memoria.boton_guardar_introduccion.isEnabled()
    memoria.boton_guardar_introduccion.click()
    assert memoria.estado_introduccion.text() == "" and not memoria.boton_guardar_introduccion.isEnabled()
    assert textos_de_la_memoria(ventana.oficina.contexto, ANIO).introduccion == "Un año de consolidación de la red."
    # Otro año: su propia introducción (vacía); al volver, la guardada.
    memoria.anio.setValue(ANIO - 1)
    assert memoria.introduccion.toPlainText() == ""
    memoria.anio.setValue(ANIO)
    assert memoria.introduccion.toPlainText() == "Un año de consolidación de la red."


def test_cambiar_de_anio_con_la_introduccion_sin_guardar_pregunta(memoria, ventana, monkeypatch):
    memoria.introduccion.setPlainText("Borrador a medias.")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    memoria.anio.setValue(ANIO - 1)
    assert memoria.anio.value() == ANIO and memoria.introduccion.toPlainText() == "Borrador a medias."
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    memoria.anio.setValue(ANIO - 1)
    assert textos_de_la_memoria(ventana.oficina.contexto, ANIO).introduccion == "Borrador a medias."


def test_una_seccion_propia_se_agrega_con_su_lugar(memoria, ventana, monkeypatch):
    def escribir(dialogo):
        dialogo.titulo.setText("Hitos del año")
        dialogo.lugar.setCurrentIndex(dialogo.lugar.findData("miembros"))
        dialogo.texto.setPlainText("Se firmó la Declaración de Montevideo.")
        dialogo.boton_guardar.click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogos_memoria.DialogoSeccionMemoria, "exec", escribir)
    memoria.boton_agregar.click()
    assert memoria.lista.count() == 1 and memoria.lista.item(0).text() == "Hitos del año  ·  después de «Miembros»"
    [guardada] = textos_de_la_memoria(ventana.oficina.contexto, ANIO).secciones
    assert (guardada["titulo"], guardada["despues_de"]) == ("Hitos del año", "miembros")

    def sin_titulo(dialogo):
        dialogo.titulo.setText("")
        dialogo.boton_guardar.click()
        assert not dialogo.mensaje.isHidden() and dialogo.titulo.toolTip()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogos_memoria.DialogoSeccionMemoria, "exec", sin_titulo)
    memoria.boton_corregir.click()
    assert textos_de_la_memoria(ventana.oficina.contexto, ANIO).secciones[0]["titulo"] == "Hitos del año"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    memoria.boton_quitar.click()
    assert memoria.lista.count() == 0 and textos_de_la_memoria(ventana.oficina.contexto, ANIO).secciones == []


def test_guardar_en_pdf_y_en_excel_el_archivo_que_se_eligio(memoria, ventana, monkeypatch, tmp_path, qtbot):
    memoria.introduccion.setPlainText("Un año de consolidación de la red.")   # sin guardar: entra igual
    pdf, xlsx = tmp_path / "elegido.pdf", tmp_path / "elegido.xlsx"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(pdf))
    memoria.boton_pdf.click()
    qtbot.waitUntil(lambda: pdf.exists() and memoria.hecho.text() != "", timeout=20_000)
    texto = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(pdf).pages)
    assert f"Memoria anual {ANIO}" in texto and "Un año de consolidación de la red." in texto
    assert memoria.hecho.text() == f"Memoria {ANIO} guardada en {pdf}: {len(PdfReader(pdf).pages)} páginas."
    assert verificar_archivo(ventana.db, pdf).veredicto == "vigente"
    assert textos_de_la_memoria(ventana.oficina.contexto, ANIO).introduccion == "Un año de consolidación de la red."

    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(xlsx))
    memoria.boton_excel.click()
    qtbot.waitUntil(lambda: xlsx.exists(), timeout=20_000)
    assert "Textos" in load_workbook(xlsx).sheetnames

    # Si la persona desiste en el diálogo de guardar, no se escribe nada.
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: "")
    antes = sorted(p.name for p in Path(tmp_path).iterdir())
    assert memoria.guardar_pdf() is False
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == antes


def test_la_introduccion_que_otro_programa_cambio_mientras_tanto_no_se_pisa_en_silencio(memoria, ventana, cli,
                                                                                     copia_de_la_demo, tmp_path,
                                                                                     monkeypatch):
    """La secretaria escribe la introducción en la ventana; mientras tanto alguien la fija desde la línea de órdenes.
    «Guardar la introducción» no la reemplaza sin preguntar: ofrece sobrescribir, recargar o cancelar."""
    from escritorio.interfaz.dialogos import conflicto

    memoria.introduccion.setPlainText("Lo que escribe la ventana.")
    archivo = tmp_path / "intro.txt"
    archivo.write_text("Lo que escribió la línea de órdenes.", encoding="utf-8")
    hecho = cli("memoria", "texto", ANIO, "--introduccion", archivo, db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    preguntas = []
    monkeypatch.setattr(dialogos_memoria, "preguntar_conflicto",
                        lambda _p, error, _que: preguntas.append(error) or conflicto.CANCELAR, raising=False)
    memoria.boton_guardar_introduccion.click()
    assert len(preguntas) == 1
    assert textos_de_la_memoria(ventana.oficina.contexto, ANIO).introduccion == "Lo que escribió la línea de órdenes."
    assert memoria.introduccion.toPlainText() == "Lo que escribe la ventana."   # lo suyo sigue en pantalla
    # Sobrescribir, a sabiendas.
    monkeypatch.setattr(dialogos_memoria, "preguntar_conflicto", lambda *a: conflicto.SOBRESCRIBIR)
    memoria.boton_guardar_introduccion.click()
    assert textos_de_la_memoria(ventana.oficina.contexto, ANIO).introduccion == "Lo que escribe la ventana."
    assert memoria.estado_introduccion.text() == ""


def test_una_seccion_que_otro_programa_corrigio_mientras_tanto_no_se_pisa_en_silencio(memoria, ventana, cli,
                                                                                     copia_de_la_demo, monkeypatch):
    from escritorio.interfaz.dialogos import conflicto

    hecho = cli("memoria", "seccion", ANIO, "--titulo", "Hitos del año", "--texto", "Primera versión.",
                db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    memoria._leer()
    preguntas = []
    monkeypatch.setattr(dialogos_memoria, "preguntar_conflicto",
                        lambda _p, error, _que: preguntas.append(error) or conflicto.CANCELAR, raising=False)

    def corregir(dialogo):
        dialogo.texto.setPlainText("Lo que corrige la ventana.")
        # Mientras el diálogo está abierto, la línea de órdenes corrige la misma sección.
        otra = cli("memoria", "editar-seccion", dialogo.seccion["id"], "--texto", "Lo que corrigió la línea de "
                   "órdenes.", db=copia_de_la_demo)
        assert otra.returncode == 0, otra.stderr
        dialogo.boton_guardar.click()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogos_memoria.DialogoSeccionMemoria, "exec", corregir)
    memoria.boton_corregir.click()
    assert len(preguntas) == 1
    [seccion] = textos_de_la_memoria(ventana.oficina.contexto, ANIO).secciones
    assert seccion["texto"] == "Lo que corrigió la línea de órdenes."
