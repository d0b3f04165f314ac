"""Archivos que escribe Escritorio (padrón, actas, avisos, recibos…): comprobar la ruta ANTES de generar nada y
decir en castellano por qué no se pudo escribir. Un solo lugar para la línea de órdenes y los servicios.

- `comprobar_salida(ruta, ".pdf", "el acta")`: la extensión, que el nombre sea posible, que la carpeta exista y
  admita escribir, que la ruta no sea una carpeta y que no se pise un archivo que no se pidió reemplazar.
- `motivo_del_sistema(error)`: «permiso denegado», «no existe la carpeta», «el disco está lleno»… según el
  errno, nunca el strerror en inglés del sistema.
- `error_de_escritura(ruta, error)`: el ErrorEscritorio completo para un OSError al escribir `ruta`.
- `escribir_sin_pisar(destino, contenido, que)`: escribe los bytes en la ruta ya comprobada sin pisar un archivo
  que apareció entretanto (salvo `reemplazar`).
- `escribir_juntos({destino: que, …})`: varios archivos que son una sola respuesta (la carta y los datos de un
  acceso, la memoria en PDF y en Excel, la composición de un órgano en PDF y en Excel), todos o ninguno: con uno que
  no se puede poner, los demás anteriores quedan como estaban.
- `simular_en(carpeta, rechazo)`: mientras corre una orden con --simular (cli/simulacion.py), las de arriba solo
  admiten rutas dentro de `carpeta` (la aparte de la simulación, que después se borra); cualquier otra es
  `rechazo(ruta, que)`, antes de escribir nada.
"""

import errno
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .dominio.traduccion import traducir
from .errores import ErrorEscritorio
from .rutas import expandir

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


def abierto_en_otro_programa(error: OSError) -> bool:
    """Windows no deja reemplazar ni borrar un archivo que alguien tiene abierto (Excel, un visor de PDF, la otra
    ventana): ERROR_SHARING_VIOLATION o ERROR_LOCK_VIOLATION."""
    return getattr(error, "winerror", None) in (32, 33)


def no_se_puede_escribir(ruta, error: OSError) -> str:
    """El mensaje de un archivo que no se pudo escribir: si otro programa lo tiene abierto (Windows), solo eso y qué
    hacer; si no, el motivo del sistema y las dos causas de siempre."""
    if abierto_en_otro_programa(error):
        return traducir("No se puede escribir {0}: el archivo está abierto en otro programa. Ciérrelo y vuelva a "
                        "intentarlo.").format(ruta)
    return traducir("No se puede escribir {0} ({1}). Si el archivo está abierto en otro programa, ciérrelo; si la "
                    "carpeta es de solo lectura, elija otra.").format(ruta, motivo_del_sistema(error))


def motivo_del_sistema(error: BaseException) -> str:
    """Por qué falló una operación con un archivo, en el idioma en curso (mira el OSError de origen si lo hay)."""
    origen = error
    while origen is not None and not isinstance(origen, OSError):
        origen = origen.__cause__ or origen.__context__
    if isinstance(origen, OSError):
        if abierto_en_otro_programa(origen):   # antes que errno: Windows lo da como EACCES (permiso denegado)
            return traducir("el archivo está abierto en otro programa; ciérrelo")
        if origen.errno in _MOTIVOS:
            return traducir(_MOTIVOS[origen.errno])
        return traducir("error del sistema n.º {0}").format(origen.errno) if origen.errno else traducir("error del sistema")
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
    que_hacer = (traducir("Libere espacio en el disco y repita la orden.")
                 if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
                 else traducir("Revise la ruta (o elija otra carpeta u otro nombre) y repita la orden."))
    return traducir("No se pudo usar el archivo{0}: {1}. {2}").format(donde, motivo_del_sistema(error), que_hacer)


def error_de_escritura(ruta: Path | str, error: OSError, sin_hacer: str | None = None) -> ErrorEscritorio:
    if abierto_en_otro_programa(error):   # solo eso y qué hacer, como cada exportación (`no_se_puede_escribir`)
        return ErrorEscritorio(no_se_puede_escribir(ruta, error))
    return ErrorEscritorio(traducir(
        "No se puede escribir {0}: {1}. {2}. Elija otra carpeta u otro nombre (si la carpeta es de solo lectura o el "
        "archivo está abierto en otro programa).").format(ruta, motivo_del_sistema(error),
                                                          sin_hacer or traducir("No se guardó nada")))


class _Simulacion:
    """La simulación en curso (--simular): su carpeta aparte y quién dice por qué no se escribe otra ruta."""

    aparte: Path | None = None
    rechazo: Callable[[Path, str], ErrorEscritorio] | None = None


_simulacion = _Simulacion()


def simular_en(carpeta: Path | None, rechazo: Callable[[Path, str], ErrorEscritorio] | None = None) -> None:
    """Con `carpeta`, empieza una simulación (--simular): ningún archivo fuera de ella se comprueba para escribirse
    ni se escribe (`rechazo` dice por qué); con None, termina."""
    _simulacion.aparte = None if carpeta is None else Path(carpeta).resolve()
    _simulacion.rechazo = rechazo


def _exigir_dentro_de_la_simulacion(destino: Path, que: str) -> None:
    if _simulacion.aparte is None:
        return
    try:
        Path(destino).resolve().relative_to(_simulacion.aparte)
    except ValueError:
        raise _simulacion.rechazo(destino, que) from None


def comprobar_nombre(ruta: Path | str, que: str, sin_hacer: str | None = None) -> Path:
    """La ruta si su nombre es posible (sin NUL ni caracteres de control, sin bytes que no son texto, no más de
    255 bytes); si no, ErrorEscritorio con el nombre citado corto. Para archivos que se leen o se crean fuera de
    `comprobar_salida` (respaldos)."""
    destino = expandir(ruta)
    invalido = _nombre_invalido(destino)
    if invalido is not None:
        from .dominio.entrada import muestra

        raise ErrorEscritorio(traducir("El nombre de archivo «{0}» {1}: {2}. Escriba otro nombre para {3}.").format(
            muestra(destino.name, 60), invalido, sin_hacer or traducir("no se hizo nada"), que))
    return destino


def _nombre_invalido(destino: Path) -> str | None:
    nombre = destino.name
    if "\x00" in str(destino):
        return traducir("tiene un carácter nulo")
    if any(0xDC80 <= ord(c) <= 0xDCFF for c in str(destino)):
        return traducir("tiene bytes que no son texto (vuelva a escribirlo)")
    if any(ord(c) < 32 for c in nombre):
        return traducir("tiene un carácter de control invisible")
    from .dominio.entrada import caracter_prohibido

    # La misma regla que cualquier texto escrito: ni controles de dirección (un «fdp.\u202efdp.xlsx» se ve
    # «fdpx.lsx.pdf»), ni invisibles, ni caracteres que no se pueden mostrar.
    problema = caracter_prohibido(nombre)
    if problema is not None:
        return problema[1]
    if len(os.fsencode(nombre)) > 255:
        return traducir("es demasiado largo (más de 255 bytes)")
    if os.name == "nt" and (set(nombre) & set('<>:"|?*') or nombre.rstrip(" .") != nombre):
        return traducir('tiene un carácter que Windows no admite en un nombre (< > : " | ? *) o termina en punto o '
                        'espacio')
    return None


def comprobar_salida(ruta: Path | str, extension: str, que: str, *, reemplazar: bool = False,
                     sin_hacer: str | None = None) -> Path:
    """La ruta donde se escribirá `que` («el acta», «el padrón»), comprobada antes de generar nada.

    ErrorEscritorio (con el archivo, el motivo y qué hacer) si la extensión no es `extension`, si el nombre no
    es posible, si la carpeta no existe o no admite escribir, si la ruta es una carpeta, o si el archivo existe
    y no se pidió `reemplazar` (o es de solo lectura). `sin_hacer`: «no se registró el pago»…
    """
    sin_hacer = sin_hacer or traducir("no se guardó nada")
    destino = comprobar_nombre(ruta, que, sin_hacer)
    try:
        _exigir_dentro_de_la_simulacion(destino, que)
        return _comprobar_lugar(destino, extension, que, reemplazar, sin_hacer)
    except OSError as error:   # una carpeta de la ruta con un nombre imposible (más de 255 bytes), un bucle de enlaces…
        from .dominio.entrada import muestra

        raise ErrorEscritorio(traducir("No se puede escribir en la carpeta {0} ({1}): {2}. Elija otra carpeta para "
                                       "{3}.").format(muestra(str(destino.parent), 120), motivo_del_sistema(error),
                                                      sin_hacer, que)) from None


def _comprobar_lugar(destino: Path, extension: str, que: str, reemplazar: bool, sin_hacer: str) -> Path:
    if destino.is_dir():
        raise ErrorEscritorio(traducir("{0} es una carpeta: {1}. Indique un archivo {2} dentro de ella, por ejemplo "
                                       "{3}.").format(destino, sin_hacer, extension, destino / ("archivo" + extension)))
    if destino.suffix.lower() != extension:
        raise ErrorEscritorio(traducir("{0}: {1} se guarda como {2}; use esa extensión. {3}.").format(
            destino.name, que, extension, sin_hacer[:1].upper() + sin_hacer[1:]))
    carpeta = destino.parent if str(destino.parent) else Path(".")
    if not carpeta.is_dir():
        if carpeta.exists():
            raise ErrorEscritorio(traducir("{0} no es una carpeta: {1}. Elija una carpeta existente para {2}.").format(
                carpeta, sin_hacer, que))
        raise ErrorEscritorio(traducir("No existe la carpeta {0} para {1}: {2}. Elija una carpeta existente (o créela "
                                       "primero).").format(carpeta, que, sin_hacer))
    if destino.exists() and not reemplazar:
        raise ErrorEscritorio(traducir("Ya existe {0}: {1}. Elija otro nombre para {2}, o agregue --reemplazar para "
                                       "reemplazar ese archivo.").format(destino, sin_hacer, que))
    try:
        import tempfile   # solo aquí: importarlo (y random) cuesta ~5 ms en cada orden

        with tempfile.TemporaryFile(dir=carpeta):
            pass
    except OSError as error:
        raise ErrorEscritorio(traducir("No se puede escribir en la carpeta {0} ({1}): {2}. Elija otra carpeta para "
                                       "{3}.").format(carpeta, motivo_del_sistema(error), sin_hacer, que)) from None
    if destino.exists() and not os.access(destino, os.W_OK):
        raise ErrorEscritorio(traducir("{0} es de solo lectura: {1}. Elija otro nombre para {2}.").format(
            destino, sin_hacer, que))
    return destino


def escribir_sin_pisar(destino: Path, contenido: bytes, que: str, *, reemplazar: bool = False,
                       sin_hacer: str | None = None) -> None:
    """Escribe `contenido` en `destino` (ya comprobado con `comprobar_salida`). Sin `reemplazar` lo crea con «x»: si
    entretanto apareció un archivo con ese nombre, no lo pisa y avisa como `comprobar_salida`. Con `reemplazar`, lo
    escribe al lado y lo cambia por el anterior al final (`_reemplazar`). Un OSError al escribir es
    `error_de_escritura`."""
    sin_hacer = sin_hacer or traducir("no se guardó nada")
    _exigir_dentro_de_la_simulacion(Path(destino), que)
    try:
        if reemplazar:
            _reemplazar(Path(destino), contenido)
        else:
            with open(destino, "xb") as archivo:
                archivo.write(contenido)
    except FileExistsError:
        raise _ya_existe(destino, sin_hacer, que) from None
    except OSError as error:
        raise error_de_escritura(destino, error, sin_hacer[:1].upper() + sin_hacer[1:]) from None


def crear_entero(ruta: Path, contenido: bytes, *, modo: int | None = None) -> None:
    """Crea `ruta` (un temporal nuevo: si ya existe, FileExistsError) con `contenido`, entero en el disco antes de
    volver (para ponerlo después en su lugar con un renombre), y con los permisos `modo` si se dan (sin depender de
    la umask: las páginas de un sitio, legibles por el servidor web)."""
    with open(ruta, "xb") as archivo:
        archivo.write(contenido)
        archivo.flush()
        os.fsync(archivo.fileno())
    if modo is not None:
        os.chmod(ruta, modo)


def _error_al_borrar(destino: Path, error: OSError, sin_hacer: str) -> ErrorEscritorio:
    if abierto_en_otro_programa(error):
        return ErrorEscritorio(traducir("No se puede borrar {0}: el archivo está abierto en otro programa. Ciérrelo y "
                                        "vuelva a intentarlo. {1}.").format(destino, sin_hacer))
    return ErrorEscritorio(traducir("No se puede borrar {0}: {1}. {2}.").format(destino, motivo_del_sistema(error),
                                                                              sin_hacer))


def _ya_existe(destino: Path, sin_hacer: str, que: str) -> ErrorEscritorio:
    return ErrorEscritorio(traducir("Ya existe {0}: {1}. Elija otro nombre para {2}, o agregue --reemplazar para "
                                    "reemplazar ese archivo.").format(destino, sin_hacer, que))


def _temporal_al_lado(destino: Path) -> Path:
    """Un temporal en la carpeta de `destino`, con el nombre de los de los documentos (`.<nombre>.<8 cifras>.tmp`,
    documentos/temporales.py): si el proceso muere, la próxima escritura en la carpeta lo limpia."""
    return destino.with_name(f".{destino.name}.{os.urandom(4).hex()}.tmp")


def _a_la_vista(destino: Path, copia: Path) -> Path:
    """Pone la copia oculta del anterior de `destino` a la vista, al lado: «acta (anterior).pdf» o, si ya hay uno,
    «acta (anterior 2).pdf»… sin pisar nada: un enlace duro, que falla si el nombre existe, o, en un disco que no los
    tiene (FAT de un pendrive, algunas carpetas de red), una copia creada con «x». Devuelve dónde quedó (la misma
    copia oculta solo si no se pudo ninguna de las dos: el mensaje lo dice)."""
    import shutil

    for numero in range(1, 100):
        sufijo = traducir("anterior") if numero == 1 else f"{traducir('anterior')} {numero}"
        visible = destino.with_name(f"{destino.stem} ({sufijo}){destino.suffix}")
        try:
            try:
                os.link(copia, visible)
            except FileExistsError:
                raise
            except OSError:   # sin enlaces duros en ese disco: una copia, sin pisar nada
                with open(copia, "rb") as origen, open(visible, "xb") as copiada:
                    shutil.copyfileobj(origen, copiada)
        except FileExistsError:
            continue
        except OSError:
            break
        try:
            copia.unlink()
        except OSError:
            pass   # queda también la oculta, que la limpieza de temporales borra: la visible es la que vale
        return visible
    return copia


def _reemplazar(destino: Path, contenido: bytes) -> None:
    """Escribe en un temporal de la misma carpeta y lo cambia por `destino`: el anterior no queda truncado ni a medias
    si la escritura falla, ni se toca si otro programa lo tiene abierto (Windows no deja reemplazarlo). El temporal
    (`_temporal_al_lado`) se borra si falla."""
    temporal = _temporal_al_lado(destino)
    try:
        with open(temporal, "xb") as archivo:
            archivo.write(contenido)
        os.replace(temporal, destino)
    except BaseException:
        temporal.unlink(missing_ok=True)
        raise


class Juntos:
    """Varios archivos que son una sola respuesta (la carta y los datos de un acceso, la memoria en PDF y en Excel, las
    páginas de un sitio): cada uno se escribe en un temporal al lado de su destino (`escribir`), o se anota para
    borrarlo (`quitar`), y `poner` los pone todos en su lugar (y borra los anotados), o ninguno. Lo da
    `escribir_juntos`."""

    def __init__(self, destinos: dict[Path, str], reemplazar: bool, sin_hacer: str, anteriores_a_la_vista: bool = True):
        self.reemplazar, self.sin_hacer = reemplazar, sin_hacer
        # Si un anterior no se puede volver a poner: ¿queda a la vista al lado («NOMBRE (anterior).pdf»)? No en un
        # sitio publicado: una página de antes (con lo que ya no se publica) quedaría servida; se regenera.
        self.anteriores_a_la_vista = anteriores_a_la_vista
        self.que = destinos
        self.temporales = {destino: _temporal_al_lado(destino) for destino in destinos}
        self.apartados: list[Path] = []                  # la copia de cada anterior, hasta que todo salió bien
        self.puestos: list[tuple[Path, Path | None]] = []   # (destino, la copia de su anterior o None si no había)
        self.tiempos: dict[Path, tuple[int, int]] = {}   # las fechas de cada anterior (la copia lleva la de ahora)
        self.a_quitar: set[Path] = set()                 # los destinos que `poner` borra en lugar de escribir
        # Lo que `deshacer` no pudo dejar como estaba: (destino, dónde quedó su anterior o None, el motivo).
        self.no_repuestos: list[tuple[Path, Path | None, str]] = []

    def escribir(self, destino: Path, contenido: bytes | Callable, *args, **kwargs):
        """Escribe los bytes `contenido`, o corre `contenido(temporal, *args, **kwargs)`, en el temporal de `destino`;
        devuelve lo que devuelve `contenido` (las páginas de un PDF, las hojas de un libro). Un OSError es
        `error_de_escritura` con `destino` (nunca el nombre del temporal)."""
        temporal = self.temporales[Path(destino)]
        try:
            if callable(contenido):
                return contenido(temporal, *args, **kwargs)
            with open(temporal, "xb") as archivo:
                archivo.write(contenido)
        except OSError as error:
            raise error_de_escritura(destino, error, self.sin_hacer[:1].upper() + self.sin_hacer[1:]) from None

    def quitar(self, destino: Path) -> None:
        """Anota que `poner` borra `destino` (uno de los de `escribir_juntos`), con lo demás: si algo falla, vuelve."""
        self.a_quitar.add(Path(destino))

    def poner(self) -> None:
        """Pone cada temporal en su destino y borra los de `quitar`. Si uno no se puede (otro programa tiene abierto
        el anterior, apareció un archivo que no se pidió reemplazar), vuelve a poner los anteriores de los que ya
        puso (y los que ya borró) y avisa como `escribir_sin_pisar`."""
        for destino, temporal in self.temporales.items():
            try:
                if destino in self.a_quitar:
                    self._quitar(destino)
                else:
                    self._poner(destino, temporal)
            except FileExistsError:
                self.deshacer()
                raise self.con_lo_no_repuesto(_ya_existe(destino, self.sin_hacer, self.que[destino])) from None
            except OSError as error:
                self.deshacer()
                sin_hacer = self.sin_hacer[:1].upper() + self.sin_hacer[1:]
                falla = (_error_al_borrar(destino, error, sin_hacer) if destino in self.a_quitar
                         else error_de_escritura(destino, error, sin_hacer))
                raise self.con_lo_no_repuesto(falla) from None

    def _apartar(self, destino: Path) -> Path:
        """Una copia del anterior de `destino`, hasta que todo salió bien: una copia, no un renombre (el destino nunca
        falta, ni para un servidor web que sirve la carpeta mientras tanto). Un enlace se copia como enlace (nunca lo
        de afuera adonde apunta). La copia lleva la fecha de ahora: con la del anterior, la limpieza de temporales de
        otra escritura en la carpeta (documentos/temporales.py) la tomaría por abandonada y la borraría; la del
        anterior vuelve con él (`deshacer`)."""
        import shutil   # solo aquí, como tempfile en `_comprobar_lugar`: cada orden importa este módulo

        anterior = _temporal_al_lado(destino)
        self.apartados.append(anterior)
        datos = os.lstat(destino)
        shutil.copy2(destino, anterior, follow_symlinks=False)
        if not os.path.islink(anterior):
            os.utime(anterior)
            self.tiempos[anterior] = (datos.st_atime_ns, datos.st_mtime_ns)
        return anterior

    def _quitar(self, destino: Path) -> None:
        if not os.path.lexists(destino):
            return
        anterior = self._apartar(destino)
        os.unlink(destino)
        self.puestos.append((destino, anterior))

    def _poner(self, destino: Path, temporal: Path) -> None:
        anterior = None
        if not self.reemplazar:
            with open(destino, "xb"):   # el nombre, tomado: un archivo que apareció entretanto no se pisa
                pass
        elif os.path.lexists(destino):
            anterior = self._apartar(destino)
        try:
            os.replace(temporal, destino)
        except BaseException:
            if not self.reemplazar:
                os.unlink(destino)   # el que se acaba de tomar, vacío
            raise
        self.puestos.append((destino, anterior))

    def deshacer(self) -> None:
        """Vuelve a poner los anteriores (o borra lo puesto donde no había nada), del último al primero. Si uno no
        se puede (otro programa abrió entretanto el recién puesto), su anterior queda a la vista al lado
        (`_a_la_vista`: con el nombre de un temporal, la próxima escritura en la carpeta lo borraría), salvo sin
        `anteriores_a_la_vista`, y `no_repuestos` lo anota para decirlo (`con_lo_no_repuesto`)."""
        while self.puestos:
            destino, anterior = self.puestos.pop()
            try:
                if anterior is None:
                    os.unlink(destino)
                else:
                    os.replace(anterior, destino)
            except OSError as error:
                if anterior is not None and self.anteriores_a_la_vista:
                    self.apartados.remove(anterior)
                    anterior = _a_la_vista(destino, anterior)
                self.no_repuestos.append((destino, anterior if self.anteriores_a_la_vista else None,
                                          motivo_del_sistema(error)))
                continue
            if anterior in self.tiempos:   # el anterior, con sus fechas (la copia llevaba las de ahora)
                try:
                    os.utime(destino, ns=self.tiempos[anterior])
                except OSError:
                    pass

    def con_lo_no_repuesto(self, error: ErrorEscritorio) -> ErrorEscritorio:
        """El mismo error, con lo que no quedó como estaba dicho al final (nada, si `deshacer` dejó todo)."""
        partes = []
        for destino, anterior, motivo in self.no_repuestos:
            if destino in self.a_quitar:
                partes.append(traducir("{0} no se pudo volver a poner ({1}): el anterior está en {2}.").format(
                    destino, motivo, anterior) if anterior else traducir(
                    "{0} no se pudo volver a poner ({1}).").format(destino, motivo))
            elif anterior is not None:
                partes.append(traducir("{0} no se pudo dejar como estaba ({1}): tiene lo recién escrito, que no quedó "
                                       "guardado; el anterior está en {2}.").format(destino, motivo, anterior))
            elif self.anteriores_a_la_vista:
                partes.append(traducir("{0} no se pudo quitar ({1}): tiene lo recién escrito, que no quedó guardado; "
                                       "bórrelo.").format(destino, motivo))
            else:
                partes.append(traducir("{0} no se pudo dejar como estaba ({1}): tiene lo recién escrito.").format(
                    destino, motivo))
        self.no_repuestos.clear()   # dicho una vez, aunque el error pase también por `escribir_juntos`
        if partes:
            error.mensaje = " ".join([error.mensaje, *partes])
            error.args = (error.mensaje, *error.args[1:])
        return error

    def limpiar(self) -> None:
        """Los temporales y las copias de los anteriores. Uno que no se deja borrar (un antivirus lo tiene abierto) no
        cambia lo que pasó: queda oculto y la limpieza de temporales lo borra después (documentos/temporales.py)."""
        for resto in (*self.temporales.values(), *self.apartados):
            try:
                os.unlink(resto)
            except OSError:
                pass


@contextmanager
def escribir_juntos(destinos: dict[Path, str], *, reemplazar: bool = False, sin_hacer: str | None = None,
                    anteriores_a_la_vista: bool = True) -> Iterator[Juntos]:
    """Escribe los archivos de `destinos` ({ruta ya comprobada con `comprobar_salida`: qué es}) todos o ninguno:

        with escribir_juntos({datos: "los datos", carta: "la carta"}, reemplazar=True) as juntos:
            with transaccion(db):
                ...                                    # lo que anota la base
                juntos.escribir(datos, contenido)
                juntos.escribir(carta, escribir_carta_pdf, carta)
                juntos.poner()                         # el último paso antes de confirmar

    Si algo falla, aun después de `poner` (al confirmar la transacción), cada destino queda como estaba: el archivo
    anterior con sus mismos bytes, o ninguno. Nunca quedan temporales. Si otro programa abrió un destino recién
    puesto y no deja volver atrás, el anterior queda a la vista junto a él y el error lo dice (`Juntos.deshacer`)."""
    destinos = {Path(destino): que for destino, que in destinos.items()}
    for destino, que in destinos.items():
        _exigir_dentro_de_la_simulacion(destino, que)
    juntos = Juntos(destinos, reemplazar, sin_hacer or traducir("no se guardó nada"), anteriores_a_la_vista)
    try:
        yield juntos
    except ErrorEscritorio as error:
        juntos.deshacer()
        raise juntos.con_lo_no_repuesto(error)
    except BaseException:
        juntos.deshacer()
        raise
    finally:
        juntos.limpiar()
