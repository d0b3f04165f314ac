"""Issue 41, §3: el año de quien se va. La escala dice si se cobra completo o hasta el mes de la baja
(«cuotas escala definir --baja»), la emisión lo aplica, y una baja que llega con la cuota ya emitida la corrige si
no tiene pagos (lo cobrado no se toca: se informa la diferencia). En la morosidad, quien se fue no vota.
Por la CLI."""

import json
from datetime import date

from openpyxl import load_workbook

from escritorio.dominio.cuotas import Escala, Tramo
from oraculos.cuotas import calcular_cargo
from tests.ayudas import escribir_csv, leer, sin_traza


def _ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def _filas(ruta) -> list[tuple]:
    return list(load_workbook(ruta).active.iter_rows(values_only=True))


def test_baja_prorrateada_en_la_emision_y_despues(cli, base_cli, tmp_path):
    base = base_cli
    padron = escribir_csv(tmp_path / "padron.csv", [["Rosario", "Argentina", "1.276.000", "10/03/2008"],
                                                    ["Paraná", "AR", "247.863", "02/05/2012"],
                                                    ["Salto", "UY", "104.028", "15/08/2015"]],
                          ["Nombre", "País", "Población", "Fecha de ingreso"])
    _ok(cli("miembros", "importar", padron, db=base))
    salida = _ok(cli("cuotas", "escala", "definir", "--desde", "2002-01-01", "--moneda", "USD", "--tramos",
                             "0:1200,500000:2400", "--baja", "hasta_el_mes", "--articulo-baja",
                             "Reglamento de cuotas, art. 4", db=base))
    assert "guardada" in salida
    escala = json.loads(_ok(cli("cuotas", "escala", "listar", "--json", db=base)))[0]
    assert (escala["regla_baja"], escala["articulo_baja"]) == ("hasta_el_mes", "Reglamento de cuotas, art. 4")
    assert "Quien se da de baja durante el año: hasta el mes de la baja (Reglamento de cuotas, art. 4)." in _ok(
        cli("cuotas", "escala", "listar", db=base))
    ids = {m["nombre"]: m["id"] for m in json.loads(_ok(cli("miembros", "listar", "--json", db=base)))}

    # Rosario se va el 10/06/2025, antes de emitir 2025: paga 6 de 12 meses de 2.400.
    _ok(cli("miembros", "baja", str(ids["Rosario"]), "--fecha", "2025-06-10", "--motivo", "Renuncia", db=base))
    _ok(cli("cuotas", "emitir", "2025", db=base))
    importe, detalle = leer(base, "SELECT importe, detalle FROM cargos WHERE miembro_id = ? AND anio = 2025",
                            (ids["Rosario"],))[0]
    assert importe == 120000
    assert detalle == "Prorrateo: 6 de 12 meses (baja 10/06/2025) según Reglamento de cuotas, art. 4"
    # La regla del dominio dice lo mismo que la emisión en SQL.
    dominio = Escala(date(2002, 1, 1), "USD", [Tramo(0, 120000), Tramo(500000, 240000)], regla_baja="hasta_el_mes",
                     articulo_baja="Reglamento de cuotas, art. 4")
    calculo = calcular_cargo(dominio, 1_276_000, 2025, None, fecha_baja=date(2025, 6, 10))
    assert (calculo.importe, "; ".join(calculo.detalle[1:])) == (importe, detalle)
    # Un año después de la baja, Rosario ya no recibe cuota.
    _ok(cli("cuotas", "emitir", "2026", db=base))
    assert leer(base, "SELECT count(*) FROM cargos WHERE miembro_id = ? AND anio = 2026", (ids["Rosario"],)) == [(0,)]

    # Paraná se va el 15/07/2026 con la cuota 2026 ya emitida y sin pagos: se corrige a 7 de 12 meses de 1.200.
    salida = _ok(cli("miembros", "baja", str(ids["Paraná"]), "--fecha", "2026-07-15", "--motivo",
                             "Renuncia", db=base))
    assert ("La cuota 2026 se ajustó hasta el mes de la baja (7 de 12 meses) (Reglamento de cuotas, art. 4): "
            "de USD 1.200,00 a USD 700,00.") in " ".join(salida.split())
    padron = tmp_path / "cuotas2026.xlsx"
    _ok(cli("cuotas", "exportar", "2026", str(padron), db=base))
    fila = next(f for f in _filas(padron) if f[0] == "Paraná")
    assert float(fila[4]) == 700.0

    # Salto paga 2025 y algo de 2026, y después se va: lo cobrado no se toca, y se dice la diferencia.
    _ok(cli("pagos", "registrar", "--miembro", ids["Salto"], "--monto", "1300", "--moneda", "USD", "--fecha",
            "2026-04-01", db=base))
    salida = " ".join(_ok(cli("miembros", "baja", str(ids["Salto"]), "--fecha", "2026-03-20", "--motivo",
                                      "Renuncia", db=base)).split())
    assert "La cuota 2026 ya tiene pagos imputados y no se modifica" in salida and "serían USD 300,00" in salida
    assert leer(base, "SELECT importe FROM cargos WHERE miembro_id = ? AND anio = 2026", (ids["Salto"],)) == [(120000,)]

    # La morosidad: Paraná debe la cuota 2026 (prorrateada) pero no vota: «No (de baja)», y no cuenta como suspendida.
    morosidad = tmp_path / "morosidad.xlsx"
    _ok(cli("cuotas", "morosidad", str(morosidad), "--al", "2026-11-01", db=base))
    filas = _filas(morosidad)
    encabezado = filas[0]
    voto = encabezado.index("Derecho a voto")
    por_nombre = {f[0]: f for f in filas[1:]}
    assert por_nombre["Paraná"][voto] == "No (de baja)"
    assert por_nombre["Salto"][voto] == "No (de baja)"
    assert filas[-1][voto] == "0 suspendidos"
