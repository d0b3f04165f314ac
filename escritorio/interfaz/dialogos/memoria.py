"""Documentos › Memoria anual…: la memoria de un año. Aquí la secretaría escribe la introducción y las secciones de
texto libre (guardadas en la base por año), y la mira, la imprime o la guarda en PDF/A (con su código de
verificación) y en Excel. La memoria la arma y la escribe `servicios.memoria.anual` (lo mismo que «escritorio memoria»):
este diálogo solo pide el año, los textos y dónde guardarla (el diálogo de guardar pregunta antes de reemplazar un
archivo que ya existe)."""

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox,
                               QVBoxLayout, QWidget)

from ...errores import ErrorConflicto, ErrorEscritorio, ErrorValidacion
from ...servicios.base import hoy
from ...servicios.memoria.anual import generar_memoria, titulo_de_la_memoria
from ...servicios.memoria.secciones import lugares
from ...servicios.memoria.textos import (SeccionPropia, agregar_seccion, editar_seccion, fijar_introduccion,
                                         lugar_en_palabras, mover_seccion, quitar_seccion, textos_de_la_memoria)
from ...servicios.oficina import Oficina
from ..operaciones import hacer_en_la_ventana
from ..comun import descartar, marcar_invalido
from .conflicto import RECARGAR, SOBRESCRIBIR, preguntar_conflicto
from ..iconos import icono
from ..piezas import ESTILO_ERROR, DialogoBase, guardar_documento, nombre_de_archivo, nota
from ..piezas.de_la_oficina import DeLaOficina
from ..piezas.vista_previa import DocumentoParaVer, mostrar_vista_previa


class DialogoSeccionMemoria(DeLaOficina, DialogoBase):
    """Agregar (sin `seccion`) o corregir una sección de texto libre de la memoria del año. Tras cerrar, `guardada`
    es su número (o None)."""

    def __init__(self, oficina: Oficina, anio: int, seccion: SeccionPropia | None = None,
                 padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.anio, self.seccion = oficina, anio, seccion
        self.guardada: int | None = None
        self.setWindowTitle(self.tr("Corregir la sección") if seccion else self.tr("Nueva sección de la memoria"))
        self.titulo = QLineEdit(seccion["titulo"] if seccion else "")
        self.titulo.setPlaceholderText(self.tr("por ejemplo: Hitos del año"))
        self.lugar = QComboBox()
        self.lugar.addItem(self.tr("Al final de la memoria"), None)
        for clave, titulo in lugares():
            self.lugar.addItem(self.tr("Después de «{0}»").format(titulo), clave)
        if seccion:
            self.lugar.setCurrentIndex(max(0, self.lugar.findData(seccion["despues_de"])))
        self.texto = QPlainTextEdit(seccion["texto"] if seccion else "")
        self.texto.setPlaceholderText(self.tr("El texto de la sección; los párrafos, separados por una línea en blanco."))
        formulario = QFormLayout()
        formulario.addRow(self.tr("Título:"), self.titulo)
        formulario.addRow(self.tr("Va:"), self.lugar)
        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        botones = QDialogButtonBox()
        self.boton_guardar = botones.addButton(self.tr("Guardar"), QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_guardar.clicked.connect(lambda: self.guardar())
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(nota(self.tr("Memoria {0}.").format(anio)))
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.texto, 1)
        disposicion.addWidget(self.mensaje)
        disposicion.addWidget(botones)
        self.setMinimumSize(560, 380)

    def guardar(self, leida: SeccionPropia | None = None) -> None:
        for widget in (self.titulo, self.texto, self.lugar):
            marcar_invalido(widget, None)
        def guardar():
            if self.seccion is None:
                return agregar_seccion(self.contexto, self.anio, self.titulo.text(), self.texto.toPlainText(),
                                       self.lugar.currentData())
            editar_seccion(self.contexto, self.seccion["id"], self.titulo.text(), self.texto.toPlainText(),
                           self.lugar.currentData(), leida=leida or self.seccion)
            return self.seccion["id"]

        hecho = hacer_en_la_ventana(self, self.oficina, guardar, que="sección de la memoria",
                                    al_rechazar=self._rechazada)
        if hecho is None:
            return
        self.guardada = hecho.resultado
        self.accept()

    def _rechazada(self, error: ErrorEscritorio) -> None:
        if isinstance(error, ErrorConflicto):
            # Otro programa la corrigió mientras el formulario estaba abierto: nada se pisa sin preguntar.
            respuesta = preguntar_conflicto(self, error, self.tr("la sección"))
            if respuesta == SOBRESCRIBIR:
                self.guardar(error.actual)
            elif respuesta == RECARGAR:
                self.seccion = error.actual
                self.titulo.setText(self.seccion["titulo"])
                self.texto.setPlainText(self.seccion["texto"])
                self.lugar.setCurrentIndex(max(0, self.lugar.findData(self.seccion["despues_de"])))
        elif isinstance(error, ErrorValidacion):
            for campo, widget in (("titulo", self.titulo), ("texto", self.texto), ("despues_de", self.lugar)):
                marcar_invalido(widget, error.campos.get(campo))
            self._error("\n".join(dict.fromkeys(error.campos.values())) or error.mensaje)
        else:
            self._error(error.mensaje)

    def _error(self, texto: str) -> None:
        self.mensaje.setText(texto)
        self.mensaje.show()


class DialogoMemoria(DeLaOficina, DialogoBase):
    """La memoria anual: el año, sus textos y cómo sacarla (ver, guardar en PDF, guardar en Excel)."""

    def __init__(self, oficina: Oficina, padre: QWidget | None = None, ajustes: QSettings | None = None,
                 anio: int | None = None):
        super().__init__(padre)
        self.oficina, self._ajustes = oficina, ajustes
        self.setWindowTitle(self.tr("Memoria anual"))
        self.secciones: list[SeccionPropia] = []
        self._introduccion_guardada = ""

        self.anio = QSpinBox()
        self.anio.setRange(1900, hoy().year)
        self.anio.setValue(anio or hoy().year)
        self.anio.setKeyboardTracking(False)
        self._anio_a_la_vista = self.anio.value()
        self.anio.valueChanged.connect(self._anio_cambiado)
        fila_anio = QHBoxLayout()
        fila_anio.addWidget(QLabel(self.tr("Año:")))
        fila_anio.addWidget(self.anio)
        self.explicacion = nota()
        self.explicacion.setWordWrap(True)
        fila_anio.addWidget(self.explicacion, 1)

        self.introduccion = QPlainTextEdit()
        self.introduccion.setPlaceholderText(self.tr(
            "La introducción de la memoria (opcional): lo que la secretaría quiere destacar del año. Los párrafos, "
            "separados por una línea en blanco."))
        self.introduccion.textChanged.connect(self._marcar_pendiente)
        self.introduccion.setMinimumHeight(70)
        self.boton_guardar_introduccion = QPushButton(icono("guardar"), self.tr("Guardar la introducción"))
        self.boton_guardar_introduccion.clicked.connect(self.guardar_introduccion)
        self.estado_introduccion = nota()
        caja = QGroupBox(self.tr("Introducción"))
        columna = QVBoxLayout(caja)
        columna.addWidget(self.introduccion, 1)
        fila = QHBoxLayout()
        fila.addWidget(self.estado_introduccion, 1)
        fila.addWidget(self.boton_guardar_introduccion)
        columna.addLayout(fila)

        self.lista = QListWidget()
        self.lista.setMinimumHeight(50)
        self.lista.currentRowChanged.connect(lambda _: self._elegida())
        self.lista.itemDoubleClicked.connect(lambda _: self.corregir_seccion())
        self.boton_agregar = QPushButton(icono("nuevo"), self.tr("Agregar…"))
        self.boton_agregar.clicked.connect(self.agregar_seccion)
        self.boton_corregir = QPushButton(icono("editar"), self.tr("Corregir…"))
        self.boton_corregir.clicked.connect(self.corregir_seccion)
        self.boton_subir = QPushButton(self.tr("Subir"))
        self.boton_subir.clicked.connect(lambda: self.mover(-1))
        self.boton_bajar = QPushButton(self.tr("Bajar"))
        self.boton_bajar.clicked.connect(lambda: self.mover(1))
        self.boton_quitar = QPushButton(icono("eliminar"), self.tr("Quitar"))
        self.boton_quitar.clicked.connect(self.quitar_seccion)
        propias = QGroupBox(self.tr("Secciones propias"))
        columna = QVBoxLayout(propias)
        columna.addWidget(self.lista, 1)
        fila = QHBoxLayout()
        for boton in (self.boton_agregar, self.boton_corregir, self.boton_subir, self.boton_bajar, self.boton_quitar):
            fila.addWidget(boton)
        fila.addStretch(1)
        columna.addLayout(fila)

        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        self.hecho = nota()
        self.hecho.setWordWrap(True)
        self.hecho.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        botones = QDialogButtonBox()
        self.boton_ver = botones.addButton(self.tr("Ver e imprimir…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.boton_ver.setIcon(icono("imprimir"))
        self.boton_pdf = botones.addButton(self.tr("Guardar en PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.boton_pdf.setIcon(icono("pdf"))
        self.boton_excel = botones.addButton(self.tr("Guardar en Excel…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.boton_excel.setIcon(icono("excel"))
        botones.addButton(self.tr("Cerrar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_ver.clicked.connect(self.ver)
        self.boton_pdf.clicked.connect(self.guardar_pdf)
        self.boton_excel.clicked.connect(self.guardar_excel)
        botones.rejected.connect(self.reject)

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(fila_anio)
        disposicion.addWidget(caja, 3)
        disposicion.addWidget(propias, 2)
        disposicion.addWidget(self.mensaje)
        disposicion.addWidget(self.hecho)
        disposicion.addWidget(botones)
        self.setMinimumSize(640, 400)
        self.caber_en_la_pantalla(760, 620)
        self._leer()

    # --- los textos del año ---------------------------------------------------------------------------------
    def _leer(self) -> None:
        anio = self.anio.value()
        self._anio_a_la_vista = anio
        textos = textos_de_la_memoria(self.contexto, anio)
        self._introduccion_guardada = textos.introduccion or ""
        self.introduccion.blockSignals(True)
        self.introduccion.setPlainText(self._introduccion_guardada)
        self.introduccion.blockSignals(False)
        self.secciones = textos.secciones
        actual = self.lista.currentRow()
        self.lista.clear()
        for s in self.secciones:
            item = QListWidgetItem(f"{s['titulo']}  ·  {lugar_en_palabras(s['despues_de'])}")
            item.setData(Qt.ItemDataRole.UserRole, s["id"])
            item.setToolTip(s["texto"][:600])
            self.lista.addItem(item)
        if self.secciones:
            self.lista.setCurrentRow(min(max(actual, 0), len(self.secciones) - 1))
        self.explicacion.setText(self.tr(
            "Miembros, sesiones, resoluciones, elecciones, unidades temáticas y cuotas salen de la base al hacerla; "
            "aquí se escribe lo que no está en ella.") if anio < hoy().year else self.tr(
            "El año todavía no terminó: la memoria cuenta hasta hoy. Lo demás sale de la base al hacerla."))
        self._marcar_pendiente()
        self._elegida()

    def pendiente(self) -> bool:
        """¿La introducción en pantalla es otra que la guardada?"""
        return self.introduccion.toPlainText().strip() != self._introduccion_guardada.strip()

    def _marcar_pendiente(self) -> None:
        self.estado_introduccion.setText(self.tr("Sin guardar.") if self.pendiente() else "")
        self.boton_guardar_introduccion.setEnabled(self.pendiente())

    def _anio_cambiado(self, anio: int) -> None:
        if anio == self._anio_a_la_vista:
            return
        if self.pendiente():
            respuesta = QMessageBox.question(
                self, self.tr("Memoria anual"), self.tr("La introducción de {0} tiene cambios sin guardar. ¿Guardarlos "
                                                        "antes de pasar a {1}?").format(self._anio_a_la_vista, anio),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard |
                QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if respuesta == QMessageBox.StandardButton.Cancel or (
                    respuesta == QMessageBox.StandardButton.Save and not self._guardar_introduccion_de(
                        self._anio_a_la_vista)):
                self.anio.blockSignals(True)
                self.anio.setValue(self._anio_a_la_vista)
                self.anio.blockSignals(False)
                return
        self.hecho.clear()
        self._leer()

    def _guardar_introduccion_de(self, anio: int, leida: str | None = None) -> bool:
        marcar_invalido(self.introduccion, None)
        leida = self._introduccion_guardada if leida is None else leida
        sobrescrita: list[bool] = []   # «Sobrescribir» en un conflicto: se guardó de nuevo (o no)

        def rechazada(error: ErrorEscritorio) -> bool:
            if isinstance(error, ErrorConflicto):
                # Otro programa la cambió mientras estaba abierta: nada se pisa sin preguntar.
                actual = error.actual["introduccion"] or ""
                respuesta = preguntar_conflicto(self, error, self.tr("la introducción"))
                if respuesta == SOBRESCRIBIR:
                    sobrescrita.append(self._guardar_introduccion_de(anio, actual))
                elif respuesta == RECARGAR:
                    self._introduccion_guardada = actual
                    self.introduccion.setPlainText(actual)
                    self._marcar_pendiente()
                return True
            if isinstance(error, ErrorValidacion):
                marcar_invalido(self.introduccion, error.campos.get("introduccion"))
                self._error(error.mensaje)
                return True
            return False   # otro rechazo: en el cuadro

        hecho = hacer_en_la_ventana(self, self.oficina, lambda: fijar_introduccion(
            self.contexto, anio, self.introduccion.toPlainText(), leida=leida or None),
            que="introducción de la memoria", al_rechazar=rechazada)
        if hecho is None:
            return bool(sobrescrita and sobrescrita[0])
        guardada = hecho.resultado
        self._introduccion_guardada = guardada or ""
        self.mensaje.hide()
        self._marcar_pendiente()
        return True

    def guardar_introduccion(self) -> bool:
        return self._guardar_introduccion_de(self.anio.value())

    # --- las secciones propias --------------------------------------------------------------------------------
    def seccion_elegida(self) -> SeccionPropia | None:
        fila = self.lista.currentRow()
        return self.secciones[fila] if 0 <= fila < len(self.secciones) else None

    def _elegida(self) -> None:
        fila, elegida = self.lista.currentRow(), self.seccion_elegida()
        for boton in (self.boton_corregir, self.boton_quitar):
            boton.setEnabled(elegida is not None)
        self.boton_subir.setEnabled(elegida is not None and fila > 0)
        self.boton_bajar.setEnabled(elegida is not None and fila < len(self.secciones) - 1)

    def _abrir_seccion(self, seccion: SeccionPropia | None) -> None:
        dialogo = DialogoSeccionMemoria(self.oficina, self.anio.value(), seccion, self)
        dialogo.exec()
        guardada = dialogo.guardada
        descartar(dialogo)
        if guardada is not None:
            self._leer()
            fila = next((n for n, s in enumerate(self.secciones) if s["id"] == guardada), None)
            if fila is not None:
                self.lista.setCurrentRow(fila)

    def agregar_seccion(self) -> None:
        self._abrir_seccion(None)

    def corregir_seccion(self) -> None:
        seccion = self.seccion_elegida()
        if seccion is not None:
            self._abrir_seccion(seccion)

    def _rechazado(self, error: ErrorEscritorio) -> None:
        self._error(error.mensaje)

    def mover(self, hacia: int) -> None:
        seccion = self.seccion_elegida()
        if seccion is None:
            return
        if hacer_en_la_ventana(self, self.oficina, lambda: mover_seccion(self.contexto, seccion["id"], hacia),
                               que="mover una sección de la memoria", al_rechazar=self._rechazado) is None:
            return
        self._leer()
        self.lista.setCurrentRow(next(n for n, s in enumerate(self.secciones) if s["id"] == seccion["id"]))

    def quitar_seccion(self) -> None:
        seccion = self.seccion_elegida()
        if seccion is None:
            return
        if QMessageBox.question(self, self.tr("Quitar la sección"), self.tr(
                "¿Quitar la sección «{0}» de la memoria {1}? La bitácora guarda su texto.").format(
                seccion["titulo"], self.anio.value())) != QMessageBox.StandardButton.Yes:
            return
        if hacer_en_la_ventana(self, self.oficina, lambda: quitar_seccion(self.contexto, seccion["id"]),
                               que="quitar una sección de la memoria", al_rechazar=self._rechazado) is None:
            return
        self._leer()

    # --- sacar la memoria -------------------------------------------------------------------------------------
    def _antes_de_sacarla(self) -> bool:
        """Lo escrito en la introducción entra en la memoria: se guarda antes."""
        return not self.pendiente() or self.guardar_introduccion()

    def _nombre(self, extension: str) -> str:
        return f"memoria-{self.anio.value()}-{nombre_de_archivo(self.asociacion['sigla'])}{extension}"

    def ver(self) -> None:
        if not self._antes_de_sacarla():
            return
        anio, contexto = self.anio.value(), self.contexto
        # reemplazar: el diálogo de guardar ya preguntó si pisar el archivo (la vista previa escribe en su carpeta)
        salidas = mostrar_vista_previa(self, DocumentoParaVer.por_emitir(
            titulo_de_la_memoria(anio), self._nombre(".pdf"),
            lambda ruta, previa: generar_memoria(contexto, anio, ruta, vista_previa=previa, reemplazar=True)),
            self._ajustes)
        if salidas is not None and (salidas.impresas or salidas.guardado_en):
            hecho = [self.tr("Memoria impresa.")] if salidas.impresas else []
            hecho += [self.tr("Memoria guardada en {0}").format(ruta) for ruta in salidas.guardado_en]
            self.hecho.setText("\n".join(hecho))

    def guardar_pdf(self) -> bool:
        if not self._antes_de_sacarla():
            return False
        anio, contexto, resultado = self.anio.value(), self.contexto, {}

        def escribir(ruta: str) -> None:
            # reemplazar: el diálogo de guardar ya preguntó si pisar el archivo
            resultado["hecho"], resultado["ruta"] = generar_memoria(contexto, anio, ruta, reemplazar=True), ruta

        if not guardar_documento(self, self.tr("Guardar la memoria en PDF"), self._nombre(".pdf"), escribir,
                                 self._ajustes):
            return False
        self.hecho.setText((self.tr("Memoria {0} guardada en {1}: 1 página.") if resultado["hecho"].paginas == 1 else
                            self.tr("Memoria {0} guardada en {1}: {2} páginas.")).format(
            anio, resultado["ruta"], resultado["hecho"].paginas))
        return True

    def guardar_excel(self) -> bool:
        if not self._antes_de_sacarla():
            return False
        anio, contexto, resultado = self.anio.value(), self.contexto, {}

        def escribir(ruta: str) -> None:
            resultado["hecho"] = generar_memoria(contexto, anio, excel=ruta, reemplazar=True)
            resultado["ruta"] = ruta

        if not guardar_documento(self, self.tr("Guardar la memoria en Excel"), self._nombre(".xlsx"), escribir,
                                 self._ajustes):
            return False
        self.hecho.setText((self.tr("Memoria {0} en Excel guardada en {1}: 1 hoja.") if resultado["hecho"].hojas == 1 else
                            self.tr("Memoria {0} en Excel guardada en {1}: {2} hojas.")).format(
            anio, resultado["ruta"], resultado["hecho"].hojas))
        return True

    def reject(self) -> None:
        if self.pendiente():
            respuesta = QMessageBox.question(
                self, self.tr("Memoria anual"), self.tr("La introducción tiene cambios sin guardar. ¿Guardarlos?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard |
                QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if respuesta == QMessageBox.StandardButton.Cancel or (
                    respuesta == QMessageBox.StandardButton.Save and not self.guardar_introduccion()):
                return
        super().reject()

    def _error(self, texto: str) -> None:
        self.mensaje.setText(texto)
        self.mensaje.show()
