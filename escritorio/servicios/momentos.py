"""Los momentos que guarda la base (UTC, «aaaa-mm-dd hh:mm:ss») en la hora local: la bitácora y su detalle."""

from datetime import datetime, timezone


def hora_local(momento: str) -> datetime | None:
    """El momento que guarda la base (UTC, «aaaa-mm-dd hh:mm:ss») en la hora local de esta computadora, sin zona
    (Excel no guarda zonas): lo que marcaba el reloj de quien hizo el cambio, si trabaja en la misma zona."""
    try:
        utc = datetime.fromisoformat(momento[:19]).replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return utc.astimezone().replace(tzinfo=None)
