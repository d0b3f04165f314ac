"""Archivo › Bandeja de salida…: cada mensaje con su estado (esperando conexión, enviándose, enviado, rechazado por
el servidor con su motivo, por confirmar) y sus destinatarios; «Enviar ahora»; resolver a mano un mensaje «por
confirmar» (el envío se cortó entre DATA y la respuesta del servidor: quizá salió), anular uno que todavía espera,
anotar un rebote o una confirmación de recibido, y escribir el boletín de la red («Boletín…», dialogos/boletin.py).

Los mismos servicios que «escritorio correo bandeja / confirmar / anotar / anular / boletin»; el envío, el cartero de la
ventana (interfaz/cartero.py), que esta bandeja sigue en vivo."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QSizePolicy, QSplitter,
                               QVBoxLayout, QWidget)

from ...dominio import formato
from ...servicios.base import base_abierta
from ...servicios.correo import bandeja, resolver_por_confirmar
from ...servicios.correo_enviado import anular_mensaje
from ...servicios.oficina import Oficina
from ..cartero import Cartero, texto_del_cartero
from ..comun import descartar
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..piezas import GRIS, ROJO, DialogoBase, llenar_tabla, nota, pintar_resultado, subtitulo, tabla_lectura
from ..piezas.de_la_oficina import DeLaOficina
from .correo_piezas import (COLOR_DESTINATARIO, COLOR_MENSAJE, anotar_rebote, anotar_recibido, ayudas_de_celdas,
                            cuando, cuando_destinatario, estado_del_destinatario, estado_del_mensaje, se_puede_anotar,
                            tipo_de_destinatario)

# Lo que se puede mostrar, con sus estados (None: todos).
FILTROS = {"todos": "Todos", "sin_salir": "Sin salir (esperando o por confirmar)", "rechazados": "Rechazados",
           "enviados": "Enviados", "anulados": "Anulados"}
ESTADOS_DEL_FILTRO = {"todos": None, "sin_salir": ("pendiente", "enviando", "por_confirmar"),
                      "rechazados": ("rechazado",), "enviados": ("enviado",), "anulados": ("anulado",)}


class DialogoBandejaSalida(DeLaOficina, DialogoBase):
    """La bandeja entera, o la de un documento (`clase` y `referencia`: la convocatoria de una sesión)."""

    def __init__(self, oficina: Oficina, padre: QWidget | None = None, clase: str | None = None,
                 referencia: int | None = None, documento: str | None = None):
        super().__init__(padre, self.tr("Bandeja de salida"))
        self.oficina = oficina
        self.cartero = Cartero.de(oficina)
        self._clase, self._referencia = clase, referencia
        self.mensajes = []

        self.estado = QLabel()
        self.estado.setObjectName("estadoBandeja")
        self.estado.setWordWrap(True)
        self.estado.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.boton_enviar = QPushButton(self.tr("Enviar ahora"))
        self.boton_enviar.clicked.connect(self.enviar_ahora)
        self.boton_cuenta = QPushButton(self.tr("Cuenta de correo…"))
        self.boton_cuenta.clicked.connect(self.configurar_cuenta)
        self.boton_boletin = QPushButton(self.tr("Boletín…"))
        self.boton_boletin.setToolTip(self.tr("Escribir el boletín de la red: va a los contactos que aceptaron "
                                              "recibirlo (Datos personales › Consentimientos)"))
        self.boton_boletin.clicked.connect(self.boletin)
        arriba = QHBoxLayout()
        arriba.addWidget(self.estado, 1)
        arriba.addWidget(self.boton_boletin, 0, Qt.AlignmentFlag.AlignTop)
        arriba.addWidget(self.boton_enviar, 0, Qt.AlignmentFlag.AlignTop)
        arriba.addWidget(self.boton_cuenta, 0, Qt.AlignmentFlag.AlignTop)

        self.filtro = QComboBox()
        for clave, rotulo in FILTROS.items():
            self.filtro.addItem(self.tr(rotulo), clave)
        self.filtro.currentIndexChanged.connect(lambda _: self.recargar())
        self.vacia = nota()
        self.solo_documento = nota(self.tr("Solo los mensajes de: {0}").format(documento) if documento else "")
        self.boton_todo = QPushButton(self.tr("Ver toda la bandeja"))
        self.boton_todo.clicked.connect(self.ver_todo)
        filtros = QHBoxLayout()
        filtros.addWidget(QLabel(self.tr("Mostrar:")))
        filtros.addWidget(self.filtro)
        filtros.addSpacing(12)
        filtros.addWidget(self.solo_documento, 1)
        filtros.addWidget(self.boton_todo)
        filtros.addWidget(self.vacia, 1)   # sin el documento, el filtro queda junto a «Mostrar:»
        self.solo_documento.setVisible(clase is not None)
        self.boton_todo.setVisible(clase is not None)

        self.tabla = tabla_lectura([self.tr("Fecha"), self.tr("Estado"), self.tr("Miembro"), self.tr("Asunto"),
                                    self.tr("Direcciones")], 3)
        self.tabla.setObjectName("mensajes")
        self.tabla.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.tabla.setColumnWidth(4, 240)
        self.tabla.itemSelectionChanged.connect(self._mostrar_elegido)
        self.tabla.setMinimumHeight(96)
        self.detalle = QLabel()
        self.detalle.setWordWrap(True)
        self.detalle.setTextFormat(Qt.TextFormat.PlainText)
        self.detalle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Lo técnico (el Message-ID, la cabeza de la bitácora que salió con el mensaje), a un clic: quien lo necesita lo
        # pide; la secretaria ve el estado, los intentos y lo que dijo el servidor.
        self.tecnico = QLabel()
        self.tecnico.setObjectName("detallesTecnicos")
        self.tecnico.setWordWrap(True)
        self.tecnico.setTextFormat(Qt.TextFormat.PlainText)
        self.tecnico.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tecnico.setStyleSheet(f"color: {GRIS};")
        self.tecnico.hide()
        self.boton_tecnico = QPushButton(self.tr("Detalles técnicos"))
        self.boton_tecnico.setCheckable(True)
        self.boton_tecnico.setFlat(True)
        self.boton_tecnico.toggled.connect(self.tecnico.setVisible)
        self.destinatarios = tabla_lectura([self.tr("Tipo"), self.tr("Dirección"), self.tr("Estado"), self.tr("Motivo"),
                                            self.tr("Cuándo")], 3)
        self.destinatarios.setObjectName("destinatariosDelMensaje")
        self.destinatarios.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.destinatarios.setColumnWidth(1, 280)
        self.destinatarios.setMinimumHeight(72)
        self.destinatarios.itemSelectionChanged.connect(self._actualizar_botones)
        self.boton_salio = QPushButton(self.tr("Salió: marcarlo enviado"))
        self.boton_salio.setToolTip(self.tr("Lo encontró por su Message-ID en los enviados de la cuenta"))
        self.boton_salio.clicked.connect(lambda: self.resolver(True))
        self.boton_no_salio = QPushButton(self.tr("No salió: volver a la bandeja"))
        self.boton_no_salio.clicked.connect(lambda: self.resolver(False))
        self.boton_anular = QPushButton(self.tr("Anular"))
        self.boton_anular.setToolTip(self.tr("Este mensaje todavía no salió: no sale nunca (queda en la historia)"))
        self.boton_anular.clicked.connect(self.anular)
        self.boton_rebote = QPushButton(self.tr("Anotar rebote…"))
        self.boton_rebote.clicked.connect(self.anotar_rebote)
        self.boton_recibido = QPushButton(self.tr("Anotar recibido"))
        self.boton_recibido.clicked.connect(self.anotar_recibido)
        # Las acciones del mensaje elegido, en la fila de su título: en 1024×600 no queda lugar para otra fila.
        acciones = QHBoxLayout()
        acciones.addWidget(subtitulo(self.tr("Mensaje elegido")))
        acciones.addStretch(1)
        for boton in (self.boton_salio, self.boton_no_salio, self.boton_anular, self.boton_rebote,
                      self.boton_recibido, self.boton_tecnico):
            acciones.addWidget(boton)

        abajo = QWidget()
        caja = QVBoxLayout(abajo)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addLayout(acciones)
        caja.addWidget(self.detalle)
        caja.addWidget(self.tecnico)
        caja.addWidget(self.destinatarios, 1)
        divisor = QSplitter(Qt.Orientation.Vertical)
        divisor.addWidget(self.tabla)
        divisor.addWidget(abajo)
        divisor.setChildrenCollapsible(False)
        divisor.setStretchFactor(0, 3)
        divisor.setStretchFactor(1, 2)
        # Las tablas piden más alto del que hay en 1024×600: el divisor toma el que queda (sin pasar de su mínimo).
        divisor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

        botones = QDialogButtonBox()
        botones.addButton(self.tr("Cerrar"), QDialogButtonBox.ButtonRole.RejectRole)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addLayout(filtros)
        disposicion.addWidget(divisor, 1)
        disposicion.addWidget(botones)

        # Lo que hace el cartero (cada paso del envío) se ve aquí; varios avisos seguidos, una sola recarga.
        self._recarga = QTimer(self)
        self._recarga.setSingleShot(True)
        self._recarga.setInterval(150)
        self._recarga.timeout.connect(self.recargar)
        self.cartero.cambio.connect(self._recarga.start)
        self.finished.connect(self._dejar_de_seguir)
        self.cartero.actualizar()   # lo que espera ahora (otro programa pudo poner o enviar algo)
        self.recargar()
        self.caber_en_la_pantalla(980, 620)

    def _dejar_de_seguir(self, _resultado: int = 0) -> None:
        self._recarga.stop()
        try:
            self.cartero.cambio.disconnect(self._recarga.start)
        except (RuntimeError, TypeError):   # ya desconectada
            pass

    # --- datos --------------------------------------------------------------------------------------------------
    def recargar(self) -> None:
        if not base_abierta(self.db):   # la ventana pasó a otra base (o se cerró) con la bandeja todavía abierta
            return
        elegido = self.elegido()
        self._pintar_estado()
        estados = ESTADOS_DEL_FILTRO[self.filtro.currentData()]
        mensajes = consultar_en_la_ventana(self, lambda: bandeja(self.contexto, estados=estados, clase=self._clase,
                                                                 referencia=self._referencia),
                                           que="leer la bandeja de salida")
        if mensajes is FALLO:
            return
        self.mensajes = list(reversed(mensajes))
        llenar_tabla(self.tabla, [
            [cuando(m), estado_del_mensaje(m.estado), m.miembro or "—", m.asunto,
             ", ".join(d["direccion"] for d in m.destinatarios)] for m in self.mensajes],
            datos=self.mensajes, color=lambda n: COLOR_MENSAJE.get(self.mensajes[n].estado),
            negrita=lambda n: self.mensajes[n].estado in ("por_confirmar", "rechazado"))
        ayudas_de_celdas(self.tabla, 2, 3, 4)
        self.vacia.setText(self.tr("No hay mensajes para mostrar.") if not self.mensajes else
                           self.tr("{0} mensajes.").format(formato.numero(len(self.mensajes))))
        fila = next((i for i, m in enumerate(self.mensajes) if elegido is not None and m.id == elegido.id), None)
        if fila is not None or self.mensajes:
            self.tabla.selectRow(fila or 0)   # el elegido, o el más reciente: su detalle a la vista
        self._mostrar_elegido()

    def _pintar_estado(self) -> None:
        texto, color = texto_del_cartero(self.cartero, completo=True)
        if not texto and not self.cartero.estado.puestos:
            texto, color = self.tr("La bandeja de salida está vacía: todavía no se puso en ella ningún mensaje."), True
        elif not texto:
            texto, color = self.tr("No hay mensajes esperando: todo lo puesto en la bandeja salió."), True
        pintar_resultado(self.estado, color, texto)
        self.boton_enviar.setEnabled(not self.cartero.enviando and self.cartero.estado.esperando > 0)

    def elegido(self):
        filas = self.tabla.selectionModel().selectedRows() if self.tabla.selectionModel() else []
        return self.mensajes[filas[0].row()] if filas and filas[0].row() < len(self.mensajes) else None

    def _mostrar_elegido(self) -> None:
        m = self.elegido()
        if m is None:
            self.detalle.setText(self.tr("Elija un mensaje para ver sus destinatarios y lo que respondió el servidor."))
            self.tecnico.clear()
            llenar_tabla(self.destinatarios, [])
            self._actualizar_botones()
            return
        partes = [m.asunto, self.tr("Estado: {0} · intentos: {1}").format(estado_del_mensaje(m.estado),
                                                                           formato.numero(m.intentos))]
        if m.ultimo_error:
            partes.append(m.ultimo_error)
        if m.estado == "por_confirmar":   # para buscarlo en los enviados hace falta su código: a la vista
            partes.append(self.tr("Búsquelo en los enviados de la cuenta por su código (Message-ID): {0}").format(
                m.message_id))
        self.detalle.setText("\n".join(partes))
        tecnico = [self.tr("Message-ID: {0}").format(m.message_id)]
        if m.ancla and m.estado in ("enviado", "por_confirmar"):
            # La cabeza de la bitácora que salió con el mensaje (la última línea de su texto), para verificarla.
            sello, _, huella = m.ancla.partition(" ")
            tecnico.append(self.tr("Huella de la bitácora: sello {0} · {1}").format(sello, huella))
        self.tecnico.setText("\n".join(tecnico))
        self.detalle.setStyleSheet(f"color: {ROJO};" if m.estado in ("rechazado", "por_confirmar") else "")
        destinatarios = m.destinatarios
        llenar_tabla(self.destinatarios, [
            [tipo_de_destinatario(d["tipo"]), f"{d['nombre']} <{d['direccion']}>" if d["nombre"] else d["direccion"],
             estado_del_destinatario(d["estado"]), d["motivo"] or "", cuando_destinatario(d)]
            for d in destinatarios], datos=destinatarios,
            color=lambda n: COLOR_DESTINATARIO.get(destinatarios[n]["estado"]))
        ayudas_de_celdas(self.destinatarios, 1, 3)
        self._actualizar_botones()

    def _destinatario(self) -> dict | None:
        filas = self.destinatarios.selectionModel().selectedRows() if self.destinatarios.selectionModel() else []
        m = self.elegido()
        return m.destinatarios[filas[0].row()] if m is not None and filas else None

    def _actualizar_botones(self) -> None:
        m = self.elegido()
        self.boton_salio.setVisible(m is not None and m.estado == "por_confirmar")
        self.boton_no_salio.setVisible(m is not None and m.estado == "por_confirmar")
        self.boton_anular.setVisible(m is not None and m.estado == "pendiente")
        anotable = m is not None and se_puede_anotar(m.estado) and self._destinatario() is not None
        self.boton_rebote.setEnabled(anotable)
        self.boton_recibido.setEnabled(anotable)

    # --- acciones -----------------------------------------------------------------------------------------------
    def enviar_ahora(self) -> None:
        self.cartero.enviar_ahora()
        self._pintar_estado()

    def ver_todo(self) -> None:
        self._clase = self._referencia = None
        self.solo_documento.hide()
        self.boton_todo.hide()
        self.recargar()

    def boletin(self) -> None:
        """El boletín de la red (dialogos/boletin.py): lo que se pone en la bandeja aparece aquí, con su estado."""
        from .boletin import DialogoBoletin

        dialogo = DialogoBoletin(self.oficina, self)
        dialogo.exec()
        encolados = dialogo.encolados
        descartar(dialogo)
        if not encolados:
            return
        self.filtro.blockSignals(True)   # lo recién puesto, a la vista: todos los mensajes, no los de un documento
        self.filtro.setCurrentIndex(self.filtro.findData("todos"))
        self.filtro.blockSignals(False)
        self.tabla.clearSelection()
        self.ver_todo()

    def configurar_cuenta(self) -> None:
        from .cuenta_correo import DialogoCuentaCorreo

        dialogo = DialogoCuentaCorreo(self.oficina, self)
        dialogo.exec()
        descartar(dialogo)
        self.recargar()

    def resolver(self, salio: bool) -> None:
        m = self.elegido()
        if m is None:
            return
        if salio:
            pregunta = self.tr("¿Encontró el mensaje {0} en los enviados de la cuenta? Queda como enviado y no sale de "
                               "nuevo.").format(m.message_id)
        else:
            pregunta = self.tr("¿El mensaje no está en los enviados de la cuenta? Vuelve a la bandeja y sale con el "
                               "próximo envío.")
        if QMessageBox.question(self, self.tr("Mensaje por confirmar"), pregunta) != QMessageBox.StandardButton.Yes:
            return
        hacer_en_la_ventana(self, self.oficina, lambda: resolver_por_confirmar(self.contexto, m.id, salio),
                            que="resolver un mensaje por confirmar")
        self.cartero.actualizar()
        self.recargar()

    def anular(self) -> None:
        m = self.elegido()
        if m is None or QMessageBox.question(self, self.tr("Anular el mensaje"), self.tr(
                "«{0}» a {1} no saldrá nunca (queda en la historia como anulado). ¿Anularlo?").format(
                m.asunto, m.miembro or "—")) != QMessageBox.StandardButton.Yes:
            return
        hacer_en_la_ventana(self, self.oficina, lambda: anular_mensaje(self.contexto, m.id), que="anular un mensaje")
        self.cartero.actualizar()
        self.recargar()

    def anotar_rebote(self) -> None:
        destinatario = self._destinatario()
        if destinatario is not None and anotar_rebote(self, self.oficina, destinatario):
            self.recargar()

    def anotar_recibido(self) -> None:
        destinatario = self._destinatario()
        if destinatario is not None and anotar_recibido(self, self.oficina, destinatario):
            self.recargar()
