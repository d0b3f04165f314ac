"""La dirección pública de verificación (issue 43, punto 3), como regla pura: qué dirección base sirve, cómo se
guarda, la página de verificación de cada documento y el código que se toma de lo que alguien leyó del papel."""

import pytest
from reportlab.graphics.barcode import qrencoder

from escritorio.dominio.direccion_publica import (LARGO_MAXIMO, LARGO_MAXIMO_QR, codigo_de_lo_leido,
                                                  direccion_de_verificacion, leer_direccion_publica)


@pytest.mark.parametrize("escrita, guardada", [
    ("https://mercociudades.org/escritorio", "https://mercociudades.org/escritorio"),
    ("https://mercociudades.org/escritorio/", "https://mercociudades.org/escritorio"),     # sin barra final
    ("  HTTPS://Mercociudades.ORG/Escritorio//  ", "https://mercociudades.org/Escritorio"),  # la ruta, tal cual
    ("http://intranet.rcs.org.ar:8080/", "http://intranet.rcs.org.ar:8080"),
    ("https://municípios.org.br/cámara", "https://xn--municpios-k5a.org.br/c%C3%A1mara"),  # lo que lee un QR
    ("", None), ("   ", None), (None, None),                                             # vacía: sin dirección
])
def test_la_direccion_se_guarda_limpia(escrita, guardada):
    assert leer_direccion_publica(escrita) == guardada


@pytest.mark.parametrize("escrita, motivo", [
    ("mercociudades.org/escritorio", "falta «https://» al principio; escríbala completa, por ejemplo "
                                     "https://mercociudades.org/escritorio"),
    ("https:/mercociudades.org", "por ejemplo https://mercociudades.org"),
    ("ftp://mercociudades.org", "empieza con «ftp:»; solo sirve una dirección web"),
    ("file:///C:/sitio", "empieza con «file:»"),
    ("https://mercociudades.org/mi sitio", "tiene espacios"),
    ("https://mercociudades.org/?p=verificar", "lleva «?» o «#»"),
    ("https://mercociudades.org/#verificar", "lleva «?» o «#»"),
    ("https://secretaria:clave@mercociudades.org", "lleva un usuario o una clave"),
    ("https://mercociudades", "«mercociudades» no es un dominio de internet"),
    ("https://mercociudades.org/index.html", "termina en una página (index.html)"),
    ("https://" + "a" * 41 + ".org", "es demasiado larga (53 caracteres; el máximo es 48"),
])
def test_una_direccion_que_no_sirve_se_explica(escrita, motivo):
    with pytest.raises(ValueError) as error:
        leer_direccion_publica(escrita)
    assert motivo in str(error.value), str(error.value)
    assert str(error.value).startswith("«")   # dice qué se escribió


def test_la_pagina_de_cada_documento_lleva_su_codigo():
    assert direccion_de_verificacion("https://mercociudades.org/escritorio", "7K2M-QX4P-9D0B") == \
        "https://mercociudades.org/escritorio/verificar/7K2M-QX4P-9D0B.html"


def test_la_direccion_mas_larga_cabe_en_un_qr_de_33_modulos():
    """La base más larga que se admite da una página de LARGO_MAXIMO_QR caracteres, que entra en la versión 4 del
    QR con corrección L: la que se lee impresa a 29 mm (y uno más no entraría)."""
    base = leer_direccion_publica("https://" + "a" * (LARGO_MAXIMO - len("https://") - 4) + ".org")
    assert len(base) == LARGO_MAXIMO
    pagina = direccion_de_verificacion(base, "7K2M-QX4P-9D0B")
    assert len(pagina) == LARGO_MAXIMO_QR

    def modulos(texto: str) -> int:
        qr = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.L)
        qr.addData(texto)
        qr.make()
        return qr.getModuleCount()

    assert modulos(pagina) == 33 and modulos(pagina + "x") == 37


@pytest.mark.parametrize("leido", [
    "7K2M-QX4P-9D0B", "7k2m qx4p 9dob",                                          # el código, como se copie
    "https://mercociudades.org/escritorio/verificar/7K2M-QX4P-9D0B.html",       # lo que lee un QR nuevo
    "HTTPS://MERCOCIUDADES.ORG/VERIFICAR/7K2M-QX4P-9D0B.HTML",
    "https://otro-sitio.org/verificar/7k2m-qx4p-9d0b.html?desde=qr#arriba",
    "  https://mercociudades.org/verificar/7K2MQX4P9D0B/  ",
])
def test_el_codigo_se_toma_del_papel_o_de_su_qr_viejo_o_nuevo(leido):
    assert codigo_de_lo_leido(leido) == "7K2M-QX4P-9D0B"


@pytest.mark.parametrize("leido", ["https://mercociudades.org/escritorio", "https://mercociudades.org/",
                                   "7K2M-QX4P", "", None, "javascript:alert(1)"])
def test_lo_que_no_trae_un_codigo_no_se_toma_por_uno(leido):
    assert codigo_de_lo_leido(leido) is None
