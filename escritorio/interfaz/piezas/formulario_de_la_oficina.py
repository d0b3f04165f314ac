"""La base de los formularios que guardan algo por la oficina (issue 79, §3): una explicación arriba, los campos, a
veces «Lo que cambiará:» (la vista previa que arma el servicio antes de confirmar), los problemas y el botón que
guarda. Lo que guarda pasa por la puerta de las operaciones (`hacer_en_la_ventana`: la bitácora, el aviso de
cambios, el deshacer, los errores dichos en castellano); lo que rechaza el servicio se marca junto a cada campo
(`_campos`: la clave del campo en el servicio -> el widget). Ninguna regla se decide aquí.

Lo usan los diálogos de Datos personales, la disolución de un órgano y el traspaso de la Secretaría Ejecutiva.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...errores import ErrorEscritorio
from ..comun import marcar_invalido, tr
from ..operaciones import consultar_en_la_ventana, hacer_en_la_ventana
from .de_la_oficina import DeLaOficina
from .dialogo import DialogoBase
from .rotulos import CajaAvisos, recuadro_de_vista_previa


class FormularioDeLaOficina(DeLaOficina, DialogoBase):
    """Un formulario con su explicación, sus campos, la vista previa (si la tiene), los problemas y el botón que
    guarda. `hecho`: si lo guardó. Cada diálogo arma sus campos, llama a `_armar` y define `aceptar`."""

    hecho = False

    def _armar(self, formulario, aceptar: str, arriba: QWidget | None = None, *, previa: str | None = None,
               ancho_minimo: int | None = None) -> None:
        """Arma el diálogo: `arriba` (la explicación), `formulario`, con `previa` (el nombre del recuadro) la vista
        previa bajo «Lo que cambiará:», los problemas y los botones (`aceptar`, el texto del que guarda)."""
        self._campos: dict[str, QWidget] = getattr(self, "_campos", {})
        self.problemas = CajaAvisos()
        botones = QDialogButtonBox()
        self.boton_aceptar = botones.addButton(aceptar, QDialogButtonBox.ButtonRole.AcceptRole)
        self.boton_aceptar.setDefault(True)
        botones.addButton(tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_aceptar.clicked.connect(self.aceptar)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        if arriba is not None:
            disposicion.addWidget(arriba)
            disposicion.addSpacing(4)
        disposicion.addLayout(formulario)
        self.previa: QLabel | None = None
        if previa is not None:
            self.previa = recuadro_de_vista_previa(previa)
            self.previa.setTextFormat(Qt.TextFormat.RichText)
            disposicion.addSpacing(4)
            disposicion.addWidget(QLabel(tr("<b>Lo que cambiará:</b>")))
            disposicion.addWidget(self.previa)
        disposicion.addWidget(self.problemas)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)
        if ancho_minimo:
            self.setMinimumWidth(ancho_minimo)

    # --- la vista previa ---
    def _prever(self, funcion: Callable, que: str):
        """Lo que devuelve `funcion()` (la vista previa del servicio, solo lectura), o `operaciones.FALLO`: si no
        se puede armar, lo dice en los problemas, esconde la previa y el botón que guarda queda apagado."""
        return consultar_en_la_ventana(self, funcion, que=que, al_rechazar=self._sin_previa)

    def _sin_previa(self, error: ErrorEscritorio) -> None:
        if self.previa is not None:
            self.previa.hide()
        self.problemas.mostrar(list(getattr(error, "problemas", None) or [error.mensaje]), clase="error")
        self.boton_aceptar.setEnabled(False)

    def _mostrar_previa(self, html: str, *, ayuda: str = "") -> None:
        self.previa.setText(html)
        self.previa.setToolTip(ayuda)
        self.previa.show()

    # --- guardar ---
    def _por_la_puerta(self, funcion: Callable, que: str):
        """`funcion()` por la oficina (hacer_en_la_ventana): lo hecho, o None si el servicio lo rechazó (marcado y
        dicho aquí)."""
        for widget in self._campos.values():
            marcar_invalido(widget, None)
        self.problemas.mostrar([])
        return hacer_en_la_ventana(self, self.oficina, funcion, que=que, al_rechazar=self._rechazado)

    def _hacer(self, funcion: Callable, que: str):
        """Lo que devuelve `funcion()` (por la oficina), o None si el servicio lo rechazó."""
        hecho = self._por_la_puerta(funcion, que)
        return None if hecho is None else hecho.resultado

    def _hacer_y_cerrar(self, funcion: Callable, que: str) -> bool:
        """`funcion()` por la oficina y, si se hizo, `hecho` y el diálogo se cierra aceptado."""
        if self._por_la_puerta(funcion, que) is None:
            return False
        self.hecho = True
        self.accept()
        return True

    def _rechazado(self, error: ErrorEscritorio) -> None:
        for campo, motivo in (getattr(error, "campos", None) or {}).items():
            if campo in self._campos:
                marcar_invalido(self._campos[campo], str(motivo))
        problemas = list(getattr(error, "problemas", None) or [])
        self.problemas.mostrar(problemas or [error.mensaje], titulo=error.mensaje.splitlines()[0] if problemas else "",
                               clase="error")

    def aceptar(self) -> None:  # pragma: no cover - cada diálogo la define
        raise NotImplementedError

