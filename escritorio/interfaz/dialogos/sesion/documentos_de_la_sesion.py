"""Los documentos y el correo de una sesión abierta en el editor (`sesion/editor.py`): imprimir la convocatoria, el
acta y cada resolución, exportar asistencia y votaciones, las firmas y adhesiones de una declaración, la firma digital
de una resolución y los envíos por correo (`sesion/correo.py`). Cada acción pide el documento al mismo servicio que la
línea de órdenes; aquí solo se elige qué y dónde guardarlo.
"""

from PySide6.QtWidgets import QMenu

from ....servicios.sesiones import titulo_sesion
from ...comun import descartar
from ...piezas import guardar_documento, nombre_de_archivo
from .correo import enviar_documento, enviar_resolucion, mostrar_lo_enviado


class DocumentosDeLaSesion:
    """Las acciones de documentos y correo del editor de una sesión (una parte de `EditorSesion`, que tiene la
    sesión, la oficina y los ajustes)."""

    # --- documentos ---
    def _documento(self, titulo_ventana: str, sufijo: str, funcion) -> None:
        self.guardar_pendiente()
        nombre = f"{nombre_de_archivo(self.asociacion['sigla'])}-{nombre_de_archivo(titulo_sesion(self.sesion))}-{sufijo}"
        contexto = self.contexto
        guardar_documento(self, titulo_ventana, nombre,
                          lambda ruta: funcion(contexto, self.sesion_id, ruta), self._ajustes)

    def imprimir_convocatoria(self) -> None:
        from ....servicios.informes_sesiones import imprimir_convocatoria

        con_mociones = self.accion_con_mociones.isChecked()
        self._documento(self.tr("Imprimir la convocatoria"), "convocatoria.pdf",
                        lambda contexto, sesion_id, ruta: imprimir_convocatoria(contexto, sesion_id, ruta,
                                                                               con_mociones=con_mociones))

    def imprimir_acta(self) -> None:
        from ....servicios.informes_sesiones import imprimir_acta

        self._documento(self.tr("Imprimir el acta"), "acta.pdf", imprimir_acta)

    def _elegir_resolucion(self, punto: dict) -> dict | None:
        """La resolución adoptada en el punto; si hay varias, la que se elige en un menú. None si no hay o se cancela."""
        from PySide6.QtGui import QCursor

        adoptadas = self.resoluciones_de(punto)
        if len(adoptadas) <= 1:
            return adoptadas[0] if adoptadas else None
        menu = QMenu(self)
        opciones = {menu.addAction(f"{r['numeracion']} — {r['titulo']}"): r for r in adoptadas}
        accion = menu.exec(QCursor.pos())
        descartar(menu)
        return opciones.get(accion)

    def imprimir_resolucion(self, punto: dict) -> None:
        """Guarda en PDF una resolución adoptada en el punto (si hay varias, se elige cuál), con su código de
        verificación y su QR (servicios.documentos.imprimir_resolucion, el mismo de «resoluciones pdf»)."""
        from ....servicios.documentos import imprimir_resolucion

        elegida = self._elegir_resolucion(punto)
        if elegida is None:
            return
        nombre = f"{nombre_de_archivo(self.asociacion['sigla'])}-{nombre_de_archivo(elegida['numeracion'])}.pdf"
        contexto = self.contexto
        guardar_documento(self, self.tr("Guardar la resolución en PDF"), nombre,
                          lambda ruta: imprimir_resolucion(contexto, elegida["id"], ruta),
                          self._ajustes)

    def adherentes(self, punto: dict) -> None:
        """Las firmas y adhesiones de una declaración adoptada en el punto (servicios.adherentes, el mismo de
        «resoluciones adherir»)."""
        from ..adherentes import DialogoAdherentes

        declaraciones = [r for r in self.resoluciones_de(punto) if r["tipo"] == "declaracion"]
        elegida = declaraciones[0] if len(declaraciones) == 1 else self._elegir_resolucion(punto)
        if elegida is None or elegida["tipo"] != "declaracion":
            return
        dialogo = DialogoAdherentes(self.oficina, elegida, self)
        dialogo.exec()
        agregados = dialogo.agregados
        descartar(dialogo)
        if agregados:
            self.recargar()
            self.cambiado.emit()

    def firmar_resolucion(self, punto: dict) -> None:
        """Firma digitalmente una resolución adoptada en el punto (si hay varias, se elige cuál) y muestra sus
        firmas (interfaz/dialogos/firma_digital.py, el mismo servicio que «firma resolucion»)."""
        from ..firma_digital import DialogoFirmaDigital

        elegida = self._elegir_resolucion(punto)
        if elegida is None:
            return
        dialogo = DialogoFirmaDigital(self.oficina, "resolucion", elegida["id"],
                                      f"{elegida['numeracion']} — {elegida['titulo']}", self, self._ajustes)
        dialogo.exec()
        descartar(dialogo)

    # --- correo (sesion/correo.py) ---
    def enviar_convocatoria(self) -> None:
        self.guardar_pendiente()
        if enviar_documento(self, "convocatoria", self):
            self.actualizar_correo()

    def enviar_acta(self) -> None:
        self.guardar_pendiente()
        if enviar_documento(self, "acta", self):
            self.actualizar_correo()

    def enviar_resolucion_por_correo(self, punto: dict) -> None:
        """Envía por correo una resolución adoptada en el punto (si hay varias, se elige cuál)."""
        elegida = self._elegir_resolucion(punto)
        if elegida is not None:
            enviar_resolucion(self, elegida, self)

    def actualizar_correo(self) -> None:
        """Solo cambió la bandeja de salida (un mensaje salió, rebotó…): el recuadro del correo, sin releer todo."""
        if self.db is not None and self.sesion_id is not None:
            mostrar_lo_enviado(self, self.correo_enviado)
            self._acomodar()

    def exportar_sesion(self) -> None:
        from ....servicios.informes_sesiones import exportar_sesion

        self._documento(self.tr("Exportar asistencia y votaciones"), "asistencia-y-votaciones.xlsx", exportar_sesion)
