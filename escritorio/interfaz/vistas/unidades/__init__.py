"""El área Unidades temáticas: objetivos, coordinación, participantes y plan de trabajo de cada unidad;
la plantilla de las 15 unidades de Mercociudades y la matriz de participación en Excel.

Todo lo pide a `servicios.unidades` y `servicios.organos` (la composición de cada unidad). La pestaña Plan de
trabajo está en `plan.py` (año, lo atrasado, corregir, estados e informe de cada actividad).
"""

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget)

from ....dominio.paises import nombre_pais
from ....servicios.base import hoy
from ....servicios.miembros import listar_miembros
from ....servicios.organos import composicion, listar_organos
from ....servicios.unidades import cargar_plantilla, unidades
from ...operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ...comun import descartar, fecha_dma, tr
from ...iconos import icono
from ...piezas import (AreaPerezosa, ACENTO, GRIS, escalar, guardar_documento, llenar_tabla, nombre_de_archivo, nota,
                       pagina_vacia, panel, tabla_lectura, titulo)
from .plan import PestanaPlan

_COORDINACION = ("coordinador", "subcoordinador")


def _sin_prefijo(nombre: str) -> str:
    """«UT Cultura» -> «Cultura» (en la lista el prefijo se repite en todas)."""
    return nombre[3:] if nombre.startswith("UT ") else nombre


class VistaUnidades(AreaPerezosa):
    """Las unidades temáticas, sus participantes y su plan de trabajo. Lo que se guarda lo avisa la oficina."""

    MUESTRA = frozenset({"organos", "mandatos", "miembros", "asociacion"})   # las unidades son órganos

    def __init__(self, ajustes: QSettings | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self._ajustes = ajustes
        self._pendiente = False
        self._unidades: list[dict] = []
        self._miembros: list[dict] = []
        self.composicion = None
        self._construir()

    # --- construcción -----------------------------------------------------------------------
    def _construir(self) -> None:
        self.boton_matriz = QPushButton(icono("excel"), self.tr("Matriz de participación (Excel)…"))
        self.boton_matriz.setToolTip(self.tr("Miembros × unidades temáticas, con el papel de cada uno hoy"))
        self.boton_matriz.clicked.connect(self.exportar_matriz)

        self.lista = QListWidget()
        self.lista.setUniformItemSizes(True)
        self.lista.currentRowChanged.connect(lambda _: self._unidad_elegida())
        self.resumen = nota()
        izquierda = QWidget()
        columna = QVBoxLayout(izquierda)
        columna.setContentsMargins(0, 0, 0, 0)
        columna.addWidget(self.lista, 1)
        columna.addWidget(self.resumen)
        self.boton_nueva = QPushButton(icono("nuevo"), self.tr("Nueva unidad…"))
        self.boton_nueva.setToolTip(self.tr("Crea una unidad temática (un órgano de tipo Unidad temática)"))
        self.boton_nueva.clicked.connect(self.nueva_unidad)
        columna.addWidget(self.boton_nueva)
        columna.addWidget(self.boton_matriz)

        self.nombre = titulo()
        self.detalle = nota()
        self.objetivos = QLabel()
        self.objetivos.setWordWrap(True)
        self.objetivos.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.coordinacion = QLabel()
        self.coordinacion.setWordWrap(True)
        self.coordinacion.setTextFormat(Qt.TextFormat.RichText)
        recuadro = panel("panelCoordinacion")
        caja = QVBoxLayout(recuadro)
        caja.setContentsMargins(12, 8, 12, 10)
        caja.setSpacing(6)
        etiqueta = QLabel(self.tr("Objetivos"))
        etiqueta.setFont(escalar(self.font(), 0.95, negrita=True))
        etiqueta.setStyleSheet(f"color: {ACENTO};")
        caja.addWidget(etiqueta)
        caja.addWidget(self.objetivos)
        caja.addSpacing(2)
        caja.addWidget(self.coordinacion)

        # Plan de trabajo (plan.py).
        self.plan = PestanaPlan(self)

        # Participantes.
        self.tabla_participantes = tabla_lectura([self.tr("Miembro"), self.tr("País"), self.tr("Papel"),
                                                  self.tr("Persona"), self.tr("Desde"), self.tr("Hasta")], 3)
        self.boton_participante = QPushButton(icono("designar"), self.tr("Agregar participante…"))
        self.boton_participante.clicked.connect(self.agregar_participante)
        participantes = QWidget()
        caja = QVBoxLayout(participantes)
        caja.addWidget(self.tabla_participantes, 1)
        fila = QHBoxLayout()
        fila.addWidget(self.boton_participante)
        fila.addStretch(1)
        caja.addLayout(fila)

        self.pestanas = QTabWidget()
        self.pestanas.addTab(self.plan, self.tr("Plan de trabajo"))
        self.pestanas.addTab(participantes, self.tr("Participantes"))

        derecha = QWidget()
        caja = QVBoxLayout(derecha)
        caja.setContentsMargins(4, 0, 0, 0)
        caja.setSpacing(8)
        caja.addWidget(self.nombre)
        caja.addWidget(self.detalle)
        caja.addWidget(recuadro)
        caja.addSpacing(2)
        caja.addWidget(self.pestanas, 1)

        self.divisor = QSplitter()
        self.divisor.setChildrenCollapsible(False)
        self.divisor.addWidget(izquierda)
        self.divisor.addWidget(derecha)
        self.divisor.setStretchFactor(1, 1)
        self.divisor.setSizes([260, 800])

        # Sin unidades: la plantilla de Mercociudades.
        self.boton_plantilla = QPushButton(icono("importar"), self.tr("Cargar las 15 unidades de Mercociudades"))
        self.boton_plantilla.clicked.connect(self.cargar_plantilla)
        self.boton_nueva_vacia = QPushButton(icono("nuevo"), self.tr("Nueva unidad…"))
        self.boton_nueva_vacia.clicked.connect(self.nueva_unidad)
        botones = QWidget()
        fila_de_botones = QHBoxLayout(botones)
        fila_de_botones.setContentsMargins(0, 0, 0, 0)
        fila_de_botones.addWidget(self.boton_nueva_vacia)
        fila_de_botones.addWidget(self.boton_plantilla)
        vacio = pagina_vacia(self.tr("La asociación todavía no tiene unidades temáticas"), self.tr(
            "Cree la primera con «Nueva unidad…», o empiece con las 15 unidades temáticas de Mercociudades (Ambiente, "
            "Cultura, Educación, Género, Juventud, Turismo…), cada una con sus objetivos. Después se les asignan "
            "coordinación, participantes y plan de trabajo."), botones)

        self.paginas = QStackedWidget()
        self.paginas.addWidget(vacio)
        self.paginas.addWidget(self.divisor)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.paginas)

    # --- datos --------------------------------------------------------------------------------
    def recargar(self, elegir: int | None = None) -> None:
        self._al_dia_con_la_base()
        actual = elegir if elegir is not None else self.unidad_id()
        leido = consultar_en_la_ventana(self, lambda: (unidades(self.contexto), listar_miembros(self.contexto)),
                                        que="unidades temáticas")
        if leido is FALLO:
            return
        self._unidades, self._miembros = leido
        self.lista.blockSignals(True)
        self.lista.clear()
        fila_elegida = 0
        for fila, unidad in enumerate(self._unidades):
            item = QListWidgetItem(_sin_prefijo(unidad["nombre"]))
            item.setData(Qt.ItemDataRole.UserRole, unidad["id"])
            item.setToolTip(unidad.get("atribuciones") or "")
            item.setSizeHint(QSize(0, 26))
            self.lista.addItem(item)
            if unidad["id"] == actual:
                fila_elegida = fila
        self.lista.blockSignals(False)
        self.paginas.setCurrentIndex(1 if self._unidades else 0)
        self.boton_matriz.setEnabled(bool(self._unidades))
        cantidad = len(self._unidades)
        self.resumen.setText(self.tr("{0} unidades temáticas").format(cantidad) if cantidad != 1
                             else self.tr("1 unidad temática"))
        if self._unidades:
            self.lista.setCurrentRow(fila_elegida)
        self._unidad_elegida()

    @property
    def miembros(self) -> list[dict]:
        """Los miembros de la asociación tal como los muestra el área (para los selectores de los diálogos)."""
        return list(self._miembros)

    def unidad_id(self) -> int | None:
        item = self.lista.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    @property
    def unidad(self) -> dict | None:
        clave = self.unidad_id()
        return next((u for u in self._unidades if u["id"] == clave), None)

    def seleccionar(self, nombre: str) -> bool:
        for fila, unidad in enumerate(self._unidades):
            if unidad["nombre"] == nombre or _sin_prefijo(unidad["nombre"]) == nombre:
                self.lista.setCurrentRow(fila)
                return True
        return False

    # --- la unidad elegida ----------------------------------------------------------------------
    def _unidad_elegida(self) -> None:
        unidad = self.unidad
        self.boton_participante.setEnabled(unidad is not None)
        if unidad is None or self.db is None:
            self.composicion = None
            self.plan.mostrar()
            return
        def leer_y_pintar_el_plan() -> None:
            self.composicion = composicion(self.contexto, unidad["id"], hoy())
            self.plan.mostrar()

        if consultar_en_la_ventana(self, leer_y_pintar_el_plan, que="unidad temática") is FALLO:
            return
        self.nombre.setText(unidad["nombre"])
        partes = [tr(unidad["tipo_nombre"])]
        if unidad.get("padre"):
            partes.append(self.tr("depende de {0}").format(unidad["padre"]))
        if unidad.get("articulo"):
            partes.append(unidad["articulo"])
        self.detalle.setText("  ·  ".join(partes))
        self.objetivos.setText(unidad.get("atribuciones") or self.tr("Sin objetivos registrados."))
        self._mostrar_coordinacion()
        self._mostrar_participantes()

    def _mostrar_coordinacion(self) -> None:
        def quienes(cargo: str) -> str:
            nombres = [f"{a.miembro or a.persona}" + (f" <span style='color: {GRIS};'>({nombre_pais(a.pais)})</span>"
                                                     if a.pais else "")
                       for a in self.composicion.asientos if a.cargo == cargo]
            return ", ".join(nombres) or f"<span style='color: {GRIS};'>—</span>"

        self.coordinacion.setText(
            f"<b>{self.tr('Coordinación')}:</b> {quienes('coordinador')}"
            f"&nbsp;&nbsp;&nbsp;<b>{self.tr('Subcoordinación')}:</b> {quienes('subcoordinador')}")

    def _mostrar_participantes(self) -> None:
        asientos = self.composicion.asientos
        filas = [[a.miembro or "—", nombre_pais(a.pais) if a.pais else "", a.nombre_del_cargo,
                  a.persona or "", fecha_dma(a.desde), fecha_dma(a.hasta) or "—"] for a in asientos]
        llenar_tabla(self.tabla_participantes, filas, datos=asientos,
                     negrita=lambda n: asientos[n].cargo in _COORDINACION)
        self.pestanas.setTabText(1, self.tr("Participantes ({0})").format(len(asientos)))

    # --- lo que usa la pestaña del plan (plan.AreaUnidades) -------------------------------------
    @property
    def ajustes(self) -> QSettings | None:
        return self._ajustes

    def contar_actividades(self, cantidad: int) -> None:
        self.pestanas.setTabText(0, self.tr("Plan de trabajo ({0})").format(cantidad))

    # --- acciones ------------------------------------------------------------------------------
    def _cambio(self) -> None:
        """Se guardó algo desde el área: se recarga ya, con la unidad a la vista (la oficina avisa al resto)."""
        self.recargar(self.unidad_id())

    def agregar_participante(self) -> None:
        from ...dialogos.mandato import DialogoMandato

        unidad = self.unidad
        if unidad is None:
            return
        dialogo = DialogoMandato(self.oficina, unidad, self._miembros, self, cargo="integrante")
        dialogo.exec()
        hecho = dialogo.mandato_id
        descartar(dialogo)
        if hecho is not None:
            self._cambio()
            self.pestanas.setCurrentIndex(1)

    def nueva_unidad(self) -> None:
        """El diálogo de Órganos › Nuevo órgano, con el tipo Unidad temática y, como en Mercociudades, dependiente
        del Consejo (si la asociación tiene uno)."""
        from ...dialogos.organo import DialogoNuevoOrgano

        if self.db is None:
            return
        organos = consultar_en_la_ventana(self, lambda: listar_organos(self.contexto), que="órganos")
        if organos is FALLO:
            return
        consejo = next((o["id"] for o in organos if o["tipo"] == "consejo"), None)
        dialogo = DialogoNuevoOrgano(self.oficina, organos, consejo, self, tipo="unidad_tematica")
        dialogo.exec()
        creada = dialogo.organo_id
        descartar(dialogo)
        if creada is not None:
            self.recargar(elegir=creada)

    def cargar_plantilla(self) -> None:
        if self.db is None:
            return
        # Como en Mercociudades, las unidades dependen del Consejo (si la asociación tiene uno).
        consejo = next((o for o in listar_organos(self.contexto) if o["tipo"] == "consejo"), None)
        pregunta = self.tr("Se crearán las 15 unidades temáticas de Mercociudades con sus objetivos")
        pregunta += self.tr(", dependientes de «{0}».").format(consejo["nombre"]) if consejo else "."
        if QMessageBox.question(self, self.tr("Unidades temáticas"), pregunta + "\n\n" + self.tr("¿Continuar?")) \
                != QMessageBox.StandardButton.Yes:
            return
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: cargar_plantilla(
            self.contexto, consejo["id"] if consejo else None), que="plantilla de unidades")
        if hecho is None:
            return
        creadas = hecho.resultado
        self.recargar()
        QMessageBox.information(self, self.tr("Unidades temáticas"),
                                self.tr("Se crearon {0} unidades temáticas.").format(creadas))

    def exportar_matriz(self) -> None:
        from ....servicios.informes_organos import exportar_matriz_unidades

        if self.db is None:
            return
        al = hoy()
        guardar_documento(self, self.tr("Matriz de participación"),
                          f"matriz-unidades-{nombre_de_archivo(self.asociacion['sigla'])}-{al.isoformat()}.xlsx",
                          lambda ruta: exportar_matriz_unidades(self.contexto, ruta, al), self._ajustes)
