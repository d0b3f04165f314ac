"""La forma de votar de la pestaña Enmiendas (issue 64, §2): el método (a mano alzada, nominal o secreta), la mayoría y
la base —las de la regla del punto de la moción; otra pide el motivo, que queda registrado—, y el recuento: tres
contadores, o la lista de quienes votan con S (a favor), N (en contra) y A (abstención), como en la pestaña
Votaciones (votacion_teclado.py). No decide nada: arma la `NuevaVotacion` que el servicio calcula y cierra."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QAbstractItemView, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout,
                               QWidget)

from ....dominio.mayorias import BASE_SIMPLE, BASES, BASES_MOCION, MAYORIAS, ReglaMayoria
from ....dominio.sesiones import METODOS
from ....servicios.votaciones import NuevaVotacion
from ...modelos.sesiones import ModeloNominal
from ...piezas import ROJO, VERDE, TablaDeMarcas, nota
from .piezas import GRIS_FUERTE, DelegadoSegmentos, combo_de_opciones, contador, forma_de_votar
from ..votacion_teclado import TECLAS_DEL_VOTO


class FormaDeVotarEnLaSala(QWidget):
    """`cambio` se emite con cada cambio (método, mayoría, base, motivo, votos); `al_final`, después de votar la
    última fila de la lista nominal (quien la usa pasa el foco a «Cerrar votación»)."""

    cambio = Signal()
    al_final = Signal()

    def __init__(self, padre: QWidget | None = None):
        super().__init__(padre)
        self._regla: ReglaMayoria | None = None
        self.metodo = combo_de_opciones(METODOS, "alzada")
        self.mayoria = combo_de_opciones(MAYORIAS, "simple")
        self.base = combo_de_opciones({b: BASES[b] for b in BASES_MOCION}, "emitidos")
        for combo in (self.metodo, self.mayoria, self.base):
            combo.currentIndexChanged.connect(lambda _: self._cambiado())
        self.motivo = QLineEdit()
        self.motivo.setPlaceholderText(self.tr("por qué se vota con otra mayoría que la de la regla (queda "
                                               "registrado)"))
        self.motivo.textChanged.connect(lambda _: self.cambio.emit())
        self.rotulo_motivo = QLabel(self.tr("Motivo del cambio:"))
        self.regla = nota()

        self.a_favor, self.en_contra, self.abstenciones = contador(), contador(), contador()
        rejilla = QGridLayout()
        rejilla.setContentsMargins(0, 0, 0, 0)
        rejilla.setHorizontalSpacing(14)
        for columna, (rotulo, campo, color) in enumerate(((self.tr("&Votos a favor"), self.a_favor, VERDE),
                                                          (self.tr("En contra"), self.en_contra, ROJO),
                                                          (self.tr("Abstenciones"), self.abstenciones, GRIS_FUERTE))):
            etiqueta = QLabel(rotulo)
            etiqueta.setStyleSheet(f"color: {color}; font-weight: 600;")
            etiqueta.setBuddy(campo)
            rejilla.addWidget(etiqueta, 0, columna)
            rejilla.addWidget(campo, 1, columna)
            campo.valueChanged.connect(lambda _: self.cambio.emit())
        rejilla.setColumnStretch(3, 1)
        self.totales = QWidget()
        self.totales.setLayout(rejilla)

        self.nominal = ModeloNominal(self.cambio.emit, self)
        self.tabla_nominal = TablaDeMarcas()
        self.tabla_nominal.setModel(self.nominal)
        self.tabla_nominal.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla_nominal.verticalHeader().hide()
        self.tabla_nominal.setMinimumHeight(120)
        self.tabla_nominal.horizontalHeader().setStretchLastSection(True)
        self.tabla_nominal.setItemDelegateForColumn(3, DelegadoSegmentos(
            [("a_favor", self.tr("A favor"), VERDE), ("en_contra", self.tr("En contra"), ROJO),
             ("abstencion", self.tr("Abstención"), GRIS_FUERTE)], vaciable=True, padre=self.tabla_nominal))
        self.tabla_nominal.teclas = dict(TECLAS_DEL_VOTO)
        self.tabla_nominal.al_marcar = self._votar_filas
        self.tabla_nominal.al_final.connect(self.al_final.emit)
        self.ayuda_nominal = nota(self.tr("S a favor (sí) · N en contra (no) · A abstención · Supr borra el voto"))

        motivo = QHBoxLayout()
        motivo.addWidget(self.rotulo_motivo)
        motivo.addWidget(self.motivo, 1)
        caja = QVBoxLayout(self)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.setSpacing(6)
        # El recuento arriba (lo que se toca en vivo); la forma de votar, que casi nunca cambia, debajo.
        caja.addWidget(self.totales)
        caja.addWidget(self.ayuda_nominal)
        caja.addWidget(self.tabla_nominal)
        caja.addLayout(forma_de_votar(self.metodo, self.mayoria, self.base))
        caja.addWidget(self.regla)
        caja.addLayout(motivo)
        self._mostrar_lo_que_toca()

    @property
    def campos(self) -> tuple[QWidget, ...]:
        """En el orden de Tab: los contadores (o la lista nominal) primero, después la forma de votar."""
        return (self.a_favor, self.en_contra, self.abstenciones, self.tabla_nominal, self.metodo, self.mayoria,
                self.base, self.motivo)

    def _votar_filas(self, filas: list[int], sentido: str | None) -> bool:
        hecho = all(self.nominal.setData(self.nominal.index(fila, 3), sentido) for fila in filas)
        return hecho and sentido is not None

    def preparar(self, regla: ReglaMayoria, fija: bool, votantes: list, nombres: dict[int, str],
                 reiniciar: bool) -> None:
        """La regla del punto de la moción y quienes pueden votar; `reiniciar`: todo a cero y con la regla."""
        self._regla = regla
        self.regla.setText(self.tr("Regla: {0}.").format(regla.describir())
                           + (" " + self.tr("La fija el estatuto: solo se vota con ella o con una más exigente.")
                              if fija else ""))
        self.nominal.cargar(votantes, nombres)
        if reiniciar:
            for campo in (self.a_favor, self.en_contra, self.abstenciones):
                campo.blockSignals(True)
                campo.setValue(0)
                campo.blockSignals(False)
            for combo, valor in ((self.metodo, "alzada"), (self.mayoria, regla.mayoria), (self.base, regla.base)):
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(valor), 0))
                combo.blockSignals(False)
            self.motivo.clear()
            self.nominal.limpiar()
        self._mostrar_lo_que_toca()

    @property
    def cambia_la_regla(self) -> bool:
        return self._regla is not None and not self._regla.misma_mayoria(self.mayoria.currentData(),
                                                                         self.base.currentData())

    def _cambiado(self) -> None:
        self._mostrar_lo_que_toca()
        self.cambio.emit()

    def _mostrar_lo_que_toca(self) -> None:
        simple = self.mayoria.currentData() == "simple"
        if simple and self.base.currentData() != BASE_SIMPLE:
            self.base.blockSignals(True)
            self.base.setCurrentIndex(self.base.findData(BASE_SIMPLE))
            self.base.blockSignals(False)
        self.base.setEnabled(not simple and self.mayoria.isEnabled())
        cambia = self.cambia_la_regla
        self.rotulo_motivo.setVisible(cambia)
        self.motivo.setVisible(cambia)
        nominal = self.metodo.currentData() == "nominal"
        self.totales.setVisible(not nominal)
        self.tabla_nominal.setVisible(nominal)
        self.ayuda_nominal.setVisible(nominal)

    def nueva(self) -> NuevaVotacion:
        """La votación como está en pantalla (lo que se registraría al cerrarla)."""
        nominal = self.metodo.currentData() == "nominal"
        a_favor, en_contra, abstenciones = (self.nominal.conteo() if nominal else
                                            (self.a_favor.value(), self.en_contra.value(), self.abstenciones.value()))
        return NuevaVotacion(metodo=self.metodo.currentData(), mayoria=self.mayoria.currentData(),
                             base=self.base.currentData(), a_favor=a_favor, en_contra=en_contra,
                             abstenciones=abstenciones, nominales=dict(self.nominal.sentidos) if nominal else None,
                             motivo_mayoria=(self.motivo.text().strip() or None) if self.cambia_la_regla else None)

    def primer_campo(self) -> QWidget:
        return self.tabla_nominal if self.metodo.currentData() == "nominal" else self.a_favor

    def fijar_habilitada(self, habilitada: bool) -> None:
        for campo in (self.metodo, self.mayoria, self.a_favor, self.en_contra, self.abstenciones, self.motivo):
            campo.setEnabled(habilitada)
        self.base.setEnabled(habilitada and self.mayoria.currentData() != "simple")
        self.nominal.editable = habilitada
        self.tabla_nominal.viewport().update()
