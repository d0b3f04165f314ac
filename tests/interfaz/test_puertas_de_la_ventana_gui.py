"""Issue 61 §3: lo que solo hacía la línea de órdenes, con su puerta en la ventana (la misma función del servicio por
las dos puertas). Por el camino de la secretaria: el menú, el botón, la confirmación (con temporizadores reales); y
lo hecho, leído de la base cerrada y vuelta a abrir (o del archivo escrito). La línea de órdenes sigue igual.

- «Reponer el esquema…» en Archivo › Verificar la base…, como «escritorio verificar --reponer-esquema».
- Una base dañada abierta con Archivo › Abrir… o desde Archivo › Bases recientes se ofrece recuperar, como al
  arrancar y como «escritorio respaldo recuperar» (el archivo dañado se aparta con la fecha, nunca se pisa).
- «Exportar sello…» en la fila «Sello de tiempo:» de Verificar la base…, como «escritorio bitacora exportar-sello
  [--numero N]»: el mismo .tsr, y un archivo que ya estaba no se reemplaza sin preguntar.
- El artículo por el que la suspensión de un miembro termina sus mandatos, en Archivo › Datos de la asociación…,
  pestaña «Admisión y cuotas», como «escritorio miembros suspension-mandatos --articulo …».
- El orden de sucesión de la Secretaría Ejecutiva, en Órganos › Rotación › «Orden de sucesión…», como
  «escritorio organos sucesion --miembros ID,ID,…»."""

from contextlib import closing
import shutil
import sqlite3

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from escritorio.datos.conexion import ruta_de
from escritorio.interfaz.apertura import Ocupada, tomar_cerrojo
from escritorio.interfaz.piezas import elegir_archivo
from escritorio.interfaz.recientes import anotar_base_reciente

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
            try:
                hecho.append(accion(modal))
            except BaseException:   # una prueba que falla no deja el modal esperando un clic
                modal.done(0)
                raise
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
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        return conexion.execute(sql, valores).fetchall()


def test_reponer_el_esquema_desde_verificar_la_base(qtbot, abrir, copia_de_la_demo, cli):
    ruta = copia_de_la_demo
    with closing(sqlite3.connect(ruta)) as navegador, navegador:   # alguien, con un navegador de bases
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


# --- una base dañada, por Archivo › Abrir… y por Archivo › Bases recientes ------------------------------------

def _arruinar(ruta) -> None:
    """Páginas interiores pisadas (un disco con fallas): la base sigue siendo SQLite, pero dañada."""
    with closing(sqlite3.connect(ruta)) as conexion, conexion:
        conexion.execute("PRAGMA journal_mode = DELETE")
    conexion.close()
    datos = bytearray(ruta.read_bytes())
    for posicion in range(8192, len(datos) - 4096, 4096):
        datos[posicion + 100:posicion + 300] = b"\xff" * 200
    ruta.write_bytes(bytes(datos))


@pytest.fixture
def oficina_y_danada(tmp_path, demo_creada_por_la_cli, cli):
    """La base de la oficina, y la del año pasado con su respaldo de apertura sano y después dañada (la línea de
    órdenes la rechaza y dice cómo recuperarla, como siempre)."""
    oficina, danada = tmp_path / "oficina" / "red.db", tmp_path / "archivo" / "red-2025.db"
    for ruta in (oficina, danada):
        ruta.parent.mkdir()
        shutil.copy(demo_creada_por_la_cli, ruta)
    abrir_base(danada, comprobacion_completa=True, respaldo_al_abrir=True).close()   # su respaldo de apertura
    _arruinar(danada)
    rechazo = cli("miembros", "listar", db=danada)
    assert rechazo.returncode == 1 and f"«escritorio --db {danada} respaldo recuperar»" in rechazo.stderr
    return oficina, danada


@pytest.fixture
def en_la_oficina(qtbot, oficina_y_danada, tmp_path):
    """La ventana sobre la base de la oficina, con su cerrojo, como al arrancar."""
    oficina, _ = oficina_y_danada
    cerrojo = tomar_cerrojo(oficina)
    ventana = VentanaPrincipal(abrir_base(oficina), QSettings(str(tmp_path / "ajustes.ini"),
                                                               QSettings.Format.IniFormat))
    ventana.cerrojo = cerrojo
    qtbot.addWidget(ventana)
    ventana.show()
    with qtbot.waitActive(ventana):
        ventana.activateWindow()
    ventana.navegacion.setFocus()
    yield ventana
    ventana.close()
    ventana.db.close()
    if ventana.cerrojo is not None:
        ventana.cerrojo.unlock()


def responder_cada(respuestas: list[str], vistos: list) -> None:
    """Cada QMessageBox que aparezca, por turno: anota (título, texto) y aprieta el botón que toca."""
    def siguiente():
        if respuestas:
            boton = respuestas.pop(0)

            def apretar(caja: QMessageBox):
                caja.setProperty("respondida", True)
                vistos.append((caja.windowTitle(), caja.text()))
                elegido = next((b for b in caja.buttons() if b.text().replace("&", "") == boton), None)
                QTimer.singleShot(0, siguiente)
                if elegido is None:   # otra caja que la esperada: se cierra (y la prueba ve su título)
                    caja.done(0)
                else:
                    elegido.click()

            cuando_se_abra(QMessageBox, apretar, [], filtro=lambda caja: not caja.property("respondida"))
    siguiente()


def _miembros(ruta) -> int:
    return _filas(ruta, "SELECT count(*) FROM miembros")[0][0]


def test_abrir_una_base_danada_ofrece_recuperarla_y_no_pisa_el_archivo(qtbot, en_la_oficina, oficina_y_danada,
                                                                       monkeypatch, cli):
    ventana = en_la_oficina
    oficina, danada = oficina_y_danada
    dano = danada.read_bytes()
    monkeypatch.setattr(elegir_archivo, "para_abrir", lambda *a, **k: str(danada))

    vistos = []   # primero dice que no: nada se toca y la ventana sigue en la oficina
    responder_cada(["No"], vistos)
    qtbot.keyClick(ventana.navegacion, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)   # Archivo › Abrir…
    assert [titulo for titulo, _ in vistos] == ["Base de datos dañada"]
    assert "red-2025.db" in vistos[0][1] and "apartar el archivo dañado" in vistos[0][1]
    assert "«escritorio " not in vistos[0][1]
    assert ruta_de(ventana.db) == oficina and danada.read_bytes() == dano
    assert not list(danada.parent.glob("red-2025.db.danada-*"))
    libre = tomar_cerrojo(danada)   # la dañada no quedó tomada
    assert not isinstance(libre, Ocupada)
    libre.unlock()

    vistos.clear()
    responder_cada(["Yes", "OK"], vistos)   # ahora sí: se aparta y se restaura su respaldo
    accion_del_menu(ventana, "&Abrir…").trigger()
    assert [titulo for titulo, _ in vistos] == ["Base de datos dañada", "Base recuperada"]
    apartadas = list(danada.parent.glob("red-2025.db.danada-*"))
    assert len(apartadas) == 1 and apartadas[0].read_bytes() == dano   # el dañado, entero, con la fecha
    assert str(apartadas[0]) in vistos[1][1]
    assert ruta_de(ventana.db) == danada and str(danada) in ventana.etiqueta_ruta.text()
    cerrar(ventana)

    assert _miembros(danada) == 300   # cerrada y leída de nuevo: la del respaldo, sana
    sana = cli("verificar", db=danada)
    assert sana.returncode == 0, sana.stderr


def test_una_base_reciente_danada_se_ofrece_recuperar_desde_el_menu(qtbot, en_la_oficina, oficina_y_danada):
    ventana = en_la_oficina
    oficina, danada = oficina_y_danada
    anotar_base_reciente(ventana.ajustes, str(danada))
    anotar_base_reciente(ventana.ajustes, str(oficina))
    menu = ventana.menu_recientes
    menu.popup(ventana.mapToGlobal(QPoint(40, 40)))
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions() if not a.isSeparator()][1].startswith("&2  red-2025.db")
    vistos = []
    responder_cada(["Yes", "OK"], vistos)
    qtbot.keyClick(menu, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: len(vistos) == 2, timeout=20000)
    assert [titulo for titulo, _ in vistos] == ["Base de datos dañada", "Base recuperada"]
    qtbot.waitUntil(lambda: ruta_de(ventana.db) == danada, timeout=20000)
    assert len(list(danada.parent.glob("red-2025.db.danada-*"))) == 1
    cerrar(ventana)
    assert _miembros(danada) == 300


# --- exportar un sello de tiempo guardado ----------------------------------------------------------------------

def test_exportar_un_sello_de_tiempo_desde_verificar_la_base(qtbot, abrir, demo_como, cli, tmp_path, monkeypatch):
    import json

    from pki_local import PKILocal

    ruta = demo_como("sellada.db")
    with PKILocal(tmp_path / "pki") as tsa:
        for orden in (("bitacora", "sello-de-tiempo", "--servidor", tsa.url_tsa), ("bitacora", "sellar-tiempo"),
                      ("asociacion", "crear", "--nombre", "Red del Litoral", "--sigla", "ZZL")):   # esta, sellada sola
            hecho = cli(*orden, db=ruta)
            assert hecho.returncode == 0, hecho.stderr
    sellos = json.loads(cli("bitacora", "sello-de-tiempo", "--json", db=ruta).stdout)["sellos"]
    assert len(sellos) >= 2
    primero, ultimo = sellos[0], sellos[-1]
    destino = tmp_path / "fuera" / "cabeza.tsr"
    destino.parent.mkdir()
    destino.write_bytes(b"lo que ya estaba")
    monkeypatch.setattr(elegir_archivo, "para_guardar", lambda *a, **k: str(destino.with_suffix("")))  # sin .tsr

    ventana = abrir(ruta)
    visto, preguntas, hecho = {}, [], []

    def elegir_el_primero(eleccion: QInputDialog):
        visto["sellos"] = eleccion.comboBoxItems()
        eleccion.setTextValue(next(t for t in eleccion.comboBoxItems() if t.startswith(f"N.º {primero['id']}:")))
        eleccion.accept()

    def en_el_dialogo(dialogo: DialogoVerificarBase):
        boton = dialogo.boton_exportar_sello
        visto["habilitado"] = boton.isEnabled()
        cuando_se_abra(QInputDialog, elegir_el_primero, [])
        responder_cada(["No"], preguntas)    # ya existe: no se reemplaza
        qtbot.mouseClick(boton, Qt.MouseButton.LeftButton)
        visto["sin_reemplazar"] = destino.read_bytes()
        cuando_se_abra(QInputDialog, elegir_el_primero, [])
        responder_cada(["Yes"], preguntas)   # ahora sí
        qtbot.mouseClick(boton, Qt.MouseButton.LeftButton)
        visto["estado"] = dialogo.estado_sello.text()
        dialogo.reject()

    cuando_se_abra(DialogoVerificarBase, en_el_dialogo, hecho)
    accion_del_menu(ventana, "Verificar la bas&e…").trigger()
    assert hecho, "no se abrió Verificar la base…"
    cerrar(ventana)

    assert visto["habilitado"]
    assert visto["sellos"][0].startswith(f"N.º {ultimo['id']}:") and len(visto["sellos"]) == len(sellos)
    assert [titulo for titulo, _ in preguntas] == ["Reemplazar archivo", "Reemplazar archivo"]
    assert "Ya existe «cabeza.tsr»" in preguntas[0][1]
    assert visto["sin_reemplazar"] == b"lo que ya estaba"
    assert f"Sello de tiempo {primero['id']} (sello {primero['sello_id']} de la bitácora" in visto["estado"]
    assert str(destino) in visto["estado"]
    # El mismo archivo que escribe la línea de órdenes con --numero, y la cadena lo sigue teniendo.
    por_la_linea = tmp_path / "por-la-linea.tsr"
    exportado = cli("bitacora", "exportar-sello", "--numero", primero["id"], por_la_linea, db=ruta)
    assert exportado.returncode == 0, exportado.stderr
    assert destino.read_bytes() == por_la_linea.read_bytes()
    ancla = cli("verificar", "--ancla", destino, db=ruta)
    assert ancla.returncode == 0 and "sigue en la cadena, igual" in ancla.stdout, ancla.stdout + ancla.stderr


# --- el artículo por el que la suspensión termina los mandatos ---------------------------------------------------

def test_el_articulo_de_la_suspension_de_mandatos_se_anota_en_los_datos_de_la_asociacion(qtbot, abrir,
                                                                                          copia_de_la_demo, cli):
    from escritorio.interfaz.dialogos.asociacion import DialogoAsociacion

    ruta = copia_de_la_demo
    antes = cli("miembros", "suspender", 1, "--motivo", "prueba", "--simular", db=ruta)
    assert "«escritorio miembros suspension-mandatos --articulo …»" in antes.stdout   # la línea, como siempre
    ventana = abrir(ruta)
    visto, hecho = {}, []

    def en_el_dialogo(dialogo: DialogoAsociacion):
        # la pestaña por su nombre (después de ella vienen las Agrupaciones)
        dialogo.pestanas.setCurrentIndex(next(i for i in range(dialogo.pestanas.count())
                                              if dialogo.pestanas.tabText(i) == "Admisión y cuotas"))
        pestana = dialogo.admision
        visto["pestana"] = dialogo.pestanas.tabText(dialogo.pestanas.currentIndex())
        campo = pestana.articulo_suspension_mandatos
        visto["antes"] = campo.text()
        campo.setFocus()
        qtbot.keyClicks(campo, "Estatuto, art. 9")
        qtbot.mouseClick(pestana.boton_guardar_suspension, Qt.MouseButton.LeftButton)
        visto["estado"] = pestana.estado_suspension.text()
        dialogo.reject()

    cuando_se_abra(DialogoAsociacion, en_el_dialogo, hecho)
    accion_del_menu(ventana, "&Datos de la asociación…").trigger()
    assert hecho, "no se abrió Datos de la asociación…"
    cerrar(ventana)

    assert visto["pestana"] == "Admisión y cuotas" and visto["antes"] == ""
    assert visto["estado"] == "Guardado: la suspensión de un miembro termina sus mandatos (Estatuto, art. 9)."
    assert _filas(ruta, "SELECT articulo_suspension_mandatos FROM asociaciones") == [("Estatuto, art. 9",)]
    despues = cli("miembros", "suspender", 1, "--motivo", "prueba", "--simular", db=ruta)
    assert despues.returncode == 0 and "La suspensión no termina mandatos" not in despues.stdout
    borrada = cli("miembros", "suspension-mandatos", db=ruta)   # la línea de órdenes la quita igual que antes
    assert "no termina los mandatos" in borrada.stdout
    assert _filas(ruta, "SELECT articulo_suspension_mandatos FROM asociaciones") == [(None,)]


def test_la_ventana_dice_donde_se_anota_el_articulo_de_la_suspension(copia_de_la_demo):
    """La nota de una suspensión sin artículo, por la puerta de la ventana: nombra la pestaña, no la orden."""
    from escritorio.dominio import puerta
    from datetime import date

    from escritorio.servicios.miembros import mandatos_que_terminan

    puerta.fijar_del_proceso(puerta.VENTANA)
    db = abrir_base(copia_de_la_demo)
    try:
        nota = mandatos_que_terminan(db, 1, "suspendido", date.today()).nota
    finally:
        db.close()
    assert nota == ("La suspensión no termina mandatos: el estatuto no lo dice (si lo dice, anote el artículo en el "
                    "menú Archivo, «Datos de la asociación…», pestaña «Admisión y cuotas»).")


# --- el orden de sucesión de la Secretaría Ejecutiva -------------------------------------------------------------

def test_el_orden_de_sucesion_se_fija_desde_la_rotacion(qtbot, abrir, copia_de_la_demo, cli):
    import json

    from escritorio.interfaz.dialogos.orden_sucesion import DialogoOrdenSucesion
    from escritorio.interfaz.ventana_principal import indice_del_area

    ruta = copia_de_la_demo
    antes = [t["miembro_id"] for t in json.loads(cli("organos", "sucesion", "--json", db=ruta).stdout)]
    assert len(antes) >= 3
    ventana = abrir(ruta)
    ventana.navegacion.setCurrentRow(indice_del_area("organos"))
    organos = ventana.organos
    organos.pestanas.setCurrentIndex(1)
    visto, hecho = {}, []

    def en_el_dialogo(dialogo: DialogoOrdenSucesion):
        visto["al_abrir"] = dialogo.ids()
        dialogo.lista.setCurrentRow(dialogo.lista.count() - 1)    # la última, un lugar más arriba
        qtbot.mouseClick(dialogo.boton_subir, Qt.MouseButton.LeftButton)
        dialogo.lista.setCurrentRow(0)                             # la primera, fuera
        qtbot.mouseClick(dialogo.boton_quitar, Qt.MouseButton.LeftButton)
        nueva = next(i for i in range(dialogo.candidata.count()) if dialogo.candidata.itemData(i) not in antes)
        dialogo.candidata.setCurrentIndex(nueva)                   # una ciudad que no estaba, al final
        visto["agregada"] = dialogo.candidata.itemData(nueva)
        qtbot.mouseClick(dialogo.boton_agregar, Qt.MouseButton.LeftButton)
        visto["guardado"] = dialogo.ids()
        qtbot.mouseClick(dialogo.boton_guardar, Qt.MouseButton.LeftButton)
        visto["aceptado"] = dialogo.result() == DialogoOrdenSucesion.DialogCode.Accepted

    cuando_se_abra(DialogoOrdenSucesion, en_el_dialogo, hecho)
    qtbot.mouseClick(organos.rotacion.boton_orden, Qt.MouseButton.LeftButton)
    assert hecho, "no se abrió Orden de sucesión…"
    cerrar(ventana)

    esperado = antes[1:-2] + [antes[-1], antes[-2], visto["agregada"]]
    assert visto["al_abrir"] == antes and visto["guardado"] == esperado and visto["aceptado"]
    despues = json.loads(cli("organos", "sucesion", "--json", db=ruta).stdout)   # la base, leída de nuevo
    assert [t["miembro_id"] for t in despues] == esperado
    repuesto = cli("organos", "sucesion", "--miembros", ",".join(map(str, antes)), db=ruta)   # la línea, igual
    assert repuesto.returncode == 0 and f"Orden de sucesión fijado ({len(antes)} miembros)." in repuesto.stdout
