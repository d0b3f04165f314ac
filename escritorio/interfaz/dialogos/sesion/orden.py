"""Pestaña Orden del día del editor de sesiones: el árbol de puntos y el resumen de cada uno."""

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QMenu, QPlainTextEdit, QPushButton, QSplitter,
                               QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ....dominio.sesiones import TIPOS_PUNTO
from ....servicios.sesiones import titulo_sesion
from ....servicios.sesiones.puntos import resumir_punto
from ...comun import descartar, fecha_dma, tr
from ...operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ...modelos.sesiones import ROL_VALOR
from ...piezas import ACENTO, ROJO, VERDE, escalar, nota, subtitulo, titulo
from ...sala_en_vivo import SalaEnVivo
from . import piezas as sesion_piezas
from .piezas import GUARDADO, NADA, decision, fijar_solo_lectura_campo, poner_a_salvo
from .protocolo_del_editor import EditorDeSesion


# --- orden del día ----------------------------------------------------------------------------------------

class PestanaOrden(QWidget):
    """El árbol del orden del día y, para el punto elegido, el resumen de lo tratado y sus resoluciones."""

    def __init__(self, editor: EditorDeSesion):
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
        self.arbol.currentItemChanged.connect(lambda *_: self._a_la_sala())
        self.boton_punto = QPushButton(self.tr("Agregar punto…"))
        self.boton_punto.clicked.connect(lambda: self.agregar(subpunto=False))
        self.boton_subpunto = QPushButton(self.tr("Agregar subpunto…"))
        self.boton_subpunto.setToolTip(self.tr("Un punto dentro del punto elegido (1.1, 1.2…)"))
        self.boton_subpunto.clicked.connect(lambda: self.agregar(subpunto=True))
        # El punto que aprueba un acta (esta o una anterior del órgano): con el vínculo puesto, su resolución es la
        # única que la aprueba (servicios.aprobacion_de_actas). Las actas se piden al servicio al abrir el menú.
        self.boton_aprobacion = QPushButton(self.tr("Aprobación del acta"))
        self.boton_aprobacion.setToolTip(self.tr(
            "Agrega al final un punto de votación «Aprobación del acta» que aprueba esta acta o la de una sesión "
            "anterior: su resolución es la que aprueba el acta."))
        self.menu_aprobacion = QMenu(self.boton_aprobacion)
        self.menu_aprobacion.aboutToShow.connect(self._llenar_menu_de_aprobacion)
        self.boton_aprobacion.setMenu(self.menu_aprobacion)
        izquierda = QWidget()
        columna = QVBoxLayout(izquierda)
        columna.setContentsMargins(0, 0, 0, 0)
        columna.addWidget(self.arbol, 1)
        botones = QHBoxLayout()
        botones.addWidget(self.boton_punto)
        botones.addWidget(self.boton_subpunto)
        botones.addWidget(self.boton_aprobacion)
        botones.addStretch(1)
        columna.addLayout(botones)

        self.titulo = titulo("", 1.25)
        self.detalle = nota()
        self.resumen = QPlainTextEdit()
        self.resumen.setPlaceholderText(self.tr("Lo que se trató en este punto: informes, intervenciones, propuestas y "
                                                "acuerdos. Es el texto que va al acta."))
        self.resumen.textChanged.connect(self._resumen_editado)
        self.estado_guardado = nota()
        # El resumen se guarda solo, 0,9 s después de la última tecla; `_sin_guardar` dice si hay algo por guardar
        # (el temporizador de un disparo ya no está activo cuando dispara: no sirve para saberlo).
        self._sin_guardar = False
        self._demora = QTimer(self)
        self._demora.setSingleShot(True)
        self._demora.setInterval(sesion_piezas.DEMORA_DEL_GUARDADO_MS)
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
        self.guardar_o_resguardar()
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

    def showEvent(self, evento) -> None:
        super().showEvent(evento)
        self._a_la_sala()

    def _a_la_sala(self) -> None:
        """El punto elegido en el orden del día, a la vista, es el que trata la sala (lo sigue el proyector)."""
        if self.isVisible() and self._punto is not None and self.editor.sesion_id is not None:
            SalaEnVivo.de(self).enfocar_punto(self.editor.sesion_id, self._punto["id"])

    def seleccionar(self, punto_id: int) -> None:
        for item in self.arbol.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if item.data(0, ROL_VALOR) == punto_id:
                self.arbol.setCurrentItem(item)
                return

    def _elegido(self, item: QTreeWidgetItem | None) -> None:
        self.guardar_o_resguardar()
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
            partes.append(self.tr("decisión: {0}").format(decision(p["tipo_decision"])))
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
        self._sin_guardar = True
        self.estado_guardado.setText(self.tr("Sin guardar…"))
        self._demora.start()

    def guardar_pendiente(self) -> bool:
        """Guarda ya el resumen que se estaba escribiendo (al cambiar de punto, de pestaña o de sesión).
        True si la base tiene lo que se ve."""
        return self.guardar_o_resguardar() in (NADA, GUARDADO)

    def guardar_o_resguardar(self) -> str:
        """Guarda el resumen si hay cambios sin guardar y dice qué pasó: NADA, GUARDADO, A_SALVO (la base no lo
        aceptó: quedó copiado en un archivo y se avisó) o EN_PANTALLA (ni eso: el aviso pide copiarlo a mano)."""
        self._demora.stop()
        if not self._sin_guardar or self._punto is None or self.editor.db is None:
            return NADA
        self._sin_guardar = False   # con éxito o sin él, no se reintenta con cada pestaña: se guarda o se avisa
        texto = self.resumen.toPlainText()
        try:
            resumir_punto(self.editor.contexto, self._punto["id"], texto)
        except Exception as error:  # noqa: BLE001 - se avisa y lo escrito no se pierde
            self.estado_guardado.setText(self.tr("✗ No se guardó (vea el aviso)"))
            return poner_a_salvo(self, self.editor.db, self.tr("el resumen del punto"),
                                 f"«{self._punto['numeracion']}. {self._punto['titulo']}» "
                                 f"({titulo_sesion(self.editor.sesion)})", texto, error)
        self._punto["resumen"] = texto.strip() or None
        self.estado_guardado.setText(self.tr("✓ Guardado"))
        self.editor.cambiado.emit()
        return GUARDADO

    def fijar_solo_lectura(self, solo_lectura: bool) -> None:
        # Con el acta aprobada, «Agregar punto…» está apagado: el aviso no lo ofrece (issue 78).
        self.vacio.setText(self.tr("La sesión no tuvo orden del día: el acta está aprobada.") if solo_lectura else
                           self.tr("El orden del día está vacío. Agregue el primer punto con «Agregar punto…»; los "
                                   "puntos de tipo Votación o Elección aparecen luego en la pestaña Votaciones."))
        self.boton_punto.setEnabled(not solo_lectura)
        self.boton_aprobacion.setEnabled(not solo_lectura)
        self.boton_subpunto.setEnabled(not solo_lectura and self._punto is not None)
        fijar_solo_lectura_campo(self.resumen, solo_lectura, self.tr(
            "El acta está aprobada: el resumen ya no se modifica; las correcciones van en una fe de erratas."))
        self._actualizar_boton_resolucion()

    def agregar(self, subpunto: bool) -> None:
        from .formularios import DialogoPunto

        padre = self._punto if subpunto else None
        if subpunto and padre is None:
            return
        if padre is not None and padre["padre_id"] is not None:
            padre = next((p for p in self.editor.puntos if p["id"] == padre["padre_id"]), padre)
        self.guardar_pendiente()
        dialogo = DialogoPunto(self.editor.oficina, self.editor.sesion_id,
                               padre["id"] if padre else None, f"{padre['numeracion']}. {padre['titulo']}" if padre else "",
                               self, organo_id=self.editor.sesion["organo_id"])
        dialogo.exec()
        agregados = list(dialogo.agregados)
        descartar(dialogo)
        if agregados:
            self.editor.recargar()
            self.seleccionar(agregados[-1])

    # --- el punto que aprueba un acta ---
    def _llenar_menu_de_aprobacion(self) -> None:
        from ....servicios.aprobacion_de_actas import actas_que_puede_aprobar

        self.menu_aprobacion.clear()
        actas = consultar_en_la_ventana(self, lambda: actas_que_puede_aprobar(self.editor.contexto,
                                                                              self.editor.sesion_id),
                                        que="actas por aprobar")
        if actas is FALLO:
            return
        for acta in actas:
            texto = (self.tr("De esta sesión (se aprueba al final)") if acta["id"] == self.editor.sesion_id else
                     self.tr("Del acta de la {0}, {1}").format(acta["titulo"], fecha_dma(acta["fecha"])))
            accion = self.menu_aprobacion.addAction(texto)
            accion.setData(acta["id"])
            accion.triggered.connect(lambda _=False, sesion=acta["id"]: self.agregar_aprobacion(sesion))

    def agregar_aprobacion(self, sesion_del_acta: int) -> None:
        """Agrega al final del orden del día el punto que aprueba el acta de `sesion_del_acta` y lo elige."""
        from ....servicios.aprobacion_de_actas import agregar_punto_de_aprobacion

        self.guardar_pendiente()
        # El motivo del servicio, en un aviso.
        hecho = hacer_en_la_ventana(self, self.editor.oficina, lambda: agregar_punto_de_aprobacion(
            self.editor.contexto, sesion_del_acta, en=self.editor.sesion_id), que="punto de aprobación del acta")
        if hecho is None:
            return
        agregado = hecho.resultado
        self.editor.recargar()
        self.editor.cambiado.emit()
        self.seleccionar(agregado["punto_id"])
