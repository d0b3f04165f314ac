"""El área Cuotas: escalas, emisión anual, cargos, pagos, morosidad y avisos de cobro.

Cada pestaña pide sus datos a los servicios de cuotas, pagos y cobranza (nunca a la base) y se
recarga solo cuando está a la vista y algo cambió. Todo importe se muestra con su moneda y
formato regional («USD 1.234,50»), alineado a la derecha.

Este módulo arma el área (`VistaCuotas`); cada pestaña vive en su módulo (escalas, emision, cargos,
pagos, morosidad, avisos) y lo común de todas en `pestana`. La tabla de solo lectura que usan es
`interfaz/modelos/tabla.py`.
"""

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...cambios import FICHA_DE_MIEMBRO
from ...comun import descartar
from ...modelos.tabla import fila_elegida
from .avisos import PestanaAvisos
from .cargos import PestanaCargos
from .emision import PestanaEmision
from .escalas import PestanaEscalas
from .morosidad import DialogoReglaVoto, PestanaMorosidad
from .pagos import PestanaPagos
from .pestana import Pestana, años_agrupados, sumas

# Lo que importan la ventana, las capturas y las pruebas, con los nombres de siempre.
__all__ = ["DialogoReglaVoto", "PestanaAvisos", "PestanaCargos", "PestanaEmision", "PestanaEscalas", "PestanaMorosidad",
           "PestanaPagos", "VistaCuotas", "años_agrupados", "fila_elegida", "sumas"]


class VistaCuotas(QWidget):
    """Emite `datos_cambiados(temas)` cuando algo se guardó (emisión, pago, anulación, escala, regla, avisos), con los
    temas que tocó (ver `interfaz/cambios.py`)."""

    datos_cambiados = Signal(object)
    # Cargos, pagos, morosidad y avisos: la deuda de cada miembro, quién integra el Consejo y la regla de voto (la de
    # la asociación y, de cada órgano, si la aplica en sus sesiones).
    MUESTRA = frozenset({"cargos", "pagos", "miembros", "mandatos", "asociacion", "organos"})

    def __init__(self, ajustes: QSettings | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self.db = None
        self.asociacion: dict | None = None
        self.ajustes = ajustes
        self.escalas = PestanaEscalas(self)
        self.emision = PestanaEmision(self)
        self.cargos = PestanaCargos(self)
        self.pagos = PestanaPagos(self)
        self.morosidad = PestanaMorosidad(self)
        self.avisos = PestanaAvisos(self)
        self.pestanas = QTabWidget()
        for pestana, titulo in ((self.escalas, self.tr("Escalas")), (self.emision, self.tr("Emisión")),
                                (self.cargos, self.tr("Cargos")), (self.pagos, self.tr("Pagos")),
                                (self.morosidad, self.tr("Morosidad")), (self.avisos, self.tr("Avisos"))):
            self.pestanas.addTab(pestana, titulo)
        self.pestanas.currentChanged.connect(lambda _: self._al_dia())
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.pestanas)

    def _todas(self) -> list["Pestana"]:
        return [self.pestanas.widget(i) for i in range(self.pestanas.count())]

    def mostrar(self, db, asociacion: dict) -> None:
        """Muestra las cuotas de otra asociación (o de otra base); recarga la pestaña a la vista."""
        self.db, self.asociacion = db, asociacion
        for pestana in self._todas():
            pestana.reiniciar()
            pestana.pendiente = True
        self._al_dia()

    def invalidar(self) -> None:
        """Algo cambió fuera del área (un pago, una baja, la asistencia de una sesión): cada pestaña se recarga al
        verse; si el área no está a la vista, nada se recarga hasta que se muestre (la morosidad no es gratis)."""
        for pestana in self._todas():
            pestana.pendiente = True
        if self.isVisible():
            self._al_dia()

    def showEvent(self, evento) -> None:
        super().showEvent(evento)
        self._al_dia()

    def _al_dia(self) -> None:
        pestana = self.pestanas.currentWidget()
        if self.db is not None and pestana is not None and pestana.pendiente:
            pestana.actualizar()

    def cambio(self, origen: "Pestana", temas: set[str]) -> None:
        """Una pestaña guardó algo (`temas`): las demás quedan por recargar y se avisa al resto de la ventana."""
        for pestana in self._todas():
            if pestana is not origen:
                pestana.pendiente = True
        self.datos_cambiados.emit(frozenset(temas))

    def abrir_cuenta(self, miembro_id: int) -> None:
        """La ficha del miembro abierta en su pestaña Cuenta."""
        from ...dialogos.ficha_miembro import DialogoFichaMiembro

        dialogo = DialogoFichaMiembro(self.db, self.asociacion, miembro_id, self)
        dialogo.mostrar_cuenta()
        dialogo.exec()
        cambios = dialogo.cambios
        descartar(dialogo)
        if cambios:
            actual = self.pestanas.currentWidget()
            self.cambio(actual, FICHA_DE_MIEMBRO)
            actual.actualizar()
