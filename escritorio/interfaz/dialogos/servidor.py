"""Archivo → Conectar a un servidor…: la base compartida de la oficina (modo servidor, PostgreSQL).

El formulario pide lo que da quien administra el servidor (equipo, base, usuario) y la clave de la persona. La
dirección queda en los ajustes para la próxima vez; la clave, solo si se pide, en el llavero del sistema
(`servicios/llavero.py`), nunca en los ajustes. Conectar prueba la conexión aquí mismo: si falla, el motivo se
muestra arriba del formulario y lo escrito sigue ahí para corregirlo.
"""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget)

from ...datos.postgres import PUERTO_POR_OMISION, partes_de_direccion
from ...errores import ErrorEscritorio
from ...servicios import llavero
from ...servicios.servidor import conectar_y_recordar, direccion_del_formulario
from ..comun import mostrar_error
from ..piezas import DialogoBase, en_linea, nota, nuevo_formulario

AJUSTE_DIRECCION = "servidor/direccion"
ESTILO_MOTIVO = "background: #fdecea; color: #7a1f16; border: 1px solid #e6a39b; padding: 6px;"


class DialogoConectarServidor(DialogoBase):
    """`exec()` devuelve Accepted con `self.db` abierta (y `self.aviso`, si la clave no se pudo guardar)."""

    def __init__(self, ajustes: QSettings, padre: QWidget | None = None, *, direccion: str | None = None,
                 motivo: str | None = None):
        super().__init__(padre)
        self.setWindowTitle(self.tr("Conectar a un servidor"))
        self.ajustes = ajustes
        self.db = None
        self.aviso: str | None = None

        self.motivo = QLabel()
        self.motivo.setObjectName("motivo")
        self.motivo.setWordWrap(True)
        self.motivo.setStyleSheet(ESTILO_MOTIVO)
        self.motivo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        explicacion = nota(self.tr(
            "La base compartida de la oficina está en un servidor. Quien lo administra le da el equipo, la base y su "
            "usuario; la clave es suya. Cada persona entra con su propio usuario: la bitácora anota quién hizo cada "
            "cambio."))

        self.equipo = QLineEdit()
        self.equipo.setPlaceholderText(self.tr("por ejemplo: SECRETARIA-01 o 192.168.1.10"))
        self.puerto = QSpinBox()
        self.puerto.setRange(1, 65535)
        self.puerto.setValue(PUERTO_POR_OMISION)
        self.puerto.setGroupSeparatorShown(False)
        self.base = QLineEdit()
        self.base.setPlaceholderText(self.tr("por ejemplo: escritorio"))
        self.usuario = QLineEdit()
        self.clave = QLineEdit()
        self.clave.setEchoMode(QLineEdit.EchoMode.Password)
        self.recordar = QCheckBox(self.tr("Recordar la clave en el llavero de este equipo"))
        if not llavero.hay_llavero():
            self.recordar.setEnabled(False)
            self.recordar.setToolTip(self.tr("Este equipo no tiene un llavero del sistema: la clave se pedirá cada "
                                             "vez."))
        self.direccion = QLabel()
        self.direccion.setObjectName("direccion")
        self.direccion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.direccion.setStyleSheet("color: palette(mid);")

        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Equipo del servidor:"), self.equipo)
        formulario.addRow(self.tr("Puerto:"), en_linea(self.puerto))
        formulario.addRow(self.tr("Base:"), self.base)
        formulario.addRow(self.tr("Usuario:"), self.usuario)
        formulario.addRow(self.tr("Clave:"), self.clave)
        formulario.addRow("", self.recordar)
        formulario.addRow(self.tr("Dirección:"), self.direccion)

        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.conectar = botones.addButton(self.tr("Conectar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.conectar.setObjectName("conectar")
        botones.accepted.connect(self._conectar)
        botones.rejected.connect(self.reject)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.motivo)
        disposicion.addWidget(explicacion)
        disposicion.addLayout(formulario)
        disposicion.addWidget(botones)
        # Recién ahora, con el botón dentro del diálogo: antes, QDialog no se enteraba y al mostrarse hacía
        # predeterminado al primero (Cancelar), y Enter en la clave cancelaba.
        self.conectar.setDefault(True)

        for campo in (self.equipo, self.base, self.usuario):
            campo.textChanged.connect(self._mostrar_direccion)
        self.puerto.valueChanged.connect(self._mostrar_direccion)
        self._llenar(direccion or ajustes.value(AJUSTE_DIRECCION) or "")
        self._mostrar_motivo(motivo)
        self.setMinimumWidth(min(520, self.sizeHint().width() + 80))

    def _llenar(self, direccion: str) -> None:
        """El formulario con la dirección recordada (o la que se quiere volver a abrir); si su clave está en el
        llavero, la casilla marcada: se usará sin escribirla."""
        if direccion:
            partes = partes_de_direccion(direccion)
            self.equipo.setText(partes["equipo"])
            self.puerto.setValue(partes["puerto"])
            self.base.setText(partes["base"])
            self.usuario.setText(partes["usuario"])
            if self.recordar.isEnabled() and llavero.clave_guardada(direccion) is not None:
                self.recordar.setChecked(True)
                self.clave.setPlaceholderText(self.tr("(guardada en el llavero de este equipo)"))
        self._mostrar_direccion()
        vacio = next((c for c in (self.equipo, self.base, self.usuario, self.clave) if not c.text()), self.clave)
        vacio.setFocus()

    def _mostrar_direccion(self) -> None:
        try:
            texto = direccion_del_formulario(self.equipo.text(), self.puerto.value(), self.base.text(),
                                             self.usuario.text())
        except ErrorEscritorio:
            texto = "—"
        self.direccion.setText(texto)

    def _mostrar_motivo(self, motivo: str | None) -> None:
        self.motivo.setText(motivo or "")
        self.motivo.setVisible(bool(motivo))

    def _conectar(self) -> None:
        try:
            direccion = direccion_del_formulario(self.equipo.text(), self.puerto.value(), self.base.text(),
                                                 self.usuario.text())
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.db, self.aviso = conectar_y_recordar(direccion, self.clave.text(), self.recordar.isChecked())
            finally:
                QGuiApplication.restoreOverrideCursor()
        except ErrorEscritorio as error:  # la clave, el equipo, la base: se corrige aquí mismo
            self._mostrar_motivo(error.mensaje)
            self.clave.selectAll()
            return
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "conectar a un servidor")
            return
        self.ajustes.setValue(AJUSTE_DIRECCION, direccion)
        self.accept()
