"""Documentos › Indicadores… (issue 80, §4): definir un indicador, registrar valores con su evidencia, ver la
comparación de miembros por años (con cómo le fue a cada uno y la evidencia al pasar el ratón), rechazar un valor
repetido sin perder lo escrito y corregirlo con «Reemplazar»; lo hecho sigue ahí al cerrar y volver a abrir la base."""

from PySide6.QtCore import Qt

from ayudas import oficina_de
from escritorio.interfaz.dialogos.indicadores import DialogoIndicadores
from escritorio.servicios.asociaciones import listar_asociaciones
from escritorio.servicios.base import abrir_base, hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.indicadores import comparar
from escritorio.servicios.miembros import listar_miembros


def _abrir(qtbot, db):
    dialogo = DialogoIndicadores(oficina_de(db, listar_asociaciones(db)[0]))
    qtbot.addWidget(dialogo)
    dialogo.show()
    return dialogo


def _filas(tabla):
    return [[tabla.item(f, c).text() for c in range(tabla.columnCount())] for f in range(tabla.rowCount())]


def _registrar(qtbot, d, miembro_id, anio, valor, evidencia, reemplazar=False):
    d.miembro.setCurrentIndex(d.miembro.findData(miembro_id, Qt.ItemDataRole.UserRole))
    d.anio.setValue(anio)
    d.valor.setText(valor)
    d.evidencia.setText(evidencia)
    d.reemplazar.setChecked(reemplazar)
    qtbot.mouseClick(d.boton_registrar, Qt.MouseButton.LeftButton)
    return d.mensaje.text()


def test_definir_registrar_comparar_y_corregir_en_la_ventana(qtbot, copia_de_la_demo):
    db = abrir_base(copia_de_la_demo)
    contexto = Contexto(db, listar_asociaciones(db)[0]["id"])
    ids = {m["nombre"]: m["id"] for m in listar_miembros(contexto)}
    d = _abrir(qtbot, db)
    assert not d.boton_registrar.isEnabled()   # sin indicadores, nada que registrar
    d.nombre.setText("Emisiones por habitante")
    d.unidad.setText("tCO2e/hab")
    d.sentido.setCurrentIndex(d.sentido.findData("menor"))
    d.fuente.setText("Inventario GEI municipal")
    d.decimales.setValue(2)
    qtbot.mouseClick(d.boton_definir, Qt.MouseButton.LeftButton)
    assert d.mensaje.text() == "Indicador «Emisiones por habitante» definido: registre sus valores arriba."
    assert d.indicador.currentText() == "Emisiones por habitante (tCO2e/hab)"

    anio = hoy().year - 1
    assert _registrar(qtbot, d, ids["Rosario"], anio - 1, "4,8", "Inventario anterior").startswith("Rosario, ")
    _registrar(qtbot, d, ids["Rosario"], anio, "4,31", "Inventario, p. 12")
    _registrar(qtbot, d, ids["Montevideo"], anio - 1, "5,1", "Informe")
    _registrar(qtbot, d, ids["Montevideo"], anio, "5,3", "Informe")
    # El mejor del último año primero (menos es mejor), con cómo le fue y la evidencia al pasar el ratón.
    assert _filas(d.tabla) == [["Rosario", "Argentina", "4,80", "4,31", "mejoró"],
                               ["Montevideo", "Uruguay", "5,10", "5,30", "empeoró"]]
    assert d.tabla.item(0, 3).toolTip() == "Inventario, p. 12"
    assert "Mejoraron 1; empeoraron 1." in d.descripcion.text()

    # Un segundo valor del mismo año se rechaza con el que ya tiene, y lo escrito queda para corregirlo.
    mensaje = _registrar(qtbot, d, ids["Montevideo"], anio, "5,2", "Informe corregido")
    assert "Montevideo ya tiene 5,30 tCO2e/hab en" in mensaje and d.valor.text() == "5,2"
    assert _registrar(qtbot, d, ids["Montevideo"], anio, "5,2", "Informe corregido", reemplazar=True).endswith(
        "Reemplaza 5,30 tCO2e/hab; la bitácora guarda el anterior.")
    d.resize(1024, 600)
    d.grab().save("/tmp/indicadores_1024.png")
    d.close()
    db.close()

    db = abrir_base(copia_de_la_demo)
    de_nuevo = _abrir(qtbot, db)
    assert _filas(de_nuevo.tabla)[1] == ["Montevideo", "Uruguay", "5,10", "5,20", "empeoró"]
    c = comparar(Contexto(db, listar_asociaciones(db)[0]["id"]), de_nuevo.indicador.currentData())
    assert c.filas[1].evidencias[anio] == "Informe corregido"
    db.close()


def test_un_valor_mal_escrito_no_se_guarda_y_lo_dice(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    d = _abrir(qtbot, db)
    d.nombre.setText("Árboles plantados")
    d.unidad.setText("árboles")
    qtbot.mouseClick(d.boton_definir, Qt.MouseButton.LeftButton)
    rosario = next(m["id"] for m in listar_miembros(contexto) if m["nombre"] == "Rosario")
    mensaje = _registrar(qtbot, d, rosario, hoy().year - 1, "mil", "Plan de arbolado")
    assert "«mil» no es un número" in mensaje
    assert comparar(contexto, d.indicador.currentData()).filas == []


def test_corregir_lo_escrito_del_indicador_y_quitar_un_valor_cargado_por_error(qtbot, demo_abierta, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    d = _abrir(qtbot, db)
    d.nombre.setText("Emisiones")
    d.unidad.setText("tCO2e/hab")
    d.decimales.setValue(2)
    qtbot.mouseClick(d.boton_definir, Qt.MouseButton.LeftButton)
    rosario = next(m["id"] for m in listar_miembros(contexto) if m["nombre"] == "Rosario")
    _registrar(qtbot, d, rosario, hoy().year - 1, "4,31", "Inventario")

    qtbot.mouseClick(d.boton_corregir, Qt.MouseButton.LeftButton)
    assert (d.nombre.text(), d.unidad.text(), d.boton_definir.text()) == ("Emisiones", "tCO2e/hab",
                                                                           "Guardar la corrección")
    d.unidad.setText("tCO2e por habitante")
    d.decimales.setValue(1)   # 4,31 ya usa dos: se rechaza y el formulario sigue corrigiendo
    qtbot.mouseClick(d.boton_definir, Qt.MouseButton.LeftButton)
    assert "Decimales: sus valores ya usan más de 1." in d.mensaje.text() and d.corrigiendo is not None
    d.decimales.setValue(2)
    qtbot.mouseClick(d.boton_definir, Qt.MouseButton.LeftButton)
    assert d.mensaje.text() == "Indicador «Emisiones» corregido."
    assert d.indicador.currentText() == "Emisiones (tCO2e por habitante)"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    d.miembro.setCurrentIndex(d.miembro.findData(rosario, Qt.ItemDataRole.UserRole))
    d.anio.setValue(hoy().year - 1)
    qtbot.mouseClick(d.boton_quitar, Qt.MouseButton.LeftButton)
    assert d.mensaje.text() == f"Quitado el valor de Rosario en {hoy().year - 1}."
    assert comparar(contexto, d.indicador.currentData()).filas == []
