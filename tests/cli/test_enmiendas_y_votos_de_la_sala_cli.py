"""Las enmiendas y las votaciones de la sala por la línea de órdenes, como proceso (issue 64, §2): tres enmiendas a
una declaración (dos que cambian el mismo párrafo), el orden de votación (la más alejada primero), la votación fuera
de orden rechazada, la aprobada que hace decaer a la otra, la moción votada después, su texto final y la declaración
adoptada con ese texto y sus firmantes, leída de vuelta de «resoluciones listar» y de su PDF.

Red chica: la RML con siete ciudades y una Asamblea que integran todos los miembros activos, con mayoría simple."""

import json

import pytest

from ayudas import escribir_csv, sin_traza
from escritorio.servicios.contexto import Contexto
from mociones_de_prueba import TEXTO

MAS_CIUDADES = [["Santa Fe", "AR", "391.231"], ["Córdoba", "AR", "1.505.250"], ["Montevideo", "UY", "1.319.108"],
                ["Paysandú", "UY", "76.412"]]


# Antes de la sesión del 28/11/2026 (sin --recibida, una enmienda se recibe hoy: la prueba no depende del día).
RECIBIDA = "2026-11-20"


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def como_json(resultado):
    return json.loads(ok(resultado))


def rechazo(resultado, codigo: int = 1) -> str:
    assert resultado.returncode == codigo, (resultado.returncode, resultado.stdout, resultado.stderr)
    assert resultado.stdout == ""
    sin_traza(resultado)
    return " ".join(resultado.stderr.split())


def mocion_admitida(cli, base, sesion: int, punto: int, titulo: str, texto: str, autor: int,
                    apoyo: int | None = None) -> int:
    """Una moción como la registra la secretaría: «mociones presentar» y «mociones admitir»."""
    presentada = como_json(cli("mociones", "presentar", "--punto", f"#{punto}", "--titulo", titulo, "--texto", texto,
                               "--autor", str(autor), *(["--apoyo", str(apoyo)] if apoyo else []),
                               "--recibida", "2026-11-01", "--json", db=base))
    ok(cli("mociones", "admitir", str(presentada["numero"]), "--sesion", str(sesion), db=base))
    return presentada["id"]


@pytest.fixture
def sala(con_miembros, tmp_path, cli):
    """La RML con 7 ciudades, su Asamblea (mayoría simple, art. 19) convocada con un punto y cinco presentes, y una
    moción admitida en el punto (Rosario la presenta, Paraná la apoya). Devuelve (base, ids, sesión, punto, moción)."""
    from escritorio.dominio.mayorias import ReglaMayoria
    from escritorio.dominio.sesiones import ReglaQuorum
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.organos import NuevoOrgano, crear_organo
    from escritorio.servicios.sesiones.reglas import ReglasDeSesion, fijar_reglas_de_sesion

    ok(cli("miembros", "importar", escribir_csv(tmp_path / "mas.csv", MAS_CIUDADES), db=con_miembros))
    db = abrir_base(con_miembros)
    try:
        asamblea = crear_organo(Contexto(db, 1), NuevoOrgano("Asamblea General", "asamblea",
                                                              articulo="Estatuto, art. 9"))
        fijar_reglas_de_sesion(Contexto(db, 1), asamblea, ReglasDeSesion(
            reglas={"ordinaria": ReglaQuorum(1, 2, True, articulo="Estatuto, art. 15")},
            mayorias={"ordinaria": ReglaMayoria("simple", articulo="Estatuto, art. 19")}))
    finally:
        db.close()
    ids = {m["nombre"]: m["id"] for m in como_json(cli("miembros", "listar", "--json", db=con_miembros))}
    sesion = como_json(cli("sesiones", "convocar", "Asamblea General", "--fecha", "2026-11-28", "--hora", "10:00",
                           "--lugar", "Palacio Municipal", "--convocada-el", "2026-10-28", "--json", db=con_miembros))["id"]
    punto = como_json(cli("sesiones", "punto", str(sesion), "--titulo", "Declaración sobre el clima", "--tipo",
                          "votacion", "--json", db=con_miembros))["id"]
    presentes = ",".join(str(ids[n]) for n in ("Rosario", "Paraná", "Santa Fe", "Córdoba", "Montevideo"))
    ok(cli("sesiones", "asistencia", str(sesion), "--presentes", presentes, db=con_miembros))
    mocion = mocion_admitida(cli, con_miembros, sesion, punto, "Declaración de Rosario sobre el clima", TEXTO,
                             ids["Rosario"], ids["Paraná"])
    return con_miembros, ids, sesion, punto, mocion


def test_enmiendas_en_orden_la_que_choca_decae_y_la_mocion_se_adopta_con_su_texto_final(sala, cli_proceso, cli,
                                                                                        tmp_path):
    base, ids, sesion, punto, mocion = sala

    def orden(*argumentos):
        return cli_proceso(*argumentos, db=base)

    m = str(mocion)
    # Tres enmiendas: la 1 cambia una palabra del párrafo 2, la 2 lo suprime (las dos chocan), la 3 agrega uno.
    e1 = como_json(orden("enmiendas", "presentar", "--mocion", m, "--reemplazar", "2", "--texto",
                         "Las ciudades miembro adoptarán un plan de adaptación antes de 2027.",
                         "--autor", str(ids["Montevideo"]), "--recibida", RECIBIDA, "--json"))
    salida = ok(orden("enmiendas", "presentar", "--mocion", m, "--suprimir", "2", "--autor",
                      f"{ids['Córdoba']},{ids['Santa Fe']}", "--fundamento", "Cada ciudad decide su plazo.",
                      "--recibida", RECIBIDA))
    assert salida.startswith("Enmienda 2 registrada (id ")
    assert "¶2 (suprimir): [−Las ciudades miembro adoptarán un plan de adaptación antes de 2028.−]" in salida
    e3 = como_json(orden("enmiendas", "presentar", "--mocion", m, "--insertar-despues", "3", "--texto",
                         "Se crea un fondo común.", "--autor", str(ids["Paraná"]), "--recibida", RECIBIDA, "--json"))
    assert (e1["numero"], e3["numero"], e1["estado"]) == (1, 3, "presentada")
    assert e1["comparacion"][0]["tramos"][-2:] == [{"tipo": "quitado", "texto": "2028."},
                                                   {"tipo": "agregado", "texto": "2027."}]
    # Lo que no se puede registrar, con su motivo.
    assert "no hay párrafo 9 que suprimir" in rechazo(orden("enmiendas", "presentar", "--mocion", m, "--suprimir",
                                                            "9", "--autor", str(ids["Rosario"])))
    assert "--texto va después de --reemplazar N" in rechazo(orden(
        "enmiendas", "presentar", "--mocion", m, "--suprimir", "1", "--texto", "x", "--autor", "1"), 2)
    assert "El miembro 999 no pertenece a esta asociación" in rechazo(orden(
        "enmiendas", "presentar", "--mocion", m, "--suprimir", "4", "--autor", "999"))

    listado = como_json(orden("enmiendas", "listar", "--mocion", m, "--json"))
    e2 = next(e for e in listado["enmiendas"] if e["numero"] == 2)
    # La más alejada del texto primero (la regla por omisión): suprimir, agregar, cambiar una palabra.
    assert [e["numero"] for e in listado["enmiendas"]] == [2, 3, 1] and listado["criterio"] == "mas_lejana"
    assert e2["conflictos"] == [1] and e2["afectada_por"] == [1] and e2["autores"][0]["nombre"] == "Córdoba"
    texto = ok(orden("enmiendas", "listar", "--mocion", m))
    assert "Orden de votación: la más alejada del texto primero." in texto
    assert f"1.º Enmienda 2 (id {e2['id']}) [presentada] — Córdoba, Santa Fe. Afectada por la enmienda 1." in texto
    assert "[−2028.−] [+2027.+]" in texto

    # La presidencia puede fijar otro orden (nombrando cada una) y volver al del reglamento, antes de votar.
    assert "Falta el lugar de las enmiendas 3" in rechazo(orden("enmiendas", "orden", "--mocion", m, "--fijar",
                                                               f"{e1['id']},{e2['id']}"))
    fijado = ok(orden("enmiendas", "orden", "--mocion", m, "--fijar", f"{e1['id']},{e3['id']},{e2['id']}"))
    assert "Orden de votación: fijado por la presidencia." in fijado
    assert fijado.index("Enmienda 1 (id") < fijado.index("Enmienda 3 (id") < fijado.index("Enmienda 2 (id")
    assert [e["numero"] for e in como_json(orden("enmiendas", "orden", "--mocion", m, "--reglamento", "--json"))[
        "enmiendas"]] == [2, 3, 1]

    # Sin admitir no se vota; no admitir pide el motivo.
    assert "solo se vota una enmienda admitida" in rechazo(orden("votos", "enmienda", str(e2["id"]), "--a-favor", "3"))
    assert "--motivo" in rechazo(orden("enmiendas", "no-admitir", str(e1["id"])), 2)
    for e in (e1, e2, e3):
        ok(orden("enmiendas", "admitir", str(e["id"])))
    # La moción no se vota antes que sus enmiendas; una enmienda no se vota fuera de orden.
    assert "Falta votar la enmienda 2" in rechazo(orden("votos", "mocion", m, "--a-favor", "4"))
    assert ("Antes se vota la enmienda 2 (le toca el lugar 1 en el orden de votación; a la enmienda 1, el 3)"
            in rechazo(orden("votos", "enmienda", str(e1["id"]), "--a-favor", "4")))
    # Más votos que presentes: el mismo control que en un punto.
    assert "Hay 9 votos y solo 5 miembros presentes" in rechazo(orden("votos", "enmienda", str(e2["id"]),
                                                                      "--a-favor", "9"))

    # La 2 se aprueba: la 1 (mismo párrafo) decae, con el motivo que la nombra.
    voto = como_json(orden("votos", "enmienda", str(e2["id"]), "--a-favor", "3", "--en-contra", "1",
                           "--abstenciones", "1", "--json"))
    assert voto["aprobada"] is True and voto["decaidas"] == [1] and (voto["presentes"], voto["con_derecho"]) == (5, 7)
    assert voto["texto_resultado"].startswith("Aprobada: 3 a favor, 1 en contra, 1 abstención")
    salida = ok(orden("votos", "enmienda", str(e3["id"]), "--a-favor", "4", "--en-contra", "1"))
    assert salida.startswith("Votación cerrada (enmienda 3). Aprobada: 4 a favor")
    assert "está decaída: solo se vota una enmienda admitida" in rechazo(orden("votos", "enmienda", str(e1["id"]),
                                                                               "--a-favor", "4"))
    estados = {e["numero"]: (e["estado"], e["motivo"]) for e in
               como_json(orden("enmiendas", "listar", "--mocion", m, "--json"))["enmiendas"]}
    assert estados == {2: ("aprobada", None), 3: ("aprobada", None),
                       1: ("decaida", "La enmienda 2, aprobada antes, cambió el mismo párrafo.")}

    # El texto final: sin el párrafo 2, con el nuevo después del 3.
    final = como_json(orden("enmiendas", "texto-final", "--mocion", m, "--json"))
    esperado = ["La Asamblea declara su compromiso con la acción climática local.",
                "La Secretaría acompañará a cada ciudad con asistencia técnica.", "Se crea un fondo común.",
                "La Secretaría informará cada año los avances."]
    assert final["parrafos"] == esperado and final["enmiendas_aprobadas"] == [2, 3]

    assert "está admitida: solo se adopta una moción aprobada" in rechazo(orden("votos", "adoptar", m))
    assert ok(orden("votos", "mocion", m, "--a-favor", "4", "--abstenciones", "1")).startswith(
        "Votación cerrada (moción). Aprobada: 4 a favor")
    assert "ya fue votad" in rechazo(orden("votos", "mocion", m, "--a-favor", "4"))
    adoptada = como_json(orden("votos", "adoptar", m, "--tipo", "declaracion", "--json"))
    listado = como_json(orden("enmiendas", "listar", "--mocion", m, "--json"))
    assert listado["resultado"].startswith("Aprobada: 4 a favor") and listado["resolucion_id"] == adoptada["id"]
    assert (adoptada["numeracion"], adoptada["firmantes"]) == ("Declaración 1/2026", 2)
    assert "ya fue adoptada" in rechazo(orden("votos", "adoptar", m, "--tipo", "declaracion"))

    # Leído de vuelta, por otra orden: el texto final y los firmantes (quien la presentó y quien la apoyó).
    [resolucion] = como_json(cli("resoluciones", "listar", "--json", db=base))
    assert resolucion["texto"] == "\n\n".join(esperado)
    assert (resolucion["titulo"], resolucion["firmantes"]) == ("Declaración de Rosario sobre el clima", 2)
    ok(cli("resoluciones", "pdf", resolucion["id"], "--salida", tmp_path / "d.pdf", db=base))
    from pypdf import PdfReader

    pdf = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(tmp_path / "d.pdf").pages)
    assert "Se crea un fondo común." in pdf and "antes de 2028" not in pdf
    assert "Rosario" in pdf and "Paraná" in pdf


def test_una_mocion_rechazada_no_se_adopta(sala, cli_proceso, cli):
    base, ids, sesion, punto, _ = sala
    otra = mocion_admitida(cli, base, sesion, punto, "Otra moción", "Un solo párrafo.", ids["Salto"])
    voto = json.loads(ok(cli_proceso("votos", "mocion", str(otra), "--a-favor", "1", "--en-contra", "3",
                                     "--json", db=base)))
    assert voto["aprobada"] is False
    assert ("La moción 2 fue rechazada en la votación: no se adopta como resolución ni como declaración."
            in rechazo(cli_proceso("votos", "adoptar", str(otra), db=base)))


def test_una_enmienda_no_se_recibe_despues_de_la_sesion(sala, cli_proceso, cli):
    """Como una moción: lo que se enmienda en una sesión se recibe, a más tardar, el día de la sesión."""
    from datetime import date, timedelta

    base, ids, _, _, _ = sala
    dia = date.today() - timedelta(days=10)
    sesion = como_json(cli("sesiones", "convocar", "Asamblea General", "--fecha", dia.isoformat(), "--hora", "10:00",
                           "--lugar", "Salto", "--convocada-el", (dia - timedelta(days=30)).isoformat(), "--json",
                           db=base))["id"]
    punto = como_json(cli("sesiones", "punto", str(sesion), "--titulo", "Declaraciones", "--json", db=base))["id"]
    mocion = como_json(cli("mociones", "presentar", "--punto", f"#{punto}", "--titulo", "Declaración de Salto",
                           "--texto", "Un párrafo.", "--autor", str(ids["Salto"]), "--recibida",
                           (dia - timedelta(days=20)).isoformat(), "--json", db=base))["id"]

    def enmienda(recibida: date):
        return cli_proceso("enmiendas", "presentar", "--mocion", str(mocion), "--suprimir", "1", "--autor",
                           str(ids["Paysandú"]), "--recibida", recibida.isoformat(), "--json", db=base)

    despues = dia + timedelta(days=1)
    assert (f"La enmienda figura recibida el {despues:%d/%m/%Y}, después de la sesión del {dia:%d/%m/%Y}: revise la "
            "fecha de recepción.") in rechazo(enmienda(despues))
    assert como_json(cli_proceso("enmiendas", "listar", "--mocion", str(mocion), "--json", db=base))["enmiendas"] == []
    # El mismo día de la sesión, sí.
    hecha = como_json(enmienda(dia))
    assert (hecha["numero"], hecha["recibida_el"]) == (1, dia.isoformat())
