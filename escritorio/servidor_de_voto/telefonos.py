"""Qué teléfono tiene cada código, los testigos de un solo uso de cada formulario y el recibo firmado que guarda el
teléfono. Todo en la memoria del servidor de voto, nunca en un registro ni en la base.

- Al primer uso, un código queda atado al teléfono que lo usó: el servidor le da una cookie (HttpOnly, Secure,
  SameSite=Strict) con un valor aleatorio, y guarda solo su huella. Otro teléfono con el mismo código no entra. Un
  mismo teléfono puede tener varios códigos (quien porta un poder), uno después del otro.
- Cada formulario lleva un testigo aleatorio, de ese teléfono y esa urna, que se gasta al enviarlo: el mismo POST
  enviado otra vez (un replay) se rechaza.
- El recibo (comprobante, huella corta y, en una nominal, lo elegido) vuelve al teléfono en una cookie firmada con
  el secreto aleatorio del servidor: el servidor no guarda qué código depositó qué papeleta.
Si el servidor se reinicia, el secreto es otro: las cookies viejas dejan de valer y cada código se ata de nuevo al
primer teléfono que lo use.
"""

import base64
import hashlib
import hmac
import json
import secrets
import threading
import time

from .paginas import Recibo

VIDA_DE_UN_TESTIGO = 4 * 3600.0
MAXIMO_DE_TESTIGOS = 20_000


def clave_del_codigo(codigo: str) -> str:
    """El código como se compara: solo letras y cifras, en mayúsculas («abcd-efgh» = «ABCDEFGH»)."""
    return "".join(c for c in codigo.upper() if c.isascii() and c.isalnum())


def _huella(valor: str) -> str:
    return hashlib.sha256(valor.encode("utf-8")).hexdigest()


class Telefonos:
    """Los teléfonos, sus códigos y los testigos vivos. Seguro entre hilos."""

    def __init__(self):
        self._secreto = secrets.token_bytes(32)
        self._cerrojo = threading.Lock()
        self._codigos: dict[str, str] = {}      # huella de la cookie del teléfono -> su código en uso
        self._atados: dict[str, str] = {}       # id del código -> huella de la cookie del teléfono que lo tiene
        self._testigos: dict[str, tuple[str | None, int | None, float]] = {}

    # --- teléfonos y códigos ---------------------------------------------------------------------------------

    def atar(self, telefono: str | None, codigo_id: int, codigo: str) -> str | None:
        """Ata el código (`codigo_id`, el que le da la base: así «abcd-2345» y «ABCD2345» son el mismo) al teléfono de
        la cookie `telefono` (o a uno nuevo) y lo deja en uso en él. Devuelve el valor de la cookie del teléfono, o
        None si el código ya está atado a otro teléfono."""
        clave = str(codigo_id)
        with self._cerrojo:
            if telefono is None or _huella(telefono) not in self._codigos:
                telefono = secrets.token_urlsafe(32)
            huella = _huella(telefono)
            if self._atados.setdefault(clave, huella) != huella:
                return None
            self._codigos[huella] = codigo
        return telefono

    def codigo_de(self, telefono: str | None) -> str | None:
        if not telefono:
            return None
        with self._cerrojo:
            return self._codigos.get(_huella(telefono))

    # --- testigos ----------------------------------------------------------------------------------------------

    def testigo(self, telefono: str | None, urna_id: int | None) -> str:
        """Un testigo nuevo para un formulario de `telefono` (None: el de ingresar un código) y `urna_id`."""
        nuevo = secrets.token_urlsafe(24)
        ahora = time.monotonic()
        with self._cerrojo:
            if len(self._testigos) >= MAXIMO_DE_TESTIGOS:
                self._testigos = {t: v for t, v in self._testigos.items() if v[2] > ahora - VIDA_DE_UN_TESTIGO}
                while len(self._testigos) >= MAXIMO_DE_TESTIGOS:   # los más viejos primero (el dict guarda el orden)
                    del self._testigos[next(iter(self._testigos))]
            self._testigos[nuevo] = (_huella(telefono) if telefono else None, urna_id, ahora)
        return nuevo

    def gastar(self, testigo: str, telefono: str | None, urna_id: int | None) -> bool:
        """True si el testigo estaba vivo y es de este teléfono y esta urna; vivo o no, queda gastado."""
        with self._cerrojo:
            guardado = self._testigos.pop(testigo, None)
        if guardado is None or guardado[2] <= time.monotonic() - VIDA_DE_UN_TESTIGO:
            return False
        return guardado[:2] == ((_huella(telefono) if telefono else None), urna_id)

    # --- el recibo firmado -------------------------------------------------------------------------------------

    def _firma(self, texto: str) -> str:
        return hmac.new(self._secreto, texto.encode("ascii"), hashlib.sha256).hexdigest()

    def nombre_del_recibo(self, codigo: str) -> str:
        """El nombre de la cookie del recibo de un código (uno por código: un teléfono con un poder tiene dos)."""
        return "recibo_" + self._firma(clave_del_codigo(codigo))[:16]

    def firmar_recibo(self, recibo: Recibo) -> str:
        datos = {"u": recibo.urna_id, "c": recibo.comprobante, "h": recibo.huella_corta,
                 "e": list(recibo.eleccion) if recibo.eleccion is not None else None}
        texto = base64.urlsafe_b64encode(json.dumps(datos, separators=(",", ":")).encode("utf-8")).decode("ascii")
        return f"{texto}.{self._firma(texto)}"

    def leer_recibo(self, valor: str | None, urna_id: int | None) -> Recibo | None:
        """El recibo de la cookie si lo firmó este servidor y es de `urna_id` (con None, de cualquier urna: el último
        voto, ya con la urna cerrada); si no, None."""
        texto, _, firma = (valor or "").partition(".")
        if not texto.isascii() or not firma.isascii() or not hmac.compare_digest(firma, self._firma(texto)):
            return None
        datos = json.loads(base64.urlsafe_b64decode(texto))
        if urna_id is not None and datos["u"] != urna_id:
            return None
        return Recibo(datos["u"], datos["c"], datos["h"], tuple(datos["e"]) if datos["e"] is not None else None)
