"""Documentos de estatutos y órganos: texto vigente, organigrama, composición, informe de unidad y matriz."""

from datetime import date
from pathlib import Path

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..dominio.organos import CARGOS_QUE_EJERCEN, SIN_VOTO_SUSPENDIDO
from ..dominio.paises import nombre_pais
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio
from ..salida import escribir_juntos
from .base import hoy as fecha_de_hoy
from .contexto import Contexto
from .estatutos import norma_de_la_asociacion, listar_reformas, texto_en
from .archivos import destino_del_archivo, escribir_archivo
from .documentos import emitir, emitir_y_poner
from .emisiones import (emision_composicion, emision_informe_unidad, emision_norma, emision_organigrama)
from .informes_cuotas import propiedades_excel
from .organos import OrganoListado, composicion, listar_organos
from .unidades import actividades, matriz_de_participacion
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos, idioma_de_la_asociacion


def _membrete(db: BaseDeDatos, asociacion_id: int) -> dict:
    a = tabla_asociaciones.por_id(db, asociacion_id)
    return {"asociacion": a["nombre"], "sigla": a["sigla"], "papel": a["papel"]}


@en_el_idioma_de_los_documentos
def imprimir_texto_norma(contexto: Contexto, norma_id: int, ruta: Path | str, al: date | None = None) -> int:
    from ..documentos.pdf.estatuto import escribir_texto_norma_pdf

    db, asociacion_id = contexto.db, contexto.asociacion_id
    ruta, al = destino_del_archivo(ruta, ".pdf", traducir("el texto de la norma")), al or fecha_de_hoy()
    norma = norma_de_la_asociacion(contexto, norma_id)
    reformas = listar_reformas(contexto, norma_id)  # las posteriores a `al` se mencionan, no se incorporan
    articulos = texto_en(contexto, norma_id, al)
    emision = emision_norma(asociacion_id, norma, articulos, reformas, al)
    return emitir(db, emision, ruta, lambda sello: escribir_archivo(
        escribir_texto_norma_pdf, ruta, **_membrete(db, asociacion_id), titulo=norma["titulo"], al=al,
        articulos=articulos, reformas=reformas, sello=sello,
        idioma_de_lo_escrito=idioma_de_la_asociacion(contexto)))   # el texto guardado lleva su /Lang


@en_el_idioma_de_los_documentos
def imprimir_organigrama(contexto: Contexto, ruta: Path | str, al: date | None = None) -> int:
    from ..documentos.pdf.idioma_de_lo_escrito import escrito
    from ..documentos.pdf.organigrama import escribir_organigrama_pdf

    db, asociacion_id = contexto.db, contexto.asociacion_id
    ruta, al = destino_del_archivo(ruta, ".pdf", traducir("el organigrama")), al or fecha_de_hoy()
    organos, asientos = titulares_del_organigrama(contexto, al)
    titulares = {}
    for organo in organos:
        if organo["tipo"] == "asamblea":
            titulares[organo["id"]] = [_miembros_de_la_asamblea(*asientos[organo["id"]])]
        else:
            titulares[organo["id"]] = [f"{a.miembro or a.persona} ({nombre_pais(a.pais) if a.pais else '—'}) · "
                                       f"{a.nombre_del_cargo}" for a in asientos[organo["id"]]]
    # El nombre y el artículo de cada órgano, como los guardó la secretaría: con su /Lang si el documento sale en otro
    # idioma que el de la asociación.
    guardado = idioma_de_la_asociacion(contexto)
    escritos = [{**o, "nombre": escrito(o["nombre"], guardado), "articulo": escrito(o.get("articulo"), guardado)}
                for o in organos]
    return emitir(db, emision_organigrama(asociacion_id, organos, asientos), ruta, lambda sello: escribir_archivo(
        escribir_organigrama_pdf, ruta, **_membrete(db, asociacion_id), organos=escritos, titulares=titulares, al=al,
        sello=sello))


# Los cargos que la caja de un órgano muestra: los principales, y el Secretario Ejecutivo que elige una elección de la
# Secretaría Ejecutiva (CARGOS_QUE_EJERCEN) o que designa una secretaría técnica.
_CARGOS_DEL_ORGANIGRAMA = tuple(dict.fromkeys(("presidente", "coordinador", "secretario") + CARGOS_QUE_EJERCEN))


def titulares_del_organigrama(contexto: Contexto, al: date) -> tuple[list[OrganoListado], dict[int, list]]:
    """(órganos que existían en la fecha, lo que muestra la caja de cada uno): los asientos de sus titulares y cargos
    principales o, de una asamblea, [activos, suspendidos]. Lo mismo para imprimirlo que para verificarlo después."""
    organos = listar_organos(contexto, al)
    asientos = {}
    for organo in organos:
        todos = composicion(contexto, organo["id"], al).asientos
        if organo["tipo"] == "asamblea":
            suspendidos = sum(1 for a in todos if a.motivo_sin_voto == SIN_VOTO_SUSPENDIDO)
            asientos[organo["id"]] = [len(todos) - suspendidos, suspendidos]
        else:
            asientos[organo["id"]] = [a for a in todos
                                      if a.cargo in _CARGOS_DEL_ORGANIGRAMA]
    return organos, asientos


def _miembros_de_la_asamblea(activos: int, suspendidos: int) -> str:
    """«45 miembros activos y 2 suspendidos (sin voto)», en el idioma del documento: una frase entera por caso."""
    if not suspendidos:
        plantilla = traducir("{0} miembro activo") if activos == 1 else traducir("{0} miembros activos")
    elif activos == 1:
        plantilla = (traducir("{0} miembro activo y {1} suspendido (sin voto)") if suspendidos == 1
                     else traducir("{0} miembro activo y {1} suspendidos (sin voto)"))
    else:
        plantilla = (traducir("{0} miembros activos y {1} suspendido (sin voto)") if suspendidos == 1
                     else traducir("{0} miembros activos y {1} suspendidos (sin voto)"))
    return plantilla.format(activos, suspendidos)


@en_el_idioma_de_los_documentos
def guardar_composicion(contexto: Contexto, organo_id: int, pdf: Path | str | None = None,
                        xlsx: Path | str | None = None, al: date | None = None, *,
                        reemplazar: bool = False) -> int | None:
    """La composición del órgano en la fecha, en `pdf` (con su código de verificación) y/o en `xlsx`; devuelve las
    páginas del PDF. Los dos son una sola respuesta (`salida.escribir_juntos`): se ponen los dos o ninguno; con
    `reemplazar` y uno abierto en otro programa, los dos anteriores quedan como estaban. Sin `reemplazar`, no pisa un
    archivo que ya existe."""
    from ..documentos.excel.organos import escribir_composicion_xlsx
    from ..documentos.pdf.organos import escribir_composicion_pdf

    db, asociacion_id, al = contexto.db, contexto.asociacion_id, al or fecha_de_hoy()
    que = traducir("la composición")
    destino_pdf = destino_del_archivo(pdf, ".pdf", que) if pdf is not None else None
    destino_xlsx = destino_del_archivo(xlsx, ".xlsx", que) if xlsx is not None else None
    # Con voto en la fecha: sin los suspendidos ni, si la regla de sesión del órgano lo dice, los morosos.
    datos = composicion(contexto, organo_id, al, cuotas=True)
    with escribir_juntos({d: que for d in (destino_pdf, destino_xlsx) if d is not None},
                         reemplazar=reemplazar) as juntos:
        if destino_xlsx is not None:
            juntos.escribir(destino_xlsx, escribir_composicion_xlsx, datos, al, propiedades=propiedades_excel(
                contexto, traducir("Composición de {0} al {1}").format(datos.organo["nombre"], formato.fecha(al))))
        if destino_pdf is None:
            juntos.poner()
            return None
        # el PDF al final: los dos se ponen en su lugar al registrarlo
        return emitir_y_poner(db, emision_composicion(asociacion_id, datos), juntos, destino_pdf,
                              lambda ruta, sello: escribir_composicion_pdf(ruta, **_membrete(db, asociacion_id),
                                                                           composicion=datos, al=al, sello=sello))


def imprimir_composicion(contexto: Contexto, organo_id: int, ruta: Path | str, al: date | None = None) -> int:
    """Solo el PDF (la ventana: el diálogo de guardar ya preguntó si pisar el archivo)."""
    return guardar_composicion(contexto, organo_id, pdf=ruta, al=al, reemplazar=True)


def exportar_composicion(contexto: Contexto, organo_id: int, ruta: Path | str, al: date | None = None) -> None:
    """Solo el libro de Excel (la ventana: el diálogo de guardar ya preguntó si pisar el archivo)."""
    guardar_composicion(contexto, organo_id, xlsx=ruta, al=al, reemplazar=True)


@en_el_idioma_de_los_documentos
def exportar_matriz_unidades(contexto: Contexto, ruta: Path | str, al: date | None = None) -> None:
    from ..documentos.excel.organos import escribir_matriz_unidades_xlsx

    ruta, al = destino_del_archivo(ruta, ".xlsx", traducir("la matriz de participación")), al or fecha_de_hoy()
    titulo = traducir("Participación en las unidades temáticas al {0}").format(formato.fecha(al))
    escribir_archivo(escribir_matriz_unidades_xlsx, ruta, matriz_de_participacion(contexto, al), al,
                     propiedades=propiedades_excel(contexto, titulo))


@en_el_idioma_de_los_documentos
def imprimir_informe_unidad(contexto: Contexto, unidad_id: int, ruta: Path | str, al: date | None = None) -> int:
    from ..documentos.pdf.idioma_de_lo_escrito import escrito
    from ..documentos.pdf.unidades import escribir_informe_unidad_pdf

    db, asociacion_id = contexto.db, contexto.asociacion_id
    ruta, al = destino_del_archivo(ruta, ".pdf", traducir("el informe de la unidad")), al or fecha_de_hoy()
    unidad = next(o for o in listar_organos(contexto) if o["id"] == unidad_id)  # con el nombre de su órgano superior
    if unidad["tipo"] != "unidad_tematica":
        # El documento se titula «Informe de unidad temática» y se emite numerado: no de otro órgano.
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("«{0}» no es una unidad temática: el informe es de las unidades (el área Unidades "
                             "temáticas las lista); la composición de otro órgano está en el área Órganos. No se "
                             "guardó nada."),
            linea=traducir("«{0}» no es una unidad temática: el informe es de las unidades («escritorio unidades "
                           "actividades» las nombra); la composición de otro órgano la da «escritorio organos "
                           "composicion». No se guardó nada.")).format(unidad["nombre"]))
    comp = composicion(contexto, unidad_id, al)
    plan = actividades(db, unidad_id)
    emision = emision_informe_unidad(asociacion_id, unidad, comp, plan)
    # Lo que escribió la secretaría (el nombre de la unidad, sus objetivos, el título y el resultado de cada
    # actividad), en el idioma de la asociación: con su /Lang si el documento sale en otro.
    guardado = idioma_de_la_asociacion(contexto)
    return emitir(db, emision, ruta, lambda sello: escribir_archivo(
        escribir_informe_unidad_pdf, ruta, **_membrete(db, asociacion_id),
        unidad={**unidad, "nombre": escrito(unidad["nombre"], guardado),
                "atribuciones": escrito(unidad.get("atribuciones"), guardado)},
        composicion=comp, actividades=[{**a, "titulo": escrito(a.get("titulo"), guardado),
                                        "resultado": escrito(a.get("resultado"), guardado)} for a in plan],
        al=al, sello=sello))
