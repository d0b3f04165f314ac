"""Revisión hostil de la segunda vuelta de la sala (issue 82: los apoyos, la recomendación de una comisión y la lista
de oradores de OpenSlides 4). Cada prueba fue un hallazgo de la revisión, escrito como lo correcto (xfail estricto) y
corregido después: ahora pasan, y cuidan que no vuelva.

La sala es la de tests/mociones_de_prueba.py (la Asamblea General, la sesión del 28/11/2026 con su punto y la moción 1,
admitida), en los dos motores: la base de un archivo y la de un servidor PostgreSQL de verdad.
"""

from datetime import date, datetime, timedelta, timezone

import pytest

from ayudas import hoy_fijo
from escritorio.errores import ErrorEscritorio
from escritorio.servicios import categorias_de_cuestion, conduccion_de_oradores, oradores
from escritorio.servicios.apoyos_y_recomendaciones import recomendar
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.organos import NuevoOrgano, crear_organo
from escritorio.servicios.vida_de_los_organos import disolver
from mociones_de_prueba import armar_sala

T0 = datetime(2026, 11, 28, 13, 0, 0, tzinfo=timezone.utc)


def _t(segundos: int) -> datetime:
    return T0 + timedelta(seconds=segundos)


@pytest.fixture(params=["sqlite", "postgresql"])
def motor(request) -> str:
    return request.param


@pytest.fixture
def sala(motor, request, monkeypatch):
    hoy_fijo(monkeypatch, date(2026, 11, 28))   # el día de la sesión de armar_sala: la prueba no depende del día
    destino = request.getfixturevalue("ruta_db" if motor == "sqlite" else "url_pg")
    db = abrir_base(destino)
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML",
                                                      paises={"AR": "pleno", "BR": "pleno", "UY": "asociado"}))
    yield armar_sala(db, asociacion)
    db.close()


def _asamblea(sala) -> int:
    return next(sala.contexto.db.query("SELECT organo_id FROM sesiones WHERE id = ?", [sala.sesion]))["organo_id"]


def _filas(sala) -> dict[str, dict]:
    return {f["nombre"]: f for f in sala.contexto.db.query(
        "SELECT m.nombre, o.tipo, o.estado, o.pausado_en FROM oradores o JOIN miembros m ON m.id = o.miembro_id")}


# --- la pregunta intercalada -----------------------------------------------------------------------------------------

def test_pausar_la_pregunta_intercalada_y_reanudar_es_la_misma_pregunta(sala):
    cx, ids, punto = sala.contexto, sala.ids, sala.punto
    oradores.pedir_palabra(cx, punto, ids["Rosario"], ahora=_t(0))
    oradores.dar_la_palabra(cx, punto, ahora=_t(1))
    oradores.pedir_palabra(cx, punto, ids["Paraná"], tipo="pregunta_intercalada", ahora=_t(10))
    oradores.dar_la_palabra(cx, punto, ahora=_t(20))        # Rosario en pausa; Paraná pregunta
    pausada = conduccion_de_oradores.pausar(cx, punto, ahora=_t(25))   # hoy: StopIteration (ya escrito)
    assert pausada.nombre == "Paraná" and pausada.pausado
    assert oradores.listar(cx, punto).hablando.nombre == "Paraná"
    reanudada = conduccion_de_oradores.reanudar(cx, punto, ahora=_t(40))
    assert reanudada.nombre == "Paraná"                     # hoy: Rosario, con Paraná en pausa debajo
    oradores.terminar(cx, punto, ahora=_t(50))              # termina la pregunta: la palabra vuelve a Rosario
    filas = _filas(sala)
    assert filas["Paraná"]["estado"] == "hablo"
    assert filas["Rosario"]["estado"] == "hablando" and filas["Rosario"]["pausado_en"] is None


def test_la_pregunta_intercalada_no_pausa_a_otro_que_a_quien_se_hizo(sala):
    cx, ids, punto = sala.contexto, sala.ids, sala.punto
    oradores.pedir_palabra(cx, punto, ids["Rosario"], ahora=_t(0))
    oradores.dar_la_palabra(cx, punto, ahora=_t(1))
    oradores.pedir_palabra(cx, punto, ids["Paraná"], tipo="pregunta_intercalada", ahora=_t(10))   # a Rosario
    oradores.pedir_palabra(cx, punto, ids["Córdoba"], tipo="cuestion_de_orden", ahora=_t(11))
    assert oradores.dar_la_palabra(cx, punto, ahora=_t(20)).nombre == "Córdoba"   # Rosario termina
    try:
        oradores.dar_la_palabra(cx, punto, ahora=_t(40))
    except ErrorEscritorio:
        pass    # también es correcto negarse: Rosario ya no habla
    filas = _filas(sala)
    assert filas["Córdoba"]["pausado_en"] is None           # hoy: en pausa por una pregunta que no era para ella
    assert filas["Paraná"]["estado"] != "hablando"          # hoy: pregunta a quien ya no tiene la palabra


def test_la_pregunta_intercalada_no_sobrevive_a_quien_habla(sala):
    cx, ids, punto = sala.contexto, sala.ids, sala.punto
    oradores.pedir_palabra(cx, punto, ids["Rosario"], ahora=_t(0))
    oradores.pedir_palabra(cx, punto, ids["Santa Fe"], ahora=_t(0))
    oradores.dar_la_palabra(cx, punto, ahora=_t(1))
    oradores.pedir_palabra(cx, punto, ids["Paraná"], tipo="pregunta_intercalada", ahora=_t(10))   # a Rosario
    oradores.terminar(cx, punto, ahora=_t(20))              # Rosario termina sin que le pregunten
    try:
        siguiente = oradores.dar_la_palabra(cx, punto, ahora=_t(30)).nombre
    except ErrorEscritorio:
        siguiente = None
    assert siguiente in ("Santa Fe", None)                  # hoy: Paraná «pregunta» a quien ya terminó


# --- mover en la cola -------------------------------------------------------------------------------------------------

def test_mover_una_cuestion_de_orden_con_categoria_cambia_la_cola_o_lo_dice(sala):
    cx, ids, punto = sala.contexto, sala.ids, sala.punto
    alta = categorias_de_cuestion.definir(cx, _asamblea(sala), "Moción de orden", 1)
    baja = categorias_de_cuestion.definir(cx, _asamblea(sala), "Aclaración", 5)
    oradores.pedir_palabra(cx, punto, ids["Rosario"], tipo="cuestion_de_orden", categoria_id=alta.id, ahora=_t(0))
    parana = oradores.pedir_palabra(cx, punto, ids["Paraná"], tipo="cuestion_de_orden", categoria_id=baja.id,
                                    ahora=_t(1))
    try:
        lista = conduccion_de_oradores.mover(cx, parana.id, 1)
    except ErrorEscritorio:
        return      # correcto también: no se mueve por encima de una categoría de rango más alto, y se dice
    assert [o.nombre for o in lista.cola] == ["Paraná", "Rosario"]   # hoy: ["Rosario", "Paraná"], sin aviso


def test_entre_cuestiones_de_orden_del_mismo_rango_quien_preside_cambia_el_orden(sala):
    cx, ids, punto = sala.contexto, sala.ids, sala.punto
    alta = categorias_de_cuestion.definir(cx, _asamblea(sala), "Moción de orden", 1)
    oradores.pedir_palabra(cx, punto, ids["Rosario"], tipo="cuestion_de_orden", categoria_id=alta.id, ahora=_t(0))
    parana = oradores.pedir_palabra(cx, punto, ids["Paraná"], tipo="cuestion_de_orden", categoria_id=alta.id,
                                    ahora=_t(1))
    assert [o.nombre for o in conduccion_de_oradores.mover(cx, parana.id, 1).cola] == ["Paraná", "Rosario"]


# --- la recomendación de una comisión ---------------------------------------------------------------------------------

def test_una_comision_disuelta_no_recomienda_despues_de_su_disolucion(sala):
    cx = sala.contexto
    comision = crear_organo(cx, NuevoOrgano("Comisión de Ambiente", "comite", padre_id=_asamblea(sala)))
    disolver(cx, comision, date(2026, 11, 1), "Resolución 3/2026")
    with pytest.raises(ErrorEscritorio):
        recomendar(cx, sala.mocion, comision, "aprobar", fecha=date(2026, 11, 20))


def test_la_recomendacion_no_es_anterior_a_la_mocion(sala):
    cx = sala.contexto
    comision = crear_organo(cx, NuevoOrgano("Comisión de Ambiente", "comite", padre_id=_asamblea(sala)))
    with pytest.raises(ErrorEscritorio):
        recomendar(cx, sala.mocion, comision, "rechazar", fecha=date(1990, 1, 1))


# --- lo que la base acepta con SQL a mano (un papel con psql, otro programa) -----------------------------------------
#
# En el servidor, secretaría escribe con psql sin que nada lo marque (en el archivo queda un incidente, pero la fila
# queda); `verificar` dice «correcta». Lo que la base deja pasar, el programa lo escribe roto en el acta.

def _rechaza(db, sentencia: str, parametros: list) -> None:
    from ayudas import RECHAZO_DE_LA_BASE

    try:
        with pytest.raises(RECHAZO_DE_LA_BASE):
            db.execute(sentencia, parametros)
    finally:
        db.conn.rollback()


def test_la_base_rechaza_una_recomendacion_sin_organo_ni_fecha(sala):
    _rechaza(sala.contexto.db, "UPDATE mociones SET recomendacion = 'aprobar' WHERE id = ?", [sala.mocion])


def test_la_base_rechaza_una_categoria_en_lo_que_no_es_cuestion_de_orden(sala):
    cx = sala.contexto
    categoria = categorias_de_cuestion.definir(cx, _asamblea(sala), "Moción de orden", 1)
    pedido = oradores.pedir_palabra(cx, sala.punto, sala.ids["Rosario"], ahora=_t(0))
    _rechaza(cx.db, "UPDATE oradores SET categoria_id = ? WHERE id = ?", [categoria.id, pedido.id])


def test_la_base_rechaza_la_pausa_de_quien_no_habla(sala):
    cx = sala.contexto
    pedido = oradores.pedir_palabra(cx, sala.punto, sala.ids["Rosario"], ahora=_t(0))
    _rechaza(cx.db, "UPDATE oradores SET pausado_en = '2026-11-28 13:00:00' WHERE id = ?", [pedido.id])
