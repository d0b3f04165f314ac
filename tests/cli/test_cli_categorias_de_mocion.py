"""Las categorías de las mociones con su prefijo (issue 82) por la línea de órdenes, como proceso real, en la red de
ejemplo con la sala de tests/sala_de_prueba_documentos.py (la sesión 4 del Consejo, con sus mociones 1 a 3):

- «sala categoria-mocion» define (y quita) las categorías del Consejo, «sala categorias-mocion» las lista; un prefijo
  imposible o repetido se rechaza con su mensaje y estado 1, sin traza; una orden mal escrita, con estado 2;
- «mociones presentar --categoria», «mociones listar --categoria», «mociones ver» y «mociones categorizar» nombran la
  moción con su prefijo («Moción PLA 4»); votada o con el acta aprobada, la categoría ya no cambia;
- el acta en PDF, la página de la sesión del sitio y OParl la nombran igual y dicen su categoría.
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


def test_categorias_y_mociones_con_su_prefijo_por_la_cli(cli_proceso, base):
    def orden(*argumentos):
        return cli_proceso(*argumentos, db=base)

    s = str(SESION)
    assert "no tiene categorías de mociones: se nombran solo por su número" in ok(
        orden("sala", "categorias-mocion", "--organo", "Consejo"))
    assert ok(orden("sala", "categoria-mocion", "--organo", "Consejo", "Planificación", "--prefijo", "PLA")) == (
        "Categoría «Planificación» de las mociones de «Consejo»: prefijo PLA (sus mociones se nombran «Moción PLA N»).")
    hacienda = json.loads(ok(orden("sala", "categoria-mocion", "--organo", "Consejo", "Hacienda", "--prefijo", "HAC",
                                   "--json")))
    assert (hacienda["categoria"], hacienda["prefijo"]) == ("Hacienda", "HAC")
    # Lo que se rechaza: un prefijo con espacios o repetido (1), una orden incompleta (2).
    assert "Prefijo «P L»: de 1 a 6 letras o cifras, sin espacios ni signos" in rechazo(
        orden("sala", "categoria-mocion", "--organo", "Consejo", "Otra", "--prefijo", "P L"))
    assert "El prefijo «pla» ya es el de la categoría «Planificación» de este órgano" in rechazo(
        orden("sala", "categoria-mocion", "--organo", "Consejo", "Otra", "--prefijo", "pla"))
    assert "--prefijo" in rechazo(orden("sala", "categoria-mocion", "--organo", "Consejo", "Otra"), 2)

    presentada = ok(orden("mociones", "presentar", "--punto", f"{s}:2", "--titulo", "Plan de cooperación 2027",
                          "--texto", "La red coopera.", "--autor", "3", "--recibida", "2026-09-01", "--categoria", "pla"))
    assert presentada.startswith(f"Moción PLA 4 presentada en la sesión {s}")
    listado = ok(orden("mociones", "listar", "--sesion", s))
    assert "Moción 1 " in listado and "Moción PLA 4 punto 2" in listado
    solo = ok(orden("mociones", "listar", "--sesion", s, "--categoria", "Planificación"))
    assert "Moción PLA 4" in solo and "Moción 1 " not in solo
    assert ok(orden("mociones", "listar", "--sesion", s, "--categoria", "HAC")) == (
        f"La sesión {s} no tiene mociones de la categoría «Hacienda».")
    vista = ok(orden("mociones", "ver", "4", "--sesion", s))
    assert vista.startswith("Moción PLA 4 — Plan de cooperación 2027") and "Categoría: Planificación (PLA)" in vista

    movida = json.loads(ok(orden("mociones", "categorizar", "4", "--sesion", s, "--categoria", "hacienda", "--json")))
    assert (movida["rotulo"], movida["identificador"], movida["numero"], movida["categoria"]) == (
        "Moción HAC 4", "HAC 4", 4, "Hacienda")
    assert ok(orden("mociones", "categorizar", "4", "--sesion", s, "--sin-categoria")) == (
        f"Moción 4 de la sesión {s}: sin categoría; se nombra «Moción 4».")
    assert ok(orden("mociones", "categorizar", "4", "--sesion", s, "--categoria", "PLA")) == (
        f"Moción 4 de la sesión {s}: categoría «Planificación»; se nombra «Moción PLA 4».")
    rechazo(orden("mociones", "categorizar", "4", "--sesion", s), 2)
    rechazo(orden("mociones", "categorizar", "4", "--sesion", s, "--categoria", "PLA", "--sin-categoria"), 2)
    assert "no tiene la categoría de mociones «Salud»" in rechazo(
        orden("mociones", "categorizar", "4", "--sesion", s, "--categoria", "Salud"))
    assert "Moción 1: la categoría cambia mientras la moción está presentada o admitida; ya está «Aprobada»" in rechazo(
        orden("mociones", "categorizar", "1", "--sesion", s, "--categoria", "PLA"))
    assert "La categoría «Planificación» (PLA) la llevan 1 mociones: no se quita" in rechazo(
        orden("sala", "categoria-mocion", "--organo", "Consejo", "PLA", "--quitar"))
    assert ok(orden("sala", "categoria-mocion", "--organo", "Consejo", "HAC", "--quitar")) == (
        "Categoría «Hacienda» (HAC) quitada de las mociones de «Consejo».")
    assert ok(orden("sala", "categorias-mocion", "--organo", "Consejo")) == "PLA Planificación (1 moción)"

    # Admitida y votada: la votación y el acta la nombran con su prefijo.
    ok(orden("mociones", "admitir", "4", "--sesion", s))
    mocion_id = json.loads(ok(orden("mociones", "ver", "4", "--sesion", s, "--json")))["id"]
    ok(orden("votos", "mocion", mocion_id, "--a-favor", "13", "--en-contra", "1"))
    assert "ya está «Aprobada»" in rechazo(orden("mociones", "categorizar", "4", "--sesion", s, "--sin-categoria"))
    ok(orden("sesiones", "acta", s, "acta.pdf"))


def test_el_acta_el_sitio_y_oparl_la_nombran_con_su_prefijo(cli, base, tmp_path):
    def orden(*argumentos, **opciones):
        return cli(*argumentos, db=base, **opciones)

    s = str(SESION)
    ok(orden("sala", "categoria-mocion", "--organo", "Consejo", "Planificación", "--prefijo", "PLA"))
    hecha = json.loads(ok(orden("mociones", "presentar", "--punto", f"{s}:2", "--titulo", "Plan de cooperación 2027",
                                "--texto", "La red coopera.", "--autor", "3", "--recibida", "2026-09-01",
                                "--categoria", "PLA", "--json")))
    assert (hecha["numero"], hecha["prefijo"], hecha["rotulo"]) == (4, "PLA", "Moción PLA 4")
    ok(orden("mociones", "admitir", "4", "--sesion", s))
    ok(orden("votos", "mocion", hecha["id"], "--a-favor", "13", "--en-contra", "1"))

    ok(orden("sesiones", "acta", s, "acta.pdf", proceso_real=True))
    if os.environ.get("ESCRITORIO_CAPTURAS"):   # para mirarla: pdftoppm -png -r 60
        shutil.copy(tmp_path / "acta.pdf", os.path.join(os.environ["ESCRITORIO_CAPTURAS"], "acta_con_categoria.pdf"))
    texto = " ".join(subprocess.run(["pdftotext", "-layout", str(tmp_path / "acta.pdf"), "-"], capture_output=True,
                                    text=True, check=True).stdout.split())
    desde = 0
    for parte in ("Moción 1: Plan de trabajo 2027 de las unidades temáticas",   # sin categoría, como antes
                  "Moción PLA 4: Plan de cooperación 2027", "Categoría: Planificación (PLA). Presentada por Rosario.",
                  "La red coopera.", "1. Moción PLA 4: Votación a mano alzada. Aprobada: 13 a favor"):
        hallado = texto.find(parte, desde)
        assert hallado >= 0, f"falta «{parte}» en el acta (o no está después de lo anterior)"
        desde = hallado + len(parte)

    db = abrir_base(base)
    try:
        aprobar_el_acta(Contexto(db, 1))
    finally:
        db.close()
    assert "El acta de esta sesión ya está aprobada" in rechazo(
        orden("mociones", "categorizar", "4", "--sesion", s, "--sin-categoria"))
    ok(orden("asociacion", "editar", "--direccion-publica", "https://red.ejemplo.org/datos"))
    ok(orden("publicar", tmp_path / "sitio"))
    pagina = (tmp_path / "sitio" / "sesiones" / f"{SESION}.html").read_text(encoding="utf-8")
    visible = " ".join(re.sub(r"<[^>]+>", " ", pagina).split())
    assert "Moción PLA 4: Plan de cooperación 2027" in visible and "Categoría Planificación (PLA)" in visible
    assert "Moción 1: Plan de trabajo 2027" in visible
    papel = json.loads((tmp_path / "sitio" / "oparl" / "paper" / f"mocion-{hecha['id']}.json").read_text("utf-8"))
    assert papel["reference"] == "Moción PLA 4"
    assert papel["escritorio:categoria"] == {"nombre": "Planificación", "prefijo": "PLA"}
    assert papel["mainFile"]["name"] == "Moción PLA 4: Plan de cooperación 2027"
    sin = json.loads((tmp_path / "sitio" / "oparl" / "paper").joinpath(
        sorted(p.name for p in (tmp_path / "sitio" / "oparl" / "paper").glob("mocion-*.json"))[0]).read_text("utf-8"))
    assert sin["reference"].startswith("Moción ") and "escritorio:categoria" not in sin   # sin categoría, no la lleva
