"""Enviar por correo (la convocatoria, el acta aprobada, una resolución, un recibo, los avisos de cobro): el diálogo
que comparten todos.

A la izquierda, a quién va: cada miembro con las direcciones a las que le llega (los contactos que marcaron esa clase
de correo; si ninguno, su correo institucional), para marcar o desmarcar; debajo, quién no tiene dirección y por eso
no recibe nada (doble clic abre su ficha para agregarla). A la derecha, el mensaje como lo recibe el miembro elegido:
remitente, para, copia, asunto, el cuerpo con su saludo y los adjuntos. «Enviar» deja todo en la bandeja de salida,
todo o nada, con los PDF emitidos y registrados, y el cartero lo envía en segundo plano (interfaz/cartero.py).

Qué se prepara lo decide el servicio (`servicios.correo.preparar_*`, el mismo de «escritorio correo …»): el diálogo
recibe `preparar(miembros, copias)` y muestra lo que devuelve; `servicios.correo.encolar` lo pone en la bandeja."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QSizePolicy, QSplitter, QTextBrowser, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from ...dominio import formato
from ...errores import ErrorEscritorio, ErrorValidacion
from ...servicios.correo import Envio, MensajePreparado, encolar
from ...servicios.cuenta_de_correo import cuenta_de_correo
from ...servicios.oficina import Oficina
from ..cartero import Cartero
from ..comun import descartar, marcar_invalido
from ..piezas import ROJO, DialogoBase, escalar, nota, pintar_resultado, subtitulo
from ..piezas.de_la_oficina import DeLaOficina
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana

# preparar(miembros elegidos o None para todos los que corresponden, el texto de las copias) -> el envío
Preparar = Callable[[list[int] | None, str], Envio]


def _direcciones(lista: list[tuple[str, str | None]]) -> str:
    return ", ".join(f"{nombre} <{direccion}>" if nombre else direccion for direccion, nombre in lista)


class DialogoEnviarCorreo(DeLaOficina, DialogoBase):
    """`titulo`: qué se envía («Enviar la convocatoria por correo»); `elegir`: si se marcan los destinatarios (un
    recibo va a quien pagó, sin elegir). Tras `exec()`, `encolados` dice cuántos mensajes quedaron en la bandeja."""

    def __init__(self, oficina: Oficina, titulo: str, preparar: Preparar, padre: QWidget | None = None,
                 elegir: bool = True):
        super().__init__(padre, titulo)
        self.oficina = oficina
        self.cartero = Cartero.de(oficina)
        self._preparar = preparar
        self._elegir = elegir
        self.encolados = 0
        self.envio: Envio | None = None
        self._por_miembro: dict[int, MensajePreparado] = {}

        self.encabezado = subtitulo()
        self.encabezado.setWordWrap(True)
        self.explicacion = nota()
        self.sin_cuenta = QLabel()
        self.sin_cuenta.setObjectName("sinCuenta")
        self.sin_cuenta.setWordWrap(True)
        self.boton_cuenta = QPushButton(self.tr("Cuenta de correo…"))
        self.boton_cuenta.clicked.connect(self.configurar_cuenta)
        fila_cuenta = QHBoxLayout()
        fila_cuenta.addWidget(self.sin_cuenta, 1)
        fila_cuenta.addWidget(self.boton_cuenta, 0, Qt.AlignmentFlag.AlignVCenter)

        # A quién va.
        self.destinatarios = QTreeWidget()
        self.destinatarios.setObjectName("destinatarios")
        self.destinatarios.setHeaderLabels([self.tr("Miembro"), self.tr("Le llega a")])
        self.destinatarios.setRootIsDecorated(False)
        self.destinatarios.setUniformRowHeights(True)
        self.destinatarios.setColumnWidth(0, 190)
        self.destinatarios.currentItemChanged.connect(lambda *_: self._ver_elegido())
        self.destinatarios.itemChanged.connect(lambda *_: self._contar())
        self.boton_todos = QPushButton(self.tr("Todos"))
        self.boton_todos.clicked.connect(lambda: self._marcar_todos(True))
        self.boton_ninguno = QPushButton(self.tr("Ninguno"))
        self.boton_ninguno.clicked.connect(lambda: self._marcar_todos(False))
        self.cuenta_marcados = nota()
        fila_marcar = QHBoxLayout()
        fila_marcar.addWidget(self.cuenta_marcados, 1)
        fila_marcar.addWidget(self.boton_todos)
        fila_marcar.addWidget(self.boton_ninguno)
        self.titulo_sin_direccion = QLabel()
        self.titulo_sin_direccion.setWordWrap(True)
        self.titulo_sin_direccion.setStyleSheet(f"color: {ROJO};")
        self.titulo_sin_direccion.setFont(escalar(self.font(), 1.0, negrita=True))
        self.sin_direccion = QListWidget()
        self.sin_direccion.setObjectName("sinDireccion")
        self.sin_direccion.setToolTip(self.tr("Doble clic: abrir su ficha para agregar un correo o un contacto que "
                                              "reciba esta clase de correo"))
        self.sin_direccion.itemActivated.connect(self._abrir_ficha)
        self.sin_direccion.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 10)
        self.copias = QLineEdit()
        self.copias.setPlaceholderText(self.tr("archivo@red.org, presidencia@red.org"))
        self.copias.setToolTip(self.tr("Cada mensaje lleva una copia a estas direcciones (separadas por comas)"))
        self.copias.editingFinished.connect(self._copias_cambiadas)
        self.copias.textEdited.connect(lambda _t: marcar_invalido(self.copias, None))
        izquierda = QWidget()
        caja = QVBoxLayout(izquierda)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(subtitulo(self.tr("Destinatarios")))
        caja.addWidget(self.destinatarios, 1)
        caja.addLayout(fila_marcar)
        caja.addWidget(self.titulo_sin_direccion)
        caja.addWidget(self.sin_direccion)
        formulario_copias = QFormLayout()
        formulario_copias.setContentsMargins(0, 0, 0, 0)
        formulario_copias.addRow(self.tr("Copia a:"), self.copias)
        caja.addLayout(formulario_copias)

        # El mensaje como lo recibe el elegido.
        self.de = QLabel()
        self.para = QLabel()
        self.copia = QLabel()
        self.asunto = QLabel()
        self.adjuntos = QLabel()
        for etiqueta in (self.de, self.para, self.copia, self.asunto, self.adjuntos):
            etiqueta.setWordWrap(True)
            etiqueta.setTextFormat(Qt.TextFormat.PlainText)
            etiqueta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.asunto.setFont(escalar(self.font(), 1.0, negrita=True))
        cabecera = QFormLayout()
        cabecera.setContentsMargins(0, 0, 0, 0)
        cabecera.addRow(self.tr("De:"), self.de)
        cabecera.addRow(self.tr("Para:"), self.para)
        cabecera.addRow(self.tr("Copia:"), self.copia)
        cabecera.addRow(self.tr("Asunto:"), self.asunto)
        cabecera.addRow(self.tr("Adjuntos:"), self.adjuntos)
        self.cuerpo = QTextBrowser()
        self.cuerpo.setObjectName("cuerpoDelMensaje")
        self.cuerpo.setOpenLinks(False)
        self.titulo_vista = subtitulo()
        derecha = QWidget()
        caja = QVBoxLayout(derecha)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(self.titulo_vista)
        caja.addLayout(cabecera)
        caja.addWidget(self.cuerpo, 1)

        divisor = QSplitter()
        divisor.addWidget(izquierda)
        divisor.addWidget(derecha)
        divisor.setChildrenCollapsible(False)
        divisor.setStretchFactor(0, 2)
        divisor.setStretchFactor(1, 3)
        # La lista y el mensaje piden más alto del que hay en una pantalla chica: el divisor toma el que queda.
        divisor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.destinatarios.setMinimumHeight(90)
        self.cuerpo.setMinimumHeight(90)

        self.veredicto = QLabel()
        self.veredicto.setObjectName("veredictoEnvio")
        self.veredicto.setWordWrap(True)
        self.veredicto.hide()
        botones = QDialogButtonBox()
        self.boton_enviar = botones.addButton(self.tr("Enviar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.boton_enviar.setDefault(True)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        botones.accepted.connect(self.enviar)
        botones.rejected.connect(self.reject)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.encabezado)
        disposicion.addWidget(self.explicacion)
        disposicion.addLayout(fila_cuenta)
        disposicion.addWidget(divisor, 1)
        disposicion.addWidget(self.veredicto)
        disposicion.addWidget(botones)

        self.boton_todos.setVisible(elegir)
        self.boton_ninguno.setVisible(elegir)
        self._mostrar_cuenta()
        self.preparado = self._volver_a_preparar(primera=True)
        self.caber_en_la_pantalla(980, 620)

    # --- lo preparado ---------------------------------------------------------------------------------------
    def _no_se_prepara(self, error: ErrorEscritorio) -> None:
        """Un envío que no se arma: la copia mal escrita, marcada en su campo; lo demás, dicho en el diálogo."""
        if isinstance(error, ErrorValidacion):
            campos = getattr(error, "campos", None) or {}
            marcar_invalido(self.copias, campos.get("copia", error.mensaje))
        self._decir(False, error.mensaje)

    def _volver_a_preparar(self, primera: bool = False) -> bool:
        """Pide al servicio el envío a todos los que corresponden, con las copias escritas. False si no se pudo
        (un documento que no se envía: un acta en borrador; una copia mal escrita)."""
        def rechazado(error: ErrorEscritorio) -> None:
            self._no_se_prepara(error)
            if not isinstance(error, ErrorValidacion):
                self.boton_enviar.setEnabled(False)

        envio = consultar_en_la_ventana(self, lambda: self._preparar(None, self.copias.text()),
                                        que="preparar el correo", al_rechazar=rechazado)
        if envio is FALLO:
            return False
        self.envio = envio
        self._por_miembro = {m.miembro_id: m for m in envio.mensajes}
        if primera:
            self._llenar(envio)
        self._ver_elegido()
        return True

    def _llenar(self, envio: Envio) -> None:
        clase = {"convocatoria": self.tr("la convocatoria"), "acta": self.tr("el acta aprobada"),
                 "resolucion": self.tr("la resolución"), "recibo": self.tr("el recibo"),
                 "aviso": self.tr("su aviso de cobro")}.get(envio.clase, envio.clase)
        self.encabezado.setText(envio.titulo)
        self.explicacion.setText(self.tr(
            "Cada miembro recibe su propio mensaje, con {0} en PDF adjunto (con su código de verificación). Le llega "
            "a los contactos de su ficha que marcaron esta clase de correo; si ninguno, a su correo "
            "institucional.").format(clase))
        self.destinatarios.blockSignals(True)
        self.destinatarios.clear()
        for mensaje in envio.mensajes:
            fila = QTreeWidgetItem([mensaje.miembro, ", ".join(direccion for direccion, _ in mensaje.para)])
            fila.setData(0, Qt.ItemDataRole.UserRole, mensaje.miembro_id)
            fila.setToolTip(1, _direcciones(mensaje.para))
            if self._elegir:
                fila.setFlags(fila.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                fila.setCheckState(0, Qt.CheckState.Checked)
            self.destinatarios.addTopLevelItem(fila)
        self.destinatarios.blockSignals(False)
        if self.destinatarios.topLevelItemCount():
            self.destinatarios.setCurrentItem(self.destinatarios.topLevelItem(0))
        self.sin_direccion.clear()
        for fila in envio.sin_direccion:
            item = QListWidgetItem(f"{fila['miembro']} — {fila['motivo']}")
            item.setData(Qt.ItemDataRole.UserRole, fila["miembro_id"])
            item.setForeground(Qt.GlobalColor.darkRed)
            self.sin_direccion.addItem(item)
        sin_nada = {f["miembro_id"] for f in envio.sin_direccion}
        otros = [f for f in envio.por_oposicion if f["miembro_id"] not in sin_nada]
        for fila in otros:   # su miembro recibe por otro contacto, pero esta persona no (issue 81 §3)
            item = QListWidgetItem(self.tr("{0} ({1}) — pidió no recibir correo (oposición)").format(
                fila["persona"], fila["miembro"]))
            item.setData(Qt.ItemDataRole.UserRole, fila["miembro_id"])
            self.sin_direccion.addItem(item)
        cuantos = len(envio.sin_direccion) + len(otros)
        self.titulo_sin_direccion.setText(self.tr(
            "No reciben este correo ({0}): sin dirección, o pidieron no recibirlo. Doble clic: abrir su ficha:").format(
            formato.numero(cuantos)))
        self.titulo_sin_direccion.setVisible(bool(cuantos))
        self.sin_direccion.setVisible(bool(cuantos))
        self._contar()

    def marcados(self) -> list[int]:
        """Los miembros marcados (todos, si no se elige)."""
        filas = [self.destinatarios.topLevelItem(i) for i in range(self.destinatarios.topLevelItemCount())]
        return [f.data(0, Qt.ItemDataRole.UserRole) for f in filas
                if not self._elegir or f.checkState(0) == Qt.CheckState.Checked]

    def _marcar_todos(self, marcar: bool) -> None:
        estado = Qt.CheckState.Checked if marcar else Qt.CheckState.Unchecked
        self.destinatarios.blockSignals(True)
        for i in range(self.destinatarios.topLevelItemCount()):
            self.destinatarios.topLevelItem(i).setCheckState(0, estado)
        self.destinatarios.blockSignals(False)
        self._contar()

    def _contar(self) -> None:
        total = self.destinatarios.topLevelItemCount()
        marcados = len(self.marcados())
        self.cuenta_marcados.setText(self.tr("{0} de {1} mensajes marcados").format(
            formato.numero(marcados), formato.numero(total)) if self._elegir else
            self.tr("{0} mensajes").format(formato.numero(total)))
        self.boton_enviar.setEnabled(marcados > 0 and self.envio is not None)

    def _ver_elegido(self) -> None:
        fila = self.destinatarios.currentItem()
        mensaje = self._por_miembro.get(fila.data(0, Qt.ItemDataRole.UserRole)) if fila is not None else None
        if mensaje is None:
            self.titulo_vista.setText(self.tr("Vista previa"))
            for etiqueta in (self.para, self.copia, self.asunto, self.adjuntos):
                etiqueta.clear()
            self.cuerpo.clear()
            return
        self.titulo_vista.setText(self.tr("Así lo recibe {0}").format(mensaje.miembro))
        self.para.setText(_direcciones(mensaje.para))
        self.copia.setText(_direcciones(mensaje.copia) or "—")
        self.asunto.setText(mensaje.asunto)
        self.adjuntos.setText(", ".join(mensaje.adjuntos) or "—")
        self.cuerpo.setHtml(mensaje.html)

    def _copias_cambiadas(self) -> None:
        if self.envio is not None and self.copias.isModified():
            self.copias.setModified(False)
            if self._volver_a_preparar():
                self.veredicto.hide()

    def _decir(self, exito: bool | None, texto: str) -> None:
        pintar_resultado(self.veredicto, exito, texto, a_la_vista=True)
        self.veredicto.show()

    # --- la cuenta ---------------------------------------------------------------------------------------------
    def _mostrar_cuenta(self) -> None:
        cuenta = cuenta_de_correo(self.contexto)
        if cuenta is None:
            self.de.setText(self.tr("(falta configurar la cuenta de correo)"))
            pintar_resultado(self.sin_cuenta, None, self.tr(
                "La asociación todavía no tiene cuenta de correo: configúrela para poder enviar. La vista previa ya "
                "muestra cada mensaje."))
        else:
            self.de.setText(f"{cuenta.nombre_remitente} <{cuenta.remitente}>" if cuenta.nombre_remitente
                            else cuenta.remitente)
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
            if self._volver_a_preparar():   # la firma de la cuenta va al pie de cada mensaje
                self.veredicto.hide()       # lo que faltaba (la cuenta) ya está: el rechazo de antes no queda a la vista

    def _abrir_ficha(self, item: QListWidgetItem) -> None:
        """La ficha del miembro sin dirección, en sus contactos: al volver, se prepara de nuevo (quizá ya tiene)."""
        from .ficha_miembro import DialogoFichaMiembro

        dialogo = DialogoFichaMiembro(self.oficina, item.data(Qt.ItemDataRole.UserRole), self)
        dialogo.pestanas.setCurrentIndex(2)
        dialogo.exec()
        descartar(dialogo)
        marcados = set(self.marcados())
        antes = {m.miembro_id for m in self.envio.mensajes} if self.envio else set()
        if self._volver_a_preparar(primera=True):
            for i in range(self.destinatarios.topLevelItemCount()):   # lo desmarcado sigue desmarcado
                fila = self.destinatarios.topLevelItem(i)
                miembro = fila.data(0, Qt.ItemDataRole.UserRole)
                if self._elegir and miembro in antes and miembro not in marcados:
                    fila.setCheckState(0, Qt.CheckState.Unchecked)

    # --- enviar ------------------------------------------------------------------------------------------------
    def enviar(self) -> None:
        """Todo o nada a la bandeja de salida (con los PDF emitidos y registrados), y el cartero lo envía."""
        marcados = self.marcados()
        if not marcados:
            return
        envio = consultar_en_la_ventana(self, lambda: self._preparar(marcados if self._elegir else None,
                                                                     self.copias.text()),
                                        que="preparar el correo", al_rechazar=self._no_se_prepara)
        if envio is FALLO:
            return
        contexto = self.contexto
        hecho = hacer_en_la_ventana(self, self.oficina, lambda _informar: encolar(contexto, envio),
                                    que="poner el correo en la bandeja de salida", en_segundo_plano=True,
                                    cancelable=False, al_rechazar=lambda error: self._decir(False, error.mensaje),
                                    al_cancelar=lambda: None)
        if hecho is None:
            return
        self.encolados = len(hecho.resultado)
        self.cartero.actualizar()
        self.cartero.enviar_ahora()
        self.accept()
