"""Las bases de los bancos (tests/rendimiento/bases.py) crecen solo con las órdenes del programa, cada una su proceso:
`asociacion crear`, `miembros importar`, `cuotas escala definir`, `cuotas emitir` de cada año y `pagos importar` de
la planilla de cada año de la tesorería. Aquí, con una base chica armada así: cada pago es el que dice la tesorería
(`pagos_de_la_tesoreria`: quién, cuánto, qué día, a qué cuota, con su recibo), los que no pagaron todo deben los
años más nuevos, y la base verifica entera (la bitácora sellada cubre cada fila: nada se escribió por fuera).

Antes los pagos se escribían en lote con `datos.cuotas.insertar_pagos` y una prueba los comparaba con los del
servicio; ahora los registra el programa mismo (`pagos importar`), y esa comparación ya no tiene qué comparar."""

import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rendimiento"))

import bases  # noqa: E402

from escritorio.servicios.base import abrir_base, cerrar_base  # noqa: E402
from escritorio.servicios.verificacion.comprobaciones import verificar  # noqa: E402

# arma la base con las órdenes del programa, cada una su proceso: fuera de `make rapido`
pytestmark = pytest.mark.proceso

MIEMBROS = 60


@pytest.fixture(scope="module")
def armada(tmp_path_factory):
    tiempos = {}
    ruta = bases.armar(tmp_path_factory.mktemp("bancos") / "red.db", MIEMBROS, informar=lambda *a, **k: None,
                       tiempos=tiempos)
    return ruta, tiempos


def _leer(ruta, consulta):
    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return conexion.execute(consulta).fetchall()
    finally:
        conexion.close()


def test_cada_paso_es_una_orden_del_programa(armada):
    _, tiempos = armada
    assert list(tiempos) == ["asociacion crear", "miembros importar", "cuotas escala definir", "cuotas emitir",
                             "pagos importar"]


def test_los_pagos_son_los_de_la_planilla_de_la_tesoreria(armada):
    ruta, _ = armada
    esperados = bases.pagos_de_la_tesoreria(bases.cuotas_anuales(ruta), date.today())
    assert MIEMBROS * 10 * 0.75 < len(esperados) < MIEMBROS * 10, "la mayoría pagó, no todos"
    registrados = _leer(ruta, """
        SELECT p.miembro_id, i.cargo_id, p.importe, p.fecha, p.moneda, r.anio, r.numero
        FROM pagos p JOIN imputaciones i ON i.pago_id = p.id JOIN recibos r ON r.pago_id = p.id
        WHERE p.anulado_en IS NULL ORDER BY p.id""")
    assert [(m, c, i, date.fromisoformat(f)) for m, c, i, f, *_ in registrados] == esperados
    assert {f[4] for f in registrados} == {"USD"}
    # los recibos de cada año, del 1 en adelante, en el orden de la planilla
    por_anio: dict[int, list[int]] = {}
    for *_, anio, numero in registrados:
        por_anio.setdefault(anio, []).append(numero)
    assert all(numeros == list(range(1, len(numeros) + 1)) for numeros in por_anio.values())


def test_cada_miembro_debe_los_anios_mas_nuevos(armada):
    """Los que no pagaron todo deben los últimos años: lo que deja la imputación por antigüedad."""
    ruta, _ = armada
    impagos = _leer(ruta, "SELECT c.miembro_id, min(c.anio), max(c.anio), count(*) FROM cargos c WHERE NOT EXISTS "
                          "(SELECT 1 FROM imputaciones i WHERE i.cargo_id = c.id) GROUP BY c.miembro_id")
    assert impagos, "alguien debe"
    for _, desde, hasta, cuantos in impagos:
        assert hasta == 2026 and hasta - desde + 1 == cuantos


def test_la_base_verifica_entera(armada):
    ruta, _ = armada
    db = abrir_base(ruta, crear=False)
    try:
        resultado = verificar(db)
        assert resultado.correcta, resultado.problemas
    finally:
        cerrar_base(db)
