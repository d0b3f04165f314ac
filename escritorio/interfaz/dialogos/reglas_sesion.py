"""Reglas de sesión de un órgano: el quórum general y el de reforma del estatuto, los poderes, si los
morosos votan y con cuántos días de anticipación se convoca.

Cada regla muestra debajo, mientras se edita, la frase que la describe tal como quedará en las
sesiones. Se guardan todas juntas o ninguna (`servicios.sesiones.fijar_reglas_de_sesion`).
"""

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QGridLayout, QGroupBox,
                               QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget)

from ...dominio.sesiones import ReglaQuorum
from ...errores import ErrorConflicto, ErrorValidacion
from ...servicios.sesiones import TIPOS_DECISION, ReglasDeSesion, fijar_reglas_de_sesion, reglas_de_sesion
from ..comun import mostrar_error, tr
from ..piezas import CajaAvisos, en_linea, nota, nuevo_formulario
from .conflicto import RECARGAR, SOBRESCRIBIR, preguntar_conflicto

# Las fracciones de siempre: (texto, numerador, denominador, más uno).
FRACCIONES = [("la mitad más uno", 1, 2, True), ("la mitad", 1, 2, False), ("un tercio", 1, 3, False),
              ("dos tercios", 2, 3, False), ("tres cuartos", 3, 4, False)]
OTRA_FRACCION = "Otra fracción…"
_SIN_MAXIMO = -1     # valor del selector de poderes que significa «sin máximo» (None)
_SIN_EXIGENCIA = 0   # valor del selector de anticipación que significa «sin exigencia» (None)
_ESTILO_INVALIDO = "QSpinBox { background: #fdecea; color: #8c2a1f; }"
_ESTILO_PREVIA = ("QLabel#previaRegla { background: #eef4fb; border: 1px solid #b8cfe6; border-radius: 6px; "
                  "padding: 6px 10px; }")




def _previa() -> QLabel:
    etiqueta = QLabel()
    etiqueta.setObjectName("previaRegla")
    etiqueta.setWordWrap(True)
    etiqueta.setStyleSheet(_ESTILO_PREVIA)
    etiqueta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return etiqueta


def frase_poderes(poderes_maximos: int | None) -> str:
    if poderes_maximos is None:
        return tr("Cada miembro presente puede llevar poderes sin máximo.")
    if poderes_maximos == 0:
        return tr("No se admiten poderes.")
    if poderes_maximos == 1:
        return tr("Cada miembro presente puede llevar 1 poder.")
    return tr("Cada miembro presente puede llevar hasta {0} poderes.").format(poderes_maximos)


def frase_morosos(suspende_morosos: bool) -> str:
    return (tr("Los miembros con cuotas impagas no votan ni cuentan para el quórum.") if suspende_morosos
            else tr("Los miembros con cuotas impagas votan igual."))


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
        self.sobre.addItem(self.tr("los miembros con derecho a voto"), "con_derecho")
        self.sobre.addItem(self.tr("todos los integrantes"), "integrantes")
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

    def elegir_fraccion(self, texto: str) -> None:
        """Elige una fracción por su texto («dos tercios», «Otra fracción…»)."""
        indice = self.fraccion.findText(self.tr(texto))
        if indice < 0:
            raise ValueError(f"fracción «{texto}» desconocida")
        self.fraccion.setCurrentIndex(indice)

    def regla(self) -> ReglaQuorum:
        return ReglaQuorum(self.numerador.value(), self.denominador.value(), self.mas_uno.isChecked(),
                           self.sobre.currentData(), self.minutos.value() if self.segunda.isChecked() else None,
                           self.articulo.text().strip() or None, self.tipo_decision)

    def marcar_fraccion(self, motivo: str | None) -> None:
        """Tiñe el numerador y el denominador (solo el fondo: un borde propio desarma las flechas del selector)."""
        for campo in (self.numerador, self.denominador):
            campo.setStyleSheet(_ESTILO_INVALIDO if motivo else "")
            campo.setToolTip(motivo or campo.property("ayuda") or "")


class DialogoReglasSesion(QDialog):
    """Cómo sesiona un órgano. `exec()` devuelve Accepted si las reglas quedaron guardadas."""

    def __init__(self, db, asociacion: dict, organo: dict, padre: QWidget | None = None):
        super().__init__(padre)
        self.db, self.asociacion, self.organo = db, asociacion, organo
        self.setWindowTitle(self.tr("Reglas de sesión — {0}").format(organo["nombre"]))

        explicacion = nota(self.tr(
            "Cómo sesiona «{0}»: el quórum que se verifica al tomar asistencia, los poderes que puede llevar cada "
            "miembro, si las cuotas impagas quitan el voto y con cuánta anticipación se convoca. Cite el artículo "
            "que lo establece: la cita aparece en las actas.").format(organo["nombre"]))

        # Quórum general.
        self.general = EditorRegla("ordinaria")
        self.previa_general = _previa()
        grupo_general = QGroupBox(self.tr("Quórum general (ordinaria)"))
        caja = QVBoxLayout(grupo_general)
        caja.addWidget(nota(self.tr("Rige para todas las sesiones y decisiones que no tengan regla propia.")))
        caja.addWidget(self.general)
        caja.addStretch(1)
        caja.addWidget(self.previa_general)

        # Reforma del estatuto.
        self.reforma_propia = QCheckBox(self.tr("Tiene regla propia"))
        self.reforma_propia.setToolTip(self.tr("Sin regla propia, para reformar el estatuto rige el quórum general."))
        self.reforma = EditorRegla("reforma_estatuto")
        self.reforma.setEnabled(False)
        self.previa_reforma = _previa()
        grupo_reforma = QGroupBox(self.tr("Reforma del estatuto"))
        caja = QVBoxLayout(grupo_reforma)
        caja.addWidget(self.reforma_propia)
        caja.addWidget(self.reforma)
        caja.addStretch(1)
        caja.addWidget(self.previa_reforma)

        # Asistencia y convocatoria.
        self.poderes = QSpinBox()
        self.poderes.setRange(_SIN_MAXIMO, 99)
        self.poderes.setSpecialValueText(self.tr("Sin máximo"))
        self.poderes.setMinimumWidth(120)
        self.poderes.setToolTip(self.tr("Cuántos miembros ausentes puede representar cada presente (0: no se admiten "
                                        "poderes)."))
        self.explicacion_poderes = nota(self.tr("0 = no se admiten poderes"))
        self.explicacion_poderes.setWordWrap(False)
        self.suspende_morosos = QCheckBox(self.tr("Los miembros con cuotas impagas no votan"))
        self.suspende_morosos.setToolTip(self.tr(
            "Los miembros con el voto suspendido por cuotas impagas (según la regla de Cuotas) no votan ni cuentan "
            "para el quórum."))
        self.anticipacion = QSpinBox()
        self.anticipacion.setRange(_SIN_EXIGENCIA, 365)
        self.anticipacion.setSpecialValueText(self.tr("Sin exigencia"))
        self.anticipacion.setSuffix(self.tr(" días"))
        self.anticipacion.setMinimumWidth(120)
        self.articulo_convocatoria = QLineEdit()
        self.articulo_convocatoria.setPlaceholderText(self.tr("por ejemplo: Estatuto, art. 18"))
        self.previa_asistencia = _previa()
        grupo_asistencia = QGroupBox(self.tr("Asistencia y convocatoria"))
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Máximo de poderes por miembro:"), en_linea(self.poderes, self.explicacion_poderes))
        formulario.addRow("", self.suspende_morosos)
        formulario.addRow(self.tr("Días de anticipación de la convocatoria:"),
                          en_linea(self.anticipacion, QLabel(self.tr("según")), self.articulo_convocatoria,
                                    estirar=False))
        caja = QVBoxLayout(grupo_asistencia)
        caja.addLayout(formulario)
        caja.addWidget(self.previa_asistencia)

        self.avisos = CajaAvisos()
        botones = QDialogButtonBox()
        self.boton_guardar = botones.addButton(self.tr("Guardar"), QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_guardar.setDefault(True)
        self.boton_guardar.clicked.connect(self.guardar)
        botones.rejected.connect(self.reject)

        reglas = QGridLayout()
        reglas.addWidget(grupo_general, 0, 0)
        reglas.addWidget(grupo_reforma, 0, 1)
        reglas.setColumnStretch(0, 1)
        reglas.setColumnStretch(1, 1)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addSpacing(4)
        disposicion.addLayout(reglas)
        disposicion.addWidget(grupo_asistencia)
        disposicion.addWidget(self.avisos)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)
        self.setMinimumWidth(1100)

        self.general.cambiado.connect(self._actualizar)
        self.reforma.cambiado.connect(self._actualizar)
        self.reforma_propia.toggled.connect(self._reforma_marcada)
        self.poderes.valueChanged.connect(lambda _: self._actualizar())
        self.suspende_morosos.toggled.connect(lambda _: self._actualizar())
        self.anticipacion.valueChanged.connect(lambda _: self._actualizar())
        self.articulo_convocatoria.textChanged.connect(lambda _: self._actualizar())
        self._cargar()
        self.general.fraccion.setFocus()

    # --- datos ------------------------------------------------------------------------------------
    def _cargar(self) -> None:
        self._leidas: ReglasDeSesion | None = None
        try:
            reglas = reglas_de_sesion(self.db, self.asociacion["id"], self.organo["id"])
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "reglas de sesión")
            self.boton_guardar.setEnabled(False)   # sin leer las reglas vigentes, no se pisan
            self._actualizar()
            return
        self._leidas = reglas   # al guardar se nota si otro programa las cambió entretanto
        self.general.fijar(reglas.reglas["ordinaria"] or ReglaQuorum())
        reforma = reglas.reglas.get("reforma_estatuto")
        self.reforma_propia.setChecked(reforma is not None)
        # Sin regla propia, los campos proponen la general: al marcar la casilla se parte de ella.
        self.reforma.fijar(reforma or replace(reglas.reglas["ordinaria"] or ReglaQuorum(), articulo=None))
        self.poderes.setValue(_SIN_MAXIMO if reglas.poderes_maximos is None else reglas.poderes_maximos)
        self.suspende_morosos.setChecked(reglas.suspende_morosos)
        self.anticipacion.setValue(reglas.anticipacion_dias or _SIN_EXIGENCIA)
        self.articulo_convocatoria.setText(reglas.articulo_convocatoria or "")
        self._actualizar()

    def reglas(self) -> ReglasDeSesion:
        """Las reglas tal como están en el formulario."""
        poderes = self.poderes.value()
        dias = self.anticipacion.value()
        return ReglasDeSesion(
            {"ordinaria": self.general.regla(),
             "reforma_estatuto": self.reforma.regla() if self.reforma_propia.isChecked() else None},
            poderes_maximos=None if poderes == _SIN_MAXIMO else poderes,
            suspende_morosos=self.suspende_morosos.isChecked(),
            anticipacion_dias=None if dias == _SIN_EXIGENCIA else dias,
            articulo_convocatoria=self.articulo_convocatoria.text().strip() or None)

    # --- vista previa -------------------------------------------------------------------------------
    def _reforma_marcada(self, marcada: bool) -> None:
        self.reforma.setEnabled(marcada)
        self._actualizar()

    def _actualizar(self) -> None:
        reglas = self.reglas()
        self.previa_general.setText(reglas.reglas["ordinaria"].describir())
        reforma = reglas.reglas["reforma_estatuto"]
        if reforma is not None:
            self.previa_reforma.setText(reforma.describir())
        else:
            self.previa_reforma.setText(self.tr("Sin regla propia: rige el quórum general."))
        self.previa_reforma.setEnabled(reforma is not None)
        self.previa_asistencia.setText(" ".join((
            frase_poderes(reglas.poderes_maximos), frase_morosos(reglas.suspende_morosos),
            frase_convocatoria(reglas.anticipacion_dias, reglas.articulo_convocatoria))))

    @property
    def vista_previa(self) -> dict[str, str]:
        """Lo que dicen las vistas previas: {"ordinaria": …, "reforma_estatuto": …, "asistencia": …}."""
        return {"ordinaria": self.previa_general.text(), "reforma_estatuto": self.previa_reforma.text(),
                "asistencia": self.previa_asistencia.text()}

    # --- guardar ------------------------------------------------------------------------------------
    def guardar(self, _marcado: bool = False, leidas: ReglasDeSesion | None = None) -> None:
        try:
            fijar_reglas_de_sesion(self.db, self.asociacion["id"], self.organo["id"], self.reglas(),
                                   leidas=leidas or self._leidas)
        except ErrorConflicto as error:
            respuesta = preguntar_conflicto(self, error, self.tr("las reglas de sesión de «{0}»").format(self.organo["nombre"]))
            if respuesta == SOBRESCRIBIR:
                self.guardar(leidas=error.actual)   # si entretanto cambiaron otra vez, se vuelve a preguntar
            elif respuesta == RECARGAR:
                self._cargar()
                self.avisos.mostrar([self.tr("Se recargaron las reglas actuales; sus cambios no se guardaron.")], "")
            else:
                self.avisos.mostrar([self.tr("Sus cambios siguen en pantalla y las reglas que guardó el otro programa "
                                             "siguen en la base. Revise y guarde de nuevo si corresponde.")],
                                    self.tr("No se guardó nada."), clase="error")
            return
        except ErrorValidacion as error:
            self._mostrar_problemas(error)
            return
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "guardar reglas de sesión")
            return
        self.accept()

    def _mostrar_problemas(self, error: ErrorValidacion) -> None:
        problemas = error.problemas or [error.mensaje]
        for tipo, editor in (("ordinaria", self.general), ("reforma_estatuto", self.reforma)):
            prefijo = f"{TIPOS_DECISION[tipo]}:"
            for problema in problemas:
                if problema.startswith(prefijo) and "fracción" in problema:
                    editor.marcar_fraccion(problema.removeprefix(prefijo).strip())
        titulo = error.mensaje.splitlines()[0] if error.problemas else ""
        self.avisos.mostrar(problemas, titulo, clase="error")

