"""Cada columna de cada tabla con bitácora queda registrada, leyendo el esquema vivo (no una lista fija de tablas).

Los triggers de bitácora copian las columnas que la tabla tiene al crearlos (datos/migraciones.py,
`disparadores_de_bitacora`): si una migración agrega una columna y no los rehace (`rehacer_bitacora`), los cambios
de esa columna no quedan anotados. Estas pruebas lo detectan en el esquema final, después de cada migración, y
cambiando de verdad cada columna de cada tabla.
"""

import json
import re

from sqlite_utils import Database

from escritorio.datos.apertura import abrir
from escritorio.datos.esquema import MIGRACIONES
from escritorio.datos.esquema.elecciones_y_reglas import TABLAS_CON_BITACORA_0007, TABLAS_CON_BITACORA_0012
from escritorio.datos.esquema.organos_y_sesiones import TABLAS_CON_BITACORA
from escritorio.datos.esquema.documentos import TABLAS_CON_BITACORA_0013, TABLAS_CON_BITACORA_0014
from escritorio.datos.esquema.papeles import TABLAS_CON_BITACORA_0017
from escritorio.datos.esquema.efectos import TABLAS_CON_BITACORA_0020
from escritorio.datos.incidentes import TABLAS_CON_BITACORA_0016
from escritorio.datos.esquema.mandatos import TABLAS_CON_BITACORA_0021
from escritorio.datos.esquema.aprobacion_de_actas import TABLAS_CON_BITACORA_0022
from escritorio.datos.esquema.deshacer import TABLAS_CON_BITACORA_0023
from escritorio.datos.esquema.ubicaciones import TABLAS_CON_BITACORA_0026
from escritorio.datos.esquema.correo import TABLAS_CON_BITACORA_0027
from escritorio.datos.esquema.convenios import TABLAS_CON_BITACORA_0028
from escritorio.datos.esquema.extractos import TABLAS_CON_BITACORA_0029
from escritorio.datos.esquema.memoria import TABLAS_CON_BITACORA_0030
from escritorio.datos.esquema.sello_de_tiempo import TABLAS_CON_BITACORA_0037
from escritorio.datos.esquema.puntos_miembros import TABLAS_CON_BITACORA_0047
from escritorio.datos.esquema.sala import (TABLAS_CON_BITACORA_0055, TABLAS_CON_BITACORA_0069,
                                           TABLAS_CON_BITACORA_0070, TABLAS_CON_BITACORA_0073,
                                           TABLAS_CON_BITACORA_0074)
from escritorio.datos.esquema.sala import TABLAS_CON_BITACORA_0076
from escritorio.datos.esquema.valores_personales import TABLAS_CON_BITACORA_0057
from escritorio.datos.esquema.datos_personales import TABLAS_CON_BITACORA_0058
from escritorio.datos.esquema.observadores import TABLAS_CON_BITACORA_0060
from escritorio.datos.esquema.agrupaciones import TABLAS_CON_BITACORA_0062
from escritorio.datos.esquema.datos_personales import TABLAS_CON_BITACORA_0067
from escritorio.datos.esquema.indicadores import TABLAS_CON_BITACORA_0063
from escritorio.datos.valores_personales import COLUMNAS_PERSONALES, legibles

# Tablas sin bitácora, a propósito: la bitácora misma y sus sellos, la identidad de la base (fija desde que se crea)
# y el registro de migraciones de sqlite-utils; los adjuntos del correo (archivos_correo: solo el PDF y su huella, que
# no cambian; lo que se envió y a quién está en mensajes y adjuntos_mensaje, con bitácora); la lista de pagos con
# saldo a favor (pagos_con_saldo: se deriva de pagos e imputaciones, que tienen bitácora; la llevan sus triggers); los
# valores personales de la bitácora (bitacora_valores: son parte de la bitácora misma, con sus compromisos en los
# sellos). Una tabla nueva que no esté aquí debe tener bitácora.
SIN_BITACORA = {"bitacora", "bitacora_sellos", "identidad_base", "_sqlite_migrations", "archivos_correo",
                "pagos_con_saldo", "bitacora_valores",
                # el voto electrónico (migración 0076): la hora de un registro ligaría quién votó con qué votó (el
                # voto nominal queda, al cerrar la urna, en la votación)
                "participaciones", "papeletas", "votos_nominales"}

# Columnas que la bitácora no copia, a propósito: los PDF (BLOB) se guardan enteros y la bitácora guarda su huella
# en otra columna (también el sello de tiempo RFC 3161, con su token_sha256, y el certificado de la TSA fijado, con su
# certificado_sha256); la clave de emparejamiento de un miembro se deriva de su país, región y nombre (migración 0010),
# que sí se registran.
NO_REGISTRADAS = {("actas", "firmada_pdf"), ("firmas_digitales", "pdf"), ("informes_actividad", "pdf"),
                  ("pdfs_convenio", "pdf"), ("miembros", "clave"), ("sellos_de_tiempo", "token"),
                  ("servidor_sello_de_tiempo", "certificado")}

ACCIONES = ("alta", "cambio", "baja")
FALTA = object()  # una columna que el registro no trae
COMO_ARREGLAR = ("En la migración que agrega la columna, rehaga los triggers de la tabla con "
                 "rehacer_bitacora(db, tabla) (datos/migraciones.py); si la columna no debe registrarse, agréguela a "
                 "NO_REGISTRADAS con el motivo")


def _tablas(db) -> list[str]:
    return [n for (n,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                     "AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name")]


def _columnas(db, tabla: str) -> list[tuple[str, str]]:
    return [(f[1], f[2].upper()) for f in db.execute(f"PRAGMA table_info({tabla})")]


def _trigger(db, tabla: str, accion: str) -> str | None:
    fila = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                      [f"bitacora_{tabla}_{accion}"]).fetchone()
    return fila[0] if fila else None


def _sin_registrar(db) -> list[str]:
    """Lo que la bitácora no anota, tabla por tabla, en las tablas que ya tienen sus triggers."""
    problemas = []
    for tabla in _tablas(db):
        triggers = {accion: _trigger(db, tabla, accion) for accion in ACCIONES}
        if not any(triggers.values()):
            continue
        for accion, sql in triggers.items():
            if sql is None:
                problemas.append(f"{tabla}: falta el trigger bitacora_{tabla}_{accion}")
                continue
            for columna, _ in _columnas(db, tabla):
                if (tabla, columna) in NO_REGISTRADAS:
                    continue
                fila = "OLD" if accion == "baja" else "NEW"
                if not re.search(rf"\b{fila}\.{columna}\b", sql):
                    problemas.append(f"{tabla}.{columna}: el trigger de {accion} no la copia")
                if accion == "cambio" and not re.search(rf"\bOLD\.{columna} IS NOT NEW\.{columna}\b", sql):
                    problemas.append(f"{tabla}.{columna}: cambiar solo esta columna no dispara el trigger de cambio")
    return problemas


def test_cada_tabla_tiene_bitacora_salvo_las_excluidas_a_proposito(tmp_path):
    db = abrir(tmp_path / "escritorio.db")
    sin_triggers = [t for t in _tablas(db) if t not in SIN_BITACORA
                    and not all(_trigger(db, t, accion) for accion in ACCIONES)]
    assert not sin_triggers, (
        f"Tablas sin los tres triggers de bitácora: {sin_triggers}. Créelos en su migración con "
        "disparadores_de_bitacora(db, tabla) (datos/migraciones.py), o, si no deben tenerla, agréguelas a "
        "SIN_BITACORA con el motivo.")
    # Las listas que usan las migraciones nombran exactamente las tablas con bitácora.
    declaradas = {*TABLAS_CON_BITACORA, *TABLAS_CON_BITACORA_0007, *TABLAS_CON_BITACORA_0012,
                  *TABLAS_CON_BITACORA_0013, *TABLAS_CON_BITACORA_0014, *TABLAS_CON_BITACORA_0016, *TABLAS_CON_BITACORA_0017,
                  *TABLAS_CON_BITACORA_0020, *TABLAS_CON_BITACORA_0021, *TABLAS_CON_BITACORA_0022,
                  *TABLAS_CON_BITACORA_0023, *TABLAS_CON_BITACORA_0026,
                  *TABLAS_CON_BITACORA_0027, *TABLAS_CON_BITACORA_0028, *TABLAS_CON_BITACORA_0029,
                  *TABLAS_CON_BITACORA_0030, *TABLAS_CON_BITACORA_0037, *TABLAS_CON_BITACORA_0047,
                  *TABLAS_CON_BITACORA_0055, *TABLAS_CON_BITACORA_0057,
                  *TABLAS_CON_BITACORA_0058, *TABLAS_CON_BITACORA_0060,
                  *TABLAS_CON_BITACORA_0062, *TABLAS_CON_BITACORA_0063, *TABLAS_CON_BITACORA_0067,
                  *TABLAS_CON_BITACORA_0069, *TABLAS_CON_BITACORA_0070, *TABLAS_CON_BITACORA_0073,
                  *TABLAS_CON_BITACORA_0074, *TABLAS_CON_BITACORA_0076}
    assert declaradas == set(_tablas(db)) - SIN_BITACORA


def test_cada_columna_de_cada_tabla_con_bitacora_queda_registrada(tmp_path):
    """En el esquema final: cada columna va en el alta, el cambio (y su condición) y el borrado."""
    db = abrir(tmp_path / "escritorio.db")
    problemas = _sin_registrar(db)
    assert not problemas, "; ".join(problemas) + ". " + COMO_ARREGLAR
    # Las columnas excluidas existen (si una desaparece o cambia de nombre, la excepción sobra).
    for tabla, columna in NO_REGISTRADAS:
        assert columna in dict(_columnas(db, tabla)), (tabla, columna)


def test_despues_de_cada_migracion_la_bitacora_registra_todas_las_columnas():
    """Una migración que agrega columnas a una tabla con bitácora rehace sus triggers en la misma migración (como
    la 0012 con `rehacer_bitacora`): ningún estado intermedio del esquema deja columnas sin registrar."""
    nombres = [m.name for m in MIGRACIONES.pending(Database(memory=True))]
    db = Database(memory=True)
    for i, nombre in enumerate(nombres):
        MIGRACIONES.apply(db, stop_before=nombres[i + 1] if i + 1 < len(nombres) else None)
        problemas = _sin_registrar(db)
        assert not problemas, f"Después de la migración {nombre}: " + "; ".join(problemas) + ". " + COMO_ARREGLAR


def _valor(tipo: str, n: int):
    """Un valor distinto para cada n, del tipo de la columna. Los textos son tres mayúsculas: cumplen la regla de
    moneda de los triggers de dinero (que siguen activos) y no se confunden con un número."""
    if tipo == "BLOB":
        return b"%PDF-" + bytes([n % 256])
    if tipo.startswith("INT"):
        return 1000 + n
    letras = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return letras[n // 676 % 26] + letras[n // 26 % 26] + letras[n % 26]


def test_cambiar_de_verdad_cada_columna_de_cada_tabla_deja_su_registro(tmp_path):
    """Con una fila en cada tabla con bitácora: el alta anota cada valor, cambiar cada columna (una por vez)
    anota el antes y el después de esa columna, y el borrado anota la fila. Los valores se leen como los lee el
    visor (por posición, con los nombres de PRAGMA table_info sin los BLOB), así que una columna que falta o
    sobra en el medio corre los nombres y también falla.

    Es una base de prueba: se apagan las claves foráneas y los CHECK, y se quitan los triggers que no son de la
    bitácora (los que congelan actas o impiden cambiar un pago), para poder cambiar cualquier columna."""
    db = abrir(tmp_path / "escritorio.db")
    db.execute("PRAGMA synchronous = OFF")  # cientos de transacciones cortas: sin esperar al disco en cada una
    conn = db.conn
    for (nombre,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name NOT LIKE 'bitacora!_%' ESCAPE '!'").fetchall():
        conn.execute(f'DROP TRIGGER "{nombre}"')
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA ignore_check_constraints = ON")

    def ultimo(tabla):
        """El último registro como lo lee el visor: los valores personales, en su lugar (valores_personales.py). El
        registro mismo, el que se sella, no tiene en claro el valor de ninguna columna personal de la fila."""
        fila = conn.execute("SELECT id, entidad, accion, datos FROM bitacora ORDER BY id DESC LIMIT 1").fetchone()
        assert fila is not None and fila[1] == tabla, f"{tabla}: no quedó ningún registro en la bitácora"
        for columna in COLUMNAS_PERSONALES.get(tabla, ()):
            for valor in (fila_actual.get(columna), anterior.get(columna)):
                assert valor is None or json.dumps(valor) not in fila[3], (
                    f"la bitácora sellada guarda en claro {tabla}.{columna}")
        fila = legibles(db, [fila], accion_en=2, datos_en=3)[0]
        return fila[2], json.loads(fila[3])

    revisadas = 0
    contador = iter(range(10**6))
    for tabla in _tablas(db):
        if tabla in SIN_BITACORA:
            continue
        columnas = _columnas(db, tabla)
        registradas = [c for c, tipo in columnas if tipo != "BLOB"]  # como las nombra el visor
        fila = {c: _valor(tipo, next(contador)) for c, tipo in columnas}
        fila_actual, anterior = fila, {}
        with conn:
            conn.execute(f"INSERT INTO {tabla} ({', '.join(fila)}) VALUES ({', '.join('?' * len(fila))})",
                         list(fila.values()))
        accion, datos = ultimo(tabla)
        anotado = dict(zip(registradas, datos))
        assert accion == "alta", (tabla, accion)
        for columna in registradas:
            if (tabla, columna) not in NO_REGISTRADAS:
                assert anotado.get(columna, FALTA) == fila[columna], f"el alta de {tabla} no anota {columna}"
        for columna, tipo in columnas:
            if (tabla, columna) in NO_REGISTRADAS:
                continue
            nuevo = _valor(tipo, next(contador))
            antes_del_cambio = conn.execute("SELECT count(*) FROM bitacora").fetchone()[0]
            anterior = dict(fila)
            fila_actual = {**fila, columna: nuevo}
            with conn:
                conn.execute(f"UPDATE {tabla} SET {columna} = ?", [nuevo])
            assert conn.execute("SELECT count(*) FROM bitacora").fetchone()[0] == antes_del_cambio + 1, (
                f"cambiar {tabla}.{columna} no dejó registro en la bitácora")
            accion, datos = ultimo(tabla)
            antes, despues = dict(zip(registradas, datos["antes"])), dict(zip(registradas, datos["despues"]))
            assert accion == "cambio" and (antes.get(columna, FALTA), despues.get(columna, FALTA)) == (fila[columna], nuevo), (
                f"el cambio de {tabla}.{columna} no quedó anotado con su antes y su después")
            fila[columna] = nuevo
        with conn:
            conn.execute(f"DELETE FROM {tabla}")
        accion, datos = ultimo(tabla)
        borrado = dict(zip(registradas, datos))
        assert accion == "borrado"
        assert all(borrado.get(c, FALTA) == fila[c] for c in registradas if (tabla, c) not in NO_REGISTRADAS), tabla
        revisadas += 1
    assert revisadas == len(_tablas(db)) - len(SIN_BITACORA & set(_tablas(db)))
    assert revisadas > 40


def test_una_columna_agregada_sin_rehacer_los_triggers_se_detecta(tmp_path):
    """La prueba de arriba no puede pasar por casualidad: una columna nueva sin triggers rehechos se señala."""
    db = abrir(tmp_path / "escritorio.db")
    db.execute("ALTER TABLE contactos ADD COLUMN cargo_de_prueba TEXT")
    problemas = _sin_registrar(db)
    assert "contactos.cargo_de_prueba: el trigger de alta no la copia" in problemas
    assert "contactos.cargo_de_prueba: cambiar solo esta columna no dispara el trigger de cambio" in problemas
