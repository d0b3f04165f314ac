"""Quién puede ocupar un cargo o ser candidatura en un órgano: solo un miembro de la asociación el día en que el
mandato empieza (o el de la sesión que elige). Una ciudad solicitante todavía no admitida (o cuya admisión se
rechazó) o un miembro de baja no lo es. Si el órgano tiene una regla de puestos por categoría de país (el Consejo:
dos por país pleno, uno por asociado), además la categoría de su país ese día tiene que darle algún puesto (un país
observador, o que ya no es miembro, no tiene ninguno); suplentes y observadores no ocupan cupo y no se miran.
Designar y agregar una candidatura lo preguntan aquí, con la base tomada.
"""

import json

from datetime import date

from ..datos import asociaciones as tabla_asociaciones
from ..datos import organos as tabla_organos
from ..datos.base_de_datos import BaseDeDatos
from ..dominio.miembros import CATEGORIAS_PAIS_CON_FECHA, NO_MIEMBRO, SOLICITANTE
from ..dominio.organos import CARGOS, CARGOS_PERSONALES
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


def fuera_de_categoria(db: BaseDeDatos, organo: dict, miembro_id: int, al: str, cargo: str, que: str) -> str | None:
    """Por qué la categoría del país del miembro el día `al` no le da ningún puesto en el órgano según su regla de
    puestos por categoría vigente ese día; None si se lo da, si el cargo no ocupa cupo o si no hay regla."""
    if cargo in _SIN_CUPO:
        return None
    vigentes = [r for r in tabla_organos.reglas(db, organo["id"])
                if r["tipo"] == "por_categoria" and (r["desde"] or "1900-01-01") <= al]
    regla = max(vigentes, key=lambda r: (r["desde"] or "", r["id"]), default=None)
    fila = tabla_organos.miembro_al(db, miembro_id, al)
    if regla is None or fila is None or not fila["pais"]:
        return None
    parametros = json.loads(regla["parametros"])
    categoria = tabla_asociaciones.categorias_al(db, organo["asociacion_id"], al).get(fila["pais"])
    if categoria and int(parametros.get(categoria, 0)) > 0:
        return None
    que_es = (traducir("es {0}").format(traducir(CATEGORIAS_PAIS_CON_FECHA.get(categoria, categoria)).lower())
              if categoria else traducir("no es un país miembro"))
    cupos = ", ".join(traducir("{0} por país {1}").format(n, c) for c, n in parametros.items())
    cita = f"; {regla['articulo']}" if regla["articulo"] else ""
    return traducir("{0} no puede {1} en {2}: su país, {3}, {4} el {5}, y la regla de composición ({6}{7}) no le "
                    "da puestos. Elija un miembro de un país con puestos, o designe como suplente u "
                    "observador.").format(fila["nombre"], que, organo["nombre"], nombre_pais(fila["pais"]), que_es,
                                          formato.fecha(date.fromisoformat(al)), cupos, cita)


def no_puede(db: BaseDeDatos, organo: dict, miembro_id: int, al: str, cargo: str, que: str) -> str | None:
    """La primera razón por la que el miembro no puede `que` en el órgano el día `al`, o None."""
    return no_es_miembro(db, organo, miembro_id, al, que) or fuera_de_categoria(db, organo, miembro_id, al, cargo, que)


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
