"""Primer uso: crear una asociación con un asistente corto o explorar la red de ejemplo."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWizard, QWizardPage)

from ...dominio.miembros import CATEGORIAS_PAIS, TAMANOS_PAPEL
from ...dominio.paises import codigo_pais, nombre_pais, todos_los_paises
from ...dominio.traduccion import IDIOMAS_DE_DOCUMENTOS
from ...errores import ErrorValidacion
from ...servicios.asociaciones import TIPOS_ASOCIACION, NuevaAsociacion, crear_asociacion, leer_sigla
from ..comun import marcar_invalido, tr
from ..piezas import AsistenteBase, ComboDeValores, DialogoBase
from ..idioma import idioma_actual
from ..orden_alfabetico import clave_en_la_ventana

# Países que se ofrecen primero en el asistente (la región de trabajo habitual).
PAISES_SUGERIDOS = ("AR", "BO", "BR", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GT", "HN", "MX", "NI", "PA",
                    "PE", "PT", "PY", "SV", "UY", "VE")


class DialogoBienvenida(DialogoBase):
    """Resultado en `eleccion`: "crear", "demo" o None (salir).

    Salir —el botón, Esc o cerrar la ventana— pregunta antes: sin una asociación no hay nada que mostrar, y al
    arrancar eso cierra el programa (con `padre`, desde Archivo > Nueva base, se vuelve a la base anterior)."""

    def __init__(self, padre=None, ruta: str | None = None):
        super().__init__(padre)
        self.eleccion: str | None = None
        self.ruta = ruta
        self.setWindowTitle(self.tr("Bienvenida a Escritorio"))
        titulo = QLabel(self.tr("Bienvenida a Escritorio"))
        titulo.setStyleSheet("font-size: 18pt; font-weight: bold;")
        # Lo que hace hoy, en dos líneas: cada vez que crezca, esto se actualiza.
        self.que_hace = QLabel(self.tr(
            "La secretaría de su asociación: padrón y estatutos, órganos y mandatos, cuotas por tramo de población "
            "y morosidad.\n"
            "Sesiones con quórum en vivo, votaciones y actas que se congelan al aprobarse; documentos en PDF y Excel."))
        self.que_hace.setWordWrap(True)
        texto = QLabel(self.tr("Esta base de datos todavía está vacía. ¿Cómo desea empezar?"))
        texto.setWordWrap(True)
        crear = QPushButton(self.tr("Crear una asociación"))
        crear.setDefault(True)
        crear.setMinimumHeight(44)
        crear.clicked.connect(lambda: self._elegir("crear"))
        demo = QPushButton(self.tr("Explorar la red de ejemplo"))
        demo.setMinimumHeight(44)
        demo.clicked.connect(lambda: self._elegir("demo"))
        self.boton_salir = QPushButton(self.tr("Salir") if padre is None else self.tr("Volver a la base anterior"))
        self.boton_salir.setAutoDefault(False)
        self.boton_salir.clicked.connect(self.reject)
        nota = QLabel(self.tr("La red de ejemplo tiene 300 ciudades reales de Sudamérica (datos de GeoNames)."))
        nota.setStyleSheet("color: palette(mid);")
        botones = QHBoxLayout()
        botones.addWidget(crear)
        botones.addWidget(demo)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(titulo)
        disposicion.addWidget(self.que_hace)
        disposicion.addSpacing(6)
        disposicion.addWidget(texto)
        disposicion.addSpacing(12)
        disposicion.addLayout(botones)
        disposicion.addWidget(nota)
        pie = QHBoxLayout()
        pie.addStretch(1)
        pie.addWidget(self.boton_salir)
        disposicion.addLayout(pie)
        self.resize(760, 280)   # cada línea de lo que hace, en una línea (a 1024×600 entra)

    def _elegir(self, eleccion: str) -> None:
        self.eleccion = eleccion
        self.accept()

    def reject(self) -> None:
        """Salir, Esc o la X de la ventana: se pregunta; «Seguir aquí» vuelve a la bienvenida."""
        donde = self.tr(" ({0})").format(self.ruta) if self.ruta else ""
        if self.parent() is None:
            titulo = self.tr("Salir de Escritorio")
            texto = self.tr("¿Salir sin crear una asociación?\n\nLa base{0} queda vacía. La próxima vez que abra "
                            "Escritorio volverá a ver esta bienvenida.").format(donde)
            salir = self.tr("Salir")
        else:
            titulo = self.tr("Nueva base de datos")
            texto = self.tr("¿Volver a la base anterior sin crear una asociación en la nueva?\n\nLa base nueva{0} "
                            "queda vacía; puede abrirla más tarde con Archivo > Abrir.").format(donde)
            salir = self.tr("Volver a la base anterior")
        pregunta = QMessageBox(QMessageBox.Icon.Question, titulo, texto, QMessageBox.StandardButton.NoButton, self)
        boton_salir = pregunta.addButton(salir, QMessageBox.ButtonRole.AcceptRole)
        quedarse = pregunta.addButton(self.tr("Seguir aquí"), QMessageBox.ButtonRole.RejectRole)
        pregunta.setDefaultButton(quedarse)
        pregunta.setEscapeButton(quedarse)
        pregunta.exec()
        confirmado = pregunta.clickedButton() is boton_salir
        pregunta.deleteLater()
        if confirmado:
            self.eleccion = None
            super().reject()


class _PaginaDatos(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("Datos de la asociación"))
        self.setSubTitle(tr("Nombre, sigla y tipo. Podrá cambiarlos más adelante en Archivo › Datos de la asociación."))
        self.nombre = QLineEdit()
        self.nombre.setPlaceholderText(tr("Ej.: Red de Municipios del Litoral"))
        self.sigla = QLineEdit()
        self.sigla.setPlaceholderText(tr("Ej.: RML"))
        self.sigla.setMaxLength(20)
        self.sigla.editingFinished.connect(self._sigla_como_se_guarda)
        self.tipo = ComboDeValores([(tr(tipo), tipo) for tipo in TIPOS_ASOCIACION])
        self.papel = ComboDeValores([(tr(papel), papel) for papel in TAMANOS_PAPEL])
        self.idioma_documentos = QComboBox()
        for codigo, nombre in IDIOMAS_DE_DOCUMENTOS.items():
            self.idioma_documentos.addItem(nombre, codigo)
        # Quien usa la ventana en portugués seguramente escribe sus documentos en portugués.
        self.idioma_documentos.setCurrentIndex(self.idioma_documentos.findData(
            "pt" if idioma_actual().startswith("pt") else "es"))
        self.sede = QLineEdit()
        # El país de la sede: su ley rige las solicitudes sobre datos personales (sin él, ninguna se registra).
        self.pais_sede = QComboBox()
        self.pais_sede.addItem(tr("— elija el país —"), None)
        for codigo, nombre in sorted(todos_los_paises().items(), key=lambda par: clave_en_la_ventana(par[1])):
            self.pais_sede.addItem(nombre, codigo)
        self.pais_sede.setToolTip(tr("Su ley de protección de datos fija los plazos de las solicitudes de las personas "
                                     "(Datos personales › Política la cambia)."))
        formulario = QFormLayout(self)
        formulario.addRow(tr("Nombre:"), self.nombre)
        formulario.addRow(tr("Sigla:"), self.sigla)
        formulario.addRow(tr("Tipo:"), self.tipo)
        formulario.addRow(tr("Ciudad sede:"), self.sede)
        formulario.addRow(tr("País de la sede:"), self.pais_sede)
        formulario.addRow(tr("Papel de los documentos:"), self.papel)
        formulario.addRow(tr("Idioma de los documentos:"), self.idioma_documentos)
        self.nombre.textChanged.connect(self.completeChanged)
        self.sigla.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.nombre.text().strip() and self.sigla.text().strip())

    def _sigla_como_se_guarda(self) -> None:
        """«rml» se muestra «RML», como la guarda el servicio (leer_sigla); una que no sirve queda como se escribió."""
        try:
            self.sigla.setText(leer_sigla(self.sigla.text()))
        except ValueError:
            pass


class _PaginaPaises(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(tr("Países miembros"))
        self.setSubTitle(tr("Indique la categoría de cada país: los puestos en los órganos dependen de ella. "
                            "Deje «No participa» en los demás."))
        self.tabla = QTableWidget(len(PAISES_SUGERIDOS), 2)
        self.tabla.setHorizontalHeaderLabels([tr("País"), tr("Categoría")])
        self.tabla.verticalHeader().setVisible(False)
        self.tabla.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tabla.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for fila, codigo in enumerate(sorted(PAISES_SUGERIDOS, key=nombre_pais)):
            self._fila(fila, codigo)
        self.otro = QLineEdit()
        self.otro.setPlaceholderText(tr("Otro país (nombre o código ISO)"))
        agregar = QPushButton(tr("Agregar"))
        agregar.clicked.connect(self._agregar_otro)
        otro = QHBoxLayout()
        otro.addWidget(self.otro)
        otro.addWidget(agregar)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.tabla)
        disposicion.addLayout(otro)

    def _fila(self, fila: int, codigo: str) -> None:
        elemento = QTableWidgetItem(nombre_pais(codigo))
        elemento.setData(Qt.ItemDataRole.UserRole, codigo)
        elemento.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tabla.setItem(fila, 0, elemento)
        categoria = QComboBox()
        categoria.addItem(tr("No participa"), None)
        for clave, etiqueta in CATEGORIAS_PAIS.items():
            categoria.addItem(tr(etiqueta), clave)
        self.tabla.setCellWidget(fila, 1, categoria)

    def _agregar_otro(self) -> None:
        codigo = codigo_pais(self.otro.text())
        if codigo is None:
            marcar_invalido(self.otro, tr("País no reconocido: escriba su nombre o el código de dos letras."))
            return
        marcar_invalido(self.otro, None)
        if codigo not in self.codigos():
            fila = self.tabla.rowCount()
            self.tabla.insertRow(fila)
            self._fila(fila, codigo)
            self.tabla.cellWidget(fila, 1).setCurrentIndex(1)
        self.otro.clear()

    def codigos(self) -> list[str]:
        return [self.tabla.item(f, 0).data(Qt.ItemDataRole.UserRole) for f in range(self.tabla.rowCount())]

    def elegidos(self) -> dict[str, str]:
        return {codigo: self.tabla.cellWidget(f, 1).currentData()
                for f, codigo in enumerate(self.codigos()) if self.tabla.cellWidget(f, 1).currentData()}

    def fijar(self, codigo: str, categoria: str) -> None:
        combo = self.tabla.cellWidget(self.codigos().index(codigo), 1)
        combo.setCurrentIndex(combo.findData(categoria))


class AsistenteAsociacion(AsistenteBase):
    """Crea la asociación al terminar; `asociacion_id` queda con su id (None si se canceló)."""

    def __init__(self, db, padre=None):
        super().__init__(padre)
        self.db = db
        self.asociacion_id: int | None = None
        self.setWindowTitle(self.tr("Crear una asociación"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.datos = _PaginaDatos()
        self.paises = _PaginaPaises()
        self.addPage(self.datos)
        self.addPage(self.paises)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Siguiente >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Atrás"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Crear"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancelar"))
        self.aviso = QLabel()
        self.aviso.setStyleSheet("color: #c0392b;")
        self.aviso.setWordWrap(True)
        self.paises.layout().addWidget(self.aviso)
        # Lo que el servicio rechaza de la primera página (nombre, sigla…) se explica allí, junto a sus campos.
        self.aviso_datos = QLabel()
        self.aviso_datos.setStyleSheet("color: #c0392b;")
        self.aviso_datos.setWordWrap(True)
        self.datos.layout().addRow(self.aviso_datos)
        self.resize(620, 560)

    def accept(self) -> None:
        nueva = NuevaAsociacion(
            nombre=self.datos.nombre.text(), sigla=self.datos.sigla.text(), tipo=self.datos.tipo.valor(),
            sede=self.datos.sede.text().strip() or None, pais_sede=self.datos.pais_sede.currentData(),
            papel=self.datos.papel.valor(),
            idioma_documentos=self.datos.idioma_documentos.currentData(), paises=self.paises.elegidos())
        try:
            self.asociacion_id = crear_asociacion(self.db, nueva, exigir_paises=True)
        except ErrorValidacion as error:
            self._mostrar_problemas(error)
            return
        super().accept()

    def _mostrar_problemas(self, error: ErrorValidacion) -> None:
        """Cada problema junto a su campo; si alguno es de la primera página, vuelve a ella."""
        campos = {"Nombre": self.datos.nombre, "Sigla": self.datos.sigla, "Sede": self.datos.sede,
                  tr("País de la sede"): self.datos.pais_sede}
        de_datos = []
        for campo in campos.values():
            marcar_invalido(campo, None)
        for problema in error.problemas or [error.mensaje]:
            rotulo = problema.split(":", 1)[0]
            if rotulo in campos:
                marcar_invalido(campos[rotulo], problema)
            if rotulo in (*campos, "Tipo", "Papel"):
                de_datos.append(problema)
        self.aviso.setText(error.mensaje)
        self.aviso_datos.setText("\n".join(de_datos))
        if de_datos:
            while self.currentPage() is not self.datos and self.currentId() > 0:
                self.back()
