"""El área Convenios: el registro de convenios y hermanamientos (lista con filtro y el estado de cada uno en su
color, el convenio elegido con sus partes, plazos, obligaciones y PDF firmado) y la pestaña de vencimientos.

Todo lo pide a los servicios (`servicios.convenios`, `obligaciones_de_convenios`, `pdf_de_convenios`,
`informes_convenios`): los mismos que usa «escritorio convenios». El detalle del convenio vive en `detalle.py`, los
vencimientos en `vencimientos.py`; los diálogos, en `dialogos/convenio*.py`.
"""

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QMessageBox,
                               QPushButton, QSplitter, QStackedWidget, QTableView, QTabWidget, QVBoxLayout, QWidget)

from ....dominio.formato import cuantos
from ....dominio.convenios import ESTADOS_CONVENIO, TIPOS_CONVENIO
from ....servicios.base import hoy
from ....servicios.convenios import listar_convenios
from ....servicios.vencimientos_de_convenios import vencimientos as lo_que_vence   # `vencimientos`: la pestaña
from ...operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ...comun import descartar, tr
from ...flujo import FilaFluida
from ...iconos import icono
from ...modelos.convenios import FiltroDeConvenios, ModeloConvenios
from ...piezas import AreaPerezosa, elegir_archivo, guardar_documento, nombre_de_archivo, nota, pagina_vacia
from .detalle import DetalleConvenio
from .vencimientos import PestanaVencimientos

__all__ = ["VistaConvenios"]


class VistaConvenios(AreaPerezosa):
    """El registro de convenios. Lo que se guarda desde aquí lo avisa la oficina (ver `interfaz/cambios.py`)."""

    # Los convenios; sus partes miembro (nombre), el órgano responsable, la resolución y la sigla de la asociación.
    MUESTRA = frozenset({"convenios", "miembros", "organos", "sesiones", "asociacion"})

    def __init__(self, ajustes: QSettings | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self._ajustes = ajustes
        self.convenios: list[dict] = []
        self.modelo = ModeloConvenios(self)
        self.filtro = FiltroDeConvenios(self)
        self.filtro.setSourceModel(self.modelo)
        self._construir()

    # --- construcción -----------------------------------------------------------------------
    def _construir(self) -> None:
        self.busqueda = QLineEdit()
        self.busqueda.setPlaceholderText(self.tr("Buscar por título, parte u objeto"))
        self.busqueda.setClearButtonEnabled(True)
        self.busqueda.textChanged.connect(lambda texto: self._filtrar(texto=texto))
        self.combo_tipo = QComboBox()
        self.combo_tipo.addItem(self.tr("Todos los tipos"), None)
        for clave, valor in TIPOS_CONVENIO.items():
            self.combo_tipo.addItem(tr(valor), clave)
        self.combo_tipo.currentIndexChanged.connect(lambda _: self._filtrar(tipo=self.combo_tipo.currentData()))
        self.combo_estado = QComboBox()
        self.combo_estado.addItem(self.tr("Todos los estados"), None)
        for clave, valor in ESTADOS_CONVENIO.items():
            self.combo_estado.addItem(tr(valor), clave)
        self.combo_estado.currentIndexChanged.connect(lambda _: self._filtrar(estado=self.combo_estado.currentData()))
        filtros = QHBoxLayout()
        filtros.addWidget(self.busqueda, 3)
        filtros.addWidget(self.combo_tipo, 1)
        filtros.addWidget(self.combo_estado, 1)

        self.tabla = QTableView()
        self.tabla.setModel(self.filtro)
        self.tabla.setSortingEnabled(True)
        self.tabla.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabla.setAlternatingRowColors(True)
        self.tabla.setWordWrap(False)
        self.tabla.verticalHeader().setVisible(False)
        self.tabla.verticalHeader().setDefaultSectionSize(24)
        cabecera = self.tabla.horizontalHeader()
        cabecera.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        cabecera.setStretchLastSection(True)
        for columna, ancho in enumerate((240, 110, 170, 85, 110, 110)):
            self.tabla.setColumnWidth(columna, ancho)
        self.tabla.selectionModel().selectionChanged.connect(lambda *_: self._convenio_elegido())
        self.tabla.activated.connect(lambda _: self.editar())

        self.detalle = DetalleConvenio()
        self.detalle.boton_obligacion.clicked.connect(self.nueva_obligacion)
        self.detalle.boton_cumplida.clicked.connect(self.marcar_cumplida)
        self.detalle.boton_pendiente.clicked.connect(self.volver_a_pendiente)
        self.divisor = QSplitter(Qt.Orientation.Vertical)
        self.divisor.setChildrenCollapsible(False)
        self.divisor.addWidget(self.tabla)
        self.divisor.addWidget(self.detalle)
        self.divisor.setStretchFactor(0, 3)
        self.divisor.setStretchFactor(1, 2)

        self.botones: dict[str, QPushButton] = {}
        acciones = FilaFluida()
        for nombre, texto, ico, funcion in (
                ("nuevo", self.tr("Nuevo convenio…"), "nuevo", self.nuevo),
                ("editar", self.tr("Corregir…"), "editar", self.editar),
                ("terminar", self.tr("Terminar…"), "terminar_convenio", self.terminar),
                ("adjuntar", self.tr("Adjuntar PDF firmado…"), "adjuntar", self.adjuntar_pdf),
                ("ver_pdf", self.tr("Ver PDF firmado"), "pdf", self.ver_pdf),
                ("exportar", self.tr("Exportar a Excel…"), "excel", self.exportar),
                ("externas", self.tr("Partes externas…"), "parte_externa", self.partes_externas)):
            boton = QPushButton(icono(ico), texto)
            boton.clicked.connect(funcion)
            self.botones[nombre] = boton
            acciones.addWidget(boton)
        acciones.addStretch(1)
        self.resumen = nota()
        self.resumen.setWordWrap(False)   # en una pantalla chica baja entero a otra línea (FilaFluida)
        acciones.addWidget(self.resumen)

        registro = QWidget()
        caja = QVBoxLayout(registro)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addLayout(filtros)
        caja.addWidget(self.divisor, 1)
        caja.addLayout(acciones)

        self.vencimientos = PestanaVencimientos()
        self.vencimientos.abrir.connect(self.ir_al_convenio)
        self.vencimientos.ventana_cambiada.connect(self._mostrar_vencimientos)
        self.pestanas = QTabWidget()
        self.pestanas.addTab(registro, self.tr("Registro"))
        self.pestanas.addTab(self.vencimientos, self.tr("Vencimientos"))

        self.boton_primero = QPushButton(icono("nuevo"), self.tr("Cargar el primer convenio…"))
        self.boton_primero.clicked.connect(self.nuevo)
        vacio = pagina_vacia(self.tr("La asociación todavía no registró convenios"), self.tr(
            "Aquí se llevan los convenios de cooperación, los hermanamientos entre ciudades, los financiamientos y la "
            "membresía en otras redes: sus partes, plazos, renovaciones, obligaciones y el PDF firmado."),
            self.boton_primero)
        self.paginas = QStackedWidget()
        self.paginas.addWidget(vacio)
        self.paginas.addWidget(self.pestanas)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.paginas)

    # --- datos --------------------------------------------------------------------------------
    def recargar(self, elegir: int | None = None) -> None:
        self._al_dia_con_la_base()
        actual = elegir if elegir is not None else self.convenio_id()
        convenios = consultar_en_la_ventana(self, lambda: listar_convenios(self.contexto), que="convenios")
        if convenios is FALLO:
            return
        self.convenios = convenios
        self.modelo.cargar(self.convenios)
        self.paginas.setCurrentIndex(1 if self.convenios else 0)
        self.seleccionar(actual)
        self._resumir()
        self._mostrar_vencimientos()

    def _resumir(self) -> None:
        vigentes = sum(1 for c in self.convenios if c["estado"] in ("vigente", "renovado", "por_vencer"))
        por_vencer = sum(1 for c in self.convenios if c["estado"] == "por_vencer")
        texto = self.tr("{0}, {1}").format(
            cuantos(len(self.convenios), self.tr("{0} convenio"), self.tr("{0} convenios")),
            cuantos(vigentes, self.tr("{0} vigente"), self.tr("{0} vigentes")))
        if por_vencer:
            texto += " · " + self.tr("{0} por vencer").format(por_vencer)
        self.resumen.setText(texto)

    def _mostrar_vencimientos(self) -> None:
        desde = hoy()
        items = consultar_en_la_ventana(self, lambda: lo_que_vence(
            self.contexto, desde, desde + timedelta(days=self.vencimientos.dias_elegidos())),
            que="vencimientos de convenios")
        if items is FALLO:
            return
        self.vencimientos.mostrar(items)
        atrasadas = any(v.atrasada for v in items)
        self.pestanas.setTabText(1, self.tr("Vencimientos ({0})").format(len(items)) if items
                                 else self.tr("Vencimientos"))
        self.pestanas.setTabIcon(1, icono("morosidad") if atrasadas else icono("convocar"))

    def _filtrar(self, **criterios) -> None:
        """El convenio elegido sigue elegido si el filtro lo deja ver; si no, el primero que se ve."""
        actual = self.convenio_id()
        self.filtro.fijar(**criterios)
        if actual is None or not self.seleccionar(actual):
            self.seleccionar(None)

    def convenio_id(self) -> int | None:
        convenio = self.convenio
        return None if convenio is None else convenio["id"]

    @property
    def convenio(self) -> dict | None:
        filas = self.tabla.selectionModel().selectedRows()
        return self.filtro.convenio(filas[0].row()) if filas else None

    def seleccionar(self, convenio_id: int | None) -> bool:
        """Elige el convenio en la lista (si el filtro lo deja ver); si no, el primero."""
        fila = next((n for n in range(self.filtro.rowCount()) if self.filtro.convenio(n)["id"] == convenio_id), None)
        if fila is None and self.filtro.rowCount():
            fila = 0 if convenio_id is None else None
        if fila is None:
            self.tabla.clearSelection()
            self._convenio_elegido()
            return False
        self.tabla.selectionModel().select(self.filtro.index(fila, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
        self.tabla.scrollTo(self.filtro.index(fila, 0))
        self._convenio_elegido()
        return True

    def ir_al_convenio(self, convenio_id: int) -> None:
        """Desde los vencimientos: al registro, sin filtros que lo escondan, con el convenio elegido."""
        self.pestanas.setCurrentIndex(0)
        if not self.seleccionar(convenio_id):
            self.busqueda.clear()
            self.combo_tipo.setCurrentIndex(0)
            self.combo_estado.setCurrentIndex(0)
            self.seleccionar(convenio_id)

    def _convenio_elegido(self) -> None:
        convenio = self.convenio
        for nombre in ("editar", "terminar", "adjuntar"):
            self.botones[nombre].setEnabled(convenio is not None)
        self.botones["terminar"].setEnabled(convenio is not None and convenio["terminado_el"] is None
                                            and convenio["estado"] != "vencido")
        self.botones["ver_pdf"].setEnabled(convenio is not None and convenio["pdf"] is not None)
        self.botones["exportar"].setEnabled(bool(self.convenios))
        self.detalle.mostrar(convenio, self.asociacion["sigla"] if self.asociacion else "")

    # --- acciones ------------------------------------------------------------------------------
    def _dialogo(self, dialogo, resultado: str):
        dialogo.exec()
        hecho = getattr(dialogo, resultado)
        descartar(dialogo)
        return hecho

    def nuevo(self) -> None:
        from ...dialogos.convenio import DialogoConvenio

        hecho = self._dialogo(DialogoConvenio(self.oficina, None, self), "convenio_id")
        if hecho is not None:
            self.pestanas.setCurrentIndex(0)
            self.recargar(hecho)
            self.ir_al_convenio(hecho)

    def editar(self) -> None:
        from ...dialogos.convenio import DialogoConvenio

        convenio = self.convenio
        if convenio is None:
            return
        hecho = self._dialogo(DialogoConvenio(self.oficina, convenio["id"], self), "convenio_id")
        if hecho is not None:
            self.recargar(hecho)

    def terminar(self) -> None:
        from ...dialogos.convenio_acciones import DialogoTerminarConvenio

        convenio = self.convenio
        if convenio is not None and self._dialogo(DialogoTerminarConvenio(self.oficina, convenio, self),
                                                  "hasta") is not None:
            self.recargar(convenio["id"])

    def nueva_obligacion(self) -> None:
        from ...dialogos.convenio_acciones import DialogoObligacion

        convenio = self.convenio
        if convenio is not None and self._dialogo(DialogoObligacion(self.oficina, convenio, self),
                                                  "obligacion_id") is not None:
            self.recargar(convenio["id"])
            self.detalle.setCurrentIndex(1)

    def _obligacion(self, funcion) -> None:
        obligacion, convenio = self.detalle.obligacion(), self.convenio
        if obligacion is None or convenio is None:
            return
        if hacer_en_la_ventana(self, self.oficina, lambda: funcion(self.contexto, obligacion["id"]),
                               que="obligación de convenio") is None:
            return
        self.recargar(convenio["id"])
        self.detalle.setCurrentIndex(1)

    def marcar_cumplida(self) -> None:
        from ....servicios.obligaciones_de_convenios import cumplir_obligacion

        self._obligacion(cumplir_obligacion)

    def volver_a_pendiente(self) -> None:
        from ....servicios.obligaciones_de_convenios import volver_a_pendiente

        self._obligacion(volver_a_pendiente)

    def adjuntar_pdf(self) -> None:
        from ....servicios.pdf_de_convenios import adjuntar_pdf

        convenio = self.convenio
        if convenio is None:
            return
        titulo = self.tr("Adjuntar el convenio firmado")
        reemplazar = False
        if convenio["pdf"] is not None:
            if QMessageBox.question(self, titulo, self.tr(
                    "«{0}» ya tiene su PDF firmado ({1}). ¿Reemplazarlo por otro? El anterior queda guardado en su "
                    "historial.").format(convenio["titulo"], convenio["pdf"]["nombre"]),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return
            reemplazar = True
        carpeta = self._ajustes.value("convenios/carpeta", str(Path.home())) if self._ajustes else str(Path.home())
        ruta = elegir_archivo.para_abrir(self, titulo, carpeta, tr("Documento PDF (*.pdf)"))
        if not ruta:
            return
        if self._ajustes is not None:
            self._ajustes.setValue("convenios/carpeta", str(Path(ruta).parent))
        if hacer_en_la_ventana(self, self.oficina, lambda: adjuntar_pdf(self.contexto, convenio["id"], ruta,
                                                                        reemplazar=reemplazar),
                               que="adjuntar PDF de convenio") is None:
            return
        self.recargar(convenio["id"])

    def ver_pdf(self) -> None:
        from ....servicios.pdf_de_convenios import exportar_pdf, pdf_firmado
        from ...piezas.vista_previa import DocumentoParaVer, mostrar_vista_previa

        convenio = self.convenio
        if convenio is None or convenio["pdf"] is None:
            return
        # Se comprueba antes de mostrarlo: uno alterado no se ve.
        if consultar_en_la_ventana(self, lambda: pdf_firmado(self.contexto, convenio["id"]),
                                   que="ver PDF de convenio") is FALLO:
            return
        contexto = self.contexto
        documento = DocumentoParaVer.por_emitir(
            convenio["titulo"], convenio["pdf"]["nombre"],
            lambda ruta, _vista_previa: exportar_pdf(contexto, convenio["id"], ruta, reemplazar=True))
        mostrar_vista_previa(self, documento, self._ajustes)

    def exportar(self) -> None:
        from ....servicios.convenios import FiltroConvenios
        from ....servicios.informes_convenios import exportar_registro_de_convenios

        if self.db is None:
            return
        filtro = FiltroConvenios(tipo=self.combo_tipo.currentData(), estado=self.combo_estado.currentData())
        contexto, al = self.contexto, hoy()
        guardar_documento(self, self.tr("Registro de convenios"),
                          f"convenios-{nombre_de_archivo(self.asociacion['sigla'])}-{al.isoformat()}.xlsx",
                          lambda ruta: exportar_registro_de_convenios(contexto, ruta, al, filtro), self._ajustes)

    def partes_externas(self) -> None:
        from ...dialogos.convenio_acciones import DialogoPartesExternas

        if self._dialogo(DialogoPartesExternas(self.oficina, self), "cambios"):
            self.recargar()
