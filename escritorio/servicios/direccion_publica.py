"""La dirección pública de verificación de la asociación y la página de verificación de cada documento.

La dirección se fija y se quita como cualquier dato de la asociación (`asociaciones.editar_asociacion`, la ventana
Datos de la asociación o «escritorio asociacion editar --direccion-publica»); aquí se lee. `emitir`
(servicios/documentos.py) la pone en el sello de cada documento que imprime: así todo documento con código de
verificación lleva en su QR su página, sin que cada uno tenga que pedirla.
"""

from __future__ import annotations

from ..datos import asociaciones as tabla_asociaciones
from ..dominio.direccion_publica import direccion_de_verificacion
from .contexto import Contexto


def direccion_publica(contexto: Contexto) -> str | None:
    """La dirección base del sitio de la asociación (sin barra final), o None si no la fijó."""
    fila = tabla_asociaciones.por_id(contexto.db, contexto.asociacion_id)
    return (fila or {}).get("direccion_publica") or None


def pagina_de_verificacion(contexto: Contexto, codigo: str) -> str | None:
    """La página donde cualquiera verifica el documento de código `codigo` («https://…/verificar/XXXX-XXXX-XXXX.html»),
    o None si la asociación no fijó su dirección pública (el QR lleva entonces solo el código, como siempre)."""
    base = direccion_publica(contexto)
    return direccion_de_verificacion(base, codigo) if base else None
