"""Pestaña Enmiendas del editor de sesiones (issue 64, §2): elegir la moción, ver sus enmiendas en el orden de
votación con su estado, sus autores y sus conflictos, y la comparación de la elegida con el texto (lo quitado
tachado en rojo entre [− −], lo agregado subrayado en verde entre [+ +]: se lee también sin colores); presentar,
admitir, no admitir o retirar una enmienda (o una enmienda a una enmienda, issue 82: en «Presentar enmienda…»,
«Enmienda a:» la enmienda pendiente; se lista «Enmienda 3 (a la 1)» justo antes de ella); votar la que sigue en el orden (y después la moción) con el resultado en
vivo, y adoptar la moción aprobada como resolución o declaración con su texto final.

La votación se hace sin el ratón: Alt+V lleva a «A favor»; Tab recorre En contra, Abstenciones y «Cerrar votación»
(Enter la cierra, con su pregunta). Todo lo decide el servicio (servicios/enmiendas.py y servicios/votaciones_sala.py:
la misma cuenta que la de un punto); la pestaña solo muestra lo que él dice."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QInputDialog, QLabel, QPushButton,
                               QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from ....dominio.mociones import rotulo_de_la_mocion
from ....errores import ErrorEscritorio
from ....servicios import enmiendas as servicio
from ....servicios import votaciones_sala
from ....servicios.pantalla_de_la_sala import recuento_en_vivo
from ....servicios.sesiones.asistencia import asistencia
from ....servicios.sesiones.puntos import regla_del_punto
from ....servicios.votaciones import NuevaVotacion, regla_para_mocion
from ...comun import tr
from ...flujo import FilaFluida
from ...operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ...piezas import (GRIS, ROJO, VERDE, CajaAvisos, DesplazableAlAncho, dato_de_fila, escalar, filas_elegidas,
                       llenar_tabla, nota, pintar_resultado, tabla_lectura)
from ...sala_en_vivo import SalaEnVivo
from .protocolo_del_editor import EditorDeSesion
from .piezas import confirmar_cierre
from .votacion_sala import FormaDeVotarEnLaSala
from .voto_urna import PanelUrna
from ..votacion_teclado import encadenar

QUITADO = "#b3261e"
AGREGADO = "#1b6e34"


def comparacion_en_html(comparados) -> str:
    """La comparación de una enmienda (dominio.enmiendas.comparacion) para leer en pantalla: cada párrafo con lo que
    quita (tachado, rojo, [− −]) y lo que agrega (subrayado, verde, [+ +])."""
    operaciones = {"reemplazar": tr("reemplaza"), "insertar": tr("inserta después"), "suprimir": tr("suprime")}
    partes = []
    for p in comparados:
        marcas = []
        for t in p.tramos:
            if t.tipo == "quitado":
                marcas.append(f"<span style='color:{QUITADO}; text-decoration: line-through;'>[−{escape(t.texto)}−]"
                              "</span>")
            elif t.tipo == "agregado":
                marcas.append(f"<span style='color:{AGREGADO}; text-decoration: underline;'>[+{escape(t.texto)}+]"
                              "</span>")
            else:
                marcas.append(escape(t.texto))
        lugar = tr("al principio") if p.operacion == "insertar" and p.numero == 0 else f"¶{p.numero}"
        partes.append(f"<p><b>{escape(lugar)} — {escape(operaciones.get(p.operacion, p.operacion))}</b><br>"
                      + " ".join(marcas) + "</p>")
    return "".join(partes)


class PestanaEnmiendas(QWidget):
    """Las enmiendas de la moción elegida y su votación, en orden."""

    def __init__(self, editor: EditorDeSesion):
        super().__init__()
        self.editor = editor
        self.listado: servicio.EnmiendasDeLaMocion | None = None
        self._bloque = None   # el bloque de la moción elegida (servicios/bloques_de_mocion.BloqueDeMociones)
        self._mociones: list = []
        self._prevision = None

        self.mocion = QComboBox()
        self.mocion.setMinimumContentsLength(30)
        self.mocion.currentIndexChanged.connect(lambda _: self._mocion_elegida())
        rotulo_mocion = QLabel(self.tr("&Moción:"))
        rotulo_mocion.setBuddy(self.mocion)
        self.estado_mocion = nota()

        self.lista = tabla_lectura([self.tr("Lugar"), self.tr("Enmienda"), self.tr("Estado"), self.tr("Autores"),
                                    self.tr("Choca con")], 3)
        self.lista.setTabKeyNavigation(False)
        self.lista.itemSelectionChanged.connect(self._elegida)
        rotulo_lista = QLabel(self.tr("&Enmiendas en el orden de votación:"))
        rotulo_lista.setBuddy(self.lista)
        self.comparacion = QTextBrowser()
        self.comparacion.setOpenLinks(False)
        self.comparacion.setMinimumWidth(200)

        self.boton_presentar = QPushButton(self.tr("&Presentar enmienda…"))
        self.boton_presentar.clicked.connect(self.presentar)
        self.boton_admitir = QPushButton(self.tr("A&dmitir"))
        self.boton_admitir.clicked.connect(lambda: self._decidir("admitir"))
        self.boton_no_admitir = QPushButton(self.tr("&No admitir…"))
        self.boton_no_admitir.clicked.connect(lambda: self._decidir("no_admitir"))
        self.boton_retirar = QPushButton(self.tr("Re&tirar…"))
        self.boton_retirar.clicked.connect(lambda: self._decidir("retirar"))
        # El orden que fija la presidencia (antes de votar la primera): subir o bajar la elegida, o volver al del
        # reglamento.
        self.boton_antes = QPushButton(self.tr("▲ Antes"))
        self.boton_antes.setShortcut(QKeySequence("Ctrl+Up"))
        self.boton_antes.setToolTip(self.tr("La presidencia la vota antes (Ctrl+↑)"))
        self.boton_antes.clicked.connect(lambda: self._mover(-1))
        self.boton_despues = QPushButton(self.tr("▼ Después"))
        self.boton_despues.setShortcut(QKeySequence("Ctrl+Down"))
        self.boton_despues.setToolTip(self.tr("La presidencia la vota después (Ctrl+↓)"))
        self.boton_despues.clicked.connect(lambda: self._mover(1))
        self.boton_reglamento = QPushButton(self.tr("Orden del reglamento"))
        self.boton_reglamento.setToolTip(self.tr("Vuelve al orden de votación que fija el reglamento del órgano"))
        self.boton_reglamento.clicked.connect(lambda: self._fijar_orden([]))

        # La votación: la que sigue en el orden (una enmienda o la moción).
        self.se_vota = QLabel()
        self.se_vota.setFont(escalar(self.font(), 1.12, negrita=True))
        self.se_vota.setWordWrap(True)
        self.forma = FormaDeVotarEnLaSala()
        # La votación electrónica de lo que sigue (issue 85): abierta, el recuento a mano se oculta.
        self.urna = PanelUrna(editor)
        self.urna.abierta_aqui.connect(self._urna_abierta_aqui)
        self.forma.cambio.connect(self._al_contar)
        self.forma.al_final.connect(lambda: self.boton_cerrar.isEnabled() and self.boton_cerrar.setFocus(
            Qt.FocusReason.TabFocusReason))
        self.a_favor, self.en_contra, self.abstenciones = self.forma.a_favor, self.forma.en_contra, self.forma.abstenciones
        self.ayuda_teclado = nota(self.tr("Alt+V: a favor · Tab: en contra, abstenciones, Cerrar votación · Enter "
                                          "cierra · Nominal: S, N, A en la lista"))
        self.resultado = QLabel()
        self.resultado.setObjectName("resultadoSala")
        self.resultado.setWordWrap(True)
        self.problemas = CajaAvisos()
        self.boton_cerrar = QPushButton(self.tr("&Cerrar votación"))
        self.boton_cerrar.setAutoDefault(True)   # con el foco en el botón, Enter lo pulsa
        self.boton_cerrar.clicked.connect(self.cerrar_votacion)
        self.boton_resolucion = QPushButton(self.tr("Adoptar como &resolución"))
        self.boton_resolucion.clicked.connect(lambda: self.adoptar("resolucion"))
        self.boton_declaracion = QPushButton(self.tr("Adoptar como dec&laración"))
        self.boton_declaracion.clicked.connect(lambda: self.adoptar("declaracion"))

        arriba = QHBoxLayout()
        arriba.addWidget(rotulo_mocion)
        arriba.addWidget(self.mocion, 1)
        izquierda = QWidget()
        caja = QVBoxLayout(izquierda)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(rotulo_lista)
        caja.addWidget(self.lista, 1)
        botones = FilaFluida()   # si no entran en una fila, siguen debajo (pantallas angostas)
        for boton in (self.boton_presentar, self.boton_admitir, self.boton_no_admitir, self.boton_retirar):
            botones.addWidget(boton)
        botones.addStretch(1)
        caja.addLayout(botones)
        # El orden, bajo el detalle de la elegida (lo que mueven): así los botones de la lista caben en una fila y
        # la lista muestra tres enmiendas también en una pantalla baja (1366×768 al 150 %).
        derecha = QWidget()
        columna = QVBoxLayout(derecha)
        columna.setContentsMargins(0, 0, 0, 0)
        columna.addWidget(self.comparacion, 1)
        orden = FilaFluida()
        for boton in (self.boton_antes, self.boton_despues, self.boton_reglamento):
            orden.addWidget(boton)
        orden.addStretch(1)
        columna.addLayout(orden)
        divisor = QSplitter()
        divisor.setChildrenCollapsible(False)
        divisor.addWidget(izquierda)
        divisor.addWidget(derecha)
        divisor.setStretchFactor(0, 3)
        divisor.setStretchFactor(1, 2)
        acciones = FilaFluida()
        for boton in (self.boton_cerrar, self.boton_resolucion, self.boton_declaracion):
            acciones.addWidget(boton)
        acciones.addStretch(1)
        caja = QVBoxLayout(self)
        caja.setContentsMargins(8, 10, 8, 8)
        caja.setSpacing(6)
        caja.addLayout(arriba)
        caja.addWidget(self.estado_mocion)
        caja.addWidget(divisor, 4)
        # En una pantalla baja, lo que se vota y los contadores se desplazan; el resultado, los avisos y los botones
        # quedan siempre a la vista (como en la pestaña Votaciones).
        votacion = QWidget()
        panel = QVBoxLayout(votacion)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.se_vota)
        panel.addWidget(self.ayuda_teclado)
        panel.addWidget(self.forma)
        panel.addWidget(self.urna)   # debajo del recuento a mano: los contadores quedan a la vista en una pantalla baja
        desplazable = DesplazableAlAncho()
        desplazable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        desplazable.setWidget(votacion)
        caja.addWidget(desplazable, 3)
        caja.addWidget(self.resultado)
        caja.addWidget(self.problemas)
        caja.addLayout(acciones)
        encadenar(self.mocion, self.lista, self.boton_presentar, self.boton_admitir, self.boton_no_admitir,
                  self.boton_retirar, self.boton_antes, self.boton_despues, self.boton_reglamento,
                  *self.forma.campos[:4], self.boton_cerrar, *self.forma.campos[4:], self.boton_resolucion,
                  self.boton_declaracion, *self.urna.paradas_de_tab)

    # --- leer ---
    def cargar(self) -> None:
        if self.editor.sesion_id is None:
            return
        elegida = self.mocion.currentData()
        mociones = consultar_en_la_ventana(
            self, lambda: servicio.mociones_de_la_sesion(self.editor.contexto, self.editor.sesion_id),
            que="mociones de la sesión")
        if mociones is FALLO:
            return
        self._mociones = mociones
        self.mocion.blockSignals(True)
        self.mocion.clear()
        for m in mociones:
            self.mocion.addItem(f"{rotulo_de_la_mocion(m['numero'], m['prefijo'])}: {m['titulo']}", m["id"])
        indice = self.mocion.findData(elegida)
        self.mocion.setCurrentIndex(indice if indice >= 0 else (0 if mociones else -1))
        self.mocion.blockSignals(False)
        self._mocion_elegida(reiniciar=False)

    def _mocion_elegida(self, reiniciar: bool = True) -> None:
        mocion_id = self.mocion.currentData()
        if mocion_id is None:
            self.listado = None
            self.estado_mocion.setText(self.tr("La sesión no tiene mociones."))
            llenar_tabla(self.lista, [])
            self.comparacion.clear()
            self._panel_de_votacion()
            return
        elegida = self._enmienda_elegida()
        # Releer la misma moción sin enmienda elegida (se ve la moción: se vota o ya se adoptó) la deja así; elegir
        # la primera enmienda llevaría la sala (el proyector) de vuelta a ella.
        sin_elegir = elegida is None and self.listado is not None and self.listado.mocion_id == mocion_id
        listado = consultar_en_la_ventana(self, lambda: self._con_su_bloque(mocion_id), que="enmiendas de la moción")
        if listado is FALLO:
            return
        listado, self._bloque = listado
        self.listado = listado
        criterio = (self.tr("fijado por la presidencia") if listado.orden_fijado
                    else self.tr("la más alejada del texto primero") if listado.criterio == "mas_lejana"
                    else self.tr("por orden de presentación"))
        self.estado_mocion.setText(self.tr("Estado: {0} · Orden de votación: {1}{2}").format(
            servicio.nombre_del_estado(listado.estado), criterio,
            f" ({listado.articulo})" if listado.articulo and not listado.orden_fijado else ""))
        filas, colores = [], []
        for e in listado.enmiendas:
            chocan = (self.tr("afectada por la {0}").format(", ".join(map(str, e.afectada_por))) if e.afectada_por
                      else ", ".join(map(str, e.conflictos)))
            nombre = (self.tr("Enmienda {0} (a la {1})").format(e.numero, e.enmienda_de) if e.enmienda_de
                      else self.tr("Enmienda {0}").format(e.numero))
            filas.append([f"{e.posicion}.º" if e.posicion else "—", nombre,
                          servicio.nombre_del_estado(e.estado), ", ".join(a.nombre for a in e.autores), chocan])
            colores.append({"aprobada": VERDE, "rechazada": ROJO, "decaida": GRIS, "retirada": GRIS,
                            "no_admitida": GRIS}.get(e.estado))
        self.lista.blockSignals(True)
        llenar_tabla(self.lista, filas, datos=list(listado.enmiendas), color=lambda n: colores[n])
        fila = next((n for n, e in enumerate(listado.enmiendas) if elegida and e.id == elegida.id),
                    0 if listado.enmiendas and not sin_elegir else None)
        if fila is not None:
            self.lista.selectRow(fila)
        self.lista.blockSignals(False)
        self._elegida()
        self._panel_de_votacion(reiniciar)

    def _enmienda_elegida(self):
        filas = filas_elegidas(self.lista)
        return dato_de_fila(self.lista, filas[0]) if filas else None

    def _elegida(self) -> None:
        e = self._enmienda_elegida()
        listado = self.listado
        if listado is None:
            return
        if e is None:
            final = consultar_en_la_ventana(self, lambda: servicio.texto_final(self.editor.contexto,
                                                                               listado.mocion_id), que="texto final")
            if final is not FALLO:
                self.comparacion.setHtml("".join(f"<p>{escape(p)}</p>" for p in final.parrafos))
        else:
            self.comparacion.setHtml(self._detalle(e))
        self._enfocar()
        self._botones_de_la_elegida(e, listado)

    def _detalle(self, e: servicio.EnmiendaListada) -> str:
        """La comparación de la elegida con lo que la afecta (la enmienda a ella aprobada, la que choca), su motivo y
        su resultado."""
        titulo = (self.tr("Enmienda {0}, a la enmienda {1} (contra el texto que esta propone)").format(
            e.numero, e.enmienda_de) if e.enmienda_de else self.tr("Enmienda {0}").format(e.numero))
        notas = [self.tr("Enmendada por la enmienda {0}: se vota y se aplica con ese texto.").format(
                     ", ".join(map(str, e.enmendada_por))) if e.enmendada_por else None,
                 self.tr("Afectada por la enmienda {0}: cambia el mismo párrafo.").format(
                     ", ".join(map(str, e.afectada_por))) if e.afectada_por else None,
                 e.motivo]
        return (f"<h3>{escape(titulo)}</h3>" + comparacion_en_html(e.comparacion)
                + "".join(f"<p><i>{escape(n)}</i></p>" for n in notas if n)
                + (f"<p>{escape(e.resultado)}</p>" if e.resultado else ""))

    def _botones_de_la_elegida(self, e: servicio.EnmiendaListada | None, listado) -> None:
        editable = not self.editor.solo_lectura
        self.boton_admitir.setEnabled(editable and e is not None and e.estado == "presentada")
        self.boton_no_admitir.setEnabled(editable and e is not None and e.estado == "presentada")
        self.boton_retirar.setEnabled(editable and e is not None and e.estado in servicio.PENDIENTES)
        # El orden se fija antes de votar la primera (el servicio lo exige; aquí solo no se ofrece).
        sin_votar = editable and not any(x.resultado for x in listado.enmiendas) and listado.estado in (
            "presentada", "admitida")
        # La presidencia ordena las enmiendas a la moción; las enmiendas a una enmienda van justo antes de ella.
        orden = self._orden_de_la_presidencia()
        lugar = orden.index(e.id) + 1 if e is not None and e.id in orden else None
        self.boton_antes.setEnabled(sin_votar and lugar is not None and lugar > 1)
        self.boton_despues.setEnabled(sin_votar and lugar is not None and lugar < len(orden))
        self.boton_reglamento.setEnabled(sin_votar and listado.orden_fijado)

    def _enfocar(self) -> None:
        """La sala (el proyector) sigue la moción y la enmienda elegidas, solo con la pestaña a la vista: releer
        la pestaña escondida (después de un acto en otra) no le quita la sala a la pestaña que se usa."""
        if self.listado is None or not self.isVisible():
            return
        e = self._enmienda_elegida()
        SalaEnVivo.de(self).enfocar(sesion_id=self.editor.sesion_id, punto_id=self.listado.punto_id,
                                    mocion_id=self.listado.mocion_id, enmienda_id=e.id if e else None)

    def showEvent(self, evento) -> None:  # noqa: N802 - Qt
        super().showEvent(evento)
        self._enfocar()

    # --- la votación ---
    def _con_su_bloque(self, mocion_id: int):
        """Las enmiendas de la moción y, si está en un bloque, el bloque (con sus mociones): se vota con él."""
        from ....servicios.bloques_de_mocion import obtener_bloque

        listado = servicio.listar(self.editor.contexto, mocion_id)
        return listado, (obtener_bloque(self.editor.contexto, listado.bloque_id)
                         if listado.bloque_id is not None else None)

    def _lo_que_sigue(self):
        """(enmienda o None para la moción, texto) de lo que se vota ahora; (False, texto) si no queda nada."""
        listado = self.listado
        if listado is None:
            return False, ""
        if listado.estado in ("aprobada", "rechazada"):
            return False, self.tr("La moción {0} ya se votó: {1}.").format(
                listado.numero, servicio.nombre_del_estado(listado.estado))
        if listado.estado != "admitida":
            return False, self.tr("La moción {0} está {1}: se vota cuando se admite.").format(
                listado.numero, servicio.nombre_del_estado(listado.estado))
        proxima = listado.proxima()
        if proxima is not None:
            return proxima, self.tr("Se vota: enmienda {0} (lugar {1} del orden de votación)").format(
                proxima.numero, proxima.posicion)
        sin_decidir = [e.numero for e in listado.enmiendas if e.estado == "presentada"]
        if sin_decidir:
            return False, self.tr("Antes de votar la moción, admita o no las enmiendas {0}.").format(
                ", ".join(map(str, sin_decidir)))
        if listado.bloque_id is not None and self._bloque is not None:
            return None, self.tr("Se vota: el bloque «{0}» ({1}), una votación para todas").format(
                self._bloque.nombre, ", ".join(self._bloque.mociones))
        return None, self.tr("Se vota: la moción {0}").format(listado.numero)

    def _urna_de_lo_que_sigue(self, que) -> None:
        """La urna electrónica de la enmienda o la moción que se vota (un bloque se vota a mano)."""
        bloque = que is None and self.listado is not None and self.listado.bloque_id is not None
        if que is False or bloque:
            self.urna.mostrar("mocion", 0, False)
        elif que is None:
            self.urna.mostrar("mocion", self.listado.mocion_id, True)
        else:
            self.urna.mostrar("enmienda", que.id, True)

    def _urna_abierta_aqui(self, aqui: bool) -> None:
        for widget in (self.forma, self.ayuda_teclado, self.boton_cerrar):
            widget.setVisible(not aqui)
        if aqui:
            self.resultado.hide()
            self.problemas.mostrar([])

    def _panel_de_votacion(self, reiniciar: bool = True) -> None:
        que, texto = self._lo_que_sigue()
        self.se_vota.setText(texto)
        self._urna_de_lo_que_sigue(que)
        abierta = que is not False and not self.editor.solo_lectura
        if que is not False:
            self._preparar_forma(reiniciar)
        self.forma.fijar_habilitada(abierta)
        aprobada = self.listado is not None and self.listado.estado == "aprobada"
        adoptada = aprobada and any(m["id"] == self.listado.mocion_id and m["resolucion_id"] for m in self._mociones)
        for boton in (self.boton_resolucion, self.boton_declaracion):
            boton.setVisible(aprobada)
            boton.setEnabled(aprobada and not adoptada and not self.editor.solo_lectura)
        if not abierta:
            self.resultado.hide()
            self.problemas.mostrar([])
            self.boton_cerrar.setEnabled(False)
            SalaEnVivo.de(self).votacion_en_curso(None)
            return
        self._actualizar()

    def _preparar_forma(self, reiniciar: bool) -> None:
        """La regla de mayoría del punto de la moción y quienes pueden votar ahora (presentes con voto y poderes)."""
        mocion = next(m for m in self._mociones if m["id"] == self.listado.mocion_id)
        contexto = self.editor.contexto

        def leer():
            return (regla_del_punto(contexto, mocion["punto_id"]),
                    asistencia(contexto, mocion["sesion_id"], mocion["tipo_decision"]))

        leido = consultar_en_la_ventana(self, leer, que="regla y asistencia para votar")
        if leido is FALLO:
            return
        del_punto, estado = leido
        presentes = {h.miembro_id for h in estado.habilitados if h.estado == "presente"}
        votantes = [h for h in estado.habilitados
                    if h.con_voto and (h.estado == "presente" or h.poder_a in presentes)]
        self.forma.preparar(regla_para_mocion(del_punto.mayoria), del_punto.fija, votantes,
                            {h.miembro_id: h.miembro for h in estado.habilitados}, reiniciar)

    def _nueva(self) -> NuevaVotacion:
        return self.forma.nueva()

    def _al_contar(self) -> None:
        """La secretaría cambió el recuento (la forma avisa solo lo que se escribe, no lo que se carga)."""
        nueva = self.forma.nueva()
        contados = nueva.a_favor or nueva.en_contra or nueva.abstenciones or nueva.nominales
        if self.listado is not None and contados and self._lo_que_sigue()[0] is not False:
            self._elegir_lo_que_se_vota()
        self._actualizar()

    def _actualizar(self) -> None:
        """El resultado en vivo, con la cuenta del servicio (la misma que al cerrar)."""
        if self.listado is None or self._lo_que_sigue()[0] is False:
            return
        if self.urna.es_la_de_aqui:   # se vota en la urna: no hay recuento a mano que mostrar
            self.resultado.hide()
            self.problemas.mostrar([])
            return
        prevision = consultar_en_la_ventana(self, lambda: votaciones_sala.prever(
            self.editor.contexto, self.listado.mocion_id, self._nueva()), que="resultado de la votación")
        if prevision is FALLO:
            return
        self._prevision = prevision
        self.problemas.mostrar(prevision.todos_los_problemas, self.tr("Antes de cerrar la votación:"))
        self.resultado.setVisible(prevision.resultado is not None)
        texto = None
        if prevision.resultado is not None:
            texto = self.tr("Si se cierra ahora: ") + prevision.resultado.texto
            pintar_resultado(self.resultado, prevision.resultado.aprobada, texto)
        self.boton_cerrar.setEnabled(prevision.se_puede_cerrar and not self.editor.solo_lectura)
        # En curso desde el primer voto contado: con todo en cero, la sala todavía no está votando.
        # El mismo recuento corto que proyecta la pestaña Votaciones: lo que se vota ya está en la pantalla (el foco).
        SalaEnVivo.de(self).votacion_en_curso(recuento_en_vivo(
            self.editor.contexto, prevision.a_favor, prevision.en_contra, prevision.abstenciones))

    def confirmar_cierre(self, que: str, resultado: str) -> bool:
        """«¿Cerrar la votación de …?» con lo que queda registrado; Cancelar es el botón por omisión y el de Esc."""
        return confirmar_cierre(self, self.tr("Cerrar votación"), self.tr("¿Cerrar la votación? {0}.").format(que),
                                self.tr("Queda registrado: {0}\n\nLa votación cerrada no se puede repetir ni "
                                        "corregir.").format(resultado))

    def cerrar_votacion(self) -> None:
        que, texto = self._lo_que_sigue()
        prevision = self._prevision
        if que is False or prevision is None or prevision.resultado is None:
            return
        if not prevision.se_puede_cerrar:
            self.problemas.mostrar(prevision.todos_los_problemas, self.tr("No se registró la votación:"),
                                   clase="error")
            return
        if not self.confirmar_cierre(texto, prevision.resultado.texto) or not self.editor.confirmar_acto():
            return
        contexto, nueva, mocion_id = self.editor.contexto, self._nueva(), self.listado.mocion_id
        votar = ((lambda: votaciones_sala.votar_mocion(contexto, mocion_id, nueva)) if que is None
                 else (lambda: votaciones_sala.votar_enmienda(contexto, que.id, nueva)))
        if que is None and self.listado.bloque_id is not None:   # la moción de un bloque se vota con él
            bloque_id = self.listado.bloque_id
            votar = lambda: votaciones_sala.votar_bloque(contexto, bloque_id, nueva)  # noqa: E731
        if hacer_en_la_ventana(self, self.editor.oficina, votar, que="cerrar la votación de la sala",
                               al_rechazar=self._rechazada) is None:
            return
        SalaEnVivo.de(self).votacion_en_curso(None)
        self.editor.recargar()   # la sesión pudo pasar a «Celebrada»; esta pestaña se relee con ella
        self._panel_de_votacion(reiniciar=True)   # la que sigue arranca en cero
        SalaEnVivo.de(self).avisar()
        self.forma.primer_campo().setFocus(Qt.FocusReason.OtherFocusReason)   # la siguiente, sin tocar el ratón

    def _elegir_lo_que_se_vota(self) -> None:
        """Al contar los votos, la lista elige lo que se vota: la enmienda del turno, o ninguna cuando toca la
        moción (se ve su texto con las aprobadas). El proyector sigue a la elegida: muestra lo que la sala vota, su
        recuento y después su resultado, no la enmienda que se votó antes (cuyo resultado queda a la vista hasta
        que se empieza a contar la siguiente)."""
        que, _texto = self._lo_que_sigue()
        fila = (next((n for n, e in enumerate(self.listado.enmiendas) if e.id == que.id), None)
                if que is not None and que is not False else None)
        if fila is None:
            self.lista.clearSelection()
        else:
            self.lista.selectRow(fila)

    def _rechazada(self, error: ErrorEscritorio) -> None:
        self._mocion_elegida(reiniciar=False)
        self.problemas.mostrar(getattr(error, "problemas", None) or [error.mensaje],
                               self.tr("No se registró la votación:"), clase="error")

    def adoptar(self, tipo: str) -> None:
        if self.listado is None or not self.editor.confirmar_acto():
            return
        contexto, mocion_id = self.editor.contexto, self.listado.mocion_id
        hecho = hacer_en_la_ventana(self, self.editor.oficina,
                                    lambda: votaciones_sala.adoptar_mocion(contexto, mocion_id, tipo),
                                    que="adoptar la moción")
        if hecho is None:
            return
        self.editor.recargar()
        SalaEnVivo.de(self).avisar()
        self.lista.clearSelection()   # sin enmienda elegida se ve el texto final adoptado
        self.problemas.mostrar([], conforme=self.tr("Adoptada: {0}, con el texto final de la moción.").format(
            hecho.resultado["numero"]))

    # --- las enmiendas ---
    def presentar(self) -> None:
        from ..dialogo_enmienda import DialogoEnmienda

        if self.listado is None:
            return
        dialogo = DialogoEnmienda(self.editor.oficina, self.listado, self)
        if dialogo.exec():
            self._mocion_elegida(reiniciar=False)
            SalaEnVivo.de(self).avisar()

    def _decidir(self, decision: str) -> None:
        e = self._enmienda_elegida()
        if e is None:
            return
        motivo = None
        if decision in ("no_admitir", "retirar"):
            titulo = self.tr("No admitir la enmienda") if decision == "no_admitir" else self.tr("Retirar la enmienda")
            motivo, aceptado = QInputDialog.getText(self, titulo, self.tr("Motivo:"))
            if not aceptado:
                return
        contexto = self.editor.contexto
        hacer = {"admitir": lambda: servicio.admitir(contexto, e.id),
                 "no_admitir": lambda: servicio.no_admitir(contexto, e.id, motivo),
                 "retirar": lambda: servicio.retirar(contexto, e.id, motivo or None)}[decision]
        if hacer_en_la_ventana(self, self.editor.oficina, hacer, que="decidir sobre una enmienda") is None:
            return
        self._mocion_elegida(reiniciar=False)
        SalaEnVivo.de(self).avisar()

    def _orden_de_la_presidencia(self) -> list[int]:
        """Las enmiendas a la moción que se votan, en su orden: lo que la presidencia mueve (servicio.fijar_orden)."""
        return [x.id for x in self.listado.enmiendas if x.posicion is not None and x.enmienda_de is None]

    def _mover(self, paso: int) -> None:
        e = self._enmienda_elegida()
        if e is None or e.posicion is None or self.listado is None or e.enmienda_de is not None:
            return
        orden = self._orden_de_la_presidencia()
        i = orden.index(e.id)
        j = i + paso
        if not 0 <= j < len(orden):
            return
        orden[i], orden[j] = orden[j], orden[i]
        self._fijar_orden(orden)

    def _fijar_orden(self, orden: list[int]) -> None:
        contexto, mocion_id = self.editor.contexto, self.listado.mocion_id
        if hacer_en_la_ventana(self, self.editor.oficina, lambda: servicio.fijar_orden(contexto, mocion_id, orden),
                               que="fijar el orden de votación") is None:
            return
        self._mocion_elegida(reiniciar=False)
        SalaEnVivo.de(self).avisar()

    def fijar_solo_lectura(self, solo_lectura: bool) -> None:
        self.boton_presentar.setEnabled(not solo_lectura)
        if self.listado is not None:
            self._elegida()
            self._panel_de_votacion(reiniciar=False)
