"""Modelo de la tabla de miembros y su filtro, pensados para decenas de miles de filas.

Las claves de orden y de búsqueda se calculan una vez al cargar: ordenar es ordenar una lista de
Python y filtrar es recorrer cadenas ya normalizadas, sin llamar a data() por cada comparación.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from ...dominio.miembros import ESTADOS
from ...dominio.texto import normalizar
from ..comun import fecha_dma, miles

NOMBRE, PAIS, REGION, POBLACION, ESTADO, INGRESO = range(6)
ROL_ID = Qt.ItemDataRole.UserRole + 1
_DERECHA = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ModeloMiembros(QAbstractTableModel):
    TITULOS = ("Nombre", "País", "Región", "Población", "Estado", "Ingreso")

    def __init__(self, padre=None):
        super().__init__(padre)
        self._miembros: list[dict] = []
        self._textos: list[tuple] = []   # lo que se muestra, por fila y columna
        self._claves: list[tuple] = []   # con qué se ordena, por fila y columna
        self.busqueda: list[str] = []    # texto normalizado en el que se busca, por fila

    # --- carga -----------------------------------------------------------------------------
    def cargar(self, miembros: list[dict]) -> None:
        self.beginResetModel()
        self._miembros = miembros
        self._textos = [
            (m["nombre"], m["pais_nombre"], m["region"] or "", miles(m["poblacion"]),
             ESTADOS[m["estado"]], fecha_dma(m["fecha_ingreso"]))
            for m in miembros]
        self._claves = [
            (normalizar(m["nombre"]), normalizar(m["pais_nombre"]), normalizar(m["region"]),
             m["poblacion"] or 0, m["estado"], m["fecha_ingreso"] or "")
            for m in miembros]
        self.busqueda = [" ".join((c[0], c[1], c[2], normalizar(m["codigo"]))) for c, m in zip(self._claves, miembros)]
        self.endResetModel()

    def miembro(self, fila: int) -> dict:
        return self._miembros[fila]

    def fila_de(self, miembro_id: int) -> int | None:
        return next((i for i, m in enumerate(self._miembros) if m["id"] == miembro_id), None)

    # --- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self._textos)

    def columnCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self.TITULOS)

    def data(self, indice, rol=Qt.ItemDataRole.DisplayRole):
        if rol == Qt.ItemDataRole.DisplayRole:
            return self._textos[indice.row()][indice.column()]
        if rol == Qt.ItemDataRole.TextAlignmentRole and indice.column() == POBLACION:
            return _DERECHA
        if rol == ROL_ID:
            return self._miembros[indice.row()]["id"]
        return None

    def headerData(self, seccion, orientacion, rol=Qt.ItemDataRole.DisplayRole):
        if rol == Qt.ItemDataRole.DisplayRole and orientacion == Qt.Orientation.Horizontal:
            return self.tr(self.TITULOS[seccion])
        return None

    def sort(self, columna, orden=Qt.SortOrder.AscendingOrder):
        if not 0 <= columna < len(self.TITULOS):
            return
        self.layoutAboutToBeChanged.emit()
        viejos = self.persistentIndexList()
        ids_viejos = [self._miembros[i.row()]["id"] for i in viejos]
        posiciones = sorted(range(len(self._claves)), key=lambda i: (self._claves[i][columna], self._claves[i][NOMBRE]),
                            reverse=orden == Qt.SortOrder.DescendingOrder)
        for lista in ("_miembros", "_textos", "_claves", "busqueda"):
            viejo = getattr(self, lista)
            setattr(self, lista, [viejo[i] for i in posiciones])
        nueva_fila = {m["id"]: i for i, m in enumerate(self._miembros)}
        self.changePersistentIndexList(viejos, [self.index(nueva_fila[i], v.column()) for i, v in zip(ids_viejos, viejos)])
        self.layoutChanged.emit()


class FiltroMiembros(QSortFilterProxyModel):
    """Búsqueda sin mayúsculas ni acentos ('sao paulo' encuentra 'São Paulo') y filtros por país, estado y tipo.

    Ordenar se delega en el modelo de origen, que ordena con claves precalculadas.
    """

    def __init__(self, padre=None):
        super().__init__(padre)
        self._texto = ""
        self._pais = self._estado = self._tipo = None
        self._aceptadas: list[bool] | None = None

    def fijar(self, *, texto: str | None = None, pais: str | None = "", estado: str | None = "",
              tipo: str | None = "") -> None:
        """Cambia los criterios; "" deja el criterio como estaba, None lo quita."""
        if texto is not None:
            self._texto = normalizar(texto)
        if pais != "":
            self._pais = pais
        if estado != "":
            self._estado = estado
        if tipo != "":
            self._tipo = tipo
        self._recalcular()

    def _recalcular(self) -> None:
        self.beginFilterChange()
        origen: ModeloMiembros = self.sourceModel()
        texto, pais, estado, tipo = self._texto, self._pais, self._estado, self._tipo
        if not (texto or pais or estado or tipo):
            self._aceptadas = None
        else:
            palabras = texto.split()
            self._aceptadas = [
                all(p in clave for p in palabras)
                and (pais is None or m["pais"] == pais)
                and (estado is None or m["estado"] == estado)
                and (tipo is None or m["tipo"] == tipo)
                for clave, m in zip(origen.busqueda, origen._miembros)]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, modelo):
        super().setSourceModel(modelo)
        modelo.modelReset.connect(self._recalcular)
        modelo.layoutChanged.connect(self._recalcular)

    def filterAcceptsRow(self, fila, padre):
        return self._aceptadas is None or self._aceptadas[fila]

    def sort(self, columna, orden=Qt.SortOrder.AscendingOrder):
        self.sourceModel().sort(columna, orden)
