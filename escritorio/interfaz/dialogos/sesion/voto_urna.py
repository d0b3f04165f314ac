"""La urna electrónica de lo que se vota (issue 85), en la pestaña Votaciones: abrirla (nominal o secreta), ver
«Votaron N de M» mientras las delegaciones votan desde su teléfono, y cerrarla y contar —el resultado entra al registro
de siempre y se ve como un recuento a mano— o descartarla.

Todo lo decide `servicios.voto_electronico` (los mismos servicios que «escritorio voto …»): aquí no se re-chequea
nada; lo que el servicio rechaza (sin quórum, ya hay otra urna abierta) se muestra con `hacer_en_la_ventana`. La
cuenta se relee con un QTimer (`cuantos_votaron`); es un enlace a quiénes votaron (`voto_participacion.py`: en una
nominal, con su voto; en una secreta, nunca qué eligió cada una). La urna vive en la base: al cerrar y
volver a abrir el editor, sigue abierta.
"""

from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....servicios.voto_electronico import abrir_urna, cerrar_urna, cuantos_votaron, descartar_urna, urna_abierta
from ...operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ...piezas import escalar, nota
from .piezas import confirmar_borrado, confirmar_cierre
from .protocolo_del_editor import EditorDeSesion
from .voto_participacion import DialogoQuienesVotaron

CADA_CUANTO_MS = 2000   # cada cuánto se relee «votaron N de M»


class PanelUrna(QFrame):
    """La urna electrónica del punto (o de la elección) que se ve: el botón para abrirla o, abierta, su cuenta.
    `abierta_aqui(bool)`: si la urna abierta es la de lo que se ve (la pestaña oculta entonces el recuento a mano)."""

    abierta_aqui = Signal(bool)

    def __init__(self, editor: EditorDeSesion, padre: QWidget | None = None, en_columna: bool = False):
        super().__init__(padre)
        self.editor = editor
        self.setObjectName("panelUrna")
        self.setStyleSheet("QFrame#panelUrna { border: 1px solid #b8cfe6; border-radius: 6px; background: #f4f8fc; }")
        self._objeto: tuple[str, int] | None = None   # (objeto, id) de lo que se ve: ("punto", 7), ("eleccion", 9)
        self.papeleta = None                          # la de la urna abierta de la sesión (servicios), o None
        self.forma = QComboBox()
        self.forma.addItem(self.tr("secreta"), True)
        self.forma.addItem(self.tr("nominal"), False)
        self.forma.setToolTip(self.tr("Secreta: la base no guarda quién eligió qué. Nominal: cada voto queda con su "
                                      "delegación, como en una nominal a mano."))
        self.boton_abrir = QPushButton(self.tr("Abrir votación electrónica"))
        self.boton_abrir.setToolTip(self.tr("Las delegaciones votan desde su teléfono con su código; al cerrar, el "
                                            "resultado se registra como un recuento a mano"))
        self.boton_abrir.clicked.connect(self.abrir)
        self.estado = QLabel()
        self.estado.setObjectName("estadoUrna")
        self.estado.setWordWrap(True)
        # «Votaron N de M», un enlace: abre quiénes votaron (y, en una nominal, qué eligió cada una).
        self.cuenta = QLabel()
        self.cuenta.setObjectName("cuentaUrna")
        self.cuenta.setFont(escalar(self.cuenta.font(), 1.15, negrita=True))
        self.cuenta.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.cuenta.setToolTip(self.tr("Quiénes votaron y quiénes faltan (en una nominal, también qué eligió cada "
                                       "una; en una secreta, nunca)"))
        self.cuenta.linkActivated.connect(lambda _enlace: self.ver_quienes())
        self.quienes: DialogoQuienesVotaron | None = None
        self.detalle = nota()
        self.boton_cerrar = QPushButton(self.tr("Cerrar y contar"))
        self.boton_cerrar.setToolTip(self.tr("Cierra la urna y registra el resultado, como un recuento a mano"))
        self.boton_cerrar.clicked.connect(self.cerrar)
        self.boton_descartar = QPushButton(self.tr("Descartar"))
        self.boton_descartar.setToolTip(self.tr("Descarta la urna sin contar: sus votos se borran"))
        self.boton_descartar.clicked.connect(self.descartar)
        # En una fila (Enmiendas, bajo el recuento a mano) o en columna (Votaciones, bajo la lista de puntos: no le
        # quita alto al recuento a mano en una pantalla baja).
        fila = QVBoxLayout() if en_columna else QHBoxLayout()
        fila.setContentsMargins(0, 0, 0, 0)
        fila.addWidget(self.estado, 1)
        fila.addWidget(self.forma)
        fila.addWidget(self.boton_abrir)
        abierta = QVBoxLayout() if en_columna else QHBoxLayout()
        abierta.setContentsMargins(0, 0, 0, 0)
        abierta.addWidget(self.cuenta, 1)
        abierta.addWidget(self.boton_cerrar)
        abierta.addWidget(self.boton_descartar)
        caja = QVBoxLayout(self)
        caja.setContentsMargins(8, 6, 8, 6)
        caja.setSpacing(4)
        caja.addLayout(fila)
        caja.addLayout(abierta)
        caja.addWidget(self.detalle)
        self.reloj = QTimer(self)
        self.reloj.setInterval(CADA_CUANTO_MS)
        self.reloj.timeout.connect(self.refrescar)
        self.hide()

    @property
    def paradas_de_tab(self) -> tuple[QWidget, ...]:
        """Sus controles, para el final del orden de Tab de la pestaña (después del recuento a mano de siempre)."""
        return self.forma, self.boton_abrir, self.cuenta, self.boton_cerrar, self.boton_descartar

    @property
    def urna_id(self) -> int | None:
        return None if self.papeleta is None else self.papeleta.urna_id

    @property
    def es_la_de_aqui(self) -> bool:
        """¿La urna abierta es la de lo que se ve?"""
        return self.papeleta is not None and (self.papeleta.objeto, self.papeleta.objeto_id) == self._objeto

    def mostrar(self, objeto: str, objeto_id: int, se_vota: bool) -> None:
        """Lo que se ve: `se_vota` es False si ya se votó (entonces el panel se oculta)."""
        self._objeto = (objeto, objeto_id) if se_vota else None
        self.setVisible(se_vota)
        if not se_vota:
            self.reloj.stop()
            self.papeleta = None
            self.abierta_aqui.emit(False)
            return
        self.releer()

    def releer(self) -> None:
        """La urna abierta de la sesión (la base manda: otra ventana, la línea de órdenes, el editor reabierto)."""
        editor = self.editor
        leida = consultar_en_la_ventana(self, lambda: urna_abierta(editor.db, editor.sesion_id), que="urna abierta")
        self.papeleta = None if leida is FALLO else leida
        self._pintar()

    def _pintar(self) -> None:
        aqui, otra = self.es_la_de_aqui, self.papeleta is not None and not self.es_la_de_aqui
        editable = not self.editor.solo_lectura
        self.estado.setToolTip("")
        self.abierta_aqui.emit(aqui)
        for widget in (self.forma, self.boton_abrir):
            widget.setVisible(self.papeleta is None)
            widget.setEnabled(editable)
        for widget in (self.cuenta, self.boton_cerrar, self.boton_descartar):
            widget.setVisible(aqui)
            widget.setEnabled(editable)
        if aqui:
            forma = self.tr("secreta") if self.papeleta.secreta else self.tr("nominal")
            self.estado.setText(self.tr("Votación electrónica abierta ({0}), urna {1}.").format(
                forma, self.papeleta.urna_id))
            self.detalle.setText(self.tr("Las delegaciones votan desde su teléfono con su código. Se ve cuántas "
                                         "votaron, nunca qué eligió cada una."))
            self.detalle.show()
            self.refrescar()
            self.reloj.start()
            return
        self.reloj.stop()
        self.cuenta.clear()
        if self.quienes is not None:   # la urna se cerró o se descartó: lo que mostraba ya no es de una urna abierta
            self.quienes.close()
        if otra:
            self.estado.setText(self.tr("Votación electrónica: la urna {0} está abierta para «{1}»; ciérrela o "
                                        "descártela antes de abrir otra.").format(self.papeleta.urna_id,
                                                                                  self.papeleta.titulo))
            self.detalle.clear()
        else:   # una sola fila (la pestaña entra en una pantalla baja): la ayuda, como globo del rótulo
            self.estado.setText(self.tr("Votación electrónica:"))
            self.estado.setToolTip(self.tr("Antes, entregue los códigos («Códigos para votar…», arriba)."))
            self.detalle.clear()
        self.detalle.setVisible(bool(self.detalle.text()))

    def refrescar(self) -> None:
        """«Votaron N de M» (del servicio; nunca quién eligió qué). Lo llama el reloj mientras la urna está abierta."""
        if self.urna_id is None or self.editor.db is None or not self.isVisible():
            self.reloj.stop()
            return
        urna, db = self.urna_id, self.editor.db
        try:
            votaron, pueden = cuantos_votaron(db, urna)
        except Exception:   # noqa: BLE001 - la base se cerró o cambió entretanto: se relee la urna de la sesión
            self.reloj.stop()
            return
        self.cuenta.setText('<a href="#quienes">{0}</a>'.format(
            escape(self.tr("Votaron {0} de {1}").format(votaron, pueden))))
        if self.quienes is not None and self.quienes.isVisible():
            self.quienes.releer()

    def ver_quienes(self) -> DialogoQuienesVotaron | None:
        """El diálogo de quiénes votaron en la urna abierta (uno: si ya está abierto, al frente)."""
        if self.urna_id is None:
            return None
        if self.quienes is None or self.quienes.urna_id != self.urna_id:
            if self.quienes is not None:
                self.quienes.close()
            self.quienes = DialogoQuienesVotaron(self.editor.db, self.urna_id, self.papeleta.titulo, self)
        self.quienes.show()
        self.quienes.raise_()
        self.quienes.releer()
        return self.quienes

    def hideEvent(self, evento) -> None:
        self.reloj.stop()
        super().hideEvent(evento)

    def showEvent(self, evento) -> None:
        super().showEvent(evento)
        if self.es_la_de_aqui:
            self.refrescar()
            self.reloj.start()

    # --- abrir, cerrar, descartar ---
    def abrir(self) -> None:
        if self._objeto is None or not self.editor.confirmar_acto():
            return
        objeto, objeto_id = self._objeto
        editor, secreta = self.editor, bool(self.forma.currentData())
        if hacer_en_la_ventana(self, editor.oficina, lambda: abrir_urna(editor.contexto, editor.sesion_id, objeto,
                                                                        objeto_id, secreta),
                               que="abrir la urna") is not None:
            self.releer()

    def cerrar(self) -> None:
        if self.urna_id is None or not confirmar_cierre(
                self, self.tr("Cerrar y contar"), self.tr("¿Cerrar la urna de «{0}» y contar sus votos?").format(
                    self.papeleta.titulo),
                self.tr("El resultado se registra como un recuento a mano y la votación cerrada no se repite.")):
            return
        editor, urna = self.editor, self.urna_id
        if hacer_en_la_ventana(self, editor.oficina, lambda: cerrar_urna(editor.contexto, urna),
                               que="cerrar la urna") is None:
            self.releer()   # rechazada (sin quórum…): la urna sigue abierta
            return
        self.papeleta = None
        self.reloj.stop()
        if self.quienes is not None:
            self.quienes.close()
        editor.recargar()
        editor.cambiado.emit()

    def descartar(self) -> None:
        if self.urna_id is None or not confirmar_borrado(
                self, self.tr("Descartar"), self.tr("¿Descartar la urna de «{0}» sin contar sus votos?").format(
                    self.papeleta.titulo),
                self.tr("Los votos emitidos se borran; lo votado sigue pendiente, para votarlo a mano o en otra urna.")):
            return
        editor, urna = self.editor, self.urna_id
        hacer_en_la_ventana(self, editor.oficina, lambda: descartar_urna(editor.contexto, urna), que="descartar la urna")
        self.releer()
