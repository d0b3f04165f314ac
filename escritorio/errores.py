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
    """El archivo es una base de Escritorio pero está dañado: se puede apartar y recuperar un respaldo.

    `mensaje` dice además cómo recuperarla desde la línea de órdenes; `problema`, solo lo que pasó (la ventana
    ofrece recuperarla con un botón)."""

    def __init__(self, mensaje: str, problema: str | None = None):
        super().__init__(mensaje)
        self.problema = mensaje if problema is None else problema


class ProblemaDeCampo(str):
    """Un problema de un dato, dicho para leer (es el texto mismo: se muestra, se une y se compara como cualquier
    texto, y la línea de órdenes lo imprime tal cual) y con `campo`, la clave del dato del que habla («monto»,
    «fecha», «ordinaria.fraccion»), para que la ventana marque ese campo sin leer el texto.

    `motivo` es el texto sin el rótulo del campo delante («la fracción 5/0 no sirve…» en lugar de «Ordinaria: la
    fracción 5/0 no sirve…»): lo que dice la ayuda del campo marcado. Sin él, el texto entero."""

    campo: str | None
    motivo: str

    def __new__(cls, campo: str | None, mensaje: str, motivo: str | None = None) -> "ProblemaDeCampo":
        problema = super().__new__(cls, mensaje)
        problema.campo = campo
        problema.motivo = str(mensaje) if motivo is None else motivo
        return problema

    def __getnewargs__(self) -> tuple:   # copia y pickle: con su campo
        return self.campo, str(self), self.motivo

    @property
    def mensaje(self) -> str:
        return str(self)


def problemas_por_campo(problemas) -> dict[str, "ProblemaDeCampo"]:
    """campo -> el primer problema que habla de él (los textos sin campo no entran)."""
    campos: dict[str, ProblemaDeCampo] = {}
    for problema in problemas:
        campo = getattr(problema, "campo", None)
        if campo:
            campos.setdefault(campo, problema)
    return campos


class ErrorValidacion(ErrorEscritorio):
    """Uno o varios datos no son válidos; `problemas` los enumera (textos; los que son `ProblemaDeCampo` dicen
    además de qué campo hablan). `campos`: clave del campo -> el texto de su problema, para marcar el formulario
    (los de `campos` dados y, si no, el primer `ProblemaDeCampo` de cada campo)."""

    def __init__(self, mensaje: str, problemas: list | None = None, campos: dict[str, str] | None = None):
        super().__init__(mensaje)
        self.problemas = list(problemas or [])
        self.campos: dict[str, str] = {**problemas_por_campo(self.problemas), **(campos or {})}


class Cancelado(ErrorEscritorio):
    """El usuario canceló una operación larga; no se escribió nada. El mensaje lo arma quien ofrece cancelar (la
    ventana: `interfaz.trabajos.cancelado()`), en el idioma en curso."""


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
