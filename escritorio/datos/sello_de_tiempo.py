"""Consultas del sello de tiempo de la cabeza de la bitácora (migración 0037): el servidor configurado y los sellos
guardados. La regla (cuándo pedir, qué comprobar) está en `servicios/sello_de_tiempo.py`."""

from .base_de_datos import BaseDeDatos, insertar_fila

_SERVIDOR = "servidor_sello_de_tiempo"


def disponible(db: BaseDeDatos) -> bool:
    """Si la base ya tiene las tablas (una base abierta solo para consultar puede no estar migrada)."""
    return db.tiene_tabla(_SERVIDOR)


def servidor(db: BaseDeDatos) -> dict | None:
    """{url, certificado, certificado_sha256, origen_certificado} del servidor de esta base, o None (apagado)."""
    return next(db.query("SELECT url, certificado, certificado_sha256, origen_certificado FROM "
                         "servidor_sello_de_tiempo WHERE id = 1"), None)


def fijar_servidor(db: BaseDeDatos, url: str, certificado: bytes | None, certificado_sha256: str | None,
                   origen: str | None) -> None:
    """Pone (o reemplaza) el servidor de la base, con el certificado de confianza o sin él (se fija al primer uso)."""
    db.execute("DELETE FROM servidor_sello_de_tiempo WHERE id = 1")
    insertar_fila(db, _SERVIDOR, {"id": 1, "url": url, "certificado": certificado,
                                  "certificado_sha256": certificado_sha256, "origen_certificado": origen})


def fijar_certificado(db: BaseDeDatos, url: str, certificado: bytes, certificado_sha256: str) -> bool:
    """Fija el certificado del primer uso si el servidor sigue siendo `url` y todavía no tiene uno."""
    return db.execute("UPDATE servidor_sello_de_tiempo SET certificado = ?, certificado_sha256 = ?, "
                      "origen_certificado = 'primer_uso' WHERE id = 1 AND url = ? AND certificado IS NULL",
                      [certificado, certificado_sha256, url]).rowcount == 1


def quitar_servidor(db: BaseDeDatos) -> bool:
    return db.execute("DELETE FROM servidor_sello_de_tiempo WHERE id = 1").rowcount == 1


def huella_del_sello(db: BaseDeDatos, sello_id: int) -> str | None:
    fila = db.execute("SELECT huella FROM bitacora_sellos WHERE id = ?", [sello_id]).fetchone()
    return fila[0] if fila else None


def cabeza(db: BaseDeDatos) -> tuple[int, str] | None:
    """(sello, huella) del último sello de la bitácora, o None si todavía no hay ninguno."""
    fila = db.execute("SELECT id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()
    return (fila[0], fila[1]) if fila else None


def guardar(db: BaseDeDatos, valores: dict) -> int:
    """Un sello de tiempo nuevo (las columnas de `sellos_de_tiempo` salvo id): su id."""
    return insertar_fila(db, "sellos_de_tiempo", valores)


_COLUMNAS = "id, sello_id, huella, servidor, momento, tsa, certificado_sha256, token_sha256, pedido_en"


def sellos(db: BaseDeDatos, *, con_token: bool = False) -> list[dict]:
    """Los sellos de tiempo guardados, del primero al último."""
    return list(db.query(f"SELECT {_COLUMNAS}{', token' if con_token else ''} FROM sellos_de_tiempo ORDER BY id"))


def sello(db: BaseDeDatos, sello_de_tiempo_id: int) -> dict | None:
    return next(db.query(f"SELECT {_COLUMNAS}, token FROM sellos_de_tiempo WHERE id = ?", [sello_de_tiempo_id]), None)


def ultimo(db: BaseDeDatos) -> dict | None:
    return next(db.query(f"SELECT {_COLUMNAS} FROM sellos_de_tiempo ORDER BY id DESC LIMIT 1"), None)


def sellos_de_la_cadena(db: BaseDeDatos) -> list[tuple[int, str]]:
    """(sello, huella) de cada sello de la bitácora: para buscar cuál certifica un token sin número."""
    return [(f[0], f[1]) for f in db.execute("SELECT id, huella FROM bitacora_sellos ORDER BY id")]


def sello_del_alta(db: BaseDeDatos, tabla: str, fila_id: int) -> int | None:
    """El sello de la bitácora que cubre el alta de la fila (None si no tiene alta sellada)."""
    fila = db.execute("SELECT s.id FROM bitacora b JOIN bitacora_sellos s ON b.id BETWEEN s.desde_id AND s.hasta_id "
                      "WHERE b.entidad = ? AND b.entidad_id = ? AND b.accion = 'alta' ORDER BY b.id LIMIT 1",
                      [tabla, fila_id]).fetchone()
    return fila[0] if fila else None


def momento_del_sello(db: BaseDeDatos, sello_id: int) -> str | None:
    """La hora que la base le da a un sello de la bitácora (texto UTC), o None si no existe."""
    fila = db.execute("SELECT momento FROM bitacora_sellos WHERE id = ?", [sello_id]).fetchone()
    return fila[0] if fila else None


def momentos_de_los_sellos(db: BaseDeDatos):
    """(id, momento) de cada sello de la bitácora, del último al primero (un cursor: se lee de a poco)."""
    return db.execute("SELECT id, momento FROM bitacora_sellos ORDER BY id DESC")


def ultimo_sello_id(db: BaseDeDatos) -> int | None:
    return db.execute("SELECT max(id) FROM bitacora_sellos").fetchone()[0]
