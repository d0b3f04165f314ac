"""Los primeros pasos de una asociación nueva: lo que hay que cargar antes de que el programa pueda cobrar, convocar
y publicar. Se ven en «Próximos pasos» (Inicio) y en `escritorio agenda` mientras la asociación empieza, cada uno
tildado en cuanto está hecho, y dejan de verse cuando están todos hechos (o cuando la asociación ya celebró una
sesión: ya no es nueva, y lo que falte lo dicen los demás pasos de la agenda).

Aquí, lo puro: qué pasos hay, en qué orden, qué acción lleva cada uno (`dominio.agenda.Accion`: la ventana la lleva a
su lugar y la línea de órdenes la escribe como orden) y cuándo se muestran. Qué está hecho lo lee
`servicios/primeros_pasos.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .agenda import Accion
from .traduccion import traducir

ESTATUTO, ORGANOS, ESCALA, MIEMBROS, EMISION, CORREO, DIRECCION = (
    "estatuto", "organos", "escala", "miembros", "emision", "correo", "direccion_publica")

# En el orden en que se hacen (cada uno necesita, a lo sumo, los anteriores), con su texto en castellano.
TEXTOS = {
    ESTATUTO: "Cargar el estatuto",
    ORGANOS: "Crear los órganos (Asamblea, Consejo, Secretaría…)",
    ESCALA: "Definir la escala de cuotas",
    MIEMBROS: "Cargar los miembros (importarlos de una planilla)",
    EMISION: "Emitir las cuotas del año",
    CORREO: "Configurar la cuenta de correo",
    DIRECCION: "Fijar la dirección pública donde se verifican los documentos",
}
# Lo que hace cada uno (una de `dominio.agenda.ACCIONES`).
ACCIONES = {ESTATUTO: "cargar_estatuto", ORGANOS: "crear_organo", ESCALA: "escala", MIEMBROS: "importar_miembros",
            EMISION: "emitir", CORREO: "cuenta_correo", DIRECCION: "direccion_publica"}


def texto_del_paso(clave: str) -> str:
    """El texto del paso en el idioma en curso."""
    return traducir(TEXTOS[clave])


@dataclass(frozen=True)
class PrimerPaso:
    clave: str
    texto: str          # en el idioma en curso
    hecho: bool
    accion: Accion
    # La clave del paso que hay que hacer antes para que este se pueda hacer (emitir sin una escala que rija el año:
    # ESCALA); None si se puede hacer ya. La agenda no propone lo que todavía no se puede (issue 66).
    antes: str | None = None


@dataclass(frozen=True)
class PrimerosPasos:
    """Los pasos, en su orden, y si se muestran (`ver`): mientras la asociación es nueva y falta alguno."""

    pasos: tuple[PrimerPaso, ...]
    nueva: bool         # todavía no celebró ninguna sesión

    @property
    def hechos(self) -> int:
        return sum(1 for p in self.pasos if p.hecho)

    @property
    def pendientes(self) -> tuple[PrimerPaso, ...]:
        return tuple(p for p in self.pasos if not p.hecho)

    @property
    def ver(self) -> bool:
        return self.nueva and bool(self.pendientes)
