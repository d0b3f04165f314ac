"""Indicadores por miembro y año (issue 80, §4): qué se mide, en qué sentido es mejor, y cómo se comparan dos años
de un miembro. Reglas puras: los valores llegan como Decimal (servicios.indicadores los lee y los guarda)."""

from dataclasses import dataclass
from decimal import Decimal

from .traduccion import traducir

# En qué sentido un valor es mejor: más (árboles plantados), menos (emisiones por habitante) o ninguno (población).
SENTIDOS = {"mayor": "Más es mejor", "menor": "Menos es mejor", "neutro": "Ni más ni menos es mejor"}
DECIMALES_MAXIMOS = 6


def texto_del_valor(valor: Decimal) -> str:
    """Cómo se guarda un valor: el decimal sin ceros de más ni exponente («4.3», «1200», «-0.25»)."""
    normal = valor.normalize()
    texto = format(normal, "f")
    return "0" if texto in ("-0", "") else texto


@dataclass(frozen=True)
class Variacion:
    """Cómo cambió el valor de un miembro entre dos años: la diferencia y si mejoró según el sentido del
    indicador (None: el indicador no tiene sentido, o no cambió)."""

    desde: Decimal
    hasta: Decimal
    mejoro: bool | None

    @property
    def diferencia(self) -> Decimal:
        return self.hasta - self.desde

    @property
    def porcentaje(self) -> Decimal | None:
        """La diferencia sobre el valor de partida, en por ciento (None si partía de cero)."""
        return None if self.desde == 0 else (self.diferencia * 100 / abs(self.desde)).quantize(Decimal("0.1"))


def variacion(desde: Decimal, hasta: Decimal, sentido: str) -> Variacion:
    if sentido == "neutro" or desde == hasta:
        return Variacion(desde, hasta, None)
    return Variacion(desde, hasta, (hasta > desde) == (sentido == "mayor"))


def como_le_fue(v: Variacion) -> str:
    """«mejoró», «empeoró» o «sin cambio», en el idioma en curso ("" si el indicador no tiene sentido y cambió)."""
    if v.diferencia == 0:
        return traducir("sin cambio")
    if v.mejoro is None:
        return ""
    return traducir("mejoró") if v.mejoro else traducir("empeoró")
