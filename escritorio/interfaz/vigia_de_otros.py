"""Lo que guardan otros en la base abierta (la línea de órdenes, otra ventana, otra persona en el servidor): la
ventana lo mira cada segundo y, en el servidor, apenas llega un aviso por la red; si otro programa reemplazó el
archivo (restauró un respaldo), vuelve a abrir el nuevo. Qué se recarga con lo que otros guardaron lo decide la
ventana (`_refrescar_por_otro`, en ventana_principal.py)."""

import logging

from PySide6.QtCore import QSocketNotifier
from PySide6.QtWidgets import QApplication, QMessageBox

from ..datos.vigilancia import CambiosDeOtros, base_reemplazada, diario_perdido, ruta_abierta
from ..servicios.base import abrir_base, base_abierta
from . import espera
from .cambios import temas_de_tablas
from .diario import atender_diario_perdido
from .comun import mostrar_error


class VigiaDeOtros:
    """La vigilancia de la ventana principal: escuchar la base, mirarla y avisar si cambió de archivo."""

    def _escuchar(self, db) -> None:
        """Desde ahora se mira lo que otros guardan en `db`. En el servidor llega un aviso por la red apenas alguien
        confirma: su socket despierta a la ventana (`_vigilar`) sin esperar al reloj."""
        self._dejar_de_escuchar()
        self.otros = CambiosDeOtros(db)
        descriptor = self.otros.descriptor()
        if descriptor is not None:
            self._avisos_del_servidor = QSocketNotifier(descriptor, QSocketNotifier.Type.Read, self)
            self._avisos_del_servidor.activated.connect(self._aviso_del_servidor)

    def _dejar_de_escuchar(self) -> None:
        """Primero el socket deja de vigilarse y después se cierra la escucha (al revés, Qt vigilaría uno cerrado)."""
        if self._avisos_del_servidor is not None:
            self._avisos_del_servidor.setEnabled(False)
            self._avisos_del_servidor.deleteLater()
            self._avisos_del_servidor = None
        if self.otros is not None:
            self.otros.cerrar()
            self.otros = None

    def _aviso_del_servidor(self, *_args) -> None:
        """Llegó algo por la escucha: se lee ya (si no, el socket seguiría avisando) y se refresca si se puede."""
        if self.otros is not None:
            self.otros.juntar()
            self._vigilar()

    def _vigilar(self) -> None:
        """Cada segundo (y en el servidor, al llegar un aviso): ¿otro programa u otra persona escribió en la base, o
        reemplazaron el archivo (restauraron un respaldo)?

        Con un diálogo abierto, o mientras se espera para guardar, no se toca nada: se mira al terminar (los avisos
        del servidor se juntan mientras tanto)."""
        if QApplication.activeModalWidget() is not None or espera.esperando():
            return
        try:
            if self.otros is None or not base_abierta(self.db) or self.db.en_transaccion:
                return   # la ventana misma cerró la base (restaurando) o está escribiendo
            motivo = base_reemplazada(self.db)
            if motivo:
                self._base_reemplazada(motivo)
                return
            if diario_perdido(self.db):   # la base sigue en su lugar, pero otro programa borró su diario
                atender_diario_perdido(self)
                return
            cambiados = temas_de_tablas(self.otros.tablas_cambiadas())
            if cambiados:
                self._refrescar_por_otro(cambiados)
        except Exception:  # noqa: BLE001 - la próxima acción del usuario mostrará el error; aquí solo se anota
            logging.getLogger(__name__).exception("No se pudo mirar si otro programa cambió la base")

    def _base_reemplazada(self, motivo: str) -> None:
        """El archivo de la ruta ya no es el abierto: se vuelve a abrir el actual (o, si no está, se avisa).
        Mientras tanto, ninguna escritura llega al archivo viejo: la transacción lo comprueba."""
        ruta = ruta_abierta(self.db)
        if ruta is None or not ruta.exists():
            if not self._reemplazo_avisado:
                self._reemplazo_avisado = True
                self._avisar_base(QMessageBox.Icon.Warning, self.tr("La base ya no está"), motivo)
            return
        anterior, sigla = self.db, self.asociacion["sigla"] if self.asociacion else None
        try:
            nueva = abrir_base(ruta, crear=False, comprobacion_completa=True)
        except Exception as error:  # noqa: BLE001
            if not self._reemplazo_avisado:
                self._reemplazo_avisado = True
                mostrar_error(self, error, "volver a abrir la base")
            return
        self.cargar_base(nueva, sigla)
        anterior.close()   # SQLite no toca el diario de la base nueva al cerrar la conexión del archivo viejo
        self._avisar_base(QMessageBox.Icon.Information, self.tr("La base fue reemplazada"), self.tr(
            "Otro programa reemplazó la base {0} mientras esta ventana la tenía abierta (por ejemplo, restauró un "
            "respaldo desde la línea de órdenes).\n\nEscritorio la volvió a abrir: lo que ve ahora es lo que hay en "
            "el archivo, y lo que guarde desde ahora queda en él. Si estaba escribiendo algo en ese momento, "
            "revise que esté.").format(ruta))

    def _avisar_base(self, icono, titulo: str, texto: str) -> None:
        """Un aviso que no detiene la ventana (la vigilancia corre desde un temporizador)."""
        if self.aviso_base is not None:
            self.aviso_base.close()
        self.aviso_base = QMessageBox(icono, titulo, texto, QMessageBox.StandardButton.Ok, self)
        self.aviso_base.finished.connect(lambda _r: setattr(self, "aviso_base", None))
        self.aviso_base.open()
