"""Sellado y verificación de la bitácora: cada transacción cierra sus registros con una huella SHA-256
encadenada a la del sello anterior (como un libro foliado: no se puede arrancar ni cambiar una hoja). Y las altas
anotadas de a lotes, para las importaciones grandes (`altas_en_bloque`)."""

import json
import os
import re
import sqlite3
from collections.abc import Sequence
from contextlib import contextmanager
from datetime import datetime, timezone

from ..dominio.traduccion import traducir
from .base_de_datos import BaseDeDatos

_operador: str | None = None


def fijar_operador(nombre: str | None) -> None:
    """Nombre de quien opera (opcional), además del usuario del sistema operativo."""
    global _operador
    _operador = (nombre or "").strip() or None


def quien_opera() -> str:
    """Quién hace el cambio, como lo anota el sello: el usuario del sistema y, si se dio, el nombre de quien opera."""
    operador = _operador or os.environ.get("ESCRITORIO_OPERADOR") or None
    return f"{_usuario()} ({operador})" if operador else _usuario()


def _usuario() -> str:
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # sin variable de usuario (servicio, contenedor): se deja constancia igual
        return "desconocido"


# Cada registro se serializa en SQL y se resume en Python: la serie del tramo son los registros unidos por
# char(30), en orden de id (como la armaría group_concat, pero de a tramos: una importación de 100.000 miembros
# sella 400.000 registros, y la serie entera en memoria pasaría de 100 MB). Detrás de un registro con valores
# personales (valores_personales.py) va char(31) y sus compromisos: el sello los cubre a ellos, no a los valores.
_SERIE = ("SELECT id, id || char(31) || entidad || char(31) || coalesce(entidad_id, '') || char(31) || accion || "
          "char(31) || datos, accion, datos FROM bitacora WHERE id BETWEEN ? AND ? ORDER BY id")
_SERIE_POSTGRESQL = ("SELECT id, id || chr(31) || entidad || chr(31) || coalesce(entidad_id::text, '') || chr(31) || "
                     "accion || chr(31) || datos, accion, datos FROM bitacora WHERE id BETWEEN ? AND ? ORDER BY id")
# Para rehacer la huella de hoy en el servidor basta el id y la serie: sin `accion` y `datos` aparte, cada texto se
# lee una sola vez (en un archivo, la arma SQLite entera: `_SERIE_EN_BLOQUE`).
_SERIE_SOLA_POSTGRESQL = _SERIE_POSTGRESQL.replace(", accion, datos FROM", " FROM")
_REGISTROS_POR_TRAMO = 5000


def _huella(db: BaseDeDatos, anterior: str | None, momento: str, usuario: str | None, operador: str | None,
            desde: int, hasta: int, *, como_se_sello: bool = False) -> tuple[str | None, int]:
    """(huella, cantidad de registros) del tramo `desde`…`hasta`. Con `como_se_sello`, la de un sello anterior a la
    migración 0057, que cubría los valores personales en claro: se rehace con cada valor en su lugar; None si alguno
    se suprimió (ya no se puede rehacer; ese sello se comprueba con su huella sin valores, `sellos_anteriores`)."""
    import hashlib   # solo al escribir: una orden que solo lee no lo importa

    digesto = hashlib.sha256("\x1f".join((anterior or "", momento, usuario or "", operador or "")).encode("utf-8"))
    if como_se_sello:
        return _huella_como_se_sello(db, digesto, desde, hasta)
    if db.dialecto == "postgresql":
        return _huella_en_el_servidor(db, digesto, desde, hasta)
    return _huella_en_sqlite(db, digesto, desde, hasta)


def _huella_como_se_sello(db: BaseDeDatos, digesto, desde: int, hasta: int) -> tuple[str | None, int]:
    """`_huella` de un sello anterior a la 0057, con los valores personales en claro en su lugar."""
    from . import valores_personales

    cursor = db.execute(_SERIE_POSTGRESQL if db.dialecto == "postgresql" else _SERIE, [desde, hasta])
    cantidad, separador = 0, ""
    while tramo := cursor.fetchmany(_REGISTROS_POR_TRAMO):
        cantidad += len(tramo)
        originales = valores_personales.valores_de(
            db, [r for r, _, _, d in tramo if isinstance(d, str) and valores_personales.MARCA_JSON in d])
        textos = []
        for registro, texto, accion, datos in tramo:
            if registro in originales:
                original = valores_personales.texto_original(datos, accion, originales[registro])
                if original is None:
                    return None, cantidad
                texto = texto[:len(texto) - len(datos)] + original
            if texto is not None:
                textos.append(texto)
        if textos:
            digesto.update((separador + "\x1e".join(textos)).encode("utf-8"))
            separador = "\x1e"
    return digesto.hexdigest(), cantidad


def _huella_en_el_servidor(db: BaseDeDatos, digesto, desde: int, hasta: int) -> tuple[str, int]:
    """`_huella` de hoy en el servidor: la serie de cada registro en SQL, con los compromisos de sus valores personales
    detrás, resumida en Python de a tramos."""
    from . import valores_personales

    cursor = db.execute(_SERIE_SOLA_POSTGRESQL, [desde, hasta])
    cantidad, separador = 0, ""
    while tramo := cursor.fetchmany(_REGISTROS_POR_TRAMO):
        cantidad += len(tramo)
        # los compromisos de los valores de este tramo (de a tramos: no todos los del sello en memoria)
        sufijos = valores_personales.sufijos_de_compromisos(db, tramo[0][0], tramo[-1][0])
        textos = [texto + "\x1f" + sufijos[registro] if registro in sufijos else texto
                  for registro, texto in tramo if texto is not None]  # group_concat omitía los nulos
        if textos:
            digesto.update((separador + "\x1e".join(textos)).encode("utf-8"))
            separador = "\x1e"
    return digesto.hexdigest(), cantidad


# La serie de un tramo armada entera en SQLite (issue 77, §6): los registros unidos por char(30) en orden de id, cada
# uno con char(31) y sus compromisos detrás si tiene valores personales, en bytes UTF-8. Es la misma serie que arma
# Python de a registro (el orden del group_concat es el de la subconsulta: SQLite no aplana una subconsulta ordenada
# bajo un agregado), pero sin un objeto de Python por registro: SQLite la arma sin el GIL, y la verificación completa
# de una base grande (millones de registros) la hace a la par de las otras comprobaciones.
_SERIE_EN_BLOQUE = (
    "SELECT count(*), CAST(group_concat(texto, char(30)) AS BLOB) FROM (SELECT iif(b.datos IS NULL OR b.entidad IS "
    "NULL OR b.accion IS NULL, NULL, printf('%d\x1f%s\x1f%s\x1f%s\x1f%s', b.id, b.entidad, coalesce(b.entidad_id, ''), "
    "b.accion, b.datos)){compromisos} AS texto FROM bitacora b{con_compromisos} WHERE b.id BETWEEN ?1 AND ?2 "
    "ORDER BY b.id)")
# Los compromisos de los registros del tramo, ya unidos por registro en el orden de su posición (el de la clave de
# bitacora_valores, que SQLite recorre sin ordenar aparte).
_COMPROMISOS = " || coalesce(char(31) || s.sufijo, '')"
_CON_COMPROMISOS = (" LEFT JOIN (SELECT registro_id, group_concat(posicion || ':' || coalesce(compromiso, ''), ',') "
                    "AS sufijo FROM bitacora_valores WHERE registro_id BETWEEN ?1 AND ?2 GROUP BY registro_id) s "
                    "ON s.registro_id = b.id")


def _huella_en_sqlite(db: BaseDeDatos, digesto, desde: int, hasta: int) -> tuple[str, int]:
    """`_huella` de hoy en un archivo: la serie de a tramos armada por SQLite (`_SERIE_EN_BLOQUE`)."""
    from . import valores_personales

    con_valores = valores_personales.disponible(db)   # antes de la migración 0057 no hay compromisos
    consulta = _SERIE_EN_BLOQUE.format(compromisos=_COMPROMISOS if con_valores else "",
                                       con_compromisos=_CON_COMPROMISOS if con_valores else "")
    cantidad, separador = 0, b""
    for inicio in range(desde, hasta + 1, _REGISTROS_POR_TRAMO):
        registros, serie = db.execute(consulta, [inicio, min(hasta, inicio + _REGISTROS_POR_TRAMO - 1)]).fetchone()
        cantidad += registros
        if serie:
            digesto.update(separador + serie)
            separador = b"\x1e"
    return digesto.hexdigest(), cantidad


def huella_del_tramo(db: BaseDeDatos, anterior: str | None, momento: str, usuario: str | None, operador: str | None,
                     desde: int, hasta: int) -> tuple[str, int]:
    """(huella, cantidad de registros) del tramo, como la calcula hoy un sello: con los compromisos de los valores
    personales en lugar de los valores."""
    return _huella(db, anterior, momento, usuario, operador, desde, hasta)


def _ultimo_sello(db: BaseDeDatos):
    return db.execute("SELECT hasta_id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()


def ultimo_registro_al_empezar(db: BaseDeDatos) -> int | None:
    """Al empezar una transacción: el último registro de la bitácora. Lo que haya después de él y antes del último
    sello cuando la transacción selle ya estaba al empezar sin sellar: no lo escribió esta transacción (`sellar`)."""
    try:
        return db.execute("SELECT coalesce(max(id), 0) FROM bitacora").fetchone()[0]
    except sqlite3.Error:  # una base aún sin bitácora (antes de las migraciones)
        return None


def _sellar_tramo(db: BaseDeDatos, anterior: str | None, desde: int, hasta: int) -> tuple[int, str]:
    momento = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")[:23]
    usuario, operador = _usuario(), _operador or os.environ.get("ESCRITORIO_OPERADOR") or None
    from . import valores_personales

    valores_personales.comprometer(db, desde, hasta)   # la sal y el compromiso de cada valor personal del tramo
    huella, _ = _huella(db, anterior, momento, usuario, operador, desde, hasta)
    cursor = db.execute("INSERT INTO bitacora_sellos (momento, usuario, operador, desde_id, hasta_id, huella_anterior, "
                        "huella) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [momento, usuario, operador, desde, hasta, anterior, huella])
    return cursor.lastrowid, huella


def sellar(db: BaseDeDatos, al_empezar: int | None = None) -> tuple[int, str] | None:
    """Dentro de la transacción que termina: sella los registros nuevos de la bitácora, si los hay.

    Un sello cubre solo lo que escribió esta transacción. Los registros que ya estaban sin sellar al empezarla
    (`al_empezar`: el último registro en ese momento) los dejó otro programa: se sellan aparte, en su propio sello, y
    se anota un incidente que dice qué tocaron (incidentes.py); «verificar» lo informa hasta que alguien lo reconoce.
    Devuelve (id, huella) del último sello (la nueva cabeza de la cadena), o None si no hubo cambios."""
    ultimo = _ultimo_sello(db)
    desde = (ultimo[0] if ultimo else 0) + 1
    anterior = ultimo[1] if ultimo else None
    from . import incidentes

    if al_empezar is not None and desde <= al_empezar and incidentes.disponibles(db):
        anterior = _sellar_tramo(db, anterior, desde, al_empezar)[1]
        incidentes.anotar(db, "filas_ajenas", incidentes.resumen_de_registros(db, desde, al_empezar),
                          desde=desde, hasta=al_empezar)
        desde = al_empezar + 1
    hasta = db.execute("SELECT max(id) FROM bitacora").fetchone()[0]
    if hasta is None or hasta < desde:
        return None
    return _sellar_tramo(db, anterior, desde, hasta)


def verificar(db: BaseDeDatos) -> list[str]:
    """Problemas de la bitácora: sellos que no coinciden, cadena rota, registros sin sellar. Vacía si está íntegra."""
    problemas, sueltos = verificar_cadena(db)
    return problemas + ([sin_sellar(sueltos)] if sueltos else [])


def sin_sellar(sueltos: int) -> str:
    return traducir("Bitácora: {0} registros sin sellar (cambios hechos por fuera de Escritorio).").format(sueltos)


def sellos_anteriores(db: BaseDeDatos) -> dict[int, tuple[str, str]]:
    """{sello: (su huella como se selló, su huella sin valores personales)} de los sellos anteriores a la migración
    0057 que cubrían valores personales en claro (esquema/valores_personales.py); vacío antes de ella."""
    if not db.tiene_tabla("sellos_anteriores"):
        return {}
    return {s: (original, sin_valores) for s, original, sin_valores in db.execute(
        "SELECT sello_id, huella_original, huella_sin_valores FROM sellos_anteriores")}


def sello_coincide(db: BaseDeDatos, sello: Sequence, anteriores: dict[int, tuple[str, str]]) -> tuple[bool, bool]:
    """(el sello coincide con sus registros, se pudo rehacer como se selló). `sello` es la fila entera de
    bitacora_sellos (id, momento, usuario, operador, desde, hasta, huella anterior, huella).

    Un sello de después de la 0057 se recalcula con los compromisos de sus valores personales. Uno de antes que los
    cubría en claro (`anteriores`) tiene que dar, además, su huella sin valores (la que la migración anotó y selló) y
    la huella guardada tiene que ser la que se anotó; y si ninguno de sus valores se suprimió, se rehace como se
    selló entonces, con los valores en su lugar (así un ancla vieja que lo cita sigue probando lo mismo)."""
    sello_id, momento, usuario, operador, desde, hasta, huella_anterior, huella = sello
    calculada, cantidad = _huella(db, huella_anterior, momento, usuario, operador, desde, hasta)
    if cantidad != hasta - desde + 1:
        return False, False
    if sello_id not in anteriores:
        return calculada == huella, True
    original, sin_valores = anteriores[sello_id]
    if calculada != sin_valores or huella != original:
        return False, False
    como_se_sello, _ = _huella(db, huella_anterior, momento, usuario, operador, desde, hasta, como_se_sello=True)
    if como_se_sello is None:
        return True, False   # un valor suprimido: vale la huella sin valores
    return como_se_sello == huella, True


def verificar_cadena(db: BaseDeDatos, desde: tuple[int, str, int] | None = None) -> tuple[list[str], int]:
    """(problemas de la cadena de sellos, en el idioma en curso; cuántos registros quedan sin sellar). `desde`: (sello,
    su huella, su último registro) de un punto de control ya comprobado: se sigue la cadena desde él."""
    problemas, anterior, fin_anterior = [], None, 0
    anteriores = sellos_anteriores(db)
    desde_sello = 0
    if desde is not None:
        desde_sello, anterior, fin_anterior = desde
    for sello in db.execute("SELECT id, momento, usuario, operador, desde_id, hasta_id, huella_anterior, huella FROM "
                            "bitacora_sellos WHERE id > ? ORDER BY id", [desde_sello]).fetchall():
        sello_id, desde, hasta, huella_anterior, huella = sello[0], sello[4], sello[5], sello[6], sello[7]
        if huella_anterior != anterior:
            problemas.append(traducir("Bitácora: la cadena de sellos está rota en el sello {0}.").format(sello_id))
        if desde != fin_anterior + 1:
            problemas.append(traducir("Bitácora: faltan o sobran registros antes del sello {0}.").format(sello_id))
        if not sello_coincide(db, (*sello[:6], anterior, huella), anteriores)[0]:
            problemas.append(traducir("Bitácora: los registros {0} a {1} fueron alterados (el sello {2} no "
                                      "coincide).").format(desde, hasta, sello_id))
        anterior, fin_anterior = huella, hasta
    sueltos = db.execute("SELECT count(*) FROM bitacora WHERE id > ?", [fin_anterior]).fetchone()[0]
    return problemas, sueltos


def saltos_en_los_sellos(db: BaseDeDatos, limite: int = 10) -> list[tuple[int, int]]:
    """(último antes del hueco, primero después) de cada salto en la numeración de los sellos: cada sello es el
    siguiente al último, así que un hueco es un sello quitado o una numeración movida a mano (issue 77, §5)."""
    return [tuple(f) for f in db.execute(
        "SELECT anterior, id FROM (SELECT id, lag(id) OVER (ORDER BY id) AS anterior FROM bitacora_sellos) x "
        "WHERE anterior IS NOT NULL AND id <> anterior + 1 ORDER BY id LIMIT ?", [limite]).fetchall()]


def sellos_sin_rehacer(db: BaseDeDatos) -> list[int]:
    """Los sellos anteriores a la 0057 que ya no se pueden rehacer como se sellaron porque cubren un valor
    suprimido (se comprueban con su huella sin valores personales)."""
    anteriores = sellos_anteriores(db)
    if not anteriores:
        return []
    sin_rehacer = []
    for sello in db.execute("SELECT id, momento, usuario, operador, desde_id, hasta_id, huella_anterior, huella FROM "
                            "bitacora_sellos WHERE id IN (SELECT sello_id FROM sellos_anteriores) ORDER BY id"):
        if _huella(db, sello[6], sello[1], sello[2], sello[3], sello[4], sello[5], como_se_sello=True)[0] is None:
            sin_rehacer.append(sello[0])
    return sin_rehacer


def alta_sellada(db: BaseDeDatos, tabla: str, fila_id: int) -> dict | None:
    """El sello que cubre el alta de una fila de una tabla de solo altas (documentos emitidos, sus archivos, las firmas
    digitales), si la bitácora la cubre: la fila tiene un solo registro, su alta, con los valores que tiene hoy; está
    dentro de un sello cuya huella se recalcula igual y que sigue al sello anterior. None si no: la fila se agregó o
    se cambió por fuera de Escritorio (con sqlite3, o con sus triggers quitados), o se tocó la bitácora.
    Devuelve {momento, usuario, operador} del sello: quién la registró y cuándo."""
    from .postgres import columnas_de

    columnas = columnas_de(db, tabla, sin_binarias=True)
    fila = db.execute(f"SELECT {', '.join(columnas)} FROM {tabla} WHERE id = ?", [fila_id]).fetchone()
    registros = db.execute("SELECT id, accion, datos FROM bitacora WHERE entidad = ? AND entidad_id = ? ORDER BY id",
                           [tabla, fila_id]).fetchall()
    if fila is None or len(registros) != 1 or registros[0][1] != "alta":
        return None
    from .incidentes import escrito_por_otro_programa

    if escrito_por_otro_programa(db, registros[0][0]):
        return None  # sellado aparte como incidente: lo escribió otro programa, no Escritorio
    from .valores_personales import legibles

    datos = legibles(db, registros, accion_en=1, datos_en=2)[0][2]
    try:
        if json.loads(datos) != list(fila):
            return None
    except ValueError:
        return None
    sello = db.execute("SELECT id, momento, usuario, operador, desde_id, hasta_id, huella_anterior, huella FROM "
                       "bitacora_sellos WHERE ? BETWEEN desde_id AND hasta_id ORDER BY id LIMIT 1",
                       [registros[0][0]]).fetchone()
    if sello is None:
        return None
    sello_id, momento, usuario, operador, desde, hasta, huella_anterior, huella = sello
    anterior = db.execute("SELECT hasta_id, huella FROM bitacora_sellos WHERE id < ? ORDER BY id DESC LIMIT 1",
                          [sello_id]).fetchone()
    if (anterior[1] if anterior else None) != huella_anterior or desde != (anterior[0] if anterior else 0) + 1:
        return None
    if not sello_coincide(db, sello, sellos_anteriores(db))[0]:
        return None
    return {"momento": momento, "usuario": usuario, "operador": operador}


# --- lectura para el visor y la exportación ---------------------------------------------------------------------

def entidades(db: BaseDeDatos) -> list[str]:
    """Las tablas que tienen algún registro en la bitácora, en orden alfabético."""
    return [f[0] for f in db.execute("SELECT DISTINCT entidad FROM bitacora ORDER BY entidad")]


def registros(db: BaseDeDatos, *, entidad: str | None, entidad_id: int | None, desde_utc: str | None,
              hasta_utc: str | None, limite: int):
    """(id, momento UTC o '', usuario, operador, entidad, entidad_id, acción, datos JSON), del más reciente al más viejo,
    leídos de a tramos, con los valores personales en su lugar (valores_personales.legibles); cada filtro en None no
    filtra; `hasta_utc` excluido; `limite` -1: sin límite."""
    from .valores_personales import legibles_de_a_tramos

    cursor = db.execute(
        """SELECT b.id, coalesce(s.momento, ''), s.usuario, s.operador, b.entidad, b.entidad_id, b.accion, b.datos
           FROM bitacora b LEFT JOIN bitacora_sellos s ON b.id BETWEEN s.desde_id AND s.hasta_id
           WHERE (:entidad IS NULL OR b.entidad = :entidad) AND (:id IS NULL OR b.entidad_id = :id)
             AND (:desde IS NULL OR s.momento >= :desde) AND (:hasta IS NULL OR s.momento < :hasta)
           ORDER BY b.id DESC LIMIT :limite""",
        {"entidad": entidad, "id": entidad_id, "desde": desde_utc, "hasta": hasta_utc, "limite": limite})
    return legibles_de_a_tramos(db, cursor, tramo=500, accion_en=6, datos_en=7)


def ultimo_registro(db: BaseDeDatos, entidad: str, entidad_id: int) -> tuple[str, str] | None:
    """(acción, datos JSON) del último registro de la bitácora sobre esa fila; None si no tiene."""
    from .valores_personales import legibles

    fila = db.execute("SELECT id, accion, datos FROM bitacora WHERE entidad = ? AND entidad_id = ? "
                      "ORDER BY id DESC LIMIT 1", [entidad, entidad_id]).fetchone()
    return legibles(db, [fila], accion_en=1, datos_en=2)[0][1:] if fila else None


def columnas_legibles(db: BaseDeDatos, tabla: str) -> list[str]:
    """Las columnas de la tabla en el orden en que la bitácora guarda sus valores, sin las BLOB (no se registran)."""
    from .postgres import columnas_de

    return columnas_de(db, tabla, sin_binarias=True)


def fila_actual(db: BaseDeDatos, tabla: str, fila_id) -> dict | None:
    """La fila `id = fila_id` de la tabla como está hoy; None si no existe."""
    return next(db.query(f"SELECT * FROM {tabla} WHERE id = ?", [fila_id]), None)


def filas_actuales(db: BaseDeDatos, tabla: str, desde: int, hasta: int) -> list[dict]:
    """Las filas de la tabla con `desde <= id < hasta`, como están hoy (las que existen)."""
    return list(db.query(f"SELECT * FROM {tabla} WHERE id >= ? AND id < ?", [desde, hasta]))


# --- el orden en que se escribieron las filas -------------------------------------------------------------------

def ultima_escritura(db: BaseDeDatos, entidad: str, ids: list[int]) -> dict[int, int]:
    """Por fila de `entidad` (de las `ids`): el id del último registro de la bitácora que la tocó (el orden en que
    se escribió); vacío si la base no tiene bitácora."""
    if not ids or not db.tiene_tabla("bitacora"):
        return {}
    marcas = ",".join("?" * len(ids))
    return {i: ultimo for i, ultimo in db.execute(
        f"SELECT entidad_id, max(id) FROM bitacora WHERE entidad = ? AND entidad_id IN ({marcas}) GROUP BY entidad_id",
        [entidad, *ids])}


def alta_de_version_de_articulo(db: BaseDeDatos, version_id: int) -> int | None:
    """El id del primer registro de la bitácora sobre esa versión de artículo (cuándo se registró); None si no tiene."""
    return db.execute("SELECT min(id) FROM bitacora WHERE entidad = 'versiones_articulo' "
                      "AND entidad_id = ?", [version_id]).fetchone()[0]


# --- altas en bloque (importaciones grandes) --------------------------------------------------------------------

# El trigger de altas tal como lo crea migraciones.disparadores_de_bitacora: solo columnas de la fila nueva.
_TRIGGER_DE_ALTAS = re.compile(
    r"CREATE\s+TRIGGER\s+(?P<nombre>\w+)\s+AFTER\s+INSERT\s+ON\s+(?P<tabla>\w+)\s+BEGIN\s+"
    r"INSERT\s+INTO\s+bitacora\s*\(\s*entidad\s*,\s*entidad_id\s*,\s*accion\s*,\s*datos\s*\)\s*VALUES\s*\(\s*"
    r"'(?P<entidad>\w+)'\s*,\s*NEW\.(?P<clave>\w+)\s*,\s*'alta'\s*,\s*json_array\((?P<columnas>[^()]*)\)\s*\)\s*;"
    r"\s*END\s*$", re.IGNORECASE)
_COLUMNA_NUEVA = re.compile(r"\s*NEW\.(\w+)\s*", re.IGNORECASE)


class AltasEnBloque:
    """Las altas de unas tablas anotadas en la bitácora de a lotes (un INSERT … SELECT por lote) en lugar de fila
    por fila con su trigger: lo mismo, con el mismo JSON y en el mismo orden, en una fracción del tiempo. Se usa
    con `altas_en_bloque`; después de cada INSERT de filas nuevas en una tabla, `anotar(tabla, desde)` con el
    `ultimo_id(tabla)` de antes del INSERT."""

    def __init__(self, db: BaseDeDatos, anotaciones: dict[str, tuple[str, str | None]]):
        self._db, self._anotaciones = db, anotaciones

    def ultimo_id(self, tabla: str) -> int | None:
        """El mayor rowid de la tabla antes de insertar (None si sus altas no se anotan en bloque)."""
        if tabla not in self._anotaciones:
            return None
        return self._db.execute(f"SELECT coalesce(max(rowid), 0) FROM {tabla}").fetchone()[0]

    def anotar(self, tabla: str, desde: int | None) -> None:
        """Anota las altas de las filas de `tabla` con rowid mayor que `desde` (las recién insertadas), y los valores
        personales de esas altas aparte, como su trigger (valores_personales.py)."""
        if desde is None or tabla not in self._anotaciones:
            return
        registros, valores = self._anotaciones[tabla]
        antes = ultimo_registro_id(self._db) if valores else None
        self._db.execute(registros, [desde])
        if valores:
            self._db.execute(valores, [desde, antes])


def _suspendible(db: BaseDeDatos, sql: str | None) -> tuple[str, tuple[str, str | None]] | None:
    """(tabla, (INSERT … SELECT que anota lo mismo que el trigger, el que anota sus valores personales o None)) si el
    trigger es el de altas de siempre."""
    from . import valores_personales

    encontrado = _TRIGGER_DE_ALTAS.match((sql or "").strip())
    if not encontrado:
        return _suspendible_con_valores(db, sql)
    partes = encontrado["columnas"].split(",")
    columnas = [_COLUMNA_NUEVA.fullmatch(parte) for parte in partes]
    if not all(columnas):
        return None
    tabla, clave = encontrado["tabla"], encontrado["clave"]
    if valores_personales.es_personal(tabla) and valores_personales.disponible(db):
        return None   # un trigger de antes de la 0057 en una tabla personal: que siga anotando él
    lista = ", ".join(c[1] for c in columnas)
    return tabla, (f"INSERT INTO bitacora (entidad, entidad_id, accion, datos) SELECT '{encontrado['entidad']}', "
                   f"{clave}, 'alta', json_array({lista}) FROM {tabla} WHERE rowid > ? ORDER BY rowid", None)


def _suspendible_con_valores(db: BaseDeDatos, sql: str | None) -> tuple[str, tuple[str, str | None]] | None:
    """El trigger de altas de una tabla con columnas personales, si es exactamente el que escribe hoy el programa:
    sus dos INSERT … SELECT (el registro con las marcas; los valores aparte)."""
    from . import valores_personales
    from .migraciones import columnas_de_la_tabla

    encontrado = re.match(r"CREATE\s+TRIGGER\s+bitacora_(\w+)_alta\b", (sql or "").strip(), re.IGNORECASE)
    if not encontrado or not valores_personales.es_personal(encontrado[1]):
        return None
    tabla = encontrado[1]
    columnas = columnas_de_la_tabla(db, tabla)
    clave = "id" if "id" in columnas else columnas[0]
    esperado = valores_personales.disparadores(tabla, columnas, clave)[0]
    if _sin_espacios(esperado) != _sin_espacios(sql):
        return None
    return tabla, valores_personales.altas_en_bloque(tabla, columnas, clave)


def _sin_espacios(sql: str) -> str:
    return re.sub(r"\s+", " ", sql).strip()


@contextmanager
def altas_en_bloque(db: BaseDeDatos, tablas: list[str]):
    """Dentro de la transacción abierta: los triggers de alta de `tablas` se quitan y quien escribe anota las altas
    con el AltasEnBloque que se le da; al salir se vuelven a crear con su SQL exacto (un error deshace igual todo,
    también esto, porque la transacción se revierte). Un trigger que no es el de siempre queda como está.
    En el servidor, la bitácora la escriben sus propios triggers: se quedan, y no hay nada que anotar aparte."""
    if db.dialecto == "postgresql":
        yield AltasEnBloque(db, {})
        return
    marcas = ", ".join("?" for _ in tablas)
    triggers = db.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ({marcas}) "
                          "AND name LIKE 'bitacora!_%!_alta' ESCAPE '!' ORDER BY name", list(tablas)).fetchall()
    quitados, anotaciones = [], {}
    for nombre, sql in triggers:
        suspendible = _suspendible(db, sql)
        if suspendible is None:
            continue
        anotaciones[suspendible[0]] = suspendible[1]
        db.execute(f'DROP TRIGGER "{nombre}"')
        quitados.append(sql)
    try:
        yield AltasEnBloque(db, anotaciones)
    except BaseException:
        # La transacción se va a revertir (y con ella vuelven los triggers); se reponen ya por si alguien más
        # escribe en ella antes, sin tapar el error original si reponerlos también falla.
        if db.en_transaccion:
            try:
                _reponer(db, quitados)
            except sqlite3.Error:
                pass
        raise
    _reponer(db, quitados)


def _reponer(db: BaseDeDatos, triggers: list[str]) -> None:
    for sql in triggers:
        db.execute(sql)


def tablas_escritas(db: BaseDeDatos, despues_de: int) -> frozenset[str]:
    """Dentro de la transacción que termina: las tablas que escribió, por sus registros de la bitácora después de
    `despues_de` (el último registro al empezarla). Es lo que cambió, para quien lo escucha (la Oficina)."""
    # DISTINCT sobre `+entidad`: sobre `entidad`, SQLite prefería recorrer entero el índice (entidad, entidad_id) de
    # toda la bitácora (30 ms con 16.000 miembros, en cada escritura); así lee solo los registros nuevos por su número
    # y devuelve una fila por tabla (una emisión de 16.000 cargos ya no pasa 16.000 filas a Python: ~8 ms).
    entidad = "entidad" if db.dialecto == "postgresql" else "+entidad"   # el + es de SQLite (sin el índice)
    return frozenset(fila[0] for fila in db.execute(f"SELECT DISTINCT {entidad} FROM bitacora WHERE id > ?",
                                                    [despues_de]))


def ultimo_registro_id(db: BaseDeDatos) -> int:
    """El número del último registro de la bitácora (0 si no tiene)."""
    return db.execute("SELECT coalesce(max(id), 0) FROM bitacora").fetchone()[0]
