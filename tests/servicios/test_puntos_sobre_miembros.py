"""De quién trata un punto (tabla puntos_miembros, migración 0047): queda en la bitácora, se congela con el acta
aprobada (la base lo rechaza, también escrito por fuera de Escritorio) y no entra en la huella del registro."""

import pytest

from ayudas import RECHAZO_DE_LA_BASE
from escritorio.servicios import bitacora
from escritorio.servicios import actas
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import registrar_solicitud
from escritorio.servicios.puntos_sobre_miembros import agregar_punto_sobre_miembros, nombrados
from escritorio.servicios.sesiones import listar_sesiones
from escritorio.servicios.sesiones.puntos import orden_del_dia

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores


def test_los_nombrados_quedan_en_la_bitacora_y_se_congelan_con_el_acta(demo_db):
    contexto = Contexto(demo_db, 1)
    sesiones = listar_sesiones(contexto)
    abierta = next(s for s in sesiones if s["estado_acta"] == "borrador")
    aprobada = next(s for s in sesiones if s["estado_acta"] == "aprobada")
    cusco = registrar_solicitud(contexto, "Cusco", "PE")["id"]
    punto = agregar_punto_sobre_miembros(contexto, abierta["id"], "Admisión de Cusco", "votacion",
                                         tipo_decision="admision", miembros=[cusco])
    assert [m["id"] for m in nombrados(contexto, punto)] == [cusco]
    assert [r.accion for r in bitacora.listar(demo_db, entidad="puntos_miembros")] == ["alta"]

    # En una sesión con el acta aprobada, la base no deja nombrar, cambiar ni quitar a nadie.
    punto_cerrado = orden_del_dia(contexto, aprobada["id"])[0]["id"]
    for sql, valores in (("INSERT INTO puntos_miembros (punto_id, miembro_id) VALUES (?, ?)", [punto_cerrado, cusco]),):
        with pytest.raises(RECHAZO_DE_LA_BASE):
            demo_db.execute(sql, valores)
        demo_db.conn.rollback()
    demo_db.execute("DROP TRIGGER puntos_miembros_congelado_insert")   # como si lo hubiera escrito otro programa
    demo_db.execute("INSERT INTO puntos_miembros (punto_id, miembro_id) VALUES (?, ?)", [punto_cerrado, cusco])
    for sql in ("DELETE FROM puntos_miembros WHERE punto_id = ?", "UPDATE puntos_miembros SET miembro_id = 1 "
                                                                  "WHERE punto_id = ?"):
        with pytest.raises(RECHAZO_DE_LA_BASE):
            demo_db.execute(sql, [punto_cerrado])
        demo_db.conn.rollback()
    # La huella del registro sellado no cambia: las actas aprobadas antes verifican igual.
    assert actas.verificar_acta(contexto, aprobada["id"])
