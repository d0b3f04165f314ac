"""El editor de sesión como lo ven sus pestañas: lo que `sesion.orden`, `sesion.asistencia`, `sesion.votaciones` y
`sesion.acta` usan del editor que las contiene, y nada más.

`sesion.editor.EditorSesion` importa las cuatro pestañas y las arma pasándose a sí mismo; ellas lo anotan con este
`Protocol` (que él cumple sin nombrarlo) en lugar de importarlo de vuelta: sin círculo, ni siquiera de tipos
(tests/test_capas.py). Si una pestaña necesita algo más del editor, se agrega aquí
(tests/interfaz/test_capas_interfaz.py lo compara con lo que usan las pestañas y con lo que tiene el editor).
"""

from typing import Protocol

from PySide6.QtCore import QSettings, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QWidget

from ....datos.base_de_datos import BaseDeDatos
from ....servicios.actas import Acta
from ....servicios.contexto import Contexto
from ....servicios.elecciones import Eleccion
from ....servicios.oficina import Oficina


class EditorDeSesion(Protocol):
    """Una sesión abierta en el editor, con lo que se leyó de ella en la última `recargar`."""

    oficina: Oficina | None        # la de la ventana: la base y la asociación (interfaz/piezas/de_la_oficina.py)
    db: BaseDeDatos | None
    asociacion: dict | None
    contexto: Contexto             # el de la oficina, para los servicios
    sesion_id: int | None
    sesion: dict
    puntos: list[dict]
    acta: Acta | None
    solo_lectura: bool             # el acta está aprobada: nada se edita
    cambiado: SignalInstance       # tras cada escritura
    ir_a_otra_sesion: SignalInstance   # (sesión, punto): ir a la votación de un punto de otra sesión
    compacto: bool                 # el encabezado plegado (pantalla baja): lo que está bajo «Detalles ▾» no se ve
    pestanas: QTabWidget
    votaciones: QWidget            # la pestaña Votaciones: `seleccionar(punto_id)` la lleva a un punto
    accion_con_mociones: QAction   # Documentos › adjuntar a la convocatoria las mociones recibidas (marcable)
    ajustes: QSettings | None      # los del programa: la carpeta donde se guardó el último documento

    def recargar(self) -> None: ...

    def asistencia_cambiada(self) -> None: ...

    def votacion_de(self, punto: dict) -> dict | None: ...

    def eleccion_de(self, punto: dict) -> Eleccion | None: ...

    def resumen_eleccion(self, punto: dict) -> tuple[str, str] | None: ...

    def resoluciones_de(self, punto: dict) -> list[dict]: ...

    def numeros_de_resoluciones(self, punto: dict) -> list[str]: ...

    def texto_resoluciones(self, punto: dict) -> str: ...

    def confirmar_acto(self) -> bool: ...

    def adoptar_resolucion(self, punto: dict) -> None: ...

    def imprimir_resolucion(self, punto: dict) -> None: ...

    def firmar_resolucion(self, punto: dict) -> None: ...

    def adherentes(self, punto: dict) -> None: ...

    def imprimir_convocatoria(self) -> None: ...

    def enviar_convocatoria(self) -> None: ...

    def enviar_acta(self) -> None: ...

    def enviar_resolucion_por_correo(self, punto: dict) -> None: ...

    def imprimir_acta(self) -> None: ...

    def exportar_sesion(self) -> None: ...
