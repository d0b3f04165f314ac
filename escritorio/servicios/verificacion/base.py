"""Lo que comparten las comprobaciones de «verificar» (servicios/verificacion/comprobaciones.py y sus módulos
`verificacion_*.py`): el resultado que cada una completa, la base que miran (con sus tablas) y el «qué hacer» de
siempre. No importa ninguna comprobación: cada una la importa a ella.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from ...datos import verificacion as datos
from ...datos.base_de_datos import BaseDeDatos
from ...dominio.puerta import segun_la_puerta
from ...dominio.traduccion import traducir

def restaurar() -> str:
    """El «qué hacer» de siempre, en el idioma en curso y con lo que tiene a mano quien lo lee (el menú o la orden)."""
    return segun_la_puerta(
        ventana=traducir("restaure el respaldo más reciente que verifique sano (menú Archivo, «Restaurar respaldo…»); "
                         "la base actual se guarda antes, no se pierde"),
        linea=traducir("restaure el respaldo más reciente que verifique sano («escritorio respaldo restaurar "
                       "RESPALDO»); la base actual se guarda antes, no se pierde"))


def rotulo_del_motivo() -> str:
    """Dónde se escribe el motivo al reconocer un incidente o una copia puesta a mano: en la ventana, el campo junto a
    «Reconocer»; en la línea de órdenes, la opción (issue 61: la ventana no muestra sintaxis de órdenes)."""
    return segun_la_puerta(ventana=traducir("El motivo (escríbalo en el campo junto a «Reconocer»)"), linea="--motivo")


@dataclass
class Verificacion:
    problemas: list[str] = field(default_factory=list)
    detalles: list[str] = field(default_factory=list)
    avisos: list[str] = field(default_factory=list)
    # Faltan, cambiaron o sobran triggers o índices que `reponer_esquema` deja como los crea Escritorio: la ventana
    # ofrece entonces «Reponer el esquema…» (la línea de órdenes, «verificar --reponer-esquema»).
    esquema_por_reponer: bool = False

    @property
    def correcta(self) -> bool:
        return not self.problemas



@dataclass(frozen=True)
class BaseVerificada:
    """La base que se verifica y sus tablas: una base vieja (un archivo de una versión anterior) puede no tener las de
    una comprobación, que entonces no se hace. En el servidor, que siempre está al día, están todas."""

    db: BaseDeDatos
    tablas: frozenset[str]
    servidor: bool
    # Desde un punto de control (servicios/punto_de_control.py): el punto, y las filas que tocaron los registros de la
    # bitácora posteriores ({tabla: ids}) y si alguno es un borrado. Sin punto, la verificación es completa.
    punto: object | None = None
    tocadas: dict = field(default_factory=dict)
    borrados: bool = False
    # La verificación completa de un archivo: el `quick_check`, ya empezado en otro hilo con su propia conexión
    # (integridad.empezar_la_integridad); `comprobar_el_archivo` toma su resultado.
    integridad: object | None = None

    @classmethod
    def de(cls, db: BaseDeDatos) -> "BaseVerificada":
        servidor = db.dialecto == "postgresql"
        return cls(db, frozenset() if servidor else frozenset(datos.tablas(db)), servidor)

    def tiene(self, *tablas: str) -> bool:
        return self.servidor or all(t in self.tablas for t in tablas)

    def sin_cambios(self, *tablas: str) -> bool:
        """¿Parte de un punto de control y ningún registro posterior tocó estas tablas? Entonces lo que una
        comprobación lee de ellas es lo que se comprobó en el punto (el esquema no cambió: nada las tocó sin dejar
        registro)."""
        return self.punto is not None and not any(t in self.tocadas for t in tablas)


# Una comprobación: mira la base y anota en el resultado sus problemas, sus avisos y sus detalles.
Comprobacion = Callable[[BaseVerificada, Verificacion], None]


def fecha_o_nada(texto: str | None) -> datetime | None:
    """La fecha ISO de un texto guardado; None si no hay o no se lee."""
    try:
        return datetime.fromisoformat(texto) if texto else None
    except ValueError:
        return None
