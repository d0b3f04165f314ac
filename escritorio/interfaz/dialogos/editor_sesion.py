"""El editor de una sesión, en cuatro pestañas: orden del día, asistencia (con el quórum en vivo),
votaciones (con el resultado en vivo; las elecciones de cargos, en `eleccion.py`) y acta (borrador,
aprobación con huella, firma, fe de erratas y documentos).

Todo se pide a `servicios.sesiones`, `servicios.votaciones` y `servicios.actas`; las reglas (quórum,
mayorías, numeración, congelamiento del acta) son del dominio y los servicios: aquí solo se muestran.
Cuando el acta está aprobada, todo control de edición queda deshabilitado y un aviso lo dice.
"""

import tempfile
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import (QAbstractTableModel, QDate, QEvent, QLocale, QModelIndex, QPointF, QRect, QRectF, QSettings,
                            QSize, QSortFilterProxyModel, Qt, QTimer, QUrl, Signal)
from PySide6.QtGui import QAction, QColor, QDesktopServices, QFont, QFontDatabase, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFileDialog, QFormLayout, QFrame, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu, QMessageBox, QPlainTextEdit,
                               QPushButton, QScrollArea, QSizePolicy, QSpinBox, QSplitter, QStackedWidget, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QTableView, QTabWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ...dominio.paises import nombre_pais
from ...dominio.sesiones import (ASISTENCIA, BASES, ESTADOS_ACTA, ESTADOS_SESION, MAYORIAS, METODOS, SENTIDOS,
                                 TIPOS_PUNTO, resultado_votacion)
from ...dominio.texto import normalizar
from ...errores import Cancelado, ErrorEscritorio
from ...servicios.actas import firmar_acta, guardar_borrador, obtener_acta, verificar_acta
from ...servicios.base import base_abierta
from ...servicios.elecciones import elecciones_de_la_sesion
from ...servicios.sesiones import (asistencia, aviso_de_anticipacion, listar_sesiones, orden_del_dia,
                                   registrar_asistencia, resumir_punto, titulo_sesion)
from ...servicios.votaciones import NuevaVotacion, listar_resoluciones, votar
from ..comun import descartar, fecha_dma, mostrar_error, tr
from ..graficos import mezclar
from ..piezas import (ACENTO, GRIS, ROJO, VERDE, CajaAvisos, dato_de_fila, documento_disponible, escalar, filas_elegidas,
                      guardar_documento, llenar_tabla, nombre_de_archivo, nota, pintar_resultado, subtitulo,
                      tabla_lectura, titulo)
from ..trabajos import ejecutar_con_progreso

ROL_VALOR = Qt.ItemDataRole.UserRole
_AMBAR_FUERTE = "#b07214"
_GRIS_FUERTE = "#7b848d"
_MODULOS = {"convocatoria": "escritorio.documentos.pdf.convocatoria", "acta": "escritorio.documentos.pdf.acta",
            "excel": "escritorio.documentos.excel.sesion"}

# Etiquetas de color para estados (fondo, texto).
_CHIPS = {
    "azul": ("#e3eef9", "#245a8d"), "verde": ("#e6f4e9", "#1e5e2c"), "ambar": ("#fff3d6", "#6b4a00"),
    "rojo": ("#fbe5e2", "#8c2a1f"), "gris": ("#eceff1", "#4f5961"),
}
COLOR_SESION = {"convocada": "azul", "celebrada": "verde", "suspendida": "gris"}
COLOR_ACTA = {"borrador": "ambar", "aprobada": "verde", "firmada": "verde"}


def chip(texto: str = "", color: str = "gris") -> QLabel:
    """Una etiqueta de estado redondeada («Convocada», «Acta: borrador»)."""
    etiqueta = QLabel(texto)
    pintar_chip(etiqueta, color)
    etiqueta.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return etiqueta


def pintar_chip(etiqueta: QLabel, color: str) -> None:
    fondo, tinta = _CHIPS[color]
    etiqueta.setStyleSheet(f"QLabel {{ background: {fondo}; color: {tinta}; border-radius: 9px; padding: 2px 10px; "
                           "font-weight: 600; }")


def fecha_larga(iso: str) -> str:
    """'2026-09-10' -> 'jueves 10 de septiembre de 2026'."""
    return QLocale(QLocale.Language.Spanish).toString(QDate.fromString(iso[:10], "yyyy-MM-dd"),
                                                      "dddd d 'de' MMMM 'de' yyyy")


def _decision(clave: str) -> str:
    from .sesion import DECISIONES

    return tr(DECISIONES[clave]).lower() if clave in DECISIONES else clave


def _cantidad(numero: int, singular: str, plural: str) -> str:
    return f"{numero} {singular if numero == 1 else plural}"


# --- el control segmentado (Presente | Ausente | Excusado; A favor | En contra | Abstención) ------------

class DelegadoSegmentos(QStyledItemDelegate):
    """Pinta en la celda un control segmentado y cambia el valor (ROL_VALOR) con un clic en un segmento.

    `opciones`: (valor, texto, color). Con `vaciable`, un clic en el segmento elegido lo desmarca (None).
    Si la celda no es editable se pinta apagada y no responde.
    """

    def __init__(self, opciones: Sequence[tuple[str, str, str]], vaciable: bool = False, padre=None):
        super().__init__(padre)
        self.opciones = list(opciones)
        self.vaciable = vaciable

    def segmentos(self, rect: QRect) -> list[QRectF]:
        marco = QRectF(rect).adjusted(5, 3, -5, -3)
        ancho = marco.width() / len(self.opciones)
        return [QRectF(marco.left() + n * ancho, marco.top(), ancho, marco.height()) for n in range(len(self.opciones))]

    def paint(self, pintor: QPainter, opcion: QStyleOptionViewItem, indice: QModelIndex) -> None:
        fondo = QStyleOptionViewItem(opcion)
        self.initStyleOption(fondo, indice)
        fondo.text = ""
        estilo = opcion.widget.style() if opcion.widget else QApplication.style()
        estilo.drawControl(QStyle.ControlElement.CE_ItemViewItem, fondo, pintor, opcion.widget)
        valor = indice.data(ROL_VALOR)
        activo = bool(indice.flags() & Qt.ItemFlag.ItemIsEditable)
        paleta = opcion.palette
        segmentos = self.segmentos(opcion.rect)
        marco = segmentos[0].united(segmentos[-1])
        pintor.save()
        pintor.setRenderHint(QPainter.RenderHint.Antialiasing)
        forma = QPainterPath()
        forma.addRoundedRect(marco, 5, 5)
        pintor.fillPath(forma, paleta.base())
        pintor.setClipPath(forma)
        fuente = QFont(opcion.font)
        if fuente.pointSizeF() > 0:
            fuente.setPointSizeF(fuente.pointSizeF() * 0.92)
        for segmento, (clave, texto, color) in zip(segmentos, self.opciones):
            elegido = clave == valor
            if elegido:
                relleno = QColor(color) if activo else mezclar(QColor(color), paleta.base().color(), 0.55)
                pintor.fillRect(segmento, relleno)
                tinta = QColor("#ffffff")
            else:
                tinta = paleta.text().color() if activo else paleta.placeholderText().color()
            fuente.setBold(elegido)
            pintor.setFont(fuente)
            pintor.setPen(tinta)
            pintor.drawText(segmento, Qt.AlignmentFlag.AlignCenter, texto)
        pintor.setClipping(False)
        borde = paleta.mid().color() if activo else paleta.midlight().color()
        pintor.setPen(QPen(borde, 1))
        for segmento in segmentos[1:]:
            pintor.drawLine(QPointF(segmento.left(), marco.top()), QPointF(segmento.left(), marco.bottom()))
        pintor.setBrush(Qt.BrushStyle.NoBrush)
        pintor.drawRoundedRect(marco.adjusted(0.5, 0.5, -0.5, -0.5), 5, 5)
        pintor.restore()

    def editorEvent(self, evento, modelo, opcion, indice) -> bool:
        if not indice.flags() & Qt.ItemFlag.ItemIsEditable:
            return False
        if evento.type() == QEvent.Type.MouseButtonDblClick:
            return True
        if evento.type() == QEvent.Type.MouseButtonRelease and evento.button() == Qt.MouseButton.LeftButton:
            for segmento, (clave, _texto, _color) in zip(self.segmentos(opcion.rect), self.opciones):
                if segmento.contains(evento.position()):
                    if clave == indice.data(ROL_VALOR):
                        if not self.vaciable:
                            return True
                        clave = None
                    modelo.setData(indice, clave, Qt.ItemDataRole.EditRole)
                    return True
        return False

    def createEditor(self, *_):
        return None

    def sizeHint(self, opcion, indice) -> QSize:
        medida = opcion.fontMetrics
        return QSize(sum(medida.horizontalAdvance(t) + 22 for _, t, _ in self.opciones) + 10, medida.height() + 12)


# --- el indicador de quórum ------------------------------------------------------------------------------

class _BarraQuorum(QWidget):
    """Una barra fina: presentes sobre la base, con una marca en el mínimo requerido."""

    def __init__(self, padre=None):
        super().__init__(padre)
        self.presentes, self.requerido, self.base, self.color = 0, 0, 0, QColor(VERDE)
        self.setFixedHeight(10)

    def fijar(self, presentes: int, requerido: int, base: int, color: str) -> None:
        self.presentes, self.requerido, self.base, self.color = presentes, requerido, base, QColor(color)
        self.update()

    def paintEvent(self, _evento) -> None:
        pintor = QPainter(self)
        pintor.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0, 2, 0, -2)
        pintor.setPen(Qt.PenStyle.NoPen)
        pintor.setBrush(QColor(0, 0, 0, 28))
        pintor.drawRoundedRect(rect, 3, 3)
        if self.base:
            lleno = QRectF(rect)
            lleno.setWidth(rect.width() * min(self.presentes, self.base) / self.base)
            pintor.setBrush(self.color)
            pintor.drawRoundedRect(lleno, 3, 3)
            x = rect.left() + rect.width() * min(self.requerido, self.base) / self.base
            pintor.setPen(QPen(QColor(0, 0, 0, 150), 2))
            pintor.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        pintor.end()


class IndicadorQuorum(QFrame):
    """«Quórum: 27 de 52 — se verifica» en verde o «… — no hay quórum, faltan 3» en rojo, con la regla."""

    _ESTILOS = {"bien": ("#eaf6ec", "#8cc79a", "#1e5e2c", VERDE), "mal": ("#fdecea", "#e6a39b", "#8c2a1f", ROJO),
                "segunda": ("#fff6e0", "#e3b341", "#6b4a00", _AMBAR_FUERTE)}

    def __init__(self, padre=None):
        super().__init__(padre)
        self.setObjectName("indicadorQuorum")
        self.simbolo = QLabel()
        self.simbolo.setFont(escalar(self.font(), 2.1, negrita=True))
        self.simbolo.setFixedWidth(40)
        self.simbolo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.principal = QLabel()
        self.principal.setFont(escalar(self.font(), 1.55, negrita=True))
        self.regla = QLabel()
        self.regla.setWordWrap(True)
        self.barra = _BarraQuorum()
        textos = QVBoxLayout()
        textos.setSpacing(2)
        textos.addWidget(self.principal)
        textos.addWidget(self.regla)
        textos.addSpacing(4)
        textos.addWidget(self.barra)
        caja = QHBoxLayout(self)
        caja.setContentsMargins(12, 10, 16, 10)
        caja.addWidget(self.simbolo)
        caja.addLayout(textos, 1)
        self.hay = False

    def mostrar(self, quorum) -> None:
        presentes, base, requerido = quorum.presentes, quorum.base, quorum.requerido
        self.hay = quorum.hay
        if quorum.segunda_convocatoria:
            clase, simbolo = "segunda", "✓"
            texto = self.tr("Quórum: {0} de {1} — segunda convocatoria, se sesiona con los presentes").format(presentes, base)
        elif quorum.hay:
            clase, simbolo = "bien", "✓"
            texto = self.tr("Quórum: {0} de {1} — se verifica").format(presentes, base)
        else:
            clase, simbolo = "mal", "✗"
            faltan = requerido - presentes
            texto = (self.tr("Quórum: {0} de {1} — no hay quórum, falta 1").format(presentes, base) if faltan == 1 else
                     self.tr("Quórum: {0} de {1} — no hay quórum, faltan {2}").format(presentes, base, faltan))
        fondo, borde, tinta, fuerte = self._ESTILOS[clase]
        self.setStyleSheet(f"QFrame#indicadorQuorum {{ background: {fondo}; border: 1px solid {borde}; border-radius: 8px; }}"
                           f" QLabel {{ color: {tinta}; background: transparent; }}")
        self.simbolo.setText(simbolo)
        self.principal.setText(texto)
        regla = quorum.regla.describir().removeprefix("Quórum: ")
        self.regla.setText(self.tr("Regla: {0} Se requieren {1} de {2}.").format(regla, requerido, base))
        self.setToolTip(self.tr("Cuentan los presentes con derecho a voto y los ausentes que dieron su poder a un "
                                "presente. Los miembros sin voto no cuentan."))
        self.barra.fijar(presentes, requerido, base, fuerte)

    @property
    def texto(self) -> str:
        return self.principal.text()


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
        nuevos = sorted(habilitados, key=lambda h: (normalizar(nombre_pais(h.pais or "")), normalizar(h.miembro or "")))
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
            if columna == C_MIEMBRO and h.persona:
                return self.tr("Autoridad: {0}").format(h.persona)
            if columna == C_ASISTE and presente:
                return (self.tr("Asiste la autoridad. Doble clic para indicar un representante acreditado.") if autoridad
                        else self.tr("Representante acreditado. Doble clic para cambiarlo."))
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
        self._texto = normalizar(texto.strip())
        self.invalidateFilter()

    def filterAcceptsRow(self, fila, _padre) -> bool:
        if not self._texto:
            return True
        h = self.sourceModel().fila(fila)
        return self._texto in normalizar(" ".join(filter(None, (h.miembro, nombre_pais(h.pais or ""), h.persona,
                                                                 h.representante))))


class DelegadoPoder(QStyledItemDelegate):
    """Una lista de los presentes con voto para elegir a quién se da el poder."""

    def __init__(self, candidatos: Callable[[QModelIndex], list[tuple[int, str]]], padre=None):
        super().__init__(padre)
        self._candidatos = candidatos

    def createEditor(self, padre, _opcion, indice):
        combo = QComboBox(padre)
        combo.addItem(tr("— sin poder —"), None)
        for clave, nombre in self._candidatos(indice):
            combo.addItem(nombre, clave)
        combo.activated.connect(lambda _: (self.commitData.emit(combo), self.closeEditor.emit(combo)))
        return combo

    def setEditorData(self, combo, indice) -> None:
        combo.setCurrentIndex(max(combo.findData(indice.data(ROL_VALOR)), 0))
        QTimer.singleShot(0, combo.showPopup)   # la lista se abre ya ubicada sobre la celda

    def setModelData(self, combo, modelo, indice) -> None:
        if combo.currentData() != indice.data(ROL_VALOR):
            modelo.setData(indice, combo.currentData(), Qt.ItemDataRole.EditRole)


class _SinEditor(QStyledItemDelegate):
    """La celda se edita en un diálogo (doble clic), no en el lugar."""

    def createEditor(self, *_):
        return None


class TablaAsistencia(QTableView):
    """Con filas elegidas, las teclas P, A y E marcan Presente, Ausente o Excusado."""

    marcar = Signal(list, str)  # filas del modelo de origen, estado

    _TECLAS = {Qt.Key.Key_P: "presente", Qt.Key.Key_A: "ausente", Qt.Key.Key_E: "excusado"}

    def keyPressEvent(self, evento) -> None:
        estado = self._TECLAS.get(evento.key())
        if estado and not evento.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            filas = sorted({i.row() for i in self.selectionModel().selectedRows()})
            if filas:
                self.marcar.emit([self.model().mapToSource(self.model().index(f, 0)).row() for f in filas], estado)
                return
        super().keyPressEvent(evento)


class PestanaAsistencia(QWidget):
    def __init__(self, editor: "EditorSesion"):
        super().__init__()
        self.editor = editor
        self.indicador = IndicadorQuorum()
        self.sin_integrantes = CajaAvisos()
        self.busqueda = QLineEdit()
        self.busqueda.setPlaceholderText(self.tr("Buscar miembro, país o persona…"))
        self.busqueda.setClearButtonEnabled(True)
        self.busqueda.setMinimumWidth(260)
        self.boton_todos = QPushButton(self.tr("Todos presentes"))
        self.boton_todos.setToolTip(self.tr("Marca presentes a todos los integrantes; después se desmarca a quien falte"))
        self.boton_todos.clicked.connect(self.todos_presentes)
        self.resumen = nota()
        self.resumen.setWordWrap(False)

        self.modelo = ModeloAsistencia(self._guardar, self)
        self.filtro = FiltroAsistencia(self)
        self.filtro.setSourceModel(self.modelo)
        self.busqueda.textChanged.connect(self.filtro.buscar)
        self.tabla = TablaAsistencia()
        self.tabla.setModel(self.filtro)
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tabla.setAlternatingRowColors(True)
        self.tabla.setWordWrap(False)
        self.tabla.verticalHeader().hide()
        self.tabla.verticalHeader().setDefaultSectionSize(30)
        self.segmentos = DelegadoSegmentos([("presente", self.tr("Presente"), VERDE),
                                            ("ausente", self.tr("Ausente"), _GRIS_FUERTE),
                                            ("excusado", self.tr("Excusado"), _AMBAR_FUERTE)], padre=self.tabla)
        self.tabla.setItemDelegateForColumn(C_ASISTENCIA, self.segmentos)
        self.tabla.setItemDelegateForColumn(C_PODER, DelegadoPoder(
            lambda i: self.modelo.candidatos_poder(self.modelo.fila(self.filtro.mapToSource(i).row())), self.tabla))
        self.tabla.setItemDelegateForColumn(C_ASISTE, _SinEditor(self.tabla))
        self.tabla.doubleClicked.connect(self._doble_clic)
        cabecera = self.tabla.horizontalHeader()
        cabecera.setHighlightSections(False)
        cabecera.setStretchLastSection(True)
        cabecera.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for columna, ancho in ((C_MIEMBRO, 170), (C_PAIS, 95), (C_ASISTENCIA, 232), (C_ASISTE, 215), (C_PODER, 140)):
            self.tabla.setColumnWidth(columna, ancho)
        cabecera.setSectionResizeMode(C_ASISTENCIA, QHeaderView.ResizeMode.Fixed)
        self.tabla.marcar.connect(self.marcar_filas)
        self.busqueda.textChanged.connect(lambda _: self._unir_celdas())
        self.ayuda = nota(self.tr("Clic o teclas P, A, E para marcar · doble clic en «Asiste» para un representante "
                                  "acreditado y en «Poder a» para el poder de un ausente"))

        self.invitados = tabla_lectura([self.tr("Nombre"), self.tr("Institución"), self.tr("Calidad")], 1)
        self.boton_invitado = QPushButton(self.tr("Agregar invitado…"))
        self.boton_invitado.clicked.connect(self.agregar_invitado)

        barra = QHBoxLayout()
        barra.addWidget(self.busqueda)
        barra.addWidget(self.boton_todos)
        barra.addSpacing(12)
        barra.addWidget(self.resumen, 1)
        cabeza_invitados = QHBoxLayout()
        cabeza_invitados.addWidget(subtitulo(self.tr("Invitados y observadores (sin voto)")))
        cabeza_invitados.addStretch(1)
        cabeza_invitados.addWidget(self.boton_invitado)
        caja = QVBoxLayout(self)
        caja.setContentsMargins(8, 10, 8, 8)
        caja.setSpacing(8)
        caja.addWidget(self.indicador)
        caja.addWidget(self.sin_integrantes)
        caja.addLayout(barra)
        caja.addWidget(self.tabla, 1)
        caja.addWidget(self.ayuda)
        caja.addSpacing(2)
        caja.addLayout(cabeza_invitados)
        caja.addWidget(self.invitados)

    # --- datos ---
    def cargar(self, estado) -> None:
        self.modelo.cargar(estado.habilitados)
        self.indicador.mostrar(estado.quorum)
        self.sin_integrantes.mostrar([] if estado.habilitados else [self.tr(
            "Nadie integra el órgano en la fecha de la sesión ({0}): revise los mandatos en el área Órganos.").format(
            fecha_dma(estado.sesion["fecha"]))])
        cuenta = {clave: sum(1 for h in estado.habilitados if h.estado == clave) for clave in ASISTENCIA}
        poderes = sum(1 for h in estado.habilitados if h.poder_a is not None and h.estado != "presente")
        sin_voto = sum(1 for h in estado.habilitados if not h.con_voto)
        partes = [_cantidad(len(estado.habilitados), self.tr("integrante"), self.tr("integrantes")),
                  _cantidad(cuenta["presente"], self.tr("presente"), self.tr("presentes")),
                  _cantidad(cuenta["ausente"], self.tr("ausente"), self.tr("ausentes")),
                  _cantidad(cuenta["excusado"], self.tr("excusado"), self.tr("excusados"))]
        if poderes:
            partes.append(_cantidad(poderes, self.tr("poder"), self.tr("poderes")))
        if sin_voto:
            partes.append(self.tr("{0} sin voto").format(sin_voto))
        self.resumen.setText("  ·  ".join(partes))
        llenar_tabla(self.invitados, [[i["nombre"], i["institucion"] or "", tr(i["calidad"].capitalize())]
                                      for i in estado.invitados])
        visibles = min(max(len(estado.invitados), 1), 4)
        self.invitados.setFixedHeight(self.invitados.horizontalHeader().sizeHint().height() + 24 * visibles + 6)
        self._unir_celdas()

    def _unir_celdas(self) -> None:
        """Sin voto no hay poder que dar: «Poder a» y «Voto» se unen para leer el motivo entero."""
        self.tabla.clearSpans()
        for fila in range(self.filtro.rowCount()):
            if not self.modelo.fila(self.filtro.mapToSource(self.filtro.index(fila, 0)).row()).con_voto:
                self.tabla.setSpan(fila, C_PODER, 1, 2)

    def _doble_clic(self, indice) -> None:
        if indice.column() != C_ASISTE or not (indice.flags() & Qt.ItemFlag.ItemIsEditable):
            return
        self.representacion(self.modelo.fila(self.filtro.mapToSource(indice).row()).miembro_id)

    def representacion(self, miembro_id: int) -> None:
        """Quién asiste por el miembro: la autoridad o un representante acreditado (nombre y cargo)."""
        from .sesion import DialogoRepresentacion

        fila = self.modelo.fila_de(miembro_id)
        if fila is None:
            return
        h = self.modelo.fila(fila)
        dialogo = DialogoRepresentacion(h.miembro, h.persona, h.representante, h.cargo_representante, self)
        aceptado = dialogo.exec()
        valores = dialogo.valores()
        descartar(dialogo)
        if aceptado:
            self.modelo.setData(self.modelo.index(fila, C_ASISTE), valores)

    def fijar_solo_lectura(self, solo_lectura: bool) -> None:
        self.modelo.fijar_editable(not solo_lectura)
        self.boton_todos.setEnabled(not solo_lectura)
        self.boton_invitado.setEnabled(not solo_lectura)
        self.ayuda.setVisible(not solo_lectura)

    @property
    def filas(self) -> list:
        return self.modelo.filas

    # --- registrar ---
    def _registrar(self, h, cambios: dict) -> None:
        datos = {"estado": h.estado, "representante": h.representante, "cargo_representante": h.cargo_representante,
                 "poder_a": h.poder_a}
        datos.update(cambios)
        if datos["estado"] == "presente":
            datos["poder_a"] = None
        registrar_asistencia(self.editor.db, self.editor.asociacion["id"], self.editor.sesion_id, h.miembro_id,
                             datos["estado"], datos["representante"], datos["cargo_representante"], datos["poder_a"], h.peso)

    def _guardar(self, h, cambios: dict) -> bool:
        try:
            self._registrar(h, cambios)
        except ErrorEscritorio as error:
            QMessageBox.warning(self, self.tr("Asistencia"), error.mensaje)
            return False
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "registrar asistencia")
            return False
        self.editor.asistencia_cambiada()
        return True

    def marcar(self, miembro_id: int, estado: str) -> bool:
        """Marca la asistencia de un miembro como lo hace el clic en la tabla; True si quedó en ese estado."""
        fila = self.modelo.fila_de(miembro_id)
        if fila is None:
            return False
        if self.modelo.fila(fila).estado == estado:
            return True
        return self.modelo.setData(self.modelo.index(fila, C_ASISTENCIA), estado)

    def marcar_filas(self, filas: list[int], estado: str) -> None:
        self._varios([self.modelo.fila(f) for f in filas], estado)

    def todos_presentes(self) -> None:
        self._varios(self.modelo.filas, "presente")

    def _varios(self, habilitados: list, estado: str) -> None:
        if self.editor.solo_lectura:
            return
        try:
            for h in habilitados:
                if h.estado != estado:
                    self._registrar(h, {"estado": estado})
        except ErrorEscritorio as error:
            QMessageBox.warning(self, self.tr("Asistencia"), error.mensaje)
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "registrar asistencia")
        self.editor.asistencia_cambiada()

    def agregar_invitado(self) -> None:
        from .sesion import DialogoInvitado

        dialogo = DialogoInvitado(self.editor.db, self.editor.asociacion, self.editor.sesion_id, self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho:
            self.editor.asistencia_cambiada()


# --- orden del día ----------------------------------------------------------------------------------------

class PestanaOrden(QWidget):
    """El árbol del orden del día y, para el punto elegido, el resumen de lo tratado y sus resoluciones."""

    def __init__(self, editor: "EditorSesion"):
        super().__init__()
        self.editor = editor
        self._punto: dict | None = None
        self.arbol = QTreeWidget()
        self.arbol.setColumnCount(2)
        self.arbol.setHeaderLabels([self.tr("Punto"), self.tr("Tipo")])
        self.arbol.setRootIsDecorated(False)
        self.arbol.setUniformRowHeights(True)
        self.arbol.setIndentation(22)
        self.arbol.setAlternatingRowColors(True)
        self.arbol.header().setStretchLastSection(False)
        self.arbol.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.arbol.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.arbol.currentItemChanged.connect(lambda actual, _: self._elegido(actual))
        self.boton_punto = QPushButton(self.tr("Agregar punto…"))
        self.boton_punto.clicked.connect(lambda: self.agregar(subpunto=False))
        self.boton_subpunto = QPushButton(self.tr("Agregar subpunto…"))
        self.boton_subpunto.setToolTip(self.tr("Un punto dentro del punto elegido (1.1, 1.2…)"))
        self.boton_subpunto.clicked.connect(lambda: self.agregar(subpunto=True))
        izquierda = QWidget()
        columna = QVBoxLayout(izquierda)
        columna.setContentsMargins(0, 0, 0, 0)
        columna.addWidget(self.arbol, 1)
        botones = QHBoxLayout()
        botones.addWidget(self.boton_punto)
        botones.addWidget(self.boton_subpunto)
        botones.addStretch(1)
        columna.addLayout(botones)

        self.titulo = titulo("", 1.25)
        self.detalle = nota()
        self.resumen = QPlainTextEdit()
        self.resumen.setPlaceholderText(self.tr("Lo que se trató en este punto: informes, intervenciones, propuestas y "
                                                "acuerdos. Es el texto que va al acta."))
        self.resumen.textChanged.connect(self._resumen_editado)
        self.estado_guardado = nota()
        self._demora = QTimer(self)
        self._demora.setSingleShot(True)
        self._demora.setInterval(900)
        self._demora.timeout.connect(self.guardar_pendiente)
        self.resoluciones = QLabel()
        self.resoluciones.setWordWrap(True)
        self.resoluciones.setTextFormat(Qt.TextFormat.RichText)
        self.boton_resolucion = QPushButton(self.tr("Adoptar resolución…"))
        self.boton_resolucion.clicked.connect(lambda: self._punto and self.editor.adoptar_resolucion(self._punto))
        self.detalle_punto = QWidget()
        caja = QVBoxLayout(self.detalle_punto)
        caja.setContentsMargins(8, 0, 0, 0)
        caja.addWidget(self.titulo)
        caja.addWidget(self.detalle)
        caja.addSpacing(6)
        fila = QHBoxLayout()
        fila.addWidget(subtitulo(self.tr("Resumen de lo tratado")))
        fila.addStretch(1)
        fila.addWidget(self.estado_guardado)
        caja.addLayout(fila)
        caja.addWidget(self.resumen, 1)
        caja.addSpacing(4)
        fila = QHBoxLayout()
        fila.addWidget(self.resoluciones, 1)
        fila.addWidget(self.boton_resolucion, 0, Qt.AlignmentFlag.AlignTop)
        caja.addLayout(fila)
        self.vacio = nota(self.tr("El orden del día está vacío. Agregue el primer punto con «Agregar punto…»; los "
                                  "puntos de tipo Votación o Elección aparecen luego en la pestaña Votaciones."))
        self.vacio.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.derecha = QStackedWidget()
        self.derecha.addWidget(self.vacio)
        self.derecha.addWidget(self.detalle_punto)

        divisor = QSplitter()
        divisor.setChildrenCollapsible(False)
        divisor.addWidget(izquierda)
        divisor.addWidget(self.derecha)
        divisor.setStretchFactor(1, 1)
        divisor.setSizes([430, 560])
        caja = QVBoxLayout(self)
        caja.setContentsMargins(8, 10, 8, 8)
        caja.addWidget(divisor)

    def cargar(self) -> None:
        self.guardar_pendiente()
        elegido = self._punto["id"] if self._punto else None
        puntos = self.editor.puntos
        self.arbol.blockSignals(True)
        self.arbol.clear()
        items: dict[int, QTreeWidgetItem] = {}
        actual = None
        for p in puntos:
            estado = self.editor.votacion_de(p)
            eleccion = self.editor.resumen_eleccion(p)
            tipo = tr(TIPOS_PUNTO[p["tipo"]])
            if estado is not None:
                tipo += " — " + (self.tr("aprobada") if estado["aprobada"] else self.tr("rechazada"))
            elif eleccion is not None:
                tipo += " — " + eleccion[0][:1].lower() + eleccion[0][1:]
            item = QTreeWidgetItem([f"{p['numeracion']}.  {p['titulo']}", tipo])
            item.setData(0, ROL_VALOR, p["id"])
            item.setToolTip(0, p["titulo"])
            item.setSizeHint(0, QSize(0, 26))
            if p["padre_id"] is None:
                item.setFont(0, escalar(item.font(0), 1.0, negrita=True))
            if estado is not None:
                item.setForeground(1, QColor(VERDE if estado["aprobada"] else ROJO))
            elif eleccion is not None:
                item.setForeground(1, QColor(eleccion[1]))
            elif p["tipo"] in ("votacion", "eleccion"):
                item.setForeground(1, QColor(ACENTO))
            padre = items.get(p["padre_id"])
            (padre.addChild(item) if padre is not None else self.arbol.addTopLevelItem(item))
            items[p["id"]] = item
            if p["id"] == elegido:
                actual = item
        self.arbol.expandAll()
        self.arbol.blockSignals(False)
        if actual is None and self.arbol.topLevelItemCount():
            actual = self.arbol.topLevelItem(0)
        self.arbol.setCurrentItem(actual)
        self._elegido(actual)

    def seleccionar(self, punto_id: int) -> None:
        for item in self.arbol.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, ROL_VALOR) == punto_id:
                self.arbol.setCurrentItem(item)
                return

    def _elegido(self, item: QTreeWidgetItem | None) -> None:
        self.guardar_pendiente()
        clave = None if item is None else item.data(0, ROL_VALOR)
        self._punto = next((p for p in self.editor.puntos if p["id"] == clave), None)
        self.boton_subpunto.setEnabled(self._punto is not None and not self.editor.solo_lectura)
        if self._punto is None:
            self.derecha.setCurrentWidget(self.vacio)
            return
        p = self._punto
        self.derecha.setCurrentWidget(self.detalle_punto)
        self.titulo.setText(f"{p['numeracion']}. {p['titulo']}")
        partes = [tr(TIPOS_PUNTO[p["tipo"]])]
        if p["tipo"] in ("votacion", "eleccion"):
            partes.append(self.tr("decisión: {0}").format(_decision(p["tipo_decision"])))
            estado = self.editor.votacion_de(p)
            eleccion = self.editor.eleccion_de(p)
            if estado is None and eleccion is not None:
                partes.append(eleccion.texto_resultado if eleccion.estado != "abierta" else self.tr("elección pendiente"))
            else:
                partes.append(self.tr("votación pendiente") if estado is None else estado["texto"])
        self.detalle.setText("  ·  ".join(partes))
        self.resumen.blockSignals(True)
        self.resumen.setPlainText(p["resumen"] or "")
        self.resumen.blockSignals(False)
        self.estado_guardado.setText("")
        self.resoluciones.setText(self.editor.texto_resoluciones(p))
        self._actualizar_boton_resolucion()

    def _actualizar_boton_resolucion(self) -> None:
        p = self._punto
        if p is None:
            return
        if self.editor.solo_lectura:
            self.boton_resolucion.setEnabled(False)
            return
        votable = p["tipo"] in ("votacion", "eleccion")
        estado = self.editor.votacion_de(p)
        eleccion = self.editor.eleccion_de(p)
        permitido = not votable or (estado is not None and estado["aprobada"]) or (
            eleccion is not None and eleccion.estado != "abierta" and eleccion.ganadora is not None)
        self.boton_resolucion.setEnabled(permitido)
        self.boton_resolucion.setToolTip("" if permitido else self.tr(
            "Este punto se vota: cierre primero la votación en la pestaña Votaciones."))

    def _resumen_editado(self) -> None:
        if self._punto is None or self.editor.solo_lectura:
            return
        self.estado_guardado.setText(self.tr("Sin guardar…"))
        self._demora.start()

    def guardar_pendiente(self) -> None:
        """Guarda ya el resumen que se estaba escribiendo (al cambiar de punto, de pestaña o de sesión)."""
        if not self._demora.isActive() or self._punto is None:
            return
        self._demora.stop()
        texto = self.resumen.toPlainText()
        try:
            resumir_punto(self.editor.db, self.editor.asociacion["id"], self._punto["id"], texto)
        except Exception as error:  # noqa: BLE001
            self.estado_guardado.setText("")
            mostrar_error(self, error, "guardar resumen")
            return
        self._punto["resumen"] = texto.strip() or None
        self.estado_guardado.setText(self.tr("✓ Guardado"))
        self.editor.cambiado.emit()

    def fijar_solo_lectura(self, solo_lectura: bool) -> None:
        self.boton_punto.setEnabled(not solo_lectura)
        self.boton_subpunto.setEnabled(not solo_lectura and self._punto is not None)
        self.resumen.setReadOnly(solo_lectura)
        self._actualizar_boton_resolucion()

    def agregar(self, subpunto: bool) -> None:
        from .sesion import DialogoPunto

        padre = self._punto if subpunto else None
        if subpunto and padre is None:
            return
        if padre is not None and padre["padre_id"] is not None:
            padre = next((p for p in self.editor.puntos if p["id"] == padre["padre_id"]), padre)
        self.guardar_pendiente()
        dialogo = DialogoPunto(self.editor.db, self.editor.asociacion, self.editor.sesion_id,
                               padre["id"] if padre else None, f"{padre['numeracion']}. {padre['titulo']}" if padre else "",
                               self, organo_id=self.editor.sesion["organo_id"])
        dialogo.exec()
        agregados = list(dialogo.agregados)
        descartar(dialogo)
        if agregados:
            self.editor.recargar()
            self.seleccionar(agregados[-1])


# --- votaciones -------------------------------------------------------------------------------------------

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
        self._filas = sorted(votantes, key=lambda h: (normalizar(nombre_pais(h.pais or "")), normalizar(h.miembro)))
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


def _combo(opciones: dict[str, str], valor: str) -> QComboBox:
    combo = QComboBox()
    for clave, etiqueta in opciones.items():
        combo.addItem(tr(etiqueta[:1].upper() + etiqueta[1:]), clave)
    combo.setCurrentIndex(max(combo.findData(valor), 0))
    return combo


def _contador() -> QSpinBox:
    campo = QSpinBox()
    campo.setRange(0, 99999)
    campo.setMinimumWidth(110)
    campo.setMinimumHeight(34)
    campo.setFont(escalar(campo.font(), 1.3, negrita=True))
    campo.setAlignment(Qt.AlignmentFlag.AlignRight)
    # Alto fijo: en una ventana baja, el panel se desplaza en lugar de aplastar los contadores.
    campo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return campo


class PestanaVotaciones(QWidget):
    """Los puntos que se votan; para el elegido, la forma de votar, el recuento y el resultado en vivo.

    Un punto de tipo Elección muestra el panel de la elección del cargo (`eleccion.PanelEleccion`), salvo que ya se
    haya votado por sí o por no, o que se elija votarlo así.
    """

    def __init__(self, editor: "EditorSesion"):
        from .eleccion import PanelEleccion

        super().__init__()
        self.editor = editor
        self._punto: dict | None = None
        self._estado = None   # asistencia según la regla de quórum del punto
        self._si_no: set[int] = set()   # puntos de elección que se eligió votar por sí o por no
        self.lista = tabla_lectura([self.tr("Punto"), self.tr("Resultado")], 0)
        self.lista.setMinimumWidth(300)
        self.lista.itemSelectionChanged.connect(self._elegido)

        self.titulo = titulo("", 1.25)
        self.detalle = nota()
        self.quorum = QLabel()
        self.quorum.setWordWrap(True)
        self.metodo = _combo(METODOS, "alzada")
        self.mayoria = _combo(MAYORIAS, "simple")
        self.base = _combo(BASES, "emitidos")
        for combo in (self.metodo, self.mayoria, self.base):
            combo.currentIndexChanged.connect(lambda _: self._actualizar())
        forma = QHBoxLayout()
        for rotulo, combo in ((self.tr("Método:"), self.metodo), (self.tr("Mayoría:"), self.mayoria),
                              (self.tr("Base:"), self.base)):
            forma.addWidget(QLabel(rotulo))
            forma.addWidget(combo)
            forma.addSpacing(8)
        forma.addStretch(1)

        # Recuento por totales (a mano alzada o secreta).
        self.a_favor, self.en_contra, self.abstenciones = _contador(), _contador(), _contador()
        rejilla = QGridLayout()
        rejilla.setHorizontalSpacing(18)
        for columna, (rotulo, campo, color) in enumerate(((self.tr("A favor"), self.a_favor, VERDE),
                                                          (self.tr("En contra"), self.en_contra, ROJO),
                                                          (self.tr("Abstenciones"), self.abstenciones, _GRIS_FUERTE))):
            etiqueta = QLabel(rotulo)
            etiqueta.setStyleSheet(f"color: {color}; font-weight: 600;")
            rejilla.addWidget(etiqueta, 0, columna)
            rejilla.addWidget(campo, 1, columna)
            campo.valueChanged.connect(lambda _: self._actualizar())
        rejilla.setColumnStretch(3, 1)
        self.votos = nota()
        totales = QWidget()
        caja = QVBoxLayout(totales)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addLayout(rejilla)
        caja.addWidget(self.votos)
        caja.addStretch(1)

        # Votación nominal: un sentido por miembro.
        self.nominal = ModeloNominal(self._actualizar, self)
        self.tabla_nominal = QTableView()
        self.tabla_nominal.setModel(self.nominal)
        self.tabla_nominal.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla_nominal.setAlternatingRowColors(True)
        self.tabla_nominal.verticalHeader().hide()
        self.tabla_nominal.verticalHeader().setDefaultSectionSize(30)
        self.tabla_nominal.setItemDelegateForColumn(3, DelegadoSegmentos(
            [("a_favor", self.tr("A favor"), VERDE), ("en_contra", self.tr("En contra"), ROJO),
             ("abstencion", self.tr("Abstención"), _GRIS_FUERTE)], vaciable=True, padre=self.tabla_nominal))
        for columna, ancho in ((0, 160), (1, 95), (2, 130)):
            self.tabla_nominal.setColumnWidth(columna, ancho)
        self.tabla_nominal.horizontalHeader().setStretchLastSection(True)
        self.tabla_nominal.horizontalHeader().setHighlightSections(False)
        self.tabla_nominal.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.tabla_nominal.horizontalHeader().setMinimumSectionSize(60)
        self.boton_todos_favor = QPushButton(self.tr("Todos a favor"))
        self.boton_todos_favor.clicked.connect(lambda: self.nominal.todos("a_favor"))
        self.boton_limpiar = QPushButton(self.tr("Borrar los votos"))
        self.boton_limpiar.clicked.connect(self.nominal.limpiar)
        self.votos_nominales = nota()
        nominal = QWidget()
        caja = QVBoxLayout(nominal)
        caja.setContentsMargins(0, 0, 0, 0)
        fila = QHBoxLayout()
        fila.addWidget(self.boton_todos_favor)
        fila.addWidget(self.boton_limpiar)
        fila.addSpacing(10)
        fila.addWidget(self.votos_nominales, 1)
        caja.addLayout(fila)
        caja.addWidget(self.tabla_nominal, 1)
        self.totales, self.panel_nominal = totales, nominal

        self.resultado = QLabel()
        self.resultado.setObjectName("resultadoVotacion")
        self.resultado.setWordWrap(True)
        self.resultado.setFont(escalar(self.font(), 1.12, negrita=True))
        self.problemas = CajaAvisos()
        self.boton_cerrar = QPushButton(self.tr("Cerrar votación"))
        self.boton_cerrar.setToolTip(self.tr("Registra el resultado y quién tenía derecho a votar; no se puede repetir"))
        self.boton_cerrar.clicked.connect(self.cerrar_votacion)
        self.boton_resolucion = QPushButton(self.tr("Adoptar resolución…"))
        self.boton_resolucion.clicked.connect(lambda: self._punto and self.editor.adoptar_resolucion(self._punto))
        self.resoluciones = QLabel()
        self.resoluciones.setWordWrap(True)
        self.resoluciones.setTextFormat(Qt.TextFormat.RichText)
        self.cerrada = QLabel()
        self.cerrada.setWordWrap(True)
        self.cerrada.setTextFormat(Qt.TextFormat.RichText)
        self.cerrada.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formulario = QWidget()
        caja = QVBoxLayout(self.formulario)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addLayout(forma)
        caja.addSpacing(6)
        caja.addWidget(self.totales)
        caja.addWidget(self.panel_nominal, 1)
        self.panel_nominal.hide()
        self.boton_eleccion = QPushButton(self.tr("Elegir un cargo…"))
        self.boton_eleccion.setToolTip(self.tr("Votar este punto como elección de un cargo entre candidaturas"))
        self.boton_eleccion.clicked.connect(lambda: self._votar_si_no(False))
        acciones = QHBoxLayout()
        acciones.addWidget(self.boton_cerrar)
        acciones.addWidget(self.boton_resolucion)
        acciones.addStretch(1)
        acciones.addWidget(self.boton_eleccion)
        self.panel_votacion = QWidget()
        caja = QVBoxLayout(self.panel_votacion)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.setSpacing(8)
        caja.addWidget(self.quorum)
        caja.addSpacing(4)
        caja.addWidget(self.formulario, 1)
        caja.addWidget(self.cerrada)
        caja.addWidget(self.resultado)
        caja.addWidget(self.problemas)
        caja.addLayout(acciones)
        caja.addWidget(self.resoluciones)
        caja.addStretch(0)
        self.panel_eleccion = PanelEleccion(editor)
        self.panel_eleccion.boton_si_no.clicked.connect(lambda: self._votar_si_no(True))
        self.modos = QStackedWidget()
        self.modos.addWidget(self.panel_votacion)
        self.modos.addWidget(self.panel_eleccion)
        detalle = QWidget()
        caja = QVBoxLayout(detalle)
        caja.setContentsMargins(8, 0, 0, 0)
        caja.setSpacing(8)
        caja.addWidget(self.titulo)
        caja.addWidget(self.detalle)
        caja.addWidget(self.modos, 1)
        self.vacio = nota(self.tr("No hay puntos que se voten. En el orden del día, agregue un punto de tipo Votación "
                                  "o Elección."))
        self.vacio.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.derecha = QStackedWidget()
        self.derecha.addWidget(self.vacio)
        self.derecha.addWidget(detalle)
        divisor = QSplitter()
        divisor.setChildrenCollapsible(False)
        divisor.addWidget(self.lista)
        divisor.addWidget(self.derecha)
        divisor.setStretchFactor(1, 1)
        divisor.setSizes([340, 650])
        caja = QVBoxLayout(self)
        caja.setContentsMargins(8, 10, 8, 8)
        caja.addWidget(divisor)

    @property
    def puntos(self) -> list[dict]:
        return [p for p in self.editor.puntos if p["tipo"] in ("votacion", "eleccion")]

    def cargar(self) -> None:
        elegido = self._punto["id"] if self._punto else None
        puntos = self.puntos
        filas, colores = [], []
        for p in puntos:
            estado = self.editor.votacion_de(p)
            eleccion = self.editor.resumen_eleccion(p)
            if estado is not None:
                texto = self.tr("Aprobada") if estado["aprobada"] else self.tr("Rechazada")
                color = VERDE if estado["aprobada"] else ROJO
            elif eleccion is not None:
                texto, color = eleccion
            else:
                texto, color = self.tr("Pendiente"), None
            filas.append([f"{p['numeracion']}.  {p['titulo']}", texto])
            colores.append(color)
        self.lista.blockSignals(True)
        llenar_tabla(self.lista, filas, datos=puntos, color=lambda n: colores[n])
        for n, p in enumerate(puntos):
            self.lista.item(n, 0).setToolTip(p["titulo"])
            eleccion = self.editor.eleccion_de(p)
            ayuda = [eleccion.ganadora["nombre"]] if eleccion is not None and eleccion.ganadora else []
            ayuda += self.editor.numeros_de_resoluciones(p)
            if ayuda:
                self.lista.item(n, 1).setToolTip(", ".join(ayuda))
        self.lista.blockSignals(False)
        fila = next((n for n, p in enumerate(puntos) if p["id"] == elegido), 0 if puntos else None)
        self._punto = None if fila is None else puntos[fila]
        if fila is not None:
            self.lista.blockSignals(True)
            self.lista.selectRow(fila)
            self.lista.blockSignals(False)
        self._mostrar(reiniciar=self._punto is None or self._punto["id"] != elegido)

    def seleccionar(self, punto_id: int) -> None:
        fila = next((n for n, p in enumerate(self.puntos) if p["id"] == punto_id), None)
        if fila is not None:
            self.lista.selectRow(fila)

    def _elegido(self) -> None:
        filas = filas_elegidas(self.lista)
        punto = dato_de_fila(self.lista, filas[0]) if filas else None
        if punto is not None and (self._punto is None or punto["id"] != self._punto["id"]):
            self._punto = punto
            self._mostrar(reiniciar=True)

    def _mostrar(self, reiniciar: bool) -> None:
        p = self._punto
        if p is None:
            self.derecha.setCurrentWidget(self.vacio)
            return
        self.derecha.setCurrentIndex(1)
        self.titulo.setText(f"{p['numeracion']}. {p['titulo']}")
        self.detalle.setText("  ·  ".join([tr(TIPOS_PUNTO[p["tipo"]]),
                                           self.tr("decisión: {0}").format(_decision(p["tipo_decision"]))]))
        if self.es_eleccion(p):
            self.modos.setCurrentWidget(self.panel_eleccion)
            self.panel_eleccion.mostrar(p, reiniciar)
            return
        self.modos.setCurrentWidget(self.panel_votacion)
        self.boton_eleccion.setVisible(p["tipo"] == "eleccion" and not p.get("votacion_id"))
        try:
            self._estado = asistencia(self.editor.db, self.editor.asociacion["id"], self.editor.sesion_id,
                                      p["tipo_decision"])
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "asistencia para votar")
            return
        q = self._estado.quorum
        if q.hay:
            self.quorum.setText(self.tr("✓ Quórum: {0} de {1} — se verifica.").format(q.presentes, q.base))
            self.quorum.setStyleSheet(f"color: {VERDE};")
        else:
            self.quorum.setText(self.tr("✗ Quórum: {0} de {1} — no hay quórum (se requieren {2}); no se puede votar.")
                                .format(q.presentes, q.base, q.requerido))
            self.quorum.setStyleSheet(f"color: {ROJO}; font-weight: 600;")
        votantes = self._votantes()
        self.nominal.cargar(votantes, {h.miembro_id: h.miembro for h in self._estado.habilitados})
        if reiniciar:
            self.problemas.mostrar([])
            for campo in (self.a_favor, self.en_contra, self.abstenciones):
                campo.blockSignals(True)
                campo.setValue(0)
                campo.blockSignals(False)
            for combo, valor in ((self.metodo, "alzada"), (self.mayoria, "simple"), (self.base, "emitidos")):
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(valor))
                combo.blockSignals(False)
            self.nominal.sentidos = {}
        cerrada = self.editor.votacion_de(p)
        self.quorum.setVisible(cerrada is None)
        self.formulario.setVisible(cerrada is None)
        self.cerrada.setVisible(cerrada is not None)
        self.boton_cerrar.setVisible(cerrada is None)
        if cerrada is not None:
            self.problemas.mostrar([])
            self.cerrada.setText(self._texto_cerrada(cerrada))
            self._pintar_resultado(cerrada["aprobada"], cerrada["texto"])
        else:
            self._actualizar()
        self.resoluciones.setText(self.editor.texto_resoluciones(p))
        self.fijar_solo_lectura(self.editor.solo_lectura)

    def es_eleccion(self, punto: dict) -> bool:
        """¿Se muestra el panel de elección? (un punto de elección que no se vota por sí o por no)."""
        if punto["tipo"] != "eleccion" or punto.get("votacion_id"):
            return False
        return punto["id"] not in self._si_no or self.editor.eleccion_de(punto) is not None

    def _votar_si_no(self, si_no: bool) -> None:
        if self._punto is None:
            return
        (self._si_no.add if si_no else self._si_no.discard)(self._punto["id"])
        self._mostrar(reiniciar=True)

    def _texto_cerrada(self, cerrada: dict) -> str:
        metodo = cerrada["metodo"].removeprefix("Votación ")
        partes = [f"<b>{escape(self.tr('Votación cerrada'))}</b>" + (f" · {escape(metodo)}" if metodo else "")]
        if cerrada["nominales"]:
            partes.append("<br>" + escape(self.tr("Votos nominales: ")) + escape("; ".join(cerrada["nominales"])))
        return "".join(partes)

    def _votantes(self) -> list:
        """Quienes pueden votar ahora: presentes con voto y ausentes que dieron poder a un presente."""
        habilitados = self._estado.habilitados if self._estado else []
        presentes = {h.miembro_id for h in habilitados if h.estado == "presente"}
        return [h for h in habilitados if h.con_voto and (h.estado == "presente" or h.poder_a in presentes)]

    def _conteo(self) -> tuple[int, int, int]:
        if self.metodo.currentData() == "nominal":
            return self.nominal.conteo()
        return self.a_favor.value(), self.en_contra.value(), self.abstenciones.value()

    def _actualizar(self) -> None:
        """Recalcula el resultado con cada cambio (método, mayoría, base o votos)."""
        if self._punto is None or self._estado is None or self.editor.votacion_de(self._punto) is not None:
            return
        nominal = self.metodo.currentData() == "nominal"
        self.totales.setVisible(not nominal)
        self.panel_nominal.setVisible(nominal)
        politica = QSizePolicy.Policy.Expanding if nominal else QSizePolicy.Policy.Maximum
        self.formulario.setSizePolicy(QSizePolicy.Policy.Preferred, politica)
        votantes = self._votantes()
        presentes = sum(h.peso for h in votantes)
        con_derecho = sum(h.peso for h in self._estado.habilitados if h.con_voto)
        a_favor, en_contra, abstenciones = self._conteo()
        total = a_favor + en_contra + abstenciones
        exceso = total > presentes
        texto = self.tr("Votaron {0} de {1} presentes con derecho a voto (contando los poderes).").format(total, presentes)
        if exceso:
            texto = self.tr("Hay {0} votos y solo {1} presentes con derecho a voto.").format(total, presentes)
        for etiqueta in (self.votos, self.votos_nominales):
            etiqueta.setText(texto)
            etiqueta.setStyleSheet(f"color: {ROJO}; font-weight: 600;" if exceso else f"color: {GRIS};")
        if exceso:
            self._pintar_resultado(None, self.tr("Revise el recuento antes de cerrar la votación."))
            return
        resultado = resultado_votacion(a_favor, en_contra, abstenciones, self.mayoria.currentData(),
                                       self.base.currentData(), presentes, con_derecho)
        self._pintar_resultado(resultado.aprobada, resultado.texto, provisorio=True)

    def _pintar_resultado(self, aprobada: bool | None, texto: str, provisorio: bool = False) -> None:
        pintar_resultado(self.resultado, aprobada, (self.tr("Si se cierra ahora: ") if provisorio else "") + texto)

    @property
    def texto_resultado(self) -> str:
        return self.resultado.text()

    def fijar_solo_lectura(self, solo_lectura: bool) -> None:
        cerrada = self._punto is not None and self.editor.votacion_de(self._punto) is not None
        editable = not solo_lectura and not cerrada
        for widget in (self.metodo, self.mayoria, self.base, self.a_favor, self.en_contra, self.abstenciones,
                       self.boton_todos_favor, self.boton_limpiar, self.boton_cerrar):
            widget.setEnabled(editable)
        self.nominal.editable = editable
        self.tabla_nominal.viewport().update()
        aprobada = cerrada and self.editor.votacion_de(self._punto)["aprobada"]
        self.boton_resolucion.setEnabled(not solo_lectura and bool(aprobada))
        self.boton_resolucion.setToolTip("" if aprobada or solo_lectura else self.tr(
            "Se adopta una resolución cuando la votación está cerrada y la moción fue aprobada."))
        self.boton_eleccion.setEnabled(not solo_lectura)
        self.panel_eleccion.fijar_solo_lectura(solo_lectura)

    def cerrar_votacion(self) -> None:
        if self._punto is None:
            return
        nominal = self.metodo.currentData() == "nominal"
        a_favor, en_contra, abstenciones = self._conteo()
        nueva = NuevaVotacion(metodo=self.metodo.currentData(), mayoria=self.mayoria.currentData(),
                              base=self.base.currentData(), a_favor=a_favor, en_contra=en_contra,
                              abstenciones=abstenciones, nominales=dict(self.nominal.sentidos) if nominal else None)
        try:
            votar(self.editor.db, self.editor.asociacion["id"], self._punto["id"], nueva)
        except ErrorEscritorio as error:
            problemas = getattr(error, "problemas", None) or [error.mensaje]
            self.problemas.mostrar(problemas, self.tr("No se registró la votación:"), clase="error")
            return
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "cerrar votación")
            return
        self.problemas.mostrar([])
        self.editor.recargar()


# --- acta -------------------------------------------------------------------------------------------------

class PestanaActa(QWidget):
    def __init__(self, editor: "EditorSesion", ajustes: QSettings | None = None):
        super().__init__()
        self.editor = editor
        self._ajustes = ajustes
        self.estado = chip()
        self.aprobacion = nota()
        self.huella = QLabel()
        self.huella.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.huella.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.verificacion = QLabel()
        self.rotulo_huella = QLabel(self.tr("Huella SHA-256:"))

        self.apertura = QPlainTextEdit()
        self.apertura.setPlaceholderText(self.tr("En la ciudad de…, a … días del mes de … de …, siendo las … horas, se "
                                                 "reúne en sesión … el …"))
        self.apertura.setFixedHeight(110)
        self.cierre = QPlainTextEdit()
        self.cierre.setPlaceholderText(self.tr("No habiendo más asuntos que tratar, se levanta la sesión siendo las … horas."))
        self.cierre.setFixedHeight(72)
        self.preside = QLineEdit()
        self.preside.setPlaceholderText(self.tr("nombre y cargo de quien preside"))
        self.secretaria = QLineEdit()
        self.secretaria.setPlaceholderText(self.tr("nombre y cargo de quien actúa como secretaría"))
        self.estado_guardado = nota()
        self._demora = QTimer(self)
        self._demora.setSingleShot(True)
        self._demora.setInterval(900)
        self._demora.timeout.connect(self.guardar_pendiente)
        for campo in (self.apertura, self.cierre):
            campo.textChanged.connect(self._editado)
        for campo in (self.preside, self.secretaria):
            campo.textEdited.connect(lambda _: self._editado())
        self.boton_proponer = QPushButton(self.tr("Proponer textos"))
        self.boton_proponer.setToolTip(self.tr("Completa la apertura y el cierre vacíos con un texto de la sesión"))
        self.boton_proponer.clicked.connect(self.proponer_textos)

        self.boton_vista_previa = QPushButton(self.tr("Vista previa (PDF)…"))
        self.boton_vista_previa.clicked.connect(self.vista_previa)
        self.boton_aprobar = QPushButton(self.tr("Aprobar…"))
        self.boton_aprobar.clicked.connect(self.aprobar)
        self.boton_firmar = QPushButton(self.tr("Firmar (adjuntar PDF firmado)…"))
        self.boton_firmar.clicked.connect(self.firmar)
        self.boton_erratas = QPushButton(self.tr("Fe de erratas…"))
        self.boton_erratas.clicked.connect(self.fe_de_erratas)
        self.erratas = tabla_lectura([self.tr("Fecha"), self.tr("Corrección")], 1)
        self.erratas.setMaximumHeight(110)
        self.rotulo_erratas = subtitulo(self.tr("Fe de erratas"))

        self.boton_convocatoria = QPushButton(self.tr("Convocatoria (PDF)…"))
        self.boton_convocatoria.clicked.connect(self.editor.imprimir_convocatoria)
        self.boton_acta = QPushButton(self.tr("Acta (PDF)…"))
        self.boton_acta.clicked.connect(self.editor.imprimir_acta)
        self.boton_excel = QPushButton(self.tr("Asistencia y votaciones (Excel)…"))
        self.boton_excel.clicked.connect(self.editor.exportar_sesion)
        self._disponibles = {}
        for boton, clave in ((self.boton_convocatoria, "convocatoria"), (self.boton_acta, "acta"),
                             (self.boton_excel, "excel"), (self.boton_vista_previa, "acta")):
            self._disponibles[boton] = documento_disponible(_MODULOS[clave])
            if not self._disponibles[boton]:
                boton.setToolTip(self.tr("Este documento todavía no está disponible en esta versión."))

        # Disposición: estado arriba, el texto del borrador, acciones del acta, erratas y documentos.
        estado = QHBoxLayout()
        estado.addWidget(QLabel(self.tr("Estado del acta:")))
        estado.addWidget(self.estado)
        estado.addSpacing(8)
        estado.addWidget(self.aprobacion, 1)
        fila_huella = QHBoxLayout()
        fila_huella.addWidget(self.rotulo_huella)
        fila_huella.addWidget(self.huella)
        fila_huella.addSpacing(10)
        fila_huella.addWidget(self.verificacion)
        fila_huella.addStretch(1)
        formulario = QFormLayout()
        formulario.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        formulario.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        formulario.addRow(self.tr("Apertura:"), self.apertura)
        formulario.addRow(self.tr("Preside:"), self.preside)
        formulario.addRow(self.tr("Secretaría:"), self.secretaria)
        formulario.addRow(self.tr("Cierre:"), self.cierre)
        pie_formulario = QHBoxLayout()
        pie_formulario.addWidget(self.boton_proponer)
        pie_formulario.addStretch(1)
        pie_formulario.addWidget(self.estado_guardado)
        formulario.addRow("", pie_formulario)
        acciones = QHBoxLayout()
        for boton in (self.boton_vista_previa, self.boton_aprobar, self.boton_firmar, self.boton_erratas):
            acciones.addWidget(boton)
        acciones.addStretch(1)
        documentos = QHBoxLayout()
        for boton in (self.boton_convocatoria, self.boton_acta, self.boton_excel):
            documentos.addWidget(boton)
        documentos.addStretch(1)

        contenido = QWidget()
        caja = QVBoxLayout(contenido)
        caja.setContentsMargins(8, 10, 8, 8)
        caja.setSpacing(8)
        caja.addLayout(estado)
        caja.addLayout(fila_huella)
        caja.addSpacing(4)
        caja.addLayout(formulario)
        caja.addLayout(acciones)
        caja.addWidget(self.rotulo_erratas)
        caja.addWidget(self.erratas)
        caja.addSpacing(6)
        caja.addWidget(subtitulo(self.tr("Documentos")))
        caja.addLayout(documentos)
        caja.addStretch(1)
        contenido.setStyleSheet("QPlainTextEdit[readOnly=\"true\"], QLineEdit[readOnly=\"true\"] "
                                "{ background: palette(window); }")
        desplazable = QScrollArea()
        desplazable.setWidgetResizable(True)
        desplazable.setFrameShape(QFrame.Shape.NoFrame)
        desplazable.setWidget(contenido)
        exterior = QVBoxLayout(self)
        exterior.setContentsMargins(0, 0, 0, 0)
        exterior.addWidget(desplazable)

    def cargar(self) -> None:
        self.guardar_pendiente()
        acta = self.editor.acta
        contenido = acta.contenido
        for campo, valor in ((self.apertura, contenido.apertura), (self.cierre, contenido.cierre)):
            campo.blockSignals(True)
            campo.setPlainText(valor or "")
            campo.blockSignals(False)
        self.preside.setText(contenido.preside or "")
        self.secretaria.setText(contenido.secretaria or "")
        self.estado_guardado.setText("")
        self.estado.setText(tr(ESTADOS_ACTA[acta.estado]))
        pintar_chip(self.estado, COLOR_ACTA[acta.estado])
        if acta.estado == "borrador":
            self.aprobacion.setText(self.tr("Se corrige libremente hasta que se apruebe en esta sesión o en una posterior."))
        else:
            texto = self.tr("Aprobada por {0} el {1}.").format(acta.aprobada_por or "—", fecha_dma(acta.aprobada_el))
            if acta.estado == "firmada":
                texto += " " + (self.tr("Firmada; el PDF con las firmas está guardado.") if acta.tiene_firmada
                                else self.tr("Firmada."))
            self.aprobacion.setText(texto)
        con_huella = bool(acta.huella)
        for widget in (self.rotulo_huella, self.huella, self.verificacion):
            widget.setVisible(con_huella)
        if con_huella:
            self.huella.setText(acta.huella)
            try:
                integra = verificar_acta(self.editor.db, self.editor.asociacion["id"], self.editor.sesion_id)
            except Exception:  # noqa: BLE001 - la verificación no impide ver el acta
                integra = None
            if integra:
                self.verificacion.setText(self.tr("✓ el registro coincide con la huella"))
                self.verificacion.setStyleSheet(f"color: {VERDE};")
            else:
                self.verificacion.setText(self.tr("✗ el registro ya no coincide con la huella"))
                self.verificacion.setStyleSheet(f"color: {ROJO}; font-weight: 600;")
        llenar_tabla(self.erratas, [[fecha_dma(e["fecha"]), e["texto"]] for e in acta.erratas])
        self.rotulo_erratas.setVisible(bool(acta.erratas))
        self.erratas.setVisible(bool(acta.erratas))
        self.fijar_solo_lectura(self.editor.solo_lectura)

    def fijar_solo_lectura(self, solo_lectura: bool) -> None:
        estado = self.editor.acta.estado if self.editor.acta else "borrador"
        for campo in (self.apertura, self.cierre, self.preside, self.secretaria):
            campo.setReadOnly(solo_lectura)
        self.boton_proponer.setEnabled(not solo_lectura)
        self.boton_aprobar.setEnabled(not solo_lectura)
        # El PDF firmado, una vez adjunto, no se reemplaza (servicio y trigger): el botón lo dice y no se ofrece.
        con_pdf = estado == "firmada" and self.editor.acta.tiene_firmada
        self.boton_firmar.setEnabled(estado != "borrador" and not con_pdf)
        self.boton_firmar.setText(self.tr("PDF firmado adjunto") if con_pdf else self.tr("Firmar (adjuntar PDF firmado)…"))
        self.boton_erratas.setEnabled(estado != "borrador")
        explicacion = self.tr("Disponible cuando el acta esté aprobada (un borrador se corrige directamente).")
        self.boton_firmar.setToolTip(
            explicacion if estado == "borrador" else
            self.tr("El PDF escaneado con las firmas ya está adjunto y no se reemplaza; un error se registra en una "
                    "fe de erratas.") if con_pdf else
            self.tr("Adjunta el PDF escaneado con las firmas; el acta pasa a «firmada»."))
        self.boton_erratas.setToolTip(explicacion if estado == "borrador" else
                                      self.tr("Una corrección fechada que se imprime al final del acta aprobada."))
        self.boton_aprobar.setToolTip(self.tr("Aprobar con una resolución de esta sesión o de una posterior; el acta "
                                              "queda congelada con su huella SHA-256.") if not solo_lectura else
                                      self.tr("El acta ya está aprobada."))
        for boton, disponible in self._disponibles.items():
            boton.setEnabled(disponible)

    # --- el borrador ---
    def _editado(self) -> None:
        if self.editor.solo_lectura:
            return
        self.estado_guardado.setText(self.tr("Sin guardar…"))
        self._demora.start()

    def guardar_pendiente(self, siempre: bool = False) -> bool:
        """Guarda el borrador si se estaba escribiendo (o `siempre`). False si no se pudo."""
        if not (self._demora.isActive() or siempre) or self.editor.solo_lectura:
            return True
        self._demora.stop()
        try:
            guardar_borrador(self.editor.db, self.editor.asociacion["id"], self.editor.sesion_id,
                             apertura=self.apertura.toPlainText().strip() or None,
                             cierre=self.cierre.toPlainText().strip() or None,
                             preside=self.preside.text().strip() or None,
                             secretaria=self.secretaria.text().strip() or None)
        except Exception as error:  # noqa: BLE001
            self.estado_guardado.setText("")
            mostrar_error(self, error, "guardar borrador del acta")
            return False
        self.estado_guardado.setText(self.tr("✓ Borrador guardado"))
        self.editor.cambiado.emit()
        return True

    def proponer_textos(self) -> None:
        sesion = self.editor.sesion
        lugar = sesion["lugar"] or self.tr("modalidad virtual")
        hora = sesion["hora"] or "…"
        if not self.apertura.toPlainText().strip():
            self.apertura.setPlainText(self.tr(
                "En {0}, el {1}, siendo las {2} horas, se reúne en sesión {3} el {4}, con la asistencia que se detalla "
                "a continuación.").format(lugar, fecha_larga(sesion["fecha"]), hora, sesion["tipo"], sesion["organo"]))
        if not self.cierre.toPlainText().strip():
            self.cierre.setPlainText(self.tr(
                "No habiendo más asuntos que tratar, se levanta la sesión siendo las {0} horas.").format(
                sesion["hora_cierre"] or "…"))

    # --- acciones ---
    def vista_previa(self) -> None:
        from ...servicios.informes_sesiones import imprimir_acta

        if not self.guardar_pendiente():
            return
        carpeta = Path(tempfile.gettempdir()) / "escritorio-vistas-previas"
        carpeta.mkdir(exist_ok=True)
        ruta = carpeta / f"{nombre_de_archivo(titulo_sesion(self.editor.sesion))}-vista-previa.pdf"
        titulo_ventana = self.tr("Vista previa del acta")
        try:
            ejecutar_con_progreso(self, titulo_ventana, lambda _informar: imprimir_acta(
                self.editor.db, self.editor.asociacion["id"], self.editor.sesion_id, ruta))
        except Cancelado:
            return
        except ModuleNotFoundError as error:
            if (error.name or "").startswith("escritorio.documentos"):
                QMessageBox.information(self, titulo_ventana, self.tr("Este documento todavía no está disponible en esta versión."))
            else:
                mostrar_error(self, error, titulo_ventana)
            return
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, titulo_ventana)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(ruta)))

    def aprobar(self) -> None:
        from .sesion import DialogoAprobarActa

        if not self.guardar_pendiente(siempre=True):
            return
        try:
            sesiones = {s["id"]: s for s in listar_sesiones(self.editor.db, self.editor.asociacion["id"])}
            resoluciones = listar_resoluciones(self.editor.db, self.editor.asociacion["id"],
                                               organo_id=self.editor.sesion["organo_id"])
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "resoluciones")
            return
        fecha = self.editor.sesion["fecha"]
        candidatas = []
        for r in resoluciones:
            sesion = sesiones.get(r.get("sesion_id"))
            if sesion is not None and sesion["fecha"] >= fecha:
                candidatas.append({**r, "fecha_sesion": sesion["fecha"]})
        candidatas.sort(key=lambda r: (r["fecha_sesion"], r["anio"], r["numero"]))
        dialogo = DialogoAprobarActa(self.editor.db, self.editor.asociacion, self.editor.sesion, candidatas, self)
        dialogo.exec()
        huella = dialogo.huella
        descartar(dialogo)
        if huella:
            self.editor.recargar()

    def firmar(self) -> None:
        ruta, _ = QFileDialog.getOpenFileName(self, self.tr("Adjuntar el acta firmada"), str(Path.home()),
                                              self.tr("Documento PDF (*.pdf)"))
        if not ruta:
            return
        try:
            contenido = Path(ruta).read_bytes()
            firmar_acta(self.editor.db, self.editor.asociacion["id"], self.editor.sesion_id, contenido)
        except OSError as error:
            QMessageBox.warning(self, self.tr("Adjuntar el acta firmada"),
                                self.tr("No se pudo leer {0}: {1}").format(ruta, error.strerror or error))
            return
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "firmar acta")
            return
        self.editor.recargar()

    def fe_de_erratas(self) -> None:
        from .sesion import DialogoFeDeErratas

        dialogo = DialogoFeDeErratas(self.editor.db, self.editor.asociacion, self.editor.sesion_id, self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho:
            self.editor.recargar()


# --- el editor ----------------------------------------------------------------------------------------------

class EditorSesion(QWidget):
    """Una sesión abierta: encabezado con su estado y el quórum, y las cuatro pestañas.

    `cambiado` se emite tras cada escritura; `volver` cuando se pide volver a la lista de sesiones.
    """

    cambiado = Signal()
    volver = Signal()

    def __init__(self, ajustes: QSettings | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self.db = None
        self.asociacion: dict | None = None
        self.sesion_id: int | None = None
        self.sesion: dict = {}
        self.estado = None   # asistencia (regla ordinaria)
        self.puntos: list[dict] = []
        self.resoluciones: list[dict] = []
        self.acta = None
        self.solo_lectura = False
        self._ajustes = ajustes
        self._votaciones: dict[str, dict] = {}
        self._elecciones: dict[int, object] = {}   # punto_id -> servicios.elecciones.Eleccion
        self._construir()

    def _construir(self) -> None:
        self.boton_volver = QPushButton(self.tr("← Sesiones"))
        self.boton_volver.setFlat(True)
        self.boton_volver.setToolTip(self.tr("Volver a la lista de sesiones"))
        self.boton_volver.clicked.connect(self._volver)
        self.boton_cierre = QPushButton(self.tr("Sesión celebrada…"))
        self.boton_cierre.setToolTip(self.tr("Hora de cierre y, si corresponde, segunda convocatoria"))
        self.boton_cierre.clicked.connect(self.marcar_celebrada)
        self.boton_documentos = QPushButton(self.tr("Documentos"))
        menu = QMenu(self.boton_documentos)
        menu.setToolTipsVisible(True)
        for texto, funcion, clave in ((self.tr("Convocatoria (PDF)…"), self.imprimir_convocatoria, "convocatoria"),
                                      (self.tr("Acta (PDF)…"), self.imprimir_acta, "acta"),
                                      (self.tr("Asistencia y votaciones (Excel)…"), self.exportar_sesion, "excel")):
            accion = QAction(texto, menu)
            accion.triggered.connect(funcion)
            if not documento_disponible(_MODULOS[clave]):
                accion.setEnabled(False)
                accion.setToolTip(self.tr("Este documento todavía no está disponible en esta versión."))
            menu.addAction(accion)
        self.boton_documentos.setMenu(menu)
        self.titulo = titulo("", 1.5)
        self.detalle = nota()
        self.chip_sesion = chip()
        self.chip_acta = chip()
        self.chip_quorum = chip()
        self.banner = QLabel()
        self.banner.setObjectName("bannerActa")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet("QLabel#bannerActa { background: #eef4fb; border: 1px solid #b8cfe6; color: #1f4466; "
                                  "border-radius: 6px; padding: 8px 12px; }")
        self.banner.hide()
        self.aviso = CajaAvisos()

        self.orden = PestanaOrden(self)
        self.tab_asistencia = PestanaAsistencia(self)
        self.votaciones = PestanaVotaciones(self)
        self.tab_acta = PestanaActa(self, self._ajustes)
        self.pestanas = QTabWidget()
        self.pestanas.setDocumentMode(False)
        self.pestanas.addTab(self.orden, self.tr("Orden del día"))
        self.pestanas.addTab(self.tab_asistencia, self.tr("Asistencia"))
        self.pestanas.addTab(self.votaciones, self.tr("Votaciones"))
        self.pestanas.addTab(self.tab_acta, self.tr("Acta"))
        self.pestanas.currentChanged.connect(self._pestana_cambiada)

        arriba = QHBoxLayout()
        arriba.addWidget(self.boton_volver)
        arriba.addStretch(1)
        arriba.addWidget(self.boton_cierre)
        arriba.addWidget(self.boton_documentos)
        encabezado = QHBoxLayout()
        encabezado.setSpacing(6)
        encabezado.addWidget(self.titulo, 1)
        encabezado.addWidget(self.chip_sesion)
        encabezado.addWidget(self.chip_acta)
        encabezado.addWidget(self.chip_quorum)
        caja = QVBoxLayout(self)
        caja.setContentsMargins(4, 0, 4, 0)
        caja.setSpacing(6)
        caja.addLayout(arriba)
        caja.addLayout(encabezado)
        caja.addWidget(self.detalle)
        caja.addWidget(self.banner)
        caja.addWidget(self.aviso)
        caja.addWidget(self.pestanas, 1)

    # --- datos ---
    def mostrar(self, db, asociacion: dict, sesion_id: int) -> None:
        self.guardar_pendiente()
        cambia = sesion_id != self.sesion_id
        self.db, self.asociacion, self.sesion_id = db, asociacion, sesion_id
        if cambia:
            self.orden._punto = None
            self.votaciones._punto = None
        self.recargar()
        if cambia:
            self.pestanas.setCurrentIndex(0 if not self.puntos and not self.solo_lectura else self.pestanas.currentIndex())

    def recargar(self) -> None:
        if self.db is None or self.sesion_id is None:
            return
        aid = self.asociacion["id"]
        try:
            self.estado = asistencia(self.db, aid, self.sesion_id)
            self.sesion = self.estado.sesion
            self.puntos = orden_del_dia(self.db, aid, self.sesion_id)
            self.resoluciones = listar_resoluciones(self.db, aid, sesion_id=self.sesion_id)
            self.acta = obtener_acta(self.db, aid, self.sesion_id)
            self._elecciones = elecciones_de_la_sesion(self.db, aid, self.sesion_id)
            aviso = aviso_de_anticipacion(self.db, aid, self.sesion_id)
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "abrir sesión")
            return
        self._votaciones = {p["numeracion"]: p for p in self.acta.contenido.puntos if p.get("votacion")}
        self.solo_lectura = self.acta.estado != "borrador"
        self._encabezado(aviso)
        self.orden.cargar()
        self.tab_asistencia.cargar(self.estado)
        self.votaciones.cargar()
        self.tab_acta.cargar()
        self._aplicar_solo_lectura()
        self._titulos_de_pestanas()

    def _encabezado(self, aviso: str | None) -> None:
        s = self.sesion
        self.titulo.setText(titulo_sesion(s))
        partes = [fecha_larga(s["fecha"]) + (f", {s['hora']}" if s["hora"] else "")]
        if s["lugar"]:
            partes.append(s["lugar"])
        if s["enlace"]:
            partes.append(s["enlace"])
        partes.append(self.tr("convocada el {0}").format(fecha_dma(s["convocada_el"])))
        if s["hora_cierre"]:
            partes.append(self.tr("cerró a las {0}").format(s["hora_cierre"]))
        self.detalle.setText("  ·  ".join(partes))
        self.chip_sesion.setText(tr(ESTADOS_SESION[s["estado"]]))
        pintar_chip(self.chip_sesion, COLOR_SESION[s["estado"]])
        self.chip_acta.setText(self.tr("Acta: {0}").format(tr(ESTADOS_ACTA[self.acta.estado]).lower()))
        pintar_chip(self.chip_acta, COLOR_ACTA[self.acta.estado])
        self._chip_quorum()
        self.aviso.mostrar([aviso] if aviso else [])
        if self.acta.estado != "borrador":
            self.banner.setText(self.tr(
                "<b>Acta {0} por {1} el {2}.</b> El registro de esta sesión ya no se modifica (orden del día, asistencia, "
                "votaciones y texto). Las correcciones van en una fe de erratas.").format(
                tr(ESTADOS_ACTA[self.acta.estado]).lower(), self.acta.aprobada_por or "—", fecha_dma(self.acta.aprobada_el)))
        self.banner.setVisible(self.acta.estado != "borrador")

    def _chip_quorum(self) -> None:
        q = self.estado.quorum
        self.chip_quorum.setText(self.tr("Quórum ✓ {0}/{1}").format(q.presentes, q.base) if q.hay
                                 else self.tr("Sin quórum {0}/{1}").format(q.presentes, q.base))
        pintar_chip(self.chip_quorum, "verde" if q.hay else "rojo")
        self.chip_quorum.setToolTip(q.enunciado())

    def _titulos_de_pestanas(self) -> None:
        votables = [p for p in self.puntos if p["tipo"] in ("votacion", "eleccion")]
        cerradas = sum(1 for p in votables if self.votacion_de(p) is not None
                       or ((e := self.eleccion_de(p)) is not None and e.estado != "abierta"))
        presentes = sum(1 for h in self.estado.habilitados if h.estado == "presente")
        self.pestanas.setTabText(0, self.tr("Orden del día ({0})").format(len(self.puntos)))
        self.pestanas.setTabText(1, self.tr("Asistencia ({0}/{1})").format(presentes, len(self.estado.habilitados)))
        self.pestanas.setTabText(2, self.tr("Votaciones ({0}/{1})").format(cerradas, len(votables)))
        self.pestanas.setTabText(3, self.tr("Acta — {0}").format(tr(ESTADOS_ACTA[self.acta.estado]).lower()))

    def _aplicar_solo_lectura(self) -> None:
        self.boton_cierre.setEnabled(not self.solo_lectura)
        for pestana in (self.orden, self.tab_asistencia, self.votaciones, self.tab_acta):
            pestana.fijar_solo_lectura(self.solo_lectura)

    def asistencia_cambiada(self) -> None:
        """Tras marcar asistencia: se recalcula el quórum y se avisa, sin rehacer todo el editor."""
        try:
            self.estado = asistencia(self.db, self.asociacion["id"], self.sesion_id)
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "asistencia")
            return
        self.tab_asistencia.cargar(self.estado)
        self._chip_quorum()
        self._titulos_de_pestanas()
        self.cambiado.emit()

    def _pestana_cambiada(self, indice: int) -> None:
        self.guardar_pendiente()
        if self.db is not None and self.pestanas.widget(indice) is self.votaciones:
            self.votaciones.cargar()   # el quórum y los votantes siguen a la asistencia

    def guardar_pendiente(self) -> None:
        """Guarda lo que se estaba escribiendo (resumen de un punto, borrador del acta)."""
        if self.db is None:
            return
        if not base_abierta(self.db):  # la base ya se cerró (p. ej. al restaurar un respaldo): nada que guardar
            self.orden._demora.stop()
            self.tab_acta._demora.stop()
            return
        self.orden.guardar_pendiente()
        self.tab_acta.guardar_pendiente()

    def hideEvent(self, evento) -> None:
        self.guardar_pendiente()
        super().hideEvent(evento)

    def _volver(self) -> None:
        self.guardar_pendiente()
        self.volver.emit()

    # --- votaciones y resoluciones (compartido por las pestañas) ---
    def votacion_de(self, punto: dict) -> dict | None:
        """La votación cerrada de un punto: {'aprobada', 'texto', 'metodo', 'nominales'} o None si no se votó."""
        if not punto.get("votacion_id"):
            return None
        contenido = self._votaciones.get(punto["numeracion"])
        if contenido is None:
            return {"aprobada": False, "texto": self.tr("Votación cerrada"), "metodo": "", "nominales": []}
        metodo, _, texto = contenido["votacion"].partition(". ")
        nominales = []
        for linea in contenido.get("nominales") or []:
            miembro, _, sentido = linea.rpartition(": ")
            nominales.append(f"{miembro}: {tr(SENTIDOS.get(sentido, sentido)).lower()}")
        return {"aprobada": texto.startswith("Aprobada"), "texto": texto, "metodo": metodo, "nominales": nominales}

    def eleccion_de(self, punto: dict):
        """La elección del punto (`servicios.elecciones.Eleccion`, releída con cada `recargar`) o None."""
        return self._elecciones.get(punto["id"]) if punto["tipo"] == "eleccion" else None

    def resumen_eleccion(self, punto: dict) -> tuple[str, str] | None:
        """Para las listas: («Electa: Montevideo», verde), («Sin candidatura electa», rojo)… o None si no está cerrada."""
        e = self.eleccion_de(punto)
        if e is None or e.estado == "abierta":
            return None
        if e.ganadora is None:
            return self.tr("Sin candidatura electa"), ROJO
        nombre = e.ganadora.get("miembro") or e.ganadora.get("persona") or e.ganadora["nombre"]
        if e.estado == "confirmada":
            return self.tr("Confirmada: {0}").format(nombre), VERDE
        return self.tr("Electa: {0}").format(nombre), VERDE

    def resoluciones_de(self, punto: dict) -> list[dict]:
        return [r for r in self.resoluciones if r.get("punto_id") == punto["id"]]

    def numeros_de_resoluciones(self, punto: dict) -> list[str]:
        return [r["numeracion"] for r in self.resoluciones_de(punto)]

    def texto_resoluciones(self, punto: dict) -> str:
        adoptadas = self.resoluciones_de(punto)
        if not adoptadas:
            return ""
        return "<br>".join(f"<span style='color: {VERDE};'>✓ <b>{escape(r['numeracion'])}</b></span> — {escape(r['titulo'])}"
                           for r in adoptadas)

    def adoptar_resolucion(self, punto: dict) -> None:
        from .sesion import DialogoResolucion

        tipo = "declaracion" if punto["tipo"] not in ("votacion", "eleccion") else "resolucion"
        dialogo = DialogoResolucion(self.db, self.asociacion, punto, self, tipo=tipo)
        dialogo.exec()
        numero = dialogo.numero
        descartar(dialogo)
        if numero:
            self.recargar()
            self.cambiado.emit()

    def marcar_celebrada(self) -> None:
        from .sesion import DialogoCierre

        dialogo = DialogoCierre(self.db, self.asociacion, self.sesion, self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho:
            self.recargar()
            self.cambiado.emit()

    # --- documentos ---
    def _documento(self, titulo_ventana: str, sufijo: str, funcion) -> None:
        self.guardar_pendiente()
        nombre = f"{nombre_de_archivo(self.asociacion['sigla'])}-{nombre_de_archivo(titulo_sesion(self.sesion))}-{sufijo}"
        guardar_documento(self, titulo_ventana, nombre,
                          lambda ruta: funcion(self.db, self.asociacion["id"], self.sesion_id, ruta), self._ajustes)

    def imprimir_convocatoria(self) -> None:
        from ...servicios.informes_sesiones import imprimir_convocatoria

        self._documento(self.tr("Imprimir la convocatoria"), "convocatoria.pdf", imprimir_convocatoria)

    def imprimir_acta(self) -> None:
        from ...servicios.informes_sesiones import imprimir_acta

        self._documento(self.tr("Imprimir el acta"), "acta.pdf", imprimir_acta)

    def exportar_sesion(self) -> None:
        from ...servicios.informes_sesiones import exportar_sesion

        self._documento(self.tr("Exportar asistencia y votaciones"), "asistencia-y-votaciones.xlsx", exportar_sesion)
