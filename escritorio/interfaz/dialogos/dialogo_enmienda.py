"""Presentar una enmienda a una moción (issue 64, §2) o a una de sus enmiendas pendientes (issue 82: «Enmienda a:»;
con los cambios con texto de esa enmienda a la vista, el primero ya elegido y su texto para corregirlo): el texto de
la moción con sus párrafos numerados a la vista, los cambios (párrafo + operación + texto), quiénes la presentan, su fundamento y el día en que se recibió (hoy, si
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
from ..comun import formato_de_fecha
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..piezas import CajaAvisos
from ..piezas.dialogo import DialogoBase


class DialogoEnmienda(DialogoBase):
    """Tras aceptar, `enmienda` es la registrada (la que devuelve el servicio)."""

    def __init__(self, oficina: Oficina, listado: servicio.EnmiendasDeLaMocion, padre=None,
                 enmendada: servicio.EnmiendaListada | None = None):
        super().__init__(padre, self.tr("Presentar una enmienda a la moción {0}").format(listado.numero))
        self.oficina, self.listado, self.enmendada = oficina, listado, None
        self.cambios: list[Cambio] = []
        self.enmienda: servicio.EnmiendaListada | None = None

        # Qué se enmienda: la moción o una de sus enmiendas pendientes (issue 82; un solo nivel, como OpenSlides).
        self.a_que = QComboBox()
        self.a_que.addItem(self.tr("La moción {0}").format(listado.numero), None)
        for e in listado.enmiendas:
            if e.enmienda_de is None and e.estado in servicio.PENDIENTES:
                self.a_que.addItem(self.tr("La enmienda {0} (otro texto para uno de sus cambios)").format(e.numero), e)
        self.texto_enmendado = QTextBrowser()
        self.rotulo_texto = QLabel()
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
        self.recibida.setDisplayFormat(formato_de_fecha())
        self.problemas = CajaAvisos()

        forma = QFormLayout()
        rotulo_a_que = QLabel(self.tr("&Enmienda a:"))
        rotulo_a_que.setBuddy(self.a_que)
        arriba = QFormLayout()
        arriba.addRow(rotulo_a_que, self.a_que)
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
        caja.addLayout(arriba)
        caja.addWidget(self.rotulo_texto)
        caja.addWidget(self.texto_enmendado, 1)
        caja.addLayout(forma)
        caja.addWidget(self.problemas)
        caja.addWidget(botones)
        self.caber_en_la_pantalla(720, 640)
        self.a_que.currentIndexChanged.connect(lambda _: self._a_que_elegido())
        self.a_que.setVisible(self.a_que.count() > 1)
        rotulo_a_que.setVisible(self.a_que.count() > 1)
        if enmendada is not None:
            self.a_que.setCurrentIndex(max(0, self.a_que.findText(
                self.tr("La enmienda {0} (otro texto para uno de sus cambios)").format(enmendada.numero))))
        self._a_que_elegido()

    def _a_que_elegido(self) -> None:
        """La moción o la enmienda elegida en «Enmienda a:»: su texto a la vista; lo agregado para la otra se borra."""
        self.enmendada = self.a_que.currentData()
        self.cambios.clear()
        self.lista_cambios.clear()
        self.texto_enmendado.setHtml(self._texto_que_se_enmienda())
        self.rotulo_texto.setText(self.tr(
            "Los cambios de la enmienda {0} que se enmiendan (el mismo párrafo y la misma operación):").format(
                self.enmendada.numero) if self.enmendada else
            self.tr("El texto de la moción (los cambios citan estos párrafos):"))
        if self.enmendada is not None:
            self._empezar_por_su_primer_cambio()
        else:
            self.texto.clear()

    def _texto_que_se_enmienda(self) -> str:
        """Los párrafos numerados de la moción, o los cambios con texto de la enmienda que se enmienda."""
        if self.enmendada is None:
            return "".join(f"<p><b>¶{n}</b> {escape(p)}</p>" for n, p in enumerate(self.listado.parrafos, start=1))
        return "".join(f"<p><b>¶{c.parrafo} ({escape(self._nombre_de(c.operacion))})</b> {escape(c.texto)}</p>"
                       for c in self.enmendada.cambios if c.texto)

    def _nombre_de(self, operacion: str) -> str:
        return {"reemplazar": self.tr("Reemplaza"), "insertar": self.tr("Inserta después de"),
                "suprimir": self.tr("Suprime")}[operacion]

    def _empezar_por_su_primer_cambio(self) -> None:
        """El primer cambio con texto de la enmendada, ya elegido y con su texto para corregirlo."""
        primero = next((c for c in self.enmendada.cambios if c.texto), None)
        if primero is None:
            return
        self.operacion.setCurrentIndex(self.operacion.findData(primero.operacion))
        self.parrafo.setValue(primero.parrafo)
        self.texto.setPlainText(primero.texto)

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
        self.lista_cambios.addItem(f"{self._nombre_de(cambio.operacion)} ¶{cambio.parrafo}" + (f": {cambio.texto}" if cambio.texto else ""))
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
        enmienda_de = self.enmendada.id if self.enmendada else None
        hecho = hacer_en_la_ventana(self, self.oficina,
                                    lambda: servicio.presentar(contexto, mocion_id, cambios, autores, fundamento,
                                                               recibida, enmienda_de),
                                    que="presentar una enmienda",
                                    al_rechazar=lambda error: self.problemas.mostrar(
                                        getattr(error, "problemas", None) or [error.mensaje],
                                        self.tr("No se registró la enmienda:"), clase="error"))
        if hecho is None:
            return
        self.enmienda = hecho.resultado
        self.accept()
