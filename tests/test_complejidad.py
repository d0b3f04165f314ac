"""La guardia de la complejidad (issue 79, §2): ninguna función nueva del programa llega a 21 de complejidad
ciclomática (la de radon, fijada en pyproject.toml), y las que hoy pasan de ahí están en `complejidad_permitida.txt`
con su complejidad de hoy: no crecen y la lista solo se achica. Una regla nueva del estatuto llega como una fila de
una tabla (una función chica registrada), no como otra rama de una función larga.

Si esta prueba falla por una función nueva o que creció: pártala (una tabla de casos, una función por variante).
Si falla porque una función de la lista bajó de 21 o ya no existe: bórrela de la lista y baje `TOPE`.
"""

import hashlib
import json
import os
from collections import defaultdict
from functools import cache
from pathlib import Path

import radon
from radon.complexity import cc_visit

RAIZ = Path(__file__).resolve().parents[1]
PERMITIDAS = Path(__file__).with_name("complejidad_permitida.txt")
CACHE = RAIZ / "build" / "cache" / "complejidad.json"
LIMITE = 21
# Cuántas funciones de 21 o más quedan en la lista (se baja al achicarla; nunca se sube).
TOPE = 65


def _del_archivo(texto: str, ruta: str) -> dict[str, int]:
    """Las complejidades de las funciones de un archivo (las de adentro, con el nombre de la de afuera; dos con el
    mismo nombre cuentan como la más compleja)."""
    medidas: dict[str, int] = defaultdict(int)
    pendientes = [(bloque, "") for bloque in cc_visit(texto)]
    while pendientes:
        bloque, afuera = pendientes.pop()
        nombre = f"{afuera}{bloque.fullname if not afuera else bloque.name}"
        if bloque.letter in ("F", "M"):
            clave = f"{ruta}::{nombre}"
            medidas[clave] = max(medidas[clave], bloque.complexity)
        pendientes += [(interno, nombre + ".") for interno in getattr(bloque, "closures", [])]
        pendientes += [(metodo, "") for metodo in getattr(bloque, "methods", [])] if bloque.letter == "C" else []
    return dict(medidas)


@cache
def complejidades() -> dict[str, int]:
    """«escritorio/ruta.py::Clase.funcion» -> su complejidad, de todo el programa. Lo medido de cada archivo se
    recuerda por su contenido (build/cache/complejidad.json): `make rapido` mide otra vez solo lo que cambió."""
    try:
        guardado = json.loads(CACHE.read_text(encoding="utf-8"))
        recordado = guardado["archivos"] if guardado.get("radon") == radon.__version__ else {}
    except (OSError, ValueError, KeyError, AttributeError):
        recordado = {}
    medidas, vigente = {}, {}
    for archivo in sorted((RAIZ / "escritorio").rglob("*.py")):
        ruta = archivo.relative_to(RAIZ).as_posix()
        texto = archivo.read_text(encoding="utf-8")
        huella = hashlib.sha1(texto.encode("utf-8")).hexdigest()
        previo = recordado.get(ruta)
        del_archivo = previo[1] if previo and previo[0] == huella else _del_archivo(texto, ruta)
        vigente[ruta] = [huella, del_archivo]
        medidas.update(del_archivo)
    if vigente != recordado:
        try:   # entero o nada: otro proceso de la corrida puede estar leyéndolo
            CACHE.parent.mkdir(parents=True, exist_ok=True)
            temporal = CACHE.with_name(f"{CACHE.name}.{os.getpid()}")
            temporal.write_text(json.dumps({"radon": radon.__version__, "archivos": vigente}), encoding="utf-8")
            os.replace(temporal, CACHE)
        except OSError:
            pass
    return medidas


def permitidas() -> dict[str, int]:
    lista = {}
    for linea in PERMITIDAS.read_text(encoding="utf-8").splitlines():
        if linea.strip() and not linea.startswith("#"):
            clave, _, valor = linea.rpartition(" ")
            lista[clave] = int(valor)
    return lista


def test_ninguna_funcion_nueva_llega_a_21():
    altas = {clave: c for clave, c in complejidades().items() if c >= LIMITE}
    nuevas = sorted(f"{clave} ({c})" for clave, c in altas.items() if clave not in permitidas())
    assert not nuevas, ("Estas funciones llegan a una complejidad de 21 o más: pártalas (una tabla de variantes, una "
                        "función chica por caso) en lugar de sumar ramas:\n" + "\n".join(nuevas))


def test_las_de_la_lista_no_crecen():
    medidas = complejidades()
    crecieron = sorted(f"{clave}: {medidas[clave]} (la lista dice {tope})" for clave, tope in permitidas().items()
                       if medidas.get(clave, 0) > tope)
    assert not crecieron, "Estas funciones de la lista crecieron; pártalas en lugar de sumar ramas:\n" + "\n".join(
        crecieron)


def test_la_lista_solo_se_achica():
    medidas = complejidades()
    lista = permitidas()
    sobran = sorted(clave for clave in lista if medidas.get(clave, 0) < LIMITE)
    assert not sobran, ("Estas funciones ya no llegan a 21 (o no existen): bórrelas de tests/complejidad_permitida.txt "
                        "y baje TOPE:\n" + "\n".join(sobran))
    assert len(lista) <= TOPE, f"La lista tiene {len(lista)} funciones y el tope es {TOPE}: la lista no crece."
    bajaron = sorted(f"{clave} {medidas[clave]}" for clave, tope in lista.items() if LIMITE <= medidas[clave] < tope)
    assert not bajaron, ("Estas funciones bajaron de complejidad: escriba la nueva en tests/complejidad_permitida.txt "
                         "(así no vuelven a subir):\n" + "\n".join(bajaron))


def test_la_guardia_ve_una_funcion_con_muchas_ramas(tmp_path):
    """Sin esto, una lista vacía no probaría nada: una función de 25 ramas se mide en 26."""
    ramas = "\n".join(f"    if x == {n}:\n        return {n}" for n in range(25))
    [bloque] = cc_visit(f"def f(x):\n{ramas}\n    return -1\n")
    assert bloque.complexity == 26
