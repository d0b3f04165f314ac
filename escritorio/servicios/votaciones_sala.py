"""Las votaciones de la sala (issue 64, §2): cada enmienda admitida, en el orden de votación, y después la moción;
y la moción aprobada que se vuelve la resolución o la declaración de su punto, con su texto final.

El resultado se calcula EXACTAMENTE como el de un punto: la asistencia de la sesión para el tipo de decisión del
punto, la mayoría de su regla (y si el estatuto la fija), el mismo quórum y el mismo motivo para votar con otra
mayoría (servicios.votaciones.calcular_votacion). La resolución se adopta por servicios.votaciones.adoptar_resolucion,
con la votación final de la moción como la que la permite."""

from dataclasses import dataclass

from ..datos import enmiendas as tabla_enmiendas
from ..datos import mociones as tabla_mociones
from ..datos import votaciones_sala as tabla
from ..datos.conexion import transaccion
from ..dominio.enmiendas import lugares
from ..dominio.mociones import rotulo_de_la_mocion
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio, ErrorValidacion
from .actos_de_sesion import registrar_acto
from .contexto import Contexto
from .enmiendas import (EnmiendasDeLaMocion, decaer_las_subenmiendas, listar, mocion_de_la_asociacion,
                        nombre_del_estado, texto_final)
from .idioma_de_los_documentos import en_el_idioma_de_los_documentos
from .sesiones import exigir_editable, sesion_de_la_asociacion
from .sesiones.asistencia import asistencia
from .sesiones.reglas import mayoria_de, regla_fija
from .votaciones import (NuevaVotacion, PrevisionVotacion, ResolucionAdoptada, adoptar_resolucion,
                         calcular_votacion, regla_para_mocion)


@dataclass(frozen=True)
class VotacionDeLaSala:
    """Una votación cerrada de la sala: la de una enmienda (`enmienda_id`) o la final de la moción (None).
    `decaidas`: los números de las enmiendas que decayeron porque esta, aprobada, tocaba lo mismo."""
    id: int
    mocion_id: int
    enmienda_id: int | None
    numero: int | None              # el de la enmienda (None: la votación de la moción)
    metodo: str
    mayoria: str
    base: str
    a_favor: int
    en_contra: int
    abstenciones: int
    presentes: int
    con_derecho: int
    aprobada: bool
    texto_resultado: str
    regla_mayoria: str | None
    motivo_mayoria: str | None
    cerrada_en: str
    habilitados: int
    decaidas: tuple[int, ...] = ()


def _leida(db, votacion_id: int, decaidas: tuple[int, ...] = ()) -> VotacionDeLaSala:
    v = tabla.votacion(db, votacion_id)
    return VotacionDeLaSala(v["id"], v["mocion_id"], v["enmienda_id"], v["enmienda_numero"], v["metodo"], v["mayoria"], v["base"],
                            v["a_favor"], v["en_contra"], v["abstenciones"], v["presentes"], v["con_derecho"],
                            bool(v["aprobada"]), v["texto_resultado"], v["regla_mayoria"], v["motivo_mayoria"],
                            v["cerrada_en"], tabla.cantidad_de_habilitados(db, votacion_id), decaidas)


def votaciones(contexto: Contexto, mocion_id: int) -> list[VotacionDeLaSala]:
    """Las votaciones cerradas de la moción y de sus enmiendas, en el orden en que se cerraron."""
    mocion_de_la_asociacion(contexto, mocion_id)
    return [_leida(contexto.db, v["id"]) for v in tabla.votaciones_de(contexto.db, mocion_id)]


def _lo_que_se_vota(listado: EnmiendasDeLaMocion, enmienda_id: int | None) -> None:
    """El orden de la sala: una enmienda admitida, cuando todas las anteriores en el orden ya se votaron; la moción
    admitida, cuando no queda ninguna enmienda por decidir ni por votar."""
    if listado.estado in ("aprobada", "rechazada"):
        raise ErrorEscritorio(traducir("La moción {0} ya fue votada ({1}): la votación cerrada no se repite ni se "
                                       "votan sus enmiendas.").format(listado.numero, nombre_del_estado(listado.estado)))
    if listado.estado != "admitida":
        que = traducir("la moción") if enmienda_id is None else traducir("una enmienda de la moción")
        raise ErrorEscritorio(traducir("La moción {0} no está admitida (está {1}): no se vota {2}.").format(
            listado.numero, nombre_del_estado(listado.estado), que))
    if enmienda_id is None:
        for e in listado.pendientes():
            if e.estado == "presentada":
                raise ErrorEscritorio(traducir("La enmienda {0} todavía no fue admitida ni rechazada: decida sobre "
                                               "ella antes de votar la moción.").format(e.numero))
            raise ErrorEscritorio(traducir("Falta votar la enmienda {0}: las enmiendas admitidas se votan antes que "
                                           "la moción.").format(e.numero))
        return
    enmienda = next((e for e in listado.enmiendas if e.id == enmienda_id), None)
    if enmienda is None:
        raise ErrorEscritorio(traducir("No existe la enmienda {0} en esta asociación.").format(enmienda_id))
    if enmienda.estado != "admitida":
        raise ErrorEscritorio(traducir("La enmienda {0} está {1}: solo se vota una enmienda admitida.").format(
            enmienda.numero, nombre_del_estado(enmienda.estado)))
    proxima = listado.proxima()
    if proxima is not None and proxima.id != enmienda_id:
        raise ErrorEscritorio(traducir("Antes se vota la enmienda {0} (le toca el lugar {1} en el orden de votación; "
                                       "a la enmienda {2}, el {3}).").format(
            proxima.numero, proxima.posicion, enmienda.numero, enmienda.posicion))


def _regla_y_asistencia(contexto: Contexto, mocion: dict, sesion: dict):
    db = contexto.db
    estado = asistencia(contexto, sesion["id"], mocion["tipo_decision"])
    regla = regla_para_mocion(mayoria_de(db, sesion["organo_id"], mocion["tipo_decision"], sesion["fecha"]))
    fija = regla_fija(db, sesion["organo_id"], mocion["tipo_decision"], sesion["fecha"])
    return estado, regla, fija


def prever(contexto: Contexto, mocion_id: int, nueva: NuevaVotacion) -> PrevisionVotacion:
    """Lo que daría cerrar ahora la votación (de una enmienda o de la moción: la regla es la misma, la del punto),
    para mostrar el resultado en vivo mientras se cuentan los votos. No escribe."""
    mocion = mocion_de_la_asociacion(contexto, mocion_id)
    sesion = sesion_de_la_asociacion(contexto, mocion["sesion_id"])
    estado, regla, fija = _regla_y_asistencia(contexto, mocion, sesion)
    return calcular_votacion(estado, regla, mocion["tipo_decision"], nueva, fija)


@en_el_idioma_de_los_documentos
def _votar(contexto: Contexto, mocion_id: int, enmienda_id: int | None, nueva: NuevaVotacion) -> VotacionDeLaSala:
    db = contexto.db
    with transaccion(db):   # el orden, la asistencia y «ya votada» se leen con la base tomada
        mocion = mocion_de_la_asociacion(contexto, mocion_id)
        sesion = sesion_de_la_asociacion(contexto, mocion["sesion_id"])
        exigir_editable(sesion)
        listado = listar(contexto, mocion_id)
        _lo_que_se_vota(listado, enmienda_id)
        estado, regla, fija = _regla_y_asistencia(contexto, mocion, sesion)
        prevision = calcular_votacion(estado, regla, mocion["tipo_decision"], nueva, fija)
        problemas = prevision.todos_los_problemas
        if problemas:
            raise ErrorValidacion(traducir("No se registró la votación:") + "\n"
                                  + "\n".join(f"  - {p}" for p in problemas), problemas)
        aprobada = prevision.resultado.aprobada
        votacion_id = tabla.insertar_votacion(
            db, mocion_id, enmienda_id, metodo=nueva.metodo, mayoria=prevision.mayoria, base=prevision.base,
            a_favor=prevision.a_favor, en_contra=prevision.en_contra, abstenciones=prevision.abstenciones,
            presentes=prevision.presentes, con_derecho=prevision.con_derecho, aprobada=int(aprobada),
            texto_resultado=prevision.resultado.texto, regla_mayoria=regla.describir(),
            motivo_mayoria=prevision.motivo_mayoria,
            habilitados=[(m, h.peso, (nueva.nominales or {}).get(m) if nueva.metodo == "nominal" else None)
                         for m, h in prevision.habilitados.items()])
        decaidas: tuple[int, ...] = ()
        if enmienda_id is None:
            tabla.fijar_estado_mocion(db, mocion_id, "aprobada" if aprobada else "rechazada")
        else:
            votada = next(e for e in listado.enmiendas if e.id == enmienda_id)
            tabla_enmiendas.fijar_estado(db, enmienda_id, "aprobada" if aprobada else "rechazada", None)
            decaidas = _las_que_decaen(db, listado, votada, aprobada)
        registrar_acto(db, sesion["id"])
    return _leida(db, votacion_id, decaidas)


def _las_que_decaen(db, listado: EnmiendasDeLaMocion, votada, aprobada: bool) -> tuple[int, ...]:
    """Las pendientes que ya no tienen sobre qué votarse decaen: aprobada una, las de su grupo (las enmiendas a la
    moción, o las enmiendas a una misma enmienda) que tocan lo mismo; votada una enmienda a la moción, las enmiendas
    a ella que quedaban sin votar, y las de cada una que decayó. Sus números."""
    chocan = []
    if aprobada:
        tocado = lugares(list(votada.cambios))
        chocan = [e for e in listado.pendientes() if e.id != votada.id and e.enmienda_de_id == votada.enmienda_de_id
                  and lugares(list(e.cambios)) & tocado]
    # El motivo se lee después del estado («Decaída: La enmienda 2, …»): no lo repite.
    motivo = traducir("La enmienda {0}, aprobada antes, cambió el mismo párrafo.").format(votada.numero)
    for e in chocan:
        tabla_enmiendas.fijar_estado(db, e.id, "decaida", motivo)
    decaidas = [e.numero for e in chocan]
    if votada.enmienda_de_id is None:
        decaidas += decaer_las_subenmiendas(db, {"id": votada.id, "mocion_id": listado.mocion_id}, traducir(
            "La enmienda {0}, a la que enmendaba, ya se votó.").format(votada.numero))
        for e in chocan:
            decaidas += decaer_las_subenmiendas(db, {"id": e.id, "mocion_id": listado.mocion_id}, traducir(
                "La enmienda {0}, a la que enmendaba, decayó.").format(e.numero))
    return tuple(sorted(decaidas))


def votar_enmienda(contexto: Contexto, enmienda_id: int, nueva: NuevaVotacion) -> VotacionDeLaSala:
    """Cierra la votación de una enmienda admitida, la que sigue en el orden de votación. Aprobada, hace decaer
    las pendientes que tocan el mismo párrafo."""
    fila = tabla_enmiendas.enmienda(contexto.db, enmienda_id)
    if fila is None:
        raise ErrorEscritorio(traducir("No existe la enmienda {0} en esta asociación.").format(enmienda_id))
    return _votar(contexto, fila["mocion_id"], enmienda_id, nueva)


def votar_mocion(contexto: Contexto, mocion_id: int, nueva: NuevaVotacion) -> VotacionDeLaSala:
    """Cierra la votación final de la moción admitida, después de votadas sus enmiendas: queda aprobada o
    rechazada. Una moción en un bloque se vota con él (votar_bloque)."""
    fila = tabla_mociones.mocion(contexto.db, mocion_id)
    if fila is not None and fila["bloque_id"] is not None and fila["estado"] == "admitida":
        from .bloques_de_mocion import como_sacarla

        raise ErrorEscritorio(traducir("{0} está en el bloque «{1}»: se vota con él. Para votarla sola, {2} "
                                       "primero.").format(rotulo_de_la_mocion(fila["numero"], fila["prefijo"]),
                                                          fila["bloque"], como_sacarla()))
    return _votar(contexto, mocion_id, None, nueva)


@dataclass(frozen=True)
class VotacionDelBloque:
    """La votación de un bloque: una sola, cuyas cifras y resultado valen para cada moción (`votaciones`, una fila
    por moción, en el orden de sus números)."""
    bloque_id: int
    nombre: str
    mociones: tuple[str, ...]
    aprobada: bool
    votaciones: tuple[VotacionDeLaSala, ...]


def _mociones_para_el_bloque(contexto: Contexto, bloque) -> list[dict]:
    """Las mociones del bloque, listas para votarse juntas; si alguna no lo está, el error que dice cuál y qué hacer."""
    if not bloque.ids:
        raise ErrorEscritorio(traducir("El bloque «{0}» no tiene mociones: agregue alguna antes de votarlo.").format(
            bloque.nombre))
    filas = [mocion_de_la_asociacion(contexto, i) for i in bloque.ids]
    for fila, rotulo in zip(filas, bloque.mociones):
        listado = listar(contexto, fila["id"])
        if listado.estado != "admitida":
            raise ErrorEscritorio(traducir("{0} está {1}: en un bloque se votan mociones admitidas. Quítela del "
                                           "bloque «{2}».").format(rotulo, nombre_del_estado(listado.estado).lower(),
                                                                   bloque.nombre))
        pendiente = next(iter(listado.pendientes()), None)
        if pendiente is not None:
            raise ErrorEscritorio(traducir("{0} tiene la enmienda {1} por decidir o por votar: vote sus enmiendas "
                                           "antes de votar el bloque «{2}», o quite la moción del bloque.").format(
                rotulo, pendiente.numero, bloque.nombre))
    tipos = {f["tipo_decision"] for f in filas}
    if len(tipos) > 1:
        raise ErrorEscritorio(traducir("Las mociones del bloque «{0}» son de puntos con distinto tipo de decisión "
                                       "(y quizá distinta mayoría): un bloque se vota con una sola regla. Arme un "
                                       "bloque por tipo de decisión.").format(bloque.nombre))
    return filas


@en_el_idioma_de_los_documentos
def votar_bloque(contexto: Contexto, bloque_id: int, nueva: NuevaVotacion) -> VotacionDelBloque:
    """Cierra la votación de un bloque de mociones (servicios/bloques_de_mocion.py): una sola, con la regla del
    punto de sus mociones; su resultado vale para cada una, que queda aprobada o rechazada con las mismas cifras."""
    from .bloques_de_mocion import obtener_bloque

    db = contexto.db
    with transaccion(db):
        bloque = obtener_bloque(contexto, bloque_id)
        sesion = sesion_de_la_asociacion(contexto, bloque.sesion_id)
        exigir_editable(sesion)
        filas = _mociones_para_el_bloque(contexto, bloque)
        estado, regla, fija = _regla_y_asistencia(contexto, filas[0], sesion)
        prevision = calcular_votacion(estado, regla, filas[0]["tipo_decision"], nueva, fija)
        if prevision.todos_los_problemas:
            raise ErrorValidacion(traducir("No se registró la votación:") + "\n"
                                  + "\n".join(f"  - {p}" for p in prevision.todos_los_problemas),
                                  prevision.todos_los_problemas)
        aprobada = prevision.resultado.aprobada
        ids = []
        for fila in filas:
            ids.append(tabla.insertar_votacion(
                db, fila["id"], None, metodo=nueva.metodo, mayoria=prevision.mayoria, base=prevision.base,
                a_favor=prevision.a_favor, en_contra=prevision.en_contra, abstenciones=prevision.abstenciones,
                presentes=prevision.presentes, con_derecho=prevision.con_derecho, aprobada=int(aprobada),
                texto_resultado=prevision.resultado.texto, regla_mayoria=regla.describir(),
                motivo_mayoria=prevision.motivo_mayoria,
                habilitados=[(m, h.peso, (nueva.nominales or {}).get(m) if nueva.metodo == "nominal" else None)
                             for m, h in prevision.habilitados.items()]))
            tabla.fijar_estado_mocion(db, fila["id"], "aprobada" if aprobada else "rechazada")
        registrar_acto(db, sesion["id"])
    return VotacionDelBloque(bloque.id, bloque.nombre, bloque.mociones, aprobada,
                             tuple(_leida(db, i) for i in ids))


def adoptar_mocion(contexto: Contexto, mocion_id: int, tipo: str = "resolucion",
                   titulo: str | None = None) -> ResolucionAdoptada:
    """La moción aprobada se vuelve la resolución (o la declaración, …) de su punto: su título (u otro), su texto
    final con las enmiendas aprobadas y, como firmantes, quienes la presentaron y la apoyaron."""
    db = contexto.db
    with transaccion(db):
        mocion = mocion_de_la_asociacion(contexto, mocion_id)
        exigir_editable(sesion_de_la_asociacion(contexto, mocion["sesion_id"]))
        if mocion["resolucion_id"] is not None:
            raise ErrorEscritorio(traducir("La moción {0} ya fue adoptada: su resolución ya existe.").format(
                mocion["numero"]))
        if mocion["estado"] == "rechazada":
            raise ErrorEscritorio(traducir("La moción {0} fue rechazada en la votación: no se adopta como "
                                           "resolución ni como declaración.").format(mocion["numero"]))
        final = next((v for v in tabla.votaciones_de(db, mocion_id) if v["enmienda_id"] is None), None)
        if mocion["estado"] != "aprobada" or final is None:
            raise ErrorEscritorio(traducir("La moción {0} está {1}: solo se adopta una moción aprobada en su "
                                           "votación.").format(mocion["numero"], nombre_del_estado(mocion["estado"])))
        firmantes = [a["miembro_id"] for a in tabla_enmiendas.autores_de_la_mocion(db, mocion_id)]
        adoptada = adoptar_resolucion(contexto, mocion["punto_id"], tipo, titulo or mocion["titulo"],
                                      texto_final(contexto, mocion_id).texto, firmantes=firmantes, votacion=final)
        tabla.fijar_resolucion_de_la_mocion(db, mocion_id, adoptada["id"])
    return adoptada
