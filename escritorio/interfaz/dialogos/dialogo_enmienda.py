"""Presentar una enmienda a una moción (issue 64, §2): el texto de la moción con sus párrafos numerados a la vista,
los cambios (párrafo + operación + texto), quiénes la presentan, su fundamento y el día en que se recibió (hoy, si
no se cambia: como `enmiendas presentar --recibida`). Lo valida el servicio
(servicios.enmiendas.presentar): el diálogo muestra lo que él dice, sin cerrarse."""

from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QPlainTextEdit, QPushButton, QSpinBox, QTextBrowser, QVBoxLayout)

from ...dominio.enmiendas import Cambio
from ...servicios import enmiendas as servicio
from ...servicios.base import hoy
from ...servicios.oficina import Oficina
from ...servicios.sesiones.asistencia import asistencia
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..piezas import CajaAvisos
from ..piezas.dialogo import DialogoBase


class DialogoEnmienda(DialogoBase):
    """Tras aceptar, `enmienda` es la registrada (la que devuelve el servicio)."""

    def __init__(self, oficina: Oficina, listado: servicio.EnmiendasDeLaMocion, padre=None):
        super().__init__(padre, self.tr("Presentar una enmienda a la moción {0}").format(listado.numero))
        self.oficina, self.listado = oficina, listado
        self.cambios: list[Cambio] = []
        self.enmienda: servicio.EnmiendaListada | None = None

        texto = QTextBrowser()
        texto.setHtml("".join(f"<p><b>¶{n}</b> {escape(p)}</p>" for n, p in enumerate(listado.parrafos, start=1)))
        self.operacion = QComboBox()
        for clave, rotulo in (("reemplazar", self.tr("Reemplazar el párrafo")),
                              ("insertar", self.tr("Insertar después del párrafo (0: al principio)")),
                              ("suprimir", self.tr("Suprimir el párrafo"))):
            self.operacion.addItem(rotulo, clave)
        self.operacion.currentIndexChanged.connect(lambda _: self._operacion_elegida())
        self.parrafo = QSpinBox()
        self.parrafo.setRange(0, max(1, len(listado.parrafos)))
        self.parrafo.setValue(1)
        self.parrafo.valueChanged.connect(lambda _: self._operacion_elegida())
        self.texto = QPlainTextEdit()
        self.texto.setTabChangesFocus(True)
        self.texto.setMaximumHeight(80)
        self.texto.setPlaceholderText(self.tr("El texto que se propone para ese párrafo"))
        self.boton_agregar = QPushButton(self.tr("&Agregar el cambio"))
        self.boton_agregar.clicked.connect(self.agregar_cambio)
        self.lista_cambios = QListWidget()
        self.lista_cambios.setMaximumHeight(90)
        self.autores = QListWidget()
        self.autores.setMaximumHeight(120)
        estado = consultar_en_la_ventana(self, lambda: asistencia(oficina.contexto, listado.sesion_id),
                                         que="integrantes de la sesión")
        for h in ([] if estado is FALLO else estado.habilitados):
            item = QListWidgetItem(h.miembro)
            item.setData(Qt.ItemDataRole.UserRole, h.miembro_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.autores.addItem(item)
        self.fundamento = QPlainTextEdit()
        self.fundamento.setTabChangesFocus(True)
        self.fundamento.setMaximumHeight(70)
        self.recibida = QDateEdit(QDate(hoy()))
        self.recibida.setCalendarPopup(True)
        self.recibida.setDisplayFormat("dd/MM/yyyy")
        self.problemas = CajaAvisos()

        forma = QFormLayout()
        fila = QHBoxLayout()
        fila.addWidget(self.operacion, 1)
        fila.addWidget(self.parrafo)
        rotulo_cambio = QLabel(self.tr("&Cambio:"))
        rotulo_cambio.setBuddy(self.operacion)
        forma.addRow(rotulo_cambio, fila)
        forma.addRow(self.tr("&Texto:"), self.texto)
        forma.addRow("", self.boton_agregar)
        forma.addRow(self.tr("Cambios:"), self.lista_cambios)
        forma.addRow(self.tr("&Presentan:"), self.autores)
        forma.addRow(self.tr("&Fundamento:"), self.fundamento)
        rotulo_recibida = QLabel(self.tr("&Recibida el:"))
        rotulo_recibida.setBuddy(self.recibida)
        forma.addRow(rotulo_recibida, self.recibida)
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        botones.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Presentar"))
        botones.accepted.connect(self.guardar)
        botones.rejected.connect(self.reject)
        caja = QVBoxLayout(self)
        caja.addWidget(QLabel(self.tr("El texto de la moción (los cambios citan estos párrafos):")))
        caja.addWidget(texto, 1)
        caja.addLayout(forma)
        caja.addWidget(self.problemas)
        caja.addWidget(botones)
        self.caber_en_la_pantalla(720, 640)

    def _operacion_elegida(self) -> None:
        suprimir = self.operacion.currentData() == "suprimir"
        self.texto.setEnabled(not suprimir)
        self.parrafo.setMinimum(0 if self.operacion.currentData() == "insertar" else 1)

    def _cambio(self) -> Cambio:
        operacion = self.operacion.currentData()
        return Cambio(operacion, self.parrafo.value(),
                      None if operacion == "suprimir" else self.texto.toPlainText().strip())

    def agregar_cambio(self) -> None:
        """Suma el cambio de los campos a la lista (la enmienda puede cambiar varios párrafos)."""
        cambio = self._cambio()
        self.cambios.append(cambio)
        rotulo = {"reemplazar": self.tr("Reemplaza"), "insertar": self.tr("Inserta después de"),
                  "suprimir": self.tr("Suprime")}[cambio.operacion]
        self.lista_cambios.addItem(f"{rotulo} ¶{cambio.parrafo}" + (f": {cambio.texto}" if cambio.texto else ""))
        self.texto.clear()

    def guardar(self) -> None:
        # Lo que quedó escrito en los campos sin «Agregar» también es un cambio.
        cambios, pendiente = list(self.cambios), self._cambio()
        if (pendiente.texto or pendiente.operacion == "suprimir") and pendiente not in cambios:
            cambios.append(pendiente)
        autores = [self.autores.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.autores.count())
                   if self.autores.item(n).checkState() == Qt.CheckState.Checked]
        fundamento = self.fundamento.toPlainText().strip() or None
        contexto, mocion_id = self.oficina.contexto, self.listado.mocion_id
        recibida = self.recibida.date().toPython()
        hecho = hacer_en_la_ventana(self, self.oficina,
                                    lambda: servicio.presentar(contexto, mocion_id, cambios, autores, fundamento,
                                                               recibida),
                                    que="presentar una enmienda",
                                    al_rechazar=lambda error: self.problemas.mostrar(
                                        getattr(error, "problemas", None) or [error.mensaje],
                                        self.tr("No se registró la enmienda:"), clase="error"))
        if hecho is None:
            return
        self.enmienda = hecho.resultado
        self.accept()
