"""Las cifras de los bancos frente a las de la última corrida aceptada (issue 63 §2: que una regresión se vea).

Cada banco informa sus cifras principales con `comun.cifra(nombre, valor, unidad, menor_es_mejor)` (y `objetivo` e
`informar` lo hacen solas con la suya). `make bench` (ejecutar.py) las junta y las compara con las aceptadas, que
viven en el repositorio (`cifras_aceptadas.json`, por banco y por nombre): imprime el cambio de cada una, y una que
empeora más de UMBRAL (20 %) es una regresión, en rojo en el resumen del final, y la corrida termina con estado 1.
`ejecutar.py --aceptar` (`make bench-aceptar`) escribe las de esta corrida como las aceptadas (con un banco solo,
`ejecutar.py bench_x --aceptar`, reemplaza solo las de ese banco).

Aquí solo la lógica (leer, comparar, resumir, aceptar): la prueba tests/herramientas/test_cifras_de_los_bancos.py
la ejerce sin correr ningún banco.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ACEPTADAS = Path(__file__).resolve().parent / "cifras_aceptadas.json"
UMBRAL = 0.20            # empeorar más que esto (en proporción de la aceptada) es una regresión
ROJO, VERDE, NORMAL = "\033[31m", "\033[32m", "\033[0m"


@dataclass(frozen=True)
class Cifra:
    """Una cifra de una corrida: de qué banco, su nombre (estable entre corridas), el valor, la unidad y si menos es
    mejor (segundos, razones, MB) o más es mejor (órdenes por minuto)."""

    banco: str
    nombre: str
    valor: float
    unidad: str
    menor_es_mejor: bool = True


@dataclass(frozen=True)
class Cambio:
    """Una cifra frente a la aceptada: `estado` es «nueva» (sin aceptada), «regresión» (empeoró más que el umbral),
    «mejor» o «igual»; `cambio`, la variación relativa (+0,25 = 25 % más que la aceptada), None si es nueva."""

    cifra: Cifra
    aceptada: float | None
    cambio: float | None
    estado: str


def leer_aceptadas(ruta: Path = ACEPTADAS) -> dict[str, dict[str, dict]]:
    """{banco: {nombre: {"valor", "unidad", "menor_es_mejor"}}}; sin archivo (o sin cifras todavía), vacío."""
    if not ruta.is_file():
        return {}
    datos = json.loads(ruta.read_text(encoding="utf-8"))
    return {banco: cifras for banco, cifras in datos.get("bancos", {}).items()}


def comparar(cifras: list[Cifra], aceptadas: dict[str, dict[str, dict]], umbral: float = UMBRAL) -> list[Cambio]:
    """Cada cifra de la corrida frente a la aceptada del mismo banco y nombre."""
    cambios = []
    for cifra in cifras:
        previa = aceptadas.get(cifra.banco, {}).get(cifra.nombre)
        if previa is None or not previa.get("valor"):
            cambios.append(Cambio(cifra, None if previa is None else previa.get("valor"), None, "nueva"))
            continue
        aceptada = float(previa["valor"])
        cambio = (cifra.valor - aceptada) / aceptada
        peor = cambio if cifra.menor_es_mejor else -cambio   # cuánto empeoró (negativo: mejoró)
        estado = "regresión" if peor > umbral else "mejor" if peor < -umbral / 4 else "igual"
        cambios.append(Cambio(cifra, aceptada, cambio, estado))
    return cambios


def _valor(valor: float, unidad: str) -> str:
    return f"{valor:.3g} {unidad}".strip() if abs(valor) < 100 else f"{valor:.0f} {unidad}".strip()


def linea(cambio: Cambio, color: bool = True) -> str:
    """«bench_x · nombre: 1.2 s (aceptada 1 s, +20 %)», en rojo si es una regresión."""
    cifra = cambio.cifra
    texto = f"{cifra.banco} · {cifra.nombre}: {_valor(cifra.valor, cifra.unidad)}"
    if cambio.estado == "nueva":
        texto += " (nueva: sin cifra aceptada)"
    else:
        texto += f" (aceptada {_valor(cambio.aceptada, cifra.unidad)}, {cambio.cambio:+.0%})"
        if cambio.estado == "regresión":
            texto = f"REGRESIÓN {texto}"
    if color and cambio.estado == "regresión":
        return f"{ROJO}{texto}{NORMAL}"
    if color and cambio.estado == "mejor":
        return f"{VERDE}{texto}{NORMAL}"
    return texto


def resumen(cambios: list[Cambio], color: bool = True) -> str:
    """El resumen del final: cada cifra con su cambio, las regresiones al final y contadas."""
    regresiones = [c for c in cambios if c.estado == "regresión"]
    nuevas = [c for c in cambios if c.estado == "nueva"]
    lineas = ["Cifras frente a las aceptadas (tests/rendimiento/cifras_aceptadas.json):"]
    lineas += [f"  {linea(c, color)}" for c in cambios if c.estado != "regresión"]
    if regresiones:
        lineas.append(f"{len(regresiones)} {'regresión' if len(regresiones) == 1 else 'regresiones'} "
                      f"(empeoran más del {UMBRAL:.0%}):")
        lineas += [f"  {linea(c, color)}" for c in regresiones]
    else:
        lineas.append(f"Ninguna cifra empeoró más del {UMBRAL:.0%}.")
    if nuevas:
        lineas.append(f"{len(nuevas)} {'cifra nueva' if len(nuevas) == 1 else 'cifras nuevas'}, sin cifra aceptada: "
                      "acéptelas con «make bench-aceptar».")
    return "\n".join(lineas)


def hay_regresion(cambios: list[Cambio]) -> bool:
    return any(c.estado == "regresión" for c in cambios)


def aceptar(cifras: list[Cifra], ruta: Path = ACEPTADAS, nota: str = "") -> None:
    """Escribe las cifras de la corrida como las aceptadas. Las de los bancos que no corrieron quedan como estaban;
    las de un banco que corrió se reemplazan enteras (una cifra que ya no se mide desaparece)."""
    bancos = leer_aceptadas(ruta)
    for banco in {c.banco for c in cifras}:
        bancos[banco] = {}
    for c in cifras:
        bancos[c.banco][c.nombre] = {"valor": round(c.valor, 4), "unidad": c.unidad,
                                     "menor_es_mejor": c.menor_es_mejor}
    datos = {"nota": nota or "cifras de la última corrida aceptada de make bench (ejecutar.py --aceptar)",
             "bancos": {b: dict(sorted(v.items())) for b, v in sorted(bancos.items())}}
    ruta.write_text(json.dumps(datos, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
