"""Consultas de los PDF firmados digitalmente (tabla `firmas_digitales`, migración 0014).

Solo altas: un PDF firmado no se cambia ni se borra (lo impiden los triggers). Cada firma nueva de un acta o una
resolución es una fila con el PDF entero; la última es la que lleva todas las firmas."""

from .base_de_datos import BaseDeDatos
from .dialecto import es_servidor

# Las columnas que se listan (sin el PDF, que puede pesar cientos de KB).
_COLUMNAS = ("f.id, f.asociacion_id, f.tipo, f.referencia, f.firmante, f.certificado_sha256, f.firmado_en, "
             "f.sha256, length(f.pdf) AS bytes")


def insertar_firma(db: BaseDeDatos, *, asociacion_id: int, tipo: str, referencia: int, firmante: str,
                   certificado_sha256: str, firmado_en: str, sha256: str, pdf: bytes) -> int:
    """Agrega el PDF firmado; devuelve su id. Va dentro de la transacción del servicio. En el servidor, con su función
    (postgres/emitidos.py), que calcula ella misma la huella del PDF."""
    if es_servidor(db):
        return db.execute("SELECT escritorio_registrar_firma(?, ?, ?, ?, ?, ?, ?)", [
            asociacion_id, tipo, referencia, firmante, certificado_sha256, firmado_en, pdf]).fetchone()[0]
    return db.insertar(
        "INSERT INTO firmas_digitales (asociacion_id, tipo, referencia, firmante, certificado_sha256, firmado_en, "
        "sha256, pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [asociacion_id, tipo, referencia, firmante, certificado_sha256, firmado_en, sha256, pdf])


def ultima_firma(db: BaseDeDatos, asociacion_id: int, tipo: str, referencia: int) -> dict | None:
    """La fila más reciente (con el PDF) de un acta o una resolución: la que lleva todas sus firmas."""
    return next(db.query(
        f"SELECT {_COLUMNAS}, f.pdf FROM firmas_digitales f WHERE f.asociacion_id = ? AND f.tipo = ? "
        "AND f.referencia = ? ORDER BY f.id DESC LIMIT 1", [asociacion_id, tipo, referencia]), None)


def id_de_la_ultima_firma(db: BaseDeDatos, asociacion_id: int, tipo: str, referencia: int) -> int | None:
    fila = db.execute("SELECT max(id) FROM firmas_digitales WHERE asociacion_id = ? AND tipo = ? AND referencia = ?",
                      [asociacion_id, tipo, referencia]).fetchone()
    return fila[0] if fila else None


def firmas(db: BaseDeDatos, asociacion_id: int, tipo: str | None = None, referencia: int | None = None) -> list[dict]:
    """Las filas (sin el PDF), de la más vieja a la más nueva; con `tipo` y `referencia`, las de ese documento."""
    condiciones, parametros = ["f.asociacion_id = ?"], [asociacion_id]
    if tipo is not None:
        condiciones.append("f.tipo = ?")
        parametros.append(tipo)
    if referencia is not None:
        condiciones.append("f.referencia = ?")
        parametros.append(referencia)
    return list(db.query(f"SELECT {_COLUMNAS} FROM firmas_digitales f WHERE {' AND '.join(condiciones)} "
                         "ORDER BY f.id", parametros))


def firmas_con_pdf(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Las filas de la asociación con su PDF, de la más vieja a la más nueva (el sitio publica sus huellas)."""
    return list(db.query(f"SELECT {_COLUMNAS}, f.pdf FROM firmas_digitales f WHERE f.asociacion_id = ? ORDER BY f.id",
                         [asociacion_id]))


def firma_por_id(db: BaseDeDatos, asociacion_id: int, firma_id: int) -> dict | None:
    """Una fila con su PDF, si es de la asociación."""
    return next(db.query(f"SELECT {_COLUMNAS}, f.pdf FROM firmas_digitales f WHERE f.id = ? AND f.asociacion_id = ?",
                         [firma_id, asociacion_id]), None)


def firmas_por_sha256(db: BaseDeDatos, sha256: str) -> list[dict]:
    """Las filas cuyo PDF firmado completo tiene esa huella SHA-256 (para reconocer un archivo firmado)."""
    return list(db.query(f"SELECT {_COLUMNAS} FROM firmas_digitales f WHERE f.sha256 = ? ORDER BY f.id",
                         [sha256.lower()]))


def acta_de_la_sesion(db: BaseDeDatos, asociacion_id: int, sesion_id: int) -> dict | None:
    """El acta de una sesión de la asociación: id, estado y el número y órgano de la sesión (para nombrarla)."""
    return next(db.query(
        "SELECT a.id, a.estado, s.id AS sesion_id, s.numero, s.fecha, o.nombre AS organo FROM sesiones s "
        "JOIN organos o ON o.id = s.organo_id LEFT JOIN actas a ON a.sesion_id = s.id "
        "WHERE s.id = ? AND o.asociacion_id = ?", [sesion_id, asociacion_id]), None)


def acta_por_id(db: BaseDeDatos, acta_id: int) -> dict | None:
    return next(db.query(
        "SELECT a.id, a.estado, s.id AS sesion_id, s.numero, s.fecha, o.nombre AS organo FROM actas a "
        "JOIN sesiones s ON s.id = a.sesion_id JOIN organos o ON o.id = s.organo_id WHERE a.id = ?", [acta_id]), None)


def pasar_el_acta_a_firmada(db: BaseDeDatos, acta_id: int) -> None:
    """Un acta aprobada pasa a «firmada» con su primera firma digital (sin tocar el PDF escaneado, que es de
    `datos.actas.marcar_acta_firmada`). Va dentro de la transacción del servicio."""
    db.execute("UPDATE actas SET estado = 'firmada' WHERE id = ? AND estado = 'aprobada'", [acta_id])


def resolucion(db: BaseDeDatos, asociacion_id: int, resolucion_id: int) -> dict | None:
    """Una resolución de la asociación con su órgano (para nombrarla)."""
    return next(db.query(
        "SELECT r.id, r.tipo, r.numero, r.anio, r.titulo, o.nombre AS organo FROM resoluciones r "
        "JOIN organos o ON o.id = r.organo_id WHERE r.id = ? AND o.asociacion_id = ?",
        [resolucion_id, asociacion_id]), None)


def huellas_guardadas(db: BaseDeDatos):
    """(id, sha256 anotado, sha256 del PDF guardado) de cada fila, una a la vez (para «escritorio verificar»)."""
    import hashlib

    for firma_id, anotado, pdf in db.execute("SELECT id, sha256, pdf FROM firmas_digitales ORDER BY id"):
        yield firma_id, anotado, hashlib.sha256(pdf if isinstance(pdf, bytes) else bytes(pdf or b"")).hexdigest()
