"""Piezas que comparten todas las pantallas: mensajes de error, formatos y marcas de validación."""

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

# Números, importes y fechas en el idioma de la ventana (el en curso), con los nombres que usan las pantallas:
# miles(1234567) -> «1.234.567» («1,234,567» en inglés), formatear(123450, "USD") -> «USD 1.234,50» («USD 1,234.50»),
# fecha_dma(«2026-05-20») -> «20/05/2026». Los da dominio.formato, el único que da formato a números y fechas.
from ..dominio.convencion_regional import orden_de_quien_escribe
from ..dominio.formato import dinero as formatear, fecha as fecha_dma, numero as miles  # noqa: F401
from ..errores import ErrorEscritorio
from ..registro import registrar_inesperado


def formato_de_fecha(con_anio: bool = True) -> str:
    """El formato de los campos de fecha (QDateEdit): en el orden de la configuración regional de la máquina, como
    las fechas de las listas (dominio.formato.fecha): «dd/MM/yyyy», «MM/dd/yyyy» o «yyyy-MM-dd»; sin año (un
    vencimiento que se repite cada año, dominio.formato.dia_y_mes), «dd/MM», «MM/dd» o «MM-dd»."""
    orden = orden_de_quien_escribe()
    if orden == "mda":
        return "MM/dd/yyyy" if con_anio else "MM/dd"
    if orden == "amd":
        return "yyyy-MM-dd" if con_anio else "MM-dd"
    return "dd/MM/yyyy" if con_anio else "dd/MM"


def tr(texto: str, contexto: str = "Escritorio") -> str:
    return QCoreApplication.translate(contexto, texto)


# «USD 1.234,50» (o «USD 1,234.50»), «CLP 15.000», «EUR -3,00» (no «ISO 4217»: así formatea dominio.formato.dinero).
_IMPORTE = re.compile(r"\b([A-Z]{3}) (?=[-−]?[0-9]{1,3}(?:[.,][0-9]{3})*(?:[.,][0-9]+)?\b)")


def parrafo(texto: str) -> str:
    """Un párrafo más al final de un mensaje, separado por una línea en blanco ("" si no hay nada que agregar)."""
    return f"\n\n{texto}" if texto else ""


def sin_cortes(texto: str) -> str:
    """«USD 197.850,00» no se parte en dos líneas en un texto que se ajusta al ancho: el espacio entre el código
    de la moneda y la cifra pasa a ser de no separación (se ve igual)."""
    return _IMPORTE.sub("\\1\u00a0", texto)


def mostrar_error(padre: QWidget | None, error: BaseException, contexto: str = "") -> None:
    """Un error del usuario muestra su mensaje; uno inesperado, una disculpa con la ruta del registro."""
    from ..datos.conexion import texto_no_utf8

    error = texto_no_utf8(error) or error  # bytes que no son UTF-8, guardados por otro programa
    if isinstance(error, ErrorEscritorio):
        QMessageBox.warning(padre, tr("No se pudo completar"), error.mensaje)
        return
    try:
        raise error
    except BaseException:
        ruta = registrar_inesperado(contexto or "interfaz")
    QMessageBox.critical(
        padre, tr("Error inesperado"),
        tr("Lo sentimos: ocurrió un error inesperado y la operación no se completó.\n\n"
           "Los detalles quedaron en:\n{0}").format(ruta))


ESTILO_INVALIDO = "border: 1px solid #c0392b; background: #fdecea;"


def lista_problemas(error: ErrorEscritorio) -> str:
    """El mensaje de un error de validación con cada problema en su renglón («• …»)."""
    problemas = getattr(error, "problemas", None)
    if not problemas:
        return error.mensaje
    return error.mensaje.splitlines()[0] + "\n" + "\n".join(f"• {p}" for p in problemas)


def marcar_invalido(campo: QWidget, motivo: str | None) -> None:
    """Marca (o desmarca, con None) un campo del formulario y explica el motivo en su ayuda emergente."""
    campo.setStyleSheet(ESTILO_INVALIDO if motivo else "")
    campo.setToolTip(motivo or "")


def descartar(objeto: QObject) -> None:
    """Destruye ya un diálogo usado y cerrado.

    Sin esto, un diálogo sin padre (o con conexiones que lo referencian) queda en un ciclo de
    referencias de Python y puede destruirse al salir, cuando Qt ya no existe: el programa caería.
    """
    objeto.deleteLater()
    QCoreApplication.sendPostedEvents(objeto, QEvent.Type.DeferredDelete)
