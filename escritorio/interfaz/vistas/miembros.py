"""El área Miembros: la tabla del padrón con búsqueda, filtros y las acciones del día a día."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget)

from ...dominio.miembros import ESTADOS_REGISTRADOS, TIPOS
from ...dominio.paises import idioma_de_los_nombres
from ...servicios.miembros import PadronDeLaTabla, padron_de_la_tabla
from ...servicios.padron_por_partes import tomar_primera_pantalla
from ...servicios.oficina import Oficina
from ..comun import descartar, miles, tr
from ..modelos.llenado_del_padron import LlenadoDelPadron
from ..modelos.miembros import FiltroMiembros, ModeloMiembros
from ..piezas import AtajosDeBusqueda, nota, titulo
from ..operaciones import consultar_en_la_ventana, hacer_en_la_ventana
from ..flujo import FilaFluida
from ..iconos import icono
from ..piezas.areas import recargar_despues_del_dialogo
from ..piezas.de_la_oficina import DeLaOficina

_ICONOS = {"nuevo": "nuevo", "solicitud": "nuevo", "editar": "editar", "dar_de_baja": "baja", "importar": "importar",
           "exportar_xlsx": "excel", "imprimir_pdf": "pdf"}   # botón (su función) -> ícono (interfaz/iconos.py)


class VistaMiembros(DeLaOficina, QWidget):
    """El padrón. Lo que se guarda desde aquí lo avisa la oficina (ver `interfaz/cambios.py`)."""

    # el padrón (estado, población), las autoridades y la asociación (el idioma de sus documentos da el orden alfabético)
    MUESTRA = frozenset({"miembros", "mandatos", "asociacion"})

    def __init__(self, ajustes: QSettings, padre=None):
        super().__init__(padre)
        self._pendiente = False
        self._recarga_programada = False
        self._leido_en = -1   # el número de escrituras de la oficina al leer el padrón (ver piezas/areas.py)
        self._ajustes = ajustes
        self.modelo = ModeloMiembros(self)
        self.filtro = FiltroMiembros(self)
        self.filtro.setSourceModel(self.modelo)
        self._construir()
        # Al abrir la ventana, la tabla muestra la primera pantalla del padrón y el resto llega después
        # (servicios/padron_por_partes.py).
        self.llenado = LlenadoDelPadron(self.modelo, self.tabla.viewport(), self)
        self.llenado.terminado.connect(self._actualizar_resumen)

    # --- construcción -----------------------------------------------------------------------
    def _construir(self) -> None:
        self.busqueda = QLineEdit()
        self.busqueda.setPlaceholderText(self.tr("Buscar por nombre, región, país o código (Ctrl+F)"))
        self.busqueda.setClearButtonEnabled(True)
        self.busqueda.textChanged.connect(lambda texto: self._filtrar(texto=texto))
        self.combo_pais = self._combo(self.tr("Todos los países"), [])
        self.combo_pais.currentIndexChanged.connect(lambda _: self._filtrar(pais=self.combo_pais.currentData()))
        self.combo_estado = self._combo(self.tr("Todos los estados"), [(tr(v), k) for k, v in ESTADOS_REGISTRADOS.items()])
        self.combo_estado.currentIndexChanged.connect(lambda _: self._filtrar(estado=self.combo_estado.currentData()))
        self.combo_tipo = self._combo(self.tr("Todos los tipos"), [(tr(v), k) for k, v in TIPOS.items()])
        self.combo_tipo.currentIndexChanged.connect(lambda _: self._filtrar(tipo=self.combo_tipo.currentData()))
        filtros = QHBoxLayout()
        filtros.addWidget(self.busqueda, 3)
        for combo in (self.combo_pais, self.combo_estado, self.combo_tipo):
            filtros.addWidget(combo, 1)

        self.tabla = QTableView()
        self.tabla.setModel(self.filtro)
        self.tabla.setSortingEnabled(True)
        self.tabla.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabla.setAlternatingRowColors(True)
        self.tabla.verticalHeader().setVisible(False)
        self.tabla.verticalHeader().setDefaultSectionSize(24)
        cabecera = self.tabla.horizontalHeader()
        cabecera.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        cabecera.setStretchLastSection(True)
        # Anchos iniciales que entran sin barra horizontal en una pantalla de 1024 (la última columna se estira).
        for columna, ancho in enumerate((240, 110, 170, 100, 90, 90)):
            self.tabla.setColumnWidth(columna, ancho)
        guardado = self._ajustes.value("miembros/columnas")
        if guardado is not None:
            cabecera.restoreState(guardado)
            # Los anchos y el orden de las columnas vuelven; la flecha de orden no: la tabla abre en el orden del
            # padrón (con la primera pantalla, antes de que llegue el resto), y una flecha diría otra cosa.
            cabecera.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        # «activated» es el doble clic y también Enter (con doubleClicked además, un doble clic abría la ficha dos veces).
        self.tabla.activated.connect(lambda _: self.editar())
        # Ctrl+F, escribir, Flecha abajo o Enter: al resultado; Enter en la fila abre la ficha; Esc vuelve a buscar.
        self.atajos_busqueda = AtajosDeBusqueda(self.busqueda, self.tabla, abrir=self.editar)

        # Sin filas que mostrar: qué pasa y cómo seguir (base sin miembros, o un filtro que no deja ninguno).
        self.vacio_titulo = titulo("", 1.3)
        self.vacio_texto = nota()
        self.vacio_texto.setWordWrap(True)
        for etiqueta in (self.vacio_titulo, self.vacio_texto):
            etiqueta.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.boton_quitar_filtros = QPushButton(self.tr("Quitar los filtros"))
        self.boton_quitar_filtros.clicked.connect(self.quitar_filtros)
        self.boton_vacio_nuevo = QPushButton(self.tr("Nuevo miembro"))
        self.boton_vacio_nuevo.clicked.connect(self.nuevo)
        self.boton_vacio_importar = QPushButton(self.tr("Importar…"))
        self.boton_vacio_importar.clicked.connect(self.importar)
        botones_vacio = QHBoxLayout()
        botones_vacio.addStretch(1)
        for boton in (self.boton_quitar_filtros, self.boton_vacio_nuevo, self.boton_vacio_importar):
            botones_vacio.addWidget(boton)
        botones_vacio.addStretch(1)
        self.pagina_vacia = QWidget()
        caja = QVBoxLayout(self.pagina_vacia)
        caja.setContentsMargins(40, 0, 40, 0)
        caja.addStretch(1)
        caja.addWidget(self.vacio_titulo)
        caja.addWidget(self.vacio_texto)
        caja.addSpacing(10)
        caja.addLayout(botones_vacio)
        caja.addStretch(2)
        self.paginas = QStackedWidget()
        self.paginas.addWidget(self.tabla)
        self.paginas.addWidget(self.pagina_vacia)

        self.resumen = QLabel()
        self._botones: dict[str, QPushButton] = {}
        acciones = FilaFluida()   # en una pantalla chica los botones bajan a otra línea (interfaz/flujo.py)
        for texto, funcion, atajo in (
                (self.tr("Nuevo miembro"), self.nuevo, QKeySequence.StandardKey.New),
                (self.tr("Solicitud de ingreso…"), self.solicitud, None),
                (self.tr("Editar…"), self.editar, None),
                (self.tr("Dar de baja…"), self.dar_de_baja, None),
                (self.tr("Importar…"), self.importar, None),
                (self.tr("Exportar a Excel…"), self.exportar_xlsx, None),
                (self.tr("Imprimir padrón (PDF)…"), self.imprimir_pdf, None)):
            boton = QPushButton(texto)
            boton.setIcon(icono(_ICONOS[funcion.__name__]))
            self._botones[funcion.__name__] = boton
            boton.clicked.connect(funcion)
            acciones.addWidget(boton)
            if atajo is not None:
                QShortcut(atajo, self, activated=funcion)
        acciones.addStretch(1)
        acciones.addWidget(self.resumen)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.enfocar_busqueda)

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(filtros)
        disposicion.addWidget(self.paginas, 1)
        disposicion.addLayout(acciones)
        # Editar y Dar de baja actúan sobre el miembro elegido: sin elegir, deshabilitados (y dicen por qué).
        self.boton_editar, self.boton_baja = self._botones["editar"], self._botones["dar_de_baja"]
        self.tabla.selectionModel().selectionChanged.connect(lambda *_: self._actualizar_acciones())
        self._actualizar_acciones()
        self.filtro.rowsInserted.connect(self._actualizar_resumen)
        self.filtro.rowsRemoved.connect(self._actualizar_resumen)
        self.filtro.modelReset.connect(self._actualizar_resumen)
        self.filtro.layoutChanged.connect(self._actualizar_resumen)

    @staticmethod
    def _combo(todos: str, opciones: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(todos, None)
        for texto, valor in opciones:
            combo.addItem(texto, valor)
        return combo

    # --- datos --------------------------------------------------------------------------------
    def mostrar(self, oficina: Oficina, miembros: PadronDeLaTabla | None = None) -> None:
        """`miembros`, si ya se consultaron, evita pedirlos de nuevo al servicio."""
        self.llenado.detener()
        self.oficina = oficina
        self._leido_en = -1
        self.recargar(miembros=miembros)

    def recargar(self, seleccionar: int | None = None, miembros: PadronDeLaTabla | None = None) -> None:
        self._pendiente = False
        self._leido_en = self.oficina.confirmadas
        self.llenado.detener()
        idioma = idioma_de_los_nombres()
        if miembros is None:   # la primera pantalla leída al abrir la ventana (una vez), o el padrón entero
            miembros = tomar_primera_pantalla(self.contexto, idioma) or padron_de_la_tabla(self.contexto)
        self.modelo.cargar(miembros)
        if not miembros.completo:
            self.llenado.empezar(self.contexto, miembros, idioma, recargar=self._recargar_entero)
        paises = sorted((nombre, codigo) for codigo, nombre in miembros.paises.items())
        actual = self.combo_pais.currentData()
        self.combo_pais.blockSignals(True)
        self.combo_pais.clear()
        self.combo_pais.addItem(self.tr("Todos los países"), None)
        for nombre, codigo in paises:
            self.combo_pais.addItem(nombre, codigo)
        indice = self.combo_pais.findData(actual)
        self.combo_pais.setCurrentIndex(max(indice, 0))
        self.combo_pais.blockSignals(False)
        if self.combo_pais.currentData() != actual:  # el país elegido ya no tiene miembros
            self._filtrar(pais=None)
        if seleccionar is not None:
            self.seleccionar(seleccionar)

    def _recargar_entero(self, miembros: PadronDeLaTabla | None) -> None:
        """La tabla entera de nuevo (el resto del padrón no se pudo agregar detrás de lo que se veía), con el mismo
        miembro elegido."""
        elegido = self.miembro_seleccionado()
        consultar_en_la_ventana(self, lambda: self.recargar(seleccionar=elegido["id"] if elegido else None,
                                                            miembros=miembros), que="leer el padrón")

    def detener_llenado(self) -> None:
        """Antes de cerrar la base: deja de leer el resto del padrón (y suelta su conexión)."""
        self.llenado.detener()

    def invalidar(self, temas: frozenset[str] = frozenset(), numero: int | None = None) -> None:
        """Se escribió algo que el padrón muestra: se recarga (conservando la fila elegida) si está a la vista; si no,
        al mostrarse. Como las áreas de piezas/areas.py: lo que escribió la oficina (`numero`) y ya se leyó no se
        vuelve a leer, y lo que no, se lee al cerrarse el diálogo que guardaba; lo de otro programa, ya."""
        if numero is not None and numero <= self._leido_en:
            return
        self._pendiente = True
        if not self.isVisible():
            return
        if numero is None:
            elegido = self.miembro_seleccionado()
            self.recargar(seleccionar=elegido["id"] if elegido else None)
        elif not self._recarga_programada:
            self._recarga_programada = True
            QTimer.singleShot(0, self._recargar_si_hace_falta)

    def _recargar_si_hace_falta(self) -> None:
        if recargar_despues_del_dialogo(self, self._recargar_si_hace_falta):
            return
        self._recarga_programada = False
        if self._pendiente and self.isVisible() and self.db is not None:
            elegido = self.miembro_seleccionado()
            self.recargar(seleccionar=elegido["id"] if elegido else None)

    def showEvent(self, evento) -> None:
        super().showEvent(evento)
        if self._pendiente and self.db is not None:
            elegido = self.miembro_seleccionado()
            self.recargar(seleccionar=elegido["id"] if elegido else None)

    def _filtrar(self, **criterios) -> None:
        self.filtro.fijar(**criterios)

    def _actualizar_resumen(self, *_) -> None:
        if self.modelo.completo:
            self.resumen.setText(self.tr("{0} de {1} miembros").format(miles(self.filtro.rowCount()),
                                                                      miles(self.modelo.total)))
        else:
            self.resumen.setText(self.tr("{0} de {1} miembros (llegando los demás…)").format(
                miles(self.filtro.rowCount()), miles(self.modelo.total_del_padron)))
        self._actualizar_vacio()
        self._actualizar_acciones()

    def _actualizar_vacio(self) -> None:
        """La tabla, o, si no queda ninguna fila, una explicación con el botón para seguir."""
        # Mientras llega el resto del padrón, lo que falta puede cumplir el filtro: la tabla, vacía por ahora (el
        # resumen dice que llegan los demás), y no «Ninguno de los 200 miembros cumple…».
        if self.filtro.rowCount() or not self.modelo.completo:
            self.paginas.setCurrentWidget(self.tabla)
            return
        sin_miembros = self.modelo.total == 0
        if sin_miembros:
            self.vacio_titulo.setText(self.tr("Todavía no hay miembros"))
            self.vacio_texto.setText(self.tr(
                "Use «Nuevo miembro» para cargarlos de a uno, o «Importar…» para traer el padrón entero desde una "
                "planilla de Excel o CSV (una fila por miembro: nombre, país, población…)."))
        else:
            self.vacio_titulo.setText(self.tr("Ningún miembro coincide con el filtro"))
            self.vacio_texto.setText(self.tr("Ninguno de los {0} miembros cumple {1}. Cambie la búsqueda o quite "
                                             "los filtros para verlos a todos.").format(
                miles(self.modelo.total), self._describir_filtro()))
        self.boton_quitar_filtros.setVisible(not sin_miembros)
        self.boton_vacio_nuevo.setVisible(sin_miembros)
        self.boton_vacio_importar.setVisible(sin_miembros)
        self.paginas.setCurrentWidget(self.pagina_vacia)

    def _describir_filtro(self) -> str:
        partes = []
        if self.busqueda.text().strip():
            partes.append(self.tr("la búsqueda «{0}»").format(self.busqueda.text().strip()))
        for combo, que in ((self.combo_pais, self.tr("país")), (self.combo_estado, self.tr("estado")),
                           (self.combo_tipo, self.tr("tipo"))):
            if combo.currentData() is not None:
                partes.append(self.tr("{0} {1}").format(que, combo.currentText()))
        if len(partes) > 1:
            return ", ".join(partes[:-1]) + self.tr(" y ") + partes[-1]
        return partes[0] if partes else self.tr("el filtro")

    def quitar_filtros(self) -> None:
        self.busqueda.clear()
        for combo in (self.combo_pais, self.combo_estado, self.combo_tipo):
            combo.setCurrentIndex(0)

    def _actualizar_acciones(self) -> None:
        # Exportar e imprimir llevan el padrón entero (no solo lo filtrado): sin miembros no hay nada que llevar.
        hay_miembros = self.modelo.total > 0
        sin_miembros = self.tr("Todavía no hay miembros: cárguelos con «Nuevo miembro» o «Importar…».")
        for nombre, ayuda in (("exportar_xlsx", self.tr("El padrón entero en un libro de Excel.")),
                              ("imprimir_pdf", self.tr("El padrón entero en un PDF para imprimir."))):
            self._botones[nombre].setEnabled(hay_miembros)
            self._botones[nombre].setToolTip(ayuda if hay_miembros else sin_miembros)
        miembro = self.miembro_seleccionado()
        elija = self.tr("Elija primero un miembro en la tabla.")
        self.boton_editar.setEnabled(miembro is not None)
        self.boton_editar.setToolTip(self.tr("Abrir la ficha del miembro elegido (o doble clic en la fila).")
                                     if miembro else elija)
        de_baja = miembro is not None and miembro["estado"] == "baja"
        self.boton_baja.setEnabled(miembro is not None and not de_baja)
        self.boton_baja.setToolTip(elija if miembro is None else self.tr("{0} ya está dado de baja.").format(
            miembro["nombre"]) if de_baja else self.tr("Registrar la baja de {0} con fecha y motivo.").format(
            miembro["nombre"]))

    def guardar_estado(self) -> None:
        self._ajustes.setValue("miembros/columnas", self.tabla.horizontalHeader().saveState())

    # --- selección ---------------------------------------------------------------------------
    def enfocar_busqueda(self) -> None:
        self.busqueda.setFocus()
        self.busqueda.selectAll()

    def miembro_seleccionado(self) -> dict | None:
        indices = self.tabla.selectionModel().selectedRows()
        if not indices:
            return None
        return self.modelo.miembro(self.filtro.mapToSource(indices[0]).row())

    def seleccionar(self, miembro_id: int) -> None:
        fila = self.modelo.fila_de(miembro_id)
        if fila is None:
            return
        indice = self.filtro.mapFromSource(self.modelo.index(fila, 0))
        if indice.isValid():
            self.tabla.selectRow(indice.row())
            self.tabla.scrollTo(indice)

    def _exigir_seleccion(self) -> dict | None:
        miembro = self.miembro_seleccionado()
        if miembro is None:
            QMessageBox.information(self, self.tr("Elija un miembro"), self.tr("Seleccione primero un miembro en la tabla."))
        return miembro

    # --- acciones ------------------------------------------------------------------------------
    def nuevo(self) -> None:
        self._abrir_ficha(None)

    def solicitud(self) -> None:
        """Una ciudad que pidió ingresar: queda «Solicitante» en la tabla hasta que una resolución la admita."""
        from ..dialogos.solicitud import DialogoSolicitud

        dialogo = DialogoSolicitud(self.oficina, self)
        dialogo.exec()
        miembro_id = dialogo.miembro_id
        descartar(dialogo)
        if miembro_id is not None:
            self.recargar(seleccionar=miembro_id)

    def editar(self) -> None:
        miembro = self._exigir_seleccion()
        if miembro:
            self._abrir_ficha(miembro["id"])

    def _abrir_ficha(self, miembro_id: int | None) -> None:
        from ..dialogos.ficha_miembro import DialogoFichaMiembro

        dialogo = DialogoFichaMiembro(self.oficina, miembro_id, self)
        dialogo.exec()
        cambios, elegido = dialogo.cambios, dialogo.miembro_id
        descartar(dialogo)
        if cambios:
            self.recargar(seleccionar=elegido)

    def dar_de_baja(self) -> None:
        from ..dialogos.baja import DialogoBaja

        miembro = self._exigir_seleccion()
        if not miembro:
            return
        if miembro["estado"] == "baja":
            QMessageBox.information(self, self.tr("Ya dado de baja"), self.tr("{0} ya está dado de baja.").format(miembro["nombre"]))
            return
        dialogo = DialogoBaja(self.oficina, miembro["id"], miembro["nombre"], self)
        hecha = dialogo.exec()
        descartar(dialogo)
        if hecha:
            self.recargar(seleccionar=miembro["id"])

    def importar(self) -> None:
        from ..dialogos.importacion import AsistenteImportacion

        asistente = AsistenteImportacion(self.oficina, self)
        asistente.exec()
        resultado = asistente.resultado
        descartar(asistente)
        if resultado is not None:
            self.recargar()

    def _elegir_destino(self, titulo: str, nombre: str, filtro: str) -> str | None:
        carpeta = self._ajustes.value("exportar/carpeta", str(Path.home()))
        from ..piezas import elegir_archivo   # el diálogo de archivos de Qt, cuando se lo usa (no al abrir la ventana)
        ruta = elegir_archivo.para_guardar(self, titulo, str(Path(carpeta) / nombre), filtro)
        if ruta:
            self._ajustes.setValue("exportar/carpeta", str(Path(ruta).parent))
        return ruta or None

    def _exportar(self, titulo: str, ruta: str, funcion) -> None:
        if hacer_en_la_ventana(self, self.oficina, funcion, que=titulo, en_segundo_plano=True, titulo=titulo,
                               al_cancelar=lambda: QMessageBox.information(
                                   self, titulo, self.tr("Cancelado: no se creó ningún archivo."))) is None:
            return
        from ..piezas import ofrecer_abrir   # los documentos, cuando se guarda uno

        ofrecer_abrir(self, titulo, ruta, self._ajustes)   # un PDF, en la vista previa; otro, con su programa

    def exportar_xlsx(self) -> None:
        from ...servicios.padron import exportar_padron_xlsx   # openpyxl, solo al exportar (no al abrir la ventana)

        ruta = self._elegir_destino(self.tr("Exportar el padrón"), f"padron-{self.asociacion['sigla']}.xlsx",
                                    self.tr("Libro de Excel (*.xlsx)"))
        if ruta:
            if not ruta.lower().endswith(".xlsx"):
                ruta += ".xlsx"
            contexto = self.contexto
            self._exportar(self.tr("Exportar el padrón"), ruta, lambda informar: exportar_padron_xlsx(
                contexto, ruta, lambda hecho, total: informar("generando", hecho, total)))

    def imprimir_pdf(self) -> None:
        from ...servicios.padron import imprimir_padron_pdf   # reportlab, solo al imprimir

        ruta = self._elegir_destino(self.tr("Imprimir el padrón"), f"padron-{self.asociacion['sigla']}.pdf",
                                    self.tr("Documento PDF (*.pdf)"))
        if ruta:
            if not ruta.lower().endswith(".pdf"):
                ruta += ".pdf"
            contexto = self.contexto
            self._exportar(self.tr("Imprimir el padrón"), ruta, lambda informar: imprimir_padron_pdf(
                contexto, ruta, progreso=lambda hecho, total: informar("generando", hecho, total)))
