"""Issue 81 §3 y «Done when», por la línea de órdenes: los otros derechos del art. 18 de la LGPD con su plazo y su
efecto, el encargado de datos (art. 41) en cada carta, el aviso y el registro, y la supresión que una restauración
deshace, que queda como incidente hasta que alguien la explique."""

import json

import pytest
from pypdf import PdfReader

MIEMBRO, NOMBRE, CORREO = 5, "Marina Duarte", "mduarte@prensa.ejemplo.org"
ENCARGADO = "Ana Ruiz (encarregada), dpo@redsur.ejemplo.org"


def _texto_pdf(ruta) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(ruta).pages)


@pytest.fixture
def marina(copia_de_la_demo, cli):
    """(ok, persona, base): Marina, contacto del miembro 5, registrada; la política con la ley de Brasil."""
    def ok(*argumentos):
        hecho = cli(*argumentos, db=copia_de_la_demo)
        assert hecho.returncode == 0, hecho.stdout + hecho.stderr
        return hecho.stdout

    ok("derechos", "politica", "--pais", "BR", "--contacto", "datos@redsur.ejemplo.org", "--encargado", ENCARGADO)
    contacto = json.loads(ok("miembros", "contacto", MIEMBRO, "--nombre", NOMBRE, "--rol", "Prensa", "--correo",
                             CORREO, "--json"))["id"]
    persona = json.loads(ok("personas", "registrar", f"contactos:{contacto}", "--json"))["persona_id"]
    return ok, persona, copia_de_la_demo


def _registrar(ok, persona, derecho) -> dict:
    return json.loads(ok("derechos", "registrar", "--persona", persona, "--derecho", derecho, "--json"))


@pytest.mark.parametrize("derecho, articulo", [("bloqueo", "art. 18, IV"), ("anonimizacion", "art. 18, IV"),
                                               ("compartidos", "art. 18, VII"), ("revocacion", "art. 18, IX")])
def test_cada_derecho_de_la_lgpd_se_registra_con_su_plazo(marina, derecho, articulo):
    ok, persona, _ = marina
    hecha = _registrar(ok, persona, derecho)
    assert "15 días corridos" in hecha["plazo"] and articulo in hecha["plazo"], hecha


def test_el_bloqueo_se_responde_dejando_de_enviarle_correo_y_no_con_un_texto(marina, cli):
    ok, persona, base = marina
    bloqueo = _registrar(ok, persona, "bloqueo")["solicitud_id"]
    rechazo = cli("derechos", "responder", bloqueo, "--respuesta", "Listo", db=base)
    assert rechazo.returncode != 0 and "se responde haciéndolo" in rechazo.stderr, rechazo.stderr
    assert cli("derechos", "suprimir", bloqueo, db=base).returncode != 0
    ok("derechos", "oposicion", bloqueo)
    (hecha,) = [s for s in json.loads(ok("derechos", "listar", "--json")) if s["id"] == bloqueo]
    assert hecha["estado"] == "respondida" and hecha["respuesta"].startswith("Sus datos quedan bloqueados")
    ok("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", "2525", "--seguridad", "ninguna", "--remitente",
       "secretaria@redsur.ejemplo.org")
    ok("correo", "recibe", json.loads(ok("personas", "ver", persona, "--json"))["filas"][0]["fila_id"], "recibo")
    pago = next(p["id"] for p in json.loads(ok("pagos", "listar", "--json")) if p["miembro_id"] == MIEMBRO)
    previa = json.loads(ok("correo", "recibo", pago, "--simular", "--json"))
    assert [f["persona"] for f in previa["por_oposicion"]] == [NOMBRE]


def test_anonimizar_suprime_y_saber_con_quien_se_compartio_responde_con_la_carta(marina, tmp_path):
    ok, persona, _ = marina
    compartidos = _registrar(ok, persona, "compartidos")["solicitud_id"]
    ok("derechos", "acceso", compartidos, "--carpeta", tmp_path)
    datos = json.loads((tmp_path / f"acceso-solicitud-{compartidos}.json").read_text(encoding="utf-8"))
    assert any("servidor de correo" in c["con_quien"] for c in datos["compartidos"]), datos["compartidos"]
    carta = _texto_pdf(tmp_path / f"acceso-solicitud-{compartidos}.pdf")
    assert "Con quién compartimos sus datos" in carta and ENCARGADO in carta and "ANPD" in carta

    anonimizar = _registrar(ok, persona, "anonimizacion")["solicitud_id"]
    ok("derechos", "suprimir", anonimizar, "--carpeta", tmp_path)
    carta = _texto_pdf(tmp_path / f"supresion-solicitud-{anonimizar}.pdf")
    assert "que anonimicemos sus datos" in carta and ENCARGADO in carta
    assert not [f for f in json.loads(ok("personas", "apariciones", "--buscar", CORREO, "--json"))]


def test_el_encargado_sale_en_la_politica_el_aviso_y_el_registro(marina, tmp_path):
    ok, _, _ = marina
    assert json.loads(ok("derechos", "politica", "--json"))["encargado"] == ENCARGADO
    assert f"Encargado de datos: {ENCARGADO}" in ok("derechos", "politica")
    ok("publicar", tmp_path / "sitio", "--incluir", "contactos")
    assert ENCARGADO in (tmp_path / "sitio" / "privacidad.html").read_text(encoding="utf-8")
    ok("derechos", "registro-de-actividades", tmp_path / "registro.pdf")
    assert ENCARGADO in _texto_pdf(tmp_path / "registro.pdf")


@pytest.mark.proceso   # la restauración y «verificar» como procesos reales: sus estados de salida
def test_restaurar_un_respaldo_de_antes_de_una_supresion_es_un_incidente(marina, cli_proceso, tmp_path):
    ok, persona, base = marina
    ok("respaldo", "crear", tmp_path / "antes.db")
    supresion = _registrar(ok, persona, "supresion")["solicitud_id"]
    ok("derechos", "suprimir", supresion)
    ok("respaldo", "crear", tmp_path / "despues.db")
    assert CORREO.encode() in (tmp_path / "antes.db").read_bytes()

    restaurada = cli_proceso("respaldo", "restaurar", tmp_path / "antes.db", db=base)
    assert restaurada.returncode == 0, restaurada.stderr
    assert "Aviso: incidente" in restaurada.stdout and f"solicitud {supresion}" in restaurada.stdout
    verificada = cli_proceso("verificar", db=base)
    assert verificada.returncode != 0
    assert f"supresión de datos personales de la solicitud {supresion}" in verificada.stdout + verificada.stderr

    # Restaurar el de después (que ya tiene la supresión) no es otro incidente.
    assert cli_proceso("respaldo", "restaurar", tmp_path / "despues.db", db=base).returncode == 0
    verificada = cli_proceso("verificar", db=base)
    assert "supresión de datos personales" not in verificada.stdout + verificada.stderr
