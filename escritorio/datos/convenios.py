"""Consultas y escrituras del registro de convenios: partes externas, convenios, sus partes, sus obligaciones y el
PDF firmado (migración 0028). Quien llama sostiene la transacción."""

import hashlib

from .base_de_datos import BaseDeDatos, insertar_fila


def _marcas(cantidad: int) -> str:
    return ", ".join("?" for _ in range(cantidad))


# --- partes externas -------------------------------------------------------------------------------------

def partes_externas(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Las partes externas de la asociación con cuántos convenios firmaron (sin orden: lo da el servicio)."""
    return list(db.query(
        "SELECT e.id, e.nombre, e.tipo, e.pais, (SELECT count(DISTINCT p.convenio_id) FROM partes_convenio p "
        "WHERE p.parte_externa_id = e.id) AS convenios FROM partes_externas e WHERE e.asociacion_id = ?",
        [asociacion_id]))


def parte_externa(db: BaseDeDatos, asociacion_id: int, externa_id: int) -> dict | None:
    return next(db.query("SELECT id, nombre, tipo, pais FROM partes_externas WHERE id = ? AND asociacion_id = ?",
                         [externa_id, asociacion_id]), None)


def nombres_de_partes_externas(db: BaseDeDatos, asociacion_id: int) -> dict[str, int]:
    """nombre -> id, para no repetir una parte externa."""
    return {nombre: i for i, nombre in db.execute("SELECT id, nombre FROM partes_externas WHERE asociacion_id = ?",
                                                  [asociacion_id])}


def insertar_parte_externa(db: BaseDeDatos, asociacion_id: int, nombre: str, tipo: str, pais: str | None) -> int:
    return insertar_fila(db, "partes_externas", {"asociacion_id": asociacion_id, "nombre": nombre, "tipo": tipo,
                                                 "pais": pais})


def actualizar_parte_externa(db: BaseDeDatos, externa_id: int, nombre: str, tipo: str, pais: str | None) -> None:
    db.execute("UPDATE partes_externas SET nombre = ?, tipo = ?, pais = ? WHERE id = ?", [nombre, tipo, pais, externa_id])


# --- convenios -----------------------------------------------------------------------------------------

_CONVENIO = """SELECT c.*, o.nombre AS organo, r.tipo AS resolucion_tipo, r.numero AS resolucion_numero,
                      r.anio AS resolucion_anio, ro.nombre AS resolucion_organo
               FROM convenios c LEFT JOIN organos o ON o.id = c.organo_id
               LEFT JOIN resoluciones r ON r.id = c.resolucion_id LEFT JOIN organos ro ON ro.id = r.organo_id"""


def convenios(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Cada convenio de la asociación con el nombre de su órgano y la numeración de su resolución."""
    return list(db.query(_CONVENIO + " WHERE c.asociacion_id = ? ORDER BY c.inicio DESC, c.id DESC", [asociacion_id]))


def convenio(db: BaseDeDatos, asociacion_id: int, convenio_id: int) -> dict | None:
    return next(db.query(_CONVENIO + " WHERE c.id = ? AND c.asociacion_id = ?", [convenio_id, asociacion_id]), None)


def insertar_convenio(db: BaseDeDatos, asociacion_id: int, valores: dict) -> int:
    return insertar_fila(db, "convenios", {"asociacion_id": asociacion_id, **valores})


def actualizar_convenio(db: BaseDeDatos, convenio_id: int, valores: dict) -> None:
    db.execute(f"UPDATE convenios SET {', '.join(f'{c} = ?' for c in valores)} WHERE id = ?",
               [*valores.values(), convenio_id])


def terminar_convenio(db: BaseDeDatos, convenio_id: int, fecha: str, motivo: str) -> None:
    db.execute("UPDATE convenios SET terminado_el = ?, motivo_terminacion = ? WHERE id = ?", [fecha, motivo, convenio_id])


def resolucion_de_la_asociacion(db: BaseDeDatos, asociacion_id: int, resolucion_id: int) -> bool:
    return db.execute("SELECT 1 FROM resoluciones r JOIN organos o ON o.id = r.organo_id WHERE r.id = ? "
                      "AND o.asociacion_id = ?", [resolucion_id, asociacion_id]).fetchone() is not None


# --- partes de cada convenio ------------------------------------------------------------------------------

def partes(db: BaseDeDatos, convenio_ids: list[int]) -> dict[int, list[dict]]:
    """convenio_id -> sus partes (miembros y externas) con nombre, país y tipo, en el orden en que se agregaron."""
    resultado: dict[int, list[dict]] = {i: [] for i in convenio_ids}
    if not convenio_ids:
        return resultado
    for fila in db.query(
            "SELECT p.id, p.convenio_id, p.miembro_id, p.parte_externa_id, p.firmante, "
            "coalesce(m.nombre, e.nombre) AS nombre, coalesce(m.pais, e.pais) AS pais, e.tipo AS tipo_externa "
            "FROM partes_convenio p LEFT JOIN miembros m ON m.id = p.miembro_id "
            "LEFT JOIN partes_externas e ON e.id = p.parte_externa_id "
            f"WHERE p.convenio_id IN ({_marcas(len(convenio_ids))}) ORDER BY p.id", convenio_ids):
        resultado[fila["convenio_id"]].append(fila)
    return resultado


def todas_las_partes(db: BaseDeDatos, asociacion_id: int) -> dict[int, list[dict]]:
    """Las partes de todos los convenios de la asociación (una consulta)."""
    resultado: dict[int, list[dict]] = {}
    for fila in db.query(
            "SELECT p.id, p.convenio_id, p.miembro_id, p.parte_externa_id, p.firmante, "
            "coalesce(m.nombre, e.nombre) AS nombre, coalesce(m.pais, e.pais) AS pais, e.tipo AS tipo_externa "
            "FROM partes_convenio p JOIN convenios c ON c.id = p.convenio_id "
            "LEFT JOIN miembros m ON m.id = p.miembro_id LEFT JOIN partes_externas e ON e.id = p.parte_externa_id "
            "WHERE c.asociacion_id = ? ORDER BY p.id", [asociacion_id]):
        resultado.setdefault(fila["convenio_id"], []).append(fila)
    return resultado


def insertar_parte(db: BaseDeDatos, convenio_id: int, miembro_id: int | None, externa_id: int | None,
                   firmante: str | None) -> int:
    return insertar_fila(db, "partes_convenio", {"convenio_id": convenio_id, "miembro_id": miembro_id,
                                                 "parte_externa_id": externa_id, "firmante": firmante})


def fijar_firmante(db: BaseDeDatos, parte_id: int, firmante: str | None) -> None:
    db.execute("UPDATE partes_convenio SET firmante = ? WHERE id = ?", [firmante, parte_id])


def quitar_parte(db: BaseDeDatos, parte_id: int) -> None:
    db.execute("DELETE FROM partes_convenio WHERE id = ?", [parte_id])


# --- obligaciones ---------------------------------------------------------------------------------------------

def obligaciones(db: BaseDeDatos, convenio_ids: list[int]) -> dict[int, list[dict]]:
    """convenio_id -> sus obligaciones, por fecha."""
    resultado: dict[int, list[dict]] = {i: [] for i in convenio_ids}
    if not convenio_ids:
        return resultado
    for fila in db.query(f"SELECT * FROM obligaciones_convenio WHERE convenio_id IN ({_marcas(len(convenio_ids))}) "
                         "ORDER BY vence, id", convenio_ids):
        resultado[fila["convenio_id"]].append(fila)
    return resultado


def todas_las_obligaciones(db: BaseDeDatos, asociacion_id: int) -> dict[int, list[dict]]:
    resultado: dict[int, list[dict]] = {}
    for fila in db.query("SELECT o.* FROM obligaciones_convenio o JOIN convenios c ON c.id = o.convenio_id "
                         "WHERE c.asociacion_id = ? ORDER BY o.vence, o.id", [asociacion_id]):
        resultado.setdefault(fila["convenio_id"], []).append(fila)
    return resultado


def obligacion(db: BaseDeDatos, asociacion_id: int, obligacion_id: int) -> dict | None:
    return next(db.query("SELECT o.* FROM obligaciones_convenio o JOIN convenios c ON c.id = o.convenio_id "
                         "WHERE o.id = ? AND c.asociacion_id = ?", [obligacion_id, asociacion_id]), None)


def insertar_obligacion(db: BaseDeDatos, convenio_id: int, valores: dict) -> int:
    return insertar_fila(db, "obligaciones_convenio", {"convenio_id": convenio_id, **valores})


def marcar_obligacion(db: BaseDeDatos, obligacion_id: int, estado: str, cumplida_el: str | None) -> None:
    db.execute("UPDATE obligaciones_convenio SET estado = ?, cumplida_el = ? WHERE id = ?",
               [estado, cumplida_el, obligacion_id])


def quitar_obligacion(db: BaseDeDatos, obligacion_id: int) -> None:
    db.execute("DELETE FROM obligaciones_convenio WHERE id = ?", [obligacion_id])


# --- el PDF firmado -------------------------------------------------------------------------------------------

_PDF = "SELECT id, convenio_id, nombre, sha256, paginas, adjuntado_en, length(pdf) AS bytes FROM pdfs_convenio"


def pdfs(db: BaseDeDatos, convenio_id: int) -> list[dict]:
    """Los PDF adjuntados al convenio (sin los bytes), el vigente primero."""
    return list(db.query(_PDF + " WHERE convenio_id = ? ORDER BY id DESC", [convenio_id]))


def pdfs_vigentes(db: BaseDeDatos, asociacion_id: int) -> dict[int, dict]:
    """convenio_id -> su PDF vigente (el último adjuntado), sin los bytes."""
    return {f["convenio_id"]: f for f in db.query(
        _PDF + " WHERE id IN (SELECT max(p.id) FROM pdfs_convenio p JOIN convenios c ON c.id = p.convenio_id "
        "WHERE c.asociacion_id = ? GROUP BY p.convenio_id)", [asociacion_id])}


def contenido_pdf(db: BaseDeDatos, pdf_id: int) -> bytes:
    fila = db.execute("SELECT pdf FROM pdfs_convenio WHERE id = ?", [pdf_id]).fetchone()
    return b"" if fila is None or fila[0] is None else bytes(fila[0])


def insertar_pdf(db: BaseDeDatos, convenio_id: int, nombre: str, sha256: str, paginas: int, pdf: bytes) -> int:
    return insertar_fila(db, "pdfs_convenio", {"convenio_id": convenio_id, "nombre": nombre, "sha256": sha256,
                                               "paginas": paginas, "pdf": pdf})


def huellas_de_pdfs(db: BaseDeDatos):
    """(id, convenio_id, título, sha256 anotado, sha256 del PDF guardado) de cada PDF, uno a la vez (para
    «escritorio verificar»)."""
    for pdf_id, convenio_id, titulo, anotado, pdf in db.execute(
            "SELECT p.id, p.convenio_id, c.titulo, p.sha256, p.pdf FROM pdfs_convenio p "
            "JOIN convenios c ON c.id = p.convenio_id ORDER BY p.id"):
        yield pdf_id, convenio_id, titulo, anotado, hashlib.sha256(bytes(pdf or b"")).hexdigest()
