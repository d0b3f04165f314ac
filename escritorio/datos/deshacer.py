"""Las consultas de Deshacer: las filas que un cambio reversible toca, la tabla `cambios_reversibles` (migración
0023) y la escritura de una fila tal como estaba. Lo que se decide con ellas está en servicios/reversibles.py y
servicios/deshacer.py.

Las tablas y columnas que se nombran aquí las pone el programa (ALCANCES y las columnas de la fila leída de la
base), nunca quien escribe.
"""

import json
import re

from .base_de_datos import BaseDeDatos, insertar_fila
from .dialecto import ahora

# Las tablas que un cambio reversible puede tocar y por qué columna se juntan sus filas.
ALCANCES = {"miembros": ("id",), "ubicaciones_miembro": ("miembro_id",), "asistencias": ("sesion_id",), "puntos_orden": ("sesion_id",)}
_NOMBRE = re.compile(r"^[a-z_][a-z0-9_]*$")


def _exigir_alcance(tabla: str, columna: str | None = None) -> None:
    if tabla not in ALCANCES or (columna is not None and columna not in ALCANCES[tabla]):
        raise ValueError(f"{tabla}.{columna}: no es una tabla de cambios reversibles (datos/deshacer.ALCANCES)")


def _columnas_seguras(fila: dict) -> list[str]:
    columnas = [c for c in fila if c != "id"]
    if not all(_NOMBRE.match(c) for c in columnas):
        raise ValueError(f"Columnas imposibles: {columnas}")
    return columnas


def como_json(fila: dict | None) -> dict | None:
    """La fila como la guarda `filas` (lo que ida y vuelta por JSON deja igual), para comparar."""
    return None if fila is None else json.loads(json.dumps(fila, ensure_ascii=False))


# --- las filas del alcance --------------------------------------------------------------------------------------

def filas(db: BaseDeDatos, tabla: str, columna: str, valor) -> dict[int, dict]:
    """{id: fila} de las filas de `tabla` con `columna` = `valor`, enteras (todas sus columnas)."""
    _exigir_alcance(tabla, columna)
    return {f["id"]: como_json(f) for f in db.query(f"SELECT * FROM {tabla} WHERE {columna} = ? ORDER BY id",
                                                     [valor])}


def fila(db: BaseDeDatos, tabla: str, fila_id: int) -> dict | None:
    _exigir_alcance(tabla)
    return como_json(next(db.query(f"SELECT * FROM {tabla} WHERE id = ?", [fila_id]), None))


def insertar(db: BaseDeDatos, tabla: str, valores: dict) -> None:
    """Vuelve a poner una fila quitada, con su mismo id."""
    _exigir_alcance(tabla)
    _columnas_seguras(valores)
    insertar_fila(db, tabla, valores)


def actualizar(db: BaseDeDatos, tabla: str, valores: dict) -> None:
    """Deja la fila `valores["id"]` con todos los demás valores de `valores`."""
    _exigir_alcance(tabla)
    columnas = _columnas_seguras(valores)
    db.execute(f"UPDATE {tabla} SET {', '.join(f'{c} = ?' for c in columnas)} WHERE id = ?",
               [valores[c] for c in columnas] + [valores["id"]])


def borrar(db: BaseDeDatos, tabla: str, fila_id: int) -> None:
    _exigir_alcance(tabla)
    db.execute(f"DELETE FROM {tabla} WHERE id = ?", [fila_id])


def referencias(db: BaseDeDatos, tabla: str, fila_id: int) -> list[str]:
    """Las tablas con filas que se refieren a la fila (sus claves foráneas): si las hay, quitarla las dejaría
    huérfanas (o la base lo rechazaría)."""
    _exigir_alcance(tabla)
    if db.dialecto == "postgresql":
        claves = db.execute(
            "SELECT c.conrelid::regclass::text, a.attname FROM pg_constraint c JOIN pg_attribute a "
            "ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] WHERE c.contype = 'f' "
            "AND c.confrelid = ?::regclass", [tabla]).fetchall()
    else:
        claves = [(otra, fk[3]) for (otra,) in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!'").fetchall()
            for fk in db.execute(f'PRAGMA foreign_key_list("{otra}")').fetchall() if fk[2] == tabla]
    return sorted({otra for otra, columna in claves
                   if db.execute(f'SELECT 1 FROM "{otra}" WHERE "{columna}" = ? LIMIT 1', [fila_id]).fetchone()})


# --- la tabla cambios_reversibles -------------------------------------------------------------------------------

def anotar(db: BaseDeDatos, asociacion_id: int, tipo: str, detalle: str, cambios: list[dict], quien: str,
           equipo: str, ultimo_registro: int) -> int:
    return insertar_fila(db, "cambios_reversibles", {
        "asociacion_id": asociacion_id, "tipo": tipo, "detalle": detalle,
        "filas": json.dumps(cambios, ensure_ascii=False), "quien": quien, "equipo": equipo,
        "ultimo_registro": ultimo_registro})


def _cambio(fila_leida: dict | None) -> dict | None:
    if fila_leida is None:
        return None
    return {**fila_leida, "filas": json.loads(fila_leida["filas"])}


def ultimo_hecho(db: BaseDeDatos, asociacion_id: int, quien: str, equipo: str) -> dict | None:
    """El último cambio de quien, en ese equipo y esa asociación, que no está deshecho (con `filas` leídas)."""
    return _cambio(next(db.query(
        "SELECT * FROM cambios_reversibles WHERE asociacion_id = ? AND quien = ? AND equipo = ? "
        "AND deshecho_en IS NULL ORDER BY id DESC LIMIT 1", [asociacion_id, quien, equipo]), None))


def ultimo_deshecho(db: BaseDeDatos, asociacion_id: int, quien: str, equipo: str) -> dict | None:
    """El último cambio que quien deshizo (el más reciente en deshacerse), si después no hizo otro: lo que Rehacer
    ofrece. Un cambio nuevo vacía lo que había para rehacer, como en cualquier programa."""
    return _cambio(next(db.query(
        "SELECT * FROM cambios_reversibles c WHERE asociacion_id = ? AND quien = ? AND equipo = ? "
        "AND deshecho_en IS NOT NULL AND NOT EXISTS (SELECT 1 FROM cambios_reversibles n WHERE "
        "n.asociacion_id = c.asociacion_id AND n.quien = c.quien AND n.equipo = c.equipo AND n.id > c.id "
        "AND n.deshecho_en IS NULL) ORDER BY ultimo_registro DESC, id DESC LIMIT 1",
        [asociacion_id, quien, equipo]), None))


def marcar(db: BaseDeDatos, cambio_id: int, *, deshecho: bool, ultimo_registro: int) -> None:
    """Deshecho (con la hora) o rehecho; `ultimo_registro`, la bitácora después de hacerlo."""
    if deshecho:
        db.execute(f"UPDATE cambios_reversibles SET deshecho_en = {ahora(db)}, ultimo_registro = ? WHERE id = ?",
                   [ultimo_registro, cambio_id])
    else:
        db.execute("UPDATE cambios_reversibles SET deshecho_en = NULL, ultimo_registro = ? WHERE id = ?",
                   [ultimo_registro, cambio_id])


# --- lo que la bitácora anotó de un cambio (servicios/procedencia_del_cambio.py decide con esto) -----------------

def registros_de(db: BaseDeDatos, entidad: str, entidad_id: int, *, desde: int = 0,
                 hasta: int) -> list[tuple[int, str, dict | None, dict | None]]:
    """(id, acción, la fila antes, la fila después) de cada registro de la bitácora sobre esa fila con id entre
    `desde` y `hasta`, del más viejo al más nuevo, con los valores personales en su lugar. Cada fila, {columna: valor}
    (None: no existía, o el registro no se pudo leer como fila de esa tabla). El alta anota la fila nueva; el
    cambio, {"antes": …, "despues": …}; el borrado, la fila que se fue."""
    from .bitacora import columnas_legibles
    from .valores_personales import legibles

    columnas = columnas_legibles(db, entidad)

    def como_fila(valores) -> dict | None:
        # Las columnas calculadas (al final de la tabla) no se anotan: la bitácora tiene a lo sumo las columnas.
        return dict(zip(columnas, valores)) if isinstance(valores, list) and len(valores) <= len(columnas) else None

    leidos = legibles(db, db.execute("SELECT id, accion, datos FROM bitacora WHERE entidad = ? AND entidad_id = ? "
                                     "AND id BETWEEN ? AND ? ORDER BY id", [entidad, entidad_id, desde, hasta]
                                     ).fetchall(), accion_en=1, datos_en=2)
    salida = []
    for registro_id, accion, datos in leidos:
        try:
            valores = json.loads(datos)
        except (TypeError, ValueError):
            valores = None
        if accion == "cambio" and isinstance(valores, dict):
            salida.append((registro_id, accion, como_fila(valores.get("antes")), como_fila(valores.get("despues"))))
        elif accion == "borrado":
            salida.append((registro_id, accion, como_fila(valores), None))
        else:
            salida.append((registro_id, accion, None, como_fila(valores)))
    return salida


def tramo_sellado(db: BaseDeDatos, registro_id: int) -> tuple[int, int] | None:
    """(desde, hasta) del sello que cubre el registro: los registros de la transacción que lo escribió. None si el
    registro no está sellado."""
    fila = db.execute("SELECT desde_id, hasta_id FROM bitacora_sellos WHERE ? BETWEEN desde_id AND hasta_id "
                      "ORDER BY id LIMIT 1", [registro_id]).fetchone()
    return (fila[0], fila[1]) if fila else None
