"""La primera orden que escribe en una base de 100.000 miembros recién copiada o restaurada (issue #63, §3): un archivo
nuevo para Escritorio, sin el sello de la última comprobación completa (datos/integridad.py).

`escritorio --db COPIA pagos registrar …` como proceso, frente a la misma línea base de bench_pagos (un proceso que
hace el mismo pago a mano con sqlite3 en otra copia) y frente a la misma orden con la comprobación completa antes de
escribir, como era antes (ESCRITORIO_COMPROBAR_ANTES_MB grande: datos/comprobacion_previa.py), en ternas alternadas.
La orden no sella la base (la completa sigue pendiente): cada corrida es otra vez la primera escritura en una base sin
sello; a la copia de «como antes», que la orden sí sella, se le quita el sello antes de cada corrida.

Al final, `verificar --archivo` en la copia: la comprobación completa que el pago dejó pendiente (y el sello). Después,
el camino de la restauración: `respaldo restaurar` de un respaldo de la misma base (que la deja sellada: restaurar
comprobó el respaldo entero) y el primer pago en la base restaurada (una vez cada uno: restaurar comprueba el respaldo
y la base que reemplaza, y copia 800 MB dos veces).

Meta (issue #63): el primer pago en la copia de 100.000 miembros, menos de 0,5 s.
"""

import sys
import tempfile
from datetime import date
from pathlib import Path

import bases
from bench_pagos import LINEA_BASE, _que_debe
from comun import Comparacion, correr_proceso, miles, objetivo

CANTIDAD = 100_000
LIMITE_S = 0.5
PARES = 5


def _sin_sello(ruta: Path) -> None:
    """Como una copia recién hecha: el testigo sin el sello de la comprobación completa."""
    from escritorio.datos import testigo

    anotado = testigo.leer(ruta)
    if anotado is not None and anotado.comprobada is not None:
        anotado.comprobada = None
        testigo.escribir(ruta, anotado)


def _pago(ruta: Path, miembro: int, hoy: str) -> list[str]:
    return [sys.executable, "-m", "escritorio", "--db", str(ruta), "pagos", "registrar", "--miembro", str(miembro),
            "--monto", "1", "--moneda", "USD", "--fecha", hoy]


def _medir_la_copia(carpeta: Path) -> tuple[Comparacion, Comparacion, float]:
    nuestra = bases.copia(CANTIDAD, carpeta / "nuestra" / "escritorio.db", sellada=False)
    antes = bases.copia(CANTIDAD, carpeta / "antes" / "escritorio.db", sellada=False)
    linea = bases.copia(CANTIDAD, carpeta / "linea-base" / "escritorio.db", sellada=False)
    asociacion, miembro, hoy = bases.asociacion_de(nuestra), _que_debe(nuestra), date.today().isoformat()
    import os

    entorno_antes = {**os.environ, "ESCRITORIO_COMPROBAR_ANTES_MB": "1000000"}
    linea_base = [sys.executable, "-c", LINEA_BASE, str(linea), str(asociacion), str(miembro), hoy]

    def como_antes():
        _sin_sello(antes)
        return correr_proceso(_pago(antes, miembro, hoy), entorno_antes)

    correr_proceso(linea_base)   # sin medir: el código compilado
    base, nuestro, viejo = [], [], []
    for _ in range(PARES):
        base.append(correr_proceso(linea_base))
        corrida = correr_proceso(_pago(nuestra, miembro, hoy))
        if "sigue pendiente" not in corrida.salida:
            raise RuntimeError(f"la orden no dijo que la comprobación completa sigue pendiente:\n{corrida.salida}")
        nuestro.append(corrida)
        viejo.append(como_antes())
    verificar = correr_proceso([sys.executable, "-m", "escritorio", "--db", str(nuestra), "verificar", "--archivo"])
    return Comparacion(base, nuestro), Comparacion(base, viejo), verificar.segundos


def _medir_la_restauracion(carpeta: Path) -> tuple[float, float]:
    """(segundos de `respaldo restaurar` y del primer pago después) en una base de 100.000 miembros."""
    ruta = bases.copia(CANTIDAD, carpeta / "restaurada" / "escritorio.db", sellada=True)
    hecho = correr_proceso([sys.executable, "-m", "escritorio", "--db", str(ruta), "respaldo", "crear"])
    respaldo = hecho.salida.split("Respaldo creado: ", 1)[1].strip().splitlines()[0]
    restaurar = correr_proceso([sys.executable, "-m", "escritorio", "--db", str(ruta), "respaldo", "restaurar",
                                respaldo])
    primero = correr_proceso(_pago(ruta, _que_debe(ruta), date.today().isoformat()))
    if "sigue pendiente" in primero.salida:
        raise RuntimeError(f"la base restaurada no quedó sellada:\n{primero.salida}")
    return restaurar.segundos, primero.segundos


def main() -> bool:
    with tempfile.TemporaryDirectory() as temporal:
        nuestro, viejo, verificar = _medir_la_copia(Path(temporal))
        mb = bases.guardada(CANTIDAD).stat().st_size / 2**20
        print(f"`pagos registrar`, primera orden en una copia sin sello de {miles(CANTIDAD)} miembros ({mb:.0f} MB): "
              f"línea base {nuestro.segundos_base:.3f} s · Escritorio {nuestro.segundos:.3f} s "
              f"(de {min(c.segundos for c in nuestro.nuestro):.3f} a {max(c.segundos for c in nuestro.nuestro):.3f}; "
              f"procesador {nuestro.cpu:.3f} s) · razón {nuestro.razon:.2f}x · con la comprobación completa antes, "
              f"como antes: {viejo.segundos:.3f} s (procesador {viejo.cpu:.3f} s, razón {viejo.razon:.2f}x)",
              flush=True)
        cumple = objetivo(f"primer pago en una copia de {miles(CANTIDAD)} miembros", nuestro.segundos, LIMITE_S, "s")
        print(f"  `verificar --archivo` (la comprobación completa que quedó pendiente, y el sello): {verificar:.2f} s",
              flush=True)
        restaurar, primero = _medir_la_restauracion(Path(temporal))
        print(f"  restauración: `respaldo restaurar` {restaurar:.2f} s; el primer pago después (sellada) "
              f"{primero:.3f} s", flush=True)
    return cumple


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
