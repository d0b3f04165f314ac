"""Archivo > Bitácora de cambios: quién cambió qué y cuándo, con filtros y exportación a Excel."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QDialog, QFileDialog, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...servicios import bitacora
from ..comun import mostrar_error


class DialogoBitacora(QDialog):
    def __init__(self, db, padre=None):
        super().__init__(padre)
        self.db = db
        self.setWindowTitle(self.tr("Bitácora de cambios"))
        self.entidad = QComboBox()
        self.entidad.addItem(self.tr("Todas las tablas"), None)
        for nombre in bitacora.entidades(db):
            self.entidad.addItem(nombre, nombre)
        self.desde = QDateEdit(QDate.currentDate().addMonths(-1))
        self.hasta = QDateEdit(QDate.currentDate())
        for campo in (self.desde, self.hasta):
            campo.setCalendarPopup(True)
            campo.setDisplayFormat("dd/MM/yyyy")
        self.texto = QLineEdit()
        self.texto.setPlaceholderText(self.tr("Buscar en los datos (nombre, importe…)"))
        buscar = QPushButton(self.tr("Buscar"))
        buscar.clicked.connect(self.cargar)
        self.texto.returnPressed.connect(self.cargar)
        filtros = QHBoxLayout()
        for etiqueta, campo in ((self.tr("Tabla:"), self.entidad), (self.tr("Desde:"), self.desde),
                                (self.tr("Hasta:"), self.hasta)):
            filtros.addWidget(QLabel(etiqueta))
            filtros.addWidget(campo)
        filtros.addWidget(self.texto, 1)
        filtros.addWidget(buscar)
        self.tabla = QTableWidget(0, 6)
        self.tabla.setHorizontalHeaderLabels([self.tr("Momento (UTC)"), self.tr("Usuario"), self.tr("Tabla"),
                                              self.tr("Registro"), self.tr("Acción"), self.tr("Detalle")])
        self.tabla.verticalHeader().setVisible(False)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabla.setWordWrap(True)
        self.tabla.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.resumen = QLabel()
        exportar = QPushButton(self.tr("Exportar a Excel…"))
        exportar.clicked.connect(self.exportar)
        cerrar = QPushButton(self.tr("Cerrar"))
        cerrar.clicked.connect(self.accept)
        pie = QHBoxLayout()
        pie.addWidget(self.resumen, 1)
        pie.addWidget(exportar)
        pie.addWidget(cerrar)
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(filtros)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addLayout(pie)
        self.resize(1100, 640)
        self.cargar()

    def _filtros(self) -> dict:
        return {"entidad": self.entidad.currentData(), "desde": self.desde.date().toPython(),
                "hasta": self.hasta.date().toPython(), "texto": self.texto.text().strip() or None}

    def cargar(self) -> None:
        registros = bitacora.listar(self.db, limite=2000, **self._filtros())
        self.tabla.setRowCount(len(registros))
        for fila, r in enumerate(registros):
            quien = r.usuario or self.tr("(sin sellar)")
            if r.operador:
                quien += f" · {r.operador}"
            for columna, valor in enumerate((r.momento, quien, r.entidad, str(r.entidad_id or ""),
                                             self.tr(bitacora.ACCIONES[r.accion]), "; ".join(r.detalle))):
                self.tabla.setItem(fila, columna, QTableWidgetItem(valor))
        self.tabla.resizeColumnsToContents()
        self.resumen.setText(self.tr("{0} cambios (se muestran hasta 2.000; exporte para ver todos).").format(len(registros)))

    def exportar(self) -> None:
        ruta, _ = QFileDialog.getSaveFileName(self, self.tr("Exportar la bitácora"), "bitacora.xlsx",
                                              self.tr("Libro de Excel (*.xlsx)"))
        if not ruta:
            return
        try:
            bitacora.exportar(self.db, ruta if ruta.lower().endswith(".xlsx") else ruta + ".xlsx", **self._filtros())
        except Exception as error:
            mostrar_error(self, error, "exportar bitácora")
