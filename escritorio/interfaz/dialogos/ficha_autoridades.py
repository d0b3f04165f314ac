"""La pestaña «Autoridad y contactos» de la ficha del miembro: la historia de autoridades con la fila para
registrar la nueva, y los contactos (con el diálogo para agregar o editar uno). Lo registrado se guarda en el momento.

`PestanaAutoridades` es una parte de `DialogoFichaMiembro` (ficha_miembro.py).
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from ...servicios.oficina import Oficina
from ..piezas.de_la_oficina import DeLaOficina
from ...dominio.correo import CLASES, recibe as recibe_la_clase
from ...dominio.miembros import cargo_local
from ...errores import ErrorConflicto, ErrorEscritorio, ErrorValidacion
from ...servicios.ficha import guardar_contacto, quitar_contacto, registrar_autoridad
from ..comun import fecha_dma, marcar_invalido, tr
from ..operaciones import hacer_en_la_ventana
from ..piezas import ESTILO_ERROR, DialogoBase, nuevo_formulario
from .baja import editor_de_fecha
from .conflicto import RECARGAR, SOBRESCRIBIR, preguntar_conflicto
from .ficha_piezas import ESTILO_NOTA_FICHA, llenar_historia, tabla_historia, texto_o_vacio


class PestanaAutoridades:
    """La pestaña Autoridad y contactos."""

    def _pestana_autoridades(self) -> QWidget:
        self.tabla_autoridades = tabla_historia([self.tr("Persona"), self.tr("Cargo"), self.tr("Desde"), self.tr("Hasta")], 0)
        self.autoridad_persona = QLineEdit()
        self.autoridad_persona.setPlaceholderText(self.tr("nombre y apellido"))
        self.autoridad_cargo = QLineEdit()
        self.autoridad_cargo.setMaximumWidth(170)
        self._cargo_sugerido = ""
        self.autoridad_desde = editor_de_fecha()
        self.boton_registrar_autoridad = QPushButton(self.tr("Registrar"))
        self.boton_registrar_autoridad.clicked.connect(self.registrar_autoridad)
        self.autoridad_persona.textEdited.connect(lambda _t: self._editado(self.autoridad_persona, sucio=False))

        self.fila_autoridad = QGroupBox(self.tr("Nueva autoridad"))
        rejilla = QGridLayout(self.fila_autoridad)
        rejilla.addWidget(QLabel(self.tr("Persona:")), 0, 0)
        rejilla.addWidget(self.autoridad_persona, 0, 1)
        rejilla.addWidget(QLabel(self.tr("Cargo:")), 0, 2)
        rejilla.addWidget(self.autoridad_cargo, 0, 3)
        rejilla.addWidget(QLabel(self.tr("Asume el:")), 0, 4)
        rejilla.addWidget(self.autoridad_desde, 0, 5)
        rejilla.addWidget(self.boton_registrar_autoridad, 0, 6)
        nota = QLabel(self.tr("La autoridad anterior termina su mandato el día antes de que asuma la nueva."))
        nota.setStyleSheet(ESTILO_NOTA_FICHA)
        rejilla.addWidget(nota, 1, 1, 1, 6)
        rejilla.setColumnStretch(1, 1)

        self.tabla_contactos = tabla_historia([self.tr("Nombre"), self.tr("Rol"), self.tr("Correo"), self.tr("Teléfono"),
                                               self.tr("Recibe por correo")], 0, 2)
        self.tabla_contactos.doubleClicked.connect(lambda _i: self.editar_contacto())
        self.boton_agregar_contacto = QPushButton(self.tr("Agregar…"))
        self.boton_editar_contacto = QPushButton(self.tr("Editar…"))
        self.boton_quitar_contacto = QPushButton(self.tr("Quitar"))
        self.boton_agregar_contacto.clicked.connect(self.agregar_contacto)
        self.boton_editar_contacto.clicked.connect(self.editar_contacto)
        self.boton_quitar_contacto.clicked.connect(self.quitar_contacto)
        self.tabla_contactos.itemSelectionChanged.connect(self._actualizar_botones_contacto)
        botones = QHBoxLayout()
        botones.addStretch(1)
        for boton in (self.boton_agregar_contacto, self.boton_editar_contacto, self.boton_quitar_contacto):
            botones.addWidget(boton)

        autoridades = QGroupBox(self.tr("Autoridades"))
        caja = QVBoxLayout(autoridades)
        caja.addWidget(self.tabla_autoridades, 1)
        caja.addWidget(self.fila_autoridad)
        contactos = QGroupBox(self.tr("Contactos"))
        caja = QVBoxLayout(contactos)
        caja.addWidget(self.tabla_contactos, 1)
        caja.addLayout(botones)

        pagina = QWidget()
        disposicion = QVBoxLayout(pagina)
        disposicion.addWidget(autoridades, 3)
        disposicion.addWidget(contactos, 2)
        return pagina

    def _actualizar_cargo(self) -> None:
        """El cargo propuesto sigue al país mientras la persona no lo haya cambiado a mano."""
        sugerido = cargo_local(self.pais.currentData() or "")
        if self.autoridad_cargo.text() in ("", self._cargo_sugerido):
            self.autoridad_cargo.setText(sugerido)
        self._cargo_sugerido = sugerido

    def registrar_autoridad(self) -> None:
        if not self._hacer(lambda: registrar_autoridad(
                self.db, self.miembro_id, self.autoridad_persona.text(), self.autoridad_cargo.text(),
                self.autoridad_desde.date().toPython()), "registrar una autoridad",
                al_validar=lambda error: self._marcar(self._en(getattr(error, "campos", None) or {"": error.mensaje},
                                                               persona=self.autoridad_persona),
                                                      self.tr("No se registró la autoridad. Corrija los campos "
                                                              "marcados:"))):
            return
        persona = self.autoridad_persona.text().strip()
        self.autoridad_persona.clear()
        self._historia_cambiada()
        self._avisar(self.tr("{0} quedó registrada como autoridad.").format(persona))

    def _contacto_elegido(self) -> dict | None:
        fila = self.tabla_contactos.currentRow()
        if fila < 0 or not self.tabla_contactos.selectedItems():
            return None
        return self.tabla_contactos.item(fila, 0).data(Qt.ItemDataRole.UserRole)

    def _actualizar_botones_contacto(self) -> None:
        elegido = self._contacto_elegido() is not None
        self.boton_editar_contacto.setEnabled(elegido)
        self.boton_quitar_contacto.setEnabled(elegido)

    def agregar_contacto(self) -> None:
        self._editar_contacto(None)

    def editar_contacto(self) -> None:
        contacto = self._contacto_elegido()
        if contacto is not None:
            self._editar_contacto(contacto)

    def _editar_contacto(self, contacto: dict | None) -> None:
        if DialogoContacto(self.oficina, self.miembro_id, contacto, self).exec():
            self._historia_cambiada()
            self._avisar(self.tr("Contacto guardado."))

    def quitar_contacto(self) -> None:
        contacto = self._contacto_elegido()
        if contacto is None:
            return
        respuesta = QMessageBox.question(
            self, self.tr("Quitar contacto"),
            self.tr("¿Quitar a «{0}» de los contactos de este miembro?").format(contacto["nombre"]),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if respuesta != QMessageBox.StandardButton.Yes:
            return
        if not self._hacer(lambda: quitar_contacto(self.db, contacto["id"]), "quitar un contacto"):
            return
        self._historia_cambiada()
        self._avisar(self.tr("Contacto quitado."))

    def _mostrar_autoridades(self, ficha: dict) -> None:
        """Las autoridades y los contactos, y la autoridad de «Situación actual» (pestaña Datos)."""
        llenar_historia(self.tabla_autoridades, [
            [a["persona"], texto_o_vacio(a["cargo"]), fecha_dma(a["desde"]), fecha_dma(a["hasta"])]
            for a in ficha["autoridades"]], negrita=0 if ficha["autoridades"] else None)
        autoridad = ficha["autoridades"][0] if ficha["autoridades"] else None
        self.situacion_autoridad.setText(
            f"{autoridad['persona']} ({autoridad['cargo']})" if autoridad else self.tr("sin registrar"))
        self._actualizar_cargo()
        llenar_historia(self.tabla_contactos, [
            [c["nombre"], texto_o_vacio(c["rol"]), texto_o_vacio(c["correo"]), texto_o_vacio(c["telefono"]),
             lo_que_recibe(c.get("recibe"))]
            for c in ficha["contactos"]], datos=ficha["contactos"])
        self._actualizar_botones_contacto()


def lo_que_recibe(clases: str | None) -> str:
    """«Convocatorias, Actas aprobadas» (lo que un contacto recibe por correo); vacío si nada."""
    return ", ".join(tr(CLASES[c]) for c in CLASES if recibe_la_clase(clases, c))


class DialogoContacto(DeLaOficina, DialogoBase):
    """Agregar o editar un contacto del miembro (nombre, rol, correo, teléfono y qué recibe por correo)."""

    ROLES = ("Enlace técnico", "Relaciones internacionales", "Secretaría", "Prensa")

    def __init__(self, oficina: Oficina, miembro_id: int, contacto: dict | None = None, padre: QWidget | None = None):
        super().__init__(padre, self.tr("Editar contacto") if contacto else self.tr("Nuevo contacto"))
        self.oficina, self.miembro_id, self.contacto = oficina, miembro_id, contacto
        self.nombre = QLineEdit(texto_o_vacio(contacto and contacto["nombre"]))
        self.rol = QComboBox()
        self.rol.setEditable(True)
        self.rol.addItems([self.tr(rol) for rol in self.ROLES])
        self.rol.setCurrentText(texto_o_vacio(contacto["rol"]) if contacto else self.tr(self.ROLES[0]))
        self.correo = QLineEdit(texto_o_vacio(contacto and contacto["correo"]))
        self.correo.setPlaceholderText("nombre@municipio.gob")
        self.telefono = QLineEdit(texto_o_vacio(contacto and contacto["telefono"]))
        for campo in (self.nombre, self.correo):
            campo.textEdited.connect(lambda _t, c=campo: (marcar_invalido(c, None), self.aviso.hide()))

        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Nombre:"), self.nombre)
        formulario.addRow(self.tr("Rol:"), self.rol)
        formulario.addRow(self.tr("Correo:"), self.correo)
        formulario.addRow(self.tr("Teléfono:"), self.telefono)
        # Qué clases de correo le llegan a este contacto (si ningún contacto marca una, va al correo institucional).
        self.recibe: dict[str, QCheckBox] = {}
        casillas = QGridLayout()
        casillas.setContentsMargins(0, 0, 0, 0)
        for numero, (clase, nombre) in enumerate(CLASES.items()):
            casilla = QCheckBox(tr(nombre))
            casilla.setObjectName(f"recibe_{clase}")
            casilla.setChecked(recibe_la_clase(contacto.get("recibe") if contacto else None, clase))
            casilla.toggled.connect(lambda _m: (marcar_invalido(self.correo, None), self.aviso.hide()))
            self.recibe[clase] = casilla
            casillas.addWidget(casilla, numero // 2, numero % 2)
        formulario.addRow(self.tr("Recibe por correo:"), casillas)
        ayuda = QLabel(self.tr("Lo marcado le llega a este contacto. Lo que ningún contacto marca va al correo "
                               "institucional del miembro."))
        ayuda.setWordWrap(True)
        ayuda.setStyleSheet(ESTILO_NOTA_FICHA)
        formulario.addRow("", ayuda)
        self.aviso = QLabel()
        self.aviso.setStyleSheet(ESTILO_ERROR)
        self.aviso.setWordWrap(True)
        self.aviso.hide()
        botones = QDialogButtonBox()
        botones.addButton(self.tr("Guardar"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        botones.accepted.connect(self.accept)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.aviso)
        disposicion.addWidget(botones)
        self.setMinimumWidth(440)

    def accept(self, _marcado: bool = False, leido: dict | None = None) -> None:
        if hacer_en_la_ventana(self, self.oficina, lambda: guardar_contacto(
                self.db, self.miembro_id, self.nombre.text(), self.rol.currentText(), self.correo.text(),
                self.telefono.text(), contacto_id=self.contacto["id"] if self.contacto else None,
                leido=leido or self.contacto,
                recibe=[clase for clase, casilla in self.recibe.items() if casilla.isChecked()]),
                que="guardar un contacto", al_rechazar=self._rechazado) is not None:
            super().accept()

    def _rechazado(self, error: ErrorEscritorio) -> bool:
        if isinstance(error, ErrorConflicto):
            respuesta = preguntar_conflicto(self, error, self.tr("el contacto"))
            if respuesta == SOBRESCRIBIR:
                self.accept(leido=error.actual)   # si entretanto cambió otra vez, se vuelve a preguntar
                return True
            if respuesta == RECARGAR:
                self.contacto = dict(error.actual)
                self.nombre.setText(texto_o_vacio(self.contacto["nombre"]))
                self.rol.setCurrentText(texto_o_vacio(self.contacto["rol"]))
                self.correo.setText(texto_o_vacio(self.contacto["correo"]))
                self.telefono.setText(texto_o_vacio(self.contacto["telefono"]))
                self.aviso.setText(self.tr("Se recargó el contacto con los datos actuales; sus cambios no se guardaron."))
            else:
                self.aviso.setText(self.tr("No se guardó nada: sus cambios siguen en pantalla y lo que guardó el otro "
                                           "programa sigue en la base."))
            self.aviso.show()
            return True
        if isinstance(error, ErrorValidacion):
            campos = getattr(error, "campos", None) or {}
            for campo, widget in (("nombre", self.nombre), ("correo", self.correo)):
                marcar_invalido(widget, campos.get(campo) or (campos.get("recibe") if campo == "correo" else None))
            self.aviso.setText("\n".join(campos.values()) or error.mensaje)
            self.aviso.show()
            return True
        return False   # otro rechazo: en el cuadro
