"""El área Cuotas: escalas, emisión anual, cargos, pagos, morosidad y avisos de cobro.

Cada pestaña pide sus datos a los servicios de cuotas, pagos y cobranza (nunca a la base) y se
recarga solo cuando está a la vista y algo cambió. Todo importe se muestra con su moneda y
formato regional («USD 1.234,50»), alineado a la derecha.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSettings, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame,
                               QGroupBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QListWidget,
                               QMessageBox, QPushButton, QScrollArea, QSpinBox, QSplitter, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from ....dominio.cuotas import MEDIOS_PAGO, REGLAS_INGRESO, TIPOS_CARGO
from ....dominio.dinero import formatear
from ....dominio.morosidad import TRAMOS_ANTIGUEDAD, Tolerancia, leer_niveles
from ....dominio.paises import nombre_pais
from ....dominio.texto import normalizar
from ....errores import ErrorConflicto, ErrorEscritorio
from ....servicios.asociaciones import listar_asociaciones
from ....servicios.base import hoy
from ....servicios.cobranza import morosidad, padron_de_cuotas, preparar_avisos, texto_de_totales
from ....servicios.cuotas import emitir, fijar_regla_de_voto, listar_escalas, preparar_emision
from ....servicios.informes_cuotas import (exportar_morosidad, exportar_padron_cuotas, generar_avisos,
                                          imprimir_recibo, imprimir_resumen_cobranza)
from ....servicios.miembros import listar_miembros
from ....servicios.pagos import anular_pago, listar_pagos
from ...cambios import FICHA_DE_MIEMBRO
from ...comun import descartar, fecha_dma, miles, mostrar_error, sin_cortes, tr
from ...dialogos.baja import editor_de_fecha
from ...graficos import porcentaje
from ...iconos import icono
from ...modelos.tabla import Columna, ModeloTabla, crear_tabla, fila_elegida
from ...piezas import AMBAR, DERECHA, ESTILO_NOTA, GRIS, IZQUIERDA, ROJO, VERDE, guardar_documento, nota
from ...trabajos import ejecutar_con_progreso

_DERECHA, _IZQUIERDA = DERECHA, IZQUIERDA


def sumas(importes: Sequence[tuple[int, str]]) -> str:
    """[(25000, 'USD'), (100, 'EUR')] -> 'USD 250,00 + EUR 1,00' (nunca se suman monedas distintas)."""
    por_moneda: dict[str, int] = {}
    for importe, moneda in importes:
        por_moneda[moneda] = por_moneda.get(moneda, 0) + importe
    if not por_moneda:
        return formatear(0, "USD")
    return " + ".join(formatear(total, moneda) for moneda, total in sorted(por_moneda.items()))


def _combo_anio(valor: int) -> QSpinBox:
    anio = QSpinBox()
    anio.setRange(1950, 2200)
    anio.setValue(valor)
    anio.setMinimumWidth(80)
    return anio


def texto_regla(cuotas: int | None, articulo: str | None) -> str:
    """La regla de suspensión del voto tal como se lee en los estatutos."""
    if cuotas is None:
        return tr("Los estatutos no suspenden el voto por cuotas impagas.")
    texto = (tr("1 cuota anual impaga suspende el voto") if cuotas == 1
             else tr("{0} cuotas anuales impagas suspenden el voto").format(cuotas))
    return texto + (f" ({articulo})" if articulo else "") + "."


# --- el área -----------------------------------------------------------------------------------------

class VistaCuotas(QWidget):
    """Emite `datos_cambiados(temas)` cuando algo se guardó (emisión, pago, anulación, escala, regla, avisos), con los
    temas que tocó (ver `interfaz/cambios.py`)."""

    datos_cambiados = Signal(object)
    # Cargos, pagos, morosidad y avisos: la deuda de cada miembro, quién integra el Consejo y la regla de voto.
    MUESTRA = frozenset({"cargos", "pagos", "miembros", "mandatos", "asociacion"})

    def __init__(self, ajustes: QSettings | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self.db = None
        self.asociacion: dict | None = None
        self.ajustes = ajustes
        self.escalas = PestanaEscalas(self)
        self.emision = PestanaEmision(self)
        self.cargos = PestanaCargos(self)
        self.pagos = PestanaPagos(self)
        self.morosidad = PestanaMorosidad(self)
        self.avisos = PestanaAvisos(self)
        self.pestanas = QTabWidget()
        for pestana, titulo in ((self.escalas, self.tr("Escalas")), (self.emision, self.tr("Emisión")),
                                (self.cargos, self.tr("Cargos")), (self.pagos, self.tr("Pagos")),
                                (self.morosidad, self.tr("Morosidad")), (self.avisos, self.tr("Avisos"))):
            self.pestanas.addTab(pestana, titulo)
        self.pestanas.currentChanged.connect(lambda _: self._al_dia())
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.pestanas)

    def _todas(self) -> list["_Pestana"]:
        return [self.pestanas.widget(i) for i in range(self.pestanas.count())]

    def mostrar(self, db, asociacion: dict) -> None:
        """Muestra las cuotas de otra asociación (o de otra base); recarga la pestaña a la vista."""
        self.db, self.asociacion = db, asociacion
        for pestana in self._todas():
            pestana.reiniciar()
            pestana.pendiente = True
        self._al_dia()

    def invalidar(self) -> None:
        """Algo cambió fuera del área (un pago, una baja, la asistencia de una sesión): cada pestaña se recarga al
        verse; si el área no está a la vista, nada se recarga hasta que se muestre (la morosidad no es gratis)."""
        for pestana in self._todas():
            pestana.pendiente = True
        if self.isVisible():
            self._al_dia()

    def showEvent(self, evento) -> None:
        super().showEvent(evento)
        self._al_dia()

    def _al_dia(self) -> None:
        pestana = self.pestanas.currentWidget()
        if self.db is not None and pestana is not None and pestana.pendiente:
            pestana.actualizar()

    def cambio(self, origen: "_Pestana", temas: set[str]) -> None:
        """Una pestaña guardó algo (`temas`): las demás quedan por recargar y se avisa al resto de la ventana."""
        for pestana in self._todas():
            if pestana is not origen:
                pestana.pendiente = True
        self.datos_cambiados.emit(frozenset(temas))

    def abrir_cuenta(self, miembro_id: int) -> None:
        """La ficha del miembro abierta en su pestaña Cuenta."""
        from ...dialogos.ficha_miembro import DialogoFichaMiembro

        dialogo = DialogoFichaMiembro(self.db, self.asociacion, miembro_id, self)
        dialogo.pestanas.setCurrentWidget(dialogo._pagina_cuenta)
        dialogo.exec()
        cambios = dialogo.cambios
        descartar(dialogo)
        if cambios:
            actual = self.pestanas.currentWidget()
            self.cambio(actual, FICHA_DE_MIEMBRO)
            actual.actualizar()


class _Pestana(QWidget):
    """Lo común: acceso a la base y la asociación del área, recarga perezosa y errores."""

    def __init__(self, vista: VistaCuotas):
        super().__init__()
        self.vista = vista
        self.pendiente = True

    @property
    def db(self):
        return self.vista.db

    @property
    def asociacion(self) -> dict:
        return self.vista.asociacion

    def reiniciar(self) -> None:
        """Otra asociación: se olvida lo que dependía de la anterior."""

    def actualizar(self) -> None:
        self.pendiente = False
        try:
            self.recargar()
        except Exception as error:  # noqa: BLE001 - se muestra al usuario y queda registrado
            mostrar_error(self, error, f"cuotas: {type(self).__name__}")

    def recargar(self) -> None:
        raise NotImplementedError

    def guardado(self, *temas: str) -> None:
        """Esta pestaña guardó algo de `temas` (ver `interfaz/cambios.py`)."""
        self.vista.cambio(self, set(temas))

    def _exigir(self, tabla: QTableView, que: str):
        fila = fila_elegida(tabla)
        if fila is None:
            QMessageBox.information(self, self.tr("Elija una fila"), self.tr("Seleccione primero {0} en la tabla.").format(que))
        return fila

    def _documento(self, titulo: str, nombre: str, funcion: Callable[[str], object]) -> None:
        guardar_documento(self, titulo, nombre, funcion, self.vista.ajustes)


def _botonera(*botones: QPushButton, derecha: QLabel | None = None) -> QHBoxLayout:
    """Los botones a la izquierda; a la derecha, el resumen (que se parte en líneas si no cabe)."""
    fila = QHBoxLayout()
    for boton in botones:
        fila.addWidget(boton)
    if derecha is None:
        fila.addStretch(1)
    else:
        derecha.setWordWrap(True)
        derecha.setAlignment(_DERECHA)
        fila.addSpacing(16)
        fila.addWidget(derecha, 1)
    return fila


def _boton(texto: str, funcion, nombre_icono: str | None = None) -> QPushButton:
    boton = QPushButton(texto)
    if nombre_icono:
        boton.setIcon(icono(nombre_icono))
    boton.clicked.connect(funcion)
    return boton


# --- Escalas -----------------------------------------------------------------------------------------

def _vigencia(escala) -> str:
    if escala.hasta:
        return f"{fecha_dma(escala.desde)} – {fecha_dma(escala.hasta)}"
    return tr("desde el {0}").format(fecha_dma(escala.desde))


def _estado_escala(escala) -> str:
    dia = hoy()
    if escala.rige(dia):
        return tr("Vigente")
    return tr("Futura") if escala.desde > dia else tr("Anterior")


def _resumen_tramos(escala) -> str:
    """'4 tramos: de USD 150,00 a USD 2.400,00'."""
    if not escala.tramos:
        return ""
    importes = sorted(t.importe for t in escala.tramos)
    if len(escala.tramos) == 1:
        return tr("1 tramo: {0}").format(formatear(importes[0], escala.moneda))
    return tr("{0} tramos: de {1} a {2}").format(len(escala.tramos), formatear(importes[0], escala.moneda),
                                                 formatear(importes[-1], escala.moneda))


class PestanaEscalas(_Pestana):
    def __init__(self, vista: VistaCuotas):
        super().__init__(vista)
        self.modelo = ModeloTabla([
            Columna(self.tr("Tipo de cargo"), lambda e: tr(TIPOS_CARGO.get(e.tipo_cargo, e.tipo_cargo)), ancho=120),
            Columna(self.tr("Vigencia"), _vigencia, orden=lambda e: e.desde.isoformat(), ancho=170),
            Columna(self.tr("Estado"), _estado_escala, ancho=75,
                    color=lambda e: VERDE if e.rige(hoy()) else GRIS, negrita=lambda e: e.rige(hoy())),
            Columna(self.tr("Moneda"), lambda e: e.moneda, ancho=65),
            Columna(self.tr("Artículo"), lambda e: e.articulo or "", ancho=290,
                    ayuda=lambda e: tr("Aprobada por: {0}").format(e.aprobada_por) if e.aprobada_por else ""),
            Columna(self.tr("Tramos"), _resumen_tramos, ancho=260, ayuda=lambda e: e.texto_tramos().replace("; ", "\n")),
        ], self)
        self.tabla = crear_tabla(self.modelo, ordenable=False)
        self.tabla.selectionModel().selectionChanged.connect(lambda *_: self._detalle())
        explicacion = nota(self.tr(
            "Cada escala fija el importe de la cuota según la población del miembro a la fecha de referencia. "
            "Dos escalas del mismo tipo de cargo no pueden regir el mismo día."))

        # El detalle de la escala elegida: sus tramos a la izquierda, sus reglas a la derecha.
        self.modelo_tramos = ModeloTabla([
            Columna(self.tr("Población"), lambda t: t[0], ancho=230),
            Columna(self.tr("Importe"), lambda t: t[1], derecha=True, ancho=130),
        ], self)
        self.tabla_tramos = crear_tabla(self.modelo_tramos, ordenable=False)
        self.tabla_tramos.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tabla_tramos.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabla_tramos.setFixedWidth(390)
        self.tabla_tramos.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabla_tramos.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detalle = {clave: QLabel() for clave in ("aprobada", "referencia", "vencimiento", "ingreso", "articulo")}
        formulario = QFormLayout()
        formulario.setLabelAlignment(_DERECHA)
        for clave, rotulo in (("articulo", self.tr("Artículo:")), ("aprobada", self.tr("Aprobada por:")),
                              ("referencia", self.tr("Población al:")), ("vencimiento", self.tr("Vencimiento:")),
                              ("ingreso", self.tr("Ingreso en el año:"))):
            self.detalle[clave].setWordWrap(True)
            self.detalle[clave].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            formulario.addRow(rotulo, self.detalle[clave])
        self.grupo_detalle = QGroupBox()
        fila = QHBoxLayout(self.grupo_detalle)
        fila.addWidget(self.tabla_tramos)
        fila.addSpacing(12)
        fila.addLayout(formulario, 1)

        self.boton_nueva = _boton(self.tr("Nueva escala…"), self.nueva, "nuevo")
        self.resumen = QLabel()
        # En una pantalla baja (1366×768 al 150 %) la lista conserva tres filas a la vista y el detalle se
        # desplaza; el divisor deja repartir el alto a mano.
        alto_fila = self.tabla.verticalHeader().defaultSectionSize()
        self.tabla.setMinimumHeight(self.tabla.horizontalHeader().sizeHint().height() + 3 * alto_fila + 4)
        desplazable = QScrollArea()
        desplazable.setWidgetResizable(True)
        desplazable.setFrameShape(QFrame.Shape.NoFrame)
        desplazable.setWidget(self.grupo_detalle)
        desplazable.setMinimumHeight(alto_fila * 3)
        self.divisor = QSplitter(Qt.Orientation.Vertical)
        self.divisor.setChildrenCollapsible(False)
        self.divisor.addWidget(self.tabla)
        self.divisor.addWidget(desplazable)
        self.divisor.setStretchFactor(0, 1)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addWidget(self.divisor, 1)
        disposicion.addLayout(_botonera(self.boton_nueva, derecha=self.resumen))

    def recargar(self) -> None:
        escalas = listar_escalas(self.db, self.asociacion["id"])
        escalas.sort(key=lambda e: (e.tipo_cargo != "cuota_anual", e.tipo_cargo, e.desde))
        self.modelo.cargar(escalas)
        vigente = next((n for n, e in enumerate(escalas) if e.tipo_cargo == "cuota_anual" and e.rige(hoy())),
                       len(escalas) - 1)
        if escalas:
            self.tabla.selectRow(vigente)
        self._detalle()
        if escalas:
            self.resumen.setText(self.tr("{0} escalas").format(len(escalas)) if len(escalas) != 1
                                 else self.tr("1 escala"))

    def _detalle(self) -> None:
        escala = fila_elegida(self.tabla)
        self.grupo_detalle.setVisible(escala is not None)
        if escala is None:
            self.resumen.setText(self.tr("No hay escalas: cree la primera con «Nueva escala…».")
                                 if not self.modelo.rowCount() else self.tr("Elija una escala para ver sus tramos."))
            return
        self.grupo_detalle.setTitle(self.tr("{0}, {1}").format(
            tr(TIPOS_CARGO.get(escala.tipo_cargo, escala.tipo_cargo)), _vigencia(escala)))
        self.modelo_tramos.cargar([(escala.describir_tramo(t), formatear(t.importe, escala.moneda))
                                   for t in escala.tramos])
        alto = self.tabla_tramos.horizontalHeader().height() + 24 * max(len(escala.tramos), 4) + 2
        self.tabla_tramos.setFixedHeight(alto)
        self.detalle["articulo"].setText(escala.articulo or self.tr("sin dato"))
        self.detalle["aprobada"].setText(escala.aprobada_por or self.tr("sin dato"))
        self.detalle["referencia"].setText(self.tr("{0} de cada año (la población de ese día define el tramo)")
                                           .format(_dia_mes(escala.dia_referencia)))
        self.detalle["vencimiento"].setText(self.tr("{0} de cada año").format(_dia_mes(escala.dia_vencimiento)))
        self.detalle["ingreso"].setText(tr(REGLAS_INGRESO.get(escala.regla_ingreso, escala.regla_ingreso))
                                        + (f" ({escala.articulo_ingreso})" if escala.articulo_ingreso else ""))

    def nueva(self) -> None:
        from ...dialogos.escala import DialogoEscala

        dialogo = DialogoEscala(self.db, self.asociacion, self)
        dialogo.exec()
        creada = dialogo.escala_id
        descartar(dialogo)
        if creada is not None:
            self.actualizar()
            self.guardado("cargos")


def _dia_mes(mes_dia: str) -> str:
    """'03-31' -> '31/03'."""
    mes, _, dia = (mes_dia or "").partition("-")
    return f"{dia}/{mes}" if dia else mes_dia


# --- Emisión -----------------------------------------------------------------------------------------

class PestanaEmision(_Pestana):
    def __init__(self, vista: VistaCuotas):
        super().__init__(vista)
        self.previa = None
        self.anio = _combo_anio(hoy().year)
        self.tipo = QComboBox()
        for codigo, etiqueta in TIPOS_CARGO.items():
            self.tipo.addItem(tr(etiqueta), codigo)
        self.boton_vista_previa = _boton(self.tr("Vista previa"), self.vista_previa)
        self.boton_vista_previa.setDefault(True)
        self.boton_emitir = _boton(self.tr("Emitir…"), self.emitir_cargos, "emitir")
        self.boton_emitir.setEnabled(False)
        self.anio.valueChanged.connect(lambda _: self._olvidar())
        self.tipo.currentIndexChanged.connect(lambda _: self._olvidar())
        arriba = QHBoxLayout()
        arriba.addWidget(QLabel(self.tr("Año:")))
        arriba.addWidget(self.anio)
        arriba.addSpacing(12)
        arriba.addWidget(QLabel(self.tr("Cargo:")))
        arriba.addWidget(self.tipo)
        arriba.addSpacing(12)
        arriba.addWidget(self.boton_vista_previa)
        arriba.addWidget(self.boton_emitir)
        arriba.addStretch(1)

        self.resumen = QLabel()
        self.resumen.setWordWrap(True)
        self.resumen.setTextFormat(Qt.TextFormat.RichText)
        self.sin_poblacion = QLabel()
        self.sin_poblacion.setWordWrap(True)
        self.sin_poblacion.setStyleSheet(f"color: {AMBAR};")
        self.sin_poblacion.hide()
        self.modelo = ModeloTabla([
            Columna(self.tr("Miembro"), lambda c: c.nombre, ancho=210, ayuda=lambda c: c.nombre),
            Columna(self.tr("País"), lambda c: nombre_pais(c.pais), ancho=100),
            Columna(self.tr("Población"), lambda c: miles(c.poblacion), orden=lambda c: c.poblacion, derecha=True, ancho=100),
            Columna(self.tr("Tramo"), lambda c: c.tramo, orden=lambda c: c.poblacion, ancho=170),
            Columna(self.tr("Importe"), lambda c: self._dinero(c.importe), orden=lambda c: c.importe, derecha=True,
                    ancho=120, ayuda=lambda c: self.tr("Bruto {0}, descuento {1}").format(
                        self._dinero(c.bruto), self._dinero(c.descuento)) if c.descuento else ""),
            Columna(self.tr("Detalle"), lambda c: c.detalle, ancho=260),
        ], self)
        self.tabla = crear_tabla(self.modelo)
        self.tabla.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.total = QLabel()
        self.total.setAlignment(_DERECHA)
        self.grupo_diferencias = QGroupBox(self.tr("Cargos ya emitidos cuyo importe hoy sería otro (no se modifican)"))
        self.lista_diferencias = QListWidget()
        self.lista_diferencias.setMaximumHeight(96)
        QVBoxLayout(self.grupo_diferencias).addWidget(self.lista_diferencias)
        self.grupo_diferencias.hide()

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addWidget(self.resumen)
        disposicion.addWidget(self.sin_poblacion)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addWidget(self.total)
        disposicion.addWidget(self.grupo_diferencias)
        self._olvidar()

    def _dinero(self, importe: int) -> str:
        return formatear(importe, self.previa.escala.moneda) if self.previa else ""

    def reiniciar(self) -> None:
        self._olvidar()

    def recargar(self) -> None:
        # Si había una vista previa, se rehace: lo que se confirma es siempre lo que hoy se emitiría.
        if self.previa is not None:
            self.vista_previa()

    def _olvidar(self) -> None:
        self.previa = None
        self.modelo.cargar([])
        self.boton_emitir.setEnabled(False)
        self.grupo_diferencias.hide()
        self.sin_poblacion.hide()
        self.total.clear()
        self.resumen.setText(self.tr(
            "Elija el año y el tipo de cargo y pulse «Vista previa»: verá cada cargo que se emitiría, con su tramo e "
            "importe, sin escribir nada. Volver a emitir un año no duplica cargos: solo crea los que faltan."))
        self.resumen.setStyleSheet(ESTILO_NOTA)

    def vista_previa(self) -> None:
        anio, tipo = self.anio.value(), self.tipo.currentData()
        try:
            previa = preparar_emision(self.db, self.asociacion["id"], anio, tipo)
        except ErrorEscritorio as error:
            self._olvidar()
            self.resumen.setText(error.mensaje)
            self.resumen.setStyleSheet(f"color: {ROJO};")
            return
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "vista previa de la emisión")
            return
        self.previa = previa
        escala, cargo = previa.escala, tr(TIPOS_CARGO[tipo])
        self.modelo.cargar(previa.nuevos)
        if previa.nuevos:
            linea = self.tr("<b>{0} {1}:</b> {2} cargos nuevos por <b>{3}</b> · {4} ya emitidos").format(
                cargo, anio, miles(len(previa.nuevos)), formatear(previa.total, escala.moneda), miles(previa.ya_emitidos))
        else:
            linea = self.tr("<b>{0} {1}:</b> no hay cargos nuevos que emitir · {2} ya emitidos").format(
                cargo, anio, miles(previa.ya_emitidos))
        origen = self.tr("Escala vigente {0}{1} · vencimiento {2}").format(
            _vigencia(escala), f" ({escala.articulo})" if escala.articulo else "", fecha_dma(escala.vencimiento(anio)))
        self.resumen.setText(f"{linea}<br><span style='color:{GRIS}'>{_html(origen)}</span>")
        self.resumen.setStyleSheet("")
        self.total.setText(self.tr("Total: {0} cargos · <b>{1}</b>").format(
            miles(len(previa.nuevos)), formatear(previa.total, escala.moneda)) if previa.nuevos else "")
        self.lista_diferencias.clear()
        self.lista_diferencias.addItems(previa.diferencias)
        self.grupo_diferencias.setTitle(self.tr("{0} cargos ya emitidos cuyo importe hoy sería otro (no se modifican)")
                                        .format(len(previa.diferencias)))
        self.grupo_diferencias.setVisible(bool(previa.diferencias))
        self.sin_poblacion.setText(self.tr("Sin población registrada (no se les emite cargo): {0}.").format(
            ", ".join(previa.sin_poblacion)))
        self.sin_poblacion.setVisible(bool(previa.sin_poblacion))
        self.boton_emitir.setEnabled(bool(previa.nuevos))

    def emitir_cargos(self) -> None:
        previa = self.previa
        if previa is None or not previa.nuevos:
            return
        titulo = self.tr("Emitir cuotas")
        cargo = tr(TIPOS_CARGO[previa.tipo_cargo])
        total = formatear(previa.total, previa.escala.moneda)
        pregunta = self.tr("Se emitirán {0} cargos de {1} {2} por un total de {3}, con vencimiento el {4}.\n\n"
                           "Los cargos quedan registrados en la cuenta de cada miembro. ¿Emitir?").format(
            miles(len(previa.nuevos)), cargo.lower(), previa.anio, total, fecha_dma(previa.escala.vencimiento(previa.anio)))
        if QMessageBox.question(self, titulo, sin_cortes(pregunta),
                                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        db, asociacion_id = self.db, self.asociacion["id"]

        def trabajo(informar):
            informar("escribiendo", 0, None)
            return emitir(db, asociacion_id, previa.anio, previa.tipo_cargo)

        try:
            resultado = ejecutar_con_progreso(self, titulo, trabajo)
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "emitir cuotas")
            return
        creados = resultado if isinstance(resultado, int) else len(getattr(resultado, "nuevos", previa.nuevos))
        self.vista_previa()
        self.guardado("cargos")
        texto = self.tr("Se emitieron {0} cargos de {1} {2}").format(miles(creados), cargo.lower(), previa.anio)
        if creados == len(previa.nuevos):
            texto += self.tr(" por un total de {0}").format(total)
        QMessageBox.information(self, self.tr("Emisión terminada"), texto + ".")


def _html(texto: str) -> str:
    return texto.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- Cargos ------------------------------------------------------------------------------------------

class PestanaCargos(_Pestana):
    ESTADOS = (("todos", "Todos los cargos"), ("pagados", "Pagados"), ("con_saldo", "Con saldo"))

    def __init__(self, vista: VistaCuotas):
        super().__init__(vista)
        self._filas = []
        self.anio = _combo_anio(hoy().year)
        self.anio.valueChanged.connect(lambda _: self.actualizar())
        self.pais = QComboBox()
        self.pais.setMinimumContentsLength(14)
        self.pais.currentIndexChanged.connect(lambda _: self._filtrar())
        self.estado = QComboBox()
        for codigo, etiqueta in self.ESTADOS:
            self.estado.addItem(tr(etiqueta), codigo)
        self.estado.currentIndexChanged.connect(lambda _: self._filtrar())
        arriba = QHBoxLayout()
        arriba.addWidget(QLabel(self.tr("Año:")))
        arriba.addWidget(self.anio)
        arriba.addSpacing(12)
        arriba.addWidget(self.pais)
        arriba.addWidget(self.estado)
        arriba.addStretch(1)

        self.modelo = ModeloTabla([
            Columna(self.tr("Miembro"), lambda f: f.miembro, ancho=220, ayuda=lambda f: f.miembro),
            Columna(self.tr("País"), lambda f: f.pais, ancho=100),
            Columna(self.tr("Población"), lambda f: miles(f.poblacion), orden=lambda f: f.poblacion or 0,
                    derecha=True, ancho=100),
            Columna(self.tr("Tramo"), lambda f: f.tramo, orden=lambda f: f.poblacion or 0, ancho=170),
            Columna(self.tr("Importe"), lambda f: formatear(f.importe, f.moneda), orden=lambda f: f.importe,
                    derecha=True, ancho=120),
            Columna(self.tr("Pagado"), lambda f: formatear(f.pagado, f.moneda), orden=lambda f: f.pagado,
                    derecha=True, ancho=120),
            Columna(self.tr("Saldo"), lambda f: formatear(f.saldo, f.moneda), orden=lambda f: f.saldo, derecha=True,
                    ancho=120, color=lambda f: ROJO if f.saldo > 0 else None, negrita=lambda f: f.saldo > 0),
        ], self)
        self.tabla = crear_tabla(self.modelo)
        self.totales = QLabel()
        self.totales.setTextFormat(Qt.TextFormat.RichText)
        self.boton_excel = _boton(self.tr("Exportar a Excel…"), self.exportar_excel, "excel")
        self.boton_resumen = _boton(self.tr("Resumen de cobranza (PDF)…"), self.resumen_pdf, "pdf")
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addLayout(_botonera(self.boton_excel, self.boton_resumen, derecha=self.totales))

    def recargar(self) -> None:
        self._filas = padron_de_cuotas(self.db, self.asociacion["id"], self.anio.value())
        actual = self.pais.currentData()
        self.pais.blockSignals(True)
        self.pais.clear()
        self.pais.addItem(self.tr("Todos los países"), None)
        for pais in sorted({f.pais for f in self._filas}, key=normalizar):
            self.pais.addItem(pais, pais)
        self.pais.setCurrentIndex(max(self.pais.findData(actual), 0))
        self.pais.blockSignals(False)
        self._filtrar()

    def _filtrar(self) -> None:
        pais, estado = self.pais.currentData(), self.estado.currentData()
        filas = [f for f in self._filas if (pais is None or f.pais == pais)
                 and (estado == "todos" or (estado == "pagados") == (f.saldo <= 0))]
        self.modelo.cargar(filas)
        if not self._filas:
            self.totales.setText(self.tr("No hay cargos emitidos para {0}.").format(self.anio.value()))
            return
        facturado = sum(f.importe for f in filas)
        cobrado = sum(f.pagado for f in filas)
        # sin_cortes: en una pantalla chica la línea se parte, pero nunca entre «USD» y la cifra.
        self.totales.setText(sin_cortes(self.tr("{0} cargos · Facturado {1} · Cobrado {2} ({3}) · Saldo <b>{4}</b>").format(
            miles(len(filas)), sumas([(f.importe, f.moneda) for f in filas]), sumas([(f.pagado, f.moneda) for f in filas]),
            porcentaje(cobrado, facturado), sumas([(f.saldo, f.moneda) for f in filas]))))

    def exportar_excel(self) -> None:
        anio = self.anio.value()
        self._documento(self.tr("Exportar el padrón de cuotas"), f"cuotas-{self.asociacion['sigla']}-{anio}.xlsx",
                        lambda ruta: exportar_padron_cuotas(self.db, self.asociacion["id"], anio, ruta))

    def resumen_pdf(self) -> None:
        anio = self.anio.value()
        self._documento(self.tr("Resumen de cobranza"), f"cobranza-{self.asociacion['sigla']}-{anio}.pdf",
                        lambda ruta: imprimir_resumen_cobranza(self.db, self.asociacion["id"], anio, ruta))


# --- Pagos -------------------------------------------------------------------------------------------

def _importe_pago(p: dict) -> str:
    return formatear(p["importe"], p["moneda"])


def _ayuda_pago(p: dict) -> str:
    if p["moneda"] != p["moneda_imputacion"]:
        return tr("Equivale a {0} (tipo de cambio {1} {2} por 1 {3})").format(
            formatear(p["importe_imputable"], p["moneda_imputacion"]), p["tipo_cambio"], p["moneda"],
            p["moneda_imputacion"])
    return ""


class PestanaPagos(_Pestana):
    def __init__(self, vista: VistaCuotas):
        super().__init__(vista)
        self._pagos: list[dict] = []
        self.busqueda = QLineEdit()
        self.busqueda.setPlaceholderText(self.tr("Buscar por miembro, recibo o referencia"))
        self.busqueda.setClearButtonEnabled(True)
        self.busqueda.textChanged.connect(lambda _: self._filtrar())
        self.anio = QComboBox()
        self.anio.currentIndexChanged.connect(lambda _: self._filtrar())
        arriba = QHBoxLayout()
        arriba.addWidget(self.busqueda, 3)
        arriba.addWidget(self.anio, 1)

        self.modelo = ModeloTabla([
            Columna(self.tr("Recibo"), lambda p: p["recibo"], orden=lambda p: (p["recibo_anio"] or 0) * 100000 + (p["recibo_numero"] or 0), ancho=90),
            Columna(self.tr("Fecha"), lambda p: fecha_dma(p["fecha"]), orden=lambda p: f"{p['fecha']}{p['id']:09d}", ancho=90),
            Columna(self.tr("Miembro"), lambda p: p["miembro"], ancho=210, ayuda=lambda p: p["miembro"]),
            Columna(self.tr("Importe"), _importe_pago, orden=lambda p: p["importe_imputable"], derecha=True, ancho=140,
                    ayuda=_ayuda_pago),
            Columna(self.tr("Medio"), lambda p: tr(MEDIOS_PAGO.get(p["medio"], p["medio"])), ancho=110),
            Columna(self.tr("Referencia"), lambda p: p["referencia"] or "", ancho=120),
            Columna(self.tr("Estado"), lambda p: self.tr("ANULADO") if p["anulado_en"] else self.tr("Vigente"),
                    color=lambda p: ROJO if p["anulado_en"] else None, negrita=lambda p: bool(p["anulado_en"]),
                    ayuda=lambda p: self.tr("Anulado el {0}: {1}").format(fecha_dma(p["anulado_en"]), p["motivo_anulacion"])
                    if p["anulado_en"] else ""),
        ], self, color_fila=lambda p: GRIS if p["anulado_en"] else None)
        self.tabla = crear_tabla(self.modelo)
        self.tabla.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.tabla.doubleClicked.connect(lambda _: self._abrir_cuenta())
        self.resumen = QLabel()
        self.boton_registrar = _boton(self.tr("Registrar pago…"), self.registrar, "pago")
        self.boton_anular = _boton(self.tr("Anular…"), self.anular, "anular")
        self.boton_recibo = _boton(self.tr("Recibo (PDF)…"), self.recibo, "recibo")
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addLayout(_botonera(self.boton_registrar, self.boton_anular, self.boton_recibo, derecha=self.resumen))

    def recargar(self) -> None:
        self._pagos = listar_pagos(self.db, self.asociacion["id"])
        for p in self._pagos:
            p["_buscar"] = normalizar(f"{p['miembro']} {p['recibo']} {p['referencia'] or ''}")
        actual = self.anio.currentData()
        self.anio.blockSignals(True)
        self.anio.clear()
        self.anio.addItem(self.tr("Todos los años"), None)
        for anio in sorted({p["fecha"][:4] for p in self._pagos}, reverse=True):
            self.anio.addItem(anio, anio)
        self.anio.setCurrentIndex(max(self.anio.findData(actual), 0))
        self.anio.blockSignals(False)
        self._filtrar()

    def _filtrar(self) -> None:
        texto, anio = normalizar(self.busqueda.text()), self.anio.currentData()
        pagos = [p for p in self._pagos if (not texto or texto in p["_buscar"]) and (anio is None or p["fecha"].startswith(anio))]
        self.modelo.cargar(pagos)
        anulados = sum(1 for p in pagos if p["anulado_en"])
        texto = self.tr("{0} pagos").format(miles(len(pagos)))
        if anulados:
            texto += self.tr(" · {0} anulados").format(miles(anulados))
        self.resumen.setText(texto)

    def seleccionar(self, pago_id: int) -> None:
        for numero, pago in enumerate(self.modelo.filas):
            if pago["id"] == pago_id:
                self.tabla.selectRow(numero)
                self.tabla.scrollTo(self.modelo.index(numero, 0))
                return

    def registrar(self) -> None:
        from ...dialogos.pago import DialogoPago

        dialogo = DialogoPago(self.db, self.asociacion, padre=self, ajustes=self.vista.ajustes)
        dialogo.exec()
        registrado = dialogo.registrado
        descartar(dialogo)
        if registrado is not None:
            self.busqueda.clear()
            self.actualizar()
            self.seleccionar(registrado.pago_id)
            self.guardado("pagos")

    def anular(self) -> None:
        pago = self._exigir(self.tabla, self.tr("un pago"))
        if pago is None:
            return
        titulo = self.tr("Anular el pago")
        if pago["anulado_en"]:
            QMessageBox.information(self, titulo, self.tr("El recibo {0} ya está anulado: {1}").format(
                pago["recibo"], pago["motivo_anulacion"]))
            return
        motivo, aceptado = QInputDialog.getText(self, titulo, self.tr(
            "Recibo {0} de {1} por {2}, del {3}.\n\nEl pago deja de contar y su recibo queda ANULADO; "
            "no se borra.\n\nMotivo de la anulación:").format(
            pago["recibo"], pago["miembro"], _importe_pago(pago), fecha_dma(pago["fecha"])))
        if not aceptado:
            return
        try:
            anular_pago(self.db, self.asociacion["id"], pago["id"], motivo)
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "anular un pago")
            return
        self.actualizar()
        self.seleccionar(pago["id"])
        self.guardado("pagos")

    def recibo(self) -> None:
        pago = self._exigir(self.tabla, self.tr("un pago"))
        if pago is not None:
            self._documento(self.tr("Recibo"), f"recibo-{pago['recibo'].replace('/', '-')}.pdf",
                            lambda ruta: imprimir_recibo(self.db, self.asociacion["id"], pago["id"], ruta))

    def _abrir_cuenta(self) -> None:
        pago = fila_elegida(self.tabla)
        if pago is not None:
            self.vista.abrir_cuenta(pago["miembro_id"])


# --- Morosidad ---------------------------------------------------------------------------------------

def años_agrupados(anios: Sequence[int]) -> str:
    """[2021, 2023, 2024, 2025] -> '2021, 2023–2025'."""
    tramos: list[list[int]] = []
    for anio in sorted(anios):
        if tramos and anio == tramos[-1][-1] + 1:
            tramos[-1].append(anio)
        else:
            tramos.append([anio])
    return ", ".join(str(t[0]) if len(t) == 1 else f"{t[0]}–{t[-1]}" for t in tramos)


def _antiguedad(deuda) -> str:
    """La deuda por antigüedad, para la ayuda emergente."""
    return "\n".join(f"{tr(etiqueta)}: {formatear(deuda.por_antiguedad[etiqueta], deuda.moneda)}"
                     for _, etiqueta in TRAMOS_ANTIGUEDAD if deuda.por_antiguedad.get(etiqueta))


@dataclass
class FilaMorosidad:
    """Una deuda del servicio con el nombre y el país del miembro (el resto se lee de la deuda)."""

    deuda: Any
    nombre: str
    pais: str

    def __getattr__(self, nombre: str):
        return getattr(self.deuda, nombre)


class PestanaMorosidad(_Pestana):
    def __init__(self, vista: VistaCuotas):
        super().__init__(vista)
        self._deudas = []
        self.al = editor_de_fecha(hoy())
        self.al.dateChanged.connect(lambda _: self.actualizar())
        self.solo_suspendidos = QCheckBox(self.tr("Solo con el voto suspendido"))
        self.solo_suspendidos.toggled.connect(lambda _: self._filtrar())
        self.regla = QLabel()
        self.regla.setWordWrap(True)
        self.boton_regla = _boton(self.tr("Cambiar la regla…"), self.cambiar_regla)
        arriba = QHBoxLayout()
        arriba.addWidget(QLabel(self.tr("Deuda vencida al:")))
        arriba.addWidget(self.al)
        arriba.addSpacing(12)
        arriba.addWidget(self.solo_suspendidos)
        arriba.addStretch(1)
        linea_regla = QHBoxLayout()
        linea_regla.addWidget(self.regla, 1)
        linea_regla.addWidget(self.boton_regla)

        mas_de_un_anio = TRAMOS_ANTIGUEDAD[-1][1]
        columnas = [
            Columna(self.tr("Miembro"), lambda d: d.nombre, ancho=230, ayuda=lambda d: d.nombre),
            Columna(self.tr("País"), lambda d: d.pais, ancho=100),
            Columna(self.tr("Cuotas impagas"), lambda d: str(d.cuotas_impagas), orden=lambda d: d.cuotas_impagas,
                    derecha=True, ancho=110),
            Columna(self.tr("Años"), lambda d: años_agrupados(d.anios), orden=lambda d: d.anios[0] if d.anios else 0,
                    ancho=110),
            Columna(self.tr("Deuda"), lambda d: formatear(d.total, d.moneda), orden=lambda d: d.total, derecha=True,
                    ancho=115, negrita=lambda d: True, ayuda=_antiguedad),
            Columna(tr(mas_de_un_anio), lambda d: formatear(d.por_antiguedad[mas_de_un_anio], d.moneda)
                    if d.por_antiguedad.get(mas_de_un_anio) else "",
                    orden=lambda d: d.por_antiguedad.get(mas_de_un_anio, 0), derecha=True, ancho=130,
                    ayuda=_antiguedad),
            Columna(self.tr("Voto"), lambda d: self.tr("Sí") if d.puede_votar else self.tr("Suspendido"),
                    orden=lambda d: int(d.puede_votar), ancho=90,
                    color=lambda d: None if d.puede_votar else ROJO, negrita=lambda d: not d.puede_votar),
        ]
        self.modelo = ModeloTabla(columnas, self)
        self.tabla = crear_tabla(self.modelo)
        self.tabla.doubleClicked.connect(lambda _: self._abrir_cuenta())
        self.tabla.setToolTip(self.tr("Doble clic: la cuenta del miembro"))
        self.totales = QLabel()
        self.totales.setTextFormat(Qt.TextFormat.RichText)
        self.boton_excel = _boton(self.tr("Exportar a Excel…"), self.exportar_excel, "excel")
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addLayout(linea_regla)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addLayout(_botonera(self.boton_excel, derecha=self.totales))

    def _fecha(self) -> date:
        return self.al.date().toPython()

    def recargar(self) -> None:
        asociacion = self._asociacion_al_dia()
        self.regla.setText(self.tr("Regla de los estatutos: <b>{0}</b>").format(
            _html(texto_regla(asociacion.get("cuotas_para_suspender"), asociacion.get("articulo_suspension"))
                  + (" " + _tolerancia_de(asociacion).texto() if _tolerancia_de(asociacion).activa else ""))))
        al = self._fecha()
        nombres = {m["id"]: m for m in listar_miembros(self.db, self.asociacion["id"], al=al)}
        self._deudas = [FilaMorosidad(d, nombres.get(d.miembro_id, {}).get("nombre", ""),
                                      nombres.get(d.miembro_id, {}).get("pais_nombre", ""))
                        for d in morosidad(self.db, self.asociacion["id"], al)]
        self._filtrar()

    def _asociacion_al_dia(self) -> dict:
        """La regla de voto puede haber cambiado: se relee la asociación (y se actualiza la del área)."""
        fresca = next((a for a in listar_asociaciones(self.db) if a["id"] == self.asociacion["id"]), None)
        if fresca is not None:
            self.asociacion.update(fresca)
        return self.asociacion

    def _filtrar(self) -> None:
        deudas = [d for d in self._deudas if not (self.solo_suspendidos.isChecked() and d.puede_votar)]
        self.modelo.cargar(deudas)
        suspendidos = sum(1 for d in self._deudas if not d.puede_votar)
        self.totales.setText(sin_cortes(
            self.tr("{0} miembros con deuda vencida · total <b>{1}</b> · {2} con el voto suspendido")
            .format(miles(len(deudas)), sumas([(d.total, d.moneda) for d in deudas]), miles(suspendidos))))

    def cambiar_regla(self) -> None:
        asociacion = self._asociacion_al_dia()
        from ...dialogos.conflicto import SOBRESCRIBIR, preguntar_conflicto

        leida = {clave: asociacion.get(clave) for clave in ("cuotas_para_suspender", "articulo_suspension",
                                                             "tolerancia_porcentaje", "tolerancia_unidades",
                                                             "articulo_tolerancia")}
        dialogo = DialogoReglaVoto(leida["cuotas_para_suspender"], leida["articulo_suspension"], self,
                                   tolerancia=_tolerancia_de(asociacion))
        if dialogo.exec() == QDialog.DialogCode.Accepted:
            cuotas, articulo = dialogo.valores()
            while True:   # si otro programa cambió la regla mientras el diálogo estaba abierto, se pregunta
                try:
                    fijar_regla_de_voto(self.db, self.asociacion["id"], cuotas, articulo, leida=leida,
                                        tolerancia=dialogo.tolerancia())
                except ErrorConflicto as error:
                    if preguntar_conflicto(self, error, self.tr("la regla de voto")) == SOBRESCRIBIR:
                        leida = error.actual
                        continue
                    self.actualizar()   # Recargar o Cancelar: se ve la regla que está en la base
                except Exception as error:  # noqa: BLE001
                    mostrar_error(self, error, "cambiar la regla de voto")
                else:
                    self.actualizar()
                    self.guardado("asociacion")
                break
        descartar(dialogo)

    def exportar_excel(self) -> None:
        al = self._fecha()
        self._documento(self.tr("Exportar la morosidad"), f"morosidad-{self.asociacion['sigla']}-{al.isoformat()}.xlsx",
                        lambda ruta: exportar_morosidad(self.db, self.asociacion["id"], ruta, al))

    def _abrir_cuenta(self) -> None:
        deuda = fila_elegida(self.tabla)
        if deuda is not None:
            self.vista.abrir_cuenta(deuda.miembro_id)


class DialogoReglaVoto(QDialog):
    """«N cuotas anuales impagas suspenden el derecho a voto (artículo …)», o ninguna suspensión."""

    def __init__(self, cuotas: int | None, articulo: str | None, padre: QWidget | None = None, *,
                 tolerancia: Tolerancia | None = None):
        super().__init__(padre)
        self.setWindowTitle(self.tr("Regla de suspensión del voto"))
        tolerancia = tolerancia or Tolerancia()
        # Tolerancia del reglamento: un saldo mínimo no cuenta como cuota impaga (sigue siendo deuda).
        self.tolerancia_unidades = QSpinBox()
        self.tolerancia_unidades.setRange(0, 1_000_000)
        self.tolerancia_unidades.setValue(tolerancia.unidades)
        sufijo = lambda n: self.tolerancia_unidades.setSuffix(  # noqa: E731
            self.tr(" unidad de la moneda") if n == 1 else self.tr(" unidades de la moneda"))
        sufijo(tolerancia.unidades)
        self.tolerancia_unidades.valueChanged.connect(sufijo)
        self.tolerancia_unidades.setSpecialValueText(self.tr("sin tolerancia por importe"))
        self.tolerancia_porcentaje = QSpinBox()
        self.tolerancia_porcentaje.setRange(0, 100)
        self.tolerancia_porcentaje.setValue(tolerancia.porcentaje)
        self.tolerancia_porcentaje.setSuffix(self.tr(" % de la cuota"))
        self.tolerancia_porcentaje.setSpecialValueText(self.tr("sin tolerancia por porcentaje"))
        self.articulo_tolerancia = QLineEdit(tolerancia.articulo or "")
        self.articulo_tolerancia.setPlaceholderText(self.tr("por ejemplo: Reglamento de cuotas, art. 5"))
        self.suspende = QCheckBox(self.tr("Las cuotas impagas suspenden el derecho a voto"))
        self.suspende.setChecked(cuotas is not None)
        self.cuotas = QSpinBox()
        self.cuotas.setRange(1, 20)
        self.cuotas.setValue(cuotas or 2)
        self.cuotas.setSuffix(self.tr(" cuotas anuales vencidas"))
        self.articulo = QLineEdit(articulo or "")
        self.articulo.setPlaceholderText(self.tr("por ejemplo: Estatuto, art. 9"))
        self.articulo.setMinimumWidth(280)
        self.suspende.toggled.connect(self.cuotas.setEnabled)
        self.cuotas.setEnabled(self.suspende.isChecked())
        formulario = QFormLayout()
        formulario.setLabelAlignment(_DERECHA)
        formulario.addRow("", self.suspende)
        formulario.addRow(self.tr("Se suspende con:"), self.cuotas)
        formulario.addRow(self.tr("Artículo:"), self.articulo)
        formulario.addRow(self.tr("Tolerancia: hasta"), self.tolerancia_unidades)
        formulario.addRow(self.tr("o hasta"), self.tolerancia_porcentaje)
        formulario.addRow(self.tr("Artículo de la tolerancia:"), self.articulo_tolerancia)
        explicacion = nota(self.tr("La regla rige para la morosidad, el derecho a voto y el quórum de las sesiones. "
                                   "Una cuota con un saldo dentro de la tolerancia (la mayor de las dos) no cuenta "
                                   "como impaga para suspender el voto; el saldo sigue siendo deuda."))
        explicacion.setWordWrap(True)
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        botones.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Guardar"))
        botones.accepted.connect(self.accept)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(formulario)
        disposicion.addWidget(explicacion)
        disposicion.addWidget(botones)

    def valores(self) -> tuple[int | None, str | None]:
        return (self.cuotas.value() if self.suspende.isChecked() else None), (self.articulo.text().strip() or None)

    def tolerancia(self) -> Tolerancia:
        return Tolerancia(self.tolerancia_porcentaje.value(), self.tolerancia_unidades.value(),
                          self.articulo_tolerancia.text().strip() or None)


def _tolerancia_de(asociacion: dict) -> Tolerancia:
    return Tolerancia(asociacion.get("tolerancia_porcentaje") or 0, asociacion.get("tolerancia_unidades") or 0,
                      asociacion.get("articulo_tolerancia"))


# --- Avisos ------------------------------------------------------------------------------------------

def _cargos_del_aviso(aviso) -> str:
    """'Cuota anual 2023–2026' (los años de cada tipo de cargo, agrupados; el servicio da tipo y año)."""
    por_concepto: dict[str, list[int]] = {}
    for cargo in aviso.cargos:
        por_concepto.setdefault(cargo["tipo"], []).append(cargo["anio"])
    return "; ".join(f"{nombre} {años_agrupados(anios)}".strip() for nombre, anios in por_concepto.items())


class PestanaAvisos(_Pestana):
    _COLUMNA_TOTAL = 3

    def __init__(self, vista: VistaCuotas):
        super().__init__(vista)
        self.al = editor_de_fecha(hoy())
        self.al.setMaximumDate(QDate.currentDate())
        self.al.dateChanged.connect(lambda _: self.actualizar())
        self.explicacion = nota()
        arriba = QHBoxLayout()
        arriba.addWidget(QLabel(self.tr("Atraso al:")))
        arriba.addWidget(self.al)
        arriba.addSpacing(12)
        arriba.addWidget(self.explicacion, 1)
        self.modelo = ModeloTabla([
            Columna(self.tr("Miembro"), lambda a: a.miembro, ancho=230, ayuda=lambda a: a.miembro),
            Columna(self.tr("País"), lambda a: a.pais, ancho=100),
            Columna(self.tr("Aviso"), lambda a: self.tr("{0}.º aviso").format(a.nivel), orden=lambda a: a.nivel, ancho=80,
                    color=lambda a: ROJO if a.nivel >= 3 else None),
            Columna(self.tr("Total"), lambda a: texto_de_totales(a.por_moneda()), orden=lambda a: a.total, derecha=True,
                    ancho=120, negrita=lambda a: True, ayuda=lambda a: texto_de_totales(a.por_moneda())),
            Columna(self.tr("Mayor atraso"), lambda a: self.tr("{0} días").format(miles(max(c["dias"] for c in a.cargos))),
                    orden=lambda a: max(c["dias"] for c in a.cargos), derecha=True, ancho=110),
            Columna(self.tr("Cargos"), _cargos_del_aviso, orden=lambda a: len(a.cargos), ancho=300,
                    ayuda=lambda a: "\n".join(tr("{0}: {1}, vencido hace {2} días").format(
                        c["concepto"], formatear(c["saldo"], c["moneda"]), miles(c["dias"])) for c in a.cargos)),
        ], self)
        self.tabla = crear_tabla(self.modelo)
        self.resumen = QLabel()
        self.resumen.setTextFormat(Qt.TextFormat.RichText)
        self.boton_generar = _boton(self.tr("Generar cartas (PDF)…"), self.generar, "avisos")
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addLayout(_botonera(self.boton_generar, derecha=self.resumen))

    def _fecha(self) -> date:
        return self.al.date().toPython()

    def recargar(self) -> None:
        try:
            niveles = leer_niveles(self.asociacion.get("niveles_aviso") or "30,90,180")
        except ValueError:
            niveles = []
        if niveles:
            dias = ", ".join(str(n) for n in niveles[:-1]) + (self.tr(" y ") if len(niveles) > 1 else "") + str(niveles[-1])
            self.explicacion.setText(self.tr(
                "Un aviso al llegar a {0} días de atraso. Cada carta se registra al generarla: el mismo aviso "
                "no se repite.").format(dias))
        avisos = preparar_avisos(self.db, self.asociacion["id"], self._fecha())
        self.modelo.cargar(avisos)
        if any(a.varias_monedas for a in avisos):  # «USD 500,00 y EUR 450,00» no cabe en el ancho de siempre
            self.tabla.resizeColumnToContents(self._COLUMNA_TOTAL)
        self.boton_generar.setEnabled(bool(avisos))
        if avisos:
            self.resumen.setText(self.tr("{0} cartas · total adeudado <b>{1}</b>").format(
                miles(len(avisos)), sumas([total for a in avisos for total in a.por_moneda()])))
        else:
            self.resumen.setText(self.tr("No hay avisos pendientes a esta fecha."))

    def generar(self) -> None:
        cantidad = self.modelo.rowCount()
        if not cantidad:
            return
        titulo = self.tr("Generar avisos de cobro")
        if QMessageBox.question(self, titulo, self.tr(
                "Se generarán {0} cartas de aviso en un PDF y quedarán registradas como enviadas: la próxima vista "
                "previa ya no las incluirá.\n\n¿Continuar?").format(miles(cantidad)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        al = self._fecha()
        hecho = guardar_documento(self, titulo, f"avisos-{self.asociacion['sigla']}-{al.isoformat()}.pdf",
                                  lambda ruta: generar_avisos(self.db, self.asociacion["id"], ruta, al), self.vista.ajustes)
        if hecho:
            self.actualizar()
            self.guardado("cargos")
