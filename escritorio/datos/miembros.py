"""Consultas y escrituras del registro de miembros.

Los valores "vigentes" (población, estado, autoridad) se derivan de su historia: nunca se
guardan dos veces.

La columna `clave` guarda la clave de emparejamiento (país, región y nombre sin mayúsculas ni acentos)
y un índice UNIQUE parcial impide dos miembros sin código iguales en una asociación. Todo lo que inserta
un miembro o cambia su nombre, país o región pasa por aquí y la calcula con `clave_de`.

Cuándo dos miembros con la misma clave son un duplicado (las reglas de la importación): siempre, salvo que
ambos tengan código (códigos oficiales distintos: homónimos de una misma región, como los hay).
"""

import json
from collections.abc import Callable, Iterable, Iterator

from .base_de_datos import BaseDeDatos
from .dialecto import distinto, elemento_json, es_servidor, seguir_numeracion
from .ubicaciones import GUARDAR as GUARDAR_UBICACION

from ..dominio.miembros import clave_emparejamiento
from ..dominio.texto import normalizar

# Desde cuándo rige una cifra: su fecha de vigencia, o el 1 de enero de su año; sin ninguna, desde siempre.
RIGE_DESDE = "coalesce(vigente_desde, anio || '-01-01', '0000-01-01')"
# La cifra que rige en :hoy: la última vigente a esa fecha; si todas son posteriores, la más antigua.
ORDEN_CIFRA_VIGENTE = (f"({RIGE_DESDE} <= :hoy) DESC, CASE WHEN {RIGE_DESDE} <= :hoy THEN {RIGE_DESDE} END DESC, "
                       f"{RIGE_DESDE} ASC, id DESC")
# Lo vigente de cada miembro el día :hoy, de su historia: la fila que rige se busca por el índice de la historia de
# ese miembro (pocas filas) y se lee por su id. Medido con 16.000 miembros y con varias cifras, estados y autoridades
# por miembro (SQLite 3.40): es más rápido que calcular las vigentes de todos con funciones de ventana o agrupando y
# unirlas después (de 1,4 a 2,4 veces más lento: ordena la historia entera y arma un índice temporal por tabla; si el
# planificador no lo arma, cada miembro recorre la historia de todos, y unir las tres historias a la vez las
# multiplica entre sí).
# La mayoría de los miembros tiene una sola cifra, que es la vigente sea cual sea su fecha: esa se toma del índice
# sin leer la fila ni ordenar (con 16.000 miembros, 11 ms menos de los 46 que tarda el padrón).
CIFRA_VIGENTE = f"""LEFT JOIN poblaciones p ON p.id = (
    SELECT CASE WHEN count(*) = 1 THEN max(id) ELSE (
        SELECT id FROM poblaciones WHERE miembro_id = m.id ORDER BY {ORDEN_CIFRA_VIGENTE} LIMIT 1) END
    FROM poblaciones WHERE miembro_id = m.id)"""
# Antes de su primer estado, un miembro es activo (un alta sin historia), salvo una ciudad que pidió ingresar: antes
# de su solicitud tampoco era miembro (migración 0020).
ANTES_DEL_PRIMER_ESTADO = ("CASE WHEN EXISTS (SELECT 1 FROM estados_miembro s WHERE s.miembro_id = m.id "
                           "AND s.estado = 'solicitante') THEN 'solicitante' ELSE 'activo' END")
_ESTADO_VIGENTE = """LEFT JOIN estados_miembro e ON e.id = (
    SELECT id FROM estados_miembro WHERE miembro_id = m.id AND desde <= :hoy
    ORDER BY desde DESC, id DESC LIMIT 1)"""
_AUTORIDAD_VIGENTE = """LEFT JOIN autoridades a ON a.id = (
    SELECT id FROM autoridades WHERE miembro_id = m.id AND (desde IS NULL OR desde <= :hoy)
    ORDER BY coalesce(desde, '') DESC, id DESC LIMIT 1)"""
_VIGENTES = f"""
SELECT m.id, m.asociacion_id, m.nombre, m.pais, m.region, m.codigo, m.tipo, m.fecha_ingreso,
       m.modo_ingreso, m.fundador, m.correo, m.telefono,
       p.cifra AS poblacion, p.anio AS anio_poblacion, p.fuente AS fuente_poblacion,
       coalesce(e.estado, {ANTES_DEL_PRIMER_ESTADO}) AS estado, a.persona AS autoridad, a.cargo AS cargo
FROM miembros m
{CIFRA_VIGENTE}
{_ESTADO_VIGENTE}
{_AUTORIDAD_VIGENTE}
WHERE m.asociacion_id = :asociacion
"""
# Lo que muestra la tabla de Miembros (y busca su filtro): sin autoridad, contactos ni fuente, que no se ven ahí.
_PADRON_DE = f"""
SELECT m.id, m.nombre, m.pais, m.region, m.codigo, m.tipo, m.fecha_ingreso,
       p.cifra AS poblacion, coalesce(e.estado, {ANTES_DEL_PRIMER_ESTADO}) AS estado, m.fundador
FROM miembros m
{CIFRA_VIGENTE}
{_ESTADO_VIGENTE}
"""
_PADRON = _PADRON_DE + "WHERE m.asociacion_id = :asociacion\n"

# El orden de lectura dentro de un país: el nombre sin mayúsculas ni tildes, que ya está guardado como tercer
# elemento de la clave de emparejamiento (ordenar en SQL cuesta un tercio de normalizar y ordenar 16.000 nombres en
# Python); un miembro sin clave (repetido de antes de la migración 0010) se normaliza con la misma función de Python.
def _por_nombre(db: BaseDeDatos) -> str:
    # En el servidor, un miembro sin clave se ordena por su nombre en minúsculas (no hay funciones de Python allí).
    respaldo = "lower(m.nombre)" if es_servidor(db) else "normalizar(m.nombre)"
    return f" ORDER BY coalesce({elemento_json(db, 'm.clave', 2)}, {respaldo}), m.id"

TAMANO_LOTE = 500
Progreso = Callable[[int, int], None]


def vigentes(db: BaseDeDatos, asociacion_id: int, hoy: str) -> list[dict]:
    """Cada miembro con su población, estado y autoridad vigentes al día `hoy` (ISO).

    La autoridad vigente es la última que asumió, aunque su mandato previsto ya haya vencido:
    sigue en funciones hasta que se registra a quien la sucede.
    """
    return list(db.query(_VIGENTES + " ORDER BY m.id", {"asociacion": asociacion_id, "hoy": hoy}))


def vigente(db: BaseDeDatos, asociacion_id: int, miembro_id: int, hoy: str) -> dict | None:
    """El miembro de `vigentes` con ese id (None si no es de la asociación), leído por su id: sin el padrón entero."""
    return next(db.query(_VIGENTES + " AND m.id = :miembro",
                         {"asociacion": asociacion_id, "hoy": hoy, "miembro": miembro_id}), None)


def padron(db: BaseDeDatos, asociacion_id: int, hoy: str) -> list[dict]:
    """Cada miembro como lo muestra la tabla de Miembros: sus datos, la población y el estado vigentes al día `hoy`
    (las mismas reglas que `vigentes`), en una sola consulta; ordenados por nombre como lo lee una persona (sin
    mayúsculas ni tildes) y, a igual nombre, por id."""
    return [dict(zip(COLUMNAS_DEL_PADRON, fila)) for fila in padron_en_tuplas(db, asociacion_id, hoy)]


# Las columnas de `padron_en_tuplas`, en su orden.
COLUMNAS_DEL_PADRON = ("id", "nombre", "pais", "region", "codigo", "tipo", "fecha_ingreso", "poblacion", "estado",
                       "fundador")


def padron_en_tuplas(db: BaseDeDatos, asociacion_id: int, hoy: str) -> list[tuple]:
    """`padron`, una tupla por miembro (COLUMNAS_DEL_PADRON) en lugar de un diccionario: con 100.000 miembros, la
    décima de segundo de armar cien mil diccionarios que la ventana no necesita."""
    if not es_servidor(db):
        db.conn.create_function("normalizar", 1, normalizar, deterministic=True)
    return db.execute(_PADRON + _por_nombre(db), {"asociacion": asociacion_id, "hoy": hoy}).fetchall()


def estados_e_ingresos(db: BaseDeDatos, asociacion_id: int, hoy: str) -> list[tuple[str, str | None]]:
    """(estado vigente al día `hoy`, fecha de ingreso) de cada miembro, sin orden: las mismas reglas que `vigentes`
    para el estado, sin leer la población ni la autoridad (para contar a los miembros vigentes)."""
    return db.execute(f"SELECT coalesce(e.estado, {ANTES_DEL_PRIMER_ESTADO}), m.fecha_ingreso FROM miembros m "
                      f"{_ESTADO_VIGENTE} WHERE m.asociacion_id = :asociacion",
                      {"asociacion": asociacion_id, "hoy": hoy}).fetchall()


def paises_del_padron(db: BaseDeDatos, asociacion_id: int) -> list[str]:
    """Los códigos de país de los miembros de la asociación (del índice, sin leer las filas)."""
    return [fila[0] for fila in db.execute("SELECT DISTINCT pais FROM miembros WHERE asociacion_id = ?",
                                           [asociacion_id])]


def nombres_del_pais(db: BaseDeDatos, asociacion_id: int, pais: str) -> list[tuple[int, str]]:
    """(id, nombre) de los miembros de la asociación en ese país: para saber cuáles van primero sin leer su historia."""
    return db.execute("SELECT id, nombre FROM miembros WHERE asociacion_id = ? AND pais = ?",
                      [asociacion_id, pais]).fetchall()


def padron_de_los_ids(db: BaseDeDatos, asociacion_id: int, hoy: str, ids: list[int]) -> list[tuple]:
    """Las filas de `padron_en_tuplas` de esos miembros (pocos: los de la primera pantalla), sin orden."""
    if not ids:
        return []
    marcas = ", ".join(f":id{i}" for i in range(len(ids)))
    parametros = {"asociacion": asociacion_id, "hoy": hoy, **{f"id{i}": v for i, v in enumerate(ids)}}
    # Por la clave primaria, digan lo que digan las estadísticas: con ellas viejas (las de cuando la asociación tenía
    # cien miembros), SQLite recorría el índice de la asociación entera para elegir 200 (10 ms con 100.000 miembros,
    # en el camino de la ventana a su primera pintura). El «+» saca a la asociación de la búsqueda por índice.
    return db.execute(_PADRON_DE + f"WHERE m.id IN ({marcas}) AND +m.asociacion_id = :asociacion",
                      parametros).fetchall()


def padron_del_pais(db: BaseDeDatos, asociacion_id: int, hoy: str, pais: str):
    """Un cursor sobre las filas de `padron_en_tuplas` de los miembros de ese país, sin orden (se leen de a tramos)."""
    return db.execute(_PADRON + " AND m.pais = :pais", {"asociacion": asociacion_id, "hoy": hoy, "pais": pais})


def contar(db: BaseDeDatos, asociacion_id: int) -> int:
    return db.execute("SELECT count(*) FROM miembros WHERE asociacion_id = ?", [asociacion_id]).fetchone()[0]


def _por_lotes(db: BaseDeDatos, sql: str, filas: list, avance: Callable[[int], None]) -> None:
    for inicio in range(0, len(filas), TAMANO_LOTE):
        lote = filas[inicio:inicio + TAMANO_LOTE]
        db.executemany(sql, lote)
        avance(len(lote))


def escribir_lotes(db: BaseDeDatos, tareas: Iterable[tuple[str, list]], progreso: Progreso | None = None) -> None:
    """Ejecuta (sql, filas) en lotes dentro de la transacción abierta, informando el avance total."""
    tareas = [(sql, filas) for sql, filas in tareas if filas]
    total, hecho = sum(len(filas) for _, filas in tareas), 0

    def avance(cantidad: int) -> None:
        nonlocal hecho
        hecho += cantidad
        if progreso:
            progreso(hecho, total)

    for sql, filas in tareas:
        _por_lotes(db, sql, filas, avance)
        if sql is INSERTAR_MIEMBRO:
            seguir_numeracion(db, "miembros")


# Las tablas en las que una importación inserta filas nuevas (sus altas se anotan en bloque: bitacora.py).
TABLAS_DE_LA_IMPORTACION = ["miembros", "poblaciones", "estados_miembro", "autoridades", "ubicaciones_miembro"]


def escribir_importacion(db: BaseDeDatos, *, miembros: list, fichas: list, poblaciones: list, estados: list,
                         cierres: list, autoridades: list, ubicaciones: list = (), altas=None) -> None:
    """Un lote de una importación, en este orden, dentro de la transacción abierta: miembros nuevos (filas de
    INSERTAR_MIEMBRO), fichas actualizadas (ACTUALIZAR_FICHA), poblaciones, estados, autoridades que terminan
    (CERRAR_AUTORIDAD), autoridades nuevas y ubicaciones en el mapa (nuevas o corregidas: ubicaciones.GUARDAR; la
    corregida se anota en la bitácora con su trigger de cambios).

    `altas` (un bitacora.AltasEnBloque): anota en la bitácora las altas de cada tabla apenas insertadas, de una vez,
    en lugar de que su trigger lo haga fila por fila."""
    for sql, filas, tabla in ((INSERTAR_MIEMBRO, miembros, "miembros"), (ACTUALIZAR_FICHA, fichas, None),
                              (INSERTAR_POBLACION, poblaciones, "poblaciones"),
                              (INSERTAR_ESTADO, estados, "estados_miembro"), (CERRAR_AUTORIDAD, cierres, None),
                              (INSERTAR_AUTORIDAD, autoridades, "autoridades"),
                              (GUARDAR_UBICACION, ubicaciones, "ubicaciones_miembro")):
        if not filas:
            continue
        desde = altas.ultimo_id(tabla) if altas is not None and tabla else None
        db.executemany(sql, filas)
        if sql is INSERTAR_MIEMBRO:
            seguir_numeracion(db, "miembros")
        if desde is not None:  # antes de cualquier otro cambio: el alta anota la fila tal como se insertó
            altas.anotar(tabla, desde)


def proximo_id(db: BaseDeDatos) -> int:
    return (db.execute("SELECT coalesce(max(id), 0) FROM miembros").fetchone()[0]) + 1


def clave_de(pais: str | None, region: str | None, nombre: str | None) -> str:
    """El valor de la columna `clave`: la clave de emparejamiento como texto (JSON, sin ambigüedades)."""
    return texto_de_clave(clave_emparejamiento(pais, region, nombre))


def texto_de_clave(clave: tuple[str, str, str]) -> str:
    """Una clave de emparejamiento ya calculada, como la guarda la columna `clave` (la importación la calcula una
    sola vez por fila)."""
    return _A_JSON(list(clave))


# Lo mismo que json.dumps(…, ensure_ascii=False), sin armar un codificador en cada llamada.
_A_JSON = json.JSONEncoder(ensure_ascii=False).encode


# El último valor de cada fila es la clave: clave_de(pais, region, nombre).
INSERTAR_MIEMBRO = (
    "INSERT INTO miembros (id, asociacion_id, tipo, nombre, pais, region, codigo, fecha_ingreso, "
    "modo_ingreso, fundador, correo, telefono, clave) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
ACTUALIZAR_FICHA = (
    "UPDATE miembros SET nombre = ?, pais = ?, region = ?, codigo = ?, tipo = ?, fecha_ingreso = ?, "
    "correo = ?, telefono = ?, fundador = ?, modo_ingreso = ?, clave = CASE WHEN ? = 1 THEN clave ELSE ? END WHERE id = ?")
# En ACTUALIZAR_FICHA, antes del id: (conservar la clave guardada, clave nueva). Se conserva la de un duplicado
# anterior al índice que no cambia de nombre, país ni región (así no choca con el índice ni lo deja sin clave).
INSERTAR_POBLACION = "INSERT INTO poblaciones (miembro_id, cifra, anio, fuente) VALUES (?, ?, ?, ?)"


def estados_vigentes(db: BaseDeDatos, asociacion_id: int, hoy: str) -> dict[int, tuple[str, str, str | None]]:
    """(estado, desde, motivo) del estado que rige el día `hoy` (ISO) de cada miembro que tiene alguno registrado."""
    return {fila[0]: (fila[1], fila[2], fila[3]) for fila in db.execute(
        "SELECT m.id, e.estado, e.desde, e.motivo FROM miembros m JOIN estados_miembro e ON e.id = ("
        "  SELECT id FROM estados_miembro WHERE miembro_id = m.id AND desde <= :hoy ORDER BY desde DESC, id DESC LIMIT 1)"
        " WHERE m.asociacion_id = :asociacion", {"asociacion": asociacion_id, "hoy": hoy})}


def cifras_por_miembro(db: BaseDeDatos, asociacion_id: int) -> dict[int, set[tuple[int, int | None]]]:
    """Todas las cifras (cifra, año) registradas de cada miembro: para no repetir una cifra histórica."""
    cifras: dict[int, set] = {}
    for miembro_id, cifra, anio in db.execute(
            "SELECT p.miembro_id, p.cifra, p.anio FROM poblaciones p JOIN miembros m ON m.id = p.miembro_id "
            "WHERE m.asociacion_id = ?", [asociacion_id]):
        cifras.setdefault(miembro_id, set()).add((cifra, anio))
    return cifras
INSERTAR_ESTADO = "INSERT INTO estados_miembro (miembro_id, estado, desde, motivo) VALUES (?, ?, ?, ?)"
# La autoridad saliente termina el día anterior a la entrante (o el mismo día, si recién había empezado).
# Solo se cierran mandatos que empezaron antes que el nuevo (?3); un mandato posterior no se toca.
CERRAR_AUTORIDAD = (
    "UPDATE autoridades SET hasta = CASE WHEN desde > ?1 THEN desde ELSE ?1 END WHERE miembro_id = ?2 "
    "AND (hasta IS NULL OR hasta > ?1)"
    " AND (desde IS NULL OR desde < ?3)")
INSERTAR_AUTORIDAD = "INSERT INTO autoridades (miembro_id, persona, cargo, desde, hasta) VALUES (?, ?, ?, ?, ?)"
INSERTAR_CONTACTO = "INSERT INTO contactos (miembro_id, nombre, rol, correo, telefono) VALUES (?, ?, ?, ?, ?)"
ACTUALIZAR_CONTACTO = "UPDATE contactos SET nombre = ?, rol = ?, correo = ?, telefono = ? WHERE id = ? AND miembro_id = ?"
QUITAR_CONTACTO = "DELETE FROM contactos WHERE id = ?"


def ficha(db: BaseDeDatos, miembro_id: int) -> dict | None:
    return next(db.query("SELECT * FROM miembros WHERE id = ?", [miembro_id]), None)


def historia(db: BaseDeDatos, miembro_id: int) -> dict[str, list[dict]]:
    """Poblaciones, estados, autoridades y contactos de un miembro, del más reciente al más antiguo."""
    consultas = {
        "poblaciones": f"SELECT id, cifra, anio, fuente, vigente_desde, registrada_en FROM poblaciones WHERE miembro_id = ? "
                       f"ORDER BY {RIGE_DESDE} DESC, id DESC",
        "estados": "SELECT id, estado, desde, motivo, registrado_en FROM estados_miembro WHERE miembro_id = ? ORDER BY desde DESC, id DESC",
        "autoridades": "SELECT id, persona, cargo, desde, hasta FROM autoridades WHERE miembro_id = ? ORDER BY coalesce(desde, '') DESC, id DESC",
        "contactos": "SELECT id, nombre, rol, correo, telefono, recibe FROM contactos WHERE miembro_id = ? ORDER BY id",
    }
    return {clave: list(db.query(sql, [miembro_id])) for clave, sql in consultas.items()}


def codigo_en_uso(db: BaseDeDatos, asociacion_id: int, codigo: str, salvo_id: int | None) -> bool:
    return db.execute(
        f"SELECT 1 FROM miembros WHERE asociacion_id = ? AND codigo = ? AND id {distinto(db)} ?",
        [asociacion_id, codigo, salvo_id]).fetchone() is not None


def insertar_ficha(db: BaseDeDatos, asociacion_id: int, f: dict) -> int:
    return db.insertar(
        "INSERT INTO miembros (asociacion_id, tipo, nombre, pais, region, codigo, fecha_ingreso, modo_ingreso, "
        "fundador, correo, telefono, clave) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [asociacion_id, f["tipo"], f["nombre"], f["pais"], f["region"], f["codigo"], f["fecha_ingreso"],
         f["modo_ingreso"], f["fundador"], f["correo"], f["telefono"],
         clave_de(f["pais"], f["region"], f["nombre"])])


def actualizar_ficha(db: BaseDeDatos, miembro_id: int, f: dict, *, conservar_clave: bool = False) -> None:
    """Con `conservar_clave` queda la clave guardada: un duplicado anterior al índice que se edita sin renombrarlo."""
    db.execute(
        "UPDATE miembros SET tipo = ?, nombre = ?, pais = ?, region = ?, codigo = ?, fecha_ingreso = ?, "
        "modo_ingreso = ?, fundador = ?, correo = ?, telefono = ?, clave = CASE WHEN ? = 1 THEN clave ELSE ? END "
        "WHERE id = ?",
        [f["tipo"], f["nombre"], f["pais"], f["region"], f["codigo"], f["fecha_ingreso"], f["modo_ingreso"],
         f["fundador"], f["correo"], f["telefono"], conservar_clave, clave_de(f["pais"], f["region"], f["nombre"]),
         miembro_id])


def con_la_misma_clave(db: BaseDeDatos, asociacion_id: int, pais: str, region: str | None, nombre: str,
                       codigo: str | None = None, salvo_id: int | None = None) -> dict | None:
    """El miembro de la asociación que sería el mismo que (país, región, nombre, código), si hay (salvo
    `salvo_id`): la misma clave de emparejamiento, salvo que ambos tengan código.

    Se compara la clave calculada, no la columna: también encuentra los duplicados anteriores al índice
    (que quedaron con la clave vacía) y las filas escritas por fuera de Escritorio.
    """
    buscada = clave_emparejamiento(pais, region, nombre)
    for fila in del_pais(db, asociacion_id, pais, salvo_id):
        if clave_emparejamiento(fila["pais"], fila["region"], fila["nombre"]) == buscada and not (codigo and fila["codigo"]):
            return fila
    return None


def del_pais(db: BaseDeDatos, asociacion_id: int, pais: str, salvo_id: int | None = None) -> Iterator[dict]:
    """{id, nombre, pais, region, codigo} de cada miembro de la asociación de ese país (salvo `salvo_id`), por id."""
    return db.query("SELECT id, nombre, pais, region, codigo FROM miembros WHERE asociacion_id = ? AND pais = ? "
                    f"AND id {distinto(db)} ? ORDER BY id", [asociacion_id, (pais or "").upper(), salvo_id])


def claves_desactualizadas(db: BaseDeDatos) -> list[dict]:
    """Miembros cuya clave guardada no es la de su país, región y nombre (cambiados por fuera de Escritorio).
    Una clave vacía no cuenta: es la de un duplicado anterior al índice (lo informa `duplicados`)."""
    return [fila for fila in db.query("SELECT id, nombre, pais, region, clave FROM miembros WHERE clave IS NOT NULL "
                                      "ORDER BY id")
            if fila["clave"] != clave_de(fila["pais"], fila["region"], fila["nombre"])]


def claves_desactualizadas_de(db: BaseDeDatos, ids: list[int]) -> list[dict]:
    """`claves_desactualizadas` de esos miembros (la verificación desde un punto de control: los que cambiaron)."""
    ids = sorted(ids)
    return [fila for inicio in range(0, len(ids), 500) for fila in db.query(
        "SELECT id, nombre, pais, region, clave FROM miembros WHERE clave IS NOT NULL AND id IN ("
        + ", ".join("?" for _ in ids[inicio:inicio + 500]) + ") ORDER BY id", ids[inicio:inicio + 500])
        if fila["clave"] != clave_de(fila["pais"], fila["region"], fila["nombre"])]


def duplicados_de(db: BaseDeDatos, ids: list[int]) -> list[list[dict]]:
    """`duplicados` que incluyen a alguno de esos miembros, sin calcular la clave de todos: los demás con la misma se
    buscan por la columna `clave` (al día en los que no cambiaron: lo comprobó la verificación del punto), y los que
    no la tienen (duplicados anteriores al índice, pocos) por la calculada."""
    columnas = "id, asociacion_id, nombre, pais, region, codigo, clave"
    ids = sorted(ids)
    tocados = [fila for inicio in range(0, len(ids), 500) for fila in db.query(
        f"SELECT {columnas} FROM miembros WHERE id IN (" + ", ".join("?" for _ in ids[inicio:inicio + 500])
        + ")", ids[inicio:inicio + 500])]
    sin_clave = list(db.query(f"SELECT {columnas} FROM miembros WHERE clave IS NULL"))
    grupos: dict[tuple, dict[int, dict]] = {}
    for fila in tocados:
        clave = clave_emparejamiento(fila["pais"], fila["region"], fila["nombre"])
        grupo = grupos.setdefault((fila["asociacion_id"], *clave), {})
        grupo[fila["id"]] = fila
        # sin código, por su índice único; con código, entre los de su país (el índice de asociación y país)
        for otra in [*db.query(f"SELECT {columnas} FROM miembros WHERE asociacion_id = ? AND clave = ? AND "
                               "codigo IS NULL", [fila["asociacion_id"], texto_de_clave(clave)]),
                     *db.query(f"SELECT {columnas} FROM miembros WHERE asociacion_id = ? AND pais = ? AND clave = ? "
                               "AND codigo IS NOT NULL", [fila["asociacion_id"], clave[0], texto_de_clave(clave)])]:
            grupo.setdefault(otra["id"], otra)
        for otra in sin_clave:
            if otra["asociacion_id"] == fila["asociacion_id"] and clave_emparejamiento(
                    otra["pais"], otra["region"], otra["nombre"]) == clave:
                grupo.setdefault(otra["id"], otra)
    return [[grupo[i] for i in sorted(grupo)] for grupo in grupos.values()
            if len(grupo) > 1 and not all(m["codigo"] for m in grupo.values())]


def duplicados(db: BaseDeDatos) -> list[list[dict]]:
    """Grupos de miembros de una misma asociación con la misma clave de emparejamiento (calculada) que no
    tienen todos código (con códigos distintos son homónimos, no duplicados)."""
    grupos: dict[tuple, list[dict]] = {}
    for fila in db.query("SELECT id, asociacion_id, nombre, pais, region, codigo, clave FROM miembros ORDER BY id"):
        grupos.setdefault((fila["asociacion_id"], *clave_emparejamiento(fila["pais"], fila["region"], fila["nombre"])),
                          []).append(fila)
    return [grupo for grupo in grupos.values() if len(grupo) > 1 and not all(m["codigo"] for m in grupo)]


def recientes(db: BaseDeDatos, asociacion_id: int, limite: int = 10) -> list[dict]:
    """Los últimos cambios registrados (altas, cifras de población, estados), del más nuevo al más viejo. El
    `detalle` es texto en los dos motores (la cifra de población también: PostgreSQL no une enteros con texto). De lo
    anotado en el mismo minuto (una importación entera), primero las altas (la cifra y el estado con que entra un
    miembro son parte de su alta), del último miembro al primero: sin ese desempate, cada motor elegía otros diez.
    Por minuto y no por segundo: PostgreSQL anota toda una transacción con su hora de inicio y SQLite cada sentencia
    con la suya, así que una importación que cruza un segundo quedaba partida solo en el archivo (el tablero muestra
    el día, no la hora)."""
    return list(db.query(
        """SELECT * FROM (
             SELECT m.creado_en AS cuando, m.id AS miembro_id, m.nombre, 'alta' AS tipo, CAST(NULL AS TEXT) AS detalle
             FROM miembros m WHERE m.asociacion_id = :a
             UNION ALL
             SELECT p.registrada_en, m.id, m.nombre, 'poblacion', CAST(p.cifra AS TEXT)
             FROM poblaciones p JOIN miembros m ON m.id = p.miembro_id WHERE m.asociacion_id = :a
             UNION ALL
             SELECT e.registrado_en, m.id, m.nombre, 'estado', e.estado
             FROM estados_miembro e JOIN miembros m ON m.id = e.miembro_id WHERE m.asociacion_id = :a
           ) AS cambios
           ORDER BY substr(cuando, 1, 16) DESC, CASE tipo WHEN 'alta' THEN 0 ELSE 1 END, miembro_id DESC, tipo
           LIMIT :limite""", {"a": asociacion_id, "limite": limite}))


def nombre_en_asociacion(db: BaseDeDatos, asociacion_id: int, miembro_id: int) -> dict | None:
    """{id, nombre} del miembro si es de esa asociación; None si no."""
    return next(db.query("SELECT id, nombre FROM miembros WHERE id = ? AND asociacion_id = ?", [miembro_id, asociacion_id]),
                None)


def nombres_y_paises(db: BaseDeDatos, asociacion_id: int) -> list[tuple[int, str, str]]:
    """(id, nombre, país) de cada miembro de la asociación: lo liviano, sin los datos vigentes del padrón."""
    return db.execute("SELECT id, nombre, pais FROM miembros WHERE asociacion_id = ?", [asociacion_id]).fetchall()


def nombres_paises_y_regiones(db: BaseDeDatos, asociacion_id: int) -> list[tuple[int, str, str, str | None]]:
    """(id, nombre, país, región) de cada miembro de la asociación."""
    return db.execute("SELECT id, nombre, pais, region FROM miembros WHERE asociacion_id = ?", [asociacion_id]).fetchall()


def ficha_corta(db: BaseDeDatos, miembro_id: int) -> dict | None:
    """{id, nombre, asociacion_id, fecha_ingreso} del miembro; None si no existe."""
    return next(db.query("SELECT id, nombre, asociacion_id, fecha_ingreso FROM miembros WHERE id = ?", [miembro_id]), None)


def ultimo_estado(db: BaseDeDatos, miembro_id: int) -> tuple[str, str] | None:
    """(estado, desde) del último estado registrado del miembro; None si no tiene."""
    return db.execute("SELECT estado, desde FROM estados_miembro WHERE miembro_id = ? ORDER BY desde DESC, id DESC "
                      "LIMIT 1", [miembro_id]).fetchone()


def insertar_estado(db: BaseDeDatos, miembro_id: int, estado: str, desde: str, motivo: str) -> None:
    """Un estado del miembro (activo, suspendido, baja) desde esa fecha, con su motivo."""
    db.execute(INSERTAR_ESTADO, [miembro_id, estado, desde, motivo])


def insertar_poblacion(db: BaseDeDatos, miembro_id: int, cifra: int, anio: int | None, fuente: str | None) -> None:
    """Una cifra de población del miembro, con su año y su fuente."""
    db.execute(INSERTAR_POBLACION, [miembro_id, cifra, anio, fuente])


def cerrar_autoridades(db: BaseDeDatos, miembro_id: int, dia_anterior: str, desde: str) -> None:
    """Las autoridades del miembro que seguirían en `desde` (empezadas antes) terminan `dia_anterior`."""
    db.execute(CERRAR_AUTORIDAD, [dia_anterior, miembro_id, desde])


def insertar_autoridad(db: BaseDeDatos, miembro_id: int, persona: str, cargo: str, desde: str, hasta: str | None) -> None:
    """Una autoridad del miembro (persona y cargo) desde `desde`, hasta `hasta` o sin fin."""
    db.execute(INSERTAR_AUTORIDAD, [miembro_id, persona, cargo, desde, hasta])


def sin_codigo_con_la_clave(db: BaseDeDatos, asociacion_id: int, clave: str) -> dict | None:
    """{id, nombre, pais, region, codigo} del miembro sin código con esa clave de emparejamiento; None si no hay."""
    return next(db.query("SELECT id, nombre, pais, region, codigo FROM miembros WHERE asociacion_id = ? AND clave = ? "
                         "AND codigo IS NULL", [asociacion_id, clave]), None)


def insertar_contacto(db: BaseDeDatos, miembro_id: int, nombre: str, rol: str | None, correo: str | None,
                      telefono: str | None) -> int:
    """Un contacto del miembro; devuelve su id."""
    return db.insertar(INSERTAR_CONTACTO, [miembro_id, nombre, rol, correo, telefono])


def contacto(db: BaseDeDatos, miembro_id: int, contacto_id: int) -> dict | None:
    """{id, nombre, rol, correo, telefono} del contacto si es de ese miembro; None si no."""
    return next(db.query("SELECT id, nombre, rol, correo, telefono FROM contactos WHERE id = ? AND miembro_id = ?",
                         [contacto_id, miembro_id]), None)


def actualizar_contacto(db: BaseDeDatos, miembro_id: int, contacto_id: int, nombre: str, rol: str | None,
                        correo: str | None, telefono: str | None) -> None:
    """Reescribe el contacto (solo si es de ese miembro)."""
    db.execute(ACTUALIZAR_CONTACTO, [nombre, rol, correo, telefono, contacto_id, miembro_id])


def quitar_contacto(db: BaseDeDatos, contacto_id: int) -> None:
    """Borra el contacto (los contactos no son historia)."""
    db.execute(QUITAR_CONTACTO, [contacto_id])


def nombres(db: BaseDeDatos, miembro_ids: list[int]) -> dict[int, str]:
    """id -> nombre de esos miembros (los que existen)."""
    return {f[0]: f[1] for f in db.execute(
        f"SELECT id, nombre FROM miembros WHERE id IN ({', '.join('?' for _ in miembro_ids)})", miembro_ids)}


def es_de_la_asociacion(db: BaseDeDatos, asociacion_id: int, miembro_id: int) -> bool:
    """Si el miembro existe y es de esa asociación."""
    return db.execute("SELECT 1 FROM miembros WHERE id = ? AND asociacion_id = ?",
                      [miembro_id, asociacion_id]).fetchone() is not None


# Lo que cita a un miembro además de su alta: tabla -> (condición, cuántas filas trae el alta misma). Las tres
# primeras se borran con el miembro (ON DELETE CASCADE) y el alta ya trae una; las demás lo citan y la base
# impediría borrarlo.
CITAS_DEL_MIEMBRO = {
    "poblaciones": ("miembro_id = :id", 1),
    "estados_miembro": ("miembro_id = :id", 1),
    "calidades_miembro": ("miembro_id = :id", 0),
    "integrantes_de_grupo": ("miembro_id = :id", 0),
    "valores_indicador": ("miembro_id = :id", 0),
    "autoridades": ("miembro_id = :id", 1),
    "cargos": ("miembro_id = :id", 0),
    "pagos": ("miembro_id = :id", 0),
    "exenciones": ("miembro_id = :id", 0),
    "mandatos": ("miembro_id = :id OR en_nombre_de = :id", 0),
    "orden_sucesion": ("miembro_id = :id", 0),
    "actividades": ("responsable_id = :id", 0),
    "asistencias": ("miembro_id = :id OR poder_a = :id", 0),
    "habilitados_votacion": ("miembro_id = :id", 0),
    "firmantes_declaracion": ("miembro_id = :id", 0),
    "candidaturas": ("miembro_id = :id", 0),
    "votos_eleccion": ("miembro_id = :id", 0),
    "efectos_resolucion": ("miembro_id = :id", 0),
    "puntos_miembros": ("miembro_id = :id", 0),
    "autores_mocion": ("miembro_id = :id", 0),
    "autores_enmienda": ("miembro_id = :id", 0),
    "habilitados_sala": ("miembro_id = :id", 0),
    "codigos_de_voto": ("miembro_id = :id", 0),
    "votos_nominales": ("miembro_id = :id", 0),
    "oradores": ("miembro_id = :id", 0),
    "partes_convenio": ("miembro_id = :id", 0),
    "mensajes": ("miembro_id = :id", 0),
}


def historia_posterior_al_alta(db: BaseDeDatos, miembro_id: int) -> dict[str, int]:
    """tabla -> cuántas filas de esa tabla citan al miembro (CITAS_DEL_MIEMBRO), sin contar las que trae el alta."""
    cantidades = {}
    for tabla, (condicion, del_alta) in CITAS_DEL_MIEMBRO.items():
        cantidades[tabla] = db.execute(f"SELECT count(*) FROM {tabla} WHERE {condicion}",
                                       {"id": miembro_id}).fetchone()[0] - del_alta
    return cantidades


def borrar(db: BaseDeDatos, miembro_id: int) -> None:
    """Borra el miembro (y, en cascada, su alta: población, estado y autoridad)."""
    db.execute("DELETE FROM miembros WHERE id = ?", [miembro_id])
