"""Los diálogos de una elección de cargo (los abre `eleccion.PanelEleccion`): el cargo que se elige y su período,
una candidatura (con «Agregar y seguir») y la confirmación que registra el mandato de la candidatura electa."""

from datetime import date, timedelta
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QLabel, QLineEdit, QSpinBox, QVBoxLayout,
                               QWidget)

from ...dominio.boletas import FORMAS_DE_BOLETA
from ...dominio.organos import CARGOS, vota_por_omision
from ...dominio.texto import normalizar
from ...errores import ErrorEscritorio
from ...servicios.elecciones import (CARGOS_UNIPERSONALES, PUESTOS_MAXIMOS, NuevaEleccion, agregar_candidatura,
                                     definir_eleccion)
from ...servicios.confirmacion_de_eleccion import confirmar_eleccion
from ...servicios.organos import listar_organos
from ..operaciones import consultar_en_la_ventana, hacer_en_la_ventana
from ..comun import lista_problemas, marcar_invalido, tr
from ..piezas import ESTILO_ERROR, VERDE, DialogoBase, SelectorMiembro, en_linea, escalar, nota, panel, subtitulo
from .baja import editor_de_fecha
from .formas_del_cargo import agregar_cargo, forma_elegida
from .sesion.piezas import DialogoFormulario
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina

# El cargo que sugiere el título del punto («Elección de la Vicepresidencia» -> vicepresidente); el orden importa.
_CARGO_POR_TITULO = (("vicepresiden", "vicepresidente"), ("presiden", "presidente"), ("subcoordina", "subcoordinador"),
                     ("coordina", "coordinador"), ("secretari", "secretario"), ("suplen", "suplente"))


def cargo_sugerido(titulo_punto: str) -> str:
    texto = normalizar(titulo_punto or "")
    return next((cargo for raiz, cargo in _CARGO_POR_TITULO if raiz in texto), "presidente")


def _dos_anios_despues(desde: date) -> date:
    """La víspera del mismo día dos años después: un período habitual, solo como propuesta."""
    try:
        return desde.replace(year=desde.year + 2) - timedelta(days=1)
    except ValueError:   # 29 de febrero
        return desde.replace(year=desde.year + 2, day=28)



# --- diálogos -------------------------------------------------------------------------------------

class DialogoCargo(DeLaOficina, DialogoFormulario):
    """Qué cargo de qué órgano se elige en el punto, y por qué período. Tras cerrar, `eleccion_id` (o None)."""

    def __init__(self, oficina: Oficina, punto: dict, sesion: dict, eleccion=None, padre: QWidget | None = None):
        super().__init__(tr("Cargo que se elige") if eleccion is None else tr("Cambiar el cargo que se elige"),
                         tr("Guardar"), padre, tr(
                             "La elección designa a la candidatura electa en este cargo cuando se confirma. Se puede "
                             "cambiar hasta que se cierre la votación."), ancho=580)
        self.oficina, self.punto = oficina, punto
        self.eleccion_id: int | None = None
        self._voto_tocado = eleccion is not None
        organos = consultar_en_la_ventana(self, lambda: listar_organos(oficina.contexto), que="órganos") or []
        self.organo = QComboBox()
        for o in organos:
            self.organo.addItem(o["nombre"], o["id"])
        self.organo.setMinimumContentsLength(30)
        organo_id = eleccion.organo_id if eleccion is not None else sesion.get("organo_id")
        self.organo.setCurrentIndex(max(self.organo.findData(organo_id), 0))
        self.cargo = QComboBox()
        for codigo, etiqueta in CARGOS.items():
            self.cargo.addItem(tr(etiqueta), codigo)
        cargo = eleccion.cargo if eleccion is not None else cargo_sugerido(punto.get("titulo", ""))
        self.cargo.setCurrentIndex(max(self.cargo.findData(cargo), 0))
        self.cargo.currentIndexChanged.connect(lambda _: self._cargo_elegido())
        self.con_voto = QCheckBox(self.tr("Con derecho a voto en el órgano"))
        self.con_voto.setChecked(eleccion.con_voto if eleccion is not None else vota_por_omision(cargo))
        self.con_voto.clicked.connect(lambda: setattr(self, "_voto_tocado", True))
        desde = date.fromisoformat(eleccion.desde if eleccion is not None else sesion.get("fecha") or date.today().isoformat())
        self.desde = editor_de_fecha(desde)
        hasta = eleccion.hasta if eleccion is not None else None
        self.hasta = editor_de_fecha(date.fromisoformat(hasta) if hasta else _dos_anios_despues(desde))
        self.sin_fin = QCheckBox(self.tr("sin fecha de fin"))
        self.sin_fin.toggled.connect(lambda marcado: self.hasta.setEnabled(not marcado))
        self.sin_fin.setChecked(eleccion is not None and not hasta)
        self.hasta.setEnabled(not self.sin_fin.isChecked())
        # Varios puestos a la vez (el Consejo entero): por pluralidad, con los cupos por país del órgano.
        self.puestos = QSpinBox()
        self.puestos.setRange(1, PUESTOS_MAXIMOS)
        self.puestos.setValue(eleccion.puestos if eleccion is not None else 1)
        self.puestos.setToolTip(self.tr("Cuántos puestos se eligen en la misma votación. Con más de uno, resultan "
                                        "electas las más votadas (pluralidad), respetando los cupos por país de la "
                                        "regla de composición del órgano."))
        self.formulario.addRow(self.tr("Punto:"), QLabel(escape(f"{punto.get('numeracion', '')}. {punto.get('titulo', '')}")))
        self.formulario.addRow(self.tr("Órgano:"), en_linea(self.organo))
        self.formulario.addRow(self.tr("Cargo:"), en_linea(self.cargo, self.con_voto))
        self.formulario.addRow(self.tr("Desde:"), en_linea(self.desde))
        self.formulario.addRow(self.tr("Hasta:"), en_linea(self.hasta, self.sin_fin))
        self.formulario.addRow(self.tr("Puestos:"), en_linea(self.puestos))
        # Cómo se marca cada boleta: un voto por votante, o varias candidaturas por boleta (de un mínimo a un máximo).
        self.boleta = QComboBox()
        for codigo, etiqueta in FORMAS_DE_BOLETA.items():
            self.boleta.addItem(tr(etiqueta), codigo)
        self.boleta.setCurrentIndex(max(self.boleta.findData(eleccion.boleta if eleccion is not None else "una"), 0))
        self.boleta.setToolTip(self.tr("Con varias marcas, cada boleta marca de un mínimo a un máximo de "
                                       "candidaturas (una asamblea que elige un consejo marca varios nombres); el "
                                       "recuento da las marcas de cada candidatura y cuántas boletas se emitieron."))
        self.marcas_min, self.marcas_max = QSpinBox(), QSpinBox()
        for caja in (self.marcas_min, self.marcas_max):
            caja.setRange(1, 1000)
        self.marcas_min.setValue((eleccion.marcas_min if eleccion is not None else None) or 1)
        self.marcas_max.setValue((eleccion.marcas_max if eleccion is not None else None) or self.puestos.value())
        self._max_tocado = eleccion is not None and eleccion.boleta == "marcas"
        self.marcas_max.valueChanged.connect(lambda _: setattr(self, "_max_tocado", True))
        self.puestos.valueChanged.connect(self._puestos_cambiados)
        self.boleta.currentIndexChanged.connect(lambda _: self._forma_elegida())
        self.formulario.addRow(self.tr("Boletas:"), en_linea(self.boleta))
        self.formulario.addRow(self.tr("Marcas por boleta:"), en_linea(
            QLabel(self.tr("de")), self.marcas_min, QLabel(self.tr("a")), self.marcas_max,
            QLabel(self.tr("candidaturas"))))
        self._forma_elegida()
        self.cargo.setFocus()

    def _forma_elegida(self) -> None:
        con_marcas = self.boleta.currentData() == "marcas"
        for caja in (self.marcas_min, self.marcas_max):
            caja.setEnabled(con_marcas)

    def _puestos_cambiados(self, puestos: int) -> None:
        """Mientras no se toque, el máximo de marcas sigue a los puestos (lo que propone el servicio)."""
        if not self._max_tocado:
            self.marcas_max.blockSignals(True)
            self.marcas_max.setValue(puestos)
            self.marcas_max.blockSignals(False)

    def _cargo_elegido(self) -> None:
        if not self._voto_tocado:
            self.con_voto.setChecked(vota_por_omision(self.cargo.currentData()))

    def nueva_eleccion(self) -> NuevaEleccion:
        return NuevaEleccion(organo_id=self.organo.currentData(), cargo=self.cargo.currentData(),
                             desde=self.desde.date().toPython(),
                             hasta=None if self.sin_fin.isChecked() else self.hasta.date().toPython(),
                             con_voto=self.con_voto.isChecked(), puestos=self.puestos.value(),
                             boleta=self.boleta.currentData(), **(
                                 {"marcas_min": self.marcas_min.value(), "marcas_max": self.marcas_max.value()}
                                 if self.boleta.currentData() == "marcas" else {}))

    def guardar(self) -> None:
        if self.organo.currentData() is None:
            self._error(self.tr("Elija el órgano en el que se elige el cargo."))
            return
        resultado = []
        if self._intentar(lambda: resultado.append(definir_eleccion(self.contexto,
                                                                    self.punto["id"],
                                                                    self.nueva_eleccion())), "definir elección"):
            self.eleccion_id = resultado[0]
            self.accept()


class DialogoCandidatura(DeLaOficina, DialogoFormulario):
    """Una candidatura: un miembro, la persona que lo encabeza, o ambos. «Agregar y seguir» deja el diálogo
    abierto para la siguiente. Tras cerrar, `agregadas` son las candidaturas creadas."""

    def __init__(self, oficina: Oficina, punto: dict, miembros: list[dict], padre: QWidget | None = None,
                 cargo: str | None = None):
        super().__init__(tr("Agregar candidatura"), tr("Agregar"), padre, tr(
            "Indique el miembro que se postula, la persona que lo encabeza, o ambos."), ancho=580)
        self.oficina, self.punto = oficina, punto
        self.agregadas: list[int] = []
        self._persona_automatica = ""
        self.miembro = SelectorMiembro([m for m in miembros if m.get("estado") != "baja"],
                                       ninguno=self.tr("— sin miembro (solo una persona) —"))
        self.miembro.currentIndexChanged.connect(lambda _: self._miembro_elegido())
        self.persona = QLineEdit()
        self.persona.setPlaceholderText(self.tr("nombre y apellido (opcional si elige un miembro)"))
        self.persona.textEdited.connect(lambda _: (marcar_invalido(self.persona, None), self.mensaje.hide()))
        self.formulario.addRow(self.tr("Miembro:"), self.miembro)
        self.formulario.addRow(self.tr("Persona:"), self.persona)
        # El cargo que se elige, en las dos formas: cómo se nombrará a quien lo ejerza si resulta electa.
        self.forma = QComboBox()
        if cargo is not None:
            agregar_cargo(self.forma, cargo)
        if self.forma.count() > 1:
            self.forma.setToolTip(self.tr("El cargo es el mismo; la forma nombra a quien lo ejerza si resulta "
                                          "electa (el mandato la hereda)."))
            self.formulario.addRow(self.tr("Cargo:"), self.forma)
        else:
            self.forma.hide()
        self.hecho = nota()
        self.disposicion.insertWidget(self.disposicion.indexOf(self.mensaje), self.hecho)
        self.boton_seguir = self.botones.addButton(self.tr("Agregar y seguir"), QDialogButtonBox.ButtonRole.ActionRole)
        self.boton_seguir.clicked.connect(lambda: self.guardar(seguir=True))
        self.miembro.setFocus()

    def _miembro_elegido(self) -> None:
        """Sin persona escrita, se propone la autoridad actual del miembro."""
        if self.persona.text() and self.persona.text() != self._persona_automatica:
            return
        self._persona_automatica = (self.miembro.miembro() or {}).get("autoridad") or ""
        self.persona.setText(self._persona_automatica)

    def guardar(self, seguir: bool = False) -> None:
        if self.miembro.currentText().strip() and self.miembro.miembro_id() is None:   # escrito, sin elegir
            self._error(self.tr("Elija el miembro de la lista (escriba parte del nombre y elíjalo)."))
            return
        if self.miembro.miembro_id() is None and not self.persona.text().strip():
            marcar_invalido(self.persona, self.tr("Indique el miembro, la persona, o ambos."))
            self._error(self.tr("Indique el miembro, la persona, o ambos."))
            return
        nombre = " ".join(t for t in ((self.miembro.miembro() or {}).get("nombre", ""), self.persona.text().strip()) if t)
        if not self._intentar(lambda: self.agregadas.append(agregar_candidatura(
                self.contexto, self.punto["id"], self.miembro.miembro_id(), self.persona.text(),
                forma_elegida(self.forma))),
                "agregar candidatura"):
            return
        if seguir:
            self.hecho.setText(self.tr("✓ Agregada: {0}").format(nombre))
            self.hecho.setStyleSheet(f"color: {VERDE};")
            self.mensaje.hide()
            self.miembro.setCurrentIndex(0)
            self.persona.clear()
            self._persona_automatica = ""
            self.miembro.setFocus()
            return
        self.accept()


class DialogoConfirmacion(DeLaOficina, DialogoBase):
    """Lo que hará confirmar la elección (el mandato nuevo y los que terminan la víspera) y el botón que lo hace.
    Tras cerrar, `mandato_id` es el mandato registrado (o None)."""

    def __init__(self, oficina: Oficina, punto: dict, confirmacion, padre: QWidget | None = None):
        super().__init__(padre, self.tr("Confirmar la elección"))
        self.oficina, self.punto = oficina, punto
        self.mandato_id: int | None = None
        explicacion = nota(self.tr(
            "Confirme cuando la candidatura electa haya aceptado el cargo. Se registra su mandato en el órgano "
            "(se puede hacer aunque el acta ya esté aprobada). Un mandato no se borra: si hiciera falta, se termina "
            "con fecha desde el área Órganos."))
        marco = panel("confirmacionMandato")
        caja = QVBoxLayout(marco)
        caja.setContentsMargins(12, 10, 12, 10)
        mandatos = confirmacion.mandatos
        caja.addWidget(subtitulo(self.tr("Se registrará el mandato") if len(mandatos) == 1 else
                                 self.tr("Se registrarán {0} mandatos").format(len(mandatos))))
        self.mandato = QLabel("<br>".join(escape(m) for m in mandatos))
        self.mandato.setWordWrap(True)
        self.mandato.setFont(escalar(self.mandato.font(), 1.05, negrita=True))
        self.mandato.setStyleSheet(f"color: {VERDE};")
        caja.addWidget(self.mandato)
        caja.addSpacing(6)
        caja.addWidget(subtitulo(self.tr("Traspaso") if confirmacion.traspaso else self.tr("Terminan la víspera")))
        if confirmacion.terminan:
            texto = "<br>".join("• " + escape(t) for t in confirmacion.terminan)
        else:
            texto = escape(self.tr("Ningún mandato: el cargo no tiene otra persona que lo ocupe en esa fecha.")
                           if confirmacion.nuevo.cargo in CARGOS_UNIPERSONALES else
                           self.tr("Ningún mandato: es un cargo que pueden ocupar varias personas a la vez."))
        self.terminan = QLabel(texto)
        self.terminan.setWordWrap(True)
        self.terminan.setTextFormat(Qt.TextFormat.RichText)
        caja.addWidget(self.terminan)
        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        botones = QDialogButtonBox()
        self.boton_confirmar = botones.addButton(self.tr("Confirmar y designar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.boton_confirmar.setDefault(True)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_confirmar.clicked.connect(self.guardar)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addSpacing(4)
        disposicion.addWidget(marco)
        disposicion.addWidget(self.mensaje)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)
        self.setMinimumWidth(600)

    @property
    def texto(self) -> str:
        return self.mandato.text() + "\n" + self.terminan.text()

    def guardar(self) -> None:
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: confirmar_eleccion(self.contexto, self.punto["id"]),
                                    que="confirmar elección", al_rechazar=self._rechazada)
        if hecho is not None:
            self.mandato_id = hecho.resultado
            self.accept()

    def _rechazada(self, error: ErrorEscritorio) -> None:
        self.mensaje.setText(lista_problemas(error))
        self.mensaje.show()

