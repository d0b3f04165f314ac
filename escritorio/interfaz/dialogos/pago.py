"""Registrar un pago: miembro, fecha, monto, moneda (con tipo de cambio si hace falta), medio,
referencia y a qué cargos se imputa. Después ofrece guardar el recibo en PDF.
"""

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QRegularExpression, QSettings, Qt
from PySide6.QtGui import QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QRadioButton, QSizePolicy, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...dominio.cuotas import MEDIOS_PAGO, TIPOS_CARGO
from ...dominio.dinero import a_unidades_menores, convertir, formatear, leer_tipo_de_cambio
from ...dominio.morosidad import imputar_por_antiguedad
from ...dominio.texto import normalizar
from ...errores import ErrorValidacion
from ...servicios import pagos as servicio_pagos
from ...servicios.base import hoy
from ...servicios.cuotas import listar_escalas
from ...servicios.informes_cuotas import imprimir_recibo
from ...servicios.miembros import listar_miembros
from ..comun import fecha_dma, marcar_invalido, mostrar_error, tr
from ..piezas import DERECHA as _DERECHA
from ..piezas import ESTILO_ERROR, ESTILO_NOTA, SelectorMiembro, guardar_documento
from .baja import editor_de_fecha

MONEDAS_COMUNES = ("USD", "EUR", "ARS", "BRL", "UYU", "PYG", "CLP", "BOB", "PEN", "COP", "VES", "MXN")


def importe_editable(importe: int, moneda: str) -> str:
    """123450, USD -> '1.234,50': como se escribe en un campo (sin el código de la moneda)."""
    return formatear(importe, moneda).partition(" ")[2]


_FONDO_EDITABLE = QColor("#fff8e1")
_FONDO_INVALIDO = QColor("#fdecea")
_COLOR_PREVISTO = QColor("#3b78b4")


# Columnas de la tabla de cargos pendientes.
CONCEPTO, VENCE, IMPORTE, PAGADO, SALDO, IMPUTAR = range(6)


class DialogoPago(QDialog):
    """Tras cerrar, `registrado` es el PagoRegistrado (o None si no se registró nada)."""

    def __init__(self, db, asociacion: dict, miembro_id: int | None = None, padre: QWidget | None = None,
                 ajustes: QSettings | None = None):
        super().__init__(padre)
        self.db, self.asociacion, self.ajustes = db, asociacion, ajustes
        self.registrado = None
        self._pendientes: list[dict] = []
        self._moneda_cargos = self._moneda_por_defecto()
        self._llenando = False
        self._problemas_a_mano: list[str] = []
        self.setWindowTitle(self.tr("Registrar pago"))

        self._miembros = sorted(listar_miembros(db, asociacion["id"]), key=lambda m: normalizar(m["nombre"]))
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
        self.tabla.setMinimumHeight(150)
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
        botones = QDialogButtonBox()
        self.boton_registrar = botones.addButton(self.tr("Registrar pago"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.boton_registrar.setDefault(True)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        botones.accepted.connect(self.registrar)
        botones.rejected.connect(self.reject)

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(self.formulario)
        disposicion.addWidget(self.grupo_cargos, 1)
        disposicion.addWidget(self.aviso)
        disposicion.addWidget(botones)

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
        self.resize(760, 580)

    # --- miembro y moneda ---------------------------------------------------------------------------
    def _moneda_por_defecto(self) -> str:
        escalas = listar_escalas(self.db, self.asociacion["id"])
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
            try:
                self._moneda_cargos = (servicio_pagos.moneda_de_cargos(self.db, self.asociacion["id"], miembro_id,
                                                                        self.fecha.date().toPython())
                                       or self._moneda_por_defecto())
                monedas = servicio_pagos.monedas_con_deuda(self.db, self.asociacion["id"], miembro_id)
                self._pendientes = servicio_pagos.cargos_pendientes(self.db, self.asociacion["id"], miembro_id,
                                                                    self._moneda_cargos)
            except Exception as error:  # noqa: BLE001
                mostrar_error(self, error, "cargos pendientes de un miembro")
                self._pendientes = []
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
        try:
            self._pendientes = servicio_pagos.cargos_pendientes(self.db, self.asociacion["id"], miembro_id, moneda)
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "cargos pendientes de un miembro")
            self._pendientes = []
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
        total = sum(c["importe"] - c["pagado"] for c in self._pendientes)
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
                       formatear(cargo["pagado"], moneda), formatear(cargo["importe"] - cargo["pagado"], moneda), ""]
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
        total = sum(c["importe"] - c["pagado"] for c in self._pendientes)
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

    def _cambio(self) -> Decimal | None:
        """'1400' o '1.400,50' o '0,92' -> Decimal (la regla del dominio, la misma que usa el servicio al
        registrar); None si no es un tipo de cambio posible."""
        try:
            return leer_tipo_de_cambio(self.tipo_cambio.text())
        except ValueError:
            return None

    def _monto_en_cargos(self) -> int | None:
        """El pago expresado en la moneda de los cargos; None si monto o cambio aún no se entienden."""
        try:
            importe = a_unidades_menores(self.monto.text(), self._moneda() or self._moneda_cargos)
            if self._moneda() and self._moneda() != self._moneda_cargos:
                cambio = self._cambio()
                return None if cambio is None else convertir(importe, self._moneda(), cambio, self._moneda_cargos)
            return importe
        except (ValueError, KeyError, InvalidOperation, ArithmeticError):
            return None

    def _imputaciones_a_mano(self) -> dict[int, str]:
        elegidas = {}
        for fila in range(self.tabla.rowCount()):
            texto = self.tabla.item(fila, IMPUTAR).text().strip()
            if texto:
                elegidas[self.tabla.item(fila, CONCEPTO).data(Qt.ItemDataRole.UserRole)] = texto
        return elegidas

    def _recalcular(self) -> None:
        if self._llenando:
            return
        self._problemas_a_mano = []
        moneda = self._moneda_cargos
        disponible = self._monto_en_cargos()
        distinta = self._moneda() != moneda
        self.equivalente.setText(self.tr("equivale a {0}").format(formatear(disponible, moneda))
                                 if distinta and disponible is not None else "")
        if self.miembro_elegido() is None:
            self.imputacion.setText(self.tr("Elija el miembro para ver sus cargos pendientes."))
            self.imputacion.setStyleSheet(ESTILO_NOTA)
            return
        if not self._pendientes:
            self.imputacion.setText(self.tr(
                "El miembro no tiene cargos pendientes: todo el pago queda a su favor y cubrirá sus próximas cuotas."))
            self.imputacion.setStyleSheet(ESTILO_NOTA)
            return
        if self.automatica.isChecked():
            imputaciones, resto = imputar_por_antiguedad(
                disponible or 0, [(c["id"], c["importe"] - c["pagado"]) for c in self._pendientes])
            por_cargo = dict(imputaciones)
            self._llenando = True
            for fila, cargo in enumerate(self._pendientes):
                monto = por_cargo.get(cargo["id"])
                self.tabla.item(fila, IMPUTAR).setText(formatear(monto, moneda) if monto else "")
                self.tabla.item(fila, IMPUTAR).setTextAlignment(_DERECHA)
            self._llenando = False
            if disponible is None:
                self.imputacion.setText(self.tr("Escriba el monto para ver cómo se imputa."))
                self.imputacion.setStyleSheet(ESTILO_NOTA)
                return
            texto = self.tr("Se imputan {0} a {1} cargos, del más viejo al más nuevo.").format(
                formatear(disponible - resto, moneda), len(imputaciones))
            if resto:
                texto += " " + self.tr("Quedan {0} a favor del miembro.").format(formatear(resto, moneda))
            self.imputacion.setText(texto)
            self.imputacion.setStyleSheet("")
            return
        total, problemas = 0, []
        self._llenando = True
        for fila, cargo in enumerate(self._pendientes):
            celda = self.tabla.item(fila, IMPUTAR)
            celda.setBackground(_FONDO_EDITABLE)
            if not celda.text().strip():
                continue
            concepto = self.tabla.item(fila, CONCEPTO).text()
            try:
                monto = a_unidades_menores(celda.text(), moneda)
            except ValueError as error:  # el motivo del dominio, el mismo que dará el servicio al registrar
                problemas.append(self.tr("{0}: {1}").format(concepto, str(error)))
                celda.setBackground(_FONDO_INVALIDO)
                continue
            saldo = cargo["importe"] - cargo["pagado"]
            if monto > saldo:
                problemas.append(self.tr("{0}: se imputan {1} pero el saldo es {2}").format(
                    concepto, formatear(monto, moneda), formatear(saldo, moneda)))
                celda.setBackground(_FONDO_INVALIDO)
            total += monto
        self._llenando = False
        if disponible is not None and total > disponible:
            problemas.append(self.tr("las imputaciones ({0}) superan el pago ({1})").format(
                formatear(total, moneda), formatear(disponible, moneda)))
        self._problemas_a_mano = problemas
        if problemas:
            self.imputacion.setText(self.tr("Revise la imputación: {0}.").format("; ".join(problemas)))
            self.imputacion.setStyleSheet(ESTILO_ERROR)
            return
        texto = self.tr("Imputado a mano: {0}.").format(formatear(total, moneda))
        if disponible is not None and disponible > total:
            texto += " " + self.tr("Quedan {0} a favor del miembro.").format(formatear(disponible - total, moneda))
        self.imputacion.setText(texto)
        self.imputacion.setStyleSheet("")

    # --- registrar ----------------------------------------------------------------------------------
    def _editado(self, campo: QWidget) -> None:
        marcar_invalido(campo, None)
        self._recalcular()

    def _mostrar_problemas(self, problemas: list[str]) -> None:
        campos = ((self.monto, ("monto",)), (self.moneda, ("moneda:",)), (self.tipo_cambio, ("tipo de cambio",)),
                  (self.fecha, ("fecha",)),
                  (self.medio, ("medio",)), (self.miembro, ("miembro",)))
        for campo, claves in campos:
            motivo = next((p for p in problemas if any(c in p.lower() for c in claves)), None)
            marcar_invalido(campo, motivo)
        self.aviso.setText(self.tr("No se registró el pago:") + "".join(f"\n• {p}" for p in problemas))
        self.aviso.show()

    def registrar(self) -> bool:
        """Registra el pago si todo es válido; si no, explica qué falta sin cerrar el diálogo."""
        miembro_id = self.miembro_elegido()
        if miembro_id is None:
            self._mostrar_problemas([self.tr("Elija el miembro de la lista (escriba parte del nombre).")])
            self.miembro.setFocus()
            return False
        imputaciones = None
        if self.a_mano.isChecked() and self._pendientes:
            # Lo que esté mal en las imputaciones lo dice el servicio al registrar (la misma regla que la línea
            # de órdenes); la vista previa de abajo solo lo adelanta mientras se escribe.
            imputaciones = self._imputaciones_a_mano()
            self._recalcular()
            if not imputaciones:
                self._mostrar_problemas([self.tr(
                    "Indique cuánto se imputa a cada cargo, o elija la imputación automática.")])
                return False
        distinta = self._moneda() != self._moneda_cargos
        nuevo = servicio_pagos.NuevoPago(
            miembro_id=miembro_id, fecha=self.fecha.date().toPython(), monto=self.monto.text().strip() or "0",
            moneda=self._moneda(), medio=self.medio.currentData(), referencia=self.referencia.text(),
            tipo_cambio=(self.tipo_cambio.text().strip() or None) if distinta else None,
            moneda_cargos=self._moneda_cargos,
            imputaciones=imputaciones)
        try:
            self.registrado = servicio_pagos.registrar_pago(self.db, self.asociacion["id"], nuevo)
        except ErrorValidacion as error:
            self._mostrar_problemas(error.problemas or [error.mensaje])
            return False
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "registrar un pago")
            return False
        self.aviso.hide()
        self.ofrecer_recibo()
        super().accept()
        return True

    def ofrecer_recibo(self) -> None:
        registrado = self.registrado
        titulo = self.tr("Pago registrado")
        if QMessageBox.question(self, titulo, self.tr("{0}.\n\n¿Desea guardar el recibo en PDF ahora?").format(
                registrado.resumen())) == QMessageBox.StandardButton.Yes:
            guardar_documento(self, self.tr("Recibo"), f"recibo-{registrado.recibo.replace('/', '-')}.pdf",
                              lambda ruta: imprimir_recibo(self.db, self.asociacion["id"], registrado.pago_id, ruta),
                              self.ajustes)
