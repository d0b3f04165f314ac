"""Los primeros pasos de una asociación nueva, arriba de «Próximos pasos» en Inicio: cada paso con su tilde si ya está
hecho y, si falta, un botón que lleva adonde se hace (la misma señal `actuar` del panel: interfaz/agenda.py). Lo que
está hecho y si la lista se ve lo decide el servicio (`servicios.primeros_pasos`, dentro de la agenda): aquí, solo se
dibuja."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....dominio import formato
from ....dominio.primeros_pasos import PrimerosPasos
from ...comun import tr
from ...piezas import GRIS, VERDE, subtitulo

# Lo que dice el botón de cada paso que falta: adónde lleva.
_BOTONES = {
    "cargar_estatuto": "Cargar texto…", "crear_organo": "Nuevo órgano…", "escala": "Nueva escala…",
    "importar_miembros": "Importar…", "emitir": "Ir a la emisión", "cuenta_correo": "Cuenta de correo…",
    "direccion_publica": "Datos de la asociación…",
}


class ListaDePrimerosPasos(QFrame):
    """`mostrar(primeros)` la arma (y se oculta si no hay que verla); emite `actuar(PrimerPaso)` al pedir uno."""

    actuar = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("primerosPasos")
        self.setStyleSheet("QFrame#primerosPasos { background: #f3f7fb; border: 1px solid #d5e1ec; "
                           "border-radius: 8px; }")
        self.titulo = subtitulo("")
        self.explicacion = QLabel(self.tr("Lo que conviene cargar primero. Cada paso se tilda solo cuando está hecho."))
        self.explicacion.setWordWrap(True)
        self.explicacion.setStyleSheet(f"color: {GRIS}; background: transparent; border: none;")
        self._filas = QVBoxLayout()
        self._filas.setSpacing(2)
        caja = QVBoxLayout(self)
        caja.setContentsMargins(12, 8, 12, 8)
        caja.addWidget(self.titulo)
        caja.addWidget(self.explicacion)
        caja.addLayout(self._filas)
        self.botones: dict[str, QPushButton] = {}
        self.marcas: dict[str, QLabel] = {}
        self.hide()

    def mostrar(self, primeros: PrimerosPasos | None) -> None:
        self._limpiar()
        if primeros is None or not primeros.ver:
            self.hide()
            return
        self.titulo.setText(self.tr("Primeros pasos ({0} de {1} hechos)").format(
            formato.numero(primeros.hechos), formato.numero(len(primeros.pasos))))
        for paso in primeros.pasos:
            fila = QHBoxLayout()
            marca = QLabel(("✓ " if paso.hecho else "○ ") + paso.texto)
            marca.setWordWrap(True)
            marca.setTextFormat(Qt.TextFormat.PlainText)
            marca.setStyleSheet(f"color: {VERDE if paso.hecho else 'palette(text)'}; background: transparent; "
                                "border: none;")
            fila.addWidget(marca, 1)
            self.marcas[paso.clave] = marca
            if not paso.hecho:
                boton = QPushButton(tr(_BOTONES[paso.accion.que]))
                boton.clicked.connect(lambda _=False, p=paso: self.actuar.emit(p))
                if paso.antes is not None:   # todavía no se puede: antes, el paso que dice el servicio
                    boton.setEnabled(False)
                    boton.setToolTip(self.tr("Antes: {0}.").format(
                        next(p.texto for p in primeros.pasos if p.clave == paso.antes)))
                fila.addWidget(boton)
                self.botones[paso.clave] = boton
            self._filas.addLayout(fila)
        self.show()

    def _limpiar(self) -> None:
        while self._filas.count():
            fila = self._filas.takeAt(0).layout()
            while fila is not None and fila.count():
                widget = fila.takeAt(0).widget()
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self.botones, self.marcas = {}, {}
