"""La configuración regional de la máquina (dominio.convencion_regional): el separador decimal y el orden de la fecha
corta rigen lo que se muestra fuera de un documento y cómo se lee un número tecleado; los documentos siguen su idioma."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from escritorio.configuracion_regional import convencion_de_la_maquina
from escritorio.dominio import convencion_regional, dinero, formato
from escritorio.dominio.convencion_regional import ConvencionRegional, de_las_muestras
from escritorio.dominio.extractos import buscar_encabezados, leer_lineas
from escritorio.idiomas.traduccion import en_idioma


@pytest.fixture
def maquina():
    """Instala, como lo hace cli.principal, un lector que da la configuración pedida (lo que daría la biblioteca de C
    de una máquina así); al terminar deja el lector de siempre."""
    def poner(decimal: str | None, muestra: str | None) -> None:
        convencion_regional.instalar_lector(lambda: de_las_muestras(decimal, muestra))
    yield poner
    convencion_regional.instalar_lector(convencion_de_la_maquina)


@pytest.mark.parametrize("decimal, muestra, esperada", [
    (",", "03/02/2001", ConvencionRegional(",", "dma")),    # es_AR, pt_BR
    (".", "03/02/01", ConvencionRegional(".", "dma")),       # es_MX
    (".", "02/03/2001", ConvencionRegional(".", "mda")),     # en_US
    (",", "2001-02-03", ConvencionRegional(",", "amd")),     # sv_SE
    (",", "03.02.2001", ConvencionRegional(",", "dma")),     # de_DE
    (".", "2/3/01", ConvencionRegional(".", "mda")),          # Windows, en-US, «M/d/yy»
    (None, "02/03/2001", ConvencionRegional(",", "mda")),    # solo LC_TIME
    (".", None, ConvencionRegional(".", "dma")),             # solo LC_NUMERIC
    (None, None, None),                                      # la «C»: sin convención
])
def test_la_convencion_sale_de_lo_que_escribe_la_maquina(decimal, muestra, esperada):
    assert de_las_muestras(decimal, muestra) == esperada


def test_sin_configuracion_rige_la_del_idioma(maquina):
    maquina(None, None)
    assert formato.dinero(123456, "USD") == "USD 1.234,56"
    assert formato.fecha("2026-05-20") == "20/05/2026"
    assert dinero.leer_decimal("1,234") == Decimal("1.234")
    assert dinero.leer_decimal("1.050") == Decimal("1050")


def test_punto_decimal_en_pantalla_y_al_teclear(maquina):
    """Una oficina de México: «1,234» es mil doscientos treinta y cuatro y se muestra «USD 1,234.00»."""
    maquina(".", "03/02/01")
    assert formato.dinero(123400, "USD") == "USD 1,234.00"
    assert formato.numero(1234567) == "1,234,567"
    assert formato.decimal(Decimal("1050.5")) == "1,050.5"
    assert formato.separadores() == (",", ".")
    assert formato.fecha(date(2026, 5, 20)) == "20/05/2026"
    assert dinero.leer_decimal("1,234") == Decimal("1234")
    assert dinero.leer_decimal("1.050") == Decimal("1.050")
    assert dinero.leer_decimal("250,5") == Decimal("250.5")      # sin grupos de tres: la coma solo puede ser decimal
    assert dinero.leer_decimal("1.234,56") == Decimal("1234.56")  # con los dos, el último es el decimal
    assert dinero.a_unidades_menores("1,234", "USD") == 123400


def test_coma_decimal_como_siempre(maquina):
    maquina(",", "03/02/2001")
    assert dinero.leer_decimal("1,234") == Decimal("1.234")
    assert dinero.leer_decimal("1.050") == Decimal("1050")
    assert dinero.leer_decimal("1,234,567") == Decimal("1234567")   # dos grupos: solo pueden ser miles
    assert formato.dinero(123400, "USD") == "USD 1.234,00"


def test_mes_primero_y_anio_primero_en_las_fechas_que_se_muestran(maquina):
    maquina(".", "02/03/2001")
    assert formato.fecha("2026-05-20") == "05/20/2026"
    assert formato.fecha_y_hora(datetime(2026, 5, 20, 10, 30)) == "05/20/2026 10:30"
    assert formato.dia_y_mes("03-31") == "03/31"
    maquina(",", "2001-02-03")
    assert formato.fecha("2026-05-20") == "2026-05-20"
    assert formato.dia_y_mes("03-31") == "03-31"


def test_un_documento_sigue_la_convencion_de_su_idioma(maquina):
    """Dentro de un documento (idiomas.en_idioma) no cuenta la máquina: un recibo en castellano dice «USD 1.234,00» y
    «20/05/2026» aunque quien lo imprime tenga una máquina en inglés de Estados Unidos."""
    maquina(".", "02/03/2001")
    with en_idioma("es"):
        assert formato.dinero(123400, "USD") == "USD 1.234,00"
        assert formato.fecha("2026-05-20") == "20/05/2026"
    with en_idioma("pt"):
        assert formato.dinero(123400, "USD") == "USD 1.234,00"
    assert formato.dinero(123400, "USD", idioma="es") == "USD 1.234,00"   # pedido por su nombre, también
    assert formato.dinero(123400, "USD") == "USD 1,234.00"


def test_un_extracto_sin_fechas_que_decidan_se_lee_en_el_orden_de_la_maquina(maquina):
    """«01/03/2026» y «02/03/2026» pueden ser día/mes o mes/día: sin otra fecha del archivo que lo decida, rige la
    máquina (antes, siempre día/mes). Con una fecha que lo decide («25/03/2026»), el archivo manda."""
    filas = [(1, ("Fecha", "Detalle", "Importe")), (2, ("01/03/2026", "a", "10,00")), (3, ("02/03/2026", "b", "5,00"))]
    encabezados, _ = buscar_encabezados(filas)
    maquina(".", "02/03/2001")
    assert [l.fecha for l in leer_lineas(filas, encabezados, moneda="USD").lineas] == [date(2026, 1, 3),
                                                                                       date(2026, 2, 3)]
    maquina(",", "03/02/2001")
    assert [l.fecha for l in leer_lineas(filas, encabezados, moneda="USD").lineas] == [date(2026, 3, 1),
                                                                                       date(2026, 3, 2)]
    maquina(".", "02/03/2001")
    con_evidencia = [*filas, (4, ("25/03/2026", "c", "1,00"))]
    assert [l.fecha for l in leer_lineas(con_evidencia, encabezados, moneda="USD").lineas][:2] == [date(2026, 3, 1),
                                                                                                   date(2026, 3, 2)]
