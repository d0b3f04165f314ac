"""Los indicadores en Excel (issue 80, §4): una hoja por indicador con los miembros en filas y los años en columnas
(el valor como número, con los decimales del indicador) y la variación del primer al último año con dato; y la hoja
«Valores», cada valor en su fila con su evidencia, para filtrar y citar."""

from __future__ import annotations

from pathlib import Path

from escritorio.dominio.indicadores import SENTIDOS, como_le_fue
from escritorio.dominio.paises import nombre_pais
from escritorio.dominio.traduccion import traducir

from .escritura import FORMATO_ANIO, ColumnaHoja, Hoja, Propiedades, escribir_libro, nombre_de_hoja


def _formato(decimales: int) -> str:
    return "#,##0" + ("." + "0" * decimales if decimales else "")


def _hoja_del_indicador(comparacion, usados: set[str]) -> Hoja:
    indicador = comparacion.indicador
    numero = _formato(indicador["decimales"])
    columnas = [ColumnaHoja(traducir("Miembro"), 30, None, True), ColumnaHoja(traducir("País"), 16)]
    columnas += [ColumnaHoja(str(a), 12, numero) for a in comparacion.anios]
    columnas += [ColumnaHoja(traducir("Variación"), 12, numero), ColumnaHoja(traducir("Variación (%)"), 12, "0.0"),
                 ColumnaHoja(traducir("Cómo le fue"), 14)]
    filas = []
    for f in comparacion.filas:
        v = f.variacion
        filas.append([f.miembro, nombre_pais(f.pais or ""), *[f.valores[a] for a in comparacion.anios],
                      v.diferencia if v else None, v.porcentaje if v else None, como_le_fue(v) if v else ""])
    if not filas:
        filas = [[traducir("Sin valores registrados.")]]
    # La hoja lleva el nombre del indicador (31 caracteres, sin «/»); la unidad va en la hoja «Valores».
    return Hoja(nombre_de_hoja(indicador["nombre"], usados), columnas, filas)


def escribir_indicadores_xlsx(ruta: Path | str, comparaciones: list, valores: list[dict],
                              propiedades: Propiedades | None = None) -> Path:
    """Una hoja por indicador (`comparaciones`: servicios.indicadores.Comparacion) y la hoja «Valores» (`valores`:
    cada valor registrado con su indicador, miembro, año y evidencia)."""
    por_id = {c.indicador["id"]: c.indicador for c in comparaciones}
    usados: set[str] = set()
    hojas = [_hoja_del_indicador(c, usados) for c in comparaciones]
    columnas = [ColumnaHoja(traducir("Indicador"), 30, None, True), ColumnaHoja(traducir("Unidad"), 14),
                ColumnaHoja(traducir("Sentido"), 16), ColumnaHoja(traducir("Miembro"), 30, None, True),
                ColumnaHoja(traducir("País"), 16), ColumnaHoja(traducir("Año"), 8, FORMATO_ANIO),
                ColumnaHoja(traducir("Valor"), 14), ColumnaHoja(traducir("Evidencia"), 44, None, True)]
    filas = [[por_id[v["indicador_id"]]["nombre"], por_id[v["indicador_id"]]["unidad"],
              traducir(SENTIDOS[por_id[v["indicador_id"]]["sentido"]]), v["miembro"], nombre_pais(v["pais"] or ""),
              v["anio"], v["valor_decimal"], v["evidencia"]] for v in valores if v["indicador_id"] in por_id]
    hojas.append(Hoja(nombre_de_hoja(traducir("Valores"), usados), columnas, filas or [[traducir("Sin valores registrados.")]]))
    return escribir_libro(ruta, hojas, propiedades=propiedades)
