"""El mapa de la red en la ventana (issue 45 §4): Inicio lo pinta con la leyenda y ubica con el nomenclátor a los que
faltan (mostrando el plan antes de guardar); la ficha propone con el nomenclátor región, población y ubicación de un
miembro nuevo, sin llenar nada hasta que se acepta, y guarda, corrige o quita la ubicación con «Guardar»."""

import dataclasses

import pytest
from PySide6.QtCore import QPointF, QThread
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from escritorio.dominio.mapa import Proyeccion
from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro
from escritorio.interfaz.vistas import inicio as inicio_modulo
from escritorio.interfaz.vistas.inicio import VistaInicio
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import obtener_ficha
from escritorio.servicios.miembros import listar_miembros
from escritorio.servicios.ubicaciones import quitar_ubicacion, ubicacion_de
from ayudas import oficina_de


def _colores_distintos(imagen) -> int:
    paso = 4
    return len({imagen.pixel(x, y) for x in range(0, imagen.width(), paso) for y in range(0, imagen.height(), paso)})


@pytest.fixture
def inicio(qtbot, demo_como):
    db = abrir_base(demo_como("red.db"))
    vista = VistaInicio()
    qtbot.addWidget(vista)
    vista.resize(1100, 800)
    vista.mostrar(oficina_de(db))
    vista.show()
    qtbot.waitExposed(vista)
    yield vista, db
    db.close()


def test_inicio_pinta_a_cada_miembro_vigente_con_su_leyenda_y_el_credito(inicio, qtbot):
    vista, _ = inicio
    tarjeta = vista.mapa
    qtbot.waitUntil(lambda: tarjeta.lienzo.circulos == 298)
    assert [(rotulo, n) for _, rotulo, n in tarjeta.leyenda.filas] == [("Activo", 298)]
    assert "Natural Earth" in tarjeta.credito.text() and "GeoNames" in tarjeta.credito.text()
    assert tarjeta.faltan.isHidden() and tarjeta.boton_ubicar.isHidden()
    imagen = tarjeta.lienzo.grab().toImage()
    assert _colores_distintos(imagen) > 20   # agua, países, bordes y círculos en varios tonos

    tarjeta.color_por.setCurrentIndex(tarjeta.color_por.findData("tramo"))
    assert [rotulo for _, rotulo, _ in tarjeta.leyenda.filas] == [
        "0 a 99.999 hab.", "100.000 a 499.999 hab.", "500.000 a 2.999.999 hab.", "3.000.000 hab. o más"]
    assert sum(n for _, _, n in tarjeta.leyenda.filas) == 298


def test_el_puntero_sobre_un_circulo_dice_que_miembro_es(inicio):
    vista, _ = inicio
    lienzo = vista.mapa.lienzo
    montevideo = next(p for p in lienzo.mapa.puntos if p.nombre == "Montevideo")
    x, y = Proyeccion(lienzo.mapa.encuadre, lienzo.width() - 2, lienzo.height() - 2).punto(
        montevideo.latitud, montevideo.longitud)
    encontrado = lienzo.punto_en(QPointF(x + 1, y + 1))
    assert encontrado is not None
    assert lienzo.texto_de(encontrado).startswith("Montevideo (Uruguay) · ")
    assert lienzo.punto_en(QPointF(2, 2)) is None   # en el agua no hay nadie


def test_los_que_no_tienen_ubicacion_se_ubican_con_el_nomenclator_despues_de_ver_el_plan(inicio, monkeypatch, qtbot):
    vista, db = inicio
    contexto = Contexto(db, 1)
    quitados = [m for m in listar_miembros(contexto) if m["nombre"] in ("Rosario", "Salvador")]
    for m in quitados:
        quitar_ubicacion(contexto, m["id"])
    vista.mostrar(oficina_de(db))
    qtbot.waitUntil(lambda: vista.mapa.lienzo.circulos == 296)   # lo pintado, no lo pedido
    assert vista.mapa.faltan.text().startswith("2 sin ubicación en el mapa (")
    assert vista.mapa.boton_ubicar.isVisible()

    preguntas = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, texto, *a, **k: preguntas.append(texto)
                        or QMessageBox.StandardButton.No)
    vista.mapa.boton_ubicar.click()
    assert "Se ubicarán 2 miembros con las ciudades de GeoNames" in preguntas[0]
    assert "Rosario → Rosario, Santa Fe" in preguntas[0]
    assert all(ubicacion_de(contexto, m["id"]) is None for m in quitados)   # dijo que no: nada guardado

    # Armar el plan y guardarlo corren fuera del hilo de la ventana (con 100.000 miembros, más de un segundo cada uno).
    hilos = []
    original = inicio_modulo.ubicar_con_el_nomenclator
    monkeypatch.setattr(inicio_modulo, "ubicar_con_el_nomenclator", lambda *a, **k: hilos.append(
        QThread.currentThread() is not QApplication.instance().thread()) or original(*a, **k))
    avisos = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, texto, *a, **k: avisos.append(texto))
    vista.mapa.boton_ubicar.click()
    assert avisos == ["2 miembros ubicados en el mapa."]
    assert hilos == [True, True]   # el plan y lo guardado, los dos en otro hilo
    assert all(ubicacion_de(contexto, m["id"])["fuente"] == "GeoNames (geonames.org)" for m in quitados)
    qtbot.waitUntil(lambda: vista.mapa.lienzo.circulos == 298)
    assert vista.mapa.faltan.isHidden()


@pytest.fixture
def ficha_nueva(qtbot, db, asociacion_id):
    dialogo = DialogoFichaMiembro(oficina_de(db, asociacion_id), None)
    qtbot.addWidget(dialogo)
    return dialogo


def test_el_nomenclator_propone_al_crear_y_no_llena_nada_hasta_que_se_acepta(qtbot, ficha_nueva, db):
    dialogo = ficha_nueva
    qtbot.keyClicks(dialogo.nombre, "Rosario")
    dialogo.pais.setCurrentIndex(dialogo.pais.findData("AR"))
    assert dialogo.propuesta.isVisibleTo(dialogo)
    texto = dialogo.propuesta.text()
    assert "Santa Fe" in texto and "1.173.533 hab." in texto and "GeoNames" in texto and "2015" in texto
    assert "32,95° S, 60,64° O" in texto
    assert (dialogo.region.text(), dialogo.poblacion.text(), dialogo.latitud.text()) == ("", "", "")   # nada solo

    dialogo.boton_usar.click()
    assert (dialogo.region.text(), dialogo.poblacion.text(), dialogo.anio.text()) == ("Santa Fe", "1.173.533", "2015")
    assert (dialogo.latitud.text(), dialogo.longitud.text()) == ("-32,94682", "-60,63932")
    dialogo.boton_guardar.click()
    assert dialogo.miembro_id is not None
    guardada = obtener_ficha(db, dialogo.miembro_id)
    assert guardada["region"] == "Santa Fe"
    assert [(p["cifra"], p["anio"], p["fuente"]) for p in guardada["poblaciones"]] == [
        (1173533, 2015, "GeoNames (geonames.org)")]
    assert guardada["ubicacion"] == {"latitud": -32.94682, "longitud": -60.63932, "fuente": "GeoNames (geonames.org)"}


def test_una_ciudad_que_el_nomenclator_no_conoce_no_muestra_propuesta_y_la_busqueda_lo_dice(qtbot, ficha_nueva):
    dialogo = ficha_nueva
    qtbot.keyClicks(dialogo.nombre, "Villa Inventada")
    dialogo.pais.setCurrentIndex(dialogo.pais.findData("AR"))
    assert not dialogo.propuesta.isVisibleTo(dialogo)
    dialogo.boton_nomenclator.click()
    assert "no tiene una ciudad «Villa Inventada» en Argentina" in dialogo.propuesta.text()
    assert dialogo.boton_usar.isHidden()


def test_la_ubicacion_se_corrige_a_mano_se_valida_y_se_quita_con_guardar(qtbot, ficha_nueva, db, asociacion_id):
    dialogo = ficha_nueva
    qtbot.keyClicks(dialogo.nombre, "Villa Inventada")
    dialogo.pais.setCurrentIndex(dialogo.pais.findData("AR"))
    qtbot.keyClicks(dialogo.poblacion, "12000")
    qtbot.keyClicks(dialogo.latitud, "95")
    qtbot.keyClicks(dialogo.longitud, "-60,5")
    assert dialogo.fuente_ubicacion.text() == "Secretaría"   # escrita a mano
    assert not dialogo.guardar()
    assert dialogo.latitud.toolTip().startswith("Latitud: debe estar entre -90 y 90 grados")
    assert db.execute("SELECT count(*) FROM miembros").fetchone()[0] == 0   # nada guardado

    dialogo.latitud.clear()
    qtbot.keyClicks(dialogo.latitud, "31,4 S")
    assert dialogo.guardar()
    contexto = Contexto(db, asociacion_id)
    assert ubicacion_de(contexto, dialogo.miembro_id) == {"latitud": -31.4, "longitud": -60.5, "fuente": "Secretaría"}

    # Reabierta desde la base, muestra lo guardado; borrar las dos coordenadas lo saca del mapa.
    otra = DialogoFichaMiembro(oficina_de(db, asociacion_id), dialogo.miembro_id)
    qtbot.addWidget(otra)
    assert (otra.latitud.text(), otra.longitud.text()) == ("-31,4", "-60,5")
    otra.latitud.clear()
    otra.longitud.clear()
    assert otra.guardar()
    assert ubicacion_de(contexto, dialogo.miembro_id) is None


def test_usar_la_propuesta_no_pisa_lo_escrito(qtbot, ficha_nueva, db):
    """La misma regla que «miembros agregar --nomenclator» (dominio.nomenclator.lo_que_completa): la región y la
    población escritas quedan; la ubicación, que se pidió usar, se pone."""
    dialogo = ficha_nueva
    qtbot.keyClicks(dialogo.nombre, "Rosario")
    dialogo.pais.setCurrentIndex(dialogo.pais.findData("AR"))
    qtbot.keyClicks(dialogo.region, "Provincia de Santa Fe")
    qtbot.keyClicks(dialogo.poblacion, "1348725")
    qtbot.keyClicks(dialogo.anio, "2022")
    dialogo.boton_usar.click()
    assert (dialogo.region.text(), dialogo.poblacion.text(), dialogo.anio.text()) == (
        "Provincia de Santa Fe", "1348725", "2022")
    assert (dialogo.latitud.text(), dialogo.fuente_ubicacion.text()) == ("-32,94682", "GeoNames (geonames.org)")
    assert dialogo.guardar()
    guardada = obtener_ficha(db, dialogo.miembro_id)
    assert [(p["cifra"], p["anio"]) for p in guardada["poblaciones"]] == [(1348725, 2022)]


def test_la_ficha_propone_la_ciudad_de_la_region_escrita_como_miembros_ubicar(qtbot, ficha_nueva):
    """Dos Mercedes en la Argentina: sin región la ficha propone la de Buenos Aires (la más poblada); con «Corrientes»
    escrita en Región, la de Corrientes, como «miembros ubicar» (antes la ficha proponía siempre la más poblada)."""
    dialogo = ficha_nueva
    qtbot.keyClicks(dialogo.nombre, "Mercedes")
    dialogo.pais.setCurrentIndex(dialogo.pais.findData("AR"))
    assert "Buenos Aires" in dialogo.propuesta.text() and "Hay otra ciudad con ese nombre" in dialogo.propuesta.text()
    qtbot.keyClicks(dialogo.region, "Corrientes")
    dialogo.boton_nomenclator.click()
    assert "Corrientes" in dialogo.propuesta.text() and "de la región escrita" in dialogo.propuesta.text()
    dialogo.boton_usar.click()
    assert (dialogo.latitud.text(), dialogo.longitud.text()) == ("-29,18186", "-58,07895")


def test_los_contornos_guardados_siguen_al_tamano_y_al_mapa(inicio, qtbot):
    """El lienzo guarda los países ya proyectados: al cambiar de tamaño o de mapa pinta lo mismo que uno nuevo."""
    from escritorio.interfaz.vistas.inicio.mapa import LienzoDelMapa

    vista, _ = inicio
    lienzo = vista.mapa.lienzo
    qtbot.waitUntil(lambda: lienzo.circulos == 298)

    def como_uno_nuevo(ancho: int, alto: int):
        nuevo = LienzoDelMapa()
        qtbot.addWidget(nuevo)
        nuevo.resize(ancho, alto)
        nuevo.mostrar(lienzo.mapa, lienzo.por)
        return _imagen(nuevo)

    def _imagen(widget):
        return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)

    lienzo.grab()                       # guarda los contornos de este tamaño
    for ancho, alto in ((700, 420), (420, 300)):
        lienzo.setFixedSize(ancho, alto)
        assert _imagen(lienzo) == como_uno_nuevo(ancho, alto)
    otro = dataclasses.replace(lienzo.mapa, paises_de_la_red=frozenset())
    lienzo.mostrar(otro, lienzo.por)    # otro mapa del mismo tamaño: ningún país de la red
    assert _imagen(lienzo) == como_uno_nuevo(420, 300)
