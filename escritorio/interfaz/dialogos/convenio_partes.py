"""La pestaña «Partes» del diálogo del convenio: si la asociación firma, los miembros (con el selector de miembro que
busca sin tildes) y las partes externas, cada una con quien firmó por ella. Reúne las partes; las reglas (al menos
dos, sin repetir) las dice el servicio al guardar."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...dominio.convenios import Parte
from ...dominio.paises import nombre_pais
from ..iconos import icono
from ..modelos.convenios import tipo_de_parte_visible
from ..piezas import SelectorMiembro, nota

_ROL_PARTE = Qt.ItemDataRole.UserRole
NOMBRE, TIPO, FIRMANTE = range(3)


class PartesDelConvenio(QWidget):
    """Emite `nueva_externa` cuando se pide cargar una parte externa que no está en la lista."""

    nueva_externa = Signal()

    def __init__(self, miembros: list[dict], externas: list[dict], padre: QWidget | None = None):
        super().__init__(padre)
        self._miembros = {m["id"]: m for m in miembros}
        self._externas: dict[int, dict] = {}
        self.asociacion_firma = QCheckBox(self.tr("La asociación misma es parte (firma el convenio)"))
        self.asociacion_firma.setToolTip(self.tr("Un hermanamiento lo firman las ciudades: la red lo registra."))
        self.tabla = QTableWidget(0, 3)
        self.tabla.setHorizontalHeaderLabels([self.tr("Parte"), self.tr("Tipo"), self.tr("Firmó por ella")])
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.tabla.verticalHeader().hide()
        self.tabla.setAlternatingRowColors(True)
        cabecera = self.tabla.horizontalHeader()
        cabecera.setSectionResizeMode(NOMBRE, QHeaderView.ResizeMode.Stretch)
        cabecera.setSectionResizeMode(TIPO, QHeaderView.ResizeMode.ResizeToContents)
        cabecera.setSectionResizeMode(FIRMANTE, QHeaderView.ResizeMode.Stretch)

        self.selector_miembro = SelectorMiembro([m for m in miembros if m.get("estado") != "baja"])
        self.boton_miembro = QPushButton(icono("nuevo"), self.tr("Agregar miembro"))
        self.boton_miembro.clicked.connect(self.agregar_miembro)
        self.selector_externa = QComboBox()
        self.selector_externa.setMinimumContentsLength(24)
        self.selector_externa.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.boton_externa = QPushButton(icono("nuevo"), self.tr("Agregar parte externa"))
        self.boton_externa.clicked.connect(self.agregar_externa)
        self.boton_nueva_externa = QPushButton(self.tr("Nueva parte externa…"))
        self.boton_nueva_externa.clicked.connect(self.nueva_externa.emit)
        self.boton_quitar = QPushButton(icono("eliminar"), self.tr("Quitar la parte elegida"))
        self.boton_quitar.clicked.connect(self.quitar)
        self.fijar_externas(externas)

        fila_miembro = QHBoxLayout()
        fila_miembro.addWidget(QLabel(self.tr("Miembro:")))
        fila_miembro.addWidget(self.selector_miembro, 1)
        fila_miembro.addWidget(self.boton_miembro)
        fila_externa = QHBoxLayout()
        fila_externa.addWidget(QLabel(self.tr("Parte externa:")))
        fila_externa.addWidget(self.selector_externa, 1)
        fila_externa.addWidget(self.boton_externa)
        fila_quitar = QHBoxLayout()
        fila_quitar.addWidget(self.boton_nueva_externa)
        fila_quitar.addStretch(1)
        fila_quitar.addWidget(self.boton_quitar)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.asociacion_firma)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addWidget(nota(self.tr("Doble clic en «Firmó por ella» para escribir quién firmó por cada parte.")))
        disposicion.addLayout(fila_miembro)
        disposicion.addLayout(fila_externa)
        disposicion.addLayout(fila_quitar)

    def fijar_externas(self, externas: list[dict]) -> None:
        """Las partes externas que se pueden elegir (se vuelve a llamar tras cargar una nueva)."""
        self._externas = {e["id"]: e for e in externas}
        elegida = self.selector_externa.currentData()
        self.selector_externa.clear()
        for externa in externas:
            pais = f" ({nombre_pais(externa['pais'])})" if externa["pais"] else ""
            self.selector_externa.addItem(externa["nombre"] + pais, externa["id"])
        if elegida is not None and self.selector_externa.findData(elegida) >= 0:
            self.selector_externa.setCurrentIndex(self.selector_externa.findData(elegida))
        self.boton_externa.setEnabled(bool(externas))

    def elegir_externa(self, externa_id: int) -> None:
        indice = self.selector_externa.findData(externa_id)
        if indice >= 0:
            self.selector_externa.setCurrentIndex(indice)

    # --- las filas ---------------------------------------------------------------------------------
    def _fila(self, parte: Parte) -> None:
        if parte.miembro_id is not None:
            miembro = self._miembros.get(parte.miembro_id, {"nombre": str(parte.miembro_id), "pais": ""})
            nombre = miembro["nombre"] + (f" ({nombre_pais(miembro['pais'])})" if miembro.get("pais") else "")
            tipo = self.tr("Miembro")
        else:
            externa = self._externas.get(parte.externa_id, {"nombre": str(parte.externa_id), "tipo": "otra",
                                                             "pais": None})
            nombre = externa["nombre"]
            tipo = tipo_de_parte_visible(externa["tipo"])
        fila = self.tabla.rowCount()
        self.tabla.insertRow(fila)
        celda = QTableWidgetItem(nombre)
        celda.setData(_ROL_PARTE, (parte.miembro_id, parte.externa_id))
        celda.setFlags(celda.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.tabla.setItem(fila, NOMBRE, celda)
        celda = QTableWidgetItem(tipo)
        celda.setFlags(celda.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.tabla.setItem(fila, TIPO, celda)
        self.tabla.setItem(fila, FIRMANTE, QTableWidgetItem(parte.firmante or ""))

    def fijar(self, partes: tuple[Parte, ...], asociacion_es_parte: bool) -> None:
        self.tabla.setRowCount(0)
        for parte in partes:
            self._fila(parte)
        self.asociacion_firma.setChecked(asociacion_es_parte)

    def _claves(self) -> list[tuple]:
        return [self.tabla.item(f, NOMBRE).data(_ROL_PARTE) for f in range(self.tabla.rowCount())]

    def partes(self) -> tuple[Parte, ...]:
        resultado = []
        for fila, (miembro_id, externa_id) in enumerate(self._claves()):
            firmante = (self.tabla.item(fila, FIRMANTE).text() if self.tabla.item(fila, FIRMANTE) else "").strip()
            resultado.append(Parte(miembro_id, externa_id, firmante or None))
        return tuple(resultado)

    def agregar_miembro(self) -> None:
        miembro_id = self.selector_miembro.miembro_id()
        if miembro_id is not None and (miembro_id, None) not in self._claves():
            self._fila(Parte(miembro_id=miembro_id))
            self.tabla.selectRow(self.tabla.rowCount() - 1)

    def agregar_externa(self) -> None:
        externa_id = self.selector_externa.currentData()
        if externa_id is not None and (None, externa_id) not in self._claves():
            self._fila(Parte(externa_id=externa_id))
            self.tabla.selectRow(self.tabla.rowCount() - 1)

    def quitar(self) -> None:
        filas = self.tabla.selectionModel().selectedRows()
        if filas:
            self.tabla.removeRow(filas[0].row())

    def cantidad(self) -> int:
        return self.tabla.rowCount() + (1 if self.asociacion_firma.isChecked() else 0)
