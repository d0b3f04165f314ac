"""Cuándo se creó y cuándo cambió por última vez cada fila, según la bitácora (los datos abiertos OParl dan
`created` y `modified` de cada objeto: servicios/fechas_oparl.py).

La bitácora no guarda la hora de cada registro: la guarda el sello de la transacción que los cerró
(`bitacora_sellos`, del registro `desde_id` al `hasta_id`, `momento` en UTC). Así que son dos consultas por
publicación, no una por objeto: una agrupa los registros de las tablas pedidas por fila (por el índice
`bitacora_por_fila`) y otra trae los sellos, que se buscan de a uno por bisección.

La creación es el último «alta» de la fila: SQLite puede volver a usar el id de una fila borrada, y la fila de
ahora nació en su último alta, no en el de la que ocupaba ese id antes. Si lo último sellado de un id es su borrado,
la fila que hoy lo ocupa no tiene registro sellado: no está (quien llama usa la fecha de su columna).
"""

from bisect import bisect_left

from .base_de_datos import BaseDeDatos


def _lista(valores) -> str:
    return ", ".join("?" for _ in valores)


def fechas_de_las_filas(db: BaseDeDatos, tablas: list[str]) -> dict[str, dict[int, tuple[str | None, str]]]:
    """{tabla: {id: (creada, último cambio)}}: momentos UTC «AAAA-MM-DD HH:MM:SS.fff» de los sellos. `creada` es
    None si la fila es anterior a la bitácora (tiene cambios pero no su alta); una fila sin ningún registro sellado
    no está."""
    sellos = list(db.execute("SELECT hasta_id, momento FROM bitacora_sellos ORDER BY hasta_id").fetchall())
    hasta = [s[0] for s in sellos]
    # Solo los registros sellados: uno sin sellar (un diario perdido, otro programa) no tiene hora todavía; la
    # fila conserva la de su último cambio sellado hasta que lo tenga.
    sellado = hasta[-1] if hasta else 0
    filas = list(db.execute(
        "SELECT entidad, entidad_id, max(CASE WHEN accion = 'alta' THEN id END), max(id), "
        "max(CASE WHEN accion = 'borrado' THEN id END) FROM bitacora "
        f"WHERE entidad IN ({_lista(tablas)}) AND entidad_id IS NOT NULL AND id <= ? GROUP BY entidad, entidad_id",
        [*tablas, sellado]).fetchall())

    def momento(registro: int | None) -> str | None:
        return None if registro is None else sellos[bisect_left(hasta, registro)][1]

    fechas: dict[str, dict[int, tuple[str | None, str]]] = {t: {} for t in tablas}
    for tabla, fila, alta, ultimo, baja in filas:
        if baja != ultimo:   # si lo último sellado es un borrado, la fila de hoy es otra, que ocupa su id
            fechas[tabla][fila] = (momento(alta), momento(ultimo))
    return fechas


def fechas_propias(db: BaseDeDatos, asociacion_id: int) -> dict[str, dict[int, str]]:
    """La fecha de alta que guardan algunas filas en su propia columna (UTC, «AAAA-MM-DD HH:MM:SS»): lo que se sabe
    de una fila anterior a la bitácora. {tabla: {id: fecha}}, de la asociación."""
    consultas = {
        "asociaciones": ("SELECT id, creada_en FROM asociaciones WHERE id = ?", [asociacion_id]),
        "miembros": ("SELECT id, creado_en FROM miembros WHERE asociacion_id = ?", [asociacion_id]),
        "estados_miembro": ("SELECT e.id, e.registrado_en FROM estados_miembro e JOIN miembros m ON m.id = "
                            "e.miembro_id WHERE m.asociacion_id = ?", [asociacion_id]),
        "organos": ("SELECT id, creado_en FROM organos WHERE asociacion_id = ?", [asociacion_id]),
        "mandatos": ("SELECT m.id, m.registrado_en FROM mandatos m JOIN organos o ON o.id = m.organo_id "
                     "WHERE o.asociacion_id = ?", [asociacion_id]),
    }
    return {tabla: {fila: fecha for fila, fecha in db.execute(sql, parametros).fetchall() if fecha}
            for tabla, (sql, parametros) in consultas.items()}


def estados_por_miembro(db: BaseDeDatos, asociacion_id: int) -> dict[int, list[int]]:
    """{miembro: [ids de sus estados]}: la baja de una ciudad (su `endDate` en OParl) está en `estados_miembro`."""
    salida: dict[int, list[int]] = {}
    for estado, miembro in db.execute(
            "SELECT e.id, e.miembro_id FROM estados_miembro e JOIN miembros m ON m.id = e.miembro_id "
            "WHERE m.asociacion_id = ? ORDER BY e.id", [asociacion_id]).fetchall():
        salida.setdefault(miembro, []).append(estado)
    return salida


def puntos_por_sesion(db: BaseDeDatos, sesiones: list[int]) -> dict[int, list[int]]:
    """{sesión: [ids de sus puntos]}."""
    salida: dict[int, list[int]] = {s: [] for s in sesiones}
    if sesiones:
        for punto, sesion in db.execute(f"SELECT id, sesion_id FROM puntos_orden WHERE sesion_id IN "
                                        f"({_lista(sesiones)}) ORDER BY id", list(sesiones)).fetchall():
            salida[sesion].append(punto)
    return salida


def emision_de_archivos(db: BaseDeDatos, sha256s: list[str]) -> dict[str, tuple[str, str]]:
    """{sha256: (cuándo se emitió su documento, cuándo se registró esta copia)} de los archivos emitidos (UTC)."""
    salida: dict[str, tuple[str, str]] = {}
    if sha256s:
        for sha256, emitido, generado in db.execute(
                "SELECT a.sha256, d.emitido_en, a.generado_en FROM archivos_emitidos a JOIN documentos_emitidos d "
                f"ON d.id = a.documento_id WHERE a.sha256 IN ({_lista(sha256s)}) ORDER BY a.id",
                list(sha256s)).fetchall():
            salida.setdefault(sha256, (emitido, generado))
    return salida


def puntos_borrados(db: BaseDeDatos) -> dict[int, str]:
    """{sesión: el momento (UTC) del último punto de su orden del día que se borró (Deshacer un punto agregado)}:
    la fila ya no está, así que su sesión sale del registro del borrado (`datos`: la fila como era, en el orden de
    sus columnas; la segunda es `sesion_id`). Solo registros sellados."""
    sellos = list(db.execute("SELECT hasta_id, momento FROM bitacora_sellos ORDER BY hasta_id").fetchall())
    if not sellos:
        return {}
    sesion = "(datos::json->>1)::bigint" if db.dialecto == "postgresql" else "json_extract(datos, '$[1]')"
    hasta = [s[0] for s in sellos]
    return {fila: sellos[bisect_left(hasta, registro)][1] for fila, registro in db.execute(
        f"SELECT {sesion}, max(id) FROM bitacora WHERE entidad = 'puntos_orden' AND accion = 'borrado' AND id <= ? "
        f"GROUP BY {sesion}", [hasta[-1]]).fetchall() if fila is not None}
