"""Acta de una sesión en PDF, con el aspecto de un acta institucional.

Membrete, «ACTA N.º», el título de la sesión y una ficha (órgano, sesión, fecha, hora, lugar, estado);
la apertura; la asistencia agrupada por país en un párrafo por país («Argentina: Buenos Aires; Córdoba,
por poder otorgado a Buenos Aires»), los ausentes y los invitados; el enunciado del quórum en negrita;
el orden del día; el desarrollo punto por punto (resumen, votación y votos nominales agrupados por
sentido; sus mociones, enmiendas, votaciones de la sala y oradores: acta_sala.py); las resoluciones adoptadas; el cierre con su hora; las firmas de la Presidencia y la
Secretaría; y, si el acta está aprobada, la constancia «Aprobada por … el … — huella SHA-256 del texto aprobado: …» y el
anexo «Fe de erratas». Mientras es borrador, cada página lleva la marca de agua «BORRADOR».

Rendimiento: la asistencia va en un párrafo por país y los votos nominales en uno por sentido, no en
tablas de una fila por miembro; un acta de 300 asistentes y 40 puntos se escribe en una fracción de
segundo (`tests/rendimiento/bench_acta.py`).

Todo texto del acta es dato: pasa por `escape` antes de entrar en un `Paragraph`. Las palabras del programa
(rótulos, títulos, frases, la marca de agua) se escriben en el idioma del documento con `traducir`, al llamarse.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from escritorio.dominio.sesiones import (ESTADOS_ACTA, SENTIDOS, TIPOS_SESION, numero_ordinal_romano,
                                         titulo_de_la_sesion)
from escritorio.dominio.traduccion import traducir
from escritorio.dominio.tratamiento import FUNCIONES, genero_en

from ..visible import LARGO_EN_DOCUMENTO, LARGO_PARRAFO_EN_DOCUMENTO
from .verificacion import rotulo_impreso
from .idioma_de_lo_escrito import como, escrito, marcar, recortado
from . import fuentes, texto_en_trazos
from .base import FUENTE_NEGRITA, MARGEN, Hoja, dibujar_registro, fecha_corta, linea_registro, palabras_clave_registro
from .acta_sala import ROLES as ROLES_DE_LA_SALA, lo_de_la_sala
from .convocatoria import (arriba_del_cuerpo, decorador_carta, fecha_larga, ficha, firmas, hoja_carta, membrete,
                           nombre_con_sigla, puntos_en_arbol, rotulo_tipo_punto)
from .estatuto import (AZUL, CURSIVA, FONDO_SUAVE, GRIS, DocumentoPaginado, con_pasajes, construir_paginado, estilo,
                       fecha_iso,
                       parrafo, parrafos, recuadro, tabla, texto_pdf)

MARCA_BORRADOR = "BORRADOR"
SIN_DATO = "—"
# Los grupos de votos nominales que son palabras del programa (se traducen al imprimir); los demás (las
# candidaturas de una elección) son datos. Clave y valor, el rótulo en castellano con que se agrupa.
_ROTULOS_NOMINALES = {**{r: r for r in SENTIDOS.values()}, "No votó": "No votó", "En blanco": "En blanco"}

_SERIF = fuentes.SERIF
_SERIF_NEGRITA = fuentes.SERIF_NEGRITA
_VERDE = colors.Color(0.16, 0.42, 0.22)
_FONDO_VERDE = colors.Color(0.92, 0.97, 0.92)
_GRIS_MARCA = colors.Color(0.80, 0.80, 0.80)

_TITULO = estilo("acta_titulo", fontName=FUENTE_NEGRITA, fontSize=20, leading=24, alignment=TA_CENTER,
                 textColor=AZUL, spaceBefore=14)
_SUBTITULO = estilo("acta_subtitulo", fontName=FUENTE_NEGRITA, fontSize=12.5, leading=16, alignment=TA_CENTER,
                    spaceBefore=3, spaceAfter=12)
_SECCION = estilo("acta_seccion", fontName=FUENTE_NEGRITA, fontSize=11, leading=14, spaceBefore=14, spaceAfter=5,
                  textColor=AZUL, keepWithNext=1)
_SUBSECCION = estilo("acta_subseccion", fontName=FUENTE_NEGRITA, fontSize=9, leading=12, spaceBefore=6,
                     spaceAfter=2, textColor=GRIS, keepWithNext=1)
_TEXTO = estilo("acta_texto", fontName=_SERIF, fontSize=11, leading=14.5, alignment=TA_JUSTIFY, spaceAfter=5)
_PAIS = estilo("acta_pais", fontName=_SERIF, fontSize=10.5, leading=13.5, spaceAfter=3, leftIndent=12,
               firstLineIndent=-12)
_VACIO = estilo("acta_vacio", fontName=CURSIVA, fontSize=9.5, leading=12.5, textColor=GRIS, spaceAfter=3)
_QUORUM = estilo("acta_quorum", fontName=_SERIF_NEGRITA, fontSize=11, leading=14.5)
_PUNTO_ORDEN = dict(fontName=_SERIF, fontSize=10.5, leading=13.5, spaceAfter=2, bulletFontName=_SERIF_NEGRITA,
                    bulletFontSize=10.5)
_PUNTO = estilo("acta_punto", fontName=FUENTE_NEGRITA, fontSize=10.5, leading=13.5, spaceBefore=10, spaceAfter=4,
                keepWithNext=1, leftIndent=24, firstLineIndent=-24)
_VOTACION = estilo("acta_votacion", fontName=_SERIF, fontSize=10.5, leading=13.5, spaceBefore=1, spaceAfter=3,
                   leftIndent=10, borderPadding=(2, 0, 2, 6), textColor=colors.Color(0.1, 0.1, 0.1))
_NOMINAL = estilo("acta_nominal", fontName=_SERIF, fontSize=9.5, leading=12, leftIndent=22, firstLineIndent=-12,
                  spaceAfter=2)
_RESOLUCION = estilo("acta_resolucion", fontName=_SERIF, fontSize=11, leading=14.5, leftIndent=12, bulletIndent=0,
                     spaceAfter=2)
_EFECTO = estilo("acta_efecto", fontName=_SERIF, fontSize=10, leading=13, leftIndent=24, spaceAfter=1)
_APROBADA_TITULO = estilo("acta_aprobada_titulo", fontName=FUENTE_NEGRITA, fontSize=9.5, leading=12.5,
                          textColor=_VERDE, spaceAfter=2)
_APROBADA = estilo("acta_aprobada", fontSize=8.5, leading=11.5)
_CELDA = estilo("acta_celda", fontName=_SERIF, fontSize=10, leading=12.5)
_CELDA_TITULO = estilo("acta_celda_titulo", fontName=FUENTE_NEGRITA, fontSize=8.5, leading=10.5)


# El tipo de estructura de cada párrafo del acta en el PDF etiquetado (`etiquetas.Estructura`), por su estilo. Los
# demás son P; un párrafo con número o viñeta (el orden del día, las resoluciones adoptadas) es un ítem de lista.
ROLES = {"acta_titulo": "H1", "acta_seccion": "H2", "acta_subseccion": "H3", "acta_punto": "H3",
         "acta_aprobada_titulo": "H2", "acta_efecto": "P+", **ROLES_DE_LA_SALA}


def titulo_acta(contenido) -> str:
    """«Acta N.º 21», en el idioma en curso."""
    return traducir("Acta N.º {0}").format(contenido.numero)


def subtitulo_acta(contenido) -> str:
    """«XXXII sesión extraordinaria — Asamblea General», en el idioma del documento: se arma de nuevo con el número,
    el tipo y el órgano, no se copia del texto aprobado (que quedó en el idioma en que se aprobó)."""
    if contenido.numero and contenido.tipo:
        return titulo_de_la_sesion(contenido.numero, contenido.tipo, contenido.organo or "")
    return contenido.titulo or ""


def _fecha(contenido) -> date | None:
    try:
        return fecha_iso(contenido.fecha)
    except ValueError:
        return None


def en_su_idioma(contenido, idioma_de_lo_escrito: str | None, idioma_del_acta: str | None):
    """`contenido` (servicios.actas.ContenidoActa) con sus textos guardados como `idioma_de_lo_escrito.Escrito` si
    están en otro idioma que el documento, como los marca el sitio (sitio/secciones.py): lo que escribió la
    secretaría (el órgano, el lugar, la apertura, los títulos y resúmenes de los puntos, el cierre) en el idioma de
    la asociación; lo que el acta dice con sus propias palabras (el quórum, la asistencia, de quién trata un punto,
    la votación, las resoluciones), en el del acta (`servicios.idioma_del_acta`: la aprobada, en el que se aprobó)."""
    def puntos(p: dict) -> dict:
        return {**p, "titulo": escrito(p.get("titulo"), idioma_de_lo_escrito),
                "resumen": escrito(p.get("resumen"), idioma_de_lo_escrito),
                "sobre": escrito(p.get("sobre"), idioma_del_acta),
                "votacion": escrito(p.get("votacion"), idioma_del_acta),
                "regla_mayoria": escrito(p.get("regla_mayoria"), idioma_del_acta),
                "motivo_mayoria": escrito(p.get("motivo_mayoria"), idioma_del_acta)}

    return replace(contenido, organo=escrito(contenido.organo, idioma_de_lo_escrito),
                   lugar=escrito(contenido.lugar, idioma_de_lo_escrito),
                   apertura=escrito(contenido.apertura, idioma_de_lo_escrito),
                   cierre=escrito(contenido.cierre, idioma_de_lo_escrito),
                   quorum=escrito(contenido.quorum, idioma_del_acta),
                   asistencia_por_pais={escrito(pais, idioma_del_acta): quienes
                                        for pais, quienes in contenido.asistencia_por_pais.items()},
                   ausentes=[escrito(a, idioma_del_acta) for a in contenido.ausentes],
                   invitados=[escrito(i, idioma_del_acta) for i in contenido.invitados],
                   puntos=[puntos(p) for p in contenido.puntos],
                   resoluciones=[escrito(r, idioma_del_acta) for r in contenido.resoluciones])


def _marca_de_agua(c: Canvas, hoja: Hoja) -> None:
    """«BORRADOR» en diagonal, gris claro, detrás del texto."""
    c.saveState()
    c.setFillColor(_GRIS_MARCA)
    c.setFillAlpha(0.45)
    c.translate(hoja.ancho / 2, hoja.alto / 2)
    c.rotate(52)
    tamano = min(hoja.ancho, hoja.alto) * 0.21
    # Como trazos, no como texto: si no, sus letras sueltas se mezclan con el texto que se copia o extrae.
    texto_en_trazos.dibujar_centrado(c, traducir(MARCA_BORRADOR), FUENTE_NEGRITA, tamano, 0, -tamano * 0.35)
    c.restoreState()


def _encabezado(acta, sigla: str, ancho: float) -> list[Flowable]:
    ct = acta.contenido
    h: list[Flowable] = membrete(ct.asociacion, sigla, ct.organo or "", ancho)
    h += [parrafo(traducir("ACTA N.º {0}").format(ct.numero), _TITULO),
          parrafo(con_pasajes(subtitulo_acta(ct), ct.organo), _SUBTITULO)]
    dia = _fecha(ct)
    tipo = traducir(TIPOS_SESION.get(ct.tipo, ct.tipo or ""))
    # «XXI sesión ordinaria»: el número romano y el tipo, en minúsculas.
    sesion = traducir("{0} sesión {1}").format(numero_ordinal_romano(ct.numero), tipo.lower()) if ct.numero else tipo
    datos = [(traducir("Órgano"), ct.organo or SIN_DATO), (traducir("Sesión"), sesion or SIN_DATO),
             (traducir("Fecha"), fecha_larga(dia, con_dia=True) if dia else (ct.fecha or SIN_DATO)),
             (traducir("Hora"), traducir("{0} horas").format(ct.hora) if ct.hora else SIN_DATO),
             (traducir("Lugar"), ct.lugar or SIN_DATO),
             (traducir("Estado"), traducir(ESTADOS_ACTA.get(acta.estado, acta.estado or "")))]
    h.append(ficha(datos, ancho, columnas=2))
    return h


def _asistencia(ct) -> list[Flowable]:
    h: list[Flowable] = [Paragraph(texto_pdf(traducir("Asistencia")), _SECCION)]
    presentes = sum(len(v) for v in ct.asistencia_por_pais.values())
    h.append(Paragraph(texto_pdf(traducir("Miembros presentes o representados ({0})").format(presentes)),
                       _SUBSECCION))
    if ct.asistencia_por_pais:
        for pais, quienes in ct.asistencia_por_pais.items():
            lista = "; ".join(texto_pdf(q, LARGO_EN_DOCUMENTO) for q in quienes)
            h.append(marcar(Paragraph(f'<font name="{_SERIF_NEGRITA}">{texto_pdf(pais or SIN_DATO)}:</font> {lista}.',
                                      _PAIS), pais))
    else:
        h.append(parrafo(traducir("No se registraron miembros presentes."), _VACIO))
    if ct.ausentes:
        h.append(Paragraph(texto_pdf(traducir("Ausentes ({0})").format(len(ct.ausentes))), _SUBSECCION))
        h.append(marcar(Paragraph("; ".join(texto_pdf(a, LARGO_EN_DOCUMENTO) for a in ct.ausentes) + ".", _PAIS),
                        ct.ausentes[0]))
    if ct.invitados:
        h.append(Paragraph(texto_pdf(traducir("Invitados y observadores, sin voto ({0})").format(len(ct.invitados))),
                           _SUBSECCION))
        h.append(marcar(Paragraph("; ".join(texto_pdf(i, LARGO_EN_DOCUMENTO) for i in ct.invitados) + ".", _PAIS),
                        ct.invitados[0]))
    return h


def _quorum(ct, ancho: float) -> list[Flowable]:
    if not (ct.quorum or "").strip():
        return []
    caja = recuadro([parrafo(recortado(ct.quorum), _QUORUM)], ancho, fondo=FONDO_SUAVE, borde=FONDO_SUAVE, barra=AZUL)
    return [Spacer(0, 8), caja]


_SENTIDO = re.compile(r"^(?P<miembro>.*):\s*(?P<sentido>[^:]*)$")


def _rotulo_del_sentido(sentido: str) -> str:
    """El sentido de un voto como rótulo del grupo: el código (a_favor) o un rótulo del programa, en castellano o
    en el idioma en curso y en cualquier caja («a favor», «abstenção»), da el rótulo en castellano; lo demás (una
    candidatura), con mayúscula inicial."""
    if sentido in SENTIDOS:
        return SENTIDOS[sentido]
    clave = sentido.casefold()
    for rotulo in _ROTULOS_NOMINALES:
        if clave in (rotulo.casefold(), traducir(_ROTULOS_NOMINALES[rotulo]).casefold()):
            return rotulo
    return sentido[:1].upper() + sentido[1:]


def rotulo_nominal(sentido: str) -> str:
    """El rótulo de un grupo de `agrupar_nominales` para imprimir: los del programa en el idioma en curso."""
    return traducir(_ROTULOS_NOMINALES[sentido]) if sentido in _ROTULOS_NOMINALES else sentido


def agrupar_nominales(nominales: Sequence[str]) -> list[tuple[str, list[str]]]:
    """«Lima: a_favor», «Quito: en_contra»… -> [('A favor', ['Lima']), ('En contra', ['Quito'])].

    El sentido puede venir como código (a_favor) o como texto («A favor», «no votó», o ya traducido); lo que no
    tiene la forma «miembro: sentido» queda en un grupo sin nombre, tal cual. Los grupos se nombran con el rótulo
    en castellano (el que se compara con `SENTIDOS`): `rotulo_nominal` lo da en el idioma del documento."""
    grupos: dict[str, list[str]] = {}
    for texto in nominales:
        encontrado = _SENTIDO.match(str(texto))
        if encontrado:
            sentido = _rotulo_del_sentido(encontrado["sentido"].strip())
            grupos.setdefault(sentido, []).append(encontrado["miembro"].strip())
        else:
            grupos.setdefault("", []).append(str(texto))
    orden = list(SENTIDOS.values())
    if any(sentido and sentido not in orden for sentido in grupos):
        return list(grupos.items())  # una elección: los grupos (candidaturas…) vienen ya en su orden
    return sorted(grupos.items(), key=lambda par: orden.index(par[0]) if par[0] in orden else len(orden))


def frase_votacion(texto: str) -> str:
    """«Votación nominal. Aprobada: …» con la primera oración (el método) en negrita; ya escapada."""
    texto = str(texto).strip()
    primera, punto, resto = texto.partition(". ")
    if not punto or len(primera) > 60:
        return texto_pdf(texto)
    return f'<font name="{_SERIF_NEGRITA}">{texto_pdf(primera)}.</font> {texto_pdf(resto)}'


def frase_regla_mayoria(regla: str, motivo: str | None) -> str:
    """«Mayoría requerida por la regla: Dos tercios … (Estatuto, art. 20).» y, si se votó con otra, el motivo."""
    regla = como(str(regla).strip().rstrip("."), regla)   # la regla guardada en el acta, con su idioma
    texto = (f'<font name="{_SERIF_NEGRITA}">{texto_pdf(traducir("Mayoría que pide la regla:"))}</font> '
             f'{texto_pdf(regla, LARGO_EN_DOCUMENTO)}.')
    if motivo and str(motivo).strip():
        texto += (f' <font name="{_SERIF_NEGRITA}">{texto_pdf(traducir("Se votó con otra mayoría. Motivo:"))}</font> '
                  f'{texto_pdf(como(str(motivo).strip(), motivo), LARGO_EN_DOCUMENTO)}')
    return texto


def _desarrollo(ct, ancho: float) -> list[Flowable]:
    if not ct.puntos:
        return []
    h: list[Flowable] = [Paragraph(texto_pdf(traducir("Desarrollo de la sesión")), _SECCION)]
    for p in ct.puntos:
        numero = texto_pdf(p.get("numeracion") or "")
        titulo = texto_pdf(p.get("titulo") or SIN_DATO, LARGO_EN_DOCUMENTO)
        tipo = texto_pdf(rotulo_tipo_punto(str(p.get("tipo") or "")))
        encabezado = f"{numero}.&nbsp;&nbsp;&nbsp;{titulo}" if numero else titulo
        if tipo:
            encabezado += f' <font name="{fuentes.SANS}" size="8" color="#6b6b6b">({tipo})</font>'
        bloque: list[Flowable] = [Paragraph(encabezado, _PUNTO)]
        if p.get("sobre"):   # de quién trata un punto de admisión o de exclusión
            bloque.append(marcar(Paragraph(texto_pdf(str(p["sobre"]), LARGO_EN_DOCUMENTO), _TEXTO), p["sobre"]))
        cuerpo = parrafos(p.get("resumen"), _TEXTO)
        if not cuerpo and not p.get("votacion"):
            cuerpo = [parrafo(traducir("Sin deliberaciones registradas."), _VACIO)]
        bloque += cuerpo
        if p.get("votacion"):
            bloque.append(marcar(Paragraph(frase_votacion(p["votacion"]), _VOTACION), p["votacion"]))
        if p.get("regla_mayoria"):
            bloque.append(Paragraph(frase_regla_mayoria(p["regla_mayoria"], p.get("motivo_mayoria")), _VOTACION))
        for sentido, miembros in agrupar_nominales(p.get("nominales") or []):
            rotulo = (f'<font name="{_SERIF_NEGRITA}">{texto_pdf(rotulo_nominal(sentido))} ({len(miembros)}):</font> '
                      if sentido else "")
            nombres = "; ".join(texto_pdf(m, LARGO_EN_DOCUMENTO) for m in miembros)
            bloque.append(Paragraph(f"{rotulo}{nombres}.", _NOMINAL))
        bloque += lo_de_la_sala(p, ancho)   # sus mociones, enmiendas, votaciones y oradores (acta_sala.py)
        h.extend(bloque)  # el título del punto (keepWithNext) no queda solo al pie de una página
    return h


def _resoluciones(ct) -> list[Flowable]:
    if not ct.resoluciones:
        return []
    h: list[Flowable] = [Paragraph(texto_pdf(traducir("Resoluciones adoptadas ({0})").format(len(ct.resoluciones))),
                                   _SECCION)]
    for r in ct.resoluciones:
        # Las líneas que siguen a la primera son los efectos de la resolución en el registro (servicios.efectos).
        texto, *efectos = str(r).split("\n")
        if ": " in texto:  # «Resolución 1/2026: título» con el número en negrita
            numero, titulo = texto.split(": ", 1)
            contenido = f'<font name="{_SERIF_NEGRITA}">{texto_pdf(numero)}:</font> {texto_pdf(titulo)}'
        else:
            contenido = texto_pdf(texto)
        h.append(marcar(Paragraph(contenido, _RESOLUCION, bulletText="•"), r))
        h.extend(marcar(Paragraph(texto_pdf(e), _EFECTO), r) for e in efectos)
    return h


def _cierre(ct) -> list[Flowable]:
    h: list[Flowable] = []
    cuerpo = parrafos(ct.cierre, _TEXTO)
    if ct.hora_cierre:
        cuerpo.append(parrafo(traducir("Hora de cierre: {0} horas.").format(ct.hora_cierre), _TEXTO))
    if cuerpo:
        h += [Paragraph(texto_pdf(traducir("Cierre")), _SECCION), *cuerpo]
    return h


def _firmas(ct, ancho: float, firmantes=None, *, digitales: bool = False) -> Flowable:
    """Los bloques de firma de la presidencia y la secretaría. `firmantes`: (nombre, cargo, detalle) de cada uno,
    como los arma `servicios.firmantes` (la persona que firma y su cargo en su género); sin ellos, los textos del
    borrador, con el cargo que ellos mismos digan («Sra. …» → «Presidenta») o la función («Presidencia»), en el idioma
    en curso (`tratamiento.cargo_de_firma`, traducido: `genero_en` da FEMENINO, MASCULINO o None). Con `digitales`
    (un acta aprobada, que se puede firmar digitalmente) cada línea es además un campo de firma del PDF."""
    if firmantes is None:
        firmantes = [(ct.preside or None, traducir(FUNCIONES["presidencia"][genero_en(ct.preside)]), None),
                     (ct.secretaria or None, traducir(FUNCIONES["secretaria"][genero_en(ct.secretaria)]), None)]
    return firmas([tuple(f) for f in firmantes], ancho, digitales=digitales)


def _con_el_ultimo_parrafo(h: list[Flowable], firmas_: Flowable) -> list[Flowable]:
    """Las firmas van con el último párrafo del acta (la hora de cierre): nunca solas en una página casi vacía.
    Si no entran al pie, pasan a la página siguiente junto con ese párrafo."""
    ultimo: list[Flowable] = []
    if h and isinstance(h[-1], Paragraph):
        ultimo.append(h.pop())
        # Y el título que va con ese párrafo («Cierre»): keepWithNext no alcanza a un KeepTogether.
        while h and isinstance(h[-1], Paragraph) and h[-1].getKeepWithNext():
            ultimo.insert(0, h.pop())
    return h + [KeepTogether([*ultimo, Spacer(0, 16), firmas_])]


def constancia_aprobacion(acta) -> str | None:
    """«Aprobada por Resolución 3/2026 el 15/07/2026 — huella SHA-256 del texto aprobado: …», o None si es borrador;
    en el idioma en curso. Es la huella del texto del acta tal como se aprobó (`servicios.actas.huella`), la que
    queda congelada; la del pie de cada página es otra (la de la bitácora de la base al generar el PDF)."""
    if acta.estado == "borrador" and not acta.aprobada_por:
        return None
    cuando = fecha_iso(acta.aprobada_el) if acta.aprobada_el else None
    if acta.aprobada_por and cuando:
        partes = traducir("Aprobada por {0} el {1}").format(acta.aprobada_por, fecha_corta(cuando))
    elif acta.aprobada_por:
        partes = traducir("Aprobada por {0}").format(acta.aprobada_por)
    elif cuando:
        partes = traducir("Aprobada el {0}").format(fecha_corta(cuando))
    else:
        partes = traducir("Aprobada")
    if acta.huella:
        partes = traducir("{0} — huella SHA-256 del texto aprobado: {1}").format(partes, acta.huella)
    return partes


def _aprobacion(acta, ancho: float, registro_al_pie: bool = False) -> list[Flowable]:
    constancia = constancia_aprobacion(acta)
    if constancia is None:
        return []
    texto = texto_pdf(constancia)
    if acta.huella:  # la huella en letra de paso fijo, para compararla carácter a carácter
        huella = texto_pdf(acta.huella)
        texto = texto.replace(huella, f'<font name="{fuentes.MONO}" size="8">{huella}</font>')
    contenido = [Paragraph(texto_pdf(traducir("Constancia de aprobación")), _APROBADA_TITULO),
                 Paragraph(texto, _APROBADA)]
    nota = traducir("El texto aprobado queda congelado: cualquier cambio posterior altera su huella. "
                    "Las correcciones se registran en la fe de erratas.")
    if registro_al_pie:
        nota += " " + traducir("La «huella de la bitácora» al pie de cada página es otra: la de la cadena de la "
                               "bitácora de toda la base cuando se generó este PDF.")
    if acta.estado == "firmada":
        nota += " " + (traducir("El acta firmada se conserva escaneada en el registro.") if acta.tiene_firmada
                       else traducir("El acta firmada se conserva."))
    contenido.append(parrafo(nota, estilo("acta_aprobada_nota", fontName=CURSIVA, fontSize=8, leading=10.5,
                                          textColor=GRIS, spaceBefore=2)))
    caja = recuadro(contenido, ancho, fondo=_FONDO_VERDE, borde=_VERDE, barra=_VERDE)
    return [Spacer(0, 18), KeepTogether([caja])]


def _erratas(acta, ancho: float) -> list[Flowable]:
    if not acta.erratas:
        return []
    h: list[Flowable] = [CondPageBreak(140), Spacer(0, 10),
                         Paragraph(texto_pdf(traducir("Anexo — Fe de erratas")), _SECCION),
                         parrafo(traducir("Correcciones registradas después de la aprobación, en orden de fecha. "
                                          "El texto aprobado del acta no se modifica."), _VACIO)]
    filas = [[Paragraph(texto_pdf(traducir("Fecha")), _CELDA_TITULO),
              Paragraph(texto_pdf(traducir("Corrección")), _CELDA_TITULO)]]
    for e in acta.erratas:
        try:
            cuando = fecha_iso(e.get("fecha"))
        except ValueError:
            cuando = None
        filas.append([parrafo(fecha_corta(cuando) if cuando else (e.get("fecha") or SIN_DATO), _CELDA),
                      parrafo(e.get("texto") or "", _CELDA, LARGO_PARRAFO_EN_DOCUMENTO)])
    h.append(tabla(filas, [ancho * 0.16, ancho * 0.84], cebra=False))
    return h


def _historia(acta, sigla: str, ancho: float, sello=None, firmantes=None, registro_al_pie: bool = False) -> list[Flowable]:
    ct = acta.contenido
    h = _encabezado(acta, sigla, ancho)
    apertura = parrafos(ct.apertura, _TEXTO)
    if apertura:
        h += [Paragraph(texto_pdf(traducir("Apertura")), _SECCION), *apertura]
    h += _asistencia(ct)
    h += _quorum(ct, ancho)
    if ct.puntos:
        h += [Paragraph(texto_pdf(traducir("Orden del día")), _SECCION),
              *puntos_en_arbol(ct.puntos, _PUNTO_ORDEN, rotulo_tipo=False)]
    h += _desarrollo(ct, ancho)
    h += _resoluciones(ct)
    h += _cierre(ct)
    h = _con_el_ultimo_parrafo(h, _firmas(ct, ancho, firmantes, digitales=acta.estado != "borrador"))
    h += _aprobacion(acta, ancho, registro_al_pie)
    if sello is not None:  # el código de verificación y su QR, junto a la constancia de aprobación
        from .verificacion import SelloVerificacion

        h += [SelloVerificacion(sello, ancho)]   # con la zona en blanco del QR arriba y abajo: su propio respiro
    h += _erratas(acta, ancho)
    return h


def escribir_acta_pdf(ruta: str | os.PathLike, *, sigla: str, papel: str, acta, generado: date | None = None,
                      registro: tuple[int, str] | None = None, sello=None, firmantes=None,
                      idioma_de_lo_escrito: str | None = None, idioma_del_acta: str | None = None) -> int:
    """Escribe el acta (`servicios.actas.Acta`) y devuelve el número de páginas.

    Un borrador lleva la marca de agua «BORRADOR» en cada página; un acta aprobada o firmada, la
    constancia de aprobación con su huella y, si las hay, la fe de erratas como anexo.
    `generado`: la fecha del pie («Generado con Escritorio el …»); por omisión, hoy.
    `registro`: (sello, huella) de la cabeza de la bitácora al generarla: va al centro del pie de cada
    página («Registro: sello N · huella …») y, completa, en las palabras clave del PDF.
    `sello`: el código de verificación (`dominio.verificacion.Sello`) de un acta aprobada: con su QR junto a la
    constancia de aprobación, debajo del pie de cada página y en las palabras clave.
    `firmantes`: (nombre, cargo, detalle) de la presidencia y la secretaría (`servicios.firmantes`); sin ellos,
    los nombres del borrador.
    `idioma_de_lo_escrito`, `idioma_del_acta`: los de la asociación y del texto del acta («es», «pt»): lo guardado en
    otro idioma que el documento lleva su /Lang en el PDF etiquetado (`en_su_idioma`).
    """
    generado = generado or date.today()
    acta = replace(acta, contenido=en_su_idioma(acta.contenido, idioma_de_lo_escrito, idioma_del_acta))
    ct = acta.contenido
    dia = _fecha(ct) or generado
    hoja = hoja_carta(papel, ct.asociacion or "", sigla or "", titulo_acta(ct), dia)
    ancho = hoja.ancho_util
    derecha = f"{titulo_acta(ct)} · {ct.organo} · {fecha_corta(dia)}"
    if acta.estado == "borrador":
        derecha += " · " + traducir("borrador")
    decorar_carta = decorador_carta(hoja, nombre_con_sigla(ct.asociacion, sigla), derecha, generado,
                                    fondo=_marca_de_agua if acta.estado == "borrador" else None)
    linea = linea_registro(registro)
    clave = "; ".join(x for x in (palabras_clave_registro(registro), sello.rotulo if sello else None) if x)

    def decorar(c: Canvas, numero: int, total: int) -> None:
        decorar_carta(c, numero, total)
        dibujar_registro(c, hoja.ancho / 2, MARGEN, linea)
        if sello is not None:
            dibujar_registro(c, hoja.ancho / 2, MARGEN - 10, rotulo_impreso(sello))
        if clave:
            c.setKeywords(clave)
    titulo_pdf = f"{titulo_acta(ct)} · {subtitulo_acta(ct)}"

    def documento(destino: io.BytesIO) -> DocumentoPaginado:
        return DocumentoPaginado(destino, hoja=hoja, arriba=arriba_del_cuerpo(hoja), decorar=decorar,
                                 titulo=titulo_pdf, autor=ct.asociacion or "",
                                 asunto=f"{titulo_pdf} · {fecha_corta(dia)} · {ct.asociacion}")

    return construir_paginado(ruta, documento, lambda _paginas: _historia(acta, sigla, ancho, sello, firmantes,
                                                                          registro_al_pie=linea is not None),
                              roles=ROLES)
