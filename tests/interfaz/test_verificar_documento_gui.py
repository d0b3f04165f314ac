"""Archivo > Verificar un documento…: la secretaria suelta un PDF en el diálogo y ve el veredicto del mismo
servicio que «escritorio documento verificar»; también a 1024×600."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.dialogos.verificar_documento import DialogoVerificarDocumento
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.informes_cuotas import imprimir_recibo
from escritorio.interfaz.piezas import elegir_archivo
from ayudas import oficina_de


def soltar(widget, ruta: Path) -> bool:
    """Arrastra un archivo del explorador y lo suelta en `widget`; True si el arrastre se aceptó."""
    datos = QMimeData()
    datos.setUrls([QUrl.fromLocalFile(str(ruta))])
    centro = widget.rect().center()
    entrar = QDragEnterEvent(centro, Qt.DropAction.CopyAction, datos, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, entrar)
    if not entrar.isAccepted():
        return False
    QApplication.sendEvent(widget, QDropEvent(QPointF(centro), Qt.DropAction.CopyAction, datos,
                                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    return True


def test_desde_el_menu_se_suelta_un_recibo_y_se_ve_que_es_autentico(qtbot, demo_db, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    imprimir_recibo(Contexto(demo_db, 1), 1, tmp_path / "recibo.pdf")
    ventana = VentanaPrincipal(demo_db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.show()
    [accion] = [a for menu in ventana.menuBar().actions() for a in menu.menu().actions()
                if a.text() == "&Verificar un documento…"]
    vistos = {}

    def en_el_dialogo():
        dialogo = QApplication.activeModalWidget()
        if not isinstance(dialogo, DialogoVerificarDocumento):
            QTimer.singleShot(50, en_el_dialogo)
            return
        vistos["aceptado"] = soltar(dialogo, tmp_path / "recibo.pdf")
        qtbot.waitUntil(lambda: dialogo.veredicto.isVisible(), timeout=10000)
        vistos["veredicto"] = dialogo.veredicto.text()
        vistos["detalle"] = dialogo.detalle.toPlainText()
        dialogo.accept()

    QTimer.singleShot(50, en_el_dialogo)
    accion.trigger()
    assert vistos["aceptado"]
    assert vistos["veredicto"] == "Auténtico y vigente — recibo.pdf"
    assert "Recibo N.º 0001/2020" in vistos["detalle"] and "idéntico byte a byte al original" in vistos["detalle"]


def test_soltar_un_recibo_anulado_un_archivo_que_no_es_pdf_y_escribir_un_codigo(qtbot, demo_db, tmp_path):
    from escritorio.servicios.pagos import anular_pago

    contexto = Contexto(demo_db, 1)
    imprimir_recibo(contexto, 2, tmp_path / "recibo.pdf")
    anular_pago(contexto, 2, "Cheque sin fondos")
    dialogo = DialogoVerificarDocumento(oficina_de(demo_db))
    qtbot.addWidget(dialogo)
    dialogo.show()
    assert soltar(dialogo, tmp_path / "recibo.pdf")
    qtbot.waitUntil(lambda: dialogo.resultado is not None, timeout=10000)
    assert dialogo.veredicto.text() == "Auténtico pero reemplazado — recibo.pdf"
    assert "ANULADO" in dialogo.detalle.toPlainText() and "Cheque sin fondos" in dialogo.detalle.toPlainText()
    codigo = dialogo.resultado.codigo

    # Lo que no es un PDF se explica en el mismo lugar, sin ventanas de error ni trazas.
    (tmp_path / "planilla.pdf").write_text("Nombre;País\n", encoding="utf-8")
    assert soltar(dialogo, tmp_path / "planilla.pdf")
    qtbot.waitUntil(lambda: "No se pudo verificar" in dialogo.veredicto.text(), timeout=10000)
    assert "planilla.pdf no es un PDF" in dialogo.detalle.toPlainText()

    # Quien tiene el papel escribe el código.
    qtbot.keyClicks(dialogo.codigo, codigo.lower())
    qtbot.mouseClick(dialogo.boton_codigo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialogo.veredicto.text().startswith("Auténtico pero reemplazado"), timeout=10000)
    assert "se verificó solo el código" in dialogo.detalle.toPlainText()

    # A 1024×600 se ve todo: la zona para soltar, los botones, el veredicto y el detalle.
    dialogo.resize(1024, 600)
    qtbot.wait(50)
    dialogo.grab().save(str(tmp_path / "verificar-1024x600.png"))
    for pieza in (dialogo.zona, dialogo.boton_elegir, dialogo.codigo, dialogo.boton_codigo, dialogo.veredicto,
                  dialogo.detalle):
        arriba_izquierda = pieza.mapTo(dialogo, pieza.rect().topLeft())
        assert pieza.isVisible() and arriba_izquierda.y() + pieza.height() <= 600, pieza
    assert dialogo.detalle.height() >= 150


def test_la_resolucion_se_guarda_en_pdf_desde_la_pestana_votaciones(qtbot, demo_db, tmp_path, monkeypatch):

    from escritorio.documentos.pdf.lectura import leer_pdf
    from escritorio.interfaz.vistas.sesiones import VistaSesiones
    from escritorio.servicios.asociaciones import listar_asociaciones
    from escritorio.servicios.verificar_documento import verificar_archivo
    from escritorio.servicios.votaciones import listar_resoluciones

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    reforma = next(r for r in listar_resoluciones(Contexto(demo_db, 1)) if r["reforma_id"])
    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(1150, 800)
    vista.show()
    vista.mostrar(oficina_de(demo_db, listar_asociaciones(demo_db)[0]))
    vista.abrir(reforma["sesion_id"])
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(reforma["punto_id"])
    boton = editor.votaciones.boton_pdf_resolucion
    qtbot.waitUntil(boton.isVisible, timeout=5000)
    destino = tmp_path / "resolucion.pdf"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    qtbot.mouseClick(boton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(destino.exists, timeout=10000)
    texto = " ".join(leer_pdf(destino).texto.split())
    assert "Resolución 1/2026 de la Asamblea General de Socios" in texto and reforma["titulo"] in texto
    assert verificar_archivo(demo_db, destino).veredicto == "vigente"


# --- issue 43: todo documento que escribe el programa se verifica --------------------------------------------------

def _menu_documentos(editor, texto: str):
    return next(a for a in editor.boton_documentos.menu().actions() if a.text() == texto)


def test_la_convocatoria_impresa_desde_la_sesion_se_verifica_y_al_cambiar_el_orden_del_dia_queda_reemplazada(
        qtbot, demo_db, tmp_path, monkeypatch):
    """La secretaria imprime la convocatoria y el acta en borrador desde la sesión y las suelta en Verificar un
    documento: la convocatoria es auténtica y vigente (verde); el borrador, un borrador auténtico que no es el acta
    (ámbar); un punto agregado después deja la convocatoria reemplazada y el detalle dice cuál."""
    from escritorio.interfaz.vistas.sesiones import VistaSesiones
    from escritorio.servicios.asociaciones import listar_asociaciones
    from escritorio.servicios.sesiones import listar_sesiones
    from escritorio.servicios.sesiones.puntos import agregar_punto

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    sesion = next(s for s in listar_sesiones(Contexto(demo_db, 1)) if s["estado_acta"] == "borrador")
    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(1150, 800)
    vista.show()
    vista.mostrar(oficina_de(demo_db, listar_asociaciones(demo_db)[0]))
    vista.abrir(sesion["id"])
    for texto, archivo in (("Convocatoria (PDF)…", "convocatoria.pdf"), ("Acta (PDF)…", "borrador.pdf")):
        destino = tmp_path / archivo
        monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, d=destino, **k: str(d))
        _menu_documentos(vista.editor, texto).trigger()
        qtbot.waitUntil(destino.exists, timeout=10000)

    dialogo = DialogoVerificarDocumento(oficina_de(demo_db))
    qtbot.addWidget(dialogo)
    dialogo.resize(1024, 600)
    dialogo.show()
    assert soltar(dialogo, tmp_path / "convocatoria.pdf")
    qtbot.waitUntil(lambda: dialogo.resultado is not None, timeout=10000)
    assert dialogo.veredicto.text() == "Auténtico y vigente — convocatoria.pdf"
    assert "#eaf6ec" in dialogo.veredicto.styleSheet()   # verde
    assert "Convocatoria · " in dialogo.detalle.toPlainText()

    assert soltar(dialogo, tmp_path / "borrador.pdf")
    qtbot.waitUntil(lambda: "borrador.pdf" in dialogo.veredicto.text(), timeout=10000)
    assert dialogo.veredicto.text() == "Borrador auténtico, no es el acta aprobada — borrador.pdf"
    assert "#fff6e0" in dialogo.veredicto.styleSheet()   # ámbar
    assert "No es el acta: todavía no se aprobó" in dialogo.detalle.toPlainText()
    dialogo.grab().save(str(tmp_path / "verificar-borrador-1024x600.png"))

    agregar_punto(Contexto(demo_db, 1), sesion["id"], "Informe de la Tesorería", "informativo")
    assert soltar(dialogo, tmp_path / "convocatoria.pdf")
    qtbot.waitUntil(lambda: dialogo.veredicto.text().startswith("Auténtico pero reemplazado"), timeout=10000)
    detalle = dialogo.detalle.toPlainText()
    assert "Orden del día: se agregó 3. Informe de la Tesorería." in detalle
    assert "Lo que dice este documento (registrado al emitirlo):" in detalle and "Según la base de datos hoy:" in detalle
    dialogo.grab().save(str(tmp_path / "verificar-convocatoria-1024x600.png"))


def test_un_padron_impreso_antes_de_que_llevara_codigo_se_reconoce_como_de_esta_base(qtbot, demo_db, tmp_path):
    """Un PDF que Escritorio escribió para esta asociación sin código (antes de la migración 0024) no es «ninguno de
    los emitidos por esta base»: el diálogo dice que es un documento de esta base sin código, en ámbar."""
    from escritorio.documentos.pdf.padron import FilaPadron, GrupoPais, escribir_padron_pdf
    from escritorio.servicios.asociaciones import listar_asociaciones

    asociacion = listar_asociaciones(demo_db)[0]
    escribir_padron_pdf(tmp_path / "padron-viejo.pdf", asociacion=asociacion["nombre"], sigla=asociacion["sigla"],
                        papel="A4", fecha=date(2025, 3, 1),
                        grupos=[GrupoPais("Argentina", [FilaPadron("Rosario", "Santa Fe", "Municipio", 1, None,
                                                                   "Activo")])])
    dialogo = DialogoVerificarDocumento(oficina_de(demo_db))
    qtbot.addWidget(dialogo)
    dialogo.show()
    assert soltar(dialogo, tmp_path / "padron-viejo.pdf")
    qtbot.waitUntil(lambda: dialogo.resultado is not None, timeout=10000)
    assert dialogo.veredicto.text() == "Documento de esta base sin código de verificación — padron-viejo.pdf"
    assert "#fff6e0" in dialogo.veredicto.styleSheet()
    detalle = dialogo.detalle.toPlainText()
    assert f"es un documento de esta base, sin código de verificación: «Padrón de miembros», de {asociacion['nombre']}" \
        in detalle
    assert "no es ninguno de los documentos emitidos" not in detalle
