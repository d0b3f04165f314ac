"""Las boletas de varias marcas de una elección (dominio.boletas) dentro de los servicios de elecciones: la forma de
la boleta al definir la elección y el recuento con marcas al calcular y cerrar (por totales o boleta por boleta).

Una sola regla para la ventana y la línea de órdenes: `servicios.recuento_de_eleccion.calcular` llama aquí cuando la elección
se definió con marcas; con un voto por boleta (la forma de siempre) nada de esto interviene.
"""

from ..dominio.boletas import Boletas, contar_boletas, marcas, problemas_de_la_forma, problemas_del_recuento, texto_del_recuento
from ..dominio.elecciones import ResultadoEleccion, resultado_eleccion, resultado_plurinominal
from ..dominio.traduccion import traducir


def problemas_de_la_definicion(nueva) -> list[str]:
    """La forma de la boleta de una `NuevaEleccion` (completa el mínimo y el máximo de marcas que faltan: 1 y los
    puestos que se eligen) y que no se combine con una votación nominal."""
    if nueva.boleta == "marcas":
        if nueva.marcas_max is None:
            nueva.marcas_max = nueva.puestos if isinstance(nueva.puestos, int) and nueva.puestos >= 1 else 1
        if nueva.marcas_min is None:
            nueva.marcas_min = 1
    else:
        if nueva.marcas_min is not None or nueva.marcas_max is not None:
            return [traducir("Marcas por boleta: solo con la forma de boleta «marcas» (varias candidaturas por "
                             "boleta); con un voto por boleta, quite el mínimo y el máximo de marcas.")]
    problemas = problemas_de_la_forma(nueva.boleta, nueva.marcas_min, nueva.marcas_max)
    if not problemas and nueva.boleta == "marcas" and nueva.metodo == "nominal":
        problemas.append(traducir("Una votación nominal registra el voto de cada miembro por una candidatura: con "
                                  "varias marcas por boleta, vote en secreto o a mano alzada."))
    return problemas


def recuento_con_marcas(eleccion, recuento, ids: list[int], votantes: int) -> tuple[dict[int, int], Boletas | None,
                                                                                  list[str]]:
    """Las marcas por candidatura, las boletas y los problemas de un `Recuento` de una elección con marcas: boleta
    por boleta (`recuento.por_boleta`) o por totales (`recuento.votos` y `recuento.boletas`)."""
    problemas: list[str] = []
    if recuento.metodo == "nominal":
        return {i: 0 for i in ids}, None, [traducir(
            "Una votación nominal registra el voto de cada miembro por una candidatura: con varias marcas por "
            "boleta, vote en secreto o a mano alzada.")]
    if recuento.por_boleta is not None:
        if recuento.votos or recuento.boletas is not None or recuento.blancos or recuento.nulos \
                or recuento.abstenciones or recuento.no_a_todas:
            problemas.append(traducir("Boleta por boleta, el recuento sale de las boletas: no escriba además los "
                                      "totales de marcas, boletas, blancos, nulos ni abstenciones."))
        votos, boletas, de_las_boletas = contar_boletas(recuento.por_boleta, ids, eleccion.marcas_min,
                                                        eleccion.marcas_max)
        problemas += de_las_boletas
        if boletas.emitidas > votantes:
            problemas.append(traducir("Hay {0} boletas y solo {1} miembros presentes con derecho a voto (contando los "
                                      "poderes): sobran boletas.").format(boletas.emitidas, votantes))
        if boletas.emitidas == 0:
            problemas.append(traducir("No hay boletas escritas: escriba cada boleta con las candidaturas que marca."))
        return votos, boletas, problemas
    ajenas = [i for i in recuento.votos if i not in ids]
    if ajenas:
        problemas.append(traducir("Hay marcas para candidaturas que no son de esta elección."))
    votos = {i: recuento.votos.get(i, 0) for i in ids}
    if min([0, *votos.values()]) < 0:
        return votos, None, problemas + [traducir("Las marcas no pueden ser negativas.")]
    boletas = None if recuento.boletas is None else Boletas(
        recuento.boletas, recuento.blancos, recuento.nulos, recuento.no_a_todas, recuento.abstenciones)
    nombres = {c["id"]: c["nombre"] for c in eleccion.candidaturas}
    problemas += problemas_del_recuento(votos, boletas, eleccion.marcas_min, eleccion.marcas_max, votantes, nombres)
    return votos, boletas, problemas


def resultado_con_marcas(eleccion, votos: dict[int, int], boletas: Boletas | None, nombres: dict[int, str],
                         mayoria: str, base: str, presentes: int, con_derecho: int) -> ResultadoEleccion:
    """El resultado con marcas: con varios puestos, la pluralidad de marcas con los cupos por país (como con un
    voto por boleta); con uno, la mayoría de la regla medida en boletas, no en marcas."""
    boletas = boletas or Boletas(0)
    recuento = texto_del_recuento(votos, nombres, boletas)
    if eleccion.pluralidad:
        de_que = traducir("Elección de {0} por pluralidad de marcas, con boletas de hasta {1}.").format(
            traducir("1 puesto") if eleccion.puestos == 1 else traducir("{0} puestos").format(eleccion.puestos),
            marcas(eleccion.marcas_max))
        return resultado_plurinominal(votos, nombres, eleccion.puestos, boletas.blancos, boletas.nulos,
                                      boletas.abstenciones, eleccion.paises, eleccion.cupos, unidad=marcas,
                                      recuento=recuento, de_que=de_que)
    return resultado_eleccion(votos, nombres, boletas.blancos, boletas.nulos, boletas.abstenciones, mayoria, base,
                              presentes, con_derecho, bases=boletas.bases(), unidad=marcas, recuento=recuento)
