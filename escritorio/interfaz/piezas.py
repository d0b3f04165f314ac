"""Piezas de pantalla que comparten Estatutos, Órganos y Unidades temáticas.

Tablas de solo lectura, la caja de avisos, títulos, el selector de miembro que busca sin acentos
y el recorrido de todo documento (elegir dónde guardarlo, generarlo con progreso, ofrecer abrirlo).
"""

from collections.abc import Callable, Sequence
from html import escape
from importlib import import_module
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QFileDialog, QFormLayout, QFrame, QHBoxLayout,
                               QHeaderView, QLabel,
                               QScrollArea,
                               QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..dominio.texto import normalizar
from ..errores import Cancelado
from .comun import mostrar_error, tr
from .trabajos import ejecutar_con_progreso

ROJO, VERDE, AMBAR, GRIS, ACENTO = "#b03a2e", "#1e7e34", "#8a5a00", "#7b848d", "#3b78b4"
ESTILO_NOTA = f"color: {GRIS};"
ESTILO_ERROR = "color: #c0392b;"
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


def nuevo_formulario() -> QFormLayout:
    """Un formulario de diálogo: rótulos a la derecha, campos que se estiran."""
    disposicion = QFormLayout()
    disposicion.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    disposicion.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return disposicion


def en_linea(*campos: QWidget, estirar: bool = True) -> QHBoxLayout:
    """Varios campos en una fila de formulario, pegados a la izquierda."""
    fila = QHBoxLayout()
    fila.setContentsMargins(0, 0, 0, 0)
    for campo in campos:
        fila.addWidget(campo)
    if estirar:
        fila.addStretch(1)
    return fila


def pintar_resultado(etiqueta: QLabel, exito: bool | None, texto: str) -> None:
    """Un resultado destacado: verde si se aprobó o hubo electa, rojo si no, ámbar si todavía falta algo.
    La etiqueta necesita un objectName (el estilo se aplica solo a ella, no a sus hijas)."""
    color, fondo = {True: (VERDE, "#eaf6ec"), False: (ROJO, "#fdecea"), None: ("#6b4a00", "#fff6e0")}[exito]
    etiqueta.setText(texto)
    etiqueta.setStyleSheet(f"QLabel#{etiqueta.objectName()} {{ color: {color}; background: {fondo}; "
                           "border-radius: 6px; padding: 8px 12px; }")


def titulo(texto: str = "", factor: float = 1.45) -> QLabel:
    """El título grande de un panel de detalle (nombre del órgano, «Artículo 13 — Consejo»)."""
    etiqueta = QLabel(texto)
    etiqueta.setFont(escalar(etiqueta.font(), factor, negrita=True))
    etiqueta.setWordWrap(True)
    etiqueta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return etiqueta


def subtitulo(texto: str = "") -> QLabel:
    """El rótulo de una sección («Composición», «Plan de trabajo»)."""
    etiqueta = QLabel(texto)
    etiqueta.setFont(escalar(etiqueta.font(), 1.08, negrita=True))
    return etiqueta


def nota(texto: str = "") -> QLabel:
    """Texto secundario en gris: fechas, referencias, explicaciones breves."""
    etiqueta = QLabel(texto)
    etiqueta.setWordWrap(True)
    etiqueta.setStyleSheet(ESTILO_NOTA)
    return etiqueta


def panel(nombre: str) -> QFrame:
    """Un recuadro claro de bordes redondeados (la cita del estatuto, la troika, los objetivos)."""
    marco = QFrame()
    marco.setObjectName(nombre)
    marco.setStyleSheet(f"QFrame#{nombre} {{ background: palette(base); border: 1px solid palette(midlight);"
                        " border-radius: 6px; }")
    return marco


def pagina_vacia(encabezado: str, explicacion: str, boton: QWidget) -> QWidget:
    """Lo que se ve cuando todavía no hay nada: qué falta, cómo se empieza y el botón para hacerlo."""
    pagina = QWidget()
    caja = QVBoxLayout(pagina)
    caja.addStretch(1)
    rotulo = titulo(encabezado, 1.3)
    rotulo.setAlignment(Qt.AlignmentFlag.AlignCenter)
    texto = nota(explicacion)
    texto.setAlignment(Qt.AlignmentFlag.AlignCenter)
    texto.setFixedWidth(560)
    texto.setMinimumHeight(texto.heightForWidth(560))   # centrada, la etiqueta no pide su alto según el ancho
    caja.addWidget(rotulo)
    caja.addSpacing(4)
    caja.addWidget(texto, 0, Qt.AlignmentFlag.AlignHCenter)
    caja.addSpacing(12)
    caja.addWidget(boton, 0, Qt.AlignmentFlag.AlignHCenter)
    caja.addStretch(2)
    return pagina


def tabla_lectura(columnas: Sequence[str], *estirar: int, varias: bool = False) -> QTableWidget:
    """Tabla de solo lectura, una fila por registro; las columnas `estirar` se reparten el ancho sobrante."""
    tabla = QTableWidget(0, len(columnas))
    tabla.setHorizontalHeaderLabels(list(columnas))
    tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabla.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if varias
                           else QAbstractItemView.SelectionMode.SingleSelection)
    tabla.setAlternatingRowColors(True)
    tabla.setWordWrap(False)
    tabla.verticalHeader().hide()
    tabla.verticalHeader().setDefaultSectionSize(24)
    cabecera = tabla.horizontalHeader()
    cabecera.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    cabecera.setMinimumSectionSize(60)
    cabecera.setHighlightSections(False)
    cabecera.setDefaultAlignment(IZQUIERDA)
    for columna in estirar:
        cabecera.setSectionResizeMode(columna, QHeaderView.ResizeMode.Stretch)
    return tabla


def llenar_tabla(tabla: QTableWidget, filas: Sequence[Sequence[str]], datos: Sequence | None = None,
                 color: Callable[[int], str | None] | None = None, negrita: Callable[[int], bool] | None = None,
                 cursiva: Callable[[int], bool] | None = None, centrar: tuple[int, ...] = ()) -> None:
    """Llena la tabla; `datos[n]` queda en la primera celda de la fila n (UserRole); `color(n)` tiñe la fila."""
    tabla.setSortingEnabled(False)
    tabla.clearContents()
    tabla.setRowCount(len(filas))
    for numero, fila in enumerate(filas):
        tinta = color(numero) if color else None
        gruesa = bool(negrita and negrita(numero))
        inclinada = bool(cursiva and cursiva(numero))
        for columna, texto in enumerate(fila):
            celda = QTableWidgetItem("" if texto is None else str(texto))
            if columna in centrar:
                celda.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if tinta:
                celda.setForeground(QColor(tinta))
            if gruesa or inclinada:
                fuente = celda.font()
                fuente.setBold(gruesa)
                fuente.setItalic(inclinada)
                celda.setFont(fuente)
            if datos is not None and columna == 0:
                celda.setData(Qt.ItemDataRole.UserRole, datos[numero])
            tabla.setItem(numero, columna, celda)
    tabla.setCurrentItem(None)


def dato_de_fila(tabla: QTableWidget, fila: int):
    celda = tabla.item(fila, 0)
    return None if celda is None else celda.data(Qt.ItemDataRole.UserRole)


def filas_elegidas(tabla: QTableWidget) -> list[int]:
    return sorted({indice.row() for indice in tabla.selectionModel().selectedRows()})


class DesplazableAlAncho(QScrollArea):
    """Desplazamiento vertical para un panel con textos que se parten en renglones.

    QScrollArea ajusta su contenido al alto mínimo calculado para un ancho cualquiera: con el ancho real, un
    texto largo necesita más renglones y el panel aplastaba a sus vecinos (contadores recortados) en lugar de
    desplazarse. Aquí el alto mínimo se calcula para el ancho visible cada vez que cambia el tamaño o el
    contenido."""

    def __init__(self, padre=None):
        super().__init__(padre)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, objeto, evento) -> bool:
        if objeto is self.widget() and evento.type() == QEvent.Type.LayoutRequest:
            self._ajustar()
        return False

    def resizeEvent(self, evento) -> None:
        super().resizeEvent(evento)
        self._ajustar()

    def _ajustar(self) -> None:
        widget = self.widget()
        disposicion = widget.layout() if widget is not None else None
        if disposicion is None or not disposicion.hasHeightForWidth():
            return
        alto = disposicion.totalHeightForWidth(self.viewport().width())
        if alto > 0 and widget.minimumHeight() != alto:
            widget.setMinimumHeight(alto)


class CajaAvisos(QFrame):
    """Un recuadro ámbar con los avisos (reglas que no se cumplen, problemas del texto); verde si todo está bien.

    Con `mostrar([])` y un texto de conformidad muestra ese texto en verde; sin él, la caja se oculta.
    """

    _ESTILOS = {
        "aviso": ("#fff6e0", "#e3b341", "#6b4a00"),
        "bien": ("#eaf6ec", "#8cc79a", "#1e5e2c"),
        "error": ("#fdecea", "#e6a39b", "#8c2a1f"),
    }

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cajaAvisos")
        self.etiqueta = QLabel()
        self.etiqueta.setWordWrap(True)
        self.etiqueta.setTextFormat(Qt.TextFormat.RichText)
        self.etiqueta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        disposicion = QVBoxLayout(self)
        disposicion.setContentsMargins(12, 8, 12, 8)
        disposicion.addWidget(self.etiqueta)
        self.avisos: list[str] = []
        self.hide()

    def _estilo(self, clase: str) -> None:
        fondo, borde, texto = self._ESTILOS[clase]
        self.setStyleSheet(f"QFrame#cajaAvisos {{ background: {fondo}; border: 1px solid {borde}; border-radius: 6px; }}"
                           f" QLabel {{ color: {texto}; background: transparent; border: none; }}")

    def mostrar(self, avisos: Sequence[str], titulo: str = "", conforme: str = "", clase: str = "aviso") -> None:
        self.avisos = list(avisos)
        if not self.avisos:
            if conforme:
                self._estilo("bien")
                self.etiqueta.setText("✓&nbsp; " + escape(conforme))
                self.show()
            else:
                self.hide()
            return
        self._estilo(clase)
        encabezado = f"<b>⚠&nbsp; {escape(titulo)}</b>" if titulo else ""
        if len(self.avisos) == 1 and not titulo:
            self.etiqueta.setText("⚠&nbsp; " + escape(self.avisos[0]))
        else:
            items = "".join(f"<li>{escape(a)}</li>" for a in self.avisos)
            self.etiqueta.setText(f"{encabezado}<ul style='margin: 4px 0 0 -24px;'>{items}</ul>")
        self.show()

    @property
    def texto(self) -> str:
        """Lo que dice la caja (vacío si está oculta)."""
        return "" if self.isHidden() else "\n".join(self.avisos) or self.etiqueta.text()


# --- el selector de miembro -------------------------------------------------------------------------

_ROL_NORMALIZADO = Qt.ItemDataRole.UserRole + 1


class _Completador(QCompleter):
    """Completa por cualquier parte del nombre, sin mayúsculas ni acentos: «sao» encuentra «São Paulo»."""

    def __init__(self, modelo, padre=None):
        super().__init__(modelo, padre)
        self.setCompletionRole(_ROL_NORMALIZADO)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, texto: str) -> list[str]:
        return [normalizar(texto)]

    def pathFromIndex(self, indice) -> str:
        return indice.data(Qt.ItemDataRole.DisplayRole) or ""


class SelectorMiembro(QComboBox):
    """Lista desplegable de miembros («Rosario (Argentina)») en la que se puede escribir para buscar.

    `ninguno` (opcional) agrega al principio una opción sin miembro. `miembro_id()` devuelve el elegido o None.
    """

    def __init__(self, miembros: Sequence[dict] = (), ninguno: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lineEdit().setPlaceholderText(tr("Escriba parte del nombre…"))
        self._ninguno = ninguno
        self._por_id: dict[int, dict] = {}
        self.fijar(miembros)

    def fijar(self, miembros: Sequence[dict]) -> None:
        self._por_id = {m["id"]: m for m in miembros}
        modelo = QStandardItemModel(self)
        if self._ninguno:
            item = QStandardItem(self._ninguno)
            item.setData(None, Qt.ItemDataRole.UserRole)
            item.setData("", _ROL_NORMALIZADO)
            modelo.appendRow(item)
        for m in miembros:
            pais = m.get("pais_nombre") or m.get("pais") or ""
            texto = f"{m['nombre']} ({pais})" if pais else m["nombre"]
            if m.get("estado") == "baja":
                texto += " — " + tr("baja")
            item = QStandardItem(texto)
            item.setData(m["id"], Qt.ItemDataRole.UserRole)
            item.setData(normalizar(texto), _ROL_NORMALIZADO)
            modelo.appendRow(item)
        self.setModel(modelo)
        completador = _Completador(modelo, self)
        self.setCompleter(completador)
        self.setCurrentIndex(0 if self._ninguno else -1)

    def miembro_id(self) -> int | None:
        if self.currentIndex() < 0 or self.currentText() != self.itemText(self.currentIndex()):
            return None
        return self.currentData(Qt.ItemDataRole.UserRole)

    def miembro(self) -> dict | None:
        clave = self.miembro_id()
        return None if clave is None else self._por_id.get(clave)

    def elegir(self, miembro_id: int | None) -> None:
        indice = self.findData(miembro_id, Qt.ItemDataRole.UserRole)
        if indice >= 0:
            self.setCurrentIndex(indice)


# --- documentos ---------------------------------------------------------------------------------------

_FILTROS = {".pdf": "Documento PDF (*.pdf)", ".xlsx": "Libro de Excel (*.xlsx)"}


def documento_disponible(modulo: str) -> bool:
    """¿Está instalado el módulo de documentos que escribe ese archivo? (p. ej. «escritorio.documentos.pdf.estatuto»)."""
    try:
        return find_spec(modulo) is not None
    except (ImportError, ValueError):
        return False


def funcion_de_servicio(modulo: str, nombre: str) -> Callable | None:
    """La función `nombre` del servicio `modulo`, importada recién al usarla; None si no está."""
    try:
        return getattr(import_module(modulo), nombre, None)
    except ImportError:
        return None


def preparar_boton_documento(boton, modulo_documento: str) -> bool:
    """Deshabilita (con una explicación) el botón o acción de un documento cuyo escritor todavía no está instalado.

    Devuelve si el documento está disponible.
    """
    disponible = documento_disponible(modulo_documento)
    if not disponible:
        boton.setEnabled(False)
        boton.setToolTip(tr("Este documento todavía no está disponible en esta versión."))
    return disponible


def ruta_con_extension(padre: QWidget, ruta: str, extension: str) -> str | None:
    """Agrega la extensión si falta. El diálogo de guardar preguntó por el nombre SIN ella: si con la extensión ya
    hay un archivo, se pregunta antes de reemplazarlo. None si la persona no quiere reemplazarlo."""
    if ruta.lower().endswith(extension):
        return ruta
    ruta += extension
    if Path(ruta).exists():
        respuesta = QMessageBox.question(
            padre, tr("Reemplazar archivo"),
            tr("Ya existe «{0}» en esa carpeta. ¿Reemplazarlo?").format(Path(ruta).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if respuesta != QMessageBox.StandardButton.Yes:
            return None
    return ruta


def guardar_documento(padre: QWidget, titulo: str, nombre: str, funcion: Callable[[str], object],
                      ajustes: QSettings | None = None) -> bool:
    """Pide dónde guardar `nombre`, genera el archivo con `funcion(ruta)` y ofrece abrirlo. True si se guardó."""
    extension = Path(nombre).suffix.lower()
    carpeta = ajustes.value("exportar/carpeta", str(Path.home())) if ajustes is not None else str(Path.home())
    ruta, _ = QFileDialog.getSaveFileName(padre, titulo, str(Path(carpeta) / nombre), tr(_FILTROS.get(extension, "")))
    ruta = ruta_con_extension(padre, ruta, extension) if ruta else None
    if not ruta:
        return False
    if ajustes is not None:
        ajustes.setValue("exportar/carpeta", str(Path(ruta).parent))
    try:
        ejecutar_con_progreso(padre, titulo, lambda _informar: funcion(ruta))
    except Cancelado:
        QMessageBox.information(padre, titulo, tr("Cancelado: no se creó ningún archivo."))
        return False
    except ModuleNotFoundError as error:
        if (error.name or "").startswith("escritorio.documentos"):
            QMessageBox.information(padre, titulo, tr("Este documento todavía no está disponible en esta versión."))
        else:
            mostrar_error(padre, error, titulo)
        return False
    except Exception as error:  # noqa: BLE001 - se muestra al usuario y queda registrado
        mostrar_error(padre, error, titulo)
        return False
    ofrecer_abrir(padre, titulo, ruta)
    return True


def ofrecer_abrir(padre: QWidget | None, titulo: str, ruta: str | Path) -> None:
    """«Archivo guardado: … ¿Desea abrirlo ahora?»; si sí, `abrir_archivo`."""
    if QMessageBox.question(padre, titulo, tr("Archivo guardado:\n{0}\n\n¿Desea abrirlo ahora?").format(ruta)) \
            == QMessageBox.StandardButton.Yes:
        abrir_archivo(padre, titulo, ruta)


def abrir_archivo(padre: QWidget | None, titulo: str, ruta: str | Path) -> bool:
    """Abre el archivo con el programa del sistema. Si no hay ninguno para ese tipo de archivo, lo dice (con dónde
    quedó el archivo) y ofrece abrir la carpeta, en lugar de no hacer nada. True si se abrió."""
    ruta = Path(ruta)
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(ruta))) is not False:   # False: el sistema no tiene con qué
        return True
    tipo = ruta.suffix.lower() or tr("sin extensión")
    aviso = QMessageBox(QMessageBox.Icon.Warning, titulo, tr(
        "No hay un programa para abrir archivos {0} en esta computadora; el archivo está en:\n{1}\n\n"
        "Puede abrir la carpeta y copiarlo a otro equipo, o instalar un programa para ese tipo de archivo.").format(
        tipo, ruta), QMessageBox.StandardButton.NoButton, padre)
    carpeta = aviso.addButton(tr("Abrir la carpeta"), QMessageBox.ButtonRole.ActionRole)
    aviso.addButton(tr("Aceptar"), QMessageBox.ButtonRole.AcceptRole)
    aviso.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)   # la ruta se puede copiar
    aviso.exec()
    elegido = aviso.clickedButton()
    aviso.deleteLater()
    if elegido is carpeta and QDesktopServices.openUrl(QUrl.fromLocalFile(str(ruta.parent))) is False:
        QMessageBox.information(padre, titulo, tr("Tampoco se pudo abrir la carpeta. El archivo está en:\n{0}")
                                .format(ruta))
    return False


def nombre_de_archivo(texto: str) -> str:
    """«UT Cultura» -> «ut-cultura» (para proponer el nombre de un archivo)."""
    limpio = "".join(c if c.isalnum() else "-" for c in normalizar(texto))
    return "-".join(p for p in limpio.split("-") if p) or "documento"



class AreaPerezosa(QWidget):
    """Un área de la ventana que carga sus datos solo cuando está a la vista.

    `mostrar` cambia de asociación, `invalidar` marca los datos como viejos (otra área cambió algo);
    si el área no se ve, `recargar` (que cada área define) espera a que se muestre.
    """

    db = None
    asociacion: dict | None = None
    _pendiente = True

    def mostrar(self, db, asociacion: dict) -> None:
        self.db, self.asociacion = db, asociacion
        self.invalidar()

    def invalidar(self) -> None:
        self._pendiente = True
        if self.isVisible():
            self.recargar()

    def showEvent(self, evento) -> None:
        super().showEvent(evento)
        if self._pendiente and self.db is not None:
            self.recargar()

    def recargar(self, *args, **kwargs) -> None:  # pragma: no cover - cada área la define
        raise NotImplementedError
