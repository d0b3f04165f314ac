"""La base de los diálogos (interfaz/piezas/dialogo.py): un diálogo no pide más que la pantalla libre en la que se
abre, y los que heredan de DialogoBase (Bitácora, Datos de la asociación, Registrar pago, Manual) lo cumplen con la
pantalla de las pruebas, más chica que el tamaño que piden."""

from PySide6.QtWidgets import QWidget

from escritorio.interfaz.dialogos.asociacion import DialogoAsociacion
from escritorio.interfaz.dialogos.bitacora import DialogoBitacora
from escritorio.interfaz.dialogos.manual import DialogoManual
from escritorio.interfaz.dialogos.pago import DialogoPago
from escritorio.interfaz.piezas import DialogoBase, caber_en_la_pantalla, pantalla_libre
from escritorio.interfaz.piezas.pantalla import LIBRE_ABAJO
from ayudas import oficina_de


def test_caber_achica_solo_lo_que_no_entra(qtbot):
    ventana = QWidget()
    qtbot.addWidget(ventana)
    libre = pantalla_libre(ventana)
    assert caber_en_la_pantalla(ventana, 300, 200) is False
    assert (ventana.width(), ventana.height()) == (300, 200)
    assert caber_en_la_pantalla(ventana, libre.width() + 500, libre.height() + 500) is True
    assert (ventana.width(), ventana.height()) == (libre.width() - 40, libre.height() - 60 - LIBRE_ABAJO)


def test_el_titulo_y_la_modalidad_los_fija_la_base(qtbot):
    dialogo = DialogoBase(None, "Un título", modal=False)
    qtbot.addWidget(dialogo)
    assert dialogo.windowTitle() == "Un título" and not dialogo.isModal()


def test_los_dialogos_entran_en_la_pantalla(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    padre = QWidget()
    qtbot.addWidget(padre)
    libre = pantalla_libre(padre)
    for crear, pide in ((lambda: DialogoBitacora(oficina_de(db), padre), (1100, 640)),
                        (lambda: DialogoAsociacion(oficina_de(db, asociacion["id"]), padre), (760, 540)),
                        (lambda: DialogoPago(oficina_de(db, asociacion), None, padre), (760, 580)),
                        (lambda: DialogoManual(padre), (1000, 760))):
        dialogo = crear()
        assert isinstance(dialogo, DialogoBase)
        dialogo.show()
        qtbot.waitExposed(dialogo)
        titulo = dialogo.windowTitle()
        assert titulo, type(dialogo).__name__
        assert dialogo.width() <= min(pide[0], libre.width()) and dialogo.height() <= min(pide[1], libre.height()), (
            f"«{titulo}» mide {dialogo.width()}×{dialogo.height()} en una pantalla libre de "
            f"{libre.width()}×{libre.height()}")
        dialogo.close()


def test_el_pie_de_un_dialogo_queda_sobre_la_barra_de_tareas(qtbot):
    """Issue 78: un diálogo alto, o que crece con un texto más largo, llegaba a y=595 de 600 y una barra de tareas
    tapaba sus botones. Se deja libre el pie de la pantalla: 48 px."""
    from PySide6.QtWidgets import QLabel, QVBoxLayout

    padre = QWidget()
    qtbot.addWidget(padre)
    libre = pantalla_libre(padre)
    padre.setGeometry(libre.x(), libre.bottom() - 200, 300, 150)   # una ventana abajo: el diálogo se centra en ella
    padre.show()
    dialogo = DialogoBase(padre, "Alto")
    caja = QVBoxLayout(dialogo)
    texto = QLabel("renglón\n" * 12)
    texto.setWordWrap(True)
    caja.addWidget(texto)
    dialogo.show()
    qtbot.waitExposed(dialogo)
    qtbot.waitUntil(lambda: dialogo.frameGeometry().bottom() <= libre.bottom() - LIBRE_ABAJO)
    texto.setText("renglón\n" * 25)   # crece con el diálogo abierto
    qtbot.waitUntil(lambda: dialogo.height() > 300)
    qtbot.waitUntil(lambda: dialogo.frameGeometry().bottom() <= libre.bottom() - LIBRE_ABAJO)
    assert dialogo.frameGeometry().top() >= libre.top()
