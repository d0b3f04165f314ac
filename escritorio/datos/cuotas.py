"""Consultas y escrituras de escalas, cargos, exenciones, pagos, imputaciones, recibos y avisos."""

import json
import weakref
from collections.abc import Iterable

from .base_de_datos import BaseDeDatos, insertar_fila
from .dialecto import ahora, elemento_json, es_servidor, seguir_numeracion
from .esquema.saldos_a_favor import CON_SALDO

# --- escalas -------------------------------------------------------------------------------------

def escalas(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    filas = list(db.query("SELECT * FROM escalas WHERE asociacion_id = ? ORDER BY tipo_cargo, desde", [asociacion_id]))
    tramos: dict[int, list] = {}
    for t in db.query("SELECT t.* FROM tramos t JOIN escalas e ON e.id = t.escala_id WHERE e.asociacion_id = ? "
                      "ORDER BY t.escala_id, t.desde_poblacion", [asociacion_id]):
        tramos.setdefault(t["escala_id"], []).append(t)
    for fila in filas:
        fila["tramos"] = tramos.get(fila["id"], [])
    return filas


def insertar_escala(db: BaseDeDatos, asociacion_id: int, datos: dict, tramos: list[tuple[int, int]]) -> int:
    escala_id = insertar_fila(db, "escalas", {"asociacion_id": asociacion_id, **datos})
    db.executemany("INSERT INTO tramos (escala_id, desde_poblacion, importe) VALUES (?, ?, ?)",
                        [(escala_id, desde, importe) for desde, importe in tramos])
    return escala_id


def escalas_sin_tramos(db: BaseDeDatos, asociacion_id: int) -> list[dict]:
    """Las escalas de la asociación, sin sus tramos, por tipo de cargo, desde e id."""
    return list(db.query("SELECT * FROM escalas WHERE asociacion_id = ? ORDER BY tipo_cargo, desde, id",
                         [asociacion_id]))


# --- emisión -------------------------------------------------------------------------------------
# La consulta que planea la emisión y la regla del importe de la cuota: datos/regla_de_la_cuota.py. Aquí, el plan ya
# armado: leerlo, guardarlo en la transacción que emite y escribir sus cargos.

def plan_de_emision(db: BaseDeDatos, consulta: str, parametros: dict) -> list[tuple]:
    """Corre la consulta de `consulta_emision`, sin escribir: un renglón (tupla, COLUMNAS_DEL_PLAN) por miembro."""
    return db.execute(consulta, parametros).fetchall()


COLUMNAS_DEL_PLAN = ("miembro_id", "nombre", "pais", "poblacion", "tramo", "bruto", "descuento", "importe", "detalle",
                     "tramo_desde", "ingreso", "emitido")
_COLUMNAS_DEL_CARGO = ("asociacion_id, miembro_id, tipo_cargo, anio, escala_id, poblacion_usada, tramo_desde, "
                       "importe_bruto, descuento, importe, moneda, vencimiento, detalle")


def _vencimiento(db: BaseDeDatos, ingreso: str) -> str:
    """Ningún cargo vence antes del ingreso del miembro, y quien ingresa durante el año (desde :inicio) tiene :gracia
    días para pagar su primera cuota: max(:vencimiento, ingreso + :gracia); los demás, max(:vencimiento, ingreso)
    (quien ingresa en julio no debe desde marzo). La gracia la decide la asociación (servicios.reglas_de_admision).
    El oráculo de prueba: tests/oraculos/cuotas.py, `vencimiento_del_cargo`."""
    mayor = "greatest" if es_servidor(db) else "max"
    mas_gracia = (f"to_char(CAST({ingreso} AS date) + CAST(:gracia AS integer), 'YYYY-MM-DD')" if es_servidor(db)
                  else f"date({ingreso}, '+' || :gracia || ' days')")
    return (f"CASE WHEN {ingreso} >= :inicio THEN {mayor}(:vencimiento, {mas_gracia}) "
            f"ELSE {mayor}(:vencimiento, coalesce({ingreso}, :vencimiento)) END")


_PLAN = "plan_emision"  # la tabla temporal (de esta conexión) con el plan que se va a escribir
# En el servidor nadie crea tablas temporales (postgres/sin_sombras.py): el plan queda en la memoria del programa, por
# conexión, con los renglones en el orden de COLUMNAS_DEL_PLAN.
_PLANES_EN_EL_SERVIDOR: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_POBLACION, _IMPORTE, _EMITIDO = (COLUMNAS_DEL_PLAN.index(c) for c in ("poblacion", "importe", "emitido"))


def guardar_plan_de_emision(db: BaseDeDatos, consulta: str, parametros: dict) -> None:
    """Dentro de la transacción que emite: corre la consulta de `consulta_emision` una vez y deja sus renglones en la
    tabla temporal del plan (de esta conexión). `plan_guardado` los lee para informar e `insertar_cargos_del_plan`
    escribe desde allí: lo que se informa y lo que se escribe son los mismos renglones, y la consulta no se repite."""
    if es_servidor(db):
        _PLANES_EN_EL_SERVIDOR[db] = [tuple(f) for f in db.execute(consulta, parametros).fetchall()]
        return
    db.execute(f"DROP TABLE IF EXISTS {_PLAN}")
    db.execute(f"CREATE TEMP TABLE plan_emision AS {consulta}", parametros)


def plan_guardado(db: BaseDeDatos) -> list[tuple]:
    """Los renglones del plan que dejó `guardar_plan_de_emision` (COLUMNAS_DEL_PLAN)."""
    if es_servidor(db):
        return list(_PLANES_EN_EL_SERVIDOR[db])
    return db.execute(f"SELECT {', '.join(COLUMNAS_DEL_PLAN)} FROM {_PLAN}").fetchall()


def cuenta_del_plan_guardado(db: BaseDeDatos) -> tuple[int, int, int]:
    """Del plan que dejó `guardar_plan_de_emision`: (cargos nuevos, su total, cargos ya emitidos). Los miembros sin
    cifra de población no cuentan en ninguno."""
    if es_servidor(db):
        con_poblacion = [f for f in _PLANES_EN_EL_SERVIDOR[db] if f[_POBLACION] is not None]
        nuevos = [f[_IMPORTE] for f in con_poblacion if f[_EMITIDO] is None]
        return len(nuevos), sum(nuevos), sum(f[_EMITIDO] is not None for f in con_poblacion)
    return db.execute("SELECT count(*) FILTER (WHERE emitido IS NULL), "
                      "coalesce(sum(importe) FILTER (WHERE emitido IS NULL), 0), count(emitido) "
                      f"FROM {_PLAN} WHERE poblacion IS NOT NULL").fetchone()


def primeras_cuotas_del_plan_guardado(db: BaseDeDatos, inicio: str) -> list[tuple[str, str]]:
    """Del plan guardado, los cargos nuevos de quien ingresó desde `inicio` (la primera cuota, con su gracia):
    (nombre, fecha de ingreso), por fecha de ingreso."""
    if es_servidor(db):
        nombre, ingreso = (COLUMNAS_DEL_PLAN.index(c) for c in ("nombre", "ingreso"))
        return sorted(((f[nombre], f[ingreso]) for f in _PLANES_EN_EL_SERVIDOR[db] if f[_POBLACION] is not None
                       and f[_EMITIDO] is None and f[ingreso] and f[ingreso] >= inicio), key=lambda f: (f[1], f[0]))
    return db.execute(f"SELECT nombre, ingreso FROM {_PLAN} WHERE poblacion IS NOT NULL AND emitido IS NULL "
                      "AND ingreso >= ? ORDER BY ingreso, nombre", [inicio]).fetchall()


def excepciones_del_plan_guardado(db: BaseDeDatos) -> list[tuple]:
    """Los renglones del plan guardado (COLUMNAS_DEL_PLAN, en el orden del plan) que un informe nombra uno por uno:
    sin cifra de población, o ya emitidos con un importe distinto del que hoy correspondería."""
    if es_servidor(db):
        return [f for f in _PLANES_EN_EL_SERVIDOR[db] if f[_POBLACION] is None
                or (f[_EMITIDO] is not None and f[_EMITIDO] != f[_IMPORTE])]
    return db.execute(f"SELECT {', '.join(COLUMNAS_DEL_PLAN)} FROM {_PLAN} "
                      "WHERE poblacion IS NULL OR (emitido IS NOT NULL AND emitido <> importe)").fetchall()


def insertar_cargos_del_plan(db: BaseDeDatos, asociacion_id: int, tipo_cargo: str, anio: int, escala_id: int,
                             moneda: str, vencimiento: str, gracia: int) -> int:
    """Escribe los cargos nuevos del plan que dejó `guardar_plan_de_emision` (los que tienen población y todavía no
    están emitidos), borra la tabla temporal y devuelve cuántos creó. El vencimiento: ver `_vencimiento`."""
    if es_servidor(db):
        plan = _PLANES_EN_EL_SERVIDOR.pop(db)
        columnas = [COLUMNAS_DEL_PLAN.index(c) for c in ("miembro_id", "poblacion", "tramo_desde", "bruto",
                                                           "descuento", "importe", "detalle", "ingreso")]
        # En el orden de los miembros, como en el archivo: cada cargo recibe el mismo id en los dos motores.
        return insertar_cargos_planeados(db, asociacion_id, tipo_cargo, anio, escala_id, moneda, vencimiento, gracia, [
            [f[i] for i in columnas] for f in sorted(plan, key=lambda f: f[columnas[0]])
            if f[_POBLACION] is not None and f[_EMITIDO] is None])
    creados = db.execute(f"""
        INSERT INTO cargos ({_COLUMNAS_DEL_CARGO})
        SELECT :asociacion, miembro_id, :tipo, :anio, :escala, poblacion, tramo_desde, bruto, descuento, importe,
               :moneda, {_vencimiento(db, "ingreso")}, detalle
        FROM {_PLAN} WHERE poblacion IS NOT NULL AND emitido IS NULL ORDER BY miembro_id
        ON CONFLICT DO NOTHING""",
        {"asociacion": asociacion_id, "tipo": tipo_cargo, "anio": anio, "escala": escala_id, "moneda": moneda,
         "vencimiento": vencimiento, "gracia": gracia, "inicio": f"{anio}-01-01"}).rowcount
    db.execute(f"DROP TABLE {_PLAN}")
    return creados


def insertar_cargos_planeados(db: BaseDeDatos, asociacion_id: int, tipo_cargo: str, anio: int, escala_id: int,
                              moneda: str, vencimiento: str, gracia: int, cargos: Iterable[tuple]) -> int:
    """Escribe los cargos de un plan leído antes (la vista previa de la ventana) y devuelve cuántos creó. Cada cargo:
    (miembro_id, población, tramo_desde, bruto, descuento, importe, detalle, fecha de ingreso).

    Una sola sentencia, INSERT … SELECT sobre json_each: miles de cargos sin una llamada desde Python por cargo (un
    20 % menos que executemany). La restricción UNIQUE (miembro, tipo, año) de la tabla es la que impide duplicar:
    ON CONFLICT DO NOTHING deja intacto lo ya emitido aunque el plan lo trajera. El vencimiento: ver `_vencimiento`."""
    # En el servidor, cada valor del JSON con el tipo de su columna (allí un texto no entra en una columna entera).
    tipos = ("bigint", "bigint", "bigint", "bigint", "bigint", "bigint", "text", "text") if es_servidor(db) else None
    valor = [elemento_json(db, "c.value", i) + (f"::{tipos[i]}" if tipos else "") for i in range(8)]
    origen = "json_array_elements(CAST(:cargos AS json)) c(value)" if es_servidor(db) else "json_each(:cargos) c"
    return db.execute(f"""
        INSERT INTO cargos ({_COLUMNAS_DEL_CARGO})
        SELECT :asociacion, {valor[0]}, :tipo, :anio, :escala, {valor[1]}, {valor[2]}, {valor[3]}, {valor[4]},
               {valor[5]}, :moneda, {_vencimiento(db, valor[7])}, {valor[6]}
        FROM {origen} WHERE TRUE
        ON CONFLICT DO NOTHING""",
        {"asociacion": asociacion_id, "tipo": tipo_cargo, "anio": anio, "escala": escala_id, "moneda": moneda,
         "vencimiento": vencimiento, "gracia": gracia, "inicio": f"{anio}-01-01",
         "cargos": json.dumps(list(cargos), ensure_ascii=False)}).rowcount


# --- saldos --------------------------------------------------------------------------------------

def _pagado(ademas: str = "") -> str:
    """Lo pagado al cargo `c` hasta :al, sin los pagos anulados (con `ademas`, otra condición sobre el pago `p`), por
    el índice de sus imputaciones."""
    return ("coalesce((SELECT sum(i.importe) FROM imputaciones i JOIN pagos p ON p.id = i.pago_id "
            f"WHERE i.cargo_id = c.id AND p.anulado_en IS NULL AND p.fecha <= :al{ademas}), 0)")


_PAGADO = _pagado()


def _saldos_de_cargos(miembro_id: int | None, anio: int | None, miembros_en: str | None = None) -> str:
    condiciones = ["c.asociacion_id = :asociacion"]
    if miembros_en is not None:
        condiciones.append(f"c.miembro_id IN {miembros_en}")
    if miembro_id is not None:
        condiciones.append("c.miembro_id = :miembro")
    if anio is not None:
        condiciones.append("c.anio = :anio")
    return (f"SELECT c.*, {_PAGADO} AS pagado FROM cargos c WHERE {' AND '.join(condiciones)} "
            "ORDER BY c.miembro_id, c.vencimiento, c.id")


def saldos_de_cargos(db: BaseDeDatos, asociacion_id: int, al: str, miembro_id: int | None = None,
                     anio: int | None = None) -> list[dict]:
    """Cada cargo con lo pagado hasta `al` (pagos anulados no cuentan)."""
    return list(db.query(_saldos_de_cargos(miembro_id, anio),
                         {"asociacion": asociacion_id, "al": al, "miembro": miembro_id, "anio": anio}))


def saldos_de_cargos_en_filas(db: BaseDeDatos, asociacion_id: int, al: str,
                              miembros: Iterable[int] | None = None) -> tuple[list[str], Iterable[tuple]]:
    """Lo mismo que `saldos_de_cargos` de toda la asociación (o, con `miembros`, de esos miembros: por el índice de
    los cargos de cada uno), como (nombres de las columnas, filas en tuplas): quien recorre un millón de cargos y
    guarda unos pocos (las cuentas de un lote de pagos) no arma un diccionario por cada uno."""
    en = None if miembros is None else (
        "(SELECT value::bigint FROM json_array_elements_text(CAST(:miembros AS json)))" if es_servidor(db)
        else "(SELECT value FROM json_each(:miembros))")
    parametros = {"asociacion": asociacion_id, "al": al, "miembro": None, "anio": None}
    if miembros is not None:
        parametros["miembros"] = json.dumps(sorted(miembros))
    cursor = db.execute(_saldos_de_cargos(None, None, en), parametros)
    return [getattr(columna, "name", None) or columna[0] for columna in cursor.description], cursor


def saldos_agrupados(db: BaseDeDatos, asociacion_id: int, al: str) -> list[tuple]:
    """(cargo_id, miembro_id, tipo, año, importe, pagado, moneda, vencimiento) de toda la asociación, en una pasada,
    por número de cargo. Lo pagado de cada cargo se suma por el índice de sus imputaciones: con los pagos de la
    asociación como lista (`pago_id IN (SELECT …)`), SQLite sin estadísticas probaba cada pago contra cada cargo (0,6 s
    con 2.700 cargos y 2.200 pagos; así, 4 ms)."""
    return db.execute(
        f"""SELECT c.id, c.miembro_id, c.tipo_cargo, c.anio, c.importe, {_pagado(" AND p.asociacion_id = :a")},
                   c.moneda, c.vencimiento
            FROM cargos c WHERE c.asociacion_id = :a ORDER BY c.id""", {"a": asociacion_id, "al": al}).fetchall()


def cargos_con_saldo_hasta(db: BaseDeDatos, asociacion_id: int, al: str, hasta: str) -> list[tuple]:
    """(cargo_id, miembro_id, tipo, año, importe, pagado, moneda, vencimiento) de los cargos que vencen hasta `hasta`
    y a `al` tienen saldo (lo pagado, como en `saldos_de_cargos`): lo que mira la agenda (lo que vence y los avisos
    que tocan). Recorre los cargos de la asociación por su índice y suma lo imputado a cada uno por el suyo."""
    return db.execute(
        f"""SELECT * FROM (SELECT c.id, c.miembro_id, c.tipo_cargo, c.anio, c.importe, {_PAGADO} AS pagado, c.moneda,
                                  c.vencimiento
                           FROM cargos c WHERE c.asociacion_id = :a AND c.vencimiento <= :hasta) AS con_pagado
            WHERE importe > pagado ORDER BY vencimiento, id""", {"a": asociacion_id, "al": al, "hasta": hasta}).fetchall()


def fechas_de_ingreso(db: BaseDeDatos, asociacion_id: int) -> dict[int, str]:
    """miembro_id -> fecha de ingreso (AAAA-MM-DD) de los que la tienen: la morosidad no cuenta tiempo anterior."""
    return dict(db.execute("SELECT id, fecha_ingreso FROM miembros WHERE asociacion_id = ? AND fecha_ingreso IS NOT NULL",
                           [asociacion_id]).fetchall())


# --- pagos ---------------------------------------------------------------------------------------

INSERTAR_PAGO = (
    "INSERT INTO pagos (asociacion_id, miembro_id, fecha, importe, moneda, tipo_cambio, moneda_imputacion, "
    "importe_imputable, medio, referencia) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
INSERTAR_PAGO_CON_ID = (
    "INSERT INTO pagos (id, asociacion_id, miembro_id, fecha, importe, moneda, tipo_cambio, moneda_imputacion, "
    "importe_imputable, medio, referencia) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
INSERTAR_RECIBO = "INSERT INTO recibos (asociacion_id, anio, numero, pago_id) VALUES (?, ?, ?, ?)"
INSERTAR_IMPUTACION = "INSERT INTO imputaciones (pago_id, cargo_id, importe) VALUES (?, ?, ?)"
INSERTAR_IMPUTACION_DE_SALDO = "INSERT INTO imputaciones (pago_id, cargo_id, importe, origen) VALUES (?, ?, ?, 'saldo_a_favor')"


def pago(db: BaseDeDatos, pago_id: int) -> dict | None:
    return next(db.query(
        "SELECT p.*, r.anio AS recibo_anio, r.numero AS recibo_numero, m.nombre AS miembro, m.pais AS pais "
        "FROM pagos p JOIN miembros m ON m.id = p.miembro_id LEFT JOIN recibos r ON r.pago_id = p.id WHERE p.id = ?",
        [pago_id]), None)


def pagos_de(db: BaseDeDatos, asociacion_id: int, miembro_id: int | None = None) -> list[dict]:
    condicion = "p.asociacion_id = ?" + (" AND p.miembro_id = ?" if miembro_id is not None else "")
    parametros = [asociacion_id] + ([miembro_id] if miembro_id is not None else [])
    return list(db.query(
        "SELECT p.*, r.anio AS recibo_anio, r.numero AS recibo_numero, m.nombre AS miembro, "
        "(SELECT coalesce(sum(importe), 0) FROM imputaciones WHERE pago_id = p.id) AS imputado "
        f"FROM pagos p JOIN miembros m ON m.id = p.miembro_id LEFT JOIN recibos r ON r.pago_id = p.id WHERE {condicion} "
        "ORDER BY p.fecha, p.id", parametros))


def imputaciones_de_pago(db: BaseDeDatos, pago_id: int, origen: str | None = None) -> list[dict]:
    """Las imputaciones de un pago; con `origen='pago'`, solo las hechas al registrarlo (las del recibo)."""
    return list(db.query(
        "SELECT i.*, c.tipo_cargo, c.anio, c.moneda FROM imputaciones i JOIN cargos c ON c.id = i.cargo_id "
        "WHERE i.pago_id = :pago AND (:origen IS NULL OR i.origen = :origen) ORDER BY c.vencimiento, c.id",
        {"pago": pago_id, "origen": origen}))


def pagos_con_resto(db: BaseDeDatos, miembro_id: int, moneda: str) -> list[tuple[int, int]]:
    """(pago_id, resto sin imputar) de los pagos vigentes con saldo a favor, del más viejo al más nuevo."""
    return [tuple(f) for f in db.execute(
        """SELECT id, resto FROM (
               SELECT p.id, p.fecha, p.importe_imputable
                      - coalesce((SELECT sum(importe) FROM imputaciones WHERE pago_id = p.id), 0) AS resto
               FROM pagos p WHERE p.miembro_id = ? AND p.moneda_imputacion = ? AND p.anulado_en IS NULL) AS pagos
           WHERE resto > 0 ORDER BY fecha, id""", [miembro_id, moneda])]


def proximo_recibo(db: BaseDeDatos, asociacion_id: int, anio: int) -> int:
    return db.execute("SELECT coalesce(max(numero), 0) + 1 FROM recibos WHERE asociacion_id = ? AND anio = ?",
                      [asociacion_id, anio]).fetchone()[0]


# --- avisos --------------------------------------------------------------------------------------

def ultimos_avisos(db: BaseDeDatos, asociacion_id: int) -> dict[int, tuple[int, str]]:
    """cargo_id -> (el nivel más alto que se le envió, la fecha de corte del lote que lo llevó)."""
    ultimos: dict[int, tuple[int, str]] = {}
    for cargo, nivel, al in db.execute(
            "SELECT a.cargo_id, a.nivel, l.al FROM avisos a JOIN lotes_avisos l ON l.id = a.lote_id "
            "WHERE l.asociacion_id = ? ORDER BY a.cargo_id, a.nivel, l.al", [asociacion_id]):
        ultimos[cargo] = (nivel, al)
    return ultimos


# --- lo que leen y escriben los pagos y la emisión ---------------------------------------------------

def moneda_de_los_ultimos_cargos(db: BaseDeDatos, asociacion_id: int, miembro_id: int) -> str | None:
    """La moneda del cargo del miembro que vence último; None si todavía no tiene cargos."""
    fila = db.execute("SELECT moneda FROM cargos WHERE asociacion_id = ? AND miembro_id = ? ORDER BY vencimiento DESC LIMIT 1",
                      [asociacion_id, miembro_id]).fetchone()
    return fila[0] if fila else None


def monedas_de_cargos(db: BaseDeDatos, asociacion_id: int, miembro_id: int) -> set[str]:
    """Las monedas en que el miembro tiene (o tuvo) cargos."""
    return {fila[0] for fila in db.execute(
        "SELECT DISTINCT moneda FROM cargos WHERE asociacion_id = ? AND miembro_id = ?", [asociacion_id, miembro_id])}


def monedas_de_escalas(db: BaseDeDatos, asociacion_id: int) -> set[str]:
    """Las monedas de las escalas de la asociación (un pago adelantado puede ir a la de la escala nueva)."""
    return {fila[0] for fila in db.execute("SELECT DISTINCT moneda FROM escalas WHERE asociacion_id = ?", [asociacion_id])}


def insertar_pago(db: BaseDeDatos, asociacion_id: int, miembro_id: int, fecha: str, importe: int, moneda: str,
                  tipo_cambio: str | None, moneda_imputacion: str, importe_imputable: int, medio: str,
                  referencia: str | None) -> int:
    """Escribe un pago (sin sus imputaciones ni su recibo) y devuelve su id."""
    return db.insertar(INSERTAR_PAGO, [asociacion_id, miembro_id, fecha, importe, moneda, tipo_cambio, moneda_imputacion,
                                      importe_imputable, medio, referencia])


def proximo_id_de_pago(db: BaseDeDatos) -> int:
    return db.execute("SELECT coalesce(max(id), 0) + 1 FROM pagos").fetchone()[0]


def insertar_pagos(db: BaseDeDatos, pagos: list[tuple], imputaciones: list[tuple[int, int, int]],
                   recibos: list[tuple[int, int, int, int]]) -> None:
    """Muchos pagos de una vez, con su id puesto de antemano (la base tomada): cada pago (id y las columnas de
    `insertar_pago`), sus imputaciones (pago_id, cargo_id, importe) y sus recibos (asociacion_id, año, número,
    pago_id)."""
    db.executemany(INSERTAR_PAGO_CON_ID, pagos)
    seguir_numeracion(db, "pagos")
    db.executemany(INSERTAR_IMPUTACION, imputaciones)
    db.executemany(INSERTAR_RECIBO, recibos)


def insertar_imputaciones(db: BaseDeDatos, pago_id: int, imputaciones: list[tuple[int, int]], *,
                          de_saldo_a_favor: bool = False) -> None:
    """Imputa el pago a cada (cargo_id, importe); `de_saldo_a_favor`: aplicadas después, desde lo que sobraba."""
    db.executemany(INSERTAR_IMPUTACION_DE_SALDO if de_saldo_a_favor else INSERTAR_IMPUTACION,
                        [(pago_id, cargo, monto) for cargo, monto in imputaciones])


def insertar_recibo(db: BaseDeDatos, asociacion_id: int, anio: int, numero: int, pago_id: int) -> None:
    """El recibo número `numero` del año `anio` de la asociación, para el pago."""
    db.execute(INSERTAR_RECIBO, [asociacion_id, anio, numero, pago_id])


def anular_pago(db: BaseDeDatos, pago_id: int, motivo: str) -> None:
    """Marca el pago anulado ahora, con su motivo (nunca se borra)."""
    db.execute(f"UPDATE pagos SET anulado_en = {ahora(db)}, motivo_anulacion = ? WHERE id = ?", [motivo, pago_id])


def miembros_con_saldo_a_favor(db: BaseDeDatos, asociacion_id: int, moneda: str) -> list[int]:
    """Los miembros con algún pago vigente en `moneda` que todavía no se imputó entero.

    Parte de `pagos_con_saldo` (migración 0054, esquema/saldos_a_favor.py): solo los pagos que todavía pueden tener
    saldo, no los de todos los años; cada uno se vuelve a comprobar en `pagos` y sus imputaciones (una fila de más en
    esa lista no cambia nada). CROSS JOIN: SQLite recorre la lista y busca cada pago por su clave (sin él prefería
    recorrer los pagos por el índice del miembro, para no ordenar el DISTINCT). Antes recorría todos los pagos de la
    asociación: 0,06-0,17 s de cada emisión con 16.000 miembros y diez años de pagos."""
    return [f[0] for f in db.execute(
        f"""SELECT DISTINCT +p.miembro_id FROM pagos_con_saldo s CROSS JOIN pagos p
           WHERE p.id = s.pago_id AND p.asociacion_id = ? AND p.moneda_imputacion = ? AND {CON_SALDO}""",
        [asociacion_id, moneda])]


def cargos_con_lo_pagado(db: BaseDeDatos, miembro_id: int, moneda: str) -> list[dict]:
    """Los cargos del miembro en `moneda` ({id, importe, pagado}), del más viejo al más nuevo; pagado: por pagos vigentes."""
    return list(db.query(
        """SELECT c.id, c.importe, coalesce((SELECT sum(i.importe) FROM imputaciones i JOIN pagos p ON p.id = i.pago_id
             WHERE i.cargo_id = c.id AND p.anulado_en IS NULL), 0) AS pagado
           FROM cargos c WHERE c.miembro_id = ? AND c.moneda = ? ORDER BY c.vencimiento, c.id""", [miembro_id, moneda]))


def guardar_exencion(db: BaseDeDatos, miembro_id: int, anio: int, porcentaje: int, motivo: str,
                     aprobada_por: str | None) -> None:
    """La exención o descuento del año del miembro; si ya había una ese año, la reemplaza."""
    db.execute("INSERT INTO exenciones (miembro_id, anio, porcentaje, motivo, aprobada_por) VALUES (?, ?, ?, ?, ?) "
               "ON CONFLICT (miembro_id, anio) DO UPDATE SET porcentaje = excluded.porcentaje, "
               "motivo = excluded.motivo, aprobada_por = excluded.aprobada_por",
               [miembro_id, anio, porcentaje, motivo, aprobada_por])


# --- avisos enviados -------------------------------------------------------------------------------

def cartas_previas(db: BaseDeDatos, asociacion_id: int, al: str) -> list[tuple[int, int, str]]:
    """(miembro_id, cuántos lotes de avisos recibió, fecha de corte del último) con lotes hasta `al`."""
    return db.execute(
        "SELECT c.miembro_id, count(DISTINCT l.id), max(l.al) FROM avisos a JOIN lotes_avisos l ON l.id = a.lote_id "
        "JOIN cargos c ON c.id = a.cargo_id WHERE l.asociacion_id = ? AND l.al <= ? GROUP BY c.miembro_id",
        [asociacion_id, al]).fetchall()


def insertar_lote_de_avisos(db: BaseDeDatos, asociacion_id: int, al: str, avisos: list[tuple[int, int]]) -> int:
    """El lote de avisos de esa fecha de corte con sus (cargo_id, nivel); devuelve el id del lote."""
    lote = db.insertar("INSERT INTO lotes_avisos (asociacion_id, al) VALUES (?, ?)", [asociacion_id, al])
    db.executemany("INSERT INTO avisos (lote_id, cargo_id, nivel) VALUES (?, ?, ?)",
                        [(lote, cargo, nivel) for cargo, nivel in avisos])
    return lote


def quitar_avisos_de_la_carta(db: BaseDeDatos, lote_id: int, miembro_id: int) -> int:
    """Quita del lote los renglones de la carta de ese miembro (la que no salió nunca): vuelven a tocarle."""
    return db.execute("DELETE FROM avisos WHERE lote_id = ? AND cargo_id IN (SELECT id FROM cargos WHERE miembro_id = ?)",
                      [lote_id, miembro_id]).rowcount


def recibo_del_pago(db: BaseDeDatos, pago_id: int) -> dict | None:
    """{anio, numero} del recibo del pago; None si no tiene."""
    return next(db.query("SELECT anio, numero FROM recibos WHERE pago_id = ?", [pago_id]), None)


def recibos_de_los_pagos(db: BaseDeDatos, desde: int, hasta: int) -> dict[int, dict]:
    """{pago_id: {anio, numero}} de los pagos con `desde <= pago_id < hasta` que tienen recibo."""
    return {f["pago_id"]: {"anio": f["anio"], "numero": f["numero"]} for f in db.query(
        "SELECT pago_id, anio, numero FROM recibos WHERE pago_id >= ? AND pago_id < ?", [desde, hasta])}


# --- la baja durante el año, después de emitida la cuota -------------------------------------------

def cargo_anual_con_su_escala(db: BaseDeDatos, miembro_id: int, anio: int) -> dict | None:
    """La cuota anual del miembro ese año con lo que hace falta para recalcularla: la escala (`regla_baja`,
    `articulo_baja`), la fecha de ingreso del miembro (`fecha_ingreso`), su exención del año (`porcentaje`,
    `motivo_exencion`) y si tiene imputaciones (`con_imputaciones`, 1/0); None si no se emitió."""
    return next(db.query(
        """SELECT c.*, e.regla_baja, e.articulo_baja, m.fecha_ingreso, x.porcentaje, x.motivo AS motivo_exencion,
                  EXISTS (SELECT 1 FROM imputaciones i WHERE i.cargo_id = c.id) AS con_imputaciones
           FROM cargos c JOIN miembros m ON m.id = c.miembro_id LEFT JOIN escalas e ON e.id = c.escala_id
           LEFT JOIN exenciones x ON x.miembro_id = c.miembro_id AND x.anio = c.anio
           WHERE c.miembro_id = ? AND c.anio = ? AND c.tipo_cargo = 'cuota_anual'""", [miembro_id, anio]), None)


def ajustar_cargo(db: BaseDeDatos, cargo_id: int, importe_bruto: int, descuento: int, importe: int,
                  detalle: str | None) -> None:
    """Corrige el importe de un cargo sin pagos imputados (la base rechaza tocar uno que los tiene)."""
    db.execute("UPDATE cargos SET importe_bruto = ?, descuento = ?, importe = ?, detalle = ? WHERE id = ?",
               [importe_bruto, descuento, importe, detalle, cargo_id])
