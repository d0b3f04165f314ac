"""La pestaña «Cuenta» de la ficha del miembro (`ficha_miembro`): estado de cuenta, saldo, deuda vencida y
derecho a voto.

Un miembro con cargos en varias monedas (la escala cambió de moneda) tiene una cuenta por moneda:
el combo «Moneda» elige cuál se ve (por defecto, la de la moneda en uso más reciente) y el saldo y el
vencido son los de esa cuenta. Con una sola moneda, el combo no se muestra.
"""

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from ...servicios.cobranza import derecho_a_voto, estados_de_cuenta
from ...servicios.informes_cuotas import imprimir_estado_de_cuenta
from ..operaciones import FALLO, consultar_en_la_ventana
from ..comun import descartar, fecha_dma, formatear
from ..modelos.tabla import Columna, ModeloTabla, crear_tabla
from ..piezas import GRIS, ROJO, VERDE, escalar, guardar_documento
from .pago import DialogoPago
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina


class _Dato(QWidget):
    """Un rótulo pequeño en gris sobre un valor grande: «Saldo» / «USD 1.200,00»."""

    def __init__(self, rotulo: str, padre: QWidget | None = None):
        super().__init__(padre)
        self.rotulo = QLabel(rotulo)
        self.rotulo.setStyleSheet(f"color: {GRIS};")
        self.valor = QLabel()
        self.valor.setFont(escalar(self.font(), 1.35, negrita=True))
        self.valor.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        disposicion = QVBoxLayout(self)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.setSpacing(2)
        disposicion.addWidget(self.rotulo)
        disposicion.addWidget(self.valor)

    def fijar(self, texto: str, color: str | None = None) -> None:
        self.valor.setText(texto)
        self.valor.setStyleSheet(f"color: {color};" if color else "")


class PestanaCuenta(DeLaOficina, QWidget):
    """Emite `pago_registrado` cuando se registra un pago desde aquí (la ficha sabe así que guardó algo)."""

    pago_registrado = Signal()

    def __init__(self, oficina: Oficina, miembro_id: int, padre: QWidget | None = None,
                 ajustes: QSettings | None = None):
        super().__init__(padre)
        self.oficina, self.miembro_id, self.ajustes = oficina, miembro_id, ajustes
        self.estados = []   # una cuenta por moneda, la más reciente primero
        self.estado = None  # la que se ve
        self.voto = None

        self.saldo = _Dato(self.tr("Saldo"))
        self.vencido = _Dato(self.tr("Vencido"))
        self.dato_voto = _Dato(self.tr("Derecho a voto"))
        self.motivo_voto = QLabel()
        self.motivo_voto.setWordWrap(True)
        self.motivo_voto.setStyleSheet(f"color: {GRIS};")
        resumen = QFrame()
        resumen.setFrameShape(QFrame.Shape.StyledPanel)
        rejilla = QGridLayout(resumen)
        rejilla.setContentsMargins(14, 10, 14, 10)
        rejilla.setHorizontalSpacing(36)
        rejilla.addWidget(self.saldo, 0, 0)
        rejilla.addWidget(self.vencido, 0, 1)
        rejilla.addWidget(self.dato_voto, 0, 2)
        rejilla.addWidget(self.motivo_voto, 1, 0, 1, 4)
        rejilla.setColumnStretch(3, 1)
        # Solo con cuentas en varias monedas: a la derecha del resumen, para no mover nada si no se ve.
        self.combo_moneda = QComboBox()
        self.combo_moneda.setToolTip(self.tr("El miembro tiene una cuenta por moneda: elija cuál ver"))
        self.combo_moneda.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.combo_moneda.currentIndexChanged.connect(self._elegir_moneda)
        self.eleccion_moneda = QWidget()
        eleccion = QVBoxLayout(self.eleccion_moneda)
        eleccion.setContentsMargins(0, 0, 0, 0)
        eleccion.setSpacing(2)
        rotulo_moneda = QLabel(self.tr("Moneda"))
        rotulo_moneda.setStyleSheet(f"color: {GRIS};")
        rotulo_moneda.setBuddy(self.combo_moneda)
        eleccion.addWidget(rotulo_moneda)
        eleccion.addWidget(self.combo_moneda)
        self.eleccion_moneda.setVisible(False)
        rejilla.addWidget(self.eleccion_moneda, 0, 4, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)

        self.modelo = ModeloTabla([
            Columna(self.tr("Fecha"), lambda m: fecha_dma(m.fecha), ancho=95),
            Columna(self.tr("Concepto"), lambda m: m.concepto, ancho=330, ayuda=lambda m: m.concepto),
            Columna(self.tr("Debe"), lambda m: self._dinero(m.debe) if m.debe else "", derecha=True, ancho=115),
            Columna(self.tr("Haber"), lambda m: self._dinero(m.haber) if m.haber else "", derecha=True, ancho=115),
            Columna(self.tr("Saldo"), lambda m: self._dinero(m.saldo), derecha=True, ancho=115,
                    negrita=lambda m: bool(self.estado and self.estado.movimientos and m is self.estado.movimientos[-1])),
        ], self, color_fila=lambda m: GRIS if m.anulado else None)
        self.tabla = crear_tabla(self.modelo, ordenable=False)

        self.boton_pago = QPushButton(self.tr("Registrar pago…"))
        self.boton_pago.clicked.connect(self.registrar_pago)
        self.boton_pdf = QPushButton(self.tr("Estado de cuenta (PDF)…"))
        self.boton_pdf.clicked.connect(self.imprimir)
        acciones = QHBoxLayout()
        acciones.addWidget(self.boton_pago)
        acciones.addWidget(self.boton_pdf)
        acciones.addStretch(1)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(resumen)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addLayout(acciones)
        self.recargar()

    def _dinero(self, importe: int) -> str:
        return formatear(importe, self.estado.moneda) if self.estado else ""

    @property
    def monedas(self) -> list[str]:
        """Las monedas de las cuentas del miembro, la en uso más reciente primero."""
        return [e.moneda for e in self.estados]

    def recargar(self) -> None:
        elegida = self.estado.moneda if self.estado else None
        leido = consultar_en_la_ventana(self, lambda: (estados_de_cuenta(self.contexto, self.miembro_id),
                                                       derecho_a_voto(self.contexto, self.miembro_id)),
                                        que="estado de cuenta")
        if leido is FALLO:
            return
        self.estados, self.voto = leido
        monedas = self.monedas
        # Tras registrar un pago se sigue viendo la misma moneda, si todavía hay cuenta en ella.
        indice = monedas.index(elegida) if elegida in monedas else 0
        self.combo_moneda.blockSignals(True)
        self.combo_moneda.clear()
        self.combo_moneda.addItems(monedas)
        self.combo_moneda.setCurrentIndex(indice)
        self.combo_moneda.blockSignals(False)
        self.eleccion_moneda.setVisible(len(monedas) > 1)
        self.mostrar_moneda(monedas[indice])

    def _elegir_moneda(self, indice: int) -> None:
        if 0 <= indice < len(self.estados):
            self.mostrar_moneda(self.estados[indice].moneda)

    def mostrar_moneda(self, moneda: str) -> None:
        """Muestra la cuenta en `moneda`: movimientos, saldo y vencido de esa moneda sola."""
        estado = next((e for e in self.estados if e.moneda == moneda), None)
        if estado is None:
            return
        self.estado = estado
        if self.combo_moneda.currentText() != moneda:
            self.combo_moneda.blockSignals(True)
            self.combo_moneda.setCurrentIndex(self.monedas.index(moneda))
            self.combo_moneda.blockSignals(False)
        self.modelo.cargar(estado.movimientos)
        if estado.saldo > 0:
            self.saldo.fijar(self.tr("{0} a pagar").format(self._dinero(estado.saldo)), ROJO if estado.vencido else None)
        elif estado.saldo < 0:
            self.saldo.fijar(self.tr("{0} a favor").format(self._dinero(-estado.saldo)), VERDE)
        else:
            self.saldo.fijar(self.tr("Al día ({0})").format(self._dinero(0)), VERDE)
        self.vencido.fijar(self._dinero(estado.vencido), ROJO if estado.vencido else None)
        self.dato_voto.fijar(self.tr("Sí") if self.voto.puede_votar else self.tr("Suspendido"),
                             None if self.voto.puede_votar else ROJO)
        self.motivo_voto.setText(self.voto.motivo)
        if estado.movimientos:
            self.tabla.scrollToBottom()

    def registrar_pago(self) -> None:
        dialogo = DialogoPago(self.oficina, self.miembro_id, self, ajustes=self.ajustes)
        if self.estado is not None and len(self.estados) > 1:
            dialogo.elegir_moneda_de_cargos(self.estado.moneda)  # el pago va a la cuenta que se está viendo
        dialogo.exec()
        registrado = dialogo.registrado
        descartar(dialogo)
        if registrado is not None:
            self.recargar()
            self.pago_registrado.emit()

    def imprimir(self) -> None:
        nombre = (self.estado.miembro["nombre"] if self.estado else str(self.miembro_id)).replace("/", "-")
        contexto = self.contexto
        guardar_documento(self, self.tr("Estado de cuenta"), f"estado-de-cuenta-{nombre}.pdf",
                          lambda ruta: imprimir_estado_de_cuenta(contexto, self.miembro_id, ruta),
                          self.ajustes)
