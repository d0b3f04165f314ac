"""La lista de cabezas que muestra el sitio (dominio/anclas.py): se lee solo si es la de Escritorio, crece sin
perder ninguna y se escribe igual para la misma lista."""

import json

import pytest

from escritorio.dominio.anclas import (AnclasPublicadas, CabezaPublicada, agregar_cabeza, escribir_anclas, juntar,
                                       leer_anclas)

H1, H2 = "a" * 64, "b" * 64


def _archivo(*cabezas: dict) -> str:
    return json.dumps({"formato": "escritorio-anclas-1", "identidad": "x:1", "cabezas": list(cabezas)})


def test_se_lee_lo_que_se_escribe_y_la_misma_lista_da_los_mismos_bytes():
    anclas = AnclasPublicadas("x:1", (CabezaPublicada(3, H1, "2026-11-01T10:00:00"), CabezaPublicada(9, H2, "")))
    escrito = escribir_anclas(anclas, "Escritorio 1")
    assert leer_anclas(escrito.decode("utf-8")) == anclas
    assert escribir_anclas(leer_anclas(escrito.decode("utf-8")), "Escritorio 1") == escrito


def test_agregar_nunca_quita_y_no_repite_la_misma_cabeza():
    una = agregar_cabeza((), 3, H1, "2026-11-01T10:00:00")
    assert agregar_cabeza(una, 3, H1, "2026-11-02T10:00:00") == una
    dos = agregar_cabeza(una, 9, H2.upper(), "2026-11-02T10:00:00")
    assert dos[0] == una[0] and dos[1] == CabezaPublicada(9, H2, "2026-11-02T10:00:00")


def test_juntar_deja_las_dos_huellas_de_un_mismo_sello_si_difieren():
    assert len(juntar((CabezaPublicada(3, H1, ""),), (CabezaPublicada(3, H2, ""), CabezaPublicada(3, H1, "")))) == 2


@pytest.mark.parametrize("texto", [
    "[]", "{}", json.dumps({"formato": "otro", "cabezas": []}), _archivo({"sello": "3", "huella": H1}),
    _archivo({"sello": 0, "huella": H1}), _archivo({"sello": True, "huella": H1}), _archivo({"sello": 2 ** 63, "huella": H1}),
    _archivo({"sello": 3, "huella": H1[:63]}), _archivo({"sello": 3, "huella": H1.upper()}),
    _archivo({"sello": 3, "huella": H1, "publicada_en": "<script>alert(1)</script>"}),
    _archivo({"sello": 3, "huella": H1, "publicada_en": 5}), _archivo("no es un objeto"),
    json.dumps({"formato": "escritorio-anclas-1", "cabezas": {"sello": 3}}), "x" * 4_000_001,
])
def test_lo_que_no_es_una_lista_de_anclas_de_escritorio_se_rechaza(texto):
    with pytest.raises(ValueError):
        leer_anclas(texto)
