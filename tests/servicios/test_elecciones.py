"""Elecciones de cargos en una sesión del Consejo de la red de prueba (ver test_sesiones_y_actas):
candidaturas, recuento con su mayoría, segunda vuelta, confirmación como mandato, acta y congelamiento.

Con `con_quorum` votan 4 miembros presentes (Salto está presente pero con el voto suspendido por cuotas)
y el Consejo tiene 7 con derecho a voto.
"""

from datetime import date

import pytest

from ayudas import RECHAZO_DE_LA_BASE

from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.actas import aprobar_acta, guardar_borrador, obtener_acta, verificar_acta
from escritorio.servicios.aprobacion_de_actas import agregar_punto_de_aprobacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.elecciones import (NuevaEleccion, agregar_candidatura, definir_eleccion, obtener_eleccion,
                                             quitar_candidatura, segunda_vuelta)
from escritorio.servicios.confirmacion_de_eleccion import confirmar_eleccion, preparar_confirmacion
from escritorio.servicios.recuento_de_eleccion import Recuento, cerrar_eleccion
from escritorio.servicios.organos import NuevoMandato, composicion, designar
from escritorio.dominio.mayorias import ReglaMayoria
from escritorio.dominio.sesiones import ReglaQuorum
from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, marcar_celebrada, registrar_asistencias
from escritorio.servicios.sesiones.puntos import agregar_punto, orden_del_dia
from escritorio.servicios.sesiones.reglas import fijar_regla_quorum
from escritorio.servicios.votaciones import NuevaVotacion, adoptar_resolucion, votar
from test_sesiones_y_actas import con_quorum, red, sesion  # noqa: F401  (red es un fixture)

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

DESDE = date(2026, 7, 1)
HASTA = date(2028, 6, 30)


def regla_de_elecciones(db, red, mayoria="absoluta", base="emitidos", articulo="Estatuto, art. 14"):
    """El Consejo elige por `mayoria` de `base` (art. 14): la regla del tipo «eleccion», con el quórum ordinario."""
    fijar_regla_quorum(Contexto(db, red.asociacion), red.consejo, ReglaQuorum(tipo_decision="eleccion"),
                       quorum_propio=False, mayoria=ReglaMayoria(mayoria, base, articulo))


def eleccion_de_presidencia(db, red, sesion_id, *candidatas, titulo="Elección de la Presidencia del Consejo"):
    contexto = Contexto(db, red.asociacion)
    punto = agregar_punto(contexto, sesion_id, titulo, "eleccion")
    definir_eleccion(contexto, punto, NuevaEleccion(red.consejo, "presidente", DESDE, HASTA))
    ids = {}
    for nombre, persona in candidatas:
        ids[nombre] = agregar_candidatura(contexto, punto, red.ids[nombre], persona)
    return punto, ids


def test_eleccion_secreta_por_mayoria_absoluta_y_confirmacion_como_mandato(db, red):
    regla_de_elecciones(db, red)
    # Rosario preside el Consejo desde 2024 sin fecha de fin: la elección la reemplaza desde el 1 de julio.
    contexto = Contexto(db, red.asociacion)
    anterior = designar(contexto, red.consejo, NuevoMandato("presidente", date(2024, 1, 1),
                                                            miembro_id=red.ids["Rosario"]))
    sesion_id = con_quorum(db, red)
    punto, c = eleccion_de_presidencia(db, red, sesion_id, ("Montevideo", "Carolina Cosse"), ("Porto Alegre", None))
    eleccion = cerrar_eleccion(contexto, punto, Recuento(
        metodo="secreta", mayoria="absoluta", base="emitidos", votos={c["Montevideo"]: 3, c["Porto Alegre"]: 1}))
    assert eleccion.estado == "cerrada"
    assert eleccion.ganadora["nombre"] == "Montevideo (Carolina Cosse)"
    assert eleccion.texto_resultado == (
        "Resultó electa la candidatura de Montevideo (Carolina Cosse), con 3 votos; se requerían 3 (más de la mitad "
        "de 4 votos emitidos). Votos: Montevideo (Carolina Cosse), 3 votos; Porto Alegre, 1 voto; 0 en blanco, "
        "0 nulos, 0 abstenciones.")

    previa = preparar_confirmacion(contexto, punto)
    assert previa.mandato == "Montevideo (Carolina Cosse): Presidente — Consejo, del 01/07/2026 al 30/06/2028"
    assert previa.terminan == ["Rosario: Presidente hasta el 30/06/2026"]
    mandato_id = confirmar_eleccion(contexto, punto)

    presidencia = [a for a in composicion(contexto, red.consejo, DESDE).asientos if a.cargo == "presidente"]
    assert [(a.miembro, a.persona) for a in presidencia] == [("Montevideo", "Carolina Cosse")]
    antes = [a for a in composicion(contexto, red.consejo, date(2026, 6, 30)).asientos
             if a.cargo == "presidente"]
    assert [a.miembro for a in antes] == ["Rosario"]
    assert db.execute("SELECT hasta FROM mandatos WHERE id = ?", [anterior]).fetchone()[0] == "2026-06-30"
    assert obtener_eleccion(contexto, punto).mandato_id == mandato_id
    with pytest.raises(ErrorEscritorio, match="ya fue confirmada"):
        confirmar_eleccion(contexto, punto)


def test_sin_mayoria_absoluta_hay_segunda_vuelta_entre_las_dos_mas_votadas(db, red):
    regla_de_elecciones(db, red)
    contexto = Contexto(db, red.asociacion)
    registrar_asistencias(contexto, sesion_id := con_quorum(db, red),
                          [MarcaAsistencia(red.ids["Curitiba"], "presente")])
    punto, c = eleccion_de_presidencia(db, red, sesion_id, ("Montevideo", None), ("Porto Alegre", None), ("Rosario", None))
    eleccion = cerrar_eleccion(contexto, punto, Recuento(
        mayoria="absoluta", votos={c["Montevideo"]: 2, c["Porto Alegre"]: 2, c["Rosario"]: 1}))
    assert eleccion.ganadora is None
    assert "Empate entre Montevideo y Porto Alegre, con 2 votos cada una" in eleccion.texto_resultado
    with pytest.raises(ErrorEscritorio, match="no tiene candidatura electa"):
        confirmar_eleccion(contexto, punto)
    with pytest.raises(ErrorEscritorio, match="no tuvo candidatura electa"):
        adoptar_resolucion(contexto, punto, "decision", "Presidencia")

    vuelta = segunda_vuelta(contexto, punto)
    puntos = {p["id"]: p for p in orden_del_dia(contexto, sesion_id)}
    assert puntos[vuelta]["numeracion"] == "1.1"
    assert puntos[vuelta]["titulo"] == "Segunda vuelta: Elección de la Presidencia del Consejo"
    nueva = obtener_eleccion(contexto, vuelta)
    assert [x["nombre"] for x in nueva.candidaturas] == ["Montevideo", "Porto Alegre"]
    assert (nueva.cargo, nueva.desde, nueva.hasta) == ("presidente", "2026-07-01", "2028-06-30")
    ids = {x["nombre"]: x["id"] for x in nueva.candidaturas}
    final = cerrar_eleccion(contexto, vuelta, Recuento(mayoria="absoluta",
                                                       votos={ids["Montevideo"]: 3, ids["Porto Alegre"]: 2}))
    assert final.ganadora["nombre"] == "Montevideo"
    resolucion = adoptar_resolucion(contexto, vuelta, "decision", "Presidencia del Consejo 2026-2028")
    assert resolucion["numero"] == "Decisión 1/2026"


def test_sin_mayoria_y_sin_segunda_candidatura_votada_hay_nueva_votacion_y_los_blancos_son_emitidos(db, red):
    regla_de_elecciones(db, red)
    sesion_id = con_quorum(db, red)
    punto, c = eleccion_de_presidencia(db, red, sesion_id, ("Montevideo", None), ("Porto Alegre", None))
    # 2 de 4 emitidos (con dos en blanco) no es más de la mitad.
    contexto = Contexto(db, red.asociacion)
    eleccion = cerrar_eleccion(contexto, punto, Recuento(votos={c["Montevideo"]: 2}, blancos=2))
    assert eleccion.ganadora is None
    assert ("Ninguna candidatura alcanzó la mayoría: Montevideo obtuvo 2 votos y se requerían 3 (más de la mitad de "
            "4 votos emitidos); corresponde una nueva votación.") in eleccion.texto_resultado
    # Porto Alegre no obtuvo votos: no hay segunda vuelta entre dos, sino una nueva votación con todas.
    nueva = obtener_eleccion(contexto, segunda_vuelta(contexto, punto))
    assert [x["nombre"] for x in nueva.candidaturas] == ["Montevideo", "Porto Alegre"]


def test_los_nulos_no_cuentan_como_emitidos(db, red):
    regla_de_elecciones(db, red)
    sesion_id = con_quorum(db, red)
    punto, c = eleccion_de_presidencia(db, red, sesion_id, ("Montevideo", None), ("Porto Alegre", None))
    contexto = Contexto(db, red.asociacion)
    eleccion = cerrar_eleccion(contexto, punto, Recuento(votos={c["Montevideo"]: 2, c["Porto Alegre"]: 0},
                                                         nulos=2))
    # Emitidos = 2 (los nulos no cuentan): 2 es más de la mitad.
    assert eleccion.ganadora["nombre"] == "Montevideo"
    assert "se requerían 2 (más de la mitad de 2 votos emitidos)" in eleccion.texto_resultado
    assert eleccion.texto_resultado.endswith("0 en blanco, 2 nulos, 0 abstenciones.")


def test_eleccion_nominal_guarda_el_voto_de_cada_miembro_y_no_admite_suspendidos(db, red):
    sesion_id = con_quorum(db, red)
    punto, c = eleccion_de_presidencia(db, red, sesion_id, ("Montevideo", None), ("Porto Alegre", None))
    ids = red.ids
    contexto = Contexto(db, red.asociacion)
    with pytest.raises(ErrorValidacion, match="1 votos nominales son de miembros sin derecho a voto"):
        cerrar_eleccion(contexto, punto, Recuento(metodo="nominal", mayoria="simple", nominales={
            ids["Salto"]: c["Montevideo"], ids["Rosario"]: c["Montevideo"]}))
    eleccion = cerrar_eleccion(contexto, punto, Recuento(metodo="nominal", mayoria="simple", nominales={
        ids["Rosario"]: c["Montevideo"], ids["Paraná"]: c["Montevideo"], ids["Porto Alegre"]: c["Porto Alegre"],
        ids["Montevideo"]: "abstencion"}))
    assert eleccion.ganadora["nombre"] == "Montevideo"
    assert {(v["miembro"], v["voto"]) for v in eleccion.nominales} == {
        ("Rosario", "Montevideo"), ("Paraná", "Montevideo"), ("Porto Alegre", "Porto Alegre"),
        ("Montevideo", "Abstención")}
    assert "0 en blanco, 0 nulos, 1 abstención" in eleccion.texto_resultado
    acta = obtener_acta(contexto, sesion_id).contenido
    punto_acta = acta.puntos[0]
    assert punto_acta["votacion"].startswith(
        "Votación nominal. Elección de Presidente — Consejo, del 01/07/2026 al 30/06/2028. Resultó electa la "
        "candidatura de Montevideo, con 2 votos")
    # En el acta: la candidatura más votada primero, las abstenciones al final.
    assert [linea.split(": ")[1] for linea in punto_acta["nominales"]] == [
        "Montevideo", "Montevideo", "Porto Alegre", "Abstención"]
    assert "Rosario: Montevideo" in punto_acta["nominales"]


def test_recuento_imposible_sin_quorum_o_sin_candidaturas_se_rechaza_sin_guardar_nada(db, red):
    sesion_id = con_quorum(db, red)
    punto, c = eleccion_de_presidencia(db, red, sesion_id, ("Montevideo", None))
    contexto = Contexto(db, red.asociacion)
    with pytest.raises(ErrorValidacion, match="Hay 5 votos y solo 4 miembros presentes"):
        cerrar_eleccion(contexto, punto, Recuento(votos={c["Montevideo"]: 4}, blancos=1))
    assert obtener_eleccion(contexto, punto).estado == "abierta"
    assert db.execute("SELECT count(*) FROM votos_eleccion").fetchone()[0] == 0

    vacia = agregar_punto(contexto, sesion_id, "Elección de la Vicepresidencia", "eleccion")
    definir_eleccion(contexto, vacia, NuevaEleccion(red.consejo, "vicepresidente", DESDE))
    with pytest.raises(ErrorValidacion, match="no tiene candidaturas"):
        cerrar_eleccion(contexto, vacia, Recuento())

    sin_quorum = sesion(db, red, date(2026, 6, 10))
    registrar_asistencias(contexto, sin_quorum, [MarcaAsistencia(red.ids["Rosario"], "presente")])
    punto2, c2 = eleccion_de_presidencia(db, red, sin_quorum, ("Rosario", None))
    with pytest.raises(ErrorValidacion, match="No hay quórum para votar"):
        cerrar_eleccion(contexto, punto2, Recuento(votos={c2["Rosario"]: 1}))


def test_definicion_y_candidaturas_validadas_y_fijas_despues_del_cierre(db, red):
    sesion_id = con_quorum(db, red)
    contexto = Contexto(db, red.asociacion)
    deliberativo = agregar_punto(contexto, sesion_id, "Informe de la Presidencia", "deliberativo")
    with pytest.raises(ErrorEscritorio, match="no es de tipo Elección"):
        definir_eleccion(contexto, deliberativo, NuevaEleccion(red.consejo, "presidente", DESDE))
    punto = agregar_punto(contexto, sesion_id, "Elección", "eleccion")
    with pytest.raises(ErrorValidacion, match="terminaría antes de empezar"):
        definir_eleccion(contexto, punto, NuevaEleccion(red.consejo, "presidente", DESDE, date(2026, 1, 1)))
    with pytest.raises(ErrorEscritorio, match="Defina primero qué cargo"):
        agregar_candidatura(contexto, punto, red.ids["Rosario"])
    definir_eleccion(contexto, punto, NuevaEleccion(red.consejo, "secretario", DESDE))
    definir_eleccion(contexto, punto, NuevaEleccion(red.consejo, "presidente", DESDE, HASTA))
    assert obtener_eleccion(contexto, punto).cargo == "presidente"
    rosario = agregar_candidatura(contexto, punto, red.ids["Rosario"])
    with pytest.raises(ErrorEscritorio, match="Rosario ya es candidatura"):
        agregar_candidatura(contexto, punto, red.ids["Rosario"])
    with pytest.raises(ErrorEscritorio, match="Indique el miembro, la persona"):
        agregar_candidatura(contexto, punto, None, "  ")
    declina = agregar_candidatura(contexto, punto, None, "Ana Pérez")
    quitar_candidatura(contexto, declina)
    assert [x["nombre"] for x in obtener_eleccion(contexto, punto).candidaturas] == ["Rosario"]
    with pytest.raises(ErrorEscritorio, match="elección entre candidaturas"):
        votar(contexto, punto, NuevaVotacion(a_favor=4))

    cerrar_eleccion(contexto, punto, Recuento(mayoria="simple", votos={rosario: 4}))
    with pytest.raises(ErrorEscritorio, match="ya está cerrada"):
        cerrar_eleccion(contexto, punto, Recuento(mayoria="simple", votos={rosario: 3}))
    with pytest.raises(ErrorEscritorio, match="ya está cerrada"):
        agregar_candidatura(contexto, punto, red.ids["Paraná"])
    with pytest.raises(ErrorEscritorio, match="ya está cerrada"):
        definir_eleccion(contexto, punto, NuevaEleccion(red.consejo, "secretario", DESDE))


def test_acta_aprobada_congela_la_eleccion_pero_admite_su_confirmacion(db, red):
    sesion_id = con_quorum(db, red)
    punto, c = eleccion_de_presidencia(db, red, sesion_id, ("Montevideo", None), ("Porto Alegre", None))
    contexto = Contexto(db, red.asociacion)
    cerrar_eleccion(contexto, punto, Recuento(votos={c["Montevideo"]: 3, c["Porto Alegre"]: 1}))
    acta_punto = agregar_punto_de_aprobacion(contexto, sesion_id)["punto_id"]
    votar(contexto, acta_punto, NuevaVotacion(a_favor=4))
    resolucion = adoptar_resolucion(contexto, acta_punto, "resolucion", "Aprueba el acta")
    guardar_borrador(contexto, sesion_id, apertura="Se abre la sesión.", cierre="Se levanta la sesión.",
                     preside="Rosario", secretaria="Montevideo")
    marcar_celebrada(contexto, sesion_id, "13:00")
    aprobar_acta(contexto, sesion_id, resolucion["id"], date(2026, 5, 20))

    for sql in ("UPDATE candidaturas SET votos = 0 WHERE id = %d" % c["Porto Alegre"],
                "UPDATE elecciones SET texto_resultado = 'otro' WHERE punto_id = %d" % punto,
                "DELETE FROM votos_eleccion",
                "INSERT INTO candidaturas (eleccion_id, persona) SELECT id, 'Intrusa' FROM elecciones"):
        with pytest.raises(RECHAZO_DE_LA_BASE, match="aprobada"):
            db.execute(sql)
    with pytest.raises(ErrorEscritorio, match="ya está aprobada"):
        agregar_candidatura(contexto, punto, red.ids["Rosario"])

    mandato = confirmar_eleccion(contexto, punto)
    assert db.execute("SELECT miembro_id, cargo FROM mandatos WHERE id = ?", [mandato]).fetchone() == (
        red.ids["Montevideo"], "presidente")
    assert verificar_acta(contexto, sesion_id)
    assert "Resultó electa la candidatura de Montevideo" in obtener_acta(contexto,
                                                                         sesion_id).contenido.puntos[0]["votacion"]


def test_vicepresidencias_y_subcoordinaciones_son_varias_y_no_terminan_a_nadie(db, red):
    contexto = Contexto(db, red.asociacion)
    otra = designar(contexto, red.consejo, NuevoMandato("vicepresidente", date(2024, 1, 1),
                                                        miembro_id=red.ids["Curitiba"]))
    sesion_id = con_quorum(db, red)
    punto = agregar_punto(contexto, sesion_id, "Elección de una Vicepresidencia", "eleccion")
    definir_eleccion(contexto, punto, NuevaEleccion(red.consejo, "vicepresidente", DESDE, HASTA))
    montevideo = agregar_candidatura(contexto, punto, red.ids["Montevideo"])
    cerrar_eleccion(contexto, punto, Recuento(mayoria="simple", votos={montevideo: 3}))
    assert preparar_confirmacion(contexto, punto).terminan == []
    confirmar_eleccion(contexto, punto)
    assert db.execute("SELECT hasta FROM mandatos WHERE id = ?", [otra]).fetchone()[0] is None
    vice = {a.miembro for a in composicion(contexto, red.consejo, DESDE).asientos if a.cargo == "vicepresidente"}
    assert vice == {"Curitiba", "Montevideo"}


def test_no_se_confirma_sobre_otro_mandato_del_periodo_ni_si_la_electa_ya_lo_ocupa(db, red):
    contexto = Contexto(db, red.asociacion)
    designar(contexto, red.consejo, NuevoMandato("presidente", DESDE, miembro_id=red.ids["Rosario"]))
    sesion_id = con_quorum(db, red)
    punto, c = eleccion_de_presidencia(db, red, sesion_id, ("Montevideo", None), ("Rosario", None))
    cerrar_eleccion(contexto, punto, Recuento(votos={c["Montevideo"]: 3, c["Rosario"]: 1}))
    with pytest.raises(ErrorValidacion, match="Rosario tiene un mandato de Presidente de Consejo desde el 01/07/2026"):
        confirmar_eleccion(contexto, punto)

    otra = sesion(db, red, date(2026, 5, 21))
    for nombre in ("Rosario", "Paraná", "Porto Alegre", "Montevideo"):
        registrar_asistencias(contexto, otra, [MarcaAsistencia(red.ids[nombre], "presente")])
    punto2, c2 = eleccion_de_presidencia(db, red, otra, ("Rosario", None))
    cerrar_eleccion(contexto, punto2, Recuento(votos={c2["Rosario"]: 4}))
    with pytest.raises(ErrorValidacion, match="Rosario ya es Presidente de Consejo desde el 01/07/2026"):
        confirmar_eleccion(contexto, punto2)
    assert db.execute("SELECT count(*) FROM mandatos WHERE cargo = 'presidente'").fetchone()[0] == 1


def test_la_confirmacion_no_se_deshace_ni_se_duplica(db, red):
    sesion_id = con_quorum(db, red)
    punto, c = eleccion_de_presidencia(db, red, sesion_id, ("Montevideo", None))
    contexto = Contexto(db, red.asociacion)
    cerrar_eleccion(contexto, punto, Recuento(votos={c["Montevideo"]: 3}))
    confirmar_eleccion(contexto, punto)
    for sql in ("UPDATE elecciones SET mandato_id = NULL, confirmada_en = NULL",
                "UPDATE elecciones SET confirmada_en = '2020-01-01'"):
        with pytest.raises(RECHAZO_DE_LA_BASE, match="no se cambia ni se deshace"):
            db.execute(sql)
        db.conn.rollback()
    assert db.execute("SELECT count(*) FROM mandatos WHERE cargo = 'presidente'").fetchone()[0] == 1


def test_una_eleccion_no_se_muda_a_una_sesion_con_el_acta_aprobada(db, red):
    aprobada = con_quorum(db, red)
    contexto = Contexto(db, red.asociacion)
    acta_punto = agregar_punto_de_aprobacion(contexto, aprobada)["punto_id"]
    votar(contexto, acta_punto, NuevaVotacion(a_favor=4))
    resolucion = adoptar_resolucion(contexto, acta_punto, "resolucion", "Aprueba el acta")
    guardar_borrador(contexto, aprobada, apertura="Se abre la sesión.", cierre="Se levanta la sesión.",
                     preside="Rosario", secretaria="Montevideo")
    destino = agregar_punto(contexto, aprobada, "Elección", "eleccion")
    marcar_celebrada(contexto, aprobada, "13:00")
    aprobar_acta(contexto, aprobada, resolucion["id"], date(2026, 5, 20))
    abierta = sesion(db, red, date(2026, 6, 1))
    punto, _ = eleccion_de_presidencia(db, red, abierta, ("Montevideo", None))
    with pytest.raises(RECHAZO_DE_LA_BASE, match="aprobada"):
        db.execute("UPDATE elecciones SET punto_id = ? WHERE punto_id = ?", [destino, punto])
    db.conn.rollback()


def test_una_sola_segunda_vuelta_y_sin_votos_no_se_cierra(db, red):
    sesion_id = con_quorum(db, red)
    punto, c = eleccion_de_presidencia(db, red, sesion_id, ("Montevideo", None), ("Rosario", None))
    contexto = Contexto(db, red.asociacion)
    with pytest.raises(ErrorValidacion, match="No hay votos registrados"):
        cerrar_eleccion(contexto, punto, Recuento())
    cerrar_eleccion(contexto, punto, Recuento(votos={c["Montevideo"]: 2, c["Rosario"]: 2}))
    segunda_vuelta(contexto, punto)
    with pytest.raises(ErrorEscritorio, match="ya tiene su segunda vuelta"):
        segunda_vuelta(contexto, punto)
