"""Quiénes votaron en la urna abierta (issue 85): lo que la presidencia mira antes de cerrarla.

En una urna nominal, cada delegación con lo que eligió (el voto nominal es público, como a mano); en una secreta, solo
quiénes ya votaron —lo que firma un padrón de votantes—, nunca qué: las participaciones no tienen nada que las ligue a
una papeleta. Y quiénes pueden votar ahora y todavía no lo hicieron. La ventana (el diálogo que abre «Votaron N de
M») y «escritorio voto estado --quienes» leen lo mismo de aquí.
"""

from dataclasses import dataclass

from ...datos import sesiones as tabla_sesiones
from ...datos import voto_electronico as tabla
from ...datos.base_de_datos import BaseDeDatos
from ...dominio.orden_alfabetico import clave_en_curso
from .codigos import quienes_votan
from .urnas import contexto_de_la_sesion, lo_votado, urna_existente


@dataclass(frozen=True)
class VotoALaVista:
    """Una delegación que votó y, en una nominal, lo que eligió (en una secreta, None)."""
    delegacion: str
    eleccion: str | None = None


@dataclass(frozen=True)
class Participacion:
    secreta: bool
    votaron: tuple[VotoALaVista, ...]
    faltan: tuple[str, ...]   # las delegaciones que pueden votar ahora y todavía no votaron


def participacion(db: BaseDeDatos, urna_id: int) -> Participacion:
    """Quiénes votaron en la urna (en una nominal, qué eligió cada una) y quiénes faltan, por nombre."""
    fila = urna_existente(db, urna_id)
    contexto = contexto_de_la_sesion(db, fila["sesion_id"])
    votado = lo_votado(contexto, fila["sesion_id"], fila["objeto"], fila["objeto_id"])
    pueden = quienes_votan(contexto, fila["sesion_id"], votado.tipo_decision)

    def nombre(miembro_id: int) -> str:
        h = pueden.get(miembro_id)
        return h.miembro if h is not None else tabla_sesiones.nombre_del_miembro(db, miembro_id) or str(miembro_id)

    if fila["secreta"]:
        ya = tabla.miembros_que_participaron(db, urna_id)
        votaron = [VotoALaVista(nombre(m)) for m in ya]
    else:
        rotulos = {o.clave: o.rotulo for o in votado.opciones}
        nominales = tabla.votos_nominales(db, urna_id)
        ya = {v["miembro_id"] for v in nominales}
        votaron = [VotoALaVista(nombre(v["miembro_id"]), ", ".join(rotulos.get(c, c) for c in v["eleccion"].split(",")))
                   for v in nominales]
    faltan = [h.miembro for m, h in pueden.items() if m not in ya]
    return Participacion(bool(fila["secreta"]), tuple(sorted(votaron, key=lambda v: clave_en_curso(v.delegacion))),
                         tuple(sorted(faltan, key=clave_en_curso)))
