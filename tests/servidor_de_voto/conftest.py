"""El servidor de voto de verdad (uvicorn con TLS en 127.0.0.1, puerto libre) sobre una base vacía, con el servicio de
prueba de `servicio_de_prueba.py`; los teléfonos simulados, en `telefono_de_prueba.py`."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from servicio_de_prueba import ServicioDePrueba, nominal  # noqa: E402
from telefono_de_prueba import CODIGOS  # noqa: E402


@pytest.fixture
def servicio():
    return ServicioDePrueba(dict(CODIGOS), nominal())


@pytest.fixture
def arrancar(db, ruta_db):
    """arrancar(servicio, **opciones) -> el servidor escuchando en 127.0.0.1; se detiene al terminar la prueba."""
    from escritorio.servidor_de_voto.certificado import certificado_de
    from escritorio.servidor_de_voto.servidor import ServidorDeVoto, nombre_de_la_base

    servidores = []

    def arrancar_(servicio, **opciones):
        servidor = ServidorDeVoto(ruta_db, 1, "127.0.0.1", 0, servicio=servicio, **opciones)
        servidor.iniciar()
        servidor.certificado = certificado_de(nombre_de_la_base(ruta_db), "127.0.0.1").certificado
        servidores.append(servidor)
        return servidor

    yield arrancar_
    for servidor in servidores:
        servidor.detener()


@pytest.fixture
def servidor(arrancar, servicio):
    return arrancar(servicio)
