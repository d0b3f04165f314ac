"""Pestaña Oradores del editor de sesión (issue 64, §3): la lista de oradores de un punto (o de una moción) durante
la sesión en vivo, entera con el teclado: quién habla, con una cuenta regresiva grande que se pone roja al cumplirse
el tiempo (y sigue contando lo que se pasó), la cola en el orden en que hablarán y quién ya habló.

Las teclas (en los rótulos de los botones y en sus ayudas): Ins agrega un orador (un buscador que completa al
escribir; Enter lo anota), Ctrl+Mayús+O anota una cuestión de orden (Ctrl+O ya es Archivo › Abrir), F9 (o Enter en
la cola) da la palabra a quien sigue, F10 termina la intervención en curso, Supr retira de la cola al elegido y
Ctrl+L cierra o reabre la lista.

Lo de OpenSlides 4 (issue 82): Alt+U pausa a quien habla (el reloj se detiene y dice «En pausa») y lo reanuda;
Alt+S y Alt+B (o Ctrl+↑ y Ctrl+↓ en la cola) suben y bajan a quien espera dentro de su grupo (las cuestiones de
orden, las preguntas intercaladas, las intervenciones breves, los demás); una cuestión de orden lleva la categoría
que el órgano definió (su línea, Alt+T, aparece con ese tipo elegido si el órgano tiene categorías); mientras corre
una pregunta intercalada, la pestaña dice a quién vuelve la palabra. Quien espera y todavía no habló en la sesión
lleva la marca «primera vez» (oradores_cola.py).

Todo lo decide servicios/oradores.py (el orden, la lista cerrada, quién puede hablar); aquí solo se muestra (y lo
que se hace con las teclas y los botones, en acciones_de_oradores.py). Cada
elección mueve el foco de la sala (`SalaEnVivo.enfocar`) y cada escritura lo avisa (`avisar`): el proyector sigue.
El rechazo de una regla se dice en una línea roja de la pestaña, sin cuadros que tapen la sala.
"""

from collections import Counter
from collections.abc import Callable
from datetime import datetime, timezone

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QCompleter, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ....dominio import oradores as reglas
from ....dominio.sala import NOMBRES_TIPO_ORADOR, TIPOS_ORADOR
from ....servicios import categorias_de_cuestion
from ....servicios import oradores as servicio
from ...comun import tr
from ...operaciones import FALLO, consultar_en_la_ventana
from ...piezas import ROJO, escalar, nota, subtitulo
from ...sala_en_vivo import SalaEnVivo
from .acciones_de_oradores import AccionesDeOradores
from .oradores_cola import ROL_PRIMERA_VEZ, MarcaDePrimeraVez, lugar_en_el_grupo
from .piezas import GRIS_FUERTE, chip
from .protocolo_del_editor import EditorDeSesion


def _ahora_utc() -> datetime:
    return datetime.now(timezone.utc)


def _nombre_del_tipo(tipo: str) -> str:
    """«Cuestión de orden», en el idioma de la ventana (los nombres: dominio/sala.py)."""
    return tr(NOMBRES_TIPO_ORADOR[tipo])


class PestanaOradores(AccionesDeOradores, QWidget):
    """La lista de oradores del punto (o de la moción) elegido, con la cuenta regresiva de quien habla."""

    def __init__(self, editor: EditorDeSesion, reloj: Callable[[], datetime] = _ahora_utc):
        super().__init__()
        self.editor = editor
        self.reloj = reloj            # las pruebas lo adelantan; el programa usa el del sistema (UTC)
        self.lista: servicio.ListaDeOradores | None = None
        self._candidatos: dict[str, servicio.Candidato] = {}
        self._solo_lectura = False
        self._tipos = {tipo: _nombre_del_tipo(tipo) for tipo in TIPOS_ORADOR}
        self._rangos: dict[str, int] = {}     # el rango de cada categoría de cuestión de orden del órgano

        # Qué lista: el punto y, si tiene mociones, la de una de ellas.
        self.punto = QComboBox()
        self.punto.setToolTip(self.tr("El punto del orden del día cuya lista de oradores se lleva"))
        self.punto.currentIndexChanged.connect(self._punto_elegido)
        self.mocion = QComboBox()
        self.mocion.setToolTip(self.tr("La lista del punto o la de una de sus mociones"))
        self.mocion.currentIndexChanged.connect(self._lista_elegida)
        fila_lista = QHBoxLayout()
        fila_lista.addWidget(QLabel(self.tr("&Punto:")), 0)
        fila_lista.itemAt(0).widget().setBuddy(self.punto)
        fila_lista.addWidget(self.punto, 3)
        self.rotulo_mocion = QLabel(self.tr("&Moción:"))
        self.rotulo_mocion.setBuddy(self.mocion)
        fila_lista.addWidget(self.rotulo_mocion, 0)
        fila_lista.addWidget(self.mocion, 2)
        self.estado_lista = QLabel()
        fila_lista.addWidget(self.estado_lista, 0)

        # Quien habla: su nombre y la cuenta regresiva, grande.
        self.quien = QLabel()
        self.quien.setFont(escalar(self.quien.font(), 1.5, negrita=True))
        self.quien.setWordWrap(True)
        self.tipo_actual = nota()
        self.cuenta = QLabel("—")
        self.cuenta.setObjectName("cuentaRegresiva")
        self.cuenta.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cuenta.setFont(escalar(self.cuenta.font(), 3.5, negrita=True))
        self.cuenta.setAccessibleName(self.tr("Tiempo que le queda a quien habla"))
        self.detalle_cuenta = nota()
        self.detalle_cuenta.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detalle_cuenta.setWordWrap(True)
        self.chip_pausa = chip(self.tr("En pausa"), "ambar")
        self.chip_pausa.hide()
        # Mientras corre una pregunta intercalada: quién está en pausa y que la palabra vuelve a él.
        self.vuelve = nota()
        self.vuelve.setWordWrap(True)
        self.vuelve.hide()
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        caja_panel = QVBoxLayout(panel)
        caja_panel.addWidget(subtitulo(self.tr("Tiene la palabra")))
        caja_panel.addWidget(self.quien)
        caja_panel.addWidget(self.tipo_actual)
        caja_panel.addWidget(self.vuelve)
        caja_panel.addStretch(1)
        caja_panel.addWidget(self.cuenta)
        caja_panel.addWidget(self.chip_pausa, 0, Qt.AlignmentFlag.AlignHCenter)
        caja_panel.addWidget(self.detalle_cuenta)
        caja_panel.addStretch(1)

        # La cola y quién habló.
        self.cola = QListWidget()
        self.cola.setAccessibleName(self.tr("Cola de oradores"))
        self.cola.setItemDelegate(MarcaDePrimeraVez(self.tr("primera vez"), self.cola))
        self.cola.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cola.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.cola.currentRowChanged.connect(lambda _: self._habilitar_mover())
        self.cola.setToolTip(self.tr("En el orden en que hablarán: las cuestiones de orden primero. Enter o F9: dar "
                                     "la palabra a quien sigue; Supr: retirar al elegido."))
        self.hablaron = QListWidget()
        self.hablaron.setAccessibleName(self.tr("Quienes ya hablaron"))
        self.hablaron.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # En 1024×600 las dos listas ceden la altura (se desplazan) antes que los controles de abajo.
        self.cola.setMinimumHeight(48)
        self.hablaron.setMinimumHeight(36)

        # Agregar a alguien: el buscador (completa al escribir) y el tipo de intervención.
        self.buscador = QLineEdit()
        self.buscador.setPlaceholderText(self.tr("Ins: escriba parte del nombre y Enter"))
        self.buscador.setToolTip(self.tr("Miembros (los presentes primero) e invitados de la sesión. Enter anota al "
                                         "elegido con el tipo de la derecha."))
        self._nombres = QStringListModel(self)
        completador = QCompleter(self._nombres, self.buscador)
        completador.setFilterMode(Qt.MatchFlag.MatchContains)
        completador.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completador.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.buscador.setCompleter(completador)
        self.buscador.returnPressed.connect(self.agregar)
        self.buscador.setMinimumWidth(140)
        self.tipo = QComboBox()
        for clave in TIPOS_ORADOR:
            self.tipo.addItem(self._tipos[clave], clave)
        self.tipo.setToolTip(self.tr("El tipo de la intervención que se anota"))
        self.tipo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.tipo.setMinimumContentsLength(12)
        self.tipo.currentIndexChanged.connect(lambda _: self._mostrar_categoria())
        self.categoria = QComboBox()
        self.categoria.setAccessibleName(self.tr("Categoría de la cuestión de orden"))
        self.categoria.setToolTip(self.tr("La categoría de la cuestión de orden, de las que el órgano definió en las "
                                          "reglas de la sala: la de rango 1 pasa primero"))
        self.categoria.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.categoria.setMinimumContentsLength(20)
        # En su propia línea, a la vista solo mientras se anota una cuestión de orden: la fila del buscador no entra
        # con otra lista en 1024×600 ni al 150 %.
        self.fila_categoria = QWidget()
        caja_categoria = QHBoxLayout(self.fila_categoria)
        caja_categoria.setContentsMargins(0, 0, 0, 0)
        rotulo_categoria = QLabel(self.tr("Ca&tegoría de la cuestión de orden:"))
        rotulo_categoria.setBuddy(self.categoria)
        caja_categoria.addWidget(rotulo_categoria)
        caja_categoria.addWidget(self.categoria)
        caja_categoria.addStretch(1)
        self.fila_categoria.hide()

        self.boton_agregar = self._boton(self.tr("Agregar (Ins)"), self.tr("Anota en la cola a quien se eligió"),
                                         self.agregar)
        self.boton_cuestion = self._boton(self.tr("Cuestión de orden (Ctrl+Mayús+O)"), self.tr(
            "Anota al elegido con una cuestión de orden: se adelanta a la cola y se admite con la lista cerrada"),
            self.cuestion_de_orden)
        self.boton_palabra = self._boton(self.tr("Dar la palabra (F9)"), self.tr(
            "Quien sigue en la cola empieza a hablar; quien hablaba termina (F9, o Enter en la cola)"),
            self.dar_la_palabra)
        self.boton_terminar = self._boton(self.tr("Terminar (F10)"),
                                          self.tr("Termina la intervención en curso y anota cuánto duró"),
                                          self.terminar)
        self.boton_pausa = self._boton(self.tr("Pa&usar"), "", self.pausar_o_reanudar)
        self.boton_subir = self._boton(self.tr("&Subir"), self.tr(
            "Adelanta un lugar al elegido dentro de su grupo de la cola (Alt+S, o Ctrl+↑ en la cola)"),
            lambda: self.mover(-1))
        self.boton_bajar = self._boton(self.tr("&Bajar"), self.tr(
            "Atrasa un lugar al elegido dentro de su grupo de la cola (Alt+B, o Ctrl+↓ en la cola)"),
            lambda: self.mover(1))
        self.boton_retirar = self._boton(self.tr("Retirar (Supr)"),
                                         self.tr("Quita de la cola al elegido (queda anotado como retirado)"),
                                         self.retirar)
        self.boton_cerrar = self._boton(self.tr("Cerrar la lista (Ctrl+L)"), self.tr(
            "Cierra la lista: quienes esperan hablan, no se anota nadie más salvo una cuestión de orden. Ctrl+L la "
            "vuelve a abrir."), self.cerrar_o_reabrir)
        self.aviso = QLabel()
        self.aviso.setWordWrap(True)
        self.aviso.setStyleSheet(f"color: {ROJO};")
        self.aviso.hide()

        fila_agregar = QHBoxLayout()
        fila_agregar.addWidget(self.buscador, 3)
        fila_agregar.addWidget(self.tipo, 1)
        fila_agregar.addWidget(self.boton_agregar)
        fila_agregar.addWidget(self.boton_cuestion)
        fila_botones = QHBoxLayout()
        for boton in (self.boton_palabra, self.boton_terminar, self.boton_pausa, self.boton_retirar,
                      self.boton_cerrar):
            fila_botones.addWidget(boton)
        fila_botones.addStretch(1)

        rejilla = QGridLayout()
        rejilla.addWidget(panel, 0, 0, 4, 1)
        self.rotulo_cola = subtitulo(self.tr("En espera"))
        cabeza_cola = QHBoxLayout()
        cabeza_cola.addWidget(self.rotulo_cola, 1)
        cabeza_cola.addWidget(self.boton_subir)
        cabeza_cola.addWidget(self.boton_bajar)
        rejilla.addLayout(cabeza_cola, 0, 1)
        rejilla.addWidget(self.cola, 1, 1)
        rejilla.addWidget(subtitulo(self.tr("Hablaron")), 2, 1)
        rejilla.addWidget(self.hablaron, 3, 1)
        rejilla.setColumnStretch(0, 3)
        rejilla.setColumnStretch(1, 2)
        rejilla.setRowStretch(1, 3)
        rejilla.setRowStretch(3, 2)

        caja = QVBoxLayout(self)
        caja.setContentsMargins(8, 8, 8, 8)
        caja.addLayout(fila_lista)
        caja.addLayout(rejilla, 1)
        caja.addLayout(fila_agregar)
        caja.addWidget(self.fila_categoria)
        caja.addLayout(fila_botones)
        caja.addWidget(self.aviso)

        # Las teclas valen en toda la pestaña; Enter y Supr, en la cola.
        contexto = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for tecla, hacer in ((Qt.Key.Key_Insert, self.ir_al_buscador), ("Ctrl+Shift+O", self.cuestion_de_orden),
                             (Qt.Key.Key_F9, self.dar_la_palabra), (Qt.Key.Key_F10, self.terminar),
                             ("Ctrl+L", self.cerrar_o_reabrir)):
            atajo = QShortcut(QKeySequence(tecla), self)
            atajo.setContext(contexto)
            atajo.activated.connect(hacer)
        for tecla, hacer in ((Qt.Key.Key_Return, self.dar_la_palabra), (Qt.Key.Key_Enter, self.dar_la_palabra),
                             (Qt.Key.Key_Delete, self.retirar), ("Ctrl+Up", lambda: self.mover(-1)),
                             ("Ctrl+Down", lambda: self.mover(1))):
            atajo = QShortcut(QKeySequence(tecla), self.cola)
            atajo.setContext(Qt.ShortcutContext.WidgetShortcut)
            atajo.activated.connect(hacer)

        # La cuenta regresiva: un tic por segundo mientras alguien habla.
        self.temporizador = QTimer(self)
        self.temporizador.setInterval(1000)
        self.temporizador.timeout.connect(self._tic)

    def _boton(self, texto: str, ayuda: str, hacer: Callable[[], object]) -> QPushButton:
        boton = QPushButton(texto)
        boton.setToolTip(ayuda)
        boton.clicked.connect(hacer)
        return boton

    # --- qué lista ---
    def _foco(self) -> tuple[int | None, int | None]:
        punto = self.punto.currentData()
        return punto, (self.mocion.currentData() if punto is not None else None)

    def cargar(self) -> None:
        """Los puntos de la sesión (conserva el elegido) y la lista del punto."""
        elegido = self.punto.currentData()
        self.punto.blockSignals(True)
        self.punto.clear()
        for p in self.editor.puntos:
            self.punto.addItem(f"{p['numeracion']}. {p['titulo']}", p["id"])
        indice = self.punto.findData(elegido)
        self.punto.setCurrentIndex(indice if indice >= 0 else (0 if self.editor.puntos else -1))
        self.punto.blockSignals(False)
        self._candidatos_de_la_sesion()
        self._categorias_del_organo()
        self._punto_elegido()

    def _candidatos_de_la_sesion(self) -> None:
        candidatos = consultar_en_la_ventana(
            self, lambda: servicio.candidatos(self.editor.contexto, self.editor.sesion_id), que="leer los oradores")
        if candidatos is FALLO:
            return
        self._candidatos = {}
        veces = Counter(c.nombre for c in candidatos if c.miembro_id is not None)
        repetidos = {nombre for nombre, cuantas in veces.items() if cuantas > 1}
        for c in candidatos:
            if c.miembro_id is None:
                texto = self.tr("{0} (invitado)").format(c.nombre)
            else:   # dos ciudades del mismo nombre: con su país
                texto = f"{c.nombre} ({c.pais})" if c.nombre in repetidos else c.nombre
            self._candidatos.setdefault(texto, c)
        self._nombres.setStringList(list(self._candidatos))

    def _categorias_del_organo(self) -> None:
        """Las categorías de cuestión de orden del órgano de la sesión, para elegir una (conserva la elegida)."""
        organo = self.editor.sesion.get("organo_id")
        leidas = [] if organo is None else consultar_en_la_ventana(
            self, lambda: categorias_de_cuestion.listar(self.editor.contexto, organo), que="leer los oradores")
        leidas = leidas or []
        self._rangos = {c.nombre: c.rango for c in leidas}
        elegida = self.categoria.currentData()
        self.categoria.clear()
        self.categoria.addItem(self.tr("Sin categoría"), None)
        for c in leidas:
            self.categoria.addItem(self.tr("{0} (rango {1})").format(c.nombre, c.rango), c.id)
        self.categoria.setCurrentIndex(max(self.categoria.findData(elegida), 0))
        self._mostrar_categoria()

    def _mostrar_categoria(self) -> None:
        """La categoría se elige solo para una cuestión de orden, y solo si el órgano definió alguna."""
        self.fila_categoria.setVisible(self.tipo.currentData() == reglas.CUESTION_DE_ORDEN
                                       and self.categoria.count() > 1)

    def _punto_elegido(self) -> None:
        punto = self.punto.currentData()
        mociones = [] if punto is None else consultar_en_la_ventana(
            self, lambda: servicio.mociones_del_punto(self.editor.contexto, punto), que="leer los oradores")
        if mociones is FALLO:
            mociones = []
        elegida = self.mocion.currentData()
        self.mocion.blockSignals(True)
        self.mocion.clear()
        self.mocion.addItem(self.tr("— la lista del punto —"), None)
        for m in mociones:
            self.mocion.addItem(f"{m.rotulo}: {m.titulo}", m.id)
        indice = self.mocion.findData(elegida)
        self.mocion.setCurrentIndex(max(indice, 0))
        self.mocion.blockSignals(False)
        self.mocion.setVisible(bool(mociones))
        self.rotulo_mocion.setVisible(bool(mociones))
        self._lista_elegida()

    def _lista_elegida(self) -> None:
        punto, mocion = self._foco()
        if punto is not None and self.isVisible():
            SalaEnVivo.de(self).enfocar(sesion_id=self.editor.sesion_id, punto_id=punto, mocion_id=mocion)
        self.releer()

    def showEvent(self, evento) -> None:  # noqa: N802 - Qt
        super().showEvent(evento)
        if self.editor.db is not None:   # las categorías se cambian en las reglas de la sala (otra pestaña)
            self._categorias_del_organo()
        punto, mocion = self._foco()
        if punto is not None:
            SalaEnVivo.de(self).enfocar(sesion_id=self.editor.sesion_id, punto_id=punto, mocion_id=mocion)
        self._tic()

    def releer(self) -> None:
        punto, mocion = self._foco()
        if punto is None:
            self.lista = None
        else:
            lista = consultar_en_la_ventana(self, lambda: servicio.listar(self.editor.contexto, punto, mocion),
                                            que="leer los oradores")
            if lista is FALLO:
                return
            self.lista = lista
        self._pintar()

    # --- pintar ---
    def _tipo(self, o: servicio.Orador) -> str:
        """«Cuestión de orden» o, con su categoría, «Cuestión de orden (Moción de orden)»."""
        return self.tr("{0} ({1})").format(self._tipos[o.tipo], o.categoria) if o.categoria else self._tipos[o.tipo]

    def _texto(self, o: servicio.Orador) -> str:
        return o.nombre if o.tipo == "intervencion" else f"{o.nombre} — {self._tipo(o)}"

    def _pintar(self) -> None:
        lista = self.lista
        elegido = self.cola.currentItem().data(Qt.ItemDataRole.UserRole) if self.cola.currentItem() else None
        self.cola.clear()
        self.hablaron.clear()
        for i, o in enumerate(lista.cola if lista else [], 1):
            item = QListWidgetItem(f"{i}. {self._texto(o)}")
            item.setData(Qt.ItemDataRole.UserRole, o.id)
            item.setToolTip(item.text())   # entero: en la lista angosta, un nombre largo se acorta con «…»
            if o.primera_vez:   # la marca la dibuja MarcaDePrimeraVez; aquí, para la ayuda y el lector de pantalla
                item.setData(ROL_PRIMERA_VEZ, True)
                item.setToolTip(self.tr("{0} (primera vez que habla en esta sesión)").format(item.text()))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("{0}, primera vez").format(item.text()))
            self.cola.addItem(item)
            if o.id == elegido:
                self.cola.setCurrentItem(item)
        if self.cola.count() and self.cola.currentItem() is None:
            self.cola.setCurrentRow(0)
        for o in lista.hablaron if lista else []:
            self.hablaron.addItem(f"{self._texto(o)}: {reglas.reloj(o.segundos or 0)}")
        cerrada = bool(lista and lista.cerrada)
        self.estado_lista.setText(self.tr("Lista cerrada") if cerrada else self.tr("Lista abierta"))
        self.estado_lista.setStyleSheet(f"color: {ROJO}; font-weight: bold;" if cerrada else "")
        self.boton_cerrar.setText(self.tr("Reabrir la lista (Ctrl+L)") if cerrada
                                  else self.tr("Cerrar la lista (Ctrl+L)"))
        self.rotulo_cola.setText(self.tr("En espera ({0})").format(self.cola.count()))
        hablando = lista.hablando if lista else None
        self.quien.setText(hablando.nombre if hablando else self.tr("Nadie"))
        self.tipo_actual.setText(self._tipo(hablando) if hablando else
                                 self.tr("F9 da la palabra a quien sigue en la cola."))
        self._pintar_pausa(lista.en_pausa if lista else None)
        self._habilitar()
        self._tic()

    def _pintar_pausa(self, pausa: servicio.Orador | None) -> None:
        """Mientras corre una pregunta intercalada, a quién vuelve la palabra y cuánto le queda."""
        self.vuelve.setVisible(pausa is not None)
        if pausa is not None:
            self.vuelve.setText(self.tr("{0} está en pausa: al terminar la pregunta (F10), la palabra vuelve a {0}, "
                                        "con {1} por hablar.").format(
                pausa.nombre, reglas.reloj(pausa.segundos_permitidos - pausa.hablados(self.reloj()))))

    def _tic(self) -> None:
        """La cuenta regresiva de quien habla: lo que le queda; cumplido el tiempo, en rojo y con lo que se pasó."""
        lista = self.lista
        if lista is None or lista.hablando is None:
            self.temporizador.stop()
            self.chip_pausa.hide()
            self.cuenta.setText("—")
            self.cuenta.setStyleSheet("")
            self.detalle_cuenta.setText(self.tr("Cada intervención: {0}; una cuestión de orden: {1}.").format(
                reglas.reloj(lista.segundos_palabra), reglas.reloj(lista.segundos_cuestion_orden)) if lista else "")
            return
        pausado = lista.hablando.pausado
        self.chip_pausa.setVisible(pausado)
        if pausado:   # el reloj detenido: el valor no cambia hasta que se reanude
            self.temporizador.stop()
        elif not self.temporizador.isActive() and self.isVisible():
            self.temporizador.start()
        restan = lista.restantes(self.reloj())
        self.cuenta.setText(reglas.reloj(restan))
        permitidos = reglas.reloj(lista.hablando.segundos_permitidos)
        if restan <= 0:
            self.cuenta.setStyleSheet(f"color: white; background: {ROJO}; border-radius: 8px;")
            self.detalle_cuenta.setText(self.tr("Tiempo cumplido ({0}): se pasó {1}.").format(
                permitidos, reglas.reloj(-restan)))
        elif pausado:
            self.cuenta.setStyleSheet(f"color: {GRIS_FUERTE};")
            self.detalle_cuenta.setText(self.tr("de {0} · reloj detenido (Alt+U lo reanuda)").format(permitidos))
        else:
            self.cuenta.setStyleSheet("")
            self.detalle_cuenta.setText(self.tr("de {0}").format(permitidos))

    def hideEvent(self, evento) -> None:  # noqa: N802 - Qt
        super().hideEvent(evento)
        self.temporizador.stop()

    def _habilitar(self) -> None:
        hay = self.lista is not None
        escribe = hay and not self._solo_lectura
        for control in (self.buscador, self.tipo, self.boton_agregar, self.boton_cuestion, self.boton_cerrar):
            control.setEnabled(escribe)
        self.categoria.setEnabled(escribe)
        self.boton_palabra.setEnabled(escribe and bool(self.lista.cola))
        self.boton_terminar.setEnabled(escribe and self.lista.hablando is not None)
        self.boton_retirar.setEnabled(escribe and bool(self.lista.cola))
        self._habilitar_pausa(escribe)
        self._habilitar_mover()

    def _habilitar_pausa(self, escribe: bool) -> None:
        """Pausar a quien habla; reanudar a quien está en pausa. Mientras corre una pregunta intercalada, ninguno:
        al terminarla, la palabra vuelve sola."""
        hablando = self.lista.hablando if self.lista else None
        reanuda = hablando is not None and hablando.pausado
        self.boton_pausa.setText(self.tr("Rean&udar") if reanuda else self.tr("Pa&usar"))
        self.boton_pausa.setEnabled(escribe and hablando is not None and self.lista.en_pausa is None)
        self.boton_pausa.setToolTip(
            self.tr("Vuelve a poner en marcha el reloj de quien está en pausa (Alt+U)") if reanuda else
            self.tr("Al terminar la pregunta intercalada, la palabra vuelve sola a quien está en pausa")
            if self.lista is not None and self.lista.en_pausa is not None else
            self.tr("Detiene el reloj de quien habla; lo hablado cuenta (Alt+U lo reanuda)"))

    def _habilitar_mover(self) -> None:
        item = self.cola.currentItem()
        sube = baja = False
        if item is not None and self.lista is not None and not self._solo_lectura:
            _, sube, baja = lugar_en_el_grupo(self.lista.cola, item.data(Qt.ItemDataRole.UserRole), self._rangos)
        self.boton_subir.setEnabled(sube)
        self.boton_bajar.setEnabled(baja)

    def fijar_solo_lectura(self, solo_lectura: bool) -> None:
        self._solo_lectura = solo_lectura
        self._habilitar()

    # --- escribir ---
    def _decir(self, texto: str | None) -> None:
        self.aviso.setText(texto or "")
        self.aviso.setVisible(bool(texto))
