"""Consultas y escrituras de las agrupaciones por encima del país: `grupos` e `integrantes_de_grupo` (migración
0062). Qué grupo tiene cada miembro lo decide servicios/agrupaciones.py con esto."""

from .base_de_datos import BaseDeDatos


def grupos(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    return list(db.query("SELECT id, agrupacion, nombre, articulo FROM grupos WHERE asociacion_id = ? "
                         "ORDER BY agrupacion, nombre, id", [asociacion_id]))


def grupo(db: BaseDeDatos, asociacion_id: int, agrupacion: str, nombre: str) -> dict | None:
    return next(db.query("SELECT id, agrupacion, nombre, articulo FROM grupos WHERE asociacion_id = ? AND "
                         "agrupacion = ? AND nombre = ?", [asociacion_id, agrupacion, nombre]), None)


def insertar_grupo(db: BaseDeDatos, asociacion_id: int, agrupacion: str, nombre: str, articulo: str | None) -> int:
    return db.insertar("INSERT INTO grupos (asociacion_id, agrupacion, nombre, articulo) VALUES (?, ?, ?, ?)",
                       [asociacion_id, agrupacion, nombre, articulo])


def borrar_grupo(db: BaseDeDatos, grupo_id: int) -> None:
    db.execute("DELETE FROM integrantes_de_grupo WHERE grupo_id = ?", [grupo_id])
    db.execute("DELETE FROM grupos WHERE id = ?", [grupo_id])


def integrantes(db: BaseDeDatos, asociacion_id: int, agrupacion: str | None = None) -> list[dict]:
    """Lo que reúne cada grupo (de una agrupación, o de todas): país o miembro, con el nombre del grupo y del
    miembro."""
    return list(db.query(
        """SELECT i.id, i.grupo_id, i.agrupacion, g.nombre AS grupo, i.pais, i.miembro_id, m.nombre AS miembro
           FROM integrantes_de_grupo i JOIN grupos g ON g.id = i.grupo_id
           LEFT JOIN miembros m ON m.id = i.miembro_id
           WHERE i.asociacion_id = :asociacion AND (:agrupacion IS NULL OR i.agrupacion = :agrupacion)
           ORDER BY i.agrupacion, g.nombre, i.pais, m.nombre, i.id""",
        {"asociacion": asociacion_id, "agrupacion": agrupacion}))


def insertar_integrante(db: BaseDeDatos, grupo: dict, asociacion_id: int, pais: str | None,
                        miembro_id: int | None) -> int:
    return db.insertar("INSERT INTO integrantes_de_grupo (grupo_id, asociacion_id, agrupacion, pais, miembro_id) "
                       "VALUES (?, ?, ?, ?, ?)", [grupo["id"], asociacion_id, grupo["agrupacion"], pais, miembro_id])


def borrar_integrante(db: BaseDeDatos, integrante_id: int) -> None:
    db.execute("DELETE FROM integrantes_de_grupo WHERE id = ?", [integrante_id])


def miembros_con_pais(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Cada miembro de la asociación con su país y su tipo (para ubicarlo en los grupos)."""
    return list(db.query("SELECT id, nombre, pais, tipo FROM miembros WHERE asociacion_id = ? ORDER BY id",
                         [asociacion_id]))
