"""Issue 78, §4: el artículo que va con el nombre de un órgano sigue su género, en un solo lugar
(`dominio.sesiones`: `de_organo`, `el_organo`, `a_organo`). «de la Asamblea General», nunca «del Asamblea
General»; «del Consejo»; «a la Comisión Directiva», «al Consejo». El nombre va como se escribió; la regla mira su
primera palabra (también en portugués: «do Conselho», «da Assembleia Geral»)."""

import pytest

from escritorio.dominio.organos import TIPOS_ORGANO
from escritorio.dominio.sesiones import a_organo, cita_resolucion, de_organo, el_organo
from escritorio.idiomas.traduccion import en_idioma

FEMENINOS = ["Asamblea General", "Asamblea General de Socios", "Comisión Directiva", "Secretaría Ejecutiva",
             "Secretaría Técnica Permanente", "Unidad Temática de Cultura", "Junta Directiva", "Mesa Directiva",
             "Coordinación General", "Dirección Ejecutiva", "Red de Mujeres", "Cumbre de Intendentes",
             "UT Cultura", "CD"]
MASCULINOS = ["Consejo", "Consejo Directivo", "Comité Ejecutivo", "Grupo de Trabajo de Ambiente", "Comité",
              "Congreso", "Plenario de Intendentes", "Foro de Alcaldes", "Directorio"]


@pytest.mark.parametrize("nombre", FEMENINOS)
def test_un_organo_de_nombre_femenino_lleva_la(nombre):
    assert de_organo(nombre) == f"de la {nombre}"
    assert el_organo(nombre) == f"la {nombre}"
    assert a_organo(nombre) == f"a la {nombre}"


@pytest.mark.parametrize("nombre", MASCULINOS)
def test_un_organo_de_nombre_masculino_lleva_el(nombre):
    assert de_organo(nombre) == f"del {nombre}"
    assert el_organo(nombre) == f"el {nombre}"
    assert a_organo(nombre) == f"al {nombre}"


# El género de cada tipo de órgano (su nombre en TIPOS_ORGANO es el que proponen la ventana y la demo).
GENERO_DEL_TIPO = {"asamblea": "f", "comision_directiva": "f", "secretaria_ejecutiva": "f",
                   "secretaria_tecnica": "f", "unidad_tematica": "f",
                   "consejo": "m", "comite_ejecutivo": "m", "grupo_trabajo": "m", "comite": "m", "congreso": "m"}


@pytest.mark.parametrize("tipo", sorted(GENERO_DEL_TIPO))
def test_el_nombre_de_cada_tipo_de_organo_lleva_su_articulo(tipo):
    nombre = TIPOS_ORGANO[tipo]
    femenino = GENERO_DEL_TIPO[tipo] == "f"
    assert de_organo(nombre) == (f"de la {nombre}" if femenino else f"del {nombre}")
    assert a_organo(nombre) == (f"a la {nombre}" if femenino else f"al {nombre}")


def test_nunca_del_asamblea_ni_de_la_consejo():
    for frase in (de_organo("Asamblea General"), a_organo("Asamblea General"), el_organo("Asamblea General"),
                  cita_resolucion("resolucion", 1, 2026, "Asamblea General")):
        assert "del Asamblea" not in frase and "al Asamblea" not in frase and "el Asamblea" not in frase
    assert cita_resolucion("resolucion", 1, 2026, "Asamblea General") == "Resolución 1/2026 de la Asamblea General"
    assert cita_resolucion("resolucion", 1, 2026, "Consejo") == "Resolución 1/2026 del Consejo"


def test_un_nombre_que_ya_trae_su_articulo_no_lo_repite():
    assert de_organo("El Consejo de Ministros") == "del Consejo de Ministros"
    assert a_organo("El Consejo de Ministros") == "al Consejo de Ministros"
    assert de_organo("La Asamblea") == "de La Asamblea"
    assert a_organo("La Asamblea") == "a La Asamblea"
    assert el_organo("La Asamblea") == "La Asamblea"


def test_sin_nombre_no_hay_frase():
    assert de_organo("") == a_organo("") == el_organo("") == ""
    assert a_organo(None) == de_organo(None) == ""


def test_en_portugues_do_conselho_y_da_assembleia():
    with en_idioma("pt"):
        assert de_organo("Conselho") == "do Conselho"
        assert de_organo("Assembleia Geral") == "da Assembleia Geral"
        assert de_organo("Comissão Diretiva") == "da Comissão Diretiva"
        assert de_organo("Comitê Executivo") == "do Comitê Executivo"
        assert el_organo("Assembleia Geral") == "a Assembleia Geral"
        assert el_organo("Conselho") == "o Conselho"
