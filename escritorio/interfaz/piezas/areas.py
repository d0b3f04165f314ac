"""La base de las áreas de la ventana principal (Miembros, Estatutos, Órganos…)."""

from PySide6.QtWidgets import QWidget

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
