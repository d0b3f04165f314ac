"""Issue 83 §1: en un PDF etiquetado, un texto guardado en otro idioma que el del documento lleva el suyo también
cuando va dentro de un párrafo con palabras del programa («Artigo 13 — Consejo», «Maioria exigida pela regra: Dos
tercios…»): el pasaje va marcado con su /Lang en el contenido (`/Span <</Lang (es)>> BDC … EMC`, ISO 32000-1
§14.9.2.2), para que un lector de pantalla lo lea con la voz de su idioma; las palabras del programa, con la del
documento. En el idioma de la asociación no se marca nada.

Los documentos se piden a la CLI (en el proceso) en portugués y en castellano, sobre una copia de la red de ejemplo
(que escribe en castellano); lo guardado se lee de la base por los servicios. El texto de cada pasaje se lee del
flujo de la página (lectura_de_etiquetas.py).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pikepdf
import pytest

from documentos_de_la_demo import (SESION_APROBADA, SESION_EN_BORRADOR, bien, cli, en_la_base, imprimir_documentos,
                                   preparar_base)
from lectura_de_etiquetas import recorrer

TIPOS = ("acta_aprobada", "convocatoria", "resolucion", "estatuto")


@pytest.fixture(scope="module")
def leidos(tmp_path_factory, demo_creada_por_la_cli) -> dict:
    """{idioma: {tipo: elementos del árbol}} y la base, para leer lo guardado."""
    carpeta = tmp_path_factory.mktemp("pasajes")
    db = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, db)
    datos = preparar_base(carpeta, db)
    hechos = {}
    for idioma in ("pt", "es"):
        destino = carpeta / idioma
        destino.mkdir()
        rutas = imprimir_documentos(destino, db, datos, idioma=idioma, solo=TIPOS)
        hechos[idioma] = {}
        for tipo in TIPOS:
            assert isinstance(rutas[tipo], Path), rutas[tipo]
            with pikepdf.open(rutas[tipo]) as pdf:
                hechos[idioma][tipo] = recorrer(pdf)[0]
    return {"elementos": hechos, "carpeta": carpeta, "db": db}


def _limpio(texto: str) -> str:
    return " ".join(str(texto).split())


def _con_texto(elementos, patron: str) -> list:
    return [e for e in elementos if re.search(patron, e.texto)]


def test_el_titulo_de_cada_articulo_lleva_su_idioma_dentro_del_encabezado(leidos):
    from escritorio.servicios.estatutos import elegir_norma, texto_en

    articulos = en_la_base(leidos["db"], lambda contexto: texto_en(contexto, elegir_norma(contexto)["id"]))
    con_titulo = [a for a in articulos if (a.titulo or "").strip()]
    assert len(con_titulo) > 10
    encabezados = {e.texto: e for e in leidos["elementos"]["pt"]["estatuto"] if e.rol == "H2"}
    for articulo in con_titulo:
        elemento = encabezados[f"Artigo {articulo.numero} — {_limpio(articulo.titulo)}"]
        assert elemento.idioma is None   # «Artigo» es del programa: el encabezado, en portugués
        assert [(i, _limpio(t)) for i, t in elemento.pasajes] == [("es", _limpio(articulo.titulo))]


def test_la_regla_de_mayoria_guardada_en_el_acta_y_el_organo_llevan_su_idioma(leidos):
    from escritorio.servicios.actas import obtener_acta

    ct = en_la_base(leidos["db"], lambda contexto: obtener_acta(contexto, SESION_APROBADA).contenido)
    elementos = leidos["elementos"]["pt"]["acta_aprobada"]
    reglas = [p["regla_mayoria"] for p in ct.puntos if p.get("regla_mayoria")]
    assert reglas
    frases = _con_texto(elementos, r"^Maioria exigida pela regra:")
    assert [[(i, _limpio(t)) for i, t in e.pasajes] for e in frases] == \
        [[("es", _limpio(r).rstrip("."))] for r in reglas]
    # El membrete y el subtítulo: «RCS · Asamblea General de Socios», «XXXII sessão extraordinária — Asamblea…».
    for patron in (r" · ", r"sessão extraordinária — "):
        [elemento] = [e for e in _con_texto(elementos, patron) if e.rol == "P"][:1]
        assert elemento.idioma is None
        assert [(i, _limpio(t)) for i, t in elemento.pasajes] == [("es", _limpio(ct.organo))]
    # Cada punto del desarrollo: su título guardado, con su idioma; el tipo («Votação»), en el del documento.
    for punto in ct.puntos:
        [titulo] = [e for e in elementos if e.rol == "H3" and _limpio(punto["titulo"]) in e.texto]
        assert [(i, _limpio(t)) for i, t in titulo.pasajes] == [("es", _limpio(punto["titulo"]))]


def test_el_orden_del_dia_de_la_convocatoria_y_la_cita_de_la_resolucion(leidos):
    convocatoria = leidos["elementos"]["pt"]["convocatoria"]
    puntos = [e for e in convocatoria if e.rol == "LBody" and e.pasajes]
    assert len(puntos) >= 2
    for punto in puntos:   # «Informe de la Secretaría… (Informativo)»: el título en castellano, el tipo no
        [(idioma, texto)] = punto.pasajes
        assert idioma == "es" and _limpio(punto.texto).startswith(_limpio(texto)) and _limpio(punto.texto) != _limpio(texto)
    resolucion = leidos["elementos"]["pt"]["resolucion"]
    [titulo] = [e for e in resolucion if e.rol == "H1"]
    assert titulo.texto.startswith("Resolução") and titulo.idioma is None
    [(idioma, organo)] = titulo.pasajes
    assert idioma == "es" and _limpio(organo) in titulo.texto and not organo.startswith("Resolu")


@pytest.mark.parametrize("tipo", TIPOS)
def test_en_el_idioma_de_la_asociacion_nada_lleva_otro_idioma(leidos, tipo):
    elementos = leidos["elementos"]["es"][tipo]
    assert [e for e in elementos if e.pasajes or e.idioma] == []
    # y en portugués hay pasajes marcados en cada uno de estos documentos (la prueba de arriba ve algo)
    assert any(e.pasajes for e in leidos["elementos"]["pt"][tipo])


def test_sin_la_sesion_en_borrador_tambien(leidos):
    """El acta en borrador sale igual: la regla de los pasajes no depende del estado del acta."""
    carpeta, db = leidos["carpeta"], leidos["db"]
    ruta = carpeta / "borrador_pt.pdf"
    bien(cli(carpeta, db, "--idioma", "pt", "sesiones", "acta", SESION_EN_BORRADOR, ruta))
    with pikepdf.open(ruta) as pdf:
        elementos = recorrer(pdf)[0]
    assert any(e.pasajes for e in elementos if e.rol == "P" and " · " in e.texto)
