"""Registrar la solicitud de ingreso de una ciudad: queda «solicitante» hasta que la resolución de un punto de admisión
aprobado la admita (en el editor de la sesión, al adoptar la resolución). La misma puerta que
«escritorio miembros solicitud»: el servicio servicios.ficha.registrar_solicitud revisa todo."""

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ...dominio import paises
from ...servicios.asociaciones import paises_de
from ...servicios.base import hoy
from ...servicios.ficha import registrar_solicitud
from ..comun import marcar_invalido, tr
from ..piezas import en_linea
from .baja import editor_de_fecha
from .sesion.piezas import DialogoFormulario
from ..orden_alfabetico import clave_en_la_ventana
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina


class DialogoSolicitud(DeLaOficina, DialogoFormulario):
    """Tras cerrar, `miembro_id` es la solicitante registrada (o None)."""

    def __init__(self, oficina: Oficina, padre: QWidget | None = None):
        super().__init__(tr("Solicitud de ingreso"), tr("Registrar la solicitud"), padre, tr(
            "La ciudad queda como solicitante: no integra ningún órgano ni figura en el padrón vigente ni en la emisión "
            "de cuotas. La admite la resolución de un punto de admisión aprobado, desde la fecha que esa resolución "
            "diga (en el editor de la sesión, «Adoptar resolución…»)."), ancho=560)
        self.oficina = oficina
        self.miembro_id: int | None = None
        self.nombre = QLineEdit()
        self.nombre.setPlaceholderText(self.tr("nombre de la ciudad"))
        self.nombre.textChanged.connect(lambda _: (marcar_invalido(self.nombre, None), self.mensaje.hide()))
        self.pais = QComboBox()
        self.pais.setPlaceholderText(self.tr("Elija un país…"))
        self.pais.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pais.setMinimumContentsLength(18)
        self._llenar_paises()
        self.poblacion = QLineEdit()
        self.poblacion.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.poblacion.setPlaceholderText(self.tr("(optativa)"))
        self.poblacion.setMaximumWidth(150)
        self.anio = QLineEdit()
        self.anio.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}")))
        self.anio.setPlaceholderText(self.tr("aaaa"))
        self.anio.setMaximumWidth(70)
        self.fecha = editor_de_fecha(hoy())
        self.formulario.addRow(self.tr("Nombre:"), self.nombre)
        self.formulario.addRow(self.tr("País:"), en_linea(self.pais))
        self.formulario.addRow(self.tr("Población:"), en_linea(self.poblacion, QLabel(self.tr("habitantes en")), self.anio))
        self.formulario.addRow(self.tr("Fecha de la solicitud:"), en_linea(self.fecha))
        self.nombre.setFocus()

    def _llenar_paises(self) -> None:
        """Primero los países de la asociación; después, separados, todos los demás (como la ficha del miembro)."""
        todos = paises.todos_los_paises("es")
        propios = sorted(paises_de(self.contexto),
                         key=lambda c: clave_en_la_ventana(paises.nombre_pais(c)))
        for codigo in propios:
            self.pais.addItem(paises.nombre_pais(codigo), codigo)
        if propios:
            self.pais.insertSeparator(self.pais.count())
        for codigo in sorted(set(todos) - set(propios), key=lambda c: clave_en_la_ventana(todos[c])):
            self.pais.addItem(todos[codigo], codigo)
        self.pais.setCurrentIndex(0 if len(propios) == 1 else -1)

    def guardar(self) -> None:
        resultado = {}

        def registrar() -> None:
            poblacion = self.poblacion.text().strip() or None
            resultado.update(registrar_solicitud(
                self.contexto, self.nombre.text(), self.pais.currentData() or "",
                poblacion=poblacion, anio_poblacion=self.anio.text().strip() or None,
                fecha=self.fecha.date().toPython()))

        if self._intentar(registrar, "registrar solicitud"):
            self.miembro_id = resultado["id"]
            self.accept()
