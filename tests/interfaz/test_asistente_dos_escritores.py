"""El asistente de importación cuando otro programa escribe en la misma base mientras tanto: lo que informa
es lo que realmente guardó, y si tiene que esperar, lo dice en el diálogo de progreso."""

import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from ayudas import escribir_csv
from escritorio.datos import apertura, conexion
from escritorio.interfaz import operaciones
from escritorio.interfaz.dialogos.importacion import ID_ARCHIVO, ID_RESULTADO, ID_VALIDACION, AsistenteImportacion
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_padron
from ayudas import oficina_de

FILAS = [["Rosario", "Argentina", "1.276.000"], ["Paraná", "AR", "247.863"], ["Salto", "UY", "104.028"]]

# La línea de órdenes es aquí «otro programa»: `cli_proceso`, un proceso aparte, con su propia espera y sin el aviso
# de la ventana (en este proceso compartiría los ajustes y el hilo de la ventana).


@pytest.fixture
def ruta(tmp_path):
    return tmp_path / "red.db"


@pytest.fixture
def base(ruta, monkeypatch):
    # Si otra escritura tiene la base, el primer intento de la importación espera ESPERA_MS (5 s) antes de decir que
    # espera; aquí medio segundo: el aviso y la espera son los mismos, antes. Se fija al abrir la conexión, en
    # apertura.py, que lo importó por su nombre: hay que cambiarlo allí (cambiarlo solo en conexion no acortaba nada).
    monkeypatch.setattr(conexion, "ESPERA_MS", 500)
    monkeypatch.setattr(apertura, "ESPERA_MS", 500)
    db = abrir_base(ruta)
    yield db
    db.close()


@pytest.fixture
def red(base) -> dict:
    return {"id": crear_asociacion(base, NuevaAsociacion(nombre="Red del Litoral", sigla="RDL")),
            "nombre": "Red del Litoral", "sigla": "RDL"}


@pytest.fixture(autouse=True)
def _sin_ventanas_de_error(monkeypatch):
    errores = []
    monkeypatch.setattr(operaciones, "mostrar_error", lambda padre, error, contexto="": errores.append(error))
    yield
    assert not errores, f"el asistente mostró un error: {errores!r}"


def hasta_validacion(qtbot, base, red, archivo) -> AsistenteImportacion:
    wizard = AsistenteImportacion(oficina_de(base, red), ruta_inicial=str(archivo))
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == ID_ARCHIVO
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ID_VALIDACION
    return wizard


def cifras(pagina) -> list[str]:
    return [pagina.cifras._numeros[c].text() for c in ("nuevos", "actualizados", "sin_cambios")]


def test_si_otro_programa_importo_lo_mismo_el_resultado_es_lo_que_se_guardo(qtbot, cli_proceso, base, red, ruta,
                                                                            tmp_path):
    archivo = escribir_csv(tmp_path / "padron.csv", FILAS)
    wizard = hasta_validacion(qtbot, base, red, archivo)
    assert cifras(wizard.pagina_validacion) == ["3", "0", "0"]  # la vista previa, sobre la base vacía

    # Mientras el asistente espera la confirmación, otra persona importa el mismo archivo por la línea de órdenes.
    otra = cli_proceso("miembros", "importar", archivo, db=ruta)
    assert otra.returncode == 0, otra.stderr
    assert "3 nuevos" in otra.stdout

    wizard.next()

    assert wizard.currentId() == ID_RESULTADO
    resultado = wizard.currentPage()
    assert cifras(resultado) == ["0", "0", "3"]
    assert "El padrón cambió mientras se preparaba la importación" in resultado.resumen.text()
    assert len(listar_padron(Contexto(base, red["id"]))) == 3


def test_si_otra_escritura_tiene_la_base_el_progreso_dice_que_espera(qtbot, base, red, ruta, tmp_path):
    archivo = escribir_csv(tmp_path / "padron.csv", FILAS)
    wizard = hasta_validacion(qtbot, base, red, archivo)
    otra_ventana = sqlite3.connect(ruta)
    otra_ventana.execute("BEGIN IMMEDIATE")
    textos = []

    def mirar_y_soltar():
        textos.extend(d.labelText() for d in QApplication.topLevelWidgets()
                      if isinstance(d, QProgressDialog) and d.isVisible())
        if any("esperando" in t for t in textos) or len(textos) > 40:
            otra_ventana.rollback()
        else:
            QTimer.singleShot(250, mirar_y_soltar)

    QTimer.singleShot(250, mirar_y_soltar)
    try:
        wizard.next()  # el trabajo corre en otro hilo; el diálogo de progreso se repinta mientras espera
    finally:
        otra_ventana.rollback()
        otra_ventana.close()

    assert any("esperando a que termine" in t for t in textos), textos
    assert wizard.currentId() == ID_RESULTADO
    assert cifras(wizard.currentPage()) == ["3", "0", "0"]
    assert len(listar_padron(Contexto(base, red["id"]))) == 3
