"""La misma red de 16.000 miembros en los dos motores: el archivo (SQLite, la línea base) y un servidor PostgreSQL.

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
from comun import alternar, correr_proceso, miles, objetivo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: el servidor de las pruebas

MIEMBROS = 16_000
LIMITE = 2.0


def _sellar(ruta: Path) -> None:
    """Los pagos de la preparación se escriben con SQL directo (comun.pagar_buena_parte): una transacción del
    programa sella esos registros de la bitácora, como si los hubiera registrado él (subir exige la cadena entera)."""
    from escritorio.datos.conexion import transaccion
    from escritorio.servicios.base import abrir_base

    db = abrir_base(ruta)
    try:
        with transaccion(db):
            pass
    finally:
        db.close()


def _subir(ruta: Path, servidor) -> str:
    import psycopg

    from escritorio.servicios.servidor import subir_base

    _sellar(ruta)
    with psycopg.connect(servidor.url(), autocommit=True) as conexion:
        conexion.execute("CREATE DATABASE banco")
    url = servidor.url("banco")
    subir_base(ruta, url)
    return url


def main() -> bool:
    from servidor_postgres import arrancar

    servidor = arrancar()
    try:
        with tempfile.TemporaryDirectory() as temporal:
            carpeta = Path(temporal)
            ruta, asociacion, cargos = _base(carpeta / "red", MIEMBROS)
            url = _subir(ruta, servidor)
            entorno = _entorno_instalado(carpeta)
            miembro = 1
            ordenes = {
                f"morosidad a .xlsx ({miles(cargos)} cargos)":
                    lambda: ["cuotas", "morosidad", str(carpeta / "morosidad.xlsx"), "--al", AL.isoformat()],
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
