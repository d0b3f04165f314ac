"""Ubicar con el nomenclátor (Inicio › «Ubicar con el nomenclátor», «escritorio miembros ubicar») una red de 100.000
miembros (la base de una tesorería de verdad, tests/rendimiento/bases.py: las 3.593 ciudades de GeoNames y el resto
nombres que el nomenclátor no conoce, que también se buscan).

Lo que espera la secretaría: el plan que se le muestra antes de guardar (`ubicar_con_el_nomenclator(simular=True)`,
el servicio que llaman la ventana y la CLI), que antes recorría las 3.600 ciudades por miembro normalizando cada
nombre cada vez. Se alterna, en el mismo proceso, con la línea base: leer los mismos miembros (nombre, país y región)
y buscar cada uno en un diccionario ya armado, lo mínimo que cuesta saber a quién proponer qué. También se informa lo
que costaba antes, medido en una muestra de 500 miembros con la búsqueda de siempre sobre la lista entera.

Metas: el plan de 100.000 miembros en menos de 3 s (la ventana lo pide en otro hilo, con su diálogo de espera) y a
no más de 4 veces la línea base.

    python tests/rendimiento/bench_ubicar.py
"""

import sys
import tempfile
import time
from pathlib import Path

AQUI = Path(__file__).resolve().parent
for carpeta in (AQUI, AQUI.parents[1]):
    if str(carpeta) not in sys.path:
        sys.path.insert(0, str(carpeta))

import bases  # noqa: E402
from comun import informar, medir_alternado, objetivo  # noqa: E402
from escritorio.datos import miembros as tabla_miembros  # noqa: E402
from escritorio.dominio.nomenclator import buscar  # noqa: E402
from escritorio.dominio.texto import normalizar  # noqa: E402
from escritorio.servicios.base import abrir_base  # noqa: E402
from escritorio.servicios.contexto import Contexto  # noqa: E402
from escritorio.servicios.nomenclator import lugares  # noqa: E402
from escritorio.servicios.ubicaciones import ubicar_con_el_nomenclator  # noqa: E402

CANTIDAD = 100_000
META_S = 3.0
META_RAZON = 4.0
MUESTRA_DE_ANTES = 500


def main() -> bool:
    with tempfile.TemporaryDirectory() as temporal:
        ruta = bases.copia(CANTIDAD, Path(temporal) / "escritorio.db")
        asociacion = bases.asociacion_de(ruta)
        db = abrir_base(ruta, crear=False)
        contexto = Contexto(db, asociacion)
        por_nombre = {}
        for lugar in lugares():
            por_nombre.setdefault(normalizar(lugar.nombre), []).append(lugar)

        def linea_base():
            filas = tabla_miembros.nombres_paises_y_regiones(db, asociacion)
            return sum(1 for _, nombre, _, _ in filas if por_nombre.get(normalizar(nombre)))

        propuestos = linea_base()
        base, nuestro = medir_alternado([linea_base, lambda: ubicar_con_el_nomenclator(contexto, simular=True)])
        plan = ubicar_con_el_nomenclator(contexto, simular=True)
        # el mismo trabajo: cada miembro buscado; la base tiene las 3.593 ciudades y el resto con nombres sin ciudad
        assert len(plan.ubicados) == propuestos > 3000, (len(plan.ubicados), propuestos)

        todas = list(lugares())
        muestra = tabla_miembros.nombres_paises_y_regiones(db, asociacion)[:MUESTRA_DE_ANTES]
        inicio = time.perf_counter()
        for _, nombre, pais, region in muestra:
            buscar(todas, nombre, pais, region)
        antes = (time.perf_counter() - inicio) * CANTIDAD / len(muestra)
        print(f"  antes (la lista entera por miembro, estimado de {len(muestra)} miembros): {antes:.0f} s", flush=True)
        db.close()
        en_tiempo = objetivo(f"Plan de ubicación de {CANTIDAD} miembros", nuestro, META_S, "s")
        en_razon = informar(f"Plan de ubicación de {CANTIDAD} miembros", base, nuestro, META_RAZON)
        return en_tiempo and en_razon


if __name__ == "__main__":
    sys.exit(0 if main() else 1)
