"""El servidor de voto de verdad (uvicorn con TLS en 127.0.0.1, puerto libre) sobre una base vacía, con el servicio de
prueba de `servicio_de_prueba.py`, y teléfonos simulados: un cliente HTTPS con sus cookies."""

import http.client
import re
import ssl
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from servicio_de_prueba import ServicioDePrueba, nominal  # noqa: E402

CODIGOS = {"ABCD2345": "Municipio de Salto", "EFGH6789": "Prefeitura de Pelotas", "JKLM2345": "Ciudad de Rosario",
           "OTRA2345": "Ciudad de Paysandú"}   # OTRA…: un código vivo, pero de otra sesión


class Telefono:
    """Un teléfono: guarda las cookies que le da el servidor y las manda de vuelta (como un navegador)."""

    def __init__(self, servidor, origen: str = "127.0.0.1", idioma: str | None = None):
        self.servidor, self.origen, self.idioma = servidor, origen, idioma
        self.cookies: dict[str, str] = {}
        self.set_cookies: list[str] = []

    def pedir(self, metodo: str, ruta: str, cuerpo: bytes | None = None, cabeceras: dict | None = None):
        contexto = ssl.create_default_context(cafile=str(self.servidor.certificado))
        conexion = http.client.HTTPSConnection(self.servidor.direccion, self.servidor.puerto, context=contexto,
                                               source_address=(self.origen, 0), timeout=10)
        todas = dict(cabeceras or {})
        if self.cookies:
            todas["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.idioma:
            todas["Accept-Language"] = self.idioma
        conexion.request(metodo, ruta, body=cuerpo, headers=todas)
        respuesta = conexion.getresponse()
        texto = respuesta.read().decode("utf-8", "replace")
        for cabecera in respuesta.headers.get_all("set-cookie") or []:
            self.set_cookies.append(cabecera)
            nombre, _, resto = cabecera.partition("=")
            self.cookies[nombre] = resto.split(";")[0]
        conexion.close()
        return respuesta.status, respuesta.headers, texto

    def get(self, ruta: str = "/"):
        return self.pedir("GET", ruta)

    def post(self, ruta: str, campos, tipo: str = "application/x-www-form-urlencoded"):
        cuerpo = urlencode(campos, doseq=True).encode("ascii") if not isinstance(campos, bytes) else campos
        return self.pedir("POST", ruta, cuerpo, {"Content-Type": tipo})

    def ingresar(self, codigo: str):
        _, _, pagina = self.get("/?otro_codigo=1")
        return self.post("/ingresar", {"testigo": el_testigo_de(pagina), "idioma": "es", "codigo": codigo})

    def votar(self, *eleccion: str):
        _, _, pagina = self.get()
        campos = {"testigo": el_testigo_de(pagina), "idioma": "es", "urna": urna_de(pagina), "eleccion": list(eleccion)}
        return self.post("/votar", campos), campos


def el_testigo_de(pagina: str) -> str:
    return re.search(r'name="testigo" value="([^"]+)"', pagina).group(1)


def urna_de(pagina: str) -> str:
    return re.search(r'name="urna" value="([^"]+)"', pagina).group(1)


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
