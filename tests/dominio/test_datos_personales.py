"""Los plazos de cada ley y cómo se reconoce a una persona en un texto (dominio/datos_personales.py, issue 65)."""

from datetime import date

import pytest

from escritorio.dominio import datos_personales as reglas


@pytest.mark.parametrize("pais, derecho, recibida, vence, cita", [
    # Argentina: acceso en 10 días corridos; rectificación y supresión en 5 hábiles (de lunes a viernes).
    ("AR", "acceso", date(2026, 11, 20), date(2026, 11, 30), "Ley 25.326, art. 14"),
    ("AR", "supresion", date(2026, 11, 20), date(2026, 11, 27), "Ley 25.326, art. 16"),
    # Brasil: 15 días corridos (LGPD art. 19).
    ("BR", "acceso", date(2026, 11, 20), date(2026, 12, 5), "LGPD, art. 19"),
    # Uruguay: 5 hábiles; un viernes salta el fin de semana.
    ("UY", "acceso", date(2026, 11, 27), date(2026, 12, 4), "Ley 18.331, art. 14"),
    # Chile: hasta el 30/11/2026, 2 días hábiles; desde el 1/12/2026 (Ley 21.719), 30 corridos.
    ("CL", "acceso", date(2026, 11, 30), date(2026, 12, 2), "Ley 19.628, art. 16"),
    ("CL", "acceso", date(2026, 12, 1), date(2026, 12, 31), "Ley 21.719"),
    # España: un mes; del 31 de enero, el último día de febrero.
    ("ES", "supresion", date(2027, 1, 31), date(2027, 2, 28), "2016/679"),
])
def test_el_plazo_de_cada_ley_con_su_articulo(pais, derecho, recibida, vence, cita):
    plazo = reglas.plazo_de(pais, derecho, recibida)
    assert plazo is not None and cita in plazo.cita
    assert reglas.vence(recibida, plazo) == vence


def test_sin_ley_conocida_no_hay_plazo_y_el_propio_manda():
    assert reglas.plazo_de("PY", "acceso", date(2026, 11, 20)) is None
    propio = reglas.plazo_de("PY", "acceso", date(2026, 11, 20), dias_propios=15)
    assert reglas.vence(date(2026, 11, 20), propio) == date(2026, 12, 5)
    assert propio.cita == "plazo fijado por la asociación"
    # El propio manda también sobre el de la ley.
    assert reglas.plazo_de("BR", "acceso", date(2026, 11, 20), dias_propios=7).dias == 7


def test_cada_ley_tiene_plazo_para_cada_derecho():
    """Los cuatro de siempre, escritos en cada ley; los otros de la LGPD (issue 81), escritos o con el plazo del
    derecho con que se responden (SE_RESPONDE_CON), con su cita."""
    for ley in reglas.LEYES:
        assert set(ley.plazos) >= {reglas.ACCESO, reglas.RECTIFICACION, reglas.SUPRESION, reglas.OPOSICION}, ley.nombre
        assert set(ley.plazos) <= set(reglas.DERECHOS), ley.nombre
        assert all(p.cita for p in ley.plazos.values()), ley.nombre
        for derecho in reglas.DERECHOS:
            plazo = reglas.plazo_de(ley.pais, derecho, ley.desde or date(2026, 1, 1))
            assert plazo is not None and plazo.cita, (ley.nombre, derecho)


def test_una_persona_se_reconoce_por_su_nombre_entero_no_dentro_de_otro():
    assert reglas.nombra("Estimada ANA BARBOSA:", "Ana Barbosa")
    assert not reglas.nombra("Luciana Barbosa", "Ana Barbosa")
    assert not reglas.nombra("juliana@x.org", "ana@x.org")
    assert reglas.nombra("<p>ana@x.org</p>", "ana@x.org")
    assert not reglas.nombra("", "Ana Barbosa") and not reglas.nombra("Ana Barbosa", "  ")


def test_redactar_reemplaza_solo_a_la_persona_tambien_en_html():
    texto = "Ana Barbosa (ana.b@x.org) y Luciana Barbosa. <b>Ana Barbosa</b> &lt;ana.b@x.org&gt;"
    assert reglas.redactar(texto, ["Ana Barbosa", "ana.b@x.org"], "[dato suprimido]") == (
        "[dato suprimido] ([dato suprimido]) y Luciana Barbosa. <b>[dato suprimido]</b> &lt;[dato suprimido]&gt;")
    assert reglas.redactar("O'Brien & Co", ["O'Brien"], "X") == "X & Co"
