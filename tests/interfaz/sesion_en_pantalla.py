"""Una sesión abierta en la ventana, en una pantalla de oficina: cuántas filas de asistencia se ven y si «Cerrar
votación» está a la vista sin desplazar. Lo usa `test_sesion_en_pantallas_chicas.py`, como guion, en un subproceso
con la pantalla que se pide (como `dialogos_en_pantalla.py`: tamaño por la plataforma offscreen, escala por
QT_SCALE_FACTOR):

    python tests/interfaz/sesion_en_pantalla.py BASE ANCHO ALTO ETIQUETA   -> JSON {"asistencia": {...}, ...}

Antes de abrir la ventana convoca una sesión del Consejo con un punto a votar y todos presentes (la votación queda
abierta). La ventana ocupa la pantalla libre, como en una netbook o una notebook al 150 %. Capturas en
`carpeta_de_artefactos()/sesion/ETIQUETA/`.
"""

import json
import sys
from datetime import date, timedelta
from pathlib import Path

RAIZ = Path(__file__).resolve().parents[2]
TITULO_DEL_PUNTO = "Aprobación del presupuesto 2027"


def preparar_votacion_abierta(db) -> tuple[int, int]:
    """Una sesión del Consejo convocada hoy con todos presentes y un punto a votar: (sesión, punto)."""
    from escritorio.servicios.asociaciones import listar_asociaciones
    from escritorio.servicios.contexto import Contexto
    from escritorio.servicios.organos import elegir_organo
    from escritorio.servicios.sesiones.asistencia import MarcaAsistencia, asistencia, registrar_asistencias
    from escritorio.servicios.sesiones.convocatoria import NuevaSesion, convocar
    from escritorio.servicios.sesiones.puntos import agregar_punto

    contexto = Contexto(db, listar_asociaciones(db)[0]["id"])
    consejo = elegir_organo(contexto, "Consejo")["id"]
    sesion = convocar(contexto, consejo, NuevaSesion(date.today(), hora="10:00", lugar="Intendencia de Montevideo",
                                                     convocada_el=date.today() - timedelta(days=20)))
    punto = agregar_punto(contexto, sesion, TITULO_DEL_PUNTO, "votacion")
    # Todos presentes en una sola escritura, como «Todos presentes» (antes, una transacción por integrante).
    registrar_asistencias(contexto, sesion, [MarcaAsistencia(habilitado.miembro_id, "presente")
                                             for habilitado in asistencia(contexto, sesion).habilitados])
    return sesion, punto


def _rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def medir(ventana, sesion_abierta: int, punto: int, carpeta: Path | None, esperar) -> dict:
    """Abre cada sesión en Asistencia (filas a la vista) y la votación abierta (dónde queda «Cerrar votación»)."""
    from PySide6.QtCore import QPoint, QRect

    vista = ventana.sesiones
    ventana.navegacion.setCurrentRow(ventana.areas.indexOf(vista))
    esperar()
    resultado: dict = {"asistencia": {}, "capturas": []}
    for sesion in vista.sesiones:
        vista.abrir(sesion["id"])
        editor = vista.editor
        editor.pestanas.setCurrentWidget(editor.tab_asistencia)
        esperar()
        tabla = editor.tab_asistencia.tabla
        resultado["asistencia"][sesion["titulo"]] = {
            "filas_a_la_vista": tabla.viewport().height() // tabla.rowHeight(0),
            "filas": tabla.model().rowCount(),
            "encabezado": editor.pestanas.y(),   # lo que ocupa el encabezado de la sesión, sobre las pestañas
        }
        if carpeta is not None:
            ruta = carpeta / f"asistencia_{sesion['id']}.png"
            ventana.grab().save(str(ruta))
            resultado["capturas"].append(str(ruta))

    vista.abrir(sesion_abierta)
    editor = vista.editor
    editor.pestanas.setCurrentWidget(editor.votaciones)
    editor.votaciones.seleccionar(punto)
    esperar()
    boton = editor.votaciones.boton_cerrar
    en_ventana = QRect(boton.mapTo(ventana, QPoint(0, 0)), boton.size())
    resultado["cerrar_votacion"] = {
        "texto": boton.text(), "visible": boton.isVisible(), "habilitado": boton.isEnabled(),
        # La parte del botón que no tapa ni recorta nada (un área con desplazamiento la recortaría).
        "a_la_vista": _rect(boton.visibleRegion().boundingRect()), "tamano": [boton.width(), boton.height()],
        "en_la_ventana": _rect(en_ventana), "ventana": [ventana.width(), ventana.height()],
    }
    if carpeta is not None:
        ruta = carpeta / "votacion_abierta.png"
        ventana.grab().save(str(ruta))
        resultado["capturas"].append(str(ruta))
    return resultado


def _principal(argumentos: list[str]) -> int:
    base, ancho, alto, etiqueta = Path(argumentos[0]), int(argumentos[1]), int(argumentos[2]), argumentos[3]
    sys.path.insert(0, str(Path(__file__).parent))
    from dialogos_en_pantalla import configurar_pantalla
    from pantallas import carpeta_de_artefactos

    configurar_pantalla(ancho, alto)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from escritorio.interfaz.aplicacion import crear_aplicacion
    from escritorio.interfaz.ventana_principal import VentanaPrincipal
    from escritorio.servicios.base import abrir_base

    aplicacion = crear_aplicacion()
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    db = abrir_base(base)
    sesion, punto = preparar_votacion_abierta(db)
    ventana = VentanaPrincipal(db, QSettings(str(base.with_suffix(".ini")), QSettings.Format.IniFormat))
    libre = ventana.screen().availableGeometry()
    ventana.resize(libre.width(), libre.height())
    ventana.show()

    def esperar():
        for _ in range(4):
            QApplication.processEvents()

    esperar()
    carpeta = carpeta_de_artefactos() / "sesion" / etiqueta
    carpeta.mkdir(parents=True, exist_ok=True)
    resultado = medir(ventana, sesion, punto, carpeta, esperar)
    resultado.update(escala=aplicacion.devicePixelRatio(), pantalla=[libre.width(), libre.height()])
    print(json.dumps(resultado, ensure_ascii=False))
    ventana.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(RAIZ))
    sys.exit(_principal(sys.argv[1:]))
