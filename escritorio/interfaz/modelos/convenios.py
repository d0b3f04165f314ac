"""El modelo de la tabla de convenios y su filtro (texto sin tildes, tipo y estado), con el color de cada estado.

Recibe las filas ya leídas (`servicios.convenios.ConvenioListado`); no llama a los servicios. Son decenas de
convenios, no miles: el filtro mira fila por fila.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ...dominio.convenios import (ESTADOS_CONVENIO, ESTADOS_OBLIGACION, TIPOS_CONVENIO, TIPOS_OBLIGACION,
                                  TIPOS_PARTE_EXTERNA)
from ...dominio.texto import normalizar
from ..comun import fecha_dma, tr
from ..orden_alfabetico import clave_en_la_ventana
from ..piezas import ACENTO, AMBAR, GRIS, ROJO, VERDE

TITULO, TIPO, PARTES, INICIO, HASTA, ESTADO, PLAZO = range(7)
ROL_CONVENIO = Qt.ItemDataRole.UserRole + 1
# El estado se ve por su color: lo que pide atención en ámbar, lo que ya no rige en gris.
COLORES_ESTADO = {"por_iniciar": ACENTO, "vigente": VERDE, "renovado": VERDE, "por_vencer": AMBAR,
                  "vencido": GRIS, "terminado": GRIS}


# Los rótulos de las listas del dominio, en el idioma de la ventana (una clave desconocida, tal cual).
def tipo_visible(tipo: str) -> str:
    return tr(TIPOS_CONVENIO[tipo]) if tipo in TIPOS_CONVENIO else tipo


def estado_visible(estado: str) -> str:
    return tr(ESTADOS_CONVENIO[estado]) if estado in ESTADOS_CONVENIO else estado


def tipo_de_parte_visible(tipo: str) -> str:
    return tr(TIPOS_PARTE_EXTERNA[tipo]) if tipo in TIPOS_PARTE_EXTERNA else tipo


def tipo_de_obligacion_visible(tipo: str) -> str:
    return tr(TIPOS_OBLIGACION[tipo]) if tipo in TIPOS_OBLIGACION else tipo


def estado_de_obligacion_visible(estado: str) -> str:
    return tr(ESTADOS_OBLIGACION[estado]) if estado in ESTADOS_OBLIGACION else estado


def hasta_cuando(convenio: dict) -> str:
    """Hasta cuándo rige: el día que deja de regir, «se renueva» o «sin fin»."""
    if convenio["fin_efectivo"]:
        return fecha_dma(convenio["fin_efectivo"])
    if convenio["fin_del_periodo"]:
        return tr("se renueva el {0}").format(fecha_dma(convenio["fin_del_periodo"]))
    return tr("sin fin")


def proximo_plazo(convenio: dict) -> str:
    """Lo primero que hay que hacer: denunciarlo antes de una fecha o cumplir una obligación."""
    plazos = []
    if convenio["ultimo_dia_para_denunciar"] and convenio["estado"] not in ("vencido", "terminado"):
        plazos.append((convenio["ultimo_dia_para_denunciar"], tr("denunciar hasta el {0}")))
    if convenio["proxima_obligacion"]:
        plazos.append((convenio["proxima_obligacion"], tr("obligación el {0}")))
    if not plazos:
        return ""
    fecha, texto = min(plazos)
    return texto.format(fecha_dma(fecha))


class ModeloConvenios(QAbstractTableModel):
    TITULOS = ("Convenio", "Tipo", "Partes", "Inicio", "Rige hasta", "Estado", "Próximo plazo")

    def __init__(self, padre=None):
        super().__init__(padre)
        self._filas: list[dict] = []

    def cargar(self, convenios: list[dict]) -> None:
        self.beginResetModel()
        self._filas = list(convenios)
        self.endResetModel()

    @property
    def filas(self) -> list[dict]:
        return list(self._filas)

    def fila(self, numero: int) -> dict:
        return self._filas[numero]

    def texto(self, convenio: dict, columna: int) -> str:
        if columna == TITULO:
            return convenio["titulo"]
        if columna == TIPO:
            return tipo_visible(convenio["tipo"])
        if columna == PARTES:
            return convenio["nombres_de_las_partes"]
        if columna == INICIO:
            return fecha_dma(convenio["inicio"])
        if columna == HASTA:
            return hasta_cuando(convenio)
        if columna == ESTADO:
            return estado_visible(convenio["estado"])
        return proximo_plazo(convenio)

    def clave_de_orden(self, convenio: dict, columna: int):
        if columna == INICIO:
            return convenio["inicio"]
        if columna == HASTA:
            return convenio["fin_efectivo"] or convenio["fin_del_periodo"] or "9999"
        if columna == ESTADO:
            return list(ESTADOS_CONVENIO).index(convenio["estado"])
        if columna == PLAZO:
            return min(filter(None, (convenio["ultimo_dia_para_denunciar"], convenio["proxima_obligacion"])),
                       default="9999")
        return clave_en_la_ventana(self.texto(convenio, columna))

    def rowCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self._filas)

    def columnCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self.TITULOS)

    def data(self, indice, rol=Qt.ItemDataRole.DisplayRole):
        if not indice.isValid():
            return None
        convenio = self._filas[indice.row()]
        if rol == Qt.ItemDataRole.DisplayRole:
            return self.texto(convenio, indice.column())
        if rol == Qt.ItemDataRole.ForegroundRole:
            if indice.column() == ESTADO:
                return QBrush(QColor(COLORES_ESTADO[convenio["estado"]]))
            if indice.column() == PLAZO and any(o["atrasada"] for o in convenio["obligaciones"]):
                return QBrush(QColor(ROJO))
            if convenio["estado"] in ("vencido", "terminado"):
                return QBrush(QColor(GRIS))
        if rol == Qt.ItemDataRole.ToolTipRole and indice.column() in (TITULO, PARTES):
            return self.texto(convenio, indice.column())
        if rol == ROL_CONVENIO:
            return convenio["id"]
        return None

    def headerData(self, seccion, orientacion, rol=Qt.ItemDataRole.DisplayRole):
        if orientacion == Qt.Orientation.Horizontal and rol in (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.ToolTipRole):
            return self.tr(self.TITULOS[seccion])
        return None


class FiltroDeConvenios(QSortFilterProxyModel):
    """Entre el modelo y la tabla: palabras (sin mayúsculas ni tildes, todas deben aparecer en el título, las
    partes o el objeto), tipo y estado; ordena con la clave de cada columna (fechas como fechas)."""

    def __init__(self, padre=None):
        super().__init__(padre)
        self._palabras: list[str] = []
        self._tipo: str | None = None
        self._estado: str | None = None

    def fijar(self, *, texto: str | None = None, tipo: str | None = "", estado: str | None = "") -> None:
        """Cambia los criterios; "" deja el criterio como estaba, None lo quita."""
        self.beginFilterChange()   # Qt 6.10: el par begin/end reemplaza a invalidateFilter (obsoleto)
        if texto is not None:
            self._palabras = normalizar(texto).split()
        if tipo != "":
            self._tipo = tipo
        if estado != "":
            self._estado = estado
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, fila: int, padre) -> bool:
        convenio = self.sourceModel().fila(fila)
        if self._tipo is not None and convenio["tipo"] != self._tipo:
            return False
        if self._estado is not None and convenio["estado"] != self._estado:
            return False
        if self._palabras:
            clave = normalizar(f"{convenio['titulo']} {convenio['nombres_de_las_partes']} {convenio['objeto'] or ''}")
            return all(palabra in clave for palabra in self._palabras)
        return True

    def lessThan(self, izquierda, derecha) -> bool:
        modelo = self.sourceModel()
        columna = izquierda.column()
        return (modelo.clave_de_orden(modelo.fila(izquierda.row()), columna)
                < modelo.clave_de_orden(modelo.fila(derecha.row()), columna))

    def convenio(self, fila: int) -> dict:
        return self.sourceModel().fila(self.mapToSource(self.index(fila, 0)).row())
