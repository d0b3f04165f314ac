"""Consultas de las actas que no son del registro de la sesión: quién firma (autoridades de los miembros en una
fecha). Las actas mismas, su contenido y su huella se leen con datos.sesiones."""

from sqlite_utils import Database


def autoridad_del_miembro(db: Database, miembro_id: int, al: str) -> tuple[str, str] | None:
    """(persona, cargo) de la autoridad del miembro en `al` (AAAA-MM-DD): la última que asumió hasta esa fecha."""
    fila = db.execute("SELECT persona, cargo FROM autoridades WHERE miembro_id = ? AND (desde IS NULL OR desde <= ?) "
                      "ORDER BY coalesce(desde, '') DESC, id DESC LIMIT 1", [miembro_id, al]).fetchone()
    return (fila[0], fila[1]) if fila else None


def cargos_de_la_persona(db: Database, asociacion_id: int, persona: str, al: str) -> list[tuple[str, str]]:
    """(cargo, país del miembro) de las autoridades vigentes en `al` cuyo nombre es `persona` (sin distinguir
    mayúsculas ni espacios de los extremos; `persona` ya viene en minúsculas con casefold)."""
    return [(f[0], f[1]) for f in db.execute(
        "SELECT a.cargo, m.pais FROM autoridades a JOIN miembros m ON m.id = a.miembro_id WHERE m.asociacion_id = ? "
        "AND (a.desde IS NULL OR a.desde <= ?) AND (a.hasta IS NULL OR a.hasta >= ?) AND lower(trim(a.persona)) = ?",
        [asociacion_id, al, al, persona])]
