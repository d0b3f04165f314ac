"""Recorre la ventana como una persona y junta cada texto a la vista: cada área y pestaña, una sesión abierta
con sus pestañas, los menús, y cada diálogo que abren los botones y los menús «…» (con la primera fila de cada
tabla elegida, para que los botones que piden una fila se habiliten). Cada diálogo se mira y se cierra sin aceptar.

Corre como subproceso (`python recorrido_de_textos.py base.db salida.json [carpeta_capturas]`), con el idioma de
la ventana en ESCRITORIO_IDIOMA, sobre una copia de la red de ejemplo. Escribe en JSON los textos hallados, con dónde
se vieron, y los diálogos que abrió. `tests/idiomas/test_ventana_traducida.py` los compara con el catálogo.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[2]
_ETIQUETA_HTML = re.compile(r"<[^>]+>")


def _sin_html(texto: str) -> str:
    return _ETIQUETA_HTML.sub("\n", texto).replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<") \
        .replace("&gt;", ">")


def _columnas(modelo) -> int:
    """Las columnas de un modelo (en los de lista, Qt no deja preguntarlo: tienen una)."""
    try:
        return modelo.columnCount()
    except TypeError:
        return 1


def textos_de(raiz) -> list[str]:
    """Los textos que muestra `raiz` y todo lo que contiene: rótulos, botones, pestañas, listas desplegables,
    marcadores de los campos, títulos de grupos, encabezados y las primeras filas de tablas y listas."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QComboBox, QGroupBox, QLabel, QLineEdit,
                                   QPlainTextEdit, QTabWidget, QTextEdit, QWidget)

    textos: list[str] = [raiz.windowTitle()] if raiz.isWindow() else []
    for w in [raiz] + raiz.findChildren(QWidget):
        if isinstance(w, QLabel):
            textos.append(w.text())
        elif isinstance(w, QAbstractButton):
            textos.append(w.text())
        elif isinstance(w, QGroupBox):
            textos.append(w.title())
        elif isinstance(w, QLineEdit):
            textos.append(w.placeholderText())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            textos.append(w.placeholderText())
        elif isinstance(w, QTabWidget):
            textos += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QComboBox):
            textos += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            modelo, raiz_del_modelo = w.model(), QModelIndex()
            columnas = _columnas(modelo)
            textos += [str(modelo.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columnas)]
            for fila in range(min(modelo.rowCount(raiz_del_modelo), 15)):
                for columna in range(columnas):
                    valor = modelo.data(modelo.index(fila, columna))
                    if isinstance(valor, str):
                        textos.append(valor)
        if w.toolTip():
            textos.append(w.toolTip())
    return [t for t in textos if t and t.strip()]


def textos_de_menus(ventana) -> list[str]:
    textos = []

    def recorrer(acciones):
        for accion in acciones:
            if accion.menu() is not None:
                textos.append(accion.text())
                recorrer(accion.menu().actions())
            elif accion.text():
                textos.append(accion.text())

    recorrer(ventana.menuBar().actions())
    return textos


class Mirador:
    """Mientras un clic abre diálogos, cada 10 ms mira el diálogo modal de turno, junta sus textos y lo cierra sin
    aceptar (también los que abre ese, uno tras otro)."""

    def __init__(self, hallados: list, dialogos: list, carpeta: Path | None):
        from PySide6.QtCore import QTimer

        self.hallados, self.dialogos, self.carpeta = hallados, dialogos, carpeta
        self.donde = ""
        self.reloj = QTimer()
        self.reloj.setInterval(10)
        self.reloj.timeout.connect(self.mirar)

    def mirar(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

        dialogo = QApplication.activeModalWidget()
        if dialogo is None:
            abiertos = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
            dialogo = abiertos[0] if abiertos else None
        if dialogo is None:
            return
        nombre = f"{self.donde} → {type(dialogo).__name__}: {dialogo.windowTitle()}"
        self.dialogos.append(nombre)
        if not isinstance(dialogo, QFileDialog):   # los de archivos son de Qt (su traducción, no la nuestra)
            self.hallados += [(nombre, t) for t in textos_de(dialogo)]
        if self.carpeta is not None:
            dialogo.grab().save(str(self.carpeta / f"dialogo_{len(self.dialogos):02d}.png"))
        if isinstance(dialogo, QDialog):
            dialogo.done(QDialog.DialogCode.Rejected)
        else:
            dialogo.close()

    def clic(self, donde: str, accion) -> None:
        from PySide6.QtWidgets import QApplication

        self.donde = donde
        self.reloj.start()
        try:
            accion()
            for _ in range(5):
                QApplication.processEvents()
                self.mirar()
        finally:
            self.reloj.stop()


def elegir_primera_fila(area) -> None:
    from PySide6.QtWidgets import QAbstractItemView

    for vista in area.findChildren(QAbstractItemView):
        if vista.isVisible() and vista.model() is not None and vista.model().rowCount() > 0:
            vista.setCurrentIndex(vista.model().index(0, 0))


def botones_que_abren(area) -> list:
    from PySide6.QtWidgets import QAbstractButton

    return [b for b in area.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and b.text().rstrip().endswith(("…", "..."))]


def abrir_sus_dialogos(contenedor, nombre: str, mirador: Mirador, esperar) -> None:
    """Cada botón «…» del contenedor, uno tras otro (un diálogo cerrado puede deshabilitar el siguiente)."""
    for boton in botones_que_abren(contenedor):
        if boton.isVisible() and boton.isEnabled():
            mirador.clic(f"{nombre} · {boton.text()}", boton.click)
            esperar()


def recorrer(ventana, mirador: Mirador, hallados: list, esperar) -> None:
    """Cada área (y pestaña): sus textos y los diálogos de sus botones «…»; luego una sesión abierta."""
    import pantallas

    for nombre, fila, vista, pestana in pantallas.recorridos(ventana):
        ventana.navegacion.setCurrentRow(fila)
        if pestana is not None:
            pestana[0].setCurrentIndex(pestana[1])
        esperar()
        elegir_primera_fila(vista)
        esperar()
        hallados += [(nombre, t) for t in textos_de(vista)]
        abrir_sus_dialogos(vista, nombre, mirador, esperar)
    sesiones = ventana.sesiones
    for indice, pagina in pantallas.pestanas_de_una_sesion(ventana, esperar):
        elegir_primera_fila(pagina)
        esperar()
        nombre = f"sesión · {sesiones.editor.pestanas.tabText(indice)}"
        hallados += [(nombre, t) for t in textos_de(sesiones)]
        abrir_sus_dialogos(pagina, nombre, mirador, esperar)
    hallados += [("menús", t) for t in textos_de_menus(ventana)]
    hallados += [("ventana", t) for t in textos_de(ventana)]

    def acciones(menu):
        for accion in menu.actions():
            if accion.menu() is not None:
                yield from acciones(accion.menu())
            elif accion.text().rstrip().endswith(("…", "...")) and accion.isEnabled():
                yield accion

    for menu in [a.menu() for a in ventana.menuBar().actions() if a.menu() is not None]:
        for accion in acciones(menu):
            mirador.clic(f"menú · {accion.text()}", accion.trigger)
            esperar()


def _principal(argumentos: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base, salida = argumentos[0], Path(argumentos[1])
    carpeta = Path(argumentos[2]) if len(argumentos) > 2 else None
    if carpeta is not None:
        carpeta.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from escritorio.interfaz.aplicacion import crear_aplicacion
    from escritorio.interfaz.ventana_principal import VentanaPrincipal
    from escritorio.servicios.base import abrir_base

    ajustes = QSettings(str(Path(base).with_suffix(".ini")), QSettings.Format.IniFormat)
    aplicacion = crear_aplicacion(ajustes)
    ventana = VentanaPrincipal(abrir_base(base), ajustes)
    ventana.resize(1366, 768)
    ventana.show()

    def esperar():
        for _ in range(3):
            QApplication.processEvents()

    esperar()
    hallados: list = []
    dialogos: list = []
    recorrer(ventana, Mirador(hallados, dialogos, carpeta), hallados, esperar)
    salida.write_text(json.dumps({"idioma": getattr(aplicacion, "idioma", ""), "dialogos": dialogos,
                                  "textos": [[d, t] for d, t in hallados]}, ensure_ascii=False), encoding="utf-8")
    ventana.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(RAIZ))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(_principal(sys.argv[1:]))
