"""Las mociones y las reglas de la sala por sus servicios (issue 64), en la red de ejemplo: lo que la línea de
órdenes y la ventana no muestran por separado (listar por punto, los rechazos de cada regla con su mensaje, que
nada quede escrito si algo falla) y lo que otros módulos leen (`obtener`, `listar`)."""

from datetime import date, timedelta

import pytest

from escritorio.errores import ErrorEscritorio
from escritorio.servicios import mociones
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.fijar_reglas_de_la_sala import (PedidoDeReglasDeLaSala, fijar_reglas_de_la_sala,
                                                          reformas_para_la_sala)
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.reglas_de_la_sala import reglas_de_la_sala
from escritorio.servicios.sesiones import listar_sesiones
from escritorio.servicios.sesiones.puntos import orden_del_dia


@pytest.fixture
def sala(demo_db, asociacion_de_la_demo):
    contexto = Contexto(demo_db, asociacion_de_la_demo["id"])
    sesion = next(s for s in listar_sesiones(contexto) if s["organo"] == "Consejo" and s["estado_acta"] == "borrador")
    puntos = [p["id"] for p in orden_del_dia(contexto, sesion["id"])]
    activos = [m["id"] for m in listar_miembros(contexto) if m["estado"] == "activo"]
    return contexto, sesion, puntos, activos


def _cuantas(contexto) -> int:
    return next(contexto.db.query("SELECT count(*) AS n FROM mociones"))["n"]


def test_listar_por_punto_y_obtener(sala):
    contexto, sesion, puntos, activos = sala
    dia = date.fromisoformat(sesion["fecha"])
    a = mociones.presentar(contexto, puntos[0], "Una", "Uno.", autores=[activos[0]], recibida_el=dia)
    b = mociones.presentar(contexto, puntos[1], "Otra", "Dos.\n\nTres.", autores=[activos[1]], apoyos=[activos[2]],
                           recibida_el=dia)
    assert (a.numero, b.numero) == (1, 2)
    assert [m.id for m in mociones.listar(contexto, punto_id=puntos[1])] == [b.id]
    assert [m.id for m in mociones.listar(contexto, sesion_id=sesion["id"])] == [a.id, b.id]
    leida = mociones.obtener(contexto, b.id)
    assert (leida.punto, leida.parrafos, [f.miembro_id for f in leida.apoyos]) == ("2", ["Dos.", "Tres."],
                                                                                   [activos[2]])
    assert leida.plazo is None and not leida.fuera_de_plazo   # el Consejo no fijó plazo
    with pytest.raises(ErrorEscritorio, match="No existe la moción 999"):
        mociones.obtener(contexto, 999)
    with pytest.raises(ErrorEscritorio, match="uno de los dos"):
        mociones.listar(contexto)


@pytest.mark.parametrize("cambio, mensaje", [
    (dict(autores=[]), "al menos un miembro"),
    (dict(apoyos="autor"), "figura como autor y como apoyo"),
    (dict(titulo="  "), "Título de la moción"),
    (dict(texto=""), "Texto de la moción"),
    (dict(recibida_el="despues"), "después de la sesión"),
    (dict(autores=[10**6]), "No existe el miembro con id 1000000"),
])
def test_lo_que_presentar_rechaza_no_deja_nada(sala, cambio, mensaje):
    contexto, sesion, puntos, activos = sala
    datos = dict(titulo="Moción", texto="Texto.", autores=[activos[0]], apoyos=[],
                 recibida_el=date.fromisoformat(sesion["fecha"]))
    datos.update(cambio)
    if datos["apoyos"] == "autor":
        datos["apoyos"] = [activos[0]]
    if datos["recibida_el"] == "despues":
        datos["recibida_el"] = date.fromisoformat(sesion["fecha"]) + timedelta(days=1)
    with pytest.raises(ErrorEscritorio, match=mensaje):
        mociones.presentar(contexto, puntos[0], **datos)
    assert _cuantas(contexto) == 0


def test_retomar_solo_en_una_sesion_posterior(sala):
    contexto, sesion, puntos, activos = sala
    hecha = mociones.presentar(contexto, puntos[0], "Moción", "Texto.", autores=[activos[0]],
                               recibida_el=date.fromisoformat(sesion["fecha"]))
    with pytest.raises(ErrorEscritorio, match="solo una moción aplazada"):
        mociones.retomar(contexto, hecha.id, puntos[0])
    mociones.admitir(contexto, hecha.id)
    mociones.aplazar(contexto, hecha.id, "Falta el informe")
    with pytest.raises(ErrorEscritorio, match="sesión posterior"):
        mociones.retomar(contexto, hecha.id, puntos[1])   # la misma sesión no es posterior
    assert mociones.puntos_para_retomar(contexto, hecha.id) == []   # no hay sesiones posteriores abiertas


def test_las_reglas_de_la_sala_y_su_articulo(sala):
    contexto, sesion, _, _ = sala
    organo = sesion["organo_id"]
    sin_cambio = fijar_reglas_de_la_sala(contexto, organo, PedidoDeReglasDeLaSala(segundos_palabra=180))
    assert not sin_cambio.cambiaron and not reglas_de_la_sala(contexto, organo).fijadas
    with pytest.raises(ErrorEscritorio, match="de 10 a 7200 segundos"):
        fijar_reglas_de_la_sala(contexto, organo, PedidoDeReglasDeLaSala(segundos_palabra=5))
    libres = fijar_reglas_de_la_sala(contexto, organo, PedidoDeReglasDeLaSala(plazo_mociones_dias=7))
    assert libres.cambiaron and "no tienen base estatutaria" in libres.avisos[0]
    atadas = fijar_reglas_de_la_sala(contexto, organo, PedidoDeReglasDeLaSala(articulo="Reglamento, art. 4"))
    assert atadas.reglas.articulo == "Reglamento, art. 4" and atadas.avisos == []
    for pedido in (PedidoDeReglasDeLaSala(plazo_mociones_dias=30), PedidoDeReglasDeLaSala(sin_plazo=True),
                   PedidoDeReglasDeLaSala(articulo=""), PedidoDeReglasDeLaSala(orden_enmiendas="presentacion")):
        with pytest.raises(ErrorEscritorio, match="las fija Reglamento, art. 4"):
            fijar_reglas_de_la_sala(contexto, organo, pedido)
    reglas = reglas_de_la_sala(contexto, organo)
    assert (reglas.plazo_mociones_dias, reglas.orden_enmiendas, reglas.articulo) == (7, "mas_lejana",
                                                                                    "Reglamento, art. 4")
    # Lo mismo que ya rige no es un cambio: no se rechaza.
    assert not fijar_reglas_de_la_sala(contexto, organo, PedidoDeReglasDeLaSala(plazo_mociones_dias=7)).cambiaron


def test_las_reglas_con_articulo_cambian_con_una_reforma_posterior_de_ese_articulo(sala):
    """El Estatuto de la demo tiene dos reformas (la 1 cambió el art. 13, la 2 el art. 21). Unas reglas que citan el
    art. 13, fijadas hoy, no cambian con la reforma 1 (ya estaba en ellas) ni con la 2 (otro artículo); una reforma
    del art. 13 registrada después sí las cambia, una sola vez."""
    from escritorio.servicios.estatutos import CambioArticulo, elegir_norma, reformar

    contexto, sesion, _, _ = sala
    organo = sesion["organo_id"]
    fijar_reglas_de_la_sala(contexto, organo, PedidoDeReglasDeLaSala(plazo_mociones_dias=10,
                                                                     articulo="Estatuto, art. 13"))
    pedido = PedidoDeReglasDeLaSala(plazo_mociones_dias=5)
    with pytest.raises(ErrorEscritorio, match="cambia con una reforma de ese artículo.*--por-reforma N"):
        fijar_reglas_de_la_sala(contexto, organo, pedido)
    with pytest.raises(ErrorEscritorio, match="se registró antes de que se fijaran estas reglas"):
        fijar_reglas_de_la_sala(contexto, organo, PedidoDeReglasDeLaSala(plazo_mociones_dias=5, por_reforma="1"))
    with pytest.raises(ErrorEscritorio, match="no cambia ese artículo"):
        fijar_reglas_de_la_sala(contexto, organo, PedidoDeReglasDeLaSala(plazo_mociones_dias=5, por_reforma="2"))
    with pytest.raises(ErrorEscritorio, match="va con el valor nuevo"):
        fijar_reglas_de_la_sala(contexto, organo, PedidoDeReglasDeLaSala(por_reforma="2"))
    assert reglas_de_la_sala(contexto, organo).plazo_mociones_dias == 10
    assert reformas_para_la_sala(contexto, organo) == []

    estatuto = elegir_norma(contexto, None)
    reformar(contexto, estatuto["id"], date.today() - timedelta(days=1),
             [CambioArticulo("13", "Las mociones se presentan hasta cinco días antes de la sesión.")])
    posibles = reformas_para_la_sala(contexto, organo)
    assert [p.referencia for p in posibles] == ["Estatuto:3"]   # la 1 ya estaba en ellas; la 2, otro artículo
    hecho = fijar_reglas_de_la_sala(contexto, organo, PedidoDeReglasDeLaSala(plazo_mociones_dias=5,
                                                                             por_reforma="3"))
    assert hecho.cambiaron and hecho.reglas.plazo_mociones_dias == 5
    assert hecho.reglas.articulo == "Estatuto, art. 13"
    with pytest.raises(ErrorEscritorio, match="se registró antes de que se fijaran estas reglas"):
        fijar_reglas_de_la_sala(contexto, organo, PedidoDeReglasDeLaSala(plazo_mociones_dias=1, por_reforma="3"))
    assert reformas_para_la_sala(contexto, organo) == []
