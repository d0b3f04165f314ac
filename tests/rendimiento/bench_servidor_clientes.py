"""Diez puestos de una oficina trabajando a la vez sobre un servidor PostgreSQL (el modo servidor): cuántas órdenes
por minuto atiende el equipo, con el código de antes de esta vuelta y con el de ahora (issue 63, §4).

Cada puesto es un hilo que corre órdenes enteras como procesos, una tras otra, sin pausa: `organos listar`,
`sesiones listar`, `pagos registrar` (una transacción corta, cada puesto con su miembro) y `cuotas morosidad --json`.
En la prueba de carga de la oficina el techo era el procesador de los clientes (cada orden es un proceso de Python que
arranca, importa y abre la base), ≈ 300 órdenes por minuto en dos núcleos: lo que esta vuelta alivianó. Se mide:
- antes: el código de main donde empezó esta vuelta (BANCO_ANTES, un commit; se extrae con `git archive`);
- ahora: este código, una orden por proceso;
- ahora, en lote: cada puesto manda sus órdenes de a `POR_LOTE` en un `escritorio lote` (un proceso por lote).
Rondas de `SEGUNDOS` alternadas (antes, ahora, lote, antes, ahora, lote…): cada puesto empieza órdenes (o lotes) hasta
el final de la ronda y termina la que tiene en curso; sus órdenes por minuto son las que hizo dividido el tiempo hasta
que terminó la última (así un lote largo que cruza el final no se pierde ni se cuenta de más), y las del equipo, la
suma de los diez; la mediana de las rondas. El procesador por orden es el de todos los procesos de los puestos. El servidor es uno de verdad en este mismo equipo (tests/servidor_postgres.py),
con la durabilidad de siempre; la base, la de 1.000 miembros con diez años de cuotas y pagos (bases.py), subida con
«escritorio servidor subir».

Lo que se vio al medirlo: en el modo servidor cada proceso paga además la carga de psycopg (~80 ms de importar, con
asyncio, ssl e importlib.metadata), que es de la biblioteca y no se puede alivianar desde el programa; el arranque
liviano gana poco allí (una orden por proceso), y `lote`, que la paga una vez por lote, gana mucho. Meta: en lote, el
equipo tarda por orden a lo sumo la mitad que antes (el doble de órdenes por minuto); una orden por proceso, se
informa la razón.

Y el cerrojo de los que escriben (issue 77, §5): en las rondas de «ahora», cada proceso anota cuánto lo tuvo tomado
cada transacción suya (la variable ESCRITORIO_MEDIR_CERROJO, datos/postgres/transaccion.py); por orden, el p95 y la
más larga, con los diez puestos a la vez. Meta: ninguna pasa de 200 ms (lo que esperan los demás para escribir).
"""

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

import bases
from bench_morosidad import _base, _entorno_instalado
from bench_servidor import _subir
from comun import objetivo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: el servidor de las pruebas

RAIZ = Path(__file__).resolve().parents[2]
MIEMBROS = 1_000
CLIENTES = 10
SEGUNDOS = float(os.environ.get("BANCO_SEGUNDOS", "20"))
RONDAS = int(os.environ.get("BANCO_RONDAS", "3"))
POR_LOTE = 4   # una vuelta de las cuatro órdenes por lote
# main donde empezó la tercera vuelta de rendimiento (issue 63): «antes» de este arranque liviano.
ANTES = os.environ.get("BANCO_ANTES", "05aa7808")
META_EN_LOTE = 2.0
CERROJO_MAXIMO_S = 0.2   # lo más que una orden puede tener tomado el cerrojo de los que escriben (issue 77, §5)


def _deudores(ruta: Path, cantidad: int) -> list[int]:
    """Miembros con cuotas impagas: uno por puesto (sus pagos no se estorban)."""
    import sqlite3

    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return [f[0] for f in conexion.execute(
            "SELECT DISTINCT c.miembro_id FROM cargos c WHERE NOT EXISTS (SELECT 1 FROM imputaciones i "
            "WHERE i.cargo_id = c.id) ORDER BY c.miembro_id DESC LIMIT ?", [cantidad])]
    finally:
        conexion.close()


def _ordenes(miembro: int) -> list[list[str]]:
    return [["organos", "listar"], ["sesiones", "listar"],
            ["pagos", "registrar", "--miembro", str(miembro), "--monto", "1", "--moneda", "USD",
             "--fecha", date.today().isoformat()],
            ["cuotas", "morosidad", "--json"]]


def _codigo_de_antes(carpeta: Path) -> Path:
    destino = carpeta / "antes"
    destino.mkdir()
    archivo = subprocess.run(["git", "-C", str(RAIZ), "archive", ANTES, "escritorio"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(destino)], input=archivo, check=True)
    return destino


def _subir_con(ruta: Path, servidor, nombre: str, entorno: dict, carpeta: Path) -> str:
    """Sube `ruta` a la base `nombre` del servidor con `escritorio servidor subir` del código de `entorno`."""
    import psycopg

    with psycopg.connect(servidor.url(), autocommit=True) as conexion:
        conexion.execute(f"CREATE DATABASE {nombre}")
    url = servidor.url(nombre)
    subprocess.run([sys.executable, "-m", "escritorio", "--db", str(ruta), "servidor", "subir", url], env=entorno,
                   cwd=carpeta, capture_output=True, check=True)
    return url


class _Ronda:
    def __init__(self):
        self.por_minuto = 0.0   # la suma de las de cada puesto
        self.hechas = 0
        self.fallas: list[str] = []
        self.candado = threading.Lock()


def _puesto(url: str, miembro: int, entorno: dict, inicio: float, fin: float, ronda: _Ronda, en_lote: bool,
            carpeta: Path, cerrojo: Path | None = None) -> None:
    """`cerrojo`: una carpeta donde cada proceso (una orden) anota lo que tuvo el cerrojo cada transacción suya."""
    ordenes = _ordenes(miembro)
    i = hechas = 0
    ultima = inicio
    while time.monotonic() < fin:
        if en_lote:
            tanda = [ordenes[(i + k) % len(ordenes)] for k in range(POR_LOTE)]
            texto = "".join(" ".join(o) + "\n" for o in tanda)
            argv = [sys.executable, "-m", "escritorio", "--db", url, "lote", "-"]
        else:
            tanda = [ordenes[i % len(ordenes)]]
            texto = None
            argv = [sys.executable, "-m", "escritorio", "--db", url, *tanda[0]]
        i += len(tanda)
        del_proceso = entorno
        if cerrojo is not None and not en_lote:
            del_proceso = dict(entorno, ESCRITORIO_MEDIR_CERROJO=str(
                cerrojo / f"{tanda[0][0]} {tanda[0][1]}@{miembro}-{i}.txt"))
        hecho = subprocess.run(argv, env=del_proceso, cwd=carpeta, input=texto, capture_output=True, text=True)
        ultima = time.monotonic()
        if hecho.returncode != 0:
            with ronda.candado:
                ronda.fallas.append(f"{' '.join(argv[5:])}: {hecho.stderr[-500:]}")
            return
        hechas += len(tanda)
    with ronda.candado:
        ronda.hechas += hechas
        ronda.por_minuto += hechas * 60 / (ultima - inicio)


def _ronda(url: str, miembros: list[int], entorno: dict, en_lote: bool, carpeta: Path,
           cerrojo: Path | None = None) -> tuple[float, float, list]:
    """(órdenes por minuto, segundos de procesador por orden, fallas) de una ronda de `SEGUNDOS`."""
    ronda = _Ronda()
    antes = resource.getrusage(resource.RUSAGE_CHILDREN)
    inicio = time.monotonic()
    fin = inicio + SEGUNDOS
    hilos = [threading.Thread(target=_puesto, args=(url, m, entorno, inicio, fin, ronda, en_lote, carpeta, cerrojo))
             for m in miembros]
    for hilo in hilos:
        hilo.start()
    for hilo in hilos:
        hilo.join()
    despues = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (despues.ru_utime - antes.ru_utime) + (despues.ru_stime - antes.ru_stime)
    return ronda.por_minuto, cpu / max(ronda.hechas, 1), ronda.fallas


def _cerrojo_por_orden(carpeta: Path) -> list[bool]:
    """Lo más largo que una orden de «ahora» (una por proceso) tuvo tomado el cerrojo de los que escriben, con los
    diez puestos a la vez (issue 77, §5): lo que esperan los demás. Meta: menos de CERROJO_MAXIMO_S cada una."""
    por_orden: dict[str, list[float]] = {}
    for archivo in carpeta.glob("*.txt"):
        orden = archivo.name.split("@")[0]
        por_orden.setdefault(orden, []).extend(float(v) for v in archivo.read_text().split())
    if not por_orden:
        raise RuntimeError("ninguna orden anotó el cerrojo: ¿la variable ESCRITORIO_MEDIR_CERROJO llega al proceso?")
    cumple = []
    for orden, valores in sorted(por_orden.items()):
        valores.sort()
        p95 = valores[min(len(valores) - 1, int(len(valores) * 0.95))]
        print(f"  cerrojo de «{orden}»: {len(valores)} transacciones, p95 {p95 * 1000:.0f} ms, la más larga "
              f"{valores[-1] * 1000:.0f} ms", flush=True)
        cumple.append(objetivo(f"cerrojo más largo de «{orden}» con {CLIENTES} puestos", valores[-1],
                               CERROJO_MAXIMO_S, "s"))
    return cumple


def main() -> bool:
    from servidor_postgres import arrancar

    servidor = arrancar(durable=True)
    try:
        with tempfile.TemporaryDirectory() as temporal:
            carpeta = Path(temporal)
            ruta, _, _ = _base(carpeta / "red", MIEMBROS)
            url = _subir(ruta, servidor)
            miembros = _deudores(ruta, CLIENTES)
            ahora = _entorno_instalado(carpeta)
            codigo_de_antes = _codigo_de_antes(carpeta)
            antes = dict(ahora, PYTHONPATH=str(codigo_de_antes))
            # El código de antes no escribe en una base del esquema de ahora (es «de una versión más nueva»): su
            # base la arma y la sube él mismo, con las mismas órdenes (bases.armar con su código).
            ruta_antes = bases.armar(carpeta / "antes.db", MIEMBROS, codigo=codigo_de_antes)
            url_antes = _subir_con(ruta_antes, servidor, "banco_antes", antes, carpeta)
            miembros_antes = _deudores(ruta_antes, CLIENTES)
            lados = {"antes": (antes, False, url_antes, miembros_antes), "ahora": (ahora, False, url, miembros),
                     "ahora, en lote": (ahora, True, url, miembros)}
            for entorno, _, url_del_lado, _ in lados.values():   # compila el código de cada lado antes de medir
                subprocess.run([sys.executable, "-m", "escritorio", "--db", url_del_lado, "organos", "listar"],
                               env=entorno, cwd=carpeta, capture_output=True, check=True)
            medidas: dict[str, list[tuple[float, float]]] = {nombre: [] for nombre in lados}
            cerrojo = carpeta / "cerrojo"
            cerrojo.mkdir()
            for _ in range(RONDAS):
                for nombre, (entorno, en_lote, url_del_lado, miembros_del_lado) in lados.items():
                    por_minuto, cpu, fallas = _ronda(url_del_lado, miembros_del_lado, entorno, en_lote, carpeta,
                                                     cerrojo if nombre == "ahora" else None)
                    if fallas:
                        print(f"  {nombre}: {len(fallas)} órdenes fallaron; la primera: {fallas[0]}", flush=True)
                        return False
                    medidas[nombre].append((por_minuto, cpu))
            print(f"{CLIENTES} puestos sobre un servidor PostgreSQL ({MIEMBROS:,} miembros), {os.cpu_count()} núcleos, "
                  f"{RONDAS} rondas de {SEGUNDOS:g} s alternadas:".replace(",", "."), flush=True)
            por_minuto = {}
            for nombre, valores in medidas.items():
                por_minuto[nombre] = statistics.median(v[0] for v in valores)
                cpu = statistics.median(v[1] for v in valores)
                print(f"  {nombre}: {por_minuto[nombre]:.0f} órdenes por minuto · {cpu:.3f} s de procesador por orden "
                      f"(rondas: {', '.join(f'{v[0]:.0f}' for v in valores)})", flush=True)
            razon = por_minuto["ahora"] / por_minuto["antes"]
            print(f"  ahora frente a antes: {razon:.2f}x; en lote frente a antes: "
                  f"{por_minuto['ahora, en lote'] / por_minuto['antes']:.2f}x", flush=True)
            # objetivo() pide «≤ límite»: el tiempo del equipo por orden (la inversa de las órdenes por minuto)
            en_lote = por_minuto["antes"] / por_minuto["ahora, en lote"]
            cumple = [objetivo("tiempo del equipo por orden en lote, frente a antes", en_lote, 1 / META_EN_LOTE, "x")]
            cumple += _cerrojo_por_orden(cerrojo)
            return all(cumple)
    finally:
        servidor.detener()


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
