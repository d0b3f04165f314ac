"""Issue 64, §5: el sitio publica las mociones y enmiendas de las sesiones cuya acta está aprobada (la misma regla que
la asistencia y las votaciones; con «--incluir sin_aprobar», también las del acta en borrador, con su aviso): en la
página de la sesión, bajo su punto, el texto, quién las presentó, las enmiendas con lo que cambian (<del>/<ins>),
las votaciones en orden, el estado final con el enlace a la resolución, y la lista de oradores.

La sala se escribe con tests/sala_de_prueba_documentos.py, con los servicios de la sala."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from sala_de_prueba_documentos import SESION, aprobar_el_acta, llenar_la_sala_en

# Publicar el sitio emite las actas en PDF, las lee y escribe cada página (de 0,4 a 6 s de CPU por prueba): como
# los documentos (tests/documentos), va en `make test` y no en `make rapido` (CONTRIBUTING.md, «Las marcas de costo»).
pytestmark = pytest.mark.lento


@pytest.fixture
def base_con_sala(copia_de_la_demo) -> Path:
    llenar_la_sala_en(copia_de_la_demo)
    return copia_de_la_demo


def _sin_etiquetas(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.ids += [v for k, v in attrs if k == "id"]


def test_sin_el_acta_aprobada_no_se_publica_la_sala(cli, base_con_sala, tmp_path):
    hecho = cli("publicar", tmp_path / "sitio", db=base_con_sala)
    assert hecho.returncode == 0, hecho.stderr
    pagina = (tmp_path / "sitio" / "sesiones" / f"{SESION}.html").read_text(encoding="utf-8")
    assert "Moción 1" not in pagina and "Lista de oradores" not in pagina
    assert "se publican cuando se aprueba el acta" in pagina


def test_con_sin_aprobar_se_publica_con_el_aviso_del_borrador(cli, base_con_sala, tmp_path):
    hecho = cli("publicar", tmp_path / "sitio", "--incluir", "sin_aprobar", db=base_con_sala)
    assert hecho.returncode == 0, hecho.stderr
    pagina = (tmp_path / "sitio" / "sesiones" / f"{SESION}.html").read_text(encoding="utf-8")
    assert "todavía no está aprobada" in pagina
    assert "Moción 1: Plan de trabajo 2027 de las unidades temáticas" in _sin_etiquetas(pagina)


@pytest.mark.proceso   # publica con la CLI como proceso real
def test_con_el_acta_aprobada_la_pagina_de_la_sesion_cuenta_la_sala(cli, base_con_sala, tmp_path):
    db = abrir_base(base_con_sala)
    try:
        aprobar_el_acta(Contexto(db, 1))
    finally:
        db.close()
    hecho = cli("publicar", tmp_path / "sitio", db=base_con_sala, proceso_real=True)
    assert hecho.returncode == 0, hecho.stderr
    html = (tmp_path / "sitio" / "sesiones" / f"{SESION}.html").read_text(encoding="utf-8")
    texto = _sin_etiquetas(html)
    desde = 0
    for parte in ("Moción 1: Plan de trabajo 2027 de las unidades temáticas", "Presentada por Rosario; Córdoba",
                  "Con el apoyo de Mendoza", "Recibida el 01/09/2026", "Enmienda 1, de Mendoza. Aprobada.",
                  "Enmienda 2, de Buenos Aires. Decaída", "Enmienda 3, de Córdoba. Rechazada.",
                  "Enmienda 1 a la moción 1: Votación a mano alzada. Aprobada: 12 a favor",
                  "Enmienda 3 a la moción 1: Votación a mano alzada. Rechazada: 4 a favor",
                  "Moción 1: Votación a mano alzada. Aprobada: 14 a favor",
                  "Cada unidad organiza tres encuentros, uno de ellos virtual, por año.",
                  "Recomendación de la UT Planificación estratégica (12/09/2026): Aprobar con cambios — Con la "
                  "enmienda 1",
                  "Estado final: Aprobada; adoptada como Resolución 4/2026 del Consejo. Ver la resolución",
                  "Moción 2: Red de ciudades sin plástico", "Plazo Fuera de plazo",
                  "Admitida fuera de plazo La presidencia la admite por la urgencia del tema",
                  "Estado final: Aplazada a una sesión posterior", "Estado final: No admitida",
                  "Lista de oradores (4)", "1 Rosario Intervención 2 min 05 s",
                  "2 Buenos Aires Cuestión de orden 40 s", "3 Mendoza A favor 1 min 35 s",
                  "4 Rosario A favor (moción 1) 1 min 00 s"):
        hallado = texto.find(parte, desde)
        assert hallado >= 0, parte
        desde = hallado + len(parte)
    # La comparación, con <del> y <ins>.
    assert ("Cada unidad organiza <del>dos encuentros presenciales</del> <ins>tres encuentros, uno de ellos "
            "virtual,</ins> por año.") in html
    assert "<ins>Los informes se publican en el sitio de la red.</ins>" in html
    # El enlace a la resolución lleva a su ancla en la página de resoluciones; cada ancla es única.
    destino = re.search(r'href="([^"]+#resolucion-\d+)">Ver la resolución', html)[1]
    archivo, ancla = destino.split("#")
    resoluciones = (tmp_path / "sitio" / "sesiones" / archivo).resolve()
    lector = _Ids()
    lector.feed(resoluciones.read_text(encoding="utf-8"))
    assert ancla in lector.ids
    lector = _Ids()
    lector.feed(html)
    assert len(lector.ids) == len(set(lector.ids))
    assert {"mocion-1", "mocion-2", "mocion-3", "enmienda-1", "enmienda-2", "enmienda-3"} <= set(lector.ids)
