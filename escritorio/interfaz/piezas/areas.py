"""La base de las áreas de la ventana principal (Miembros, Estatutos, Órganos…) y la pila que las arma a demanda."""

from collections.abc import Callable

from PySide6.QtWidgets import QStackedWidget, QWidget

from ...servicios.contexto import Contexto


class AreaPerezosa(QWidget):
    """Un área de la ventana que carga sus datos solo cuando está a la vista.

    `mostrar` cambia de asociación, `invalidar` marca los datos como viejos (otra área cambió algo);
    si el área no se ve, `recargar` (que cada área define) espera a que se muestre.
    """

    db = None
    asociacion: dict | None = None
    _pendiente = True

    def mostrar(self, db, asociacion: dict) -> None:
        self.db, self.asociacion = db, asociacion
        self.invalidar()

    @property
    def contexto(self) -> Contexto:
        """El contexto de los servicios: la base y la asociación que el área muestra."""
        return Contexto(self.db, self.asociacion["id"])

    def invalidar(self) -> None:
        self._pendiente = True
        if self.isVisible():
            self.recargar()

    def showEvent(self, evento) -> None:
        super().showEvent(evento)
        if self._pendiente and self.db is not None:
            self.recargar()

    def recargar(self, *args, **kwargs) -> None:  # pragma: no cover - cada área la define
        raise NotImplementedError


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

    def armadas(self) -> list[QWidget]:
        return [self._vistas[i] for i in sorted(self._vistas)]

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
