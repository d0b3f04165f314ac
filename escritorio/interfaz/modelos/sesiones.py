"""Los modelos de tabla del editor de sesiones: la asistencia (con su filtro) y la votación nominal.

Las pestañas (`dialogos/sesion/asistencia.py`, `dialogos/sesion/votaciones.py`) ponen la tabla, los
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

    # --- Qué devuelve cada celda: una tabla de rol → función y, dentro de cada rol, de columna → función ----------

    def data(self, indice, rol=Qt.ItemDataRole.DisplayRole):
        if not indice.isValid():
            return None
        responder = self._POR_ROL.get(rol)
        return responder(self, self._filas[indice.row()], indice.column()) if responder else None

    @staticmethod
    def _presente(h) -> bool:
        return h.estado == "presente"

    def _asiste_la_autoridad(self, h) -> bool:
        return self._presente(h) and not h.representante

    # El texto de cada columna (DisplayRole).

    def _texto_miembro(self, h) -> str:
        return h.miembro

    def _texto_pais(self, h) -> str:
        return nombre_pais(h.pais) if h.pais else ""

    def _texto_asistencia(self, h) -> str:
        return tr(ASISTENCIA[h.estado])

    def _texto_asiste(self, h) -> str:
        return self.representacion(h) if self._presente(h) else ""

    def _texto_poder(self, h) -> str:
        if not h.con_voto:   # la celda se une con «Voto»: el motivo, entero
            return tr(h.motivo_sin_voto or "Sin voto")
        if h.poder_a is None:
            return ""
        nombre = self._nombres.get(h.poder_a, "?")
        return nombre if self._poder_valido(h) else self.tr("{0} (no está presente)").format(nombre)

    def _texto_voto(self, h) -> str:
        if not h.con_voto:
            return self.tr("No")
        if not self._presente(h):   # tiene derecho, pero no está: vota por quien lleva su poder, o no vota
            return self.tr("Por poder") if h.poder_a is not None and self._poder_valido(h) else "—"
        recibidos = self._poderes.get(h.miembro_id, 0)
        if recibidos:
            return self.tr("Sí + 1 poder") if recibidos == 1 else self.tr("Sí + {0} poderes").format(recibidos)
        return self.tr("Sí")

    _TEXTOS = {C_MIEMBRO: _texto_miembro, C_PAIS: _texto_pais, C_ASISTENCIA: _texto_asistencia,
               C_ASISTE: _texto_asiste, C_PODER: _texto_poder, C_VOTO: _texto_voto}

    def _texto(self, h, columna: int) -> str | None:
        texto_de = self._TEXTOS.get(columna)
        return texto_de(self, h) if texto_de else None

    # La ayuda emergente (ToolTipRole): solo algunas columnas la tienen.

    def _ayuda_miembro(self, h) -> str | None:
        # el país también: en una pantalla angosta su columna se oculta
        partes = [nombre_pais(h.pais) if h.pais else "",
                  self.tr("Autoridad: {0}").format(h.persona) if h.persona else ""]
        return "\n".join(p for p in partes if p) or None

    def _ayuda_asistencia(self, h) -> str | None:
        return self.tr("Clic en Presente, Ausente o Excusado (o las teclas P, A, E)") if self.editable else None

    def _ayuda_asiste(self, h) -> str | None:
        if not self._presente(h):
            return None
        quien = self.representacion(h)
        que = (self.tr("Asiste la autoridad. Doble clic para indicar un representante acreditado.")
               if self._asiste_la_autoridad(h) else self.tr("Representante acreditado. Doble clic para cambiarlo."))
        return f"{quien}\n{que}" if quien else que

    def _ayuda_poder(self, h) -> str | None:
        if not h.con_voto:
            return tr(h.motivo_sin_voto or "")
        if not self._poder_valido(h):
            return self.tr("El poder no cuenta para el quórum ni para votar: quien lo recibe no está presente.")
        if self.editable and not self._presente(h):
            return self.tr("Doble clic para elegir a qué miembro presente da su poder")
        return None

    _AYUDAS = {C_MIEMBRO: _ayuda_miembro, C_ASISTENCIA: _ayuda_asistencia, C_ASISTE: _ayuda_asiste,
               C_PODER: _ayuda_poder}

    def _ayuda(self, h, columna: int) -> str | None:
        ayuda_de = self._AYUDAS.get(columna)
        return ayuda_de(self, h) if ayuda_de else None

    # El valor crudo que leen los delegados (ROL_VALOR), el color y la cursiva.

    def _valor(self, h, columna: int):
        return h.estado if columna == C_ASISTENCIA else h.poder_a if columna == C_PODER else h.miembro_id

    def _color(self, h, columna: int) -> QColor | None:
        if columna == C_PODER and h.con_voto and not self._poder_valido(h):
            return QColor(ROJO)
        if not h.con_voto or (columna == C_ASISTE and self._asiste_la_autoridad(h)):
            return QColor(GRIS)
        if columna == C_VOTO:   # quien no está y no dio su poder no vota: en gris, como «—»
            return QColor(VERDE) if self._presente(h) or h.poder_a is not None else QColor(GRIS)
        return None

    def _fuente(self, h, columna: int) -> QFont | None:
        """Cursiva: el motivo de quien no vota y la autoridad que asiste ella misma."""
        if (columna == C_PODER and not h.con_voto) or (columna == C_ASISTE and self._asiste_la_autoridad(h)):
            fuente = QFont()
            fuente.setItalic(True)
            return fuente
        return None

    _POR_ROL = {Qt.ItemDataRole.DisplayRole: _texto, ROL_VALOR: _valor, Qt.ItemDataRole.ForegroundRole: _color,
                Qt.ItemDataRole.FontRole: _fuente, Qt.ItemDataRole.ToolTipRole: _ayuda}

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

    def poner_sentidos(self, sentidos: dict[int, str]) -> None:
        """Los sentidos de un recuento retomado (solo de quienes votan), sin avisar (el llamador recalcula)."""
        self.beginResetModel()
        self.sentidos = {m: s for m, s in sentidos.items() if s in SENTIDOS and self.fila_de(m) is not None}
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
