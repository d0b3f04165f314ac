"""Cuotas › Escalas: las escalas de cada tipo de cargo y, de la elegida, sus tramos y sus reglas."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QScrollArea,
                               QSplitter, QVBoxLayout)

from ....dominio import formato
from ....dominio.cuotas import REGLAS_INGRESO, TIPOS_CARGO
from ....servicios.base import hoy
from ....servicios.cuotas import listar_escalas
from ...comun import descartar, fecha_dma, tr, formatear
from ...modelos.tabla import Columna, ModeloTabla, crear_tabla, fila_elegida
from ...piezas import DERECHA, GRIS, VERDE, nota
from .pestana import AreaCuotas, Pestana, boton, botonera


def vigencia(escala) -> str:
    if escala.hasta:
        return f"{fecha_dma(escala.desde)} – {fecha_dma(escala.hasta)}"
    return tr("desde el {0}").format(fecha_dma(escala.desde))


def _estado_escala(escala) -> str:
    dia = hoy()
    if escala.rige(dia):
        return tr("Vigente")
    return tr("Futura") if escala.desde > dia else tr("Anterior")


def _resumen_tramos(escala) -> str:
    """'4 tramos: de USD 150,00 a USD 2.400,00'."""
    if not escala.tramos:
        return ""
    importes = sorted(t.importe for t in escala.tramos)
    if len(escala.tramos) == 1:
        return tr("1 tramo: {0}").format(formatear(importes[0], escala.moneda))
    return tr("{0} tramos: de {1} a {2}").format(len(escala.tramos), formatear(importes[0], escala.moneda),
                                                 formatear(importes[-1], escala.moneda))


class PestanaEscalas(Pestana):
    def __init__(self, vista: AreaCuotas):
        super().__init__(vista)
        self.modelo = ModeloTabla([
            Columna(self.tr("Tipo de cargo"), lambda e: tr(TIPOS_CARGO.get(e.tipo_cargo, e.tipo_cargo)), ancho=120),
            Columna(self.tr("Vigencia"), vigencia, orden=lambda e: e.desde.isoformat(), ancho=170),
            Columna(self.tr("Estado"), _estado_escala, ancho=75,
                    color=lambda e: VERDE if e.rige(hoy()) else GRIS, negrita=lambda e: e.rige(hoy())),
            Columna(self.tr("Moneda"), lambda e: e.moneda, ancho=65),
            Columna(self.tr("Artículo"), lambda e: e.articulo or "", ancho=290,
                    ayuda=lambda e: tr("Aprobada por: {0}").format(e.aprobada_por) if e.aprobada_por else ""),
            Columna(self.tr("Tramos"), _resumen_tramos, ancho=260, ayuda=lambda e: e.texto_tramos().replace("; ", "\n")),
        ], self)
        self.tabla = crear_tabla(self.modelo, ordenable=False)
        self.tabla.selectionModel().selectionChanged.connect(lambda *_: self._detalle())
        explicacion = nota(self.tr(
            "Cada escala fija el importe de la cuota según la población del miembro a la fecha de referencia. "
            "Dos escalas del mismo tipo de cargo no pueden regir el mismo día."))

        # El detalle de la escala elegida: sus tramos a la izquierda, sus reglas a la derecha.
        self.modelo_tramos = ModeloTabla([
            Columna(self.tr("Población"), lambda t: t[0], ancho=230),
            Columna(self.tr("Importe"), lambda t: t[1], derecha=True, ancho=130),
        ], self)
        self.tabla_tramos = crear_tabla(self.modelo_tramos, ordenable=False)
        self.tabla_tramos.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tabla_tramos.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabla_tramos.setFixedWidth(390)
        self.tabla_tramos.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabla_tramos.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detalle = {clave: QLabel() for clave in ("aprobada", "referencia", "vencimiento", "ingreso", "articulo")}
        formulario = QFormLayout()
        formulario.setLabelAlignment(DERECHA)
        # Con poco ancho (1366×768 al 150 %, en inglés) el rótulo va arriba de su valor en lugar de encimarse con los
        # tramos.
        formulario.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for clave, rotulo in (("articulo", self.tr("Artículo:")), ("aprobada", self.tr("Aprobada por:")),
                              ("referencia", self.tr("Población al:")), ("vencimiento", self.tr("Vencimiento:")),
                              ("ingreso", self.tr("Ingreso en el año:"))):
            self.detalle[clave].setWordWrap(True)
            self.detalle[clave].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            formulario.addRow(rotulo, self.detalle[clave])
        self.grupo_detalle = QGroupBox()
        fila = QHBoxLayout(self.grupo_detalle)
        fila.addWidget(self.tabla_tramos, 0, Qt.AlignmentFlag.AlignTop)
        fila.addSpacing(12)
        fila.addLayout(formulario, 1)

        self.boton_nueva = boton(self.tr("Nueva escala…"), self.nueva, "nuevo")
        self.resumen = QLabel()
        # En una pantalla baja (1366×768 al 150 %) la lista conserva tres filas a la vista y el detalle se
        # desplaza; el divisor deja repartir el alto a mano.
        alto_fila = self.tabla.verticalHeader().defaultSectionSize()
        self.tabla.setMinimumHeight(self.tabla.horizontalHeader().sizeHint().height() + 3 * alto_fila + 4)
        desplazable = QScrollArea()
        desplazable.setWidgetResizable(True)
        desplazable.setFrameShape(QFrame.Shape.NoFrame)
        desplazable.setWidget(self.grupo_detalle)
        desplazable.setMinimumHeight(alto_fila * 3)
        self.divisor = QSplitter(Qt.Orientation.Vertical)
        self.divisor.setChildrenCollapsible(False)
        self.divisor.addWidget(self.tabla)
        self.divisor.addWidget(desplazable)
        self.divisor.setStretchFactor(0, 1)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addWidget(self.divisor, 1)
        disposicion.addLayout(botonera(self.boton_nueva, derecha=self.resumen))

    def recargar(self) -> None:
        escalas = listar_escalas(self.contexto)
        escalas.sort(key=lambda e: (e.tipo_cargo != "cuota_anual", e.tipo_cargo, e.desde))
        self.modelo.cargar(escalas)
        vigente = next((n for n, e in enumerate(escalas) if e.tipo_cargo == "cuota_anual" and e.rige(hoy())),
                       len(escalas) - 1)
        if escalas:
            self.tabla.selectRow(vigente)
        self._detalle()
        if escalas:
            self.resumen.setText(self.tr("{0} escalas").format(len(escalas)) if len(escalas) != 1
                                 else self.tr("1 escala"))

    def _detalle(self) -> None:
        escala = fila_elegida(self.tabla)
        self.grupo_detalle.setVisible(escala is not None)
        if escala is None:
            self.resumen.setText(self.tr("No hay escalas: cree la primera con «Nueva escala…».")
                                 if not self.modelo.rowCount() else self.tr("Elija una escala para ver sus tramos."))
            return
        self.grupo_detalle.setTitle(self.tr("{0}, {1}").format(
            tr(TIPOS_CARGO.get(escala.tipo_cargo, escala.tipo_cargo)), vigencia(escala)))
        self.modelo_tramos.cargar([(escala.describir_tramo(t), formatear(t.importe, escala.moneda))
                                   for t in escala.tramos])
        alto = self.tabla_tramos.horizontalHeader().height() + 24 * max(len(escala.tramos), 4) + 2
        self.tabla_tramos.setFixedHeight(alto)
        self.detalle["articulo"].setText(escala.articulo or self.tr("sin dato"))
        self.detalle["aprobada"].setText(escala.aprobada_por or self.tr("sin dato"))
        self.detalle["referencia"].setText(self.tr("{0} de cada año (la población de ese día define el tramo)")
                                           .format(_dia_mes(escala.dia_referencia)))
        self.detalle["vencimiento"].setText(self.tr("{0} de cada año").format(_dia_mes(escala.dia_vencimiento)))
        self.detalle["ingreso"].setText(tr(REGLAS_INGRESO.get(escala.regla_ingreso, escala.regla_ingreso))
                                        + (f" ({escala.articulo_ingreso})" if escala.articulo_ingreso else ""))

    def nueva(self) -> None:
        from ...dialogos.escala import DialogoEscala

        dialogo = DialogoEscala(self.oficina, self)
        dialogo.exec()
        creada = dialogo.escala_id
        descartar(dialogo)
        if creada is not None:
            self.actualizar()


def _dia_mes(mes_dia: str) -> str:
    """'03-31' -> '31/03'."""
    return formato.dia_y_mes(mes_dia)
