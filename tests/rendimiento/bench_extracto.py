"""Importar un extracto bancario de 5.000 líneas sobre una red grande (issue 47): 3.000 miembros con diez años de
cuotas (2017-2026, el 80 % pagadas: unos 30.000 cargos y 24.000 recibos), como lo espera quien escribe la orden.

El extracto (generado aquí) mezcla lo que trae un año de cobros de una red así: la mitad de las transferencias con la
referencia de pago del miembro, un cuarto con su nombre («TRANSF MUNICIPALIDAD DE …»), depósitos sin nombre (se
reconocen por el importe si un solo miembro debe eso, si no se preguntan), comisiones e impuestos del banco
(débitos) e intereses que no son de nadie.

Se mide la orden entera como proceso, cada corrida sobre una copia nueva de la base (la copia no se mide):
- el plan, «escritorio pagos importar EXTRACTO --simular --json» (leer, reconocer, prever cada pago);
- el plan y el registro, «escritorio pagos importar EXTRACTO --omitir-dudosas» (las seguras en una transacción, con
  sus recibos y la huella de cada línea);
- la línea base, alternada con las dos: un proceso de Python que abre la misma base y registra los mismos pagos con
  el servicio de pagos en lote que ya existía (`servicios.pagos_en_lote.registrar_pagos`, el de la red de ejemplo), con el
  miembro de cada línea ya decidido de antemano: lo que cuesta registrar esos pagos sin leer el archivo, sin
  reconocer a nadie y sin anotar las líneas.
Y, en el proceso, `servicios.extractos.replanear` (lo que la ventana pide a cada respuesta de la revisión).

Metas (lo que espera la tesorería con el extracto de un año de una red grande):
- el plan de 5.000 líneas en menos de 5 s;
- el plan y el registro en menos de 10 s, y a lo sumo 3 veces la línea base (leer y reconocer no puede costar más
  del doble de registrar);
- cada respuesta en la revisión (replanear) en menos de 1,5 s.

    python tests/rendimiento/bench_extracto.py [--lineas 5000] [--miembros 3000]

`main()` devuelve True si se cumplen las metas (así lo usa `ejecutar.py`).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

AQUI = Path(__file__).resolve().parent
for carpeta in (AQUI, AQUI.parents[1]):
    if str(carpeta) not in sys.path:
        sys.path.insert(0, str(carpeta))

from bases import cuotas_anuales, pagar_con_las_ordenes  # noqa: E402
from comun import alternar, correr_proceso, escribir_xlsx, filas_miembros, miles, objetivo  # noqa: E402

LINEAS = 5_000
MIEMBROS = 3_000
ANIOS = range(2017, 2027)
TRAMOS = "0:100,100000:500,500000:1000,3000000:2000"
PARES = 5
META_PLAN_S, META_TODO_S, META_RAZON, META_REPLANEAR_S = 5.0, 10.0, 3.0, 1.5

LINEA_BASE = """import json, sys
from datetime import date
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.pagos import NuevoPago
from escritorio.servicios.pagos_en_lote import registrar_pagos
db = abrir_base(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as archivo:
    pagos = json.load(archivo)
registrar_pagos(Contexto(db, int(sys.argv[3])), [NuevoPago(m, date.fromisoformat(f), monto.replace(".", ","), "USD",
                                                           referencia=r) for m, f, monto, r in pagos])
db.close()
"""


def base_grande(carpeta: Path, cantidad: int) -> tuple[Path, int, dict]:
    """La red: padrón importado, escala, diez años de cuotas emitidas y pagadas en buena parte (en lote: la
    preparación, no lo que se mide)."""
    from escritorio.servicios import cuotas, emision_de_cuotas
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.importacion import importar_miembros

    ruta = carpeta / "red.db"
    db = abrir_base(ruta)
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red grande", sigla="RG"))
    contexto = Contexto(db, asociacion)
    importar_miembros(contexto, escribir_xlsx(carpeta / "padron.xlsx", filas_miembros(cantidad)))
    cuotas.definir_escala(contexto, cuotas.escala_desde_texto(date(2002, 1, 1), "USD", TRAMOS, articulo="art. 3"))
    for anio in ANIOS:
        emision_de_cuotas.emitir(contexto, anio)
    # Diez años de una tesorería: los pagos de la mayoría, registrados con «pagos importar» como en los demás
    # bancos (bases.py), con la base cerrada mientras corre la orden.
    db.close()
    pagar_con_las_ordenes(ruta, date(ANIOS[-1], 11, 1), sigla="RG")
    db = abrir_base(ruta)
    cargos = len(cuotas_anuales(ruta))
    deudas = {}
    for miembro, importe, pagado in db.execute(
            "SELECT c.miembro_id, c.importe, coalesce((SELECT sum(i.importe) FROM imputaciones i WHERE i.cargo_id = c.id), 0) "
            "FROM cargos c WHERE c.asociacion_id = ?", [asociacion]):
        deudas[miembro] = deudas.get(miembro, 0) + importe - pagado
    miembros = [(i, nombre, deudas.get(i, 0)) for i, nombre in db.execute(
        "SELECT id, nombre FROM miembros WHERE asociacion_id = ? ORDER BY id", [asociacion])]
    cuota = {i: importe for i, importe in db.execute(
        "SELECT miembro_id, importe FROM cargos WHERE asociacion_id = ? AND anio = ?", [asociacion, ANIOS[-1]])}
    db.close()
    return ruta, asociacion, {"cargos": cargos, "miembros": miembros, "cuota": cuota}


def _coma(centavos: int) -> str:
    entero, resto = divmod(abs(centavos), 100)
    return f"{entero:,}".replace(",", ".") + f",{resto:02d}"


def escribir_extracto(ruta: Path, datos: dict, lineas: int) -> Path:
    """El extracto (como el de un banco argentino: «;», Windows-1252, Débito y Crédito)."""
    from escritorio.dominio.conciliacion import referencia_de_pago

    azar = random.Random(47)
    miembros, cuota = datos["miembros"], datos["cuota"]
    filas = ["Banco de Prueba S.A.", "Cuenta corriente en dólares (la moneda no va en cada línea: --moneda USD)", "",
             "Fecha;Concepto;Nro. Comprobante;Débito;Crédito;Saldo"]
    dia = date(2026, 1, 2)
    saldo = 1_000_000
    for numero in range(lineas):
        if numero % 25 == 24:
            dia += timedelta(days=1)
        miembro_id, nombre, deuda = miembros[azar.randrange(len(miembros))]
        importe = cuota.get(miembro_id, 10000)
        tirada = azar.random()
        comprobante = f"{numero + 1:07d}"
        if tirada < 0.50:
            concepto = f"TRANSF RECIBIDA {referencia_de_pago('RG', miembro_id)} CUOTA"
        elif tirada < 0.75:
            concepto = f"TRANSFERENCIA MUNICIPALIDAD DE {nombre.upper()}"
        elif tirada < 0.85:
            concepto, importe = "DEPOSITO EN EFECTIVO", deuda or importe
        elif tirada < 0.95:
            concepto, importe = azar.choice(["COMISION MANTENIMIENTO", "IMPUESTO LEY 25413", "GASTOS TRANSFERENCIA"]), \
                -azar.randint(100, 5000)
        else:
            concepto, importe = "INTERESES GANADOS", azar.randint(1, 900)
        saldo += importe
        filas.append(";".join([dia.strftime("%d/%m/%Y"), concepto, comprobante, _coma(importe) if importe < 0 else "",
                               _coma(importe) if importe > 0 else "", _coma(saldo)]))
    ruta.write_bytes(("\r\n".join(filas) + "\r\n").encode("cp1252", "replace"))
    return ruta


def plan_en_json(base: Path, extracto: Path, carpeta: Path) -> tuple[dict, list]:
    """El plan (fuera de la medición): sus cifras y, para la línea base, los pagos de las líneas que la importación
    registra, con su miembro ya decidido: [(miembro, fecha, monto, referencia)]."""
    copia = carpeta / "plan.db"
    shutil.copyfile(base, copia)
    corrida = correr_proceso([sys.executable, "-m", "escritorio", "--db", str(copia), "pagos", "importar",
                              str(extracto), "--moneda", "USD", "--simular", "--json"])
    plan = json.loads(corrida.salida)
    pagos = [(linea["miembro_id"], linea["fecha"], linea["importe"], linea["referencia"])
             for linea in plan["lineas"] if linea["estado"] == "segura"]
    return plan, pagos


class _Corridas:
    def __init__(self, carpeta: Path, base: Path, extracto: Path, pagos_json: Path, asociacion: int):
        self.carpeta, self.base, self.extracto, self.pagos_json, self.asociacion = (carpeta, base, extracto,
                                                                                     pagos_json, asociacion)
        self.numero = 0
        self.resumen = ""

    def _copia(self) -> Path:
        self.numero += 1
        destino = self.carpeta / f"corrida-{self.numero}.db"
        shutil.copyfile(self.base, destino)
        return destino

    @staticmethod
    def _borrar(ruta: Path) -> None:
        for sufijo in ("", "-wal", "-shm", ".testigo"):
            Path(str(ruta) + sufijo).unlink(missing_ok=True)

    def linea_base(self):
        ruta = self._copia()
        corrida = correr_proceso([sys.executable, "-c", LINEA_BASE, str(ruta), str(self.pagos_json),
                                  str(self.asociacion)])
        self._borrar(ruta)
        return corrida

    def plan_solo(self):
        ruta = self._copia()
        corrida = correr_proceso([sys.executable, "-m", "escritorio", "--db", str(ruta), "pagos", "importar",
                                  str(self.extracto), "--moneda", "USD", "--simular"])
        self._borrar(ruta)
        return corrida

    def importar(self):
        ruta = self._copia()
        corrida = correr_proceso([sys.executable, "-m", "escritorio", "--db", str(ruta), "pagos", "importar",
                                  str(self.extracto), "--moneda", "USD", "--omitir-dudosas"])
        self.resumen = corrida.salida.strip().splitlines()[-1]
        self._borrar(ruta)
        return corrida


def _replanear(base: Path, extracto: Path, asociacion: int) -> tuple[float, float]:
    """(segundos del plan en el proceso, mediana de replanear con una respuesta más cada vez)."""
    from escritorio.servicios.base import abrir_base
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.extractos import OpcionesDeExtracto, planear_extracto, replanear

    db = abrir_base(base)
    try:
        contexto = Contexto(db, asociacion)
        inicio = time.perf_counter()
        plan = planear_extracto(contexto, extracto, OpcionesDeExtracto(moneda="USD"))
        segundos_plan = time.perf_counter() - inicio
        dudosas = [linea.fila for linea in plan.lineas if linea.pregunta][:5]
        tiempos, asignaciones = [], {}
        for fila in dudosas:
            asignaciones[fila] = None
            inicio = time.perf_counter()
            plan = replanear(contexto, plan, dict(asignaciones))
            tiempos.append(time.perf_counter() - inicio)
        return segundos_plan, statistics.median(tiempos) if tiempos else 0.0
    finally:
        db.close()


def main(argumentos: list[str] | None = None) -> bool:
    opciones = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    opciones.add_argument("--lineas", type=int, default=LINEAS)
    opciones.add_argument("--miembros", type=int, default=MIEMBROS)
    args = opciones.parse_args(argumentos if argumentos is not None else [])
    with tempfile.TemporaryDirectory() as temporal:
        carpeta = Path(temporal)
        inicio = time.perf_counter()
        base, asociacion, datos = base_grande(carpeta, args.miembros)
        extracto = escribir_extracto(carpeta / "extracto.csv", datos, args.lineas)
        plan_json, pagos = plan_en_json(base, extracto, carpeta)
        pagos_json = carpeta / "pagos.json"
        pagos_json.write_text(json.dumps(pagos), encoding="utf-8")
        print(f"Extracto bancario: {miles(args.lineas)} líneas sobre {miles(args.miembros)} miembros con "
              f"{miles(datos['cargos'])} cargos de {len(ANIOS)} años (armado en {time.perf_counter() - inicio:.0f} s)",
              flush=True)
        corridas = _Corridas(carpeta, base, extracto, pagos_json, asociacion)
        plan = alternar(corridas.linea_base, corridas.plan_solo, pares=PARES)
        todo = alternar(corridas.linea_base, corridas.importar, pares=PARES)
        segundos_plan_en_proceso, segundos_replanear = _replanear(base, extracto, asociacion)
    cifras = plan_json["cifras"]
    print(f"  líneas {miles(cifras['lineas'])}: reconocidas solas {miles(cifras['automaticas'])}, preguntadas "
          f"{miles(cifras['preguntas'])} (dudosas {miles(cifras['dudosas'])}, con problema "
          f"{miles(cifras['con_problema'])}), débitos {miles(cifras['debitos'])}", flush=True)
    print(f"  registradas: {corridas.resumen}", flush=True)
    print(f"  plan (--simular) {plan.segundos:.2f} s · plan y registro {todo.segundos:.2f} s · línea base "
          f"(registrar_pagos con los miembros ya decididos, {miles(len(pagos))} pagos) {todo.segundos_base:.2f} s · "
          f"razón {todo.razon:.2f}x · pico {todo.pico_mb:.0f} MB", flush=True)
    print(f"  en el proceso: plan {segundos_plan_en_proceso:.2f} s · replanear (una respuesta en la revisión) "
          f"{segundos_replanear:.2f} s", flush=True)
    cumple = [objetivo(f"plan de {miles(args.lineas)} líneas", plan.segundos, META_PLAN_S, "s"),
              objetivo(f"plan y registro de {miles(args.lineas)} líneas", todo.segundos, META_TODO_S, "s"),
              objetivo("razón frente a registrar_pagos", todo.razon, META_RAZON, "x"),
              objetivo("replanear", segundos_replanear, META_REPLANEAR_S, "s")]
    return all(cumple)


if __name__ == "__main__":
    sys.exit(0 if main(sys.argv[1:]) else 1)
