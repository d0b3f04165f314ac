"""El panel «Próximos pasos» de Inicio: lo que le toca hacer a la secretaría (`servicios.agenda.agenda`, lo mismo que
`escritorio agenda`), lo atrasado primero, cada paso con su urgencia, su fecha y un botón que lleva adonde se hace
(la señal `actuar`, que la ventana lleva a su lugar: interfaz/agenda.py).

Con miles de miembros y años de cuotas la agenda cuesta décimas de segundo (los avisos de cobro miran cada cargo con
saldo): no se calcula mientras Inicio se pinta. Se pide a un hilo, que lee con su propia conexión de solo lectura
(`servicios.agenda.agenda_aparte`), y un temporizador mira cuándo terminó; mientras tanto el panel dice que está
buscando. Si la base no es un archivo (el servidor), se calcula en cuanto Inicio terminó de pintarse.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ....dominio import formato
from ....dominio.agenda import ATRASADO, ESTA_SEMANA, ESTE_MES, URGENCIAS, Paso
from ....errores import ErrorEscritorio
from ....registro import registrar_inesperado
from ....servicios.agenda import Agenda, agenda, agenda_aparte
from ....servicios.base import base_abierta
from ...comun import tr
from ...graficos import fuente_titulo
from ...piezas import ACENTO, AMBAR, GRIS, ROJO
from .primeros_pasos import ListaDePrimerosPasos

VISIBLES = 6          # los pasos que se ven sin pedir «Ver todos»
MIRAR_CADA_MS = 40    # cada cuánto se mira si el hilo terminó

# Urgencia -> (tinta, fondo) de su etiqueta.
_COLORES = {ATRASADO: (ROJO, "#fdecea"), ESTA_SEMANA: (AMBAR, "#fff3d6"), ESTE_MES: (ACENTO, "#e8f0f8")}
_SIN_APURO = (GRIS, "#eef0f2")


# Lo que dice el botón de cada acción: adónde lleva (interfaz/agenda.py).
_BOTONES = {
    "convocar": "Convocar…", "preparar_sesion": "Abrir la sesión", "enviar_convocatoria": "Abrir la sesión",
    "registrar_sesion": "Abrir la sesión", "redactar_acta": "Ir al acta", "aprobar_acta": "Ir al acta",
    "firmar_acta": "Ir al acta", "adoptar_resolucion": "Ir a la votación", "traspaso": "Traspaso…",
    "mandatos": "Designar…", "unidades": "Ver las unidades",
    "cerrar_eleccion": "Ir a la elección", "confirmar_eleccion": "Ir a la elección", "emitir": "Ir a la emisión",
    "cargos": "Ver los cargos", "avisos": "Ver los avisos", "bandeja": "Bandeja de salida",
    "por_confirmar": "Bandeja de salida", "convenio": "Ver el convenio",
    "solicitud_de_datos": "Ver la solicitud", "conservacion": "Ver lo vencido",
}


def texto_del_boton(paso: Paso) -> str:
    """Lo que dice el botón de un paso: adónde lleva."""
    if paso.accion.que in ("aprobar_acta", "adoptar_resolucion") and paso.accion.punto_id is not None:
        return tr("Ir a la votación")   # el punto que aprueba el acta ya está en el orden del día de otra sesión
    return tr(_BOTONES[paso.accion.que])


class FilaDePaso(QFrame):
    """Un paso: su urgencia, su fecha, su texto (entero en la ayuda, con el detalle) y el botón que lleva adonde se
    hace; un clic en cualquier lugar de la fila hace lo mismo que el botón."""

    elegida = Signal(object)

    def __init__(self, paso: Paso, parent: QWidget | None = None):
        super().__init__(parent)
        self.paso = paso
        self.setObjectName("filaDePaso")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        tinta, fondo = _COLORES.get(paso.urgencia, _SIN_APURO)
        self.urgencia = QLabel(tr(URGENCIAS[paso.urgencia]))
        self.urgencia.setObjectName("urgenciaDelPaso")
        self.urgencia.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.urgencia.setStyleSheet(f"QLabel#urgenciaDelPaso {{ color: {tinta}; background: {fondo}; "
                                    "border-radius: 9px; padding: 2px 8px; font-weight: 600; }")
        self.urgencia.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.fecha = QLabel(formato.fecha(paso.fecha) if paso.fecha else tr("sin plazo"))
        self.fecha.setStyleSheet(f"color: {GRIS};")
        # El texto entero, en dos renglones si la pantalla es angosta (recortado perdería la fecha o el artículo).
        self.texto = QLabel(paso.texto)
        self.texto.setTextFormat(Qt.TextFormat.PlainText)
        self.texto.setWordWrap(True)
        self.texto.setMinimumWidth(160)
        self.texto.setToolTip("\n".join((paso.texto, *paso.detalle)))
        self.boton = QPushButton(texto_del_boton(paso))
        self.boton.setToolTip(self.texto.toolTip())
        self.boton.clicked.connect(lambda: self.elegida.emit(self.paso))
        fila = QHBoxLayout(self)
        fila.setContentsMargins(4, 3, 0, 3)
        fila.setSpacing(10)
        fila.addWidget(self.urgencia)
        fila.addWidget(self.fecha)
        fila.addWidget(self.texto, 1)
        fila.addWidget(self.boton)

    def igualar(self, ancho_urgencia: int, ancho_fecha: int) -> None:
        """Las etiquetas de urgencia y las fechas de todas las filas, del mismo ancho (se leen como columnas)."""
        self.urgencia.setFixedWidth(ancho_urgencia)
        self.fecha.setFixedWidth(ancho_fecha)

    def mouseReleaseEvent(self, evento: QMouseEvent) -> None:
        if evento.button() == Qt.MouseButton.LeftButton and self.rect().contains(evento.position().toPoint()):
            self.elegida.emit(self.paso)
            return
        super().mouseReleaseEvent(evento)


class PanelProximosPasos(QWidget):
    """Emite `actuar(Paso)` al elegir un paso. `cargar(oficina)` pide la agenda (en otro hilo); `pasos` es lo que
    muestra, `listo` dice si ya llegó la de la última carga."""

    actuar = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.agenda: Agenda | None = None
        self._todos = False
        self._numero = 0               # la carga en curso: un resultado de una carga anterior se descarta
        self._hilo: threading.Thread | None = None
        self._resultado: dict = {}
        self._otra_vez = None          # una carga pedida mientras el hilo seguía con la anterior
        self._de_quien: tuple | None = None   # (base, asociación) de lo que se muestra
        self._mirar = QTimer(self)
        self._mirar.setInterval(MIRAR_CADA_MS)
        self._mirar.timeout.connect(self._mirar_el_hilo)

        self.titulo = QLabel(self.tr("Próximos pasos"))
        self.titulo.setFont(fuente_titulo(self.font()))
        self.resumen = QLabel()
        self.resumen.setStyleSheet(f"color: {GRIS};")
        self.resumen.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.resumen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        cabeza = QHBoxLayout()
        cabeza.addWidget(self.titulo)
        cabeza.addWidget(self.resumen, 1)
        self.primeros = ListaDePrimerosPasos()   # los de una asociación nueva, arriba de todo
        self.primeros.actuar.connect(self.actuar)
        self.mensaje = QLabel(self.tr("Buscando lo que viene…"))
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(f"color: {GRIS};")
        self._lista = QVBoxLayout()
        self._lista.setContentsMargins(0, 0, 0, 0)
        self._lista.setSpacing(2)
        self.boton_todos = QPushButton()
        self.boton_todos.setFlat(True)
        self.boton_todos.setStyleSheet(f"QPushButton {{ color: {ACENTO}; text-align: left; padding: 2px 4px; }}")
        self.boton_todos.clicked.connect(self._alternar_todos)
        self.boton_todos.hide()
        caja = QVBoxLayout(self)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.setSpacing(8)
        caja.addLayout(cabeza)
        caja.addWidget(self.primeros)
        caja.addWidget(self.mensaje)
        caja.addLayout(self._lista)
        caja.addWidget(self.boton_todos, 0, Qt.AlignmentFlag.AlignLeft)
        self.filas: list[FilaDePaso] = []

    def sizeHint(self) -> QSize:
        return QSize(600, super().sizeHint().height())

    # --- carga ---------------------------------------------------------------------------------

    @property
    def pasos(self) -> list[Paso]:
        return self.agenda.pasos if self.agenda is not None else []

    @property
    def listo(self) -> bool:
        """¿Llegó la agenda de la última carga (o su error)?"""
        return self._hilo is None and self._otra_vez is None

    def cargar(self, oficina) -> None:
        """Pide la agenda de la asociación de `oficina`; la muestra al llegar (lo que se veía queda hasta entonces, si
        es de la misma asociación y la misma base)."""
        self._numero += 1
        de_quien = (id(oficina.db), oficina.contexto.asociacion_id)
        if de_quien != self._de_quien:   # otra asociación u otra base: lo de antes no se deja a la vista
            self._de_quien = de_quien
            self.agenda = None
            self._limpiar()
            self.primeros.mostrar(None)
            self.resumen.clear()
            self.boton_todos.hide()
        if self.agenda is None:
            self.mensaje.setText(self.tr("Buscando lo que viene…"))
            self.mensaje.show()
        if self._hilo is not None:
            self._otra_vez = oficina   # se pide al terminar la que sigue corriendo: nunca dos hilos a la vez
            return
        self._lanzar(oficina)

    def _lanzar(self, oficina) -> None:
        contexto, numero, resultado = oficina.contexto, self._numero, {}

        def trabajo() -> None:
            try:
                resultado["agenda"] = agenda_aparte(contexto)
            except ErrorEscritorio as error:
                resultado["error"] = error.mensaje
            except Exception:  # noqa: BLE001 - se anota con su traza y el panel lo dice
                resultado["registro"] = registrar_inesperado("próximos pasos")

        self._resultado = {"numero": numero, "contexto": contexto, "datos": resultado}
        self._hilo = threading.Thread(target=trabajo, name="proximos-pasos", daemon=True)
        self._hilo.start()
        self._mirar.start()

    def _mirar_el_hilo(self) -> None:
        if self._hilo is not None and self._hilo.is_alive():
            return
        self._mirar.stop()
        self._hilo = None
        datos, numero, contexto = self._resultado["datos"], self._resultado["numero"], self._resultado["contexto"]
        if self._otra_vez is not None:
            oficina, self._otra_vez = self._otra_vez, None
            self._lanzar(oficina)
            return
        if numero != self._numero:
            return
        if "registro" in datos:
            self._mostrar_error(self.tr("Lo sentimos: no se pudieron calcular los próximos pasos. Los detalles "
                                        "quedaron en {0}").format(datos["registro"]))
        elif "error" in datos:
            self._mostrar_error(datos["error"])
        elif datos.get("agenda") is None:
            # Sin archivo (el servidor): se calcula aquí, ya con Inicio pintado (si la base sigue abierta: pudo
            # cerrarse mientras tanto, al pasar a otra o al restaurar un respaldo).
            if base_abierta(contexto.db):
                self._calcular_aqui(contexto)
        else:
            self.mostrar(datos["agenda"])

    def _calcular_aqui(self, contexto) -> None:
        try:
            self.mostrar(agenda(contexto))
        except ErrorEscritorio as error:
            self._mostrar_error(error.mensaje)
        except Exception:  # noqa: BLE001 - se anota con su traza y el panel lo dice
            self._mostrar_error(self.tr("Lo sentimos: no se pudieron calcular los próximos pasos. Los detalles "
                                        "quedaron en {0}").format(registrar_inesperado("próximos pasos")))

    def _mostrar_error(self, texto: str) -> None:
        self.agenda = None
        self._limpiar()
        self.primeros.mostrar(None)
        self.resumen.clear()
        self.mensaje.setText(texto)
        self.mensaje.show()

    # --- lo que se ve --------------------------------------------------------------------------

    def mostrar(self, resultado: Agenda) -> None:
        self.agenda = resultado
        self._limpiar()
        atrasados = resultado.contar(ATRASADO)
        partes = [self.tr("al {0}, próximos {1} días").format(formato.fecha(resultado.hoy),
                                                              formato.numero(resultado.dias))]
        if atrasados:
            partes.insert(0, (self.tr("1 atrasado") if atrasados == 1 else self.tr("{0} atrasados")).format(
                formato.numero(atrasados)))
        self.resumen.setText(" · ".join(partes))
        self.primeros.mostrar(resultado.primeros)
        if not resultado.pasos:
            self.mensaje.setText(self.tr("Nada pendiente en los próximos {0} días.").format(
                formato.numero(resultado.dias)))
            self.mensaje.setVisible(not self.primeros.isVisible())   # lo pendiente es la lista de primeros pasos
            self.boton_todos.hide()
            return
        self.mensaje.hide()
        visibles = resultado.pasos if self._todos else resultado.pasos[:VISIBLES]
        for paso in visibles:
            fila = FilaDePaso(paso)
            fila.elegida.connect(self.actuar)
            self._lista.addWidget(fila)
            self.filas.append(fila)
        ancho_urgencia = max(f.urgencia.sizeHint().width() for f in self.filas)
        ancho_fecha = max(f.fecha.sizeHint().width() for f in self.filas)
        for fila in self.filas:
            fila.igualar(ancho_urgencia, ancho_fecha)
        sobran = len(resultado.pasos) - VISIBLES
        self.boton_todos.setVisible(sobran > 0)
        self.boton_todos.setText(self.tr("Ver menos") if self._todos else
                                 self.tr("Ver los {0} pasos").format(formato.numero(len(resultado.pasos))))

    def _alternar_todos(self) -> None:
        self._todos = not self._todos
        if self.agenda is not None:
            self.mostrar(self.agenda)

    def _limpiar(self) -> None:
        for fila in self.filas:
            self._lista.removeWidget(fila)
            fila.hide()
            fila.deleteLater()
        self.filas = []
