"""Archivo › Cuenta de correo…: el servidor SMTP de la asociación, su seguridad, el usuario, el remitente y la firma,
con la clave en el llavero del sistema (nunca en la base) y «Probar la conexión», que se conecta de verdad antes de
guardar. Un servidor con un certificado propio (autofirmado) muestra su huella SHA-256 y se acepta solo a sabiendas,
como «escritorio correo aceptar-certificado».

Los mismos servicios que «escritorio correo cuenta» (servicios/cuenta_de_correo.py) y la prueba de
servicios/despacho.py: las reglas de cada campo son de ellos; aquí se muestran sus problemas junto a cada campo."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from ...dominio.correo import PROVEEDORES, PUERTOS, SEGURIDADES
from ...errores import ErrorEscritorio, ErrorValidacion
from ...servicios import llavero
from ...servicios.cuenta_de_correo import CONSERVAR, configurar_cuenta, cuenta_a_probar, cuenta_de_correo
from ...servicios.oficina import Oficina
from ..cartero import Cartero
from ..comun import marcar_invalido, tr
from ..piezas import DialogoBase, en_linea, nota, nuevo_formulario, panel, pintar_resultado
from ..piezas.de_la_oficina import DeLaOficina
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana

# Cuánto se espera al servidor al probar (sin red, el intento dura esto).
ESPERA_AL_PROBAR_S = 20


def huella_legible(huella: str) -> str:
    """«ab12cd…» -> «AB:12:CD:…», como la muestran los administradores (openssl, el navegador)."""
    return ":".join(huella[i:i + 2] for i in range(0, len(huella), 2)).upper()


class DialogoCuentaCorreo(DeLaOficina, DialogoBase):
    def __init__(self, oficina: Oficina, padre: QWidget | None = None):
        super().__init__(padre, self.tr("Cuenta de correo"))
        self.oficina = oficina
        self.cartero = Cartero.de(oficina)
        self.guardada = False
        cuenta = cuenta_de_correo(self.contexto)
        # El certificado propio que se acepta: CONSERVAR (el de la cuenta, si no cambia el servidor), la huella
        # aceptada ahora, o None (olvidado).
        self._certificado: str | None = CONSERVAR
        self._huella_presentada: str | None = None
        self._guardado = cuenta.certificado_aceptado if cuenta else None

        explicacion = nota(self.tr(
            "Los mensajes salen por el servidor de correo de la asociación (SMTP). Gmail y Microsoft 365 piden una "
            "clave de aplicación, no la de siempre: la guía explica cómo sacarla. La clave se guarda en el llavero "
            "del sistema, nunca en la base."))
        self.proveedor = QComboBox()
        self.proveedor.addItem(self.tr("Otro servidor"), None)
        for proveedor in PROVEEDORES:   # nombres propios: no se traducen
            self.proveedor.addItem(proveedor, proveedor)
        self.proveedor.activated.connect(self._tomar_proveedor)
        self.servidor = QLineEdit(cuenta.servidor if cuenta else "")
        self.servidor.setPlaceholderText("smtp.municipio.gob")
        self.seguridad = QComboBox()
        for clave, nombre in SEGURIDADES.items():
            self.seguridad.addItem(tr(nombre), clave)
        self.seguridad.setCurrentIndex(max(self.seguridad.findData(cuenta.seguridad if cuenta else "starttls"), 0))
        self.puerto = QSpinBox()
        self.puerto.setRange(1, 65535)
        self.puerto.setValue(cuenta.puerto if cuenta else PUERTOS["starttls"])
        self.seguridad.currentIndexChanged.connect(self._seguridad_cambiada)
        self._seguridad_anterior = self.seguridad.currentData()
        # Sin cifrar, la clave viaja a la vista: solo con esta confirmación, que queda atada a la cuenta (issue 58).
        self.clave_sin_cifrar = QCheckBox(self.tr("La clave puede viajar sin cifrar (solo en la red de la oficina)"))
        self.clave_sin_cifrar.setChecked(bool(cuenta and cuenta.clave_sin_cifrar))
        self.clave_sin_cifrar.setVisible(self.seguridad.currentData() == "ninguna")
        self.usuario = QLineEdit(cuenta.usuario or "" if cuenta else "")
        self.usuario.setPlaceholderText(self.tr("casi siempre, la misma dirección"))
        self.clave = QLineEdit()
        self.clave.setEchoMode(QLineEdit.EchoMode.Password)
        hay_clave = bool(cuenta and cuenta.usuario and llavero.clave_guardada(cuenta.direccion_llavero))
        self.clave.setPlaceholderText(self.tr("guardada en el llavero del sistema (escriba otra para cambiarla)")
                                      if hay_clave else self.tr("la clave de la cuenta (o la clave de aplicación)"))
        self.sin_llavero = nota(self.tr(
            "Este equipo no tiene un llavero del sistema donde guardar la clave: se usa mientras Escritorio esté "
            "abierto y se vuelve a pedir la próxima vez."))
        self.sin_llavero.setVisible(not llavero.hay_llavero())
        # El aviso va debajo de la clave, en la misma columna: como fila propia del formulario se partía en un
        # renglón angosto (el formulario no estira un rótulo ni le recalcula el alto al ancho que le da).
        campo_clave = QWidget()
        columna_clave = QVBoxLayout(campo_clave)
        columna_clave.setContentsMargins(0, 0, 0, 0)
        columna_clave.addWidget(self.clave)
        columna_clave.addWidget(self.sin_llavero)
        self.remitente = QLineEdit(cuenta.remitente if cuenta else "")
        self.remitente.setPlaceholderText("secretaria@red.org")
        self.nombre = QLineEdit(cuenta.nombre_remitente or "" if cuenta else "")
        self.nombre.setPlaceholderText(self.tr("Secretaría Ejecutiva"))
        self.firma = QPlainTextEdit(cuenta.firma or "" if cuenta else "")
        self.firma.setPlaceholderText(self.tr("La firma al pie de cada mensaje (si no, «Secretaría Ejecutiva» y el "
                                              "nombre de la asociación)"))
        self.firma.setTabChangesFocus(True)
        self.firma.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self._campos = {"servidor": self.servidor, "puerto": self.puerto, "seguridad": self.seguridad,
                        "usuario": self.usuario, "remitente": self.remitente, "nombre_remitente": self.nombre,
                        "firma": self.firma}
        for campo in (self.servidor, self.usuario, self.remitente, self.nombre):
            campo.textEdited.connect(lambda _t, c=campo: marcar_invalido(c, None))
        self.servidor.textEdited.connect(lambda _t: self.proveedor.setCurrentIndex(0))

        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Proveedor:"), self.proveedor)
        formulario.addRow(self.tr("Servidor:"), self.servidor)
        formulario.addRow(self.tr("Seguridad:"), en_linea(self.seguridad, QLabel(self.tr("Puerto:")), self.puerto))
        formulario.addRow("", self.clave_sin_cifrar)
        formulario.addRow(self.tr("Usuario:"), self.usuario)
        formulario.addRow(self.tr("Clave:"), campo_clave)
        formulario.addRow(self.tr("Remitente:"), self.remitente)
        formulario.addRow(self.tr("Nombre del remitente:"), self.nombre)
        formulario.addRow(self.tr("Firma:"), self.firma)

        # El certificado propio: el aceptado (con «Olvidarlo») o el que presentó el servidor (con «Aceptarlo»).
        self.panel_certificado = panel("panelCertificado")
        self.texto_certificado = QLabel()
        self.texto_certificado.setWordWrap(True)
        self.texto_certificado.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.boton_aceptar_certificado = QPushButton(self.tr("Aceptar este certificado"))
        self.boton_aceptar_certificado.clicked.connect(self.aceptar_certificado)
        self.boton_olvidar_certificado = QPushButton(self.tr("Olvidar el certificado"))
        self.boton_olvidar_certificado.clicked.connect(self.olvidar_certificado)
        caja = QVBoxLayout(self.panel_certificado)
        caja.addWidget(self.texto_certificado)
        caja.addLayout(en_linea(self.boton_aceptar_certificado, self.boton_olvidar_certificado))

        self.boton_probar = QPushButton(self.tr("Probar la conexión"))
        self.boton_probar.clicked.connect(self.probar)
        self.boton_probar.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.resultado = QLabel()
        self.resultado.setObjectName("resultadoPrueba")
        self.resultado.setWordWrap(True)
        self.resultado.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.resultado.hide()
        prueba = QHBoxLayout()
        prueba.addWidget(self.boton_probar, 0, Qt.AlignmentFlag.AlignTop)
        prueba.addWidget(self.resultado, 1)
        prueba.addStretch(0)

        botones = QDialogButtonBox()
        self.boton_guardar = botones.addButton(self.tr("Guardar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.boton_guardar.setDefault(True)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        botones.accepted.connect(self.guardar)
        botones.rejected.connect(self.reject)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.panel_certificado)
        disposicion.addLayout(prueba)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)
        self._mostrar_certificado()
        self.caber_en_la_pantalla(640, 600)

    # --- campos ---------------------------------------------------------------------------------------------
    def _tomar_proveedor(self, indice: int) -> None:
        nombre = self.proveedor.itemData(indice)
        if nombre is None:
            return
        servidor, puerto, seguridad = PROVEEDORES[nombre]
        self.servidor.setText(servidor)
        self.seguridad.setCurrentIndex(self.seguridad.findData(seguridad))
        self.puerto.setValue(puerto)
        if not self.usuario.text().strip() and self.remitente.text().strip():
            self.usuario.setText(self.remitente.text().strip())

    def _seguridad_cambiada(self, _indice: int) -> None:
        """Si el puerto era el habitual de la seguridad anterior, pasa al de la nueva (587, 465 o 25)."""
        nueva = self.seguridad.currentData()
        if self.puerto.value() == PUERTOS.get(self._seguridad_anterior):
            self.puerto.setValue(PUERTOS[nueva])
        self._seguridad_anterior = nueva
        self.clave_sin_cifrar.setVisible(nueva == "ninguna")

    def _datos(self) -> dict:
        return {"servidor": self.servidor.text(), "remitente": self.remitente.text(),
                "seguridad": self.seguridad.currentData(), "puerto": self.puerto.value(),
                "usuario": self.usuario.text(), "nombre_remitente": self.nombre.text(),
                "firma": self.firma.toPlainText(),
                "clave_sin_cifrar": self.clave_sin_cifrar.isChecked() and self.seguridad.currentData() == "ninguna"}

    def _marcar(self, error: ErrorValidacion) -> None:
        campos = getattr(error, "campos", None) or {}
        for clave, widget in self._campos.items():
            marcar_invalido(widget, campos.get(clave))
        pintar_resultado(self.resultado, False, "\n".join(campos.values()) or error.mensaje, a_la_vista=True)
        self.resultado.show()

    # --- el certificado propio ----------------------------------------------------------------------------------
    def _mostrar_certificado(self) -> None:
        presentada = self._huella_presentada
        aceptada = self._guardado if self._certificado == CONSERVAR else self._certificado
        if presentada and presentada != aceptada:
            self.texto_certificado.setText(self.tr(
                "<b>El servidor presentó un certificado que este equipo no reconoce</b> (quizá uno propio, "
                "autofirmado). Su huella SHA-256 es:<br><tt>{0}</tt><br>Compárela con la que le dé quien administra "
                "el servidor. Acéptela solo si coincide: desde entonces se exige ese mismo certificado.").format(
                huella_legible(presentada)))
        elif aceptada:
            self.texto_certificado.setText(self.tr(
                "Certificado propio aceptado (si cambia el servidor o el puerto, hay que aceptarlo de nuevo). Huella "
                "SHA-256:<br><tt>{0}</tt>").format(huella_legible(aceptada)))
        self.panel_certificado.setVisible(bool(presentada and presentada != aceptada) or bool(aceptada))
        self.boton_aceptar_certificado.setVisible(bool(presentada and presentada != aceptada))
        self.boton_olvidar_certificado.setVisible(bool(aceptada) and not (presentada and presentada != aceptada))

    def aceptar_certificado(self) -> None:
        """La secretaría comparó la huella y la acepta: se prueba de nuevo con ella (y se guarda con la cuenta)."""
        self._certificado = self._huella_presentada
        self._mostrar_certificado()
        self.probar()

    def olvidar_certificado(self) -> None:
        self._certificado = None
        self._huella_presentada = None
        self._mostrar_certificado()
        pintar_resultado(self.resultado, None, self.tr("El certificado se olvidará al guardar."))
        self.resultado.show()

    # --- probar y guardar ---------------------------------------------------------------------------------------
    def _marcar_datos(self, error: ErrorEscritorio) -> bool:
        """Los problemas de lo escrito, junto a sus campos; otro rechazo, al cuadro."""
        if not isinstance(error, ErrorValidacion):
            return False
        self._marcar(error)
        return True

    def probar(self) -> bool:
        """Se conecta de verdad con lo escrito (sin guardarlo): el cifrado, el certificado, el usuario y la clave."""
        from ...servicios.despacho import CertificadoNoConfiable, probar_cuenta

        cuenta = consultar_en_la_ventana(self, lambda: cuenta_a_probar(self.contexto, **self._datos(),
                                                                       certificado_aceptado=self._certificado),
                                         que="probar la cuenta de correo", al_rechazar=self._marcar_datos)
        if cuenta is FALLO:
            return False
        clave = self.clave.text() or self.cartero.clave
        def no_conecta(error: ErrorEscritorio) -> None:
            if isinstance(error, CertificadoNoConfiable):
                self._huella_presentada = error.huella
                self._mostrar_certificado()
                pintar_resultado(self.resultado, None, self.tr(
                    "Falta aceptar el certificado del servidor: compare su huella (arriba) y, si coincide, acéptela."))
            else:
                pintar_resultado(self.resultado, False, error.mensaje, a_la_vista=True)
            self.resultado.show()

        texto = consultar_en_la_ventana(self, lambda _informar: probar_cuenta(cuenta, clave, ESPERA_AL_PROBAR_S),
                                        que="probar la cuenta de correo", en_segundo_plano=True,
                                        titulo=self.tr("Probar la conexión"), cancelable=False, al_rechazar=no_conecta)
        if texto is FALLO:
            return False
        pintar_resultado(self.resultado, True, texto, a_la_vista=True)
        self.resultado.show()
        return True

    def guardar(self) -> None:
        clave = self.clave.text() or None
        # La clave ata la cuenta a su servidor: la escrita o, sin llavero, la que el cartero tiene en memoria.
        if hacer_en_la_ventana(self, self.oficina, lambda: configurar_cuenta(
                self.contexto, **self._datos(), clave=clave or self.cartero.clave,
                certificado_aceptado=self._certificado),
                que="guardar la cuenta de correo", al_rechazar=self._marcar_datos) is None:
            return
        self.guardada = True
        # Lo que esperaba por la cuenta sale ahora; sin llavero, la clave queda en la memoria del cartero.
        self.cartero.cuenta_cambiada(clave if clave and not llavero.hay_llavero() else None)
        self.accept()
