"""Un Consejo electo de punta a punta por la línea de órdenes, sobre una copia de la demo: la
Asamblea convoca, define una elección de 11 puestos (Estatuto, art. 13: dos ciudades por país pleno, una por
asociado), recibe 14 candidaturas (tres de Brasil), registra la asistencia, cierra el recuento y confirma: los 11
mandatos quedan en la composición del Consejo. Cada orden sale con 0 si se hizo, 1 si la regla no lo admite y 2 si
está mal escrita."""

from datetime import timedelta

from ayudas import bienio_siguiente_del_consejo, en_json, hecho

# El próximo Consejo (del 01/12/2026 al 30/11/2028 hasta que empieza: después, el siguiente), electo por la Asamblea
# unos días antes.
DESDE, HASTA = (d.isoformat() for d in bienio_siguiente_del_consejo())
SESION = (bienio_siguiente_del_consejo()[0] - timedelta(days=3)).isoformat()
PERIODO = "del {0:%d/%m/%Y} al {1:%d/%m/%Y}".format(*bienio_siguiente_del_consejo())

# Catorce candidaturas por país: (nombre del miembro en la demo, votos).
CANDIDATURAS = {"BR": [("Ananindeua", 30), ("Anápolis", 28), ("Aparecida de Goiânia", 27)],
                "AR": [("Buenos Aires", 25), ("Bahía Blanca", 12)], "UY": [("Artigas", 24), ("Durazno", 10)],
                "PY": [("Asunción", 22), ("Caaguazú", 9)], "VE": [("Alto Barinas", 20), ("Barcelona", 8)],
                "CL": [("Antofagasta", 18)], "CO": [("Armenia", 15)], "PE": [("Arequipa", 11)]}
ELECTAS = ["Ananindeua", "Anápolis", "Buenos Aires", "Artigas", "Asunción", "Alto Barinas", "Antofagasta", "Armenia",
           "Bahía Blanca", "Arequipa", "Durazno"]


def padron(cli) -> tuple[dict[str, int], str]:
    """Los ids de los miembros por nombre, y los de la Asamblea (todos menos las bajas) para --presentes."""
    miembros = en_json(cli("miembros", "listar", "--json"))
    return {m["nombre"]: m["id"] for m in miembros}, ",".join(str(m["id"]) for m in miembros if m["estado"] != "baja")


def test_un_consejo_de_once_puestos_electo_por_la_cli(copia_de_la_demo, cli):
    orden = cli  # la fixture: la orden por la entrada del programa

    def cli(*argumentos):  # cada orden, sobre la copia de la demo
        return orden(*argumentos, db=copia_de_la_demo)

    miembros, asamblea = padron(cli)
    sesion = en_json(cli("sesiones", "convocar", "Asamblea General de Socios", "--fecha", SESION, "--hora",
                         "10:00", "--lugar", "Montevideo", "--json"))["id"]
    punto = en_json(cli("sesiones", "punto", sesion, "--titulo", "Elección del Consejo 2026-2028", "--tipo",
                        "eleccion", "--decision", "eleccion", "--json"))["id"]

    # Un cargo de una sola persona no se elige de a once: la regla no lo admite (1); una opción mal escrita, 2.
    presidencia = hecho(cli("sesiones", "eleccion", punto, "--organo", "Consejo", "--cargo", "presidente", "--desde",
                            DESDE, "--puestos", "11"), 1)
    assert "Presidente es de una sola persona" in presidencia.stderr
    hecho(cli("sesiones", "eleccion", punto, "--organo", "Consejo", "--cargo", "titular", "--desde", DESDE,
              "--puestos", "once"), 2)
    definida = en_json(cli("sesiones", "eleccion", punto, "--organo", "Consejo", "--cargo", "titular", "--desde",
                           DESDE, "--hasta", HASTA, "--puestos", "11", "--metodo", "secreta", "--json"))
    assert (definida["puestos"], definida["estado"], definida["organo"]) == (11, "abierta", "Consejo")

    ids = {}
    for pais, ciudades in CANDIDATURAS.items():
        for nombre, _ in ciudades:
            candidatura = en_json(cli("sesiones", "candidatura", punto, "--miembro", miembros[nombre], "--json"))
            assert (candidatura["nombre"], candidatura["pais"]) == (nombre, pais)
            ids[nombre] = candidatura["id"]
    hecho(cli("sesiones", "candidatura", punto), 2)  # ni miembro ni persona
    repetida = hecho(cli("sesiones", "candidatura", punto, "--miembro", miembros["Artigas"]), 1)
    assert "Artigas ya es candidatura en esta elección." in repetida.stderr
    declina = en_json(cli("sesiones", "candidatura", punto, "--persona", "Carolina Cosse", "--json"))["id"]
    assert "retirada" in hecho(cli("sesiones", "quitar-candidatura", declina)).stdout

    votos = ",".join(f"{ids[n]}:{v}" for ciudades in CANDIDATURAS.values() for n, v in ciudades)
    # Sin asistencia no hay quórum: la elección no se cierra.
    sin_quorum = hecho(cli("sesiones", "cerrar-eleccion", punto, "--votos", votos), 1)
    assert "No se cerró la elección" in sin_quorum.stderr and "No hay quórum" in sin_quorum.stderr
    hecho(cli("sesiones", "asistencia", sesion, "--presentes", asamblea))
    de_mas = hecho(cli("sesiones", "cerrar-eleccion", punto, "--votos", f"{ids['Artigas']}:5000"), 1)
    assert "Hay 5000 votos y solo" in de_mas.stderr
    hecho(cli("sesiones", "cerrar-eleccion", punto, "--votos", votos, "--nominal", f"{miembros['Artigas']}:blanco"), 2)
    assert en_json(cli("sesiones", "elecciones", sesion, "--json"))[0]["estado"] == "abierta"  # nada se guardó

    cerrada = en_json(cli("sesiones", "cerrar-eleccion", punto, "--votos", votos, "--blancos", "5", "--nulos", "2",
                          "--json"))
    assert cerrada["estado"] == "cerrada" and cerrada["electas"] == ELECTAS
    assert ("Se saltó a Aparecida de Goiânia (27 votos): Brasil ya completó su cupo de 2 puestos (país pleno, "
            "Estatuto, art. 13).") in cerrada["resultado"]
    assert hecho(cli("sesiones", "cerrar-eleccion", punto, "--votos", votos), 1).stderr.count("ya está cerrada") == 1
    sin_empate = hecho(cli("sesiones", "segunda-vuelta", punto), 1)
    assert "no hay segunda vuelta" in sin_empate.stderr
    texto = hecho(cli("sesiones", "elecciones", sesion)).stdout
    assert f"Titular — Consejo, {PERIODO} — 11 puestos — cerrada" in texto
    assert "electa 11" in texto

    confirmada = en_json(cli("sesiones", "confirmar-eleccion", punto, "--json"))
    assert [m["nombre"] for m in confirmada["mandatos"]] == ELECTAS
    assert len({m["mandato_id"] for m in confirmada["mandatos"]}) == 11
    assert "ya fue confirmada" in hecho(cli("sesiones", "confirmar-eleccion", punto), 1).stderr

    consejo = en_json(cli("organos", "composicion", "Consejo", "--al", DESDE, "--json"))
    electos = [a["miembro"] for a in consejo["asientos"] if a["desde"] == DESDE]
    assert sorted(electos) == sorted(ELECTAS)


def test_empate_en_el_ultimo_puesto_y_segunda_vuelta_por_la_cli(copia_de_la_demo, cli):
    orden = cli  # la fixture: la orden por la entrada del programa

    def cli(*argumentos):  # cada orden, sobre la copia de la demo
        return orden(*argumentos, db=copia_de_la_demo)

    miembros, asamblea = padron(cli)
    sesion = en_json(cli("sesiones", "convocar", "Asamblea General de Socios", "--fecha", SESION,
                         "--lugar", "Montevideo", "--json"))["id"]
    punto = en_json(cli("sesiones", "punto", sesion, "--titulo", "Elección del Consejo", "--tipo", "eleccion",
                        "--json"))["id"]
    hecho(cli("sesiones", "eleccion", punto, "--organo", "Consejo", "--cargo", "titular", "--desde", DESDE,
              "--hasta", HASTA, "--puestos", "2", "--metodo", "nominal"))
    ids = {n: en_json(cli("sesiones", "candidatura", punto, "--miembro", miembros[n], "--json"))["id"]
           for n in ("Artigas", "Antofagasta", "Armenia")}
    votantes = [miembros[n] for n in ("Buenos Aires", "Montevideo", "Asunción", "Lima", "Bogotá")]
    hecho(cli("sesiones", "asistencia", sesion, "--presentes", asamblea))
    # Definida nominal: el recuento por totales no se acepta.
    assert "--nominal" in hecho(cli("sesiones", "cerrar-eleccion", punto, "--votos", f"{ids['Artigas']}:3"), 1).stderr
    nominal = ",".join(f"{m}:{c}" for m, c in zip(votantes, (ids["Artigas"], ids["Artigas"], ids["Antofagasta"],
                                                             ids["Armenia"], "blanco")))
    cerrada = en_json(cli("sesiones", "cerrar-eleccion", punto, "--nominal", nominal, "--json"))
    assert cerrada["electas"] == ["Artigas"] and cerrada["puestos_segunda_vuelta"] == 1
    assert "Corresponde una segunda vuelta entre Antofagasta y Armenia por 1 puesto." in cerrada["resultado"]

    vuelta = en_json(cli("sesiones", "segunda-vuelta", punto, "--json"))
    assert vuelta["puestos"] == 1 and [c["nombre"] for c in vuelta["candidaturas"]] == ["Antofagasta", "Armenia"]
    assert "ya tiene su segunda vuelta" in hecho(cli("sesiones", "segunda-vuelta", punto), 1).stderr
    segunda = {c["nombre"]: c["id"] for c in vuelta["candidaturas"]}
    final = en_json(cli("sesiones", "cerrar-eleccion", vuelta["punto"], "--votos",
                        f"{segunda['Antofagasta']}:1,{segunda['Armenia']}:3", "--json"))
    assert final["electas"] == ["Armenia"]
    hecho(cli("sesiones", "confirmar-eleccion", punto))
    hecho(cli("sesiones", "confirmar-eleccion", vuelta["punto"]))
    consejo = en_json(cli("organos", "composicion", "Consejo", "--al", DESDE, "--json"))
    assert sorted(a["miembro"] for a in consejo["asientos"] if a["desde"] == DESDE) == ["Armenia", "Artigas"]
