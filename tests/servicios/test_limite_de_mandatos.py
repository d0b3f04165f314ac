"""El límite de mandatos seguidos (issue 80, §3): «sin reelección inmediata» y «a lo sumo dos mandatos
consecutivos» son una regla de composición más (una fila de la tabla de tipos de regla); quién puede ocupar un cargo
la pregunta al designar, al agregar una candidatura y al confirmar una elección. En los dos motores."""

from datetime import date

import pytest

from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.reglas_de_composicion import agregar_regla, reglas_de_composicion

pytestmark = pytest.mark.ambos_motores


@pytest.fixture
def comite(db, asociacion_id):
    """Un comité de mandatos de dos años; Rosario lo integró 2022-2023 y 2024-2025."""
    contexto = Contexto(db, asociacion_id)
    ids = {nombre: guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais="AR", fecha_ingreso=date(2000, 1, 1)),
                                 poblacion=(250_000, 2020, "Censo"))
           for nombre in ("Rosario", "Paraná")}
    organo = crear_organo(contexto, NuevoOrgano("Comité Ejecutivo", "comite_ejecutivo"))
    for desde, hasta in ((date(2022, 1, 1), date(2023, 12, 31)), (date(2024, 1, 1), date(2025, 12, 31))):
        designar(contexto, organo, NuevoMandato("titular", desde, miembro_id=ids["Rosario"], hasta=hasta))
    return contexto, organo, ids


def test_sin_reeleccion_inmediata(comite):
    contexto, organo, ids = comite
    agregar_regla(contexto, organo, "limite_de_mandatos", {"seguidos": 1}, "Estatuto, art. 20")
    assert reglas_de_composicion(contexto, organo)[0]["descripcion"] == "sin reelección inmediata"
    with pytest.raises(ErrorValidacion, match=r"Rosario no puede ocupar un cargo en Comité Ejecutivo el 01/01/2026: "
                                              r"ya cumplió 2 mandatos seguidos desde el 01/01/2022"):
        designar(contexto, organo, NuevoMandato("titular", date(2026, 1, 1), miembro_id=ids["Rosario"]))
    # otro miembro sí; y Rosario, después de un período afuera, también; como suplente (sin voto), siempre
    designar(contexto, organo, NuevoMandato("titular", date(2026, 1, 1), miembro_id=ids["Paraná"]))
    designar(contexto, organo, NuevoMandato("suplente", date(2026, 1, 1), miembro_id=ids["Rosario"]))
    designar(contexto, organo, NuevoMandato("titular", date(2028, 1, 1), miembro_id=ids["Rosario"]))


def test_a_lo_sumo_dos_mandatos_seguidos(comite):
    contexto, organo, ids = comite
    agregar_regla(contexto, organo, "limite_de_mandatos", {"seguidos": 3}, "Estatuto, art. 20")
    designar(contexto, organo, NuevoMandato("titular", date(2026, 1, 1), miembro_id=ids["Rosario"],
                                            hasta=date(2027, 12, 31)))
    with pytest.raises(ErrorValidacion, match="ya cumplió 3 mandatos seguidos desde el 01/01/2022, y la regla de "
                                              r"composición dice a lo sumo 3 mandatos seguidos \(Estatuto, art. 20\)"):
        designar(contexto, organo, NuevoMandato("titular", date(2028, 1, 1), miembro_id=ids["Rosario"]))


@pytest.mark.parametrize("parametros", [{}, {"seguidos": 0}, {"seguidos": "dos"}, {"seguidos": 1, "otro": 2}])
def test_un_limite_mal_escrito_se_rechaza(comite, parametros):
    contexto, organo, _ = comite
    with pytest.raises(ErrorEscritorio, match="La regla de límite de mandatos dice cuántos mandatos seguidos"):
        agregar_regla(contexto, organo, "limite_de_mandatos", parametros)
    assert reglas_de_composicion(contexto, organo) == []
