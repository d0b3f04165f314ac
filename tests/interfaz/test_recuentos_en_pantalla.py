"""Los recuentos con datos de verdad caben en una pantalla chica (issue 78, punto 2): una elección de ocho
candidaturas con tres boletas de varias marcas y una votación simple (y las demás pestañas de la sesión con doce
oradores y una moción con tres enmiendas), en 1024×600 y en 1366×768 al 125 % y al 150 %, en castellano,
portugués e inglés. Antes, la elección era más ancha que su área (sin barra de costado: «Agregar
candidatura…» se veía «A», «Quitar» cortado, Tab la corría de costado), a favor / en contra / abstenciones quedaban
al fondo de un desplazamiento chico y los títulos de las pestañas se cortaban en portugués.

Cada pantalla en un subproceso (`recuentos_en_pantalla.py`): su tamaño, su escala y su idioma se fijan antes de
crear la aplicación. Capturas en tests/artefactos/pantallas/recuentos/ (o $ESCRITORIO_ARTEFACTOS/…)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import recuentos_en_pantalla

GUION = Path(recuentos_en_pantalla.__file__)
TITULO_DEL_ORDEN_DEL_DIA = {"es": "Orden del día", "pt_BR": "Ordem do dia", "en": "Agenda"}
PANTALLAS = {f"{idioma[:2]}-{etiqueta}": (ancho, alto, escala, idioma)
             for idioma in ("es", "pt_BR", "en")
             for etiqueta, (ancho, alto, escala) in {"1024x600": ("1024", "600", None),
                                                      "1366x768@125": ("1366", "768", "1.25"),
                                                      "1366x768@150": ("1366", "768", "1.5")}.items()}


@pytest.mark.parametrize("etiqueta", PANTALLAS)
def test_la_eleccion_y_la_votacion_caben_con_datos(etiqueta, copia_de_la_demo, tmp_path):
    ancho, alto, escala, idioma = PANTALLAS[etiqueta]
    entorno = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    # El idioma, también en ESCRITORIO_IDIOMA: las pruebas la fijan en castellano (conftest) y gana a los ajustes.
    entorno.update(HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "datos"), PYTHONIOENCODING="utf-8",
                   ESCRITORIO_IDIOMA=idioma)
    if escala:
        entorno["QT_SCALE_FACTOR"] = escala
    hecho = subprocess.run([sys.executable, str(GUION), str(copia_de_la_demo), ancho, alto, idioma, etiqueta],
                           env=entorno, capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert hecho.returncode == 0, hecho.stderr
    resultado = json.loads(hecho.stdout.strip().splitlines()[-1])
    assert resultado["escala"] == float(escala or 1)
    assert resultado["idioma"] == idioma and resultado["pestanas"][0].startswith(TITULO_DEL_ORDEN_DEL_DIA[idioma]), resultado

    eleccion = resultado["eleccion"]
    assert eleccion["cortados"] == [], eleccion          # nada cortado a lo ancho («A», «Remo»)
    assert eleccion["angostos"] == [], eleccion          # ningún botón más angosto que su texto
    assert eleccion["sin_desplazar_de_costado"], eleccion["anchos"]
    assert not eleccion["se_corre_con_tab"]              # Tab no corre el panel bajo el mouse
    votacion = resultado["votacion"]
    assert votacion["cortados"] == [] and votacion["angostos"] == [], votacion
    assert votacion["anidados"] == [] and votacion["contadores_a_la_vista"], votacion
    assert resultado["pestanas_cortadas"] == []
    # Las demás pestañas de la sesión con sus datos (doce oradores, tres enmiendas, la asistencia del Consejo):
    # nada cortado, ningún botón angosto, y cada lista muestra al menos tres filas (o todas las que tiene; antes, al
    # 150 %, la de enmiendas mostraba una sola).
    for pestana in ("asistencia", "oradores", "enmiendas", "mociones", "acta", "orden"):
        medida = resultado[pestana]
        assert medida["cortados"] == [] and medida["angostos"] == [] and medida["anidados"] == [], (pestana, medida)
        for lista, (a_la_vista, filas) in medida["filas_a_la_vista"].items():
            assert a_la_vista >= min(3, filas), (pestana, lista, a_la_vista, filas)
    assert resultado["enmiendas"]["contadores_a_la_vista"]   # y la votación de la enmienda, sin desplazar
