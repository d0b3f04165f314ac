"""Conectarse a una base de Escritorio en un servidor PostgreSQL (psycopg 3).

`BaseDeDatosServidor` responde a lo mismo que `datos.base_de_datos.BaseDeDatos` (`execute`, `query`,
`table_names`, `close`, `dialecto`), así las consultas de `datos/` escritas en SQL común corren en los dos motores;
las que no, eligen su forma por `db.dialecto`. Los parámetros se escriben como en sqlite3 (`?` o `:nombre`) y aquí
se pasan a los de psycopg. Los valores se escriben en la sentencia (ClientCursor), como los trata SQLite: un
parámetro sin tipo propio (`? IS NULL`, `'2026-01-01'` comparado con una fecha) no hace fallar la consulta.
"""

import re
from collections.abc import Iterable, Iterator, Sequence
from urllib.parse import urlsplit, urlunsplit

import logging

import psycopg
from psycopg import postgres, pq
from psycopg.adapt import Dumper
from psycopg.types.numeric import NumericBinaryLoader, NumericLoader

from ...dominio.puerta import segun_la_puerta
from ...dominio.traduccion import traducir
from ...errores import ErrorBaseDeDatos, ErrorClaveDelServidor
from ..estado_de_la_conexion import EstadoDeLaConexion
from ..base_de_datos import sin_repetidas

# psycopg anota por su logger lo que ignora al cerrar (un pipeline que el servidor rechazó a mitad de un executemany):
# sin nadie que lo escuche, Python lo escribía en la salida de errores antes del mensaje del programa. Va al registro
# del programa si lo hay (la raíz), nunca a la pantalla (issue 77, lo encontró la matriz de papeles).
logging.getLogger("psycopg").addHandler(logging.NullHandler())

from . import es_url_de_servidor  # noqa: F401 (se usa también desde aquí)


def sin_clave(url: str) -> str:
    """La dirección para mostrar o recordar: sin la clave, si la trae."""
    partes = urlsplit(url)
    if partes.password is None:
        return url
    anfitrion = partes.hostname or ""
    if partes.port:
        anfitrion += f":{partes.port}"
    usuario = f"{partes.username}@" if partes.username else ""
    return urlunsplit((partes.scheme, usuario + anfitrion, partes.path, partes.query, partes.fragment))


def usuario_de(url: str) -> str | None:
    return urlsplit(url).username


_TEXTO_O_MARCA = re.compile(r"('(?:[^']|'')*'|\"[^\"]*\"|--[^\n]*|\?\d*|(?<!:):[A-Za-z_]\w*|%)")


def parametros_de_psycopg(sql: str) -> str:
    """`?` → `%s`, `?N` → `%(N)s`, `:nombre` → `%(nombre)s` y `%` → `%%`, fuera de textos, nombres entre comillas
    y comentarios. `::tipo` (conversión de PostgreSQL) queda igual."""
    def cambiar(marca: re.Match) -> str:
        trozo = marca[0]
        if trozo == "?":
            return "%s"
        if trozo.startswith("?"):  # ?N: el N-ésimo de la lista (los parámetros pasan a un diccionario: `_numerados`)
            return f"%({trozo[1:]})s"
        if trozo == "%":
            return "%%"
        if trozo.startswith(":"):
            return f"%({trozo[1:]})s"
        return trozo.replace("%", "%%") if trozo.startswith("'") else trozo
    return _TEXTO_O_MARCA.sub(cambiar, sql)


def _numerados(sql: str, parametros):
    """Con `?N` en la sentencia, la lista de parámetros como diccionario {"1": primero, …}."""
    if parametros is None or isinstance(parametros, dict) or not re.search(r"\?\d", sql):
        return parametros
    return {str(i): valor for i, valor in enumerate(parametros, 1)}


class BooleanoComoEntero(Dumper):
    """True/False como 1/0: las columnas de sí/no son enteras en los dos motores (como en SQLite)."""
    oid = postgres.types["int8"].oid

    def dump(self, valor: bool) -> bytes:
        return b"1" if valor else b"0"

    def quote(self, valor: bool) -> bytes:
        return self.dump(valor)


def _como_en_sqlite(valor):
    """Un numeric del servidor (la suma de enteros, sum(importe), da numeric: Decimal en Python) como lo da SQLite:
    entero si no tiene decimales, float si los tiene. Así una huella calculada con un motor da igual con el otro."""
    return int(valor) if valor == valor.to_integral_value() else float(valor)


class NumeroComoEnSQLite(NumericLoader):
    def load(self, data):
        return _como_en_sqlite(super().load(data))


class NumeroBinarioComoEnSQLite(NumericBinaryLoader):
    def load(self, data):
        return _como_en_sqlite(super().load(data))


class BaseDeDatosServidor:
    dialecto = "postgresql"
    # La conexión, la dirección del servidor (sin la clave) y lo que el programa sabe de ella (`estado`).
    __slots__ = ("conn", "url", "estado", "__weakref__")

    def __init__(self, conexion: psycopg.Connection, url: str):
        self.conn = conexion
        self.url = sin_clave(url)
        self.estado = EstadoDeLaConexion()

    def execute(self, sql: str, parametros: Sequence | dict | None = None) -> psycopg.Cursor:
        cursor = self.conn.cursor()
        if parametros is None:
            return cursor.execute(parametros_de_psycopg(sql) if "%" in sql else sql)
        return cursor.execute(parametros_de_psycopg(sql), _numerados(sql, parametros))

    @property
    def en_transaccion(self) -> bool:
        return self.conn.info.transaction_status != pq.TransactionStatus.IDLE

    cambios_propios = 0  # en el servidor, también los cambios propios mueven `version_de_datos` (el último sello)

    def executemany(self, sql: str, filas: Iterable[Sequence | dict]) -> None:
        self.conn.cursor().executemany(parametros_de_psycopg(sql), (_numerados(sql, fila) for fila in filas))

    def insertar(self, sql: str, parametros: Sequence | dict | None = None) -> int:
        """Un INSERT de una fila; devuelve el id que recibió."""
        return self.execute(sql.rstrip().rstrip(";") + " RETURNING id", parametros).fetchone()[0]

    def query(self, sql: str, parametros: Sequence | dict | None = None) -> Iterator[dict]:
        cursor = self.execute(sql, parametros)
        if cursor.description is None:
            raise ValueError("query() solo admite consultas que devuelven filas: use execute()")
        claves = sin_repetidas([columna.name for columna in cursor.description])
        return (dict(zip(claves, fila)) for fila in cursor)

    def usuario(self) -> str:
        """El login con que se entró al servidor."""
        return self.conn.execute("SELECT session_user").fetchone()[0]

    def table_names(self) -> list[str]:
        return [fila[0] for fila in self.conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")]

    def tiene_tabla(self, nombre: str) -> bool:
        return self.conn.execute("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = %s",
                                 [nombre]).fetchone() is not None

    def close(self) -> None:
        self.conn.close()


def conectar(url: str, *, clave: str | None = None) -> BaseDeDatosServidor:
    """Abre la conexión (en modo de confirmación automática: cada escritura del programa va en su transacción
    explícita). El sello de la bitácora anota como quién el login del servidor (`session_user`): nada que el cliente
    diga de sí mismo (antes, el usuario del sistema operativo, que cualquiera podía cambiar con un SET)."""
    try:
        conexion = psycopg.connect(url, autocommit=True, connect_timeout=10, application_name="Escritorio",
                                   cursor_factory=psycopg.ClientCursor, **({"password": clave} if clave else {}))
    except (psycopg.Error, UnicodeError) as error:  # también una dirección mal escrita (ProgrammingError, bytes)
        tipo = ErrorClaveDelServidor if falta_la_clave(error) else ErrorBaseDeDatos
        raise tipo(mensaje_de_conexion(error, url)) from None
    conexion.adapters.register_dumper(bool, BooleanoComoEntero)
    conexion.adapters.register_loader("numeric", NumeroComoEnSQLite)
    conexion.adapters.register_loader("numeric", NumeroBinarioComoEnSQLite)
    # Sin JIT: en consultas como la morosidad (145.000 cargos) compilar el plan tardaba más que ejecutarlo (0,36 s de
    # 0,76 s); Escritorio no hace consultas analíticas largas, donde el JIT sí rinde.
    conexion.execute("SELECT set_config('jit', 'off', false)")
    return BaseDeDatosServidor(conexion, url)


def falta_la_clave(error: BaseException) -> bool:
    texto = str(error)
    return "no password supplied" in texto or "password authentication failed" in texto


def mensaje_de_conexion(error: BaseException, url: str) -> str:
    texto, direccion = str(error), sin_clave(url)
    if "password authentication failed" in texto:
        return traducir("El servidor rechazó la clave del usuario «{0}» ({1}). Revise el usuario y la clave; si la "
                        "olvidó, pida a quien administra el servidor que le asigne otra.").format(
            usuario_de(url) or "", direccion)
    if "no password supplied" in texto:
        return traducir("El servidor {0} pide una clave y no se indicó ninguna. Escríbala cuando se la pida "
                        "Escritorio, o póngala en la variable PGPASSWORD.").format(direccion)
    if "does not exist" in texto and "database" in texto:
        return traducir("El servidor no tiene la base indicada en {0}. Revise el nombre al final de la dirección, "
                        "o pida a quien administra el servidor que la cree.").format(direccion)
    if "role" in texto and "does not exist" in texto:
        return segun_la_puerta(
            ventana=traducir("El servidor no tiene el usuario «{0}» ({1}). Revise el usuario o pida a quien administra "
                             "el servidor que le cree uno (README, «Varias personas»)."),
            linea=traducir("El servidor no tiene el usuario «{0}» ({1}). Pida a quien administra el servidor que le "
                           "cree un usuario («escritorio servidor usuario»).")).format(usuario_de(url) or "", direccion)
    if isinstance(error, (psycopg.ProgrammingError, UnicodeError)) or "invalid" in texto:
        return traducir("«{0}» no es una dirección de servidor válida. Escríbala así: "
                        "postgresql://USUARIO@EQUIPO:5432/BASE").format(direccion)
    return traducir("No se pudo conectar con el servidor {0}: {1}. Revise que el equipo del servidor esté encendido "
                    "y en la red, y que la dirección sea la correcta.").format(
        direccion, texto.strip().splitlines()[-1] if texto.strip() else type(error).__name__)


def abrir_servidor(url: str, *, clave: str | None = None) -> BaseDeDatosServidor:
    """La base de Escritorio del servidor, lista para usar: con el esquema instalado y al día. Con el papel de
    consulta se abre solo para consultar (`datos.conexion.solo_lectura` lo dice, como con una base de una versión
    más nueva); los demás permisos los hace cumplir el servidor en cada escritura."""
    from . import esquema, papeles
    from ..conexion import SoloLectura

    db = conectar(url, clave=clave)
    try:
        if not esquema.esta_instalado(db):
            raise ErrorBaseDeDatos(segun_la_puerta(
                ventana=traducir("La base {0} del servidor no tiene el esquema de Escritorio. Avise a quien administra "
                                 "el servidor: la prepara vacía, o lleva allí una base de este equipo (README, «Varias "
                                 "personas»)."),
                linea=traducir("La base {0} del servidor no tiene el esquema de Escritorio. Quien administra el "
                               "servidor la prepara con «escritorio servidor instalar {0}» (una base vacía) o lleva "
                               "allí una base de este equipo con «escritorio servidor subir {0}».")).format(db.url))
        papel = papeles.papel_de(db.conn)
        if not esquema.exigir_al_dia(db):
            db.estado.solo_lectura = SoloLectura(
                traducir("La base del servidor {0} es de una versión más nueva de Escritorio: puede consultarla, pero "
                         "para cambiar datos instale en este equipo la versión que usa el resto de la oficina.").format(
                    db.url),
                traducir("No se guardó nada: la base del servidor {0} es de una versión más nueva de Escritorio. "
                         "Instale en este equipo la versión que usa el resto de la oficina.").format(db.url))
        elif papel in (None, "consulta"):
            db.estado.solo_lectura = SoloLectura(
                traducir("Su usuario del servidor («{0}») tiene el papel de consulta: puede ver todo, pero no "
                         "cambiar nada.").format(db.usuario()) if papel else
                traducir("Su usuario del servidor («{0}») no tiene un papel de Escritorio: puede ver, pero no "
                         "cambiar nada. Pida a quien administra el servidor que le asigne uno.").format(db.usuario()),
                traducir("No se guardó nada: su usuario del servidor («{0}») solo puede consultar. Si debe hacer "
                         "este cambio, pida a quien administra el servidor el papel de secretaría o de "
                         "tesorería.").format(db.usuario()))
        db.estado.papel = papel
        return db
    except BaseException:
        db.close()
        raise
