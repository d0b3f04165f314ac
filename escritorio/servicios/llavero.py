"""La clave del servidor en el llavero del sistema (el Administrador de credenciales de Windows, el llavero de macOS,
Secret Service en Linux), con la biblioteca keyring. Nunca en los ajustes ni en un archivo de Escritorio.

Cada clave se guarda con el nombre del programa y la dirección del servidor sin clave (usuario, equipo, puerto y
base): dos personas que comparten el equipo, cada una con su usuario de Windows, tienen cada una su llavero.
Si el equipo no tiene llavero (o no responde), no se guarda nada y la clave se pide cada vez: nunca es un error
que impida trabajar.
"""

from ..registro import registrar_aviso

SERVICIO = "Escritorio"


def sin_clave(direccion: str) -> str:
    """`datos.postgres.conexion.sin_clave`, importada al usarla: ese módulo carga psycopg, y este lo importa la
    ventana (el correo de Sesiones) también con una base SQLite, donde no hace falta."""
    from ..datos.postgres.conexion import sin_clave as _sin_clave

    return _sin_clave(direccion)


def _llavero():
    import keyring  # se carga solo en el modo servidor: buscar los llaveros del sistema no es gratis

    return keyring


def hay_llavero() -> bool:
    """¿Tiene este equipo un llavero donde guardar la clave?"""
    try:
        from keyring.backends import fail

        return not isinstance(_llavero().get_keyring(), fail.Keyring)
    except Exception:  # noqa: BLE001 (un llavero roto es como no tener llavero)
        registrar_aviso("No se pudo consultar el llavero del sistema")
        return False


def clave_guardada(direccion: str) -> str | None:
    """La clave guardada para `direccion`, o None (no hay, no hay llavero, o el llavero no responde)."""
    if not hay_llavero():
        return None
    try:
        return _llavero().get_password(SERVICIO, sin_clave(direccion))
    except Exception:  # noqa: BLE001
        registrar_aviso("No se pudo leer la clave del llavero del sistema")
        return None


def guardar_clave(direccion: str, clave: str) -> bool:
    """Guarda la clave de `direccion`; False si no se pudo (se pedirá la próxima vez)."""
    if not hay_llavero():
        return False
    try:
        _llavero().set_password(SERVICIO, sin_clave(direccion), clave)
        return True
    except Exception:  # noqa: BLE001
        registrar_aviso("No se pudo guardar la clave en el llavero del sistema")
        return False


def olvidar_clave(direccion: str) -> None:
    """Quita la clave de `direccion` del llavero, si estaba."""
    if not hay_llavero():
        return
    try:
        _llavero().delete_password(SERVICIO, sin_clave(direccion))
    except Exception:  # noqa: BLE001 (no estaba, o no hay llavero: no queda nada que olvidar)
        pass
