"""Quién puede ocupar un cargo o ser candidatura en un órgano: solo un miembro de la asociación el día en que el
mandato empieza (o el de la sesión que elige). Una ciudad solicitante todavía no admitida (o cuya admisión se
rechazó) o un miembro de baja no lo es. Designar y agregar una candidatura lo preguntan aquí, con la base tomada.
"""

from datetime import date

from ..datos import organos as tabla_organos
from ..datos.base_de_datos import BaseDeDatos
from ..dominio.miembros import NO_MIEMBRO, SOLICITANTE
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
