"""Singular y plural en los textos que van al acta (issue 14, punto 4): «se requería 1», «de 1 miembro presente».

Un órgano chico (una comisión de tres, una elección con un solo voto emitido) da números uno: el acta no dice
«se requerían 1» ni «de 1 miembros presentes». Con más de uno, los textos de siempre.
"""

from escritorio.dominio.elecciones import resultado_eleccion
from escritorio.dominio.mayorias import resultado_votacion
from escritorio.dominio.sesiones import ReglaQuorum, calcular_quorum


def test_una_votacion_con_un_solo_presente():
    texto = resultado_votacion(1, 0, 0, "absoluta", "presentes", presentes=1, con_derecho=3).texto
    assert texto == ("Aprobada: 1 a favor, 0 en contra, 0 abstenciones; se requería 1 (más de la mitad de 1 miembro "
                     "presente).")
    texto = resultado_votacion(1, 0, 1, "dos_tercios", "emitidos", presentes=2, con_derecho=3).texto
    assert texto.endswith("1 abstención; se requería 1 (dos tercios de 1 voto emitido).")
    texto = resultado_votacion(0, 0, 0, "tres_cuartos", "con_derecho", presentes=0, con_derecho=1).texto
    assert texto.endswith("se requería 1 (tres cuartos de 1 miembro con derecho a voto).")


def test_con_mas_de_uno_sigue_en_plural():
    texto = resultado_votacion(3, 1, 1, "absoluta", "presentes", presentes=5, con_derecho=7).texto
    assert texto.endswith("se requerían 3 (más de la mitad de 5 miembros presentes).")


def test_una_eleccion_con_un_solo_voto():
    r = resultado_eleccion({"A": 1, "B": 0}, {"A": "Montevideo", "B": "Rosario"}, blancos=0, nulos=0, abstenciones=0,
                           mayoria="absoluta",
                           base="emitidos", presentes=1, con_derecho=1)
    assert "con 1 voto; se requería 1 (más de la mitad de 1 voto emitido)" in r.texto


def test_el_quorum_de_un_organo_de_un_integrante():
    regla = ReglaQuorum(articulo="art. 9")
    assert calcular_quorum(regla, 1, 1).enunciado() == (
        "Con la presencia de 1 de 1 miembro con derecho a voto se verifica el quórum (art. 9).")
    assert calcular_quorum(regla, 1, 0).enunciado() == (
        "Con la presencia de 0 de 1 miembro con derecho a voto no hay quórum: se requiere 1 (art. 9).")
    assert calcular_quorum(regla, 3, 1).enunciado() == (
        "Con la presencia de 1 de 3 miembros con derecho a voto no hay quórum: se requieren 2 (art. 9).")
    integrantes = ReglaQuorum(sobre="integrantes")
    assert "de 1 integrante se verifica" in calcular_quorum(integrantes, 1, 1).enunciado()
    assert ReglaQuorum(segunda_convocatoria_minutos=1).describir().count("pasado 1 minuto,") == 1
    assert "pasados 30 minutos," in ReglaQuorum(segunda_convocatoria_minutos=30).describir()
