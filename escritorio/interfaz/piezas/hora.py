"""El campo de una hora (HH:mm) en el que se escribe la hora entera, como en un papel: «1830», «18:30», «18.30» o «9».

QTimeEdit escribe por secciones: con el cursor donde lo deja un clic (al final, en los minutos) se tragaba los dígitos
(«1830» en los minutos no es un minuto válido) y la hora no cambiaba. Aquí, al entrar al campo (con Tab o con un clic),
lo que se escribe reemplaza la hora entera; las flechas arriba y abajo la cambian de a poco, como en todo campo de hora.
"""

import re

from PySide6.QtCore import QEvent, Qt, QTime
from PySide6.QtWidgets import QTimeEdit

_SEPARADORES = re.compile(r"[:.hH]")


def interpretar_hora(texto: str) -> tuple[int, int] | None:
    """Lo escrito hasta ahora como (hora, minutos), o None si no es una hora.

    «9» -> (9, 0); «18» -> (18, 0); «930» -> (9, 30); «1830» -> (18, 30); «18:30», «18.30», «18h30» -> (18, 30);
    «18:» -> (18, 0) (se está por escribir los minutos); «25» -> (2, 5), como la escribiría QTimeEdit.
    """
    partes = _SEPARADORES.split(texto.strip())
    if len(partes) > 2 or not all(p.isdigit() or p == "" for p in partes) or not partes[0]:
        return None
    if len(partes) == 2:
        horas, minutos = partes
        if len(horas) > 2 or len(minutos) > 2:
            return None
        candidatas = [(int(horas), int(minutos or 0))]
    else:
        cifras = partes[0]
        if len(cifras) > 4:
            return None
        if len(cifras) <= 2:
            candidatas = [(int(cifras), 0), (int(cifras[0]), int(cifras[1:] or 0))]
        elif len(cifras) == 3:   # «930» son las 9:30; «183», camino de «1830», las 18:03
            candidatas = [(int(cifras[0]), int(cifras[1:])), (int(cifras[:2]), int(cifras[2]))]
        else:
            candidatas = [(int(cifras[:2]), int(cifras[2:]))]
    return next(((h, m) for h, m in candidatas if 0 <= h <= 23 and 0 <= m <= 59), None)


class EditorDeHora(QTimeEdit):
    """Una hora HH:mm que se escribe de corrido. `escribiendo` dice si lo próximo que se escriba sigue la hora que se
    está escribiendo (al entrar al campo empieza una nueva)."""

    def __init__(self, hora: str | None = "10:00", padre=None):
        super().__init__(QTime.fromString(hora or "10:00", "HH:mm"), padre)
        self.setDisplayFormat("HH:mm")
        self.setMinimumWidth(90)
        self.setToolTip(self.tr("Escriba la hora: 1830, 18:30 o 9 (las 9:00). Flechas arriba y abajo: la cambian."))
        self._escrito: str | None = None   # lo escrito desde que se entró al campo; None: se edita por secciones
        self._entrando = False
        self.lineEdit().installEventFilter(self)

    def focusInEvent(self, evento) -> None:
        super().focusInEvent(evento)   # con Tab, Qt elige la hora (la sección que las flechas cambian)
        self._escrito = ""
        # Un clic que da el foco deja el cursor donde cayó: se corrige al soltarlo (ver eventFilter).
        self._entrando = evento.reason() == Qt.FocusReason.MouseFocusReason

    def eventFilter(self, objeto, evento) -> bool:
        """Los clics llegan al texto de adentro (lineEdit), no al campo: al soltar el botón, queda elegida una sección
        entera, la hora si el clic entró al campo (lo escrito reemplaza la hora) o la que se tocó si ya estaba en él."""
        if objeto is self.lineEdit() and evento.type() == QEvent.Type.MouseButtonRelease:
            if self._entrando:
                self._entrando = False
                self._escrito = ""
                self.setSelectedSection(QTimeEdit.Section.HourSection)
            else:
                self._escrito = None
                self.setSelectedSection(self.currentSection())
        return False

    def keyPressEvent(self, evento) -> None:
        texto = evento.text()
        sin_atajo = not evento.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        if self._escrito is not None and sin_atajo and texto and (texto.isdigit() or _SEPARADORES.fullmatch(texto)):
            hora = interpretar_hora(self._escrito + texto)
            if hora is not None:   # lo que no puede ser una hora no se escribe (como en el campo de Qt)
                self._escrito += texto
                self.setTime(QTime(*hora))
                self.lineEdit().deselect()
                self.lineEdit().end(False)
            evento.accept()
            return
        if self._escrito and evento.key() == Qt.Key.Key_Backspace and sin_atajo:
            self._escrito = self._escrito[:-1]
            hora = interpretar_hora(self._escrito) if self._escrito else None
            if hora is not None:
                self.setTime(QTime(*hora))
            evento.accept()
            return
        if evento.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab,
                                Qt.Key.Key_Escape):
            self._escrito = None   # flechas, Supr…: se sigue editando por secciones, como en todo campo de hora
        super().keyPressEvent(evento)


def editor_de_hora(hora: str | None = "10:00") -> QTimeEdit:
    """Un campo de hora HH:mm (por omisión las 10:00) que acepta la hora escrita de corrido."""
    return EditorDeHora(hora)
