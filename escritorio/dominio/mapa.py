"""El mapa de la red sin dibujo: qué parte del mundo se muestra, cómo se pasa de grados a puntos del plano, qué
color lleva cada miembro y qué dice la leyenda. La ventana (QPainter) y el sitio publicado (SVG) dibujan lo mismo a
partir de aquí.

La proyección es equirrectangular con el ancho corregido por el coseno de la latitud media del encuadre: para una
región (el Cono Sur, la Península) se ve como la conoce cualquiera y no necesita más que una multiplicación."""

import math
from dataclasses import dataclass, field

from . import formato
from .miembros import ESTADOS
from .traduccion import traducir

# Estado -> color, los mismos del anillo de Inicio (activo en el acento, suspendido en ámbar).
COLORES_ESTADO = {"activo": "#3b78b4", "suspendido": "#e0a23a"}
# Tramos de población, del más chico (claro) al más grande (oscuro); se reparten si hay más tramos que colores.
PALETA_TRAMOS = ("#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b")
COLOR_SIN_TRAMO = "#a3acb6"
MARGEN = 0.06          # de cada lado, en proporción del encuadre
LADO_MINIMO = 6.0      # grados: una red de una sola ciudad igual muestra su región


@dataclass(frozen=True)
class Encuadre:
    oeste: float
    sur: float
    este: float
    norte: float

    @property
    def coseno(self) -> float:
        return max(math.cos(math.radians((self.sur + self.norte) / 2)), 0.2)

    @property
    def proporcion(self) -> float:
        """Ancho sobre alto en el plano (mayor que 1: apaisado)."""
        return (self.este - self.oeste) * self.coseno / (self.norte - self.sur)

    def toca(self, caja: tuple[float, float, float, float]) -> bool:
        oeste, sur, este, norte = caja
        return oeste <= self.este and este >= self.oeste and sur <= self.norte and norte >= self.sur


def encuadre_de(puntos: list[tuple[float, float]]) -> Encuadre | None:
    """El rectángulo (en grados) que muestra todos los `puntos` (latitud, longitud) con un margen; None sin puntos."""
    if not puntos:
        return None
    latitudes = [p[0] for p in puntos]
    longitudes = [p[1] for p in puntos]
    sur, norte, oeste, este = min(latitudes), max(latitudes), min(longitudes), max(longitudes)
    alto, ancho = max(norte - sur, LADO_MINIMO), max(este - oeste, LADO_MINIMO)
    centro_lat, centro_lon = (sur + norte) / 2, (oeste + este) / 2
    alto, ancho = alto * (1 + 2 * MARGEN), ancho * (1 + 2 * MARGEN)
    return Encuadre(oeste=max(centro_lon - ancho / 2, -180), sur=max(centro_lat - alto / 2, -90),
                    este=min(centro_lon + ancho / 2, 180), norte=min(centro_lat + alto / 2, 90))


def caja_de(anillo: list[float]) -> tuple[float, float, float, float]:
    """(oeste, sur, este, norte) de un anillo plano [lon, lat, lon, lat, …]."""
    longitudes, latitudes = anillo[0::2], anillo[1::2]
    return min(longitudes), min(latitudes), max(longitudes), max(latitudes)


def anillo_principal(anillos: list[list[float]]) -> list[float]:
    """El anillo más grande de un país (el continente, no sus islas lejanas): para encuadrar un país sin miembros."""
    def extension(anillo):
        oeste, sur, este, norte = caja_de(anillo)
        return (este - oeste) * (norte - sur)
    return max(anillos, key=extension)


@dataclass(frozen=True)
class Proyeccion:
    """De grados a puntos de un lienzo de `ancho` × `alto`, con el encuadre entero a la vista y centrado."""

    encuadre: Encuadre
    ancho: float
    alto: float

    @property
    def escala(self) -> float:
        e = self.encuadre
        return min(self.ancho / ((e.este - e.oeste) * e.coseno), self.alto / (e.norte - e.sur))

    def punto(self, latitud: float, longitud: float) -> tuple[float, float]:
        e, escala = self.encuadre, self.escala
        sobrante_x = self.ancho - (e.este - e.oeste) * e.coseno * escala
        sobrante_y = self.alto - (e.norte - e.sur) * escala
        return (sobrante_x / 2 + (longitud - e.oeste) * e.coseno * escala,
                sobrante_y / 2 + (e.norte - latitud) * escala)

    def anillo(self, anillo: list[float]) -> list[tuple[float, float]]:
        """Cada punto como lo da `punto`, con las mismas cuentas en el mismo orden (los mismos números), pero el
        coseno, la escala y los sobrantes calculados una vez por anillo y no una vez por punto."""
        e, escala = self.encuadre, self.escala
        coseno = e.coseno
        sobrante_x = self.ancho - (e.este - e.oeste) * coseno * escala
        sobrante_y = self.alto - (e.norte - e.sur) * escala
        oeste, norte = e.oeste, e.norte
        return [(sobrante_x / 2 + (anillo[i] - oeste) * coseno * escala,
                 sobrante_y / 2 + (norte - anillo[i + 1]) * escala) for i in range(0, len(anillo), 2)]


def color_de_tramo(indice: int | None, cuantos: int) -> str:
    """El color del tramo `indice` (0 = el de menos población) entre `cuantos`; gris sin tramo."""
    if indice is None or cuantos <= 0:
        return COLOR_SIN_TRAMO
    if cuantos == 1:
        return PALETA_TRAMOS[len(PALETA_TRAMOS) // 2]
    posicion = round(indice * (len(PALETA_TRAMOS) - 1) / (cuantos - 1))
    return PALETA_TRAMOS[posicion]


def radio(poblacion: int | None, maxima: int, *, minimo: float = 2.5, maximo: float = 8.0) -> float:
    """El radio del círculo de un miembro: su área crece con la población (la ciudad más poblada, el más grande)."""
    if not poblacion or maxima <= 0:
        return minimo
    return minimo + (maximo - minimo) * math.sqrt(min(poblacion, maxima) / maxima)


def creditos() -> str:
    """El crédito de los datos del mapa, en el idioma en curso (GeoNames pide que se lo nombre donde se usan)."""
    return traducir("Contornos: Natural Earth (dominio público). Ciudades: GeoNames (geonames.org, CC BY 4.0).")


@dataclass(frozen=True)
class PuntoDelMapa:
    miembro_id: int
    nombre: str
    pais: str
    pais_nombre: str
    estado: str
    poblacion: int | None
    tramo: int | None          # índice del tramo de la escala vigente (0 = el de menos población); None sin escala o cifra
    latitud: float
    longitud: float
    region: str | None = None


@dataclass
class MapaDeLaRed:
    puntos: list[PuntoDelMapa] = field(default_factory=list)
    sin_ubicacion: list[dict] = field(default_factory=list)     # {id, nombre, pais_nombre} de los vigentes sin ubicar
    encuadre: Encuadre | None = None
    paises: dict[str, list[list[float]]] = field(default_factory=dict)   # los contornos que tocan el encuadre
    paises_de_la_red: frozenset[str] = frozenset()
    tramos: list[str] = field(default_factory=list)             # el rótulo de cada tramo, en orden
    poblacion_maxima: int = 0

    def color(self, punto: PuntoDelMapa, por: str) -> str:
        """El color del punto coloreando `por` «estado» o «tramo»."""
        if por == "tramo":
            return color_de_tramo(punto.tramo, len(self.tramos))
        return COLORES_ESTADO.get(punto.estado, COLOR_SIN_TRAMO)

    def leyenda(self, por: str) -> list[tuple[str, str, int]]:
        """(color, rótulo, cuántos) de cada categoría que aparece en el mapa, en orden."""
        if por == "tramo":
            filas = [(color_de_tramo(i, len(self.tramos)), rotulo, sum(1 for p in self.puntos if p.tramo == i))
                     for i, rotulo in enumerate(self.tramos)]
            sin = sum(1 for p in self.puntos if p.tramo is None)
            if sin:
                filas.append((COLOR_SIN_TRAMO, traducir("Sin tramo"), sin))
        else:
            nombres = {estado: traducir(ESTADOS[estado]) for estado in ESTADOS}
            filas = [(color, nombres[clave], sum(1 for p in self.puntos if p.estado == clave))
                     for clave, color in COLORES_ESTADO.items()]
        return [fila for fila in filas if fila[2]]

    def radio(self, punto: PuntoDelMapa, escala: float = 1.0) -> float:
        return radio(punto.poblacion, self.poblacion_maxima) * escala

    def describir(self, punto: PuntoDelMapa, por: str) -> str:
        """Quién es el círculo, en una línea: «Montevideo (Uruguay) · 1.270.737 hab. · Activo» (y su tramo si el color
        es el tramo). Lo dicen la ayuda al pasar el puntero en Inicio y el título de cada círculo en el sitio."""
        partes = [f"{punto.nombre} ({punto.pais_nombre})"]
        if punto.poblacion is not None:
            partes.append(traducir("{0} hab.").format(formato.numero(punto.poblacion)))
        partes.append(traducir(ESTADOS.get(punto.estado, punto.estado)))
        if por == "tramo" and punto.tramo is not None:
            partes.append(self.tramos[punto.tramo])
        return " · ".join(partes)

    def color_del_sitio(self) -> str:
        """Qué dice el color en el sitio publicado, donde no hay selector: el tramo de población si la asociación
        tiene una escala con tramos (el tamaño dice la cifra; el color, en qué tramo cae), si no el estado."""
        return "tramo" if self.tramos else "estado"
