"""Issue 61 §3: lo que solo hacía la línea de órdenes, con su puerta en la ventana (la misma función del servicio por
las dos puertas). Por el camino de la secretaria: el menú, el botón, la confirmación (con temporizadores reales); y
lo hecho, leído de la base cerrada y vuelta a abrir (o del archivo escrito). La línea de órdenes sigue igual.

- «Reponer el esquema…» en Archivo › Verificar la base…, como «escritorio verificar --reponer-esquema»."""

import sqlite3

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.dialogos.verificar_base import DialogoVerificarBase
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.base import abrir_base

pytestmark = pytest.mark.usefixtures("un_error_en_pantalla_falla")


@pytest.fixture
def abrir(qtbot, tmp_path):
    """abrir(ruta) -> la ventana real sobre la base; cerrar(ventana) la cierra con su base (para volver a leerla)."""
    abiertas = []

    def abrir_ventana(ruta):
        ventana = VentanaPrincipal(abrir_base(ruta), QSettings(str(tmp_path / "ajustes.ini"),
                                                                QSettings.Format.IniFormat))
        ventana.show()
        qtbot.waitExposed(ventana)
        abiertas.append(ventana)
        return ventana

    yield abrir_ventana
    for ventana in abiertas:
        cerrar(ventana)


def cerrar(ventana) -> None:
    if ventana.isVisible():
        ventana.close()
        ventana.db.close()
        ventana.deleteLater()


def accion_del_menu(ventana, texto: str):
    archivo = next(a.menu() for a in ventana.menuBar().actions() if a.text() == "&Archivo")
    return next(a for a in archivo.actions() if a.text() == texto)


def cuando_se_abra(clase, accion, hecho: list, *, filtro=lambda _d: True) -> None:
    """Con un temporizador real: cuando el modal `clase` esté a la vista (y pase `filtro`), `accion(modal)`."""
    def mirar():
        modal = QApplication.activeModalWidget()
        if isinstance(modal, clase) and modal.isVisible() and filtro(modal):
            hecho.append(accion(modal))
        else:
            QTimer.singleShot(30, mirar)
    QTimer.singleShot(0, mirar)


def responder(boton: str, vistos: list) -> None:
    """Cuando aparezca una pregunta (QMessageBox), anota su título y sus textos y aprieta `boton`."""
    def apretar(caja: QMessageBox):
        vistos.append((caja.windowTitle(), caja.text(), caja.informativeText(), caja.defaultButton().text()))
        next(b for b in caja.buttons() if b.text() == boton).click()
    cuando_se_abra(QMessageBox, apretar, [])


def _filas(ruta, sql, *valores):
    with sqlite3.connect(ruta) as conexion:
        return conexion.execute(sql, valores).fetchall()


def test_reponer_el_esquema_desde_verificar_la_base(qtbot, abrir, copia_de_la_demo, cli):
    ruta = copia_de_la_demo
    with sqlite3.connect(ruta) as navegador:   # alguien, con un navegador de bases
        navegador.executescript("DROP TRIGGER actas_congeladas; DROP INDEX miembros_codigo; "
                                "CREATE TRIGGER ajeno AFTER INSERT ON pagos BEGIN SELECT 1; END;")
    navegador.close()
    por_la_linea = cli("verificar", db=ruta)   # la línea de órdenes nombra su orden, como siempre
    assert por_la_linea.returncode == 1 and "«escritorio verificar --reponer-esquema»" in por_la_linea.stderr

    ventana = abrir(ruta)
    visto, preguntas, hecho = {}, [], []

    def en_el_dialogo(dialogo: DialogoVerificarBase):
        visto["antes"] = (dialogo.resumen.text(), dialogo.informe.toPlainText(), dialogo.boton_reponer.isVisible())
        responder("Cancelar", preguntas)   # primero se arrepiente: nada cambia
        qtbot.mouseClick(dialogo.boton_reponer, Qt.MouseButton.LeftButton)
        visto["cancelado"] = (dialogo.informe.toPlainText(), dialogo.boton_reponer.isVisible())
        responder("Reponer", preguntas)
        qtbot.mouseClick(dialogo.boton_reponer, Qt.MouseButton.LeftButton)
        visto["despues"] = (dialogo.resumen.text(), dialogo.informe.toPlainText(), dialogo.boton_reponer.isVisible())
        dialogo.reject()

    cuando_se_abra(DialogoVerificarBase, en_el_dialogo, hecho)
    accion_del_menu(ventana, "Verificar la bas&e…").trigger()
    assert hecho, "no se abrió Verificar la base…"

    resumen, informe, boton = visto["antes"]
    assert resumen.startswith("La base tiene") and boton
    # Qué hacer, con el botón que tiene a mano (issue 61 §3), no con la orden.
    assert "el botón «Reponer el esquema…» (menú Archivo, «Verificar la base…») los deja como los crea Escritorio" \
           in informe
    assert "«escritorio " not in informe
    assert visto["cancelado"] == (informe, True)
    titulo, pregunta, detalle, por_omision = preguntas[0]
    assert titulo == "Reponer el esquema" and por_omision == "Cancelar"
    assert "tal como los crea Escritorio" in pregunta
    assert "se quitan los triggers que Escritorio no creó" in detalle   # qué hace
    assert "las mismas migraciones que tiene esta base" in detalle      # en qué se apoya
    assert "No toca las tablas ni los datos" in detalle
    assert len(preguntas) == 2
    resumen, informe, boton = visto["despues"]
    assert resumen == "La base de datos está sana." and not boton
    assert informe.startswith("Esquema: quitado el trigger ajeno «ajeno»")
    for repuesto in ("repuesto el índice «miembros_codigo»", "repuesto el trigger «actas_congeladas»"):
        assert repuesto in informe.split("\n")[0]
    cerrar(ventana)

    # La base, cerrada y leída de nuevo: protege otra vez, y el trigger ajeno ya no está.
    nombres = {n for (n,) in _filas(ruta, "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index')")}
    assert {"actas_congeladas", "miembros_codigo"} <= nombres and "ajeno" not in nombres
    with pytest.raises(sqlite3.IntegrityError, match="El acta está aprobada"):
        _filas(ruta, "UPDATE actas SET cierre = 'otro' WHERE sesion_id = 2")
    sana = cli("verificar", db=ruta)
    assert sana.returncode == 0 and "La base de datos está sana." in sana.stdout
    nada = cli("verificar", "--reponer-esquema", db=ruta)
    assert nada.returncode == 0 and "Esquema: no había nada que reponer." in nada.stdout
