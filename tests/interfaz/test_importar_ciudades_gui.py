"""Importar una planilla de ciudades como la escribe una secretaría (issue 42): «Ciudad»/«Cidade» es el nombre,
«Provincia», «Estado» o «Departamento» la región, «Habitantes»/«População» la población; y el resumen de la
validación nunca se contradice con sus cifras (antes: «Ningún miembro del padrón cambia» junto a «31 Nuevos»).
"""

from pathlib import Path
import os
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from escritorio.dominio.ficha import FichaMiembro
from escritorio.interfaz import operaciones
from escritorio.interfaz.dialogos.importacion import ID_COLUMNAS, ID_RESULTADO, ID_VALIDACION, AsistenteImportacion
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from ayudas import escribir_csv, leer
from ayudas import oficina_de

CAPTURAS = str((Path(os.environ.get("ESCRITORIO_ARTEFACTOS", "").strip() or Path(__file__).resolve().parents[1] / "artefactos"))
               / "capturas")   # las que se miraron al hacerlas; fuera del repositorio (.gitignore)
BRASIL = [("Campinas", "Brasil", "SP", "1139047"), ("Pelotas", "Brasil", "RS", "325685"),
          ("Joinville", "Brasil", "SC", "616317"), ("Londrina", "Brasil", "PR", "555937"),
          ("Uberlândia", "Brasil", "MG", "713224")]


@pytest.fixture(autouse=True)
def _sin_errores(monkeypatch):
    errores = []
    monkeypatch.setattr(operaciones, "mostrar_error", lambda padre, error, contexto="": errores.append(error))
    os.makedirs(CAPTURAS, exist_ok=True)
    yield
    assert not errores, errores


@pytest.fixture
def ruta(tmp_path):
    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML",
                                                      paises={"AR": "pleno", "BR": "pleno", "UY": "pleno"}))
    guardar_ficha(Contexto(db, asociacion), FichaMiembro(nombre="Rosario", pais="AR", region="Santa Fe",
                                                         fecha_ingreso=date(2000, 1, 1)),
                  poblacion=(1_276_000, 2010, "Censo"))
    db.close()
    return ruta


def _asistente(qtbot, db, archivo) -> AsistenteImportacion:
    wizard = AsistenteImportacion(oficina_de(db, listar_asociaciones(db)[0]), ruta_inicial=str(archivo))
    qtbot.addWidget(wizard)
    wizard.resize(1000, 580)
    wizard.show()
    return wizard


def _siguiente(qtbot, wizard) -> None:
    pagina = wizard.currentPage()
    boton = wizard.button(QWizard.WizardButton.CommitButton if pagina.isCommitPage()
                          else QWizard.WizardButton.NextButton)
    assert boton.isEnabled() and boton.isVisible()
    qtbot.mouseClick(boton, Qt.MouseButton.LeftButton)


def test_una_planilla_en_portugues_con_cidade_estado_y_populacao(qtbot, ruta, tmp_path):
    archivo = escribir_csv(tmp_path / "cidades.csv", BRASIL, ["Cidade", "País", "Estado", "População"])
    db = abrir_base(ruta)
    wizard = _asistente(qtbot, db, archivo)
    _siguiente(qtbot, wizard)
    assert wizard.currentId() == ID_COLUMNAS
    columnas = wizard.currentPage()
    # «Estado» trae SP, RS…: no son estados del padrón (activo, baja), así que es la región.
    assert [combo.currentData() for combo in columnas.combos] == ["nombre", "pais", "region", "poblacion"]
    assert "✘" not in columnas.marcas.text()
    wizard.grab().save(f"{CAPTURAS}/importar_columnas_cidade.png")

    _siguiente(qtbot, wizard)
    assert wizard.currentId() == ID_VALIDACION
    pagina = wizard.pagina_validacion
    assert pagina.titulo_cambios.text() == "5 miembros nuevos; ningún miembro existente cambia."
    wizard.grab().save(f"{CAPTURAS}/importar_resumen_nuevos.png")
    _siguiente(qtbot, wizard)
    assert wizard.currentId() == ID_RESULTADO
    db.close()

    assert leer(ruta, "SELECT nombre, region FROM miembros WHERE pais = 'BR' ORDER BY nombre") == [
        ("Campinas", "SP"), ("Joinville", "SC"), ("Londrina", "PR"), ("Pelotas", "RS"), ("Uberlândia", "MG")]


def test_ciudad_provincia_habitantes_con_un_miembro_que_cambia(qtbot, ruta, tmp_path):
    archivo = escribir_csv(tmp_path / "ciudades.csv", [
        ("Rosario", "Argentina", "Santa Fe", "1348725"),     # ya está: nueva cifra de población
        ("Paraná", "Argentina", "Entre Ríos", "247863"),
        ("Salto", "Uruguay", "Salto", "104028")], ["Ciudad", "País", "Provincia", "Habitantes"])
    db = abrir_base(ruta)
    wizard = _asistente(qtbot, db, archivo)
    _siguiente(qtbot, wizard)
    assert [combo.currentData() for combo in wizard.currentPage().combos] == ["nombre", "pais", "region", "poblacion"]
    _siguiente(qtbot, wizard)
    pagina = wizard.pagina_validacion
    assert pagina.titulo_cambios.text() == "2 miembros nuevos; 1 miembro existente cambia:"
    assert pagina.tabla_cambios.isVisibleTo(wizard) and pagina.tabla_cambios.rowCount() == 1
    wizard.grab().save(f"{CAPTURAS}/importar_resumen_cambia.png")
    db.close()


def test_departamento_y_estado_del_padron_por_la_linea_de_ordenes(cli_proceso, cli, ruta, tmp_path):
    uruguay = escribir_csv(tmp_path / "uy.csv", [("Salto", "Uruguay", "Salto", "104028"),
                                                 ("Paysandú", "Uruguay", "Paysandú", "76412")],
                           ["Municipio", "País", "Departamento", "Habitantes"])
    hecho = cli_proceso("miembros", "importar", str(uruguay), db=ruta)
    assert hecho.returncode == 0, hecho.stderr
    assert leer(ruta, "SELECT nombre, region FROM miembros WHERE pais = 'UY' ORDER BY nombre") == [
        ("Paysandú", "Paysandú"), ("Salto", "Salto")]
    # Con otra columna de región, «Estado» sigue siendo el del padrón exportado (activo, baja…).
    exportado = escribir_csv(tmp_path / "padron.csv", [("Montevideo", "Uruguay", "Montevideo", "1319108", "Activo")],
                             ["Nombre", "País", "Región", "Población", "Estado"])
    hecho = cli("miembros", "importar", str(exportado), db=ruta)
    assert hecho.returncode == 0, hecho.stderr
    assert leer(ruta, "SELECT region FROM miembros WHERE nombre = 'Montevideo'") == [("Montevideo",)]
