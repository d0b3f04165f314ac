"""Las líneas y las recomendaciones de cambio de una moción (issue 82, como OpenSlides), desde la pestaña Mociones
(«Líneas…», Alt+L): el texto presentado con sus números de línea (dominio/lineas.py), las recomendaciones con su
estado y, para la elegida, «Aceptar» o «Rechazar»; al elegir líneas en el texto, el tramo desde–hasta se llena solo
y «Recomendar cambio» registra una nueva. Escribe con servicios/recomendaciones_de_cambio.py, como «mociones
recomendar-cambio | aceptar-cambio | rechazar-cambio»; lo que el servicio rechaza queda escrito en el diálogo."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...dominio.lineas import ANCHO_DE_LINEA
from ...servicios.oficina import Oficina
from ..comun import tr
from ..operaciones import FALLO, consultar_en_la_ventana
from ..piezas.de_la_oficina import DeLaOficina
from .sesion.piezas import DialogoFormulario


class DialogoRecomendacionesDeCambio(DeLaOficina, DialogoFormulario):
    """Las recomendaciones de cambio por línea de la moción `mocion_id`. `organos`: (id, nombre) de los que pueden
    recomendar además de la secretaría; `editable`: antes de votarla y con el acta sin aprobar. Tras cerrar,
    `hecho` dice si se escribió algo."""

    def __init__(self, oficina: Oficina, mocion_id: int, organos: list[tuple[int, str]], editable: bool = True,
                 padre: QWidget | None = None):
        super().__init__(tr("Líneas y recomendaciones de cambio"), tr("&Recomendar cambio"), padre,
                         tr("El texto presentado con sus números de línea ({0} caracteres por línea). Elija líneas "
                            "en el texto para recomendar un cambio (texto vacío: suprimirlas); cada recomendación se "
                            "acepta o se rechaza una por una, antes de votar la moción.").format(ANCHO_DE_LINEA),
                         ancho=760)
        self.oficina, self.mocion_id, self.editable = oficina, mocion_id, editable
        self.hecho = False
        for boton in self.botones.buttons():
            if self.botones.buttonRole(boton) == QDialogButtonBox.ButtonRole.RejectRole:
                boton.setText(self.tr("Cerrar"))
        self.texto = QPlainTextEdit()
        self.texto.setReadOnly(True)
        self.texto.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.texto.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.texto.setMinimumHeight(200)
        self.texto.selectionChanged.connect(self._lineas_elegidas)
        self.texto.cursorPositionChanged.connect(self._lineas_elegidas)
        self._linea_del_renglon: list[int | None] = []
        self.desde, self.hasta = QSpinBox(), QSpinBox()
        for caja in (self.desde, self.hasta):
            caja.setMinimum(1)
        tramo = QHBoxLayout()
        tramo.addWidget(self.desde)
        tramo.addWidget(self.hasta)
        tramo.addStretch(1)
        self.nuevo = QPlainTextEdit()
        self.nuevo.setTabChangesFocus(True)
        self.nuevo.setMaximumHeight(80)
        self.motivo = QLineEdit()
        self.quien = QComboBox()
        self.quien.addItem(self.tr("La secretaría"), None)
        for clave, nombre in organos:
            self.quien.addItem(nombre, clave)
        self.lista = QListWidget()
        self.lista.setWordWrap(True)
        self.lista.setMinimumHeight(90)
        self.lista.itemSelectionChanged.connect(self._actualizar_botones)
        self.aceptar = QPushButton(self.tr("Ace&ptar"))
        self.aceptar.setToolTip(self.tr("Acepta la recomendación elegida: entra en el texto que se vota (Alt+P)"))
        self.aceptar.clicked.connect(lambda: self._decidir("aceptar"))
        self.rechazar = QPushButton(self.tr("Rec&hazar"))
        self.rechazar.setToolTip(self.tr("Rechaza la recomendación elegida: el texto queda como estaba (Alt+H)"))
        self.rechazar.clicked.connect(lambda: self._decidir("rechazar"))
        decisiones = QHBoxLayout()
        decisiones.addWidget(self.aceptar)
        decisiones.addWidget(self.rechazar)
        decisiones.addStretch(1)
        columna = QVBoxLayout()
        columna.addWidget(self.lista)
        columna.addLayout(decisiones)
        self.formulario.addRow(self.tr("Texto:"), self.texto)
        self.formulario.addRow(self.tr("Recomendaciones:"), columna)
        self.formulario.addRow(self.tr("Líneas (desde, hasta):"), tramo)
        self.formulario.addRow(self.tr("Texto recomendado:"), self.nuevo)
        self.formulario.addRow(self.tr("Motivo:"), self.motivo)
        self.formulario.addRow(self.tr("Recomienda:"), self.quien)
        self.leido = None
        self._leer()
        self.caber_en_la_pantalla(800, 680)

    def _leer(self) -> None:
        from ...servicios.recomendaciones_de_cambio import listar

        leido = consultar_en_la_ventana(self, lambda: listar(self.contexto, self.mocion_id),
                                        que="recomendaciones de cambio", al_rechazar=lambda e: self._error(str(e)))
        if leido is FALLO:
            return
        self.leido = leido
        self.setWindowTitle(self.tr("Líneas y recomendaciones de cambio · {0}").format(leido.rotulo))
        renglones, self._linea_del_renglon = [], []
        for i, x in enumerate(leido.lineas):
            if i and x.parrafo != leido.lineas[i - 1].parrafo:
                renglones.append("")
                self._linea_del_renglon.append(None)
            renglones.append(f"{x.numero:>4}  {x.texto}")
            self._linea_del_renglon.append(x.numero)
        self.texto.setPlainText("\n".join(renglones))
        total = max(1, len(leido.lineas))
        for caja in (self.desde, self.hasta):
            caja.setMaximum(total)
        self.lista.clear()
        for r in leido.recomendaciones:
            frase = r.frase() if r.vigente else self.tr("{0} (cita vieja: el texto citado ya no es el de la "
                                                        "moción)").format(r.frase())
            item = QListWidgetItem(frase)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, r.estado)
            self.lista.addItem(item)
        if not leido.recomendaciones:
            self.lista.addItem(QListWidgetItem(self.tr("Sin recomendaciones de cambio.")))
        self._actualizar_botones()

    def _actualizar_botones(self) -> None:
        elegidas = self.lista.selectedItems()
        pendiente = bool(elegidas) and elegidas[0].data(Qt.ItemDataRole.UserRole + 1) == "pendiente"
        self.aceptar.setEnabled(self.editable and pendiente)
        self.rechazar.setEnabled(self.editable and pendiente)
        self.boton_aceptar.setEnabled(self.editable)

    def _lineas_elegidas(self) -> None:
        """El tramo de líneas de lo elegido en el texto (o de la línea del cursor)."""
        cursor = self.texto.textCursor()
        documento = self.texto.document()
        primero = documento.findBlock(cursor.selectionStart()).blockNumber()
        ultimo = documento.findBlock(cursor.selectionEnd()).blockNumber()
        numeros = [n for n in self._linea_del_renglon[primero:ultimo + 1] if n is not None]
        if numeros:
            self.desde.setValue(numeros[0])
            self.hasta.setValue(numeros[-1])

    def guardar(self) -> None:
        from ...servicios.recomendaciones_de_cambio import recomendar

        if self._intentar(lambda: recomendar(self.contexto, self.mocion_id, self.desde.value(), self.hasta.value(),
                                             self.nuevo.toPlainText(), self.motivo.text(), self.quien.currentData()),
                          "recomendar un cambio"):
            self.hecho = True
            self.nuevo.clear()
            self.motivo.clear()
            self.mensaje.hide()
            self._leer()

    def _decidir(self, decision: str) -> None:
        from ...servicios import recomendaciones_de_cambio as servicio

        elegidas = self.lista.selectedItems()
        if not elegidas:
            return
        recomendacion_id = elegidas[0].data(Qt.ItemDataRole.UserRole)
        if self._intentar(lambda: getattr(servicio, decision)(self.contexto, recomendacion_id),
                          "decidir una recomendación de cambio"):
            self.hecho = True
            self.mensaje.hide()
            self._leer()
