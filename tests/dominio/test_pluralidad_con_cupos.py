"""La cuenta de una elección de varios puestos (dominio/elecciones.resultado_plurinominal): pluralidad con N
ganadoras, los cupos por país de la regla de composición (el Consejo de la demo: dos por país pleno, uno por
asociado, Estatuto, art. 13) y la segunda vuelta solo por los puestos que un empate deja sin decidir."""

import pytest

from escritorio.dominio.elecciones import CupoPais, resultado_plurinominal

ART_13 = "Estatuto, art. 13"
CATEGORIAS = {"AR": ("Argentina", "pleno"), "BR": ("Brasil", "pleno"), "PY": ("Paraguay", "pleno"),
              "UY": ("Uruguay", "pleno"), "VE": ("Venezuela", "pleno"), "BO": ("Bolivia", "asociado"),
              "CL": ("Chile", "asociado"), "CO": ("Colombia", "asociado"), "PE": ("Perú", "asociado")}


def cupos(ocupados: dict[str, int] | None = None) -> dict[str, CupoPais]:
    ocupados = ocupados or {}
    return {p: CupoPais(nombre, categoria, 2 if categoria == "pleno" else 1, ocupados.get(p, 0), ART_13)
            for p, (nombre, categoria) in CATEGORIAS.items()}


# 14 candidaturas para el Consejo: tres de Brasil (que admite dos), con los votos de una Asamblea.
CANDIDATURAS = [("São Paulo", "BR", 30), ("Rio de Janeiro", "BR", 28), ("Belo Horizonte", "BR", 27),
                ("Buenos Aires", "AR", 25), ("Montevideo", "UY", 24), ("Asunción", "PY", 22),
                ("Caracas", "VE", 20), ("Santiago", "CL", 18), ("Bogotá", "CO", 15), ("Rosario", "AR", 12),
                ("Lima", "PE", 11), ("Salto", "UY", 10), ("Encarnación", "PY", 9), ("Maracaibo", "VE", 8)]


def contar(candidaturas, puestos, ocupados=None, blancos=0):
    votos = {nombre: v for nombre, _, v in candidaturas}
    paises = {nombre: pais for nombre, pais, _ in candidaturas}
    return resultado_plurinominal(votos, {n: n for n in votos}, puestos, blancos, 0, 0, paises, cupos(ocupados))


def test_once_puestos_entre_catorce_saltando_a_la_tercera_de_brasil():
    r = contar(CANDIDATURAS, 11, blancos=5)
    assert list(r.electas) == ["São Paulo", "Rio de Janeiro", "Buenos Aires", "Montevideo", "Asunción", "Caracas",
                               "Santiago", "Bogotá", "Rosario", "Lima", "Salto"]
    assert r.saltadas == ("Belo Horizonte",) and r.segunda_vuelta == () and r.puestos_segunda_vuelta == 0
    assert r.ganadora is None and r.ganadoras == r.electas
    assert r.texto.startswith("Elección de 11 puestos por pluralidad de votos. Resultaron electas 11 de 11 puestos: "
                              "São Paulo (30 votos); Rio de Janeiro (28 votos); Buenos Aires (25 votos);")
    assert ("Se saltó a Belo Horizonte (27 votos): Brasil ya completó su cupo de 2 puestos (país pleno, Estatuto, "
            "art. 13).") in r.texto
    assert r.texto.endswith("Maracaibo, 8 votos; 5 en blanco, 0 nulos, 0 abstenciones.")


def test_el_cupo_cuenta_las_electas_con_mandato_vigente_en_el_periodo():
    # Uruguay ya tiene una ciudad en el Consejo por todo el período: solo le queda un puesto.
    r = contar(CANDIDATURAS, 11, ocupados={"UY": 1})
    assert "Salto" not in r.electas and "Montevideo" in r.electas
    assert "Encarnación" in r.electas  # el puesto que Salto no podía ocupar pasa a la siguiente
    assert ("Se saltó a Salto (10 votos): Uruguay ya completó su cupo de 2 puestos (país pleno, Estatuto, art. 13; "
            "1 ya electa para el período).") in r.texto


def test_empate_en_el_puesto_once_va_a_segunda_vuelta_por_un_puesto_entre_las_empatadas():
    # Encarnación sube a 10 votos: empata con Salto por el puesto 11 (Belo Horizonte se salta, como arriba).
    empatadas = [c if c[0] != "Encarnación" else ("Encarnación", "PY", 10) for c in CANDIDATURAS]
    r = contar(empatadas, 11)
    assert len(r.electas) == 10 and r.electas[-1] == "Lima"
    assert "Salto" not in r.electas and "Encarnación" not in r.electas
    assert r.segunda_vuelta == ("Salto", "Encarnación") and r.puestos_segunda_vuelta == 1
    assert "Resultaron electas 10 de 11 puestos:" in r.texto
    assert "Empate en el último puesto: Salto y Encarnación, con 10 votos cada una, para 1 puesto." in r.texto
    assert "Corresponde una segunda vuelta entre Salto y Encarnación por 1 puesto." in r.texto
    assert "sin cubrir" not in r.texto


def test_empate_de_dos_de_un_pais_por_el_unico_puesto_de_su_cupo():
    # Dos uruguayas empatadas cuando a Uruguay le queda un puesto: segunda vuelta entre ellas por ese puesto, y los
    # demás puestos se siguen cubriendo con las siguientes (su resultado no depende de esa vuelta).
    candidaturas = [("Montevideo", "UY", 20), ("Salto", "UY", 20), ("Lima", "PE", 15), ("Rosario", "AR", 10)]
    r = resultado_plurinominal({n: v for n, _, v in candidaturas}, {n: n for n, *_ in candidaturas}, 3, 0, 0, 0,
                               {n: p for n, p, _ in candidaturas}, cupos({"UY": 1}))
    assert r.electas == ("Lima", "Rosario")
    assert r.segunda_vuelta == ("Montevideo", "Salto") and r.puestos_segunda_vuelta == 1
    assert ("Empate entre Montevideo y Salto, de Uruguay, con 20 votos cada una, para 1 puesto que le queda a Uruguay "
            "de su cupo de 2 puestos (país pleno, Estatuto, art. 13; 1 ya electa para el período).") in r.texto


def test_mas_puestos_que_candidaturas_quedan_puestos_sin_cubrir():
    tres = [("Montevideo", "UY", 9), ("Lima", "PE", 4), ("Quito", None, 0)]  # Quito, sin votos, no resulta electa
    r = contar(tres, 5)
    assert r.electas == ("Montevideo", "Lima") and r.segunda_vuelta == ()
    assert "Resultaron electas 2 de 5 puestos: Montevideo (9 votos); Lima (4 votos)." in r.texto
    assert "Quedan 3 puestos sin cubrir: no hay más candidaturas con votos que puedan ocuparlos." in r.texto


def test_sin_regla_de_cupos_es_pluralidad_pura_y_sin_votos_no_hay_electas():
    votos = {"a": 5, "b": 5, "c": 1}
    r = resultado_plurinominal(votos, {k: k.upper() for k in votos}, 2, 0, 0, 0)
    assert r.electas == ("a", "b")
    nadie = resultado_plurinominal({"a": 0, "b": 0}, {"a": "A", "b": "B"}, 2, 3, 0, 0)
    assert nadie.electas == () and "Ninguna candidatura obtuvo votos: no hay candidaturas electas." in nadie.texto
    with pytest.raises(ValueError):
        resultado_plurinominal(votos, {k: k for k in votos}, 0, 0, 0, 0)


# --- cupos por grupo además del país (issue 80, §2): una candidatura ocupa el de su país y el de su región ---------

def _con_regiones(votos: dict, claves: dict, cupos: dict, puestos: int):
    return resultado_plurinominal(votos, {n: n for n in votos}, puestos, 0, 0, 0, claves, cupos)


def _cupo(nombre, maximo, minimo=0, grupo=False):
    return CupoPais(nombre, "Región continental" if grupo else "pleno", maximo, 0, "Estatuto, art. 7", minimo,
                    de_un_grupo=grupo)


AL = ("Región continental", "América Latina")
EU = ("Región continental", "Europa")


def test_un_empate_en_un_pais_y_una_region_llenos_va_a_segunda_vuelta_por_un_puesto_y_no_cae():
    votos = {"São Paulo": 10, "Rio de Janeiro": 10, "Rosario": 5, "Paris": 4}
    claves = {"São Paulo": ("BR", AL), "Rio de Janeiro": ("BR", AL), "Rosario": ("AR", AL), "Paris": ("FR", EU)}
    cupos = {"BR": _cupo("Brasil", 1), "AR": _cupo("Argentina", 1), "FR": _cupo("Francia", 1),
             AL: _cupo("América Latina", 1, grupo=True), EU: _cupo("Europa", 1, grupo=True)}
    r = _con_regiones(votos, claves, cupos, 3)
    assert (list(r.electas), set(r.segunda_vuelta), r.puestos_segunda_vuelta) == (
        ["Paris"], {"São Paulo", "Rio de Janeiro"}, 1)
    assert "Empate entre São Paulo y Rio de Janeiro, con 10 votos cada una, para 1 puesto que dejan libres sus " \
           "cupos (Brasil: 1 de 1 puesto; América Latina: 1 de 1 puesto)." in r.texto
    assert "Se saltó a Rosario (5 votos): América Latina ya completó su cupo de 1 puesto (Región continental, " \
           "Estatuto, art. 7)." in r.texto


def test_un_empate_que_solo_deja_un_lugar_de_la_region_no_se_lleva_los_demas_puestos():
    votos = {"Rio de Janeiro": 10, "São Paulo": 10, "Rosario": 10, "Paris": 5, "Lyon": 4}
    claves = {"Rio de Janeiro": ("BR", AL), "São Paulo": ("BR", AL), "Rosario": ("AR", AL), "Paris": ("FR", EU),
              "Lyon": ("FR", EU)}
    cupos = {"BR": _cupo("Brasil", 1), AL: _cupo("América Latina", 1, grupo=True), EU: _cupo("Europa", 2, grupo=True)}
    r = _con_regiones(votos, claves, cupos, 3)
    assert (list(r.electas), set(r.segunda_vuelta), r.puestos_segunda_vuelta) == (
        ["Paris", "Lyon"], {"Rio de Janeiro", "São Paulo", "Rosario"}, 1)


def test_un_cupo_que_solo_pide_un_minimo_cuenta_a_las_electas_y_no_dice_lo_que_no_es():
    votos = {"Paris": 9, "Lyon": 8, "Rosario": 7}
    claves = {"Paris": ("FR", EU), "Lyon": ("FR", EU), "Rosario": ("AR", AL)}
    cupos = {EU: _cupo("Europa", None, minimo=2, grupo=True), AL: _cupo("América Latina", None, minimo=2, grupo=True),
             "AR": _cupo("Argentina", None, minimo=1)}
    r = _con_regiones(votos, claves, cupos, 3)
    assert list(r.electas) == ["Paris", "Lyon", "Rosario"]
    assert "Europa queda" not in r.texto and "Argentina queda" not in r.texto
    assert ("América Latina queda con 1 puesto; su cupo pide al menos 2 puestos (Región continental, Estatuto, "
            "art. 7).") in r.texto
