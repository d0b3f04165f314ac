"""`escritorio verificar` con 100.000 miembros y diez años de cuotas y pagos (tests/rendimiento/bases.py), como lo
corre la secretaría (issue 77, §6), la orden entera como proceso:

- la de todos los días: después de un día de trabajo (20 `pagos registrar` de la tesorería y el correo de un miembro
  corregido con `miembros editar`, cada orden su proceso), `escritorio verificar`, que parte del punto de control
  que dejó la anterior (servicios/punto_de_control.py). Cinco días seguidos; cada día, antes, la línea base en su
  propio proceso: leer con sqlite3 los registros de la bitácora que escribió ese día (los posteriores al punto) y las
  filas que tocaron, y pasarlos por SHA-256. Meta: ≤ 1 s.
- la completa: `escritorio verificar --completa`, alternada con su línea base en su propio proceso: leer con sqlite3
  toda la bitácora, sus sellos y cada fila de cada tabla, y pasarlo todo por SHA-256 (el piso de cualquier recorrido
  entero). Meta: ≤ 30 s en dos núcleos.

Las dos razones frente a su línea base se informan como cifras; las metas, en segundos."""

import sys
import tempfile
from pathlib import Path

import bases
from comun import Comparacion, alternar, cifra, correr_proceso, miles, objetivo

TAMANO = 100_000
PAGOS_POR_DIA = 20
DIAS = 5
LIMITE_DIARIA_S = 1.0
LIMITE_COMPLETA_S = 30.0

# El piso de la completa: todo lo que la verificación tiene que leer, leído y pasado por SHA-256 sin más.
PISO_COMPLETO = """import hashlib, sqlite3, sys
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
h = hashlib.sha256()
tablas = [t for (t,) in c.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
for tabla in tablas:
    cursor = c.execute(f'SELECT * FROM "{tabla}"')
    while filas := cursor.fetchmany(20000):
        h.update(repr(filas).encode())
print(h.hexdigest())
"""

# El piso de la de cada día: los registros posteriores al punto y las filas que tocaron.
PISO_DEL_DIA = """import hashlib, json, sqlite3, sys
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
punto = json.load(open(sys.argv[1] + ".testigo"))["punto_de_control"]["registro_id"]
h = hashlib.sha256()
registros = c.execute("SELECT id, entidad, entidad_id, accion, datos FROM bitacora WHERE id > ?", [punto]).fetchall()
h.update(repr(registros).encode())
for entidad, fila in sorted({(r[1], r[2]) for r in registros}):
    h.update(repr(c.execute(f'SELECT * FROM "{entidad}" WHERE rowid = ?', [fila]).fetchall()).encode())
print(len(registros), h.hexdigest())
"""


def _escritorio(ruta: Path, *argv: str) -> list[str]:
    return [sys.executable, "-m", "escritorio", "--db", str(ruta), *argv]


def _que_deben(ruta: Path, cantidad: int) -> list[int]:
    """Miembros con cuotas impagas (el 20 % de la red debe los últimos años): a quienes la tesorería les cobra."""
    import sqlite3

    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        return [m for (m,) in conexion.execute(
            "SELECT DISTINCT c.miembro_id FROM cargos c WHERE NOT EXISTS (SELECT 1 FROM imputaciones i WHERE "
            "i.cargo_id = c.id) ORDER BY c.miembro_id DESC LIMIT ?", [cantidad])]
    finally:
        conexion.close()


def _un_dia(ruta: Path, miembros: list[int], hoy: str, dia: int) -> None:
    for miembro in miembros:
        correr_proceso(_escritorio(ruta, "pagos", "registrar", "--miembro", str(miembro), "--monto", "1",
                                   "--moneda", "USD", "--fecha", hoy))
    correr_proceso(_escritorio(ruta, "miembros", "editar", str(miembros[0]), "--correo",
                               f"secretaria{dia}@municipio.example"))


def _sana(corrida) -> None:
    if "La base de datos está sana." not in corrida.salida:
        raise RuntimeError(f"`escritorio verificar` no dio sana la base:\n{corrida.salida[-2000:]}")


def main() -> bool:
    from datetime import date

    with tempfile.TemporaryDirectory() as temporal:
        ruta = bases.copia(TAMANO, Path(temporal) / "red" / "escritorio.db")
        tamano_mb = ruta.stat().st_size / 2**20
        completa = _escritorio(ruta, "verificar", "--completa")
        piso = [sys.executable, "-c", PISO_COMPLETO, str(ruta)]
        correr_proceso(piso)   # sin medir: el código compilado y el archivo en la memoria del sistema
        _sana(correr_proceso(completa))
        completas = alternar(lambda: correr_proceso(piso), lambda: correr_proceso(completa), pares=5)
        for corrida in completas.nuestro:
            _sana(corrida)
        print(f"`verificar --completa` con {miles(TAMANO)} miembros ({tamano_mb:.0f} MB): piso (leer todo y pasarlo "
              f"por SHA-256) {completas.segundos_base:.1f} s · Escritorio {completas.segundos:.1f} s · razón "
              f"{completas.razon:.1f}x", flush=True)

        deudores = _que_deben(ruta, PAGOS_POR_DIA * DIAS)
        hoy = date.today().isoformat()
        diaria = _escritorio(ruta, "verificar")
        piso_del_dia = [sys.executable, "-c", PISO_DEL_DIA, str(ruta)]
        pisos, nuestras = [], []
        for dia in range(DIAS):
            _un_dia(ruta, deudores[dia * PAGOS_POR_DIA:(dia + 1) * PAGOS_POR_DIA], hoy, dia)
            pisos.append(correr_proceso(piso_del_dia))
            corrida = correr_proceso(diaria)
            _sana(corrida)
            if "Verificación desde el punto de control" not in corrida.salida:
                raise RuntimeError(f"la verificación del día {dia + 1} no partió del punto:\n{corrida.salida[:2000]}")
            nuestras.append(corrida)
        diarias = Comparacion(pisos, nuestras)
        registros = pisos[-1].salida.split()[0]
        print(f"`verificar` después de un día ({PAGOS_POR_DIA} pagos y un miembro corregido, {registros} registros de "
              f"la bitácora) con "
              f"{miles(TAMANO)} miembros: piso (leer lo del día y pasarlo por SHA-256) {diarias.segundos_base:.3f} s · "
              f"Escritorio {diarias.segundos:.3f} s (de {min(c.segundos for c in nuestras):.3f} a "
              f"{max(c.segundos for c in nuestras):.3f}) · razón {diarias.razon:.1f}x", flush=True)
    cifra("verificar --completa frente a su piso (razón)", completas.razon, "x")
    cifra("verificar de cada día frente a su piso (razón)", diarias.razon, "x")
    return all([objetivo(f"verificar después de un día con {miles(TAMANO)} miembros", diarias.segundos,
                         LIMITE_DIARIA_S, "s"),
                objetivo(f"verificar --completa con {miles(TAMANO)} miembros", completas.segundos,
                         LIMITE_COMPLETA_S, "s")])


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
