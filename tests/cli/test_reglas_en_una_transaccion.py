"""«organos reglas … --poderes 2» lee las reglas, decide y guarda en UNA transacción (servicios.cambio_de_reglas):
otro programa que cambia otra regla del mismo órgano mientras tanto espera, y su cambio no se pierde.

Antes, la orden leía las reglas fuera de la transacción y guardaba después la copia leída entera: la anticipación que
otra ventana había fijado entre medio volvía a «sin exigencia» sin que nadie lo dijera (tests/carreras.py).
"""

import pytest

from carreras import Carrera
from escritorio.servicios import cambio_de_reglas
from escritorio.servicios.base import abrir_base
from escritorio.servicios.cambio_de_reglas import PedidoDeReglas, cambiar_reglas_de_sesion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.organos import elegir_organo
from escritorio.servicios.sesiones.reglas import reglas_de_sesion

ORGANO = "Comisión Directiva"   # en la demo, sin reglas que citen artículos ni sesiones celebradas


def _leer(ruta):
    db = abrir_base(ruta)
    try:
        contexto = Contexto(db, 1)
        return reglas_de_sesion(contexto, elegir_organo(contexto, ORGANO)["id"])
    finally:
        db.close()


def _otra_ventana_fija_la_anticipacion(ruta):
    """Lo que hace el otro programa, con su propia conexión: 20 días de anticipación para la convocatoria."""
    def escribir():
        db = abrir_base(ruta)
        try:
            contexto = Contexto(db, 1)
            return cambiar_reglas_de_sesion(contexto, elegir_organo(contexto, ORGANO)["id"],
                                            PedidoDeReglas(anticipacion=20))
        finally:
            db.close()
    return escribir


@pytest.fixture
def carrera_en_la_lectura(monkeypatch, copia_de_la_demo):
    """Vigila la lectura de la versión de las reglas que el servicio cambia (la de una fecha: `reglas_de_sesion(
    contexto, organo_id, al)`): si su conexión no tiene la base tomada, el otro programa escribe en ese momento; si la
    tiene, escribe al terminar la orden (como tras esperar la base)."""
    vigilada = {}
    original = cambio_de_reglas.reglas_de_sesion

    def leer_y_mirar(contexto, organo_id, *al, **nombrados):
        resultado = original(contexto, organo_id, *al, **nombrados)
        if al:
            vigilada.setdefault("carrera", Carrera(_otra_ventana_fija_la_anticipacion(copia_de_la_demo),
                                                   contexto.db)).leido()
        return resultado

    monkeypatch.setattr(cambio_de_reglas, "reglas_de_sesion", leer_y_mirar)
    return vigilada


def test_otra_regla_cambiada_mientras_la_orden_decide_no_se_pierde(cli, copia_de_la_demo, carrera_en_la_lectura):
    antes = _leer(copia_de_la_demo)
    assert antes.poderes_maximos is None and antes.anticipacion_dias is None

    hecho = cli("organos", "reglas", ORGANO, "--poderes", "2", db=copia_de_la_demo)
    carrera = carrera_en_la_lectura["carrera"].terminar()

    assert hecho.returncode == 0, hecho.stderr
    assert f"Reglas de «{ORGANO}» guardadas" in hecho.stdout and "Poderes: hasta 2 por miembro." in hecho.stdout
    # Leído de nuevo de la base: quedan las dos reglas, la de la orden y la de la otra ventana.
    despues = _leer(copia_de_la_demo)
    assert (despues.poderes_maximos, despues.anticipacion_dias) == (2, 20)
    # La orden leyó con la base tomada: el otro programa esperó y escribió después, sin error.
    assert carrera.entre_medio is False and carrera.error is None and carrera.hecho is not None


def test_las_opciones_que_acompanan_un_cambio_se_rechazan_solas_sin_tocar_la_base(cli, copia_de_la_demo):
    for opciones, mensaje in ((["--motivo", "x"], "--motivo va con un cambio de las reglas"),
                              (["--por-reforma", "1"], "--por-reforma va con el valor nuevo")):
        hecho = cli("organos", "reglas", ORGANO, *opciones, db=copia_de_la_demo)
        assert hecho.returncode != 0 and mensaje in hecho.stderr, hecho.stderr
    assert _leer(copia_de_la_demo).poderes_maximos is None
