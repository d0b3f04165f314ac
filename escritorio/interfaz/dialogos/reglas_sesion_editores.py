"""Las piezas del diálogo de reglas de sesión: el editor de una regla de quórum (`EditorRegla`), la fila de un
tipo de decisión con su quórum y su mayoría (`FilaDecision`) y las frases de los poderes y de la convocatoria
que se muestran mientras se edita. El diálogo que las junta está en `reglas_sesion.py`."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from ...dominio.mayorias import (BASE_SIMPLE, BASES, MAYORIAS, QUE_CUENTA_ELECCION, QUE_CUENTA_MOCION, TIPOS_DECISION,
                                 ReglaMayoria, bases_de)
from ...dominio.sesiones import SOBRE_QUORUM, ReglaQuorum
from ..comun import tr
from ..piezas import en_linea, nuevo_formulario, recuadro_de_vista_previa

# Las fracciones de siempre: (texto, numerador, denominador, más uno).
FRACCIONES = [("la mitad más uno", 1, 2, True), ("la mitad", 1, 2, False), ("un tercio", 1, 3, False),
              ("dos tercios", 2, 3, False), ("tres cuartos", 3, 4, False)]
OTRA_FRACCION = "Otra fracción…"
SIN_MAXIMO = -1     # valor del selector de poderes que significa «sin máximo» (None)
SIN_EXIGENCIA = 0   # valor del selector de anticipación que significa «sin exigencia» (None)
_ESTILO_INVALIDO = "QSpinBox { background: #fdecea; color: #8c2a1f; }"


def etiqueta_de_previa() -> QLabel:
    """El recuadro azul claro con la frase que describe una regla mientras se edita."""
    etiqueta = recuadro_de_vista_previa("previaRegla", relleno="6px 10px")
    etiqueta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return etiqueta


def frase_poderes(poderes_maximos: int | None, articulo: str | None = None) -> str:
    cita = f" ({articulo.strip()})" if articulo and articulo.strip() else ""
    if poderes_maximos is None:
        return tr("Cada miembro presente puede llevar poderes sin máximo{0}.").format(cita)
    if poderes_maximos == 0:
        return tr("No se admiten poderes{0}.").format(cita)
    if poderes_maximos == 1:
        return tr("Cada miembro presente puede llevar 1 poder{0}.").format(cita)
    return tr("Cada miembro presente puede llevar hasta {0} poderes{1}.").format(poderes_maximos, cita)


def frase_convocatoria(dias: int | None, articulo: str | None) -> str:
    cita = f" ({articulo.strip()})" if articulo and articulo.strip() else ""
    if dias is None:
        return tr("La convocatoria no exige días de anticipación{0}.").format(cita)
    if dias == 1:
        return tr("Se convoca con al menos 1 día de anticipación{0}.").format(cita)
    return tr("Se convoca con al menos {0} días de anticipación{1}.").format(dias, cita)


class EditorRegla(QWidget):
    """Los campos de una regla de quórum (fracción, sobre qué se cuenta, segunda convocatoria, artículo).

    `regla()` devuelve la `ReglaQuorum` que muestran; emite `cambiado` con cada edición.
    """

    cambiado = Signal()

    def __init__(self, tipo_decision: str = "ordinaria", padre: QWidget | None = None):
        super().__init__(padre)
        self.tipo_decision = tipo_decision
        self.fraccion = QComboBox()
        for texto, *_ in FRACCIONES:
            self.fraccion.addItem(self.tr(texto))
        self.fraccion.addItem(self.tr(OTRA_FRACCION))
        self.numerador = QSpinBox()
        self.numerador.setRange(1, 99)
        self.numerador.setToolTip(self.tr("Numerador: cuántas partes"))
        self.denominador = QSpinBox()
        self.denominador.setRange(1, 99)
        self.denominador.setToolTip(self.tr("Denominador: de cuántas partes"))
        self.barra = QLabel("/")
        self.mas_uno = QCheckBox(self.tr("más uno"))
        self.mas_uno.setToolTip(self.tr("La fracción, redondeada hacia abajo, más uno (como en «la mitad más uno»)"))
        self.sobre = QComboBox()
        for codigo, etiqueta in SOBRE_QUORUM.items():
            self.sobre.addItem(tr(etiqueta), codigo)
        self.segunda = QCheckBox(self.tr("con los presentes, pasados"))
        self.minutos = QSpinBox()
        self.minutos.setRange(1, 600)
        self.minutos.setSingleStep(5)
        self.minutos.setValue(30)
        self.minutos.setSuffix(self.tr(" minutos"))
        self.minutos.setEnabled(False)
        self.articulo = QLineEdit()
        self.articulo.setPlaceholderText(self.tr("por ejemplo: Estatuto, art. 19"))

        formulario = nuevo_formulario()
        formulario.setContentsMargins(0, 0, 0, 0)
        formulario.addRow(self.tr("Fracción:"), en_linea(self.fraccion, self.numerador, self.barra, self.denominador,
                                                          self.mas_uno))
        formulario.addRow(self.tr("Se cuenta sobre:"), self.sobre)
        formulario.addRow(self.tr("Segunda convocatoria:"), en_linea(self.segunda, self.minutos))
        formulario.addRow(self.tr("Artículo:"), self.articulo)
        self.formulario = formulario
        self.setLayout(formulario)

        self.fraccion.currentIndexChanged.connect(self._fraccion_elegida)
        for spin in (self.numerador, self.denominador):
            spin.setProperty("ayuda", spin.toolTip())
            spin.valueChanged.connect(lambda _: (self.marcar_fraccion(None), self.cambiado.emit()))
        self.mas_uno.toggled.connect(lambda _: self.cambiado.emit())
        self.sobre.currentIndexChanged.connect(lambda _: self.cambiado.emit())
        self.segunda.toggled.connect(self._segunda_marcada)
        self.minutos.valueChanged.connect(lambda _: self.cambiado.emit())
        self.articulo.textChanged.connect(lambda _: self.cambiado.emit())
        self.fijar(ReglaQuorum(tipo_decision=tipo_decision))

    @property
    def otra_fraccion(self) -> bool:
        return self.fraccion.currentIndex() == len(FRACCIONES)

    def _fraccion_elegida(self, indice: int) -> None:
        if 0 <= indice < len(FRACCIONES):
            _, numerador, denominador, mas_uno = FRACCIONES[indice]
            for campo, valor in ((self.numerador, numerador), (self.denominador, denominador)):
                campo.blockSignals(True)
                campo.setValue(valor)
                campo.blockSignals(False)
            self.marcar_fraccion(None)
            self.mas_uno.blockSignals(True)
            self.mas_uno.setChecked(mas_uno)
            self.mas_uno.blockSignals(False)
        self._habilitar()
        self.cambiado.emit()

    def _segunda_marcada(self, marcada: bool) -> None:
        self.minutos.setEnabled(marcada)
        self.cambiado.emit()

    def _habilitar(self) -> None:
        otra = self.otra_fraccion
        for campo in (self.numerador, self.barra, self.denominador, self.mas_uno):
            campo.setEnabled(otra)
        self.minutos.setEnabled(self.segunda.isChecked())

    def fijar(self, regla: ReglaQuorum) -> None:
        """Muestra una regla: una fracción conocida se elige de la lista; cualquier otra, como «Otra fracción…»."""
        for campo in (self.fraccion, self.numerador, self.denominador, self.mas_uno, self.sobre, self.segunda,
                      self.minutos, self.articulo):
            campo.blockSignals(True)
        indice = next((i for i, (_, n, d, m) in enumerate(FRACCIONES)
                       if (n, d, m) == (regla.numerador, regla.denominador, bool(regla.mas_uno))), len(FRACCIONES))
        self.fraccion.setCurrentIndex(indice)
        self.numerador.setValue(regla.numerador)
        self.denominador.setValue(regla.denominador)
        self.mas_uno.setChecked(bool(regla.mas_uno))
        self.sobre.setCurrentIndex(max(self.sobre.findData(regla.sobre), 0))
        self.segunda.setChecked(bool(regla.segunda_convocatoria_minutos))
        if regla.segunda_convocatoria_minutos:
            self.minutos.setValue(regla.segunda_convocatoria_minutos)
        self.articulo.setText(regla.articulo or "")
        for campo in (self.fraccion, self.numerador, self.denominador, self.mas_uno, self.sobre, self.segunda,
                      self.minutos, self.articulo):
            campo.blockSignals(False)
        self._habilitar()
        self.cambiado.emit()

    def regla(self) -> ReglaQuorum:
        return ReglaQuorum(self.numerador.value(), self.denominador.value(), self.mas_uno.isChecked(),
                           self.sobre.currentData(), self.minutos.value() if self.segunda.isChecked() else None,
                           self.articulo.text().strip() or None, self.tipo_decision)

    def marcar_fraccion(self, motivo: str | None) -> None:
        """Tiñe el numerador y el denominador (solo el fondo: un borde propio desarma las flechas del selector)."""
        for campo in (self.numerador, self.denominador):
            campo.setStyleSheet(_ESTILO_INVALIDO if motivo else "")
            campo.setToolTip(motivo or campo.property("ayuda") or "")


class FilaDecision:
    """Los campos de un tipo de decisión en la tabla de reglas: quórum (el ordinario o una fracción propia) con su
    artículo, y mayoría (la ordinaria o una propia) con su base y su artículo. La fila ordinaria no tiene quórum
    (es el general, arriba) y su mayoría siempre es propia (sin cargar: la simple)."""

    def __init__(self, tipo: str, al_cambiar):
        self.tipo = tipo
        ordinaria = tipo == "ordinaria"
        self.rotulo = QLabel(tr(TIPOS_DECISION[tipo]))
        self.quorum = QComboBox()
        if not ordinaria:
            self.quorum.addItem(tr("el ordinario"), None)
            for texto, numerador, denominador, mas_uno in FRACCIONES:
                self.quorum.addItem(tr(texto), (numerador, denominador, mas_uno))
        else:
            self.quorum.addItem(tr("el general (arriba)"), None)
            self.quorum.setEnabled(False)
        self.articulo_quorum = QLineEdit()
        self.articulo_quorum.setPlaceholderText(tr("artículo"))
        self.mayoria = QComboBox()
        if not ordinaria:
            self.mayoria.addItem(tr("la ordinaria"), None)
        for clave, nombre in MAYORIAS.items():
            self.mayoria.addItem(tr(nombre), clave)
        self.base = QComboBox()
        # Qué votos cuentan: los de una moción o, en las elecciones, los de una elección (blancos y nulos).
        que_cuenta = QUE_CUENTA_ELECCION if tipo == "eleccion" else QUE_CUENTA_MOCION
        for clave in bases_de(tipo == "eleccion"):
            self.base.addItem(tr(BASES[clave]), clave)
            self.base.setItemData(self.base.count() - 1, tr(que_cuenta[clave]), Qt.ItemDataRole.ToolTipRole)
        # Las bases de una elección tienen nombres largos: el desplegable no ensancha la tabla (a 1024 px no cabría);
        # el nombre entero se ve al abrirlo y en la ayuda emergente.
        self.base.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.base.setMinimumContentsLength(16)
        self.articulo_mayoria = QLineEdit()
        self.articulo_mayoria.setPlaceholderText(tr("artículo"))
        self._quorum_guardado: ReglaQuorum | None = None   # para conservar «sobre» y segunda convocatoria
        self.quorum.currentIndexChanged.connect(lambda _: (self._habilitar(), al_cambiar()))
        self.mayoria.currentIndexChanged.connect(lambda _: (self._habilitar(), al_cambiar()))
        self.base.currentIndexChanged.connect(lambda _: al_cambiar())
        for campo in (self.articulo_quorum, self.articulo_mayoria):
            campo.textChanged.connect(lambda _: al_cambiar())

    def widgets(self) -> list[QWidget]:
        return [self.rotulo, self.quorum, self.articulo_quorum, self.mayoria, self.base, self.articulo_mayoria]

    def _habilitar(self) -> None:
        self.articulo_quorum.setEnabled(self.quorum.currentData() is not None)
        mayoria = self.mayoria.currentData()
        if mayoria in (None, "simple"):
            # La simple no tiene base: son los votos emitidos. Sin mayoría propia, la base es la de la ordinaria.
            self.base.blockSignals(True)
            self.base.setCurrentIndex(self.base.findData(BASE_SIMPLE))
            self.base.blockSignals(False)
        self.base.setEnabled(mayoria not in (None, "simple"))
        self.base.setToolTip(tr("La mayoría simple es más votos a favor que en contra: se cuenta sobre los votos "
                                "emitidos. Para que las abstenciones pesen, elija mayoría absoluta de los presentes.")
                             if mayoria == "simple" else "")
        self.articulo_mayoria.setEnabled(mayoria is not None)

    def fijar(self, quorum: ReglaQuorum | None, mayoria: ReglaMayoria | None) -> None:
        for campo in (self.quorum, self.articulo_quorum, self.mayoria, self.base, self.articulo_mayoria):
            campo.blockSignals(True)
        self._quorum_guardado = quorum
        if self.tipo != "ordinaria":
            if quorum is None:
                self.quorum.setCurrentIndex(0)
            else:
                clave = (quorum.numerador, quorum.denominador, bool(quorum.mas_uno))
                indice = next((i for i in range(self.quorum.count()) if self.quorum.itemData(i) is not None
                               and tuple(self.quorum.itemData(i)) == clave), -1)
                if indice < 0:   # una fracción que no está en la lista se agrega tal cual
                    self.quorum.addItem(f"{quorum.numerador}/{quorum.denominador}" + (" más uno" if quorum.mas_uno
                                                                                       else ""), clave)
                    indice = self.quorum.count() - 1
                self.quorum.setCurrentIndex(indice)
            self.articulo_quorum.setText(quorum.articulo or "" if quorum else "")
        if mayoria is None:
            self.mayoria.setCurrentIndex(max(self.mayoria.findData(None if self.tipo != "ordinaria" else "simple"), 0))
            self.articulo_mayoria.setText("")
        else:
            self.mayoria.setCurrentIndex(self.mayoria.findData(mayoria.mayoria))
            self.base.setCurrentIndex(max(self.base.findData(mayoria.base), 0))
            self.articulo_mayoria.setText(mayoria.articulo or "")
        for campo in (self.quorum, self.articulo_quorum, self.mayoria, self.base, self.articulo_mayoria):
            campo.blockSignals(False)
        self._habilitar()

    def regla_quorum(self, general: ReglaQuorum) -> ReglaQuorum | None:
        clave = self.quorum.currentData()
        if self.tipo == "ordinaria" or clave is None:
            return None
        guardado = self._quorum_guardado
        return ReglaQuorum(clave[0], clave[1], clave[2], guardado.sobre if guardado else general.sobre,
                           guardado.segunda_convocatoria_minutos if guardado else None,
                           self.articulo_quorum.text().strip() or None, self.tipo)

    def regla_mayoria(self) -> ReglaMayoria | None:
        mayoria = self.mayoria.currentData()
        if mayoria is None:
            return None
        base = BASE_SIMPLE if mayoria == "simple" else self.base.currentData()
        return ReglaMayoria(mayoria, base, self.articulo_mayoria.text().strip() or None)
