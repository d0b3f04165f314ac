"""La secretaría firma el acta aprobada desde la pestaña Acta del editor de sesiones: elige su .p12, escribe la
contraseña (oculta), firma; la firma se lista con firmante, fecha e integridad, y sigue ahí al volver a abrir la
base. Con la contraseña equivocada el diálogo lo dice y no se guarda nada. Un acta en borrador no se ofrece."""

import os

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from certificados import crear_certificado
from escritorio.interfaz.dialogos import firma_digital
from escritorio.interfaz.vistas.sesiones import VistaSesiones
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.firmas import listar_firmas
from escritorio.servicios.sesiones import listar_sesiones
from escritorio.interfaz.piezas import elegir_archivo
from ayudas import oficina_de

CONTRASENA = "clave-de-la-secretaria"


@pytest.fixture
def vista(qtbot, copia_de_la_demo, monkeypatch):
    ruta_base = copia_de_la_demo
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    db = abrir_base(ruta_base)
    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(1150, 800)
    vista.show()
    vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    yield vista
    db.close()


def sesion_con_acta(db, estado: str) -> int:
    asociacion = listar_asociaciones(db)[0]
    return next(s["id"] for s in listar_sesiones(Contexto(db, asociacion["id"])) if s["estado_acta"] == estado)


def pestana_acta(vista, sesion_id: int):
    vista.abrir(sesion_id)
    vista.editor.pestanas.setCurrentWidget(vista.editor.tab_acta)
    return vista.editor.tab_acta


def test_firmar_el_acta_desde_la_ventana_y_verla_tras_reabrir(vista, qtbot, tmp_path, monkeypatch, copia_de_la_demo):
    ruta_base = copia_de_la_demo
    p12, _ = crear_certificado(tmp_path, "Lucía Fernández", CONTRASENA)
    sesion = sesion_con_acta(vista.db, "aprobada")
    acta = pestana_acta(vista, sesion)
    assert acta.boton_firma_digital.isEnabled()
    monkeypatch.setattr(elegir_archivo, "para_abrir", lambda *a, **k: str(p12))
    visto = {}

    def operar(dialogo):
        assert dialogo.contrasena.echoMode() == QLineEdit.EchoMode.Password
        assert dialogo.firmas.tabla.rowCount() == 0
        dialogo.boton_elegir.click()                       # el .p12, como lo elige la secretaria
        assert dialogo.certificado.text() == str(p12)
        # Contraseña equivocada: el diálogo lo dice en castellano y no guarda nada.
        qtbot.keyClicks(dialogo.contrasena, "otra")
        dialogo.boton_firmar.click()
        visto["error"] = dialogo.mensaje.text()
        visto["filas_tras_error"] = dialogo.firmas.tabla.rowCount()
        # La correcta.
        qtbot.keyClicks(dialogo.contrasena, CONTRASENA)
        dialogo.lugar.setText("Montevideo")
        dialogo.boton_firmar.click()
        qtbot.waitUntil(lambda: dialogo.firmas.tabla.rowCount() == 1, timeout=15000)
        visto["firmante"] = dialogo.firmas.tabla.item(0, 0).text()
        visto["integridad"] = dialogo.firmas.tabla.item(0, 2).text()
        visto["fecha"] = dialogo.firmas.tabla.item(0, 1).text()
        visto["contrasena_tras_firmar"] = dialogo.contrasena.text()
        visto["mensaje"] = dialogo.mensaje.text()
        destino = os.environ.get("ESCRITORIO_CAPTURAS")  # para mirarlo a mano: ESCRITORIO_CAPTURAS=/carpeta
        for ancho, alto in ((780, 560), (1024, 600)):
            dialogo.resize(min(ancho, 1024), min(alto, 600))
            imagen = dialogo.grab()
            assert not imagen.isNull()
            if destino:
                imagen.save(os.path.join(destino, f"firma-digital-{ancho}x{alto}.png"))
        return 0

    monkeypatch.setattr(firma_digital.DialogoFirmaDigital, "exec", operar)
    acta.boton_firma_digital.click()
    assert "contraseña" in visto["error"] and "no es la correcta" in visto["error"]
    assert visto["filas_tras_error"] == 0
    assert visto["firmante"] == "Lucía Fernández"
    assert visto["integridad"].startswith("✓ íntegra")
    assert visto["fecha"][:2].isdigit()
    assert visto["contrasena_tras_firmar"] == ""          # la contraseña no queda en el campo
    assert "Firmado por Lucía Fernández" in visto["mensaje"]
    # El editor se recargó: el acta figura firmada.
    qtbot.waitUntil(lambda: vista.editor.acta.estado == "firmada", timeout=5000)
    assert "Firmada digitalmente por Lucía Fernández." in vista.editor.tab_acta.aprobacion.text()
    if os.environ.get("ESCRITORIO_CAPTURAS"):
        vista.resize(1024, 600)
        vista.grab().save(os.path.join(os.environ["ESCRITORIO_CAPTURAS"], "pestana-acta-1024x600.png"))

    # Cerrar y volver a abrir la base: la firma sigue, y el diálogo la muestra íntegra.
    vista.db.close()
    db = abrir_base(ruta_base, crear=False)
    try:
        asociacion = listar_asociaciones(db)[0]
        assert [f["firmante"] for f in listar_firmas(Contexto(db, asociacion["id"]))] == ["Lucía Fernández"]
        dialogo = firma_digital.DialogoFirmaDigital(oficina_de(db, asociacion), "acta", sesion, "Acta")
        qtbot.addWidget(dialogo)
        assert dialogo.firmas.tabla.rowCount() == 1
        assert dialogo.firmas.tabla.item(0, 0).text() == "Lucía Fernández"
        assert "no se pudo validar contra una autoridad de confianza" in dialogo.firmas.tabla.item(0, 3).text()
        assert "Firmas íntegras" in dialogo.firmas.resultado.text()
        # Guardar el PDF firmado (el diálogo de Qt ya preguntó si se reemplaza).
        salida = tmp_path / "guardada.pdf"
        monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(salida))
        dialogo.guardar_pdf()
        assert salida.read_bytes().startswith(b"%PDF-")
        # Verificar otro PDF: el mismo, con un byte cambiado, se ve alterado.
        datos = bytearray(salida.read_bytes())
        posicion = datos.index(b"stream", len(datos) // 10) + 40
        datos[posicion] ^= 0x01
        alterado = tmp_path / "alterado.pdf"
        alterado.write_bytes(bytes(datos))
        dialogo.verificar_archivo(str(alterado))
        assert dialogo.firmas.tabla.item(0, 2).text() == "✗ ALTERADA"
        assert "NO es el que se firmó" in dialogo.firmas.resultado.text()
        dialogo.close()
    finally:
        db.close()


def test_un_acta_en_borrador_no_ofrece_la_firma_digital(vista):
    acta = pestana_acta(vista, sesion_con_acta(vista.db, "borrador"))
    assert not acta.boton_firma_digital.isEnabled()
    assert "aprobada" in acta.boton_firma_digital.toolTip()


def test_firmar_una_resolucion_desde_votaciones(vista, qtbot, tmp_path, monkeypatch):
    from escritorio.servicios.votaciones import listar_resoluciones

    p12, _ = crear_certificado(tmp_path, "Marcos Ibarra", CONTRASENA)
    asociacion = listar_asociaciones(vista.db)[0]
    contexto = Contexto(vista.db, asociacion["id"])
    resolucion = next(r for r in listar_resoluciones(contexto) if r.get("sesion_id"))
    vista.abrir(resolucion["sesion_id"])
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(resolucion["punto_id"])
    boton = editor.votaciones.boton_firma_resolucion
    qtbot.waitUntil(boton.isVisible, timeout=5000)
    visto = {}

    def operar(dialogo):
        dialogo.certificado.setText(str(p12))
        qtbot.keyClicks(dialogo.contrasena, CONTRASENA)
        dialogo.boton_firmar.click()
        qtbot.waitUntil(lambda: dialogo.firmas.tabla.rowCount() == 1, timeout=15000)
        visto["firmante"] = dialogo.firmas.tabla.item(0, 0).text()
        visto["titulo"] = dialogo.windowTitle()
        return 0

    monkeypatch.setattr(firma_digital.DialogoFirmaDigital, "exec", operar)
    boton.click()
    assert visto["firmante"] == "Marcos Ibarra"
    assert resolucion["numeracion"] in visto["titulo"]
    firmas = listar_firmas(contexto, "resolucion")
    assert [(f["referencia"], f["firmante"]) for f in firmas] == [(resolucion["id"], "Marcos Ibarra")]
