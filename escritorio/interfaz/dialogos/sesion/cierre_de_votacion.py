"""El resultado en vivo y el cierre de una votación, en la pestaña Votaciones (`sesion/votaciones.py`): con cada
cambio de método, mayoría, base o votos se recalcula lo que registraría cerrar ahora (`calcular_votacion`, la misma
cuenta que hace `votar`), se dice qué lo impide y, al cerrar, se registra con `servicios.votaciones.votar`.
"""

from PySide6.QtWidgets import QSizePolicy

from ....dominio.mayorias import BASE_SIMPLE
from ....errores import ErrorEscritorio
from ....servicios.votaciones import NuevaVotacion, calcular_votacion, votar
from ...operaciones import hacer_en_la_ventana
from ...piezas import GRIS, pintar_resultado
from ...sala_en_vivo import SalaEnVivo
from .piezas import confirmar_cierre_del_punto
from .protocolo_del_editor import EditorDeSesion


class CierreDeLaVotacion:
    """El resultado en vivo y el cierre de la votación del punto elegido (una parte de `PestanaVotaciones`, que
    tiene el formulario, el punto, su regla y el estado de la sesión)."""

    editor: EditorDeSesion

    def _conteo(self) -> tuple[int, int, int]:
        if self.metodo.currentData() == "nominal":
            return self.nominal.conteo()
        return self.a_favor.value(), self.en_contra.value(), self.abstenciones.value()

    def _mayoria_elegida(self) -> None:
        """La mayoría simple no tiene base (más a favor que en contra: los votos emitidos): la base se fija y se
        deshabilita; las otras mayorías ofrecen la base."""
        simple = self.mayoria.currentData() == "simple"
        if simple:
            self.base.blockSignals(True)
            self.base.setCurrentIndex(self.base.findData(BASE_SIMPLE))
            self.base.blockSignals(False)
        self.base.setEnabled(not simple and self.mayoria.isEnabled())
        self.base.setToolTip(self.tr("La mayoría simple es más votos a favor que en contra: se cuenta sobre los votos "
                                     "emitidos. Para que las abstenciones pesen, elija mayoría absoluta de los "
                                     "presentes.") if simple else "")
        self._actualizar()

    @property
    def cambia_la_regla(self) -> bool:
        """¿La mayoría o la base elegidas no son las de la regla del punto? (entonces se pide el motivo)"""
        return self._regla is not None and not self._regla.misma_mayoria(self.mayoria.currentData(),
                                                                         self.base.currentData())

    def _nueva(self) -> NuevaVotacion:
        """La votación como está en pantalla (lo que se registraría al cerrarla)."""
        nominal = self.metodo.currentData() == "nominal"
        a_favor, en_contra, abstenciones = self._conteo()
        return NuevaVotacion(metodo=self.metodo.currentData(), mayoria=self.mayoria.currentData(),
                             base=self.base.currentData(), a_favor=a_favor, en_contra=en_contra,
                             abstenciones=abstenciones, nominales=dict(self.nominal.sentidos) if nominal else None,
                             motivo_mayoria=(self.motivo.text().strip() or None) if self.cambia_la_regla else None)

    def prevision(self):
        """Lo que registraría cerrar ahora: `servicios.votaciones.calcular_votacion`, la cuenta que hace `votar`."""
        if self._punto is None or self._estado is None or self._regla is None:
            return None
        return calcular_votacion(self._estado, self._regla, self._punto["tipo_decision"], self._nueva(), self._fija)

    def _actualizar(self) -> None:
        """Recalcula el resultado con cada cambio (método, mayoría, base o votos), con la función del servicio que
        usa `votar`: cada problema se muestra una sola vez (en el recuadro) y se va en cuanto se corrige."""
        if self._punto is None or self._estado is None or self.editor.votacion_de(self._punto) is not None:
            return
        self._borrador.anotar(self.editor.db, self._punto["id"], self._contenido_del_borrador())
        cambia = self.cambia_la_regla
        for widget in (self.rotulo_motivo, self.motivo):
            widget.setVisible(cambia)
        self.aviso_cambio.hide()   # el problema del motivo lo dice el servicio, en el recuadro
        nominal = self.metodo.currentData() == "nominal"
        self.totales.setVisible(not nominal)
        self.panel_nominal.setVisible(nominal)
        politica = QSizePolicy.Policy.Expanding if nominal else QSizePolicy.Policy.Maximum
        self.formulario.setSizePolicy(QSizePolicy.Policy.Preferred, politica)
        prevision = self.prevision()
        texto = self.tr("Votos contados: {0} · pueden votar {1} (presentes con derecho a voto, contando los "
                        "poderes).").format(prevision.votos, prevision.presentes)
        for etiqueta in (self.votos, self.votos_nominales):
            etiqueta.setText(texto)
            etiqueta.setStyleSheet(f"color: {GRIS};")
        # El quórum que falta ya lo dice la línea del quórum, arriba: aquí, el recuento y la mayoría.
        self.problemas.mostrar(prevision.problemas, self.tr("Antes de cerrar la votación:"))
        self._recuento_a_la_sala(prevision)
        self.resultado.setVisible(prevision.resultado is not None)
        if prevision.resultado is not None:
            self._pintar_resultado(prevision.resultado.aprobada, prevision.resultado.texto, provisorio=True)
        self._boton_cerrar(prevision)

    def _boton_cerrar(self, prevision) -> None:
        """«Cerrar votación» se habilita cuando el servicio no ve nada que lo impida; si no, dice por qué."""
        cerrada = self._punto is not None and self.editor.votacion_de(self._punto) is not None
        puede = prevision is not None and prevision.se_puede_cerrar and not self.editor.solo_lectura and not cerrada
        self.boton_cerrar.setEnabled(puede)
        if prevision is not None and not prevision.se_puede_cerrar:
            self.boton_cerrar.setToolTip("\n".join(prevision.todos_los_problemas))
        else:
            self.boton_cerrar.setToolTip(self.tr("Registra el resultado y quién tenía derecho a votar; pide "
                                                 "confirmación y no se puede repetir"))

    def _pintar_resultado(self, aprobada: bool | None, texto: str, provisorio: bool = False) -> None:
        pintar_resultado(self.resultado, aprobada, (self.tr("Si se cierra ahora: ") if provisorio else "") + texto)

    @property
    def texto_resultado(self) -> str:
        return self.resultado.text()

    def confirmar_cierre(self, prevision) -> bool:
        """Pregunta antes de cerrar, con lo que queda registrado (la votación cerrada no se repite)."""
        return confirmar_cierre_del_punto(self, self.tr("votación"), self._punto, prevision.resultado.texto)

    def _rechazada(self, error: ErrorEscritorio) -> None:
        # Lo que cambió entretanto (otra ventana cerró la votación, cambió la asistencia): se vuelve a calcular.
        self._mostrar(reiniciar=False)
        problemas = getattr(error, "problemas", None) or [error.mensaje]
        self.problemas.mostrar(problemas, self.tr("No se registró la votación:"), clase="error")

    def cerrar_votacion(self) -> None:
        if self._punto is None:
            return
        prevision = self.prevision()
        if prevision is None:
            return
        if not prevision.se_puede_cerrar:
            self.problemas.mostrar(prevision.todos_los_problemas, self.tr("No se registró la votación:"), clase="error")
            return
        if not self.confirmar_cierre(prevision) or not self.editor.confirmar_acto():
            return
        if hacer_en_la_ventana(self, self.editor.oficina, lambda: votar(self.editor.contexto, self._punto["id"],
                                                                        self._nueva()),
                               que="cerrar votación", al_rechazar=self._rechazada) is None:
            return
        self.problemas.mostrar([])
        self._borrador.olvidar(self.editor.db, self._punto["id"])   # lo registrado está en la base
        SalaEnVivo.de(self).votacion_en_curso(None)
        self.editor.recargar()
