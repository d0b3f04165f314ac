"""Agrupaciones en la ventana (issue 80, §2): Archivo › Datos de la asociación › Agrupaciones define un grupo con sus
países y un miembro suelto (el mismo servicio que «asociacion agrupacion»), rechaza un país que ya está en otro grupo
sin tocar nada, quita lo elegido, cuenta por grupo con un órgano, y lo hecho sigue ahí al cerrar y volver a abrir la
base. Los cupos por grupo se fijan en Reglas de composición… y un cupo propio mal escrito se rechaza allí."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ayudas import oficina_de
from escritorio.interfaz.dialogos.asociacion import DialogoAsociacion
from escritorio.interfaz.dialogos.reglas_composicion import DialogoReglasComposicion
from escritorio.servicios.agrupaciones import agrupaciones
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.organos import listar_organos
from escritorio.servicios.reglas_de_composicion import reglas_de_composicion


def _pestana(qtbot, db, asociacion):
    dialogo = DialogoAsociacion(oficina_de(db, asociacion))
    qtbot.addWidget(dialogo)
    dialogo.show()
    dialogo.pestanas.setCurrentIndex(dialogo.pestanas.indexOf(dialogo.agrupaciones.parentWidget().parentWidget()))
    return dialogo, dialogo.agrupaciones


def _marcar_paises(pestana, *codigos):
    for i in range(pestana.paises.count()):
        item = pestana.paises.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codigos
                           else Qt.CheckState.Unchecked)


def _filas(tabla):
    return [[tabla.item(f, c).text() for c in range(tabla.columnCount())] for f in range(tabla.rowCount())]


def _definir(qtbot, pestana, agrupacion, grupo, *paises, miembro=None):
    pestana.agrupacion.setCurrentText(agrupacion)
    pestana.grupo.setText(grupo)
    _marcar_paises(pestana, *paises)
    if miembro is not None:
        pestana.miembro.setCurrentIndex(pestana.miembro.findData(miembro, Qt.ItemDataRole.UserRole))
    qtbot.mouseClick(pestana.boton_agregar, Qt.MouseButton.LeftButton)
    return pestana.estado.text()


def test_definir_rechazar_quitar_y_contar_por_grupo_y_sigue_al_reabrir(qtbot, copia_de_la_demo, monkeypatch):
    db = abrir_base(copia_de_la_demo)
    asociacion = listar_asociaciones(db)[0]
    contexto = Contexto(db, asociacion["id"])
    rosario = next(m for m in listar_miembros(contexto) if m["nombre"] == "Rosario")
    dialogo, pestana = _pestana(qtbot, db, asociacion)

    assert _definir(qtbot, pestana, "Subregión", "Cono Sur", "AR", "UY") == (
        "Grupo «Cono Sur» de «Subregión» definido: Argentina, Uruguay.")
    # Rosario, argentina, va suelta en la Andina (el estatuto la ubica allí): su lugar propio manda sobre su país.
    assert _definir(qtbot, pestana, "Subregión", "Andina", "BO", "PE", miembro=rosario["id"]) == (
        "Grupo «Andina» de «Subregión» definido: Bolivia, Perú, Rosario.")
    assert ["Subregión", "Andina", "Rosario (miembro suelto)", "—"] in _filas(pestana.tabla)
    # Argentina ya está en el Cono Sur: se rechaza con el motivo y no se escribe nada (ni Chile, marcado con ella).
    estado = _definir(qtbot, pestana, "Subregión", "Andina", "AR", "CL")
    assert "Argentina ya está en el grupo «Cono Sur» de «Subregión»" in estado
    andina = next(g for g in agrupaciones(contexto)["Subregión"] if g.nombre == "Andina")
    assert sorted(andina.paises) == ["BO", "PE"]

    # Contar por grupo con el Consejo: cada fila es un grupo (y «Sin grupo» para Brasil, Paraguay…).
    consejo = next(o for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    pestana.contar_agrupacion.setCurrentIndex(pestana.contar_agrupacion.findData("Subregión"))
    pestana.contar_organo.setCurrentIndex(pestana.contar_organo.findData(consejo["id"]))
    qtbot.mouseClick(pestana.boton_contar, Qt.MouseButton.LeftButton)
    grupos = [fila[0] for fila in _filas(pestana.cuenta)]
    assert grupos[:2] == ["Andina", "Cono Sur"] and "Sin grupo" in grupos
    assert all(fila[4] != "—" for fila in _filas(pestana.cuenta))   # con órgano: cuántos lo integran

    # Quitar a Perú del grupo (lo elegido en la tabla), con la pregunta de siempre.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    fila = next(i for i, f in enumerate(_filas(pestana.tabla)) if f[2] == "Perú")
    pestana.tabla.selectRow(fila)
    qtbot.mouseClick(pestana.boton_quitar, Qt.MouseButton.LeftButton)
    assert pestana.estado.text() == "Quitado: Perú."
    dialogo.resize(1024, 600)
    dialogo.grab().save("/tmp/agrupaciones_1024.png")
    dialogo.close()
    db.close()

    # Cerrada y vuelta a abrir la base: lo definido está, lo rechazado y lo quitado no.
    db = abrir_base(copia_de_la_demo)
    _, de_nuevo = _pestana(qtbot, db, listar_asociaciones(db)[0])
    filas = [f[:3] for f in _filas(de_nuevo.tabla)]
    assert filas == [["Subregión", "Andina", "Bolivia"], ["Subregión", "Andina", "Rosario (miembro suelto)"],
                     ["Subregión", "Cono Sur", "Argentina"], ["Subregión", "Cono Sur", "Uruguay"]]
    db.close()


@pytest.mark.parametrize("propios, agregada", [("Cono Sur=..", False), ("Cono Sur=..3; Andina=1..", True)])
def test_un_cupo_propio_mal_escrito_se_rechaza_en_las_reglas(qtbot, demo_abierta, propios, agregada):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    oficina = oficina_de(db, asociacion)
    dialogo_asociacion, pestana = _pestana(qtbot, db, asociacion)
    _definir(qtbot, pestana, "Subregión", "Cono Sur", "AR", "UY")
    _definir(qtbot, pestana, "Subregión", "Andina", "BO", "PE")
    dialogo_asociacion.close()
    consejo = next(o for o in listar_organos(contexto) if o["nombre"] == "Consejo")
    antes = len(reglas_de_composicion(contexto, consejo["id"]))
    dialogo = DialogoReglasComposicion(oficina, consejo)
    qtbot.addWidget(dialogo)
    dialogo.tipo.setCurrentIndex(dialogo.tipo.findData("por_agrupacion"))
    dialogo.agrupacion.setCurrentIndex(dialogo.agrupacion.findData("Subregión"))
    dialogo.modo_grupo.setCurrentIndex(dialogo.modo_grupo.findData(""))
    dialogo.grupos_propios.setText(propios)
    qtbot.mouseClick(dialogo.boton_agregar, Qt.MouseButton.LeftButton)
    reglas = reglas_de_composicion(contexto, consejo["id"])
    if agregada:
        assert reglas[-1]["descripcion"] == "Subregión: Cono Sur: a lo sumo 3; Andina: al menos 1"
        assert len(reglas) == antes + 1
    else:
        assert "«Cono Sur=..» no es el cupo de un grupo" in dialogo.mensaje.text()
        assert len(reglas) == antes
