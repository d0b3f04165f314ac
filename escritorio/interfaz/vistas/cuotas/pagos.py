"""Cuotas › Pagos: los pagos registrados (con los anulados en gris), registrar, anular y el recibo."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from ....dominio.cuotas import MEDIOS_PAGO
from ....dominio.texto import normalizar
from ....servicios.informes_cuotas import imprimir_recibo
from ....servicios.pagos import anular_pago, listar_pagos
from ...operaciones import hacer_en_la_ventana
from ...comun import descartar, fecha_dma, miles, tr, formatear
from ...modelos.tabla import Columna, ModeloTabla, crear_tabla, fila_elegida
from ...piezas import GRIS, ROJO, AtajosDeBusqueda
from .pestana import AreaCuotas, Pestana, boton, botonera


def _importe_pago(p: dict) -> str:
    return formatear(p["importe"], p["moneda"])


def _ayuda_pago(p: dict) -> str:
    if p["moneda"] != p["moneda_imputacion"]:
        return tr("Equivale a {0} (tipo de cambio {1} {2} por 1 {3})").format(
            formatear(p["importe_imputable"], p["moneda_imputacion"]), p["tipo_cambio"], p["moneda"],
            p["moneda_imputacion"])
    return ""


class PestanaPagos(Pestana):
    def __init__(self, vista: AreaCuotas):
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
        self.tabla.activated.connect(lambda _: self._abrir_cuenta())   # doble clic o Enter: la cuenta del miembro
        # Ctrl+F a la búsqueda; de ella al pago con Flecha abajo o Enter (un solo resultado: su cuenta); Esc vuelve.
        self.atajos_busqueda = AtajosDeBusqueda(self.busqueda, self.tabla, abrir=self._abrir_cuenta,
                                                 ctrl_f_en=self)
        self.resumen = QLabel()
        self.boton_registrar = boton(self.tr("Registrar pago…"), self.registrar, "pago")
        self.boton_extracto = boton(self.tr("Importar extracto…"), self.importar_extracto, "importar")
        self.boton_extracto.setToolTip(self.tr("Registrar de una vez los cobros de un extracto bancario o de la planilla "
                                               "de tesorería (.csv, .xlsx), con la revisión de cada línea antes."))
        self.boton_anular = boton(self.tr("Anular…"), self.anular, "anular")
        self.boton_recibo = boton(self.tr("Recibo (PDF)…"), self.recibo, "recibo")
        # «Por correo…» junto a «Recibo (PDF)…»: con cinco botones, el rótulo corto entra a 1366×768 al 150 %.
        self.boton_correo = boton(self.tr("Por correo…"), self.enviar_recibo, "enviar_correo")
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addLayout(botonera(self.boton_registrar, self.boton_extracto, self.boton_anular, self.boton_recibo,
                                       self.boton_correo, derecha=self.resumen))
        # Anular y el recibo actúan sobre el pago elegido: sin filas o sin elegir, deshabilitados (y dicen por qué);
        # se habilitan solos al aparecer filas o al elegir una.
        self.tabla.selectionModel().selectionChanged.connect(lambda *_: self._actualizar_botones())
        self.modelo.modelReset.connect(self._actualizar_botones)
        self._actualizar_botones()

    def _actualizar_botones(self) -> None:
        pago = fila_elegida(self.tabla)
        if pago is not None:
            anulado = bool(pago["anulado_en"])
            self.boton_anular.setEnabled(not anulado)
            self.boton_anular.setToolTip(
                self.tr("El recibo {0} ya está anulado.").format(pago["recibo"]) if anulado
                else self.tr("Anular el pago del recibo {0}: deja de contar y su recibo queda ANULADO (no se borra).")
                .format(pago["recibo"]))
            self.boton_recibo.setEnabled(True)
            self.boton_recibo.setToolTip(self.tr("El recibo {0} en PDF, para imprimir o enviar.").format(pago["recibo"]))
            self.boton_correo.setEnabled(not anulado)
            self.boton_correo.setToolTip(
                self.tr("El recibo {0} está anulado: no se envía.").format(pago["recibo"]) if anulado
                else self.tr("Envía por correo el recibo {0} a {1}, con su PDF.").format(pago["recibo"], pago["miembro"]))
            return
        if self.modelo.rowCount():
            porque = self.tr("Elija primero un pago en la tabla.")
        elif self._pagos:
            porque = self.tr("Ningún pago coincide con la búsqueda o el año elegidos.")
        else:
            porque = self.tr("Todavía no hay pagos: registre uno con «Registrar pago…».")
        for accion in (self.boton_anular, self.boton_recibo, self.boton_correo):
            accion.setEnabled(False)
            accion.setToolTip(porque)

    def recargar(self) -> None:
        self._pagos = listar_pagos(self.contexto)
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
        texto = self.tr("1 pago") if len(pagos) == 1 else self.tr("{0} pagos").format(miles(len(pagos)))
        if anulados:
            texto += self.tr(" · 1 anulado") if anulados == 1 else self.tr(" · {0} anulados").format(miles(anulados))
        self.resumen.setText(texto)

    def seleccionar(self, pago_id: int) -> None:
        for numero, pago in enumerate(self.modelo.filas):
            if pago["id"] == pago_id:
                self.tabla.selectRow(numero)
                self.tabla.scrollTo(self.modelo.index(numero, 0))
                return

    def registrar(self) -> None:
        from ...dialogos.pago import DialogoPago

        dialogo = DialogoPago(self.oficina, padre=self, ajustes=self.vista.ajustes)
        dialogo.exec()
        registrado = dialogo.registrado
        descartar(dialogo)
        if registrado is not None:
            self.busqueda.clear()
            self.actualizar()
            self.seleccionar(registrado.pago_id)

    def importar_extracto(self) -> None:
        from ...dialogos.extracto import DialogoExtracto

        dialogo = DialogoExtracto(self.oficina, padre=self, ajustes=self.vista.ajustes)
        dialogo.exec()
        registrados = dialogo.resultado.registrados if dialogo.resultado else []
        descartar(dialogo)
        if registrados:
            self.busqueda.clear()
            self.actualizar()
            self.seleccionar(registrados[-1].pago.pago_id)

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
        if hacer_en_la_ventana(self, self.oficina, lambda: anular_pago(self.contexto, pago["id"], motivo),
                               que="anular un pago") is None:
            return
        self.actualizar()
        self.seleccionar(pago["id"])

    def recibo(self) -> None:
        pago = self._exigir(self.tabla, self.tr("un pago"))
        if pago is not None:
            self._documento(self.tr("Recibo"), f"recibo-{pago['recibo'].replace('/', '-')}.pdf",
                            lambda ruta: imprimir_recibo(self.contexto, pago["id"], ruta))

    def enviar_recibo(self) -> None:
        """El recibo del pago elegido por correo a quien pagó (servicios.correo.preparar_recibo)."""
        from ....servicios.correo import preparar_recibo
        from ...dialogos.enviar_correo import DialogoEnviarCorreo

        pago = self._exigir(self.tabla, self.tr("un pago"))
        if pago is None:
            return
        contexto, pago_id = self.contexto, pago["id"]
        dialogo = DialogoEnviarCorreo(self.oficina, self.tr("Enviar el recibo por correo"),
                                      lambda _miembros, copias: preparar_recibo(contexto, pago_id, copias=copias),
                                      self, elegir=False)
        dialogo.exec()
        descartar(dialogo)

    def _abrir_cuenta(self) -> None:
        pago = fila_elegida(self.tabla)
        if pago is not None:
            self.vista.abrir_cuenta(pago["miembro_id"])
