"""Resumen de cobranza de un año en PDF: por país, lo facturado, lo cobrado, lo pendiente y el % cobrado.

Una fila por país y moneda (como `servicios.cobranza.resumen_por_pais`); al final, un total por
moneda: importes en monedas distintas no se suman.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date

from escritorio.dominio.dinero import formatear
from escritorio.dominio.traduccion import traducir
from escritorio.dominio import formato

from .base import DERECHA, Encabezado
from .tabla import Columna, Fila, FilaTabla, Total, escribir_tabla_pdf

def columnas() -> tuple[Columna, ...]:
    """Los títulos de las columnas, en el idioma del documento."""
    return (
        Columna(traducir("País"), 24),
        Columna(traducir("Miembros"), 10, DERECHA),
        Columna(traducir("Facturado"), 18, DERECHA),
        Columna(traducir("Cobrado"), 18, DERECHA),
        Columna(traducir("Pendiente"), 18, DERECHA),
        Columna(traducir("% cobrado"), 11, DERECHA),
    )


def titulo(anio: int) -> str:
    return traducir("Resumen de cobranza {0}").format(anio)


def porcentaje(parte: int, total: int) -> str:
    """12, 48 -> '25,0 %'; sin nada facturado, '—'."""
    if total <= 0:
        return "—"
    return formato.decimal(100 * parte / total, 1, agrupar=False) + " %"


def _miles(numero: int) -> str:
    return formato.numero(numero)


def filas_tabla(resumen: Sequence) -> list[FilaTabla]:
    filas: list[FilaTabla] = []
    totales: dict[str, list[int]] = {}
    for r in resumen:
        pendiente = r.facturado - r.cobrado
        filas.append(Fila((r.pais, _miles(r.miembros), formatear(r.facturado, r.moneda),
                           formatear(r.cobrado, r.moneda), formatear(pendiente, r.moneda),
                           porcentaje(r.cobrado, r.facturado))))
        suma = totales.setdefault(r.moneda, [0, 0, 0])
        suma[0] += r.miembros
        suma[1] += r.facturado
        suma[2] += r.cobrado
    for moneda, (miembros, facturado, cobrado) in sorted(totales.items()):
        etiqueta = traducir("Total") if len(totales) == 1 else traducir("Total en {0}").format(moneda)
        cuantos = (traducir("{0} miembro") if miembros == 1 else traducir("{0} miembros")).format(_miles(miembros))
        filas.append(Total(
            traducir("{0}: {1} · facturado {2} · cobrado {3} ({4}) · pendiente {5}").format(
                etiqueta, cuantos, formatear(facturado, moneda), formatear(cobrado, moneda),
                porcentaje(cobrado, facturado), formatear(facturado - cobrado, moneda))))
    return filas


def escribir_resumen_cobranza_pdf(ruta: str | os.PathLike, *, asociacion: str, sigla: str, papel: str,
                                  resumen: Sequence, anio: int, fecha: date, sello=None) -> int:
    """Escribe el resumen (lista de `servicios.cobranza.ResumenPais`) y devuelve el número de páginas. `sello`: su
    código de verificación."""
    return escribir_tabla_pdf(
        ruta,
        papel=papel,
        encabezado=Encabezado(asociacion, sigla, titulo(anio), fecha),
        columnas=columnas(),
        filas=filas_tabla(resumen),
        texto_vacio=traducir("No hay cuotas emitidas en {0}.").format(anio),
        sello=sello,
    )
