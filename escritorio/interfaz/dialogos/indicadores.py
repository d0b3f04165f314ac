"""Documentos › Indicadores…: el marco de monitoreo por miembro y año (issue 80, §4). Elegir un indicador y ver sus
valores (miembros por años, con cómo le fue a cada uno y la evidencia al pasar el ratón), registrar el valor de un
miembro en un año con su evidencia (o reemplazarlo, o quitar uno cargado por error), definir un indicador nuevo o
corregir lo escrito del elegido, y exportarlo todo a Excel.

Las reglas están en servicios/indicadores.py (las mismas de «escritorio indicadores …»): el diálogo lee los campos,
llama al servicio y muestra sus mensajes tal cual.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QGroupBox, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ...dominio import formato
from ...dominio.indicadores import DECIMALES_MAXIMOS, SENTIDOS, como_le_fue
from ...dominio.paises import nombre_pais
from ...servicios.base import hoy
from ...servicios.indicadores import (comparar, corregir_indicador, definir_indicador, exportar_indicadores,
                                      lista_de_indicadores, quitar_valor, registrar_valor)
from ...servicios.miembros import listar_miembros
from ...servicios.oficina import Oficina
from ..comun import lista_problemas, tr
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..piezas import (ESTILO_BIEN, ESTILO_ERROR, DesplazableAlAncho, DialogoBase, SelectorMiembro, en_linea,
                      guardar_documento, llenar_tabla, nota, nuevo_formulario, tabla_lectura)


class DialogoIndicadores(DialogoBase):
    """`hecho` queda en True si se definió o registró algo."""

    def __init__(self, oficina: Oficina, padre: QWidget | None = None, ajustes=None):
        super().__init__(padre, self.tr("Indicadores"))
        self.oficina, self.contexto, self.ajustes = oficina, oficina.contexto, ajustes
        self.hecho = False
        self.indicadores: list[dict] = []
        explicacion = nota(self.tr(
            "Un marco de monitoreo son valores de indicadores por miembro y año, cada uno con la evidencia que lo "
            "respalda. La memoria anual y el sitio publicado los muestran."))
        self.indicador = QComboBox()
        self.indicador.setAccessibleName(self.tr("Indicador"))
        # Un nombre largo no ensancha el diálogo (a 1024×600 y 150 % no cabría): se recorta en la lista cerrada.
        self.indicador.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.indicador.setMinimumContentsLength(14)
        self.indicador.currentIndexChanged.connect(lambda _: self.mostrar())
        self.descripcion = nota()
        self.tabla = tabla_lectura([self.tr("Miembro")], 0)
        self.tabla.setMinimumHeight(150)
        self.boton_exportar = QPushButton(self.tr("Exportar a Excel…"))
        self.boton_exportar.clicked.connect(self.exportar)

        contenido = QWidget()
        caja = QVBoxLayout(contenido)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(explicacion)
        caja.addLayout(en_linea(QLabel(self.tr("Indicador:")), self.indicador, self.boton_exportar))
        caja.addWidget(self.descripcion)
        caja.addWidget(self.tabla, 1)
        caja.addWidget(self._grupo_registrar())
        caja.addWidget(self._grupo_definir())
        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caja.addWidget(self.mensaje)
        desplazable = DesplazableAlAncho()
        desplazable.setWidget(contenido)
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        botones.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(desplazable, 1)
        disposicion.addWidget(botones)
        self.setMinimumSize(560, 360)
        self.caber_en_la_pantalla(820, 640)
        miembros = consultar_en_la_ventana(self, lambda: listar_miembros(self.contexto), que="los miembros")
        self.miembro.fijar([] if miembros is FALLO else miembros)
        self.recargar()

    def _grupo_registrar(self) -> QGroupBox:
        self.miembro = SelectorMiembro()
        self.miembro.setAccessibleName(self.tr("Miembro"))
        self.anio = QSpinBox()
        self.anio.setRange(1900, hoy().year)
        self.anio.setValue(hoy().year - 1)
        self.anio.setAccessibleName(self.tr("Año"))
        self.valor = QLineEdit()
        self.valor.setAccessibleName(self.tr("Valor"))
        self.valor.setPlaceholderText(self.tr("por ejemplo: 4,31"))
        self.evidencia = QLineEdit()
        self.evidencia.setAccessibleName(self.tr("Evidencia"))
        self.evidencia.setPlaceholderText(self.tr("el informe, la página o el enlace que lo respalda"))
        self.reemplazar = QCheckBox(self.tr("Reemplazar el valor que ya tenga ese año"))
        self.reemplazar.setToolTip(self.tr("Para corregir un valor: la bitácora guarda el anterior."))
        self.boton_registrar = QPushButton(self.tr("Registrar valor"))
        self.boton_registrar.clicked.connect(self.registrar)
        self.boton_quitar = QPushButton(self.tr("Quitar ese valor…"))
        self.boton_quitar.setToolTip(self.tr("Quita el valor del miembro en el año elegidos (uno cargado por error); "
                                             "la bitácora lo guarda."))
        self.boton_quitar.clicked.connect(self.quitar)
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Miembro:"), self.miembro)
        formulario.addRow(self.tr("Año:"), en_linea(self.anio))
        formulario.addRow(self.tr("Valor:"), self.valor)
        formulario.addRow(self.tr("Evidencia:"), self.evidencia)
        formulario.addRow("", self.reemplazar)
        grupo = QGroupBox(self.tr("Registrar el valor de un miembro"))
        caja = QVBoxLayout(grupo)
        caja.addLayout(formulario)
        caja.addLayout(en_linea(self.boton_quitar, self.boton_registrar, estirar=False))
        return grupo

    def _grupo_definir(self) -> QGroupBox:
        self.nombre = QLineEdit()
        self.nombre.setAccessibleName(self.tr("Nombre del indicador"))
        self.unidad = QLineEdit()
        self.unidad.setAccessibleName(self.tr("Unidad"))
        self.unidad.setPlaceholderText(self.tr("tCO2e/hab, %, árboles…"))
        self.sentido = QComboBox()
        self.sentido.setAccessibleName(self.tr("Sentido"))
        for codigo, texto in SENTIDOS.items():
            self.sentido.addItem(tr(texto), codigo)
        self.fuente = QLineEdit()
        self.fuente.setAccessibleName(self.tr("Fuente"))
        self.decimales = QSpinBox()
        self.decimales.setRange(0, DECIMALES_MAXIMOS)
        self.decimales.setAccessibleName(self.tr("Decimales"))
        self.boton_definir = QPushButton(self.tr("Definir indicador"))
        self.boton_definir.clicked.connect(self.definir)
        # Corregir el elegido: el mismo formulario, con lo que tiene, y «Guardar la corrección».
        self.corrigiendo: int | None = None
        self.boton_corregir = QPushButton(self.tr("Corregir el elegido…"))
        self.boton_corregir.clicked.connect(self.empezar_a_corregir)
        self.boton_cancelar = QPushButton(self.tr("Cancelar la corrección"))
        self.boton_cancelar.clicked.connect(self.dejar_de_corregir)
        self.boton_cancelar.hide()
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Nombre:"), self.nombre)
        formulario.addRow(self.tr("Unidad:"), self.unidad)
        formulario.addRow(self.tr("Sentido:"), self.sentido)
        formulario.addRow(self.tr("Fuente:"), self.fuente)
        formulario.addRow(self.tr("Decimales:"), en_linea(self.decimales))
        self.grupo_definir = QGroupBox(self.tr("Definir un indicador nuevo"))
        caja = QVBoxLayout(self.grupo_definir)
        caja.addLayout(formulario)
        caja.addLayout(en_linea(self.boton_corregir, self.boton_cancelar, self.boton_definir, estirar=False))
        return self.grupo_definir

    # --- datos ---------------------------------------------------------------------------------------------------
    def recargar(self, elegir: int | None = None) -> None:
        lista = consultar_en_la_ventana(self, lambda: lista_de_indicadores(self.contexto), que="los indicadores")
        if lista is FALLO:
            return
        actual = elegir if elegir is not None else self.indicador.currentData()
        self.indicadores = lista
        self.indicador.blockSignals(True)
        self.indicador.clear()
        for i in lista:
            self.indicador.addItem(f"{i['nombre']} ({i['unidad']})", i["id"])
        self.indicador.setCurrentIndex(max(self.indicador.findData(actual), 0))
        self.indicador.blockSignals(False)
        for pieza in (self.boton_registrar, self.boton_quitar, self.boton_exportar, self.boton_corregir):
            pieza.setEnabled(bool(lista))
        self.mostrar()

    def mostrar(self) -> None:
        indicador_id = self.indicador.currentData()
        if indicador_id is None:
            self.descripcion.setText(self.tr("Todavía no hay indicadores: defina el primero abajo."))
            self.tabla.setColumnCount(1)
            llenar_tabla(self.tabla, [])
            return
        c = consultar_en_la_ventana(self, lambda: comparar(self.contexto, indicador_id), que="los valores")
        if c is FALLO:
            return
        i = c.indicador
        fuente = self.tr(" Fuente: {0}.").format(i["fuente"]) if i["fuente"] else ""
        self.descripcion.setText(self.tr("{0}.{1} Mejoraron {2}; empeoraron {3}.").format(
            tr(SENTIDOS[i["sentido"]]), fuente, c.mejoraron, c.empeoraron))
        columnas = [self.tr("Miembro"), self.tr("País"), *map(str, c.anios), self.tr("Cómo le fue")]
        self.tabla.setColumnCount(len(columnas))
        self.tabla.setHorizontalHeaderLabels(columnas)
        filas = [[f.miembro, nombre_pais(f.pais or ""),
                  *("—" if f.valores[a] is None else formato.decimal(f.valores[a], i["decimales"]) for a in c.anios),
                  como_le_fue(f.variacion) if f.variacion else ""] for f in c.filas]
        llenar_tabla(self.tabla, filas, datos=c.filas)
        for fila, f in enumerate(c.filas):   # la evidencia de cada valor, al pasar el ratón
            for columna, anio in enumerate(c.anios, start=2):
                if anio in f.evidencias:
                    self.tabla.item(fila, columna).setToolTip(f.evidencias[anio])

    # --- acciones ------------------------------------------------------------------------------------------------
    def registrar(self) -> None:
        miembro = self.miembro.miembro_id()
        if miembro is None:
            self._mostrar(self.tr("Elija el miembro de la lista."), ESTILO_ERROR)
            return
        indicador_id = self.indicador.currentData()
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: registrar_valor(
            self.contexto, indicador_id, miembro, self.anio.value(), self.valor.text(), self.evidencia.text(),
            reemplazar=self.reemplazar.isChecked()), que="registrar el valor de un indicador",
            al_rechazar=lambda error: self._mostrar(lista_problemas(error), ESTILO_ERROR))
        if hecho is None:
            return
        self.hecho = True
        self.valor.clear()
        self.evidencia.clear()
        self.reemplazar.setChecked(False)
        self.recargar()
        self._mostrar(hecho.resultado.resumen(), ESTILO_BIEN)

    def definir(self) -> None:
        """Define uno nuevo o, corrigiendo el elegido, guarda la corrección (el mismo formulario)."""
        if self.corrigiendo is not None:
            self.guardar_correccion()
            return
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: definir_indicador(
            self.contexto, self.nombre.text(), self.unidad.text(), self.sentido.currentData(),
            self.fuente.text().strip() or None, None, self.decimales.value()), que="definir un indicador",
            al_rechazar=lambda error: self._mostrar(lista_problemas(error), ESTILO_ERROR))
        if hecho is None:
            return
        self.hecho = True
        nombre = self.nombre.text().strip()
        for campo in (self.nombre, self.unidad, self.fuente):
            campo.clear()
        self.recargar(elegir=hecho.resultado)
        self._mostrar(self.tr("Indicador «{0}» definido: registre sus valores arriba.").format(nombre), ESTILO_BIEN)

    def empezar_a_corregir(self) -> None:
        elegido = next((i for i in self.indicadores if i["id"] == self.indicador.currentData()), None)
        if elegido is None:
            return
        self.corrigiendo = elegido["id"]
        self.nombre.setText(elegido["nombre"])
        self.unidad.setText(elegido["unidad"])
        self.sentido.setCurrentIndex(max(self.sentido.findData(elegido["sentido"]), 0))
        self.fuente.setText(elegido["fuente"] or "")
        self.decimales.setValue(elegido["decimales"])
        self.grupo_definir.setTitle(self.tr("Corregir «{0}»").format(elegido["nombre"]))
        self.boton_definir.setText(self.tr("Guardar la corrección"))
        self.boton_cancelar.show()
        self.nombre.setFocus()

    def dejar_de_corregir(self) -> None:
        self.corrigiendo = None
        for campo in (self.nombre, self.unidad, self.fuente):
            campo.clear()
        self.grupo_definir.setTitle(self.tr("Definir un indicador nuevo"))
        self.boton_definir.setText(self.tr("Definir indicador"))
        self.boton_cancelar.hide()

    def guardar_correccion(self) -> None:
        indicador_id = self.corrigiendo
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: corregir_indicador(
            self.contexto, indicador_id, nombre=self.nombre.text(), unidad=self.unidad.text(),
            sentido=self.sentido.currentData(), fuente=self.fuente.text().strip() or None,
            decimales=self.decimales.value()), que="corregir un indicador",
            al_rechazar=lambda error: self._mostrar(lista_problemas(error), ESTILO_ERROR))
        if hecho is None:
            return
        self.hecho = True
        self.dejar_de_corregir()
        self.recargar(elegir=indicador_id)
        self._mostrar(self.tr("Indicador «{0}» corregido.").format(hecho.resultado["nombre"]), ESTILO_BIEN)

    def quitar(self) -> None:
        miembro, anio = self.miembro.miembro_id(), self.anio.value()
        if miembro is None:
            self._mostrar(self.tr("Elija el miembro de la lista."), ESTILO_ERROR)
            return
        if QMessageBox.question(self, self.tr("Quitar el valor"), self.tr(
                "¿Quitar el valor de {0} en {1}? La bitácora lo guarda.").format(self.miembro.currentText(), anio)
                ) != QMessageBox.StandardButton.Yes:
            return
        indicador_id = self.indicador.currentData()
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: quitar_valor(self.contexto, indicador_id, miembro, anio),
                                    que="quitar el valor de un indicador",
                                    al_rechazar=lambda error: self._mostrar(lista_problemas(error), ESTILO_ERROR))
        if hecho is None:
            return
        self.hecho = True
        self.recargar()
        self._mostrar(self.tr("Quitado el valor de {0} en {1}.").format(hecho.resultado.miembro, anio), ESTILO_BIEN)

    def exportar(self) -> None:
        guardar_documento(self, self.tr("Exportar los indicadores"), self.tr("indicadores.xlsx"),
                          lambda ruta: exportar_indicadores(self.contexto, ruta), self.ajustes)

    def _mostrar(self, texto: str, estilo: str) -> None:
        self.mensaje.setText(texto)
        self.mensaje.setStyleSheet(estilo)
