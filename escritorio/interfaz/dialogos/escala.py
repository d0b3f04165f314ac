"""Nueva escala de cuotas: vigencia, moneda, tipo de cargo, reglas y la tabla de tramos por población.

Lo valida el servicio (`definir_escala`): si algo no está bien, los problemas se listan en rojo
dentro del diálogo y no se guarda nada.
"""

from datetime import date

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialogButtonBox,
                               QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...dominio.cuotas import (REGLAS_BAJA, REGLAS_INGRESO, TIPOS_CARGO, Escala, Tramo, describir_tramos, fuera_de_orden,
                               leer_poblacion_de_tramo)
from ...errores import ErrorValidacion
from ...servicios.base import hoy
from ...servicios.cuotas import definir_escala, leer_tramos_de_tabla, listar_escalas, moneda_valida
from ...servicios.efectos import resoluciones_para
from ..operaciones import hacer_en_la_ventana
from ..comun import formato_de_fecha, marcar_invalido, miles
from ..piezas import ESTILO_ERROR, DialogoBase, nuevo_formulario, pantalla_libre
from ..piezas.dialogo import MARGEN
from .baja import editor_de_fecha
from .pago import MONEDAS_COMUNES, importe_editable
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina

ESTILO_NOTA = "color: #8a939c;"
_DERECHA = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_FONDO_INVALIDO = QColor("#fdecea")
DESDE, IMPORTE, TRAMO = range(3)


def editor_de_dia(mes_dia: str) -> QDateEdit:
    """Un día del año (dd/mm) sin año; se guarda como 'MM-DD'. Año bisiesto para admitir el 29/02."""
    mes, dia = (int(p) for p in mes_dia.split("-"))
    campo = QDateEdit(QDate(2000, mes, dia))
    campo.setDisplayFormat(formato_de_fecha(con_anio=False))
    campo.setDateRange(QDate(2000, 1, 1), QDate(2000, 12, 31))
    campo.setCalendarPopup(True)
    campo.setMinimumWidth(90)
    return campo


def _mes_dia(campo: QDateEdit) -> str:
    return campo.date().toString("MM-dd")


def _entero(texto: str) -> int:
    """'100.000' o '100 000' -> 100000 (la regla del dominio); ValueError si no es una población posible."""
    return leer_poblacion_de_tramo(texto)


class DialogoEscala(DeLaOficina, DialogoBase):
    """Tras cerrar, `escala_id` es el id de la escala guardada (None si no se guardó)."""

    def __init__(self, oficina: Oficina, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina = oficina
        self.escala_id: int | None = None
        self._existentes = listar_escalas(oficina.contexto)
        self.setWindowTitle(self.tr("Nueva escala de cuotas"))

        self.tipo = QComboBox()
        for codigo, etiqueta in TIPOS_CARGO.items():
            self.tipo.addItem(self.tr(etiqueta), codigo)
        anterior = self._ultima("cuota_anual")
        self.desde = editor_de_fecha(date(hoy().year + 1, 1, 1))
        self.hasta = editor_de_fecha(date(hoy().year + 1, 12, 31))
        self.sin_fin = QCheckBox(self.tr("sin fecha de fin"))
        self.sin_fin.setChecked(True)
        self.sin_fin.toggled.connect(lambda marcado: self.hasta.setEnabled(not marcado))
        self.hasta.setEnabled(False)
        fila_hasta = QHBoxLayout()
        fila_hasta.setContentsMargins(0, 0, 0, 0)
        fila_hasta.addWidget(self.hasta)
        fila_hasta.addWidget(self.sin_fin)
        fila_hasta.addStretch(1)
        self.moneda = QComboBox()
        self.moneda.setEditable(True)
        self.moneda.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.moneda.lineEdit().setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}")))
        moneda = anterior.moneda if anterior else "USD"
        self.moneda.addItem(moneda)
        self.moneda.addItems([m for m in MONEDAS_COMUNES if m != moneda])
        self.moneda.setMinimumContentsLength(4)
        self.regla_ingreso = QComboBox()
        for codigo, etiqueta in REGLAS_INGRESO.items():
            self.regla_ingreso.addItem(self.tr(etiqueta), codigo)
        self.regla_ingreso.setToolTip(self.tr("Qué paga un miembro admitido durante el año"))
        self.articulo_ingreso = QLineEdit(anterior.articulo_ingreso or "" if anterior else "")
        self.articulo_ingreso.setPlaceholderText(self.tr("artículo que lo dice, por ejemplo: Reglamento de cuotas, art. 3"))
        self.articulo_ingreso.setToolTip(self.tr("El cargo de quien ingresa durante el año lo cita"))
        self.regla_baja = QComboBox()
        for codigo, etiqueta in REGLAS_BAJA.items():
            self.regla_baja.addItem(self.tr(etiqueta), codigo)
        self.regla_baja.setToolTip(self.tr("Qué paga el año en que se va un miembro dado de baja durante el año"))
        self.articulo_baja = QLineEdit(anterior.articulo_baja or "" if anterior else "")
        self.articulo_baja.setPlaceholderText(self.tr("artículo que lo dice, por ejemplo: Reglamento de cuotas, art. 4"))
        self.articulo_baja.setToolTip(self.tr("El cargo prorrateado de quien se va lo cita"))
        self.dia_referencia = editor_de_dia(anterior.dia_referencia if anterior else "01-01")
        self.dia_referencia.setToolTip(self.tr("La población que rige ese día de cada año define el tramo"))
        self.dia_vencimiento = editor_de_dia(anterior.dia_vencimiento if anterior else "03-31")
        self.articulo = QLineEdit()
        self.articulo.setPlaceholderText(self.tr("por ejemplo: Reglamento de cuotas, art. 3"))
        self.aprobada_por = QLineEdit()
        self.aprobada_por.setPlaceholderText(self.tr("por ejemplo: Asamblea General, Resolución 7/2026"))
        if anterior is not None:
            self.regla_ingreso.setCurrentIndex(max(self.regla_ingreso.findData(anterior.regla_ingreso), 0))
            self.regla_baja.setCurrentIndex(max(self.regla_baja.findData(anterior.regla_baja), 0))

        vigencia = QGroupBox(self.tr("Vigencia"))
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Tipo de cargo:"), self.tipo)
        formulario.addRow(self.tr("Rige desde:"), self.desde)
        formulario.addRow(self.tr("Rige hasta:"), fila_hasta)
        formulario.addRow(self.tr("Moneda:"), self.moneda)
        vigencia.setLayout(formulario)
        reglas = QGroupBox(self.tr("Reglas"))
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Ingreso en el año:"), self.regla_ingreso)
        formulario.addRow(self.tr("Según:"), self.articulo_ingreso)
        formulario.addRow(self.tr("Baja en el año:"), self.regla_baja)
        formulario.addRow(self.tr("Según:"), self.articulo_baja)
        formulario.addRow(self.tr("Población al:"), self.dia_referencia)
        formulario.addRow(self.tr("Vencimiento:"), self.dia_vencimiento)
        reglas.setLayout(formulario)
        origen = QGroupBox(self.tr("Origen"))
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Artículo:"), self.articulo)
        formulario.addRow(self.tr("Aprobada por:"), self.aprobada_por)
        # La resolución que la aprobó (un punto de cuotas y presupuesto aprobado): la escala la cita y la resolución
        # la lista entre sus efectos (el servicio lo comprueba: servicios.efectos.exigir_resolucion_para).
        self.resolucion = QComboBox()
        self.resolucion.addItem(self.tr("(ninguna)"), None)
        for r in resoluciones_para(oficina.contexto, "escala"):
            self.resolucion.addItem(f"{r['cita']}: {r['titulo']}", r["id"])
        self.resolucion.setToolTip(self.tr("La resolución de la sesión que aprobó la escala"))
        formulario.addRow(self.tr("Resolución:"), self.resolucion)
        origen.setLayout(formulario)

        self.tabla = QTableWidget(0, 3)
        self.tabla.setHorizontalHeaderLabels([self.tr("Desde habitantes"), self.tr("Importe"), self.tr("Tramo")])
        self.tabla.verticalHeader().hide()
        self.tabla.verticalHeader().setDefaultSectionSize(26)
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        cabecera = self.tabla.horizontalHeader()
        cabecera.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        cabecera.setStretchLastSection(True)
        self.tabla.setColumnWidth(DESDE, 150)
        self.tabla.setColumnWidth(IMPORTE, 130)
        for columna in (DESDE, IMPORTE):
            self.tabla.horizontalHeaderItem(columna).setTextAlignment(_DERECHA)
        self.tabla.horizontalHeaderItem(TRAMO).setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.tabla.itemChanged.connect(lambda _: self._tramos_cambiados())
        self.boton_agregar = QPushButton(self.tr("Agregar tramo"))
        self.boton_agregar.clicked.connect(self.agregar_tramo)
        self.boton_quitar = QPushButton(self.tr("Quitar tramo"))
        self.boton_quitar.clicked.connect(self.quitar_tramo)
        ayuda = QLabel(self.tr("Cada tramo rige desde esa población (inclusive) hasta la del tramo siguiente. "
                               "El primero empieza en 0 y el último no tiene tope."))
        ayuda.setWordWrap(True)
        ayuda.setStyleSheet(ESTILO_NOTA)
        tramos = QGroupBox(self.tr("Tramos por población"))
        disposicion_tramos = QVBoxLayout(tramos)
        disposicion_tramos.addWidget(ayuda)
        # Los botones arriba de la tabla: a 1024×600 se ven sin desplazarse (debajo quedaban fuera de la vista).
        botones_tramos = QHBoxLayout()
        botones_tramos.addWidget(self.boton_agregar)
        botones_tramos.addWidget(self.boton_quitar)
        botones_tramos.addStretch(1)
        disposicion_tramos.addLayout(botones_tramos)
        disposicion_tramos.addWidget(self.tabla, 1)

        self.aviso = QLabel()
        self.aviso.setStyleSheet(ESTILO_ERROR)
        self.aviso.setWordWrap(True)
        self.aviso.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.aviso.hide()
        botones = QDialogButtonBox()
        self.boton_guardar = botones.addButton(self.tr("Guardar escala"), QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        botones.accepted.connect(self.guardar)
        botones.rejected.connect(self.reject)

        # Vigencia y Reglas lado a lado si la pantalla lo da; si no (1366×768 al 150 % en portugués), una debajo de la
        # otra: todo se desplaza a lo alto (DialogoBase) en lugar de cortarse a lo ancho.
        libre = pantalla_libre(self)
        juntas = libre is None or (vigencia.minimumSizeHint().width() + reglas.minimumSizeHint().width() + 80
                                   <= libre.width() - MARGEN[0])
        rejilla = QGridLayout()
        rejilla.addWidget(vigencia, 0, 0, 1, 1 if juntas else 2)
        rejilla.addWidget(reglas, 0 if juntas else 1, 1 if juntas else 0, 1, 1 if juntas else 2)
        # Los tramos (lo que decide la cuota) antes que el origen (de dónde sale la escala).
        rejilla.addWidget(tramos, 1 if juntas else 2, 0, 1, 2)
        rejilla.addWidget(origen, 2 if juntas else 3, 0, 1, 2)
        rejilla.setRowStretch(1 if juntas else 2, 1)
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(rejilla, 1)
        disposicion.addWidget(self.aviso)
        disposicion.addWidget(botones)

        self.tipo.currentIndexChanged.connect(lambda _: self._proponer_tramos())
        self.moneda.currentTextChanged.connect(lambda _: self._tramos_cambiados())
        for campo in (self.articulo, self.aprobada_por):
            campo.textEdited.connect(lambda _t: self.aviso.hide())
        self._proponer_tramos()
        self.resize(720, 640)


    def _ultima(self, tipo: str) -> Escala | None:
        del_tipo = [e for e in self._existentes if e.tipo_cargo == tipo]
        return max(del_tipo, key=lambda e: e.desde) if del_tipo else None

    def _proponer_tramos(self) -> None:
        """Una escala nueva suele reformar la anterior: se parte de sus tramos (o de un tramo desde 0)."""
        anterior = self._ultima(self.tipo.currentData())
        self.fijar_tramos([(miles(tramo.desde), importe_editable(tramo.importe, anterior.moneda))
                           for tramo in anterior.tramos] if anterior is not None else [("0", "")])

    def _fila(self, desde: str, importe: str) -> None:
        """Una fila nueva con sus tres celdas. Se arma sin señales: la tabla avisa un cambio por cada celda, y
        describir los tramos con la fila a medio armar (sin importe ni rótulo) fallaba («Agregar tramo»)."""
        antes = self.tabla.blockSignals(True)
        try:
            self._armar_fila(desde, importe)
        finally:
            self.tabla.blockSignals(antes)

    def _armar_fila(self, desde: str, importe: str) -> None:
        fila = self.tabla.rowCount()
        self.tabla.insertRow(fila)
        for columna, texto in ((DESDE, desde), (IMPORTE, importe), (TRAMO, "")):
            celda = QTableWidgetItem(texto)
            if columna == TRAMO:
                celda.setFlags(Qt.ItemFlag.ItemIsEnabled)
                celda.setForeground(QColor("#8a939c"))
            else:
                celda.setTextAlignment(_DERECHA)
            self.tabla.setItem(fila, columna, celda)

    def agregar_tramo(self) -> None:
        self._fila("", "")
        self._tramos_cambiados()
        fila = self.tabla.rowCount() - 1
        self.tabla.setCurrentCell(fila, DESDE)
        self.tabla.editItem(self.tabla.item(fila, DESDE))

    def quitar_tramo(self) -> None:
        fila = self.tabla.currentRow()
        if fila < 0:
            fila = self.tabla.rowCount() - 1
        if fila >= 0:
            self.tabla.removeRow(fila)
            self._tramos_cambiados()

    def fijar_tramos(self, tramos: list[tuple[str, str]]) -> None:
        """Reemplaza la tabla de tramos: [(desde habitantes, importe), …] como se escriben."""
        self.tabla.blockSignals(True)
        self.tabla.setRowCount(0)
        for desde, importe in tramos:
            self._fila(desde, importe)
        self.tabla.blockSignals(False)
        self._tramos_cambiados()

    def _tramos_cambiados(self) -> None:
        """Describe cada tramo («100.000 a 499.999 hab.») mientras se escribe; borra marcas viejas."""
        antes = self.tabla.blockSignals(True)
        try:   # pase lo que pase, la tabla vuelve a avisar sus cambios (si no, la columna Tramo deja de seguirlos)
            filas = []
            for fila in range(self.tabla.rowCount()):
                for columna in (DESDE, IMPORTE):
                    self.tabla.item(fila, columna).setBackground(QColor(0, 0, 0, 0))
                    self.tabla.item(fila, columna).setToolTip("")
                try:
                    filas.append((fila, _entero(self.tabla.item(fila, DESDE).text())))
                except ValueError:
                    filas.append((fila, None))
            for (fila, _), rotulo in zip(filas, describir_tramos([desde for _, desde in filas])):  # regla del dominio
                self.tabla.item(fila, TRAMO).setText(rotulo)
        finally:
            self.tabla.blockSignals(antes)
        self.aviso.hide()

    def _marcar_celda(self, fila: int, columna: int, motivo: str) -> None:
        self.tabla.blockSignals(True)
        self.tabla.item(fila, columna).setBackground(_FONDO_INVALIDO)
        self.tabla.item(fila, columna).setToolTip(motivo)
        self.tabla.blockSignals(False)

    def _leer_tramos(self, moneda: str) -> tuple[list[Tramo], list[str]]:
        """Los tramos de la tabla, leídos por el servicio (la misma regla que «--tramos»); marca las celdas mal."""
        filas = [(self.tabla.item(fila, DESDE).text(), self.tabla.item(fila, IMPORTE).text())
                 for fila in range(self.tabla.rowCount())]
        tramos, problemas = leer_tramos_de_tabla(filas, moneda)
        for fila, columna, motivo in problemas:
            self._marcar_celda(fila, DESDE if columna == "desde" else IMPORTE, motivo)
        return tramos, [motivo for _, _, motivo in problemas]

    def leer_escala(self) -> tuple[Escala | None, list[str]]:
        problemas = []
        try:
            moneda = moneda_valida(self.moneda.currentText(), no_se_hizo=self.tr("No se guardó la escala"))
        except ErrorValidacion as error:
            moneda = None
            problemas += error.problemas
        tramos, problemas_tramos = self._leer_tramos(moneda or "USD")
        problemas += problemas_tramos
        if problemas:
            return None, problemas
        return Escala(
            desde=self.desde.date().toPython(), hasta=None if self.sin_fin.isChecked() else self.hasta.date().toPython(),
            moneda=moneda, tramos=tramos, tipo_cargo=self.tipo.currentData(),
            articulo=self.articulo.text().strip() or None, aprobada_por=self.aprobada_por.text().strip() or None,
            dia_referencia=_mes_dia(self.dia_referencia), dia_vencimiento=_mes_dia(self.dia_vencimiento),
            regla_ingreso=self.regla_ingreso.currentData(),
            articulo_ingreso=self.articulo_ingreso.text().strip() or None, regla_baja=self.regla_baja.currentData(),
            articulo_baja=self.articulo_baja.text().strip() or None), []

    def _marcar_desorden(self) -> None:
        """Marca la población de cada tramo que no es mayor que la del anterior (dominio.cuotas.fuera_de_orden, la
        regla con la que el servicio rechaza la escala)."""
        desdes = []
        for fila in range(self.tabla.rowCount()):
            try:
                desdes.append(_entero(self.tabla.item(fila, DESDE).text()))
            except ValueError:
                desdes.append(None)
        for fila in fuera_de_orden(desdes):
            self._marcar_celda(fila, DESDE, self.tr("Debe ser mayor que la población del tramo anterior."))

    def _mostrar_problemas(self, problemas: list[str]) -> None:
        self._marcar_desorden()
        self.aviso.setText(self.tr("No se guardó la escala:") + "".join(f"\n• {p}" for p in problemas))
        self.aviso.show()
        # El problema de la moneda (el servicio dice de qué campo habla cada uno): marca el campo.
        marcar_invalido(self.moneda, next((p for p in problemas if getattr(p, "campo", None) == "moneda"), None))

    def guardar(self) -> bool:
        self._tramos_cambiados()
        escala, problemas = self.leer_escala()
        if escala is None:
            self._mostrar_problemas(problemas)
            return False
        # Un rechazo que no es de los datos: la resolución elegida ya no sirve (otra ventana le vinculó una escala).
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: definir_escala(
            self.contexto, escala, resolucion_id=self.resolucion.currentData()), que="guardar una escala",
            al_rechazar=lambda error: self._mostrar_problemas(getattr(error, "problemas", None) or [error.mensaje]))
        if hecho is None:
            return False
        self.escala_id = hecho.resultado
        self.accept()
        return True
