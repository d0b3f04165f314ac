"""Los cargos en sus dos formas en una lista desplegable: «Presidente» y «Presidenta», «Secretario Ejecutivo» y
«Secretaria Ejecutiva» (los epicenos, como «Titular», una sola vez).

Cada entrada lleva el cargo (el dato de siempre: `currentData()`, `findData(cargo)` da la forma masculina) y la forma
con que se nombra a quien lo ejerce (dominio.organos.FORMAS), que leen el diálogo de mandato y el de candidatura.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from ..comun import tr
from ...dominio.organos import FORMA_POR_OMISION, nombre_del_cargo, tiene_dos_formas

_FORMA = Qt.ItemDataRole.UserRole + 1


def agregar_cargo(lista: QComboBox, cargo: str) -> None:
    """Agrega el cargo en su forma masculina y, si se nombra distinto en femenino, también en la femenina. Si en el
    idioma de la ventana las dos formas se escriben igual (en inglés, «President»), la femenina lo dice."""
    masculina = nombre_del_cargo(cargo, "masculina")
    lista.addItem(masculina, cargo)
    lista.setItemData(lista.count() - 1, "masculina", _FORMA)
    if tiene_dos_formas(cargo):
        femenina = nombre_del_cargo(cargo, "femenina")
        if femenina == masculina:
            femenina = tr("{0} (forma femenina)").format(femenina)
        lista.addItem(femenina, cargo)
        lista.setItemData(lista.count() - 1, "femenina", _FORMA)


def forma_elegida(lista: QComboBox) -> str:
    return lista.currentData(_FORMA) or FORMA_POR_OMISION


def elegir(lista: QComboBox, cargo: str, forma: str = FORMA_POR_OMISION) -> None:
    """Deja elegida la entrada del cargo en esa forma (la masculina si el cargo no tiene otra)."""
    for indice in range(lista.count()):
        if lista.itemData(indice) == cargo and lista.itemData(indice, _FORMA) in (forma, None):
            lista.setCurrentIndex(indice)
            return
    lista.setCurrentIndex(max(lista.findData(cargo), 0))
