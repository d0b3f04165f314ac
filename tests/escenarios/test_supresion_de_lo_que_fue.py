"""Issue 81 §1 y §2: una persona es todo lo que fue en el registro, y cada copia se dice con la verdad.

Marina Duarte es la encargada de prensa de un miembro. Recibe un recibo por correo en su dirección de entonces (le
sale por un servidor SMTP de verdad en 127.0.0.1) y otro queda esperando en la bandeja; después rectifica su correo y
su nombre en el contacto. La secretaría hace un respaldo a mano (no rota nunca). Ella pide acceso (sus datos de antes
y el correo que le llegó a la dirección vieja tienen que estar) y después la supresión: ni su nombre ni su dirección
de antes quedan legibles (`grep -a`) en el archivo de la base, su diario, un respaldo hecho después, la bandeja de
salida ni el sitio publicado otra vez; el respaldo manual de antes, que todavía los tiene, se nombra en la respuesta y
en la carta con hasta cuándo vive."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from correo.servidor_smtp import ServidorSMTP

MIEMBRO = 5
NOMBRE_VIEJO, NOMBRE = "Marina Duarte Pereyra", "Marina Duarte"
CORREO_VIEJO, CORREO = "marina.pereyra@correo.ejemplo.org", "mduarte@prensa.ejemplo.org"
TELEFONO = "+598 99 321 987"
DE_ANTES = (NOMBRE_VIEJO, CORREO_VIEJO)
SUYOS = (*DE_ANTES, CORREO, TELEFONO)


def _ok(hecho) -> str:
    assert hecho.returncode == 0, hecho.stdout + hecho.stderr
    return hecho.stdout


def _texto_pdf(ruta: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(ruta).pages)


def _crudo(*rutas: Path) -> bytes:
    return b"".join(p.read_bytes() for r in rutas for p in (r, r.with_name(r.name + "-wal")) if p.exists())


@pytest.fixture
def rectificada(demo_creada_por_la_cli, tmp_path):
    """(cli en el proceso, proceso real, persona, base): Marina con su correo rectificado, un recibo enviado y otro
    pendiente a su dirección de antes, y un respaldo manual hecho antes de todo pedido."""
    from cli_en_el_proceso import entorno_aislado, orden_en_el_proceso

    base = tmp_path / "red.db"
    shutil.copy(demo_creada_por_la_cli, base)
    entorno = entorno_aislado(tmp_path)

    def cli(*argumentos):
        return _ok(orden_en_el_proceso(["--db", str(base), *map(str, argumentos)], tmp_path, entorno))

    def proceso(*argumentos):
        return subprocess.run([sys.executable, "-m", "escritorio", "--db", str(base), *map(str, argumentos)],
                              cwd=tmp_path, env=entorno, capture_output=True, text=True, encoding="utf-8",
                              timeout=120)

    contacto = json.loads(cli("miembros", "contacto", MIEMBRO, "--nombre", NOMBRE_VIEJO, "--rol", "Prensa",
                              "--correo", CORREO_VIEJO, "--json"))["id"]
    cli("correo", "recibe", contacto, "recibo")
    pagos = [p["id"] for p in json.loads(cli("pagos", "listar", "--json")) if p["miembro_id"] == MIEMBRO]
    with ServidorSMTP() as servidor:
        cli("correo", "cuenta", "--servidor", "127.0.0.1", "--puerto", servidor.puerto, "--seguridad", "ninguna",
            "--remitente", "secretaria@redsur.ejemplo.org")
        cli("correo", "recibo", pagos[0])
        assert [r.destinatarios for r in servidor.recibidos] == [[CORREO_VIEJO]]
    orden_en_el_proceso(["--db", str(base), "correo", "recibo", str(pagos[1])], tmp_path, entorno)   # queda pendiente
    # La rectificación: otro nombre, otro correo, un teléfono.
    cli("miembros", "contacto", MIEMBRO, "--editar", contacto, "--nombre", NOMBRE, "--rol", "Prensa", "--correo",
        CORREO, "--telefono", TELEFONO)
    cli("derechos", "politica", "--pais", "UY", "--contacto", "datos@redsur.ejemplo.org")
    cli("respaldo", "crear")
    (fila,) = json.loads(cli("personas", "apariciones", "--buscar", CORREO, "--json"))
    persona = json.loads(cli("personas", "registrar", f"{fila['tabla']}:{fila['fila_id']}", "--json"))["persona_id"]
    return cli, proceso, persona, base


def test_el_acceso_muestra_lo_que_tuvo_antes_y_el_correo_a_su_direccion_vieja(rectificada, tmp_path):
    cli, proceso, persona, _ = rectificada
    ficha = json.loads(cli("personas", "ver", persona, "--json"))
    assert CORREO_VIEJO in ficha["direcciones"] and CORREO in ficha["direcciones"]
    acceso = json.loads(_ok(proceso("derechos", "registrar", "--persona", persona, "--derecho", "acceso",
                                    "--json")))["solicitud_id"]
    _ok(proceso("derechos", "acceso", acceso, "--carpeta", tmp_path))
    datos = json.loads((tmp_path / f"acceso-solicitud-{acceso}.json").read_text(encoding="utf-8"))
    assert {c["direccion"] for c in datos["correo"]} == {CORREO_VIEJO}   # los dos recibos, a la dirección de antes
    assert sorted(c["estado_del_mensaje"] for c in datos["correo"]) == ["enviado", "pendiente"]
    assert {(a["campo"], a["valor"]) for a in datos["antes"]} == {("nombre", NOMBRE_VIEJO), ("correo", CORREO_VIEJO)}
    assert CORREO_VIEJO in datos["identificadores"]["correos"] and NOMBRE_VIEJO in datos["identificadores"]["nombres"]
    carta = _texto_pdf(tmp_path / f"acceso-solicitud-{acceso}.pdf")
    assert "Lo que tuvimos antes" in carta and CORREO_VIEJO in carta and NOMBRE_VIEJO in carta


def test_suprimir_llega_a_lo_que_fue_y_nombra_el_respaldo_que_no_alcanza(rectificada, tmp_path):
    cli, proceso, persona, base = rectificada
    (manual,) = [r for r in json.loads(cli("respaldo", "listar", "--json")) if r["motivo"] == "manual"]
    manual["ruta"] = manual["archivo"]
    supresion = json.loads(_ok(proceso("derechos", "registrar", "--persona", persona, "--derecho", "supresion",
                                       "--json")))["solicitud_id"]
    hecho = json.loads(_ok(proceso("derechos", "suprimir", supresion, "--carpeta", tmp_path, "--json")))
    assert hecho["archivo_limpio"] is True
    # §2: el respaldo manual de antes todavía la tiene: se nombra, sin fecha de vencimiento (no rota).
    copias = {Path(c["ruta"]).name: c for c in hecho["respaldos_con_sus_datos"]}
    assert Path(manual["ruta"]).name in copias, hecho["respaldos_con_sus_datos"]
    assert copias[Path(manual["ruta"]).name]["hasta"] is None
    carta = _texto_pdf(tmp_path / f"supresion-solicitud-{supresion}.pdf")
    assert Path(manual["ruta"]).name in carta and "no se borra sola" in carta
    assert "fuera de la carpeta de respaldos" in carta          # las copias que el programa no conoce: un límite

    # §1: nada de lo que fue queda legible: la base y su diario, un respaldo hecho después, la bandeja, el sitio.
    cli("respaldo", "crear", tmp_path / "despues.db")
    for dato in SUYOS:
        assert dato.encode("utf-8") not in _crudo(base), f"{dato} sigue en el archivo de la base"
        assert dato.encode("utf-8") not in _crudo(tmp_path / "despues.db"), f"{dato} sigue en el respaldo nuevo"
    bandeja = cli("correo", "bandeja", "--json")
    assert not any(dato in bandeja for dato in SUYOS), bandeja
    cli("publicar", tmp_path / "sitio", "--incluir", "contactos")
    sitio = b"".join(p.read_bytes() for p in (tmp_path / "sitio").rglob("*") if p.is_file())
    assert not any(dato.encode("utf-8") in sitio for dato in SUYOS)
    # El respaldo manual de antes, en cambio, los tiene: por eso la carta lo nombra.
    assert CORREO_VIEJO.encode("utf-8") in Path(manual["ruta"]).read_bytes()
    verificada = proceso("verificar")
    assert verificada.returncode == 0 and "La base de datos está sana." in verificada.stdout, verificada.stdout


def test_un_destinatario_no_se_vincula_y_el_mensaje_dice_por_que(rectificada):
    _, proceso, persona, _ = rectificada
    hecho = proceso("personas", "vincular", persona, "destinatarios_mensaje:1")
    assert hecho.returncode != 0
    assert "por su dirección" in hecho.stderr and "también la de antes" in hecho.stderr, hecho.stderr
