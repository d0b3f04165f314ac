"""Firmas y adhesiones de una declaración: los miembros que la firman y quienes adhieren sin ser miembros (otras
redes, observadores, organizaciones socias, gobiernos). Lo pide todo a `servicios.adherentes`, el mismo servicio de
«escritorio resoluciones adherir»."""

from html import escape

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QRadioButton, QVBoxLayout, QWidget)

from ...dominio.sesiones import TIPOS_ADHERENTE
from ...errores import ErrorEscritorio
from ...servicios.adherentes import adherir, firmantes, texto_del_firmante
from ...servicios.miembros import listar_miembros
from ..operaciones import hacer_en_la_ventana
from ..piezas import ESTILO_ERROR, DialogoBase, SelectorMiembro, nota, nuevo_formulario
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina


class DialogoAdherentes(DeLaOficina, DialogoBase):
    """`agregados` dice, tras cerrar, cuántas firmas o adhesiones se registraron."""

    def __init__(self, oficina: Oficina, resolucion: dict, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.resolucion = oficina, resolucion

        self.agregados = 0
        self.setWindowTitle(self.tr("Firmas y adhesiones — {0}").format(resolucion["numeracion"]))
        self.lista = QLabel()
        self.lista.setWordWrap(True)
        self.es_miembro = QRadioButton(self.tr("Un miembro"))
        self.es_entidad = QRadioButton(self.tr("Alguien que no es miembro"))
        grupo = QButtonGroup(self)
        for boton in (self.es_miembro, self.es_entidad):
            grupo.addButton(boton)
        self.es_entidad.setChecked(True)
        self.miembro = SelectorMiembro([m for m in listar_miembros(self.contexto) if m.get("estado") != "baja"])
        self.entidad = QLineEdit()
        self.entidad.setPlaceholderText(self.tr("por ejemplo: Red Andina de Ciudades"))
        self.tipo = QComboBox()
        for codigo, etiqueta in TIPOS_ADHERENTE.items():
            self.tipo.addItem(self.tr(etiqueta), codigo)
        self.persona = QLineEdit()
        self.persona.setPlaceholderText(self.tr("quien firma en su nombre (opcional)"))
        quien = QHBoxLayout()
        quien.addWidget(self.es_entidad)
        quien.addWidget(self.es_miembro)
        quien.addStretch(1)
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Firma:"), quien)
        formulario.addRow(self.tr("Entidad:"), self.entidad)
        formulario.addRow(self.tr("Es:"), self.tipo)
        formulario.addRow(self.tr("Miembro:"), self.miembro)
        formulario.addRow(self.tr("Persona:"), self.persona)
        self.es_miembro.toggled.connect(self._cambiar_quien)
        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        self.boton_agregar = QPushButton(self.tr("Agregar"))
        self.boton_agregar.clicked.connect(self.agregar)
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        botones.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Cerrar"))
        botones.rejected.connect(self.reject)
        fila = QHBoxLayout()
        fila.addStretch(1)
        fila.addWidget(self.boton_agregar)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(nota(self.tr(
            "La firma de un miembro es parte del registro de la sesión (con el acta aprobada ya no se agrega); una "
            "adhesión de afuera se suma en cualquier momento. El PDF de la declaración y el acta los listan.")))
        disposicion.addWidget(self.lista)
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.mensaje)
        disposicion.addLayout(fila)
        disposicion.addWidget(botones)
        self.setMinimumWidth(560)
        self._cambiar_quien(False)
        self._mostrar_lista()

    def _cambiar_quien(self, miembro: bool) -> None:
        for widget in (self.entidad, self.tipo):
            widget.setEnabled(not miembro)
        self.miembro.setEnabled(miembro)

    def _mostrar_lista(self) -> None:
        quienes = firmantes(self.contexto, self.resolucion["id"])
        miembros = [escape(texto_del_firmante(f)) for f in quienes if f["tipo"] == "miembro"]
        otros = [escape(texto_del_firmante(f)) for f in quienes if f["tipo"] != "miembro"]
        partes = [self.tr("<b>Miembros que la firman ({0}):</b> {1}").format(
                      len(miembros), "; ".join(miembros[:30]) + ("…" if len(miembros) > 30 else "") or "—"),
                  self.tr("<b>Adhieren sin ser miembros ({0}):</b> {1}").format(len(otros), "; ".join(otros) or "—")]
        self.lista.setText("<br>".join(partes))

    def _rechazada(self, error: ErrorEscritorio) -> None:
        self.mensaje.setText(error.mensaje)
        self.mensaje.show()

    def agregar(self) -> None:
        self.mensaje.hide()
        if self.es_miembro.isChecked() and self.miembro.miembro_id() is None:
            self._rechazada(ErrorEscritorio(self.tr("Elija el miembro que firma.")))
            return
        if self.es_miembro.isChecked():
            def firmar():
                return adherir(self.contexto, self.resolucion["id"], miembro_id=self.miembro.miembro_id(),
                               persona=self.persona.text() or None)
        else:
            def firmar():
                return adherir(self.contexto, self.resolucion["id"], entidad=self.entidad.text(),
                               tipo=self.tipo.currentData(), persona=self.persona.text() or None)
        if hacer_en_la_ventana(self, self.oficina, firmar, que="firmas y adhesiones",
                               al_rechazar=self._rechazada) is None:
            return
        self.agregados += 1
        self.entidad.clear()
        self.persona.clear()
        self._mostrar_lista()
