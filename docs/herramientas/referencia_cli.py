"""La referencia de la línea de órdenes (`docs/cli.md`), escrita desde el analizador real de `escritorio/cli/`.

Cada orden sale con lo que dice su `--help`: la descripción, la forma de uso, cada argumento y opción con su
ayuda y el epílogo (ejemplos, códigos de salida propios). Nada se escribe a mano en `docs/cli.md`: una opción
nueva, una ayuda que cambia o una orden que se quita cambian la referencia con `make referencia-cli`, y
`tests/documentacion/test_referencia_cli.py` falla si el archivo no es el que sale del analizador.

    .venv/bin/python docs/herramientas/referencia_cli.py             # escribe docs/cli.md
    .venv/bin/python docs/herramientas/referencia_cli.py --comprobar # sale con 1 si está desactualizado
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from contextlib import contextmanager
from pathlib import Path

from escritorio.cli.papeles_en_el_servidor import PAPELES_POR_ORDEN, en_palabras

RAIZ = Path(__file__).resolve().parents[2]
DESTINO = RAIZ / "docs" / "cli.md"
ANCHO = 100   # el de la forma de uso y los epílogos (argparse lo toma de COLUMNS)

# Los estados de salida comunes a todas las órdenes (los define `escritorio/cli/__init__.py`; los propios de una
# orden, como los de «documento verificar», los dice su epílogo). La prueba los compara con las constantes del código.
ESTADOS_DE_SALIDA = [
    (0, "bien: se hizo lo pedido"),
    (1, "error de datos: la regla no lo admite, el dato no existe o el archivo no se puede leer; el mensaje, en "
        "castellano y sin traza, dice qué hacer, y no se guardó nada"),
    (2, "error de uso: la orden está mal escrita (una opción que no existe, un id con letras, una fecha imposible); "
        "no se guardó nada"),
    (3, "lo pedido se guardó pero el archivo de salida no (el pago quedó registrado y su recibo no se pudo "
        "escribir; la firma quedó guardada y el PDF no): el mensaje da la orden para volver a generarlo, sin repetir "
        "la original"),
    (4, "en `documento verificar`: auténtico pero reemplazado; en `firma verificar`: firmas íntegras, pero algún "
        "certificado sin una autoridad de confianza"),
    (5, "en `documento verificar`: alterado o desconocido; en `firma verificar`: alguna firma alterada o el archivo "
        "modificado después de firmar"),
    (6, "en `documento verificar`: un borrador auténtico, no el acta aprobada"),
    (7, "en `documento verificar`: un documento de esta base sin código de verificación"),
    (8, "en `documento verificar`: registrado en esta base, pero sin prueba de su fecha (el sello de tiempo que lo "
        "cubre es muy posterior a la fecha que la base le da)"),
]

INTRODUCCION = """\
# Referencia de la línea de órdenes

<!-- Generado por docs/herramientas/referencia_cli.py desde escritorio/cli/: no lo edite a mano.
     Para cambiarlo, cambie la ayuda en el código y corra «make referencia-cli». -->

Cada orden de `escritorio` con lo que muestra su `--help`. Sin orden, `escritorio` abre la ventana; con una,
trabaja sin ventana (sin Qt: sirve en un servidor sin pantalla). En el programa instalado en Windows la orden se
llama `Escritorio.exe`; desde el código, `python -m escritorio` o `.venv/bin/escritorio`. Los mensajes y la ayuda
de la línea de órdenes están en castellano; `--idioma` cambia solo el idioma de los documentos que escribe.

Para qué sirve cada orden y ejemplos de uso: la [guía de usuaria](guia/es/14-linea-de-ordenes.md) y las páginas de
[referencia](referencia/README.md) de cada área.

Las opciones generales van **antes** de la orden: `escritorio --db C:\\redes\\litoral.db miembros listar`.
`--asociacion SIGLA` (después de la orden) se puede omitir cuando la base tiene una sola asociación.
`--json` da lo mismo para otro programa: el valor exacto, sin recortar.

«En el servidor: …», en cada orden, dice qué papel la corre sobre una base del servidor PostgreSQL
([Varias personas](servidor.md#lo-que-puede-cada-papel-aunque-entre-con-psql)). Lo hace cumplir el servidor
mismo; la tabla está en `escritorio/cli/papeles_en_el_servidor.py` y `tests/servidor/test_papeles_por_orden.py`
corre las órdenes con el login de cada papel contra un PostgreSQL de verdad.
"""


SIMULAR = """\
## Simular una orden

`--simular` al final de una orden que cambia la base la corre entera contra la base y al final deshace todo: dice lo
que diría (el mandato que registraría, el traspaso, los cargos que emitiría…) y termina con «Simulación: no se guardó
nada.» (con `--json`, esa línea va a la salida de errores y la salida normal sigue siendo JSON). Nada queda en la
base, la bitácora no se sella, el testigo de la base no cambia y nada sale del equipo (ni correo, ni sellos de tiempo,
ni otra conexión). El estado de salida es el que tendría la orden: 0 si se puede hacer, 1 y el mensaje de siempre si
no. Sirve para probar antes lo que propone `escritorio agenda`:

```
escritorio organos designar "Secretaría Ejecutiva" --miembro 12 --cargo titular --desde 2029-01-01 --simular
```

Con `--simular` no se crea una base nueva ni se escribe ningún archivo. Las órdenes que escriben el archivo que se
les pide y saben hacerlo aparte lo escriben en una carpeta temporal que se borra al terminar (la ruta pedida se
comprueba como siempre y nunca se crea): {salidas}. Cualquier otra orden que iba a escribir un archivo, conectarse o
abrir otro programa se detiene antes, con el estado 1 y sin haber guardado nada.

Tienen su propio `--simular`, que dice lo que harían sin hacerlo: {propias}.

No se simulan (estado 2: trabajan fuera de una transacción de la base que se pueda deshacer, o solo se conectan):

{no_se_simulan}
"""


def _simular(raiz) -> list[str]:
    """La sección «Simular una orden», con las listas que salen del código (cli/simulacion.py y el analizador)."""
    from escritorio.cli.simulacion import NO_SE_SIMULAN

    propias, salidas = [], []
    for camino, analizador in ordenes(raiz):
        if es_grupo(analizador):
            continue
        opciones = {o for a in analizador._actions for o in a.option_strings}
        nombre = "`" + " ".join(camino) + "`"
        if "--simular" in opciones:
            propias.append(nombre)
        if analizador.get_default("salidas"):
            salidas.append(nombre)
    no_se_simulan = [f"- `{' '.join(clave)}`: {motivo}." for clave, motivo in NO_SE_SIMULAN.items()]
    return SIMULAR.format(salidas=", ".join(salidas), propias=", ".join(propias),
                          no_se_simulan="\n".join(no_se_simulan)).splitlines() + [""]


def construir():
    """El analizador entero, como lo arma la ayuda general."""
    from escritorio.cli import construir_analizador

    return construir_analizador()


@contextmanager
def ancho_fijo():
    """argparse toma el ancho de la terminal (COLUMNS): mientras se escribe la referencia, siempre el mismo."""
    antes = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(ANCHO)
    try:
        yield
    finally:
        if antes is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = antes


def ordenes(analizador, camino=()):
    """(camino, analizador) de cada orden y grupo de órdenes, en el orden de la ayuda."""
    for accion in analizador._actions:
        if isinstance(accion, argparse._SubParsersAction):
            for nombre, hijo in accion.choices.items():
                yield camino + (nombre,), hijo
                yield from ordenes(hijo, camino + (nombre,))


def es_grupo(analizador) -> bool:
    return any(isinstance(a, argparse._SubParsersAction) for a in analizador._actions)


def ancla(titulo: str) -> str:
    """El ancla que GitHub le da a un título (minúsculas, sin signos, espacios por guiones)."""
    return re.sub(r"[^\w\- ]", "", titulo.lower()).replace(" ", "-")


def _celda(texto: str) -> str:
    return " ".join(texto.split()).replace("|", "\\|")


def _argumentos(analizador) -> list[str]:
    formato = analizador._get_formatter()
    filas = []
    for accion in analizador._actions:
        if isinstance(accion, (argparse._HelpAction, argparse._SubParsersAction)) or accion.help == argparse.SUPPRESS:
            continue
        invocacion = formato._format_action_invocation(accion)
        ayuda = formato._expand_help(accion) if accion.help else ""
        filas.append(f"| `{_celda(invocacion)}` | {_celda(ayuda)} |")
    if not filas:
        return []
    return ["| argumento | qué es |", "|---|---|", *filas, ""]


def _bloque(texto: str) -> list[str]:
    return ["```", texto.rstrip("\n"), "```", ""]


def seccion(camino: tuple[str, ...], analizador) -> list[str]:
    nombre = "escritorio " + " ".join(camino)
    nivel = "##" if len(camino) == 1 else "###"
    lineas = [f"{nivel} {nombre}", ""]
    if analizador.description:
        lineas += [" ".join(analizador.description.split()), ""]
    lineas += _bloque(analizador.format_usage().strip())
    if es_grupo(analizador):
        hijos = [(n, h) for a in analizador._actions if isinstance(a, argparse._SubParsersAction)
                 for n, h in a.choices.items()]
        lineas += [", ".join(f"[{n}](#{ancla(nombre + ' ' + n)})" for n, _ in hijos), ""]
    lineas += _argumentos(analizador)
    if not es_grupo(analizador) and " ".join(camino) in PAPELES_POR_ORDEN:
        lineas += [en_palabras(" ".join(camino)), ""]
    if analizador.epilog:
        lineas += _bloque(analizador.epilog)
    return lineas


def generar() -> str:
    with ancho_fijo():
        return _generar(construir())


def _generar(raiz) -> str:
    lineas = INTRODUCCION.splitlines() + [""]
    lineas += ["## Estados de salida", "", "| estado | qué quiere decir |", "|---|---|"]
    lineas += [f"| {estado} | {texto} |" for estado, texto in ESTADOS_DE_SALIDA] + [""]
    lineas += ["## Opciones generales", ""] + _bloque(raiz.format_usage().strip()) + _argumentos(raiz)
    lineas += _bloque(raiz.epilog)
    lineas += _simular(raiz)
    todas = list(ordenes(raiz))
    lineas += ["## Órdenes", ""]
    for camino, analizador in todas:
        if len(camino) == 1:
            hijos = [c for c, _ in todas if len(c) > 1 and c[0] == camino[0] and not es_grupo(_)]
            texto = f"- [{camino[0]}](#{ancla('escritorio ' + camino[0])})"
            if hijos:
                texto += ": " + ", ".join(f"[{' '.join(c[1:])}](#{ancla('escritorio ' + ' '.join(c))})" for c in hijos)
            lineas.append(texto)
    lineas.append("")
    for camino, analizador in todas:
        lineas += seccion(camino, analizador)
    return "\n".join(lineas).rstrip("\n") + "\n"


def principal(argv: list[str] | None = None) -> int:
    analizador = argparse.ArgumentParser(description="Escribe docs/cli.md desde el analizador de la línea de órdenes.")
    analizador.add_argument("--comprobar", action="store_true", help="no escribe: sale con 1 si está desactualizado")
    args = analizador.parse_args(argv)
    nuevo = generar()
    if DESTINO.is_file() and DESTINO.read_text(encoding="utf-8") == nuevo:
        return 0
    if args.comprobar:
        print("docs/cli.md está desactualizado: corra «make referencia-cli».", file=sys.stderr)
        return 1
    DESTINO.write_text(nuevo, encoding="utf-8")
    print(f"Escrito {DESTINO.relative_to(RAIZ)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(RAIZ))
    sys.exit(principal())
