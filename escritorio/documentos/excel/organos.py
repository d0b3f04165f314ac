"""Planillas de órganos: la composición de un órgano a una fecha y la matriz de participación en las
unidades temáticas.

La composición usa `escritura.escribir_libro` (encabezado fijo, filtros, fechas dd/mm/aaaa). La
matriz necesita lo que ese escritor no hace (títulos de columna girados, colores por papel, fila de
recuento, impresión apaisada) y se arma con openpyxl en modo normal: son unos cientos de celdas. En
las dos, el texto del usuario es dato: lo que empieza con = + - @ se guarda como texto, nunca como
fórmula, y se escribe visible y de largo admitido (`escritura.texto_de_celda`).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from escritorio.dominio.organos import CARGOS
from escritorio.dominio.paises import nombre_pais
from escritorio.dominio.traduccion import traducir
from escritorio.dominio import formato

from .escritura import (FORMATO_FECHA, ColumnaHoja, Hoja, Propiedades, es_peligroso, escribir_libro, poner_propiedades,
                        preparar_impresion, texto_de_celda)
from ..temporales import limpiar_restos

# Los nombres de las hojas y de las columnas y los rótulos se escriben en el idioma del documento (`traducir`).
COLUMNAS_COMPOSICION = ("Miembro", "País", "Persona", "Cargo", "De oficio por", "Con voto", "Motivo sin voto", "Desde",
                        "Hasta")
HOJA_COMPOSICION = "Composición"
HOJA_AVISOS = "Avisos"
HOJA_MATRIZ = "Participación"
CUMPLE = "La composición cumple las reglas del estatuto."
FILA_RECUENTO = "Participantes"
COLUMNA_RECUENTO = "Unidades"

# --- Composición -------------------------------------------------------------------------------------

def filas_composicion(composicion) -> list[list]:
    """Una fila por integrante: el cargo, el órgano por el que se sienta de oficio (si es así), si vota en la fecha y,
    si no, por qué (miembro suspendido, cuotas impagas)."""
    si, no = traducir("Sí"), traducir("No")
    return [[a.miembro or "", nombre_pais(a.pais) if a.pais else "", a.persona or "",
             a.nombre_del_cargo, getattr(a, "de_oficio", None) or "",
             si if a.con_voto else no, _motivo(getattr(a, "motivo_sin_voto", None)), a.desde, a.hasta]
            for a in composicion.asientos]


def _motivo(motivo: str | None) -> str:
    """El motivo sin voto es un rótulo del dominio (`SIN_VOTO_SUSPENDIDO`, `SIN_VOTO_CUOTAS`): en el idioma del
    documento."""
    return traducir(motivo) if motivo else ""


def escribir_composicion_xlsx(ruta: Path | str, composicion, al: date, propiedades: Propiedades | None = None) -> Path:
    """Hoja «Composición» (una fila por integrante en la fecha) y hoja «Avisos» (reglas no cumplidas;
    si no hay, una sola fila que dice que la composición cumple las reglas)."""
    anchos = (32, 16, 28, 16, 22, 10, 30, 12, 12)
    formatos = (None, None, None, None, None, None, None, FORMATO_FECHA, FORMATO_FECHA)
    columnas = [ColumnaHoja(traducir(t), a, f) for t, a, f in zip(COLUMNAS_COMPOSICION, anchos, formatos)]
    avisos = [[str(aviso)] for aviso in composicion.avisos] or [[traducir(CUMPLE)]]
    return escribir_libro(ruta, [
        Hoja(traducir(HOJA_COMPOSICION), columnas, filas_composicion(composicion)),
        Hoja(traducir(HOJA_AVISOS), [ColumnaHoja(traducir("Aviso"), 110)], avisos),
    ], propiedades=propiedades)


# --- Matriz de participación --------------------------------------------------------------------

_NEGRITA = Font(bold=True)
_GRIS = Font(color="595959", italic=True)
_FONDO_TITULOS = PatternFill("solid", fgColor="DCE1E8")
_FONDO_TOTAL = PatternFill("solid", fgColor="EEF0F4")
# Color de la celda según el papel: la coordinación se ve de un vistazo.
_FONDOS_PAPEL = {
    CARGOS["coordinador"]: PatternFill("solid", fgColor="1F4072"),
    CARGOS["subcoordinador"]: PatternFill("solid", fgColor="9FB6D9"),
}
_LETRA_PAPEL = {CARGOS["coordinador"]: Font(bold=True, color="FFFFFF"), CARGOS["subcoordinador"]: Font(bold=True)}
_FINA = Side(style="thin", color="C8C8C8")
_BORDE = Border(left=_FINA, right=_FINA, top=_FINA, bottom=_FINA)
_CENTRO = Alignment(horizontal="center", vertical="center")
_GIRADO = Alignment(text_rotation=90, wrap_text=True, horizontal="center", vertical="bottom")


def _poner(hoja, fila: int, columna: int, valor):
    """Escribe una celda; el texto que Excel tomaría por fórmula queda como texto."""
    celda = hoja.cell(row=fila, column=columna)
    if isinstance(valor, str):
        valor = texto_de_celda(valor)
        if es_peligroso(valor):
            celda._value = valor  # sin que openpyxl lo tome por fórmula
            celda.data_type = "s"
            celda.quotePrefix = True
            return celda
    celda.value = valor
    return celda


def escribir_matriz_unidades_xlsx(ruta: Path | str, matriz, al: date, propiedades: Propiedades | None = None) -> Path:
    """Miembros (filas) × unidades temáticas (columnas) con el papel de cada uno en la fecha.

    Fila 1: Miembro, País, el nombre de cada unidad (girado) y «Unidades» (en cuántas participa cada
    miembro). Una fila por miembro; al final, la fila «Participantes» con el recuento por unidad.
    """
    ruta = Path(ruta)
    libro = Workbook()
    hoja = libro.active
    hoja.title = traducir(HOJA_MATRIZ)
    unidades = list(matriz.unidades)
    n = len(unidades)
    titulos = [traducir("Miembro"), traducir("País"), *unidades, traducir(COLUMNA_RECUENTO)]
    # El papel llega como rótulo de CARGOS en castellano (o ya traducido): el color se busca por los dos.
    fondos = _FONDOS_PAPEL | {traducir(papel): fondo for papel, fondo in _FONDOS_PAPEL.items()}
    letras = _LETRA_PAPEL | {traducir(papel): letra for papel, letra in _LETRA_PAPEL.items()}
    for columna, titulo in enumerate(titulos, start=1):
        celda = _poner(hoja, 1, columna, titulo)
        celda.font = _NEGRITA
        celda.fill = _FONDO_TITULOS
        celda.border = _BORDE
        celda.alignment = _GIRADO if 2 < columna <= 2 + n else Alignment(vertical="bottom", wrap_text=True)
    largo = max((len(u) for u in unidades), default=10)  # solo para la altura: el texto va visible en `_poner`
    hoja.row_dimensions[1].height = min(220, max(60, 5.6 * min(largo, 40) + 10))
    hoja.column_dimensions["A"].width = max(24, min(40, max((len(f[0] or "") for f in matriz.filas), default=0) + 2))
    hoja.column_dimensions["B"].width = 14
    for k in range(n):
        hoja.column_dimensions[get_column_letter(3 + k)].width = 13
    hoja.column_dimensions[get_column_letter(3 + n)].width = 10

    recuento = [0] * n
    for i, (miembro, pais, papeles) in enumerate(matriz.filas, start=2):
        _poner(hoja, i, 1, miembro or "").border = _BORDE
        _poner(hoja, i, 2, pais or "").border = _BORDE
        cantidad = 0
        for k in range(n):
            papel = (papeles[k] if k < len(papeles) else "") or ""
            celda = _poner(hoja, i, 3 + k, traducir(papel) if papel else None)
            celda.alignment = _CENTRO
            celda.border = _BORDE
            if papel:
                recuento[k] += 1
                cantidad += 1
                if papel in fondos:
                    celda.fill = fondos[papel]
                    celda.font = letras[papel]
        total = _poner(hoja, i, 3 + n, cantidad)
        total.alignment = _CENTRO
        total.border = _BORDE

    ultima = len(matriz.filas) + 2
    _poner(hoja, ultima, 1, traducir(FILA_RECUENTO)).font = _NEGRITA
    _poner(hoja, ultima, 2, None)
    for k, cantidad in enumerate(recuento):
        _poner(hoja, ultima, 3 + k, cantidad)
    _poner(hoja, ultima, 3 + n, sum(recuento))
    for columna in range(1, n + 4):
        celda = hoja.cell(row=ultima, column=columna)
        celda.font = _NEGRITA
        celda.fill = _FONDO_TOTAL
        celda.border = _BORDE
        if columna > 2:
            celda.alignment = _CENTRO
    texto_nota = traducir("Papel de cada miembro en las unidades temáticas al {0}.").format(formato.fecha(al))
    nota = hoja.cell(row=ultima + 2, column=1, value=texto_nota)
    nota.font = _GRIS
    if not matriz.filas:
        vacia = hoja.cell(row=ultima + 3, column=1,
                          value=traducir("Ningún miembro participa en unidades temáticas en esa fecha."))
        vacia.font = _GRIS

    hoja.freeze_panes = "C2"
    if matriz.filas:
        hoja.auto_filter.ref = f"A1:{get_column_letter(3 + n)}{ultima - 1}"
    propiedades = propiedades or Propiedades(
        traducir("Participación en las unidades temáticas al {0}").format(formato.fecha(al)))
    poner_propiedades(libro, propiedades)
    ancho = sum(hoja.column_dimensions[get_column_letter(c)].width for c in range(1, n + 4))
    preparar_impresion(hoja, ancho=ancho, titulo=propiedades.titulo, autor=propiedades.autor, papel=propiedades.papel,
                       columnas_titulo="A:B")

    limpiar_restos(ruta.parent if str(ruta.parent) else ".")  # los que dejó un proceso que murió a mitad
    temporal = ruta.with_name(f".{ruta.stem}.parcial.xlsx")
    try:
        libro.save(temporal)
        os.replace(temporal, ruta)
    finally:
        temporal.unlink(missing_ok=True)
    return ruta
