"""La tabla de Miembros mientras llega el resto del padrón (issue 48), vista por quien la usa: lo que otro programa
o la misma ventana escriben en el medio, filtrar, ordenar o cerrar antes de que llegue todo; al final la tabla es la
de `padron_de_la_tabla` leído de nuevo (interfaz/modelos/llenado_del_padron.py, servicios/padron_por_partes.py)."""

import pytest
from PySide6.QtCore import QSettings

from escritorio.dominio.paises import idioma_de_los_nombres
from escritorio.interfaz.vistas.miembros import VistaMiembros
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import padron_de_la_tabla
from escritorio.servicios.oficina import Oficina
from escritorio.servicios.padron_por_partes import adelantar_primera_pantalla


@pytest.fixture
def vista_recien_abierta(qtbot, tmp_path, demo_abierta):
    """La vista como la arma la ventana al abrir: con la primera pantalla adelantada (la demo tiene 300 miembros;
    la primera pantalla llega hasta Colombia)."""
    db, asociacion = demo_abierta
    adelantar_primera_pantalla(db, asociacion["sigla"], idioma_de_los_nombres())
    vista = VistaMiembros(QSettings(str(tmp_path / "vista.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.resize(1000, 600)
    vista.mostrar(Oficina(db, asociacion))
    return vista, Contexto(db, asociacion["id"])


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
