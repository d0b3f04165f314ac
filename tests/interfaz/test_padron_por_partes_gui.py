"""La tabla de Miembros al abrir la ventana (issue 48): se pinta con la primera pantalla del padrón, leída en el hilo
de la apertura, y el resto llega solo, de a tramos, al final de la tabla: lo que se ve no se mueve, la fila elegida
sigue elegida, y buscar u ordenar mientras llega da lo mismo que con todo el padrón
(interfaz/modelos/llenado_del_padron.py, servicios/padron_por_partes.py)."""

import sqlite3

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt

from escritorio.dominio.texto import normalizar
from escritorio.interfaz.vistas.miembros import VistaMiembros
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.miembros import listar_padron, padron_de_la_tabla
from escritorio.servicios.oficina import Oficina
from escritorio.servicios.padron_por_partes import PRIMERA_PANTALLA, LecturaDelPadron


def _ids_a_la_vista(vista) -> list[int]:
    return [vista.modelo.miembro(fila)["id"] for fila in range(vista.filtro.rowCount())]


def test_abre_con_la_primera_pantalla_y_el_resto_llega_sin_mover_lo_que_se_ve(qtbot, vista_recien_abierta):
    vista, contexto = vista_recien_abierta
    entero = [f[0] for f in padron_de_la_tabla(contexto).filas]
    assert vista.modelo.total == PRIMERA_PANTALLA < len(entero)
    assert _ids_a_la_vista(vista) == entero[:PRIMERA_PANTALLA]
    assert "llegando" in vista.resumen.text() and "300" in vista.resumen.text()
    reinicios = []
    vista.filtro.modelReset.connect(lambda: reinicios.append(1))
    vista.tabla.selectionModel().setCurrentIndex(
        vista.filtro.index(5, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    elegido = vista.miembro_seleccionado()["id"]

    vista.show()   # el resto empieza cuando la tabla se pintó
    qtbot.waitUntil(lambda: vista.modelo.completo, timeout=10_000)

    assert _ids_a_la_vista(vista) == entero
    assert reinicios == []   # se agregaron filas al final: la tabla no se recargó
    assert vista.miembro_seleccionado()["id"] == elegido
    assert vista.tabla.currentIndex().row() == 5
    assert vista.resumen.text() == "300 de 300 miembros"


def test_buscar_mientras_llega_encuentra_tambien_lo_que_llega_despues(qtbot, vista_recien_abierta):
    vista, contexto = vista_recien_abierta
    qtbot.keyClicks(vista.busqueda, "san")
    vista.show()
    qtbot.waitUntil(lambda: vista.modelo.completo, timeout=10_000)
    esperado = [m["id"] for m in listar_padron(contexto)
                if "san" in normalizar(f"{m['nombre']} {m['pais_nombre']} {m['region'] or ''} {m['codigo'] or ''}")]
    assert len(esperado) > 0
    assert _ids_a_la_vista(vista) == esperado
    assert vista.resumen.text() == f"{len(esperado)} de 300 miembros"


def test_ordenar_mientras_llega_ordena_el_padron_entero(qtbot, vista_recien_abierta):
    vista, contexto = vista_recien_abierta
    vista.tabla.sortByColumn(3, Qt.SortOrder.DescendingOrder)   # Población, de mayor a menor, antes de que llegue
    vista.show()
    qtbot.waitUntil(lambda: vista.modelo.completo, timeout=10_000)
    poblaciones = [vista.modelo.miembro(fila)["poblacion"] or 0 for fila in range(vista.filtro.rowCount())]
    assert len(poblaciones) == 300
    assert poblaciones == sorted(poblaciones, reverse=True)


def test_si_otro_programa_escribe_antes_de_que_llegue_el_resto_se_ve_lo_que_hay(qtbot, vista_recien_abierta):
    """Un miembro que va arriba, agregado por otro programa entre la primera pantalla y el resto: la tabla termina
    mostrando el padrón como está en la base (se carga entera otra vez), no una mezcla."""
    vista, contexto = vista_recien_abierta
    primer_pais = vista.modelo.miembro(0)["pais"]
    otro = sqlite3.connect(contexto.db.execute("PRAGMA database_list").fetchone()[2])
    with otro:
        otro.execute("INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (?, '¡Aaa primero!', ?)",
                     [contexto.asociacion_id, primer_pais])
    otro.close()
    vista.show()
    qtbot.waitUntil(lambda: vista.modelo.completo, timeout=10_000)
    assert _ids_a_la_vista(vista) == [f[0] for f in padron_de_la_tabla(contexto).filas]
    assert vista.modelo.miembro(0)["nombre"] == "¡Aaa primero!"
    assert vista.resumen.text() == "301 de 301 miembros"


def test_recargar_o_cerrar_mientras_llega_deja_de_leer(qtbot, vista_recien_abierta, monkeypatch):
    vista, contexto = vista_recien_abierta
    # La lectura queda a mitad (cada tramo no trae nada): con 300 miembros y el orden guardado terminaría entre dos
    # miradas de waitUntil, y la prueba es de qué pasa si se cierra o recarga MIENTRAS llega.
    monkeypatch.setattr(LecturaDelPadron, "avanzar", lambda self, tramo=0: [])
    vista.show()
    qtbot.waitUntil(lambda: vista.llenado.activo and vista.llenado._lectura is not None, timeout=5000)
    lectura = vista.llenado._lectura
    vista.detener_llenado()   # lo que hace la ventana al cerrarse
    assert not vista.llenado.activo and lectura._db is None   # su conexión de lectura, suelta
    vista.recargar()   # y una recarga lee el padrón entero, de una vez
    assert vista.modelo.completo and vista.modelo.total == 300


def test_el_respaldo_de_apertura_espera_a_que_llegue_el_padron(qtbot, tmp_path, copia_de_la_demo):
    """Lo que la apertura deja para después de pintar (la comprobación pendiente y el respaldo) empieza cuando la
    tabla tiene el padrón entero: no le quita procesador a lo que falta traer."""
    import threading

    from escritorio.interfaz import aplicacion
    from escritorio.interfaz.apertura import (AREA_MIEMBROS, AperturaAdelantada, PadronQueMostrara,
                                              abrir_para_la_ventana)
    from escritorio.interfaz.ventana_principal import VentanaPrincipal

    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    ajustes.setValue("ventana/area", AREA_MIEMBROS)
    db = abrir_para_la_ventana(copia_de_la_demo, respaldo_despues=True,
                               padron=PadronQueMostrara("RCS", ajustes))
    assert db.estado.padron_adelantado is not None
    ventana = VentanaPrincipal(db, ajustes)
    qtbot.addWidget(ventana)
    modelo = ventana.miembros.modelo
    assert not modelo.completo
    al_empezar_el_respaldo = []
    hecho = threading.Event()

    def respaldo(_db):
        al_empezar_el_respaldo.append(modelo.completo)
        hecho.set()

    aplicacion.avisar_al_terminar_el_respaldo(ventana, AperturaAdelantada(lambda: db, despues=respaldo))
    ventana.show()
    qtbot.waitUntil(hecho.is_set, timeout=10_000)
    assert al_empezar_el_respaldo == [True] and modelo.total == 300
    ventana.close()
    db.close()


def test_el_orden_elegido_con_la_cabecera_sigue_al_recargar(qtbot, vista_recien_abierta):
    """Ordenar por Población y después guardar algo (la tabla se recarga): sigue ordenada como dice la flecha."""
    vista, contexto = vista_recien_abierta
    vista.show()
    qtbot.waitUntil(lambda: vista.modelo.completo, timeout=10_000)
    vista.tabla.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    vista.recargar()   # lo que hace la vista después de una ficha, una baja o lo que escribe otro programa
    poblaciones = [vista.modelo.miembro(fila)["poblacion"] or 0 for fila in range(vista.filtro.rowCount())]
    assert len(poblaciones) == 300 and poblaciones == sorted(poblaciones, reverse=True)
    assert vista.tabla.horizontalHeader().sortIndicatorSection() == 3


def test_al_abrir_no_queda_una_flecha_de_orden_de_la_vez_anterior(qtbot, tmp_path, demo_abierta):
    """Los anchos de las columnas se recuerdan; la flecha de orden no, porque la tabla abre en el orden del padrón."""
    db, asociacion = demo_abierta
    ajustes = QSettings(str(tmp_path / "vista.ini"), QSettings.Format.IniFormat)
    primera = VistaMiembros(ajustes)
    qtbot.addWidget(primera)
    primera.mostrar(Oficina(db, asociacion))
    primera.tabla.setColumnWidth(0, 333)
    primera.tabla.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    primera.guardar_estado()

    segunda = VistaMiembros(ajustes)
    qtbot.addWidget(segunda)
    segunda.mostrar(Oficina(db, asociacion))
    assert segunda.tabla.columnWidth(0) == 333
    assert segunda.tabla.horizontalHeader().sortIndicatorSection() == -1
    assert _ids_a_la_vista(segunda) == [f[0] for f in padron_de_la_tabla(Contexto(db, asociacion["id"])).filas]


def test_mientras_llega_el_padron_la_basura_espera_y_al_terminar_se_recoge(qtbot, vista_recien_abierta, monkeypatch):
    """Recorrer la basura mientras llegan las filas alarga la espera (interfaz/recolector.py): mientras el resto
    llega, el recolector de la ventana no recoge; con la tabla entera, el tic siguiente recoge, con reloj de verdad."""
    import gc

    from escritorio.interfaz import recolector

    vista, _ = vista_recien_abierta
    recogidas, durante = [], []
    monkeypatch.setattr(gc, "collect", lambda generacion=2: recogidas.append(generacion) or 0)
    monkeypatch.setattr(gc, "get_count", lambda: (10_000, 0, 0))   # siempre pasado el umbral de la generación 0

    def tramo_mirado(original=vista.llenado._tramo):
        recolector.recoger_si_toca()   # como el tic del recolector, en medio de la llegada
        durante.append(recolector.en_pausa())
        original()

    monkeypatch.setattr(vista.llenado, "_tramo", tramo_mirado)
    vista.llenado._reloj.timeout.disconnect()
    vista.llenado._reloj.timeout.connect(tramo_mirado)
    vista.show()
    qtbot.waitUntil(lambda: vista.modelo.completo, timeout=10_000)

    assert durante and all(durante) and recogidas == []
    assert not recolector.en_pausa()
    reloj = recolector.RecolectorDeLaVentana(intervalo_ms=20)
    try:
        qtbot.waitUntil(lambda: recogidas == [0], timeout=5_000)
    finally:
        reloj.detener()


def test_una_pausa_olvidada_no_deja_de_recoger(monkeypatch):
    import gc

    from escritorio.interfaz import recolector

    recogidas = []
    monkeypatch.setattr(gc, "collect", lambda generacion=2: recogidas.append(generacion) or 0)
    monkeypatch.setattr(gc, "get_count", lambda: (10_000, 0, 0))
    olvidadiza = object()
    recolector.pausar(olvidadiza)
    try:
        recolector.recoger_si_toca()
        assert recogidas == []
        monkeypatch.setitem(recolector._pausas, id(olvidadiza), recolector.time.monotonic() - recolector.PAUSA_MAXIMA_S)
        recolector.recoger_si_toca()
        assert recogidas == [0]
    finally:
        recolector.reanudar(olvidadiza)


def test_el_resto_llega_con_la_lectura_preparada_al_abrir(qtbot, vista_recien_abierta, monkeypatch):
    """La lectura del resto se preparó con la primera pantalla (servicios/padron_por_partes.py): pintada la tabla,
    se empieza esa, sin abrir otra conexión en el hilo de la ventana, y la tabla queda con el padrón entero."""
    from escritorio.servicios import padron_por_partes

    vista, contexto = vista_recien_abierta
    abiertas = []
    original = padron_por_partes.foto_para_leer
    monkeypatch.setattr(padron_por_partes, "foto_para_leer", lambda db: abiertas.append(db) or original(db))
    vista.show()
    qtbot.waitUntil(lambda: vista.modelo.completo, timeout=10_000)
    assert abiertas == []
    assert _ids_a_la_vista(vista) == [f[0] for f in padron_de_la_tabla(contexto).filas]
