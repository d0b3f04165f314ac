"""Lo que la sala está viendo ahora (issue 64, §4): el foco de la secretaría durante una sesión en vivo —la sesión, el
punto, la moción o la enmienda elegidos, la votación que se está contando— y un aviso cada vez que cambia o que se
escribe algo de la sala. Las pestañas de la sesión lo mueven; la pantalla del proyector lo escucha y se redibuja sola,
sin que nadie haga clic en ella. Uno por aplicación (`SalaEnVivo.de()`)."""

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QObject, Signal


@dataclass(frozen=True)
class FocoDeLaSala:
    sesion_id: int | None = None
    punto_id: int | None = None
    mocion_id: int | None = None
    enmienda_id: int | None = None
    votacion: str | None = None    # el recuento en vivo de la votación que se está tomando (o None)


class SalaEnVivo(QObject):
    """`cambio` se emite al mover el foco, al contar una votación y después de cada escritura de la sala."""

    cambio = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.foco = FocoDeLaSala()

    @classmethod
    def de(cls, _widget=None) -> "SalaEnVivo":
        """La de la aplicación (se crea la primera vez). `_widget`: por si algún día hay una por ventana."""
        app = QCoreApplication.instance()
        sala = getattr(app, "_sala_en_vivo", None)
        if sala is None:
            sala = cls(app)
            app._sala_en_vivo = sala
        return sala

    def enfocar(self, sesion_id: int | None = None, punto_id: int | None = None, mocion_id: int | None = None,
                enmienda_id: int | None = None) -> None:
        """La secretaría eligió algo: lo que no se nombra queda vacío (elegir otro punto suelta la moción)."""
        nuevo = FocoDeLaSala(sesion_id, punto_id, mocion_id, enmienda_id, self.foco.votacion
                             if sesion_id == self.foco.sesion_id else None)
        if nuevo != self.foco:
            self.foco = nuevo
            self.cambio.emit()

    def enfocar_punto(self, sesion_id: int, punto_id: int | None) -> None:
        """Una pestaña muestra ese punto: si la sala ya está en él, se queda en la moción o la enmienda que tenga
        elegidas (volver a cargar la pestaña no las suelta); si no, pasa al punto."""
        if (self.foco.sesion_id, self.foco.punto_id) != (sesion_id, punto_id):
            self.enfocar(sesion_id=sesion_id, punto_id=punto_id)

    def votacion_en_curso(self, texto: str | None) -> None:
        if texto != self.foco.votacion:
            self.foco = replace(self.foco, votacion=texto)
            self.cambio.emit()

    def avisar(self) -> None:
        """Se escribió algo de la sala (un orador, una votación cerrada…): quien la muestra vuelve a leerla."""
        self.cambio.emit()
