"""Los íconos de la ventana, por lo que representan: `icono("cuotas")`, `icono("pdf")`.

Son los glifos de Material Design Icons 6 («mdi6.», Pictogrammers, Apache 2.0), la fuente de íconos que trae qtawesome
(licencia MIT). Los dibuja `_MotorGlifo` como lo hace qtawesome (el glifo centrado, a 7/8 del alto, del color del
modo), pero cargando solo esa fuente y su mapa de nombres desde la carpeta de qtawesome: importar qtawesome (que
importa QtPy, y este todo Qt) y cargar sus once fuentes costaba más de 0,1 s en cada arranque de la ventana. Si la
fuente no se puede cargar así (en Windows, una política que bloquea fuentes «no confiables»), se pide el ícono a
qtawesome, que sabe instalarla para el usuario. Los créditos y las licencias viajan con el programa en
`recursos/iconos/`.

Los colores salen de la paleta de la aplicación al pedir el ícono: el del texto para los de acción, un azul de acento
(más claro sobre fondo oscuro) para las áreas, el del texto resaltado para el elemento elegido de una lista y el
gris de la paleta para los deshabilitados. Así se ven en tema claro y oscuro.

Un nombre que no está en `ICONOS` es un error de programación (KeyError), no un ícono en blanco.
"""

import json
import os
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

# Nombre del dominio -> glifo de qtawesome. Las áreas de la navegación primero.
AREAS = {
    "inicio": "mdi6.home-outline",
    "miembros": "mdi6.city-variant-outline",
    "cuotas": "mdi6.cash-multiple",
    "estatutos": "mdi6.scale-balance",
    "organos": "mdi6.sitemap-outline",
    "unidades": "mdi6.lightbulb-group-outline",
    "sesiones": "mdi6.account-group-outline",
    "convenios": "mdi6.handshake-outline",
    "datos_personales": "mdi6.shield-account-outline",
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
    "correo": "mdi6.email-outline",
    "enviar_correo": "mdi6.email-fast-outline",
    "bandeja": "mdi6.inbox-arrow-up",
    "morosidad": "mdi6.alert-circle-outline",
    "cuenta": "mdi6.card-account-details-outline",
    "designar": "mdi6.account-plus-outline",
    "terminar": "mdi6.account-clock-outline",
    "historia": "mdi6.history",
    "reglas": "mdi6.gavel",
    "reforma": "mdi6.file-edit-outline",
    "cargar": "mdi6.file-upload-outline",
    "actividad": "mdi6.calendar-plus",
    "estado": "mdi6.progress-check",
    "informe": "mdi6.file-document-check-outline",
    "adjuntar": "mdi6.paperclip",
    "memoria": "mdi6.book-open-page-variant-outline",
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
    "servidor": "mdi6.server-network",
    "llevar": "mdi6.bag-suitcase-outline",
    "devolver": "mdi6.database-arrow-up-outline",
    "cancelar_viaje": "mdi6.bag-suitcase-off-outline",
    "salir": "mdi6.exit-to-app",
    "asociacion": "mdi6.domain",
    "mas": "mdi6.dots-horizontal",
    "adjuntar": "mdi6.paperclip",
    "terminar_convenio": "mdi6.stop-circle-outline",
    "parte_externa": "mdi6.office-building-outline",
    # Datos personales (issue 65): las personas, sus vínculos, sus solicitudes y la supresión.
    "persona": "mdi6.account-plus-outline",
    "vincular": "mdi6.link-variant",
    "desvincular": "mdi6.link-variant-off",
    "solicitud_de_datos": "mdi6.file-account-outline",
    "responder": "mdi6.reply-outline",
    "suprimir": "mdi6.delete-clock-outline",
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
    glifo, tonos = ICONOS[nombre], colores(area=nombre in AREAS)
    fuente = _fuente_mdi6()
    if fuente is None:
        return _icono_de_qtawesome(glifo, tonos)
    familia, caracteres = fuente
    return QIcon(_MotorGlifo(familia, caracteres[glifo.removeprefix("mdi6.")], tonos))


class _MotorGlifo(QIconEngine):
    """Un glifo de la fuente de íconos: centrado, a 7/8 del alto (el margen de la fuente), del color de cada modo."""

    def __init__(self, familia: str, caracter: str, tonos: dict[str, QColor]):
        super().__init__()
        self._familia, self._caracter, self._tonos = familia, caracter, tonos

    def _color(self, modo: QIcon.Mode) -> QColor:
        if modo == QIcon.Mode.Disabled:
            return self._tonos["color_disabled"]
        if modo == QIcon.Mode.Selected:
            return self._tonos["color_selected"]
        return self._tonos["color_active"] if modo == QIcon.Mode.Active else self._tonos["color"]

    def paint(self, pintor: QPainter, rect: QRect, modo: QIcon.Mode, estado: QIcon.State) -> None:
        pintor.save()
        pintor.setPen(self._color(modo))
        fuente = QFont()
        fuente.setFamily(self._familia)
        fuente.setPixelSize(round(0.875 * rect.height()))
        pintor.setFont(fuente)
        pintor.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._caracter)
        pintor.restore()

    def pixmap(self, tamano, modo: QIcon.Mode, estado: QIcon.State) -> QPixmap:
        imagen = QPixmap(tamano)
        imagen.fill(Qt.GlobalColor.transparent)
        pintor = QPainter(imagen)
        self.paint(pintor, QRect(QPoint(0, 0), tamano), modo, estado)
        pintor.end()
        return imagen

    def clone(self) -> "_MotorGlifo":
        return _MotorGlifo(self._familia, self._caracter, self._tonos)


@lru_cache(maxsize=1)
def _fuente_mdi6() -> tuple[str, dict[str, str]] | None:
    """(familia, nombre del glifo -> carácter) de Material Design Icons 6, cargada una vez; None si no se pudo."""
    spec = find_spec("qtawesome")   # solo dónde está el paquete: no lo importa
    if spec is None or not spec.submodule_search_locations:
        return None
    carpeta = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    fuentes = sorted(carpeta.glob("materialdesignicons6-webfont-[0-9]*.ttf"))
    mapas = sorted(carpeta.glob("materialdesignicons6-webfont-charmap-*.json"))
    if not fuentes or not mapas:
        return None
    identificador = QFontDatabase.addApplicationFontFromData(fuentes[-1].read_bytes())
    familias = QFontDatabase.applicationFontFamilies(identificador) if identificador != -1 else []
    if not familias:
        return None
    with open(mapas[-1], encoding="utf-8") as archivo:
        codigos = json.load(archivo)
    return familias[0], {nombre: chr(int(codigo, 16)) for nombre, codigo in codigos.items()}


def modulo_qtawesome():
    """El paquete qtawesome, importado aquí y solo aquí (tests/test_capas.py): para pedirle un ícono y para que Ayuda ›
    Acerca de lea su versión si el paquete congelado no trae sus metadatos."""
    os.environ.setdefault("QT_API", "pyside6")   # qtawesome usa QtPy: que tome PySide6 y no busque otros enlaces
    import qtawesome

    return qtawesome


def _icono_de_qtawesome(glifo: str, tonos: dict[str, QColor]) -> QIcon:
    return modulo_qtawesome().icon(glifo, **tonos)
