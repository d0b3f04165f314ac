"""Asistente para importar el padrón desde una planilla: archivo, columnas, validación e importación.

Nada se escribe hasta el último paso: `analizar` solo lee y decide (deja las filas validadas en un borrador en
disco, no en memoria); `aplicar` escribe todo en una transacción. Si el archivo tiene problemas se listan todos
(y se pueden exportar a Excel) y no se importa nada. La vista previa muestra las cifras y los primeros cambios.
"""

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFrame, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget, QWizard, QWizardPage)

from ...dominio.importacion import COLUMNAS, letra_columna
from ...errores import Cancelado, ErrorEscritorio, ErrorValidacion
from ...servicios.importacion import aplicar, analizar, exportar_problemas, vista_previa
from ...servicios.importacion_plan import CAMBIOS_EN_LA_VISTA_PREVIA
from ..comun import fecha_dma, miles, mostrar_error, tr
from ..trabajos import ejecutar_con_progreso
from ..piezas import AsistenteBase, elegir_archivo
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina

ID_ARCHIVO, ID_COLUMNAS, ID_VALIDACION, ID_RESULTADO = range(4)
MAXIMO_CAMBIOS_LISTADOS = CAMBIOS_EN_LA_VISTA_PREVIA  # la vista previa guarda esos, con su descripción
FILAS_DE_MUESTRA = 10

_ESTILOS_AVISO = {
    "error": "background: #fdecea; border: 1px solid #f1b0b7; color: #7f1d1d;",
    "ok": "background: #e9f6ec; border: 1px solid #b7dfc0; color: #1b4d2b;",
    "info": "background: #eef4fb; border: 1px solid #c9dcf0; color: #1f3b57;",
    "advertencia": "background: #fff7e0; border: 1px solid #f0d78c; color: #5c4300;",
}
_ENCABEZADO_DE = {c.campo: c.encabezado for c in COLUMNAS}


def _texto_celda(valor: object) -> str:
    """Un valor leído de la planilla tal como lo vería el usuario en su hoja."""
    if valor is None:
        return ""
    if isinstance(valor, (date, datetime)):
        return fecha_dma(valor.date() if isinstance(valor, datetime) else valor)
    if isinstance(valor, float) and valor.is_integer():
        return str(int(valor))
    return str(valor)


def _oracion(texto: str) -> str:
    return texto[:1].upper() + texto[1:] if texto else texto


class _Aviso(QLabel):
    """Una franja de color con un mensaje; oculta mientras no haya nada que decir."""

    def __init__(self):
        super().__init__()
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def mostrar(self, texto: str, tipo: str = "info") -> None:
        self.setStyleSheet(f"QLabel {{ {_ESTILOS_AVISO[tipo]} border-radius: 4px; padding: 8px 10px; }}")
        self.setText(texto)
        self.show()

    def ocultar(self) -> None:
        self.clear()
        self.hide()


class _Cifras(QWidget):
    """Tres recuadros: nuevos, actualizados y sin cambios."""

    def __init__(self):
        super().__init__()
        disposicion = QHBoxLayout(self)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.setSpacing(12)
        self._numeros = {}
        for clave, rotulo, color in (("nuevos", tr("Nuevos"), "#1f6f43"),
                                     ("actualizados", tr("Actualizados"), "#1f4e79"),
                                     ("sin_cambios", tr("Sin cambios"), "#5f6368")):
            recuadro = QFrame()
            recuadro.setObjectName("recuadro")
            recuadro.setMinimumWidth(130)
            recuadro.setStyleSheet("#recuadro { background: palette(base); border: 1px solid palette(mid);"
                                   " border-radius: 6px; }")
            interior = QVBoxLayout(recuadro)
            interior.setContentsMargins(14, 8, 14, 8)
            numero = QLabel("0")
            numero.setStyleSheet(f"font-size: 20pt; font-weight: 600; color: {color}; border: none;")
            texto = QLabel(rotulo)
            texto.setStyleSheet("color: palette(dark); border: none;")
            interior.addWidget(numero)
            interior.addWidget(texto)
            disposicion.addWidget(recuadro)
            self._numeros[clave] = numero
        disposicion.addStretch()

    def poner(self, nuevos: int, actualizados: int, sin_cambios: int) -> None:
        for clave, valor in (("nuevos", nuevos), ("actualizados", actualizados), ("sin_cambios", sin_cambios)):
            self._numeros[clave].setText(miles(valor))


def _tabla(encabezados: list[str], varias_lineas: bool = False) -> QTableWidget:
    """Una lista de solo lectura. Con `varias_lineas` cada fila crece hasta mostrar todo su texto
    (solo para listas cortas); si no, una línea por fila y el texto completo en la ayuda emergente."""
    tabla = QTableWidget(0, len(encabezados))
    tabla.setHorizontalHeaderLabels(encabezados)
    tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabla.setAlternatingRowColors(True)
    tabla.setWordWrap(varias_lineas)
    tabla.verticalHeader().hide()
    if varias_lineas:
        tabla.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tabla.setStyleSheet("QTableWidget::item { padding: 4px 2px; }")
    tabla.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    tabla.horizontalHeader().setStretchLastSection(True)
    return tabla


def _celda(texto: str, alineacion=Qt.AlignmentFlag.AlignLeft,
          vertical=Qt.AlignmentFlag.AlignVCenter) -> QTableWidgetItem:
    item = QTableWidgetItem(texto)
    item.setTextAlignment(alineacion | vertical)
    item.setToolTip(texto)
    return item


class _PaginaArchivo(QWizardPage):
    def __init__(self, asistente: "AsistenteImportacion", ruta_inicial: str | None):
        super().__init__()
        self._asistente = asistente
        self.setTitle(self.tr("Elegir el archivo"))
        self.setSubTitle(self.tr("Una planilla de Excel (.xlsx) o un archivo CSV, con un miembro por fila. "
                                 "Los miembros se agregan al padrón de {0}.").format(asistente.asociacion["nombre"]))
        self.campo_ruta = QLineEdit(ruta_inicial or "")
        self.campo_ruta.setPlaceholderText(self.tr("Ruta del archivo .xlsx o .csv"))
        self.campo_ruta.setClearButtonEnabled(True)
        self.campo_ruta.textChanged.connect(self._ruta_cambiada)
        examinar = QPushButton(self.tr("Examinar…"))
        examinar.clicked.connect(self._examinar)
        fila = QHBoxLayout()
        fila.addWidget(QLabel(self.tr("Archivo:")))
        fila.addWidget(self.campo_ruta, 1)
        fila.addWidget(examinar)

        obligatorias = ", ".join(tr(c.encabezado) for c in COLUMNAS if c.obligatoria)
        opcionales = ", ".join(tr(c.encabezado) for c in COLUMNAS if not c.obligatoria)
        explicacion = QLabel(self.tr(
            "<p><b>La primera fila debe tener los encabezados.</b> El orden de las columnas no importa; "
            "en el paso siguiente podrá indicar qué dato trae cada una.</p>"
            "<p><b>Obligatorias:</b> {0}.<br><b>Opcionales:</b> {1}.</p>"
            "<p>El país puede escribirse con su código ISO de dos letras (AR, BR…) o con su nombre. "
            "Un miembro que ya está en el padrón se reconoce por su Código o por país, región y nombre, "
            "y se actualiza; una celda vacía nunca borra un dato.</p>"
            "<p>Nada se guarda hasta el último paso: antes verá cada problema del archivo o el resumen "
            "de lo que cambiará.</p>").format(obligatorias, opcionales))
        explicacion.setWordWrap(True)
        explicacion.setTextFormat(Qt.TextFormat.RichText)
        explicacion.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(midlight);"
                                  " border-radius: 6px; padding: 4px 12px; }")
        self.aviso = _Aviso()

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(fila)
        disposicion.addSpacing(8)
        disposicion.addWidget(explicacion)
        disposicion.addWidget(self.aviso)
        disposicion.addStretch()

    def ruta(self) -> Path:
        return Path(self.campo_ruta.text().strip())

    def _ruta_cambiada(self) -> None:
        self.aviso.ocultar()
        self.completeChanged.emit()

    def _examinar(self) -> None:
        actual = self.campo_ruta.text().strip()
        carpeta = str(Path(actual).parent) if actual else str(Path.home())
        ruta = elegir_archivo.para_abrir(self, self.tr("Elegir la planilla"), carpeta, self.tr("Planillas (*.xlsx *.csv *.txt)"))
        if ruta:
            self.campo_ruta.setText(ruta)

    def isComplete(self) -> bool:
        # Cualquier ruta: si no es un .xlsx o un .csv legible, «Siguiente» explica por qué (un .xls, una
        # carpeta, un archivo dañado) en lugar de quedar deshabilitado sin decir nada.
        return bool(self.campo_ruta.text().strip())

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        ruta = self.ruta()
        try:
            existe = ruta.exists()
        except OSError:  # un nombre desmedido: lo explica la lectura
            existe = True
        if not existe:
            self.aviso.mostrar(self.tr("No se encuentra el archivo {0}. Revise la ruta o elíjalo con «Examinar…».")
                               .format(ruta), "error")
            return False
        vista, fallo = None, None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            vista = vista_previa(ruta, FILAS_DE_MUESTRA)  # solo encabezados y unas filas: es inmediato
        except Exception as error:
            fallo = error
        finally:
            QGuiApplication.restoreOverrideCursor()
        if isinstance(fallo, ErrorEscritorio):
            self.aviso.mostrar(fallo.mensaje, "error")
            return False
        if fallo is not None:
            mostrar_error(self, fallo, "vista previa de importación")
            return False
        self._asistente.ruta, self._asistente.vista = ruta, vista
        return True


class _PaginaColumnas(QWizardPage):
    def __init__(self, asistente: "AsistenteImportacion"):
        super().__init__()
        self._asistente = asistente
        self.combos: list[QComboBox] = []
        self._encabezados: list[str] | None = None
        self.setTitle(self.tr("Indicar las columnas"))
        self.setSubTitle(self.tr("Sobre cada columna, elija qué dato trae. Se muestran las primeras {0} filas "
                                 "del archivo como muestra.").format(FILAS_DE_MUESTRA))
        self.marcas = QLabel()
        self.marcas.setTextFormat(Qt.TextFormat.RichText)
        self.tabla = QTableWidget()
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tabla.verticalHeader().hide()
        self.tabla.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.aviso = _Aviso()
        # El orden de las fechas escritas con barras (05/04/2024): por defecto lo decide el archivo (una fecha con un
        # número mayor que 12 lo fija para su columna); si nada lo decide, la validación lo pide y se elige aquí.
        self.orden_fechas = QComboBox()
        self.orden_fechas.addItem(self.tr("Según el archivo (si alguna fecha lo decide)"), None)
        self.orden_fechas.addItem(self.tr("Día/mes/año (dd/mm/aaaa): 05/04/2024 es el 5 de abril"), "dd/mm")
        self.orden_fechas.addItem(self.tr("Mes/día/año (mm/dd/aaaa): 05/04/2024 es el 4 de mayo"), "mm/dd")
        self.orden_fechas.setToolTip(self.tr("Cómo leer una fecha como 05/04/2024, que puede ser el 5 de abril o el 4 "
                                             "de mayo. Las fechas aaaa-mm-dd y las celdas de fecha de Excel no cambian."))
        fila_fechas = QHBoxLayout()
        fila_fechas.addWidget(QLabel(self.tr("Orden de las fechas:")))
        fila_fechas.addWidget(self.orden_fechas)
        fila_fechas.addStretch()
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.marcas)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addLayout(fila_fechas)
        disposicion.addWidget(self.aviso)

    def initializePage(self) -> None:
        vista = self._asistente.vista
        anterior = self._asistente.columnas if vista.encabezados == self._encabezados else None
        self._encabezados = list(vista.encabezados)
        mapeo = anterior if anterior is not None else vista.mapeo
        por_indice = {indice: campo for campo, indice in mapeo.items()}
        self.aviso.ocultar()
        self.combos = []
        self.tabla.clear()
        self.tabla.setRowCount(1 + len(vista.filas))
        self.tabla.setColumnCount(len(vista.encabezados))
        fondo = QColor("#eef2f7")
        for columna, encabezado in enumerate(vista.encabezados):
            titulo = f"{letra_columna(columna)}  ·  {encabezado}" if encabezado else letra_columna(columna)
            self.tabla.setHorizontalHeaderItem(columna, QTableWidgetItem(titulo))
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.addItem(self._ignorar(), None)
            for c in COLUMNAS:
                combo.addItem(tr(c.encabezado) + (" *" if c.obligatoria else ""), c.campo)
            combo.setCurrentIndex(max(0, combo.findData(por_indice.get(columna))))
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)  # la lista muestra todo
            combo.setToolTip(self.tr("Dato que trae la columna {0}").format(letra_columna(columna)))
            combo.currentIndexChanged.connect(self._actualizar)
            self.tabla.setCellWidget(0, columna, combo)
            espacio = QTableWidgetItem()
            espacio.setBackground(fondo)
            self.tabla.setItem(0, columna, espacio)
            self.combos.append(combo)
            for fila, valores in enumerate(vista.filas, start=1):
                valor = valores[columna] if columna < len(valores) else None
                self.tabla.setItem(fila, columna, _celda(_texto_celda(valor)))
        self.tabla.resizeColumnsToContents()
        for columna in range(self.tabla.columnCount()):
            ancho = max(self.tabla.columnWidth(columna) + 16, self.combos[columna].sizeHint().width() + 4)
            self.tabla.setColumnWidth(columna, min(ancho, 260))
        self.tabla.setRowHeight(0, self.combos[0].sizeHint().height() + 10 if self.combos else 30)
        self.tabla.horizontalHeader().setStretchLastSection(True)
        self._actualizar()

    def _ignorar(self) -> str:
        return self.tr("— ignorar —")

    def mapeo(self) -> dict[str, int]:
        """Campo -> índice de columna (si un campo se eligió dos veces, la primera)."""
        elegido: dict[str, int] = {}
        for indice, combo in enumerate(self.combos):
            campo = combo.currentData()
            if campo is not None:
                elegido.setdefault(campo, indice)
        return elegido

    def _problemas(self) -> tuple[list[str], dict[str, list[int]]]:
        usos: dict[str, list[int]] = {}
        for indice, combo in enumerate(self.combos):
            if combo.currentData() is not None:
                usos.setdefault(combo.currentData(), []).append(indice)
        faltan = [c.campo for c in COLUMNAS if c.obligatoria and c.campo not in usos]
        repetidos = {campo: indices for campo, indices in usos.items() if len(indices) > 1}
        return faltan, repetidos

    def _actualizar(self) -> None:
        faltan, repetidos = self._problemas()
        mapeo = self.mapeo()
        marcas = []
        for c in COLUMNAS:
            if not c.obligatoria:
                continue
            if c.campo in mapeo:
                marcas.append(f"<span style='color:#1f6f43'>✔ {tr(c.encabezado)}: "
                              f"{self.tr('columna {0}').format(letra_columna(mapeo[c.campo]))}</span>")
            else:
                marcas.append(f"<span style='color:#b3261e'><b>✘ {tr(c.encabezado)}: "
                              f"{self.tr('sin columna')}</b></span>")
        self.marcas.setText(self.tr("Datos obligatorios (*):") + "&nbsp;&nbsp; " + "&nbsp;&nbsp;&nbsp; ".join(marcas))
        en_conflicto = {i for indices in repetidos.values() for i in indices}
        activo, apagado = self.palette().text().color(), QColor("#9aa0a6")
        for indice, combo in enumerate(self.combos):
            combo.setStyleSheet("QComboBox { border: 1px solid #c0392b; background: #fdecea; }"
                                if indice in en_conflicto else "")
            color = apagado if combo.currentData() is None else activo
            for fila in range(1, self.tabla.rowCount()):
                item = self.tabla.item(fila, indice)
                if item is not None:
                    item.setForeground(color)
        explicaciones = []
        if faltan:
            explicaciones.append(self.tr("Falta indicar qué columna trae: {0}. Elíjalo en la lista sobre la "
                                         "columna que corresponda.").format(", ".join(tr(_ENCABEZADO_DE[c]) for c in faltan)))
        for campo, indices in repetidos.items():
            explicaciones.append(self.tr("«{0}» está elegido en las columnas {1}; cada dato puede venir de una sola "
                                         "columna. Cambie una de ellas a «{2}».").format(
                tr(_ENCABEZADO_DE[campo]), ", ".join(letra_columna(i) for i in indices), self._ignorar()))
        if explicaciones:
            self.aviso.mostrar("\n".join(explicaciones), "advertencia")
        else:
            ignoradas = [letra_columna(i) for i, combo in enumerate(self.combos) if combo.currentData() is None]
            texto = self.tr("Todo listo para validar el archivo completo.")
            if len(ignoradas) == 1:
                texto += " " + self.tr("La columna {0} no se importará.").format(ignoradas[0])
            elif ignoradas:
                texto += " " + self.tr("Las columnas {0} no se importarán.").format(", ".join(ignoradas))
            self.aviso.mostrar(texto, "ok")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        faltan, repetidos = self._problemas()
        return bool(self.combos) and not faltan and not repetidos

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        asistente = self._asistente
        columnas = self.mapeo()
        asistente.columnas = columnas
        asistente.descartar_analisis()
        asistente.problemas = []
        orden = self.orden_fechas.currentData()
        try:
            asistente.analisis = ejecutar_con_progreso(
                self, self.tr("Validando el archivo"),
                lambda informar: analizar(asistente.contexto, asistente.ruta,
                                          progreso=informar, columnas=columnas, orden_fechas=orden))
        except Cancelado:
            self.aviso.mostrar(self.tr("Validación cancelada: no se modificó nada."), "info")
            return False
        except ErrorValidacion as error:
            asistente.problemas = list(error.problemas) or [error.mensaje]
        except ErrorEscritorio as error:  # el archivo se daña más abajo de lo que mostró la vista previa
            self.aviso.mostrar(error.mensaje, "error")
            return False
        except Exception as error:  # algo inesperado
            mostrar_error(self, error, "validación de importación")
            return False
        return True


class _PaginaValidacion(QWizardPage):
    def __init__(self, asistente: "AsistenteImportacion"):
        super().__init__()
        self._asistente = asistente
        self.setTitle(self.tr("Revisar antes de importar"))
        self.setCommitPage(True)
        self.aviso = _Aviso()
        self.paginas = QStackedWidget()

        # Con problemas: la lista completa y la opción de llevarla a Excel.
        problemas = QWidget()
        self.tabla_problemas = _tabla([self.tr("Fila"), self.tr("Columna"), self.tr("Valor"), self.tr("Problema")])
        self.boton_exportar = QPushButton(self.tr("Exportar errores a Excel…"))
        self.boton_exportar.clicked.connect(self._exportar)
        self.boton_otro_archivo = QPushButton(self.tr("Volver a elegir el archivo"))
        self.boton_otro_archivo.clicked.connect(asistente.restart)
        botones = QHBoxLayout()
        botones.addWidget(self.boton_exportar)
        botones.addWidget(self.boton_otro_archivo)
        botones.addStretch()
        self.aviso_exportacion = _Aviso()
        capa = QVBoxLayout(problemas)
        capa.setContentsMargins(0, 0, 0, 0)
        capa.addWidget(self.tabla_problemas, 1)
        capa.addLayout(botones)
        capa.addWidget(self.aviso_exportacion)
        self.paginas.addWidget(problemas)

        # Sin problemas: qué va a pasar.
        plan = QWidget()
        self.cifras = _Cifras()
        self.titulo_cambios = QLabel()
        self.titulo_cambios.setStyleSheet("font-weight: 600;")
        self.tabla_cambios = _tabla([self.tr("Fila"), self.tr("Miembro"), self.tr("Cambios")], varias_lineas=True)
        self.nota = QLabel()
        self.nota.setWordWrap(True)
        self.nota.setStyleSheet("color: #4a4f55;")
        capa = QVBoxLayout(plan)
        capa.setContentsMargins(0, 0, 0, 0)
        capa.addWidget(self.cifras)
        capa.addSpacing(6)
        capa.addWidget(self.titulo_cambios)
        capa.addWidget(self.tabla_cambios, 1)
        capa.addWidget(self.nota)
        self.paginas.addWidget(plan)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.aviso)
        disposicion.addWidget(self.paginas, 1)

    def initializePage(self) -> None:
        asistente = self._asistente
        self.aviso_exportacion.ocultar()
        if asistente.analisis is None:
            self._mostrar_problemas(asistente.problemas)
        else:
            self._mostrar_plan(asistente.analisis)
        self.completeChanged.emit()

    def _mostrar_problemas(self, problemas: list) -> None:
        cantidad = len(problemas)
        self.setSubTitle(self.tr("El archivo {0} no se puede importar tal como está.").format(self._asistente.ruta.name))
        texto = (self.tr("El archivo tiene 1 problema; no se importará nada. Corríjalo y vuelva a elegir el archivo.")
                 if cantidad == 1 else
                 self.tr("El archivo tiene {0} problemas; no se importará nada. Corríjalos y vuelva a elegir el archivo.")
                 .format(miles(cantidad)))
        # Un problema de una columna entera (el orden de sus fechas) es largo para una línea de la tabla: se lee aquí.
        generales = [str(p) for p in problemas if not isinstance(p, str) and p.fila is None and p.columna]
        if generales:
            texto += "\n\n" + "\n\n".join(generales)
        self.aviso.mostrar(texto, "error")
        self.boton_exportar.setEnabled(all(not isinstance(p, str) for p in problemas))
        tabla = self.tabla_problemas
        tabla.setRowCount(cantidad)
        centro = Qt.AlignmentFlag.AlignHCenter
        for fila, problema in enumerate(problemas):
            if isinstance(problema, str):  # un error sin detalle (no debería ocurrir): se muestra tal cual
                problema_texto, numero, columna, valor = problema, "", "", ""
            else:
                problema_texto = _oracion(problema.motivo)
                numero = "" if problema.fila is None else str(problema.fila)
                columna = problema.columna or ""
                if columna and problema.encabezado:
                    columna = f"{columna} ({tr(problema.encabezado)})"
                valor = _texto_celda(problema.valor)
            tabla.setItem(fila, 0, _celda(numero, centro))
            tabla.setItem(fila, 1, _celda(columna))
            tabla.setItem(fila, 2, _celda(valor))
            tabla.setItem(fila, 3, _celda(problema_texto))
        tabla.setColumnWidth(0, 60)
        tabla.setColumnWidth(1, 150)
        tabla.setColumnWidth(2, 150)
        tabla.setCurrentItem(None)
        self.paginas.setCurrentIndex(0)

    def _mostrar_plan(self, analisis) -> None:
        plan = analisis.plan
        self.setSubTitle(self.tr("El archivo {0} no tiene problemas. Esto es lo que se hará al pulsar «Importar»:")
                         .format(self._asistente.ruta.name))
        self.aviso.ocultar()
        self.cifras.poner(plan.nuevos, plan.actualizados, plan.sin_cambios)
        cambios = plan.cambios[:MAXIMO_CAMBIOS_LISTADOS]
        # La frase la arma el servicio con las mismas cifras de los recuadros: nunca se contradicen.
        self.titulo_cambios.setText(plan.frase(len(cambios)))
        self.tabla_cambios.setVisible(bool(cambios))
        self.tabla_cambios.setRowCount(len(cambios))
        arriba = Qt.AlignmentFlag.AlignTop
        for fila, cambio in enumerate(cambios):
            texto = "\n".join(cambio.descripcion)
            self.tabla_cambios.setItem(fila, 0, _celda(str(cambio.fila), Qt.AlignmentFlag.AlignHCenter, arriba))
            self.tabla_cambios.setItem(fila, 1, _celda(str(cambio.ficha.get("nombre") or ""), vertical=arriba))
            self.tabla_cambios.setItem(fila, 2, _celda(texto, vertical=arriba))
        self.tabla_cambios.setColumnWidth(0, 60)
        self.tabla_cambios.setColumnWidth(1, 220)
        nota = self.tr("Todo se guarda junto, en un solo paso: si algo falla o cancela, no se modifica nada.")
        if plan.avisos:  # lo que el archivo dice y la importación no hará (el estado de un miembro que ya está)
            nota = "\n".join(plan.avisos) + "\n" + nota
        if analisis.columnas_ignoradas:
            nota = self.tr("Columnas que no se importarán: {0}.").format(", ".join(analisis.columnas_ignoradas)) + "\n" + nota
        self.nota.setText(nota)
        self.paginas.setCurrentIndex(1)

    def _exportar(self) -> None:
        ruta_archivo = self._asistente.ruta
        sugerida = str(ruta_archivo.with_name(f"{ruta_archivo.stem} - problemas.xlsx"))
        ruta = elegir_archivo.para_guardar(self, self.tr("Exportar errores a Excel"), sugerida,
                                           self.tr("Libro de Excel (*.xlsx)"))
        if not ruta:
            return
        if not ruta.lower().endswith(".xlsx"):
            ruta += ".xlsx"
        try:
            guardada = exportar_problemas(self._asistente.problemas, ruta, archivo=self._asistente.ruta,
                                          asociacion=self._asistente.asociacion)
        except Exception as error:
            mostrar_error(self, error, "exportación de problemas de importación")
            return
        self.aviso_exportacion.mostrar(self.tr("Se guardaron los problemas en {0}.").format(guardada), "ok")

    def isComplete(self) -> bool:
        return self._asistente.analisis is not None and self._asistente.resultado is None

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        asistente = self._asistente
        self.aviso.ocultar()
        try:
            resultado = ejecutar_con_progreso(
                self, self.tr("Importando miembros"),
                lambda informar: aplicar(asistente.contexto, asistente.analisis,
                                         progreso=informar))
        except Cancelado:
            self.aviso.mostrar(self.tr("Importación cancelada: no se modificó nada."), "info")
            return False
        except Exception as error:
            mostrar_error(self, error, "importación de miembros")
            return False
        asistente.resultado = resultado
        return True


class _PaginaResultado(QWizardPage):
    def __init__(self, asistente: "AsistenteImportacion"):
        super().__init__()
        self._asistente = asistente
        self.setTitle(self.tr("Importación terminada"))
        self.cifras = _Cifras()
        self.resumen = _Aviso()
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.cifras)
        disposicion.addSpacing(8)
        disposicion.addWidget(self.resumen)
        disposicion.addStretch()

    def initializePage(self) -> None:
        asistente = self._asistente
        resultado = asistente.resultado
        self.setSubTitle(self.tr("El padrón de {0} ya incluye los datos de {1}.")
                         .format(asistente.asociacion["nombre"], asistente.ruta.name))
        self.cifras.poner(resultado.nuevos, resultado.actualizados, resultado.sin_cambios)
        texto = self.tr("Resultado: {0}.").format(resultado.resumen())
        if resultado.avisos:  # el estado distinto de un miembro que ya estaba: se dijo y no se aplicó
            texto += "\n" + "\n".join(resultado.avisos)
        self.resumen.mostrar(texto, "advertencia" if resultado.avisos else "ok")


class AsistenteImportacion(DeLaOficina, AsistenteBase):
    """Importar miembros a una asociación. Tras cerrarlo, `resultado` es el ResultadoImportacion o None."""

    def __init__(self, oficina: Oficina, padre: QWidget | None = None, ruta_inicial: str | None = None):
        super().__init__(padre)
        self.oficina = oficina
        self.resultado = None
        self.ruta: Path | None = None
        self.vista = None  # VistaPrevia del archivo elegido
        self.columnas: dict[str, int] | None = None  # la correspondencia confirmada por el usuario
        self.analisis = None
        self.problemas: list = []
        self.setWindowTitle(self.tr("Importar miembros — {0}").format(oficina.asociacion.get("sigla") or oficina.asociacion["nombre"]))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        for boton, texto in ((QWizard.WizardButton.NextButton, self.tr("Siguiente")),
                             (QWizard.WizardButton.BackButton, self.tr("Atrás")),
                             (QWizard.WizardButton.CommitButton, self.tr("Importar")),
                             (QWizard.WizardButton.FinishButton, self.tr("Cerrar")),
                             (QWizard.WizardButton.CancelButton, self.tr("Cancelar"))):
            self.setButtonText(boton, texto)
        self.pagina_archivo = _PaginaArchivo(self, ruta_inicial)
        self.pagina_columnas = _PaginaColumnas(self)
        self.pagina_validacion = _PaginaValidacion(self)
        self.pagina_resultado = _PaginaResultado(self)
        self.setPage(ID_ARCHIVO, self.pagina_archivo)
        self.setPage(ID_COLUMNAS, self.pagina_columnas)
        self.setPage(ID_VALIDACION, self.pagina_validacion)
        self.setPage(ID_RESULTADO, self.pagina_resultado)
        self.setStartId(ID_ARCHIVO)
        self.resize(920, 640)

    def descartar_analisis(self) -> None:
        """Borra ya el borrador del análisis anterior (si no, se borra cuando el análisis deja de usarse)."""
        if self.analisis is not None:
            self.analisis.cerrar()
        self.analisis = None

    def done(self, resultado: int) -> None:
        self.descartar_analisis()
        super().done(resultado)
