"""El recuento de una elección dentro de `eleccion.PanelEleccion`: las candidaturas con sus contadores (o, en la
votación nominal, la tabla con el voto de cada miembro), en blanco, nulos y abstenciones, el resultado en vivo que
calcula `servicios.elecciones.calcular` y, cerrada la elección, lo que quedó registrado.

`RecuentoEleccion` es una parte de `PanelEleccion`: usa su elección, su punto, su asistencia y su editor.
"""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...dominio.boletas import marcas
from ...dominio.mayorias import BASE_SIMPLE
from ...dominio.elecciones import OTROS_VOTOS
from ...dominio.paises import nombre_pais
from ...dominio.sesiones import BASES, MAYORIAS, METODOS
from ...servicios.recuento_de_eleccion import SIN_VOTOS, Recuento, calcular
from ..comun import fecha_dma, tr
from ..piezas import (GRIS, ROJO, VERDE, CajaAvisos, escalar, llenar_tabla, nota, pintar_resultado, subtitulo,
                      tabla_lectura)
from .eleccion_boletas import BoletaPorBoleta
from .sesion.piezas import GRIS_FUERTE, confirmar_borrado, contador
from .votacion_teclado import preparar_eleccion_nominal
from ..orden_alfabetico import clave_en_la_ventana

_NO_VOTO = ""   # en la tabla nominal: el miembro todavía no votó


def _votos(numero: int) -> str:
    return tr("1 voto") if numero == 1 else tr("{0} votos").format(numero)


class RecuentoEleccion:
    """Candidaturas, votos y resultado de la elección del punto (abierta: para escribir; cerrada: lo registrado)."""

    def _construir_recuento(self) -> QHBoxLayout:
        """Arma las candidaturas, el recuento y el resultado; devuelve el encabezado «Candidaturas»."""
        # Candidaturas y recuento por totales.
        self.boton_agregar = QPushButton(self.tr("Agregar candidatura…"))
        self.boton_agregar.clicked.connect(self.agregar)
        encabezado = QHBoxLayout()
        encabezado.addWidget(subtitulo(self.tr("Candidaturas")))
        encabezado.addStretch(1)
        encabezado.addWidget(self.boton_agregar)
        self.sin_candidaturas = nota(self.tr("Todavía no hay candidaturas: agregue al menos una con «Agregar "
                                             "candidatura…»."))
        self.blancos, self.nulos, self.abstenciones = contador(), contador(), contador()
        self._otros = []
        for rotulo, campo in ((self.tr("En blanco"), self.blancos), (self.tr("Nulos"), self.nulos),
                              (self.tr("Abstenciones"), self.abstenciones)):
            etiqueta = QLabel(rotulo)
            etiqueta.setStyleSheet(f"color: {GRIS_FUERTE}; font-weight: 600;")
            campo.valueChanged.connect(lambda _: self._actualizar())
            self._otros.append((etiqueta, campo))
        self.nulos.setToolTip(self.tr("Los votos nulos no cuentan como emitidos."))
        # Con varias marcas por boleta: cuántas boletas se emitieron y cuántas dijeron «No a todas» (o cada boleta).
        self.boletas_emitidas, self.no_a_todas = contador(), contador()
        self._de_las_marcas = []
        for rotulo, campo in ((self.tr("Boletas emitidas"), self.boletas_emitidas),
                              (self.tr("No a todas"), self.no_a_todas)):
            etiqueta = QLabel(rotulo)
            etiqueta.setStyleSheet(f"color: {GRIS_FUERTE}; font-weight: 600;")
            campo.valueChanged.connect(lambda _: self._actualizar())
            self._de_las_marcas.append((etiqueta, campo))
        self.boletas_emitidas.setToolTip(self.tr("Todas las boletas de la urna: con marcas, en blanco, nulas, «No a "
                                                 "todas» y de abstención."))
        self.por_boleta = BoletaPorBoleta(lambda: (self._boletas_escritas(), self._actualizar()))
        self.separador = QFrame()
        self.separador.setFrameShape(QFrame.Shape.HLine)
        self.separador.setStyleSheet("color: palette(midlight);")
        self.rejilla_widget = QWidget()
        self.rejilla = QGridLayout(self.rejilla_widget)
        self.rejilla.setContentsMargins(0, 0, 0, 0)
        self.rejilla.setHorizontalSpacing(14)
        self.rejilla.setVerticalSpacing(6)
        # El nombre de la candidatura se parte en renglones antes que empujar el contador y «Quitar» fuera de la vista
        # (no hay desplazamiento de costado): a 1024 px, o al 150 %, con nombres largos.
        self.rejilla.setColumnMinimumWidth(0, 140)
        self.rejilla.setColumnStretch(0, 1)
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
        self.ayuda_nominal = nota(self.tr("Tab: el miembro siguiente · escriba el comienzo de una candidatura (o «En "
                                          "blanco», «Abstención») para elegir su voto"))
        self.boton_borrar = QPushButton(self.tr("Borrar los votos"))
        self.boton_borrar.clicked.connect(self.borrar_nominales_si_confirma)
        self.panel_nominal = QWidget()
        caja = QVBoxLayout(self.panel_nominal)
        caja.setContentsMargins(0, 0, 0, 0)
        fila = QHBoxLayout()
        fila.addWidget(subtitulo(self.tr("Voto de cada miembro")))
        fila.addStretch(1)
        fila.addWidget(self.boton_borrar)
        caja.addLayout(fila)
        caja.addWidget(self.tabla_nominal, 1)
        caja.addWidget(self.ayuda_nominal)
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
        return encabezado

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
                           if m in self._votantes and (v in OTROS_VOTOS or v in ids)}
        for widget in (self.quorum, self.regla, self.forma, self.boton_agregar, self.conteo, self.boton_cerrar):
            widget.show()
        for widget in (self.cerrada, self.otros_cerrada, self.rotulo_cerrada, self.tabla_cerrada, self.mandato,
                       self.boton_confirmar, self.boton_vuelta, self.boton_resolucion):
            widget.hide()
        self._rehacer_rejilla()
        self._llenar_nominal()
        self._forma_cambiada()

    def _mostrar_cerrada(self) -> None:
        e = self._eleccion
        for widget in (self.quorum, self.regla, self.forma, self.boton_agregar, self.conteo, self.panel_nominal,
                       self.boton_cerrar, self.sin_candidaturas):
            widget.hide()
        metodo = METODOS.get(e.metodo, e.metodo or "")
        mayoria = MAYORIAS.get(e.mayoria, e.mayoria or "")
        base = BASES.get(e.base, e.base or "")
        forma = (self.tr("Votación {0} · pluralidad: las más votadas, con los cupos por país").format(tr(metodo).lower())
                 if e.pluralidad else
                 self.tr("Votación {0} · {1} de los {2}").format(tr(metodo).lower(), tr(mayoria).lower(), tr(base)))
        self.cerrada.setText(f"<b>{escape(self.tr('Elección cerrada'))}</b> · " + escape(forma))
        self.cerrada.show()
        self._rehacer_rejilla()
        otros = [self.tr("En blanco: {0}").format(e.blancos or 0), self.tr("Nulos: {0}").format(e.nulos or 0),
                 self.tr("Abstenciones: {0}").format(e.abstenciones or 0)]
        if e.boleta == "marcas":   # la forma de la boleta, las boletas emitidas y las «No a todas»
            otros = [e.forma_de_boleta, self.tr("Boletas emitidas: {0}").format(e.boletas or 0),
                     self.tr("No a todas: {0}").format(e.no_a_todas or 0)] + otros
        self.otros_cerrada.setText("  ·  ".join(otros))
        self.otros_cerrada.show()
        hay_nominales = bool(e.nominales)
        self.rotulo_cerrada.setVisible(hay_nominales)
        self.tabla_cerrada.setVisible(hay_nominales)
        if hay_nominales:
            filas = [[v["miembro"], nombre_pais(v["pais"]) if v.get("pais") else "", v["voto"]] for v in e.nominales]
            llenar_tabla(self.tabla_cerrada, filas)
        ganadora = e.ganadora
        electas = e.electas or ([ganadora] if ganadora is not None else [])
        self._pintar_resultado(bool(electas), e.texto_resultado or "")
        self.problemas.mostrar([])
        confirmada = e.estado == "confirmada"
        self.mandato.setVisible(confirmada)
        if confirmada:
            cuando = fecha_dma(e.confirmada_en) if e.confirmada_en else ""
            el_dia = self.tr(" el {0}").format(cuando) if cuando else ""
            if len(electas) > 1:
                self.mandato.setText(self.tr("✓ {0} mandatos registrados{1}: {2}; {3}.").format(
                    len(electas), el_dia, ", ".join(c["nombre"] for c in electas), e.descripcion))
            else:
                self.mandato.setText(self.tr("✓ Mandato registrado{0}: {1}, {2}.").format(
                    el_dia, electas[0]["nombre"] if electas else "", e.descripcion))
        self.boton_confirmar.setVisible(bool(electas) and not confirmada)
        self.boton_resolucion.setVisible(bool(electas))
        vuelta = self.segunda_vuelta_existente()
        self.boton_vuelta.setVisible(bool(e.puestos_segunda_vuelta) if e.pluralidad else ganadora is None)
        self.boton_vuelta.setText(self.tr("Ir a la segunda vuelta ({0})").format(vuelta["numeracion"]) if vuelta
                                  else self.tr("Agregar segunda vuelta"))
        self.boton_vuelta.setToolTip("" if vuelta else self.tr(
            "Agrega un subpunto con el mismo cargo y las candidaturas finalistas"))

    def _limpiar_rejilla(self) -> None:
        for etiqueta, campo in self._de_las_marcas + self._otros:
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
        orden_electa = {c["id"]: c["electa"] for c in e.electas}
        if not abierta:
            candidaturas.sort(key=lambda c: -(c["votos"] or 0))
        self.sin_candidaturas.setVisible(abierta and not candidaturas)
        self.rejilla_widget.setVisible(bool(candidaturas))
        fila = 0
        for c in candidaturas:
            electa = c["id"] == ganadora or c["id"] in orden_electa
            nombre = QLabel(("✓ " if electa else "") + c["nombre"])
            nombre.setToolTip(c["nombre"])
            nombre.setWordWrap(True)
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
                    votos = contador()
                    votos.setValue(self._votos.get(c["id"], 0))
                    votos.valueChanged.connect(lambda valor, clave=c["id"]: self._votos_escritos(clave, valor))
                    self._contadores[c["id"]] = votos
                quitar = QPushButton(self.tr("Quitar"))
                quitar.setToolTip(self.tr("Retira la candidatura (por ejemplo, si declina)"))
                quitar.clicked.connect(lambda _=False, clave=c["id"]: self.quitar_si_confirma(clave))
                self._quitar.append(quitar)
                self.rejilla.addWidget(votos, fila, 1)
                self.rejilla.addWidget(quitar, fila, 2)
                self._filas += [votos, quitar]
            else:
                votos = QLabel(marcas(c["votos"] or 0) if e.boleta == "marcas" else _votos(c["votos"] or 0))
                votos.setFont(escalar(votos.font(), 1.0, negrita=True))
                votos.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                votos.setMinimumWidth(90)
                self.rejilla.addWidget(votos, fila, 1)
                self._filas.append(votos)
                if electa or c.get("finalista"):
                    # «Electa», «Electa (3.º)» en una de varios puestos, o «A segunda vuelta» si el empate la lleva.
                    if not electa:
                        marca = QLabel(self.tr("A segunda vuelta"))
                        marca.setStyleSheet(f"color: {GRIS};")
                    else:
                        marca = QLabel(self.tr("Electa") if e.puestos == 1 and not e.pluralidad
                                       else self.tr("Electa ({0}.º)").format(orden_electa.get(c["id"], 1)))
                        marca.setStyleSheet(f"color: {VERDE}; font-weight: 600;")
                    self.rejilla.addWidget(marca, fila, 2)
                    self._filas.append(marca)
            fila += 1
        por_totales = abierta and candidaturas and self.metodo.currentData() != "nominal"
        con_marcas = e.boleta == "marcas"
        otros = (self._de_las_marcas + self._otros) if con_marcas else self._otros
        if por_totales:
            self.rejilla.addWidget(self.separador, fila, 0, 1, 3)
            fila += 1
            for etiqueta, campo in otros:
                self.rejilla.addWidget(etiqueta, fila, 0)
                self.rejilla.addWidget(campo, fila, 1)
                fila += 1
        self.separador.setVisible(bool(por_totales))
        for etiqueta, campo in self._de_las_marcas + self._otros:
            etiqueta.setVisible(bool(por_totales) and (etiqueta, campo) in otros)
            campo.setVisible(bool(por_totales) and (etiqueta, campo) in otros)
        self.por_boleta.setVisible(bool(por_totales) and con_marcas)
        if por_totales and con_marcas:
            self.por_boleta.poner_candidaturas(candidaturas)
            self._boletas_escritas()

    def _llenar_nominal(self) -> None:
        """Una fila por miembro que puede votar, con una lista para elegir su voto."""
        nombres = {h.miembro_id: h.miembro for h in (self._estado.habilitados if self._estado else [])}
        filas = sorted(self._votantes.values(), key=lambda h: (clave_en_la_ventana(nombre_pais(h.pais or "")),
                                                               clave_en_la_ventana(h.miembro)))
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
            for codigo, etiqueta in OTROS_VOTOS.items():
                combo.addItem(tr(etiqueta), codigo)
            combo.setCurrentIndex(max(combo.findData(self._nominales.get(h.miembro_id, _NO_VOTO)), 0))
            combo.currentIndexChanged.connect(lambda _, m=h.miembro_id, caja=combo: self._voto_nominal(m, caja.currentData()))
            self.tabla_nominal.setCellWidget(n, 3, combo)
        preparar_eleccion_nominal(self.tabla_nominal, self.boton_borrar)   # Tab de un miembro al siguiente

    @property
    def contadores(self) -> dict[str, object]:
        """Los contadores de votos a la vista, por nombre de la candidatura."""
        nombres = {c["id"]: c["nombre"] for c in (self._eleccion.candidaturas if self._eleccion else [])}
        return {nombres[i]: campo for i, campo in self._contadores.items()}

    def _voto_nominal(self, miembro_id: int, voto) -> None:
        if voto == _NO_VOTO or voto is None:
            self._nominales.pop(miembro_id, None)
        else:
            self._nominales[miembro_id] = voto
        self._actualizar()

    def borrar_nominales_si_confirma(self) -> None:
        if self._nominales and confirmar_borrado(
                self, self.tr("Borrar los votos"),
                self.tr("¿Borrar el voto del miembro que ya votó?") if len(self._nominales) == 1
                else self.tr("¿Borrar el voto de los {0} miembros que ya votaron?").format(len(self._nominales)),
                self.tr("La tabla queda como antes de empezar a votar.")):
            self.borrar_nominales()

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
        simple = self.mayoria.currentData() == "simple"
        if simple and self.base.currentData() != BASE_SIMPLE:
            # La simple de una elección es la más votada: no tiene base (queda «votos emitidos», como en las mociones).
            self.base.blockSignals(True)
            self.base.setCurrentIndex(self.base.findData(BASE_SIMPLE))
            self.base.blockSignals(False)
        self.base.setEnabled(not simple and self.mayoria.isEnabled())
        self.motivo.setVisible(self.cambia_la_regla)
        self.rotulo_motivo.setVisible(self.cambia_la_regla)
        self._actualizar()

    # --- el resultado en vivo ---
    def recuento(self) -> Recuento:
        if self.metodo.currentData() == "nominal":
            return Recuento(metodo="nominal", mayoria=self.mayoria.currentData(), base=self.base.currentData(),
                            nominales=dict(self._nominales), motivo_mayoria=self._motivo())
        ids = [c["id"] for c in self._eleccion.candidaturas] if self._eleccion else []
        if self._eleccion is not None and self._eleccion.boleta == "marcas":
            if self.por_boleta.boletas:   # boleta por boleta: el recuento sale de las boletas
                return Recuento(metodo=self.metodo.currentData(), mayoria=self.mayoria.currentData(),
                                base=self.base.currentData(), por_boleta=list(self.por_boleta.boletas),
                                motivo_mayoria=self._motivo())
            return Recuento(metodo=self.metodo.currentData(), mayoria=self.mayoria.currentData(),
                            base=self.base.currentData(), votos={i: self._votos.get(i, 0) for i in ids},
                            blancos=self.blancos.value(), nulos=self.nulos.value(),
                            abstenciones=self.abstenciones.value(), boletas=self.boletas_emitidas.value() or None,
                            no_a_todas=self.no_a_todas.value(), motivo_mayoria=self._motivo())
        return Recuento(metodo=self.metodo.currentData(), mayoria=self.mayoria.currentData(),
                        base=self.base.currentData(), votos={i: self._votos.get(i, 0) for i in ids},
                        blancos=self.blancos.value(), nulos=self.nulos.value(), abstenciones=self.abstenciones.value(),
                        motivo_mayoria=self._motivo())

    def _boletas_escritas(self) -> None:
        """Con boletas escritas una por una, los totales no se escriben (el recuento sale de las boletas)."""
        totales = not self.por_boleta.boletas
        for campo in (*self._contadores.values(), self.boletas_emitidas, self.no_a_todas, self.blancos, self.nulos,
                      self.abstenciones):
            campo.setEnabled(totales and not self._solo_lectura)

    def _motivo(self) -> str | None:
        return (self.motivo.text().strip() or None) if self.cambia_la_regla else None

    def _actualizar(self) -> None:
        """Recalcula el resultado con cada cambio (método, mayoría, base o votos)."""
        if self._eleccion is None or self._eleccion.estado != "abierta" or self._estado is None:
            return
        self._borrador.anotar(self.editor.db, self._punto["id"], self._contenido_del_borrador())
        recuento = self.recuento()
        resultado, votos, problemas = calcular(self._eleccion, recuento, self._estado)
        for clave, etiqueta in self._etiquetas_votos.items():
            etiqueta.setText(str(votos.get(clave, 0)))
        presentes = sum(h.peso for h in self._votantes.values())
        total = sum(votos.values()) + recuento.blancos + recuento.nulos + recuento.abstenciones
        if self._eleccion.boleta == "marcas":   # se cuentan las boletas, no las marcas
            total = max(recuento.boletas or 0, sum(votos.values()))
            self.conteo.setText(self.tr("Boletas: {0} · pueden votar {1} (presentes con derecho a voto, contando los "
                                        "poderes).").format(recuento.boletas or 0, presentes))
        # El exceso de votos lo dice el servicio en el recuadro de abajo, una sola vez: aquí, solo la cuenta.
        elif total > presentes:
            texto = self.tr("Votos contados: {0} · pueden votar {1} (presentes con derecho a voto, contando los "
                            "poderes).").format(total, presentes)
        else:
            texto = self.tr("Votaron {0} de {1} presentes con derecho a voto (contando los poderes).").format(
                total, presentes)
        if self._eleccion.boleta != "marcas":
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
        # Que todavía no hay votos (el servicio dice de qué campo habla cada problema) se indica aparte, abajo.
        self.problemas.mostrar([p for p in problemas if getattr(p, "campo", None) != SIN_VOTOS],
                               self.tr("Antes de cerrar la elección:"))
        if total == 0:
            self._pintar_resultado(None, self.tr("Elija el voto de cada miembro en la tabla.") if recuento.metodo == "nominal"
                                   else self.tr("Escriba las marcas de cada candidatura y cuántas boletas se emitieron "
                                                "(o cada boleta, abajo).") if self._eleccion.boleta == "marcas"
                                   else self.tr("Escriba los votos de cada candidatura, en blanco, nulos y abstenciones."))
            return
        self._pintar_resultado(bool(resultado.ganadoras), resultado.texto, provisorio=True)

    def _pintar_resultado(self, electa: bool | None, texto: str, provisorio: bool = False) -> None:
        pintar_resultado(self.resultado, electa, (self.tr("Si se cierra ahora: ") if provisorio else "") + texto)

    @property
    def texto_resultado(self) -> str:
        return self.resultado.text()
