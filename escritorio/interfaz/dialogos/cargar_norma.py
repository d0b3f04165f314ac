"""Cargar una norma (estatuto o reglamento): pegar el texto o abrir un .txt/.md, ver los artículos que se
leen y los avisos antes de guardar, y guardarla con su título, tipo, fecha de vigencia y aprobación."""

import re
from pathlib import Path

from PySide6.QtCore import QTimer, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QGridLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...dominio.normas import TIPOS_NORMA
from ...errores import ErrorEscritorio, ErrorValidacion
from ...servicios.base import hoy
from ...servicios.estatutos import cargar_norma, leer_texto_de_norma, vista_previa
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..comun import marcar_invalido, tr
from ..piezas import ESTILO_ERROR, ROJO, CajaAvisos, DialogoBase, nota
from .baja import editor_de_fecha
from ..piezas import elegir_archivo
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina

_DERECHA = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
EJEMPLO = ("Artículo 1 - Denominación\nLa Red de … es una asociación de gobiernos locales…\n\n"
           "Artículo 2 - Objetivos\nSon objetivos de la Red: …")


def titulo_sugerido(texto: str) -> str | None:
    """«# Estatuto de la Red» en la primera línea con contenido -> «Estatuto de la Red»."""
    for linea in texto.splitlines():
        if linea.strip():
            encabezado = re.match(r"^\s*#\s+(.+?)\s*#*\s*$", linea)
            return encabezado[1].strip() if encabezado else None
    return None


class DialogoCargarNorma(DeLaOficina, DialogoBase):
    """Tras cerrar, `norma_id` es la norma creada (o None si no se guardó nada)."""

    def __init__(self, oficina: Oficina, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina = oficina
        self.norma_id: int | None = None
        self.articulos = []
        self.avisos: list[str] = []
        self._titulo_automatico = ""
        self.setWindowTitle(self.tr("Cargar estatuto o reglamento"))

        self.tipo = QComboBox()
        for codigo, etiqueta in TIPOS_NORMA.items():
            self.tipo.addItem(tr(etiqueta), codigo)
        self.tipo.currentIndexChanged.connect(lambda _: self._sugerir_titulo())
        self.titulo = QLineEdit()
        self.titulo.setPlaceholderText(self.tr("por ejemplo: Estatuto de la Red"))
        self.titulo.textEdited.connect(lambda _: marcar_invalido(self.titulo, None))
        self.vigente_desde = editor_de_fecha(hoy())
        self.vigente_desde.setToolTip(self.tr("Desde cuándo rige este texto (por ejemplo, la fecha del acta fundacional)"))
        self.aprobada_por = QLineEdit()
        self.aprobada_por.setPlaceholderText(self.tr("acta o resolución que lo aprobó"))
        datos = QGridLayout()
        datos.setHorizontalSpacing(10)
        for fila, columna, rotulo, campo in ((0, 0, self.tr("Tipo:"), self.tipo), (0, 2, self.tr("Título:"), self.titulo),
                                             (1, 0, self.tr("Vigente desde:"), self.vigente_desde),
                                             (1, 2, self.tr("Aprobada por:"), self.aprobada_por)):
            etiqueta = QLabel(rotulo)
            etiqueta.setAlignment(_DERECHA)
            datos.addWidget(etiqueta, fila, columna)
            datos.addWidget(campo, fila, columna + 1)
        datos.setColumnStretch(3, 1)

        # Izquierda: el texto.
        self.boton_abrir = QPushButton(self.tr("Abrir archivo…"))
        self.boton_abrir.clicked.connect(self.abrir_archivo)
        self.origen = nota(self.tr("Pegue el texto o abra un archivo .txt o .md."))
        self.texto = QPlainTextEdit()
        self.texto.setPlaceholderText(self.tr("Cada artículo empieza en una línea «Artículo N» o «Art. N°». Por ejemplo:\n\n")
                                      + EJEMPLO)
        self.texto.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        fuente = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
        self.texto.setFont(fuente)
        self._demora = QTimer(self)
        self._demora.setSingleShot(True)
        self._demora.setInterval(250)
        self._demora.timeout.connect(self.actualizar_vista_previa)
        self.texto.textChanged.connect(self._demora.start)
        grupo_texto = QGroupBox(self.tr("Texto"))
        caja = QVBoxLayout(grupo_texto)
        fila_abrir = QHBoxLayout()
        fila_abrir.addWidget(self.boton_abrir)
        fila_abrir.addWidget(self.origen, 1)
        caja.addLayout(fila_abrir)
        caja.addWidget(self.texto, 1)

        # Derecha: lo que se leería.
        self.cantidad = QLabel()
        self.cantidad.setFont(self._negrita())
        self.arbol = QTreeWidget()
        self.arbol.setHeaderLabels([self.tr("Art."), self.tr("Título"), self.tr("Comienza con"), self.tr("Línea")])
        self.arbol.setRootIsDecorated(False)
        self.arbol.setAlternatingRowColors(True)
        self.arbol.setUniformRowHeights(True)
        cabecera = self.arbol.header()
        cabecera.setStretchLastSection(False)
        cabecera.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        cabecera.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        cabecera.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        cabecera.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.arbol.setColumnWidth(1, 150)
        self.arbol.itemDoubleClicked.connect(lambda item, _: self._ir_a_linea(item))
        self.caja_avisos = CajaAvisos()
        grupo_previa = QGroupBox(self.tr("Vista previa: artículos que se cargarán"))
        caja = QVBoxLayout(grupo_previa)
        caja.addWidget(self.cantidad)
        caja.addWidget(self.arbol, 1)
        caja.addWidget(self.caja_avisos)

        divisor = QSplitter()
        divisor.setChildrenCollapsible(False)
        divisor.addWidget(grupo_texto)
        divisor.addWidget(grupo_previa)
        divisor.setSizes([520, 480])

        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mensaje.hide()
        botones = QDialogButtonBox()
        self.boton_guardar = botones.addButton(self.tr("Guardar norma"), QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_guardar.clicked.connect(self.guardar)
        botones.rejected.connect(self.reject)
        pie = QHBoxLayout()
        pie.addWidget(self.mensaje, 1)
        pie.addWidget(botones, 0, Qt.AlignmentFlag.AlignBottom)

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(datos)
        disposicion.addSpacing(4)
        disposicion.addWidget(divisor, 1)
        disposicion.addLayout(pie)
        self._sugerir_titulo()
        self.actualizar_vista_previa()
        self.resize(1040, 680)

    def _negrita(self) -> QFont:
        fuente = QFont(self.font())
        fuente.setWeight(QFont.Weight.DemiBold)
        return fuente

    def _sugerir_titulo(self, sugerido: str | None = None) -> None:
        """El título se completa solo mientras el usuario no lo haya escrito él."""
        if self.titulo.text() and self.titulo.text() != self._titulo_automatico:
            return
        self._titulo_automatico = sugerido or tr(TIPOS_NORMA.get(self.tipo.currentData(), ""))
        self.titulo.setText(self._titulo_automatico)

    # --- el texto ------------------------------------------------------------------------------
    def abrir_archivo(self) -> None:
        ruta = elegir_archivo.para_abrir(self, self.tr("Abrir el texto de la norma"), str(Path.home()),
                                         self.tr("Texto (*.txt *.md);;Todos los archivos (*)"))
        if ruta:
            self.cargar_archivo(Path(ruta))

    def cargar_archivo(self, ruta: Path) -> None:
        # El servicio: solo texto (ni PDF, ni .docx, ni vacío).
        texto = consultar_en_la_ventana(self, lambda: leer_texto_de_norma(ruta), que="leer el texto de una norma")
        if texto is FALLO:
            return
        self.texto.setPlainText(texto)
        self.origen.setText(self.tr("Texto leído de {0}").format(ruta.name))
        if "reglamento" in ruta.name.lower():
            self.tipo.setCurrentIndex(max(self.tipo.findData("reglamento"), 0))
        self._sugerir_titulo(titulo_sugerido(texto))
        self.actualizar_vista_previa()

    def actualizar_vista_previa(self) -> None:
        self._demora.stop()
        texto = self.texto.toPlainText()
        if not texto.strip():
            self.articulos, self.avisos = [], []
            self.arbol.clear()
            self.cantidad.setText(self.tr("Todavía no hay texto."))
            self.caja_avisos.mostrar([])
            self.boton_guardar.setEnabled(False)
            return
        self.articulos, self.avisos = vista_previa(texto)
        repetidos = {a.numero for i, a in enumerate(self.articulos) if any(b.numero == a.numero for b in self.articulos[:i])}
        self.arbol.clear()
        for articulo in self.articulos:
            comienzo = " ".join(articulo.texto.split())
            item = QTreeWidgetItem([articulo.numero, articulo.titulo or "",
                                    comienzo[:140] + ("…" if len(comienzo) > 140 else ""), str(articulo.linea)])
            item.setTextAlignment(0, _DERECHA)
            item.setTextAlignment(3, _DERECHA)
            item.setToolTip(2, articulo.texto[:1200])
            item.setData(0, Qt.ItemDataRole.UserRole, articulo.linea)
            if articulo.numero in repetidos or not articulo.texto:
                for columna in range(4):
                    item.setForeground(columna, QColor(ROJO))
            self.arbol.addTopLevelItem(item)
        cantidad = len(self.articulos)
        self.cantidad.setText(self.tr("{0} artículos leídos").format(cantidad) if cantidad != 1
                              else self.tr("1 artículo leído"))
        self.caja_avisos.mostrar(self.avisos, self.tr("Revise el texto antes de guardar:"),
                                 conforme=self.tr("Numeración completa y sin repeticiones.") if cantidad else "")
        # Con números repetidos no se puede guardar (no se sabría cuál rige); los demás avisos solo advierten.
        self.boton_guardar.setEnabled(cantidad > 0 and not repetidos)
        self.boton_guardar.setToolTip(self.tr("Corrija los artículos repetidos para poder guardar.") if repetidos else "")
        self.mensaje.hide()

    def _ir_a_linea(self, item: QTreeWidgetItem) -> None:
        """Doble clic en un artículo de la vista previa: el cursor va a su encabezado en el texto."""
        bloque = self.texto.document().findBlockByNumber(int(item.data(0, Qt.ItemDataRole.UserRole)) - 1)
        cursor = self.texto.textCursor()
        cursor.setPosition(bloque.position())
        self.texto.setTextCursor(cursor)
        self.texto.centerCursor()
        self.texto.setFocus()

    # --- guardar ---------------------------------------------------------------------------------
    def guardar(self) -> None:
        self.actualizar_vista_previa()
        if not self.titulo.text().strip():
            motivo = self.tr("Escriba el título de la norma (por ejemplo: «Estatuto de la Red»).")
            marcar_invalido(self.titulo, motivo)
            self._error(motivo)
            self.titulo.setFocus()
            return
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: cargar_norma(
            self.contexto, self.tipo.currentData(), self.titulo.text(), self.texto.toPlainText(),
            self.vigente_desde.date().toPython(), self.aprobada_por.text().strip() or None),
            que="cargar norma", al_rechazar=self._rechazada)
        if hecho is not None:
            self.norma_id = hecho.resultado
            self.accept()

    def _rechazada(self, error: ErrorEscritorio) -> None:
        if isinstance(error, ErrorValidacion):
            self._error(self.tr("No se cargó la norma. Corrija el texto:") + "\n" +
                        "\n".join(f"• {p}" for p in (error.problemas or [error.mensaje])))
        else:
            self._error(error.mensaje)

    def _error(self, texto: str) -> None:
        self.mensaje.setText(texto)
        self.mensaje.show()

