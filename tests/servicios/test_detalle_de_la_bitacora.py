"""El detalle de la bitácora en palabras (issue 83 §3), en la planilla que exporta «bitacora exportar», sobre la red
de ejemplo: lo que lee el tesorero o quien audita.

- Los importes son dinero con su moneda («Importe: USD 150,00», no «importe: 60000» en centavos), también los de
  una fila sin columna de moneda (un tramo, la de su escala; una imputación, la de su pago).
- El miembro, el órgano, la sesión, el pago se nombran («Miembro: San Carlos (#272)»); las fechas se leen como
  fechas; un momento guardado en UTC, en la hora local.
- El contenido congelado de un acta aprobada se nombra con su largo, sin volcar su JSON; ninguna celda lleva JSON.
- En portugués, los nombres de los datos en portugués («Valor: USD …», «Membro: …»).
"""

import re

from openpyxl import load_workbook

from escritorio.servicios import bitacora
from escritorio.servicios.idioma_de_los_documentos import idioma_pedido


def _detalles(ruta) -> dict[str, list[tuple[str, str]]]:
    """Por tabla: (acción, detalle) de cada fila de la planilla."""
    hoja = load_workbook(ruta).active
    por_tabla: dict[str, list[tuple[str, str]]] = {}
    for fila in hoja.iter_rows(min_row=2, values_only=True):
        por_tabla.setdefault(fila[5], []).append((fila[7], fila[8] or ""))
    return por_tabla


def _exportadas(db, carpeta, *tablas: str) -> dict[str, list[tuple[str, str]]]:
    """La planilla de la bitácora de cada tabla (el filtro de «bitacora exportar --entidad»: la red de ejemplo entera
    son 12.000 registros), leída por tabla."""
    detalles: dict[str, list[tuple[str, str]]] = {}
    for tabla in tablas:
        bitacora.exportar(db, carpeta / f"{tabla}.xlsx", entidad=tabla)
        detalles.update(_detalles(carpeta / f"{tabla}.xlsx"))
    return detalles


def test_el_detalle_se_lee_en_palabras(demo_db, tmp_path):
    detalles = _exportadas(demo_db, tmp_path, "pagos", "cargos", "tramos", "imputaciones", "actas",
                           "reglas_composicion")
    pago = next(d for a, d in detalles["Pagos"] if a == "Alta")
    assert re.search(r"Miembro: [^;]+ \(#\d+\); Fecha: \d\d/\d\d/2\d{3}; Importe: USD [\d.]+,\d\d;", pago), pago
    assert "importe:" not in pago and "miembro_id" not in pago
    assert re.search(r"Registrado el: \d\d/\d\d/\d{4} \d\d:\d\d", pago)
    cuota = next(d for a, d in detalles["Cuotas emitidas"] if a == "Alta")
    assert re.search(r"Importe bruto: USD [\d.]+,\d\d; Descuento: USD 0,00; Importe: USD [\d.]+,\d\d", cuota), cuota
    assert re.search(r"Importe: USD [\d.]+,\d\d", next(d for _, d in detalles["Tramos de las escalas"]))
    assert re.search(r"Importe: USD [\d.]+,\d\d", next(d for _, d in detalles["Imputaciones de pagos"]))
    aprobada = next(d for a, d in detalles["Actas"] if a == "Cambio" and "Contenido:" in d)
    assert re.search(r"Contenido: — → el acta tal como quedó, congelada \([\d.]+ caracteres\)", aprobada), aprobada
    assert "Estado: Borrador → Aprobada" in aprobada
    assert [d for filas in detalles.values() for _, d in filas if '{"' in d or '":' in d] == []   # ningún JSON
    regla = next(d for _, d in detalles["Reglas de composición"] if "Parámetros" in d)
    assert re.search(r"Parámetros: [a-z ]+: \d+", regla), regla


def test_en_portugues_los_datos_se_nombran_en_portugues(demo_db, tmp_path):
    with idioma_pedido("pt"):   # como «--idioma pt bitacora exportar»
        detalles = _exportadas(demo_db, tmp_path, "pagos")
    pagos = detalles["Pagamentos"]
    pago = next(d for a, d in pagos if a == "Inclusão")
    assert re.search(r"Membro: [^;]+ \(#\d+\); Data: \d\d/\d\d/2\d{3}; Valor: USD [\d.]+,\d\d;", pago), pago
