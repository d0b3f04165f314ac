"""El diálogo de baja muestra su error sin aplastar los campos: crece, y los campos conservan su alto."""

import os
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint

from escritorio.dominio.ficha import FichaMiembro
from escritorio.interfaz.dialogos.baja import DialogoBaja
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.miembros import listar_miembros
from ayudas import oficina_de

# Las capturas que se miran (también a 1024×600): ESCRITORIO_CAPTURAS=/carpeta para guardarlas en otro lado.
CAPTURAS = os.environ.get("ESCRITORIO_CAPTURAS") or "/tmp/capturas_f"
os.makedirs(CAPTURAS, exist_ok=True)


@pytest.fixture
def dialogo(qtbot, db, asociacion_id):
    miembro_id = guardar_ficha(Contexto(db, asociacion_id), FichaMiembro(nombre="Bahía Blanca", pais="AR",
                                                                      fecha_ingreso=date(2019, 9, 23)),
                               poblacion=(301572, 2022, None))
    dialogo = DialogoBaja(oficina_de(db), miembro_id, "Bahía Blanca")
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    return dialogo


def _altos(dialogo):
    return {"fecha": dialogo.fecha.height(), "motivo": dialogo.motivo.height()}


def _sin_superponerse(dialogo):
    """De arriba abajo, cada pieza visible empieza donde termina la anterior (en coordenadas del diálogo)."""
    piezas = [w for w in (dialogo.fecha, dialogo.motivo, dialogo.aviso, dialogo.resumen_mandatos, dialogo.boton_baja)
              if w.isVisible()]
    cajas = [(w.mapTo(dialogo, QPoint(0, 0)).y(), w.height()) for w in piezas]
    for (arriba, alto), (abajo, _) in zip(cajas, cajas[1:]):
        assert arriba + alto <= abajo, cajas
    assert cajas[-1][0] + cajas[-1][1] <= dialogo.height()


def test_el_error_de_la_fecha_no_aplasta_los_campos(qtbot, dialogo, db):
    antes = _altos(dialogo)
    pedidos = {"fecha": dialogo.fecha.sizeHint().height(), "motivo": dialogo.motivo.sizeHint().height()}
    alto_antes = dialogo.height()
    dialogo.grab().save(f"{CAPTURAS}/baja-antes.png")

    dialogo.fecha.setDate(QDate(2000, 1, 2))
    dialogo.motivo.setText("Renuncia presentada por nota")
    dialogo.accept()
    qtbot.waitUntil(lambda: dialogo.aviso.isVisible())
    qtbot.wait(50)
    dialogo.grab().save(f"{CAPTURAS}/baja-error-fecha.png")

    assert dialogo.isVisible()
    assert dialogo.aviso.text() == "Fecha de la baja: La fecha es anterior al ingreso del miembro (23/09/2019)."
    assert dialogo.fecha.styleSheet() and dialogo.fecha.toolTip().startswith("La fecha es anterior")
    assert _altos(dialogo) == antes
    assert all(_altos(dialogo)[campo] >= pedido for campo, pedido in pedidos.items())
    assert dialogo.height() > alto_antes
    _sin_superponerse(dialogo)
    assert all(m["estado"] == "activo" for m in listar_miembros(Contexto(db, dialogo.db.execute(
        "SELECT asociacion_id FROM miembros WHERE id = ?", [dialogo.miembro_id]).fetchone()[0])))

    dialogo.fecha.setDate(QDate(2024, 1, 2))   # corregir la fecha quita la marca y el aviso
    assert not dialogo.fecha.styleSheet() and not dialogo.aviso.isVisible()


def test_el_error_del_motivo_no_aplasta_los_campos(qtbot, dialogo):
    antes = _altos(dialogo)
    dialogo.accept()
    qtbot.waitUntil(lambda: dialogo.aviso.isVisible())
    qtbot.wait(50)
    dialogo.grab().save(f"{CAPTURAS}/baja-error-motivo.png")
    assert "motivo" in dialogo.aviso.text() and dialogo.motivo.styleSheet()
    assert _altos(dialogo) == antes   # marcado en rojo, el campo no pierde altura
    _sin_superponerse(dialogo)
