"""La misma red de 16.000 miembros con diez años de cuotas y pagos (tests/rendimiento/bases.py) en los dos motores: el
archivo (SQLite, la línea base) y un servidor PostgreSQL con la durabilidad de siempre (fsync, synchronous_commit y
full_page_writes encendidos, como en una oficina: cada confirmación llega al disco).

Lo que se mide es lo que espera quien trabaja en la oficina, con la orden entera como proceso y la misma base en los
dos lados (la del servidor llega con «escritorio servidor subir», que prueba el traslado):
- leer: `cuotas morosidad SALIDA.xlsx` (la deuda de cada miembro y moneda, 10 años de cuotas) y `miembros listar`;
- escribir: `pagos registrar` (una transacción corta, con la bitácora sellada: en el servidor la sellan sus triggers).
Archivo y servidor alternados, 5 pares, medianas. El servidor es uno de verdad en este mismo equipo (el de las
pruebas: tests/servidor_postgres.py), sin la red de la oficina de por medio.

Meta (issue #19): cada orden sobre el servidor tarda a lo sumo 2 veces lo que sobre el archivo. Arrancar el proceso
(~0,3 s) pesa lo mismo en los dos lados; lo que cambia es la conexión y cada consulta, que en el servidor cruza
un socket en lugar de leer el archivo.
"""

import sys
import tempfile
from datetime import date
from pathlib import Path

from bench_morosidad import AL, _base, _entorno_instalado
from bench_pagos import _que_debe
from comun import alternar, correr_proceso, miles, objetivo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: el servidor de las pruebas

MIEMBROS = 16_000
LIMITE = 2.0


def _subir(ruta: Path, servidor) -> str:
    import psycopg

    from escritorio.servicios.servidor import subir_base

    with psycopg.connect(servidor.url(), autocommit=True) as conexion:
        conexion.execute("CREATE DATABASE banco")
    url = servidor.url("banco")
    subir_base(ruta, url)
    return url


def main() -> bool:
    from servidor_postgres import arrancar

    servidor = arrancar(durable=True)
    try:
        with tempfile.TemporaryDirectory() as temporal:
            carpeta = Path(temporal)
            ruta, asociacion, cargos = _base(carpeta / "red", MIEMBROS)
            url = _subir(ruta, servidor)
            entorno = _entorno_instalado(carpeta)
            miembro = _que_debe(ruta)
            ordenes = {
                f"morosidad a .xlsx ({miles(cargos)} cargos)":
                    lambda: ["cuotas", "morosidad", str(carpeta / "morosidad.xlsx"), "--al", AL.isoformat(), "--reemplazar"],
                f"miembros listar ({miles(MIEMBROS)})": lambda: ["miembros", "listar"],
                "pagos registrar (una transacción)":
                    lambda: ["pagos", "registrar", "--miembro", str(miembro), "--monto", "1", "--moneda", "USD",
                             "--fecha", date.today().isoformat()],
            }
            cumple = True
            print(f"Servidor PostgreSQL frente al archivo SQLite, {miles(MIEMBROS)} miembros, orden entera:", flush=True)
            for nombre, argumentos in ordenes.items():
                def en(destino: str):
                    return correr_proceso([sys.executable, "-m", "escritorio", "--db", destino, *argumentos()], entorno)

                en(str(ruta)), en(url)  # una sin medir en cada lado: compila el código y sella la base del archivo
                comparacion = alternar(lambda: en(str(ruta)), lambda: en(url), pares=5)
                print(f"  {nombre}: archivo {comparacion.segundos_base:.3f} s · servidor {comparacion.segundos:.3f} s "
                      f"· razón {comparacion.razon:.2f}x", flush=True)
                cumple = objetivo(f"servidor frente al archivo, {nombre}", comparacion.razon, LIMITE, "x") and cumple
            return cumple
    finally:
        servidor.detener()


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
