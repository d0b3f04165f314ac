"""Lo que `verificar` lee de la bitácora para repasar sus reglas (servicios/reglas_de_la_bitacora.py): los registros
de las tablas y acciones que alguna regla mira, de a tramos y en orden; los números repetidos entre altas; el sello
que cubre un registro. Solo consultas: las reglas se deciden en el servicio.

Los valores de un registro son un arreglo JSON en el orden de las columnas de su tabla (migraciones.py,
`disparadores_de_bitacora`): `$[i]` en un alta o un borrado, `$.antes[i]` y `$.despues[i]` en un cambio."""

from collections.abc import Iterator

from .base_de_datos import BaseDeDatos
from .valores_personales import legibles, legibles_de_a_tramos

_POR_TRAMO = 5000
MAXIMO_IMPORTE = 1000000000000000  # el de los triggers del dinero (esquema/actual.sql)


def tablas(db: BaseDeDatos) -> set[str]:
    return set(db.table_names())


def _valor(db: BaseDeDatos, indice: int) -> str:
    if db.dialecto == "postgresql":
        return f"(datos::jsonb ->> {int(indice)})"
    return f"json_extract(datos, '$[{int(indice)}]')"


def _fuera_de_regla(db: BaseDeDatos, tipo: str, indice: int) -> str:
    """La condición SQL de un valor de alta que Escritorio nunca guarda: una moneda que no es ISO 4217, un importe
    fuera de lo posible. Un valor que el registro no trae (de antes de la columna) no la cumple."""
    valor = _valor(db, indice)
    if tipo == "moneda":
        return f"{valor} !~ '^[A-Z]{{3}}$'" if db.dialecto == "postgresql" else f"{valor} NOT GLOB '[A-Z][A-Z][A-Z]'"
    if tipo == "importe":
        numero = f"{valor}::numeric" if db.dialecto == "postgresql" else valor
        return f"abs({numero}) > {MAXIMO_IMPORTE}"
    raise ValueError(f"Tipo de valor desconocido: {tipo}")


def registros_a_repasar(db: BaseDeDatos, completos: list[tuple[str, str]],
                        altas_por_valor: list[tuple[str, list[tuple[str, int]]]],
                        ademas: list[int] = (), *, despues_de: int | None = None,
                        enteros: list[tuple[str, str]] | None = None, documentos: list[int] = ()) -> Iterator[tuple]:
    """(id, entidad, entidad_id, acción, datos) de la bitácora, en orden de id y de a tramos: todos los registros de
    cada (entidad, acción) de `completos`; de cada (entidad, [(tipo, índice)…]) de `altas_por_valor` solo las altas
    con algún valor fuera de regla (así no pasan por Python el millón de cuotas de una base grande); y los registros
    `ademas` (pocos: las altas que repiten un número). Los valores personales, en su lugar.

    `despues_de`: de todo eso, solo los registros posteriores, más todos los de cada (entidad, acción) de `enteros` y
    todos los de las filas `documentos` de documentos_emitidos (la verificación desde un punto de control)."""
    if despues_de is not None:
        yield from _posteriores(db, completos, altas_por_valor, ademas, despues_de, enteros or [], documentos)
        return
    condiciones, parametros = _que_miran_las_reglas(db, completos, altas_por_valor)
    if ademas:
        condiciones.insert(0, "id IN (" + ", ".join("?" for _ in ademas) + ")")
        parametros[:0] = list(ademas)
    if not condiciones:
        return
    cursor = db.execute("SELECT id, entidad, entidad_id, accion, datos FROM bitacora WHERE "
                        + " OR ".join(condiciones) + " ORDER BY id", parametros)
    yield from legibles_de_a_tramos(db, cursor, tramo=_POR_TRAMO, accion_en=3, datos_en=4)


def _que_miran_las_reglas(db: BaseDeDatos, completos, altas_por_valor) -> tuple[list[str], list]:
    """(condiciones, parámetros) de los registros que miran las reglas: los de cada (entidad, acción) de `completos` y
    las altas de `altas_por_valor` con algún valor fuera de regla."""
    condiciones, parametros = [], []
    if completos:
        condiciones.append("(entidad, accion) IN (VALUES " + ", ".join("(?, ?)" for _ in completos) + ")")
        parametros += [valor for par in completos for valor in par]
    for entidad, valores in altas_por_valor:
        if valores:
            fuera = " OR ".join(_fuera_de_regla(db, tipo, indice) for tipo, indice in valores)
            condiciones.append(f"(entidad = ? AND accion = 'alta' AND ({fuera}))")
            parametros.append(entidad)
    return condiciones, parametros


def _posteriores(db: BaseDeDatos, completos, altas_por_valor, ademas, despues_de: int, enteros, documentos):
    """`registros_a_repasar` desde un punto de control. Cada parte con su propia consulta, que usa su índice (los
    posteriores, por su número; lo entero, las sesiones y los documentos tocados, por su tabla), y se juntan en orden:
    con un OR entre ellas SQLite recorrería la bitácora entera."""
    import heapq

    consultas = []
    if ademas:
        consultas.append(("id IN (" + ", ".join("?" for _ in ademas) + ")", list(ademas)))
    if enteros:
        consultas.append(("entidad IN (" + ", ".join("?" for _ in enteros) + ") AND (entidad, accion) IN (VALUES "
                          + ", ".join("(?, ?)" for _ in enteros) + ")",
                          [t for t, _ in enteros] + [valor for par in enteros for valor in par]))
    if documentos:
        consultas.append(("entidad = 'documentos_emitidos' AND entidad_id IN ("
                          + ", ".join("?" for _ in documentos) + ")", list(documentos)))
    nuevos, de_los_nuevos = _que_miran_las_reglas(db, completos, altas_por_valor)
    if nuevos:
        consultas.append(("id > ? AND (" + " OR ".join(nuevos) + ")", [despues_de, *de_los_nuevos]))
    partes = [db.execute("SELECT id, entidad, entidad_id, accion, datos FROM bitacora WHERE " + condicion
                         + " ORDER BY id", parametros).fetchall() for condicion, parametros in consultas]
    unicos, ultimo = [], None
    for fila in heapq.merge(*partes, key=lambda f: f[0]):
        if fila[0] != ultimo:
            unicos.append(fila)
            ultimo = fila[0]
    for inicio in range(0, len(unicos), _POR_TRAMO):
        yield from legibles(db, unicos[inicio:inicio + _POR_TRAMO], accion_en=3, datos_en=4)


def altas_repetidas(db: BaseDeDatos, entidad: str, indices: list[int]) -> dict[int, int]:
    """Las altas de `entidad` cuyos valores en `indices` (un número de recibo: asociación, año y número) repiten los
    de un alta anterior: {registro: el registro del alta anterior con esos valores}."""
    clave = ", ".join(_valor(db, i) for i in indices)
    juntar = "string_agg(id::text, ',')" if db.dialecto == "postgresql" else "group_concat(id)"
    repetidos = {}
    for primero, todos in db.execute(
            f"SELECT min(id), {juntar} FROM bitacora WHERE entidad = ? AND accion = 'alta' GROUP BY {clave} "
            "HAVING count(*) > 1", [entidad]).fetchall():
        repetidos.update({int(r): primero for r in str(todos).split(",") if int(r) != primero})
    return repetidos


def altas_repetidas_despues(db: BaseDeDatos, entidad: str, columnas: list[str], indices: list[int],
                            despues_de: int) -> dict[int, int]:
    """`altas_repetidas` de las altas posteriores a `despues_de` (la verificación desde un punto de control), sin
    recorrer todas: un alta anterior al punto con esos valores es la de una fila que los sigue teniendo (las filas
    de estas tablas no cambian ni se borran, y un registro que lo hace es una alarma de su propia regla), que se
    busca en la tabla por las `columnas` (las de `indices`), y su alta por su fila."""
    valores = ", ".join(_valor(db, i) for i in indices)
    iguales = " AND ".join(f'"{c}" = ?' for c in columnas)
    repetidos: dict[int, int] = {}
    primera_con: dict[tuple, int] = {}
    for registro, fila, *clave in db.execute(
            f"SELECT id, entidad_id, {valores} FROM bitacora WHERE id > ? AND +entidad = ? AND accion = 'alta' "
            "ORDER BY id", [despues_de, entidad]).fetchall():
        clave = tuple(clave)
        primero = primera_con.get(clave)
        if primero is None and None not in clave:
            for (otra,) in db.execute(f'SELECT id FROM "{entidad}" WHERE {iguales} AND id <> ?', [*clave, fila]):
                (alta,) = db.execute("SELECT min(id) FROM bitacora WHERE entidad = ? AND entidad_id = ? AND "
                                     "accion = 'alta'", [entidad, otra]).fetchone()
                if alta is not None and alta < registro and (primero is None or alta < primero):
                    primero = alta
        if primero is not None:
            repetidos[registro] = primero
        primera_con.setdefault(clave, primero if primero is not None else registro)
    return repetidos


def filas_con_registros(db: BaseDeDatos, entidad: str, acciones: tuple[str, ...],
                        despues_de: int | None = None) -> set[int]:
    """Las filas de `entidad` que tienen algún registro con una de esas acciones (pocas: se miran aparte);
    `despues_de`: solo con un registro posterior a ese."""
    marcas = ", ".join("?" for _ in acciones)
    if despues_de is not None:
        return {fila for (fila,) in db.execute(
            f"SELECT DISTINCT entidad_id FROM bitacora WHERE id > ? AND +entidad = ? AND accion IN ({marcas})",
            [despues_de, entidad, *acciones])}
    return {fila for (fila,) in db.execute(
        f"SELECT DISTINCT entidad_id FROM bitacora WHERE entidad = ? AND accion IN ({marcas})", [entidad, *acciones])}


def primeras_altas_por_valor(db: BaseDeDatos, entidad: str, indice: int, valores: set[int]) -> dict[int, int]:
    """Para cada valor de `valores`: el primer registro de alta de `entidad` con ese valor en `indice` (la primera
    imputación de una cuota: desde ahí la cuota tiene pagos)."""
    if not valores:
        return {}
    valor = _valor(db, indice)
    if db.dialecto == "postgresql":
        valor = f"({valor})::bigint"
    primeras = {}
    lista = sorted(valores)
    for inicio in range(0, len(lista), 500):
        parte = lista[inicio:inicio + 500]
        marcas = ", ".join("?" for _ in parte)
        primeras.update(dict(db.execute(
            f"SELECT {valor}, min(id) FROM bitacora WHERE entidad = ? AND accion = 'alta' AND {valor} IN ({marcas}) "
            f"GROUP BY {valor}", [entidad, *parte]).fetchall()))
    return primeras


def sellos(db: BaseDeDatos) -> Iterator[tuple]:
    """(sello, momento UTC, usuario, operador, desde, hasta) de cada sello, en orden (uno por transacción)."""
    cursor = db.execute("SELECT id, momento, usuario, operador, desde_id, hasta_id FROM bitacora_sellos ORDER BY id")
    while tramo := cursor.fetchmany(_POR_TRAMO):
        yield from tramo


def ultima_migracion(db: BaseDeDatos) -> str | None:
    """Cuándo (UTC, «AAAA-MM-DD HH:MM:SS…») se aplicó la última migración al archivo; None en el servidor o sin
    registro de migraciones."""
    if db.dialecto == "postgresql" or "_sqlite_migrations" not in tablas(db):
        return None
    return db.execute("SELECT max(applied_at) FROM _sqlite_migrations").fetchone()[0]


def migracion_aplicada_en(db: BaseDeDatos, nombre: str) -> str | None:
    """Cuándo (UTC, «AAAA-MM-DD HH:MM:SS…») se aplicó la migración `nombre` a esta base (en el servidor: cuando se
    instaló o se subió); None si no hay registro de migraciones."""
    if db.dialecto == "postgresql":
        fila = db.execute("SELECT aplicada_en FROM escritorio_migraciones WHERE nombre = ?", [nombre]).fetchone()
    elif "_sqlite_migrations" in tablas(db):
        fila = db.execute("SELECT applied_at FROM _sqlite_migrations WHERE name = ?", [nombre]).fetchone()
    else:
        fila = None
    return fila[0] if fila else None


def ultimo_registro_sellado(db: BaseDeDatos) -> int:
    return db.execute("SELECT coalesce(max(hasta_id), 0) FROM bitacora_sellos").fetchone()[0]


def filas(db: BaseDeDatos, tabla: str, columnas: list[str], ids: list[int] | None = None) -> Iterator[tuple]:
    """Las filas de la tabla con esas columnas (todas, o las de `ids`), en orden de id y de a tramos."""
    if ids is not None:
        cursor = db.execute(f"SELECT {', '.join(columnas)} FROM {tabla} WHERE id IN ("
                            + ", ".join("?" for _ in ids) + ") ORDER BY id", list(ids))
    else:
        cursor = db.execute(f"SELECT {', '.join(columnas)} FROM {tabla} ORDER BY id")
    while tramo := cursor.fetchmany(_POR_TRAMO):
        yield from tramo


def estados_del_miembro_antes_de(db: BaseDeDatos, miembro_id: int, registro_id: int) -> list[tuple[str, str]]:
    """(estado, desde) de cada estado del miembro que ya estaba registrado antes del registro `registro_id` de la
    bitácora (su alta es anterior), por fecha: lo que el programa sabía del miembro al escribir ese registro."""
    return [tuple(fila) for fila in db.execute(
        "SELECT e.estado, e.desde FROM estados_miembro e WHERE e.miembro_id = ? AND EXISTS ("
        "SELECT 1 FROM bitacora b WHERE b.entidad = 'estados_miembro' AND b.entidad_id = e.id AND b.accion = 'alta' "
        "AND b.id < ?) ORDER BY e.desde, e.id", [miembro_id, registro_id]).fetchall()]


def grupo_de_la_agrupacion(db: BaseDeDatos, grupo_id: object) -> tuple | None:
    """(asociación, agrupación) del grupo, como está hoy; None si ya no existe."""
    fila = db.execute("SELECT asociacion_id, agrupacion FROM grupos WHERE id = ?", [grupo_id]).fetchone()
    return tuple(fila) if fila else None


def asociacion_de(db: BaseDeDatos, tabla: str, fila_id: object) -> int | None:
    """La asociación de un miembro o de un indicador (`tabla`: miembros o indicadores); None si ya no existe."""
    if tabla not in ("miembros", "indicadores"):
        raise ValueError(tabla)
    fila = db.execute(f"SELECT asociacion_id FROM {tabla} WHERE id = ?", [fila_id]).fetchone()
    return fila[0] if fila else None
