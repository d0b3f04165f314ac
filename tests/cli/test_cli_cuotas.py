"""Cuotas y pagos por la línea de órdenes, de punta a punta: escala, emisión, pago, planillas y PDF."""

import json

import pytest

from ayudas import BUENAS, escribir_csv, listar_cli, sin_traza

TRAMOS = "0:100,100000:500,500000:1000,3000000:2000"
FORMULA = '=HYPERLINK("x")'


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def texto_pdf(ruta) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((pagina.extract_text() or "").split()) for pagina in PdfReader(ruta).pages)


@pytest.fixture
def red(tmp_path, cli, base_cli):
    """RML con Rosario, Paraná, Salto y una ciudad con nombre de fórmula; escala de 2002 y cuotas 2025 emitidas."""
    filas = BUENAS + [[FORMULA, "AR", "50.000"]]
    ok(cli("miembros", "importar", escribir_csv(tmp_path / "padron.csv", filas), db=base_cli))
    ok(cli("cuotas", "escala", "definir", "--desde", "2002-01-01", "--moneda", "USD", "--tramos", TRAMOS,
           "--articulo", "Reglamento, art. 3", db=base_cli))
    ok(cli("cuotas", "emitir", "2025", db=base_cli))
    ids = {m["nombre"]: m["id"] for m in listar_cli(cli, base_cli)}
    return base_cli, ids


def pagos(cli, base) -> list[dict]:
    return json.loads(ok(cli("pagos", "listar", "--json", db=base)))


def test_definir_y_listar_la_escala(cli, con_miembros):
    salida = ok(cli("cuotas", "escala", "definir", "--desde", "2002-01-01", "--moneda", "USD", "--tramos", TRAMOS,
                    "--articulo", "Reglamento, art. 3", db=con_miembros))
    assert salida.strip() == ("Escala 1 guardada: 0 a 99.999 hab.: USD 100,00; 100.000 a 499.999 hab.: USD 500,00; "
                              "500.000 a 2.999.999 hab.: USD 1.000,00; 3.000.000 hab. o más: USD 2.000,00.")

    [escala] = json.loads(ok(cli("cuotas", "escala", "listar", "--json", db=con_miembros)))

    assert (escala["desde"], escala["hasta"], escala["moneda"], escala["articulo"]) == (
        "2002-01-01", None, "USD", "Reglamento, art. 3")
    assert escala["tramos"] == [{"desde": 0, "importe": 10_000}, {"desde": 100_000, "importe": 50_000},
                                {"desde": 500_000, "importe": 100_000}, {"desde": 3_000_000, "importe": 200_000}]


def test_escala_superpuesta_por_la_cli(cli, con_miembros):
    ok(cli("cuotas", "escala", "definir", "--desde", "2002-01-01", "--moneda", "USD", "--tramos", TRAMOS, db=con_miembros))
    resultado = cli("cuotas", "escala", "definir", "--desde", "2022-01-01", "--moneda", "USD", "--tramos", "0:150",
                    db=con_miembros)
    assert resultado.returncode == 1
    assert "Se superpone con la escala de cuota anual vigente desde el 01/01/2002" in resultado.stderr
    sin_traza(resultado)


def test_simular_y_emitir_dos_veces(cli, con_miembros):
    ok(cli("cuotas", "escala", "definir", "--desde", "2002-01-01", "--moneda", "USD", "--tramos", TRAMOS, db=con_miembros))

    simulada = ok(cli("cuotas", "emitir", "2025", "--simular", db=con_miembros))
    primera = ok(cli("cuotas", "emitir", "2025", db=con_miembros))
    segunda = ok(cli("cuotas", "emitir", "2025", db=con_miembros))

    # Rosario (1.276.000) USD 1.000, Paraná (247.863) USD 500, Salto (104.028) USD 500.
    assert simulada.strip() == ("Simulación (no se emitió nada): Cuota anual 2025: 3 cargos nuevos por USD 2.000,00, "
                                "0 ya emitidos.")
    assert primera.strip() == "Emisión terminada: Cuota anual 2025: 3 cargos nuevos por USD 2.000,00, 0 ya emitidos."
    assert segunda.strip() == "Emisión terminada: Cuota anual 2025: 0 cargos nuevos por USD 0,00, 3 ya emitidos."


def test_emitir_sin_escala_explica_que_hacer(cli, con_miembros):
    resultado = cli("cuotas", "emitir", "2025", db=con_miembros)
    assert resultado.returncode == 1
    assert "No hay ninguna escala de cuota anual vigente para 2025" in resultado.stderr
    sin_traza(resultado)


def test_registrar_pago_muestra_el_recibo(cli, red):
    base, ids = red
    salida = ok(cli("pagos", "registrar", "--miembro", ids["Paraná"], "--monto", "250.00", "--moneda", "USD",
                    "--fecha", "2025-05-01", db=base))
    assert salida.strip() == "Pago registrado con el recibo 0001/2025: imputado USD 250,00."

    [pago] = pagos(cli, base)
    assert (pago["recibo"], pago["miembro"], pago["importe"], pago["moneda"], pago["anulado_en"]) == (
        "0001/2025", "Paraná", 25_000, "USD", None)


@pytest.mark.parametrize("extra, mensaje", [
    (("--monto", "doscientos", "--moneda", "USD"), "Monto: «doscientos» no es un importe"),
    (("--monto", "250,001", "--moneda", "USD"), "tiene más decimales de los que admite USD"),
    (("--monto", "0", "--moneda", "USD"), "El monto debe ser mayor que cero."),
    (("--monto", "250000", "--moneda", "ARS"), "indique el tipo de cambio (ARS por 1 USD)"),
])
def test_pago_mal_escrito_sale_con_1_y_explica(cli, red, extra, mensaje):
    base, ids = red
    resultado = cli("pagos", "registrar", "--miembro", ids["Paraná"], *extra, "--fecha", "2025-05-01", db=base)
    assert resultado.returncode == 1
    assert resultado.stderr.startswith("No se registró el pago:")
    assert mensaje in resultado.stderr
    sin_traza(resultado)
    assert pagos(cli, base) == []


def test_padron_de_cuotas_en_xlsx(cli, red, tmp_path):
    from openpyxl import load_workbook

    base, ids = red
    ok(cli("pagos", "registrar", "--miembro", ids["Paraná"], "--monto", "250.00", "--moneda", "USD",
           "--fecha", "2025-05-01", db=base))

    salida = ok(cli("cuotas", "exportar", "2025", "f.xlsx", db=base))

    assert salida.strip() == "Padrón de cuotas 2025 exportado a f.xlsx: 4 cargos."
    hoja = load_workbook(tmp_path / "f.xlsx")["Cuotas 2025"]
    filas = list(hoja.iter_rows(values_only=True))
    assert filas[0] == ("Miembro", "País", "Población", "Tramo", "Importe", "Moneda", "Pagado", "Saldo")
    por_miembro = {f[0]: f for f in filas[1:]}
    parana = por_miembro["Paraná"]
    assert (parana[1], parana[2], parana[3], parana[5]) == ("Argentina", 247_863, "100.000 a 499.999 hab.", "USD")
    assert [float(v) for v in (parana[4], parana[6], parana[7])] == [500, 250, 250]
    assert float(por_miembro["Rosario"][4]) == 1_000
    # Un nombre que parece fórmula sigue siendo texto en la planilla.
    celda = next(c for c in hoja["A"] if c.value == FORMULA)
    assert celda.data_type == "s"
    assert float(por_miembro[FORMULA][4]) == 100


def test_exportar_un_anio_sin_emitir(cli, red):
    base, _ = red
    resultado = cli("cuotas", "exportar", "2024", "f.xlsx", db=base)
    assert resultado.returncode == 1
    assert "No hay cargos emitidos para 2024" in resultado.stderr
    sin_traza(resultado)


def test_morosidad_en_xlsx(cli, red, tmp_path):
    from openpyxl import load_workbook

    base, ids = red
    ok(cli("pagos", "registrar", "--miembro", ids["Paraná"], "--monto", "250.00", "--moneda", "USD",
           "--fecha", "2025-05-01", db=base))
    ok(cli("pagos", "registrar", "--miembro", ids["Salto"], "--monto", "500", "--moneda", "USD",
           "--fecha", "2025-03-01", db=base))

    salida = ok(cli("cuotas", "morosidad", "m.xlsx", "--al", "2026-06-01", db=base))

    assert salida.strip() == "Morosidad exportada a m.xlsx: 3 miembros con deuda vencida."
    hoja = load_workbook(tmp_path / "m.xlsx")["Morosidad"]
    filas = list(hoja.iter_rows(values_only=True))
    assert filas[0][:7] == ("Miembro", "País", "Cuotas impagas", "Primer año", "Último año", "Deuda total", "Moneda")
    deudas = {f[0]: (f[2], f[3], float(f[5]), f[6]) for f in filas[1:] if f[0] in ids}
    assert deudas == {"Rosario": (1, 2025, 1_000, "USD"), "Paraná": (1, 2025, 250, "USD"),
                      FORMULA: (1, 2025, 100, "USD")}


def test_estado_de_cuenta_en_pdf(cli, red, tmp_path):
    base, ids = red
    ok(cli("pagos", "registrar", "--miembro", ids["Paraná"], "--monto", "250.00", "--moneda", "USD",
           "--fecha", "2025-05-01", db=base))

    salida = ok(cli("cuotas", "estado-cuenta", "--miembro", ids["Paraná"], "e.pdf", db=base))

    assert salida.strip() == "Estado de cuenta guardado en e.pdf."
    texto = texto_pdf(tmp_path / "e.pdf")
    assert "Paraná" in texto
    assert "0001/2025" in texto
    assert "250,00" in texto  # lo que falta pagar


def test_anular_pago_y_recibo_anulado(cli, red, tmp_path):
    base, ids = red
    ok(cli("pagos", "registrar", "--miembro", ids["Paraná"], "--monto", "250.00", "--moneda", "USD",
           "--fecha", "2025-05-01", "--medio", "cheque", db=base))
    [pago] = pagos(cli, base)

    ok(cli("pagos", "recibo", pago["id"], "vigente.pdf", db=base))
    assert ok(cli("pagos", "anular", pago["id"], "--motivo", "Cheque rechazado", db=base)).strip() == \
        f"Pago {pago['id']} anulado."
    ok(cli("pagos", "recibo", pago["id"], "r.pdf", db=base))

    assert "ANULADO" not in texto_pdf(tmp_path / "vigente.pdf")
    anulado = texto_pdf(tmp_path / "r.pdf")
    assert "ANULADO" in anulado and "0001/2025" in anulado and "Cheque rechazado" in anulado
    [listado] = pagos(cli, base)
    assert listado["motivo_anulacion"] == "Cheque rechazado"

    otra_vez = cli("pagos", "anular", pago["id"], "--motivo", "Otra vez", db=base)
    assert otra_vez.returncode == 1
    assert f"El pago {pago['id']} ya fue anulado" in otra_vez.stderr
    sin_traza(otra_vez)


def test_recibo_de_un_pago_inexistente(cli, red):
    base, _ = red
    resultado = cli("pagos", "recibo", "999", "r.pdf", db=base)
    assert resultado.returncode == 1
    assert "No existe el pago 999 en esta asociación." in resultado.stderr
    sin_traza(resultado)
