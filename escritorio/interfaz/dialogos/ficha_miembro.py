"""La ficha de un miembro: datos, historia de población, autoridades y contactos, estados, convenios, correo y
cuenta.

Los datos de la pestaña «Datos» se guardan con «Guardar». Lo que se agrega a una historia
(una cifra, una autoridad, un estado, un contacto) se registra en el momento: por eso el
diálogo se cierra con «Cerrar» y no ofrece «Cancelar».

Cada pestaña vive en su módulo, como las del editor de sesión: `ficha_datos`, `ficha_poblacion`,
`ficha_autoridades` (con el diálogo de un contacto) y `ficha_estado`; las piezas comunes, en `ficha_piezas`.
Aquí se arman las pestañas y queda lo que comparten: el miembro, las marcas de validación y los avisos del pie,
la historia releída tras cada registro, el teclado y el cierre. «Cuenta» es `ficha_cuenta.PestanaCuenta`; «Convenios»,
`ficha_convenios.PestanaConvenios`; «Correo», lo que se le envió por correo, `ficha_correo.PestanaCorreo`.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from ...errores import ErrorEscritorio, ErrorValidacion
from ...servicios.ficha import obtener_ficha
from ..comun import marcar_invalido
from ..operaciones import hacer_en_la_ventana
from ..piezas import ESTILO_BIEN, ESTILO_ERROR, DialogoBase
from .ficha_autoridades import DialogoContacto, PestanaAutoridades
from .ficha_cuenta import PestanaCuenta
from .ficha_datos import PestanaDatos
from .ficha_calidad import PestanaCalidad
from .ficha_estado import PestanaEstado
from .ficha_piezas import escapar_html
from .ficha_poblacion import PestanaPoblacion
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina

__all__ = ["DialogoContacto", "DialogoFichaMiembro"]


class DialogoFichaMiembro(DeLaOficina, PestanaDatos, PestanaPoblacion, PestanaAutoridades, PestanaEstado,
                          PestanaCalidad, DialogoBase):
    """Alta (miembro_id=None) o edición de un miembro. Tras cerrar: `cambios` dice si hay que refrescar."""

    def __init__(self, oficina: Oficina, miembro_id: int | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.miembro_id = oficina, miembro_id
        self.cambios = False
        self._sucio = False
        self._errores: dict[QWidget, str] = {}
        self._titulo_errores = ""
        self._ficha: dict | None = obtener_ficha(oficina.db, miembro_id) if miembro_id is not None else None
        self._leida: dict | None = None  # la ficha como se cargó en los campos: al guardar se nota si otro la cambió

        self.pestanas = QTabWidget()
        self.pestanas.addTab(self._pestana_datos(), self.tr("Datos"))
        self.pestanas.addTab(self._pestana_poblacion(), self.tr("Población"))
        self.pestanas.addTab(self._pestana_autoridades(), self.tr("Autoridad y contactos"))
        self.pestanas.addTab(self._pestana_estado(), self.tr("Estado"))
        # «Convenios» (ficha_convenios.PestanaConvenios): los convenios en que el miembro es parte, al abrirla.
        self.pestana_convenios = None
        self._pagina_convenios = QWidget()
        self.pestanas.addTab(self._pagina_convenios, self.tr("Convenios"))
        self.pestanas.setTabEnabled(self.pestanas.indexOf(self._pagina_convenios), miembro_id is not None)
        self.pestanas.currentChanged.connect(self._abrir_convenios)
        # «Correo» (ficha_correo.PestanaCorreo): lo enviado a este miembro; se arma la primera vez que se abre.
        self.pestana_correo = None
        self._pagina_correo = QWidget()
        self.pestanas.addTab(self._pagina_correo, self.tr("Correo"))
        self.pestanas.setTabEnabled(self.pestanas.indexOf(self._pagina_correo), miembro_id is not None)
        self.pestanas.currentChanged.connect(self._abrir_correo)
        # «Cuenta» (ficha_cuenta.PestanaCuenta) también, y queda la última.
        self.pestana_cuenta = None
        self._pagina_cuenta = QWidget()
        self.pestanas.addTab(self._pagina_cuenta, self.tr("Cuenta"))
        self.pestanas.currentChanged.connect(self._abrir_cuenta)

        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.mensaje.hide()

        botones = QDialogButtonBox()
        self.boton_cerrar = botones.addButton(self.tr("Cerrar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_guardar = botones.addButton(self.tr("Guardar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.boton_guardar.setToolTip(self.tr("Guardar los datos de la ficha (Ctrl+S)"))
        self.boton_guardar.clicked.connect(self.guardar)
        self.boton_cerrar.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.guardar)

        pie = QHBoxLayout()
        pie.addWidget(self.mensaje, 1)
        pie.addWidget(botones, 0, Qt.AlignmentFlag.AlignBottom)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.pestanas, 1)
        disposicion.addLayout(pie)

        self._cargar_datos()
        self._mostrar_historia()
        self.resize(820, 600)
        self.nombre.setFocus()

    # --- pestaña Cuenta -------------------------------------------------------------------------
    def mostrar_cuenta(self) -> None:
        """Pone a la vista la pestaña Cuenta (así la abre el área Cuotas con un doble clic)."""
        self.pestanas.setCurrentWidget(self._pagina_cuenta)

    def _abrir_cuenta(self, indice: int) -> None:
        if (self.pestanas.widget(indice) is not self._pagina_cuenta or self.pestana_cuenta is not None
                or self.miembro_id is None):
            return
        self.pestana_cuenta = PestanaCuenta(self.oficina, self.miembro_id, self)
        self.pestana_cuenta.pago_registrado.connect(self._cuenta_cambiada)
        disposicion = QVBoxLayout(self._pagina_cuenta)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.addWidget(self.pestana_cuenta)

    def _abrir_convenios(self, indice: int) -> None:
        if (self.pestanas.widget(indice) is not self._pagina_convenios or self.pestana_convenios is not None
                or self.miembro_id is None):
            return
        from .ficha_convenios import PestanaConvenios

        self.pestana_convenios = PestanaConvenios(self.oficina, self.miembro_id, self)
        disposicion = QVBoxLayout(self._pagina_convenios)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.addWidget(self.pestana_convenios)

    def _abrir_correo(self, indice: int) -> None:
        from .ficha_correo import PestanaCorreo

        if (self.pestanas.widget(indice) is not self._pagina_correo or self.pestana_correo is not None
                or self.miembro_id is None):
            return
        self.pestana_correo = PestanaCorreo(self.oficina, self.miembro_id, self)
        disposicion = QVBoxLayout(self._pagina_correo)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.addWidget(self.pestana_correo)

    def _cuenta_cambiada(self) -> None:
        self.cambios = True

    # --- historia ------------------------------------------------------------------------------
    def _historia_cambiada(self) -> None:
        self.cambios = True
        self._ficha.update({clave: valor for clave, valor in obtener_ficha(self.db, self.miembro_id).items()
                            if clave in ("poblaciones", "estados", "autoridades", "contactos",
                                          "estado_vigente", "estado_vigente_id", "decisiones")})
        self._mostrar_historia()


    def _mostrar_historia(self) -> None:
        ficha = self._ficha or {"poblaciones": [], "estados": [], "autoridades": [], "contactos": [], "pais": "",
                                "estado_vigente_id": None}
        self._mostrar_poblaciones(ficha)
        self._mostrar_autoridades(ficha)
        self._mostrar_estados(ficha)
        self._mostrar_calidad()

    # --- marcas de validación y mensajes -------------------------------------------------------
    def _en(self, campos: dict[str, str], **widgets: QWidget) -> dict:
        """Traduce campo -> motivo del servicio a widget -> motivo de esta fila de entrada."""
        return {widgets.get(campo, campo): motivo for campo, motivo in campos.items()}

    def _marcar(self, errores: dict, titulo: str) -> None:
        """Marca cada campo inválido (widget o nombre de campo de la ficha) y resume los motivos abajo."""
        self._desmarcar_todo()
        self._titulo_errores = titulo
        primero = None
        for clave, motivo in errores.items():
            widget = clave if isinstance(clave, QWidget) else self._campos.get(clave)
            if widget is None:
                self._errores[object()] = motivo  # sin campo propio: solo en el resumen
                continue
            marcar_invalido(widget, motivo)
            self._errores[widget] = motivo
            primero = primero or widget
        if primero is not None:
            primero.setFocus()
        self._resumir()

    def _resumir(self) -> None:
        if not self._errores:
            self.mensaje.hide()
            return
        lineas = "".join(f"<br>• {escapar_html(motivo)}" for motivo in self._errores.values())
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.setText(f"<b>{escapar_html(self._titulo_errores)}</b>{lineas}")
        self.mensaje.show()

    def _editado(self, widget: QWidget, sucio: bool = True) -> None:
        if sucio:
            self._sucio = True
        if widget in self._errores:
            marcar_invalido(widget, None)
            del self._errores[widget]
            self._resumir()
        elif not self._errores and sucio:
            self.mensaje.hide()

    def _desmarcar_todo(self) -> None:
        for widget in self._errores:
            if isinstance(widget, QWidget):
                marcar_invalido(widget, None)
        self._errores.clear()
        self.mensaje.hide()

    def _avisar(self, texto: str, error: bool = False) -> None:
        self._desmarcar_todo()
        self.mensaje.setStyleSheet(ESTILO_ERROR if error else ESTILO_BIEN)
        self.mensaje.setText(escapar_html(texto))
        self.mensaje.show()

    def _hacer(self, funcion, que: str, al_validar=None) -> bool:
        """Escribe por el envoltorio (interfaz/operaciones.py). Los problemas de los datos (`ErrorValidacion`) van a
        `al_validar`, que marca sus campos; cualquier otro rechazo, a la línea de aviso de la ficha. True si se
        guardó."""
        def rechazado(error: ErrorEscritorio) -> None:
            if al_validar is not None and isinstance(error, ErrorValidacion):
                al_validar(error)
            else:
                self._avisar(error.mensaje, error=True)

        return hacer_en_la_ventana(self, self.oficina, funcion, que=que, al_rechazar=rechazado) is not None

    # --- teclado y cierre ----------------------------------------------------------------------
    def keyPressEvent(self, evento) -> None:
        """Enter guarda la ficha en «Datos»; en una fila «Agregar…», registra esa fila."""
        if evento.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            accion = self._accion_de_enter()
            if accion is not None:
                accion()
            evento.accept()
            return
        super().keyPressEvent(evento)

    def _accion_de_enter(self):
        foco = self.focusWidget()
        filas = ((self.fila_cifra, self.agregar_cifra), (self.fila_autoridad, self.registrar_autoridad),
                 (self.fila_estado, self.cambiar_estado), (self.tabla_contactos, self.editar_contacto))
        for contenedor, accion in filas:
            if foco is not None and (foco is contenedor or contenedor.isAncestorOf(foco)):
                return accion
        if self.pestanas.currentIndex() == 0:
            return self.guardar
        return None

    def reject(self) -> None:
        """Cerrar (o Esc). Si hay datos sin guardar, pregunta antes de descartarlos."""
        if self._sucio:
            respuesta = QMessageBox.question(
                self, self.tr("Cambios sin guardar"),
                self.tr("Los datos de la ficha tienen cambios sin guardar. ¿Desea guardarlos?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if respuesta == QMessageBox.StandardButton.Cancel:
                return
            if respuesta == QMessageBox.StandardButton.Save and not self.guardar():
                return
            self._sucio = False
        if self.cambios:
            super().accept()
        else:
            super().reject()
