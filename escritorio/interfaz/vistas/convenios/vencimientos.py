"""La pestaña «Vencimientos» del área Convenios: lo que vence en los próximos días (convenios que dejan de regir,
últimos días para denunciar uno que si no se renueva solo, obligaciones; las atrasadas primero, en rojo), como lo
da `servicios.vencimientos_de_convenios.vencimientos`. Un doble clic lleva al convenio."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ....dominio.convenios import CLASES_DE_VENCIMIENTO, DIAS_DE_AVISO
from ...comun import fecha_dma, tr
from ...piezas import AMBAR, ROJO, dato_de_fila, llenar_tabla, nota, tabla_lectura

VENTANAS = (30, DIAS_DE_AVISO, 180, 365)


class PestanaVencimientos(QWidget):
    """`abrir(convenio_id)` con un doble clic; `ventana_cambiada` cuando se eligen otros días."""

    abrir = Signal(int)
    ventana_cambiada = Signal()

    def __init__(self, padre: QWidget | None = None):
        super().__init__(padre)
        self.items: list = []
        self.dias = QComboBox()
        for dias in VENTANAS:
            self.dias.addItem(self.tr("los próximos {0} días").format(dias), dias)
        self.dias.setCurrentIndex(VENTANAS.index(DIAS_DE_AVISO))
        self.dias.currentIndexChanged.connect(lambda _: self.ventana_cambiada.emit())
        self.tabla = tabla_lectura([self.tr("Fecha"), self.tr("Qué"), self.tr("Detalle")], 2)
        self.tabla.activated.connect(self._abrir)   # doble clic o Enter
        self.resumen = nota()
        fila = QHBoxLayout()
        fila.addWidget(QLabel(self.tr("Vence en")))
        fila.addWidget(self.dias)
        fila.addStretch(1)
        fila.addWidget(self.resumen)
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(fila)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addWidget(nota(self.tr("Las obligaciones pendientes que ya vencieron aparecen primero, en rojo. "
                                           "Doble clic: ir al convenio.")))

    def dias_elegidos(self) -> int:
        return self.dias.currentData()

    def mostrar(self, items: list) -> None:
        self.items = list(items)
        filas = [[fecha_dma(v.fecha), tr(CLASES_DE_VENCIMIENTO[v.clase]) + (" — " + self.tr("atrasada")
                                                                              if v.atrasada else ""), v.texto]
                 for v in self.items]
        llenar_tabla(self.tabla, filas, datos=self.items,
                     color=lambda n: ROJO if self.items[n].atrasada else (AMBAR if self.items[n].clase == "denuncia"
                                                                          else None))
        atrasadas = sum(1 for v in self.items if v.atrasada)
        texto = self.tr("{0} vencimientos").format(len(self.items)) if len(self.items) != 1 else \
            self.tr("1 vencimiento")
        if atrasadas:
            texto += " · " + self.tr("{0} atrasadas").format(atrasadas)
        self.resumen.setText(texto)

    def _abrir(self, indice) -> None:
        vencimiento = dato_de_fila(self.tabla, indice.row())
        if vencimiento is not None:
            self.abrir.emit(vencimiento.convenio_id)
