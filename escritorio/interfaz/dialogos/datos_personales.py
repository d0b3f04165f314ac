"""Los diálogos del área Datos personales (issue 65): registrar como persona las apariciones elegidas, vincularle
otras, registrar una solicitud sobre sus datos, responder una rectificación o denegar una solicitud con su motivo, y
corregir la base legal, la finalidad y la conservación de una clase de datos.

Cada uno llama al mismo servicio que la línea de órdenes («escritorio personas …», «escritorio derechos …») y muestra
sus problemas junto a cada campo: no vuelve a decidir ninguna regla. La supresión, con su plan, está en
`supresion.py`.
"""

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...dominio import formato
from ...dominio.datos_personales import CANALES, DERECHOS
from ...servicios.base import hoy
from ...servicios.oficina import Oficina
from ...servicios.personas import Aparicion, PersonaListada, registrar_persona, vincular
from ...servicios.solicitudes_de_datos import (Solicitud, SolicitudRegistrada, Tratamiento, fijar_tratamiento,
                                               registrar_solicitud, responder)
from ..comun import tr
from ..piezas import ComboDeValores, en_linea, nota, nuevo_formulario
from ..piezas.formulario_de_la_oficina import FormularioDeLaOficina
from ..piezas.renglon_largo import RenglonLargo
from .baja import editor_de_fecha

# Cuántas filas se nombran en la explicación de un diálogo (las demás se cuentan).
FILAS_NOMBRADAS = 8


def describir_aparicion(a: Aparicion) -> str:
    """«Contacto · Valeria Romero · Enlace técnico · Rocha · 12/03/2024»: una fila con datos de una persona, en una
    línea (como la lista de la línea de órdenes)."""
    partes = [a["clase"], a["nombre"], a["rol"], a["miembro"], a["donde"],
              formato.fecha(a["fecha"]) if a["fecha"] else None]
    return " · ".join(str(p) for p in partes if p)


def lista_de_filas(filas: Sequence[Aparicion]) -> str:
    """Las filas, una por renglón (HTML), las primeras `FILAS_NOMBRADAS` y cuántas más."""
    renglones = [escape(describir_aparicion(a)) for a in filas[:FILAS_NOMBRADAS]]
    if len(filas) > FILAS_NOMBRADAS:
        renglones.append(escape(tr("… y {0} filas más").format(len(filas) - FILAS_NOMBRADAS)))
    return "<br>".join(f"• {r}" for r in renglones)


class FormularioDeDatos(FormularioDeLaOficina):
    """Los formularios de Datos personales: la base común de los que guardan por la oficina."""


def _texto_largo(alto_en_renglones: int = 4) -> QPlainTextEdit:
    """Un texto de varios renglones, de ese alto (lo que no entra se desplaza dentro del campo)."""
    campo = QPlainTextEdit()
    campo.setTabChangesFocus(True)   # Tab pasa al campo siguiente, como en un formulario
    campo.setFixedHeight(campo.fontMetrics().lineSpacing() * alto_en_renglones + 14)
    return campo


def _renglon(formulario, rotulo: str, campo: QWidget, *, a_lo_ancho: bool = False) -> None:
    """Un renglón del formulario con su rótulo atado al campo (la letra subrayada lleva a él); `a_lo_ancho` False
    deja el campo de su medida, pegado a la izquierda."""
    etiqueta = QLabel(rotulo)
    etiqueta.setBuddy(campo)
    formulario.addRow(etiqueta, campo if a_lo_ancho else en_linea(campo))


def _explicacion(html: str) -> QLabel:
    etiqueta = nota()
    etiqueta.setTextFormat(Qt.TextFormat.RichText)
    etiqueta.setText(html)
    etiqueta.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return etiqueta


class DialogoRegistrarPersona(FormularioDeDatos):
    """Registra como una persona las filas elegidas: la secretaría dice que son la misma persona (el programa nunca
    une a dos solo). Tras cerrar, `persona_id` (o None)."""

    def __init__(self, oficina: Oficina, filas: Sequence[Aparicion], padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.filas = oficina, list(filas)
        self.persona_id: int | None = None
        self.setWindowTitle(self.tr("Registrar como persona"))
        self.nombre = QLineEdit(self.filas[0]["nombre"] if self.filas else "")
        self.nombre.setAccessibleName(self.tr("Nombre de la persona"))
        self.nota = QLineEdit()
        self.nota.setPlaceholderText(self.tr("opcional: una nota de la secretaría"))
        self.motivo = QLineEdit()
        self.motivo.setPlaceholderText(self.tr("opcional: por ejemplo, «mismo correo»"))
        self._campos = {"nombre": self.nombre, "nota": self.nota, "motivo": self.motivo}
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("&Nombre:"), self.nombre)
        formulario.addRow(self.tr("N&ota:"), self.nota)
        formulario.addRow(self.tr("&Por qué es la misma persona:"), self.motivo)
        explicacion = escape(self.tr("Estas filas quedan registradas como de una misma persona (el programa nunca lo "
                                     "decide solo; se puede desvincular una fila si fue un error):"))
        self._armar(formulario, self.tr("Registrar"), _explicacion(f"{explicacion}<br>{lista_de_filas(self.filas)}"))
        self.caber_en_la_pantalla(600, 340)
        self.nombre.setFocus()
        self.nombre.selectAll()

    def aceptar(self) -> None:
        filas = [(a["tabla"], a["fila_id"]) for a in self.filas]
        self.persona_id = self._hacer(lambda: registrar_persona(self.contexto, self.nombre.text(), filas,
                                                                nota=self.nota.text(), motivo=self.motivo.text()),
                                      "registrar una persona")
        if self.persona_id is not None:
            self.accept()


class DialogoVincular(FormularioDeDatos):
    """Le vincula a una persona otras filas que son suyas. Tras cerrar, `vinculadas` (o None)."""

    def __init__(self, oficina: Oficina, persona: PersonaListada, filas: Sequence[Aparicion],
                 padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.persona, self.filas = oficina, persona, list(filas)
        self.vinculadas: int | None = None
        self.setWindowTitle(self.tr("Vincular filas a {0}").format(persona["nombre"]))
        self.motivo = QLineEdit()
        self.motivo.setPlaceholderText(self.tr("opcional: por ejemplo, «mismo correo»"))
        self._campos = {"motivo": self.motivo}
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("&Por qué es la misma persona:"), self.motivo)
        explicacion = escape(self.tr("Estas filas pasan a ser de {0} (persona N.º {1}):").format(
            persona["nombre"], persona["id"]))
        self._armar(formulario, self.tr("Vincular"), _explicacion(f"{explicacion}<br>{lista_de_filas(self.filas)}"))
        self.caber_en_la_pantalla(600, 300)
        self.motivo.setFocus()

    def aceptar(self) -> None:
        filas = [(a["tabla"], a["fila_id"]) for a in self.filas]
        self.vinculadas = self._hacer(lambda: vincular(self.contexto, self.persona["id"], filas,
                                                       motivo=self.motivo.text()), "vincular filas a una persona")
        if self.vinculadas is not None:
            self.accept()


class DialogoNuevaSolicitud(FormularioDeDatos):
    """Registra una solicitud de una persona sobre sus datos. El plazo y el vencimiento los calcula el servicio con la
    ley de la asociación; tras cerrar, `registrada` (`SolicitudRegistrada`: el número, el vencimiento y el plazo)."""

    def __init__(self, oficina: Oficina, personas: Sequence[PersonaListada], persona_id: int | None = None,
                 padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina = oficina
        self.registrada: SolicitudRegistrada | None = None
        self.setWindowTitle(self.tr("Nueva solicitud sobre datos personales"))
        self.persona = QComboBox()
        for p in personas:
            self.persona.addItem(self.tr("{0} (N.º {1})").format(p["nombre"], p["id"]), p["id"])
        if persona_id is not None:
            self.persona.setCurrentIndex(max(self.persona.findData(persona_id), 0))
        self.derecho = ComboDeValores([(tr(nombre), clave) for clave, nombre in DERECHOS.items()])
        self.recibida = editor_de_fecha(hoy())
        self.canal = ComboDeValores([(tr(nombre), clave) for clave, nombre in CANALES.items()])
        self.detalle = _texto_largo()
        self.detalle.setPlaceholderText(self.tr("Lo que pide, con sus palabras (opcional)"))
        self._campos = {"persona": self.persona, "derecho": self.derecho, "recibida": self.recibida,
                        "canal": self.canal, "detalle": self.detalle}
        formulario = nuevo_formulario()
        _renglon(formulario, self.tr("&Persona:"), self.persona)
        _renglon(formulario, self.tr("&Derecho:"), self.derecho)
        _renglon(formulario, self.tr("&Recibida el:"), self.recibida)
        _renglon(formulario, self.tr("&Canal:"), self.canal)
        _renglon(formulario, self.tr("&Lo que pide:"), self.detalle, a_lo_ancho=True)
        self._armar(formulario, self.tr("Registrar la solicitud"), nota(self.tr(
            "El plazo para responder es el de la ley del país de la asociación (o el plazo propio que fijó en "
            "Política); se calcula al registrarla y queda escrito en la solicitud.")))
        if not personas:   # una solicitud es de una persona del registro: sin ninguna, no hay a nombre de quién
            self.problemas.mostrar([self.tr("Todavía no hay personas registradas: registre primero a quien la pide "
                                            "en la pestaña Personas (elija sus filas y «Registrar como persona…»).")])
            self.boton_aceptar.setEnabled(False)
        self.caber_en_la_pantalla(600, 340)
        (self.derecho if persona_id is not None else self.persona).setFocus()

    def aceptar(self) -> None:
        persona_id = self.persona.currentData()
        derecho, canal, detalle = self.derecho.valor(), self.canal.valor(), self.detalle.toPlainText()
        recibida = self.recibida.date().toPython()
        self.registrada = self._hacer(lambda: registrar_solicitud(self.contexto, persona_id, derecho, recibida=recibida,
                                                                  canal=canal, detalle=detalle),
                                      "registrar una solicitud sobre datos personales")
        if self.registrada is not None:
            self.accept()


class DialogoRespuesta(FormularioDeDatos):
    """Responde una rectificación (lo que se hizo, en la ficha o en la sesión) o deniega una solicitud con su motivo
    (`denegar`). Tras cerrar, `respondida` (la solicitud como quedó, o None)."""

    def __init__(self, oficina: Oficina, solicitud: Solicitud, denegar: bool = False, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.solicitud, self.denegar = oficina, solicitud, denegar
        self.respondida: Solicitud | None = None
        derecho = tr(DERECHOS[solicitud["derecho"]]).lower()
        self.setWindowTitle(self.tr("Denegar la solicitud N.º {0}").format(solicitud["id"]) if denegar
                            else self.tr("Responder la solicitud N.º {0}").format(solicitud["id"]))
        self.texto = _texto_largo(5)
        self.texto.setPlaceholderText(self.tr("Por qué se deniega (la persona lo recibe)") if denegar
                                      else self.tr("Lo que se corrigió, dónde y cuándo"))
        self._campos = {"respuesta": self.texto}
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("&Motivo:") if denegar else self.tr("&Respuesta:"), self.texto)
        explicacion = self.tr("Solicitud de {0} de {1}, recibida el {2}; vence el {3}.").format(
            derecho, solicitud["persona"], formato.fecha(solicitud["recibida_el"]),
            formato.fecha(solicitud["vence_el"]))
        if solicitud["detalle"]:
            explicacion += " " + self.tr("Pide: «{0}».").format(solicitud["detalle"])
        if not denegar:
            explicacion += " " + self.tr("La corrección misma se hace donde está el dato (la ficha del miembro, la "
                                         "sesión); aquí se anota lo que se hizo.")
        self._armar(formulario, self.tr("Denegar") if denegar else self.tr("Responder"), nota(explicacion))
        self.caber_en_la_pantalla(600, 380)
        self.texto.setFocus()

    def aceptar(self) -> None:
        texto = self.texto.toPlainText()
        self.respondida = self._hacer(lambda: responder(self.contexto, self.solicitud["id"], texto,
                                                        denegar=self.denegar),
                                      "denegar una solicitud" if self.denegar else "responder una solicitud")
        if self.respondida is not None:
            self.accept()


class DialogoTratamiento(FormularioDeDatos):
    """La base legal, la finalidad y la conservación de una clase de datos, como las decide la asociación. Tras
    cerrar, `tratamiento` (como quedó, o None)."""

    def __init__(self, oficina: Oficina, tratamiento: Tratamiento, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.original = oficina, tratamiento
        self.tratamiento: Tratamiento | None = None
        self.setWindowTitle(self.tr("Para qué se guardan: {0}").format(tratamiento["nombre"]))
        # Campos de un renglón (hasta 500 letras) que se leen enteros: Intro guarda, no parte la frase.
        self.base_legal = RenglonLargo(4)
        self.base_legal.setPlainText(tratamiento["base_legal"])
        self.finalidad = RenglonLargo(4)
        self.finalidad.setPlainText(tratamiento["finalidad"])
        self.conservacion = RenglonLargo(4)
        self.conservacion.setPlainText(tratamiento["conservacion"])
        self._campos = {"base_legal": self.base_legal, "finalidad": self.finalidad, "conservacion": self.conservacion}
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("&Base legal:"), self.base_legal)
        formulario.addRow(self.tr("&Finalidad:"), self.finalidad)
        formulario.addRow(self.tr("&Conservación:"), self.conservacion)
        explicacion = "<br>".join((
            escape(self.tr("Datos: {0}.").format(tratamiento["datos"])),
            escape(self.tr("De quiénes: {0}.").format(tratamiento["titulares"])),
            escape(self.tr("Ante una supresión: {0}.").format(tratamiento["se_puede_suprimir"]))))
        self._armar(formulario, self.tr("Guardar"), _explicacion(explicacion))
        self.caber_en_la_pantalla(640, 380)
        self.base_legal.setFocus()

    def aceptar(self) -> None:
        valores = {"base_legal": self.base_legal.toPlainText(), "finalidad": self.finalidad.toPlainText(),
                   "conservacion": self.conservacion.toPlainText()}
        self.tratamiento = self._hacer(lambda: fijar_tratamiento(self.contexto, self.original["clase"], **valores),
                                       "fijar un tratamiento de datos")
        if self.tratamiento is not None:
            self.accept()

