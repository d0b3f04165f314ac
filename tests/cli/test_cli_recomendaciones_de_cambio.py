"""Las líneas y las recomendaciones de cambio de una moción (issue 82) por la línea de órdenes, como proceso real, en
la red de ejemplo con la sala de tests/sala_de_prueba_documentos.py (la sesión 4 del Consejo, con sus mociones 1 a 3):

- «mociones lineas» muestra el texto con sus números de línea (80 caracteres) y sus recomendaciones;
- «mociones recomendar-cambio» registra una (de la secretaría o de un órgano), «aceptar-cambio» y «rechazar-cambio»
  las deciden; lo que se rechaza (líneas que no existen, solapadas, ya decidida, moción votada) sale con su mensaje y
  estado 1, sin traza; una orden mal escrita, con estado 2;
- votada la moción, nada cambia; el acta en PDF, la página de la sesión del sitio y OParl muestran el texto numerado, las
  recomendaciones con su decisión y el texto final con la aceptada.
"""

import json
import os
import re
import shutil
import subprocess

import pytest

from ayudas import sin_traza
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from sala_de_prueba_documentos import SESION, aprobar_el_acta
from sala_por_la_cli import base, rechazo  # noqa: F401 (base: la fixture)


def ok(resultado) -> str:
    """La salida tal cual (sin juntar los espacios): la prueba lee las líneas numeradas del texto."""
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


pytestmark = pytest.mark.proceso

LARGO = " ".join(f"palabra{n:02d}" for n in range(1, 21))   # 199 caracteres: tres líneas


def test_lineas_recomendar_decidir_y_los_documentos(cli, base, tmp_path):
    def orden(*argumentos, **opciones):
        return cli(*argumentos, db=base, proceso_real=True, **opciones)

    s = str(SESION)
    hecha = json.loads(ok(orden("mociones", "presentar", "--punto", f"{s}:2", "--titulo", "Plan de cooperación",
                                "--texto", f"{LARGO}\n\nLa red coopera.", "--autor", "3", "--recibida", "2026-09-01",
                                "--json")))
    n = str(hecha["numero"])
    ok(orden("mociones", "admitir", n, "--sesion", s))
    lineas = ok(orden("mociones", "lineas", n, "--sesion", s))
    assert lineas.splitlines()[:6] == [f"Moción {n}", "   1  " + " ".join(LARGO.split()[:8]),
                                       "   2  " + " ".join(LARGO.split()[8:16]),
                                       "   3  " + " ".join(LARGO.split()[16:]), "", "   4  La red coopera."]
    assert ok(orden("mociones", "recomendar-cambio", n, "--sesion", s, "--lineas", "2-3", "--texto", "y nada más.",
                    "--motivo", "Más corto")).strip() == (
        "Recomendación 1 (de la secretaría), líneas 2–3: reemplazarlas por «y nada más.». Pendiente. Motivo: Más corto")
    assert "se solapan con la recomendación 1 (líneas 2–3, pendiente)" in rechazo(
        orden("mociones", "recomendar-cambio", n, "--sesion", s, "--lineas", "3", "--suprimir"))
    assert "La moción tiene 4 líneas" in rechazo(
        orden("mociones", "recomendar-cambio", n, "--sesion", s, "--lineas", "5", "--suprimir"))
    rechazo(orden("mociones", "recomendar-cambio", n, "--sesion", s, "--lineas", "3-2", "--suprimir"), 2)
    rechazo(orden("mociones", "recomendar-cambio", n, "--sesion", s, "--lineas", "4"), 2)   # sin --texto ni --suprimir
    de_la_ut = json.loads(ok(orden("mociones", "recomendar-cambio", n, "--sesion", s, "--lineas", "4", "--suprimir",
                                   "--organo", "UT Cultura", "--json")))
    assert (de_la_ut["numero"], de_la_ut["organo"], de_la_ut["texto"], de_la_ut["estado"]) == (
        2, "UT Cultura", "", "pendiente")
    assert ok(orden("mociones", "aceptar-cambio", n, "--sesion", s, "--recomendacion", "1")).strip().endswith(
        "Aceptada. Motivo: Más corto")
    assert ok(orden("mociones", "rechazar-cambio", n, "--sesion", s, "--recomendacion", "2")).strip().endswith(
        "Rechazada.")
    assert "ya está aceptada: se decide una sola vez" in rechazo(
        orden("mociones", "rechazar-cambio", n, "--sesion", s, "--recomendacion", "1"))
    assert "no tiene la recomendación de cambio 7 (tiene: 1, 2)" in rechazo(
        orden("mociones", "aceptar-cambio", n, "--sesion", s, "--recomendacion", "7"))
    vista = ok(orden("mociones", "lineas", n, "--sesion", s))
    assert "Texto con las recomendaciones aceptadas:\n[1] palabra01" in vista and "palabra08 y nada más." in vista
    leido = json.loads(ok(orden("mociones", "lineas", n, "--sesion", s, "--json")))
    assert leido["ancho"] == 80 and len(leido["lineas"]) == 4
    assert [r["estado"] for r in leido["recomendaciones"]] == ["aceptada", "rechazada"]

    ok(orden("votos", "mocion", hecha["id"], "--a-favor", "13", "--en-contra", "1"))
    assert "se registran y deciden antes de votarla" in rechazo(
        orden("mociones", "recomendar-cambio", n, "--sesion", s, "--lineas", "4", "--texto", "Otra."))

    ok(orden("sesiones", "acta", s, "acta.pdf"))
    if os.environ.get("ESCRITORIO_CAPTURAS"):   # para mirarla: pdftoppm -png -r 60
        shutil.copy(tmp_path / "acta.pdf", os.path.join(os.environ["ESCRITORIO_CAPTURAS"], "acta_con_lineas.pdf"))
    texto = " ".join(subprocess.run(["pdftotext", "-layout", str(tmp_path / "acta.pdf"), "-"], capture_output=True,
                                    text=True, check=True).stdout.split())
    desde = 0
    for parte in (f"Moción {n}: Plan de cooperación", "1 palabra01", "4 La red coopera.",
                  "Recomendaciones de cambio (2)", "Recomendación 1 (de la secretaría), líneas 2–3",
                  "Recomendación 2 (de UT Cultura), línea 4: suprimirla. Rechazada.",
                  "Texto final, con las enmiendas aprobadas y las recomendaciones aceptadas",
                  "palabra08 y nada más. La red coopera."):
        hallado = texto.find(parte, desde)
        assert hallado >= 0, f"falta «{parte}» en el acta (o no está después de lo anterior)"
        desde = hallado + len(parte)

    db = abrir_base(base)
    try:
        aprobar_el_acta(Contexto(db, 1))
    finally:
        db.close()
    assert "El acta de esta sesión ya está aprobada" in rechazo(
        orden("mociones", "rechazar-cambio", n, "--sesion", s, "--recomendacion", "1"))
    ok(orden("asociacion", "editar", "--direccion-publica", "https://red.ejemplo.org/datos"))
    ok(orden("publicar", tmp_path / "sitio"))
    pagina = (tmp_path / "sitio" / "sesiones" / f"{SESION}.html").read_text(encoding="utf-8")
    assert '<ol class="lineas"><li value="1">palabra01' in pagina and '<li value="4" class="aparte">' in pagina
    visible = " ".join(re.sub(r"<[^>]+>", " ", pagina).split())
    assert "Recomendaciones de cambio (2)" in visible and "línea 4: suprimirla. Rechazada." in visible
    papel = json.loads((tmp_path / "sitio" / "oparl" / "paper" / f"mocion-{hecha['id']}.json").read_text("utf-8"))
    recomendaciones = papel["escritorio:recomendacionesDeCambio"]
    assert [(r["numero"], r["desde"], r["hasta"], r["estado"], r["anchoDeLinea"]) for r in recomendaciones] == [
        (1, 2, 3, "aceptada", 80), (2, 4, 4, "rechazada", 80)]
    assert recomendaciones[0]["organization"] is None and recomendaciones[1]["organization"].endswith(".json")
    sin = json.loads((tmp_path / "sitio" / "oparl" / "paper").joinpath(
        sorted(p.name for p in (tmp_path / "sitio" / "oparl" / "paper").glob("mocion-*.json"))[0]).read_text("utf-8"))
    assert "escritorio:recomendacionesDeCambio" not in sin
