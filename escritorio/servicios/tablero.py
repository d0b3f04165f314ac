"""Los números de la pantalla de Inicio: miembros por estado, país y tramo; cambios recientes; fundadores.

Los tramos son los de la escala de cuota anual vigente de la asociación (la que fija cuánto paga cada miembro):
sin escala vigente, no hay tramos que mostrar y el tablero lo dice (`escala_de_los_tramos` None)."""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date


from ..datos import miembros as tabla_miembros
from ..dominio.miembros import ESTADOS, era_miembro
from ..dominio.traduccion import traducir
from ..dominio import formato
from .base import hoy as fecha_de_hoy
from .contexto import Contexto
from .cuotas import listar_escalas
from .miembros import contar_miembros_vigentes, listar_miembros

_QUE_PASO = {"alta": "alta en el padrón", "poblacion": "nueva cifra de población", "estado": "cambio de estado"}


@dataclass
class Tablero:
    total: int = 0
    por_estado: list[tuple[str, int]] = field(default_factory=list)
    por_pais: list[tuple[str, int]] = field(default_factory=list)
    por_tramo: list[tuple[str, int]] = field(default_factory=list)
    # De qué escala salen los tramos («Escala de cuota anual vigente desde el 01/01/2022 (Estatuto, art. 8)»);
    # None: la asociación no tiene una escala de cuota anual vigente, y `por_tramo` está vacía.
    escala_de_los_tramos: str | None = None
    recientes: list[str] = field(default_factory=list)
    fundadores: list[str] = field(default_factory=list)


def _reciente(fila: dict) -> str:
    detalle = fila["detalle"]
    if fila["tipo"] == "poblacion":
        cifra = formato.numero(int(detalle))
        detalle = traducir("{0} hab.").format(cifra)
    elif fila["tipo"] == "estado":
        detalle = traducir(ESTADOS.get(detalle, detalle))
    cuando = formato.fecha(fila["cuando"])
    texto = f"{cuando} · {fila['nombre']}: {traducir(_QUE_PASO[fila['tipo']])}"
    return texto + (f" ({detalle})" if detalle else "")


def _por_tramo(contexto: Contexto, vigentes: list, al: date) -> tuple[list[tuple[str, int]], str | None]:
    """Cuántos miembros caen en cada tramo de la escala de cuota anual que rige el día `al` (y cuántos no tienen
    cifra de población), con la descripción de esa escala; ([], None) si no rige ninguna."""
    escala = next((e for e in listar_escalas(contexto) if e.tipo_cargo == "cuota_anual" and e.rige(al)), None)
    if escala is None or not escala.tramos:
        return [], None
    cuantos = Counter(escala.tramo(m["poblacion"]).desde for m in vigentes if m["poblacion"] is not None)
    por_tramo = [(escala.describir_tramo(t), cuantos.get(t.desde, 0)) for t in escala.tramos]
    sin_poblacion = sum(1 for m in vigentes if m["poblacion"] is None)
    if sin_poblacion:
        por_tramo.append((traducir("Sin población"), sin_poblacion))
    descripcion = traducir("Escala de cuota anual vigente desde el {0}").format(formato.fecha(escala.desde))
    if escala.articulo:
        descripcion += f" ({escala.articulo})"
    return por_tramo, descripcion


def tablero(contexto: Contexto, *, al: date | None = None) -> Tablero:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    miembros = listar_miembros(Contexto(db, asociacion_id), al=al)
    estados = Counter(m["estado"] for m in miembros)
    corte = (al or fecha_de_hoy()).isoformat()
    vigentes = [m for m in miembros if era_miembro(m["estado"], m["fecha_ingreso"], corte)]
    paises = Counter(m["pais_nombre"] for m in vigentes)
    por_tramo, escala_de_los_tramos = _por_tramo(contexto, vigentes, al or fecha_de_hoy())
    return Tablero(
        total=contar_miembros_vigentes(contexto, al=al),   # la misma cuenta que la barra de estado de la ventana
        por_estado=[(etiqueta, estados.get(clave, 0)) for clave, etiqueta in ESTADOS.items()],
        por_pais=paises.most_common(),
        por_tramo=por_tramo,
        escala_de_los_tramos=escala_de_los_tramos,
        recientes=[_reciente(f) for f in tabla_miembros.recientes(db, asociacion_id)],
        fundadores=[f"{m['nombre']} ({m['pais_nombre']})" for m in miembros if m["fundador"]],
    )
