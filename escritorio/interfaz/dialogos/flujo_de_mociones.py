"""Los pasos del flujo de las mociones de un órgano (issue 82), para elegirlos uno por uno desde las reglas de la sala.

Una casilla por cada paso que un reglamento puede admitir (dominio/flujos_de_mocion.POSIBLES); los que ninguna moción
puede saltear (admitirla, y que la votación la apruebe o la rechace) quedan marcados y apagados. No guarda nada:
devuelve el flujo elegido a las reglas de la sala, que lo guardan con lo demás (y con la reforma, si las reglas citan
un artículo)."""

from PySide6.QtWidgets import QCheckBox, QWidget

from ...dominio.flujos_de_mocion import OBLIGATORIOS, POSIBLES, Paso, nombre_del_paso
from ..comun import tr
from .sesion.piezas import DialogoFormulario


class DialogoPasosDelFlujo(DialogoFormulario):
    """Tras aceptar, `flujo` es el conjunto de pasos marcados."""

    def __init__(self, flujo: frozenset[Paso], padre: QWidget | None = None):
        super().__init__(tr("Pasos del flujo de las mociones"), tr("Aceptar"), padre, tr(
            "Las decisiones que el reglamento del órgano admite sobre una moción. Admitirla y votarla no se quitan: "
            "sin ellas ninguna moción llega a votarse. Se guardan con las reglas de la sala."), ancho=480)
        self.flujo = flujo
        self.casillas: dict[Paso, QCheckBox] = {}
        for paso in POSIBLES:
            casilla = QCheckBox(nombre_del_paso(paso))
            casilla.setChecked(paso in flujo)
            casilla.setEnabled(paso not in OBLIGATORIOS)
            self.casillas[paso] = casilla
            self.formulario.addRow(casilla)

    def guardar(self) -> None:
        self.flujo = frozenset(p for p, casilla in self.casillas.items() if casilla.isChecked())
        self.accept()
