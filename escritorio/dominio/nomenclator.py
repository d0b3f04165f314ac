"""El nomenclátor: ciudades con su región, población y ubicación, para proponer esos datos al dar de alta a un
miembro o al ubicarlo en el mapa. Aquí, cómo se busca una ciudad; la lista la lee `servicios.nomenclator` del
archivo que trae el programa (GeoNames, CC BY 4.0: el crédito «GeoNames» va donde se muestre un dato suyo).

Una propuesta nunca se guarda sola: la ventana y la línea de órdenes la muestran con su fuente y su año, y la
secretaría la acepta o la corrige."""

from dataclasses import dataclass

from .texto import normalizar

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


def buscar(lugares: list[Lugar], nombre: str, pais: str | None = None) -> list[Lugar]:
    """Las ciudades que se llaman `nombre` (sin mayúsculas ni tildes: «sao paulo» encuentra São Paulo), del país
    `pais` si se da, de la más poblada a la menos: la primera es la que se propone; las demás, las otras posibles
    (hay varias San José, varias Santa Rosa)."""
    buscado = normalizar(nombre)
    if not buscado:
        return []
    encontrados = [lugar for lugar in lugares if normalizar(lugar.nombre) == buscado
                   and (pais is None or lugar.pais == pais)]
    return sorted(encontrados, key=lambda lugar: (-lugar.poblacion, lugar.geonameid))
