"""Dar de baja a un miembro: fecha y motivo. La baja es un estado con fecha; nunca se borra nada.

La ventana muestra qué mandatos terminará la baja (se recalcula al cambiar la fecha) y, si termina alguno, pide
confirmarlo antes de registrar; la baja y el fin de esos mandatos van en una sola transacción.
"""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QMessageBox,
    QVBoxLayout, QWidget,
)

from ...servicios.oficina import Oficina
from ..piezas.de_la_oficina import DeLaOficina
from ...dominio import formato
from ...errores import ErrorEscritorio
from ...servicios.miembros import EfectoEnMandatos, dar_de_baja, mandatos_que_terminan, revisar_cambio_de_estado
from ..comun import formato_de_fecha, marcar_invalido
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..piezas import ESTILO_ERROR, DialogoBase


def editor_de_fecha(valor: date | None = None) -> QDateEdit:
    """Un campo de fecha con calendario desplegable, en el orden de la máquina (dd/mm/aaaa en la región)."""
    campo = QDateEdit(QDate(valor or date.today()))
    campo.setCalendarPopup(True)
    campo.setDisplayFormat(formato_de_fecha())
    campo.setMinimumDate(QDate(1800, 1, 1))
    campo.setMinimumWidth(130)
    return campo


class DialogoBaja(DeLaOficina, DialogoBase):
    """`exec()` devuelve Accepted solo si la baja quedó registrada."""

    def __init__(self, oficina: Oficina, miembro_id: int, nombre: str, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.miembro_id, self.nombre = oficina, miembro_id, nombre
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
        # Marcado en rojo (hoja de estilo), el campo perdería el relleno del estilo nativo y se vería más bajo.
        self.motivo.setMinimumHeight(self.motivo.sizeHint().height())
        self.fecha.setMinimumHeight(self.fecha.sizeHint().height())

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

        # Lo que la baja hará con los mandatos del miembro, según la fecha elegida.
        self.resumen_mandatos = QLabel()
        self.resumen_mandatos.setWordWrap(True)
        self.lista_mandatos = QListWidget()
        self.lista_mandatos.setMinimumHeight(90)
        self.lista_mandatos.setWordWrap(True)
        self.lista_mandatos.setAccessibleName(self.tr("Mandatos que terminará la baja"))
        self.efecto: EfectoEnMandatos | None = None
        self.fecha.dateChanged.connect(lambda _: self._mostrar_mandatos())
        self.fecha.dateChanged.connect(lambda _: self._fecha_editada())

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
        disposicion.addSpacing(6)
        disposicion.addWidget(self.resumen_mandatos)
        disposicion.addWidget(self.lista_mandatos, 1)
        disposicion.addWidget(botones)
        self.setMinimumWidth(620)
        self.setSizeGripEnabled(True)
        self._mostrar_mandatos()
        self.motivo.setFocus()

    def _sin_efecto(self, error: ErrorEscritorio) -> None:
        self.resumen_mandatos.setText(error.mensaje)
        self.lista_mandatos.hide()

    def _mostrar_mandatos(self) -> None:
        """Recalcula la vista previa: qué mandatos terminan el día anterior a la baja y cuáles empiezan después."""
        self.lista_mandatos.clear()
        efecto = consultar_en_la_ventana(self, lambda: mandatos_que_terminan(self.db, self.miembro_id, "baja",
                                                                            self.fecha.date().toPython()),
                                         que="mandatos que termina la baja", al_rechazar=self._sin_efecto)
        if efecto is FALLO:
            self.efecto = None
            return
        self.efecto = efecto
        self.resumen_mandatos.setText(self.efecto.resumen())
        self.lista_mandatos.addItems(self.efecto.lineas())
        self.lista_mandatos.setVisible(bool(self.efecto.lineas()))
        self.boton_baja.setText(self.tr("Dar de baja y terminar mandatos…") if self.efecto.terminan
                                else self.tr("Dar de baja"))
        self._acomodar()

    def _acomodar(self) -> None:
        """Crece (nunca se achica) hasta que todo entra con su alto: un aviso o un resumen de varias líneas no
        aplasta los campos. Qt no recalcula solo el alto de una ventana con etiquetas que se parten en líneas."""
        disposicion = self.layout()
        if disposicion is None:
            return
        disposicion.activate()
        necesaria = disposicion.totalHeightForWidth(self.width()) if disposicion.hasHeightForWidth() else -1
        necesaria = max(necesaria, disposicion.totalMinimumSize().height())
        if necesaria > self.height():
            self.resize(self.width(), necesaria)

    def confirmar_mandatos(self) -> bool:
        """Si la baja termina mandatos, pregunta antes de registrarla (No por defecto)."""
        if self.efecto is None or not self.efecto.terminan:
            return True
        n = len(self.efecto.terminan)
        pregunta = QMessageBox(QMessageBox.Icon.Question, self.tr("Confirmar la baja"), self.tr(
            "La baja de «{0}» desde el {1} termina {2}:\n\n{3}\n\n¿Registrar la baja y terminar "
            "{4}?").format(self.nombre, formato.fecha(self.fecha.date().toPython()),
                           self.tr("este mandato") if n == 1 else self.tr("estos {0} mandatos").format(n),
                           "\n".join(f"• {m.texto()}" for m in self.efecto.terminan),
                           self.tr("el mandato") if n == 1 else self.tr("los mandatos")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        pregunta.setDefaultButton(QMessageBox.StandardButton.No)
        pregunta.button(QMessageBox.StandardButton.Yes).setText(self.tr("Dar de baja"))
        pregunta.button(QMessageBox.StandardButton.No).setText(self.tr("Volver"))
        return pregunta.exec() == QMessageBox.StandardButton.Yes

    def _fecha_editada(self) -> None:
        if self.fecha.styleSheet():
            marcar_invalido(self.fecha, None)
            self.aviso.hide()

    def _motivo_editado(self) -> None:
        marcar_invalido(self.motivo, None)
        self.aviso.hide()

    def _mostrar_aviso(self, texto: str) -> None:
        self.aviso.setText(texto)
        self.aviso.show()
        self._acomodar()

    def _rechazada(self, error: ErrorEscritorio) -> None:
        campos = getattr(error, "campos", None) or {}
        if "motivo" in campos or not self.motivo.text().strip():
            motivo = campos.get("motivo") or self.tr("Escriba el motivo de la baja (queda en la historia del miembro).")
            marcar_invalido(self.motivo, motivo)
            self.motivo.setFocus()
            self._mostrar_aviso(motivo)
        elif "desde" in campos:  # la fecha (anterior al ingreso o al último estado): se marca ese campo
            marcar_invalido(self.fecha, campos["desde"])
            self.fecha.setFocus()
            self._mostrar_aviso(self.tr("Fecha de la baja: {0}").format(campos["desde"]))
        else:
            self._mostrar_aviso(error.mensaje)
            self._mostrar_mandatos()

    def accept(self) -> None:
        """Registra la baja; si falta el motivo (u otro dato), lo dice aquí mismo y no cierra. Si termina mandatos,
        primero lo pregunta; si mientras tanto cambiaron, no registra nada y muestra la lista nueva."""
        if not self.motivo.text().strip():
            motivo = self.tr("Escriba el motivo de la baja (queda en la historia del miembro).")
            marcar_invalido(self.motivo, motivo)
            self.motivo.setFocus()
            self._mostrar_aviso(motivo)
            return
        self._mostrar_mandatos()
        fecha, motivo = self.fecha.date().toPython(), self.motivo.text()
        # Primero lo que el servicio rechazaría (el motivo, la fecha): no se pregunta por algo que no se registra.
        if consultar_en_la_ventana(self, lambda: revisar_cambio_de_estado(self.db, self.miembro_id, "baja", fecha,
                                                                          motivo),
                                   que="dar de baja", al_rechazar=self._rechazada) is FALLO:
            return
        if not self.confirmar_mandatos():
            return
        confirmados = {m.mandato_id for m in self.efecto.terminan} if self.efecto is not None else None
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: dar_de_baja(self.db, self.miembro_id, fecha, motivo,
                                                                            confirmados=confirmados),
                                    que="dar de baja", al_rechazar=self._rechazada)
        if hecho is None:
            return
        self.efecto = hecho.resultado
        if self.efecto is not None and self.efecto.cuota:  # la cuota del año, prorrateada (o por qué no)
            QMessageBox.information(self, self.tr("Cuota del año"), self.efecto.cuota)
        super().accept()
