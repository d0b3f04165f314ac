"""Inicio: el tablero muestra lo que la secretaría necesita ver de un vistazo, y los gráficos se pintan."""

import pytest
from PySide6.QtGui import QColor, QImage

from escritorio.interfaz.graficos import GraficoAnillo, GraficoBarras
from escritorio.interfaz.vistas.inicio import VistaInicio
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion, listar_asociaciones
from escritorio.servicios.base import abrir_base
from ayudas import oficina_de

PAISES_DEMO = {"Brasil", "Argentina", "Colombia", "Chile", "Perú", "Venezuela", "Uruguay", "Paraguay", "Bolivia"}


@pytest.fixture
def vista(qtbot, demo_abierta):
    db, asociacion = demo_abierta
    widget = VistaInicio()
    qtbot.addWidget(widget)
    widget.mostrar(oficina_de(db, asociacion))
    return widget


def _tiene_tinta(imagen: QImage) -> bool:
    """La imagen no es un rectángulo liso: algo (texto, barras) se pintó encima del fondo."""
    assert not imagen.isNull() and imagen.width() > 0 and imagen.height() > 0
    fondo = imagen.pixelColor(0, 0)
    paso = max(1, min(imagen.width(), imagen.height()) // 60)
    return any(imagen.pixelColor(x, y) != fondo
               for x in range(0, imagen.width(), paso) for y in range(0, imagen.height(), paso))


def test_encabezado_con_nombre_sigla_y_total_de_vigentes(vista):
    assert vista.etiqueta_nombre.text() == "Red de Ciudades del Sur (ejemplo)"
    assert vista.etiqueta_sigla.text() == "RCS"
    assert vista.total == "298"
    assert vista.etiqueta_total_texto.text() == "miembros vigentes"


def test_miembros_por_pais_con_los_nueve_paises_y_brasil_primero(vista):
    grafico = vista.grafico_paises
    assert grafico.titulo == "Miembros por país"
    etiquetas = [etiqueta for etiqueta, _ in grafico.datos]
    assert len(etiquetas) == 9 and set(etiquetas) == PAISES_DEMO
    assert grafico.textos[0] == ("Brasil", "79")
    valores = [valor for _, valor in grafico.datos]
    assert valores == sorted(valores, reverse=True)
    assert sum(valores) == 298
    assert grafico.texto_ayuda(0) == "Brasil: 79 (26,5\u00a0% del total)"


def test_miembros_por_estado_y_por_tramo(vista):
    leyenda = vista.grafico_estados.leyenda
    assert [fila[:2] for fila in leyenda] == [("Activo", "298"), ("Suspendido", "0"), ("Baja", "2")]
    assert leyenda[0][2] == "99,3\u00a0%"
    assert vista.grafico_estados.texto_centro == "300"
    tramos = vista.grafico_tramos.datos   # los de la escala vigente de la demo (test_inicio_tramos_de_la_escala)
    assert [etiqueta for etiqueta, _ in tramos] == [
        "0 a 99.999 hab.", "100.000 a 499.999 hab.", "500.000 a 2.999.999 hab.", "3.000.000 hab. o más"]
    assert sum(valor for _, valor in tramos) == 298


def test_fundadores_y_cambios_recientes(vista):
    fundadores = vista.lista_fundadores.textos
    assert len(fundadores) == 12
    assert "Montevideo (Uruguay)" in fundadores
    assert "Córdoba (Argentina)" in fundadores
    recientes = vista.lista_recientes.textos
    assert recientes and all("alta en el padrón" in texto for texto in recientes)


def test_la_vista_se_dibuja_y_se_reacomoda_segun_el_ancho(vista, qtbot):
    for ancho, alto, columnas in ((1100, 760, 2), (900, 650, 2), (1400, 900, 3), (700, 600, 1)):
        vista.resize(ancho, alto)
        vista.show()
        qtbot.waitExposed(vista)
        assert vista.columnas == columnas
        assert _tiene_tinta(vista.grab().toImage())


def test_asociacion_sin_miembros_muestra_avisos_en_lugar_de_graficos(qtbot, tmp_path):
    db = abrir_base(tmp_path / "nueva.db")
    ident = crear_asociacion(db, NuevaAsociacion(nombre="Red Nueva", sigla="RN", paises={"AR": "pleno"}))
    asociacion = next(a for a in listar_asociaciones(db) if a["id"] == ident)
    widget = VistaInicio()
    qtbot.addWidget(widget)
    widget.mostrar(oficina_de(db, asociacion))
    assert widget.total == "0"
    assert widget.grafico_paises.mensaje == "Sin datos"
    assert widget.grafico_estados.mensaje == "Sin datos"
    assert widget.lista_fundadores.textos == ()
    assert widget.lista_fundadores.mensaje == "No hay miembros fundadores registrados."
    db.close()


def test_grafico_de_barras_vacio_dice_sin_datos(qtbot):
    grafico = GraficoBarras("Miembros por país")
    qtbot.addWidget(grafico)
    grafico.mostrar([])
    assert grafico.vacio
    assert grafico.mensaje == "Sin datos"
    assert grafico.datos == () and grafico.textos == ()
    grafico.resize(grafico.sizeHint().expandedTo(grafico.minimumSizeHint()))
    assert _tiene_tinta(grafico.grab().toImage())


def test_grafico_de_barras_crece_con_las_categorias_y_usa_separador_de_miles(qtbot):
    grafico = GraficoBarras("Población")
    qtbot.addWidget(grafico)
    grafico.mostrar([("São Paulo", 11_451_999), ("Montevideo", 1_319_108)])
    assert grafico.textos == (("São Paulo", "11.451.999"), ("Montevideo", "1.319.108"))
    alto_con_dos = grafico.sizeHint().height()
    grafico.mostrar([(f"Región {n}", n) for n in range(1, 21)])
    assert grafico.sizeHint().height() > 5 * alto_con_dos
    assert grafico.minimumSizeHint().height() == grafico.sizeHint().height()  # no se aprietan las barras
    grafico.resize(400, grafico.sizeHint().height())
    assert _tiene_tinta(grafico.grab().toImage())


def test_grafico_de_anillo_con_leyenda_y_porcentajes(qtbot):
    grafico = GraficoAnillo("Miembros por estado")
    qtbot.addWidget(grafico)
    grafico.mostrar([("Activo", 3), ("Suspendido", 1)], ["#3b78b4", "#e0a23a"])
    assert grafico.leyenda == (("Activo", "3", "75\u00a0%"), ("Suspendido", "1", "25\u00a0%"))
    assert grafico.color(1) == QColor("#e0a23a")
    grafico.resize(grafico.sizeHint())
    assert _tiene_tinta(grafico.grab().toImage())


def test_un_miembro_elegido_en_el_mapa_abre_su_ficha(vista, qtbot, monkeypatch):
    """Un clic en un punto del mapa abre la ficha de ese miembro (antes: un ImportError al cerrarla)."""
    from escritorio.interfaz.dialogos.ficha_miembro import DialogoFichaMiembro

    abiertas = []
    monkeypatch.setattr(DialogoFichaMiembro, "exec", lambda dialogo: abiertas.append(dialogo.windowTitle()) or 0)
    vista.mapa.abrir_miembro.emit(1)
    assert len(abiertas) == 1 and "Buenos Aires" in abiertas[0]
