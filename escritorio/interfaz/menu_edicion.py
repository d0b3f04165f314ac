"""Edición › Deshacer y Rehacer en la ventana principal: el último cambio reversible propio (la ficha de un miembro,
una marca de asistencia, el orden del día), el mismo que «escritorio deshacer» (servicios/deshacer.py).

El menú dice qué se deshace («Deshacer: cambio de la ficha de Rosario») y se mira cada vez que se abre; sin nada
que deshacer queda apagado. Lo que el servicio no puede deshacer (otro lo cambió después, el acta ya está
aprobada, después se cerró una votación que leyó esa asistencia) se nombra pero queda apagado, con el motivo en su
ayuda emergente y en la barra de estado: el menú no ofrece lo que contradiría un acto cerrado. Ctrl+Z lo pide igual
al servicio, que explica por qué no en un aviso. Y como otro programa puede cerrar la votación con el menú abierto,
el servicio vuelve a mirar dentro de la transacción que deshace: lo que el menú mostró no es una promesa.

Los atajos (Ctrl+Z; Ctrl+Y y Ctrl+Shift+Z para rehacer) no son los de la acción del menú sino de la ventana, y
ceden ante el campo de texto que tiene el foco: allí Ctrl+Z deshace lo escrito en el campo, como siempre (el campo
se queda con la tecla; y si no la tomó, se le pasa). Solo fuera de un campo deshacen el cambio de la base. Un clic
en el menú, en cambio, siempre es el cambio de la base: es lo que dice su texto.
"""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit,
                               QWidget)

from ..servicios.contexto import Contexto
from .operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana

ATAJO_DESHACER = QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Z)
ATAJOS_REHACER = (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Y),
                  QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_Z))


def editor_de_texto(widget: QWidget | None):
    """El campo de texto editable que tiene el foco (con su propio deshacer), o None si el foco está en otra cosa."""
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit)
    elif isinstance(widget, QComboBox):
        widget = widget.lineEdit() if widget.isEditable() else None
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)) and not widget.isReadOnly():
        return widget
    return None


class MenuEdicion(QObject):
    """El menú Edición de la ventana. `ventana` es la VentanaPrincipal: su base, su asociación, sus avisos de cambios
    (`cambios`) y `guardar_pendiente` (lo escrito en una sesión va a la base antes de deshacer)."""

    def __init__(self, ventana):
        super().__init__(ventana)
        self.ventana = ventana
        self.menu = ventana.menuBar().addMenu(self.tr("&Edición"))
        self.accion_deshacer = QAction(self.tr("Deshacer"), ventana)
        self.accion_deshacer.triggered.connect(self.deshacer)
        self.accion_rehacer = QAction(self.tr("Rehacer"), ventana)
        self.accion_rehacer.triggered.connect(self.rehacer)
        self.menu.addAction(self.accion_deshacer)
        self.menu.addAction(self.accion_rehacer)
        self.menu.aboutToShow.connect(self.actualizar)
        self.menu.setToolTipsVisible(True)   # el motivo de una acción apagada se lee al pasar el mouse
        self.atajos = [self._atajo(ATAJO_DESHACER, "deshacer", "undo")]
        self.atajos += [self._atajo(secuencia, "rehacer", "redo") for secuencia in ATAJOS_REHACER]
        self.actualizar()

    def _atajo(self, secuencia: QKeySequence, sentido: str, del_campo: str) -> QShortcut:
        atajo = QShortcut(secuencia, self.ventana)
        atajo.setContext(Qt.ShortcutContext.WindowShortcut)
        atajo.activated.connect(lambda: self._por_teclado(sentido, del_campo))
        return atajo

    def _por_teclado(self, sentido: str, del_campo: str) -> None:
        campo = editor_de_texto(QApplication.focusWidget())
        if campo is not None:
            getattr(campo, del_campo)()   # lo escrito en el campo, no la base
            return
        from ..servicios.deshacer import por_deshacer, por_rehacer

        contexto = self._contexto()
        pendiente = contexto and consultar_en_la_ventana(
            self.ventana, lambda: (por_deshacer if sentido == "deshacer" else por_rehacer)(contexto), que="deshacer")
        if pendiente is FALLO:
            return
        if not pendiente:   # una tecla sin nada que hacer no abre un cuadro: lo dice la barra de estado
            self.ventana.statusBar().showMessage(
                self.tr("No hay nada para deshacer.") if sentido == "deshacer" else self.tr("No hay nada para rehacer."),
                5000)
        elif sentido == "deshacer":
            self.deshacer()
        else:
            self.rehacer()

    def _contexto(self) -> Contexto | None:
        if self.ventana.asociacion is None:
            return None
        return self.ventana.oficina.contexto

    def actualizar(self) -> None:
        """El texto de cada acción dice qué hace; sin nada que deshacer (o rehacer), apagada."""
        contexto = self._contexto()
        try:
            if contexto is None:
                hechos = (None, None)
            else:
                from ..servicios.deshacer import por_deshacer, por_rehacer   # al abrir el menú: la ventana abre liviana

                hechos = (por_deshacer(contexto), por_rehacer(contexto))
        except Exception:  # noqa: BLE001 - la base cerrada o en reemplazo: el menú queda apagado hasta la próxima vez
            hechos = (None, None)
        rotulos = (self.tr("Deshacer"), self.tr("Rehacer"))
        plantillas = (self.tr("Deshacer: {0}"), self.tr("Rehacer: {0}"))
        atajos = (ATAJO_DESHACER, ATAJOS_REHACER[0])
        for accion, cambio, rotulo, plantilla, atajo in zip((self.accion_deshacer, self.accion_rehacer), hechos,
                                                           rotulos, plantillas, atajos):
            texto = rotulo if cambio is None else plantilla.format(cambio["descripcion"].replace("&", "&&"))
            accion.setText(texto + "\t" + atajo.toString(QKeySequence.SequenceFormat.NativeText))
            motivo = cambio and cambio["motivo"]
            accion.setEnabled(cambio is not None and not motivo)
            accion.setToolTip(motivo or "")
            accion.setStatusTip(motivo or "")

    def deshacer(self) -> None:
        from ..servicios.deshacer import deshacer

        self._hacer(deshacer, self.tr("Deshecho: {0}. Ctrl+Y lo vuelve a hacer."))

    def rehacer(self) -> None:
        from ..servicios.deshacer import rehacer

        self._hacer(rehacer, self.tr("Rehecho: {0}."))

    def _hacer(self, funcion, aviso: str) -> None:
        contexto = self._contexto()
        if contexto is None or not self.ventana.guardar_pendiente():   # lo escrito en una sesión, primero a la base
            return
        try:
            hecho = hacer_en_la_ventana(self.ventana, self.ventana.oficina, lambda: funcion(contexto), que="deshacer")
        finally:
            self.actualizar()
        if hecho is None:
            return
        cambio = hecho.resultado
        # Cada área vuelve a mostrar lo suyo: lo que deshacer escribió lo avisa la oficina, como cualquier escritura.
        self.ventana.statusBar().showMessage(aviso.format(cambio["descripcion"]), 10000)
