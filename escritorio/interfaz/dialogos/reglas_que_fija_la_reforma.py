"""«Reglas de sesión que fija la reforma», dentro del diálogo de la reforma (issue 59, punto 1).

Lo mismo que «estatutos reformar … --regla CLAVE=VALOR»: se elige una de las reglas de sesión que citan los artículos
que se reforman (las ofrece el servicio, `claves_citadas`) y se escribe su valor nuevo; se lee con la misma lectura
que la línea de órdenes (`leer_regla`) y la reforma las fija desde su fecha en cada órgano cuya regla cita el
artículo. Las que citan un artículo reformado y no se fijan quedan con el valor de hoy: la reforma lo avisa.
"""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ...dominio.mayorias import TIPOS_DECISION
from ...dominio.traduccion import traducir
from ...errores import ErrorValidacion
from ...servicios.reglas_de_la_reforma import leer_regla
from ...servicios.reglas_por_reforma import ClaveCitada, claves_citadas
from ..comun import marcar_invalido
from ..piezas import dato_de_fila, filas_elegidas, llenar_tabla, nota, tabla_lectura


class ReglasQueFijaLaReforma(QGroupBox):
    """Las reglas de sesión que la reforma fija: clave -> valor (el de `leer_regla`), en `valores()`."""

    def __init__(self, padre: QWidget | None = None):
        super().__init__(self.tr("Reglas de sesión que fija la reforma"), padre)
        self._citadas: dict[str, ClaveCitada] = {}
        self._valores: dict[str, tuple[str, object]] = {}   # clave -> (texto escrito, valor leído)
        self.explicacion = nota()
        self.clave = QComboBox()
        self.clave.setMinimumContentsLength(16)
        self.clave.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.hoy = nota()
        self.clave.currentIndexChanged.connect(lambda _: self._clave_elegida())
        self.valor = QLineEdit()
        self.valor.returnPressed.connect(self.fijar)
        self.boton_fijar = QPushButton(self.tr("Fijar"))
        self.boton_fijar.setAutoDefault(False)
        self.boton_fijar.clicked.connect(self.fijar)
        self.tabla = tabla_lectura([self.tr("Regla"), self.tr("Valor nuevo")], 0)
        self.tabla.setMaximumHeight(90)
        self.tabla.itemSelectionChanged.connect(lambda: self.boton_quitar.setEnabled(bool(filas_elegidas(self.tabla))))
        self.boton_quitar = QPushButton(self.tr("Quitar"))
        self.boton_quitar.setAutoDefault(False)
        self.boton_quitar.setEnabled(False)
        self.boton_quitar.clicked.connect(self.quitar)
        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.hide()

        fila = QHBoxLayout()
        fila.addWidget(QLabel(self.tr("Regla:")))
        fila.addWidget(self.clave, 1)
        fila_valor = QHBoxLayout()
        fila_valor.addWidget(QLabel(self.tr("Valor nuevo:")))
        fila_valor.addWidget(self.valor, 1)
        fila_valor.addWidget(self.boton_fijar)
        caja = QVBoxLayout(self)
        caja.addWidget(self.explicacion)
        caja.addLayout(fila)
        caja.addWidget(self.hoy)
        caja.addLayout(fila_valor)
        caja.addWidget(self.mensaje)
        abajo = QHBoxLayout()
        abajo.addWidget(self.tabla, 1)
        abajo.addWidget(self.boton_quitar, 0, Qt.AlignmentFlag.AlignTop)
        caja.addLayout(abajo)
        self._mostrar()

    # --- lo que se ofrece ------------------------------------------------------------------------
    def rotulo(self, clave: str) -> str:
        que, _, tipo = clave.partition(".")
        nombre = traducir(TIPOS_DECISION.get(tipo, tipo)) if tipo else ""
        if que == "quorum":
            return self.tr("Quórum de «{0}»").format(nombre) if tipo else self.tr("Quórum general")
        if que == "mayoria":
            return self.tr("Mayoría de «{0}»").format(nombre)
        return {"poderes": self.tr("Máximo de poderes"), "morosos": self.tr("Voto de los morosos"),
                "anticipacion": self.tr("Anticipación de la convocatoria")}.get(clave, clave)

    def _ejemplo(self, clave: str) -> str:
        que = clave.partition(".")[0]
        return {"poderes": self.tr("3, 0 (sin poderes) o sin-maximo"), "quorum": self.tr("1/2+1, 2/3, 3/4…"),
                "mayoria": self.tr("dos_tercios/presentes, simple…"), "morosos": self.tr("votan o sin-voto"),
                "anticipacion": self.tr("días, p. ej. 30")}.get(que, "")

    def actualizar(self, contexto, norma_id: int, numeros: list[str], desde: date) -> None:
        """Las reglas que citan los artículos de la reforma (el servicio las da); lo ya fijado de una clave que dejó de
        citarse se quita."""
        citadas = claves_citadas(contexto, norma_id, numeros, desde) if numeros else []
        self._citadas = {c.clave: c for c in citadas}
        self._valores = {c: v for c, v in self._valores.items() if c in self._citadas}
        actual = self.clave.currentData()
        self.clave.blockSignals(True)
        self.clave.clear()
        for c in citadas:
            self.clave.addItem(f"{self.rotulo(c.clave)} — {c.articulo}", c.clave)
            self.clave.setItemData(self.clave.count() - 1, self.tr("{0}; hoy: {1}").format(
                ", ".join(c.organos), c.hoy), Qt.ItemDataRole.ToolTipRole)
        self.clave.setCurrentIndex(max(self.clave.findData(actual), 0) if citadas else -1)
        self.clave.blockSignals(False)
        self._clave_elegida()
        self._mostrar()

    def _clave_elegida(self) -> None:
        clave = self.clave.currentData()
        citada = self._citadas.get(clave)
        self.hoy.setText(self.tr("Hoy: {0} ({1}).").format(citada.hoy, ", ".join(citada.organos)) if citada else "")
        self.valor.setPlaceholderText(self._ejemplo(clave) if clave else "")
        self.valor.setText(self._valores[clave][0] if clave in self._valores else "")
        marcar_invalido(self.valor, None)
        self.mensaje.hide()

    def elegir(self, clave: str) -> bool:
        indice = self.clave.findData(clave)
        if indice >= 0:
            self.clave.setCurrentIndex(indice)
        return indice >= 0

    # --- fijar y quitar --------------------------------------------------------------------------
    def fijar(self) -> bool:
        clave = self.clave.currentData()
        texto = self.valor.text().strip()
        if not clave or not texto:
            return False
        try:
            leida, valor = leer_regla(f"{clave}={texto}")
        except ErrorValidacion as error:
            marcar_invalido(self.valor, error.mensaje)
            self.mensaje.setText(error.mensaje)
            self.mensaje.show()
            return False
        self._valores[leida] = (texto, valor)
        self.mensaje.hide()
        self._mostrar()
        return True

    def quitar(self) -> None:
        for fila in filas_elegidas(self.tabla):
            self._valores.pop(dato_de_fila(self.tabla, fila), None)
        self._mostrar()

    def pendiente(self) -> bool:
        """Un valor escrito y no fijado (se fija al registrar, como el texto de un artículo)."""
        clave = self.clave.currentData()
        texto = self.valor.text().strip()
        return bool(clave and texto) and (clave not in self._valores or self._valores[clave][0] != texto)

    def valores(self) -> dict:
        return {clave: valor for clave, (_, valor) in self._valores.items()}

    def _mostrar(self) -> None:
        claves = [c for c in self._citadas if c in self._valores]
        llenar_tabla(self.tabla, [[self.rotulo(c), self._valores[c][0]] for c in claves], datos=claves)
        self.boton_quitar.setEnabled(bool(filas_elegidas(self.tabla)))
        hay = bool(self._citadas)
        for campo in (self.clave, self.valor, self.boton_fijar):
            campo.setEnabled(hay)
        if not hay:
            self.explicacion.setText(self.tr("Ninguna regla de sesión cita los artículos de esta reforma."))
            return
        sin_valor = [self.rotulo(c) for c in self._citadas if c not in self._valores]
        texto = self.tr("Estas reglas de sesión citan un artículo que se reforma. Si el texto nuevo las cambia, elija "
                        "la regla y escriba su valor: rige desde la fecha de la reforma en cada órgano que la cita.")
        if sin_valor:
            texto += " " + self.tr("Sin valor, quedan como hoy: {0}.").format(", ".join(sin_valor))
        self.explicacion.setText(texto)
