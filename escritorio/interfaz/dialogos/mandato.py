"""Mandatos en un órgano: designar (miembro, persona, cargo, voto, desde-hasta, en nombre de quién),
terminar uno con fecha y motivo, y ver la historia completa con sus correcciones.

Un mandato nunca se borra: termina con fecha, y cada corrección queda registrada con su motivo.
"""

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from ...dominio.formato import cuantos
from ...dominio.organos import (CARGOS, CARGOS_DEL_TIPO, CARGOS_EN_FEMENINO, FORMAS, cargos_para, nombre_del_cargo,
                                vigente, vota_por_omision)
from ...dominio.paises import nombre_pais
from ...dominio.texto import normalizar
from ...errores import ErrorEscritorio
from ...servicios.base import hoy
from ...servicios.organos import FaltaMotivo, NuevoMandato, designar, mandatos_de, terminar_mandato
from ..operaciones import consultar_en_la_ventana, hacer_en_la_ventana
from ..comun import descartar, fecha_dma, lista_problemas, marcar_invalido, tr
from ..piezas import ESTILO_ERROR, GRIS, DialogoBase, SelectorMiembro, en_linea, nota, nuevo_formulario
from .baja import editor_de_fecha
from .formas_del_cargo import DialogoFormaDelCargo, agregar_cargo, forma_elegida
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina

_CAMPOS = {"desde": "Desde", "hasta": "Hasta", "cargo": "Cargo", "con_voto": "Voto", "persona": "Persona",
           "forma": "Forma del cargo"}




class DialogoMandato(DeLaOficina, DialogoBase):
    """Designar a alguien en un órgano. Tras cerrar, `mandato_id` es el mandato registrado (o None)."""

    def __init__(self, oficina: Oficina, organo: dict, miembros: list[dict], padre: QWidget | None = None,
                 cargo: str = "titular", desde: date | None = None):
        super().__init__(padre)
        self.oficina, self.organo = oficina, organo
        self.mandato_id: int | None = None
        self._persona_automatica = ""
        self._voto_tocado = False
        self.setWindowTitle(self.tr("Designar en {0}").format(organo["nombre"]))

        explicacion = nota(self.tr("Nuevo mandato en «{0}». Indique el miembro, la persona que lo representa, "
                                   "o ambos. Los mandatos no se borran: terminan con fecha.").format(organo["nombre"]))
        vigentes = [m for m in miembros if m.get("estado") != "baja"]
        self.miembro = SelectorMiembro(vigentes, ninguno=self.tr("— sin miembro (solo una persona) —"))
        self.miembro.currentIndexChanged.connect(lambda _: self._miembro_elegido())
        self.persona = QLineEdit()
        self.persona.setPlaceholderText(self.tr("nombre y apellido de quien ocupa el lugar"))
        self.persona.textEdited.connect(lambda _: marcar_invalido(self.persona, None))
        self.cargo = QComboBox()
        # Primero los cargos propios del tipo de órgano (una secretaría técnica: sus secretarios y direcciones; una
        # unidad temática: coordinación); después de una línea, todos los demás, que siguen disponibles.
        # Cada cargo que se nombra distinto en femenino se ofrece en sus dos formas, como los estatutos
        # («Presidente», «Presidenta»): es el mismo cargo, y la forma elegida nombra a quien lo ejerce.
        propios = CARGOS_DEL_TIPO.get(organo.get("tipo") or "", ())
        for numero, codigo in enumerate(cargos_para(organo.get("tipo"))):
            if propios and numero == len(propios):
                self.cargo.insertSeparator(self.cargo.count())
            agregar_cargo(self.cargo, codigo)
        if propios and cargo not in propios:
            cargo = propios[0]      # el «titular» genérico no es un cargo de una secretaría técnica
        self.cargo.setCurrentIndex(max(self.cargo.findData(cargo), 0))
        self.cargo.currentIndexChanged.connect(lambda _: self._cargo_elegido())
        self.con_voto = QCheckBox(self.tr("Con derecho a voto"))
        self.con_voto.setChecked(vota_por_omision(cargo))
        self.con_voto.clicked.connect(lambda: setattr(self, "_voto_tocado", True))
        self.desde = editor_de_fecha(desde or hoy())
        self.hasta = editor_de_fecha(desde or hoy())
        # Con período fijado (servicios.periodos), «sin fecha» quiere decir: hasta cumplirlo.
        self.sin_fin = QCheckBox(self.tr("sin fecha de fin") if not organo.get("periodo_meses") else
                                 self.tr("al cumplir el período ({0} meses)").format(organo["periodo_meses"]))
        self.sin_fin.setChecked(True)
        self.hasta.setEnabled(False)
        self.sin_fin.toggled.connect(lambda marcado: self.hasta.setEnabled(not marcado))
        self.en_nombre_de = SelectorMiembro(vigentes, ninguno=self.tr("— de sí mismo —"))
        self.en_nombre_de.setToolTip(self.tr("Si ocupa el lugar en representación de otro miembro "
                                             "(por ejemplo, como suplente de otra ciudad)."))

        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Miembro:"), self.miembro)
        formulario.addRow(self.tr("Persona:"), self.persona)
        formulario.addRow(self.tr("Cargo:"), en_linea(self.cargo, self.con_voto))
        formulario.addRow(self.tr("Desde:"), en_linea(self.desde))
        formulario.addRow(self.tr("Hasta:"), en_linea(self.hasta, self.sin_fin))
        formulario.addRow(self.tr("En nombre de:"), self.en_nombre_de)

        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        botones = QDialogButtonBox()
        self.boton_designar = botones.addButton(self.tr("Designar"), QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_designar.clicked.connect(self.guardar)
        botones.rejected.connect(self.reject)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addSpacing(6)
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.mensaje)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)
        self.setMinimumWidth(580)
        self.miembro.setFocus()

    def _miembro_elegido(self) -> None:
        """Sin persona escrita, se propone la autoridad actual del miembro."""
        miembro = self.miembro.miembro()
        if self.persona.text() and self.persona.text() != self._persona_automatica:
            return
        self._persona_automatica = (miembro or {}).get("autoridad") or ""
        self.persona.setText(self._persona_automatica)

    def _cargo_elegido(self) -> None:
        if not self._voto_tocado:
            self.con_voto.setChecked(vota_por_omision(self.cargo.currentData()))

    def nuevo_mandato(self) -> NuevoMandato:
        return NuevoMandato(
            cargo=self.cargo.currentData(), desde=self.desde.date().toPython(), miembro_id=self.miembro.miembro_id(),
            persona=self.persona.text().strip() or None, con_voto=self.con_voto.isChecked(),
            hasta=None if self.sin_fin.isChecked() else self.hasta.date().toPython(),
            en_nombre_de=self.en_nombre_de.miembro_id(), forma=forma_elegida(self.cargo))

    def guardar(self) -> None:
        if self.miembro.currentText().strip() and self.miembro.miembro_id() is None:   # escrito, sin elegir
            self._error(self.tr("Elija el miembro de la lista (escriba parte del nombre y elíjalo)."))
            return
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: designar(self.contexto, self.organo["id"],
                                                                          self.nuevo_mandato()),
                                    que="designar", al_rechazar=self._rechazado)
        if hecho is not None:
            self.mandato_id = hecho.resultado
            self.accept()

    def _rechazado(self, error: ErrorEscritorio) -> None:
        if self.miembro.miembro_id() is None and not self.persona.text().strip():
            marcar_invalido(self.persona, self.tr("Indique el miembro, la persona, o ambos."))
        self._error(lista_problemas(error))

    def _error(self, texto: str) -> None:
        self.mensaje.setText(texto)
        self.mensaje.show()


class DialogoTerminarMandato(DeLaOficina, DialogoBase):
    """Terminar un mandato en una fecha, con su motivo. `exec()` devuelve Accepted si quedó registrado."""

    def __init__(self, oficina: Oficina, mandato_id: int, descripcion: str, desde: date,
                 padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.mandato_id = oficina, mandato_id
        self.setWindowTitle(self.tr("Terminar mandato"))
        explicacion = QLabel("<b>{0}</b><br><br>{1}".format(escape(descripcion), escape(self.tr(
            "El mandato termina en la fecha indicada (último día en el cargo). No se borra: queda en la historia "
            "del órgano con su motivo."))))
        explicacion.setWordWrap(True)
        self.fecha = editor_de_fecha(max(hoy(), desde))
        self.fecha.setMinimumDate(QDate(desde))
        self.motivo = QLineEdit()
        self.motivo.setPlaceholderText(self.tr("por ejemplo: Renuncia, Fin del período, Cambio de autoridad local"))
        self.motivo.setMinimumWidth(380)
        self.motivo.textEdited.connect(lambda _: (marcar_invalido(self.motivo, None), self.aviso.hide()))
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Último día:"), en_linea(self.fecha))
        formulario.addRow(self.tr("Motivo:"), self.motivo)
        self.aviso = QLabel()
        self.aviso.setStyleSheet(ESTILO_ERROR)
        self.aviso.setWordWrap(True)
        self.aviso.hide()
        botones = QDialogButtonBox()
        boton = botones.addButton(self.tr("Terminar mandato"), QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        boton.setDefault(True)
        botones.accepted.connect(self.accept)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addSpacing(6)
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.aviso)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)
        self.setMinimumWidth(560)
        self.motivo.setFocus()

    def accept(self) -> None:
        """Lo que falte lo dice el servicio (el mismo mensaje que «organos terminar» en la línea de órdenes)."""
        if hacer_en_la_ventana(self, self.oficina, lambda: terminar_mandato(
                self.contexto, self.mandato_id, self.fecha.date().toPython(), self.motivo.text()),
                que="terminar mandato", al_rechazar=self._rechazado) is not None:
            super().accept()

    def _rechazado(self, error: ErrorEscritorio) -> None:
        if isinstance(error, FaltaMotivo):
            marcar_invalido(self.motivo, error.mensaje)
            self.motivo.setFocus()
        self.aviso.setText(error.mensaje)
        self.aviso.show()


def _valor_corregido(campo: str, valor: str | None) -> str:
    if valor is None or valor == "":
        return tr("(sin dato)")
    if campo in ("desde", "hasta"):
        return fecha_dma(valor)
    if campo == "cargo":
        return tr(CARGOS.get(valor, valor))
    if campo == "forma":
        return tr(FORMAS.get(valor, valor))
    if campo == "con_voto":
        return tr("con voto") if str(valor) in ("1", "True") else tr("sin voto")
    return valor


class DialogoHistoriaMandatos(DeLaOficina, DialogoBase):
    """Todos los mandatos de un órgano, del más reciente al más antiguo, con sus correcciones debajo."""

    def __init__(self, oficina: Oficina, organo: dict, padre: QWidget | None = None, al: date | None = None):
        super().__init__(padre)
        self.oficina, self.organo = oficina, organo
        self.cambiado = False     # si se corrigió algo (la vista que la abrió vuelve a leer la composición)
        self.setWindowTitle(self.tr("Historia de mandatos — {0}").format(organo["nombre"]))
        self._al = al or hoy()
        self.mandatos = self._leer()

        self.busqueda = QLineEdit()
        self.busqueda.setPlaceholderText(self.tr("Filtrar por miembro, persona o país…"))
        self.busqueda.setClearButtonEnabled(True)
        self.busqueda.textChanged.connect(lambda _: self._filtrar())
        self.arbol = QTreeWidget()
        self.arbol.setHeaderLabels([self.tr("Miembro"), self.tr("País"), self.tr("Persona"), self.tr("Cargo"),
                                    self.tr("Voto"), self.tr("Desde"), self.tr("Hasta"), self.tr("Situación")])
        self.arbol.setAlternatingRowColors(True)
        self.arbol.setRootIsDecorated(True)
        cabecera = self.arbol.header()
        cabecera.setStretchLastSection(False)
        for columna in range(self.arbol.columnCount()):
            cabecera.setSectionResizeMode(columna, QHeaderView.ResizeMode.ResizeToContents)
        cabecera.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Las correcciones ocupan toda la fila: la primera columna no se ajusta a ellas, se fija.
        cabecera.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self._llenar()
        ancho = max((self.arbol.fontMetrics().horizontalAdvance(m["miembro"] or "—") for m in self.mandatos), default=120)
        self.arbol.setColumnWidth(0, min(ancho + 48, 300))
        self.resumen = nota()
        self._resumir()

        # Los mandatos de antes quedaron en la forma masculina: la del elegido se corrige aquí, con su motivo.
        self.boton_forma = QPushButton(self.tr("Forma del cargo…"))
        self.boton_forma.setToolTip(self.tr("Cambiar «Presidente» por «Presidenta» (o al revés) en el mandato "
                                            "elegido: el cargo es el mismo"))
        self.boton_forma.setEnabled(False)
        self.boton_forma.clicked.connect(self.corregir_forma)
        self.arbol.currentItemChanged.connect(lambda *_: self.boton_forma.setEnabled(
            (self.mandato_elegido() or {}).get("cargo") in CARGOS_EN_FEMENINO))
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        botones.rejected.connect(self.reject)
        pie = QHBoxLayout()
        pie.addWidget(self.resumen, 1)
        pie.addWidget(self.boton_forma)
        pie.addWidget(botones)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.busqueda)
        disposicion.addWidget(self.arbol, 1)
        disposicion.addLayout(pie)
        self.resize(980, 560)

    def _resumir(self) -> None:
        corregidos = sum(1 for m in self.mandatos if m["correcciones"])
        self.resumen.setText(self.tr("{0} · {1} con correcciones").format(
            cuantos(len(self.mandatos), self.tr("{0} mandato"), self.tr("{0} mandatos")), corregidos))

    def _leer(self) -> list[dict]:
        mandatos = consultar_en_la_ventana(self, lambda: mandatos_de(self.oficina.contexto, self.organo["id"]),
                                           que="historia de mandatos") or []
        return sorted(mandatos, key=lambda m: (m["desde"], m["id"]), reverse=True)

    def mandato_elegido(self) -> dict | None:
        item = self.arbol.currentItem()
        while item is not None and item.parent() is not None:   # una corrección: la de su mandato
            item = item.parent()
        return self.mandatos[self.arbol.indexOfTopLevelItem(item)] if item is not None else None

    def corregir_forma(self) -> None:
        mandato = self.mandato_elegido()
        if mandato is None:
            return
        dialogo = DialogoFormaDelCargo(self.oficina, mandato, self)
        hecho = dialogo.exec()
        descartar(dialogo)
        if hecho:
            self.cambiado = True
            self.mandatos = self._leer()
            self.arbol.clear()
            self._llenar()
            self._filtrar()
            self._resumir()
            fila = next((i for i, m in enumerate(self.mandatos) if m["id"] == mandato["id"]), None)
            if fila is not None:
                self.arbol.setCurrentItem(self.arbol.topLevelItem(fila))

    def _situacion(self, m: dict) -> tuple[str, str | None]:
        desde, hasta = date.fromisoformat(m["desde"]), date.fromisoformat(m["hasta"]) if m["hasta"] else None
        if vigente(desde, hasta, self._al):       # la regla del dominio (dominio.organos.vigente)
            return self.tr("Vigente"), "#1e7e34"
        return (self.tr("Futuro"), GRIS) if desde > self._al else (self.tr("Terminado"), GRIS)

    def _llenar(self) -> None:
        cursiva = QFont(self.font())
        cursiva.setItalic(True)
        for m in self.mandatos:
            situacion, color = self._situacion(m)
            item = QTreeWidgetItem([m["miembro"] or "—", nombre_pais(m["pais"]) if m["pais"] else "", m["persona"] or "",
                                    nombre_del_cargo(m["cargo"], m["forma"]), self.tr("Sí") if m["con_voto"] else self.tr("No"),
                                    fecha_dma(m["desde"]), fecha_dma(m["hasta"]) or "—", situacion])
            item.setSizeHint(0, QSize(0, 22))
            item.setData(0, Qt.ItemDataRole.UserRole,
                         normalizar(f"{m['miembro'] or ''} {m['persona'] or ''} {nombre_pais(m['pais']) if m['pais'] else ''}"))
            if color:
                item.setForeground(7, QColor(color))
            for correccion in m["correcciones"]:
                campo = correccion["campo"]
                texto = self.tr("Corregido el {0}: {1} {2} → {3}. Motivo: {4}").format(
                    fecha_dma(correccion.get("corregido_en") or ""),
                    tr(_CAMPOS.get(campo, campo)).lower(), _valor_corregido(campo, correccion["antes"]),
                    _valor_corregido(campo, correccion["despues"]), correccion["motivo"])
                hijo = QTreeWidgetItem([texto])
                hijo.setFirstColumnSpanned(True)
                hijo.setFont(0, cursiva)
                hijo.setForeground(0, QColor(GRIS))
                item.addChild(hijo)
            self.arbol.addTopLevelItem(item)
            item.setExpanded(True)
            for hijo in range(item.childCount()):
                item.child(hijo).setFirstColumnSpanned(True)

    def _filtrar(self) -> None:
        buscado = normalizar(self.busqueda.text())
        for fila in range(self.arbol.topLevelItemCount()):
            item = self.arbol.topLevelItem(fila)
            item.setHidden(bool(buscado) and buscado not in item.data(0, Qt.ItemDataRole.UserRole))
