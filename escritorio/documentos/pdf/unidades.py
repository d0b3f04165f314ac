"""Informe de una unidad temática en PDF: objetivos, coordinación, ciudades participantes y plan de trabajo.

Se arma con platypus (secciones de largo variable con tablas que se parten solas), con el membrete
y el pie de los demás listados («Página X de Y»). Los textos del usuario se escapan antes de entrar
en un `Paragraph`: se imprimen tal cual, nunca como marcado.

Es un PDF etiquetado (`etiquetas`, `ROLES`): el nombre de la unidad es el título (H1; el membrete, repetido en cada
página, es un artefacto), cada sección un H2, las tablas de coordinación, participantes y plan con su fila de
títulos (TH, Scope Column), los avisos una lista. Lo que escribió la secretaría (el nombre, los objetivos, el título y
el resultado de cada actividad) llega como `idioma_de_lo_escrito.Escrito` si el documento sale en otro idioma que el
de la asociación, y lleva su /Lang.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from datetime import date

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from escritorio.dominio.orden_alfabetico import clave_en_curso
from escritorio.dominio.paises import nombre_pais
from escritorio.dominio.traduccion import traducir
from escritorio.dominio.unidades import ESTADOS_ACTIVIDAD

from .base import FUENTE_NEGRITA, Encabezado, fecha_corta
from .estatuto import (AZUL, CURSIVA, GRIS, DocumentoPaginado, construir_paginado, decorar_con_membrete, estilo,
                       fecha_iso, parrafo, parrafos, recuadro, tabla, texto_pdf)

TITULO = "Informe de unidad temática"
SIN_DATO = "—"
CUMPLE = "La composición cumple las reglas del estatuto."
_COORDINACION = ("coordinador", "subcoordinador", "presidente", "vicepresidente", "secretario")

_NOMBRE = estilo("nombre", fontName=FUENTE_NEGRITA, fontSize=14, leading=17, textColor=AZUL, spaceAfter=2)
_DATO = estilo("dato", fontSize=9, leading=12, textColor=GRIS)
_SECCION = estilo("seccion", fontName=FUENTE_NEGRITA, fontSize=11.5, leading=14, spaceBefore=14, spaceAfter=6,
                  textColor=AZUL, keepWithNext=1)
_TEXTO = estilo("texto", fontSize=10, leading=13.5, spaceAfter=4)
_VACIO = estilo("vacio", fontName=CURSIVA, fontSize=9.5, leading=12.5, textColor=GRIS)
_CELDA = estilo("celda", fontSize=8.5, leading=10.5)
_CELDA_GRIS = estilo("celda_gris", fontSize=8.5, leading=10.5, textColor=GRIS)
_CELDA_TITULO = estilo("celda_titulo", fontName=FUENTE_NEGRITA, fontSize=8.5, leading=10.5)
_CELDA_NEGRITA = estilo("celda_negrita", fontName=FUENTE_NEGRITA, fontSize=8.5, leading=10.5)
_AVISO = estilo("aviso", fontSize=9, leading=11.5, leftIndent=10, bulletIndent=0, spaceAfter=2)
_AVISO_TITULO = estilo("aviso_titulo", fontName=FUENTE_NEGRITA, fontSize=10, leading=13,
                       textColor=colors.Color(0.45, 0.25, 0.0), spaceAfter=3)
_CUMPLE = estilo("cumple", fontName=FUENTE_NEGRITA, fontSize=9, leading=11.5,
                 textColor=colors.Color(0.10, 0.35, 0.15))

# El tipo de estructura de cada párrafo en el PDF etiquetado (`etiquetas.Estructura`), por su estilo; los demás, P.
ROLES = {"nombre": "H1", "seccion": "H2", "aviso_titulo": "H2"}

# «2 realizadas»: la cuenta de las actividades de cada estado en el resumen del plan (singular, plural). «en cursos»
# y «sin estados» son los plurales que el informe ya imprimía (al corregirlos cambia el castellano impreso).
_CUENTA_POR_ESTADO = {
    "prevista": ("{0} prevista", "{0} previstas"),
    "en_curso": ("{0} en curso", "{0} en cursos"),
    "realizada": ("{0} realizada", "{0} realizadas"),
    "cancelada": ("{0} cancelada", "{0} canceladas"),
    "": ("{0} sin estado", "{0} sin estados"),
}

_COLORES_ESTADO = {
    "realizada": colors.Color(0.10, 0.42, 0.18),
    "en_curso": colors.Color(0.12, 0.25, 0.55),
    "prevista": colors.Color(0.35, 0.35, 0.35),
    "cancelada": colors.Color(0.65, 0.10, 0.10),
}


def _pais(asiento) -> str:
    return nombre_pais(asiento.pais) if asiento.pais else SIN_DATO


def fechas_actividad(actividad: dict) -> str:
    """'10/06/2025 – 12/06/2025', una sola fecha, 'desde …', 'hasta …' o '—'."""
    desde, hasta = fecha_iso(actividad.get("desde")), fecha_iso(actividad.get("hasta"))
    if desde and hasta:
        return fecha_corta(desde) if desde == hasta else f"{fecha_corta(desde)} – {fecha_corta(hasta)}"
    if desde:
        return traducir("desde {0}").format(fecha_corta(desde))
    if hasta:
        return traducir("hasta {0}").format(fecha_corta(hasta))
    return SIN_DATO


def _ficha(unidad: dict, composicion, al: date) -> list[Flowable]:
    datos = [parrafo(unidad.get("nombre") or traducir("Unidad temática"), _NOMBRE)]
    partes = [traducir("Situación al {0}").format(fecha_corta(al))]
    if (unidad.get("padre") or "").strip():
        partes.append(traducir("depende de: {0}").format(unidad["padre"].strip()))
    if (unidad.get("articulo") or "").strip():
        partes.append(unidad["articulo"].strip())
    integrantes = len(composicion.asientos)
    partes.append((traducir("{0} ciudad integrante") if integrantes == 1 else
                   traducir("{0} ciudades integrantes")).format(integrantes))
    datos.append(parrafo(" · ".join(partes), _DATO))
    return datos


def _objetivos(unidad: dict) -> list[Flowable]:
    cuerpo = parrafos(unidad.get("atribuciones"), _TEXTO) or [parrafo(traducir("Sin objetivos registrados."), _VACIO)]
    return [parrafo(traducir("Objetivos"), _SECCION), *cuerpo]


def _vigencia(asiento) -> str:
    desde = fecha_corta(asiento.desde) if asiento.desde else SIN_DATO
    return f"{desde} – {fecha_corta(asiento.hasta)}" if asiento.hasta else traducir("desde {0}").format(desde)


def _coordinacion(composicion, ancho: float) -> list[Flowable]:
    coordinan = [a for a in composicion.asientos if a.cargo in _COORDINACION]
    historia: list[Flowable] = [parrafo(traducir("Coordinación"), _SECCION)]
    if not coordinan:
        historia.append(parrafo(traducir("La unidad no tiene coordinación designada en esta fecha."), _VACIO))
        return historia
    con_persona = any((a.persona or "").strip() for a in coordinan)
    titulos = [traducir(t) for t in ("Cargo", "Ciudad", "País", "Persona", "Mandato")]
    if not con_persona:
        titulos = titulos[:3] + titulos[4:]
    filas = [[Paragraph(t, _CELDA_TITULO) for t in titulos]]
    for a in coordinan:
        fila = [parrafo(a.nombre_del_cargo, _CELDA_NEGRITA), parrafo(a.miembro or SIN_DATO, _CELDA),
                parrafo(_pais(a), _CELDA), parrafo(a.persona or SIN_DATO, _CELDA), parrafo(_vigencia(a), _CELDA)]
        filas.append(fila if con_persona else fila[:3] + fila[4:])
    pesos = (0.16, 0.24, 0.14, 0.22, 0.24) if con_persona else (0.18, 0.34, 0.22, 0.26)
    historia.append(tabla(filas, [ancho * p for p in pesos], cebra=False))
    return historia


def _participantes(composicion, ancho: float) -> list[Flowable]:
    otros = [a for a in composicion.asientos if a.cargo not in _COORDINACION]
    historia: list[Flowable] = [CondPageBreak(80),
                                parrafo(traducir("Ciudades participantes ({0})").format(len(otros)), _SECCION)]
    if not otros:
        historia.append(parrafo(traducir("No hay otras ciudades integrantes en esta fecha."), _VACIO))
        return historia
    otros = sorted(otros, key=lambda a: (clave_en_curso(_pais(a)), clave_en_curso(a.miembro or a.persona)))
    con_persona = any((a.persona or "").strip() for a in otros)
    titulos = [traducir(t) for t in ("Ciudad", "País", "Persona", "Cargo", "Desde")]
    if not con_persona:
        titulos = titulos[:2] + titulos[3:]
    filas = [[Paragraph(t, _CELDA_TITULO) for t in titulos]]
    for a in otros:
        fila = [parrafo(a.miembro or SIN_DATO, _CELDA), parrafo(_pais(a), _CELDA),
                parrafo(a.persona or SIN_DATO, _CELDA), parrafo(a.nombre_del_cargo, _CELDA),
                parrafo(fecha_corta(a.desde) if a.desde else SIN_DATO, _CELDA)]
        filas.append(fila if con_persona else fila[:2] + fila[3:])
    pesos = (0.30, 0.17, 0.25, 0.14, 0.14) if con_persona else (0.40, 0.24, 0.18, 0.18)
    historia.append(tabla(filas, [ancho * p for p in pesos]))
    return historia


def _resumen_plan(actividades: Sequence[dict]) -> str:
    cuenta: dict[str, int] = {}
    for a in actividades:
        cuenta[a.get("estado") or ""] = cuenta.get(a.get("estado") or "", 0) + 1
    partes = [traducir(_CUENTA_POR_ESTADO[e][0 if n == 1 else 1]).format(n) if e in _CUENTA_POR_ESTADO
              else f"{n} {e.lower()}{'' if n == 1 else 's'}"  # un estado que el programa no conoce: tal cual
              for e, n in sorted(cuenta.items(), key=lambda par: list(ESTADOS_ACTIVIDAD).index(par[0])
                                 if par[0] in ESTADOS_ACTIVIDAD else 99)]
    total = len(actividades)
    return (traducir("{0} actividad: {1}.") if total == 1 else traducir("{0} actividades: {1}.")).format(
        total, ", ".join(partes))


def _responsable(actividad: dict) -> str:
    """La ciudad responsable con su país («Rosario (Argentina)»)."""
    if not actividad.get("responsable"):
        return SIN_DATO
    pais = actividad.get("responsable_pais")
    return f"{actividad['responsable']} ({nombre_pais(pais)})" if pais else actividad["responsable"]


def _resultado(actividad: dict) -> str:
    """El resultado y, si tiene, el informe en PDF adjunto con el comienzo de su huella."""
    if actividad.get("resultado") and not actividad.get("informe_id"):
        return actividad["resultado"]   # tal como está guardado (con su idioma, si es un `Escrito`)
    partes = [actividad["resultado"]] if actividad.get("resultado") else []
    if actividad.get("informe_id"):
        partes.append(traducir("Informe en PDF: {0} (SHA-256 {1}…)").format(actividad["informe_nombre"],
                                                                            actividad["informe_sha256"][:16]))
    return " — ".join(partes) or SIN_DATO


def _plan(actividades: Sequence[dict], ancho: float) -> list[Flowable]:
    historia: list[Flowable] = [CondPageBreak(90), parrafo(traducir("Plan de trabajo"), _SECCION)]
    if not actividades:
        historia.append(parrafo(traducir("La unidad no tiene actividades registradas."), _VACIO))
        return historia
    historia.append(parrafo(_resumen_plan(actividades), _DATO))
    historia.append(Spacer(0, 4))
    filas = [[Paragraph(traducir(t), _CELDA_TITULO)
              for t in ("Título", "Fechas", "Estado", "Responsable", "Resultado")]]
    for a in actividades:
        estado = a.get("estado") or ""
        color = _COLORES_ESTADO.get(estado, colors.black)
        filas.append([
            parrafo(a.get("titulo") or SIN_DATO, _CELDA_NEGRITA),
            parrafo(fechas_actividad(a), _CELDA),
            parrafo(traducir(ESTADOS_ACTIVIDAD[estado]) if estado in ESTADOS_ACTIVIDAD else (estado or SIN_DATO),
                    estilo(f"estado_{estado}", fontName=FUENTE_NEGRITA, fontSize=8.5, leading=10.5, textColor=color)),
            parrafo(_responsable(a), _CELDA),
            parrafo(_resultado(a), _CELDA if a.get("resultado") or a.get("informe_id") else _CELDA_GRIS),
        ])
    anchos = [ancho * p for p in (0.26, 0.22, 0.10, 0.14, 0.28)]
    # Una situación no se parte a media palabra («Em andamento»): su columna crece lo justo, a costa de Resultado.
    palabras = [p for a in actividades for p in traducir(ESTADOS_ACTIVIDAD.get(a.get("estado") or "", "")).split()]
    necesario = max((stringWidth(p, FUENTE_NEGRITA, 8.5) + 8.5 for p in palabras), default=0)
    if necesario > anchos[2]:
        anchos[4] -= necesario - anchos[2]
        anchos[2] = necesario
    historia.append(tabla(filas, anchos))
    return historia


def _avisos(composicion, ancho: float) -> list[Flowable]:
    if composicion.avisos:
        contenido = [parrafo(traducir("Avisos"), _AVISO_TITULO)]
        contenido += [Paragraph(texto_pdf(a), _AVISO, bulletText="•") for a in composicion.avisos]
        caja = recuadro(contenido, ancho, fondo=colors.Color(1.0, 0.96, 0.86),
                        borde=colors.Color(0.85, 0.55, 0.10), barra=colors.Color(0.85, 0.55, 0.10))
    else:
        caja = recuadro([parrafo(traducir(CUMPLE), _CUMPLE)], ancho, fondo=colors.Color(0.91, 0.97, 0.91),
                        borde=colors.Color(0.25, 0.55, 0.30), barra=colors.Color(0.25, 0.55, 0.30))
    return [Spacer(0, 14), KeepTogether([caja])]


def escribir_informe_unidad_pdf(ruta: str | os.PathLike, *, asociacion: str, sigla: str, papel: str, unidad: dict,
                                composicion, actividades: list[dict], al: date,
                                generado: date | None = None, sello=None) -> int:
    """Escribe el informe de la unidad y devuelve el número de páginas.

    `unidad`: el órgano (nombre, atribuciones = objetivos, articulo, padre si se conoce);
    `composicion`: su `servicios.organos.Composicion` al `al`; `actividades`: las de
    `servicios.unidades.actividades` (titulo, desde, hasta, estado, responsable, resultado).
    `generado`: fecha del membrete y del pie (hoy, si no se indica). `sello`: su código de verificación: al pie de
    cada página y, con su QR, al final.
    """
    from .sello_en_pagina import con_codigo_al_pie
    from .verificacion import SelloVerificacion

    generado = generado or date.today()
    titulo = traducir(TITULO)
    encabezado = Encabezado(asociacion or "", sigla or "", titulo, generado)
    hoja, decorar = decorar_con_membrete(papel, encabezado, generado)
    decorar = con_codigo_al_pie(decorar, hoja, sello)
    ancho = hoja.ancho_util
    nombre = str(unidad.get("nombre") or "")
    asunto = traducir("{0} al {1}").format(nombre, fecha_corta(al))
    actividades = list(actividades or [])

    def documento(destino: io.BytesIO) -> DocumentoPaginado:
        return DocumentoPaginado(destino, hoja=hoja, arriba=hoja.arriba_contenido - 4, decorar=decorar,
                                 titulo=f"{titulo} · {nombre}", autor=asociacion or "",
                                 asunto=f"{asunto} · {asociacion}")

    def historia(_paginas) -> list[Flowable]:
        sellado = [Spacer(0, 14), SelloVerificacion(sello, ancho)] if sello is not None else []
        return [*_ficha(unidad, composicion, al), *_objetivos(unidad), *_coordinacion(composicion, ancho),
                *_participantes(composicion, ancho), *_plan(actividades, ancho), *_avisos(composicion, ancho),
                *sellado]

    return construir_paginado(ruta, documento, historia, roles=ROLES)
