"""Las anclas del sitio publicado también desde una base del servidor (issue 58, punto 2): publicar agrega la cabeza de
la cadena del servidor, y «verificar --ancla» con la carpeta del sitio la encuentra. Contra un PostgreSQL de verdad,
con la demo subida y el papel de secretaría."""

import json

from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.publicacion import publicar
from escritorio.servicios.verificacion.anclas import ancla_actual, comprobar_anclas
from escritorio.servicios.verificacion.base import Verificacion


def test_publicar_desde_el_servidor_deja_la_cabeza_y_se_verifica(demo_en_el_servidor, login_pg, tmp_path):
    lucia = login_pg(demo_en_el_servidor, "lucia", "secretaria")
    sitio = tmp_path / "sitio"
    db = abrir_base(lucia)
    try:
        publicar(Contexto(db, 1), sitio)
        cabeza = ancla_actual(db)
        resultado = Verificacion()
        comprobar_anclas(db, [str(sitio)], resultado)
    finally:
        db.close()
    publicadas = json.loads((sitio / "anclas.json").read_text(encoding="utf-8"))["cabezas"]
    assert [(c["sello"], c["huella"]) for c in publicadas] == [tuple(cabeza)]
    assert resultado.correcta, resultado.problemas
    assert any(f"el sello {cabeza[0]} que mostró el sitio publicado" in d for d in resultado.detalles)
