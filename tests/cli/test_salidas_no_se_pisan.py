"""Ninguna orden de la línea de órdenes reemplaza un archivo que ya existe sin que se lo pida con --reemplazar (antes
«cuotas estado-cuenta», «pagos recibo», «sesiones acta» y otras trece lo reemplazaban en silencio, mientras
«memoria» y «cuotas avisos» se negaban). El archivo queda como estaba, y con --reemplazar se reemplaza."""

import pytest

ORDENES = [
    ["miembros", "exportar", "{x}.xlsx"], ["miembros", "padron", "{x}.pdf"],
    ["cuotas", "exportar", "2025", "{x}.xlsx"], ["cuotas", "morosidad", "{x}.xlsx"],
    ["cuotas", "estado-cuenta", "--miembro", "1", "{x}.pdf"], ["cuotas", "cobranza", "2025", "{x}.pdf"],
    ["pagos", "recibo", "1", "{x}.pdf"], ["organos", "organigrama", "{x}.pdf"],
    ["organos", "composicion", "Consejo", "--pdf", "{x}.pdf"], ["estatutos", "texto", "{x}.pdf"],
    ["unidades", "matriz", "{x}.xlsx"], ["unidades", "informe", "UT Cultura", "{x}.pdf"],
    ["sesiones", "convocatoria", "1", "{x}.pdf"],
    ["sesiones", "acta", "1", "{x}.pdf"], ["sesiones", "exportar", "1", "{x}.xlsx"],
    ["bitacora", "exportar", "{x}.xlsx"],
]


@pytest.mark.parametrize("orden", ORDENES, ids=lambda o: " ".join(o[:2]))
def test_un_archivo_que_ya_existe_no_se_reemplaza_sin_pedirlo(cli, copia_de_la_demo, tmp_path, orden):
    destino = tmp_path / ("salida" + orden[-1][3:])
    destino.write_bytes(b"lo que la secretaria ya tenia")
    argumentos = [str(destino) if a.startswith("{x}") else a for a in orden]
    hecho = cli(*argumentos, db=copia_de_la_demo)
    assert hecho.returncode != 0 and "Ya existe" in hecho.stderr and "--reemplazar" in hecho.stderr
    assert destino.read_bytes() == b"lo que la secretaria ya tenia"
    hecho = cli(*argumentos, "--reemplazar", db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    assert destino.read_bytes() != b"lo que la secretaria ya tenia"
