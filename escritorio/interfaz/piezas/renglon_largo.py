"""Un renglón largo: un campo de una sola línea (la base legal de un tratamiento, hasta 500 letras) que se lee entero
porque se ajusta a varios renglones del campo, como un texto de varias líneas, pero no admite saltos de línea.

Con un QPlainTextEdit la persona podía pulsar Intro y el servicio rechazaba el texto al guardar («tiene un salto de
línea»); con un QLineEdit, una frase de 200 letras no se ve entera. Aquí Intro es la tecla del formulario (el botón
por omisión del diálogo) y lo pegado con saltos de línea queda en un renglón, con espacios en su lugar.
"""

import re

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit

_INTRO = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_SALTOS = re.compile(r"[ \t]*[\r\n\u2028\u2029]+[ \t]*")   # cada salto (con sus espacios al lado), un espacio


class RenglonLargo(QPlainTextEdit):
    def __init__(self, alto_en_renglones: int = 3, padre=None):
        super().__init__(padre)
        self.setTabChangesFocus(True)   # Tab pasa al campo siguiente, como en un formulario
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * alto_en_renglones + 14)

    def keyPressEvent(self, evento: QKeyEvent) -> None:  # noqa: N802 (nombre de Qt)
        if evento.key() in _INTRO:
            evento.ignore()   # sube al diálogo: su botón por omisión
            return
        super().keyPressEvent(evento)

    def insertFromMimeData(self, origen: QMimeData) -> None:  # noqa: N802 (nombre de Qt)
        if origen.hasText():
            self.insertPlainText(_SALTOS.sub(" ", origen.text()))
            return
        super().insertFromMimeData(origen)
