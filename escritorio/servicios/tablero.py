"""Los números de la pantalla de Inicio: miembros por estado, país y tramo; cambios recientes; fundadores."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date


from ..datos import miembros as tabla
from ..dominio.miembros import ESTADOS, NO_MIEMBRO
from ..dominio.traduccion import traducir
from ..dominio.tramos import TRAMOS_REFERENCIA, tramo_de
from .contexto import Contexto
from .miembros import listar_miembros

_QUE_PASO = {"alta": "alta en el padrón", "poblacion": "nueva cifra de población", "estado": "cambio de estado"}


@dataclass
class Tablero:
    total: int = 0
    por_estado: list[tuple[str, int]] = field(default_factory=list)
    por_pais: list[tuple[str, int]] = field(default_factory=list)
    por_tramo: list[tuple[str, int]] = field(default_factory=list)
    recientes: list[str] = field(default_factory=list)
    fundadores: list[str] = field(default_factory=list)


def _reciente(fila: dict) -> str:
    detalle = fila["detalle"]
    if fila["tipo"] == "poblacion":
        cifra = f"{int(detalle):,}".replace(",", ".")
        detalle = traducir("{0} hab.").format(cifra)
    elif fila["tipo"] == "estado":
        detalle = traducir(ESTADOS.get(detalle, detalle))
    cuando = fila["cuando"][:10]
    texto = f"{cuando[8:10]}/{cuando[5:7]}/{cuando[:4]} · {fila['nombre']}: {traducir(_QUE_PASO[fila['tipo']])}"
    return texto + (f" ({detalle})" if detalle else "")


def tablero(contexto: Contexto, *, al: date | None = None) -> Tablero:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    miembros = listar_miembros(Contexto(db, asociacion_id), al=al)
    estados = Counter(m["estado"] for m in miembros)
    vigentes = [m for m in miembros if m["estado"] not in NO_MIEMBRO]
    paises = Counter(m["pais_nombre"] for m in vigentes)
    tramos = Counter(tramo_de(m["poblacion"] or 0) for m in vigentes)
    return Tablero(
        total=len(vigentes),
        por_estado=[(etiqueta, estados.get(clave, 0)) for clave, etiqueta in ESTADOS.items()],
        por_pais=paises.most_common(),
        por_tramo=[(traducir(etiqueta), tramos.get(etiqueta, 0)) for _, etiqueta in TRAMOS_REFERENCIA],
        recientes=[_reciente(f) for f in tabla.recientes(db, asociacion_id)],
        fundadores=[f"{m['nombre']} ({m['pais_nombre']})" for m in miembros if m["fundador"]],
    )
