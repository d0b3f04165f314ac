"""Los efectos de las resoluciones (tabla efectos_resolucion, migración 0020): lo que cada una cambió en el registro,
y lo que una resolución, un miembro, una reforma o una escala leen de ese vínculo."""

from .base_de_datos import BaseDeDatos


def insertar_efecto(db: BaseDeDatos, tipo: str, *, resolucion_id: int | None = None, punto_id: int | None = None,
                    miembro_id: int | None = None, mandato_id: int | None = None, reforma_id: int | None = None,
                    escala_id: int | None = None, desde: str | None = None, nota: str | None = None) -> int:
    """`nota`: lo que el efecto hizo además y la resolución dice (la cuota del año de quien excluye)."""
    return db.insertar(
        "INSERT INTO efectos_resolucion (resolucion_id, punto_id, tipo, miembro_id, mandato_id, reforma_id, escala_id, "
        "desde, nota) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [resolucion_id, punto_id, tipo, miembro_id, mandato_id, reforma_id, escala_id, desde, nota])


def tomar_efectos_del_punto(db: BaseDeDatos, punto_id: int, resolucion_id: int) -> None:
    """Los efectos anotados con el punto (una elección confirmada antes de adoptar su resolución) pasan a la
    resolución del punto."""
    db.execute("UPDATE efectos_resolucion SET resolucion_id = ? WHERE punto_id = ? AND resolucion_id IS NULL",
               [resolucion_id, punto_id])


def resolucion_del_punto(db: BaseDeDatos, punto_id: int) -> int | None:
    """La resolución (no declaración) adoptada en el punto, si hay una."""
    fila = db.execute("SELECT id FROM resoluciones WHERE punto_id = ? AND tipo <> 'declaracion' ORDER BY id LIMIT 1",
                      [punto_id]).fetchone()
    return fila[0] if fila else None


_DETALLE = """SELECT e.id, e.resolucion_id, e.punto_id, e.tipo, e.miembro_id, e.mandato_id, e.reforma_id, e.escala_id,
       e.desde, e.nota, e.registrado_en, mi.nombre AS miembro, mi.pais AS pais,
       ma.cargo AS cargo, ma.forma AS forma, ma.desde AS mandato_desde, ma.hasta AS mandato_hasta, o.nombre AS organo,
       mm.nombre AS miembro_del_mandato, ma.persona AS persona_del_mandato,
       n.titulo AS norma, rf.vigente_desde AS reforma_desde, rf.descripcion AS reforma_descripcion,
       -- el número de la reforma como se la cuenta: la primera fila de la norma es su texto original, no una reforma
       (SELECT count(*) FROM reformas antes WHERE antes.norma_id = rf.norma_id
          AND (antes.vigente_desde < rf.vigente_desde OR (antes.vigente_desde = rf.vigente_desde AND antes.id < rf.id)))
         AS reforma_numero,
       es.tipo_cargo AS escala_tipo, es.desde AS escala_desde, es.hasta AS escala_hasta, es.moneda AS escala_moneda
FROM efectos_resolucion e
LEFT JOIN miembros mi ON mi.id = e.miembro_id
LEFT JOIN mandatos ma ON ma.id = e.mandato_id
LEFT JOIN organos o ON o.id = ma.organo_id
LEFT JOIN miembros mm ON mm.id = ma.miembro_id
LEFT JOIN reformas rf ON rf.id = e.reforma_id
LEFT JOIN normas n ON n.id = rf.norma_id
LEFT JOIN escalas es ON es.id = e.escala_id"""


def efectos_de(db: BaseDeDatos, resolucion_id: int, punto_id: int | None = None) -> list[dict]:
    """Los efectos de la resolución (y los anotados con su punto que todavía no la tomaron), en el orden en que se
    registraron."""
    return list(db.query(f"{_DETALLE} WHERE e.resolucion_id = :r OR (e.resolucion_id IS NULL AND e.punto_id = :p) "
                         "ORDER BY e.id", {"r": resolucion_id, "p": punto_id}))


def efectos_sobre_el_miembro(db: BaseDeDatos, miembro_id: int) -> list[dict]:
    """Las admisiones y exclusiones del miembro y los mandatos suyos que abrió o terminó una resolución, con la
    resolución que lo decidió (numeración, órgano y fecha de la sesión)."""
    return list(db.query(
        """SELECT e.id, e.tipo, e.desde, e.nota, e.mandato_id, r.id AS resolucion_id, r.tipo AS resolucion_tipo,
                  r.numero, r.anio, r.titulo, og.nombre AS organo_resolucion, s.fecha AS fecha_sesion,
                  ma.cargo AS cargo, ma.forma AS forma, o.nombre AS organo
           FROM efectos_resolucion e
           JOIN resoluciones r ON r.id = e.resolucion_id
           JOIN organos og ON og.id = r.organo_id
           LEFT JOIN puntos_orden p ON p.id = r.punto_id
           LEFT JOIN sesiones s ON s.id = p.sesion_id
           LEFT JOIN mandatos ma ON ma.id = e.mandato_id
           LEFT JOIN organos o ON o.id = ma.organo_id
           WHERE e.miembro_id = :m OR ma.miembro_id = :m
           ORDER BY coalesce(e.desde, s.fecha), e.id""", {"m": miembro_id}))


def resoluciones_con_efectos(db: BaseDeDatos, resolucion_ids: list[int]) -> dict[int, list[dict]]:
    """Los efectos de varias resoluciones (para listarlas)."""
    return {r: efectos_de(db, r, punto_de_la_resolucion(db, r)) for r in resolucion_ids}


def punto_de_la_resolucion(db: BaseDeDatos, resolucion_id: int) -> int | None:
    fila = db.execute("SELECT punto_id FROM resoluciones WHERE id = ?", [resolucion_id]).fetchone()
    return fila[0] if fila else None


def _resolucion_con_punto(db: BaseDeDatos, resolucion_id: int, asociacion_id: int | None) -> dict | None:
    """La resolución de la asociación con su punto (tipo, tipo de decisión), su votación (aprobada) y su sesión."""
    condicion, parametros = ("r.id = ? AND o.asociacion_id = ?", [resolucion_id, asociacion_id]) \
        if asociacion_id is not None else ("r.id = ?", [resolucion_id])
    return next(db.query(
        f"""SELECT r.id, r.organo_id, r.anio, r.numero, r.tipo, r.titulo, r.texto, r.punto_id,
                  coalesce(r.reforma_id, (SELECT min(reforma_id) FROM efectos_resolucion
                                          WHERE resolucion_id = r.id AND tipo = 'reforma')) AS reforma_id,
                  coalesce(r.escala_id, (SELECT min(escala_id) FROM efectos_resolucion
                                         WHERE resolucion_id = r.id AND tipo = 'escala')) AS escala_id,
                  o.nombre AS organo, o.asociacion_id, p.tipo AS tipo_punto, p.tipo_decision, p.sesion_id,
                  s.fecha AS fecha_sesion, v.aprobada AS aprobada,
                  (SELECT estado FROM actas WHERE sesion_id = p.sesion_id) AS estado_acta
           FROM resoluciones r JOIN organos o ON o.id = r.organo_id
           LEFT JOIN puntos_orden p ON p.id = r.punto_id
           LEFT JOIN sesiones s ON s.id = p.sesion_id
           LEFT JOIN votaciones v ON v.punto_id = r.punto_id
           WHERE {condicion}""", parametros), None)


def resolucion_con_punto(db: BaseDeDatos, asociacion_id: int, resolucion_id: int) -> dict | None:
    """La resolución de la asociación con su punto (tipo, tipo de decisión), su votación (aprobada), su sesión y el
    estado del acta; `reforma_id` y `escala_id`, de la fila o de sus efectos."""
    return _resolucion_con_punto(db, resolucion_id, asociacion_id)


def resolucion_con_punto_sin_asociacion(db: BaseDeDatos, resolucion_id: int) -> dict | None:
    return _resolucion_con_punto(db, resolucion_id, None)


def vinculos_por_efecto(db: BaseDeDatos, resolucion_ids: list[int]) -> dict[int, tuple[int | None, int | None]]:
    """(reforma_id, escala_id) que cada resolución aprobó según sus efectos (cuando el acta de su sesión ya estaba
    aprobada al registrarlas, la fila de la resolución, congelada, no las nombra)."""
    if not resolucion_ids:
        return {}
    marcas = ", ".join("?" for _ in resolucion_ids)
    vinculos: dict[int, tuple[int | None, int | None]] = {}
    for r, reforma, escala in db.execute(
            f"SELECT resolucion_id, min(reforma_id), min(escala_id) FROM efectos_resolucion "
            f"WHERE resolucion_id IN ({marcas}) AND tipo IN ('reforma', 'escala') GROUP BY resolucion_id",
            resolucion_ids):
        vinculos[r] = (reforma, escala)
    return vinculos


def fijar_reforma_de_la_resolucion(db: BaseDeDatos, resolucion_id: int, reforma_id: int) -> None:
    db.execute("UPDATE resoluciones SET reforma_id = ? WHERE id = ?", [reforma_id, resolucion_id])


def fijar_escala_de_la_resolucion(db: BaseDeDatos, resolucion_id: int, escala_id: int) -> None:
    db.execute("UPDATE resoluciones SET escala_id = ? WHERE id = ?", [escala_id, resolucion_id])


def fijar_ingreso(db: BaseDeDatos, miembro_id: int, fecha: str) -> None:
    """La fecha de ingreso de un miembro admitido (la que dice la resolución)."""
    db.execute("UPDATE miembros SET fecha_ingreso = ? WHERE id = ?", [fecha, miembro_id])


def ingresos(db: BaseDeDatos, miembro_ids: list[int]) -> dict[int, str | None]:
    """La fecha de ingreso de cada miembro que no es fundador (un fundador integra la sesión que funda la
    asociación, el día de su ingreso)."""
    if not miembro_ids:
        return {}
    marcas = ", ".join("?" for _ in miembro_ids)
    return {f[0]: f[1] for f in db.execute(
        f"SELECT id, fecha_ingreso FROM miembros WHERE id IN ({marcas}) AND fundador = 0", miembro_ids)}
