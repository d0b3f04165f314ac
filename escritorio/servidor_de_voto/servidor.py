"""El servidor de voto: uvicorn en un hilo, con TLS, atado a una sola dirección de la red de la oficina.

`ServidorDeVoto(base, sesion_id, direccion, puerto)` lo usan igual la ventana y la CLI (`escritorio voto servir`):
`iniciar()` comprueba la dirección, toma el certificado de la base (o lo crea), ata el socket y vuelve cuando el
servidor escucha; `url` y `huella` son lo que muestra el proyector; `detener()` lo para y cierra sus conexiones a la
base. uvicorn corre sin registro de accesos (ningún código ni elección queda anotado) y sin decir su nombre.
"""

import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ..dominio.traduccion import traducir
from ..dominio.voto_electronico import PUERTO_DE_LA_SALA, PaginaDeVoto
from ..errores import ErrorEscritorio
from .aplicacion import Conexiones, crear_aplicacion
from .certificado import certificado_de, huella_del_certificado
from .direccion import exigir_direccion

ESPERA_AL_INICIAR = 20.0


def nombre_de_la_base(base: Path | str) -> str:
    """Con qué se reconoce la base para su certificado: su archivo, o la dirección del servidor sin la clave."""
    texto = str(base)
    if texto.startswith(("postgresql://", "postgres://")):
        partes = urlsplit(texto)
        sitio = partes.hostname or ""
        if partes.username:
            sitio = f"{partes.username}@{sitio}"
        if partes.port:
            sitio = f"{sitio}:{partes.port}"
        return urlunsplit((partes.scheme, sitio, partes.path, "", ""))
    return str(Path(base).expanduser().resolve())


def url_de_la_sala(direccion: str, puerto: int) -> str:
    """«https://192.168.0.10:8443/» (una IPv6, entre corchetes): la dirección que se proyecta."""
    anfitrion = f"[{direccion}]" if ":" in direccion else direccion
    return f"https://{anfitrion}:{puerto}/"


def pagina_de_la_sala(base: Path | str, direccion: str, puerto: int = PUERTO_DE_LA_SALA) -> PaginaDeVoto:
    """La página de votación que servirá `voto servir` con esa dirección y ese puerto: su dirección y la huella del
    certificado de la base (el mismo que usará el servidor; se crea si falta). Para imprimirla antes de arrancarlo."""
    direccion = exigir_direccion(direccion)
    certificado = certificado_de(nombre_de_la_base(base), direccion)
    return PaginaDeVoto(url_de_la_sala(direccion, puerto), huella_del_certificado(certificado.certificado))


class ServidorDeVoto:
    """La página de votación de la sesión `sesion_id`, servida en https://direccion:puerto/.

    `clave`: la del servidor PostgreSQL si la base es una dirección y no la trae. `pedidos_por_minuto` y
    `codigos_por_minuto`: el ritmo por cliente (ver `ritmo.py`)."""

    def __init__(self, base: Path | str, sesion_id: int, direccion: str, puerto: int = PUERTO_DE_LA_SALA, *,
                 clave: str | None = None, pedidos_por_minuto: int = 120, codigos_por_minuto: int = 10,
                 servicio=None):
        self.base, self.sesion_id, self.direccion, self.puerto = base, sesion_id, direccion, puerto
        self._clave = clave
        self._ritmos = {"pedidos_por_minuto": pedidos_por_minuto, "codigos_por_minuto": codigos_por_minuto}
        self._servicio = servicio
        self.huella: str | None = None
        self._servidor = None
        self._hilo: threading.Thread | None = None
        self._conexiones: Conexiones | None = None
        self._fallo: BaseException | None = None

    @property
    def url(self) -> str:
        return url_de_la_sala(self.direccion, self.puerto)

    def _abrir(self):
        """La conexión de un hilo del servidor: al archivo de la base o, en el modo servidor, a PostgreSQL (con la
        clave dada, la de la dirección, PGPASSWORD o la del llavero del sistema, como la ventana)."""
        from ..servicios.base import abrir_base, abrir_en_el_servidor

        if str(self.base).startswith(("postgresql://", "postgres://")):
            return abrir_en_el_servidor(str(self.base), self._clave)
        return abrir_base(self.base, crear=False)

    def _atar(self) -> socket.socket:
        familia = socket.AF_INET6 if ":" in self.direccion else socket.AF_INET
        sock = socket.socket(familia, socket.SOCK_STREAM)
        try:
            if hasattr(socket, "SO_EXCLUSIVEADDRUSE"):   # Windows: que nadie más escuche en el mismo puerto
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
            else:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((self.direccion, self.puerto))
            sock.listen(128)
        except OSError as error:
            sock.close()
            raise ErrorEscritorio(traducir(
                "No se puede escuchar en {0}, puerto {1}: {2}. Si otro programa (u otra votación) usa ese puerto, "
                "ciérrelo o elija otro puerto.").format(self.direccion, self.puerto, error.strerror or error)) from None
        self.puerto = sock.getsockname()[1]   # el elegido por el sistema, si se pidió el 0
        return sock

    def iniciar(self) -> None:
        """Arranca el servidor en un hilo y vuelve cuando escucha; ErrorEscritorio si no puede."""
        import uvicorn

        self.direccion = exigir_direccion(self.direccion)
        certificado = certificado_de(nombre_de_la_base(self.base), self.direccion)
        self.huella = huella_del_certificado(certificado.certificado)
        from ..servicios.base import cerrar_base

        self._conexiones = Conexiones(self._abrir, cerrar_base)
        aplicacion = crear_aplicacion(self._conexiones, self.sesion_id, servicio=self._servicio, **self._ritmos)
        sock = self._atar()
        config = uvicorn.Config(
            aplicacion, ssl_certfile=str(certificado.certificado), ssl_keyfile=str(certificado.clave),
            http="h11", loop="asyncio", ws="none", lifespan="off", interface="asgi3",
            access_log=False, log_config=None, log_level="warning", server_header=False, date_header=False,
            proxy_headers=False, limit_concurrency=200, timeout_keep_alive=5, timeout_graceful_shutdown=3,
            h11_max_incomplete_event_size=16 * 1024)
        self._servidor = uvicorn.Server(config)
        self._hilo = threading.Thread(target=self._correr, args=(sock,), name="servidor-de-voto", daemon=True)
        self._hilo.start()
        limite = time.monotonic() + ESPERA_AL_INICIAR
        while not self._servidor.started:
            if not self._hilo.is_alive() or time.monotonic() > limite:
                self.detener()
                raise ErrorEscritorio(traducir("El servidor de voto no pudo arrancar en {0}: {1}").format(
                    self.url, self._fallo or traducir("no respondió a tiempo")))
            time.sleep(0.02)

    def _correr(self, sock: socket.socket) -> None:
        try:
            self._servidor.run(sockets=[sock])
        except BaseException as error:   # noqa: BLE001 - uvicorn sale con SystemExit si no arranca: se dice arriba
            self._fallo = error
        finally:
            sock.close()

    def escuchando(self) -> bool:
        return self._hilo is not None and self._hilo.is_alive()

    def detener(self) -> None:
        """Para el servidor (los pedidos en curso terminan, a lo sumo unos segundos) y cierra sus conexiones."""
        if self._servidor is not None:
            self._servidor.should_exit = True
        if self._hilo is not None:
            self._hilo.join(timeout=10)
        if self._conexiones is not None:
            self._conexiones.cerrar()
        self._servidor = self._hilo = self._conexiones = None
