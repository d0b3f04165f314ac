"""Una base dañada al abrirla, por cualquier camino de la ventana (al arrancar, Archivo › Abrir…, Archivo › Bases
recientes): se ofrece apartarla con la fecha (nunca se pisa ni se borra) y restaurar el respaldo sano más nuevo de
esta misma base, como «escritorio respaldo recuperar» (la misma función del servicio, `recuperar_base_danada`)."""

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ..errores import ErrorBaseDanada
from ..servicios.respaldo import (aviso_de_lo_repuesto, describir, recuperar_base_danada,
                                  respaldo_para_recuperar)
from .comun import mostrar_error, parrafo, tr


def ofrecer_recuperar(ruta: Path, error: ErrorBaseDanada, padre: QWidget | None = None) -> bool:
    """Base dañada: se aparta con fecha (nunca se pisa) y se restaura el respaldo sano más nuevo DE ESTA BASE
    (por su identidad; nunca el de otra base de la misma carpeta), si el usuario quiere. True si se recuperó."""
    ruta = Path(ruta)
    mensaje = error.problema   # sin cómo recuperarla desde la línea de órdenes: aquí se ofrece con un botón
    respaldo = respaldo_para_recuperar(ruta)
    if respaldo is None:
        QMessageBox.warning(padre, tr("Base de datos dañada"), tr(
            "{0}\n\nNo hay un respaldo sano de esta base en la carpeta «respaldos» ({1}). La base dañada no se "
            "tocó. Si tiene un respaldo en otro lugar, ábralo o restáurelo desde Archivo > Restaurar respaldo.")
            .format(mensaje, ruta.resolve().parent / "respaldos"))
        return False
    respuesta = QMessageBox.question(padre, tr("Base de datos dañada"), tr(
        "{0}\n\nEscritorio puede apartar el archivo dañado (se guarda con la fecha de hoy, no se borra) y "
        "restaurar el respaldo sano más reciente de esta base:\n{1}{2}\n\n¿Desea hacerlo?").format(
        mensaje, respaldo.name, describir(respaldo)))
    if respuesta != QMessageBox.StandardButton.Yes:
        return False
    try:
        recuperacion = recuperar_base_danada(ruta, respaldo)
    except Exception as problema:
        mostrar_error(padre, problema, "recuperar base")
        return False
    QMessageBox.information(padre, tr("Base recuperada"), tr(
        "Se restauró el respaldo {0}.\nEl archivo dañado quedó guardado como:\n{1}").format(
        recuperacion.respaldo.name, recuperacion.apartada)
        + parrafo(aviso_de_lo_repuesto(recuperacion.repuesto)))
    return True
