"""La elección de un cargo en un punto del orden del día, dentro de la pestaña Votaciones del editor de sesión:
qué cargo se elige, las candidaturas, el recuento con el resultado en vivo, el cierre y, con candidatura electa,
la confirmación que registra el mandato (o, sin ella, la segunda vuelta).

Todo se pide a `servicios.elecciones`: las reglas (mayorías, base, quórum, segunda vuelta, mandato que termina la
víspera) son del dominio y los servicios; aquí solo se muestran. Con el acta aprobada todo queda de solo lectura,
salvo «Confirmar y designar…»: confirmar no cambia lo que dice el acta, registra sus consecuencias.

El panel vive aquí; el recuento (candidaturas, votos, resultado en vivo y lo registrado) en `eleccion_recuento` y los
diálogos (cargo, candidatura, confirmación) en `eleccion_dialogos`.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ...dominio.mayorias import BASES, BASES_ELECCION
from ...dominio.sesiones import MAYORIAS, METODOS
from ...errores import ErrorEscritorio
from ...servicios.elecciones import CARGOS_UNIPERSONALES, quitar_candidatura, segunda_vuelta
from ...servicios.confirmacion_de_eleccion import preparar_confirmacion
from ...servicios.recuento_de_eleccion import calcular, cerrar_eleccion, estado_para_votar, votantes
from ...servicios.miembros import listar_miembros
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..comun import descartar
from ..flujo import FilaFluida
from ..recuentos_en_curso import BorradorDelPanel
from ..piezas import GRIS, VERDE, DesplazableAlAncho, escalar, nota, panel, titulo
from .eleccion_dialogos import DialogoCandidatura, DialogoCargo, DialogoConfirmacion, cargo_sugerido
from .eleccion_recuento import RecuentoEleccion
from .sesion.piezas import (combo_de_opciones, confirmar_borrado, confirmar_cierre_del_punto, forma_de_votar,
                            mostrar_aviso, poner_recuento, reiniciar_recuento)

__all__ = ["DialogoCandidatura", "DialogoCargo", "DialogoConfirmacion", "PanelEleccion", "cargo_sugerido"]


class PanelEleccion(RecuentoEleccion, QWidget):
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
        self.metodo = combo_de_opciones(METODOS, "secreta")
        self.mayoria = combo_de_opciones(MAYORIAS, "absoluta")
        # Las bases de una elección (qué votos cuentan: válidos, con blancos, con nulos, presentes, con derecho).
        self.base = combo_de_opciones({b: BASES[b] for b in BASES_ELECCION}, "emitidos")
        for combo in (self.metodo, self.mayoria, self.base):
            combo.currentIndexChanged.connect(lambda _: self._forma_cambiada())
        # La regla de elecciones del órgano (la fija el estatuto): con otra más exigente, el motivo.
        self._con_la_regla: int | None = None   # el punto cuya elección ya arrancó con la regla
        self.regla = QLabel()
        self.regla.setWordWrap(True)
        self.motivo = QLineEdit()
        self.motivo.setPlaceholderText(self.tr("Motivo del cambio de mayoría (queda en el acta)"))
        self.motivo.textChanged.connect(lambda _: self._actualizar())
        self.forma = QWidget()
        forma = forma_de_votar(self.metodo, self.mayoria, self.base)
        self.rotulo_motivo = QLabel(self.tr("Motivo del cambio:"))
        fila_motivo = forma.rowCount()
        forma.addWidget(self.rotulo_motivo, fila_motivo, 0)
        forma.addWidget(self.motivo, fila_motivo, 1, 1, 2)
        self.forma.setLayout(forma)
        self.cerrada = QLabel()
        self.cerrada.setWordWrap(True)
        self.cerrada.setTextFormat(Qt.TextFormat.RichText)

        encabezado = self._construir_recuento()
        # Lo escrito en el recuento queda como borrador hasta cerrar la elección (interfaz/recuentos_en_curso.py).
        self.aviso_borrador = nota()
        self.aviso_borrador.hide()
        self._borrador = BorradorDelPanel("eleccion", lambda texto, error: mostrar_aviso(self.aviso_borrador, texto,
                                                                                         error))
        self.mandato = QLabel()
        self.mandato.setWordWrap(True)
        self.mandato.setStyleSheet(f"color: {VERDE}; font-weight: 600;")
        self.boton_cerrar = QPushButton(self.tr("&Cerrar elección"))   # Alt+C, como «Cerrar votación»
        self.boton_cerrar.setAutoDefault(True)   # con el foco en el botón, Enter lo pulsa
        self.boton_cerrar.setToolTip(self.tr("Registra el recuento, la candidatura electa y quién tenía derecho a "
                                             "votar; no se puede repetir"))
        self.boton_cerrar.clicked.connect(self.cerrar)
        self.boton_confirmar = QPushButton(self.tr("Confirmar y designar…"))
        self.boton_confirmar.setToolTip(self.tr("Registra el mandato de la candidatura electa en el órgano"))
        self.boton_confirmar.clicked.connect(self.confirmar)
        self.boton_vuelta = QPushButton(self.tr("Agregar segunda vuelta"))
        self.boton_vuelta.clicked.connect(self.agregar_segunda_vuelta)
        self.boton_resolucion = QPushButton(self.tr("Adoptar &resolución…"))
        self.boton_resolucion.clicked.connect(lambda: self._punto and self.editor.adoptar_resolucion(self._punto))
        self.resoluciones = QLabel()
        self.resoluciones.setWordWrap(True)
        self.resoluciones.setTextFormat(Qt.TextFormat.RichText)
        acciones = FilaFluida()   # si no entran en una fila (1024 px, 150 %), siguen debajo: ninguno cortado
        for boton in (self.boton_cerrar, self.boton_confirmar, self.boton_vuelta, self.boton_resolucion):
            acciones.addWidget(boton)

        contenido = QWidget()
        caja = QVBoxLayout(contenido)
        caja.setContentsMargins(0, 0, 6, 0)
        caja.setSpacing(8)
        caja.addWidget(marco)
        caja.addWidget(self.quorum)
        caja.addWidget(self.regla)
        caja.addWidget(self.forma)
        caja.addWidget(self.cerrada)
        caja.addSpacing(2)
        caja.addLayout(encabezado)
        caja.addWidget(self.sin_candidaturas)
        caja.addWidget(self.rejilla_widget)
        caja.addWidget(self.por_boleta)
        caja.addWidget(self.otros_cerrada)
        caja.addWidget(self.panel_nominal, 1)
        caja.addWidget(self.rotulo_cerrada)
        caja.addWidget(self.tabla_cerrada, 1)
        caja.addWidget(self.conteo)
        caja.addWidget(self.resultado)
        caja.addWidget(self.problemas)
        caja.addWidget(self.aviso_borrador)
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

    def _reiniciar(self) -> None:
        self._votos, self._nominales = {}, {}
        self.problemas.mostrar([])
        self.por_boleta.boletas = []
        reiniciar_recuento((self.blancos, self.nulos, self.abstenciones, self.boletas_emitidas, self.no_a_todas),
                           ((self.metodo, "secreta"), (self.mayoria, "absoluta"), (self.base, "emitidos")))
        self.motivo.blockSignals(True)
        self.motivo.clear()
        self.motivo.blockSignals(False)

    def _a_la_regla(self) -> None:
        regla = self._eleccion.regla
        if self._eleccion.pluralidad:
            # Varios puestos: resultan electas las más votadas; la mayoría de la regla no se aplica (ni se promete).
            for combo, valor in ((self.mayoria, "simple"), (self.base, "emitidos")):
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(valor), 0))
                combo.blockSignals(False)
            self.regla.setText(self.tr("Se eligen {0} puestos por pluralidad: resultan electas las más votadas, con "
                                       "los cupos por país del órgano (la mayoría de la regla de elecciones no se "
                                       "aplica).").format(self._eleccion.puestos))
            return
        for combo, valor in ((self.mayoria, regla.mayoria), (self.base, regla.base)):
            if combo.findData(valor) >= 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(valor))
                combo.blockSignals(False)
        self.regla.setText(self.tr("Regla: {0}.").format(regla.describir(eleccion=True))
                           + (" " + self.tr("La fija el estatuto: solo se vota con ella o con una más exigente.")
                              if self._eleccion.fija else ""))

    @property
    def cambia_la_regla(self) -> bool:
        """Si se vota con otra mayoría o base que la de la regla (el servicio decide si se admite)."""
        return (self._eleccion is not None
                and not self._eleccion.regla.misma_mayoria(self.mayoria.currentData(), self.base.currentData()))

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
        self.motivo.blockSignals(True)
        self.motivo.setText(anterior.motivo_mayoria or "")
        self.motivo.blockSignals(False)

    def mostrar(self, punto: dict, reiniciar: bool = True) -> None:
        """Muestra la elección del punto; sin `reiniciar` (el mismo punto releído) conserva lo escrito."""
        reinicia = reiniciar or self._punto is None or self._punto["id"] != punto["id"]
        if reinicia:
            self._reiniciar()
        self._punto = punto
        self._eleccion = self.editor.eleccion_de(punto)
        if reinicia and self._eleccion is not None and self._eleccion.estado == "abierta" and self._eleccion.metodo:
            # El método previsto al definirla (por ejemplo, desde la línea de órdenes).
            self.metodo.blockSignals(True)
            self.metodo.setCurrentIndex(max(self.metodo.findData(self._eleccion.metodo), 0))
            self.metodo.blockSignals(False)
        if reinicia:
            self._con_la_regla = None
        if self._eleccion is not None and self._con_la_regla != punto["id"]:
            # La elección arranca con la mayoría y la base de la regla de elecciones del órgano (o las de la vuelta
            # de la que sale, con su motivo), una vez por punto: lo que se elija después se conserva.
            self._con_la_regla = punto["id"]
            self._a_la_regla()
            self._como_la_vuelta_anterior(punto)
        if reinicia and self._eleccion is not None and self._eleccion.estado == "abierta":
            self._retomar(punto["id"])
        elif reinicia:
            self._borrador.olvidar(self.editor.db, punto["id"])   # cerrada (quizás desde otra ventana) o sin definir
        self._estado = None
        self._votantes = {}
        if self._eleccion is None:
            self.paginas.setCurrentWidget(self.sin_definir)
            self.fijar_solo_lectura(self.editor.solo_lectura)
            return
        self.paginas.setCurrentWidget(self.definida)
        if self._eleccion.estado == "abierta":
            estado = consultar_en_la_ventana(self, lambda: estado_para_votar(self.editor.contexto, punto["id"]),
                                             que="asistencia para votar")
            if estado is FALLO:
                return
            self._estado = estado
            self._votantes = votantes(self._estado)
        self._mostrar_cargo()
        if self._eleccion.estado == "abierta":
            self._mostrar_abierta()
        else:
            self._mostrar_cerrada()
        self.resoluciones.setText(self.editor.texto_resoluciones(punto))
        self.fijar_solo_lectura(self.editor.solo_lectura)

    # --- el borrador del recuento ---
    def _contenido_del_borrador(self) -> dict | None:
        """Lo escrito en el recuento, para su borrador; None si no hay nada escrito (la forma de votar sola no es un
        recuento)."""
        contenido = {"metodo": self.metodo.currentData(), "mayoria": self.mayoria.currentData(),
                     "base": self.base.currentData(), "motivo": self.motivo.text(),
                     "votos": {str(i): v for i, v in self._votos.items() if v},
                     "nominales": {str(m): v for m, v in self._nominales.items()},
                     "por_boleta": list(self.por_boleta.boletas)}
        contenido.update({clave: campo.value() for clave, campo in self._cuentas_del_borrador()})
        escrito = ("motivo", "votos", "nominales", "por_boleta", *(clave for clave, _ in self._cuentas_del_borrador()))
        return contenido if any(contenido[clave] for clave in escrito) else None

    def _cuentas_del_borrador(self) -> tuple:
        return (("blancos", self.blancos), ("nulos", self.nulos), ("abstenciones", self.abstenciones),
                ("boletas_emitidas", self.boletas_emitidas), ("no_a_todas", self.no_a_todas))

    def _retomar(self, punto_id: int) -> None:
        """Pone en pantalla el borrador del punto, si hay (lo de candidaturas retiradas o de quien ya no vota se
        descarta al mostrarlo: `_mostrar_abierta`)."""
        contenido = self._borrador.retomar(self.editor.db, punto_id)
        if contenido is None:
            return
        try:
            combos = [(combo, contenido[clave]) for combo, clave in ((self.metodo, "metodo"),
                                                                     (self.mayoria, "mayoria"), (self.base, "base"))]
            cuentas = [(campo, int(contenido[clave])) for clave, campo in self._cuentas_del_borrador()]
            votos = {int(i): int(v) for i, v in dict(contenido["votos"]).items()}
            nominales = {int(m): (v if isinstance(v, str) else int(v)) for m, v in dict(contenido["nominales"]).items()}
            boletas = [b if isinstance(b, str) else [int(c) for c in b] for b in contenido["por_boleta"]]
            motivo = str(contenido["motivo"])
        except (KeyError, TypeError, ValueError):
            self._borrador.olvidar(self.editor.db, punto_id)   # no es un borrador de este programa
            return
        poner_recuento(combos, cuentas, self.motivo, motivo)
        self._votos, self._nominales, self.por_boleta.boletas = votos, nominales, boletas

    def _mostrar_cargo(self) -> None:
        e = self._eleccion
        self.cargo.setText(e.descripcion)
        partes = [self.tr("con derecho a voto en el órgano") if e.con_voto else self.tr("sin derecho a voto")]
        if e.pluralidad:
            partes.append(self.tr("resultan electas las más votadas, con los cupos del órgano por país o por grupo"))
        if e.boleta == "marcas":
            partes.append(e.forma_de_boleta.lower())
        if e.cargo in CARGOS_UNIPERSONALES:
            partes.append(self.tr("al confirmar, el mandato anterior en el cargo termina la víspera"))
        else:
            partes.append(self.tr("al confirmar, se registra el mandato en el órgano"))
        texto = "; ".join(partes)
        if e.estado == "confirmada":
            texto = partes[0]
        puestos = self.tr("Puestos: {0}").format(e.puestos)
        self.explicacion_cargo.setText(puestos + ". " + texto[:1].upper() + texto[1:] + ".")


    def segunda_vuelta_existente(self) -> dict | None:
        if self._punto is None:
            return None
        return next((p for p in self.editor.puntos if p.get("padre_id") == self._punto["id"] and p["tipo"] == "eleccion"),
                    None)


    # --- solo lectura ---
    def fijar_solo_lectura(self, solo_lectura: bool) -> None:
        self._solo_lectura = solo_lectura
        abierta = self._eleccion is not None and self._eleccion.estado == "abierta"
        editable = not solo_lectura and abierta
        for widget in (self.boton_definir, self.boton_si_no):
            widget.setEnabled(not solo_lectura)
        # Con varios puestos la mayoría es la pluralidad: ni mayoría ni base que elegir.
        pluralidad = self._eleccion is not None and self._eleccion.pluralidad
        for combo in (self.mayoria, self.base, self.motivo):
            combo.setEnabled(editable and not pluralidad)
            combo.setToolTip(self.tr("Con varios puestos resultan electas las más votadas (pluralidad).")
                             if pluralidad else "")
        for widget in (self.boton_editar, self.boton_agregar, self.metodo, self.blancos,
                       self.nulos, self.abstenciones, self.boton_borrar, self.boton_cerrar, *self._contadores.values(),
                       *self._quitar, self.boletas_emitidas, self.no_a_todas):
            widget.setEnabled(editable)
        self.por_boleta.fijar_habilitado(editable)
        if editable and self.por_boleta.boletas:
            self._boletas_escritas()   # con boletas escritas, los totales no se escriben
        # La simple no tiene base; la pluralidad, tampoco.
        self.base.setEnabled(editable and not pluralidad and self.mayoria.currentData() != "simple")
        self.boton_editar.setVisible(abierta)
        for fila in range(self.tabla_nominal.rowCount()):
            combo = self.tabla_nominal.cellWidget(fila, 3)
            if combo is not None:
                combo.setEnabled(editable)
        con_ganadora = self._eleccion is not None and bool(self._eleccion.ganadora or self._eleccion.electas)
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
        dialogo = DialogoCargo(self.editor.oficina, self._punto, self.editor.sesion, self._eleccion,
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
            miembros = consultar_en_la_ventana(self, lambda: listar_miembros(self.editor.contexto), que="miembros")
            if miembros is FALLO:
                return
            self._miembros = miembros
        dialogo = DialogoCandidatura(self.editor.oficina, self._punto, self._miembros, self,
                                     cargo=self._eleccion.cargo if self._eleccion is not None else None)
        dialogo.exec()
        agregadas = list(dialogo.agregadas)
        descartar(dialogo)
        if agregadas:
            self._despues_de_escribir()

    def quitar_si_confirma(self, candidatura_id: int) -> None:
        """«Quitar», al lado de los votos de la candidatura: pregunta antes (por omisión, No)."""
        nombre = next((c["nombre"] for c in self._eleccion.candidaturas if c["id"] == candidatura_id), "")
        votos = self._votos.get(candidatura_id, 0)
        if confirmar_borrado(self, self.tr("Quitar la candidatura"),
                             self.tr("¿Quitar la candidatura {0} de esta elección?").format(nombre),
                             (self.tr("Se pierden los {0} votos escritos para ella. ").format(votos) if votos else "")
                             + self.tr("Si declinó, quítela; para tenerla otra vez, agréguela de nuevo con «Agregar "
                                       "candidatura…».")):
            self.quitar(candidatura_id)

    def quitar(self, candidatura_id: int) -> None:
        if hacer_en_la_ventana(self, self.editor.oficina, lambda: quitar_candidatura(self.editor.contexto,
                                                                                     candidatura_id),
                               que="quitar candidatura") is None:
            return
        self._votos.pop(candidatura_id, None)
        self._despues_de_escribir()

    def confirmar_cierre(self, texto: str) -> bool:
        """Pregunta antes de cerrar, con el resultado que queda registrado (la elección cerrada no se repite)."""
        return confirmar_cierre_del_punto(self, self.tr("elección"), self._punto, texto)

    def _no_se_cerro(self, error: ErrorEscritorio) -> None:
        problemas = getattr(error, "problemas", None) or [error.mensaje]
        self.problemas.mostrar(problemas, self.tr("No se cerró la elección:"), clase="error")

    def cerrar(self) -> None:
        if self._punto is None or self._eleccion is None:
            return
        if self._estado is not None:
            resultado, _, problemas = calcular(self._eleccion, self.recuento(), self._estado)
            if not problemas and not self.confirmar_cierre(resultado.texto):
                return
        if not self.editor.confirmar_acto():
            return
        if hacer_en_la_ventana(self, self.editor.oficina, lambda: cerrar_eleccion(
                self.editor.contexto, self._punto["id"], self.recuento()),
                que="cerrar elección", al_rechazar=self._no_se_cerro) is None:
            return
        self.problemas.mostrar([])
        self._borrador.olvidar(self.editor.db, self._punto["id"])   # lo registrado está en la base
        self._despues_de_escribir()

    def confirmar(self) -> None:
        if self._punto is None:
            return
        previa = consultar_en_la_ventana(self, lambda: preparar_confirmacion(self.editor.contexto, self._punto["id"]),
                                         que="confirmar elección")
        if previa is FALLO:
            return
        dialogo = DialogoConfirmacion(self.editor.oficina, self._punto, previa, self)
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
        hecho = hacer_en_la_ventana(self, self.editor.oficina, lambda: segunda_vuelta(self.editor.contexto,
                                                                                       self._punto["id"]),
                                    que="segunda vuelta")
        if hecho is not None:
            self._despues_de_escribir(seleccionar=hecho.resultado)
