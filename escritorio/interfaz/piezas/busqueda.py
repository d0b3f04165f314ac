"""Un campo de búsqueda y la lista que filtra, unidos por el teclado (Miembros, Pagos, Estatutos, la asistencia).

Quien busca escribe y sigue con las flechas: sin esto, tras Ctrl+F y unas letras, Flecha abajo y Enter se quedaban en
el campo y no llegaban al resultado.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AtajosDeBusqueda(QObject):
    """En el campo: Flecha abajo (o Av Pág) pasa a la lista con la primera fila elegida; Enter abre el único resultado
    (`abrir`, si se da) o, si hay varios, pasa a la lista con el primero elegido; Esc borra lo escrito y, con el campo
    vacío, pasa a la lista. En la lista: Flecha arriba en la primera fila, o Esc, vuelven al campo con lo escrito
    seleccionado (para escribir otra búsqueda encima). Con `ctrl_f_en` (el área o la pestaña), Ctrl+F va al campo
    mientras ella está a la vista."""

    def __init__(self, campo: QLineEdit, lista: QAbstractItemView, abrir: Callable[[], None] | None = None,
                 ctrl_f_en: QWidget | None = None):
        super().__init__(campo)
        self.campo, self.lista, self._abrir = campo, lista, abrir
        campo.installEventFilter(self)
        lista.installEventFilter(self)
        if ctrl_f_en is not None:   # un atajo de un widget oculto no se dispara: cada área tiene el suyo
            QShortcut(QKeySequence.StandardKey.Find, ctrl_f_en, activated=self.volver_al_campo)

    def _filas(self) -> list[int]:
        """Las filas a la vista: un filtro quita filas del modelo (Miembros) u oculta las que no coinciden (Estatutos)."""
        modelo = self.lista.model()
        if modelo is None:
            return []
        if isinstance(self.lista, QTreeView):
            return [f for f in range(modelo.rowCount()) if not self.lista.isRowHidden(f, QModelIndex())]
        oculta = getattr(self.lista, "isRowHidden", lambda _fila: False)
        return [f for f in range(modelo.rowCount()) if not oculta(f)]

    def ir_a_la_lista(self) -> bool:
        """Pone el foco en la lista con la primera fila a la vista elegida; False si no hay ninguna."""
        filas = self._filas()
        if not filas:
            return False
        primera = self.lista.model().index(filas[0], 0)
        self.lista.setCurrentIndex(primera)   # elige la fila entera (como una flecha): Mayúscula+flecha extiende desde ella
        self.lista.scrollTo(primera)
        self.lista.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def volver_al_campo(self) -> None:
        self.campo.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.campo.selectAll()

    def eventFilter(self, objeto, evento) -> bool:
        if evento.type() != QEvent.Type.KeyPress or evento.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        tecla = evento.key()
        if objeto is self.campo:
            if tecla in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
                return self.ir_a_la_lista()
            if tecla in _ENTER:
                if len(self._filas()) == 1 and self._abrir is not None:
                    self.ir_a_la_lista()
                    self._abrir()
                    return True
                return self.ir_a_la_lista()
            if tecla == Qt.Key.Key_Escape:
                if self.campo.text():
                    self.campo.clear()
                    return True
                return self.ir_a_la_lista()
        elif objeto is self.lista and self.lista.state() != QAbstractItemView.State.EditingState:
            filas = self._filas()
            en_la_primera = not filas or self.lista.currentIndex().row() <= filas[0]
            if tecla == Qt.Key.Key_Escape or (tecla == Qt.Key.Key_Up and en_la_primera):
                self.volver_al_campo()
                return True
        return False
