"""Registrar una reforma de una norma: desde qué fecha rige, quién la aprobó, y qué artículos agrega,
cambia o deroga. Nada se sobrescribe: el texto anterior sigue consultable en su fecha."""

import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialogButtonBox, QGridLayout, QGroupBox,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QRadioButton,
                               QSplitter, QVBoxLayout, QWidget)

from ...dominio.normas import VersionArticulo, clave_orden
from ...errores import ErrorEscritorio, ErrorValidacion
from ...servicios.base import hoy
from ...servicios.efectos import resoluciones_para
from ...servicios.estatutos import CambioArticulo, reformar, texto_en
from ...servicios.reglas_por_reforma import avisos_de_la_reforma
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..comun import fecha_dma, marcar_invalido
from ..piezas import (ACENTO, ESTILO_ERROR, GRIS, ROJO, VERDE, DialogoBase, dato_de_fila, filas_elegidas, llenar_tabla,
                      nota, tabla_lectura)
from .baja import editor_de_fecha
from .reglas_que_fija_la_reforma import ReglasQueFijaLaReforma
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina

_DERECHA = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_NUMERO = re.compile(r"^\s*(?:art[íi]culo|art\.?)?\s*(\d+)\s*[°º]?\s*(bis|ter|qu[áa]ter)?\s*$", re.IGNORECASE)


def normalizar_numero(texto: str) -> str | None:
    """«Art. 14 bis», «14BIS», « 14 » -> «14 bis», «14»; None si no es un número de artículo."""
    encontrado = _NUMERO.match(texto or "")
    if not encontrado:
        return None
    agregado = (encontrado[2] or "").lower().replace("á", "a")
    return encontrado[1] + (f" {agregado}" if agregado else "")


class DialogoReforma(DeLaOficina, DialogoBase):
    """Tras cerrar, `reforma_id` es la reforma registrada (o None)."""

    def __init__(self, oficina: Oficina, norma: dict, padre: QWidget | None = None, numero: str | None = None):
        super().__init__(padre)
        self.oficina, self.norma = oficina, norma
        self.reforma_id: int | None = None
        self.avisos: list[str] = []                     # las reglas que citan un artículo reformado y quedaron igual
        self.aviso_guardado: QMessageBox | None = None  # el aviso que los muestra, tras registrar
        self.cambios: dict[str, CambioArticulo] = {}
        self._vigentes: dict[str, VersionArticulo] = {}
        self._descripcion_automatica = ""
        self._cargando = False
        self.setWindowTitle(self.tr("Reforma — {0}").format(norma["titulo"]))

        explicacion = nota(self.tr(
            "Agregue a la reforma cada artículo que cambia, se agrega o se deroga. Nada se sobrescribe: el texto "
            "anterior sigue consultable en su fecha."))
        self.fecha = editor_de_fecha(hoy())
        self.fecha.dateChanged.connect(lambda _: self._fecha_cambiada())
        self.aprobada_por = QLineEdit()
        self.aprobada_por.setPlaceholderText(self.tr("por ejemplo: Asamblea General, Resolución 12/2019"))
        self.descripcion = QLineEdit()
        self.descripcion.setPlaceholderText(self.tr("por ejemplo: Reforma del artículo 13"))
        # La resolución que adoptó la reforma (la de un punto de reforma aprobado, sin otra reforma): la reforma la
        # cita y la resolución la lista entre sus efectos. El servicio lo comprueba (servicios.efectos).
        que = "reforma_estatuto" if norma.get("tipo", "estatuto") == "estatuto" else "reforma_reglamento"
        self.resolucion = QComboBox()
        self.resolucion.addItem(self.tr("(ninguna: una reforma anterior, sin resolución en el registro)"), None)
        for r in resoluciones_para(oficina.contexto, que):
            self.resolucion.addItem(f"{r['cita']}: {r['titulo']}", r["id"])
            self.resolucion.setItemData(self.resolucion.count() - 1, r["cita"], Qt.ItemDataRole.ToolTipRole)
        self.resolucion.setToolTip(self.tr("La resolución de la sesión que adoptó la reforma"))
        self._cita_automatica = ""
        self.resolucion.currentIndexChanged.connect(lambda _: self._resolucion_elegida())
        datos = QGridLayout()
        datos.setHorizontalSpacing(10)
        for fila, columna, rotulo, campo, ancho in (
                (0, 0, self.tr("Vigente desde:"), self.fecha, 1), (0, 2, self.tr("Aprobada por:"), self.aprobada_por, 1),
                (1, 0, self.tr("Adoptada por:"), self.resolucion, 3),
                (2, 0, self.tr("Descripción:"), self.descripcion, 3)):
            etiqueta = QLabel(rotulo)
            etiqueta.setAlignment(_DERECHA)
            datos.addWidget(etiqueta, fila, columna)
            datos.addWidget(campo, fila, columna + 1, 1, ancho)
        datos.setColumnStretch(3, 1)

        # Izquierda: el artículo que se edita.
        self.numero = QComboBox()
        self.numero.setEditable(True)
        self.numero.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.numero.setMinimumContentsLength(26)
        self.numero.lineEdit().setPlaceholderText(self.tr("número, p. ej. 13 o 14 bis"))
        self.numero.currentIndexChanged.connect(lambda _: self._numero_elegido())
        self.numero.lineEdit().editingFinished.connect(self._numero_elegido)
        self.modificar = QRadioButton(self.tr("Nuevo texto"))
        self.derogar = QRadioButton(self.tr("Derogar"))
        self.modificar.setChecked(True)
        grupo = QButtonGroup(self)
        grupo.addButton(self.modificar)
        grupo.addButton(self.derogar)
        self.derogar.toggled.connect(lambda _: self._modo_cambiado())
        self.titulo_articulo = QLineEdit()
        self.titulo_articulo.setPlaceholderText(self.tr("título del artículo (opcional)"))
        self.texto = QPlainTextEdit()
        self.texto.setPlaceholderText(self.tr("Texto completo del artículo tal como quedará."))
        self.estado = QLabel()
        self.estado.setWordWrap(True)
        self.boton_restaurar = QPushButton(self.tr("Volver al texto vigente"))
        self.boton_restaurar.clicked.connect(self._restaurar)
        self.boton_agregar = QPushButton(self.tr("Agregar a la reforma"))
        self.boton_agregar.setDefault(False)
        self.boton_agregar.setAutoDefault(False)
        self.boton_agregar.clicked.connect(self.agregar)

        fila_numero = QHBoxLayout()
        fila_numero.addWidget(QLabel(self.tr("Artículo:")))
        fila_numero.addWidget(self.numero, 1)
        fila_numero.addSpacing(10)
        fila_numero.addWidget(self.modificar)
        fila_numero.addWidget(self.derogar)
        fila_titulo = QHBoxLayout()
        fila_titulo.addWidget(QLabel(self.tr("Título:")))
        fila_titulo.addWidget(self.titulo_articulo, 1)
        fila_botones = QHBoxLayout()
        fila_botones.addWidget(self.boton_restaurar)
        fila_botones.addStretch(1)
        fila_botones.addWidget(self.boton_agregar)
        grupo_articulo = QGroupBox(self.tr("Artículo"))
        caja = QVBoxLayout(grupo_articulo)
        caja.addLayout(fila_numero)
        caja.addLayout(fila_titulo)
        caja.addWidget(self.texto, 1)
        caja.addWidget(self.estado)
        caja.addLayout(fila_botones)

        # Derecha: la lista de cambios.
        self.tabla = tabla_lectura([self.tr("Art."), self.tr("Cambio"), self.tr("Texto nuevo")], 2)
        self.tabla.itemSelectionChanged.connect(self._cambio_elegido)
        self.boton_quitar = QPushButton(self.tr("Quitar de la reforma"))
        self.boton_quitar.clicked.connect(self.quitar)
        self.boton_quitar.setEnabled(False)
        self.resumen = nota()
        grupo_cambios = QGroupBox(self.tr("Cambios de esta reforma"))
        caja = QVBoxLayout(grupo_cambios)
        caja.addWidget(self.tabla, 1)
        fila = QHBoxLayout()
        fila.addWidget(self.resumen, 1)
        fila.addWidget(self.boton_quitar)
        caja.addLayout(fila)

        # Derecha, abajo: las reglas de sesión que fija la reforma (lo de «--regla» en la línea de órdenes).
        self.reglas_de_sesion = ReglasQueFijaLaReforma()
        derecha = QWidget()
        caja = QVBoxLayout(derecha)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(grupo_cambios, 1)
        caja.addWidget(self.reglas_de_sesion)

        divisor = QSplitter()
        divisor.setChildrenCollapsible(False)
        divisor.addWidget(grupo_articulo)
        divisor.addWidget(derecha)
        divisor.setSizes([560, 420])

        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        botones = QDialogButtonBox()
        self.boton_registrar = botones.addButton(self.tr("Registrar reforma"), QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_registrar.clicked.connect(self.guardar)
        botones.rejected.connect(self.reject)
        pie = QHBoxLayout()
        pie.addWidget(self.mensaje, 1)
        pie.addWidget(botones, 0, Qt.AlignmentFlag.AlignBottom)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addLayout(datos)
        disposicion.addWidget(divisor, 1)
        disposicion.addLayout(pie)
        self._fecha_cambiada()
        if numero:
            self.elegir_numero(numero)
        self._mostrar_cambios()
        self.resize(1040, 660)
        self.aprobada_por.setFocus()

    # --- datos ---------------------------------------------------------------------------------
    def _resolucion_elegida(self) -> None:
        """Con una resolución, «Aprobada por» dice su cita (si no se escribió otra cosa)."""
        cita = self.resolucion.itemData(self.resolucion.currentIndex(), Qt.ItemDataRole.ToolTipRole) or ""
        if self.aprobada_por.text().strip() in ("", self._cita_automatica):
            self.aprobada_por.setText(cita)
        self._cita_automatica = cita

    def vigente_desde(self) -> date:
        return self.fecha.date().toPython()

    def numeros_cambiados(self) -> list[str]:
        return sorted(self.cambios, key=clave_orden)

    def _fecha_cambiada(self) -> None:
        """Los artículos que rigen el día de la reforma: de ellos parte cada texto nuevo."""
        vigentes = consultar_en_la_ventana(self, lambda: texto_en(self.contexto, self.norma["id"],
                                                                  self.vigente_desde()),
                                           que="texto vigente") or []
        self._vigentes = {v.numero: v for v in vigentes}
        actual = self.numero.currentText()
        self._cargando = True
        self.numero.clear()
        for v in vigentes:
            self.numero.addItem(f"{v.numero}" + (f" — {v.titulo}" if v.titulo else ""), v.numero)
        self.numero.setCurrentIndex(-1)
        self.numero.setEditText(actual)
        self._cargando = False
        self._numero_elegido(recargar=False)
        self._reglas_citadas()

    def _numero_actual(self) -> str | None:
        texto = self.numero.currentText()
        indice = self.numero.currentIndex()
        if indice >= 0 and texto == self.numero.itemText(indice):
            return self.numero.itemData(indice)
        return normalizar_numero(texto.split("—")[0])

    def elegir_numero(self, numero: str) -> None:
        indice = self.numero.findData(numero)
        if indice >= 0:
            self.numero.setCurrentIndex(indice)
        else:
            self.numero.setEditText(numero)
        self._numero_elegido()

    def _numero_elegido(self, recargar: bool = True) -> None:
        if self._cargando:
            return
        numero = self._numero_actual()
        marcar_invalido(self.numero, None)
        vigente = self._vigentes.get(numero or "")
        self.derogar.setEnabled(vigente is not None)
        if recargar:
            cambio = self.cambios.get(numero or "")
            self._cargando = True
            if cambio is not None:
                self.derogar.setChecked(cambio.texto is None)
                self.modificar.setChecked(cambio.texto is not None)
                self.titulo_articulo.setText(cambio.titulo or (vigente.titulo if vigente else "") or "")
                self.texto.setPlainText(cambio.texto if cambio.texto is not None else (vigente.texto if vigente else ""))
            else:
                self.modificar.setChecked(True)
                self.titulo_articulo.setText((vigente.titulo if vigente else "") or "")
                self.texto.setPlainText(vigente.texto if vigente else "")
            self._cargando = False
        self._modo_cambiado()

    def _modo_cambiado(self) -> None:
        numero = self._numero_actual()
        numeros = self.numeros_cambiados()
        self.tabla.blockSignals(True)
        if numero in numeros:
            self.tabla.selectRow(numeros.index(numero))
        else:
            self.tabla.clearSelection()
        self.tabla.blockSignals(False)
        self.boton_quitar.setEnabled(bool(filas_elegidas(self.tabla)))
        vigente = self._vigentes.get(numero or "")
        derogar = self.derogar.isChecked()
        self.texto.setReadOnly(derogar)
        self.titulo_articulo.setReadOnly(derogar)
        self.boton_restaurar.setEnabled(vigente is not None and not derogar)
        if not numero:
            self._estado(self.tr("Elija un artículo vigente o escriba el número de uno nuevo."), GRIS)
        elif derogar:
            self._estado(self.tr("El artículo {0} dejará de regir desde el {1}.").format(
                numero, fecha_dma(self.vigente_desde())), ROJO)
        elif vigente is not None:
            self._estado(self.tr("Rige desde el {0}{1}. Edite el texto: la reforma lo reemplaza desde el {2}.").format(
                fecha_dma(vigente.vigente_desde), f" ({vigente.reforma})" if vigente.reforma else "",
                fecha_dma(self.vigente_desde())), ACENTO)
        else:
            self._estado(self.tr("El artículo {0} no rige el {1}: se agregará como artículo nuevo.").format(
                numero, fecha_dma(self.vigente_desde())), VERDE)
        texto = self.tr("Actualizar en la reforma") if numero in self.cambios else self.tr("Agregar a la reforma")
        self.boton_agregar.setText(texto)

    def _estado(self, texto: str, color: str) -> None:
        self.estado.setText(texto)
        self.estado.setStyleSheet(f"color: {color};")

    def _restaurar(self) -> None:
        vigente = self._vigentes.get(self._numero_actual() or "")
        if vigente is not None:
            self.titulo_articulo.setText(vigente.titulo or "")
            self.texto.setPlainText(vigente.texto)

    def _pendiente(self) -> bool:
        """¿Hay en el editor un texto cambiado que todavía no se agregó a la reforma?"""
        numero = self._numero_actual()
        if not numero:
            return False
        cambio = self.cambios.get(numero)
        vigente = self._vigentes.get(numero)
        if self.derogar.isChecked():
            return cambio is None or cambio.texto is not None
        texto = self.texto.toPlainText().strip()
        if cambio is not None:
            return cambio.texto is None or texto != cambio.texto.strip() or \
                (self.titulo_articulo.text().strip() or None) != (cambio.titulo or None)
        base = vigente.texto.strip() if vigente else ""
        return bool(texto) and texto != base or (vigente is not None and
                                                 (self.titulo_articulo.text().strip() or None) != (vigente.titulo or None))

    # --- lista de cambios ------------------------------------------------------------------------
    def agregar(self) -> bool:
        numero = self._numero_actual()
        if not numero:
            motivo = self.tr("«{0}» no es un número de artículo (ejemplos: 14, 14 bis).").format(self.numero.currentText())
            marcar_invalido(self.numero, motivo)
            self._error(motivo)
            return False
        vigente = self._vigentes.get(numero)
        if self.derogar.isChecked():
            cambio = CambioArticulo(numero, None)
        else:
            texto = self.texto.toPlainText().strip()
            if not texto:
                self._error(self.tr("El artículo {0} quedaría sin texto; para quitarlo, elija «Derogar».").format(numero))
                return False
            if vigente is not None and texto == vigente.texto.strip() and \
                    (self.titulo_articulo.text().strip() or None) == (vigente.titulo or None):
                self._error(self.tr("El texto del artículo {0} es igual al vigente: no hay nada que reformar.").format(numero))
                return False
            cambio = CambioArticulo(numero, texto, self.titulo_articulo.text().strip() or None)
        self.cambios[numero] = cambio
        self.mensaje.hide()
        self._mostrar_cambios(seleccionar=numero)
        return True

    def quitar(self) -> None:
        for fila in filas_elegidas(self.tabla):
            self.cambios.pop(dato_de_fila(self.tabla, fila), None)
        self._mostrar_cambios()
        self._modo_cambiado()

    def _mostrar_cambios(self, seleccionar: str | None = None) -> None:
        numeros = self.numeros_cambiados()
        filas, colores = [], []
        for numero in numeros:
            cambio = self.cambios[numero]
            if cambio.texto is None:
                tipo, color = self.tr("Deroga"), ROJO
            elif numero in self._vigentes:
                tipo, color = self.tr("Modifica"), None
            else:
                tipo, color = self.tr("Agrega"), VERDE
            if cambio.texto is None:
                anterior = self._vigentes.get(numero)
                resumen = self.tr("(deja de regir{0})").format(f": {anterior.titulo}" if anterior and anterior.titulo else "")
            else:
                resumen = " ".join(cambio.texto.split())
            filas.append([numero, tipo, resumen[:160] + ("…" if len(resumen) > 160 else "")])
            colores.append(color)
        self.tabla.blockSignals(True)
        llenar_tabla(self.tabla, filas, datos=numeros, color=lambda n: colores[n])
        for fila in range(self.tabla.rowCount()):
            self.tabla.item(fila, 1).setForeground(QColor(colores[fila] or self.palette().text().color()))
            if colores[fila] is None:
                for columna in (0, 2):
                    self.tabla.item(fila, columna).setForeground(self.palette().text())
        if seleccionar in numeros:
            self.tabla.selectRow(numeros.index(seleccionar))
        self.tabla.blockSignals(False)
        self.boton_quitar.setEnabled(bool(filas_elegidas(self.tabla)))
        self.resumen.setText(self.tr("Todavía no hay cambios.") if not numeros else
                             self.tr("{0} artículos en la reforma").format(len(numeros)) if len(numeros) != 1
                             else self.tr("1 artículo en la reforma"))
        self._sugerir_descripcion()
        self._modo_cambiado()
        self._reglas_citadas()

    def _reglas_citadas(self) -> None:
        """Las reglas de sesión que citan los artículos de la reforma, el día de la reforma (el servicio las da)."""
        consultar_en_la_ventana(self, lambda: self.reglas_de_sesion.actualizar(
            self.contexto, self.norma["id"], self.numeros_cambiados(), self.vigente_desde()),
            que="reglas de sesión de la reforma")

    def _rechazada(self, error: ErrorEscritorio) -> None:
        if isinstance(error, ErrorValidacion):
            self._error(self.tr("No se registró la reforma:") + "\n" +
                        "\n".join(f"• {p}" for p in (error.problemas or [error.mensaje])))
        else:
            self._error(error.mensaje)

    def _cambio_elegido(self) -> None:
        filas = filas_elegidas(self.tabla)
        self.boton_quitar.setEnabled(bool(filas))
        if len(filas) == 1:
            self.elegir_numero(dato_de_fila(self.tabla, filas[0]))

    def _sugerir_descripcion(self) -> None:
        if self.descripcion.text() and self.descripcion.text() != self._descripcion_automatica:
            return
        numeros = self.numeros_cambiados()
        if not numeros:
            sugerida = ""
        elif len(numeros) == 1:
            sugerida = self.tr("Reforma del artículo {0}").format(numeros[0])
        else:
            sugerida = self.tr("Reforma de los artículos {0} y {1}").format(", ".join(numeros[:-1]), numeros[-1])
        self._descripcion_automatica = sugerida
        self.descripcion.setText(sugerida)

    # --- registrar -------------------------------------------------------------------------------
    def guardar(self) -> None:
        if self._pendiente() and not self.agregar():
            return
        if self.reglas_de_sesion.pendiente() and not self.reglas_de_sesion.fijar():
            return
        if not self.cambios:
            self._error(self.tr("La reforma no cambia ningún artículo: agregue al menos uno."))
            return
        cambios = [self.cambios[n] for n in self.numeros_cambiados()]
        derogados = [c.numero for c in cambios if c.texto is None]
        if derogados and QMessageBox.question(
                self, self.windowTitle(),
                self.tr("La reforma deroga {0}. ¿Registrarla?").format(
                    self.tr("el artículo {0}").format(derogados[0]) if len(derogados) == 1
                    else self.tr("los artículos {0}").format(", ".join(derogados)))) != QMessageBox.StandardButton.Yes:
            return
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: reformar(
            self.contexto, self.norma["id"], self.vigente_desde(), cambios,
            self.aprobada_por.text().strip() or None, self.descripcion.text().strip() or None,
            resolucion_id=self.resolucion.currentData(), reglas=self.reglas_de_sesion.valores()),
            que="registrar reforma", al_rechazar=self._rechazada)
        if hecho is None:
            return
        self.reforma_id = hecho.resultado
        avisos = consultar_en_la_ventana(self, lambda: avisos_de_la_reforma(self.contexto, self.reforma_id),
                                         que="reglas de sesión de la reforma")
        if avisos is not FALLO:
            self.avisos = avisos
        if self.avisos:
            # Lo mismo que el AVISO de «estatutos reformar»: la reforma quedó registrada; el aviso no detiene (el
            # diálogo se cierra y el aviso queda sobre la ventana).
            self.aviso_guardado = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Reforma registrada"),
                self.tr("La reforma quedó registrada, pero estas reglas de sesión citan un artículo reformado y "
                        "siguen con el valor de antes:") + "\n\n" + "\n\n".join(self.avisos),
                QMessageBox.StandardButton.Ok, self.parentWidget())
            self.aviso_guardado.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.aviso_guardado.open()
        self.accept()

    def _error(self, texto: str) -> None:
        self.mensaje.setText(texto)
        self.mensaje.show()

