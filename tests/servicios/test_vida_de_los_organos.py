"""La creación y la disolución de un órgano (issue 66, §4), como las vive la secretaría, en los dos motores: la memoria
de un año no nombra la unidad que se creó después; un órgano disuelto termina sus mandatos, no se le convocan sesiones
ni se le designa a nadie, sale de la memoria, del organigrama y de la agenda de los años que siguen; la fecha de
creación de un órgano cargado hoy; lo que impide disolverlo o fijar su creación, dicho con qué hacer; anular una
disolución equivocada."""

from datetime import date

import pytest

from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.agenda import agenda
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.informes_organos import titulares_del_organigrama
from escritorio.servicios.mandatos import corregir_mandato
from escritorio.servicios.memoria.anual import armar_memoria
from escritorio.servicios.organos import (NuevoMandato, NuevoOrgano, composicion, crear_organo, designar,
                                          listar_organos, mandatos_de, terminar_mandato)
from escritorio.servicios.periodos import vencimientos
from escritorio.servicios.sesiones.asistencia import marcar_celebrada
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.unidades import matriz_de_participacion
from escritorio.servicios.vida_de_los_organos import (anular_disolucion, disolver, fijar_creacion,
                                                      prever_disolucion)
from test_sesiones_y_actas import red, sesion  # noqa: F401  (red es un fixture)

pytestmark = pytest.mark.ambos_motores

DISUELTA = date(2026, 6, 30)


def _unidades_de_la_memoria(contexto, anio, hoy):
    """(nombres de la tabla «Unidades y su coordinación», párrafos) de la sección Unidades temáticas de la memoria."""
    seccion = next(s for s in armar_memoria(contexto, anio, hoy=hoy).secciones if s.clave == "unidades")
    tablas = [b for b in seccion.bloques if getattr(b, "clave", None) == "unidades"]
    nombres = [f.celdas[0] for t in tablas for f in t.filas]
    parrafos = [b.texto for b in seccion.bloques if type(b).__name__ == "Parrafo"]
    return nombres, parrafos


@pytest.fixture
def cultura(db, red) -> int:
    """La UT Cultura (depende del Consejo): Rosario la coordina de 2024 a 2026, Montevideo la integra sin fin."""
    contexto = Contexto(db, red.asociacion)
    unidad = crear_organo(contexto, NuevoOrgano("UT Cultura", "unidad_tematica", padre_id=red.consejo))
    designar(contexto, unidad, NuevoMandato("coordinador", date(2024, 1, 1), miembro_id=red.ids["Rosario"],
                                            hasta=date(2026, 12, 31)))
    designar(contexto, unidad, NuevoMandato("integrante", date(2024, 3, 1), miembro_id=red.ids["Montevideo"]))
    return unidad


def test_la_memoria_de_2025_no_nombra_la_unidad_que_se_creo_en_2026(db, red, cultura):
    contexto = Contexto(db, red.asociacion)
    juventudes = crear_organo(contexto, NuevoOrgano("UT Juventudes", "unidad_tematica", padre_id=red.consejo,
                                                    creado_el=date(2026, 3, 1), creado_por="Resolución 2/2026"))
    organo = next(o for o in listar_organos(contexto) if o["id"] == juventudes)
    assert (organo["creado_el"], organo["creado_por"], organo["disuelto_el"]) == ("2026-03-01", "Resolución 2/2026",
                                                                                 None)

    nombres, parrafos = _unidades_de_la_memoria(contexto, 2025, date(2026, 6, 1))
    assert nombres == ["UT Cultura"] and parrafos == []
    nombres, parrafos = _unidades_de_la_memoria(contexto, 2026, date(2026, 12, 31))
    assert nombres == ["UT Cultura", "UT Juventudes"]
    assert parrafos == ["Se crearon en 2026: UT Juventudes (el 01/03/2026, Resolución 2/2026)."]
    # Antes de su creación nadie la integra, y se dice por qué; tampoco está en la matriz ni en el organigrama.
    antes = composicion(contexto, juventudes, date(2025, 12, 1))
    assert antes.asientos == [] and antes.avisos == [
        "UT Juventudes todavía no existía el 01/12/2025: se creó el 01/03/2026 (Resolución 2/2026)."]
    assert matriz_de_participacion(contexto, date(2025, 12, 1)).unidades == ["UT Cultura"]
    assert juventudes not in [o["id"] for o in titulares_del_organigrama(contexto, date(2025, 12, 1))[0]]
    assert juventudes in [o["id"] for o in titulares_del_organigrama(contexto, date(2026, 3, 1))[0]]
    # Ni se designa a nadie ni se convoca una sesión antes de que exista.
    with pytest.raises(ErrorValidacion, match="UT Juventudes se creó el 01/03/2026 .Resolución 2/2026.: un mandato "
                                              "no puede empezar antes .el 01/01/2026."):
        designar(contexto, juventudes, NuevoMandato("coordinador", date(2026, 1, 1), miembro_id=red.ids["Rosario"]))
    with pytest.raises(ErrorValidacion, match="No se convocó la sesión: UT Juventudes todavía no existía el "
                                              "15/02/2026"):
        convocar(contexto, juventudes, NuevaSesion(date(2026, 2, 15), lugar="Rosario", convocada_el=date(2026, 1, 1)))


def test_disolver_una_unidad_termina_sus_mandatos_y_la_saca_de_lo_que_sigue(db, red, cultura):
    contexto = Contexto(db, red.asociacion)
    previa = prever_disolucion(contexto, cultura, DISUELTA, "Resolución 4/2026")
    assert [(m.quien, m.hasta) for m in previa.terminan] == [("Rosario", "2026-12-31"), ("Montevideo", None)]
    assert previa.problemas == []
    assert previa.resumen() == "UT Cultura se disuelve el 30/06/2026; terminan ese día 2 mandatos."

    hecho = disolver(contexto, cultura, DISUELTA, "Resolución 4/2026",
                     confirmados={m.mandato_id for m in previa.terminan})
    assert [m.mandato_id for m in hecho.terminan] == [m.mandato_id for m in previa.terminan]
    mandatos = mandatos_de(contexto, cultura)
    assert {m["hasta"] for m in mandatos} == {"2026-06-30"}
    assert all(m["correcciones"][-1]["motivo"] == "Disolución del órgano: Resolución 4/2026" for m in mandatos)

    # Su último día todavía existe; el siguiente, no.
    assert len(composicion(contexto, cultura, DISUELTA).asientos) == 2
    despues = composicion(contexto, cultura, date(2026, 7, 1))
    assert despues.asientos == [] and despues.avisos == [
        "UT Cultura ya no existía el 01/07/2026: se disolvió el 30/06/2026 (Resolución 4/2026)."]
    assert cultura not in [o["id"] for o in listar_organos(contexto, date(2026, 7, 1))]
    assert cultura in [o["id"] for o in listar_organos(contexto)]   # la lista entera sigue nombrándola
    # La memoria del año la cuenta (existió medio año) con la coordinación de su último día; la del siguiente, no.
    nombres, parrafos = _unidades_de_la_memoria(contexto, 2026, date(2026, 12, 31))
    assert nombres == ["UT Cultura"]
    assert parrafos == ["Se disolvieron en 2026: UT Cultura (el 30/06/2026, Resolución 4/2026). Su coordinación es "
                        "la de su último día."]
    assert _unidades_de_la_memoria(contexto, 2027, date(2027, 3, 1)) == (
        [], ["La asociación no tuvo unidades temáticas en 2027."])
    # Sin sesiones ni mandatos después de la disolución; sus mandatos no «vencen» (no hay a quién renovar).
    with pytest.raises(ErrorValidacion, match="No se convocó la sesión: UT Cultura ya no existía el 10/07/2026: se "
                                              "disolvió el 30/06/2026 .Resolución 4/2026.."):
        convocar(contexto, cultura, NuevaSesion(date(2026, 7, 10), lugar="Rosario", convocada_el=date(2026, 6, 1)))
    with pytest.raises(ErrorValidacion, match="un mandato no puede empezar después .el 01/08/2026."):
        designar(contexto, cultura, NuevoMandato("coordinador", date(2026, 8, 1), miembro_id=red.ids["Paraná"]))
    # Un mandato histórico sin «hasta» termina, a más tardar, el día de la disolución.
    historico = designar(contexto, cultura, NuevoMandato("integrante", date(2025, 1, 1), miembro_id=red.ids["Salto"]))
    assert next(m for m in mandatos_de(contexto, cultura) if m["id"] == historico)["hasta"] == "2026-06-30"
    with pytest.raises(ErrorEscritorio, match="un mandato termina a más tardar ese día"):
        corregir_mandato(contexto, historico, "hasta", None, "Sigue")
    assert not [v for v in vencimientos(contexto, 90, date(2026, 6, 10)) if v["organo_id"] == cultura]


def test_lo_que_impide_disolverlo_se_dice_con_lo_que_hay_que_hacer(db, red, cultura):
    contexto = Contexto(db, red.asociacion)
    fijar_creacion(contexto, cultura, date(2023, 5, 1), "Resolución 1/2023")
    # Antes de su creación.
    with pytest.raises(ErrorValidacion) as antes:
        disolver(contexto, cultura, date(2023, 1, 1), "Resolución 4/2026")
    assert "La disolución (01/01/2023) sería anterior a la creación de UT Cultura, el 01/05/2023 (Resolución " \
           "1/2023)." in antes.value.mensaje
    # Con una sesión después, o un mandato que empieza después: cuál, y qué fecha sirve.
    convocar(contexto, cultura, NuevaSesion(date(2026, 8, 20), lugar="Rosario", convocada_el=date(2026, 6, 1)))
    designar(contexto, cultura, NuevoMandato("integrante", date(2026, 9, 1), miembro_id=red.ids["Paraná"]))
    with pytest.raises(ErrorValidacion) as despues:
        disolver(contexto, cultura, DISUELTA, "Resolución 4/2026")
    assert despues.value.mensaje == (
        "No se disolvió el órgano:\n"
        "  - UT Cultura tiene sesiones convocadas o celebradas después del 30/06/2026: la n.º 1 del 20/08/2026. "
        "Disuélvalo el día de su última sesión (20/08/2026) o después.\n"
        "  - UT Cultura tiene mandatos que empiezan después del 30/06/2026: Paraná (Integrante, desde el 01/09/2026). "
        "Disuélvalo el día en que empieza el último (01/09/2026) o después: la disolución lo termina ese día.")
    # Sin decir qué lo disolvió, o con una fecha imposible.
    with pytest.raises(ErrorValidacion, match="Escriba qué lo disolvió"):
        disolver(contexto, cultura, date(2026, 9, 1), "  ")
    with pytest.raises(ErrorValidacion, match="Fecha de la disolución"):
        disolver(contexto, cultura, date(1, 1, 1), "Resolución 4/2026")
    # Lo que se confirmó en la vista previa ya no es lo que terminaría: no escribe nada.
    with pytest.raises(ErrorEscritorio, match="otro programa cambió los mandatos de UT Cultura"):
        disolver(contexto, cultura, date(2026, 9, 1), "Resolución 4/2026", confirmados=set())
    assert all(o["disuelto_el"] is None for o in listar_organos(contexto))
    # Con una fecha que sirve, sí; y no se disuelve dos veces.
    assert len(disolver(contexto, cultura, date(2026, 9, 1), "Resolución 4/2026").terminan) == 3
    with pytest.raises(ErrorValidacion, match="ya está disuelto desde el 01/09/2026 .Resolución 4/2026."):
        disolver(contexto, cultura, date(2026, 10, 1), "Resolución 5/2026")


def test_anular_la_disolucion_reabre_solo_los_mandatos_que_ella_termino(db, red, cultura):
    contexto = Contexto(db, red.asociacion)
    montevideo = next(m["id"] for m in mandatos_de(contexto, cultura) if m["miembro"] == "Montevideo")
    terminar_mandato(contexto, montevideo, DISUELTA, "Renuncia")   # terminó ese día por otra razón
    disolver(contexto, cultura, DISUELTA, "Resolución 4/2026")
    reabiertos = anular_disolucion(contexto, cultura)
    assert [(m.quien, m.hasta) for m in reabiertos] == [("Rosario", "2026-12-31")]
    assert {m["miembro"]: m["hasta"] for m in mandatos_de(contexto, cultura)} == {"Rosario": "2026-12-31",
                                                                                 "Montevideo": "2026-06-30"}
    organo = next(o for o in listar_organos(contexto) if o["id"] == cultura)
    assert (organo["disuelto_el"], organo["disuelto_por"]) == (None, None)
    with pytest.raises(ErrorEscritorio, match="UT Cultura no está disuelto"):
        anular_disolucion(contexto, cultura)


def test_la_fecha_de_creacion_de_un_organo_cargado_hoy(db, red):
    """El Consejo se cargó hoy, pero lo creó el estatuto en 1995: antes no existía; no puede ser posterior a su
    primer mandato (2020) ni a su primera sesión."""
    contexto = Contexto(db, red.asociacion)
    consejo = fijar_creacion(contexto, red.consejo, date(1995, 11, 11), "Estatuto, art. 13")
    assert (consejo["creado_el"], consejo["creado_por"]) == ("1995-11-11", "Estatuto, art. 13")
    assert composicion(contexto, red.consejo, date(1990, 1, 1)).avisos == [
        "Consejo todavía no existía el 01/01/1990: se creó el 11/11/1995 (Estatuto, art. 13)."]
    with pytest.raises(ErrorValidacion, match="Consejo tiene mandatos que empiezan antes del 01/01/2021: .*Elija el "
                                              "día en que empieza el primero .01/01/2020. o uno anterior."):
        fijar_creacion(contexto, red.consejo, date(2021, 1, 1), "Resolución 9/2021")
    sesion(db, red, date(2019, 6, 1))
    with pytest.raises(ErrorValidacion, match="Consejo tiene sesiones antes del 01/01/2020: la n.º 1 del 01/06/2019. "
                                              "Elija el día de su primera sesión .01/06/2019. o uno anterior."):
        fijar_creacion(contexto, red.consejo, date(2020, 1, 1), None)
    # Sin fecha vuelve a existir desde siempre (qué lo creó puede quedar anotado).
    consejo = fijar_creacion(contexto, red.consejo, None, "Estatuto, art. 13")
    assert (consejo["creado_el"], consejo["creado_por"]) == (None, "Estatuto, art. 13")
    assert not [a for a in composicion(contexto, red.consejo, date(1990, 1, 1)).avisos if "no existía" in a]


def test_la_agenda_no_pide_la_proxima_sesion_de_un_organo_disuelto(db, red):
    contexto = Contexto(db, red.asociacion)
    comite = crear_organo(contexto, NuevoOrgano("Comité de Finanzas", "comite", frecuencia_meses=6))
    marcar_celebrada(contexto, sesion(db, red, date(2026, 1, 20), comite), "12:00")
    hoy = date(2026, 6, 10)

    def del_comite(al):
        return [p.texto for p in agenda(contexto, 90, al).pasos if p.accion.organo_id == comite]

    assert "Comité de Finanzas: próxima sesión ordinaria hasta el 20/07/2026." in del_comite(hoy)
    # Se disuelve antes de que venza el plazo: ya no hay próxima sesión que convocar.
    disolver(contexto, comite, date(2026, 6, 30), "Reforma del estatuto de 2026")
    assert del_comite(hoy) == ["Comité de Finanzas, sesión n.º 1 del 20/01/2026: falta redactar el acta; el órgano se "
                               "disolvió el 30/06/2026: no tiene otra sesión en la que aprobarla."]
    assert not [t for t in del_comite(date(2026, 8, 1)) if "sesión ordinaria" in t]


def test_una_unidad_disuelta_no_recibe_actividades_y_una_secretaria_disuelta_no_se_traspasa(db, red, cultura):
    from escritorio.servicios.rotacion import (FUERA_DE_SU_VIDA, fijar_orden_de_sucesion, impedimento_del_traspaso,
                                               preparar_traspaso)
    from escritorio.servicios.unidades import NuevaActividad, agregar_actividad

    contexto = Contexto(db, red.asociacion)
    disolver(contexto, cultura, DISUELTA, "Resolución 4/2026",
             confirmados={m.mandato_id for m in prever_disolucion(contexto, cultura, DISUELTA, "R").terminan})
    # El plan de trabajo: lo de antes de la disolución se sigue cargando; lo de después, no.
    agregar_actividad(contexto, cultura, NuevaActividad("Encuentro de gestores", desde=date(2026, 5, 10)))
    with pytest.raises(ErrorEscritorio, match="No se agregó la actividad:\n  - UT Cultura ya no existía el "
                                              "15/09/2026: se disolvió el 30/06/2026"):
        agregar_actividad(contexto, cultura, NuevaActividad("Festival", desde=date(2026, 9, 15)))

    # Una Secretaría Ejecutiva que rotaba y se disolvió: el traspaso del día siguiente a su disolución no se registra,
    # y la agenda no propone ni traspasarla ni designar a nadie en ella.
    se = crear_organo(contexto, NuevoOrgano("Secretaría Ejecutiva", "secretaria_ejecutiva"))
    designar(contexto, se, NuevoMandato("titular", date(2025, 1, 1), miembro_id=red.ids["Rosario"],
                                        hasta=DISUELTA))
    fijar_orden_de_sucesion(contexto, [red.ids["Rosario"], red.ids["Montevideo"]])
    assert impedimento_del_traspaso(contexto, date(2026, 7, 1)) is None
    disolver(contexto, se, DISUELTA, "Reforma del estatuto de 2026",
             confirmados={m.mandato_id for m in prever_disolucion(contexto, se, DISUELTA, "R").terminan})
    impedimento = impedimento_del_traspaso(contexto, date(2026, 7, 1))
    assert impedimento.que == FUERA_DE_SU_VIDA
    assert impedimento.mensaje.startswith("Secretaría Ejecutiva ya no existía el 01/07/2026")
    with pytest.raises(ErrorEscritorio, match="ya no existía el 01/07/2026"):
        preparar_traspaso(contexto, date(2026, 7, 1))
    pasos = agenda(contexto, 90, date(2026, 6, 15)).pasos
    assert not [p for p in pasos if p.accion.organo_id == se]
