"""Qué cambio de una regla de sesión la hace más exigente (issue 59, punto 1: el estatuto manda).

Una regla que cita un artículo es la regla de ese artículo: desde la configuración solo se endurece (con motivo);
rebajarla es una reforma del estatuto. Para decidirlo, cada parámetro tiene su orden de exigencia. Es un orden
parcial: dos valores pueden no ser comparables (más fracción sobre una base menor), y eso cuenta como rebaja,
porque según el caso pediría menos.

- Quórum: una fracción es más exigente que otra si, para todo tamaño de la base (de 1 a `TAMANOS_PROBADOS`
  miembros), pide al menos tantos presentes («dos tercios» frente a «la mitad más uno»: siempre igual o más). Sobre
  todos los integrantes es más exigente que sobre los miembros con derecho a voto (la base contiene a la otra). Sin
  segunda convocatoria es lo más exigente; con ella, esperar más minutos es más exigente que esperar menos.
- Mayoría: fracción y base (`mayorias.comparar_exigencia`).
- Poderes por miembro: menos es más exigente; 0 (no se admiten) es lo más; sin máximo, lo menos.
- Voto de los morosos: suspenderlo es más exigente que dejarlos votar.
- Anticipación de la convocatoria: más días es más exigente; sin exigencia, lo menos.

Solo funciones puras: servicios/reglas_del_estatuto.py las aplica a las reglas guardadas.
"""

from .mayorias import ReglaMayoria, comparar_exigencia
from .sesiones import ReglaQuorum

IGUAL = "igual"
MAS_ESTRICTA = "mas_estricta"
MENOS_ESTRICTA = "menos_estricta"
NO_COMPARABLE = "no_comparable"

# Los tamaños de base en que se comparan dos fracciones de quórum: ninguna asociación de municipios tiene órganos de
# más de mil miembros, y con mil ya se ven todas las diferencias de redondeo de fracciones de denominador ≤ 1000.
TAMANOS_PROBADOS = 1000


def combinar(*comparaciones: str) -> str:
    """La comparación de una regla de varias partes: más exigente si ninguna parte es menos exigente (y alguna es
    más); menos si ninguna es más; si unas suben y otras bajan, no comparable."""
    partes = set(comparaciones) - {IGUAL}
    if not partes:
        return IGUAL
    if partes == {MAS_ESTRICTA}:
        return MAS_ESTRICTA
    if partes == {MENOS_ESTRICTA}:
        return MENOS_ESTRICTA
    return NO_COMPARABLE


def _por_numero(nuevo: float, viejo: float) -> str:
    """Más es más exigente."""
    if nuevo == viejo:
        return IGUAL
    return MAS_ESTRICTA if nuevo > viejo else MENOS_ESTRICTA


def comparar_fraccion(nueva: ReglaQuorum, vieja: ReglaQuorum) -> str:
    """Cuántos presentes pide cada fracción, para cada tamaño de la base."""
    mas = menos = False
    for base in range(1, TAMANOS_PROBADOS + 1):
        n, v = nueva.requerido(base), vieja.requerido(base)
        mas, menos = mas or n > v, menos or n < v
        if mas and menos:
            return NO_COMPARABLE
    return MAS_ESTRICTA if mas else MENOS_ESTRICTA if menos else IGUAL


def comparar_segunda_convocatoria(nueva: int | None, vieja: int | None) -> str:
    """Sin segunda convocatoria (None) es lo más exigente; con ella, más minutos de espera es más exigente."""
    infinito = float("inf")
    return _por_numero(infinito if nueva is None else nueva, infinito if vieja is None else vieja)


def comparar_quorum(nueva: ReglaQuorum, vieja: ReglaQuorum) -> str:
    """Fracción, sobre qué se cuenta y segunda convocatoria (el artículo no cuenta)."""
    sobre = _por_numero(nueva.sobre == "integrantes", vieja.sobre == "integrantes")
    return combinar(comparar_fraccion(nueva, vieja), sobre,
                    comparar_segunda_convocatoria(nueva.segunda_convocatoria_minutos, vieja.segunda_convocatoria_minutos))


def comparar_mayoria(nueva: ReglaMayoria, vieja: ReglaMayoria, eleccion: bool = False) -> str:
    return comparar_exigencia(nueva, vieja, eleccion)


def comparar_poderes(nuevo: int | None, viejo: int | None) -> str:
    """Máximo de poderes por miembro: menos es más exigente; None (sin máximo) es lo menos."""
    infinito = float("inf")
    return _por_numero(-(infinito if nuevo is None else nuevo), -(infinito if viejo is None else viejo))


def comparar_morosos(suspende_nuevo: bool, suspende_viejo: bool) -> str:
    """Suspender el voto de los morosos es más exigente que dejarlos votar."""
    return _por_numero(bool(suspende_nuevo), bool(suspende_viejo))


def comparar_anticipacion(nueva: int | None, vieja: int | None) -> str:
    """Días de anticipación de la convocatoria: más es más exigente; None (sin exigencia) es cero."""
    return _por_numero(nueva or 0, vieja or 0)


def rebaja(comparacion: str) -> bool:
    """Si el cambio pide menos en algún caso (menos exigente, o no comparable)."""
    return comparacion in (MENOS_ESTRICTA, NO_COMPARABLE)
