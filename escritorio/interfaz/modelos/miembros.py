"""Modelo de la tabla de miembros y su filtro, pensados para decenas de miles de filas.

Ordenar es ordenar una lista de Python con claves calculadas una vez, y filtrar es recorrer
cadenas ya normalizadas: nunca se llama a data() por cada comparación.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from ...dominio.miembros import ESTADOS
from ...dominio.texto import normalizar
from ..comun import fecha_dma, miles

NOMBRE, PAIS, REGION, POBLACION, ESTADO, INGRESO = range(6)
ROL_ID = Qt.ItemDataRole.UserRole + 1
_DERECHA = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ModeloMiembros(QAbstractTableModel):
    """Guarda los miembros tal como llegan del servicio; el texto de cada celda se arma al pintarla
    (solo las filas visibles) y las claves de búsqueda y de orden, la primera vez que se usan."""

    TITULOS = ("Nombre", "País", "Región", "Población", "Estado", "Ingreso")

    def __init__(self, padre=None):
        super().__init__(padre)
        self._miembros: list[dict] = []
        self._busqueda: list[str] | None = None

    # --- carga -----------------------------------------------------------------------------
    def cargar(self, miembros: list[dict]) -> None:
        self.beginResetModel()
        self._miembros = miembros
        self._busqueda = None
        self.endResetModel()

    def miembro(self, fila: int) -> dict:
        return self._miembros[fila]

    @property
    def miembros(self) -> list[dict]:
        return self._miembros

    def fila_de(self, miembro_id: int) -> int | None:
        return next((i for i, m in enumerate(self._miembros) if m["id"] == miembro_id), None)

    @property
    def busqueda(self) -> list[str]:
        """Texto normalizado en el que se busca, por fila: nombre, país, región y código."""
        if self._busqueda is None:
            self._busqueda = [normalizar(f"{m['nombre']} {m['pais_nombre']} {m['region'] or ''} {m['codigo'] or ''}")
                              for m in self._miembros]
        return self._busqueda

    @staticmethod
    def _texto(m: dict, columna: int) -> str:
        if columna == NOMBRE:
            return m["nombre"]
        if columna == PAIS:
            return m["pais_nombre"]
        if columna == REGION:
            return m["region"] or ""
        if columna == POBLACION:
            return miles(m["poblacion"])
        if columna == ESTADO:
            return ESTADOS[m["estado"]]
        return fecha_dma(m["fecha_ingreso"])

    @staticmethod
    def _clave(m: dict, columna: int):
        if columna == POBLACION:
            return m["poblacion"] or 0
        if columna == INGRESO:
            return m["fecha_ingreso"] or ""
        if columna == ESTADO:
            return m["estado"]
        return normalizar(ModeloMiembros._texto(m, columna))

    # --- QAbstractTableModel ---------------------------------------------------------------
    def rowCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self._miembros)

    def columnCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self.TITULOS)

    def data(self, indice, rol=Qt.ItemDataRole.DisplayRole):
        if rol == Qt.ItemDataRole.DisplayRole:
            return self._texto(self._miembros[indice.row()], indice.column())
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
        claves = [(self._clave(m, columna), normalizar(m["nombre"])) for m in self._miembros]
        posiciones = sorted(range(len(claves)), key=claves.__getitem__, reverse=orden == Qt.SortOrder.DescendingOrder)
        self._miembros = [self._miembros[i] for i in posiciones]
        if self._busqueda is not None:
            self._busqueda = [self._busqueda[i] for i in posiciones]
        nueva_fila = {m["id"]: i for i, m in enumerate(self._miembros)}
        self.changePersistentIndexList(viejos, [self.index(nueva_fila[i], v.column()) for i, v in zip(ids_viejos, viejos)])
        self.layoutChanged.emit()


class FiltroMiembros(QSortFilterProxyModel):
    """Búsqueda sin mayúsculas ni acentos ('sao paulo' encuentra 'São Paulo') y filtros por país, estado y tipo.

    Lo aceptado se guarda como un conjunto de ids: sigue valiendo cuando el modelo reordena sus
    filas, así que ordenar no obliga a filtrar de nuevo. Ordenar se delega en el modelo de origen.
    """

    def __init__(self, padre=None):
        super().__init__(padre)
        self._texto = ""
        self._pais = self._estado = self._tipo = None
        self._aceptados: set[int] | None = None
        self._ids: list[int] = []  # id del miembro en cada fila del origen (filterAcceptsRow lo consulta)

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

    def _hay_criterios(self) -> bool:
        return bool(self._texto or self._pais or self._estado or self._tipo)

    def _recalcular(self) -> None:
        self.beginFilterChange()
        if not self._hay_criterios():
            self._aceptados = None
        else:
            origen: ModeloMiembros = self.sourceModel()
            palabras, pais, estado, tipo = self._texto.split(), self._pais, self._estado, self._tipo
            self._aceptados = {
                m["id"] for clave, m in zip(origen.busqueda, origen.miembros)
                if all(p in clave for p in palabras)
                and (pais is None or m["pais"] == pais)
                and (estado is None or m["estado"] == estado)
                and (tipo is None or m["tipo"] == tipo)}
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def setSourceModel(self, modelo):
        # Las filas del origen cambian antes de que el filtro las vuelva a recorrer: se toma nota primero.
        modelo.modelAboutToBeReset.connect(self._olvidar_filas)
        modelo.layoutAboutToBeChanged.connect(self._olvidar_filas)
        super().setSourceModel(modelo)
        modelo.modelReset.connect(self._tras_recarga)

    def _olvidar_filas(self, *_) -> None:
        self._ids = []

    def _ids_de_filas(self) -> list[int]:
        if len(self._ids) != self.sourceModel().rowCount():
            self._ids = [m["id"] for m in self.sourceModel().miembros]
        return self._ids

    def _tras_recarga(self) -> None:
        # Tras recargar puede haber miembros nuevos que cumplan los criterios: se vuelve a filtrar.
        if self._hay_criterios():
            self._recalcular()

    def filterAcceptsRow(self, fila, padre):
        if self._aceptados is None:
            return True
        return (self._ids or self._ids_de_filas())[fila] in self._aceptados

    def sort(self, columna, orden=Qt.SortOrder.AscendingOrder):
        self.sourceModel().sort(columna, orden)
