"""Pestaña Asistencia del editor de sesiones: la tabla de integrantes con presente / ausente /
excusado, representantes y poderes, invitados, y el indicador de quórum en vivo."""

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPointF, QRectF, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget)

from ...dominio.paises import nombre_pais
from ...dominio.sesiones import ASISTENCIA
from ...dominio.texto import normalizar
from ...errores import ErrorEscritorio
from ...servicios.sesiones import cuenta_de_asistencia, registrar_asistencia
from ..comun import descartar, fecha_dma, mostrar_error, tr
from ..piezas import GRIS, ROJO, VERDE, CajaAvisos, escalar, llenar_tabla, nota, subtitulo, tabla_lectura
from .sesion_piezas import DelegadoSegmentos, ROL_VALOR, _AMBAR_FUERTE, _GRIS_FUERTE, _cantidad

if TYPE_CHECKING:  # solo para anotar: el editor importa las pestañas, no al revés
    from .editor_sesion import EditorSesion


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
        self.simbolo.setFont(escalar(self.font(), 1.7, negrita=True))
        self.simbolo.setFixedWidth(32)
        self.simbolo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.principal = QLabel()
        self.principal.setFont(escalar(self.font(), 1.3, negrita=True))
        self.regla = QLabel()
        self.regla.setWordWrap(True)
        self.barra = _BarraQuorum()
        # La barra va en la fila del texto principal (una fila menos: a 1024×600 la tabla la necesita).
        self.barra.setMinimumWidth(120)
        self.barra.setMaximumWidth(260)
        linea = QHBoxLayout()
        linea.setSpacing(12)
        linea.addWidget(self.principal)
        linea.addWidget(self.barra, 1, Qt.AlignmentFlag.AlignVCenter)
        textos = QVBoxLayout()
        textos.setSpacing(2)
        textos.addLayout(linea)
        textos.addWidget(self.regla)
        caja = QHBoxLayout(self)
        caja.setContentsMargins(10, 6, 14, 6)
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
        self.setToolTip(self.regla.text() + "\n" + self.tr(
            "Cuentan los presentes con derecho a voto y los ausentes que dieron su poder a un presente. Los miembros "
            "sin voto no cuentan."))
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
        self.busqueda.setMinimumWidth(180)
        self.boton_todos = QPushButton(self.tr("Todos presentes"))
        self.boton_todos.setToolTip(self.tr("Marca presentes a todos los integrantes; después se desmarca a quien falte"))
        self.boton_todos.clicked.connect(self.todos_presentes)
        self.resumen = nota()   # parte en dos líneas si no cabe (pantallas de 1024 px)

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
        cabecera.setStretchLastSection(False)
        cabecera.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # «Asiste» toma lo que sobra (y cede a 1024 px de pantalla): la tabla entra sin barra horizontal, que robaba
        # una fila; el nombre entero del representante está en su ayuda emergente.
        for columna, ancho in ((C_MIEMBRO, 150), (C_PAIS, 85), (C_ASISTENCIA, 216), (C_ASISTE, 150), (C_PODER, 110),
                               (C_VOTO, 95)):
            self.tabla.setColumnWidth(columna, ancho)
        cabecera.setMinimumSectionSize(60)
        cabecera.setSectionResizeMode(C_ASISTENCIA, QHeaderView.ResizeMode.Fixed)
        cabecera.setSectionResizeMode(C_ASISTE, QHeaderView.ResizeMode.Stretch)
        self.tabla.marcar.connect(self.marcar_filas)
        self.busqueda.textChanged.connect(lambda _: self._unir_celdas())
        self.ayuda = nota(self.tr("Clic o teclas P, A, E: marcar · doble clic en «Asiste»: representante · en «Poder "
                                  "a»: poder de un ausente"))

        self.invitados = tabla_lectura([self.tr("Nombre"), self.tr("Institución"), self.tr("Calidad")], 1)
        self.boton_invitado = QPushButton(self.tr("Agregar invitado…"))
        self.boton_invitado.setToolTip(self.tr("Un invitado u observador asiste sin voto y no cuenta para el quórum; "
                                               "figura en el acta."))
        self.boton_invitado.clicked.connect(self.agregar_invitado)
        self.rotulo_invitados = subtitulo(self.tr("Invitados y observadores (sin voto)"))

        barra = QHBoxLayout()
        barra.addWidget(self.busqueda)
        barra.addWidget(self.boton_todos)
        barra.addSpacing(12)
        barra.addWidget(self.resumen, 1)
        # Debajo de la tabla, una sola fila: la ayuda y, sin invitados, «Sin invitados…» con el botón (la tabla de
        # invitados aparece cuando hay alguno). A 1024×600 la tabla de asistencia conserva así la altura.
        pie = QHBoxLayout()
        pie.setSpacing(8)
        pie.addWidget(self.ayuda, 1)
        pie.addWidget(self.boton_invitado, 0, Qt.AlignmentFlag.AlignRight)
        caja = QVBoxLayout(self)
        caja.setContentsMargins(8, 8, 8, 6)
        caja.setSpacing(6)
        caja.addWidget(self.indicador)
        caja.addWidget(self.sin_integrantes)
        caja.addLayout(barra)
        caja.addWidget(self.tabla, 1)
        caja.addLayout(pie)
        caja.addWidget(self.rotulo_invitados)
        caja.addWidget(self.invitados)

    # --- datos ---
    def cargar(self, estado) -> None:
        self.modelo.cargar(estado.habilitados)
        self.indicador.mostrar(estado.quorum)
        self.sin_integrantes.mostrar([] if estado.habilitados else [self.tr(
            "Nadie integra el órgano en la fecha de la sesión ({0}): revise los mandatos en el área Órganos.").format(
            fecha_dma(estado.sesion["fecha"]))])
        # La misma cuenta que el título de la pestaña y la insignia del quórum (servicios.sesiones).
        c = cuenta_de_asistencia(estado)
        partes = [_cantidad(c.integrantes, self.tr("integrante"), self.tr("integrantes")),
                  _cantidad(c.presentes, self.tr("presente"), self.tr("presentes")),
                  _cantidad(c.ausentes, self.tr("ausente"), self.tr("ausentes")),
                  _cantidad(c.excusados, self.tr("excusado"), self.tr("excusados"))]
        if c.poderes:
            partes.append(_cantidad(c.poderes, self.tr("poder"), self.tr("poderes")))
        if c.sin_voto:
            partes.append(self.tr("{0} sin voto").format(c.sin_voto))
        self.resumen.setText("  ·  ".join(partes))
        self.resumen.setToolTip(self.tr("Para el quórum cuentan {0} de {1}: los presentes con voto y los poderes que "
                                        "recibieron.").format(c.para_quorum, c.base))
        llenar_tabla(self.invitados, [[i["nombre"], i["institucion"] or "", tr(i["calidad"].capitalize())]
                                      for i in estado.invitados])
        visibles = min(max(len(estado.invitados), 1), 3)
        self.invitados.setFixedHeight(self.invitados.horizontalHeader().sizeHint().height() + 24 * visibles + 6)
        for widget in (self.invitados, self.rotulo_invitados):
            widget.setVisible(bool(estado.invitados))
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
        self._solo_lectura = solo_lectura
        self._ajustar_a_la_pantalla()

    # En una pantalla baja o angosta (1366×768 al 150 %, 1024×600) la tabla es lo que importa: la regla del quórum
    # y la ayuda pasan a la ayuda emergente, y la columna País (que también dice la ayuda del miembro) se oculta.
    ALTO_COMPACTO, ANCHO_SIN_PAIS = 470, 780

    def resizeEvent(self, evento) -> None:
        super().resizeEvent(evento)
        self._ajustar_a_la_pantalla()

    def _ajustar_a_la_pantalla(self) -> None:
        compacto = 0 < self.height() < self.ALTO_COMPACTO
        self.indicador.regla.setVisible(not compacto)
        self.ayuda.setVisible(not compacto and not getattr(self, "_solo_lectura", False))
        self.tabla.horizontalHeader().setToolTip(self.ayuda.text() if compacto else "")
        self.tabla.setColumnHidden(C_PAIS, 0 < self.width() < self.ANCHO_SIN_PAIS)

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


