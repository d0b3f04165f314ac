"""El esquema actual en un solo archivo legible: `esquema/actual.sql`, junto a este módulo.

Las migraciones (esquema/__init__.py, esquema/documentos.py) solo crecen y cuentan la historia; para leer cómo es la base
hoy basta ese archivo. Se genera aplicando todas las migraciones a una base vacía en memoria y volcando
`sqlite_master`: las tablas en el orden de la migración que las creó, cada una seguida de sus índices y triggers
(primero los índices, cada grupo en el orden en que se crearon), con la migración de cada columna agregada después. El texto de cada sentencia
es el que guarda SQLite, solo reacomodado en espacios y saltos de línea: el archivo se puede ejecutar sobre una
base vacía y deja el mismo esquema (tests/datos/test_esquema_actual.py lo comprueba, y también que el archivo
del repositorio está al día).

Regenerarlo después de agregar una migración:

    python -m escritorio.datos.esquema.actual
"""

import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from ..base_de_datos import BaseDeDatos

from . import MIGRACIONES

ARCHIVO = Path(__file__).with_name("actual.sql")
ORDEN = "python -m escritorio.datos.esquema.actual"


@dataclass
class _Objeto:
    tipo: str  # table, index, trigger, view
    nombre: str
    tabla: str
    sql: str
    orden: int  # rowid en sqlite_master: el orden de creación
    migracion: str = ""
    columnas: dict[str, str] = field(default_factory=dict)  # columna -> migración que la agregó (las de tablas)


def _migraciones() -> list[str]:
    return [m.name for m in MIGRACIONES.pending(BaseDeDatos.en_memoria())]


def _objetos(db: BaseDeDatos) -> dict[str, _Objeto]:
    """Tablas, índices, triggers y vistas propios (no los internos de SQLite ni el registro de migraciones)."""
    return {nombre: _Objeto(tipo, nombre, tabla, sql, orden) for orden, tipo, nombre, tabla, sql in db.execute(
        "SELECT rowid, type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite!_%' ESCAPE '!' AND tbl_name <> ?", [MIGRACIONES.migrations_table]).fetchall()}


def esquema_vivo() -> tuple[dict[str, _Objeto], list[str]]:
    """Aplica las migraciones una por una a una base vacía en memoria y anota en qué migración apareció cada
    objeto y cada columna. Devuelve (objetos del esquema final, nombres de las migraciones en orden)."""
    nombres = _migraciones()
    db = BaseDeDatos.en_memoria()
    vistos: dict[str, str] = {}  # objeto -> migración en que apareció
    columnas_vistas: dict[tuple[str, str], str] = {}
    try:
        for i, nombre in enumerate(nombres):
            MIGRACIONES.apply(db, stop_before=nombres[i + 1] if i + 1 < len(nombres) else None)
            for objeto in _objetos(db).values():
                vistos.setdefault(objeto.nombre, nombre)
                if objeto.tipo == "table":
                    for fila in db.execute(f'PRAGMA table_info("{objeto.nombre}")').fetchall():
                        columnas_vistas.setdefault((objeto.nombre, fila[1]), nombre)
        finales = _objetos(db)
        for objeto in finales.values():
            objeto.migracion = vistos[objeto.nombre]
            if objeto.tipo == "table":
                objeto.columnas = {fila[1]: columnas_vistas[(objeto.nombre, fila[1])] for fila in
                                   db.execute(f'PRAGMA table_info("{objeto.nombre}")').fetchall()}
    finally:
        db.close()
    return finales, nombres


def _partir_al_nivel_superior(texto: str) -> list[str]:
    """Parte en las comas que no están dentro de paréntesis ni de comillas."""
    partes, actual, nivel, comilla = [], [], 0, None
    for caracter in texto:
        if comilla:
            if caracter == comilla:
                comilla = None
        elif caracter in "'\"":
            comilla = caracter
        elif caracter == "(":
            nivel += 1
        elif caracter == ")":
            nivel -= 1
        elif caracter == "," and nivel == 0:
            partes.append("".join(actual))
            actual = []
            continue
        actual.append(caracter)
    partes.append("".join(actual))
    return partes


def _legible(objeto: _Objeto) -> str:
    """La sentencia con sangría de 4 espacios y, en una tabla, cada columna agregada con ALTER TABLE (que SQLite
    pega al final en una sola línea) en su propia línea. Solo cambian espacios y saltos de línea."""
    primera, _, resto = objeto.sql.partition("\n")
    # Una tabla cierra con «)» en su propia línea, menos sangrada que sus columnas: sin sangría extra, las columnas
    # quedan a 4 espacios y el paréntesis al margen. En un trigger o un índice, la continuación va a 4 espacios.
    sangria = "" if objeto.tipo == "table" else "    "
    lineas = [primera.rstrip()]
    if resto:
        lineas += [(sangria + linea.rstrip()) if linea.strip() else "" for linea in textwrap.dedent(resto).splitlines()]
    if objeto.tipo == "table" and len(lineas) > 1 and lineas[-1].startswith(", ") and lineas[-1].endswith(")"):
        agregadas = _partir_al_nivel_superior(lineas[-1][2:-1])
        lineas[-1:] = [f"    , {columna.strip()}" for columna in agregadas] + [")"]
    return "\n".join(lineas) + ";"


def _comentario_de_tabla(tabla: _Objeto) -> list[str]:
    lineas = [f"-- {tabla.nombre} (creada en {tabla.migracion})"]
    agregadas: dict[str, list[str]] = {}
    for columna, migracion in tabla.columnas.items():
        if migracion != tabla.migracion:
            agregadas.setdefault(migracion, []).append(columna)
    for migracion, columnas in agregadas.items():
        lineas.append(f"--   columnas de {migracion}: {', '.join(columnas)}")
    return lineas


def generar() -> str:
    """El texto completo de esquema/actual.sql."""
    objetos, nombres = esquema_vivo()
    tablas = sorted((o for o in objetos.values() if o.tipo == "table"),
                    key=lambda o: (nombres.index(o.migracion), o.orden))
    anexos: dict[str, list[_Objeto]] = {}
    vistas = []
    for objeto in sorted(objetos.values(), key=lambda o: (o.tipo != "index", o.orden)):
        if objeto.tipo == "view":
            vistas.append(objeto)
        elif objeto.tipo != "table":
            anexos.setdefault(objeto.tabla, []).append(objeto)
    partes = [
        "-- Esquema actual de la base de Escritorio.",
        f"-- GENERADO, NO EDITAR: «{ORDEN}» lo regenera a partir de las migraciones",
        "-- (escritorio/datos/esquema/__init__.py y esquema/documentos.py, que son la fuente y solo crecen).",
        f"-- Última migración: {nombres[-1]} ({len(nombres)} migraciones).",
        "-- Cada tabla va en el orden de la migración que la creó, seguida de sus índices y después sus triggers, en",
        "-- el orden en que se crearon. No incluye el registro de migraciones (_sqlite_migrations, de sqlite-utils) ni los",
        "-- índices automáticos de PRIMARY KEY y UNIQUE.",
    ]
    migracion_actual = None
    for tabla in tablas:
        if tabla.migracion != migracion_actual:
            migracion_actual = tabla.migracion
            partes += ["", "", f"-- {'=' * 20} {migracion_actual} {'=' * (80 - len(migracion_actual))}"]
        partes += ["", *_comentario_de_tabla(tabla), _legible(tabla)]
        for anexo in anexos.pop(tabla.nombre, []):
            partes += ["", _legible(anexo)]
    if vistas:
        partes += ["", "", f"-- {'=' * 20} vistas {'=' * 74}"]
        for vista in vistas:
            partes += ["", f"-- {vista.nombre} (creada en {vista.migracion})", _legible(vista)]
    if anexos:  # un trigger o índice sobre una tabla que no está (no debería pasar): igual se muestra
        partes += ["", "", "-- sin tabla propia"]
        for anexo in (a for lista in anexos.values() for a in lista):
            partes += ["", _legible(anexo)]
    return "\n".join(partes) + "\n"


def escribir(ruta: Path = ARCHIVO) -> bool:
    """Escribe el archivo; devuelve si cambió."""
    texto = generar()
    if ruta.exists() and ruta.read_text(encoding="utf-8") == texto:
        return False
    ruta.write_text(texto, encoding="utf-8", newline="\n")
    return True


def principal() -> int:
    cambio = escribir()
    print(f"{ARCHIVO}: {'regenerado' if cambio else 'ya estaba al día'}.")
    return 0


if __name__ == "__main__":
    sys.exit(principal())
