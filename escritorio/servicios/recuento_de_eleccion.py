"""El recuento de una elección: los votos (`Recuento`), el resultado que daría (`calcular`, en vivo en la ventana y al
cerrar) y el cierre, que guarda el resultado y quién podía votar (`cerrar_eleccion`)."""

from dataclasses import dataclass, field

from ..datos import elecciones as tabla_elecciones
from ..datos.conexion import transaccion
from ..dominio.elecciones import ResultadoEleccion
from ..dominio.mayorias import mayoria_a_aplicar, problema_de_mayoria, problemas_del_cambio
from ..dominio.sesiones import METODOS
from ..dominio.traduccion import traducir
from ..errores import ErrorValidacion, ProblemaDeCampo
from .actos_de_sesion import registrar_acto
from .campos import LARGO_CORTO, Revision
from .contexto import Contexto
from .boletas_de_eleccion import recuento_con_marcas, resultado_con_marcas
from .resultado_de_eleccion import resultado_de_los_votos
from .sesiones import exigir_editable
from .sesiones.asistencia import Asistencia, asistencia, portadores_validos, representado
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos

from .elecciones import (OTROS_VOTOS, TIPO_DECISION_ELECCION, Eleccion, eleccion_del_punto, exigir_abierta,
                         nombre_candidatura, obtener_eleccion, punto_de_eleccion)

# El campo del problema «no hay votos registrados» (`ProblemaDeCampo.campo`): los votos, todavía sin escribir.
SIN_VOTOS = "votos"


@dataclass
class Recuento:
    """Los votos de una elección. `mayoria`/`base` None: las de la regla de elecciones del órgano vigente el día de la
    sesión (servicios.sesiones.reglas.mayoria_de con el tipo «eleccion»); otra solo si es más exigente, con
    `motivo_mayoria` (el acta lo imprime): la regla de las elecciones la fija el estatuto y no se rebaja."""
    metodo: str = "secreta"
    mayoria: str | None = None
    base: str | None = None
    votos: dict[int, int] = field(default_factory=dict)   # candidatura_id -> votos (alzada o secreta)
    blancos: int = 0
    nulos: int = 0
    abstenciones: int = 0
    # Nominal: miembro_id -> candidatura_id, o "blanco" / "abstencion".
    nominales: dict[int, int | str] | None = None
    motivo_mayoria: str | None = None
    # Con boletas de varias marcas (la elección definida con boleta «marcas»): `votos` son las marcas de cada
    # candidatura; `boletas`, cuántas se emitieron; `no_a_todas`, las que dijeron «No a todas». O, en vez de los
    # totales, cada boleta: la lista de candidaturas que marca, o "blanco", "nulo", "no" o "abstencion".
    boletas: int | None = None
    no_a_todas: int = 0
    por_boleta: list[list[int] | str] | None = None


def votantes(estado) -> dict[int, object]:
    """Quienes pueden votar: presentes con voto y ausentes con voto que dieron poder a un presente que vota (por
    miembro_id; servicios.sesiones.asistencia.representado)."""
    portadores = portadores_validos(estado.habilitados)
    return {h.miembro_id: h for h in estado.habilitados
            if h.con_voto and (h.estado == "presente" or representado(h, portadores))}


def calcular(eleccion: Eleccion, recuento: Recuento, estado) -> tuple[ResultadoEleccion, dict[int, int], list[str]]:
    """El resultado que daría el recuento (para mostrarlo en vivo y para cerrar), los votos por candidatura y
    los problemas que impiden cerrarla. En una votación nominal, deja en `recuento` los blancos y abstenciones
    contados de los votos de cada miembro (es lo que `cerrar_eleccion` guarda)."""
    habilitados = votantes(estado)
    problemas = []
    if recuento.metodo not in METODOS:
        problemas.append(traducir("Método «{0}» desconocido; use {1}.").format(recuento.metodo, ", ".join(METODOS)))
    _fijar_la_mayoria(eleccion, recuento, problemas)
    ids = [c["id"] for c in eleccion.candidaturas]
    if not ids:
        problemas.append(traducir("La elección no tiene candidaturas: agregue al menos una."))
    presentes = sum(h.peso for h in habilitados.values())
    con_derecho = sum(h.peso for h in estado.habilitados if h.con_voto)
    if eleccion.boleta == "marcas":
        return _calcular_con_marcas(eleccion, recuento, estado, ids, presentes, con_derecho, problemas)
    if recuento.boletas is not None or recuento.por_boleta is not None or recuento.no_a_todas:
        problemas.append(traducir("La elección se definió con un voto por boleta: no lleva número de boletas, «No a "
                                  "todas» ni boletas de varias marcas. Si cada boleta marcó varias candidaturas, "
                                  "redefínala con varias marcas por boleta antes de cerrarla."))
    if recuento.metodo == "nominal":
        votos, blancos, nulos, abstenciones = _contar_nominales(recuento, habilitados, ids, problemas)
    else:
        votos, blancos, nulos, abstenciones = _contar_totales(recuento, ids, problemas)
    problemas += _problemas_del_total(eleccion, sum(votos.values()) + blancos + nulos + abstenciones, presentes, ids)
    if not estado.quorum.hay:
        problemas.append(traducir("No hay quórum para votar: {0}").format(estado.quorum.enunciado()))
    resultado = _resultado(eleccion, recuento, ids, votos, (blancos, nulos, abstenciones), presentes, con_derecho)
    recuento.blancos, recuento.nulos, recuento.abstenciones = blancos, nulos, abstenciones
    return resultado, votos, problemas


def _fijar_la_mayoria(eleccion: Eleccion, recuento: Recuento, problemas: list) -> None:
    """Deja en `recuento` la mayoría y la base que se aplican, y el motivo si es otra que la de la regla."""
    if eleccion.pluralidad:
        # Varios puestos (o la segunda vuelta de una que los elegía): pluralidad, ni mayoría ni base que elegir.
        recuento.mayoria, recuento.base, recuento.motivo_mayoria = "simple", "emitidos", None
        return
    # La misma regla que en las mociones: la de elecciones del órgano, o una más exigente con motivo.
    recuento.mayoria, recuento.base = mayoria_a_aplicar(eleccion.regla, recuento.mayoria, recuento.base)
    problemas += problemas_del_cambio(eleccion.regla, TIPO_DECISION_ELECCION, recuento.mayoria, recuento.base,
                                      recuento.motivo_mayoria, eleccion.fija, eleccion=True)
    recuento.motivo_mayoria = (
        None if eleccion.regla.misma_mayoria(recuento.mayoria, recuento.base)
        else Revision(problemas).texto(traducir("Motivo del cambio de mayoría"), recuento.motivo_mayoria,
                                       maximo=LARGO_CORTO, obligatorio=False))


def _contar_nominales(recuento: Recuento, habilitados: dict, ids: list[int],
                      problemas: list) -> tuple[dict[int, int], int, int, int]:
    """(votos por candidatura, blancos, nulos, abstenciones) de los votos de cada miembro, con su peso."""
    nominales = recuento.nominales or {}
    ajenos = [m for m in nominales if m not in habilitados]
    if ajenos:
        problemas.append(traducir("{0} votos nominales son de miembros sin derecho a voto en esta sesión.").format(
            len(ajenos)))
    if any(v not in ids and v not in OTROS_VOTOS for v in nominales.values()):
        problemas.append(traducir("Cada voto nominal es para una candidatura de esta elección, en blanco o "
                                  "abstención."))
    validos = {m: v for m, v in nominales.items() if m in habilitados}
    votos = {i: sum(habilitados[m].peso for m, v in validos.items() if v == i) for i in ids}
    blancos = sum(habilitados[m].peso for m, v in validos.items() if v == "blanco")
    abstenciones = sum(habilitados[m].peso for m, v in validos.items() if v == "abstencion")
    return votos, blancos, 0, abstenciones


def _contar_totales(recuento: Recuento, ids: list[int], problemas: list) -> tuple[dict[int, int], int, int, int]:
    """(votos por candidatura, blancos, nulos, abstenciones) escritos como totales (alzada o secreta)."""
    blancos, nulos, abstenciones = recuento.blancos, recuento.nulos, recuento.abstenciones
    ajenas = [i for i in recuento.votos if i not in ids]
    if ajenas:
        problemas.append(traducir("Hay votos para candidaturas que no son de esta elección."))
    votos = {i: recuento.votos.get(i, 0) for i in ids}
    if min([blancos, nulos, abstenciones, *votos.values()]) < 0:
        problemas.append(traducir("Los votos no pueden ser negativos."))
    return votos, blancos, nulos, abstenciones


def _problemas_del_total(eleccion: Eleccion, total: int, presentes: int, ids: list[int]) -> list:
    """Sin votos todavía, o más votos que presentes con derecho a voto."""
    problemas: list = []
    if total == 0 and ids:   # campo «votos»: los votos, todavía sin escribir (la ventana lo indica aparte)
        problemas.append(ProblemaDeCampo(SIN_VOTOS, traducir(
            "No hay votos registrados: escriba los votos de cada candidatura (o elija el de cada miembro, si es "
            "nominal).")))
    if total > presentes and eleccion.pluralidad:
        # Lo habitual con varios puestos: cada boleta marcó varios nombres (la forma de boleta «marcas»).
        problemas.append(traducir("Hay {0} votos y solo {1} miembros presentes con derecho a voto (contando los "
                                  "poderes). Si cada boleta marcó varias candidaturas, defina la elección con varias "
                                  "marcas por boleta (--marcas-max en la línea de órdenes, «Boletas» en «Definir el "
                                  "cargo…» en la ventana) y escriba cuántas boletas se emitieron.").format(
            total, presentes))
    elif total > presentes:
        problemas.append(traducir("Hay {0} votos y solo {1} miembros presentes con derecho a voto (contando los "
                                  "poderes).").format(total, presentes))
    return problemas


def _resultado(eleccion: Eleccion, recuento: Recuento, ids: list[int], votos: dict[int, int],
               otros: tuple[int, int, int], presentes: int, con_derecho: int) -> ResultadoEleccion:
    """El resultado con la mayoría y la base del recuento (servicios.resultado_de_eleccion)."""
    nombres = {c["id"]: nombre_candidatura(c) for c in eleccion.candidaturas}
    return resultado_de_los_votos(eleccion, nombres, {i: votos[i] for i in ids}, otros, recuento.mayoria,
                                  recuento.base, presentes, con_derecho)


def _calcular_con_marcas(eleccion: Eleccion, recuento: Recuento, estado, ids: list[int], presentes: int,
                         con_derecho: int, problemas: list) -> tuple[ResultadoEleccion, dict[int, int], list[str]]:
    """`calcular` con boletas de varias marcas: deja en `recuento` las boletas contadas (boleta por boleta, las
    suma) para que `cerrar_eleccion` las guarde."""
    votos, boletas, de_las_boletas = recuento_con_marcas(eleccion, recuento, ids, presentes)
    problemas += de_las_boletas
    if ids and boletas is not None and boletas.emitidas == 0 and not de_las_boletas:
        problemas.append(ProblemaDeCampo(SIN_VOTOS, traducir(
            "No hay boletas registradas: escriba cuántas boletas se emitieron y las marcas de cada candidatura (o "
            "cada boleta).")))
    if not estado.quorum.hay:
        problemas.append(traducir("No hay quórum para votar: {0}").format(estado.quorum.enunciado()))
    if boletas is not None:
        recuento.boletas, recuento.blancos, recuento.nulos = boletas.emitidas, boletas.blancos, boletas.nulos
        recuento.no_a_todas, recuento.abstenciones = boletas.no_a_todas, boletas.abstenciones
    nombres = {c["id"]: nombre_candidatura(c) for c in eleccion.candidaturas}
    valida = not problema_de_mayoria(recuento.mayoria, recuento.base, eleccion=True)
    if not ids:
        return ResultadoEleccion(None, 0, 0, (), traducir("Sin candidaturas.")), votos, problemas
    resultado = resultado_con_marcas(eleccion, votos, boletas, nombres, recuento.mayoria if valida else "simple",
                                     recuento.base if valida else "emitidos", presentes, con_derecho)
    return resultado, votos, problemas


def estado_para_votar(contexto: Contexto, punto_id: int) -> Asistencia:
    """La asistencia con el quórum que rige para el tipo de decisión del punto."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    punto, sesion = punto_de_eleccion(Contexto(db, asociacion_id), punto_id)
    return asistencia(contexto, sesion["id"], punto["tipo_decision"])


@en_el_idioma_de_los_documentos
def cerrar_eleccion(contexto: Contexto, punto_id: int, recuento: Recuento) -> Eleccion:
    """Cierra la elección: valida, calcula la candidatura electa y guarda quién podía votar (y cómo, si fue nominal).
    El texto del resultado se guarda (el acta lo cita) en el idioma de los documentos."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):
        # Todo se lee con la base tomada: otra ventana pudo cerrarla, o cambiar asistencias o candidaturas.
        punto, sesion, fila = eleccion_del_punto(Contexto(db, asociacion_id), punto_id)
        exigir_editable(sesion)
        exigir_abierta(fila)
        eleccion = obtener_eleccion(contexto, punto_id)
        estado = asistencia(contexto, sesion["id"], punto["tipo_decision"])
        if eleccion.pluralidad:
            recuento.mayoria, recuento.base = "simple", "emitidos"  # la pluralidad es la mayoría simple de N puestos
        resultado, votos, problemas = calcular(eleccion, recuento, estado)
        if problemas:
            raise ErrorValidacion(traducir("No se cerró la elección:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                                  problemas)
        habilitados = votantes(estado)
        nominales = (recuento.nominales or {}) if recuento.metodo == "nominal" else {}
        tabla_elecciones.guardar_votos_de_candidaturas(db, votos)
        tabla_elecciones.guardar_cierre(
            db, fila["id"], metodo=recuento.metodo, mayoria=recuento.mayoria, base=recuento.base,
            regla_mayoria=None if eleccion.pluralidad else eleccion.regla.describir(eleccion=True),
            motivo_mayoria=recuento.motivo_mayoria,
            blancos=recuento.blancos, nulos=recuento.nulos, abstenciones=recuento.abstenciones,
            presentes=sum(h.peso for h in habilitados.values()),
            con_derecho=sum(h.peso for h in estado.habilitados if h.con_voto), ganadora_id=resultado.ganadora,
            texto_resultado=resultado.texto,
            boletas=recuento.boletas if eleccion.boleta == "marcas" else None,
            no_a_todas=recuento.no_a_todas if eleccion.boleta == "marcas" else None)
        tabla_elecciones.insertar_votos_de_eleccion(
            db, fila["id"], [(m, h.peso, nominales.get(m) if isinstance(nominales.get(m), int) else None,
                              nominales.get(m) if isinstance(nominales.get(m), str) else None)
                             for m, h in habilitados.items()])
        tabla_elecciones.guardar_electas(db, fila["id"], list(resultado.ganadoras),
                              list(resultado.segunda_vuelta) if eleccion.pluralidad else [],
                              resultado.puestos_segunda_vuelta or None)
        registrar_acto(db, sesion["id"])
    return obtener_eleccion(contexto, punto_id)
