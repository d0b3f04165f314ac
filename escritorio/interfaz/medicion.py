"""Para `make bench`: medir, por el lanzador real, lo que espera quien abre el programa hasta ver el padrón.

Con la variable ESCRITORIO_MEDIR_ARRANQUE, la ventana abre en Miembros (como la abre quien la cerró ahí: se arma solo
esa área), escribe MARCA en la salida estándar en cuanto su tabla se pintó por primera vez, MARCA_COMPLETO cuando
la tabla tiene el padrón entero (con muchos miembros, el resto llega después de la primera pantalla:
servicios/padron_por_partes.py) y se cierra. El banco mide
desde que lanza el proceso hasta esa línea: Python, Qt, abrir la base (con su comprobación y el respaldo al abrir),
armar la ventana y pintar; el respaldo de cierre no. Sin la variable no hace nada.

Con ESCRITORIO_CAPTURA=RUTA.png además, antes de cerrarse guarda la ventana en esa imagen: la prueba de humo del
programa instalado (instalador/humo.py) la pide sin pantalla (QT_QPA_PLATFORM=offscreen).
"""

import os

from PySide6.QtCore import QEvent, QObject, QTimer

from .apertura import VARIABLE_DE_MEDICION as VARIABLE
MARCA = "PADRON_PINTADO"
MARCA_COMPLETO = "PADRON_COMPLETO"
VARIABLE_CAPTURA = "ESCRITORIO_CAPTURA"


class _AlPintar(QObject):
    def __init__(self, app, vista, miembros):
        super().__init__(vista)
        self._app, self._vista, self._miembros = app, vista, miembros
        self._avisado = False

    def eventFilter(self, objeto, evento) -> bool:  # noqa: N802 (nombre de Qt)
        if evento.type() == QEvent.Type.Paint:
            self._vista.removeEventFilter(self)
            QTimer.singleShot(0, self._avisar_y_salir)
        return False

    def _avisar_y_salir(self) -> None:
        print(MARCA, flush=True)
        llenado = self._miembros.llenado
        llenado.terminado.connect(self._si_esta_completo)
        # Si se deja de traer por partes (un error, otro programa escribió), la tabla se lee entera enseguida.
        llenado.detenido.connect(lambda: QTimer.singleShot(0, self._si_esta_completo))
        self._si_esta_completo()

    def _si_esta_completo(self) -> None:
        if self._miembros.modelo.completo and not self._avisado:
            self._avisado = True
            print(MARCA_COMPLETO, flush=True)
            captura = os.environ.get(VARIABLE_CAPTURA)
            if captura:
                self._vista.window().grab().save(captura)
            self._app.quit()


def abrir_en_miembros_si_se_mide(ajustes) -> None:
    """Antes de armar la ventana: que abra en Miembros, el área que se mide."""
    from .ventana_principal import indice_del_area

    if os.environ.get(VARIABLE):
        ajustes.setValue("ventana/area", indice_del_area("miembros"))


def medir_si_se_pide(app, ventana) -> None:
    """Con la ventana ya a la vista (su primera pintura llega con el bucle de eventos)."""
    from .ventana_principal import indice_del_area

    if not os.environ.get(VARIABLE):
        return
    vista = ventana.miembros.tabla.viewport()
    vista.installEventFilter(_AlPintar(app, vista, ventana.miembros))
    ventana.navegacion.setCurrentRow(indice_del_area("miembros"))
