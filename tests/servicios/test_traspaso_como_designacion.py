"""El traspaso de la Secretaría Ejecutiva obedece la regla de una designación (issue 80, §3): un observador no la
recibe (ni en la vista previa ni al registrar, aunque se haya vuelto observador entre las dos); el traspaso pasa el
puesto sin cambiarlo («Presidente» sigue siendo «Presidente») y nombra a la persona que asume. En los dos motores."""

from datetime import date

import pytest

from ayudas import contar
from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.asociaciones import agregar_pais
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.observadores import fijar_calidad
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, composicion, crear_organo, designar
from escritorio.servicios.rotacion import fijar_orden_de_sucesion, preparar_traspaso, traspasar

pytestmark = pytest.mark.ambos_motores

TRASPASO = date(2026, 12, 1)


@pytest.fixture
def red(db, asociacion_id):
    """La Secretaría Ejecutiva la ejerce Rosario como Presidente desde 2025; sigue La Paz (Bolivia, observador) y
    después Montevideo."""
    contexto = Contexto(db, asociacion_id)
    agregar_pais(contexto, "BO", "observador", desde=date(2000, 1, 1))
    ids = {nombre: guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=date(2000, 1, 1)),
                                 poblacion=(250_000, 2020, "Censo"))
           for nombre, pais in (("Rosario", "AR"), ("La Paz", "BO"), ("Montevideo", "UY"))}
    se = crear_organo(contexto, NuevoOrgano("Secretaría Ejecutiva", "secretaria_ejecutiva"))
    fijar_orden_de_sucesion(contexto, [ids["Rosario"], ids["La Paz"], ids["Montevideo"]])
    designar(contexto, se, NuevoMandato("presidente", date(2025, 12, 1), miembro_id=ids["Rosario"]))
    return contexto, se, ids


def test_un_observador_no_recibe_el_traspaso_y_nada_se_escribe(red, db):
    contexto, se, ids = red
    antes = contar(db, "mandatos")
    with pytest.raises(ErrorEscritorio, match="La Paz no puede recibir el traspaso en Secretaría Ejecutiva como "
                                              "titular: es observador el 01/12/2026"):
        preparar_traspaso(contexto, TRASPASO)
    assert contar(db, "mandatos") == antes


def test_quien_se_vuelve_observador_despues_de_la_vista_previa_tampoco(red, db):
    contexto, se, ids = red
    traspaso = preparar_traspaso(contexto, TRASPASO, entrante=ids["Montevideo"])
    fijar_calidad(contexto, ids["Montevideo"], "observador", date(2026, 11, 1), "Resolución 7/2026")
    antes = contar(db, "mandatos")
    with pytest.raises(ErrorEscritorio, match="Montevideo no puede recibir el traspaso"):
        traspasar(contexto, traspaso)
    assert contar(db, "mandatos") == antes


def test_el_traspaso_pasa_el_puesto_y_nombra_a_quien_asume(red):
    contexto, se, ids = red
    traspaso = preparar_traspaso(contexto, TRASPASO, entrante=ids["Montevideo"], persona="Carolina Cosse",
                                 forma="femenina")
    assert traspaso.descripcion()[0] == ("Secretaría Ejecutiva: Rosario → Montevideo (Carolina Cosse), Presidenta "
                                         "desde el 01/12/2026")
    traspasar(contexto, traspaso)
    [asiento] = composicion(contexto, se, TRASPASO).asientos
    assert (asiento.miembro, asiento.cargo, asiento.persona, asiento.forma) == (
        "Montevideo", "presidente", "Carolina Cosse", "femenina")
