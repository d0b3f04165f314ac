"""La ventana como la usa una secretaria: la red de ejemplo, buscar, editar, importar y crear."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWizard

from escritorio.interfaz.dialogos import ficha_miembro, importacion
from escritorio.interfaz.ventana_principal import VentanaPrincipal
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.ficha import registrar_solicitud
from escritorio.servicios.miembros import listar_miembros, listar_padron


@pytest.fixture
def ajustes(tmp_path):
    return QSettings(str(tmp_path / "ajustes.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def ventana(qtbot, tmp_path, ajustes, monkeypatch, demo_como):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    db = abrir_base(demo_como("red.db"))
    ventana = VentanaPrincipal(db, ajustes)
    qtbot.addWidget(ventana)
    ventana.show()
    ventana.navegacion.setCurrentRow(1)
    return ventana


def nombres_visibles(vista) -> list[str]:
    filtro = vista.filtro
    return [filtro.index(fila, 0).data() for fila in range(filtro.rowCount())]


def test_abre_la_red_de_ejemplo_con_sus_areas(ventana):
    assert ventana.windowTitle() == "Escritorio — Red de Ciudades del Sur (ejemplo)"
    assert [ventana.navegacion.item(i).text() for i in range(ventana.navegacion.count())] == [
        "Inicio", "Miembros", "Cuotas", "Estatutos", "Órganos", "Unidades temáticas", "Sesiones", "Convenios",
        "Datos personales"]
    assert ventana.etiqueta_miembros.text() == "298 miembros vigentes"   # las 2 de baja no cuentan (como en Inicio)
    assert "red.db" in ventana.etiqueta_ruta.text()
    assert not ventana.barra.isVisible()  # una sola asociación: sin selector


def test_buscar_sin_acentos_ni_mayusculas(ventana, qtbot):
    vista = ventana.miembros
    qtbot.keyClicks(vista.busqueda, "sao paulo")
    visibles = nombres_visibles(vista)
    assert "São Paulo" in visibles
    assert all("Paulo" in n or vista.modelo.miembro(vista.filtro.mapToSource(vista.filtro.index(i, 0)).row())["region"] == "São Paulo"
               for i, n in enumerate(visibles))
    assert vista.resumen.text() == f"{len(visibles)} de 300 miembros"
    vista.busqueda.clear()
    assert vista.filtro.rowCount() == 300


def test_filtros_por_pais_y_estado(ventana):
    vista = ventana.miembros
    vista.combo_pais.setCurrentIndex(vista.combo_pais.findText("Uruguay"))
    assert vista.filtro.rowCount() == 19
    vista.combo_pais.setCurrentIndex(0)
    vista.combo_estado.setCurrentIndex(vista.combo_estado.findData("baja"))
    assert vista.filtro.rowCount() == 2


def test_ordenar_por_poblacion(ventana):
    vista = ventana.miembros
    vista.tabla.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert vista.filtro.index(0, 0).data() == "Buenos Aires"
    assert vista.filtro.index(0, 3).data() == "13.076.300"


def test_editar_la_poblacion_actualiza_la_tabla(ventana, qtbot, monkeypatch):
    vista = ventana.miembros
    qtbot.keyClicks(vista.busqueda, "rosario")
    vista.tabla.selectRow(0)

    def editar_y_cerrar(dialogo):
        dialogo.nueva_cifra.setText("1.300.000")
        dialogo.nuevo_anio.setText("2022")
        dialogo.nueva_fuente.setText("Censo 2022")
        dialogo.agregar_cifra()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ficha_miembro.DialogoFichaMiembro, "exec", editar_y_cerrar)
    vista.editar()
    assert vista.filtro.index(0, 0).data() == "Rosario"
    assert vista.filtro.index(0, 3).data() == "1.300.000"


def test_importar_un_archivo_con_errores_no_importa_nada(ventana, tmp_path, monkeypatch):
    from openpyxl import Workbook

    libro = Workbook()
    libro.active.append(["Nombre", "País", "Población"])
    libro.active.append(["Ciudad Nueva", "AR", "muchos"])
    libro.active.append(["Otra Ciudad", "Narnia", 1000])
    archivo = tmp_path / "errores.xlsx"
    libro.save(archivo)
    visto = {}

    class AsistenteDePrueba(importacion.AsistenteImportacion):
        def __init__(self, oficina, padre=None):
            super().__init__(oficina, padre, ruta_inicial=str(archivo))

        def exec(self):
            self.show()
            self.next()  # Archivo -> Columnas
            self.next()  # Columnas -> Validación (valida todo el archivo)
            visto["pagina"] = self.currentId()
            visto["siguiente"] = self.button(QWizard.WizardButton.CommitButton).isEnabled()
            self.reject()
            return QDialog.DialogCode.Rejected

    monkeypatch.setattr(importacion, "AsistenteImportacion", AsistenteDePrueba)
    ventana.miembros.importar()
    assert visto == {"pagina": importacion.ID_VALIDACION, "siguiente": False}
    assert len(listar_padron(Contexto(ventana.db, ventana.asociacion["id"]))) == 300
    assert ventana.miembros.filtro.rowCount() == 300


def test_crear_y_dar_de_baja_un_miembro(ventana, monkeypatch):
    from escritorio.interfaz.dialogos import baja

    def crear(dialogo):
        dialogo.nombre.setText("Villa Nueva")
        dialogo.pais.setCurrentIndex(dialogo.pais.findData("AR"))
        dialogo.poblacion.setText("25000")
        dialogo.anio.setText("2022")
        assert dialogo.guardar()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ficha_miembro.DialogoFichaMiembro, "exec", crear)
    ventana.miembros.nuevo()
    assert ventana.etiqueta_miembros.text() == "299 miembros vigentes"
    elegido = ventana.miembros.miembro_seleccionado()
    assert elegido["nombre"] == "Villa Nueva"

    def dar_baja(dialogo):
        dialogo.motivo.setText("Alta duplicada por error de carga")
        dialogo.accept()
        return dialogo.result()

    monkeypatch.setattr(baja.DialogoBaja, "exec", dar_baja)
    ventana.miembros.dar_de_baja()
    estado = {m["nombre"]: m["estado"] for m in listar_miembros(Contexto(ventana.db, ventana.asociacion["id"]))}
    assert estado["Villa Nueva"] == "baja"
    assert ventana.etiqueta_miembros.text() == "298 miembros vigentes"


def test_la_barra_de_estado_y_inicio_cuentan_lo_mismo_con_una_ciudad_solicitante(ventana, qtbot):
    """Issue 78 §4: con una ciudad que pidió ingresar (solicitante, su admisión pendiente) la barra de estado decía
    un miembro más que Inicio. Las dos cuentan a los miembros de hoy, con la misma función."""
    contexto = Contexto(ventana.db, ventana.asociacion["id"])
    ventana.oficina.hacer(registrar_solicitud, contexto, "Sunchales", "AR", poblacion=21000, anio_poblacion=2022)
    assert len(listar_padron(contexto)) == 301   # Sunchales está en el padrón…
    assert any(m["nombre"] == "Sunchales" and m["estado"] == "solicitante" for m in listar_miembros(contexto))

    ventana.navegacion.setCurrentRow(0)   # Inicio
    qtbot.waitUntil(lambda: ventana.area_armada("inicio") and ventana.inicio.total == "298")
    qtbot.waitUntil(lambda: ventana.etiqueta_miembros.text() == "298 miembros vigentes")   # …pero no es miembro
    assert ventana.etiqueta_miembros.text().split()[0] == ventana.inicio.total
    assert ventana.inicio.etiqueta_total_texto.text() == "miembros vigentes"


def test_la_barra_de_estado_y_inicio_con_la_solicitante_registrada_antes_de_abrir(qtbot, ajustes, demo_como):
    """La ventana que abre una base con una solicitante ya registrada la deja fuera de la cuenta desde el principio."""
    db = abrir_base(demo_como("con_solicitante.db"))
    asociacion_id = db.execute("SELECT id FROM asociaciones").fetchone()[0]
    registrar_solicitud(Contexto(db, asociacion_id), "Rafaela", "AR", poblacion=110000, anio_poblacion=2022)
    ventana = VentanaPrincipal(db, ajustes)
    qtbot.addWidget(ventana)
    ventana.show()
    ventana.navegacion.setCurrentRow(0)   # Inicio
    qtbot.waitUntil(lambda: ventana.area_armada("inicio") and ventana.inicio.total != "")
    assert (ventana.inicio.total, ventana.etiqueta_miembros.text()) == ("298", "298 miembros vigentes")


def test_selector_de_asociacion_con_varias(qtbot, tmp_path, ajustes, demo_como):
    db = abrir_base(demo_como("dos.db"))
    crear_asociacion(db, NuevaAsociacion(nombre="Consorcio del Valle", sigla="CV"))
    ventana = VentanaPrincipal(db, ajustes)
    qtbot.addWidget(ventana)
    ventana.show()
    assert ventana.barra.isVisible()
    ventana.selector.setCurrentIndex(ventana.selector.findText("Consorcio del Valle (CV)"))
    assert ventana.windowTitle() == "Escritorio — Consorcio del Valle"
    assert ventana.miembros.modelo.rowCount() == 0


def test_recuerda_geometria_y_area(qtbot, tmp_path, ajustes, demo_como):
    db = abrir_base(demo_como("red.db"))
    primera = VentanaPrincipal(db, ajustes)
    qtbot.addWidget(primera)
    primera.show()
    # Más chica que la pantalla virtual (800 × 600) y no menos que el mínimo de la ventana, que depende de las
    # fuentes del sistema (531 px con las de una máquina limpia).
    alto = max(560, primera.minimumSize().height(), primera.minimumSizeHint().height())
    primera.resize(720, alto)
    primera.navegacion.setCurrentRow(1)
    tamano = (primera.size().width(), primera.size().height())
    primera.close()
    segunda = VentanaPrincipal(db, ajustes)
    qtbot.addWidget(segunda)
    segunda.show()
    assert segunda.navegacion.currentRow() == 1
    assert (segunda.size().width(), segunda.size().height()) == tamano
    assert tamano[1] == alto
    assert Path(ajustes.value("ultima_base")).name == "red.db"


def test_la_primera_vez_en_una_pantalla_chica_la_ventana_no_pasa_de_la_pantalla(qtbot, tmp_path, ajustes, demo_como):
    """Sin tamaño guardado la ventana pide 1180×760; en una pantalla más chica (la virtual de las pruebas mide
    800×800, más angosta que 1180) se achica a lo que la pantalla deja, con lugar para la barra de título."""
    db = abrir_base(demo_como("red.db"))
    ventana = VentanaPrincipal(db, ajustes)
    qtbot.addWidget(ventana)
    ventana.show()
    libre = ventana.screen().availableGeometry()
    assert libre.width() < 1180   # si no, esta prueba no prueba nada
    assert ventana.height() <= max(libre.height() - 40, ventana.minimumSizeHint().height())
    assert ventana.width() <= max(libre.width(), ventana.minimumSizeHint().width())
    assert libre.contains(ventana.geometry().topLeft())


def test_la_navegacion_muestra_cada_area_entera_sin_barra_horizontal(qtbot, tmp_path, ajustes, demo_como):
    """Con la ventana en su mínimo (que entra en 1024×600), la navegación mide lo que «Unidades temáticas»: ni barra
    horizontal ni un nombre cortado («Miemb»), y el área de la derecha no la aplasta."""
    db = abrir_base(demo_como("red.db"))
    ventana = VentanaPrincipal(db, ajustes)
    qtbot.addWidget(ventana)
    ventana.show()
    minimo = ventana.minimumSizeHint().expandedTo(ventana.minimumSize())
    assert minimo.width() <= 1024 and minimo.height() <= 600, minimo
    ventana.resize(minimo)
    qtbot.waitUntil(lambda: ventana.size() == minimo)
    lista = ventana.navegacion
    assert not lista.horizontalScrollBar().isVisible()
    metricas = lista.fontMetrics()
    for fila in range(lista.count()):
        item = lista.item(fila)
        rect = lista.visualItemRect(item)
        assert rect.right() < lista.viewport().width(), item.text()
        assert rect.width() >= lista.iconSize().width() + metricas.horizontalAdvance(item.text()), item.text()
    # Arrastrar el divisor no la achica hasta cortar un nombre.
    ventana.divisor.moveSplitter(40, 1)
    assert lista.width() == lista.minimumWidth()
    assert not lista.horizontalScrollBar().isVisible()


def _colores_pintados(icono, lado=24) -> list:
    imagen = icono.pixmap(lado, lado).toImage()
    return [imagen.pixelColor(x, y) for x in range(imagen.width()) for y in range(imagen.height())
            if imagen.pixelColor(x, y).alpha() > 200]


def test_cada_area_tiene_su_icono_y_se_ve_en_tema_claro_y_oscuro(ventana, qtbot):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from escritorio.interfaz.iconos import icono

    lista = ventana.navegacion
    imagenes = []
    for fila in range(lista.count()):
        dibujo = lista.item(fila).icon().pixmap(22, 22).toImage()
        assert len(_colores_pintados(lista.item(fila).icon())) > 15, lista.item(fila).text()   # no en blanco
        imagenes.append(dibujo)
    # Siete dibujos distintos (antes Cuotas era una lupa y Estatutos una hoja en blanco, los de archivos de Qt).
    assert all(imagenes[i] != imagenes[j] for i in range(len(imagenes)) for j in range(i + 1, len(imagenes)))

    aplicacion = QApplication.instance()
    original = aplicacion.palette()
    try:
        for fondo, texto in (("#ffffff", "#202020"), ("#2b2b2b", "#eeeeee")):
            paleta = QPalette(original)
            paleta.setColor(QPalette.ColorRole.Window, QColor(fondo))
            paleta.setColor(QPalette.ColorRole.Base, QColor(fondo))
            paleta.setColor(QPalette.ColorRole.ButtonText, QColor(texto))
            aplicacion.setPalette(paleta)
            claro = QColor(fondo).lightness() > 128
            for nombre in ("editar", "cuotas"):
                pintados = _colores_pintados(icono(nombre))
                assert pintados, nombre
                luz = sum(c.lightness() for c in pintados) / len(pintados)
                # Contraste con el fondo: oscuro sobre claro, claro sobre oscuro.
                assert abs(luz - QColor(fondo).lightness()) > 90, (nombre, fondo, luz)
                assert (luz < 128) == claro, (nombre, fondo, luz)
    finally:
        aplicacion.setPalette(original)
