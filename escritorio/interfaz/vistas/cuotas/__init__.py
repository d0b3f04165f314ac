"""El área Cuotas: escalas, emisión anual, cargos, pagos, morosidad y avisos de cobro.

Cada pestaña pide sus datos a los servicios de cuotas, pagos y cobranza (nunca a la base) y se
recarga solo cuando está a la vista y algo cambió. Todo importe se muestra con su moneda y
formato regional («USD 1.234,50»), alineado a la derecha.

Este módulo arma el área (`VistaCuotas`); cada pestaña vive en su módulo (escalas, emision, cargos,
pagos, morosidad, avisos) y lo común de todas en `pestana`. La tabla de solo lectura que usan es
`interfaz/modelos/tabla.py`.
"""

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ....servicios.oficina import Oficina
from ...comun import descartar
from ...piezas.areas import recargar_despues_del_dialogo
from ...piezas.de_la_oficina import DeLaOficina
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


class VistaCuotas(DeLaOficina, QWidget):
    """Lo que se guarda desde aquí (emisión, pago, anulación, escala, regla, avisos) lo avisa la oficina (ver
    `interfaz/cambios.py`)."""

    # Cargos, pagos, morosidad y avisos: la deuda de cada miembro, quién integra el Consejo y la regla de voto (la de
    # la asociación y, de cada órgano, si la aplica en sus sesiones).
    MUESTRA = frozenset({"cargos", "pagos", "miembros", "mandatos", "asociacion", "organos"})

    def __init__(self, ajustes: QSettings | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self._recarga_programada = False
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

    def mostrar(self, oficina: Oficina) -> None:
        """Muestra las cuotas de otra asociación (o de otra base); recarga la pestaña a la vista."""
        self.oficina = oficina
        for pestana in self._todas():
            pestana.reiniciar()
            pestana.pendiente = True
        self._al_dia()

    def invalidar(self, temas: frozenset[str] = frozenset(), numero: int | None = None) -> None:
        """Se escribió algo que el área muestra (un pago, una baja, la asistencia de una sesión): cada pestaña se
        recarga al verse (la de la vista, al cerrarse el diálogo que guardaba); si el área no está a la vista, nada se
        recarga hasta que se muestre (la morosidad no es gratis). La pestaña que guardó y ya muestra lo guardado lo
        dice con `Pestana.al_dia`."""
        for pestana in self._todas():
            pestana.pendiente = True
        if self.isVisible() and numero is None:   # otro programa escribió: ya
            self._al_dia()
        elif self.isVisible() and not self._recarga_programada:
            self._recarga_programada = True
            QTimer.singleShot(0, self._al_dia_sin_dialogo)

    def _al_dia_sin_dialogo(self) -> None:
        if recargar_despues_del_dialogo(self, self._al_dia_sin_dialogo):
            return
        self._recarga_programada = False
        if self.isVisible():
            self._al_dia()

    def showEvent(self, evento) -> None:
        super().showEvent(evento)
        self._al_dia()

    def _al_dia(self) -> None:
        pestana = self.pestanas.currentWidget()
        if self.db is not None and pestana is not None and pestana.pendiente:
            pestana.actualizar()

    def abrir_cuenta(self, miembro_id: int) -> None:
        """La ficha del miembro abierta en su pestaña Cuenta."""
        from ...dialogos.ficha_miembro import DialogoFichaMiembro

        dialogo = DialogoFichaMiembro(self.oficina, miembro_id, self)
        dialogo.mostrar_cuenta()
        dialogo.exec()
        cambios = dialogo.cambios
        descartar(dialogo)
        if cambios:
            self.pestanas.currentWidget().actualizar()
