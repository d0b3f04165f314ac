"""La CLI en una consola de Windows que no es UTF-8 (issue 84 §2): cp850 (la de la consola en castellano) y cp1252
(la de ANSI), con errors='strict' como la dejaría Python sin el modo UTF-8 (`PYTHONIOENCODING=cp850:strict`).
Órdenes de verdad, cada una como proceso: la ayuda, una asociación con «№», «ẽ» y comillas «» creada y listada, y
un error que cita lo escrito entre «». Nunca un traceback; lo que la página tiene («», tildes, eñe) sale tal cual,
lo que no tiene se sustituye por algo legible («№» -> «No», «ẽ» -> «e»), nunca «\\u2116» ni mojibake."""

import os
import subprocess
import sys

import pytest

from cli_en_el_proceso import entorno_aislado

pytestmark = pytest.mark.proceso

NOMBRE = "Red № 1 de Itaparicẽ «Sur»"


def correr(carpeta, codificacion, *argumentos):
    entorno = entorno_aislado(carpeta)
    # Los argumentos llegan bien (en Windows, como UTF-16); lo que se prueba es la salida en la página de códigos.
    entorno.update(PYTHONIOENCODING=f"{codificacion}:strict", LC_ALL="C.UTF-8")
    hecho = subprocess.run([sys.executable, "-m", "escritorio", "--db", str(carpeta / "red.db"), *argumentos],
                           cwd=carpeta, env=entorno, capture_output=True, timeout=120)
    salida, errores = hecho.stdout.decode(codificacion), hecho.stderr.decode(codificacion)   # estricto: sin basura
    assert "Traceback" not in errores, errores
    for mojibake in ("\\u", "\\N", "Ã", "Â"):
        assert mojibake not in salida + errores, (mojibake, salida, errores)
    return hecho.returncode, salida, errores


@pytest.mark.parametrize("codificacion", ["cp850", "cp1252"])
def test_la_cli_en_una_consola_de_windows(tmp_path, codificacion):
    codigo, salida, _ = correr(tmp_path, codificacion, "--help")
    assert codigo == 0 and "secretaría de una asociación" in salida

    codigo, salida, errores = correr(tmp_path, codificacion, "asociacion", "crear", "--nombre", NOMBRE, "--sigla",
                                     "RNS", "--pais-sede", "Argentina")
    assert codigo == 0, errores
    assert "Asociación «Red No 1 de Itaparice «Sur»» (RNS) creada" in salida

    codigo, salida, errores = correr(tmp_path, codificacion, "asociacion", "listar")
    assert codigo == 0, errores
    assert "RNS        Red No 1 de Itaparice «Sur»" in salida

    codigo, salida, errores = correr(tmp_path, codificacion, "asociacion", "crear", "--nombre", "Otra", "--sigla",
                                     "OT", "--pais-sede", "Narnia ẽ №")
    assert codigo != 0
    assert "País de la sede: «Narnia e No» no es un país reconocido" in errores


def test_en_utf8_sale_tal_cual(tmp_path):
    codigo, salida, errores = correr(tmp_path, "utf-8", "asociacion", "crear", "--nombre", NOMBRE, "--sigla", "RNS",
                                     "--pais-sede", "Argentina")
    assert codigo == 0, errores
    assert f"«{NOMBRE}»" in salida


def test_un_argumento_que_no_es_texto_sigue_saliendo_como_sus_bytes(tmp_path):
    """Un byte que no es UTF-8 en un argumento (en Linux) sale como \\xNN (antes, como \\udcff), sin traceback."""
    if os.name == "nt":
        pytest.skip("en Windows los argumentos llegan como UTF-16")
    entorno = entorno_aislado(tmp_path)
    entorno.update(PYTHONIOENCODING="cp850:strict")
    hecho = subprocess.run([sys.executable.encode(), b"-m", b"escritorio", b"--db", str(tmp_path / "r.db").encode(),
                            b"asociacion", b"crear", b"--nombre", b"Otra", b"--sigla", b"OT", b"--pais-sede",
                            b"Narnia\xff"], cwd=tmp_path, env=entorno, capture_output=True, timeout=120)
    assert b"Traceback" not in hecho.stderr
    assert b"Narnia\\xff" in hecho.stderr
