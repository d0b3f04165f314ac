"""Las enmiendas y las votaciones de la sala por sus servicios, en los dos motores (issue 64, §2): lo que se guarda
y se lee de vuelta (datos/enmiendas.py y datos/votaciones_sala.py), el orden que fija la presidencia, el retiro, el
acta aprobada que congela todo, y la votación con la misma cuenta que la de un punto."""

from datetime import date

import pytest

from ayudas import hoy_fijo
from escritorio.dominio.enmiendas import Cambio
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios import enmiendas, votaciones_sala
from escritorio.servicios.votaciones import NuevaVotacion, listar_resoluciones
from mociones_de_prueba import armar_sala

pytestmark = pytest.mark.ambos_motores

REEMPLAZA_2 = [Cambio("reemplazar", 2, "Las ciudades miembro adoptarán un plan de adaptación antes de 2027.")]
SUPRIME_2 = [Cambio("suprimir", 2)]
AGREGA = [Cambio("insertar", 3, "Se crea un fondo común.")]


@pytest.fixture
def sala(db, asociacion_id, monkeypatch):
    # Para el programa hoy es el día de la sesión: una enmienda sin fecha de recepción se recibe «hoy», y después de
    # la sesión no se recibe (la prueba no depende del día en que corre).
    hoy_fijo(monkeypatch, date(2026, 11, 28))
    return armar_sala(db, asociacion_id)


def _tres(sala):
    c, ids = sala.contexto, sala.ids
    uno = enmiendas.presentar(c, sala.mocion, REEMPLAZA_2, [ids["Montevideo"]], recibida_el=date(2026, 11, 20))
    dos = enmiendas.presentar(c, sala.mocion, SUPRIME_2, [ids["Córdoba"], ids["Santa Fe"]], "Cada una decide.")
    tres = enmiendas.presentar(c, sala.mocion, AGREGA, [ids["Paraná"]])
    return uno, dos, tres


def test_se_guardan_y_se_leen_con_sus_autores_cambios_y_conflictos(sala):
    uno, dos, tres = _tres(sala)
    listado = enmiendas.listar(sala.contexto, sala.mocion)
    assert [e.numero for e in listado.enmiendas] == [2, 3, 1] and listado.orden == (dos.id, tres.id, uno.id)
    por_numero = {e.numero: e for e in listado.enmiendas}
    assert [a.nombre for a in por_numero[2].autores] == ["Córdoba", "Santa Fe"]
    assert por_numero[2].fundamento == "Cada una decide." and por_numero[1].recibida_el == "2026-11-20"
    assert por_numero[1].cambios == tuple(REEMPLAZA_2)
    # La posterior de las dos que chocan es la afectada; la otra solo choca.
    assert (por_numero[1].conflictos, por_numero[1].afectada_por) == ((2,), ())
    assert (por_numero[2].conflictos, por_numero[2].afectada_por) == ((1,), (1,))
    assert por_numero[3].conflictos == ()
    assert "[−2028.−] [+2027.+]" in por_numero[1].comparacion_en_texto()
    # Sin votar nada, el texto final es el presentado.
    assert enmiendas.texto_final(sala.contexto, sala.mocion).parrafos == listado.parrafos


def test_la_presidencia_fija_el_orden_y_vuelve_al_del_reglamento(sala):
    uno, dos, tres = _tres(sala)
    c = sala.contexto
    with pytest.raises(ErrorValidacion, match="Falta el lugar de las enmiendas 2"):
        enmiendas.fijar_orden(c, sala.mocion, [uno.id, tres.id])
    listado = enmiendas.fijar_orden(c, sala.mocion, [uno.id, tres.id, dos.id])
    assert listado.orden == (uno.id, tres.id, dos.id) and listado.orden_fijado
    # Retirada, sale del orden y de los conflictos: la 2 ya no está afectada.
    enmiendas.retirar(c, uno.id, "Lo acordaron con Córdoba")
    listado = enmiendas.listar(c, sala.mocion)
    assert listado.orden == (tres.id, dos.id)
    assert {e.numero: e.afectada_por for e in listado.enmiendas} == {3: (), 2: (), 1: ()}
    assert enmiendas.fijar_orden(c, sala.mocion, []).orden == (dos.id, tres.id)
    with pytest.raises(ErrorEscritorio, match="La enmienda 1 está retirada: no se puede dejar admitida"):
        enmiendas.admitir(c, uno.id)


def test_la_votacion_de_la_sala_se_guarda_con_sus_habilitados_y_la_mocion_se_adopta(sala):
    uno, dos, tres = _tres(sala)
    c = sala.contexto
    for e in (uno, dos, tres):
        enmiendas.admitir(c, e.id)
    with pytest.raises(ErrorEscritorio, match="Antes se vota la enmienda 2"):
        votaciones_sala.votar_enmienda(c, tres.id, NuevaVotacion(a_favor=3))
    voto = votaciones_sala.votar_enmienda(c, dos.id, NuevaVotacion(a_favor=1, en_contra=3))
    assert (voto.aprobada, voto.decaidas, voto.habilitados, voto.numero) == (False, (), 5, 2)
    voto = votaciones_sala.votar_enmienda(c, tres.id, NuevaVotacion(a_favor=3, en_contra=1))
    assert voto.aprobada and voto.decaidas == ()
    voto = votaciones_sala.votar_enmienda(c, uno.id, NuevaVotacion(a_favor=4))
    assert voto.aprobada
    final = votaciones_sala.votar_mocion(c, sala.mocion, NuevaVotacion(a_favor=4, en_contra=1))
    assert final.enmienda_id is None and final.aprobada and final.regla_mayoria.startswith("Mayoría simple")
    leidas = votaciones_sala.votaciones(c, sala.mocion)
    assert [(v.numero, v.aprobada) for v in leidas] == [(2, False), (3, True), (1, True), (None, True)]
    adoptada = votaciones_sala.adoptar_mocion(c, sala.mocion)
    [r] = listar_resoluciones(c)
    assert (r["id"], r["tipo"], r["firmantes"]) == (adoptada["id"], "resolucion", 2)
    assert r["texto"].split("\n\n")[1:3] == ["Las ciudades miembro adoptarán un plan de adaptación antes de 2027.",
                                             "La Secretaría acompañará a cada ciudad con asistencia técnica."]
    assert enmiendas.mocion_de_la_asociacion(c, sala.mocion)["resolucion_id"] == adoptada["id"]


def test_sin_quorum_no_se_vota_y_otra_asociacion_no_ve_la_mocion(sala, db):
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, registrar_asistencias

    c = sala.contexto
    registrar_asistencias(c, sala.sesion, [MarcaAsistencia(sala.ids[n], "ausente")
                                           for n in ("Santa Fe", "Córdoba", "Montevideo")])
    with pytest.raises(ErrorValidacion, match="No hay quórum para votar"):
        votaciones_sala.votar_mocion(c, sala.mocion, NuevaVotacion(a_favor=2))
    assert votaciones_sala.prever(c, sala.mocion, NuevaVotacion(a_favor=2)).sin_quorum
    assert [m["id"] for m in enmiendas.mociones_de_la_sesion(c, sala.sesion)] == [sala.mocion]
    with pytest.raises(ErrorEscritorio, match=f"No existe la moción {sala.mocion} en esta asociación"):
        enmiendas.listar(Contexto(db, c.asociacion_id + 1), sala.mocion)


def test_el_reglamento_del_organo_puede_pedir_el_orden_de_presentacion(sala, db):
    from escritorio.datos.conexion import transaccion

    uno, dos, tres = _tres(sala)
    organo = enmiendas.mocion_de_la_asociacion(sala.contexto, sala.mocion)["organo_id"]
    # Las reglas de la sala las fija el servicio de las mociones (otro ayudante del issue 64): aquí, con SQL.
    with transaccion(db):
        db.execute("INSERT INTO reglas_de_la_sala (organo_id, orden_enmiendas, articulo) VALUES (?, 'presentacion', "
                   "'Reglamento, art. 30')", [organo])
    listado = enmiendas.listar(sala.contexto, sala.mocion)
    assert listado.orden == (uno.id, dos.id, tres.id)
    assert (listado.criterio, listado.articulo) == ("presentacion", "Reglamento, art. 30")
