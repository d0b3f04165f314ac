"""La elección de un cargo en un punto del orden del día, dentro de la pestaña Votaciones del editor de sesión:
qué cargo se elige, las candidaturas, el recuento con el resultado en vivo, el cierre y, con candidatura electa,
la confirmación que registra el mandato (o, sin ella, la segunda vuelta).

Todo se pide a `servicios.elecciones`: las reglas (mayorías, base, quórum, segunda vuelta, mandato que termina la
víspera) son del dominio y los servicios; aquí solo se muestran. Con el acta aprobada todo queda de solo lectura,
salvo «Confirmar y designar…»: confirmar no cambia lo que dice el acta, registra sus consecuencias.
"""

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFrame, QGridLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QStackedWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...dominio.organos import CARGOS
from ...dominio.paises import nombre_pais
from ...dominio.sesiones import BASES, MAYORIAS, METODOS
from ...dominio.texto import normalizar
from ...errores import ErrorEscritorio
from ...servicios.elecciones import (CARGOS_UNIPERSONALES, NuevaEleccion, Recuento, agregar_candidatura, calcular,
                                     cerrar_eleccion, confirmar_eleccion, definir_eleccion, estado_para_votar,
                                     preparar_confirmacion, quitar_candidatura, segunda_vuelta, votantes)
from ...servicios.miembros import listar_miembros
from ...servicios.organos import listar_organos
from ..comun import descartar, fecha_dma, marcar_invalido, mostrar_error, tr
from ..piezas import (ESTILO_ERROR, GRIS, ROJO, VERDE, CajaAvisos, DesplazableAlAncho, SelectorMiembro, en_linea,
                      escalar, llenar_tabla, nota, panel, pintar_resultado, subtitulo, tabla_lectura, titulo)
from .baja import editor_de_fecha
from .sesion_piezas import (_GRIS_FUERTE, _combo, _contador, confirmar_cierre_del_punto, forma_de_votar,
                            reiniciar_recuento)
from .sesion import _DialogoFormulario, _lista_problemas

_SIN_VOTO = ("suplente", "observador")
_NO_VOTO = ""   # en la tabla nominal: el miembro todavía no votó
# El cargo que sugiere el título del punto («Elección de la Vicepresidencia» -> vicepresidente); el orden importa.
_CARGO_POR_TITULO = (("vicepresiden", "vicepresidente"), ("presiden", "presidente"), ("subcoordina", "subcoordinador"),
                     ("coordina", "coordinador"), ("secretari", "secretario"), ("suplen", "suplente"))


def cargo_sugerido(titulo_punto: str) -> str:
    texto = normalizar(titulo_punto or "")
    return next((cargo for raiz, cargo in _CARGO_POR_TITULO if raiz in texto), "presidente")


def _dos_anios_despues(desde: date) -> date:
    """La víspera del mismo día dos años después: un período habitual, solo como propuesta."""
    try:
        return desde.replace(year=desde.year + 2) - timedelta(days=1)
    except ValueError:   # 29 de febrero
        return desde.replace(year=desde.year + 2, day=28)


def _votos(numero: int) -> str:
    return tr("1 voto") if numero == 1 else tr("{0} votos").format(numero)


# --- diálogos -------------------------------------------------------------------------------------

class DialogoCargo(_DialogoFormulario):
    """Qué cargo de qué órgano se elige en el punto, y por qué período. Tras cerrar, `eleccion_id` (o None)."""

    def __init__(self, db, asociacion: dict, punto: dict, sesion: dict, eleccion=None, padre: QWidget | None = None):
        super().__init__(tr("Cargo que se elige") if eleccion is None else tr("Cambiar el cargo que se elige"),
                         tr("Guardar"), padre, tr(
                             "La elección designa a la candidatura electa en este cargo cuando se confirma. Se puede "
                             "cambiar hasta que se cierre la votación."), ancho=580)
        self.db, self.asociacion, self.punto = db, asociacion, punto
        self.eleccion_id: int | None = None
        self._voto_tocado = eleccion is not None
        try:
            organos = listar_organos(db, asociacion["id"])
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "órganos")
            organos = []
        self.organo = QComboBox()
        for o in organos:
            self.organo.addItem(o["nombre"], o["id"])
        self.organo.setMinimumContentsLength(30)
        organo_id = eleccion.organo_id if eleccion is not None else sesion.get("organo_id")
        self.organo.setCurrentIndex(max(self.organo.findData(organo_id), 0))
        self.cargo = QComboBox()
        for codigo, etiqueta in CARGOS.items():
            self.cargo.addItem(tr(etiqueta), codigo)
        cargo = eleccion.cargo if eleccion is not None else cargo_sugerido(punto.get("titulo", ""))
        self.cargo.setCurrentIndex(max(self.cargo.findData(cargo), 0))
        self.cargo.currentIndexChanged.connect(lambda _: self._cargo_elegido())
        self.con_voto = QCheckBox(self.tr("Con derecho a voto en el órgano"))
        self.con_voto.setChecked(eleccion.con_voto if eleccion is not None else cargo not in _SIN_VOTO)
        self.con_voto.clicked.connect(lambda: setattr(self, "_voto_tocado", True))
        desde = date.fromisoformat(eleccion.desde if eleccion is not None else sesion.get("fecha") or date.today().isoformat())
        self.desde = editor_de_fecha(desde)
        hasta = eleccion.hasta if eleccion is not None else None
        self.hasta = editor_de_fecha(date.fromisoformat(hasta) if hasta else _dos_anios_despues(desde))
        self.sin_fin = QCheckBox(self.tr("sin fecha de fin"))
        self.sin_fin.toggled.connect(lambda marcado: self.hasta.setEnabled(not marcado))
        self.sin_fin.setChecked(eleccion is not None and not hasta)
        self.hasta.setEnabled(not self.sin_fin.isChecked())
        self.formulario.addRow(self.tr("Punto:"), QLabel(escape(f"{punto.get('numeracion', '')}. {punto.get('titulo', '')}")))
        self.formulario.addRow(self.tr("Órgano:"), en_linea(self.organo))
        self.formulario.addRow(self.tr("Cargo:"), en_linea(self.cargo, self.con_voto))
        self.formulario.addRow(self.tr("Desde:"), en_linea(self.desde))
        self.formulario.addRow(self.tr("Hasta:"), en_linea(self.hasta, self.sin_fin))
        self.cargo.setFocus()

    def _cargo_elegido(self) -> None:
        if not self._voto_tocado:
            self.con_voto.setChecked(self.cargo.currentData() not in _SIN_VOTO)

    def nueva_eleccion(self) -> NuevaEleccion:
        return NuevaEleccion(organo_id=self.organo.currentData(), cargo=self.cargo.currentData(),
                             desde=self.desde.date().toPython(),
                             hasta=None if self.sin_fin.isChecked() else self.hasta.date().toPython(),
                             con_voto=self.con_voto.isChecked())

    def guardar(self) -> None:
        if self.organo.currentData() is None:
            self._error(self.tr("Elija el órgano en el que se elige el cargo."))
            return
        resultado = []
        if self._intentar(lambda: resultado.append(definir_eleccion(self.db, self.asociacion["id"], self.punto["id"],
                                                                    self.nueva_eleccion())), "definir elección"):
            self.eleccion_id = resultado[0]
            self.accept()


class DialogoCandidatura(_DialogoFormulario):
    """Una candidatura: un miembro, la persona que lo encabeza, o ambos. «Agregar y seguir» deja el diálogo
    abierto para la siguiente. Tras cerrar, `agregadas` son las candidaturas creadas."""

    def __init__(self, db, asociacion: dict, punto: dict, miembros: list[dict], padre: QWidget | None = None):
        super().__init__(tr("Agregar candidatura"), tr("Agregar"), padre, tr(
            "Indique el miembro que se postula, la persona que lo encabeza, o ambos."), ancho=580)
        self.db, self.asociacion, self.punto = db, asociacion, punto
        self.agregadas: list[int] = []
        self._persona_automatica = ""
        self.miembro = SelectorMiembro([m for m in miembros if m.get("estado") != "baja"],
                                       ninguno=self.tr("— sin miembro (solo una persona) —"))
        self.miembro.currentIndexChanged.connect(lambda _: self._miembro_elegido())
        self.persona = QLineEdit()
        self.persona.setPlaceholderText(self.tr("nombre y apellido (opcional si elige un miembro)"))
        self.persona.textEdited.connect(lambda _: (marcar_invalido(self.persona, None), self.mensaje.hide()))
        self.formulario.addRow(self.tr("Miembro:"), self.miembro)
        self.formulario.addRow(self.tr("Persona:"), self.persona)
        self.hecho = nota()
        self.disposicion.insertWidget(self.disposicion.indexOf(self.mensaje), self.hecho)
        self.boton_seguir = self.botones.addButton(self.tr("Agregar y seguir"), QDialogButtonBox.ButtonRole.ActionRole)
        self.boton_seguir.clicked.connect(lambda: self.guardar(seguir=True))
        self.miembro.setFocus()

    def _miembro_elegido(self) -> None:
        """Sin persona escrita, se propone la autoridad actual del miembro."""
        if self.persona.text() and self.persona.text() != self._persona_automatica:
            return
        self._persona_automatica = (self.miembro.miembro() or {}).get("autoridad") or ""
        self.persona.setText(self._persona_automatica)

    def guardar(self, seguir: bool = False) -> None:
        if self.miembro.currentText() and self.miembro.currentIndex() > 0 and self.miembro.miembro_id() is None:
            self._error(self.tr("Elija el miembro de la lista (escriba parte del nombre y elíjalo)."))
            return
        if self.miembro.miembro_id() is None and not self.persona.text().strip():
            marcar_invalido(self.persona, self.tr("Indique el miembro, la persona, o ambos."))
            self._error(self.tr("Indique el miembro, la persona, o ambos."))
            return
        nombre = " ".join(t for t in ((self.miembro.miembro() or {}).get("nombre", ""), self.persona.text().strip()) if t)
        if not self._intentar(lambda: self.agregadas.append(agregar_candidatura(
                self.db, self.asociacion["id"], self.punto["id"], self.miembro.miembro_id(), self.persona.text())),
                "agregar candidatura"):
            return
        if seguir:
            self.hecho.setText(self.tr("✓ Agregada: {0}").format(nombre))
            self.hecho.setStyleSheet(f"color: {VERDE};")
            self.mensaje.hide()
            self.miembro.setCurrentIndex(0)
            self.persona.clear()
            self._persona_automatica = ""
            self.miembro.setFocus()
            return
        self.accept()


class DialogoConfirmacion(QDialog):
    """Lo que hará confirmar la elección (el mandato nuevo y los que terminan la víspera) y el botón que lo hace.
    Tras cerrar, `mandato_id` es el mandato registrado (o None)."""

    def __init__(self, db, asociacion: dict, punto: dict, confirmacion, padre: QWidget | None = None):
        super().__init__(padre)
        self.db, self.asociacion, self.punto = db, asociacion, punto
        self.mandato_id: int | None = None
        self.setWindowTitle(self.tr("Confirmar la elección"))
        explicacion = nota(self.tr(
            "Confirme cuando la candidatura electa haya aceptado el cargo. Se registra su mandato en el órgano "
            "(se puede hacer aunque el acta ya esté aprobada). Un mandato no se borra: si hiciera falta, se termina "
            "con fecha desde el área Órganos."))
        marco = panel("confirmacionMandato")
        caja = QVBoxLayout(marco)
        caja.setContentsMargins(12, 10, 12, 10)
        caja.addWidget(subtitulo(self.tr("Se registrará el mandato")))
        self.mandato = QLabel(escape(confirmacion.mandato))
        self.mandato.setWordWrap(True)
        self.mandato.setFont(escalar(self.mandato.font(), 1.05, negrita=True))
        self.mandato.setStyleSheet(f"color: {VERDE};")
        caja.addWidget(self.mandato)
        caja.addSpacing(6)
        caja.addWidget(subtitulo(self.tr("Terminan la víspera")))
        if confirmacion.terminan:
            texto = "<br>".join("• " + escape(t) for t in confirmacion.terminan)
        else:
            texto = escape(self.tr("Ningún mandato: el cargo no tiene otra persona que lo ocupe en esa fecha.")
                           if confirmacion.nuevo.cargo in CARGOS_UNIPERSONALES else
                           self.tr("Ningún mandato: es un cargo que pueden ocupar varias personas a la vez."))
        self.terminan = QLabel(texto)
        self.terminan.setWordWrap(True)
        self.terminan.setTextFormat(Qt.TextFormat.RichText)
        caja.addWidget(self.terminan)
        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        botones = QDialogButtonBox()
        self.boton_confirmar = botones.addButton(self.tr("Confirmar y designar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.boton_confirmar.setDefault(True)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_confirmar.clicked.connect(self.guardar)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addSpacing(4)
        disposicion.addWidget(marco)
        disposicion.addWidget(self.mensaje)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)
        self.setMinimumWidth(600)

    @property
    def texto(self) -> str:
        return self.mandato.text() + "\n" + self.terminan.text()

    def guardar(self) -> None:
        try:
            self.mandato_id = confirmar_eleccion(self.db, self.asociacion["id"], self.punto["id"])
        except ErrorEscritorio as error:
            self.mensaje.setText(_lista_problemas(error))
            self.mensaje.show()
            return
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "confirmar elección")
            return
        self.accept()


# --- el panel ---------------------------------------------------------------------------------------

class PanelEleccion(QWidget):
    """La elección del punto elegido en la pestaña Votaciones: cargo, candidaturas, recuento y resultado."""

    def __init__(self, editor, padre: QWidget | None = None):
        super().__init__(padre)
        self.editor = editor
        self._punto: dict | None = None
        self._eleccion = None
        self._estado = None            # asistencia según la regla de quórum del punto (solo abierta)
        self._votantes: dict = {}
        self._votos: dict[int, int] = {}                 # lo escrito por candidatura (alzada o secreta)
        self._nominales: dict[int, int | str] = {}       # miembro -> candidatura, "blanco" o "abstencion"
        self._miembros: list[dict] | None = None
        self._solo_lectura = False
        self._filas: list[QWidget] = []                  # widgets de las filas de candidaturas (se rehacen)
        self._contadores: dict[int, object] = {}         # candidatura -> QSpinBox
        self._etiquetas_votos: dict[int, QLabel] = {}    # candidatura -> votos calculados (nominal)
        self._quitar: list[QPushButton] = []

        # Sin elección definida: qué falta y cómo empezar.
        self.boton_definir = QPushButton(self.tr("Definir el cargo…"))
        self.boton_definir.setMinimumWidth(180)
        self.boton_definir.clicked.connect(self.definir)
        self.boton_si_no = QPushButton(self.tr("Votar este punto por sí o por no"))
        self.boton_si_no.setFlat(True)
        self.boton_si_no.setStyleSheet(f"color: {GRIS}; text-decoration: underline;")
        self.boton_si_no.setToolTip(self.tr("Para una elección que no designa un cargo (por ejemplo, la sede del "
                                            "próximo encuentro) o la ratificación de una única propuesta."))
        sin_definir = QWidget()
        caja = QVBoxLayout(sin_definir)
        caja.setContentsMargins(0, 24, 0, 0)
        self.aviso_definir = titulo(self.tr("Defina el cargo que se elige"), 1.15)
        self.aviso_definir.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explicacion = nota(self.tr("Indique qué cargo de qué órgano se elige y por qué período; después agregue las "
                                   "candidaturas y registre el recuento. Con candidatura electa, al confirmar la "
                                   "elección se registra su mandato en el órgano."))
        explicacion.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explicacion.setMinimumWidth(360)   # centrada; a 1024 px de pantalla, más angosta
        explicacion.setMaximumWidth(520)
        explicacion.setMinimumHeight(explicacion.heightForWidth(360))   # no pide su alto según el ancho
        caja.addWidget(self.aviso_definir)
        caja.addSpacing(4)
        caja.addWidget(explicacion, 0, Qt.AlignmentFlag.AlignHCenter)
        caja.addSpacing(12)
        caja.addWidget(self.boton_definir, 0, Qt.AlignmentFlag.AlignHCenter)
        caja.addWidget(self.boton_si_no, 0, Qt.AlignmentFlag.AlignHCenter)
        caja.addStretch(1)

        # El cargo en juego.
        self.cargo = QLabel()
        self.cargo.setWordWrap(True)
        self.cargo.setFont(escalar(self.cargo.font(), 1.08, negrita=True))
        self.cargo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.explicacion_cargo = nota()
        self.boton_editar = QPushButton(self.tr("Editar cargo…"))
        self.boton_editar.clicked.connect(self.definir)
        marco = panel("cargoEleccion")
        fila = QHBoxLayout(marco)
        fila.setContentsMargins(12, 8, 12, 8)
        textos = QVBoxLayout()
        textos.setSpacing(2)
        textos.addWidget(self.cargo)
        textos.addWidget(self.explicacion_cargo)
        fila.addLayout(textos, 1)
        fila.addWidget(self.boton_editar, 0, Qt.AlignmentFlag.AlignTop)

        self.quorum = QLabel()
        self.quorum.setWordWrap(True)
        self.metodo = _combo(METODOS, "secreta")
        self.mayoria = _combo(MAYORIAS, "absoluta")
        self.base = _combo(BASES, "emitidos")
        for combo in (self.metodo, self.mayoria, self.base):
            combo.currentIndexChanged.connect(lambda _: self._forma_cambiada())
        self.forma = QWidget()
        self.forma.setLayout(forma_de_votar(self.metodo, self.mayoria, self.base))
        self.cerrada = QLabel()
        self.cerrada.setWordWrap(True)
        self.cerrada.setTextFormat(Qt.TextFormat.RichText)

        # Candidaturas y recuento por totales.
        self.boton_agregar = QPushButton(self.tr("Agregar candidatura…"))
        self.boton_agregar.clicked.connect(self.agregar)
        encabezado = QHBoxLayout()
        encabezado.addWidget(subtitulo(self.tr("Candidaturas")))
        encabezado.addStretch(1)
        encabezado.addWidget(self.boton_agregar)
        self.sin_candidaturas = nota(self.tr("Todavía no hay candidaturas: agregue al menos una con «Agregar "
                                             "candidatura…»."))
        self.blancos, self.nulos, self.abstenciones = _contador(), _contador(), _contador()
        self._otros = []
        for rotulo, campo in ((self.tr("En blanco"), self.blancos), (self.tr("Nulos"), self.nulos),
                              (self.tr("Abstenciones"), self.abstenciones)):
            etiqueta = QLabel(rotulo)
            etiqueta.setStyleSheet(f"color: {_GRIS_FUERTE}; font-weight: 600;")
            campo.valueChanged.connect(lambda _: self._actualizar())
            self._otros.append((etiqueta, campo))
        self.nulos.setToolTip(self.tr("Los votos nulos no cuentan como emitidos."))
        self.separador = QFrame()
        self.separador.setFrameShape(QFrame.Shape.HLine)
        self.separador.setStyleSheet("color: palette(midlight);")
        self.rejilla_widget = QWidget()
        self.rejilla = QGridLayout(self.rejilla_widget)
        self.rejilla.setContentsMargins(0, 0, 0, 0)
        self.rejilla.setHorizontalSpacing(14)
        self.rejilla.setVerticalSpacing(6)
        self.rejilla.setColumnMinimumWidth(0, 260)
        self.rejilla.setColumnStretch(3, 1)
        self.otros_cerrada = nota()

        # Votación nominal: el voto de cada miembro que puede votar.
        self.tabla_nominal = QTableWidget(0, 4)
        self.tabla_nominal.setHorizontalHeaderLabels([self.tr("Miembro"), self.tr("País"), self.tr("Vota"),
                                                      self.tr("Voto")])
        self.tabla_nominal.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabla_nominal.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tabla_nominal.setAlternatingRowColors(True)
        self.tabla_nominal.verticalHeader().hide()
        self.tabla_nominal.verticalHeader().setDefaultSectionSize(34)
        cabecera = self.tabla_nominal.horizontalHeader()
        cabecera.setHighlightSections(False)
        cabecera.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        cabecera.setStretchLastSection(False)
        cabecera.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for columna in (1, 2):
            cabecera.setSectionResizeMode(columna, QHeaderView.ResizeMode.ResizeToContents)
        cabecera.setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
        self.tabla_nominal.setColumnWidth(3, 300)
        self.tabla_nominal.setMinimumHeight(200)
        self.boton_borrar = QPushButton(self.tr("Borrar los votos"))
        self.boton_borrar.clicked.connect(self.borrar_nominales)
        self.panel_nominal = QWidget()
        caja = QVBoxLayout(self.panel_nominal)
        caja.setContentsMargins(0, 0, 0, 0)
        fila = QHBoxLayout()
        fila.addWidget(subtitulo(self.tr("Voto de cada miembro")))
        fila.addStretch(1)
        fila.addWidget(self.boton_borrar)
        caja.addLayout(fila)
        caja.addWidget(self.tabla_nominal, 1)
        self.tabla_cerrada = tabla_lectura([self.tr("Miembro"), self.tr("País"), self.tr("Voto")], 2)
        self.tabla_cerrada.setMinimumHeight(160)
        self.rotulo_cerrada = subtitulo(self.tr("Votos nominales"))

        self.conteo = nota()
        self.resultado = QLabel()
        self.resultado.setObjectName("resultadoEleccion")
        self.resultado.setWordWrap(True)
        self.resultado.setFont(escalar(self.font(), 1.08, negrita=True))
        self.resultado.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problemas = CajaAvisos()
        self.mandato = QLabel()
        self.mandato.setWordWrap(True)
        self.mandato.setStyleSheet(f"color: {VERDE}; font-weight: 600;")
        self.boton_cerrar = QPushButton(self.tr("Cerrar elección"))
        self.boton_cerrar.setToolTip(self.tr("Registra el recuento, la candidatura electa y quién tenía derecho a "
                                             "votar; no se puede repetir"))
        self.boton_cerrar.clicked.connect(self.cerrar)
        self.boton_confirmar = QPushButton(self.tr("Confirmar y designar…"))
        self.boton_confirmar.setToolTip(self.tr("Registra el mandato de la candidatura electa en el órgano"))
        self.boton_confirmar.clicked.connect(self.confirmar)
        self.boton_vuelta = QPushButton(self.tr("Agregar segunda vuelta"))
        self.boton_vuelta.clicked.connect(self.agregar_segunda_vuelta)
        self.boton_resolucion = QPushButton(self.tr("Adoptar resolución…"))
        self.boton_resolucion.clicked.connect(lambda: self._punto and self.editor.adoptar_resolucion(self._punto))
        self.resoluciones = QLabel()
        self.resoluciones.setWordWrap(True)
        self.resoluciones.setTextFormat(Qt.TextFormat.RichText)
        acciones = QHBoxLayout()
        for boton in (self.boton_cerrar, self.boton_confirmar, self.boton_vuelta, self.boton_resolucion):
            acciones.addWidget(boton)
        acciones.addStretch(1)

        contenido = QWidget()
        caja = QVBoxLayout(contenido)
        caja.setContentsMargins(0, 0, 6, 0)
        caja.setSpacing(8)
        caja.addWidget(marco)
        caja.addWidget(self.quorum)
        caja.addWidget(self.forma)
        caja.addWidget(self.cerrada)
        caja.addSpacing(2)
        caja.addLayout(encabezado)
        caja.addWidget(self.sin_candidaturas)
        caja.addWidget(self.rejilla_widget)
        caja.addWidget(self.otros_cerrada)
        caja.addWidget(self.panel_nominal, 1)
        caja.addWidget(self.rotulo_cerrada)
        caja.addWidget(self.tabla_cerrada, 1)
        caja.addWidget(self.conteo)
        caja.addWidget(self.resultado)
        caja.addWidget(self.problemas)
        caja.addWidget(self.mandato)
        caja.addLayout(acciones)
        caja.addWidget(self.resoluciones)
        caja.addStretch(0)
        self._contenido = contenido
        desplazable = DesplazableAlAncho()
        desplazable.setWidget(contenido)
        # Tan ancho como lo más ancho que se ve a la vez (la forma de votar, o dos o tres botones de acción: confirmar
        # y segunda vuelta no se ven juntos), más la barra vertical: nada se recorta, y cabe a 1024 px.
        desplazable.setMinimumWidth(max(self.forma.minimumSizeHint().width(), 440)
                                    + desplazable.verticalScrollBar().sizeHint().width() + 2)
        # Sin fondo propio: el panel se ve sobre la página de la pestaña, como el resto del editor.
        desplazable.viewport().setAutoFillBackground(False)
        contenido.setAutoFillBackground(False)

        self.paginas = QStackedWidget()
        self.paginas.addWidget(sin_definir)
        self.paginas.addWidget(desplazable)
        self.sin_definir, self.definida = sin_definir, desplazable
        disposicion = QVBoxLayout(self)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.addWidget(self.paginas)

    # --- datos ---
    @property
    def eleccion(self):
        return self._eleccion

    def _db(self):
        return self.editor.db, self.editor.asociacion["id"]

    def _reiniciar(self) -> None:
        self._votos, self._nominales = {}, {}
        self.problemas.mostrar([])
        reiniciar_recuento((self.blancos, self.nulos, self.abstenciones),
                           ((self.metodo, "secreta"), (self.mayoria, "absoluta"), (self.base, "emitidos")))

    def _como_la_vuelta_anterior(self, punto: dict) -> None:
        """Una segunda vuelta propone el método, la mayoría y la base de la votación de la que sale."""
        padre = next((p for p in self.editor.puntos if p["id"] == punto.get("padre_id")), None)
        anterior = self.editor.eleccion_de(padre) if padre is not None else None
        if anterior is None or anterior.estado == "abierta":
            return
        for combo, valor in ((self.metodo, anterior.metodo), (self.mayoria, anterior.mayoria), (self.base, anterior.base)):
            if combo.findData(valor) >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(valor))
                combo.blockSignals(False)

    def mostrar(self, punto: dict, reiniciar: bool = True) -> None:
        """Muestra la elección del punto; sin `reiniciar` (el mismo punto releído) conserva lo escrito."""
        if reiniciar or self._punto is None or self._punto["id"] != punto["id"]:
            self._reiniciar()
            self._como_la_vuelta_anterior(punto)
        self._punto = punto
        self._eleccion = self.editor.eleccion_de(punto)
        self._estado = None
        self._votantes = {}
        if self._eleccion is None:
            self.paginas.setCurrentWidget(self.sin_definir)
            self.fijar_solo_lectura(self.editor.solo_lectura)
            return
        self.paginas.setCurrentWidget(self.definida)
        if self._eleccion.estado == "abierta":
            db, aid = self._db()
            try:
                self._estado = estado_para_votar(db, aid, punto["id"])
            except Exception as error:  # noqa: BLE001
                mostrar_error(self, error, "asistencia para votar")
                return
            self._votantes = votantes(self._estado)
        self._mostrar_cargo()
        if self._eleccion.estado == "abierta":
            self._mostrar_abierta()
        else:
            self._mostrar_cerrada()
        self.resoluciones.setText(self.editor.texto_resoluciones(punto))
        self.fijar_solo_lectura(self.editor.solo_lectura)

    def _mostrar_cargo(self) -> None:
        e = self._eleccion
        self.cargo.setText(e.descripcion)
        partes = [self.tr("con derecho a voto en el órgano") if e.con_voto else self.tr("sin derecho a voto")]
        if e.cargo in CARGOS_UNIPERSONALES:
            partes.append(self.tr("al confirmar, el mandato anterior en el cargo termina la víspera"))
        else:
            partes.append(self.tr("al confirmar, se registra el mandato en el órgano"))
        texto = "; ".join(partes)
        if e.estado == "confirmada":
            texto = partes[0]
        self.explicacion_cargo.setText(texto[:1].upper() + texto[1:] + ".")

    def _mostrar_abierta(self) -> None:
        q = self._estado.quorum
        if q.hay:
            self.quorum.setText(self.tr("✓ Quórum: {0} de {1} — se verifica.").format(q.presentes, q.base))
            self.quorum.setStyleSheet(f"color: {VERDE};")
        else:
            self.quorum.setText(self.tr("✗ Quórum: {0} de {1} — no hay quórum (se requieren {2}); no se puede votar.")
                                .format(q.presentes, q.base, q.requerido))
            self.quorum.setStyleSheet(f"color: {ROJO}; font-weight: 600;")
        ids = {c["id"] for c in self._eleccion.candidaturas}
        self._votos = {i: v for i, v in self._votos.items() if i in ids}
        self._nominales = {m: v for m, v in self._nominales.items()
                           if m in self._votantes and (v in ("blanco", "abstencion") or v in ids)}
        for widget in (self.quorum, self.forma, self.boton_agregar, self.conteo, self.boton_cerrar):
            widget.show()
        for widget in (self.cerrada, self.otros_cerrada, self.rotulo_cerrada, self.tabla_cerrada, self.mandato,
                       self.boton_confirmar, self.boton_vuelta, self.boton_resolucion):
            widget.hide()
        self._rehacer_rejilla()
        self._llenar_nominal()
        self._forma_cambiada()

    def _mostrar_cerrada(self) -> None:
        e = self._eleccion
        for widget in (self.quorum, self.forma, self.boton_agregar, self.conteo, self.panel_nominal, self.boton_cerrar,
                       self.sin_candidaturas):
            widget.hide()
        metodo = METODOS.get(e.metodo, e.metodo or "")
        mayoria = MAYORIAS.get(e.mayoria, e.mayoria or "")
        base = BASES.get(e.base, e.base or "")
        self.cerrada.setText(f"<b>{escape(self.tr('Elección cerrada'))}</b> · " + escape(
            self.tr("Votación {0} · {1} de los {2}").format(tr(metodo).lower(), tr(mayoria).lower(), tr(base))))
        self.cerrada.show()
        self._rehacer_rejilla()
        otros = [self.tr("En blanco: {0}").format(e.blancos or 0), self.tr("Nulos: {0}").format(e.nulos or 0),
                 self.tr("Abstenciones: {0}").format(e.abstenciones or 0)]
        self.otros_cerrada.setText("  ·  ".join(otros))
        self.otros_cerrada.show()
        hay_nominales = bool(e.nominales)
        self.rotulo_cerrada.setVisible(hay_nominales)
        self.tabla_cerrada.setVisible(hay_nominales)
        if hay_nominales:
            filas = [[v["miembro"], nombre_pais(v["pais"]) if v.get("pais") else "", v["voto"]] for v in e.nominales]
            llenar_tabla(self.tabla_cerrada, filas)
        ganadora = e.ganadora
        self._pintar_resultado(ganadora is not None, e.texto_resultado or "")
        self.problemas.mostrar([])
        confirmada = e.estado == "confirmada"
        self.mandato.setVisible(confirmada)
        if confirmada:
            cuando = fecha_dma(e.confirmada_en) if e.confirmada_en else ""
            self.mandato.setText(self.tr("✓ Mandato registrado{0}: {1}, {2}.").format(
                self.tr(" el {0}").format(cuando) if cuando else "", ganadora["nombre"] if ganadora else "",
                e.descripcion))
        self.boton_confirmar.setVisible(ganadora is not None and not confirmada)
        self.boton_resolucion.setVisible(ganadora is not None)
        vuelta = self.segunda_vuelta_existente()
        self.boton_vuelta.setVisible(ganadora is None)
        self.boton_vuelta.setText(self.tr("Ir a la segunda vuelta ({0})").format(vuelta["numeracion"]) if vuelta
                                  else self.tr("Agregar segunda vuelta"))
        self.boton_vuelta.setToolTip("" if vuelta else self.tr(
            "Agrega un subpunto con el mismo cargo y las candidaturas finalistas"))

    def segunda_vuelta_existente(self) -> dict | None:
        if self._punto is None:
            return None
        return next((p for p in self.editor.puntos if p.get("padre_id") == self._punto["id"] and p["tipo"] == "eleccion"),
                    None)

    def _limpiar_rejilla(self) -> None:
        for etiqueta, campo in self._otros:
            self.rejilla.removeWidget(etiqueta)
            self.rejilla.removeWidget(campo)
        self.rejilla.removeWidget(self.separador)
        for widget in self._filas:
            self.rejilla.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._filas, self._contadores, self._etiquetas_votos, self._quitar = [], {}, {}, []

    def _rehacer_rejilla(self) -> None:
        """Una fila por candidatura: abierta, con su contador (o sus votos nominales) y «Quitar»; cerrada, sus votos."""
        self._limpiar_rejilla()
        e = self._eleccion
        abierta = e.estado == "abierta"
        candidaturas = list(e.candidaturas)
        ganadora = e.ganadora["id"] if e.ganadora else None
        if not abierta:
            candidaturas.sort(key=lambda c: -(c["votos"] or 0))
        self.sin_candidaturas.setVisible(abierta and not candidaturas)
        self.rejilla_widget.setVisible(bool(candidaturas))
        fila = 0
        for c in candidaturas:
            electa = c["id"] == ganadora
            nombre = QLabel(("✓ " if electa else "") + c["nombre"])
            nombre.setToolTip(c["nombre"])
            if electa:
                nombre.setStyleSheet(f"color: {VERDE}; font-weight: 600;")
            self.rejilla.addWidget(nombre, fila, 0)
            self._filas.append(nombre)
            if abierta:
                if self.metodo.currentData() == "nominal":
                    votos = QLabel("0")
                    votos.setFont(escalar(votos.font(), 1.2, negrita=True))
                    votos.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    votos.setMinimumWidth(110)
                    self._etiquetas_votos[c["id"]] = votos
                else:
                    votos = _contador()
                    votos.setValue(self._votos.get(c["id"], 0))
                    votos.valueChanged.connect(lambda valor, clave=c["id"]: self._votos_escritos(clave, valor))
                    self._contadores[c["id"]] = votos
                quitar = QPushButton(self.tr("Quitar"))
                quitar.setToolTip(self.tr("Retira la candidatura (por ejemplo, si declina)"))
                quitar.clicked.connect(lambda _=False, clave=c["id"]: self.quitar(clave))
                self._quitar.append(quitar)
                self.rejilla.addWidget(votos, fila, 1)
                self.rejilla.addWidget(quitar, fila, 2)
                self._filas += [votos, quitar]
            else:
                votos = QLabel(_votos(c["votos"] or 0))
                votos.setFont(escalar(votos.font(), 1.0, negrita=True))
                votos.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                votos.setMinimumWidth(90)
                self.rejilla.addWidget(votos, fila, 1)
                self._filas.append(votos)
                if electa:
                    marca = QLabel(self.tr("Electa"))
                    marca.setStyleSheet(f"color: {VERDE}; font-weight: 600;")
                    self.rejilla.addWidget(marca, fila, 2)
                    self._filas.append(marca)
            fila += 1
        por_totales = abierta and candidaturas and self.metodo.currentData() != "nominal"
        if por_totales:
            self.rejilla.addWidget(self.separador, fila, 0, 1, 3)
            fila += 1
            for etiqueta, campo in self._otros:
                self.rejilla.addWidget(etiqueta, fila, 0)
                self.rejilla.addWidget(campo, fila, 1)
                fila += 1
        self.separador.setVisible(bool(por_totales))
        for etiqueta, campo in self._otros:
            etiqueta.setVisible(bool(por_totales))
            campo.setVisible(bool(por_totales))

    def _llenar_nominal(self) -> None:
        """Una fila por miembro que puede votar, con una lista para elegir su voto."""
        nombres = {h.miembro_id: h.miembro for h in (self._estado.habilitados if self._estado else [])}
        filas = sorted(self._votantes.values(), key=lambda h: (normalizar(nombre_pais(h.pais or "")), normalizar(h.miembro)))
        self.tabla_nominal.setRowCount(len(filas))
        for n, h in enumerate(filas):
            modo = self.tr("en persona") if h.estado == "presente" else \
                self.tr("por poder: {0}").format(nombres.get(h.poder_a, "?"))
            if h.peso > 1:
                modo += self.tr(" (vale {0})").format(h.peso)
            for columna, texto in enumerate((h.miembro, nombre_pais(h.pais) if h.pais else "", modo)):
                celda = QTableWidgetItem(texto)
                if columna == 2 and h.estado != "presente":
                    celda.setForeground(self.palette().placeholderText())
                self.tabla_nominal.setItem(n, columna, celda)
            self.tabla_nominal.item(n, 0).setData(Qt.ItemDataRole.UserRole, h.miembro_id)
            combo = QComboBox()
            combo.addItem(self.tr("— no votó —"), _NO_VOTO)
            for c in self._eleccion.candidaturas:
                combo.addItem(c["nombre"], c["id"])
            combo.addItem(self.tr("En blanco"), "blanco")
            combo.addItem(self.tr("Abstención"), "abstencion")
            combo.setCurrentIndex(max(combo.findData(self._nominales.get(h.miembro_id, _NO_VOTO)), 0))
            combo.currentIndexChanged.connect(lambda _, m=h.miembro_id, caja=combo: self._voto_nominal(m, caja.currentData()))
            self.tabla_nominal.setCellWidget(n, 3, combo)

    @property
    def contadores(self) -> dict[str, object]:
        """Los contadores de votos a la vista, por nombre de la candidatura."""
        nombres = {c["id"]: c["nombre"] for c in (self._eleccion.candidaturas if self._eleccion else [])}
        return {nombres[i]: campo for i, campo in self._contadores.items()}

    @property
    def botones_quitar(self) -> dict[str, QPushButton]:
        nombres = [c["nombre"] for c in (self._eleccion.candidaturas if self._eleccion else [])]
        return dict(zip(nombres, self._quitar))

    @property
    def candidaturas_a_la_vista(self) -> list[str]:
        return [c["nombre"] for c in (self._eleccion.candidaturas if self._eleccion else [])]

    def combo_nominal(self, miembro_id: int) -> QComboBox | None:
        for fila in range(self.tabla_nominal.rowCount()):
            if self.tabla_nominal.item(fila, 0).data(Qt.ItemDataRole.UserRole) == miembro_id:
                return self.tabla_nominal.cellWidget(fila, 3)
        return None

    def votar_nominal(self, miembro_id: int, voto: int | str | None) -> None:
        """Elige en la tabla el voto de un miembro (candidatura, «blanco», «abstencion» o None)."""
        combo = self.combo_nominal(miembro_id)
        if combo is not None:
            combo.setCurrentIndex(max(combo.findData(_NO_VOTO if voto is None else voto), 0))

    def _voto_nominal(self, miembro_id: int, voto) -> None:
        if voto == _NO_VOTO or voto is None:
            self._nominales.pop(miembro_id, None)
        else:
            self._nominales[miembro_id] = voto
        self._actualizar()

    def borrar_nominales(self) -> None:
        self._nominales = {}
        self._llenar_nominal()
        self.fijar_solo_lectura(self._solo_lectura)
        self._actualizar()

    def _votos_escritos(self, candidatura_id: int, valor: int) -> None:
        self._votos[candidatura_id] = valor
        self._actualizar()

    def _forma_cambiada(self) -> None:
        if self._eleccion is None or self._eleccion.estado != "abierta":
            return
        nominal = self.metodo.currentData() == "nominal"
        cambia = nominal != bool(self._etiquetas_votos) and bool(self._eleccion.candidaturas)
        if cambia:
            self._rehacer_rejilla()
            self.fijar_solo_lectura(self._solo_lectura)
        self.panel_nominal.setVisible(nominal and bool(self._eleccion.candidaturas))
        self._actualizar()

    # --- el resultado en vivo ---
    def recuento(self) -> Recuento:
        if self.metodo.currentData() == "nominal":
            return Recuento(metodo="nominal", mayoria=self.mayoria.currentData(), base=self.base.currentData(),
                            nominales=dict(self._nominales))
        ids = [c["id"] for c in self._eleccion.candidaturas] if self._eleccion else []
        return Recuento(metodo=self.metodo.currentData(), mayoria=self.mayoria.currentData(),
                        base=self.base.currentData(), votos={i: self._votos.get(i, 0) for i in ids},
                        blancos=self.blancos.value(), nulos=self.nulos.value(), abstenciones=self.abstenciones.value())

    def _actualizar(self) -> None:
        """Recalcula el resultado con cada cambio (método, mayoría, base o votos)."""
        if self._eleccion is None or self._eleccion.estado != "abierta" or self._estado is None:
            return
        recuento = self.recuento()
        resultado, votos, problemas = calcular(self._eleccion, recuento, self._estado)
        for clave, etiqueta in self._etiquetas_votos.items():
            etiqueta.setText(str(votos.get(clave, 0)))
        presentes = sum(h.peso for h in self._votantes.values())
        total = sum(votos.values()) + recuento.blancos + recuento.nulos + recuento.abstenciones
        # El exceso de votos lo dice el servicio en el recuadro de abajo, una sola vez: aquí, solo la cuenta.
        if total > presentes:
            texto = self.tr("Votos contados: {0} · pueden votar {1} (presentes con derecho a voto, contando los "
                            "poderes).").format(total, presentes)
        else:
            texto = self.tr("Votaron {0} de {1} presentes con derecho a voto (contando los poderes).").format(
                total, presentes)
        self.conteo.setText(texto)
        self.conteo.setStyleSheet(f"color: {GRIS};")
        if self.editor.solo_lectura:
            self.problemas.mostrar([])
            self._pintar_resultado(None, self.tr("La elección quedó sin cerrar: con el acta aprobada ya no se registra "
                                                 "su recuento."))
            return
        if problemas and total > 0:  # sin votos todavía, la indicación de abajo dice qué hacer
            self._pintar_resultado(None, self.tr("Todavía no se puede cerrar la elección: revise lo que se indica "
                                                 "debajo."))
            self.problemas.mostrar(problemas, self.tr("Antes de cerrar la elección:"))
            return
        self.problemas.mostrar([p for p in problemas if not p.startswith("No hay votos")],
                               self.tr("Antes de cerrar la elección:"))
        if total == 0:
            self._pintar_resultado(None, self.tr("Elija el voto de cada miembro en la tabla.") if recuento.metodo == "nominal"
                                   else self.tr("Escriba los votos de cada candidatura, en blanco, nulos y abstenciones."))
            return
        self._pintar_resultado(resultado.ganadora is not None, resultado.texto, provisorio=True)

    def _pintar_resultado(self, electa: bool | None, texto: str, provisorio: bool = False) -> None:
        pintar_resultado(self.resultado, electa, (self.tr("Si se cierra ahora: ") if provisorio else "") + texto)

    @property
    def texto_resultado(self) -> str:
        return self.resultado.text()

    # --- solo lectura ---
    def fijar_solo_lectura(self, solo_lectura: bool) -> None:
        self._solo_lectura = solo_lectura
        abierta = self._eleccion is not None and self._eleccion.estado == "abierta"
        editable = not solo_lectura and abierta
        for widget in (self.boton_definir, self.boton_si_no):
            widget.setEnabled(not solo_lectura)
        for widget in (self.boton_editar, self.boton_agregar, self.metodo, self.mayoria, self.base, self.blancos,
                       self.nulos, self.abstenciones, self.boton_borrar, self.boton_cerrar, *self._contadores.values(),
                       *self._quitar):
            widget.setEnabled(editable)
        self.boton_editar.setVisible(abierta)
        for fila in range(self.tabla_nominal.rowCount()):
            combo = self.tabla_nominal.cellWidget(fila, 3)
            if combo is not None:
                combo.setEnabled(editable)
        con_ganadora = self._eleccion is not None and self._eleccion.ganadora is not None
        self.boton_vuelta.setEnabled(not solo_lectura or self.segunda_vuelta_existente() is not None)
        self.boton_resolucion.setEnabled(not solo_lectura and con_ganadora)
        # Confirmar registra las consecuencias del acta, no la cambia: se puede con el acta aprobada.
        self.boton_confirmar.setEnabled(con_ganadora)

    # --- acciones ---
    def _despues_de_escribir(self, seleccionar: int | None = None) -> None:
        self.editor.recargar()
        if seleccionar is not None:
            self.editor.votaciones.seleccionar(seleccionar)
        self.editor.cambiado.emit()

    def definir(self) -> None:
        if self._punto is None:
            return
        dialogo = DialogoCargo(self.editor.db, self.editor.asociacion, self._punto, self.editor.sesion, self._eleccion,
                               self)
        dialogo.exec()
        hecho = dialogo.eleccion_id
        descartar(dialogo)
        if hecho:
            self._despues_de_escribir()

    def agregar(self) -> None:
        if self._punto is None:
            return
        if self._miembros is None:
            try:
                self._miembros = listar_miembros(*self._db())
            except Exception as error:  # noqa: BLE001
                mostrar_error(self, error, "miembros")
                return
        dialogo = DialogoCandidatura(self.editor.db, self.editor.asociacion, self._punto, self._miembros, self)
        dialogo.exec()
        agregadas = list(dialogo.agregadas)
        descartar(dialogo)
        if agregadas:
            self._despues_de_escribir()

    def quitar(self, candidatura_id: int) -> None:
        db, aid = self._db()
        try:
            quitar_candidatura(db, aid, candidatura_id)
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "quitar candidatura")
            return
        self._votos.pop(candidatura_id, None)
        self._despues_de_escribir()

    def confirmar_cierre(self, texto: str) -> bool:
        """Pregunta antes de cerrar, con el resultado que queda registrado (la elección cerrada no se repite)."""
        return confirmar_cierre_del_punto(self, self.tr("elección"), self._punto, texto)

    def cerrar(self) -> None:
        if self._punto is None or self._eleccion is None:
            return
        db, aid = self._db()
        if self._estado is not None:
            resultado, _, problemas = calcular(self._eleccion, self.recuento(), self._estado)
            if not problemas and not self.confirmar_cierre(resultado.texto):
                return
        try:
            cerrar_eleccion(db, aid, self._punto["id"], self.recuento())
        except ErrorEscritorio as error:
            problemas = getattr(error, "problemas", None) or [error.mensaje]
            self.problemas.mostrar(problemas, self.tr("No se cerró la elección:"), clase="error")
            return
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "cerrar elección")
            return
        self.problemas.mostrar([])
        self._despues_de_escribir()

    def confirmar(self) -> None:
        if self._punto is None:
            return
        db, aid = self._db()
        try:
            previa = preparar_confirmacion(db, aid, self._punto["id"])
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "confirmar elección")
            return
        dialogo = DialogoConfirmacion(db, self.editor.asociacion, self._punto, previa, self)
        dialogo.exec()
        mandato = dialogo.mandato_id
        descartar(dialogo)
        if mandato:
            self._despues_de_escribir()

    def agregar_segunda_vuelta(self) -> None:
        if self._punto is None:
            return
        existente = self.segunda_vuelta_existente()
        if existente is not None:
            self.editor.votaciones.seleccionar(existente["id"])
            return
        db, aid = self._db()
        try:
            nuevo = segunda_vuelta(db, aid, self._punto["id"])
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "segunda vuelta")
            return
        self._despues_de_escribir(seleccionar=nuevo)
