"""dominio.formato: números, importes y fechas en el idioma de quien lee, con las convenciones de CLDR (Babel).

En castellano y portugués, lo de siempre («1.234», «USD 150,00», «20/05/2026»); en inglés, «1,234» y «USD 150.00»,
con la fecha corta dd/mm/aaaa de en_GB. Las funciones rápidas (sin cargar Babel) se comparan con las de Babel."""

import random
import subprocess
import sys
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from babel.dates import format_date
from babel.numbers import format_decimal, get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

from escritorio.dominio import formato
from escritorio.dominio.traduccion import devolver, pedir
from escritorio.idiomas.traduccion import en_idioma

IDIOMAS = ("es", "pt_BR", "en")


@pytest.mark.parametrize("idioma, numero, dinero, clp, negativo, fecha", [
    ("es", "1.234", "USD 150,00", "CLP 15.000", "EUR -1.234,50", "20/05/2026"),
    ("pt_BR", "1.234", "USD 150,00", "CLP 15.000", "EUR -1.234,50", "20/05/2026"),
    ("en", "1,234", "USD 150.00", "CLP 15,000", "EUR -1,234.50", "20/05/2026"),
])
def test_cada_funcion_en_los_tres_idiomas(idioma, numero, dinero, clp, negativo, fecha):
    assert formato.numero(1234, idioma) == numero
    assert formato.dinero(15000, "USD", idioma) == dinero
    assert formato.dinero(15000, "clp", idioma) == clp          # sin decimales, el código en mayúsculas
    assert formato.dinero(-123450, "EUR", idioma) == negativo
    assert formato.importe(-123450, "EUR", idioma) == negativo.removeprefix("EUR ")
    assert formato.fecha(date(2026, 5, 20)) == fecha
    miles, decimal = formato.separadores(idioma)
    assert formato.numero(1234567, idioma) == f"1{miles}234{miles}567"
    assert formato.decimal(Decimal("1050.5"), idioma=idioma) == f"1{miles}050{decimal}5"   # todas sus cifras
    assert formato.decimal(1234.25, 1, agrupar=False, idioma=idioma) == f"1234{decimal}2"


def test_lo_de_siempre_en_castellano_y_portugues():
    for idioma in ("es", "pt_BR"):
        assert formato.numero(1234567, idioma) == "1.234.567"
        assert formato.numero(999, idioma) == "999" and formato.numero(0, idioma) == "0"
        assert formato.dinero(17655, "JPY", idioma) == "JPY 17.655"
        assert formato.dinero(1500, "KWD", idioma) == "KWD 1,500"              # tres decimales (CLDR)
        assert formato.dinero(99999999999999, "USD", idioma) == "USD 999.999.999.999,99"
        assert formato.decimal(Decimal("0.000001"), idioma=idioma) == "0,000001"
    assert formato.numero(None) == ""


def test_sin_idioma_sigue_al_idioma_en_curso():
    """La ventana fija el suyo; un documento se arma en el suyo (en_idioma); fuera de eso, el castellano."""
    assert (formato.numero(1234), formato.dinero(15000, "USD")) == ("1.234", "USD 150,00")
    ficha = pedir("en")
    try:
        assert (formato.numero(1234), formato.dinero(15000, "USD")) == ("1,234", "USD 150.00")
        with en_idioma("pt"):                                   # un documento en portugués, desde la ventana en inglés
            assert (formato.numero(1234), formato.dinero(15000, "USD")) == ("1.234", "USD 150,00")
            assert formato.fecha_larga(date(2026, 5, 20)) == "20 de maio de 2026"
    finally:
        devolver(ficha)


def test_los_simbolos_guardados_son_los_de_babel():
    for localizacion, simbolos in formato.SIMBOLOS.items():
        assert simbolos == (get_group_symbol(localizacion), get_decimal_symbol(localizacion),
                            get_minus_sign_symbol(localizacion)), (
            f"Los símbolos de {localizacion} ya no son los de la Babel instalada: actualice formato.SIMBOLOS.")
    assert set(formato.LOCALIZACION.values()) <= set(formato.SIMBOLOS)


@pytest.mark.parametrize("idioma", IDIOMAS)
def test_numeros_e_importes_como_los_da_babel(idioma):
    azar = random.Random(44)
    localizacion = formato.localizacion(idioma)
    numeros = [0, 7, -7, 999, 1000, -1000, 1234, 99999, 100000, 2 ** 53, -(10 ** 15)]
    numeros += [azar.randint(-10 ** 12, 10 ** 12) for _ in range(300)]
    for numero in numeros:
        assert formato.numero(numero, idioma) == format_decimal(numero, locale=localizacion), numero
    for moneda in ("USD", "CLP", "KWD", "PYG", "EUR"):
        cifras = formato.decimales(moneda)
        patron = "#,##0" + ("." + "0" * cifras if cifras else "")
        for numero in numeros[:60]:
            valor = Decimal(numero).scaleb(-cifras)
            assert formato.importe(numero, moneda, idioma) == format_decimal(valor, patron, locale=localizacion)
    for valor in (Decimal("1050.5"), Decimal("-0.000001"), Decimal("1000000000"), Decimal("1234567.125")):
        assert formato.decimal(valor, idioma=idioma) == format_decimal(valor, locale=localizacion,
                                                                       decimal_quantization=False)
    # Un tipo de cambio se muestra con las cifras con que se escribió (Babel quitaría el cero: «1.400,5»).
    assert formato.decimal(Decimal("1400.50"), idioma=idioma) == format_decimal(
        Decimal("1400.50"), "#,##0.00", locale=localizacion)


def test_la_fecha_corta_es_dd_mm_aaaa_con_el_anio_en_cuatro_cifras():
    assert formato.fecha(date(1, 1, 1)) == "01/01/0001"                      # strftime daría «01/01/1»
    assert formato.fecha("2026-05-20") == formato.fecha("2026-05-20 10:30:00") == "20/05/2026"
    assert formato.fecha("0000-01-01") == "01/01/0000"       # SQLite lo admite como fecha; Python no
    assert formato.fecha(datetime(2026, 5, 20, 23, 59)) == "20/05/2026"
    assert (formato.fecha(None), formato.fecha(""), formato.fecha(None, vacio="—")) == ("", "", "—")
    with pytest.raises(ValueError):
        formato.fecha("mañana")
    assert formato.fecha_y_hora(datetime(2026, 5, 20, 9, 5, 7)) == "20/05/2026 09:05"
    assert formato.fecha_y_hora(datetime(2026, 5, 20, 9, 5, 7), segundos=True) == "20/05/2026 09:05:07"
    assert (formato.dia_y_mes("03-31"), formato.dia_y_mes("")) == ("31/03", "")


@pytest.mark.parametrize("localizacion", ["pt_BR", "en_GB"])
def test_la_fecha_corta_es_la_de_cldr_en_portugues_y_en_ingles(localizacion):
    """El inglés de la ventana es el de en_GB (día antes que mes): su fecha corta de CLDR, «dd/MM/y», es la de
    siempre. En castellano CLDR da «d/M/yy» («20/5/26») y se mantiene dd/mm/aaaa."""
    dia = date(1999, 12, 25)
    while dia.year < 2031:
        assert formato.fecha(dia) == format_date(dia, "short", locale=localizacion)
        dia += timedelta(days=37)


def test_las_fechas_largas_de_los_documentos():
    dia = date(2026, 5, 20)
    assert formato.fecha_larga(dia, idioma="es") == "20 de mayo de 2026"
    assert formato.fecha_larga(dia, con_dia=True, idioma="es") == "miércoles 20 de mayo de 2026"
    assert formato.fecha_larga(dia, idioma="pt_BR") == "20 de maio de 2026"
    assert formato.fecha_larga(dia, con_dia=True, idioma="pt_BR") == "quarta-feira, 20 de maio de 2026"
    assert formato.fecha_larga("2026-05-20", con_dia=True, idioma="en") == "Wednesday, 20 May 2026"


@pytest.mark.proceso  # lo mira en un proceso nuevo
def test_numeros_y_fechas_cortas_no_cargan_babel():
    """Mostrar un padrón no paga la carga de CLDR (decenas de ms): los símbolos están guardados."""
    codigo = ("import sys\nfrom datetime import date\nfrom escritorio.dominio import formato\n"
              "assert formato.numero(1234567) == '1.234.567' and formato.numero(1234, 'en') == '1,234'\n"
              "assert formato.fecha(date(2026, 5, 20)) == '20/05/2026' and formato.separadores('en') == (',', '.')\n"
              "print('babel' in sys.modules)\n")
    corrida = subprocess.run([sys.executable, "-c", codigo], capture_output=True, text=True, check=True)
    assert corrida.stdout.strip() == "False"
