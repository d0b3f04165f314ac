"""El voto electrónico en la sala desde la ventana (issue 85): con la red de ejemplo, la secretaría marca la asistencia,
entrega los códigos desde «Códigos para votar…», abre una urna secreta del punto en la pestaña Votaciones, dos
delegaciones votan como lo haría el teléfono (`depositar`, desde la prueba) y «Votaron 2 de N» aparece solo (el QTimer
real); «Cerrar y contar» registra el resultado como un recuento a mano. La urna vive en la base: cerrar el editor y
volver a abrirlo no la pierde."""

import os
import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ayudas import oficina_de
from escritorio.datos import sesiones as tabla_sesiones
from escritorio.errores import ErrorEscritorio
from escritorio.interfaz.dialogos.sesion import voto_urna
from escritorio.interfaz.dialogos.sesion.editor import EditorSesion
from escritorio.interfaz.dialogos.sesion.voto_codigos import DialogoCodigos
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import elegir_organo
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto
from escritorio.servicios.voto_electronico import depositar, identificar, urna_abierta

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")

TITULO = "Aprobación del presupuesto 2027"


@pytest.fixture
def sala(demo_abierta, monkeypatch):
    """(db, asociación, sesión, punto): una sesión del Consejo de hoy con un punto a votar, sin asistencia marcada."""
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    sesion = convocar(contexto, elegir_organo(contexto, "Consejo")["id"],
                      NuevaSesion(date.today(), hora="00:00", lugar="Intendencia de Montevideo",
                                  convocada_el=date.today() - timedelta(days=20)))
    punto = agregar_punto(contexto, sesion, TITULO, "votacion")
    # «Cerrar y contar» y «Descartar» preguntan (Cancelar por omisión): aquí se acepta.
    monkeypatch.setattr(voto_urna, "confirmar_cierre", lambda *_: True)
    monkeypatch.setattr(voto_urna, "confirmar_borrado", lambda *_: True)
    return db, asociacion, sesion, punto


def _visto(rotulo) -> str:
    """Lo que se lee en un rótulo con formato (la cuenta de la urna es un enlace): su texto, sin las etiquetas."""
    return re.sub(r"<[^>]+>", "", rotulo.text())


def _ver_quienes(qtbot, panel):
    """Un clic en el enlace «Votaron N de M» del panel de la urna: el diálogo de quiénes votaron, a la vista."""
    from PySide6.QtCore import QPoint

    medida = panel.cuenta.fontMetrics()
    qtbot.mouseClick(panel.cuenta, Qt.MouseButton.LeftButton,
                     pos=QPoint(medida.horizontalAdvance("Vot"), panel.cuenta.height() // 2))
    qtbot.waitUntil(lambda: panel.quienes is not None and panel.quienes.isVisible(), timeout=3000)
    return panel.quienes


def _filas(dialogo) -> list[list[str]]:
    tabla = dialogo.tabla
    return [[tabla.item(f, c).text() for c in range(tabla.columnCount())] for f in range(tabla.rowCount())]


def _abrir_editor(qtbot, db, asociacion, sesion) -> EditorSesion:
    editor = EditorSesion()
    qtbot.addWidget(editor)
    editor.resize(1024, 600)
    editor.show()
    editor.mostrar(oficina_de(db, asociacion["id"]), sesion)
    return editor


def _dialogo_abierto(editor) -> DialogoCodigos:
    """El diálogo «Códigos para votar» a la vista (se muestra sin detener la ventana)."""
    abiertos = [d for d in editor.findChildren(DialogoCodigos) if d.isVisible()]
    assert len(abiertos) == 1
    return abiertos[0]


def _entregar_los_codigos(editor) -> dict[str, str]:
    """«Códigos para votar…» (sobre las votaciones): lo que muestra el diálogo, {delegación: código}."""
    barra = editor.votaciones.servidor
    editor.pestanas.setCurrentWidget(editor.votaciones)
    barra.boton_codigos.click()
    dialogo = _dialogo_abierto(editor)
    assert dialogo.isVisible()
    tabla = dialogo.tabla
    codigos = {tabla.item(f, 0).text(): tabla.item(f, 1).text() for f in range(tabla.rowCount())}
    dialogo.boton_copiar.click()
    copiado = QApplication.clipboard().text()
    assert all(f"{d}: {c}" in copiado for d, c in codigos.items())
    dialogo.close()
    return codigos


def _abrir_la_urna(editor, punto: int, secreta: bool):
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(punto)
    panel = editor.votaciones.urna
    assert panel.isVisible() and panel.boton_abrir.isVisible()
    panel.forma.setCurrentIndex(panel.forma.findData(secreta))
    panel.boton_abrir.click()
    return panel


def test_la_secretaria_abre_una_urna_secreta_la_sala_vota_y_se_cuenta_como_a_mano(qtbot, sala):
    db, asociacion, sesion, punto = sala
    editor = _abrir_editor(qtbot, db, asociacion, sesion)
    editor.tab_asistencia.todos_presentes()
    codigos = _entregar_los_codigos(editor)
    assert len(codigos) >= 3 and all(len(c) == 11 for c in codigos.values())

    panel = _abrir_la_urna(editor, punto, secreta=True)
    abierta = urna_abierta(db, sesion)
    assert abierta.secreta and (abierta.objeto, abierta.objeto_id) == ("punto", punto)
    assert panel.boton_cerrar.isVisible() and not panel.boton_abrir.isVisible()
    assert "secreta" in panel.estado.text()
    assert not editor.votaciones.modos.isVisible()   # el recuento a mano no compite con la urna abierta
    qtbot.waitUntil(lambda: _visto(panel.cuenta) == f"Votaron 0 de {len(codigos)}", timeout=5000)

    primera, segunda = list(codigos.values())[:2]
    depositar(db, primera, abierta.urna_id, "a_favor")   # como el teléfono
    depositar(db, segunda, abierta.urna_id, "a_favor")
    qtbot.waitUntil(lambda: _visto(panel.cuenta) == f"Votaron 2 de {len(codigos)}", timeout=5000)
    if os.environ.get("CAPTURA"):   # para mirarla: CAPTURA=/tmp/urna.png pytest …
        editor.grab().save(os.environ["CAPTURA"])
    # «Votaron 2 de N» lleva a quiénes votaron: en una secreta, los nombres sin lo que eligieron.
    quienes = _ver_quienes(qtbot, panel)
    votaron, faltan = sorted(list(codigos)[:2]), sorted(list(codigos)[2:])
    filas = _filas(quienes)
    assert filas[:2] == [[d, "votó"] for d in votaron] and "nunca qué eligió" in quienes.aviso.text()
    assert sorted(filas[2:]) == [[d, "falta"] for d in faltan]   # al final, en gris: quienes todavía no votaron
    assert quienes.resumen.text() == f"Votaron 2 de {len(codigos)}; faltan {len(faltan)}."
    # La sala lo ve en el proyector, releído solo (su reloj real).
    from escritorio.interfaz.proyector import abrir_proyector

    proyector = abrir_proyector(editor, editor.oficina, sesion)
    qtbot.addWidget(proyector)
    qtbot.waitUntil(lambda: f"votaron 2 de {len(codigos)}" in proyector.votacion.text(), timeout=5000)
    assert "secreta" in proyector.votacion.text() and proyector.votacion.isVisible()
    if os.environ.get("CAPTURA_PROYECTOR"):
        proyector.resize(1024, 768)
        qtbot.wait(300)
        proyector.grab().save(os.environ["CAPTURA_PROYECTOR"])
    proyector.close()

    panel.boton_cerrar.click()
    assert urna_abierta(db, sesion) is None
    votacion = tabla_sesiones.votacion(db, punto)
    assert (votacion["metodo"], votacion["a_favor"], votacion["en_contra"]) == ("secreta", 2, 0)
    pestana = editor.votaciones
    assert pestana.lista.item(0, 1).text() == "Aprobada"
    assert pestana.cerrada.isVisible() and "Votación cerrada" in pestana.cerrada.text()
    assert not panel.isVisible()   # lo votado ya no abre otra urna
    assert pestana.modos.isVisible()


def test_la_urna_abierta_sigue_al_cerrar_y_volver_a_abrir_el_editor(qtbot, sala):
    db, asociacion, sesion, punto = sala
    editor = _abrir_editor(qtbot, db, asociacion, sesion)
    editor.tab_asistencia.todos_presentes()
    codigos = _entregar_los_codigos(editor)
    _abrir_la_urna(editor, punto, secreta=False)
    urna = urna_abierta(db, sesion).urna_id
    depositar(db, next(iter(codigos.values())), urna, "en_contra")
    editor.close()

    otro = _abrir_editor(qtbot, db, asociacion, sesion)
    otro.pestanas.setCurrentWidget(otro.votaciones)
    otro.votaciones.seleccionar(punto)
    panel = otro.votaciones.urna
    qtbot.waitUntil(lambda: _visto(panel.cuenta) == f"Votaron 1 de {len(codigos)}", timeout=5000)
    assert "nominal" in panel.estado.text() and panel.boton_cerrar.isVisible()

    panel.boton_descartar.click()
    assert urna_abierta(db, sesion) is None and tabla_sesiones.votacion(db, punto) is None
    assert panel.boton_abrir.isVisible() and not panel.cuenta.isVisible()


def test_la_delegacion_que_llega_tarde_recibe_su_codigo_y_el_anterior_se_anula(qtbot, sala):
    db, asociacion, sesion, _ = sala
    editor = _abrir_editor(qtbot, db, asociacion, sesion)
    editor.tab_asistencia.todos_presentes()
    codigos = _entregar_los_codigos(editor)
    pestana = editor.tab_asistencia
    pestana.tabla.setCurrentIndex(pestana.filtro.index(0, 0))
    delegacion = pestana._habilitado(0).miembro
    editor.pestanas.setCurrentWidget(pestana)
    assert pestana.tabla.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    pestana.tabla.actions()[0].trigger()   # clic derecho en la fila: «Entregar el código para votar…»
    dialogo = _dialogo_abierto(editor)
    assert dialogo.tabla.rowCount() == 1 and dialogo.tabla.item(0, 0).text() == delegacion
    nuevo = dialogo.tabla.item(0, 1).text()
    assert nuevo != codigos[delegacion] and identificar(db, nuevo).delegacion == delegacion
    with pytest.raises(ErrorEscritorio, match="anulado"):
        identificar(db, codigos[delegacion])


def _puerto_libre() -> int:
    import socket

    with socket.socket() as sonda:
        sonda.bind(("127.0.0.1", 0))
        return sonda.getsockname()[1]


def _pagina(url: str) -> str:
    """La página de votación como la pide un teléfono (el certificado es autofirmado: se compara su huella)."""
    import ssl
    import urllib.request

    contexto = ssl.create_default_context()
    contexto.check_hostname = False
    contexto.verify_mode = ssl.CERT_NONE
    with urllib.request.urlopen(url, context=contexto, timeout=10) as respuesta:
        return respuesta.read().decode("utf-8")


def test_en_una_nominal_quienes_votaron_muestra_cada_voto_con_su_delegacion_y_se_actualiza(qtbot, sala):
    db, asociacion, sesion, punto = sala
    editor = _abrir_editor(qtbot, db, asociacion, sesion)
    editor.tab_asistencia.todos_presentes()
    codigos = _entregar_los_codigos(editor)
    panel = _abrir_la_urna(editor, punto, secreta=False)
    urna = urna_abierta(db, sesion).urna_id
    (primera, codigo1), (segunda, codigo2) = list(codigos.items())[:2]
    depositar(db, codigo1, urna, "a_favor")
    qtbot.waitUntil(lambda: _visto(panel.cuenta) == f"Votaron 1 de {len(codigos)}", timeout=5000)
    quienes = _ver_quienes(qtbot, panel)
    assert _filas(quienes)[0] == [primera, "A favor"]
    assert quienes.resumen.text() == f"Votaron 1 de {len(codigos)}; faltan {len(codigos) - 1}."
    depositar(db, codigo2, urna, "en_contra")   # el diálogo sigue abierto y se relee con el reloj del panel
    qtbot.waitUntil(lambda: _filas(quienes)[1][1] != "falta", timeout=5000)
    assert sorted(_filas(quienes)[:2]) == sorted([[primera, "A favor"], [segunda, "En contra"]])
    panel.boton_cerrar.click()
    assert not quienes.isVisible()   # cerrada la urna, el diálogo se va con ella
    votacion = tabla_sesiones.votacion(db, punto)
    assert (votacion["metodo"], votacion["a_favor"], votacion["en_contra"]) == ("nominal", 1, 1)


def _iniciar_la_pagina(editor) -> str:
    """«Iniciar la página de votación…»: la secretaría elige 127.0.0.1 y un puerto libre; la dirección que queda."""
    from PySide6.QtCore import QTimer

    barra = editor.votaciones.servidor
    editor.pestanas.setCurrentWidget(editor.votaciones)
    puerto = _puerto_libre()

    def elegir_y_aceptar():
        dialogo = QApplication.activeModalWidget()
        dialogo.direccion.setCurrentText("127.0.0.1")
        dialogo.puerto.setValue(puerto)
        dialogo.accept()

    QTimer.singleShot(0, elegir_y_aceptar)
    barra.boton_iniciar.click()
    return f"https://127.0.0.1:{puerto}/"


def test_las_tarjetas_impresas_llevan_cada_codigo_y_su_qr_abre_la_pagina_con_el_codigo(qtbot, sala, tmp_path,
                                                                                      monkeypatch):
    """Con la página de votación en marcha, «Tarjetas para imprimir…» en el diálogo de los códigos: un PDF con la
    tarjeta de cada delegación; el QR impreso (leído a 70 ppi) abre la página con el código ya escrito."""
    import subprocess
    import sys
    from pathlib import Path

    from escritorio.interfaz.piezas import documentos, elegir_archivo
    from escritorio.interfaz.servidor_de_la_sala import ServidorDeLaSala

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documentos"))
    from qr_en_la_pagina import examinar, programas_que_faltan

    if programas_que_faltan():
        pytest.skip(f"faltan {programas_que_faltan()}")
    db, asociacion, sesion, punto = sala
    editor = _abrir_editor(qtbot, db, asociacion, sesion)
    editor.tab_asistencia.todos_presentes()
    url = _iniciar_la_pagina(editor)
    try:
        destino = tmp_path / "tarjetas"   # sin la extensión: el programa la agrega
        monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
        monkeypatch.setattr(documentos, "ofrecer_abrir", lambda *a, **k: None)
        editor.votaciones.servidor.boton_codigos.click()
        dialogo = _dialogo_abierto(editor)
        codigos = {dialogo.tabla.item(f, 0).text(): dialogo.tabla.item(f, 1).text()
                   for f in range(dialogo.tabla.rowCount())}
        assert dialogo.boton_tarjetas.isVisible()
        dialogo.boton_tarjetas.click()
        pdf = destino.with_suffix(".pdf")
        texto = " ".join(subprocess.run(["pdftotext", "-q", str(pdf), "-"], capture_output=True, text=True,
                                        check=True).stdout.split())
        assert all(d in texto and c in texto for d, c in codigos.items())
        assert ServidorDeLaSala.de().huella.split()[0] in texto
        leidos = [leido for pagina in examinar(pdf, tmp_path / "imagenes") for leido in pagina.leidos]
        assert sorted(leidos) == sorted(f"{url}?codigo={c}" for c in codigos.values())
        codigo = next(iter(codigos.values()))
        assert f'value="{codigo}"' in _pagina(f"{url}?codigo={codigo}")
        dialogo.close()
    finally:
        ServidorDeLaSala.de().detener()


def test_la_pagina_de_votacion_arranca_desde_la_ventana_y_se_detiene_al_cerrar_la_sesion(qtbot, sala):
    import ssl
    from urllib.error import URLError

    from PySide6.QtCore import QTimer

    from escritorio.interfaz.proyector import abrir_proyector
    from escritorio.interfaz.servidor_de_la_sala import ServidorDeLaSala
    from escritorio.servidor_de_voto.certificado import huella_de_der

    db, asociacion, sesion, punto = sala
    editor = _abrir_editor(qtbot, db, asociacion, sesion)
    editor.tab_asistencia.todos_presentes()
    editor.pestanas.setCurrentWidget(editor.votaciones)
    barra = editor.votaciones.servidor
    assert barra.boton_iniciar.isVisible() and not barra.boton_detener.isVisible()
    puerto = _puerto_libre()

    def elegir_y_aceptar():   # la secretaría elige 127.0.0.1 y el puerto, y pulsa «Iniciar»
        dialogo = QApplication.activeModalWidget()
        dialogo.direccion.setCurrentText("127.0.0.1")
        dialogo.puerto.setValue(puerto)
        dialogo.accept()

    QTimer.singleShot(0, elegir_y_aceptar)
    barra.boton_iniciar.click()
    servidor = ServidorDeLaSala.de()
    url = f"https://127.0.0.1:{puerto}/"
    assert servidor.en_marcha(sesion) and servidor.url == url
    assert barra.boton_detener.isVisible() and url in barra.estado.text() and servidor.huella in barra.estado.text()
    assert "código" in _pagina(url).lower()
    barra.boton_codigos.click()   # con la página en marcha, su dirección va con los códigos
    dialogo = _dialogo_abierto(editor)
    dialogo.boton_copiar.click()
    assert QApplication.clipboard().text().splitlines()[0] == f"Página de votación: {url}"
    dialogo.close()
    der = ssl.PEM_cert_to_DER_cert(ssl.get_server_certificate(("127.0.0.1", puerto)))
    assert huella_de_der(der) == servidor.huella   # la que ve el teléfono es la que muestra la ventana

    proyector = abrir_proyector(editor, editor.oficina, sesion)
    qtbot.addWidget(proyector)
    assert proyector.voto.isVisible() and proyector.qr.contenido == url
    assert url in proyector.direccion_del_voto.text()
    assert servidor.huella.split()[0] in proyector.huella_del_voto.text()
    if os.environ.get("CAPTURA_PROYECTOR"):
        proyector.grab().save(os.environ["CAPTURA_PROYECTOR"])

    editor.boton_volver.click()   # cerrar la sesión detiene la página de votación
    assert not servidor.en_marcha() and not proyector.voto.isVisible()
    with pytest.raises((URLError, ConnectionError, OSError)):
        _pagina(url)


def test_en_la_pestana_enmiendas_la_enmienda_y_la_mocion_se_votan_en_su_urna(qtbot, db, asociacion_id, monkeypatch):
    """La urna de lo que sigue en el orden de votación: primero la enmienda (secreta), después la moción (nominal);
    cada cierre queda como un recuento a mano de la sala."""
    from escritorio.datos import enmiendas as tabla_enmiendas
    from escritorio.dominio.enmiendas import Cambio
    from escritorio.servicios import enmiendas
    from escritorio.servicios.voto_electronico import entregar_codigos
    from mociones_de_prueba import armar_sala

    monkeypatch.setattr(voto_urna, "confirmar_cierre", lambda *_: True)
    sala = armar_sala(db, asociacion_id, fecha=date.today(), hora="00:00")
    enmienda = enmiendas.presentar(sala.contexto, sala.mocion, [Cambio("suprimir", 2)], [sala.ids["Córdoba"]])
    enmiendas.admitir(sala.contexto, enmienda.id)
    codigos = [c.codigo for c in entregar_codigos(sala.contexto, sala.sesion)]
    editor = EditorSesion()
    qtbot.addWidget(editor)
    editor.resize(1024, 600)
    editor.show()
    editor.mostrar(oficina_de(db, asociacion_id), sala.sesion)
    pestana = editor.tab_enmiendas
    editor.pestanas.setCurrentWidget(pestana)
    panel = pestana.urna

    for objeto, objeto_id, secreta, sentido in (("enmienda", enmienda.id, True, "en_contra"),
                                                ("mocion", sala.mocion, False, "a_favor")):
        assert panel.isVisible() and panel.boton_abrir.isVisible()
        panel.forma.setCurrentIndex(panel.forma.findData(secreta))
        panel.boton_abrir.click()
        abierta = urna_abierta(db, sala.sesion)
        assert (abierta.objeto, abierta.objeto_id, abierta.secreta) == (objeto, objeto_id, secreta)
        assert not pestana.forma.isVisible() and not pestana.boton_cerrar.isVisible()
        assert not pestana.resultado.isVisible()   # ni «Si se cierra ahora: …» de un recuento a mano vacío
        for codigo in codigos:
            depositar(db, codigo, abierta.urna_id, sentido)
        qtbot.waitUntil(lambda: _visto(panel.cuenta) == f"Votaron {len(codigos)} de {len(codigos)}", timeout=5000)
        panel.boton_cerrar.click()
        assert urna_abierta(db, sala.sesion) is None
    assert tabla_enmiendas.enmienda(db, enmienda.id)["estado"] == "rechazada"
    assert tabla_enmiendas.mocion(db, sala.mocion)["estado"] == "aprobada"
    assert "ya se votó" in pestana.se_vota.text() and not panel.isVisible()
