"""Actualizaciones perdidas: un formulario no pisa en silencio lo que otro escritor guardó entretanto.

Un formulario de edición recuerda el registro tal como lo leyó al abrirse. Al guardar, DENTRO de la
transacción de escritura (nadie más puede escribir entre la comprobación y el guardado), se compara con el
registro actual; si otro programa (la línea de órdenes, otra ventana) lo cambió, no se guarda nada y se
lanza ErrorConflicto con lo que cambió, para que la persona elija sobrescribir, recargar o cancelar.
"""

from collections.abc import Callable

from ..dominio.traduccion import traducir
from ..errores import ErrorConflicto


def _igualable(valor: object) -> object:
    if isinstance(valor, bool):
        return int(valor)
    if isinstance(valor, str) and not valor.strip():
        return None
    return valor


def _mostrable(valor: object) -> str:
    return traducir("(vacío)") if valor is None or valor == "" else str(valor)


def exigir_sin_cambios(leido: dict | None, actual: dict, campos: dict[str, str], que: str,
                       mostrar: dict[str, Callable[[object], str]] | None = None) -> None:
    """Lanza ErrorConflicto si algún campo de `campos` (campo -> rótulo) difiere entre `leido` (el registro
    al abrir el formulario) y `actual` (leído dentro de la transacción). Sin `leido`, no compara.

    `que` nombra el registro en el mensaje («el miembro «Rosario»»); `mostrar` da, por campo, cómo escribir
    un valor para una persona (un código de tipo como su nombre, una fecha como dd/mm/aaaa). Los rótulos y `que`
    llegan ya en el idioma en curso (quien llama los pasa por `traducir`)."""
    if leido is None:
        return
    mostrar = mostrar or {}
    cambios = []
    for campo, rotulo in campos.items():
        antes, ahora = leido.get(campo), actual.get(campo)
        if _igualable(antes) != _igualable(ahora):
            formato = mostrar.get(campo, _mostrable)
            cambios.append((rotulo, formato(antes), formato(ahora)))
    if not cambios:
        return
    lineas = "\n".join(f"  - {rotulo}: «{antes}» → «{ahora}»" for rotulo, antes, ahora in cambios)
    raise ErrorConflicto(traducir(
        "No se guardó nada: mientras el formulario estaba abierto, otro programa (la línea de órdenes u otra ventana) "
        "cambió {0}:\n{1}\nPuede sobrescribir esos cambios con los suyos, recargar el formulario con los datos "
        "actuales (se pierde lo que escribió) o cancelar y revisar.").format(que, lineas), cambios, actual)
