"""Los íconos de la ventana, por lo que representan: `icono("cuotas")`, `icono("pdf")`.

Vienen de qtawesome (licencia MIT), que dibuja los glifos de Material Design Icons 6 («mdi6.», Pictogrammers,
Apache 2.0), una de las fuentes de íconos libres que trae consigo. Los créditos y las licencias viajan con el programa
en `recursos/iconos/`.

Los colores salen de la paleta de la aplicación al pedir el ícono: el del texto para los de acción, un azul de acento
(más claro sobre fondo oscuro) para las áreas, el del texto resaltado para el elemento elegido de una lista y el
gris de la paleta para los deshabilitados. Así se ven en tema claro y oscuro.

Un nombre que no está en `ICONOS` es un error de programación (KeyError), no un ícono en blanco.
"""

import os

os.environ.setdefault("QT_API", "pyside6")   # qtawesome usa QtPy: que tome PySide6 y no busque otros enlaces de Qt

from PySide6.QtGui import QColor, QIcon, QPalette  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import qtawesome  # noqa: E402

# Nombre del dominio -> glifo de qtawesome. Las áreas de la navegación primero.
AREAS = {
    "inicio": "mdi6.home-outline",
    "miembros": "mdi6.city-variant-outline",
    "cuotas": "mdi6.cash-multiple",
    "estatutos": "mdi6.scale-balance",
    "organos": "mdi6.sitemap-outline",
    "unidades": "mdi6.lightbulb-group-outline",
    "sesiones": "mdi6.account-group-outline",
}
ACCIONES = {
    "nuevo": "mdi6.plus-circle-outline",
    "editar": "mdi6.pencil-outline",
    "baja": "mdi6.account-remove-outline",
    "eliminar": "mdi6.delete-outline",
    "exportar": "mdi6.export",
    "importar": "mdi6.import",
    "pdf": "mdi6.file-pdf-box",
    "excel": "mdi6.microsoft-excel",
    "imprimir": "mdi6.printer-outline",
    "documentos": "mdi6.file-document-multiple-outline",
    "guardar": "mdi6.content-save-outline",
    "respaldo": "mdi6.backup-restore",
    "restaurar": "mdi6.restore",
    "verificar": "mdi6.shield-check-outline",
    "firmar": "mdi6.draw-pen",
    "pago": "mdi6.cash-plus",
    "anular": "mdi6.cancel",
    "recibo": "mdi6.receipt-text-outline",
    "emitir": "mdi6.file-send-outline",
    "escala": "mdi6.stairs",
    "avisos": "mdi6.email-alert-outline",
    "morosidad": "mdi6.alert-circle-outline",
    "cuenta": "mdi6.card-account-details-outline",
    "designar": "mdi6.account-plus-outline",
    "terminar": "mdi6.account-clock-outline",
    "historia": "mdi6.history",
    "reglas": "mdi6.gavel",
    "reforma": "mdi6.file-edit-outline",
    "cargar": "mdi6.file-upload-outline",
    "actividad": "mdi6.calendar-plus",
    "convocar": "mdi6.calendar-clock",
    "acta": "mdi6.file-sign",
    "votar": "mdi6.vote-outline",
    "asistencia": "mdi6.account-check-outline",
    "buscar": "mdi6.magnify",
    "hoy": "mdi6.calendar-today",
    "bitacora": "mdi6.clipboard-text-clock-outline",
    "manual": "mdi6.help-circle-outline",
    "acerca": "mdi6.information-outline",
    "abrir": "mdi6.folder-open-outline",
    "base_nueva": "mdi6.database-plus-outline",
    "salir": "mdi6.exit-to-app",
    "asociacion": "mdi6.domain",
    "mas": "mdi6.dots-horizontal",
}
ICONOS = {**AREAS, **ACCIONES}

_ACENTO_CLARO, _ACENTO_OSCURO = "#2f6aa3", "#7fb2e5"


def es_oscuro(paleta: QPalette) -> bool:
    """¿El fondo de las ventanas es oscuro (tema oscuro del sistema)?"""
    return paleta.color(QPalette.ColorRole.Window).lightness() < 128


def colores(area: bool = False) -> dict[str, QColor]:
    """Los colores de un ícono según la paleta actual (ver el docstring del módulo)."""
    paleta = QApplication.palette()
    normal = QColor(_ACENTO_OSCURO if es_oscuro(paleta) else _ACENTO_CLARO) if area else \
        paleta.color(QPalette.ColorRole.ButtonText)
    return {
        "color": normal,
        "color_active": normal,
        "color_selected": paleta.color(QPalette.ColorRole.HighlightedText),
        "color_disabled": paleta.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText),
    }


def icono(nombre: str) -> QIcon:
    """El ícono de `nombre` (una clave de `ICONOS`), con los colores de la paleta actual."""
    glifo = ICONOS[nombre]
    return qtawesome.icon(glifo, **colores(area=nombre in AREAS))
