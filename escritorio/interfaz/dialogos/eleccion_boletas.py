"""Boleta por boleta, en el panel de una elección con varias marcas por boleta: una casilla por candidatura y los
botones que agregan la boleta marcada (o una en blanco, nula, «No a todas» o de abstención). Las boletas escritas
van al `Recuento` (`por_boleta`) y el servicio las revisa una por una y las suma: aquí no se juzga ninguna.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QPushButton, QVBoxLayout, QWidget

from ...dominio.boletas import BOLETAS_SIN_MARCAS
from ..comun import tr
from ..flujo import FilaFluida
from ..piezas import nota, subtitulo
from .sesion.piezas import confirmar_borrado


class BoletaPorBoleta(QWidget):
    """Las boletas escritas una por una (`boletas`: listas de candidaturas, o "blanco", "nulo", "no",
    "abstencion"); `cambiado` se llama con cada boleta agregada o borrada."""

    def __init__(self, cambiado: Callable[[], None], padre: QWidget | None = None):
        super().__init__(padre)
        self._cambiado = cambiado
        self.boletas: list[list[int] | str] = []
        self._casillas: dict[int, QCheckBox] = {}
        self._nombres: dict[int, str] = {}
        caja = QVBoxLayout(self)
        caja.setContentsMargins(0, 4, 0, 0)
        caja.addWidget(subtitulo(self.tr("Boleta por boleta (en vez de los totales)")))
        self._rejilla_widget = QWidget()
        self._rejilla = QGridLayout(self._rejilla_widget)
        self._rejilla.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(self._rejilla_widget)
        # Los botones siguen en otra fila si no entran (a 1024 px, o al 150 %, seis botones no caben en una).
        botones = FilaFluida()
        self.boton_agregar = QPushButton(self.tr("Agregar la boleta marcada"))
        self.boton_agregar.clicked.connect(self.agregar_marcada)
        botones.addWidget(self.boton_agregar)
        self.botones_sin_marcas: dict[str, QPushButton] = {}
        for codigo, etiqueta in BOLETAS_SIN_MARCAS.items():
            boton = QPushButton(tr(etiqueta))
            boton.clicked.connect(lambda _=False, c=codigo: self.agregar(c))
            botones.addWidget(boton)
            self.botones_sin_marcas[codigo] = boton
        self.boton_borrar = QPushButton(self.tr("Borrar las boletas"))
        self.boton_borrar.clicked.connect(self.borrar_si_confirma)
        botones.addWidget(self.boton_borrar)
        caja.addLayout(botones)
        self.escritas = nota()
        self.escritas.setWordWrap(True)
        caja.addWidget(self.escritas)
        self._mostrar_escritas()

    def poner_candidaturas(self, candidaturas: list[dict]) -> None:
        """Una casilla por candidatura (en dos columnas); las boletas de candidaturas que ya no están se borran."""
        for casilla in self._casillas.values():
            self._rejilla.removeWidget(casilla)
            casilla.deleteLater()
        self._casillas, self._nombres = {}, {c["id"]: c["nombre"] for c in candidaturas}
        for n, c in enumerate(candidaturas):
            casilla = QCheckBox(c["nombre"])
            self._rejilla.addWidget(casilla, n // 2, n % 2)
            self._casillas[c["id"]] = casilla
        antes = len(self.boletas)
        self.boletas = [b for b in self.boletas if isinstance(b, str) or all(c in self._nombres for c in b)]
        self._mostrar_escritas()
        if len(self.boletas) != antes:
            self._cambiado()

    def marcar(self, *candidaturas: int) -> None:
        """Marca las casillas de esas candidaturas (y desmarca las demás)."""
        for clave, casilla in self._casillas.items():
            casilla.setChecked(clave in candidaturas)

    def agregar_marcada(self) -> None:
        marcadas = [c for c, casilla in self._casillas.items() if casilla.isChecked()]
        self.agregar(marcadas if marcadas else "blanco")
        self.marcar()

    def agregar(self, boleta: list[int] | str) -> None:
        self.boletas.append(boleta)
        self._mostrar_escritas()
        self._cambiado()

    def borrar_si_confirma(self) -> None:
        if self.boletas and confirmar_borrado(
                self, self.tr("Borrar las boletas"),
                self.tr("¿Borrar la boleta escrita?") if len(self.boletas) == 1
                else self.tr("¿Borrar las {0} boletas escritas?").format(len(self.boletas)),
                self.tr("El recuento vuelve a los totales; las boletas habrá que escribirlas otra vez.")):
            self.borrar()

    def borrar(self) -> None:
        self.boletas = []
        self._mostrar_escritas()
        self._cambiado()

    def fijar_habilitado(self, habilitado: bool) -> None:
        for widget in (self.boton_agregar, self.boton_borrar, *self.botones_sin_marcas.values(),
                       *self._casillas.values()):
            widget.setEnabled(habilitado)

    def _mostrar_escritas(self) -> None:
        if not self.boletas:
            self.escritas.setText(self.tr("Marque las candidaturas de una boleta y pulse «Agregar la boleta "
                                          "marcada»; el recuento sale de las boletas."))
            return
        textos = [", ".join(self._nombres.get(c, str(c)) for c in b) if not isinstance(b, str)
                  else tr(BOLETAS_SIN_MARCAS.get(b, b)) for b in self.boletas]
        ultimas = "; ".join(f"{n}. {t}" for n, t in list(enumerate(textos, 1))[-5:])
        self.escritas.setText(self.tr("{0} boletas escritas. Últimas: {1}").format(len(self.boletas), ultimas))
        self.escritas.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
