"""La ventana en inglés (ESCRITORIO_IDIOMA=en) escribe números e importes a la inglesa, también los que arman los
servicios (dominio.formato, issue 44): el visor de la bitácora dice «Payment … from Rosario recorded: USD 1,250.50» y «Population
of Rosario: 1,348,725 inhab.» (antes, «USD 1.250,50» y «1.348.725» dentro de una frase en inglés). Las fechas cortas
siguen dd/mm/aaaa (la forma corta de en_GB); en castellano, todo como siempre (tests/interfaz/test_bitacora_visor.py).
"""

from datetime import date

import pytest

from escritorio.dominio.ficha import FichaMiembro
from escritorio.interfaz.dialogos.bitacora import DialogoBitacora
from escritorio.interfaz.idioma import instalar_idioma
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.miembros import dar_de_baja
from escritorio.servicios.pagos import NuevoPago, registrar_pago
from ayudas import oficina_de


@pytest.fixture
def historia(db, asociacion_id):
    """Un alta con su población, un pago y una baja, por los mismos servicios que usa la ventana."""
    contexto = Contexto(db, asociacion_id)
    rosario = guardar_ficha(contexto, FichaMiembro(nombre="Rosario", pais="AR", fecha_ingreso=date(2020, 3, 1)),
                            poblacion=(1348725, 2022, "Censo 2022"))
    pago = registrar_pago(contexto, NuevoPago(rosario, date.today(), "1.250,50", "USD", referencia="TRF-0042"))
    dar_de_baja(db, rosario, date.today(), "Renuncia presentada por nota")
    return pago


def test_la_bitacora_en_ingles_dice_el_importe_y_la_poblacion_a_la_inglesa(qtbot, qapp, db, historia):
    instalar_idioma(qapp, "en")   # la fixture de tests/interfaz/conftest.py deja después la aplicación como estaba
    dialogo = DialogoBitacora(oficina_de(db))
    qtbot.addWidget(dialogo)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    frases = [dialogo.tabla.item(fila, 2).text() for fila in range(dialogo.tabla.rowCount())]
    assert f"Payment {historia.recibo} from Rosario recorded: USD 1,250.50 by bank transfer (ref. TRF-0042)" in frases
    assert "Population of Rosario: 1,348,725 inhab. (2022)" in frases, frases
    hoy = date.today()
    assert any(f.endswith(f"{hoy.day:02d}/{hoy.month:02d}/{hoy.year}: Renuncia presentada por nota") for f in frases)
    assert not any("1.250,50" in f or "1.348.725" in f for f in frases)
    assert dialogo.resumen.text().startswith(f"{len(frases)} changes from ")
