"""Registrar un pago: miembro, fecha, monto, moneda (con tipo de cambio si hace falta), medio,
referencia y a qué cargos se imputa. Registrado, el mismo diálogo lo confirma y ofrece el recibo.

Lo que se ve mientras se escribe («equivale a …», a qué cargos va) lo calcula `servicios.pagos.prever_pago`,
la misma función con la que `registrar_pago` decide qué se guarda: el diálogo no lee importes por su cuenta.
"""

from PySide6.QtCore import QDate, QRegularExpression, QSettings, Qt
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QRadioButton, QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...dominio.cuotas import MEDIOS_PAGO, TIPOS_CARGO
from ...dominio.dinero import a_unidades_menores
from ...dominio.texto import normalizar
from ...dominio import formato
from ...errores import ErrorEscritorio, ErrorValidacion
from ...servicios import pagos as servicio_pagos
from ...servicios.base import hoy
from ...servicios.cuotas import listar_escalas
from ...servicios.miembros import listar_miembros
from ..comun import fecha_dma, marcar_invalido, sin_cortes, tr, formatear
from ..piezas import DERECHA as _DERECHA
from ..piezas import ESTILO_ERROR, ESTILO_NOTA, DialogoBase, SelectorMiembro
from . import recibo_pago
from .baja import editor_de_fecha
from ..orden_alfabetico import clave_en_la_ventana
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina

MONEDAS_COMUNES = ("USD", "EUR", "ARS", "BRL", "UYU", "PYG", "CLP", "BOB", "PEN", "COP", "VES", "MXN")


def importe_editable(importe: int, moneda: str) -> str:
    """123450, USD -> '1.234,50': como se escribe en un campo (sin el código de la moneda)."""
    return formato.importe(importe, moneda)


_FONDO_EDITABLE = QColor("#fff8e1")
_FONDO_INVALIDO = QColor("#fdecea")
_COLOR_PREVISTO = QColor("#3b78b4")
ESTILO_HECHO = "color: #1b5e20; font-weight: bold;"


# Columnas de la tabla de cargos pendientes.
CONCEPTO, VENCE, IMPORTE, PAGADO, SALDO, IMPUTAR = range(6)


class DialogoPago(DeLaOficina, DialogoBase):
    """Tras cerrar, `registrado` es el PagoRegistrado (o None si no se registró nada)."""

    def __init__(self, oficina: Oficina, miembro_id: int | None = None, padre: QWidget | None = None,
                 ajustes: QSettings | None = None):
        super().__init__(padre, self.tr("Registrar pago"))
        self.oficina, self.ajustes = oficina, ajustes
        self.registrado = None
        self._pendientes: list[dict] = []
        self._moneda_cargos = self._moneda_por_defecto()
        self._llenando = False

        self._miembros = sorted(listar_miembros(oficina.contexto),
                                key=lambda m: clave_en_la_ventana(m["nombre"]))
        self.miembro = SelectorMiembro(self._miembros)
        self.miembro.setMinimumContentsLength(34)
        self.miembro.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.miembro.currentIndexChanged.connect(lambda _: self._miembro_elegido())

        self.fecha = editor_de_fecha(hoy())
        self.fecha.setMaximumDate(QDate(hoy()))
        self.monto = QLineEdit()
        self.monto.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.monto.setPlaceholderText("0,00")
        self.monto.setMaximumWidth(140)
        self.moneda = QComboBox()
        self.moneda.setEditable(True)
        self.moneda.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.moneda.lineEdit().setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}")))
        self.moneda.setMinimumContentsLength(4)
        self.boton_todo = QPushButton(self.tr("Todo lo pendiente"))
        self.boton_todo.setToolTip(self.tr("Completa el monto con el saldo pendiente del miembro"))
        self.boton_todo.clicked.connect(self._pagar_todo)
        fila_monto = QHBoxLayout()
        fila_monto.setContentsMargins(0, 0, 0, 0)
        fila_monto.addWidget(self.monto)
        fila_monto.addWidget(self.moneda)
        fila_monto.addWidget(self.boton_todo)
        fila_monto.addStretch(1)

        self.tipo_cambio = QLineEdit()
        self.tipo_cambio.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.tipo_cambio.setMaximumWidth(140)
        self.unidad_cambio = QLabel()
        self.equivalente = QLabel()
        self.equivalente.setStyleSheet(ESTILO_NOTA)
        self.fila_cambio = QWidget()
        fila = QHBoxLayout(self.fila_cambio)
        fila.setContentsMargins(0, 0, 0, 0)
        fila.addWidget(self.tipo_cambio)
        fila.addWidget(self.unidad_cambio)
        fila.addSpacing(12)
        fila.addWidget(self.equivalente)
        fila.addStretch(1)

        # Con deudas en más de una moneda (la escala cambió de moneda), a qué cargos va el pago.
        self.moneda_de_cargos = QComboBox()
        self.moneda_de_cargos.setToolTip(self.tr("El miembro debe cargos en más de una moneda: elija a cuáles se imputa "
                                                 "este pago"))
        self.moneda_de_cargos.currentIndexChanged.connect(lambda _: self._moneda_de_cargos_elegida())

        self.medio = QComboBox()
        for codigo, etiqueta in MEDIOS_PAGO.items():
            self.medio.addItem(tr(etiqueta), codigo)
        self.referencia = QLineEdit()
        self.referencia.setPlaceholderText(self.tr("número de transferencia, depósito o cheque"))

        self.formulario = QFormLayout()
        self.formulario.setLabelAlignment(_DERECHA)
        self.formulario.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.formulario.addRow(self.tr("Miembro:"), self.miembro)
        self.formulario.addRow(self.tr("Fecha:"), self.fecha)
        self.formulario.addRow(self.tr("Cargos en:"), self.moneda_de_cargos)
        self.formulario.setRowVisible(self.moneda_de_cargos, False)
        self.formulario.addRow(self.tr("Monto:"), fila_monto)
        self.formulario.addRow(self.tr("Tipo de cambio:"), self.fila_cambio)
        self.formulario.addRow(self.tr("Medio:"), self.medio)
        self.formulario.addRow(self.tr("Referencia:"), self.referencia)

        self.automatica = QRadioButton(self.tr("Imputar automáticamente (del más viejo al más nuevo)"))
        self.a_mano = QRadioButton(self.tr("Imputar a mano: un importe por cargo"))
        self.automatica.setChecked(True)
        grupo_modo = QButtonGroup(self)
        grupo_modo.addButton(self.automatica)
        grupo_modo.addButton(self.a_mano)
        self.a_mano.toggled.connect(lambda _: self._modo_cambiado())
        self.tabla = QTableWidget(0, 6)
        self.tabla.setHorizontalHeaderLabels([self.tr("Concepto"), self.tr("Vence"), self.tr("Importe"),
                                              self.tr("Pagado"), self.tr("Saldo"), self.tr("Imputar")])
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.tabla.verticalHeader().hide()
        self.tabla.verticalHeader().setDefaultSectionSize(24)
        self.tabla.setAlternatingRowColors(True)
        cabecera = self.tabla.horizontalHeader()
        cabecera.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        cabecera.setSectionResizeMode(CONCEPTO, QHeaderView.ResizeMode.Stretch)
        cabecera.setMinimumSectionSize(90)
        for columna in range(self.tabla.columnCount()):
            self.tabla.horizontalHeaderItem(columna).setTextAlignment(
                _DERECHA if columna >= IMPORTE else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.tabla.setMinimumHeight(96)   # 1366×768 al 150 % son 512 px lógicos de alto
        self.tabla.itemChanged.connect(lambda _: self._recalcular())
        self.imputacion = QLabel()
        self.imputacion.setWordWrap(True)
        self.grupo_cargos = QGroupBox(self.tr("Cargos pendientes"))
        disposicion_cargos = QVBoxLayout(self.grupo_cargos)
        disposicion_cargos.addWidget(self.automatica)
        disposicion_cargos.addWidget(self.a_mano)
        disposicion_cargos.addWidget(self.tabla, 1)
        disposicion_cargos.addWidget(self.imputacion)

        self.aviso = QLabel()
        self.aviso.setStyleSheet(ESTILO_ERROR)
        self.aviso.setWordWrap(True)
        self.aviso.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.aviso.hide()
        self.botones = botones = QDialogButtonBox()
        self.boton_registrar = botones.addButton(self.tr("Registrar pago"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.boton_registrar.setDefault(True)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        botones.accepted.connect(self.registrar)
        botones.rejected.connect(self.reject)

        # Registrado el pago, el mismo diálogo lo confirma y ofrece el recibo (sin preguntas encadenadas).
        self.hecho = QLabel()
        self.hecho.setWordWrap(True)
        self.hecho.setStyleSheet(ESTILO_HECHO)
        self.hecho.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.estado_recibo = QLabel()
        self.estado_recibo.setWordWrap(True)
        self.estado_recibo.setStyleSheet(ESTILO_NOTA)
        self.estado_recibo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.boton_abrir_recibo = QPushButton(self.tr("Ver e imprimir el recibo…"))
        self.boton_abrir_recibo.setToolTip(self.tr("Muestra el recibo en PDF dentro del programa; desde ahí se "
                                                   "imprime o se guarda"))
        self.boton_abrir_recibo.clicked.connect(self.abrir_recibo)
        self.boton_guardar_recibo = QPushButton(self.tr("Guardar recibo…"))
        self.boton_guardar_recibo.setToolTip(self.tr("Guarda el recibo en PDF donde usted elija (para enviarlo)"))
        self.boton_guardar_recibo.clicked.connect(self.guardar_recibo)
        self.boton_cerrar = QPushButton(self.tr("Cerrar"))
        self.boton_cerrar.clicked.connect(self.accept)
        self.panel_hecho = QWidget()
        panel = QVBoxLayout(self.panel_hecho)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.hecho)
        panel.addWidget(self.estado_recibo)
        fila_recibo = QHBoxLayout()
        fila_recibo.addWidget(self.boton_abrir_recibo)
        fila_recibo.addWidget(self.boton_guardar_recibo)
        fila_recibo.addStretch(1)
        fila_recibo.addWidget(self.boton_cerrar)
        panel.addLayout(fila_recibo)
        self.panel_hecho.hide()

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(self.formulario)
        disposicion.addWidget(self.grupo_cargos, 1)
        disposicion.addWidget(self.aviso)
        disposicion.addWidget(botones)
        disposicion.addWidget(self.panel_hecho)

        for campo in (self.monto, self.tipo_cambio):
            campo.textEdited.connect(lambda _t, c=campo: self._editado(c))
        self.monto.editingFinished.connect(self._formatear_monto)
        self.moneda.currentTextChanged.connect(lambda _t: self._moneda_cambiada())
        self._llenar_monedas()
        if miembro_id is not None:
            self.elegir_miembro(miembro_id)
            self.miembro.setEnabled(False)
        else:
            self.miembro.setCurrentIndex(-1)
            self._miembro_elegido()
        # Cabe en 1024×600 y en 1366×768 al 150 % (910×512 lógicos): la tabla de cargos cede alto.
        self.caber_en_la_pantalla(760, 580, margen=(40, 40))

    # --- miembro y moneda ---------------------------------------------------------------------------
    def _moneda_por_defecto(self) -> str:
        escalas = listar_escalas(self.contexto)
        return max(escalas, key=lambda e: e.desde).moneda if escalas else "USD"

    def elegir_miembro(self, miembro_id: int) -> None:
        self.miembro.elegir(miembro_id)

    def miembro_elegido(self) -> int | None:
        """El miembro de la lista que coincide con lo escrito (None si no hay uno solo)."""
        elegido = self.miembro.miembro_id()
        if elegido is not None:
            return elegido
        buscado = normalizar(self.miembro.currentText())
        coincidencias = [m["id"] for m in self._miembros if buscado and normalizar(m["nombre"]) == buscado]
        return coincidencias[0] if len(coincidencias) == 1 else None

    def _llenar_monedas(self) -> None:
        actual = self.moneda.currentText().upper() or self._moneda_cargos
        self.moneda.blockSignals(True)
        self.moneda.clear()
        self.moneda.addItem(self._moneda_cargos)
        for codigo in MONEDAS_COMUNES:
            if codigo != self._moneda_cargos:
                self.moneda.addItem(codigo)
        self.moneda.setCurrentText(actual)
        self.moneda.blockSignals(False)
        self._moneda_cambiada()

    def _miembro_elegido(self) -> None:
        miembro_id = self.miembro_elegido()
        marcar_invalido(self.miembro, None)
        monedas: list[str] = []
        if miembro_id is None:
            self._pendientes = []
        else:
            def leer():
                moneda = (servicio_pagos.moneda_de_cargos(self.contexto, miembro_id, self.fecha.date().toPython())
                          or self._moneda_por_defecto())
                return (moneda, servicio_pagos.monedas_con_deuda(self.contexto, miembro_id),
                        servicio_pagos.cargos_pendientes(self.contexto, miembro_id, moneda))

            leido = consultar_en_la_ventana(self, leer, que="cargos pendientes de un miembro")
            if leido is FALLO:
                self._pendientes = []
            else:
                self._moneda_cargos, monedas, self._pendientes = leido
        self._llenar_monedas_de_cargos(monedas)
        self._llenar_cargos()
        self._llenar_monedas()

    def _llenar_monedas_de_cargos(self, con_deuda: list[str]) -> None:
        """El selector «Cargos en» aparece solo si hay deuda en una moneda distinta de la de los últimos cargos."""
        monedas = [self._moneda_cargos] + [m for m in reversed(con_deuda) if m != self._moneda_cargos]
        self.moneda_de_cargos.blockSignals(True)
        self.moneda_de_cargos.clear()
        for moneda in monedas:
            self.moneda_de_cargos.addItem(moneda, moneda)
        self.moneda_de_cargos.blockSignals(False)
        self.formulario.setRowVisible(self.moneda_de_cargos, len(monedas) > 1)

    def elegir_moneda_de_cargos(self, moneda: str) -> None:
        indice = self.moneda_de_cargos.findData(moneda)
        if indice >= 0:
            self.moneda_de_cargos.setCurrentIndex(indice)

    def _moneda_de_cargos_elegida(self) -> None:
        miembro_id, moneda = self.miembro_elegido(), self.moneda_de_cargos.currentData()
        if miembro_id is None or not moneda or moneda == self._moneda_cargos:
            return
        self._moneda_cargos = moneda
        pendientes = consultar_en_la_ventana(self, lambda: servicio_pagos.cargos_pendientes(
            self.contexto, miembro_id, moneda), que="cargos pendientes de un miembro")
        self._pendientes = [] if pendientes is FALLO else pendientes
        self._llenar_cargos()
        self.moneda.setCurrentText(moneda)  # se propone pagar en la moneda de esos cargos (sin tipo de cambio)
        self._llenar_monedas()

    def _moneda(self) -> str:
        return self.moneda.currentText().strip().upper()

    def _moneda_cambiada(self) -> None:
        distinta = bool(self._moneda()) and self._moneda() != self._moneda_cargos
        self.formulario.setRowVisible(self.fila_cambio, distinta)
        self.unidad_cambio.setText(self.tr("{0} por 1 {1}").format(self._moneda(), self._moneda_cargos))
        self.tipo_cambio.setPlaceholderText(self.tr("por ejemplo 1400") if distinta else "")
        self._recalcular()

    def _formatear_monto(self) -> None:
        """'1500' -> '1.500,00' al salir del campo (si se entiende; si no, queda como está)."""
        try:
            importe = a_unidades_menores(self.monto.text(), self._moneda() or self._moneda_cargos)
        except (ValueError, KeyError):
            return
        self.monto.setText(importe_editable(importe, self._moneda() or self._moneda_cargos))

    def _pagar_todo(self) -> None:
        total = sum(c["saldo"] for c in self._pendientes)
        if total > 0:
            self.moneda.setCurrentText(self._moneda_cargos)
            self.monto.setText(importe_editable(total, self._moneda_cargos))
            self._editado(self.monto)

    # --- cargos pendientes e imputación -------------------------------------------------------------
    def _llenar_cargos(self) -> None:
        self._llenando = True
        moneda = self._moneda_cargos
        self.tabla.setRowCount(len(self._pendientes))
        vencidos = hoy().isoformat()
        for fila, cargo in enumerate(self._pendientes):
            concepto = f"{tr(TIPOS_CARGO.get(cargo['tipo_cargo'], cargo['tipo_cargo']))} {cargo['anio']}"
            valores = [concepto, fecha_dma(cargo["vencimiento"]), formatear(cargo["importe"], moneda),
                       formatear(cargo["pagado"], moneda), formatear(cargo["saldo"], moneda), ""]
            for columna, texto in enumerate(valores):
                celda = QTableWidgetItem(texto)
                celda.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if columna >= IMPORTE:
                    celda.setTextAlignment(_DERECHA)
                if columna == VENCE and cargo["vencimiento"] < vencidos:
                    celda.setForeground(Qt.GlobalColor.darkRed)
                    celda.setToolTip(self.tr("Vencido"))
                if columna == CONCEPTO:
                    celda.setData(Qt.ItemDataRole.UserRole, cargo["id"])
                self.tabla.setItem(fila, columna, celda)
        total = sum(c["saldo"] for c in self._pendientes)
        if self.miembro_elegido() is None:
            self.grupo_cargos.setTitle(self.tr("Cargos pendientes"))
        elif self._pendientes:
            self.grupo_cargos.setTitle(self.tr("Cargos pendientes: {0} por {1}").format(
                len(self._pendientes), formatear(total, moneda)))
        else:
            self.grupo_cargos.setTitle(self.tr("Cargos pendientes: ninguno"))
        self.boton_todo.setEnabled(total > 0)
        self._llenando = False
        self._modo_cambiado()

    def _modo_cambiado(self) -> None:
        self._llenando = True
        manual = self.a_mano.isChecked()
        for fila in range(self.tabla.rowCount()):
            celda = self.tabla.item(fila, IMPUTAR)
            if manual:
                celda.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsSelectable)
                celda.setText("")
                celda.setBackground(_FONDO_EDITABLE)
                celda.setForeground(self.palette().text())
                celda.setToolTip(self.tr("Escriba cuánto de este pago va a este cargo"))
            else:
                celda.setFlags(Qt.ItemFlag.ItemIsEnabled)
                celda.setBackground(QColor(0, 0, 0, 0))
                celda.setForeground(_COLOR_PREVISTO)
                celda.setToolTip(self.tr("Imputación prevista"))
        self._llenando = False
        self._recalcular()

    def nuevo_pago(self) -> servicio_pagos.NuevoPago:
        """Lo escrito en el diálogo, tal cual (el servicio lo lee y lo revisa: la misma regla que la CLI)."""
        distinta = self._moneda() != self._moneda_cargos
        imputaciones = self._imputaciones_a_mano() if self.a_mano.isChecked() and self._pendientes else None
        return servicio_pagos.NuevoPago(
            miembro_id=self.miembro_elegido(), fecha=self.fecha.date().toPython(), monto=self.monto.text(),
            moneda=self._moneda(), medio=self.medio.currentData(), referencia=self.referencia.text(),
            tipo_cambio=self.tipo_cambio.text() if distinta else None, moneda_cargos=self._moneda_cargos,
            imputaciones=imputaciones)

    def prevision(self) -> servicio_pagos.PrevisionPago | None:
        """Lo que el servicio registraría hoy con lo escrito (`servicios.pagos.prever_pago`, la función que usa
        también `registrar_pago`): la vista previa es exactamente lo que se guarda."""
        # Un rechazo (p. ej. el miembro se borró en otra ventana) no se dice aquí: lo dirá el servicio al registrar.
        prevision = consultar_en_la_ventana(self, lambda: servicio_pagos.prever_pago(
            self.contexto, self.nuevo_pago(), pendientes=self._pendientes if self.miembro_elegido() else None),
            que="vista previa de un pago", al_rechazar=lambda _error: None)
        return None if prevision is FALLO else prevision

    def _imputaciones_a_mano(self) -> dict[int, str]:
        return {self.tabla.item(fila, CONCEPTO).data(Qt.ItemDataRole.UserRole): self.tabla.item(fila, IMPUTAR).text()
                for fila in range(self.tabla.rowCount())}

    def _recalcular(self) -> None:
        if self._llenando:
            return
        moneda = self._moneda_cargos
        prevision = self.prevision()
        disponible = prevision.imputable if prevision else None
        distinta = self._moneda() != moneda
        self.equivalente.setText(self.tr("equivale a {0}").format(formatear(disponible, moneda))
                                 if distinta and disponible is not None else "")
        if self.miembro_elegido() is None:
            self._nota(self.tr("Elija el miembro para ver sus cargos pendientes."))
            return
        if not self._pendientes:
            self._nota(self.tr(
                "El miembro no tiene cargos pendientes: todo el pago queda a su favor y cubrirá sus próximas cuotas."))
            return
        por_cargo = dict(prevision.imputaciones) if prevision else {}
        malos = prevision.cargos_con_problema if prevision else set()
        automatica = self.automatica.isChecked()
        self._llenando = True
        for fila, cargo in enumerate(self._pendientes):
            celda = self.tabla.item(fila, IMPUTAR)
            if automatica:
                monto = por_cargo.get(cargo["id"])
                celda.setText(formatear(monto, moneda) if monto else "")
                celda.setTextAlignment(_DERECHA)
            else:
                celda.setBackground(_FONDO_INVALIDO if cargo["id"] in malos else _FONDO_EDITABLE)
        self._llenando = False
        if disponible is None:
            self._nota(self.tr("Escriba el monto para ver cómo se imputa."))
            return
        problemas = [] if automatica else prevision.problemas_de_imputacion
        if problemas and not prevision.falta_imputacion:   # solo falta escribir: no es un error
            self.imputacion.setText(sin_cortes(self.tr("Revise la imputación: {0}").format(" ".join(problemas))))
            self.imputacion.setStyleSheet(ESTILO_ERROR)
            return
        imputado, a_favor = prevision.imputado, prevision.a_favor
        if automatica:
            texto = (self.tr("Se imputa {0} a 1 cargo, del más viejo al más nuevo.") if len(por_cargo) == 1 else
                     self.tr("Se imputan {0} a {1} cargos, del más viejo al más nuevo.")).format(
                formatear(imputado, moneda), len(por_cargo))
        else:
            texto = self.tr("Imputado a mano: {0}.").format(formatear(imputado, moneda))
        if a_favor:
            texto += " " + self.tr("Quedan {0} a favor del miembro.").format(formatear(a_favor, moneda))
        self.imputacion.setText(sin_cortes(texto))
        self.imputacion.setStyleSheet("")

    def _nota(self, texto: str) -> None:
        self.imputacion.setText(texto)
        self.imputacion.setStyleSheet(ESTILO_NOTA)

    # --- registrar ----------------------------------------------------------------------------------
    def _editado(self, campo: QWidget) -> None:
        marcar_invalido(campo, None)
        self._recalcular()

    def _mostrar_problemas(self, problemas: list[str]) -> None:
        # Cada campo con el primer problema que el servicio dice de él (`ProblemaDeCampo.campo`): nunca se lee el
        # texto.
        campos = ((self.monto, (servicio_pagos.MONTO,)),
                  (self.moneda, (servicio_pagos.MONEDA, servicio_pagos.MONEDA_CARGOS)),
                  (self.tipo_cambio, (servicio_pagos.TIPO_CAMBIO,)), (self.fecha, (servicio_pagos.FECHA,)),
                  (self.medio, (servicio_pagos.MEDIO,)), (self.miembro, (servicio_pagos.MIEMBRO,)))
        for campo, claves in campos:
            motivo = next((p for p in problemas if getattr(p, "campo", None) in claves), None)
            marcar_invalido(campo, motivo)
        self.aviso.setText(sin_cortes(self.tr("No se registró el pago:") + "".join(f"\n• {p}" for p in problemas)))
        self.aviso.show()

    def _rechazado(self, error: ErrorEscritorio) -> bool:
        """Los problemas de los datos, en el formulario; cualquier otro rechazo, en el cuadro de siempre."""
        if not isinstance(error, ErrorValidacion):
            return False
        self._mostrar_problemas(error.problemas or [error.mensaje])
        return True

    def registrar(self) -> bool:
        """Registra el pago si todo es válido; si no, explica todo lo que falta de una vez sin cerrar el diálogo.

        Registrado, el mismo diálogo lo confirma y ofrece el recibo (abrirlo para imprimir, o guardarlo): un solo
        paso, sin otra ventana encima."""
        if self.registrado is not None:
            return True
        hecho = hacer_en_la_ventana(self, self.oficina,
                                    lambda: servicio_pagos.registrar_pago(self.contexto, self.nuevo_pago()),
                                    que="registrar un pago", al_rechazar=self._rechazado)
        if hecho is None:
            return False
        self.registrado = hecho.resultado
        self.aviso.hide()
        self._mostrar_registrado()
        return True

    def _mostrar_registrado(self) -> None:
        """El formulario queda a la vista (solo lectura) con la confirmación y el recibo a mano."""
        self._formatear_monto()               # «50» -> «50,00», como quedó registrado
        for parte in (self.miembro, self.fecha, self.monto, self.moneda, self.boton_todo, self.fila_cambio,
                      self.moneda_de_cargos, self.medio, self.referencia, self.grupo_cargos):
            parte.setEnabled(False)
        for campo in (self.miembro, self.fecha, self.monto, self.moneda, self.tipo_cambio, self.medio):
            marcar_invalido(campo, None)
        self.botones.hide()
        self.automatica.hide()                # ya no se elige cómo imputar: la tabla muestra lo registrado
        self.grupo_cargos.setTitle(self.tr("Cargos a los que se imputó el pago"))
        self.a_mano.hide()
        for campo in (self.monto, self.tipo_cambio, self.referencia):
            campo.setPlaceholderText("")      # un campo vacío y deshabilitado no debe parecer escrito
        self.hecho.setText(sin_cortes(self.tr("✔ {0}.").format(self.registrado.resumen(self.miembro.currentText()))))
        self.panel_hecho.show()
        self.boton_cerrar.setDefault(True)
        self.boton_cerrar.setFocus()

    # --- el recibo (dialogos/recibo_pago.py) ------------------------------------------------------------
    def abrir_recibo(self) -> None:
        """El recibo en la vista previa del programa: desde ahí se imprime o se guarda (verlo no gasta el original)."""
        hecho = recibo_pago.ver_recibo(self, self.contexto, self.registrado, self.ajustes)
        if hecho is not None:
            self.estado_recibo.setText(hecho)

    def guardar_recibo(self) -> bool:
        """Guarda el recibo donde se elija: el original si es la primera vez que sale; si no, una COPIA."""
        guardado, hecho = recibo_pago.guardar_recibo(self, self.oficina, self.registrado,
                                                     self.ajustes)
        if hecho:
            self.estado_recibo.setText(hecho)
        return guardado
