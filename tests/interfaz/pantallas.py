"""Recorrer la ventana a un tamaño de pantalla y decir qué se ve mal: lo usan `test_pantallas_chicas.py` en el mismo
proceso (1024×600) y, como guion, en un subproceso con QT_SCALE_FACTOR (que se fija antes de crear la aplicación):

    python tests/interfaz/pantallas.py BASE ANCHO ALTO ETIQUETA [IDIOMA]  -> JSON {"problemas": [...], "capturas": [...]}

ANCHO y ALTO son los píxeles físicos de la pantalla; la ventana ocupa la pantalla entera (en píxeles lógicos:
ANCHO / escala × ALTO / escala). Las capturas van a `carpeta_de_artefactos()/ETIQUETA/`.

Lo que se mira en cada área (y en cada pestaña de Cuotas y de Órganos), con la ventana a ese tamaño:
- que el mínimo de la ventana (minimumSizeHint) quepa: si no, la ventana no entra en la pantalla;
- que ningún par de widgets hermanos visibles se superponga (geometría en coordenadas del padre);
- que ningún widget quede fuera de su padre ni de la ventana, salvo el contenido de un área con desplazamiento,
  y que ese contenido, si es más ancho o más alto que lo que se ve, tenga su barra de desplazamiento a la vista;
- que ningún botón, etiqueta de una línea, lista desplegable o campo quede más chico que su mínimo (texto cortado);
- que la navegación no tenga barra horizontal y que cada nombre de área entre entero;
y lo mismo en una sesión abierta (el editor de Sesiones), en cada una de sus pestañas.
"""

import json
import os
import sys
import unicodedata
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[2]


def carpeta_de_artefactos() -> Path:
    elegida = os.environ.get("ESCRITORIO_ARTEFACTOS", "").strip()
    return (Path(elegida) if elegida else RAIZ / "tests" / "artefactos") / "pantallas"


# Calidad de PNG de las capturas: 80 es la compresión rápida de zlib (nivel 1). Los mismos píxeles (PNG no pierde
# nada) en archivos casi del mismo tamaño, en un tercio menos de tiempo que la compresión por omisión.
CALIDAD_DE_LAS_CAPTURAS = 80


def guardar_captura(widget, ruta: Path) -> bool:
    """La captura de `widget` en `ruta` (PNG)."""
    return widget.grab().save(str(ruta), "PNG", CALIDAD_DE_LAS_CAPTURAS)


def _nombre(widget) -> str:
    partes = []
    actual = widget
    while actual is not None and len(partes) < 4:
        texto = ""
        for metodo in ("text", "title", "placeholderText"):
            if hasattr(actual, metodo):
                try:
                    texto = getattr(actual, metodo)() or ""
                except TypeError:
                    texto = ""
                if texto:
                    break
        etiqueta = type(actual).__name__ + (f"«{texto[:30]}»" if texto else "")
        if actual.objectName():
            etiqueta += f"#{actual.objectName()}"
        partes.append(etiqueta)
        actual = actual.parentWidget()
    return " < ".join(partes)


def _rect_str(r) -> str:
    return f"({r.x()},{r.y()} {r.width()}×{r.height()})"


def problemas_de(vista, ventana) -> list[str]:
    """Lo que se ve mal en `vista` (un área) dentro de `ventana`, ya mostrada y acomodada."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QAbstractSpinBox, QComboBox, QLabel, QLineEdit,
                                   QMenu, QScrollBar, QWidget)

    problemas: list[str] = []
    rect_ventana = ventana.rect()

    def dentro_de_desplazamiento(widget) -> bool:
        """¿Es contenido de un área con desplazamiento (puede estar corrido fuera de la vista a propósito)?"""
        actual = widget.parentWidget()
        while actual is not None and actual is not ventana:
            padre = actual.parentWidget()
            if isinstance(padre, QAbstractScrollArea) and actual is padre.viewport():
                return True
            actual = padre
        return False

    def visibles(padre) -> list:
        return [h for h in padre.children() if isinstance(h, QWidget) and not h.isWindow() and h.isVisible()
                and not isinstance(h, QMenu)]

    def revisar(padre) -> None:
        hijos = visibles(padre)
        es_desplazable = isinstance(padre.parentWidget(), QAbstractScrollArea) and padre is padre.parentWidget().viewport()
        for i, hijo in enumerate(hijos):
            g = hijo.geometry()
            if g.isEmpty():
                continue
            for otro in hijos[i + 1:]:
                h = otro.geometry()
                if not h.isEmpty() and g.intersects(h):
                    comun = g.intersected(h)
                    problemas.append(f"se superponen {_nombre(hijo)} {_rect_str(g)} y {_nombre(otro)} {_rect_str(h)}"
                                     f" en {comun.width()}×{comun.height()} px")
            if es_desplazable:
                area = padre.parentWidget()
                if g.width() > padre.width() + 1 and not area.horizontalScrollBar().isVisible():
                    problemas.append(f"{_nombre(hijo)} mide {g.width()} px de ancho y se ven {padre.width()}, sin barra "
                                     "horizontal: queda cortado")
                if g.height() > padre.height() + 1 and not area.verticalScrollBar().isVisible():
                    problemas.append(f"{_nombre(hijo)} mide {g.height()} px de alto y se ven {padre.height()}, sin barra "
                                     "vertical: queda cortado")
            elif not QRect(QPoint(0, 0), padre.size()).contains(g):
                problemas.append(f"{_nombre(hijo)} {_rect_str(g)} sale de su padre {_nombre(padre)} "
                                 f"({padre.width()}×{padre.height()})")
            if not dentro_de_desplazamiento(hijo):
                en_ventana = QRect(hijo.mapTo(ventana, QPoint(0, 0)), hijo.size())
                if not rect_ventana.contains(en_ventana):
                    problemas.append(f"{_nombre(hijo)} {_rect_str(en_ventana)} sale de la ventana "
                                     f"({rect_ventana.width()}×{rect_ventana.height()})")
            # Más chico que su mínimo: el texto se corta («Miemb», un botón sin su palabra).
            medir = isinstance(hijo, (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)) or (
                isinstance(hijo, QLabel) and not hijo.wordWrap() and bool(hijo.text()))
            interno = hijo.objectName().startswith("qt_")   # las piezas internas de un widget de Qt (el campo de un QSpinBox)
            if medir and not interno and not isinstance(hijo, QScrollBar) and hijo.minimumWidth() == 0:
                minimo = hijo.minimumSizeHint()
                if hijo.width() + 1 < minimo.width() or hijo.height() + 1 < minimo.height():
                    problemas.append(f"{_nombre(hijo)} quedó de {hijo.width()}×{hijo.height()} px y necesita "
                                     f"{minimo.width()}×{minimo.height()}: se corta")
            revisar(hijo)

    revisar(vista)
    return problemas


def problemas_de_la_ventana(ventana) -> list[str]:
    """Lo que no depende del área: el mínimo de la ventana y la navegación."""
    from PySide6.QtWidgets import QStyle

    problemas = []
    minimo = ventana.minimumSizeHint().expandedTo(ventana.minimumSize())
    if minimo.width() > ventana.width() or minimo.height() > ventana.height():
        problemas.append(f"la ventana necesita al menos {minimo.width()}×{minimo.height()} y la pantalla da "
                         f"{ventana.width()}×{ventana.height()}")
    lista = ventana.navegacion
    if lista.horizontalScrollBar().isVisible():
        problemas.append("la navegación muestra una barra horizontal")
    disponible = lista.viewport().width()
    metricas = lista.fontMetrics()
    margen = lista.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) * 2
    for fila in range(lista.count()):
        item = lista.item(fila)
        rect = lista.visualItemRect(item)
        necesario = lista.iconSize().width() + metricas.horizontalAdvance(item.text()) + margen
        if rect.right() > disponible or rect.width() < necesario:
            problemas.append(f"la navegación corta «{item.text()}»: tiene {min(rect.width(), disponible - rect.x())} px "
                             f"y necesita {necesario}")
    return problemas


def recorridos(ventana):
    """(nombre de archivo, área, qué mostrar) para cada área y cada pestaña de Cuotas, de Órganos y de Datos
    personales."""
    for fila in range(ventana.navegacion.count()):
        vista = ventana.areas.widget(fila)
        palabra = unicodedata.normalize("NFKD", ventana.navegacion.item(fila).text().split()[0].lower())
        nombre = f"{fila}_{palabra.encode('ascii', 'ignore').decode()}"   # 4_organos, sin acentos en el archivo
        pestanas = getattr(vista, "pestanas", None) if vista in (ventana.cuotas, ventana.organos,
                                                                 ventana.datos_personales) else None
        if pestanas is None:
            yield nombre, fila, vista, None
            continue
        for indice in range(pestanas.count()):
            if pestanas.isTabEnabled(indice):
                yield f"{nombre}_{indice}", fila, vista, (pestanas, indice)


def recorrer(ventana, ancho: int, alto: int, carpeta: Path | None, esperar) -> tuple[list[str], list[str]]:
    """Pone la ventana a ancho×alto (lógicos), muestra cada área y devuelve (problemas, capturas guardadas).
    `esperar()` deja que Qt acomode todo (procesar eventos)."""
    ventana.resize(ancho, alto)
    ventana.show()
    esperar()
    problemas = []
    capturas = []
    if carpeta is not None:
        carpeta.mkdir(parents=True, exist_ok=True)
    for nombre, fila, vista, pestana in recorridos(ventana):
        ventana.navegacion.setCurrentRow(fila)
        if pestana is not None:
            pestana[0].setCurrentIndex(pestana[1])
        esperar()
        _esperar_los_proximos_pasos(vista, esperar)
        _esperar_que_se_acomode(vista, esperar)
        # Cada área pide su mínimo al mostrarse (con sus datos): la ventana crecería más allá de la pantalla.
        if (ventana.width(), ventana.height()) != (ancho, alto):
            problemas.append(f"[{nombre}] la ventana debía medir {ancho}×{alto} y creció a "
                             f"{ventana.width()}×{ventana.height()}: no entra en la pantalla")
            ventana.resize(ancho, alto)
            esperar()
        problemas += [f"[{nombre}] {p}" for p in problemas_de_la_ventana(ventana)]
        problemas += [f"[{nombre}] {p}" for p in problemas_de(vista, ventana)]
        if carpeta is not None:
            ruta = carpeta / f"{nombre}.png"
            guardar_captura(ventana, ruta)
            capturas.append(str(ruta))
    sesiones = ventana.sesiones
    for indice, _ in pestanas_de_una_sesion(ventana, esperar):
        nombre = f"{ventana.areas.indexOf(sesiones)}_sesiones_abierta_{indice}"
        problemas += [f"[{nombre}] {p}" for p in problemas_de(sesiones, ventana)]
        if carpeta is not None:
            ruta = carpeta / f"{nombre}.png"
            guardar_captura(ventana, ruta)
            capturas.append(str(ruta))
    return problemas, capturas


def _esperar_los_proximos_pasos(vista, esperar, intentos: int = 200) -> None:
    """Inicio pide «Próximos pasos» a otro hilo y los muestra al llegar: se mira la pantalla con ellos."""
    panel = getattr(vista, "proximos_pasos", None)
    while panel is not None and not panel.listo and intentos:
        esperar()
        intentos -= 1


def _geometrias(vista) -> list:
    from PySide6.QtWidgets import QWidget

    return [(w.objectName(), w.geometry().getRect()) for w in vista.findChildren(QWidget) if w.isVisible()]


def _esperar_que_se_acomode(vista, esperar, intentos: int = 40) -> None:
    """Lo que llega después de mostrarse (el panel de Inicio, el mapa) pide otro reparto, que Qt hace en varias vueltas
    (el panel, la página, el área desplazable): se mira cuando dos vueltas seguidas dejan todo en su lugar. Un
    reparto que nunca se asienta o que se asienta encimado sigue siendo un problema que la revisión encuentra."""
    antes = _geometrias(vista)
    while intentos:
        esperar()
        ahora = _geometrias(vista)
        if ahora == antes:
            return
        antes, intentos = ahora, intentos - 1


def pestanas_de_una_sesion(ventana, esperar):
    """Abre la sesión más reciente de la lista y recorre cada pestaña habilitada de su editor: da (índice, página)
    con la pestaña ya a la vista; al terminar vuelve a la lista. Sin sesiones, nada."""
    sesiones = ventana.sesiones
    if not sesiones.sesiones:
        return
    ventana.navegacion.setCurrentRow(ventana.areas.indexOf(sesiones))
    sesiones.abrir(sesiones.sesiones[0]["id"])
    pestanas = sesiones.editor.pestanas
    for indice in range(pestanas.count()):
        if not pestanas.isTabEnabled(indice):
            continue
        pestanas.setCurrentIndex(indice)
        esperar()
        yield indice, pestanas.widget(indice)
    sesiones.volver_a_la_lista()


def _principal(argumentos: list[str]) -> int:
    """El guion del subproceso: abre la ventana sobre la base pedida y escribe el JSON en la salida."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    base, ancho, alto, etiqueta = argumentos[0], int(argumentos[1]), int(argumentos[2]), argumentos[3]
    idioma = argumentos[4] if len(argumentos) > 4 else None   # el de la ventana: «pt_BR», «en» (sin él, castellano)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from escritorio.interfaz.aplicacion import crear_aplicacion
    from escritorio.interfaz.ventana_principal import VentanaPrincipal
    from escritorio.servicios.base import abrir_base

    aplicacion = crear_aplicacion()
    if idioma:
        from escritorio.interfaz.idioma import instalar_idioma

        instalar_idioma(aplicacion, idioma)
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    ajustes = QSettings(str(Path(base).with_suffix(".ini")), QSettings.Format.IniFormat)
    ventana = VentanaPrincipal(abrir_base(base), ajustes)
    escala = aplicacion.devicePixelRatio()

    def esperar():
        for _ in range(3):
            QApplication.processEvents()

    problemas, capturas = recorrer(ventana, round(ancho / escala), round(alto / escala),
                                   carpeta_de_artefactos() / etiqueta, esperar)
    print(json.dumps({"escala": escala, "problemas": problemas, "capturas": capturas}, ensure_ascii=False))
    ventana.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(RAIZ))
    sys.exit(_principal(sys.argv[1:]))
