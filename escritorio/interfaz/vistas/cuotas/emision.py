"""Cuotas › Emisión: la vista previa de los cargos de un año (tramo e importe de cada miembro) y la emisión."""

from html import escape

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QListWidget, QMessageBox, QVBoxLayout,
                               QWidget)

from ....dominio.cuotas import TIPOS_CARGO
from ....dominio.formato import cuantos
from ....dominio.paises import nombre_pais
from ....errores import ErrorEscritorio
from ....servicios.base import hoy
from ....servicios.emision_de_cuotas import Emision, emitir_plan, preparar_emision
from ...comun import fecha_dma, miles, sin_cortes, tr, formatear
from ...dialogos.baja import editor_de_fecha
from ...flujo import FilaFluida
from ...modelos.tabla import Columna, ModeloTabla, crear_tabla
from ...piezas import AMBAR, DERECHA, ESTILO_NOTA, GRIS, ROJO
from ...operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from .escalas import vigencia
from .pestana import AreaCuotas, Pestana, boton, combo_anio


DEMORA_DEL_VENCIMIENTO_MS = 400


def _juntos(*widgets: QWidget) -> QWidget:
    """Un rótulo y su campo (o dos botones) que no se separan al pasar a otra línea."""
    grupo = QWidget()
    fila = QHBoxLayout(grupo)
    fila.setContentsMargins(0, 0, 8, 0)
    for widget in widgets:
        fila.addWidget(widget)
    return grupo


class PestanaEmision(Pestana):
    def __init__(self, vista: AreaCuotas):
        super().__init__(vista)
        self.previa = None
        self._vence_elegido = None   # el vencimiento que eligió la persona (None: el de la escala)
        self.anio = combo_anio(hoy().year)
        self.tipo = QComboBox()
        for codigo, etiqueta in TIPOS_CARGO.items():
            self.tipo.addItem(tr(etiqueta), codigo)
        self.boton_vista_previa = boton(self.tr("Vista previa"), self.vista_previa)
        self.boton_vista_previa.setDefault(True)
        self.boton_emitir = boton(self.tr("Emitir…"), self.emitir_cargos, "emitir")
        self.boton_emitir.setEnabled(False)
        # El vencimiento sale de la escala; se puede elegir otro después de la vista previa (que lo muestra).
        self.vence = editor_de_fecha(hoy())
        self.vence.setSpecialValueText(self.tr("según la escala"))   # lo que muestra antes de la vista previa
        self.vence.setEnabled(False)
        # Se rehace la vista previa cuando se deja de escribir la fecha (no con cada dígito).
        self._demora_vence = QTimer(self)
        self._demora_vence.setSingleShot(True)
        self._demora_vence.setInterval(DEMORA_DEL_VENCIMIENTO_MS)
        self._demora_vence.timeout.connect(lambda: self._vencimiento_cambiado(self.vence.date()))
        self.vence.dateChanged.connect(lambda _: self._demora_vence.start())
        self.anio.valueChanged.connect(lambda _: self._olvidar(vencimiento=True))
        self.tipo.currentIndexChanged.connect(lambda _: self._olvidar(vencimiento=True))
        # En una pantalla chica (o al 150 %) lo que no entra baja a otra línea, cada rótulo con su campo.
        arriba = FilaFluida()
        for grupo in ((QLabel(self.tr("Año:")), self.anio), (QLabel(self.tr("Cargo:")), self.tipo),
                      (QLabel(self.tr("Vencen el:")), self.vence), (self.boton_vista_previa, self.boton_emitir)):
            arriba.addWidget(_juntos(*grupo))
        arriba.addStretch(1)

        self.resumen = QLabel()
        self.resumen.setWordWrap(True)
        self.resumen.setTextFormat(Qt.TextFormat.RichText)
        # Lo que conviene saber antes de emitir (un vencimiento que ya pasó): lo dice el servicio.
        self.advertencias = QLabel()
        self.advertencias.setWordWrap(True)
        self.advertencias.setObjectName("advertenciaEmision")
        self.advertencias.setStyleSheet("QLabel#advertenciaEmision { color: #5c4300; background: #fff7e0; "
                                        "border: 1px solid #f0d78c; border-radius: 6px; padding: 6px 10px; }")
        self.advertencias.hide()
        self.sin_poblacion = QLabel()
        self.sin_poblacion.setWordWrap(True)
        self.sin_poblacion.setStyleSheet(f"color: {AMBAR};")
        self.sin_poblacion.hide()
        self.modelo = ModeloTabla([
            Columna(self.tr("Miembro"), lambda c: c.nombre, ancho=210, ayuda=lambda c: c.nombre),
            Columna(self.tr("País"), lambda c: nombre_pais(c.pais), ancho=100),
            Columna(self.tr("Población"), lambda c: miles(c.poblacion), orden=lambda c: c.poblacion, derecha=True, ancho=100),
            Columna(self.tr("Tramo"), lambda c: c.tramo, orden=lambda c: c.poblacion, ancho=170),
            Columna(self.tr("Importe"), lambda c: self._dinero(c.importe), orden=lambda c: c.importe, derecha=True,
                    ancho=120, ayuda=lambda c: self.tr("Bruto {0}, descuento {1}").format(
                        self._dinero(c.bruto), self._dinero(c.descuento)) if c.descuento else ""),
            Columna(self.tr("Detalle"), lambda c: c.detalle, ancho=260),
        ], self)
        self.tabla = crear_tabla(self.modelo)
        self.tabla.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.total = QLabel()
        self.total.setAlignment(DERECHA)
        self.grupo_diferencias = QGroupBox(self.tr("Cargos ya emitidos cuyo importe hoy sería otro (no se modifican)"))
        self.lista_diferencias = QListWidget()
        self.lista_diferencias.setMaximumHeight(96)
        QVBoxLayout(self.grupo_diferencias).addWidget(self.lista_diferencias)
        self.grupo_diferencias.hide()

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addWidget(self.resumen)
        disposicion.addWidget(self.advertencias)
        disposicion.addWidget(self.sin_poblacion)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addWidget(self.total)
        disposicion.addWidget(self.grupo_diferencias)
        self._olvidar()

    def _dinero(self, importe: int) -> str:
        return formatear(importe, self.previa.escala.moneda) if self.previa else ""

    def reiniciar(self) -> None:
        self._olvidar(vencimiento=True)

    def recargar(self) -> None:
        # Si había una vista previa, se rehace: lo que se confirma es siempre lo que hoy se emitiría.
        if self.previa is not None:
            self.vista_previa()

    def _olvidar(self, vencimiento: bool = False) -> None:
        """Sin vista previa (otro año u otro cargo: con `vencimiento`, también vuelve el de la escala)."""
        self.previa = None
        self._demora_vence.stop()
        if vencimiento:
            self._vence_elegido = None
        self._mostrar_vencimiento(self._vence_elegido)
        self.vence.setEnabled(False)
        self.vence.setToolTip(self.tr("Pulse «Vista previa»: el vencimiento sale de la escala y aquí se puede elegir "
                                      "otro."))
        self.modelo.cargar([])
        self.boton_emitir.setEnabled(False)
        self.grupo_diferencias.hide()
        self.advertencias.hide()
        self.sin_poblacion.hide()
        self.total.clear()
        self.resumen.setText(self.tr(
            "Elija el año y el tipo de cargo y pulse «Vista previa»: verá cada cargo que se emitiría, con su tramo e "
            "importe, sin escribir nada. Volver a emitir un año no duplica cargos: solo crea los que faltan."))
        self.resumen.setStyleSheet(ESTILO_NOTA)

    def vista_previa(self) -> None:
        anio, tipo = self.anio.value(), self.tipo.currentData()
        previa = consultar_en_la_ventana(self, lambda: preparar_emision(self.contexto, anio, tipo,
                                                                        vencimiento=self._vence_elegido),
                                         que="vista previa de la emisión", al_rechazar=self._sin_vista_previa)
        if previa is not FALLO:
            self._mostrar(previa)

    def _sin_vista_previa(self, error: ErrorEscritorio) -> None:
        self._olvidar()
        self.vence.setEnabled(self._vence_elegido is not None)   # un vencimiento elegido que no sirve se corrige
        self.resumen.setText(error.mensaje)
        self.resumen.setStyleSheet(f"color: {ROJO};")

    def _mostrar_vencimiento(self, fecha) -> None:
        """La fecha en «Vencen el» sin tomarla como elegida (None: «según la escala»)."""
        self.vence.blockSignals(True)
        self.vence.setDate(fecha if fecha is not None else self.vence.minimumDate())
        self.vence.blockSignals(False)

    def _vencimiento_cambiado(self, fecha) -> None:
        """La persona eligió otro vencimiento: la vista previa se rehace con él (y con sus advertencias)."""
        elegido = fecha.toPython()
        if self.previa is not None and elegido == self.previa.vencimiento:
            return
        self._vence_elegido = elegido
        self.vista_previa()

    def _mostrar(self, previa: Emision) -> None:
        """La vista previa de `previa`: es el plan que «Emitir…» escribe si la base no cambia mientras tanto."""
        self.previa = previa
        self._mostrar_vencimiento(previa.vencimiento)
        self.vence.setEnabled(True)
        self.vence.setToolTip(self.tr("El vencimiento de los cargos nuevos (el de la escala, si no elige otro). Ningún "
                                      "cargo vence antes del ingreso de su miembro."))
        # Un vencimiento que ya pasó (cómo cambiarlo) y cuándo vence la primera cuota de quien ingresó en el año.
        self.advertencias.setText("\n".join([f"{a} {self.tr('Cámbielo en «Vencen el», arriba.')}"
                                             for a in previa.advertencias] + previa.primeras_vencen))
        self.advertencias.setVisible(bool(previa.advertencias or previa.primeras_vencen))
        anio, tipo = previa.anio, previa.tipo_cargo
        escala, cargo = previa.escala, tr(TIPOS_CARGO[tipo])
        self.modelo.cargar(previa.nuevos)
        if previa.nuevos:
            linea = self.tr("<b>{0} {1}:</b> {2} por <b>{3}</b> · {4}").format(
                cargo, anio, cuantos(len(previa.nuevos), self.tr("{0} cargo nuevo"), self.tr("{0} cargos nuevos")),
                formatear(previa.total, escala.moneda),
                cuantos(previa.ya_emitidos, self.tr("{0} ya emitido"), self.tr("{0} ya emitidos")))
        else:
            linea = self.tr("<b>{0} {1}:</b> no hay cargos nuevos que emitir · {2}").format(
                cargo, anio, cuantos(previa.ya_emitidos, self.tr("{0} ya emitido"), self.tr("{0} ya emitidos")))
        origen = self.tr("Escala vigente {0}{1} · vencimiento {2}").format(
            vigencia(escala), f" ({escala.articulo})" if escala.articulo else "", fecha_dma(previa.vencimiento))
        if self._vence_elegido is not None and previa.vencimiento != escala.vencimiento(anio):
            origen += " " + self.tr("(elegido; el de la escala es el {0})").format(fecha_dma(escala.vencimiento(anio)))
        self.resumen.setText(f"{linea}<br><span style='color:{GRIS}'>{escape(origen, quote=False)}</span>")
        self.resumen.setStyleSheet("")
        self.total.setText(self.tr("Total: {0} · <b>{1}</b>").format(
            cuantos(len(previa.nuevos), self.tr("{0} cargo"), self.tr("{0} cargos")), formatear(previa.total, escala.moneda)) if previa.nuevos else "")
        self.lista_diferencias.clear()
        self.lista_diferencias.addItems(previa.diferencias)
        self.grupo_diferencias.setTitle(cuantos(
            len(previa.diferencias), self.tr("{0} cargo ya emitido cuyo importe hoy sería otro (no se modifica)"),
            self.tr("{0} cargos ya emitidos cuyo importe hoy sería otro (no se modifican)")))
        self.grupo_diferencias.setVisible(bool(previa.diferencias))
        self.sin_poblacion.setText(self.tr("Sin población registrada (no se les emite cargo): {0}.").format(
            ", ".join(previa.sin_poblacion)))
        self.sin_poblacion.setVisible(bool(previa.sin_poblacion))
        self.boton_emitir.setEnabled(bool(previa.nuevos))

    def emitir_cargos(self) -> None:
        previa = self.previa
        if previa is None or not previa.nuevos:
            return
        titulo = self.tr("Emitir cuotas")
        cargo = tr(TIPOS_CARGO[previa.tipo_cargo])
        total = formatear(previa.total, previa.escala.moneda)
        pregunta = (self.tr("Se emitirá 1 cargo de {1} {2} por un total de {3}, con vencimiento el {4}.\n\n"
                            "El cargo queda registrado en la cuenta del miembro. ¿Emitir?") if len(previa.nuevos) == 1
                    else self.tr("Se emitirán {0} cargos de {1} {2} por un total de {3}, con vencimiento el {4}.\n\n"
                                 "Los cargos quedan registrados en la cuenta de cada miembro. ¿Emitir?")).format(
            miles(len(previa.nuevos)), cargo.lower(), previa.anio, total, fecha_dma(previa.vencimiento))
        if previa.advertencias:   # un vencimiento que ya pasó: se dice antes de la pregunta
            pregunta = "\n\n".join(previa.advertencias) + " " + self.tr(
                "Para cambiarlo, conteste No y elija la fecha en «Vencen el».") + "\n\n" + pregunta
        if QMessageBox.question(self, titulo, sin_cortes(pregunta),
                                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        contexto = self.contexto   # el de ahora: el trabajo corre en otro hilo

        def trabajo(informar):
            informar("escribiendo", 0, None)
            # Se escribe el plan de esta vista previa; si la base cambió desde entonces, el servicio vuelve a planear.
            return emitir_plan(contexto, previa.anio, previa.tipo_cargo, previa=previa)

        hecho = hacer_en_la_ventana(self, self.oficina, trabajo, que="emitir cuotas", en_segundo_plano=True,
                                    titulo=titulo)
        if hecho is None:
            return
        emitida = hecho.resultado
        self._mostrar(emitida.despues_de_emitir())  # lo que queda por emitir, sin volver a consultar la base
        self.al_dia()
        texto = (self.tr("Se emitió 1 cargo de {1} {2}") if emitida.creados == 1 else
                 self.tr("Se emitieron {0} cargos de {1} {2}")).format(miles(emitida.creados), cargo.lower(), previa.anio)
        if emitida.creados:
            texto += self.tr(" por un total de {0}").format(formatear(emitida.total, emitida.escala.moneda))
        if (emitida.cantidad_nuevos, emitida.total) != (previa.cantidad_nuevos, previa.total):
            texto += self.tr(". La base cambió después de la vista previa (otra ventana o la línea de órdenes): se "
                             "emitió lo que correspondía al confirmar")
        QMessageBox.information(self, self.tr("Emisión terminada"), texto + ".")
