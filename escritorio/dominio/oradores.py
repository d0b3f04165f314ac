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
- Los momentos se guardan en UTC, «AAAA-MM-DD HH:MM:SS», como `datetime('now')` de la base.
"""

from collections.abc import Iterable, Mapping
from datetime import datetime, timezone

from .sala import TIPOS_ORADOR

CUESTION_DE_ORDEN = "cuestion_de_orden"
INTERVENCION = "intervencion"
_FORMATO = "%Y-%m-%d %H:%M:%S"


def cola(oradores: Iterable[Mapping]) -> list[Mapping]:
    """Quienes esperan la palabra (estado «en_espera»), en el orden en que la tendrán: primero las cuestiones de
    orden, después los demás; cada grupo por orden de pedido (`orden`)."""
    espera = [o for o in oradores if o["estado"] == "en_espera"]
    return sorted(espera, key=lambda o: (o["tipo"] != CUESTION_DE_ORDEN, o["orden"]))


def siguiente(oradores: Iterable[Mapping]) -> Mapping | None:
    """Quien tiene la palabra después (None si nadie la espera)."""
    espera = cola(oradores)
    return espera[0] if espera else None


def hablando(oradores: Iterable[Mapping]) -> Mapping | None:
    """Quien está hablando ahora (None si nadie)."""
    return next((o for o in oradores if o["estado"] == "hablando"), None)


def segundos_permitidos(tipo: str, segundos_palabra: int, segundos_cuestion_orden: int) -> int:
    """El tiempo de una intervención de ese tipo según las reglas de la sala."""
    if tipo not in TIPOS_ORADOR:
        raise ValueError(tipo)
    return segundos_cuestion_orden if tipo == CUESTION_DE_ORDEN else segundos_palabra


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
