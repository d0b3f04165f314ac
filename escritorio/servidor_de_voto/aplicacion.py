"""La aplicación ASGI (Starlette) de la página de votación: cuatro rutas y nada más.

- `GET /` la pantalla que toca (sin un código vivo, solo la de ingresar el código), `GET /estilo.css` su hoja de
  estilo; `POST /ingresar` (el código) y `POST /votar` (la papeleta), solo application/x-www-form-urlencoded, de a
  lo sumo `TAMANO_MAXIMO` bytes y con los campos conocidos. Lo demás: 404, 405, 413, 415 o 400.
- Cada respuesta lleva las cabeceras de seguridad (`CABECERAS`: nada externo, nada en caché, no se enmarca).
- Cada cliente tiene un ritmo de pedidos y otro, más corto, de intentos de código (un código equivocado cuesta más):
  pasado, 429.
- La página no decide nada: cada paso lo hace `servicios.voto_electronico`, cada uno con la conexión del hilo que
  atiende el pedido (`Conexiones`: un hilo de trabajo, una conexión a la base; las transacciones, en el servicio).
"""

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from ..dominio.traduccion import traducir
from ..dominio.voto_electronico import PARAMETRO_DEL_CODIGO, codigo_para_el_campo
from ..errores import ErrorEscritorio
from ..idiomas.traduccion import en_idioma
from . import paginas
from .paginas import IDIOMAS, Recibo, VistaDePapeleta
from .ritmo import COSTO_DE_UN_CODIGO_EQUIVOCADO, Ritmo
from .telefonos import Telefonos

TAMANO_MAXIMO = 2048
CAMPOS = {"/ingresar": {"testigo", "idioma", "codigo"},
          "/votar": {"testigo", "idioma", "urna", "eleccion", "comprobante"}}
COOKIE_DEL_TELEFONO = "telefono"
CABECERAS = [
    (b"content-security-policy", b"default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                                 b"base-uri 'none'; frame-ancestors 'none'"),
    (b"cache-control", b"no-store"),
    (b"pragma", b"no-cache"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class Conexiones:
    """Los hilos que hablan con la base, cada uno con su conexión (`abrir()` la primera vez que la necesita)."""

    def __init__(self, abrir: Callable, cerrar: Callable, hilos: int = 4):
        self._abrir, self._cerrar = abrir, cerrar
        self._hilos = ThreadPoolExecutor(max_workers=hilos, thread_name_prefix="voto-base")
        self._local = threading.local()
        self._abiertas: list = []
        self._cerrojo = threading.Lock()

    def _db(self):
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self._abrir()
            with self._cerrojo:
                self._abiertas.append(db)
        return db

    async def correr(self, idioma: str, hacer: Callable):
        """`hacer(db)` en un hilo de la base, con los mensajes de los servicios en `idioma`."""
        def en_el_hilo():
            with en_idioma(idioma):
                return hacer(self._db())

        return await asyncio.get_running_loop().run_in_executor(self._hilos, en_el_hilo)

    def cerrar(self) -> None:
        self._hilos.shutdown(wait=True)
        with self._cerrojo:
            abiertas, self._abiertas = self._abiertas, []
        for db in abiertas:
            self._cerrar(db)


class Guardia:
    """Middleware ASGI: el ritmo de pedidos de cada cliente (429), las cabeceras de seguridad de cada respuesta y
    un error inesperado anotado en el registro del programa (sin el pedido: nada de códigos ni de elecciones), en
    lugar de la traza que uvicorn escribiría en la consola."""

    def __init__(self, app, ritmo: Ritmo):
        self.app, self.ritmo = app, ritmo

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        cliente = (scope.get("client") or ("?",))[0]

        async def enviar(mensaje):
            if mensaje["type"] == "http.response.start":
                nombres = {n for n, _ in CABECERAS}
                mensaje = {**mensaje, "headers": [(n, v) for n, v in mensaje.get("headers", [])
                                                  if n.lower() not in nombres] + CABECERAS}
            await send(mensaje)

        if not self.ritmo.admitir(cliente):
            respuesta = PlainTextResponse("429: demasiados pedidos; espere un minuto.", 429, {"retry-after": "60"})
            return await respuesta(scope, receive, enviar)
        try:
            await self.app(scope, receive, enviar)
        except Exception:   # noqa: BLE001 - Starlette ya respondió 500; se anota sin el pedido
            logging.getLogger("escritorio").exception("Error inesperado en el servidor de voto")


def _formulario_gastado() -> str:
    return traducir("Este formulario ya se envió o venció. Vuelva a la página de votación.")


class _Rechazo(Exception):
    def __init__(self, estado: int):
        super().__init__(estado)
        self.estado = estado


def idioma_del_pedido(request: Request, pedido: str | None = None) -> str:
    """El idioma de la página: el pedido (selector o formulario), el elegido antes (cookie) o el primero de
    Accept-Language que la página habla; si no, castellano."""
    for candidato in (pedido, request.query_params.get("idioma"), request.cookies.get("idioma")):
        if candidato in IDIOMAS:
            return candidato
    pedidos = []
    for parte in request.headers.get("accept-language", "").split(","):
        etiqueta, _, calidad = parte.strip().partition(";q=")
        try:
            peso = float(calidad) if calidad else 1.0
        except ValueError:
            continue
        pedidos.append((-peso, len(pedidos), etiqueta.split("-")[0].strip().lower()))
    return next((codigo for _, _, codigo in sorted(pedidos) if codigo in IDIOMAS), "es")


async def leer_formulario(request: Request) -> dict[str, list[str]]:
    """Los campos del formulario, o _Rechazo: 415 si no es urlencoded, 413 si pasa del tamaño, 400 si está mal
    escrito o trae un campo que la ruta no conoce."""
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/x-www-form-urlencoded":
        raise _Rechazo(415)
    largo = request.headers.get("content-length", "0")
    if not largo.isdigit() or int(largo) > TAMANO_MAXIMO:
        raise _Rechazo(413 if largo.isdigit() else 400)
    cuerpo = b""
    async for trozo in request.stream():
        cuerpo += trozo
        if len(cuerpo) > TAMANO_MAXIMO:
            raise _Rechazo(413)
    try:
        texto = cuerpo.decode("ascii")
        campos = parse_qs(texto, keep_blank_values=True, strict_parsing=bool(texto), max_num_fields=64,
                          encoding="utf-8", errors="strict")
    except ValueError:   # también UnicodeDecodeError
        raise _Rechazo(400) from None
    if not set(campos) <= CAMPOS[request.url.path] or any(len(v) > 1 for k, v in campos.items() if k != "eleccion"):
        raise _Rechazo(400)
    return campos


def vista_de(papeleta) -> VistaDePapeleta:
    """La papeleta del servicio (`voto_electronico.Papeleta`), como la dibuja la página."""
    return VistaDePapeleta(
        urna_id=papeleta.urna_id, titulo=papeleta.titulo, secreta=papeleta.secreta,
        opciones=tuple((o.clave, o.rotulo) for o in papeleta.opciones),
        minimo=papeleta.marcas_min, maximo=papeleta.marcas_max)


def _cookie(respuesta: Response, nombre: str, valor: str) -> None:
    respuesta.set_cookie(nombre, valor, path="/", secure=True, httponly=True, samesite="strict")


def crear_aplicacion(conexiones: Conexiones, sesion_id: int, *, pedidos_por_minuto: int = 120,
                     codigos_por_minuto: int = 10, servicio=None) -> Guardia:
    """La aplicación de la sesión `sesion_id`. `servicio`: el módulo de los servicios del voto (el de siempre)."""
    if servicio is None:
        from ..servicios import voto_electronico as servicio
    telefonos = Telefonos()
    ritmo_de_codigos = Ritmo(codigos_por_minuto)

    def html(texto: str, estado: int = 200) -> HTMLResponse:
        return HTMLResponse(texto, estado)

    def ingreso(idioma: str, error: str | None = None, estado: int = 200, codigo: str = "") -> HTMLResponse:
        with en_idioma(idioma):
            return html(paginas.pagina_de_ingreso(idioma, telefonos.testigo(None, None), error, codigo), estado)

    def rechazo(idioma: str, estado: int, mensaje: Callable[[], str]) -> HTMLResponse:
        """La página de un pedido rechazado; `mensaje()` lo dice (se llama ya en el idioma del teléfono)."""
        with en_idioma(idioma):
            respuesta = html(paginas.pagina_de_rechazo(idioma, traducir("No se pudo"), mensaje()), estado)
        if estado == 429:
            respuesta.headers["retry-after"] = "60"
        return respuesta

    async def inicio(request: Request) -> Response:
        idioma = idioma_del_pedido(request)
        telefono = request.cookies.get(COOKIE_DEL_TELEFONO)
        codigo = telefonos.codigo_de(telefono)
        # El QR de una tarjeta trae su código en la dirección: se deja escrito y se entra con «Entrar» (un GET no ata
        # nada); con otro código ya atado en el teléfono, es quien porta un poder con su segunda tarjeta.
        del_qr = codigo_para_el_campo(request.query_params.get(PARAMETRO_DEL_CODIGO))
        if codigo is None or del_qr or "otro_codigo" in request.query_params:   # quien porta un poder: el otro
            respuesta = ingreso(idioma, codigo=del_qr)
        else:
            respuesta = await _papeleta(idioma, telefono, codigo, request.cookies)
        if request.query_params.get("idioma") in IDIOMAS:
            respuesta.set_cookie("idioma", idioma, path="/", secure=True, httponly=True, samesite="strict")
        return respuesta

    def identificar(db, codigo: str):
        """El votante del código, si es de la sesión de este servidor; si no, ErrorEscritorio."""
        votante = servicio.identificar(db, codigo)
        if votante.sesion_id != sesion_id:
            raise ErrorEscritorio(traducir("Ese código es de otra sesión: aquí se vota la sesión {0}.").format(
                sesion_id))
        return votante

    async def _papeleta(idioma, telefono, codigo, cookies, error=None, estado=200, pedir_comprobante=False):
        def leer(db):
            votante = identificar(db, codigo)
            papeleta = servicio.urna_abierta(db, sesion_id)
            return votante, (vista_de(papeleta) if papeleta is not None and papeleta.abierta else None)

        try:
            votante, vista = await conexiones.correr(idioma, leer)
        except ErrorEscritorio as e:
            return ingreso(idioma, e.mensaje, 403)
        with en_idioma(idioma):
            guardado = cookies.get(telefonos.nombre_del_recibo(codigo))
            if vista is None:
                ultimo = telefonos.leer_recibo(guardado, None)
                return html(paginas.pagina_de_espera(idioma, votante.delegacion, ultimo), estado)
            recibo = telefonos.leer_recibo(guardado, vista.urna_id)
            return html(paginas.pagina_de_papeleta(idioma, telefonos.testigo(telefono, vista.urna_id),
                                                   votante.delegacion, vista, recibo, error,
                                                   pedir_comprobante and recibo is None), estado)

    async def ingresar(request: Request) -> Response:
        cliente = request.client.host if request.client else "?"
        if not ritmo_de_codigos.admitir(cliente):
            return rechazo(idioma_del_pedido(request), 429, lambda: traducir(
                "Demasiados intentos de código desde este teléfono. Espere un minuto y vuelva a intentarlo."))
        try:
            campos = await leer_formulario(request)
        except _Rechazo as r:
            return PlainTextResponse(str(r.estado), r.estado)
        idioma = idioma_del_pedido(request, campos.get("idioma", [None])[0])
        if not telefonos.gastar(campos.get("testigo", [""])[0], None, None):
            return rechazo(idioma, 403, _formulario_gastado)
        codigo = campos.get("codigo", [""])[0].strip()
        try:
            votante = await conexiones.correr(idioma, lambda db: identificar(db, codigo))
        except ErrorEscritorio as e:
            ritmo_de_codigos.cobrar(cliente, COSTO_DE_UN_CODIGO_EQUIVOCADO - 1)
            return ingreso(idioma, e.mensaje, 403)
        telefono = telefonos.atar(request.cookies.get(COOKIE_DEL_TELEFONO), votante.codigo_id, codigo)
        if telefono is None:
            ritmo_de_codigos.cobrar(cliente, COSTO_DE_UN_CODIGO_EQUIVOCADO - 1)
            with en_idioma(idioma):
                return ingreso(idioma, traducir("Ese código ya se usa en otro teléfono. Si es el suyo, pida a la "
                                                "secretaría un código nuevo."), 403)
        respuesta = RedirectResponse(f"/?idioma={idioma}", 303)
        _cookie(respuesta, COOKIE_DEL_TELEFONO, telefono)
        return respuesta

    async def votar(request: Request) -> Response:
        try:
            campos = await leer_formulario(request)
        except _Rechazo as r:
            return PlainTextResponse(str(r.estado), r.estado)
        idioma = idioma_del_pedido(request, campos.get("idioma", [None])[0])
        telefono = request.cookies.get(COOKIE_DEL_TELEFONO)
        codigo = telefonos.codigo_de(telefono)
        if codigo is None:
            return ingreso(idioma, None, 403)
        urna = campos.get("urna", [""])[0]
        if not urna.isdigit():
            return PlainTextResponse("400", 400)
        urna_id = int(urna)
        if not telefonos.gastar(campos.get("testigo", [""])[0], telefono, urna_id):
            return rechazo(idioma, 403, _formulario_gastado)
        nombre = telefonos.nombre_del_recibo(codigo)
        anterior = telefonos.leer_recibo(request.cookies.get(nombre), urna_id)
        # El comprobante del voto anterior: el del recibo; si el teléfono lo perdió (o el servidor se reinició), el
        # que escribe el delegado.
        comprobante = campos.get("comprobante", [""])[0].strip() or (anterior.comprobante if anterior else None)
        elegidas = campos.get("eleccion", [])

        def depositar(db):
            papeleta = vista_de(servicio.papeleta(db, urna_id))
            eleccion = elegidas if papeleta.maximo > 1 else (elegidas[0] if len(elegidas) == 1 else elegidas)
            hecho = servicio.depositar(db, codigo, urna_id, eleccion, comprobante=comprobante)
            return papeleta, hecho

        try:
            papeleta, hecho = await conexiones.correr(idioma, depositar)
        except ErrorEscritorio as e:
            return await _papeleta(idioma, telefono, codigo, request.cookies, e.mensaje, 400, pedir_comprobante=True)
        recibo = Recibo(urna_id, hecho.codigo, hecho.huella_corta, None if papeleta.secreta else tuple(elegidas))
        respuesta = RedirectResponse(f"/?idioma={idioma}", 303)
        _cookie(respuesta, nombre, telefonos.firmar_recibo(recibo))
        return respuesta

    async def estilo(request: Request) -> Response:
        return Response(paginas.ESTILO, media_type="text/css")

    # La guardia envuelve la aplicación entera: también el 404, el 405 y el 500 llevan las cabeceras.
    return Guardia(Starlette(routes=[
        Route("/", inicio, methods=["GET"]),
        Route("/estilo.css", estilo, methods=["GET"]),
        Route("/ingresar", ingresar, methods=["POST"]),
        Route("/votar", votar, methods=["POST"]),
    ]), Ritmo(pedidos_por_minuto))
