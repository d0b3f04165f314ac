"""Las categorías de las cuestiones de orden de un órgano (issue 82, como OpenSlides 4), en un diálogo chico que se
abre desde las reglas de la sala: la lista con su nombre y su rango (1 pasa primero), y debajo el nombre y el rango
para agregar una o cambiarle el rango a la que se eligió («Agregar o cambiar»: el nombre la identifica) y «Quitar»
la elegida. Lo mismo que «escritorio sala categoria|categorias»: cada botón guarda en el momento, con
servicios/categorias_de_cuestion.py, por la puerta de la ventana; el rechazo (una categoría que ya usó una cuestión
de orden no se quita) queda escrito en rojo en el diálogo."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSpinBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...servicios import categorias_de_cuestion as servicio
from ...servicios.oficina import Oficina
from ..comun import tr
from ..operaciones import FALLO, consultar_en_la_ventana
from ..piezas import nota
from ..piezas.de_la_oficina import DeLaOficina
from .sesion.piezas import DialogoFormulario


class DialogoCategoriasDeCuestion(DeLaOficina, DialogoFormulario):
    """Tras cerrar, `cambiaron` dice si se guardó algo."""

    def __init__(self, oficina: Oficina, organo_id: int, padre: QWidget | None = None):
        super().__init__(tr("Categorías de cuestión de orden"), tr("A&gregar o cambiar"), padre, tr(
            "Una cuestión de orden con categoría toma en la cola el lugar de su rango: 1 pasa primero. Sin "
            "categorías, todas por orden de pedido."), ancho=440)
        self.oficina, self.organo_id = oficina, organo_id
        self.cambiaron = False
        for boton in self.botones.buttons():
            if self.botones.buttonRole(boton) == QDialogButtonBox.ButtonRole.RejectRole:
                boton.setText(self.tr("Cerrar"))
        self.tabla = QTreeWidget()
        self.tabla.setRootIsDecorated(False)
        self.tabla.setHeaderLabels([self.tr("Categoría"), self.tr("Rango")])
        self.tabla.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabla.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tabla.header().setStretchLastSection(False)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabla.setAccessibleName(self.tr("Categorías de cuestión de orden"))
        self.tabla.setMinimumHeight(90)
        self.tabla.currentItemChanged.connect(lambda actual, _: self._elegida(actual))
        self.vacia = nota(self.tr("El órgano no definió categorías: las cuestiones de orden van por orden de pedido."))
        self.vacia.setWordWrap(True)
        self.boton_quitar = QPushButton(self.tr("&Quitar"))
        self.boton_quitar.setToolTip(self.tr("Quita la categoría elegida (si ninguna cuestión de orden la llevó)"))
        self.boton_quitar.clicked.connect(self.quitar)
        self.nombre = QLineEdit()
        self.nombre.setPlaceholderText(self.tr("por ejemplo: Moción de orden"))
        self.rango = QSpinBox()
        self.rango.setRange(1, servicio.RANGO_MAXIMO)
        self.rango.setToolTip(self.tr("1 pasa primero"))
        columna = QVBoxLayout()
        columna.addWidget(self.tabla, 1)
        columna.addWidget(self.vacia)
        columna.addWidget(self.boton_quitar, 0, Qt.AlignmentFlag.AlignLeft)
        self.disposicion.insertLayout(self.disposicion.indexOf(self.formulario), columna, 1)
        fila = QHBoxLayout()
        fila.addWidget(self.nombre, 1)
        rotulo_rango = QLabel(self.tr("&Rango:"))
        rotulo_rango.setBuddy(self.rango)
        fila.addWidget(rotulo_rango)
        fila.addWidget(self.rango)
        rotulo = QLabel(self.tr("&Nombre:"))
        rotulo.setBuddy(self.nombre)
        self.formulario.addRow(rotulo, fila)
        self._leer()
        self.caber_en_la_pantalla(460, 380)

    def _leer(self, elegir: str | None = None) -> None:
        leidas = consultar_en_la_ventana(self, lambda: servicio.listar(self.contexto, self.organo_id),
                                         que="leer las categorías de cuestión de orden")
        if leidas is FALLO:
            return
        self.tabla.clear()
        for c in leidas:
            item = QTreeWidgetItem([c.nombre, str(c.rango)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, c.nombre)
            self.tabla.addTopLevelItem(item)
            if c.nombre == elegir:
                self.tabla.setCurrentItem(item)
        self.tabla.setVisible(bool(leidas))
        self.vacia.setVisible(not leidas)
        self.boton_quitar.setVisible(bool(leidas))
        self.boton_quitar.setEnabled(self.tabla.currentItem() is not None)

    def _elegida(self, item: QTreeWidgetItem | None) -> None:
        """La elegida llena el nombre y el rango (para cambiarle el rango)."""
        self.boton_quitar.setEnabled(item is not None)
        if item is not None:
            self.nombre.setText(item.data(0, Qt.ItemDataRole.UserRole))
            self.rango.setValue(int(item.text(1)))

    def guardar(self) -> None:
        """Agrega la categoría o le cambia el rango; el diálogo sigue abierto para la siguiente."""
        nombre, rango = self.nombre.text(), self.rango.value()
        hecha = []
        if self._intentar(lambda: hecha.append(servicio.definir(self.contexto, self.organo_id, nombre, rango)),
                          "guardar una categoría de cuestión de orden"):
            self.cambiaron = True
            self.mensaje.hide()
            self._leer(elegir=hecha[0].nombre)
            self.nombre.setFocus()
            self.nombre.selectAll()

    def quitar(self) -> None:
        item = self.tabla.currentItem()
        if item is None:
            return
        nombre = item.data(0, Qt.ItemDataRole.UserRole)
        if self._intentar(lambda: servicio.quitar(self.contexto, self.organo_id, nombre),
                          "quitar una categoría de cuestión de orden"):
            self.cambiaron = True
            self.mensaje.hide()
            self.nombre.clear()
            self._leer()
