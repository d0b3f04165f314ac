"""Los paneles de la pestaña Votaciones con datos de verdad, en una pantalla chica (issue 78, punto 2): una elección
de ocho candidaturas con boletas de varias marcas ya escritas y una votación simple, en la ventana entera. Lo usa
`test_recuentos_en_pantalla.py`, como guion, en un subproceso con la pantalla, la escala y el idioma que se piden:

    python tests/interfaz/recuentos_en_pantalla.py BASE ANCHO ALTO IDIOMA ETIQUETA   -> JSON {panel: medida}

Cada medida dice lo que un vistazo vería mal: un control cortado a lo ancho (el panel no se desplaza de costado),
un botón más angosto que su texto, o un campo principal del recuento dentro de un segundo desplazamiento. Capturas
en `carpeta_de_artefactos()/recuentos/ETIQUETA/`."""

import json
import sys
from datetime import date, timedelta
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[2]
ELECCION, VOTACION = "Elección de cuatro consejerías titulares", "Aprobación del presupuesto 2027"
CANDIDATAS = ("Montevideo", "Lima", "Santiago", "Rosario", "Porto Alegre", "Asunción", "Valparaíso",
              "São Bernardo do Campo")


def preparar(db) -> int:
    """Una sesión del Consejo de hoy con todos presentes, una votación y una elección de cuatro puestos con boletas
    de hasta cuatro marcas y ocho candidaturas (con nombres largos, como en la red). Devuelve la sesión."""
    from escritorio.servicios.asociaciones import listar_asociaciones
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.elecciones import NuevaEleccion, agregar_candidatura, definir_eleccion
    from escritorio.servicios.miembros import listar_miembros
    from escritorio.servicios.organos import elegir_organo
    from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, asistencia, registrar_asistencias
    from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
    from escritorio.servicios.sesiones.puntos import agregar_punto

    contexto = Contexto(db, listar_asociaciones(db)[0]["id"])
    consejo = elegir_organo(contexto, "Consejo")["id"]
    sesion = convocar(contexto, consejo, NuevaSesion(date.today(), hora="10:00", lugar="Intendencia de Montevideo",
                                                     convocada_el=date.today() - timedelta(days=20)))
    agregar_punto(contexto, sesion, VOTACION, "votacion")
    punto = agregar_punto(contexto, sesion, ELECCION, "eleccion")
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(h.miembro_id, "presente")
                                             for h in asistencia(contexto, sesion).habilitados])
    definir_eleccion(contexto, punto, NuevaEleccion(consejo, "titular", date(date.today().year + 1, 1, 1),
                                                    puestos=4, boleta="marcas", marcas_max=4))
    miembros = {m["nombre"]: m["id"] for m in listar_miembros(contexto)}
    for nombre in CANDIDATAS:
        agregar_candidatura(contexto, punto, miembros.get(nombre), None if nombre in miembros else nombre)
    _sala_con_datos(contexto, sesion, list(miembros.values()))
    return sesion


def _sala_con_datos(contexto, sesion: int, miembros: list[int]) -> None:
    """Doce oradores en la lista del punto y una moción con tres enmiendas, en un punto con nombre largo."""
    from escritorio.dominio.enmiendas import Cambio
    from escritorio.servicios import enmiendas, mociones
    from escritorio.servicios.oradores import pedir_palabra
    from escritorio.servicios.sesiones.asistencia import asistencia
    from escritorio.servicios.sesiones.puntos import agregar_punto

    presentes = [h.miembro_id for h in asistencia(contexto, sesion).habilitados]
    punto = agregar_punto(contexto, sesion, "Declaración de las ciudades sobre la adaptación al cambio climático y "
                                            "la gestión integral de riesgos", "votacion")
    for miembro in presentes[:12]:
        pedir_palabra(contexto, punto, miembro)
    mocion = mociones.presentar(contexto, punto, "Declaración sobre la adaptación al cambio climático",
                                "Las ciudades miembro reconocen la urgencia climática.\n\nAdoptarán un plan de "
                                "adaptación antes de 2028.\n\nInformarán cada año a la Secretaría Ejecutiva.",
                                autores=[presentes[0]]).id
    mociones.admitir(contexto, mocion)
    for cambio, autor in ((Cambio("reemplazar", 2, "Adoptarán un plan de adaptación antes de 2027."), presentes[1]),
                          (Cambio("suprimir", 3), presentes[2]),
                          (Cambio("insertar", 1, "Se crea un fondo común de las ciudades para la adaptación."),
                           presentes[3])):
        enmiendas.admitir(contexto, enmiendas.presentar(contexto, mocion, [cambio], [autor]).id)


def _rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def recortes(raiz) -> dict:
    """Lo que se ve mal dentro de `raiz`: controles cortados a lo ancho, botones más angostos que su texto y campos
    dentro de dos desplazamientos."""
    from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QAbstractSpinBox, QComboBox, QLabel,
                                   QLineEdit, QWidget)

    cortados, angostos, anidados = [], [], []
    for w in raiz.findChildren(QWidget):
        if not w.isVisible() or not isinstance(w, (QAbstractButton, QLabel, QLineEdit, QAbstractSpinBox, QComboBox)):
            continue
        nombre = (w.text() if hasattr(w, "text") and callable(w.text) else "") or w.objectName() or type(w).__name__
        nombre = " ".join(str(nombre).split())[:60]
        visible = w.visibleRegion().boundingRect()
        # Tapado por completo (fuera de la vista de un área que se desplaza hacia abajo): se ve al desplazar.
        if not visible.isEmpty() and visible.width() < w.width() - 1:
            cortados.append({"control": nombre, "ancho": w.width(), "a_la_vista": visible.width()})
        if isinstance(w, QAbstractButton) and w.text() and w.width() < w.minimumSizeHint().width() - 1:
            angostos.append({"boton": nombre, "ancho": w.width(), "necesita": w.minimumSizeHint().width()})
        if isinstance(w, QAbstractSpinBox):
            niveles, padre = 0, w.parentWidget()
            while padre is not None and padre is not raiz.window():
                if isinstance(padre, QAbstractScrollArea) and padre.verticalScrollBar().isVisible():
                    niveles += 1
                padre = padre.parentWidget()
            if niveles > 1:
                anidados.append(nombre)
    return {"cortados": cortados, "angostos": angostos, "anidados": anidados}


def filas_a_la_vista(raiz) -> dict[str, list[int]]:
    """Por cada tabla o lista a la vista: [filas enteras a la vista, filas] (una fila a medias no cuenta). Una que
    muestra una sola de sus filas (la votación de abajo la aplastó) no sirve para elegir."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    medidas = {}
    for vista in raiz.findChildren(QAbstractItemView):
        modelo = vista.model()
        if isinstance(vista, QHeaderView) or not vista.isVisible() or modelo is None or modelo.rowCount() == 0:
            continue
        marco = vista.viewport().rect()
        enteras = sum(1 for fila in range(min(modelo.rowCount(), 60))
                      if marco.contains(vista.visualRect(modelo.index(fila, 0))))
        nombre = vista.accessibleName() or vista.objectName() or type(vista).__name__ + str(len(medidas))
        medidas[nombre] = [enteras, modelo.rowCount()]
    return medidas


def medir(ventana, sesion: int, carpeta: Path, esperar) -> dict:
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    vista = ventana.sesiones
    ventana.navegacion.setCurrentRow(ventana.areas.indexOf(vista))
    esperar()
    vista.abrir(sesion)
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.votaciones)
    votaciones = editor.votaciones
    resultado = {}
    punto = next(p for p in votaciones.puntos if p["titulo"] == ELECCION)
    votaciones.seleccionar(punto["id"])
    esperar()
    panel = votaciones.panel_eleccion
    boletas = panel.por_boleta
    casillas = list(boletas._casillas.values())
    for marcas in ((0, 1, 2, 3), (4, 5), (6, 7, 0)):   # tres boletas de varias marcas, escritas una por una
        boletas.marcar(*[list(boletas._casillas)[n] for n in marcas])
        boletas.agregar_marcada()
    esperar()
    assert len(casillas) == len(CANDIDATAS)
    resultado["eleccion"] = recortes(votaciones)
    resultado["eleccion"]["sin_desplazar_de_costado"] = panel.definida.horizontalScrollBar().maximum() == 0
    # Para el diagnóstico: lo que pide de ancho cada parte del panel, contra el ancho visible.
    disposicion = panel._contenido.layout()
    resultado["eleccion"]["anchos"] = {
        "visible": panel.definida.viewport().width(),
        "partes": sorted(((disposicion.itemAt(n).minimumSize().width(),
                           type(disposicion.itemAt(n).widget() or disposicion.itemAt(n).layout()).__name__ + ":" + (
                               getattr(disposicion.itemAt(n).widget(), "objectName", lambda: "")() or str(n)))
                          for n in range(disposicion.count())), reverse=True)[:6]}
    ventana.grab().save(str(carpeta / "eleccion.png"))
    # Tab recorre el panel: nada se corre de costado bajo el mouse.
    antes = panel._contenido.mapTo(ventana, QPoint(0, 0)).x()
    for _ in range(25):
        QApplication.focusWidget() and QApplication.focusWidget().focusNextChild()
        esperar()
    resultado["eleccion"]["se_corre_con_tab"] = panel._contenido.mapTo(ventana, QPoint(0, 0)).x() != antes

    votacion = next(p for p in votaciones.puntos if p["titulo"] == VOTACION)
    votaciones.seleccionar(votacion["id"])
    esperar()
    resultado["votacion"] = recortes(votaciones)
    # A favor, en contra y abstenciones, enteros a la vista sin desplazar nada.
    resultado["votacion"]["contadores_a_la_vista"] = all(
        campo.visibleRegion().boundingRect().size() == campo.size()
        for campo in (votaciones.a_favor, votaciones.en_contra, votaciones.abstenciones))
    ventana.grab().save(str(carpeta / "votacion.png"))
    for nombre, pestana in (("asistencia", editor.tab_asistencia), ("oradores", editor.tab_oradores),
                            ("enmiendas", editor.tab_enmiendas), ("mociones", editor.tab_mociones),
                            ("acta", editor.tab_acta), ("orden", editor.orden)):
        editor.pestanas.setCurrentWidget(pestana)
        if pestana is editor.tab_oradores:   # el punto con los doce oradores
            pestana.punto.setCurrentIndex(pestana.punto.count() - 1)
        esperar()
        resultado[nombre] = recortes(pestana)
        resultado[nombre]["filas_a_la_vista"] = filas_a_la_vista(pestana)
        if pestana is editor.tab_enmiendas:   # la votación de la enmienda: sus contadores, enteros a la vista
            resultado[nombre]["contadores_a_la_vista"] = all(
                campo.visibleRegion().boundingRect().size() == campo.size()
                for campo in (pestana.a_favor, pestana.en_contra, pestana.abstenciones))
        ventana.grab().save(str(carpeta / f"{nombre}.png"))
    barra = editor.pestanas.tabBar()
    resultado["pestanas"] = [barra.tabText(n) for n in range(barra.count())]
    resultado["pestanas_cortadas"] = [barra.tabText(n) for n in range(barra.count())
                                      if barra.tabRect(n).width() < barra.tabSizeHint(n).width() - 1]
    return resultado


def _principal(argumentos: list[str]) -> int:
    base, ancho, alto, idioma, etiqueta = (Path(argumentos[0]), int(argumentos[1]), int(argumentos[2]), argumentos[3],
                                           argumentos[4])
    sys.path.insert(0, str(Path(__file__).parent))
    from dialogos_en_pantalla import configurar_pantalla
    from pantallas import carpeta_de_artefactos

    configurar_pantalla(ancho, alto)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from escritorio.interfaz.aplicacion import crear_aplicacion
    from escritorio.interfaz.ventana_principal import VentanaPrincipal
    from escritorio.servicios.base import abrir_base

    ajustes = QSettings(str(base.with_suffix(".ini")), QSettings.Format.IniFormat)
    ajustes.setValue("idioma", idioma)
    aplicacion = crear_aplicacion(ajustes)
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    db = abrir_base(base)
    sesion = preparar(db)
    ventana = VentanaPrincipal(db, ajustes)
    libre = ventana.screen().availableGeometry()
    ventana.resize(libre.width(), libre.height())
    ventana.show()

    def esperar():
        for _ in range(4):
            QApplication.processEvents()

    esperar()
    carpeta = carpeta_de_artefactos() / "recuentos" / etiqueta
    carpeta.mkdir(parents=True, exist_ok=True)
    resultado = medir(ventana, sesion, carpeta, esperar)
    resultado.update(escala=aplicacion.devicePixelRatio(), pantalla=[libre.width(), libre.height()],
                     idioma=aplicacion.idioma)
    print(json.dumps(resultado, ensure_ascii=False))
    ventana.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(RAIZ))
    sys.exit(_principal(sys.argv[1:]))
