"""La tabla de Miembros con el orden de la vez anterior (servicios/orden_guardado.py, issue 63 §5): al abrir otra vez
la ventana el padrón llega sin ordenar de nuevo cada nombre, y es el mismo, en el mismo orden; un nombre cambiado
entre una apertura y otra se ve en su lugar nuevo, nunca en el de antes."""

from PySide6.QtCore import QSettings

from escritorio.dominio.paises import idioma_de_los_nombres
from escritorio.interfaz.vistas.miembros import VistaMiembros
from escritorio.servicios import miembros as servicio_miembros
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import padron_de_la_tabla
from escritorio.servicios.oficina import Oficina
from escritorio.servicios.orden_guardado import ruta_del_orden
from escritorio.servicios.padron_por_partes import adelantar_primera_pantalla


def _abrir_y_esperar(qtbot, tmp_path, db, asociacion) -> VistaMiembros:
    """El área Miembros como la abre la ventana (la primera pantalla adelantada, el resto al pintarse), con todo."""
    adelantar_primera_pantalla(db, asociacion["sigla"], idioma_de_los_nombres())
    vista = VistaMiembros(QSettings(str(tmp_path / "vista.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(vista)
    vista.resize(1000, 600)
    vista.mostrar(Oficina(db, asociacion))
    assert not vista.modelo.completo   # empieza con la primera pantalla
    vista.show()
    qtbot.waitUntil(lambda: vista.modelo.completo, timeout=10_000)
    return vista


def _ids_a_la_vista(vista) -> list[int]:
    return [vista.modelo.miembro(fila)["id"] for fila in range(vista.filtro.rowCount())]


def test_la_segunda_apertura_muestra_el_mismo_padron_sin_ordenarlo_de_nuevo(qtbot, tmp_path, demo_abierta,
                                                                          monkeypatch):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    entero = [f[0] for f in padron_de_la_tabla(contexto).filas]
    primera = _abrir_y_esperar(qtbot, tmp_path, db, asociacion)
    assert _ids_a_la_vista(primera) == entero
    qtbot.waitUntil(lambda: ruta_del_orden(db).exists(), timeout=5000)   # guardado con la tabla ya entera
    primera.close()

    ordenados = []
    original = servicio_miembros.OrdenDelPadron.claves_en_el_pais
    monkeypatch.setattr(servicio_miembros.OrdenDelPadron, "claves_en_el_pais",
                        lambda self, filas, *a, **k: ordenados.append(len(filas)) or original(self, filas, *a, **k))
    segunda = _abrir_y_esperar(qtbot, tmp_path, db, asociacion)
    assert _ids_a_la_vista(segunda) == entero
    assert ordenados == []
    assert segunda.resumen.text() == "300 de 300 miembros"


def test_un_nombre_cambiado_entre_dos_aperturas_se_ve_en_su_lugar_nuevo(qtbot, tmp_path, demo_abierta,
                                                                       copia_de_la_demo, cli):
    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    _abrir_y_esperar(qtbot, tmp_path, db, asociacion).close()
    assert ruta_del_orden(db).exists()
    antes = padron_de_la_tabla(contexto).filas
    ultimo = antes[-1]
    resultado = cli("miembros", "editar", ultimo[0], "--nombre", "Aaa nombre nuevo", db=copia_de_la_demo)
    assert resultado.returncode == 0, resultado.stderr

    vista = _abrir_y_esperar(qtbot, tmp_path, db, asociacion)
    ahora = [f[0] for f in padron_de_la_tabla(contexto).filas]
    assert ahora != [f[0] for f in antes]
    assert _ids_a_la_vista(vista) == ahora
    fila = _ids_a_la_vista(vista).index(ultimo[0])
    assert vista.modelo.miembro(fila)["nombre"] == "Aaa nombre nuevo"
    assert vista.modelo.miembro(fila - 1)["pais"] != ultimo[2]   # el primero de su país


def test_lo_que_llega_se_agrega_a_la_tabla_de_a_entregas_y_llega_entero(qtbot, tmp_path, demo_abierta, monkeypatch):
    """Lo leído se agrega a la tabla cada `ENTREGA_MS` y al terminar, no país por país (cada entrega vuelve a acomodar
    y pintar la tabla y la cuenta): con una entrega más larga que la lectura, una sola; y el padrón llega entero, en
    su orden."""
    from escritorio.interfaz.modelos.llenado_del_padron import LlenadoDelPadron

    db, asociacion = demo_abierta
    contexto = Contexto(db, asociacion["id"])
    entero = padron_de_la_tabla(contexto).filas
    paises_por_llegar = len({f[2] for f in entero[200:]})
    for entrega_ms, entregas_esperadas in ((0, paises_por_llegar), (60_000, 1)):
        monkeypatch.setattr(LlenadoDelPadron, "ENTREGA_MS", entrega_ms)
        adelantar_primera_pantalla(db, asociacion["sigla"], idioma_de_los_nombres())
        vista = VistaMiembros(QSettings(str(tmp_path / "vista.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(vista)
        vista.mostrar(Oficina(db, asociacion))
        entregas = []
        vista.filtro.rowsInserted.connect(lambda *_: entregas.append(vista.filtro.rowCount()))
        vista.show()
        qtbot.waitUntil(lambda: vista.modelo.completo, timeout=10_000)
        assert _ids_a_la_vista(vista) == [f[0] for f in entero]
        assert len(entregas) == entregas_esperadas, entrega_ms
        assert entregas[-1] == 300 and vista.resumen.text() == "300 de 300 miembros"
        vista.close()
