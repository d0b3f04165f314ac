"""La calidad del miembro en la pestaña «Estado» de la ficha: lo que es hoy (pleno u observador, y por qué: su propia
calidad o la categoría de su país), su historia y la fila para registrar que es observador, o pleno, desde una fecha
(servicios.observadores, el mismo servicio que «escritorio miembros calidad»).

`PestanaCalidad` es una parte de `DialogoFichaMiembro` (ficha_miembro.py).
"""

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ...dominio.miembros import CALIDADES_MIEMBRO
from ...errores import ErrorEscritorio
from ...servicios.observadores import calidad_hoy, fijar_calidad, historia_de_calidad
from ..comun import fecha_dma
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from .baja import editor_de_fecha
from .ficha_piezas import combo_de


class PestanaCalidad:
    """El grupo «Calidad» de la pestaña Estado."""

    def _grupo_calidad(self) -> QGroupBox:
        self.etiqueta_calidad = QLabel()
        self.etiqueta_calidad.setWordWrap(True)
        self.calidad_nueva = combo_de({codigo: self.tr(rotulo) for codigo, rotulo in CALIDADES_MIEMBRO.items()})
        self.calidad_nueva.setCurrentIndex(self.calidad_nueva.findData("observador"))
        self.calidad_desde = editor_de_fecha()
        self.calidad_motivo = QLineEdit()
        self.calidad_motivo.setPlaceholderText(self.tr("por ejemplo: Resolución 4/2027, admisión como observador"))
        self.calidad_motivo.textEdited.connect(lambda _t: self._editado(self.calidad_motivo, sucio=False))
        self.boton_calidad = QPushButton(self.tr("Registrar calidad"))
        self.boton_calidad.setToolTip(self.tr(
            "Un observador integra la Asamblea sin voto: asiste, habla y firma declaraciones, pero no vota ni cuenta "
            "para el quórum, y no ocupa un cargo con voto."))
        self.boton_calidad.clicked.connect(self.registrar_calidad)

        grupo = QGroupBox(self.tr("Calidad (miembro pleno u observador)"))
        disposicion = QVBoxLayout(grupo)
        disposicion.addWidget(self.etiqueta_calidad)
        fila = QHBoxLayout()
        fila.addWidget(self.calidad_nueva)
        fila.addSpacing(8)
        fila.addWidget(QLabel(self.tr("Desde:")))
        fila.addWidget(self.calidad_desde)
        fila.addSpacing(8)
        fila.addWidget(QLabel(self.tr("Motivo:")))
        fila.addWidget(self.calidad_motivo, 1)
        fila.addWidget(self.boton_calidad)
        disposicion.addLayout(fila)
        grupo.setEnabled(self.miembro_id is not None)
        return grupo

    def _mostrar_calidad(self) -> None:
        if self.miembro_id is None:
            self.etiqueta_calidad.setText(self.tr("Guarde el miembro para registrar su calidad."))
            return
        leida = consultar_en_la_ventana(self, lambda: (calidad_hoy(self.oficina.contexto, self.miembro_id),
                                                       historia_de_calidad(self.oficina.contexto, self.miembro_id)),
                                        que="leer la calidad de un miembro")
        if leida is FALLO:
            return
        hoy, historia = leida
        lineas = [self.tr("Hoy: {0}").format(hoy.texto())]
        lineas += [self.tr("{0} desde el {1} ({2})").format(self.tr(CALIDADES_MIEMBRO[h["calidad"]]),
                                                            fecha_dma(h["desde"]), h["motivo"])
                   for h in reversed(historia) if hoy.propia is None or h["id"] != hoy.propia["id"]]
        self.etiqueta_calidad.setText("\n".join(lineas))

    def registrar_calidad(self) -> None:
        calidad, desde, motivo = (self.calidad_nueva.currentData(), self.calidad_desde.date().toPython(),
                                  self.calidad_motivo.text())
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: fijar_calidad(
            self.oficina.contexto, self.miembro_id, calidad, desde, motivo),
            que="registrar la calidad de un miembro", al_rechazar=self._calidad_rechazada)
        if hecho is None:
            return
        self.cambios = True
        self.calidad_motivo.clear()
        self._mostrar_calidad()
        cambio = hecho.resultado
        self._avisar(" ".join([self.tr("Calidad registrada."), cambio.resumen(), *cambio.avisos]))

    def _calidad_rechazada(self, error: ErrorEscritorio) -> None:
        if not self.calidad_motivo.text().strip():
            self._marcar({self.calidad_motivo: self.tr("Escriba el motivo (la resolución o el artículo).")},
                         self.tr("No se registró la calidad:"))
            self.calidad_motivo.setFocus()
        else:
            self._avisar(error.mensaje, error=True)
