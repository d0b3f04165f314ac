"""¿Toca pedir el sello de tiempo de la cabeza de la bitácora después de una escritura? (servicios/sello_de_tiempo.py,
que lo pide y lo guarda, lo vuelve a ofrecer.) Aparte porque la línea de órdenes lo pregunta después de cada orden que
escribió y casi nunca toca (sin servidor configurado, o ya hay uno de hoy): la respuesta no debe costar la carga del
cliente RFC 3161 (documentos/sello_de_tiempo.py, con logging, asn1crypto…)."""

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from ..datos import sello_de_tiempo as datos
from ..datos.base_de_datos import BaseDeDatos
from ..datos.conexion import solo_lectura

CADA_CUANTO = timedelta(days=1)


@dataclass(frozen=True)
class PedidoDeSello:
    """Qué pedir: la cabeza (sello, huella) a la TSA de `url`. Se arma con la base y se pide sin ella (`pedir`)."""
    url: str
    sello: int
    huella: str


def pedido_que_toca(db: BaseDeDatos, *, ahora: datetime | None = None) -> PedidoDeSello | None:
    """El pedido automático, si toca: hay servidor, la base admite escrituras, la cabeza cambió desde el último sello
    de tiempo y pasó `CADA_CUANTO` desde que se guardó. None si no. En el modo servidor, nunca: allí escriben
    varias personas con papeles distintos (tesorería no guarda sellos); se pide con «bitacora sellar-tiempo»."""
    if db.dialecto == "postgresql" or solo_lectura(db) is not None or not datos.disponible(db):
        return None
    configurado = datos.servidor(db)
    cabeza = datos.cabeza(db)
    if configurado is None or cabeza is None:
        return None
    ultimo = datos.ultimo(db)
    ahora = ahora or datetime.now(timezone.utc)
    if ultimo is not None and (ultimo["sello_id"] >= cabeza[0] or
                               ahora - datetime.fromisoformat(ultimo["pedido_en"].replace("Z", "+00:00"))
                               < CADA_CUANTO):
        return None
    return PedidoDeSello(configurado["url"], cabeza[0], cabeza[1])
