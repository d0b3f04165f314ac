"""Deshacer no cruza un acto cerrado (issue 58, punto 5): un cambio de la asistencia, del orden del día o de la ficha
no se deshace (ni se rehace) si después se cerró algo que lee esas filas: una votación, una resolución adoptada, el
acta aprobada (también la de otra sesión, aprobada por una resolución de esta), un documento emitido, un recibo, un
mensaje enviado. Lo que se cerró antes del cambio no lo impide. En los dos motores."""

from datetime import date
from pathlib import Path

import pytest

from correo.servidor_smtp import ServidorSMTP
from escritorio.datos.bitacora import fijar_operador, verificar
from escritorio.datos.conexion import transaccion
from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.actas import aprobar_acta, guardar_borrador
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.correo import encolar, preparar_convocatoria
from escritorio.servicios.cuenta_de_correo import configurar_cuenta
from escritorio.servicios.deshacer import deshacer, por_deshacer, por_rehacer, rehacer
from escritorio.servicios.despacho import despachar
from escritorio.servicios.ficha import guardar_ficha, obtener_ficha
from escritorio.servicios.informes_sesiones import imprimir_acta
from escritorio.servicios.organos import NuevoMandato, NuevoOrgano, crear_organo, designar
from escritorio.servicios.pagos import NuevoPago, registrar_pago
from escritorio.servicios.sesiones.asistencia import (MarcaAsistencia, asistencia, marcar_celebrada,
                                                      registrar_asistencias)
from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
from escritorio.servicios.sesiones.puntos import agregar_punto, orden_del_dia
from escritorio.servicios.votaciones import NuevaVotacion, adoptar_resolucion, votar
from ayudas import resolucion_que_aprueba_el_acta

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

CIUDADES = {"Rosario": "AR", "Paraná": "AR", "Montevideo": "UY"}


@pytest.fixture
def red(db, asociacion_id):
    """Tres ciudades en un Consejo y dos sesiones convocadas. Devuelve (contexto, ids de las ciudades, sesiones)."""
    contexto = Contexto(db, asociacion_id)
    ids = {nombre: guardar_ficha(contexto, FichaMiembro(nombre=nombre, pais=pais, fecha_ingreso=date(2000, 1, 1),
                                                        correo=f"secretaria@{nombre.lower()}.ejemplo.org"),
                                 poblacion=(250_000, 2020, "Censo"))
           for nombre, pais in CIUDADES.items()}
    consejo = crear_organo(contexto, NuevoOrgano("Consejo", "consejo"))
    for miembro in ids.values():
        designar(contexto, consejo, NuevoMandato("titular", date(2020, 1, 1), miembro_id=miembro))
    sesiones = [convocar(contexto, consejo, NuevaSesion(fecha=fecha, lugar="Montevideo", hora="10:00",
                                                        convocada_el=date(2026, 4, 1)))
                for fecha in (date(2026, 5, 20), date(2026, 6, 20))]
    yield contexto, ids, sesiones
    fijar_operador(None)


def todos_presentes(contexto, sesion, ids) -> None:
    """El botón «Todos presentes» de la planilla: una sola marca para deshacer."""
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(m, "presente") for m in ids.values()])


def estados(contexto, sesion) -> dict[int, str]:
    return {h.miembro_id: h.estado for h in asistencia(contexto, sesion).habilitados}


def rechazo(funcion, contexto) -> str:
    with pytest.raises(ErrorEscritorio) as error:
        funcion(contexto)
    return error.value.mensaje


def test_la_asistencia_no_se_deshace_despues_de_la_votacion_y_la_resolucion(red):
    contexto, ids, (_, sesion) = red
    punto = agregar_punto(contexto, sesion, "Plan de trabajo 2027", "votacion")
    todos_presentes(contexto, sesion, ids)
    votar(contexto, punto, NuevaVotacion(a_favor=3))
    adoptar_resolucion(contexto, punto, "resolucion", "Plan de trabajo 2027")

    pendiente = por_deshacer(contexto)
    assert pendiente["descripcion"] == "marcas de asistencia de 3 miembros" and not pendiente["posible"]
    esperado = ("Después se cerró la votación «Plan de trabajo 2027» (3 a favor, 0 en contra) y se adoptó la "
                "Resolución 1/2026 del Consejo «Plan de trabajo 2027»: deshacerlo contradiría lo que ya quedó cerrado.")
    assert pendiente["motivo"].startswith(esperado)
    assert rechazo(deshacer, contexto).startswith(
        f"No se puede deshacer «marcas de asistencia de 3 miembros». {esperado}")
    assert set(estados(contexto, sesion).values()) == {"presente"}   # nada se tocó
    assert verificar(contexto.db) == []


def test_lo_cerrado_antes_del_cambio_no_lo_impide(red):
    contexto, ids, (_, sesion) = red
    punto = agregar_punto(contexto, sesion, "Plan de trabajo 2027", "votacion")
    todos_presentes(contexto, sesion, ids)
    votar(contexto, punto, NuevaVotacion(a_favor=3))
    registrar_asistencias(contexto, sesion,
                          [MarcaAsistencia(ids["Montevideo"], "presente", representante="Ana Pérez")])

    assert por_deshacer(contexto)["posible"]
    deshacer(contexto)   # el representante anotado después de la votación se quita; la votación no leyó ese dato
    assert next(h for h in asistencia(contexto, sesion).habilitados
                if h.miembro_id == ids["Montevideo"]).representante is None


def test_rehacer_tampoco_cruza_lo_que_se_cerro_despues_de_deshacer(red):
    contexto, ids, (_, sesion) = red
    punto = agregar_punto(contexto, sesion, "Plan de trabajo 2027", "votacion")
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(ids["Rosario"], "presente")])
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(ids["Paraná"], "presente")])
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(ids["Montevideo"], "excusado")])
    deshacer(contexto)   # Montevideo vuelve a no tener marca
    votar(contexto, punto, NuevaVotacion(a_favor=2))   # se vota con esa asistencia

    pendiente = por_rehacer(contexto)
    assert pendiente["descripcion"] == "marca de asistencia de Montevideo" and not pendiente["posible"]
    assert pendiente["motivo"] == ("Después se cerró la votación «Plan de trabajo 2027» (2 a favor, 0 en contra): "
                                   "rehacerlo contradiría lo que ya quedó cerrado.")
    assert rechazo(rehacer, contexto).startswith("No se puede rehacer «marca de asistencia de Montevideo». Después")
    assert ids["Montevideo"] not in {m for m, e in estados(contexto, sesion).items() if e == "excusado"}


def test_el_acta_anterior_aprobada_con_una_resolucion_de_esta_sesion(red):
    contexto, ids, (primera, segunda) = red
    todos_presentes(contexto, primera, ids)
    marcar_celebrada(contexto, primera, "13:00")
    guardar_borrador(contexto, primera, apertura="Se abre.", cierre="Se cierra.", preside="Rosario",
                     secretaria="Montevideo")
    fijar_operador("Marta")   # la secretaria de la segunda sesión: sus cambios son suyos
    todos_presentes(contexto, segunda, ids)
    fijar_operador(None)
    todos_presentes(contexto, segunda, {"Montevideo": ids["Montevideo"]})   # nada cambia: no se anota
    registrar_asistencias(contexto, segunda,
                          [MarcaAsistencia(ids["Montevideo"], "presente", representante="Ana Pérez")])
    resolucion = resolucion_que_aprueba_el_acta(contexto, primera, en=segunda, a_favor=3)
    aprobar_acta(contexto, primera, resolucion["id"], date(2026, 6, 20))

    motivo = por_deshacer(contexto)["motivo"]
    assert motivo.startswith("Después se cerró la votación «Aprobación del acta")
    assert "se adoptó la Resolución 1/2026 del Consejo «Aprueba el acta»" in motivo
    assert "se aprobó el acta de la I sesión ordinaria — Consejo" in motivo
    assert rechazo(deshacer, contexto).startswith("No se puede deshacer «marca de asistencia de Montevideo».")


def test_un_borrador_del_acta_emitido_con_esa_asistencia(red, tmp_path: Path):
    contexto, ids, (sesion, _) = red
    todos_presentes(contexto, sesion, ids)
    guardar_borrador(contexto, sesion, apertura="Se abre.", cierre="Se cierra.", preside="Rosario",
                     secretaria="Montevideo")
    assert por_deshacer(contexto)["posible"]   # guardar el borrador no cierra nada: el acta sigue abierta
    imprimir_acta(contexto, sesion, tmp_path / "borrador.pdf")

    motivo = por_deshacer(contexto)["motivo"]
    assert motivo is not None and motivo.startswith("Después se emitió el documento ")
    assert "(Acta en borrador)" in motivo
    assert set(estados(contexto, sesion).values()) == {"presente"}


def test_un_punto_agregado_y_la_convocatoria_enviada(red):
    contexto, ids, (sesion, _) = red
    agregar_punto(contexto, sesion, "Informe de la Secretaría", "informativo")
    with ServidorSMTP() as servidor:
        configurar_cuenta(contexto, servidor="127.0.0.1", puerto=servidor.puerto, seguridad="ninguna",
                          remitente="secretaria@litoral.ejemplo.org")
        encolar(contexto, preparar_convocatoria(contexto, sesion))
        assert len(despachar(contexto).enviados) == 3

    motivo = por_deshacer(contexto)["motivo"]
    assert "se envió " in motivo or "se enviaron 3 mensajes «Convocatoria: " in motivo
    assert "(Convocatoria)" in motivo   # y el PDF adjunto, emitido con su código
    assert rechazo(deshacer, contexto).startswith(
        "No se puede deshacer «punto «Informe de la Secretaría» agregado al orden del día». Después ")
    assert [p["titulo"] for p in orden_del_dia(contexto, sesion)] == ["Informe de la Secretaría"]


def test_la_ficha_de_quien_figura_en_un_acta_aprobada_despues(red):
    contexto, ids, (primera, segunda) = red
    todos_presentes(contexto, primera, ids)
    marcar_celebrada(contexto, primera, "13:00")
    guardar_borrador(contexto, primera, apertura="Se abre.", cierre="Se cierra.", preside="Rosario",
                     secretaria="Montevideo")
    f = obtener_ficha(contexto.db, ids["Montevideo"])
    guardar_ficha(contexto, FichaMiembro(nombre="Montevideo (Intendencia)", pais=f["pais"], correo=f["correo"],
                                         fecha_ingreso=date.fromisoformat(f["fecha_ingreso"])),
                  miembro_id=ids["Montevideo"])
    fijar_operador("Marta")   # la aprobación, en la sesión siguiente, la registra otra persona
    todos_presentes(contexto, segunda, ids)
    resolucion = resolucion_que_aprueba_el_acta(contexto, primera, en=segunda, a_favor=3)
    aprobar_acta(contexto, primera, resolucion["id"], date(2026, 6, 20))
    fijar_operador(None)

    pendiente = por_deshacer(contexto)
    assert pendiente["descripcion"] == "cambio de la ficha de Montevideo (Intendencia)"
    assert pendiente["motivo"] == ("Después se aprobó el acta de la I sesión ordinaria — Consejo: deshacerlo "
                                   "contradiría lo que ya quedó cerrado. Si hay un error, corríjalo con un cambio "
                                   "nuevo (queda constancia de los dos).")
    assert rechazo(deshacer, contexto).startswith("No se puede deshacer «cambio de la ficha de Montevideo")
    assert obtener_ficha(contexto.db, ids["Montevideo"])["nombre"] == "Montevideo (Intendencia)"


def test_la_ficha_despues_del_recibo_o_de_un_mensaje(red):
    contexto, ids, _ = red
    rosario = ids["Rosario"]
    ficha = obtener_ficha(contexto.db, rosario)
    nueva = FichaMiembro(nombre="Rosario de Santa Fe", pais=ficha["pais"], correo=ficha["correo"],
                         fecha_ingreso=date.fromisoformat(ficha["fecha_ingreso"]))
    guardar_ficha(contexto, nueva, miembro_id=rosario)
    assert por_deshacer(contexto)["posible"]
    pago = registrar_pago(contexto, NuevoPago(rosario, date(2026, 5, 2), "100.00", "USD"))

    motivo = por_deshacer(contexto)["motivo"]
    assert motivo.startswith(f"Después se emitió el recibo N.º {pago.recibo}: deshacerlo contradiría")
    assert rechazo(deshacer, contexto).startswith("No se puede deshacer «cambio de la ficha de Rosario de Santa Fe».")
    assert obtener_ficha(contexto.db, rosario)["nombre"] == "Rosario de Santa Fe"

    # Otro miembro: su ficha, después un mensaje que se le envió.
    parana = ids["Paraná"]
    f = obtener_ficha(contexto.db, parana)
    guardar_ficha(contexto, FichaMiembro(nombre=f["nombre"], pais=f["pais"], correo="nueva@parana.ejemplo.org",
                                         fecha_ingreso=date.fromisoformat(f["fecha_ingreso"])), miembro_id=parana)
    assert por_deshacer(contexto)["posible"]
    sesion = red[2][0]
    with ServidorSMTP() as servidor:
        configurar_cuenta(contexto, servidor="127.0.0.1", puerto=servidor.puerto, seguridad="ninguna",
                          remitente="secretaria@litoral.ejemplo.org")
        encolar(contexto, preparar_convocatoria(contexto, sesion, miembros=[parana]))
        despachar(contexto)
    motivo = por_deshacer(contexto)["motivo"]
    assert "se envió el mensaje «Convocatoria: " in motivo
    assert rechazo(deshacer, contexto).startswith("No se puede deshacer «cambio de la ficha de Paraná».")
    assert obtener_ficha(contexto.db, parana)["correo"] == "nueva@parana.ejemplo.org"
    assert verificar(contexto.db) == []


def test_la_eleccion_definida_se_quita_antes_y_la_cerrada_impide_deshacer(red):
    from escritorio.dominio.mayorias import ReglaMayoria
    from escritorio.dominio.sesiones import ReglaQuorum
    from escritorio.servicios.elecciones import NuevaEleccion, agregar_candidatura, definir_eleccion
    from escritorio.servicios.recuento_de_eleccion import Recuento, cerrar_eleccion
    from escritorio.servicios.sesiones import sesion_de_la_asociacion
    from escritorio.servicios.sesiones.reglas import fijar_regla_quorum

    contexto, ids, (sesion, _) = red
    consejo = sesion_de_la_asociacion(contexto, sesion)["organo_id"]
    fijar_regla_quorum(contexto, consejo, ReglaQuorum(tipo_decision="eleccion"), quorum_propio=False,
                       mayoria=ReglaMayoria("absoluta", "emitidos", "Estatuto, art. 14"))
    fijar_operador("Marta")   # Marta arma la elección; la asistencia la marca quien opera
    punto = agregar_punto(contexto, sesion, "Elección de la Presidencia", "eleccion")
    definir_eleccion(contexto, punto, NuevaEleccion(consejo, "presidente", date(2026, 7, 1), date(2028, 6, 30)))
    # Lo que depende del punto sin estar cerrado sigue diciendo «quítelo antes» (no es un acto cerrado).
    assert "quítelo antes" in por_deshacer(contexto)["motivo"]
    candidata = agregar_candidatura(contexto, punto, ids["Montevideo"])
    fijar_operador(None)
    todos_presentes(contexto, sesion, ids)
    assert por_deshacer(contexto)["posible"]
    cerrar_eleccion(contexto, punto, Recuento(votos={candidata: 3}))

    assert por_deshacer(contexto)["motivo"].startswith(
        "Después se cerró la elección «Elección de la Presidencia»: deshacerlo contradiría")
    assert rechazo(deshacer, contexto).startswith("No se puede deshacer «marcas de asistencia de 3 miembros».")


def test_un_titulo_largo_o_con_controles_se_muestra_corto_y_visible(red):
    """El título lo escribió alguien (o un programa, con sqlite3 o psql): el aviso no lo copia entero ni pasa
    secuencias de la terminal (ESC) a la consola o a la ayuda del menú."""
    contexto, ids, (_, sesion) = red
    punto = agregar_punto(contexto, sesion, "Plan de trabajo 2027", "votacion")
    todos_presentes(contexto, sesion, ids)
    votar(contexto, punto, NuevaVotacion(a_favor=3))
    with transaccion(contexto.db):
        contexto.db.execute("UPDATE puntos_orden SET titulo = ? WHERE id = ?", ["\x1b]0;x\x07" + "Plan " * 100, punto])

    motivo = por_deshacer(contexto)["motivo"]
    assert "\x1b" not in motivo and "\x07" not in motivo
    votacion = motivo[motivo.index("«") + 1:motivo.index("»")]
    assert len(votacion) <= 60 and votacion.endswith("…")
