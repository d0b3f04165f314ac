"""La vista previa de los PDF dentro del programa (issue 42): la PC de la oficina puede no tener visor de PDF.

«Abrir recibo para imprimir» decía «Recibo abierto en el visor de PDF» sin visor, y el «Guardar recibo…» siguiente
guardaba un recibo con la marca COPIA: abrirlo para imprimir había gastado el original. Ahora el recibo (y todo PDF
que la ventana ofrece abrir) se ve dentro del programa, con sus páginas, zoom y número de página; desde ahí se
imprime en la impresora del sistema o se guarda. Mirar no gasta el original: la primera salida (impresa o guardada)
es el original y las siguientes dicen COPIA, como decide el servicio.
"""

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from escritorio.interfaz.dialogos.pago import DialogoPago
from escritorio.interfaz.piezas import elegir_archivo, impresion, visor_del_sistema
from escritorio.interfaz.piezas.vista_previa import DialogoVistaPrevia
from escritorio.interfaz.vistas.miembros import VistaMiembros
from escritorio.servicios.cobranza import morosidad
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.informes_cuotas import proxima_copia_del_recibo
from tests.interfaz.pantallas import carpeta_de_artefactos
from ayudas import oficina_de

IZQUIERDO = Qt.MouseButton.LeftButton


@pytest.fixture
def sin_visor(monkeypatch):
    """Un equipo sin visor de PDF (como la máquina de pruebas): el sistema no abre nada. Anota lo que se le pidió."""
    pedidos: list[str] = []
    monkeypatch.setattr(visor_del_sistema, "hay_visor_de_pdf", lambda: False)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pedidos.append(url.toLocalFile()) or False)
    return pedidos


class VistaPreviaManejada:
    """La vista previa es modal: en lugar de su bucle propio, la prueba la muestra, hace lo que haría la usuaria
    (`al_abrirse(accion)`: accion(dialogo)) y la cierra con «Cerrar». Un error de la prueba se relanza al volver."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.acciones: list = []
        self.errores: list[BaseException] = []
        self.vistas: list[dict] = []

    def al_abrirse(self, accion) -> None:
        self.acciones.append(accion)

    def ejecutar(self, dialogo: DialogoVistaPrevia) -> int:
        dialogo.show()
        self.qtbot.waitExposed(dialogo)
        self.vistas.append({"titulo": dialogo.windowTitle(), "paginas": len(dialogo.paginas.documento)})
        try:
            (self.acciones.pop(0) if self.acciones else (lambda _d: None))(dialogo)
        except BaseException as error:  # noqa: BLE001 - se relanza en `revisar`
            self.errores.append(error)
        if dialogo.isVisible():
            self.qtbot.mouseClick(dialogo.boton_cerrar, IZQUIERDO)
        return dialogo.result()

    def revisar(self) -> None:
        if self.errores:
            raise self.errores[0]
        assert not self.acciones, "la vista previa no se abrió"


@pytest.fixture
def vista_previa(monkeypatch, qtbot):
    manejada = VistaPreviaManejada(qtbot)
    monkeypatch.setattr(DialogoVistaPrevia, "exec", lambda dialogo: manejada.ejecutar(dialogo))
    return manejada


class _Impresos(list):
    """Los archivos impresos, y el nombre de cada trabajo (`nombres`)."""

    def __init__(self):
        super().__init__()
        self.nombres: list[str] = []


@pytest.fixture
def impresora_a_archivo(monkeypatch, tmp_path):
    """El diálogo de impresión, reemplazado: la usuaria «elige» una impresora que escribe un PDF (QPrinter en
    PdfFormat). Anota cada archivo impreso."""
    impresos = _Impresos()

    def elegir(_padre, documento, titulo, nombre=None):
        impresora = impresion.preparar_impresora(documento, titulo, nombre)
        impresos.nombres.append(impresora.docName())   # el del trabajo: el que propone «Imprimir a un archivo»
        impresora.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        impresos.append(tmp_path / f"impreso-{len(impresos) + 1}.pdf")
        impresora.setOutputFileName(str(impresos[-1]))
        return impresora

    monkeypatch.setattr(impresion, "elegir_impresora", elegir)
    return impresos


def texto_del_pdf(ruta) -> str:
    return " ".join(pagina.extract_text() for pagina in PdfReader(ruta).pages)


def tinta(imagen: QImage) -> float:
    """La proporción de píxeles oscuros de una imagen (0: en blanco)."""
    gris = imagen.convertToFormat(QImage.Format.Format_Grayscale8)
    datos = bytes(gris.constBits())[:gris.sizeInBytes()]
    ancho, linea = gris.width(), gris.bytesPerLine()
    pixeles = [datos[y * linea + x] for y in range(0, gris.height(), 2) for x in range(0, ancho, 2)]
    return sum(1 for p in pixeles if p < 128) / len(pixeles)


def pago_registrado(qtbot, db, asociacion) -> DialogoPago:
    """La secretaria registra un pago de 50 de un miembro que debe: el diálogo queda con el recibo a mano."""
    deudor = morosidad(Contexto(db, asociacion["id"]))[0].miembro_id
    dialogo = DialogoPago(oficina_de(db, asociacion), deudor)
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    dialogo.monto.selectAll()
    qtbot.keyClicks(dialogo.monto, "50")
    qtbot.mouseClick(dialogo.boton_registrar, IZQUIERDO)
    qtbot.waitUntil(lambda: dialogo.panel_hecho.isVisible())
    return dialogo


def archivos_del_recibo(db, pago_id: int) -> int:
    return db.execute("SELECT count(*) FROM archivos_emitidos a JOIN documentos_emitidos d ON d.id = a.documento_id "
                      "WHERE d.tipo = 'recibo' AND d.referencia = ?", [pago_id]).fetchone()[0]


def test_sin_visor_el_recibo_se_ve_dentro_del_programa_y_verlo_no_gasta_el_original(qtbot, demo_abierta, sin_visor,
                                                                                     vista_previa, tmp_path,
                                                                                     monkeypatch):
    db, asociacion = demo_abierta
    dialogo = pago_registrado(qtbot, db, asociacion)
    pago_id = dialogo.registrado.pago_id
    assert dialogo.boton_abrir_recibo.text() == "Ver e imprimir el recibo…"
    visto = {}

    def mirar(previa: DialogoVistaPrevia) -> None:
        visto["paginas"] = len(previa.paginas.documento)
        visto["en_el_archivo"] = len(PdfReader(previa.paginas.documento.ruta).pages)
        visto["texto"] = texto_del_pdf(previa.paginas.documento.ruta)
        visto["tinta"] = tinta(previa.paginas.imagen_de_pagina(0))
        visto["pagina"] = previa.numero_de_pagina.text()
        visto["que_sale"] = previa.que_sale.text()
        visto["visor"] = previa.boton_visor.isVisible()
        visto["botones"] = [b.text() for b in (previa.boton_imprimir, previa.boton_guardar) if b.isVisible()]
        carpeta = carpeta_de_artefactos() / "vista_previa"
        carpeta.mkdir(parents=True, exist_ok=True)
        assert previa.grab().save(str(carpeta / "recibo_sin_visor.png"))

    vista_previa.al_abrirse(mirar)
    qtbot.mouseClick(dialogo.boton_abrir_recibo, IZQUIERDO)
    vista_previa.revisar()

    assert visto["paginas"] == visto["en_el_archivo"] == 1
    assert dialogo.registrado.recibo in visto["texto"] and "COPIA" not in visto["texto"]   # se ve el original
    assert visto["tinta"] > 0.005                       # la página dibujada no está en blanco
    assert visto["pagina"] == "Página 1 de 1"
    assert "ORIGINAL" in visto["que_sale"]
    assert visto["botones"] == ["Imprimir…", "Guardar como…"] and not visto["visor"]   # sin visor, no se ofrece
    assert sin_visor == []                              # no se le pidió nada al sistema
    assert "visor" not in dialogo.estado_recibo.text() and "abierto" not in dialogo.estado_recibo.text()
    # Mirar no gastó el original: no quedó ninguna salida registrada, y «Guardar recibo…» guarda el original.
    assert archivos_del_recibo(db, pago_id) == 0
    assert proxima_copia_del_recibo(Contexto(db, asociacion["id"]), pago_id) == 0
    destino = tmp_path / "recibo.pdf"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    qtbot.mouseClick(dialogo.boton_guardar_recibo, IZQUIERDO)
    assert "COPIA" not in texto_del_pdf(destino)
    assert dialogo.estado_recibo.text() == f"Recibo guardado en {destino}"
    # La segunda salida sí es una copia, y el diálogo lo dice.
    otra = tmp_path / "recibo-otra-vez.pdf"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(otra))
    qtbot.mouseClick(dialogo.boton_guardar_recibo, IZQUIERDO)
    assert "COPIA" in texto_del_pdf(otra)
    assert dialogo.estado_recibo.text() == f"Copia del recibo guardada en {otra}"


def test_guardar_desde_la_vista_previa_el_original_la_primera_vez_y_copia_la_segunda(qtbot, demo_abierta, sin_visor,
                                                                                     vista_previa, tmp_path,
                                                                                     monkeypatch):
    db, asociacion = demo_abierta
    dialogo = pago_registrado(qtbot, db, asociacion)
    destinos = iter([tmp_path / "primero.pdf", tmp_path / "segundo.pdf"])
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(next(destinos)))
    notas = []

    def guardar_dos_veces(previa: DialogoVistaPrevia) -> None:
        notas.append(previa.que_sale.text())
        qtbot.mouseClick(previa.boton_guardar, IZQUIERDO)
        notas.append(previa.que_sale.text())            # la vista se rehace: ahora muestra lo que saldría
        notas.append(texto_del_pdf(previa.paginas.documento.ruta))
        qtbot.mouseClick(previa.boton_guardar, IZQUIERDO)
        notas.append(previa.estado.text())

    vista_previa.al_abrirse(guardar_dos_veces)
    qtbot.mouseClick(dialogo.boton_abrir_recibo, IZQUIERDO)
    vista_previa.revisar()

    primero, segundo = tmp_path / "primero.pdf", tmp_path / "segundo.pdf"
    assert dialogo.registrado.recibo in texto_del_pdf(primero)
    assert "COPIA" not in texto_del_pdf(primero)        # la primera salida es el original
    assert "COPIA" in texto_del_pdf(segundo)            # la segunda dice COPIA
    assert "ORIGINAL" in notas[0]
    assert notas[1] == "El original de este recibo ya se imprimió o se guardó: lo que salga ahora dice COPIA."
    assert "COPIA" in notas[2]                          # la vista previa ya muestra la copia
    assert notas[3] == f"Guardado en {segundo}"
    assert dialogo.estado_recibo.text() == f"Recibo guardado en {primero}\nRecibo guardado en {segundo}"


def test_imprimir_el_recibo_manda_sus_hojas_y_cuenta_como_el_original(qtbot, demo_abierta, sin_visor, vista_previa,
                                                                     impresora_a_archivo, tmp_path, monkeypatch):
    db, asociacion = demo_abierta
    dialogo = pago_registrado(qtbot, db, asociacion)
    contexto = Contexto(db, asociacion["id"])
    estados = []

    def imprimir(previa: DialogoVistaPrevia) -> None:
        qtbot.mouseClick(previa.boton_imprimir, IZQUIERDO)
        estados.append(previa.estado.text())

    vista_previa.al_abrirse(imprimir)
    qtbot.mouseClick(dialogo.boton_abrir_recibo, IZQUIERDO)
    vista_previa.revisar()

    [impreso] = impresora_a_archivo
    assert len(PdfReader(impreso).pages) == 1
    # Issue 61 §7: el trabajo se llama como el archivo del recibo, con su número y su año; el diálogo de Qt propone
    # para «Imprimir a un archivo» lo que hay antes del último «.algo» más «.pdf» (con «Recibo N.º …», «Recibo N.pdf»).
    nombre = f"recibo-{dialogo.registrado.recibo.replace('/', '-')}.pdf"
    assert impresora_a_archivo.nombres == [nombre]
    assert re.match(r"(.*)\.\S+", impresora_a_archivo.nombres[0]).group(1) + ".pdf" == nombre
    assert estados == [f"Se mandó 1 hoja a «{impreso}»."]
    assert dialogo.estado_recibo.text() == "Recibo impreso."
    # Lo impreso fue el original: lo que se guarde después es una copia.
    assert proxima_copia_del_recibo(contexto, dialogo.registrado.pago_id) == 1
    destino = tmp_path / "despues.pdf"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    qtbot.mouseClick(dialogo.boton_guardar_recibo, IZQUIERDO)
    assert "COPIA" in texto_del_pdf(destino)


def test_guardar_como_no_reemplaza_un_archivo_sin_preguntar(qtbot, demo_abierta, sin_visor, vista_previa, tmp_path,
                                                           monkeypatch):
    db, asociacion = demo_abierta
    dialogo = pago_registrado(qtbot, db, asociacion)
    existente = tmp_path / "recibo.pdf"
    existente.write_bytes(b"el recibo de otro pago")
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(tmp_path / "recibo"))  # sin .pdf
    preguntas, respuestas = [], [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, texto, *a, **k: preguntas.append(texto) or respuestas.pop(0))

    def guardar(previa: DialogoVistaPrevia) -> None:
        qtbot.mouseClick(previa.boton_guardar, IZQUIERDO)       # «¿Reemplazarlo?» No
        assert existente.read_bytes() == b"el recibo de otro pago"
        assert not previa.estado.isVisible()
        qtbot.mouseClick(previa.boton_guardar, IZQUIERDO)       # Sí: la usuaria lo pidió

    vista_previa.al_abrirse(guardar)
    qtbot.mouseClick(dialogo.boton_abrir_recibo, IZQUIERDO)
    vista_previa.revisar()
    assert preguntas == ["Ya existe «recibo.pdf» en esa carpeta. ¿Reemplazarlo?"] * 2
    assert "COPIA" not in texto_del_pdf(existente)   # el no de la primera vez no gastó el original
    assert dialogo.registrado.recibo in texto_del_pdf(existente)


def test_el_visor_del_sistema_se_ofrece_solo_si_hay_uno_y_nunca_se_dice_abierto(qtbot, demo_abierta, vista_previa,
                                                                                monkeypatch):
    db, asociacion = demo_abierta
    dialogo = pago_registrado(qtbot, db, asociacion)
    monkeypatch.setattr(visor_del_sistema, "hay_visor_de_pdf", lambda: True)
    pedidos = []
    respuesta = [False]   # la asociación de tipos dice que hay, pero el sistema no lo abre
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: pedidos.append(url.toLocalFile()) or respuesta[0])
    visto = []

    def abrir(previa: DialogoVistaPrevia) -> None:
        visto.append(previa.boton_visor.isVisible())
        qtbot.mouseClick(previa.boton_visor, IZQUIERDO)
        visto.extend([previa.estado.text(), previa.boton_visor.isVisible()])

    vista_previa.al_abrirse(abrir)
    qtbot.mouseClick(dialogo.boton_abrir_recibo, IZQUIERDO)
    vista_previa.revisar()
    assert visto == [True, "Este equipo no tiene un programa para abrir PDF: imprímalo o guárdelo desde aquí.", False]
    assert len(pedidos) == 1 and dialogo.registrado.recibo in texto_del_pdf(pedidos[0])
    assert "abiert" not in dialogo.estado_recibo.text()

    respuesta[0] = True
    vista_previa.al_abrirse(abrir)
    qtbot.mouseClick(dialogo.boton_abrir_recibo, IZQUIERDO)
    vista_previa.revisar()
    assert visto[3:] == [True, "Se pidió al sistema abrirlo en su visor de PDF. Si no aparece, imprímalo o "
                               "guárdelo desde aquí.", True]
    assert dialogo.estado_recibo.text() == "Se pidió al sistema abrirlo en su visor de PDF."
    assert "COPIA" in texto_del_pdf(pedidos[1])   # la primera vez que se pidió al visor salió el original


def test_el_padron_guardado_se_ve_y_se_imprime_entero_sin_visor(qtbot, demo_abierta, sin_visor, vista_previa,
                                                              impresora_a_archivo, tmp_path, monkeypatch):
    """Imprimir el padrón (varias páginas): «¿Desea abrirlo ahora?» Sí lo muestra en la vista previa, con zoom y
    número de página; «Imprimir…» manda todas las páginas."""
    db, asociacion = demo_abierta
    vista = VistaMiembros(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.mostrar(oficina_de(db, asociacion))
    vista.show()
    destino = tmp_path / "padron.pdf"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)  # ¿abrirlo? Sí
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"no debía avisar: {a[1:3]}"))
    visto = {}

    def recorrer(previa: DialogoVistaPrevia) -> None:
        paginas = previa.paginas
        visto["foco"] = previa.focusWidget() is paginas     # el teclado recorre el documento de entrada
        previa.resize(900, 560)
        qtbot.waitUntil(lambda: paginas.viewport().width() > 700)
        visto["zoom_al_ancho"] = paginas.porcentaje()
        qtbot.mouseClick(previa.boton_acercar, IZQUIERDO)
        visto["zoom_mas"] = paginas.porcentaje()
        qtbot.mouseClick(previa.boton_alejar, IZQUIERDO)
        qtbot.mouseClick(previa.boton_alejar, IZQUIERDO)
        visto["zoom_menos"] = previa.zoom.text()
        qtbot.mouseClick(previa.boton_al_ancho, IZQUIERDO)
        visto["zoom_otra_vez"] = paginas.porcentaje()
        visto["primera"] = previa.numero_de_pagina.text()
        qtbot.mouseClick(paginas.viewport(), IZQUIERDO)     # después de los botones, un clic en la hoja
        qtbot.keyClick(paginas, Qt.Key.Key_End)
        visto["ultima"] = previa.numero_de_pagina.text()
        qtbot.keyClick(paginas, Qt.Key.Key_Home)
        visto["bajando"] = [previa.numero_de_pagina.text()]
        for _ in range(4):   # AvPág baja de a una pantalla: la hoja siguiente llega en dos o tres
            qtbot.keyClick(paginas, Qt.Key.Key_PageDown)
            visto["bajando"].append(previa.numero_de_pagina.text())
        visto["tinta_ultima"] = tinta(paginas.imagen_de_pagina(len(paginas.documento) - 1))
        qtbot.mouseClick(previa.boton_imprimir, IZQUIERDO)

    vista_previa.al_abrirse(recorrer)
    vista.imprimir_pdf()
    vista_previa.revisar()

    total = len(PdfReader(destino).pages)
    assert total >= 2
    assert vista_previa.vistas == [{"titulo": "Imprimir el padrón", "paginas": total}]
    assert visto["zoom_mas"] == round(visto["zoom_al_ancho"] * 1.25)
    assert visto["zoom_menos"] == f"{round(visto['zoom_al_ancho'] / 1.25)} %"
    assert visto["zoom_otra_vez"] == visto["zoom_al_ancho"]
    assert visto["primera"] == f"Página 1 de {total}"
    assert visto["foco"]
    assert visto["ultima"] == f"Página {total} de {total}"
    assert visto["bajando"][0] == f"Página 1 de {total}" and f"Página 2 de {total}" in visto["bajando"]
    assert f"Página 4 de {total}" not in visto["bajando"]   # de a una pantalla, sin saltear hojas
    assert visto["tinta_ultima"] > 0.001
    [impreso] = impresora_a_archivo
    assert len(PdfReader(impreso).pages) == total       # todas las páginas, una hoja cada una
    assert sin_visor == []


def test_imprimir_solo_algunas_paginas(qtbot, demo_abierta, sin_visor, vista_previa, tmp_path, monkeypatch):
    """«Páginas de 2 a 2» en el diálogo de impresión: sale esa hoja sola."""
    db, asociacion = demo_abierta
    vista = VistaMiembros(QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.mostrar(oficina_de(db, asociacion))
    destino = tmp_path / "padron.pdf"
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    salida = tmp_path / "pagina-2.pdf"

    def elegir(_padre, documento, titulo, nombre=None):
        impresora = impresion.preparar_impresora(documento, titulo, nombre)
        impresora.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        impresora.setOutputFileName(str(salida))
        impresora.setPrintRange(QPrinter.PrintRange.PageRange)
        impresora.setFromTo(2, 2)
        return impresora

    monkeypatch.setattr(impresion, "elegir_impresora", elegir)
    vista_previa.al_abrirse(lambda previa: qtbot.mouseClick(previa.boton_imprimir, IZQUIERDO))
    vista.imprimir_pdf()
    vista_previa.revisar()
    assert len(PdfReader(salida).pages) == 1


def test_la_vista_previa_cabe_en_1024x600_con_sus_botones(qtbot, demo_abierta, sin_visor, vista_previa):
    db, asociacion = demo_abierta
    dialogo = pago_registrado(qtbot, db, asociacion)
    medidas = {}

    def medir(previa: DialogoVistaPrevia) -> None:
        pantalla = previa.screen().availableGeometry()
        medidas["dialogo"] = previa.frameGeometry()
        medidas["pantalla"] = pantalla
        medidas["botones"] = [b.mapTo(previa, b.rect().bottomRight()) for b in
                              (previa.boton_imprimir, previa.boton_guardar, previa.boton_cerrar)]
        medidas["minimo"] = previa.minimumSizeHint()
        # «Página 1 de 1» entero (issue 61 §7: se veía cortado): con el documento ya cargado, su rótulo tiene el
        # ancho que pide su texto.
        qtbot.waitUntil(lambda: previa.numero_de_pagina.text() == "Página 1 de 1")
        previa.layout().activate()
        medidas["pagina"] = (previa.numero_de_pagina.width(),
                             previa.numero_de_pagina.fontMetrics().horizontalAdvance("Página 1 de 1"))

    vista_previa.al_abrirse(medir)
    qtbot.mouseClick(dialogo.boton_abrir_recibo, IZQUIERDO)
    vista_previa.revisar()
    assert medidas["pagina"][0] >= medidas["pagina"][1], medidas["pagina"]
    assert medidas["minimo"].width() <= 910 - 40 and medidas["minimo"].height() <= 512 - 60   # 150 % en 1366×768
    assert medidas["dialogo"].height() <= medidas["pantalla"].height()
    for esquina in medidas["botones"]:
        assert 0 <= esquina.y() <= medidas["dialogo"].height()


def test_si_la_impresora_no_empieza_lo_dice_y_el_original_no_se_gasta(qtbot, demo_abierta, sin_visor, vista_previa,
                                                                      tmp_path,
                                                                       monkeypatch):
    db, asociacion = demo_abierta
    dialogo = pago_registrado(qtbot, db, asociacion)

    def impresora_que_no_responde(_padre, documento, titulo, nombre=None):
        impresora = impresion.preparar_impresora(documento, titulo, nombre)
        impresora.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        impresora.setOutputFileName(str(tmp_path / "no-existe" / "salida.pdf"))   # no se puede abrir
        return impresora

    monkeypatch.setattr(impresion, "elegir_impresora", impresora_que_no_responde)
    avisos = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, titulo, texto, *a, **k: avisos.append(texto))
    vista_previa.al_abrirse(lambda previa: qtbot.mouseClick(previa.boton_imprimir, IZQUIERDO))
    qtbot.mouseClick(dialogo.boton_abrir_recibo, IZQUIERDO)
    vista_previa.revisar()
    assert len(avisos) == 1 and avisos[0].startswith("No se pudo imprimir en «") and "no respondió" in avisos[0]
    assert archivos_del_recibo(db, dialogo.registrado.pago_id) == 0     # no salió nada: el original sigue sin gastar
    assert dialogo.estado_recibo.text() == ""
