"""La ubicación de los miembros (issue 45 §4): fijarla, corregirla y quitarla; el nomenclátor que la propone; la
ficha que la guarda con el alta; el mapa de la red que la muestra. Contra la base, como la ventana y la CLI."""

from collections import Counter
from datetime import date

import pytest

from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.deshacer import deshacer
from escritorio.servicios.ficha import AltaDeMiembro, dar_de_alta, guardar_ficha, obtener_ficha
from escritorio.servicios.mapa import mapa_de_la_red
from escritorio.dominio.nomenclator import buscar
from escritorio.dominio.texto import normalizar
from escritorio.servicios.nomenclator import buscar_ciudad, lugares
from escritorio.servicios.ubicaciones import (fijar_ubicacion, quitar_ubicacion, ubicacion_de,
                                              ubicar_con_el_nomenclator)

ROSARIO = (-32.94682, -60.63932)   # GeoNames 3838583


def _contar(db) -> int:
    return db.execute("SELECT count(*) FROM ubicaciones_miembro").fetchone()[0]


def _alta(contexto, nombre, pais="AR", **opciones) -> int:
    return guardar_ficha(contexto, FichaMiembro(nombre, pais), poblacion=(50_000, 2022, "Censo"), **opciones)


@pytest.fixture
def contexto(db, asociacion_id) -> Contexto:
    return Contexto(db, asociacion_id)


def test_el_nomenclator_encuentra_la_ciudad_sin_tildes_y_propone_la_mas_poblada():
    sao_paulo = buscar_ciudad("sao paulo", "BR")[0]
    assert (sao_paulo.nombre, sao_paulo.region, sao_paulo.fuente, sao_paulo.anio) == (
        "São Paulo", "São Paulo", "GeoNames (geonames.org)", 2015)
    rosario = buscar_ciudad("Rosario", "AR")[0]
    assert (rosario.latitud, rosario.longitud) == ROSARIO and rosario.region == "Santa Fe"
    assert buscar_ciudad("Ciudad que no existe", "AR") == []
    assert buscar_ciudad("Rosario", "BR") == []   # el país cuenta


def test_el_indice_por_nombre_encuentra_lo_mismo_que_recorrer_todo_el_nomenclator():
    """`buscar_ciudad` mira solo las ciudades que se llaman así (un índice por nombre normalizado: ubicar a 100.000
    miembros pasó de minutos a un segundo); la regla sigue en `dominio.nomenclator.buscar`. Para las ciudades con
    homónimas (el caso que importa; una de cada cinco) y una de cada 60 de las demás, escritas en mayúsculas y sin tildes, con y sin país
    y con una región, encuentra lo mismo que recorrer la lista entera (recorrerla es lo lento: una muestra fija)."""
    todas = list(lugares())
    veces = Counter(normalizar(lugar.nombre) for lugar in todas)
    elegidas = [lugar for i, lugar in enumerate(todas) if i % (5 if veces[normalizar(lugar.nombre)] > 1 else 60) == 0]
    assert 80 < len(elegidas) < 300
    for lugar in elegidas:
        escrito = lugar.nombre.upper().replace("Ã", "A").replace("Á", "A").replace("Ó", "O")
        for pais, region in ((lugar.pais, None), (None, None), (lugar.pais, lugar.region), ("AR", "Corrientes")):
            assert buscar_ciudad(escrito, pais, region) == buscar(todas, escrito, pais, region), (escrito, pais)
    assert len({normalizar(lugar.nombre) for lugar in todas}) < len(todas)   # hay homónimas: el índice junta varias


def test_fijar_corregir_y_quitar_la_ubicacion_de_un_miembro(contexto, db):
    miembro = _alta(contexto, "Paraná")
    assert ubicacion_de(contexto, miembro) is None
    assert fijar_ubicacion(contexto, miembro, "-31,73", "60,52 O") == (-31.73, -60.52, "Secretaría")
    fijar_ubicacion(contexto, miembro, -31.7319, -60.5238, "IGN")
    assert ubicacion_de(contexto, miembro) == {"latitud": -31.7319, "longitud": -60.5238, "fuente": "IGN"}
    assert _contar(db) == 1   # una sola fila por miembro: corregir no agrega otra
    assert quitar_ubicacion(contexto, miembro) is True
    assert quitar_ubicacion(contexto, miembro) is False
    assert ubicacion_de(contexto, miembro) is None


def test_una_coordenada_mal_escrita_se_rechaza_en_su_campo_y_no_se_guarda_nada(contexto, db):
    miembro = _alta(contexto, "Paraná")
    with pytest.raises(ErrorValidacion) as error:
        fijar_ubicacion(contexto, miembro, "95", "-60,5")
    assert set(error.value.campos) == {"latitud"}
    assert "Latitud: debe estar entre -90 y 90 grados." in error.value.mensaje
    with pytest.raises(ErrorValidacion) as error:
        fijar_ubicacion(contexto, miembro, "", "treinta")
    assert set(error.value.campos) == {"latitud", "longitud"}
    assert _contar(db) == 0


def test_no_se_ubica_a_un_miembro_de_otra_asociacion(contexto, db):
    otra = crear_asociacion(db, NuevaAsociacion(nombre="Otra Red", sigla="OR", paises={"AR": "pleno"}))
    ajeno = _alta(Contexto(db, otra), "Paraná")
    with pytest.raises(ErrorEscritorio, match="No existe el miembro"):
        fijar_ubicacion(contexto, ajeno, -31.7, -60.5)
    assert _contar(db) == 0


def test_el_alta_con_la_propuesta_del_nomenclator_guarda_la_ubicacion_en_la_misma_transaccion(contexto, db):
    rosario = buscar_ciudad("Rosario", "AR")[0]
    miembro = guardar_ficha(contexto, FichaMiembro("Rosario", "AR", region=rosario.region),
                            poblacion=(rosario.poblacion, rosario.anio, rosario.fuente),
                            ubicacion=(rosario.latitud, rosario.longitud, rosario.fuente))
    ficha = obtener_ficha(db, miembro)
    assert ficha["ubicacion"] == {"latitud": ROSARIO[0], "longitud": ROSARIO[1], "fuente": "GeoNames (geonames.org)"}
    assert ficha["poblaciones"][0]["cifra"] == rosario.poblacion


def test_un_alta_con_la_ubicacion_mal_escrita_no_da_de_alta_a_nadie(contexto, db):
    with pytest.raises(ErrorValidacion) as error:
        guardar_ficha(contexto, FichaMiembro("Rosario", "AR"), poblacion=(1_000, 2022, None),
                      ubicacion=("-32,9", "-200", None))
    assert "longitud" in error.value.campos
    assert db.execute("SELECT count(*) FROM miembros").fetchone()[0] == 0
    with pytest.raises(ErrorValidacion, match="Longitud"):
        dar_de_alta(contexto, [AltaDeMiembro(FichaMiembro("Rosario", "AR"), (1_000, 2022, None),
                                             ubicacion=(-32.9, 999, None))], hoy=date(2026, 11, 25))
    assert db.execute("SELECT count(*) FROM miembros").fetchone()[0] == 0


def test_editar_la_ficha_cambia_o_quita_la_ubicacion_y_deshacer_la_devuelve(contexto, db):
    miembro = _alta(contexto, "Rosario", ubicacion=(ROSARIO[0], ROSARIO[1], "GeoNames (geonames.org)"))
    guardar_ficha(contexto, FichaMiembro("Rosario", "AR"), miembro_id=miembro, quitar_ubicacion=True)
    assert ubicacion_de(contexto, miembro) is None
    deshacer(contexto)
    assert ubicacion_de(contexto, miembro)["latitud"] == ROSARIO[0]
    guardar_ficha(contexto, FichaMiembro("Rosario", "AR"), miembro_id=miembro, ubicacion=("-33", "-60,7", "Yo"))
    assert ubicacion_de(contexto, miembro) == {"latitud": -33.0, "longitud": -60.7, "fuente": "Yo"}
    guardar_ficha(contexto, FichaMiembro("Rosario", "AR", region="Santa Fe"), miembro_id=miembro)
    assert ubicacion_de(contexto, miembro)["fuente"] == "Yo"   # sin ubicación en la orden: queda como estaba


def test_ubicar_con_el_nomenclator_muestra_el_plan_y_solo_escribe_si_no_se_simula(contexto, db):
    rosario, inventada = _alta(contexto, "Rosario"), _alta(contexto, "Villa Inventada")
    montevideo = _alta(contexto, "Montevideo", "UY", ubicacion=(-34.9, -56.2, "A mano"))
    plan = ubicar_con_el_nomenclator(contexto, simular=True)
    assert [(m["id"], lugar.nombre) for m, lugar in plan.ubicados] == [(rosario, "Rosario")]
    assert [m["id"] for m in plan.sin_coincidencia] == [inventada]
    assert plan.ya_ubicados == 1 and not plan.escrito
    assert _contar(db) == 1   # simular no escribe

    hecho = ubicar_con_el_nomenclator(contexto)
    assert hecho.escrito and len(hecho.ubicados) == 1
    assert ubicacion_de(contexto, rosario) == {"latitud": ROSARIO[0], "longitud": ROSARIO[1],
                                               "fuente": "GeoNames (geonames.org)"}
    assert ubicacion_de(contexto, montevideo)["fuente"] == "A mano"   # la que ya tenía no se toca
    otra_vez = ubicar_con_el_nomenclator(contexto)
    assert otra_vez.ubicados == [] and otra_vez.ya_ubicados == 2


def test_entre_ciudades_del_mismo_nombre_el_nomenclator_elige_la_de_la_region_del_miembro(contexto, db):
    """Hay dos Mercedes en Argentina: la de Buenos Aires (52.949 hab.) y la de Corrientes (30.649). Un miembro
    «Mercedes» de la región Corrientes va al mapa en Corrientes, no en la más poblada; sin región, la más poblada."""
    from escritorio.servicios.nomenclator import proponer

    corrientes = guardar_ficha(contexto, FichaMiembro("Mercedes", "AR", region="Corrientes"),
                               poblacion=(30_000, 2022, "Censo"))
    hecho = ubicar_con_el_nomenclator(contexto)
    assert hecho.con_otras_posibles == {corrientes: 1}
    assert ubicacion_de(contexto, corrientes) == {"latitud": -29.18186, "longitud": -58.07895,
                                                  "fuente": "GeoNames (geonames.org)"}
    assert proponer("Mercedes", "AR", "corrientes")[0].region == "Corrientes"
    assert proponer("Mercedes", "AR")[0].region == "Buenos Aires"


def test_el_mapa_de_la_demo_tiene_a_cada_vigente_en_su_lugar_y_los_tramos_de_la_escala(demo_abierta):
    db, asociacion = demo_abierta
    mapa = mapa_de_la_red(Contexto(db, asociacion["id"]))
    assert len(mapa.puntos) == 298 and mapa.sin_ubicacion == []   # las dos bajas no están
    assert {p.estado for p in mapa.puntos} == {"activo"}
    e = mapa.encuadre
    assert all(e.oeste <= p.longitud <= e.este and e.sur <= p.latitud <= e.norte for p in mapa.puntos)
    assert {"AR", "BR", "UY", "CO"} <= set(mapa.paises) and "ES" not in mapa.paises
    assert mapa.paises_de_la_red == {"AR", "BR", "PY", "UY", "VE", "CL", "BO", "PE", "CO"}
    leyenda = mapa.leyenda("tramo")
    assert [rotulo for _, rotulo, _ in leyenda] == [
        "0 a 99.999 hab.", "100.000 a 499.999 hab.", "500.000 a 2.999.999 hab.", "3.000.000 hab. o más"]
    assert sum(n for _, _, n in leyenda) == 298
    assert mapa.leyenda("estado") == [("#3b78b4", "Activo", 298)]
    mayor = max(mapa.puntos, key=lambda p: p.poblacion)
    assert mayor.nombre == "Buenos Aires"   # la más poblada de GeoNames, el círculo mayor
    assert mapa.radio(mayor) == max(mapa.radio(p) for p in mapa.puntos) > mapa.radio(mapa.puntos[-1])


def test_un_miembro_sin_ubicacion_no_se_dibuja_y_el_mapa_lo_dice(contexto):
    ubicado = _alta(contexto, "Rosario", ubicacion=(ROSARIO[0], ROSARIO[1], None))
    _alta(contexto, "Villa Inventada")
    mapa = mapa_de_la_red(contexto)
    assert [p.miembro_id for p in mapa.puntos] == [ubicado]
    assert [m["nombre"] for m in mapa.sin_ubicacion] == ["Villa Inventada"]


def test_sin_miembros_ubicados_el_mapa_encuadra_los_paises_de_la_asociacion(contexto):
    mapa = mapa_de_la_red(contexto)
    assert mapa.puntos == [] and mapa.encuadre is not None
    e = mapa.encuadre   # la RML: Argentina, Brasil y Uruguay, sin las islas lejanas
    assert e.sur < -50 and e.norte > 0 and -78 < e.oeste < -70 and -35 < e.este < -30
