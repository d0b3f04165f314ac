"""Lo que hace falta para comparar los dos motores consulta por consulta (tests/servidor/test_paridad_de_motores.py).

`Grabadora` se cuelga de las dos conexiones del programa (`BaseDeDatos`, la del archivo, y `BaseDeDatosServidor`, la
del servidor) y anota cada consulta que hace una función de escritorio/datos/: dónde (`modulo.funcion`), qué
sentencia (antes de traducirla al servidor) y qué filas devolvió. Corriendo la misma secuencia de operaciones en las
dos bases, las dos grabaciones tienen que decir lo mismo, sitio por sitio.
"""

import ast
import datetime
import decimal
import functools
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import escritorio
from escritorio.datos.base_de_datos import BaseDeDatos
from escritorio.datos.postgres.conexion import BaseDeDatosServidor

RAIZ = Path(escritorio.__file__).resolve().parent
DATOS = RAIZ / "datos"
# Las conexiones mismas y lo que cada motor tiene solo para sí: no son consultas «del programa» que comparar.
PROPIAS_DE_UN_MOTOR = (DATOS / "base_de_datos.py", DATOS / "postgres", DATOS / "dialecto.py")
# Lo que de por sí responde distinto en cada motor: quién escribió (en el archivo, el usuario del equipo; en el
# servidor, el login), y todo lo que se calcula con eso —las huellas de la bitácora y de lo congelado, los sellos, los
# compromisos de los valores personales con su sal al azar—, la identidad de cada base, su ruta, sus migraciones y sus
# triggers. Esto lo prueban, en los dos motores, las pruebas
# `ambos_motores` de la bitácora, lo congelado, la verificación y el sello de tiempo.
RESPONDEN_DISTINTO_EN_CADA_MOTOR = ("datos.bitacora.", "datos.congelados.", "datos.sello_de_tiempo.",
                                    "datos.verificacion.", "datos.conexion.", "datos.reglas_de_la_bitacora.",
                                    "datos.testigo.", "datos.integridad.", "datos.documentos.identidad",
                                    "datos.respaldo", "datos.valores_personales.",
                                    "datos.esquema.valores_personales.",
                                    # lo que la bitácora anotó de un cambio reversible (procedencia_del_cambio.py)
                                    "datos.deshacer.registros_de", "datos.deshacer.tramo_sellado",
                                    # el punto de control de «verificar»: solo en un archivo (el servidor, completa)
                                    "datos.punto_de_control.")
# Lo que un motor consulta y el otro no, a propósito (sitio, o sitio y comienzo de la sentencia → por qué).
SOLO_EN_UN_MOTOR = {
    ("datos.sesiones.cambios_de_reglas_en_la_bitacora", ""):
        "«verificar» busca en la bitácora del archivo las reglas rebajadas por fuera; en el servidor no hay quien las "
        "escriba por fuera del programa (los papeles no escriben reglas_quorum)",
    ("datos.personas._columnas_de_texto", "SELECT column_name FROM information_schema.columns"):
        "las columnas de texto de una tabla, donde se busca a una persona: el archivo las lee con PRAGMA table_info",
    ("datos.morosidad.deudas_vencidas", "SELECT DISTINCT importe, moneda FROM cargos"):
        "en el servidor los topes de la tolerancia se calculan antes, en Python (el archivo los pide a una función "
        "de SQLite)",
}
# El mismo dato por otro camino: el plan de emisión queda en una tabla temporal del archivo y, en el servidor (donde
# nadie crea tablas temporales), en la memoria del programa desde la consulta que lo arma.
MISMO_SITIO = {"datos.cuotas.guardar_plan_de_emision": "datos.cuotas.plan_guardado"}
# Lo que sale de la identidad de cada base (otra en cada una): el código de verificación de un documento, la huella
# de la bitácora que lleva su pie, y el SHA-256 del PDF que los imprime.
_CODIGO = re.compile(r"\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b")
_HUELLA_DEL_PIE = re.compile(r"(sello \d+ · )[0-9a-f]{16}")
COLUMNAS_DEL_ARCHIVO_IMPRESO = {"sha256"}
# Una lista de números separados por comas: `dialecto.lista` la arma «en cualquier orden».
_LISTA_DE_NUMEROS = re.compile(r"^-?\d+(,-?\d+)+$")


def _es_de(ruta: Path, lugares) -> bool:
    return any(ruta == lugar or lugar in ruta.parents for lugar in lugares)


@functools.lru_cache(maxsize=None)
def _lugar_del_archivo(archivo: str) -> tuple[bool, str | None]:
    """(si el archivo es del programa y no de las conexiones, `modulo` de datos/ o None): lo que `sitio_que_consulta`
    mira de cada cuadro, calculado una vez por archivo (se pregunta en cada consulta, miles de veces)."""
    ruta = Path(archivo)
    if RAIZ not in ruta.parents or _es_de(ruta, PROPIAS_DE_UN_MOTOR):
        return False, None
    if DATOS not in ruta.parents:
        return True, None
    return True, ruta.relative_to(RAIZ).with_suffix("").as_posix().replace("/", ".")


@functools.lru_cache(maxsize=None)
def es_de_un_motor(archivo: str) -> bool:
    """¿El archivo es una de las conexiones o algo propio de un motor (PROPIAS_DE_UN_MOTOR)? Una vez por archivo."""
    return _es_de(Path(archivo), PROPIAS_DE_UN_MOTOR)


def sitio_que_consulta() -> str | None:
    """`modulo.funcion` de datos/ que hizo la consulta en curso (el primer cuadro del programa fuera de las
    conexiones), o None si la hizo el propio motor (su esquema, sus avisos)."""
    cuadro = sys._getframe(2)
    while cuadro is not None:
        del_programa, modulo = _lugar_del_archivo(cuadro.f_code.co_filename)
        anonimo = cuadro.f_code.co_name.startswith("<")   # una comprensión o un lambda: cuenta su función
        if del_programa and not anonimo:
            return None if modulo is None else f"{modulo}.{cuadro.f_code.co_name}"
        cuadro = cuadro.f_back
    return None


def normalizado(valor, hoy: str):
    """El valor como lo compararía una persona: lo que cada motor devuelve con otro tipo (Decimal y float, bytes y
    memoryview) igual si vale lo mismo, y el momento de la corrida (que no es el mismo en las dos) como «ahora»."""
    if isinstance(valor, memoryview):
        valor = bytes(valor)
    if isinstance(valor, bool):   # el archivo no tiene booleanos: 0 y 1
        valor = int(valor)
    if isinstance(valor, decimal.Decimal):
        valor = float(valor)
    if isinstance(valor, (datetime.datetime, datetime.date)):
        valor = valor.isoformat()
    if isinstance(valor, float) and valor.is_integer():
        valor = int(valor)
    if isinstance(valor, str):
        if "-" in valor:   # sin guion no hay código (lo caro es buscarlo en cada texto de cada fila)
            valor = _CODIGO.sub("«código»", valor)
        if "sello " in valor:
            valor = _HUELLA_DEL_PIE.sub(r"\1«huella»", valor)
        if valor.startswith(hoy) and len(valor) > len(hoy):
            return "«ahora»"
        if _LISTA_DE_NUMEROS.match(valor):
            return ",".join(sorted(valor.split(","), key=int))
        if valor[:1] in "[{":   # un JSON guardado como texto: cada motor lo escribe con otros espacios
            try:
                return json.dumps(json.loads(valor), ensure_ascii=False, sort_keys=True)
            except ValueError:
                return valor
    return valor


@dataclass
class Grabadora:
    hoy: str = field(default_factory=lambda: datetime.date.today().isoformat())
    # sitio → [(sentencia, filas)] en el orden en que se hicieron
    consultas: dict[str, list[tuple[str, list]]] = field(default_factory=lambda: defaultdict(list))

    def anotar(self, sitio: str, sql: str, filas: list) -> None:
        sql = " ".join(sql.split())
        if sql[:6].upper() == "PRAGMA":   # los ajustes del archivo: el servidor no tiene
            return
        if any(sitio == s and sql.startswith(inicio) for s, inicio in SOLO_EN_UN_MOTOR):
            return
        sitio = MISMO_SITIO.get(sitio, sitio)
        self.consultas[sitio].append((sql, [
            {clave: "«del archivo impreso»" if clave in COLUMNAS_DEL_ARCHIVO_IMPRESO else normalizado(valor, self.hoy)
             for clave, valor in fila.items()} if isinstance(fila, dict)
            else tuple(normalizado(v, self.hoy) for v in fila) for fila in filas]))

    def colgarse(self, parche) -> None:
        """Envuelve `query`, `insertar` y `execute` de las dos conexiones (con el `monkeypatch` de la prueba). De
        `execute` anota lo que se lee del cursor (una función de datos/ puede leer así lo que el servidor le calcula,
        p. ej. el id de un documento que registra una función del servidor)."""
        grabadora = self
        for clase in (BaseDeDatos, BaseDeDatosServidor):
            query_original, insertar_original, execute_original = clase.query, clase.insertar, clase.execute

            def query(db, sql, parametros=None, _original=query_original):
                filas = list(_original(db, sql, parametros))
                sitio = sitio_que_consulta()
                if sitio is not None:
                    grabadora.anotar(sitio, sql, filas)
                return iter(filas)

            def insertar(db, sql, parametros=None, _original=insertar_original):
                nuevo = _original(db, sql, parametros)
                sitio = sitio_que_consulta()
                if sitio is not None:
                    grabadora.anotar(sitio, sql, [(nuevo,)])
                return nuevo

            def execute(db, sql, parametros=None, _original=execute_original):
                cursor = _original(db, sql, parametros)
                if es_de_un_motor(sys._getframe(1).f_code.co_filename):
                    return cursor   # lo pidió `query` o `insertar` (ya se anota allí) o el motor mismo
                sitio = sitio_que_consulta()
                return cursor if sitio is None else _CursorAnotado(cursor, lambda filas: grabadora.anotar(
                    sitio, sql, [tuple(f) for f in filas]))

            parche.setattr(clase, "query", query)
            parche.setattr(clase, "insertar", insertar)
            parche.setattr(clase, "execute", execute)


class _CursorAnotado:
    """Un cursor que anota las filas que se leen de él (con `fetchone`, `fetchall` o recorriéndolo)."""

    def __init__(self, cursor, anotar):
        self._cursor, self._anotar = cursor, anotar

    def fetchone(self):
        fila = self._cursor.fetchone()
        self._anotar([] if fila is None else [fila])
        return fila

    def fetchall(self):
        filas = self._cursor.fetchall()
        self._anotar(filas)
        return filas

    def __iter__(self):
        filas = self._cursor.fetchall()
        self._anotar(filas)
        return iter(filas)

    def __getattr__(self, nombre):
        return getattr(self._cursor, nombre)


def _respuestas(consultas: list[tuple[str, list]]) -> dict[tuple, str]:
    # Las filas sin su orden: una consulta sin ORDER BY puede darlas en otro orden en cada motor (el programa ordena
    # lo que muestra; las salidas de las órdenes se comparan aparte, con su orden).
    return {tuple(sorted(repr(fila) for fila in filas)): sql for sql, filas in consultas}


def diferencias(archivo: Grabadora, servidor: Grabadora) -> list[str]:
    """Dónde dicen distinto las dos grabaciones: cada respuesta (las filas) de un sitio de datos/ que se vio en un
    motor y no en el otro. La sentencia puede diferir (datos/ elige la del motor con `db.dialecto`) y cuántas veces
    se repitió una consulta también (al abrir la base, el archivo mira su testigo y su diario, el servidor no), pero
    no lo que respondió."""
    salida = []
    for sitio in sorted(set(archivo.consultas) | set(servidor.consultas)):
        if sitio.startswith(RESPONDEN_DISTINTO_EN_CADA_MOTOR):
            continue
        de_uno = _respuestas(archivo.consultas.get(sitio, []))
        de_otro = _respuestas(servidor.consultas.get(sitio, []))
        solo_uno, solo_otro = sorted(de_uno.keys() - de_otro.keys()), sorted(de_otro.keys() - de_uno.keys())
        if solo_uno or solo_otro:
            sql = de_uno[solo_uno[0]] if solo_uno else de_otro[solo_otro[0]]
            uno, otro = (set(solo_uno[0]) if solo_uno else set()), (set(solo_otro[0]) if solo_otro else set())
            salida.append(f"{sitio}: «{sql[:200]}»\n"
                          f"  solo en el archivo:  {sorted(uno - otro)[:3]}\n"
                          f"  solo en el servidor: {sorted(otro - uno)[:3]}")
    return salida


def funciones_que_consultan() -> set[str]:
    """Las funciones de escritorio/datos/ (sin las conexiones ni lo propio de cada motor) que llaman a `query` o a
    `insertar`: las que la grabación debería ver."""
    encontradas = set()
    for ruta in sorted(DATOS.rglob("*.py")):
        if _es_de(ruta, PROPIAS_DE_UN_MOTOR):
            continue
        modulo = ruta.relative_to(RAIZ).with_suffix("").as_posix().replace("/", ".")
        for nodo in ast.walk(ast.parse(ruta.read_text(encoding="utf-8"))):
            if isinstance(nodo, (ast.FunctionDef, ast.AsyncFunctionDef)):
                llamadas = {n.func.attr for n in ast.walk(nodo)
                            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)}
                if llamadas & {"query", "insertar"}:
                    encontradas.add(f"{modulo}.{nodo.name}")
    return encontradas
