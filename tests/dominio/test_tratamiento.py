"""dominio/tratamiento.py: el cargo de quien firma en el género que dicen los datos (issue 14, punto 4).

Sin una palabra que lo diga, la función («Presidencia»), que vale para cualquiera; nunca se adivina por el nombre.
"""

import pytest

from escritorio.dominio.tratamiento import sin_la_funcion, FEMENINO, MASCULINO, cargo_de_firma, genero_de, genero_en


@pytest.mark.parametrize("texto, genero", [
    ("Sra. Carolina Cosse", FEMENINO),
    ("Patricia Sosa, Intendenta de Mar del Plata", FEMENINO),
    ("Alcaldesa", FEMENINO),
    ("Prefeita", FEMENINO),
    ("Jefa de Gobierno", FEMENINO),
    ("la secretaria Ana Gómez", FEMENINO),
    ("Dr. Daniel Martínez", MASCULINO),
    ("Prefeito", MASCULINO),
    ("Jefe de Gobierno", MASCULINO),
    ("Intendente", None),                   # epiceno: y es el que la base pone por omisión
    ("Presidente municipal", None),
    ("Secretaría Técnica Permanente", None),  # la oficina, con tilde, no la persona
    ("Secretaría Ejecutiva", None),
    ("Patricia Sosa", None),                # el nombre de pila no se interpreta
    ("Dra. Ana Pérez, Alcalde", None),      # se contradicen: no se sabe
    ("", None),
    (None, None),
])
def test_genero_en(texto, genero):
    assert genero_en(texto) == genero


def test_manda_el_primer_texto_que_lo_dice():
    assert genero_de("Secretaría Ejecutiva", None, "Intendenta") == FEMENINO
    assert genero_de("Sr. Juan Pérez", "Intendenta") == MASCULINO
    assert genero_de("Patricia Sosa", "Intendente") is None


@pytest.mark.parametrize("funcion, genero, cargo", [
    ("presidencia", FEMENINO, "Presidenta"), ("presidencia", MASCULINO, "Presidente"), ("presidencia", None, "Presidencia"),
    ("secretaria", FEMENINO, "Secretaria"), ("secretaria", MASCULINO, "Secretario"), ("secretaria", None, "Secretaría"),
])
def test_cargo_de_firma(funcion, genero, cargo):
    assert cargo_de_firma(funcion, genero) == cargo


@pytest.mark.parametrize("texto, funcion, nombre", [
    ("Presidenta Carolina Cosse", "presidencia", "Carolina Cosse"),
    ("Carolina Cosse, Presidenta", "presidencia", "Carolina Cosse"),
    ("Carolina Cosse (Presidenta)", "presidencia", "Carolina Cosse"),
    ("la Presidenta: Carolina Cosse", "presidencia", "Carolina Cosse"),
    ("Sr. Juan Pérez — Secretario", "secretaria", "Sr. Juan Pérez"),
    ("Secretária Ana Lima", "secretaria", "Ana Lima"),
    ("Sra. Carolina Cosse", "presidencia", "Sra. Carolina Cosse"),   # un tratamiento no es la función
    ("Presidenta", "presidencia", "Presidenta"),                     # solo el título: es lo único que hay
    ("Secretaria\x00", "secretaria", "Secretaria\x00"),             # sin un nombre después, tal cual
    ("Presidente Prudente", "secretaria", "Presidente Prudente"),     # el de otra función no se toca
])
def test_sin_la_funcion(texto, funcion, nombre):
    """Issue 78: «Presidenta Carolina Cosse» en el borrador daba un bloque de firma con «Presidenta» dos veces."""
    assert sin_la_funcion(texto, funcion) == nombre
