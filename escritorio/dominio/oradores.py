"""La lista de oradores (issue 64, §3): el orden de la cola, quién habla después, el tiempo que le queda a quien
habla (o cuánto se pasó) y cómo se escribe. Puro: sin base ni Qt.

Lo que se decidió (como OpenSlides, salvo donde se dice):
- La cola sigue el orden en que se pidió la palabra. Una cuestión de orden se adelanta: va primera, después de quien
  está hablando (que termina su intervención); varias cuestiones de orden, entre sí, por orden de pedido.
- A favor y en contra se anotan como tales y se muestran, pero no se alternan solos: la cola sigue el orden de
  pedido, como OpenSlides (que marca cada intervención a favor o en contra sin reordenar la lista): la cola muestra
  el tipo de cada pedido y quien preside ve si conviene alternar. Reordenar sola la lista cambiaría el turno que
  alguien ya pidió sin que nadie lo decida.
- Una cuestión de orden tiene su propio tiempo (el de las reglas de la sala), más corto que el de una intervención.
- Como OpenSlides 4 (issue 82): la cola pone primero las cuestiones de orden (por el rango de su categoría, si el
  órgano las define: 1 primero), después las preguntas intercaladas a quien habla, después las intervenciones breves y
  al final los demás, en el orden de pedido que quien preside puede cambiar. Cada tipo tiene su tiempo.
- Una intervención se pausa y se reanuda: el tiempo que corre es lo hablado antes de la pausa más lo que corre desde
  que se reanudó. Una pregunta intercalada pone en pausa a quien habla; al terminar, la palabra vuelve a él.
- «Primera vez»: quien todavía no habló en la sesión (en ninguna lista), como la marca de OpenSlides.
- Los momentos se guardan en UTC, «AAAA-MM-DD HH:MM:SS», como `datetime('now')` de la base.
"""

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone

from .sala import TIPOS_ORADOR
from .traduccion import traducir

CUESTION_DE_ORDEN = "cuestion_de_orden"
INTERVENCION = "intervencion"
_FORMATO = "%Y-%m-%d %H:%M:%S"


PREGUNTA = "pregunta_intercalada"
BREVE = "intervencion_breve"
# El lugar de cada tipo en la cola (los demás, después, por su orden).
_PRIMERO = {CUESTION_DE_ORDEN: 0, PREGUNTA: 1, BREVE: 2}
SIN_RANGO = 100   # el de una cuestión de orden sin categoría: después de las que tienen


def cola(oradores: Iterable[Mapping]) -> list[Mapping]:
    """Quienes esperan la palabra (estado «en_espera»), en el orden en que la tendrán: las cuestiones de orden (por el
    rango de su categoría, `rango`, si tienen), las preguntas intercaladas, las intervenciones breves y los demás;
    cada grupo por su `orden` (el del pedido, o el que fijó quien preside)."""
    espera = [o for o in oradores if o["estado"] == "en_espera"]
    return sorted(espera, key=lambda o: (grupo(o["tipo"]), o.get("rango") or SIN_RANGO, o["orden"]))


def grupo(tipo: str) -> int:
    """El lugar del grupo de ese tipo en la cola (0: cuestiones de orden; el último, los demás)."""
    return _PRIMERO.get(tipo, len(_PRIMERO))


def nombre_del_grupo(tipo: str) -> str:
    """«cuestión de orden», «pregunta intercalada», «intervención breve» o «intervención» (los demás)."""
    from .sala import NOMBRES_TIPO_ORADOR

    clave = tipo if tipo in _PRIMERO else INTERVENCION
    return traducir(NOMBRES_TIPO_ORADOR[clave]).lower()


def siguiente(oradores: Iterable[Mapping]) -> Mapping | None:
    """Quien tiene la palabra después (None si nadie la espera)."""
    espera = cola(oradores)
    return espera[0] if espera else None


def hablando(oradores: Iterable[Mapping]) -> Mapping | None:
    """Quien está hablando ahora: el que corre; si nadie corre, el último que tomó la palabra y está en pausa (una
    pregunta intercalada que quien preside detuvo, antes que aquel a quien se le hizo). None si nadie la tiene."""
    con_la_palabra = [o for o in oradores if o["estado"] == "hablando"]
    corre = next((o for o in con_la_palabra if not o.get("pausado_en")), None)
    return corre or max(con_la_palabra, key=lambda o: o["orden"], default=None)


def en_pausa(oradores: Iterable[Mapping]) -> Mapping | None:
    """Quien espera en pausa a que la palabra le vuelva: el primero que la tomó de los que están en pausa (a quien
    se le hizo la pregunta intercalada, o a quien detuvo quien preside), o None."""
    return min((o for o in oradores if o["estado"] == "hablando" and o.get("pausado_en")),
               key=lambda o: o["orden"], default=None)


def segundos_permitidos(tipo: str, segundos_palabra: int, segundos_cuestion_orden: int,
                        segundos_breve: int = 60, segundos_pregunta: int = 30) -> int:
    """El tiempo de una intervención de ese tipo según las reglas de la sala."""
    if tipo not in TIPOS_ORADOR:
        raise ValueError(tipo)
    return {CUESTION_DE_ORDEN: segundos_cuestion_orden, BREVE: segundos_breve,
            PREGUNTA: segundos_pregunta}.get(tipo, segundos_palabra)


def hablados(orador: Mapping, ahora: datetime) -> int:
    """Los segundos que lleva hablando: lo de antes de la última pausa más lo que corre desde que se reanudó (en
    pausa, solo lo de antes)."""
    previos = orador.get("segundos_previos") or 0
    if orador.get("pausado_en"):
        return previos
    return previos + transcurridos(orador.get("corre_desde") or orador["empezo_en"], ahora)


def primeras_veces(oradores_de_la_sesion: Iterable[Mapping]) -> set[int]:
    """Los pedidos que serían la primera intervención de su orador en la sesión: quien no habló ni habla en ninguna
    lista (un miembro por su id; un invitado por su nombre)."""
    filas = list(oradores_de_la_sesion)
    hablaron = {(o["miembro_id"], None if o["miembro_id"] is not None else o["persona"]) for o in filas
                if o["estado"] in ("hablo", "hablando")}
    return {o["id"] for o in filas if o["estado"] == "en_espera"
            and (o["miembro_id"], None if o["miembro_id"] is not None else o["persona"]) not in hablaron}


def momento(instante: datetime) -> str:
    """«AAAA-MM-DD HH:MM:SS» en UTC (un instante sin zona se toma como UTC)."""
    if instante.tzinfo is not None:
        instante = instante.astimezone(timezone.utc)
    return instante.strftime(_FORMATO)


def leer_momento(texto: str) -> datetime:
    """El instante (UTC, con zona) de un momento guardado."""
    return datetime.strptime(texto, _FORMATO).replace(tzinfo=timezone.utc)


def transcurridos(empezo_en: str, ahora: datetime) -> int:
    """Los segundos enteros desde `empezo_en` hasta `ahora` (nunca negativos: un reloj atrasado no resta)."""
    if ahora.tzinfo is None:
        ahora = ahora.replace(tzinfo=timezone.utc)
    return max(0, int((ahora - leer_momento(empezo_en)).total_seconds()))


def restantes(empezo_en: str, permitidos: int, ahora: datetime) -> int:
    """Los segundos que le quedan a quien habla; negativos: cuánto se pasó."""
    return permitidos - transcurridos(empezo_en, ahora)


def reloj(segundos: int) -> str:
    """Un tiempo como en un reloj: «3:00», «0:07», «12:30»; pasado el tiempo, con un «+» delante («+0:12»)."""
    signo = "+" if segundos < 0 else ""
    minutos, resto = divmod(abs(segundos), 60)
    return f"{signo}{minutos}:{resto:02d}"
