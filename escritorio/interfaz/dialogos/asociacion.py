"""Datos de la asociación: nombre, sigla, tipo, sede, papel, idioma de los documentos y dirección pública de
verificación; sus países con la categoría e historia con fechas; las reglas de admisión y de la cuota de quien
ingresa o es excluido (pestaña de `asociacion_admision.py`); las agrupaciones por encima del país, con lo que cuenta
cada grupo (pestaña de `asociacion_agrupaciones.py`).

Toda regla está en servicios/asociaciones.py (la misma que usa «escritorio asociacion editar|pais|quitar-pais»):
este diálogo solo lee los campos, llama al servicio y muestra lo que responde.
"""

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from ...servicios.oficina import Oficina
from ...dominio.miembros import CATEGORIAS_PAIS, TAMANOS_PAPEL
from ...dominio.paises import nombre_pais
from ...dominio.traduccion import IDIOMAS_DE_DOCUMENTOS
from ...dominio import formato
from ...errores import ErrorConflicto, ErrorEscritorio
from ...servicios.asociaciones import (CATEGORIAS_CON_FECHA, TIPOS_ASOCIACION, agregar_pais, editar_asociacion,
                                       elegir_asociacion, fijar_categoria, listar_asociaciones, paises_en_detalle,
                                       quitar_pais, fecha_desde)
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..comun import descartar, marcar_invalido, tr
from ..flujo import FilaFluida
from ..piezas import (ESTILO_BIEN, ESTILO_ERROR, ComboDeValores, DesplazableAlAncho, DialogoBase, dato_de_fila,
                      en_linea, llenar_tabla, nota, nuevo_formulario, tabla_lectura)
from .asociacion_admision import PestanaAdmision
from .asociacion_agrupaciones import PestanaAgrupaciones
from .baja import editor_de_fecha
from .conflicto import RECARGAR, SOBRESCRIBIR, preguntar_conflicto

ETIQUETAS_CATEGORIA = {**CATEGORIAS_PAIS, "retirado": "Retirado"}
# La categoría dentro de una frase («… es país pleno de RML»): se traduce como palabra, no se muestra el código.
_CATEGORIA_EN_FRASE = {"pleno": "pleno", "asociado": "asociado", "observador": "observador", "retirado": "retirado"}


def _combo_categorias(con_retirado: bool = False) -> QComboBox:
    combo = QComboBox()
    for clave, etiqueta in (CATEGORIAS_CON_FECHA if con_retirado else CATEGORIAS_PAIS).items():
        combo.addItem(tr(ETIQUETAS_CATEGORIA.get(clave, etiqueta)), clave)
    return combo


class DialogoAsociacion(DialogoBase):
    """`cambios` queda en True si se guardó algo; `asociacion` es la asociación como quedó (su sigla nueva)."""

    def __init__(self, oficina: Oficina, padre=None):
        super().__init__(padre, self.tr("Datos de la asociación"))
        self.oficina = oficina
        self.db = oficina.db
        self.asociacion_id = oficina.asociacion_id
        self.cambios = False
        self.asociacion: dict = {}
        self.pestanas = QTabWidget()
        self.pestanas.addTab(self._pagina_datos(), self.tr("Datos"))
        self.pestanas.addTab(self._pagina_paises(), self.tr("Países"))
        # Cuándo rige una admisión, la gracia de la primera cuota y la cuota de quien es excluido.
        self.admision = PestanaAdmision(oficina)
        desplazable = DesplazableAlAncho()
        desplazable.setWidget(self.admision)
        self.pestanas.addTab(desplazable, self.tr("Admisión y cuotas"))
        # Las regiones o subregiones que el estatuto usa para sus cupos (issue 80, §2).
        self.agrupaciones = PestanaAgrupaciones(oficina)
        desplazable_agrupaciones = DesplazableAlAncho()
        desplazable_agrupaciones.setWidget(self.agrupaciones)
        self.pestanas.addTab(desplazable_agrupaciones, self.tr("Agrupaciones"))
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        botones.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.pestanas)
        disposicion.addWidget(botones)
        self._cargar_datos()
        self._cargar_paises()
        # Cabe en una pantalla de 1024×600 o en 1366×768 al 150 % (910×512 lógicos): lo que no entra se desplaza
        # dentro de cada pestaña en lugar de aplastarse.
        self.setMinimumSize(640, 360)
        self.caber_en_la_pantalla(760, 540)

    # --- pestaña Datos -----------------------------------------------------------------------------
    def _pagina_datos(self) -> QWidget:
        pagina = QWidget()
        desplazable = DesplazableAlAncho()
        self.nombre = QLineEdit()
        self.sigla = QLineEdit()
        self.sigla.setMaxLength(20)
        self.tipo = ComboDeValores([(tr(tipo), tipo) for tipo in TIPOS_ASOCIACION])
        self.sede = QLineEdit()
        self.papel = ComboDeValores([(tr(papel), papel) for papel in TAMANOS_PAPEL])
        self.idioma_documentos = QComboBox()
        self.idioma_documentos.setObjectName("idioma_documentos")
        for codigo, nombre in IDIOMAS_DE_DOCUMENTOS.items():   # cada idioma con su nombre en su idioma
            self.idioma_documentos.addItem(nombre, codigo)
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Nombre:"), self.nombre)
        formulario.addRow(self.tr("Sigla:"), self.sigla)
        formulario.addRow(self.tr("Tipo:"), self.tipo)
        formulario.addRow(self.tr("Ciudad sede:"), self.sede)
        formulario.addRow(self.tr("Papel de los documentos:"), self.papel)
        formulario.addRow(self.tr("Idioma de los documentos:"), self.idioma_documentos)
        self.direccion_publica = QLineEdit()
        self.direccion_publica.setObjectName("direccion_publica")
        self.direccion_publica.setPlaceholderText(self.tr("https://sitio-de-la-asociacion.org/escritorio (opcional)"))
        formulario.addRow(self.tr("Dirección pública de verificación:"), self.direccion_publica)
        self.guardar_datos = QPushButton(self.tr("Guardar los datos"))
        self.guardar_datos.clicked.connect(self.guardar)
        self.aviso_datos = QLabel()
        self.aviso_datos.setWordWrap(True)
        self.aviso_datos.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        disposicion = QVBoxLayout(pagina)
        disposicion.addLayout(formulario)
        disposicion.addWidget(nota(self.tr(
            "La sigla se guarda en mayúsculas y no puede ser la de otra asociación de esta base. Los documentos ya "
            "emitidos (recibos, actas, resoluciones, padrones) no cambian: llevan el nombre y la sigla con que se "
            "emitieron y se siguen verificando igual. Los que se emitan desde ahora llevan los datos nuevos.\n"
            "Actas, convocatorias, recibos y demás documentos salen en el idioma elegido (uno suelto en el otro: "
            "Archivo › Idioma de los documentos). Lo que escribió la secretaría va tal cual.\n"
            "Con una dirección pública de verificación (la del sitio de la asociación, donde se publican las páginas "
            "de verificación), el QR de los documentos que se impriman desde ahora lleva la página de cada uno y el "
            "papel dice dónde verificarlo: cualquiera puede comprobarlo, sin esta base. Déjela vacía y el QR lleva "
            "solo el código, como siempre.")))
        disposicion.addLayout(en_linea(self.guardar_datos))
        disposicion.addWidget(self.aviso_datos)
        disposicion.addStretch(1)
        desplazable.setWidget(pagina)
        return desplazable

    def _cargar_datos(self) -> None:
        encontrada = next((a for a in listar_asociaciones(self.db) if a["id"] == self.asociacion_id), None)
        if encontrada is None:   # otro programa la quitó (p. ej. restauró un respaldo anterior a su creación)
            QMessageBox.warning(self, self.tr("Datos de la asociación"), self.tr(
                "Esta asociación ya no está en la base: otro programa la cambió mientras el diálogo estaba abierto. "
                "No se guardó nada; cierre este diálogo y vuelva a elegir la asociación."))
            QTimer.singleShot(0, self.reject)
            return
        self.asociacion = encontrada
        self._leida = dict(self.asociacion)
        self.nombre.setText(self.asociacion["nombre"])
        self.sigla.setText(self.asociacion["sigla"])
        self.tipo.fijar(self.asociacion["tipo"])
        self.sede.setText(self.asociacion["sede"] or "")
        self.papel.fijar(self.asociacion["papel"])
        self.idioma_documentos.setCurrentIndex(max(self.idioma_documentos.findData(
            self.asociacion["idioma_documentos"]), 0))
        self.direccion_publica.setText(self.asociacion.get("direccion_publica") or "")
        for campo in (self.nombre, self.sigla, self.tipo, self.sede, self.papel, self.idioma_documentos,
                      self.direccion_publica):
            marcar_invalido(campo, None)

    def guardar(self) -> bool:
        return self._guardar(self._leida)

    def datos_sin_guardar(self) -> bool:
        """¿La pestaña Datos tiene algo escrito que todavía no se guardó?"""
        a = self.asociacion
        return ((self.nombre.text(), self.sigla.text(), self.tipo.valor(), self.sede.text(),
                 self.papel.valor(), self.idioma_documentos.currentData(), self.direccion_publica.text())
                != (a["nombre"], a["sigla"], a["tipo"], a["sede"] or "", a["papel"], a["idioma_documentos"],
                    a.get("direccion_publica") or ""))

    def reject(self) -> None:
        """Cerrar (o Esc) con datos escritos y sin guardar pregunta antes de perderlos."""
        if self.datos_sin_guardar():
            self.pestanas.setCurrentIndex(0)
            respuesta = QMessageBox.question(
                self, self.tr("Datos sin guardar"),
                self.tr("Cambió datos de la asociación que todavía no se guardaron. ¿Guardarlos antes de cerrar?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if respuesta == QMessageBox.StandardButton.Cancel or (
                    respuesta == QMessageBox.StandardButton.Save and not self.guardar()):
                return  # sigue abierto: lo que no se pudo guardar está marcado junto a su campo
        super().reject()

    def _guardar(self, leida: dict) -> bool:
        """Guarda la pestaña Datos con `editar_asociacion`; lo que rechaza se marca junto a su campo."""
        campos = {"nombre": self.nombre, "sigla": self.sigla, "tipo": self.tipo, "sede": self.sede, "papel": self.papel,
                  "idioma_documentos": self.idioma_documentos, "direccion_publica": self.direccion_publica}
        for campo in campos.values():
            marcar_invalido(campo, None)
        sobrescrito: list[bool] = []   # «Sobrescribir» en un conflicto: se guardó de nuevo (o no)

        def rechazado(error: ErrorEscritorio) -> None:
            if isinstance(error, ErrorConflicto):
                respuesta = preguntar_conflicto(self, error, self.tr("los datos de la asociación"))
                if respuesta == SOBRESCRIBIR:
                    sobrescrito.append(self._guardar(error.actual))
                elif respuesta == RECARGAR:
                    self._cargar_datos()
                    self._avisar(self.aviso_datos, self.tr("Datos recargados como están ahora; sus cambios no se "
                                                           "guardaron."))
                return
            for clave, mensaje in (getattr(error, "campos", None) or {}).items():
                if clave in campos:
                    marcar_invalido(campos[clave], mensaje)
            self._avisar(self.aviso_datos, error.mensaje, error=True)

        hecho = hacer_en_la_ventana(self, self.oficina, lambda: editar_asociacion(
            self.oficina.contexto, nombre=self.nombre.text(), sigla=self.sigla.text(),
            tipo=self.tipo.valor(), sede=self.sede.text(), papel=self.papel.valor(),
            idioma_documentos=self.idioma_documentos.currentData(),
            direccion_publica=self.direccion_publica.text(), leida=leida),
            que="guardar los datos de la asociación", al_rechazar=rechazado)
        if hecho is None:
            return bool(sobrescrito and sobrescrito[0])
        edicion = hecho.resultado
        self.cambios = self.cambios or bool(edicion.cambios)
        self._cargar_datos()
        if edicion.cambios:
            self._avisar(self.aviso_datos, self.tr("Guardado. ") + edicion.resumen() + ".")
        else:
            self._avisar(self.aviso_datos, edicion.resumen())
        return True

    # --- pestaña Países ----------------------------------------------------------------------------
    def _pagina_paises(self) -> QWidget:
        pagina = QWidget()
        desplazable = DesplazableAlAncho()
        self.tabla_paises = tabla_lectura([self.tr("País"), self.tr("Categoría hoy"), self.tr("Desde"),
                                           self.tr("Miembros")], 0)
        self.tabla_paises.itemSelectionChanged.connect(self._pais_elegido)
        self.tabla_paises.horizontalHeaderItem(3).setToolTip(self.tr("Miembros del país que hoy no están de baja"))
        self.tabla_historia = tabla_lectura([self.tr("Categoría"), self.tr("Desde"), self.tr("Artículo")], 2)
        for tabla in (self.tabla_paises, self.tabla_historia):
            tabla.setMinimumHeight(110)   # unas cuatro filas; el alto que sobra es de las tablas
        self.titulo_historia = QLabel(self.tr("Historia de categorías"))
        historia = QVBoxLayout()
        historia.setContentsMargins(0, 0, 0, 0)
        historia.addWidget(self.titulo_historia)
        historia.addWidget(self.tabla_historia)
        tablas = QHBoxLayout()
        tablas.addWidget(self.tabla_paises, 3)
        tablas.addLayout(historia, 2)

        # El país elegido: cambiar su categoría desde una fecha, o quitarlo.
        self.grupo_elegido = QGroupBox(self.tr("País elegido"))
        self.categoria = _combo_categorias()
        self.desde = editor_de_fecha()
        self.articulo = QLineEdit()
        self.articulo.setPlaceholderText(self.tr("Artículo o resolución (opcional)"))
        self.cambiar = QPushButton(self.tr("Cambiar la categoría desde esa fecha"))
        self.cambiar.clicked.connect(self.cambiar_categoria)
        self.quitar = QPushButton(self.tr("Quitar desde esa fecha…"))
        self.quitar.clicked.connect(self.quitar_pais)
        self.borrar = QPushButton(self.tr("Se agregó por error…"))
        self.borrar.setToolTip(self.tr("Borra el país con toda su historia; solo si ningún miembro es de ese país."))
        self.borrar.clicked.connect(self.borrar_por_error)
        grilla = QGridLayout(self.grupo_elegido)
        grilla.addWidget(QLabel(self.tr("Categoría:")), 0, 0)
        grilla.addWidget(self.categoria, 0, 1)
        grilla.addWidget(QLabel(self.tr("Desde:")), 0, 2)
        grilla.addWidget(self.desde, 0, 3)
        grilla.addWidget(self.articulo, 0, 4)
        grilla.setColumnStretch(4, 1)
        botones = FilaFluida()  # en una pantalla chica los botones bajan a otra línea
        for boton in (self.cambiar, self.quitar, self.borrar):
            botones.addWidget(boton)
        grilla.addLayout(botones, 1, 0, 1, 5)

        # Agregar un país.
        self.grupo_agregar = QGroupBox(self.tr("Agregar un país"))
        self.nuevo_pais = QLineEdit()
        self.nuevo_pais.setPlaceholderText(self.tr("Nombre o código ISO (Paraguay, PY)"))
        self.nueva_categoria = _combo_categorias()
        self.desde_fundacion = QCheckBox(self.tr("desde la fundación"))
        self.desde_fundacion.setChecked(True)
        self.nuevo_desde = editor_de_fecha()
        self.nuevo_desde.setEnabled(False)
        self.desde_fundacion.toggled.connect(lambda marcado: self.nuevo_desde.setEnabled(not marcado))
        self.agregar = QPushButton(self.tr("Agregar"))
        self.agregar.clicked.connect(self.agregar_pais)
        self.nuevo_pais.returnPressed.connect(self.agregar_pais)
        self.nuevo_pais.setMinimumWidth(160)
        agregar = QGridLayout(self.grupo_agregar)
        agregar.addWidget(QLabel(self.tr("País:")), 0, 0)
        agregar.addWidget(self.nuevo_pais, 0, 1)
        agregar.addWidget(self.nueva_categoria, 0, 2)
        agregar.addLayout(en_linea(self.desde_fundacion, self.nuevo_desde), 1, 1)
        agregar.addWidget(self.agregar, 1, 2)
        agregar.setColumnStretch(1, 1)

        self.aviso_paises = QLabel()
        self.aviso_paises.setWordWrap(True)
        self.aviso_paises.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        disposicion = QVBoxLayout(pagina)
        disposicion.addLayout(tablas, 1)
        disposicion.addWidget(self.grupo_elegido)
        disposicion.addWidget(self.grupo_agregar)
        disposicion.addWidget(self.aviso_paises)
        desplazable.setWidget(pagina)
        return desplazable

    def _cargar_paises(self, elegir: str | None = None) -> None:
        elegido = elegir or (self.pais_elegido().pais if self.pais_elegido() else None)
        self.paises = paises_en_detalle(self.oficina.contexto)
        llenar_tabla(self.tabla_paises,
                     [[f"{p.nombre} ({p.pais})", tr(ETIQUETAS_CATEGORIA.get(p.categoria, p.categoria)),
                       fecha_desde(p.desde), str(p.activos)]
                      for p in self.paises],
                     datos=self.paises, color=lambda n: "#7b848d" if self.paises[n].categoria == "retirado" else None)
        fila = next((n for n, p in enumerate(self.paises) if p.pais == elegido), 0 if self.paises else None)
        if fila is not None:
            self.tabla_paises.selectRow(fila)
        self._pais_elegido()

    def pais_elegido(self):
        filas = self.tabla_paises.selectionModel().selectedRows() if self.tabla_paises.selectionModel() else []
        return dato_de_fila(self.tabla_paises, filas[0].row()) if filas else None

    def _pais_elegido(self) -> None:
        pais = self.pais_elegido()
        self.grupo_elegido.setEnabled(pais is not None)
        if pais is None:
            self.grupo_elegido.setTitle(self.tr("País elegido (elija uno en la tabla)"))
            self.titulo_historia.setText(self.tr("Historia de categorías"))
            llenar_tabla(self.tabla_historia, [])
            return
        self.grupo_elegido.setTitle(self.tr("{0}: cambiar su categoría o quitarlo").format(pais.nombre))
        self.titulo_historia.setText(self.tr("Historia de {0}").format(pais.nombre))
        llenar_tabla(self.tabla_historia, [[tr(ETIQUETAS_CATEGORIA.get(h["categoria"], h["categoria"])),
                                            fecha_desde(h["desde"]),
                                            h["articulo"] or ""] for h in pais.historia])
        for fila, h in enumerate(pais.historia):  # el artículo largo se lee entero al pasar el puntero
            self.tabla_historia.item(fila, 2).setToolTip(h["articulo"] or "")
        indice = self.categoria.findData(pais.categoria)
        if indice >= 0:
            self.categoria.setCurrentIndex(indice)

    def _hacer(self, accion, exito) -> bool:
        """Corre `accion()` (un servicio); muestra `exito(resultado)` o el motivo del rechazo."""
        hecho = hacer_en_la_ventana(self, self.oficina, accion, que="cambiar los países de la asociación",
                                    al_rechazar=lambda error: self._avisar(self.aviso_paises, error.mensaje,
                                                                           error=True))
        if hecho is None:
            return False
        self.cambios = True
        texto, pais = exito(hecho.resultado)
        self._cargar_paises(pais)
        self._avisar(self.aviso_paises, texto)
        return True

    def cambiar_categoria(self) -> bool:
        pais = self.pais_elegido()
        if pais is None:
            return False
        sigla = self.asociacion["sigla"]

        def exito(cambio):
            cita = f" ({cambio.articulo})" if cambio.articulo else ""
            texto = self.tr("{0} es país {1} de {2} desde el {3}{4}.").format(
                pais.nombre, tr(_CATEGORIA_EN_FRASE.get(cambio.categoria, cambio.categoria)), sigla, formato.fecha(cambio.desde), cita)
            if cambio.desde > date.today():
                texto += " " + self.tr("Todavía no rige: hasta esa fecha sigue la categoría anterior.")
            return texto, cambio.pais

        return self._hacer(lambda: fijar_categoria(self.oficina.contexto, pais.pais,
                                                   self.categoria.currentData(), self.desde.date().toPython(),
                                                   self.articulo.text() or None), exito)

    def quitar_pais(self) -> bool:
        pais = self.pais_elegido()
        if pais is None:
            return False
        desde = self.desde.date().toPython()
        if QMessageBox.question(
                self, self.tr("Quitar un país"),
                self.tr("¿Quitar {0} de la asociación desde el {1}?\n\nSu historia de categorías se conserva: antes "
                        "de esa fecha se sigue contando con la categoría que tenía.").format(
                    pais.nombre, formato.fecha(desde))) != QMessageBox.StandardButton.Yes:
            return False
        sigla = self.asociacion["sigla"]
        return self._hacer(lambda: quitar_pais(self.oficina.contexto, pais.pais, desde,
                                               self.articulo.text() or None),
                           lambda quitado: (quitado.texto(sigla), quitado.pais))

    def borrar_por_error(self) -> bool:
        pais = self.pais_elegido()
        if pais is None:
            return False
        if QMessageBox.question(
                self, self.tr("Quitar un país agregado por error"),
                self.tr("¿Borrar {0} de la asociación con toda su historia de categorías, como si nunca se hubiera "
                        "agregado?\n\nSolo se puede si ningún miembro es de ese país.").format(pais.nombre)
        ) != QMessageBox.StandardButton.Yes:
            return False
        sigla = self.asociacion["sigla"]
        return self._hacer(lambda: quitar_pais(self.oficina.contexto, pais.pais, por_error=True),
                           lambda quitado: (quitado.texto(sigla), None))

    def agregar_pais(self) -> bool:
        texto = self.nuevo_pais.text()
        categoria = self.nueva_categoria.currentData()
        desde = None if self.desde_fundacion.isChecked() else self.nuevo_desde.date().toPython()
        sigla = self.asociacion["sigla"]

        def exito(codigo):
            self.nuevo_pais.clear()
            return self.tr("{0} ({1}) es país {2} de {3}.").format(
                nombre_pais(codigo), codigo, tr(_CATEGORIA_EN_FRASE.get(categoria, categoria)), sigla), codigo

        marcar_invalido(self.nuevo_pais, None)
        hecho = self._hacer(lambda: agregar_pais(self.oficina.contexto, texto, categoria, desde), exito)
        if not hecho:
            marcar_invalido(self.nuevo_pais, self.aviso_paises.text())
        return hecho

    # --- comunes -----------------------------------------------------------------------------------
    def enfocar(self, campo: str) -> None:
        """Pone a la vista la pestaña del campo (`direccion_publica`, …) y le da el foco."""
        control = getattr(self, campo)
        for indice in range(self.pestanas.count()):
            if self.pestanas.widget(indice).isAncestorOf(control):
                self.pestanas.setCurrentIndex(indice)
        control.setFocus()

    def _avisar(self, etiqueta: QLabel, texto: str, error: bool = False) -> None:
        etiqueta.setStyleSheet(ESTILO_ERROR if error else ESTILO_BIEN)
        etiqueta.setText(texto)
        # Si la pestaña se desplaza (pantalla chica), el aviso queda a la vista una vez acomodado su alto.
        desplazable = self.pestanas.currentWidget()
        QTimer.singleShot(0, desplazable, lambda: desplazable.ensureWidgetVisible(etiqueta))


def editar_datos_de_la_asociacion(ventana, campo: str | None = None) -> None:
    """Archivo › Datos de la asociación…: abre el diálogo sobre la asociación elegida (con `campo`, ese campo a la
    vista y con el foco: «direccion_publica» desde los primeros pasos). Si se guardó algo, la ventana vuelve a cargar
    la base con la sigla nueva (título, selector y todas las áreas con los datos nuevos)."""
    if ventana.asociacion is None:
        return
    dialogo = DialogoAsociacion(ventana.oficina, ventana)
    if campo is not None:
        dialogo.enfocar(campo)
    dialogo.exec()
    cambios, sigla = dialogo.cambios, dialogo.asociacion.get("sigla")
    descartar(dialogo)
    if cambios:
        # Otro programa la cambió entretanto: se muestra la que haya.
        if consultar_en_la_ventana(ventana, lambda: elegir_asociacion(ventana.db, sigla), que="elegir la asociación",
                                   al_rechazar=lambda _error: None) is FALLO:
            sigla = None
        ventana.cargar_base(ventana.db, sigla)
