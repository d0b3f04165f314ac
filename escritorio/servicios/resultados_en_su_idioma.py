"""El resultado de una votación o de una elección cerrada, escrito en el idioma de quien lo lee.

Al cerrar, el resultado se guarda como datos (los votos, la mayoría y la base, los presentes y los con derecho: las
columnas de `votaciones` y `elecciones`, y los votos de cada candidatura) y también como frase, en el idioma de los
documentos de ese momento (`texto_resultado`). Al mostrarlo, la frase se vuelve a escribir con los datos, con las
mismas funciones del dominio que la escribieron (`mayorias.resultado_votacion`, `elecciones.resultado_eleccion`…),
en el idioma en curso: el de la ventana, el de la CLI (castellano) o el del documento que se escribe.

Solo si los datos alcanzan: antes de reescribirla se comprueba que, con esos datos, el dominio da exactamente la frase
guardada en alguno de los idiomas de los documentos. Si no la da (una fila de antes, una candidatura que cambió de
nombre, una elección cuyo resultado dependió de los cupos por país), queda la frase guardada, tal cual: nada se
deduce leyendo el texto. Un acta aprobada no pasa por aquí: se lee como se aprobó (servicios.actas.obtener_acta).
Lo que afirma un documento emitido (su huella, servicios.documentos.emision_resolucion) sigue siendo la frase guardada.

Lo mismo la regla de mayoría que pedía el órgano (`regla_mayoria`, «Mayoría simple: … (Estatuto, art. 19)»): se
vuelve a escribir con la regla vigente el día de la sesión si da la guardada.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypedDict

from ..datos import sesiones as tabla_sesiones
from ..dominio.mayorias import BASES_MOCION, MAYORIAS, problema_de_mayoria, resultado_votacion
from ..dominio.sesiones import METODOS, SENTIDOS
from ..dominio.traduccion import traducir
from ..idiomas.traduccion import en_cada_idioma
from .contexto import Contexto


def _en_el_idioma_en_curso(guardado: str | None, escribir: Callable[[], str | None]) -> str | None:
    """`escribir()` en el idioma en curso si, en alguno de los idiomas de los documentos, da `guardado`; si no (o si
    los datos no alcanzan para escribirla), `guardado`."""
    if not guardado:
        return guardado
    try:
        if guardado not in en_cada_idioma(lambda: escribir() or ""):
            return guardado
        return escribir() or guardado
    except (ValueError, KeyError, TypeError, ZeroDivisionError):   # datos que el dominio no acepta: la frase guardada
        return guardado


def _resultado_de_la_votacion(v: Mapping) -> str | None:
    if v.get("mayoria") not in MAYORIAS or v.get("base") not in BASES_MOCION \
            or problema_de_mayoria(v["mayoria"], v["base"]):
        return None
    return resultado_votacion(v["a_favor"], v["en_contra"], v["abstenciones"], v["mayoria"], v["base"],
                              v["presentes"], v["con_derecho"]).texto


def texto_de_la_votacion(v: Mapping) -> str:
    """«Aprobada: 30 a favor, 5 en contra, 3 abstenciones; …» de una votación cerrada (una fila de `votaciones`), en
    el idioma en curso; la frase guardada si sus datos no la reconstruyen."""
    return _en_el_idioma_en_curso(v.get("texto_resultado"), lambda: _resultado_de_la_votacion(v)) or ""


def metodo_de_votacion(metodo: str | None) -> str:
    """«a mano alzada», «nominal», «secreta» en el idioma en curso (en minúscula, para seguir a «Votación»)."""
    return traducir(METODOS[metodo]).lower() if metodo in METODOS else (metodo or "")


def votacion_escrita(v: Mapping) -> str:
    """«Votación a mano alzada. Aprobada: …» (como la cita el acta), en el idioma en curso."""
    return traducir("Votación {0}. {1}").format(metodo_de_votacion(v.get("metodo")), texto_de_la_votacion(v))


def _resultado_de_la_eleccion(eleccion) -> str | None:
    from .boletas_de_eleccion import Boletas, resultado_con_marcas
    from .resultado_de_eleccion import resultado_de_los_votos

    if not eleccion.candidaturas or eleccion.metodo not in METODOS \
            or any(c.get("votos") is None for c in eleccion.candidaturas):
        return None
    votos = {c["id"]: c["votos"] for c in eleccion.candidaturas}
    nombres = {c["id"]: c["nombre"] for c in eleccion.candidaturas}
    presentes, con_derecho = eleccion.presentes or 0, eleccion.con_derecho or 0
    if eleccion.boleta == "marcas":
        boletas = None if eleccion.boletas is None else Boletas(
            eleccion.boletas, eleccion.blancos or 0, eleccion.nulos or 0, eleccion.no_a_todas or 0,
            eleccion.abstenciones or 0)
        return resultado_con_marcas(eleccion, votos, boletas, nombres, eleccion.mayoria, eleccion.base, presentes,
                                    con_derecho).texto
    return resultado_de_los_votos(eleccion, nombres, votos, (eleccion.blancos or 0, eleccion.nulos or 0,
                                                             eleccion.abstenciones or 0),
                                  eleccion.mayoria, eleccion.base, presentes, con_derecho).texto


def texto_de_la_eleccion(eleccion) -> str | None:
    """«Resultó electa la candidatura de …» de una elección cerrada (`servicios.elecciones.Eleccion`), en el idioma en
    curso; la frase guardada si sus datos no la reconstruyen. Una elección abierta no tiene resultado: None."""
    guardado = eleccion.texto_guardado if eleccion.texto_guardado is not None else eleccion.texto_resultado
    if eleccion.estado == "abierta":
        return guardado
    return _en_el_idioma_en_curso(guardado, lambda: _resultado_de_la_eleccion(eleccion))


class VotacionMostrada(TypedDict):
    """Una votación cerrada como la muestra la ventana: todo en el idioma en curso."""

    aprobada: bool
    metodo: str          # «a mano alzada», «por mão levantada»…
    texto: str           # «Aprobada: 30 a favor, …»
    nominales: list[str]  # «Montevideo: a favor», en el orden de la asociación


def votacion_mostrada(contexto: Contexto, punto_id: int) -> VotacionMostrada | None:
    """La votación cerrada de un punto de la asociación, escrita en el idioma en curso; None si no se votó."""
    from .orden_alfabetico import por_pais_y_nombre
    from .sesiones import sesion_de_la_asociacion

    punto = tabla_sesiones.punto(contexto.db, punto_id)
    if punto is None:
        return None
    sesion_de_la_asociacion(contexto, punto["sesion_id"])   # ErrorEscritorio si no es de la asociación
    v = tabla_sesiones.votacion(contexto.db, punto_id)
    if v is None:
        return None
    nominales = []
    if v["metodo"] == "nominal":
        for n in por_pais_y_nombre(contexto, tabla_sesiones.votos_nominales(contexto.db, v["id"])):
            sentido = traducir(SENTIDOS[n["sentido"]]) if n["sentido"] in SENTIDOS else traducir("no votó")
            nominales.append(f"{n['miembro']}: {sentido.lower()}")
    return VotacionMostrada(aprobada=bool(v["aprobada"]), metodo=metodo_de_votacion(v["metodo"]),
                            texto=texto_de_la_votacion(v), nominales=nominales)


def regla_de_la_votacion(contexto: Contexto, organo_id: int, tipo_decision: str, fecha: str,
                         guardada: str | None) -> str | None:
    """La regla de mayoría que pedía el órgano el día de la votación («Mayoría simple: …, Estatuto, art. 19»), como
    se guardó al votar (`votaciones.regla_mayoria`), escrita en el idioma en curso si la regla vigente ese día la
    reconstruye exacta; si no (la regla se corrigió después), la guardada."""
    from .sesiones.reglas import mayoria_de
    from .votaciones import regla_para_mocion

    return _en_el_idioma_en_curso(
        guardada, lambda: regla_para_mocion(mayoria_de(contexto.db, organo_id, tipo_decision, fecha)).describir())


def regla_escrita_de_la_eleccion(eleccion) -> str | None:
    """La regla de elecciones que pedía el órgano (`elecciones.regla_mayoria`), en el idioma en curso si la de la
    fecha de la sesión la reconstruye; si no, la guardada."""
    if eleccion.estado == "abierta" or eleccion.pluralidad:
        return eleccion.regla_mayoria
    return _en_el_idioma_en_curso(eleccion.regla_mayoria, lambda: eleccion.regla.describir(eleccion=True))
