"""dominio/exigencia_de_reglas.py: el orden de «más exigente» de cada parámetro de una regla de sesión (issue 59,
punto 1). Una regla con artículo solo se endurece desde la configuración: estas comparaciones lo deciden."""

import pytest

from escritorio.dominio.exigencia_de_reglas import (IGUAL, MAS_ESTRICTA, MENOS_ESTRICTA, NO_COMPARABLE, combinar,
                                                    comparar_anticipacion, comparar_fraccion, comparar_mayoria,
                                                    comparar_morosos, comparar_poderes, comparar_quorum,
                                                    comparar_segunda_convocatoria, rebaja)
from escritorio.dominio.mayorias import ReglaMayoria
from escritorio.dominio.sesiones import ReglaQuorum

MITAD_MAS_UNO = ReglaQuorum(1, 2, True)
DOS_TERCIOS = ReglaQuorum(2, 3, False)
UN_TERCIO = ReglaQuorum(1, 3, False)
MITAD = ReglaQuorum(1, 2, False)


@pytest.mark.parametrize("nueva, vieja, esperado", [
    (DOS_TERCIOS, MITAD_MAS_UNO, MAS_ESTRICTA),      # 7 de 10 frente a 6; nunca menos
    (MITAD_MAS_UNO, DOS_TERCIOS, MENOS_ESTRICTA),
    (UN_TERCIO, MITAD_MAS_UNO, MENOS_ESTRICTA),
    (MITAD, MITAD_MAS_UNO, MENOS_ESTRICTA),          # 5 de 10 frente a 6
    (MITAD_MAS_UNO, MITAD_MAS_UNO, IGUAL),
    (ReglaQuorum(3, 5, False), MITAD_MAS_UNO, MAS_ESTRICTA),   # 3/5 de 11 pide 7 (frente a 6); nunca menos
])
def test_fracciones_de_quorum_comparadas_en_cada_tamano(nueva, vieja, esperado):
    assert comparar_fraccion(nueva, vieja) == esperado


def test_el_quorum_sobre_los_integrantes_y_sin_segunda_convocatoria_es_mas_exigente():
    base = ReglaQuorum(1, 2, True, "con_derecho", 60)
    assert comparar_quorum(ReglaQuorum(1, 2, True, "integrantes", 60), base) == MAS_ESTRICTA
    assert comparar_quorum(ReglaQuorum(1, 2, True, "con_derecho", None), base) == MAS_ESTRICTA
    assert comparar_quorum(ReglaQuorum(1, 2, True, "con_derecho", 30), base) == MENOS_ESTRICTA
    # Más fracción pero con una segunda convocatoria que antes no había: sube una parte y baja otra.
    assert comparar_quorum(ReglaQuorum(2, 3, False, "con_derecho", 30),
                           ReglaQuorum(1, 2, True, "con_derecho", None)) == NO_COMPARABLE
    # El artículo no cuenta.
    assert comparar_quorum(ReglaQuorum(1, 2, True, "con_derecho", 60, "Estatuto, art. 19"), base) == IGUAL


def test_segunda_convocatoria_y_numeros():
    assert comparar_segunda_convocatoria(None, 60) == MAS_ESTRICTA
    assert comparar_segunda_convocatoria(60, None) == MENOS_ESTRICTA
    assert comparar_segunda_convocatoria(90, 60) == MAS_ESTRICTA
    assert comparar_poderes(2, 3) == MAS_ESTRICTA
    assert comparar_poderes(3, 2) == MENOS_ESTRICTA
    assert comparar_poderes(None, 2) == MENOS_ESTRICTA       # sin máximo: lo menos exigente
    assert comparar_poderes(0, None) == MAS_ESTRICTA
    assert comparar_poderes(None, None) == IGUAL
    assert comparar_morosos(True, False) == MAS_ESTRICTA
    assert comparar_morosos(False, True) == MENOS_ESTRICTA
    assert comparar_anticipacion(30, 15) == MAS_ESTRICTA
    assert comparar_anticipacion(None, 15) == MENOS_ESTRICTA
    assert comparar_anticipacion(None, 0) == IGUAL


def test_mayorias():
    dos_tercios = ReglaMayoria("dos_tercios", "presentes", "Estatuto, arts. 20 y 24")
    assert comparar_mayoria(ReglaMayoria("simple", "emitidos"), dos_tercios) == MENOS_ESTRICTA
    assert comparar_mayoria(ReglaMayoria("tres_cuartos", "presentes"), dos_tercios) == MAS_ESTRICTA
    assert comparar_mayoria(ReglaMayoria("tres_cuartos", "emitidos"), dos_tercios) == NO_COMPARABLE


def test_combinar_y_rebaja():
    assert combinar(IGUAL, IGUAL) == IGUAL
    assert combinar(IGUAL, MAS_ESTRICTA) == MAS_ESTRICTA
    assert combinar(MENOS_ESTRICTA, IGUAL) == MENOS_ESTRICTA
    assert combinar(MAS_ESTRICTA, MENOS_ESTRICTA) == NO_COMPARABLE
    assert combinar(NO_COMPARABLE) == NO_COMPARABLE
    assert rebaja(MENOS_ESTRICTA) and rebaja(NO_COMPARABLE)
    assert not rebaja(MAS_ESTRICTA) and not rebaja(IGUAL)
