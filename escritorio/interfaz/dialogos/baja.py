"""Dar de baja a un miembro: fecha y motivo. La baja es un estado con fecha; nunca se borra nada."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from ...errores import ErrorEscritorio
from ...servicios.miembros import dar_de_baja
from ..comun import marcar_invalido, mostrar_error

ESTILO_ERROR = "color: #c0392b;"


def editor_de_fecha(valor: date | None = None) -> QDateEdit:
    """Un campo de fecha dd/mm/aaaa con calendario desplegable."""
    campo = QDateEdit(QDate(valor or date.today()))
    campo.setCalendarPopup(True)
    campo.setDisplayFormat("dd/MM/yyyy")
    campo.setMinimumDate(QDate(1800, 1, 1))
    campo.setMinimumWidth(130)
    return campo


class DialogoBaja(QDialog):
    """`exec()` devuelve Accepted solo si la baja quedó registrada."""

    def __init__(self, db, miembro_id: int, nombre: str, padre: QWidget | None = None):
        super().__init__(padre)
        self.db, self.miembro_id, self.nombre = db, miembro_id, nombre
        self.setWindowTitle(self.tr("Dar de baja — {0}").format(nombre))

        explicacion = QLabel(self.tr(
            "«{0}» dejará de ser miembro desde la fecha indicada. La baja queda en su historia "
            "de estados con su motivo; no se borra ningún dato.").format(nombre))
        explicacion.setWordWrap(True)

        self.fecha = editor_de_fecha()
        self.motivo = QLineEdit()
        self.motivo.setPlaceholderText(self.tr("por ejemplo: Renuncia presentada por nota del intendente"))
        self.motivo.setMinimumWidth(380)
        self.motivo.textEdited.connect(self._motivo_editado)

        formulario = QFormLayout()
        formulario.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        fila_fecha = QHBoxLayout()
        fila_fecha.addWidget(self.fecha)
        fila_fecha.addStretch(1)
        formulario.addRow(self.tr("Fecha de la baja:"), fila_fecha)
        formulario.addRow(self.tr("Motivo:"), self.motivo)

        self.aviso = QLabel()
        self.aviso.setStyleSheet(ESTILO_ERROR)
        self.aviso.setWordWrap(True)
        self.aviso.hide()

        botones = QDialogButtonBox()
        self.boton_baja = botones.addButton(self.tr("Dar de baja"), QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_baja.setDefault(True)
        botones.accepted.connect(self.accept)
        botones.rejected.connect(self.reject)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addSpacing(6)
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.aviso)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)
        self.setMinimumWidth(560)
        self.motivo.setFocus()

    def _motivo_editado(self) -> None:
        marcar_invalido(self.motivo, None)
        self.aviso.hide()

    def _mostrar_aviso(self, texto: str) -> None:
        self.aviso.setText(texto)
        self.aviso.show()

    def accept(self) -> None:
        """Registra la baja; si falta el motivo (u otro dato), lo dice aquí mismo y no cierra."""
        try:
            dar_de_baja(self.db, self.miembro_id, self.fecha.date().toPython(), self.motivo.text())
        except ErrorEscritorio as error:
            campos = getattr(error, "campos", None) or {}
            if "motivo" in campos or not self.motivo.text().strip():
                motivo = campos.get("motivo") or self.tr("Escriba el motivo de la baja (queda en la historia del miembro).")
                marcar_invalido(self.motivo, motivo)
                self.motivo.setFocus()
                self._mostrar_aviso(motivo)
            else:
                self._mostrar_aviso(error.mensaje)
            return
        except Exception as error:  # inesperado: disculpa con la ruta del registro
            mostrar_error(self, error, "dar de baja")
            return
        super().accept()
