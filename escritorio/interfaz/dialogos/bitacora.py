"""Archivo > Bitácora de cambios: quién cambió qué y cuándo, dicho como lo diría una persona.

Cada fila es una frase («Pago 2026/15 de Rosario registrado: USD 1.000,00 por transferencia») en la hora local de
esta computadora; la frase la arma el servicio (`servicios.descripcion_bitacora`, la misma que usa
«escritorio bitacora listar»). El dato crudo (tabla, registro, hora UTC, valores antes y después) se ve a pedido,
con «Ver detalle» o doble clic en una fila.
"""

from html import escape

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QTextBrowser,
                               QVBoxLayout)

from ...servicios.oficina import Oficina
from ..piezas.de_la_oficina import DeLaOficina
from ...dominio import formato
from ...servicios import bitacora
from ...servicios.descripcion_bitacora import nombre_de_tabla
from ..comun import formato_de_fecha, tr
from ..piezas import DialogoBase, guardar_documento

LIMITE = 2000


class DialogoBitacora(DeLaOficina, DialogoBase):
    def __init__(self, oficina: Oficina, padre=None):
        super().__init__(padre, self.tr("Bitácora de cambios"))
        self.oficina = oficina
        self.registros: list[bitacora.Registro] = []
        self.entidad = QComboBox()
        self.entidad.addItem(self.tr("Todos los cambios"), None)
        for nombre, tabla in sorted((tr(nombre_de_tabla(t)), t) for t in bitacora.entidades(self.db)):
            self.entidad.addItem(nombre, tabla)
        self.entidad.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.entidad.setMinimumContentsLength(14)   # en una pantalla chica cede lugar a la búsqueda
        self.entidad.setToolTip(self.tr("Mostrar solo los cambios de un tipo de dato (pagos, miembros, actas…)"))
        self.desde = QDateEdit(QDate.currentDate().addMonths(-1))
        self.hasta = QDateEdit(QDate.currentDate())
        for campo in (self.desde, self.hasta):
            campo.setCalendarPopup(True)
            campo.setDisplayFormat(formato_de_fecha())
        self.texto = QLineEdit()
        self.texto.setPlaceholderText(self.tr("Buscar en los datos (nombre, importe…)"))
        self.texto.setClearButtonEnabled(True)
        self.texto.setMinimumWidth(self.texto.fontMetrics().horizontalAdvance("Buscar en los datos") + 40)
        buscar = QPushButton(self.tr("Buscar"))
        buscar.clicked.connect(self.cargar)
        self.texto.returnPressed.connect(self.cargar)
        for campo in (self.entidad,):
            campo.currentIndexChanged.connect(lambda _: self.cargar())
        # Escribir una fecha cambia el campo en cada tecla: se recarga cuando se deja de escribir.
        self.recarga = QTimer(self)
        self.recarga.setSingleShot(True)
        self.recarga.setInterval(350)
        self.recarga.timeout.connect(self.cargar)
        for campo in (self.desde, self.hasta):
            campo.dateChanged.connect(lambda _: self.recarga.start())
        filtros = QHBoxLayout()
        for etiqueta, campo in ((self.tr("Qué:"), self.entidad), (self.tr("Desde:"), self.desde),
                                (self.tr("Hasta:"), self.hasta)):
            filtros.addWidget(QLabel(etiqueta))
            filtros.addWidget(campo)
        filtros.addWidget(self.texto, 1)
        filtros.addWidget(buscar)

        self.tabla = QTableWidget(0, 3)
        self.tabla.setHorizontalHeaderLabels([self.tr("Cuándo (hora local)"), self.tr("Quién"), self.tr("Qué pasó")])
        self.tabla.verticalHeader().setVisible(False)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabla.setAlternatingRowColors(True)
        self.tabla.setWordWrap(False)
        self.tabla.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        cabecera = self.tabla.horizontalHeader()
        cabecera.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        cabecera.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        cabecera.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tabla.itemSelectionChanged.connect(self._mostrar_detalle)
        self.tabla.doubleClicked.connect(lambda _: self.boton_detalle.setChecked(True))

        # El dato crudo, a pedido: tabla, registro, hora UTC y los valores antes y después.
        self.detalle = QTextBrowser()
        self.detalle.setOpenLinks(False)
        self.detalle.setAccessibleName(self.tr("Detalle del cambio elegido"))
        self.detalle.hide()
        self.divisor = QSplitter(Qt.Orientation.Vertical)
        self.divisor.setChildrenCollapsible(False)
        self.divisor.addWidget(self.tabla)
        self.divisor.addWidget(self.detalle)
        self.divisor.setStretchFactor(0, 3)
        self.divisor.setStretchFactor(1, 2)

        self.resumen = QLabel()
        self.resumen.setWordWrap(True)
        self.boton_detalle = QPushButton(self.tr("Ocultar detalle"))
        self.boton_detalle.setMinimumWidth(self.boton_detalle.sizeHint().width())  # cabe el texto más largo
        self.boton_detalle.setText(self.tr("Ver detalle"))
        self.boton_detalle.setCheckable(True)
        self.boton_detalle.setToolTip(self.tr("Muestra el dato tal como quedó guardado: tabla, registro, hora UTC y "
                                              "los valores antes y después (también con doble clic en una fila)."))
        self.boton_detalle.toggled.connect(self._alternar_detalle)
        exportar = QPushButton(self.tr("Exportar a Excel…"))
        exportar.clicked.connect(self.exportar)
        cerrar = QPushButton(self.tr("Cerrar"))
        cerrar.clicked.connect(self.accept)
        pie = QHBoxLayout()
        pie.addWidget(self.resumen, 1)
        pie.addWidget(self.boton_detalle)
        pie.addWidget(exportar)
        pie.addWidget(cerrar)
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(filtros)
        disposicion.addWidget(self.divisor, 1)
        disposicion.addLayout(pie)
        self.caber_en_la_pantalla(1100, 640)
        self.cargar()

    def _filtros(self) -> dict:
        return {"entidad": self.entidad.currentData(), "desde": self.desde.date().toPython(),
                "hasta": self.hasta.date().toPython(), "texto": self.texto.text().strip() or None}

    def cargar(self) -> None:
        self.registros = bitacora.listar(self.db, limite=LIMITE, **self._filtros())
        self.tabla.setRowCount(len(self.registros))
        for fila, r in enumerate(self.registros):
            que = QTableWidgetItem(r.descripcion)
            que.setToolTip(r.descripcion)
            for columna, celda in enumerate((QTableWidgetItem(r.cuando() or self.tr("(sin sellar)")),
                                             QTableWidgetItem(r.quien()), que)):
                self.tabla.setItem(fila, columna, celda)
        desde, hasta = formato.fecha(self.desde.date().toPython()), formato.fecha(self.hasta.date().toPython())
        if not self.registros:
            texto = self.tr("Ningún cambio del {0} al {1} con estos filtros. Amplíe las fechas o elija «Todos los "
                            "cambios».").format(desde, hasta)
        elif len(self.registros) >= LIMITE:
            texto = self.tr("Se muestran los {0} cambios más recientes del {1} al {2}; acorte las fechas o exporte "
                            "a Excel para verlos todos.").format(formato.numero(LIMITE), desde, hasta)
        else:
            texto = self.tr("{0} cambios del {1} al {2}.").format(formato.numero(len(self.registros)),
                                                                 desde, hasta)
        self.resumen.setText(texto)
        if self.registros:
            self.tabla.selectRow(0)
        self._mostrar_detalle()

    def registro_elegido(self) -> bitacora.Registro | None:
        filas = self.tabla.selectionModel().selectedRows()
        return self.registros[filas[0].row()] if filas else None

    def _alternar_detalle(self, visible: bool) -> None:
        self.detalle.setVisible(visible)
        if visible:  # oculto al abrir, el divisor le dejó alto cero: se reparte 3 a 2
            total = sum(self.divisor.sizes()) or self.divisor.height()
            self.divisor.setSizes([total * 3 // 5, total - total * 3 // 5])
        self.boton_detalle.setText(self.tr("Ocultar detalle") if visible else self.tr("Ver detalle"))
        self._mostrar_detalle()

    def _mostrar_detalle(self) -> None:
        if not self.detalle.isVisibleTo(self):
            return
        r = self.registro_elegido()
        if r is None:
            self.detalle.setPlainText(self.tr("Elija un cambio en la lista para ver su detalle."))
            return
        accion = bitacora.nombre_de_accion(r.accion).lower()
        filas = [
            f"<b>{escape(r.descripcion)}</b>",
            escape(self.tr("Tabla: {0} ({1}) · registro #{2} · {3}").format(r.entidad, r.tabla, r.entidad_id, accion)),
            escape(self.tr("Momento: {0} (hora local) · {1} UTC").format(
                formato.fecha_y_hora(r.hora_local, segundos=True) if r.hora_local else self.tr("sin sellar"),
                r.momento or "—")),
            escape(self.tr("Usuario: {0}").format(r.quien())),
            escape(self.tr("Nº en la bitácora: {0}").format(r.id)),
            "<br>" + escape(self.tr("Valores (antes → después):") if r.accion == "cambio" else self.tr("Valores:")),
        ]
        filas += [f"&nbsp;&nbsp;{escape(linea)}" for linea in r.detalle] or [escape(self.tr("(sin valores)"))]
        self.detalle.setHtml("<br>".join(filas))

    def exportar(self) -> None:
        filtros = self._filtros()
        guardar_documento(self, self.tr("Exportar la bitácora"), "bitacora.xlsx",
                          lambda ruta: bitacora.exportar(self.db, ruta, **filtros))
