"""Archivo › Publicar el sitio… (issue 45): la ventana publica con el mismo servicio que «escritorio publicar», desde
el menú de la ventana real, con el ratón."""

import json

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from ayudas import oficina_de
from escritorio.interfaz.dialogos.publicar import DialogoPublicar
from escritorio.interfaz.piezas.dialogo import ContenidoDesplazable, envolver_en_desplazamiento
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base
from tests.archivos_abiertos import archivos_abiertos  # noqa: F401 (el fixture)

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")


def test_desde_el_menu_archivo_publica_con_lo_elegido_y_la_segunda_vez_no_cambia_nada(qtbot, copia_de_la_demo,
                                                                                      tmp_path):
    db = abrir_base(copia_de_la_demo)
    ventana = VentanaPrincipal(db, QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(ventana)
    ventana.show()
    qtbot.waitExposed(ventana)
    sitio = tmp_path / "sitio"
    vistos = []

    def en_el_dialogo():
        dialogo = QApplication.activeModalWidget()
        if not isinstance(dialogo, DialogoPublicar):
            QTimer.singleShot(50, en_el_dialogo)
            return
        dialogo.carpeta.setText(str(sitio))
        qtbot.keyClick(dialogo.incluir["contactos"], Qt.Key.Key_Space)   # la casilla, con el teclado
        assert dialogo.incluir["contactos"].isChecked()
        qtbot.mouseClick(dialogo.boton_publicar, Qt.MouseButton.LeftButton)
        vistos.append(dialogo.veredicto.text())
        qtbot.mouseClick(dialogo.boton_publicar, Qt.MouseButton.LeftButton)
        vistos.append(dialogo.veredicto.text())
        dialogo.accept()

    archivo = next(m for m in ventana.menuBar().actions() if m.text() == "&Archivo").menu()
    publicar = next(a for a in archivo.actions() if a.text() == "&Publicar el sitio…")
    QTimer.singleShot(0, en_el_dialogo)
    publicar.trigger()
    qtbot.waitUntil(lambda: len(vistos) == 2)
    # con anclas.html (issue 58) y, como publica los contactos, el aviso de privacidad (privacidad.html, issue 65)
    assert vistos[0].startswith(f"Sitio publicado en {sitio}: 39 páginas")   # con indicadores.html (issue 80, §4)
    assert "Archivos escritos: 45; borrados (ya no son públicos): 0; sin cambios: 0." in vistos[0]
    assert "Ya estaba al día: no se cambió ningún archivo." in vistos[1]
    assert "relaciones.internacionales@buenosaires.ar.ejemplo.org" in (sitio / "miembros.html").read_text()
    assert "Aviso de privacidad" in (sitio / "privacidad.html").read_text(encoding="utf-8")
    assert json.loads((sitio / "manifiesto.json").read_text(encoding="utf-8"))["incluye"] == ["contactos"]
    ventana.close()
    db.close()


def _carpeta_ajena(tmp_path):
    ajena = tmp_path / "mis documentos"
    ajena.mkdir()
    (ajena / "carta.odt").write_bytes(b"de la secretaria")
    return ajena


def _dialogo(qtbot, demo_abierta) -> DialogoPublicar:
    dialogo = DialogoPublicar(oficina_de(*demo_abierta))
    qtbot.addWidget(dialogo)
    dialogo.show()
    return dialogo


def test_una_carpeta_ajena_se_rechaza_con_su_motivo_y_no_se_toca(qtbot, demo_abierta, tmp_path):
    ajena = _carpeta_ajena(tmp_path)
    dialogo = _dialogo(qtbot, demo_abierta)
    dialogo.carpeta.setText(str(ajena))
    assert not dialogo.publicar()
    assert "no es un sitio publicado por Escritorio" in dialogo.veredicto.text()
    assert [p.name for p in ajena.iterdir()] == ["carta.odt"]
    assert not dialogo.boton_abrir.isEnabled()


def test_en_una_pantalla_chica_el_veredicto_se_ve_sin_desplazar(qtbot, demo_abierta, tmp_path):
    """A 150 % en 1024×600 el diálogo no entra y su contenido se desplaza (piezas.dialogo): el veredicto, al pie,
    quedaba debajo, sin verse, y la secretaria no sabía si había publicado. Ahora el área baja hasta él."""
    ajena = _carpeta_ajena(tmp_path)
    dialogo = _dialogo(qtbot, demo_abierta)
    assert envolver_en_desplazamiento(dialogo, 1024)
    dialogo.resize(700, 240)
    area = dialogo.findChild(ContenidoDesplazable)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)   # no entra: se desplaza
    assert area.verticalScrollBar().value() == 0
    dialogo.carpeta.setText(str(ajena))
    assert not dialogo.publicar()
    assert "no es un sitio publicado por Escritorio" in dialogo.veredicto.text()
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() > 0)
    visible = dialogo.veredicto.visibleRegion().boundingRect()
    assert visible.height() == dialogo.veredicto.height()   # entero, no un borde


def test_en_portugues_si_se_elige_y_la_carpeta_propuesta_es_propia(qtbot, demo_abierta, tmp_path):
    db, asociacion = demo_abierta
    dialogo = DialogoPublicar(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    assert dialogo.carpeta.text().endswith("sitio-rcs")
    assert dialogo.idioma.currentData() == "es"
    dialogo.idioma.setCurrentIndex(dialogo.idioma.findData("pt"))
    dialogo.carpeta.setText(str(tmp_path / "site"))
    assert dialogo.publicar()
    assert '<html lang="pt">' in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_ademas_en_portugues_publica_los_dos_idiomas_y_lo_dice(qtbot, demo_abierta, tmp_path):
    db, asociacion = demo_abierta
    dialogo = DialogoPublicar(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    assert dialogo.tambien["es"].isHidden() and dialogo.tambien["pt"].isVisible()   # el del sitio no es «también en»
    qtbot.mouseClick(dialogo.tambien["pt"], Qt.MouseButton.LeftButton)
    dialogo.carpeta.setText(str(tmp_path / "sitio"))
    assert dialogo.publicar()
    assert "También en Português, en la subcarpeta pt/." in dialogo.veredicto.text()
    assert '<html lang="pt">' in (tmp_path / "sitio" / "pt" / "index.html").read_text(encoding="utf-8")
    assert json.loads((tmp_path / "sitio" / "manifiesto.json").read_text(encoding="utf-8"))["idiomas"] == ["es", "pt"]
    # Elegir portugués como idioma del sitio: «también en» ofrece el castellano, y lo marcado en portugués se suelta.
    dialogo.idioma.setCurrentIndex(dialogo.idioma.findData("pt"))
    assert dialogo.tambien["pt"].isHidden() and not dialogo.tambien["pt"].isChecked()
    assert dialogo.tambien["es"].isVisible() and dialogo.idiomas() == ["pt"]
    dialogo.grab().save(str(tmp_path / "dialogo.png"))


def test_un_nombre_suelto_en_la_carpeta_va_a_documentos_escritorio_y_no_a_donde_se_abrio_el_programa(
        qtbot, demo_abierta, tmp_path, monkeypatch):
    """Quien escribe «sitio-nuevo» en el campo no ve la carpeta desde la que se abrió el programa: el sitio queda
    junto a la carpeta propuesta (Documentos/Escritorio) y el campo muestra la ruta entera."""
    from pathlib import Path

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "casa"))   # Documentos de esta prueba, no los del equipo
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "casa" / ".config"))
    db, asociacion = demo_abierta
    dialogo = DialogoPublicar(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.show()
    donde = Path(dialogo.carpeta.text()).parent   # Documentos/Escritorio
    dialogo.carpeta.setText("sitio-nuevo")
    assert dialogo.publicar()
    assert (donde / "sitio-nuevo" / "index.html").is_file() and donde.is_relative_to(tmp_path / "casa")
    assert not (tmp_path / "sitio-nuevo").exists()
    assert dialogo.carpeta.text() == str(donde / "sitio-nuevo")


def test_una_cadena_que_no_continua_lo_publicado_no_se_publica_y_se_explica(qtbot, copia_de_la_demo, tmp_path):
    """Issue 58: el diálogo usa el mismo servicio que la CLI, y dice por qué no publica (la cadena rehecha con
    sqlite3 sobre el archivo ya no tiene la cabeza que el sitio mostró)."""
    from escenarios.test_anclas_fuera_del_archivo import rehacer_la_cadena
    from escritorio.servicios.asociaciones import listar_asociaciones

    sitio = tmp_path / "sitio"
    db = abrir_base(copia_de_la_demo)
    dialogo = DialogoPublicar(oficina_de(db, listar_asociaciones(db)[0]))
    qtbot.addWidget(dialogo)
    dialogo.carpeta.setText(str(sitio))
    assert dialogo.publicar()
    dialogo.close()
    db.close()

    rehacer_la_cadena(copia_de_la_demo)
    antes = {p: p.read_bytes() for p in sitio.rglob("*") if p.is_file()}
    db = abrir_base(copia_de_la_demo)
    dialogo = DialogoPublicar(oficina_de(db, listar_asociaciones(db)[0]))
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.carpeta.setText(str(sitio))
    assert not dialogo.publicar()
    assert "la cadena de la bitácora de esta base ya no continúa la que el sitio mostró" in dialogo.veredicto.text()
    assert {p: p.read_bytes() for p in sitio.rglob("*") if p.is_file()} == antes
    dialogo.close()
    db.close()


def _publicada_y_con_algo_nuevo(qtbot, copia_de_la_demo, sitio) -> DialogoPublicar:
    """El diálogo sobre la demo ya publicada en `sitio`, con una actividad nueva (cambian anclas.html, anclas.json y
    unidades.html al publicar de nuevo), abierto como lo abre el menú."""
    from escritorio.servicios.asociaciones import listar_asociaciones
    from escritorio.servicios.unidades import NuevaActividad, agregar_actividad, unidades

    db = abrir_base(copia_de_la_demo)
    oficina = oficina_de(db, listar_asociaciones(db)[0])
    dialogo = DialogoPublicar(oficina)
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.carpeta.setText(str(sitio))
    assert dialogo.publicar()
    agregar_actividad(oficina.contexto, unidades(oficina.contexto)[0]["id"], NuevaActividad(titulo="Taller"))
    dialogo.finished.connect(db.close)
    return dialogo


def _paginas(sitio) -> dict:
    return {p.relative_to(sitio).as_posix(): p.read_bytes() for p in sitio.rglob("*")
            if p.is_file() and p.name != "manifiesto.json"}


def test_con_una_pagina_abierta_en_otro_programa_lo_dice_y_el_sitio_queda_como_estaba(qtbot, copia_de_la_demo,
                                                                                      tmp_path, archivos_abiertos):
    """La regla de Windows (tests/archivos_abiertos.py), desde el diálogo: la página de las unidades abierta en un
    editor; «Publicar» dice cuál y qué hacer, y ninguna página cambió (tampoco anclas.html, que iba antes)."""
    sitio = tmp_path / "sitio"
    dialogo = _publicada_y_con_algo_nuevo(qtbot, copia_de_la_demo, sitio)
    antes = _paginas(sitio)
    archivos_abiertos.retener(sitio / "unidades.html")
    qtbot.mouseClick(dialogo.boton_publicar, Qt.MouseButton.LeftButton)
    assert dialogo.veredicto.text() == (f"No se puede escribir {sitio / 'unidades.html'}: el archivo está abierto "
                                        "en otro programa. Ciérrelo y vuelva a intentarlo.")
    assert _paginas(sitio) == antes
    archivos_abiertos.soltar(sitio / "unidades.html")
    qtbot.mouseClick(dialogo.boton_publicar, Qt.MouseButton.LeftButton)
    assert "Archivos escritos: 3;" in dialogo.veredicto.text()
    dialogo.close()


def test_cancelar_a_mitad_deja_el_sitio_como_estaba_y_lo_dice(qtbot, copia_de_la_demo, tmp_path, monkeypatch):
    """«Cancelar» en el diálogo de progreso mientras se escribe la primera página: la siguiente no se escribe, lo ya
    escrito vuelve atrás y el diálogo dice que el sitio quedó como estaba."""
    import threading

    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from escritorio.servicios import publicacion

    sitio = tmp_path / "sitio"
    dialogo = _publicada_y_con_algo_nuevo(qtbot, copia_de_la_demo, sitio)
    antes = _paginas(sitio)
    escribir_entero, pulsado = publicacion.escribir_entero, threading.Event()

    def esperar_a_que_cancelen(temporal, contenido):   # en el hilo del trabajo
        escribir_entero(temporal, contenido)
        assert pulsado.wait(20), "nadie pulsó Cancelar"

    def pulsar_cancelar():   # en el hilo de la ventana
        progreso = [v for v in QApplication.topLevelWidgets() if isinstance(v, QProgressDialog) and v.isVisible()]
        if not progreso:
            QTimer.singleShot(50, pulsar_cancelar)
            return
        progreso[0].findChild(QPushButton).click()
        pulsado.set()

    monkeypatch.setattr(publicacion, "escribir_entero", esperar_a_que_cancelen)
    QTimer.singleShot(0, pulsar_cancelar)
    qtbot.mouseClick(dialogo.boton_publicar, Qt.MouseButton.LeftButton)
    assert dialogo.veredicto.text() == "Publicación cancelada: el sitio quedó como estaba."
    assert _paginas(sitio) == antes
    dialogo.close()
