"""El registro de convenios en una planilla de Excel, en el idioma de los documentos de la asociación."""

from datetime import date
from pathlib import Path

from ..datos import asociaciones as tabla_asociaciones
from ..dominio import formato
from ..dominio.traduccion import traducir
from .archivos import destino_del_archivo, escribir_archivo
from .base import hoy as fecha_de_hoy
from .contexto import Contexto
from .convenios import FiltroConvenios, listar_convenios
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos
from .informes_cuotas import propiedades_excel


@en_el_idioma_de_los_documentos
def exportar_registro_de_convenios(contexto: Contexto, ruta: Path | str, al: date | None = None,
                                   filtro: FiltroConvenios | None = None) -> int:
    """Escribe el registro (los convenios que pasan `filtro`, con su estado en `al`) y sus obligaciones en `ruta`
    (.xlsx); devuelve cuántos convenios escribió. La ruta la comprueba antes de leer nada."""
    from ..documentos.excel.convenios import escribir_registro_xlsx

    ruta, al = destino_del_archivo(ruta, ".xlsx", traducir("el registro de convenios")), al or fecha_de_hoy()
    convenios = listar_convenios(contexto, filtro, al)
    sigla = tabla_asociaciones.por_id(contexto.db, contexto.asociacion_id)["sigla"]
    titulo = traducir("Registro de convenios al {0}").format(formato.fecha(al))
    escribir_archivo(escribir_registro_xlsx, ruta, convenios, sigla, propiedades=propiedades_excel(contexto, titulo))
    return len(convenios)
