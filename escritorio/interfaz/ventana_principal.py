"""Ventana mínima: el padrón de la asociación en una tabla. La interfaz completa llega con su propia tarea."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QTableView, QVBoxLayout, QWidget

from ..datos.conexion import ruta_de
from ..dominio.miembros import ESTADOS
from ..servicios.asociaciones import listar_asociaciones
from ..servicios.miembros import listar_miembros


def _fecha_dma(iso: str | None) -> str:
    return "/".join(reversed(iso.split("-"))) if iso else ""


class ModeloMiembros(QAbstractTableModel):
    COLUMNAS = ("Nombre", "País", "Región", "Población", "Estado", "Ingreso")

    def __init__(self, miembros: list[dict]):
        super().__init__()
        self._filas = [
            (m["nombre"], m["pais_nombre"], m["region"] or "",
             f"{m['poblacion']:,}".replace(",", ".") if m["poblacion"] is not None else "",
             ESTADOS[m["estado"]], _fecha_dma(m["fecha_ingreso"]))
            for m in miembros]

    def rowCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self._filas)

    def columnCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self.COLUMNAS)

    def data(self, indice, rol=Qt.ItemDataRole.DisplayRole):
        if rol == Qt.ItemDataRole.DisplayRole:
            return self._filas[indice.row()][indice.column()]
        if rol == Qt.ItemDataRole.TextAlignmentRole and indice.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, seccion, orientacion, rol=Qt.ItemDataRole.DisplayRole):
        if rol == Qt.ItemDataRole.DisplayRole and orientacion == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNAS[seccion])
        return None


class VentanaPrincipal(QMainWindow):
    def __init__(self, db):
        super().__init__()
        asociaciones = listar_asociaciones(db)
        asociacion = asociaciones[0] if asociaciones else None
        self.setWindowTitle(f"Escritorio — {asociacion['nombre']}" if asociacion else "Escritorio")
        miembros = listar_miembros(db, asociacion["id"]) if asociacion else []
        self.tabla = QTableView()
        self.tabla.setModel(ModeloMiembros(miembros))
        self.tabla.setAlternatingRowColors(True)
        self.tabla.resizeColumnsToContents()
        self.tabla.horizontalHeader().setStretchLastSection(True)
        titulo = QLabel(self.tr("Padrón de miembros") if asociacion else
                        self.tr("No hay asociaciones. Cree una con «escritorio asociacion crear»."))
        titulo.setStyleSheet("font-size: 16pt; font-weight: bold; padding: 6px;")
        contenido = QWidget()
        disposicion = QVBoxLayout(contenido)
        disposicion.addWidget(titulo)
        disposicion.addWidget(self.tabla)
        self.setCentralWidget(contenido)
        self.statusBar().showMessage(self.tr("Base: {0} · {1} miembros").format(ruta_de(db), len(miembros)))
        self.resize(1000, 680)
