"""Boletas de varios nombres en la ventana (issue 59, punto 3): el diálogo del cargo elige la forma de la boleta y
cuántas marcas; el panel de la elección pide las marcas de cada candidatura y las boletas emitidas (o cada boleta), y
dice lo que está mal con las palabras del servicio, el mismo que usa la línea de órdenes."""

from escritorio.datos.conexion import ruta_de
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.elecciones import obtener_eleccion
from test_elecciones_gui import abrir_eleccion, agregar_candidaturas, definir_cargo, id_de
from test_sesiones_gui import mensajes, vista  # noqa: F401 (fixtures)

NOMBRES = ("Montevideo", "Lima", "Santiago")


def _dos_puestos_con_marcas(dialogo):
    dialogo.cargo.setCurrentIndex(dialogo.cargo.findData("titular"))
    dialogo.puestos.setValue(2)
    assert not dialogo.marcas_max.isEnabled()          # con un voto por boleta, sin marcas que elegir
    dialogo.boleta.setCurrentIndex(dialogo.boleta.findData("marcas"))
    assert dialogo.marcas_max.isEnabled() and dialogo.marcas_max.value() == 2   # propone tantas como puestos


def test_dos_puestos_con_boletas_de_dos_marcas_en_la_ventana(vista, monkeypatch, demo_abierta, qtbot):
    db, asociacion = demo_abierta
    ids = {n: id_de(db, asociacion, n) for n in NOMBRES}
    editor, panel, punto = abrir_eleccion(vista, monkeypatch, presentes=10, titulo="Elección de dos consejeras")
    definir_cargo(panel, monkeypatch, revisar=_dos_puestos_con_marcas)
    assert panel.eleccion.boleta == "marcas" and panel.eleccion.marcas_max == 2
    assert "varias marcas por boleta: de 1 a 2 candidaturas" in panel.explicacion_cargo.text()
    assert "pluralidad" in panel.regla.text() and "mayoría de la regla de elecciones no se aplica" in panel.regla.text()
    assert agregar_candidaturas(panel, monkeypatch, *((ids[n], "") for n in NOMBRES)) == []
    assert panel.boletas_emitidas.isVisibleTo(panel) and panel.por_boleta.isVisibleTo(panel)

    for nombre, marcas in zip(NOMBRES, (8, 7, 5)):
        panel.contadores[nombre].setValue(marcas)
    assert "Escriba cuántas boletas se emitieron" in panel.problemas.texto
    panel.boletas_emitidas.setValue(9)
    assert "Hay 20 marcas en total y 9 boletas con marcas admiten como máximo 18 marcas" in panel.problemas.texto
    assert not panel.boton_cerrar.isEnabled() or "Todavía no se puede cerrar" in panel.texto_resultado
    panel.boletas_emitidas.setValue(10)
    assert panel.texto_resultado.startswith("Si se cierra ahora: Elección de 2 puestos por pluralidad de marcas")
    editor.window().resize(1024, 600)
    qtbot.wait(50)
    editor.window().grab().save("/tmp/boletas_de_varias_marcas_1024x600.png")
    panel._contenido.grab().save("/tmp/boletas_panel_entero.png")
    monkeypatch.setattr(type(panel), "confirmar_cierre", lambda self, texto: True)
    panel.boton_cerrar.click()

    assert panel.eleccion.estado == "cerrada"
    assert [c["nombre"] for c in panel.eleccion.electas] == ["Montevideo", "Lima"]
    assert "Boletas emitidas: 10" in panel.otros_cerrada.text()
    # Releído de la base, con otra conexión: las marcas y las boletas guardadas.
    otra = abrir_base(ruta_de(db))
    try:
        guardada = obtener_eleccion(Contexto(otra, asociacion["id"]), punto)
    finally:
        otra.close()
    assert (guardada.boletas, guardada.marcas_max) == (10, 2)
    assert {c["nombre"]: c["votos"] for c in guardada.candidaturas} == {"Montevideo": 8, "Lima": 7, "Santiago": 5}


def test_boleta_por_boleta_en_la_ventana(vista, monkeypatch, demo_abierta):
    db, asociacion = demo_abierta
    ids = {n: id_de(db, asociacion, n) for n in NOMBRES}
    editor, panel, punto = abrir_eleccion(vista, monkeypatch, presentes=10, titulo="Elección de dos consejeras")
    definir_cargo(panel, monkeypatch, revisar=_dos_puestos_con_marcas)
    agregar_candidaturas(panel, monkeypatch, *((ids[n], "") for n in NOMBRES))
    candidaturas = {c["nombre"]: c["id"] for c in panel.eleccion.candidaturas}
    boletas = panel.por_boleta
    boletas.marcar(candidaturas["Montevideo"], candidaturas["Lima"], candidaturas["Santiago"])
    boletas.agregar_marcada()
    assert "Boleta 1: tiene 3 marcas y cada boleta marca como máximo 2" in panel.problemas.texto
    assert not panel.contadores["Montevideo"].isEnabled()   # con boletas escritas, los totales no se escriben
    boletas.borrar()
    assert panel.contadores["Montevideo"].isEnabled()
    for _ in range(4):
        boletas.marcar(candidaturas["Montevideo"], candidaturas["Lima"])
        boletas.agregar_marcada()
    boletas.marcar(candidaturas["Santiago"])
    boletas.agregar_marcada()
    boletas.botones_sin_marcas["nulo"].click()
    assert "6 boletas escritas" in boletas.escritas.text()
    monkeypatch.setattr(type(panel), "confirmar_cierre", lambda self, texto: True)
    panel.boton_cerrar.click()
    assert panel.eleccion.estado == "cerrada"
    assert (panel.eleccion.boletas, panel.eleccion.nulos) == (6, 1)
    assert [c["nombre"] for c in panel.eleccion.electas] == ["Montevideo", "Lima"]
