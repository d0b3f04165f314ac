"""Agregar una actividad al plan de trabajo de una unidad temática, o corregir una: título, fechas, estado (solo al
agregarla: después cambia con su orden, desde el área), ciudad responsable y resultado."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from ...dominio.unidades import ESTADOS_ACTIVIDAD
from ...errores import ErrorConflicto, ErrorEscritorio, ErrorValidacion
from ...servicios.base import hoy
from ...servicios.oficina import Oficina
from ...servicios.plan_de_trabajo import editar_actividad
from ...servicios.unidades import NuevaActividad, agregar_actividad
from ..operaciones import hacer_en_la_ventana
from ..comun import marcar_invalido, tr
from ..piezas import ESTILO_ERROR, DialogoBase, SelectorMiembro, nota
from ..piezas.de_la_oficina import DeLaOficina
from .baja import editor_de_fecha
from .conflicto import RECARGAR, SOBRESCRIBIR, preguntar_conflicto

_DERECHA = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DialogoActividad(DeLaOficina, DialogoBase):
    """Sin `actividad`, agrega una; con ella (la fila del plan), la corrige. Tras cerrar, `actividad_id` es la
    actividad agregada o corregida (o None)."""

    def __init__(self, oficina: Oficina, unidad: dict, miembros: list[dict], responsable_id: int | None = None,
                 padre: QWidget | None = None, actividad: dict | None = None):
        super().__init__(padre)
        self.oficina, self.unidad, self.actividad = oficina, unidad, actividad
        self.actividad_id: int | None = None
        self.setWindowTitle(self.tr("Corregir la actividad — {0}").format(unidad["nombre"]) if actividad else
                            self.tr("Nueva actividad — {0}").format(unidad["nombre"]))

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
        vivos = [m for m in miembros if m.get("estado") != "baja" or
                 (actividad is not None and m["id"] == actividad.get("responsable_id"))]
        self.responsable = SelectorMiembro(vivos, ninguno=self.tr("— sin responsable —"))
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
        self.boton_agregar = botones.addButton(self.tr("Guardar") if actividad else self.tr("Agregar actividad"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_agregar.clicked.connect(self.guardar)
        botones.rejected.connect(self.reject)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(nota(self.tr("Plan de trabajo de «{0}».").format(unidad["nombre"])))
        disposicion.addLayout(formulario)
        if actividad is not None:
            # El estado avanza con su orden (Empezar, Marcar realizada…), desde el área: aquí solo se muestra.
            self.estado.setEnabled(False)
            disposicion.addWidget(nota(self.tr("El estado cambia con el botón «Estado» del plan de trabajo.")))
            self._llenar(actividad)
        disposicion.addWidget(self.mensaje)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)
        self.setMinimumWidth(600)
        self.titulo.setFocus()

    def _llenar(self, actividad: dict) -> None:
        self.titulo.setText(actividad.get("titulo") or "")
        for campo, sin, valor in ((self.desde, self.sin_desde, actividad.get("desde")),
                                  (self.hasta, self.sin_hasta, actividad.get("hasta"))):
            sin.setChecked(not valor)
            if valor:
                campo.setDate(QDate.fromString(valor, "yyyy-MM-dd"))
        self.estado.setCurrentIndex(self.estado.findData(actividad.get("estado")))
        self.responsable.elegir(actividad.get("responsable_id"))
        self.resultado.setPlainText(actividad.get("resultado") or "")

    def _fecha(self, campo, sin: QCheckBox) -> date | None:
        return None if sin.isChecked() else campo.date().toPython()

    def nueva_actividad(self) -> NuevaActividad:
        return NuevaActividad(
            titulo=self.titulo.text(), desde=self._fecha(self.desde, self.sin_desde),
            hasta=self._fecha(self.hasta, self.sin_hasta), estado=self.estado.currentData(),
            responsable_id=self.responsable.miembro_id(), resultado=self.resultado.toPlainText().strip() or None)

    def guardar(self, _marcado: bool = False, leida: dict | None = None) -> None:
        for widget in (self.titulo, self.desde, self.hasta, self.responsable, self.resultado):
            marcar_invalido(widget, None)

        def guardar():
            if self.actividad is None:
                return agregar_actividad(self.contexto, self.unidad["id"], self.nueva_actividad())
            editar_actividad(self.contexto, self.actividad["id"], self.nueva_actividad(),
                             leida=leida or self.actividad)
            return self.actividad["id"]

        hecho = hacer_en_la_ventana(self, self.oficina, guardar, que="guardar una actividad",
                                    al_rechazar=self._rechazada)
        if hecho is not None:
            self.actividad_id = hecho.resultado
            self.accept()

    def _rechazada(self, error: ErrorEscritorio) -> None:
        if isinstance(error, ErrorConflicto):
            respuesta = preguntar_conflicto(self, error, self.tr("la actividad"))
            if respuesta == SOBRESCRIBIR:
                self.guardar(leida=error.actual)   # si entretanto cambió otra vez, se vuelve a preguntar
            elif respuesta == RECARGAR:
                self.actividad = dict(error.actual)
                self._llenar(self.actividad)
                self._error(self.tr("Se recargó la actividad con los datos actuales; sus cambios no se guardaron."))
            else:
                self._error(self.tr("No se guardó nada: sus cambios siguen en pantalla y lo que guardó el otro "
                                    "programa sigue en la base."))
        elif isinstance(error, ErrorValidacion):
            campos = error.campos
            for campo, widget in (("titulo", self.titulo), ("desde", self.desde), ("hasta", self.hasta),
                                  ("responsable", self.responsable), ("resultado", self.resultado)):
                marcar_invalido(widget, campos.get(campo))
            self._error("\n".join(dict.fromkeys(campos.values())) or error.mensaje)
            if "titulo" in campos:
                self.titulo.setFocus()
        else:
            self._error(error.mensaje)

    def _error(self, texto: str) -> None:
        self.mensaje.setText(texto)
        self.mensaje.show()
