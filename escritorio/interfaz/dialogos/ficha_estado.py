"""La pestaña «Estado» de la ficha del miembro: la historia de estados, la fila para registrar un cambio (con la
confirmación de los mandatos que termina), «Dar de baja…» y «Eliminar (alta por error)…».

`PestanaEstado` es una parte de `DialogoFichaMiembro` (ficha_miembro.py).
"""

from html import escape

from PySide6.QtWidgets import (QDialog, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout,
                               QWidget)

from ...dominio.miembros import ESTADOS, ESTADOS_REGISTRADOS
from ...errores import ErrorEscritorio
from ...servicios.miembros import (cambiar_estado, eliminar_por_error, mandatos_que_terminan, puede_eliminarse,
                                   revisar_cambio_de_estado)
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..comun import fecha_dma
from .baja import DialogoBaja, editor_de_fecha
from .ficha_piezas import combo_de, llenar_historia, tabla_historia, texto_o_vacio


class PestanaEstado:
    """La pestaña Estado."""

    def _pestana_estado(self) -> QWidget:
        self.etiqueta_estado = QLabel()
        self.etiqueta_decisiones = QLabel()  # lo que decidieron los órganos: «Admitido por Resolución 2/2026…»
        self.etiqueta_decisiones.setWordWrap(True)
        self.etiqueta_decisiones.hide()
        self.tabla_estados = tabla_historia([self.tr("Estado"), self.tr("Desde"), self.tr("Motivo")], 2)
        self.estado_nuevo = combo_de({codigo: self.tr(etiqueta) for codigo, etiqueta in ESTADOS.items()})
        self.estado_desde = editor_de_fecha()
        self.estado_motivo = QLineEdit()
        self.estado_motivo.setPlaceholderText(self.tr("por ejemplo: falta de pago de cuotas"))
        self.estado_motivo.textEdited.connect(lambda _t: self._editado(self.estado_motivo, sucio=False))
        self.boton_cambiar_estado = QPushButton(self.tr("Registrar"))
        self.boton_cambiar_estado.clicked.connect(self.cambiar_estado)

        self.fila_estado = QGroupBox(self.tr("Cambiar estado"))
        fila = QHBoxLayout(self.fila_estado)
        fila.addWidget(QLabel(self.tr("Estado:")))
        fila.addWidget(self.estado_nuevo)
        fila.addSpacing(8)
        fila.addWidget(QLabel(self.tr("Desde:")))
        fila.addWidget(self.estado_desde)
        fila.addSpacing(8)
        fila.addWidget(QLabel(self.tr("Motivo:")))
        fila.addWidget(self.estado_motivo, 1)
        fila.addWidget(self.boton_cambiar_estado)

        self.boton_baja = QPushButton(self.tr("Dar de baja…"))
        self.boton_baja.clicked.connect(self.dar_de_baja)
        self.boton_eliminar = QPushButton(self.tr("Eliminar (alta por error)…"))
        self.boton_eliminar.setToolTip(self.tr(
            "Borra el miembro por completo. Solo para un alta hecha por error y sin historia; "
            "si el miembro se va, use «Dar de baja»."))
        self.boton_eliminar.clicked.connect(self.eliminar)
        acciones = QHBoxLayout()
        acciones.addWidget(self.boton_baja)
        acciones.addStretch(1)
        acciones.addWidget(self.boton_eliminar)

        pagina = QWidget()
        disposicion = QVBoxLayout(pagina)
        disposicion.addWidget(self.etiqueta_estado)
        disposicion.addWidget(self.etiqueta_decisiones)
        disposicion.addWidget(self.tabla_estados, 1)
        disposicion.addWidget(self.fila_estado)
        disposicion.addWidget(self._grupo_calidad())   # ficha_calidad.PestanaCalidad
        disposicion.addLayout(acciones)
        return pagina

    def cambiar_estado(self) -> None:
        estado, desde, motivo = (self.estado_nuevo.currentData(), self.estado_desde.date().toPython(),
                                 self.estado_motivo.text())

        def revisar():
            # Primero lo que el servicio rechazaría: no se pregunta por mandatos de un cambio que no se registra.
            revisar_cambio_de_estado(self.db, self.miembro_id, estado, desde, motivo)
            return mandatos_que_terminan(self.db, self.miembro_id, estado, desde)

        efecto = consultar_en_la_ventana(self, revisar, que="cambiar el estado de un miembro",
                                         al_rechazar=self._estado_rechazado)
        if efecto is FALLO:
            return
        confirmados = None
        if efecto.terminan:  # una baja o suspensión que termina mandatos se confirma antes
            respuesta = QMessageBox.question(
                self, self.tr("Confirmar el cambio de estado"),
                efecto.resumen() + "\n\n" + "\n".join(f"• {m.texto()}" for m in efecto.terminan)
                + "\n\n" + self.tr("¿Registrar el estado y terminar esos mandatos?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if respuesta != QMessageBox.StandardButton.Yes:
                return
            confirmados = {m.mandato_id for m in efecto.terminan}
        hecho = hacer_en_la_ventana(self, self.oficina, lambda: cambiar_estado(
            self.db, self.miembro_id, estado, desde, motivo, confirmados=confirmados),
            que="cambiar el estado de un miembro", al_rechazar=self._estado_rechazado)
        if hecho is None:
            return
        efecto = hecho.resultado
        self.estado_motivo.clear()
        self._historia_cambiada()
        self._avisar(self.tr("Estado registrado.") + (" " + efecto.resumen() if efecto.terminan else ""))

    def _estado_rechazado(self, error: ErrorEscritorio) -> None:
        campos = getattr(error, "campos", None) or {}
        if "motivo" in campos or not self.estado_motivo.text().strip():
            motivo = campos.get("motivo") or self.tr("Escriba el motivo del cambio de estado.")
            self._marcar({self.estado_motivo: motivo}, self.tr("No se registró el estado:"))
            self.estado_motivo.setFocus()
        else:
            self._avisar(error.mensaje, error=True)

    def dar_de_baja(self) -> None:
        if DialogoBaja(self.oficina, self.miembro_id, self._ficha["nombre"], self).exec() == QDialog.DialogCode.Accepted:
            self._historia_cambiada()
            self._avisar(self.tr("Baja registrada."))

    def eliminar(self) -> None:
        nombre = self._ficha["nombre"]
        respuesta = QMessageBox.question(
            self, self.tr("Eliminar miembro"),
            self.tr("¿Eliminar «{0}» definitivamente?\n\nÚselo solo si el alta fue un error: se borran la ficha, "
                    "su población y sus contactos. Si el miembro se va de la asociación, use «Dar de baja».")
            .format(nombre),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if respuesta != QMessageBox.StandardButton.Yes:
            return
        if hacer_en_la_ventana(self, self.oficina, lambda: eliminar_por_error(self.db, self.miembro_id),
                               que="eliminar un miembro") is None:
            return
        self.cambios, self.miembro_id = True, None
        self._sucio = False
        super().accept()

    def _mostrar_estados(self, ficha: dict) -> None:
        """La historia de estados, el vigente y el estado de «Situación actual»; qué botones se pueden usar."""
        estados = ficha["estados"]
        llenar_historia(self.tabla_estados, [
            [self.tr(ESTADOS_REGISTRADOS.get(e["estado"], e["estado"])), fecha_dma(e["desde"]), texto_o_vacio(e["motivo"])]
            for e in estados])
        actual = next((e for e in estados if e["id"] == ficha["estado_vigente_id"]), None)
        if actual:
            self.etiqueta_estado.setText(self.tr("Estado actual: <b>{0}</b> desde el {1}.").format(
                self.tr(ESTADOS_REGISTRADOS.get(actual["estado"], actual["estado"])), fecha_dma(actual["desde"])))
        else:
            self.etiqueta_estado.setText(self.tr("Sin estados registrados."))
        if ficha.get("admitida_desde"):
            # Admitida, su admisión rige después: «Solicitante — miembro desde 22/12/2026» (servicios.ficha).
            self.situacion_estado.setText(ficha["estado_en_palabras"])
        else:
            self.situacion_estado.setText(self.tr("{0} desde el {1}").format(
                self.tr(ESTADOS_REGISTRADOS.get(actual["estado"], actual["estado"])), fecha_dma(actual["desde"]))
                if actual else self.tr("sin registrar"))
        self.boton_baja.setEnabled(bool(self._ficha) and (actual is None or actual["estado"] != "baja"))
        decisiones = [d["texto"] for d in ficha.get("decisiones", [])]
        self.etiqueta_decisiones.setText("<br>".join(escape(d) + "." for d in decisiones))
        self.etiqueta_decisiones.setVisible(bool(decisiones))
        self.situacion_decisiones.setText("\n".join(d + "." for d in decisiones))
        self._formulario_situacion.setRowVisible(self.situacion_decisiones, bool(decisiones))
        self.boton_baja.setToolTip("" if self.boton_baja.isEnabled() else self.tr("El miembro ya está dado de baja."))
        # La regla es la del servicio, la misma que aplica el borrado: con historia, deshabilitado y dice por qué.
        se_puede, motivo = puede_eliminarse(self.db, self.miembro_id) if self.miembro_id else (False, "")
        self.boton_eliminar.setEnabled(se_puede)
        self.boton_eliminar.setToolTip(self.tr(
            "Borra el miembro por completo. Solo para un alta hecha por error y sin historia; "
            "si el miembro se va, use «Dar de baja».") if se_puede
            else f"<p>{escape(motivo)}</p>")  # con <p>, una ayuda larga se parte en líneas y no sale de la pantalla
