"""Las reglas del dominio de lo que decide una sesión, para repasar la bitácora (issue 77, §4): ningún trigger las hace
cumplir (las hace cumplir un servicio), así que un registro escrito con la capa de datos del programa, en una
transacción suya y sellado como cualquier otro, podría romperlas sin que la cadena de sellos lo note. Aquí:

- un acta se aprueba solo con la resolución de un punto que aprueba esa acta (servicios/aprobacion_de_actas.py);
- una admisión, una exclusión, una reforma o una escala las produce solo la resolución de un punto de esa decisión,
  votado y aprobado, y cada resolución aprueba una sola reforma o escala (servicios/efectos.py,
  servicios/vinculos_de_resolucion.py);
- un mandato es solo para un miembro el día en que empieza (servicios/elegibles.py);
- el resultado de una elección sale solo de sus votos, con su regla (servicios/recuento_de_eleccion.py):
  `elecciones_que_sus_votos_no_dan`, al final del repaso, porque el cierre escribe varias filas.

Cada regla vale desde que el programa la exigía (la migración con la que llegó): lo de antes, lo escribió una
versión que no la conocía.
"""

from datetime import date
from types import SimpleNamespace

from ..datos import organos as tabla_organos
from ..datos import reglas_de_la_bitacora as datos
from ..datos import sesiones as tabla_sesiones
from ..dominio.boletas import Boletas
from ..dominio import formato
from ..dominio.mayorias import problemas_del_cambio
from ..dominio.miembros import NO_MIEMBRO, SOLICITANTE
from ..dominio.traduccion import traducir
from .estado_de_la_bitacora import CONGELADA, Estado, Registro


def acta_aprobada_sin_su_resolucion(r: Registro, estado: Estado) -> bool:
    """El acta pasa a aprobada (o firmada) con una resolución que no la aprueba: la regla de aprobar un acta
    (servicios/aprobacion_de_actas.exigir_que_apruebe_esta_acta) es que la resolución sea la de un punto vinculado a
    esa acta (puntos_aprobacion_acta, ya registrado) y no una declaración. Solo desde que el programa la exigía
    (la migración 0022): antes, cualquier resolución aprobaba un acta."""
    despues = r.despues or {}
    if despues.get("estado") not in CONGELADA or (r.antes or {}).get("estado") in CONGELADA:
        return False
    if r.id < estado.vinculos_desde:
        return False
    tipo, punto = estado.resolucion.get(despues.get("aprobada_por"), (None, None))
    return tipo in (None, "declaracion") or estado.acta_del_punto.get(punto) != despues.get("sesion_id")


# Qué tipo de decisión tiene que tener el punto de la resolución que produce cada efecto (servicios/efectos.py,
# `_exigir_punto`).
_DECISION_DEL_EFECTO = {"admite": "admision", "excluye": "exclusion"}


def efecto_sin_su_resolucion(r: Registro, estado: Estado) -> bool:
    """Una admisión o una exclusión anotada con una resolución que no es la de un punto de esa decisión, votado y
    aprobado (servicios/efectos.py): desde la migración 0020, la de los efectos."""
    despues = r.despues or {}
    decision = _DECISION_DEL_EFECTO.get(despues.get("tipo"))
    if decision is None or despues.get("resolucion_id") is None or r.id < estado.efectos_desde:
        return False
    if r.accion == "cambio" and not r.cambiadas(("resolucion_id", "tipo", "miembro_id")):
        return False
    _, punto = estado.resolucion.get(despues.get("resolucion_id"), (None, None))
    return estado.decision_del_punto.get(punto) != decision or punto not in estado.punto_aprobado


# Qué tipo de decisión tiene que tener el punto de la resolución que aprueba una reforma (según su norma) o una
# escala (servicios/vinculos_de_resolucion.py, `_DECISION_DE`).
_DECISION_DE_LA_REFORMA = {"estatuto": ("reforma_estatuto",), "reglamento": ("reforma_reglamento",),
                           None: ("reforma_estatuto", "reforma_reglamento")}


def reforma_o_escala_sin_su_resolucion(r: Registro, estado: Estado) -> bool:
    """Una reforma o una escala anotada con una resolución que no es la de un punto de reforma (de su norma) o de
    cuotas y presupuesto, votado y aprobado; o con una que ya aprobó otra: desde la migración 0020."""
    despues = r.despues or {}
    tipo, resolucion = despues.get("tipo"), despues.get("resolucion_id")
    if tipo not in ("reforma", "escala") or resolucion is None or r.id < estado.efectos_desde:
        return False
    if r.accion == "cambio" and not r.cambiadas(("resolucion_id", "tipo", "reforma_id", "escala_id")):
        return False
    if tipo == "reforma":
        norma = estado.norma_de_reforma.get(despues.get("reforma_id"))
        decisiones = _DECISION_DE_LA_REFORMA.get(estado.tipo_de_norma.get(norma), _DECISION_DE_LA_REFORMA[None])
    else:
        decisiones = ("cuotas_presupuesto",)
    _, punto = estado.resolucion.get(resolucion, (None, None))
    ya_aprobo = estado.aprobo.get((tipo, resolucion))
    return (estado.decision_del_punto.get(punto) not in decisiones or punto not in estado.punto_aprobado
            or (ya_aprobo is not None and ya_aprobo != despues.get(f"{tipo}_id")))


def mandato_de_quien_no_podia(r: Registro, estado: Estado) -> bool:
    """Un mandato (nuevo, o que cambia de titular o de comienzo) de quien el día en que empieza no era miembro
    (solicitante o de baja), según lo que el programa sabía al escribirlo: los estados del miembro registrados antes
    (servicios/elegibles.no_es_miembro, la pregunta de designar). Una baja registrada después con una fecha anterior
    no lo vuelve algo que Escritorio no escribía: es el aviso de siempre de `verificar`. Desde la migración 0041."""
    fila = r.despues or {}
    if r.id < estado.elegibles_desde or fila.get("miembro_id") is None or not fila.get("desde") or estado.db is None:
        return False
    if r.accion == "cambio" and not r.cambiadas(("miembro_id", "desde")):
        return False
    estados = datos.estados_del_miembro_antes_de(estado.db, fila.get("miembro_id"), r.id)
    hasta_el_dia = [e for e, desde in estados if desde <= fila.get("desde")]
    que_era = hasta_el_dia[-1] if hasta_el_dia else (estados[0][0] if estados and estados[0][0] == SOLICITANTE
                                                      else None)
    if que_era not in NO_MIEMBRO:
        return False
    miembro = tabla_organos.miembro_al(estado.db, fila.get("miembro_id"), fila.get("desde"))
    estado.detalles[r.id] = traducir("{0} no era miembro el {1}, cuando empieza: {2}").format(
        miembro["nombre"] if miembro else fila.get("miembro_id"), formato.fecha(date.fromisoformat(fila["desde"])),
        traducir("era solicitante: su admisión no se había aprobado") if que_era == SOLICITANTE
        else traducir("estaba de baja"))
    return True


# --- el resultado de una elección -------------------------------------------------------------------------------

def elecciones_que_sus_votos_no_dan(estado: Estado, despues_de: int | None = None) -> list[tuple[int, str]]:
    """(registro, qué no cuadra) de cada elección cerrada, tocada después de `despues_de`, cuyo resultado guardado no
    es el que dan sus votos con su regla: el registro es el último que la tocó."""
    encontradas = []
    for eleccion, ultimo in sorted(estado.tocada.items()):
        fila = estado.eleccion.get(eleccion)
        if (fila is None or fila.get("cerrada_en") is None or ultimo <= (despues_de or 0)
                or ultimo < estado.elecciones_desde):
            continue
        problema = _lo_que_no_cuadra(estado, eleccion, fila)
        if problema:
            encontradas.append((ultimo, traducir("Elección {0} (punto {1}): {2}").format(
                eleccion, fila.get("punto_id"), problema)))
    return encontradas


def _de_pluralidad(estado: Estado, fila: dict) -> bool:
    """Como servicios/cupos_de_eleccion.de_pluralidad, con las elecciones del repaso: varios puestos, o la segunda
    vuelta de una que los elegía."""
    punto, vistos = fila.get("punto_id"), set()
    while fila is not None and punto not in vistos:
        if (fila.get("puestos") or 1) > 1:
            return True
        vistos.add(punto)
        punto = estado.padre_del_punto.get(punto)
        fila = estado.eleccion.get(estado.eleccion_del_punto.get(punto)) if punto is not None else None
    return False


def _lo_que_no_cuadra(estado: Estado, eleccion: int, fila: dict) -> str | None:
    candidaturas = estado.candidaturas.get(eleccion, {})
    votos = {c: candidaturas[c].get("votos") or 0 for c in sorted(candidaturas)}
    nominales = list(estado.votos_eleccion.get(eleccion, {}).values())
    blancos, nulos, abstenciones = (fila.get("blancos") or 0, fila.get("nulos") or 0, fila.get("abstenciones") or 0)
    if nominales and sum(v.get("peso") or 0 for v in nominales) != (fila.get("presentes") or 0):
        return traducir("los presentes con derecho a voto guardados no son los que podían votar al cerrarla")
    if fila.get("metodo") == "nominal" and fila.get("boleta") != "marcas":
        contados = {c: sum(v.get("peso") or 0 for v in nominales if v.get("candidatura_id") == c) for c in votos}
        otros = [sum(v.get("peso") or 0 for v in nominales if v.get("otro") == o) for o in ("blanco", "abstencion")]
        if contados != votos or otros != [blancos, abstenciones]:
            return traducir("los votos de las candidaturas no son la suma de los votos nominales")
    if not votos:
        return None
    emitidos = sum(votos.values()) + blancos + nulos + abstenciones
    if fila.get("boleta") != "marcas" and emitidos > (fila.get("presentes") or 0):
        return traducir("tiene {0} votos y solo {1} presentes con derecho a voto").format(
            emitidos, fila.get("presentes") or 0)
    pluralidad = _de_pluralidad(estado, fila)
    sesion = tabla_sesiones.sesion(estado.db, estado.sesion_del_punto.get(fila.get("punto_id"))) if estado.db else None
    if sesion is None:
        return None
    if pluralidad:
        from .cupos_de_eleccion import reglas_de_cupos

        if reglas_de_cupos(estado.db, fila.get("organo_id"), sesion["fecha"]):
            return None   # los cupos por país o por grupo dependen de los mandatos de ese día: no se rehacen aquí
    else:
        from .elecciones import TIPO_DECISION_ELECCION, regla_de_la_eleccion

        regla, fija = regla_de_la_eleccion(estado.db, sesion)
        if problemas_del_cambio(regla, TIPO_DECISION_ELECCION, fila.get("mayoria"), fila.get("base"),
                                fila.get("motivo_mayoria"), fija, eleccion=True):
            return traducir("se cerró con una mayoría menor que la de su regla ({0})").format(
                regla.describir(eleccion=True))
    resultado = _resultado(fila, votos, pluralidad, (blancos, nulos, abstenciones))
    electas = [c for c, _ in sorted(((c, f.get("electa")) for c, f in candidaturas.items() if f.get("electa")),
                                    key=lambda par: par[1])]
    finalistas = {c for c, f in candidaturas.items() if f.get("finalista")}
    if (electas != list(resultado.ganadoras) or fila.get("ganadora_id") != resultado.ganadora
            or finalistas != (set(resultado.segunda_vuelta) if pluralidad else set())):
        return traducir("la candidatura electa guardada no es la que dan sus votos (con sus votos, {0})").format(
            ", ".join(str(c) for c in resultado.ganadoras) or traducir("ninguna"))
    return None


def _resultado(fila: dict, votos: dict, pluralidad: bool, otros: tuple[int, int, int]):
    """El resultado que da el cierre con esos votos: las mismas cuentas (servicios/resultado_de_eleccion.py y
    servicios/boletas_de_eleccion.py), sin cupos por país."""
    from .boletas_de_eleccion import resultado_con_marcas
    from .resultado_de_eleccion import resultado_de_los_votos

    eleccion = SimpleNamespace(pluralidad=pluralidad, puestos=fila.get("puestos") or 1, paises={}, cupos={},
                               marcas_max=fila.get("marcas_max"))
    nombres = {c: str(c) for c in votos}
    presentes, con_derecho = fila.get("presentes") or 0, fila.get("con_derecho") or 0
    if fila.get("boleta") == "marcas":
        blancos, nulos, abstenciones = otros
        boletas = Boletas(fila.get("boletas") or 0, blancos, nulos, fila.get("no_a_todas") or 0, abstenciones)
        return resultado_con_marcas(eleccion, votos, boletas, nombres, fila.get("mayoria") or "simple",
                                    fila.get("base") or "emitidos", presentes, con_derecho)
    return resultado_de_los_votos(eleccion, nombres, votos, otros, fila.get("mayoria"), fila.get("base"), presentes,
                                  con_derecho)
