"""Archivos que escribe Escritorio (padrón, actas, avisos, recibos…): comprobar la ruta ANTES de generar nada y
decir en castellano por qué no se pudo escribir. Un solo lugar para la línea de órdenes y los servicios.

- `comprobar_salida(ruta, ".pdf", "el acta")`: la extensión, que el nombre sea posible, que la carpeta exista y
  admita escribir, que la ruta no sea una carpeta y que no se pise un archivo que no se pidió reemplazar.
- `motivo_del_sistema(error)`: «permiso denegado», «no existe la carpeta», «el disco está lleno»… según el
  errno, nunca el strerror en inglés del sistema.
- `error_de_escritura(ruta, error)`: el ErrorEscritorio completo para un OSError al escribir `ruta`.
"""

import errno
import os
import tempfile
from pathlib import Path

from .errores import ErrorEscritorio

_PERMISO = ("permiso denegado (no hay permiso para escribir allí; si el archivo está abierto en otro programa, "
            "ciérrelo)")
# Por nombre de errno (no todos existen en todos los sistemas).
_MOTIVOS_POR_NOMBRE = {
    "EACCES": _PERMISO,
    "EPERM": _PERMISO,
    "EROFS": "el disco o la carpeta es de solo lectura",
    "ENOSPC": "el disco está lleno (no queda espacio)",
    "EDQUOT": "se agotó el espacio asignado en el disco",
    "ENOENT": "no existe la carpeta (o se borró mientras se escribía)",
    "ENOTDIR": "una parte de la ruta no es una carpeta",
    "EISDIR": "es una carpeta, no un archivo",
    "ENAMETOOLONG": "el nombre es demasiado largo",
    "EINVAL": "el nombre no es válido en este disco",
    "EEXIST": "ya existe",
    "EBUSY": "el archivo está en uso por otro programa",
    "ETXTBSY": "el archivo está en uso por otro programa",
    "EIO": "error de lectura o escritura del disco (¿se quitó el pendrive o se cortó la red?)",
    "ELOOP": "la ruta tiene demasiados enlaces",
    "EMFILE": "hay demasiados archivos abiertos",
    "EFBIG": "el archivo es demasiado grande para este disco",
}
_MOTIVOS = {getattr(errno, nombre): texto for nombre, texto in _MOTIVOS_POR_NOMBRE.items() if hasattr(errno, nombre)}


def motivo_del_sistema(error: BaseException) -> str:
    """Por qué falló una operación con un archivo, en castellano (mira el OSError de origen si lo hay)."""
    origen = error
    while origen is not None and not isinstance(origen, OSError):
        origen = origen.__cause__ or origen.__context__
    if isinstance(origen, OSError):
        if origen.errno in _MOTIVOS:
            return _MOTIVOS[origen.errno]
        if getattr(origen, "winerror", None) == 32:  # ERROR_SHARING_VIOLATION: abierto en Excel
            return "el archivo está abierto en otro programa; ciérrelo"
        return f"error del sistema n.º {origen.errno}" if origen.errno else "error del sistema"
    return getattr(error, "mensaje", None) or str(error)


def _nombre_en_el_error(error: OSError) -> str | None:
    for nombre in (error.filename, error.filename2):
        if nombre:
            return os.fsdecode(nombre) if isinstance(nombre, bytes) else str(nombre)
    return None


def mensaje_de_oserror(error: OSError, ruta: object = None) -> str:
    """«No se pudo usar el archivo /x/y.pdf: permiso denegado. …» para un OSError que nadie previó (la red de
    seguridad de la línea de órdenes). El nombre se cita corto y sin caracteres invisibles."""
    from .dominio.entrada import muestra

    nombre = _nombre_en_el_error(error) or (str(ruta) if ruta else None)
    donde = f" «{muestra(nombre, 120)}»" if nombre else ""
    que_hacer = ("Libere espacio en el disco y repita la orden." if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
                 else "Revise la ruta (o elija otra carpeta u otro nombre) y repita la orden.")
    return f"No se pudo usar el archivo{donde}: {motivo_del_sistema(error)}. {que_hacer}"


def error_de_escritura(ruta: Path | str, error: OSError, sin_hacer: str = "No se guardó nada") -> ErrorEscritorio:
    return ErrorEscritorio(f"No se puede escribir {ruta}: {motivo_del_sistema(error)}. {sin_hacer}. "
                           "Elija otra carpeta u otro nombre (si la carpeta es de solo lectura o el archivo está "
                           "abierto en otro programa).")


def comprobar_nombre(ruta: Path | str, que: str, sin_hacer: str = "no se hizo nada") -> Path:
    """La ruta si su nombre es posible (sin NUL ni caracteres de control, sin bytes que no son texto, no más de
    255 bytes); si no, ErrorEscritorio con el nombre citado corto. Para archivos que se leen o se crean fuera de
    `comprobar_salida` (respaldos)."""
    destino = Path(ruta).expanduser()
    invalido = _nombre_invalido(destino)
    if invalido is not None:
        from .dominio.entrada import muestra

        raise ErrorEscritorio(f"El nombre de archivo «{muestra(destino.name, 60)}» {invalido}: {sin_hacer}. "
                              f"Escriba otro nombre para {que}.")
    return destino


def _nombre_invalido(destino: Path) -> str | None:
    nombre = destino.name
    if "\x00" in str(destino):
        return "tiene un carácter nulo"
    if any(0xDC80 <= ord(c) <= 0xDCFF for c in str(destino)):
        return "tiene bytes que no son texto (vuelva a escribirlo)"
    if any(ord(c) < 32 for c in nombre):
        return "tiene un carácter de control invisible"
    if len(os.fsencode(nombre)) > 255:
        return "es demasiado largo (más de 255 bytes)"
    if os.name == "nt" and (set(nombre) & set('<>:"|?*') or nombre.rstrip(" .") != nombre):
        return 'tiene un carácter que Windows no admite en un nombre (< > : " | ? *) o termina en punto o espacio'
    return None


def comprobar_salida(ruta: Path | str, extension: str, que: str, *, reemplazar: bool = True,
                     sin_hacer: str = "no se guardó nada") -> Path:
    """La ruta donde se escribirá `que` («el acta», «el padrón»), comprobada antes de generar nada.

    ErrorEscritorio (con el archivo, el motivo y qué hacer) si la extensión no es `extension`, si el nombre no
    es posible, si la carpeta no existe o no admite escribir, si la ruta es una carpeta, o si el archivo existe
    y no se pidió `reemplazar` (o es de solo lectura). `sin_hacer`: «no se registró el pago»…
    """
    destino = comprobar_nombre(ruta, que, sin_hacer)
    if destino.is_dir():
        raise ErrorEscritorio(f"{destino} es una carpeta: {sin_hacer}. Indique un archivo {extension} dentro de ella, "
                              f"por ejemplo {destino / ('archivo' + extension)}.")
    if destino.suffix.lower() != extension:
        raise ErrorEscritorio(f"{destino.name}: {que} se guarda como {extension}; use esa extensión. "
                              f"{sin_hacer[:1].upper()}{sin_hacer[1:]}.")
    carpeta = destino.parent if str(destino.parent) else Path(".")
    if not carpeta.is_dir():
        if carpeta.exists():
            raise ErrorEscritorio(f"{carpeta} no es una carpeta: {sin_hacer}. Elija una carpeta existente para {que}.")
        raise ErrorEscritorio(f"No existe la carpeta {carpeta} para {que}: {sin_hacer}. Elija una carpeta existente "
                              "(o créela primero).")
    if destino.exists() and not reemplazar:
        raise ErrorEscritorio(f"Ya existe {destino}: {sin_hacer}. Elija otro nombre para {que}, o agregue "
                              "--reemplazar para reemplazar ese archivo.")
    try:
        with tempfile.TemporaryFile(dir=carpeta):
            pass
    except OSError as error:
        raise ErrorEscritorio(f"No se puede escribir en la carpeta {carpeta} ({motivo_del_sistema(error)}): "
                              f"{sin_hacer}. Elija otra carpeta para {que}.") from None
    if destino.exists() and not os.access(destino, os.W_OK):
        raise ErrorEscritorio(f"{destino} es de solo lectura: {sin_hacer}. Elija otro nombre para {que}.")
    return destino
