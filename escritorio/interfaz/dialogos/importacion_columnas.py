"""El segundo paso del asistente de importación: qué dato trae cada columna de la planilla, y el análisis
(que solo lee y decide) al pasar al paso siguiente."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWizardPage)

from ...dominio.importacion import COLUMNAS, ignoradas_con_datos, letra_columna
from ...errores import ErrorEscritorio, ErrorValidacion
from ...servicios.importacion import analizar
from ..comun import tr
from ..operaciones import FALLO, consultar_en_la_ventana
from .importacion_piezas import ENCABEZADO_DE, FILAS_DE_MUESTRA, AsistenteDeLosPasos, Aviso, celda, texto_celda


class PaginaColumnas(QWizardPage):
    def __init__(self, asistente: AsistenteDeLosPasos):
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
        self.aviso = Aviso()
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
                self.tabla.setItem(fila, columna, celda(texto_celda(valor)))
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
        """Tras cada elección: las marcas de los datos obligatorios, el color de cada columna y el aviso."""
        faltan, repetidos = self._problemas()
        self._marcar_obligatorios(self.mapeo())
        self._pintar_columnas(repetidos)
        self._avisar(faltan, repetidos)
        self.completeChanged.emit()

    def _marcar_obligatorios(self, mapeo: dict[str, int]) -> None:
        """«✔ Nombre: columna A  ✘ País: sin columna» sobre la tabla."""
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

    def _pintar_columnas(self, repetidos: dict[str, list[int]]) -> None:
        """En rojo el selector de una columna que repite un dato; en gris el texto de las columnas que se ignoran."""
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

    def _avisar(self, faltan: list[str], repetidos: dict[str, list[int]]) -> None:
        """Qué falta o qué se repite y cómo arreglarlo; si nada, que está listo (y qué columnas no se importarán)."""
        explicaciones = []
        if faltan:
            explicaciones.append(self.tr("Falta indicar qué columna trae: {0}. Elíjalo en la lista sobre la "
                                         "columna que corresponda.").format(", ".join(tr(ENCABEZADO_DE[c]) for c in faltan)))
        for campo, indices in repetidos.items():
            explicaciones.append(self.tr("«{0}» está elegido en las columnas {1}; cada dato puede venir de una sola "
                                         "columna. Cambie una de ellas a «{2}».").format(
                tr(ENCABEZADO_DE[campo]), ", ".join(letra_columna(i) for i in indices), self._ignorar()))
        if explicaciones:
            self.aviso.mostrar("\n".join(explicaciones), "advertencia")
        else:
            ignoradas = [letra_columna(i) for i, combo in enumerate(self.combos) if combo.currentData() is None]
            vista = self._asistente.vista
            con_datos = ignoradas_con_datos(vista.encabezados, vista.filas,
                                            {i for i, combo in enumerate(self.combos) if combo.currentData()})
            if con_datos:   # ignorarlas pierde lo que traen: se dice aparte, en ámbar, con qué parecen
                lineas = [self.tr("Todo listo para validar el archivo completo, pero atención:")]
                for columna in con_datos:
                    linea = self.tr("la columna {0} («{1}») trae datos y no se importará.").format(
                        letra_columna(columna.indice), columna.encabezado)
                    if columna.sugerido:
                        linea += " " + self.tr("Parecen correos: si lo son, elija «{0}» en su lista.").format(
                            tr(ENCABEZADO_DE[columna.sugerido]))
                    lineas.append("• " + linea)
                self.aviso.mostrar("\n".join(lineas), "advertencia")
                return
            texto = self.tr("Todo listo para validar el archivo completo.")
            if len(ignoradas) == 1:
                texto += " " + self.tr("La columna {0} no se importará.").format(ignoradas[0])
            elif ignoradas:
                texto += " " + self.tr("Las columnas {0} no se importarán.").format(", ".join(ignoradas))
            self.aviso.mostrar(texto, "ok")

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
        asistente.orden_fechas = orden
        contexto, ruta, decisiones = asistente.contexto, asistente.ruta, asistente.copia_de_lo_decidido()

        def rechazado(error: ErrorEscritorio) -> None:
            if isinstance(error, ErrorValidacion):  # los problemas del archivo: se listan en el paso siguiente
                asistente.problemas = list(error.problemas) or [error.mensaje]
            else:  # el archivo se daña más abajo de lo que mostró la vista previa
                self.aviso.mostrar(error.mensaje, "error")

        # Analizar solo lee y decide: una consulta larga, en otro hilo con progreso.
        analisis = consultar_en_la_ventana(
            self, lambda informar: analizar(contexto, ruta, progreso=informar, columnas=columnas, orden_fechas=orden,
                                               decisiones=decisiones),
            que="validación de importación", en_segundo_plano=True, titulo=self.tr("Validando el archivo"),
            al_rechazar=rechazado,
            al_cancelar=lambda: self.aviso.mostrar(self.tr("Validación cancelada: no se modificó nada."), "info"))
        if analisis is FALLO:
            return bool(asistente.problemas)  # con problemas se pasa a verlos; si no, se queda aquí
        asistente.analisis = analisis
        return True
