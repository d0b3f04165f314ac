"""El --simular de todas las órdenes en el modo servidor (datos/postgres/transaccion.py, `simulacion_servidor`): la
orden corre dentro de una transacción que termina en ROLLBACK; sus escrituras (SAVEPOINT) no quedan, la bitácora no se
sella y el cerrojo de los que escriben se suelta al terminar. Lo mismo en un archivo: tests/cli/test_simular.py."""

import json

import psycopg

from escritorio.cli.simulacion import CIERRE

TABLAS = ("mandatos", "sesiones", "bitacora", "bitacora_sellos")


def _cuentas(url: str) -> dict[str, int]:
    with psycopg.connect(url) as c:
        return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLAS}


def test_una_orden_simulada_en_el_servidor_no_deja_nada_y_suelta_el_cerrojo(cli, demo_en_el_servidor):
    url = demo_en_el_servidor
    miembro = json.loads(cli("organos", "composicion", "Consejo", "--json", db=url).stdout)["asientos"][0]["miembro_id"]
    antes = _cuentas(url)
    designar = ("organos", "designar", "Consejo", "--miembro", miembro, "--cargo", "suplente", "--desde", "2030-01-01")
    hecho = cli(*designar, "--simular", db=url)
    assert hecho.returncode == 0, hecho.stderr
    assert hecho.stdout.startswith("Mandato ") and hecho.stdout.endswith(f"{CIERRE}\n")
    # Dos escrituras en una orden (la sesión y su número): las dos se deshacen.
    convocar = cli("sesiones", "convocar", "Consejo", "--fecha", "2030-03-10", "--lugar", "Rosario", "--simular",
                   db=url)
    assert convocar.returncode == 0, convocar.stderr
    assert _cuentas(url) == antes
    # Lo que la regla rechaza se dice igual que sin simular, y tampoco deja nada.
    ajeno = ("organos", "designar", "Consejo", "--miembro", "999999", "--cargo", "titular", "--desde", "2030-01-01")
    simulado, real = cli(*ajeno, "--simular", db=url), cli(*ajeno, db=url)
    assert (simulado.returncode, simulado.stderr) == (real.returncode, real.stderr)
    assert simulado.returncode == 1 and "El miembro 999999 no pertenece a esta asociación." in simulado.stderr
    assert _cuentas(url) == antes
    # El cerrojo de los que escriben quedó libre: la orden de verdad escribe enseguida, y sella su tramo.
    hecho = cli(*designar, db=url)
    assert hecho.returncode == 0, hecho.stderr
    despues = _cuentas(url)
    assert despues["mandatos"] == antes["mandatos"] + 1 and despues["bitacora_sellos"] == antes["bitacora_sellos"] + 1
