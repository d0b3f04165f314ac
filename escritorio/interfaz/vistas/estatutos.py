"""El área Estatutos: el texto de cada norma tal como regía en una fecha, la historia de cada artículo
y las diferencias entre dos versiones; cargar una norma nueva y registrar reformas.

Todo lo pide a `servicios.estatutos`; nunca consulta la base por su cuenta.
"""

from dataclasses import replace
from datetime import date
from difflib import SequenceMatcher
from html import escape

from PySide6.QtCore import QDate, QSettings, QSize, Qt
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSplitter, QStackedWidget, QTextBrowser, QToolButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ...dominio.normas import TIPOS_NORMA, VersionArticulo
from ...dominio.texto import normalizar
from ...servicios.base import hoy
from ...servicios.estatutos import diferencias, historia_de, listar_normas, listar_reformas, texto_en
from ..comun import descartar, fecha_dma, tr
from ..operaciones import FALLO, consultar_en_la_ventana
from ..dialogos.baja import editor_de_fecha
from ..flujo import FilaFluida
from ..iconos import icono
from ..piezas import (AreaPerezosa, AtajosDeBusqueda, ACENTO, AMBAR, FUENTE_LECTURA, GRIS, dato_de_fila,
                      filas_elegidas, guardar_documento, llenar_tabla, nombre_de_archivo, nota, pagina_vacia, subtitulo,
                      tabla_lectura, titulo)

_ROL_BUSQUEDA = Qt.ItemDataRole.UserRole + 1
# Fondo de cada fila de la comparación, según el estado que devuelve servicios.estatutos.diferencias.
COLORES_DIFERENCIA = {"cambiado": "#fff3cd", "agregado": "#e3f4e6", "quitado": "#fbe3e0", "igual": ""}
ESTADOS_DIFERENCIA = {"cambiado": "Cambiado", "agregado": "Agregado", "quitado": "Quitado", "igual": "Igual"}


def html_articulo(texto: str) -> str:
    """El texto de un artículo con tipografía de lectura: párrafos separados, interlineado amplio."""
    parrafos = [p.strip() for p in texto.split("\n\n") if p.strip()]
    cuerpo = "".join(
        f"<p style='margin: 0 0 10px 0;'>{escape(p).replace(chr(10), '<br>')}</p>" for p in parrafos)
    return (f"<div style=\"font-family: {FUENTE_LECTURA}; font-size: 13pt; line-height: 150%;\">"
            f"{cuerpo or '&nbsp;'}</div>")


def _resaltar(anterior: str, nuevo: str) -> tuple[str, str]:
    """Las palabras que cambian dentro de una oración: tachadas a la izquierda, destacadas a la derecha."""
    a, b = anterior.split(), nuevo.split()
    izquierda, derecha = [], []
    for operacion, i1, i2, j1, j2 in SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        viejo, nuevo_ = escape(" ".join(a[i1:i2])), escape(" ".join(b[j1:j2]))
        if operacion == "equal":
            izquierda.append(viejo)
            derecha.append(nuevo_)
            continue
        if viejo:
            izquierda.append(f"<span style='background-color: #f2b8b0; text-decoration: line-through;'>{viejo}</span>")
        if nuevo_:
            derecha.append(f"<span style='background-color: #a9dcb3; font-weight: 600;'>{nuevo_}</span>")
    return " ".join(izquierda), " ".join(derecha)


def html_diferencias(filas: list[tuple[str, str, str]], titulo_a: str, titulo_b: str) -> str:
    """Tabla lado a lado: cada oración en su fila, con fondo según su estado."""
    renglones = [f"<tr><th width='50%' align='left' style='color: {GRIS};'>{escape(titulo_a)}</th>"
                 f"<th width='50%' align='left' style='color: {GRIS};'>{escape(titulo_b)}</th></tr>"]
    for estado, anterior, nuevo in filas:
        if estado == "cambiado":
            izquierda, derecha = _resaltar(anterior, nuevo)
        else:
            izquierda, derecha = escape(anterior), escape(nuevo)
        fondo = COLORES_DIFERENCIA.get(estado, "")
        atributo = f" bgcolor='{fondo}'" if fondo else ""
        renglones.append(f"<tr{atributo}><td valign='top'>{izquierda or '&nbsp;'}</td>"
                         f"<td valign='top'>{derecha or '&nbsp;'}</td></tr>")
    return (f"<div style=\"font-family: {FUENTE_LECTURA}; font-size: 11.5pt;\">"
            "<table width='100%' cellspacing='2' cellpadding='7'>" + "".join(renglones) + "</table></div>")


def _leyenda() -> QWidget:
    fila = QWidget()
    disposicion = QHBoxLayout(fila)
    disposicion.setContentsMargins(0, 0, 0, 0)
    disposicion.setSpacing(6)
    for estado in ("cambiado", "agregado", "quitado"):
        muestra = QLabel()
        muestra.setFixedSize(14, 14)
        muestra.setStyleSheet(f"background: {COLORES_DIFERENCIA[estado]}; border: 1px solid #c8ccd0; border-radius: 3px;")
        disposicion.addWidget(muestra)
        disposicion.addWidget(QLabel(tr(ESTADOS_DIFERENCIA[estado])))
        disposicion.addSpacing(10)
    disposicion.addStretch(1)
    return fila


class VistaEstatutos(AreaPerezosa):
    """Estatuto y reglamentos con su historia de reformas. Lo que se guarda desde aquí lo avisa la oficina (ver
    `interfaz/cambios.py`)."""

    # Normas, las reglas que citan sus artículos y la resolución que adoptó cada reforma.
    MUESTRA = frozenset({"normas", "organos", "cargos", "asociacion", "sesiones"})

    def __init__(self, ajustes: QSettings | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self._ajustes = ajustes
        self._pendiente = False
        self._normas: list[dict] = []
        self._vigentes: dict[str, VersionArticulo] = {}
        self._historia: list[VersionArticulo] = []
        self._reformas: list[dict] = []
        self.marcadas: list = []   # reglas que citan un texto reformado (las que muestra el aviso)
        self._original: date | None = None
        self.filas_diferencias: list[tuple[str, str, str]] = []
        self._construir()

    # --- construcción -----------------------------------------------------------------------
    def _construir(self) -> None:
        self.combo_norma = QComboBox()
        # Ancho para un título corriente, no para el más largo: en una pantalla chica (1366 al 150 %) la barra entra.
        self.combo_norma.setMinimumContentsLength(16)
        self.combo_norma.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo_norma.currentIndexChanged.connect(lambda _: self._norma_elegida())
        self.fecha = editor_de_fecha(hoy())
        self.fecha.setToolTip(self.tr("El texto se muestra tal como regía ese día, con las reformas vigentes hasta entonces."))
        self.fecha.dateChanged.connect(lambda _: self._cargar_texto())
        boton_hoy = QToolButton()   # un botón de una palabra no necesita el ancho mínimo de un QPushButton
        boton_hoy.setText(self.tr("Hoy"))
        boton_hoy.setToolTip(self.tr("Volver al texto vigente hoy"))
        boton_hoy.clicked.connect(lambda: self.fecha.setDate(QDate(hoy())))
        self.boton_cargar = QPushButton(self.tr("Cargar texto…"))
        self.boton_cargar.setToolTip(self.tr("Cargar un estatuto o reglamento nuevo pegando su texto o abriendo un .txt o .md"))
        self.boton_cargar.clicked.connect(self.cargar_texto)
        self.boton_cargar.setIcon(icono("cargar"))
        self.boton_reforma = QPushButton(self.tr("Reforma…"))
        self.boton_reforma.setToolTip(self.tr("Registrar una reforma: artículos nuevos, cambiados o derogados desde una fecha"))
        self.boton_reforma.clicked.connect(self.reformar)
        self.boton_reforma.setIcon(icono("reforma"))
        self.boton_pdf = QPushButton(self.tr("Imprimir (PDF)…"))
        self.boton_pdf.setToolTip(self.tr("Texto vigente a la fecha elegida, con índice, en PDF"))
        self.boton_pdf.clicked.connect(self.imprimir)
        self.boton_pdf.setIcon(icono("pdf"))

        self.controles = QWidget()
        fila = QHBoxLayout(self.controles)
        fila.setContentsMargins(0, 0, 0, 0)
        fila.addWidget(QLabel(self.tr("Norma:")))
        fila.addWidget(self.combo_norma, 1)
        fila.addSpacing(8)
        fila.addWidget(QLabel(self.tr("Texto vigente al:")))
        fila.addWidget(self.fecha)
        fila.addWidget(boton_hoy)
        barra = FilaFluida()   # en una pantalla chica los botones bajan a otra línea
        barra.addWidget(self.controles)
        barra.addStretch(1)
        for boton in (self.boton_cargar, self.boton_reforma, self.boton_pdf):
            barra.addWidget(boton)

        # Izquierda: búsqueda y artículos.
        self.busqueda = QLineEdit()
        self.busqueda.setPlaceholderText(self.tr("Buscar en el texto…"))
        self.busqueda.setClearButtonEnabled(True)
        self.busqueda.textChanged.connect(lambda _: self._filtrar())
        self.arbol = QTreeWidget()
        self.arbol.setHeaderLabels([self.tr("Art."), self.tr("Título"), self.tr("Reforma")])
        self.arbol.setRootIsDecorated(False)
        self.arbol.setUniformRowHeights(True)
        self.arbol.setAlternatingRowColors(True)
        self.arbol.header().setStretchLastSection(False)
        self.arbol.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.arbol.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.arbol.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.arbol.currentItemChanged.connect(lambda actual, _: self._articulo_elegido(actual))
        # Ctrl+F a la búsqueda; Flecha abajo o Enter, al primer artículo que coincide; Esc vuelve a buscar.
        self.atajos_busqueda = AtajosDeBusqueda(self.busqueda, self.arbol, ctrl_f_en=self)
        self.resumen = nota()
        izquierda = QWidget()
        columna = QVBoxLayout(izquierda)
        columna.setContentsMargins(0, 0, 0, 0)
        columna.addWidget(self.busqueda)
        columna.addWidget(self.arbol, 1)
        columna.addWidget(self.resumen)

        # Derecha: el artículo, su historia y las diferencias.
        self.encabezado = titulo()
        self.referencia = nota()
        self.referencia.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.texto = QTextBrowser()
        self.texto.setOpenLinks(False)
        self.texto.setFrameShape(QFrame.Shape.NoFrame)
        self.texto.document().setDocumentMargin(14)
        self.texto.setStyleSheet("QTextBrowser { background: palette(base); border: 1px solid palette(midlight);"
                                 " border-radius: 6px; }")
        arriba = QWidget()
        caja = QVBoxLayout(arriba)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(self.encabezado)
        caja.addWidget(self.referencia)
        caja.addWidget(self.texto, 1)

        self.historia = tabla_lectura([self.tr("Vigente desde"), self.tr("Cambio"), self.tr("Aprobada por"),
                                       self.tr("Reforma")], 3, varias=True)
        self.historia.itemSelectionChanged.connect(self._versiones_elegidas)
        self.ayuda_historia = nota(self.tr("Elija una versión para leerla, o dos (Ctrl+clic) para compararlas."))
        medio = QWidget()
        caja = QVBoxLayout(medio)
        caja.setContentsMargins(0, 6, 0, 0)
        caja.addWidget(subtitulo(self.tr("Historia del artículo")))
        caja.addWidget(self.historia, 1)
        caja.addWidget(self.ayuda_historia)

        self.titulo_diferencias = subtitulo(self.tr("Diferencias"))
        self.diferencias = QTextBrowser()
        self.diferencias.setOpenLinks(False)
        self.diferencias.setStyleSheet("QTextBrowser { background: palette(base); border: 1px solid palette(midlight);"
                                       " border-radius: 6px; }")
        self.panel_diferencias = QWidget()
        caja = QVBoxLayout(self.panel_diferencias)
        caja.setContentsMargins(0, 6, 0, 0)
        cabeza = QHBoxLayout()
        cabeza.addWidget(self.titulo_diferencias)
        cabeza.addStretch(1)
        cabeza.addWidget(_leyenda())
        caja.addLayout(cabeza)
        caja.addWidget(self.diferencias, 1)
        self.panel_diferencias.hide()

        self.derecha = QSplitter(Qt.Orientation.Vertical)
        self.derecha.setChildrenCollapsible(False)
        for parte in (arriba, medio, self.panel_diferencias):
            self.derecha.addWidget(parte)
        self.derecha.setSizes([250, 150, 310])

        self.divisor = QSplitter()
        self.divisor.setChildrenCollapsible(False)
        self.divisor.addWidget(izquierda)
        self.divisor.addWidget(self.derecha)
        self.divisor.setStretchFactor(1, 1)
        self.divisor.setSizes([330, 720])

        # Sin normas: una explicación y el botón para cargar la primera.
        self.boton_primero = primero = QPushButton(self.tr("Cargar texto…"))
        primero.clicked.connect(self.cargar_texto)
        vacio = pagina_vacia(self.tr("Todavía no hay estatuto ni reglamentos cargados"), self.tr(
            "Pegue el texto del estatuto o abra un archivo .txt o .md: cada artículo empieza con una línea "
            "«Artículo N». Después podrá registrar sus reformas y leer el texto vigente en cualquier fecha."), primero)

        self.paginas = QStackedWidget()
        self.paginas.addWidget(vacio)
        self.paginas.addWidget(self.divisor)
        # Tras una reforma: las reglas que citan el texto anterior de un artículo reformado (servicios.revision_de_reglas).
        self.aviso_reglas = nota()
        self.aviso_reglas.setWordWrap(True)
        self.aviso_reglas.setTextFormat(Qt.TextFormat.RichText)
        self.aviso_reglas.setStyleSheet(f"color: {AMBAR};")
        self.aviso_reglas.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.aviso_reglas.hide()
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(barra)
        disposicion.addWidget(self.aviso_reglas)
        disposicion.addWidget(self.paginas, 1)

    # --- datos --------------------------------------------------------------------------------
    def recargar(self, elegir_norma: int | None = None) -> None:
        self._al_dia_con_la_base()
        normas = consultar_en_la_ventana(self, lambda: listar_normas(self.contexto), que="listar normas")
        if normas is FALLO:
            return
        self._normas = normas
        actual = elegir_norma if elegir_norma is not None else self.combo_norma.currentData()
        self.combo_norma.blockSignals(True)
        self.combo_norma.clear()
        for norma in self._normas:
            tipo = tr(TIPOS_NORMA.get(norma["tipo"], norma["tipo"]))
            texto = norma["titulo"] if normalizar(norma["titulo"]).startswith(normalizar(tipo)) \
                else f"{norma['titulo']} ({tipo.lower()})"
            self.combo_norma.addItem(texto, norma["id"])
        indice = self.combo_norma.findData(actual)
        self.combo_norma.setCurrentIndex(max(indice, 0))
        self.combo_norma.blockSignals(False)
        largo = max((self.combo_norma.fontMetrics().horizontalAdvance(self.combo_norma.itemText(i))
                     for i in range(self.combo_norma.count())), default=0)
        self.combo_norma.setMaximumWidth(max(self.combo_norma.minimumSizeHint().width(), largo + 48))
        hay = bool(self._normas)
        self.paginas.setCurrentIndex(1 if hay else 0)
        self.controles.setVisible(hay)
        self.boton_cargar.setVisible(hay)  # sin normas, el único «Cargar texto…» es el de la página vacía
        self.boton_reforma.setVisible(hay)
        self.boton_pdf.setVisible(hay)
        self.boton_pdf.setEnabled(hay)
        self._avisar_reglas()
        self._norma_elegida()

    def _avisar_reglas(self) -> None:
        """Las reglas que citan el texto anterior de un artículo reformado, hasta que alguien las revisa."""
        from ...servicios.revision_de_reglas import reglas_marcadas

        marcadas = consultar_en_la_ventana(self, lambda: reglas_marcadas(self.contexto),
                                           que="revisar las reglas que citan artículos")
        if marcadas is FALLO:   # el aviso no impide leer las normas
            marcadas = []
        self.marcadas = marcadas
        if not marcadas:
            self.aviso_reglas.hide()
            self.aviso_reglas.setText("")
            return
        lineas = [f"• {escape(m.que)}: {escape(m.motivo)}." for m in marcadas[:6]]
        if len(marcadas) > 6:
            lineas.append(escape(self.tr("… y {0} más.").format(len(marcadas) - 6)))
        encabezado = (self.tr("1 regla cita el texto anterior de un artículo reformado:") if len(marcadas) == 1 else
                      self.tr("{0} reglas citan el texto anterior de un artículo reformado:").format(len(marcadas)))
        pie = self.tr("Revíselas en Órganos: cada órgano lista las suyas, que se corrigen guardando una versión nueva "
                      "de sus reglas de sesión desde la reforma.")
        self.aviso_reglas.setText(f"<b>⚠ {escape(encabezado)}</b><br>" + "<br>".join(lineas) + f"<br>{escape(pie)}")
        self.aviso_reglas.show()

    @property
    def norma(self) -> dict | None:
        clave = self.combo_norma.currentData()
        return next((n for n in self._normas if n["id"] == clave), None)

    def _norma_elegida(self) -> None:
        norma = self.norma
        self.combo_norma.setToolTip(self.combo_norma.currentText())   # el título entero, si el combo lo corta
        if norma is None:
            self._reformas, self._original = [], None
        else:
            self._reformas = listar_reformas(self.contexto, norma["id"])
            self._original = date.fromisoformat(self._reformas[0]["vigente_desde"]) if self._reformas else None
        self._cargar_texto()

    def al(self) -> date:
        return self.fecha.date().toPython()

    def _cargar_texto(self) -> None:
        if self.db is None:
            return
        norma = self.norma
        elegido = self.articulo_actual()
        self.arbol.blockSignals(True)
        self.arbol.clear()
        self._vigentes = {}
        if norma is not None:
            vigentes = consultar_en_la_ventana(self, lambda: texto_en(self.contexto, norma["id"], self.al()),
                                               que="texto vigente") or []
            for version in vigentes:
                self._vigentes[version.numero] = version
                reformado = self._original is not None and version.vigente_desde > self._original
                item = QTreeWidgetItem([version.numero, version.titulo or "", version.vigente_desde.strftime("%Y")
                                        if reformado else ""])
                item.setData(0, Qt.ItemDataRole.UserRole, version.numero)
                item.setData(0, _ROL_BUSQUEDA, normalizar(f"articulo {version.numero} {version.titulo or ''} {version.texto}"))
                item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setSizeHint(0, QSize(0, 22))
                if reformado:
                    ayuda = self.tr("Texto vigente desde el {0} ({1})").format(
                        fecha_dma(version.vigente_desde), version.reforma or self.tr("sin referencia"))
                    for columna in range(3):
                        item.setToolTip(columna, ayuda)
                    item.setForeground(2, self.palette().link())
                self.arbol.addTopLevelItem(item)
        self.arbol.blockSignals(False)
        cantidad = len(self._vigentes)
        reformados = sum(1 for v in self._vigentes.values() if self._original and v.vigente_desde > self._original)
        partes = [self.tr("{0} artículos vigentes al {1}").format(cantidad, fecha_dma(self.al()))
                  if cantidad != 1 else self.tr("1 artículo vigente al {0}").format(fecha_dma(self.al()))]
        if reformados:
            partes.append(self.tr("{0} con texto reformado").format(reformados))
        if len(self._reformas) == 2:
            partes.append(self.tr("1 reforma en total"))
        elif len(self._reformas) > 2:
            partes.append(self.tr("{0} reformas en total").format(len(self._reformas) - 1))
        self._resumen = " · ".join(partes) if norma else ""
        if not self.seleccionar_articulo(elegido) and self.arbol.topLevelItemCount():
            self.arbol.setCurrentItem(self.arbol.topLevelItem(0))
        elif not self.arbol.topLevelItemCount():
            self._articulo_elegido(None)
        self._filtrar()

    def _filtrar(self) -> None:
        """Deja a la vista los artículos cuyo número, título o texto contienen lo buscado (sin acentos)."""
        buscado = normalizar(self.busqueda.text())
        for fila in range(self.arbol.topLevelItemCount()):
            item = self.arbol.topLevelItem(fila)
            item.setHidden(bool(buscado) and buscado not in item.data(0, _ROL_BUSQUEDA))
        visibles = self.numeros_visibles()
        if buscado:
            self.resumen.setText(self.tr("{0} de {1} artículos contienen «{2}»").format(
                len(visibles), self.arbol.topLevelItemCount(), self.busqueda.text().strip()))
        else:
            self.resumen.setText(getattr(self, "_resumen", ""))
        actual = self.arbol.currentItem()
        if visibles and (actual is None or actual.isHidden()):
            self.seleccionar_articulo(visibles[0])

    # --- el artículo --------------------------------------------------------------------------
    def articulo_actual(self) -> str | None:
        item = self.arbol.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def numeros_visibles(self) -> list[str]:
        return [self.arbol.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.arbol.topLevelItemCount()) if not self.arbol.topLevelItem(i).isHidden()]

    def seleccionar_articulo(self, numero: str | None) -> bool:
        if numero is None:
            return False
        for fila in range(self.arbol.topLevelItemCount()):
            item = self.arbol.topLevelItem(fila)
            if item.data(0, Qt.ItemDataRole.UserRole) == numero:
                if self.arbol.currentItem() is item:
                    self._articulo_elegido(item)   # ya elegido: se refresca (otra fecha, otra versión)
                else:
                    self.arbol.setCurrentItem(item)
                self.arbol.scrollToItem(item)
                return True
        return False

    def _articulo_elegido(self, item: QTreeWidgetItem | None) -> None:
        numero = None if item is None else item.data(0, Qt.ItemDataRole.UserRole)
        version = self._vigentes.get(numero)
        if version is None:
            self.encabezado.setText(self.tr("Ningún artículo vigente") if self.norma else "")
            self.referencia.setText("")
            self.texto.clear()
            self._historia = []
            llenar_tabla(self.historia, [])
            self.panel_diferencias.hide()
            return
        self._mostrar_version(version)
        self._historia = consultar_en_la_ventana(self, lambda: historia_de(self.contexto, self.norma["id"], numero),
                                                 que="historia del artículo") or []
        descripciones = {}
        for reforma in self._reformas:
            descripciones.setdefault(reforma["vigente_desde"], []).append(reforma["descripcion"] or "")
        filas = []
        for indice, v in enumerate(self._historia):
            filas.append([fecha_dma(v.vigente_desde), self._tipo_de_cambio(indice, v), v.reforma or "",
                          "; ".join(d for d in descripciones.get(v.vigente_desde.isoformat(), []) if d)])
        self.historia.blockSignals(True)
        llenar_tabla(self.historia, filas, datos=list(range(len(self._historia))),
                     negrita=lambda n: self._historia[n].vigente_desde == version.vigente_desde,
                     color=lambda n: GRIS if self._historia[n].vigente_desde > self.al() else None)
        if len(self._historia) >= 2:
            # Las dos últimas versiones vigentes a la fecha: se ve enseguida qué cambió.
            hasta = max((i for i, v in enumerate(self._historia) if v.vigente_desde <= self.al()), default=1)
            hasta = max(hasta, 1)
            for fila in (hasta - 1, hasta):
                self.historia.selectionModel().select(
                    self.historia.model().index(fila, 0),
                    self.historia.selectionModel().SelectionFlag.Select | self.historia.selectionModel().SelectionFlag.Rows)
        self.historia.blockSignals(False)
        self._versiones_elegidas()

    def _tipo_de_cambio(self, indice: int, version: VersionArticulo) -> str:
        if version.derogado:
            return self.tr("Derogado") + (self.tr(" (posterior)") if version.vigente_desde > self.al() else "")
        if indice == 0:
            tipo = self.tr("Texto original") if version.vigente_desde == self._original else self.tr("Agregado")
        elif self._historia[indice - 1].derogado:
            tipo = self.tr("Restablecido")
        else:
            tipo = self.tr("Modificado")
        return tipo + (self.tr(" (posterior)") if version.vigente_desde > self.al() else "")

    def _mostrar_version(self, version: VersionArticulo, otra: bool = False) -> None:
        encabezado = self.tr("Artículo {0}").format(version.numero)
        if version.titulo:
            encabezado += f" — {version.titulo}"
        self.encabezado.setText(encabezado)
        if version.derogado:
            referencia = self.tr("Derogado desde el {0}").format(fecha_dma(version.vigente_desde))
        else:
            referencia = self.tr("Vigente desde el {0}").format(fecha_dma(version.vigente_desde))
        if version.reforma:
            referencia += " · " + version.reforma
        if otra:
            referencia = self.tr("Otra versión, no la vigente al {0}. ").format(fecha_dma(self.al())) + referencia
            self.referencia.setStyleSheet(f"color: {ACENTO};")
        else:
            self.referencia.setStyleSheet(f"color: {GRIS};")
        self.referencia.setText(referencia)
        self.texto.setHtml(html_articulo(version.texto))

    def _versiones_elegidas(self) -> None:
        elegidas = [dato_de_fila(self.historia, fila) for fila in filas_elegidas(self.historia)]
        vigente = self._vigentes.get(self.articulo_actual() or "")
        if len(elegidas) == 1 and vigente is not None:
            version = self._historia[elegidas[0]]
            self._mostrar_version(version, otra=version.vigente_desde != vigente.vigente_desde)
        elif vigente is not None:
            self._mostrar_version(vigente)
        if len(elegidas) == 2:
            self.comparar(*(self._historia[i] for i in elegidas))
        else:
            self.filas_diferencias = []
            self.panel_diferencias.hide()

    def comparar(self, anterior: VersionArticulo, nueva: VersionArticulo) -> None:
        if anterior.vigente_desde > nueva.vigente_desde:
            anterior, nueva = nueva, anterior
        # Una derogación guarda el texto derogado: frente a ella, todo el texto anterior se quita.
        self.filas_diferencias = diferencias(anterior, replace(nueva, texto="") if nueva.derogado else nueva)
        cambios = sum(1 for estado, _, _ in self.filas_diferencias if estado != "igual")
        self.titulo_diferencias.setText(
            self.tr("Diferencias: {0} oraciones distintas").format(cambios) if cambios != 1
            else self.tr("Diferencias: 1 oración distinta"))
        titulo_nueva = (self.tr("Derogado el {0}") if nueva.derogado else self.tr("Versión del {0}")).format(
            fecha_dma(nueva.vigente_desde))
        self.diferencias.setHtml(html_diferencias(self.filas_diferencias,
                                                  self.tr("Versión del {0}").format(fecha_dma(anterior.vigente_desde)),
                                                  titulo_nueva))
        self.panel_diferencias.show()

    # --- acciones ------------------------------------------------------------------------------
    def cargar_texto(self) -> None:
        from ..dialogos.cargar_norma import DialogoCargarNorma

        dialogo = DialogoCargarNorma(self.oficina, self)
        dialogo.exec()
        norma_id = dialogo.norma_id
        descartar(dialogo)
        if norma_id is not None:
            self.recargar(elegir_norma=norma_id)

    def reformar(self) -> None:
        from ..dialogos.reforma import DialogoReforma

        norma = self.norma
        if norma is None:
            return
        dialogo = DialogoReforma(self.oficina, norma, self, numero=self.articulo_actual())
        dialogo.exec()
        reforma_id, cambiados, desde = dialogo.reforma_id, dialogo.numeros_cambiados(), dialogo.vigente_desde()
        descartar(dialogo)
        if reforma_id is None:
            return
        if desde > self.al():
            self.fecha.setDate(QDate(desde))   # para que la reforma se vea
        self.recargar(elegir_norma=norma["id"])
        if cambiados:
            self.seleccionar_articulo(cambiados[0])

    def imprimir(self) -> None:
        from ...servicios.informes_organos import imprimir_texto_norma

        norma = self.norma
        if norma is None:
            return
        al = self.al()
        guardar_documento(self, self.tr("Imprimir el texto vigente"),
                          f"{nombre_de_archivo(norma['titulo'])}-{al.isoformat()}.pdf",
                          lambda ruta: imprimir_texto_norma(self.contexto, norma["id"], ruta, al),
                          self._ajustes)
