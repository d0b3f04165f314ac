"""Deshacer no cruza un acto cerrado (issue 58, punto 5): por qué no se puede deshacer (o rehacer) un cambio si,
después de hecho (o de deshecho), se cerró algo que lee lo que el cambio tocó.

La regla, en una oración: un cambio no se deshace ni se rehace si, después, quedó cerrado algo que leyó esas filas.
- La asistencia y el orden del día de una sesión los leen: las votaciones y las elecciones que se cierran en esa
  sesión, las resoluciones que adopta, el acta que se aprueba o se firma (la suya, y la de otra sesión que una
  resolución de esta aprueba), los documentos emitidos sobre ella (el acta, el borrador del acta, la resolución; la
  convocatoria, solo para el orden del día) y los mensajes enviados con ellos.
- La ficha de un miembro la leen: los recibos de sus pagos, los documentos emitidos sobre él (el recibo, el estado
  de cuenta), los mensajes que se le enviaron y las actas aprobadas o firmadas de las sesiones en cuya asistencia
  figura (el acta lo nombra).
Los listados generales (el padrón, la composición de un órgano) no cuentan: dicen su fecha y cualquier cambio
posterior, deshecho o no, los deja no vigentes.

«Después» se mide por la bitácora (datos/cerrado_despues.py), y la comprobación corre dentro de la transacción que
deshace: si otro proceso cerró la votación mientras el menú estaba abierto, el deshacer se rechaza igual.
"""

from ..datos import cerrado_despues as consultas
from ..documentos.visible import abreviar
from ..dominio.sesiones import cita_resolucion
from ..dominio.traduccion import traducir
from ..dominio.verificacion import tipo_en_palabras
from ..dominio import formato
from .contexto import Contexto
from .sesiones import titulo_sesion

CUANTOS_SE_NOMBRAN = 3   # los primeros actos cerrados; del resto, cuántos más
LARGO_DEL_TITULO = 60    # un título o un asunto largo no hace del aviso (ni de la ayuda del menú) una página


def _de_la_fila(cambio: dict, tablas: tuple[str, ...], columna: str) -> list[int]:
    return sorted({v[columna] for f in cambio["filas"] if f["tabla"] in tablas for v in (f["antes"], f["despues"])
                   if v and v.get(columna) is not None})


def _en_palabras(acto: dict, mensajes: dict) -> str:
    clase = acto["clase"]
    titulo = abreviar(acto.get("titulo") or acto.get("asunto") or "", LARGO_DEL_TITULO)
    if clase == "votacion":
        return traducir("se cerró la votación «{0}» ({1} a favor, {2} en contra)").format(
            titulo, formato.numero(acto["a_favor"]), formato.numero(acto["en_contra"]))
    if clase == "eleccion":
        return traducir("se cerró la elección «{0}»").format(titulo)
    if clase == "resolucion":
        return traducir("se adoptó la {0} «{1}»").format(
            cita_resolucion(acto["tipo"], acto["numero"], acto["anio"], acto["organo"]), titulo)
    if clase == "acta":
        sesion = titulo_sesion({"numero": acto["numero"], "tipo": acto["tipo"], "organo": acto["organo"]})
        plantilla = traducir("se firmó el acta de la {0}") if acto["estado"] == "firmada" else traducir(
            "se aprobó el acta de la {0}")
        return plantilla.format(sesion)
    if clase == "documento":
        return traducir("se emitió el documento {0} ({1})").format(acto["codigo"], tipo_en_palabras(acto["tipo"]))
    if clase == "recibo":
        from .pagos import numero_recibo

        return traducir("se emitió el recibo N.º {0}").format(numero_recibo(acto["anio"], acto["numero"]))
    cuantos = mensajes[(acto["de"], acto["asunto"])]
    return (traducir("se envió el mensaje «{0}»") if cuantos == 1 else
            traducir("se enviaron {1} mensajes «{0}»")).format(titulo, formato.numero(cuantos))


def actos_cerrados(contexto: Contexto, cambio: dict, despues_de: int) -> list[str]:
    """Lo que se cerró después del registro `despues_de` y lee las filas de `cambio`, en palabras y en el orden en
    que pasó («se cerró la votación «Presupuesto» (39 a favor, 0 en contra)»). Los mensajes iguales (la misma
    convocatoria a cada miembro) se nombran una vez, con cuántos son."""
    db = contexto.db
    sesiones = _de_la_fila(cambio, ("asistencias", "puntos_orden"), "sesion_id")
    miembros = _de_la_fila(cambio, ("miembros",), "id") + _de_la_fila(cambio, ("ubicaciones_miembro",), "miembro_id")
    actos = consultas.de_la_sesion(db, contexto.asociacion_id, sesiones, despues_de,
                                   con_convocatoria=any(f["tabla"] == "puntos_orden" for f in cambio["filas"]))
    actos = sorted(actos + consultas.del_miembro(db, sorted(set(miembros)), despues_de), key=lambda a: a["registro"])
    mensajes: dict = {}
    for acto in actos:
        if acto["clase"] == "mensaje":
            mensajes[(acto["de"], acto["asunto"])] = mensajes.get((acto["de"], acto["asunto"]), 0) + 1
    frases: list[str] = []
    for acto in actos:
        frase = _en_palabras(acto, mensajes)
        if frase not in frases:
            frases.append(frase)
    return frases


def motivo(contexto: Contexto, cambio: dict, despues_de: int, *, rehacer: bool = False) -> str | None:
    """Por qué no, en una oración («Después se cerró la votación … y se adoptó la …: deshacerlo contradiría lo que
    ya quedó cerrado.»); None si después no se cerró nada que lea esas filas. `rehacer`: lo dice de rehacer."""
    frases = actos_cerrados(contexto, cambio, despues_de)
    if not frases:
        return None
    nombradas = frases[:CUANTOS_SE_NOMBRAN]
    if len(frases) > CUANTOS_SE_NOMBRAN:
        nombradas.append(traducir("{0} actos más").format(formato.numero(len(frases) - CUANTOS_SE_NOMBRAN)))
    lista = nombradas[0] if len(nombradas) == 1 else traducir("{0} y {1}").format(", ".join(nombradas[:-1]),
                                                                                  nombradas[-1])
    plantilla = (traducir("Después {0}: rehacerlo contradiría lo que ya quedó cerrado.") if rehacer else
                 traducir("Después {0}: deshacerlo contradiría lo que ya quedó cerrado. Si hay un error, corríjalo "
                          "con un cambio nuevo (queda constancia de los dos)."))
    return plantilla.format(lista)
