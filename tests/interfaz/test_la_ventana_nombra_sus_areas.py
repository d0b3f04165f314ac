"""Issue 61 §3 (los textos de los servicios): lo que la ventana muestra al rechazar algo o al verificar la base
nombra sus áreas, pestañas, menús y botones; la orden de la línea de órdenes, solo la línea de órdenes
(dominio/puerta.py, tests/test_ordenes_solo_en_la_linea_de_ordenes.py). Por el camino de la secretaria: el menú
Archivo y el botón del diálogo, con temporizadores reales; y lo mismo por la línea de órdenes, que sigue dando la
orden que lo arregla."""

from contextlib import closing
import re
import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.interfaz.dialogos.asociacion import DialogoAsociacion
from escritorio.interfaz.dialogos.verificar_base import DialogoVerificarBase
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import FichaMiembro, guardar_ficha
from ayudas import en_json, hecho

ORDEN = "«escritorio "


@pytest.fixture
def abrir(qtbot, tmp_path):
    """abrir(ruta) -> la ventana real sobre la base (la ventana fija su puerta al armarse)."""
    abiertas = []

    def abrir_ventana(ruta):
        ventana = VentanaPrincipal(abrir_base(ruta), QSettings(str(tmp_path / "ajustes.ini"),
                                                                QSettings.Format.IniFormat))
        qtbot.addWidget(ventana)
        ventana.show()
        qtbot.waitExposed(ventana)
        abiertas.append(ventana)
        return ventana

    yield abrir_ventana
    for ventana in abiertas:
        ventana.db.close()


def _menu_archivo(ventana, texto: str):
    archivo = ventana.menuBar().actions()[0].menu()
    return next(a for a in archivo.actions() if a.text().replace("&", "") == texto)


def _cuando_se_abra(clase, hacer) -> list:
    """Con un temporizador real: cuando el diálogo modal `clase` esté a la vista, `hacer(dialogo)` y cerrarlo."""
    hecho_ = []

    def mirar():
        dialogo = QApplication.activeModalWidget()
        if not isinstance(dialogo, clase):
            QTimer.singleShot(20, mirar)
            return
        try:
            hacer(dialogo)
        finally:
            hecho_.append(dialogo)
            dialogo.reject()

    QTimer.singleShot(0, mirar)
    return hecho_


def test_quitar_un_pais_con_miembros_nombra_el_boton_del_area_miembros(qtbot, abrir, tmp_path, monkeypatch, cli):
    ruta = tmp_path / "red.db"
    db = abrir_base(ruta)
    rml = crear_asociacion(db, NuevaAsociacion(nombre="Red de Municipios del Litoral", sigla="RML",
                                               paises={"AR": "pleno", "UY": "asociado"}))
    guardar_ficha(Contexto(db, rml), FichaMiembro(nombre="Salto", pais="UY", fecha_ingreso=date(2000, 1, 1)),
                  poblacion=(104_000, 2011, "Censo"))
    db.close()
    ventana = abrir(ruta)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)   # «¿Quitar…?»
    visto = {}

    def quitar_uruguay(dialogo: DialogoAsociacion):
        dialogo.pestanas.setCurrentIndex(1)   # Países
        fila = next(f for f in range(dialogo.tabla_paises.rowCount())
                    if "Uruguay" in dialogo.tabla_paises.item(f, 0).text())
        dialogo.tabla_paises.selectRow(fila)
        qtbot.mouseClick(dialogo.quitar, Qt.MouseButton.LeftButton)
        visto["aviso"] = dialogo.aviso_paises.text()

    hecho_ = _cuando_se_abra(DialogoAsociacion, quitar_uruguay)
    _menu_archivo(ventana, "Datos de la asociación…").trigger()
    qtbot.waitUntil(lambda: bool(hecho_))
    aviso = visto["aviso"]
    assert "No se quitó Uruguay (UY) de RML" in aviso and "1 miembro que no está de baja (Salto)" in aviso
    assert "(área Miembros, «Dar de baja…»)" in aviso and ORDEN not in aviso
    ventana.close()

    # La línea de órdenes, la misma regla: ahí sí la orden.
    linea = cli("asociacion", "quitar-pais", "Uruguay", db=ruta)
    assert linea.returncode == 1 and "«escritorio miembros baja ID --fecha AAAA-MM-DD --motivo …»" in linea.stderr
    assert "Dar de baja…" not in linea.stderr


def _solicitante_con_mandato_y_candidatura(cli, ruta) -> tuple[int, int]:
    """Una ciudad solicitante (no admitida) con un mandato en el Consejo y una candidatura, escritos por fuera de
    Escritorio (una versión anterior, un navegador de bases): `verificar` los informa."""
    salida = hecho(cli("miembros", "solicitud", "--nombre", "Villa Solicitante", "--pais", "PE", "--fecha",
                       "2026-11-01", db=ruta)).stdout
    lima = int(re.search(r"id (\d+)", salida).group(1))
    sesion = en_json(cli("sesiones", "convocar", "Asamblea General de Socios", "--fecha", "2026-11-28", "--hora",
                         "10:00", "--lugar", "Montevideo", "--json", db=ruta))["id"]
    punto = en_json(cli("sesiones", "punto", sesion, "--titulo", "Elección del Consejo", "--tipo", "eleccion",
                        "--decision", "eleccion", "--json", db=ruta))["id"]
    hecho(cli("sesiones", "eleccion", punto, "--organo", "Consejo", "--cargo", "titular", "--desde", "2026-12-01",
              "--hasta", "2028-11-30", "--puestos", "2", "--metodo", "secreta", db=ruta))
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        consejo = conexion.execute("SELECT id FROM organos WHERE nombre = 'Consejo'").fetchone()[0]
        mandato = conexion.execute("INSERT INTO mandatos (organo_id, miembro_id, cargo, con_voto, desde, hasta) "
                                   "VALUES (?, ?, 'titular', 1, '2026-12-01', '2028-11-30')", [consejo, lima]).lastrowid
        eleccion = conexion.execute("SELECT id FROM elecciones WHERE punto_id = ?", [punto]).fetchone()[0]
        conexion.execute("INSERT INTO candidaturas (eleccion_id, miembro_id) VALUES (?, ?)", [eleccion, lima])
    conexion.close()
    # La próxima escritura de Escritorio sella aparte lo que escribió el otro programa: un incidente.
    hecho(cli("miembros", "solicitud", "--nombre", "Villa Otra", "--pais", "PE", "--fecha", "2026-11-02", db=ruta))
    return lima, mandato


def test_verificar_la_base_en_la_ventana_dice_que_hacer_con_sus_botones(qtbot, abrir, copia_de_la_demo, cli):
    _, mandato = _solicitante_con_mandato_y_candidatura(cli, copia_de_la_demo)
    ventana = abrir(copia_de_la_demo)
    visto = {}

    def leer(dialogo: DialogoVerificarBase):
        qtbot.waitUntil(lambda: "Mandato" in dialogo.informe.toPlainText(), timeout=30_000)
        visto["informe"] = dialogo.informe.toPlainText()

    hecho_ = _cuando_se_abra(DialogoVerificarBase, leer)
    _menu_archivo(ventana, "Verificar la base…").trigger()
    qtbot.waitUntil(lambda: bool(hecho_), timeout=40_000)
    informe = visto["informe"]
    # El mandato y la candidatura de quien no era miembro: los botones de Órganos y de la elección.
    assert f"Mandato {mandato} en Consejo: Villa Solicitante" in informe
    assert "termínelo con «Terminar mandato…» en Órganos" in informe
    assert "retírela con «Quitar», junto a la candidatura, en la pestaña Votaciones de la sesión" in informe
    # Lo que otro programa escribió (los INSERT de arriba): la bitácora y «Reconocer», del menú Archivo.
    assert "Archivo > Bitácora de cambios" in informe
    assert "pulse «Reconocer»" in informe and "menú Archivo, «Restaurar respaldo…»" in informe
    assert ORDEN not in informe, [linea for linea in informe.splitlines() if ORDEN in linea]
    ventana.close()

    # La línea de órdenes: las órdenes.
    linea = cli("verificar", db=copia_de_la_demo)
    assert linea.returncode == 1
    salida = linea.stdout + linea.stderr
    assert "«escritorio organos terminar-mandato»" in salida and "«escritorio sesiones quitar-candidatura»" in salida
    assert "«escritorio verificar --reconocer" in salida and "«Reconocer»" not in salida


def test_un_ancla_que_no_se_entiende_se_explica_sin_la_sintaxis_de_la_linea_de_ordenes(qtbot, abrir, copia_de_la_demo,
                                                                                       cli):
    valor = "esto no es un ancla"
    ventana = abrir(copia_de_la_demo)
    visto = {}

    def comprobar(dialogo: DialogoVerificarBase):
        dialogo.ancla.setFocus()
        qtbot.keyClicks(dialogo.ancla, valor)
        qtbot.mouseClick(dialogo.boton_ancla, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialogo.lista_anclas.count() > 0, timeout=30_000)
        visto["lineas"] = [dialogo.lista_anclas.item(i).text() for i in range(dialogo.lista_anclas.count())]

    hecho_ = _cuando_se_abra(DialogoVerificarBase, comprobar)
    _menu_archivo(ventana, "Verificar la base…").trigger()
    qtbot.waitUntil(lambda: bool(hecho_), timeout=40_000)
    [linea] = visto["lineas"]
    assert linea.startswith("NO SE PUDO LEER · ") and "como los lleva el pie de un documento" in linea
    assert ORDEN not in linea and "--ancla" not in linea
    ventana.close()

    # La línea de órdenes: la orden que da el sello y la huella.
    linea = cli("verificar", "--ancla", valor, db=copia_de_la_demo)
    assert linea.returncode == 1 and "«escritorio bitacora ancla»" in linea.stdout + linea.stderr
