"""La tabla de reglas de la bitácora y los triggers protectores del esquema no se separan: cada `RAISE(ABORT…)` de
esquema/actual.sql tiene su regla (o dice por qué no se puede repasar en la bitácora), cada regla nombra un trigger
que existe, y las columnas que una regla mira son las que el trigger protege."""

import re
from pathlib import Path

import pytest

from escritorio.servicios import reglas_de_la_bitacora as reglas

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

RAIZ = Path(__file__).resolve().parents[2]
ESQUEMA = RAIZ / "escritorio" / "datos" / "esquema/actual.sql"
_TRIGGER = re.compile(r"CREATE TRIGGER (\w+) (?:BEFORE|AFTER) (?:INSERT|UPDATE|DELETE)[^;]*?ON (\w+)(.*?)END;",
                      re.DOTALL)


def _triggers() -> dict[str, tuple[str, str]]:
    return {nombre: (tabla, cuerpo) for nombre, tabla, cuerpo in _TRIGGER.findall(ESQUEMA.read_text(encoding="utf-8"))}


def _protectores() -> dict[str, tuple[str, str]]:
    return {n: t for n, t in _triggers().items() if "RAISE(ABORT" in t[1]}


def test_cada_trigger_protector_del_esquema_tiene_su_regla():
    declarados = {d for r in reglas.REGLAS for d in r.disparadores} | {d for s in reglas.SIN_REGISTRO
                                                                       for d in s.disparadores}
    sin_regla = sorted(set(_protectores()) - declarados)
    assert not sin_regla, (
        f"Triggers protectores sin regla en servicios/reglas_de_la_bitacora.py: {sin_regla}. Lo que el trigger "
        "impide, Escritorio nunca lo escribe: agregue a REGLAS la condición sobre el registro de la bitácora (o a "
        "SIN_REGISTRO el motivo por el que no se puede repasar).")
    assert len(_protectores()) > 80  # la expresión encuentra los triggers (la prueba de la prueba)


def test_cada_regla_nombra_un_trigger_que_existe_en_su_tabla():
    protectores = _protectores()
    for regla in reglas.REGLAS:
        for disparador in regla.disparadores:
            assert disparador in protectores, f"{disparador}: no está en el esquema"
            assert protectores[disparador][0] == regla.tabla, f"{disparador}: es de {protectores[disparador][0]}"
        if not regla.disparadores:
            assert regla.repetidas or (regla.del_programa and (RAIZ / "escritorio" / regla.del_programa).is_file()), (
                "una regla sin trigger es la de un índice único (columnas que no se repiten) o una del programa "
                "que nombra el módulo donde se hace cumplir")


def _columnas_del_esquema(tabla: str) -> set[str]:
    bloque = re.search(rf"CREATE TABLE {tabla} \((.*?)\n\);", ESQUEMA.read_text(encoding="utf-8"), re.DOTALL)[1]
    return {linea.split()[0] for linea in bloque.splitlines() if linea.strip() and linea.split()[0].islower()}


def test_las_columnas_de_las_reglas_existen():
    for regla in reglas.REGLAS:
        columnas = _columnas_del_esquema(regla.tabla)
        nombradas = set(regla.repetidas)
        if isinstance(regla.condicion, reglas.FueraDeRegla):
            nombradas |= set(regla.condicion.columnas)
        assert nombradas <= columnas, f"{regla.tabla}: {nombradas - columnas}"


def _old_is_not_new(disparador: str) -> set[str]:
    return set(re.findall(r"OLD\.(\w+) IS NOT NEW\.\1", _triggers()[disparador][1]))


@pytest.mark.parametrize("disparador, columnas", [
    ("pagos_registrado_fijo", reglas._PAGO_FIJO),
    ("elecciones_congelado_update", dict((t, c) for t, _, c in reglas._CONGELADAS)["elecciones"]),
    ("candidaturas_congelado_update", dict((t, c) for t, _, c in reglas._CONGELADAS)["candidaturas"]),
])
def test_las_columnas_fijas_son_las_del_trigger(disparador, columnas):
    assert set(columnas) == _old_is_not_new(disparador)


def test_las_tablas_congeladas_son_las_de_los_triggers():
    congeladas = {n.removesuffix("_congelado_insert") for n in _protectores() if n.endswith("_congelado_insert")}
    assert congeladas - {"puntos_aprobacion_acta"} == {t for t, _, _ in reglas._CONGELADAS}
