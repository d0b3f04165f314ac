"""Los bloques de mociones votados juntos (issue 82, como los «motion blocks» de OpenSlides), por sus servicios, en los
dos motores: lo que la secretaría nota al usarlos.

- Se crea un bloque con nombre en la sesión (único, sin distinguir mayúsculas); se le agregan mociones admitidas de
  esa sesión (una moción, en un solo bloque) y se le quitan mientras no se votó.
- El bloque se vota una vez, con la regla del punto: cada moción queda aprobada o rechazada con las mismas cifras.
- Una moción con enmiendas por votar no se vota en bloque; una moción en un bloque no se vota sola; un bloque vacío
  no se vota.
- El acta, el sitio (los documentos) y el proyector nombran el bloque y sus mociones; la bitácora lo anota.
- Con el acta aprobada nada cambia, ni por los servicios ni con SQL.
"""

from datetime import date, timedelta

import pytest

from ayudas import RECHAZO_DE_LA_BASE, hoy_fijo
from escritorio.errores import ErrorEscritorio
from escritorio.servicios import bloques_de_mocion as bloques
from escritorio.servicios import mociones
from escritorio.servicios.votaciones import NuevaVotacion
from escritorio.servicios.votaciones_sala import votar_bloque, votar_mocion
from mociones_de_prueba import TEXTO, armar_sala

pytestmark = pytest.mark.ambos_motores

HOY = date(2026, 12, 5)


@pytest.fixture
def sala(db, asociacion_id, monkeypatch):
    hoy_fijo(monkeypatch, HOY)
    return armar_sala(db, asociacion_id)


def _admitida(sala, titulo: str = "Presupuesto participativo") -> int:
    m = mociones.presentar(sala.contexto, sala.punto, titulo, TEXTO, autores=[sala.ids["Santa Fe"]],
                           recibida_el=date(2026, 11, 20)).id
    mociones.admitir(sala.contexto, m)
    return m


def _registros(sala, entidad: str) -> int:
    return next(sala.contexto.db.query("SELECT count(*) AS n FROM bitacora WHERE entidad = ?", [entidad]))["n"]


def test_se_arma_un_bloque_y_se_vota_una_vez_para_todas(sala):
    contexto = sala.contexto
    otra = _admitida(sala)
    bloque = bloques.crear(contexto, sala.sesion, "  Mociones de hacienda ")
    assert (bloque.nombre, bloque.mociones) == ("Mociones de hacienda", ())
    with pytest.raises(ErrorEscritorio, match="ya tiene un bloque «mociones de hacienda»"):
        bloques.crear(contexto, sala.sesion, "mociones de hacienda")
    with pytest.raises(ErrorEscritorio, match="El bloque «Mociones de hacienda» no tiene mociones: agregue alguna"):
        votar_bloque(contexto, bloque.id, NuevaVotacion(a_favor=4, en_contra=1))
    bloques.agregar(contexto, bloque.id, sala.mocion)
    armado = bloques.agregar(contexto, bloque.id, otra)
    assert armado.mociones == ("Moción 1", "Moción 2")
    assert bloques.elegir(contexto, sala.sesion, "MOCIONES DE HACIENDA").id == bloque.id
    assert mociones.obtener(contexto, otra).bloque == "Mociones de hacienda"
    # Sola no se vota: se la quita del bloque primero.
    with pytest.raises(ErrorEscritorio, match=r"Moción 2 está en el bloque «Mociones de hacienda»: se vota con él\. "
                                              r"Para votarla sola, quítela con «escritorio bloques quitar» primero"):
        votar_mocion(contexto, otra, NuevaVotacion(a_favor=4, en_contra=1))
    votada = votar_bloque(contexto, bloque.id, NuevaVotacion(a_favor=2, en_contra=3))
    assert (votada.aprobada, votada.mociones, len(votada.votaciones)) == (False, ("Moción 1", "Moción 2"), 2)
    assert {(v.a_favor, v.en_contra, v.aprobada) for v in votada.votaciones} == {(2, 3, False)}
    assert [mociones.obtener(contexto, m).estado for m in (sala.mocion, otra)] == ["rechazada", "rechazada"]
    assert bloques.listar(contexto, sala.sesion)[0].votado
    with pytest.raises(ErrorEscritorio, match="Moción 1 está rechazada"):
        votar_bloque(contexto, bloque.id, NuevaVotacion(a_favor=4, en_contra=1))
    with pytest.raises(ErrorEscritorio, match="ya se votó con el bloque «Mociones de hacienda»"):
        bloques.quitar(contexto, otra)
    assert _registros(sala, "bloques_de_mocion") == 1


def test_una_mocion_en_un_solo_bloque_admitida_y_de_la_sesion(sala):
    contexto = sala.contexto
    uno = bloques.crear(contexto, sala.sesion, "Uno")
    dos = bloques.crear(contexto, sala.sesion, "Dos")
    bloques.agregar(contexto, uno.id, sala.mocion)
    with pytest.raises(ErrorEscritorio, match="Moción 1 ya está en el bloque «Uno»: una moción está en un solo bloque"):
        bloques.agregar(contexto, dos.id, sala.mocion)
    assert bloques.quitar(contexto, sala.mocion).mociones == ()
    assert bloques.agregar(contexto, dos.id, sala.mocion).mociones == ("Moción 1",)
    presentada = mociones.presentar(contexto, sala.punto, "Otra", TEXTO, autores=[sala.ids["Santa Fe"]],
                                    recibida_el=date(2026, 11, 20)).id
    with pytest.raises(ErrorEscritorio, match="Moción 2 está presentada: en un bloque se ponen mociones admitidas"):
        bloques.agregar(contexto, uno.id, presentada)
    with pytest.raises(ErrorEscritorio, match="El bloque «Dos» tiene mociones \\(Moción 1\\): quítelas antes"):
        bloques.borrar(contexto, dos.id)
    bloques.borrar(contexto, uno.id)
    assert [b.nombre for b in bloques.listar(contexto, sala.sesion)] == ["Dos"]
    with pytest.raises(ErrorEscritorio, match=r"no tiene el bloque de mociones «Tres» \(tiene: «Dos»\)"):
        bloques.elegir(contexto, sala.sesion, "Tres")


def test_con_enmiendas_por_votar_no_se_vota_en_bloque(sala):
    from escritorio.servicios import enmiendas
    from escritorio.dominio.enmiendas import Cambio

    contexto = sala.contexto
    otra = _admitida(sala)
    bloque = bloques.crear(contexto, sala.sesion, "Clima")
    bloques.agregar(contexto, bloque.id, sala.mocion)
    bloques.agregar(contexto, bloque.id, otra)
    enmiendas.presentar(contexto, otra, [Cambio("suprimir", 2)], autores=[sala.ids["Córdoba"]],
                        recibida_el=date(2026, 11, 21))
    with pytest.raises(ErrorEscritorio, match="Moción 2 tiene la enmienda 1 por decidir o por votar: vote sus "
                                              "enmiendas antes de votar el bloque «Clima», o quite la moción"):
        votar_bloque(contexto, bloque.id, NuevaVotacion(a_favor=4, en_contra=1))
    bloques.quitar(contexto, otra)
    assert votar_bloque(contexto, bloque.id, NuevaVotacion(a_favor=4, en_contra=1)).aprobada
    assert mociones.obtener(contexto, sala.mocion).estado == "aprobada"
    assert mociones.obtener(contexto, otra).estado == "admitida"


def test_el_acta_los_documentos_y_el_proyector_nombran_el_bloque(sala):
    from dataclasses import dataclass

    from escritorio.servicios.pantalla_de_la_sala import lo_que_ve_la_sala
    from escritorio.servicios.sala_en_documentos import mociones_en_el_acta, sala_de_la_sesion

    @dataclass
    class Foco:
        sesion_id: int
        punto_id: int | None = None
        mocion_id: int | None = None
        enmienda_id: int | None = None
        votacion: str | None = None

    contexto = sala.contexto
    otra = _admitida(sala)
    sola = _admitida(sala, "Fuera del bloque")
    bloque = bloques.crear(contexto, sala.sesion, "Hacienda")
    bloques.agregar(contexto, bloque.id, sala.mocion)
    bloques.agregar(contexto, bloque.id, otra)
    pantalla = lo_que_ve_la_sala(contexto, Foco(sala.sesion, sala.punto, otra))
    assert "Se vota en el bloque «Hacienda»: Moción 1, Moción 2." in pantalla.texto.nota
    votar_bloque(contexto, bloque.id, NuevaVotacion(a_favor=4, en_contra=1))
    votar_mocion(contexto, sola, NuevaVotacion(a_favor=4, en_contra=1))
    en_documentos = sala_de_la_sesion(contexto, sala.sesion)
    assert [v.objeto for m in en_documentos.mociones for v in m.votaciones] == [
        "Bloque «Hacienda» (Moción 1, Moción 2)", "Bloque «Hacienda» (Moción 1, Moción 2)", "Moción 3"]
    assert en_documentos.mociones[1].del_bloque == ("Moción 1", "Moción 2")
    en_el_acta = mociones_en_el_acta(en_documentos, sala.punto)
    assert [m.get("bloque") for m in en_el_acta] == ["Hacienda", "Hacienda", None]
    assert "bloque" not in en_el_acta[2]   # sin bloque, el acta no gana claves
    resultado = lo_que_ve_la_sala(contexto, Foco(sala.sesion, sala.punto, otra)).resultado
    assert (resultado.de_que, resultado.aprobada) == ("Votación del bloque «Hacienda»", True)


def test_con_el_acta_aprobada_nada_cambia_ni_con_sql(sala, db):
    from ayudas import resolucion_que_aprueba_el_acta
    from escritorio.servicios.actas import aprobar_acta, guardar_borrador
    from escritorio.servicios.sesiones.asistencia import marcar_celebrada

    contexto = sala.contexto
    bloque = bloques.crear(contexto, sala.sesion, "Hacienda")
    bloques.agregar(contexto, bloque.id, sala.mocion)
    resolucion = resolucion_que_aprueba_el_acta(contexto, sala.sesion)
    guardar_borrador(contexto, sala.sesion, apertura="Se abre la sesión.", cierre="Se cierra la sesión.",
                     preside="Rosario", secretaria="Paraná")
    marcar_celebrada(contexto, sala.sesion, "13:00")
    aprobar_acta(contexto, sala.sesion, resolucion["id"], date(2026, 11, 28))
    for intento in (lambda: bloques.crear(contexto, sala.sesion, "Otro"),
                    lambda: bloques.quitar(contexto, sala.mocion),
                    lambda: votar_bloque(contexto, bloque.id, NuevaVotacion(a_favor=4, en_contra=1))):
        with pytest.raises(ErrorEscritorio, match="El acta de esta sesión ya está aprobada"):
            intento()
    for sentencia, parametros in (("UPDATE bloques_de_mocion SET nombre = 'Otro' WHERE id = ?", [bloque.id]),
                                  ("DELETE FROM bloques_de_mocion WHERE id = ?", [bloque.id]),
                                  ("INSERT INTO bloques_de_mocion (sesion_id, nombre) VALUES (?, 'Nuevo')",
                                   [sala.sesion]),
                                  ("UPDATE mociones SET bloque_id = NULL WHERE id = ?", [sala.mocion])):
        with pytest.raises(RECHAZO_DE_LA_BASE, match="El acta de esta sesión está aprobada"):
            db.execute(sentencia, parametros)
        db.conn.rollback()
    assert mociones.obtener(contexto, sala.mocion).bloque == "Hacienda"


def test_la_base_rechaza_el_bloque_de_otra_sesion(sala, db):
    from escritorio.datos.conexion import transaccion
    from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar

    organo = next(db.query("SELECT organo_id FROM sesiones WHERE id = ?", [sala.sesion]))["organo_id"]
    otra = convocar(sala.contexto, organo, NuevaSesion(fecha=date(2027, 3, 1), hora="10:00", lugar="Rosario",
                                                       convocada_el=date(2027, 1, 20) - timedelta(days=0)))
    with transaccion(db):
        ajeno = db.insertar("INSERT INTO bloques_de_mocion (sesion_id, nombre) VALUES (?, 'Ajeno')", [otra])
    with pytest.raises(ErrorEscritorio, match="es de otra sesión"):
        bloques.agregar(sala.contexto, ajeno, sala.mocion)
    for sentencia, parametros in (("UPDATE mociones SET bloque_id = ? WHERE id = ?", [ajeno, sala.mocion]),
                                  ("UPDATE mociones SET bloque_id = 9999 WHERE id = ?", [sala.mocion]),
                                  ("INSERT INTO bloques_de_mocion (sesion_id, nombre) VALUES (?, ' ')", [otra])):
        with pytest.raises(RECHAZO_DE_LA_BASE):
            db.execute(sentencia, parametros)
        db.conn.rollback()
