"""La secretaría firma el acta en nivel B-LT desde la ventana, contra la autoridad local (`tests/pki_local.py`):
elige el nivel en la lista, escribe la dirección del servidor de sello de tiempo, elige con «Cadena y revocación…»
los certificados y las CRL de su autoridad (la revocación no se busca en la red), firma; la tabla dice el nivel
alcanzado («B-LT · largo plazo») y el aviso dice sobre qué línea de firma se ve. Pedir B-LTA sin servidor lo
explica con el mismo mensaje que la consola y no guarda nada; en B-B el campo del servidor no se usa. Al volver a
abrir la base, el diálogo recuerda el servidor y sigue mostrando el nivel."""

import os

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from pki_local import PKILocal
from escritorio.interfaz.dialogos import firma_digital
from escritorio.interfaz.piezas import elegir_archivo
from escritorio.interfaz.vistas.sesiones import VistaSesiones
from escritorio.servicios.actas import obtener_acta
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.firmantes import firmantes_del_acta
from escritorio.servicios.firmas import listar_firmas
from escritorio.servicios.sesiones import listar_sesiones
from ayudas import oficina_de

CLAVE = "clave-de-la-presidenta"


@pytest.fixture
def ajustes(tmp_path):
    return QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def vista(qtbot, copia_de_la_demo, monkeypatch, ajustes):
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, titulo, texto, *a, **k: pytest.fail(f"{titulo}: {texto}"))
    db = abrir_base(copia_de_la_demo)
    vista = VistaSesiones(ajustes)
    qtbot.addWidget(vista)
    vista.resize(1150, 800)
    vista.show()
    vista.mostrar(oficina_de(db, listar_asociaciones(db)[0]))
    yield vista
    db.close()


def elegir_nivel(qtbot, dialogo, nivel: str) -> None:
    """Como con el teclado: foco en la lista y flechas hasta el nivel."""
    dialogo.nivel.setFocus()
    while dialogo.nivel.currentText() != nivel:
        tecla = Qt.Key.Key_Down if dialogo.nivel.findText(nivel) > dialogo.nivel.currentIndex() else Qt.Key.Key_Up
        qtbot.keyClick(dialogo.nivel, tecla)


def test_firmar_el_acta_en_b_lt_desde_la_ventana(vista, qtbot, tmp_path, monkeypatch, copia_de_la_demo, ajustes):
    contexto = Contexto(vista.db, listar_asociaciones(vista.db)[0]["id"])
    sesion = next(s["id"] for s in listar_sesiones(contexto) if s["estado_acta"] == "aprobada")
    contenido = obtener_acta(contexto, sesion).contenido
    presidencia = firmantes_del_acta(contexto, sesion, contenido.preside, contenido.secretaria)[0]
    visto = {}
    with PKILocal(tmp_path / "pki") as pki:
        p12 = pki.emitir_firmante(presidencia.nombre, CLAVE)
        archivos = [str(a) for a in (pki.archivo_raiz, pki.archivo_intermedia, *pki.guardar_crls())]
        monkeypatch.setattr(elegir_archivo, "para_abrir", lambda *a, **k: str(p12))
        monkeypatch.setattr(elegir_archivo, "varios_para_abrir", lambda *a, **k: archivos)

        def operar(dialogo):
            dialogo.boton_elegir.click()
            qtbot.keyClicks(dialogo.contrasena, CLAVE)
            # B-B: la firma sola; el servidor de sello y los archivos de validación no se usan.
            assert dialogo.nivel.currentText() == "B-B"
            visto["bb"] = (dialogo.sello_tiempo.isEnabled(), dialogo.boton_validacion.isEnabled())
            # B-LTA sin servidor: el mensaje del servicio, y nada guardado.
            elegir_nivel(qtbot, dialogo, "B-LTA")
            visto["blta"] = (dialogo.sello_tiempo.isEnabled(), dialogo.explicacion_nivel.text())
            dialogo.boton_firmar.click()
            visto["error"] = dialogo.mensaje.text()
            visto["filas_tras_error"] = dialogo.firmas.tabla.rowCount()
            # B-LT con el servidor de sello de tiempo, y la cadena y las CRL de la autoridad en archivos (como sin
            # conexión: la revocación no se busca en la red).
            elegir_nivel(qtbot, dialogo, "B-LT")
            visto["validacion_antes"] = dialogo.rotulo_validacion.text()
            dialogo.boton_validacion.click()
            visto["validacion"] = dialogo.rotulo_validacion.text()
            qtbot.keyClicks(dialogo.sello_tiempo, pki.url_tsa)
            if not dialogo.contrasena.text():
                qtbot.keyClicks(dialogo.contrasena, CLAVE)
            dialogo.boton_firmar.click()
            qtbot.waitUntil(lambda: dialogo.firmas.tabla.rowCount() == 1, timeout=30000)
            visto["nivel"] = dialogo.firmas.tabla.item(0, 4).text()
            visto["detalle"] = dialogo.firmas.tabla.item(0, 4).toolTip()
            visto["mensaje"] = dialogo.mensaje.text()
            destino = os.environ.get("ESCRITORIO_CAPTURAS")  # para mirarlo a mano: ESCRITORIO_CAPTURAS=/carpeta
            dialogo.resize(1024, 600)
            imagen = dialogo.grab()
            assert not imagen.isNull()
            if destino:
                imagen.save(os.path.join(destino, "firma-b-lt-1024x600.png"))
            return 0

        monkeypatch.setattr(firma_digital.DialogoFirmaDigital, "exec", operar)
        vista.abrir(sesion)
        vista.editor.pestanas.setCurrentWidget(vista.editor.tab_acta)
        vista.editor.tab_acta.boton_firma_digital.click()
        assert pki.pedidos["tsa"] >= 1
        assert pki.pedidos["ocsp"] == pki.pedidos["intermedia.crl"] == pki.pedidos["intermedia.crt"] == 0
    assert visto["bb"] == (False, False)
    assert visto["validacion_antes"] == "con conexión se buscan solos"
    assert visto["validacion"] == "raiz.pem, intermedia.crt, raiz.crl, intermedia.crl"
    assert visto["blta"][0] and "sello de tiempo del documento" in visto["blta"][1]
    assert "B-LTA necesita un servidor de sello de tiempo" in visto["error"] and visto["filas_tras_error"] == 0
    assert visto["nivel"] == "B-LT · largo plazo"
    assert visto["detalle"].startswith("validación a largo plazo posible")
    assert f"Se ve sobre la línea de firma de {presidencia.cargo}: {presidencia.nombre}." in visto["mensaje"]
    assert "Nivel B-LT: validación a largo plazo posible" in visto["mensaje"]

    # Cerrar y volver a abrir la base: la firma sigue en B-LT, y el servidor de sello quedó recordado.
    vista.db.close()
    db = abrir_base(copia_de_la_demo, crear=False)
    try:
        asociacion = listar_asociaciones(db)[0]
        assert [f["firmante"] for f in listar_firmas(Contexto(db, asociacion["id"]))] == [presidencia.nombre]
        dialogo = firma_digital.DialogoFirmaDigital(oficina_de(db, asociacion), "acta", sesion, "Acta", ajustes=ajustes)
        qtbot.addWidget(dialogo)
        assert dialogo.firmas.tabla.item(0, 4).text() == "B-LT · largo plazo"
        assert dialogo.sello_tiempo.text() == pki.url_tsa
        dialogo.close()
    finally:
        db.close()
