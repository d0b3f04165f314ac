"""Abrir la ventana es liviano (issue #17): arma solo el área que se ve y no carga lo que esa pantalla no usa.

Quien abre el programa espera a que se vea la primera pantalla: ni openpyxl ni reportlab (exportar e imprimir), ni
las otras áreas (sus módulos, sus consultas) tienen que cargarse para eso. Se mira en un intérprete nuevo, como al
lanzar el programa (en el proceso de las pruebas otras pruebas ya los importaron). Y abrir después cada área sigue
mostrando lo suyo, con un clic en la navegación.
"""

from contextlib import closing
import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings, Qt

from escritorio.interfaz.ventana_principal import NOMBRES, VentanaPrincipal, indice_del_area
from escritorio.servicios.base import abrir_base

# Lo que la primera pantalla no necesita: los escritores de planillas y PDF (y las vistas de las otras áreas, abajo).
# qtawesome y QtPy tampoco: los íconos se dibujan con su fuente, sin importarlos (interfaz/iconos.py). Ni PDFium ni
# la impresión de Qt: solo los usa la vista previa de un PDF (interfaz/piezas/vista_previa.py).
PESADOS = ("openpyxl", "reportlab", "qtawesome", "qtpy", "pypdfium2", "pypdfium2_raw")

_GUION = """
import json, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from escritorio.interfaz.ventana_principal import NOMBRES, VentanaPrincipal, indice_del_area
from escritorio.servicios.base import abrir_base
ajustes = QSettings(sys.argv[2], QSettings.Format.IniFormat)
ajustes.setValue("ventana/area", indice_del_area(sys.argv[3]))
ventana = VentanaPrincipal(abrir_base(sys.argv[1]), ajustes)
ventana.show()
app.processEvents()
print(json.dumps({"modulos": sorted(sys.modules), "armadas": [n for n in NOMBRES if ventana.area_armada(n)],
                  "a_la_vista": ventana.areas.currentIndex()}))
"""


def _abrir_en_otro_proceso(base, carpeta, area: str) -> dict:
    entorno = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    hecho = subprocess.run([sys.executable, "-c", _GUION, str(base), str(carpeta / "ajustes.ini"), area],
                           env=entorno, capture_output=True, text=True, timeout=120)
    assert hecho.returncode == 0, hecho.stderr
    return json.loads(hecho.stdout.splitlines()[-1])


@pytest.mark.parametrize("area", ["miembros", "inicio"])
def test_abrir_la_ventana_no_carga_planillas_ni_pdf_ni_las_otras_areas(copia_de_la_demo, tmp_path, area):
    abierta = _abrir_en_otro_proceso(copia_de_la_demo, tmp_path, area)
    cargados = [m for m in abierta["modulos"] if m.split(".")[0] in PESADOS or m == "PySide6.QtPrintSupport"]
    assert not cargados, f"abrir la ventana en {area} importó {sorted({m.split('.')[0] for m in cargados})}"
    assert abierta["armadas"] == [area]
    assert abierta["a_la_vista"] == indice_del_area(area)
    vistas = {m.split(".")[3] for m in abierta["modulos"] if m.startswith("escritorio.interfaz.vistas.")}
    assert vistas == {area}, f"se cargaron las vistas de {sorted(vistas - {area})} sin abrirlas"
    # Ni las piezas de los diálogos, los documentos ni el de elegir un archivo (se importan cuando se piden).
    piezas = {m for m in abierta["modulos"] if m.startswith("escritorio.interfaz.piezas.")}
    sin_abrir = {f"escritorio.interfaz.piezas.{p}"
                 for p in ("dialogo", "documentos", "hora", "marcas", "formularios", "elegir_archivo")}
    assert not piezas & sin_abrir, f"abrir la ventana en {area} importó {sorted(piezas & sin_abrir)}"


def test_el_guion_ve_lo_que_carga_un_area_abierta(copia_de_la_demo, tmp_path):
    """La prueba de arriba puede fallar: abrir la ventana en Cuotas sí carga lo suyo (y esa área, armada)."""
    abierta = _abrir_en_otro_proceso(copia_de_la_demo, tmp_path, "cuotas")
    assert abierta["armadas"] == ["cuotas"]
    assert "escritorio.interfaz.vistas.cuotas" in abierta["modulos"]
    assert "escritorio.interfaz.vistas.miembros" not in abierta["modulos"]


@pytest.fixture
def ventana_en_miembros(qtbot, copia_de_la_demo, tmp_path):
    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    ajustes.setValue("ventana/area", indice_del_area("miembros"))
    ventana = VentanaPrincipal(abrir_base(copia_de_la_demo), ajustes)
    qtbot.addWidget(ventana)
    ventana.show()
    qtbot.waitExposed(ventana)
    return ventana


def _clic_en_la_navegacion(qtbot, ventana, nombre: str) -> None:
    lista = ventana.navegacion
    item = lista.item(indice_del_area(nombre))
    qtbot.mouseClick(lista.viewport(), Qt.MouseButton.LeftButton, pos=lista.visualItemRect(item).center())


# Lo que cada área muestra de la red de ejemplo al abrirla.
CONTENIDO = {
    "inicio": lambda vista: vista.etiqueta_total.text() not in ("", "—"),
    "miembros": lambda vista: vista.filtro.rowCount() == 300,
    "cuotas": lambda vista: vista.escalas.modelo.rowCount() > 0,
    "estatutos": lambda vista: vista.arbol.topLevelItemCount() > 0,
    "organos": lambda vista: vista.arbol.topLevelItemCount() > 0,
    "unidades": lambda vista: vista.lista.count() > 0,
    "sesiones": lambda vista: vista.tabla.rowCount() > 0,
}


def test_cada_area_se_arma_al_abrirla_y_muestra_lo_suyo(qtbot, ventana_en_miembros):
    ventana = ventana_en_miembros
    assert [n for n in NOMBRES if ventana.area_armada(n)] == ["miembros"]
    assert CONTENIDO["miembros"](ventana.miembros)
    abiertas = ["miembros"]
    for nombre in ("cuotas", "inicio", "estatutos", "organos", "unidades", "sesiones"):
        assert not ventana.area_armada(nombre), f"{nombre} ya estaba armada antes de abrirla"
        _clic_en_la_navegacion(qtbot, ventana, nombre)
        abiertas.append(nombre)
        vista = ventana.areas.currentWidget()
        assert ventana.areas.currentIndex() == indice_del_area(nombre)
        assert vista is getattr(ventana, nombre) and vista.isVisible()
        qtbot.waitUntil(lambda: CONTENIDO[nombre](vista), timeout=5000)
        # Abrir un área no arma las que faltan.
        assert [n for n in NOMBRES if ventana.area_armada(n)] == [n for n in NOMBRES if n in abiertas]


def test_un_area_puesta_a_la_vista_sin_la_navegacion_no_queda_vacia(qtbot, ventana_en_miembros):
    """Un atajo o un enlace que pone el área con setCurrentIndex (sin `mostrar`) ve el área, no un lugar vacío."""
    ventana = ventana_en_miembros
    ventana.areas.setCurrentIndex(indice_del_area("cuotas"))
    vista = ventana.areas.currentWidget()
    assert ventana.area_armada("cuotas") and vista is ventana.cuotas
    qtbot.waitUntil(lambda: CONTENIDO["cuotas"](vista), timeout=5000)


def test_un_area_abierta_despues_muestra_lo_que_otra_guardo_antes(qtbot, ventana_en_miembros):
    """Sesiones se arma después de que Miembros dio de baja a un miembro: muestra la asociación elegida y la base
    tal como está (no se perdió el aviso de cambios por no existir todavía)."""
    ventana = ventana_en_miembros
    ventana.cambios.avisar({"miembros", "mandatos"})
    _clic_en_la_navegacion(qtbot, ventana, "sesiones")
    assert ventana.sesiones.asociacion["id"] == ventana.asociacion["id"]
    assert ventana.sesiones.db is ventana.db
    # Y queda suscripta: un cambio de sesiones de otro lado la invalida (se recarga al verse).
    assert ventana.cambios.suscriptos[ventana.sesiones] == ventana.sesiones.MUESTRA


def test_cerrar_sin_haber_abierto_sesiones_no_la_arma(qtbot, ventana_en_miembros):
    ventana = ventana_en_miembros
    ventana.close()
    assert not ventana.area_armada("sesiones")
    assert int(ventana.ajustes.value("ventana/area")) == indice_del_area("miembros")


def test_abierta_en_inicio_los_bytes_danados_se_explican_en_cada_area_que_los_lee(qtbot, copia_de_la_demo, tmp_path,
                                                                                 monkeypatch):
    """Abierta en Inicio, la ventana todavía no leyó el padrón: una región con bytes que no son UTF-8 (otro programa)
    se explica en castellano en Inicio y otra vez al abrir Miembros (por el mismo camino que cualquier error de la
    ventana), nunca con la disculpa del error inesperado; la ventana sigue abierta en el área elegida."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from escritorio.interfaz import aplicacion

    with closing(sqlite3.connect(copia_de_la_demo)) as conexion, conexion:
        conexion.execute("UPDATE miembros SET region = CAST(X'4E6F72EDA0807465' AS TEXT) WHERE id = 4")
    mostrados = []
    for tipo in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, tipo, lambda _p, titulo, texto, *a, **k: mostrados.append(texto))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)   # se restaura al terminar
    aplicacion._capturar_inesperados()                        # como en el programa: el error llega al mensaje
    ajustes = QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)
    ventana = VentanaPrincipal(abrir_base(copia_de_la_demo), ajustes)
    qtbot.addWidget(ventana)
    ventana.show()
    assert [n for n in NOMBRES if ventana.area_armada(n)] == ["inicio"]
    for area in ("inicio", "miembros"):
        if area != "inicio":
            mostrados.clear()
            _clic_en_la_navegacion(qtbot, ventana, area)
        qtbot.waitUntil(lambda: bool(mostrados))
        assert all("no está escrito en UTF-8 (en la columna «region»)" in m for m in mostrados), mostrados
        assert ventana.isVisible() and ventana.areas.currentIndex() == indice_del_area(area)


@pytest.mark.parametrize("lado", [16, 22, 32])
def test_los_iconos_se_ven_igual_que_los_de_qtawesome(qtbot, lado):
    """Los glifos se dibujan sin importar qtawesome, pero pixel por pixel como él (en cada modo y tamaño)."""
    from PySide6.QtGui import QIcon

    from escritorio.interfaz.iconos import AREAS, ICONOS, colores, icono

    os.environ.setdefault("QT_API", "pyside6")
    import qtawesome

    distintos = []
    for nombre, glifo in ICONOS.items():
        referencia = qtawesome.icon(glifo, **colores(area=nombre in AREAS))
        for modo in (QIcon.Mode.Normal, QIcon.Mode.Disabled, QIcon.Mode.Selected, QIcon.Mode.Active):
            if icono(nombre).pixmap(lado, lado, modo).toImage() != referencia.pixmap(lado, lado, modo).toImage():
                distintos.append((nombre, modo.name))
    assert not distintos


def test_sin_la_fuente_de_iconos_los_pide_a_qtawesome(qtbot, monkeypatch):
    """Si la fuente no se puede cargar por su cuenta (en Windows, fuentes «no confiables» bloqueadas), qtawesome,
    que sabe instalarla para el usuario, dibuja el ícono."""
    from escritorio.interfaz import iconos

    monkeypatch.setattr(iconos, "_fuente_mdi6", lambda: None)
    imagen = iconos.icono("miembros").pixmap(24, 24).toImage()
    assert any(imagen.pixelColor(x, y).alpha() for x in range(24) for y in range(24))


# Hasta dónde llega el lanzador antes de cargar Qt: el primer import de PySide6 corta ahí y dice qué se cargó.
_ANTES_DE_QT = """
import builtins, json, sys
import escritorio.__main__ as lanzador
importar = builtins.__import__

class Qt(Exception):
    pass

def vigilar(nombre, *args, **kwargs):
    if nombre.startswith(("PySide6", "shiboken6")):
        print(json.dumps(sorted(sys.modules)))
        raise Qt
    return importar(nombre, *args, **kwargs)

builtins.__import__ = vigilar
try:
    lanzador.abrir_ventana(sys.argv[1])
except Qt:
    pass
"""


def test_el_lanzador_importa_antes_de_qt_lo_que_la_ventana_usa_de_las_capas_de_abajo(copia_de_la_demo, tmp_path):
    """PySide6 lee el código fuente de cada módulo que se importa después de él (interfaz/antes_de_qt.py): los de
    datos/, servicios/ y dominio/ que la ventana carga siempre ya están importados cuando el lanzador carga Qt, y
    `antes_de_qt` no importa nada que la ventana no cargue al abrirse, ni en Miembros ni en Inicio."""
    entorno = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    hecho = subprocess.run([sys.executable, "-c", _ANTES_DE_QT, str(copia_de_la_demo)], env=entorno,
                           capture_output=True, text=True, timeout=120)
    assert hecho.returncode == 0, hecho.stderr
    antes = set(json.loads(hecho.stdout.splitlines()[-1]))
    assert not {m for m in antes if m.split(".")[0] in ("PySide6", "shiboken6")}
    capas = {m for m in antes if m.split(".")[1:2] in (["datos"], ["servicios"], ["dominio"])}
    assert {"escritorio.servicios.base", "escritorio.servicios.miembros", "escritorio.servicios.respaldo",
            "escritorio.datos.vigilancia", "escritorio.datos.esquema",
            "escritorio.servicios.verificacion.integridad"} <= capas   # las raíces y lo que traen

    for area in ("miembros", "inicio"):
        abierta = set(_abrir_en_otro_proceso(copia_de_la_demo, tmp_path, area)["modulos"])
        assert capas <= abierta, f"antes de Qt se importó lo que la ventana en {area} no carga: {sorted(capas - abierta)}"
