"""El nomenclátor: ciudades con su región, población y ubicación, para proponer esos datos al dar de alta a un
miembro o al ubicarlo en el mapa. Aquí, cómo se busca una ciudad; la lista la lee `servicios.nomenclator` del
archivo que trae el programa (GeoNames, CC BY 4.0: el crédito «GeoNames» va donde se muestre un dato suyo).

Una propuesta nunca se guarda sola: la ventana y la línea de órdenes la muestran con su fuente y su año, y la
secretaría la acepta o la corrige."""

from dataclasses import dataclass

from . import formato
from .paises import nombre_pais
from .texto import normalizar
from .traduccion import traducir

FUENTE = "GeoNames (geonames.org)"
# La instantánea de GeoNames (cities15000) no fecha cada cifra: se toma como estimación de 2015, como la demo.
ANIO_DE_LAS_CIFRAS = 2015


@dataclass(frozen=True)
class Lugar:
    geonameid: int
    nombre: str
    pais: str          # ISO 3166-1 alfa-2
    region: str | None
    poblacion: int
    latitud: float
    longitud: float

    @property
    def fuente(self) -> str:
        return FUENTE

    @property
    def anio(self) -> int:
        return ANIO_DE_LAS_CIFRAS


def buscar(lugares: list[Lugar], nombre: str, pais: str | None = None, region: str | None = None) -> list[Lugar]:
    """Las ciudades que se llaman `nombre` (sin mayúsculas ni tildes: «sao paulo» encuentra São Paulo), del país
    `pais` si se da, de la más poblada a la menos: la primera es la que se propone; las demás, las otras posibles
    (hay varias San José, varias Santa Rosa). Con `region` (la que el miembro tiene registrada), las de esa región
    primero: la Mercedes de Corrientes no se propone en Buenos Aires por ser más chica."""
    buscado = normalizar(nombre)
    if not buscado:
        return []
    encontrados = [lugar for lugar in lugares if normalizar(lugar.nombre) == buscado
                   and (pais is None or lugar.pais == pais)]
    de_la_region = normalizar(region or "")
    return sorted(encontrados, key=lambda lugar: (bool(de_la_region) and normalizar(lugar.region or "") != de_la_region,
                                                  -lugar.poblacion, lugar.geonameid))


def describir(lugar: Lugar) -> str:
    """Lo que propone el nomenclátor de una ciudad, para leerlo antes de aceptarlo: «Santa Fe · 1.173.533 hab.
    (GeoNames (geonames.org), estimación 2015) · 32,95° S, 60,64° O». Lo dicen la ficha y «miembros agregar»."""
    return " · ".join([lugar.region or nombre_pais(lugar.pais),
                       traducir("{0} hab. ({1}, estimación {2})").format(formato.numero(lugar.poblacion), lugar.fuente,
                                                                         lugar.anio),
                       formato.coordenadas(lugar.latitud, lugar.longitud)])


@dataclass(frozen=True)
class LoQueCompleta:
    """Lo que una propuesta aceptada pone en un alta; None, lo que no toca."""

    region: str | None
    poblacion: tuple[int, int, str] | None        # (cifra, año, fuente)
    ubicacion: tuple[float, float, str] | None     # (latitud, longitud, fuente)

    def que(self) -> list[str]:
        """Los datos que pone, en palabras («región», «población», «ubicación»)."""
        return [nombre for nombre, valor in ((traducir("región"), self.region), (traducir("población"), self.poblacion),
                                             (traducir("ubicación"), self.ubicacion)) if valor is not None]


def lo_que_completa(lugar: Lugar, *, hay_region: bool, hay_poblacion: bool, hay_ubicacion: bool) -> LoQueCompleta:
    """La propuesta aceptada completa lo que falta y nunca pisa lo escrito: la región si está vacía, la población
    (con su año y su fuente) si no se escribió una cifra, la ubicación si no se dio."""
    return LoQueCompleta(region=lugar.region if lugar.region and not hay_region else None,
                         poblacion=None if hay_poblacion else (lugar.poblacion, lugar.anio, lugar.fuente),
                         ubicacion=None if hay_ubicacion else (lugar.latitud, lugar.longitud, lugar.fuente))
