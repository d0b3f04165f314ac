"""Reglas de sesión de un órgano desde una fecha: el quórum general; por tipo de decisión (reforma del
estatuto, admisión, disolución…) su quórum y su mayoría con sus artículos; los poderes y su artículo, si los
morosos votan y con cuántos días de anticipación se convoca.

Cada regla muestra, mientras se edita, la frase que la describe tal como quedará en las sesiones. Se guardan
todas juntas o ninguna (`servicios.sesiones.fijar_reglas_de_sesion`). «Rigen desde»: guardar con otra fecha
crea una versión nueva; las sesiones anteriores a esa fecha se siguen juzgando con la versión vieja.
"""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QMessageBox,
                               QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget)

from ...dominio.mayorias import (BASE_SIMPLE, BASES, MAYORIAS, QUE_CUENTA_ELECCION, QUE_CUENTA_MOCION, TIPOS_DECISION,
                                 ReglaMayoria, bases_de)
from ...dominio.sesiones import SOBRE_QUORUM, ReglaQuorum
from ...dominio.voto_de_los_morosos import ReglaDelVotoMoroso
from ...dominio import formato
from ...errores import ErrorConflicto, ErrorValidacion
from ...servicios.reglas_del_estatuto import ReglasGuardadas, fecha_para_un_cambio
from ...servicios.reglas_por_reforma import aplicar_reforma, reformas_aplicables
from ...servicios.sesiones import ReglasDeSesion, campo_de_regla, fijar_reglas_de_sesion, reglas_de_sesion
from ...servicios.voto_de_los_morosos import regla_del_voto_moroso
from .baja import editor_de_fecha
from ..comun import mostrar_error, tr
from ..piezas import CajaAvisos, DesplazableAlAncho, DialogoBase, pantalla_libre, en_linea, nota, nuevo_formulario
from .conflicto import RECARGAR, SOBRESCRIBIR, preguntar_conflicto
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina

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


class DialogoReglasSesion(DeLaOficina, DialogoBase):
    """Cómo sesiona un órgano. `exec()` devuelve Accepted si las reglas quedaron guardadas."""

    def __init__(self, oficina: Oficina, organo: dict, padre: QWidget | None = None):
        super().__init__(padre, self.tr("Reglas de sesión — {0}").format(organo["nombre"]))
        self.oficina, self.organo = oficina, organo
        self.guardadas: ReglasGuardadas | None = None   # lo que devolvió el servicio al guardar
        self.aviso_guardado: QMessageBox | None = None   # el aviso de las reglas sin base estatutaria, si hubo

        explicacion = nota(self.tr(
            "Cómo sesiona «{0}»: el quórum que se verifica al tomar asistencia, la mayoría que pide cada tipo de "
            "decisión, los poderes que puede llevar cada miembro, si las cuotas impagas quitan el voto y con cuánta "
            "anticipación se convoca. Cite el artículo que lo establece: la cita aparece en la convocatoria y en las "
            "actas.").format(organo["nombre"]))

        # Desde cuándo rigen.
        self.desde = editor_de_fecha()
        self.desde.setMaximumWidth(160)
        self.desde_siempre = QCheckBox(self.tr("desde siempre"))
        self.desde_siempre.setToolTip(self.tr("Sin fecha: rigen para todas las sesiones que no tengan una versión "
                                              "posterior."))
        self.versiones = nota()
        fila_desde = en_linea(QLabel(self.tr("Rigen desde:")), self.desde, self.desde_siempre)
        # El estatuto manda: una regla que cita un artículo solo se endurece desde aquí, con motivo (el servicio lo
        # decide y lo explica; el diálogo solo lleva el motivo).
        self.motivo = QLineEdit()
        self.motivo.setPlaceholderText(self.tr("Por qué se endurece una regla que cita un artículo (queda guardado con "
                                               "la regla)"))
        self.motivo.setToolTip(self.tr("Una regla que cita un artículo del estatuto solo se hace más exigente desde "
                                       "aquí, con un motivo; para rebajarla hay que reformar ese artículo."))
        fila_motivo = en_linea(QLabel(self.tr("Motivo:")), self.motivo, estirar=False)
        # Aplicar una reforma registrada sin fijar sus reglas: lo de «organos reglas … --por-reforma N». Las reformas
        # que se ofrecen las da el servicio (las que cambiaron un artículo que citan estas reglas).
        self.por_reforma = QComboBox()
        self.por_reforma.addItem(self.tr("(ninguna: un cambio de la configuración, que solo endurece)"), None)
        try:
            for aplicable in reformas_aplicables(oficina.contexto, organo["id"]):
                self.por_reforma.addItem(aplicable.rotulo, aplicable.id)
                self.por_reforma.setItemData(self.por_reforma.count() - 1, aplicable.vigente_desde,
                                             Qt.ItemDataRole.UserRole + 1)
                self.por_reforma.setItemData(self.por_reforma.count() - 1, aplicable.numero,
                                             Qt.ItemDataRole.UserRole + 2)
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "reformas del estatuto")
        self.por_reforma.setToolTip(self.tr(
            "Una reforma del estatuto registrada sin fijar las reglas de sesión: las reglas que citan un artículo que "
            "cambió toman el valor que escriba (aun si pide menos), desde la fecha de la reforma; lo demás sigue "
            "la regla de siempre."))
        self.por_reforma.currentIndexChanged.connect(lambda _: self._reforma_elegida())
        fila_reforma = en_linea(QLabel(self.tr("Aplicar una reforma:")), self.por_reforma)

        # Quórum general.
        self.general = EditorRegla("ordinaria")
        self.previa_general = _previa()
        grupo_general = QGroupBox(self.tr("Quórum general (ordinaria)"))
        caja = QVBoxLayout(grupo_general)
        caja.addWidget(nota(self.tr("Rige para todas las sesiones y decisiones que no tengan quórum propio.")))
        caja.addWidget(self.general)
        caja.addStretch(1)
        caja.addWidget(self.previa_general)

        # Por tipo de decisión: quórum y mayoría con sus artículos.
        self.filas = {tipo: FilaDecision(tipo, self._actualizar) for tipo in TIPOS_DECISION}
        tabla = QGridLayout()
        tabla.setHorizontalSpacing(8)
        for columna, rotulo in enumerate((self.tr("Decisión"), self.tr("Quórum"), self.tr("Artículo del quórum"),
                                          self.tr("Mayoría"), self.tr("Base"), self.tr("Artículo de la mayoría"))):
            cabeza = QLabel(f"<b>{rotulo}</b>")
            cabeza.setWordWrap(True)   # «Artículo de la mayoría» en dos renglones: la tabla entra a 1366×768 al 150 %
            tabla.addWidget(cabeza, 0, columna, Qt.AlignmentFlag.AlignBottom)
        for fila, tipo in enumerate(TIPOS_DECISION, start=1):
            for columna, widget in enumerate(self.filas[tipo].widgets()):
                tabla.addWidget(widget, fila, columna)
        tabla.setColumnStretch(2, 1)
        tabla.setColumnStretch(5, 1)
        self.previa_decisiones = _previa()
        grupo_decisiones = QGroupBox(self.tr("Quórum y mayoría por tipo de decisión"))
        caja = QVBoxLayout(grupo_decisiones)
        caja.addWidget(nota(self.tr("«el ordinario» / «la ordinaria»: rige la regla de las decisiones ordinarias. "
                                    "La mayoría simple es más votos a favor que en contra (sin base: los votos "
                                    "emitidos).")))
        caja.addLayout(tabla)
        caja.addWidget(self.previa_decisiones)

        # Asistencia y convocatoria.
        self.poderes = QSpinBox()
        self.poderes.setRange(_SIN_MAXIMO, 99)
        self.poderes.setSpecialValueText(self.tr("Sin máximo"))
        self.poderes.setMinimumWidth(120)
        self.poderes.setToolTip(self.tr("Cuántos miembros ausentes puede representar cada presente (0: no se admiten "
                                        "poderes)."))
        self.explicacion_poderes = nota(self.tr("0 = no se admiten poderes"))
        self.explicacion_poderes.setWordWrap(False)
        self.articulo_poderes = QLineEdit()
        self.articulo_poderes.setPlaceholderText(self.tr("por ejemplo: Estatuto, art. 21"))
        # Cuántas cuotas suspenden el voto lo dice la asociación (Cuotas › Morosidad); aquí solo si este órgano lo
        # aplica. La frase de la vista previa es la misma que muestra Morosidad (servicios.voto_de_los_morosos).
        self.suspende_morosos = QCheckBox(self.tr("Aplicar la suspensión del voto por cuotas impagas (se fija en "
                                                  "Cuotas › Morosidad)"))
        self.suspende_morosos.setToolTip(self.tr(
            "Quien debe las cuotas que suspenden el voto según la regla de Cuotas › Morosidad no vota ni cuenta para "
            "el quórum en las sesiones de este órgano. Si los estatutos no suspenden el voto, nadie lo pierde."))
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
        formulario.addRow(self.tr("Artículo de los poderes:"), self.articulo_poderes)
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

        # Lado a lado si la pantalla es ancha; uno debajo del otro en una de 1024 px (o al 150 %).
        libre = pantalla_libre(self)
        angosta = libre is not None and libre.width() < 1200
        arriba = QGridLayout()
        arriba.addWidget(grupo_general, 0, 0)
        arriba.addWidget(grupo_asistencia, 1 if angosta else 0, 0 if angosta else 1)
        arriba.setColumnStretch(0, 1)
        arriba.setColumnStretch(1, 0 if angosta else 1)
        # Todo menos los botones se desplaza hacia abajo: a 1024×600 (o al 150 %) el diálogo entra en la pantalla y
        # Guardar / Cancelar quedan siempre a la vista.
        contenido = QWidget()
        caja = QVBoxLayout(contenido)
        caja.setContentsMargins(0, 0, 6, 0)
        caja.addWidget(explicacion)
        caja.addLayout(fila_reforma)
        caja.addLayout(fila_desde)
        caja.addWidget(self.versiones)
        caja.addLayout(fila_motivo)
        caja.addSpacing(4)
        caja.addLayout(arriba)
        caja.addWidget(grupo_decisiones)
        caja.addWidget(self.avisos)
        caja.addStretch(1)
        desplazable = DesplazableAlAncho()
        desplazable.setWidget(contenido)
        self._desplazable = desplazable
        desplazable.setMinimumWidth(contenido.minimumSizeHint().width()
                                    + desplazable.verticalScrollBar().sizeHint().width() + 2)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(desplazable, 1)
        disposicion.addWidget(botones)
        self.caber_en_la_pantalla(1150, contenido.sizeHint().height() + 60)

        self.general.cambiado.connect(self._actualizar)
        self.desde.dateChanged.connect(lambda _: self._actualizar())
        self.desde_siempre.toggled.connect(lambda marcada: (self.desde.setEnabled(not marcada), self._actualizar()))
        self.poderes.valueChanged.connect(lambda _: self._actualizar())
        self.articulo_poderes.textChanged.connect(lambda _: self._actualizar())
        self.suspende_morosos.toggled.connect(lambda _: self._actualizar())
        self.anticipacion.valueChanged.connect(lambda _: self._actualizar())
        self.articulo_convocatoria.textChanged.connect(lambda _: self._actualizar())
        self._cargar()
        self.general.fraccion.setFocus()

    # atajos de las pruebas y de quien lee el código: la fila de reforma del estatuto
    @property
    def reforma(self) -> FilaDecision:
        return self.filas["reforma_estatuto"]

    # --- datos ------------------------------------------------------------------------------------
    def reforma_elegida(self) -> int | None:
        return self.por_reforma.currentData()

    def elegir_reforma(self, numero: str | None) -> bool:
        """Elige la reforma por su número («2», o «Reglamento de cuotas:1»); None: ninguna."""
        indice = self.por_reforma.findData(numero, Qt.ItemDataRole.UserRole + 2) if numero else 0
        if indice >= 0:
            self.por_reforma.setCurrentIndex(indice)
        return indice >= 0

    def _reforma_elegida(self) -> None:
        """Con una reforma, se muestran las reglas que regían el día de la reforma (de ahí parte el cambio)."""
        self._cargar()
        self.avisos.mostrar([], "")

    def _cargar(self) -> None:
        self._leidas: ReglasDeSesion | None = None
        self._voto_moroso: ReglaDelVotoMoroso | None = None
        reforma_desde = self.por_reforma.currentData(Qt.ItemDataRole.UserRole + 1)
        try:
            contexto = self.contexto
            # Se muestra (y se cambia) la versión que rige desde la fecha de un cambio: hoy, o la vigente si con ella
            # todavía no se celebró ninguna sesión (un cambio nunca reescribe sesiones ya celebradas); con una
            # reforma, la que rige desde su fecha.
            versiones = reglas_de_sesion(contexto, self.organo["id"]).versiones
            desde = reforma_desde or fecha_para_un_cambio(contexto, self.organo["id"], versiones)
            reglas = reglas_de_sesion(contexto, self.organo["id"], desde or "1900-01-01")
            leidas = replace(reglas)   # con la fecha de su versión: la que mira el aviso de conflicto
            reglas.vigente_desde = desde
            self._voto_moroso = regla_del_voto_moroso(contexto, self.organo["id"])
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, "reglas de sesión")
            self.boton_guardar.setEnabled(False)   # sin leer las reglas vigentes, no se pisan
            self._actualizar()
            return
        self._leidas = leidas   # al guardar se nota si otro programa las cambió entretanto
        self.general.fijar(reglas.reglas["ordinaria"] or ReglaQuorum())
        for tipo, fila in self.filas.items():
            fila.fijar(reglas.reglas.get(tipo) if tipo != "ordinaria" else None, reglas.mayorias.get(tipo))
        self.desde_siempre.setChecked(reglas.vigente_desde is None)
        self.desde_siempre.setEnabled(reforma_desde is None)   # una reforma rige desde su fecha (o después)
        self.desde.setEnabled(reglas.vigente_desde is not None)
        self.desde.setDate(QDate(reglas.vigente_desde or date.today()))
        fechas = [self.tr("desde siempre") if f is None else self.tr("desde el {0}").format(formato.fecha(f))
                  for f in reglas.versiones]
        self.versiones.setText(
            self.tr("Versiones guardadas: {0}. Se muestra la que rige desde la fecha de arriba. Guardar con una fecha "
                    "nueva crea una versión: las sesiones anteriores a esa fecha se siguen juzgando con la versión "
                    "vieja, y una fecha anterior a una sesión ya celebrada se rechaza.").format("; ".join(fechas))
            if fechas else self.tr("El órgano no tiene reglas guardadas: rigen la mitad más uno y la mayoría simple."))
        self.poderes.setValue(_SIN_MAXIMO if reglas.poderes_maximos is None else reglas.poderes_maximos)
        self.articulo_poderes.setText(reglas.articulo_poderes or "")
        self.suspende_morosos.setChecked(reglas.suspende_morosos)
        self.anticipacion.setValue(reglas.anticipacion_dias or _SIN_EXIGENCIA)
        self.articulo_convocatoria.setText(reglas.articulo_convocatoria or "")
        self._actualizar()

    def reglas(self) -> ReglasDeSesion:
        """Las reglas tal como están en el formulario."""
        poderes = self.poderes.value()
        dias = self.anticipacion.value()
        general = self.general.regla()
        quorums: dict[str, ReglaQuorum | None] = {"ordinaria": general}
        quorums.update({tipo: fila.regla_quorum(general) for tipo, fila in self.filas.items() if tipo != "ordinaria"})
        return ReglasDeSesion(
            quorums,
            poderes_maximos=None if poderes == _SIN_MAXIMO else poderes,
            suspende_morosos=self.suspende_morosos.isChecked(),
            anticipacion_dias=None if dias == _SIN_EXIGENCIA else dias,
            articulo_convocatoria=self.articulo_convocatoria.text().strip() or None,
            mayorias={tipo: fila.regla_mayoria() for tipo, fila in self.filas.items()},
            articulo_poderes=self.articulo_poderes.text().strip() or None,
            vigente_desde=None if self.desde_siempre.isChecked() else self.desde.date().toPython())

    # --- vista previa -------------------------------------------------------------------------------
    def _actualizar(self) -> None:
        if not hasattr(self, "previa_asistencia"):
            return   # todavía se están armando las filas
        reglas = self.reglas()
        self.previa_general.setText(reglas.reglas["ordinaria"].describir())
        lineas = []
        for tipo in TIPOS_DECISION:
            lineas.append(f"<b>{tr(TIPOS_DECISION[tipo])}:</b> {self.describir_decision(reglas, tipo)}")
        self.previa_decisiones.setText("<br>".join(lineas))
        self.previa_asistencia.setText(" ".join(frase for frase in (
            frase_poderes(reglas.poderes_maximos, reglas.articulo_poderes), self._frase_morosos(reglas.suspende_morosos),
            frase_convocatoria(reglas.anticipacion_dias, reglas.articulo_convocatoria)) if frase))

    def _frase_morosos(self, se_aplica: bool) -> str:
        """La regla del voto de quien debe cuotas con la casilla como está (la frase de Morosidad)."""
        regla = getattr(self, "_voto_moroso", None)
        if regla is None:   # todavía no se leyó (o no se pudo leer) la regla de la asociación
            return ""
        return replace(regla, se_aplica=se_aplica).texto()

    def describir_decision(self, reglas: ReglasDeSesion, tipo: str) -> str:
        """«quórum general; mayoría: dos tercios de … (Estatuto, art. 20).»"""
        propio = reglas.reglas.get(tipo) if tipo != "ordinaria" else None
        quorum = (self.tr("quórum propio: {0}").format(propio.describir_regla())
                  if propio else self.tr("quórum general"))
        mayoria = reglas.mayorias.get(tipo)
        if mayoria is None:
            texto_mayoria = self.tr("mayoría: la ordinaria")
        else:
            texto_mayoria = mayoria.describir_en_frase(eleccion=tipo == "eleccion")
        return f"{quorum}; {texto_mayoria}."

    @property
    def vista_previa(self) -> dict[str, str]:
        """Lo que dicen las vistas previas: {"ordinaria": …, "decisiones": …, "asistencia": …, <tipo>: …}."""
        reglas = self.reglas()
        return {"ordinaria": self.previa_general.text(), "decisiones": self.previa_decisiones.text(),
                "asistencia": self.previa_asistencia.text(),
                **{tipo: self.describir_decision(reglas, tipo) for tipo in TIPOS_DECISION if tipo != "ordinaria"}}

    # --- guardar ------------------------------------------------------------------------------------
    def guardar(self, _marcado: bool = False, leidas: ReglasDeSesion | None = None) -> None:
        try:
            if self.reforma_elegida() is not None:
                self.guardadas = aplicar_reforma(self.contexto, self.organo["id"], self.reforma_elegida(),
                                                 self.reglas(), self.desde.date().toPython(), self.motivo.text(),
                                                 leidas=leidas or self._leidas)
            else:
                self.guardadas = fijar_reglas_de_sesion(self.contexto, self.organo["id"], self.reglas(),
                                                        leidas=leidas or self._leidas, motivo=self.motivo.text())
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
        if self.guardadas.avisos:
            # Reglas sin base estatutaria: guardadas, y se dice en un aviso que no detiene al usuario (el diálogo se
            # cierra; el aviso queda sobre la ventana).
            self.aviso_guardado = QMessageBox(QMessageBox.Icon.Information, self.tr("Reglas de sesión guardadas"),
                                              "\n\n".join(self.guardadas.avisos), QMessageBox.StandardButton.Ok,
                                              self.parentWidget())
            self.aviso_guardado.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.aviso_guardado.open()
        self.accept()

    def _mostrar_problemas(self, error: ErrorValidacion) -> None:
        problemas = error.problemas or [error.mensaje]
        # El problema de la fracción de quórum de la regla general (el servicio dice de qué campo habla) marca el
        # campo de la fracción, con su motivo.
        fraccion = error.campos.get(campo_de_regla("ordinaria", "fraccion"))
        if fraccion is not None:
            self.general.marcar_fraccion(getattr(fraccion, "motivo", fraccion))
        titulo = error.mensaje.splitlines()[0] if error.problemas else ""
        self.avisos.mostrar(problemas, titulo, clase="error")
        # Los avisos van al pie del formulario: a 1024×600 quedan fuera de la vista; se lleva la vista hasta ellos.
        QTimer.singleShot(0, self, self._llevar_a_los_avisos)   # con el diálogo como contexto: si se cierra, no corre

    def _llevar_a_los_avisos(self) -> None:
        self._desplazable.ensureWidgetVisible(self.avisos)
