"""Padrón de miembros en PDF: una fila por miembro, agrupados por país, con subtotales y total."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from escritorio.dominio.traduccion import traducir

from ..visible import cifra, es_cifra
from .base import DERECHA, Encabezado, fecha_corta
from .tabla import Columna, Fila, FilaTabla, Grupo, Subtotal, Total, escribir_tabla_pdf

TITULO = "Padrón de miembros"
SIN_DATO = "—"

COLUMNAS = (
    Columna("Nº", 6, DERECHA),
    Columna("Nombre", 34),
    Columna("Región", 14.5),
    Columna("Tipo", 16),
    Columna("Población", 10, DERECHA),
    Columna("Ingreso", 9.5),
    Columna("Estado", 10),
)
_TITULOS = tuple(c.titulo for c in COLUMNAS)  # de aquí los toma el catálogo


def columnas() -> tuple[Columna, ...]:
    """`COLUMNAS` con los títulos en el idioma en curso."""
    return tuple(replace(c, titulo=traducir(t)) for c, t in zip(COLUMNAS, _TITULOS))


@dataclass
class FilaPadron:
    nombre: str
    region: str | None
    tipo: str            # etiqueta para mostrar, p. ej. "Municipio"
    poblacion: int
    fecha_ingreso: date | None
    estado: str          # etiqueta para mostrar, p. ej. "Activo"
    fundador: bool = False


@dataclass
class GrupoPais:
    pais: str            # nombre para mostrar, p. ej. "Argentina"
    filas: list[FilaPadron]


@dataclass
class Totales:
    """Las cuentas del padrón hechas por el servicio (`servicios.padron.resumen_del_padron`, la misma que usa la
    hoja Resumen del Excel): así el impreso y la planilla dicen lo mismo."""

    por_pais: dict[str, tuple[int, int]]   # país -> (miembros, habitantes)
    miembros: int
    habitantes: int
    nota: str | None = None                # «1 miembro dado de baja no se cuenta», al final del total


def miles(numero: int) -> str:
    """1234567 -> '1.234.567' (`dominio.formato.numero`, en el idioma del documento). Una población guardada como
    texto por una versión anterior se muestra tal cual (`documentos.visible.cifra`)."""
    return cifra(numero)


def _resumen(cantidad: int, habitantes: int) -> str:
    """«12 miembros · 3.456.789 habitantes»."""
    if cantidad == 1:
        return traducir("{0} miembro · {1} habitantes").format(miles(cantidad), miles(habitantes))
    return traducir("{0} miembros · {1} habitantes").format(miles(cantidad), miles(habitantes))


def _celdas(numero: int, fila: FilaPadron) -> tuple[str, ...]:
    nombre = traducir("{0} · fundador").format(fila.nombre) if fila.fundador else fila.nombre
    ingreso = fecha_corta(fila.fecha_ingreso) if fila.fecha_ingreso else SIN_DATO
    return (str(numero), nombre, fila.region or SIN_DATO, fila.tipo, miles(fila.poblacion),
            ingreso, fila.estado)


def filas_tabla(grupos: list[GrupoPais], totales: Totales | None = None) -> list[FilaTabla]:
    """Título de país, sus miembros numerados de corrido, subtotal; al final el total. Con `totales`, los
    subtotales y el total son esas cuentas; sin ellos, se cuentan las filas."""
    filas: list[FilaTabla] = []
    numero = habitantes = 0
    for grupo in grupos:
        if not grupo.filas:
            continue
        filas.append(Grupo(grupo.pais))
        for fila in grupo.filas:
            numero += 1
            filas.append(Fila(_celdas(numero, fila)))
        del_pais = sum(f.poblacion for f in grupo.filas if es_cifra(f.poblacion))  # un texto no se suma
        habitantes += del_pais
        cuantos = len(grupo.filas)
        if totales is not None:
            cuantos, del_pais = totales.por_pais.get(grupo.pais, (cuantos, del_pais))
        filas.append(Subtotal(traducir("Subtotal {0}: {1}").format(grupo.pais, _resumen(cuantos, del_pais))))
    if totales is not None:
        numero, habitantes = totales.miembros, totales.habitantes
    if filas:
        nota = f" ({totales.nota})" if totales is not None and totales.nota else ""
        filas.append(Total(traducir("Total: {0}").format(_resumen(numero, habitantes)) + nota))
    return filas


def escribir_padron_pdf(ruta: str | os.PathLike, *, asociacion: str, sigla: str, papel: str,
                        fecha: date, grupos: list[GrupoPais], totales: Totales | None = None,
                        progreso: Callable[[int, int], object] | None = None, sello=None) -> int:
    """Escribe el PDF y devuelve el número de páginas. `sello`: su código de verificación (al pie de cada página y,
    con su QR, al final).

    `progreso(hecho, total)`, si se da, se llama tras cada página y puede lanzar una excepción
    para cancelar: en ese caso no queda ningún archivo nuevo en `ruta`.
    """
    return escribir_tabla_pdf(
        ruta,
        papel=papel,
        encabezado=Encabezado(asociacion, sigla, traducir(TITULO), fecha),
        columnas=columnas(),
        filas=filas_tabla(grupos, totales),
        texto_vacio=traducir("No hay miembros para listar."),
        progreso=progreso,
        sello=sello,
    )
