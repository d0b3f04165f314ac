"""El aviso mientras otro programa tiene el permiso de escritura de la base.

datos.conexion no conoce Qt: la ventana registra aquí (con `instalar`) qué hacer mientras una escritura
espera. Se muestra un mensaje en la barra de estado de cada ventana principal y, por si un diálogo la tapa
(la ficha de un miembro), un cartel sobre la ventana activa; el cursor es el de espera, y se procesan los
eventos de pintura (no los del usuario: un clic no puede empezar otra escritura a medias).
"""

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget

from ..datos import conexion

_estado: dict = {"esperando": False, "cartel": None}
_ESTILO_CARTEL = ("QLabel { background: #fff4d6; color: #5c4400; border: 1px solid #d9b44a; border-radius: 6px; "
                  "padding: 10px 14px; }")


def esperando() -> bool:
    """True mientras una escritura de la interfaz espera a otro programa."""
    return _estado["esperando"]


def _en_hilo_de_la_interfaz() -> bool:
    aplicacion = QCoreApplication.instance()
    return aplicacion is not None and QThread.currentThread() is aplicacion.thread()


def _ventanas() -> list[QMainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]


def texto_de_espera(segundos: float) -> str:
    return QCoreApplication.translate(
        "espera", "Esperando para guardar: otro programa (la línea de órdenes u otra ventana) está escribiendo en la "
        "base… {0} s (se espera hasta {1} s)").format(int(segundos), f"{conexion.ESPERA_CON_AVISO_S:g}")


def _mostrar_cartel(texto: str) -> None:
    etiqueta = _estado["cartel"]
    if etiqueta is None:
        etiqueta = QLabel(None, Qt.WindowType.ToolTip | Qt.WindowType.FramelessWindowHint)
        etiqueta.setObjectName("cartelDeEspera")
        etiqueta.setStyleSheet(_ESTILO_CARTEL)
        etiqueta.setWordWrap(True)
        etiqueta.setMinimumWidth(440)
        etiqueta.setMaximumWidth(560)
        _estado["cartel"] = etiqueta
    etiqueta.setText(texto)
    etiqueta.adjustSize()
    encima: QWidget | None = QApplication.activeModalWidget() or QApplication.activeWindow() or next(iter(_ventanas()), None)
    if encima is not None:
        marco = encima.frameGeometry()
        etiqueta.move(marco.center().x() - etiqueta.width() // 2, marco.bottom() - etiqueta.height() - 60)
    etiqueta.show()
    etiqueta.raise_()


def _esperando(segundos: float) -> None:
    if not _en_hilo_de_la_interfaz():
        return  # un trabajo en segundo plano: su propio diálogo de progreso informa
    if not _estado["esperando"]:
        _estado["esperando"] = True
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    texto = texto_de_espera(segundos)
    for ventana in _ventanas():
        ventana.statusBar().showMessage(texto)
    _mostrar_cartel(texto)
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def _listo() -> None:
    if not _en_hilo_de_la_interfaz() or not _estado["esperando"]:
        return
    _estado["esperando"] = False
    QGuiApplication.restoreOverrideCursor()
    if _estado["cartel"] is not None:
        _estado["cartel"].hide()
        _estado["cartel"].deleteLater()
        _estado["cartel"] = None
    for ventana in _ventanas():
        ventana.statusBar().clearMessage()


def instalar() -> None:
    """Mientras haya una ventana principal, las escrituras esperan con aviso (y fallan con un mensaje pasado el
    límite). Cada ventana lo instala al crearse y lo retira al destruirse (`retirar`)."""
    _estado["ventanas"] = _estado.get("ventanas", 0) + 1
    conexion.al_esperar(_esperando, _listo)


def retirar(*_) -> None:
    _estado["ventanas"] = max(_estado.get("ventanas", 0) - 1, 0)
    if not _estado["ventanas"]:
        conexion.al_esperar(None)
