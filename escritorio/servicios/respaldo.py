"""Respaldar, restaurar y verificar la base de datos."""

from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from ..datos import respaldo as copias
from ..datos.conexion import abrir, ruta_de
from ..datos.diagnostico import comprobar_integridad
from ..datos.esquema import MIGRACIONES


def crear_respaldo(db: Database, destino: Path | str | None = None) -> Path:
    """Copia coherente de la base; sin destino, a la carpeta `respaldos` junto a la base."""
    return copias.respaldar(db.conn, ruta_de(db), "manual", Path(destino) if destino else None)


def respaldo_de_cierre(db: Database) -> Path:
    """Al cerrar la ventana: respaldo automático sellado y rotado (7 diarios, 4 semanales, 12 mensuales)."""
    return copias.respaldar_automaticamente(db.conn, ruta_de(db), "cierre")


def listar_respaldos(ruta_base: Path | str) -> list[dict]:
    return copias.listar_respaldos(Path(ruta_base))


@dataclass
class Recuperacion:
    apartada: Path
    respaldo: Path | None


def apartar_base_danada(ruta_base: Path | str) -> Recuperacion:
    """Una base dañada se renombra con fecha (nunca se sobrescribe) y se propone el respaldo sano más nuevo."""
    ruta_base = Path(ruta_base)
    return Recuperacion(copias.apartar_danada(ruta_base), copias.mejor_respaldo(ruta_base))


def restaurar_respaldo(ruta_base: Path | str, origen: Path | str) -> Path | None:
    """Valida el respaldo, guarda la base actual y la reemplaza. Devuelve dónde quedó la anterior."""
    anterior = copias.restaurar(Path(ruta_base), Path(origen))
    abrir(ruta_base).close()  # un respaldo antiguo se pone al día con las migraciones pendientes
    return anterior


@dataclass
class Verificacion:
    problemas: list[str] = field(default_factory=list)
    detalles: list[str] = field(default_factory=list)

    @property
    def correcta(self) -> bool:
        return not self.problemas


def verificar(db: Database) -> Verificacion:
    resultado = Verificacion()
    integridad = comprobar_integridad(db.conn)
    resultado.problemas += [f"Integridad: {p}" for p in integridad]
    for fila in db.execute("PRAGMA foreign_key_check").fetchall():
        resultado.problemas.append(f"Referencia rota en la tabla {fila[0]} (fila {fila[1]}) hacia {fila[2]}.")
    from ..datos.bitacora import verificar as verificar_bitacora

    if "bitacora" in db.table_names():
        resultado.problemas += verificar_bitacora(db)
        sellos = db.execute("SELECT count(*) FROM bitacora_sellos").fetchone()[0]
        resultado.detalles.append(f"Bitácora: {db.execute('SELECT count(*) FROM bitacora').fetchone()[0]} registros "
                                  f"en {sellos} transacciones selladas.")
    pendientes = [m.name for m in MIGRACIONES.pending(db)]
    if pendientes:
        resultado.problemas.append(f"Migraciones pendientes: {', '.join(pendientes)}.")
    resultado.detalles.append(f"Base: {ruta_de(db)}")
    resultado.detalles.append(f"Esquema: {len(MIGRACIONES.applied(db))} migraciones aplicadas.")
    for tabla, nombre in (("asociaciones", "Asociaciones"), ("miembros", "Miembros")):
        cantidad = db.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0]
        resultado.detalles.append(f"{nombre}: {cantidad}")
    return resultado
