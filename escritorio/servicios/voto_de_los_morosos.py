"""La regla del voto de quien debe cuotas, leída de donde vive (asociación y reglas de sesión de cada órgano).

Morosidad, las reglas de sesión, Órganos y la línea de órdenes la muestran con esta función: una regla, una frase
(`dominio.voto_de_los_morosos`). La aplican la asistencia y el quórum (servicios.sesiones.asistencia.asistencia) y la
composición con voto (servicios.organos.composicion) con los mismos dos datos.
"""

from datetime import date

from ..datos import asociaciones as tabla_asociaciones
from ..datos import organos as tabla_organos
from ..dominio.voto_de_los_morosos import ReglaDelVotoMoroso
from .base import hoy as fecha_de_hoy
from .contexto import Contexto
from .mandatos import organo_de_la_asociacion


def regla_del_voto_moroso(contexto: Contexto, organo_id: int | None = None,
                          al: date | None = None) -> ReglaDelVotoMoroso:
    """La regla en la fecha `al` (hoy, si no se da). Con `organo_id`, la de las sesiones de ese órgano; sin él, la de
    la asociación, con los órganos que no la aplican en sus sesiones."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    al_texto = (al or fecha_de_hoy()).isoformat()
    fila = tabla_asociaciones.por_id(db, asociacion_id) or {}
    cuotas, articulo = fila.get("cuotas_para_suspender"), fila.get("articulo_suspension")
    if organo_id is not None:
        organo = organo_de_la_asociacion(contexto, organo_id)
        return ReglaDelVotoMoroso(cuotas, articulo, tabla_organos.suspende_morosos(db, organo_id, al_texto),
                                  organo["nombre"])
    no_la_aplican = tuple(o["nombre"] for o in tabla_organos.organos(db, asociacion_id)
                          if not tabla_organos.suspende_morosos(db, o["id"], al_texto))
    return ReglaDelVotoMoroso(cuotas, articulo, no_la_aplican=no_la_aplican)
