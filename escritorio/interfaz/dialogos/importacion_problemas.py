"""La lista de problemas del asistente de importación, donde se decide qué hacer con cada fila (issue 61 §5): corregir
el valor de la celda (doble clic, F2 o «Corregir el valor»), omitir la fila, y «Revisar lo decidido», que vuelve a
validar el archivo con lo decidido. El archivo no cambia.

Aquí no se valida nada: lo corregido lo valida el servicio (`analizar` con `DecisionesDeFilas`) con las mismas reglas
que el resto del archivo; una corrección que sigue mal vuelve con su motivo. Las filas ya decididas siguen en la lista
(con lo decidido) aunque ya no tengan problema, para poder cambiar de idea.
"""

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...dominio.decisiones_de_filas import DecisionesDeFilas
from ...errores import ErrorValidacion
from ...servicios.importacion import analizar
from ..comun import miles, tr
from ..operaciones import FALLO, consultar_en_la_ventana
from .importacion_piezas import oracion, texto_celda

# Hasta cuántos problemas se muestran enteros, en varias líneas (medir el alto de cada fila tiene su costo).
MUCHOS_PROBLEMAS = 300
COLUMNA_VALOR, COLUMNA_PROBLEMA, COLUMNA_DECISION = 2, 3, 4
_GRIS, _VERDE = QColor("#6b7075"), QColor("#1b6b34")


def decidible(problema) -> bool:
    """Un problema de una fila de datos (no de los encabezados ni de una columna entera): se decide en la lista."""
    return not isinstance(problema, str) and (problema.fila or 0) >= 2


class PanelDeProblemas(QWidget):
    """La tabla de problemas con sus decisiones. `revisado` se emite tras volver a validar (el asistente tiene entonces
    el análisis nuevo o los problemas que quedan)."""

    revisado = Signal()

    def __init__(self, asistente):
        super().__init__()
        self._asistente = asistente
        self._llenando = False
        self.entradas: list = []   # lo que muestra la tabla: los problemas y las filas ya decididas
        self._resueltas: set[tuple] = set()   # (fila, columna) decididas que la última revisión dio por buenas
        self._revisado = DecisionesDeFilas()   # lo decidido que vio la última revisión
        self.tabla = QTableWidget(0, 5)
        self.tabla.setHorizontalHeaderLabels([self.tr("Fila"), self.tr("Columna"), self.tr("Valor"),
                                              self.tr("Problema"), self.tr("Decisión")])
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.tabla.setAlternatingRowColors(True)
        self.tabla.verticalHeader().hide()
        encabezado = self.tabla.horizontalHeader()
        encabezado.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        encabezado.setSectionResizeMode(COLUMNA_PROBLEMA, QHeaderView.ResizeMode.Stretch)
        self.tabla.setStyleSheet("QTableWidget::item { padding: 3px 2px; }")
        self.tabla.itemChanged.connect(self._valor_cambiado)
        # La fila se elige entera; el teclado corrige siempre su valor (F2 o escribir), sin buscar la columna.
        self.tabla.currentCellChanged.connect(self._a_la_columna_del_valor)
        self.tabla.currentCellChanged.connect(lambda *_: self._actualizar_botones())

        self.boton_corregir = QPushButton(self.tr("&Corregir el valor"))
        self.boton_corregir.setToolTip(self.tr("Escriba el valor con que se importa esta celda (también con doble clic "
                                               "o F2). El archivo no cambia."))
        self.boton_corregir.clicked.connect(self.corregir_actual)
        self.boton_omitir = QPushButton(self.tr("&Omitir la fila"))
        self.boton_omitir.setToolTip(self.tr("No importar esta fila; las demás se importan. El archivo no cambia."))
        self.boton_omitir.clicked.connect(self.omitir_actual)
        self.boton_revisar = QPushButton(self.tr("&Revisar lo decidido"))
        self.boton_revisar.setToolTip(self.tr("Vuelve a validar el archivo con lo corregido y lo omitido; sin problemas, "
                                              "se habilita «Importar»."))
        self.boton_revisar.clicked.connect(self.revisar)
        self.resumen = QLabel()
        self.resumen.setWordWrap(True)
        self.resumen.setStyleSheet("color: #4a4f55;")
        decisiones = QHBoxLayout()
        decisiones.addWidget(self.boton_corregir)
        decisiones.addWidget(self.boton_omitir)
        decisiones.addWidget(self.boton_revisar)
        decisiones.addWidget(self.resumen, 1)
        capa = QVBoxLayout(self)
        capa.setContentsMargins(0, 0, 0, 0)
        capa.addWidget(self.tabla, 1)
        capa.addLayout(decisiones)

    # --- lo decidido ------------------------------------------------------------------------------------------

    @property
    def decisiones(self) -> DecisionesDeFilas:
        return self._asistente.decisiones

    def _entrada_actual(self):
        fila = self.tabla.currentRow()
        return self.entradas[fila] if 0 <= fila < len(self.entradas) else None

    def _a_la_columna_del_valor(self, fila: int, columna: int, *_):
        if fila >= 0 and columna != COLUMNA_VALOR:
            self.tabla.setCurrentCell(fila, COLUMNA_VALOR)

    def corregir_actual(self) -> None:
        item = self.tabla.item(self.tabla.currentRow(), COLUMNA_VALOR)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsEditable:
            self.tabla.setFocus()
            self.tabla.editItem(item)

    def omitir_actual(self) -> None:
        """Omite la fila elegida, o la vuelve a importar si ya estaba omitida (lo corregido en ella se olvida)."""
        entrada = self._entrada_actual()
        if entrada is None or not decidible(entrada):
            return
        fila = entrada.fila
        if fila in self.decisiones.omitir:
            self.decisiones.omitir.discard(fila)
        else:
            self.decisiones.omitir.add(fila)
            self.decisiones.corregir.pop(fila, None)
        self._pintar_fila_de_la_hoja(fila)

    def _valor_cambiado(self, item: QTableWidgetItem) -> None:
        if self._llenando or item.column() != COLUMNA_VALOR:
            return
        entrada = self.entradas[item.row()]
        self.decisiones.omitir.discard(entrada.fila)
        self.decisiones.corregir.setdefault(entrada.fila, {})[entrada.columna] = item.text()
        self._pintar_fila_de_la_hoja(entrada.fila)

    def copia(self) -> DecisionesDeFilas:
        return copy.deepcopy(self.decisiones)

    # --- mostrar ----------------------------------------------------------------------------------------------

    def olvidar(self) -> None:
        self.entradas, self._resueltas, self._revisado = [], set(), DecisionesDeFilas()

    def mostrar(self, problemas: list) -> None:
        """Los problemas del último análisis y, en su lugar, las filas ya decididas que ya no tienen problema."""
        # Por celda: en una fila con dos problemas, el corregido bien sigue a la vista junto al que queda.
        celdas_con_problema = {(p.fila, p.columna) for p in problemas if not isinstance(p, str)}
        decididas = self.decisiones.omitir | set(self.decisiones.corregir)
        conservadas = [p for p in self.entradas
                       if decidible(p) and p.fila in decididas and (p.fila, p.columna) not in celdas_con_problema]
        self.entradas = sorted(list(problemas) + conservadas,
                               key=lambda p: (0, "") if isinstance(p, str) else (p.fila or 0, p.columna or ""))
        self._resueltas = {(p.fila, p.columna) for p in conservadas}
        self._pintar()
        self.tabla.setCurrentItem(None)

    def _decision(self, entrada) -> tuple[str, QColor | None]:
        if not decidible(entrada):
            return "", None
        if entrada.fila in self.decisiones.omitir:
            return self.tr("Se omite"), _GRIS
        valor = self.decisiones.corregir.get(entrada.fila, {}).get(entrada.columna)
        if valor is not None:
            if valor != self._revisado.corregir.get(entrada.fila, {}).get(entrada.columna):
                return self.tr("Corregida (por revisar)"), None
            if (entrada.fila, entrada.columna) in self._resueltas:
                return self.tr("Corregida ✓"), _VERDE
            return self.tr("Sigue con problema"), QColor("#9b1c1c")
        return "", None

    def _pintar(self) -> None:
        """La tabla entera (al mostrar otra lista)."""
        self._llenando = True
        tabla, cantidad = self.tabla, len(self.entradas)
        tabla.setRowCount(cantidad)
        for fila in range(cantidad):
            self._pintar_entrada(fila)
        tabla.setColumnWidth(0, 46)
        tabla.setColumnWidth(1, 130)
        tabla.setColumnWidth(COLUMNA_VALOR, 140)
        tabla.setColumnWidth(COLUMNA_DECISION, 150)
        # Cada problema entero, en las líneas que necesite; con miles, una línea por fila y el texto en su ayuda.
        pocos = cantidad <= MUCHOS_PROBLEMAS
        tabla.setWordWrap(pocos)
        tabla.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents if pocos
                                                    else QHeaderView.ResizeMode.Fixed)
        self._llenando = False
        self._actualizar_botones()

    def _pintar_fila_de_la_hoja(self, numero: int) -> None:
        """Solo las líneas de una fila del archivo (lo decidido sobre ella cambió): con miles de problemas, decidir
        una fila no vuelve a armar la tabla."""
        self._llenando = True
        for fila, entrada in enumerate(self.entradas):
            if not isinstance(entrada, str) and entrada.fila == numero:
                self._pintar_entrada(fila)
        self._llenando = False
        self._actualizar_botones()

    def _pintar_entrada(self, fila: int) -> None:
        entrada = self.entradas[fila]
        if isinstance(entrada, str):  # un error sin detalle (no debería ocurrir): se muestra tal cual
            textos = ["", "", "", entrada]
        else:
            columna = entrada.columna or ""
            if columna and entrada.encabezado:
                columna = f"{columna} ({tr(entrada.encabezado)})"
            corregido = self.decisiones.corregir.get(entrada.fila, {}).get(entrada.columna)
            valor = corregido if corregido is not None else texto_celda(entrada.valor)
            textos = ["" if entrada.fila is None else str(entrada.fila), columna, valor, oracion(entrada.motivo)]
        decision, color = self._decision(entrada)
        omitida = decidible(entrada) and entrada.fila in self.decisiones.omitir
        for columna, texto in enumerate([*textos, decision]):
            item = QTableWidgetItem(texto)
            item.setToolTip(texto)
            item.setTextAlignment((Qt.AlignmentFlag.AlignHCenter if columna == 0 else Qt.AlignmentFlag.AlignLeft)
                                  | Qt.AlignmentFlag.AlignVCenter)
            banderas = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if columna == COLUMNA_VALOR and decidible(entrada) and entrada.columna and not omitida:
                banderas |= Qt.ItemFlag.ItemIsEditable
                item.setToolTip(self.tr("Doble clic o F2 para corregir el valor con que se importa"))
            item.setFlags(banderas)
            if omitida:
                fuente = QFont(item.font())
                fuente.setStrikeOut(columna == COLUMNA_VALOR)
                fuente.setItalic(True)
                item.setFont(fuente)
                item.setForeground(_GRIS)
            elif columna == COLUMNA_DECISION and color is not None:
                item.setForeground(color)
            self.tabla.setItem(fila, columna, item)

    def _actualizar_botones(self) -> None:
        entrada = self._entrada_actual()
        self.boton_corregir.setEnabled(entrada is not None and decidible(entrada) and bool(entrada.columna)
                                       and entrada.fila not in self.decisiones.omitir)
        self.boton_omitir.setEnabled(entrada is not None and decidible(entrada))
        self.boton_omitir.setText(self.tr("Importar &la fila") if entrada is not None and decidible(entrada)
                                  and entrada.fila in self.decisiones.omitir else self.tr("&Omitir la fila"))
        filas = {p.fila for p in self.entradas if decidible(p)}
        sin_decidir = filas - self.decisiones.omitir - set(self.decisiones.corregir)
        generales = [p for p in self.entradas if not decidible(p)]
        self.boton_revisar.setEnabled(bool(self.decisiones) and not generales)
        corregidas = len(filas & set(self.decisiones.corregir))
        omitidas = len(filas & self.decisiones.omitir)
        self.resumen.setText(self.tr("Filas con problemas: {0}; corregidas: {1}; omitidas: {2}; sin decidir: {3}.")
                             .format(miles(len(filas)), miles(corregidas), miles(omitidas), miles(len(sin_decidir))))

    # --- volver a validar -------------------------------------------------------------------------------------

    def revisar(self) -> None:
        """Valida otra vez el archivo con lo decidido (en otro hilo, con progreso). Sin problemas, el asistente
        queda con el análisis que «Importar» escribe; con problemas, la lista los muestra."""
        if not self.boton_revisar.isEnabled():
            return
        asistente = self._asistente
        asistente.descartar_analisis()
        contexto, ruta, columnas = asistente.contexto, asistente.ruta, asistente.columnas
        orden, decisiones = asistente.orden_fechas, self.copia()
        quedan: list = []

        def rechazado(error) -> None:
            if isinstance(error, ErrorValidacion):
                quedan.extend(error.problemas or [error.mensaje])
            else:  # lo decidido no se puede aplicar, o el archivo cambió o ya no se lee
                quedan.append(error.mensaje)

        analisis = consultar_en_la_ventana(
            self, lambda informar: analizar(contexto, ruta, progreso=informar, columnas=columnas, orden_fechas=orden,
                                            decisiones=decisiones),
            que="validación de importación", en_segundo_plano=True, titulo=self.tr("Revisando lo decidido"),
            al_rechazar=rechazado)
        self._revisado = decisiones
        if analisis is FALLO:
            if not quedan:   # se canceló: queda todo como estaba
                self.revisado.emit()
                return
            asistente.problemas = quedan
        else:
            asistente.analisis = analisis
            asistente.problemas = []
        self.revisado.emit()
