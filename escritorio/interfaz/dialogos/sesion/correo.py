"""El correo de una sesión abierta en su editor: enviar la convocatoria, el acta aprobada o una resolución adoptada
(el diálogo de envío, enviar_correo.py), y a cuántos integrantes llegó cada una: «Convocatoria enviada por correo a
15 de 17 integrantes el 12/09/2026; 2 sin dirección… El plazo de anticipación cuenta desde el 12/09/2026.»

Lo dicen los servicios (`servicios.correo.preparar_*`, `servicios.correo_enviado.alcance_de_la_sesion`, los mismos
de «escritorio correo convocatoria / acta / resolucion / alcance»); el editor lo muestra en su encabezado."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ....servicios.correo import preparar_acta, preparar_convocatoria, preparar_resolucion
from ....servicios.correo_enviado import alcance_de_la_sesion
from ...comun import descartar, tr
from ...iconos import icono
from .protocolo_del_editor import EditorDeSesion

_ESTILO = ("QLabel#correoDeLaSesion { background: #f4f8f1; border: 1px solid #c5dcb8; color: #24431a; "
           "border-radius: 6px; padding: 6px 10px; }")
_ESTILO_AVISO = ("QLabel#correoDeLaSesion { background: #fff6e0; border: 1px solid #e3c77a; color: #5c4400; "
                 "border-radius: 6px; padding: 6px 10px; }")


def rotulo_del_correo() -> QLabel:
    """El recuadro del encabezado con lo enviado por correo (oculto mientras no se envió nada)."""
    etiqueta = QLabel()
    etiqueta.setObjectName("correoDeLaSesion")
    etiqueta.setWordWrap(True)
    etiqueta.setTextFormat(Qt.TextFormat.RichText)
    etiqueta.setStyleSheet(_ESTILO)
    etiqueta.hide()
    return etiqueta


def mostrar_lo_enviado(editor: EditorDeSesion, etiqueta: QLabel) -> None:
    """La convocatoria y el acta de la sesión: a cuántos integrantes llegaron y desde cuándo cuenta el plazo."""
    partes, con_aviso = [], False
    for clase in ("convocatoria", "acta"):
        try:
            alcance = alcance_de_la_sesion(editor.contexto, editor.sesion_id, clase)
        except Exception:  # noqa: BLE001 - el encabezado no impide trabajar con la sesión
            alcance = None
        if alcance is None:
            continue
        con_aviso = con_aviso or bool(alcance.aviso or alcance.esperando or alcance.rechazados)
        partes.append(f"✉ {escape(alcance.texto)} <a href='{clase}'>{escape(tr('Ver los envíos'))}</a>")
    etiqueta.setText("<br>".join(partes))
    etiqueta.setStyleSheet(_ESTILO_AVISO if con_aviso else _ESTILO)
    etiqueta.setVisible(bool(partes))


def ver_los_envios(editor: EditorDeSesion, clase: str, padre: QWidget) -> None:
    """La bandeja de salida con solo los mensajes de ese documento de la sesión."""
    from ....servicios.sesiones import titulo_sesion
    from ..bandeja_salida import DialogoBandejaSalida

    documento = (tr("Convocatoria: {0}") if clase == "convocatoria" else tr("Acta aprobada: {0}")).format(
        titulo_sesion(editor.sesion))
    dialogo = DialogoBandejaSalida(editor.oficina, padre, clase=clase, referencia=editor.sesion_id,
                                   documento=documento)
    dialogo.exec()
    descartar(dialogo)


def enviar_documento(editor: EditorDeSesion, clase: str, padre: QWidget) -> int:
    """La convocatoria o el acta aprobada, a quienes integran el órgano (o a los que se marquen). Devuelve cuántos
    mensajes quedaron en la bandeja."""
    from ..enviar_correo import DialogoEnviarCorreo

    contexto, sesion_id = editor.contexto, editor.sesion_id
    preparar = preparar_convocatoria if clase == "convocatoria" else preparar_acta
    titulo = tr("Enviar la convocatoria por correo") if clase == "convocatoria" else tr("Enviar el acta por correo")
    dialogo = DialogoEnviarCorreo(editor.oficina, titulo, lambda miembros, copias: preparar(
        contexto, sesion_id, miembros=miembros, copias=copias), padre)
    dialogo.setWindowIcon(icono("enviar_correo"))
    dialogo.exec()
    encolados = dialogo.encolados
    descartar(dialogo)
    return encolados


def enviar_resolucion(editor: EditorDeSesion, resolucion: dict, padre: QWidget) -> int:
    """Una resolución adoptada, a los miembros vigentes de la asociación (o a los que se marquen)."""
    from ..enviar_correo import DialogoEnviarCorreo

    contexto, resolucion_id = editor.contexto, resolucion["id"]
    dialogo = DialogoEnviarCorreo(editor.oficina, tr("Enviar la resolución por correo"), lambda miembros, copias:
                                  preparar_resolucion(contexto, resolucion_id, miembros=miembros, copias=copias), padre)
    dialogo.exec()
    encolados = dialogo.encolados
    descartar(dialogo)
    return encolados
