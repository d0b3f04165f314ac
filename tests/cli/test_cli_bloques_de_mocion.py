"""Los bloques de mociones votados juntos (issue 82) por la línea de órdenes, como proceso real, en la red de ejemplo
con la sala de tests/sala_de_prueba_documentos.py (la sesión 4 del Consejo, con sus mociones 1 a 3):

- «bloques crear|agregar|listar|quitar|borrar|votar»: lo que la secretaría escribe y lo que lee; lo que se rechaza
  (una moción ya votada, una moción en un bloque votada sola, un bloque vacío) con su mensaje y estado 1, sin traza;
  una orden mal escrita, con estado 2;
- el acta en PDF, la página de la sesión del sitio y OParl nombran el bloque y sus mociones.
"""

import json
import os
import re
import shutil
import subprocess

import pytest

from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from sala_de_prueba_documentos import SESION, aprobar_el_acta
from sala_por_la_cli import base, ok, rechazo  # noqa: F401 (base: la fixture)

pytestmark = pytest.mark.proceso


def _dos_admitidas(orden, s: str) -> list[int]:
    ids = []
    for titulo in ("Plan de cooperación 2027", "Fondo de becas"):
        hecha = json.loads(ok(orden("mociones", "presentar", "--punto", f"{s}:2", "--titulo", titulo, "--texto",
                                    "La red coopera.", "--autor", "3", "--recibida", "2026-09-01", "--json")))
        ok(orden("mociones", "admitir", str(hecha["numero"]), "--sesion", s))
        ids.append(hecha["id"])
    return ids


def test_un_bloque_se_arma_y_se_vota_por_la_cli(cli_proceso, base):
    def orden(*argumentos):
        return cli_proceso(*argumentos, db=base)

    s = str(SESION)
    assert ok(orden("bloques", "listar", "--sesion", s)) == f"La sesión {s} no tiene bloques de mociones."
    cuatro, _ = _dos_admitidas(orden, s)
    assert ok(orden("bloques", "crear", "Mociones de hacienda", "--sesion", s)).startswith(
        f"Bloque «Mociones de hacienda» creado en la sesión {s}")
    assert "ya tiene un bloque «mociones de hacienda»" in rechazo(
        orden("bloques", "crear", "mociones de hacienda", "--sesion", s))
    assert "no tiene mociones: agregue alguna antes de votarlo" in rechazo(
        orden("bloques", "votar", "Mociones de hacienda", "--sesion", s, "--a-favor", "13"))
    assert "Moción 1 está aprobada: en un bloque se ponen mociones admitidas" in rechazo(
        orden("bloques", "agregar", "Mociones de hacienda", "--sesion", s, "--mocion", "1"))
    armado = json.loads(ok(orden("bloques", "agregar", "mociones de hacienda", "--sesion", s, "--mocion", "4",
                                 "--mocion", "5", "--json")))
    assert (armado["nombre"], armado["mociones"], armado["votado"]) == (
        "Mociones de hacienda", ["Moción 4", "Moción 5"], False)
    assert ok(orden("bloques", "listar", "--sesion", s)).endswith(": Moción 4, Moción 5")
    assert "Moción 4 está en el bloque «Mociones de hacienda»: se vota con él. Para votarla sola, quítela con " \
           "«escritorio bloques quitar» primero" in rechazo(orden("votos", "mocion", str(cuatro), "--a-favor", "13"))
    assert "fuera del bloque" in ok(orden("bloques", "quitar", "--sesion", s, "--mocion", "5"))
    ok(orden("bloques", "agregar", "Mociones de hacienda", "--sesion", s, "--mocion", "5"))
    assert "no tiene el bloque de mociones «Otro»" in rechazo(
        orden("bloques", "votar", "Otro", "--sesion", s, "--a-favor", "13"))
    rechazo(orden("bloques", "agregar", "Mociones de hacienda", "--sesion", s), 2)   # sin --mocion
    votado = json.loads(ok(orden("bloques", "votar", "Mociones de hacienda", "--sesion", s, "--a-favor", "13",
                                 "--en-contra", "1", "--json")))
    assert (votado["aprobada"], votado["mociones"], votado["a_favor"], len(votado["votaciones"])) == (
        True, ["Moción 4", "Moción 5"], 13, 2)
    for numero in ("4", "5"):
        assert json.loads(ok(orden("mociones", "ver", numero, "--sesion", s, "--json")))["estado"] == "aprobada"
    assert "ya se votó con el bloque" in rechazo(orden("bloques", "quitar", "--sesion", s, "--mocion", "4"))
    assert ok(orden("bloques", "listar", "--sesion", s)).endswith("(votado)")
    ok(orden("bloques", "crear", "Vacío", "--sesion", s))
    assert ok(orden("bloques", "borrar", "Vacío", "--sesion", s)) == "Bloque «Vacío» borrado."


def test_el_acta_el_sitio_y_oparl_nombran_el_bloque(cli, base, tmp_path):
    def orden(*argumentos, **opciones):
        return cli(*argumentos, db=base, **opciones)

    s = str(SESION)
    cuatro, cinco = _dos_admitidas(orden, s)
    ok(orden("bloques", "crear", "Hacienda", "--sesion", s))
    ok(orden("bloques", "agregar", "Hacienda", "--sesion", s, "--mocion", "4", "--mocion", "5"))
    salida = ok(orden("bloques", "votar", "Hacienda", "--sesion", s, "--a-favor", "13", "--en-contra", "1"))
    assert salida.startswith("Votación cerrada (bloque «Hacienda»: Moción 4, Moción 5).")
    assert salida.endswith("Aprobadas: Moción 4, Moción 5.")

    ok(orden("sesiones", "acta", s, "acta.pdf", proceso_real=True))
    if os.environ.get("ESCRITORIO_CAPTURAS"):   # para mirarla: pdftoppm -png -r 60
        shutil.copy(tmp_path / "acta.pdf", os.path.join(os.environ["ESCRITORIO_CAPTURAS"], "acta_con_bloque.pdf"))
    texto = " ".join(subprocess.run(["pdftotext", "-layout", str(tmp_path / "acta.pdf"), "-"], capture_output=True,
                                    text=True, check=True).stdout.split())
    desde = 0
    for parte in ("Moción 4: Plan de cooperación 2027", "En el bloque de mociones «Hacienda».",
                  "Bloque «Hacienda» (Moción 4, Moción 5): Votación a mano alzada. Aprobada: 13 a favor",
                  "Moción 5: Fondo de becas", "En el bloque de mociones «Hacienda»."):
        hallado = texto.find(parte, desde)
        assert hallado >= 0, f"falta «{parte}» en el acta (o no está después de lo anterior)"
        desde = hallado + len(parte)

    db = abrir_base(base)
    try:
        aprobar_el_acta(Contexto(db, 1))
    finally:
        db.close()
    assert "El acta de esta sesión ya está aprobada" in rechazo(
        orden("bloques", "crear", "Otro", "--sesion", s))
    ok(orden("asociacion", "editar", "--direccion-publica", "https://red.ejemplo.org/datos"))
    ok(orden("publicar", tmp_path / "sitio"))
    pagina = (tmp_path / "sitio" / "sesiones" / f"{SESION}.html").read_text(encoding="utf-8")
    visible = " ".join(re.sub(r"<[^>]+>", " ", pagina).split())
    assert "Bloque de mociones Hacienda: Moción 4, Moción 5" in visible
    for mocion in (cuatro, cinco):
        papel = json.loads((tmp_path / "sitio" / "oparl" / "paper" / f"mocion-{mocion}.json").read_text("utf-8"))
        assert papel["escritorio:bloque"] == {"nombre": "Hacienda", "mociones": ["Moción 4", "Moción 5"]}
    sin = json.loads((tmp_path / "sitio" / "oparl" / "paper" / "mocion-1.json").read_text("utf-8")) if (
        tmp_path / "sitio" / "oparl" / "paper" / "mocion-1.json").exists() else {}
    assert "escritorio:bloque" not in sin
