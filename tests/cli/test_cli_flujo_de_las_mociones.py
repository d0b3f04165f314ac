"""El flujo de las mociones de un órgano (issue 82) por la línea de órdenes, en la red de ejemplo con la sala de
tests/sala_de_prueba_documentos.py (la sesión 4 del Consejo, con sus mociones 1 a 3):

- «sala reglas» muestra el flujo que rige (el completo, sin fijar) y lo cambia con --flujo, --con-paso y --sin-paso;
  lo imposible se rechaza con su mensaje y estado 1 (un flujo inventado, con estado 2), sin traza;
- con el flujo simple, «mociones derivar» se rechaza diciendo qué admite el flujo; con el completo,
  «mociones no-tratar» deja la moción «No tratada», como proceso real;
- el acta en PDF, la página de la sesión del sitio y OParl (`escritorio:estado`) dicen que la sala no la trató.
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


def _nueva_admitida(orden, titulo: str) -> int:
    hecha = json.loads(ok(orden("mociones", "presentar", "--punto", f"{SESION}:2", "--titulo", titulo, "--texto",
                                "La red coopera.", "--autor", "3", "--recibida", "2026-09-01", "--json")))
    ok(orden("mociones", "admitir", str(hecha["numero"]), "--sesion", str(SESION)))
    return hecha["numero"]


def test_el_flujo_por_la_linea_de_ordenes(cli_proceso, base):
    def orden(*argumentos):
        return cli_proceso(*argumentos, db=base)

    s = str(SESION)
    reglas = ok(orden("sala", "reglas", "--organo", "Consejo"))
    assert ("Flujo de las mociones (completo): Presentada → Admitida, No admitida, Retirada, No tratada; Admitida → "
            "Retirada, Derivada, Aplazada, No tratada, Aprobada, Rechazada") in reglas
    assert ok(orden("sala", "reglas", "--organo", "Consejo", "--flujo", "simple")).startswith(
        "Reglas de la sala de «Consejo» guardadas.")
    en_json = json.loads(ok(orden("sala", "reglas", "--organo", "Consejo", "--json")))
    assert en_json["flujo"] == "simple" and en_json["pasos_del_flujo"] == [
        "presentada>admitida", "presentada>no_admitida", "presentada>retirada", "admitida>retirada",
        "admitida>aprobada", "admitida>rechazada"]

    numero = str(_nueva_admitida(orden, "Plan de cooperación 2027"))
    assert (f"Moción {numero}: Una moción «Admitida» no pasa a «Derivada» en el flujo de su órgano; puede pasar a "
            "«Retirada».") in rechazo(orden("mociones", "derivar", numero, "--sesion", s, "--organo", "Consejo",
                                            "--motivo", "Que la vea la comisión"))
    assert "El paso Admitida → Aprobada no se quita" in rechazo(
        orden("sala", "reglas", "--organo", "Consejo", "--sin-paso", "admitida>aprobada"))
    assert "Paso del flujo «admitida>olvidada»" in rechazo(
        orden("sala", "reglas", "--organo", "Consejo", "--con-paso", "admitida>olvidada"))
    assert "--flujo" in rechazo(orden("sala", "reglas", "--organo", "Consejo", "--flujo", "complejo"), 2)

    propio = ok(orden("sala", "reglas", "--organo", "Consejo", "--con-paso", "admitida>no_tratada"))
    assert ("flujo propio de las mociones: Presentada → Admitida, No admitida, Retirada; Admitida → Retirada, "
            "No tratada, Aprobada, Rechazada") in propio
    assert ok(orden("mociones", "no-tratar", numero, "--sesion", s, "--motivo", "Se levantó la sesión")) == (
        f"Moción {numero} de la sesión {s}: no tratada.")
    assert "ya está «No tratada»: ese estado es final" in rechazo(orden("mociones", "retirar", numero, "--sesion", s))


def test_el_acta_el_sitio_y_oparl_dicen_que_no_se_trato(cli, base, tmp_path):
    def orden(*argumentos, **opciones):
        return cli(*argumentos, db=base, **opciones)

    numero = _nueva_admitida(orden, "Plan de cooperación 2027")
    ok(orden("mociones", "no-tratar", str(numero), "--sesion", str(SESION), "--motivo", "Se levantó la sesión"))
    ok(orden("sesiones", "acta", str(SESION), "acta.pdf", proceso_real=True))
    if os.environ.get("ESCRITORIO_CAPTURAS"):   # para mirarla: pdftoppm -png -r 60
        shutil.copy(tmp_path / "acta.pdf", os.path.join(os.environ["ESCRITORIO_CAPTURAS"], "acta_no_tratada.pdf"))
    texto = " ".join(subprocess.run(["pdftotext", "-layout", str(tmp_path / "acta.pdf"), "-"], capture_output=True,
                                    text=True, check=True).stdout.split())
    assert f"Moción {numero}: Plan de cooperación 2027" in texto
    assert "No tratada por la sala: Se levantó la sesión." in texto
    db = abrir_base(base)
    try:
        aprobar_el_acta(Contexto(db, 1))   # el sitio publica la sala de una sesión con el acta aprobada
    finally:
        db.close()
    ok(orden("asociacion", "editar", "--direccion-publica", "https://red.ejemplo.org/datos"))
    ok(orden("publicar", tmp_path / "sitio"))
    pagina = (tmp_path / "sitio" / "sesiones" / f"{SESION}.html").read_text(encoding="utf-8")
    visible = " ".join(re.sub(r"<[^>]+>", " ", pagina).split())
    assert "Estado final: No tratada por la sala: Se levantó la sesión." in visible
    mocion_id = json.loads(ok(orden("mociones", "ver", str(numero), "--sesion", str(SESION), "--json")))["id"]
    papel = json.loads((tmp_path / "sitio" / "oparl" / "paper" / f"mocion-{mocion_id}.json").read_text("utf-8"))
    assert papel["escritorio:estado"] == {"estado": "no_tratada",
                                          "texto": "No tratada por la sala: Se levantó la sesión."}
