"""Ayuda > Manual de uso: el manual en HTML, sin conexión, con búsqueda y navegación.

El manual es `recursos/manual/manual.html` con sus capturas en `recursos/manual/capturas/`, y en portugués
`recursos/manual/pt_BR/` con las capturas de la ventana en portugués (`make capturas` hace las dos). Se abre en el
idioma de la ventana; en inglés, en castellano (no hay manual en inglés). Se lee
con un QTextBrowser que solo busca archivos en esa carpeta y nunca abre enlaces externos (una
dirección de Internet se muestra abajo para copiarla, no se sigue). La búsqueda no distingue
mayúsculas ni acentos: «quorum» encuentra «quórum». El diálogo no es modal, para leerlo mientras
se trabaja, y no recuerda nada entre una vez y otra.
"""

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QRegularExpression, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStyle,
                               QTextBrowser, QTextEdit, QVBoxLayout, QWidget)

from ...recursos import carpeta_recursos
from ..idioma import idioma_actual
from ..piezas import DialogoBase, pantalla_libre

ARCHIVO = "manual.html"
TAMANO_LETRA = 11.0  # pt, el de `body` en el CSS del manual
_MAXIMO_RESALTADOS = 400
_RESALTADO = QColor("#fde68a")    # todas las apariciones
_ACTUAL = QColor("#f59e0b")       # la aparición elegida

# Cada letra buscada encuentra también sus variantes con tilde (y mayúsculas, por las dudas del motor).
_VARIANTES = {"a": "aáàâãä", "e": "eéèêë", "i": "iíìîï", "o": "oóòôõö", "u": "uúùûü", "n": "nñ",
              "c": "cç"}


# El manual de cada idioma de la ventana que tiene el suyo (los demás leen el castellano, el idioma fuente).
MANUALES = {"pt_BR": "pt_BR"}


def carpeta_manual(idioma: str | None = None) -> Path:
    """La carpeta del manual en `idioma` (por omisión, el de la ventana), o la del castellano si no lo hay."""
    base = carpeta_recursos() / "manual"
    subcarpeta = MANUALES.get(idioma if idioma is not None else idioma_actual())
    if subcarpeta and (base / subcarpeta / ARCHIVO).is_file():
        return base / subcarpeta
    return base


def _sin_tilde(letra: str) -> str:
    return unicodedata.normalize("NFD", letra)[0].lower()


def patron_de_busqueda(texto: str) -> QRegularExpression:
    """«quorum» o «Quórum» -> una expresión que encuentra «quórum», «Quorum», «QUÓRUM»…"""
    partes = []
    for letra in texto.strip():
        base = _sin_tilde(letra)
        if base in _VARIANTES:
            variantes = _VARIANTES[base]
            partes.append(f"[{variantes}{variantes.upper()}]")
        elif letra.isspace():
            partes.append(r"\s+")
        else:
            partes.append(QRegularExpression.escape(letra))
    return QRegularExpression("".join(partes), QRegularExpression.PatternOption.CaseInsensitiveOption
                              | QRegularExpression.PatternOption.UseUnicodePropertiesOption)


def anchos_de_imagenes(html: str) -> dict[str, int]:
    """{"capturas/miembros.png": 760, …}: el ancho con que el manual muestra cada captura."""
    anchos = {}
    for etiqueta in re.findall(r"<img\b[^>]*>", html, flags=re.IGNORECASE):
        fuente = re.search(r'\bsrc\s*=\s*"([^"]+)"', etiqueta)
        ancho = re.search(r'\bwidth\s*=\s*"(\d+)"', etiqueta)
        if fuente and ancho:
            anchos[fuente.group(1)] = int(ancho.group(1))
    return anchos


class NavegadorManual(QTextBrowser):
    """Un QTextBrowser que entrega las capturas ya reducidas con suavizado.

    QTextBrowser escala las imágenes sin suavizar: una captura de 1200 px mostrada a 760 px queda con
    letras dentadas. Aquí cada imagen se reduce una vez, con buena calidad, al ancho que pide el manual
    (por la densidad de la pantalla, para que se vea nítida también en pantallas de alta resolución).
    """

    def __init__(self, carpeta: Path, padre: QWidget | None = None):
        super().__init__(padre)
        self.carpeta = carpeta
        self.anchos: dict[str, int] = {}

    def loadResource(self, tipo: int, nombre: QUrl):
        if tipo == QTextDocument.ResourceType.ImageResource.value and nombre.scheme() not in ("http", "https"):
            relativa = nombre.path().lstrip("/") if nombre.isRelative() else None
            ruta = self.carpeta / relativa if relativa else Path(nombre.toLocalFile())
            ancho = self.anchos.get(relativa or "")
            imagen = QImage(str(ruta))
            if not imagen.isNull() and ancho and imagen.width() > ancho:
                densidad = max(1.0, self.devicePixelRatioF())
                imagen = imagen.scaledToWidth(round(ancho * densidad), Qt.TransformationMode.SmoothTransformation)
                imagen.setDevicePixelRatio(densidad)
            if not imagen.isNull():
                return imagen
        return super().loadResource(tipo, nombre)


class DialogoManual(DialogoBase):
    """El manual de uso. `seccion` es el ancla donde abrirlo («cuotas», «faq-voto»…)."""

    def __init__(self, padre: QWidget | None = None, seccion: str | None = None):
        super().__init__(padre, self.tr("Manual de uso de Escritorio"), modal=False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        self.setSizeGripEnabled(True)

        self.carpeta = carpeta_manual()
        self.navegador = NavegadorManual(self.carpeta)
        # Qt calcula los títulos (h1…h4) como múltiplos de la letra base del documento, no con los pt del CSS:
        # con base 11 pt quedan como los pide el manual (22, 16,5, 13,2 y 11 pt).
        fuente = self.navegador.font()
        fuente.setPointSizeF(TAMANO_LETRA)
        self.navegador.setFont(fuente)
        self.navegador.setOpenExternalLinks(False)
        self.navegador.setOpenLinks(False)  # cada enlace pasa por _seguir_enlace: los externos no se abren
        self.navegador.setSearchPaths([str(self.carpeta)])
        self.navegador.anchorClicked.connect(self._seguir_enlace)
        self.navegador.highlighted.connect(self._enlace_senalado)

        def icono(nombre: str):
            return self.style().standardIcon(getattr(QStyle.StandardPixmap, nombre))

        self.boton_atras = self._boton(self.tr("Atrás"), icono("SP_ArrowBack"),
                                       self.tr("Volver a la página anterior (Alt+Izquierda)"), self.navegador.backward)
        self.boton_adelante = self._boton(self.tr("Adelante"), icono("SP_ArrowForward"),
                                          self.tr("Ir a la página siguiente (Alt+Derecha)"), self.navegador.forward)
        self.boton_indice = self._boton(self.tr("Índice"), icono("SP_DirHomeIcon"),
                                        self.tr("Volver al comienzo del manual, con el índice (Alt+Inicio)"),
                                        self.ir_al_indice)
        self.boton_atras.setEnabled(False)
        self.boton_adelante.setEnabled(False)
        self.navegador.backwardAvailable.connect(self.boton_atras.setEnabled)
        self.navegador.forwardAvailable.connect(self.boton_adelante.setEnabled)

        self.busqueda = QLineEdit()
        self.busqueda.setPlaceholderText(self.tr("Buscar en el manual (Ctrl+F)"))
        self.busqueda.setClearButtonEnabled(True)
        self.busqueda.setMinimumWidth(240)
        # Enter: la aparición siguiente; Mayús+Enter: la anterior. Lo atiende `eventFilter` y no sigue al diálogo
        # (si siguiera, Enter apretaría el botón por omisión, «Cerrar», y el manual se cerraba al buscar).
        self.busqueda.installEventFilter(self)
        self.busqueda.textEdited.connect(lambda _: self.buscar(desde_la_seleccion=True))
        self.boton_anterior = self._boton(self.tr("Anterior"), icono("SP_ArrowUp"),
                                          self.tr("Aparición anterior (Mayús+F3)"), self.buscar_anterior)
        self.boton_siguiente = self._boton(self.tr("Siguiente"), icono("SP_ArrowDown"),
                                           self.tr("Aparición siguiente (Enter o F3)"), self.buscar_siguiente)
        self.aviso = QLabel()
        self.aviso.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        barra = QHBoxLayout()
        for boton in (self.boton_atras, self.boton_adelante, self.boton_indice):
            barra.addWidget(boton)
        barra.addSpacing(16)
        barra.addWidget(QLabel(self.tr("Buscar:")))
        barra.addWidget(self.busqueda, 1)
        barra.addWidget(self.boton_anterior)
        barra.addWidget(self.boton_siguiente)

        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        botones.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        botones.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)   # Enter no cierra el manual
        botones.rejected.connect(self.close)
        pie = QHBoxLayout()
        pie.addWidget(self.aviso, 1)
        pie.addWidget(botones)

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(barra)
        disposicion.addWidget(self.navegador, 1)
        disposicion.addLayout(pie)

        for atajo, funcion in ((QKeySequence.StandardKey.Find, self._enfocar_busqueda),
                               (QKeySequence.StandardKey.FindNext, self.buscar_siguiente),
                               (QKeySequence.StandardKey.FindPrevious, self.buscar_anterior),
                               (QKeySequence.StandardKey.Back, self.navegador.backward),
                               (QKeySequence.StandardKey.Forward, self.navegador.forward),
                               (QKeySequence("Alt+Home"), self.ir_al_indice),
                               (QKeySequence.StandardKey.ZoomIn, lambda: self.navegador.zoomIn(1)),
                               (QKeySequence.StandardKey.ZoomOut, lambda: self.navegador.zoomOut(1))):
            QShortcut(atajo, self, activated=funcion)

        self.resize(self._tamano_inicial())
        self._cargar(seccion)
        self.busqueda.setFocus()

    # --- construcción -----------------------------------------------------------------------
    def eventFilter(self, objeto: QObject, evento: QEvent) -> bool:
        if (objeto is self.busqueda and evento.type() == QEvent.Type.KeyPress
                and evento.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if evento.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.buscar_anterior()
            else:
                self.buscar_siguiente()
            return True
        return super().eventFilter(objeto, evento)

    def _boton(self, texto: str, icono, ayuda: str, funcion) -> QPushButton:
        boton = QPushButton(icono, texto)
        boton.setToolTip(ayuda)
        boton.setAutoDefault(False)
        boton.clicked.connect(funcion)
        return boton

    def _tamano_inicial(self) -> QSize:
        """1000×760, sin pasar del 92 % de la pantalla libre (el manual se lee al lado de la ventana)."""
        tamano = QSize(1000, 760)
        libre = pantalla_libre(self)
        return tamano if libre is None else tamano.boundedTo(libre.size() * 0.92)

    def _cargar(self, seccion: str | None) -> None:
        if not (self.carpeta / ARCHIVO).is_file():
            self.navegador.setHtml(self.tr(
                "<h2>No se encuentra el manual</h2><p>Debería estar en:<br><code>{0}</code></p>"
                "<p>Vuelva a instalar Escritorio o consulte a quien le da soporte técnico.</p>").format(
                    self.carpeta / ARCHIVO))
            for control in (self.busqueda, self.boton_anterior, self.boton_siguiente, self.boton_indice):
                control.setEnabled(False)
            return
        try:
            self.navegador.anchos = anchos_de_imagenes((self.carpeta / ARCHIVO).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            self.navegador.anchos = {}
        self.navegador.setSource(QUrl(ARCHIVO))
        if seccion:
            self.ir_a(seccion)

    # --- navegación ---------------------------------------------------------------------------
    def ir_a(self, seccion: str) -> None:
        """Muestra la sección con ese ancla (queda en el historial: Atrás vuelve)."""
        self.navegador.setSource(QUrl(f"{ARCHIVO}#{seccion}"))

    def ir_al_indice(self) -> None:
        self.navegador.setSource(QUrl(f"{ARCHIVO}#inicio"))
        self.navegador.verticalScrollBar().setValue(0)

    def _seguir_enlace(self, url: QUrl) -> None:
        if url.scheme() in ("", "file"):
            self.navegador.setSource(self.navegador.source().resolved(url))
            self.aviso.clear()
            return
        # Internet, correo…: el manual funciona sin conexión y no abre nada fuera del programa.
        self.aviso.setStyleSheet("color: #52606d;")
        self.aviso.setText(self.tr("Dirección externa (cópiela en un navegador si la necesita): {0}").format(
            url.toString()))

    def _enlace_senalado(self, url: QUrl) -> None:
        if url.isValid() and url.scheme() not in ("", "file"):
            self.aviso.setStyleSheet("color: #52606d;")
            self.aviso.setText(url.toString())

    # --- búsqueda -----------------------------------------------------------------------------
    def _enfocar_busqueda(self) -> None:
        self.busqueda.setFocus()
        self.busqueda.selectAll()

    def buscar_siguiente(self) -> bool:
        return self.buscar()

    def buscar_anterior(self) -> bool:
        return self.buscar(hacia_atras=True)

    def buscar(self, hacia_atras: bool = False, desde_la_seleccion: bool = False) -> bool:
        """Busca el texto del cuadro desde donde se está leyendo; al llegar al final vuelve a empezar.

        `desde_la_seleccion` (mientras se escribe) vuelve a probar desde el comienzo de lo encontrado,
        para que «quó» y luego «quór» sigan en el mismo lugar.
        """
        texto = self.busqueda.text().strip()
        if not texto:
            self.navegador.setExtraSelections([])
            self.aviso.clear()
            return False
        patron = patron_de_busqueda(texto)
        opciones = QTextDocument.FindFlag.FindBackward if hacia_atras else QTextDocument.FindFlag(0)
        cursor = self.navegador.textCursor()
        if desde_la_seleccion and cursor.hasSelection():
            cursor.setPosition(cursor.selectionStart())
            self.navegador.setTextCursor(cursor)
        elif not cursor.hasSelection() and not hacia_atras:
            # Sin nada elegido, la búsqueda empieza en lo que se ve en pantalla, no al comienzo del documento.
            visible = self.navegador.cursorForPosition(self.navegador.viewport().rect().topLeft())
            self.navegador.setTextCursor(visible)
        encontrado = self.navegador.find(patron, opciones)
        vuelta = False
        if not encontrado:
            cursor = self.navegador.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End if hacia_atras else QTextCursor.MoveOperation.Start)
            self.navegador.setTextCursor(cursor)
            encontrado = self.navegador.find(patron, opciones)
            vuelta = encontrado
        self._resaltar(patron if encontrado else None)
        if not encontrado:
            self.aviso.setStyleSheet("color: #b03a2e;")
            self.aviso.setText(self.tr("No se encontró «{0}» en el manual.").format(texto))
        elif vuelta:
            self.aviso.setStyleSheet("color: #52606d;")
            self.aviso.setText(self.tr("Se llegó al final del manual y se siguió buscando desde el principio.")
                               if not hacia_atras else
                               self.tr("Se llegó al principio del manual y se siguió buscando desde el final."))
        else:
            self.aviso.clear()
        return encontrado

    def _resaltar(self, patron: QRegularExpression | None) -> None:
        """Todas las apariciones en amarillo suave y la elegida en naranja (visibles con el foco en el cuadro)."""
        selecciones = []
        if patron is not None:
            documento = self.navegador.document()
            formato = QTextCharFormat()
            formato.setBackground(_RESALTADO)
            cursor = documento.find(patron, 0)
            while not cursor.isNull() and len(selecciones) < _MAXIMO_RESALTADOS:
                seleccion = QTextEdit.ExtraSelection()
                seleccion.cursor, seleccion.format = cursor, formato
                selecciones.append(seleccion)
                cursor = documento.find(patron, cursor)
            actual = QTextEdit.ExtraSelection()
            actual.cursor = self.navegador.textCursor()
            actual.format = QTextCharFormat()
            actual.format.setBackground(_ACTUAL)
            selecciones.append(actual)
        self.navegador.setExtraSelections(selecciones)


_SIN_PADRE: set = set()


def mostrar_manual(padre: QWidget | None = None, seccion: str | None = None) -> DialogoManual:
    """Abre el manual sin bloquear la ventana; si ya está abierto, lo trae al frente (y va a `seccion`)."""
    existente = next((d for d in (padre.findChildren(DialogoManual) if padre is not None else [])
                      if d.isVisible()), None)
    if existente is not None:
        if seccion:
            existente.ir_a(seccion)
        existente.raise_()
        existente.activateWindow()
        return existente
    dialogo = DialogoManual(padre, seccion)
    dialogo.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # no recuerda nada: cada vez, uno nuevo
    if padre is None:  # sin ventana dueña, Python debe sostenerlo mientras esté abierto
        _SIN_PADRE.add(dialogo)
        dialogo.destroyed.connect(lambda *_: _SIN_PADRE.discard(dialogo))
    dialogo.show()
    dialogo.raise_()
    dialogo.activateWindow()
    return dialogo
