"""La tabla de Miembros mientras llega el resto del padrón (issue 48), vista por quien la usa: lo que otro programa
o la misma ventana escriben en el medio, filtrar, ordenar o cerrar antes de que llegue todo; al final la tabla es la
de `padron_de_la_tabla` leído de nuevo (interfaz/modelos/llenado_del_padron.py, servicios/padron_por_partes.py)."""

import pytest
from PySide6.QtCore import QSettings

from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import padron_de_la_tabla


def _ids_a_la_vista(vista) -> list[int]:
    return [vista.modelo.miembro(fila)["id"] for fila in range(vista.filtro.rowCount())]


def _paises_de_la_lista(vista) -> list[str]:
    return [vista.combo_pais.itemText(i) for i in range(1, vista.combo_pais.count())]


def test_un_pais_nuevo_que_llega_con_el_resto_se_ve_con_su_nombre(qtbot, vista_recien_abierta, cli, copia_de_la_demo):
    """Otro programa incorpora Ecuador y le agrega un miembro después de la primera pantalla (que no lo tiene): la
    tabla no puede mostrar una fila de un país que no conoce (antes, cada pintada fallaba con KeyError: 'EC');
    termina como el padrón leído de nuevo, con Ecuador en la tabla y en la lista de países."""
    vista, contexto = vista_recien_abierta
    assert cli("asociacion", "pais", "EC", db=copia_de_la_demo).returncode == 0
    hecho = cli("miembros", "agregar", "--nombre", "Cuenca", "--pais", "EC", "--poblacion", "330000",
                db=copia_de_la_demo)
    assert hecho.returncode == 0, hecho.stderr
    vista.show()
    qtbot.waitUntil(lambda: vista.modelo.completo, timeout=10_000)

    entero = padron_de_la_tabla(contexto).filas
    assert _ids_a_la_vista(vista) == [f[0] for f in entero]
    cuenca = vista.modelo.fila_de(next(f[0] for f in entero if f[1] == "Cuenca"))
    assert vista.filtro.index(cuenca, 1).data() == "Ecuador"
    assert "Ecuador" in _paises_de_la_lista(vista)
    assert vista.resumen.text() == "301 de 301 miembros"


def test_una_busqueda_sin_resultados_en_la_primera_pantalla_no_dice_que_no_hay_ninguno(qtbot, vista_recien_abierta):
    """«maracaibo» no está en la primera pantalla (Venezuela llega al final): mientras llega el resto, la ventana no
    afirma «Ninguno de los 200 miembros cumple la búsqueda» (son 300 y faltan 100 por mirar); dice cuántos van y que
    llegan los demás, y al llegar muestra Maracaibo. Una búsqueda que nadie cumple lo dice al final, con los 300."""
    vista, _ = vista_recien_abierta
    qtbot.keyClicks(vista.busqueda, "maracaibo")
    assert vista.filtro.rowCount() == 0
    assert vista.paginas.currentWidget() is vista.tabla
    assert vista.resumen.text() == "0 de 300 miembros (llegando los demás…)"
    vista.show()
    qtbot.waitUntil(lambda: vista.modelo.completo, timeout=10_000)
    assert [vista.modelo.miembro(f)["nombre"] for f in range(vista.filtro.rowCount())] == ["Maracaibo"]
    assert vista.paginas.currentWidget() is vista.tabla and vista.resumen.text() == "1 de 300 miembros"

    vista.busqueda.setText("zzzz")
    assert vista.paginas.currentWidget() is vista.pagina_vacia
    assert vista.vacio_texto.text().startswith("Ninguno de los 300 miembros cumple la búsqueda «zzzz»")


def test_sin_resultados_mientras_llega_y_ninguno_al_final(qtbot, vista_recien_abierta):
    """La página «Ningún miembro coincide» aparece cuando llegó todo el padrón, con el total verdadero."""
    vista, _ = vista_recien_abierta
    qtbot.keyClicks(vista.busqueda, "zzzz")
    assert vista.paginas.currentWidget() is vista.tabla
    vista.show()
    qtbot.waitUntil(lambda: vista.modelo.completo, timeout=10_000)
    assert vista.paginas.currentWidget() is vista.pagina_vacia
    assert vista.vacio_texto.text().startswith("Ninguno de los 300 miembros cumple la búsqueda «zzzz»")
    assert vista.resumen.text() == "0 de 300 miembros"


# --- en la ventana entera, con el resto detenido a mitad de camino ---------------------------------------------

@pytest.fixture
def ventana_a_medio_llenar(qtbot, tmp_path, copia_de_la_demo):
    """La ventana como abre el programa (la primera pantalla leída en la apertura), con el resto detenido después de
    unos países: lo que se haga entonces pasa «mientras llega». Seguir: `llenado._reloj.start()`."""
    from escritorio.interfaz.apertura import AREA_MIEMBROS, PadronQueMostrara, abrir_para_la_ventana
    from escritorio.interfaz.ventana_principal import VentanaPrincipal

    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    ajustes.setValue("ventana/area", AREA_MIEMBROS)
    db = abrir_para_la_ventana(copia_de_la_demo, padron=PadronQueMostrara(None, ajustes))
    ventana = VentanaPrincipal(db, ajustes)
    qtbot.addWidget(ventana)
    llenado = ventana.miembros.llenado
    # Sin tramos hasta que la prueba los pida: con la máquina cargada, el reloj alcanzaba a traer el padrón entero
    # entre que empezaba la lectura y la mirada de waitUntil.
    llenado._reloj.timeout.disconnect(llenado._tramo)
    ventana.show()
    qtbot.waitUntil(lambda: llenado._lectura is not None, timeout=5000)
    llenado._reloj.stop()
    llenado._reloj.timeout.connect(llenado._tramo)
    llenado.ENTREGA_MS = 0   # cada país, a la tabla en cuanto se lee (sin esperar la próxima entrega)
    for _ in range(6):   # seis países: la tabla tiene más que la primera pantalla, pero no todo
        llenado._tramo()
    assert 200 < ventana.miembros.modelo.total < 300 and not ventana.miembros.modelo.completo
    yield ventana, llenado
    ventana.close()
    ventana.db.close()


def _entero(ventana) -> list[int]:
    return [f[0] for f in padron_de_la_tabla(Contexto(ventana.db, ventana.oficina.asociacion_id)).filas]


def test_dar_de_baja_mientras_llega_deja_elegido_al_mismo_y_la_tabla_entera(qtbot, ventana_a_medio_llenar,
                                                                           monkeypatch):
    """La baja de un miembro que llegó después de la primera pantalla, con el diálogo abierto mientras sigue llegando
    el resto: al guardar, la tabla es el padrón entero, sin filas repetidas ni perdidas, con el mismo miembro elegido
    y ya de baja; la lectura por partes terminó (y soltó su conexión)."""
    from datetime import date

    from PySide6.QtWidgets import QDialog

    from escritorio.interfaz.dialogos import baja
    from escritorio.servicios.miembros import dar_de_baja

    ventana, llenado = ventana_a_medio_llenar
    vista = ventana.miembros
    vista.tabla.selectRow(210)
    elegido = vista.miembro_seleccionado()["id"]
    lectura = llenado._lectura

    def registrar_la_baja(dialogo):
        llenado._reloj.start()   # el resto sigue llegando con el diálogo abierto
        qtbot.wait(20)
        dialogo.oficina.hacer(dar_de_baja, dialogo.db, elegido, date.today(), "Renuncia", dialogo.oficina.asociacion_id)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(baja.DialogoBaja, "exec", registrar_la_baja)
    vista.dar_de_baja()
    qtbot.waitUntil(lambda: vista.modelo.completo, timeout=5000)
    assert _ids_a_la_vista(vista) == _entero(ventana)
    assert vista.miembro_seleccionado()["id"] == elegido and vista.miembro_seleccionado()["estado"] == "baja"
    assert not llenado.activo and lectura._db is None
    assert vista.resumen.text() == "300 de 300 miembros"


def test_lo_que_la_linea_de_ordenes_escribe_mientras_llega_se_ve_al_final(qtbot, ventana_a_medio_llenar, cli,
                                                                          copia_de_la_demo):
    """Mientras llega el resto (de una foto anterior), la línea de órdenes renombra un miembro de la primera
    pantalla, pasa uno de Venezuela a Uruguay, da de baja a uno de Paraguay y agrega otro: cuando todo se asentó, la
    tabla es el padrón leído de nuevo, con el mismo miembro elegido."""
    import sqlite3

    ventana, llenado = ventana_a_medio_llenar
    vista = ventana.miembros
    otro = sqlite3.connect(copia_de_la_demo)
    bahia = otro.execute("SELECT id FROM miembros WHERE nombre = 'Bahía Blanca'").fetchone()[0]
    venezolano = otro.execute("SELECT id FROM miembros WHERE pais = 'VE' ORDER BY id LIMIT 1").fetchone()[0]
    paraguayo = otro.execute("SELECT id FROM miembros WHERE pais = 'PY' ORDER BY id LIMIT 1").fetchone()[0]
    otro.close()
    for orden in (("miembros", "editar", bahia, "--nombre", "Zárate Bahía"),
                  ("miembros", "editar", venezolano, "--pais", "UY"),
                  ("miembros", "baja", paraguayo, "--motivo", "Renuncia"),
                  ("miembros", "agregar", "--nombre", "Abra Pampa", "--pais", "AR", "--poblacion", "13000")):
        hecho = cli(*orden, db=copia_de_la_demo)
        assert hecho.returncode == 0, hecho.stderr
    vista.tabla.selectRow(3)
    elegido = vista.miembro_seleccionado()["id"]
    llenado._reloj.start()
    qtbot.waitUntil(lambda: _ids_a_la_vista(vista) == _entero(ventana), timeout=5000)
    assert vista.modelo.completo and vista.resumen.text() == "301 de 301 miembros"
    assert vista.miembro_seleccionado()["id"] == elegido
    assert "Zárate Bahía" in [vista.modelo.miembro(f)["nombre"] for f in range(vista.filtro.rowCount())]
