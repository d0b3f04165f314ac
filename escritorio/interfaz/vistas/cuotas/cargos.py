"""Cuotas › Cargos: el padrón de cuotas de un año (importe, pagado y saldo de cada miembro) y sus totales."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from ....servicios.base import hoy
from ....servicios.cobranza import padron_de_cuotas
from ....servicios.informes_cuotas import exportar_padron_cuotas, imprimir_resumen_cobranza
from ...comun import miles, sin_cortes, tr, formatear
from ...graficos import porcentaje
from ...modelos.tabla import Columna, ModeloTabla, crear_tabla
from ...piezas import ROJO
from .pestana import AreaCuotas, Pestana, boton, botonera, combo_anio, sumas
from ...orden_alfabetico import clave_en_la_ventana


class PestanaCargos(Pestana):
    ESTADOS = (("todos", "Todos los cargos"), ("pagados", "Pagados"), ("con_saldo", "Con saldo"))

    def __init__(self, vista: AreaCuotas):
        super().__init__(vista)
        self._filas = []
        self.anio = combo_anio(hoy().year)
        self.anio.valueChanged.connect(lambda _: self.actualizar())
        self.pais = QComboBox()
        self.pais.setMinimumContentsLength(14)
        self.pais.currentIndexChanged.connect(lambda _: self._filtrar())
        self.estado = QComboBox()
        for codigo, etiqueta in self.ESTADOS:
            self.estado.addItem(tr(etiqueta), codigo)
        self.estado.currentIndexChanged.connect(lambda _: self._filtrar())
        arriba = QHBoxLayout()
        arriba.addWidget(QLabel(self.tr("Año:")))
        arriba.addWidget(self.anio)
        arriba.addSpacing(12)
        arriba.addWidget(self.pais)
        arriba.addWidget(self.estado)
        arriba.addStretch(1)

        self.modelo = ModeloTabla([
            Columna(self.tr("Miembro"), lambda f: f.miembro, ancho=220, ayuda=lambda f: f.miembro),
            Columna(self.tr("País"), lambda f: f.pais, ancho=100),
            Columna(self.tr("Población"), lambda f: miles(f.poblacion), orden=lambda f: f.poblacion or 0,
                    derecha=True, ancho=100),
            Columna(self.tr("Tramo"), lambda f: f.tramo, orden=lambda f: f.poblacion or 0, ancho=170),
            Columna(self.tr("Importe"), lambda f: formatear(f.importe, f.moneda), orden=lambda f: f.importe,
                    derecha=True, ancho=120),
            Columna(self.tr("Pagado"), lambda f: formatear(f.pagado, f.moneda), orden=lambda f: f.pagado,
                    derecha=True, ancho=120),
            Columna(self.tr("Saldo"), lambda f: formatear(f.saldo, f.moneda), orden=lambda f: f.saldo, derecha=True,
                    ancho=120, color=lambda f: ROJO if f.saldo > 0 else None, negrita=lambda f: f.saldo > 0),
        ], self)
        self.tabla = crear_tabla(self.modelo)
        self.totales = QLabel()
        self.totales.setTextFormat(Qt.TextFormat.RichText)
        self.boton_excel = boton(self.tr("Exportar a Excel…"), self.exportar_excel, "excel")
        self.boton_resumen = boton(self.tr("Resumen de cobranza (PDF)…"), self.resumen_pdf, "pdf")
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addLayout(botonera(self.boton_excel, self.boton_resumen, derecha=self.totales))

    def recargar(self) -> None:
        self._filas = padron_de_cuotas(self.contexto, self.anio.value())
        actual = self.pais.currentData()
        self.pais.blockSignals(True)
        self.pais.clear()
        self.pais.addItem(self.tr("Todos los países"), None)
        for pais in sorted({f.pais for f in self._filas}, key=clave_en_la_ventana):
            self.pais.addItem(pais, pais)
        self.pais.setCurrentIndex(max(self.pais.findData(actual), 0))
        self.pais.blockSignals(False)
        self._filtrar()

    def _filtrar(self) -> None:
        pais, estado = self.pais.currentData(), self.estado.currentData()
        filas = [f for f in self._filas if (pais is None or f.pais == pais)
                 and (estado == "todos" or (estado == "pagados") == (f.saldo <= 0))]
        self.modelo.cargar(filas)
        if not self._filas:
            self.totales.setText(self.tr("No hay cargos emitidos para {0}.").format(self.anio.value()))
            return
        facturado = sum(f.importe for f in filas)
        cobrado = sum(f.pagado for f in filas)
        # sin_cortes: en una pantalla chica la línea se parte, pero nunca entre «USD» y la cifra.
        self.totales.setText(sin_cortes((
            self.tr("1 cargo · Facturado {1} · Cobrado {2} ({3}) · Saldo <b>{4}</b>") if len(filas) == 1 else
            self.tr("{0} cargos · Facturado {1} · Cobrado {2} ({3}) · Saldo <b>{4}</b>")).format(
            miles(len(filas)), sumas([(f.importe, f.moneda) for f in filas]), sumas([(f.pagado, f.moneda) for f in filas]),
            porcentaje(cobrado, facturado), sumas([(f.saldo, f.moneda) for f in filas]))))

    def exportar_excel(self) -> None:
        anio = self.anio.value()
        self._documento(self.tr("Exportar el padrón de cuotas"), f"cuotas-{self.asociacion['sigla']}-{anio}.xlsx",
                        lambda ruta: exportar_padron_cuotas(self.contexto, anio, ruta))

    def resumen_pdf(self) -> None:
        anio = self.anio.value()
        self._documento(self.tr("Resumen de cobranza"), f"cobranza-{self.asociacion['sigla']}-{anio}.pdf",
                        lambda ruta: imprimir_resumen_cobranza(self.contexto, anio, ruta))
