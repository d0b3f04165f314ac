"""Las reglas de fechas de la agenda de próximos pasos (dominio/agenda.py), sin base: cada borde de las bandas de
urgencia, el horizonte, la frecuencia de un órgano a través de los fines de mes (y de febrero de un año bisiesto), la
anticipación de la convocatoria, el orden de los pasos, y el día en que toca cada aviso de cobro, que tiene que decir
lo mismo que la regla de las cartas (`siguiente_aviso`) en cada día."""

from datetime import date, timedelta

import pytest

from escritorio.dominio.agenda import (ACCIONES, ATRASADO, CLASES, ESTA_SEMANA, ESTE_MES, MAS_ADELANTE, URGENCIAS,
                                       Accion, Paso, convocar_a_mas_tardar, en_el_horizonte, limite_de_la_sesion,
                                       ordenar, urgencia)
from escritorio.dominio.morosidad import SaldoCargo, aviso_que_toca, dia_del_aviso, siguiente_aviso
from escritorio.dominio.organos import sesion_atrasada

HOY = date(2026, 11, 23)


@pytest.mark.parametrize("dias, banda", [
    (-400, ATRASADO), (-1, ATRASADO),            # ayer ya es tarde
    (0, ESTA_SEMANA), (6, ESTA_SEMANA),          # hoy y los seis días siguientes: siete días
    (7, ESTE_MES), (30, ESTE_MES),               # del séptimo al trigésimo
    (31, MAS_ADELANTE), (365, MAS_ADELANTE),
])
def test_cada_borde_de_las_bandas_de_urgencia(dias, banda):
    assert urgencia(HOY + timedelta(days=dias), HOY) == banda


def test_lo_que_no_tiene_plazo_va_mas_adelante_y_siempre_se_ve():
    assert urgencia(None, HOY) == MAS_ADELANTE
    assert en_el_horizonte(None, HOY, 0)


def test_el_horizonte_incluye_su_ultimo_dia_y_siempre_lo_atrasado():
    assert en_el_horizonte(HOY + timedelta(days=90), HOY, 90)
    assert not en_el_horizonte(HOY + timedelta(days=91), HOY, 90)
    assert en_el_horizonte(HOY - timedelta(days=3000), HOY, 0)
    assert en_el_horizonte(HOY, HOY, 0) and not en_el_horizonte(HOY + timedelta(days=1), HOY, 0)


@pytest.mark.parametrize("ultima, meses, limite", [
    (date(2026, 9, 15), 6, date(2027, 3, 15)),     # el Consejo de la demo (el ejemplo del issue)
    (date(2026, 8, 31), 6, date(2027, 2, 28)),     # del 31 de agosto, al último día de febrero
    (date(2027, 8, 31), 6, date(2028, 2, 29)),     # … que en un año bisiesto es el 29
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2026, 3, 31), 1, date(2026, 4, 30)),     # abril tiene 30 días
    (date(2028, 2, 29), 12, date(2029, 2, 28)),    # del 29 de febrero, al año siguiente que no lo tiene
    (date(2025, 12, 31), 2, date(2026, 2, 28)),    # cruza el año
    (date(2025, 11, 20), 12, date(2026, 11, 20)),  # la Asamblea de la demo
    (date(2020, 5, 10), 120, date(2030, 5, 10)),   # la frecuencia más larga que admite el órgano
])
def test_la_proxima_sesion_ordinaria_por_la_frecuencia_a_traves_de_los_fines_de_mes(ultima, meses, limite):
    assert limite_de_la_sesion(ultima, meses) == limite
    # La misma regla que el aviso de sesión atrasada de Órganos: el día límite todavía está a tiempo, el siguiente no.
    assert not sesion_atrasada(ultima, meses, limite)
    assert sesion_atrasada(ultima, meses, limite + timedelta(days=1))


def test_sin_frecuencia_o_sin_sesiones_no_hay_plazo():
    assert limite_de_la_sesion(date(2026, 1, 1), None) is None
    assert limite_de_la_sesion(date(2026, 1, 1), 0) is None
    assert limite_de_la_sesion(None, 6) is None


@pytest.mark.parametrize("sesion, anticipacion, convocar", [
    (date(2027, 3, 15), 15, date(2027, 2, 28)),    # el ejemplo del issue
    (date(2028, 3, 15), 15, date(2028, 2, 29)),    # con febrero bisiesto
    (date(2027, 1, 10), 30, date(2026, 12, 11)),   # cruza el año
    (date(2027, 3, 15), None, date(2027, 3, 15)),  # sin anticipación exigida, el mismo día
    (date(2027, 3, 15), 0, date(2027, 3, 15)),
])
def test_convocar_a_mas_tardar_con_la_anticipacion_del_organo(sesion, anticipacion, convocar):
    assert convocar_a_mas_tardar(sesion, anticipacion) == convocar
    # La regla de la convocatoria (servicios.sesiones.convocatoria.anticipacion): días entre convocar y sesionar ≥ los pedidos.
    assert (sesion - convocar).days == (anticipacion or 0)


def _paso(fecha, texto="x") -> Paso:
    return Paso("cuota", fecha, texto, Accion("emitir", anio=2027))


def test_lo_atrasado_primero_despues_por_fecha_y_lo_sin_plazo_al_final():
    pasos = [_paso(HOY + timedelta(days=40), "lejos"), _paso(None, "sin plazo"), _paso(HOY, "hoy"),
             _paso(HOY - timedelta(days=2), "anteayer"), _paso(HOY + timedelta(days=10), "pronto"),
             _paso(HOY - timedelta(days=900), "hace mucho"), _paso(HOY, "hoy también")]
    ordenados = ordenar(pasos, HOY)
    assert [p.texto for p in ordenados] == ["hace mucho", "anteayer", "hoy", "hoy también", "pronto", "lejos",
                                            "sin plazo"]
    assert [p.urgencia for p in ordenados] == [ATRASADO, ATRASADO, ESTA_SEMANA, ESTA_SEMANA, ESTE_MES, MAS_ADELANTE,
                                               MAS_ADELANTE]
    assert list(URGENCIAS) == [ATRASADO, ESTA_SEMANA, ESTE_MES, MAS_ADELANTE]


def test_una_accion_o_una_clase_que_no_existen_son_un_error_del_programa():
    with pytest.raises(ValueError, match="Acción desconocida"):
        Accion("borrar_todo")
    with pytest.raises(ValueError, match="Clase de paso desconocida"):
        Paso("rifa", HOY, "x", Accion("emitir"))
    assert "convocar" in ACCIONES and "sesion" in CLASES


# --- el día de cada aviso de cobro ------------------------------------------------------------------------------

@pytest.mark.parametrize("niveles", [[30, 90, 180], [15], [10, 20, 40, 80]])
def test_el_dia_del_aviso_es_el_primero_en_que_la_regla_de_las_cartas_lo_da(niveles):
    """Para cada aviso ya enviado (ninguno, el 1.º, el 2.º…) y cada día en que se envió: el día que da
    `dia_del_aviso` es el primero en que `siguiente_aviso` da el aviso siguiente; la víspera, todavía no."""
    exigible = date(2025, 3, 31)
    for ultimo in range(len(niveles) + 1):
        for enviado_tarde in (0, 1, 45):
            enviado = (exigible + timedelta(days=niveles[ultimo - 1] + enviado_tarde)) if ultimo else None
            dia = dia_del_aviso(exigible, niveles, ultimo, enviado)
            if ultimo == len(niveles):
                assert dia is None   # ya se enviaron todos
                continue

            def toca(d):
                return siguiente_aviso((d - exigible).days, niveles, ultimo,
                                       (d - enviado).days if enviado else None)

            assert toca(dia) == ultimo + 1
            assert toca(dia - timedelta(days=1)) is None
            assert all(toca(dia + timedelta(days=n)) == ultimo + 1 for n in (1, 30, 400))


def test_el_aviso_que_toca_a_un_cargo_nunca_saltea_uno():
    """Una cuota impaga hace 600 días a la que nunca se le envió nada recibe el 1.º aviso (no el 3.º), desde el
    día en que cumplió 30 de atraso; después del 1.º, el 2.º espera los 60 días que separan los escalones."""
    cuota = SaldoCargo(1, 7, "cuota_anual", 2024, 10000, 0, "USD", date(2024, 3, 31))
    hoy = cuota.vencimiento + timedelta(days=600)
    assert aviso_que_toca(cuota, hoy, [30, 90, 180]) == (1, date(2024, 4, 30))
    enviado = hoy
    assert aviso_que_toca(cuota, hoy + timedelta(days=59), [30, 90, 180], 1, enviado) is None
    assert aviso_que_toca(cuota, hoy + timedelta(days=60), [30, 90, 180], 1, enviado) == (2, hoy + timedelta(days=60))


def test_no_toca_aviso_sin_saldo_ni_antes_de_ser_exigible():
    pagada = SaldoCargo(1, 7, "cuota_anual", 2024, 10000, 10000, "USD", date(2024, 3, 31))
    assert aviso_que_toca(pagada, date(2026, 1, 1), [30]) is None
    # Quien ingresó después del vencimiento debe desde su ingreso: el atraso se cuenta desde ahí.
    nueva = SaldoCargo(2, 8, "cuota_anual", 2026, 10000, 0, "USD", date(2026, 3, 31), ingreso=date(2026, 6, 1))
    assert aviso_que_toca(nueva, date(2026, 6, 30), [30]) is None
    assert aviso_que_toca(nueva, date(2026, 7, 1), [30]) == (1, date(2026, 7, 1))
