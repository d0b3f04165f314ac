"""Errores que un usuario puede provocar: llevan un mensaje en castellano listo para mostrar."""


class ErrorEscritorio(Exception):
    """Error de datos o de uso con un mensaje para el usuario (nunca una traza)."""

    def __init__(self, mensaje: str):
        super().__init__(mensaje)
        self.mensaje = mensaje


class ErrorBaseDeDatos(ErrorEscritorio):
    """El archivo de base de datos no se puede abrir o no es de Escritorio."""


class ErrorBaseDanada(ErrorBaseDeDatos):
    """El archivo es una base de Escritorio pero está dañado: se puede apartar y recuperar un respaldo."""


class ErrorValidacion(ErrorEscritorio):
    """Uno o varios datos no son válidos; `problemas` los enumera."""

    def __init__(self, mensaje: str, problemas: list | None = None):
        super().__init__(mensaje)
        self.problemas = list(problemas or [])


class Cancelado(ErrorEscritorio):
    """El usuario canceló una operación larga; no se escribió nada."""

    def __init__(self):
        super().__init__("Operación cancelada: no se modificó nada.")
