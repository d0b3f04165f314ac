"""La paleta «Buscar en todo» (Ctrl+K): un campo y, debajo, lo que coincide agrupado por clase (miembros, sesiones,
resoluciones, artículos, pagos), del servicio que usa «escritorio buscar» (servicios/busqueda.py).

Todo con el teclado: se escribe y la lista se actualiza sola tras una pausa corta (`RETARDO_MS`); las flechas (y
Re Pág / Av Pág) eligen sin salir del campo; Enter abre lo elegido (quien abrió la paleta lo lleva a su lugar, ver
interfaz/busqueda.py); Esc cierra. Con el ratón, un clic en un resultado lo abre.
"""

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (QLineEdit, QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate,
                               QVBoxLayout, QWidget)

from ...dominio.busqueda import LIMITE_POR_CLASE
from ...errores import ErrorEscritorio
from ...servicios.busqueda import LARGO_MAXIMO, Encontrado, buscar
from ...servicios.contexto import Contexto
from ..operaciones import FALLO, consultar_en_la_ventana
from ..comun import miles
from ..iconos import icono
from ..piezas import DialogoBase, nota

RETARDO_MS = 200   # la pausa al escribir tras la que se busca (con cada tecla se vuelve a esperar)
ROL_RESULTADO = Qt.ItemDataRole.UserRole
ROL_DETALLE = Qt.ItemDataRole.UserRole + 1
ICONOS = {"miembro": "miembros", "sesion": "sesiones", "resolucion": "votar", "articulo": "estatutos",
          "pago": "recibo"}
_TECLAS_DE_LA_LISTA = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class _Renglones(QStyledItemDelegate):
    """Cada resultado en dos renglones (el título; debajo, en gris, el detalle) y cada grupo con su encabezado."""

    def _fuentes(self, opcion) -> tuple[QFont, QFont]:
        titulo = QFont(opcion.font)
        titulo.setBold(True)
        detalle = QFont(opcion.font)
        return titulo, detalle

    def sizeHint(self, opcion, indice) -> QSize:   # noqa: N802 (nombre de Qt)
        alto = opcion.fontMetrics.height()
        if indice.data(ROL_RESULTADO) is None:   # encabezado de grupo
            return QSize(0, alto + 10)
        return QSize(0, 2 * alto + 12)

    def paint(self, pintor, opcion, indice) -> None:
        self.initStyleOption(opcion, indice)
        estilo = opcion.widget.style()
        titulo, opcion.text = opcion.text, ""
        if indice.data(ROL_RESULTADO) is None:
            pintor.save()
            fuente = QFont(opcion.font)
            fuente.setBold(True)
            pintor.setFont(fuente)
            pintor.setPen(opcion.palette.color(QPalette.ColorRole.PlaceholderText))
            pintor.drawText(opcion.rect.adjusted(6, 4, -6, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                            titulo)
            pintor.restore()
            return
        estilo.drawControl(QStyle.ControlElement.CE_ItemViewItem, opcion, pintor, opcion.widget)
        area = estilo.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opcion, opcion.widget).adjusted(4, 0, -4, 0)
        elegido = bool(opcion.state & QStyle.StateFlag.State_Selected)
        color = opcion.palette.color(QPalette.ColorRole.HighlightedText if elegido else QPalette.ColorRole.Text)
        gris = color if elegido else opcion.palette.color(QPalette.ColorRole.PlaceholderText)
        fuente_titulo, fuente_detalle = self._fuentes(opcion)
        alto = opcion.fontMetrics.height()
        arriba = area.top() + (area.height() - 2 * alto) // 2
        pintor.save()
        for texto, fuente, tono, y in ((titulo, fuente_titulo, color, arriba),
                                       (indice.data(ROL_DETALLE) or "", fuente_detalle, gris, arriba + alto)):
            pintor.setFont(fuente)
            pintor.setPen(tono)
            renglon = QRect(area.left(), y, area.width(), alto)
            medido = pintor.fontMetrics().elidedText(texto, Qt.TextElideMode.ElideRight, renglon.width())
            pintor.drawText(renglon, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), medido)
        pintor.restore()


class DialogoBuscar(DialogoBase):
    """`exec()`; después, `elegido` es el resultado que se abrió (o None si se cerró con Esc)."""

    def __init__(self, contexto: Contexto, padre: QWidget | None = None, texto: str = ""):
        super().__init__(padre, self.tr("Buscar en todo"))
        self.contexto = contexto
        self.elegido: Encontrado | None = None
        self.hallado: dict | None = None

        self.campo = QLineEdit()
        self.campo.setObjectName("buscar_en_todo")
        self.campo.setMaxLength(LARGO_MAXIMO)
        self.campo.setClearButtonEnabled(True)
        self.campo.addAction(icono("buscar"), QLineEdit.ActionPosition.LeadingPosition)
        self.campo.setPlaceholderText(self.tr("Nombre, número de resolución o de recibo, palabra de un artículo…"))
        self.campo.installEventFilter(self)
        self.lista = QListWidget()
        self.lista.setItemDelegate(_Renglones(self.lista))
        self.lista.setIconSize(QSize(20, 20))
        self.lista.setUniformItemSizes(False)
        self.lista.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # el foco queda en el campo: se escribe y se elige
        self.lista.itemClicked.connect(self._abrir)
        self.estado = nota()
        self.estado.setObjectName("estado_busqueda")
        ayuda = nota(self.tr("↑ ↓ eligen · Enter abre · Esc cierra"))
        ayuda.setAlignment(Qt.AlignmentFlag.AlignRight)

        self.reloj = QTimer(self)
        self.reloj.setSingleShot(True)
        self.reloj.setInterval(RETARDO_MS)
        self.reloj.timeout.connect(self.buscar)
        self.campo.textChanged.connect(lambda _texto: self.reloj.start())

        caja = QVBoxLayout(self)
        caja.addWidget(self.campo)
        caja.addWidget(self.lista, 1)
        caja.addWidget(self.estado)
        caja.addWidget(ayuda)
        self.caber_en_la_pantalla(680, 500)
        if texto:   # lo que se buscó la vez anterior, elegido entero: se sigue con eso o se escribe otra cosa
            self.campo.setText(texto)
            self.campo.selectAll()
            self.reloj.stop()
            self.buscar()
        else:
            self._mostrar_estado()

    # --- buscar ---------------------------------------------------------------------------------
    def _sin_resultado(self, error: ErrorEscritorio) -> None:
        self.estado.setText(error.mensaje)
        self.lista.clear()

    def buscar(self) -> None:
        """Pide al servicio lo que coincide con el campo y llena la lista; elige el primer resultado."""
        self.reloj.stop()
        texto = self.campo.text()
        hallado = consultar_en_la_ventana(
            self, lambda: buscar(self.contexto, texto, LIMITE_POR_CLASE) if texto.strip() else None,
            que="buscar en todo", al_rechazar=self._sin_resultado)
        self.hallado = None if hallado is FALLO else hallado
        if hallado is FALLO:
            return
        self.lista.clear()
        primero = None
        for grupo in (self.hallado or {}).get("grupos", []):
            encabezado = QListWidgetItem(self._encabezado(grupo), self.lista)
            encabezado.setFlags(Qt.ItemFlag.NoItemFlags)
            for resultado in grupo["resultados"]:
                item = QListWidgetItem(icono(ICONOS[resultado["clase"]]), resultado["titulo"], self.lista)
                item.setData(ROL_RESULTADO, resultado)
                item.setData(ROL_DETALLE, resultado["detalle"])
                item.setToolTip(f"{resultado['titulo']}\n{resultado['detalle']}")
                primero = primero or item
        if primero is not None:
            self.lista.setCurrentItem(primero)
            self.lista.scrollToTop()
        self._mostrar_estado()

    def _encabezado(self, grupo: dict) -> str:
        mostrados, total = len(grupo["resultados"]), grupo["total"]
        if mostrados < total:
            return self.tr("{0} — los primeros {1} de {2}").format(grupo["nombre"], mostrados, miles(total))
        return f"{grupo['nombre']} — {miles(total)}"

    def _mostrar_estado(self) -> None:
        texto = self.campo.text().strip()
        if not texto:
            self.estado.setText(self.tr("Escriba parte de un nombre, una fecha, un número de resolución («3/2025») o "
                                        "de recibo («12»), o una palabra del estatuto. Mayúsculas y tildes dan igual."))
        elif not self.hallado or not self.hallado["grupos"]:
            self.estado.setText(self.tr("Nada coincide con «{0}» en miembros, sesiones, resoluciones, artículos ni "
                                        "pagos.").format(texto))
        else:
            total = self.hallado["total"]
            self.estado.setText(self.tr("1 resultado") if total == 1 else
                                self.tr("{0} resultados").format(miles(total)))

    # --- elegir ---------------------------------------------------------------------------------
    def resultados(self) -> list[Encontrado]:
        """Los resultados a la vista, en su orden (sin los encabezados)."""
        return [self.lista.item(i).data(ROL_RESULTADO) for i in range(self.lista.count())
                if self.lista.item(i).data(ROL_RESULTADO) is not None]

    def actual(self) -> Encontrado | None:
        item = self.lista.currentItem()
        return None if item is None else item.data(ROL_RESULTADO)

    def _abrir(self, item: QListWidgetItem | None = None) -> None:
        item = item or self.lista.currentItem()
        resultado = None if item is None else item.data(ROL_RESULTADO)
        if resultado is not None:
            self.elegido = resultado
            self.accept()

    def eventFilter(self, objeto, evento) -> bool:   # noqa: N802 (nombre de Qt)
        """En el campo: las flechas mueven la elección de la lista; Enter abre (si la pausa no terminó, busca ya)."""
        if objeto is self.campo and evento.type() == QEvent.Type.KeyPress:
            tecla = evento.key()
            if tecla in _TECLAS_DE_LA_LISTA:
                self.lista.event(evento)   # la lista salta los encabezados (no se pueden elegir)
                return True
            if tecla in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.reloj.isActive():
                    self.buscar()
                self._abrir()
                return True
        return super().eventFilter(objeto, evento)
