"""Una tabla que se marca con el teclado, fila por fila, como quien recorre una lista en papel: la asistencia (P, A, E)
y la votación nominal (S, N, A). Cada tecla pone un valor en las filas elegidas y pasa a la siguiente."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QTableView

_SIN_TECLA = object()


class TablaDeMarcas(QTableView):
    """`teclas`: {tecla: valor, o función(fila) -> valor}; `al_marcar(filas, valor) -> bool` hace la marca (filas de
    la vista) y dice si se pasa a la fila siguiente (si quedó). Tras marcar queda elegida la fila siguiente; después de la última se emite `al_final`
    (quien la usa decide adónde va el foco: el botón que sigue, la búsqueda).

    Las demás letras no hacen nada: el salto por la primera letra de Qt marcaría sin querer al escribir un nombre
    («Asunción» empieza con A). Tab sale de la tabla en lugar de recorrer sus celdas."""

    al_final = Signal()

    def __init__(self, padre=None):
        super().__init__(padre)
        self.teclas: dict[Qt.Key, object] = {}
        self.al_marcar: Callable[[list[int], object], bool] | None = None
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def filas_elegidas(self) -> list[int]:
        filas = sorted({indice.row() for indice in self.selectionModel().selectedRows()})
        if not filas and self.currentIndex().isValid():
            filas = [self.currentIndex().row()]
        return filas

    def keyPressEvent(self, evento) -> None:
        accion = _SIN_TECLA
        if not evento.modifiers() & ~Qt.KeyboardModifier.KeypadModifier and self.state() != QAbstractItemView.State.EditingState:
            accion = self.teclas.get(evento.key(), _SIN_TECLA)
        if accion is _SIN_TECLA or self.al_marcar is None:
            super().keyPressEvent(evento)
            return
        evento.accept()
        filas = self.filas_elegidas()
        if not filas:
            return
        valor = accion(filas[0]) if callable(accion) else accion
        if self.al_marcar(filas, valor):
            self.pasar_a(filas[-1] + 1)

    def keyboardSearch(self, _texto: str) -> None:
        """Sin salto por letra (ver la clase)."""

    def pasar_a(self, fila: int) -> None:
        """Elige la fila `fila` (solo ella); pasada la última, emite `al_final`."""
        if fila >= self.model().rowCount():
            self.al_final.emit()
            return
        indice = self.model().index(fila, max(self.currentIndex().column(), 0))
        self.setCurrentIndex(indice)   # como una flecha: solo esa fila, y desde ella se extiende con Mayúscula
        self.scrollTo(indice)
