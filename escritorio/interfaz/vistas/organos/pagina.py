"""La página «Composición y mandatos» del área Órganos: el árbol, el encabezado del órgano con el artículo que lo crea,
la composición a una fecha con sus avisos y los botones de los mandatos."""

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QScrollArea, QSplitter, QToolButton,
                               QTreeWidget, QVBoxLayout, QWidget)

from ....servicios.base import hoy
from ...dialogos.baja import editor_de_fecha
from ...flujo import FilaFluida
from ...iconos import icono
from ...piezas import ACENTO, CajaAvisos, escalar, nota, panel, subtitulo, tabla_lectura, titulo


class PaginaDeOrganos:
    """Arma los widgets que llenan los otros pedazos de `VistaOrganos`."""

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
        self.boton_sala = QPushButton(self.tr("Reglas de la sala…"))
        self.boton_sala.setToolTip(self.tr("El plazo de las mociones, los tiempos de palabra y el orden de las "
                                           "enmiendas"))
        self.boton_sala.clicked.connect(self.reglas_de_la_sala)
        self.boton_composicion = QPushButton(icono("reglas"), self.tr("Reglas de composición…"))
        self.boton_composicion.setToolTip(self.tr("Quién integra el órgano por regla (todos los activos, cupos por "
                                                  "país, troika, de oficio, presidencia…): agregar y quitar"))
        self.boton_composicion.clicked.connect(self.reglas_de_composicion)
        self.boton_periodo = QPushButton(self.tr("Período…"))
        self.boton_periodo.setToolTip(self.tr("Cuánto dura un mandato en este órgano, con su artículo"))
        self.boton_periodo.clicked.connect(self.periodo)
        # El día en que lo creó el estatuto o una resolución, y disolverlo (o anular una disolución equivocada).
        self.boton_creacion = QPushButton(self.tr("Creación…"))
        self.boton_creacion.setToolTip(self.tr("El día en que lo creó el estatuto o una resolución, y qué lo creó"))
        self.boton_creacion.clicked.connect(self.creacion)
        self.boton_disolver = QPushButton(self.tr("Disolver…"))
        self.boton_disolver.clicked.connect(self.disolver)
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
                      self.boton_reglas, self.boton_sala, self.boton_periodo, self.boton_creacion,
                      self.boton_disolver):
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
