"""dominio/entrada.py: la regla única de lo que se escribe (texto, cifras, fechas, años y monedas), y las reglas de
dinero y tramos que se apoyan en ella (dominio/dinero.py, dominio/cuotas.py)."""

import re
from datetime import date
from decimal import Decimal

import pytest

from escritorio.dominio import entrada
from escritorio.dominio.cuotas import Escala, Tramo, leer_poblacion_de_tramo, leer_tramos, validar_escala
from escritorio.dominio.dinero import (IMPORTE_MAXIMO, a_unidades_menores, importe_posible, leer_decimal,
                                       leer_tipo_de_cambio)

HOY = date(2026, 11, 23)


# --- texto ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("valor, motivo", [
    ("Bah\x07ía", "carácter de control invisible (U+0007, posición 4)"),
    ("Rosa\x00rio", "un carácter nulo"),
    ("Salto\nNorte", "un salto de línea (posición 6); escríbalo en una sola línea"),
    ("Para\u202ená", "cambia el orden en que se ve el texto (U+202E"),
    ("\ufeffRosario", "U+FEFF"),
    ("x" * (entrada.LARGO_NOMBRE + 1), "es demasiado largo (201 caracteres; el máximo es 200)"),
    ("   ", "está vacío; escríbalo"),
])
def test_texto_rechaza_lo_que_no_se_puede_guardar_y_dice_por_que(valor, motivo):
    with pytest.raises(ValueError, match=re.escape(motivo)):
        entrada.texto(valor)


def test_texto_limpio_bordes_y_forma_compuesta():
    descompuesto = "Sa\u0303o Paulo"  # «ã» escrita como «a» + tilde combinante
    assert entrada.texto(f"  {descompuesto} ") == "São Paulo"
    assert entrada.texto("Línea 1\nLínea 2\tfin", multilinea=True, maximo=entrada.LARGO_LARGO) == "Línea 1\nLínea 2\tfin"
    assert entrada.texto_opcional("  ") is None


# --- cifras --------------------------------------------------------------------------------------

@pytest.mark.parametrize("valor, esperado", [("2026", 2026), (" 12 ", 12), ("-3", -3), (7, 7)])
def test_entero_con_cifras_del_0_al_9(valor, esperado):
    assert entrada.entero(valor, minimo=-10, maximo=5000) == esperado


@pytest.mark.parametrize("valor, motivo", [
    ("١٢٣", "escríbalo con cifras del 0 al 9"),       # cifras arábigo-índicas: int() las aceptaría
    ("１２３", "escríbalo con cifras del 0 al 9"),     # de ancho completo
    ("1e3", "escríbalo con cifras del 0 al 9"),
    ("1_000", "escríbalo con cifras del 0 al 9"),
    ("9" * 31, "es demasiado grande"),
    ("99999", "está fuera de lo posible; debe estar entre 0 y 5000"),
    (True, "no es un número entero"),
])
def test_entero_rechaza_lo_que_nadie_escribio_a_proposito(valor, motivo):
    with pytest.raises(ValueError, match=re.escape(motivo)):
        entrada.entero(valor, minimo=0, maximo=5000)


# --- fechas y años -------------------------------------------------------------------------------

def test_fechas_posibles_de_un_pago_de_una_escala_y_una_fundacion():
    assert entrada.fecha_en_rango(date(1900, 1, 1), hoy=HOY) == date(1900, 1, 1)
    assert entrada.fecha_en_rango(HOY, hoy=HOY) == HOY
    assert entrada.fecha_en_rango(date(2036, 12, 31), hoy=HOY, futura=True) == date(2036, 12, 31)
    assert entrada.fecha_en_rango(date(1850, 5, 1), hoy=HOY, historica=True) == date(1850, 5, 1)


@pytest.mark.parametrize("fecha, opciones, motivo", [
    (date(1, 1, 1), {}, "01/01/0001 es anterior a 01/01/1900; revise el año"),   # el recibo «0001/1»
    (date(1899, 12, 31), {}, "es anterior a 01/01/1900"),
    (date(2026, 11, 24), {}, "24/11/2026 está en el futuro"),
    (date(2037, 1, 1), {"futura": True}, "está demasiado adelante (el límite es 31/12/2036)"),
    (date(9999, 12, 31), {"futura": True}, "31/12/9999 está demasiado adelante"),
    (date(1799, 12, 31), {"historica": True}, "es anterior a 01/01/1800"),
])
def test_fechas_imposibles_se_rechazan_con_el_limite(fecha, opciones, motivo):
    with pytest.raises(ValueError, match=re.escape(motivo)):
        entrada.fecha_en_rango(fecha, hoy=HOY, **opciones)


@pytest.mark.parametrize("valor", ["0", "-5", "99999", "1899", "2028", "١٢٣", "dos mil", ""])
def test_anio_fuera_de_1900_al_que_viene_se_rechaza(valor):
    with pytest.raises(ValueError):
        entrada.anio_en_rango(valor, hoy=HOY)


def test_anio_posible():
    assert entrada.anio_en_rango("2027", hoy=HOY) == 2027
    assert entrada.anio_en_rango(1900, hoy=HOY) == 1900
    assert entrada.anio_en_rango("2036", hoy=HOY, adelante=10) == 2036


# --- monedas -------------------------------------------------------------------------------------

@pytest.mark.parametrize("valor, codigo", [("USD", "USD"), ("usd", "USD"), (" ars ", "ARS"), ("BRL", "BRL"),
                                           ("PYG", "PYG"), ("EUR", "EUR")])
def test_monedas_iso_vigentes(valor, codigo):
    assert entrada.moneda(valor) == codigo


@pytest.mark.parametrize("valor, motivo", [
    ("dólares", "«dólares» no es el código ISO 4217 de una moneda vigente"),
    ("XYZ", "«XYZ» no es el código ISO 4217"),
    ("A B", "«A B» no es el código ISO 4217"),
    ("US", "no es el código ISO 4217"),
    ("", "falta la moneda"),
    (None, "falta la moneda"),
])
def test_monedas_que_no_existen_se_rechazan(valor, motivo):
    with pytest.raises(ValueError, match=re.escape(motivo)):
        entrada.moneda(valor)


def test_muestra_no_ensucia_el_mensaje():
    assert entrada.muestra("a\x07b") == "a�b"
    assert len(entrada.muestra("x" * 500)) == 40


# --- dinero --------------------------------------------------------------------------------------

@pytest.mark.parametrize("texto, moneda, menores", [
    ("250,00", "USD", 25_000), ("1.234,56", "USD", 123_456), ("1,234.56", "USD", 123_456), ("1.050", "USD", 105_000),
    ("999.999.999.999,99", "USD", 99_999_999_999_999), ("150000", "PYG", 150_000), ("0.95", "USD", 95),
])
def test_importes_como_los_escribe_una_persona(texto, moneda, menores):
    assert a_unidades_menores(texto, moneda) == menores


@pytest.mark.parametrize("texto, motivo", [
    ("1e308", "«1e308» no es un importe"),
    ("1E3", "«1E3» no es un importe"),
    ("NaN", "«NaN» no es un importe"),
    ("inf", "«inf» no es un importe"),
    ("-Infinity", "no es un importe"),
    ("١٢٣", "no es un importe"),
    ("1" * 25, "es demasiado grande; el máximo es 999.999.999.999,99"),
    ("1.000.000.000.000", "es demasiado grande; el máximo es 999.999.999.999,99"),
    ("1" * 60, "es demasiado grande"),
    ("0.001", "tiene más decimales de los que admite USD"),  # no son miles: un grupo de miles no empieza con 0
])
def test_importes_imposibles_se_rechazan_con_el_maximo(texto, motivo):
    with pytest.raises(ValueError, match=re.escape(motivo)):
        a_unidades_menores(texto, "USD")


def test_el_importe_maximo_cabe_en_sqlite_con_margen_para_sumas():
    mayor = a_unidades_menores("999.999.999.999,99", "USD")
    assert mayor * 90_000 < 2**63 - 1          # un año de cargos de una red enorme, todos al máximo
    assert importe_posible(mayor, "USD") and not importe_posible(mayor + 1, "USD")
    assert IMPORTE_MAXIMO == Decimal("999999999999.99")
    assert a_unidades_menores("-0", "USD") == 0  # «-0» es cero: quien lo usa exige «mayor que cero»


@pytest.mark.parametrize("texto, valor", [("1400", "1400"), ("1.400", "1400"), ("0,92", "0.92"),
                                          ("0,000133", "0.000133"), ("1.000.000.000", "1000000000")])
def test_tipos_de_cambio_posibles(texto, valor):
    assert leer_tipo_de_cambio(texto) == Decimal(valor)


@pytest.mark.parametrize("texto, motivo", [
    ("0", "no es mayor que cero"), ("-1", "no es mayor que cero"), ("-0", "no es mayor que cero"),
    ("1e400", "no es un número"), ("NaN", "no es un número"), ("0,0000001", "fuera de lo posible"),
    ("1.000.000.001", "fuera de lo posible"),
])
def test_tipos_de_cambio_imposibles(texto, motivo):
    with pytest.raises(ValueError, match=re.escape(motivo)):
        leer_tipo_de_cambio(texto)


def test_leer_decimal_solo_acepta_numeros_escritos():
    assert leer_decimal("1.234,5") == Decimal("1234.5")
    for texto in ("1e3", "nan", "Infinity", "٣", "1,2,3", ""):
        with pytest.raises(ValueError):
            leer_decimal(texto)


# --- tramos de una escala ------------------------------------------------------------------------

@pytest.mark.parametrize("texto, motivo", [
    ("0:1e400", "el tramo 1 («0:1e400»): «1e400» no es un importe"),
    ("0:99999999999999999999999", "es demasiado grande; el máximo es 999.999.999.999,99"),
    ("-5:100", "el tramo 1 («-5:100»): -5 está fuera de lo posible; debe estar entre 0 y 2000000000"),
    ("0:100,١٠٠:200", "el tramo 2 («١٠٠:200»): «١٠٠» no es una población entera"),
    ("0:100,99999999999999999999999:5", "está fuera de lo posible"),
    ("0:100,cien mil:500", "«cien mil» no es una población entera"),
])
def test_tramos_hostiles_se_explican(texto, motivo):
    with pytest.raises(ValueError, match=re.escape(motivo)):
        leer_tramos(texto, "USD")


def test_poblacion_de_tramo_con_separadores():
    assert leer_poblacion_de_tramo("100.000") == 100_000
    assert leer_poblacion_de_tramo("3 000 000") == 3_000_000


def test_validar_escala_mira_moneda_fechas_e_importes():
    escala = Escala(desde=date(1, 1, 1), hasta=date(9999, 12, 31), moneda="XYZ",
                    tramos=[Tramo(0, 100), Tramo(100, 10**17)])
    problemas = validar_escala(escala, hoy=HOY)
    assert any(p.startswith("Moneda: «XYZ» no es el código ISO 4217") for p in problemas)
    assert "Rige desde: 01/01/0001 es anterior a 01/01/1900; revise el año." in problemas
    assert any(p.startswith("Rige hasta: 31/12/9999 está demasiado adelante") for p in problemas)
    assert any("demasiado grande; el máximo es 999.999.999.999,99" in p for p in problemas)
    assert validar_escala(Escala(desde=date(2027, 1, 1), moneda="USD", tramos=[Tramo(0, 100)]), hoy=HOY) == []


# --- invisibles de formato en un dato de una línea (ayudante A, importación) ----------------------

@pytest.mark.parametrize("caracter", ["\u200b", "\u00ad", "\u2060", "\u200e", "\u200f", "\u061c"])
def test_un_invisible_de_formato_se_rechaza_en_una_linea_y_no_en_un_texto_largo(caracter):
    with pytest.raises(ValueError, match=f"tiene un carácter invisible \\(U\\+{ord(caracter):04X}, posición 8\\)"):
        entrada.texto(f"Rosario{caracter}")
    assert entrada.texto(f"Acta pegada de Word{caracter}", multilinea=True, maximo=entrada.LARGO_LARGO)


def test_las_uniones_de_ancho_cero_se_admiten():
    assert entrada.texto("Equipo 👩\u200d💻") == "Equipo 👩\u200d💻"
    assert entrada.texto("می\u200cخواهم") == "می\u200cخواهم"


def test_las_monedas_vigentes_son_las_de_todos_los_territorios_con_nombre_en_castellano():
    """monedas_vigentes recorre los territorios de los datos globales de babel: las mismas monedas que recorriendo
    los territorios con nombre en la localización española (como se hacía, más lento)."""
    from datetime import date

    from babel import Locale
    from babel.numbers import get_territory_currencies

    from escritorio.dominio.entrada import monedas_vigentes

    por_nombre = set()
    for territorio in Locale("es").territories:
        try:
            por_nombre.update(get_territory_currencies(territorio, date.today()))
        except Exception:  # regiones del mundo y territorios sin moneda
            continue
    assert monedas_vigentes() == frozenset(por_nombre)
    assert {"USD", "ARS", "BRL", "EUR", "UYU", "PYG"} <= monedas_vigentes()
    assert "ESP" not in monedas_vigentes() and "VEF" not in monedas_vigentes()   # la peseta y el bolívar fuerte ya no
