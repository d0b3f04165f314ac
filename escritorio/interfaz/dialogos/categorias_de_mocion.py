"""Las categorías de las mociones de un órgano (issue 82, como las de OpenSlides), en un diálogo chico que se abre
desde las reglas de la sala («Categorías de mociones…», Alt+M) y desde «Categoría…» de la pestaña Mociones: la lista
con su prefijo, su nombre y cuántas mociones la llevan, y debajo el nombre y el prefijo para agregar una o cambiarle el
prefijo a la que se eligió («Agregar o cambiar»: el nombre la identifica) y «Quitar» la elegida. Lo mismo que
«escritorio sala categoria-mocion|categorias-mocion»: cada botón guarda en el momento, con
servicios/categorias_de_mocion.py, por la puerta de la ventana; el rechazo (una categoría que lleva alguna moción no
se quita ni cambia de prefijo) queda escrito en rojo en el diálogo."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...dominio.mociones import PREFIJO_MAXIMO
from ...servicios import categorias_de_mocion as servicio
from ...servicios.oficina import Oficina
from ..comun import tr
from ..operaciones import FALLO, consultar_en_la_ventana
from ..piezas import nota
from ..piezas.de_la_oficina import DeLaOficina
from .sesion.piezas import DialogoFormulario


class DialogoCategoriasDeMocion(DeLaOficina, DialogoFormulario):
    """Tras cerrar, `cambiaron` dice si se guardó algo."""

    def __init__(self, oficina: Oficina, organo_id: int, padre: QWidget | None = None):
        super().__init__(tr("Categorías de mociones"), tr("A&gregar o cambiar"), padre, tr(
            "Una moción con categoría se nombra con su prefijo y su número en la sesión: «Moción HAC 3». Una categoría "
            "que lleva alguna moción no se quita ni cambia de prefijo."), ancho=460)
        self.oficina, self.organo_id = oficina, organo_id
        self.cambiaron = False
        for boton in self.botones.buttons():
            if self.botones.buttonRole(boton) == QDialogButtonBox.ButtonRole.RejectRole:
                boton.setText(self.tr("Cerrar"))
        self.tabla = QTreeWidget()
        self.tabla.setRootIsDecorated(False)
        self.tabla.setHeaderLabels([self.tr("Prefijo"), self.tr("Categoría"), self.tr("Mociones")])
        self.tabla.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tabla.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tabla.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tabla.header().setStretchLastSection(False)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabla.setAccessibleName(self.tr("Categorías de mociones"))
        self.tabla.setMinimumHeight(90)
        self.tabla.currentItemChanged.connect(lambda actual, _: self._elegida(actual))
        self.vacia = nota(self.tr("El órgano no definió categorías de mociones: se nombran solo por su número."))
        self.vacia.setWordWrap(True)
        self.boton_quitar = QPushButton(self.tr("&Quitar"))
        self.boton_quitar.setToolTip(self.tr("Quita la categoría elegida (si ninguna moción la lleva)"))
        self.boton_quitar.clicked.connect(self.quitar)
        self.nombre = QLineEdit()
        self.nombre.setPlaceholderText(self.tr("por ejemplo: Hacienda"))
        self.prefijo = QLineEdit()
        self.prefijo.setMaxLength(PREFIJO_MAXIMO)
        self.prefijo.setMaximumWidth(90)
        self.prefijo.setPlaceholderText(self.tr("HAC"))
        self.prefijo.setToolTip(self.tr("De 1 a {0} letras o cifras, sin espacios").format(PREFIJO_MAXIMO))
        columna = QVBoxLayout()
        columna.addWidget(self.tabla, 1)
        columna.addWidget(self.vacia)
        columna.addWidget(self.boton_quitar, 0, Qt.AlignmentFlag.AlignLeft)
        self.disposicion.insertLayout(self.disposicion.indexOf(self.formulario), columna, 1)
        fila = QHBoxLayout()
        fila.addWidget(self.nombre, 1)
        rotulo_prefijo = QLabel(self.tr("&Prefijo:"))
        rotulo_prefijo.setBuddy(self.prefijo)
        fila.addWidget(rotulo_prefijo)
        fila.addWidget(self.prefijo)
        rotulo = QLabel(self.tr("&Nombre:"))
        rotulo.setBuddy(self.nombre)
        self.formulario.addRow(rotulo, fila)
        self._leer()
        self.caber_en_la_pantalla(480, 380)

    def _leer(self, elegir: str | None = None) -> None:
        leidas = consultar_en_la_ventana(self, lambda: servicio.listar(self.contexto, self.organo_id),
                                         que="leer las categorías de mociones")
        if leidas is FALLO:
            return
        self.tabla.clear()
        for c in leidas:
            item = QTreeWidgetItem([c.prefijo, c.nombre, str(c.mociones)])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(0, Qt.ItemDataRole.UserRole, c.nombre)
            self.tabla.addTopLevelItem(item)
            if c.nombre == elegir:
                self.tabla.setCurrentItem(item)
        self.tabla.setVisible(bool(leidas))
        self.vacia.setVisible(not leidas)
        self.boton_quitar.setVisible(bool(leidas))
        self.boton_quitar.setEnabled(self.tabla.currentItem() is not None)

    def _elegida(self, item: QTreeWidgetItem | None) -> None:
        """La elegida llena el nombre y el prefijo (para cambiarle el prefijo)."""
        self.boton_quitar.setEnabled(item is not None)
        if item is not None:
            self.nombre.setText(item.data(0, Qt.ItemDataRole.UserRole))
            self.prefijo.setText(item.text(0))

    def guardar(self) -> None:
        """Agrega la categoría o le cambia el prefijo; el diálogo sigue abierto para la siguiente."""
        nombre, prefijo = self.nombre.text(), self.prefijo.text()
        hecha = []
        if self._intentar(lambda: hecha.append(servicio.definir(self.contexto, self.organo_id, nombre, prefijo)),
                          "guardar una categoría de mociones"):
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
                          "quitar una categoría de mociones"):
            self.cambiaron = True
            self.mensaje.hide()
            self.nombre.clear()
            self.prefijo.clear()
            self._leer()
