"""Boletas de varios nombres por la línea de órdenes, sobre una copia de la demo (issue 59, punto
3): el Consejo, con 10 integrantes presentes, elige 2 puestos con boletas que marcan hasta 2 candidaturas. El recuento
por totales (marcas por candidatura y número de boletas) o boleta por boleta; lo imposible se rechaza con un mensaje
que dice qué está mal y cómo corregirlo (sale con 1); el acta imprime la forma, las boletas y las marcas.

Las órdenes corren por la entrada del programa en este proceso (la fixture `cli`: el mismo estado de salida y los
mismos mensajes, 0,02 s por orden en lugar de 0,3 s); la elección cerrada se relee en un proceso real."""

import subprocess
from datetime import timedelta

import pytest

from ayudas import bienio_siguiente_del_consejo, en_json, hecho

DESDE, HASTA = bienio_siguiente_del_consejo()
SESION = (DESDE - timedelta(days=3)).isoformat()   # con el Consejo en curso


@pytest.fixture
def consejo(copia_de_la_demo, cli):
    """Una sesión del Consejo con 10 integrantes presentes (de 17: hay quórum) y un punto de elección. Devuelve
    (la orden sobre la copia, el id de la sesión, el del punto, los ids de los miembros por nombre)."""

    def orden(*argumentos, proceso_real: bool = False):
        return cli(*argumentos, db=copia_de_la_demo, proceso_real=proceso_real)

    miembros = {m["nombre"]: m["id"] for m in en_json(orden("miembros", "listar", "--json"))}
    asientos = en_json(orden("organos", "composicion", "Consejo", "--al", SESION, "--json"))["asientos"]
    integrantes = [a["miembro_id"] for a in asientos if a["con_voto"]]
    sesion = en_json(orden("sesiones", "convocar", "Consejo", "--fecha", SESION, "--hora", "10:00", "--lugar",
                           "Montevideo", "--json"))["id"]
    hecho(orden("sesiones", "asistencia", sesion, "--presentes", ",".join(map(str, integrantes[:10])),
                "--ausentes", ",".join(map(str, integrantes[10:]))))
    punto = en_json(orden("sesiones", "punto", sesion, "--titulo", "Elección del Consejo", "--tipo", "eleccion",
                          "--decision", "eleccion", "--json"))["id"]
    return orden, sesion, punto, miembros


def _candidaturas(orden, punto, miembros, nombres) -> dict[str, int]:
    return {n: en_json(orden("sesiones", "candidatura", punto, "--miembro", miembros[n], "--json"))["id"]
            for n in nombres}


def _definir(orden, punto, *opciones):
    return orden("sesiones", "eleccion", punto, "--organo", "Consejo", "--cargo", "titular", "--desde", DESDE,
                 "--hasta", HASTA, "--puestos", "2", *opciones)


def test_dos_puestos_diez_boletas_de_dos_marcas(consejo, tmp_path):
    orden, sesion, punto, miembros = consejo
    hecho(_definir(orden, punto))   # un voto por boleta, como siempre
    ids = _candidaturas(orden, punto, miembros, ("Artigas", "Antofagasta", "Armenia"))
    votos = f"{ids['Artigas']}:8,{ids['Antofagasta']}:7,{ids['Armenia']}:5"
    # Con un voto por boleta, 20 votos de 10 presentes no caben: lo de antes, que la forma de la boleta resuelve.
    antes = hecho(orden("sesiones", "cerrar-eleccion", punto, "--votos", votos), 1).stderr
    assert "Hay 20 votos y solo 10 miembros presentes" in antes and "--marcas-max" in antes
    sin_marcas = hecho(orden("sesiones", "cerrar-eleccion", punto, "--votos", votos, "--boletas", "10"), 1).stderr
    assert "se definió con un voto por boleta" in sin_marcas and "redefínala con varias marcas" in sin_marcas

    definida = hecho(_definir(orden, punto, "--marcas-max", "2")).stdout
    assert "Varias marcas por boleta: de 1 a 2 candidaturas" in definida
    faltan = hecho(orden("sesiones", "cerrar-eleccion", punto, "--votos", votos), 1).stderr
    assert "Escriba cuántas boletas se emitieron" in faltan
    de_mas = hecho(orden("sesiones", "cerrar-eleccion", punto, "--votos", votos, "--boletas", "11"), 1).stderr
    assert "Hay 11 boletas y solo 10 miembros presentes con derecho a voto" in de_mas

    cerrada = en_json(orden("sesiones", "cerrar-eleccion", punto, "--votos", votos, "--boletas", "10", "--json"))
    assert cerrada["electas"] == ["Artigas", "Antofagasta"]
    assert (cerrada["forma_de_boleta"], cerrada["boletas"], cerrada["marcas_max"]) == ("marcas", 10, 2)
    assert "Artigas (8 marcas); Antofagasta (7 marcas)" in cerrada["resultado"]

    # Releído de la base, en otro proceso: lo mismo.
    leida = en_json(orden("sesiones", "elecciones", sesion, "--json", proceso_real=True))[0]
    assert leida["estado"] == "cerrada" and leida["resultado"] == cerrada["resultado"]
    assert (leida["forma_de_boleta"], leida["boletas"], leida["marcas_max"]) == ("marcas", 10, 2)
    assert {c["nombre"]: c["votos"] for c in leida["candidaturas"]} == {"Artigas": 8, "Antofagasta": 7, "Armenia": 5}

    pdf = tmp_path / "acta.pdf"
    hecho(orden("sesiones", "acta", sesion, str(pdf)))
    texto = " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                    check=True).stdout.split())
    assert "Varias marcas por boleta: de 1 a 2 candidaturas" in texto
    assert "Boletas: 10 (10 con marcas, 0 en blanco, 0 nulas)." in texto
    assert "Marcas: Artigas, 8 marcas; Antofagasta, 7 marcas; Armenia, 5 marcas." in texto


def test_recuentos_imposibles_se_rechazan(consejo):
    orden, sesion, punto, miembros = consejo
    hecho(_definir(orden, punto, "--forma-de-boleta", "marcas"))   # el máximo: los puestos (2)
    ids = _candidaturas(orden, punto, miembros, ("Artigas", "Antofagasta", "Armenia"))
    a, b, c = ids["Artigas"], ids["Antofagasta"], ids["Armenia"]

    # Una candidatura con más marcas que boletas con marcas.
    encima = hecho(orden("sesiones", "cerrar-eleccion", punto, "--votos", f"{a}:9,{b}:2", "--boletas", "9",
                         "--blancos", "1"), 1).stderr
    assert "La candidatura Artigas tiene 9 marcas y solo hay 8 boletas con marcas" in encima
    # Más marcas en total que boletas por el máximo.
    total = hecho(orden("sesiones", "cerrar-eleccion", punto, "--votos", f"{a}:5,{b}:5,{c}:5", "--boletas", "7"),
                  1).stderr
    assert "Hay 15 marcas en total y 7 boletas con marcas admiten como máximo 14 marcas" in total

    # Boleta por boleta: la que marca tres (el máximo es 2) se rechaza con su número.
    boletas = [f"{a},{b}", f"{a},{b},{c}", "blanco"]
    una_de_mas = hecho(orden("sesiones", "cerrar-eleccion", punto, *[x for bo in boletas for x in ("--boleta", bo)]),
                       1).stderr
    assert "Boleta 2: tiene 3 marcas y cada boleta marca como máximo 2" in una_de_mas
    repetida = hecho(orden("sesiones", "cerrar-eleccion", punto, "--boleta", f"{a},{a}"), 1).stderr
    assert "Boleta 1: marca dos veces la candidatura" in repetida
    hecho(orden("sesiones", "cerrar-eleccion", punto, "--boleta", f"{a}", "--votos", f"{a}:1"), 2)
    assert en_json(orden("sesiones", "elecciones", sesion, "--json"))[0]["estado"] == "abierta"   # nada se guardó

    # Las diez boletas, una por una: suman las marcas y eligen a las dos más marcadas.
    boletas = [f"{a},{b}"] * 5 + [f"{a},{c}"] * 2 + [f"{b}"] + ["blanco", "nulo"]
    cerrada = en_json(orden("sesiones", "cerrar-eleccion", punto, *[x for bo in boletas for x in ("--boleta", bo)],
                            "--json"))
    marcas = {c_["nombre"]: c_["votos"] for c_ in cerrada["candidaturas"]}
    assert marcas == {"Artigas": 7, "Antofagasta": 6, "Armenia": 2}
    assert (cerrada["boletas"], cerrada["blancos"], cerrada["nulos"]) == (10, 1, 1)
    assert cerrada["electas"] == ["Artigas", "Antofagasta"]


def test_empate_en_el_ultimo_puesto_va_a_segunda_vuelta(consejo):
    orden, sesion, punto, miembros = consejo
    hecho(_definir(orden, punto, "--marcas-max", "2"))
    ids = _candidaturas(orden, punto, miembros, ("Artigas", "Antofagasta", "Armenia"))
    cerrada = en_json(orden("sesiones", "cerrar-eleccion", punto, "--votos",
                            f"{ids['Artigas']}:8,{ids['Antofagasta']}:6,{ids['Armenia']}:6", "--boletas", "10",
                            "--json"))
    assert cerrada["electas"] == ["Artigas"] and cerrada["puestos_segunda_vuelta"] == 1
    assert "Empate en el último puesto: Antofagasta y Armenia, con 6 marcas cada una, para 1 puesto." \
        in cerrada["resultado"]
    vuelta = en_json(orden("sesiones", "segunda-vuelta", punto, "--json"))
    # Por un solo puesto, la segunda vuelta es de un voto por boleta.
    assert (vuelta["puestos"], vuelta["forma_de_boleta"]) == (1, "una")
    segunda = {c["nombre"]: c["id"] for c in vuelta["candidaturas"]}
    final = en_json(orden("sesiones", "cerrar-eleccion", vuelta["punto"], "--votos",
                          f"{segunda['Antofagasta']}:4,{segunda['Armenia']}:6", "--json"))
    assert final["electas"] == ["Armenia"]


def test_el_cupo_por_pais_se_respeta_con_marcas(consejo):
    orden, sesion, punto, miembros = consejo
    hecho(_definir(orden, punto, "--marcas-max", "2"))
    # Perú es país asociado: un puesto en el Consejo (Estatuto, art. 13).
    ids = _candidaturas(orden, punto, miembros, ("Lima", "Arequipa", "Artigas"))
    cerrada = en_json(orden("sesiones", "cerrar-eleccion", punto, "--votos",
                            f"{ids['Lima']}:9,{ids['Arequipa']}:8,{ids['Artigas']}:3", "--boletas", "10", "--json"))
    assert cerrada["electas"] == ["Lima", "Artigas"]
    assert "Se saltó a Arequipa (8 marcas): Perú ya completó su cupo de 1 puesto" in cerrada["resultado"]


def test_un_punto_de_varios_puestos_no_promete_la_mayoria_absoluta(consejo):
    """Issue 59, punto 5: definida la elección de 2 puestos, el punto dice que se elige por pluralidad (lo que la
    convocatoria imprime), no la mayoría de la regla de elecciones."""
    orden, sesion, punto, miembros = consejo
    antes = next(p for p in en_json(orden("sesiones", "puntos", sesion, "--json")) if p["id"] == punto)
    # Antes de definirla no se sabe cuántos puestos: dice las dos cosas, y la simple de una elección no es la de una
    # moción («más votos a favor que en contra»).
    assert "si se elige un puesto, mayoría simple: la candidatura más votada" in antes["necesita"]
    assert "si son varios, por pluralidad" in antes["necesita"]
    assert "a favor" not in antes["necesita"]
    hecho(_definir(orden, punto, "--marcas-max", "2"))
    despues = next(p for p in en_json(orden("sesiones", "puntos", sesion, "--json")) if p["id"] == punto)
    assert "se eligen 2 puestos por pluralidad" in despues["necesita"]
    assert "mayoría" not in despues["necesita"]
