"""La ventana cuando otro programa borró el diario de la base que tiene abierta (datos/diario_perdido.py).

No se escribe nada más en la conexión vieja (cada transacción lo comprueba); lo que ella ve se copia a un archivo de
rescate, la base se vuelve a abrir tal como está en el disco y se dice, en palabras de la secretaría, qué pasó y si
falta algo."""

import logging

from PySide6.QtWidgets import QMessageBox

from ..servicios.base import rescatar_diario_perdido
from .comun import mostrar_error, tr


def atender_diario_perdido(ventana) -> None:
    anterior = ventana.db
    sigla = ventana.asociacion["sigla"] if ventana.asociacion else None
    try:
        nueva, rescate = rescatar_diario_perdido(anterior)
    except Exception as error:  # noqa: BLE001 - se muestra una vez; las transacciones siguen rechazándose
        logging.getLogger(__name__).exception("No se pudo rescatar la base tras perder su diario")
        if not ventana._reemplazo_avisado:
            ventana._reemplazo_avisado = True
            mostrar_error(ventana, error, "rescatar la base")
        return
    comienzo = tr("Otro programa borró el diario de la base (el archivo «-wal» junto a ella) mientras esta ventana la "
                  "tenía abierta. Escritorio dejó de guardar en ese momento.")
    if nueva is None:
        ventana._reemplazo_avisado = True
        ventana._avisar_base(QMessageBox.Icon.Critical, tr("Hay que volver a abrir Escritorio"), comienzo + "\n\n" + tr(
            "Lo que esta ventana veía quedó copiado en\n{0}\n\nCierre Escritorio y vuelva a abrirlo para seguir "
            "trabajando; hasta entonces no se guarda nada. Si al volver falta algo, ábralo desde esa copia "
            "(Archivo → Abrir) para consultarlo y cárguelo de nuevo.").format(rescate))
        return
    ventana.cargar_base(nueva, sigla)
    if rescate is None:
        detalle = tr("Escritorio volvió a abrir la base y la comprobó entera: está todo lo que se había guardado, no "
                     "se perdió nada. Si estaba escribiendo algo en ese momento, revise que esté.")
    else:
        detalle = tr("Escritorio volvió a abrir la base tal como está en el disco. Lo último que se guardó desde esta "
                     "ventana no llegó a ella: quedó copiado en\n{0}\n\nÁbralo con Archivo → Abrir para ver qué falta "
                     "y vuelva a cargarlo en la base.").format(rescate)
    ventana._avisar_base(QMessageBox.Icon.Warning, tr("Se volvió a abrir la base"), comienzo + "\n\n" + detalle)
