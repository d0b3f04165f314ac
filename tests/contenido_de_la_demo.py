"""Qué guarda la red de ejemplo, tabla por tabla, sin lo que depende del reloj: para saber si la demo cambió.

`volcar(ruta)` lee cada tabla de la base ordenada por id (o por todas sus columnas), sin la bitácora, sus sellos,
la identidad de la base ni las migraciones aplicadas, y sin las columnas que anota el reloj (las de valor por
defecto `datetime('now')` y las de COLUMNAS_DEL_RELOJ). `huellas(volcado)` da, por tabla, cuántas filas tiene y el
SHA-256 de sus filas en JSON. La prueba `tests/escenarios/test_demo_contenido.py` compara las de la demo armada un
día fijo (HOY, para la demo y para los servicios) con las guardadas en `tests/escenarios/contenido_de_la_demo.json`:
una huella por tabla (y no el volcado entero, de varios megabytes) dice qué tabla cambió; qué filas, lo dice
`--comparar` entre la demo de antes y la de ahora.

Como programa:

    .venv/bin/python tests/contenido_de_la_demo.py --escribir          # vuelve a guardar las huellas (un cambio querido)
    .venv/bin/python tests/contenido_de_la_demo.py --comparar A.db B.db  # qué filas difieren entre dos bases
"""

import hashlib
import json
import sqlite3
import sys
from datetime import date
from pathlib import Path

# Las tablas que no son contenido de la demo: la bitácora, sus sellos (llevan la hora) y sus valores personales (cada
# uno con su sal al azar), la identidad de la base
# (al azar) y las migraciones aplicadas (con su hora).
TABLAS_FUERA = {"bitacora", "bitacora_sellos", "bitacora_valores", "identidad_base", "_sqlite_migrations",
                "sqlite_sequence"}
# Columnas que el programa llena con la hora al escribir (sin ser el valor por defecto de la columna).
COLUMNAS_DEL_RELOJ = {("elecciones", "cerrada_en"), ("elecciones", "confirmada_en")}
# El día en que la prueba arma la demo (la demo depende del día: los pagos «hasta hoy», las sesiones del año).
HOY = date(2026, 11, 23)
GUARDADO = Path(__file__).parent / "escenarios" / "contenido_de_la_demo.json"


def _del_reloj(defecto) -> bool:
    return defecto is not None and "now" in str(defecto).lower()


def volcar(ruta: Path | str) -> dict[str, list[list]]:
    """{tabla: filas} de cada tabla con filas, cada fila como lista de valores, en el orden de sus columnas."""
    conexion = sqlite3.connect(f"file:{ruta}?mode=ro", uri=True)
    try:
        volcado = {}
        tablas = [f[0] for f in conexion.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for tabla in tablas:
            if tabla in TABLAS_FUERA or tabla.startswith("sqlite_"):
                continue
            info = list(conexion.execute(f'PRAGMA table_info("{tabla}")'))
            columnas = [c[1] for c in info if not _del_reloj(c[4]) and (tabla, c[1]) not in COLUMNAS_DEL_RELOJ]
            orden = "id" if any(c[1] == "id" for c in info) else ", ".join(f'"{c}"' for c in columnas)
            filas = [list(f) for f in conexion.execute(
                f'SELECT {", ".join(chr(34) + c + chr(34) for c in columnas)} FROM "{tabla}" ORDER BY {orden}')]
            if filas:
                volcado[tabla] = [columnas] + filas
        return volcado
    finally:
        conexion.close()


def huellas(volcado: dict[str, list[list]]) -> dict[str, dict]:
    """{tabla: {"filas": n, "sha256": …}}: la primera «fila» del volcado son los nombres de las columnas."""
    return {tabla: {"filas": len(filas) - 1,
                    "sha256": hashlib.sha256(json.dumps(filas, ensure_ascii=False).encode()).hexdigest()}
            for tabla, filas in volcado.items()}


def diferencias(a: dict[str, list[list]], b: dict[str, list[list]], por_tabla: int = 5) -> list[str]:
    """Qué cambia de `a` a `b`: tablas de más o de menos, columnas, y las primeras filas distintas de cada tabla."""
    lineas = []
    for tabla in sorted(set(a) | set(b)):
        filas_a, filas_b = a.get(tabla), b.get(tabla)
        if filas_a is None or filas_b is None:
            lineas.append(f"{tabla}: solo en {'B' if filas_a is None else 'A'}")
            continue
        if filas_a[0] != filas_b[0]:
            lineas.append(f"{tabla}: columnas {filas_a[0]} → {filas_b[0]}")
            continue
        if len(filas_a) != len(filas_b):
            lineas.append(f"{tabla}: {len(filas_a) - 1} filas → {len(filas_b) - 1}")
        distintas = [(x, y) for x, y in zip(filas_a[1:], filas_b[1:]) if x != y]
        for x, y in distintas[:por_tabla]:
            lineas.append(f"{tabla}: {x}\n{' ' * len(tabla)}→ {y}")
        if len(distintas) > por_tabla:
            lineas.append(f"{tabla}: … y {len(distintas) - por_tabla} filas distintas más")
    return lineas


def crear_demo_del_dia(ruta: Path, dia: date = HOY) -> None:
    """Arma la red de ejemplo en `ruta` como si hoy fuera `dia` (para la demo, los servicios y las consultas)."""
    import pytest

    from ayudas import hoy_fijo
    from escritorio import demo
    from escritorio.idiomas.traduccion import en_idioma
    from escritorio.servicios.base import abrir_base

    # En castellano: el detalle de cada cuota se escribe en el idioma en curso.
    with pytest.MonkeyPatch.context() as parche, en_idioma("es"):
        hoy_fijo(parche, dia)
        db = abrir_base(ruta)
        try:
            demo.crear_red_demo(db)
        finally:
            db.close()


def _principal(argumentos: list[str]) -> int:
    if argumentos[:1] == ["--comparar"] and len(argumentos) == 3:
        lineas = diferencias(volcar(argumentos[1]), volcar(argumentos[2]))
        print("\n".join(lineas) if lineas else "Mismo contenido.")
        return 1 if lineas else 0
    if argumentos == ["--escribir"]:
        import tempfile

        with tempfile.TemporaryDirectory() as carpeta:
            ruta = Path(carpeta) / "demo.db"
            crear_demo_del_dia(ruta)
            GUARDADO.write_text(json.dumps(huellas(volcar(ruta)), ensure_ascii=False, indent=1) + "\n",
                                encoding="utf-8")
        print(f"Guardadas las huellas de la demo del {HOY.isoformat()} en {GUARDADO}")
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(_principal(sys.argv[1:]))
