"""Dos personas importan el mismo extracto bancario a la vez (dos terminales, o la terminal y la ventana): cada línea
se registra una sola vez. Los dos procesos arman su plan al mismo tiempo; el que escribe segundo decide dentro de su
transacción qué líneas ya registró el primero y no las registra de nuevo (issue 47)."""

import json
import sqlite3
import subprocess
import sys
from datetime import date, timedelta

from escritorio.dominio.conciliacion import referencia_de_pago
from extractos_de_prueba import Movimiento, banco_debito_credito

LINEAS = 400


def _contar(base, consulta: str) -> int:
    conexion = sqlite3.connect(f"file:{base}?mode=ro", uri=True)
    try:
        return conexion.execute(consulta).fetchone()[0]
    finally:
        conexion.close()


def test_dos_importaciones_a_la_vez_registran_cada_linea_una_vez(copia_de_la_demo, tmp_path, entorno_cli):
    conexion = sqlite3.connect(f"file:{copia_de_la_demo}?mode=ro", uri=True)
    try:
        miembros = [fila[0] for fila in conexion.execute("SELECT id FROM miembros ORDER BY id")]
    finally:
        conexion.close()
    desde = date.today() - timedelta(days=60)
    ruta = banco_debito_credito(tmp_path / "extracto.csv", [
        Movimiento(desde + timedelta(days=n % 50), f"TRANSF RECIBIDA {referencia_de_pago('RCS', miembros[n % len(miembros)])}",
                   f"{100 + n % 7}.00", f"{n:06d}") for n in range(LINEAS)])
    pagos_antes = _contar(copia_de_la_demo, "SELECT count(*) FROM pagos")
    orden = [sys.executable, "-m", "escritorio", "--db", str(copia_de_la_demo), "pagos", "importar", str(ruta),
             "--moneda", "USD", "--omitir-dudosas", "--json"]
    procesos = [subprocess.Popen(orden, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
                                 env=entorno_cli, cwd=tmp_path) for _ in range(2)]
    salidas = [p.communicate(timeout=300) + (p.returncode,) for p in procesos]
    for salida, errores, codigo in salidas:
        assert codigo == 0, errores
        assert "Traceback" not in salida + errores
    registrados = [len(json.loads(salida)["registrados"]) for salida, _, _ in salidas]
    assert sum(registrados) == LINEAS, registrados   # entre los dos, cada línea una vez
    assert _contar(copia_de_la_demo, "SELECT count(*) FROM pagos") == pagos_antes + LINEAS
    assert _contar(copia_de_la_demo, "SELECT count(*) FROM lineas_de_extracto") == LINEAS
    assert _contar(copia_de_la_demo, "SELECT count(DISTINCT huella) FROM lineas_de_extracto") == LINEAS
    # la base sigue sana (bitácora, sellos, testigo)
    verificado = subprocess.run([sys.executable, "-m", "escritorio", "--db", str(copia_de_la_demo), "verificar"],
                                capture_output=True, text=True, encoding="utf-8", env=entorno_cli, cwd=tmp_path)
    assert verificado.returncode == 0, verificado.stdout + verificado.stderr
