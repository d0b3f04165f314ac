"""La conexión a la base que recibe todo el programa: lo poco que usa de `sqlite_utils.Database`, sin importarlo.

Importar sqlite-utils cuesta ~50 ms (su módulo `db`, click, dateutil, pluggy) en cada orden de la CLI y al abrir la
ventana, y de él solo se usaban `execute`, `query`, `table_names`, `close` y `conn`. Aquí se comportan igual:
`execute` confirma una escritura suelta (fuera de una transacción) y deshace la transacción implícita que abrió una
sentencia fallida; `query` devuelve diccionarios con los nombres de columna repetidos renombrados (`id`, `id_2`).
Las migraciones siguen siendo las de sqlite-utils (migraciones.py), que se importa solo cuando hay que aplicarlas.
"""

import sqlite3
from collections.abc import Iterator, Sequence

from .estadisticas import al_cerrar
from .estado_de_la_conexion import EstadoDeLaConexion

# Sentencias de control de transacción: no se confirman solas aunque abran una (SAVEPOINT fuera de una transacción).
_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}


class BaseDeDatos:
    dialecto = "sqlite"  # el servidor: datos/postgres/conexion.py (las consultas que difieren eligen por aquí)
    # La conexión y lo que el programa sabe de ella (`estado`); nada más se cuelga de este objeto.
    __slots__ = ("conn", "estado", "__weakref__")

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.estado = EstadoDeLaConexion()
        # Como sqlite-utils: un disparador que escribe en una tabla dispara también los de esa tabla.
        self.execute("PRAGMA recursive_triggers=on;")

    @classmethod
    def en_memoria(cls) -> "BaseDeDatos":
        return cls(sqlite3.connect(":memory:"))

    def execute(self, sql: str, parametros: Sequence | dict | None = None) -> sqlite3.Cursor:
        en_transaccion = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql) if parametros is None else self.conn.execute(sql, parametros)
        except Exception:
            if not en_transaccion and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # la transacción implícita que abrió la sentencia fallida
            raise
        if (not en_transaccion and self.conn.in_transaction and cursor.description is None
                and primera_palabra(sql) not in _CONTROL):
            self.conn.execute("COMMIT")
        return cursor

    @property
    def en_transaccion(self) -> bool:
        return self.conn.in_transaction

    @property
    def cambios_propios(self) -> int:
        """Las filas que escribió esta conexión desde que abrió (las de otras las dice `version_de_datos`)."""
        return self.conn.total_changes

    def executemany(self, sql: str, filas) -> None:
        self.conn.executemany(sql, filas)

    def insertar(self, sql: str, parametros: Sequence | dict | None = None) -> int:
        """Un INSERT de una fila; devuelve el id que recibió (en el servidor: `RETURNING id`)."""
        return self.execute(sql, parametros).lastrowid

    def query(self, sql: str, parametros: Sequence | dict | None = None) -> Iterator[dict]:
        """Las filas como diccionarios. Solo para consultas que devuelven filas (en el programa, SELECT y PRAGMA)."""
        en_transaccion = self.conn.in_transaction
        cursor = self.conn.execute(sql) if parametros is None else self.conn.execute(sql, parametros)
        if cursor.description is None:
            if not en_transaccion and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise ValueError("query() solo admite consultas que devuelven filas: use execute()")
        claves = sin_repetidas([columna[0] for columna in cursor.description])
        return (dict(zip(claves, fila)) for fila in cursor)

    def table_names(self) -> list[str]:
        return [fila[0] for fila in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def tiene_tabla(self, nombre: str) -> bool:
        """¿Existe la tabla? (las que llegan con una migración: una base vieja no las tiene). Sin listar todas: cada
        escritura de la bitácora lo pregunta."""
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 [nombre]).fetchone() is not None

    def close(self) -> None:
        if self.estado.respaldo_de_apertura is not None:
            self.estado.respaldo_de_apertura.hacer()  # se espera (o se hace, si nadie lo empezó) antes de cerrar
        # Si escribió: las estadísticas viejas (una simulación no escribió nada: lo deshizo todo).
        al_cerrar(self.conn, self.estado.solo_lectura is not None or self.estado.simulada)
        self.conn.close()


def insertar_fila(db, tabla: str, valores: dict) -> int:
    """INSERT de {columna: valor} en `tabla` (las columnas que faltan toman su valor por omisión); devuelve el id.
    Sirve en los dos motores: `tabla` y las columnas los pone el programa, nunca quien escribe."""
    return db.insertar(f"INSERT INTO {tabla} ({', '.join(valores)}) VALUES ({', '.join('?' for _ in valores)})",
                       list(valores.values()))


def sin_repetidas(claves: list[str]) -> list[str]:
    """Un nombre de columna repetido recibe _2, _3… (saltando los que ya existen), como en sqlite-utils."""
    tomadas = set(claves)
    if len(tomadas) == len(claves):
        return claves
    vistas: set[str] = set()
    resultado = []
    for clave in claves:
        if clave in vistas:
            nueva, sufijo = clave, 2
            while nueva in vistas or nueva in tomadas:
                nueva, sufijo = f"{clave}_{sufijo}", sufijo + 1
            clave = nueva
        vistas.add(clave)
        resultado.append(clave)
    return resultado


def primera_palabra(sql: str) -> str:
    """La primera palabra de la sentencia, en mayúsculas, saltando espacios, `;`, comentarios y la marca BOM."""
    i, largo = 0, len(sql)
    while i < largo:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            fin = sql.find("\n", i)
            if fin == -1:
                return ""
            i = fin + 1
        elif sql.startswith("/*", i):
            fin = sql.find("*/", i + 2)
            if fin == -1:
                return ""
            i = fin + 2
        else:
            break
    j = i
    while j < largo and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()
