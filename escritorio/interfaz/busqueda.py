"""«Buscar en todo» en la ventana: Ctrl+K (o el botón «Buscar en todo…» a la derecha del menú) abre la paleta
(dialogos/busqueda.py) y lo elegido se abre en su lugar, como si se hubiera ido a mano:

- un miembro: Miembros, con su fila elegida (sin filtros que la escondan) y su ficha abierta;
- una sesión: Sesiones, con la sesión abierta en el editor;
- una resolución: la sesión en que se adoptó, en el editor, con su punto del orden del día elegido;
- un artículo: Estatutos, con su norma, el texto vigente hoy y el artículo elegido;
- un pago: Cuotas › Pagos, sin filtros, con el pago elegido.

La ventana solo llama a `instalar_busqueda` al armarse; lo demás vive aquí.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QToolButton, QWidget

from ..servicios.base import hoy
from .comun import descartar, tr
from .iconos import icono

if TYPE_CHECKING:   # el servicio y la paleta se cargan la primera vez que se busca, no al abrir la ventana
    from ..servicios.busqueda import Encontrado

ATAJO = "Ctrl+K"


class _AtajoSobreLosCampos(QObject):
    """En Linux y macOS un campo de texto usa Ctrl+K para borrar hasta el final de la línea y se queda con el atajo:
    desde la búsqueda de Miembros, Ctrl+K borraba lo escrito en lugar de abrir la paleta. Este filtro se pone en cada
    widget de la ventana que toma el foco y, solo ante Ctrl+K, no deja que el campo lo reclame (el atajo de la
    ventana lo toma). Se pone al tomar el foco (`focusChanged`) y no en toda la aplicación: así no ve cada evento."""

    def foco_cambiado(self, _antes: QWidget | None, ahora: QWidget | None) -> None:
        if ahora is not None and ahora.window() is self.parent():
            ahora.installEventFilter(self)

    def eventFilter(self, _objeto, evento) -> bool:   # noqa: N802 (nombre de Qt)
        return (evento.type() == QEvent.Type.ShortcutOverride and evento.key() == Qt.Key.Key_K
                and evento.modifiers() == Qt.KeyboardModifier.ControlModifier)


def instalar_busqueda(ventana) -> QAction:
    """La acción «Buscar en todo…» (Ctrl+K, en toda la ventana) y su botón en la esquina de la barra de menú."""
    accion = QAction(icono("buscar"), tr("Buscar en todo…"), ventana)
    accion.setObjectName("buscar_en_todo")
    accion.setShortcut(QKeySequence(ATAJO))
    atajo = QKeySequence(ATAJO).toString(QKeySequence.SequenceFormat.NativeText)
    accion.setIconText(tr("Buscar en todo…  {0}").format(atajo))
    accion.setToolTip(tr("Buscar miembros, sesiones, resoluciones, artículos del estatuto y pagos por número de "
                         "recibo ({0})").format(atajo))
    accion.triggered.connect(lambda: buscar_en_todo(ventana))
    ventana.addAction(accion)   # el atajo anda en toda la ventana, sin menú que lo muestre
    sobre_los_campos = _AtajoSobreLosCampos(ventana)
    QApplication.instance().focusChanged.connect(sobre_los_campos.foco_cambiado)
    boton = QToolButton()
    boton.setObjectName("boton_buscar_en_todo")
    boton.setDefaultAction(accion)
    boton.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    boton.setAutoRaise(True)
    boton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    ventana.menuBar().setCornerWidget(boton, Qt.Corner.TopRightCorner)
    ventana.accion_buscar, ventana.boton_buscar = accion, boton   # PySide no le da el botón a la barra: se guarda
    ventana.busqueda_anterior = ""
    return accion


def buscar_en_todo(ventana) -> Encontrado | None:
    """Abre la paleta (con lo buscado la vez anterior) y lleva a lo elegido. Devuelve lo elegido, o None."""
    from .dialogos.busqueda import DialogoBuscar

    if ventana.asociacion is None:
        return None
    dialogo = DialogoBuscar(ventana.oficina.contexto, ventana, ventana.busqueda_anterior)
    dialogo.exec()
    elegido, ventana.busqueda_anterior = dialogo.elegido, dialogo.campo.text()
    descartar(dialogo)
    if elegido is not None:
        ir_a(ventana, elegido)
    return elegido


def _mostrar_area(ventana, vista) -> None:
    """Pone a la vista el área `vista` por la navegación (como un clic: guarda lo pendiente de una sesión)."""
    ventana.navegacion.setCurrentRow(ventana.areas.indexOf(vista))


def ir_a(ventana, elegido: Encontrado) -> None:
    """Lleva la ventana a lo elegido en la paleta (ver el docstring del módulo)."""
    {"miembro": _ir_al_miembro, "sesion": _ir_a_la_sesion, "resolucion": _ir_a_la_sesion,
     "articulo": _ir_al_articulo, "pago": _ir_al_pago}[elegido["clase"]](ventana, elegido)


def _ir_al_miembro(ventana, elegido: Encontrado) -> None:
    vista = ventana.miembros
    _mostrar_area(ventana, vista)
    vista.seleccionar(elegido["id"])
    if (vista.miembro_seleccionado() or {}).get("id") != elegido["id"]:
        vista.quitar_filtros()   # un filtro lo escondía
        vista.seleccionar(elegido["id"])
    vista.tabla.setFocus()
    if (vista.miembro_seleccionado() or {}).get("id") == elegido["id"]:
        vista.editar()   # la ficha


def _ir_a_la_sesion(ventana, elegido: Encontrado) -> None:
    vista = ventana.sesiones
    _mostrar_area(ventana, vista)
    vista.abrir(elegido["sesion_id"])
    editor = vista.editor
    if elegido["punto_id"] is not None:   # una resolución: el punto en que se adoptó
        editor.pestanas.setCurrentWidget(editor.orden)
        editor.orden.seleccionar(elegido["punto_id"])
        editor.orden.arbol.setFocus()


def _ir_al_articulo(ventana, elegido: Encontrado) -> None:
    vista = ventana.estatutos
    _mostrar_area(ventana, vista)
    vista.busqueda.clear()
    vista.fecha.setDate(QDate(hoy()))   # la búsqueda mira el texto vigente hoy
    indice = vista.combo_norma.findData(elegido["norma_id"])
    if indice >= 0:
        vista.combo_norma.setCurrentIndex(indice)
    vista.seleccionar_articulo(elegido["articulo"])
    vista.arbol.setFocus()


def _ir_al_pago(ventana, elegido: Encontrado) -> None:
    vista = ventana.cuotas
    _mostrar_area(ventana, vista)
    pagos = vista.pagos
    vista.pestanas.setCurrentWidget(pagos)
    pagos.busqueda.clear()
    pagos.anio.setCurrentIndex(0)   # todos los años
    pagos.seleccionar(elegido["id"])
    pagos.tabla.setFocus()
