"""Reglas de sesión de un órgano desde una fecha: el quórum general; por tipo de decisión (reforma del
estatuto, admisión, disolución…) su quórum y su mayoría con sus artículos; los poderes y su artículo, si los
morosos votan y con cuántos días de anticipación se convoca.

Cada regla muestra, mientras se edita, la frase que la describe tal como quedará en las sesiones. Se guardan
todas juntas o ninguna (`servicios.sesiones.reglas.fijar_reglas_de_sesion`). «Rigen desde»: guardar con otra fecha
crea una versión nueva; las sesiones anteriores a esa fecha se siguen juzgando con la versión vieja.

Aquí está el diálogo (`DialogoReglasSesion`); los editores de cada regla y las frases, en
`reglas_sesion_editores.py`.
"""

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QMessageBox, QLabel,
                               QLineEdit, QSpinBox, QVBoxLayout, QWidget)

from ...dominio.mayorias import TIPOS_DECISION
from ...dominio.sesiones import ReglaQuorum
from ...dominio.voto_de_los_morosos import ReglaDelVotoMoroso
from ...dominio import formato
from ...errores import ErrorConflicto, ErrorEscritorio, ErrorValidacion
from ...servicios.reglas_del_estatuto import ReglasGuardadas, fecha_para_un_cambio
from ...servicios.reglas_por_reforma import aplicar_reforma, reformas_aplicables
from ...servicios.sesiones.reglas import ReglasDeSesion, campo_de_regla, fijar_reglas_de_sesion, reglas_de_sesion
from ...servicios.voto_de_los_morosos import regla_del_voto_moroso
from .baja import editor_de_fecha
from ..comun import tr
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..piezas import CajaAvisos, DesplazableAlAncho, DialogoBase, pantalla_libre, en_linea, nota, nuevo_formulario
from .conflicto import RECARGAR, SOBRESCRIBIR, preguntar_conflicto
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina
from .reglas_sesion_editores import (SIN_EXIGENCIA, SIN_MAXIMO, EditorRegla, FilaDecision, etiqueta_de_previa,
                                     frase_convocatoria, frase_poderes)


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
        aplicables = consultar_en_la_ventana(self, lambda: reformas_aplicables(oficina.contexto, organo["id"]),
                                             que="reformas del estatuto")
        for aplicable in aplicables or ():
            self.por_reforma.addItem(aplicable.rotulo, aplicable.id)
            self.por_reforma.setItemData(self.por_reforma.count() - 1, aplicable.vigente_desde,
                                         Qt.ItemDataRole.UserRole + 1)
            self.por_reforma.setItemData(self.por_reforma.count() - 1, aplicable.numero,
                                         Qt.ItemDataRole.UserRole + 2)
        self.por_reforma.setToolTip(self.tr(
            "Una reforma del estatuto registrada sin fijar las reglas de sesión: las reglas que citan un artículo que "
            "cambió toman el valor que escriba (aun si pide menos), desde la fecha de la reforma; lo demás sigue "
            "la regla de siempre."))
        self.por_reforma.currentIndexChanged.connect(lambda _: self._reforma_elegida())
        fila_reforma = en_linea(QLabel(self.tr("Aplicar una reforma:")), self.por_reforma)

        # Quórum general.
        self.general = EditorRegla("ordinaria")
        self.previa_general = etiqueta_de_previa()
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
        self.previa_decisiones = etiqueta_de_previa()
        grupo_decisiones = QGroupBox(self.tr("Quórum y mayoría por tipo de decisión"))
        caja = QVBoxLayout(grupo_decisiones)
        caja.addWidget(nota(self.tr("«el ordinario» / «la ordinaria»: rige la regla de las decisiones ordinarias. "
                                    "La mayoría simple es más votos a favor que en contra (sin base: los votos "
                                    "emitidos).")))
        caja.addLayout(tabla)
        caja.addWidget(self.previa_decisiones)

        # Asistencia y convocatoria.
        self.poderes = QSpinBox()
        self.poderes.setRange(SIN_MAXIMO, 99)
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
        self.anticipacion.setRange(SIN_EXIGENCIA, 365)
        self.anticipacion.setSpecialValueText(self.tr("Sin exigencia"))
        self.anticipacion.setSuffix(self.tr(" días"))
        self.anticipacion.setMinimumWidth(120)
        self.articulo_convocatoria = QLineEdit()
        self.articulo_convocatoria.setPlaceholderText(self.tr("por ejemplo: Estatuto, art. 18"))
        self.previa_asistencia = etiqueta_de_previa()
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

    def _reforma_elegida(self) -> None:
        """Con una reforma, se muestran las reglas que regían el día de la reforma (de ahí parte el cambio)."""
        self._cargar()
        self.avisos.mostrar([], "")

    def _cargar(self) -> None:
        self._leidas: ReglasDeSesion | None = None
        self._voto_moroso: ReglaDelVotoMoroso | None = None
        reforma_desde = self.por_reforma.currentData(Qt.ItemDataRole.UserRole + 1)

        def leer():
            contexto = self.contexto
            # Se muestra (y se cambia) la versión que rige desde la fecha de un cambio: hoy, o la vigente si con ella
            # todavía no se celebró ninguna sesión (un cambio nunca reescribe sesiones ya celebradas); con una
            # reforma, la que rige desde su fecha.
            versiones = reglas_de_sesion(contexto, self.organo["id"]).versiones
            desde = reforma_desde or fecha_para_un_cambio(contexto, self.organo["id"], versiones)
            reglas = reglas_de_sesion(contexto, self.organo["id"], desde or "1900-01-01")
            leidas = replace(reglas)   # con la fecha de su versión: la que mira el aviso de conflicto
            reglas.vigente_desde = desde
            return reglas, leidas, regla_del_voto_moroso(contexto, self.organo["id"])

        leido = consultar_en_la_ventana(self, leer, que="reglas de sesión")
        if leido is FALLO:
            self.boton_guardar.setEnabled(False)   # sin leer las reglas vigentes, no se pisan
            self._actualizar()
            return
        reglas, leidas, self._voto_moroso = leido
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
        self.poderes.setValue(SIN_MAXIMO if reglas.poderes_maximos is None else reglas.poderes_maximos)
        self.articulo_poderes.setText(reglas.articulo_poderes or "")
        self.suspende_morosos.setChecked(reglas.suspende_morosos)
        self.anticipacion.setValue(reglas.anticipacion_dias or SIN_EXIGENCIA)
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
            poderes_maximos=None if poderes == SIN_MAXIMO else poderes,
            suspende_morosos=self.suspende_morosos.isChecked(),
            anticipacion_dias=None if dias == SIN_EXIGENCIA else dias,
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
        contexto, organo_id, reforma = self.contexto, self.organo["id"], self.reforma_elegida()
        reglas, desde, motivo = self.reglas(), self.desde.date().toPython(), self.motivo.text()
        leidas = leidas or self._leidas
        if reforma is not None:
            def guardar():
                return aplicar_reforma(contexto, organo_id, reforma, reglas, desde, motivo, leidas=leidas)
        else:
            def guardar():
                return fijar_reglas_de_sesion(contexto, organo_id, reglas, leidas=leidas, motivo=motivo)
        hecho = hacer_en_la_ventana(self, self.oficina, guardar, que="guardar reglas de sesión",
                                    al_rechazar=self._rechazado)
        if hecho is None:
            return
        self.guardadas = hecho.resultado
        if self.guardadas.avisos:
            # Reglas sin base estatutaria: guardadas, y se dice en un aviso que no detiene al usuario (el diálogo se
            # cierra; el aviso queda sobre la ventana).
            self.aviso_guardado = QMessageBox(QMessageBox.Icon.Information, self.tr("Reglas de sesión guardadas"),
                                              "\n\n".join(self.guardadas.avisos), QMessageBox.StandardButton.Ok,
                                              self.parentWidget())
            self.aviso_guardado.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.aviso_guardado.open()
        self.accept()

    def _rechazado(self, error: ErrorEscritorio) -> bool:
        """Un conflicto se pregunta; los problemas de las reglas, en los avisos del formulario; lo demás, al cuadro."""
        if isinstance(error, ErrorConflicto):
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
            return True
        if isinstance(error, ErrorValidacion):
            self._mostrar_problemas(error)
            return True
        return False

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
