"""La pestaña «Solicitudes» de Datos personales: las solicitudes de las personas sobre sus datos, con su vencimiento
(las abiertas que vencieron, en rojo y con la palabra «vencida»), y cómo se responde cada una, como lo hace
«escritorio derechos …»:

- acceso: se elige una carpeta y `responder_acceso` escribe allí la carta (PDF) y los datos (JSON);
- supresión: primero el plan de `planear` (qué se borra, qué se anonimiza, qué se conserva y por qué), que se
  confirma; después la carpeta de la carta, y `suprimir`;
- oposición al correo: se confirma y `oponerse`;
- revocación del consentimiento (LGPD, art. 18, IX): se confirma lo que cesa (el boletín, también el que espera en
  la bandeja; el correo que manda el estatuto sigue) y `revocar_por_solicitud` revoca cada consentimiento vigente de
  sus contactos;
- rectificación: la corrección se hace donde está el dato, y aquí se anota lo que se hizo (`responder`);
- cualquiera se puede denegar con su motivo (`responder(…, denegar=True)`).
"""

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from ....dominio import formato
from ....dominio.datos_personales import (ACCESO, ANONIMIZACION, BLOQUEO, CANALES, COMPARTIDOS, OPOSICION,
                                          RECTIFICACION, REVOCACION, SE_RESPONDE_CON, SUPRESION)
from ....servicios.solicitudes_de_datos import Solicitud, listar_solicitudes, plazo_vencido
from ...comun import descartar, tr
from ...flujo import FilaFluida
from ...iconos import icono
from ...modelos.tabla import ModeloTabla, crear_tabla, fila_elegida
from ...operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ...piezas import GRIS, elegir_archivo, nota
from .pestana import AreaDatosPersonales, Pestana, columnas_de_solicitud, derecho_visible, estado_visible

# Lo que hace «Responder…» con cada derecho (la ayuda del botón).
_QUE_HACE = {
    ACCESO: "Elegir una carpeta: se escriben allí la carta (PDF) y sus datos (JSON), y la solicitud queda respondida.",
    SUPRESION: "Ver qué se borra, qué se anonimiza y qué se conserva; confirmarlo, elegir la carpeta de la carta y "
               "suprimir.",
    OPOSICION: "Confirmar: sus direcciones dejan de recibir correo de la asociación desde hoy.",
    REVOCACION: "Confirmar: se revocan sus consentimientos vigentes desde hoy; el boletín no le sale más, tampoco el "
                "que espera en la bandeja. El correo que manda el estatuto sigue.",
    # Los otros derechos de la LGPD se responden como el que dice SE_RESPONDE_CON (el mismo texto).
    BLOQUEO: "Confirmar: sus direcciones dejan de recibir correo de la asociación desde hoy.",
    ANONIMIZACION: "Ver qué se borra, qué se anonimiza y qué se conserva; confirmarlo, elegir la carpeta de la carta y "
                   "suprimir.",
    COMPARTIDOS: "Elegir una carpeta: se escriben allí la carta (PDF) y sus datos (JSON), y la solicitud queda "
                 "respondida.",
    RECTIFICACION: "Anotar lo que se corrigió (la corrección se hace en la ficha del miembro o en la sesión).",
}


class PestanaSolicitudes(Pestana):
    """Las solicitudes y sus respuestas."""

    def __init__(self, area: AreaDatosPersonales):
        super().__init__(area)
        self.solicitudes: list[Solicitud] = []
        self.solo_abiertas = QCheckBox(self.tr("Solo las &abiertas"))
        self.solo_abiertas.toggled.connect(lambda _: self.recargar())
        self.resumen = nota()
        self.resumen.setWordWrap(False)
        arriba = QHBoxLayout()
        arriba.addWidget(self.solo_abiertas)
        arriba.addStretch(1)
        arriba.addWidget(self.resumen)

        self.modelo = ModeloTabla(columnas_de_solicitud(), self)
        self.tabla = crear_tabla(self.modelo)
        self.tabla.setAccessibleName(self.tr("Solicitudes sobre datos personales"))
        self.tabla.selectionModel().selectionChanged.connect(lambda *_: self._elegida())
        self.tabla.activated.connect(lambda _: self.responder())
        self.detalle = QLabel()
        self.detalle.setWordWrap(True)
        self.detalle.setTextFormat(Qt.TextFormat.RichText)
        self.detalle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detalle.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        self.botones: dict[str, QPushButton] = {}
        acciones = FilaFluida()
        for nombre, texto, ico, funcion in (
                ("nueva", self.tr("Nueva solicitud…"), "solicitud_de_datos", lambda: self.area.nueva_solicitud()),
                ("responder", self.tr("Responder…"), "responder", self.responder),
                ("denegar", self.tr("Denegar…"), "anular", self.denegar)):
            boton = QPushButton(icono(ico), texto)
            boton.clicked.connect(funcion)
            self.botones[nombre] = boton
            acciones.addWidget(boton)
        acciones.addStretch(1)

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addWidget(self.detalle)
        disposicion.addWidget(nota(self.tr(
            "El plazo de cada solicitud es el de la ley del país de la asociación (o el propio), calculado al "
            "registrarla. Las abiertas que ya vencieron dicen «vencida», en rojo.")))
        disposicion.addLayout(acciones)
        self._elegida()

    # --- datos -------------------------------------------------------------------------------------------------
    def recargar(self, elegir: int | None = None) -> None:
        actual = elegir if elegir is not None else self.solicitud_id()
        contexto, abiertas = self.contexto, self.solo_abiertas.isChecked()
        solicitudes = consultar_en_la_ventana(self, lambda: listar_solicitudes(contexto, abiertas=abiertas),
                                              que="solicitudes sobre datos personales")
        if solicitudes is FALLO:
            return
        self.solicitudes = solicitudes
        self.modelo.cargar(solicitudes)
        self.seleccionar(actual)
        abiertas_ = sum(1 for s in solicitudes if s["estado"] == "abierta")
        vencidas = sum(1 for s in solicitudes if plazo_vencido(s))
        texto = formato.cuantos(len(solicitudes), self.tr("{0} solicitud"), self.tr("{0} solicitudes"))
        if abiertas_:
            texto += " · " + formato.cuantos(abiertas_, self.tr("{0} abierta"), self.tr("{0} abiertas"))
        if vencidas:
            texto += " · " + formato.cuantos(vencidas, self.tr("{0} vencida"), self.tr("{0} vencidas"))
        self.resumen.setText(texto)

    def solicitud(self) -> Solicitud | None:
        return fila_elegida(self.tabla)

    def solicitud_id(self) -> int | None:
        solicitud = self.solicitud()
        return None if solicitud is None else solicitud["id"]

    def seleccionar(self, solicitud_id: int | None) -> bool:
        """Elige la solicitud en la lista (si «Solo las abiertas» la esconde, lo quita); False si no está."""
        fila = next((n for n in range(self.modelo.rowCount()) if self.modelo.fila(n)["id"] == solicitud_id), None)
        if fila is None and solicitud_id is not None and self.solo_abiertas.isChecked():
            self.solo_abiertas.setChecked(False)   # recarga con todas
            fila = next((n for n in range(self.modelo.rowCount()) if self.modelo.fila(n)["id"] == solicitud_id), None)
        if fila is None:
            self.tabla.clearSelection()
            self._elegida()
            return False
        self.tabla.selectRow(fila)
        self.tabla.scrollTo(self.modelo.index(fila, 0))
        self._elegida()
        return True

    def _elegida(self) -> None:
        s = self.solicitud()
        abierta = s is not None and s["estado"] == "abierta"
        self.botones["responder"].setEnabled(abierta)
        self.botones["denegar"].setEnabled(abierta)
        self.botones["responder"].setToolTip(tr(_QUE_HACE[s["derecho"]]) if s is not None else "")
        if s is None:
            self.detalle.setText(f"<span style='color: {GRIS};'>"
                                 f"{escape(self.tr('Elija una solicitud para ver su plazo y su respuesta.'))}</span>")
            return
        renglones = [self.tr("Solicitud N.º {0} de {1}: {2}, recibida el {3} ({4}).").format(
            s["id"], s["persona"], derecho_visible(s["derecho"]).lower(), formato.fecha(s["recibida_el"]),
            tr(CANALES[s["canal"]]).lower()),
            self.tr("Plazo: {0}; vence el {1}.").format(s["plazo"], formato.fecha(s["vence_el"]))]
        if s["detalle"]:
            renglones.append(self.tr("Pide: «{0}»").format(s["detalle"]))
        if s["respuesta"]:
            renglones.append(self.tr("{0} por {1}: {2}").format(estado_visible(s), s["respondida_por"] or "—",
                                                                s["respuesta"]))
        self.detalle.setText("<br>".join(escape(r) for r in renglones))

    # --- responder --------------------------------------------------------------------------------------------
    def responder(self) -> None:
        s = self.solicitud()
        if s is None or s["estado"] != "abierta":
            return
        {ACCESO: self._acceso, SUPRESION: self._supresion, OPOSICION: self._oposicion, REVOCACION: self._revocacion,
         RECTIFICACION: self._rectificacion}[SE_RESPONDE_CON[s["derecho"]]](s)

    def denegar(self) -> None:
        s = self.solicitud()
        if s is not None and s["estado"] == "abierta":
            self._con_texto(s, denegar=True)

    def _rectificacion(self, s: Solicitud) -> None:
        self._con_texto(s, denegar=False)

    def _con_texto(self, s: Solicitud, denegar: bool) -> None:
        from ...dialogos.datos_personales import DialogoRespuesta

        dialogo = DialogoRespuesta(self.oficina, s, denegar, self)
        dialogo.exec()
        respondida = dialogo.respondida
        descartar(dialogo)
        if respondida is not None:
            self._despues(s["id"])

    def _despues(self, solicitud_id: int) -> None:
        self.area.recargar()
        self.seleccionar(solicitud_id)

    def _carpeta(self, titulo: str) -> str:
        ajustes = self.area.ajustes
        inicio = ajustes.value("datos_personales/carpeta", str(Path.home())) if ajustes else str(Path.home())
        carpeta = elegir_archivo.carpeta(self, titulo, inicio)
        if carpeta and ajustes is not None:
            ajustes.setValue("datos_personales/carpeta", carpeta)
        return carpeta

    def _acceso(self, s: Solicitud) -> None:
        from ....servicios.acceso_a_los_datos import nombres_de_los_archivos, responder_acceso
        from ...piezas.visor_del_sistema import abrir_con_el_sistema

        titulo = self.tr("Responder el acceso de {0}").format(s["persona"])
        carpeta = self._carpeta(self.tr("Carpeta para la carta y los datos de {0}").format(s["persona"]))
        if not carpeta:
            return
        ya = [n for n in nombres_de_los_archivos(s["id"]) if (Path(carpeta) / n).exists()]
        if ya and QMessageBox.question(self, titulo, self.tr("Ya existen en esa carpeta: {0}. ¿Reemplazarlos?").format(
                ", ".join(ya)), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        contexto = self.contexto
        hecho = hacer_en_la_ventana(self, self.oficina, lambda _informar: responder_acceso(
            contexto, s["id"], carpeta, reemplazar=bool(ya)), que="responder una solicitud de acceso",
            en_segundo_plano=True, titulo=titulo, cancelable=False)
        if hecho is None:
            return
        self._despues(s["id"])
        r = hecho.resultado
        cuanto = ", ".join((
            formato.cuantos(r.filas, self.tr("{0} fila"), self.tr("{0} filas")),
            formato.cuantos(r.cambios, self.tr("{0} cambio registrado"), self.tr("{0} cambios registrados")),
            formato.cuantos(r.mensajes, self.tr("{0} mensaje"), self.tr("{0} mensajes")),
            formato.cuantos(r.menciones, self.tr("{0} mención en otros textos"), self.tr("{0} menciones en otros "
                                                                                        "textos"))))
        if QMessageBox.question(self, titulo, self.tr(
                "Solicitud N.º {0} respondida. En {1} quedaron la carta ({2}) y sus datos ({3}): {4}.\n\n¿Abrir la "
                "carpeta?").format(s["id"], carpeta, r.carta.name, r.datos.name, cuanto)) \
                == QMessageBox.StandardButton.Yes and not abrir_con_el_sistema(Path(carpeta)):
            QMessageBox.information(self, titulo, self.tr("No se pudo abrir la carpeta. Los archivos están en:\n{0}")
                                    .format(carpeta))

    def _supresion(self, s: Solicitud) -> None:
        from ....servicios.supresion_de_datos import nombre_de_la_carta, planear, suprimir
        from ...dialogos.supresion import DialogoPlanDeSupresion, resultado_en_texto
        from ...piezas import abrir_archivo

        contexto = self.contexto
        plan = consultar_en_la_ventana(self, lambda: planear(contexto, s["id"]), que="plan de una supresión")
        if plan is FALLO:
            return
        dialogo = DialogoPlanDeSupresion(plan, self)
        confirmada = dialogo.exec() == QDialog.DialogCode.Accepted
        descartar(dialogo)
        if not confirmada:
            return
        titulo = self.tr("Suprimir los datos de {0}").format(s["persona"])
        carpeta = self._carpeta(self.tr("Carpeta para la carta de la supresión"))
        if not carpeta:
            return
        ya = (Path(carpeta) / nombre_de_la_carta(s["id"])).exists()
        if ya and QMessageBox.question(self, titulo, self.tr("Ya existe en esa carpeta: {0}. ¿Reemplazarla?").format(
                nombre_de_la_carta(s["id"])), QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        hecho = hacer_en_la_ventana(self, self.oficina, lambda _informar: suprimir(contexto, s["id"], carpeta=carpeta,
                                                                                 reemplazar=ya),
                                    que="suprimir los datos de una persona", en_segundo_plano=True, titulo=titulo,
                                    cancelable=False)
        if hecho is None:
            return
        self._despues(s["id"])
        resultado = hecho.resultado
        texto = resultado_en_texto(resultado)
        if resultado.carta is None:
            QMessageBox.information(self, titulo, texto)
        elif QMessageBox.question(self, titulo, texto + "\n\n" + self.tr("¿Abrir la carta ahora?")) \
                == QMessageBox.StandardButton.Yes:
            abrir_archivo(self, titulo, resultado.carta, self.area.ajustes)

    def _oposicion(self, s: Solicitud) -> None:
        from ....servicios.oposicion_al_correo import oponerse

        titulo = self.tr("Oposición al correo de {0}").format(s["persona"])
        if QMessageBox.question(self, titulo, self.tr(
                "¿Registrar la oposición de {0} al envío de correo? Desde hoy sus direcciones no reciben correo de la "
                "asociación, y los mensajes que esperan en la bandeja de salida no le salen.").format(s["persona"]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: oponerse(self.contexto, s["id"]),
                                    que="registrar una oposición al correo")
        if hecho is None:
            return
        self._despues(s["id"])
        r = hecho.resultado
        texto = self.tr("Solicitud N.º {0} respondida: {1} ({2}).").format(
            s["id"], formato.cuantos(len(r.direcciones), self.tr("{0} dirección ya no recibe correo"),
                                     self.tr("{0} direcciones ya no reciben correo")), ", ".join(r.direcciones))
        if r.mensajes_que_no_le_saldran:
            texto += " " + formato.cuantos(
                r.mensajes_que_no_le_saldran, self.tr("{0} mensaje de la bandeja de salida ya no le sale."),
                self.tr("{0} mensajes de la bandeja de salida ya no le salen."))
        if r.mensajes_anulados:
            texto += " " + formato.cuantos(r.mensajes_anulados, self.tr("{0} se anuló: no tenía a nadie más."),
                                           self.tr("{0} se anularon: no tenían a nadie más."))
        QMessageBox.information(self, titulo, texto)

    def _revocacion(self, s: Solicitud) -> None:
        from ....servicios.consentimientos import revocar_por_solicitud

        titulo = self.tr("Revocación del consentimiento de {0}").format(s["persona"])
        if QMessageBox.question(self, titulo, self.tr(
                "¿Responder la revocación de {0}? Se revocan sus consentimientos vigentes: el boletín no le sale más, "
                "tampoco el que espera en la bandeja; el correo que manda el estatuto sigue.").format(s["persona"]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        contexto = self.contexto
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: revocar_por_solicitud(contexto, s["id"]),
                                    que="responder una revocación del consentimiento")
        if hecho is None:
            return
        self._despues(s["id"])
        r = hecho.resultado
        texto = self.tr("Solicitud N.º {0} respondida: {1}; el boletín no le sale más.").format(
            s["id"], formato.cuantos(len(r.revocados), self.tr("{0} consentimiento revocado"),
                                     self.tr("{0} consentimientos revocados")))
        if r.mensajes_anulados:
            texto += " " + formato.cuantos(len(r.mensajes_anulados),
                                           self.tr("{0} boletín que esperaba en la bandeja de salida se anuló."),
                                           self.tr("{0} boletines que esperaban en la bandeja de salida se anularon."))
        QMessageBox.information(self, titulo, texto)
