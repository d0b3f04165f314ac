"""Teléfonos simulados para el servidor de voto: un cliente HTTPS con sus cookies, y los códigos del servicio de
prueba (`servicio_de_prueba.py`)."""

import http.client
import re
import ssl
from urllib.parse import urlencode

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
