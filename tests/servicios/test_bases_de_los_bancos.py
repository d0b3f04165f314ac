"""Las bases de los bancos (tests/rendimiento/bases.py) son las que deja el programa: sus pagos, escritos en lote con
`datos.cuotas.insertar_pagos`, son los mismos (cada columna, imputación y número de recibo) que registra
`servicios.pagos.registrar_pagos` con la imputación automática, y la base verifica entera (bitácora sellada)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "rendimiento"))

import bases  # noqa: E402
from contenido_de_la_demo import diferencias, volcar  # noqa: E402

from escritorio.servicios.base import abrir_base, cerrar_base  # noqa: E402
from escritorio.servicios.verificacion import verificar



def test_los_pagos_en_lote_son_los_del_servicio(tmp_path):
    en_lote = bases.armar(tmp_path / "lote.db", 60, informar=lambda *a, **k: None)
    con_el_servicio = bases.armar(tmp_path / "servicio.db", 60, informar=lambda *a, **k: None,
                                  registrar=bases.registrar_pagos_con_el_servicio)
    a, b = volcar(en_lote), volcar(con_el_servicio)
    assert diferencias(a, b) == []
    pagos = a["pagos"]
    assert 60 * 10 * 0.75 < len(pagos) - 1 < 60 * 10, "la mayoría pagó, no todos"
    assert len(a["recibos"]) == len(pagos) and len(a["imputaciones"]) == len(pagos)
    db = abrir_base(en_lote, crear=False)
    try:
        assert verificar(db).correcta, verificar(db).problemas
    finally:
        cerrar_base(db)


def test_cada_miembro_debe_los_anios_mas_nuevos(tmp_path):
    """Los que no pagaron todo deben los últimos años: lo que deja la imputación por antigüedad."""
    import sqlite3

    ruta = bases.armar(tmp_path / "lote.db", 40, informar=lambda *a, **k: None)
    conexion = sqlite3.connect(ruta)
    impagos = conexion.execute(
        "SELECT c.miembro_id, min(c.anio), max(c.anio), count(*) FROM cargos c WHERE NOT EXISTS "
        "(SELECT 1 FROM imputaciones i WHERE i.cargo_id = c.id) GROUP BY c.miembro_id").fetchall()
    conexion.close()
    assert impagos, "alguien debe"
    for _, desde, hasta, cuantos in impagos:
        assert hasta == 2026 and hasta - desde + 1 == cuantos
