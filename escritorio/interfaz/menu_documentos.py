"""Documentos en el menú de la ventana principal: los documentos de la asociación que no son de un área (hoy, la
memoria anual: Documentos › Memoria anual…, lo mismo que «escritorio memoria»; los indicadores por miembro y año:
Documentos › Indicadores…, lo mismo que «escritorio indicadores»). La ventana lo agrega en una línea."""

from PySide6.QtGui import QAction

from .comun import descartar, tr
from .iconos import icono


def agregar_menu_documentos(ventana) -> None:
    """El menú Documentos de `ventana` (la VentanaPrincipal: su oficina, su asociación y sus ajustes)."""
    menu = ventana.menuBar().addMenu(tr("&Documentos"))
    memoria = QAction(icono("memoria"), tr("&Memoria anual…"), ventana)
    memoria.triggered.connect(lambda: abrir_memoria(ventana))
    menu.addAction(memoria)
    ventana.accion_memoria = memoria
    indicadores = QAction(tr("&Indicadores…"), ventana)
    indicadores.triggered.connect(lambda: abrir_indicadores(ventana))
    menu.addAction(indicadores)


def abrir_indicadores(ventana) -> None:
    """Documentos › Indicadores…: el marco de monitoreo por miembro y año (lo mismo que «escritorio indicadores»)."""
    from .dialogos.indicadores import DialogoIndicadores

    if ventana.asociacion is None:
        return
    dialogo = DialogoIndicadores(ventana.oficina, ventana, ventana.ajustes)
    dialogo.exec()
    descartar(dialogo)


def abrir_memoria(ventana, anio: int | None = None) -> None:
    from .dialogos.memoria import DialogoMemoria

    if ventana.asociacion is None:
        return
    dialogo = DialogoMemoria(ventana.oficina, ventana, ventana.ajustes, anio)
    dialogo.exec()
    descartar(dialogo)
