"""Issue 42: el acta la aprueba la resolución de su punto «Aprobación del acta», y ninguna otra.

Sobre la red de ejemplo: el acta de la última sesión del Consejo (septiembre) sigue en borrador, y esa sesión adoptó el
plan de trabajo 2027, que la ventana preseleccionaba y el servicio aceptaba para aprobarla. Ahora el servicio la
rechaza, dice qué hace falta (un punto de aprobación, votado, y su resolución; al final de esta sesión o en la
próxima) y acepta la resolución de ese punto, en la misma sesión o en la siguiente.
"""

from datetime import date, timedelta

import pytest

from ayudas import RECHAZO_DE_LA_BASE, contar, resolucion_que_aprueba_el_acta
from escritorio.datos import sesiones as tabla_sesiones
from escritorio.errores import ErrorEscritorio
from escritorio.servicios import actas
from escritorio.servicios.actas import aprobar_acta, obtener_acta, verificar_acta
from escritorio.servicios.aprobacion_de_actas import (RECHAZADO, SIN_RESOLUCION, SIN_VOTAR, ResolucionAjena,
                                                      actas_que_puede_aprobar, agregar_punto_de_aprobacion,
                                                      como_aprobar_el_acta)
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.sesiones import listar_sesiones
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, asistencia, registrar_asistencias
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.votaciones import NuevaVotacion, adoptar_resolucion, listar_resoluciones, votar

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores


def _de_septiembre(contexto) -> dict:
    """La última sesión del Consejo de la demo: celebrada, con el borrador completo y el acta sin aprobar."""
    return next(s for s in listar_sesiones(contexto) if s["organo"] == "Consejo" and s["estado_acta"] == "borrador")


def _plan_de_trabajo(contexto, sesion_id: int) -> dict:
    return next(r for r in listar_resoluciones(contexto, sesion_id=sesion_id) if "plan de trabajo" in r["titulo"])


def _proxima_del_consejo(contexto, despues_de: dict) -> int:
    fecha = date.fromisoformat(despues_de["fecha"]) + timedelta(days=60)
    sesion = convocar(contexto, despues_de["organo_id"], NuevaSesion(fecha, hora="10:00", lugar="Montevideo",
                                                                     convocada_el=fecha - timedelta(days=20)))
    presentes = [MarcaAsistencia(h.miembro_id, "presente") for h in asistencia(contexto, sesion).habilitados
                 if h.con_voto]
    registrar_asistencias(contexto, sesion, presentes)
    return sesion


def test_el_plan_de_trabajo_2027_no_aprueba_el_acta_y_no_se_guarda_nada(demo_db):
    contexto = Contexto(demo_db, 1)
    sesion = _de_septiembre(contexto)
    plan = _plan_de_trabajo(contexto, sesion["id"])
    assert actas.motivos_para_no_aprobar(contexto, sesion["id"]) == []   # lo demás está listo: solo falta esto
    antes = contar(demo_db, "bitacora")

    with pytest.raises(ResolucionAjena) as rechazo:
        aprobar_acta(contexto, sesion["id"], plan["id"], date.fromisoformat(sesion["fecha"]))
    mensaje = rechazo.value.mensaje
    assert "Aprueba el plan de trabajo" in mensaje and "no aprueba esta acta" in mensaje
    # Qué hace falta y las dos maneras, sin la sintaxis de ninguna puerta.
    assert "punto «Aprobación del acta»: se agrega al orden del día, se vota y se adopta su resolución" in mensaje
    assert "al final de esta misma sesión o en la próxima sesión del órgano" in mensaje
    assert "escritorio " not in mensaje and "«Aprobar…»" not in mensaje
    assert obtener_acta(contexto, sesion["id"]).estado == "borrador"
    assert contar(demo_db, "bitacora") == antes   # nada guardado

    como = rechazo.value.como
    assert como["resoluciones"] == [] and como["pendientes"] == []
    assert como["proxima"] is None and como["organo_id"] == sesion["organo_id"]   # la próxima, a convocar


def test_la_resolucion_de_su_punto_lo_aprueba_en_la_misma_sesion(demo_db):
    contexto = Contexto(demo_db, 1)
    sesion = _de_septiembre(contexto)
    punto = agregar_punto_de_aprobacion(contexto, sesion["id"])
    assert (punto["titulo"], punto["sesion_id"]) == ("Aprobación del acta", sesion["id"])
    orden = tabla_sesiones.puntos(demo_db, sesion["id"])
    assert orden[-1]["id"] == punto["punto_id"] and orden[-1]["tipo"] == "votacion"   # al final, para votarlo

    como = como_aprobar_el_acta(contexto, sesion["id"])
    assert [(p["punto_id"], p["estado"], p["en_esta_sesion"]) for p in como["pendientes"]] == [
        (punto["punto_id"], SIN_VOTAR, True)]
    presentes = asistencia(contexto, sesion["id"]).quorum.presentes
    votar(contexto, punto["punto_id"], NuevaVotacion(a_favor=presentes))
    assert como_aprobar_el_acta(contexto, sesion["id"])["pendientes"][0]["estado"] == SIN_RESOLUCION
    resolucion = adoptar_resolucion(contexto, punto["punto_id"], "resolucion", "Aprueba el acta de la sesión")

    [candidata] = como_aprobar_el_acta(contexto, sesion["id"])["resoluciones"]   # solo esta, no el plan de trabajo
    assert candidata["id"] == resolucion["id"] and candidata["cita"].endswith("del Consejo")
    huella = aprobar_acta(contexto, sesion["id"], resolucion["id"], date.fromisoformat(sesion["fecha"]))
    acta = obtener_acta(contexto, sesion["id"])
    assert (acta.estado, acta.huella) == ("aprobada", huella)
    assert acta.aprobada_por == candidata["cita"] and verificar_acta(contexto, sesion["id"])


def test_o_en_la_proxima_sesion_del_organo(demo_db):
    contexto = Contexto(demo_db, 1)
    sesion = _de_septiembre(contexto)
    proxima = _proxima_del_consejo(contexto, sesion)
    assert como_aprobar_el_acta(contexto, sesion["id"])["proxima"]["id"] == proxima
    # La próxima ofrece, al armar su orden del día, su propia acta y la de septiembre.
    assert [a["id"] for a in actas_que_puede_aprobar(contexto, proxima)][:2] == [proxima, sesion["id"]]

    punto = agregar_punto_de_aprobacion(contexto, sesion["id"], en=proxima)
    assert punto["sesion_id"] == proxima
    assert punto["titulo"].startswith("Aprobación del acta de la LXII sesión ordinaria — Consejo (15/09/")
    resolucion = resolucion_que_aprueba_el_acta_votada(contexto, punto["punto_id"], proxima)
    aprobar_acta(contexto, sesion["id"], resolucion["id"], date.fromisoformat(sesion["fecha"]) + timedelta(days=60))
    assert obtener_acta(contexto, sesion["id"]).estado == "aprobada"
    assert obtener_acta(contexto, proxima).estado == "borrador"   # la de la próxima sigue su curso
    # La resolución que aprobó el acta de septiembre no aprueba la de la próxima.
    with pytest.raises(ResolucionAjena):
        actas.exigir_que_apruebe_esta_acta(contexto, tabla_sesiones.sesion(demo_db, proxima),
                                           {**tabla_sesiones.resoluciones(demo_db, 1, sesion_id=proxima)[0]})


def resolucion_que_aprueba_el_acta_votada(contexto, punto_id: int, sesion_id: int) -> dict:
    votar(contexto, punto_id, NuevaVotacion(a_favor=asistencia(contexto, sesion_id).quorum.presentes))
    return adoptar_resolucion(contexto, punto_id, "resolucion", "Aprueba el acta de la sesión anterior")


def test_no_se_agregan_dos_puntos_de_aprobacion_salvo_que_el_primero_se_rechace(demo_db):
    contexto = Contexto(demo_db, 1)
    sesion = _de_septiembre(contexto)
    primero = agregar_punto_de_aprobacion(contexto, sesion["id"])
    with pytest.raises(ErrorEscritorio, match="ya tiene el punto 3 «Aprobación del acta», que aprueba esta acta: "
                                              "vótelo y adopte su resolución"):
        agregar_punto_de_aprobacion(contexto, sesion["id"])   # un doble clic no agrega dos
    presentes = asistencia(contexto, sesion["id"]).quorum.presentes
    votar(contexto, primero["punto_id"], NuevaVotacion(en_contra=presentes))
    assert como_aprobar_el_acta(contexto, sesion["id"])["puntos"][0]["estado"] == RECHAZADO
    segundo = agregar_punto_de_aprobacion(contexto, sesion["id"])   # rechazada la moción, se puede volver a votar
    assert segundo["numeracion"] == "4"


def test_la_decision_se_lee_dentro_de_la_transaccion_que_aprueba(demo_db, monkeypatch):
    """Leer (el acta, los motivos, la resolución y su vínculo), decidir y escribir, en una sola transacción: otro
    proceso no puede cambiar lo leído entre la lectura y la escritura."""
    contexto = Contexto(demo_db, 1)
    sesion = _de_septiembre(contexto)
    resolucion = resolucion_que_aprueba_el_acta(contexto, sesion["id"])
    vistas = []
    for nombre in ("motivos_para_no_aprobar", "exigir_que_apruebe_esta_acta"):
        original = getattr(actas, nombre)

        def espiar(*argumentos, _original=original, _nombre=nombre):
            vistas.append((_nombre, demo_db.conn.in_transaction))
            return _original(*argumentos)

        monkeypatch.setattr(actas, nombre, espiar)
    aprobar_acta(contexto, sesion["id"], resolucion["id"], date.fromisoformat(sesion["fecha"]))
    assert vistas == [("motivos_para_no_aprobar", True), ("exigir_que_apruebe_esta_acta", True)]


def test_el_vinculo_no_se_quita_ni_se_cambia_con_el_acta_aprobada_ni_entra_en_su_huella(demo_db):
    contexto = Contexto(demo_db, 1)
    # La demo aprueba sus actas con la resolución de su punto de aprobación: verifican.
    aprobadas = [s for s in listar_sesiones(contexto) if s["estado_acta"] == "aprobada"]
    assert len(aprobadas) == 3 and all(verificar_acta(contexto, s["id"]) for s in aprobadas)
    assert all(como_aprobar_el_acta(contexto, s["id"])["resoluciones"] for s in aprobadas)
    for sql in ("DELETE FROM puntos_aprobacion_acta", "UPDATE puntos_aprobacion_acta SET sesion_id = 4"):
        with pytest.raises(RECHAZO_DE_LA_BASE):
            demo_db.execute(sql)
        demo_db.conn.rollback()
    # El vínculo no es parte del registro sellado: sin él (como en una base de antes) las actas verifican igual.
    for trigger in ("puntos_aprobacion_acta_congelado_delete",):
        demo_db.execute(f"DROP TRIGGER {trigger}")
    demo_db.execute("DELETE FROM puntos_aprobacion_acta")
    assert all(actas.huella_del_registro(demo_db, s["id"]) == demo_db.execute(
        "SELECT huella_registro FROM actas WHERE sesion_id = ?", [s["id"]]).fetchone()[0] for s in aprobadas)
