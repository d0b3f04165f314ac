"""La identidad de una base y su «testigo»: un archivo pequeño junto a la base, fuera de ella.

- La identidad (`identidad_base.base_id`, 32 cifras hexadecimales al azar) se crea con la base y viaja
  en cada respaldo, que es una copia: así se sabe de qué base es cada respaldo aunque compartan carpeta.
- El testigo (`<base>.testigo`, JSON) repite la identidad y anota la cabeza de la cadena de sellos de
  la bitácora (último sello y su huella). Sirve cuando la base no se puede leer (dañada: ¿qué respaldos
  son suyos?) y para notar que alguien borró los últimos registros junto con sus sellos: la cabeza que
  vio el testigo ya no está en la cadena.

Cada respaldo lleva también su testigo (`<respaldo>.testigo`, con `respaldo: true`): la cabeza que tenía
la base al copiarla. Y cada acta y recibo impresos llevan la cabeza al pie («Registro: sello N · huella …»).

El testigo solo avanza: si la cadena de la base ya no tiene la cabeza que vio (se borraron registros, se rehízo la
cadena, se copió a mano un respaldo viejo), lo anota en `alarmas` antes de mirar la cabeza nueva, y la alarma queda
hasta que una persona la reconoce (`reconocer_alarmas`): una escritura común ya no la borra. Cada apertura de la base
lo compara (`comprobar_al_abrir`). Una restauración anota antes qué cabeza trae (`restaurando`): si se corta entre
reemplazar el archivo y anotarla, la próxima apertura la termina en lugar de dar una falsa alarma.

El testigo se escribe entero en un temporal y se renombra (nunca queda a medias). Si dos procesos
escriben a la vez, puede quedar la cabeza del que terminó antes: sigue siendo un sello de la cadena,
así que nunca da una falsa alarma; solo deja de vigilar los últimos sellos hasta la próxima escritura.
"""

import json
import os
import sqlite3
from dataclasses import dataclass, fields
from pathlib import Path

SUFIJO = ".testigo"


@dataclass
class Testigo:
    base_id: str | None
    sello_id: int | None = None
    huella: str | None = None
    restaurada_en: str | None = None  # ISO 8601: la última vez que se restauró un respaldo sobre esta base
    respaldo: bool = False  # el testigo de un respaldo (`<respaldo>.testigo`), no el de una base en uso
    escrito_en: str | None = None  # ISO 8601: cuándo se hizo el respaldo (solo en el de un respaldo)
    # De qué archivo de base se hizo el respaldo (una copia de la base tiene la misma identidad): relativo a la carpeta
    # del respaldo («../escritorio.db»), para que siga valiendo si la carpeta de datos se mueve entera o la memoria USB
    # del modo portátil cambia de letra (E: → F:); absoluto si están en otra unidad, o en un testigo anterior.
    base: str | None = None
    comprobada: dict | None = None  # el sello de la última comprobación completa que pasó (integridad.py)
    alarmas: list | None = None  # cabezas vistas que la cadena ya no tiene: {sello_id, huella, hasta, notada_en}
    reconocidas: list | None = None  # las alarmas que una persona reconoció, con cuándo y por qué
    restaurando: dict | None = None  # la cabeza del respaldo que se está restaurando (sello_id, huella)
    # Qué respaldo automático tiene el contenido de la base tal como quedó al cerrarla la ventana: {respaldo, huella,
    # archivo} (archivo: su estado al cerrarla, integridad.estado_del_archivo). Si la base sigue así, al abrirla otra
    # vez no hace falta copiarla (respaldo_de_apertura.py).
    respaldada: dict | None = None
    # El respaldo de cierre que no entró en el segundo de cerrar la ventana: {motivo, momento, archivo}; lo hace la
    # próxima apertura de la ventana, en segundo plano, si la base sigue como quedó (respaldo_de_cierre.py).
    respaldo_pendiente: dict | None = None
    # Qué tan rápido se copió su último respaldo automático (MB/s): para no empezar al cerrar uno que no entra.
    respaldo_mb_s: float | None = None
    # El punto de control de «verificar» (servicios/punto_de_control.py): hasta qué sello de la cadena se comprobó
    # todo, con qué esquema y cuándo fue la última verificación completa. La verificación de todos los días parte de él.
    punto_de_control: dict | None = None


def identidad(conn: sqlite3.Connection) -> str | None:
    """La identidad de la base abierta en `conn`, o None si es anterior a la migración 0009 o no se lee."""
    try:
        fila = conn.execute("SELECT base_id FROM identidad_base WHERE unica = 1").fetchone()
    except sqlite3.Error:
        return None
    return fila[0] if fila else None


def identidad_de_archivo(ruta: Path) -> str | None:
    """La identidad de un archivo de base (abierto solo para leer); None si no tiene o no se puede leer."""
    try:
        conn = sqlite3.connect(f"file:{Path(ruta).resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        return identidad(conn)
    finally:
        conn.close()


def ruta_testigo(ruta_base: Path) -> Path:
    return Path(str(ruta_base) + SUFIJO)


def leer(ruta_base: Path) -> Testigo | None:
    """El testigo de la base, o None si no hay o no se entiende (nunca es un error: es un dato extra)."""
    try:
        datos = json.loads(ruta_testigo(ruta_base).read_text(encoding="utf-8"))
        return Testigo(base_id=datos.get("base_id"), sello_id=datos.get("sello_id"), huella=datos.get("huella"),
                       restaurada_en=datos.get("restaurada_en"), respaldo=bool(datos.get("respaldo")),
                       escrito_en=datos.get("escrito_en"), base=datos.get("base"),
                       comprobada=datos.get("comprobada"), alarmas=datos.get("alarmas"),
                       reconocidas=datos.get("reconocidas"), restaurando=datos.get("restaurando"),
                       respaldada=datos.get("respaldada"), respaldo_pendiente=datos.get("respaldo_pendiente"),
                       respaldo_mb_s=datos.get("respaldo_mb_s"), punto_de_control=datos.get("punto_de_control"))
    except (OSError, ValueError, AttributeError):
        return None


def cabeza_de_cadena(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """(id, huella) del último sello de la bitácora, o None si aún no hay sellos."""
    try:
        return conn.execute("SELECT id, huella FROM bitacora_sellos ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.Error:
        return None


def escribir(ruta_base: Path, testigo: Testigo) -> None:
    """Escribe el testigo de forma atómica. Un fallo (disco lleno, carpeta de solo lectura) no detiene
    el trabajo: el testigo es una vigilancia adicional, la base sigue siendo la fuente."""
    destino = ruta_testigo(ruta_base)
    temporal = destino.with_name(destino.name + ".parcial")
    try:
        # Campo por campo, sin la copia profunda de `asdict` (se escribe después de cada transacción): el mismo JSON.
        datos = {campo.name: getattr(testigo, campo.name) for campo in fields(testigo)}
        temporal.write_text(json.dumps(datos, ensure_ascii=False), encoding="utf-8")
        os.replace(temporal, destino)
    except OSError:
        temporal.unlink(missing_ok=True)


def _huella_en_la_cadena(conn: sqlite3.Connection, sello_id: int) -> str | None:
    try:
        fila = conn.execute("SELECT huella FROM bitacora_sellos WHERE id = ?", [sello_id]).fetchone()
    except sqlite3.Error:
        return None
    return fila[0] if fila else None


def _ahora() -> str:
    from datetime import datetime

    return datetime.now().isoformat(timespec="seconds")


def _contiene(conn: sqlite3.Connection, cabeza: dict | None) -> bool:
    return bool(cabeza) and _huella_en_la_cadena(conn, cabeza["sello_id"]) == cabeza["huella"]


def _revisar(conn: sqlite3.Connection, visto: Testigo | None) -> tuple[Testigo | None, bool]:
    """El testigo tras comparar su cabeza con la cadena de `conn`: con una alarma nueva si la cadena no la tiene (o
    con la restauración interrumpida terminada). Devuelve también si cambió algo que haya que escribir."""
    if visto is None or visto.respaldo or visto.sello_id is None or not visto.huella:
        return visto, False
    propia = identidad(conn)
    if visto.base_id and propia and visto.base_id != propia:
        return visto, False  # el testigo es de otra base (la reemplazaron por otra): lo dice «verificar»
    if _huella_en_la_cadena(conn, visto.sello_id) == visto.huella:
        return visto, False
    if _contiene(conn, visto.restaurando):  # una restauración que se cortó antes de anotarse: se termina
        cabeza = cabeza_de_cadena(conn)
        visto.restaurando, visto.restaurada_en = None, _ahora()
        visto.sello_id, visto.huella = (cabeza[0], cabeza[1]) if cabeza else (None, None)
        return visto, True
    alarma = {"sello_id": visto.sello_id, "huella": visto.huella, "hasta": (cabeza_de_cadena(conn) or (None,))[0],
              "notada_en": _ahora()}
    ya = [(a.get("sello_id"), a.get("huella")) for a in visto.alarmas or []]
    if (visto.sello_id, visto.huella) not in ya:
        visto.alarmas = [*(visto.alarmas or []), alarma]
    return visto, True


def actualizar(conn: sqlite3.Connection, ruta_base: Path, *, restaurada_en: str | None = None) -> None:
    """Anota en el testigo la identidad y la cabeza de la cadena actuales de la base abierta.

    Si la cadena ya no tiene la cabeza que el testigo vio, queda como alarma antes de moverse (salvo `restaurada_en`:
    una restauración hecha por el programa, que vuelve atrás a propósito). La fecha de la última restauración se
    conserva (o se reemplaza por `restaurada_en`); las alarmas y las reconocidas, también."""
    anterior = leer(ruta_base)
    if restaurada_en is None:
        anterior, _ = _revisar(conn, anterior)
    cabeza = cabeza_de_cadena(conn)
    escribir(ruta_base, Testigo(base_id=identidad(conn), sello_id=cabeza[0] if cabeza else None,
                                huella=cabeza[1] if cabeza else None,
                                restaurada_en=restaurada_en or (anterior.restaurada_en if anterior else None),
                                comprobada=anterior.comprobada if anterior else None,
                                alarmas=anterior.alarmas if anterior else None,
                                reconocidas=anterior.reconocidas if anterior else None,
                                respaldada=anterior.respaldada if anterior else None,
                                respaldo_pendiente=anterior.respaldo_pendiente if anterior else None,
                                respaldo_mb_s=anterior.respaldo_mb_s if anterior else None,
                                # una restauración trae otra historia: la próxima verificación la recorre entera
                                punto_de_control=anterior.punto_de_control if anterior and not restaurada_en else None))


def comprobar_al_abrir(conn: sqlite3.Connection, ruta_base: Path) -> list[dict]:
    """Compara la base recién abierta con su testigo; anota una alarma nueva si hace falta. Devuelve las alarmas
    sin reconocer (vacío si la base sigue la cadena que vio el testigo)."""
    if not en_disco(ruta_base):
        return []
    visto, cambio = _revisar(conn, leer(ruta_base))
    if cambio:
        escribir(ruta_base, visto)
    return list(visto.alarmas or []) if visto else []


def reconocer_alarmas(ruta_base: Path, motivo: str) -> list[dict]:
    """Una persona explica las alarmas (por ejemplo, copió a mano un respaldo): pasan a `reconocidas`, con cuándo y
    por qué, y dejan de avisar. Devuelve las que se reconocieron."""
    visto = leer(ruta_base)
    if visto is None or not visto.alarmas:
        return []
    cuando = _ahora()
    nuevas = [{**alarma, "reconocida_en": cuando, "motivo": motivo} for alarma in visto.alarmas]
    visto.reconocidas, visto.alarmas = [*(visto.reconocidas or []), *nuevas], None
    escribir(ruta_base, visto)
    return nuevas


def anotar_restauracion_en_curso(ruta_base: Path, copia: Path) -> None:
    """Antes de poner `copia` (el respaldo ya copiado) en lugar de la base: qué cabeza trae. Si el programa se
    corta antes de anotar la restauración, la próxima apertura la reconoce como tal (no es una manipulación)."""
    visto = leer(ruta_base)
    if visto is None:
        return
    try:
        conn = sqlite3.connect(f"file:{Path(copia).resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    try:
        cabeza = cabeza_de_cadena(conn)
    finally:
        conn.close()
    visto.restaurando = {"sello_id": cabeza[0], "huella": cabeza[1]} if cabeza else None
    escribir(ruta_base, visto)


def en_disco(ruta_base: Path | str) -> bool:
    """False para una base en memoria o temporal sin archivo (no tiene testigo)."""
    texto = str(ruta_base)
    return bool(texto) and texto != ":memory:" and not texto.startswith("file::memory:")


def anotar_respaldo(conn: sqlite3.Connection, respaldo: Path) -> None:
    """Junto a un respaldo recién hecho, su testigo: la identidad y la cabeza de la cadena que tenía la base
    al copiarla. «verificar» comprueba que la base siga teniendo esa cabeza (si no, alguien borró o cambió
    registros después del respaldo). Lleva `respaldo: true`: no es el testigo de una base en uso."""
    from datetime import datetime

    cabeza = cabeza_de_cadena(conn)
    try:
        origen = conn.execute("PRAGMA database_list").fetchone()[2] or None
    except sqlite3.Error:
        origen = None
    escribir(respaldo, Testigo(base_id=identidad(conn), sello_id=cabeza[0] if cabeza else None,
                               huella=cabeza[1] if cabeza else None, respaldo=True,
                               escrito_en=datetime.now().isoformat(timespec="seconds"),
                               base=_relativa_al_respaldo(Path(origen), respaldo) if origen else None))


def _relativa_al_respaldo(origen: Path, respaldo: Path) -> str:
    absoluta = origen.resolve()
    try:
        return os.path.relpath(absoluta, Path(respaldo).resolve().parent)
    except ValueError:   # en Windows, otra unidad: no hay camino relativo
        return str(absoluta)


def es_la_base_del_respaldo(anotada: str, respaldo: Path, ruta_base: Path) -> bool:
    """¿El respaldo se hizo de la base de `ruta_base` (y no de una copia suya en otro archivo)? `anotada` es la
    `base` de su testigo: relativa a la carpeta del respaldo, o absoluta."""
    camino = Path(anotada)
    if not camino.is_absolute():
        camino = Path(respaldo).resolve().parent / camino
    return camino.resolve() == Path(ruta_base).resolve()


def anotar_restauracion(ruta_base: Path) -> None:
    """Después de restaurar un respaldo: el testigo pasa a la cabeza de la base restaurada (los sellos más
    nuevos que tenía la base anterior ya no están, y no es una manipulación) y anota cuándo fue."""
    from datetime import datetime

    try:
        conn = sqlite3.connect(f"file:{Path(ruta_base).resolve().as_posix()}?mode=ro", uri=True)
    except sqlite3.Error:
        return
    try:
        actualizar(conn, ruta_base, restaurada_en=datetime.now().isoformat(timespec="seconds"))
    finally:
        conn.close()
