"""La base de las áreas de la ventana principal (Miembros, Estatutos, Órganos…) y la pila que las arma a demanda."""

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from ...servicios.oficina import Oficina
from .. import trabajos
from .de_la_oficina import DeLaOficina


class AreaPerezosa(DeLaOficina, QWidget):
    """Un área de la ventana que carga sus datos solo cuando está a la vista.

    `mostrar(oficina)` le da la base y la asociación elegida (la oficina de la ventana). `invalidar(temas, numero)`
    llega cuando se escribió algo de lo que el área muestra (interfaz/cambios.py):

    - con `numero` (una escritura de la oficina): si el área ya leyó la base después de ella (el área misma guardó
      y se recargó), no hace nada; si no, se recarga en la próxima vuelta del bucle de eventos, cuando no haya un
      diálogo modal abierto (lo que guarda un diálogo se ve al cerrarlo, una sola vez);
    - sin `numero` (otro programa escribió): se recarga ya.

    Si el área no se ve, nada se recarga hasta que se muestre. Cada área define `recargar`, que empieza con
    `self._al_dia_con_la_base()`.
    """

    _pendiente = True
    _recarga_programada = False
    _leido_en = -1   # el número de escrituras de la oficina cuando el área leyó la base por última vez

    def mostrar(self, oficina: Oficina) -> None:
        """Otra base u otra asociación: se recarga ya si está a la vista; si no, al mostrarse."""
        self.oficina = oficina
        self._pendiente = True
        self._leido_en = -1
        if self.isVisible():
            self.recargar()

    def _al_dia_con_la_base(self) -> None:
        """Al recargar: lo que se muestra es lo que hay en la base ahora."""
        self._pendiente = False
        self._leido_en = self.oficina.confirmadas if self.oficina is not None else -1

    def invalidar(self, temas: frozenset[str] = frozenset(), numero: int | None = None) -> None:
        """Se escribió algo de `temas` (de los que el área muestra); ver la clase."""
        if numero is not None and numero <= self._leido_en:
            return
        self._pendiente = True
        if not self.isVisible():
            return
        if numero is None:
            self.recargar()
        elif not self._recarga_programada:
            self._recarga_programada = True
            QTimer.singleShot(0, self._recargar_si_hace_falta)

    def _recargar_si_hace_falta(self) -> None:
        if recargar_despues_del_dialogo(self, self._recargar_si_hace_falta):
            return
        self._recarga_programada = False
        if self._pendiente and self.isVisible() and self.db is not None:
            self.recargar()

    def showEvent(self, evento) -> None:
        super().showEvent(evento)
        if self._pendiente and self.db is not None:
            self.recargar()

    def recargar(self, *args, **kwargs) -> None:  # pragma: no cover - cada área la define
        raise NotImplementedError


def recargar_despues_del_dialogo(widget: QWidget, funcion) -> bool:
    """Con un diálogo modal abierto (que no es parte de `widget`) o un trabajo en otro hilo, `funcion` se vuelve a
    intentar al rato: True. La ventana no se recarga por debajo de un diálogo que está guardando."""
    modal = QApplication.activeModalWidget()
    # Un trabajo en otro hilo (interfaz/operaciones.py) usa la conexión: se lee la base cuando termine, aunque su
    # diálogo de progreso todavía no se vea.
    if not trabajos.en_curso() and (modal is None or widget.isAncestorOf(modal)):
        return False
    QTimer.singleShot(ESPERA_TRAS_EL_DIALOGO_MS, funcion)
    return True


ESPERA_TRAS_EL_DIALOGO_MS = 50


class PilaDeAreas(QStackedWidget):
    """Las áreas de la ventana, cada una armada la primera vez que se la pide: al mostrarla o al nombrarla.

    Abrir la ventana arma solo el área a la vista (y no importa los módulos de las demás): cada área entra con una
    fábrica y ocupa, mientras tanto, un lugar vacío en la pila. `widget(i)` y `vista(i)` la arman si hacía falta;
    `al_armar(indice, vista)` avisa a la ventana para que la conecte y le pase la base y la asociación.
    """

    def __init__(self, al_armar: Callable[[int, QWidget], None], padre: QWidget | None = None):
        super().__init__(padre)
        self._al_armar = al_armar
        self._fabricas: list[Callable[[], QWidget]] = []
        self._vistas: dict[int, QWidget] = {}
        self._acomodando = False
        # Quien pone un área a la vista sin pasar por `mostrar` (setCurrentIndex) tampoco ve un lugar vacío.
        self.currentChanged.connect(self._armar_si_falta)

    def _armar_si_falta(self, indice: int) -> None:
        if not self._acomodando and 0 <= indice < len(self._fabricas) and not self.armada(indice):
            self.vista(indice)

    def agregar(self, fabrica: Callable[[], QWidget]) -> int:
        self._acomodando = True  # el primer lugar vacío pasa solo a ser el actual: eso no es pedir el área
        try:
            self._fabricas.append(fabrica)
            return self.addWidget(QWidget())   # el lugar vacío, hasta que se la pida
        finally:
            self._acomodando = False

    def armada(self, indice: int) -> bool:
        return indice in self._vistas

    def vista(self, indice: int) -> QWidget:
        """El área `indice`, armada ahora si todavía no lo estaba."""
        if indice not in self._vistas:
            vista = self._fabricas[indice]()
            lugar, era_la_actual = super().widget(indice), self.currentIndex() == indice
            self._vistas[indice] = vista
            self._acomodando = True  # cambiar el lugar por el área mueve la actual un momento: no es pedir otra
            try:
                self.insertWidget(indice, vista)
                self.removeWidget(lugar)
            finally:
                self._acomodando = False
            lugar.deleteLater()
            if era_la_actual:
                self.setCurrentIndex(indice)
            self._al_armar(indice, vista)
        return self._vistas[indice]

    def widget(self, indice: int) -> QWidget | None:  # noqa: N802 (nombre de Qt)
        """Como en QStackedWidget, pero nunca el lugar vacío: el área, armada si hacía falta."""
        return self.vista(indice) if 0 <= indice < len(self._fabricas) else super().widget(indice)

    def mostrar(self, indice: int) -> None:
        """Pone a la vista el área `indice`. Si al armarla no pudo leer sus datos (el error sigue su camino, hasta el
        mensaje), se ve igual: la navegación y el área no quedan desparejas."""
        try:
            self.vista(indice)
        finally:
            if self.armada(indice):
                self.setCurrentIndex(indice)
