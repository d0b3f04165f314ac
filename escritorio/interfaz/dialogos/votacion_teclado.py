"""Votar sin el ratón, en la pestaña Votaciones y en el recuento de una elección.

- Votación nominal: S (sí, a favor), N (no, en contra) y A (abstención) marcan el voto de las filas elegidas y pasan
  a la siguiente; Supr o Retroceso lo borran. Tras la última fila, el foco pasa a «Cerrar votación» (Enter la cierra,
  con su pregunta de siempre). Las letras valen también en portugués (Sim, Não, Abstenção).
- A mano alzada o secreta: Tab recorre Método, Mayoría, Base, el motivo (si se pide) y los votos A favor, En contra y
  Abstenciones, y sigue en «Cerrar votación» (también Alt+C).
- Elección nominal: Tab pasa de la lista de un miembro a la del siguiente; en cada una, escribir el comienzo del
  nombre elige la candidatura (o «En blanco», «Abstención»).
"""

from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox, QTableWidget, QWidget

from ..modelos.sesiones import ModeloNominal
from ..piezas import DesplazableAlAncho, TablaDeMarcas


class PestanaConTeclado(Protocol):
    """Lo que `preparar_votacion` usa de la pestaña Votaciones (`sesion.votaciones.PestanaVotaciones` lo cumple): así
    este módulo no la importa de vuelta (sesion/votaciones.py lo importa a él)."""

    tabla_nominal: TablaDeMarcas
    nominal: ModeloNominal
    lista: QTableWidget
    metodo: QComboBox
    mayoria: QComboBox
    base: QComboBox
    motivo: QLineEdit
    a_favor: QSpinBox
    en_contra: QSpinBox
    abstenciones: QSpinBox
    boton_todos_favor: QPushButton
    boton_limpiar: QPushButton
    boton_cerrar: QPushButton
    boton_resolucion: QPushButton
    boton_pdf_resolucion: QPushButton
    boton_firma_resolucion: QPushButton
    boton_adherentes: QPushButton
    boton_eleccion: QPushButton

    def findChildren(self, tipo: type[QWidget]) -> list[QWidget]: ...

TECLAS_DEL_VOTO = {Qt.Key.Key_S: "a_favor", Qt.Key.Key_N: "en_contra", Qt.Key.Key_A: "abstencion",
                   Qt.Key.Key_Delete: None, Qt.Key.Key_Backspace: None}


def encadenar(*widgets: QWidget) -> None:
    """El orden de Tab, en el orden dado (los ocultos o deshabilitados se saltean solos)."""
    for anterior, siguiente in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(anterior, siguiente)


def preparar_votacion(pestana: PestanaConTeclado) -> None:
    """Las teclas de la votación nominal y el orden de Tab de la pestaña Votaciones."""
    tabla, modelo = pestana.tabla_nominal, pestana.nominal

    def votar(filas: list[int], sentido: str | None) -> bool:
        """Marca el voto; True (pasar a la fila siguiente) si quedó. Borrar no pasa: se vuelve a votar ahí."""
        hecho = all(modelo.setData(modelo.index(fila, 3), sentido) for fila in filas)
        return hecho and sentido is not None

    def despues_de_la_ultima() -> None:
        if pestana.boton_cerrar.isEnabled():
            pestana.boton_cerrar.setFocus(Qt.FocusReason.TabFocusReason)

    tabla.teclas = dict(TECLAS_DEL_VOTO)
    tabla.al_marcar = votar
    tabla.al_final.connect(despues_de_la_ultima)
    pestana.lista.setTabKeyNavigation(False)   # Tab sale de la lista de puntos, a la forma de votar
    for panel in pestana.findChildren(DesplazableAlAncho):
        panel.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # no es una parada de Tab: se desplaza solo hasta el campo
    pestana.boton_cerrar.setAutoDefault(True)  # con el foco en el botón, Enter lo pulsa (como Espacio)
    encadenar(pestana.lista, pestana.metodo, pestana.mayoria, pestana.base, pestana.motivo, pestana.a_favor,
              pestana.en_contra, pestana.abstenciones, pestana.boton_todos_favor, pestana.boton_limpiar, tabla,
              pestana.boton_cerrar, pestana.boton_resolucion, pestana.boton_pdf_resolucion,
              pestana.boton_firma_resolucion, pestana.boton_adherentes, pestana.boton_eleccion)


def preparar_eleccion_nominal(tabla: QTableWidget, antes: QWidget) -> None:
    """Tab pasa de `antes` («Borrar los votos») a la lista de voto del primer miembro, de cada una a la del siguiente
    (no de celda en celda; la tabla desplaza sola la fila a la vista) y de la última a lo que sigue a la tabla
    («Cerrar elección»). Se llama cada vez que se llena la tabla (una lista por miembro)."""
    tabla.setTabKeyNavigation(False)
    tabla.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # sin selección: la parada de Tab son sus listas
    encadenar(antes, *[lista for lista in (tabla.cellWidget(fila, 3) for fila in range(tabla.rowCount()))
                       if lista is not None])
