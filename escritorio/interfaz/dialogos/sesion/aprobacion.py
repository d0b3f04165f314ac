"""Aprobar el acta: con la resolución de su punto «Aprobación del acta», y nada más.

El diálogo pregunta al servicio (servicios.aprobacion_de_actas.como_aprobar_el_acta) qué resoluciones aprueban esta
acta y ofrece solo esas. Si no hay ninguna, explica en dos líneas qué hace falta y ofrece las dos maneras de siempre:
agregar el punto al final de esta sesión o en la próxima del órgano (convocándola si no hay), con un clic; si ya hay un
punto de aprobación esperando su votación o su resolución, lo dice y lleva a él. Nunca propone una resolución de otro
asunto. Los textos del servicio no nombran botones ni órdenes: aquí se agrega cómo hacerlo en la ventana.
"""

from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ....servicios.actas import BORRADOR_INCOMPLETO, NO_CELEBRADA, ActaNoAprobable, aprobar_acta
from ....errores import ErrorEscritorio
from ....servicios.aprobacion_de_actas import (agregar_punto_de_aprobacion, como_aprobar_el_acta, que_hace_falta,
                                               texto_del_pendiente)
from ....servicios.base import hoy
from ....servicios.contexto import Contexto
from ...operaciones import FALLO, consultar_en_la_ventana
from ...comun import descartar, fecha_dma, tr
from ...piezas import en_linea
from ..baja import editor_de_fecha
from .piezas import DialogoFormulario
from ...piezas.de_la_oficina import DeLaOficina
from ....servicios.oficina import Oficina


def donde_esta_sesion_celebrada(compacto: bool) -> str:
    """Cómo llegar al botón «Sesión celebrada…» con lo que se ve: con poca altura (1024×600, 150 %) el encabezado de
    la sesión lo guarda bajo «Detalles ▾» (editor._acomodar)."""
    return (tr("Abra «Detalles ▾», arriba, y use el botón «Sesión celebrada…».") if compacto else
            tr("Use el botón «Sesión celebrada…», arriba a la derecha."))


def motivos_en_la_ventana(motivos: list[dict], compacto: bool = False) -> list[str]:
    """Los motivos del servicio (servicios.actas.motivos_para_no_aprobar) con lo que se hace en la ventana para
    resolver cada uno (la línea de órdenes agrega los suyos); `compacto`: el encabezado de la sesión plegado."""
    como = {NO_CELEBRADA: donde_esta_sesion_celebrada(compacto),
            BORRADOR_INCOMPLETO: tr("Complételo en esta pestaña; «Proponer textos» escribe la apertura y el cierre "
                                    "con los datos de la sesión.")}
    return [f"{m['texto']} {como[m['clave']]}" if m["clave"] in como else m["texto"] for m in motivos]


class DialogoAprobarActa(DeLaOficina, DialogoFormulario):
    """Aprueba el acta con la resolución de su punto de aprobación (de esta sesión o de una posterior) y una fecha.

    Tras cerrar: `huella` es la huella SHA-256 guardada (o None); `agregado` el punto de aprobación que se agregó
    (servicios.aprobacion_de_actas.PuntoAgregado) o None; `ir_al_punto` y `ir_a_la_sesion` el punto que espera su
    votación o su resolución (en esta sesión o en otra) y su sesión, si se pidió ir a él.
    """

    def __init__(self, oficina: Oficina, sesion: dict, padre: QWidget | None = None):
        como = como_aprobar_el_acta(oficina.contexto, sesion["id"])
        # Lo que pasa al aprobarla, solo si hay con qué aprobarla; si no, lo primero es qué hace falta.
        super().__init__(tr("Aprobar el acta"), tr("Aprobar el acta"), padre, tr(
            "Al aprobarla, el acta se congela: ni la asistencia, ni las votaciones, ni el texto pueden cambiar, y "
            "Escritorio guarda su huella para notar si alguien la cambia por fuera. Las correcciones posteriores van "
            "en una fe de erratas.")
            if como["resoluciones"] else "", ancho=640)
        self.oficina, self.sesion = oficina, sesion
        self.huella: str | None = None
        self.agregado: dict | None = None
        self.ir_al_punto: int | None = None
        self.ir_a_la_sesion: int | None = None   # la sesión de ese punto (esta u otra)
        self._como = como
        self._resoluciones = como["resoluciones"]
        self.resolucion = QComboBox()
        for r in self._resoluciones:   # solo las que aprueban esta acta: cualquiera de ellas sirve
            self.resolucion.addItem(f"{r['cita']} — {r['titulo']}", r["id"])
        self.fecha = editor_de_fecha(hoy())
        self.resolucion.currentIndexChanged.connect(lambda _: self._fecha_de_la_resolucion())
        self.formulario.addRow(self.tr("Aprobada por:"), self.resolucion)
        self.formulario.addRow(self.tr("Fecha de aprobación:"), en_linea(self.fecha))
        self.guia = QLabel()
        self.guia.setWordWrap(True)
        self.boton_en_esta = QPushButton(self.tr("Agregar el punto al final de esta sesión"))
        self.boton_en_esta.clicked.connect(lambda: self._agregar(None))
        self.boton_en_la_proxima = QPushButton()
        self.boton_en_la_proxima.clicked.connect(self._en_la_proxima)
        self.boton_ir = QPushButton()
        self.boton_ir.clicked.connect(self._ir_al_pendiente)
        caja = QVBoxLayout()
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(self.guia)
        caja.addSpacing(4)
        for boton in (self.boton_en_esta, self.boton_en_la_proxima, self.boton_ir):
            caja.addWidget(boton, 0, Qt.AlignmentFlag.AlignLeft)   # del ancho de su texto, uno debajo del otro
        self.disposicion.insertLayout(self.disposicion.indexOf(self.mensaje), caja)
        if self._resoluciones:
            self.guia.hide()
            for boton in (self.boton_en_esta, self.boton_en_la_proxima, self.boton_ir):
                boton.hide()
            self._fecha_de_la_resolucion()
        else:
            self._guiar()

    def _contexto(self) -> Contexto:
        return self.contexto

    def _guiar(self) -> None:
        """Sin resolución que apruebe el acta: qué hace falta y los dos caminos (o el punto que ya espera)."""
        self.formulario.setRowVisible(self.resolucion, False)
        self.formulario.setRowVisible(1, False)
        self.boton_aceptar.hide()
        for boton in self.botones.buttons():   # no hay nada que cancelar: se cierra
            if self.botones.buttonRole(boton) == QDialogButtonBox.ButtonRole.RejectRole:
                boton.setText(self.tr("Cerrar"))
        pendientes = self._como["pendientes"]
        lineas = [f"<b>{escape(self.tr('Todavía no hay una resolución que apruebe esta acta.'))}</b>"]
        lineas += [escape(linea) for linea in que_hace_falta().split("\n")]
        lineas += [f"<b>{escape(texto_del_pendiente(p))}</b>" for p in pendientes]
        self.guia.setText("<br>".join(lineas))
        # El punto que espera, de esta sesión o de otra (la siguiente, donde se aprueba el acta): un botón lleva a él.
        pendiente = next((p for p in pendientes if p["en_esta_sesion"]), pendientes[0] if pendientes else None)
        self.boton_ir.setVisible(pendiente is not None)
        if pendiente is not None:
            self.boton_ir.setText(
                self.tr("Ir a la votación del punto {0}").format(pendiente["numeracion"]) if pendiente["en_esta_sesion"]
                else self.tr("Ir al punto {0} de la {1}").format(pendiente["numeracion"], pendiente["sesion"]))
        # Mientras un punto de aprobación espera su votación o su resolución, no se ofrece agregar otro.
        for boton in (self.boton_en_esta, self.boton_en_la_proxima):
            boton.setVisible(not pendientes)
        proxima = self._como["proxima"]
        self.boton_en_la_proxima.setText(
            self.tr("Agregarlo a la próxima sesión: {0}, {1}").format(proxima["titulo"], fecha_dma(proxima["fecha"]))
            if proxima else self.tr("Convocar la próxima sesión y agregarle el punto…"))
        self.boton_en_la_proxima.setToolTip(self.tr(
            "El acta se aprueba en la próxima sesión del órgano, con la resolución de ese punto."))
        self.boton_en_esta.setToolTip(self.tr(
            "Un punto de votación «Aprobación del acta» al final del orden del día: se vota y su resolución "
            "aprueba el acta."))

    def _fecha_de_la_resolucion(self) -> None:
        self.resolucion.setToolTip(self.resolucion.currentText())   # un título largo no entra entero
        elegida = self.resolucion_elegida()
        if elegida and elegida.get("fecha_sesion"):
            self.fecha.setDate(QDate.fromString(elegida["fecha_sesion"], "yyyy-MM-dd"))

    def resolucion_elegida(self) -> dict | None:
        clave = self.resolucion.currentData()
        return next((r for r in self._resoluciones if r["id"] == clave), None)

    def elegir(self, resolucion_id: int) -> None:
        self.resolucion.setCurrentIndex(max(self.resolucion.findData(resolucion_id), 0))

    # --- los dos caminos ---
    def _agregar(self, en: int | None) -> None:
        resultado = []
        if self._intentar(lambda: resultado.append(agregar_punto_de_aprobacion(self._contexto(), self.sesion["id"],
                                                                                en=en)), "punto de aprobación del acta"):
            self.agregado = resultado[0]
            self.accept()

    def _en_la_proxima(self) -> None:
        proxima = self._como["proxima"]
        destino = proxima["id"] if proxima else self._convocar_la_proxima()
        if destino is not None:
            self._agregar(destino)

    def _convocar_la_proxima(self) -> int | None:
        from ....servicios.organos import listar_organos
        from ....servicios.sesiones import listar_sesiones
        from .formularios import DialogoConvocar

        leido = consultar_en_la_ventana(self, lambda: (listar_organos(self._contexto()),
                                                       listar_sesiones(self._contexto())),
                                        que="convocar la próxima sesión")
        if leido is FALLO:
            return None
        organos, sesiones = leido
        dialogo = DialogoConvocar(self.oficina, organos, sesiones, self._como["organo_id"], padre=self)
        dialogo.exec()
        sesion_id = dialogo.sesion_id
        descartar(dialogo)
        return sesion_id

    def _ir_al_pendiente(self) -> None:
        pendientes = self._como["pendientes"]
        pendiente = next((p for p in pendientes if p["en_esta_sesion"]), pendientes[0])
        self.ir_al_punto, self.ir_a_la_sesion = pendiente["punto_id"], pendiente["sesion_id"]
        self.reject()

    # --- aprobar ---
    def guardar(self) -> None:
        if self.resolucion.currentData() is None:
            return
        resultado = []

        def aprobar() -> None:
            try:
                resultado.append(aprobar_acta(self._contexto(), self.sesion["id"], self.resolucion.currentData(),
                                              self.fecha.date().toPython()))
            except ActaNoAprobable as error:   # algo cambió desde que se abrió: lo que falta, dicho para la ventana
                raise ErrorEscritorio("\n".join([error.mensaje.split("\n", 1)[0],
                                                 *(f"• {m}" for m in motivos_en_la_ventana(error.motivos))])) from None

        if self._intentar(aprobar, "aprobar acta"):
            self.huella = resultado[0]
            self.accept()
