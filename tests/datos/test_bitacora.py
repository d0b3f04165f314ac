"""Bitácora: cada cambio hecho con los servicios queda registrado, sellado y encadenado; no se puede
modificar, y una manipulación por fuera de Escritorio se detecta al verificar."""

import sqlite3
from datetime import date

import pytest

from escritorio.datos.bitacora import fijar_operador
from escritorio.servicios import bitacora
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import FichaMiembro, guardar_ficha
from escritorio.servicios.miembros import dar_de_baja
from escritorio.servicios.respaldo import verificar


@pytest.fixture
def con_miembro(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    miembro = guardar_ficha(contexto, FichaMiembro(nombre="Paysandú", pais="UY"), poblacion=("76.412", "2011", "INE"))
    return db, asociacion_id, miembro


def test_un_cambio_queda_con_quien_y_que_campo_cambio(con_miembro):
    db, asociacion, miembro = con_miembro
    fijar_operador("Ana Pérez")
    contexto = Contexto(db, asociacion)
    try:
        guardar_ficha(contexto, FichaMiembro(nombre="Paysandú", pais="UY", region="Paysandú"), miembro_id=miembro)
    finally:
        fijar_operador(None)
    [cambio] = [
        r for r in bitacora.listar(db, entidad="miembros") if r.accion == "cambio"]
    assert cambio.entidad_id == miembro
    assert cambio.operador == "Ana Pérez" and cambio.usuario
    assert "region: — → Paysandú" in cambio.detalle


def test_la_bitacora_solo_admite_agregar(con_miembro):
    db, _, _ = con_miembro
    with pytest.raises(sqlite3.IntegrityError, match="solo admite agregar"):
        db.execute("UPDATE bitacora SET datos = '{}'")
    with pytest.raises(sqlite3.IntegrityError, match="solo admite agregar"):
        db.execute("DELETE FROM bitacora_sellos")


def test_verificar_detecta_una_manipulacion_y_los_cambios_por_fuera(con_miembro):
    db, _, miembro = con_miembro
    assert verificar(db).correcta
    db.execute("UPDATE miembros SET nombre = 'Otro nombre' WHERE id = ?", [miembro])  # sin pasar por un servicio
    problemas = verificar(db).problemas
    assert any("sin sellar" in p for p in problemas)


def test_verificar_detecta_un_registro_alterado_saltando_el_trigger(con_miembro):
    db, asociacion, miembro = con_miembro
    dar_de_baja(db, miembro, date.today(), "Renuncia")
    db.execute("DROP TRIGGER bitacora_solo_agregar_update")
    db.execute("UPDATE bitacora SET datos = '{\"motivo\": \"otro\"}' WHERE entidad = 'estados_miembro' AND accion = 'alta' "
               "AND id = (SELECT max(id) FROM bitacora)")
    assert any("fueron alterados" in p for p in verificar(db).problemas)


def test_exportar_la_bitacora_a_excel(con_miembro, tmp_path):
    from openpyxl import load_workbook

    db, _, _ = con_miembro
    cantidad = bitacora.exportar(db, tmp_path / "b.xlsx", entidad="miembros")
    hoja = load_workbook(tmp_path / "b.xlsx")["Bitácora"]
    assert [c.value for c in hoja[1]] == ["Nº", "Momento (hora local)", "Usuario", "Operador", "Qué pasó", "Tabla",
                                          "Registro", "Acción", "Detalle"]
    assert hoja.max_row == cantidad + 1 and hoja.cell(2, 6).value == "Miembros"
    assert hoja.cell(2, 5).value == "Alta de Paysandú (Uruguay) como miembro"
