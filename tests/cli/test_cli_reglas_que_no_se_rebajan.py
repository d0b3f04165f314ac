"""Reglas que no se rebajan y bases de votación, por la línea de órdenes (issue #41, §1).

Red de once ciudades y una Asamblea que integran todos los activos. Sus reglas, fijadas con
`escritorio organos reglas`: la reforma del estatuto, dos tercios de los presentes (arts. 20 y 24, como el estatuto
de la demo); la admisión, mayoría absoluta de a favor + en contra + abstenciones (base «sna», art. 14); las
elecciones, mayoría absoluta de los votos válidos (Reglamento de elecciones, art. 3).
"""

import json
from datetime import date, timedelta

import pytest

from ayudas import escribir_csv
from test_cli_sesion_completa import MAS_CIUDADES, como_json, ok, rechazo

# La sesión, siempre por delante (antes, el 28/11/2026 fijo: ese día pasó a ser «ya celebrada» y las reglas de sesión
# ya no podían cambiar desde hoy); el mandato que elige, unos días después.
FECHA_DE_LA_SESION = date.today() + timedelta(days=30)
DESDE_EL_MANDATO = FECHA_DE_LA_SESION + timedelta(days=3)

OTRAS = [["Rafaela", "AR", "100.000"], ["Tandil", "AR", "120.000"], ["Rivera", "UY", "64.000"],
         ["Florida", "UY", "33.000"]]


@pytest.fixture
def asamblea(con_miembros, tmp_path, cli):
    """(base, ids por nombre, id de la sesión convocada) con 11 miembros y la Asamblea sin reglas propias (la
    integran todos los activos: así nace una asamblea)."""
    ok(cli("miembros", "importar", escribir_csv(tmp_path / "mas.csv", MAS_CIUDADES + OTRAS), db=con_miembros))
    ok(cli("organos", "crear", "--nombre", "Asamblea General", "--tipo", "asamblea", "--articulo", "Estatuto, art. 9",
           db=con_miembros))
    ids = {m["nombre"]: m["id"] for m in json.loads(ok(cli("miembros", "listar", "--json", db=con_miembros)))}
    assert len(ids) == 11
    sesion = como_json(cli("sesiones", "convocar", "Asamblea General", "--fecha", FECHA_DE_LA_SESION.isoformat(),
                           "--hora", "10:00", "--lugar", "Rosario", "--convocada-el", date.today().isoformat(), "--json",
                           db=con_miembros))
    return con_miembros, ids, str(sesion["id"])


def _presentes(cli, base, sesion, ids, cuantos: int) -> None:
    presentes = list(ids.values())[:cuantos]
    ok(cli("sesiones", "asistencia", sesion, "--presentes", ",".join(map(str, presentes)), db=base))


def test_la_reforma_6_3_1_no_se_rebaja_a_simple_ni_con_motivo_y_se_endurece_con_motivo(cli, asamblea):
    base, ids, sesion = asamblea
    ok(cli("organos", "reglas", "Asamblea General", "--decision", "reforma_estatuto", "--mayoria", "dos_tercios",
           "--base", "presentes", "--articulo-mayoria", "Estatuto, arts. 20 y 24", db=base))
    punto = como_json(cli("sesiones", "punto", sesion, "--titulo", "Reforma del artículo 21", "--tipo", "votacion",
                          "--decision", "reforma_estatuto", "--json", db=base))
    _presentes(cli, base, sesion, ids, 10)

    # El caso del issue: 6–3–1 con «mayoría simple» y un motivo se adoptaba. Ahora: código 1, cita el artículo.
    mensaje = rechazo(cli("sesiones", "votar", str(punto["id"]), "--a-favor", "6", "--en-contra", "3",
                          "--abstenciones", "1", "--mayoria", "simple", "--motivo", "Lo pide la sala", db=base))
    assert ("La reforma del estatuto exige dos tercios de los miembros presentes con derecho a voto (Estatuto, arts. "
            "20 y 24); una votación no puede pedir menos.") in mensaje
    # Más fracción sobre menos base: tampoco (no es comparable).
    mensaje = rechazo(cli("sesiones", "votar", str(punto["id"]), "--a-favor", "6", "--en-contra", "3",
                          "--abstenciones", "1", "--mayoria", "tres_cuartos", "--base", "emitidos",
                          "--motivo", "Más exigente", db=base))
    assert "no es más exigente: pide una fracción mayor pero sobre una base menor" in mensaje
    # Nada quedó guardado: el punto sigue sin votar.
    puntos = como_json(cli("sesiones", "puntos", sesion, "--json", db=base))
    assert (puntos[0]["votada"], puntos[0]["resultado"]) == (False, None)

    # Con tres cuartos de los presentes (más exigente) y motivo, se vota: 6 de 10 no alcanzan (hacían falta 8).
    votacion = como_json(cli("sesiones", "votar", str(punto["id"]), "--a-favor", "6", "--en-contra", "3",
                             "--abstenciones", "1", "--mayoria", "tres_cuartos", "--motivo",
                             "La Asamblea acordó exigir tres cuartos para esta reforma", "--json", db=base))
    assert (votacion["mayoria"], votacion["base"], votacion["aprobada"]) == ("tres_cuartos", "presentes", False)
    assert votacion["texto_resultado"] == ("Rechazada: 6 a favor, 3 en contra, 1 abstención; se requerían 8 (tres "
                                           "cuartos de 10 miembros presentes).")
    assert votacion["regla_mayoria"] == ("Dos tercios de los miembros presentes con derecho a voto (Estatuto, arts. "
                                         "20 y 24)")


def test_una_base_con_abstenciones_en_una_admision_y_no_se_rebaja_si_tiene_articulo(cli, asamblea):
    base, ids, sesion = asamblea
    # Una base de elecciones no vale para mociones: código 1, sin traza.
    assert "Base «validos» desconocida" in rechazo(cli("organos", "reglas", "Asamblea General", "--decision",
                                                       "admision", "--mayoria", "absoluta", "--base", "validos",
                                                       db=base))
    ok(cli("organos", "reglas", "Asamblea General", "--decision", "admision", "--mayoria", "absoluta", "--base",
           "sna", "--articulo-mayoria", "Estatuto, art. 14", db=base))
    reglas = como_json(cli("organos", "reglas", "Asamblea General", "--json", db=base))
    assert reglas["decisiones"]["admision"]["mayoria"]["texto"] == (
        "Mayoría absoluta (más de la mitad) de los votos a favor, en contra y abstenciones (Estatuto, art. 14)")
    punto = como_json(cli("sesiones", "punto", sesion, "--titulo", "Admisión de Rafaela", "--tipo", "votacion",
                          "--decision", "admision", "--json", db=base))
    _presentes(cli, base, sesion, ids, 10)
    # La admisión tiene regla propia con artículo: la fija el estatuto; volver a «emitidos» es pedir menos.
    assert "La admisión de miembros exige" in rechazo(cli(
        "sesiones", "votar", str(punto["id"]), "--a-favor", "5", "--en-contra", "4", "--abstenciones", "1",
        "--base", "emitidos", "--motivo", "Costumbre", db=base))
    # 5–4–1: la abstención cuenta en la base (10): hacían falta 6. Con la base de siempre (9) habría alcanzado.
    votacion = como_json(cli("sesiones", "votar", str(punto["id"]), "--a-favor", "5", "--en-contra", "4",
                             "--abstenciones", "1", "--json", db=base))
    assert (votacion["base"], votacion["aprobada"]) == ("sna", False)
    assert votacion["texto_resultado"] == ("Rechazada: 5 a favor, 4 en contra, 1 abstención; se requerían 6 (más de "
                                           "la mitad de 10 votos, contando las abstenciones).")


def test_las_elecciones_aceptan_sus_bases_y_las_mociones_ordinarias_no(cli, asamblea):
    base, _, _ = asamblea
    ok(cli("organos", "reglas", "Asamblea General", "--decision", "eleccion", "--mayoria", "absoluta", "--base",
           "validos", "--articulo-mayoria", "Reglamento de elecciones, art. 3", db=base))
    reglas = como_json(cli("organos", "reglas", "Asamblea General", "--json", db=base))
    assert reglas["decisiones"]["eleccion"]["mayoria"]["texto"] == (
        "Mayoría absoluta (más de la mitad) de los votos válidos (Reglamento de elecciones, art. 3)")
    assert "Base «todos» desconocida" in rechazo(cli("organos", "reglas", "Asamblea General", "--mayoria", "absoluta",
                                                    "--base", "todos", db=base))


def test_cerrar_eleccion_no_rebaja_la_regla_y_la_endurece_con_motivo(cli, asamblea):
    """`sesiones cerrar-eleccion` aplica la regla de elecciones; `--mayoria/--base/--motivo` solo la endurecen."""
    base, ids, sesion = asamblea
    ok(cli("organos", "reglas", "Asamblea General", "--decision", "eleccion", "--mayoria", "absoluta", "--base",
           "validos", "--articulo-mayoria", "Reglamento de elecciones, art. 3", db=base))
    # Un punto de elección sin --decision se decide con la regla de elecciones (no con la ordinaria).
    punto = como_json(cli("sesiones", "punto", sesion, "--titulo", "Coordinación de Cultura", "--tipo", "eleccion",
                          "--json", db=base))
    assert punto["tipo_decision"] == "eleccion"
    ok(cli("sesiones", "eleccion", str(punto["id"]), "--organo", "Asamblea General", "--cargo", "coordinador",
           "--desde", DESDE_EL_MANDATO.isoformat(), db=base))
    a = como_json(cli("sesiones", "candidatura", str(punto["id"]), "--miembro", str(ids["Rafaela"]), "--json",
                      db=base))["id"]
    b = como_json(cli("sesiones", "candidatura", str(punto["id"]), "--miembro", str(ids["Tandil"]), "--json",
                      db=base))["id"]
    _presentes(cli, base, sesion, ids, 10)
    votos = ["--votos", f"{a}:5,{b}:3", "--blancos", "1", "--nulos", "1"]
    mensaje = rechazo(cli("sesiones", "cerrar-eleccion", str(punto["id"]), *votos, "--mayoria", "simple",
                          "--motivo", "Lo pide la sala", db=base))
    assert "Una elección exige mayoría absoluta (más de la mitad) de los votos válidos" in mensaje
    assert "una votación no puede pedir menos" in mensaje
    # Más exigente (todos los votos, también blancos y nulos) con motivo: 5 de 10 no alcanzan, segunda vuelta.
    cerrada = como_json(cli("sesiones", "cerrar-eleccion", str(punto["id"]), *votos, "--mayoria", "absoluta",
                            "--base", "todos", "--motivo", "Que cuenten los nulos", "--json", db=base))
    assert "se requerían 6" in cerrada["resultado"] and cerrada["electas"] == []
    assert (cerrada["mayoria"], cerrada["base"], cerrada["motivo_mayoria"]) == ("absoluta", "todos", "Que cuenten los nulos")
    assert cerrada["regla_mayoria"] == "Mayoría absoluta (más de la mitad) de los votos válidos (Reglamento de elecciones, art. 3)"
