"""Los modelos de tabla del editor de sesiones: la asistencia (con su filtro) y la votación nominal.

Las pestañas (`dialogos/sesion_asistencia.py`, `dialogos/sesion_votaciones.py`) ponen la tabla, los
delegados y el guardado; aquí queda qué se ve en cada celda, qué se puede editar y cómo se ordena.
`ROL_VALOR` es el rol con el valor crudo de una celda (un estado, un miembro, un sentido) que leen los
delegados.
"""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from ...dominio.paises import nombre_pais
from ...dominio.sesiones import ASISTENCIA, SENTIDOS
from ...dominio.texto import normalizar
from ..comun import tr
from ..piezas import GRIS, ROJO, VERDE
from ..orden_alfabetico import clave_en_la_ventana

ROL_VALOR = Qt.ItemDataRole.UserRole


# --- asistencia ------------------------------------------------------------------------------------------

C_MIEMBRO, C_PAIS, C_ASISTENCIA, C_ASISTE, C_PODER, C_VOTO = range(6)


class ModeloAsistencia(QAbstractTableModel):
    """Los integrantes con derecho a asistir (objetos Habilitado), por país y nombre, como en el acta.

    Cada cambio pasa por `guardar(habilitado, cambios) -> bool`, que lo registra con el servicio.
    """

    def __init__(self, guardar: Callable[[object, dict], bool], padre=None):
        super().__init__(padre)
        self._guardar = guardar
        self._filas: list = []
        self._nombres: dict[int, str] = {}
        self._presentes: set[int] = set()
        self.editable = True
        self._titulos = [self.tr("Miembro"), self.tr("País"), self.tr("Asistencia"), self.tr("Asiste"),
                         self.tr("Poder a"), self.tr("Voto")]
        self._poderes: dict[int, int] = {}

    def cargar(self, habilitados: Sequence) -> None:
        nuevos = sorted(habilitados, key=lambda h: (clave_en_la_ventana(nombre_pais(h.pais or "")),
                                                    clave_en_la_ventana(h.miembro)))
        self._nombres = {h.miembro_id: h.miembro for h in nuevos}
        self._presentes = {h.miembro_id for h in nuevos if h.estado == "presente"}
        self._poderes = {}
        for h in nuevos:
            if h.poder_a is not None and h.estado != "presente":
                self._poderes[h.poder_a] = self._poderes.get(h.poder_a, 0) + 1
        if [h.miembro_id for h in nuevos] == [h.miembro_id for h in self._filas]:
            self._filas = nuevos
            if nuevos:
                self.dataChanged.emit(self.index(0, 0), self.index(len(nuevos) - 1, len(self._titulos) - 1))
            return
        self.beginResetModel()
        self._filas = nuevos
        self.endResetModel()

    def fijar_editable(self, editable: bool) -> None:
        self.editable = editable
        if self._filas:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._filas) - 1, len(self._titulos) - 1))

    @property
    def filas(self) -> list:
        return list(self._filas)

    def fila(self, numero: int):
        return self._filas[numero]

    def fila_de(self, miembro_id: int) -> int | None:
        return next((n for n, h in enumerate(self._filas) if h.miembro_id == miembro_id), None)

    def candidatos_poder(self, habilitado) -> list[tuple[int, str]]:
        """A quién puede darse el poder: los presentes con voto, menos el propio miembro."""
        return [(h.miembro_id, h.miembro) for h in self._filas
                if h.estado == "presente" and h.con_voto and h.miembro_id != habilitado.miembro_id]

    def _poder_valido(self, h) -> bool:
        return h.poder_a is None or h.poder_a in self._presentes

    def rowCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self._filas)

    def columnCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self._titulos)

    def headerData(self, seccion, orientacion, rol=Qt.ItemDataRole.DisplayRole):
        if orientacion == Qt.Orientation.Horizontal and rol == Qt.ItemDataRole.DisplayRole:
            return self._titulos[seccion]
        if orientacion == Qt.Orientation.Horizontal and rol == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def representacion(self, h) -> str:
        """«Marta Ribeiro, Secretaria de Relaciones Internacionales», o la autoridad si asiste ella misma."""
        if h.representante:
            return h.representante + (f", {h.cargo_representante}" if h.cargo_representante else "")
        return h.persona or ""

    def data(self, indice, rol=Qt.ItemDataRole.DisplayRole):
        if not indice.isValid():
            return None
        h, columna = self._filas[indice.row()], indice.column()
        presente = h.estado == "presente"
        autoridad = presente and not h.representante
        if rol == Qt.ItemDataRole.DisplayRole:
            if columna == C_MIEMBRO:
                return h.miembro
            if columna == C_PAIS:
                return nombre_pais(h.pais) if h.pais else ""
            if columna == C_ASISTENCIA:
                return tr(ASISTENCIA[h.estado])
            if columna == C_ASISTE:
                return self.representacion(h) if presente else ""
            if columna == C_PODER:
                if not h.con_voto:   # la celda se une con «Voto»: el motivo, entero
                    return tr(h.motivo_sin_voto or "Sin voto")
                if h.poder_a is None:
                    return ""
                nombre = self._nombres.get(h.poder_a, "?")
                return nombre if self._poder_valido(h) else self.tr("{0} (no está presente)").format(nombre)
            if columna == C_VOTO:
                if not h.con_voto:
                    return self.tr("No")
                recibidos = self._poderes.get(h.miembro_id, 0) if presente else 0
                if recibidos:
                    return self.tr("Sí + 1 poder") if recibidos == 1 else self.tr("Sí + {0} poderes").format(recibidos)
                return self.tr("Sí")
        if rol == ROL_VALOR:
            return h.estado if columna == C_ASISTENCIA else h.poder_a if columna == C_PODER else h.miembro_id
        if rol == Qt.ItemDataRole.ForegroundRole:
            if columna == C_PODER and h.con_voto and not self._poder_valido(h):
                return QColor(ROJO)
            if not h.con_voto or (columna == C_ASISTE and autoridad):
                return QColor(GRIS)
            if columna == C_VOTO:
                return QColor(VERDE)
        if rol == Qt.ItemDataRole.FontRole and ((columna == C_PODER and not h.con_voto) or (columna == C_ASISTE and autoridad)):
            fuente = QFont()
            fuente.setItalic(True)
            return fuente
        if rol == Qt.ItemDataRole.ToolTipRole:
            if columna == C_MIEMBRO:   # el país también: en una pantalla angosta su columna se oculta
                partes = [nombre_pais(h.pais) if h.pais else "",
                          self.tr("Autoridad: {0}").format(h.persona) if h.persona else ""]
                return "\n".join(p for p in partes if p) or None
            if columna == C_ASISTE and presente:
                quien = self.representacion(h)
                que = (self.tr("Asiste la autoridad. Doble clic para indicar un representante acreditado.") if autoridad
                       else self.tr("Representante acreditado. Doble clic para cambiarlo."))
                return f"{quien}\n{que}" if quien else que
            if columna == C_PODER and not h.con_voto:
                return tr(h.motivo_sin_voto or "")
            if columna == C_PODER and not self._poder_valido(h):
                return self.tr("El poder no cuenta para el quórum ni para votar: quien lo recibe no está presente.")
            if columna == C_PODER and self.editable and h.con_voto and not presente:
                return self.tr("Doble clic para elegir a qué miembro presente da su poder")
            if columna == C_ASISTENCIA and self.editable:
                return self.tr("Clic en Presente, Ausente o Excusado (o las teclas P, A, E)")
        return None

    def flags(self, indice):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not indice.isValid() or not self.editable:
            return base
        h, columna = self._filas[indice.row()], indice.column()
        if columna == C_ASISTENCIA:
            return base | Qt.ItemFlag.ItemIsEditable
        if columna == C_ASISTE and h.estado == "presente":
            return base | Qt.ItemFlag.ItemIsEditable
        if columna == C_PODER and h.estado != "presente" and h.con_voto:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, indice, valor, rol=Qt.ItemDataRole.EditRole) -> bool:
        if not indice.isValid() or rol != Qt.ItemDataRole.EditRole or not (self.flags(indice) & Qt.ItemFlag.ItemIsEditable):
            return False
        h, columna = self._filas[indice.row()], indice.column()
        if columna == C_ASISTENCIA:
            if valor == h.estado:
                return False
            cambios = {"estado": valor}
        elif columna == C_ASISTE:
            nombre, cargo = valor
            cambios = {"representante": (nombre or "").strip() or None, "cargo_representante": (cargo or "").strip() or None}
        elif columna == C_PODER:
            cambios = {"poder_a": valor}
        else:
            return False
        return self._guardar(h, cambios)


class FiltroAsistencia(QSortFilterProxyModel):
    """Filtra por miembro, país o persona, sin mayúsculas ni acentos."""

    def __init__(self, padre=None):
        super().__init__(padre)
        self._texto = ""

    def buscar(self, texto: str) -> None:
        self.beginFilterChange()   # Qt 6.10: el par begin/end reemplaza a invalidateFilter (obsoleto)
        self._texto = normalizar(texto.strip())
        self.endFilterChange()

    def filterAcceptsRow(self, fila, _padre) -> bool:
        if not self._texto:
            return True
        h = self.sourceModel().fila(fila)
        return self._texto in normalizar(" ".join(filter(None, (h.miembro, nombre_pais(h.pais or ""), h.persona,
                                                                 h.representante))))


# --- votación nominal --------------------------------------------------------------------------------

class ModeloNominal(QAbstractTableModel):
    """Quién vota en una votación nominal (presentes con voto y poderes) y su sentido."""

    def __init__(self, al_cambiar: Callable[[], None], padre=None):
        super().__init__(padre)
        self._filas: list = []
        self._nombres: dict[int, str] = {}
        self.sentidos: dict[int, str] = {}
        self.editable = True
        self._al_cambiar = al_cambiar
        self._titulos = [self.tr("Miembro"), self.tr("País"), self.tr("Vota"), self.tr("Sentido del voto")]

    def cargar(self, votantes: Sequence, nombres: dict[int, str]) -> None:
        self.beginResetModel()
        self._filas = sorted(votantes, key=lambda h: (clave_en_la_ventana(nombre_pais(h.pais or "")),
                                                      clave_en_la_ventana(h.miembro)))
        self._nombres = nombres
        self.sentidos = {m: s for m, s in self.sentidos.items() if any(h.miembro_id == m for h in self._filas)}
        self.endResetModel()

    def limpiar(self) -> None:
        self.beginResetModel()
        self.sentidos = {}
        self.endResetModel()
        self._al_cambiar()

    def todos(self, sentido: str) -> None:
        self.beginResetModel()
        self.sentidos = {h.miembro_id: sentido for h in self._filas}
        self.endResetModel()
        self._al_cambiar()

    def conteo(self) -> tuple[int, int, int]:
        pesos = {h.miembro_id: h.peso for h in self._filas}
        suma = {s: sum(pesos.get(m, 0) for m, v in self.sentidos.items() if v == s) for s in SENTIDOS}
        return suma["a_favor"], suma["en_contra"], suma["abstencion"]

    def fila_de(self, miembro_id: int) -> int | None:
        return next((n for n, h in enumerate(self._filas) if h.miembro_id == miembro_id), None)

    def rowCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self._filas)

    def columnCount(self, padre=QModelIndex()):
        return 0 if padre.isValid() else len(self._titulos)

    def headerData(self, seccion, orientacion, rol=Qt.ItemDataRole.DisplayRole):
        if orientacion == Qt.Orientation.Horizontal and rol == Qt.ItemDataRole.DisplayRole:
            return self._titulos[seccion]
        return None

    def data(self, indice, rol=Qt.ItemDataRole.DisplayRole):
        if not indice.isValid():
            return None
        h, columna = self._filas[indice.row()], indice.column()
        if rol == Qt.ItemDataRole.DisplayRole:
            if columna == 0:
                return h.miembro
            if columna == 1:
                return nombre_pais(h.pais) if h.pais else ""
            if columna == 2:
                return self.tr("en persona") if h.estado == "presente" else \
                    self.tr("por poder: {0}").format(self._nombres.get(h.poder_a, "?"))
            return tr(SENTIDOS.get(self.sentidos.get(h.miembro_id), "No votó"))
        if rol == ROL_VALOR and columna == 3:
            return self.sentidos.get(h.miembro_id)
        if rol == Qt.ItemDataRole.ForegroundRole and columna == 2 and h.estado != "presente":
            return QColor(GRIS)
        return None

    def flags(self, indice):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if indice.column() == 3 and self.editable else base

    def setData(self, indice, valor, rol=Qt.ItemDataRole.EditRole) -> bool:
        if indice.column() != 3 or rol != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        miembro = self._filas[indice.row()].miembro_id
        if valor is None:
            self.sentidos.pop(miembro, None)
        else:
            self.sentidos[miembro] = valor
        self.dataChanged.emit(indice, indice)
        self._al_cambiar()
        return True
