"""Escrituras de votaciones (con quiénes estaban habilitados a votar) y de resoluciones con sus firmantes, y lo que
una votación lee de la elección de su punto. Las lecturas de votaciones y resoluciones están en datos.sesiones."""

from .base_de_datos import BaseDeDatos


def punto_es_eleccion(db: BaseDeDatos, punto_id: int) -> bool:
    """Si el punto tiene una elección entre candidaturas (tabla elecciones)."""
    return db.execute("SELECT 1 FROM elecciones WHERE punto_id = ?", [punto_id]).fetchone() is not None


def cierre_de_la_eleccion(db: BaseDeDatos, punto_id: int) -> dict | None:
    """`cerrada_en`, `ganadora_id` y cuántas `electas` tuvo la elección del punto (None si el punto no es una
    elección)."""
    return next(db.query("SELECT cerrada_en, ganadora_id, (SELECT count(*) FROM candidaturas c WHERE c.eleccion_id = "
                         "e.id AND c.electa IS NOT NULL) AS electas FROM elecciones e WHERE punto_id = ?", [punto_id]),
                None)


def insertar_votacion(db: BaseDeDatos, punto_id: int, *, metodo: str, mayoria: str, base: str, a_favor: int,
                      en_contra: int, abstenciones: int, presentes: int, con_derecho: int, aprobada: int,
                      texto_resultado: str, regla_mayoria: str, motivo_mayoria: str | None) -> int:
    return db.insertar(
        "INSERT INTO votaciones (punto_id, metodo, mayoria, base, a_favor, en_contra, abstenciones, presentes, "
        "con_derecho, aprobada, texto_resultado, regla_mayoria, motivo_mayoria) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [punto_id, metodo, mayoria, base, a_favor, en_contra, abstenciones, presentes, con_derecho, aprobada,
         texto_resultado, regla_mayoria, motivo_mayoria])


def insertar_habilitados(db: BaseDeDatos, votacion_id: int, habilitados: list[tuple[int, int, str | None]]) -> None:
    """Quiénes tenían derecho a votar al cerrar la votación: (miembro_id, peso, sentido del voto nominal o None)."""
    db.executemany(
        "INSERT INTO habilitados_votacion (votacion_id, miembro_id, peso, sentido) VALUES (?, ?, ?, ?)",
        [(votacion_id, miembro_id, peso, sentido) for miembro_id, peso, sentido in habilitados])


def insertar_resolucion(db: BaseDeDatos, organo_id: int, anio: int, numero: int, tipo: str, titulo: str,
                        texto: str | None, punto_id: int, reforma_id: int | None, escala_id: int | None) -> int:
    return db.insertar(
        "INSERT INTO resoluciones (organo_id, anio, numero, tipo, titulo, texto, punto_id, reforma_id, escala_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [organo_id, anio, numero, tipo, titulo, texto, punto_id, reforma_id, escala_id])


def insertar_firmantes(db: BaseDeDatos, resolucion_id: int, miembro_ids: list[int]) -> None:
    """Los miembros que firman una declaración."""
    db.executemany("INSERT INTO firmantes_declaracion (resolucion_id, miembro_id) VALUES (?, ?)",
                        [(resolucion_id, m) for m in miembro_ids])


def cantidad_de_firmantes(db: BaseDeDatos, resolucion_id: int) -> int:
    return db.execute("SELECT count(*) FROM firmantes_declaracion WHERE resolucion_id = ?",
                      [resolucion_id]).fetchone()[0]


# --- quienes firman o adhieren a una declaración (issue 41, §3) --------------------------------------------------

def resolucion_con_su_acta(db: BaseDeDatos, asociacion_id: int, resolucion_id: int) -> dict | None:
    """La resolución (si es de la asociación), con su órgano (`organo`), su sesión (`sesion_id`) y el estado del acta
    de esa sesión (`estado_acta`, None si no hay acta)."""
    return next(db.query(
        """SELECT r.*, o.nombre AS organo, p.sesion_id, a.estado AS estado_acta
           FROM resoluciones r JOIN organos o ON o.id = r.organo_id LEFT JOIN puntos_orden p ON p.id = r.punto_id
           LEFT JOIN actas a ON a.sesion_id = p.sesion_id
           WHERE r.id = ? AND o.asociacion_id = ?""", [resolucion_id, asociacion_id]), None)


def firmantes_de(db: BaseDeDatos, resolucion_id: int) -> list[dict]:
    """Los miembros que firman la declaración: miembro_id, nombre (`miembro`), país y `persona`, por nombre."""
    return list(db.query(
        "SELECT f.miembro_id, m.nombre AS miembro, m.pais, f.persona FROM firmantes_declaracion f "
        "JOIN miembros m ON m.id = f.miembro_id WHERE f.resolucion_id = ? ORDER BY m.nombre, m.id", [resolucion_id]))


def insertar_firmante(db: BaseDeDatos, resolucion_id: int, miembro_id: int, persona: str | None) -> None:
    db.execute("INSERT INTO firmantes_declaracion (resolucion_id, miembro_id, persona) VALUES (?, ?, ?)",
               [resolucion_id, miembro_id, persona])


def adherentes_de(db: BaseDeDatos, resolucion_id: int) -> list[dict]:
    """Quienes adhieren a la declaración sin ser miembros, en el orden en que adhirieron."""
    return list(db.query("SELECT * FROM adherentes_declaracion WHERE resolucion_id = ? ORDER BY id", [resolucion_id]))


def insertar_adherente(db: BaseDeDatos, resolucion_id: int, nombre: str, tipo: str, persona: str | None) -> int:
    return db.insertar("INSERT INTO adherentes_declaracion (resolucion_id, nombre, tipo, persona) VALUES (?, ?, ?, ?)",
                       [resolucion_id, nombre, tipo, persona])
