"""Lo que se cerró después de un registro de la bitácora y lee las filas de una sesión o la ficha de un miembro: la
consulta de Deshacer que impide contradecir un acto cerrado (servicios/cerrado_despues.py decide y lo dice).

«Después» es por la bitácora, no por la hora: un acto cuenta si su fila tiene algún registro con id mayor que
`despues_de` (el último registro cuando se hizo, o se deshizo, el cambio). Las escrituras se hacen de a una (el
cerrojo de escritura), así que el orden de los registros es el orden en que pasaron las cosas, aun entre procesos.
Cada consulta lee solo la bitácora posterior (por su clave), que es corta.
"""

from .base_de_datos import BaseDeDatos

ENVIADOS = ("enviando", "por_confirmar", "enviado")   # un mensaje que salió (o pudo salir) hacia el servidor


def _lista(valores: list[int]) -> str:
    return ", ".join("?" for _ in valores)


def _posteriores(entidad: str) -> str:
    """Subconsulta: por cada fila de `entidad`, su primer registro de la bitácora posterior a ? (o ninguna fila)."""
    return (f"(SELECT entidad_id, min(id) AS registro FROM bitacora WHERE id > ? AND entidad = '{entidad}' "
            "GROUP BY entidad_id)")


def de_la_sesion(db: BaseDeDatos, sesiones: list[int], despues_de: int, *, con_convocatoria: bool) -> list[dict]:
    """Lo cerrado después de `despues_de` que lee la asistencia o el orden del día de esas sesiones: votaciones y
    elecciones cerradas, resoluciones adoptadas, actas aprobadas o firmadas (la de la sesión, y la de otra sesión
    aprobada por una resolución de esta), documentos emitidos y mensajes enviados sobre ellas. La convocatoria
    (documento y mensaje) solo lee el orden del día: cuenta con `con_convocatoria`. Cada fila: clase, registro (el
    primero posterior, para ordenar) y lo que la nombra."""
    if not sesiones:
        return []
    en, r = _lista(sesiones), despues_de
    resoluciones = (f"SELECT r.id FROM resoluciones r JOIN puntos_orden p ON p.id = r.punto_id "
                    f"WHERE p.sesion_id IN ({en})")
    actas = f"SELECT id FROM actas WHERE sesion_id IN ({en}) OR aprobada_por IN ({resoluciones})"
    tipos_por_sesion = ("'acta_borrador', 'convocatoria'" if con_convocatoria else "'acta_borrador'")
    clases_por_sesion = ("'acta', 'convocatoria'" if con_convocatoria else "'acta'")
    consultas = [
        ("SELECT 'votacion' AS clase, b.registro, p.titulo, v.a_favor, v.en_contra, v.aprobada "
         f"FROM votaciones v JOIN puntos_orden p ON p.id = v.punto_id JOIN {_posteriores('votaciones')} b "
         f"ON b.entidad_id = v.id WHERE p.sesion_id IN ({en})", [r, *sesiones]),
        ("SELECT 'eleccion' AS clase, b.registro, p.titulo FROM elecciones e JOIN puntos_orden p ON p.id = e.punto_id "
         f"JOIN {_posteriores('elecciones')} b ON b.entidad_id = e.id "
         f"WHERE e.cerrada_en IS NOT NULL AND p.sesion_id IN ({en})", [r, *sesiones]),
        ("SELECT 'resolucion' AS clase, b.registro, r.tipo, r.numero, r.anio, r.titulo, o.nombre AS organo "
         f"FROM resoluciones r JOIN organos o ON o.id = r.organo_id JOIN {_posteriores('resoluciones')} b "
         f"ON b.entidad_id = r.id WHERE r.id IN ({resoluciones})", [r, *sesiones]),
        ("SELECT 'acta' AS clase, b.registro, a.estado, s.numero, s.tipo, o.nombre AS organo FROM actas a "
         "JOIN sesiones s ON s.id = a.sesion_id JOIN organos o ON o.id = s.organo_id "
         f"JOIN {_posteriores('actas')} b ON b.entidad_id = a.id "
         f"WHERE a.estado <> 'borrador' AND a.id IN ({actas})", [r, *sesiones, *sesiones]),
        ("SELECT 'documento' AS clase, b.registro, d.codigo, d.tipo FROM documentos_emitidos d "
         f"JOIN {_posteriores('documentos_emitidos')} b ON b.entidad_id = d.id "
         f"WHERE (d.tipo IN ({tipos_por_sesion}) AND d.referencia IN ({en})) "
         f"OR (d.tipo = 'acta' AND d.referencia IN ({actas})) "
         f"OR (d.tipo = 'resolucion' AND d.referencia IN ({resoluciones}))",
         [r, *sesiones, *sesiones, *sesiones, *sesiones]),
        ("SELECT 'mensaje' AS clase, b.registro, m.clase AS de, m.asunto FROM mensajes m "
         f"JOIN {_posteriores('mensajes')} b ON b.entidad_id = m.id WHERE m.estado IN ({_lista(ENVIADOS)}) "
         f"AND ((m.clase IN ({clases_por_sesion}) AND m.referencia IN ({en})) "
         f"OR (m.clase = 'resolucion' AND m.referencia IN ({resoluciones})))",
         [r, *ENVIADOS, *sesiones, *sesiones]),
    ]
    return _juntar(db, consultas)


def del_miembro(db: BaseDeDatos, miembros: list[int], despues_de: int) -> list[dict]:
    """Lo cerrado después de `despues_de` que lee la ficha de esos miembros: recibos emitidos por sus pagos,
    documentos emitidos sobre ellos (el recibo, el estado de cuenta) y mensajes que se les enviaron."""
    if not miembros:
        return []
    en, r = _lista(miembros), despues_de
    pagos = f"SELECT id FROM pagos WHERE miembro_id IN ({en})"
    consultas = [
        ("SELECT 'recibo' AS clase, b.registro, x.numero, x.anio FROM recibos x "
         f"JOIN {_posteriores('recibos')} b ON b.entidad_id = x.id WHERE x.pago_id IN ({pagos})", [r, *miembros]),
        ("SELECT 'documento' AS clase, b.registro, d.codigo, d.tipo FROM documentos_emitidos d "
         f"JOIN {_posteriores('documentos_emitidos')} b ON b.entidad_id = d.id "
         f"WHERE (d.tipo = 'estado_cuenta' AND d.referencia IN ({en})) "
         f"OR (d.tipo = 'recibo' AND d.referencia IN ({pagos}))", [r, *miembros, *miembros]),
        ("SELECT 'mensaje' AS clase, b.registro, m.clase AS de, m.asunto FROM mensajes m "
         f"JOIN {_posteriores('mensajes')} b ON b.entidad_id = m.id WHERE m.estado IN ({_lista(ENVIADOS)}) "
         f"AND m.miembro_id IN ({en})", [r, *ENVIADOS, *miembros]),
    ]
    return _juntar(db, consultas)


def _juntar(db: BaseDeDatos, consultas: list[tuple[str, list]]) -> list[dict]:
    filas = [fila for sql, valores in consultas for fila in db.query(sql, valores)]
    return sorted(filas, key=lambda f: f["registro"])
