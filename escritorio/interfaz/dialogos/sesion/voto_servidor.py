"""«Iniciar el voto de la sesión…» (issue 85), sobre la pestaña Votaciones: elegir la dirección de esta computadora en
la red de la oficina (de las que propone el servidor de voto) y el puerto, arrancar la página de votación de los
teléfonos (`ServidorDeLaSala`, el mismo servidor que «escritorio voto servir») y mostrar su dirección y la huella de
su certificado, que también muestra el proyector. «Detener» lo para."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QFrame, QLabel, QPushButton,
                               QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from ....dominio.voto_electronico import PUERTO_DE_LA_SALA
from ....servicios.base import nombre_de_la_base
from ...comun import tr
from ...operaciones import FALLO, consultar_en_la_ventana
from ...piezas import DialogoBase, nota
from ...servidor_de_la_sala import ServidorDeLaSala
from .protocolo_del_editor import EditorDeSesion


class DialogoIniciarVoto(DialogoBase):
    """La dirección y el puerto de la página de votación; «Iniciar» la arranca (si no puede, lo dice y sigue abierto)."""

    def __init__(self, direcciones: list[str], padre: QWidget | None = None):
        super().__init__(padre, tr("Iniciar el voto de la sesión"))
        self.direccion = QComboBox()
        self.direccion.setEditable(True)
        self.direccion.addItems(direcciones)
        self.puerto = QSpinBox()
        self.puerto.setRange(1, 65535)
        self.puerto.setValue(PUERTO_DE_LA_SALA)
        self.explicacion = nota(self.tr(
            "Los teléfonos se conectan a la red de la oficina (el Wi-Fi o el cable de esta computadora) y abren la "
            "dirección que muestra el proyector. Elija la dirección de esta computadora en esa red; 127.0.0.1 sirve "
            "solo a esta computadora (para probar). El cortafuegos debe dejar entrar el puerto desde la red privada."))
        formulario = QFormLayout()
        formulario.addRow(self.tr("Dirección:"), self.direccion)
        formulario.addRow(self.tr("Puerto:"), self.puerto)
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        botones.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Iniciar"))
        botones.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancelar"))
        botones.accepted.connect(self.accept)
        botones.rejected.connect(self.reject)
        caja = QVBoxLayout(self)
        caja.addWidget(self.explicacion)
        caja.addLayout(formulario)
        caja.addWidget(botones)


class BarraDelServidor(QFrame):
    """Bajo la lista de puntos de las votaciones: la página de votación de la sesión, en marcha (dirección y huella, «Detener») o no
    («Iniciar el voto de la sesión…»)."""

    def __init__(self, editor: EditorDeSesion, padre: QWidget | None = None):
        super().__init__(padre)
        self.editor = editor
        self.sala = ServidorDeLaSala.de()
        self.estado = QLabel()
        self.estado.setWordWrap(True)
        self.estado.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.boton_iniciar = QPushButton(self.tr("Iniciar el voto de la sesión…"))
        self.boton_iniciar.setToolTip(self.tr("Sirve la página de votación a los teléfonos de la sala, en la red de la "
                                              "oficina"))
        self.boton_iniciar.clicked.connect(self.iniciar)
        self.boton_codigos = QPushButton(self.tr("Códigos para votar…"))
        self.boton_codigos.setToolTip(self.tr("Entrega los códigos de las delegaciones que votan y todavía no tienen "
                                              "uno (el de una sola: clic derecho en su fila de la Asistencia)"))
        self.boton_codigos.clicked.connect(self.entregar_codigos)
        self.boton_detener = QPushButton(self.tr("Detener"))
        self.boton_detener.setToolTip(self.tr("Deja de servir la página de votación (las urnas no cambian)"))
        self.boton_detener.clicked.connect(self.sala.detener)
        # Bajo la lista de puntos, en columna: no suma alto a la pestaña (entra a 1366×768 al 150 %).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        columna = QVBoxLayout(self)
        columna.setContentsMargins(0, 4, 0, 0)
        columna.setSpacing(4)
        columna.addWidget(self.estado)
        columna.addWidget(self.boton_codigos)
        columna.addWidget(self.boton_iniciar)
        columna.addWidget(self.boton_detener)
        self.sala.cambio.connect(self.pintar)
        self.pintar()

    def pintar(self) -> None:
        aqui = self.sala.en_marcha(self.editor.sesion_id)
        self.boton_iniciar.setVisible(not aqui)
        self.boton_detener.setVisible(aqui)
        self.boton_iniciar.setEnabled(not self.editor.solo_lectura)
        self.boton_codigos.setEnabled(not self.editor.solo_lectura)
        if aqui:
            self.estado.setText(self.tr("Página de votación: {0} · huella del certificado: {1}").format(
                self.sala.url, self.sala.huella))
        elif self.sala.en_marcha():
            self.estado.setText(self.tr("La página de votación sirve otra sesión: iniciarla aquí la detiene allá."))
        else:
            self.estado.setText(self.tr("Votación desde los teléfonos: la página de votación está detenida."))

    def entregar_codigos(self) -> None:
        from .voto_codigos import entregar_los_codigos

        entregar_los_codigos(self, self.editor)   # el diálogo que los muestra queda abierto, hijo de esta barra

    def iniciar(self) -> None:
        from ....servidor_de_voto.direccion import direcciones_de_esta_maquina

        dialogo = DialogoIniciarVoto(direcciones_de_esta_maquina(), self)
        while dialogo.exec() and not self.arrancar(dialogo.direccion.currentText(), dialogo.puerto.value(), dialogo):
            pass   # no arrancó: el mensaje ya se mostró; el diálogo sigue, para elegir otra dirección o puerto
        dialogo.deleteLater()

    def arrancar(self, direccion: str, puerto: int, padre: QWidget | None = None) -> bool:
        """Arranca la página de votación de la sesión en `direccion`:`puerto`; True si escucha."""
        editor, sala = self.editor, self.sala
        base = nombre_de_la_base(editor.db)
        return consultar_en_la_ventana(padre or self, lambda: sala.iniciar(base, editor.sesion_id, direccion, puerto),
                                       que="iniciar el voto de la sesión") is not FALLO
