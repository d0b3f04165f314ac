"""Las enmiendas a una enmienda (issue 82, como OpenSlides), por sus servicios, en los dos motores: lo que la
secretaría nota.

- Una enmienda a la enmienda 1 propone otro texto para uno de sus cambios (el mismo párrafo y la misma operación);
  lo que no es un cambio con texto de la enmendada, o el mismo texto, se rechaza con su mensaje y nada se escribe.
- Se vota justo antes que la enmendada, aunque la presidencia fije otro orden; dos enmiendas a la misma enmienda
  que tocan lo mismo chocan entre sí, no con las enmiendas a la moción.
- Aprobada, la enmendada se vota con su texto y, aprobada esta, el texto final lo lleva; una aprobada hace decaer a
  la otra que cambiaba lo mismo; votada, retirada o no admitida la enmendada, las que quedaban sin votar decaen.
- Un solo nivel: no se enmienda una enmienda a una enmienda; la base lo rechaza también con SQL.

La sala es la de tests/mociones_de_prueba.py: la moción 1 admitida, con cuatro párrafos; cinco presentes.
"""

from datetime import date

import pytest

from ayudas import RECHAZO_DE_LA_BASE
from escritorio.dominio.enmiendas import Cambio
from escritorio.errores import ErrorValidacion
from escritorio.servicios import enmiendas, votaciones_sala
from escritorio.servicios.votaciones import NuevaVotacion
from mociones_de_prueba import armar_sala

pytestmark = pytest.mark.ambos_motores

PLAN_2027 = "Las ciudades miembro adoptarán un plan de adaptación antes de 2027."
PLAN_2026 = "Las ciudades miembro adoptarán un plan de adaptación antes de 2026."
PLAN_Y_FONDO = "Las ciudades miembro adoptarán un plan de adaptación y un fondo común antes de 2027."
A_FAVOR, EN_CONTRA = NuevaVotacion(a_favor=4, en_contra=1), NuevaVotacion(a_favor=1, en_contra=4)


@pytest.fixture
def sala(db, asociacion_id):
    return armar_sala(db, asociacion_id)


def _enmienda(sala, cambios, autor="Montevideo", enmienda_de=None):
    return enmiendas.presentar(sala.contexto, sala.mocion, cambios, [sala.ids[autor]], enmienda_de=enmienda_de,
                               recibida_el=date(2026, 11, 20))


def _cuantas(sala) -> int:
    return next(sala.contexto.db.query("SELECT count(*) AS n FROM enmiendas"))["n"]


def test_se_presenta_se_lee_contra_la_enmendada_y_se_vota_antes(sala):
    c = sala.contexto
    uno = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_2027), Cambio("suprimir", 4)])
    dos = _enmienda(sala, [Cambio("insertar", 3, "Se crea un fondo común.")], "Córdoba")
    sub = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_Y_FONDO)], "Paraná", enmienda_de=uno.id)
    assert (sub.numero, sub.enmienda_de, sub.enmienda_de_id) == (3, 1, uno.id)
    assert "[+y un fondo común+]" in sub.comparacion_en_texto()
    assert "2027." in sub.comparacion_en_texto() and "2028" not in sub.comparacion_en_texto()
    listado = enmiendas.listar(c, sala.mocion)
    # La 1 se aleja más que la 2: va primero, y su enmienda justo antes.
    assert listado.orden == (sub.id, uno.id, dos.id)
    assert {e.numero: e.conflictos for e in listado.enmiendas} == {3: (), 1: (), 2: ()}
    # La presidencia ordena las enmiendas a la moción; la enmienda a la 1 sigue justo antes de ella.
    assert enmiendas.fijar_orden(c, sala.mocion, [dos.id, uno.id]).orden == (dos.id, sub.id, uno.id)
    with pytest.raises(ErrorValidacion, match="No son enmiendas de la moción 1 que se voten"):
        enmiendas.fijar_orden(c, sala.mocion, [dos.id, sub.id, uno.id])
    for e in (uno, dos, sub):
        enmiendas.admitir(c, e.id)
    votaciones_sala.votar_enmienda(c, dos.id, EN_CONTRA)
    with pytest.raises(Exception, match="Antes se vota la enmienda 3"):
        votaciones_sala.votar_enmienda(c, uno.id, A_FAVOR)
    assert votaciones_sala.votar_enmienda(c, sub.id, A_FAVOR).aprobada
    listado = enmiendas.listar(c, sala.mocion)
    la_uno = next(e for e in listado.enmiendas if e.id == uno.id)
    assert la_uno.enmendada_por == (3,) and la_uno.cambios_vigentes[0].texto == PLAN_Y_FONDO
    assert la_uno.cambios[0].texto == PLAN_2027   # lo presentado no cambia
    assert votaciones_sala.votar_enmienda(c, uno.id, A_FAVOR).aprobada
    final = enmiendas.texto_final(c, sala.mocion)
    assert final.parrafos[1] == PLAN_Y_FONDO and len(final.parrafos) == 3   # y el 4 suprimido
    assert final.aprobadas == (1,)


def test_dos_a_la_misma_enmienda_chocan_y_la_aprobada_hace_decaer_a_la_otra(sala):
    c = sala.contexto
    uno = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_2027)])
    otra_al_2 = _enmienda(sala, [Cambio("suprimir", 2)], "Córdoba")
    a = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_2026)], "Paraná", enmienda_de=uno.id)
    b = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_Y_FONDO)], "Salto", enmienda_de=uno.id)
    por_numero = {e.numero: e for e in enmiendas.listar(c, sala.mocion).enmiendas}
    assert (por_numero[3].conflictos, por_numero[4].conflictos) == ((4,), (3,))
    assert por_numero[1].conflictos == (2,) and por_numero[2].conflictos == (1,)   # entre las de la moción
    for e in (uno, otra_al_2, a, b):
        enmiendas.admitir(c, e.id)
    enmiendas.fijar_orden(c, sala.mocion, [uno.id, otra_al_2.id])
    voto = votaciones_sala.votar_enmienda(c, a.id, A_FAVOR)
    assert voto.aprobada and voto.decaidas == (4,)   # la otra enmienda a la 1; la 2 (a la moción) sigue
    estados = {e.numero: (e.estado, e.motivo) for e in enmiendas.listar(c, sala.mocion).enmiendas}
    assert estados[4] == ("decaida", "La enmienda 3, aprobada antes, cambió el mismo párrafo.")
    assert estados[2] == ("admitida", None)
    voto = votaciones_sala.votar_enmienda(c, uno.id, A_FAVOR)
    assert voto.decaidas == (2,)
    assert enmiendas.texto_final(c, sala.mocion).parrafos[1] == PLAN_2026


def test_sin_la_enmendada_las_que_quedaban_decaen(sala):
    c = sala.contexto
    uno = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_2027)])
    dos = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_2026)], "Córdoba")
    a_la_uno = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_Y_FONDO)], "Paraná", enmienda_de=uno.id)
    a_la_dos = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_Y_FONDO)], "Salto", enmienda_de=dos.id)
    enmiendas.retirar(c, uno.id, "La retira Montevideo")
    estados = {e.numero: (e.estado, e.motivo) for e in enmiendas.listar(c, sala.mocion).enmiendas}
    assert estados[3] == ("decaida", "La enmienda 1, a la que enmendaba, quedó retirada.")
    # Votada la 2 sin votar la enmienda a ella (presentada, no admitida): decae.
    enmiendas.admitir(c, dos.id)
    voto = votaciones_sala.votar_enmienda(c, dos.id, EN_CONTRA)
    assert voto.decaidas == (a_la_dos.numero,)
    assert a_la_uno.numero == 3


@pytest.mark.parametrize("cambios, mensaje", [
    ([Cambio("reemplazar", 3, PLAN_Y_FONDO)], "La enmienda 1 no propone texto para reemplazar el párrafo 3"),
    ([Cambio("suprimir", 2)], "La enmienda 1 no propone texto para suprimir el párrafo 2"),
    ([Cambio("reemplazar", 2, PLAN_2027)], "El texto propuesto para el párrafo 2 es igual al de la enmienda 1"),
    ([], "propone otro texto para al menos uno de sus cambios"),
])
def test_lo_que_no_enmienda_la_enmienda_se_rechaza_y_nada_se_escribe(sala, cambios, mensaje):
    uno = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_2027)])
    antes = _cuantas(sala)
    with pytest.raises(ErrorValidacion, match="No se registró la enmienda") as error:
        _enmienda(sala, cambios, "Paraná", enmienda_de=uno.id)
    assert mensaje in str(error.value)
    assert _cuantas(sala) == antes


def test_un_solo_nivel_y_la_base_lo_cuida(sala):
    c = sala.contexto
    uno = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_2027)])
    sub = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_2026)], "Paraná", enmienda_de=uno.id)
    with pytest.raises(ErrorValidacion, match="La enmienda 2 ya enmienda a otra enmienda"):
        _enmienda(sala, [Cambio("reemplazar", 2, PLAN_Y_FONDO)], "Salto", enmienda_de=sub.id)
    enmiendas.admitir(c, uno.id)
    with pytest.raises(RECHAZO_DE_LA_BASE):
        c.db.execute("UPDATE enmiendas SET enmienda_de = ? WHERE id = ?", [sub.id, uno.id])
    c.db.conn.rollback()
    with pytest.raises(RECHAZO_DE_LA_BASE):
        c.db.execute("UPDATE enmiendas SET enmienda_de = id WHERE id = ?", [uno.id])
    c.db.conn.rollback()
    # Votada la enmendada, ya no se enmienda.
    enmiendas.retirar(c, sub.id)
    votaciones_sala.votar_enmienda(c, uno.id, EN_CONTRA)
    with pytest.raises(ErrorValidacion, match="La enmienda 1 está rechazada: solo se enmienda una enmienda presentada"):
        _enmienda(sala, [Cambio("reemplazar", 2, PLAN_Y_FONDO)], "Salto", enmienda_de=uno.id)


def test_el_proyector_la_lee_contra_la_enmendada_y_muestra_el_texto_que_resulta(sala):
    from escritorio.servicios.pantalla_de_la_sala import lo_que_ve_la_sala
    from mociones_de_prueba import Foco

    c = sala.contexto
    uno = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_2027)])
    sub = _enmienda(sala, [Cambio("reemplazar", 2, PLAN_Y_FONDO)], "Paraná", enmienda_de=uno.id)
    for e in (uno, sub):
        enmiendas.admitir(c, e.id)
    texto = lo_que_ve_la_sala(c, Foco(sala.sesion, sala.punto, sala.mocion, sub.id)).texto
    assert texto.encabezado == "Enmienda 2 a la enmienda 1 de la moción 1 · Admitida"
    tramos = [(t.tipo, t.texto) for p in texto.parrafos for t in p.tramos]
    assert ("agregado", "y un fondo común") in tramos and ("quitado", "2028.") not in tramos
    votaciones_sala.votar_enmienda(c, sub.id, A_FAVOR)
    votaciones_sala.votar_enmienda(c, uno.id, A_FAVOR)
    mocion = lo_que_ve_la_sala(c, Foco(sala.sesion, sala.punto, sala.mocion)).texto
    assert [t.texto for t in mocion.parrafos[1].tramos] == [PLAN_Y_FONDO]
    assert mocion.nota.startswith("Con las enmiendas aprobadas.")
