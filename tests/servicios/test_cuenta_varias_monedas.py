"""Una escala que cambió de moneda (USD hasta 2023, EUR desde 2024): el estado de cuenta y los avisos
llevan una cuenta y un total por moneda, y nunca suman importes de monedas distintas."""

from datetime import date

import pytest
from pypdf import PdfReader

from escritorio.datos.conexion import transaccion
from escritorio.documentos.pdf.avisos import escribir_avisos_pdf
from escritorio.documentos.pdf.base import fecha_corta
from escritorio.servicios.base import hoy
from escritorio.servicios.cobranza import estados_de_cuenta, preparar_avisos
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, emitir, escala_desde_texto
from escritorio.servicios.informes_cuotas import generar_avisos, imprimir_estado_de_cuenta
from escritorio.servicios.pagos import NuevoPago, registrar_pago

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

AL = date(2025, 3, 1)  # 2023 (USD) y 2024 (EUR) ya vencieron; 2025 todavía no se emitió
ASOCIACION = dict(asociacion="Red de Municipios del Litoral", sigla="RML", papel="A4")


def alta(db, asociacion, nombre, poblacion, pais="AR") -> int:
    with transaccion(db):
        miembro = db.insertar("INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (?, ?, ?)",
                             [asociacion, nombre, pais])
        db.execute("INSERT INTO poblaciones (miembro_id, cifra, anio) VALUES (?, ?, 2020)", [miembro, poblacion])
        db.execute("INSERT INTO estados_miembro (miembro_id, estado, desde) VALUES (?, 'activo', '1995-11-11')", [miembro])
    return miembro


def pagar(db, asociacion, miembro, monto, fecha, moneda):
    """Un pago en la moneda de los cargos que salda (USD para la deuda vieja, EUR para la nueva)."""
    return registrar_pago(Contexto(db, asociacion), NuevoPago(miembro, date.fromisoformat(fecha), monto, moneda,
                                                              moneda_cargos=moneda))


def texto(ruta) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(ruta).pages).split())


@pytest.fixture
def escalas(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala_desde_texto(date(2020, 1, 1), "USD", "0:100,100000:500",
                                                hasta=date(2023, 12, 31)))
    definir_escala(contexto, escala_desde_texto(date(2024, 1, 1), "EUR", "0:100,100000:450"))


@pytest.fixture
def parana(db, asociacion_id, escalas) -> int:
    """Paraná: cuota 2023 de USD 500 (pagó 200 y, tarde, 100) y cuota 2024 de EUR 450 (pagó 100)."""
    miembro = alta(db, asociacion_id, "Paraná", 247_863)
    contexto = Contexto(db, asociacion_id)
    emitir(contexto, 2023)
    emitir(contexto, 2024)
    pagar(db, asociacion_id, miembro, "200", "2023-05-01", "USD")
    pagar(db, asociacion_id, miembro, "100", "2024-06-01", "EUR")
    pagar(db, asociacion_id, miembro, "100", "2025-02-01", "USD")  # un pago atrasado de la deuda vieja
    return miembro


# --- estado de cuenta -----------------------------------------------------------------------------

def test_una_cuenta_por_moneda_con_su_propio_saldo(db, asociacion_id, parana):
    eur, usd = estados_de_cuenta(Contexto(db, asociacion_id), parana, AL)

    # La moneda en uso más reciente primero, aunque el último pago haya sido en la vieja.
    assert (eur.moneda, usd.moneda) == ("EUR", "USD")
    assert [(m.fecha, m.concepto, m.debe, m.haber, m.saldo) for m in eur.movimientos] == [
        (date(2024, 1, 1), "Cuota anual 2024", 45_000, 0, 45_000),
        (date(2024, 6, 1), "Pago, recibo 0001/2024", 0, 10_000, 35_000),
    ]
    assert [(m.fecha, m.concepto, m.debe, m.haber, m.saldo) for m in usd.movimientos] == [
        (date(2023, 1, 1), "Cuota anual 2023", 50_000, 0, 50_000),
        (date(2023, 5, 1), "Pago, recibo 0001/2023", 0, 20_000, 30_000),
        (date(2025, 2, 1), "Pago, recibo 0001/2025", 0, 10_000, 20_000),
    ]
    assert (eur.saldo, eur.vencido) == (35_000, 35_000)
    assert (usd.saldo, usd.vencido) == (20_000, 20_000)
    assert (eur.otras_monedas, usd.otras_monedas) == (["USD"], ["EUR"])
    assert eur.miembro["nombre"] == usd.miembro["nombre"] == "Paraná"


def test_antes_del_cambio_de_moneda_hay_una_sola_cuenta(db, asociacion_id, parana):
    contexto = Contexto(db, asociacion_id)
    [usd] = estados_de_cuenta(contexto, parana, date(2023, 12, 31))
    assert (usd.moneda, usd.saldo, usd.otras_monedas) == ("USD", 30_000, [])


def test_un_miembro_de_una_sola_moneda_ve_lo_de_siempre(db, asociacion_id, escalas):
    salto = alta(db, asociacion_id, "Salto", 99_999, pais="UY")
    contexto = Contexto(db, asociacion_id)
    emitir(contexto, 2024)
    pagar(db, asociacion_id, salto, "40", "2024-05-01", "EUR")

    [estado] = estados_de_cuenta(contexto, salto, AL)

    assert (estado.moneda, estado.saldo, estado.vencido, estado.otras_monedas) == ("EUR", 6_000, 6_000, [])
    assert [m.saldo for m in estado.movimientos] == [10_000, 6_000]


def test_pago_adelantado_en_la_moneda_nueva_la_vuelve_la_mas_reciente(db, asociacion_id, escalas):
    """Antes de emitir 2024, el miembro ya pagó en euros: esa cuenta (a favor) va primero."""
    rosario = alta(db, asociacion_id, "Rosario", 1_276_000)
    contexto = Contexto(db, asociacion_id)
    emitir(contexto, 2023)
    pagar(db, asociacion_id, rosario, "450", "2024-01-10", "EUR")

    eur, usd = estados_de_cuenta(contexto, rosario, date(2024, 2, 1))

    assert (eur.moneda, eur.saldo, [m.haber for m in eur.movimientos]) == ("EUR", -45_000, [45_000])
    assert (usd.moneda, usd.saldo, usd.vencido) == ("USD", 50_000, 50_000)  # la cuota 2023, vencida


def test_sin_movimientos_una_cuenta_vacia_en_la_moneda_de_la_escala(db, asociacion_id, escalas):
    nuevo = alta(db, asociacion_id, "Concordia", 170_000)
    [estado] = estados_de_cuenta(Contexto(db, asociacion_id), nuevo, AL)
    assert (estado.moneda, estado.movimientos, estado.saldo, estado.otras_monedas) == ("EUR", [], 0, [])


def test_el_pdf_tiene_una_seccion_por_moneda_con_sus_totales(db, asociacion_id, parana, tmp_path):
    ruta = tmp_path / "estado.pdf"
    imprimir_estado_de_cuenta(Contexto(db, asociacion_id), parana, ruta, AL)

    leido = texto(ruta)
    for esperado in ("Miembro Paraná", "Monedas EUR y USD, una cuenta por moneda · movimientos hasta el 01/03/2025",
                     "Fecha Concepto Debe Haber Saldo",
                     "Cuenta en EUR", "01/01/2024 Cuota anual 2024 450,00 450,00",
                     "01/06/2024 Pago, recibo 0001/2024 100,00 350,00",
                     "Saldo al 01/03/2025: EUR 350,00 (deudor) Vencido al 01/03/2025: EUR 350,00",
                     "Cuenta en USD", "01/01/2023 Cuota anual 2023 500,00 500,00",
                     "01/02/2025 Pago, recibo 0001/2025 100,00 200,00",
                     "Saldo al 01/03/2025: USD 200,00 (deudor) Vencido al 01/03/2025: USD 200,00"):
        assert esperado in leido, esperado
    assert leido.index("Cuenta en EUR") < leido.index("Cuenta en USD")
    assert leido.count("Saldo al ") == leido.count("Vencido al ") == 2
    # Ninguna suma entre monedas: ni la deuda (350 + 200), ni lo facturado (450 + 500), ni lo pagado (100 + 300).
    for suma in ("550,00", "950,00", "400,00"):
        assert suma not in leido, suma
    assert "(USD)" not in leido and "(EUR)" not in leido  # la moneda va en el título de cada sección


def test_el_pdf_de_una_sola_moneda_no_cambia(db, asociacion_id, parana, tmp_path):
    ruta = tmp_path / "estado.pdf"
    imprimir_estado_de_cuenta(Contexto(db, asociacion_id), parana, ruta, date(2023, 12, 31))

    leido = texto(ruta)
    assert "Moneda USD · movimientos hasta el 31/12/2023" in leido
    assert "Fecha Concepto Debe (USD) Haber (USD) Saldo (USD)" in leido
    assert "Saldo al 31/12/2023: USD 300,00 (deudor)" in leido
    assert "Cuenta en" not in leido and "EUR" not in leido


def test_la_cli_imprime_las_dos_cuentas(db, destino, asociacion_id, parana, cli, tmp_path):
    resultado = cli("cuotas", "estado-cuenta", "--miembro", parana, "e.pdf", db=destino)

    assert resultado.returncode == 0, resultado.stderr
    assert resultado.stdout.strip() == "Estado de cuenta guardado en e.pdf."
    leido = texto(tmp_path / "e.pdf")
    dia = fecha_corta(hoy())
    assert f"Saldo al {dia}: EUR 350,00 (deudor)" in leido
    assert f"Saldo al {dia}: USD 200,00 (deudor)" in leido
    assert leido.index("Cuenta en EUR") < leido.index("Cuenta en USD")
    assert "550,00" not in leido


def test_la_cli_paga_la_deuda_vieja_en_su_moneda(db, destino, asociacion_id, parana, cli):
    pago = cli("pagos", "registrar", "--miembro", parana, "--monto", "200", "--moneda", "USD", "--moneda-cargos", "USD",
               "--fecha", hoy().isoformat(), db=destino)
    assert pago.returncode == 0, pago.stderr
    contexto = Contexto(db, asociacion_id)
    saldos = {e.moneda: e.saldo for e in estados_de_cuenta(contexto, parana)}
    assert (saldos["USD"], saldos["EUR"]) == (0, 35_000)
    # Sin --moneda-cargos va a los cargos más recientes (EUR): en dólares pide el tipo de cambio.
    sin_cambio = cli("pagos", "registrar", "--miembro", parana, "--monto", "50", "--moneda", "USD",
                     "--fecha", hoy().isoformat(), db=destino)
    assert sin_cambio.returncode != 0 and "indique el tipo de cambio (USD por 1 EUR)" in sin_cambio.stderr
    ajena = cli("pagos", "registrar", "--miembro", parana, "--monto", "50", "--moneda", "USD", "--moneda-cargos",
                "jpy", "--tipo-cambio", "1", "--fecha", hoy().isoformat(), db=destino)
    assert ajena.returncode != 0 and "El miembro no tiene cargos en JPY" in ajena.stderr
    inventada = cli("pagos", "registrar", "--miembro", parana, "--monto", "50", "--moneda", "USD", "--moneda-cargos",
                    "usdd", "--tipo-cambio", "1", "--fecha", hoy().isoformat(), db=destino)
    assert inventada.returncode == 1 and "«usdd» no es el código ISO 4217 de una moneda vigente" in inventada.stderr
    assert [e.moneda for e in estados_de_cuenta(contexto, parana)] == ["EUR", "USD"]


# --- avisos de cobro ------------------------------------------------------------------------------

def test_un_aviso_con_cargos_en_dos_monedas_da_un_total_por_moneda(db, asociacion_id, parana, tmp_path):
    al = date(2024, 5, 15)  # 2023 (USD, debe 300) y 2024 (EUR, debe 450) vencidos; los pagos posteriores no cuentan
    contexto = Contexto(db, asociacion_id)
    [aviso] = preparar_avisos(contexto, al)

    assert aviso.totales == {"USD": 30_000, "EUR": 45_000}
    assert list(aviso.totales) == ["USD", "EUR"]  # la del cargo más viejo primero
    assert aviso.por_moneda() == [(30_000, "USD"), (45_000, "EUR")]
    assert aviso.varias_monedas
    assert (aviso.total, aviso.moneda) == (30_000, "USD")  # nunca 75.000
    assert [(c["concepto"], c["moneda"]) for c in aviso.cargos] == [("Cuota anual 2023", "USD"),
                                                                     ("Cuota anual 2024", "EUR")]

    ruta = tmp_path / "avisos.pdf"
    assert generar_avisos(contexto, ruta, al).cantidad == 1
    leido = texto(ruta)
    assert "Cuota anual 2023 31/03/2023 411 USD 300,00" in leido
    assert "Cuota anual 2024 31/03/2024 45 EUR 450,00" in leido
    assert "Total adeudado USD 300,00 y EUR 450,00" in leido
    assert "750,00" not in leido


def test_un_aviso_de_una_sola_moneda_no_cambia(db, asociacion_id, parana):
    [aviso] = preparar_avisos(Contexto(db, asociacion_id), date(2023, 12, 31))
    assert (aviso.total, aviso.moneda, aviso.totales, aviso.por_moneda()) == (30_000, "USD", {"USD": 30_000},
                                                                              [(30_000, "USD")])
    assert not aviso.varias_monedas


def test_muchas_monedas_en_un_aviso_van_una_por_linea_si_no_caben(tmp_path):
    from escritorio.servicios.cobranza import Aviso

    monedas = ["USD", "EUR", "ARS", "BRL", "UYU", "PYG", "CLP"]
    cargos = [{"cargo_id": i, "nivel": 1, "concepto": f"Cuota anual {2018 + i}", "vencimiento": date(2018 + i, 3, 31),
               "saldo": 123_456_789, "moneda": m, "dias": 40} for i, m in enumerate(monedas)]
    aviso = Aviso(1, "Paraná", "Argentina", 1, cargos, 123_456_789, "USD", {m: 123_456_789 for m in monedas})
    ruta = tmp_path / "avisos.pdf"

    escribir_avisos_pdf(ruta, avisos=[aviso], fecha=date(2026, 3, 5), **ASOCIACION)

    leido = texto(ruta)
    assert len(PdfReader(ruta).pages) == 1
    assert "Total adeudado USD 1.234.567,89," in leido
    assert "UYU 1.234.567,89, PYG 123.456.789 y CLP 123.456.789" in leido
