"""Agrupaciones por encima del país (issue 80, §2): la «Región continental» con sus grupos (África, Europa…), una
subregión, cualquier reparto que el estatuto use para sus cupos. Un grupo reúne países (todos sus miembros) o miembros
sueltos; el grupo de un miembro en una agrupación es el que lo nombra a él o, si ninguno, el de su país. La
agrupación por tipo de miembro (municipio, gobierno regional…) no se define: es la del padrón.

Los cupos por grupo son una regla de composición («por_agrupacion»: servicios.reglas_de_composicion) que miran la
composición (dominio.revision_de_composicion), quién puede ser designado (servicios.elegibles) y las elecciones
(servicios.cupos_de_eleccion); los informes cuentan por grupo (servicios.informe_por_grupo).
"""

import json
from dataclasses import dataclass, field
from datetime import date

from ..datos import agrupaciones as tabla_agrupaciones
from ..datos import organos as tabla_organos
from ..datos.conexion import transaccion
from ..dominio.orden_alfabetico import clave_de_orden
from ..dominio.organos import AGRUPACION_POR_TIPO
from ..dominio.paises import codigo_pais, nombre_pais
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from . import campos
from .campos import LARGO_CORTO
from .contexto import Contexto
from .observadores import exigir_miembro_de_la_asociacion


@dataclass
class Grupo:
    """Un grupo de una agrupación con lo que reúne: países (códigos) y miembros sueltos (id → nombre)."""

    agrupacion: str
    nombre: str
    articulo: str | None = None
    paises: list[str] = field(default_factory=list)
    miembros: dict[int, str] = field(default_factory=dict)


def agrupaciones(contexto: Contexto) -> dict[str, list[Grupo]]:
    """Cada agrupación definida con sus grupos, en orden alfabético."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    grupos = {(g["agrupacion"], g["nombre"]): Grupo(g["agrupacion"], g["nombre"], g["articulo"])
              for g in tabla_agrupaciones.grupos(db, asociacion_id)}
    for i in tabla_agrupaciones.integrantes(db, asociacion_id):
        grupo = grupos[(i["agrupacion"], i["grupo"])]
        if i["pais"]:
            grupo.paises.append(i["pais"])
        else:
            grupo.miembros[i["miembro_id"]] = i["miembro"]
    resultado: dict[str, list[Grupo]] = {}
    for grupo in sorted(grupos.values(), key=lambda g: (clave_de_orden(g.agrupacion), clave_de_orden(g.nombre))):
        grupo.paises.sort(key=lambda p: clave_de_orden(nombre_pais(p)))
        resultado.setdefault(grupo.agrupacion, []).append(grupo)
    return resultado


def grupos_de_los_miembros(contexto: Contexto, agrupacion: str) -> dict[int, str]:
    """miembro_id → su grupo en la agrupación: el que lo nombra a él o, si ninguno, el de su país. Un miembro que no
    está en ninguno no figura. La del tipo de miembro (AGRUPACION_POR_TIPO): el tipo de cada uno."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    miembros = tabla_agrupaciones.miembros_con_pais(db, asociacion_id)
    if agrupacion == AGRUPACION_POR_TIPO:
        return {m["id"]: m["tipo"] for m in miembros if m["tipo"]}
    integrantes = tabla_agrupaciones.integrantes(db, asociacion_id, agrupacion)
    por_pais = {i["pais"]: i["grupo"] for i in integrantes if i["pais"]}
    propios = {i["miembro_id"]: i["grupo"] for i in integrantes if i["miembro_id"] is not None}
    resultado = {m["id"]: por_pais[m["pais"]] for m in miembros if m["pais"] in por_pais}
    resultado.update(propios)
    return resultado


def grupos_de_las_reglas(contexto: Contexto, reglas: list) -> dict[str, tuple[list[str], dict[int, str]]] | None:
    """De cada agrupación que nombra una regla por_agrupacion, sus grupos y el de cada miembro (None sin ninguna)."""
    nombradas = [str(r.parametros.get("agrupacion")) for r in reglas if r.tipo == "por_agrupacion"]
    if not nombradas:
        return None
    return {a: (nombres_de_los_grupos(contexto, a), grupos_de_los_miembros(contexto, a)) for a in nombradas}


def nombres_de_los_grupos(contexto: Contexto, agrupacion: str) -> list[str]:
    """Los grupos de la agrupación, en orden (los de la del tipo de miembro: los tipos)."""
    if agrupacion == AGRUPACION_POR_TIPO:
        from ..dominio.miembros import TIPOS

        return list(TIPOS)
    return [g.nombre for g in agrupaciones(contexto).get(agrupacion, [])]


def exigir_agrupacion(contexto: Contexto, agrupacion: str, grupos: list[str] | tuple[str, ...] = ()) -> None:
    """Nada si la agrupación existe (y nombra esos grupos); si no, un error que dice cuáles hay y cómo definirla."""
    existentes = nombres_de_los_grupos(contexto, agrupacion)
    if not existentes:
        definidas = sorted(agrupaciones(contexto))
        raise ErrorEscritorio(traducir(
            "No hay una agrupación «{0}» en esta asociación (hay: {1}). Defina sus grupos antes (Archivo > Datos de "
            "la asociación… > Agrupaciones, o «asociacion agrupacion \"{0}\" GRUPO --paises XX,YY»).").format(
            agrupacion, ", ".join([AGRUPACION_POR_TIPO, *definidas])))
    faltan = [g for g in grupos if g not in existentes]
    if faltan:
        raise ErrorEscritorio(traducir("La agrupación «{0}» no tiene el grupo «{1}»; sus grupos: {2}.").format(
            agrupacion, faltan[0], ", ".join(existentes)))


@dataclass
class GrupoDefinido:
    agrupacion: str
    grupo: str
    creado: bool
    agregados: list[str]

    def resumen(self) -> str:
        que = (traducir("Grupo «{0}» de «{1}» definido").format(self.grupo, self.agrupacion) if self.creado
               else traducir("Grupo «{0}» de «{1}»").format(self.grupo, self.agrupacion))
        if not self.agregados:
            return traducir("{0}, sin integrantes todavía.").format(que) if self.creado else traducir(
                "{0}: sin cambios.").format(que)
        return traducir("{0}: {1}.").format(que, ", ".join(self.agregados))


def definir_grupo(contexto: Contexto, agrupacion: object, grupo: object, paises: list[str] = (),
                  miembros: list[int] = (), articulo: object = None) -> GrupoDefinido:
    """Crea el grupo de la agrupación si no existe y le agrega países (códigos o nombres) y miembros, en una
    transacción. Un país o un miembro ya ubicado en otro grupo de la misma agrupación se rechaza (se quita de allí
    antes): cada uno está a lo sumo en un grupo de cada agrupación."""
    agrupacion = campos.texto(traducir("Agrupación"), agrupacion, maximo=LARGO_CORTO)
    grupo = campos.texto(traducir("Grupo"), grupo, maximo=LARGO_CORTO)
    articulo = campos.texto_opcional(traducir("Artículo"), articulo, maximo=LARGO_CORTO)
    if agrupacion == AGRUPACION_POR_TIPO:
        raise ErrorEscritorio(traducir("La agrupación «{0}» es la del tipo de cada miembro en el padrón: no se "
                                       "define. Elija otro nombre.").format(AGRUPACION_POR_TIPO))
    codigos = [_codigo(p) for p in paises]
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):
        for miembro_id in miembros:
            exigir_miembro_de_la_asociacion(contexto, miembro_id)
        fila = tabla_agrupaciones.grupo(db, asociacion_id, agrupacion, grupo)
        creado = fila is None
        if creado:
            tabla_agrupaciones.insertar_grupo(db, asociacion_id, agrupacion, grupo, articulo)
            fila = tabla_agrupaciones.grupo(db, asociacion_id, agrupacion, grupo)
            _exigir_que_quepan(contexto, agrupacion, grupo)
        ya = tabla_agrupaciones.integrantes(db, asociacion_id, agrupacion)
        agregados = []
        for pais in dict.fromkeys(codigos):
            if _exigir_libre(ya, agrupacion, grupo, "pais", pais, nombre_pais(pais)):
                tabla_agrupaciones.insertar_integrante(db, fila, asociacion_id, pais, None)
                agregados.append(nombre_pais(pais))
        nombres = {m["id"]: m["nombre"] for m in tabla_agrupaciones.miembros_con_pais(db, asociacion_id)}
        for miembro_id in dict.fromkeys(miembros):
            if _exigir_libre(ya, agrupacion, grupo, "miembro_id", miembro_id, nombres[miembro_id]):
                tabla_agrupaciones.insertar_integrante(db, fila, asociacion_id, None, miembro_id)
                agregados.append(nombres[miembro_id])
    return GrupoDefinido(agrupacion, grupo, creado, agregados)


def minimos_que_no_caben(contexto: Contexto, organo: dict, reglas: list, al: date) -> str | None:
    """Por qué los mínimos de los grupos de una agrupación no caben en la cantidad fija de puestos del órgano con
    las reglas (`dominio.organos.Regla`) que rigen el día `al`, o None si caben: «al menos 2 por región» con cinco
    regiones no cabe en un Comité de ocho. Lo preguntan agregar una regla y definir un grupo nuevo."""
    from ..dominio.organos import cupo_del_grupo, nombre_de_la_agrupacion, nombre_del_grupo, reglas_que_rigen

    vigentes = reglas_que_rigen(reglas, al)
    fijos = [(r.desde or date.min, i, r) for i, r in enumerate(vigentes) if r.tipo == "tamano_fijo"]
    if not fijos:
        return None
    tamano = max(fijos, key=lambda t: t[:2])[2]   # la de texto más reciente (la última agregada, a igual fecha)
    puestos = int(tamano.parametros["puestos"])
    for regla in (r for r in vigentes if r.tipo == "por_agrupacion"):
        agrupacion = str(regla.parametros.get("agrupacion"))
        minimos = {g: c.minimo for g in nombres_de_los_grupos(contexto, agrupacion)
                   if (c := cupo_del_grupo(regla.parametros, g)) is not None and c.minimo}
        if sum(minimos.values()) > puestos:
            citas = [f"{r.articulo}" for r in (tamano, regla) if r.articulo]
            cita = f" ({'; '.join(dict.fromkeys(citas))})" if citas else ""
            return traducir("en {0}, los cupos de «{1}» piden al menos {2} puestos ({3}) y el órgano tiene {4}{5}.").format(
                organo["nombre"], nombre_de_la_agrupacion(agrupacion), sum(minimos.values()),
                ", ".join(f"{nombre_del_grupo(agrupacion, g)}: {n}" for g, n in minimos.items()), puestos, cita)
    return None


def _exigir_que_quepan(contexto: Contexto, agrupacion: str, grupo: str) -> None:
    """Un grupo nuevo suma su mínimo en cada órgano con cupos de la agrupación: que sigan cabiendo en sus puestos."""
    from ..dominio.organos import regla_de_la_fila
    from .base import hoy

    reglas = tabla_organos.reglas_de_la_asociacion(contexto.db, contexto.asociacion_id)
    con_la_agrupacion = {r["organo_id"] for r in reglas if r["tipo"] == "por_agrupacion"
                         and json.loads(r["parametros"]).get("agrupacion") == agrupacion}
    for organo in tabla_organos.organos(contexto.db, contexto.asociacion_id):
        if organo["id"] in con_la_agrupacion:
            motivo = minimos_que_no_caben(contexto, organo, [regla_de_la_fila(r) for r in reglas
                                                             if r["organo_id"] == organo["id"]], hoy())
            if motivo:
                raise ErrorEscritorio(traducir("No se definió el grupo «{0}»: con él, {1} Reforme antes la regla o la "
                                               "cantidad de puestos.").format(grupo, motivo))


def _codigo(pais: str) -> str:
    codigo = codigo_pais(pais)
    if codigo is None:
        raise ErrorEscritorio(traducir("País «{0}» desconocido: escriba su código de dos letras (AR, BR, ZA) o su "
                                       "nombre.").format(pais))
    return codigo


def _exigir_libre(ya: list[dict], agrupacion: str, grupo: str, columna: str, valor, nombre: str) -> bool:
    """True si hay que agregarlo; False si ya está en ese grupo; error si está en otro de la agrupación."""
    donde = next((i["grupo"] for i in ya if i[columna] == valor), None)
    if donde is None:
        return True
    if donde == grupo:
        return False
    raise ErrorEscritorio(traducir("No se cambió nada: {0} ya está en el grupo «{1}» de «{2}». Un país o un miembro "
                                   "está en un solo grupo de cada agrupación: quítelo antes de «{1}» (--quitar) si "
                                   "el estatuto lo pasa a «{3}».").format(nombre, donde, agrupacion, grupo))


def quitar_del_grupo(contexto: Contexto, agrupacion: str, grupo: str, paises: list[str] = (),
                     miembros: list[int] = ()) -> list[str]:
    """Quita países y miembros del grupo; sin ninguno, quita el grupo entero (si ninguna regla de composición lo
    nombra, con un cupo propio o con el de todos sus grupos: quitarlo cambiaría lo que el estatuto dice sin una
    reforma). Devuelve lo que se quitó, por nombre."""
    if agrupacion == AGRUPACION_POR_TIPO:
        raise ErrorEscritorio(traducir("La agrupación «{0}» es la del tipo de cada miembro en el padrón: no se "
                                       "define ni se quita. Cambie el tipo del miembro en su ficha.").format(
            AGRUPACION_POR_TIPO))
    db, asociacion_id = contexto.db, contexto.asociacion_id
    codigos = [_codigo(p) for p in paises]
    with transaccion(db):
        fila = tabla_agrupaciones.grupo(db, asociacion_id, agrupacion, grupo)
        if fila is None:
            exigir_agrupacion(contexto, agrupacion, [grupo])
        integrantes = [i for i in tabla_agrupaciones.integrantes(db, asociacion_id, agrupacion) if i["grupo"] == grupo]
        if not codigos and not miembros:
            _exigir_sin_reglas(contexto, agrupacion, grupo)
            tabla_agrupaciones.borrar_grupo(db, fila["id"])
            return [grupo]
        quitados = []
        for i in integrantes:
            if i["pais"] in codigos or (i["miembro_id"] is not None and i["miembro_id"] in miembros):
                tabla_agrupaciones.borrar_integrante(db, i["id"])
                quitados.append(nombre_pais(i["pais"]) if i["pais"] else i["miembro"])
        if len(quitados) < len(set(codigos)) + len(set(miembros)):
            raise ErrorEscritorio(traducir("No se quitó nada: algún país o miembro nombrado no está en el grupo "
                                           "«{0}» de «{1}».").format(grupo, agrupacion))
    return quitados


def _exigir_sin_reglas(contexto: Contexto, agrupacion: str, grupo: str) -> None:
    que_lo_nombran = [r["id"] for r in tabla_organos.reglas_de_la_asociacion(contexto.db, contexto.asociacion_id)
                      if r["tipo"] == "por_agrupacion" and (p := json.loads(r["parametros"])).get("agrupacion") ==
                      agrupacion and ("cupo" in p or grupo in (p.get("grupos") or {}))]
    if que_lo_nombran:
        raise ErrorEscritorio(traducir("No se quitó el grupo «{0}»: la regla de composición {1} le fija un cupo. "
                                       "Quite antes esa regla (o reforme el estatuto).").format(
            grupo, ", ".join(str(r) for r in que_lo_nombran)))
