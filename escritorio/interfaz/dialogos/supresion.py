"""La supresión de los datos de una persona, vista antes de hacerla (issue 65): el plan que da
`servicios.supresion_de_datos.planear` (qué se borra, qué se anonimiza, qué se conserva y por qué, qué menciones
quedan en textos que no se modifican) en un diálogo que pide confirmarla, y el resultado dicho en palabras (las
copias de respaldo que todavía tienen los datos, y si el archivo de la base quedó reescrito o se reescribe al
cerrarla). El diálogo no escribe nada: la supresión la hace el área, por la oficina, si se confirma."""

from html import escape

from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ...dominio import formato
from ...servicios.supresion_de_datos import (SUPRIMIDO_EN_TEXTO, PlanDeSupresion, ResultadoDeSupresion,
                                              copias_en_palabras)
from ..comun import tr
from ..piezas import DialogoBase


def _seccion(titulo: str, renglones: list[str], vacio: str) -> str:
    cuerpo = "".join(f"<li>{r}</li>" for r in renglones) if renglones else f"<li><i>{escape(vacio)}</i></li>"
    return f"<h4>{escape(titulo)}</h4><ul>{cuerpo}</ul>"


def plan_en_html(plan: PlanDeSupresion) -> str:
    """El plan entero, por secciones, en HTML (cada texto de la base, escapado)."""
    borradas, anonimizadas, conservadas = plan.borradas(), plan.anonimizadas(), plan.conservadas()
    intro = tr("Esto es lo que hará la supresión de los datos de {0} (solicitud N.º {1}). Todavía no se suprimió "
               "nada.").format(plan.nombre, plan.solicitud_id)
    partes = [f"<p>{escape(intro)}</p>",
              _seccion(tr("Se borra ({0})").format(len(borradas)), [escape(p.que) for p in borradas],
                       tr("nada")),
              _seccion(tr("Se anonimiza: queda la fila, sin sus datos ({0})").format(len(anonimizadas)),
                       [escape(p.que) for p in anonimizadas], tr("nada")),
              _seccion(tr("Se conserva, y por qué ({0})").format(len(conservadas)),
                       [f"{escape(p.que)} — <i>{escape(p.motivo)}</i>" for p in conservadas], tr("nada"))]
    textos = []
    if plan.mensajes_con_su_nombre:
        textos.append(escape(tr("{0}: su nombre, su correo y su teléfono se reemplazan por «{1}».").format(
            formato.cuantos(len(plan.mensajes_con_su_nombre), tr("{0} mensaje la nombra"),
                            tr("{0} mensajes la nombran")), SUPRIMIDO_EN_TEXTO)))
    if plan.filas_que_ya_no_estan:
        textos.append(escape(formato.cuantos(len(plan.filas_que_ya_no_estan), tr(
            "{0} fila que ya no está la nombraba en la historia de cambios (la bitácora): sus valores dejan de poder "
            "leerse."), tr("{0} filas que ya no están la nombraban en la historia de cambios (la bitácora): sus "
                           "valores dejan de poder leerse."))))
    textos += [escape(tr("Queda en {0} ({1}, fila {2}): {3}").format(m["donde"], m["que_columna"], m["fila_id"],
                                                                       m["motivo"]))
               for m in plan.quedan_en_textos]
    partes.append(_seccion(tr("En los textos de la base"), textos, tr("ningún texto la menciona")))
    despues = tr("Su historia en la bitácora deja de poder leerse sin que ningún sello deje de verificar. Las copias "
                 "de respaldo anteriores conservan los datos hasta que su rotación las borre: la carta lo dice.")
    partes.append(f"<p>{escape(despues)}</p>")
    return "".join(partes)


class DialogoPlanDeSupresion(DialogoBase):
    """Muestra el plan y pide confirmarlo: `exec()` devuelve Accepted si se eligió suprimir (Cancelar es el botón
    por omisión: suprimir no se deshace)."""

    def __init__(self, plan: PlanDeSupresion, padre: QWidget | None = None):
        super().__init__(padre)
        self.plan = plan
        self.setWindowTitle(self.tr("Suprimir los datos de {0}").format(plan.nombre))
        self.texto = QTextBrowser()
        self.texto.setOpenLinks(False)
        self.texto.setAccessibleName(self.tr("Lo que hará la supresión"))
        self.texto.setHtml(plan_en_html(plan))
        botones = QDialogButtonBox()
        self.boton_suprimir = botones.addButton(self.tr("Elegir la carpeta de la carta y suprimir…"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.boton_cancelar = botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        botones.accepted.connect(self.accept)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.texto, 1)
        disposicion.addWidget(botones)
        self.boton_cancelar.setDefault(True)   # ya en el diálogo: si no, él elige el primero
        self.caber_en_la_pantalla(680, 520)
        self.texto.setFocus()


def resultado_en_texto(resultado: ResultadoDeSupresion) -> str:
    """Lo que hizo la supresión, en palabras: lo suprimido y lo conservado, la carta, los respaldos y el archivo."""
    plan = resultado.plan
    lineas = [tr("Se suprimieron los datos de la solicitud N.º {0}: {1}, {2} y {3}.").format(
        plan.solicitud_id, formato.cuantos(len(plan.borradas()), tr("{0} fila borrada"), tr("{0} filas borradas")),
        formato.cuantos(len(plan.anonimizadas()), tr("{0} anonimizada"), tr("{0} anonimizadas")),
        formato.cuantos(resultado.valores_suprimidos, tr("{0} valor de la historia de cambios que ya no se puede leer"),
                        tr("{0} valores de la historia de cambios que ya no se pueden leer")))]
    if plan.conservadas():
        lineas.append(formato.cuantos(len(plan.conservadas()), tr(
            "Se conservó {0} fila, con su motivo (la carta y la respuesta de la solicitud lo dicen)."), tr(
            "Se conservaron {0} filas, cada una con su motivo (la carta y la respuesta de la solicitud lo dicen).")))
    if plan.quedan_en_textos:
        lineas.append(formato.cuantos(len(plan.quedan_en_textos), tr(
            "Queda {0} mención en un texto que no se modifica o que la asociación revisa a mano."), tr(
            "Quedan {0} menciones en textos que no se modifican o que la asociación revisa a mano.")))
    if resultado.carta is not None:
        lineas.append(tr("La carta de respuesta quedó en:\n{0}").format(resultado.carta))
    if resultado.respaldos:
        lineas.append(formato.cuantos(len(resultado.respaldos), tr(
            "{0} copia de respaldo todavía tiene sus datos (no se modifica; la carta la nombra):"), tr(
            "{0} copias de respaldo todavía tienen sus datos (no se modifican; la carta las nombra):"))
            + "\n" + "\n".join("• " + linea for linea in copias_en_palabras(resultado.respaldos)))
    if not resultado.archivo_limpio:
        lineas.append(tr("El archivo de la base no se pudo reescribir ahora (otro programa lo tiene abierto): se "
                         "reescribe automáticamente al cerrar la base, y hasta entonces lo borrado puede quedar en su "
                         "espacio libre."))
    return "\n\n".join(lineas)
