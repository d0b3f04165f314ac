"""argparse en castellano: los mensajes propios de argparse se traducen aquí, en un solo lugar."""

import argparse
import sys
from datetime import date

_TRADUCCIONES = {
    "usage: ": "uso: ",
    "options": "opciones",
    "positional arguments": "argumentos",
    "show this help message and exit": "muestra esta ayuda y termina",
    "the following arguments are required: %s": "faltan estos argumentos obligatorios: %s",
    "unrecognized arguments: %s": "argumentos no reconocidos: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "opción no válida: %(value)r (elija entre %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argumento %(argument_name)s: %(message)s",
    "expected one argument": "falta el valor",
    "invalid %(type)s value: %(value)r": "valor no válido: %(value)r",
    "%(prog)s: error: %(message)s\n": "%(prog)s: error: %(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s": "opción ambigua: %(option)s puede ser %(matches)s",
    "not allowed with argument %s": "no se admite junto con %s",
    "one of the arguments %s is required": "se necesita uno de estos argumentos: %s",
}


def _traducir(texto: str) -> str:
    return _TRADUCCIONES.get(texto, texto)


def _ntraducir(singular: str, plural: str, cantidad: int) -> str:
    return _traducir(singular if cantidad == 1 else plural)


argparse._ = _traducir  # argparse busca sus textos con gettext; aquí no hay catálogo del sistema
argparse.ngettext = _ntraducir


class Analizador(argparse.ArgumentParser):
    """Ayuda en castellano; un error de uso termina con estado 2 y un mensaje sin traza."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("add_help", False)
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", help="muestra esta ayuda y termina")

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\nUse «{self.prog} --help» para ver la ayuda.\n")


def fecha(texto: str) -> date:
    """Tipo de argumento AAAA-MM-DD; un texto que no es fecha da «valor no válido» (error de uso)."""
    try:
        return date.fromisoformat(texto)
    except ValueError:
        raise ValueError(texto) from None


def contexto(args):
    """La base abierta y la asociación elegida (--asociacion o la única) para una orden."""
    from .cli import _asociacion, _base

    db = _base(args)
    return db, _asociacion(db, args)
