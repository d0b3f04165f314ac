"""Pestaña Mociones del editor de sesiones (issue 64): las mociones de la sesión (número, punto, título, autores,
estado y si llegaron fuera de plazo), el texto de la elegida con su historia, y las decisiones sobre ella con
botones y atajos de teclado (Alt+letra, en el rótulo subrayada y en la ayuda emergente; ninguna es la de un menú
de la ventana: Archivo, Edición, Documentos y Ayuda usan A, E, D e Y): presentar, sumar o retirar apoyos (issue 82),
admitir (fuera de plazo, el aviso y el motivo antes), no admitir, retirar, derivar, aplazar, dejar sin tratar (Alt+I),
retomar (las decisiones que el flujo de las mociones del órgano no admite no se muestran: issue 82), la
recomendación de una comisión (issue 82) y la categoría (issue 82, Alt+G: con ella la moción se nombra con su prefijo,
«HAC 3» en la columna N.º y «Moción HAC 3» en el detalle) y el bloque de mociones (issue 82, Alt+B: se vota junto, en la
pestaña Enmiendas; la columna Estado lo nombra). Elegir una mueve el foco de
la sala en vivo (el proyector la muestra); cada escritura la avisa."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QLabel, QPushButton, QScrollArea, QSplitter, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ....dominio.mociones import ANTES_DEL_VOTO
from ....dominio.sesiones import a_organo
from ....servicios import mociones as servicio
from ....servicios.apoyos_y_recomendaciones import describir_recomendacion
from ....servicios.enmiendas import texto_final
from ....servicios.reglas_de_la_sala import reglas_de_la_sala
from ...comun import descartar, fecha_dma
from ...flujo import FilaFluida
from ...operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ...piezas import ROJO, nota
from ...piezas.tablas import tabla_lectura
from ...sala_en_vivo import SalaEnVivo
from ..recomendacion import resumen_de_apoyos
from .protocolo_del_editor import EditorDeSesion


# Las decisiones de la secretaría o de la sala que tienen su botón (las que el flujo del órgano admite se encienden).
DECISIONES = ("admitida", "no_admitida", "retirada", "derivada", "aplazada", "no_tratada")


class PestanaMociones(QWidget):
    """La lista de mociones de la sesión y, debajo, la elegida entera."""

    def __init__(self, editor: EditorDeSesion):
        super().__init__()
        self.editor = editor
        self.mociones: list[servicio.Mocion] = []
        self._elegida: int | None = None
        self._en_el_flujo: set[str] = set(DECISIONES)
        self.tabla = tabla_lectura([self.tr("N.º"), self.tr("Punto"), self.tr("Título"), self.tr("Autores"),
                                    self.tr("Estado"), self.tr("Plazo")], 2)
        self.tabla.itemSelectionChanged.connect(self._elegido)
        self.detalle = QLabel()
        self.detalle.setWordWrap(True)
        self.detalle.setTextFormat(Qt.TextFormat.RichText)
        self.detalle.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detalle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        desplazable = QScrollArea()
        desplazable.setWidgetResizable(True)
        desplazable.setWidget(self.detalle)
        self.vacio = nota(self.tr("La sesión no tiene mociones. Registre las recibidas con «Presentar…» (Alt+P)."))

        self.botones: dict[str, QPushButton] = {}
        for clave, texto, atajo, ayuda, funcion in (
                ("presentar", self.tr("&Presentar…"), "Alt+P", self.tr("Registra una moción recibida"),
                 self.presentar),
                ("apoyar", self.tr("Ap&oyar…"), "Alt+O", self.tr("Suma o retira el apoyo de un miembro (presentada)"),
                 self.apoyar),
                ("admitida", self.tr("Ad&mitir"), "Alt+M", self.tr("Admite la moción (fuera de plazo, pide el motivo)"),
                 self.admitir),
                ("no_admitida", self.tr("&No admitir…"), "Alt+N", self.tr("No la admite, con el motivo"),
                 lambda: self._decidir("no_admitida")),
                ("retirada", self.tr("&Retirar…"), "Alt+R", self.tr("Sus autores la retiran"),
                 lambda: self._decidir("retirada")),
                ("derivada", self.tr("Deri&var…"), "Alt+V", self.tr("La sala la deriva a un órgano, con el motivo"),
                 lambda: self._decidir("derivada")),
                ("aplazada", self.tr("Apla&zar…"), "Alt+Z", self.tr("La sala la aplaza a una sesión posterior"),
                 lambda: self._decidir("aplazada")),
                ("no_tratada", self.tr("S&in tratar…"), "Alt+I",
                 self.tr("La sala no llegó a ocuparse de ella (si el flujo de las mociones del órgano lo admite)"),
                 lambda: self._decidir("no_tratada")),
                ("retomar", self.tr("Re&tomar…"), "Alt+T", self.tr("La aplazada, en un punto de una sesión posterior"),
                 self.retomar),
                ("recomendar", self.tr("Re&comendación…"), "Alt+C",
                 self.tr("Lo que una comisión recomienda a la sala antes de votarla"), self.recomendar),
                ("categoria", self.tr("Cate&goría…"), "Alt+G",
                 self.tr("La categoría de la moción, que le da su prefijo («Moción HAC 3»), mientras no se votó"),
                 self.categorizar),
                ("bloque", self.tr("&Bloque…"), "Alt+B",
                 self.tr("Pone la moción admitida en un bloque de mociones, que se vota junto, o la quita de él"),
                 self.poner_en_un_bloque),
                ("lineas", self.tr("&Líneas…"), "Alt+L",
                 self.tr("El texto con sus números de línea y las recomendaciones de cambio por línea"),
                 self.lineas)):
            boton = QPushButton(texto)
            boton.setToolTip(f"{ayuda} ({atajo})")
            boton.clicked.connect(funcion)
            self.botones[clave] = boton
        self.boton_reglas = QPushButton(self.tr("Reglas de la sala…"))
        self.boton_reglas.setToolTip(self.tr("El plazo de las mociones, los tiempos de palabra y el orden de las "
                                             "enmiendas del órgano"))
        self.boton_reglas.clicked.connect(self.reglas_de_la_sala)
        # En una pantalla angosta los botones bajan a otra línea en lugar de ensanchar la ventana.
        fila = FilaFluida()
        for boton in self.botones.values():
            fila.addWidget(boton)
        fila.addStretch()
        fila.addWidget(self.boton_reglas)

        arriba = QWidget()
        caja = QVBoxLayout(arriba)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(self.tabla, 1)
        caja.addWidget(self.vacio)
        divisor = QSplitter(Qt.Orientation.Vertical)
        divisor.setChildrenCollapsible(False)
        divisor.addWidget(arriba)
        divisor.addWidget(desplazable)
        divisor.setSizes([220, 260])
        caja = QVBoxLayout(self)
        caja.setContentsMargins(8, 10, 8, 8)
        caja.addLayout(fila)
        caja.addWidget(divisor, 1)

    # --- leer y mostrar ---
    def cargar(self) -> None:
        if self.editor.db is None or self.editor.sesion_id is None:
            return
        contexto, sesion = self.editor.contexto, self.editor.sesion
        leidas = consultar_en_la_ventana(self, lambda: (servicio.listar(contexto, sesion_id=self.editor.sesion_id),
                                                        reglas_de_la_sala(contexto, sesion["organo_id"]).flujo),
                                         que="mociones")
        if leidas is FALLO:
            return
        leidas, flujo = leidas
        # Las decisiones que el flujo del órgano nunca admite no se ofrecen (issue 82: el flujo simple no deriva).
        self._en_el_flujo = {hacia for _, hacia in flujo or ()}
        self.mociones = leidas
        elegida = self._elegida
        self.tabla.blockSignals(True)
        self.tabla.setRowCount(len(leidas))
        fila_elegida = 0 if leidas else -1
        for fila, m in enumerate(leidas):
            plazo = self.tr("fuera de plazo") if m.fuera_de_plazo else ""
            for columna, texto in enumerate((m.identificador, m.punto, m.titulo, ", ".join(f.nombre for f in m.autores),
                                             self._estado_en_la_tabla(m), plazo)):
                item = QTableWidgetItem(texto)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                if columna == 0 and m.categoria:
                    item.setToolTip(self.tr("Categoría: {0}").format(m.categoria))
                if columna == 5 and m.fuera_de_plazo:
                    item.setForeground(QColor(ROJO))
                    item.setToolTip(m.aviso_de_plazo or "")
                if columna == 4:
                    item.setToolTip(describir_recomendacion(m) or "")
                self.tabla.setItem(fila, columna, item)
            if m.id == elegida:
                fila_elegida = fila
        self.tabla.blockSignals(False)
        self.vacio.setVisible(not leidas)
        self.tabla.setVisible(bool(leidas))
        if fila_elegida >= 0:
            self.tabla.selectRow(fila_elegida)
        self._elegido()

    def _estado_en_la_tabla(self, m: servicio.Mocion) -> str:
        """«Presentada · 1/3» mientras junta los apoyos que pide el reglamento (la recomendación, si la hay, en la
        ayuda emergente de la celda)."""
        if m.estado == "presentada" and m.minimo_apoyos:
            return f"{m.nombre_estado} · {len(m.apoyos)}/{m.minimo_apoyos}"
        if m.bloque:   # la moción de un bloque se vota con él (issue 82)
            return self.tr("{0} · bloque «{1}»").format(m.nombre_estado, m.bloque)
        return m.nombre_estado

    @property
    def mocion(self) -> servicio.Mocion | None:
        return next((m for m in self.mociones if m.id == self._elegida), None)

    def seleccionar(self, mocion_id: int) -> None:
        fila = next((f for f, m in enumerate(self.mociones) if m.id == mocion_id), None)
        if fila is not None:
            self.tabla.selectRow(fila)

    def _elegido(self) -> None:
        filas = self.tabla.selectionModel().selectedRows()
        self._elegida = self.mociones[filas[0].row()].id if filas and self.mociones else None
        m = self.mocion
        self.detalle.setText(self._html(m) if m is not None else "")
        self._actualizar_botones()
        self._enfocar()

    def _enfocar(self) -> None:
        """La sala (el proyector) sigue la moción elegida, solo con la pestaña a la vista: releer la pestaña
        escondida (después de un acto en otra) no le quita la sala a la pestaña que se usa."""
        m = self.mocion
        if m is not None and self.isVisible():
            SalaEnVivo.de(self).enfocar(sesion_id=m.sesion_id, punto_id=m.punto_id, mocion_id=m.id)

    def showEvent(self, evento) -> None:  # noqa: N802 - Qt
        super().showEvent(evento)
        self._enfocar()

    def _cabecera(self, m: servicio.Mocion) -> list[str]:
        """El título, el punto, los firmantes (con los apoyos que pide el reglamento), la fecha y el estado."""
        partes = [f"<h3>{escape(m.rotulo)} — {escape(m.titulo)}</h3>",
                  f"<p>{escape(self.tr('Punto {0}: {1}').format(m.punto, m.punto_titulo))}<br>"
                  f"{escape(self.tr('Autores: {0}').format(', '.join(f.nombre for f in m.autores)))}"]
        if m.categoria:
            partes.append("<br>" + escape(self.tr("Categoría: {0} ({1})").format(m.categoria, m.prefijo)))
        if m.bloque:
            partes.append("<br>" + escape(self.tr("Bloque: {0} (se vota con él)").format(m.bloque)))
        if m.apoyos or m.minimo_apoyos:
            partes.append("<br>" + escape(resumen_de_apoyos(m)))
        partes.append("<br>" + escape(self.tr("Recibida el {0}").format(fecha_dma(m.recibida_el))))
        if m.plazo:
            partes.append(escape(self.tr("; plazo hasta el {0}").format(fecha_dma(m.plazo))))
        # Recién admitida fuera de plazo, el motivo de la decisión es el de admitirla: se dice una vez, abajo.
        repetido = m.estado == "admitida" and m.motivo == m.motivo_admision
        estado = m.nombre_estado + (f" — {m.motivo}" if m.motivo and not repetido else "")
        if m.organo_derivada:
            estado += f" ({a_organo(m.organo_derivada)})"   # «(al Consejo)», «(a la Comisión Directiva)»
        partes.append("<br><b>" + escape(self.tr("Estado: {0}").format(estado)) + "</b></p>")
        return partes

    def _html(self, m: servicio.Mocion) -> str:
        partes = self._cabecera(m)
        if m.aviso_de_plazo:
            partes.append(f"<p style='color: {ROJO};'>{escape(m.aviso_de_plazo)}</p>")
        if m.recomendacion:
            partes.append(f"<p><b>{escape(describir_recomendacion(m))}</b></p>")
        if m.motivo_admision:
            partes.append("<p><b>" + escape(self.tr("Admitida fuera de plazo: {0}").format(m.motivo_admision))
                          + "</b></p>")
        # Con enmiendas aprobadas, lo que rige es el texto enmendado (el mismo que adopta la resolución); el presentado
        # queda debajo, para comparar.
        final = consultar_en_la_ventana(self, lambda: texto_final(self.editor.contexto, m.id),
                                        que="texto enmendado de la moción")
        if final is not FALLO and (final.aprobadas or final.recomendaciones):
            partes.append("<p><b>" + escape(self.tr("Texto con las enmiendas aprobadas ({0}):").format(
                ", ".join(str(n) for n in final.aprobadas)) if final.aprobadas else "")
                          + escape(" " + self.tr("Con las recomendaciones de cambio aceptadas ({0}).").format(
                              ", ".join(str(n) for n in final.recomendaciones)) if final.recomendaciones else "")
                          + "</b></p>")
            partes += [f"<p><b>[{n}]</b> {escape(p)}</p>" for n, p in enumerate(final.parrafos, 1)]
            partes.append("<p><i>" + escape(self.tr("Texto presentado:")) + "</i></p>")
        partes += [f"<p><b>[{n}]</b> {escape(p)}</p>" for n, p in enumerate(m.parrafos, 1)]
        if m.fundamento:
            partes.append(f"<p><i>{escape(self.tr('Fundamento:'))}</i> {escape(m.fundamento)}</p>")
        if m.viene_de or m.retomada_en:
            cadena = consultar_en_la_ventana(self, lambda: servicio.historia(self.editor.contexto, m.id),
                                             que="historia de la moción")
            if cadena is not FALLO:
                partes.append("<p><b>" + escape(self.tr("Historia")) + "</b><br>" + "<br>".join(
                    escape(f"{fecha_dma(p.fecha)} — {p.sesion}, {self.tr('moción {0}').format(p.numero)}: "
                           f"{p.nombre_estado}" + (f" ({p.motivo})" if p.motivo else "")) for p in cadena) + "</p>")
        return "".join(partes)

    def _actualizar_botones(self) -> None:
        m = self.mocion
        editable = not self.editor.solo_lectura
        self.botones["presentar"].setEnabled(editable and bool(self.editor.puntos))
        posibles = m.decisiones if m is not None else ()
        for clave in DECISIONES:
            self.botones[clave].setVisible(clave in self._en_el_flujo)
            self.botones[clave].setEnabled(editable and clave in posibles)
        self.botones["retomar"].setEnabled(m is not None and m.estado == "aplazada" and m.retomada_en is None)
        self.botones["apoyar"].setEnabled(editable and m is not None and m.estado == "presentada")
        self.botones["recomendar"].setEnabled(editable and m is not None and m.estado in ANTES_DEL_VOTO)
        self.botones["categoria"].setEnabled(editable and m is not None and m.estado in ANTES_DEL_VOTO)
        self.botones["bloque"].setEnabled(editable and m is not None and m.estado == "admitida")
        self.botones["lineas"].setEnabled(m is not None)

    def fijar_solo_lectura(self, solo_lectura: bool) -> None:
        # Con el acta aprobada, «Presentar…» está apagado: el aviso no lo ofrece (issue 78).
        self.vacio.setText(self.tr("La sesión no tuvo mociones.") if solo_lectura else
                           self.tr("La sesión no tiene mociones. Registre las recibidas con «Presentar…» (Alt+P)."))
        self._actualizar_botones()

    # --- escribir ---
    def _escrito(self, mocion_id: int | None = None) -> None:
        """Después de cada escritura: se relee la sesión (derivar o aplazar pudo dejarla «Celebrada»), se vuelve a
        la moción y se avisa a la sala en vivo."""
        if mocion_id is not None:
            self._elegida = mocion_id
        self.editor.recargar()
        self.editor.cambiado.emit()
        SalaEnVivo.de(self).avisar()

    def presentar(self) -> None:
        from ..mocion import DialogoPresentarMocion

        if self.editor.solo_lectura or not self.editor.puntos:
            return
        from ....servicios.categorias_de_mocion import listar as categorias

        leidas = consultar_en_la_ventana(self, lambda: categorias(self.editor.contexto, self.editor.sesion["organo_id"]),
                                         que="leer las categorías de mociones")
        if leidas is FALLO:
            return
        foco = SalaEnVivo.de(self).foco
        dialogo = DialogoPresentarMocion(self.editor.oficina, self.editor.puntos,
                                         self.mocion.punto_id if self.mocion else foco.punto_id, self, leidas)
        dialogo.exec()
        presentada = dialogo.presentada
        descartar(dialogo)
        if presentada is not None:
            self._escrito(presentada.id)

    def admitir(self) -> None:
        m = self.mocion
        if m is None or not self.botones["admitida"].isEnabled():
            return
        if m.fuera_de_plazo:   # el aviso antes de decidir, y el motivo que el servicio exige
            self._decidir("admitida")
            return
        hecho = hacer_en_la_ventana(self, self.editor.oficina, lambda: servicio.admitir(self.editor.contexto, m.id),
                                    que="admitir moción")
        if hecho is not None:
            self._escrito(m.id)

    def _decidir(self, nuevo: str) -> None:
        from ..mocion import DialogoDecision

        m = self.mocion
        if m is None or not self.botones[nuevo].isEnabled():
            return
        if nuevo in ("derivada", "aplazada", "no_tratada") and not self.editor.confirmar_acto():
            return   # derivar, aplazar y no tratarla son actos de la sesión: si todavía no empezó, se pregunta antes
        contexto = self.editor.contexto
        destinos = None
        titulo, boton = {
            "admitida": (self.tr("Admitir la moción {0} fuera de plazo"), self.tr("Admitir")),
            "no_admitida": (self.tr("No admitir la moción {0}"), self.tr("No admitir")),
            "retirada": (self.tr("Retirar la moción {0}"), self.tr("Retirar")),
            "derivada": (self.tr("Derivar la moción {0}"), self.tr("Derivar")),
            "aplazada": (self.tr("Aplazar la moción {0}"), self.tr("Aplazar")),
            "no_tratada": (self.tr("La moción {0} queda sin tratar"), self.tr("Sin tratar")),
        }[nuevo]
        if nuevo == "derivada":
            from ....servicios.organos import listar_organos

            organos = consultar_en_la_ventana(self, lambda: listar_organos(contexto), que="órganos")
            if organos is FALLO:
                return
            destinos = [(o["id"], o["nombre"]) for o in organos]
        hacer = {
            "admitida": lambda motivo, _: servicio.admitir(contexto, m.id, motivo),
            "no_admitida": lambda motivo, _: servicio.no_admitir(contexto, m.id, motivo),
            "retirada": lambda motivo, _: servicio.retirar(contexto, m.id, motivo),
            "derivada": lambda motivo, organo: servicio.derivar(contexto, m.id, organo, motivo),
            "aplazada": lambda motivo, _: servicio.aplazar(contexto, m.id, motivo),
            "no_tratada": lambda motivo, _: servicio.no_tratar(contexto, m.id, motivo),
        }[nuevo]
        aviso = m.aviso_de_plazo if nuevo == "admitida" else None
        dialogo = DialogoDecision(self.editor.oficina, titulo.format(m.numero), boton, aviso, hacer, self,
                                  destinos=destinos, rotulo_destino=self.tr("A:"))
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho is not None:
            self._escrito(m.id)

    def retomar(self) -> None:
        from ..mocion import DialogoDecision

        m = self.mocion
        if m is None or not self.botones["retomar"].isEnabled():
            return
        contexto = self.editor.contexto
        puntos = consultar_en_la_ventana(self, lambda: servicio.puntos_para_retomar(contexto, m.id),
                                         que="puntos para retomar")
        if puntos is FALLO:
            return
        dialogo = DialogoDecision(
            self.editor.oficina, self.tr("Retomar la moción {0}").format(m.numero), self.tr("Retomar"),
            self.tr("Se presenta de nuevo, con su texto, sus firmantes y su historia, en un punto de una sesión "
                    "posterior."), lambda _motivo, punto: servicio.retomar(contexto, m.id, punto), self,
            destinos=[(p.punto_id, p.texto) for p in puntos], rotulo_destino=self.tr("Punto:"))
        dialogo.formulario.setRowVisible(dialogo.motivo, False)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho is not None:
            self._escrito(m.id)

    def apoyar(self) -> None:
        from ..recomendacion import DialogoApoyos

        m = self.mocion
        if m is None or not self.botones["apoyar"].isEnabled():
            return
        dialogo = DialogoApoyos(self.editor.oficina, m, self)
        dialogo.exec()
        hecho = dialogo.hecho   # también si sumó algunos y el servicio rechazó el siguiente
        descartar(dialogo)
        if hecho is not None:
            self._escrito(m.id)

    def recomendar(self) -> None:
        from ....servicios.organos import listar_organos
        from ..recomendacion import DialogoRecomendacion

        m = self.mocion
        if m is None or not self.botones["recomendar"].isEnabled():
            return
        organos = consultar_en_la_ventana(self, lambda: listar_organos(self.editor.contexto), que="órganos")
        if organos is FALLO:
            return
        propio = self.editor.sesion["organo_id"]
        dialogo = DialogoRecomendacion(self.editor.oficina, m, [(o["id"], o["nombre"]) for o in organos
                                                                if o["id"] != propio], self.editor.sesion["fecha"], self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho is not None:
            self._escrito(m.id)

    def reglas_de_la_sala(self) -> None:
        from ..reglas_de_la_sala import DialogoReglasDeLaSala

        if self.editor.db is None:
            return
        dialogo = DialogoReglasDeLaSala(self.editor.oficina, self.editor.sesion["organo_id"], self)
        cambiaron = dialogo.exec() or dialogo.categorias_cambiaron
        descartar(dialogo)
        if cambiaron:
            self._escrito()

    def categorizar(self) -> None:
        from ..mocion import DialogoCategoriaDeLaMocion

        m = self.mocion
        if m is None or not self.botones["categoria"].isEnabled():
            return
        dialogo = DialogoCategoriaDeLaMocion(self.editor.oficina, m, self.editor.sesion["organo_id"], self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho is not None:
            self._escrito(m.id)

    def poner_en_un_bloque(self) -> None:
        from ..bloque_de_mocion import DialogoBloqueDeLaMocion

        m = self.mocion
        if m is None or not self.botones["bloque"].isEnabled():
            return
        dialogo = DialogoBloqueDeLaMocion(self.editor.oficina, m, self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho is not None:
            self._escrito(m.id)

    def lineas(self) -> None:
        from ....servicios.organos import listar_organos
        from ..recomendaciones_de_cambio import DialogoRecomendacionesDeCambio

        m = self.mocion
        if m is None:
            return
        organos = consultar_en_la_ventana(self, lambda: listar_organos(self.editor.contexto), que="órganos")
        if organos is FALLO:
            return
        dialogo = DialogoRecomendacionesDeCambio(
            self.editor.oficina, m.id, [(o["id"], o["nombre"]) for o in organos],
            not self.editor.solo_lectura and m.estado in ANTES_DEL_VOTO, self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho:
            self._escrito(m.id)
