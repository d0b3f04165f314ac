"""Issue 81 §3, por la línea de órdenes: «escritorio consentimientos» (lo que cada contacto aceptó, con el texto
exacto), «escritorio correo boletin» (solo a quien lo aceptó) y «escritorio derechos revocacion» (la solicitud del
art. 18, IX de la LGPD). Lo que se mira (el estado de salida, lo que dice, que no haya traza) corre como proceso real.

La red: la RML con Rosario, Paraná y Salto. Lucía Fernández (Rosario) y Ana Pereira (Salto) aceptan el boletín;
Martín Gómez (Paraná) recibe las convocatorias y nunca lo aceptó."""

import json

import pytest

from ayudas import hecho, listar_cli

LUCIA, CORREO_LUCIA = "Lucía Fernández", "lucia.fernandez@rosario.ejemplo.org"
ANA, CORREO_ANA = "Ana Pereira", "ana.pereira@salto.ejemplo.org"
MARTIN, CORREO_MARTIN = "Martín Gómez", "martin.gomez@parana.ejemplo.org"

# Todo lo que se mira corre como proceso real (la fixture `cli_proceso` pone la marca; escrita, se ve).
pytestmark = pytest.mark.proceso


@pytest.fixture
def red(con_miembros, cli):
    """(ok, contactos, base): los tres contactos por la CLI en este proceso, la cuenta de correo y la ley de Brasil;
    `ok(...)` corre una orden que tiene que salir bien y devuelve lo que imprimió."""
    def ok(*argumentos):
        return hecho(cli(*argumentos, db=con_miembros)).stdout

    ids = {m["nombre"]: m["id"] for m in listar_cli(cli, con_miembros)}
    contactos = {}
    for nombre, correo, miembro in ((LUCIA, CORREO_LUCIA, "Rosario"), (ANA, CORREO_ANA, "Salto"),
                                    (MARTIN, CORREO_MARTIN, "Paraná")):
        contactos[nombre] = json.loads(ok("miembros", "contacto", ids[miembro], "--nombre", nombre, "--rol", "Prensa",
                                          "--correo", correo, "--json"))["id"]
    ok("correo", "recibe", contactos[MARTIN], "convocatoria")
    ok("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", "2525", "--seguridad", "ninguna", "--remitente",
       "secretaria@litoral.ejemplo.org")
    ok("derechos", "politica", "--pais", "BR", "--contacto", "datos@litoral.ejemplo.org")
    return ok, contactos, con_miembros


def _sin_traza(resultado, codigo: int):
    assert resultado.returncode == codigo, (resultado.stdout, resultado.stderr)
    assert "Traceback" not in resultado.stdout + resultado.stderr
    return resultado


def test_registrar_el_texto_sugerido_queda_en_la_lista_y_dos_veces_no_se_registra(red, cli_proceso):
    ok, contactos, base = red
    sugerido = ok("consentimientos", "texto").strip()
    assert "Red de Municipios del Litoral" in sugerido and "revocar" in sugerido
    registrado = _sin_traza(cli_proceso("consentimientos", "registrar", "--contacto", contactos[LUCIA], "--sugerido",
                                        "--canal", "nota", "--el", "2026-11-20", db=base), 0)
    assert registrado.stdout.startswith(f"Consentimiento 1 registrado: {LUCIA} <{CORREO_LUCIA}> aceptó el 20/11/2026 "
                                        "(nota en papel) recibir el boletín.")
    (lista,) = json.loads(ok("consentimientos", "listar", "--json"))
    assert (lista["id"], lista["contacto_id"], lista["texto"], lista["canal"], lista["otorgado_el"]) == (
        1, contactos[LUCIA], sugerido, "nota", "2026-11-20")
    assert lista["revocado_el"] is None

    otra_vez = _sin_traza(cli_proceso("consentimientos", "registrar", "--contacto", contactos[LUCIA], "--texto",
                                      "Acepto el boletín.", db=base), 1)
    assert (f"El contacto «{LUCIA}» ya aceptó eso el 20/11/2026 (consentimiento 1, vigente): no se registra dos "
            "veces") in otra_vez.stderr
    assert len(json.loads(ok("consentimientos", "listar", "--json"))) == 1


def test_el_texto_de_un_archivo_se_guarda_tal_cual_y_uno_que_no_es_utf8_se_rechaza(red, cli_proceso, tmp_path):
    ok, contactos, base = red
    (tmp_path / "latin1.txt").write_bytes("Acepto recibir el boletín.".encode("latin-1"))
    rechazo = _sin_traza(cli_proceso("consentimientos", "registrar", "--contacto", contactos[ANA], "--texto-de",
                                     tmp_path / "latin1.txt", db=base), 2)
    assert "latin1.txt: no es texto UTF-8" in rechazo.stderr
    # Un nombre imposible (5.000 letras: la prueba de entradas hostiles lo encontró) es un error de uso, sin traza y
    # sin llenar la pantalla: el nombre va abreviado.
    largo = _sin_traza(cli_proceso("consentimientos", "registrar", "--contacto", contactos[ANA], "--texto-de",
                                   "a" * 5000, db=base), 2)
    assert "…: no se pudo leer (el nombre es demasiado largo)" in largo.stderr and len(largo.stderr) < 1500
    assert json.loads(ok("consentimientos", "listar", "--json")) == []

    aceptado = "Acepto recibir el boletín de la RML.\nPuedo «revocarlo» cuando quiera."
    (tmp_path / "aceptado.txt").write_text(aceptado + "\n", encoding="utf-8")
    _sin_traza(cli_proceso("consentimientos", "registrar", "--contacto", contactos[ANA], "--texto-de",
                           tmp_path / "aceptado.txt", db=base), 0)
    assert [c["texto"] for c in json.loads(ok("consentimientos", "listar", "--json"))] == [aceptado]


def test_el_boletin_va_a_quien_lo_acepto_y_revocado_ya_no_hay_a_quien(red, cli, cli_proceso):
    ok, contactos, base = red
    lucia = json.loads(ok("consentimientos", "registrar", "--contacto", contactos[LUCIA], "--sugerido", "--json"))["id"]
    ana = json.loads(ok("consentimientos", "registrar", "--contacto", contactos[ANA], "--texto", "Acepto el boletín.",
                        "--canal", "presencial", "--json"))["id"]
    boletin = ("correo", "boletin", "--asunto", "Boletín de noviembre", "--texto", "Noticias de la red.")

    previa = json.loads(_sin_traza(cli_proceso(*boletin, "--simular", "--json", db=base), 0).stdout)
    assert sorted(d for m in previa["mensajes"] for d, _ in m["para"]) == sorted([CORREO_LUCIA, CORREO_ANA])
    assert all(len(m["para"]) == 1 and m["adjuntos"] == [] for m in previa["mensajes"])   # Martín, no
    assert all("Recibe este boletín porque lo aceptó el" in m["texto"] for m in previa["mensajes"])
    assert json.loads(ok(*boletin, "--no-enviar", "--json"))["en_la_bandeja"] == [1, 2]

    revocado = _sin_traza(cli_proceso("consentimientos", "revocar", lucia, db=base), 0)
    assert revocado.stdout.strip() == (f"Consentimiento {lucia} revocado: el boletín no le sale más. Boletines de la "
                                       "bandeja anulados: 1.")
    previa = json.loads(ok(*boletin, "--simular", "--json"))
    assert [m["para"] for m in previa["mensajes"]] == [[[CORREO_ANA, ANA]]]

    ok("consentimientos", "revocar", ana, "--canal", "nota")
    nadie = _sin_traza(cli_proceso(*boletin, "--simular", db=base), 1)
    assert "No hay a quién enviarlo: ningún contacto tiene un consentimiento vigente" in nadie.stderr
    assert "escritorio consentimientos registrar" in nadie.stderr
    assert json.loads(ok("consentimientos", "listar", "--vigentes", "--json")) == []


def test_derechos_revocacion_responde_la_solicitud_revocando_su_consentimiento(red, cli_proceso):
    ok, contactos, base = red
    ok("consentimientos", "registrar", "--contacto", contactos[LUCIA], "--sugerido", "--canal", "correo")
    persona = json.loads(ok("personas", "registrar", f"contactos:{contactos[LUCIA]}", "--json"))["persona_id"]
    solicitud = json.loads(ok("derechos", "registrar", "--persona", persona, "--derecho", "revocacion", "--canal",
                              "nota", "--json"))["solicitud_id"]

    respuesta = _sin_traza(cli_proceso("derechos", "revocacion", solicitud, db=base), 0)
    assert respuesta.stdout.startswith(f"Solicitud {solicitud} respondida: 1 consentimiento revocado; el boletín no "
                                       "le sale más.")
    (suyo,) = json.loads(ok("consentimientos", "listar", "--json"))
    assert (suyo["canal_de_revocacion"], suyo["solicitud_id"]) == ("nota", solicitud) and suyo["revocado_el"]
    (respondida,) = [s for s in json.loads(ok("derechos", "listar", "--json")) if s["id"] == solicitud]
    assert respondida["estado"] == "respondida" and respondida["respuesta"].startswith("Revocó su consentimiento")

    # Otra persona, sin consentimiento: la orden lo dice y la solicitud queda abierta.
    martin = json.loads(ok("personas", "registrar", f"contactos:{contactos[MARTIN]}", "--json"))["persona_id"]
    otra = json.loads(ok("derechos", "registrar", "--persona", martin, "--derecho", "revocacion",
                         "--json"))["solicitud_id"]
    sin_nada = _sin_traza(cli_proceso("derechos", "revocacion", otra, db=base), 1)
    assert "no tiene ningún consentimiento vigente" in sin_nada.stderr
    (abierta,) = [s for s in json.loads(ok("derechos", "listar", "--json")) if s["id"] == otra]
    assert abierta["estado"] == "abierta"


def test_restaurar_un_respaldo_de_antes_de_la_revocacion_la_vuelve_a_registrar_y_lo_dice(red, cli, cli_proceso,
                                                                                       tmp_path):
    """Lucía aceptó, se hizo un respaldo, después revocó por nota en papel el 25/11/2026. Restaurar ese respaldo
    (anterior a la revocación) no le devuelve el boletín: la revocación se registra otra vez con su fecha y su medio,
    la salida lo dice y el boletín ya no tiene a quién ir."""
    ok, contactos, base = red
    lucia = json.loads(ok("consentimientos", "registrar", "--contacto", contactos[LUCIA], "--sugerido", "--el",
                          "2026-11-20", "--json"))["id"]
    ok("respaldo", "crear", tmp_path / "antes.db")
    ok("consentimientos", "revocar", lucia, "--canal", "nota", "--el", "2026-11-25")
    restaurada = _sin_traza(cli_proceso("respaldo", "restaurar", tmp_path / "antes.db", db=base), 0)
    assert (f"El respaldo es anterior a la revocación de consentimientos que la base tenía registrada: el {lucia} "
            "(revocado el 25/11/2026). Se volvieron a revocar con su fecha (una revocación no se deshace), así el "
            "boletín no les sale; la bitácora lo registra.") in restaurada.stdout
    (repuesto,) = json.loads(ok("consentimientos", "listar", "--json"))
    assert (repuesto["revocado_el"], repuesto["canal_de_revocacion"]) == ("2026-11-25", "nota")
    nadie = _sin_traza(cli_proceso("correo", "boletin", "--asunto", "B", "--texto", "T", "--simular", db=base), 1)
    assert "No hay a quién enviarlo" in nadie.stderr
    otra_vez = _sin_traza(cli_proceso("respaldo", "restaurar", tmp_path / "antes.db", db=base), 0)   # ya repuesta
    assert "Se volvieron a revocar" in otra_vez.stdout   # la base reemplazada la tenía: se repone otra vez
