"""La clave de orden del dominio ordena como ICU (issue 43).

`dominio.orden_alfabetico` no puede usar ICU (el dominio no importa Qt, y PyICU no tiene ruedas para Windows); Qt
sí lo trae: `QCollator` es ICU con los datos de CLDR. Aquí es el oráculo: para nombres al azar hechos con las letras
de las ciudades de la red (con tildes, ñ, ł, ø, ß), espacios, guiones y dígitos, la clave y QCollator dicen lo mismo
en castellano, en portugués y en inglés.
"""

from functools import cmp_to_key

import pytest
from hypothesis import given, settings, strategies as st
from PySide6.QtCore import QCollator, QLocale

from escritorio.dominio.orden_alfabetico import clave_de_orden

LETRAS = "abcdeilmnorsuzABLNOSZáéíóúàâêôãõçñÑüÜłŁøØßåäöÖđðþı"
# Sin espacios de más: la clave los cuenta como uno (un nombre guardado ya viene sin ellos); ICU, no.
NOMBRES = st.text(alphabet=LETRAS + " -.'019", min_size=0, max_size=10).map(lambda t: " ".join(t.split()))
LOCALES = {"es": "es_ES", "pt": "pt_BR", "en": "en_US"}


def _signo(n: int) -> int:
    return (n > 0) - (n < 0)


@pytest.mark.parametrize("idioma", LOCALES)
@settings(max_examples=400, deadline=None)
@given(a=NOMBRES, b=NOMBRES)
def test_la_clave_compara_como_qcollator(idioma, a, b):
    icu = QCollator(QLocale(LOCALES[idioma])).compare(a, b)
    if icu == 0:   # ICU los da por iguales: la clave desempata por el texto, sin que importe cómo
        return
    ka, kb = clave_de_orden(a, idioma), clave_de_orden(b, idioma)
    assert (ka > kb) - (ka < kb) == _signo(icu), (a, b)


@pytest.mark.parametrize("idioma", LOCALES)
def test_las_ciudades_de_la_red_como_qcollator(idioma, copia_de_la_demo):
    from escritorio.servicios.base import abrir_base

    db = abrir_base(copia_de_la_demo)
    try:
        nombres = [f[0] for f in db.execute("SELECT nombre FROM miembros").fetchall()]
    finally:
        db.close()
    nombres += ["Łódź", "Zárate", "Ñuñoa", "Nueva Helvecia", "Ávila", "Oslo", "Øvre Eiker", "São Paulo", "Sevilla",
                "Ñemby", "Neuquén"]
    icu = QCollator(QLocale(LOCALES[idioma]))
    assert sorted(nombres, key=lambda n: clave_de_orden(n, idioma)) == sorted(nombres, key=cmp_to_key(icu.compare))
