"""La pestaña «Datos» de la ficha del miembro: identificación, membresía, contacto institucional, su ubicación en
el mapa y, para un miembro nuevo, su población inicial (para uno existente, la situación vigente según su
historia). Se guarda con «Guardar»; si otro programa cambió la ficha entretanto, se pregunta qué hacer.

El nomenclátor (GeoNames) propone región, población y ubicación de una ciudad que conoce: al escribir el nombre de
un miembro nuevo, o con «Buscar en el nomenclátor». La propuesta se muestra con su fuente y su año y solo se usa si
la secretaría la acepta («Usar estos datos»): nunca llena un campo por su cuenta.

`PestanaDatos` es una parte de `DialogoFichaMiembro` (ficha_miembro.py): usa su base, el miembro, las marcas de
validación y los avisos del pie.
"""

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QWidget)

from ...dominio import paises
from ...dominio.ficha import FichaMiembro
from ...dominio.miembros import MODOS_INGRESO, TIPOS
from ...errores import ErrorConflicto, ErrorEscritorio, ErrorValidacion
from ...servicios.asociaciones import paises_de
from ...dominio import formato
from ...servicios.ficha import guardar_ficha, obtener_ficha
from ...servicios.nomenclator import proponer
from ...dominio.nomenclator import FUENTE as FUENTE_NOMENCLATOR, describir, lo_que_completa
from ..comun import miles
from ..operaciones import hacer_en_la_ventana
from ..piezas import DERECHA, nuevo_formulario
from .baja import editor_de_fecha
from .conflicto import RECARGAR, SOBRESCRIBIR, preguntar_conflicto
from .ficha_piezas import combo_de, elegir_dato, texto_o_vacio
from ..orden_alfabetico import clave_en_la_ventana


def _todos_los_paises() -> dict[str, str]:
    """código -> nombre en español de todos los países (CLDR)."""
    return paises.todos_los_paises("es")


def _igualar_etiquetas(*formularios: QFormLayout) -> None:
    """Misma columna de rótulos en formularios apilados, para que sus campos queden alineados."""
    rotulos = [f.itemAt(fila, QFormLayout.ItemRole.LabelRole).widget()
               for f in formularios for fila in range(f.rowCount())
               if f.itemAt(fila, QFormLayout.ItemRole.LabelRole) is not None]
    ancho = max((r.sizeHint().width() for r in rotulos if r is not None), default=0)
    for rotulo in rotulos:
        if rotulo is not None:
            rotulo.setMinimumWidth(ancho)
            rotulo.setAlignment(DERECHA)


class PestanaDatos:
    """La pestaña Datos: arma sus campos, los carga desde la ficha y los guarda."""

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
        self.tipo = combo_de({codigo: self.tr(etiqueta) for codigo, etiqueta in TIPOS.items()})

        self.fecha_ingreso = editor_de_fecha()
        self.fecha_ingreso.setMaximumDate(QDate.currentDate())
        self.sin_fecha = QCheckBox(self.tr("sin fecha"))
        self.sin_fecha.toggled.connect(lambda marcado: self.fecha_ingreso.setEnabled(not marcado))
        fila_fecha = QHBoxLayout()
        fila_fecha.setContentsMargins(0, 0, 0, 0)
        fila_fecha.addWidget(self.fecha_ingreso)
        fila_fecha.addWidget(self.sin_fecha)
        fila_fecha.addStretch(1)
        self.modo_ingreso = combo_de({codigo: self.tr(etiqueta) for codigo, etiqueta in MODOS_INGRESO.items()})
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
        # Lo que decidieron los órganos sobre el miembro («Admitido por Resolución 2/2026 de la Asamblea…»).
        self.situacion_decisiones = QLabel()
        self.situacion_decisiones.setWordWrap(True)
        formulario.addRow(self.tr("Decidido:"), self.situacion_decisiones)
        formulario.setRowVisible(self.situacion_decisiones, False)
        self._formulario_situacion = formulario
        self.grupo_situacion.setLayout(formulario)
        _igualar_etiquetas(derecha, formulario)
        self.grupo_situacion.setVisible(self.miembro_id is not None)
        self.grupo_ubicacion = self._grupo_ubicacion()

        self._campos: dict[str, QWidget] = {
            "nombre": self.nombre, "pais": self.pais, "region": self.region, "codigo": self.codigo,
            "tipo": self.tipo, "fecha_ingreso": self.fecha_ingreso, "modo_ingreso": self.modo_ingreso,
            "correo": self.correo, "telefono": self.telefono, "poblacion": self.poblacion, "anio": self.anio,
            "fuente": self.fuente, "latitud": self.latitud, "longitud": self.longitud,
            "fuente_ubicacion": self.fuente_ubicacion,
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
        rejilla.addWidget(self.grupo_ubicacion, 2, 0, 1, 2)
        rejilla.setColumnStretch(0, 3)
        rejilla.setColumnStretch(1, 2)
        rejilla.setRowStretch(3, 1)
        return pagina

    # --- ubicación y nomenclátor -----------------------------------------------------------------

    def _grupo_ubicacion(self) -> QGroupBox:
        self.latitud, self.longitud = QLineEdit(), QLineEdit()
        for campo, ejemplo in ((self.latitud, "-34,61"), (self.longitud, "-58,38")):
            campo.setPlaceholderText(ejemplo)
            campo.setMaximumWidth(110)
            campo.textEdited.connect(lambda _t, c=campo: self._coordenada_a_mano(c))
        self.latitud.setToolTip(self.tr("Grados decimales; negativos al sur del ecuador (o con S: 34,61 S)"))
        self.longitud.setToolTip(self.tr("Grados decimales; negativos al oeste de Greenwich (o con O: 58,38 O)"))
        self.fuente_ubicacion = QLineEdit()
        self.fuente_ubicacion.setPlaceholderText(self.tr("de dónde sale (GeoNames, la secretaría…)"))
        self.fuente_ubicacion.textEdited.connect(lambda _t: self._editado(self.fuente_ubicacion))
        self.boton_nomenclator = QPushButton(self.tr("Buscar en el nomenclátor"))
        self.boton_nomenclator.setToolTip(self.tr("Busca la ciudad por su nombre y país entre las de GeoNames y "
                                                  "muestra lo que propone, sin cambiar nada"))
        self.boton_nomenclator.clicked.connect(lambda: self._proponer_del_nomenclator(automatico=False))
        self.propuesta = QLabel()
        self.propuesta.setWordWrap(True)
        self.propuesta.hide()
        self.boton_usar = QPushButton(self.tr("Usar estos datos"))
        self.boton_usar.clicked.connect(self._usar_propuesta)
        self.boton_usar.hide()
        self._lugar_propuesto = None
        self.nombre.editingFinished.connect(self._proponer_al_crear)
        self.pais.currentIndexChanged.connect(lambda _i: self._proponer_al_crear())

        grupo = QGroupBox(self.tr("Ubicación en el mapa"))
        caja = QGridLayout(grupo)
        caja.addWidget(QLabel(self.tr("Latitud:")), 0, 0, DERECHA)
        caja.addWidget(self.latitud, 0, 1)
        caja.addWidget(QLabel(self.tr("Longitud:")), 0, 2, DERECHA)
        caja.addWidget(self.longitud, 0, 3)
        caja.addWidget(self.boton_nomenclator, 0, 5)
        caja.addWidget(QLabel(self.tr("Fuente:")), 1, 0, DERECHA)
        caja.addWidget(self.fuente_ubicacion, 1, 1, 1, 3)
        caja.addWidget(self.propuesta, 2, 0, 1, 5)
        caja.addWidget(self.boton_usar, 2, 5, Qt.AlignmentFlag.AlignTop)
        caja.setColumnStretch(4, 1)
        return grupo

    def _coordenada_a_mano(self, campo: QLineEdit) -> None:
        """Una coordenada escrita a mano ya no es la del nomenclátor: la fuente pasa a ser la secretaría."""
        if self.fuente_ubicacion.text().strip() in ("", FUENTE_NOMENCLATOR):
            self.fuente_ubicacion.setText(self.tr("Secretaría"))
        self._editado(campo)

    def _proponer_al_crear(self) -> None:
        if self.miembro_id is None and self.nombre.text().strip() and self.pais.currentData():
            self._proponer_del_nomenclator(automatico=True)

    def _proponer_del_nomenclator(self, automatico: bool) -> None:
        """Muestra lo que el nomenclátor sabe de la ciudad del nombre y país escritos; no cambia ningún campo."""
        nombre, pais = self.nombre.text().strip(), self.pais.currentData()
        # La misma regla que «miembros ubicar»: entre ciudades del mismo nombre, la de la región escrita.
        propuesta = proponer(nombre, pais, self.region.text().strip() or None) if nombre and pais else None
        self._lugar_propuesto = propuesta[0] if propuesta else None
        if propuesta is None:
            self.boton_usar.hide()
            if automatico:
                self.propuesta.hide()
                return
            self.propuesta.setText(self.tr("El nomenclátor no tiene una ciudad «{0}» en {1}. Escriba la latitud y la "
                                           "longitud (por ejemplo, de un mapa en línea).").format(
                nombre, self.pais.currentText()) if nombre and pais else
                self.tr("Escriba el nombre y elija el país del miembro para buscarlo en el nomenclátor."))
            self.propuesta.show()
            return
        lugar, otras = propuesta
        texto = self.tr("El nomenclátor propone para «{0}»: {1}.").format(lugar.nombre, describir(lugar))
        if otras == 1:
            texto += " " + self.tr("Hay otra ciudad con ese nombre en el país: se propone la de la región escrita o, "
                                   "si ninguna lo es, la más poblada.")
        elif otras:
            texto += " " + self.tr("Hay {0} ciudades más con ese nombre en el país: se propone la de la región "
                                   "escrita o, si ninguna lo es, la más poblada.").format(otras)
        self.propuesta.setText(texto)
        self.propuesta.show()
        self.boton_usar.show()

    def _usar_propuesta(self) -> None:
        """Lleva la propuesta a los campos (la ubicación; en un miembro nuevo, también la región y la población si
        están vacías). Se guarda con «Guardar», como lo demás."""
        lugar = self._lugar_propuesto
        if lugar is None:
            return
        # La regla de lo que completa es la de «miembros agregar --nomenclator» (dominio.nomenclator); la ubicación,
        # aquí, se reemplaza: se pidió usar la propuesta.
        completa = lo_que_completa(lugar, hay_region=bool(self.region.text().strip()), hay_ubicacion=False,
                                   hay_poblacion=self.miembro_id is not None or bool(self.poblacion.text().strip()))
        latitud, longitud, fuente = completa.ubicacion
        self.latitud.setText(formato.coordenada(latitud))
        self.longitud.setText(formato.coordenada(longitud))
        self.fuente_ubicacion.setText(fuente)
        for campo in (self.latitud, self.longitud, self.fuente_ubicacion):
            self._editado(campo)
        if completa.region is not None:
            self.region.setText(completa.region)
            self._editado(self.region)
        if completa.poblacion is not None:
            cifra, anio, fuente = completa.poblacion
            self.poblacion.setText(formato.numero(cifra))
            self.anio.setText(str(anio))
            self.fuente.setText(fuente)
            for campo in (self.poblacion, self.anio, self.fuente):
                self._editado(campo)
        self.boton_usar.hide()
        self.propuesta.setText(self.tr("Datos del nomenclátor puestos en la ficha; se guardan con «Guardar»."))

    def _mostrar_ubicacion(self, ubicacion: dict | None) -> None:
        self.latitud.setText(formato.coordenada(ubicacion["latitud"]) if ubicacion else "")
        self.longitud.setText(formato.coordenada(ubicacion["longitud"]) if ubicacion else "")
        self.fuente_ubicacion.setText((ubicacion or {}).get("fuente") or "")
        self.propuesta.hide()
        self.boton_usar.hide()

    def _ubicacion_escrita(self) -> dict:
        """Lo que se pasa a `guardar_ficha`: la ubicación escrita, o quitarla si se borraron las dos coordenadas."""
        latitud, longitud = self.latitud.text().strip(), self.longitud.text().strip()
        if not latitud and not longitud:
            tenia = bool(self._ficha and self._ficha.get("ubicacion"))
            return {"quitar_ubicacion": tenia}
        return {"ubicacion": (latitud, longitud, self.fuente_ubicacion.text())}

    def _llenar_paises(self) -> None:
        """Primero los países de la asociación; después, separados, todos los demás."""
        todos = _todos_los_paises()
        contexto = self.contexto
        propios = sorted(paises_de(contexto), key=lambda c: clave_en_la_ventana(paises.nombre_pais(c)))
        for codigo in propios:
            self.pais.addItem(paises.nombre_pais(codigo), codigo)
        if propios:
            self.pais.insertSeparator(self.pais.count())
        for codigo in sorted(set(todos) - set(propios), key=lambda c: clave_en_la_ventana(todos[c])):
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
        elegir_dato(self.pais, ficha["pais"])
        self.region.setText(texto_o_vacio(ficha["region"]))
        self.codigo.setText(texto_o_vacio(ficha["codigo"]))
        elegir_dato(self.tipo, ficha["tipo"])
        sin_fecha = not ficha["fecha_ingreso"]
        if not sin_fecha:
            guardada = QDate.fromString(ficha["fecha_ingreso"][:10], "yyyy-MM-dd")
            # Una admisión que rige desde después de hoy (servicios.efectos) se muestra tal cual.
            self.fecha_ingreso.setMaximumDate(max(guardada, QDate.currentDate()))
            self.fecha_ingreso.setDate(guardada)
        self.sin_fecha.setChecked(sin_fecha)
        self.fecha_ingreso.setEnabled(not sin_fecha)
        elegir_dato(self.modo_ingreso, ficha["modo_ingreso"])
        self.fundador.setChecked(bool(ficha["fundador"]))
        self.correo.setText(texto_o_vacio(ficha["correo"]))
        self.telefono.setText(texto_o_vacio(ficha["telefono"]))
        self._mostrar_ubicacion(ficha.get("ubicacion"))
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
        resuelto: list[bool] = []   # un conflicto que se resolvió guardando de nuevo (o no)

        def rechazada(error: ErrorEscritorio) -> None:
            if isinstance(error, ErrorConflicto):
                resuelto.append(self._resolver_conflicto(error))
            elif isinstance(error, ErrorValidacion):
                self.pestanas.setCurrentIndex(0)
                self._marcar(getattr(error, "campos", None) or {"": error.mensaje},
                             self.tr("No se guardó nada. Corrija los campos marcados:"))
            else:
                self._avisar(error.mensaje, error=True)

        hecho = hacer_en_la_ventana(self, self.oficina, lambda: guardar_ficha(
            self.contexto, self._leer_ficha(), miembro_id=self.miembro_id, poblacion=poblacion, leida=leida,
            **self._ubicacion_escrita()), que="guardar la ficha del miembro", al_rechazar=rechazada)
        if hecho is None:
            return bool(resuelto and resuelto[0])
        miembro_id = hecho.resultado
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
