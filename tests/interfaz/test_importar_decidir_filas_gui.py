"""Issue 61 §5: en el asistente de importación, cada fila con problemas se corrige (el valor de su celda), se omite o
se deja; «Revisar lo decidido» vuelve a validar con las reglas de siempre (el servicio, no la ventana) y, sin
problemas, se habilita «Importar», que guarda todo junto con lo decidido. El archivo no cambia, byte por byte.

Se maneja como una secretaria: el mouse para elegir la fila, F2 y el teclado para escribir, Alt+O para omitir, los
botones con el mouse; el trabajo en otro hilo con su reloj real. Al final se cierra la base y se vuelve a abrir.
"""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from escritorio.dominio import puerta
from escritorio.interfaz import operaciones
from escritorio.interfaz.dialogos.importacion import ID_RESULTADO, ID_VALIDACION, AsistenteImportacion
from escritorio.interfaz.dialogos.importacion_problemas import COLUMNA_DECISION, COLUMNA_PROBLEMA, COLUMNA_VALOR
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_miembros
from ayudas import escribir_csv, oficina_de

CAPTURAS = str((Path(os.environ.get("ESCRITORIO_ARTEFACTOS", "").strip() or Path(__file__).resolve().parents[1] / "artefactos"))
               / "capturas")
ENCABEZADOS = ["Ciudad", "País", "Habitantes", "Correo de contacto"]
FILAS = [["Rosario", "AR", "1.276.000", "prensa@rosario.gob.ar"],   # fila 2
         ["Paraná", "AR", "mucha", ""],                              # fila 3: la población no es un número
         ["Salto", "UY", "104.028", ""],                             # fila 4
         ["Marte", "ZZ", "10", ""],                                  # fila 5: no es un país
         ["Córdoba", "AR", "1.329.604", "info(at)cordoba.gob.ar"]]   # fila 6: el correo no es un correo


@pytest.fixture(autouse=True)
def _ventana(monkeypatch):
    errores = []
    monkeypatch.setattr(operaciones, "mostrar_error", lambda padre, error, contexto="": errores.append(error))
    monkeypatch.setattr(puerta, "_del_proceso", puerta.VENTANA)
    os.makedirs(CAPTURAS, exist_ok=True)
    yield
    assert not errores, errores


@pytest.fixture
def base(tmp_path):
    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML",
                                         paises={"AR": "pleno", "UY": "pleno"}))
    db.close()
    return ruta


@pytest.fixture
def planilla(tmp_path):
    ruta = escribir_csv(tmp_path / "ciudades.csv", FILAS, ENCABEZADOS)
    return ruta, ruta.read_bytes()


def _abrir(qtbot, db, archivo, ancho=1000, alto=600) -> AsistenteImportacion:
    wizard = AsistenteImportacion(oficina_de(db, listar_asociaciones(db)[0]), ruta_inicial=str(archivo))
    qtbot.addWidget(wizard)
    wizard.resize(ancho, alto)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def _click(qtbot, boton) -> None:
    assert boton.isVisible() and boton.isEnabled(), boton.text()
    qtbot.mouseClick(boton, Qt.MouseButton.LeftButton)


def _a_los_problemas(qtbot, wizard) -> None:
    for _ in range(2):
        _click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    qtbot.waitUntil(lambda: wizard.currentId() == ID_VALIDACION, timeout=10_000)


def _fila_de(tabla, numero: int) -> int:
    return next(f for f in range(tabla.rowCount()) if tabla.item(f, 0).text() == str(numero))


def _elegir(qtbot, tabla, numero: int) -> None:
    fila = _fila_de(tabla, numero)
    tabla.scrollToItem(tabla.item(fila, 0))
    qtbot.mouseClick(tabla.viewport(), Qt.MouseButton.LeftButton, pos=tabla.visualItemRect(tabla.item(fila, 0)).center())
    assert tabla.currentRow() == fila


def _corregir_con_el_teclado(qtbot, tabla, numero: int, texto: str) -> None:
    _elegir(qtbot, tabla, numero)
    assert tabla.currentColumn() == COLUMNA_VALOR   # la fila elegida va a su valor: F2 lo edita
    qtbot.keyClick(tabla, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not tabla and editor is not None
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)   # lo que había, borrado (como con el mouse y la tecla)
    qtbot.keyClicks(editor, texto)
    _confirmar(qtbot, tabla, editor)


def _confirmar(qtbot, tabla, editor) -> None:
    """Enter confirma lo escrito (la tabla lo guarda en el ciclo de eventos siguiente, como con una persona)."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tabla.state() != tabla.State.EditingState)


def test_corregir_omitir_revisar_e_importar_sin_tocar_el_archivo(qtbot, base, planilla):
    ruta, bytes_antes = planilla
    db = abrir_base(base)
    wizard = _abrir(qtbot, db, ruta)
    _a_los_problemas(qtbot, wizard)
    pagina = wizard.pagina_validacion
    tabla = pagina.tabla_problemas
    assert sorted({tabla.item(f, 0).text() for f in range(tabla.rowCount())}) == ["3", "5", "6"]
    assert "corrija el valor (doble clic o F2) u omita la fila" in pagina.aviso.text()
    importar = wizard.button(QWizard.WizardButton.CommitButton)
    assert not importar.isEnabled()
    assert not pagina.panel.boton_revisar.isEnabled()   # nada decidido todavía
    wizard.grab().save(f"{CAPTURAS}/importar_problemas_sin_decidir.png")

    _corregir_con_el_teclado(qtbot, tabla, 3, "247.863")
    assert tabla.item(_fila_de(tabla, 3), COLUMNA_DECISION).text() == "Corregida (por revisar)"
    _elegir(qtbot, tabla, 5)
    qtbot.keyClick(tabla, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)   # «&Omitir la fila» (el botón se ve pulsar)
    qtbot.waitUntil(lambda: tabla.item(_fila_de(tabla, 5), COLUMNA_DECISION).text() == "Se omite")
    assert not tabla.item(_fila_de(tabla, 5), COLUMNA_VALOR).flags() & Qt.ItemFlag.ItemIsEditable
    # El correo, con doble clic y el botón «Corregir el valor» (el mouse también sirve).
    _elegir(qtbot, tabla, 6)
    _click(qtbot, pagina.panel.boton_corregir)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "info@cordoba.gob.ar")
    _confirmar(qtbot, tabla, editor)
    assert pagina.panel.resumen.text() == "Filas con problemas: 3; corregidas: 2; omitidas: 1; sin decidir: 0."
    assert not importar.isEnabled()   # lo corregido lo valida el servicio, no la ventana
    wizard.grab().save(f"{CAPTURAS}/importar_problemas_decididos.png")

    qtbot.keyClick(tabla, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)   # «&Revisar lo decidido», con el teclado
    qtbot.waitUntil(lambda: wizard.analisis is not None, timeout=10_000)
    qtbot.waitUntil(importar.isEnabled)
    assert pagina.decidido.text() == ("Lo decidido: 4 filas se importan (2 corregidas: filas 3, 6); 1 se omite: "
                                      "fila 5. El archivo no cambió.")
    assert pagina.boton_cambiar.isVisible()
    wizard.grab().save(f"{CAPTURAS}/importar_plan_con_lo_decidido.png")
    _click(qtbot, importar)
    qtbot.waitUntil(lambda: wizard.currentId() == ID_RESULTADO, timeout=10_000)
    resumen = wizard.pagina_resultado.resumen.text()
    assert "4 nuevos" in resumen and "4 filas se importan (2 corregidas: filas 3, 6); 1 se omite: fila 5" in resumen
    wizard.close()
    db.close()

    assert ruta.read_bytes() == bytes_antes
    db = abrir_base(base)
    try:
        miembros = {m["nombre"]: m for m in listar_miembros(Contexto(db, listar_asociaciones(db)[0]["id"]))}
    finally:
        db.close()
    assert sorted(miembros) == ["Córdoba", "Paraná", "Rosario", "Salto"]
    assert miembros["Paraná"]["poblacion"] == 247_863
    assert miembros["Córdoba"]["correo"] == "info@cordoba.gob.ar"


def test_una_correccion_que_sigue_mal_vuelve_con_su_motivo_y_se_puede_omitir(qtbot, base, planilla):
    ruta, bytes_antes = planilla
    db = abrir_base(base)
    wizard = _abrir(qtbot, db, ruta)
    _a_los_problemas(qtbot, wizard)
    pagina = wizard.pagina_validacion
    tabla = pagina.tabla_problemas
    importar = wizard.button(QWizard.WizardButton.CommitButton)
    _corregir_con_el_teclado(qtbot, tabla, 3, "mucha gente")
    for numero in (5, 6):
        _elegir(qtbot, tabla, numero)
        _click(qtbot, pagina.panel.boton_omitir)
    _click(qtbot, pagina.panel.boton_revisar)
    qtbot.waitUntil(lambda: tabla.item(_fila_de(tabla, 3), COLUMNA_DECISION).text() == "Sigue con problema",
                    timeout=10_000)
    fila = _fila_de(tabla, 3)
    assert tabla.item(fila, COLUMNA_VALOR).text() == "mucha gente"
    assert tabla.item(fila, COLUMNA_PROBLEMA).text().startswith("La población")
    assert wizard.analisis is None and not importar.isEnabled()
    # Las filas omitidas siguen en la lista, con lo decidido, para poder cambiar de idea.
    assert tabla.item(_fila_de(tabla, 5), COLUMNA_DECISION).text() == "Se omite"

    # Se arrepiente de omitir la 6 (vuelve a importarla) y omite la 3.
    _elegir(qtbot, tabla, 6)
    assert pagina.panel.boton_omitir.text() == "Importar &la fila"
    _click(qtbot, pagina.panel.boton_omitir)
    _corregir_con_el_teclado(qtbot, tabla, 6, "")
    _elegir(qtbot, tabla, 3)
    _click(qtbot, pagina.panel.boton_omitir)
    _click(qtbot, pagina.panel.boton_revisar)
    qtbot.waitUntil(importar.isEnabled, timeout=10_000)
    assert pagina.decidido.text().startswith("Lo decidido: 3 filas se importan (1 corregida: fila 6); 2 se omiten: "
                                             "filas 3, 5.")
    # «Cambiar lo decidido…» vuelve a la lista, con cada fila y lo decidido; «Importar» espera otra revisión.
    _click(qtbot, pagina.boton_cambiar)
    assert not importar.isEnabled() and wizard.analisis is None
    assert {tabla.item(f, 0).text(): tabla.item(f, COLUMNA_DECISION).text() for f in range(tabla.rowCount())} == {
        "3": "Se omite", "5": "Se omite", "6": "Corregida ✓"}
    _click(qtbot, pagina.panel.boton_revisar)
    qtbot.waitUntil(importar.isEnabled, timeout=10_000)
    _click(qtbot, importar)
    qtbot.waitUntil(lambda: wizard.currentId() == ID_RESULTADO, timeout=10_000)
    wizard.close()
    db.close()
    assert ruta.read_bytes() == bytes_antes
    db = abrir_base(base)
    try:
        miembros = {m["nombre"]: m for m in listar_miembros(Contexto(db, listar_asociaciones(db)[0]["id"]))}
    finally:
        db.close()
    assert sorted(miembros) == ["Córdoba", "Rosario", "Salto"]
    assert miembros["Córdoba"]["correo"] is None   # la celda corregida a vacía


def test_a_1024x600_la_lista_y_sus_botones_se_ven(qtbot, base, planilla, monkeypatch):
    """La pantalla libre, de 1024×600 (la de las pruebas es otra): el asistente se acota a ella al abrirse."""
    from PySide6.QtCore import QRect
    from escritorio.interfaz.piezas import pantalla

    monkeypatch.setattr(pantalla, "pantalla_libre", lambda ventana: QRect(0, 0, 1024, 600))
    ruta, _ = planilla
    db = abrir_base(base)
    wizard = _abrir(qtbot, db, ruta, 1024, 700)
    _a_los_problemas(qtbot, wizard)
    panel = wizard.pagina_validacion.panel
    _elegir(qtbot, panel.tabla, 3)
    wizard.grab().save(f"{CAPTURAS}/importar_problemas_1024x600.png")
    assert wizard.width() <= 1024 and wizard.height() <= 600
    for boton in (panel.boton_corregir, panel.boton_omitir, panel.boton_revisar,
                  wizard.pagina_validacion.boton_exportar, wizard.button(QWizard.WizardButton.CommitButton)):
        arriba_izquierda = boton.mapTo(wizard, boton.rect().topLeft())
        abajo_derecha = boton.mapTo(wizard, boton.rect().bottomRight())
        assert boton.isVisible()
        assert wizard.rect().contains(arriba_izquierda) and wizard.rect().contains(abajo_derecha), boton.text()
        assert boton.visibleRegion().boundingRect().size() == boton.size(), boton.text()   # entero, sin desplazar
        assert boton.width() >= boton.sizeHint().width(), boton.text()   # su texto entero
    tabla = panel.tabla
    assert tabla.viewport().height() > 3 * tabla.rowHeight(0)   # las tres filas con problemas, a la vista
    wizard.close()
    db.close()


def test_una_fila_con_dos_problemas_se_corrige_celda_por_celda(qtbot, base, tmp_path):
    ruta = escribir_csv(tmp_path / "dos.csv", [["Rosario", "AR", "1.276.000", ""], ["Paraná", "Argentinia", "mucha", ""]],
                        ENCABEZADOS)
    bytes_antes = ruta.read_bytes()
    db = abrir_base(base)
    wizard = _abrir(qtbot, db, ruta)
    _a_los_problemas(qtbot, wizard)
    pagina = wizard.pagina_validacion
    tabla = pagina.tabla_problemas
    importar = wizard.button(QWizard.WizardButton.CommitButton)
    assert [(tabla.item(f, 0).text(), tabla.item(f, 1).text()) for f in range(tabla.rowCount())] == [
        ("3", "B (País)"), ("3", "C (Población)")]
    _corregir_con_el_teclado(qtbot, tabla, 3, "AR")   # la primera línea de la fila 3: el país
    _click(qtbot, pagina.panel.boton_revisar)
    qtbot.waitUntil(lambda: tabla.item(0, COLUMNA_DECISION).text() == "Corregida ✓", timeout=10_000)
    # El país corregido sigue a la vista, y la población, que nadie tocó, sigue con su problema.
    assert [(tabla.item(f, 1).text(), tabla.item(f, COLUMNA_DECISION).text()) for f in range(tabla.rowCount())] == [
        ("B (País)", "Corregida ✓"), ("C (Población)", "")]
    assert not importar.isEnabled()
    tabla.setCurrentCell(1, COLUMNA_VALOR)
    qtbot.keyClick(tabla, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "247863")
    _confirmar(qtbot, tabla, editor)
    _click(qtbot, pagina.panel.boton_revisar)
    qtbot.waitUntil(importar.isEnabled, timeout=10_000)
    assert pagina.decidido.text().startswith("Lo decidido: 2 filas se importan (1 corregida: fila 3).")
    _click(qtbot, importar)
    qtbot.waitUntil(lambda: wizard.currentId() == ID_RESULTADO, timeout=10_000)
    wizard.close()
    db.close()
    assert ruta.read_bytes() == bytes_antes
    db = abrir_base(base)
    try:
        miembros = {m["nombre"]: m for m in listar_miembros(Contexto(db, listar_asociaciones(db)[0]["id"]))}
    finally:
        db.close()
    assert miembros["Paraná"]["pais"] == "AR" and miembros["Paraná"]["poblacion"] == 247_863
