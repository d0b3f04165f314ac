"""La pestaña «Consentimientos» de Datos personales (issue 81 §3): lo que cada contacto aceptó para que la asociación
haga con sus datos algo que el estatuto no manda (hoy, recibirle el boletín de la red), con el texto exacto, desde
cuándo, por qué medio y si lo revocó.

Lo que se hace aquí: registrar un consentimiento (el contacto, el texto que aceptó —propuesto el de Escritorio—, por
dónde y cuándo) y revocarlo (por dónde y desde cuándo: el boletín no le sale más, tampoco el que esperaba en la
bandeja). Lo mismo que «escritorio consentimientos registrar | revocar | listar», con los mismos servicios
(`servicios.consentimientos`). El boletín mismo se escribe en la bandeja de salida (Boletín…).
"""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout

from ....dominio import formato
from ....dominio.datos_personales import CANALES
from ....servicios.consentimientos import Consentimiento, consentimientos, texto_sugerido
from ....servicios.personas import apariciones
from ...comun import descartar, tr
from ...flujo import FilaFluida
from ...iconos import icono
from ...modelos.tabla import Columna, ModeloTabla, crear_tabla, fila_elegida
from ...operaciones import FALLO, consultar_en_la_ventana
from ...piezas import GRIS, nota
from .pestana import AreaDatosPersonales, Pestana


def estado_del_consentimiento(c: Consentimiento) -> str:
    """«Vigente» o «Revocado el 20/11/2026»."""
    return tr("Revocado el {0}").format(formato.fecha(c["revocado_el"])) if c["revocado_el"] else tr("Vigente")


def _contacto(c: Consentimiento) -> str:
    return c["contacto"] if c["contacto_id"] is not None and c["contacto"] else tr("contacto suprimido")


def _columnas() -> list[Columna]:
    # El correo, al final: es el más largo y la última columna se lleva el ancho que queda (el entero, en la ayuda).
    return [Columna(tr("N.º"), lambda c: str(c["id"]), orden=lambda c: c["id"], derecha=True, ancho=45),
            Columna(tr("Contacto"), _contacto, ayuda=_contacto, ancho=130),
            Columna(tr("Miembro"), lambda c: c["miembro"] or "", ayuda=lambda c: c["miembro"] or "", ancho=120),
            Columna(tr("Desde"), lambda c: formato.fecha(c["otorgado_el"]), orden=lambda c: c["otorgado_el"],
                    ancho=85),
            Columna(tr("Canal"), lambda c: tr(CANALES.get(c["canal"], c["canal"])), ancho=120),
            Columna(tr("Estado"), estado_del_consentimiento, orden=lambda c: (c["revocado_el"] or "", c["id"]),
                    color=lambda c: GRIS if c["revocado_el"] else None, ancho=165),
            Columna(tr("Correo"), lambda c: c["correo"] or "", ayuda=lambda c: c["correo"] or "", ancho=120)]


class PestanaConsentimientos(Pestana):
    """Los consentimientos, el texto del elegido, registrar y revocar."""

    def __init__(self, area: AreaDatosPersonales):
        super().__init__(area)
        self.consentimientos: list[Consentimiento] = []
        self.solo_vigentes = QCheckBox(self.tr("Solo los &vigentes"))
        self.solo_vigentes.toggled.connect(lambda _: self.recargar())
        self.resumen = nota()
        self.resumen.setWordWrap(False)
        arriba = QHBoxLayout()
        arriba.addWidget(self.solo_vigentes)
        arriba.addStretch(1)
        arriba.addWidget(self.resumen)

        self.modelo = ModeloTabla(_columnas(), self)
        self.tabla = crear_tabla(self.modelo)
        self.tabla.setAccessibleName(self.tr("Consentimientos"))
        self.tabla.selectionModel().selectionChanged.connect(lambda *_: self._elegido())
        self.detalle = QLabel()
        self.detalle.setWordWrap(True)
        self.detalle.setTextFormat(Qt.TextFormat.RichText)
        self.detalle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # El texto que aceptó, tal cual (se puede elegir y copiar); el largo se desplaza dentro del recuadro.
        self.texto = QPlainTextEdit()
        self.texto.setReadOnly(True)
        self.texto.setAccessibleName(self.tr("Texto que aceptó"))
        self.texto.setFixedHeight(self.texto.fontMetrics().lineSpacing() * 4 + 14)
        self.texto.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                           | Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.botones: dict[str, QPushButton] = {}
        acciones = FilaFluida()
        for nombre, texto, ico, funcion in (
                ("registrar", self.tr("Registrar consentimiento…"), "nuevo", self.registrar),
                ("revocar", self.tr("Revocar…"), "anular", self.revocar)):
            boton = QPushButton(icono(ico), texto)
            boton.clicked.connect(funcion)
            self.botones[nombre] = boton
            acciones.addWidget(boton)
        acciones.addStretch(1)

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addWidget(self.detalle)
        disposicion.addWidget(self.texto)
        disposicion.addWidget(nota(self.tr(
            "Solo el boletín de la red se envía porque la persona lo aceptó: va a los contactos con un "
            "consentimiento vigente (Archivo › Bandeja de salida › Boletín…). Lo que manda el estatuto no depende de "
            "un consentimiento.")))
        disposicion.addLayout(acciones)
        self._elegido()

    # --- datos -------------------------------------------------------------------------------------------------
    def recargar(self, elegir: int | None = None) -> None:
        actual = elegir if elegir is not None else self.consentimiento_id()
        contexto, vigentes = self.contexto, self.solo_vigentes.isChecked()
        leidos = consultar_en_la_ventana(self, lambda: consentimientos(contexto, solo_vigentes=vigentes),
                                         que="consentimientos")
        if leidos is FALLO:
            return
        self.consentimientos = leidos
        self.modelo.cargar(leidos)
        self._elegir(actual)   # el que estaba elegido, si el filtro lo deja (el filtro no se toca)
        texto = formato.cuantos(len(leidos), self.tr("{0} consentimiento"), self.tr("{0} consentimientos"))
        revocados = sum(1 for c in leidos if c["revocado_el"])
        if revocados:
            texto += " · " + formato.cuantos(len(leidos) - revocados, self.tr("{0} vigente"), self.tr("{0} vigentes"))
        self.resumen.setText(texto)

    def consentimiento(self) -> Consentimiento | None:
        return fila_elegida(self.tabla)

    def consentimiento_id(self) -> int | None:
        c = self.consentimiento()
        return None if c is None else c["id"]

    def seleccionar(self, consentimiento_id: int | None) -> bool:
        """Elige el consentimiento en la lista (si «Solo los vigentes» lo esconde, lo quita); False si no está."""
        if self._elegir(consentimiento_id):
            return True
        if consentimiento_id is None or not self.solo_vigentes.isChecked():
            return False
        self.solo_vigentes.setChecked(False)   # recarga con todos
        return self._elegir(consentimiento_id)

    def _elegir(self, consentimiento_id: int | None) -> bool:
        n = next((n for n in range(self.modelo.rowCount()) if self.modelo.fila(n)["id"] == consentimiento_id), None)
        if n is None:
            self.tabla.clearSelection()
            self._elegido()
            return False
        self.tabla.selectRow(n)
        self.tabla.scrollTo(self.modelo.index(n, 0))
        self._elegido()
        return True

    def _elegido(self) -> None:
        c = self.consentimiento()
        self.botones["revocar"].setEnabled(c is not None and c["revocado_el"] is None)
        if c is None:
            aviso = (self.tr("Elija un consentimiento para ver el texto que aceptó.") if self.modelo.rowCount() else
                     self.tr("Todavía no hay consentimientos registrados: «Registrar consentimiento…» anota lo que "
                             "un contacto aceptó (el texto, cuándo y por qué medio)."))
            self.detalle.setText(f"<span style='color: {GRIS};'>{escape(aviso)}</span>")
            self.texto.clear()
            return
        renglones = [self.tr("Consentimiento N.º {0}: {1} ({2}) lo aceptó el {3}, {4}.").format(
            c["id"], _contacto(c), c["miembro"] or "—", formato.fecha(c["otorgado_el"]),
            tr(CANALES.get(c["canal"], c["canal"])).lower())]
        if c["revocado_el"]:
            revocado = self.tr("Revocado el {0}, {1}.").format(
                formato.fecha(c["revocado_el"]), tr(CANALES.get(c["canal_de_revocacion"], "—")).lower())
            if c["solicitud_id"]:
                revocado += " " + self.tr("(Solicitud N.º {0}.)").format(c["solicitud_id"])
            renglones.append(revocado)
        self.detalle.setText("<br>".join(escape(r) for r in renglones))
        self.texto.setPlainText(c["texto"])

    # --- acciones ------------------------------------------------------------------------------------------
    def registrar(self) -> None:
        from ...dialogos.consentimiento import DialogoRegistrarConsentimiento

        contexto = self.contexto
        leido = consultar_en_la_ventana(self, lambda: (
            [a for a in apariciones(contexto) if a["tabla"] == "contactos" and a["correo"]],
            texto_sugerido(contexto)), que="contactos con correo")
        if leido is FALLO:
            return
        contactos, sugerido = leido
        dialogo = DialogoRegistrarConsentimiento(self.oficina, contactos, sugerido, self)
        dialogo.exec()
        registrado = dialogo.registrado
        descartar(dialogo)
        if registrado is not None:
            self.area.recargar()
            self.seleccionar(registrado["id"])

    def revocar(self) -> None:
        from ...dialogos.consentimiento import DialogoRevocarConsentimiento

        c = self.consentimiento()
        if c is None or c["revocado_el"]:
            return
        dialogo = DialogoRevocarConsentimiento(self.oficina, c, self)
        dialogo.exec()
        revocacion = dialogo.revocacion
        descartar(dialogo)
        if revocacion is None:
            return
        self.area.recargar()
        self.seleccionar(c["id"])
        anulados = len(revocacion.mensajes_anulados)
        texto = self.tr("Consentimiento N.º {0} revocado: el boletín no le sale más.").format(c["id"]) + " "
        texto += (formato.cuantos(anulados, self.tr("{0} boletín que esperaba en la bandeja de salida se anuló."),
                                  self.tr("{0} boletines que esperaban en la bandeja de salida se anularon."))
                  if anulados else self.tr("Ningún boletín suyo esperaba en la bandeja de salida."))
        QMessageBox.information(self, self.tr("Consentimiento revocado"), texto)
