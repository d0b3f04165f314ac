"""La pestaña «Correo» de la ficha del miembro: lo que se le envió por correo (cada dirección a la que fue), cuándo,
y qué pasó con cada una: aceptada por el servidor, rechazada con su motivo, o lo que la secretaría anotó después (un
rebote, una confirmación de recibido). Un rebote o un recibido se anotan aquí mismo.

Lee `servicios.correo.bandeja(…, miembro_id=…)` (lo mismo que «escritorio correo bandeja --miembro ID») y anota
con `servicios.correo.anotar`."""

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from ...servicios.correo import bandeja
from ...servicios.oficina import Oficina
from ..operaciones import FALLO, consultar_en_la_ventana
from ..comun import descartar
from ..piezas import llenar_tabla, nota, tabla_lectura
from ..piezas.de_la_oficina import DeLaOficina
from .correo_piezas import (COLOR_DESTINATARIO, COLOR_MENSAJE, anotar_rebote, anotar_recibido, ayudas_de_celdas,
                            cuando, estado_del_destinatario, estado_del_mensaje, se_puede_anotar)


class PestanaCorreo(DeLaOficina, QWidget):
    """Una fila por dirección de cada mensaje enviado al miembro (o que espera salir)."""

    def __init__(self, oficina: Oficina, miembro_id: int, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.miembro_id = oficina, miembro_id
        self.filas: list[tuple] = []   # (mensaje, destinatario)
        self.explicacion = nota(self.tr(
            "Lo enviado por correo a este miembro: a qué dirección, cuándo y qué respondió el servidor. Si después "
            "llega un aviso de rebote, o el miembro confirma que lo recibió, anótelo aquí."))
        self.tabla = tabla_lectura([self.tr("Fecha"), self.tr("Documento"), self.tr("Dirección"), self.tr("Estado"),
                                    self.tr("Motivo")], 1)
        self.tabla.setObjectName("correoDelMiembro")
        cabecera = self.tabla.horizontalHeader()
        for columna, ancho in ((2, 220), (4, 160)):   # direcciones y motivos largos: se leen en su ayuda
            cabecera.setSectionResizeMode(columna, QHeaderView.ResizeMode.Interactive)
            self.tabla.setColumnWidth(columna, ancho)
        self.tabla.itemSelectionChanged.connect(self._actualizar_botones)
        self.vacia = nota()
        self.boton_rebote = QPushButton(self.tr("Anotar rebote…"))
        self.boton_rebote.clicked.connect(self.anotar_rebote)
        self.boton_recibido = QPushButton(self.tr("Anotar recibido"))
        self.boton_recibido.clicked.connect(self.anotar_recibido)
        self.boton_bandeja = QPushButton(self.tr("Bandeja de salida…"))
        self.boton_bandeja.clicked.connect(self.ver_bandeja)
        botones = QHBoxLayout()
        botones.addWidget(self.vacia, 1)
        botones.addWidget(self.boton_bandeja)
        botones.addWidget(self.boton_rebote)
        botones.addWidget(self.boton_recibido)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.explicacion)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addLayout(botones)
        self.recargar()

    def recargar(self) -> None:
        mensajes = consultar_en_la_ventana(self, lambda: bandeja(self.contexto, miembro_id=self.miembro_id),
                                           que="leer el correo del miembro")
        if mensajes is FALLO:
            return
        self.filas = [(m, d) for m in reversed(mensajes) for d in m.destinatarios]
        llenar_tabla(self.tabla, [
            [cuando(m), m.asunto, d["direccion"] + self._copia(d),
             self._estado(m, d), d["motivo"] or (m.ultimo_error or "" if m.estado != "enviado" else "")]
            for m, d in self.filas], datos=list(range(len(self.filas))),
            color=lambda n: self._color(*self.filas[n]))
        ayudas_de_celdas(self.tabla, 1, 2, 4)
        self.vacia.setText(self.tr("Todavía no se le envió nada por correo.") if not self.filas else "")
        self._actualizar_botones()

    def _copia(self, destinatario: dict) -> str:
        return self.tr(" (copia)") if destinatario["tipo"] == "copia" else ""

    @staticmethod
    def _estado(mensaje, destinatario: dict) -> str:
        """Lo del destinatario si el mensaje salió; si no, lo del mensaje (esperando, por confirmar, anulado)."""
        if mensaje.estado in ("enviado", "rechazado") or destinatario["estado"] in ("rebotado", "recibido"):
            return estado_del_destinatario(destinatario["estado"])
        return estado_del_mensaje(mensaje.estado)

    @staticmethod
    def _color(mensaje, destinatario: dict) -> str | None:
        if mensaje.estado in ("enviado", "rechazado") or destinatario["estado"] in ("rebotado", "recibido"):
            return COLOR_DESTINATARIO.get(destinatario["estado"])
        return COLOR_MENSAJE.get(mensaje.estado)

    def elegida(self) -> tuple | None:
        filas = self.tabla.selectionModel().selectedRows()
        return self.filas[filas[0].row()] if filas else None

    def _actualizar_botones(self) -> None:
        elegida = self.elegida()
        anotable = elegida is not None and se_puede_anotar(elegida[0].estado)
        self.boton_rebote.setEnabled(anotable)
        self.boton_recibido.setEnabled(anotable)

    def _volver_a(self, destinatario_id: int) -> None:
        self.recargar()
        fila = next((i for i, (_m, d) in enumerate(self.filas) if d["id"] == destinatario_id), None)
        if fila is not None:
            self.tabla.selectRow(fila)

    def anotar_rebote(self) -> None:
        elegida = self.elegida()
        if elegida is not None and anotar_rebote(self, self.oficina, elegida[1]):
            self._volver_a(elegida[1]["id"])

    def anotar_recibido(self) -> None:
        elegida = self.elegida()
        if elegida is not None and anotar_recibido(self, self.oficina, elegida[1]):
            self._volver_a(elegida[1]["id"])

    def ver_bandeja(self) -> None:
        from .bandeja_salida import DialogoBandejaSalida

        dialogo = DialogoBandejaSalida(self.oficina, self)
        dialogo.exec()
        descartar(dialogo)
        self.recargar()

