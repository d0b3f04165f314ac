"""Qué se ve de las columnas Estado y Acta de la lista de Sesiones, como guion en un subproceso con QT_SCALE_FACTOR (que
se lee al crear la aplicación), o en el proceso de la prueba (`medir(ventana)`):

    python tests/interfaz/columnas_de_sesiones.py BASE ANCHO ALTO [IDIOMA]  -> JSON {"escala": …, "cortes": [...]}

ANCHO y ALTO son los píxeles físicos de la pantalla; la ventana la ocupa entera. Un corte es una celda (o el título) de
esas columnas cuyo texto no se ve entero: la columna termina fuera de lo que se ve de la tabla (detrás de la barra
de desplazamiento horizontal), o el texto, con los márgenes con que Qt lo dibuja, es más ancho que la columna.
"""

import json
import os
import sys
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[2]
COLUMNAS = (3, 4)   # Estado y Acta


def medir(ventana) -> list[str]:
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QStyle

    tabla = ventana.sesiones.tabla
    cabecera = tabla.horizontalHeader()
    # QCommonStyle deja ese margen a cada lado del texto de una celda (y lo corta con «…» si no entra).
    margen = tabla.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, tabla) + 1
    visible = tabla.viewport().width()
    cortes = []
    for columna in COLUMNAS:
        titulo = tabla.horizontalHeaderItem(columna).text()
        ancho = tabla.columnWidth(columna)
        fin = cabecera.sectionViewportPosition(columna) + ancho
        if fin > visible:
            cortes.append(f"{titulo}: la columna termina en {fin} y la tabla muestra hasta {visible}")
        textos = [(tabla.item(fila, columna).text(), tabla.item(fila, columna).font()) for fila in range(tabla.rowCount())]
        for texto, fuente in textos + [(titulo, cabecera.font())]:
            necesita = QFontMetricsF(fuente).horizontalAdvance(texto) + 2 * margen
            if necesita > ancho:
                cortes.append(f"{titulo}: «{texto}» necesita {necesita:.1f} y la columna mide {ancho}")
    return cortes


def mostrar_sesiones(ventana, ancho: int, alto: int, esperar) -> None:
    ventana.resize(ancho, alto)
    ventana.show()
    esperar()
    ventana.navegacion.setCurrentRow(ventana.areas.indexOf(ventana.sesiones))
    for _ in range(10):
        esperar()


def _principal(argumentos: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base, ancho, alto = argumentos[0], int(argumentos[1]), int(argumentos[2])
    idioma = argumentos[3] if len(argumentos) > 3 else None
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from escritorio.interfaz.aplicacion import crear_aplicacion
    from escritorio.interfaz.ventana_principal import VentanaPrincipal
    from escritorio.servicios.base import abrir_base

    aplicacion = crear_aplicacion()
    if idioma:
        from escritorio.interfaz.idioma import instalar_idioma

        instalar_idioma(aplicacion, idioma)
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    ventana = VentanaPrincipal(abrir_base(base), QSettings(str(Path(base).with_suffix(".ini")),
                                                           QSettings.Format.IniFormat))
    escala = aplicacion.devicePixelRatio()
    mostrar_sesiones(ventana, round(ancho / escala), round(alto / escala),
                     lambda: [QApplication.processEvents() for _ in range(3)])
    filas = ventana.sesiones.tabla.rowCount()
    print(json.dumps({"escala": escala, "filas": filas, "cortes": medir(ventana)}, ensure_ascii=False))
    ventana.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(RAIZ))
    sys.exit(_principal(sys.argv[1:]))
