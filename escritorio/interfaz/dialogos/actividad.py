"""Agregar una actividad al plan de trabajo de una unidad temática: título, fechas, estado,
miembro responsable y resultado."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from ...dominio.unidades import ESTADOS_ACTIVIDAD
from ...errores import ErrorEscritorio
from ...servicios.base import hoy
from ...servicios.unidades import NuevaActividad, agregar_actividad
from ..comun import marcar_invalido, mostrar_error, tr
from ..piezas import ESTILO_ERROR, DialogoBase, SelectorMiembro, nota
from .baja import editor_de_fecha
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina

_DERECHA = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DialogoActividad(DeLaOficina, DialogoBase):
    """Tras cerrar, `actividad_id` es la actividad agregada (o None)."""

    def __init__(self, oficina: Oficina, unidad: dict, miembros: list[dict], responsable_id: int | None = None,
                 padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.unidad = oficina, unidad
        self.actividad_id: int | None = None
        self.setWindowTitle(self.tr("Nueva actividad — {0}").format(unidad["nombre"]))

        self.titulo = QLineEdit()
        self.titulo.setPlaceholderText(self.tr("por ejemplo: Seminario regional de cultura"))
        self.titulo.textEdited.connect(lambda _: (marcar_invalido(self.titulo, None), self.mensaje.hide()))
        self.desde = editor_de_fecha(hoy())
        self.sin_desde = QCheckBox(self.tr("sin fecha"))
        self.sin_desde.toggled.connect(lambda marcado: self.desde.setEnabled(not marcado))
        self.hasta = editor_de_fecha(hoy())
        self.sin_hasta = QCheckBox(self.tr("sin fecha"))
        self.sin_hasta.toggled.connect(lambda marcado: self.hasta.setEnabled(not marcado))
        self.desde.dateChanged.connect(lambda fecha: self.hasta.date() < fecha and self.hasta.setDate(fecha))
        self.estado = QComboBox()
        for codigo, etiqueta in ESTADOS_ACTIVIDAD.items():
            self.estado.addItem(tr(etiqueta), codigo)
        self.responsable = SelectorMiembro([m for m in miembros if m.get("estado") != "baja"],
                                           ninguno=self.tr("— sin responsable —"))
        if responsable_id is not None:
            self.responsable.elegir(responsable_id)
        self.resultado = QPlainTextEdit()
        self.resultado.setPlaceholderText(self.tr("lo que se logró o se espera lograr (opcional)"))
        self.resultado.setMaximumHeight(90)

        formulario = QFormLayout()
        formulario.setLabelAlignment(_DERECHA)
        formulario.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        formulario.addRow(self.tr("Título:"), self.titulo)
        for rotulo, campo, sin in ((self.tr("Desde:"), self.desde, self.sin_desde),
                                   (self.tr("Hasta:"), self.hasta, self.sin_hasta)):
            fila = QHBoxLayout()
            fila.setContentsMargins(0, 0, 0, 0)
            fila.addWidget(campo)
            fila.addWidget(sin)
            fila.addStretch(1)
            formulario.addRow(rotulo, fila)
        fila = QHBoxLayout()
        fila.addWidget(self.estado)
        fila.addStretch(1)
        formulario.addRow(self.tr("Estado:"), fila)
        formulario.addRow(self.tr("Responsable:"), self.responsable)
        formulario.addRow(self.tr("Resultado:"), self.resultado)

        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        botones = QDialogButtonBox()
        self.boton_agregar = botones.addButton(self.tr("Agregar actividad"), QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_agregar.clicked.connect(self.guardar)
        botones.rejected.connect(self.reject)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(nota(self.tr("Plan de trabajo de «{0}».").format(unidad["nombre"])))
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.mensaje)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)
        self.setMinimumWidth(600)
        self.titulo.setFocus()

    def nueva_actividad(self) -> NuevaActividad:
        return NuevaActividad(
            titulo=self.titulo.text(), desde=None if self.sin_desde.isChecked() else self.desde.date().toPython(),
            hasta=None if self.sin_hasta.isChecked() else self.hasta.date().toPython(), estado=self.estado.currentData(),
            responsable_id=self.responsable.miembro_id(), resultado=self.resultado.toPlainText().strip() or None)

    def guardar(self) -> None:
        if not self.titulo.text().strip():
            motivo = self.tr("Escriba el título de la actividad.")
            marcar_invalido(self.titulo, motivo)
            self._error(motivo)
            self.titulo.setFocus()
            return
        try:
            self.actividad_id = agregar_actividad(self.contexto, self.unidad["id"],
                                                  self.nueva_actividad())
        except ErrorEscritorio as error:
            self._error(error.mensaje)
            return
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "agregar actividad")
            return
        self.accept()

    def _error(self, texto: str) -> None:
        self.mensaje.setText(texto)
        self.mensaje.show()
