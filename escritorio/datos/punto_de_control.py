"""Lo que la verificación de todos los días lee de la base para partir de un punto de control
(servicios/punto_de_control.py): el sello del punto y lo que cambió después, sin recorrer lo anterior."""

from .base_de_datos import BaseDeDatos


def version_del_esquema(db: BaseDeDatos) -> int:
    """El contador de cambios del esquema del archivo (SQLite lo sube con cada CREATE o DROP, también de un trigger
    que se quita y se vuelve a poner igual)."""
    return db.execute("PRAGMA schema_version").fetchone()[0]


def sello(db: BaseDeDatos, sello_id: int) -> tuple[str, int] | None:
    """(huella, último registro que cubre) del sello, o None si no está."""
    fila = db.execute("SELECT huella, hasta_id FROM bitacora_sellos WHERE id = ?", [sello_id]).fetchone()
    return (fila[0], fila[1]) if fila else None


def sellos_despues(db: BaseDeDatos, sello_id: int) -> list[tuple]:
    """Los sellos posteriores a `sello_id`, enteros y en orden (como los lee `bitacora.verificar_cadena`)."""
    return db.execute("SELECT id, momento, usuario, operador, desde_id, hasta_id, huella_anterior, huella FROM "
                      "bitacora_sellos WHERE id > ? ORDER BY id", [sello_id]).fetchall()


def registros_sueltos(db: BaseDeDatos, despues_de: int) -> int:
    return db.execute("SELECT count(*) FROM bitacora WHERE id > ?", [despues_de]).fetchone()[0]


def tocadas_despues(db: BaseDeDatos, registro_id: int) -> tuple[dict[str, set], bool]:
    """({tabla: filas} de los registros de la bitácora posteriores a `registro_id`, si alguno es un borrado)."""
    tocadas: dict[str, set] = {}
    borrados = False
    for entidad, fila, accion in db.execute("SELECT entidad, entidad_id, accion FROM bitacora WHERE id > ?",
                                            [registro_id]):
        tocadas.setdefault(entidad, set()).add(fila)
        borrados = borrados or accion == "borrado"
    return tocadas, borrados


def referencias_rotas_en(db: BaseDeDatos, filas: dict[str, set]) -> list[tuple]:
    """`referencias_rotas` (datos/verificacion.py: tabla, fila, tabla referida, número de la referencia) solo de esas
    filas de esas tablas ({tabla: ids}): cada referencia suya tiene que dar con su fila. PRAGMA foreign_key_check
    recorre la tabla entera (con 100.000 miembros, segundos por tabla)."""
    rotas = []
    for tabla, ids in sorted(filas.items()):
        ids = sorted(i for i in ids if isinstance(i, int))
        referencias: dict[int, list] = {}
        for fk, _, referida, desde, hacia, *_ in db.execute(f'PRAGMA foreign_key_list("{tabla}")').fetchall():
            referencias.setdefault(fk, []).append((referida, desde, hacia))
        for fk, columnas in sorted(referencias.items()):
            referida = columnas[0][0]
            iguales = " AND ".join(f'p."{hacia or "rowid"}" = t."{desde}"' for _, desde, hacia in columnas)
            presentes = " AND ".join(f't."{desde}" IS NOT NULL' for _, desde, _ in columnas)
            for inicio in range(0, len(ids), 500):
                tramo = ids[inicio:inicio + 500]
                rotas += [(tabla, fila, referida, fk) for (fila,) in db.execute(
                    f'SELECT t.rowid FROM "{tabla}" t WHERE t.rowid IN ({", ".join("?" for _ in tramo)}) AND '
                    f'{presentes} AND NOT EXISTS (SELECT 1 FROM "{referida}" p WHERE {iguales})', tramo)]
    return rotas
