"""Quién puede ocupar un cargo o ser candidatura en un órgano: solo un miembro de la asociación el día en que el
mandato empieza (o el de la sesión que elige). Una ciudad solicitante todavía no admitida (o cuya admisión se
rechazó) o un miembro de baja no lo es. Si el órgano tiene una regla de puestos por categoría de país (el Consejo:
dos por país pleno, uno por asociado), además la categoría de su país ese día tiene que darle algún puesto (un país
observador, o que ya no es miembro, no tiene ninguno); suplentes y observadores no ocupan cupo y no se miran. Si
la regla da a su categoría un cupo máximo («a lo sumo uno por país»), designar no puede pasarlo. Si el órgano lo
integran solo miembros de ciertos tipos (regla «tipo_de_miembro»: el comité de municipios), el suyo tiene que ser
uno de ellos. Designar y agregar una candidatura lo preguntan aquí, con la base tomada.
"""

import json
from dataclasses import dataclass
from datetime import date, timedelta

from ..datos import asociaciones as tabla_asociaciones
from ..datos import organos as tabla_organos
from ..datos.base_de_datos import BaseDeDatos
from ..dominio.miembros import CATEGORIAS_PAIS_CON_FECHA, NO_MIEMBRO, SOLICITANTE
from ..dominio.organos import (CARGOS, CARGOS_PERSONALES, CARGOS_SIN_VOTO, Cupo, cupo_de, describir_cupos,
                               describir_limite, nombrar_tipos,
                               nombre_del_tipo, puestos)
from ..dominio.paises import nombre_pais
from ..dominio import formato
from ..dominio.traduccion import traducir


def articulo_de_composicion(db: BaseDeDatos, organo_id: int) -> str | None:
    """El artículo que cita la regla de composición del órgano (la primera que cita uno), si alguna lo cita."""
    return next((r["articulo"] for r in tabla_organos.reglas(db, organo_id) if r["articulo"]), None)


def no_es_miembro(db: BaseDeDatos, organo: dict, miembro_id: int, al: str, que: str) -> str | None:
    """Por qué el miembro no puede `que` («ocupar un cargo», «ser candidatura») en el órgano el día `al` (ISO);
    None si puede."""
    fila = tabla_organos.miembro_al(db, miembro_id, al)
    if fila is None or fila["estado"] not in NO_MIEMBRO:
        return None
    estado = (traducir("es solicitante: su admisión no se aprobó") if fila["estado"] == SOLICITANTE
              else traducir("está de baja"))
    articulo = articulo_de_composicion(db, organo["id"])
    cita = f" ({articulo})" if articulo else ""
    return traducir("{0} no es miembro de la asociación el {1} ({2}): solo un miembro puede {3} en {4}{5}. Si la "
                    "Asamblea la admite, designe desde la fecha de la admisión; si no, elija otro miembro.").format(
        fila["nombre"], formato.fecha(date.fromisoformat(al)), estado, que, organo["nombre"], cita)


_SIN_CUPO = ("suplente", "observador")


@dataclass(frozen=True)
class _CupoDelMiembro:
    """El cupo que la regla por_categoria vigente el día da al país del miembro, con lo que hace falta para decirlo."""

    regla: dict
    fila: dict            # el miembro ese día (tabla_organos.miembro_al)
    parametros: dict
    categoria: str | None
    cupo: Cupo

    @property
    def cita(self) -> str:
        return f"; {self.regla['articulo']}" if self.regla["articulo"] else ""


def _cupo_del_miembro(db: BaseDeDatos, organo: dict, miembro_id: int, al: str) -> _CupoDelMiembro | None:
    """El cupo del país del miembro en el órgano el día `al`; None si el órgano no tiene regla de cupos vigente o el
    miembro no tiene país."""
    regla = _regla_vigente(db, organo["id"], "por_categoria", al)
    fila = tabla_organos.miembro_al(db, miembro_id, al)
    if regla is None or fila is None or not fila["pais"]:
        return None
    parametros = json.loads(regla["parametros"])
    categoria = tabla_asociaciones.categorias_al(db, organo["asociacion_id"], al).get(fila["pais"])
    return _CupoDelMiembro(regla, fila, parametros, categoria,
                           cupo_de(parametros, categoria if categoria != "retirado" else None))


def fuera_de_categoria(db: BaseDeDatos, organo: dict, miembro_id: int, al: str, cargo: str, que: str) -> str | None:
    """Por qué la categoría del país del miembro el día `al` no le da ningún puesto en el órgano según su regla de
    puestos por categoría vigente ese día; None si se lo da, si el cargo no ocupa cupo o si no hay regla."""
    if cargo in _SIN_CUPO:
        return None
    del_miembro = _cupo_del_miembro(db, organo, miembro_id, al)
    if del_miembro is None or del_miembro.cupo.maximo is None or del_miembro.cupo.maximo > 0:
        return None
    fila, categoria = del_miembro.fila, del_miembro.categoria
    que_es = (traducir("es {0}").format(traducir(CATEGORIAS_PAIS_CON_FECHA.get(categoria, categoria)).lower())
              if categoria else traducir("no es un país miembro"))
    return traducir("{0} no puede {1} en {2}: su país, {3}, {4} el {5}, y la regla de composición ({6}{7}) no le "
                    "da puestos. Elija un miembro de un país con puestos, o designe como suplente u "
                    "observador.").format(fila["nombre"], que, organo["nombre"], nombre_pais(fila["pais"]), que_es,
                                          formato.fecha(date.fromisoformat(al)),
                                          describir_cupos(del_miembro.parametros), del_miembro.cita)


def _regla_vigente(db: BaseDeDatos, organo_id: int, tipo: str, al: str) -> dict | None:
    """La regla de ese tipo del órgano que rige el día `al` (la de texto más reciente que no lo pasa), o None."""
    vigentes = [r for r in tabla_organos.reglas(db, organo_id) if r["tipo"] == tipo and (r["desde"] or "1900-01-01") <= al]
    return max(vigentes, key=lambda r: (r["desde"] or "", r["id"]), default=None)


def fuera_de_tipo(db: BaseDeDatos, organo: dict, miembro_id: int, al: str, cargo: str, que: str) -> str | None:
    """Por qué el miembro no puede `que` en un órgano que integran solo miembros de ciertos tipos (regla
    «tipo_de_miembro»: el comité de municipios de un foro) si el suyo es otro; None si puede. Un observador no
    integra el órgano: no se mira."""
    if cargo == "observador":
        return None
    regla = _regla_vigente(db, organo["id"], "tipo_de_miembro", al)
    fila = tabla_organos.miembro_al(db, miembro_id, al)
    if regla is None or fila is None:
        return None
    tipos = json.loads(regla["parametros"]).get("tipos") or []
    if fila["tipo"] in tipos:
        return None
    cita = f" ({regla['articulo']})" if regla["articulo"] else ""
    return traducir("{0} no puede {1} en {2}: es {3}, y la regla de composición{4} lo integra solo con {5}. Elija "
                    "un miembro de ese tipo, o corrija el tipo del miembro si está mal cargado.").format(
        fila["nombre"], que, organo["nombre"], nombre_del_tipo(fila["tipo"]).lower(), cita, nombrar_tipos(tipos))


def sobre_el_maximo(db: BaseDeDatos, organo: dict, miembro_id: int, al: str, cargo: str, que: str) -> str | None:
    """Por qué designar al miembro pasaría el cupo máximo de su país («a lo sumo 1 por país pleno») el día `al`, con
    los mandatos vigentes ese día; None si cabe, si el cargo no ocupa cupo o si el cupo no es un máximo. Un cupo
    exacto no se controla aquí: el órgano se completa de a uno y la composición avisa lo que sobra o falta."""
    if cargo in _SIN_CUPO:
        return None
    del_miembro = _cupo_del_miembro(db, organo, miembro_id, al)
    if del_miembro is None or del_miembro.cupo.maximo is None or del_miembro.cupo.exacto:
        return None
    fila, maximo = del_miembro.fila, del_miembro.cupo.maximo
    invalidos = {m["id"] for m in tabla_organos.mandatos_de_no_miembros(db, organo["id"])}
    del_pais = [m for m in tabla_organos.mandatos(db, organo["id"], al) if m["pais"] == fila["pais"]
                and m["cargo"] not in _SIN_CUPO and m["id"] not in invalidos and m["miembro_id"] != miembro_id]
    if len(del_pais) < maximo:
        return None
    return traducir("{0} no puede {1} en {2}: {3} ya ocupa {4} el {5} ({6}), y la regla de composición admite a lo "
                    "sumo {7} ({8}{9}). Termine antes el mandato de {6}, o elija un miembro de otro país.").format(
        fila["nombre"], que, organo["nombre"], nombre_pais(fila["pais"]), puestos(len(del_pais)),
        formato.fecha(date.fromisoformat(al)), ", ".join(m["miembro"] for m in del_pais), maximo,
        describir_cupos(del_miembro.parametros), del_miembro.cita)


def sobre_el_maximo_del_grupo(db: BaseDeDatos, organo: dict, miembro_id: int, al: str, cargo: str,
                              que: str) -> str | None:
    """Por qué designar al miembro pasaría el tope de su grupo en una agrupación con regla «por_agrupacion» vigente
    («a lo sumo 3 por región continental»), con los mandatos vigentes el día `al`; None si cabe en todas, si el cargo
    no ocupa cupo o si su grupo no tiene tope. Un cupo exacto tampoco se controla aquí (como el de un país)."""
    if cargo in _SIN_CUPO:
        return None
    from ..dominio.organos import (cupo_del_grupo, describir_cupos_por_grupo, nombre_de_la_agrupacion,
                                   nombre_del_grupo, regla_de_la_fila, reglas_que_rigen)
    from .agrupaciones import grupos_de_los_miembros
    from .contexto import Contexto

    contexto = Contexto(db, organo["asociacion_id"])
    reglas = reglas_que_rigen([regla_de_la_fila(r) for r in tabla_organos.reglas(db, organo["id"])],
                              date.fromisoformat(al))
    for regla in (r for r in reglas if r.tipo == "por_agrupacion"):
        agrupacion = str(regla.parametros.get("agrupacion"))
        de_cada = grupos_de_los_miembros(contexto, agrupacion)
        grupo = de_cada.get(miembro_id)
        cupo = cupo_del_grupo(regla.parametros, grupo)
        if cupo is None or cupo.maximo is None or (cupo.exacto and cupo.maximo > 0):
            continue
        invalidos = {m["id"] for m in tabla_organos.mandatos_de_no_miembros(db, organo["id"])}
        del_grupo = {m["miembro_id"]: m["miembro"] for m in tabla_organos.mandatos(db, organo["id"], al)
                     if de_cada.get(m["miembro_id"]) == grupo and m["cargo"] not in _SIN_CUPO
                     and m["id"] not in invalidos and m["miembro_id"] != miembro_id}
        if len(del_grupo) < cupo.maximo:
            continue
        fila = tabla_organos.miembro_al(db, miembro_id, al)
        cita = f"; {regla.articulo}" if regla.articulo else ""
        return traducir("{0} no puede {1} en {2}: su grupo, {3} ({4}), ya ocupa {5} el {6} ({7}), y la regla de "
                        "composición admite a lo sumo {8} ({9}{10}). Termine antes uno de esos mandatos, o elija un "
                        "miembro de otro grupo.").format(
            fila["nombre"] if fila else miembro_id, que, organo["nombre"], nombre_del_grupo(agrupacion, grupo),
            nombre_de_la_agrupacion(agrupacion), puestos(len(del_grupo)), formato.fecha(date.fromisoformat(al)),
            ", ".join(del_grupo.values()) or "—", cupo.maximo, describir_cupos_por_grupo(regla.parametros), cita)
    return None


# Los cargos que un observador puede ocupar: los que no votan y el de integrante (de una unidad temática).
_DE_UN_OBSERVADOR = (*CARGOS_SIN_VOTO, "integrante")


def observador_con_voto(db: BaseDeDatos, organo: dict, miembro_id: int, al: str, cargo: str, que: str) -> str | None:
    """Por qué un observador el día `al` (por su calidad o por la categoría de su país: servicios.observadores) no
    puede `que` en un cargo con voto; None si no es observador o si el cargo no vota."""
    from .contexto import Contexto
    from .observadores import es_observador

    contexto = Contexto(db, organo["asociacion_id"])
    if cargo in _DE_UN_OBSERVADOR or not es_observador(contexto, miembro_id, date.fromisoformat(al)):
        return None
    fila = tabla_organos.miembro_al(db, miembro_id, al)
    nombre = fila["nombre"] if fila else str(miembro_id)
    return traducir("{0} no puede {1} en {2} como {3}: es observador el {4} (asiste y habla sin voto). Desígnelo como "
                    "observador, o registre antes que es miembro pleno («miembros calidad {5} pleno»).").format(
        nombre, que, organo["nombre"], traducir(CARGOS.get(cargo, cargo)).lower(),
        formato.fecha(date.fromisoformat(al)), miembro_id)


# Las razones por las que un miembro no puede ocupar un cargo, en el orden en que se preguntan; la última, solo al
# designar. Una regla nueva de quién puede es una fila más.
def sobre_el_limite_de_mandatos(db: BaseDeDatos, organo: dict, miembro_id: int, al: str, cargo: str,
                                que: str) -> str | None:
    """Por qué el miembro no puede `que` en el órgano el día `al` si ya cumplió seguidos los mandatos que admite la
    regla «limite_de_mandatos» vigente («sin reelección inmediata»: uno); None si puede o si no hay regla. Cuentan los
    mandatos del miembro en el órgano (no los de suplente u observador) que se encadenan hasta la víspera: cada uno
    termina a lo sumo el día antes de que empiece el siguiente, o sigue abierto."""
    regla = _regla_vigente(db, organo["id"], "limite_de_mandatos", al)
    if regla is None or cargo in _SIN_CUPO:
        return None
    seguidos = int(json.loads(regla["parametros"]).get("seguidos") or 0)
    anteriores = sorted((m for m in tabla_organos.mandatos(db, organo["id"])
                         if m["miembro_id"] == miembro_id and m["cargo"] not in _SIN_CUPO and m["desde"] < al),
                        key=lambda m: (m["desde"], m["id"]), reverse=True)
    cadena, limite = [], date.fromisoformat(al) - timedelta(days=1)
    for m in anteriores:
        if m["hasta"] is not None and m["hasta"] < limite.isoformat():
            break
        cadena.append(m)
        limite = date.fromisoformat(m["desde"]) - timedelta(days=1)
    if len(cadena) < seguidos:
        return None
    cita = f" ({regla['articulo']})" if regla["articulo"] else ""
    desde = formato.fecha(date.fromisoformat(cadena[-1]["desde"]))
    return traducir("{0} no puede {1} en {2} el {3}: ya cumplió {4} desde el {5}, y la regla de composición "
                    "dice {6}{7}. Elija otro miembro.").format(
        cadena[0]["miembro"], que, organo["nombre"], formato.fecha(date.fromisoformat(al)),
        traducir("1 mandato") if len(cadena) == 1 else traducir("{0} mandatos seguidos").format(len(cadena)), desde,
        describir_limite(seguidos), cita)


def _no_es_miembro_en_el_cargo(db: BaseDeDatos, organo: dict, miembro_id: int, al: str, cargo: str,
                               que: str) -> str | None:
    return no_es_miembro(db, organo, miembro_id, al, que)   # no depende del cargo


_RAZONES = (_no_es_miembro_en_el_cargo, fuera_de_tipo, fuera_de_categoria, observador_con_voto,
            sobre_el_limite_de_mandatos)


# Los topes que solo se miran al designar (una elección salta a quien ya no cabe).
_AL_DESIGNAR = (sobre_el_maximo, sobre_el_maximo_del_grupo)


def no_puede(db: BaseDeDatos, organo: dict, miembro_id: int, al: str, cargo: str, que: str, *,
             designacion: bool = False) -> str | None:
    """La primera razón por la que el miembro no puede `que` en el órgano el día `al`, o None. Al designar
    (`designacion`) también el cupo máximo de su país y el de su grupo en cada agrupación; una candidatura no lo mira: la elección salta a quien ya no
    cabe (servicios.cupos_de_eleccion)."""
    for razon in (*_RAZONES, *(_AL_DESIGNAR if designacion else ())):
        motivo = razon(db, organo, miembro_id, al, cargo, que)
        if motivo:
            return motivo
    return None


def sin_persona(db: BaseDeDatos, organo: dict, cargo: str, persona: str | None, que: str) -> str | None:
    """Por qué no se puede `que` en un cargo personal (dominio.organos.CARGOS_PERSONALES) sin nombrar a la persona que
    lo ejerce; None si el cargo no es personal o la nombra. Cita el artículo del órgano (el de su regla de composición
    o, sin ella, el que lo crea)."""
    if cargo not in CARGOS_PERSONALES or (persona or "").strip():
        return None
    articulo = articulo_de_composicion(db, organo["id"]) or organo.get("articulo")
    cita = f" ({articulo})" if articulo else ""
    return traducir("El cargo {0} de {1} es personal{2}: lo ejerce una persona con nombre. Escriba la persona para "
                    "{3} (en la línea de órdenes: --persona NOMBRE), o elija otro cargo.").format(
        traducir(CARGOS[cargo]), organo["nombre"], cita, que)
