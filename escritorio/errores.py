"""Errores que un usuario puede provocar: llevan un mensaje listo para mostrar, en el idioma en curso."""


class ErrorEscritorio(Exception):
    """Error de datos o de uso con un mensaje para el usuario (nunca una traza)."""

    def __init__(self, mensaje: str):
        super().__init__(mensaje)
        self.mensaje = mensaje


class ErrorBaseDeDatos(ErrorEscritorio):
    """El archivo de base de datos no se puede abrir o no es de Escritorio."""


class ErrorClaveDelServidor(ErrorBaseDeDatos):
    """El servidor pide una clave que no se dio, o rechazó la dada: se puede pedir y volver a intentar."""


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
        from .dominio.traduccion import traducir  # aquí y no arriba: dominio importa errores

        super().__init__(traducir("Operación cancelada: no se modificó nada."))


class ErrorBaseReemplazada(ErrorBaseDeDatos):
    """El archivo de la base abierta ya no es el de su ruta (otro proceso restauró un respaldo, lo movió o lo
    borró): no se escribe en el archivo viejo, hay que volver a abrir la base."""


class ErrorBaseOcupada(ErrorBaseDeDatos):
    """Otro programa retiene el permiso de escritura más tiempo del que se espera: no se guardó nada."""


class ErrorConflicto(ErrorEscritorio):
    """Otro escritor (la línea de órdenes, otra ventana) cambió el registro desde que se abrió el formulario.

    No se guardó nada. `cambios` enumera (rótulo, valor al abrir, valor actual) de cada campo que cambió;
    `actual` es el registro como está ahora en la base: guardar de nuevo pasando `actual` como lo leído
    sobrescribe a sabiendas (y vuelve a preguntar si entretanto cambió otra vez).
    """

    def __init__(self, mensaje: str, cambios: list[tuple[str, object, object]], actual: dict | None = None):
        super().__init__(mensaje)
        self.cambios = list(cambios)
        self.actual = actual
