"""Los códigos de votación de una sesión: quién los recibe, cómo se reconoce uno al votar y cuándo mueren.

Un código por delegación (miembro) y sesión. Lo recibe la delegación presente con voto o, si está representada por
un poder válido (servicios.sesiones.asistencia.representado), quien porta su poder: su código es el de la delegación
representada. Quien llega tarde recibe el suyo cuando su asistencia está marcada. Reemitir uno anula el anterior; al
terminar la sesión («Sesión celebrada…», `anular_codigos`) mueren todos. La base guarda solo la huella de cada código,
con la sal de la sesión (`mesas_de_voto`): el código en claro se ve una vez, al entregarlo.
"""

from dataclasses import dataclass

from ...datos import sesiones as tabla_sesiones
from ...datos import voto_electronico as tabla
from ...datos.base_de_datos import BaseDeDatos
from ...datos.conexion import transaccion
from ...dominio.voto_electronico import codigo_limpio, huella_del_codigo, nueva_sal, nuevo_codigo
from ...dominio.traduccion import traducir
from ...errores import ErrorEscritorio
from ..contexto import Contexto
from ..sesiones import exigir_editable, sesion_de_la_asociacion
from ..sesiones.asistencia import Habilitado, asistencia, portadores_validos, representado


@dataclass(frozen=True)
class CodigoEntregado:
    """El código en claro (solo aquí) de la delegación; `portador`: quien lo lleva por su poder, si no está."""
    codigo: str
    miembro_id: int
    delegacion: str
    portador: str | None = None


@dataclass(frozen=True)
class Votante:
    """A quién corresponde un código vigente: su delegación en su sesión."""
    sesion_id: int
    miembro_id: int
    delegacion: str
    asociacion_id: int
    codigo_id: int


def quienes_votan(contexto: Contexto, sesion_id: int, tipo_decision: str = "ordinaria") -> dict[int, Habilitado]:
    """Las delegaciones que votan ahora: presentes con voto y representadas por un poder válido (por miembro_id)."""
    estado = asistencia(contexto, sesion_id, tipo_decision)
    portadores = portadores_validos(estado.habilitados)
    return {h.miembro_id: h for h in estado.habilitados
            if h.con_voto and (h.estado == "presente" or representado(h, portadores))}


def _por_que_no_vota(contexto: Contexto, sesion_id: int, miembro_id: int) -> str:
    estado = asistencia(contexto, sesion_id)
    h = next((h for h in estado.habilitados if h.miembro_id == miembro_id), None)
    if h is None:
        return traducir("El miembro {0} no integra el órgano de la sesión {1}: no recibe código de votación.").format(
            miembro_id, sesion_id)
    if not h.con_voto:
        return traducir("{0} no tiene voto en esta sesión: no recibe código de votación.").format(h.miembro)
    if h.poder_a is not None:
        return traducir("{0} dio su poder a una delegación que no está presente con voto: el poder no vale y no "
                        "recibe código. Marque presente a quien porta el poder.").format(h.miembro)
    return traducir("{0} no está marcada presente en la sesión: marque su asistencia y entréguele el código "
                    "después.").format(h.miembro)


def _mesa_abierta(db: BaseDeDatos, sesion: dict) -> str:
    """La sal de la mesa de la sesión (la crea la primera vez); rechaza si la sesión ya terminó (su mesa se cerró o
    tiene hora de cierre: la marcaron celebrada antes de entregar ningún código)."""
    sesion_id = sesion["id"]
    mesa = tabla.mesa(db, sesion_id)
    if mesa is None and not sesion["hora_cierre"]:
        sal = nueva_sal()
        tabla.abrir_mesa(db, sesion_id, sal)
        return sal
    if mesa is None or mesa["cerrada"]:
        raise ErrorEscritorio(traducir("La sesión {0} terminó: ya no se entregan códigos de votación.").format(
            sesion_id))
    return mesa["sal"]


def _entregar(db: BaseDeDatos, sal: str, sesion_id: int, h: Habilitado,
              votan: dict[int, Habilitado]) -> CodigoEntregado:
    codigo = nuevo_codigo()
    tabla.insertar_codigo(db, sesion_id, h.miembro_id, huella_del_codigo(codigo, sal))
    portador = None if h.estado == "presente" else votan[h.poder_a].miembro if h.poder_a in votan else None
    return CodigoEntregado(codigo, h.miembro_id, h.miembro, portador)


def entregar_codigo(contexto: Contexto, sesion_id: int, miembro_id: int) -> CodigoEntregado:
    """El código de la delegación para la sesión (uno nuevo: el que tenía queda anulado). Solo a una delegación
    presente con voto o representada por un poder válido."""
    with transaccion(contexto.db):
        sesion = sesion_de_la_asociacion(contexto, sesion_id)
        exigir_editable(sesion)
        sal = _mesa_abierta(contexto.db, sesion)
        votan = quienes_votan(contexto, sesion_id)
        if miembro_id not in votan:
            raise ErrorEscritorio(_por_que_no_vota(contexto, sesion_id, miembro_id))
        return _entregar(contexto.db, sal, sesion_id, votan[miembro_id], votan)


def entregar_codigos(contexto: Contexto, sesion_id: int) -> list[CodigoEntregado]:
    """Los códigos de las delegaciones que votan ahora y todavía no tienen uno (una sola transacción)."""
    with transaccion(contexto.db):
        sesion = sesion_de_la_asociacion(contexto, sesion_id)
        exigir_editable(sesion)
        sal = _mesa_abierta(contexto.db, sesion)
        votan = quienes_votan(contexto, sesion_id)
        con_codigo = tabla.miembros_con_codigo(contexto.db, sesion_id)
        return [_entregar(contexto.db, sal, sesion_id, h, votan)
                for h in sorted(votan.values(), key=lambda h: h.miembro) if h.miembro_id not in con_codigo]


def anular_codigos(contexto: Contexto, sesion_id: int) -> int:
    """La sesión terminó: sus códigos mueren (también los que no se usaron) y no se entregan más. Devuelve cuántos
    anuló. «Sesión celebrada…» (servicios.sesiones.asistencia.marcar_celebrada) hace lo mismo."""
    with transaccion(contexto.db):
        sesion_de_la_asociacion(contexto, sesion_id)
        return tabla.cerrar_mesa(contexto.db, sesion_id)


def identificar(db: BaseDeDatos, codigo: str) -> Votante:
    """La delegación y la sesión de un código vigente; rechaza con un mensaje claro uno mal escrito, desconocido,
    anulado o de una sesión que terminó. No escribe ni pide un usuario del programa (la llama la página)."""
    limpio = codigo_limpio(codigo)
    fila = tabla.codigo_por_huella(db, [huella_del_codigo(limpio, sal) for sal in tabla.sales(db)])
    if fila is None:
        raise ErrorEscritorio(traducir("Ese código de votación no existe: revise lo que escribió o pida el suyo a la "
                                       "secretaría."))
    sesion = tabla_sesiones.sesion(db, fila["sesion_id"])
    mesa = tabla.mesa(db, fila["sesion_id"])
    if mesa["cerrada"] or sesion["estado_acta"] in ("aprobada", "firmada"):
        raise ErrorEscritorio(traducir("La sesión de ese código terminó: los códigos de votación mueren con su "
                                       "sesión y no sirven en otra."))
    if fila["anulado"]:
        raise ErrorEscritorio(traducir("Ese código de votación fue anulado: la secretaría entregó otro a su "
                                       "delegación. Use el último que recibió."))
    nombre = tabla_sesiones.nombre_del_miembro(db, fila["miembro_id"]) or str(fila["miembro_id"])
    return Votante(fila["sesion_id"], fila["miembro_id"], nombre, sesion["asociacion_id"], fila["id"])

