"""El orden alfabético de los nombres (issue 43): «Łódź» salía después de «Zárate» en el padrón.

La clave ordena como ICU con los datos de CLDR (el orden de un índice o de una guía telefónica): las letras con
diacríticos junto a su base, sin distinguir mayúsculas en el primer nivel, y en castellano la ñ como letra propia
después de la n. Los órdenes esperados son los de ICU (`icu::Collator` «es» y «pt»), escritos a mano.
"""

import unicodedata

from hypothesis import given, strategies as st

from escritorio.dominio.orden_alfabetico import clave_de_orden, clave_en

CIUDADES = ["Zárate", "Łódź", "Sevilla", "Ñuñoa", "Øvre Eiker", "São Paulo", "Nueva Helvecia", "Ávila", "Oslo",
            "Neuquén", "Ñemby"]


def test_las_ciudades_en_castellano():
    assert sorted(CIUDADES, key=clave_en("es")) == [
        "Ávila", "Łódź", "Neuquén", "Nueva Helvecia", "Ñemby", "Ñuñoa", "Oslo", "Øvre Eiker", "São Paulo",
        "Sevilla", "Zárate"]


def test_en_portugues_la_enie_es_una_n_con_tilde():
    assert sorted(CIUDADES, key=clave_en("pt")) == [
        "Ávila", "Łódź", "Ñemby", "Neuquén", "Nueva Helvecia", "Ñuñoa", "Oslo", "Øvre Eiker", "São Paulo",
        "Sevilla", "Zárate"]
    assert sorted(CIUDADES, key=clave_en("en")) == sorted(CIUDADES, key=clave_en("pt"))


def test_el_orden_de_codigo_que_habia_antes_y_el_de_ahora():
    """Lo que veía la secretaria: por punto de código, las letras con tilde o barra al final."""
    assert sorted(["Zárate", "Łódź", "Ávila", "Lima"])[-2:] == ["Ávila", "Łódź"]
    assert sorted(["Zárate", "Łódź", "Ávila", "Lima"], key=clave_de_orden) == ["Ávila", "Lima", "Łódź", "Zárate"]


def test_mayusculas_tildes_y_letras_con_barra_solo_desempatan():
    # Primer nivel, las letras: «avila» = «Ávila» = «AVILA»; el desempate, tildes primero y mayúsculas después.
    assert sorted(["AVILA", "Ávila", "avila", "Avila", "ávila", "Avilés"], key=clave_de_orden) == [
        "avila", "Avila", "AVILA", "ávila", "Ávila", "Avilés"]
    assert sorted(["Lodz", "Łódź", "Lodos", "łódź", "Lódz"], key=clave_de_orden) == [
        "Lodos", "Lodz", "Lódz", "łódź", "Łódź"]
    assert sorted(["Peru", "Perú", "Perugia"], key=clave_de_orden) == ["Peru", "Perú", "Perugia"]
    assert sorted(["Orsta", "Ørsta", "Osorno", "Östersund"], key=clave_de_orden) == [
        "Orsta", "Ørsta", "Osorno", "Östersund"]


def test_eszett_como_ss_y_las_ligaduras_como_dos_letras():
    assert sorted(["Straßburg", "Strasbourg", "Strassen", "Stratford"], key=clave_de_orden) == [
        "Strasbourg", "Straßburg", "Strassen", "Stratford"]
    assert sorted(["Strasse", "Straße"], key=clave_de_orden) == ["Strasse", "Straße"]
    assert sorted(["Aeroparque", "Æble", "Afuera"], key=clave_de_orden) == ["Æble", "Aeroparque", "Afuera"]


def test_espacios_y_signos_antes_que_las_letras_y_los_digitos_antes_que_las_letras():
    assert sorted(["Sanabria", "San Juan", "San-Martín", "Santa Fe", "25 de Mayo", "9 de Julio"],
                  key=clave_de_orden) == ["25 de Mayo", "9 de Julio", "San Juan", "San-Martín", "Sanabria",
                                          "Santa Fe"]
    # Los espacios de más no cuentan; un espacio es un espacio (el de no separar también).
    assert clave_de_orden("San  Juan")[0] == clave_de_orden("San Juan")[0] == clave_de_orden("San\u00a0Juan")[0]


def test_la_misma_letra_escrita_de_dos_maneras_ordena_igual():
    """«São» con la ã precompuesta o con «a» + tilde combinante; la g̃ guaraní (sin forma precompuesta)."""
    assert clave_de_orden("São Paulo")[:3] == clave_de_orden("Sa\u0303o Paulo")[:3]
    assert sorted(["Gua", "G̃uarã", "Guarani"], key=clave_de_orden) == ["Gua", "G̃uarã", "Guarani"]


def test_otros_alfabetos_despues_del_latino_y_nada_falla():
    assert sorted(["Київ", "Zürich", "Αθήνα", ""], key=clave_de_orden) == ["", "Zürich", "Αθήνα", "Київ"]
    assert clave_de_orden(None) == clave_de_orden("")
    assert clave_de_orden(2024)[0] == clave_de_orden("2024")[0]


@given(st.text(alphabet=st.characters(codec="ascii", exclude_categories=("Cc",)), max_size=30))
def test_el_camino_corto_del_ascii_da_la_misma_clave_que_el_largo(texto):
    """Un carácter que no pesa (el de unión de ancho cero) manda el texto por el camino largo: la clave no cambia."""
    assert clave_de_orden(texto + "\u200d")[:3] == clave_de_orden(texto)[:3]


# La ı sin punto es otra letra (como en ICU): su mayúscula es la I de la i.
_LATINAS = st.characters(categories=("Lu", "Ll"), max_codepoint=0x17F, exclude_characters="ı")


@given(st.text(alphabet=_LATINAS, min_size=1, max_size=12))
def test_sin_mayusculas_ni_diacriticos_en_el_primer_nivel(texto):
    sin_marcas = "".join(c for c in unicodedata.normalize("NFD", texto) if not unicodedata.combining(c))
    for idioma in ("pt", "en"):   # en castellano la ñ es otra letra
        assert clave_de_orden(texto.upper(), idioma)[0] == clave_de_orden(texto.lower(), idioma)[0]
        assert clave_de_orden(texto, idioma)[0] == clave_de_orden(sin_marcas, idioma)[0]


@given(st.lists(st.text(max_size=8), max_size=12))
def test_el_orden_es_total_y_repetible(textos):
    ordenados = sorted(textos, key=clave_de_orden)
    al_reves = sorted(reversed(textos), key=clave_de_orden)
    assert [clave_de_orden(t) for t in al_reves] == [clave_de_orden(t) for t in ordenados]
    assert all(clave_de_orden(a) <= clave_de_orden(b) for a, b in zip(ordenados, ordenados[1:]))
    # Dos textos distintos nunca empatan (el último nivel es el texto mismo, sin espacios de más).
    assert len({clave_de_orden(t) for t in textos}) == len({" ".join(t.split()) for t in textos})


def test_ningun_caracter_de_unicode_deja_sin_clave_a_un_nombre():
    """El cheroqui pliega a mayúsculas («ꮖ».casefold() es «Ꮖ»): plegar y volver a minúsculas daba vueltas sin fin
    (RecursionError en cualquier lista ordenada con ese nombre). Cada punto de código tiene su clave, y la mayúscula y
    la minúscula de una letra cheroqui van juntas, la minúscula antes."""
    # Solo estos caracteres toman el camino de plegar (el resto no puede dar vueltas): se prueban todos.
    que_pliegan = [chr(p) for p in range(0x110000) if chr(p).casefold() != chr(p).lower()]
    assert len(que_pliegan) > 100 and "ꮖ" in que_pliegan
    for caracter in que_pliegan:
        clave_de_orden("Ciudad " + caracter)
        clave_de_orden("Ciudad " + caracter.upper())
    assert sorted(["Ꮖb", "ꮖa", "Ꮖa"], key=clave_de_orden) == ["ꮖa", "Ꮖa", "Ꮖb"]


# --- El camino por tablas del latín (issue 48: 100.000 nombres se ordenan en una fracción de segundo) ------------

_LATINOS = st.text(alphabet=st.sampled_from([chr(c) for c in range(0x20, 0x7f)] + [
    chr(c) for c in range(0xa0, 0x250) if unicodedata.normalize("NFC", chr(c)) == chr(c)] + [
    chr(c) for c in range(0x1e00, 0x1f00)] + ["\u0303", "\u0301"]), max_size=30)


def _por_el_camino_largo(texto: str, idioma: str):
    from escritorio.dominio.orden_alfabetico import _clave_larga

    texto = " ".join(texto.split())
    if texto.isascii() or not texto.isprintable():
        return clave_de_orden(texto, idioma)
    return _clave_larga(texto, idioma == "es")[:3] + (texto,)


def test_cada_letra_latina_pesa_lo_mismo_por_tablas_que_por_el_camino_largo():
    from escritorio.dominio.orden_alfabetico import _RAPIDOS

    assert len(_RAPIDOS) > 600   # el latín con sus tildes, el vietnamita, la ł, la ø…
    for idioma in ("es", "pt"):
        for codigo in _RAPIDOS:
            for texto in (chr(codigo), f"A{chr(codigo)}b", f"{chr(codigo).upper()}{chr(codigo)} x"):
                assert clave_de_orden(texto, idioma) == _por_el_camino_largo(texto, idioma), (hex(codigo), texto)


@given(_LATINOS, st.sampled_from(["es", "pt", "en"]))
def test_un_texto_latino_cualquiera_tiene_la_misma_clave_por_los_dos_caminos(texto, idioma):
    assert clave_de_orden(texto, idioma) == _por_el_camino_largo(texto, idioma)
