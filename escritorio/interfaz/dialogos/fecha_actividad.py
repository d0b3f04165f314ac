"""Cuándo fue una actividad que se marca realizada sin tener fechas: el servicio lo pide (`cambiar_estado`, campo
«fecha») y aquí se pregunta; la fecha queda como su fin."""

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from ...servicios.base import hoy
from ..piezas import DialogoBase, nota
from .baja import editor_de_fecha


class DialogoFechaDeActividad(DialogoBase):
    """Tras aceptar, `fecha()` es el día elegido."""

    def __init__(self, titulo: str, padre: QWidget | None = None):
        super().__init__(padre)
        self.setWindowTitle(self.tr("Marcar realizada"))
        self.cuando = editor_de_fecha(hoy())
        formulario = QFormLayout()
        formulario.addRow(self.tr("Fue el:"), self.cuando)
        botones = QDialogButtonBox()
        botones.addButton(self.tr("Marcar realizada"), QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        botones.accepted.connect(self.accept)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        aviso = nota(self.tr("«{0}» no tiene fechas. ¿Cuándo se realizó? La fecha queda como su fin.").format(titulo))
        aviso.setWordWrap(True)
        disposicion.addWidget(aviso)
        disposicion.addLayout(formulario)
        disposicion.addWidget(botones)
        self.setMinimumWidth(420)

    def fecha(self) -> date:
        return self.cuando.date().toPython()
