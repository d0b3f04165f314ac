"""Observadores (issue 80, §1): un miembro observador —por la categoría de su país o por su propia calidad— integra la
Asamblea sin voto: figura presente, no cuenta para el quórum ni para las mayorías, no da ni lleva poderes y no ocupa
un cargo con voto. Misma prueba en los dos motores.

La red: la RML (AR y BR plenos, UY asociado) con Bolivia observador; tres ciudades argentinas plenas, Mendoza
admitida como observadora por su cuenta (aunque su país es pleno) y dos bolivianas, observadoras por su país.
"""

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.actas import obtener_acta
from escritorio.servicios.asociaciones import agregar_pais
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.elecciones import NuevaEleccion, definir_eleccion
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.observadores import calidad_hoy, fijar_calidad, observadores_al
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, composicion, crear_organo, designar
from escritorio.servicios.sesiones.asistencia import (MarcaAsistencia, asistencia, cuenta_de_asistencia,
                                                      registrar_asistencias)
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto
from escritorio.servicios.votaciones import NuevaVotacion, votar

pytestmark = pytest.mark.ambos_motores

SESION = date(2027, 4, 15)
ADMISION = date(2027, 1, 10)


@dataclass
class Cumbre:
    contexto: Contexto
    asamblea: int
    ids: dict[str, int]


@pytest.fixture
def cumbre(db, asociacion_id) -> Cumbre:
    contexto = Contexto(db, asociacion_id)
    agregar_pais(contexto, "BO", "observador", desde=date(2000, 1, 1))
    ids = {nombre: guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=date(2000, 1, 1)),
                                 poblacion=(250_000, 2020, "Censo"))
           for nombre, pais in (("Rosario", "AR"), ("Paraná", "AR"), ("Córdoba", "AR"), ("Mendoza", "AR"),
                                ("La Paz", "BO"), ("Sucre", "BO"))}
    fijar_calidad(contexto, ids["Mendoza"], "observador", ADMISION, "Resolución 2/2027 (admisión como observadora)")
    asamblea = crear_organo(contexto, NuevoOrgano("Cumbre", "asamblea"))
    return Cumbre(contexto, asamblea, ids)


def _sesion(cumbre: Cumbre, fecha: date = SESION) -> int:
    return convocar(cumbre.contexto, cumbre.asamblea, NuevaSesion(fecha=fecha, lugar="Rosario", hora="10:00",
                                                                   convocada_el=fecha - timedelta(days=30)))


def _presentes(cumbre: Cumbre, sesion_id: int, *nombres: str) -> None:
    registrar_asistencias(cumbre.contexto, sesion_id,
                          [MarcaAsistencia(cumbre.ids[n], "presente") for n in nombres])


def test_quien_es_observador_por_su_pais_o_por_su_calidad_y_desde_cuando(cumbre):
    ids = cumbre.ids
    assert observadores_al(cumbre.contexto, SESION) == {ids["Mendoza"], ids["La Paz"], ids["Sucre"]}
    # antes de su admisión como observadora, Mendoza era plena
    assert observadores_al(cumbre.contexto, ADMISION - timedelta(days=1)) == {ids["La Paz"], ids["Sucre"]}
    # la calidad propia manda sobre la del país: Sucre, declarada plena, vota aunque Bolivia sea observador
    fijar_calidad(cumbre.contexto, ids["Sucre"], "pleno", date(2027, 3, 1), "Resolución 5/2027")
    assert observadores_al(cumbre.contexto, SESION) == {ids["Mendoza"], ids["La Paz"]}
    assert calidad_hoy(cumbre.contexto, ids["La Paz"], SESION).texto() == "La Paz: observador por la categoría de su país."
    assert calidad_hoy(cumbre.contexto, ids["Mendoza"], SESION).texto() == (
        "Mendoza: observador desde el 10/01/2027 (Resolución 2/2027 (admisión como observadora)).")
    assert calidad_hoy(cumbre.contexto, ids["Rosario"], SESION).texto() == "Rosario: miembro pleno."


def test_en_la_asamblea_los_observadores_se_sientan_sin_voto(cumbre):
    comp = composicion(cumbre.contexto, cumbre.asamblea, SESION)
    por_nombre = {a.miembro: a for a in comp.asientos}
    assert {n for n, a in por_nombre.items() if a.con_voto} == {"Rosario", "Paraná", "Córdoba"}
    for nombre in ("Mendoza", "La Paz", "Sucre"):
        assert (por_nombre[nombre].cargo, por_nombre[nombre].con_voto, por_nombre[nombre].motivo_sin_voto) == (
            "observador", False, "Observador")


def test_un_observador_presente_figura_sin_voto_y_no_cuenta_para_el_quorum(cumbre):
    sesion_id = _sesion(cumbre)
    _presentes(cumbre, sesion_id, "Rosario", "La Paz", "Mendoza")
    estado = asistencia(cumbre.contexto, sesion_id)
    por_nombre = {h.miembro: h for h in estado.habilitados}
    assert set(por_nombre) == {"Rosario", "Paraná", "Córdoba", "Mendoza", "La Paz", "Sucre"}
    assert (por_nombre["La Paz"].estado, por_nombre["La Paz"].con_voto, por_nombre["La Paz"].observador) == (
        "presente", False, True)
    # el quórum (mitad más uno de los tres con voto: 2) se cuenta sin los observadores: un presente no alcanza
    assert (estado.quorum.base, estado.quorum.presentes, estado.quorum.hay) == (3, 1, False)
    cuenta = cuenta_de_asistencia(estado)
    assert (cuenta.integrantes, cuenta.presentes, cuenta.observadores, cuenta.observadores_presentes) == (3, 1, 3, 2)
    _presentes(cumbre, sesion_id, "Paraná")
    assert asistencia(cumbre.contexto, sesion_id).quorum.hay


def test_el_acta_nombra_a_los_observadores_presentes_sin_voto_y_no_a_los_ausentes(cumbre):
    sesion_id = _sesion(cumbre)
    _presentes(cumbre, sesion_id, "Rosario", "Paraná", "La Paz")
    contenido = obtener_acta(cumbre.contexto, sesion_id).contenido
    assert contenido.asistencia_por_pais["Bolivia"] == ["La Paz — sin voto: observador"]
    assert contenido.ausentes == ["Córdoba (ausente)"]   # Sucre y Mendoza, observadores ausentes, no faltan a nada


def test_un_observador_no_vota_ni_da_ni_lleva_poderes(cumbre):
    sesion_id = _sesion(cumbre)
    _presentes(cumbre, sesion_id, "Rosario", "Paraná", "La Paz")
    contexto, ids = cumbre.contexto, cumbre.ids
    punto = agregar_punto(contexto, sesion_id, "Declaración de la Cumbre", "votacion")
    with pytest.raises(ErrorEscritorio):
        votar(contexto, punto, NuevaVotacion(metodo="nominal", nominales={
            ids["Rosario"]: "a_favor", ids["Paraná"]: "a_favor", ids["La Paz"]: "a_favor"}))
    with pytest.raises(ErrorEscritorio, match="sin voto"):
        registrar_asistencias(contexto, sesion_id, [MarcaAsistencia(ids["Sucre"], "ausente", poder_a=ids["Rosario"])])
    with pytest.raises(ErrorEscritorio, match="La Paz"):
        registrar_asistencias(contexto, sesion_id, [MarcaAsistencia(ids["Córdoba"], "ausente", poder_a=ids["La Paz"])])
    assert asistencia(contexto, sesion_id).quorum.presentes == 2   # nada se anotó


def test_un_observador_no_ocupa_un_cargo_con_voto_y_el_cargo_observador_no_vota(cumbre):
    contexto, ids = cumbre.contexto, cumbre.ids
    comision = crear_organo(contexto, NuevoOrgano("Comité Ejecutivo", "comite_ejecutivo"))
    for nombre in ("Mendoza", "La Paz"):   # por su calidad y por su país, aunque el órgano no tenga cupos
        with pytest.raises(ErrorValidacion, match=f"{nombre} no puede ocupar un cargo en Comité Ejecutivo como "
                                                  "presidente: es observador"):
            designar(contexto, comision, NuevoMandato("presidente", SESION, miembro_id=ids[nombre]))
    # antes de su admisión como observadora, Mendoza podía
    designar(contexto, comision, NuevoMandato("titular", ADMISION - timedelta(days=30), miembro_id=ids["Mendoza"],
                                              hasta=ADMISION - timedelta(days=1)))
    # el cargo observador, sin decir el voto, no vota (la misma omisión que la ventana); con voto, se rechaza
    mandato = designar(contexto, comision, NuevoMandato("observador", SESION, miembro_id=ids["La Paz"]))
    asiento = next(a for a in composicion(contexto, comision, SESION).asientos if a.mandato_id == mandato)
    assert (asiento.cargo, asiento.con_voto) == ("observador", False)
    with pytest.raises(ErrorValidacion, match="Un observador asiste y habla sin voto"):
        designar(contexto, comision, NuevoMandato("observador", SESION, miembro_id=ids["Sucre"], con_voto=True))


def test_una_eleccion_de_observadores_no_vota_por_omision_y_con_voto_se_rechaza(cumbre):
    contexto = cumbre.contexto
    sesion_id = _sesion(cumbre)
    punto = agregar_punto(contexto, sesion_id, "Elección de observadores", "eleccion")
    with pytest.raises(ErrorValidacion, match="Un observador asiste y habla sin voto"):
        definir_eleccion(contexto, punto, NuevaEleccion(cumbre.asamblea, "observador", SESION, con_voto=True))
    definir_eleccion(contexto, punto, NuevaEleccion(cumbre.asamblea, "observador", SESION))
    from escritorio.servicios.elecciones import obtener_eleccion
    assert obtener_eleccion(contexto, punto).con_voto is False


@pytest.mark.parametrize("calidad, desde, motivo, mensaje", [
    ("espectador", SESION, "Resolución 1", "Calidad «espectador» desconocida; use observador o pleno."),
    ("observador", SESION, "  ", "Motivo"),
    ("observador", None, "Resolución 1", "Desde: falta la fecha"),
])
def test_una_calidad_mal_escrita_se_rechaza_y_no_se_guarda(cumbre, calidad, desde, motivo, mensaje):
    antes = observadores_al(cumbre.contexto, SESION)
    with pytest.raises(ErrorValidacion, match=mensaje):
        fijar_calidad(cumbre.contexto, cumbre.ids["Rosario"], calidad, desde, motivo)
    assert observadores_al(cumbre.contexto, SESION) == antes


def test_la_calidad_de_un_miembro_de_otra_asociacion_no_se_cambia(cumbre, db):
    from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion

    otra = crear_asociacion(db, NuevaAsociacion(nombre="Otra red", sigla="OTR", paises={"AR": "pleno"}))
    with pytest.raises(ErrorEscritorio, match="No existe el miembro"):
        fijar_calidad(Contexto(db, otra), cumbre.ids["Rosario"], "observador", SESION, "Resolución 1")


def test_registrar_observador_a_quien_tiene_un_cargo_con_voto_lo_avisa(cumbre):
    contexto, ids = cumbre.contexto, cumbre.ids
    comite = crear_organo(contexto, NuevoOrgano("Comité Ejecutivo", "comite_ejecutivo"))
    mandato = designar(contexto, comite, NuevoMandato("vicepresidente", date(2026, 1, 1), miembro_id=ids["Córdoba"]))
    hecho = fijar_calidad(contexto, ids["Córdoba"], "observador", SESION, "Resolución 9/2027")
    assert hecho.avisos == [f"Córdoba sigue con su mandato con voto en Comité Ejecutivo (vicepresidente, id {mandato}): "
                            "un observador no vota; termínelo o desígnelo de nuevo como observador."]


def test_una_ciudad_sentada_con_su_alcalde_y_su_sherpa_cuenta_una_vez(cumbre):
    """La cumbre cuenta ciudades, no personas: Rosario se sienta con su intendente (con voto) y su sherpa (suplente,
    sin voto por omisión del cargo); integra una vez, vota una vez, y figura una vez en la asistencia."""
    contexto, rosario = cumbre.contexto, cumbre.ids["Rosario"]
    designar(contexto, cumbre.asamblea, NuevoMandato("titular", ADMISION, miembro_id=rosario, persona="El intendente"))
    designar(contexto, cumbre.asamblea, NuevoMandato("suplente", ADMISION, miembro_id=rosario, persona="La sherpa"))
    comp = composicion(contexto, cumbre.asamblea, SESION)
    assert [a.persona for a in comp.asientos if a.miembro_id == rosario] == ["El intendente", "La sherpa"]
    assert (comp.integrantes, comp.con_voto) == (6, 3)
    sesion_id = _sesion(cumbre)
    _presentes(cumbre, sesion_id, "Rosario")
    estado = asistencia(contexto, sesion_id)
    assert [h.miembro for h in estado.habilitados].count("Rosario") == 1
    assert (estado.quorum.base, estado.quorum.presentes) == (3, 1)


def test_un_observador_firma_una_declaracion_de_la_cumbre(cumbre):
    """Asiste, habla y firma: la declaración de la cumbre la firman también las ciudades observadoras."""
    from escritorio.servicios.adherentes import adherir, firmantes
    from escritorio.servicios.votaciones import adoptar_resolucion

    contexto, ids = cumbre.contexto, cumbre.ids
    sesion_id = _sesion(cumbre)
    _presentes(cumbre, sesion_id, "Rosario", "Paraná", "La Paz")
    punto = agregar_punto(contexto, sesion_id, "Declaración de la Cumbre", "deliberativo")
    declaracion = adoptar_resolucion(contexto, punto, "declaracion", "Declaración de Rosario",
                                     firmantes=[ids["Rosario"], ids["La Paz"]])
    adherir(contexto, declaracion["id"], miembro_id=ids["Mendoza"])
    assert {f["nombre"] for f in firmantes(contexto, declaracion["id"])} >= {"Rosario", "La Paz", "Mendoza"}
