"""Pestaña Acta del editor de sesiones: borrador, vista previa, aprobación con huella, firma y fe de
erratas."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from ....dominio.sesiones import ESTADOS_ACTA
from ....salida import motivo_del_sistema
from ....servicios.actas import firmar_acta, guardar_borrador, motivos_para_no_aprobar, verificar_acta
from ....servicios.sesiones import titulo_sesion
from ...comun import descartar, fecha_dma, mostrar_error, tr
from ...piezas import ROJO, VERDE, llenar_tabla, nombre_de_archivo, nota, subtitulo, tabla_lectura
from ...piezas.vista_previa import DocumentoParaVer, mostrar_vista_previa
from ...flujo import FilaFluida
from . import piezas as sesion_piezas
from .aprobacion import motivos_en_la_ventana
from .piezas import A_SALVO, COLOR_ACTA, GUARDADO, NADA, chip, fijar_solo_lectura_campo, pintar_chip, poner_a_salvo
from ...operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ...piezas import elegir_archivo
from .protocolo_del_editor import EditorDeSesion


# --- acta -------------------------------------------------------------------------------------------------

class PestanaActa(QWidget):
    def __init__(self, editor: EditorDeSesion, ajustes: QSettings | None = None):
        super().__init__()
        self.editor = editor
        self._ajustes = ajustes
        self.estado = chip()
        self.aprobacion = nota()
        self.huella = QLabel()
        self.huella.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.huella.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.verificacion = QLabel()
        self.rotulo_huella = QLabel(self.tr("Huella SHA-256:"))
        # La huella (64 cifras hexadecimales), a un clic: lo que se lee es si el registro sigue siendo el aprobado.
        self.boton_huella = QPushButton(self.tr("Ver la huella"))
        self.boton_huella.setFlat(True)
        self.boton_huella.setCheckable(True)
        self.boton_huella.toggled.connect(self._mostrar_huella)

        self.apertura = QPlainTextEdit()
        self.apertura.setPlaceholderText(self.tr("En la ciudad de…, a … días del mes de … de …, siendo las … horas, se "
                                                 "reúne en sesión … el …"))
        self.apertura.setFixedHeight(110)
        self.cierre = QPlainTextEdit()
        self.cierre.setPlaceholderText(self.tr("No habiendo más asuntos que tratar, se levanta la sesión siendo las … horas."))
        self.cierre.setFixedHeight(72)
        self.preside = QLineEdit()
        self.preside.setPlaceholderText(self.tr("nombre y cargo de quien preside"))
        self.secretaria = QLineEdit()
        self.secretaria.setPlaceholderText(self.tr("nombre y cargo de quien actúa como secretaría"))
        self.estado_guardado = nota()
        # Con el acta aprobada el texto queda de solo lectura: los campos se ven atenuados y esta nota lo dice.
        self.solo_lectura_nota = nota(self.tr("Solo lectura: el acta está aprobada; las correcciones van en una "
                                              "fe de erratas."))
        self.solo_lectura_nota.hide()
        # Lo escrito se guarda solo, 0,9 s después de la última tecla; `_sin_guardar` dice si hay algo por guardar
        # (el temporizador de un disparo ya no está activo cuando dispara: no sirve para saberlo).
        self._sin_guardar = False
        self._demora = QTimer(self)
        self._demora.setSingleShot(True)
        self._demora.setInterval(sesion_piezas.DEMORA_DEL_GUARDADO_MS)
        self._demora.timeout.connect(self.guardar_pendiente)
        for campo in (self.apertura, self.cierre):
            campo.textChanged.connect(self._editado)
        for campo in (self.preside, self.secretaria):
            campo.textEdited.connect(lambda _: self._editado())
        self.boton_proponer = QPushButton(self.tr("Proponer textos"))
        self.boton_proponer.setToolTip(self.tr("Completa la apertura y el cierre vacíos con un texto de la sesión"))
        self.boton_proponer.clicked.connect(self.proponer_textos)

        self.boton_vista_previa = QPushButton(self.tr("Vista previa (PDF)…"))
        self.boton_vista_previa.clicked.connect(self.vista_previa)
        self.boton_aprobar = QPushButton(self.tr("Aprobar…"))
        self.boton_aprobar.clicked.connect(self.aprobar)
        # Por qué todavía no se aprueba (sesión no celebrada, borrador incompleto): lo dice el servicio.
        self.pendientes = nota()
        self.pendientes.setWordWrap(True)
        self.pendientes.setStyleSheet(f"color: {ROJO};")
        self._motivos: list[str] = []
        self.boton_firmar = QPushButton(self.tr("Firmar (adjuntar PDF firmado)…"))
        self.boton_firmar.clicked.connect(self.firmar)
        self.boton_firma_digital = QPushButton(self.tr("Firmar digitalmente…"))
        self.boton_firma_digital.clicked.connect(self.firmar_digitalmente)
        self.boton_erratas = QPushButton(self.tr("Fe de erratas…"))
        self.boton_erratas.clicked.connect(self.fe_de_erratas)
        self.erratas = tabla_lectura([self.tr("Fecha"), self.tr("Corrección")], 1)
        self.erratas.setMaximumHeight(110)
        self.rotulo_erratas = subtitulo(self.tr("Fe de erratas"))

        self.boton_convocatoria = QPushButton(self.tr("Convocatoria (PDF)…"))
        self.boton_convocatoria.clicked.connect(self.editor.imprimir_convocatoria)
        # La misma opción que «Adjuntar a la convocatoria las mociones recibidas» del menú Documentos del editor.
        self.con_mociones = QCheckBox(self.tr("con las &mociones recibidas"))
        self.con_mociones.setToolTip(self.tr("La convocatoria en PDF adjunta las mociones recibidas para la sesión "
                                             "(no las no admitidas ni las retiradas), con sus autores y su texto"))
        accion = self.editor.accion_con_mociones
        self.con_mociones.setChecked(accion.isChecked())
        self.con_mociones.toggled.connect(accion.setChecked)
        accion.toggled.connect(self.con_mociones.setChecked)
        self.boton_acta = QPushButton(self.tr("Acta (PDF)…"))
        self.boton_acta.clicked.connect(self.editor.imprimir_acta)
        self.boton_excel = QPushButton(self.tr("Asistencia y votaciones (Excel)…"))
        self.boton_excel.clicked.connect(self.editor.exportar_sesion)
        self.boton_convocatoria_correo = QPushButton(self.tr("Convocatoria por correo…"))
        self.boton_convocatoria_correo.clicked.connect(self.editor.enviar_convocatoria)
        self.boton_acta_correo = QPushButton(self.tr("Acta por correo…"))
        self.boton_acta_correo.setToolTip(self.tr("El acta aprobada a quienes integran el órgano, con su PDF"))
        self.boton_acta_correo.clicked.connect(self.editor.enviar_acta)

        # Disposición: estado arriba, el texto del borrador, acciones del acta, erratas y documentos.
        estado = QHBoxLayout()
        estado.addWidget(QLabel(self.tr("Estado del acta:")))
        estado.addWidget(self.estado)
        estado.addSpacing(8)
        estado.addWidget(self.aprobacion, 1)
        fila_huella = QHBoxLayout()
        fila_huella.addWidget(self.rotulo_huella)
        fila_huella.addWidget(self.huella)
        fila_huella.addStretch(1)
        # La verificación, en su propia fila: junto a la huella no cabía a 1024 px (ni al 150 %).
        fila_verificacion = QHBoxLayout()
        fila_verificacion.addWidget(self.verificacion)
        fila_verificacion.addWidget(self.boton_huella)
        fila_verificacion.addStretch(1)
        formulario = QFormLayout()
        formulario.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        formulario.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        formulario.addRow(self.tr("Apertura:"), self.apertura)
        formulario.addRow(self.tr("Preside:"), self.preside)
        formulario.addRow(self.tr("Secretaría:"), self.secretaria)
        formulario.addRow(self.tr("Cierre:"), self.cierre)
        pie_formulario = QHBoxLayout()
        pie_formulario.addWidget(self.boton_proponer)
        pie_formulario.addWidget(self.solo_lectura_nota, 1)
        pie_formulario.addStretch(1)
        pie_formulario.addWidget(self.estado_guardado)
        formulario.addRow("", pie_formulario)
        # Las filas de botones bajan de línea en una pantalla angosta (1024 px, 150 %) en vez de desplazar el panel.
        acciones = FilaFluida()
        for boton in (self.boton_vista_previa, self.boton_aprobar, self.boton_firmar, self.boton_firma_digital,
                      self.boton_erratas):
            acciones.addWidget(boton)
        documentos = FilaFluida()
        for boton in (self.boton_convocatoria, self.con_mociones, self.boton_acta, self.boton_excel,
                      self.boton_convocatoria_correo, self.boton_acta_correo):
            documentos.addWidget(boton)

        contenido = QWidget()
        caja = QVBoxLayout(contenido)
        caja.setContentsMargins(8, 10, 8, 8)
        caja.setSpacing(8)
        caja.addLayout(estado)
        caja.addLayout(fila_verificacion)
        caja.addLayout(fila_huella)
        caja.addSpacing(4)
        caja.addLayout(formulario)
        caja.addLayout(acciones)
        caja.addWidget(self.pendientes)
        caja.addWidget(self.rotulo_erratas)
        caja.addWidget(self.erratas)
        caja.addSpacing(6)
        caja.addWidget(subtitulo(self.tr("Documentos")))
        caja.addLayout(documentos)
        caja.addStretch(1)
        desplazable = QScrollArea()
        desplazable.setWidgetResizable(True)
        desplazable.setFrameShape(QFrame.Shape.NoFrame)
        desplazable.setWidget(contenido)
        exterior = QVBoxLayout(self)
        exterior.setContentsMargins(0, 0, 0, 0)
        exterior.addWidget(desplazable)

    def cargar(self) -> None:
        self.guardar_o_resguardar()
        acta = self.editor.acta
        contenido = acta.contenido
        for campo, valor in ((self.apertura, contenido.apertura), (self.cierre, contenido.cierre)):
            campo.blockSignals(True)
            campo.setPlainText(valor or "")
            campo.blockSignals(False)
        self.preside.setText(contenido.preside or "")
        self.secretaria.setText(contenido.secretaria or "")
        self.estado_guardado.setText("")
        self.estado.setText(tr(ESTADOS_ACTA[acta.estado]))
        pintar_chip(self.estado, COLOR_ACTA[acta.estado])
        if acta.estado == "borrador":
            self.aprobacion.setText(self.tr("Se corrige libremente hasta que se apruebe en esta sesión o en una posterior."))
        else:
            texto = self.tr("Aprobada por {0} el {1}.").format(acta.aprobada_por or "—", fecha_dma(acta.aprobada_el))
            digitales = self._firmantes_digitales()
            if acta.estado == "firmada" and (acta.tiene_firmada or not digitales):
                texto += " " + (self.tr("Firmada; el PDF con las firmas está guardado.") if acta.tiene_firmada
                                else self.tr("Firmada."))
            if digitales:
                texto += " " + self.tr("Firmada digitalmente por {0}.").format(", ".join(digitales))
            self.aprobacion.setText(texto)
        con_huella = bool(acta.huella)
        for widget in (self.verificacion, self.boton_huella):
            widget.setVisible(con_huella)
        self._mostrar_huella(con_huella and self.boton_huella.isChecked())
        if con_huella:
            self.huella.setText(acta.huella)
            try:
                integra = verificar_acta(self.editor.contexto, self.editor.sesion_id)
            except Exception:  # noqa: BLE001 - la verificación no impide ver el acta
                integra = None
            if integra:
                self.verificacion.setText(self.tr("✓ el registro coincide con la huella"))
                self.verificacion.setStyleSheet(f"color: {VERDE};")
            else:
                self.verificacion.setText(self.tr("✗ el registro ya no coincide con la huella"))
                self.verificacion.setStyleSheet(f"color: {ROJO}; font-weight: 600;")
        llenar_tabla(self.erratas, [[fecha_dma(e["fecha"]), e["texto"]] for e in acta.erratas])
        self.rotulo_erratas.setVisible(bool(acta.erratas))
        self.erratas.setVisible(bool(acta.erratas))
        self.fijar_solo_lectura(self.editor.solo_lectura)

    def _firmantes_digitales(self) -> list[str]:
        """Quiénes firmaron digitalmente el acta (en orden), para decirlo junto al estado."""
        from ....servicios.firmas import firmas_del_acta

        try:
            return [f["firmante"] for f in firmas_del_acta(self.editor.contexto,
                                                           self.editor.sesion_id)]
        except Exception:  # noqa: BLE001 - no impide ver el acta
            return []

    def fijar_solo_lectura(self, solo_lectura: bool) -> None:
        estado = self.editor.acta.estado if self.editor.acta else "borrador"
        motivo = self.tr("El acta aprobada no se modifica: las correcciones van en una fe de erratas.")
        for campo in (self.apertura, self.cierre, self.preside, self.secretaria):
            fijar_solo_lectura_campo(campo, solo_lectura, motivo)
        self.solo_lectura_nota.setVisible(solo_lectura)
        self.boton_proponer.setVisible(not solo_lectura)
        self._actualizar_motivos(estado, solo_lectura)
        # El PDF firmado, una vez adjunto, no se reemplaza (servicio y trigger): el botón lo dice y no se ofrece.
        con_pdf = estado == "firmada" and self.editor.acta.tiene_firmada
        self.boton_firmar.setEnabled(estado != "borrador" and not con_pdf)
        self.boton_firmar.setText(self.tr("PDF firmado adjunto") if con_pdf else self.tr("Firmar (adjuntar PDF firmado)…"))
        self.boton_erratas.setEnabled(estado != "borrador")
        self.boton_acta_correo.setEnabled(estado != "borrador")   # se envía el acta aprobada, nunca un borrador
        # Firma digital (.p12/.pfx): solo con el acta aprobada; se puede firmar otra vez encima (la presidencia).
        # Si se puede firmar lo decide el servicio (la misma regla que «firma acta» en la línea de órdenes).
        from ....servicios.firmas import motivo_para_no_firmar   # tarde: carga pyHanko

        impide = (motivo_para_no_firmar(self.editor.contexto, "acta",
                                        self.editor.sesion_id)
                  if self.editor.db is not None else self.tr("Disponible cuando el acta esté aprobada."))
        self.boton_firma_digital.setEnabled(impide is None)
        explicacion = self.tr("Disponible cuando el acta esté aprobada (un borrador se corrige directamente).")
        # Con el acta en borrador, lo que se hace en la ventana: el motivo del servicio trae también la orden de la CLI.
        self.boton_firma_digital.setToolTip(
            explicacion if impide is not None and estado == "borrador" else
            impide or self.tr("Firma el acta con el certificado .p12/.pfx de quien firma (sin conexión) y muestra sus "
                              "firmas."))
        self.boton_firmar.setToolTip(
            explicacion if estado == "borrador" else
            self.tr("El PDF escaneado con las firmas ya está adjunto y no se reemplaza; un error se registra en una "
                    "fe de erratas.") if con_pdf else
            self.tr("Adjunta el PDF escaneado con las firmas; el acta pasa a «firmada»."))
        self.boton_erratas.setToolTip(explicacion if estado == "borrador" else
                                      self.tr("Una corrección fechada que se imprime al final del acta aprobada."))
        self.boton_aprobar.setToolTip(
            "\n".join(self._motivos) if self._motivos and not solo_lectura else
            self._ayuda_de_aprobar() if not solo_lectura else self.tr("El acta ya está aprobada."))

    def _mostrar_huella(self, ver: bool) -> None:
        self.rotulo_huella.setVisible(ver)
        self.huella.setVisible(ver)
        self.boton_huella.setText(self.tr("Ocultar la huella") if ver else self.tr("Ver la huella"))

    def _ayuda_de_aprobar(self) -> str:
        return self.tr("Aprobar con la resolución de su punto «Aprobación del acta», de esta sesión o de una "
                       "posterior; el acta queda congelada.")

    def _actualizar_motivos(self, estado: str | None = None, solo_lectura: bool | None = None) -> None:
        """Pregunta al servicio (la misma regla que aplica aprobar_acta) por qué no se puede aprobar todavía y
        lo muestra bajo los botones, con lo que se hace en la ventana; «Aprobar…» se habilita cuando no queda nada
        (la resolución que la aprueba se elige, o se prepara, en el diálogo)."""
        estado = estado or (self.editor.acta.estado if self.editor.acta else "borrador")
        solo_lectura = self.editor.solo_lectura if solo_lectura is None else solo_lectura
        self._motivos = []
        if estado == "borrador" and not solo_lectura and self.editor.db is not None:
            try:
                self._motivos = motivos_en_la_ventana(motivos_para_no_aprobar(
                    self.editor.contexto, self.editor.sesion_id), compacto=self.editor.compacto)
            except Exception:  # noqa: BLE001 - si no se puede averiguar, aprobar_acta lo dirá al intentarlo
                self._motivos = []
        self.boton_aprobar.setEnabled(not solo_lectura and not self._motivos)
        if self._motivos:
            self.pendientes.setText(self.tr("Todavía no se puede aprobar:") + "\n" +
                                    "\n".join(f"• {m}" for m in self._motivos))
        self.pendientes.setVisible(bool(self._motivos))

    # --- el borrador ---
    def _editado(self) -> None:
        if self.editor.solo_lectura:
            return
        self._sin_guardar = True
        self.estado_guardado.setText(self.tr("Sin guardar…"))
        self._demora.start()

    def guardar_pendiente(self, siempre: bool = False) -> bool:
        """Guarda el borrador si hay cambios sin guardar (o `siempre`). True si la base tiene lo que se ve."""
        return self.guardar_o_resguardar(siempre) in (NADA, GUARDADO)

    def guardar_o_resguardar(self, siempre: bool = False) -> str:
        """Guarda el borrador si hay cambios sin guardar (o `siempre`) y dice qué pasó: NADA (no había qué
        guardar), GUARDADO, A_SALVO (la base no lo aceptó, p. ej. el acta se aprobó entretanto: quedó copiado
        en un archivo y se avisó) o EN_PANTALLA (ni eso: el aviso pide copiarlo a mano)."""
        self._demora.stop()
        if not (self._sin_guardar or siempre) or self.editor.solo_lectura or self.editor.db is None:
            return NADA
        campos = {"apertura": self.apertura.toPlainText().strip() or None,
                  "preside": self.preside.text().strip() or None,
                  "secretaria": self.secretaria.text().strip() or None,
                  "cierre": self.cierre.toPlainText().strip() or None}
        try:
            guardar_borrador(self.editor.contexto, self.editor.sesion_id, **campos)
        except Exception as error:  # noqa: BLE001 - se avisa y lo escrito no se pierde
            if not self._sin_guardar:   # «Aprobar…» sin cambios por guardar: solo el motivo
                mostrar_error(self, error, "guardar borrador del acta")
                return A_SALVO          # lo que se ve es lo que ya tenía la base: nada que poner a salvo
            self._sin_guardar = False   # no se reintenta con cada pestaña: ya se avisó y quedó a salvo
            texto = "\n\n".join(f"{rotulo}\n{valor or ''}" for rotulo, valor in (
                (self.tr("Apertura:"), campos["apertura"]), (self.tr("Preside:"), campos["preside"]),
                (self.tr("Secretaría:"), campos["secretaria"]), (self.tr("Cierre:"), campos["cierre"])))
            resultado = poner_a_salvo(self, self.editor.db, self.tr("el borrador del acta"),
                                      f"«{titulo_sesion(self.editor.sesion)}»", texto, error)
            self.estado_guardado.setText(self.tr("✗ No se guardó (vea el aviso)"))
            return resultado
        self._sin_guardar = False
        self.estado_guardado.setText(self.tr("✓ Borrador guardado"))
        self._actualizar_motivos()
        self.boton_aprobar.setToolTip("\n".join(self._motivos) if self._motivos else self._ayuda_de_aprobar())
        self.editor.cambiado.emit()
        return GUARDADO

    def proponer_textos(self) -> None:
        """Completa la apertura y el cierre vacíos con el texto que propone el servicio, en el idioma de los
        documentos (el del acta, no el de la ventana)."""
        from ....servicios.actas import textos_propuestos

        propuestos = consultar_en_la_ventana(self, lambda: textos_propuestos(self.editor.contexto,
                                                                             self.editor.sesion_id),
                                             que="textos propuestos del acta")
        if propuestos is FALLO:
            return
        for campo, texto in ((self.apertura, propuestos["apertura"]), (self.cierre, propuestos["cierre"])):
            if texto and not campo.toPlainText().strip():
                campo.setPlainText(texto)
        if propuestos["faltan"]:   # lo que no se propuso, y por qué (nunca un texto con «…» que no se aprueba)
            QMessageBox.information(self, self.tr("Proponer textos"), "\n\n".join(propuestos["faltan"]))

    # --- acciones ---
    def vista_previa(self) -> None:
        """El acta como saldría ahora, en la vista previa del programa (desde ahí se imprime o se guarda). Mirarla
        no cuenta como salida: un acta aprobada no gasta su original por verla (`imprimir_acta(vista_previa=True)`)."""
        from ....servicios.informes_sesiones import imprimir_acta

        if not self.guardar_pendiente():
            return
        contexto = self.editor.contexto
        sesion_id = self.editor.sesion_id
        nombre = f"{nombre_de_archivo(titulo_sesion(self.editor.sesion))}-acta.pdf"
        mostrar_vista_previa(self, DocumentoParaVer.por_emitir(
            self.tr("Vista previa del acta"), nombre,
            lambda ruta, previa: imprimir_acta(contexto, sesion_id, ruta, vista_previa=previa)), self._ajustes)

    def aprobar(self) -> None:
        """El diálogo ofrece solo las resoluciones que aprueban esta acta; si no hay, agrega su punto de aprobación
        aquí o en la próxima sesión, o lleva al que espera su votación."""
        from .aprobacion import DialogoAprobarActa

        if not self.guardar_pendiente(siempre=True):
            return
        # El diálogo lee las resoluciones que la aprueban al armarse: si no se pueden leer, el cuadro de siempre.
        dialogo = consultar_en_la_ventana(
            self, lambda: DialogoAprobarActa(self.editor.oficina, self.editor.sesion, self), que="aprobar acta")
        if dialogo is FALLO:
            return
        dialogo.exec()
        huella, agregado, ir_al_punto, ir_a_la_sesion = (dialogo.huella, dialogo.agregado, dialogo.ir_al_punto,
                                                         dialogo.ir_a_la_sesion)
        descartar(dialogo)
        if huella:
            self.editor.recargar()
        elif agregado is not None and agregado["sesion_id"] == self.editor.sesion_id:
            self.editor.recargar()
            self.editor.cambiado.emit()
            self._ir_a_la_votacion(agregado["punto_id"])
        elif agregado is not None:
            self.editor.cambiado.emit()
            QMessageBox.information(self, self.tr("Aprobar el acta"), self.tr(
                "Se agregó el punto {0} «{1}» al orden del día de la {2}. Cuando se vote y se adopte su resolución, "
                "apruebe esta acta con «Aprobar…».").format(agregado["numeracion"], agregado["titulo"],
                                                             agregado["sesion"]))
        elif ir_al_punto is not None and ir_a_la_sesion not in (None, self.editor.sesion_id):
            self.editor.ir_a_otra_sesion.emit(ir_a_la_sesion, ir_al_punto)   # la sesión donde se aprueba el acta
        elif ir_al_punto is not None:
            self._ir_a_la_votacion(ir_al_punto)

    def _ir_a_la_votacion(self, punto_id: int) -> None:
        """La pestaña Votaciones con el punto elegido, listo para registrar su votación."""
        self.editor.pestanas.setCurrentWidget(self.editor.votaciones)
        self.editor.votaciones.seleccionar(punto_id)

    def firmar(self) -> None:
        ruta = elegir_archivo.para_abrir(self, self.tr("Adjuntar el acta firmada"), str(Path.home()),
                                         self.tr("Documento PDF (*.pdf)"))
        if not ruta:
            return
        try:
            contenido = Path(ruta).read_bytes()
        except OSError as error:
            QMessageBox.warning(self, self.tr("Adjuntar el acta firmada"),
                                self.tr("No se pudo leer {0}: {1}").format(ruta, motivo_del_sistema(error)))
            return
        if hacer_en_la_ventana(self, self.editor.oficina, lambda: firmar_acta(
                self.editor.contexto, self.editor.sesion_id, contenido), que="firmar acta") is not None:
            self.editor.recargar()

    def firmar_digitalmente(self) -> None:
        from ..firma_digital import DialogoFirmaDigital

        dialogo = DialogoFirmaDigital(self.editor.oficina, "acta", self.editor.sesion_id,
                                      self.tr("Acta de {0}").format(titulo_sesion(self.editor.sesion)), self,
                                      self._ajustes)
        dialogo.exec()
        firmado = dialogo.firmado
        descartar(dialogo)
        if firmado:
            self.editor.recargar()

    def fe_de_erratas(self) -> None:
        from .formularios import DialogoFeDeErratas

        dialogo = DialogoFeDeErratas(self.editor.oficina, self.editor.sesion_id, self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho:
            self.editor.recargar()


