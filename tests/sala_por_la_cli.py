"""Lo que comparten las pruebas de la sala por la línea de órdenes (issue 82: categorías, flujos, bloques, líneas y
enmiendas a una enmienda), sobre la red de ejemplo con la sala de tests/sala_de_prueba_documentos.py: la salida
de una orden que anduvo o que se rechazó, sin traza y con los espacios juntados, y la base con la sala llena."""

import pytest

from ayudas import sin_traza
from sala_de_prueba_documentos import llenar_la_sala_en


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return " ".join(resultado.stdout.split())


def rechazo(resultado, codigo: int = 1) -> str:
    assert resultado.returncode == codigo, (resultado.returncode, resultado.stdout, resultado.stderr)
    assert resultado.stdout == ""
    sin_traza(resultado)
    return " ".join(resultado.stderr.split())


@pytest.fixture
def base(copia_de_la_demo):
    """Una copia de la red de ejemplo con la sala de la sesión 4 del Consejo escrita por los servicios."""
    llenar_la_sala_en(copia_de_la_demo)
    return copia_de_la_demo
