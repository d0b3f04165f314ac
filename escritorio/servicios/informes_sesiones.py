"""Documentos de sesiones: convocatoria y acta en PDF, asistencia y votaciones en Excel."""

from datetime import date
from pathlib import Path
from typing import TypedDict

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import sesiones as tabla_sesiones
from ..datos.testigo import cabeza_de_cadena
from ..dominio.paises import nombre_pais
from ..dominio.sesiones import ASISTENCIA, BASES, MAYORIAS, METODOS, SENTIDOS
from ..dominio.traduccion import traducir
from .actas import comprobar_texto_del_acta, obtener_acta
from .contexto import Contexto
from .elecciones import obtener_eleccion
from .archivos import destino_del_archivo, escribir_archivo
from .sesiones import SesionDeLaAsociacion, sesion_de_la_asociacion, titulo_sesion
from .sesiones.asistencia import asistencia, motivo_sin_voto_escrito
from .sesiones.convocatoria import Destinatario, aviso_de_anticipacion, destinatarios
from .sesiones.puntos import orden_del_dia, regla_del_punto
from .sesiones.reglas import regla_de
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos, idioma_de_la_asociacion
from .idioma_del_acta import idioma_del_acta
from .orden_alfabetico import por_pais_y_nombre
from .resultados_en_su_idioma import texto_de_la_votacion
from .sala_en_documentos import mociones_para_la_convocatoria


def _membrete(db: BaseDeDatos, asociacion_id: int) -> dict:
    a = tabla_asociaciones.por_id(db, asociacion_id)
    return {"asociacion": a["nombre"], "sigla": a["sigla"], "papel": a["papel"]}


def _rotulo(tabla: dict[str, str], clave: str | None) -> str | None:
    """El rótulo de un código (METODOS, MAYORIAS, BASES…) en el idioma en curso; un código desconocido, tal cual."""
    return traducir(tabla[clave]) if clave in tabla else clave


class PuntoConvocado(TypedDict):
    """Un punto del orden del día como lo imprime la convocatoria: con la regla que necesita si se vota."""

    id: int
    numeracion: str
    titulo: str
    tipo: str
    regla: str | None


def _quien_convoca(contexto: Contexto, sesion: dict) -> tuple[str | None, str, str | None]:
    """(nombre, cargo, de dónde le viene) de quien firma la convocatoria (`firmantes.quien_convoca`)."""
    from .firmantes import quien_convoca

    quien = quien_convoca(contexto, sesion["organo_id"], date.fromisoformat(sesion["convocada_el"]))
    return quien.nombre, quien.cargo, quien.detalle


def datos_de_la_convocatoria(contexto: Contexto, sesion_id: int) -> tuple[SesionDeLaAsociacion, list[PuntoConvocado],
                                                                          list[Destinatario]]:
    """(la sesión, el orden del día que imprime la convocatoria, sus destinatarios): lo mismo para imprimirla que
    para verificarla después. Cada punto que se vota dice el quórum y la mayoría que necesita, con sus artículos
    (las reglas vigentes en la fecha de la sesión para su tipo de decisión: una reforma del estatuto, la de reforma)."""
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    puntos = [{"id": p["id"], "numeracion": p["numeracion"], "titulo": p["titulo"], "tipo": p["tipo"],
               "regla": regla_del_punto(contexto, p["id"]).describir()
               if p["tipo"] in ("votacion", "eleccion") else None}
              for p in orden_del_dia(contexto, sesion_id)]
    return sesion, puntos, destinatarios(contexto, sesion_id)


@en_el_idioma_de_los_documentos
def imprimir_convocatoria(contexto: Contexto, sesion_id: int, ruta: Path | str, *, con_mociones: bool = False) -> int:
    """La convocatoria en PDF, con su código de verificación (`servicios.documentos.emitir`). Con `con_mociones`,
    adjunta las mociones recibidas (`sala_en_documentos.mociones_para_la_convocatoria`): lo que afirma su código
    las incluye; sin él, la convocatoria es la de siempre (y su huella, la misma)."""
    from ..documentos.pdf.convocatoria import escribir_convocatoria_pdf
    from ..documentos.pdf.idioma_de_lo_escrito import escrito
    from .documentos import emitir
    from .emisiones import emision_convocatoria

    db, asociacion_id = contexto.db, contexto.asociacion_id
    ruta = destino_del_archivo(ruta, ".pdf", traducir("la convocatoria"))
    sesion, puntos, quienes = datos_de_la_convocatoria(contexto, sesion_id)
    # (país, nombre): la convocatoria los lista bajo el título de su país, en el orden de la composición.
    lista = [(nombre_pais(d["pais"]) if d["pais"] else "—", d["miembro"] or d["persona"]) for d in quienes]
    mociones = mociones_para_la_convocatoria(contexto, sesion_id) if con_mociones else None
    emision = emision_convocatoria(asociacion_id, sesion, titulo_sesion(sesion), puntos, quienes, mociones)
    # Lo que escribió la secretaría, en el idioma de la asociación: con su /Lang si el documento sale en otro.
    guardado = idioma_de_la_asociacion(contexto)
    return emitir(db, emision, ruta, lambda sello: escribir_archivo(
        escribir_convocatoria_pdf, ruta, **_membrete(db, asociacion_id), titulo=titulo_sesion(sesion),
        organo=escrito(sesion["organo"], guardado), fecha=date.fromisoformat(sesion["fecha"]), hora=sesion["hora"],
        lugar=escrito(sesion["lugar"], guardado), enlace=sesion["enlace"],
        puntos=[{**p, "titulo": escrito(p.get("titulo"), guardado)} for p in puntos],
        regla_quorum=regla_de(db, sesion["organo_id"], al=sesion["fecha"])[0].describir(),
        destinatarios=lista, convocada_el=date.fromisoformat(sesion["convocada_el"]),
        firma=_quien_convoca(contexto, sesion), aviso=aviso_de_anticipacion(contexto, sesion_id), sello=sello,
        mociones=None if mociones is None else [{**m, "titulo": escrito(m["titulo"], guardado),
                                                  "texto": escrito(m["texto"], guardado)} for m in mociones]))


@en_el_idioma_de_los_documentos
def imprimir_acta(contexto: Contexto, sesion_id: int, ruta: Path | str, *, vista_previa: bool = False) -> int:
    """El acta en PDF con su código: aprobada, original la primera vez y COPIA después; en borrador, con el código
    de ese borrador (la verificación dice que es un borrador, no el acta). Con `vista_previa`, lo que saldría ahora
    sin registrar ninguna salida (`servicios.documentos.emitir`)."""
    from ..documentos.pdf.acta import escribir_acta_pdf

    db, asociacion_id = contexto.db, contexto.asociacion_id
    ruta = destino_del_archivo(ruta, ".pdf", traducir("el acta"))
    sesion_de_la_asociacion(contexto, sesion_id)
    comprobar_texto_del_acta(db, sesion_id)  # un acta cambiada por fuera no se imprime bajo su huella original
    membrete = _membrete(db, asociacion_id)
    acta = obtener_acta(contexto, sesion_id)
    from .documentos import emision_acta, emitir  # el acta, con su código de verificación
    from .firmantes import firmantes_del_acta  # quién firma, con su cargo en su género

    firmantes = [(f.nombre, f.cargo, f.detalle) for f in firmantes_del_acta(
        contexto, sesion_id, acta.contenido.preside, acta.contenido.secretaria)]
    emision = (emision_del_borrador(contexto, sesion_id, acta) if acta.estado == "borrador"
               else emision_acta(contexto, sesion_id, acta))
    return emitir(db, emision, ruta, lambda sello: escribir_archivo(
        escribir_acta_pdf, ruta, sigla=membrete["sigla"], papel=membrete["papel"], acta=acta,
        registro=cabeza_de_cadena(db.conn), sello=sello, firmantes=firmantes,
        idioma_de_lo_escrito=idioma_de_la_asociacion(contexto), idioma_del_acta=idioma_del_acta(acta.contenido)),
        vista_previa=vista_previa)


def emision_del_borrador(contexto: Contexto, sesion_id: int, acta):
    """La emisión del acta en borrador (`acta`: la de `obtener_acta`): lo mismo al imprimirla que al verificarla."""
    from ..datos.documentos import partes_del_borrador
    from .actas import huella_del_registro
    from .emisiones import emision_acta_borrador

    db = contexto.db
    return emision_acta_borrador(contexto.asociacion_id, sesion_id, acta, huella_del_registro(db, sesion_id),
                                 partes_del_borrador(db, sesion_id))


@en_el_idioma_de_los_documentos
def exportar_sesion(contexto: Contexto, sesion_id: int, ruta: Path | str) -> None:
    from ..documentos.excel.sesion import escribir_sesion_xlsx

    db, asociacion_id = contexto.db, contexto.asociacion_id
    ruta = destino_del_archivo(ruta, ".xlsx", traducir("la asistencia y las votaciones"))
    sesion = sesion_de_la_asociacion(contexto, sesion_id)
    estado = asistencia(contexto, sesion_id)
    nombres = {h.miembro_id: h.miembro for h in estado.habilitados}
    filas_asistencia = [{"miembro": h.miembro, "pais": nombre_pais(h.pais) if h.pais else "",
                         "estado": traducir(ASISTENCIA[h.estado]), "representante": h.representante,
                         "poder_a": nombres.get(h.poder_a), "con_voto": h.con_voto,
                         "motivo": motivo_sin_voto_escrito(h.motivo_sin_voto)} for h in estado.habilitados]
    votaciones, nominales = [], []
    for p in orden_del_dia(contexto, sesion_id):
        v = tabla_sesiones.votacion(db, p["id"])
        if v is None:
            continue
        punto = f"{p['numeracion']}. {p['titulo']}"
        votaciones.append({"punto": punto, "metodo": traducir(METODOS[v["metodo"]]),
                           "mayoria": traducir(MAYORIAS[v["mayoria"]]), "base": traducir(BASES[v["base"]]),
                           "a_favor": v["a_favor"], "en_contra": v["en_contra"],
                           "abstenciones": v["abstenciones"], "resultado": texto_de_la_votacion(v)})
        if v["metodo"] == "nominal":
            nominales += [{"punto": punto, "miembro": n["miembro"],
                           "sentido": traducir(SENTIDOS.get(n["sentido"], "No votó"))}
                          for n in por_pais_y_nombre(contexto, tabla_sesiones.votos_nominales(db, v["id"]))]
    elecciones = []
    for p in orden_del_dia(contexto, sesion_id):
        e = obtener_eleccion(contexto, p["id"]) if p["tipo"] == "eleccion" else None
        if e is None or e.estado == "abierta":
            continue
        punto = f"{p['numeracion']}. {p['titulo']}"
        ganadora = e.ganadora["id"] if e.ganadora else None
        elecciones.append({"punto": punto, "cargo": e.descripcion,
                           "metodo": _rotulo(METODOS, e.metodo), "mayoria": _rotulo(MAYORIAS, e.mayoria),
                           "base": _rotulo(BASES, e.base),
                           "resultado": e.texto_resultado, "blancos": e.blancos, "nulos": e.nulos,
                           "abstenciones": e.abstenciones,
                           "candidaturas": [{"nombre": c["nombre"], "votos": c["votos"],
                                             "electa": c["id"] == ganadora or c["electa"] is not None}
                                            for c in e.candidaturas]})
        nominales += [{"punto": punto, "miembro": n["miembro"], "sentido": n["voto"]} for n in e.nominales]
    membrete = _membrete(db, asociacion_id)
    escribir_archivo(escribir_sesion_xlsx, ruta, titulo=titulo_sesion(sesion), asistencia=filas_asistencia,
                     votaciones=votaciones, nominales=nominales, elecciones=elecciones, autor=membrete["asociacion"],
                     papel=membrete["papel"])
