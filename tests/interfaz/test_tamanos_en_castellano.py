"""La ventana de respaldos dice los tamaños con coma decimal («2,4 MB», no «2.4 MB»): la misma función del
dominio (dominio.tamano.tamano_legible) que usa la línea de órdenes."""

import re

from escritorio.interfaz.dialogos.respaldos import DialogoRespaldos
from escritorio.servicios.base import abrir_base
from escritorio.servicios.respaldo import crear_respaldo


def test_los_respaldos_muestran_el_tamano_con_coma(qtbot, tmp_path, demo_como):
    ruta = demo_como("red.db")  # la red de ejemplo, unos MB: el tamaño lleva decimales
    db = abrir_base(ruta)
    crear_respaldo(db)
    db.close()
    dialogo = DialogoRespaldos(ruta)
    qtbot.addWidget(dialogo)
    dialogo.show()
    tamanos = [dialogo.tabla.item(fila, 2).text() for fila in range(dialogo.tabla.rowCount())]
    assert tamanos and all(re.fullmatch(r"[0-9]+,[0-9] MB", t) for t in tamanos), tamanos
