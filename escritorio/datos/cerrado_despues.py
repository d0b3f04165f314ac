"""Lo que se cerró después de un registro de la bitácora y lee las filas de una sesión o la ficha de un miembro: la
consulta de Deshacer que impide contradecir un acto cerrado (servicios/cerrado_despues.py decide y lo dice).

«Después» es por la bitácora, no por la hora: un acto cuenta si su fila tiene algún registro con id mayor que
`despues_de` (el último registro cuando se hizo, o se deshizo, el cambio). Las escrituras se hacen de a una (el
cerrojo de escritura), así que el orden de los registros es el orden en que pasaron las cosas, aun entre procesos.
Cada consulta mira solo las filas de la sesión o del miembro y, por cada una, busca en la bitácora por su índice.
"""

from .base_de_datos import BaseDeDatos

ENVIADOS = ("enviando", "por_confirmar", "enviado")   # un mensaje que salió (o pudo salir) hacia el servidor


def _lista(valores: list[int]) -> str:
    return ", ".join("?" for _ in valores)


def _primero_despues(entidad: str, alias: str) -> str:
    """Expresión: el primer registro de la bitácora sobre la fila `alias`.id posterior a ? (NULL si no hay). Una
    búsqueda por el índice `bitacora_por_fila` (migración 0040), no un recorrido de la bitácora."""
    return (f"(SELECT min(b.id) FROM bitacora b WHERE b.entidad = '{entidad}' AND b.entidad_id = {alias}.id "
            "AND b.id > ?)")


def _con_registro(sql: str) -> str:
    """Solo las filas con un registro posterior (la columna `registro` no es NULL)."""
    return f"SELECT * FROM ({sql}) x WHERE x.registro IS NOT NULL"


def de_la_sesion(db: BaseDeDatos, asociacion_id: int, sesiones: list[int], despues_de: int, *,
                 con_convocatoria: bool) -> list[dict]:
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
        ("SELECT 'votacion' AS clase, p.titulo, v.a_favor, v.en_contra, "
         f"{_primero_despues('votaciones', 'v')} AS registro "
         f"FROM votaciones v JOIN puntos_orden p ON p.id = v.punto_id WHERE p.sesion_id IN ({en})", [r, *sesiones]),
        (f"SELECT 'eleccion' AS clase, p.titulo, {_primero_despues('elecciones', 'e')} AS registro "
         "FROM elecciones e JOIN puntos_orden p ON p.id = e.punto_id "
         f"WHERE e.cerrada_en IS NOT NULL AND p.sesion_id IN ({en})", [r, *sesiones]),
        ("SELECT 'resolucion' AS clase, r.tipo, r.numero, r.anio, r.titulo, o.nombre AS organo, "
         f"{_primero_despues('resoluciones', 'r')} AS registro "
         f"FROM resoluciones r JOIN organos o ON o.id = r.organo_id WHERE r.id IN ({resoluciones})", [r, *sesiones]),
        ("SELECT 'acta' AS clase, a.estado, s.numero, s.tipo, o.nombre AS organo, "
         f"{_primero_despues('actas', 'a')} AS registro FROM actas a "
         "JOIN sesiones s ON s.id = a.sesion_id JOIN organos o ON o.id = s.organo_id "
         f"WHERE a.estado <> 'borrador' AND a.id IN ({actas})", [r, *sesiones, *sesiones]),
        (f"SELECT 'documento' AS clase, d.codigo, d.tipo, {_primero_despues('documentos_emitidos', 'd')} AS registro "
         f"FROM documentos_emitidos d WHERE (d.tipo IN ({tipos_por_sesion}) AND d.referencia IN ({en})) "
         f"OR (d.tipo = 'acta' AND d.referencia IN ({actas})) "
         f"OR (d.tipo = 'resolucion' AND d.referencia IN ({resoluciones}))",
         [r, *sesiones, *sesiones, *sesiones, *sesiones]),
        (f"SELECT 'mensaje' AS clase, m.clase AS de, m.asunto, {_primero_despues('mensajes', 'm')} AS registro "
         f"FROM mensajes m WHERE m.asociacion_id = ? AND m.estado IN ({_lista(ENVIADOS)}) "
         f"AND ((m.clase IN ({clases_por_sesion}) AND m.referencia IN ({en})) "
         f"OR (m.clase = 'resolucion' AND m.referencia IN ({resoluciones})))",
         [r, asociacion_id, *ENVIADOS, *sesiones, *sesiones]),
    ]
    return _juntar(db, consultas)


def del_miembro(db: BaseDeDatos, miembros: list[int], despues_de: int) -> list[dict]:
    """Lo cerrado después de `despues_de` que lee la ficha de esos miembros: recibos emitidos por sus pagos,
    documentos emitidos sobre ellos (el recibo, el estado de cuenta), mensajes que se les enviaron y actas aprobadas
    o firmadas de sesiones en cuya asistencia figuran (el acta los nombra)."""
    if not miembros:
        return []
    en, r = _lista(miembros), despues_de
    pagos = f"SELECT id FROM pagos WHERE miembro_id IN ({en})"
    consultas = [
        (f"SELECT 'recibo' AS clase, x.numero, x.anio, {_primero_despues('recibos', 'x')} AS registro "
         f"FROM recibos x WHERE x.pago_id IN ({pagos})", [r, *miembros]),
        (f"SELECT 'documento' AS clase, d.codigo, d.tipo, {_primero_despues('documentos_emitidos', 'd')} AS registro "
         f"FROM documentos_emitidos d WHERE (d.tipo = 'estado_cuenta' AND d.referencia IN ({en})) "
         f"OR (d.tipo = 'recibo' AND d.referencia IN ({pagos}))", [r, *miembros, *miembros]),
        (f"SELECT 'mensaje' AS clase, m.clase AS de, m.asunto, {_primero_despues('mensajes', 'm')} AS registro "
         f"FROM mensajes m WHERE m.estado IN ({_lista(ENVIADOS)}) AND m.miembro_id IN ({en})",
         [r, *ENVIADOS, *miembros]),
        ("SELECT 'acta' AS clase, a.estado, s.numero, s.tipo, o.nombre AS organo, "
         f"{_primero_despues('actas', 'a')} AS registro FROM actas a "
         "JOIN sesiones s ON s.id = a.sesion_id JOIN organos o ON o.id = s.organo_id "
         f"WHERE a.estado <> 'borrador' AND a.sesion_id IN (SELECT sesion_id FROM asistencias "
         f"WHERE miembro_id IN ({en}))", [r, *miembros]),
    ]
    return _juntar(db, consultas)


def _juntar(db: BaseDeDatos, consultas: list[tuple[str, list]]) -> list[dict]:
    filas = [fila for sql, valores in consultas for fila in db.query(_con_registro(sql), valores)]
    return sorted(filas, key=lambda f: f["registro"])
