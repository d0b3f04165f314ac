"""Issue 61 §7: a 1366×768 al 150 % el área de Sesiones mide unos 720 puntos de ancho; el estado y el acta de cada
sesión se ven en la lista (antes quedaban a la derecha, fuera de la vista, y había que desplazarse de lado)."""

from ayudas import oficina_de
from escritorio.interfaz.vistas.sesiones import VistaSesiones


def test_el_estado_y_el_acta_se_ven_en_la_lista_angosta(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    vista = VistaSesiones()
    qtbot.addWidget(vista)
    vista.resize(720, 480)
    vista.show()
    vista.mostrar(oficina_de(db, asociacion))
    qtbot.waitExposed(vista)
    tabla = vista.tabla
    qtbot.waitUntil(lambda: tabla.rowCount() > 0)
    ancho = tabla.viewport().width()
    for columna in (3, 4):   # Estado, Acta
        assert tabla.columnViewportPosition(columna) + tabla.columnWidth(columna) // 2 <= ancho, (
            tabla.horizontalHeaderItem(columna).text(), tabla.columnViewportPosition(columna), ancho)
    # La sesión, recortada, se lee entera en su ayuda.
    assert tabla.item(0, 1).toolTip().startswith(tabla.item(0, 1).text().split("…")[0])
