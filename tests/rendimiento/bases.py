"""Las bases de los bancos como las tiene una tesorería después de diez años: N miembros (1.000, 16.000, 100.000),
diez años de cuotas emitidas a todos (2017-2026) y pagos de la mayoría, y guardadas una vez en el disco.

Cómo se arma una base (`armar`), y por qué es la que dejaría el programa:
- la asociación, el padrón (`miembros importar` de un .xlsx con ciudades reales de GeoNames, todos ingresados entre
  1990 y 2015: cada uno debe los diez años), la escala y la emisión de cada año, con los servicios de siempre, como
  la secretaría (la importación y la emisión ya escriben en lote);
- los pagos, en lote: el 80 % de los miembros pagó los diez años; el resto, los primeros k (de 0 a 9) y debe los
  últimos. Cada pago es exactamente su cuota, en su año, después del vencimiento, y se imputa a ella: la más vieja
  pendiente del miembro, que es lo que haría la imputación por antigüedad de `pagos registrar`. Se escriben con
  `datos.cuotas.insertar_pagos` (la función del registro en lote de `servicios.pagos_en_lote.registrar_pagos`) dentro de
  una transacción del programa por año: los disparadores corren (bitácora de cada fila, reglas del dinero) y la
  transacción sella la bitácora, como en el programa. Que el resultado es el mismo que el del servicio, pago por
  pago (cada columna, cada imputación, cada número de recibo), lo prueba `tests/servicios/test_bases_de_los_bancos.py`
  con una base chica armada de las dos maneras. El servicio uno por uno tardaría horas con 100.000 miembros; en
  lote, la base de 100.000 (casi 900.000 pagos) se arma en unos minutos.

La base armada se guarda en `build/bancos/<clave>/red-<N>.db` (fuera de git) con su testigo; la clave cambia con
`VERSION` (súbala al cambiar cómo se arman) y con el esquema (`esquema_actual.sql`): una base vieja no se usa con
un esquema nuevo. Cada banco trabaja sobre una COPIA (`copia`): lo que escribe no toca la guardada.

    python tests/rendimiento/bases.py 1000 16000 100000      # arma (o encuentra) las tres y dice dónde están
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
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

VERSION = 1
ANIOS = range(2017, 2027)   # diez años de cuotas, el último el que corre
TRAMOS = "0:100,100000:500,500000:1000,3000000:2000"
PAGAN_TODO = 0.8            # los que pagaron los diez años; el resto debe los últimos
SIGLA = "RT"
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
    esquema = (RAIZ / "escritorio" / "datos" / "esquema_actual.sql").read_bytes()
    return f"v{VERSION}-{hashlib.sha256(esquema).hexdigest()[:12]}"


def ruta_guardada(cantidad: int) -> Path:
    return CARPETA / _clave() / f"red-{cantidad}.db"


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


def registrar_pagos_en_lote(contexto, pagos: list[tuple[int, int, int, date]]) -> None:
    """Los pagos de `pagos_de_la_tesoreria`, un año por transacción, como los escribiría `registrar_pagos`: el id
    siguiente, la cuota entera imputada a su cargo, el recibo siguiente de su año."""
    from escritorio.datos import cuotas as tabla_cuotas
    from escritorio.datos.conexion import transaccion

    db, asociacion = contexto.db, contexto.asociacion_id
    por_anio: dict[int, list] = {}
    for pago in pagos:
        por_anio.setdefault(pago[3].year, []).append(pago)
    for anio, del_anio in sorted(por_anio.items()):
        with transaccion(db):
            siguiente = tabla_cuotas.proximo_id_de_pago(db)
            numero = tabla_cuotas.proximo_recibo(db, asociacion, anio)
            filas, imputaciones, recibos = [], [], []
            for orden, (miembro_id, cargo_id, importe, fecha) in enumerate(del_anio):
                pago_id = siguiente + orden
                filas.append((pago_id, asociacion, miembro_id, fecha.isoformat(), importe, "USD", None, "USD", importe,
                              "transferencia", None))
                imputaciones.append((pago_id, cargo_id, importe))
                recibos.append((asociacion, anio, numero + orden, pago_id))
            tabla_cuotas.insertar_pagos(db, filas, imputaciones, recibos)


def cuotas_anuales(contexto) -> list[tuple]:
    """(cargo_id, miembro_id, año, importe, vencimiento) de las cuotas anuales de la asociación."""
    from escritorio.datos import cuotas as tabla_cuotas

    return [(c[0], c[1], c[3], c[4], c[7]) for c in tabla_cuotas.saldos_agrupados(
        contexto.db, contexto.asociacion_id, "9999-12-31") if c[2] == "cuota_anual"]


def registrar_pagos_con_el_servicio(contexto, pagos: list[tuple[int, int, int, date]]) -> None:
    """Los mismos pagos por `servicios.pagos_en_lote.registrar_pagos` (un año por llamada), con la imputación automática: la
    manera lenta, que la prueba compara con `registrar_pagos_en_lote`."""
    from escritorio.dominio.dinero import a_decimal
    from escritorio.servicios.pagos import NuevoPago
    from escritorio.servicios.pagos_en_lote import registrar_pagos

    por_anio: dict[int, list] = {}
    for miembro_id, _, importe, fecha in pagos:
        por_anio.setdefault(fecha.year, []).append(
            NuevoPago(miembro_id, fecha, str(a_decimal(importe, "USD")), "USD"))
    for _, nuevos in sorted(por_anio.items()):
        registrar_pagos(contexto, nuevos)


def armar(ruta: Path, cantidad: int, *, informar=print, registrar=registrar_pagos_en_lote) -> Path:
    """Arma en `ruta` (que no existe) la base de una tesorería con `cantidad` miembros y diez años de historia."""
    from escritorio.servicios import cuotas, emision_de_cuotas
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
    from escritorio.servicios.base import abrir_base, cerrar_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.importacion import importar_miembros
    from escritorio.servicios.base import hoy as fecha_de_hoy

    inicio = time.perf_counter()
    db = abrir_base(ruta)
    try:
        contexto = Contexto(db, crear_asociacion(db, NuevaAsociacion(nombre="Red de la tesorería", sigla=SIGLA)))
        with tempfile.TemporaryDirectory() as temporal:
            planilla = escribir_xlsx(Path(temporal) / "padron.xlsx", filas_realistas(cantidad))
            importar_miembros(contexto, planilla)
        cuotas.definir_escala(contexto, cuotas.escala_desde_texto(date(2002, 1, 1), "USD", TRAMOS,
                                                                  articulo="art. 3"))
        for anio in ANIOS:
            emision_de_cuotas.emitir(contexto, anio)
        pagos = pagos_de_la_tesoreria(cuotas_anuales(contexto), fecha_de_hoy())
        registrar(contexto, pagos)
    finally:
        cerrar_base(db)
    informar(f"  base de {miles(cantidad)} miembros armada en {time.perf_counter() - inicio:.0f} s: "
             f"{miles(len(pagos))} pagos, {ruta.stat().st_size / 2**20:.0f} MB ({ruta})", flush=True)
    return ruta


def guardada(cantidad: int, *, informar=print) -> Path:
    """La base de `cantidad` miembros de build/bancos, armada si todavía no está (con un temporal y un renombre: una
    corrida cortada no deja una base a medias que otra tome por buena)."""
    ruta = ruta_guardada(cantidad)
    if ruta.is_file():
        return ruta
    ruta.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=ruta.parent) as temporal:
        armada = armar(Path(temporal) / ruta.name, cantidad, informar=informar)
        _comprobar_entera(armada)
        for sufijo in (".testigo", ""):   # la base al final: su presencia dice que todo está
            origen = Path(str(armada) + sufijo)
            if origen.exists():
                origen.replace(Path(str(ruta) + sufijo))
    return ruta


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


def copia(cantidad: int, destino: Path, *, sellada: bool = True) -> Path:
    """Una copia de la base guardada en `destino` (un archivo que no existe), con su testigo, para que el banco
    escriba en ella. `sellada`: como la deja el uso de todos los días, cerrada en orden por el programa después de
    una comprobación completa reciente (datos/integridad.py): la copia es idéntica byte a byte a la base guardada,
    que se comprobó entera al armarla, y el sello se pone a su archivo (el sello dice qué archivo: tamaño, fecha y
    nodo). Sin `sellada`, como un archivo copiado a mano: la primera orden la comprueba entera."""
    from escritorio.datos import integridad, testigo

    origen = guardada(cantidad)
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
    for argumento in sys.argv[1:] or ["1000", "16000", "100000"]:
        print(guardada(int(argumento)))
