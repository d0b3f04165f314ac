"""Consultas y escrituras de sesiones, orden del día, asistencia, votaciones y resoluciones. El acta (su fila, su
borrador, su aprobación con el registro que la sella, su fe de erratas) está en datos.actas."""

from .base_de_datos import BaseDeDatos
from .dialecto import igual


def sesion(db: BaseDeDatos, sesion_id: int) -> dict | None:
    return next(db.query(
        "SELECT s.*, o.nombre AS organo, o.asociacion_id, o.tipo AS tipo_organo, o.anticipacion_dias, "
        "o.articulo_convocatoria, (SELECT estado FROM actas WHERE sesion_id = s.id) AS estado_acta "
        "FROM sesiones s JOIN organos o ON o.id = s.organo_id WHERE s.id = ?", [sesion_id]), None)


def sesiones(db: BaseDeDatos, asociacion_id: int, organo_id: int | None = None) -> list[dict]:
    return list(db.query(
        "SELECT s.*, o.nombre AS organo, (SELECT estado FROM actas WHERE sesion_id = s.id) AS estado_acta "
        "FROM sesiones s JOIN organos o ON o.id = s.organo_id WHERE o.asociacion_id = :a "
        "AND (:organo IS NULL OR s.organo_id = :organo) ORDER BY s.fecha DESC, s.id DESC",
        {"a": asociacion_id, "organo": organo_id}))


def proximo_numero(db: BaseDeDatos, organo_id: int) -> int:
    return db.execute("SELECT coalesce(max(numero), 0) + 1 FROM sesiones WHERE organo_id = ?", [organo_id]).fetchone()[0]


def puntos(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    """Los puntos en el orden del árbol (1, 1.1, 1.1.1, 2…), a cualquier profundidad."""
    filas = list(db.query(
        "SELECT p.*, v.id AS votacion_id FROM puntos_orden p LEFT JOIN votaciones v ON v.punto_id = p.id "
        "WHERE p.sesion_id = ? ORDER BY p.orden, p.id", [sesion_id]))
    hijos: dict = {}
    for fila in filas:
        hijos.setdefault(fila["padre_id"], []).append(fila)
    ordenados = []

    def recorrer(padre) -> None:
        for fila in hijos.get(padre, []):
            ordenados.append(fila)
            recorrer(fila["id"])

    recorrer(None)
    return ordenados


def punto(db: BaseDeDatos, punto_id: int) -> dict | None:
    return next(db.query("SELECT * FROM puntos_orden WHERE id = ?", [punto_id]), None)


def asistencias(db: BaseDeDatos, sesion_id: int) -> dict[int, dict]:
    return {f["miembro_id"]: f for f in db.query("SELECT * FROM asistencias WHERE sesion_id = ?", [sesion_id])}


def invitados(db: BaseDeDatos, sesion_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM invitados WHERE sesion_id = ? ORDER BY id", [sesion_id]))


def regla_quorum(db: BaseDeDatos, organo_id: int, tipo_decision: str, al: str = "9999-12-31") -> dict | None:
    """La fila de reglas del tipo de decisión (o, si no tiene, la ordinaria) vigente el día `al` (AAAA-MM-DD)."""
    return next(db.query(
        "SELECT * FROM reglas_quorum WHERE organo_id = ? AND tipo_decision IN (?, 'ordinaria') AND vigente_desde <= ? "
        "ORDER BY tipo_decision = 'ordinaria', vigente_desde DESC LIMIT 1", [organo_id, tipo_decision, al]), None)


def votacion(db: BaseDeDatos, punto_id: int) -> dict | None:
    return next(db.query("SELECT * FROM votaciones WHERE punto_id = ?", [punto_id]), None)


def votos_nominales(db: BaseDeDatos, votacion_id: int) -> list[dict]:
    return list(db.query(
        "SELECT h.*, m.nombre AS miembro, m.pais FROM habilitados_votacion h JOIN miembros m ON m.id = h.miembro_id "
        "WHERE h.votacion_id = ? ORDER BY m.pais, m.nombre", [votacion_id]))


def resoluciones(db: BaseDeDatos, asociacion_id: int, organo_id: int | None = None, sesion_id: int | None = None) -> list[dict]:
    return list(db.query(
        """SELECT r.*, o.nombre AS organo, p.sesion_id FROM resoluciones r JOIN organos o ON o.id = r.organo_id
           LEFT JOIN puntos_orden p ON p.id = r.punto_id
           WHERE o.asociacion_id = :a AND (:organo IS NULL OR r.organo_id = :organo)
           AND (:sesion IS NULL OR p.sesion_id = :sesion)
           ORDER BY r.anio DESC, r.organo_id, r.tipo, r.numero DESC""",
        {"a": asociacion_id, "organo": organo_id, "sesion": sesion_id}))


def proximo_numero_resolucion(db: BaseDeDatos, organo_id: int, anio: int, tipo: str) -> int:
    return db.execute("SELECT coalesce(max(numero), 0) + 1 FROM resoluciones WHERE organo_id = ? AND anio = ? AND tipo = ?",
                      [organo_id, anio, tipo]).fetchone()[0]


# --- poderes -------------------------------------------------------------------------------------

def articulo_de_suspension(db: BaseDeDatos, asociacion_id: int) -> str | None:
    """El artículo que suspende el voto por cuotas impagas (columna de la asociación), para citarlo."""
    fila = db.execute("SELECT articulo_suspension FROM asociaciones WHERE id = ?", [asociacion_id]).fetchone()
    return fila[0] if fila else None


def nombres_de_miembros(db: BaseDeDatos, miembro_ids: list[int]) -> dict[int, str]:
    """id -> nombre de los miembros pedidos (los que no existen no aparecen)."""
    return dict(db.execute(f"SELECT id, nombre FROM miembros WHERE id IN ({', '.join('?' for _ in miembro_ids)})",
                           list(miembro_ids)).fetchall())


def poderes_que_lleva(db: BaseDeDatos, sesion_id: int, portador_id: int, salvo_miembro_id: int) -> int:
    """Cuántos poderes lleva `portador_id` en la sesión, sin contar el de `salvo_miembro_id`."""
    return db.execute("SELECT count(*) FROM asistencias WHERE sesion_id = ? AND poder_a = ? AND miembro_id <> ?",
                      [sesion_id, portador_id, salvo_miembro_id]).fetchone()[0]


# --- escrituras de reglas de sesión, sesiones, orden del día y asistencia --------------------------

def guardar_regla_quorum(db: BaseDeDatos, organo_id: int, tipo_decision: str, vigente_desde: str, *, numerador: int,
                         denominador: int, mas_uno: int, sobre: str, segunda_convocatoria_minutos: int | None,
                         poderes_maximos: int | None, suspende_morosos: int, articulo: str | None, quorum_propio: int,
                         mayoria: str | None, base_mayoria: str | None, articulo_mayoria: str | None,
                         articulo_poderes: str | None, motivo: str | None = None,
                         reforma_id: int | None = None) -> None:
    """Crea o reemplaza la fila de reglas de un tipo de decisión en su versión `vigente_desde` (`motivo`: por qué se
    endureció; `reforma_id`: la reforma que la fijó)."""
    db.execute(
        "INSERT INTO reglas_quorum (organo_id, tipo_decision, numerador, denominador, mas_uno, sobre, "
        "segunda_convocatoria_minutos, poderes_maximos, suspende_morosos, articulo, vigente_desde, quorum_propio, "
        "mayoria, base_mayoria, articulo_mayoria, articulo_poderes, motivo, reforma_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (organo_id, tipo_decision, vigente_desde) DO UPDATE SET numerador = excluded.numerador, "
        "denominador = excluded.denominador, mas_uno = excluded.mas_uno, sobre = excluded.sobre, "
        "segunda_convocatoria_minutos = excluded.segunda_convocatoria_minutos, "
        "poderes_maximos = excluded.poderes_maximos, suspende_morosos = excluded.suspende_morosos, "
        "articulo = excluded.articulo, quorum_propio = excluded.quorum_propio, mayoria = excluded.mayoria, "
        "base_mayoria = excluded.base_mayoria, articulo_mayoria = excluded.articulo_mayoria, "
        "articulo_poderes = excluded.articulo_poderes, motivo = COALESCE(excluded.motivo, reglas_quorum.motivo), "
        "reforma_id = COALESCE(excluded.reforma_id, reglas_quorum.reforma_id)",
        [organo_id, tipo_decision, numerador, denominador, mas_uno, sobre, segunda_convocatoria_minutos,
         poderes_maximos, suspende_morosos, articulo, vigente_desde, quorum_propio, mayoria, base_mayoria,
         articulo_mayoria, articulo_poderes, motivo, reforma_id])


def sesiones_desde(db: BaseDeDatos, organo_id: int, desde: str, hasta: str) -> list[dict]:
    """Las sesiones del órgano (no suspendidas) con fecha entre `desde` y `hasta` (incluidas), de la más vieja a la
    más nueva: las que ya se juzgaron con las reglas que regían ese día."""
    filas = db.execute("SELECT id, numero, fecha FROM sesiones WHERE organo_id = ? AND estado <> 'suspendida' "
                       "AND fecha >= ? AND fecha <= ? ORDER BY fecha, id", [organo_id, desde, hasta]).fetchall()
    return [{"id": f[0], "numero": f[1], "fecha": f[2]} for f in filas]


def versiones_de_reglas(db: BaseDeDatos, organo_id: int) -> list[str]:
    """Las fechas (vigente_desde) de las versiones de reglas del órgano, de la más vieja a la más nueva."""
    return [f[0] for f in db.execute("SELECT DISTINCT vigente_desde FROM reglas_quorum WHERE organo_id = ? "
                                     "ORDER BY vigente_desde", [organo_id])]


def hay_regla_anterior(db: BaseDeDatos, organo_id: int, tipo_decision: str, antes_de: str) -> bool:
    """Si el tipo de decisión tiene una fila de reglas en una versión anterior a `antes_de`."""
    return db.execute("SELECT 1 FROM reglas_quorum WHERE organo_id = ? AND tipo_decision = ? "
                      "AND vigente_desde < ?", [organo_id, tipo_decision, antes_de]).fetchone() is not None


def borrar_regla_quorum(db: BaseDeDatos, organo_id: int, tipo_decision: str, vigente_desde: str) -> None:
    db.execute("DELETE FROM reglas_quorum WHERE organo_id = ? AND tipo_decision = ? AND vigente_desde = ?",
               [organo_id, tipo_decision, vigente_desde])


def fijar_anticipacion(db: BaseDeDatos, organo_id: int, dias: int | None, articulo: str | None) -> None:
    """Los días de anticipación con que se convoca el órgano y el artículo que los pide."""
    db.execute("UPDATE organos SET anticipacion_dias = ?, articulo_convocatoria = ? WHERE id = ?",
               [dias, articulo, organo_id])


def insertar_sesion(db: BaseDeDatos, organo_id: int, numero: int, tipo: str, fecha: str, hora: str | None,
                    lugar: str | None, enlace: str | None, convocada_el: str) -> int:
    return db.insertar(
        "INSERT INTO sesiones (organo_id, numero, tipo, fecha, hora, lugar, enlace, convocada_el) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [organo_id, numero, tipo, fecha, hora, lugar, enlace, convocada_el])


def proximo_orden_de_punto(db: BaseDeDatos, sesion_id: int, padre_id: int | None) -> int:
    """El orden que sigue entre los puntos de la sesión con el mismo padre (None: los de primer nivel)."""
    return db.execute(f"SELECT coalesce(max(orden), 0) + 1 FROM puntos_orden WHERE sesion_id = ? AND padre_id {igual(db)} ?",
                      [sesion_id, padre_id]).fetchone()[0]


def insertar_punto(db: BaseDeDatos, sesion_id: int, padre_id: int | None, orden: int, titulo: str, tipo: str,
                   tipo_decision: str) -> int:
    return db.insertar("INSERT INTO puntos_orden (sesion_id, padre_id, orden, titulo, tipo, tipo_decision) "
                      "VALUES (?, ?, ?, ?, ?, ?)", [sesion_id, padre_id, orden, titulo, tipo, tipo_decision])


def fijar_resumen_del_punto(db: BaseDeDatos, punto_id: int, resumen: str | None) -> None:
    db.execute("UPDATE puntos_orden SET resumen = ? WHERE id = ?", [resumen, punto_id])


def nombre_del_miembro(db: BaseDeDatos, miembro_id: int) -> str | None:
    fila = db.execute("SELECT nombre FROM miembros WHERE id = ?", [miembro_id]).fetchone()
    return fila[0] if fila else None


def guardar_asistencia(db: BaseDeDatos, sesion_id: int, miembro_id: int, estado: str, representante: str | None,
                       cargo_representante: str | None, poder_a: int | None, peso: int) -> None:
    """Crea o reemplaza la asistencia del miembro a la sesión."""
    db.execute(
        "INSERT INTO asistencias (sesion_id, miembro_id, estado, representante, cargo_representante, poder_a, peso) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sesion_id, miembro_id) DO UPDATE SET estado = excluded.estado, "
        "representante = excluded.representante, cargo_representante = excluded.cargo_representante, "
        "poder_a = excluded.poder_a, peso = excluded.peso",
        [sesion_id, miembro_id, estado, representante, cargo_representante, poder_a, peso])


def insertar_invitado(db: BaseDeDatos, sesion_id: int, nombre: str, institucion: str | None, calidad: str) -> None:
    db.execute("INSERT INTO invitados (sesion_id, nombre, institucion, calidad) VALUES (?, ?, ?, ?)",
               [sesion_id, nombre, institucion, calidad])


def marcar_celebrada_por_sus_actos(db: BaseDeDatos, sesion_id: int) -> bool:
    """Una sesión «Convocada» pasa a «Celebrada» (sin hora de cierre) porque se registró un acto suyo; True si
    cambió (una ya celebrada no se toca)."""
    return db.execute("UPDATE sesiones SET estado = 'celebrada' WHERE id = ? AND estado = 'convocada'",
                      [sesion_id]).rowcount == 1


def marcar_celebrada(db: BaseDeDatos, sesion_id: int, hora_cierre: str | None, segunda_convocatoria: int) -> None:
    db.execute("UPDATE sesiones SET estado = 'celebrada', hora_cierre = ?, segunda_convocatoria = ? WHERE id = ?",
               [hora_cierre, segunda_convocatoria, sesion_id])


def cambios_de_reglas_en_la_bitacora(db: BaseDeDatos) -> list[tuple[int, str]]:
    """(id de la fila de reglas_quorum, datos del registro) de cada cambio de una regla de sesión en la bitácora, en
    orden: los datos son {"antes": [...], "despues": [...]} en el orden de las columnas de la tabla."""
    return [(f[0], f[1]) for f in db.execute(
        "SELECT entidad_id, datos FROM bitacora WHERE entidad = 'reglas_quorum' AND accion = 'cambio' ORDER BY id")]
