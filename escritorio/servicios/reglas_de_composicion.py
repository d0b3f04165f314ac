"""Las reglas de composición de un órgano: agregarlas citadas a su artículo (revisando que se puedan cumplir: los
cupos por país que no caben en la cantidad fija de puestos se rechazan), leerlas como se leen, quitarlas, y las que
evalúa la composición (`servicios.organos.composicion`). Las usan «organos regla-composicion» y «organos
quitar-regla», el diálogo Reglas de composición… y la red de ejemplo.
"""

import json
from datetime import date
from typing import TypedDict

from ..datos import asociaciones as tabla_asociaciones
from ..datos import organos as tabla_organos
from ..datos.base_de_datos import BaseDeDatos
from ..datos.conexion import transaccion
from ..dominio import formato
from ..dominio.miembros import CATEGORIAS_PAIS, TIPOS as TIPOS_DE_MIEMBRO
from ..dominio.organos import (REGLAS, TIPOS_ORGANO, Regla, cupo_valido, cupos_imposibles, cupos_por_grupo_validos,
                               describir_cupos, describir_cupos_por_grupo, describir_limite, nombrar_tipos,
                               reemplazadas, regla_de_la_fila)
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from . import campos
from .base import hoy as fecha_de_hoy
from .campos import LARGO_CORTO
from .contexto import Contexto
from .mandatos import organo_de_la_asociacion


class FilaRegla(TypedDict):
    """Una regla de composición de un órgano, con su id (para quitarla) y cómo se lee."""

    id: int
    organo_id: int
    tipo: str
    nombre: str            # «Todos los miembros activos»
    parametros: dict
    descripcion: str       # «2 por país pleno, 1 por país asociado»
    articulo: str | None
    desde: str | None      # la fecha del texto del artículo que cita
    reemplazada_por: int | None   # hoy no rige: la reemplaza esa regla (una reforma de la misma clase de regla)


def _de_oficio(parametros: dict, organo: dict) -> dict:
    nombrados = parametros.get("organos")
    if not isinstance(nombrados, list) or not nombrados or any(t not in TIPOS_ORGANO for t in nombrados):
        raise ErrorEscritorio(traducir("La regla de asientos de oficio nombra los tipos de órgano cuyos integrantes "
                                       "se sientan por su cargo, por ejemplo {0}; tipos: {1}.").format(
            '{"organos": ["comision_directiva", "secretaria_ejecutiva"]}', ", ".join(TIPOS_ORGANO)))
    if organo["tipo"] in nombrados:
        raise ErrorEscritorio(traducir("{0} no puede sentarse de oficio en sí mismo: quite «{1}» de la "
                                       "lista.").format(organo["nombre"], organo["tipo"]))
    return parametros


def _por_categoria(parametros: dict, organo: dict) -> dict:
    if parametros and all(c in CATEGORIAS_PAIS and cupo_valido(n) for c, n in parametros.items()):
        return parametros
    raise ErrorEscritorio(traducir("La regla de puestos por categoría dice cuántas ciudades electas por país de "
                                   "cada categoría: exactamente, por ejemplo {0} (en la CLI: --pleno 2 --asociado "
                                   "1); a lo sumo, {1} (--pleno-maximo 1); o al menos, {2} (--pleno-minimo 1). "
                                   "Un mínimo no puede pasar al máximo.").format(
        '{"pleno": 2, "asociado": 1}', '{"pleno": {"maximo": 1}}', '{"pleno": {"minimo": 1}}'))


def _tipo_de_miembro(parametros: dict, organo: dict) -> dict:
    pedidos = parametros.get("tipos")
    todos = parametros.setdefault("todos", True)
    if (isinstance(pedidos, list) and pedidos and all(t in TIPOS_DE_MIEMBRO for t in pedidos)
            and isinstance(todos, bool) and not set(parametros) - {"tipos", "todos"}):
        return {**parametros, "tipos": list(dict.fromkeys(pedidos))}
    raise ErrorEscritorio(traducir("La regla «solo miembros de un tipo» nombra los tipos de miembro que integran "
                                   "el órgano, por ejemplo {0} (en la CLI: --tipos municipio); tipos: {1}. "
                                   "Con «todos» (lo habitual) el órgano lo integran todos los miembros activos "
                                   "de esos tipos, derivados del padrón; sin él (--solo-designados), solo "
                                   "limita a quién se designa o se elige.").format(
        '{"tipos": ["municipio"], "todos": true}', ", ".join(TIPOS_DE_MIEMBRO)))


def _tamano_fijo(parametros: dict, organo: dict) -> dict:
    if isinstance(parametros.get("puestos"), int) and parametros["puestos"] >= 1:
        return parametros
    raise ErrorEscritorio(traducir("La regla de cantidad fija dice cuántos integrantes, por ejemplo {0} (en la "
                                   "CLI: --puestos 3).").format('{"puestos": 3}'))


def _presidencia(parametros: dict, organo: dict) -> dict:
    if parametros.get("organo") in TIPOS_ORGANO:
        return parametros
    raise ErrorEscritorio(traducir("La regla de presidencia nombra el tipo de órgano cuyo titular preside, por "
                                   "ejemplo {0}; tipos: {1}.").format('{"organo": "secretaria_ejecutiva"}',
                                                                      ", ".join(TIPOS_ORGANO)))


def _limite_de_mandatos(parametros: dict, organo: dict) -> dict:
    seguidos = parametros.get("seguidos")
    if isinstance(seguidos, int) and not isinstance(seguidos, bool) and 1 <= seguidos <= 20 and set(parametros) == {
            "seguidos"}:
        return parametros
    raise ErrorEscritorio(traducir("La regla de límite de mandatos dice cuántos mandatos seguidos puede cumplir un "
                                   "miembro en el órgano, de 1 a 20: {0} es «sin reelección inmediata» (en la CLI: "
                                   "--seguidos 1), {1} «a lo sumo dos mandatos consecutivos» (--seguidos 2).").format(
        '{"seguidos": 1}', '{"seguidos": 2}'))


def _por_agrupacion(parametros: dict, organo: dict) -> dict:
    if cupos_por_grupo_validos(parametros):
        return parametros
    raise ErrorEscritorio(traducir("La regla de puestos por grupo nombra la agrupación y el cupo de cada grupo, "
                                   "escrito como los de por categoría: el mismo para todos, por ejemplo {0} (en la "
                                   "CLI: --agrupacion \"Región continental\" --cada-minimo 2 --cada-maximo 2), o el "
                                   "de algunos grupos, {1} (--grupo \"Europa=..3\").").format(
        '{"agrupacion": "Región continental", "cupo": 2}',
        '{"agrupacion": "Región continental", "grupos": {"Europa": {"maximo": 3}}}'))


# Los parámetros que pide cada tipo de regla (los revisa y los devuelve como se guardan; un tipo sin fila no lleva
# parámetros que revisar). Los ejemplos (JSON, como se escriben) van aparte de la frase: no se traducen.
PARAMETROS_DE_LA_REGLA = {
    "de_oficio": _de_oficio,
    "por_categoria": _por_categoria,
    "tipo_de_miembro": _tipo_de_miembro,
    "tamano_fijo": _tamano_fijo,
    "presidencia": _presidencia,
    "limite_de_mandatos": _limite_de_mandatos,
    "por_agrupacion": _por_agrupacion,
}


def agregar_regla(contexto: Contexto, organo_id: int, tipo: str, parametros: dict | None = None,
                  articulo: str | None = None, desde: date | None = None) -> int:
    """Una regla de composición citada a su artículo; `desde` es la fecha del texto del artículo que cita.

    de_oficio: {"organos": ["comision_directiva", "secretaria_ejecutiva"]} sienta de oficio a quienes integran
    esos órganos en cada fecha. presidencia: {"organo": "secretaria_ejecutiva"} da la presidencia a quien lo ejerce.
    Devuelve el id de la regla (con él se quita: `quitar_regla`)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    organo = organo_de_la_asociacion(contexto, organo_id)
    if tipo not in REGLAS:
        raise ErrorEscritorio(traducir("Regla «{0}» desconocida; use {1}.").format(tipo, ", ".join(REGLAS)))
    parametros = dict(parametros or {})
    if tipo in PARAMETROS_DE_LA_REGLA:
        parametros = PARAMETROS_DE_LA_REGLA[tipo](parametros, organo)
    articulo = campos.texto_opcional(traducir("Artículo"), articulo, maximo=LARGO_CORTO)
    desde = campos.fecha(traducir("Desde"), desde, historica=True, futura=True)
    with transaccion(db):  # la regla igual se busca con la base tomada: otra ventana pudo agregarla recién
        existentes = tabla_organos.reglas(db, organo_id)
        igual = next((r for r in existentes if r["tipo"] == tipo and json.loads(r["parametros"]) == parametros), None)
        if igual is not None:
            cita = f", {igual['articulo']}" if igual["articulo"] else ""
            raise ErrorEscritorio(traducir(
                "{0} ya tiene la regla «{1}» (regla {2}{3}): no se agregó otra igual. Para citar otro artículo, "
                "quite esa regla (Órganos > Reglas de composición…, o «organos quitar-regla {2}») y agréguela de "
                "nuevo.").format(organo["nombre"], traducir(REGLAS[tipo]), igual["id"], cita))
        if tipo in ("por_categoria", "tamano_fijo"):
            _exigir_cupos_posibles(db, asociacion_id, organo, existentes, Regla(tipo, parametros, articulo, desde))
        if tipo == "por_agrupacion":   # la agrupación y los grupos que nombra, definidos (servicios.agrupaciones)
            from .agrupaciones import exigir_agrupacion

            exigir_agrupacion(contexto, parametros["agrupacion"], list(parametros.get("grupos") or {}))
        if tipo in ("por_agrupacion", "tamano_fijo"):
            _exigir_grupos_posibles(contexto, organo, existentes, Regla(tipo, parametros, articulo, desde))
        return tabla_organos.insertar_regla_con_fecha(db, organo_id, tipo, json.dumps(parametros), articulo,
                                              (desde or date(1900, 1, 1)).isoformat())


def _exigir_cupos_posibles(db: BaseDeDatos, asociacion_id: int, organo: dict, existentes: list[dict],
                           nueva: Regla) -> None:
    """Al fijar los cupos por país o la cantidad de puestos: que el órgano pueda cumplirlos con los países de hoy (o
    los del día desde el que rige la regla, si es posterior). Cinco puestos no alcanzan para «1 por país pleno» en
    una red de ocho países plenos: se rechaza con la cuenta, en lugar de avisar para siempre que falta uno."""
    reglas = [regla_de_la_fila(r) for r in existentes] + [nueva]

    def ultima(tipo: str) -> Regla | None:   # la que rige: la de texto más reciente (la nueva, a igual fecha)
        del_tipo = [(r.desde or date.min, i, r) for i, r in enumerate(reglas) if r.tipo == tipo]
        return max(del_tipo, key=lambda t: t[:2])[2] if del_tipo else None

    cupos, tamano = ultima("por_categoria"), ultima("tamano_fijo")
    if cupos is None or tamano is None:
        return
    al = max(fecha_de_hoy(), nueva.desde or date.min)
    categorias = tabla_asociaciones.categorias_al(db, asociacion_id, al.isoformat())
    otros = any(r.tipo in ("de_oficio", "presidencia", "troika", "todos_los_activos", "tipo_de_miembro")
                for r in reglas)
    motivo = cupos_imposibles(cupos.parametros, categorias, int(tamano.parametros["puestos"]), otros)
    if motivo is None:
        return
    citas = [f"{r.articulo}" for r in (tamano, cupos) if r.articulo]
    cita = f" ({'; '.join(dict.fromkeys(citas))})" if citas else ""
    raise ErrorEscritorio(traducir(
        "No se agregó la regla: en {0}, {1}{2}, con los países de la asociación el {3}. Escriba cupos que quepan "
        "(por ejemplo, a lo sumo uno por país pleno: en la línea de órdenes, --pleno-maximo 1) o corrija la cantidad "
        "de puestos.").format(organo["nombre"], motivo, cita, formato.fecha(al)))


def _exigir_grupos_posibles(contexto: Contexto, organo: dict, existentes: list[dict], nueva: Regla) -> None:
    """Al fijar los cupos por grupo o la cantidad de puestos: que los mínimos de los grupos quepan
    (servicios.agrupaciones.minimos_que_no_caben)."""
    from .agrupaciones import minimos_que_no_caben

    motivo = minimos_que_no_caben(contexto, organo, [regla_de_la_fila(r) for r in existentes] + [nueva],
                                  max(fecha_de_hoy(), nueva.desde or date.min))
    if motivo:
        raise ErrorEscritorio(traducir("No se agregó la regla: {0} Escriba mínimos que quepan o corrija la cantidad de "
                                       "puestos.").format(motivo))


def _describir_tipos(parametros: dict) -> str:
    tipos = nombrar_tipos(parametros.get("tipos") or [])
    return (traducir("{0}: todos los activos").format(tipos) if parametros.get("todos", True)
            else traducir("{0}: los que se designen o elijan").format(tipos))


# Cómo se lee cada tipo de regla con sus parámetros (un tipo sin fila se nombra solo).
_DESCRIPCIONES = {
    "por_categoria": describir_cupos,
    "tipo_de_miembro": _describir_tipos,
    "tamano_fijo": lambda p: traducir("{0} puestos").format(p.get("puestos")),
    "de_oficio": lambda p: ", ".join(traducir(TIPOS_ORGANO.get(t, t)) for t in p.get("organos", [])),
    "presidencia": lambda p: traducir(TIPOS_ORGANO.get(p.get("organo"), str(p.get("organo")))),
    "limite_de_mandatos": lambda p: describir_limite(p.get("seguidos")),
    "por_agrupacion": describir_cupos_por_grupo,
}


def describir_parametros(tipo: str, parametros: dict) -> str:
    """Los parámetros de una regla como se leen: «2 por país pleno, 1 por país asociado», «a lo sumo 1 por país
    pleno», «3 puestos», «municipios: todos los activos»."""
    describir = _DESCRIPCIONES.get(tipo)
    return describir(parametros) if describir else ""


def reglas_de_composicion(contexto: Contexto, organo_id: int, al: date | None = None) -> list[FilaRegla]:
    """Las reglas de composición del órgano, con su id y cómo se leen (la lista que muestra la ventana), y de cada una
    que el día `al` (hoy, si no se indica) ya no rige, la que la reemplaza (una reforma de la misma clase de regla)."""
    organo_de_la_asociacion(contexto, organo_id)
    filas = tabla_organos.reglas(contexto.db, organo_id)
    por = reemplazadas([regla_de_la_fila(r) for r in filas], al or fecha_de_hoy())
    return [_fila_regla(r, filas[por[i]]["id"] if i in por else None) for i, r in enumerate(filas)]


def _fila_regla(r: dict, reemplazada_por: int | None = None) -> FilaRegla:
    parametros = json.loads(r["parametros"])
    return FilaRegla(id=r["id"], organo_id=r["organo_id"], tipo=r["tipo"],
                     nombre=traducir(REGLAS.get(r["tipo"], r["tipo"])), parametros=parametros,
                     descripcion=describir_parametros(r["tipo"], parametros), articulo=r["articulo"], desde=r["desde"],
                     reemplazada_por=reemplazada_por)


def quitar_regla(contexto: Contexto, regla_id: int) -> FilaRegla:
    """Quita una regla de composición (la bitácora guarda lo que decía); devuelve la regla quitada. La composición
    deja de aplicarla en todas las fechas: una regla reformada se quita y se agrega la nueva."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    with transaccion(db):
        regla = tabla_organos.regla_de_composicion_de_la_asociacion(db, asociacion_id, regla_id)
        if regla is None:
            raise ErrorEscritorio(traducir("No existe la regla de composición {0} en esta asociación. Las reglas de "
                                           "un órgano, con su número, se ven con «organos composicion ORGANO» o en "
                                           "Órganos > Reglas de composición…").format(regla_id))
        tabla_organos.borrar_regla(db, regla_id)
    return _fila_regla(regla)


def reglas_de(db: BaseDeDatos, organo_id: int) -> list[Regla]:
    return [regla_de_la_fila(r) for r in tabla_organos.reglas(db, organo_id)]

