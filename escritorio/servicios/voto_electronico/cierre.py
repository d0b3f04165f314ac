"""Cerrar una urna: sus votos pasan al MISMO registro que un recuento a mano.

En una transacción: se sacude la urna secreta (papeletas y participaciones reescritas en el orden de su clave, lo
borrado sobrescrito en SQLite), se arma la `NuevaVotacion` (un punto, una moción o una enmienda) o el `Recuento` (una
elección) y se llama a la función de servicio de siempre (`votar`, `votar_mocion`, `votar_enmienda`,
`cerrar_eleccion`), con las mismas reglas del estatuto y la misma acta. Si esa función rechaza (sin quórum, más votos
que presentes…), se deshace todo: la urna sigue abierta y el mensaje llega a quien la cerraba.

Los votos de una secreta cuentan con el peso de su delegación (votos ponderados): en la elección, cada papeleta es
tantas boletas como su peso.
"""

from collections import Counter

from ...datos import voto_electronico as tabla
from ...datos.conexion import transaccion
from ...dominio.traduccion import traducir
from ...dominio.voto_electronico import boleta_de
from ...errores import ErrorEscritorio
from ..contexto import Contexto
from ..recuento_de_eleccion import Recuento, cerrar_eleccion
from ..sesiones import sesion_de_la_asociacion
from ..votaciones import NuevaVotacion, votar
from ..votaciones_sala import votar_enmienda, votar_mocion
from .urnas import lo_votado


def _votacion(urna: dict, db) -> NuevaVotacion:
    if not urna["secreta"]:
        return NuevaVotacion(metodo="nominal", nominales={v["miembro_id"]: v["eleccion"]
                                                          for v in tabla.votos_nominales(db, urna["id"])})
    pesos: Counter = Counter()
    for p in tabla.papeletas(db, urna["id"]):
        pesos[p["contenido"]] += p["peso"]
    return NuevaVotacion(metodo="secreta", a_favor=pesos["a_favor"], en_contra=pesos["en_contra"],
                         abstenciones=pesos["abstencion"])


def _recuento(urna: dict, db, con_marcas: bool) -> Recuento:
    if not urna["secreta"]:
        return Recuento(metodo="nominal", nominales={
            v["miembro_id"]: int(v["eleccion"]) if v["eleccion"].isdigit() else v["eleccion"]
            for v in tabla.votos_nominales(db, urna["id"])})
    papeletas = tabla.papeletas(db, urna["id"])
    if con_marcas:
        return Recuento(metodo="secreta", por_boleta=[boleta_de(p["contenido"]) for p in papeletas
                                                      for _ in range(p["peso"])])
    pesos: Counter = Counter()
    for p in papeletas:
        pesos[p["contenido"]] += p["peso"]
    return Recuento(metodo="secreta", votos={int(c): n for c, n in pesos.items() if c.isdigit()},
                    blancos=pesos["blanco"], abstenciones=pesos["abstencion"])


def _recontar(contexto: Contexto, urna: dict):
    db, objeto, objeto_id = contexto.db, urna["objeto"], urna["objeto_id"]
    if objeto == "eleccion":
        forma = lo_votado(contexto, urna["sesion_id"], objeto, objeto_id).forma
        return cerrar_eleccion(contexto, objeto_id, _recuento(urna, db, forma.con_marcas))
    votar_lo = {"punto": votar, "mocion": votar_mocion, "enmienda": votar_enmienda}[objeto]
    return votar_lo(contexto, objeto_id, _votacion(urna, db))


def _abierta(contexto: Contexto, urna_id: int) -> dict:
    urna = tabla.urna(contexto.db, urna_id)
    if urna is None:
        raise ErrorEscritorio(traducir("No existe la urna {0}.").format(urna_id))
    sesion_de_la_asociacion(contexto, urna["sesion_id"])
    if not urna["abierta"]:
        raise ErrorEscritorio(traducir("La urna {0} ya está cerrada: su resultado ya se registró.").format(urna_id))
    return urna


def descartar_urna(contexto: Contexto, urna_id: int) -> None:
    """La urna abierta se descarta sin contar (se abrió por error, o lo votado se votará a mano): sus votos se borran
    y queda cerrada sin resultado; la sesión puede abrir otra."""
    with transaccion(contexto.db):
        _abierta(contexto, urna_id)
        tabla.descartar_urna(contexto.db, urna_id)
    tabla.vaciar_el_diario(contexto.db)


def cerrar_urna(contexto: Contexto, urna_id: int):
    """Cierra la urna y registra su resultado con el servicio de recuento de lo votado; devuelve lo que devuelve ese
    servicio (la votación cerrada del punto, la de la sala o la elección). Si lo rechaza, la urna sigue abierta."""
    db = contexto.db
    with transaccion(db):
        urna = _abierta(contexto, urna_id)
        if urna["secreta"]:
            tabla.sacudir_la_urna(db, urna_id)
        resultado = _recontar(contexto, urna)
        tabla.cerrar_urna(db, urna_id, tabla.participantes(db, urna_id))
    if urna["secreta"]:
        tabla.vaciar_el_diario(db)
    return resultado
