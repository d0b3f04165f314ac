"""Pestaña Asistencia del editor de sesiones: la tabla de integrantes con presente / ausente /
excusado, representantes y poderes, invitados, y el indicador de quórum en vivo."""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSizePolicy, QStyledItemDelegate, QVBoxLayout, QWidget)

from ....servicios.sesiones.asistencia import MarcaAsistencia, cuenta_de_asistencia, registrar_asistencias
from ...comun import descartar, fecha_dma, tr
from ...modelos.sesiones import (C_ASISTE, C_ASISTENCIA, C_MIEMBRO, C_PAIS, C_PODER, C_VOTO, ROL_VALOR,
                                 FiltroAsistencia, ModeloAsistencia)
from ...piezas import (ESTILO_NOTA, GRIS, ROJO, VERDE, AtajosDeBusqueda, CajaAvisos, EtiquetaRecortada, TablaDeMarcas,
                       escalar, llenar_tabla, nota, subtitulo, tabla_lectura)
from ...operaciones import hacer_en_la_ventana
from .piezas import AMBAR_FUERTE, GRIS_FUERTE, DelegadoSegmentos, cantidad
from .protocolo_del_editor import EditorDeSesion


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
                "segunda": ("#fff6e0", "#e3b341", "#6b4a00", AMBAR_FUERTE)}

    def __init__(self, padre=None):
        super().__init__(padre)
        self.setObjectName("indicadorQuorum")
        self.simbolo = QLabel()
        self.simbolo.setFixedWidth(32)
        self.simbolo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.principal = QLabel()
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
        self._caja = QHBoxLayout(self)
        self._caja.addWidget(self.simbolo)
        self._caja.addLayout(textos, 1)
        self.hay = False
        self.compactar(False)

    def compactar(self, compacto: bool) -> None:
        """En una pantalla baja, letra y márgenes más chicos (y la regla, en la ayuda emergente)."""
        self.simbolo.setFont(escalar(self.font(), 1.3 if compacto else 1.7, negrita=True))
        self.principal.setFont(escalar(self.font(), 1.1 if compacto else 1.3, negrita=True))
        self._caja.setContentsMargins(10, 2 if compacto else 6, 14, 2 if compacto else 6)
        self.regla.setVisible(not compacto)

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
        regla = quorum.regla.describir_regla() + "."
        self.regla.setText(self.tr("Regla: {0} Se requieren {1} de {2}.").format(regla, requerido, base))
        self.setToolTip(self.regla.text() + "\n" + self.tr(
            "Cuentan los presentes con derecho a voto y los ausentes que dieron su poder a un presente. Los miembros "
            "sin voto no cuentan."))
        self.barra.fijar(presentes, requerido, base, fuerte)

    @property
    def texto(self) -> str:
        return self.principal.text()


# --- asistencia ------------------------------------------------------------------------------------------

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

    def paint(self, pintor, opcion, indice) -> None:
        """Quien no está y puede dar su poder, sin poder dado: la celda lo ofrece («Dar poder… ▾»), en gris."""
        super().paint(pintor, opcion, indice)
        if indice.data(ROL_VALOR) is None and indice.flags() & Qt.ItemFlag.ItemIsEditable:
            pintor.save()
            pintor.setPen(QColor(GRIS))
            rect = opcion.rect.adjusted(6, 0, -6, 0)
            pintor.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), tr("Dar poder… ▾"))
            pintor.restore()


class _SinEditor(QStyledItemDelegate):
    """La celda se edita en un diálogo (doble clic), no en el lugar."""

    def createEditor(self, *_):
        return None


class TablaAsistencia(TablaDeMarcas):
    """P, A y E marcan Presente, Ausente o Excusado en las filas elegidas (Espacio alterna presente y ausente) y pasan a
    la fila siguiente (piezas/marcas.py); F2 abre lo que se edita de la fila: el representante de un presente o el
    poder de quien no está."""

    editar_fila = Signal(int)  # fila de la vista

    def keyPressEvent(self, evento) -> None:
        if (evento.key() == Qt.Key.Key_F2 and not evento.modifiers() and self.currentIndex().isValid()
                and self.state() != QAbstractItemView.State.EditingState):
            evento.accept()
            self.editar_fila.emit(self.currentIndex().row())
            return
        super().keyPressEvent(evento)


class PestanaAsistencia(QWidget):
    def __init__(self, editor: EditorDeSesion):
        super().__init__()
        self.editor = editor
        self.indicador = IndicadorQuorum()
        self.sin_integrantes = CajaAvisos()
        self.busqueda = QLineEdit()
        self.busqueda.setPlaceholderText(self.tr("Buscar miembro, país o persona…"))
        self.busqueda.setClearButtonEnabled(True)
        # La ayuda del campo, entera: su ancho, el del texto más el botón de borrar y los márgenes.
        self.busqueda.setMinimumWidth(self.busqueda.fontMetrics().horizontalAdvance(self.busqueda.placeholderText())
                                      + 40)
        self.boton_todos = QPushButton(self.tr("&Todos presentes"))
        self.boton_todos.setToolTip(self.tr("Marca presentes a todos los integrantes; después se desmarca a quien falte"))
        self.boton_todos.clicked.connect(self.todos_presentes)
        self.resumen = EtiquetaRecortada()   # en una línea: lo que no entra, en su ayuda emergente
        self.resumen.setStyleSheet(ESTILO_NOTA)

        self.modelo = ModeloAsistencia(self._guardar, self)
        self.filtro = FiltroAsistencia(self)
        self.filtro.setSourceModel(self.modelo)
        self.busqueda.textChanged.connect(self.filtro.buscar)
        self.tabla = TablaAsistencia()
        self.tabla.setModel(self.filtro)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tabla.setAlternatingRowColors(True)
        self.tabla.setWordWrap(False)
        self.tabla.verticalHeader().hide()
        self.tabla.verticalHeader().setDefaultSectionSize(30)
        self.segmentos = DelegadoSegmentos([("presente", self.tr("Presente"), VERDE),
                                            ("ausente", self.tr("Ausente"), GRIS_FUERTE),
                                            ("excusado", self.tr("Excusado"), AMBAR_FUERTE)], padre=self.tabla)
        self.tabla.setItemDelegateForColumn(C_ASISTENCIA, self.segmentos)
        self.tabla.setItemDelegateForColumn(C_PODER, DelegadoPoder(
            lambda i: self.modelo.candidatos_poder(self.modelo.fila(self.filtro.mapToSource(i).row())), self.tabla))
        self.tabla.setItemDelegateForColumn(C_ASISTE, _SinEditor(self.tabla))
        self.tabla.doubleClicked.connect(self._doble_clic)
        self.tabla.clicked.connect(self._clic)
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
        self.busqueda.textChanged.connect(lambda _: self._unir_celdas())
        self._teclado()

        self.invitados = tabla_lectura([self.tr("Nombre"), self.tr("Institución"), self.tr("Calidad")], 1)
        self.boton_invitado = QPushButton(self.tr("Agregar &invitado…"))
        self.boton_invitado.setToolTip(self.tr("Un invitado u observador asiste sin voto y no cuenta para el quórum; "
                                               "figura en el acta."))
        self.boton_invitado.clicked.connect(self.agregar_invitado)
        self._codigos_desde_la_tabla()
        self.rotulo_invitados = subtitulo(self.tr("Invitados y observadores (sin voto)"))

        # Sobre la tabla, una sola fila: buscar, todos presentes, la cuenta y agregar un invitado; debajo, la ayuda
        # (la tabla de invitados aparece cuando hay alguno). En una pantalla baja la tabla conserva así la altura.
        barra = QHBoxLayout()
        barra.addWidget(self.busqueda)
        barra.addWidget(self.boton_todos)
        barra.addSpacing(12)
        barra.addWidget(self.resumen, 1)
        barra.addWidget(self.boton_invitado)
        self._caja = QVBoxLayout(self)
        self._caja.addWidget(self.indicador)
        self._caja.addWidget(self.sin_integrantes)
        self._caja.addLayout(barra)
        self._caja.addWidget(self.tabla, 1)
        self._caja.addWidget(self.ayuda)
        self._caja.addWidget(self.rotulo_invitados)
        self._caja.addWidget(self.invitados)
        # Tab va de la búsqueda a «Todos presentes» y a la tabla (lo que se usa al tomar la asistencia); después, el
        # invitado, aunque su botón esté arriba a la derecha.
        for antes, despues in ((self.busqueda, self.boton_todos), (self.boton_todos, self.tabla),
                               (self.tabla, self.boton_invitado)):
            QWidget.setTabOrder(antes, despues)
        self._compacta = None
        self.compactar(False)

    def _codigos_desde_la_tabla(self) -> None:
        """Clic derecho (o la tecla Menú) en una fila: el código para votar de esa delegación, la que llegó tarde o
        perdió el suyo (issue 85, sesion/voto_codigos.py; el anterior queda anulado). Los de todas, «Códigos para
        votar…» en la pestaña Votaciones."""
        from .voto_codigos import entregar_el_codigo

        self.accion_codigo = QAction(self.tr("Entregar el código para votar de esta delegación…"), self.tabla)
        self.accion_codigo.triggered.connect(lambda: self._elegida() is not None and entregar_el_codigo(
            self, self.editor, self._elegida()))
        self.tabla.addAction(self.accion_codigo)
        self.tabla.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _elegida(self) -> int | None:
        """La delegación de la fila actual de la tabla, o None."""
        actual = self.tabla.currentIndex()
        return self._habilitado(actual.row()).miembro_id if actual.isValid() else None

    def _teclado(self) -> None:
        """La asistencia entera sin el ratón: flechas por las filas, P / A / E (Espacio alterna) marcan y pasan a la
        siguiente, F2 el representante o el poder, Ctrl+F busca un nombre (Enter o Flecha abajo va a su fila; tras
        marcar la última de la búsqueda se vuelve a ella, para escribir el nombre siguiente)."""
        self.tabla.teclas = {Qt.Key.Key_P: "presente", Qt.Key.Key_A: "ausente", Qt.Key.Key_E: "excusado",
                             Qt.Key.Key_Space: self._alternar}
        self.tabla.al_marcar = self._marcar_filas_de_la_vista
        self.tabla.al_final.connect(self._despues_de_la_ultima)
        self.tabla.editar_fila.connect(self._editar_fila)
        self.atajos_busqueda = AtajosDeBusqueda(self.busqueda, self.tabla, ctrl_f_en=self)
        # La línea de teclas, debajo de la tabla: entera si entra; si no, lo esencial (ver _ajustar_ayuda); entera
        # siempre en su ayuda emergente, con lo que se hace con el ratón (en una pantalla baja, solo en la del encabezado).
        self._ayuda_larga = self.tr("P presente · A ausente · E excusado · Espacio alterna · F2 representante o poder "
                                    "· Ctrl+F buscar")
        self._ayuda_corta = self.tr("P presente · A ausente · E excusado")
        self.ayuda = nota(self._ayuda_larga)
        self.ayuda.setWordWrap(False)
        self.ayuda.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.ayuda.setToolTip(self._ayuda_larga + "\n" + self.tr(
            "Con el ratón: clic en Presente, Ausente o Excusado; doble clic en «Asiste» para el representante; clic "
            "en «Poder a» («Dar poder…») para el poder de un ausente."))

    def _ajustar_ayuda(self) -> None:
        libre = self.width() - 40
        entra = self.ayuda.fontMetrics().horizontalAdvance(self._ayuda_larga) <= libre
        self.ayuda.setText(self._ayuda_larga if entra else self._ayuda_corta)

    def _habilitado(self, fila_vista: int):
        return self.modelo.fila(self.filtro.mapToSource(self.filtro.index(fila_vista, 0)).row())

    def _alternar(self, fila_vista: int) -> str:
        return "ausente" if self._habilitado(fila_vista).estado == "presente" else "presente"

    def _marcar_filas_de_la_vista(self, filas: list[int], estado: str) -> bool:
        return self._varios([self._habilitado(f) for f in filas], estado)

    def _despues_de_la_ultima(self) -> None:
        if self.busqueda.text().strip():
            self.atajos_busqueda.volver_al_campo()

    def _editar_fila(self, fila_vista: int) -> None:
        h = self._habilitado(fila_vista)
        columna = C_ASISTE if h.estado == "presente" else C_PODER
        indice = self.filtro.index(fila_vista, columna)
        if not indice.flags() & Qt.ItemFlag.ItemIsEditable:
            return
        if columna == C_ASISTE:
            self.representacion(h.miembro_id)
        else:
            self.tabla.setCurrentIndex(indice)
            self.tabla.edit(indice)

    # --- datos ---
    def cargar(self, estado) -> None:
        self.modelo.cargar(estado.habilitados)
        self.indicador.mostrar(estado.quorum)
        self.sin_integrantes.mostrar([] if estado.habilitados else [self.tr(
            "Nadie integra el órgano en la fecha de la sesión ({0}): revise los mandatos en el área Órganos.").format(
            fecha_dma(estado.sesion["fecha"]))])
        # La misma cuenta que el título de la pestaña y la insignia del quórum (servicios.sesiones).
        c = cuenta_de_asistencia(estado)
        # Lo que es cero no se dice («0 excusados» se cortaba a 1024 px): los integrantes y los presentes, siempre.
        partes = [cantidad(c.integrantes, self.tr("integrante"), self.tr("integrantes")),
                  cantidad(c.presentes, self.tr("presente"), self.tr("presentes"))]
        if c.ausentes:
            partes.append(cantidad(c.ausentes, self.tr("ausente"), self.tr("ausentes")))
        if c.excusados:
            partes.append(cantidad(c.excusados, self.tr("excusado"), self.tr("excusados")))
        if c.poderes:
            partes.append(cantidad(c.poderes, self.tr("poder"), self.tr("poderes")))
        if c.sin_voto:
            partes.append(self.tr("{0} sin voto").format(c.sin_voto))
        if c.observadores_presentes:   # los observadores no integran la cuenta del quórum: se dicen aparte
            partes.append(cantidad(c.observadores_presentes, self.tr("observador presente"),
                                   self.tr("observadores presentes")))
        self.resumen.setText(" · ".join(partes))
        self.resumen.setToolTip(self.resumen.text() + "\n" + self.tr(
            "Para el quórum cuentan {0} de {1}: los presentes con voto y los poderes que recibieron.").format(
            c.para_quorum, c.base))
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

    def _clic(self, indice) -> None:
        """Un clic en «Poder a» de quien puede darlo abre la lista de los presentes (también F2 o doble clic)."""
        if indice.column() == C_PODER and indice.flags() & Qt.ItemFlag.ItemIsEditable:
            self.tabla.edit(indice)

    def _doble_clic(self, indice) -> None:
        if indice.column() != C_ASISTE or not (indice.flags() & Qt.ItemFlag.ItemIsEditable):
            return
        self.representacion(self.modelo.fila(self.filtro.mapToSource(indice).row()).miembro_id)

    def representacion(self, miembro_id: int) -> None:
        """Quién asiste por el miembro: la autoridad o un representante acreditado (nombre y cargo)."""
        from .formularios import DialogoRepresentacion

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
        self.accion_codigo.setEnabled(not solo_lectura)
        self._solo_lectura = solo_lectura
        self._ajustar_a_la_pantalla()

    # En una pantalla baja o angosta (1366×768 al 150 %, 1024×600) la tabla es lo que importa: con el editor
    # compacto (`EditorSesion.ALTO_COMPACTO`) la regla del quórum y la ayuda pasan a la ayuda emergente, los márgenes
    # y las filas se angostan; en una angosta, la columna País (que también dice la ayuda del miembro) se oculta.
    ANCHO_SIN_PAIS = 780

    def compactar(self, compacto: bool) -> None:
        if compacto != self._compacta:
            self._compacta = compacto
            self.indicador.compactar(compacto)
            self._caja.setContentsMargins(8, 4 if compacto else 8, 8, 2 if compacto else 6)
            self._caja.setSpacing(4 if compacto else 6)
            # La fila justa para el control Presente | Ausente | Excusado.
            alto = self.tabla.fontMetrics().height() + 11 if compacto else 30
            self.tabla.verticalHeader().setDefaultSectionSize(alto)
        self._ajustar_a_la_pantalla()

    def resizeEvent(self, evento) -> None:
        super().resizeEvent(evento)
        self._ajustar_a_la_pantalla()

    def _ajustar_a_la_pantalla(self) -> None:
        compacto = bool(self._compacta)
        self.ayuda.setVisible(not compacto and not getattr(self, "_solo_lectura", False))
        self.tabla.horizontalHeader().setToolTip(self.ayuda.toolTip() if compacto else "")
        self._ajustar_ayuda()
        self.tabla.setColumnHidden(C_PAIS, 0 < self.width() < self.ANCHO_SIN_PAIS)

    @property
    def filas(self) -> list:
        return self.modelo.filas

    # --- registrar ---
    @staticmethod
    def _marca(h, cambios: dict) -> MarcaAsistencia:
        """La marca de `h` con `cambios` aplicados (un presente no da poder)."""
        datos = {"estado": h.estado, "representante": h.representante, "cargo_representante": h.cargo_representante,
                 "poder_a": h.poder_a}
        datos.update(cambios)
        if datos["estado"] == "presente":
            datos["poder_a"] = None
        return MarcaAsistencia(h.miembro_id, datos["estado"], datos["representante"], datos["cargo_representante"],
                               datos["poder_a"], h.peso)

    def _registrar_varias(self, marcas: list[MarcaAsistencia]) -> bool:
        """Una sola escritura (todas o ninguna), como «Todos presentes» o P sobre varias filas elegidas; Edición ›
        Deshacer las deshace juntas. Si la sesión todavía no empezó, antes pregunta (si no: no se registra). True si
        se registró (si no, ya se avisó por qué)."""
        if not self.editor.confirmar_acto():
            return False
        return hacer_en_la_ventana(self, self.editor.oficina, lambda: registrar_asistencias(
            self.editor.contexto, self.editor.sesion_id, marcas), que="registrar asistencia") is not None

    def _guardar(self, h, cambios: dict) -> bool:
        if not self._registrar_varias([self._marca(h, cambios)]):
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

    def todos_presentes(self) -> None:
        self._varios(self.modelo.filas, "presente")

    def _varios(self, habilitados: list, estado: str) -> bool:
        """Marca a todos en `estado`; True si quedaron así (si no, ya se avisó por qué)."""
        if self.editor.solo_lectura:
            return False
        marcas = [self._marca(h, {"estado": estado}) for h in habilitados if h.estado != estado]
        hecho = not marcas or self._registrar_varias(marcas)
        self.editor.asistencia_cambiada()
        return hecho

    def agregar_invitado(self) -> None:
        from .formularios import DialogoInvitado

        dialogo = DialogoInvitado(self.editor.oficina, self.editor.sesion_id, self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho:
            self.editor.asistencia_cambiada()


