"""El arnés del fuzzer de entrada hostil: los perfiles de Hypothesis, la CLI en el mismo proceso y la
propiedad que cada caso debe cumplir. (La demo, creada UNA vez por sesión, es una fixture de conftest.py.)

Perfiles de Hypothesis (`settings.register_profile`):
- «defecto» (`make test`): pocos ejemplos por orden, sin base de ejemplos en el repositorio; todo el paquete
  en menos de un minuto.
- «fuzz» (`make fuzz`): ESCRITORIO_FUZZ_EJEMPLOS ejemplos por orden (por defecto 40) y la verificación de la
  base en cada caso. Al final se imprime cuántos casos se probaron.
Con ESCRITORIO_FUZZ_EJEMPLOS definida se usa el perfil «fuzz».
"""

import contextlib
import hashlib
import io
import json
import logging
import os
import re
import shutil
import sqlite3
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings
from hypothesis.configuration import set_hypothesis_home_dir

# Nada de Hypothesis queda en el repositorio (ni ejemplos ni su caché de constantes): todo en un temporal.
set_hypothesis_home_dir(os.path.join(tempfile.gettempdir(), "escritorio-hypothesis"))

_GRANDE = os.environ.get("ESCRITORIO_FUZZ_EJEMPLOS", "").strip()
EJEMPLOS = int(_GRANDE) if _GRANDE.isdigit() else 0
_COMUNES = dict(database=None, deadline=None, derandomize=False, print_blob=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large, HealthCheck.filter_too_much])
# Sin achicar en «defecto»: una falla se informa enseguida (el ejemplo mínimo lo da `make fuzz`).
settings.register_profile("defecto", max_examples=3, phases=[Phase.explicit, Phase.reuse, Phase.generate], **_COMUNES)
settings.register_profile("fuzz", max_examples=max(EJEMPLOS, 1), **_COMUNES)
# Solo para las pruebas de este paquete (decoradas con @PERFIL): el perfil global de Hypothesis no se toca,
# así otras pruebas con Hypothesis de la suite siguen con sus propios ajustes.
PERFIL = settings.get_profile("fuzz" if EJEMPLOS else "defecto")
VERIFICAR_SIEMPRE = bool(EJEMPLOS) or os.environ.get("ESCRITORIO_FUZZ_VERIFICAR") == "siempre"

CASOS = {"cli": 0, "importacion": 0, "proceso": 0}

# --- lo que nunca debe leer quien usa el programa -----------------------------------------------------

PROHIBIDOS = ["Lo sentimos", "Traceback", "error inesperado"]
# Textos típicos de bibliotecas (Python, SQLite, openpyxl, argparse, zipfile, csv) que delatan un error sin
# traducir. Se buscan en el mensaje con los valores del caso ya quitados (un nombre puede decir «invalid»).
INGLES = [r"\bError:", r"\bErrno\b", r"No such file", r"Permission denied", r"not a zip", r"[Ff]ile is not",
          r"field larger", r"constraint failed", r"invalid literal", r"object has no attribute", r"\bexpected\b",
          r"\bignored explicit argument\b", r"\bcould not\b", r"\bcan't\b", r"\bcannot\b", r"codec", r"\bmust be\b",
          r"\bis not\b", r"\bdoes not\b", r"\bunsupported\b", r"Is a directory", r"Not a directory",
          r"Read-only file system", r"\b[Ii]nvalid\b", r"out of range", r"\boverflow\b", r"NoneType",
          r"\w+Error\b", r"embedded null", r"database is locked", r"disk I/O", r"no such (table|column)",
          r"UNIQUE", r"NOT NULL", r"FOREIGN KEY", r"list index", r"unconverted data", r"does not match format",
          r"\bday is\b", r"\bmonth must\b", r"\byear \d+ is out", r"\bargument\b", r"\brequired\b", r"\busage:",
          r"\bunrecognized\b", r"choose from", r"\bthe following\b", r"\bnot allowed\b", r"\bambiguous\b",
          r"\bunexpected\b", r"Unknown", r"\bWorksheet\b", r"\bkeyword\b", r"\bsurrogates?\b", r"\bdecode\b",
          r"\bencode\b", r"\bstring\b", r"\bfloat\b", r"\binteger\b", r"\bnull\b"]
_INGLES = re.compile("|".join(INGLES))
# Al menos una palabra corriente del castellano (el mensaje tiene que explicar algo, no solo citar el valor).
_CASTELLANO = re.compile(r"\b(no|de|del|al|el|la|los|las|un|una|en|que|se|es|son|está|hay|tiene|debe|sin|para|con|"
                         r"por|valor|vacío|falta|faltan|argumento|opción|archivo|carpeta|fila|columna|existe|"
                         r"escríbalo|escriba|use|indique|elija)\b", re.IGNORECASE)


def sin_valores(texto: str, valores) -> str:
    """El texto sin los valores que puso el caso (ni sus primeros 40 caracteres, como los cita `muestra`)."""
    for valor in sorted({str(v) for v in valores if v is not None and str(v).strip()}, key=len, reverse=True):
        for pedazo in (valor, valor[:40], valor[:37], repr(valor)[1:-1]):
            if len(pedazo) >= 3:
                texto = texto.replace(pedazo, "\u2591")
    return texto


def problemas_del_mensaje(estado: int, salida: str, errores: str, valores, *, estados=(0, 1, 2)) -> list[str]:
    """Lo que está mal en lo que vio el usuario (lista vacía si nada)."""
    problemas = []
    if estado not in estados:
        problemas.append(f"estado de salida {estado} (se esperaba uno de {estados})")
    for prohibido in PROHIBIDOS:
        if prohibido in errores or prohibido in salida:
            problemas.append(f"la salida dice «{prohibido}»")
    if estado != 0:
        limpio = sin_valores(errores, valores)
        if not errores.strip():
            problemas.append("falló sin ningún mensaje en la salida de errores")
        ingles = _INGLES.search(limpio)
        if ingles:
            problemas.append(f"mensaje con texto en inglés de una biblioteca: «{ingles.group(0)}»")
        if errores.strip() and not _CASTELLANO.search(limpio):
            problemas.append("el mensaje no explica nada en castellano")
    return problemas


# --- la base: huella y verificación -------------------------------------------------------------------

@dataclass(frozen=True)
class Huella:
    cuentas: tuple
    bitacora: str
    esquema: str

    def diferencias(self, otra: "Huella") -> list[str]:
        cambios = [f"{t}: {a} → {b}" for (t, a), (_, b) in zip(self.cuentas, otra.cuentas) if a != b]
        if dict(self.cuentas).keys() != dict(otra.cuentas).keys():
            cambios.append("cambió la lista de tablas")
        if self.bitacora != otra.bitacora:
            cambios.append("cambió el contenido de la bitácora")
        if self.esquema != otra.esquema:
            cambios.append("cambió el esquema (tablas, índices o triggers)")
        return cambios


def huella(ruta: Path) -> Huella:
    """Cuántas filas tiene cada tabla, el contenido de la bitácora (y sus sellos) y el esquema."""
    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        tablas = [t for (t,) in conexion.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        cuentas = tuple((t, conexion.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tablas)
        resumen = hashlib.sha256()
        for tabla in ("bitacora", "bitacora_sellos"):
            if tabla in tablas:
                for fila in conexion.execute(f'SELECT * FROM "{tabla}" ORDER BY rowid'):
                    resumen.update(repr(fila).encode("utf-8", "surrogatepass"))
        esquema = hashlib.sha256(repr(conexion.execute(
            "SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()).encode()).hexdigest()
        return Huella(cuentas, resumen.hexdigest(), esquema)
    finally:
        conexion.close()


def problemas_de_verificar(ruta: Path) -> list[str]:
    """Lo que dice `escritorio verificar` (el mismo servicio) de la base; lista vacía si está sana."""
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.respaldo import verificar

    db = abrir_base(ruta, crear=False)
    try:
        return list(verificar(db).problemas)
    finally:
        db.close()


# --- la demo, una vez por sesión ----------------------------------------------------------------------

@dataclass
class Demo:
    carpeta: Path
    ruta: Path
    huella: Huella
    ids: dict = field(default_factory=dict)
    ultimo_de_bitacora: int = 0
    contenido: bytes = b""   # los bytes del archivo de la demo: una copia igual byte a byte tiene su misma huella

    def sin_tocar(self, ruta: Path) -> bool:
        """Si la base en `ruta` es byte a byte la demo (y sin diario WAL pendiente): su huella es la de la demo, sin
        recorrer la bitácora (la mayoría de los casos que fallan no escriben nada)."""
        wal = ruta.with_name(ruta.name + "-wal")
        if not self.contenido or (wal.exists() and wal.stat().st_size):
            return False
        return ruta.stat().st_size == len(self.contenido) and ruta.read_bytes() == self.contenido


def crear_demo(carpeta: Path, hecha: Path | None = None) -> Demo:
    """La red de ejemplo, creada una sola vez (tarda unos segundos); cada caso trabaja sobre una copia. Con `hecha`
    (la de «escritorio demo» de la corrida, `demo_creada_por_la_cli`), una copia de ella con su testigo: la misma
    red (crear_red_demo), sin armarla otra vez en el proceso."""
    from escritorio.servicios.base import abrir_base
    from escritorio.demo import crear_red_demo

    ruta = carpeta / "demo.db"
    if hecha is not None:
        shutil.copy2(hecha, ruta)
        testigo = hecha.with_name(hecha.name + ".testigo")
        if testigo.exists():
            shutil.copy2(testigo, ruta.with_name(ruta.name + ".testigo"))
    anteriores = {k: os.environ.get(k) for k in ("XDG_DATA_HOME", "HOME")}
    os.environ["XDG_DATA_HOME"] = str(carpeta / "datos")
    try:
        if hecha is None:
            db = abrir_base(ruta)
            crear_red_demo(db)
            db.close()
    finally:
        for k, v in anteriores.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    assert problemas_de_verificar(ruta) == []
    conexion = sqlite3.connect(ruta)
    ids = {
        "miembro": [i for (i,) in conexion.execute("SELECT id FROM miembros ORDER BY id")],
        "pago": [i for (i,) in conexion.execute("SELECT id FROM pagos ORDER BY id")],
        "sesion": [i for (i,) in conexion.execute("SELECT id FROM sesiones ORDER BY id")],
        "punto": [i for (i,) in conexion.execute("SELECT id FROM puntos_orden ORDER BY id")],
        "organo": [n for (n,) in conexion.execute("SELECT nombre FROM organos ORDER BY id")],
        "norma": [n for (n,) in conexion.execute("SELECT titulo FROM normas ORDER BY id")],
        "miembros_datos": conexion.execute(
            "SELECT m.nombre, m.pais, max(p.cifra) FROM miembros m JOIN poblaciones p ON p.miembro_id = m.id "
            "GROUP BY m.id ORDER BY m.id").fetchall(),
        "entidad": sorted({e for (e,) in conexion.execute("SELECT DISTINCT entidad FROM bitacora")}),
        "convenio": [i for (i,) in conexion.execute("SELECT id FROM convenios ORDER BY id")],
        "externa": [i for (i,) in conexion.execute("SELECT id FROM partes_externas ORDER BY id")],
        "obligacion": [i for (i,) in conexion.execute("SELECT id FROM obligaciones_convenio ORDER BY id")],
        "id_organo": [i for (i,) in conexion.execute("SELECT id FROM organos ORDER BY id")],
        "resolucion": [i for (i,) in conexion.execute("SELECT id FROM resoluciones ORDER BY id")],
    }
    ultimo = conexion.execute("SELECT max(id) FROM bitacora").fetchone()[0]
    conexion.close()
    return Demo(carpeta, ruta, huella(ruta), ids, ultimo, ruta.read_bytes())


# --- la CLI en el mismo proceso -----------------------------------------------------------------------

class _Inesperados(logging.Handler):
    """Junta los errores que el programa anota como inesperados (aunque no lleguen a la pantalla)."""

    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.registros = []

    def emit(self, record):
        self.registros.append(record)


@dataclass
class Resultado:
    estado: int
    salida: str
    errores: str
    inesperados: list

    def __str__(self):
        inesperados = "".join(f"\n  inesperado: {r.getMessage()} {r.exc_info[1]!r}" if r.exc_info else
                              f"\n  inesperado: {r.getMessage()}" for r in self.inesperados)
        return (f"estado {self.estado}\n--- salida de errores ---\n{self.errores[:3000]}\n--- salida ---\n"
                f"{self.salida[:1500]}{inesperados}")


def correr_cli(argv: list[str], carpeta: Path) -> Resultado:
    """`escritorio ARGV` dentro de este proceso, con la carpeta como carpeta de trabajo.

    La salida estándar es estricta en UTF-8, como la de una terminal (un texto con bytes que no son UTF-8 no
    se puede imprimir); la de errores reemplaza lo que no puede mostrar, como hace Python."""
    from escritorio.cli import principal
    from escritorio.datos.bitacora import fijar_operador

    salida, errores = io.BytesIO(), io.BytesIO()
    texto_salida = io.TextIOWrapper(salida, encoding="utf-8", errors="strict", write_through=True)
    texto_errores = io.TextIOWrapper(errores, encoding="utf-8", errors="backslashreplace", write_through=True)
    vigilante = _Inesperados()
    registro = logging.getLogger("escritorio")
    registro.addHandler(vigilante)
    antes = os.getcwd()
    os.chdir(carpeta)
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = texto_salida, texto_errores
    try:
        try:
            estado = principal(list(argv))
        except SystemExit as salida_:
            codigo = salida_.code
            estado = 0 if codigo is None else codigo if isinstance(codigo, int) else 1
            if isinstance(codigo, str):
                texto_errores.write(codigo)
    finally:
        sys.stdout, sys.stderr = stdout, stderr
        os.chdir(antes)
        registro.removeHandler(vigilante)
        fijar_operador(None)
    return Resultado(estado, salida.getvalue().decode("utf-8", "replace"),
                     errores.getvalue().decode("utf-8", "replace"), vigilante.registros)


@contextlib.contextmanager
def carpeta_de_caso(demo: Demo):
    """Una carpeta nueva con una copia de la demo (base y testigo) para un caso; se borra al terminar."""
    carpeta = Path(tempfile.mkdtemp(prefix="caso_", dir=demo.carpeta))
    shutil.copy2(demo.ruta, carpeta / "red.db")
    testigo = demo.ruta.with_name(demo.ruta.name + ".testigo")
    if testigo.exists():
        shutil.copy2(testigo, carpeta / "red.db.testigo")
    try:
        yield carpeta
    finally:
        for raiz, carpetas, _ in os.walk(carpeta):  # una prueba puede dejar carpetas sin permiso de escritura
            for nombre in carpetas:
                with contextlib.suppress(OSError):
                    os.chmod(os.path.join(raiz, nombre), 0o755)
        shutil.rmtree(carpeta, ignore_errors=True)


def _textos(valor):
    if isinstance(valor, str):
        yield valor
    elif isinstance(valor, dict):
        for v in valor.values():
            yield from _textos(v)
    elif isinstance(valor, list):
        for v in valor:
            yield from _textos(v)


# Las columnas que el programa valida como texto de varias líneas (entrada.texto con multilinea=True), y el acta
# aprobada (JSON con esos textos).
_COLUMNAS_DE_TEXTO_LARGO = {"apertura", "cierre", "texto", "resumen", "atribuciones", "descripcion", "resultado",
                            "contenido"}


def _columnas_de(conexion, entidad: str) -> list[str]:
    """Las columnas que la bitácora copia de la tabla, en su orden (las BLOB no: migraciones._columnas)."""
    return [f[1] for f in conexion.execute(f'PRAGMA table_info("{entidad}")') if f[2].upper() != "BLOB"]


def _textos_por_columna(valor, columnas: list[str]):
    """(columna, texto) de un registro de la bitácora: una fila (lista en el orden de las columnas) o un cambio
    ({"antes": fila, "despues": fila}); lo que no tiene esa forma va con la columna None."""
    filas = [valor.get("antes"), valor.get("despues")] if isinstance(valor, dict) else [valor]
    for fila in filas:
        if isinstance(fila, list) and len(fila) == len(columnas):
            for columna, dato in zip(columnas, fila):
                yield from ((columna, texto) for texto in _textos(dato))
        else:
            yield from ((None, texto) for texto in _textos(fila))


def _numeros(valor):
    if isinstance(valor, (int, float)) and not isinstance(valor, bool):
        yield valor
    elif isinstance(valor, dict):
        for v in valor.values():
            yield from _numeros(v)
    elif isinstance(valor, list):
        for v in valor:
            yield from _numeros(v)


# Lo que el programa anota de un documento que emitió (lo que afirma, en JSON, y el texto del PDF): no lo escribió
# nadie, así que no tiene el largo de un campo; sí pasa por la regla de los caracteres.
# `cambios_reversibles` guarda las filas enteras que un cambio tocó (JSON, antes y después), para deshacerlo: su
# largo es el de la fila, no el de un campo escrito.
_REGISTROS_DERIVADOS = {"documentos_emitidos", "archivos_emitidos", "cambios_reversibles"}
# Las tablas cuyos números tienen signo: la latitud y la longitud de un miembro (negativas al sur y al oeste).
_CON_SIGNO = {"ubicaciones_miembro"}


def lo_guardado_no_tiene_nada_raro(ruta_db, desde_id: int, fuente: bytes) -> list[str]:
    """Cada texto y número que la importación escribió (según la bitácora) es algo que se puede guardar."""
    from escritorio.dominio.entrada import LARGO_CORTO, LARGO_DOCUMENTO, caracter_prohibido

    conexion = sqlite3.connect(f"file:{ruta_db}?mode=ro", uri=True)
    try:
        filas = conexion.execute("SELECT entidad, datos FROM bitacora WHERE id > ? ORDER BY id", (desde_id,)).fetchall()
        columnas = {entidad: _columnas_de(conexion, entidad) for entidad in {f[0] for f in filas}}
    finally:
        conexion.close()
    problemas = []
    mojibake_en_fuente = "Ã".encode() in fuente or "Ã".encode("cp1252") in fuente
    for entidad, datos in filas:
        try:
            valor = json.loads(datos) if datos else None
        except ValueError:
            problemas.append(f"{entidad}: la bitácora guardó datos que no son JSON: {datos[:80]!r}")
            continue
        for columna, texto in _textos_por_columna(valor, columnas[entidad]):
            # Los textos largos (un artículo, un acta) admiten saltos y las marcas invisibles que deja Word.
            multilinea = "\n" in texto or columna in _COLUMNAS_DE_TEXTO_LARGO
            prohibido = caracter_prohibido(texto, multilinea=multilinea)
            if prohibido:
                problemas.append(f"{entidad}: se guardó {texto[:60]!r}, que {prohibido[1]}")
            if len(texto) > (LARGO_DOCUMENTO if multilinea else LARGO_CORTO) and entidad not in _REGISTROS_DERIVADOS:
                problemas.append(f"{entidad}: se guardó un texto de {len(texto)} caracteres")
            if texto == "[]" and b"[]" not in fuente:  # un valor que llegó como lista (p. ej. «--opcion=--»)
                problemas.append(f"{entidad}: se guardó el texto «[]», que nadie escribió")
            if "Ã" in texto and not mojibake_en_fuente:
                problemas.append(f"{entidad}: se guardó mojibake {texto[:60]!r} (el archivo no lo decía)")
        for numero in _numeros(valor) if entidad not in _CON_SIGNO else ():
            if numero < 0:
                problemas.append(f"{entidad}: se guardó el número negativo {numero}")
    return problemas


def comprobar_caso(demo: Demo, ruta_db: Path, resultado: Resultado, valores, *, estados=(0, 1, 2),
                   huella_antes: Huella | None = None) -> None:
    """La propiedad de cada caso: estado 0/1/2 (3 donde se documenta), mensaje en castellano sin disculpa ni
    inglés, ningún error inesperado anotado, la base sana y, si la orden falló, la base igual que antes."""
    problemas = problemas_del_mensaje(resultado.estado, resultado.salida, resultado.errores, valores,
                                      estados=estados)
    if resultado.inesperados:
        problemas.append(f"{len(resultado.inesperados)} error(es) inesperado(s) anotado(s) en el registro")
    antes = huella_antes or demo.huella
    if ruta_db.exists() and ruta_db.stat().st_size:
        despues = antes if huella_antes is None and demo.sin_tocar(ruta_db) else huella(ruta_db)
        cambios = antes.diferencias(despues)
        if resultado.estado not in (0, 3) and cambios:
            problemas.append("falló pero la base cambió: " + "; ".join(cambios[:8]))
        if cambios and huella_antes is None:  # lo que se escribió: nada raro (controles, bidi, mojibake…)
            fuente = "\n".join(str(v) for v in valores if v is not None).encode("utf-8", "surrogateescape")
            problemas += lo_guardado_no_tiene_nada_raro(ruta_db, demo.ultimo_de_bitacora, fuente)
        if cambios or VERIFICAR_SIEMPRE:
            problemas += [f"verificar: {p}" for p in problemas_de_verificar(ruta_db)]
    else:
        problemas.append("la base desapareció o quedó vacía")
    assert not problemas, "\n".join(problemas) + "\n" + str(resultado)
