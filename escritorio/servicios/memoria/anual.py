"""La memoria anual (issue 47, §2): la de un año, armada con las secciones del programa (`memoria.secciones`) y los
textos de la secretaría (`memoria.textos`), escrita como PDF/A con su código de verificación y como libro de Excel,
en el idioma de los documentos de la asociación. La ventana (Documentos › Memoria anual…) y la línea de órdenes
(«escritorio memoria 2026 memoria.pdf») llaman a `generar_memoria`.

La memoria de un año cuenta hasta el 31 de diciembre o, si el año no terminó, hasta hoy (la fecha de corte, que dice
la portada). Se registra como documento emitido («memoria», con el año): su huella sale de lo que dice, sección por
sección; verificarla después vuelve a armarla y dice qué cambió (un pago registrado con fecha del año, una sesión
celebrada después del corte de una memoria del año en curso).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ...datos import asociaciones as tabla_asociaciones
from ...dominio import formato
from ...dominio.memoria import Memoria, Seccion, TextoLibre
from ...dominio.traduccion import traducir
from ...documentos.pdf.idioma_de_lo_escrito import escrito
from ...salida import escribir_juntos
from ..archivos import destino_del_archivo
from ..base import hoy
from ..contexto import Contexto
from ..documentos import Emision, emitir_y_poner
from ..emisiones import emision_memoria
from ..idioma_de_los_documentos import en_el_idioma_de_los_documentos, idioma_de_la_asociacion
from .periodo import Periodo, periodo_de
from .secciones import SECCIONES
from .textos import SeccionPropia, textos_de_la_memoria

TIPO = "memoria"


def titulo_de_la_memoria(anio: int) -> str:
    return traducir("Memoria anual {0}").format(anio)


def _subtitulo(periodo: Periodo) -> str:
    if periodo.al == periodo.hasta:
        return traducir("Del {0} al {1}").format(formato.fecha_larga(periodo.desde), formato.fecha_larga(periodo.hasta))
    return traducir("Del {0} al {1} (el año todavía no terminó)").format(formato.fecha_larga(periodo.desde),
                                                                         formato.fecha_larga(periodo.al))


def _propia(seccion: SeccionPropia, guardado: str) -> Seccion:
    return Seccion(f"propia:{seccion['id']}", seccion["titulo"], [TextoLibre(escrito(seccion["texto"], guardado))],
                   propia=True)


def armar_memoria(contexto: Contexto, anio: object, hoy: date | None = None) -> Memoria:
    """La memoria del año, sección por sección, en el idioma en curso (el de los documentos: quien la imprime)."""
    periodo = periodo_de(contexto, anio, hoy)
    asociacion = tabla_asociaciones.por_id(contexto.db, contexto.asociacion_id)
    textos = textos_de_la_memoria(contexto, periodo.anio)
    secciones: list[Seccion] = []
    # El texto de la secretaría, en el idioma de la asociación: en el PDF etiquetado, con su /Lang si la memoria sale
    # en otro (documentos/pdf/idioma_de_lo_escrito.py).
    guardado = idioma_de_la_asociacion(contexto)
    if textos.introduccion:
        secciones.append(Seccion("introduccion", traducir("Introducción"),
                                 [TextoLibre(escrito(textos.introduccion, guardado))], propia=True))
    claves = {c.clave for c in SECCIONES}
    despues: dict[str | None, list[SeccionPropia]] = {}
    for propia in textos.secciones:   # una que iba después de una sección que ya no existe, al final
        despues.setdefault(propia["despues_de"] if propia["despues_de"] in claves else None, []).append(propia)
    for constructor in SECCIONES:
        secciones.append(constructor.construir(periodo))
        secciones += [_propia(p, guardado) for p in despues.get(constructor.clave, [])]
    secciones += [_propia(p, guardado) for p in despues.get(None, [])]
    return Memoria(asociacion["nombre"], asociacion["sigla"], asociacion["papel"], periodo.anio, periodo.al,
                   titulo_de_la_memoria(periodo.anio), _subtitulo(periodo), secciones)


# --- la emisión (`emisiones.emision_memoria`): lo que la memoria dice, para su código y su verificación ------

def rehacer_emision(contexto: Contexto, parametros: dict, hoy: date) -> Emision:
    """La emisión que la memoria de ese año daría hoy (para verificar una ya emitida): hasta la misma fecha de corte
    o hasta hoy, la que sea posterior (sin pasar del 31 de diciembre)."""
    al = max(hoy, date.fromisoformat(parametros["al"])) if parametros.get("al") else hoy
    return emision_memoria(contexto.asociacion_id, armar_memoria(contexto, parametros["anio"], hoy=al),
                           titulo_de_la_memoria)


# --- escribirla --------------------------------------------------------------------------------------------------

@dataclass
class MemoriaGenerada:
    anio: int
    al: date
    secciones: int
    paginas: int | None = None       # del PDF, si se escribió
    hojas: int | None = None         # del libro de Excel, si se escribió
    segundos: float = 0.0


@en_el_idioma_de_los_documentos
def generar_memoria(contexto: Contexto, anio: object, pdf: Path | str | None = None, excel: Path | str | None = None,
                    *, vista_previa: bool = False, reemplazar: bool = False) -> MemoriaGenerada:
    """Arma la memoria del año una vez y la escribe en `pdf` (PDF/A, con su código de verificación: se registra como
    documento emitido, salvo con `vista_previa`) y/o en `excel` (el libro con una hoja por tabla y las cifras). Las
    rutas se revisan antes de armar nada. Los dos son una sola respuesta (`salida.escribir_juntos`): se ponen los dos
    o ninguno; con `reemplazar` y uno abierto en otro programa, los dos anteriores quedan como estaban. Sin
    `reemplazar`, no pisa un archivo que ya existe."""
    from ...documentos.excel.memoria import escribir_memoria_xlsx
    from ...documentos.pdf.memoria import escribir_memoria_pdf
    from ..informes_cuotas import propiedades_excel

    if pdf is None and excel is None:
        raise ValueError("generar_memoria: indique el PDF, el libro de Excel o los dos")
    inicio = time.perf_counter()
    destino_pdf = destino_del_archivo(pdf, ".pdf", traducir("la memoria")) if pdf is not None else None
    destino_excel = destino_del_archivo(excel, ".xlsx", traducir("la memoria en Excel")) if excel is not None else None
    memoria = armar_memoria(contexto, anio)
    hecho = MemoriaGenerada(memoria.anio, memoria.al, len(memoria.secciones))
    destinos = ((destino_pdf, traducir("la memoria")), (destino_excel, traducir("la memoria en Excel")))
    with escribir_juntos({d: que for d, que in destinos if d is not None}, reemplazar=reemplazar) as juntos:
        if destino_excel is not None:
            hecho.hojas = juntos.escribir(destino_excel, escribir_memoria_xlsx, memoria,
                                          propiedades=propiedades_excel(contexto, memoria.titulo))
        if destino_pdf is None:
            juntos.poner()
        else:   # el PDF al final: los dos se ponen en su lugar al registrarlo
            hecho.paginas = emitir_y_poner(
                contexto.db, emision_memoria(contexto.asociacion_id, memoria, titulo_de_la_memoria), juntos,
                destino_pdf, lambda ruta, sello: escribir_memoria_pdf(ruta, memoria, generado=hoy(), sello=sello),
                vista_previa=vista_previa)
    hecho.segundos = time.perf_counter() - inicio
    return hecho
