"""La pestaña «Cuenta» de la ficha: estado de cuenta del miembro, saldo, deuda vencida y derecho a voto."""

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...dominio.dinero import formatear
from ...servicios.cobranza import derecho_a_voto, estado_de_cuenta
from ...servicios.informes_cuotas import imprimir_estado_de_cuenta
from ..comun import descartar, fecha_dma, mostrar_error
from ..piezas import GRIS, ROJO, VERDE, escalar, guardar_documento
from .cuotas import Columna, ModeloTabla, crear_tabla


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


class PestanaCuenta(QWidget):
    """Emite `datos_cambiados` cuando se registra un pago desde aquí."""

    datos_cambiados = Signal()

    def __init__(self, db, asociacion: dict, miembro_id: int, padre: QWidget | None = None,
                 ajustes: QSettings | None = None):
        super().__init__(padre)
        self.db, self.asociacion, self.miembro_id, self.ajustes = db, asociacion, miembro_id, ajustes
        self.estado = None
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

    def recargar(self) -> None:
        try:
            self.estado = estado_de_cuenta(self.db, self.asociacion["id"], self.miembro_id)
            self.voto = derecho_a_voto(self.db, self.asociacion["id"], self.miembro_id)
        except Exception as error:  # noqa: BLE001 - se muestra al usuario y queda registrado
            mostrar_error(self, error, "estado de cuenta")
            return
        estado = self.estado
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

    @property
    def texto_saldo(self) -> str:
        return self.saldo.valor.text()

    def registrar_pago(self) -> None:
        from ..dialogos.pago import DialogoPago

        dialogo = DialogoPago(self.db, self.asociacion, self.miembro_id, self, ajustes=self.ajustes)
        dialogo.exec()
        registrado = dialogo.registrado
        descartar(dialogo)
        if registrado is not None:
            self.recargar()
            self.datos_cambiados.emit()

    def imprimir(self) -> None:
        nombre = (self.estado.miembro["nombre"] if self.estado else str(self.miembro_id)).replace("/", "-")
        guardar_documento(self, self.tr("Estado de cuenta"), f"estado-de-cuenta-{nombre}.pdf",
                          lambda ruta: imprimir_estado_de_cuenta(self.db, self.asociacion["id"], self.miembro_id, ruta),
                          self.ajustes)
