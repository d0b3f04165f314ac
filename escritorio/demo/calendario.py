"""Los días de las sesiones de la red de ejemplo, contados desde el día en que se crea: los usan las sesiones (para
convocarlas), los órganos (el Consejo tiene que tener electos el día en que se reúne) y los convenios (la
contrapartida sale del presupuesto de la Cumbre).

El ciclo de un año: la Cumbre de noviembre, el Consejo de marzo (aprueba el acta de la Cumbre) y la Asamblea
extraordinaria de mayo (reforma el art. 21). Es el último ciclo que ya pasó entero: hasta el 20 de mayo, el del año
anterior (antes, la demo creada en enero tenía sesiones celebradas y actas aprobadas en marzo y mayo próximos)."""

from datetime import date


def anio_del_ciclo(hoy: date) -> int:
    """El año de la sesión de marzo y de la Asamblea extraordinaria del último ciclo entero."""
    return hoy.year if hoy >= date(hoy.year, 5, 20) else hoy.year - 1


def cumbre(hoy: date) -> date:
    """La última Cumbre (Asamblea ordinaria) del ciclo: en noviembre del año anterior al ciclo."""
    return date(anio_del_ciclo(hoy) - 1, 11, 20)


def sesion_de_marzo(hoy: date) -> date:
    """La sesión ordinaria del Consejo que aprueba el acta de la Cumbre y elige una coordinación."""
    return date(anio_del_ciclo(hoy), 3, 16)


def asamblea_extraordinaria(hoy: date) -> date:
    return date(anio_del_ciclo(hoy), 5, 20)


def sesion_de_septiembre(hoy: date) -> date:
    """La segunda sesión del Consejo en el año (art. 13), con el acta en borrador: la última de septiembre que ya
    pasó (así siempre hay una, y la demo tiene las mismas sesiones cualquiera sea el día)."""
    return date(hoy.year, 9, 15) if date(hoy.year, 9, 15) <= hoy else date(hoy.year - 1, 9, 15)


def primera_sesion_del_consejo(hoy: date) -> date:
    return min(sesion_de_marzo(hoy), sesion_de_septiembre(hoy))
