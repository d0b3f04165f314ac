"""El resultado de una elección con un voto por boleta a partir de sus votos: la única cuenta que usan el recuento en
vivo y el cierre (servicios.recuento_de_eleccion) y la frase que se vuelve a escribir al mostrar una elección cerrada
(servicios.resultados_en_su_idioma). Con varias marcas por boleta, servicios.boletas_de_eleccion.resultado_con_marcas.
"""

from ..dominio.elecciones import ResultadoEleccion, resultado_eleccion, resultado_plurinominal
from ..dominio.mayorias import problema_de_mayoria
from ..dominio.traduccion import traducir


def resultado_de_los_votos(eleccion, nombres: dict[int, str], votos: dict[int, int], otros: tuple[int, int, int],
                           mayoria: str | None, base: str | None, presentes: int,
                           con_derecho: int) -> ResultadoEleccion:
    """El resultado con la mayoría y la base dadas (o simple sobre emitidos, si no valen para una elección); con
    varios puestos, por pluralidad con los cupos por país. `eleccion`: una servicios.elecciones.Eleccion."""
    blancos, nulos, abstenciones = otros
    if not votos:
        return ResultadoEleccion(None, 0, 0, (), traducir("Sin candidaturas."))
    if eleccion.pluralidad:  # varios puestos: pluralidad con los cupos por país (ni mayoría ni base)
        return resultado_plurinominal(votos, nombres, eleccion.puestos, blancos, nulos, abstenciones,
                                      eleccion.paises, eleccion.cupos)
    valida = not problema_de_mayoria(mayoria, base, eleccion=True)
    return resultado_eleccion(votos, nombres, blancos, nulos, abstenciones, mayoria if valida else "simple",
                              base if valida else "emitidos", presentes, con_derecho)
