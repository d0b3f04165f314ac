"""Valores escritos por personas en una planilla: cifras, fechas, años, correos, países y textos."""

from datetime import date, datetime

import pytest

from escritorio.dominio.miembros import cargo_local, leer_anio, leer_correo, leer_fecha, leer_poblacion
from escritorio.dominio.paises import codigo_pais, es_codigo_valido, nombre_pais
from escritorio.dominio.texto import normalizar

HOY = date(2025, 3, 7)


# --- población ------------------------------------------------------------------------------

@pytest.mark.parametrize("escrito", [
    1234567, "1234567", "1.234.567", "1,234,567", "1 234 567", "1\u00a0234\u00a0567", "1\u202f234\u202f567",
    1234567.0, " 1234567 ",
])
def test_poblacion_admite_cifras_con_o_sin_separador_de_miles(escrito):
    assert leer_poblacion(escrito) == 1_234_567


def test_poblacion_cero_es_valida():
    assert leer_poblacion("0") == 0
    assert leer_poblacion(0) == 0


@pytest.mark.parametrize("escrito, motivo", [
    (-5, "es negativa"),
    ("-5", "es negativa"),
    ("-1.234", "es negativa"),
    ("12,5", "tiene decimales"),
    ("12.5", "tiene decimales"),
    (12.5, "tiene decimales"),
    ("", "está vacía"),
    ("   ", "está vacía"),
    (None, "está vacía"),
    ("abc", "no es un número entero"),
    ("1.23.456", "no es un número entero"),
    ("1.234,567", "no es un número entero"),
    ("1.234.567,00", "no es un número entero"),
    ("1 234,567", "no es un número entero"),
    (True, "no es un número entero"),
])
def test_poblacion_rechaza_con_motivo_en_castellano(escrito, motivo):
    with pytest.raises(ValueError) as error:
        leer_poblacion(escrito)
    assert motivo in str(error.value)


def test_poblacion_mal_escrita_muestra_ejemplos_validos():
    with pytest.raises(ValueError, match=r"ejemplos válidos: 1234567, 1\.234\.567"):
        leer_poblacion("mil doscientos")


# --- fechas ---------------------------------------------------------------------------------

@pytest.mark.parametrize("escrita", [
    datetime(1995, 3, 15, 0, 0), date(1995, 3, 15), "15/03/1995", "1995-03-15", " 15/03/1995 ", "15/3/1995",
])
def test_fecha_de_celda_excel_o_texto(escrita):
    assert leer_fecha(escrita, HOY) == date(1995, 3, 15)


def test_fecha_de_hoy_es_valida_y_la_de_manana_no():
    assert leer_fecha("07/03/2025", HOY) == HOY
    with pytest.raises(ValueError, match="está en el futuro"):
        leer_fecha("08/03/2025", HOY)


@pytest.mark.parametrize("escrita", ["31/02/2020", "2020-02-30", "15-03-1995", "1995/03/15", "15.03.1995", "ayer", ""])
def test_fecha_invalida_explica_el_formato(escrita):
    with pytest.raises(ValueError, match=r"no es una fecha válida; escríbala como dd/mm/aaaa"):
        leer_fecha(escrita, HOY)


def test_fecha_futura_rechazada_aunque_venga_de_excel():
    with pytest.raises(ValueError, match="futuro"):
        leer_fecha(datetime(2030, 1, 1), HOY)


def test_fecha_dd_mm_no_se_confunde_con_mm_dd():
    assert leer_fecha("03/04/1995", HOY) == date(1995, 4, 3)


# --- año de la población --------------------------------------------------------------------

@pytest.mark.parametrize("escrito", [2022, 2022.0, "2022", " 2022 "])
def test_anio_admitido(escrito):
    assert leer_anio(escrito, HOY) == 2022


def test_anio_limites():
    assert leer_anio(1800, HOY) == 1800
    assert leer_anio(2025, HOY) == 2025
    for fuera in (1799, 2026, "22"):
        with pytest.raises(ValueError, match="debe estar entre 1800 y 2025"):
            leer_anio(fuera, HOY)


@pytest.mark.parametrize("escrito", ["abc", "2022.5", 2022.5, "dos mil"])
def test_anio_que_no_es_un_anio(escrito):
    with pytest.raises(ValueError, match=r"no es un año \(escriba cuatro cifras"):
        leer_anio(escrito, HOY)


# --- correo ---------------------------------------------------------------------------------

def test_correo_valido_se_guarda_sin_espacios_alrededor():
    assert leer_correo(" relaciones@rosario.gob.ar ") == "relaciones@rosario.gob.ar"


@pytest.mark.parametrize("escrito", ["rosario.gob.ar", "a@b", "a b@c.de", "a@@b.co", "x@", ""])
def test_correo_invalido(escrito):
    with pytest.raises(ValueError, match="no es una dirección de correo válida"):
        leer_correo(escrito)


# --- países ---------------------------------------------------------------------------------

@pytest.mark.parametrize("escrito, codigo", [
    ("Brasil", "BR"), ("Brazil", "BR"), ("brasil", "BR"), ("BRASIL", "BR"), (" Brasil ", "BR"),
    ("BR", "BR"), ("br", "BR"), ("Perú", "PE"), ("Peru", "PE"), ("PERÚ", "PE"),
    ("Estados Unidos", "US"), ("United States", "US"), ("Espanha", "ES"), ("España", "ES"), ("Espana", "ES"),
    ("Argentina", "AR"), ("Uruguai", "UY"), ("Paraguay", "PY"), ("México", "MX"), ("Mexico", "MX"),
])
def test_pais_por_nombre_en_tres_idiomas_o_codigo(escrito, codigo):
    assert codigo_pais(escrito) == codigo


@pytest.mark.parametrize("escrito", ["Atlántida", "Narnia", "", None, "EU", "UN", "ZZ", "XX"])
def test_pais_desconocido_es_none(escrito):
    assert codigo_pais(escrito) is None


def test_nombre_pais_para_mostrar():
    assert nombre_pais("BR") == "Brasil"
    assert nombre_pais("br") == "Brasil"
    assert nombre_pais("PE") == "Perú"
    assert nombre_pais("US", "en") == "United States"
    assert nombre_pais("ES", "pt") == "Espanha"
    assert nombre_pais("XX") == "XX"
    assert nombre_pais(None) == ""


def test_todo_nombre_de_pais_mostrado_se_reconoce_al_reimportar():
    """El padrón exporta el nombre en español: cada uno debe volver a su mismo código."""
    from escritorio.dominio.paises import _nombres

    sin_vuelta = {c: nombre_pais(c) for c in _nombres("es") if codigo_pais(nombre_pais(c)) != c}
    assert sin_vuelta == {}


def test_es_codigo_valido():
    assert es_codigo_valido("uy")
    assert not es_codigo_valido("XX")
    assert not es_codigo_valido("")


# --- textos y cargos ------------------------------------------------------------------------

def test_normalizar_quita_mayusculas_acentos_y_espacios_de_sobra():
    assert normalizar("  São  Paulo ") == "sao paulo"
    assert normalizar("ASUNCIÓN") == normalizar("asuncion")
    assert normalizar("Ñandú") == "nandu"
    assert normalizar(None) == ""


@pytest.mark.parametrize("pais, cargo", [
    ("AR", "Intendente"), ("UY", "Intendente"), ("PY", "Intendente"), ("BR", "Prefeito"),
    ("br", "Prefeito"), ("MX", "Presidente municipal"), ("PT", "Presidente da Câmara"),
    ("CL", "Alcalde"), ("ES", "Alcalde"), ("", "Alcalde"), (None, "Alcalde"),
])
def test_cargo_local_por_pais(pais, cargo):
    assert cargo_local(pais) == cargo


# --- cifras que no son 0-9 y fechas imposibles (issue #12) -----------------------------------

@pytest.mark.parametrize("escrito", ["١٢٣٤", "１２３４", "१२३४", "1.２３４", "１ 234"])
def test_poblacion_con_cifras_que_no_son_0_a_9_se_rechaza(escrito):
    with pytest.raises(ValueError, match="tiene cifras que no son del 0 al 9"):
        leer_poblacion(escrito)


@pytest.mark.parametrize("escrito", ["٢٠٢٢", "２０２２", "2_022"])
def test_anio_con_cifras_que_no_son_0_a_9_se_rechaza(escrito):
    with pytest.raises(ValueError, match=r"no es un año \(escriba cuatro cifras.*cifras del 0 al 9"):
        leer_anio(escrito, HOY)


@pytest.mark.parametrize("escrita, motivo", [
    ("01/01/0001", "01/01/0001 es anterior a 01/01/1800; revise el año"),
    (date(1, 1, 1), "01/01/0001 es anterior a 01/01/1800"),
    ("31/12/1799", "31/12/1799 es anterior a 01/01/1800"),
    ("31/12/9999", "31/12/9999 está en el futuro"),
    ("٠١/٠١/٢٠٠٠", "tiene cifras que no son del 0 al 9"),
])
def test_fecha_de_ingreso_imposible_se_rechaza(escrita, motivo):
    with pytest.raises(ValueError) as error:
        leer_fecha(escrita, HOY)
    assert motivo in str(error.value)


def test_fecha_de_ingreso_de_1800_se_admite():
    assert leer_fecha("01/01/1800", HOY) == date(1800, 1, 1)


@pytest.mark.parametrize("escrito", ["9" * 100_000, "1." + "000." * 10_000 + "000", "0" * 50 + "99999999999999999"])
def test_una_poblacion_de_miles_de_cifras_dice_que_es_demasiado_grande(escrito):
    """Hallado por el fuzzer: con más de 4.300 cifras, int() de Python se negaba con un mensaje en inglés."""
    with pytest.raises(ValueError, match="^es mayor que la de cualquier país; revise la cifra$"):
        leer_poblacion(escrito)
    assert leer_poblacion("0" * 50 + "1234567") == 1_234_567   # los ceros de adelante no cuentan
