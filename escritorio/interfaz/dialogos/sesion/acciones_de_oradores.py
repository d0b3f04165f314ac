"""Lo que se hace sobre la lista de oradores, en la pestaña Oradores (`sesion/oradores.py`): anotar a quien pide la
palabra (o una cuestión de orden), darla, terminar, pausar y reanudar, subir y bajar en la cola, retirar, cerrar y
reabrir la lista. Cada acción es una escritura de servicios/oradores.py o servicios/conduccion_de_oradores.py por el
envoltorio de la ventana; el rechazo se dice en la línea roja de la pestaña y la sala (el proyector) se avisa.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt

from ....dominio import oradores as reglas
from ....servicios import conduccion_de_oradores
from ....servicios import oradores as servicio
from ...operaciones import hacer_en_la_ventana
from ...sala_en_vivo import SalaEnVivo
from .oradores_cola import lugar_en_el_grupo
from .protocolo_del_editor import EditorDeSesion


class AccionesDeOradores:
    """Las acciones sobre la lista de oradores del punto elegido (una parte de `PestanaOradores`, que tiene la
    lista, la cola, el buscador y el reloj)."""

    editor: EditorDeSesion

    def _hacer(self, hacer: Callable[[], object], que: str, despues: Callable[[], None] | None = None) -> bool:
        """Una escritura por el envoltorio de la ventana; el rechazo, en la línea roja. Después relee y avisa a la
        sala (el proyector)."""
        if self._solo_lectura or self.lista is None:
            return False
        self._decir(None)
        hecho = hacer_en_la_ventana(self, self.editor.oficina, hacer, que=que,
                                    al_rechazar=lambda error: self._decir(error.mensaje))
        if hecho is None:
            return False
        self.releer()
        if despues is not None:
            despues()
        SalaEnVivo.de(self).avisar()
        return True

    def ir_al_buscador(self) -> None:
        if self.buscador.isEnabled():
            self.buscador.setFocus()
            self.buscador.selectAll()

    def _elegido(self) -> servicio.Candidato | None:
        """El candidato escrito en el buscador: el nombre exacto o, si no, el único que contiene lo escrito."""
        texto = " ".join(self.buscador.text().split()).casefold()
        if not texto:
            return None
        exactos = [c for t, c in self._candidatos.items() if t.casefold() == texto]
        parecidos = exactos or [c for t, c in self._candidatos.items() if texto in t.casefold()]
        return parecidos[0] if len(parecidos) == 1 else None

    def agregar(self, tipo: str | None = None) -> None:
        if self._solo_lectura or self.lista is None:
            return
        if not self.buscador.text().strip():
            # Un Enter de más (el que cerró la lista del completador, o el segundo tras anotar): no es un error.
            self.ir_al_buscador()
            return
        candidato = self._elegido()
        if candidato is None:
            self._decir(self.tr("Elija de la lista quién pide la palabra: escriba parte de su nombre hasta que quede "
                                "uno solo (Ins lleva al buscador)."))
            self.ir_al_buscador()
            return
        tipo = tipo or self.tipo.currentData()
        categoria = self.categoria.currentData() if tipo == reglas.CUESTION_DE_ORDEN else None
        punto, mocion = self._foco()
        contexto = self.editor.contexto

        def limpiar() -> None:
            self.buscador.clear()
            self.tipo.setCurrentIndex(0)
            self.categoria.setCurrentIndex(0)
            self.buscador.setFocus()

        self._hacer(lambda: servicio.pedir_palabra(contexto, punto, candidato.miembro_id, candidato.persona, tipo,
                                                   mocion, ahora=self.reloj(), categoria_id=categoria),
                    que="pedir la palabra", despues=limpiar)

    def cuestion_de_orden(self) -> None:
        if self._elegido() is None:   # sin nadie escrito: al buscador, con el tipo ya puesto
            self.tipo.setCurrentIndex(self.tipo.findData(reglas.CUESTION_DE_ORDEN))
            self.ir_al_buscador()
            return
        self.agregar(reglas.CUESTION_DE_ORDEN)

    def dar_la_palabra(self) -> None:
        if self.lista is None or not self.lista.cola or not self.editor.confirmar_acto():
            return
        punto, mocion = self._foco()
        contexto = self.editor.contexto
        self._hacer(lambda: servicio.dar_la_palabra(contexto, punto, mocion, ahora=self.reloj()),
                    que="dar la palabra", despues=self.cola.setFocus)

    def terminar(self) -> None:
        if self.lista is None or self.lista.hablando is None:
            return
        punto, mocion = self._foco()
        contexto = self.editor.contexto
        self._hacer(lambda: servicio.terminar(contexto, punto, mocion, ahora=self.reloj()),
                    que="terminar la intervención")

    def pausar_o_reanudar(self) -> None:
        """Alt+U: detiene el reloj de quien habla o lo vuelve a poner en marcha (servicios/conduccion_de_oradores)."""
        if not self.boton_pausa.isEnabled():
            return
        punto, mocion = self._foco()
        contexto, ahora = self.editor.contexto, self.reloj()
        if self.lista.hablando.pausado:
            self._hacer(lambda: conduccion_de_oradores.reanudar(contexto, punto, mocion, ahora=ahora),
                        que="reanudar la intervención")
        else:
            self._hacer(lambda: conduccion_de_oradores.pausar(contexto, punto, mocion, ahora=ahora),
                        que="pausar la intervención")

    def mover(self, paso: int) -> None:
        """Sube (-1) o baja (+1) un lugar al elegido entre los de su grupo de la cola."""
        item = self.cola.currentItem()
        if item is None or self.lista is None or self._solo_lectura:
            return
        orador_id = item.data(Qt.ItemDataRole.UserRole)
        lugar, sube, baja = lugar_en_el_grupo(self.lista.cola, orador_id, self._rangos)
        if not (sube if paso < 0 else baja):
            return
        contexto = self.editor.contexto
        self._hacer(lambda: conduccion_de_oradores.mover(contexto, orador_id, lugar + paso),
                    que="cambiar el lugar en la cola", despues=self.cola.setFocus)

    def retirar(self) -> None:
        item = self.cola.currentItem()
        if item is None:
            return
        orador_id = item.data(Qt.ItemDataRole.UserRole)
        contexto = self.editor.contexto
        self._hacer(lambda: servicio.retirar(contexto, orador_id), que="retirar de la lista",
                    despues=self.cola.setFocus)

    def cerrar_o_reabrir(self) -> None:
        if self.lista is None:
            return
        punto, mocion = self._foco()
        contexto = self.editor.contexto
        if self.lista.cerrada:
            self._hacer(lambda: servicio.reabrir_lista(contexto, punto, mocion), que="reabrir la lista")
        else:
            self._hacer(lambda: servicio.cerrar_lista(contexto, punto, mocion, ahora=self.reloj()),
                        que="cerrar la lista")
