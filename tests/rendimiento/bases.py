"""Las bases de los bancos como las tiene una tesorería después de diez años: N miembros (1.000, 16.000, 100.000),
diez años de cuotas emitidas a todos (2017-2026) y pagos de la mayoría, y guardadas una vez en el disco.

Cómo se arma una base (`armar`): solo con las órdenes del programa, cada una su propio proceso (`python -m
escritorio --db BASE …`), como la haría crecer una secretaría, y sin ninguna escritura del banco en la base:
- `asociacion crear`; `miembros importar` de un .xlsx con ciudades reales de GeoNames, todos ingresados entre 1990 y
  2015 (cada uno debe los diez años); `cuotas escala definir`; `cuotas emitir` de cada año;
- los pagos, con `pagos importar` de la planilla de cobros de la tesorería (.csv) de cada año, partida en tramos de
  45.000 líneas (la orden lee hasta 50.000 filas): el 80 % de los miembros pagó los diez años; el resto, los
  primeros k (de 0 a 9) y debe los últimos. Cada línea es exactamente su cuota, en su año, después del vencimiento,
  con la referencia de pago del miembro en el concepto (la reconoce sola); la imputación por antigüedad de la orden
  la lleva a la cuota más vieja pendiente, que es la de ese año. El banco solo LEE la base (en modo de solo
  lectura) para saber qué cuotas hay. `tests/servicios/test_bases_de_los_bancos.py` prueba, con una base chica, que
  cada pago es el de la planilla y que la base verifica entera.

La base armada se guarda en `build/bancos/<clave>/red-<N>.db` (fuera de git) con su testigo; la clave cambia con
`VERSION` (súbala al cambiar cómo se arman) y con el esquema (`esquema/actual.sql`): una base vieja no se usa con
un esquema nuevo tal cual, sino puesta al día por el programa (la primera orden aplica las migraciones, como en una
oficina que instala la versión nueva) si hay una de la misma VERSION (`_actualizada`); si no, se arma. Cada banco trabaja sobre una COPIA (`copia`): lo que escribe no toca la guardada.

    python tests/rendimiento/bases.py 1000 16000 100000      # arma (o encuentra) las tres y dice dónde están
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

AQUI = Path(__file__).resolve().parent
RAIZ = AQUI.parents[1]
for _carpeta in (AQUI, RAIZ):
    if str(_carpeta) not in sys.path:
        sys.path.insert(0, str(_carpeta))

from comun import escribir_xlsx, filas_miembros, miles  # noqa: E402

VERSION = 2
ANIOS = range(2017, 2027)   # diez años de cuotas, el último el que corre
TRAMOS = "0:100,100000:500,500000:1000,3000000:2000"
PAGAN_TODO = 0.8            # los que pagaron los diez años; el resto debe los últimos
SIGLA = "RT"
MAXIMO_POR_PLANILLA = 45_000   # líneas por planilla de pagos (pagos importar lee hasta 50.000 filas)
# ESCRITORIO_BANCOS: otra carpeta para las bases armadas (varias copias del código pueden compartirlas: la clave
# de cada una dice con qué esquema y qué versión de este módulo se armó)
CARPETA = Path(os.environ.get("ESCRITORIO_BANCOS") or RAIZ / "build" / "bancos")


def filas_realistas(cantidad: int) -> list[list]:
    """Las filas del padrón (comun.filas_miembros) con el ingreso entre 1990 y 2015: todos deben los diez años."""
    filas = filas_miembros(cantidad)
    for i, fila in enumerate(filas):
        fila[8] = date(1990 + i % 26, 1 + i % 12, 1 + i % 28)
    return filas


def _clave() -> str:
    esquema = (RAIZ / "escritorio" / "datos" / "esquema/actual.sql").read_bytes()
    return f"v{VERSION}-{hashlib.sha256(esquema).hexdigest()[:12]}"


def ruta_guardada(cantidad: int, *, pagos: bool = True) -> Path:
    return CARPETA / _clave() / (f"red-{cantidad}.db" if pagos else f"red-{cantidad}-sin-pagos.db")


def pagos_de_la_tesoreria(cargos: list[tuple], hoy: date) -> list[tuple[int, int, int, date]]:
    """(miembro_id, cargo_id, importe, fecha) de cada pago, en el orden en que se registran (fecha, miembro).

    `cargos`: (cargo_id, miembro_id, año, importe, vencimiento) de las cuotas anuales. Quién paga qué sale de un azar
    fijo por miembro: la misma base cada vez."""
    por_miembro: dict[int, list[tuple]] = {}
    for cargo in sorted(cargos, key=lambda c: (c[1], c[4], c[0])):   # del más viejo al más nuevo, como la imputación
        por_miembro.setdefault(cargo[1], []).append(cargo)
    pagos = []
    for miembro_id, suyos in por_miembro.items():
        azar = random.Random(miembro_id * 48)
        pagados = len(suyos) if azar.random() < PAGAN_TODO else azar.randrange(len(suyos))
        for cargo_id, _, _, importe, vencimiento in suyos[:pagados]:
            fecha = min(date.fromisoformat(vencimiento) + timedelta(days=azar.randrange(200)), hoy)
            pagos.append((miembro_id, cargo_id, importe, fecha))
    return sorted(pagos, key=lambda p: (p[3], p[0]))


def _orden(ruta: Path, *argumentos: str, codigo: Path | None = None) -> str:
    """Una orden del programa como proceso (`python -m escritorio --db RUTA …`), como la escribiría la secretaría;
    su salida, o RuntimeError con lo que dijo si terminó mal. `codigo`: la carpeta de otra versión del programa (la
    que tiene su paquete `escritorio`), para armar la base con ella."""
    entorno = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if codigo is not None:
        entorno["PYTHONPATH"] = str(codigo)
    resultado = subprocess.run([sys.executable, "-m", "escritorio", "--db", str(ruta), *map(str, argumentos)],
                               cwd=codigo or RAIZ, env=entorno, capture_output=True, text=True)
    if resultado.returncode != 0:
        raise RuntimeError(f"escritorio {' '.join(map(str, argumentos))} terminó con {resultado.returncode}:\n"
                           f"{(resultado.stdout + resultado.stderr)[-3000:]}")
    return resultado.stdout


def cuotas_anuales(ruta: Path) -> list[tuple]:
    """(cargo_id, miembro_id, año, importe, vencimiento) de las cuotas anuales, leídas de la base en solo lectura (el
    banco lee para saber quién debe qué; no escribe nada)."""
    import sqlite3

    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return conexion.execute("SELECT id, miembro_id, anio, importe, vencimiento FROM cargos "
                                "WHERE tipo_cargo = 'cuota_anual' ORDER BY id").fetchall()
    finally:
        conexion.close()


def planillas_de_la_tesoreria(pagos: list[tuple[int, int, int, date]], carpeta: Path,
                              sigla: str = SIGLA) -> list[Path]:
    """Los pagos como los anota la tesorería: una planilla (.csv) por año, partida en tramos de MAXIMO_POR_PLANILLA
    líneas (el límite de filas de `pagos importar`), cada línea con la fecha, el concepto con la referencia de pago
    del miembro (la que escribe en su transferencia) y el importe."""
    from escritorio.dominio.conciliacion import referencia_de_pago

    por_anio: dict[int, list] = {}
    for pago in pagos:
        por_anio.setdefault(pago[3].year, []).append(pago)
    planillas = []
    for anio, del_anio in sorted(por_anio.items()):
        for parte, desde in enumerate(range(0, len(del_anio), MAXIMO_POR_PLANILLA), start=1):
            ruta = carpeta / f"tesoreria-{anio}-{parte}.csv"
            with open(ruta, "w", encoding="utf-8", newline="") as archivo:
                archivo.write("Fecha;Concepto;Importe\n")
                for miembro_id, _, importe, fecha in del_anio[desde:desde + MAXIMO_POR_PLANILLA]:
                    archivo.write(f"{fecha.isoformat()};TRANSFERENCIA {referencia_de_pago(sigla, miembro_id)};"
                                  f"{importe // 100}.{importe % 100:02d}\n")
            planillas.append(ruta)
    return planillas


def pagar_con_las_ordenes(ruta: Path, hoy: date, sigla: str = SIGLA, paso=None) -> int:
    """Los pagos de la tesorería (`pagos_de_la_tesoreria`, hasta `hoy`) registrados en la base `ruta` (cerrada: nadie
    la tiene abierta) con `pagos importar` de la planilla de cada año; devuelve cuántos. `paso(nombre, *argumentos)`:
    cómo se corre cada orden (por omisión, `_orden`)."""
    paso = paso or (lambda _nombre, *argumentos: _orden(ruta, *argumentos))
    pagos = pagos_de_la_tesoreria(cuotas_anuales(ruta), hoy)
    with tempfile.TemporaryDirectory() as temporal:
        for planilla in planillas_de_la_tesoreria(pagos, Path(temporal), sigla):
            paso("pagos importar", "pagos", "importar", planilla, "--moneda", "USD")
    return len(pagos)


def armar(ruta: Path, cantidad: int, *, informar=print, tiempos: dict | None = None, pagos: bool = True,
          codigo: Path | None = None) -> Path:
    """Arma en `ruta` (que no existe) la base de una tesorería con `cantidad` miembros y diez años de historia, solo
    con órdenes del programa, cada una su propio proceso. `tiempos`: si se pasa, los segundos de cada paso. Sin
    `pagos`, la base como la armó el issue 63: las diez emisiones y ningún pago (todos deben los diez años).
    `codigo`: armarla con otra versión del programa (ver `_orden`)."""
    tiempos = {} if tiempos is None else tiempos

    def paso(nombre: str, *argumentos: str) -> str:
        inicio = time.perf_counter()
        salida = _orden(ruta, *argumentos, codigo=codigo)
        tiempos[nombre] = tiempos.get(nombre, 0.0) + time.perf_counter() - inicio
        return salida

    inicio = time.perf_counter()
    with tempfile.TemporaryDirectory() as temporal:
        carpeta = Path(temporal)
        paso("asociacion crear", "asociacion", "crear", "--nombre", "Red de la tesorería", "--sigla", SIGLA)
        planilla = escribir_xlsx(carpeta / "padron.xlsx", filas_realistas(cantidad))
        paso("miembros importar", "miembros", "importar", planilla)
        paso("cuotas escala definir", "cuotas", "escala", "definir", "--desde", "2002-01-01", "--moneda", "USD",
             "--tramos", TRAMOS, "--articulo", "art. 3")
        for anio in ANIOS:
            paso("cuotas emitir", "cuotas", "emitir", str(anio))
        from escritorio.servicios.base import hoy as fecha_de_hoy

        pagados = pagar_con_las_ordenes(ruta, fecha_de_hoy(), paso=paso) if pagos else 0
    detalle = ", ".join(f"{nombre} {segundos:.0f} s" for nombre, segundos in tiempos.items())
    informar(f"  base de {miles(cantidad)} miembros armada con las órdenes del programa en "
             f"{time.perf_counter() - inicio:.0f} s ({detalle}): {miles(pagados)} pagos, "
             f"{ruta.stat().st_size / 2**20:.0f} MB ({ruta})", flush=True)
    return ruta


def guardada(cantidad: int, *, informar=print, pagos: bool = True) -> Path:
    """La base de `cantidad` miembros de build/bancos, armada si todavía no está (con un temporal y un renombre: una
    corrida cortada no deja una base a medias que otra tome por buena). Sin `pagos`: la de solo emisiones (armar)."""
    ruta = ruta_guardada(cantidad, pagos=pagos)
    if ruta.is_file():
        return ruta
    ruta.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=ruta.parent) as temporal:
        armada = (_actualizada(cantidad, Path(temporal) / ruta.name, informar)
                  or armar(Path(temporal) / ruta.name, cantidad, informar=informar, pagos=pagos))
        _comprobar_entera(armada)
        for sufijo in (".testigo", ""):   # la base al final: su presencia dice que todo está
            origen = Path(str(armada) + sufijo)
            if origen.exists():
                origen.replace(Path(str(ruta) + sufijo))
    return ruta


def _anteriores(nombre: str) -> list[Path]:
    """Las bases del archivo `nombre` («red-16000.db») armadas con esta VERSION y un esquema anterior, la más nueva
    primero."""
    suyas = [c / nombre for c in CARPETA.glob(f"v{VERSION}-*") if c.name != _clave()]
    return sorted((r for r in suyas if r.is_file()), key=lambda r: r.stat().st_mtime, reverse=True)


def _actualizada(cantidad: int, destino: Path, informar) -> Path | None:
    """La base armada con un esquema anterior, copiada a `destino` y puesta al día por el programa, como la de una
    oficina que instala la versión nueva: la primera orden que la abre (`asociacion listar`) aplica las migraciones
    pendientes (con su respaldo antes, que se descarta con la carpeta temporal). Armar de nuevo la de 100.000 lleva
    media hora de `pagos importar`; ponerla al día, lo que tarden las migraciones. None si no hay ninguna anterior o
    el programa no la pudo poner al día (un esquema de otra rama): entonces se arma."""
    for anterior in _anteriores(destino.name):   # la de la misma forma (con pagos o sin ellos)
        inicio = time.perf_counter()
        shutil.copyfile(anterior, destino)
        if Path(str(anterior) + ".testigo").exists():
            shutil.copyfile(str(anterior) + ".testigo", str(destino) + ".testigo")
        try:
            _orden(destino, "asociacion", "listar")
        except RuntimeError as error:
            informar(f"  {anterior} no se pudo poner al día ({str(error).splitlines()[-1]}): se arma de nuevo",
                     flush=True)
            for sufijo in ("", ".testigo", "-wal", "-shm"):
                Path(str(destino) + sufijo).unlink(missing_ok=True)
            shutil.rmtree(destino.parent / "respaldos", ignore_errors=True)
            continue
        shutil.rmtree(destino.parent / "respaldos", ignore_errors=True)
        informar(f"  base de {miles(cantidad)} miembros puesta al día por el programa desde {anterior.parent.name} "
                 f"en {time.perf_counter() - inicio:.0f} s", flush=True)
        return destino
    return None


def _comprobar_entera(ruta: Path) -> None:
    """La base recién armada, recorrida entera una vez (quick_check): sana, como la deja el programa."""
    import sqlite3

    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        resultado = conexion.execute("PRAGMA quick_check").fetchall()
    finally:
        conexion.close()
    if resultado != [("ok",)]:
        raise RuntimeError(f"la base armada en {ruta} no pasó la comprobación: {resultado[:3]}")


def copia(cantidad: int, destino: Path, *, sellada: bool = True, pagos: bool = True) -> Path:
    """Una copia de la base guardada en `destino` (un archivo que no existe), con su testigo, para que el banco
    escriba en ella. `sellada`: como la deja el uso de todos los días, cerrada en orden por el programa después de
    una comprobación completa reciente (datos/integridad.py): la copia es idéntica byte a byte a la base guardada,
    que se comprobó entera al armarla, y el sello se pone a su archivo (el sello dice qué archivo: tamaño, fecha y
    nodo). Sin `sellada`, como un archivo copiado a mano: la primera orden la comprueba entera. Sin `pagos`: la base
    de solo emisiones (`armar`)."""
    from escritorio.datos import integridad, testigo

    origen = guardada(cantidad, pagos=pagos)
    destino.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(origen, destino)
    anotado = testigo.leer(origen)
    if anotado is not None:
        anotado.comprobada = None
        testigo.escribir(destino, anotado)
        if sellada:
            integridad.sellar(destino, comprobada_en=integridad.ahora_iso())
    return destino


def asociacion_de(ruta: Path) -> int:
    import sqlite3

    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return conexion.execute("SELECT id FROM asociaciones WHERE sigla = ?", [SIGLA]).fetchone()[0]
    finally:
        conexion.close()


if __name__ == "__main__":
    # «16000-sin-pagos»: la base de solo emisiones
    for argumento in sys.argv[1:] or ["1000", "16000", "100000"]:
        cantidad, _, resto = argumento.partition("-")
        print(guardada(int(cantidad), pagos=resto != "sin-pagos"))
