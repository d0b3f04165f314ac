"""La vigencia de un convenio en una fecha (renovaciones automáticas, preaviso, terminación) y las reglas de un
convenio bien cargado, en cada borde."""

from datetime import date, timedelta

import pytest

from escritorio.dominio.convenios import (DIAS_DE_AVISO, DatosConvenio, Parte, Vigencia, estado_en, fin_efectivo,
                                          fin_por_denuncia, periodo_en, plazos_para_denunciar,
                                          problemas_del_convenio, ultimo_dia_para_denunciar)

UN_DIA = timedelta(days=1)


def test_sin_renovacion_rige_de_inicio_a_fin_y_avisa_noventa_dias_antes():
    v = Vigencia(date(2025, 3, 1), date(2027, 2, 28))
    assert estado_en(v, date(2025, 2, 28)) == "por_iniciar"
    assert estado_en(v, date(2025, 3, 1)) == "vigente"
    assert estado_en(v, date(2027, 2, 28) - timedelta(days=DIAS_DE_AVISO + 1)) == "vigente"
    assert estado_en(v, date(2027, 2, 28) - timedelta(days=DIAS_DE_AVISO)) == "por_vencer"
    assert estado_en(v, date(2027, 2, 28)) == "por_vencer"   # el último día todavía rige
    assert estado_en(v, date(2027, 3, 1)) == "vencido"
    assert fin_efectivo(v, date(2026, 1, 1)) == date(2027, 2, 28)
    assert ultimo_dia_para_denunciar(Vigencia(v.inicio, v.fin, preaviso_dias=60), date(2026, 1, 1)) is None


def test_sin_fin_rige_por_tiempo_indeterminado():
    v = Vigencia(date(1998, 5, 4))
    assert estado_en(v, date(2090, 1, 1)) == "vigente"
    assert fin_efectivo(v, date(2090, 1, 1)) is None
    assert periodo_en(v, date(2090, 1, 1)) == (None, 0)


def test_la_renovacion_automatica_cuenta_cada_periodo_desde_el_fin_original():
    """31/01 + 1 mes = 28/02 y + 2 meses = 31/03: el día no se corre de un período al siguiente."""
    v = Vigencia(date(2025, 1, 1), date(2025, 1, 31), renovacion_meses=1)
    assert periodo_en(v, date(2025, 1, 31)) == (date(2025, 1, 31), 0)
    assert periodo_en(v, date(2025, 2, 1)) == (date(2025, 2, 28), 1)
    assert periodo_en(v, date(2025, 3, 1)) == (date(2025, 3, 31), 2)
    assert periodo_en(v, date(2025, 3, 31)) == (date(2025, 3, 31), 2)
    assert periodo_en(v, date(2025, 4, 1)) == (date(2025, 4, 30), 3)
    assert periodo_en(v, date(2031, 12, 15)) == (date(2031, 12, 31), 83)


def test_un_fin_el_29_de_febrero_vuelve_al_29_en_el_proximo_bisiesto():
    v = Vigencia(date(2023, 3, 1), date(2024, 2, 29), renovacion_meses=12)
    fines = [periodo_en(v, date(anio, 2, 27))[0] for anio in (2025, 2026, 2027, 2028)]
    assert fines == [date(2025, 2, 28), date(2026, 2, 28), date(2027, 2, 28), date(2028, 2, 29)]


def test_renovado_sin_limite_nunca_vence_y_con_limite_vence_tras_la_ultima():
    sin_limite = Vigencia(date(2020, 1, 1), date(2021, 12, 31), renovacion_meses=12)
    assert estado_en(sin_limite, date(2021, 12, 31)) == "vigente"      # se renovará: no está por vencer
    assert estado_en(sin_limite, date(2022, 1, 1)) == "renovado"
    assert estado_en(sin_limite, date(2040, 6, 1)) == "renovado"
    assert fin_efectivo(sin_limite, date(2040, 6, 1)) is None

    dos = Vigencia(date(2020, 1, 1), date(2021, 12, 31), renovacion_meses=12, renovaciones_maximas=2)
    assert periodo_en(dos, date(2023, 12, 31)) == (date(2023, 12, 31), 2)
    assert fin_efectivo(dos, date(2022, 6, 1)) is None   # queda una renovación
    assert fin_efectivo(dos, date(2023, 6, 1)) == date(2023, 12, 31)
    assert estado_en(dos, date(2023, 10, 2)) == "por_vencer"   # 90 días antes del fin de la última
    assert estado_en(dos, date(2023, 10, 1)) == "renovado"
    assert estado_en(dos, date(2024, 1, 1)) == "vencido"
    assert periodo_en(dos, date(2030, 1, 1)) == (date(2023, 12, 31), 2)


def test_el_ultimo_dia_para_denunciar_es_el_fin_menos_el_preaviso_y_despues_pasa_al_periodo_siguiente():
    v = Vigencia(date(2025, 1, 1), date(2025, 12, 31), renovacion_meses=12, renovaciones_maximas=2,
                 preaviso_dias=90)
    assert ultimo_dia_para_denunciar(v, date(2025, 6, 1)) == date(2025, 10, 2)
    assert ultimo_dia_para_denunciar(v, date(2025, 10, 2)) == date(2025, 10, 2)   # ese día todavía alcanza
    assert ultimo_dia_para_denunciar(v, date(2025, 10, 3)) == date(2026, 10, 2)   # la renovación de 2026 ya no
    assert ultimo_dia_para_denunciar(v, date(2026, 10, 3)) is None   # la segunda es la última: no se renueva más
    assert plazos_para_denunciar(v, date(2025, 1, 1), date(2030, 1, 1)) == [
        (date(2025, 10, 2), date(2025, 12, 31)), (date(2026, 10, 2), date(2026, 12, 31))]


def test_un_convenio_que_se_renueva_cada_mes_tiene_un_plazo_por_mes():
    v = Vigencia(date(2026, 1, 1), date(2026, 1, 31), renovacion_meses=1, preaviso_dias=10)
    plazos = plazos_para_denunciar(v, date(2026, 3, 1), date(2026, 5, 31))
    assert plazos == [(date(2026, 3, 21), date(2026, 3, 31)), (date(2026, 4, 20), date(2026, 4, 30)),
                      (date(2026, 5, 21), date(2026, 5, 31))]


def test_denunciar_a_tiempo_termina_con_el_periodo_y_tarde_con_el_siguiente():
    v = Vigencia(date(2025, 1, 1), date(2025, 12, 31), renovacion_meses=12, preaviso_dias=60)
    assert fin_por_denuncia(v, date(2025, 11, 1)) == date(2025, 12, 31)
    assert fin_por_denuncia(v, date(2025, 11, 2)) == date(2026, 12, 31)
    assert fin_por_denuncia(Vigencia(date(2025, 1, 1), date(2025, 12, 31)), date(2025, 12, 1)) == date(2025, 12, 31)
    assert fin_por_denuncia(Vigencia(date(2010, 1, 1), preaviso_dias=30), date(2026, 3, 1)) == date(2026, 3, 31)
    assert fin_por_denuncia(Vigencia(date(2010, 1, 1)), date(2026, 3, 1)) == date(2026, 3, 1)


def test_terminado_rige_hasta_su_dia_y_desde_el_siguiente_ya_no():
    v = Vigencia(date(2020, 1, 1), date(2021, 12, 31), renovacion_meses=12, preaviso_dias=60,
                 terminado_el=date(2026, 12, 31))
    assert estado_en(v, date(2026, 6, 1)) == "renovado"
    assert estado_en(v, date(2026, 10, 2)) == "por_vencer"
    assert estado_en(v, date(2026, 12, 31)) == "por_vencer"
    assert estado_en(v, date(2027, 1, 1)) == "terminado"
    assert fin_efectivo(v, date(2026, 6, 1)) == date(2026, 12, 31)
    assert ultimo_dia_para_denunciar(v, date(2026, 6, 1)) is None   # ya está denunciado
    assert plazos_para_denunciar(v, date(2026, 1, 1), date(2028, 1, 1)) == []


def _datos(**cambios) -> DatosConvenio:
    base = dict(tipo="cooperacion", titulo="Convenio marco", inicio=date(2026, 1, 1), fin=date(2027, 12, 31),
                partes=(Parte(externa_id=1),))
    return DatosConvenio(**(base | cambios))


def _campos(datos) -> list[str]:
    return [p.campo for p in problemas_del_convenio(datos)]


def test_un_convenio_bien_cargado_no_tiene_problemas():
    assert problemas_del_convenio(_datos()) == []
    assert problemas_del_convenio(_datos(fin=None)) == []   # sin fin: por tiempo indeterminado


@pytest.mark.parametrize("cambios, campo, texto", [
    (dict(fin=date(2026, 1, 1)), "fin", "no es posterior al inicio"),
    (dict(fin=date(2025, 12, 31)), "fin", "no es posterior al inicio"),
    (dict(firmado_el=date(2028, 1, 1)), "firmado_el", "posterior al fin"),
    (dict(fin=None, renovacion_meses=12), "renovacion_meses", "sin fecha de fin no se renueva"),
    (dict(renovacion_meses=0), "renovacion_meses", "de 1 a 120"),
    (dict(renovaciones_maximas=2), "renovaciones_maximas", "necesita el período"),
    (dict(preaviso_dias=730), "preaviso_dias", "no caben en un período del convenio (729 días)"),
    (dict(renovacion_meses=1, preaviso_dias=31), "preaviso_dias", "(31 días)"),
    (dict(partes=()), "partes", "al menos dos partes"),
    (dict(partes=(Parte(externa_id=1), Parte(externa_id=1))), "partes", "dos veces"),
    (dict(partes=(Parte(),)), "partes", "un miembro o una parte externa"),
    (dict(tipo="membresia", asociacion_es_parte=False, partes=(Parte(miembro_id=3), Parte(externa_id=1))),
     "asociacion_es_parte", "de la asociación misma"),
    (dict(tipo="hermanamiento", asociacion_es_parte=False, partes=(Parte(externa_id=1), Parte(externa_id=2))),
     "partes", "al menos una parte debe ser un miembro"),
    (dict(tipo="alianza"), "tipo", "no es un tipo de convenio"),
])
def test_cada_problema_va_a_su_campo(cambios, campo, texto):
    problemas = problemas_del_convenio(_datos(**cambios))
    assert campo in [p.campo for p in problemas], problemas
    assert any(texto in p for p in problemas if p.campo == campo), problemas


def test_un_hermanamiento_entre_dos_ciudades_miembro_no_necesita_a_la_asociacion():
    hermanamiento = _datos(tipo="hermanamiento", asociacion_es_parte=False, fin=None,
                           partes=(Parte(miembro_id=3), Parte(miembro_id=8)))
    assert problemas_del_convenio(hermanamiento) == []
    solo_uno = _datos(tipo="hermanamiento", asociacion_es_parte=False, partes=(Parte(miembro_id=3),))
    assert _campos(solo_uno) == ["partes"]
    # Con una ciudad que no es miembro (una ciudad europea), también: la ciudad de la red es parte.
    assert _campos(_datos(tipo="hermanamiento", asociacion_es_parte=False,
                          partes=(Parte(miembro_id=3), Parte(externa_id=9)))) == []


def test_el_preaviso_justo_menor_que_el_periodo_se_admite():
    assert _campos(_datos(preaviso_dias=728)) == []   # el 01/01/2026 al 31/12/2027: 729 días
    assert _campos(_datos(preaviso_dias=729)) == ["preaviso_dias"]
