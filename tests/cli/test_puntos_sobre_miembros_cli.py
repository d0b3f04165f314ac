"""Un punto de admisión o de exclusión nombra a quién se refiere, y su resolución admite o excluye exactamente a
ellos (issue 59): por la línea de órdenes (fixture `cli`), sobre una copia de la red de ejemplo.

El caso que se encontró: en una sesión, «Admisión de Cusco» se aprueba y «Admisión de Lima» se rechaza; la
resolución del punto de Cusco con «--admite Cusco,Lima» admitía también a Lima."""

from contextlib import closing
import json
import sqlite3
from datetime import date, timedelta

from ayudas import sin_traza

HOY = date.today()
SESION = HOY + timedelta(days=15)
ASAMBLEA = "Asamblea General de Socios"


def ok(resultado) -> str:
    assert resultado.returncode == 0, (resultado.stdout, resultado.stderr)
    sin_traza(resultado)
    return resultado.stdout


def como_json(resultado):
    return json.loads(ok(resultado))


def rechazo(resultado) -> str:
    assert resultado.returncode == 1, (resultado.returncode, resultado.stdout, resultado.stderr)
    sin_traza(resultado)
    return " ".join(resultado.stderr.split())


def _sesion(cli, base) -> int:
    return como_json(cli("sesiones", "convocar", ASAMBLEA, "--fecha", SESION.isoformat(), "--hora", "10:00",
                         "--lugar", "Montevideo", "--convocada-el", (HOY - timedelta(days=20)).isoformat(), "--json",
                         db=base))["id"]


def _solicitud(cli, base, nombre: str) -> int:
    return como_json(cli("miembros", "solicitud", "--nombre", nombre, "--pais", "PE", "--poblacion", "400000",
                         "--anio-poblacion", "2022", "--fecha", (HOY - timedelta(days=30)).isoformat(), "--json",
                         db=base))["id"]


def _presentes(cli, base, sesion: int) -> int:
    asistencia = como_json(cli("sesiones", "asistencia", sesion, "--json", db=base))
    con_voto = [m["miembro_id"] for m in asistencia["miembros"] if m["con_voto"]]
    return como_json(cli("sesiones", "asistencia", sesion, "--presentes", ",".join(map(str, con_voto)), "--json",
                         db=base))["quorum"]["presentes"]


def _estado(base, miembro_id: int) -> str:
    with closing(sqlite3.connect(base)) as conexion, conexion:
        fila = conexion.execute("SELECT estado FROM estados_miembro WHERE miembro_id = ? ORDER BY desde DESC, id DESC "
                                "LIMIT 1", [miembro_id]).fetchone()
    conexion.close()
    return fila[0]


def _cusco_y_lima(cli, base, nombrar: bool = True) -> tuple[int, int, int, int, int]:
    """La sesión, Cusco y Lima solicitantes, el punto de Cusco aprobado y el de Lima rechazado."""
    cusco, lima = _solicitud(cli, base, "Cusco"), _solicitud(cli, base, "Lima")
    sesion = _sesion(cli, base)
    sobre_cusco = ["--miembro", cusco] if nombrar else []
    p_cusco = como_json(cli("sesiones", "punto", sesion, "--titulo", "Admisión de Cusco", "--tipo", "votacion",
                            "--decision", "admision", *sobre_cusco, "--json", db=base))["id"]
    p_lima = como_json(cli("sesiones", "punto", sesion, "--titulo", "Admisión de Lima", "--tipo", "votacion",
                           "--decision", "admision", "--miembro", lima, "--json", db=base))["id"]
    presentes = _presentes(cli, base, sesion)
    ok(cli("sesiones", "votar", p_cusco, "--a-favor", presentes - 1, "--en-contra", 1, db=base))
    ok(cli("sesiones", "votar", p_lima, "--a-favor", 2, "--en-contra", presentes - 2, db=base))
    return sesion, cusco, lima, p_cusco, p_lima


def test_la_resolucion_de_cusco_no_admite_a_lima_rechazada(cli, copia_de_la_demo):
    base = copia_de_la_demo
    _, cusco, lima, p_cusco, _ = _cusco_y_lima(cli, base)
    mensaje = rechazo(cli("sesiones", "resolucion", p_cusco, "--titulo", "Admisión de Cusco", "--admite",
                                  f"{cusco},{lima}", db=base))
    assert ("No se adoptó la resolución: Lima (id {0}) no está entre las ciudades que nombra el punto 1 «Admisión "
            "de Cusco» (Cusco (PE)); la resolución de un punto de admisión admite solo a quienes su punto nombra. "
            "Para admitir a Lima, agregue y vote un punto de admisión que la nombre.").format(lima) in mensaje
    # Nada guardado: ni la resolución ni la admisión de Cusco.
    assert _estado(base, lima) == "solicitante" and _estado(base, cusco) == "solicitante"
    with closing(sqlite3.connect(base)) as conexion, conexion:
        assert conexion.execute("SELECT count(*) FROM resoluciones WHERE punto_id = ?", [p_cusco]).fetchone()[0] == 0
    conexion.close()


def test_la_lista_de_puntos_dice_de_quien_trata_cada_uno(cli, copia_de_la_demo):
    """«sesiones puntos» (texto y --json) dice, como el acta, a quién nombra cada punto de admisión."""
    base = copia_de_la_demo
    sesion, cusco, lima, p_cusco, p_lima = _cusco_y_lima(cli, base)
    texto = ok(cli("sesiones", "puntos", sesion, db=base))
    assert "Sobre la admisión de: Cusco (PE)" in texto and "Sobre la admisión de: Lima (PE)" in texto
    puntos = {p["id"]: p for p in como_json(cli("sesiones", "puntos", sesion, "--json", db=base))}
    assert [m["id"] for m in puntos[p_cusco]["miembros"]] == [cusco]
    assert [m["id"] for m in puntos[p_lima]["miembros"]] == [lima]


def test_sin_admite_admite_a_quien_nombra_el_punto(cli, copia_de_la_demo):
    base = copia_de_la_demo
    sesion, cusco, lima, p_cusco, p_lima = _cusco_y_lima(cli, base)
    puntos = como_json(cli("sesiones", "puntos", sesion, "--json", db=base))
    assert [p["id"] for p in puntos] == [p_cusco, p_lima]
    salida = ok(cli("sesiones", "resolucion", p_cusco, "--titulo", "Admisión de Cusco", db=base))
    desde = SESION + timedelta(days=1)
    assert f"Admite a Cusco (PE) desde el {desde:%d/%m/%Y}" in salida
    assert "Lima" not in salida
    assert _estado(base, cusco) == "activo" and _estado(base, lima) == "solicitante"
    # El acta dice de quién trataba cada punto, y la resolución, a quién admitió.
    ok(cli("sesiones", "acta", sesion, "acta.pdf", db=base))
    from pypdf import PdfReader

    texto = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(base.parent / "acta.pdf").pages)
    assert "Admisión de Cusco (Votación) Sobre la admisión de: Cusco (PE)" in texto
    assert "Admisión de Lima (Votación) Sobre la admisión de: Lima (PE)" in texto
    assert f"Admisión de Cusco — Admite a Cusco (PE) desde el {desde:%d/%m/%Y}" in texto
    assert "Admite a Lima" not in texto


def test_un_punto_sin_nombrados_no_admite_a_quien_se_rechazo(cli, copia_de_la_demo):
    """Un punto como los de bases anteriores (no nombra a nadie): --admite se acepta como antes, salvo a quien nombra
    un punto rechazado de la misma sesión; y al agregarlo, la línea de órdenes sugiere nombrarlas."""
    base = copia_de_la_demo
    sesion = _sesion(cli, base)
    sugerencia = ok(cli("sesiones", "punto", sesion, "--titulo", "Otra admisión", "--tipo", "votacion",
                                "--decision", "admision", db=base))
    assert "Sugerencia: El punto no nombra a quién admite: nombre a las ciudades solicitantes (--miembro" in sugerencia
    _, cusco, lima, p_cusco, _ = _cusco_y_lima(cli, base, nombrar=False)
    mensaje = rechazo(cli("sesiones", "resolucion", p_cusco, "--titulo", "Admisión de Cusco", "--admite",
                                  f"{cusco},{lima}", db=base))
    assert ("No se adoptó la resolución: la admisión de Lima (id {0}) se rechazó en esta misma sesión (punto 2 "
            "«Admisión de Lima»); la resolución de otro punto no la admite.").format(lima) in mensaje
    assert _estado(base, lima) == "solicitante"
    salida = ok(cli("sesiones", "resolucion", p_cusco, "--titulo", "Admisión de Cusco", "--admite", cusco,
                            db=base))
    assert "Admite a Cusco (PE)" in salida and _estado(base, cusco) == "activo"


def test_un_punto_de_admision_nombra_solo_solicitantes(cli, copia_de_la_demo):
    base = copia_de_la_demo
    sesion = _sesion(cli, base)
    activo = next(m for m in como_json(cli("miembros", "listar", "--json", db=base)) if m["estado"] == "activo")
    mensaje = rechazo(cli("sesiones", "punto", sesion, "--titulo", "Admisión", "--tipo", "votacion",
                                  "--decision", "admision", "--miembro", activo["id"], db=base))
    assert (f"No se agregó el punto: {activo['nombre']} (id {activo['id']}) no es una ciudad solicitante (figura "
            "como activo)") in mensaje
    lima = _solicitud(cli, base, "Lima")
    mensaje = rechazo(cli("sesiones", "punto", sesion, "--titulo", "Plan", "--tipo", "votacion",
                                  "--miembro", lima, db=base))
    assert "solo un punto de admisión o de exclusión nombra miembros (--miembro)" in mensaje
    with closing(sqlite3.connect(base)) as conexion, conexion:   # ningún punto a medias
        assert conexion.execute("SELECT count(*) FROM puntos_orden WHERE sesion_id = ?", [sesion]).fetchone()[0] == 0
    conexion.close()


def test_la_exclusion_excluye_solo_a_quien_nombra_su_punto(cli, copia_de_la_demo):
    base = copia_de_la_demo
    activos = [m for m in como_json(cli("miembros", "listar", "--json", db=base)) if m["estado"] == "activo"]
    uno, otro = activos[-1], activos[-2]
    sesion = _sesion(cli, base)
    p_uno = como_json(cli("sesiones", "punto", sesion, "--titulo", f"Exclusión de {uno['nombre']}", "--tipo",
                          "votacion", "--decision", "exclusion", "--miembro", uno["id"], "--json", db=base))
    assert p_uno["miembros"] == [{"id": uno["id"], "nombre": uno["nombre"], "pais": uno["pais"]}]
    p_otro = como_json(cli("sesiones", "punto", sesion, "--titulo", f"Exclusión de {otro['nombre']}", "--tipo",
                           "votacion", "--decision", "exclusion", "--miembro", otro["id"], "--json", db=base))
    presentes = _presentes(cli, base, sesion)
    ok(cli("sesiones", "votar", p_uno["id"], "--a-favor", presentes, "--en-contra", 0, db=base))
    ok(cli("sesiones", "votar", p_otro["id"], "--a-favor", 1, "--en-contra", presentes - 1, db=base))
    mensaje = rechazo(cli("sesiones", "resolucion", p_uno["id"], "--titulo", "Exclusión", "--excluye",
                                  f"{uno['id']},{otro['id']}", db=base))
    assert (f"No se adoptó la resolución: {otro['nombre']} (id {otro['id']}) no está entre los miembros que nombra el "
            f"punto 1 «Exclusión de {uno['nombre']}»") in mensaje
    assert _estado(base, otro["id"]) != "baja" and _estado(base, uno["id"]) != "baja"
    salida = ok(cli("sesiones", "resolucion", p_uno["id"], "--titulo", "Exclusión", db=base))
    assert f"Excluye a {uno['nombre']} ({uno['pais']})" in salida and otro["nombre"] not in salida
    assert _estado(base, uno["id"]) == "baja" and _estado(base, otro["id"]) != "baja"
