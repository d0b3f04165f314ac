"""dominio/mayorias.py: la única fuente de verdad de las mayorías (issue 13, punto 1).

Los casos en que coincidimos con las definiciones de OpenSlides (dos tercios cuenta exactamente 2/3 como
alcanzado; tres cuartos de los miembros con derecho; base cero no da resultado) quedan como pruebas. Los
desacuerdos (poderes, morosos, votos ponderados) dependen de quién está en la base: se prueban en
tests/servicios/test_mayorias_por_decision.py, donde la base se arma con la asistencia real.
"""

import pytest

from escritorio.datos.esquema.elecciones_y_reglas import _TIPOS_DECISION_SQL
from escritorio.dominio import sesiones
from escritorio.dominio.mayorias import (BASES, MAYORIAS, TIPOS_DECISION, ReglaMayoria, problema_de_mayoria,
                                         resultado_votacion)


def test_los_tipos_de_decision_son_los_del_esquema():
    """La lista del CHECK de reglas_quorum (migración 0012) es la del dominio, en el mismo orden."""
    del_esquema = [v.strip().strip("'") for v in _TIPOS_DECISION_SQL.split(",")]
    assert del_esquema == list(TIPOS_DECISION)
    assert TIPOS_DECISION["reforma_estatuto"] == "Reforma del estatuto"
    assert TIPOS_DECISION["disolucion"] == "Disolución"


def test_dominio_sesiones_reexporta_las_mayorias():
    assert sesiones.MAYORIAS is MAYORIAS and sesiones.BASES is BASES
    assert sesiones.resultado_votacion is resultado_votacion


@pytest.mark.parametrize("regla, texto", [
    (ReglaMayoria("dos_tercios", "presentes", "Estatuto, art. 20"),
     "Dos tercios de los miembros presentes con derecho a voto (Estatuto, art. 20)"),
    (ReglaMayoria("tres_cuartos", "con_derecho", "Estatuto, art. 25"),
     "Tres cuartos de los miembros con derecho a voto (Estatuto, art. 25)"),
    (ReglaMayoria("absoluta", "emitidos"), "Mayoría absoluta (más de la mitad) de los votos emitidos"),
    (ReglaMayoria(articulo="Estatuto, art. 20"),
     "Mayoría simple: más votos a favor que en contra, sin contar las abstenciones (Estatuto, art. 20)"),
])
def test_describir_dice_la_mayoria_su_base_y_su_articulo(regla, texto):
    assert regla.describir() == texto


@pytest.mark.parametrize("base", ["presentes", "con_derecho"])
def test_la_mayoria_simple_no_tiene_base_y_el_mensaje_sugiere_la_absoluta(base):
    """Antes 11–10–5 con 26 presentes «pasaba» con base «presentes» sin decir que la base se ignoraba."""
    problema = problema_de_mayoria("simple", base)
    assert problema.startswith("La mayoría simple es más votos a favor que en contra")
    assert "absoluta de los presentes" in problema
    assert ReglaMayoria("simple", base).problema() == problema
    with pytest.raises(ValueError, match="absoluta de los presentes"):
        resultado_votacion(11, 10, 5, "simple", base, presentes=26, con_derecho=30)
    assert problema_de_mayoria("simple", "emitidos") is None


def test_once_diez_cinco_con_veintiseis_presentes():
    """El caso del issue, dicho como es: simple pasa (11 > 10); absoluta de los presentes no (11 < 14)."""
    simple = resultado_votacion(11, 10, 5, "simple", "emitidos", presentes=26, con_derecho=30)
    assert simple.aprobada and "más votos a favor que en contra" in simple.texto
    absoluta = resultado_votacion(11, 10, 5, "absoluta", "presentes", presentes=26, con_derecho=30)
    assert not absoluta.aprobada
    assert absoluta.texto == ("Rechazada: 11 a favor, 10 en contra, 5 abstenciones; se requerían 14 (más de la mitad "
                              "de 26 miembros presentes).")


# --- coincidencias con OpenSlides --------------------------------------------------------------------------

def test_dos_tercios_exactos_alcanzan():
    """Como OpenSlides: 2/3 exactos es mayoría de dos tercios (20 de 30, 2 de 3)."""
    assert resultado_votacion(20, 10, 0, "dos_tercios", "emitidos", 30, 30).aprobada
    assert resultado_votacion(2, 1, 0, "dos_tercios", "emitidos", 3, 3).aprobada
    assert not resultado_votacion(19, 10, 0, "dos_tercios", "emitidos", 29, 29).aprobada   # 65,5 %


def test_tres_cuartos_de_los_miembros_con_derecho():
    """Como OpenSlides («three quarters of all entitled»): se cuenta sobre todos los con derecho, presentes o no."""
    resultado = resultado_votacion(30, 0, 0, "tres_cuartos", "con_derecho", presentes=30, con_derecho=40)
    assert resultado.aprobada and resultado.requerido == 30
    assert not resultado_votacion(30, 0, 0, "tres_cuartos", "con_derecho", presentes=30, con_derecho=41).aprobada


@pytest.mark.parametrize("mayoria, base, presentes", [
    ("absoluta", "emitidos", 10), ("dos_tercios", "emitidos", 10), ("tres_cuartos", "presentes", 0),
    ("dos_tercios", "con_derecho", 0),
])
def test_base_cero_no_da_resultado_y_se_rechaza_con_texto_claro(mayoria, base, presentes):
    """Como OpenSlides, una base cero no da mayoría; aquí la moción queda rechazada y el texto dice por qué."""
    resultado = resultado_votacion(0, 0, presentes, mayoria, base, presentes=presentes, con_derecho=0)
    assert not resultado.aprobada and resultado.base == 0
    assert f"no hay mayoría que alcanzar: la base ({BASES[base]}) es cero" in resultado.texto
    assert resultado.texto.startswith("Rechazada:")
