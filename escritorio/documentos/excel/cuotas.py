"""Planillas de cuotas para el tesorero: padrón de cuotas de un año (con resumen por país) y morosidad.

Los importes se escriben como números en unidades mayores (Decimal exacto, nunca float): 120000
centavos de USD -> 1200.00. Importes en monedas distintas no se suman: con una sola moneda hay una
fila de totales; con varias, un renglón «Total USD», «Total EUR»… al final y la fila de totales
queda solo con lo que sí se puede sumar (cantidades).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

from escritorio.dominio.dinero import a_decimal, decimales
from escritorio.dominio.morosidad import TRAMOS_ANTIGUEDAD, texto_del_voto
from escritorio.dominio.traduccion import traducir
from escritorio.dominio.formato import fecha

from .escritura import (FORMATO_ANIO, FORMATO_FECHA, FORMATO_IMPORTE, FORMATO_MILES, ColumnaHoja, Hoja, Propiedades,
                        escribir_libro)

FORMATO_PORCENTAJE = "0.0%"

# Los nombres de las hojas y de las columnas se escriben en el idioma del documento (`traducir`, al escribir).
COLUMNAS_CUOTAS = ("Miembro", "País", "Población", "Tramo", "Importe", "Moneda", "Pagado", "Saldo")
COLUMNAS_RESUMEN = ("País", "Miembros", "Facturado", "Cobrado", "Pendiente", "Moneda", "% cobrado")
ETIQUETAS_ANTIGUEDAD = tuple(etiqueta for _, etiqueta in TRAMOS_ANTIGUEDAD)
# Los años adeudados van como números (se ordenan y filtran): el primero y el último; «Cuotas impagas» dice cuántas.
COLUMNAS_MOROSIDAD = ("Miembro", "País", "Cuotas impagas", "Primer año", "Último año", "Deuda total", "Moneda",
                      *ETIQUETAS_ANTIGUEDAD, "Más antigua", "Derecho a voto")


def titulo_cuotas(anio: int) -> str:
    return traducir("Cuotas {0}").format(anio)


@cache
def _divisor(moneda: str) -> Decimal:
    return a_decimal(1, moneda)  # 0.01 para USD, 1 para CLP


def _importe(unidades_menores: int, moneda: str) -> Decimal:
    return unidades_menores * _divisor(moneda)


def _formato_importe(monedas: set[str]) -> str:
    """Sin decimales si ninguna moneda los usa (CLP, PYG…); si no, con dos."""
    return FORMATO_MILES if monedas and all(decimales(m) == 0 for m in monedas) else FORMATO_IMPORTE


def _fraccion(parte: int, total: int) -> Decimal | None:
    return (Decimal(parte) / Decimal(total)).quantize(Decimal("0.0001")) if total > 0 else None


# --- Padrón de cuotas y resumen por país ------------------------------------------------------------

def _hoja_cuotas(filas: Sequence, anio: int) -> Hoja:
    monedas = {f.moneda for f in filas}
    formato = _formato_importe(monedas)
    anchos = (40, 18, 13, 24, 14, 9, 14, 14)
    formatos = (None, None, FORMATO_MILES, None, formato, None, formato, formato)
    columnas = [ColumnaHoja(traducir(t), a, f) for t, a, f in zip(COLUMNAS_CUOTAS, anchos, formatos)]
    datos = [[f.miembro, f.pais, f.poblacion, f.tramo, _importe(f.importe, f.moneda), f.moneda,
              _importe(f.pagado, f.moneda), _importe(f.saldo, f.moneda)] for f in filas]
    sumas: dict[str, list[int]] = {}
    for f in filas:
        suma = sumas.setdefault(f.moneda, [0, 0, 0])
        suma[0] += f.importe
        suma[1] += f.pagado
        suma[2] += f.saldo
    etiqueta = (traducir("Total {0}: {1} cuota") if len(filas) == 1
                else traducir("Total {0}: {1} cuotas")).format(anio, len(filas))
    if len(sumas) == 1:
        (moneda, (importe, pagado, saldo)), = sumas.items()
        totales = [etiqueta, None, None, None, _importe(importe, moneda), moneda, _importe(pagado, moneda),
                   _importe(saldo, moneda)]
    else:
        for moneda, (importe, pagado, saldo) in sorted(sumas.items()):
            datos.append([traducir("Total {0}").format(moneda), None, None, None, _importe(importe, moneda), moneda,
                          _importe(pagado, moneda), _importe(saldo, moneda)])
        totales = [etiqueta] + [None] * 7
    return Hoja(titulo_cuotas(anio), columnas, datos, totales)


def _hoja_resumen(resumen: Sequence) -> Hoja:
    formato = _formato_importe({r.moneda for r in resumen})
    anchos = (22, 11, 16, 16, 16, 9, 11)
    formatos = (None, FORMATO_MILES, formato, formato, formato, None, FORMATO_PORCENTAJE)
    columnas = [ColumnaHoja(traducir(t), a, f) for t, a, f in zip(COLUMNAS_RESUMEN, anchos, formatos)]
    datos = [[r.pais, r.miembros, _importe(r.facturado, r.moneda), _importe(r.cobrado, r.moneda),
              _importe(r.facturado - r.cobrado, r.moneda), r.moneda, _fraccion(r.cobrado, r.facturado)]
             for r in resumen]
    sumas: dict[str, list[int]] = {}
    for r in resumen:
        suma = sumas.setdefault(r.moneda, [0, 0, 0])
        suma[0] += r.miembros
        suma[1] += r.facturado
        suma[2] += r.cobrado
    miembros = sum(r.miembros for r in resumen)
    if len(sumas) == 1:
        (moneda, (_, facturado, cobrado)), = sumas.items()
        totales = [traducir("Total"), miembros, _importe(facturado, moneda), _importe(cobrado, moneda),
                   _importe(facturado - cobrado, moneda), moneda, _fraccion(cobrado, facturado)]
    else:
        for moneda, (cantidad, facturado, cobrado) in sorted(sumas.items()):
            datos.append([traducir("Total {0}").format(moneda), cantidad, _importe(facturado, moneda),
                          _importe(cobrado, moneda), _importe(facturado - cobrado, moneda), moneda,
                          _fraccion(cobrado, facturado)])
        totales = [traducir("Total"), miembros, None, None, None, None, None]
    return Hoja(traducir("Resumen por país"), columnas, datos, totales)


def escribir_padron_cuotas_xlsx(ruta: Path | str, filas: Sequence, resumen: Sequence, anio: int,
                                propiedades: Propiedades | None = None) -> Path:
    """Hojas «Cuotas {anio}» (una fila por cargo, de `servicios.cobranza.padron_de_cuotas`) y
    «Resumen por país» (de `servicios.cobranza.resumen_por_pais`), cada una con su fila de totales."""
    return escribir_libro(ruta, [_hoja_cuotas(filas, anio), _hoja_resumen(resumen)], propiedades=propiedades)


# --- Morosidad -------------------------------------------------------------------------------------

def escribir_morosidad_xlsx(ruta: Path | str, deudas: Sequence, nombres: dict[int, tuple[str, str]],
                            al: date, propiedades: Propiedades | None = None) -> Path:
    """Hoja «Morosidad»: una fila por deuda (`dominio.morosidad.Deuda`, miembro y moneda) en el orden
    dado, con la antigüedad por tramos, la fecha del vencimiento más antiguo y el derecho a voto.

    `nombres` da (nombre, país) de cada miembro_id; la fila de totales dice la fecha de corte `al`.
    """
    monedas = {d.moneda for d in deudas}
    formato = _formato_importe(monedas)
    anchos = (40, 18, 10, 10, 10, 15, 9) + (15,) * len(ETIQUETAS_ANTIGUEDAD) + (13, 15)
    formatos = ((None, None, FORMATO_MILES, FORMATO_ANIO, FORMATO_ANIO, formato, None) + (formato,) * len(ETIQUETAS_ANTIGUEDAD)
                + (FORMATO_FECHA, None))
    columnas = [ColumnaHoja(traducir(t), a, f) for t, a, f in zip(COLUMNAS_MOROSIDAD, anchos, formatos)]
    datos = []
    votos: dict[tuple[bool, bool], str] = {}  # el texto del voto de cada (de baja, puede votar), una vez
    for d in deudas:
        nombre, pais = nombres.get(d.miembro_id) or (traducir("Miembro {0}").format(d.miembro_id), "")
        divisor, tramos = _divisor(d.moneda), d.por_antiguedad
        clave = (getattr(d, "de_baja", False), d.puede_votar)
        voto = votos.get(clave) or votos.setdefault(clave, texto_del_voto(d))
        anios = d.anios
        datos.append([nombre, pais, d.cuotas_impagas, min(anios) if anios else None, max(anios) if anios else None,
                      d.total * divisor, d.moneda,
                      *[tramos[e] * divisor if tramos.get(e) else None for e in ETIQUETAS_ANTIGUEDAD],
                      d.mas_antiguo, voto])
    etiqueta = traducir("Total al {0}").format(fecha(al))
    cuotas = sum(d.cuotas_impagas for d in deudas)
    suspendidos = sum(1 for d in deudas if not d.puede_votar and not getattr(d, "de_baja", False))
    voto = (traducir("{0} suspendido") if suspendidos == 1 else traducir("{0} suspendidos")).format(suspendidos)
    if len(monedas) <= 1:
        moneda = next(iter(monedas), None)
        sumas = [_importe(sum(d.total for d in deudas), moneda) if moneda else None]
        tramos = [_importe(sum(d.por_antiguedad.get(e, 0) for d in deudas), moneda) if moneda else None
                  for e in ETIQUETAS_ANTIGUEDAD]
        totales = [etiqueta, None, cuotas, None, None, *sumas, moneda, *tramos, None, voto]
    else:
        for moneda in sorted(monedas):
            propias = [d for d in deudas if d.moneda == moneda]
            datos.append([traducir("Total {0}").format(moneda), None, sum(d.cuotas_impagas for d in propias), None,
                          None,
                          _importe(sum(d.total for d in propias), moneda), moneda,
                          *(_importe(sum(d.por_antiguedad.get(e, 0) for d in propias), moneda)
                            for e in ETIQUETAS_ANTIGUEDAD), None, None])
        totales = [etiqueta, None, cuotas, None, None, None, None, *([None] * len(ETIQUETAS_ANTIGUEDAD)), None, voto]
    return escribir_libro(ruta, [Hoja(traducir("Morosidad"), columnas, datos, totales)], propiedades=propiedades)
