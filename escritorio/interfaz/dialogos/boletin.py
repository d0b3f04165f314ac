"""Bandeja de salida › Boletín…: escribir el boletín de la red (issue 81 §3) y ponerlo en la bandeja.

El boletín es el único correo que la asociación envía porque la persona lo aceptó, y no porque lo mande el estatuto:
va a cada contacto con un consentimiento vigente (Datos personales › Consentimientos), uno por uno, sin adjuntos, y
cada mensaje dice al pie cuándo lo aceptó y cómo dejar de recibirlo. Se escribe el asunto y el texto; «Vista previa»
muestra a quién le llega (y cómo lo recibe cada uno) y quién queda fuera y por qué; «Poner en la bandeja» lo deja en
la bandeja de salida y el cartero lo envía, como cualquier otro envío (dialogos/enviar_correo.py).

Quién lo recibe lo decide el servicio (`servicios.boletin.preparar_boletin`, el mismo de «escritorio correo
boletin»); `servicios.correo.encolar` lo pone en la bandeja. Si algo falla (el asunto vacío, la cuenta sin
configurar, nadie con consentimiento), el mensaje del servicio se dice en el diálogo, que queda abierto con lo
escrito."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QMessageBox, QPlainTextEdit, QPushButton, QSizePolicy, QSplitter, QTextBrowser,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...dominio import formato
from ...errores import ErrorEscritorio, ErrorValidacion
from ...servicios.boletin import preparar_boletin
from ...servicios.correo import Envio, MensajePreparado, encolar, exigir_destinatarios
from ...servicios.cuenta_de_correo import cuenta_de_correo, exigir_cuenta
from ...servicios.oficina import Oficina
from ..cartero import Cartero
from ..comun import descartar, marcar_invalido
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..piezas import ROJO, DialogoBase, escalar, nota, pintar_resultado, subtitulo
from ..piezas.de_la_oficina import DeLaOficina


class DialogoBoletin(DeLaOficina, DialogoBase):
    """El boletín: asunto, texto, vista previa y a la bandeja. Tras `exec()`, `encolados` dice cuántos mensajes
    quedaron en la bandeja (0 si se canceló)."""

    def __init__(self, oficina: Oficina, padre: QWidget | None = None):
        super().__init__(padre, self.tr("Boletín de la red"))
        self.oficina = oficina
        self.cartero = Cartero.de(oficina)
        self.encolados = 0
        self.envio: Envio | None = None
        self._mensajes: list[MensajePreparado] = []

        explicacion = nota(self.tr(
            "Va solo a los contactos que aceptaron recibirlo (Datos personales › Consentimientos), un mensaje a cada "
            "uno, sin adjuntos; al pie, cuándo lo aceptó y cómo dejar de recibirlo. Quien no lo aceptó, lo revocó o se "
            "opuso al correo no lo recibe."))
        self.sin_cuenta = QLabel()
        self.sin_cuenta.setObjectName("sinCuenta")
        self.sin_cuenta.setWordWrap(True)
        self.boton_cuenta = QPushButton(self.tr("Cuenta de correo…"))
        self.boton_cuenta.clicked.connect(self.configurar_cuenta)
        fila_cuenta = QHBoxLayout()
        fila_cuenta.addWidget(self.sin_cuenta, 1)
        fila_cuenta.addWidget(self.boton_cuenta, 0, Qt.AlignmentFlag.AlignVCenter)

        # Lo que se escribe.
        self.asunto = QLineEdit()
        self.asunto.setAccessibleName(self.tr("Asunto del boletín"))
        self.asunto.setPlaceholderText(self.tr("Por ejemplo: Boletín de noviembre"))
        self.asunto.textEdited.connect(lambda _t: marcar_invalido(self.asunto, None))
        self.texto = QPlainTextEdit()
        self.texto.setAccessibleName(self.tr("Texto del boletín"))
        self.texto.setTabChangesFocus(True)
        self.texto.setPlaceholderText(self.tr("Las noticias, invitaciones y convocatorias abiertas de este boletín. "
                                              "El saludo («A …:»), la firma y el pie los agrega Escritorio."))
        self.texto.textChanged.connect(lambda: marcar_invalido(self.texto, None))
        self.texto.setMinimumHeight(90)
        rotulo_asunto = QLabel(self.tr("&Asunto:"))
        rotulo_asunto.setBuddy(self.asunto)
        rotulo_texto = QLabel(self.tr("&Texto:"))
        rotulo_texto.setBuddy(self.texto)
        izquierda = QWidget()
        caja = QVBoxLayout(izquierda)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(rotulo_asunto)
        caja.addWidget(self.asunto)
        caja.addWidget(rotulo_texto)
        caja.addWidget(self.texto, 1)

        # La vista previa: a quién le llega, cómo lo recibe el elegido y quién queda fuera.
        self.titulo_reciben = subtitulo(self.tr("Vista previa"))
        self.reciben = QTreeWidget()
        self.reciben.setObjectName("recibenElBoletin")
        self.reciben.setAccessibleName(self.tr("Lo reciben"))
        self.reciben.setHeaderLabels([self.tr("Contacto"), self.tr("Dirección"), self.tr("Miembro")])
        self.reciben.setRootIsDecorated(False)
        self.reciben.setUniformRowHeights(True)
        self.reciben.setColumnWidth(0, 130)
        self.reciben.setColumnWidth(1, 190)
        self.reciben.setMinimumHeight(70)
        self.reciben.currentItemChanged.connect(lambda *_: self._ver_elegido())
        self.titulo_vista = QLabel()
        self.titulo_vista.setWordWrap(True)
        self.cuerpo = QTextBrowser()
        self.cuerpo.setObjectName("cuerpoDelBoletin")
        self.cuerpo.setAccessibleName(self.tr("Así lo recibe"))
        self.cuerpo.setOpenLinks(False)
        self.cuerpo.setMinimumHeight(70)
        self.cuerpo.setPlaceholderText(self.tr("Pida la «Vista previa»: aquí se ve cómo lo recibe cada uno."))
        self.titulo_fuera = QLabel()
        self.titulo_fuera.setWordWrap(True)
        self.titulo_fuera.setStyleSheet(f"color: {ROJO};")
        self.titulo_fuera.setFont(escalar(self.font(), 1.0, negrita=True))
        self.fuera = QListWidget()
        self.fuera.setObjectName("noRecibenElBoletin")
        self.fuera.setAccessibleName(self.tr("No lo reciben"))
        self.fuera.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 10)
        self.fuera.setWordWrap(True)   # el motivo entero, en dos renglones si hace falta
        self.fuera.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fuera.setResizeMode(QListWidget.ResizeMode.Adjust)
        derecha = QWidget()
        caja = QVBoxLayout(derecha)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(self.titulo_reciben)
        caja.addWidget(self.reciben, 2)
        caja.addWidget(self.titulo_vista)
        caja.addWidget(self.cuerpo, 3)
        caja.addWidget(self.titulo_fuera)
        caja.addWidget(self.fuera)

        divisor = QSplitter()
        divisor.addWidget(izquierda)
        divisor.addWidget(derecha)
        divisor.setChildrenCollapsible(False)
        divisor.setStretchFactor(0, 1)
        divisor.setStretchFactor(1, 1)
        # Lo escrito y la vista previa piden más alto del que hay en una pantalla chica: el divisor toma el que queda.
        divisor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)

        self.veredicto = QLabel()
        self.veredicto.setObjectName("veredictoBoletin")
        self.veredicto.setWordWrap(True)
        self.veredicto.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.veredicto.hide()
        botones = QDialogButtonBox()
        self.boton_previa = botones.addButton(self.tr("&Vista previa"), QDialogButtonBox.ButtonRole.ActionRole)
        self.boton_previa.clicked.connect(self.vista_previa)
        self.boton_poner = botones.addButton(self.tr("&Poner en la bandeja"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.boton_poner.setAutoDefault(False)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        # Enter en el asunto muestra la vista previa: no pone nada en la bandeja ni cierra el diálogo.
        self.boton_previa.setDefault(True)
        botones.accepted.connect(self.poner_en_la_bandeja)
        botones.rejected.connect(self.reject)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addLayout(fila_cuenta)
        disposicion.addWidget(divisor, 1)
        disposicion.addWidget(self.veredicto)
        disposicion.addWidget(botones)

        self._mostrar_cuenta()
        self._llenar(None)
        self.caber_en_la_pantalla(980, 620)
        self.asunto.setFocus()

    # --- lo preparado ---------------------------------------------------------------------------------------
    def _preparar(self) -> Envio | None:
        """Pide al servicio el boletín con lo escrito. None si no se preparó: el motivo, en el diálogo (y el campo
        que lo causó, marcado); lo escrito queda como estaba."""
        asunto, texto = self.asunto.text(), self.texto.toPlainText()
        envio = consultar_en_la_ventana(self, lambda: preparar_boletin(self.contexto, asunto, texto),
                                        que="preparar el boletín", al_rechazar=self._no_se_prepara)
        if envio is FALLO:
            return None
        self.veredicto.hide()
        marcar_invalido(self.asunto, None)
        marcar_invalido(self.texto, None)
        self._llenar(envio)
        return envio

    def _no_se_prepara(self, error: ErrorEscritorio) -> None:
        if isinstance(error, ErrorValidacion):
            for campo, widget in (("asunto", self.asunto), ("texto", self.texto)):
                marcar_invalido(widget, error.campos.get(campo))
            (self.asunto if "asunto" in error.campos else self.texto).setFocus()
        self._decir(False, error.mensaje)

    def vista_previa(self) -> bool:
        """A quién le llega y quién queda fuera; si no le llega a nadie, lo que diría el envío (el servicio)."""
        envio = self._preparar()
        if envio is None:
            return False
        if not envio.mensajes:
            consultar_en_la_ventana(self, lambda: exigir_destinatarios(envio), que="preparar el boletín",
                                    al_rechazar=lambda error: self._decir(None, error.mensaje))
        return True

    def _llenar(self, envio: Envio | None) -> None:
        self.envio = envio
        self._mensajes = list(envio.mensajes) if envio else []
        self.reciben.clear()
        for mensaje in self._mensajes:
            direccion, nombre = mensaje.para[0]
            fila = QTreeWidgetItem([nombre or "", direccion, mensaje.miembro])
            for columna, texto in enumerate((nombre or "", direccion, mensaje.miembro)):
                fila.setToolTip(columna, texto)
            self.reciben.addTopLevelItem(fila)
        self.titulo_reciben.setText(self.tr("Vista previa") if envio is None else self.tr("Lo reciben ({0})").format(
            formato.numero(len(self._mensajes))))
        self.fuera.clear()
        if envio is not None:
            fuera = [self.tr("{0} — {1}").format(f["miembro"] or "—", f["motivo"]) for f in envio.sin_direccion]
            fuera += [self.tr("{0} ({1}) — {2}").format(f["persona"], f["miembro"] or "—", f["motivo"])
                      for f in envio.por_oposicion]
            for texto in fuera:
                item = QListWidgetItem(texto)
                item.setToolTip(texto)
                self.fuera.addItem(item)
        cuantos = self.fuera.count()
        self.titulo_fuera.setText(self.tr("No lo reciben ({0}), aunque lo aceptaron:").format(formato.numero(cuantos)))
        self.titulo_fuera.setVisible(bool(cuantos))
        self.fuera.setVisible(bool(cuantos))
        if self._mensajes:
            self.reciben.setCurrentItem(self.reciben.topLevelItem(0))
        self._ver_elegido()

    def _ver_elegido(self) -> None:
        fila = self.reciben.currentItem()
        indice = self.reciben.indexOfTopLevelItem(fila) if fila is not None else -1
        if not 0 <= indice < len(self._mensajes):
            self.titulo_vista.setText("")
            self.titulo_vista.setVisible(False)
            self.cuerpo.clear()
            return
        mensaje = self._mensajes[indice]
        direccion, nombre = mensaje.para[0]
        self.titulo_vista.setText(self.tr("Así lo recibe {0}:").format(nombre or direccion))
        self.titulo_vista.setVisible(True)
        self.cuerpo.setHtml(mensaje.html)

    def _decir(self, exito: bool | None, texto: str) -> None:
        pintar_resultado(self.veredicto, exito, texto, a_la_vista=True)
        self.veredicto.show()

    # --- la cuenta ---------------------------------------------------------------------------------------------
    def _mostrar_cuenta(self) -> None:
        cuenta = cuenta_de_correo(self.contexto)
        if cuenta is None:
            pintar_resultado(self.sin_cuenta, None, self.tr(
                "La asociación todavía no tiene cuenta de correo: configúrela para poder enviar. La vista previa ya "
                "muestra cada mensaje."))
        self.sin_cuenta.setVisible(cuenta is None)
        self.boton_cuenta.setVisible(cuenta is None)

    def configurar_cuenta(self) -> None:
        from .cuenta_correo import DialogoCuentaCorreo

        dialogo = DialogoCuentaCorreo(self.oficina, self)
        dialogo.exec()
        guardada = dialogo.guardada
        descartar(dialogo)
        if guardada:
            self._mostrar_cuenta()
            self.veredicto.hide()   # lo que faltaba (la cuenta) ya está
            if self.envio is not None:
                self._preparar()    # la firma de la cuenta va al pie de cada mensaje

    # --- a la bandeja ------------------------------------------------------------------------------------------
    def poner_en_la_bandeja(self) -> None:
        """Prepara con lo escrito (la vista previa queda al día), pregunta y lo deja en la bandeja, todo o nada; el
        cartero lo envía. Si algo falla, el diálogo sigue abierto con lo escrito."""
        envio = self._preparar()
        if envio is None:
            return
        # Lo que el envío exigiría (alguien que lo reciba, la cuenta), antes de preguntar: lo dice el servicio.
        contexto = self.contexto
        if consultar_en_la_ventana(self, lambda: (exigir_destinatarios(envio), exigir_cuenta(contexto)),
                                   que="poner el boletín en la bandeja de salida",
                                   al_rechazar=lambda error: self._decir(False, error.mensaje)) is FALLO:
            return
        if QMessageBox.question(self, self.windowTitle(), self.tr(
                "¿Poner en la bandeja de salida el boletín «{0}»? {1}, uno por contacto; salen enseguida si hay "
                "conexión.").format(envio.titulo, formato.cuantos(len(envio.mensajes), self.tr("{0} mensaje"),
                                                                  self.tr("{0} mensajes"))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes) != QMessageBox.StandardButton.Yes:
            return
        hecho = hacer_en_la_ventana(self, self.oficina, lambda _informar: encolar(contexto, envio),
                                    que="poner el boletín en la bandeja de salida", en_segundo_plano=True,
                                    cancelable=False, al_rechazar=lambda error: self._decir(False, error.mensaje),
                                    al_cancelar=lambda: None)
        if hecho is None:
            return
        self.encolados = len(hecho.resultado)
        self.cartero.actualizar()
        self.cartero.enviar_ahora()
        self.accept()

    def reject(self) -> None:
        """Cancelar (o Esc) con un boletín escrito que no se puso en la bandeja pregunta antes de perderlo."""
        if (self.asunto.text().strip() or self.texto.toPlainText().strip()) and QMessageBox.question(
                self, self.windowTitle(), self.tr("El boletín escrito no se puso en la bandeja de salida. "
                                                  "¿Descartarlo?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Discard:
            return
        super().reject()
