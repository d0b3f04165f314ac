"""La pregunta cuando otro programa cambió un registro mientras su formulario estaba abierto."""

from PySide6.QtWidgets import QMessageBox, QWidget

from ...errores import ErrorConflicto
from ..comun import tr

SOBRESCRIBIR, RECARGAR, CANCELAR = "sobrescribir", "recargar", "cancelar"



def _escapar(texto: object) -> str:
    return str(texto).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def caja_de_conflicto(padre: QWidget | None, error: ErrorConflicto, que: str) -> QMessageBox:
    """El cuadro con lo que cambió (campo, valor al abrir, valor actual) y los tres botones."""
    filas = "".join(f"<tr><td><b>{_escapar(rotulo)}:</b></td><td>{_escapar(antes)}</td>"
                    f"<td>→</td><td><b>{_escapar(ahora)}</b></td></tr>"
                    for rotulo, antes, ahora in error.cambios)
    caja = QMessageBox(padre)
    caja.setIcon(QMessageBox.Icon.Warning)
    caja.setWindowTitle(tr("Otro programa cambió estos datos"))
    caja.setText(tr("Mientras tenía abierta {0}, otro programa (la línea de órdenes u otra ventana) guardó "
                     "cambios en el mismo registro. Todavía no se guardó nada de lo suyo.").format(que))
    caja.setInformativeText(
        "<p>" + tr("Lo que cambió (como estaba al abrir → como está ahora):") + "</p>"
        f"<table cellspacing='0' cellpadding='3'>{filas}</table>"
        "<p>" + tr("<b>Sobrescribir</b>: guarda lo suyo y reemplaza esos cambios.<br>"
                    "<b>Recargar</b>: muestra los datos actuales; lo que usted escribió se descarta.<br>"
                    "<b>Cancelar</b>: no guarda nada y deja su formulario como está, para revisarlo.") + "</p>")
    caja.addButton(tr("Sobrescribir"), QMessageBox.ButtonRole.DestructiveRole).setObjectName(SOBRESCRIBIR)
    caja.addButton(tr("Recargar"), QMessageBox.ButtonRole.ResetRole).setObjectName(RECARGAR)
    cancelar = caja.addButton(tr("Cancelar"), QMessageBox.ButtonRole.RejectRole)
    cancelar.setObjectName(CANCELAR)
    caja.setDefaultButton(cancelar)
    caja.setEscapeButton(cancelar)
    return caja


def preguntar_conflicto(padre: QWidget | None, error: ErrorConflicto, que: str) -> str:
    """SOBRESCRIBIR, RECARGAR o CANCELAR (también si se cierra el cuadro)."""
    caja = caja_de_conflicto(padre, error, que)
    caja.exec()
    elegido = caja.clickedButton()
    respuesta = elegido.objectName() if elegido is not None else CANCELAR
    caja.deleteLater()
    return respuesta if respuesta in (SOBRESCRIBIR, RECARGAR) else CANCELAR
