"""El área Órganos: el árbol de órganos, la composición de cada uno en cualquier fecha con las reglas
que no se cumplen, el artículo que lo crea, sus mandatos (designar, terminar, historia) y la rotación
de la Secretaría Ejecutiva (calendario de períodos y traspaso con vista previa). Cada órgano muestra
también cómo sesiona (quórum, poderes, convocatoria), que se fija con «Reglas de sesión…»; quién lo integra por
regla (todos los activos, cupos por país, de oficio…) se fija con «Reglas de composición…».

Todo lo pide a `servicios.organos`, `servicios.estatutos` y `servicios.sesiones`; la rotación está en
`vistas/rotacion.py`.
"""

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QSettings, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton, QScrollArea, QSplitter,
                               QTabWidget, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...dominio.organos import CARGOS, cargo_por_omision
from ...dominio.paises import nombre_pais
from ...dominio.texto import normalizar
from ...servicios.base import hoy
from ...servicios.estatutos import buscar_cita
from ...servicios.miembros import listar_miembros
from ...servicios.organos import composicion, listar_organos, reglas_de
from ...servicios.sesiones import regla_de, reglas_de_sesion
from ...servicios.voto_de_los_morosos import regla_del_voto_moroso
from ..comun import descartar, fecha_dma, mostrar_error, tr
from ..dialogos.baja import editor_de_fecha
from ..flujo import FilaFluida
from ..iconos import icono
from ..piezas import (AreaPerezosa, ACENTO, FUENTE_LECTURA, GRIS, CajaAvisos, dato_de_fila, escalar, filas_elegidas,
                      guardar_documento, llenar_tabla, nombre_de_archivo, nota, panel,
                      subtitulo, tabla_lectura, titulo)
from .rotacion import PanelRotacion

_DESTACADOS = ("presidente", "coordinador", "vicepresidente", "subcoordinador")
_AGRUPAR_DESDE = 4   # con tantas unidades temáticas bajo un mismo órgano, se agrupan en una carpeta


class VistaOrganos(AreaPerezosa):
    """Los órganos, su composición y sus mandatos. Lo que se guarda desde aquí lo avisa la oficina."""

    # Órganos y su composición, las reglas que citan artículos, las sesiones y la deuda (voto) de los integrantes.
    MUESTRA = frozenset({"organos", "mandatos", "miembros", "normas", "sesiones", "pagos", "cargos", "asociacion"})

    def __init__(self, ajustes: QSettings | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self._ajustes = ajustes
        self._pendiente = False
        self._organos: list[dict] = []
        self._miembros: list[dict] = []
        self.composicion = None
        self._construir()

    # --- construcción -----------------------------------------------------------------------
    def _construir(self) -> None:
        self.pestanas = QTabWidget()
        self.pestanas.addTab(self._pagina_organos(), self.tr("Composición y mandatos"))
        self.rotacion = PanelRotacion()
        self.rotacion.traspasado.connect(lambda: self._cambio(self.organo_id()))
        self.pestanas.addTab(self.rotacion, self.tr("Rotación de la Secretaría Ejecutiva"))
        self.pestanas.currentChanged.connect(lambda indice: indice == 1 and self.rotacion.ir_al_periodo_actual())
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.pestanas)

    def _pagina_organos(self) -> QWidget:
        self.arbol = QTreeWidget()
        self.arbol.setHeaderHidden(True)
        self.arbol.setUniformRowHeights(True)
        self.arbol.setIndentation(16)
        self.arbol.currentItemChanged.connect(lambda actual, _: self._organo_elegido(actual))
        boton_nuevo = QPushButton(icono("nuevo"), self.tr("Nuevo órgano…"))
        boton_nuevo.clicked.connect(self.nuevo_organo)
        izquierda = QWidget()
        columna = QVBoxLayout(izquierda)
        columna.setContentsMargins(0, 0, 0, 0)
        columna.addWidget(self.arbol, 1)
        columna.addWidget(boton_nuevo)

        # Encabezado del órgano y el artículo que lo crea.
        self.nombre = titulo()
        self.detalle = nota()
        self.atribuciones = QLabel()
        self.atribuciones.setWordWrap(True)
        self.atribuciones.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reglas_sesion = QLabel()
        self.reglas_sesion.setWordWrap(True)
        self.reglas_sesion.setTextFormat(Qt.TextFormat.RichText)
        self.reglas_sesion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cita_titulo = QLabel()
        self.cita_titulo.setFont(escalar(self.font(), 0.95, negrita=True))
        self.cita_titulo.setStyleSheet(f"color: {ACENTO};")
        self.cita_texto = QLabel()
        self.cita_texto.setWordWrap(True)
        self.cita_texto.setTextFormat(Qt.TextFormat.RichText)
        self.cita_texto.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.panel_cita = panel("panelCita")
        caja = QVBoxLayout(self.panel_cita)
        caja.setContentsMargins(12, 8, 12, 10)
        caja.setSpacing(4)
        caja.addWidget(self.cita_titulo)
        caja.addWidget(self.cita_texto)

        # Composición a una fecha, avisos y mandatos.
        self.fecha = editor_de_fecha(hoy())
        self.fecha.dateChanged.connect(lambda _: self._mostrar_composicion())
        boton_hoy = QToolButton()   # una palabra: sin el ancho mínimo de un QPushButton (pantallas chicas)
        boton_hoy.setText(self.tr("Hoy"))
        boton_hoy.setToolTip(self.tr("La composición de hoy"))
        boton_hoy.clicked.connect(lambda: self.fecha.setDate(QDate(hoy())))
        self.resumen = nota()
        self.resumen.setWordWrap(True)
        fila_fecha = QHBoxLayout()
        fila_fecha.addWidget(subtitulo(self.tr("Composición al")))
        fila_fecha.addWidget(self.fecha)
        fila_fecha.addWidget(boton_hoy)
        fila_fecha.addStretch(1)
        self.avisos = CajaAvisos()
        # Reglas del órgano que citan el texto anterior de un artículo reformado (servicios.revision_de_reglas).
        self.aviso_reglas = QLabel()
        self.aviso_reglas.setWordWrap(True)
        self.aviso_reglas.setTextFormat(Qt.TextFormat.RichText)
        self.aviso_reglas.setStyleSheet("color: #8a5a00;")
        self.aviso_reglas.hide()
        self.boton_revisar_reglas = QPushButton(self.tr("Marcar revisadas las de composición…"))
        self.boton_revisar_reglas.setToolTip(self.tr("Confirma que las reglas de composición valen con el texto nuevo "
                                                     "del artículo que citan"))
        self.boton_revisar_reglas.clicked.connect(self.revisar_reglas)
        self.boton_revisar_reglas.hide()
        self.marcadas: list = []
        self.tabla = tabla_lectura([self.tr("Miembro"), self.tr("País"), self.tr("Persona"), self.tr("Cargo"),
                                    self.tr("Voto"), self.tr("Desde"), self.tr("Hasta")], 2)
        self.tabla.setMinimumHeight(160)
        self.tabla.itemSelectionChanged.connect(self._actualizar_botones)
        self.tabla.activated.connect(lambda _: self.historia())   # doble clic o Enter

        self.boton_designar = QPushButton(icono("designar"), self.tr("Designar…"))
        self.boton_designar.clicked.connect(lambda: self.designar())
        self.boton_terminar = QPushButton(icono("terminar"), self.tr("Terminar mandato…"))
        self.boton_terminar.clicked.connect(self.terminar)
        self.boton_historia = QPushButton(icono("historia"), self.tr("Historia…"))
        self.boton_historia.setToolTip(self.tr("Todos los mandatos del órgano, con sus correcciones"))
        self.boton_historia.clicked.connect(self.historia)
        self.boton_reglas = QPushButton(icono("reglas"), self.tr("Reglas de sesión…"))
        self.boton_reglas.clicked.connect(self.reglas_de_sesion)
        self.boton_composicion = QPushButton(icono("reglas"), self.tr("Reglas de composición…"))
        self.boton_composicion.setToolTip(self.tr("Quién integra el órgano por regla (todos los activos, cupos por "
                                                  "país, troika, de oficio, presidencia…): agregar y quitar"))
        self.boton_composicion.clicked.connect(self.reglas_de_composicion)
        self.boton_periodo = QPushButton(self.tr("Período…"))
        self.boton_periodo.setToolTip(self.tr("Cuánto dura un mandato en este órgano, con su artículo"))
        self.boton_periodo.clicked.connect(self.periodo)
        # Los mandatos del órgano que vencen pronto (o cumplieron su período sin traspaso): servicios.periodos.
        self.aviso_vencimientos = QLabel()
        self.aviso_vencimientos.setWordWrap(True)
        self.aviso_vencimientos.setTextFormat(Qt.TextFormat.RichText)
        self.aviso_vencimientos.setStyleSheet("color: #8a5a00;")
        self.aviso_vencimientos.hide()
        self.boton_documentos = QPushButton(icono("documentos"), self.tr("Documentos"))
        menu = QMenu(self.boton_documentos)
        for texto, funcion in ((self.tr("Composición en PDF…"), self.imprimir_composicion),
                               (self.tr("Composición en Excel…"), self.exportar_composicion),
                               (self.tr("Organigrama en PDF…"), self.imprimir_organigrama)):
            accion = QAction(texto, menu)
            accion.triggered.connect(funcion)
            menu.addAction(accion)
        self.boton_documentos.setMenu(menu)
        # En una pantalla chica (o al lado de un árbol ancho) los botones bajan a otra línea en lugar de ensanchar el
        # panel más allá de lo que se ve.
        acciones = FilaFluida()
        for boton in (self.boton_designar, self.boton_terminar, self.boton_historia, self.boton_composicion,
                      self.boton_reglas, self.boton_periodo):
            acciones.addWidget(boton)
        acciones.addStretch(1)
        acciones.addWidget(self.boton_documentos)

        self.panel_composicion = QWidget()
        caja = QVBoxLayout(self.panel_composicion)
        caja.setContentsMargins(0, 4, 0, 0)
        caja.setSpacing(8)
        caja.addLayout(fila_fecha)
        caja.addWidget(self.resumen)   # «298 integrantes · 281 con voto» debajo: al lado de la fecha no cabía al 150 %
        caja.addWidget(self.aviso_reglas)
        caja.addWidget(self.boton_revisar_reglas, 0, Qt.AlignmentFlag.AlignLeft)
        caja.addWidget(self.aviso_vencimientos)
        caja.addWidget(self.avisos)
        caja.addWidget(self.tabla, 1)
        caja.addLayout(acciones)

        contenido = QWidget()
        caja = QVBoxLayout(contenido)
        caja.setContentsMargins(4, 0, 4, 0)
        caja.setSpacing(8)
        caja.addWidget(self.nombre)
        caja.addWidget(self.detalle)
        caja.addWidget(self.atribuciones)
        caja.addWidget(self.reglas_sesion)
        caja.addWidget(self.panel_cita)
        caja.addWidget(self.panel_composicion, 1)
        self.relleno = QWidget()
        caja.addWidget(self.relleno, 1)

        self.divisor = QSplitter()
        self.divisor.setChildrenCollapsible(False)
        self.divisor.addWidget(izquierda)
        # En una pantalla baja (1024×600) el artículo, los avisos y la tabla no entran: se desplazan en lugar de
        # encimarse con los botones.
        desplazable = QScrollArea()
        desplazable.setWidgetResizable(True)
        desplazable.setFrameShape(QFrame.Shape.NoFrame)
        desplazable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        desplazable.setWidget(contenido)
        self.divisor.addWidget(desplazable)
        self.divisor.setStretchFactor(1, 1)
        self.divisor.setSizes([290, 760])
        pagina = QWidget()
        caja = QVBoxLayout(pagina)
        caja.addWidget(self.divisor)
        return pagina

    # --- datos --------------------------------------------------------------------------------
    def recargar(self, elegir: int | None = None) -> None:
        self._al_dia_con_la_base()
        try:
            self._organos = listar_organos(self.contexto)
            self._miembros = listar_miembros(self.contexto)
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "listar órganos")
            return
        self._llenar_arbol(elegir if elegir is not None else self.organo_id())
        disponible = self.rotacion.mostrar(self.oficina, self._miembros)
        self.pestanas.setTabEnabled(1, disponible is None)
        self.pestanas.setTabToolTip(1, disponible or "")

    def _llenar_arbol(self, elegir: int | None) -> None:
        hijos: dict[int | None, list[dict]] = {}
        ids = {o["id"] for o in self._organos}
        for organo in self._organos:
            hijos.setdefault(organo["padre_id"] if organo["padre_id"] in ids else None, []).append(organo)
        self.arbol.blockSignals(True)
        self.arbol.clear()
        elegido = None

        def agregar(padre, organo: dict):
            nonlocal elegido
            item = QTreeWidgetItem([organo["nombre"]])
            item.setData(0, Qt.ItemDataRole.UserRole, organo["id"])
            item.setToolTip(0, tr(organo["tipo_nombre"]))
            item.setSizeHint(0, QSize(0, 24))
            if padre is None:
                self.arbol.addTopLevelItem(item)
            else:
                padre.addChild(item)
            if organo["id"] == elegir:
                elegido = item
            unidades = [h for h in hijos.get(organo["id"], []) if h["tipo"] == "unidad_tematica"]
            carpeta = None
            if len(unidades) >= _AGRUPAR_DESDE:
                carpeta = QTreeWidgetItem([self.tr("Unidades temáticas ({0})").format(len(unidades))])
                carpeta.setFlags(Qt.ItemFlag.ItemIsEnabled)
                carpeta.setForeground(0, self.palette().placeholderText())
                carpeta.setSizeHint(0, QSize(0, 24))
            for hijo in hijos.get(organo["id"], []):
                if carpeta is None or hijo["tipo"] != "unidad_tematica":
                    agregar(item, hijo)
            if carpeta is not None:
                item.addChild(carpeta)
                for hijo in unidades:
                    agregar(carpeta, hijo)
            item.setExpanded(True)

        for organo in hijos.get(None, []):
            agregar(None, organo)
        self.arbol.blockSignals(False)
        if elegido is None and self.arbol.topLevelItemCount():
            elegido = self.arbol.topLevelItem(0)
        if elegido is not None:
            padre = elegido.parent()
            while padre is not None:
                padre.setExpanded(True)
                padre = padre.parent()
            if self.arbol.currentItem() is not elegido:
                self.arbol.setCurrentItem(elegido)   # currentItemChanged muestra el órgano
                return
        self._organo_elegido(elegido)

    @property
    def miembros(self) -> list[dict]:
        """Los miembros de la asociación tal como los muestra el área (para los selectores de los diálogos)."""
        return list(self._miembros)

    def organo_id(self) -> int | None:
        item = self.arbol.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    @property
    def organo(self) -> dict | None:
        clave = self.organo_id()
        return next((o for o in self._organos if o["id"] == clave), None)

    def seleccionar(self, nombre_o_id) -> bool:
        """Elige un órgano por su id o su nombre exacto; True si lo encontró."""
        for item in self._items():
            clave = item.data(0, Qt.ItemDataRole.UserRole)
            if clave is not None and (clave == nombre_o_id or item.text(0) == nombre_o_id):
                self.arbol.setCurrentItem(item)
                return True
        return False

    def _items(self):
        pendientes = [self.arbol.topLevelItem(i) for i in range(self.arbol.topLevelItemCount())]
        while pendientes:
            item = pendientes.pop(0)
            yield item
            pendientes.extend(item.child(i) for i in range(item.childCount()))

    def al(self) -> date:
        return self.fecha.date().toPython()

    # --- el órgano elegido -----------------------------------------------------------------------
    def _organo_elegido(self, item: QTreeWidgetItem | None) -> None:
        organo = self.organo if item is not None else None
        for widget in (self.boton_designar, self.boton_historia, self.boton_documentos, self.boton_reglas,
                       self.boton_periodo):
            widget.setEnabled(organo is not None)
        self.boton_reglas.setToolTip(
            self.tr("Quórum, poderes, morosos y anticipación de la convocatoria de {0}").format(organo["nombre"])
            if organo is not None else self.tr("Elija primero un órgano en el árbol."))
        self.panel_composicion.setVisible(organo is not None)
        self.relleno.setVisible(organo is None)
        if organo is None:
            self.nombre.setText(self.tr("Sin órganos") if not self._organos else "")
            self.detalle.setText(self.tr("Cree el primero con «Nuevo órgano…».") if not self._organos else "")
            self.atribuciones.hide()
            self.reglas_sesion.hide()
            self.panel_cita.hide()
            self.composicion = None
            llenar_tabla(self.tabla, [])
            self.avisos.mostrar([])
            self.resumen.setText("")
            self._actualizar_botones()
            return
        self.nombre.setText(organo["nombre"])
        partes = [tr(organo["tipo_nombre"])]
        if organo.get("padre"):
            partes.append(self.tr("depende de {0}").format(organo["padre"]))
        if organo.get("frecuencia_meses"):
            meses = organo["frecuencia_meses"]
            partes.append(self.tr("se reúne cada {0} meses").format(meses) if meses != 1 else self.tr("se reúne cada mes"))
        if organo.get("periodo_meses"):
            cita = f" ({organo['articulo_periodo']})" if organo.get("articulo_periodo") else ""
            partes.append(self.tr("mandatos de {0} meses{1}").format(organo["periodo_meses"], cita))
        self.detalle.setText("  ·  ".join(partes))
        self._avisar_vencimientos(organo)
        self.atribuciones.setText(organo.get("atribuciones") or "")
        self.atribuciones.setVisible(bool(organo.get("atribuciones")))
        self._mostrar_reglas_sesion(organo)
        self._avisar_reglas(organo)
        self._mostrar_composicion()

    def _avisar_vencimientos(self, organo: dict) -> None:
        """Los mandatos del órgano que vencen en los próximos 60 días (o ya cumplieron su período)."""
        from ...servicios.periodos import vencimientos

        try:
            propios = [v for v in vencimientos(self.contexto, 60) if v["organo_id"] == organo["id"]]
        except Exception:  # noqa: BLE001 - un aviso que no se calcula no impide ver el órgano
            propios = []
        if not propios:
            self.aviso_vencimientos.hide()
            return
        lineas = [escape(v["texto"]) for v in propios[:3]]   # los más próximos; todos, en la ayuda emergente
        if len(propios) > 3:
            lineas.append(escape(self.tr("y {0} más (deje el puntero aquí para verlos).").format(len(propios) - 3)))
        self.aviso_vencimientos.setText("<b>" + escape(self.tr("Mandatos por vencer:")) + "</b><br>"
                                        + "<br>".join(lineas))
        self.aviso_vencimientos.setToolTip("\n".join(v["texto"] for v in propios[:60]))
        self.aviso_vencimientos.show()

    def _mostrar_reglas_sesion(self, organo: dict) -> None:
        """Cómo sesiona el órgano: el quórum (y el de reforma del estatuto), poderes, morosos y convocatoria."""
        try:
            reglas = reglas_de_sesion(self.contexto, organo["id"])
            cargadas = bool(regla_de(self.db, organo["id"])[1])
            # La frase de Morosidad, con lo que dicen estas reglas (la última versión, la que se muestra).
            voto_moroso = replace(regla_del_voto_moroso(self.contexto, organo["id"]),
                                  se_aplica=reglas.suspende_morosos)
        except Exception:  # noqa: BLE001 - las reglas son un dato más: no impiden ver el órgano
            self.reglas_sesion.hide()
            return
        if not cargadas and reglas.anticipacion_dias is None:
            self.reglas_sesion.setText(escape(self.tr(
                "Quórum: sin regla cargada, rige la mitad más uno de los miembros con derecho a voto.")) +
                f" <span style='color: {GRIS};'>" + escape(self.tr("Fíjela con «Reglas de sesión…».")) + "</span>"
                + f"<br><span style='color: {GRIS};'>" + escape(voto_moroso.texto()) + "</span>")
            self.reglas_sesion.show()
            return
        lineas = [escape(reglas.reglas["ordinaria"].describir())]
        reforma = reglas.reglas.get("reforma_estatuto")
        if reforma is not None:
            lineas.append(escape(self.tr("Para reformar el estatuto, quórum: {0}").format(
                reforma.describir_regla() + ".")))
        poderes = reglas.poderes_maximos
        cita = f" ({reglas.articulo_convocatoria})" if reglas.articulo_convocatoria else ""
        datos = [
            self.tr("Poderes: sin máximo") if poderes is None else self.tr("Poderes: no se admiten") if poderes == 0
            else self.tr("Poderes: hasta {0} por miembro").format(poderes),
            self.tr("Convocatoria: sin anticipación mínima{0}").format(cita) if reglas.anticipacion_dias is None
            else self.tr("Convocatoria: {0} de anticipación{1}").format(
                self.tr("1 día") if reglas.anticipacion_dias == 1
                else self.tr("{0} días").format(reglas.anticipacion_dias), cita)]
        lineas.append(f"<span style='color: {GRIS};'>" + escape("  ·  ".join(datos)) + "</span>")
        lineas.append(f"<span style='color: {GRIS};'>" + escape(voto_moroso.texto()) + "</span>")
        self.reglas_sesion.setText("<br>".join(lineas))
        self.reglas_sesion.show()

    def _mostrar_cita(self, organo: dict) -> None:
        """El texto del artículo que crea el órgano, tal como regía en la fecha elegida."""
        cita = organo.get("articulo")
        if not cita:
            self.panel_cita.hide()
            return
        try:
            version = buscar_cita(self.contexto, cita, self.al())
        except Exception:  # noqa: BLE001 - una cita que no se encuentra no impide ver el órgano
            version = None
        self.panel_cita.show()
        if version is None:
            self.cita_titulo.setText(cita)
            self.cita_texto.setText(f"<span style='color: {GRIS};'>" + self.tr(
                "No se encuentra ese artículo en el texto vigente al {0}. Revise la cita o cargue el texto en "
                "Estatutos.").format(fecha_dma(self.al())) + "</span>")
            self.cita_texto.setToolTip("")
            return
        self.cita_titulo.setText(self.tr("{0} — {1}").format(cita, version.titulo) if version.titulo else cita)
        self.cita_texto.setText(f"<div style=\"font-family: {FUENTE_LECTURA}; font-size: 10.5pt; line-height: 135%;\">"
                                f"{escape(version.texto)}</div>")
        self.cita_texto.setToolTip(self.tr("Vigente desde el {0}{1}").format(
            fecha_dma(version.vigente_desde), f" ({version.reforma})" if version.reforma else ""))

    def _mostrar_composicion(self) -> None:
        organo = self.organo
        if organo is None or self.db is None:
            return
        self._mostrar_cita(organo)
        try:
            # Con voto en la fecha como lo cuentan los documentos: sin suspendidos ni (si la regla lo dice) morosos.
            self.composicion = composicion(self.contexto, organo["id"], self.al(), cuotas=True)
            reglas = reglas_de(self.db, organo["id"])
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "composición")
            return
        # Dentro de cada cargo, por país y nombre: así se lee cuántos lugares ocupa cada país.
        rango: dict[str, int] = {}
        for a in self.composicion.asientos:
            rango.setdefault(a.cargo, len(rango))
        asientos = sorted(self.composicion.asientos, key=lambda a: (
            rango[a.cargo], normalizar(nombre_pais(a.pais) if a.pais else ""), normalizar(a.miembro or a.persona or "")))
        filas = [[a.miembro or "—", nombre_pais(a.pais) if a.pais else "", a.persona or "", self._cargo(a),
                  self._voto(a), fecha_dma(a.desde), fecha_dma(a.hasta) or "—"] for a in asientos]
        llenar_tabla(self.tabla, filas, datos=asientos, negrita=lambda n: asientos[n].cargo in _DESTACADOS,
                     color=lambda n: GRIS if not asientos[n].con_voto else None)
        con_voto = sum(1 for a in asientos if a.con_voto)
        if not asientos:
            self.resumen.setText(self.tr("Nadie integra el órgano en esa fecha."))
        else:
            partes = [self.tr("{0} integrantes").format(len(asientos)) if len(asientos) != 1 else self.tr("1 integrante"),
                      self.tr("{0} con voto").format(con_voto)]
            de_oficio = sum(1 for a in asientos if a.de_oficio)
            if de_oficio:
                partes.append(self.tr("{0} de oficio").format(de_oficio))
            preside = self.composicion.preside
            if preside is not None:
                partes.append(self.tr("preside {0} ({1})").format(preside.miembro or preside.persona,
                                                                   self.composicion.cargo_que_preside))
            self.resumen.setText("  ·  ".join(partes))
        citas = sorted({r.articulo for r in reglas if r.articulo})
        conforme = (self.tr("Cumple las reglas de composición ({0}).").format(", ".join(citas)) if citas
                    else self.tr("Cumple las reglas de composición.")) if reglas else ""
        self.avisos.mostrar(self.composicion.avisos, self.tr("Reglas de composición que no se cumplen:")
                            if len(self.composicion.avisos) > 1 else "", conforme=conforme)
        self._actualizar_botones()

    def _cargo(self, asiento) -> str:
        """«Presidente · de oficio: Secretaría Ejecutiva»."""
        cargo = tr(CARGOS.get(asiento.cargo, asiento.cargo))
        return self.tr("{0} · de oficio: {1}").format(cargo, asiento.de_oficio) if asiento.de_oficio else cargo

    def _voto(self, asiento) -> str:
        if asiento.con_voto:
            return self.tr("Sí")
        return self.tr("No: {0}").format(tr(asiento.motivo_sin_voto).lower()) if asiento.motivo_sin_voto else self.tr("No")

    def asiento_elegido(self):
        filas = filas_elegidas(self.tabla)
        return dato_de_fila(self.tabla, filas[0]) if filas else None

    def _actualizar_botones(self) -> None:
        asiento = self.asiento_elegido()
        self.boton_terminar.setEnabled(asiento is not None and asiento.mandato_id > 0)
        if asiento is not None and asiento.mandato_id == 0 and asiento.de_oficio:
            ayuda = self.tr("Se sienta de oficio por su cargo en {0}: deja el órgano cuando deja ese cargo (sin mandato "
                            "que terminar aquí).").format(asiento.de_oficio)
        elif asiento is not None and asiento.mandato_id == 0:
            ayuda = self.tr("Los integrantes de una asamblea son todos los miembros activos: no tienen mandato que terminar.")
        else:
            ayuda = self.tr("Termina el mandato elegido con fecha y motivo")
        self.boton_terminar.setToolTip(ayuda)

    # --- acciones ------------------------------------------------------------------------------
    def _avisar_reglas(self, organo: dict) -> None:
        """Las reglas del órgano que citan el texto anterior de un artículo reformado, hasta que se revisan."""
        from ...servicios.revision_de_reglas import reglas_marcadas

        try:
            self.marcadas = reglas_marcadas(self.contexto, organo["id"])
        except Exception:  # noqa: BLE001 - el aviso no impide ver el órgano
            self.marcadas = []
        de_composicion = [m for m in self.marcadas if m.tabla == "reglas_composicion"]
        self.aviso_reglas.setVisible(bool(self.marcadas))
        self.boton_revisar_reglas.setVisible(bool(de_composicion))
        if self.marcadas:
            self.aviso_reglas.setText(
                "<b>⚠ " + escape(self.tr("Reglas que citan un texto reformado:")) + "</b><br>" +
                "<br>".join(f"• {escape(m.que)}: {escape(m.motivo)}. {escape(m.como_revisar)}" for m in self.marcadas))

    def revisar_reglas(self) -> None:
        from ...servicios.revision_de_reglas import revisar_regla

        organo = self.organo
        de_composicion = [m for m in self.marcadas if m.tabla == "reglas_composicion"]
        if organo is None or not de_composicion:
            return
        lista = "\n".join(f"• {m.que}: {m.motivo}." for m in de_composicion)
        if QMessageBox.question(self, self.tr("Marcar revisadas"), self.tr(
                "¿Leyó el texto nuevo y estas reglas siguen valiendo?\n\n{0}\n\nPasarán a citar el texto vigente "
                "desde la reforma.").format(lista)) != QMessageBox.StandardButton.Yes:
            return
        try:
            for m in {m.fila_id: m for m in de_composicion}.values():
                revisar_regla(self.contexto, m.fila_id)
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "revisar reglas de composición")
        self._cambio(organo["id"])

    def _cambio(self, elegir: int | None) -> None:
        """Se guardó algo desde el área: se recarga ya, con `elegir` a la vista (la oficina avisa al resto)."""
        self.recargar(elegir)

    def nuevo_organo(self) -> None:
        from ..dialogos.organo import DialogoNuevoOrgano

        if self.db is None:
            return
        dialogo = DialogoNuevoOrgano(self.oficina, self._organos, self.organo_id(), self)
        dialogo.exec()
        creado = dialogo.organo_id
        descartar(dialogo)
        if creado is not None:
            self._cambio(creado)

    def designar(self, desde: date | None = None, cargo: str | None = None) -> None:
        """El diálogo de designar en el órgano elegido (desde `desde`, con `cargo`, si se dan: como lo pide Inicio ›
        Próximos pasos para los mandatos que vencen)."""
        from ..dialogos.mandato import DialogoMandato

        organo = self.organo
        if organo is None:
            return
        cargo = cargo or cargo_por_omision(organo["tipo"])   # el mismo que escribe el traspaso
        dialogo = DialogoMandato(self.oficina, organo, self._miembros, self, cargo=cargo, desde=desde)
        dialogo.exec()
        hecho = dialogo.mandato_id
        descartar(dialogo)
        if hecho is not None:
            self._cambio(organo["id"])

    def terminar(self) -> None:
        from ..dialogos.mandato import DialogoTerminarMandato

        organo, asiento = self.organo, self.asiento_elegido()
        if organo is None or asiento is None:
            QMessageBox.information(self, self.tr("Elija un mandato"), self.tr("Seleccione primero un integrante en la tabla."))
            return
        if asiento.mandato_id == 0:
            return
        quien = asiento.miembro or asiento.persona or ""
        if asiento.miembro and asiento.persona:
            quien += f" ({asiento.persona})"
        descripcion = self.tr("{0}: {1} en {2} desde el {3}.").format(
            quien, tr(CARGOS.get(asiento.cargo, asiento.cargo)), organo["nombre"], fecha_dma(asiento.desde))
        dialogo = DialogoTerminarMandato(self.oficina, asiento.mandato_id, descripcion, asiento.desde, self)
        hecho = dialogo.exec()
        descartar(dialogo)
        if hecho:
            self._cambio(organo["id"])

    def reglas_de_sesion(self) -> None:
        from ..dialogos.reglas_sesion import DialogoReglasSesion

        organo = self.organo
        if organo is None or self.db is None:
            return
        dialogo = DialogoReglasSesion(self.oficina, organo, self)
        hecho = dialogo.exec()
        descartar(dialogo)
        if hecho:
            self._cambio(organo["id"])

    def reglas_de_composicion(self) -> None:
        from ..dialogos.reglas_composicion import DialogoReglasComposicion

        organo = self.organo
        if organo is None or self.db is None:
            return
        dialogo = DialogoReglasComposicion(self.oficina, organo, self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho:
            self._cambio(organo["id"])

    def periodo(self) -> None:
        from ..dialogos.organo import DialogoPeriodo

        organo = self.organo
        if organo is None or self.db is None:
            return
        dialogo = DialogoPeriodo(self.oficina, organo, self)
        hecho = dialogo.exec()
        descartar(dialogo)
        if hecho:
            self._cambio(organo["id"])

    def historia(self) -> None:
        from ..dialogos.mandato import DialogoHistoriaMandatos

        organo = self.organo
        if organo is None:
            return
        dialogo = DialogoHistoriaMandatos(self.oficina, organo, self, al=self.al())
        dialogo.exec()
        descartar(dialogo)

    # --- documentos ----------------------------------------------------------------------------
    def _documento(self, titulo: str, extension: str, funcion) -> None:
        organo = self.organo
        if organo is None:
            return
        al = self.al()
        guardar_documento(self, titulo, f"{nombre_de_archivo(organo['nombre'])}-{al.isoformat()}{extension}",
                          lambda ruta: funcion(self.contexto, organo["id"], ruta, al), self._ajustes)

    def imprimir_composicion(self) -> None:
        from ...servicios.informes_organos import imprimir_composicion

        self._documento(self.tr("Imprimir la composición"), ".pdf", imprimir_composicion)

    def exportar_composicion(self) -> None:
        from ...servicios.informes_organos import exportar_composicion

        self._documento(self.tr("Exportar la composición"), ".xlsx", exportar_composicion)

    def imprimir_organigrama(self) -> None:
        from ...servicios.informes_organos import imprimir_organigrama

        if self.db is None:
            return
        al = self.al()
        guardar_documento(self, self.tr("Imprimir el organigrama"),
                          f"organigrama-{nombre_de_archivo(self.asociacion['sigla'])}-{al.isoformat()}.pdf",
                          lambda ruta: imprimir_organigrama(self.contexto, ruta, al), self._ajustes)
