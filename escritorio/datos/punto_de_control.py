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


def referencias_rotas_en(db: BaseDeDatos, tablas: list[str]) -> list[tuple]:
    """`referencias_rotas` (datos/verificacion.py) solo de esas tablas."""
    rotas = []
    for tabla in tablas:
        rotas += db.execute(f'PRAGMA foreign_key_check("{tabla}")').fetchall()
    return rotas
