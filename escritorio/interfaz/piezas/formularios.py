"""Formularios: la disposición de un diálogo, campos en una fila, un panel que se desplaza a lo alto y el selector de
miembro que busca sin acentos."""

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QFrame, QHBoxLayout, QScrollArea, QWidget

from ...dominio.texto import normalizar
from ..comun import tr


def nuevo_formulario() -> QFormLayout:
    """Un formulario de diálogo: rótulos a la derecha, campos que se estiran."""
    disposicion = QFormLayout()
    disposicion.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    disposicion.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return disposicion


def en_linea(*campos: QWidget, estirar: bool = True) -> QHBoxLayout:
    """Varios campos en una fila de formulario, pegados a la izquierda."""
    fila = QHBoxLayout()
    fila.setContentsMargins(0, 0, 0, 0)
    for campo in campos:
        fila.addWidget(campo)
    if estirar:
        fila.addStretch(1)
    return fila


class DesplazableAlAncho(QScrollArea):
    """Desplazamiento vertical para un panel con textos que se parten en renglones.

    QScrollArea ajusta su contenido al alto mínimo calculado para un ancho cualquiera: con el ancho real, un
    texto largo necesita más renglones y el panel aplastaba a sus vecinos (contadores recortados) en lugar de
    desplazarse. Aquí el alto mínimo se calcula para el ancho visible cada vez que cambia el tamaño o el
    contenido."""

    def __init__(self, padre=None):
        super().__init__(padre)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, objeto, evento) -> bool:
        if objeto is self.widget() and evento.type() == QEvent.Type.LayoutRequest:
            self._ajustar()
            self.updateGeometry()
        return False

    def sizeHint(self) -> QSize:
        """Lo que pide el contenido ahora (QScrollArea recuerda el de la primera vez: un panel que se achica, como la
        votación ya cerrada, seguía pidiendo el alto del recuento)."""
        widget = self.widget()
        if widget is None:
            return super().sizeHint()
        marco = 2 * self.frameWidth()
        letra = self.fontMetrics().height()
        return (widget.sizeHint() + QSize(marco + self.verticalScrollBar().sizeHint().width(), marco)).boundedTo(
            QSize(36 * letra, 24 * letra))

    def resizeEvent(self, evento) -> None:
        super().resizeEvent(evento)
        self._ajustar()

    def _ajustar(self) -> None:
        widget = self.widget()
        disposicion = widget.layout() if widget is not None else None
        if disposicion is None or not disposicion.hasHeightForWidth():
            return
        alto = disposicion.totalHeightForWidth(self.viewport().width())
        if alto > 0 and widget.minimumHeight() != alto:
            widget.setMinimumHeight(alto)


# --- el selector de miembro -------------------------------------------------------------------------

_ROL_NORMALIZADO = Qt.ItemDataRole.UserRole + 1


class _Completador(QCompleter):
    """Completa por cualquier parte del nombre, sin mayúsculas ni acentos: «sao» encuentra «São Paulo»."""

    def __init__(self, modelo, padre=None):
        super().__init__(modelo, padre)
        self.setCompletionRole(_ROL_NORMALIZADO)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, texto: str) -> list[str]:
        return [normalizar(texto)]

    def pathFromIndex(self, indice) -> str:
        return indice.data(Qt.ItemDataRole.DisplayRole) or ""


class SelectorMiembro(QComboBox):
    """Lista desplegable de miembros («Rosario (Argentina)») en la que se puede escribir para buscar.

    `ninguno` (opcional) agrega al principio una opción sin miembro. `miembro_id()` devuelve el elegido o None.
    Elegida esa opción, el campo queda vacío y la dice como texto de ayuda: lo que se escriba después es la búsqueda,
    no «— sin miembro —» seguido de lo escrito.
    """

    def __init__(self, miembros: Sequence[dict] = (), ninguno: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lineEdit().setPlaceholderText(tr("Escriba parte del nombre…"))
        self._ninguno = ninguno
        self._por_id: dict[int, dict] = {}
        self.currentIndexChanged.connect(self._ayuda_del_campo)
        # Qt pone el rótulo de la opción en el campo también al elegirla de nuevo (sin cambio de índice).
        self.currentTextChanged.connect(self._sin_el_rotulo_de_ninguno)
        self.fijar(miembros)

    def _ayuda_del_campo(self, indice: int) -> None:
        ninguno = bool(self._ninguno) and indice == 0
        self.lineEdit().setPlaceholderText(self._ninguno if ninguno else tr("Escriba parte del nombre…"))

    def _sin_el_rotulo_de_ninguno(self, texto: str) -> None:
        if self._ninguno and texto == self._ninguno:
            self.lineEdit().clear()

    def fijar(self, miembros: Sequence[dict]) -> None:
        self._por_id = {m["id"]: m for m in miembros}
        modelo = QStandardItemModel(self)
        if self._ninguno:
            item = QStandardItem(self._ninguno)
            item.setData(None, Qt.ItemDataRole.UserRole)
            item.setData("", _ROL_NORMALIZADO)
            modelo.appendRow(item)
        for m in miembros:
            pais = m.get("pais_nombre") or m.get("pais") or ""
            texto = f"{m['nombre']} ({pais})" if pais else m["nombre"]
            if m.get("estado") == "baja":
                texto += " — " + tr("baja")
            item = QStandardItem(texto)
            item.setData(m["id"], Qt.ItemDataRole.UserRole)
            item.setData(normalizar(texto), _ROL_NORMALIZADO)
            modelo.appendRow(item)
        self.setModel(modelo)
        completador = _Completador(modelo, self)
        self.setCompleter(completador)
        self.setCurrentIndex(0 if self._ninguno else -1)
        self._ayuda_del_campo(self.currentIndex())
        self._sin_el_rotulo_de_ninguno(self.currentText())

    def miembro_id(self) -> int | None:
        if self.currentIndex() < 0 or self.currentText() != self.itemText(self.currentIndex()):
            return None
        return self.currentData(Qt.ItemDataRole.UserRole)

    def ninguno_elegido(self) -> bool:
        """Si está elegida la opción sin miembro (`ninguno`), y no un texto escrito a medias."""
        return bool(self._ninguno) and self.currentIndex() == 0 and not self.currentText().strip()

    def miembro(self) -> dict | None:
        clave = self.miembro_id()
        return None if clave is None else self._por_id.get(clave)

    def elegir(self, miembro_id: int | None) -> None:
        indice = self.findData(miembro_id, Qt.ItemDataRole.UserRole)
        if indice >= 0:
            self.setCurrentIndex(indice)


class ComboDeValores(QComboBox):
    """Una lista de valores fijos que se guardan en castellano («red temática», «Oficio») y se muestran en el
    idioma de la ventana: `opciones` son (rótulo traducido, valor). `valor()` da el valor guardado; `fijar(valor)`
    lo elige, y si no está (una base con un valor escrito por otra versión) lo agrega tal cual."""

    def __init__(self, opciones: list[tuple[str, str]], padre: QWidget | None = None):
        super().__init__(padre)
        for rotulo, valor in opciones:
            self.addItem(rotulo, valor)

    def valor(self) -> str:
        dato = self.currentData()
        return dato if dato is not None else self.currentText()

    def fijar(self, valor: str) -> None:
        indice = self.findData(valor)
        if indice < 0:
            self.addItem(valor, valor)
            indice = self.count() - 1
        self.setCurrentIndex(indice)
