"""La pestaña «Política» de Datos personales: la política de datos de la asociación (el país de su ley, un plazo
propio, a quién se dirigen las solicitudes, cuánto se conservan los contactos de los miembros que se fueron y las
direcciones que rebotan), para qué y con qué fundamento se guarda cada clase de datos, lo que ya no hace falta
conservar (y suprimirlo) y el registro de las actividades de tratamiento en PDF o Excel. Lo mismo que «escritorio
derechos politica | tratamientos | vencidos | registro-de-actividades».
"""

from PySide6.QtWidgets import (QComboBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QMenu, QMessageBox, QPushButton,
                               QScrollArea, QSpinBox, QVBoxLayout, QWidget)

from ....dominio import formato
from ....dominio.datos_personales import LEYES
from ....dominio.paises import nombre_pais, todos_los_paises
from ....errores import ErrorEscritorio
from ....servicios.base import hoy
from ....servicios.conservacion_de_datos import PropuestaDeConservacion, suprimir_vencidos, vencidos
from ....servicios.solicitudes_de_datos import (Politica, descripcion_de_la_ley, fijar_politica, politica,
                                                tratamientos)
from ...comun import descartar, lista_problemas, marcar_invalido, tr
from ...flujo import FilaFluida
from ...iconos import icono
from ...modelos.tabla import Columna, ModeloTabla, crear_tabla, fila_elegida
from ...operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ...orden_alfabetico import clave_en_la_ventana
from ...piezas import ESTILO_ERROR, guardar_documento, nombre_de_archivo, nota, nuevo_formulario, subtitulo
from .pestana import AreaDatosPersonales, Pestana

SIN_FIJAR, OTRO = "", "otro"
PAISES_CON_LEY = tuple(sorted({ley.pais for ley in LEYES}))


def _numero(maximo: int = 9999, sufijo: str = "") -> QSpinBox:
    """Un número entero; el servicio dice si está en su rango (y marca el campo si no)."""
    campo = QSpinBox()
    campo.setRange(0, maximo)
    if sufijo:
        campo.setSuffix(sufijo)
    campo.setMinimumWidth(110)
    return campo


def _columnas_de_tratamiento() -> list[Columna]:
    return [Columna(tr("Clase de datos"), lambda t: t["nombre"], ayuda=lambda t: t["datos"], ancho=190),
            Columna(tr("Base legal"), lambda t: t["base_legal"], ayuda=lambda t: t["base_legal"], ancho=170),
            Columna(tr("Finalidad"), lambda t: t["finalidad"], ayuda=lambda t: t["finalidad"], ancho=170),
            Columna(tr("Conservación"), lambda t: t["conservacion"], ayuda=lambda t: t["conservacion"], ancho=170),
            Columna(tr("Fijada por"), lambda t: tr("la asociación") if t["propio"] else tr("Escritorio (por omisión)"),
                    ancho=140)]


def _filas_vencidas(propuesta: PropuestaDeConservacion) -> list[dict]:
    contactos = [{"que": tr("Contacto de un miembro que se fue"), "quien": c["nombre"], "miembro": c["miembro"],
                  "desde": tr("se fue el {0}").format(formato.fecha(c["baja_desde"]))} for c in propuesta.contactos]
    rebotes = [{"que": tr("Dirección que rebota"), "quien": tr("{0} ({1})").format(r["correo"], r["nombre"]),
                "miembro": r["miembro"],
                "desde": tr("rebota desde el {0}").format(formato.fecha(str(r["rebote"])[:10]))}
               for r in propuesta.rebotes]
    return contactos + rebotes


class PestanaPolitica(Pestana):
    """La política, los tratamientos, lo vencido y el registro de actividades."""

    def __init__(self, area: AreaDatosPersonales):
        super().__init__(area)
        self.propuesta: PropuestaDeConservacion | None = None
        contenido = QWidget()
        grilla = QGridLayout(contenido)
        grilla.addWidget(self._seccion_politica(), 0, 0)
        grilla.addWidget(self._seccion_tratamientos(), 0, 1)
        self.seccion_vencidos = self._seccion_vencidos()
        grilla.addWidget(self.seccion_vencidos, 1, 0, 1, 2)
        grilla.setColumnStretch(0, 1)
        grilla.setColumnStretch(1, 1)
        grilla.setRowStretch(1, 1)
        self.desplazable = QScrollArea()
        self.desplazable.setWidgetResizable(True)
        self.desplazable.setFrameShape(QScrollArea.Shape.NoFrame)
        self.desplazable.setWidget(contenido)
        disposicion = QVBoxLayout(self)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.addWidget(self.desplazable)

    # --- construcción -----------------------------------------------------------------------------------------
    def _seccion_politica(self) -> QWidget:
        self.pais = QComboBox()
        self.pais.addItem(self.tr("Sin fijar"), SIN_FIJAR)
        for codigo in sorted(PAISES_CON_LEY, key=lambda c: clave_en_la_ventana(nombre_pais(c))):
            self.pais.addItem(nombre_pais(codigo), codigo)
        self.pais.addItem(self.tr("Otro país (sin ley conocida)…"), OTRO)
        self.pais.currentIndexChanged.connect(lambda _: self._pais_elegido())
        self.otro_pais = QComboBox()
        self.otro_pais.setAccessibleName(self.tr("Otro país"))
        otros = {c: n for c, n in todos_los_paises().items() if c not in PAISES_CON_LEY}
        for codigo in sorted(otros, key=lambda c: clave_en_la_ventana(otros[c])):
            self.otro_pais.addItem(otros[codigo], codigo)
        self.ley = nota()
        for lista in (self.pais, self.otro_pais):   # en una pantalla chica se angostan: el nombre largo se recorta
            lista.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            lista.setMinimumContentsLength(16)
        self.dias_propios = _numero(sufijo=self.tr(" días corridos"))
        self.dias_propios.setSpecialValueText(self.tr("el de la ley"))
        self.contacto = QLineEdit()
        self.contacto.setPlaceholderText(self.tr("un correo o una dirección, por ejemplo datos@red.org"))
        self.encargado = QLineEdit()
        self.encargado.setPlaceholderText(self.tr("nombre y contacto, por ejemplo Ana Ruiz, dpo@red.org"))
        self.anios = _numero(sufijo=self.tr(" años"))
        self.meses = _numero(sufijo=self.tr(" meses"))
        self.dias_aviso = _numero(sufijo=self.tr(" días"))
        self._campos = {"pais": self.pais, "dias_propios": self.dias_propios, "contacto": self.contacto,
                        "encargado": self.encargado, "anios_contactos_de_bajas": self.anios,
                        "meses_rebotes": self.meses,
                        "dias_de_aviso": self.dias_aviso}
        formulario = nuevo_formulario()
        formulario.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        formulario.addRow(self.tr("&País de la ley:"), self.pais)
        self.rotulo_otro = QLabel(self.tr("&Otro país:"))
        self.rotulo_otro.setBuddy(self.otro_pais)
        formulario.addRow(self.rotulo_otro, self.otro_pais)
        formulario.addRow(self.ley)
        formulario.addRow(self.tr("Pla&zo propio:"), self.dias_propios)
        formulario.addRow(self.tr("&Contacto para solicitudes:"), self.contacto)
        formulario.addRow(self.tr("&Encargado de datos:"), self.encargado)
        formulario.addRow(self.tr("Contactos de &bajas, hasta:"), self.anios)
        formulario.addRow(self.tr("Direcciones que &rebotan, hasta:"), self.meses)
        formulario.addRow(self.tr("A&visar antes de vencer:"), self.dias_aviso)
        # Lo que quiere decir cada número, en la ayuda de su rótulo (la del campo dice, si lo hay, su problema).
        for campo, ayuda in (
                (self.encargado, self.tr("El encargado de datos (LGPD, art. 41: encarregado): sale en cada carta, en "
                                         "el aviso de privacidad del sitio y en el registro de actividades.")),
                (self.dias_propios, self.tr("Un plazo en días corridos para toda solicitud, si la asesoría legal de la "
                                            "asociación lo indica; en cero, el de la ley para cada derecho.")),
                (self.anios, self.tr("Los contactos de un miembro que se fue se proponen para suprimir pasados estos "
                                     "años desde su baja.")),
                (self.meses, self.tr("Una dirección de un contacto que rebota se propone para suprimir pasados estos "
                                     "meses.")),
                (self.dias_aviso, self.tr("Próximos pasos muestra una solicitud abierta como urgente estos días antes "
                                          "de que venza."))):
            formulario.labelForField(campo).setToolTip(ayuda)
        self.boton_guardar = QPushButton(icono("guardar"), self.tr("Guardar la política"))
        self.boton_guardar.clicked.connect(self.guardar)
        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        self.guardada = nota()
        self.boton_registro = QPushButton(icono("informe"), self.tr("Registro de actividades…"))
        self.boton_registro.setToolTip(self.tr(
            "Qué datos personales trata la asociación, de quiénes, para qué, con qué fundamento y cuánto los conserva "
            "(LGPD, art. 37; RGPD, art. 30)"))
        menu = QMenu(self.boton_registro)
        menu.addAction(icono("pdf"), self.tr("En PDF…"), lambda: self.registro_de_actividades(".pdf"))
        menu.addAction(icono("excel"), self.tr("En Excel…"), lambda: self.registro_de_actividades(".xlsx"))
        self.boton_registro.setMenu(menu)
        botones = FilaFluida()
        botones.addWidget(self.boton_guardar)
        botones.addWidget(self.boton_registro)
        botones.addStretch(1)
        seccion = QWidget()
        caja = QVBoxLayout(seccion)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(subtitulo(self.tr("La política de datos")))
        caja.addLayout(formulario)
        caja.addWidget(self.mensaje)
        caja.addWidget(self.guardada)
        caja.addLayout(botones)
        caja.addStretch(1)
        return seccion

    def _seccion_tratamientos(self) -> QWidget:
        self.modelo_tratamientos = ModeloTabla(_columnas_de_tratamiento(), self)
        self.tabla_tratamientos = crear_tabla(self.modelo_tratamientos, ordenable=False)
        self.tabla_tratamientos.setAccessibleName(self.tr("Para qué se guarda cada clase de datos"))
        self.tabla_tratamientos.activated.connect(lambda _: self.editar_tratamiento())
        self.tabla_tratamientos.selectionModel().selectionChanged.connect(
            lambda *_: self.boton_editar.setEnabled(fila_elegida(self.tabla_tratamientos) is not None))
        rotulo = subtitulo(self.tr("Para qué se guarda cada dato"))
        rotulo.setBuddy(self.tabla_tratamientos)
        self.boton_editar = QPushButton(icono("editar"), self.tr("Editar…"))
        self.boton_editar.clicked.connect(self.editar_tratamiento)
        self.boton_editar.setEnabled(False)
        botones = FilaFluida()
        botones.addWidget(self.boton_editar)
        botones.addStretch(1)
        seccion = QWidget()
        caja = QVBoxLayout(seccion)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(rotulo)
        caja.addWidget(self.tabla_tratamientos, 1)
        caja.addWidget(nota(self.tr("La base legal, la finalidad y la conservación de cada clase: las que fijó la "
                                    "asociación o, si no las cambió, las de Escritorio (en la guía).")))
        caja.addLayout(botones)
        return seccion

    def _seccion_vencidos(self) -> QWidget:
        self.modelo_vencidos = ModeloTabla([
            Columna(tr("Qué"), lambda v: v["que"], ancho=230), Columna(tr("Quién"), lambda v: v["quien"], ancho=260),
            Columna(tr("Miembro"), lambda v: v["miembro"], ancho=160), Columna(tr("Desde"), lambda v: v["desde"],
                                                                                   ancho=160)], self)
        self.tabla_vencidos = crear_tabla(self.modelo_vencidos)
        self.tabla_vencidos.setAccessibleName(self.tr("Lo que ya no hace falta conservar"))
        self.tabla_vencidos.setMinimumHeight(140)
        rotulo = subtitulo(self.tr("Lo que ya no hace falta conservar"))
        rotulo.setBuddy(self.tabla_vencidos)
        self.explicacion_vencidos = nota()
        self.boton_suprimir = QPushButton(icono("suprimir"), self.tr("Suprimir lo vencido…"))
        self.boton_suprimir.clicked.connect(self.suprimir_lo_vencido)
        botones = FilaFluida()
        botones.addWidget(self.boton_suprimir)
        botones.addStretch(1)
        seccion = QWidget()
        caja = QVBoxLayout(seccion)
        caja.setContentsMargins(0, 8, 0, 0)
        caja.addWidget(rotulo)
        caja.addWidget(self.explicacion_vencidos)
        caja.addWidget(self.tabla_vencidos, 1)
        caja.addLayout(botones)
        return seccion

    # --- datos ------------------------------------------------------------------------------------------------
    def recargar(self) -> None:
        contexto = self.contexto
        leido = consultar_en_la_ventana(self, lambda: (politica(contexto), descripcion_de_la_ley(contexto),
                                                       tratamientos(contexto), vencidos(contexto)),
                                        que="política de datos")
        if leido is FALLO:
            return
        actual, ley, lista, propuesta = leido
        self._mostrar_politica(actual, ley)
        elegida = fila_elegida(self.tabla_tratamientos)
        self.modelo_tratamientos.cargar(lista)
        self.tabla_tratamientos.selectRow(next((n for n, t in enumerate(lista)
                                                if elegida is not None and t["clase"] == elegida["clase"]), 0))
        self._todas_las_clases_a_la_vista()
        self.boton_editar.setEnabled(fila_elegida(self.tabla_tratamientos) is not None)
        self.propuesta = propuesta
        self.modelo_vencidos.cargar(_filas_vencidas(propuesta))
        self.explicacion_vencidos.setText(self.tr(
            "Según la política: los contactos de los miembros que se fueron hace más de {0} años y las direcciones que "
            "rebotan desde hace más de {1} meses. Suprimirlos registra una solicitud de supresión de la asociación por "
            "cada uno.").format(propuesta.anios, propuesta.meses) if propuesta.contactos or propuesta.rebotes else
            self.tr("Nada: todo lo que la base conserva hace falta según la política ({0} años para los contactos de "
                    "los miembros que se fueron, {1} meses para las direcciones que rebotan).").format(
                propuesta.anios, propuesta.meses))
        self.boton_suprimir.setEnabled(bool(propuesta.contactos or propuesta.rebotes))

    def _mostrar_politica(self, p: Politica, ley: str) -> None:
        if p.pais is None:
            self.pais.setCurrentIndex(self.pais.findData(SIN_FIJAR))
        elif p.pais in PAISES_CON_LEY:
            self.pais.setCurrentIndex(self.pais.findData(p.pais))
        else:
            self.pais.setCurrentIndex(self.pais.findData(OTRO))
            self.otro_pais.setCurrentIndex(max(self.otro_pais.findData(p.pais), 0))
        self.ley.setText(self.tr("Ley que aplica: {0}.").format(ley))
        self.dias_propios.setValue(p.dias_propios or 0)
        self.contacto.setText(p.contacto or "")
        self.encargado.setText(p.encargado or "")
        for campo in (self.contacto, self.encargado):   # se lee desde el comienzo, no desde el final
            campo.setCursorPosition(0)
        self.anios.setValue(p.anios_contactos_de_bajas)
        self.meses.setValue(p.meses_rebotes)
        self.dias_aviso.setValue(p.dias_de_aviso)
        self._pais_elegido()

    def _todas_las_clases_a_la_vista(self) -> None:
        """La tabla de los tratamientos mide lo que sus filas (son pocas, siempre las mismas): se ven todas."""
        tabla = self.tabla_tratamientos
        tabla.setMinimumHeight(tabla.verticalHeader().length() + tabla.horizontalHeader().height()
                               + tabla.horizontalScrollBar().sizeHint().height() + 2 * tabla.frameWidth() + 2)

    def _pais_elegido(self) -> None:
        otro = self.pais.currentData() == OTRO
        self.otro_pais.setVisible(otro)
        self.rotulo_otro.setVisible(otro)

    def mostrar_vencidos(self) -> None:
        """Lleva la vista a «Lo que ya no hace falta conservar» (desde Próximos pasos)."""
        self.desplazable.ensureWidgetVisible(self.seccion_vencidos)
        self.tabla_vencidos.setFocus()

    # --- acciones ---------------------------------------------------------------------------------------------
    def guardar(self) -> None:
        pais = self.otro_pais.currentData() if self.pais.currentData() == OTRO else self.pais.currentData()
        valores = dict(pais=pais, dias_propios=self.dias_propios.value(), contacto=self.contacto.text(),
                       encargado=self.encargado.text(), anios_contactos_de_bajas=self.anios.value(),
                       meses_rebotes=self.meses.value(),
                       dias_de_aviso=self.dias_aviso.value())
        for campo in self._campos.values():
            marcar_invalido(campo, None)
        self.mensaje.hide()
        self.guardada.clear()
        contexto = self.contexto
        if hacer_en_la_ventana(self, self.oficina, lambda: fijar_politica(contexto, **valores),
                               que="guardar la política de datos", al_rechazar=self._rechazada) is None:
            return
        self.area.recargar()
        self.guardada.setText(self.tr("Política guardada."))

    def _rechazada(self, error: ErrorEscritorio) -> None:
        for campo, motivo in getattr(error, "campos", {}).items():
            if campo in self._campos:
                marcar_invalido(self._campos[campo], str(motivo))
        self.mensaje.setText(lista_problemas(error))
        self.mensaje.show()

    def editar_tratamiento(self) -> None:
        from ...dialogos.datos_personales import DialogoTratamiento

        elegido = fila_elegida(self.tabla_tratamientos)
        if elegido is None:
            return
        dialogo = DialogoTratamiento(self.oficina, elegido, self)
        dialogo.exec()
        hecho = dialogo.tratamiento
        descartar(dialogo)
        if hecho is not None:
            self.area.recargar()

    def suprimir_lo_vencido(self) -> None:
        propuesta = self.propuesta
        if propuesta is None or not (propuesta.contactos or propuesta.rebotes):
            return
        titulo = self.tr("Suprimir lo vencido")
        if QMessageBox.question(self, titulo, self.tr(
                "¿Suprimir {0} y {1}? Por cada uno se registra una solicitud de supresión de la asociación, y se "
                "suprime como la que pide una persona: no se puede deshacer.").format(
                formato.cuantos(len(propuesta.contactos), self.tr("{0} contacto de un miembro que se fue"),
                                self.tr("{0} contactos de miembros que se fueron")),
                formato.cuantos(len(propuesta.rebotes), self.tr("{0} dirección que rebota"),
                                self.tr("{0} direcciones que rebotan"))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        contexto = self.contexto
        hecho = hacer_en_la_ventana(self, self.oficina, lambda _informar: suprimir_vencidos(contexto),
                                    que="suprimir lo vencido", en_segundo_plano=True, titulo=titulo, cancelable=False)
        if hecho is None:
            return
        self.area.recargar()
        r = hecho.resultado
        texto = self.tr("Suprimidos: {0} y {1} ({2}).").format(
            formato.cuantos(len(r.contactos), self.tr("{0} contacto de un miembro que se fue"),
                            self.tr("{0} contactos de miembros que se fueron")),
            formato.cuantos(r.direcciones, self.tr("{0} dirección que rebotaba"),
                            self.tr("{0} direcciones que rebotaban")),
            formato.cuantos(r.valores_suprimidos,
                            self.tr("{0} valor de la historia de cambios que ya no se puede leer"),
                            self.tr("{0} valores de la historia de cambios que ya no se pueden leer")))
        if not r.archivo_limpio:
            texto += "\n\n" + self.tr("El archivo de la base no se pudo reescribir ahora (otro programa lo tiene "
                                      "abierto): lo borrado puede quedar en su espacio libre hasta entonces. Se "
                                      "reescribe solo al cerrar la base.")
        QMessageBox.information(self, titulo, texto)

    def registro_de_actividades(self, extension: str) -> None:
        from ....servicios.registro_de_actividades import escribir_registro

        contexto, sigla = self.contexto, self.oficina.asociacion["sigla"] or ""
        nombre = f"registro-de-actividades-{nombre_de_archivo(sigla)}-{hoy().isoformat()}{extension}"
        # El diálogo de guardar ya preguntó antes de reemplazar un archivo que existe.
        guardar_documento(self, self.tr("Registro de las actividades de tratamiento"), nombre,
                          lambda ruta: escribir_registro(contexto, ruta, reemplazar=True), self.area.ajustes)
