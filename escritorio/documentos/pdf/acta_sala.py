"""Lo de la sala en el acta en PDF (issue 64): bajo cada punto, sus mociones (quién las presentó y apoyó, cuándo se
recibieron, si fuera de plazo, su texto), sus enmiendas con quién las presentó y lo que cambian (lo quitado tachado,
lo agregado subrayado: la comparación de `dominio.enmiendas.comparacion`, guardada en el acta), las votaciones en el
orden en que se hicieron, el texto final si alguna enmienda lo cambió y el estado final; y la lista de oradores
del punto (quién habló, en calidad de qué y cuánto), como tabla.

Lee lo que guarda el acta en cada punto (`servicios.sala_en_documentos.mociones_en_el_acta` y `oradores_en_el_acta`):
un acta aprobada se imprime como se aprobó. Etiquetado como el resto del acta: la moción es un H4, las enmiendas y
las votaciones son listas (L/LI, con lo que cambia cada enmienda dentro de su ítem), los oradores una tabla.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import Flowable, Paragraph

from escritorio.dominio import formato
from escritorio.dominio.enmiendas import cabeza_de_enmienda
from escritorio.dominio.lineas import lineas
from escritorio.dominio.mociones import rotulo_de_la_mocion
from escritorio.dominio.traduccion import traducir

from ..visible import LARGO_EN_DOCUMENTO, LARGO_PARRAFO_EN_DOCUMENTO
from . import fuentes
from .base import FUENTE_NEGRITA
from .estatuto import GRIS, estilo, parrafo, parrafos, tabla, texto_pdf

_SERIF, _SERIF_NEGRITA = fuentes.SERIF, fuentes.SERIF_NEGRITA
_QUITADO, _AGREGADO = "#a11d1d", "#1d6b2a"

_MOCION = estilo("acta_mocion", fontName=FUENTE_NEGRITA, fontSize=10, leading=13, spaceBefore=8, spaceAfter=2,
                 leftIndent=10, keepWithNext=1)
_DATO = estilo("acta_mocion_dato", fontName=_SERIF, fontSize=10, leading=13, leftIndent=10, spaceAfter=2)
_TEXTO = estilo("acta_mocion_texto", fontName=_SERIF, fontSize=10, leading=13.5, leftIndent=22, spaceAfter=3,
                alignment=TA_JUSTIFY)
_ROTULO = estilo("acta_mocion_rotulo", fontName=FUENTE_NEGRITA, fontSize=8.5, leading=11, leftIndent=10,
                 spaceBefore=4, spaceAfter=1, textColor=GRIS, keepWithNext=1)
_ROTULO_ORADORES = estilo("acta_oradores_rotulo", fontName=FUENTE_NEGRITA, fontSize=8.5, leading=11, leftIndent=10,
                         spaceBefore=6, spaceAfter=2, textColor=GRIS, keepWithNext=1)
_ITEM = estilo("acta_mocion_item", fontName=_SERIF, fontSize=10, leading=13, leftIndent=22, bulletIndent=12,
               spaceAfter=1)
_CAMBIO = estilo("acta_mocion_cambio", fontName=_SERIF, fontSize=9.5, leading=12.5, leftIndent=34, spaceAfter=2)
# El texto con sus números de línea (issue 82), el que citan las recomendaciones de cambio: una línea por renglón.
_LINEA = estilo("acta_mocion_linea", fontName=_SERIF, fontSize=9.5, leading=12, leftIndent=40, firstLineIndent=-18)
_LINEA_APARTE = estilo("acta_mocion_linea_aparte", fontName=_SERIF, fontSize=9.5, leading=12, leftIndent=40,
                       firstLineIndent=-18, spaceBefore=5)
_ESTADO = estilo("acta_mocion_estado", fontName=_SERIF, fontSize=10, leading=13, leftIndent=10, spaceBefore=2,
                 spaceAfter=4)
_CELDA = estilo("acta_oradores_celda", fontName=_SERIF, fontSize=9.5, leading=12)
_CELDA_TITULO = estilo("acta_oradores_titulo", fontName=FUENTE_NEGRITA, fontSize=8.5, leading=10.5)

# Los tipos de estructura de estos estilos (se suman a los de `acta.ROLES`): lo que cambia una enmienda sigue dentro
# del ítem de la enmienda (P+).
ROLES = {"acta_mocion": "H4", "acta_mocion_rotulo": "H5", "acta_mocion_item": "LI", "acta_mocion_cambio": "P+",
         "acta_oradores_rotulo": "H4"}


def _negrita(texto: str) -> str:
    return f'<font name="{_SERIF_NEGRITA}">{texto_pdf(texto)}</font>'


def _fecha(valor: object) -> str:
    try:
        return formato.fecha(valor)
    except ValueError:
        return str(valor)


def _quienes(nombres: list) -> str:
    return "; ".join(str(n) for n in nombres) or "—"


def lugar_del_cambio(parrafo_: int, operacion: str) -> str:
    """«Párrafo 2, reemplaza», «Después del párrafo 3, agrega», «Al principio, agrega», «Párrafo 4, suprime»."""
    if operacion == "insertar":
        return (traducir("Al principio, agrega") if parrafo_ == 0
                else traducir("Después del párrafo {0}, agrega").format(parrafo_))
    if operacion == "suprimir":
        return traducir("Párrafo {0}, suprime").format(parrafo_)
    return traducir("Párrafo {0}, reemplaza").format(parrafo_)


def _tramos(tramos: list) -> str:
    """Lo quitado tachado (en rojo) y lo agregado subrayado (en verde), lo demás como está; ya escapado. Con las
    marcas de `ParrafoComparado.texto_plano` ([−…−], [+…+]) para quien no ve colores y para el texto que se copia o
    se lee en voz alta."""
    partes = []
    for tipo, texto in tramos:
        escrito = texto_pdf(texto, LARGO_PARRAFO_EN_DOCUMENTO)
        if tipo == "quitado":
            partes.append(f'<font color="{_QUITADO}">[−<strike>{escrito}</strike>−]</font>')
        elif tipo == "agregado":
            partes.append(f'<font color="{_AGREGADO}">[+<u>{escrito}</u>+]</font>')
        else:
            partes.append(escrito)
    return " ".join(partes)


def _datos_de_la_mocion(m: dict) -> str:
    """Quién la presenta y la apoya, cuándo llegó, de dónde viene y si llegó fuera de plazo (en marcado de ReportLab)."""
    datos = traducir("Presentada por {0}.").format(_quienes(m.get("autores") or []))
    if m.get("categoria"):
        datos = traducir("Categoría: {0} ({1}).").format(m["categoria"], m.get("prefijo") or "") + " " + datos
    if m.get("apoyos"):
        datos += " " + traducir("Con el apoyo de {0}.").format(_quienes(m["apoyos"]))
    datos += " " + traducir("Recibida el {0}.").format(_fecha(m.get("recibida_el")))
    if m.get("bloque"):
        datos += " " + traducir("En el bloque de mociones «{0}».").format(m["bloque"])
    if m.get("viene_de"):
        datos += " " + m["viene_de"]
    texto = texto_pdf(datos, LARGO_EN_DOCUMENTO)
    if m.get("fuera_de_plazo"):
        texto += " " + _negrita(traducir("Fuera de plazo."))
    if m.get("motivo_admision"):   # por qué se admitió igual (las actas de antes de la migración 0056 no lo traen)
        motivo = str(m["motivo_admision"]).strip().rstrip(".")
        texto += " " + texto_pdf(traducir("Admitida fuera de plazo: {0}.").format(motivo), LARGO_EN_DOCUMENTO)
    return texto


def _mocion(m: dict) -> list[Flowable]:
    rotulo = rotulo_de_la_mocion(m.get("numero"), m.get("prefijo"))   # las actas de antes de la 0070, sin prefijo
    h: list[Flowable] = [Paragraph(texto_pdf(traducir("{0}: {1}").format(rotulo, m.get("titulo") or ""),
                                             LARGO_EN_DOCUMENTO), _MOCION), Paragraph(_datos_de_la_mocion(m), _DATO)]
    if m.get("recomendaciones_de_cambio"):   # con recomendaciones por línea (migración 0074), el texto numerado
        h += _con_lineas(m)
    else:
        h += parrafos(m.get("texto"), _TEXTO)
    if m.get("enmiendas"):
        h.append(parrafo(traducir("Enmiendas ({0})").format(len(m["enmiendas"])), _ROTULO))
        for e in m["enmiendas"]:
            cabeza = cabeza_de_enmienda(e.get("numero"), _quienes(e.get("autores") or []), e.get("enmienda_de"))
            h.append(Paragraph(f"{_negrita(cabeza)} {texto_pdf(e.get('estado') or '')}", _ITEM, bulletText="•"))
            for c in e.get("cambios") or []:
                h.append(Paragraph(f"<i>{texto_pdf(lugar_del_cambio(c['parrafo'], c['operacion']))}:</i> "
                                   f"{_tramos(c.get('tramos') or [])}", _CAMBIO))
    if m.get("votaciones"):
        h.append(parrafo(traducir("Votaciones, en el orden en que se hicieron"), _ROTULO))
        for i, v in enumerate(m["votaciones"], start=1):
            h.append(Paragraph(f"{_negrita(str(v.get('objeto') or '') + ':')} "
                               f"{texto_pdf(v.get('texto') or '', LARGO_EN_DOCUMENTO)}", _ITEM, bulletText=f"{i}."))
    if m.get("texto_final"):
        h.append(parrafo(traducir("Texto final, con las enmiendas aprobadas y las recomendaciones aceptadas")
                         if m.get("recomendaciones_de_cambio") else
                         traducir("Texto final, con las enmiendas aprobadas"), _ROTULO))
        h += parrafos(m["texto_final"], _TEXTO)
    if m.get("recomendacion"):   # la de una comisión, junto al resultado (las actas de antes de la 0068 no la traen)
        h.append(Paragraph(texto_pdf(str(m["recomendacion"]), LARGO_EN_DOCUMENTO), _ESTADO))
    h.append(Paragraph(f"{_negrita(traducir('Estado final:'))} {texto_pdf(m.get('estado') or '', LARGO_EN_DOCUMENTO)}",
                       _ESTADO))
    return h


def _con_lineas(m: dict) -> list[Flowable]:
    """El texto presentado con sus números de línea (dominio.lineas, los que citan las recomendaciones) y las
    recomendaciones de cambio con su decisión."""
    h: list[Flowable] = []
    parrafo_previo = 1
    for linea in lineas(m.get("texto") or ""):
        estilo_ = _LINEA if linea.parrafo == parrafo_previo else _LINEA_APARTE
        parrafo_previo = linea.parrafo
        h.append(Paragraph(f"<font color='#595959' size='7.5'>{linea.numero}</font>&nbsp;&nbsp;&nbsp;"
                           f"{texto_pdf(linea.texto)}", estilo_))
    h.append(parrafo(traducir("Recomendaciones de cambio ({0})").format(len(m["recomendaciones_de_cambio"])), _ROTULO))
    h += [Paragraph(texto_pdf(str(r), LARGO_EN_DOCUMENTO), _ITEM, bulletText="•") for r in m["recomendaciones_de_cambio"]]
    return h


def _oradores(oradores: list[dict], ancho: float) -> list[Flowable]:
    filas = [[Paragraph(texto_pdf(r), _CELDA_TITULO) for r in
              (traducir("N.º"), traducir("Quién habló"), traducir("En calidad de"), traducir("Tiempo"))]]
    for i, o in enumerate(oradores, start=1):
        calidad = o.get("tipo") or ""
        if o.get("mocion") is not None:
            calidad = traducir("{0} (moción {1})").format(calidad, o["mocion"])
        filas.append([parrafo(str(i), _CELDA), parrafo(o.get("quien") or "—", _CELDA), parrafo(calidad, _CELDA),
                      parrafo(o.get("duracion") or "—", _CELDA)])
    return [parrafo(traducir("Lista de oradores ({0})").format(len(oradores)), _ROTULO_ORADORES),
            tabla(filas, [ancho * 0.08, ancho * 0.46, ancho * 0.30, ancho * 0.16], cebra=False)]


def lo_de_la_sala(punto: dict, ancho: float) -> list[Flowable]:
    """Las mociones y los oradores de un punto del acta (nada si no tiene)."""
    h: list[Flowable] = []
    for m in punto.get("mociones") or []:
        h += _mocion(m)
    if punto.get("oradores"):
        h += _oradores(punto["oradores"], ancho)
    return h

