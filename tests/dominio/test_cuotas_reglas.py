"""Reglas de cuotas sin base de datos: tramos de la escala de 2002, cálculo del cargo, dinero y morosidad.

El cálculo del cargo y la deuda vencida se prueban en sus oráculos (tests/oraculos/: la misma regla en Python que el
programa calcula en SQL); tests/servicios/test_una_regla_de_cuota.py y test_morosidad_sql.py comprueban que el
programa da lo mismo que ellos."""

import re
from datetime import date, timedelta
from decimal import Decimal

import pytest

from escritorio.dominio.cuotas import Escala, Tramo, escala_para, leer_tramos, se_superponen, validar_escala
from escritorio.dominio.dinero import a_unidades_menores, convertir, formatear
from escritorio.dominio.morosidad import SaldoCargo, imputar_por_antiguedad, leer_niveles, siguiente_aviso
from oraculos.cuotas import calcular_cargo
from oraculos.morosidad import deudas

TRAMOS_2002 = "0:100,100000:500,500000:1000,3000000:2000"


def escala_2002(**otros) -> Escala:
    datos = dict(desde=date(2002, 1, 1), moneda="USD", tramos=leer_tramos(TRAMOS_2002, "USD"),
                 articulo="Reglamento, art. 3")
    datos.update(otros)
    return Escala(**datos)


# --- tramos --------------------------------------------------------------------------------------

def test_los_tramos_se_leen_en_centavos():
    assert leer_tramos(TRAMOS_2002, "USD") == [Tramo(0, 10_000), Tramo(100_000, 50_000), Tramo(500_000, 100_000),
                                                Tramo(3_000_000, 200_000)]


@pytest.mark.parametrize("poblacion, importe", [
    (0, 10_000), (99_999, 10_000), (100_000, 50_000), (499_999, 50_000), (500_000, 100_000),
    (2_999_999, 100_000), (3_000_000, 200_000), (12_325_232, 200_000)])
def test_bordes_de_los_tramos_de_2002(poblacion, importe):
    escala = escala_2002()
    assert escala.tramo(poblacion).importe == importe
    assert calcular_cargo(escala, poblacion, 2025, date(1995, 11, 11)).importe == importe


def test_los_tramos_se_describen_como_en_el_reglamento():
    escala = escala_2002()
    assert escala.describir_tramo(escala.tramo(247_863)) == "100.000 a 499.999 hab."
    assert escala.describir_tramo(escala.tramo(3_000_000)) == "3.000.000 hab. o más"
    assert escala.texto_tramos().startswith("0 a 99.999 hab.: USD 100,00; 100.000 a 499.999 hab.: USD 500,00")


def test_referencia_y_vencimiento_por_defecto():
    escala = escala_2002()
    assert (escala.referencia(2025), escala.vencimiento(2025)) == (date(2025, 1, 1), date(2025, 3, 31))
    bisiesta = escala_2002(dia_vencimiento="02-29")
    assert (bisiesta.vencimiento(2024), bisiesta.vencimiento(2025)) == (date(2024, 2, 29), date(2025, 2, 28))


@pytest.mark.parametrize("texto, mensaje", [
    ("0-100", "el tramo 1 («0-100») debe tener la forma población:importe"),
    ("0:100,cien mil:500", "el tramo 2 («cien mil:500»): «cien mil» no es una población entera"),
    ("0:cien", "el tramo 1 («0:cien»): «cien» no es un importe"),
    ("0:100.0001", "tiene más decimales de los que admite USD"),
    ("", "no hay tramos"),
])
def test_tramos_mal_escritos_se_explican_en_castellano(texto, mensaje):
    with pytest.raises(ValueError, match=re.escape(mensaje)):
        leer_tramos(texto, "USD")


def test_poblacion_con_punto_de_miles_en_los_tramos():
    assert leer_tramos("0:100, 100.000:500", "USD") == [Tramo(0, 10_000), Tramo(100_000, 50_000)]


# --- validar_escala ------------------------------------------------------------------------------

def test_la_escala_de_2002_es_valida():
    assert validar_escala(escala_2002()) == []


@pytest.mark.parametrize("cambios, problema", [
    (dict(tramos=[Tramo(1, 10_000), Tramo(100_000, 50_000)]), "El primer tramo debe empezar en 0 habitantes (empieza en 1)."),
    (dict(tramos=[Tramo(0, 10_000), Tramo(500_000, 100_000), Tramo(100_000, 50_000)]),
     "Los tramos deben ir en orden creciente: 100000 no es mayor que 500000."),
    (dict(tramos=[Tramo(0, 10_000), Tramo(0, 50_000)]), "Los tramos deben ir en orden creciente: 0 no es mayor que 0."),
    (dict(tramos=[Tramo(0, 0), Tramo(100_000, 50_000)]), "El importe del tramo desde 0 debe ser mayor que cero."),
    (dict(tramos=[]), "La escala no tiene tramos."),
    (dict(hasta=date(2001, 12, 31)), "La fecha «hasta» es anterior a «desde»."),
    (dict(dia_referencia="13-01"), "El día de referencia «13-01» no es un día válido (formato MM-DD, por ejemplo 01-01)."),
    (dict(dia_vencimiento="31/03"), "El día de vencimiento «31/03» no es un día válido"),
    (dict(dia_vencimiento="04-31"), "El día de vencimiento «04-31» no es un día válido"),
    (dict(regla_ingreso="mitad"), "Regla de ingreso «mitad» desconocida"),
    (dict(tipo_cargo="multa"), "Tipo de cargo «multa» desconocido"),
])
def test_escala_invalida_dice_por_que(cambios, problema):
    problemas = validar_escala(escala_2002(**cambios))
    assert any(p.startswith(problema) for p in problemas), problemas


def test_hasta_igual_a_desde_es_valida():
    assert validar_escala(escala_2002(hasta=date(2002, 1, 1))) == []


# --- superposición -------------------------------------------------------------------------------

def test_misma_clase_que_se_pisa_se_superpone():
    vieja = escala_2002()  # sin fin
    nueva = escala_2002(desde=date(2022, 1, 1))
    assert se_superponen(vieja, nueva) and se_superponen(nueva, vieja)


def test_escalas_contiguas_no_se_superponen():
    vieja = escala_2002(hasta=date(2021, 12, 31))
    nueva = escala_2002(desde=date(2022, 1, 1))
    assert not se_superponen(vieja, nueva)
    assert se_superponen(vieja, escala_2002(desde=date(2021, 12, 31)))  # un día en común ya es superponerse


def test_distinto_tipo_de_cargo_no_se_superpone():
    assert not se_superponen(escala_2002(), escala_2002(tipo_cargo="cuota_ingreso"))


def test_escala_para_un_anio_usa_la_fecha_de_referencia():
    vieja = escala_2002(hasta=date(2021, 12, 31))
    nueva = escala_2002(desde=date(2022, 1, 1), tramos=leer_tramos("0:150,100000:600", "USD"))
    assert escala_para([vieja, nueva], 2021) is vieja
    assert escala_para([vieja, nueva], 2022) is nueva
    assert escala_para([vieja, nueva], 2001) is None
    assert escala_para([vieja, nueva], 2022, "cuota_ingreso") is None


# --- calcular_cargo ------------------------------------------------------------------------------

def test_prorrateo_ingreso_15_de_julio_paga_6_de_12_meses():
    calculo = calcular_cargo(escala_2002(regla_ingreso="prorrateo"), 247_863, 2025, date(2025, 7, 15))
    assert (calculo.bruto, calculo.descuento, calculo.importe) == (25_000, 0, 25_000)
    assert "Prorrateo: 6 de 12 meses (ingreso 15/07/2025)" in calculo.detalle


def test_prorrateo_no_toca_a_quien_ingreso_en_enero_o_antes_del_anio():
    escala = escala_2002(regla_ingreso="prorrateo")
    assert calcular_cargo(escala, 247_863, 2025, date(2025, 1, 20)).importe == 50_000
    assert calcular_cargo(escala, 247_863, 2026, date(2025, 7, 15)).importe == 50_000
    assert calcular_cargo(escala, 247_863, 2025, None).importe == 50_000


def test_prorrateo_ingreso_en_diciembre_paga_un_mes():
    calculo = calcular_cargo(escala_2002(regla_ingreso="prorrateo"), 50_000, 2025, date(2025, 12, 1))
    assert calculo.importe == 833  # USD 100 / 12 = 8,33


def test_desde_el_anio_siguiente_no_cobra_el_anio_de_ingreso():
    escala = escala_2002(regla_ingreso="desde_siguiente")
    assert calcular_cargo(escala, 247_863, 2025, date(2025, 7, 15)) is None
    assert calcular_cargo(escala, 247_863, 2026, date(2025, 7, 15)).importe == 50_000


def test_cuota_completa_para_el_ingreso_a_mitad_de_anio():
    assert calcular_cargo(escala_2002(), 247_863, 2025, date(2025, 7, 15)).importe == 50_000


def test_exencion_total():
    calculo = calcular_cargo(escala_2002(), 1_276_000, 2025, None, 100, "Emergencia por inundaciones")
    assert (calculo.bruto, calculo.descuento, calculo.importe) == (100_000, 100_000, 0)
    assert calculo.detalle[-1] == "Exento: Emergencia por inundaciones"


def test_descuento_del_50_por_ciento():
    calculo = calcular_cargo(escala_2002(), 1_276_000, 2025, None, 50, "Resolución 4/2025")
    assert (calculo.bruto, calculo.descuento, calculo.importe) == (100_000, 50_000, 50_000)
    assert calculo.detalle[-1] == "Descuento 50 %: Resolución 4/2025"


def test_descuento_sobre_el_prorrateo():
    calculo = calcular_cargo(escala_2002(regla_ingreso="prorrateo"), 247_863, 2025, date(2025, 7, 15), 50, "x")
    assert (calculo.bruto, calculo.importe) == (25_000, 12_500)


# --- dinero --------------------------------------------------------------------------------------

@pytest.mark.parametrize("texto, moneda, menores", [
    ("250.00", "USD", 25_000), ("250,5", "USD", 25_050), ("1.234,56", "USD", 123_456), ("1,234.56", "USD", 123_456),
    ("  1 234,56 ", "USD", 123_456), ("250", "USD", 25_000), (Decimal("12.5"), "USD", 1_250),
    ("15000", "CLP", 15_000), ("1.260.000,00", "ARS", 126_000_000), ("5000", "PYG", 5_000),
])
def test_importes_como_los_escribe_la_gente(texto, moneda, menores):
    assert a_unidades_menores(texto, moneda) == menores


@pytest.mark.parametrize("texto, moneda, mensaje", [
    ("250.0001", "USD", "«250.0001» tiene más decimales de los que admite USD"),
    ("150,5", "CLP", "«150,5» tiene más decimales de los que admite CLP"),
    ("doscientos", "USD", "«doscientos» no es un importe (ejemplos: 250,00 o 1.250,50)"),
    ("", "USD", "no es un importe"),
    ("NaN", "USD", "no es un importe"),
    ("Infinity", "USD", "no es un importe"),
])
def test_importes_invalidos(texto, moneda, mensaje):
    with pytest.raises(ValueError, match=re.escape(mensaje)):
        a_unidades_menores(texto, moneda)


def test_convertir_pesos_a_dolares_al_cambio_del_dia():
    assert convertir(126_000_000, "ARS", Decimal("1050"), "USD") == 120_000
    assert formatear(convertir(126_000_000, "ARS", Decimal("1050"), "USD"), "USD") == "USD 1.200,00"


def test_convertir_redondea_al_centavo_la_mitad_hacia_arriba():
    assert convertir(1_000, "ARS", Decimal("3"), "USD") == 333      # 10 / 3 = 3,333…
    assert convertir(5, "ARS", Decimal("2"), "USD") == 3            # 0,05 / 2 = 0,025 -> 0,03


def test_convertir_rechaza_cambio_no_positivo():
    with pytest.raises(ValueError, match="mayor que cero"):
        convertir(100, "ARS", Decimal("0"), "USD")


@pytest.mark.parametrize("importe, moneda, texto", [
    (25_000, "USD", "USD 250,00"), (123_456_789, "USD", "USD 1.234.567,89"), (0, "USD", "USD 0,00"),
    (15_000, "CLP", "CLP 15.000"), (5, "usd", "USD 0,05"),
])
def test_formatear_como_se_escribe_en_la_region(importe, moneda, texto):
    assert formatear(importe, moneda) == texto


# --- morosidad -----------------------------------------------------------------------------------

def cargo(cargo_id, anio, importe=50_000, pagado=0, *, miembro=1, tipo="cuota_anual", moneda="USD", vence=None):
    return SaldoCargo(cargo_id, miembro, tipo, anio, importe, pagado, moneda, vence or date(anio, 3, 31))


def test_lo_que_aun_no_vence_no_es_deuda():
    cargos = [cargo(1, 2026)]
    assert deudas(cargos, date(2026, 3, 31), 2) == {}     # vence hoy: todavía no es deuda
    deuda = deudas(cargos, date(2026, 4, 1), 2)[(1, "USD")]
    assert (deuda.total, deuda.cuotas_impagas, deuda.anios) == (50_000, 1, [2026])


def test_lo_pagado_no_es_deuda_y_lo_parcial_si():
    cargos = [cargo(1, 2024, pagado=50_000), cargo(2, 2025, pagado=20_000)]
    deuda = deudas(cargos, date(2026, 1, 1), 2)[(1, "USD")]
    assert (deuda.total, deuda.cuotas_impagas, deuda.anios) == (30_000, 1, [2025])


@pytest.mark.parametrize("dias, etiqueta", [
    (1, "1 a 90 días"), (90, "1 a 90 días"), (91, "91 a 180 días"), (180, "91 a 180 días"),
    (181, "181 a 365 días"), (365, "181 a 365 días"), (366, "Más de 365 días")])
def test_antiguedad_de_la_deuda(dias, etiqueta):
    vence = date(2025, 3, 31)
    deuda = deudas([cargo(1, 2025)], vence + timedelta(days=dias), None)[(1, "USD")]
    assert deuda.por_antiguedad == {etiqueta: 50_000}


def test_antiguedad_suma_por_tramo_y_recuerda_el_mas_antiguo():
    cargos = [cargo(1, 2023), cargo(2, 2024, pagado=10_000), cargo(3, 2025)]
    deuda = deudas(cargos, date(2025, 6, 1), None)[(1, "USD")]
    assert deuda.por_antiguedad == {"Más de 365 días": 90_000, "1 a 90 días": 50_000}
    assert deuda.total == 140_000
    assert deuda.mas_antiguo == date(2023, 3, 31)
    assert deuda.anios == [2023, 2024, 2025]


def test_voto_suspendido_con_exactamente_n_cuotas_impagas():
    al = date(2026, 6, 1)
    una = deudas([cargo(1, 2026)], al, 2)[(1, "USD")]
    dos = deudas([cargo(1, 2025), cargo(2, 2026)], al, 2)[(1, "USD")]
    assert (una.cuotas_impagas, una.puede_votar) == (1, True)
    assert (dos.cuotas_impagas, dos.puede_votar) == (2, False)


def test_cuota_pagada_en_parte_sigue_impaga_para_el_voto():
    deuda = deudas([cargo(1, 2025, pagado=49_999), cargo(2, 2026)], date(2026, 6, 1), 2)[(1, "USD")]
    assert (deuda.total, deuda.cuotas_impagas, deuda.puede_votar) == (50_001, 2, False)


def test_otros_cargos_no_cuentan_como_cuotas_anuales_impagas():
    cargos = [cargo(1, 2025), cargo(2, 2025, 20_000, tipo="cuota_ingreso", vence=date(2025, 5, 1))]
    deuda = deudas(cargos, date(2026, 1, 1), 2)[(1, "USD")]
    assert (deuda.total, deuda.cuotas_impagas, deuda.puede_votar) == (70_000, 1, True)


def test_sin_regla_en_los_estatutos_nadie_pierde_el_voto():
    cargos = [cargo(i, 2020 + i) for i in range(5)]
    assert deudas(cargos, date(2026, 1, 1), None)[(1, "USD")].puede_votar


def test_deudas_por_miembro_y_moneda():
    cargos = [cargo(1, 2025, miembro=1), cargo(2, 2025, miembro=2), cargo(3, 2025, 900_000, miembro=2, moneda="ARS")]
    resultado = deudas(cargos, date(2026, 1, 1), None)
    assert set(resultado) == {(1, "USD"), (2, "USD"), (2, "ARS")}
    assert resultado[(2, "ARS")].total == 900_000


@pytest.mark.parametrize("dias, ultimo, desde_el_ultimo, nivel", [
    (0, 0, None, None), (29, 0, None, None), (30, 0, None, 1),
    (900, 0, None, 1),            # nunca se envió nada: el 1.º, aunque el atraso sea de más de 180 días
    (89, 1, 59, None), (90, 1, 59, None), (90, 1, 60, 2),   # el 2.º: a 90 días de atraso y 60 después del 1.º
    (900, 1, 1, None),            # el 1.º salió ayer: el 2.º espera lo que separa los escalones (60 días)
    (900, 2, 89, None), (900, 2, 90, 3), (900, 3, 500, None)])
def test_siguiente_aviso(dias, ultimo, desde_el_ultimo, nivel):
    assert siguiente_aviso(dias, [30, 90, 180], ultimo, desde_el_ultimo) == nivel
    assert siguiente_aviso(dias, [180, 30, 90], ultimo, desde_el_ultimo) == nivel  # el orden escrito no importa


def test_leer_niveles():
    assert leer_niveles("90, 30,180") == [30, 90, 180]
    with pytest.raises(ValueError, match="no es una lista de días"):
        leer_niveles("30,noventa")
    with pytest.raises(ValueError, match="mayores que cero"):
        leer_niveles("0,30")


def test_imputar_del_mas_viejo_al_mas_nuevo():
    assert imputar_por_antiguedad(100_000, [(1, 50_000), (2, 50_000)]) == ([(1, 50_000), (2, 50_000)], 0)
    assert imputar_por_antiguedad(75_000, [(1, 50_000), (2, 50_000)]) == ([(1, 50_000), (2, 25_000)], 0)
    assert imputar_por_antiguedad(130_000, [(1, 50_000), (2, 50_000)]) == ([(1, 50_000), (2, 50_000)], 30_000)
    assert imputar_por_antiguedad(10_000, []) == ([], 10_000)
    assert imputar_por_antiguedad(10_000, [(1, 0), (2, 5_000)]) == ([(2, 5_000)], 5_000)


@pytest.mark.parametrize("texto, esperado", [
    ("1.050", "1050"), ("1.260.000", "1260000"), ("1050,50", "1050.50"), ("1.050,5", "1050.5"), ("0.95", "0.95"),
])
def test_numeros_escritos_como_en_la_region(texto, esperado):
    from decimal import Decimal

    from escritorio.dominio.dinero import leer_decimal
    assert leer_decimal(texto) == Decimal(esperado)


# --- ingreso a mitad de año y tolerancia (issue 13) -------------------------------------------------------------

def test_el_cargo_de_quien_ingresa_en_julio_vence_tras_la_gracia_y_cita_el_articulo():
    escala = escala_2002(regla_ingreso="prorrateo", articulo_ingreso="Reglamento de cuotas, art. 3")
    calculo = calcular_cargo(escala, 247_863, 2025, date(2025, 7, 15))
    # Sin gracia fijada, los mismos días que la escala da a todos desde el 1 de enero (del 01/01 al 31/03: 89):
    # nunca el día del ingreso (issue 59, punto 5).
    assert calculo.vencimiento == date(2025, 7, 15) + timedelta(days=89) == date(2025, 10, 12)
    assert calculo.detalle[-1] == "Prorrateo: 6 de 12 meses (ingreso 15/07/2025) según Reglamento de cuotas, art. 3"
    completa = calcular_cargo(escala_2002(articulo_ingreso="Reglamento, art. 4"), 247_863, 2025, date(2025, 7, 15))
    assert completa.importe == 50_000 and completa.detalle[-1] == "Cuota completa (ingreso 15/07/2025) según Reglamento, art. 4"
    # Quien ingresa en enero también tiene sus 89 días (vence después que los demás); quien ingresó el año
    # anterior vence como todos.
    assert calcular_cargo(escala, 247_863, 2025, date(2025, 1, 20)).vencimiento == date(2025, 4, 19)
    assert calcular_cargo(escala, 247_863, 2026, date(2025, 7, 15)).vencimiento == date(2026, 3, 31)


def test_el_atraso_se_cuenta_desde_el_ingreso():
    from escritorio.dominio.morosidad import exigible_desde

    julio = cargo(1, 2026, vence=date(2026, 3, 31))
    julio = SaldoCargo(*[getattr(julio, c) for c in ("cargo_id", "miembro_id", "tipo_cargo", "anio", "importe",
                                                     "pagado", "moneda", "vencimiento")], date(2026, 7, 15))
    assert exigible_desde(date(2026, 3, 31), date(2026, 7, 15)) == julio.exigible == date(2026, 7, 15)
    assert deudas([julio], date(2026, 7, 15), 1) == {}
    deuda = deudas([julio], date(2026, 8, 20), 1)[(1, "USD")]
    assert deuda.mas_antiguo == date(2026, 7, 15) and deuda.por_antiguedad == {"1 a 90 días": julio.saldo}


def test_tolerancia_en_unidades_de_la_moneda_o_porcentaje_de_la_cuota():
    from escritorio.dominio.morosidad import Tolerancia

    una = Tolerancia(unidades=1, articulo="Reglamento de cuotas, art. 5")
    assert (una.maximo(60_000, "USD"), una.maximo(60_000, "CLP")) == (100, 1)   # USD 1,00 y CLP 1
    assert una.tolera(1, 60_000, "USD") and una.tolera(100, 60_000, "USD") and not una.tolera(101, 60_000, "USD")
    assert Tolerancia(porcentaje=5, unidades=1).maximo(60_000, "USD") == 3_000   # rige la mayor
    assert not Tolerancia().tolera(1, 60_000, "USD")
    # El centavo tolerado sigue siendo deuda, pero no cuenta para suspender el voto.
    cargos = [cargo(1, 2025, 60_000, pagado=59_999), cargo(2, 2026, 60_000, pagado=59_999)]
    sin = deudas(cargos, date(2026, 6, 1), 2)[(1, "USD")]
    con = deudas(cargos, date(2026, 6, 1), 2, una)[(1, "USD")]
    assert (sin.total, sin.cuotas_impagas, sin.puede_votar) == (2, 2, False)
    assert (con.total, con.cuotas_impagas, con.cuotas_toleradas, con.puede_votar) == (2, 2, 2, True)
