"""Los diálogos de Datos personales › Consentimientos (issue 81 §3): registrar lo que un contacto aceptó (el texto
exacto, cuándo y por qué medio) y revocarlo.

Cada uno llama al mismo servicio que «escritorio consentimientos registrar | revocar»
(`servicios.consentimientos`) y muestra sus problemas junto a cada campo: no vuelve a decidir ninguna regla (si el
contacto ya aceptó, si la fecha llegó, si el texto está vacío lo dice el servicio)."""

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from ...dominio import formato
from ...dominio.consentimientos import BOLETIN, FINALIDADES
from ...dominio.datos_personales import CANALES
from ...servicios.base import hoy
from ...servicios.consentimientos import (Consentimiento, Revocacion, registrar_consentimiento,
                                          revocar_consentimiento)
from ...servicios.oficina import Oficina
from ...servicios.personas import Aparicion
from ..comun import marcar_invalido, tr
from ..piezas import ComboDeValores, SelectorMiembro, en_linea, nota, nuevo_formulario
from .baja import editor_de_fecha
from .datos_personales import FormularioDeDatos


def _canales() -> ComboDeValores:
    return ComboDeValores([(tr(nombre), clave) for clave, nombre in CANALES.items()])


def _renglon(formulario, rotulo: str, campo: QWidget, *, a_lo_ancho: bool = False) -> None:
    """Un renglón con su rótulo atado al campo (la letra subrayada lleva a él)."""
    etiqueta = QLabel(rotulo)
    etiqueta.setBuddy(campo)
    formulario.addRow(etiqueta, campo if a_lo_ancho else en_linea(campo))


def contacto_visible(c: Consentimiento) -> str:
    """«Ana Díaz <ana@rosario.ejemplo.org>», o «contacto suprimido» si su contacto se borró (una supresión)."""
    if c["contacto_id"] is None or not c["contacto"]:
        return tr("contacto suprimido")
    return f"{c['contacto']} <{c['correo']}>" if c["correo"] else c["contacto"]


def _opcion(a: Aparicion) -> dict:
    """Un contacto en la lista para elegir: «Ana Díaz <ana@rosario.ejemplo.org> — Rosario»."""
    nombre = f"{a['nombre']} <{a['correo']}>"
    return {"id": a["fila_id"], "nombre": tr("{0} — {1}").format(nombre, a["miembro"]) if a["miembro"] else nombre}


class DialogoRegistrarConsentimiento(FormularioDeDatos):
    """Registra que un contacto aceptó un texto: cuál (uno de la asociación con correo: `contactos`, las apariciones
    de la tabla de contactos), el texto tal cual lo leyó (propuesto: `sugerido`, el del servicio), por dónde y
    cuándo. Tras cerrar, `registrado` (el consentimiento como quedó, o None)."""

    def __init__(self, oficina: Oficina, contactos: Sequence[Aparicion], sugerido: str, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina = oficina
        self.registrado: Consentimiento | None = None
        self.setWindowTitle(self.tr("Registrar un consentimiento"))
        # La lista en la que se escribe para buscar (sin acentos, por cualquier parte): nombre, correo y miembro.
        self.contacto = SelectorMiembro([_opcion(c) for c in contactos])
        self.contacto.setAccessibleName(self.tr("Contacto que aceptó"))
        # Elegido, se ve desde el principio (el nombre), no el final del renglón.
        self.contacto.currentIndexChanged.connect(lambda _i: self.contacto.lineEdit().setCursorPosition(0))
        self.texto = QPlainTextEdit(sugerido)
        self.texto.setTabChangesFocus(True)
        self.texto.setAccessibleName(self.tr("Texto que aceptó"))
        self.texto.setMinimumHeight(self.texto.fontMetrics().lineSpacing() * 5 + 14)
        self.canal = _canales()
        self.canal.setAccessibleName(self.tr("Por dónde lo aceptó"))
        self.otorgado = editor_de_fecha(hoy())
        self.otorgado.setAccessibleName(self.tr("Cuándo lo aceptó"))
        self._campos = {"contacto": self.contacto, "texto": self.texto, "canal": self.canal,
                        "otorgado_el": self.otorgado}
        formulario = nuevo_formulario()
        _renglon(formulario, self.tr("C&ontacto:"), self.contacto, a_lo_ancho=True)
        _renglon(formulario, self.tr("&Texto que aceptó:"), self.texto, a_lo_ancho=True)
        _renglon(formulario, self.tr("&Por dónde:"), self.canal)
        _renglon(formulario, self.tr("&Aceptado el:"), self.otorgado)
        explicacion = nota(self.tr(
            "Para: {0}. Se guarda el texto tal cual lo leyó la persona (el propuesto, o el que aceptó si fue otro): "
            "lo aceptado no se modifica ni se borra, se revoca.").format(tr(FINALIDADES[BOLETIN]).lower()))
        self._armar(formulario, self.tr("Registrar"), explicacion)
        if not contactos:
            self.problemas.mostrar([self.tr("Ningún contacto de los miembros tiene correo: el boletín va a esa "
                                            "dirección. Agréguela en la ficha del miembro (Autoridad y contactos).")])
            self.boton_aceptar.setEnabled(False)
        self.caber_en_la_pantalla(640, 420)
        self.contacto.setFocus()

    def aceptar(self) -> None:
        contacto_id = self.contacto.miembro_id()
        if contacto_id is None:   # nada elegido (o un texto a medio escribir): se dice junto a la lista
            self._rechazado_sin_contacto()
            return
        texto, canal = self.texto.toPlainText(), self.canal.valor()
        otorgado = self.otorgado.date().toPython()
        self.registrado = self._hacer(lambda: registrar_consentimiento(self.contexto, contacto_id, texto, canal=canal,
                                                                       otorgado_el=otorgado),
                                      "registrar un consentimiento")
        if self.registrado is not None:
            self.accept()

    def _rechazado_sin_contacto(self) -> None:
        motivo = self.tr("Elija de la lista el contacto que aceptó (escriba parte de su nombre o de su correo).")
        marcar_invalido(self.contacto, motivo)
        self.problemas.mostrar([motivo], clase="error")
        self.contacto.setFocus()


class DialogoRevocarConsentimiento(FormularioDeDatos):
    """Revoca un consentimiento vigente: por dónde lo pidió la persona y desde cuándo. Lo que eso detiene se dice
    antes de confirmarlo (el botón «Revocar»). Tras cerrar, `revocacion` (lo revocado y los boletines anulados, o
    None)."""

    def __init__(self, oficina: Oficina, consentimiento: Consentimiento, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.consentimiento = oficina, consentimiento
        self.revocacion: Revocacion | None = None
        c = consentimiento
        self.setWindowTitle(self.tr("Revocar el consentimiento N.º {0}").format(c["id"]))
        self.canal = _canales()
        self.canal.setAccessibleName(self.tr("Por dónde lo revocó"))
        self.el = editor_de_fecha(hoy())
        self.el.setAccessibleName(self.tr("Desde cuándo"))
        self._campos = {"canal": self.canal, "el": self.el}
        formulario = nuevo_formulario()
        _renglon(formulario, self.tr("&Por dónde lo pidió:"), self.canal)
        _renglon(formulario, self.tr("&Revocado el:"), self.el)
        quien = contacto_visible(c) + (f" ({c['miembro']})" if c["miembro"] else "")
        explicacion = "<br>".join((
            escape(self.tr("{0} aceptó el {1} ({2}) recibir {3}.").format(
                quien, formato.fecha(c["otorgado_el"]), tr(CANALES[c["canal"]]).lower(),
                tr(FINALIDADES.get(c["finalidad"], c["finalidad"])).lower())),
            "<b>" + escape(self.tr("Al revocarlo, el boletín no le sale más, tampoco el que espera en la bandeja de "
                                   "salida; el correo que manda el estatuto sigue.")) + "</b>",
            escape(self.tr("Lo que aceptó queda registrado (es la prueba), con la fecha de la revocación."))))
        etiqueta = nota()
        etiqueta.setTextFormat(Qt.TextFormat.RichText)
        etiqueta.setText(explicacion)
        self._armar(formulario, self.tr("Revocar"), etiqueta)
        self.caber_en_la_pantalla(600, 270)
        self.canal.setFocus()

    def aceptar(self) -> None:
        canal, el = self.canal.valor(), self.el.date().toPython()
        self.revocacion = self._hacer(lambda: revocar_consentimiento(self.contexto, self.consentimiento["id"],
                                                                     canal=canal, el=el),
                                      "revocar un consentimiento")
        if self.revocacion is not None:
            self.accept()
