"""La pestaña «Personas» de Datos personales: dónde aparece cada persona en la base (`servicios.personas.apariciones`,
con la búsqueda sin acentos del servicio) y las personas que la secretaría registró, con lo suyo (`ficha`): sus
filas, los mensajes a sus direcciones, sus solicitudes y las apariciones que podrían ser suyas (el programa las
propone; nunca une a dos personas solo).

Lo que se hace aquí: registrar como persona las filas elegidas, vincularle otras, desvincular una fila equivocada y
registrar una solicitud a su nombre. Lo mismo que «escritorio personas …».
"""

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QSplitter,
                               QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from ....dominio import formato
from ....dominio.correo import ESTADOS_DESTINATARIO, ESTADOS_MENSAJE
from ....servicios.personas import FichaDePersona, apariciones, desvincular, ficha, listar_personas
from ...comun import descartar, tr
from ...flujo import FilaFluida
from ...iconos import icono
from ...modelos.tabla import Columna, ModeloTabla, crear_tabla, fila_elegida
from ...operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ...piezas import GRIS, AtajosDeBusqueda, nota, pagina_vacia, subtitulo
from .pestana import (AreaDatosPersonales, Pestana, columnas_de_aparicion, columnas_de_solicitud, filas_elegidas,
                      varias_filas)

BUSCAR_TRAS_MS = 250   # la búsqueda se pide al servicio cuando se deja de escribir


def _columnas_de_persona() -> list[Columna]:
    return [Columna(tr("N.º"), lambda p: str(p["id"]), orden=lambda p: p["id"], derecha=True, ancho=50),
            Columna(tr("Nombre"), lambda p: p["nombre"], ancho=180),
            Columna(tr("Filas"), lambda p: formato.numero(p["filas"]), orden=lambda p: p["filas"], derecha=True,
                    ancho=60),
            Columna(tr("Solicitudes"), lambda p: formato.numero(p["solicitudes"]), orden=lambda p: p["solicitudes"],
                    derecha=True, ancho=90)]


def _columnas_de_mensaje() -> list[Columna]:
    return [Columna(tr("Fecha"), lambda m: formato.fecha((m["enviado_en"] or m["creado_en"] or "")[:10]) if (
                m["enviado_en"] or m["creado_en"]) else "", orden=lambda m: m["enviado_en"] or m["creado_en"] or "",
                    ancho=85),
            Columna(tr("Dirección"), lambda m: m["direccion"] or "", ancho=180),
            Columna(tr("Asunto"), lambda m: m["asunto"] or "", ancho=220),
            Columna(tr("Envío"), lambda m: tr(ESTADOS_DESTINATARIO.get(m["estado"], m["estado"])), ancho=150),
            Columna(tr("Mensaje"), lambda m: tr(ESTADOS_MENSAJE.get(m["estado_mensaje"], m["estado_mensaje"])),
                    ancho=100)]


class PestanaPersonas(Pestana):
    """Las apariciones (con búsqueda), las personas registradas y lo de la persona elegida."""

    def __init__(self, area: AreaDatosPersonales):
        super().__init__(area)
        self.ficha: FichaDePersona | None = None
        self._buscar = QTimer(self)
        self._buscar.setSingleShot(True)
        self._buscar.setInterval(BUSCAR_TRAS_MS)
        self._buscar.timeout.connect(self._leer_apariciones)
        self._construir()

    # --- construcción -----------------------------------------------------------------------------------
    def _construir(self) -> None:
        self.busqueda = QLineEdit()
        self.busqueda.setPlaceholderText(self.tr("Nombre, correo o teléfono"))
        self.busqueda.setClearButtonEnabled(True)
        self.busqueda.textChanged.connect(lambda _: self._buscar.start())
        rotulo = QLabel(self.tr("&Buscar:"))
        rotulo.setBuddy(self.busqueda)
        self.sin_persona = QCheckBox(self.tr("Solo las que no son de &nadie"))
        self.sin_persona.toggled.connect(lambda _: self._leer_apariciones())
        filtros = QHBoxLayout()
        filtros.addWidget(rotulo)
        filtros.addWidget(self.busqueda, 1)
        filtros.addWidget(self.sin_persona)

        self.modelo_apariciones = ModeloTabla(columnas_de_aparicion(), self)
        self.tabla_apariciones = varias_filas(crear_tabla(self.modelo_apariciones))
        self.tabla_apariciones.setAccessibleName(self.tr("Dónde aparecen personas"))
        self.tabla_apariciones.selectionModel().selectionChanged.connect(lambda *_: self._botones())
        izquierda = self._panel(self.tr("Dónde aparecen personas"), self.tabla_apariciones, nota(self.tr(
            "Elija una o más filas de la misma persona (Mayúsculas o Control) y regístrela.")))

        self.modelo_personas = ModeloTabla(_columnas_de_persona(), self)
        self.tabla_personas = crear_tabla(self.modelo_personas)
        self.tabla_personas.setAccessibleName(self.tr("Personas registradas"))
        self.tabla_personas.selectionModel().selectionChanged.connect(lambda *_: self._persona_elegida())
        self.titulo_persona = QLabel()
        self.titulo_persona.setWordWrap(True)
        self.titulo_persona.setTextFormat(Qt.TextFormat.RichText)
        self.modelo_filas = ModeloTabla(columnas_de_aparicion(con_persona=False), self)
        self.tabla_filas = crear_tabla(self.modelo_filas)
        self.tabla_filas.setAccessibleName(self.tr("Sus filas"))
        self.modelo_mensajes = ModeloTabla(_columnas_de_mensaje(), self)
        self.tabla_mensajes = crear_tabla(self.modelo_mensajes)
        self.tabla_mensajes.setAccessibleName(self.tr("Mensajes a sus direcciones"))
        self.modelo_solicitudes = ModeloTabla(columnas_de_solicitud(con_persona=False), self)
        self.tabla_solicitudes = crear_tabla(self.modelo_solicitudes)
        self.tabla_solicitudes.setAccessibleName(self.tr("Sus solicitudes"))
        self.tabla_solicitudes.activated.connect(self._abrir_solicitud)
        self.modelo_posibles = ModeloTabla(columnas_de_aparicion(con_persona=False), self)
        self.tabla_posibles = varias_filas(crear_tabla(self.modelo_posibles))
        self.tabla_posibles.setAccessibleName(self.tr("Podrían ser suyas"))
        self.detalle = QTabWidget()
        for tabla in (self.tabla_filas, self.tabla_mensajes, self.tabla_solicitudes, self.tabla_posibles):
            self.detalle.addTab(tabla, "")
            if tabla.selectionModel() is not None:
                tabla.selectionModel().selectionChanged.connect(lambda *_: self._botones())
        self.detalle.currentChanged.connect(lambda _: self._botones())
        ficha_de_la_persona = QWidget()
        caja = QVBoxLayout(ficha_de_la_persona)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(self.titulo_persona)
        caja.addWidget(self.detalle, 1)
        derecha = QSplitter(Qt.Orientation.Vertical)
        derecha.setChildrenCollapsible(False)
        derecha.addWidget(self._panel(self.tr("Personas registradas"), self.tabla_personas))
        derecha.addWidget(ficha_de_la_persona)
        derecha.setStretchFactor(0, 2)
        derecha.setStretchFactor(1, 3)

        self.divisor = QSplitter(Qt.Orientation.Horizontal)
        self.divisor.setChildrenCollapsible(False)
        self.divisor.addWidget(izquierda)
        self.divisor.addWidget(derecha)
        self.divisor.setStretchFactor(0, 1)
        self.divisor.setStretchFactor(1, 1)

        # Del campo a la lista con el teclado (Flecha abajo, Enter; Ctrl+F vuelve al campo), con la búsqueda que se
        # estaba por pedir ya hecha: este filtro, instalado después, mira la tecla antes que los atajos.
        self.atajos_busqueda = AtajosDeBusqueda(self.busqueda, self.tabla_apariciones, ctrl_f_en=self)
        self.busqueda.installEventFilter(self)

        self.botones: dict[str, QPushButton] = {}
        acciones = FilaFluida()
        for nombre, texto, ico, funcion in (
                ("registrar", self.tr("Registrar como persona…"), "persona", self.registrar),
                ("vincular", self.tr("Vincularle las elegidas…"), "vincular", self.vincular),
                ("desvincular", self.tr("Desvincular"), "desvincular", self.desvincular),
                ("solicitud", self.tr("Nueva solicitud…"), "solicitud_de_datos", self.nueva_solicitud)):
            boton = QPushButton(icono(ico), texto)
            boton.clicked.connect(funcion)
            self.botones[nombre] = boton
            acciones.addWidget(boton)
        acciones.addStretch(1)
        self.resumen = nota()
        self.resumen.setWordWrap(False)
        acciones.addWidget(self.resumen)

        lista = QWidget()
        disposicion = QVBoxLayout(lista)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.addLayout(filtros)
        disposicion.addWidget(self.divisor, 1)
        disposicion.addLayout(acciones)
        self.boton_politica = QPushButton(icono("reglas"), self.tr("Ver la política de datos"))
        self.boton_politica.clicked.connect(self.area.mostrar_politica)
        vacia = pagina_vacia(self.tr("La base todavía no tiene datos de personas"), self.tr(
            "Aquí aparecen los contactos y las autoridades de los miembros, quienes integran los órganos, los "
            "delegados, invitados y oradores de las sesiones y quienes firman convenios. Mientras tanto, se puede "
            "fijar la ley que aplica la asociación y a quién se dirigen las solicitudes."), self.boton_politica)
        self.paginas = QStackedWidget()
        self.paginas.addWidget(vacia)
        self.paginas.addWidget(lista)
        self.paginas.setCurrentIndex(1)
        QVBoxLayout(self).addWidget(self.paginas)
        self._mostrar_ficha(None)

    def eventFilter(self, objeto, evento) -> bool:  # noqa: N802 (nombre de Qt)
        if (objeto is self.busqueda and evento.type() == QEvent.Type.KeyPress and self._buscar.isActive()
                and evento.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self._leer_apariciones()
        return super().eventFilter(objeto, evento)

    @staticmethod
    def _panel(titulo: str, tabla, pie: QWidget | None = None) -> QWidget:
        panel = QWidget()
        caja = QVBoxLayout(panel)
        caja.setContentsMargins(0, 0, 0, 0)
        rotulo = subtitulo(titulo)
        rotulo.setBuddy(tabla)
        caja.addWidget(rotulo)
        caja.addWidget(tabla, 1)
        if pie is not None:
            caja.addWidget(pie)
        return panel

    # --- datos ---------------------------------------------------------------------------------------------
    def recargar(self) -> None:
        actual = self.persona_id()
        contexto, texto, sin_persona = self.contexto, self.busqueda.text(), self.sin_persona.isChecked()
        leido = consultar_en_la_ventana(self, lambda: (apariciones(contexto, texto=texto, sin_persona=sin_persona),
                                                       listar_personas(contexto)), que="apariciones de personas")
        if leido is FALLO:
            return
        filas, personas = leido
        self.modelo_apariciones.cargar(filas)
        self.modelo_personas.cargar(personas)
        self.seleccionar_persona(actual)
        self._resumir()

    def _leer_apariciones(self) -> None:
        """Otra búsqueda u otro filtro: el servicio busca (sin mayúsculas ni acentos, en el nombre, el correo y el
        teléfono)."""
        self._buscar.stop()
        if self.oficina is None:
            return
        contexto, texto, sin_persona = self.contexto, self.busqueda.text(), self.sin_persona.isChecked()
        filas = consultar_en_la_ventana(self, lambda: apariciones(contexto, texto=texto, sin_persona=sin_persona),
                                        que="buscar apariciones de personas")
        if filas is FALLO:
            return
        self.modelo_apariciones.cargar(filas)
        self._resumir()

    def _resumir(self) -> None:
        self.resumen.setText(" · ".join((
            formato.cuantos(self.modelo_apariciones.rowCount(), self.tr("{0} fila con datos de una persona"),
                            self.tr("{0} filas con datos de personas")),
            formato.cuantos(self.modelo_personas.rowCount(), self.tr("{0} persona registrada"),
                            self.tr("{0} personas registradas")))))
        sin_nada = (self.modelo_apariciones.rowCount() == 0 and self.modelo_personas.rowCount() == 0
                    and not self.busqueda.text() and not self.sin_persona.isChecked())
        self.paginas.setCurrentIndex(0 if sin_nada else 1)
        if self.ficha is None:
            self._mostrar_ficha(None)
        self._botones()

    # --- la persona elegida -------------------------------------------------------------------------------
    def persona(self) -> dict | None:
        return fila_elegida(self.tabla_personas)

    def persona_id(self) -> int | None:
        persona = self.persona()
        return None if persona is None else persona["id"]

    def seleccionar_persona(self, persona_id: int | None) -> None:
        modelo = self.modelo_personas
        fila = next((n for n in range(modelo.rowCount()) if modelo.fila(n)["id"] == persona_id), None)
        if fila is None:
            self.tabla_personas.clearSelection()
            self._persona_elegida()
            return
        self.tabla_personas.selectRow(fila)
        self.tabla_personas.scrollTo(modelo.index(fila, 0))
        self._persona_elegida()

    def _persona_elegida(self) -> None:
        persona_id = self.persona_id()
        if persona_id is None:
            self._mostrar_ficha(None)
            return
        contexto = self.contexto
        datos = consultar_en_la_ventana(self, lambda: ficha(contexto, persona_id), que="ficha de una persona")
        self._mostrar_ficha(None if datos is FALLO else datos)

    def _mostrar_ficha(self, datos: FichaDePersona | None) -> None:
        self.ficha = datos
        if datos is None:
            aviso = self.tr("Elija una persona registrada para ver lo suyo.") if self.modelo_personas.rowCount() else \
                self.tr("Todavía no hay personas registradas: elija a la izquierda las filas de una persona y "
                        "«Registrar como persona…».")
            self.titulo_persona.setText(f"<span style='color: {GRIS};'>{escape(aviso)}</span>")
        else:
            texto = f"<b>{escape(datos.nombre)}</b> " + escape(self.tr("(persona N.º {0})").format(datos.id))
            if datos.nota:
                texto += f"<br><span style='color: {GRIS};'>{escape(datos.nota)}</span>"
            if datos.suprimida_por is not None:
                texto += "<br>" + escape(self.tr("Sus datos se suprimieron (solicitud N.º {0}): su registro ya no "
                                                 "cambia.").format(datos.suprimida_por))
            self.titulo_persona.setText(texto)
        self.modelo_filas.cargar(datos.filas if datos else [])
        self.modelo_mensajes.cargar(datos.mensajes if datos else [])
        self.modelo_solicitudes.cargar(datos.solicitudes if datos else [])
        self.modelo_posibles.cargar(datos.posibles if datos else [])
        for indice, (texto, modelo) in enumerate(((self.tr("Filas"), self.modelo_filas),
                                                  (self.tr("Correo"), self.modelo_mensajes),
                                                  (self.tr("Solicitudes"), self.modelo_solicitudes),
                                                  (self.tr("Podrían ser suyas"), self.modelo_posibles))):
            cuantas = modelo.rowCount()
            self.detalle.setTabText(indice, self.tr("{0} ({1})").format(texto, cuantas) if cuantas else texto)
        self._botones()

    def _filas_para_vincular(self) -> list:
        """Las elegidas en «Podrían ser suyas» si esa lista está a la vista y tiene alguna; si no, las elegidas en la
        lista de apariciones. El diálogo las nombra antes de vincularlas."""
        if self.detalle.currentWidget() is self.tabla_posibles and self.tabla_posibles.selectionModel().hasSelection():
            return filas_elegidas(self.tabla_posibles)
        return filas_elegidas(self.tabla_apariciones)

    def _botones(self) -> None:
        hay_persona = self.ficha is not None
        self.botones["registrar"].setEnabled(self.tabla_apariciones.selectionModel().hasSelection())
        self.botones["vincular"].setEnabled(hay_persona and bool(self._filas_para_vincular()))
        self.botones["desvincular"].setEnabled(hay_persona and self.detalle.currentWidget() is self.tabla_filas
                                               and self.tabla_filas.selectionModel().hasSelection())
        self.botones["solicitud"].setEnabled(self.modelo_personas.rowCount() > 0)

    # --- acciones ------------------------------------------------------------------------------------------
    def registrar(self) -> None:
        from ...dialogos.datos_personales import DialogoRegistrarPersona

        filas = filas_elegidas(self.tabla_apariciones)
        if not filas:
            return
        dialogo = DialogoRegistrarPersona(self.oficina, filas, self)
        dialogo.exec()
        persona_id = dialogo.persona_id
        descartar(dialogo)
        if persona_id is not None:
            self.area.recargar()
            self.seleccionar_persona(persona_id)

    def vincular(self) -> None:
        from ...dialogos.datos_personales import DialogoVincular

        persona, filas = self.persona(), self._filas_para_vincular()
        if persona is None or not filas:
            return
        dialogo = DialogoVincular(self.oficina, persona, filas, self)
        dialogo.exec()
        vinculadas = dialogo.vinculadas
        descartar(dialogo)
        if vinculadas is not None:
            self.tabla_apariciones.clearSelection()
            self.area.recargar()
            self.detalle.setCurrentWidget(self.tabla_filas)

    def desvincular(self) -> None:
        persona, fila = self.persona(), fila_elegida(self.tabla_filas)
        if persona is None or fila is None:
            return
        titulo = self.tr("Desvincular")
        if QMessageBox.question(self, titulo, self.tr(
                "¿Desvincular de {0} esta fila?\n{1} · {2}\n\nLa fila no cambia: solo deja de ser de esa persona.")
                .format(persona["nombre"], fila["clase"], fila["nombre"]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        if hacer_en_la_ventana(self, self.oficina, lambda: desvincular(self.contexto, persona["id"], fila["tabla"],
                                                                        fila["fila_id"]),
                               que="desvincular una fila de una persona") is not None:
            self.area.recargar()

    def nueva_solicitud(self) -> None:
        self.area.nueva_solicitud(self.persona_id())

    def _abrir_solicitud(self, indice) -> None:
        solicitud = self.modelo_solicitudes.fila(indice.row())
        self.area.ir_a_la_solicitud(solicitud["id"])
