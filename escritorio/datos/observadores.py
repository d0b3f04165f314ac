"""Consultas y escrituras de la calidad de cada miembro (pleno u observador) con su historia: `calidades_miembro`
(migración 0060). Quién es observador en una fecha lo decide servicios/observadores.py con esto y la categoría del país."""

from .base_de_datos import BaseDeDatos


def calidades_al(db: BaseDeDatos, asociacion_id: int, al: str) -> dict[int, str]:
    """La calidad propia vigente en `al` de cada miembro de la asociación que tiene alguna registrada hasta ese día."""
    return {f[0]: f[1] for f in db.execute(
        """SELECT c.miembro_id, c.calidad FROM calidades_miembro c
           WHERE c.id = (SELECT id FROM calidades_miembro x WHERE x.miembro_id = c.miembro_id AND x.desde <= :al
                         ORDER BY x.desde DESC, x.id DESC LIMIT 1)
             AND c.miembro_id IN (SELECT id FROM miembros WHERE asociacion_id = :asociacion)""",
        {"al": al, "asociacion": asociacion_id})}


def miembros_de_los_paises(db: BaseDeDatos, asociacion_id: int, paises: list[str]) -> set[int]:
    if not paises:
        return set()
    marcas = ", ".join("?" for _ in paises)
    return {f[0] for f in db.execute(f"SELECT id FROM miembros WHERE asociacion_id = ? AND pais IN ({marcas})",
                                     [asociacion_id, *paises])}


def historia(db: BaseDeDatos, miembro_id: int) -> list[dict]:
    return list(db.query("SELECT id, calidad, desde, motivo, registrado_en FROM calidades_miembro WHERE miembro_id = ? "
                         "ORDER BY desde, id", [miembro_id]))


def insertar(db: BaseDeDatos, miembro_id: int, calidad: str, desde: str, motivo: str) -> int:
    return db.insertar("INSERT INTO calidades_miembro (miembro_id, calidad, desde, motivo) VALUES (?, ?, ?, ?)",
                       [miembro_id, calidad, desde, motivo])


def mandatos_vigentes_del_miembro(db: BaseDeDatos, miembro_id: int, al: str) -> list[dict]:
    """Los mandatos del miembro vigentes en `al`, con el nombre de su órgano."""
    return list(db.query(
        """SELECT m.id, m.cargo, m.con_voto, o.nombre AS organo FROM mandatos m JOIN organos o ON o.id = m.organo_id
           WHERE m.miembro_id = :miembro AND m.desde <= :al AND (m.hasta IS NULL OR m.hasta >= :al) ORDER BY m.id""",
        {"miembro": miembro_id, "al": al}))
