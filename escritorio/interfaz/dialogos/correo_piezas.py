"""Lo que comparten la bandeja de salida y la pestaña «Correo» de la ficha: cómo se dice cada estado, la hora de un
envío en la de este equipo, y anotar a mano un rebote o una confirmación de recibido (`servicios.correo.anotar`, el
mismo de «escritorio correo anotar»)."""

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ...dominio import formato
from ...dominio.correo import ANOTABLE_EN, ESTADOS_DESTINATARIO, ESTADOS_MENSAJE, TIPOS_DESTINATARIO
from ...servicios.oficina import Oficina
from ...servicios.correo import anotar
from ...servicios.correo_enviado import hora_local
from ..comun import tr
from ..operaciones import hacer_en_la_ventana
from ..piezas import AMBAR, GRIS, ROJO, VERDE

COLOR_MENSAJE = {"pendiente": AMBAR, "enviando": AMBAR, "por_confirmar": AMBAR, "rechazado": ROJO, "anulado": GRIS,
                 "enviado": None}
COLOR_DESTINATARIO = {"pendiente": AMBAR, "aceptado": VERDE, "recibido": VERDE, "rechazado": ROJO, "rebotado": ROJO}


def cuando(mensaje) -> str:
    """Cuándo salió (o, si no salió, cuándo se puso en la bandeja), en la hora de este equipo."""
    return formato.fecha_y_hora(hora_local(mensaje.enviado_en or mensaje.creado_en))


def cuando_destinatario(destinatario: dict) -> str:
    """Cuándo respondió el servidor por esa dirección (o cuándo se anotó a mano), en la hora de este equipo."""
    return formato.fecha_y_hora(hora_local(destinatario["cuando"])) if destinatario["cuando"] else ""


def estado_del_mensaje(estado: str) -> str:
    return tr(ESTADOS_MENSAJE[estado])


def estado_del_destinatario(estado: str) -> str:
    return tr(ESTADOS_DESTINATARIO[estado])


def tipo_de_destinatario(tipo: str) -> str:
    return tr(TIPOS_DESTINATARIO[tipo])


def ayudas_de_celdas(tabla, *columnas: int) -> None:
    """Lo que no entra en una celda (una dirección larga, el motivo del servidor) se lee entero en su ayuda."""
    for fila in range(tabla.rowCount()):
        for columna in columnas:
            celda = tabla.item(fila, columna)
            if celda is not None:
                celda.setToolTip(celda.text())


def se_puede_anotar(estado_mensaje: str) -> bool:
    """Un rebote o un recibido se anotan en un mensaje que salió (o quizá salió): la regla de `anotar`."""
    return estado_mensaje in ANOTABLE_EN


def anotar_rebote(padre: QWidget, oficina: Oficina, destinatario: dict) -> bool:
    """Pide el motivo del rebote (el que dice el mensaje que volvió) y lo anota. True si se anotó."""
    motivo, aceptado = QInputDialog.getText(
        padre, tr("Anotar un rebote"),
        tr("El mensaje a {0} volvió. Motivo (lo que dice el aviso de rebote, p. ej. «buzón lleno»):").format(
            destinatario["direccion"]), QLineEdit.EchoMode.Normal)
    if not aceptado:
        return False
    return _anotar(padre, oficina, destinatario, "rebotado", motivo.strip() or None)


def anotar_recibido(padre: QWidget, oficina: Oficina, destinatario: dict) -> bool:
    return _anotar(padre, oficina, destinatario, "recibido", None)


def _anotar(padre: QWidget, oficina: Oficina, destinatario: dict, estado: str, motivo: str | None) -> bool:
    return hacer_en_la_ventana(padre, oficina, lambda: anotar(oficina.contexto, destinatario["id"], estado, motivo),
                               que="anotar un destinatario del correo") is not None
