"""Las recomendaciones de cambio por línea (issue 82, como OpenSlides), por sus servicios, en los dos motores: lo que
la secretaría nota al usarlas.

- El texto presentado se lee en líneas numeradas (80 caracteres, seguidas a través de los párrafos); una
  recomendación cita líneas desde–hasta y propone el texto que las reemplaza (vacío: las suprime), de la secretaría o
  de un órgano; queda pendiente y se acepta o rechaza una sola vez, antes de votar la moción.
- Dos recomendaciones vivas no citan las mismas líneas (el mensaje nombra la otra); una rechazada deja libres las suyas.
- Con las enmiendas: una recomendación no se acepta sobre un párrafo que cambia una enmienda viva, ni una enmienda se
  presenta sobre los párrafos de una recomendación aceptada; el texto que se vota (texto_final) aplica las dos.
- Una cita vieja (el texto citado ya no es el de la moción) no se acepta.
- Votada la moción, o con el acta aprobada, nada cambia; el acta y los documentos las cuentan.

La sala es la de tests/mociones_de_prueba.py (la moción 1 admitida, con cuatro párrafos cortos: una línea cada uno).
"""

from datetime import date

import pytest

from ayudas import hoy_fijo
from escritorio.errores import ErrorEscritorio
from escritorio.servicios import enmiendas
from escritorio.servicios import recomendaciones_de_cambio as servicio
from escritorio.dominio.enmiendas import Cambio
from mociones_de_prueba import armar_sala

pytestmark = pytest.mark.ambos_motores

HOY = date(2026, 12, 5)
ANTES = date(2026, 11, 20)    # antes de la sesión del 28/11/2026


@pytest.fixture
def sala(db, asociacion_id, monkeypatch):
    hoy_fijo(monkeypatch, HOY)
    return armar_sala(db, asociacion_id)


def _estado(sala, recomendacion_id: int) -> str:
    return next(sala.contexto.db.query("SELECT estado FROM recomendaciones_de_cambio WHERE id = ?",
                                       [recomendacion_id]))["estado"]


def test_lineas_numeradas_y_una_recomendacion_aceptada_entra_en_el_texto_que_se_vota(sala):
    contexto = sala.contexto
    leido = servicio.listar(contexto, sala.mocion)
    assert [(x.numero, x.parrafo) for x in leido.lineas] == [(1, 1), (2, 2), (3, 3), (4, 4)]
    assert leido.recomendaciones == ()
    r = servicio.recomendar(contexto, sala.mocion, 2, 2, "Las ciudades miembro adoptarán un plan antes de 2027.",
                            "Plazo más corto")
    assert (r.numero, r.estado, r.vigente, r.organo) == (1, "pendiente", True, None)
    assert r.texto_citado == "Las ciudades miembro adoptarán un plan de adaptación antes de 2028."
    assert r.frase() == ("Recomendación 1 (de la secretaría), línea 2: reemplazarla por «Las ciudades miembro "
                         "adoptarán un plan antes de 2027.». Pendiente. Motivo: Plazo más corto")
    # Pendiente, no cambia el texto que se vota.
    assert "2028" in enmiendas.texto_final(contexto, sala.mocion).texto
    assert servicio.aceptar(contexto, r.id).estado == "aceptada"
    final = enmiendas.texto_final(contexto, sala.mocion)
    assert final.recomendaciones == (1,) and final.parrafos[1].endswith("antes de 2027.")
    assert servicio.listar(contexto, sala.mocion).parrafos_resultantes == final.parrafos
    # Se decide una sola vez.
    with pytest.raises(ErrorEscritorio, match="ya está aceptada: se decide una sola vez"):
        servicio.rechazar(contexto, r.id)
    # La bitácora anota el alta y la decisión.
    assert next(contexto.db.query("SELECT count(*) AS n FROM bitacora WHERE entidad = 'recomendaciones_de_cambio'"))[
        "n"] == 2


def test_suprimir_de_un_organo_y_rechazada_deja_libres_sus_lineas(sala):
    contexto = sala.contexto
    organo = next(contexto.db.query("SELECT organo_id FROM sesiones WHERE id = ?", [sala.sesion]))["organo_id"]
    r = servicio.recomendar(contexto, sala.mocion, 3, 4, "", organo_id=organo)
    assert r.organo == "Asamblea General" and "líneas 3–4: suprimirlas" in r.frase()
    with pytest.raises(ErrorEscritorio, match=r"Las líneas 4–4 se solapan con la recomendación 1 \(líneas 3–4, "
                                              r"pendiente\)"):
        servicio.recomendar(contexto, sala.mocion, 4, 4, "Otra cosa.")
    servicio.rechazar(contexto, r.id)
    otra = servicio.recomendar(contexto, sala.mocion, 4, 4, "La Secretaría informará cada semestre.")
    assert otra.numero == 2
    servicio.aceptar(contexto, otra.id)
    assert enmiendas.texto_final(contexto, sala.mocion).parrafos[3] == "La Secretaría informará cada semestre."


def test_lo_que_no_se_registra(sala):
    contexto = sala.contexto
    with pytest.raises(ErrorEscritorio, match="tiene 4 líneas"):
        servicio.recomendar(contexto, sala.mocion, 4, 5, "x")
    with pytest.raises(ErrorEscritorio, match="es igual al de la moción"):
        servicio.recomendar(contexto, sala.mocion, 4, 4, "La Secretaría informará  cada año los avances.")
    with pytest.raises(ErrorEscritorio, match="No existe el órgano 999"):
        servicio.recomendar(contexto, sala.mocion, 4, 4, "x", organo_id=999)
    with pytest.raises(ErrorEscritorio, match=r"no tiene la recomendación de cambio 3 \(tiene: ninguna\)"):
        servicio.id_por_numero(contexto, sala.mocion, 3)
    assert servicio.listar(contexto, sala.mocion).recomendaciones == ()


def test_con_las_enmiendas_nunca_dos_cambios_en_el_mismo_parrafo(sala):
    contexto = sala.contexto
    enmienda = enmiendas.presentar(contexto, sala.mocion, [Cambio("reemplazar", 3, "La Secretaría acompañará.")],
                                   autores=[sala.ids["Salto"]], recibida_el=ANTES)
    r = servicio.recomendar(contexto, sala.mocion, 3, 3, "Otra redacción.")
    with pytest.raises(ErrorEscritorio, match=r"La recomendación de cambio 1 \(líneas 3–3, párrafos 3–3\) cambia lo "
                                              r"mismo que la enmienda 1, presentada"):
        servicio.aceptar(contexto, r.id)
    assert _estado(sala, r.id) == "pendiente"
    # Retirada la enmienda, la recomendación se acepta; una enmienda nueva sobre ese párrafo ya no se presenta.
    enmiendas.retirar(contexto, enmienda.id)
    servicio.aceptar(contexto, r.id)
    with pytest.raises(ErrorEscritorio, match=r"cambia los párrafos 3–3, que ya cambia la recomendación de cambio 1 "
                                              r"aceptada \(líneas 3–3\)"):
        enmiendas.presentar(contexto, sala.mocion, [Cambio("suprimir", 3)], autores=[sala.ids["Salto"]], recibida_el=ANTES)
    # En otro párrafo, sí; aprobada, el texto que se vota lleva las dos.
    from escritorio.servicios.votaciones import NuevaVotacion
    from escritorio.servicios.votaciones_sala import votar_enmienda

    otra = enmiendas.presentar(contexto, sala.mocion, [Cambio("reemplazar", 1, "La Asamblea se compromete.")],
                               autores=[sala.ids["Salto"]], recibida_el=ANTES)
    enmiendas.admitir(contexto, otra.id)
    assert votar_enmienda(contexto, otra.id, NuevaVotacion(a_favor=4, en_contra=1)).aprobada
    final = enmiendas.texto_final(contexto, sala.mocion)
    assert (final.parrafos[0], final.parrafos[2]) == ("La Asamblea se compromete.", "Otra redacción.")
    assert (final.aprobadas, final.recomendaciones) == ((2,), (1,))


def test_una_cita_vieja_no_se_acepta(sala):
    contexto = sala.contexto
    r = servicio.recomendar(contexto, sala.mocion, 1, 1, "Otra.")
    contexto.db.execute("UPDATE recomendaciones_de_cambio SET texto_citado = 'lo que decía antes' WHERE id = ?",
                        [r.id])
    assert not servicio.listar(contexto, sala.mocion).recomendaciones[0].vigente
    with pytest.raises(ErrorEscritorio, match="el texto de la moción ya no es ese: no se acepta"):
        servicio.aceptar(contexto, r.id)
    assert servicio.rechazar(contexto, r.id).estado == "rechazada"


def test_votada_la_mocion_nada_cambia_y_el_acta_las_cuenta(sala):
    from escritorio.servicios.sala_en_documentos import mociones_en_el_acta, sala_de_la_sesion
    from escritorio.servicios.votaciones import NuevaVotacion
    from escritorio.servicios.votaciones_sala import votar_mocion

    contexto = sala.contexto
    aceptada = servicio.recomendar(contexto, sala.mocion, 4, 4, "")
    servicio.aceptar(contexto, aceptada.id)
    pendiente = servicio.recomendar(contexto, sala.mocion, 1, 1, "Otra.")
    assert votar_mocion(contexto, sala.mocion, NuevaVotacion(a_favor=4, en_contra=1)).aprobada
    for intento in (lambda: servicio.recomendar(contexto, sala.mocion, 2, 2, "x"),
                    lambda: servicio.aceptar(contexto, pendiente.id), lambda: servicio.rechazar(contexto, pendiente.id)):
        with pytest.raises(ErrorEscritorio, match="se registran y deciden antes de votarla"):
            intento()
    documentos = sala_de_la_sesion(contexto, sala.sesion)
    m = documentos.mociones[0]
    assert [r.numero for r in m.recomendaciones_de_cambio] == [1, 2]
    assert "Informará" not in (m.texto_final or "") and len(m.texto_final.split("\n\n")) == 3
    en_el_acta = mociones_en_el_acta(documentos, sala.punto)[0]
    assert en_el_acta["recomendaciones_de_cambio"][0] == (
        "Recomendación 1 (de la secretaría), línea 4: suprimirla. Aceptada.")


def test_con_el_acta_aprobada_tampoco_cambian_con_sql(sala):
    """Migración 0075: como el resto de la sala, con el acta aprobada una recomendación no se agrega, no cambia ni se
    borra, tampoco escribiendo en la base (quien tiene SQL), en los dos motores."""
    from ayudas import RECHAZO_DE_LA_BASE, resolucion_que_aprueba_el_acta
    from escritorio.servicios.actas import aprobar_acta, guardar_borrador
    from escritorio.servicios.sesiones.asistencia import marcar_celebrada

    contexto, db = sala.contexto, sala.contexto.db
    pendiente = servicio.recomendar(contexto, sala.mocion, 2, 2, "Otro texto.")
    resolucion = resolucion_que_aprueba_el_acta(contexto, sala.sesion)
    guardar_borrador(contexto, sala.sesion, apertura="Se abre la sesión.", cierre="Se cierra la sesión.",
                     preside="Rosario", secretaria="Paraná")
    marcar_celebrada(contexto, sala.sesion, "13:00")
    aprobar_acta(contexto, sala.sesion, resolucion["id"], date(2026, 11, 28))
    for sentencia, parametros in (
            ("UPDATE recomendaciones_de_cambio SET estado = 'aceptada' WHERE id = ?", [pendiente.id]),
            ("DELETE FROM recomendaciones_de_cambio WHERE id = ?", [pendiente.id]),
            ("INSERT INTO recomendaciones_de_cambio (mocion_id, numero, desde, hasta, texto_citado) "
             "VALUES (?, 9, 1, 1, 'x')", [sala.mocion])):
        with pytest.raises(RECHAZO_DE_LA_BASE, match="El acta de esta sesión está aprobada"):
            db.execute(sentencia, parametros)
        db.conn.rollback()
    assert _estado(sala, pendiente.id) == "pendiente"
