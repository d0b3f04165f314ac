"""Las páginas de un PDF dentro del programa, sin visor del sistema.

PySide6-Essentials no trae QtPdf: las dibuja PDFium (pypdfium2) como imágenes.
- `DocumentoPdf` lee el archivo entero a memoria (no lo deja abierto: se puede reemplazar o borrar mientras se ve)
  y da cada página como QImage a la resolución pedida, para la pantalla o para la impresora.
- `PaginasPdf` muestra las páginas una debajo de otra, con zoom (ajustar al ancho, acercar, alejar) y la página
  que se está viendo. Dibuja solo las que se ven y guarda unas pocas: un lote de cien cartas no ocupa la memoria
  de cien imágenes.

PDFium no se usa desde dos hilos a la vez: todo esto corre en el de la ventana.
"""

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from ...errores import ErrorEscritorio
from ..comun import tr

# 100 % es el tamaño real en una pantalla común: 96 píxeles por pulgada (un punto del PDF es 1/72 de pulgada).
PIXELES_POR_PUNTO_AL_100 = 96 / 72
ZOOM_MINIMO, ZOOM_MAXIMO, PASO_DE_ZOOM = 0.25, 4.0, 1.25
SEPARACION = 12            # píxeles entre páginas y alrededor
IMAGENES_GUARDADAS = 8     # las últimas páginas dibujadas que se guardan para no volver a dibujarlas
FONDO = QColor("#8a8f96")  # gris medio: la hoja blanca se distingue en cualquier tema


class DocumentoPdf:
    """Un PDF abierto para verlo o imprimirlo. `tamanos`: (ancho, alto) de cada página en puntos."""

    def __init__(self, ruta: str | Path):
        import pypdfium2

        self.ruta = Path(ruta)
        try:
            self._pdf = pypdfium2.PdfDocument(self.ruta.read_bytes())
            self.tamanos = [tuple(self._pdf.get_page_size(i)) for i in range(len(self._pdf))]
        except (OSError, pypdfium2.PdfiumError) as error:
            raise ErrorEscritorio(tr("No se puede mostrar {0}: no se pudo leer como PDF ({1}). Vuelva a generarlo.")
                                  .format(self.ruta, error)) from None

    def __len__(self) -> int:
        return len(self.tamanos)

    def imagen(self, indice: int, pixeles_por_punto: float) -> QImage:
        """La página `indice` (desde 0) en blanco y color, con `pixeles_por_punto` píxeles por punto."""
        import pypdfium2.raw as pdfium_c

        pagina = self._pdf[indice]
        try:
            mapa = pagina.render(scale=pixeles_por_punto, force_bitmap_format=pdfium_c.FPDFBitmap_BGRx,
                                 rev_byteorder=True, fill_color=(255, 255, 255, 255))
            try:   # RGBx: el byte que sobra no es transparencia; copy() la separa del búfer de PDFium
                return QImage(mapa.buffer, mapa.width, mapa.height, mapa.stride,
                              QImage.Format.Format_RGBX8888).copy()
            finally:
                mapa.close()
        finally:
            pagina.close()

    def cerrar(self) -> None:
        self._pdf.close()


class _Hoja(QWidget):
    """El lienzo con todas las páginas (su tamaño es el de todas juntas); pinta solo las que se ven."""

    def __init__(self, paginas: "PaginasPdf"):
        super().__init__()
        self._paginas = paginas
        self.rectangulos: list[QRect] = []

    def acomodar(self, documento: DocumentoPdf | None, escala: float) -> None:
        self.rectangulos = []
        if documento is None:
            self.resize(0, 0)
            return
        ancho = max(round(a * escala) for a, _ in documento.tamanos) + 2 * SEPARACION
        y = SEPARACION
        for a, h in documento.tamanos:
            w, alto = round(a * escala), round(h * escala)
            self.rectangulos.append(QRect((ancho - w) // 2, y, w, alto))
            y += alto + SEPARACION
        self.resize(ancho, y)

    def paintEvent(self, evento) -> None:  # noqa: N802 - nombre de Qt
        pintor = QPainter(self)
        pintor.fillRect(evento.rect(), FONDO)
        for indice, rectangulo in enumerate(self.rectangulos):
            if not rectangulo.intersects(evento.rect()):
                continue
            pintor.fillRect(rectangulo.translated(2, 2), QColor(0, 0, 0, 70))   # una sombra leve
            pintor.drawImage(rectangulo, self._paginas.imagen_de_pagina(indice))
        pintor.end()


class PaginasPdf(QScrollArea):
    """Las páginas de un `DocumentoPdf`, desplazables. Empieza ajustada al ancho; `acercar`/`alejar` cambian el
    zoom de a 25 % (también Ctrl+rueda). `pagina_cambiada(actual, total)` y `zoom_cambiado(porcentaje)` avisan."""

    pagina_cambiada = Signal(int, int)
    zoom_cambiado = Signal(int)

    def __init__(self, padre: QWidget | None = None):
        super().__init__(padre)
        self.documento: DocumentoPdf | None = None
        self._al_ancho = True
        self._escala = PIXELES_POR_PUNTO_AL_100
        self._imagenes: OrderedDict[tuple[int, int], QImage] = OrderedDict()
        self._hoja = _Hoja(self)
        self.setWidget(self._hoja)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.viewport().setStyleSheet(f"background: {FONDO.name()};")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)   # flechas, RePág y AvPág desplazan
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._avisar_pagina())

    # --- el documento ---
    def mostrar(self, documento: DocumentoPdf) -> None:
        """Muestra `documento` (el anterior se cierra) en la misma posición relativa y con el mismo zoom."""
        anterior, self.documento = self.documento, documento
        if anterior is not None:
            anterior.cerrar()
        self._imagenes.clear()
        self._acomodar()
        self._avisar_pagina()

    def cerrar(self) -> None:
        if self.documento is not None:
            self.documento.cerrar()
            self.documento = None
        self._imagenes.clear()

    def imagen_de_pagina(self, indice: int) -> QImage:
        """La página `indice` como se ve ahora (a la resolución de la pantalla); guarda las últimas dibujadas."""
        relacion = self.devicePixelRatioF()
        clave = (indice, round(self._escala * relacion * 1000))
        imagen = self._imagenes.get(clave)
        if imagen is None:
            imagen = self.documento.imagen(indice, self._escala * relacion)
            imagen.setDevicePixelRatio(relacion)
            self._imagenes[clave] = imagen
            while len(self._imagenes) > IMAGENES_GUARDADAS:
                self._imagenes.popitem(last=False)
        else:
            self._imagenes.move_to_end(clave)
        return imagen

    # --- zoom ---
    def porcentaje(self) -> int:
        return round(100 * self._escala / PIXELES_POR_PUNTO_AL_100)

    def ajustar_al_ancho(self) -> None:
        self._al_ancho = True
        self._acomodar()

    def acercar(self) -> None:
        self._fijar_escala(self._escala * PASO_DE_ZOOM)

    def alejar(self) -> None:
        self._fijar_escala(self._escala / PASO_DE_ZOOM)

    def _fijar_escala(self, escala: float) -> None:
        self._al_ancho = False
        minimo, maximo = ZOOM_MINIMO * PIXELES_POR_PUNTO_AL_100, ZOOM_MAXIMO * PIXELES_POR_PUNTO_AL_100
        self._escala = min(max(escala, minimo), maximo)
        self._acomodar()

    def _escala_al_ancho(self) -> float:
        ancho_util = self.viewport().width() - 2 * SEPARACION
        mas_ancha = max(a for a, _ in self.documento.tamanos)
        minimo, maximo = ZOOM_MINIMO * PIXELES_POR_PUNTO_AL_100, ZOOM_MAXIMO * PIXELES_POR_PUNTO_AL_100
        return min(max(ancho_util / mas_ancha, minimo), maximo)

    def _acomodar(self) -> None:
        """Vuelve a medir las páginas con el zoom de ahora; lo que se veía sigue a la vista (misma proporción)."""
        if self.documento is not None and len(self.documento) and self._al_ancho:
            self._escala = self._escala_al_ancho()
        barra = self.verticalScrollBar()
        proporcion = barra.value() / barra.maximum() if barra.maximum() else 0.0
        self._hoja.acomodar(self.documento if self.documento is not None and len(self.documento) else None,
                            self._escala)
        barra.setValue(round(proporcion * barra.maximum()))
        self._hoja.update()
        self.zoom_cambiado.emit(self.porcentaje())

    # --- páginas ---
    def pagina_actual(self) -> int:
        """La página que ocupa la parte de arriba de lo que se ve (desde 1); 0 sin documento."""
        rectangulos = self._hoja.rectangulos
        if not rectangulos:
            return 0
        arriba = self.verticalScrollBar().value() + self.viewport().height() // 3
        return next((i + 1 for i, r in enumerate(rectangulos) if r.bottom() + SEPARACION >= arriba), len(rectangulos))

    def _avisar_pagina(self) -> None:
        self.pagina_cambiada.emit(self.pagina_actual(), len(self._hoja.rectangulos))

    # --- eventos ---
    def resizeEvent(self, evento) -> None:  # noqa: N802 - nombre de Qt
        super().resizeEvent(evento)
        if self._al_ancho and self.documento is not None:
            self._acomodar()

    def keyPressEvent(self, evento) -> None:  # noqa: N802 - nombre de Qt
        """Inicio y Fin van a la primera y a la última página (las flechas y RePág/AvPág ya desplazan)."""
        barra = self.verticalScrollBar()
        if evento.key() == Qt.Key.Key_Home:
            barra.setValue(barra.minimum())
        elif evento.key() == Qt.Key.Key_End:
            barra.setValue(barra.maximum())
        else:
            super().keyPressEvent(evento)

    def wheelEvent(self, evento) -> None:  # noqa: N802 - nombre de Qt
        if evento.modifiers() & Qt.KeyboardModifier.ControlModifier:   # Ctrl+rueda: zoom, como en los visores
            (self.acercar if evento.angleDelta().y() > 0 else self.alejar)()
            evento.accept()
            return
        super().wheelEvent(evento)

    def sizeHint(self) -> QSize:  # noqa: N802 - nombre de Qt
        return QSize(640, 480)
