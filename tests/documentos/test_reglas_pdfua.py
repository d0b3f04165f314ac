"""Cada regla de reglas_pdfua.py ve lo que dice: un PDF del programa que las cumple todas (el acta aprobada, con sus
tablas, su figura y sus campos de firma; el texto del estatuto, con los enlaces de su índice), cambiado a propósito
para violar una regla, falla en esa regla y no en otra (salvo las que la misma falta viola por fuerza)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pikepdf
import pytest

from documentos_de_la_demo import imprimir_documentos, preparar_base
from reglas_pdfua import REGLAS, faltas_pdfua


@pytest.fixture(scope="module")
def limpios(tmp_path_factory, demo_creada_por_la_cli) -> dict[str, Path]:
    carpeta = tmp_path_factory.mktemp("reglas_pdfua")
    db = carpeta / "demo.db"
    shutil.copy(demo_creada_por_la_cli, db)
    solo = ("acta_aprobada", "estatuto")
    hechos = {tipo: ruta for tipo, ruta in imprimir_documentos(carpeta, db, preparar_base(carpeta, db),
                                                               solo=solo).items() if tipo in solo}
    assert all(isinstance(r, Path) for r in hechos.values()), hechos
    for ruta in hechos.values():
        assert not any(faltas_pdfua(ruta).values())
    return hechos


def _elementos(pdf, rol: str) -> list:
    hallados = []

    def visitar(nodo):
        if not isinstance(nodo, pikepdf.Dictionary):
            return
        if nodo.get("/S") == pikepdf.Name("/" + rol):
            hallados.append(nodo)
        hijos = nodo.get("/K")
        for hijo in (hijos if isinstance(hijos, pikepdf.Array) else [hijos] if hijos is not None else []):
            visitar(hijo)

    visitar(pdf.Root.StructTreeRoot)
    return hallados


def _agregar_al_contenido(pdf, codigo: bytes) -> None:
    pagina = pdf.pages[0]
    pagina.contents_add(pdf.make_stream(codigo), prepend=False)


def _widget(pdf):
    return next(a for p in pdf.pages for a in p.obj.get("/Annots", []) if a.get("/FT") == pikepdf.Name.Sig)


def _enlace(pdf):
    return next(a for p in pdf.pages for a in p.obj.get("/Annots", []) if a.get("/Subtype") == pikepdf.Name.Link)


def _sin_titulo_en_xmp(pdf):
    with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as xmp:
        del xmp["dc:title"]


# (documento, cambio, las reglas que deben fallar)
CAMBIOS = {
    "marca dentro de un artefacto": ("acta_aprobada", lambda pdf: _agregar_al_contenido(
        pdf, b"/Artifact BMC /P <</MCID 900>> BDC EMC EMC"), {"7.1-1 contenido y artefacto no se anidan",
                                                             "7.1 árbol y ParentTree"}),
    "un trazo sin marcar": ("acta_aprobada", lambda pdf: _agregar_al_contenido(pdf, b"0 0 m 10 10 l S"),
                            {"7.1-3 todo el contenido está etiquetado o es artefacto"}),
    "sin título en el XMP": ("acta_aprobada", _sin_titulo_en_xmp, {"7.1-8 título en los metadatos"}),
    "sin mostrar el título": ("acta_aprobada", lambda pdf: setattr(pdf.Root.ViewerPreferences, "DisplayDocTitle",
                                                                     False), {"7.1-10 se muestra el título"}),
    "no marcado": ("acta_aprobada", lambda pdf: setattr(pdf.Root.MarkInfo, "Marked", False), {"7.1-11 marcado"}),
    "ParentTree de otra página": ("acta_aprobada", lambda pdf: setattr(pdf.pages[0].obj, "StructParents", 1),
                                  {"7.1 árbol y ParentTree"}),
    "un tipo inventado": ("acta_aprobada", lambda pdf: setattr(_elementos(pdf, "H1")[0], "S",
                                                               pikepdf.Name("/Titulo")),
                          {"7.1 tipos estándar", "7.4 títulos anidados"}),
    "sin idioma": ("acta_aprobada", lambda pdf: setattr(pdf.Root, "Lang", pikepdf.String("")),
                   {"7.2 idioma del documento y de cada pasaje"}),
    "un pasaje con un idioma mal escrito": ("acta_aprobada", lambda pdf: setattr(
        _elementos(pdf, "P")[0], "Lang", pikepdf.String("castellano!")), {"7.2 idioma del documento y de cada pasaje"}),
    "un pasaje marcado con un idioma mal escrito": ("acta_aprobada", lambda pdf: _agregar_al_contenido(
        pdf, b"/Artifact BMC /Span <</Lang (castellano!)>> BDC EMC EMC"),
        {"7.2 idioma del documento y de cada pasaje"}),
    "una celda fuera de su fila": ("acta_aprobada", lambda pdf: setattr(_elementos(pdf, "TR")[0], "S",
                                                                       pikepdf.Name.Div),
                                   {"7.2 anidamiento de listas y tablas"}),
    "una figura sin texto alternativo": ("acta_aprobada", lambda pdf: _elementos(pdf, "Figure")[0].__delitem__("/Alt"),
                                         {"7.3 figuras con texto alternativo"}),
    "el primer título es H2": ("acta_aprobada", lambda pdf: setattr(_elementos(pdf, "H1")[0], "S", pikepdf.Name.H2),
                               {"7.4 títulos anidados"}),
    "una fila más ancha": ("acta_aprobada", lambda pdf: setattr(_elementos(pdf, "TD")[0], "A", pikepdf.Dictionary(
        O=pikepdf.Name.Table, ColSpan=3)), {"7.5 tablas regulares"}),
    "un encabezado sin alcance": ("acta_aprobada", lambda pdf: _elementos(pdf, "TH")[0].__delitem__("/A"),
                                  {"7.5 encabezados con alcance"}),
    "un campo fuera del árbol": ("acta_aprobada", lambda pdf: setattr(_elementos(pdf, "Form")[0], "K",
                                                                     pikepdf.Array()),
                                 {"7.18.1 anotaciones en el árbol"}),
    "sin orden de tabulación": ("acta_aprobada", lambda pdf: [p.obj.__delitem__("/Tabs") for p in pdf.pages],
                                {"7.18.3 orden de tabulación"}),
    "un campo sin nombre para quien oye": ("acta_aprobada", lambda pdf: _widget(pdf).__delitem__("/TU"),
                                           {"7.18.4 campos de formulario"}),
    "un campo en otro elemento": ("acta_aprobada", lambda pdf: setattr(_elementos(pdf, "Form")[0], "S",
                                                                      pikepdf.Name.Span),
                                  {"7.18.4 campos de formulario"}),
    "un enlace sin descripción": ("estatuto", lambda pdf: _enlace(pdf).__delitem__("/Contents"),
                                  {"7.18.1 anotaciones descritas", "7.18.5 enlaces"}),
    "un enlace en otro elemento": ("estatuto", lambda pdf: setattr(_elementos(pdf, "Link")[0], "S",
                                                                  pikepdf.Name.Span), {"7.18.5 enlaces"}),
}


def test_cada_regla_tiene_su_prueba():
    cubiertas = set().union(*(reglas for _, _, reglas in CAMBIOS.values()))
    assert cubiertas == set(REGLAS)


@pytest.mark.parametrize("nombre", list(CAMBIOS))
def test_la_regla_ve_la_falta(limpios, tmp_path, nombre):
    documento, cambio, esperadas = CAMBIOS[nombre]
    ruta = tmp_path / "cambiado.pdf"
    with pikepdf.open(limpios[documento]) as pdf:
        cambio(pdf)
        pdf.save(ruta)
    fallan = {regla for regla, lista in faltas_pdfua(ruta).items() if lista}
    assert fallan == esperadas


def test_un_pdf_sin_etiquetas_falla_en_todas(limpios, tmp_path):
    ruta = tmp_path / "sin_etiquetas.pdf"
    with pikepdf.open(limpios["acta_aprobada"]) as pdf:
        del pdf.Root["/StructTreeRoot"]
        pdf.save(ruta)
    assert all(faltas_pdfua(ruta).values())
