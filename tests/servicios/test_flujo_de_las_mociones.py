"""El flujo de las mociones que fija el reglamento de cada órgano (issue 82, como los flujos de OpenSlides), por sus
servicios, en los dos motores: lo que la secretaría nota.

- Sin reglas, rige el flujo completo: una admitida puede derivarse, aplazarse o quedar «no tratada».
- Con el flujo simple, derivar, aplazar y dejar sin tratar se rechazan con un mensaje que dice qué admite el flujo, y
  nada se escribe; la votación aprueba o rechaza igual.
- Un flujo propio se arma sumando o quitando pasos; los que sostienen la votación no se quitan.
- Unas reglas que citan un artículo no cambian de flujo sin una reforma.
- Un flujo escrito a mano en la base que no se entiende no se adivina: las mociones se leen, pero no se decide nada
  sobre ellas hasta fijarlo de nuevo; la base admite el estado «no_tratada» y rechaza uno inventado.

La sala es la de tests/mociones_de_prueba.py (la Asamblea General, la sesión del 28/11/2026 y su moción 1 admitida).
"""

from datetime import date

import pytest

from ayudas import RECHAZO_DE_LA_BASE, hoy_fijo
from escritorio.dominio.flujos_de_mocion import FLUJOS
from escritorio.errores import ErrorEscritorio
from escritorio.servicios import mociones, votaciones_sala
from escritorio.servicios.fijar_reglas_de_la_sala import (PedidoDeReglasDeLaSala, describir,
                                                          fijar_reglas_de_la_sala)
from escritorio.servicios.reglas_de_la_sala import reglas_de_la_sala
from escritorio.servicios.votaciones import NuevaVotacion
from mociones_de_prueba import Foco, TEXTO, armar_sala

pytestmark = pytest.mark.ambos_motores

HOY = date(2026, 12, 5)


@pytest.fixture
def sala(db, asociacion_id, monkeypatch):
    hoy_fijo(monkeypatch, HOY)
    return armar_sala(db, asociacion_id)


def _asamblea(sala) -> int:
    return next(sala.contexto.db.query("SELECT organo_id FROM sesiones WHERE id = ?", [sala.sesion]))["organo_id"]


def _estado(sala, mocion: int) -> str:
    return next(sala.contexto.db.query("SELECT estado FROM mociones WHERE id = ?", [mocion]))["estado"]


def _otra_admitida(sala) -> int:
    otra = mociones.presentar(sala.contexto, sala.punto, "Otra moción", TEXTO, autores=[sala.ids["Salto"]],
                              recibida_el=date(2026, 11, 1)).id
    mociones.admitir(sala.contexto, otra)
    return otra


def test_sin_reglas_rige_el_completo_y_una_mocion_queda_no_tratada(sala):
    contexto = sala.contexto
    assert reglas_de_la_sala(contexto, _asamblea(sala)).flujo == FLUJOS["completo"]
    admitida = mociones.obtener(contexto, sala.mocion)
    assert admitida.decisiones == ("retirada", "derivada", "aplazada", "no_tratada")
    hecha = mociones.no_tratar(contexto, sala.mocion, "No hubo tiempo en la sesión")
    assert (hecha.estado, hecha.nombre_estado, hecha.motivo) == ("no_tratada", "No tratada",
                                                                 "No hubo tiempo en la sesión")
    assert hecha.decisiones == ()   # es final
    with pytest.raises(ErrorEscritorio, match="ya está «No tratada»: ese estado es final"):
        mociones.retirar(contexto, sala.mocion)
    # La sesión, que esperaba sus actos, pasó a celebrada con este (como derivar o aplazar).
    assert next(contexto.db.query("SELECT estado FROM sesiones WHERE id = ?", [sala.sesion]))["estado"] == "celebrada"


def test_con_el_flujo_simple_no_se_deriva_y_nada_se_escribe_pero_se_vota(sala):
    contexto, asamblea = sala.contexto, _asamblea(sala)
    hecho = fijar_reglas_de_la_sala(contexto, asamblea, PedidoDeReglasDeLaSala(flujo="simple"))
    assert hecho.cambiaron and hecho.reglas.flujo == FLUJOS["simple"]
    assert describir(hecho.reglas).endswith("; flujo simple de las mociones")
    assert mociones.obtener(contexto, sala.mocion).decisiones == ("retirada",)
    registros = next(contexto.db.query("SELECT count(*) AS n FROM bitacora"))["n"]
    for decidir in (lambda: mociones.derivar(contexto, sala.mocion, asamblea, "Que la vea la comisión"),
                    lambda: mociones.aplazar(contexto, sala.mocion, "Falta el informe"),
                    lambda: mociones.no_tratar(contexto, sala.mocion)):
        with pytest.raises(ErrorEscritorio, match=r"Moción 1: Una moción «Admitida» no pasa a «\w+( \w+)?» en el "
                                                  r"flujo de su órgano; puede pasar a «Retirada»\."):
            decidir()
    assert _estado(sala, sala.mocion) == "admitida"
    assert next(contexto.db.query("SELECT count(*) AS n FROM bitacora"))["n"] == registros
    voto = votaciones_sala.votar_mocion(contexto, sala.mocion, NuevaVotacion(a_favor=4, en_contra=1))
    assert voto.aprobada and _estado(sala, sala.mocion) == "aprobada"


def test_un_flujo_propio_paso_a_paso(sala):
    contexto, asamblea = sala.contexto, _asamblea(sala)
    hecho = fijar_reglas_de_la_sala(contexto, asamblea, PedidoDeReglasDeLaSala(
        flujo="simple", con_pasos=("admitida>derivada",), sin_pasos=("presentada>retirada",)))
    assert describir(hecho.reglas).endswith(
        "; flujo propio de las mociones: Presentada → Admitida, No admitida; Admitida → Retirada, Derivada, "
        "Aprobada, Rechazada")
    # Sin --flujo, los pasos se suman o quitan al que rige.
    fijar_reglas_de_la_sala(contexto, asamblea, PedidoDeReglasDeLaSala(con_pasos=("admitida>aplazada",)))
    assert mociones.obtener(contexto, sala.mocion).decisiones == ("retirada", "derivada", "aplazada")
    derivada = mociones.derivar(contexto, sala.mocion, asamblea, "Que la vea la comisión")
    assert derivada.estado == "derivada"
    presentada = mociones.presentar(contexto, sala.punto, "Otra", TEXTO, autores=[sala.ids["Salto"]],
                                    recibida_el=date(2026, 11, 1))
    with pytest.raises(ErrorEscritorio, match="no pasa a «Retirada» en el flujo de su órgano; puede pasar a "
                                              "«Admitida», «No admitida»"):
        mociones.retirar(contexto, presentada.id)
    # Volver al completo.
    assert fijar_reglas_de_la_sala(contexto, asamblea, PedidoDeReglasDeLaSala(flujo="completo")).reglas.flujo == \
        FLUJOS["completo"]


@pytest.mark.parametrize("pedido, mensaje", [
    (PedidoDeReglasDeLaSala(flujo="complejo"), "Flujo de las mociones «complejo»: use simple, completo."),
    (PedidoDeReglasDeLaSala(sin_pasos=("admitida>rechazada",)), "El paso Admitida → Rechazada no se quita"),
    (PedidoDeReglasDeLaSala(con_pasos=("aprobada>retirada",)), "Paso del flujo «aprobada>retirada»: no es uno"),
])
def test_lo_que_no_se_admite_no_cambia_nada(sala, pedido, mensaje):
    contexto, asamblea = sala.contexto, _asamblea(sala)
    fijar_reglas_de_la_sala(contexto, asamblea, PedidoDeReglasDeLaSala(flujo="simple"))
    with pytest.raises(ErrorEscritorio, match="No se cambiaron las reglas de la sala") as error:
        fijar_reglas_de_la_sala(contexto, asamblea, pedido)
    assert mensaje in str(error.value)
    assert reglas_de_la_sala(contexto, asamblea).flujo == FLUJOS["simple"]


def test_con_articulo_el_flujo_cambia_solo_con_una_reforma(sala):
    contexto, asamblea = sala.contexto, _asamblea(sala)
    fijar_reglas_de_la_sala(contexto, asamblea, PedidoDeReglasDeLaSala(flujo="simple",
                                                                      articulo="Reglamento, art. 30"))
    for pedido in (PedidoDeReglasDeLaSala(flujo="completo"), PedidoDeReglasDeLaSala(con_pasos=("admitida>derivada",))):
        with pytest.raises(ErrorEscritorio, match="las fija Reglamento, art. 30"):
            fijar_reglas_de_la_sala(contexto, asamblea, pedido)
    # Pedir lo que ya rige no es un cambio.
    assert not fijar_reglas_de_la_sala(contexto, asamblea, PedidoDeReglasDeLaSala(flujo="simple")).cambiaron
    assert reglas_de_la_sala(contexto, asamblea).flujo == FLUJOS["simple"]


def test_un_flujo_escrito_a_mano_que_no_se_entiende_no_se_adivina(sala):
    contexto, asamblea = sala.contexto, _asamblea(sala)
    fijar_reglas_de_la_sala(contexto, asamblea, PedidoDeReglasDeLaSala(flujo="simple"))
    contexto.db.execute("UPDATE reglas_de_la_sala SET flujo_mociones = 'presentada>admitida,admitida>borrada' "
                        "WHERE organo_id = ?", [asamblea])
    contexto.db.conn.commit()
    leida = mociones.obtener(contexto, sala.mocion)   # se sigue leyendo
    assert leida.estado == "admitida" and leida.decisiones == ()
    assert "un flujo de las mociones que no se entiende" in describir(reglas_de_la_sala(contexto, asamblea))
    with pytest.raises(ErrorEscritorio, match=r"guardan un flujo de mociones que no se entiende \(«presentada>admitida,"
                                              r"admitida>borrada»\)"):
        mociones.retirar(contexto, sala.mocion)
    assert _estado(sala, sala.mocion) == "admitida"
    # Fijarlo de nuevo lo arregla.
    fijar_reglas_de_la_sala(contexto, asamblea, PedidoDeReglasDeLaSala(flujo="completo"))
    assert mociones.retirar(contexto, sala.mocion).estado == "retirada"


def test_la_base_admite_no_tratada_y_rechaza_un_estado_inventado(sala):
    contexto = sala.contexto
    otra = _otra_admitida(sala)
    contexto.db.execute("UPDATE mociones SET estado = 'no_tratada' WHERE id = ?", [otra])
    contexto.db.conn.commit()
    assert mociones.obtener(contexto, otra).nombre_estado == "No tratada"
    with pytest.raises(RECHAZO_DE_LA_BASE):
        contexto.db.execute("UPDATE mociones SET estado = 'olvidada' WHERE id = ?", [sala.mocion])
    contexto.db.conn.rollback()
    fijar_reglas_de_la_sala(contexto, _asamblea(sala), PedidoDeReglasDeLaSala(flujo="simple"))
    with pytest.raises(RECHAZO_DE_LA_BASE):
        contexto.db.execute("UPDATE reglas_de_la_sala SET flujo_mociones = '  ' WHERE organo_id = ?",
                            [_asamblea(sala)])


def test_el_acta_y_el_proyector_dicen_que_no_se_trato(sala):
    from escritorio.servicios.pantalla_de_la_sala import lo_que_ve_la_sala
    from escritorio.servicios.sala_en_documentos import mociones_en_el_acta, sala_de_la_sesion

    contexto = sala.contexto
    otra = _otra_admitida(sala)
    mociones.no_tratar(contexto, sala.mocion, "Se levantó la sesión antes")
    mociones.no_tratar(contexto, otra)
    en_el_acta = mociones_en_el_acta(sala_de_la_sesion(contexto, sala.sesion), sala.punto)
    assert [m["estado"] for m in en_el_acta] == ["No tratada por la sala: Se levantó la sesión antes.",
                                                 "No tratada por la sala."]
    pantalla = lo_que_ve_la_sala(contexto, Foco(sala.sesion, sala.punto, sala.mocion))
    assert pantalla.texto.encabezado == "Moción 1 · No tratada"
