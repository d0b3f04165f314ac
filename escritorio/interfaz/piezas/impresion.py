"""Imprimir un PDF en la impresora del sistema, sin visor de PDF: cada página se dibuja como imagen (PDFium, ver
`paginas_pdf`) a la resolución de la impresora y se manda con QPainter.

`elegir_impresora` muestra el diálogo de impresión de Qt (impresora, copias, páginas); las pruebas lo reemplazan
(`impresion.elegir_impresora = …`) por una impresora a archivo PDF.
"""

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from ...errores import ErrorEscritorio
from ..comun import tr
from .paginas_pdf import DocumentoPdf

# Más de 300 puntos por pulgada no se nota en un recibo o un acta y una hoja A4 a 1200 ocuparía ~500 MB: se dibuja
# a la resolución de la impresora hasta ese tope y la impresora la lleva a su tamaño real.
PPP_MAXIMO = 300


def preparar_impresora(documento: DocumentoPdf, titulo: str, nombre: str | None = None) -> QPrinter:
    """Una impresora con el papel y la orientación de la primera página del documento. `nombre`: el nombre de
    archivo que se propone («recibo-0003-2026.pdf»): es el del trabajo, y el que ofrece «Imprimir a un archivo»
    (con el título, «Recibo N.º 0003/2026», el diálogo de Qt cortaba en el punto y proponía «Recibo N.pdf»)."""
    impresora = QPrinter(QPrinter.PrinterMode.HighResolution)
    impresora.setDocName(nombre or titulo)
    if len(documento):
        ancho, alto = documento.tamanos[0]
        impresora.setPageSize(QPageSize(QSizeF(ancho, alto), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        impresora.setPageOrientation(QPageLayout.Orientation.Landscape if ancho > alto
                                     else QPageLayout.Orientation.Portrait)
    return impresora


def elegir_impresora(padre: QWidget | None, documento: DocumentoPdf, titulo: str,
                     nombre: str | None = None) -> QPrinter | None:
    """El diálogo de impresión del sistema; la impresora elegida, o None si la persona desiste."""
    impresora = preparar_impresora(documento, titulo, nombre)
    dialogo = QPrintDialog(impresora, padre)
    dialogo.setWindowTitle(tr("Imprimir: {0}").format(titulo))
    dialogo.setMinMax(1, max(len(documento), 1))
    dialogo.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    try:
        aceptado = dialogo.exec() == QDialog.DialogCode.Accepted
    finally:
        dialogo.deleteLater()
    return impresora if aceptado else None


def paginas_a_imprimir(impresora: QPrinter, total: int) -> list[int]:
    """Los índices (desde 0) de las páginas elegidas en el diálogo: todas, o «de … a …»."""
    if impresora.printRange() == QPrinter.PrintRange.PageRange and impresora.fromPage() > 0:
        desde, hasta = impresora.fromPage(), impresora.toPage() or total
        return list(range(desde - 1, min(hasta, total)))
    return list(range(total))


def abrir_trabajo(impresora: QPrinter) -> QPainter:
    """Empieza el trabajo en la impresora (un QPainter sobre ella, la hoja entera: el PDF ya trae sus márgenes).
    Se abre ANTES de escribir un documento que se emite al imprimirse: si la impresora no responde, no sale nada
    y el original no se gasta. ErrorEscritorio si no empieza."""
    impresora.setFullPage(True)
    pintor = QPainter()
    if not pintor.begin(impresora):
        raise ErrorEscritorio(tr("No se pudo imprimir en «{0}»: la impresora no respondió. Revise que esté encendida "
                                 "y conectada, o guarde el documento y imprímalo desde otro equipo.")
                              .format(impresora.printerName() or impresora.outputFileName()))
    return pintor


def imprimir_documento(documento: DocumentoPdf, impresora: QPrinter, pintor: QPainter | None = None) -> int:
    """Manda las páginas elegidas a `impresora`, cada una a su tamaño real (achicada si el papel es más chico) y
    centrada. Con `pintor` (de `abrir_trabajo`) usa ese trabajo y no lo cierra. Devuelve cuántas hojas mandó;
    ErrorEscritorio si la impresora no empieza o no pasa de página."""
    paginas = paginas_a_imprimir(impresora, len(documento))
    if not paginas:
        raise ErrorEscritorio(tr("Las páginas elegidas no están en el documento (tiene {0}): elija otras.")
                              .format(len(documento)))
    # Si el controlador no hace las copias, se mandan tantas veces como se pidieron.
    copias = 1 if impresora.supportsMultipleCopies() else max(impresora.copyCount(), 1)
    propio = pintor is None
    if propio:
        pintor = abrir_trabajo(impresora)
    mandadas = 0
    try:
        resolucion = impresora.resolution()
        ppp = min(resolucion, PPP_MAXIMO)
        for _copia in range(copias):
            for indice in paginas:
                if mandadas and not impresora.newPage():
                    raise ErrorEscritorio(tr("La impresora dejó de responder en la hoja {0}: revise el papel y "
                                             "vuelva a imprimir.").format(mandadas + 1))
                hoja = impresora.pageLayout().fullRectPixels(resolucion)
                ancho, alto = documento.tamanos[indice]
                # Píxeles de la impresora por punto del PDF: el tamaño real, o menos si no entra en el papel.
                escala = min(resolucion / 72, hoja.width() / ancho, hoja.height() / alto)
                destino = QRectF(0, 0, ancho * escala, alto * escala)
                destino.moveCenter(QRectF(hoja).center())
                pintor.drawImage(destino, documento.imagen(indice, ppp / 72))
                mandadas += 1
    finally:
        if propio:
            pintor.end()
    return mandadas
