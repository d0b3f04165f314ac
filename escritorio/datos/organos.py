"""Consultas y escrituras de órganos, reglas de composición, mandatos, orden de sucesión y actividades."""

from .base_de_datos import BaseDeDatos


def organos(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM organos WHERE asociacion_id = ? ORDER BY coalesce(padre_id, 0), id", [asociacion_id]))


def organo(db: BaseDeDatos, organo_id: int) -> dict | None:
    return next(db.query("SELECT * FROM organos WHERE id = ?", [organo_id]), None)


def insertar_organo(db: BaseDeDatos, asociacion_id: int, datos: dict) -> int:
    columnas = ["asociacion_id", *datos]
    return db.insertar(f"INSERT INTO organos ({', '.join(columnas)}) VALUES ({', '.join('?' for _ in columnas)})",
                      [asociacion_id, *datos.values()])


def fijar_creacion(db: BaseDeDatos, organo_id: int, creado_el: str | None, creado_por: str | None) -> None:
    """El día en que el estatuto o una resolución creó el órgano (None: existió desde siempre) y qué lo creó."""
    db.execute("UPDATE organos SET creado_el = ?, creado_por = ? WHERE id = ?", [creado_el, creado_por, organo_id])


def fijar_disolucion(db: BaseDeDatos, organo_id: int, disuelto_el: str | None, disuelto_por: str | None) -> None:
    """El día en que el órgano se disolvió, su último día (None: todavía existe), y qué lo disolvió."""
    db.execute("UPDATE organos SET disuelto_el = ?, disuelto_por = ? WHERE id = ?",
               [disuelto_el, disuelto_por, organo_id])


def reglas(db: BaseDeDatos, organo_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM reglas_composicion WHERE organo_id = ? ORDER BY id", [organo_id]))


INSERTAR_REGLA_CON_FECHA = ("INSERT INTO reglas_composicion (organo_id, tipo, parametros, articulo, desde) "
                            "VALUES (?, ?, ?, ?, ?)")
INSERTAR_MANDATO = (
    "INSERT INTO mandatos (organo_id, miembro_id, persona, cargo, con_voto, desde, hasta, en_nombre_de, forma) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def mandatos(db: BaseDeDatos, organo_id: int, al: str | None = None) -> list[dict]:
    """Los mandatos del órgano (vigentes en `al`, si se indica), con el nombre y país del miembro."""
    condicion = " AND m.desde <= :al AND (m.hasta IS NULL OR m.hasta >= :al)" if al else ""
    return list(db.query(
        f"""SELECT m.*, mi.nombre AS miembro, mi.pais AS pais FROM mandatos m
            LEFT JOIN miembros mi ON mi.id = m.miembro_id
            WHERE m.organo_id = :organo{condicion}
            ORDER BY CASE m.cargo WHEN 'presidente' THEN 0 WHEN 'coordinador' THEN 1 WHEN 'vicepresidente' THEN 2
                     WHEN 'subcoordinador' THEN 3 WHEN 'secretario' THEN 4 ELSE 5 END, m.desde, m.id""",
        {"organo": organo_id, "al": al}))


def mandato(db: BaseDeDatos, mandato_id: int) -> dict | None:
    return next(db.query("SELECT * FROM mandatos WHERE id = ?", [mandato_id]), None)


def corregir(db: BaseDeDatos, mandato_id: int, campo: str, antes, despues, motivo: str) -> bool:
    """Cambia el dato y deja la constancia; una corrección que no cambia nada («2026-11-20 → 2026-11-20», como la de
    un mandato que ya terminaba la víspera de un traspaso) no se escribe ni se anota. Dice si escribió."""
    if (None if antes is None else str(antes)) == (None if despues is None else str(despues)):
        return False
    db.execute(f"UPDATE mandatos SET {campo} = ? WHERE id = ?", [despues, mandato_id])
    db.execute("INSERT INTO correcciones_mandato (mandato_id, campo, antes, despues, motivo) VALUES (?, ?, ?, ?, ?)",
               [mandato_id, campo, None if antes is None else str(antes), None if despues is None else str(despues), motivo])
    return True


def correcciones(db: BaseDeDatos, mandato_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM correcciones_mandato WHERE mandato_id = ? ORDER BY id", [mandato_id]))


def orden_sucesion(db: BaseDeDatos, organo_id: int) -> list[int]:
    return [f[0] for f in db.execute("SELECT miembro_id FROM orden_sucesion WHERE organo_id = ? ORDER BY posicion", [organo_id])]


def fijar_orden(db: BaseDeDatos, organo_id: int, miembros: list[int]) -> None:
    db.execute("DELETE FROM orden_sucesion WHERE organo_id = ?", [organo_id])
    db.executemany("INSERT INTO orden_sucesion (organo_id, posicion, miembro_id) VALUES (?, ?, ?)",
                        [(organo_id, i, m) for i, m in enumerate(miembros, start=1)])


def actividades(db: BaseDeDatos, organo_id: int) -> list[dict]:
    """El plan de trabajo de la unidad, por fecha, con el responsable y su país y el informe vigente (el último)."""
    return list(db.query(f"{COLUMNAS_DE_ACTIVIDAD} WHERE a.organo_id = ? ORDER BY coalesce(a.desde, a.hasta, ''), a.id",
                         [organo_id]))


# Una actividad con su responsable (la ciudad y su país) y su informe vigente: el último adjuntado.
COLUMNAS_DE_ACTIVIDAD = (
    "SELECT a.id, a.organo_id, a.titulo, a.desde, a.hasta, a.estado, a.responsable_id, a.resultado, "
    "m.nombre AS responsable, m.pais AS responsable_pais, i.id AS informe_id, i.nombre AS informe_nombre, "
    "i.sha256 AS informe_sha256 "
    "FROM actividades a LEFT JOIN miembros m ON m.id = a.responsable_id "
    "LEFT JOIN informes_actividad i ON i.id = (SELECT max(id) FROM informes_actividad WHERE actividad_id = a.id)")


INSERTAR_ACTIVIDAD = (
    "INSERT INTO actividades (organo_id, titulo, desde, hasta, estado, responsable_id, resultado) VALUES (?, ?, ?, ?, ?, ?, ?)")


def estados_al(db: BaseDeDatos, asociacion_id: int, al: str) -> dict[int, str]:
    """El estado (activo, suspendido, baja) de cada miembro que tiene alguno registrado hasta `al`, el último a esa fecha."""
    return {f[0]: f[1] for f in db.execute(
        """SELECT e.miembro_id, e.estado FROM estados_miembro e
           WHERE e.id = (SELECT id FROM estados_miembro x WHERE x.miembro_id = e.miembro_id AND x.desde <= :al
                         ORDER BY x.desde DESC, x.id DESC LIMIT 1)
             AND e.miembro_id IN (SELECT id FROM miembros WHERE asociacion_id = :asociacion)""",
        {"al": al, "asociacion": asociacion_id})}


def autoridades_al(db: BaseDeDatos, miembros: list[int], al: str) -> dict[int, str]:
    """La autoridad de cada miembro en `al` (la última que asumió hasta esa fecha)."""
    if not miembros:
        return {}
    marcas = ", ".join("?" for _ in miembros)
    return {f[0]: f[1] for f in db.execute(
        f"""SELECT a.miembro_id, a.persona FROM autoridades a
            WHERE a.miembro_id IN ({marcas}) AND a.id = (
                SELECT id FROM autoridades x WHERE x.miembro_id = a.miembro_id AND (x.desde IS NULL OR x.desde <= ?)
                ORDER BY coalesce(x.desde, '') DESC, x.id DESC LIMIT 1)""", [*miembros, al])}


def suspende_morosos(db: BaseDeDatos, organo_id: int, al: str) -> bool:
    """Si la regla de sesión ordinaria del órgano vigente en `al` suspende el voto de los morosos (sin regla, sí:
    es lo que aplica la sesión)."""
    fila = db.execute("SELECT suspende_morosos FROM reglas_quorum WHERE organo_id = ? AND tipo_decision = 'ordinaria' "
                      "AND vigente_desde <= ? ORDER BY vigente_desde DESC LIMIT 1", [organo_id, al]).fetchone()
    if fila is None:
        fila = db.execute("SELECT suspende_morosos FROM reglas_quorum WHERE organo_id = ? AND "
                          "tipo_decision = 'ordinaria' ORDER BY vigente_desde LIMIT 1", [organo_id]).fetchone()
    return bool(fila[0]) if fila is not None else True


def mandatos_de_miembro(db: BaseDeDatos, asociacion_id: int, miembro_id: int) -> list[tuple]:
    """(mandato_id, órgano, cargo, desde, hasta, en nombre de) de los asientos que ocupa el miembro o que otro ocupa en
    su nombre; «en nombre de» es el nombre de quien ocupa el asiento, None si es el miembro mismo."""
    return db.execute(
        """SELECT m.id, o.nombre, m.cargo, m.desde, m.hasta, CASE WHEN m.miembro_id = :m THEN NULL ELSE
                  coalesce(otro.nombre, m.persona) END
           FROM mandatos m JOIN organos o ON o.id = m.organo_id LEFT JOIN miembros otro ON otro.id = m.miembro_id
           WHERE o.asociacion_id = :a AND (m.miembro_id = :m OR m.en_nombre_de = :m)
           ORDER BY o.id, m.desde, m.id""", {"m": miembro_id, "a": asociacion_id}).fetchall()


def insertar_mandato(db: BaseDeDatos, organo_id: int, miembro_id: int | None, persona: str | None, cargo: str,
                     con_voto: int, desde: str, hasta: str | None, en_nombre_de: int | None,
                     forma: str = "masculina") -> int:
    """Escribe un mandato y devuelve su id."""
    return db.insertar(INSERTAR_MANDATO, [organo_id, miembro_id, persona, cargo, con_voto, desde, hasta,
                                         en_nombre_de, forma])


def insertar_regla_con_fecha(db: BaseDeDatos, organo_id: int, tipo: str, parametros: str, articulo: str | None,
                             desde: str | None) -> int:
    """Una regla de composición del órgano (`parametros` en JSON) que cita el texto vigente en `desde`; su id."""
    return db.insertar(INSERTAR_REGLA_CON_FECHA, [organo_id, tipo, parametros, articulo, desde])


def borrar_regla(db: BaseDeDatos, regla_id: int) -> None:
    """Quita una regla de composición (la bitácora guarda la fila borrada)."""
    db.execute("DELETE FROM reglas_composicion WHERE id = ?", [regla_id])



def ultima_sesion_celebrada(db: BaseDeDatos, organo_id: int, hasta: str) -> str | None:
    """La fecha de la última sesión ordinaria celebrada del órgano hasta ese día; None si no hubo (una extraordinaria
    no cuenta para la frecuencia: el estatuto pide reunirse ordinariamente cada tantos meses)."""
    return db.execute("SELECT max(fecha) FROM sesiones WHERE organo_id = ? AND estado = 'celebrada' "
                      "AND tipo = 'ordinaria' AND fecha <= ?", [organo_id, hasta]).fetchone()[0]


# --- las reglas que citan artículos, para revisarlas tras una reforma ---------------------------------------

def reglas_de_sesion_de_la_asociacion(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Las reglas de sesión (reglas_quorum) de todos los órganos de la asociación, con el nombre del órgano
    (`organo`), por órgano, tipo de decisión y fecha."""
    return list(db.query(
        "SELECT r.*, o.nombre AS organo FROM reglas_quorum r JOIN organos o ON o.id = r.organo_id "
        "WHERE o.asociacion_id = ? ORDER BY r.organo_id, r.tipo_decision, r.vigente_desde", [asociacion_id]))


def reglas_de_composicion_de_la_asociacion(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Las reglas de composición de todos los órganos de la asociación, con el nombre del órgano (`organo`)."""
    return list(db.query(
        "SELECT r.*, o.nombre AS organo FROM reglas_composicion r JOIN organos o ON o.id = r.organo_id "
        "WHERE o.asociacion_id = ? ORDER BY r.organo_id, r.id", [asociacion_id]))


def reglas_de_la_asociacion(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Las reglas de composición de todos los órganos de la asociación."""
    return list(db.query("SELECT r.* FROM reglas_composicion r JOIN organos o ON o.id = r.organo_id "
                         "WHERE o.asociacion_id = ? ORDER BY r.id", [asociacion_id]))


def regla_de_composicion_de_la_asociacion(db: BaseDeDatos, asociacion_id: int, regla_id: int) -> dict | None:
    """La regla de composición, con el nombre de su órgano (`organo`), si es de un órgano de la asociación."""
    return next(db.query(
        "SELECT r.*, o.nombre AS organo FROM reglas_composicion r JOIN organos o ON o.id = r.organo_id "
        "WHERE r.id = ? AND o.asociacion_id = ?", [regla_id, asociacion_id]), None)


def fijar_desde_de_regla(db: BaseDeDatos, regla_id: int, desde: str) -> None:
    """La fecha del texto que cita la regla de composición."""
    db.execute("UPDATE reglas_composicion SET desde = ? WHERE id = ?", [desde, regla_id])


def organos_con_articulo_de_convocatoria(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """(id, nombre, articulo_convocatoria) de los órganos de la asociación que citan el artículo de su
    convocatoria."""
    return list(db.query("SELECT id, nombre, articulo_convocatoria FROM organos WHERE asociacion_id = ? "
                         "AND articulo_convocatoria IS NOT NULL", [asociacion_id]))


def fijar_periodo(db: BaseDeDatos, organo_id: int, meses: int | None, articulo: str | None) -> None:
    """Cuánto dura un mandato en el órgano (None: el estatuto no lo fija) y el artículo que lo dice."""
    db.execute("UPDATE organos SET periodo_meses = ?, articulo_periodo = ? WHERE id = ?", [meses, articulo, organo_id])


def mandatos_vigentes_de_la_asociacion(db: BaseDeDatos, asociacion_id: int, al: str) -> list[dict]:
    """Los mandatos vigentes en `al` de todos los órganos de la asociación, con el órgano (`organo`, su
    `periodo_meses`, `articulo_periodo` y el día en que se disolvió, `organo_disuelto_el`) y el nombre del miembro
    (`miembro`)."""
    return list(db.query(
        """SELECT m.*, o.nombre AS organo, o.periodo_meses, o.articulo_periodo, o.disuelto_el AS organo_disuelto_el,
                  mi.nombre AS miembro
           FROM mandatos m JOIN organos o ON o.id = m.organo_id LEFT JOIN miembros mi ON mi.id = m.miembro_id
           WHERE o.asociacion_id = :a AND m.desde <= :al AND (m.hasta IS NULL OR m.hasta >= :al)
           ORDER BY o.id, m.desde, m.id""", {"a": asociacion_id, "al": al}))


# Antes de su primer estado, un miembro figura activo, salvo si ese primer estado es el de solicitante: antes de
# pedir el ingreso tampoco era miembro.
_ANTES_DEL_PRIMERO = """(SELECT p.estado FROM estados_miembro p WHERE p.miembro_id = {0} AND p.estado = 'solicitante'
                         AND p.id = (SELECT q.id FROM estados_miembro q WHERE q.miembro_id = {0} ORDER BY q.desde, q.id
                                     LIMIT 1))"""


def miembro_al(db: BaseDeDatos, miembro_id: int, al: str) -> dict | None:
    """Nombre, fecha de ingreso y estado del miembro en `al` (el último registrado hasta esa fecha; antes del
    primero, «solicitante» si ese primero lo es, None si no)."""
    return next(db.query(
        f"""SELECT mi.id, mi.nombre, mi.pais, mi.tipo, mi.fecha_ingreso,
                  coalesce((SELECT e.estado FROM estados_miembro e WHERE e.miembro_id = mi.id AND e.desde <= :al
                            ORDER BY e.desde DESC, e.id DESC LIMIT 1), {_ANTES_DEL_PRIMERO.format('mi.id')}) AS estado
           FROM miembros mi WHERE mi.id = :miembro""", {"miembro": miembro_id, "al": al}), None)


def tipos_de_miembro(db: BaseDeDatos, miembro_ids: list[int]) -> dict[int, str]:
    """miembro_id -> su tipo (municipio, gobierno_regional, asociacion_nacional)."""
    if not miembro_ids:
        return {}
    marcas = ", ".join("?" * len(miembro_ids))
    return dict(db.execute(f"SELECT id, tipo FROM miembros WHERE id IN ({marcas})", list(miembro_ids)).fetchall())


def mandatos_de_no_miembros(db: BaseDeDatos, organo_id: int | None = None) -> list[dict]:
    """Mandatos cuyo miembro no era miembro el día en que empiezan (de baja o solicitante ese día): el servicio
    nunca los registra; quedan de una versión anterior o se escribieron por fuera."""
    condicion = " AND m.organo_id = :organo" if organo_id is not None else ""
    return list(db.query(
        f"""SELECT * FROM (
                SELECT m.id, m.organo_id, m.miembro_id, m.cargo, m.desde, m.hasta, o.nombre AS organo,
                       mi.nombre AS miembro, mi.pais AS pais, mi.fecha_ingreso,
                       coalesce((SELECT e.estado FROM estados_miembro e WHERE e.miembro_id = m.miembro_id
                                 AND e.desde <= m.desde ORDER BY e.desde DESC, e.id DESC LIMIT 1),
                                {_ANTES_DEL_PRIMERO.format('m.miembro_id')}) AS estado
                FROM mandatos m JOIN miembros mi ON mi.id = m.miembro_id JOIN organos o ON o.id = m.organo_id
                WHERE m.miembro_id IS NOT NULL{condicion}) AS con_estado
            WHERE estado IN ('baja', 'solicitante')
            ORDER BY organo_id, id""", {"organo": organo_id}))


def mandatos_sin_persona(db: BaseDeDatos, cargos: tuple[str, ...]) -> list[dict]:
    """Mandatos en uno de esos cargos (los personales) que no nombran a la persona que los ejerce."""
    marcas = ", ".join("?" for _ in cargos)
    return list(db.query(
        f"""SELECT m.id, m.cargo, m.forma, m.desde, o.nombre AS organo, mi.nombre AS miembro
            FROM mandatos m JOIN organos o ON o.id = m.organo_id LEFT JOIN miembros mi ON mi.id = m.miembro_id
            WHERE m.cargo IN ({marcas}) AND trim(coalesce(m.persona, '')) = ''
            ORDER BY m.organo_id, m.id""", list(cargos)))


def candidaturas_de_no_miembros(db: BaseDeDatos) -> list[dict]:
    """Candidaturas de un miembro que no lo era el día de la sesión que elige (de baja o solicitante): el servicio
    nunca las registra; quedan de una versión anterior o se escribieron por fuera."""
    return list(db.query(
        f"""SELECT * FROM (
                SELECT c.id, c.miembro_id, mi.nombre AS miembro, o.nombre AS organo, s.fecha, p.titulo AS punto,
                       coalesce((SELECT e.estado FROM estados_miembro e WHERE e.miembro_id = c.miembro_id
                                 AND e.desde <= s.fecha ORDER BY e.desde DESC, e.id DESC LIMIT 1),
                                {_ANTES_DEL_PRIMERO.format('c.miembro_id')}) AS estado
                FROM candidaturas c JOIN miembros mi ON mi.id = c.miembro_id
                JOIN elecciones el ON el.id = c.eleccion_id JOIN organos o ON o.id = el.organo_id
                JOIN puntos_orden p ON p.id = el.punto_id JOIN sesiones s ON s.id = p.sesion_id) AS con_estado
            WHERE estado IN ('baja', 'solicitante')
            ORDER BY id"""))


def versiones_de_la_reforma(db: BaseDeDatos, asociacion_id: int, reforma_id: int) -> list[tuple[int, str]]:
    """(órgano, vigente_desde) de cada versión de reglas de sesión que fijó una reforma."""
    return [tuple(f) for f in db.execute(
        "SELECT DISTINCT r.organo_id, r.vigente_desde FROM reglas_quorum r JOIN organos o ON o.id = r.organo_id "
        "WHERE o.asociacion_id = ? AND r.reforma_id = ? ORDER BY r.organo_id", [asociacion_id, reforma_id])]
