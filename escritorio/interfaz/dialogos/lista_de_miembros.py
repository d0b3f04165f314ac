"""Una lista de miembros para marcar, con búsqueda si son muchos y la línea de quiénes están marcados (aunque la
búsqueda los oculte): la usan «Agregar punto» (de quién trata un punto de admisión o de exclusión) y «Adoptar
resolución» (a quién admite o excluye). Qué miembros se ofrecen lo decide el servicio; aquí solo se muestran."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..piezas import nota


class ListaDeMiembros(QWidget):
    """`llenar(miembros, marcados)`; `marcados()` los ids marcados; `cambiado` al marcar o desmarcar. Debajo, la
    línea de los marcados: `plantilla` con sus nombres («Sobre la admisión de: {0}»), `ninguno` sin marcados y `vacio`
    si no hay a quién ofrecer (textos, no funciones del diálogo: así no lo retienen)."""

    cambiado = Signal()

    def __init__(self, padre: QWidget | None = None):
        super().__init__(padre)
        self.plantilla, self.ninguno, self.vacio = "{0}", "", ""   # se fijan antes de `llenar`
        self.buscar = QLineEdit()
        self.buscar.setPlaceholderText(self.tr("Buscar por nombre o país"))
        self.buscar.setClearButtonEnabled(True)
        self.buscar.textChanged.connect(self._filtrar)
        self.lista = QListWidget()
        self.lista.setMinimumHeight(110)
        self.lista.itemChanged.connect(lambda _: (self._resumir(), self.cambiado.emit()))
        self.linea = nota("")
        self.linea.setWordWrap(True)
        disposicion = QVBoxLayout(self)
        disposicion.setContentsMargins(0, 0, 0, 0)
        for pieza in (self.buscar, self.lista, self.linea):
            disposicion.addWidget(pieza)

    def llenar(self, miembros: list[dict], marcados: set[int] = frozenset()) -> None:
        self.lista.blockSignals(True)
        self.lista.clear()
        for m in miembros:
            item = QListWidgetItem(f"{m['nombre']} ({m['pais']}) — {m['pais_nombre']}")
            item.setData(Qt.ItemDataRole.UserRole, m["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m["id"] in marcados else Qt.CheckState.Unchecked)
            self.lista.addItem(item)
        self.lista.blockSignals(False)
        self.buscar.setVisible(len(miembros) > 8)
        self.lista.setVisible(bool(miembros))
        self._resumir()

    def _items(self) -> list[QListWidgetItem]:
        return [self.lista.item(f) for f in range(self.lista.count())]

    def textos(self) -> list[str]:
        return [item.text() for item in self._items()]

    def marcar(self, miembro_id: int, marcado: bool = True) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == miembro_id:
                item.setCheckState(Qt.CheckState.Checked if marcado else Qt.CheckState.Unchecked)

    def marcados(self) -> list[int]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def desmarcar_todos(self) -> None:
        for item in self._items():
            item.setCheckState(Qt.CheckState.Unchecked)

    def _resumir(self) -> None:
        if not self.lista.count():
            self.linea.setText(self.vacio)
            return
        nombres = [item.text().split(" — ")[0] for item in self._items() if item.checkState() == Qt.CheckState.Checked]
        self.linea.setText(self.plantilla.format(", ".join(nombres)) if nombres else self.ninguno)

    def _filtrar(self, texto: str) -> None:
        buscado = texto.strip().lower()
        for item in self._items():
            item.setHidden(bool(buscado) and buscado not in item.text().lower())
