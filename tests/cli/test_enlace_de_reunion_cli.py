"""Issue 58, punto 6: «sesiones convocar --enlace» solo acepta una dirección web (http o https). El enlace va en la
convocatoria (PDF), en el correo y en la agenda: un «javascript:» o un «file:» se abre con un clic de quien confía en
ella. Se prueba con la CLI y se mira la base con sqlite3."""

from contextlib import closing
import sqlite3

import pytest

from ayudas import sin_traza


def _sesiones(base) -> list[str | None]:
    with closing(sqlite3.connect(base)) as conexion, conexion:
        return [fila[0] for fila in conexion.execute("SELECT enlace FROM sesiones ORDER BY id")]


@pytest.mark.parametrize("enlace, motivo", [
    ("javascript:alert(5)", "empieza con «javascript:»"),
    ("JavaScript:alert(document.cookie)", "empieza con «JavaScript:»"),
    ("data:text/html,<script>alert(5)</script>", "empieza con «data:»"),
    ("file:///etc/passwd", "empieza con «file:»"),
    ("vbscript:msgbox(1)", "empieza con «vbscript:»"),
    ("meet.example.org/consejo", "falta «https://» al principio"),
    ("https:/meet.example.org", "no tiene el nombre del servidor"),
    ("https://", "no tiene el nombre del servidor"),
    ("https://meet.example.org@otro.example/sala", "lleva un usuario o una clave"),
    ("https://meet.example.org/una sala", "tiene espacios"),
])
def test_convocar_con_un_enlace_que_no_es_web_se_rechaza(cli, copia_de_la_demo, enlace, motivo):
    antes = _sesiones(copia_de_la_demo)
    resultado = cli("sesiones", "convocar", "Consejo", "--fecha", "2027-01-10", "--enlace", enlace,
                    db=copia_de_la_demo)
    sin_traza(resultado)
    assert resultado.returncode == 1, resultado.stdout
    assert "No se convocó la sesión" in resultado.stderr and "Enlace: «" in resultado.stderr, resultado.stderr
    assert motivo in resultado.stderr and "https://meet.example.org/consejo" in resultado.stderr
    assert _sesiones(copia_de_la_demo) == antes


def test_convocar_con_un_enlace_web_se_guarda_tal_cual(cli, copia_de_la_demo):
    enlace = "HTTPS://meet.example.org/j/123?pwd=Ab1#sala"
    resultado = cli("sesiones", "convocar", "Consejo", "--fecha", "2027-01-10", "--enlace", enlace,
                    db=copia_de_la_demo)
    assert resultado.returncode == 0, resultado.stderr
    assert _sesiones(copia_de_la_demo)[-1] == enlace
