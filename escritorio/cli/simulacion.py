"""«--simular» en cualquier orden: `escritorio … ORDEN … --simular` corre la orden entera contra la base y al final
deshace todo, y termina con «Simulación: no se guardó nada.» (issue 66). Sirve para saber si una orden se puede
hacer (la agenda propone solo lo que se puede: tests/escenarios/test_agenda_que_se_puede_hacer.py) y qué diría.

Lo que decide este módulo, y por qué:

- **Las órdenes que tienen su propio --simular lo conservan** (cuotas emitir, estatutos cargar y reformar, miembros
  importar, baja, suspender y ubicar, pagos importar, organos traspaso, derechos suprimir, correo convocatoria, acta,
  resolución, recibo, avisos y enviar): argparse se lo da a ellas; aquí llega solo el de las demás
  (`cli.__init__._principal` lo deja afuera del análisis con `parse_known_args`).
- **La base.** La orden corre dentro de `servicios.base.simulacion` (datos/conexion.py; en el servidor,
  datos/postgres/transaccion.py): una transacción de afuera que nunca se confirma. Cada escritura de los servicios es
  adentro un SAVEPOINT, así que nada se guarda, la bitácora no se sella, el testigo de la base no avanza y al cerrarla
  no se calculan estadísticas ni se pide un sello de tiempo. Una orden sin base no crea una (`comun.abrir_base_de`).
- **Lo que no se simula** (`NO_SE_SIMULAN`): las órdenes que trabajan fuera de una transacción de la base (los
  respaldos, el servidor, «derechos limpiar»), que escriben afuera por naturaleza (publicar, la red de ejemplo), que
  solo se conectan (correo probar, sellar-tiempo) o que corren otras órdenes (lote: cada línea lleva su --simular).
  Se rechazan antes de abrir la base, con el estado 2 (un error de uso) y qué hacer.
- **Los archivos.** Una orden que escribe el archivo que se le pide y lo declara (`set_defaults(salidas=(…))`:
  cuotas avisos y exportar, derechos acceso, las que propone la agenda) lo escribe aparte, en una carpeta temporal
  que se borra al terminar: la ruta pedida se comprueba como siempre (la carpeta, un archivo que ya existe sin
  --reemplazar) y nunca se crea; lo que la orden dice de esa ruta se muestra con la pedida. Cualquier otro archivo se
  rechaza antes de escribirlo (`salida.simular_en`): la orden termina con el estado 1, sin haber guardado nada.
- **Nada sale del equipo.** Mientras corre la orden, un gancho de auditoría de Python (`sys.addaudithook`, que no se
  puede quitar: se instala una vez y solo actúa en el hilo que simula) detiene cualquier conexión de red (el correo,
  un sello de tiempo, una dirección web), otro programa y la escritura de archivos fuera de la carpeta de la
  simulación, la temporal del sistema (donde las bibliotecas arman lo suyo y lo borran), el código compilado de Python
  y el registro de errores, con un mensaje que dice qué iba a hacer. Un archivo que la orden escribe donde se le pide
  pasa antes por `salida.comprobar_salida`, que lo rechaza aunque se pida en la carpeta temporal. Lo que escribe
  código de C sin pasar por Python (pikepdf, libpq) no lo ve: por eso la lista de arriba y la comprobación de las
  rutas.
- **Abrir la base** no lo vigila (`abriendo`): es lo de cualquier orden, también de las que solo leen (probar que la
  carpeta admite escribir, el diario, su testigo, la actualización a esta versión). Si la base nunca se comprobó
  entera (una copia recién hecha), la simulación la comprueba como la primera escritura y lo anota en su testigo.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import threading
from contextlib import ExitStack, contextmanager
from pathlib import Path

from ..errores import ErrorEscritorio

CIERRE = "Simulación: no se guardó nada."

# (orden,) u (orden, acción) -> por qué no se simula y qué hacer en su lugar.
NO_SE_SIMULAN = {
    ("demo",): "crea la red de ejemplo en una base nueva; para verla sin tocar la suya, créela en otro archivo "
               "(«escritorio --db prueba.db demo»)",
    ("lote",): "corre las órdenes de un archivo, cada una con su propia apertura de la base; escriba --simular al "
               "final de cada línea que quiera simular",
    ("respaldo",): "trabaja con copias del archivo de la base, fuera de ella",
    ("servidor",): "prepara bases y usuarios de un servidor PostgreSQL o mueve bases entre el archivo y el "
                   "servidor, fuera de una transacción que se pueda deshacer",
    ("publicar",): "escribe el sitio de transparencia en una carpeta o lo sube; mire antes lo que es público con "
                   "«escritorio publicar --help»",
    ("verificar",): "no cambia la base (la comprueba y anota lo que encuentra en su testigo): córrala sin --simular",
    ("derechos", "limpiar"): "reescribe el archivo entero de la base (VACUUM), lo que no se puede deshacer",
    ("correo", "probar"): "solo se conecta con el servidor de correo para probar la cuenta: no cambia nada",
    ("correo", "aceptar-certificado"): "se conecta con el servidor de correo para leer su certificado",
    ("bitacora", "sellar-tiempo"): "pide el sello de tiempo a un servidor por la red",
}


class SimulacionDetenida(ErrorEscritorio):
    """Una orden simulada iba a hacer algo que la simulación no hace (escribir un archivo, conectarse, abrir otro
    programa): se detuvo antes, y nada se guardó."""


def no_se_simula(args) -> str | None:
    """Por qué la orden de `args` no admite el --simular de todas (None: lo admite)."""
    orden, accion = getattr(args, "orden", None), getattr(args, "accion", None)
    return NO_SE_SIMULAN.get((orden, accion)) or NO_SE_SIMULAN.get((orden,))


def rechazo(args, motivo: str) -> str:
    """El mensaje de una orden que no se simula."""
    nombre = " ".join(p for p in (getattr(args, "orden", None), getattr(args, "accion", None)) if p)
    return (f"«escritorio {nombre}» no se puede simular con --simular: {motivo}. No se hizo nada. El --simular "
            "de todas las órdenes corre la orden contra la base y deshace todo al final; sirve para las que solo "
            "cambian la base.")


def _no_escribe(ruta: Path, que: str) -> ErrorEscritorio:
    return SimulacionDetenida(
        f"La simulación se detuvo antes de escribir {que} en {ruta}: con --simular no se escribe ningún archivo y "
        "esta orden no sabe escribirlo aparte. No se guardó nada. Para escribirlo, repita la orden sin --simular.")


# --- el gancho de auditoría: lo que la orden simulada no hace -----------------------------------------------------

_activa: dict = {"hilo": None, "permitidas": ()}
_gancho = {"instalado": False}
_ESCRIBEN = ("w", "a", "x", "+")
_BANDERAS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
_RUTAS = {"os.remove": (0,), "os.rename": (0, 1), "os.mkdir": (0,), "os.rmdir": (0,), "os.truncate": (0,),
          "os.link": (1,), "os.symlink": (1,), "os.chmod": (0,), "os.chown": (0,), "os.utime": (0,),
          "shutil.copyfile": (1,), "shutil.copytree": (1,), "shutil.move": (0, 1), "shutil.rmtree": (0,),
          "shutil.copymode": (1,), "shutil.copystat": (1,)}
_RED = ("socket.connect", "socket.sendto", "socket.sendmsg", "smtplib.connect", "urllib.Request", "http.client.connect")
_PROGRAMAS = ("subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.startfile",
              "webbrowser.open", "os.fork", "os.forkpty")


def _permitida(ruta) -> bool:
    if isinstance(ruta, int):   # un descriptor ya abierto
        return True
    try:
        camino = Path(os.fsdecode(ruta)).resolve()
    except (TypeError, ValueError, OSError):
        return False
    if "__pycache__" in camino.parts:   # Python guarda el código compilado de lo que importa
        return True
    return any(camino == carpeta or carpeta in camino.parents for carpeta in _activa["permitidas"])


def _al_auditar(evento: str, argumentos: tuple) -> None:
    if _activa["hilo"] is None or _activa["hilo"] != threading.get_ident():
        return
    if evento == "open":
        ruta, modo, banderas = (tuple(argumentos) + (None, None, None))[:3]
        escribe = (any(c in modo for c in _ESCRIBEN) if isinstance(modo, str)
                   else isinstance(banderas, int) and bool(banderas & _BANDERAS))
        if escribe and not _permitida(ruta):
            raise _no_escribe(Path(os.fsdecode(ruta)), "un archivo")
    elif evento in _RUTAS:
        for posicion in _RUTAS[evento]:
            if posicion < len(argumentos) and argumentos[posicion] is not None and not _permitida(argumentos[posicion]):
                raise _no_escribe(Path(os.fsdecode(argumentos[posicion])), "un archivo")
    elif evento in _RED:
        destino = argumentos[1] if evento.startswith("socket.") and len(argumentos) > 1 else (
            argumentos[0] if argumentos else "")
        if isinstance(destino, tuple) and destino:
            destino = ":".join(str(parte) for parte in destino[:2])
        raise SimulacionDetenida(
            f"La simulación se detuvo antes de conectarse a {getattr(destino, 'full_url', destino)}: con --simular "
            "nada sale del equipo (ni correo, ni sellos de tiempo, ni pedidos a un servidor). No se guardó nada. "
            "Repita la orden sin --simular para hacerlo.")
    elif evento in _PROGRAMAS:
        raise SimulacionDetenida(
            "La simulación se detuvo antes de abrir otro programa: con --simular la orden solo trabaja con la base. "
            "No se guardó nada. Repita la orden sin --simular para hacerlo.")


def _instalar_el_gancho() -> None:
    if not _gancho["instalado"]:
        sys.addaudithook(_al_auditar)
        _gancho["instalado"] = True


# --- la salida de la orden, con la ruta pedida en lugar de la aparte ------------------------------------------------

class _ConLasRutasPedidas:
    """Un flujo que escribe lo que recibe con cada ruta aparte cambiada por la que pidió quien usa la orden."""

    def __init__(self, flujo, cambios: dict[str, str]):
        self._flujo, self._cambios = flujo, cambios

    def write(self, texto: str) -> int:
        for aparte, pedida in self._cambios.items():
            texto = texto.replace(aparte, pedida)
        return self._flujo.write(texto)

    def writelines(self, lineas) -> None:
        for linea in lineas:
            self.write(linea)

    def __getattr__(self, nombre: str):
        return getattr(self._flujo, nombre)


class Simulacion:
    """La simulación de una orden: `with Simulacion(args): funcion(args)`. Cada base que abre la orden
    (`comun.abrir_base_de`) entra con `abrir(db)`; al salir se deshace todo, se borra la carpeta aparte y la salida
    vuelve a ser la de siempre."""

    def __init__(self, args):
        self.args = args
        self._pila = ExitStack()
        self._carpeta: Path | None = None
        self._cambios: dict[str, str] = {}
        self.pedidas: list[str] = []      # lo que la orden escribió aparte: «ARCHIVO» o «nada en CARPETA»
        self._flujos = None

    def abrir(self, db) -> None:
        from ..servicios.base import simulacion

        self._pila.enter_context(simulacion(db))

    @contextmanager
    def abriendo(self):
        """Mientras se abre la base, el gancho no mira: abrirla (probar que su carpeta admite escribir, su diario, su
        testigo, la actualización a esta versión) es lo de cualquier orden, también de las que solo leen, no lo que
        hace la orden."""
        hilo, _activa["hilo"] = _activa["hilo"], None
        try:
            yield
        finally:
            _activa["hilo"] = hilo

    def _salidas_aparte(self) -> None:
        """Cada salida declarada de la orden, comprobada donde se pidió y escrita en la carpeta aparte."""
        from ..salida import comprobar_salida

        for nombre in getattr(self.args, "salidas", ()):
            valor = getattr(self.args, nombre, None)
            if valor is None:
                continue
            pedida = Path(valor)
            if pedida.is_dir() or not pedida.suffix:   # una carpeta donde la orden escribe sus archivos
                if not pedida.is_dir():
                    raise ErrorEscritorio(f"No existe la carpeta {pedida}: no se hizo nada. Elija una carpeta "
                                          "existente (o créela primero).")
                aparte = self._carpeta / f"{nombre}-{len(self._cambios)}"
                aparte.mkdir()
            else:
                comprobar_salida(pedida, pedida.suffix, "el archivo", reemplazar=bool(getattr(self.args, "reemplazar",
                                                                                              False)))
                aparte = self._carpeta / f"{nombre}-{len(self._cambios)}" / pedida.name
                aparte.parent.mkdir()
            setattr(self.args, nombre, type(valor)(aparte) if isinstance(valor, Path) else str(aparte))
            self._cambios[str(aparte)] = str(pedida)
            self._cambios[json.dumps(str(aparte))[1:-1]] = json.dumps(str(pedida))[1:-1]
            self.pedidas.append(f"nada en {pedida}" if aparte.is_dir() else str(pedida))

    def __enter__(self):
        self._carpeta = Path(tempfile.mkdtemp(prefix="escritorio-simulacion-"))
        try:
            self._salidas_aparte()
        except BaseException:
            shutil.rmtree(self._carpeta, ignore_errors=True)
            raise
        from ..salida import simular_en

        simular_en(self._carpeta, _no_escribe)
        _instalar_el_gancho()
        # Lo de las bibliotecas en la temporal del sistema (openpyxl arma allí un libro) y el registro de errores.
        _activa["permitidas"] = tuple({self._carpeta.resolve(), Path(tempfile.gettempdir()).resolve(),
                                       *self._del_registro()})
        _activa["hilo"] = threading.get_ident()
        if self._cambios:
            self._flujos = (sys.stdout, sys.stderr)
            sys.stdout = _ConLasRutasPedidas(sys.stdout, self._cambios)
            sys.stderr = _ConLasRutasPedidas(sys.stderr, self._cambios)
        return self

    @staticmethod
    def _del_registro() -> list[Path]:
        """La carpeta del registro de errores: un error inesperado se anota también en una simulación."""
        try:
            from ..registro import archivo_registro

            return [archivo_registro().parent.resolve()]
        except Exception:  # noqa: BLE001 - sin carpeta de datos no hay registro que permitir
            return []

    def __exit__(self, *error) -> bool:
        from ..salida import simular_en

        try:
            return self._pila.__exit__(*error)   # deshace cada base (y traduce lo que la base rechazó)
        finally:
            _activa["hilo"] = None
            _activa["permitidas"] = ()
            simular_en(None)
            if self._flujos is not None:
                sys.stdout, sys.stderr = self._flujos
            shutil.rmtree(self._carpeta, ignore_errors=True)

    def cierre(self) -> str:
        """La línea con que termina una simulación que salió bien."""
        if not self.pedidas:
            return CIERRE
        return f"Simulación: no se guardó nada (tampoco se escribió {', '.join(self.pedidas)})."
