"""escritorio lote ARCHIVO: muchas órdenes en un solo proceso, para los guiones de quien da soporte.

Cada línea es una orden escrita como en la consola, sin «escritorio» delante (si lo tiene, se ignora). Las líneas en
blanco y las que empiezan con «#» no cuentan; un «#» en medio de una línea es parte de la orden («#17» es un id).
Las palabras se separan como en la consola de Linux o macOS: las comillas («"…"» o «'…'») juntan palabras con
espacios, y la barra invertida no escapa nada (las rutas de Windows se escriben tal cual, C:\\datos\\red.db).

Cada orden corre como si se la escribiera sola (`correr_una`: la misma función que `escritorio ORDEN`): abre la base
con todas sus comprobaciones, escribe en su propia transacción, la cierra, y da sus mensajes y su estado de salida.
Las opciones generales del lote (--db, --operador, --idioma) valen para cada línea; una línea puede dar las suyas
antes de la orden, y mandan las de la línea. El lote se detiene en la primera orden que no termina con 0 (salvo
--seguir) y termina con el estado de esa orden; el mensaje dice su línea. Con «-», las órdenes se leen de la entrada
estándar a medida que llegan (cada orden corre al terminar su línea).
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Callable, Iterator

from ..errores import ErrorEscritorio

_GENERALES = ("--db", "--operador", "--idioma")
_LARGO_CITADO = 100


def agregar_ordenes(ordenes) -> None:
    lote = ordenes.add_parser(
        "lote", help="corre las órdenes de un archivo (una por línea) en un solo proceso",
        description="Corre las órdenes de ARCHIVO, una por línea y en orden, en un solo proceso (más rápido que un "
                    "proceso por orden). Cada línea es una orden como se escribe en la consola, sin «escritorio» "
                    "delante; las líneas en blanco y las que empiezan con # no cuentan. Cada orden hace lo mismo que "
                    "sola: abre y comprueba la base, da sus mensajes y su estado de salida. --db, --operador e "
                    "--idioma escritos antes de «lote» valen para todas las líneas (una línea puede dar los suyos "
                    "antes de la orden). El lote se detiene en la primera orden que falla y termina con el estado de "
                    "esa orden, diciendo su línea; las anteriores quedan hechas.")
    lote.add_argument("archivo", metavar="ARCHIVO",
                      help="el archivo de órdenes (texto UTF-8), o - para leerlas de la entrada estándar")
    lote.add_argument("--seguir", action="store_true",
                      help="si una orden falla, sigue con las siguientes (el estado de salida es el de la primera "
                           "que falló)")
    lote.set_defaults(funcion=orden_lote)


def palabras_de(linea: str) -> list[str]:
    """Las palabras de una línea del lote (ver arriba); ValueError si una comilla queda sin cerrar."""
    lexico = shlex.shlex(linea, posix=True)
    lexico.whitespace_split = True
    lexico.commenters = ""   # «#17» es un id; solo una línea que empieza con # es un comentario
    lexico.escape = ""       # la barra invertida es parte de la palabra: rutas de Windows
    palabras = list(lexico)
    if palabras[:1] == ["escritorio"]:
        palabras = palabras[1:]
    return palabras


def _lineas_del_archivo(archivo: str) -> Iterator[tuple[int, str]]:
    """(número, texto) de cada línea. Un archivo se lee entero antes de correr nada (si no es texto, no corre
    ninguna orden); la entrada estándar, línea por línea a medida que llega."""
    if archivo == "-":
        yield from _lineas_de_la_entrada()
        return
    from ..rutas import expandir

    ruta = expandir(archivo)
    try:
        datos = ruta.read_bytes()
    except FileNotFoundError:
        raise ErrorEscritorio(f"No existe el archivo de órdenes {ruta}. No se corrió ninguna orden.") from None
    except OSError as error:
        from ..salida import motivo_del_sistema

        raise ErrorEscritorio(f"No se puede leer el archivo de órdenes {ruta} ({motivo_del_sistema(error)}). No se "
                              "corrió ninguna orden.") from None
    try:
        texto = datos.decode("utf-8-sig")   # un archivo guardado con el Bloc de notas puede empezar con la marca BOM
    except UnicodeDecodeError as error:
        numero = datos[:error.start].count(b"\n") + 1
        raise ErrorEscritorio(f"El archivo de órdenes {ruta} no es texto UTF-8 (línea {numero}). No se corrió "
                              "ninguna orden. Guárdelo con la codificación UTF-8.") from None
    yield from enumerate(texto.splitlines(), 1)


def _lineas_de_la_entrada() -> Iterator[tuple[int, str]]:
    entrada = getattr(sys.stdin, "buffer", None)
    if entrada is None:   # una entrada sin bytes (la de un programa que la reemplazó): ya es texto
        yield from enumerate((linea.rstrip("\r\n") for linea in sys.stdin), 1)
        return
    for numero, crudo in enumerate(iter(entrada.readline, b""), 1):
        try:
            linea = crudo.decode("utf-8-sig" if numero == 1 else "utf-8")
        except UnicodeDecodeError:
            raise ErrorEscritorio(f"La línea {numero} de la entrada del lote no es texto UTF-8: no se corrió; las "
                                  "anteriores quedaron hechas.") from None
        yield numero, linea.rstrip("\r\n")


def _citada(linea: str) -> str:
    linea = linea.strip()
    return linea if len(linea) <= _LARGO_CITADO else linea[:_LARGO_CITADO - 1] + "…"


def _generales(args) -> list[str]:
    """Las opciones generales del lote, para ponerlas delante de cada línea (las de la línea van después y mandan)."""
    delante = []
    for opcion in _GENERALES:
        valor = getattr(args, opcion[2:])
        if valor is not None:
            delante += [opcion, str(valor)]
    return delante


def orden_lote(args) -> int:
    correr: Callable[[list[str]], int] = args.correr_una
    delante = _generales(args)
    corridas, fallidas, primer_estado = 0, [], 0
    numero, linea = 0, ""
    try:
        for numero, linea in _lineas_del_archivo(args.archivo):
            if not linea.strip() or linea.lstrip().startswith("#"):
                continue
            corridas += 1
            try:
                palabras = palabras_de(linea)
            except ValueError:
                print(f"Lote, línea {numero}: una comilla quedó sin cerrar en «{_citada(linea)}». La orden no se corrió.",
                      file=sys.stderr)
                estado = 2
            else:
                estado = correr(delante + palabras) if palabras else 0
            _vaciar()
            if estado == 0:
                continue
            fallidas.append(numero)
            primer_estado = primer_estado or estado
            print(f"Lote, línea {numero}: «{_citada(linea)}» terminó con el estado {estado}.", file=sys.stderr)
            if not args.seguir:
                print("El lote se detuvo allí: las órdenes anteriores quedaron hechas y las siguientes no se corrieron. "
                      "Para seguir con las demás aunque una falle: «lote --seguir».", file=sys.stderr)
                return estado
    except KeyboardInterrupt:
        _vaciar()
        print(f"Lote interrumpido en la línea {numero}: esa orden no guardó nada; las anteriores quedaron hechas y "
              "las siguientes no se corrieron.", file=sys.stderr)
        return 1
    if fallidas:
        lineas = ", ".join(map(str, fallidas))
        print(f"Lote: fallaron {len(fallidas)} de {corridas} órdenes (líneas {lineas}); el estado de salida es el de "
              "la primera.", file=sys.stderr)
    return primer_estado


def _vaciar() -> None:
    """Lo que escribió la orden sale antes de la siguiente (a un archivo o a otro programa, la salida va en bloques)."""
    for flujo in (sys.stdout, sys.stderr):
        try:
            flujo.flush()
        except (OSError, ValueError):
            pass
