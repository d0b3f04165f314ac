"""El código de verificación: sale de la huella del registro, siempre el mismo para el mismo registro de la misma
base, distinto en otra base; se lee aunque se copie a mano con minúsculas, sin guiones o con O por 0."""

import re

from escritorio.dominio.verificacion import (ALFABETO, SALIDAS, Sello, codigo_de, codigos_en, huella_de,
                                             normalizar_codigo)

BASE = "0123456789abcdef0123456789abcdef"
HUELLA = "a" * 64


def test_el_mismo_registro_da_siempre_el_mismo_codigo_y_otra_base_otro():
    codigo = codigo_de(BASE, "recibo", 12, HUELLA)
    assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", codigo)
    assert codigo == codigo_de(BASE, "recibo", 12, HUELLA)
    otros = {codigo_de("f" * 32, "recibo", 12, HUELLA), codigo_de(BASE, "recibo", 13, HUELLA),
             codigo_de(BASE, "acta", 12, HUELLA), codigo_de(BASE, "recibo", 12, "b" * 64)}
    assert codigo not in otros and len(otros) == 4


def test_sin_letras_que_se_confunden():
    assert not set("ILOU") & set(ALFABETO) and len(ALFABETO) == 32
    codigos = {codigo_de(BASE, "acta", n, HUELLA) for n in range(500)}
    assert len(codigos) == 500
    assert not set("ILOU") & set("".join(codigos))


def test_se_lee_como_lo_copia_una_persona():
    codigo = codigo_de(BASE, "estado_cuenta", 7, HUELLA)
    assert normalizar_codigo(codigo.lower().replace("-", "")) == codigo
    assert normalizar_codigo(" " + codigo.replace("-", " ") + " ") == codigo
    assert normalizar_codigo("1JF1-7K2F-J5AK".replace("1", "l").replace("0", "o")) == "1JF1-7K2F-J5AK"
    for malo in ("", "12-34", "UUUU-UUUU-UUUU", "1234-5678-90AB-CDEF", None):
        assert normalizar_codigo(malo) is None


def test_en_un_texto_solo_cuenta_el_codigo_rotulado():
    texto = ("Recibo Nº 0001/2020 Fecha: 02/02/2020 TRF-05431-AB12 Código de verificación:\n1JF1-7K2F-J5AK "
             "y otra vez codigo de verificacion 1jf1 7k2f j5ak")
    assert codigos_en(texto) == ["1JF1-7K2F-J5AK"]
    assert codigos_en("ABCD-EFGH-JKMN sin rótulo") == []


def test_la_huella_es_la_del_json_canonico_y_el_sello_dice_si_es_copia():
    assert huella_de({"b": 1, "a": [1, "ñ"]}) == huella_de({"a": [1, "ñ"], "b": 1})
    assert len(huella_de([])) == 64
    assert not Sello("1JF1-7K2F-J5AK", 0).es_copia and Sello("1JF1-7K2F-J5AK", 2).es_copia
    assert Sello("1JF1-7K2F-J5AK").rotulo == "Código de verificación: 1JF1-7K2F-J5AK"
    assert SALIDAS == {"vigente": 0, "reemplazado": 4, "alterado": 5, "borrador": 6, "sin_codigo": 7,
                       "sin_prueba_de_fecha": 8}
