"""Incidentes: lo que Escritorio encontró escrito por otro programa, anotado y sellado hasta que una persona lo explique.

Antes, el sello de cada transacción cubría todos los registros nuevos de la bitácora, también los que había dejado
otro programa (un `UPDATE pagos SET importe = 1` hecho con sqlite3 dispara igual el trigger de bitácora): la siguiente
escritura común los sellaba como propios y «verificar» volvía a decir «sana». Ahora `sellar` (bitacora.py) sella
aparte esos registros ajenos y anota un incidente con qué tablas y filas tocaron; «verificar» lo informa cada vez
hasta que alguien lo reconoce con un motivo. El incidente y su reconocimiento pasan por la bitácora como todo lo
demás, y la base no deja borrarlos ni cambiarlos (salvo reconocerlos una vez).

También se anota aquí, ya reconocida, cada alarma del testigo que una persona explica (testigo.py): la explicación
queda en la base, sellada, y no solo en el archivo del testigo.
"""

import json
from datetime import datetime

from .base_de_datos import BaseDeDatos
from .migraciones import disparadores_de_bitacora, ejecutar


def crear_tabla(db: BaseDeDatos) -> None:
    """La migración 0016: la tabla, sus reglas (ni borrar ni cambiar, salvo reconocer una vez) y su bitácora."""
    ejecutar(db, [
        """CREATE TABLE incidentes (
            id INTEGER PRIMARY KEY,
            tipo TEXT NOT NULL CHECK (tipo IN ('filas_ajenas', 'cadena_perdida')),
            notado_en TEXT NOT NULL,
            desde_id INTEGER,
            hasta_id INTEGER,
            detalle TEXT NOT NULL,
            reconocido_en TEXT,
            reconocido_por TEXT,
            motivo TEXT,
            CHECK ((reconocido_en IS NULL) = (motivo IS NULL)),
            CHECK (motivo IS NULL OR length(trim(motivo)) > 0)
        )""",
        """CREATE TRIGGER incidentes_sin_borrar BEFORE DELETE ON incidentes
           BEGIN SELECT RAISE(ABORT, 'Un incidente no se borra: se reconoce con un motivo. No se guardó nada.'); END""",
        """CREATE TRIGGER incidentes_solo_reconocer BEFORE UPDATE ON incidentes
           WHEN OLD.reconocido_en IS NOT NULL OR NEW.tipo IS NOT OLD.tipo OR NEW.notado_en IS NOT OLD.notado_en
             OR NEW.desde_id IS NOT OLD.desde_id OR NEW.hasta_id IS NOT OLD.hasta_id OR NEW.detalle IS NOT OLD.detalle
           BEGIN SELECT RAISE(ABORT, 'Un incidente solo se reconoce, una vez y con un motivo. No se guardó nada.');
           END""",
    ])
    ejecutar(db, disparadores_de_bitacora(db, "incidentes"))


TABLAS_CON_BITACORA_0016 = ("incidentes",)


def resumen_de_registros(db: BaseDeDatos, desde: int, hasta: int) -> str:
    """Qué tocaron los registros de bitácora `desde`…`hasta`: por tabla y acción, cuántos y qué filas (JSON)."""
    resumen: dict[str, dict[str, list]] = {}
    for entidad, accion, fila in db.execute(
            "SELECT entidad, accion, entidad_id FROM bitacora WHERE id BETWEEN ? AND ? ORDER BY id", [desde, hasta]):
        resumen.setdefault(entidad, {}).setdefault(accion, []).append(fila)
    return json.dumps(resumen, ensure_ascii=False, sort_keys=True)


def anotar(db: BaseDeDatos, tipo: str, detalle: str, *, desde: int | None = None, hasta: int | None = None,
           reconocido_por: str | None = None, motivo: str | None = None) -> int:
    """Dentro de la transacción en curso: un incidente nuevo (ya reconocido si se da `motivo`)."""
    ahora = datetime.now().isoformat(timespec="seconds")
    return db.insertar(
        "INSERT INTO incidentes (tipo, notado_en, desde_id, hasta_id, detalle, reconocido_en, reconocido_por, motivo) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [tipo, ahora, desde, hasta, detalle, ahora if motivo else None, reconocido_por if motivo else None, motivo])


def disponibles(db: BaseDeDatos) -> bool:
    """¿Tiene la base la tabla de incidentes? (no, antes de la migración 0016)"""
    return db.tiene_tabla("incidentes")


def listar(db: BaseDeDatos) -> list[dict]:
    """Todos los incidentes, del más viejo al más nuevo (vacío en una base anterior a la migración 0016)."""
    if not disponibles(db):
        return []
    return list(db.query("SELECT id, tipo, notado_en, desde_id, hasta_id, detalle, reconocido_en, reconocido_por, "
                         "motivo FROM incidentes ORDER BY id"))


def escrito_por_otro_programa(db: BaseDeDatos, registro_id: int) -> bool:
    """¿Es el registro de bitácora `registro_id` uno de los que otro programa dejó (sellados aparte, incidente)?
    Reconocer el incidente no lo vuelve propio: explica qué pasó, no hace que Escritorio lo haya escrito."""
    if not disponibles(db):
        return False
    return db.execute("SELECT 1 FROM incidentes WHERE tipo = 'filas_ajenas' AND ? BETWEEN desde_id AND hasta_id",
                      [registro_id]).fetchone() is not None


def reconocer(db: BaseDeDatos, incidente_id: int, motivo: str, quien: str | None) -> bool:
    """Dentro de la transacción en curso. False si no existe o ya estaba reconocido."""
    cursor = db.execute("UPDATE incidentes SET reconocido_en = ?, reconocido_por = ?, motivo = ? "
                        "WHERE id = ? AND reconocido_en IS NULL",
                        [datetime.now().isoformat(timespec="seconds"), quien, motivo, incidente_id])
    return cursor.rowcount == 1
