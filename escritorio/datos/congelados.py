"""Lecturas para comprobar lo congelado (servicios/congelados.py): los registros de la bitácora de una tabla, qué
tramos cubren los sellos, cuáles de ellos son de incidentes (lo que escribió otro programa), las filas de hoy y
las filas que forman una sesión, un recibo o una resolución. Solo lee."""

import json

from .base_de_datos import BaseDeDatos
from .postgres import columnas_de


def disponible(db: BaseDeDatos) -> bool:
    """¿Tiene la base bitácora y sellos? (no, antes de la migración 0006)"""
    return db.tiene_tabla("bitacora") and db.tiene_tabla("bitacora_sellos")


def existe(db: BaseDeDatos, tabla: str) -> bool:
    return db.tiene_tabla(tabla)


def columnas(db: BaseDeDatos, tabla: str) -> list[str]:
    """Las columnas de `tabla` en el orden en que la bitácora guarda sus valores (sin las BLOB)."""
    return columnas_de(db, tabla, sin_binarias=True)


def registros(db: BaseDeDatos, tabla: str, ids: list[int] | None = None) -> list[tuple]:
    """(id, entidad_id, accion, datos) de los registros de la bitácora sobre `tabla` (sus filas `ids`, o todas), en
    orden, con los valores personales en su lugar."""
    from .valores_personales import legibles

    if ids is None:
        filas = db.execute("SELECT id, entidad_id, accion, datos FROM bitacora WHERE entidad = ? ORDER BY id",
                           [tabla]).fetchall()
    else:   # de a tramos de 500 (el tope de parámetros de una sentencia), en orden al final
        filas = sorted((fila for inicio in range(0, len(ids), 500) for fila in db.execute(
            "SELECT id, entidad_id, accion, datos FROM bitacora WHERE entidad = ? AND entidad_id IN "
            f"({', '.join('?' * len(ids[inicio:inicio + 500]))})", [tabla, *ids[inicio:inicio + 500]])),
            key=lambda fila: fila[0])
    return legibles(db, filas, accion_en=2, datos_en=3)


def registros_con_historia(db: BaseDeDatos, tabla: str, columnas_: list[str]) -> list[tuple]:
    """Como `registros` de todas las filas, sin las intactas: las que tienen un solo registro, su alta, y hoy dan
    exactamente el texto que anotó (la misma función JSON que usa su bitácora). De esas no hay nada que recorrer: si se
    congelaron, fue con su alta, y siguen iguales; son casi todas (los pagos, sus imputaciones y recibos, las cuotas),
    y así no pasan por Python. Una con otro texto (una columna personal, anotada con su marca) se recorre igual."""
    from .valores_personales import legibles

    armar = "json_build_array({0})::text" if db.dialecto == "postgresql" else "json_array({0})"
    actual = armar.format(", ".join(f't."{c}"' for c in columnas_))
    return legibles(db, db.execute(
        "SELECT id, entidad_id, accion, datos FROM bitacora WHERE entidad = ? AND entidad_id NOT IN ("
        f'SELECT b.entidad_id FROM bitacora b JOIN "{tabla}" t ON t.id = b.entidad_id WHERE b.entidad = ? '
        f"AND b.accion = 'alta' AND b.datos = {actual} AND NOT EXISTS (SELECT 1 FROM bitacora o WHERE "
        "o.entidad = b.entidad AND o.entidad_id = b.entidad_id AND o.id <> b.id)) ORDER BY id",
        [tabla, tabla]).fetchall(), accion_en=2, datos_en=3)


def que_nombran(db: BaseDeDatos, tabla: str, columna: str, ids: list[int]) -> list[int]:
    """Los ids de las filas de `tabla` cuya `columna` es uno de `ids` (las imputaciones de unas cuotas)."""
    ids = list(ids)
    return [f[0] for inicio in range(0, len(ids), 500) for f in db.execute(
        f"SELECT id FROM {tabla} WHERE {columna} IN ({', '.join('?' * len(ids[inicio:inicio + 500]))})",
        ids[inicio:inicio + 500])]


def tramos_de_los_sellos(db: BaseDeDatos) -> list[tuple[int, int, int]]:
    """(sello_id, desde_id, hasta_id) de cada sello, en orden."""
    return [tuple(f) for f in db.execute("SELECT id, desde_id, hasta_id FROM bitacora_sellos ORDER BY id")]


def estado_de_la_cadena(db: BaseDeDatos) -> tuple:
    """(último sello, su último registro y su huella; cuántos incidentes, cuántos reconocidos, hasta qué registro):
    cambia con cada sello o incidente."""
    sello = db.execute("SELECT id, hasta_id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone() or ()
    incidentes = (() if not existe(db, "incidentes") else db.execute(
        "SELECT count(*), count(reconocido_en), max(hasta_id) FROM incidentes").fetchone())
    return (*sello, *incidentes)


def tramos_ajenos(db: BaseDeDatos) -> list[tuple[int, int, int, bool]]:
    """(incidente_id, desde_id, hasta_id, reconocido) de cada incidente de filas escritas por otro programa."""
    if not db.tiene_tabla("incidentes"):
        return []
    return [(i, d, h, r is not None) for i, d, h, r in db.execute(
        "SELECT id, desde_id, hasta_id, reconocido_en FROM incidentes WHERE tipo = 'filas_ajenas' "
        "AND desde_id IS NOT NULL AND hasta_id IS NOT NULL ORDER BY id")]


def sin_sellar(db: BaseDeDatos) -> list[tuple[str, int]]:
    """(entidad, entidad_id) de los registros de la bitácora que ningún sello cubre todavía (otro programa los dejó
    después de la última escritura de Escritorio)."""
    return [tuple(f) for f in db.execute(
        "SELECT entidad, entidad_id FROM bitacora WHERE id > (SELECT coalesce(max(hasta_id), 0) FROM bitacora_sellos) "
        "ORDER BY id")]


def filas(db: BaseDeDatos, tabla: str, columnas_: list[str], ids: list[int]) -> dict[int, list]:
    """Por id: los valores de hoy de esas columnas de las filas `ids` de `tabla`, convertidos a JSON por la base con
    la misma función que usa su bitácora (así se comparan igual fechas, números y textos en los dos motores)."""
    if not ids:
        return {}
    armar = "json_build_array({0})::text" if db.dialecto == "postgresql" else "json_array({0})"
    resultado = {}
    for inicio in range(0, len(ids), 500):
        tramo = ids[inicio:inicio + 500]
        for fila_id, texto in db.execute(f"SELECT id, {armar.format(', '.join(columnas_))} FROM {tabla} WHERE id IN "
                                         f"({', '.join('?' * len(tramo))})", tramo):
            resultado[fila_id] = json.loads(texto)
    return resultado


def filas_de_la_sesion(db: BaseDeDatos, sesion_id: int) -> dict[str, list[int]]:
    """Las filas congelables de una sesión: su acta, sus votaciones, sus resoluciones y sus elecciones (con sus
    candidaturas), y la sesión misma."""
    consultas = {
        "sesiones": "SELECT id FROM sesiones WHERE id = :s",
        "actas": "SELECT id FROM actas WHERE sesion_id = :s",
        "puntos_orden": "SELECT id FROM puntos_orden WHERE sesion_id = :s",
        "votaciones": "SELECT v.id FROM votaciones v JOIN puntos_orden p ON p.id = v.punto_id WHERE p.sesion_id = :s",
        "resoluciones": ("SELECT r.id FROM resoluciones r JOIN puntos_orden p ON p.id = r.punto_id "
                         "WHERE p.sesion_id = :s"),
        "elecciones": "SELECT e.id FROM elecciones e JOIN puntos_orden p ON p.id = e.punto_id WHERE p.sesion_id = :s",
        "candidaturas": ("SELECT c.id FROM candidaturas c JOIN elecciones e ON e.id = c.eleccion_id "
                         "JOIN puntos_orden p ON p.id = e.punto_id WHERE p.sesion_id = :s"),
    }
    return {tabla: [f[0] for f in db.execute(sql, {"s": sesion_id})] for tabla, sql in consultas.items()}


def sesion_del_acta(db: BaseDeDatos, acta_id: int) -> int | None:
    fila = db.execute("SELECT sesion_id FROM actas WHERE id = ?", [acta_id]).fetchone()
    return fila[0] if fila else None


def sesion_de_la_resolucion(db: BaseDeDatos, resolucion_id: int) -> int | None:
    fila = db.execute("SELECT p.sesion_id FROM resoluciones r JOIN puntos_orden p ON p.id = r.punto_id "
                      "WHERE r.id = ?", [resolucion_id]).fetchone()
    return fila[0] if fila else None


def filas_del_recibo(db: BaseDeDatos, pago_id: int) -> dict[str, list[int]]:
    """Las filas de las que sale el recibo de un pago: el pago, su recibo, sus imputaciones y las cuotas que paga."""
    return {
        "pagos": [f[0] for f in db.execute("SELECT id FROM pagos WHERE id = ?", [pago_id])],
        "recibos": [f[0] for f in db.execute("SELECT id FROM recibos WHERE pago_id = ?", [pago_id])],
        "imputaciones": [f[0] for f in db.execute("SELECT id FROM imputaciones WHERE pago_id = ?", [pago_id])],
        "cargos": [f[0] for f in db.execute("SELECT DISTINCT cargo_id FROM imputaciones WHERE pago_id = ?",
                                            [pago_id])],
    }


def filas_de_la_cuenta(db: BaseDeDatos, miembro_id: int) -> dict[str, list[int]]:
    """Las filas de las que sale el estado de cuenta de un miembro: sus cuotas, sus pagos, sus recibos y sus
    imputaciones."""
    return {
        "cargos": [f[0] for f in db.execute("SELECT id FROM cargos WHERE miembro_id = ?", [miembro_id])],
        "pagos": [f[0] for f in db.execute("SELECT id FROM pagos WHERE miembro_id = ?", [miembro_id])],
        "recibos": [f[0] for f in db.execute("SELECT r.id FROM recibos r JOIN pagos p ON p.id = r.pago_id "
                                             "WHERE p.miembro_id = ?", [miembro_id])],
        "imputaciones": [f[0] for f in db.execute("SELECT i.id FROM imputaciones i JOIN pagos p ON p.id = i.pago_id "
                                                  "WHERE p.miembro_id = ?", [miembro_id])],
    }


def miembro_de_la_carta(db: BaseDeDatos, aviso_id: int) -> int | None:
    """El miembro de la carta de aviso de cobro cuyo primer renglón es `aviso_id`."""
    fila = db.execute("SELECT c.miembro_id FROM avisos a JOIN cargos c ON c.id = a.cargo_id WHERE a.id = ?",
                      [aviso_id]).fetchone()
    return fila[0] if fila else None


def filas_de_las_cuentas(db: BaseDeDatos, miembros: list[int]) -> dict[int, dict[str, list[int]]]:
    """Como `filas_de_la_cuenta`, para varios miembros a la vez (un lote de avisos): una consulta por tabla, no una
    por miembro. Por miembro: {tabla: ids}."""
    resultado: dict[int, dict[str, list[int]]] = {m: {"cargos": [], "pagos": [], "recibos": [], "imputaciones": []}
                                                  for m in miembros}
    if not miembros:
        return resultado
    consultas = {
        "cargos": "SELECT miembro_id, id FROM cargos WHERE miembro_id IN ({0})",
        "pagos": "SELECT miembro_id, id FROM pagos WHERE miembro_id IN ({0})",
        "recibos": ("SELECT p.miembro_id, r.id FROM recibos r JOIN pagos p ON p.id = r.pago_id "
                    "WHERE p.miembro_id IN ({0})"),
        "imputaciones": ("SELECT p.miembro_id, i.id FROM imputaciones i JOIN pagos p ON p.id = i.pago_id "
                         "WHERE p.miembro_id IN ({0})"),
    }
    for inicio in range(0, len(miembros), 500):
        tramo = list(miembros[inicio:inicio + 500])
        for tabla, consulta in consultas.items():
            for miembro_id, fila_id in db.execute(consulta.format(", ".join("?" * len(tramo))), tramo):
                resultado[miembro_id][tabla].append(fila_id)
    return resultado


def votacion_de_la_resolucion(db: BaseDeDatos, resolucion_id: int) -> list[int]:
    return [f[0] for f in db.execute("SELECT v.id FROM votaciones v JOIN resoluciones r ON r.punto_id = v.punto_id "
                                     "WHERE r.id = ?", [resolucion_id])]
