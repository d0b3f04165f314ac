"""Consultas y escrituras de elecciones, candidaturas y votos de elección (y de los puntos del orden del día en
que se eligen)."""

from .base_de_datos import BaseDeDatos
from .dialecto import ahora


def eleccion(db: BaseDeDatos, punto_id: int) -> dict | None:
    return next(db.query(
        "SELECT e.*, o.nombre AS organo FROM elecciones e JOIN organos o ON o.id = e.organo_id WHERE e.punto_id = ?",
        [punto_id]), None)


def candidaturas(db: BaseDeDatos, eleccion_id: int) -> list[dict]:
    return list(db.query(
        "SELECT c.*, m.nombre AS miembro, m.pais FROM candidaturas c LEFT JOIN miembros m ON m.id = c.miembro_id "
        "WHERE c.eleccion_id = ? ORDER BY c.id", [eleccion_id]))


def candidatura(db: BaseDeDatos, candidatura_id: int) -> dict | None:
    return next(db.query("SELECT * FROM candidaturas WHERE id = ?", [candidatura_id]), None)


def votos_nominales(db: BaseDeDatos, eleccion_id: int) -> list[dict]:
    return list(db.query(
        "SELECT v.*, m.nombre AS miembro, m.pais FROM votos_eleccion v JOIN miembros m ON m.id = v.miembro_id "
        "WHERE v.eleccion_id = ? ORDER BY m.pais, m.nombre", [eleccion_id]))


def punto_del_orden(db: BaseDeDatos, punto_id: int) -> dict | None:
    """id, sesion_id, tipo, titulo, padre_id y tipo_decision del punto del orden del día."""
    fila = db.execute("SELECT id, sesion_id, tipo, titulo, padre_id, tipo_decision FROM puntos_orden WHERE id = ?",
                      [punto_id]).fetchone()
    return None if fila is None else dict(zip(("id", "sesion_id", "tipo", "titulo", "padre_id", "tipo_decision"), fila))


def sesion_del_punto(db: BaseDeDatos, punto_id: int) -> int:
    """El id de la sesión de un punto que existe."""
    return db.execute("SELECT sesion_id FROM puntos_orden WHERE id = ?", [punto_id]).fetchone()[0]


def punto_votado(db: BaseDeDatos, punto_id: int) -> bool:
    """Si el punto ya tiene una votación por sí o por no."""
    return db.execute("SELECT 1 FROM votaciones WHERE punto_id = ?", [punto_id]).fetchone() is not None


def titulo_de_la_segunda_vuelta(db: BaseDeDatos, punto_id: int) -> str | None:
    """El título del subpunto del punto que tiene una elección (su segunda vuelta), si ya se agregó."""
    fila = db.execute("SELECT p.titulo FROM puntos_orden p JOIN elecciones e ON e.punto_id = p.id "
                      "WHERE p.padre_id = ?", [punto_id]).fetchone()
    return fila[0] if fila else None


def punto_de_la_eleccion(db: BaseDeDatos, eleccion_id: int) -> int:
    return db.execute("SELECT punto_id FROM elecciones WHERE id = ?", [eleccion_id]).fetchone()[0]


def insertar_eleccion(db: BaseDeDatos, punto_id: int, *, organo_id: int, cargo: str, con_voto: int, desde: str,
                      hasta: str | None, puestos: int = 1, metodo: str | None = None, boleta: str = "una",
                      marcas_min: int | None = None, marcas_max: int | None = None) -> int:
    """La elección de un punto; `metodo`, si ya se sabe cómo se votará (el cierre lo escribe igual); `boleta`, cómo
    se marca cada boleta (con «marcas», de cuántas a cuántas candidaturas)."""
    return db.insertar("INSERT INTO elecciones (organo_id, cargo, con_voto, desde, hasta, puestos, metodo, boleta, "
                      "marcas_min, marcas_max, punto_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      [organo_id, cargo, con_voto, desde, hasta, puestos, metodo, boleta, marcas_min, marcas_max,
                       punto_id])


def actualizar_eleccion(db: BaseDeDatos, eleccion_id: int, *, organo_id: int, cargo: str, con_voto: int, desde: str,
                        hasta: str | None, puestos: int = 1, metodo: str | None = None, boleta: str = "una",
                        marcas_min: int | None = None, marcas_max: int | None = None) -> None:
    """Cambia lo que se elige; el método previsto solo si se indica (None lo deja como estaba)."""
    db.execute("UPDATE elecciones SET organo_id = ?, cargo = ?, con_voto = ?, desde = ?, hasta = ?, puestos = ?, "
               "metodo = coalesce(?, metodo), boleta = ?, marcas_min = ?, marcas_max = ? WHERE id = ?",
               [organo_id, cargo, con_voto, desde, hasta, puestos, metodo, boleta, marcas_min, marcas_max,
                eleccion_id])


def insertar_candidatura(db: BaseDeDatos, eleccion_id: int, miembro_id: int | None, persona: str | None,
                         forma: str = "masculina") -> int:
    return db.insertar("INSERT INTO candidaturas (eleccion_id, miembro_id, persona, forma) VALUES (?, ?, ?, ?)",
                      [eleccion_id, miembro_id, persona, forma])


def borrar_candidatura(db: BaseDeDatos, candidatura_id: int) -> None:
    db.execute("DELETE FROM candidaturas WHERE id = ?", [candidatura_id])


def guardar_votos_de_candidaturas(db: BaseDeDatos, votos: dict[int, int]) -> None:
    """candidatura_id -> votos."""
    db.executemany("UPDATE candidaturas SET votos = ? WHERE id = ?", [(v, i) for i, v in votos.items()])


def guardar_cierre(db: BaseDeDatos, eleccion_id: int, *, metodo: str, mayoria: str, base: str, blancos: int, nulos: int,
                   abstenciones: int, presentes: int, con_derecho: int, ganadora_id: int | None,
                   texto_resultado: str, regla_mayoria: str | None = None,
                   motivo_mayoria: str | None = None, boletas: int | None = None, no_a_todas: int | None = None) -> None:
    """El recuento y el resultado de la elección, con la hora del cierre (si no estaba cerrada), la regla de mayoría
    que pedía el órgano y, si se votó con otra (más exigente), el motivo; con boletas de varias marcas, cuántas se
    emitieron y cuántas dijeron «No a todas»."""
    db.execute(
        "UPDATE elecciones SET metodo = ?, mayoria = ?, base = ?, blancos = ?, nulos = ?, abstenciones = ?, "
        "presentes = ?, con_derecho = ?, ganadora_id = ?, texto_resultado = ?, regla_mayoria = ?, motivo_mayoria = ?, "
        "boletas = ?, no_a_todas = ?, cerrada_en = " + ahora(db) + " WHERE id = ? AND cerrada_en IS NULL",
        [metodo, mayoria, base, blancos, nulos, abstenciones, presentes, con_derecho, ganadora_id, texto_resultado,
         regla_mayoria, motivo_mayoria, boletas, no_a_todas, eleccion_id])


def insertar_votos_de_eleccion(db: BaseDeDatos, eleccion_id: int, votos: list[tuple]) -> None:
    """Quién podía votar y cómo votó: (miembro_id, peso, candidatura_id, otro) por miembro."""
    db.executemany(
        "INSERT INTO votos_eleccion (eleccion_id, miembro_id, peso, candidatura_id, otro) VALUES (?, ?, ?, ?, ?)",
        [(eleccion_id, *voto) for voto in votos])


def marcar_confirmada(db: BaseDeDatos, eleccion_id: int, mandato_id: int | None) -> None:
    """Anota la hora de la confirmación (si no estaba confirmada) y, en una elección de un puesto, su mandato (en una
    de varios, cada mandato va en su candidatura: `anotar_mandato`)."""
    db.execute("UPDATE elecciones SET mandato_id = ?, confirmada_en = " + ahora(db) + " "
               "WHERE id = ? AND mandato_id IS NULL AND confirmada_en IS NULL", [mandato_id, eleccion_id])


def confirmada_en(db: BaseDeDatos, eleccion_id: int) -> str | None:
    """Cuándo se confirmó la elección (None: sin confirmar)."""
    return db.execute("SELECT coalesce(confirmada_en, CASE WHEN mandato_id IS NOT NULL THEN '-' END) FROM elecciones "
                      "WHERE id = ?", [eleccion_id]).fetchone()[0]


def guardar_electas(db: BaseDeDatos, eleccion_id: int, electas: list[int], finalistas: list[int],
                    puestos_segunda_vuelta: int | None) -> None:
    """Al cerrar: el orden de las candidaturas electas (1, 2, …), las que van a la segunda vuelta y por cuántos
    puestos."""
    db.executemany("UPDATE candidaturas SET electa = ? WHERE id = ?", [(n, c) for n, c in enumerate(electas, 1)])
    db.executemany("UPDATE candidaturas SET finalista = 1 WHERE id = ?", [(c,) for c in finalistas])
    db.execute("UPDATE elecciones SET puestos_segunda_vuelta = ? WHERE id = ?", [puestos_segunda_vuelta, eleccion_id])


def anotar_mandato(db: BaseDeDatos, candidatura_id: int, mandato_id: int) -> None:
    """El mandato registrado al confirmar una candidatura electa."""
    db.execute("UPDATE candidaturas SET mandato_id = ? WHERE id = ?", [mandato_id, candidatura_id])


def electas_sin_confirmar(db: BaseDeDatos, eleccion_id: int) -> list[dict]:
    """Las candidaturas electas de una elección que todavía no tienen su mandato, con el país del miembro."""
    return list(db.query(
        "SELECT c.*, m.pais FROM candidaturas c LEFT JOIN miembros m ON m.id = c.miembro_id "
        "WHERE c.eleccion_id = ? AND c.electa IS NOT NULL AND c.mandato_id IS NULL ORDER BY c.electa", [eleccion_id]))


# Para la huella del registro de la sesión: la confirmación (mandato_id, confirmada_en, y el mandato de cada
# candidatura) queda fuera, porque puede registrarse después de aprobada el acta.
FILAS_PARA_HUELLA = (
    ("SELECT e.id, e.punto_id, e.organo_id, e.cargo, e.con_voto, e.desde, e.hasta, e.metodo, e.mayoria, e.base, "
     "e.blancos, e.nulos, e.abstenciones, e.presentes, e.con_derecho, e.ganadora_id, e.texto_resultado "
     "FROM elecciones e JOIN puntos_orden p ON p.id = e.punto_id WHERE p.sesion_id = :s ORDER BY e.id"),
    ("SELECT c.id, c.eleccion_id, c.miembro_id, c.persona, c.votos FROM candidaturas c "
     "JOIN elecciones e ON e.id = c.eleccion_id JOIN puntos_orden p ON p.id = e.punto_id "
     "WHERE p.sesion_id = :s ORDER BY c.id"),
    ("SELECT v.* FROM votos_eleccion v JOIN elecciones e ON e.id = v.eleccion_id JOIN puntos_orden p ON p.id = e.punto_id "
     "WHERE p.sesion_id = :s ORDER BY v.eleccion_id, v.miembro_id"),
    # Elecciones de varios puestos (0019): sin filas para las de un puesto sin electas marcadas, así la huella de un
    # acta aprobada antes de la 0019 no cambia. El mandato de cada electa (la confirmación) queda fuera.
    ("SELECT e.id, e.puestos, e.puestos_segunda_vuelta FROM elecciones e JOIN puntos_orden p ON p.id = e.punto_id "
     "WHERE p.sesion_id = :s AND (e.puestos <> 1 OR e.puestos_segunda_vuelta IS NOT NULL) ORDER BY e.id"),
    ("SELECT c.id, c.electa, c.finalista FROM candidaturas c JOIN elecciones e ON e.id = c.eleccion_id "
     "JOIN puntos_orden p ON p.id = e.punto_id WHERE p.sesion_id = :s AND (c.electa IS NOT NULL OR c.finalista <> 0) "
     "ORDER BY c.id"),
    # Boletas de varias marcas (0042): sin filas para las de un voto por boleta, así la huella de un acta aprobada
    # antes de la 0042 no cambia.
    ("SELECT e.id, e.boleta, e.marcas_min, e.marcas_max, e.boletas, e.no_a_todas FROM elecciones e "
     "JOIN puntos_orden p ON p.id = e.punto_id WHERE p.sesion_id = :s AND e.boleta <> 'una' ORDER BY e.id"),
    # La forma con que se nombrará a cada candidatura (0049): sin filas para las de la forma masculina, así la huella
    # de un acta aprobada antes de la 0049 no cambia.
    ("SELECT c.id, c.forma FROM candidaturas c JOIN elecciones e ON e.id = c.eleccion_id "
     "JOIN puntos_orden p ON p.id = e.punto_id WHERE p.sesion_id = :s AND c.forma <> 'masculina' ORDER BY c.id"),
)


def fecha_de_la_sesion(db: BaseDeDatos, punto_id: int) -> str:
    """La fecha de la sesión de un punto que existe."""
    return db.execute("SELECT s.fecha FROM sesiones s JOIN puntos_orden p ON p.sesion_id = s.id WHERE p.id = ?",
                      [punto_id]).fetchone()[0]
