"""La regla del enlace de una reunión virtual (dominio/enlace_de_reunion.py): solo http(s), con servidor."""

import pytest

from escritorio.dominio.enlace_de_reunion import leer_enlace_de_reunion


@pytest.mark.parametrize("bueno", ["https://meet.example.org/consejo", "http://10.0.0.5:8080/sala",
                                   "https://zoom.example/j/123?pwd=Ab1#x", "  https://meet.example.org/a  "])
def test_enlaces_web_se_guardan(bueno):
    assert leer_enlace_de_reunion(bueno) == bueno.strip()


@pytest.mark.parametrize("vacio", [None, "", "   "])
def test_sin_enlace(vacio):
    assert leer_enlace_de_reunion(vacio) is None


@pytest.mark.parametrize("malo", ["javascript:alert(5)", " JAVASCRIPT:alert(5)", "java\tscript:alert(5)",
                                  "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "//meet.example.org",
                                  "https://[::1", "https://@/", "https://meet.example.org\x1b]0;x\x07",
                                  "https:meet.example.org", "mailto:a@b.org"])
def test_lo_que_no_es_una_direccion_web_se_rechaza(malo):
    with pytest.raises(ValueError, match="no sirve|carácter|tabulador"):
        leer_enlace_de_reunion(malo)
