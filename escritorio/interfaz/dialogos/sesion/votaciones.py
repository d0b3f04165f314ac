"""Pestaña Votaciones del editor de sesiones: forma de votar, recuento y resultado en vivo de cada
punto (el resultado y el cierre, en `cierre_de_votacion.py`); los de tipo Elección muestran el panel de
`eleccion.py`."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from ....dominio.mayorias import BASES, BASES_MOCION, MAYORIAS, ReglaMayoria
from ....dominio.sesiones import METODOS, TIPOS_PUNTO
from ....servicios.pantalla_de_la_sala import recuento_en_vivo
from ....servicios.sesiones.asistencia import asistencia
from ....servicios.sesiones.puntos import regla_del_punto
from ....servicios.votaciones import regla_para_mocion
from ...comun import tr
from ...operaciones import FALLO, consultar_en_la_ventana
from ...flujo import FilaFluida
from ...recuentos_en_curso import BorradorDelPanel
from ...modelos.sesiones import ModeloNominal
from ...sala_en_vivo import SalaEnVivo
from ...piezas import (ROJO, VERDE, CajaAvisos, DesplazableAlAncho, TablaDeMarcas, dato_de_fila, escalar,
                       filas_elegidas, llenar_tabla, nota, tabla_lectura, titulo)
from .piezas import (GRIS_FUERTE, DelegadoSegmentos, combo_de_opciones, contador,
                     confirmar_borrado, decision, forma_de_votar, mostrar_aviso, poner_recuento, reiniciar_recuento)
from ..votacion_teclado import encadenar, preparar_votacion
from .voto_servidor import BarraDelServidor
from .voto_urna import PanelUrna
from .cierre_de_votacion import CierreDeLaVotacion
from .protocolo_del_editor import EditorDeSesion


# --- votaciones -------------------------------------------------------------------------------------------

class PestanaVotaciones(CierreDeLaVotacion, QWidget):
    """Los puntos que se votan; para el elegido, la forma de votar, el recuento y el resultado en vivo.

    Un punto de tipo Elección muestra el panel de la elección del cargo (`eleccion.PanelEleccion`), salvo que ya se
    haya votado por sí o por no, o que se elija votarlo así.
    """

    def __init__(self, editor: EditorDeSesion):
        from ..eleccion import PanelEleccion

        super().__init__()
        self.editor = editor
        self._punto: dict | None = None
        self._estado = None   # asistencia según la regla de quórum del punto
        self._si_no: set[int] = set()   # puntos de elección que se eligió votar por sí o por no
        self.lista = tabla_lectura([self.tr("Punto"), self.tr("Resultado")], 0)
        self.lista.setMinimumWidth(200)
        self.lista.itemSelectionChanged.connect(self._elegido)

        self.titulo = titulo("", 1.25)
        self.detalle = nota()
        self.quorum = QLabel()
        self.quorum.setWordWrap(True)
        self.metodo = combo_de_opciones(METODOS, "alzada")
        self.mayoria = combo_de_opciones(MAYORIAS, "simple")
        self.base = combo_de_opciones({b: BASES[b] for b in BASES_MOCION}, "emitidos")
        self._regla: ReglaMayoria | None = None   # la mayoría que pide la regla del punto (con su artículo)
        self._fija = False                        # si la fija el estatuto (no se rebaja)
        self.regla = QLabel()
        self.regla.setObjectName("reglaMayoria")
        self.regla.setWordWrap(True)
        self.regla.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.motivo = QLineEdit()
        self.motivo.setPlaceholderText(self.tr("por qué se vota con otra mayoría que la de la regla (queda en el acta)"))
        self.motivo.textChanged.connect(lambda _: self._actualizar())
        self.rotulo_motivo = QLabel(self.tr("Motivo del cambio:"))
        self.aviso_cambio = nota()
        self.mayoria.currentIndexChanged.connect(lambda _: self._mayoria_elegida())
        for combo in (self.metodo, self.base):
            combo.currentIndexChanged.connect(lambda _: self._actualizar())
        forma = forma_de_votar(self.metodo, self.mayoria, self.base)
        cambio = QHBoxLayout()
        cambio.addWidget(self.rotulo_motivo)
        cambio.addWidget(self.motivo, 1)

        # Recuento por totales (a mano alzada o secreta).
        self.a_favor, self.en_contra, self.abstenciones = contador(), contador(), contador()
        rejilla = QGridLayout()
        rejilla.setHorizontalSpacing(18)
        for columna, (rotulo, campo, color) in enumerate(((self.tr("A favor"), self.a_favor, VERDE),
                                                          (self.tr("En contra"), self.en_contra, ROJO),
                                                          (self.tr("Abstenciones"), self.abstenciones, GRIS_FUERTE))):
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
        self.tabla_nominal = TablaDeMarcas()   # S, N, A votan y pasan a la fila siguiente (votacion_teclado.py)
        self.tabla_nominal.setModel(self.nominal)
        self.tabla_nominal.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla_nominal.setAlternatingRowColors(True)
        self.tabla_nominal.verticalHeader().hide()
        self.tabla_nominal.verticalHeader().setDefaultSectionSize(30)
        self.tabla_nominal.setItemDelegateForColumn(3, DelegadoSegmentos(
            [("a_favor", self.tr("A favor"), VERDE), ("en_contra", self.tr("En contra"), ROJO),
             ("abstencion", self.tr("Abstención"), GRIS_FUERTE)], vaciable=True, padre=self.tabla_nominal))
        for columna, ancho in ((0, 160), (1, 95), (2, 130)):
            self.tabla_nominal.setColumnWidth(columna, ancho)
        self.tabla_nominal.horizontalHeader().setStretchLastSection(True)
        self.tabla_nominal.horizontalHeader().setHighlightSections(False)
        self.tabla_nominal.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.tabla_nominal.horizontalHeader().setMinimumSectionSize(60)
        self.boton_todos_favor = QPushButton(self.tr("Todos a &favor"))
        self.boton_todos_favor.clicked.connect(lambda: self.nominal.todos("a_favor"))
        self.boton_limpiar = QPushButton(self.tr("&Borrar los votos"))
        self.boton_limpiar.clicked.connect(self._borrar_los_votos_si_confirma)
        self.votos_nominales = nota()
        self.ayuda_nominal = nota(self.tr("S a favor (sí) · N en contra (no) · A abstención · Supr borra el voto"))
        nominal = QWidget()
        caja = QVBoxLayout(nominal)
        caja.setContentsMargins(0, 0, 0, 0)
        fila = QHBoxLayout()
        fila.addWidget(self.boton_todos_favor)
        fila.addWidget(self.boton_limpiar)
        fila.addSpacing(10)
        fila.addWidget(self.votos_nominales, 1)
        caja.addLayout(fila)
        caja.addWidget(self.ayuda_nominal)   # encima de la tabla: en una pantalla baja, lo de abajo queda fuera
        caja.addWidget(self.tabla_nominal, 1)
        self.totales, self.panel_nominal = totales, nominal

        self.resultado = QLabel()
        self.resultado.setObjectName("resultadoVotacion")
        self.resultado.setWordWrap(True)
        self.resultado.setFont(escalar(self.font(), 1.12, negrita=True))
        self.problemas = CajaAvisos()
        # Lo escrito en el recuento queda como borrador hasta cerrar la votación (interfaz/recuentos_en_curso.py).
        self.aviso_borrador = nota()
        self.aviso_borrador.setWordWrap(True)
        self.aviso_borrador.hide()
        self._borrador = BorradorDelPanel("votacion", lambda texto, error: mostrar_aviso(self.aviso_borrador, texto,
                                                                                         error))
        self.boton_cerrar = QPushButton(self.tr("&Cerrar votación"))
        self.boton_cerrar.clicked.connect(self.cerrar_votacion)
        self.boton_resolucion = QPushButton(self.tr("Adoptar &resolución…"))
        self.boton_resolucion.clicked.connect(lambda: self._punto and self.editor.adoptar_resolucion(self._punto))
        self.boton_pdf_resolucion = QPushButton(self.tr("Resolución en PDF…"))
        self.boton_pdf_resolucion.setToolTip(self.tr("Guarda la resolución adoptada en PDF, con su código de "
                                                     "verificación y su QR"))
        self.boton_pdf_resolucion.clicked.connect(lambda: self._punto and self.editor.imprimir_resolucion(self._punto))
        self.boton_firma_resolucion = QPushButton(self.tr("Firmar digitalmente…"))
        self.boton_firma_resolucion.setToolTip(self.tr("Firma la resolución adoptada con el certificado .p12/.pfx de "
                                                       "quien firma (sin conexión) y muestra sus firmas"))
        self.boton_firma_resolucion.clicked.connect(lambda: self._punto and self.editor.firmar_resolucion(self._punto))
        self.boton_correo_resolucion = QPushButton(self.tr("Enviar por correo…"))
        self.boton_correo_resolucion.setToolTip(self.tr("Envía la resolución adoptada por correo a los miembros, con "
                                                        "su PDF"))
        self.boton_correo_resolucion.clicked.connect(
            lambda: self._punto and self.editor.enviar_resolucion_por_correo(self._punto))
        self.boton_adherentes = QPushButton(self.tr("Firmas y adhesiones…"))
        self.boton_adherentes.setToolTip(self.tr("Los miembros que firman la declaración y quienes adhieren sin ser "
                                                 "miembros (otras redes, observadores, organizaciones)"))
        self.boton_adherentes.clicked.connect(lambda: self._punto and self.editor.adherentes(self._punto))
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
        caja.addWidget(self.aviso_cambio)
        caja.addLayout(cambio)
        caja.addSpacing(6)
        caja.addWidget(self.panel_nominal, 1)
        self.panel_nominal.hide()
        self.boton_eleccion = QPushButton(self.tr("Elegir un cargo…"))
        self.boton_eleccion.setToolTip(self.tr("Votar este punto como elección de un cargo entre candidaturas"))
        self.boton_eleccion.clicked.connect(lambda: self._votar_si_no(False))
        acciones = FilaFluida()   # fuera del desplazamiento: si no entran en una fila, siguen debajo
        for boton in (self.boton_cerrar, self.boton_resolucion, self.boton_pdf_resolucion, self.boton_firma_resolucion,
                      self.boton_correo_resolucion, self.boton_adherentes):
            acciones.addWidget(boton)
        acciones.addStretch(1)
        acciones.addWidget(self.boton_eleccion)
        contenido = QWidget()
        caja = QVBoxLayout(contenido)
        caja.setContentsMargins(0, 0, 4, 0)
        caja.setSpacing(8)
        caja.addWidget(self.quorum)
        caja.addWidget(self.regla)
        caja.addSpacing(4)
        caja.addWidget(self.formulario, 1)
        caja.addWidget(self.cerrada)
        caja.addStretch(0)
        # En una pantalla baja (1024×600) la forma de votar y el recuento se desplazan en lugar de empujar la ventana
        # más allá del borde; el resultado en vivo, los problemas y los botones (Cerrar votación…) quedan debajo,
        # siempre a la vista.
        desplazable = DesplazableAlAncho()
        desplazable.setWidget(contenido)
        # Lo más ancho que se ve a la vez: la forma de votar, o tres botones (cerrar/adoptar, o adoptar/PDF/firmar).
        desplazable.setMinimumWidth(max(self.formulario.minimumSizeHint().width(), 440)
                                    + desplazable.verticalScrollBar().sizeHint().width() + 2)
        desplazable.viewport().setAutoFillBackground(False)
        contenido.setAutoFillBackground(False)
        self.panel_votacion = QWidget()
        self._panel = caja = QVBoxLayout(self.panel_votacion)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.setSpacing(8)
        caja.addWidget(desplazable, 1)
        # A favor, en contra y abstenciones, fuera del desplazamiento: lo principal del recuento siempre a la vista
        # (al 150 % quedaban al fondo de un desplazamiento chico; issue 78).
        caja.addWidget(self.totales)
        caja.addWidget(self.resultado)
        caja.addWidget(self.problemas)
        caja.addWidget(self.aviso_borrador)
        caja.addLayout(acciones)
        caja.addWidget(self.resoluciones)
        caja.addStretch(0)   # cerrada la votación, lo que queda se junta arriba (ver `_elegido`)
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
        # La votación electrónica del punto o de la elección (issue 85), bajo la lista de puntos (ver más abajo).
        self.urna = PanelUrna(editor, en_columna=True)
        self.urna.abierta_aqui.connect(lambda aqui: self.modos.setVisible(not aqui))   # no dos recuentos a la vez
        caja.addWidget(self.modos, 1)
        caja.addStretch(0)   # con la urna abierta el recuento a mano se oculta: el panel de la urna no se estira
        self.vacio = nota(self.tr("No hay puntos que se voten. En el orden del día, agregue un punto de tipo Votación "
                                  "o Elección."))
        self.vacio.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.derecha = QStackedWidget()
        self.derecha.addWidget(self.vacio)
        self.derecha.addWidget(detalle)
        divisor = QSplitter()
        divisor.setChildrenCollapsible(False)
        self.servidor = BarraDelServidor(editor)   # la página de votación de los teléfonos (issue 85)
        izquierda = QWidget()
        columna = QVBoxLayout(izquierda)
        columna.setContentsMargins(0, 0, 0, 0)
        columna.addWidget(self.lista, 1)
        columna.addWidget(self.urna)
        columna.addWidget(self.servidor)
        divisor.addWidget(izquierda)
        divisor.addWidget(self.derecha)
        divisor.setStretchFactor(1, 1)
        divisor.setSizes([260, 650])
        caja = QVBoxLayout(self)
        caja.setContentsMargins(8, 10, 8, 8)
        caja.addWidget(divisor, 1)
        preparar_votacion(self)   # teclas S / N / A y el orden de Tab
        # La urna y la página de votación (issue 85) al final del orden de Tab: al entrar a la pestaña, el foco sigue
        # yendo a la lista de puntos, y Tab recorre el recuento a mano como siempre.
        encadenar(self.boton_eleccion, *self.urna.paradas_de_tab, self.servidor.boton_iniciar,
                  self.servidor.boton_codigos, self.servidor.boton_detener)

    @property
    def puntos(self) -> list[dict]:
        return [p for p in self.editor.puntos if p["tipo"] in ("votacion", "eleccion")]

    def cargar(self) -> None:
        self.servidor.pintar()
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
        self._a_la_sala()

    def showEvent(self, evento) -> None:
        super().showEvent(evento)
        self._a_la_sala()

    def _a_la_sala(self) -> None:
        """El punto que se ve en esta pestaña es el que trata la sala (la pantalla del proyector lo sigue)."""
        if self.isVisible() and self._punto is not None and self.editor.sesion_id is not None:
            SalaEnVivo.de(self).enfocar_punto(self.editor.sesion_id, self._punto["id"])

    def _recuento_a_la_sala(self, prevision) -> None:
        """El recuento que se está tomando, para el proyector (nada si no se contó ningún voto o no es esta sesión)."""
        sala = SalaEnVivo.de(self)
        if sala.foco.sesion_id not in (None, self.editor.sesion_id) or not self.isVisible():
            return
        texto = None
        if prevision is not None and self.editor.votacion_de(self._punto) is None:
            a_favor, en_contra, abstenciones = self._conteo()
            texto = recuento_en_vivo(self.editor.contexto, a_favor, en_contra, abstenciones)
        sala.votacion_en_curso(texto)

    def _mostrar_la_urna(self, p: dict) -> None:
        """La urna electrónica del punto (o de su elección), mientras todavía se vota (sesion/voto_urna.py)."""
        eleccion = self.editor.eleccion_de(p) if self.es_eleccion(p) else None
        self.urna.mostrar("eleccion" if self.es_eleccion(p) else "punto", p["id"],
                          self.editor.votacion_de(p) is None and (eleccion is None or eleccion.estado == "abierta"))

    def _mostrar(self, reiniciar: bool) -> None:
        p = self._punto
        if p is None:
            self.derecha.setCurrentWidget(self.vacio)
            return
        self.derecha.setCurrentIndex(1)
        self.titulo.setText(f"{p['numeracion']}. {p['titulo']}")
        self.detalle.setText("  ·  ".join([tr(TIPOS_PUNTO[p["tipo"]]),
                                           self.tr("decisión: {0}").format(decision(p["tipo_decision"]))]))
        self._mostrar_la_urna(p)
        if self.es_eleccion(p):
            self._recuento_a_la_sala(None)   # una elección tiene su propio recuento, que no se proyecta
            self.modos.setCurrentWidget(self.panel_eleccion)
            self.panel_eleccion.mostrar(p, reiniciar)
            return
        self.modos.setCurrentWidget(self.panel_votacion)
        self.boton_eleccion.setVisible(p["tipo"] == "eleccion" and not p.get("votacion_id"))
        estado = consultar_en_la_ventana(self, lambda: asistencia(self.editor.contexto, self.editor.sesion_id,
                                                                  p["tipo_decision"]), que="asistencia para votar")
        if estado is FALLO:
            return
        self._estado = estado
        q = self._estado.quorum
        if q.hay:
            self.quorum.setText(self.tr("✓ Quórum: {0} de {1} — se verifica.").format(q.presentes, q.base))
            self.quorum.setStyleSheet(f"color: {VERDE};")
        else:
            self.quorum.setText(self.tr("✗ Quórum: {0} de {1} — no hay quórum (se requieren {2}); no se puede votar.")
                                .format(q.presentes, q.base, q.requerido))
            self.quorum.setStyleSheet(f"color: {ROJO}; font-weight: 600;")
        del_punto = consultar_en_la_ventana(self, lambda: regla_del_punto(self.editor.contexto, p["id"]),
                                            que="regla de mayoría del punto")
        if del_punto is FALLO:
            return
        self._regla, self._fija = regla_para_mocion(del_punto.mayoria), del_punto.fija
        self.regla.setText(self.tr("Regla: {0}.").format(self._regla.describir())
                           + (" " + self.tr("La fija el estatuto: solo se vota con ella o con una más exigente.")
                              if self._fija else ""))
        votantes = self._votantes()
        self.nominal.cargar(votantes, {h.miembro_id: h.miembro for h in self._estado.habilitados})
        if reiniciar:
            self.problemas.mostrar([])
            # La votación arranca con la mayoría y la base de la regla del tipo de decisión del punto.
            reiniciar_recuento((self.a_favor, self.en_contra, self.abstenciones),
                               ((self.metodo, "alzada"), (self.mayoria, self._regla.mayoria),
                                (self.base, self._regla.base)))
            self.motivo.blockSignals(True)
            self.motivo.clear()
            self.motivo.blockSignals(False)
            self.nominal.sentidos = {}
        cerrada = self.editor.votacion_de(p)
        if reiniciar and cerrada is None:
            self._retomar(p["id"], {v.miembro_id for v in votantes})
        elif reiniciar:
            self._borrador.olvidar(self.editor.db, p["id"])   # cerrada (quizás desde otra ventana): ya está registrada
        self.quorum.setVisible(cerrada is None)
        self.regla.setVisible(cerrada is None)
        self.formulario.setVisible(cerrada is None)
        self.totales.setVisible(cerrada is None and self.metodo.currentData() != "nominal")
        self.cerrada.setVisible(cerrada is not None)
        self.boton_cerrar.setVisible(cerrada is None)
        # Abierta, el recuento ocupa lo que haya (y se desplaza); cerrada, el resultado va debajo de «Votación cerrada».
        self._panel.setStretch(0, 1 if cerrada is None else 0)
        self._panel.setStretch(self._panel.count() - 1, 0 if cerrada is None else 1)
        if cerrada is not None:
            self._recuento_a_la_sala(None)
            self.problemas.mostrar([])
            self.cerrada.setText(self._texto_cerrada(cerrada))
            self.resultado.show()
            self._pintar_resultado(cerrada["aprobada"], cerrada["texto"])
        else:
            self._actualizar()
        self.resoluciones.setText(self.editor.texto_resoluciones(p))
        self.boton_pdf_resolucion.setVisible(bool(self.editor.resoluciones_de(p)))
        self.boton_firma_resolucion.setVisible(bool(self.editor.resoluciones_de(p)))
        self.boton_correo_resolucion.setVisible(bool(self.editor.resoluciones_de(p)))
        self.boton_adherentes.setVisible(any(r["tipo"] == "declaracion" for r in self.editor.resoluciones_de(p)))
        self.fijar_solo_lectura(self.editor.solo_lectura)

    def _borrar_los_votos_si_confirma(self) -> None:
        if self.nominal.sentidos and confirmar_borrado(
                self, self.tr("Borrar los votos"),
                self.tr("¿Borrar el voto del miembro que ya votó?") if len(self.nominal.sentidos) == 1
                else self.tr("¿Borrar el voto de los {0} miembros que ya votaron?").format(len(self.nominal.sentidos)),
                self.tr("La tabla queda como antes de empezar a votar.")):
            self.nominal.limpiar()

    # --- el borrador del recuento ---
    def _contenido_del_borrador(self) -> dict | None:
        """Lo escrito en el recuento, para su borrador; None si no hay nada escrito (la forma de votar sola no es un
        recuento)."""
        contenido = {"metodo": self.metodo.currentData(), "mayoria": self.mayoria.currentData(),
                     "base": self.base.currentData(), "motivo": self.motivo.text(), "a_favor": self.a_favor.value(),
                     "en_contra": self.en_contra.value(), "abstenciones": self.abstenciones.value(),
                     "sentidos": {str(m): s for m, s in self.nominal.sentidos.items()}}
        escrito = ("motivo", "a_favor", "en_contra", "abstenciones", "sentidos")
        return contenido if any(contenido[clave] for clave in escrito) else None

    def _retomar(self, punto_id: int, votantes: set[int]) -> None:
        """Pone en pantalla el borrador del punto, si hay (lo de miembros que ya no votan, no)."""
        contenido = self._borrador.retomar(self.editor.db, punto_id)
        if contenido is None:
            return
        try:
            combos = [(combo, contenido[clave]) for combo, clave in ((self.metodo, "metodo"),
                                                                     (self.mayoria, "mayoria"), (self.base, "base"))]
            cuentas = [(campo, int(contenido[clave])) for campo, clave in (
                (self.a_favor, "a_favor"), (self.en_contra, "en_contra"), (self.abstenciones, "abstenciones"))]
            sentidos = {int(m): s for m, s in dict(contenido["sentidos"]).items() if int(m) in votantes}
            motivo = str(contenido["motivo"])
        except (KeyError, TypeError, ValueError):
            self._borrador.olvidar(self.editor.db, punto_id)   # no es un borrador de este programa
            return
        poner_recuento(combos, cuentas, self.motivo, motivo)
        self.nominal.poner_sentidos(sentidos)

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
        metodo = cerrada["metodo"]   # ya en el idioma de la ventana (servicios.resultados_en_su_idioma)
        partes = [f"<b>{escape(self.tr('Votación cerrada'))}</b>" + (f" · {escape(metodo)}" if metodo else "")]
        if cerrada["nominales"]:
            partes.append("<br>" + escape(self.tr("Votos nominales: ")) + escape("; ".join(cerrada["nominales"])))
        return "".join(partes)

    def _votantes(self) -> list:
        """Quienes pueden votar ahora: presentes con voto y ausentes que dieron poder a un presente."""
        habilitados = self._estado.habilitados if self._estado else []
        presentes = {h.miembro_id for h in habilitados if h.estado == "presente"}
        return [h for h in habilitados if h.con_voto and (h.estado == "presente" or h.poder_a in presentes)]

    def fijar_solo_lectura(self, solo_lectura: bool) -> None:
        # Con el acta aprobada no se agregan puntos: el aviso no lo ofrece (issue 78).
        self.vacio.setText(self.tr("La sesión no tuvo puntos que se votaran.") if solo_lectura else
                           self.tr("No hay puntos que se voten. En el orden del día, agregue un punto de tipo Votación "
                                   "o Elección."))
        cerrada = self._punto is not None and self.editor.votacion_de(self._punto) is not None
        editable = not solo_lectura and not cerrada
        for widget in (self.metodo, self.mayoria, self.base, self.a_favor, self.en_contra, self.abstenciones,
                       self.boton_todos_favor, self.boton_limpiar, self.boton_cerrar, self.motivo):
            widget.setEnabled(editable)
        self.base.setEnabled(editable and self.mayoria.currentData() != "simple")
        if editable:
            self._boton_cerrar(self.prevision())
        self.nominal.editable = editable
        self.tabla_nominal.viewport().update()
        aprobada = cerrada and self.editor.votacion_de(self._punto)["aprobada"]
        self.boton_resolucion.setEnabled(not solo_lectura and bool(aprobada))
        self.boton_resolucion.setToolTip("" if aprobada or solo_lectura else self.tr(
            "Se adopta una resolución cuando la votación está cerrada y la moción fue aprobada."))
        self.boton_eleccion.setEnabled(not solo_lectura)
        self.panel_eleccion.fijar_solo_lectura(solo_lectura)
