"""`FilaFluida`: una fila de botones que pasa a una segunda línea cuando no entra a lo ancho.

Una barra de botones en un QHBoxLayout fija el ancho mínimo de su área en la suma de todos los botones: en una
pantalla de 1024 px (o de 1366 px al 150 %, que son 910 px lógicos) la ventana no entra o los botones se encima con la
tabla. En una `FilaFluida` el mínimo es el del botón más ancho; con poco lugar, los que no entran bajan a otra línea
(la altura sigue al ancho: `heightForWidth`).

`addStretch()` marca un hueco que en cada línea se lleva el espacio sobrante: lo que va después queda a la derecha,
como en una fila común, mientras entre.
"""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QStyle, QWidget, QWidgetItem


class FilaFluida(QLayout):
    def __init__(self, padre: QWidget | None = None, espacio: int = -1):
        super().__init__(padre)
        self._items: list[QLayoutItem] = []
        self._espacio = espacio
        if padre is None:
            self.setContentsMargins(0, 0, 0, 0)

    # --- lo que pide QLayout ----------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def addWidget(self, widget: QWidget, _estirar: int = 0, _alineacion=None) -> None:   # noqa: N802 (nombre de Qt)
        """Como en QHBoxLayout; el estiramiento y la alineación no aplican (cada elemento mide lo que pide)."""
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def addStretch(self, _estirar: int = 1) -> None:   # noqa: N802 (nombre de Qt)
        self.addItem(QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, indice: int) -> QLayoutItem | None:   # noqa: N802
        return self._items[indice] if 0 <= indice < len(self._items) else None

    def takeAt(self, indice: int) -> QLayoutItem | None:   # noqa: N802
        return self._items.pop(indice) if 0 <= indice < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:   # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:   # noqa: N802
        return True

    def heightForWidth(self, ancho: int) -> int:   # noqa: N802
        return self._acomodar(QRect(0, 0, ancho, 0), probar=True)

    def setGeometry(self, rect: QRect) -> None:   # noqa: N802
        super().setGeometry(rect)
        self._acomodar(rect, probar=False)

    def sizeHint(self) -> QSize:   # noqa: N802
        """Todo en una línea."""
        visibles = self._visibles()
        ancho = sum(i.sizeHint().width() for i in visibles) + self._separacion() * max(len(visibles) - 1, 0)
        alto = max((i.sizeHint().height() for i in visibles), default=0)
        m = self.contentsMargins()
        return QSize(ancho + m.left() + m.right(), alto + m.top() + m.bottom())

    def minimumSize(self) -> QSize:   # noqa: N802
        """El elemento más ancho (los demás bajan de línea)."""
        tamano = QSize()
        for item in self._visibles():
            tamano = tamano.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return tamano + QSize(m.left() + m.right(), m.top() + m.bottom())

    # --- acomodar ---------------------------------------------------------------------------------
    def _separacion(self) -> int:
        if self._espacio >= 0:
            return self._espacio
        padre = self.parentWidget()
        if padre is None:
            return 6
        return padre.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, padre)

    def _visibles(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty() or isinstance(i, QSpacerItem)]

    def _acomodar(self, rect: QRect, probar: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        separacion = self._separacion()
        # Líneas: tantos elementos como entren a lo ancho (al menos uno por línea).
        lineas: list[list[QLayoutItem]] = [[]]
        ocupado = 0
        hubo_hueco = False
        for item in self._visibles():
            ancho = 0 if isinstance(item, QSpacerItem) else item.sizeHint().width()
            necesario = ancho if not lineas[-1] else ocupado + separacion + ancho
            if lineas[-1] and necesario > area.width() and ancho:
                # Lo que estaba a la derecha de un hueco sigue a la derecha en la línea nueva.
                lineas.append([QSpacerItem(0, 0), item] if hubo_hueco else [item])
                ocupado = ancho
            else:
                lineas[-1].append(item)
                ocupado = necesario
            hubo_hueco = hubo_hueco or isinstance(item, QSpacerItem)
        y = area.y()
        for linea in lineas:
            reales = [i for i in linea if not isinstance(i, QSpacerItem)]
            if not reales:
                continue
            alto = max(i.sizeHint().height() for i in reales)
            anchos = [min(i.sizeHint().width(), area.width()) for i in reales]
            sobra = area.width() - sum(anchos) - separacion * (len(reales) - 1)
            huecos = sum(1 for i in linea if isinstance(i, QSpacerItem))
            x = area.x()
            indice = 0
            for item in linea:
                if isinstance(item, QSpacerItem):
                    x += max(sobra, 0) // huecos
                    continue
                if not probar:
                    item.setGeometry(QRect(QPoint(x, y + (alto - item.sizeHint().height()) // 2),
                                           QSize(anchos[indice], item.sizeHint().height())))
                x += anchos[indice] + separacion
                indice += 1
            y += alto + separacion
        return max(y - separacion - area.y(), 0) + m.top() + m.bottom()
