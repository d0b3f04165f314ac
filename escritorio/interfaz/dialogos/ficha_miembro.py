"""La ficha de un miembro: datos, historia de población, autoridades y contactos, y estados.

Los datos de la pestaña «Datos» se guardan con «Guardar». Lo que se agrega a una historia
(una cifra, una autoridad, un estado, un contacto) se registra en el momento: por eso el
diálogo se cierra con «Cerrar» y no ofrece «Cancelar».
"""

from html import escape

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPushButton, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from ...dominio import paises
from ...dominio.ficha import FichaMiembro
from ...dominio.miembros import ESTADOS, MODOS_INGRESO, TIPOS, cargo_local
from ...dominio.texto import normalizar
from ...errores import ErrorConflicto, ErrorEscritorio, ErrorValidacion
from ...servicios.asociaciones import paises_de
from ...servicios.ficha import (
    agregar_poblacion, guardar_contacto, guardar_ficha, obtener_ficha, quitar_contacto, registrar_autoridad,
)
from ...servicios.miembros import (cambiar_estado, eliminar_por_error, mandatos_que_terminan, puede_eliminarse,
                                   revisar_cambio_de_estado)
from ..comun import fecha_dma, marcar_invalido, miles, mostrar_error, tr
from ..piezas import nuevo_formulario
from .baja import DialogoBaja, editor_de_fecha
from .conflicto import RECARGAR, SOBRESCRIBIR, preguntar_conflicto

ESTILO_ERROR = "color: #c0392b;"
ESTILO_BIEN = "color: #1e7e34;"
ESTILO_NOTA = "color: palette(mid);"
_DERECHA = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_PESTANAS = ("datos", "poblacion", "autoridades", "estado")


def _todos_los_paises() -> dict[str, str]:
    """código -> nombre en español de todos los países (CLDR)."""
    return paises.todos_los_paises("es")



def _tabla(columnas: list[str], *estirar: int) -> QTableWidget:
    """Tabla de solo lectura, una fila por registro; las columnas `estirar` se reparten el resto."""
    tabla = QTableWidget(0, len(columnas))
    tabla.setHorizontalHeaderLabels(columnas)
    tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tabla.setAlternatingRowColors(True)
    tabla.verticalHeader().hide()
    tabla.verticalHeader().setDefaultSectionSize(24)
    cabecera = tabla.horizontalHeader()
    cabecera.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    cabecera.setMinimumSectionSize(70)
    for columna in estirar:
        cabecera.setSectionResizeMode(columna, QHeaderView.ResizeMode.Stretch)
    cabecera.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    return tabla


def _llenar(tabla: QTableWidget, filas: list[list[str]], derecha: tuple[int, ...] = (),
            negrita: int | None = None, datos: list | None = None) -> None:
    tabla.setRowCount(len(filas))
    for numero, fila in enumerate(filas):
        for columna, texto in enumerate(fila):
            celda = QTableWidgetItem(texto)
            if columna in derecha:
                celda.setTextAlignment(_DERECHA)
            if numero == negrita:
                fuente = celda.font()
                fuente.setBold(True)
                celda.setFont(fuente)
            if datos is not None and columna == 0:
                celda.setData(Qt.ItemDataRole.UserRole, datos[numero])
            tabla.setItem(numero, columna, celda)
    tabla.setCurrentItem(None)


def _igualar_etiquetas(*formularios: QFormLayout) -> None:
    """Misma columna de rótulos en formularios apilados, para que sus campos queden alineados."""
    rotulos = [f.itemAt(fila, QFormLayout.ItemRole.LabelRole).widget()
               for f in formularios for fila in range(f.rowCount())
               if f.itemAt(fila, QFormLayout.ItemRole.LabelRole) is not None]
    ancho = max((r.sizeHint().width() for r in rotulos if r is not None), default=0)
    for rotulo in rotulos:
        if rotulo is not None:
            rotulo.setMinimumWidth(ancho)
            rotulo.setAlignment(_DERECHA)


def _combo(opciones: dict[str, str]) -> QComboBox:
    combo = QComboBox()
    for codigo, etiqueta in opciones.items():
        combo.addItem(etiqueta, codigo)
    return combo


def _elegir(combo: QComboBox, codigo: str | None) -> None:
    indice = combo.findData(codigo)
    if indice >= 0:
        combo.setCurrentIndex(indice)


def _texto(valor) -> str:
    return "" if valor is None else str(valor)


class DialogoFichaMiembro(QDialog):
    """Alta (miembro_id=None) o edición de un miembro. Tras cerrar: `cambios` dice si hay que refrescar."""

    def __init__(self, db, asociacion: dict, miembro_id: int | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self.db, self.asociacion, self.miembro_id = db, asociacion, miembro_id
        self.cambios = False
        self.eliminado = False
        self._sucio = False
        self._errores: dict[QWidget, str] = {}
        self._titulo_errores = ""
        self._ficha: dict | None = obtener_ficha(db, miembro_id) if miembro_id is not None else None
        self._leida: dict | None = None  # la ficha como se cargó en los campos: al guardar se nota si otro la cambió

        self.pestanas = QTabWidget()
        self.pestanas.addTab(self._pestana_datos(), self.tr("Datos"))
        self.pestanas.addTab(self._pestana_poblacion(), self.tr("Población"))
        self.pestanas.addTab(self._pestana_autoridades(), self.tr("Autoridad y contactos"))
        self.pestanas.addTab(self._pestana_estado(), self.tr("Estado"))
        # «Cuenta» (vistas/cuenta_miembro.PestanaCuenta) se arma la primera vez que se abre.
        self.pestana_cuenta = None
        self._pagina_cuenta = QWidget()
        self.pestanas.addTab(self._pagina_cuenta, self.tr("Cuenta"))
        self.pestanas.currentChanged.connect(self._abrir_cuenta)

        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mensaje.hide()

        botones = QDialogButtonBox()
        self.boton_cerrar = botones.addButton(self.tr("Cerrar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_guardar = botones.addButton(self.tr("Guardar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.boton_guardar.setToolTip(self.tr("Guardar los datos de la ficha (Ctrl+S)"))
        self.boton_guardar.clicked.connect(self.guardar)
        self.boton_cerrar.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.guardar)

        pie = QHBoxLayout()
        pie.addWidget(self.mensaje, 1)
        pie.addWidget(botones, 0, Qt.AlignmentFlag.AlignBottom)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.pestanas, 1)
        disposicion.addLayout(pie)

        self._cargar_datos()
        self._mostrar_historia()
        self.resize(820, 600)
        self.nombre.setFocus()

    # --- pestaña Datos -----------------------------------------------------------------------
    def _pestana_datos(self) -> QWidget:
        self.nombre = QLineEdit()
        self.nombre.setMinimumWidth(260)
        self.pais = QComboBox()
        self.pais.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pais.setMinimumContentsLength(18)
        self.pais.setPlaceholderText(self.tr("Elija un país…"))
        self._llenar_paises()
        self.region = QLineEdit()
        self.codigo = QLineEdit()
        self.codigo.setPlaceholderText(self.tr("INDEC, IBGE, INE…"))
        self.codigo.setToolTip(self.tr("Código oficial del municipio en su país (opcional, único en la asociación)"))
        self.tipo = _combo({codigo: self.tr(etiqueta) for codigo, etiqueta in TIPOS.items()})

        self.fecha_ingreso = editor_de_fecha()
        self.fecha_ingreso.setMaximumDate(QDate.currentDate())
        self.sin_fecha = QCheckBox(self.tr("sin fecha"))
        self.sin_fecha.toggled.connect(lambda marcado: self.fecha_ingreso.setEnabled(not marcado))
        fila_fecha = QHBoxLayout()
        fila_fecha.setContentsMargins(0, 0, 0, 0)
        fila_fecha.addWidget(self.fecha_ingreso)
        fila_fecha.addWidget(self.sin_fecha)
        fila_fecha.addStretch(1)
        self.modo_ingreso = _combo({codigo: self.tr(etiqueta) for codigo, etiqueta in MODOS_INGRESO.items()})
        self.fundador = QCheckBox(self.tr("Miembro fundador"))

        self.correo = QLineEdit()
        self.correo.setPlaceholderText("nombre@municipio.gob")
        self.telefono = QLineEdit()

        self.poblacion = QLineEdit()
        self.poblacion.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.poblacion.setPlaceholderText(self.tr("habitantes"))
        self.poblacion.setMaximumWidth(150)
        self.poblacion.editingFinished.connect(lambda: self._agrupar_miles(self.poblacion))
        self.anio = self._campo_anio()
        self.fuente = QLineEdit()
        self.fuente.setPlaceholderText(self.tr("por ejemplo: Censo 2022"))

        identificacion = QGroupBox(self.tr("Identificación"))
        formulario = izquierda = nuevo_formulario()
        formulario.addRow(self.tr("Nombre:"), self.nombre)
        formulario.addRow(self.tr("País:"), self.pais)
        formulario.addRow(self.tr("Región:"), self.region)
        formulario.addRow(self.tr("Código oficial:"), self.codigo)
        formulario.addRow(self.tr("Tipo:"), self.tipo)
        identificacion.setLayout(formulario)

        membresia = QGroupBox(self.tr("Membresía"))
        formulario = derecha = nuevo_formulario()
        formulario.addRow(self.tr("Fecha de ingreso:"), fila_fecha)
        formulario.addRow(self.tr("Modo de ingreso:"), self.modo_ingreso)
        formulario.addRow("", self.fundador)
        membresia.setLayout(formulario)

        contacto = QGroupBox(self.tr("Contacto institucional"))
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Correo:"), self.correo)
        formulario.addRow(self.tr("Teléfono:"), self.telefono)
        contacto.setLayout(formulario)
        _igualar_etiquetas(izquierda, formulario)

        self.grupo_poblacion = QGroupBox(self.tr("Población"))
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Población:"), self.poblacion)
        formulario.addRow(self.tr("Año:"), self.anio)
        formulario.addRow(self.tr("Fuente:"), self.fuente)
        self.grupo_poblacion.setLayout(formulario)
        _igualar_etiquetas(derecha, formulario)
        self.grupo_poblacion.setVisible(self.miembro_id is None)

        # Para un miembro existente, en lugar de la población inicial: lo vigente según su historia.
        self.grupo_situacion = QGroupBox(self.tr("Situación actual"))
        self.situacion_poblacion, self.situacion_estado, self.situacion_autoridad = QLabel(), QLabel(), QLabel()
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Población:"), self.situacion_poblacion)
        formulario.addRow(self.tr("Estado:"), self.situacion_estado)
        formulario.addRow(self.tr("Autoridad:"), self.situacion_autoridad)
        self.grupo_situacion.setLayout(formulario)
        _igualar_etiquetas(derecha, formulario)
        self.grupo_situacion.setVisible(self.miembro_id is not None)

        self._campos: dict[str, QWidget] = {
            "nombre": self.nombre, "pais": self.pais, "region": self.region, "codigo": self.codigo,
            "tipo": self.tipo, "fecha_ingreso": self.fecha_ingreso, "modo_ingreso": self.modo_ingreso,
            "correo": self.correo, "telefono": self.telefono, "poblacion": self.poblacion, "anio": self.anio,
            "fuente": self.fuente,
        }
        for campo in (self.nombre, self.region, self.codigo, self.correo, self.telefono, self.poblacion,
                      self.anio, self.fuente):
            campo.textEdited.connect(lambda _texto, c=campo: self._editado(c))
        for campo in (self.pais, self.tipo, self.modo_ingreso):
            campo.currentIndexChanged.connect(lambda _i, c=campo: self._editado(c))
        self.fecha_ingreso.dateChanged.connect(lambda _f: self._editado(self.fecha_ingreso))
        self.sin_fecha.toggled.connect(lambda _m: self._editado(self.fecha_ingreso))
        self.fundador.toggled.connect(lambda _m: self._editado(self.fundador))
        self.pais.currentIndexChanged.connect(self._actualizar_cargo)

        pagina = QWidget()
        rejilla = QGridLayout(pagina)
        rejilla.addWidget(identificacion, 0, 0)
        rejilla.addWidget(membresia, 0, 1)
        rejilla.addWidget(contacto, 1, 0)
        rejilla.addWidget(self.grupo_poblacion, 1, 1)
        rejilla.addWidget(self.grupo_situacion, 1, 1)
        rejilla.setColumnStretch(0, 3)
        rejilla.setColumnStretch(1, 2)
        rejilla.setRowStretch(2, 1)
        return pagina

    def _llenar_paises(self) -> None:
        """Primero los países de la asociación; después, separados, todos los demás."""
        todos = _todos_los_paises()
        propios = sorted(paises_de(self.db, self.asociacion["id"]), key=lambda c: normalizar(paises.nombre_pais(c)))
        for codigo in propios:
            self.pais.addItem(paises.nombre_pais(codigo), codigo)
        if propios:
            self.pais.insertSeparator(self.pais.count())
        for codigo in sorted(set(todos) - set(propios), key=lambda c: normalizar(todos[c])):
            self.pais.addItem(todos[codigo], codigo)
        if len(propios) == 1:
            self.pais.setCurrentIndex(0)
        else:
            self.pais.setCurrentIndex(-1)

    def _campo_anio(self) -> QLineEdit:
        campo = QLineEdit()
        campo.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}")))
        campo.setPlaceholderText(self.tr("aaaa"))
        campo.setMaximumWidth(70)
        return campo

    @staticmethod
    def _agrupar_miles(campo: QLineEdit) -> None:
        texto = campo.text().strip()
        if texto.isdigit():
            campo.setText(miles(int(texto)))

    def _cargar_datos(self) -> None:
        ficha = self._ficha
        if ficha is None:
            self.setWindowTitle(self.tr("Nuevo miembro"))
            for indice in range(1, self.pestanas.count()):
                self.pestanas.setTabEnabled(indice, False)
                self.pestanas.setTabToolTip(indice, self.tr("Disponible después de guardar el nuevo miembro"))
            return
        self.setWindowTitle(ficha["nombre"])
        for indice in range(self.pestanas.count()):
            self.pestanas.setTabEnabled(indice, True)
            self.pestanas.setTabToolTip(indice, "")
        widgets = [self.nombre, self.pais, self.region, self.codigo, self.tipo, self.fecha_ingreso, self.sin_fecha,
                   self.modo_ingreso, self.fundador, self.correo, self.telefono]
        for widget in widgets:
            widget.blockSignals(True)
        self.nombre.setText(ficha["nombre"])
        if self.pais.findData(ficha["pais"]) < 0:
            self.pais.addItem(paises.nombre_pais(ficha["pais"]), ficha["pais"])
        _elegir(self.pais, ficha["pais"])
        self.region.setText(_texto(ficha["region"]))
        self.codigo.setText(_texto(ficha["codigo"]))
        _elegir(self.tipo, ficha["tipo"])
        sin_fecha = not ficha["fecha_ingreso"]
        if not sin_fecha:
            self.fecha_ingreso.setDate(QDate.fromString(ficha["fecha_ingreso"][:10], "yyyy-MM-dd"))
        self.sin_fecha.setChecked(sin_fecha)
        self.fecha_ingreso.setEnabled(not sin_fecha)
        _elegir(self.modo_ingreso, ficha["modo_ingreso"])
        self.fundador.setChecked(bool(ficha["fundador"]))
        self.correo.setText(_texto(ficha["correo"]))
        self.telefono.setText(_texto(ficha["telefono"]))
        for widget in widgets:
            widget.blockSignals(False)
        self.grupo_poblacion.hide()
        self.grupo_situacion.show()
        self._sucio = False
        self._leida = dict(ficha)

    def _leer_ficha(self) -> FichaMiembro:
        return FichaMiembro(
            nombre=self.nombre.text(), pais=self.pais.currentData() or "", tipo=self.tipo.currentData(),
            region=self.region.text(), codigo=self.codigo.text(),
            fecha_ingreso=None if self.sin_fecha.isChecked() else self.fecha_ingreso.date().toPython(),
            modo_ingreso=self.modo_ingreso.currentData(), fundador=self.fundador.isChecked(),
            correo=self.correo.text(), telefono=self.telefono.text())

    def guardar(self) -> bool:
        """Guarda la pestaña Datos. Si algo no es válido, marca los campos y no guarda nada."""
        return self._guardar(self._leida)

    def _guardar(self, leida: dict | None) -> bool:
        """`leida`: la ficha contra la que se compara (si otro programa la cambió, se pregunta qué hacer)."""
        nuevo = self.miembro_id is None
        poblacion = (self.poblacion.text(), self.anio.text(), self.fuente.text()) if nuevo else None
        try:
            miembro_id = guardar_ficha(self.db, self.asociacion["id"], self._leer_ficha(),
                                       miembro_id=self.miembro_id, poblacion=poblacion, leida=leida)
        except ErrorConflicto as error:
            return self._resolver_conflicto(error)
        except ErrorValidacion as error:
            self.pestanas.setCurrentIndex(0)
            self._marcar(getattr(error, "campos", None) or {"": error.mensaje},
                         self.tr("No se guardó nada. Corrija los campos marcados:"))
            return False
        except Exception as error:
            self._fallo(error, "guardar la ficha del miembro")
            return False
        self.miembro_id, self.cambios = miembro_id, True
        self._ficha = obtener_ficha(self.db, miembro_id)
        self._desmarcar_todo()
        self._cargar_datos()
        self._mostrar_historia()
        if nuevo:
            self._avisar(self.tr("Miembro creado. Ya puede completar su autoridad, contactos y estado."))
        else:
            self._avisar(self.tr("Cambios guardados."))
        return True

    def _resolver_conflicto(self, error: ErrorConflicto) -> bool:
        """Otro programa cambió la ficha desde que se abrió: nunca se sobrescribe sin preguntar."""
        self.pestanas.setCurrentIndex(0)
        respuesta = preguntar_conflicto(self, error, self.tr("la ficha"))
        if respuesta == SOBRESCRIBIR:
            return self._guardar(error.actual)  # si entretanto cambió otra vez, se vuelve a preguntar
        if respuesta == RECARGAR:
            self._ficha = obtener_ficha(self.db, self.miembro_id)
            self._desmarcar_todo()
            self._cargar_datos()
            self._mostrar_historia()
            self.cambios = True  # el padrón de la ventana también muestra lo nuevo
            self._avisar(self.tr("Ficha recargada con los datos actuales; sus cambios no se guardaron."))
            return False
        self._avisar(self.tr("No se guardó nada: sus cambios siguen en pantalla y lo que guardó el otro programa "
                             "sigue en la base. Revise y guarde de nuevo si corresponde."), error=True)
        return False

    # --- pestaña Cuenta -------------------------------------------------------------------------
    def _abrir_cuenta(self, indice: int) -> None:
        if (self.pestanas.widget(indice) is not self._pagina_cuenta or self.pestana_cuenta is not None
                or self.miembro_id is None):
            return
        from ..vistas.cuenta_miembro import PestanaCuenta

        self.pestana_cuenta = PestanaCuenta(self.db, self.asociacion, self.miembro_id, self)
        self.pestana_cuenta.datos_cambiados.connect(self._cuenta_cambiada)
        disposicion = QVBoxLayout(self._pagina_cuenta)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.addWidget(self.pestana_cuenta)

    def _cuenta_cambiada(self) -> None:
        self.cambios = True

    # --- pestaña Población ---------------------------------------------------------------------
    def _pestana_poblacion(self) -> QWidget:
        self.etiqueta_vigente = QLabel()
        self.etiqueta_vigente.setWordWrap(True)
        self.tabla_poblaciones = _tabla([self.tr("Año"), self.tr("Población"), self.tr("Fuente"), self.tr("Registrada")], 2)

        self.nueva_cifra = QLineEdit()
        self.nueva_cifra.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.nueva_cifra.setPlaceholderText(self.tr("habitantes"))
        self.nueva_cifra.setMaximumWidth(130)
        self.nueva_cifra.editingFinished.connect(lambda: self._agrupar_miles(self.nueva_cifra))
        self.nuevo_anio = self._campo_anio()
        self.nueva_fuente = QLineEdit()
        self.nueva_fuente.setPlaceholderText(self.tr("por ejemplo: Censo 2022 (INDEC)"))
        self.boton_agregar_cifra = QPushButton(self.tr("Agregar"))
        self.boton_agregar_cifra.clicked.connect(self.agregar_cifra)
        for campo in (self.nueva_cifra, self.nuevo_anio, self.nueva_fuente):
            campo.textEdited.connect(lambda _t, c=campo: self._editado(c, sucio=False))

        self.fila_cifra = QGroupBox(self.tr("Agregar una cifra"))
        fila = QHBoxLayout(self.fila_cifra)
        fila.addWidget(QLabel(self.tr("Población:")))
        fila.addWidget(self.nueva_cifra)
        fila.addSpacing(8)
        fila.addWidget(QLabel(self.tr("Año:")))
        fila.addWidget(self.nuevo_anio)
        fila.addSpacing(8)
        fila.addWidget(QLabel(self.tr("Fuente:")))
        fila.addWidget(self.nueva_fuente, 1)
        fila.addWidget(self.boton_agregar_cifra)

        pagina = QWidget()
        disposicion = QVBoxLayout(pagina)
        disposicion.addWidget(self.etiqueta_vigente)
        disposicion.addWidget(self.tabla_poblaciones, 1)
        disposicion.addWidget(self.fila_cifra)
        return pagina

    def agregar_cifra(self) -> None:
        try:
            agregar_poblacion(self.db, self.miembro_id, self.nueva_cifra.text(), self.nuevo_anio.text(),
                              self.nueva_fuente.text())
        except ErrorValidacion as error:
            self._marcar(self._en(getattr(error, "campos", None) or {"": error.mensaje},
                                  poblacion=self.nueva_cifra, anio=self.nuevo_anio),
                         self.tr("No se agregó la cifra. Corrija los campos marcados:"))
            return
        except Exception as error:
            self._fallo(error, "agregar una cifra de población")
            return
        anio = self.nuevo_anio.text()
        for campo in (self.nueva_cifra, self.nuevo_anio, self.nueva_fuente):
            campo.clear()
        self._historia_cambiada()
        vigente = self._ficha["poblaciones"][0] if self._ficha["poblaciones"] else None
        escrito = anio.strip().lstrip("0") or None          # sin año: «año sin indicar», como la vigente vieja
        if vigente and (None if vigente["anio"] is None else str(vigente["anio"])) != escrito:
            self._avisar(self.tr("Cifra de {0} agregada a la historia; la vigente sigue siendo la de {1}.")
                         .format(anio.strip() or self.tr("año sin indicar"), _anio_de_cifra(vigente["anio"])))
        else:
            self._avisar(self.tr("Cifra agregada: es la población vigente."))

    # --- pestaña Autoridad y contactos ----------------------------------------------------------
    def _pestana_autoridades(self) -> QWidget:
        self.tabla_autoridades = _tabla([self.tr("Persona"), self.tr("Cargo"), self.tr("Desde"), self.tr("Hasta")], 0)
        self.autoridad_persona = QLineEdit()
        self.autoridad_persona.setPlaceholderText(self.tr("nombre y apellido"))
        self.autoridad_cargo = QLineEdit()
        self.autoridad_cargo.setMaximumWidth(170)
        self._cargo_sugerido = ""
        self.autoridad_desde = editor_de_fecha()
        self.boton_registrar_autoridad = QPushButton(self.tr("Registrar"))
        self.boton_registrar_autoridad.clicked.connect(self.registrar_autoridad)
        self.autoridad_persona.textEdited.connect(lambda _t: self._editado(self.autoridad_persona, sucio=False))

        self.fila_autoridad = QGroupBox(self.tr("Nueva autoridad"))
        rejilla = QGridLayout(self.fila_autoridad)
        rejilla.addWidget(QLabel(self.tr("Persona:")), 0, 0)
        rejilla.addWidget(self.autoridad_persona, 0, 1)
        rejilla.addWidget(QLabel(self.tr("Cargo:")), 0, 2)
        rejilla.addWidget(self.autoridad_cargo, 0, 3)
        rejilla.addWidget(QLabel(self.tr("Asume el:")), 0, 4)
        rejilla.addWidget(self.autoridad_desde, 0, 5)
        rejilla.addWidget(self.boton_registrar_autoridad, 0, 6)
        nota = QLabel(self.tr("La autoridad anterior termina su mandato el día antes de que asuma la nueva."))
        nota.setStyleSheet(ESTILO_NOTA)
        rejilla.addWidget(nota, 1, 1, 1, 6)
        rejilla.setColumnStretch(1, 1)

        self.tabla_contactos = _tabla([self.tr("Nombre"), self.tr("Rol"), self.tr("Correo"), self.tr("Teléfono")], 0, 2)
        self.tabla_contactos.doubleClicked.connect(lambda _i: self.editar_contacto())
        self.boton_agregar_contacto = QPushButton(self.tr("Agregar…"))
        self.boton_editar_contacto = QPushButton(self.tr("Editar…"))
        self.boton_quitar_contacto = QPushButton(self.tr("Quitar"))
        self.boton_agregar_contacto.clicked.connect(self.agregar_contacto)
        self.boton_editar_contacto.clicked.connect(self.editar_contacto)
        self.boton_quitar_contacto.clicked.connect(self.quitar_contacto)
        self.tabla_contactos.itemSelectionChanged.connect(self._actualizar_botones_contacto)
        botones = QHBoxLayout()
        botones.addStretch(1)
        for boton in (self.boton_agregar_contacto, self.boton_editar_contacto, self.boton_quitar_contacto):
            botones.addWidget(boton)

        autoridades = QGroupBox(self.tr("Autoridades"))
        caja = QVBoxLayout(autoridades)
        caja.addWidget(self.tabla_autoridades, 1)
        caja.addWidget(self.fila_autoridad)
        contactos = QGroupBox(self.tr("Contactos"))
        caja = QVBoxLayout(contactos)
        caja.addWidget(self.tabla_contactos, 1)
        caja.addLayout(botones)

        pagina = QWidget()
        disposicion = QVBoxLayout(pagina)
        disposicion.addWidget(autoridades, 3)
        disposicion.addWidget(contactos, 2)
        return pagina

    def _actualizar_cargo(self) -> None:
        """El cargo propuesto sigue al país mientras la persona no lo haya cambiado a mano."""
        sugerido = cargo_local(self.pais.currentData() or "")
        if self.autoridad_cargo.text() in ("", self._cargo_sugerido):
            self.autoridad_cargo.setText(sugerido)
        self._cargo_sugerido = sugerido

    def registrar_autoridad(self) -> None:
        try:
            registrar_autoridad(self.db, self.miembro_id, self.autoridad_persona.text(), self.autoridad_cargo.text(),
                                self.autoridad_desde.date().toPython())
        except ErrorValidacion as error:
            self._marcar(self._en(getattr(error, "campos", None) or {"": error.mensaje},
                                  persona=self.autoridad_persona),
                         self.tr("No se registró la autoridad. Corrija los campos marcados:"))
            return
        except Exception as error:
            self._fallo(error, "registrar una autoridad")
            return
        persona = self.autoridad_persona.text().strip()
        self.autoridad_persona.clear()
        self._historia_cambiada()
        self._avisar(self.tr("{0} quedó registrada como autoridad.").format(persona))

    def _contacto_elegido(self) -> dict | None:
        fila = self.tabla_contactos.currentRow()
        if fila < 0 or not self.tabla_contactos.selectedItems():
            return None
        return self.tabla_contactos.item(fila, 0).data(Qt.ItemDataRole.UserRole)

    def _actualizar_botones_contacto(self) -> None:
        elegido = self._contacto_elegido() is not None
        self.boton_editar_contacto.setEnabled(elegido)
        self.boton_quitar_contacto.setEnabled(elegido)

    def agregar_contacto(self) -> None:
        self._editar_contacto(None)

    def editar_contacto(self) -> None:
        contacto = self._contacto_elegido()
        if contacto is not None:
            self._editar_contacto(contacto)

    def _editar_contacto(self, contacto: dict | None) -> None:
        if DialogoContacto(self.db, self.miembro_id, contacto, self).exec():
            self._historia_cambiada()
            self._avisar(self.tr("Contacto guardado."))

    def quitar_contacto(self) -> None:
        contacto = self._contacto_elegido()
        if contacto is None:
            return
        respuesta = QMessageBox.question(
            self, self.tr("Quitar contacto"),
            self.tr("¿Quitar a «{0}» de los contactos de este miembro?").format(contacto["nombre"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if respuesta != QMessageBox.StandardButton.Yes:
            return
        try:
            quitar_contacto(self.db, contacto["id"])
        except Exception as error:
            self._fallo(error, "quitar un contacto")
            return
        self._historia_cambiada()
        self._avisar(self.tr("Contacto quitado."))

    # --- pestaña Estado ------------------------------------------------------------------------
    def _pestana_estado(self) -> QWidget:
        self.etiqueta_estado = QLabel()
        self.tabla_estados = _tabla([self.tr("Estado"), self.tr("Desde"), self.tr("Motivo")], 2)
        self.estado_nuevo = _combo({codigo: self.tr(etiqueta) for codigo, etiqueta in ESTADOS.items()})
        self.estado_desde = editor_de_fecha()
        self.estado_motivo = QLineEdit()
        self.estado_motivo.setPlaceholderText(self.tr("por ejemplo: falta de pago de cuotas"))
        self.estado_motivo.textEdited.connect(lambda _t: self._editado(self.estado_motivo, sucio=False))
        self.boton_cambiar_estado = QPushButton(self.tr("Registrar"))
        self.boton_cambiar_estado.clicked.connect(self.cambiar_estado)

        self.fila_estado = QGroupBox(self.tr("Cambiar estado"))
        fila = QHBoxLayout(self.fila_estado)
        fila.addWidget(QLabel(self.tr("Estado:")))
        fila.addWidget(self.estado_nuevo)
        fila.addSpacing(8)
        fila.addWidget(QLabel(self.tr("Desde:")))
        fila.addWidget(self.estado_desde)
        fila.addSpacing(8)
        fila.addWidget(QLabel(self.tr("Motivo:")))
        fila.addWidget(self.estado_motivo, 1)
        fila.addWidget(self.boton_cambiar_estado)

        self.boton_baja = QPushButton(self.tr("Dar de baja…"))
        self.boton_baja.clicked.connect(self.dar_de_baja)
        self.boton_eliminar = QPushButton(self.tr("Eliminar (alta por error)…"))
        self.boton_eliminar.setToolTip(self.tr(
            "Borra el miembro por completo. Solo para un alta hecha por error y sin historia; "
            "si el miembro se va, use «Dar de baja»."))
        self.boton_eliminar.clicked.connect(self.eliminar)
        acciones = QHBoxLayout()
        acciones.addWidget(self.boton_baja)
        acciones.addStretch(1)
        acciones.addWidget(self.boton_eliminar)

        pagina = QWidget()
        disposicion = QVBoxLayout(pagina)
        disposicion.addWidget(self.etiqueta_estado)
        disposicion.addWidget(self.tabla_estados, 1)
        disposicion.addWidget(self.fila_estado)
        disposicion.addLayout(acciones)
        return pagina

    def cambiar_estado(self) -> None:
        estado, desde = self.estado_nuevo.currentData(), self.estado_desde.date().toPython()
        try:
            # Primero lo que el servicio rechazaría: no se pregunta por mandatos de un cambio que no se registra.
            revisar_cambio_de_estado(self.db, self.miembro_id, estado, desde, self.estado_motivo.text())
            efecto = mandatos_que_terminan(self.db, self.miembro_id, estado, desde)
            confirmados = None
            if efecto.terminan:  # una baja o suspensión que termina mandatos se confirma antes
                respuesta = QMessageBox.question(
                    self, self.tr("Confirmar el cambio de estado"),
                    efecto.resumen() + "\n\n" + "\n".join(f"• {m.texto()}" for m in efecto.terminan)
                    + "\n\n" + self.tr("¿Registrar el estado y terminar esos mandatos?"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
                if respuesta != QMessageBox.StandardButton.Yes:
                    return
                confirmados = {m.mandato_id for m in efecto.terminan}
            efecto = cambiar_estado(self.db, self.miembro_id, estado, desde, self.estado_motivo.text(),
                                    confirmados=confirmados)
        except ErrorEscritorio as error:
            campos = getattr(error, "campos", None) or {}
            if "motivo" in campos or not self.estado_motivo.text().strip():
                motivo = campos.get("motivo") or self.tr("Escriba el motivo del cambio de estado.")
                self._marcar({self.estado_motivo: motivo}, self.tr("No se registró el estado:"))
                self.estado_motivo.setFocus()
            else:
                self._avisar(error.mensaje, error=True)
            return
        except Exception as error:
            self._fallo(error, "cambiar el estado de un miembro")
            return
        self.estado_motivo.clear()
        self._historia_cambiada()
        self._avisar(self.tr("Estado registrado.") + (" " + efecto.resumen() if efecto.terminan else ""))

    def dar_de_baja(self) -> None:
        if DialogoBaja(self.db, self.miembro_id, self._ficha["nombre"], self).exec() == QDialog.DialogCode.Accepted:
            self._historia_cambiada()
            self._avisar(self.tr("Baja registrada."))

    def eliminar(self) -> None:
        nombre = self._ficha["nombre"]
        respuesta = QMessageBox.question(
            self, self.tr("Eliminar miembro"),
            self.tr("¿Eliminar «{0}» definitivamente?\n\nÚselo solo si el alta fue un error: se borran la ficha, "
                    "su población y sus contactos. Si el miembro se va de la asociación, use «Dar de baja».")
            .format(nombre),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if respuesta != QMessageBox.StandardButton.Yes:
            return
        try:
            eliminar_por_error(self.db, self.miembro_id)
        except Exception as error:
            mostrar_error(self, error, "eliminar un miembro")
            return
        self.cambios, self.eliminado, self.miembro_id = True, True, None
        self._sucio = False
        super().accept()

    # --- historia ------------------------------------------------------------------------------
    def _historia_cambiada(self) -> None:
        self.cambios = True
        self._ficha.update({clave: valor for clave, valor in obtener_ficha(self.db, self.miembro_id).items()
                            if clave in ("poblaciones", "estados", "autoridades", "contactos",
                                          "estado_vigente", "estado_vigente_id")})
        self._mostrar_historia()

    def _mostrar_historia(self) -> None:
        ficha = self._ficha or {"poblaciones": [], "estados": [], "autoridades": [], "contactos": [], "pais": "",
                                "estado_vigente_id": None}
        poblaciones = ficha["poblaciones"]
        _llenar(self.tabla_poblaciones, [
            [_anio_de_cifra(p["anio"]), miles(p["cifra"]), _texto(p["fuente"]), fecha_dma(p["registrada_en"])]
            for p in poblaciones], derecha=(1,), negrita=0 if poblaciones else None)
        self.situacion_poblacion.setText(
            self.tr("{0} hab. ({1})").format(miles(poblaciones[0]["cifra"]), _anio_de_cifra(poblaciones[0]["anio"]))
            if poblaciones else self.tr("sin cifras"))
        if poblaciones:
            vigente = poblaciones[0]
            self.etiqueta_vigente.setText(self.tr(
                "Población vigente: <b>{0}</b> habitantes ({1}). La vigente es siempre la cifra del año "
                "más reciente; las anteriores quedan como historia.").format(miles(vigente["cifra"]),
                                                                             _anio_de_cifra(vigente["anio"], "año ")))
        else:
            self.etiqueta_vigente.setText(self.tr("Sin cifras de población todavía."))

        _llenar(self.tabla_autoridades, [
            [a["persona"], _texto(a["cargo"]), fecha_dma(a["desde"]), fecha_dma(a["hasta"])]
            for a in ficha["autoridades"]], negrita=0 if ficha["autoridades"] else None)
        autoridad = ficha["autoridades"][0] if ficha["autoridades"] else None
        self.situacion_autoridad.setText(
            f"{autoridad['persona']} ({autoridad['cargo']})" if autoridad else self.tr("sin registrar"))
        self._actualizar_cargo()
        _llenar(self.tabla_contactos, [
            [c["nombre"], _texto(c["rol"]), _texto(c["correo"]), _texto(c["telefono"])]
            for c in ficha["contactos"]], datos=ficha["contactos"])
        self._actualizar_botones_contacto()

        estados = ficha["estados"]
        _llenar(self.tabla_estados, [
            [self.tr(ESTADOS.get(e["estado"], e["estado"])), fecha_dma(e["desde"]), _texto(e["motivo"])]
            for e in estados])
        actual = next((e for e in estados if e["id"] == ficha["estado_vigente_id"]), None)
        if actual:
            self.etiqueta_estado.setText(self.tr("Estado actual: <b>{0}</b> desde el {1}.").format(
                self.tr(ESTADOS.get(actual["estado"], actual["estado"])), fecha_dma(actual["desde"])))
        else:
            self.etiqueta_estado.setText(self.tr("Sin estados registrados."))
        self.situacion_estado.setText(self.tr("{0} desde el {1}").format(
            self.tr(ESTADOS.get(actual["estado"], actual["estado"])), fecha_dma(actual["desde"]))
            if actual else self.tr("sin registrar"))
        self.boton_baja.setEnabled(bool(self._ficha) and (actual is None or actual["estado"] != "baja"))
        self.boton_baja.setToolTip("" if self.boton_baja.isEnabled() else self.tr("El miembro ya está dado de baja."))
        # La regla es la del servicio, la misma que aplica el borrado: con historia, deshabilitado y dice por qué.
        se_puede, motivo = puede_eliminarse(self.db, self.miembro_id) if self.miembro_id else (False, "")
        self.boton_eliminar.setEnabled(se_puede)
        self.boton_eliminar.setToolTip(self.tr(
            "Borra el miembro por completo. Solo para un alta hecha por error y sin historia; "
            "si el miembro se va, use «Dar de baja».") if se_puede
            else f"<p>{escape(motivo)}</p>")  # con <p>, una ayuda larga se parte en líneas y no sale de la pantalla

    # --- marcas de validación y mensajes -------------------------------------------------------
    def _en(self, campos: dict[str, str], **widgets: QWidget) -> dict:
        """Traduce campo -> motivo del servicio a widget -> motivo de esta fila de entrada."""
        return {widgets.get(campo, campo): motivo for campo, motivo in campos.items()}

    def _marcar(self, errores: dict, titulo: str) -> None:
        """Marca cada campo inválido (widget o nombre de campo de la ficha) y resume los motivos abajo."""
        self._desmarcar_todo()
        self._titulo_errores = titulo
        primero = None
        for clave, motivo in errores.items():
            widget = clave if isinstance(clave, QWidget) else self._campos.get(clave)
            if widget is None:
                self._errores[object()] = motivo  # sin campo propio: solo en el resumen
                continue
            marcar_invalido(widget, motivo)
            self._errores[widget] = motivo
            primero = primero or widget
        if primero is not None:
            primero.setFocus()
        self._resumir()

    def _resumir(self) -> None:
        if not self._errores:
            self.mensaje.hide()
            return
        lineas = "".join(f"<br>• {_escapar(motivo)}" for motivo in self._errores.values())
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.setText(f"<b>{_escapar(self._titulo_errores)}</b>{lineas}")
        self.mensaje.show()

    def _editado(self, widget: QWidget, sucio: bool = True) -> None:
        if sucio:
            self._sucio = True
        if widget in self._errores:
            marcar_invalido(widget, None)
            del self._errores[widget]
            self._resumir()
        elif not self._errores and sucio:
            self.mensaje.hide()

    def _desmarcar_todo(self) -> None:
        for widget in self._errores:
            if isinstance(widget, QWidget):
                marcar_invalido(widget, None)
        self._errores.clear()
        self.mensaje.hide()

    def _avisar(self, texto: str, error: bool = False) -> None:
        self._desmarcar_todo()
        self.mensaje.setStyleSheet(ESTILO_ERROR if error else ESTILO_BIEN)
        self.mensaje.setText(_escapar(texto))
        self.mensaje.show()

    def _fallo(self, error: Exception, contexto: str) -> None:
        if isinstance(error, ErrorEscritorio):
            self._avisar(error.mensaje, error=True)
        else:
            mostrar_error(self, error, contexto)

    # --- teclado y cierre ----------------------------------------------------------------------
    def keyPressEvent(self, evento) -> None:
        """Enter guarda la ficha en «Datos»; en una fila «Agregar…», registra esa fila."""
        if evento.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            accion = self._accion_de_enter()
            if accion is not None:
                accion()
            evento.accept()
            return
        super().keyPressEvent(evento)

    def _accion_de_enter(self):
        foco = self.focusWidget()
        filas = ((self.fila_cifra, self.agregar_cifra), (self.fila_autoridad, self.registrar_autoridad),
                 (self.fila_estado, self.cambiar_estado), (self.tabla_contactos, self.editar_contacto))
        for contenedor, accion in filas:
            if foco is not None and (foco is contenedor or contenedor.isAncestorOf(foco)):
                return accion
        if self.pestanas.currentIndex() == 0:
            return self.guardar
        return None

    def reject(self) -> None:
        """Cerrar (o Esc). Si hay datos sin guardar, pregunta antes de descartarlos."""
        if self._sucio:
            respuesta = QMessageBox.question(
                self, self.tr("Cambios sin guardar"),
                self.tr("Los datos de la ficha tienen cambios sin guardar. ¿Desea guardarlos?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if respuesta == QMessageBox.StandardButton.Cancel:
                return
            if respuesta == QMessageBox.StandardButton.Save and not self.guardar():
                return
            self._sucio = False
        if self.cambios:
            super().accept()
        else:
            super().reject()


def _escapar(texto: str) -> str:
    return texto.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")


class DialogoContacto(QDialog):
    """Agregar o editar un contacto del miembro (nombre, rol, correo, teléfono)."""

    ROLES = ("Enlace técnico", "Relaciones internacionales", "Secretaría", "Prensa")

    def __init__(self, db, miembro_id: int, contacto: dict | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self.db, self.miembro_id, self.contacto = db, miembro_id, contacto
        self.setWindowTitle(self.tr("Editar contacto") if contacto else self.tr("Nuevo contacto"))
        self.nombre = QLineEdit(_texto(contacto and contacto["nombre"]))
        self.rol = QComboBox()
        self.rol.setEditable(True)
        self.rol.addItems([self.tr(rol) for rol in self.ROLES])
        self.rol.setCurrentText(_texto(contacto["rol"]) if contacto else self.tr(self.ROLES[0]))
        self.correo = QLineEdit(_texto(contacto and contacto["correo"]))
        self.correo.setPlaceholderText("nombre@municipio.gob")
        self.telefono = QLineEdit(_texto(contacto and contacto["telefono"]))
        for campo in (self.nombre, self.correo):
            campo.textEdited.connect(lambda _t, c=campo: (marcar_invalido(c, None), self.aviso.hide()))

        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Nombre:"), self.nombre)
        formulario.addRow(self.tr("Rol:"), self.rol)
        formulario.addRow(self.tr("Correo:"), self.correo)
        formulario.addRow(self.tr("Teléfono:"), self.telefono)
        self.aviso = QLabel()
        self.aviso.setStyleSheet(ESTILO_ERROR)
        self.aviso.setWordWrap(True)
        self.aviso.hide()
        botones = QDialogButtonBox()
        botones.addButton(self.tr("Guardar"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        botones.accepted.connect(self.accept)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.aviso)
        disposicion.addWidget(botones)
        self.setMinimumWidth(440)

    def accept(self, _marcado: bool = False, leido: dict | None = None) -> None:
        try:
            guardar_contacto(self.db, self.miembro_id, self.nombre.text(), self.rol.currentText(),
                             self.correo.text(), self.telefono.text(),
                             contacto_id=self.contacto["id"] if self.contacto else None,
                             leido=leido or self.contacto)
        except ErrorConflicto as error:
            respuesta = preguntar_conflicto(self, error, self.tr("el contacto"))
            if respuesta == SOBRESCRIBIR:
                self.accept(leido=error.actual)   # si entretanto cambió otra vez, se vuelve a preguntar
                return
            if respuesta == RECARGAR:
                self.contacto = dict(error.actual)
                self.nombre.setText(_texto(self.contacto["nombre"]))
                self.rol.setCurrentText(_texto(self.contacto["rol"]))
                self.correo.setText(_texto(self.contacto["correo"]))
                self.telefono.setText(_texto(self.contacto["telefono"]))
                self.aviso.setText(self.tr("Se recargó el contacto con los datos actuales; sus cambios no se guardaron."))
            else:
                self.aviso.setText(self.tr("No se guardó nada: sus cambios siguen en pantalla y lo que guardó el otro "
                                           "programa sigue en la base."))
            self.aviso.show()
            return
        except ErrorValidacion as error:
            campos = getattr(error, "campos", None) or {}
            for campo, widget in (("nombre", self.nombre), ("correo", self.correo)):
                marcar_invalido(widget, campos.get(campo))
            self.aviso.setText("\n".join(campos.values()) or error.mensaje)
            self.aviso.show()
            return
        except Exception as error:
            mostrar_error(self, error, "guardar un contacto")
            return
        super().accept()


def _anio_de_cifra(anio: int | None, prefijo: str = "") -> str:
    """El año de una cifra de población; una base vieja puede tenerla sin año: «año sin indicar», nunca «None»."""
    return tr("año sin indicar") if anio is None else f"{prefijo}{anio}"
