"""Los datos de las personas en la bitácora: el valor legible, aparte y borrable; en el registro sellado, una marca y un
compromiso (issue 65).

La bitácora solo agrega y cada transacción se sella con una huella encadenada: un registro sellado no cambia nunca.
Si guardara el correo de una persona en claro, lo guardaría para siempre, aunque la ley le dé a esa persona el
derecho a que se borre. Por eso las columnas personales (`COLUMNAS_PERSONALES`: nombres, correos y teléfonos de
personas) no van en claro al registro:

- en `bitacora.datos`, en la posición de una columna personal con valor, va la marca `"§"` (`MARCA`);
- el valor, como texto JSON (el mismo que habría ido en su lugar), va a `bitacora_valores`, con el número del
  registro y su posición (la columna; en un cambio, 1000 + la columna para el valor de después);
- al sellar, cada valor recibe una sal secreta al azar (32 bytes) y su compromiso, SHA-256(sal ‖ valor): el sello
  cubre los registros y, detrás de cada uno, los compromisos de sus valores (`sufijo_de_compromisos`);
- suprimir un valor (una solicitud de supresión) borra el valor y su sal: queda el compromiso, que sin la sal no
  dice nada (ni siquiera de un teléfono, que tiene pocas cifras), y cada sello se sigue recalculando igual.

Quien cambia un valor guardado aparte se nota (el valor ya no da su compromiso); quien cambia un compromiso o una
marca, también (el sello ya no coincide); quien borra un valor sin una solicitud que lo pida, también (la
verificación lo nombra). La migración 0057 (`esquema/valores_personales.py`) lleva así los registros anteriores.

Este módulo tiene todo el SQL de `bitacora_valores`: los triggers que la escriben, el sellado de los compromisos, la
lectura con los valores en su lugar (`legibles`), la supresión y lo que comprueba la verificación.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence

from .base_de_datos import BaseDeDatos

MARCA = "§"
MARCA_JSON = json.dumps(MARCA, ensure_ascii=False)
DESPUES = 1000  # la posición de un valor de «después» en un cambio: 1000 + su columna
# Lo que se lee en lugar de un valor suprimido (en el visor, en el acceso de una persona a sus datos).
SUPRIMIDO = "⟨dato suprimido⟩"

# Las columnas que guardan datos de una persona (su nombre, su correo, su teléfono), por tabla. Las demás columnas de
# esas filas (el miembro, el cargo, las fechas) no la identifican y van en claro como siempre.
COLUMNAS_PERSONALES: dict[str, tuple[str, ...]] = {
    "contactos": ("nombre", "correo", "telefono"),
    "autoridades": ("persona",),
    "mandatos": ("persona",),
    "correcciones_mandato": ("antes", "despues"),
    "asistencias": ("representante",),
    "invitados": ("nombre",),
    "candidaturas": ("persona",),
    "firmantes_declaracion": ("persona",),
    "adherentes_declaracion": ("persona",),
    "oradores": ("persona",),
    "partes_convenio": ("firmante",),
    "mensajes": ("texto", "html"),
    "destinatarios_mensaje": ("direccion", "nombre", "motivo"),
    # migración 0058: el registro de las personas y sus solicitudes
    "personas": ("nombre", "nota"),
    "solicitudes_de_datos": ("detalle",),
    "oposiciones_correo": ("direccion",),
}
TABLA = "bitacora_valores"


def disponible(db: BaseDeDatos) -> bool:
    """¿Tiene la base la tabla de valores personales? (no, antes de la migración 0057)"""
    return db.tiene_tabla(TABLA)


def es_personal(tabla: str) -> bool:
    return tabla in COLUMNAS_PERSONALES


def posiciones_personales(tabla: str, columnas: Sequence[str]) -> list[tuple[int, str]]:
    """(posición en el arreglo de la bitácora, columna) de las columnas personales de `tabla`."""
    personales = COLUMNAS_PERSONALES.get(tabla, ())
    return [(i, c) for i, c in enumerate(columnas) if c in personales]


# --- los triggers --------------------------------------------------------------------------------------------------

def disparadores(tabla: str, columnas: Sequence[str], clave: str) -> list[str]:
    """Los CREATE TRIGGER de alta, cambio y borrado de una tabla con columnas personales: el arreglo de la bitácora
    con la marca en lugar de cada valor personal (si lo hay), y los valores en `bitacora_valores`."""
    personales = dict((c, i) for i, c in posiciones_personales(tabla, columnas))

    def fila(prefijo: str) -> str:
        return "json_array(" + ", ".join(
            f"iif({prefijo}.{c} IS NULL, NULL, '{MARCA}')" if c in personales else f"{prefijo}.{c}"
            for c in columnas) + ")"

    def valores(*lados: tuple[str, int]) -> str:
        filas = ", ".join(f"({base + i}, json_quote({prefijo}.{c}))" for prefijo, base in lados
                          for c, i in personales.items())
        return (f"INSERT INTO {TABLA} (registro_id, posicion, valor) SELECT (SELECT max(id) FROM bitacora), column1, "
                f"column2 FROM (VALUES {filas}) WHERE column2 <> 'null'")

    cambios = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columnas)
    return [
        f"""CREATE TRIGGER bitacora_{tabla}_alta AFTER INSERT ON {tabla} BEGIN
            INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('{tabla}', NEW.{clave}, 'alta', {fila('NEW')});
            {valores(('NEW', 0))}; END""",
        f"""CREATE TRIGGER bitacora_{tabla}_cambio AFTER UPDATE ON {tabla} WHEN {cambios} BEGIN
            INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('{tabla}', NEW.{clave}, 'cambio',
                json_object('antes', {fila('OLD')}, 'despues', {fila('NEW')}));
            {valores(('OLD', 0), ('NEW', DESPUES))}; END""",
        f"""CREATE TRIGGER bitacora_{tabla}_baja AFTER DELETE ON {tabla} BEGIN
            INSERT INTO bitacora (entidad, entidad_id, accion, datos) VALUES ('{tabla}', OLD.{clave}, 'borrado', {fila('OLD')});
            {valores(('OLD', 0))}; END""",
    ]


def altas_en_bloque(tabla: str, columnas: Sequence[str], clave: str) -> tuple[str, str]:
    """Lo que anota el trigger de altas, para un lote de filas nuevas (bitacora.altas_en_bloque): el INSERT … SELECT
    de los registros (parámetro: el último rowid de la tabla antes del lote) y el de sus valores aparte (parámetros:
    el mismo rowid y el último registro de la bitácora antes del lote)."""
    personales = posiciones_personales(tabla, columnas)
    fila = ", ".join(f"iif({c} IS NULL, NULL, '{MARCA}')" if any(c == p for _, p in personales) else c
                     for c in columnas)
    registros = (f"INSERT INTO bitacora (entidad, entidad_id, accion, datos) SELECT '{tabla}', {clave}, 'alta', "
                 f"json_array({fila}) FROM {tabla} WHERE rowid > ? ORDER BY rowid")
    partes = " UNION ALL ".join(f"SELECT b.id AS registro_id, {i} AS posicion, json_quote(t.{c}) AS valor FROM {tabla} t "
                                f"JOIN bitacora b ON b.entidad = '{tabla}' AND b.entidad_id = t.{clave} "
                                f"AND b.accion = 'alta' AND b.id > :antes WHERE t.rowid > :desde AND t.{c} IS NOT NULL"
                                for i, c in personales)
    valores = (f"INSERT INTO {TABLA} (registro_id, posicion, valor) SELECT registro_id, posicion, valor FROM "
               f"({partes}) ORDER BY registro_id, posicion")
    return registros, valores.replace(":desde", "?1").replace(":antes", "?2")


def reglas_de_la_tabla() -> list[str]:
    """Lo que la base le permite a `bitacora_valores`: agregar valores a registros todavía sin sellar; sellarlos una
    vez (sal y compromiso); suprimirlos por una solicitud (se borran el valor y la sal, queda el compromiso). Nada
    más: ni borrar una fila, ni cambiar un valor, ni agregarle valores a un registro ya sellado."""
    sellado = "(SELECT coalesce(max(hasta_id), 0) FROM bitacora_sellos)"
    return [
        f"""CREATE TRIGGER bitacora_valores_solo_de_lo_nuevo BEFORE INSERT ON {TABLA}
           WHEN NEW.registro_id <= {sellado} OR NEW.valor IS NULL OR NEW.sal IS NOT NULL
             OR NEW.compromiso IS NOT NULL OR NEW.suprimido_por IS NOT NULL
           BEGIN SELECT RAISE(ABORT, 'Un valor personal de la bitácora se anota con su registro, antes de sellarlo. No se guardó nada.'); END""",
        f"""CREATE TRIGGER bitacora_valores_sellar_o_suprimir BEFORE UPDATE ON {TABLA}
           WHEN NEW.registro_id IS NOT OLD.registro_id OR NEW.posicion IS NOT OLD.posicion OR NOT (
             (OLD.sal IS NULL AND OLD.compromiso IS NULL AND OLD.suprimido_por IS NULL AND NEW.valor IS OLD.valor
              AND NEW.sal IS NOT NULL AND NEW.compromiso IS NOT NULL AND NEW.suprimido_por IS NULL
              AND OLD.registro_id > {sellado})
             OR (OLD.valor IS NOT NULL AND OLD.compromiso IS NOT NULL AND NEW.compromiso IS OLD.compromiso
                 AND NEW.valor IS NULL AND NEW.sal IS NULL AND NEW.suprimido_por IS NOT NULL))
           BEGIN SELECT RAISE(ABORT, 'Un valor personal de la bitácora solo se sella una vez, o se suprime por una solicitud de supresión. No se guardó nada.'); END""",
        f"""CREATE TRIGGER bitacora_valores_sin_borrar BEFORE DELETE ON {TABLA}
           BEGIN SELECT RAISE(ABORT, 'Un valor personal de la bitácora no se borra: se suprime por una solicitud. No se guardó nada.'); END""",
    ]


# --- el texto de un registro: dónde está cada valor --------------------------------------------------------------

def _fin_de_texto(texto: str, i: int) -> int:
    """El índice siguiente a la cadena JSON que empieza en texto[i] (una comilla)."""
    i += 1
    while True:
        c = texto[i]
        if c == "\\":
            i += 2
        elif c == '"':
            return i + 1
        else:
            i += 1


def _fin_de_valor(texto: str, i: int) -> int:
    """El índice siguiente al valor JSON que empieza en texto[i]."""
    c = texto[i]
    if c == '"':
        return _fin_de_texto(texto, i)
    if c in "[{":
        profundidad = 0
        while True:
            c = texto[i]
            if c == '"':
                i = _fin_de_texto(texto, i)
                continue
            if c in "[{":
                profundidad += 1
            elif c in "]}":
                profundidad -= 1
                if profundidad == 0:
                    return i + 1
            i += 1
    while i < len(texto) and texto[i] not in ",]} \t\r\n":
        i += 1
    return i


def _saltar_espacios(texto: str, i: int) -> int:
    while i < len(texto) and texto[i] in " \t\r\n":
        i += 1
    return i


def _elementos(texto: str, i: int) -> list[tuple[int, int]]:
    """(inicio, fin) de cada elemento del arreglo JSON que empieza en texto[i] ('[')."""
    espacios, i = [], _saltar_espacios(texto, i + 1)
    if texto[i] == "]":
        return espacios
    while True:
        fin = _fin_de_valor(texto, i)
        espacios.append((i, fin))
        i = _saltar_espacios(texto, fin)
        if texto[i] == "]":
            return espacios
        i = _saltar_espacios(texto, i + 1)  # la coma


def arreglos(texto: str, accion: str) -> list[tuple[int, list[tuple[int, int]]]]:
    """(base de la posición, espacios de sus elementos) de cada arreglo de valores de un registro: el único de un alta
    o un borrado (base 0); «antes» (0) y «después» (DESPUES) de un cambio. Vacía si el texto no tiene esa forma (un
    registro escrito a mano: lo señala la verificación)."""
    try:
        i = _saltar_espacios(texto, 0)
        if accion != "cambio":
            return [(0, _elementos(texto, i))] if texto[i] == "[" else []
        if texto[i] != "{":
            return []
        salida, i = [], _saltar_espacios(texto, i + 1)
        while texto[i] != "}":
            fin = _fin_de_texto(texto, i)
            clave = json.loads(texto[i:fin])
            i = _saltar_espacios(texto, _saltar_espacios(texto, fin) + 1)  # los dos puntos
            fin = _fin_de_valor(texto, i)
            if clave in ("antes", "despues") and texto[i] == "[":
                salida.append((0 if clave == "antes" else DESPUES, _elementos(texto, i)))
            i = _saltar_espacios(texto, fin)
            if texto[i] == ",":
                i = _saltar_espacios(texto, i + 1)
        return salida
    except (IndexError, ValueError):
        return []


def con_valores(texto: str, accion: str, valores: dict[int, str | None]) -> str:
    """El texto del registro con cada marca de `valores` reemplazada por su valor (texto JSON); un valor suprimido
    (None) queda como `SUPRIMIDO`."""
    reemplazos = []
    for base, espacios in arreglos(texto, accion):
        for columna, (inicio, fin) in enumerate(espacios):
            posicion = base + columna
            if posicion in valores and texto[inicio:fin] == MARCA_JSON:
                valor = valores[posicion]
                reemplazos.append((inicio, fin, valor if valor is not None else json.dumps(SUPRIMIDO,
                                                                                          ensure_ascii=False)))
    for inicio, fin, valor in sorted(reemplazos, reverse=True):
        texto = texto[:inicio] + valor + texto[fin:]
    return texto


def con_marcas(texto: str, accion: str, posiciones: Iterable[int]) -> tuple[str, dict[int, str]]:
    """El texto de un registro anterior a la 0057 con los valores de `posiciones` (si no son null) reemplazados por la
    marca, y {posición: el texto JSON que había}: lo que la migración lleva aparte."""
    buscadas, reemplazos, sacados = set(posiciones), [], {}
    for base, espacios in arreglos(texto, accion):
        for columna, (inicio, fin) in enumerate(espacios):
            posicion = base + columna
            valor = texto[inicio:fin]
            if posicion in buscadas and valor != "null":
                sacados[posicion] = valor
                reemplazos.append((inicio, fin))
    for inicio, fin in sorted(reemplazos, reverse=True):
        texto = texto[:inicio] + MARCA_JSON + texto[fin:]
    return texto, sacados


# --- sellar: sal y compromiso ----------------------------------------------------------------------------------

def compromiso(sal: str, valor: str) -> str:
    """SHA-256 de la sal (sus 32 bytes) seguida del valor en UTF-8, en hexadecimal: lo que el sello cubre."""
    import hashlib   # solo al sellar o verificar: una orden que solo lee no lo importa

    return hashlib.sha256(bytes.fromhex(sal) + valor.encode("utf-8")).hexdigest()


# De a cuántos registros de la bitácora se comprometen y se leen los compromisos: una importación de 100.000 miembros
# sella cientos de miles de valores, y tenerlos todos en memoria a la vez pasaría de 50 MB.
_REGISTROS_POR_TRAMO = 5000


def comprometer(db: BaseDeDatos, desde: int, hasta: int) -> int:
    """Dentro de la transacción que sella: la sal y el compromiso de cada valor de los registros `desde`…`hasta` que
    todavía no los tiene, de a tramos. Devuelve cuántos."""
    if not disponible(db):
        return 0
    import hashlib
    import os

    cuantos = 0
    for inicio in range(desde, hasta + 1, _REGISTROS_POR_TRAMO):
        fin = min(hasta, inicio + _REGISTROS_POR_TRAMO - 1)
        pendientes = db.execute(f"SELECT registro_id, posicion, valor FROM {TABLA} WHERE registro_id BETWEEN ? AND ? "
                                "AND compromiso IS NULL AND valor IS NOT NULL", [inicio, fin]).fetchall()
        azar = os.urandom(32 * len(pendientes))   # las sales del tramo de una vez (el mismo origen que `secrets`)
        filas = []
        for i, (registro_id, posicion, valor) in enumerate(pendientes):
            sal = azar[32 * i:32 * i + 32]
            filas.append((sal.hex(), hashlib.sha256(sal + valor.encode("utf-8")).hexdigest(), registro_id, posicion))
        if filas:
            db.executemany(f"UPDATE {TABLA} SET sal = ?, compromiso = ? WHERE registro_id = ? AND posicion = ?", filas)
            cuantos += len(filas)
    return cuantos


def sufijos_de_compromisos(db: BaseDeDatos, desde: int, hasta: int) -> dict[int, str]:
    """{registro: «posición:compromiso,…»} de los registros `desde`…`hasta` que tienen valores personales, en orden de
    posición: lo que la huella de un sello agrega detrás de cada uno de esos registros (bitacora._huella)."""
    if not disponible(db):
        return {}
    sufijos: dict[int, list[str]] = {}
    for registro_id, posicion, valor in db.execute(
            f"SELECT registro_id, posicion, coalesce(compromiso, '') FROM {TABLA} WHERE registro_id BETWEEN ? AND ? "
            "ORDER BY registro_id, posicion", [desde, hasta]):
        sufijos.setdefault(registro_id, []).append(f"{posicion}:{valor}")
    return {r: ",".join(partes) for r, partes in sufijos.items()}


# --- leer: los valores en su lugar -------------------------------------------------------------------------------

_POR_CONSULTA = 500


def valores_de(db: BaseDeDatos, registros: Sequence[int]) -> dict[int, dict[int, str | None]]:
    """{registro: {posición: valor (None si se suprimió)}} de esos registros."""
    salida: dict[int, dict[int, str | None]] = {}
    lista = sorted(set(registros))
    for inicio in range(0, len(lista), _POR_CONSULTA):
        parte = lista[inicio:inicio + _POR_CONSULTA]
        for registro_id, posicion, valor in db.execute(
                f"SELECT registro_id, posicion, valor FROM {TABLA} WHERE registro_id IN "
                f"({', '.join('?' * len(parte))})", parte):
            salida.setdefault(registro_id, {})[posicion] = valor
    return salida


def legibles(db: BaseDeDatos, filas: Iterable[Sequence], *, id_en: int = 0, accion_en: int, datos_en: int
             ) -> list[tuple]:
    """Las filas leídas de la bitácora con el texto de cada registro como se escribió: cada marca reemplazada por su
    valor (o por `SUPRIMIDO` si se suprimió). `id_en`, `accion_en` y `datos_en` dicen en qué lugar de cada fila está
    cada cosa. Las filas sin marcas quedan como están (una sola consulta por cada 500 con marcas)."""
    filas = [tuple(f) for f in filas]
    if not filas or not disponible(db):
        return filas
    marcadas = [f[id_en] for f in filas if isinstance(f[datos_en], str) and MARCA_JSON in f[datos_en]]
    if not marcadas:
        return filas
    valores = valores_de(db, marcadas)
    salida = []
    for f in filas:
        propios = valores.get(f[id_en])
        if propios:
            f = (*f[:datos_en], con_valores(f[datos_en], f[accion_en], propios), *f[datos_en + 1:])
        salida.append(f)
    return salida


def legibles_de_a_tramos(db: BaseDeDatos, cursor, *, tramo: int = 5000, **donde) -> Iterator[tuple]:
    """Como `legibles`, sobre un cursor que se lee de a tramos (la bitácora de una base grande no entra en memoria)."""
    while filas := cursor.fetchmany(tramo):
        yield from legibles(db, filas, **donde)


def texto_original(texto: str, accion: str, valores: dict[int, str | None]) -> str | None:
    """El texto de un registro anterior a la 0057 tal como se selló entonces (con los valores en lugar de las
    marcas); None si alguno de sus valores se suprimió (ya no se puede rehacer: su sello se comprueba con la huella
    sin valores personales)."""
    if any(v is None for v in valores.values()):
        return None
    return con_valores(texto, accion, valores)


def valores_de_las_filas(db: BaseDeDatos, filas: Sequence[tuple[str, int]]) -> list[dict]:
    """Cada valor personal que todavía se puede leer en la historia de esas filas (tabla, id), también los de antes
    de un cambio: {tabla, fila_id, columna, valor}, sin repetir. Es lo que la persona fue en el registro (el correo que
    tuvo antes de rectificarlo), para encontrarla en el resto de la base."""
    from .postgres import columnas_de

    if not disponible(db):
        return []
    salida: dict[tuple, dict] = {}
    for tabla_, fila_id in dict.fromkeys(filas):
        if tabla_ not in COLUMNAS_PERSONALES:
            continue
        columnas = dict(posiciones_personales(tabla_, columnas_de(db, tabla_, sin_binarias=True)))
        # Solo la vida de esta fila: desde su último alta. Un id que quedó libre al borrar la fila más nueva se vuelve
        # a dar a otra (INTEGER PRIMARY KEY): lo de antes de esa alta es de otra persona.
        for posicion, valor in db.execute(
                f"SELECT v.posicion, v.valor FROM {TABLA} v JOIN bitacora b ON b.id = v.registro_id "
                "WHERE b.entidad = ? AND b.entidad_id = ? AND v.valor IS NOT NULL AND b.id >= coalesce((SELECT "
                "max(a.id) FROM bitacora a WHERE a.entidad = b.entidad AND a.entidad_id = b.entidad_id AND "
                "a.accion = 'alta'), 0) ORDER BY v.registro_id, v.posicion", [tabla_, fila_id]):
            columna = columnas.get(posicion % DESPUES)
            try:
                leido = json.loads(valor)
            except ValueError:
                continue
            if columna and isinstance(leido, str) and leido.strip():
                salida.setdefault((tabla_, fila_id, columna, leido), {"tabla": tabla_, "fila_id": fila_id,
                                                                      "columna": columna, "valor": leido})
    return list(salida.values())


# --- suprimir ---------------------------------------------------------------------------------------------------

def suprimir_lo_anotado(db: BaseDeDatos, solicitud_id: int) -> int:
    """Dentro de la transacción que suprime, después de anotar en `supresiones` las filas de la solicitud: borra el
    valor y la sal de cada valor personal de los registros de la bitácora sobre esas filas. De una fila anonimizada
    (sigue, sin los datos de la persona) quedan los valores de después de su último registro: son los de hoy, que ya
    no la nombran. Devuelve cuántos valores suprimió.

    En el servidor lo hace su función (postgres/supresion.py, escritorio_suprimir_valores), con la misma regla."""
    if db.dialecto == "postgresql":
        return db.execute("SELECT escritorio_suprimir_valores(?)", [solicitud_id]).fetchone()[0]
    if not disponible(db):
        return 0
    # Los registros que esta misma transacción escribió (el borrado de la fila, su anonimización) todavía no tienen
    # compromiso: se les pone ya (es lo mismo que haría el sello) para poder suprimir su valor antes de confirmar.
    sellado = db.execute("SELECT coalesce(max(hasta_id), 0) FROM bitacora_sellos").fetchone()[0]
    comprometer(db, sellado + 1, db.execute("SELECT coalesce(max(id), 0) FROM bitacora").fetchone()[0])
    return db.execute(
        f"UPDATE {TABLA} AS v SET valor = NULL, sal = NULL, suprimido_por = :solicitud "
        "FROM bitacora b JOIN supresiones x ON b.entidad = x.tabla AND b.entidad_id = x.fila_id "
        "WHERE x.solicitud_id = :solicitud AND v.registro_id = b.id AND v.valor IS NOT NULL "
        "AND NOT (x.como = 'anonimizada' AND b.id = (SELECT max(u.id) FROM bitacora u WHERE u.entidad = x.tabla AND "
        f"u.entidad_id = x.fila_id) AND (v.posicion >= {DESPUES} OR b.accion = 'alta'))",
        {"solicitud": solicitud_id}).rowcount


# --- lo que comprueba la verificación ------------------------------------------------------------------------------

def valores_que_no_dan_su_compromiso(db: BaseDeDatos, hasta_sellado: int,
                                     despues_de: int = 0) -> list[tuple[int, int]]:
    """(registro, posición) de cada valor sellado (posterior al registro `despues_de`) que ya no da su compromiso con
    su sal (alguien lo cambió), o que perdió la sal sin haberse suprimido."""
    malos = []
    cursor = db.execute(f"SELECT registro_id, posicion, valor, sal, compromiso FROM {TABLA} WHERE valor IS NOT NULL "
                        "AND registro_id > ? AND registro_id <= ? ORDER BY registro_id, posicion",
                        [despues_de, hasta_sellado])
    while tramo := cursor.fetchmany(5000):
        for registro_id, posicion, valor, sal, guardado in tramo:
            try:
                bien = sal is not None and guardado is not None and compromiso(sal, valor) == guardado
            except ValueError:   # una sal que no es hexadecimal
                bien = False
            if not bien:
                malos.append((registro_id, posicion))
    return malos


def suprimidos(db: BaseDeDatos) -> list[tuple[int, int, str, int | None, int | None]]:
    """(registro, posición, entidad, fila, solicitud) de cada valor suprimido."""
    return [tuple(f) for f in db.execute(
        f"SELECT v.registro_id, v.posicion, b.entidad, b.entidad_id, v.suprimido_por FROM {TABLA} v "
        "LEFT JOIN bitacora b ON b.id = v.registro_id WHERE v.valor IS NULL ORDER BY v.registro_id, v.posicion")]


def reaparecidos(db: BaseDeDatos, limite: int = 200) -> list[tuple[int, int, int]]:
    """(registro, posición, solicitud) de cada valor que una supresión borró y que hoy está otra vez: un valor de un
    registro anterior a la supresión, sobre una fila que la supresión nombra (tabla `supresiones`, que solo agrega).
    Una copia de los valores y las sales traídos de un respaldo viejo los devuelve con su compromiso intacto."""
    if not db.tiene_tabla("supresiones"):
        return []
    return [tuple(f) for f in db.execute(
        f"SELECT v.registro_id, v.posicion, s.solicitud_id FROM supresiones s "
        "JOIN bitacora alta ON alta.entidad = 'supresiones' AND alta.entidad_id = s.id AND alta.accion = 'alta' "
        "JOIN bitacora b ON b.entidad = s.tabla AND b.entidad_id = s.fila_id AND b.id < alta.id "
        f"JOIN {TABLA} v ON v.registro_id = b.id WHERE v.valor IS NOT NULL "
        "ORDER BY v.registro_id, v.posicion LIMIT ?", [limite])]


def ultimo_sellado(db: BaseDeDatos) -> int:
    """El último registro de la bitácora que cubre un sello (0 sin sellos)."""
    return db.execute("SELECT coalesce(max(hasta_id), 0) FROM bitacora_sellos").fetchone()[0]


def cantidad(db: BaseDeDatos) -> tuple[int, int]:
    """(valores guardados aparte, de ellos cuántos suprimidos)."""
    if not disponible(db):
        return 0, 0
    return tuple(db.execute(f"SELECT count(*), count(*) - count(valor) FROM {TABLA}").fetchone())

