"""Decidir, fila por fila, si el archivo trae un miembro nuevo, cambios o nada nuevo.

Se empareja por Código cuando la fila lo trae; si no, por país, región y nombre sin
mayúsculas ni acentos. Una celda vacía nunca borra un dato existente.
"""

from dataclasses import dataclass, field
from datetime import date

from .importacion import COLUMNAS, FilaMiembro, Problema
from .miembros import cargo_local, clave_emparejamiento

CAMPOS_FICHA = ("nombre", "pais", "region", "codigo", "tipo", "fecha_ingreso", "correo", "telefono")
_ENCABEZADOS = {c.campo: c.encabezado for c in COLUMNAS}


def _mostrar(valor) -> str:
    """Un valor como lo lee una persona: miles con punto, fechas dd/mm/aaaa, vacío como «—»."""
    if valor is None or valor == "":
        return "—"
    if isinstance(valor, int):
        return f"{valor:,}".replace(",", ".")
    if isinstance(valor, date):
        return valor.strftime("%d/%m/%Y")
    return str(valor)


@dataclass
class MiembroExistente:
    id: int
    nombre: str
    pais: str
    region: str | None = None
    codigo: str | None = None
    tipo: str = "municipio"
    fecha_ingreso: date | None = None
    correo: str | None = None
    telefono: str | None = None
    poblacion: int | None = None
    anio_poblacion: int | None = None
    autoridad: str | None = None
    cargo: str | None = None


@dataclass
class Cambio:
    """Lo que una fila cambia de un miembro existente."""

    miembro_id: int
    fila: int
    ficha: dict  # valores finales de CAMPOS_FICHA
    poblacion: tuple[int, int, str | None] | None = None  # (cifra, año, fuente) a agregar
    autoridad: tuple[str, str] | None = None  # (persona, cargo) que pasa a ser la vigente
    descripcion: list[str] = field(default_factory=list)


@dataclass
class PlanImportacion:
    nuevos: list[FilaMiembro] = field(default_factory=list)
    cambios: list[Cambio] = field(default_factory=list)
    sin_cambios: int = 0


def _indices(existentes: list[MiembroExistente]):
    por_codigo = {e.codigo.casefold(): e for e in existentes if e.codigo}
    por_clave = {clave_emparejamiento(e.pais, e.region, e.nombre): e for e in existentes}
    return por_codigo, por_clave


def _buscar(fila: FilaMiembro, por_codigo: dict, por_clave: dict) -> MiembroExistente | None:
    if fila.codigo:
        encontrado = por_codigo.get(fila.codigo.casefold())
        if encontrado:
            return encontrado
        # Un padrón cargado sin códigos que ahora los trae: se reconoce por nombre si aún no tiene código.
        candidato = por_clave.get(fila.clave())
        return candidato if candidato and not candidato.codigo else None
    return por_clave.get(fila.clave())


def _comparar(fila: FilaMiembro, existente: MiembroExistente, anio_actual: int) -> Cambio:
    ficha = {campo: getattr(existente, campo) for campo in CAMPOS_FICHA}
    cambio = Cambio(existente.id, fila.fila, ficha)
    for campo in CAMPOS_FICHA:
        nuevo = getattr(fila, campo)
        if nuevo is not None and nuevo != ficha[campo]:
            cambio.descripcion.append(f"{_ENCABEZADOS[campo]}: {_mostrar(ficha[campo])} → {_mostrar(nuevo)}")
            ficha[campo] = nuevo
    anio = fila.anio_poblacion or (existente.anio_poblacion if fila.poblacion == existente.poblacion else anio_actual)
    if fila.poblacion != existente.poblacion or anio != existente.anio_poblacion:
        cambio.poblacion = (fila.poblacion, anio, fila.fuente)
        cambio.descripcion.append(f"Población: {_mostrar(existente.poblacion)} ({existente.anio_poblacion}) → "
                                  f"{_mostrar(fila.poblacion)} ({anio})")
    if fila.autoridad:
        misma_persona = fila.autoridad == existente.autoridad
        cargo = fila.cargo or (existente.cargo if misma_persona else None) or cargo_local(ficha["pais"])
        if not misma_persona or cargo != existente.cargo:
            cambio.autoridad = (fila.autoridad, cargo)
            cambio.descripcion.append(f"Autoridad: {_mostrar(existente.autoridad)} → {fila.autoridad} ({cargo})")
    return cambio


def planificar(filas: list[FilaMiembro], existentes: list[MiembroExistente], anio_actual: int) -> tuple[PlanImportacion, list[Problema]]:
    plan, problemas = PlanImportacion(), []
    por_codigo, por_clave = _indices(existentes)
    emparejados: dict[int, int] = {}  # id del miembro -> fila que lo trajo
    for fila in filas:
        existente = _buscar(fila, por_codigo, por_clave)
        if existente is None:
            plan.nuevos.append(fila)
            continue
        if existente.id in emparejados:
            problemas.append(Problema(
                f"esta fila y la fila {emparejados[existente.id]} corresponden al mismo miembro "
                f"(«{existente.nombre}»); cada miembro debe figurar una sola vez", fila=fila.fila))
            continue
        emparejados[existente.id] = fila.fila
        cambio = _comparar(fila, existente, anio_actual)
        if cambio.descripcion:
            plan.cambios.append(cambio)
        else:
            plan.sin_cambios += 1
    return plan, problemas
