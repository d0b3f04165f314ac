"""Lo que hace quien preside con la lista de oradores además de dar la palabra (issue 82, como OpenSlides 4): pausar
la intervención de quien habla y reanudarla, y cambiar el lugar de quien espera en la cola.

Lo que se decidió:
- Pausar detiene el reloj de quien habla (lo hablado se guarda); reanudar lo vuelve a poner en marcha desde donde
  quedó. Una pregunta intercalada también se pausa: reanudar sigue con ella, y al terminarla la palabra vuelve a
  quien se le hizo. Dar la palabra a otro con alguien en pausa termina su intervención (salvo una pregunta intercalada, que es a
  él: servicios/oradores.dar_la_palabra).
- Mover cambia el lugar de un pedido entre los de su grupo (las cuestiones de orden, las preguntas y las
  intervenciones breves van siempre antes que los demás: dominio/oradores.cola). El lugar se cuenta desde 1.
- Las tres son actos de la sesión (como dar la palabra) y se congelan con el acta aprobada.
"""

from datetime import datetime

from ..datos import oradores as tabla_oradores
from ..datos.conexion import transaccion
from ..dominio import oradores as reglas
from ..dominio.traduccion import traducir
from ..errores import ErrorEscritorio
from .actos_de_sesion import registrar_acto
from .contexto import Contexto
from .oradores import ListaDeOradores, Orador, ahora_utc, de_que, listar, orador_por_id, sesion_y_lista
from .sesiones import exigir_editable


def _quien_habla(contexto: Contexto, punto_id: int, mocion_id: int | None) -> tuple[dict, dict, list[dict]]:
    """(sesión, lista, pedidos) de una lista editable que existe."""
    sesion, lista = sesion_y_lista(contexto, punto_id, mocion_id, crear=False)
    exigir_editable(sesion)
    if lista is None:
        raise ErrorEscritorio(traducir("Nadie pidió la palabra en la lista {0}.").format(
            de_que(contexto, punto_id, mocion_id)))
    return sesion, lista, tabla_oradores.oradores(contexto.db, lista["id"])


def pausar(contexto: Contexto, punto_id: int, mocion_id: int | None = None, ahora: datetime | None = None) -> Orador:
    """Detiene el reloj de quien habla; devuelve su intervención, en pausa."""
    ahora = ahora or ahora_utc()
    with transaccion(contexto.db):
        sesion, _, filas = _quien_habla(contexto, punto_id, mocion_id)
        actual = reglas.hablando(filas)
        if actual is None or actual["pausado_en"]:
            raise ErrorEscritorio(traducir("En la lista {0} nadie habla ahora: no hay intervención que pausar.").format(
                de_que(contexto, punto_id, mocion_id)) if actual is None else traducir(
                "La intervención de {0} ya está en pausa.").format(actual["miembro"] or actual["persona"]))
        tabla_oradores.pausar(contexto.db, actual["id"], reglas.momento(ahora), reglas.hablados(actual, ahora))
        registrar_acto(contexto.db, sesion["id"])
    return orador_por_id(contexto, actual["id"])


def reanudar(contexto: Contexto, punto_id: int, mocion_id: int | None = None, ahora: datetime | None = None) -> Orador:
    """Pone otra vez en marcha el reloj de quien está en pausa (si nadie más habla)."""
    ahora = ahora or ahora_utc()
    with transaccion(contexto.db):
        sesion, _, filas = _quien_habla(contexto, punto_id, mocion_id)
        pausa = reglas.hablando(filas)   # la última que se detuvo (una pregunta, antes que a quien se le hizo)
        espera = reglas.en_pausa(filas)
        if pausa is not None and not pausa["pausado_en"] and espera is not None:
            raise ErrorEscritorio(traducir("{0} está hablando (una pregunta intercalada): al terminar, la palabra "
                                           "vuelve sola a {1}.").format(pausa["miembro"] or pausa["persona"],
                                                                       espera["miembro"] or espera["persona"]))
        if pausa is None or not pausa["pausado_en"]:
            raise ErrorEscritorio(traducir("En la lista {0} no hay una intervención en pausa.").format(
                de_que(contexto, punto_id, mocion_id)))
        tabla_oradores.reanudar(contexto.db, pausa["id"], reglas.momento(ahora))
        registrar_acto(contexto.db, sesion["id"])
    return orador_por_id(contexto, pausa["id"])


def mover(contexto: Contexto, orador_id: int, lugar: int) -> ListaDeOradores:
    """Lleva el pedido `orador_id`, que espera la palabra, al `lugar` (desde 1) entre los de su grupo en la cola."""
    db = contexto.db
    with transaccion(db):
        fila = tabla_oradores.orador(db, orador_id)
        if fila is None:
            raise ErrorEscritorio(traducir("No existe el pedido de la palabra {0}.").format(orador_id))
        sesion, lista, filas = _quien_habla(contexto, fila["punto_id"], fila["mocion_id"])
        if fila["estado"] != "en_espera":
            raise ErrorEscritorio(traducir("El pedido {0} ya no espera la palabra: solo se mueve a quien espera.")
                                  .format(orador_id))
        grupo = [f for f in reglas.cola(filas) if reglas.grupo(f["tipo"]) == reglas.grupo(fila["tipo"])]
        if not 1 <= lugar <= len(grupo):
            raise ErrorEscritorio(traducir("Lugar {0}: entre quienes esperan como {1} hay {2} lugares (de 1 a {2}).")
                                  .format(lugar, reglas.nombre_del_grupo(fila["tipo"]), len(grupo)))
        numeros = sorted(f["orden"] for f in grupo)
        nuevo = [f for f in grupo if f["id"] != orador_id]
        nuevo.insert(lugar - 1, next(f for f in grupo if f["id"] == orador_id))
        rangos = [f["rango"] or reglas.SIN_RANGO for f in nuevo]
        if rangos != sorted(rangos):
            raise ErrorEscritorio(traducir("Las cuestiones de orden van por el rango de su categoría: una no pasa "
                                           "delante ni detrás de otra de otro rango (cambie el rango de la categoría "
                                           "en las reglas de la sala); entre las del mismo rango, sí se mueven."))
        cambios = [(f["id"], n) for f, n in zip(nuevo, numeros) if f["orden"] != n]
        if cambios:   # ya estaba en ese lugar: nada que anotar
            tabla_oradores.reordenar(db, lista["id"], cambios)
            registrar_acto(db, sesion["id"])
    return listar(contexto, fila["punto_id"], fila["mocion_id"])
