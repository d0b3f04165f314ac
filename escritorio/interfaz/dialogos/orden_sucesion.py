"""Órganos › Rotación › «Orden de sucesión…»: el orden en que las ciudades ejercen la Secretaría Ejecutiva, como
«escritorio organos sucesion --miembros ID,ID,…». Se arma la lista (agregar, subir, bajar, quitar) y la guarda la
misma función del servicio (`servicios.rotacion.fijar_orden_de_sucesion`), que decide si sirve."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton,
                               QVBoxLayout)

from ...servicios.oficina import Oficina
from ...servicios.rotacion import fijar_orden_de_sucesion, orden_de_sucesion
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..piezas import DialogoBase, nota


class DialogoOrdenSucesion(DialogoBase):
    """`hecho` queda en True si se guardó el orden."""

    def __init__(self, oficina: Oficina, miembros: list[dict], padre=None):
        super().__init__(padre, self.tr("Orden de sucesión"))
        self.oficina, self.hecho = oficina, False
        self.lista = QListWidget()
        self.lista.setObjectName("orden_de_sucesion")
        self.lista.currentRowChanged.connect(lambda _fila: self._habilitar())
        self.candidata = QComboBox()
        self.candidata.setObjectName("ciudad_para_agregar")
        for miembro in miembros:
            self.candidata.addItem(miembro["nombre"], miembro["id"])
        self.boton_agregar = QPushButton(self.tr("Agregar al final"))
        self.boton_agregar.clicked.connect(self.agregar)
        self.boton_subir = QPushButton(self.tr("Subir"))
        self.boton_subir.clicked.connect(lambda: self.mover(-1))
        self.boton_bajar = QPushButton(self.tr("Bajar"))
        self.boton_bajar.clicked.connect(lambda: self.mover(1))
        self.boton_quitar = QPushButton(self.tr("Quitar"))
        self.boton_quitar.clicked.connect(self.quitar)
        agregar = QHBoxLayout()
        agregar.addWidget(self.candidata, 1)
        agregar.addWidget(self.boton_agregar)
        mover = QVBoxLayout()
        for boton in (self.boton_subir, self.boton_bajar, self.boton_quitar):
            mover.addWidget(boton)
        mover.addStretch(1)
        centro = QHBoxLayout()
        centro.addWidget(self.lista, 1)
        centro.addLayout(mover)
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.boton_guardar = botones.button(QDialogButtonBox.StandardButton.Save)
        self.boton_guardar.setText(self.tr("Guardar el orden"))
        botones.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        botones.accepted.connect(self.guardar)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(nota(self.tr(
            "El orden en que las ciudades ejercen la Secretaría Ejecutiva: el traspaso propone la siguiente y la "
            "troika sale de aquí. Las que ya la ejercieron quedan marcadas.")))
        disposicion.addLayout(centro, 1)
        disposicion.addLayout(agregar)
        disposicion.addWidget(botones)
        self.caber_en_la_pantalla(560, 460)
        self.cargar()

    def cargar(self) -> None:
        orden = consultar_en_la_ventana(self, lambda: orden_de_sucesion(self.oficina.contexto),
                                        que="leer el orden de sucesión")
        self.lista.clear()
        for turno in ([] if orden is FALLO else orden):
            self._agregar_item(turno["miembro_id"], turno["miembro"], ya_la_ejercio=not turno["previsto"])
        self._habilitar()

    def _agregar_item(self, miembro_id: int, nombre: str, *, ya_la_ejercio: bool = False) -> None:
        item = QListWidgetItem(self.tr("{0} (ya la ejerció)").format(nombre) if ya_la_ejercio else nombre)
        item.setData(Qt.ItemDataRole.UserRole, miembro_id)
        self.lista.addItem(item)

    def ids(self) -> list[int]:
        return [self.lista.item(fila).data(Qt.ItemDataRole.UserRole) for fila in range(self.lista.count())]

    def _habilitar(self) -> None:
        fila, total = self.lista.currentRow(), self.lista.count()
        self.boton_subir.setEnabled(fila > 0)
        self.boton_bajar.setEnabled(0 <= fila < total - 1)
        self.boton_quitar.setEnabled(fila >= 0)

    def agregar(self) -> None:
        """Al final; una ciudad que ya está en la lista no se repite (el servicio lo rechazaría)."""
        miembro_id = self.candidata.currentData()
        if miembro_id is None:
            return
        if miembro_id in self.ids():
            self.lista.setCurrentRow(self.ids().index(miembro_id))
            return
        self._agregar_item(miembro_id, self.candidata.currentText())
        self.lista.setCurrentRow(self.lista.count() - 1)

    def mover(self, paso: int) -> None:
        fila = self.lista.currentRow()
        destino = fila + paso
        if fila < 0 or not 0 <= destino < self.lista.count():
            return
        self.lista.insertItem(destino, self.lista.takeItem(fila))
        self.lista.setCurrentRow(destino)

    def quitar(self) -> None:
        if self.lista.currentRow() >= 0:
            self.lista.takeItem(self.lista.currentRow())
            self._habilitar()

    def guardar(self) -> None:
        ids = self.ids()
        # Un miembro que otra ventana eliminó entretanto: lo dice el servicio.
        if hacer_en_la_ventana(self, self.oficina, lambda: fijar_orden_de_sucesion(self.oficina.contexto, ids),
                               que="fijar el orden de sucesión") is None:
            return
        self.hecho = True
        self.accept()
