"""Las enmiendas a una enmienda (issue 82) por la línea de órdenes, como proceso real, en la red de ejemplo con una
moción nueva en la sala de tests/sala_de_prueba_documentos.py (la sesión 4 del Consejo):

- «enmiendas presentar --a-la-enmienda» registra la enmienda a la enmienda; lo que no enmienda ninguno de sus
  cambios se rechaza con su mensaje y estado 1, sin traza;
- «enmiendas listar» la muestra justo antes de la suya, «a la enmienda N», con su comparación contra el texto de la
  enmendada; votada y aprobada, la enmendada queda «Enmendada por la enmienda N» y el texto final lleva su texto;
- el acta en PDF, la página del sitio y OParl (la enmienda cuelga de la enmendada) lo dicen.
"""

import json
import re
import subprocess

import pytest

from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from sala_de_prueba_documentos import SESION, aprobar_el_acta
from sala_por_la_cli import base, ok, rechazo  # noqa: F401 (base: la fixture)

pytestmark = pytest.mark.proceso

TEXTO = "La red coopera con las ciudades.\n\nCada ciudad aporta un técnico.\n\nLa Secretaría informa cada año."


def _mocion_con_su_enmienda(orden) -> tuple[int, int]:
    hecha = json.loads(ok(orden("mociones", "presentar", "--punto", f"{SESION}:2", "--titulo", "Cooperación técnica",
                                "--texto", TEXTO, "--autor", "3", "--recibida", "2026-09-01", "--json")))
    ok(orden("mociones", "admitir", str(hecha["numero"]), "--sesion", str(SESION)))
    enmienda = json.loads(ok(orden("enmiendas", "presentar", "--mocion", hecha["id"], "--reemplazar", "2", "--texto",
                                   "Cada ciudad aporta dos técnicos.", "--autor", "4", "--recibida", "2026-09-10",
                                   "--json")))
    return hecha["id"], enmienda["id"]


def test_la_enmienda_a_una_enmienda_por_la_cli(cli_proceso, base):
    def orden(*argumentos):
        return cli_proceso(*argumentos, db=base)

    mocion, enmienda = _mocion_con_su_enmienda(orden)
    assert "La enmienda 1 no propone texto para reemplazar el párrafo 3" in rechazo(orden(
        "enmiendas", "presentar", "--mocion", mocion, "--a-la-enmienda", enmienda, "--reemplazar", "3", "--texto",
        "Otro.", "--autor", "5", "--recibida", "2026-09-11"))
    hecha = ok(orden("enmiendas", "presentar", "--mocion", mocion, "--a-la-enmienda", enmienda, "--reemplazar", "2",
                     "--texto", "Cada ciudad aporta dos técnicos y un vehículo.", "--autor", "5", "--recibida",
                     "2026-09-11"))
    assert hecha.startswith("Enmienda 2 registrada") and ", a la enmienda 1 (id" in hecha
    assert "Cada ciudad aporta dos [−técnicos.−] [+técnicos y un vehículo.+]" in hecha
    sub = json.loads(ok(orden("enmiendas", "listar", "--mocion", mocion, "--json")))["enmiendas"][0]
    assert (sub["numero"], sub["enmienda_de"], sub["enmienda_de_id"], sub["posicion"]) == (2, 1, enmienda, 1)
    for e in (enmienda, sub["id"]):
        ok(orden("enmiendas", "admitir", e))
    assert "Antes se vota la enmienda 2" in rechazo(orden("votos", "enmienda", enmienda, "--a-favor", "12"))
    ok(orden("votos", "enmienda", sub["id"], "--a-favor", "12", "--en-contra", "2"))
    ok(orden("votos", "enmienda", enmienda, "--a-favor", "12", "--en-contra", "2"))
    listado = ok(orden("enmiendas", "listar", "--mocion", mocion))
    assert "Enmienda 1 (id" in listado and "Enmendada por la enmienda 2." in listado
    final = json.loads(ok(orden("enmiendas", "texto-final", "--mocion", mocion, "--json")))
    assert final["parrafos"][1] == "Cada ciudad aporta dos técnicos y un vehículo."


def test_el_acta_el_sitio_y_oparl_la_muestran(cli, base, tmp_path):
    def orden(*argumentos, **opciones):
        return cli(*argumentos, db=base, **opciones)

    mocion, enmienda = _mocion_con_su_enmienda(orden)
    sub = json.loads(ok(orden("enmiendas", "presentar", "--mocion", mocion, "--a-la-enmienda", enmienda,
                              "--reemplazar", "2", "--texto", "Cada ciudad aporta dos técnicos y un vehículo.",
                              "--autor", "5", "--recibida", "2026-09-11", "--json")))
    for e in (enmienda, sub["id"]):
        ok(orden("enmiendas", "admitir", e))
    ok(orden("votos", "enmienda", sub["id"], "--a-favor", "12", "--en-contra", "2"))
    ok(orden("votos", "enmienda", enmienda, "--a-favor", "12", "--en-contra", "2"))
    ok(orden("sesiones", "acta", str(SESION), "acta.pdf", proceso_real=True))
    texto = " ".join(subprocess.run(["pdftotext", "-layout", str(tmp_path / "acta.pdf"), "-"], capture_output=True,
                                    text=True, check=True).stdout.split())
    assert "Enmienda 2, a la enmienda 1, de San Miguel de Tucumán. Aprobada." in texto
    assert "Cada ciudad aporta dos técnicos y un vehículo." in texto
    db = abrir_base(base)
    try:
        aprobar_el_acta(Contexto(db, 1))
    finally:
        db.close()
    ok(orden("asociacion", "editar", "--direccion-publica", "https://red.ejemplo.org/datos"))
    ok(orden("publicar", tmp_path / "sitio"))
    pagina = (tmp_path / "sitio" / "sesiones" / f"{SESION}.html").read_text(encoding="utf-8")
    visible = " ".join(re.sub(r"<[^>]+>", " ", pagina).split())
    assert "Enmienda 2, a la enmienda 1, de San Miguel de Tucumán. Aprobada." in visible
    oparl = tmp_path / "sitio" / "oparl" / "paper"
    papel_sub = json.loads((oparl / f"enmienda-{sub['id']}.json").read_text("utf-8"))
    papel_enmendada = json.loads((oparl / f"enmienda-{enmienda}.json").read_text("utf-8"))
    assert papel_sub["superordinatedPaper"] == [papel_enmendada["id"]]
    assert papel_enmendada["subordinatedPaper"] == [papel_sub["id"]]
    papel_mocion = json.loads((oparl / f"mocion-{mocion}.json").read_text("utf-8"))
    assert papel_mocion["subordinatedPaper"] == [papel_enmendada["id"]]
