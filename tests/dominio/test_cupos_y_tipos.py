"""Otras redes (issue 66): un cupo por país exacto, a lo sumo, al menos o en un rango; si la cantidad fija de
puestos alcanza para cumplirlo; y un órgano que integran solo miembros de ciertos tipos. Lo que dicen los avisos de
composición, en palabras."""

from datetime import date

import pytest

from escritorio.dominio.revision_de_composicion import avisos_de_composicion
from escritorio.dominio.organos import (Asiento, Regla, armar_cupos, cupo_de, cupo_valido,
                                        cupos_imposibles, describir_cupos, reglas_que_rigen)

CATEGORIAS = {"AR": "pleno", "BR": "pleno", "CL": "pleno", "UY": "asociado"}
NOMBRES = {"AR": "Argentina", "BR": "Brasil", "CL": "Chile", "UY": "Uruguay"}


def comite(*paises):
    return [Asiento(i, i, f"Ciudad {i}", pais, None, "titular", True, date(2026, 1, 1), None)
            for i, pais in enumerate(paises, start=1)]


def test_a_lo_sumo_uno_por_pais_avisa_lo_que_sobra_y_no_lo_que_falta():
    regla = Regla("por_categoria", {"pleno": {"maximo": 1}, "asociado": {"maximo": 1}}, "Estatuto, art. 15")
    assert avisos_de_composicion("Comité", comite("AR", "BR"), [regla], CATEGORIAS, NOMBRES) == []
    assert avisos_de_composicion("Comité", comite("AR", "AR", "BR"), [regla], CATEGORIAS, NOMBRES) == [
        "Comité: Argentina ocupa 2 puestos; el Estatuto, art. 15 admite a lo sumo 1."]


def test_al_menos_uno_avisa_lo_que_falta_y_no_lo_que_sobra():
    regla = Regla("por_categoria", {"pleno": {"minimo": 1}}, "art. 4")
    assert avisos_de_composicion("Comité", comite("AR", "AR", "BR", "CL"), [regla], CATEGORIAS, NOMBRES) == []
    assert avisos_de_composicion("Comité", comite("AR", "AR", "BR"), [regla], CATEGORIAS, NOMBRES) == [
        "Comité: Chile tiene 0 puestos; el art. 4 pide al menos 1."]


def test_un_cupo_exacto_sigue_diciendo_lo_de_siempre():
    regla = Regla("por_categoria", {"pleno": 2, "asociado": 1}, "art. 13")
    avisos = avisos_de_composicion("Consejo", comite("AR", "AR", "AR", "BR", "BR", "CL", "CL"), [regla], CATEGORIAS,
                                   NOMBRES)
    assert avisos == ["Consejo: Argentina ocupa 3 puestos; el art. 13 admite 2.",
                      "Consejo: Uruguay tiene 0 de 1 puestos; falta 1 según el art. 13."]


def test_cinco_puestos_no_alcanzan_para_uno_exacto_por_cada_uno_de_ocho_paises():
    ocho = {p: "pleno" for p in ("AR", "BR", "CL", "CO", "EC", "MX", "PE", "UY")}
    assert cupos_imposibles({"pleno": 1}, ocho, 5, False) == (
        "los cupos piden al menos 8 puestos (8 países plenos) y el órgano tiene 5")
    assert cupos_imposibles({"pleno": {"maximo": 1}}, ocho, 5, False) is None
    # A lo sumo uno por país con tres países no llena cinco puestos, salvo que otros asientos los completen.
    tres = {p: "pleno" for p in ("AR", "BR", "CL")}
    assert cupos_imposibles({"pleno": {"maximo": 1}}, tres, 5, False) == (
        "con esos cupos se pueden ocupar a lo sumo 3 de sus 5 puestos")
    assert cupos_imposibles({"pleno": {"maximo": 1}}, tres, 5, True) is None
    # Un país retirado ya no cuenta.
    assert cupos_imposibles({"pleno": 1}, {**tres, "UY": "retirado"}, 3, False) is None


def test_los_cupos_se_escriben_y_se_leen():
    assert armar_cupos({"pleno": 2, "asociado": None}, {}, {}) == {"pleno": 2}
    assert armar_cupos({}, {"pleno": 1}, {"pleno": 2, "asociado": 0}) == {"pleno": {"minimo": 1, "maximo": 2},
                                                                          "asociado": {"maximo": 0}}
    with pytest.raises(ValueError, match="Para los países plenos, escriba un cupo exacto o un mínimo y un máximo"):
        armar_cupos({"pleno": 1}, {}, {"pleno": 2})
    assert describir_cupos({"pleno": {"minimo": 1, "maximo": 2}, "asociado": {"maximo": 0}, "observador": 0}) == (
        "de 1 a 2 por país pleno, a lo sumo 0 por país asociado, 0 por país observador")
    assert cupo_de({"pleno": {"minimo": 1}}, "pleno").maximo is None
    assert cupo_de({"pleno": {"minimo": 1}}, "asociado").maximo == 0
    assert [cupo_valido(v) for v in (2, {"maximo": 1}, {"minimo": 3, "maximo": 2}, {"otro": 1}, -1, True, {})] == [
        True, True, False, False, False, False, False]


def test_un_miembro_de_otro_tipo_en_un_comite_de_municipios_se_avisa():
    regla = Regla("tipo_de_miembro", {"tipos": ["municipio"], "todos": True}, "Reglamento, art. 8")
    asientos = comite("AR", "AR")
    tipos = {1: "municipio", 2: "gobierno_regional"}
    assert avisos_de_composicion("Comité de Municipios", asientos, [regla], CATEGORIAS, NOMBRES,
                                 tipos_de_miembro=tipos) == [
        "Comité de Municipios: Ciudad 2 es gobierno regional, y el Reglamento, art. 8 lo integra solo con municipios."]


def test_rige_la_ultima_regla_de_cupos_y_antes_de_su_fecha_la_anterior():
    vieja = Regla("por_categoria", {"pleno": 2}, "art. 13", date(2000, 1, 1))
    reformada = Regla("por_categoria", {"pleno": {"maximo": 1}}, "art. 13", date(2026, 6, 1))
    tamano = Regla("tamano_fijo", {"puestos": 5})
    assert reglas_que_rigen([vieja, reformada, tamano], date(2026, 5, 31)) == [vieja, tamano]
    assert reglas_que_rigen([vieja, reformada, tamano], date(2026, 6, 1)) == [reformada, tamano]
