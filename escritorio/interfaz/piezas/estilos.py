"""Colores, estilos y tipografía que comparten las áreas y los diálogos."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

ROJO, VERDE, AMBAR, GRIS, ACENTO = "#b03a2e", "#1e7e34", "#8a5a00", "#7b848d", "#3b78b4"
ESTILO_NOTA = f"color: {GRIS};"
ESTILO_ERROR = "color: #c0392b;"
ESTILO_BIEN = f"color: {VERDE};"   # un mensaje de conformidad («Cambios guardados.»)
DERECHA = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
IZQUIERDA = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# Tipografía de lectura para textos normativos (con alternativas en cada sistema).
FUENTE_LECTURA = "'Georgia', 'Cambria', 'Noto Serif', 'DejaVu Serif', 'C059', 'Times New Roman', serif"


def escalar(fuente: QFont, factor: float, negrita: bool = False) -> QFont:
    nueva = QFont(fuente)
    if fuente.pointSizeF() > 0:
        nueva.setPointSizeF(fuente.pointSizeF() * factor)
    else:
        nueva.setPixelSize(round(fuente.pixelSize() * factor))
    if negrita:
        nueva.setWeight(QFont.Weight.DemiBold)
    return nueva
