"""Los días de las sesiones del Consejo de la red de ejemplo, contados desde el día en que se crea: los usan las
sesiones (para convocarlas) y los órganos (el Consejo tiene que tener electos el día en que se reúne)."""

from datetime import date


def sesion_de_marzo(hoy: date) -> date:
    """La sesión ordinaria que aprueba el acta de la última Cumbre y elige una coordinación: la de este año."""
    return date(hoy.year, 3, 16)


def sesion_de_septiembre(hoy: date) -> date:
    """La segunda sesión del año (art. 13), con el acta en borrador: la de este año si ya pasó, si no la del anterior
    (así siempre hay una, y la demo tiene las mismas sesiones cualquiera sea el día)."""
    return date(hoy.year, 9, 15) if date(hoy.year, 9, 15) <= hoy else date(hoy.year - 1, 9, 15)


def primera_sesion_del_consejo(hoy: date) -> date:
    return min(sesion_de_marzo(hoy), sesion_de_septiembre(hoy))
