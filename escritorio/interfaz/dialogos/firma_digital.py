"""Firma digital de un acta aprobada o una resolución con el certificado .p12/.pfx de quien firma, y
verificación de las firmas (del documento o de cualquier PDF). Llama a los mismos servicios que «escritorio firma».

La contraseña se escribe en un campo oculto, no se guarda en ningún lado y se borra del campo al firmar.

El nivel (B-B, B-T, B-LT, B-LTA) se elige en una lista; lo que cada uno necesita (servidor de sello de tiempo,
certificados de la cadena y CRL) lo dice el servicio (`requisitos_del_nivel`), y la ventana solo habilita esos campos
y muestra la explicación. La dirección del servidor de sello se recuerda entre una firma y otra."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ...dominio.nombres_de_archivo import nombre_valido_en_windows
from ...dominio import formato
from ...errores import ErrorEscritorio
from ...servicios.firmas import (NIVELES, ContrasenaIncorrecta, conclusion, exportar_firma, firmar_con_certificado,
                                 motivo_para_no_firmar, requisitos_del_nivel, rotulo_confianza, rotulo_integridad,
                                 texto_del_nivel, verificar_archivo, verificar_firma_guardada)
from ..comun import tr
from ..piezas import AMBAR, ROJO, VERDE, en_linea, llenar_tabla, nombre_de_archivo, nota, nuevo_formulario, \
    pintar_resultado, ruta_con_extension, subtitulo, tabla_lectura
from ..piezas import DialogoBase
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..piezas import elegir_archivo
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios.oficina import Oficina

FILTRO_CERTIFICADO = "Certificado con clave privada (*.p12 *.pfx);;Todos los archivos (*)"
FILTRO_RAICES = "Certificados raíz (*.pem *.crt *.cer *.der);;Todos los archivos (*)"
FILTRO_VALIDACION = ("Certificados de la cadena y CRL (*.crt *.cer *.pem *.der *.crl *.p7c *.p7b);;"
                     "Todos los archivos (*)")


def _hora(iso: str | None) -> str:
    from datetime import datetime

    if not iso:
        return tr("sin fecha")
    try:
        return formato.fecha_y_hora(datetime.fromisoformat(iso).astimezone())
    except ValueError:
        return iso



def _rotulo(texto: str) -> str:
    """«✓ íntegra» traducido: la marca queda, el rótulo se traduce."""
    if texto[:2] in ("✓ ", "✗ "):
        return texto[:2] + tr(texto[2:])
    return tr(texto)

class TablaDeFirmas(QWidget):
    """Las firmas de un PDF verificado: firmante, fecha, integridad y confianza, con el resultado general."""

    def __init__(self):
        super().__init__()
        self.tabla = tabla_lectura([tr("Firmante"), tr("Fecha"), tr("Integridad"), tr("Confianza"), tr("Nivel")], 3)
        self.tabla.setWordWrap(True)
        self.resultado = QLabel()
        self.resultado.setObjectName("resultadoFirmas")
        self.resultado.setWordWrap(True)
        self.resultado.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caja = QVBoxLayout(self)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(self.tabla, 1)
        caja.addWidget(self.resultado)
        self.verificacion = None

    def mostrar(self, verificacion) -> None:
        self.verificacion = verificacion
        if verificacion is None:
            llenar_tabla(self.tabla, [])
            pintar_resultado(self.resultado, None, tr("Todavía no hay firmas digitales."))
            return
        # Rótulos y conclusión: los del servicio (servicios.firmas), no reglas propias de la ventana.
        filas = [[f.firmante, _hora(f.firmado_en) + (tr(" (sello de tiempo)") if f.con_sello_de_tiempo
                                                   else tr(" (la declara quien firma)")),
                  _rotulo(rotulo_integridad(f)), _rotulo(rotulo_confianza(f)),
                  f.nivel + (tr(" · largo plazo") if f.largo_plazo else "")]
                 for f in verificacion.firmas]
        llenar_tabla(self.tabla, filas, color=lambda n: (VERDE if verificacion.firmas[n].confiable else AMBAR)
                     if verificacion.firmas[n].integra else ROJO)
        for fila, f in enumerate(verificacion.firmas):
            for columna, detalle in ((2, f.detalle_integridad), (3, f.detalle_confianza), (4, f.detalle_largo_plazo)):
                self.tabla.item(fila, columna).setToolTip(tr(detalle))
        self.tabla.resizeRowsToContents()
        exito = None if verificacion.integras and not verificacion.confiables else verificacion.confiables
        pintar_resultado(self.resultado, exito, tr(conclusion(verificacion, tr("con «Autoridades de confianza…»"))))


class DialogoFirmaDigital(DeLaOficina, DialogoBase):
    """Firmar un acta aprobada (tipo «acta», referencia = id de la sesión) o una resolución (tipo «resolucion»,
    referencia = su id), ver sus firmas y guardar el PDF firmado; o, con tipo None, solo verificar un PDF."""

    def __init__(self, oficina: Oficina, tipo: str | None, referencia: int | None, documento: str = "",
                 padre: QWidget | None = None, ajustes: QSettings | None = None):
        super().__init__(padre)
        self.oficina, self.tipo, self.referencia = oficina, tipo, referencia
        self._ajustes = ajustes
        self.firmado = False          # se guardó al menos una firma (el editor recarga el acta)
        self.confianza: str | None = None
        self.setWindowTitle(tr("Firma digital") + (f" — {documento}" if documento else ""))
        self.resize(780, 560)

        self.certificado = QLineEdit()
        self.certificado.setPlaceholderText(tr("el archivo .p12 o .pfx de quien firma"))
        self.boton_elegir = QPushButton(tr("Elegir…"))
        self.boton_elegir.clicked.connect(self.elegir_certificado)
        self.contrasena = QLineEdit()
        self.contrasena.setEchoMode(QLineEdit.EchoMode.Password)
        self.contrasena.setPlaceholderText(tr("la del certificado (no se guarda)"))
        self.motivo = QLineEdit()
        self.motivo.setPlaceholderText(tr("por defecto, «Firma del acta…»") if tipo == "acta" else
                                       tr("por defecto, «Firma de la resolución…»"))
        self.lugar = QLineEdit()
        self.lugar.setPlaceholderText(tr("por ejemplo, Montevideo"))
        self.nivel = QComboBox()
        for nivel in NIVELES:
            self.nivel.addItem(nivel, nivel)
        self.nivel.setToolTip(tr("B-B: la firma sola. B-T: con sello de tiempo. B-LT: con los datos para validarla a "
                                 "largo plazo sin conexión. B-LTA: además, un sello de tiempo del documento."))
        self.explicacion_nivel = nota("")
        # Dos renglones siempre: con el aviso de la firma a la vista, el formulario no la aplasta.
        self.explicacion_nivel.setMinimumHeight(self.explicacion_nivel.fontMetrics().lineSpacing() * 2 + 2)
        self.sello_tiempo = QLineEdit()
        self.sello_tiempo.setPlaceholderText(tr("dirección del servidor de sello de tiempo (http://…)"))
        if self._ajustes is not None:
            self.sello_tiempo.setText(str(self._ajustes.value("firma/sello_tiempo", "") or ""))
        self.archivos_de_validacion: list[str] = []
        self.rotulo_validacion = QLabel()
        self.rotulo_validacion.setObjectName("archivosDeValidacion")
        self.rotulo_validacion.setWordWrap(True)
        self.boton_validacion = QPushButton(tr("Cadena y revocación…"))
        self.boton_validacion.setToolTip(tr("Sin conexión: los certificados de la cadena (intermedio, raíz: .crt, "
                                            ".cer, .pem) y las listas de revocación (.crl) de su autoridad "
                                            "certificante. Con conexión no hacen falta: se buscan solos."))
        self.boton_validacion.clicked.connect(self.elegir_archivos_de_validacion)
        self.nivel.currentIndexChanged.connect(self.mostrar_requisitos)
        self.boton_firmar = QPushButton(tr("Firmar digitalmente"))
        self.boton_firmar.setDefault(True)
        self.boton_firmar.clicked.connect(self.firmar)
        self.mensaje = QLabel()
        self.mensaje.setObjectName("mensajeFirma")
        self.mensaje.setWordWrap(True)
        self.mensaje.hide()

        self.titulo_firmas = subtitulo(tr("Firmas de este documento"))
        self.firmas = TablaDeFirmas()
        self.boton_guardar = QPushButton(tr("Guardar PDF firmado…"))
        self.boton_guardar.clicked.connect(self.guardar_pdf)
        self.boton_verificar = QPushButton(tr("Verificar otro PDF…"))
        self.boton_verificar.clicked.connect(self.verificar_otro)
        self.boton_raices = QPushButton(tr("Autoridades de confianza…"))
        self.boton_raices.setToolTip(tr("Un archivo con los certificados raíz de su autoridad certificante (.pem, "
                                        ".crt, .cer): con él se valida la confianza, sin conexión."))
        self.boton_raices.clicked.connect(self.elegir_raices)
        self._pdf_verificado: str | None = None  # el archivo que se está mostrando (si no, el del documento)

        caja = QVBoxLayout(self)
        if tipo is not None:
            grupo = QGroupBox(tr("Firmar"))
            formulario = nuevo_formulario()
            formulario.addRow(tr("Certificado:"), en_linea(self.certificado, self.boton_elegir, estirar=False))
            formulario.addRow(tr("Contraseña:"), self.contrasena)
            formulario.addRow(tr("Motivo:"), en_linea(self.motivo, QLabel(tr("Lugar:")), self.lugar, estirar=False))
            nivel = en_linea(self.nivel, self.explicacion_nivel, estirar=False)
            nivel.setStretch(1, 1)
            formulario.addRow(tr("Nivel:"), nivel)
            formulario.addRow(tr("Sello de tiempo:"), self.sello_tiempo)
            validacion = en_linea(self.boton_validacion, self.rotulo_validacion, estirar=False)
            validacion.setStretch(1, 1)
            formulario.addRow(tr("Validación:"), validacion)
            fila = QHBoxLayout()
            fila.addWidget(self.boton_firmar)
            fila.addWidget(nota(tr("Cada firma nueva se agrega sobre la anterior y se ve sobre la línea de firma de "
                                   "quien firma.")), 1)
            formulario.addRow("", fila)
            grupo.setLayout(formulario)
            caja.addWidget(grupo)
            caja.addWidget(self.mensaje)
        else:
            self.titulo_firmas.setText(tr("Firmas del PDF"))
        caja.addWidget(self.titulo_firmas)
        caja.addWidget(self.firmas, 1)
        botones = QHBoxLayout()
        if tipo is not None:
            botones.addWidget(self.boton_guardar)
        botones.addWidget(self.boton_verificar)
        botones.addWidget(self.boton_raices)
        botones.addStretch(1)
        cerrar = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        cerrar.button(QDialogButtonBox.StandardButton.Close).setText(tr("Cerrar"))
        cerrar.rejected.connect(self.reject)
        botones.addWidget(cerrar)
        caja.addLayout(botones)
        self.recargar()
        self.mostrar_requisitos()
        self.actualizar_firmable()

    def mostrar_requisitos(self) -> None:
        """Lo que el nivel elegido necesita, según el servicio: qué campos se usan y su explicación."""
        requisitos = requisitos_del_nivel(self.nivel.currentData())
        self.explicacion_nivel.setText(tr(requisitos.explicacion))
        self.sello_tiempo.setEnabled(self.boton_firmar.isEnabled() and requisitos.sello_tiempo != "no")
        self.boton_validacion.setEnabled(self.boton_firmar.isEnabled() and requisitos.datos_de_validacion)
        if not self.archivos_de_validacion:
            self.rotulo_validacion.setText(tr("con conexión se buscan solos") if requisitos.datos_de_validacion
                                           else tr("no se usan en este nivel"))

    def actualizar_firmable(self) -> None:
        """«Firmar» solo se ofrece si el servicio dice que el documento se puede firmar (p. ej. un acta aprobada);
        si no, el diálogo dice por qué con el mismo mensaje que daría al firmar."""
        if self.tipo is None:
            return
        motivo = consultar_en_la_ventana(self, lambda: motivo_para_no_firmar(self.contexto, self.tipo, self.referencia),
                                         que="firma digital")
        if motivo is FALLO:
            return
        for campo in (self.certificado, self.boton_elegir, self.contrasena, self.motivo, self.lugar, self.nivel,
                      self.boton_firmar):
            campo.setEnabled(motivo is None)
        self.mostrar_requisitos()
        if motivo is not None:
            self._avisar(False, motivo)

    # --- lo que se muestra ---
    def recargar(self) -> None:
        """Las firmas del documento (verificadas sobre su último PDF firmado), o las del PDF elegido."""
        consultar_en_la_ventana(self, self._verificar_y_mostrar, que="verificar firmas")

    def _verificar_y_mostrar(self) -> None:
        if self._pdf_verificado is not None:
            self.firmas.mostrar(verificar_archivo(self._pdf_verificado, self.confianza))
            return
        if self.tipo is None:
            self.firmas.mostrar(None)
            self.firmas.resultado.setText(tr("Elija un PDF firmado con «Verificar otro PDF…»."))
            return
        filas = self._filas()
        self.firmas.mostrar(verificar_firma_guardada(self.contexto, filas[-1]["id"],
                                                     self.confianza) if filas else None)
        self.boton_guardar.setEnabled(bool(filas))

    def _filas(self) -> list[dict]:
        from ...servicios.firmas import firmas_de_la_resolucion, firmas_del_acta

        contexto = self.contexto
        if self.tipo == "acta":
            return firmas_del_acta(contexto, self.referencia)
        return firmas_de_la_resolucion(contexto, self.referencia)

    def _avisar(self, exito: bool | None, texto: str) -> None:
        pintar_resultado(self.mensaje, exito, texto)
        self.mensaje.show()

    # --- acciones ---
    def elegir_certificado(self) -> None:
        inicio = self.certificado.text() or (self._ajustes.value("firma/carpeta", str(Path.home()))
                                             if self._ajustes is not None else str(Path.home()))
        ruta = elegir_archivo.para_abrir(self, tr("Elegir el certificado"), inicio, tr(FILTRO_CERTIFICADO))
        if ruta:
            self.certificado.setText(ruta)
            if self._ajustes is not None:
                self._ajustes.setValue("firma/carpeta", str(Path(ruta).parent))
            self.contrasena.setFocus()

    def elegir_archivos_de_validacion(self) -> None:
        inicio = (self._ajustes.value("firma/carpeta", str(Path.home())) if self._ajustes is not None
                  else str(Path.home()))
        rutas = elegir_archivo.varios_para_abrir(self, tr("Certificados de la cadena y listas de revocación"), inicio,
                                                 tr(FILTRO_VALIDACION))
        if not rutas:
            return
        self.archivos_de_validacion = rutas
        self.rotulo_validacion.setText(", ".join(Path(r).name for r in rutas))
        self.rotulo_validacion.setToolTip("\n".join(rutas))

    def firmar(self) -> None:
        """Abrir el certificado y firmar lo hace el servicio (`firmar_con_certificado`, fuera del hilo de la ventana):
        la ventana solo muestra lo que responde; con la contraseña equivocada vuelve a ese campo."""
        datos = (self.certificado.text(), self.contrasena.text(), self.motivo.text(), self.lugar.text())
        nivel = self.nivel.currentData()
        sello = self.sello_tiempo.text().strip() if self.sello_tiempo.isEnabled() else ""
        archivos = list(self.archivos_de_validacion) if self.boton_validacion.isEnabled() else []
        def rechazada(error: ErrorEscritorio) -> None:
            self._avisar(False, error.mensaje)
            if isinstance(error, ContrasenaIncorrecta):
                self.contrasena.selectAll()
                self.contrasena.setFocus()

        try:
            hecho = hacer_en_la_ventana(self, self.oficina, lambda _informar: firmar_con_certificado(
                self.contexto, self.tipo, self.referencia, datos[0], datos[1],
                motivo=datos[2], lugar=datos[3], nivel=nivel, sello_tiempo=sello or None,
                archivos_de_validacion=archivos), que="firmar digitalmente", en_segundo_plano=True,
                titulo=tr("Firmando"), cancelable=False, al_rechazar=rechazada, al_cancelar=lambda: None)
        finally:
            self.contrasena.clear()
        if hecho is None:
            return
        firma = hecho.resultado
        self.firmado = True
        self._pdf_verificado = None
        if sello and self._ajustes is not None:
            self._ajustes.setValue("firma/sello_tiempo", sello)
        donde = (tr("Se ve sobre la línea de firma de {0}.").format(firma.linea) if firma.linea else
                 tr("No se ve en la página: ninguna línea de firma libre lleva el nombre del certificado."))
        self._avisar(True, " ".join((tr("Firmado por {0} el {1} (firma n.º {2} del documento). El PDF firmado quedó "
                                       "guardado con el acta; «Guardar PDF firmado…» lo copia a un archivo.").format(
            firma.firmante, _hora(firma.firmado_en), firma.numero_de_firma) if self.tipo == "acta" else
            tr("Firmado por {0} el {1} (firma n.º {2} del documento). El PDF firmado quedó guardado; «Guardar PDF "
               "firmado…» lo copia a un archivo.").format(firma.firmante, _hora(firma.firmado_en), firma.numero_de_firma),
            donde, tr(texto_del_nivel(firma)))))
        self.titulo_firmas.setText(tr("Firmas de este documento"))
        self.recargar()

    def guardar_pdf(self) -> None:
        filas = self._filas()
        if not filas:
            return
        ultima = filas[-1]
        carpeta = self._ajustes.value("exportar/carpeta", str(Path.home())) if self._ajustes is not None else str(Path.home())
        propuesto = Path(carpeta) / nombre_valido_en_windows(f"{nombre_de_archivo(ultima['documento'])}-firmada.pdf")
        ruta = elegir_archivo.para_guardar(self, tr("Guardar el PDF firmado"), str(propuesto), tr("Documento PDF (*.pdf)"))
        ruta = ruta_con_extension(self, ruta, ".pdf") if ruta else None
        if not ruta:
            return
        # El diálogo de guardar (o ruta_con_extension) ya preguntó si se reemplaza un archivo existente.
        if consultar_en_la_ventana(self, lambda: exportar_firma(self.contexto, ultima["id"], ruta, reemplazar=True),
                                   que="guardar PDF firmado") is FALLO:
            return
        if self._ajustes is not None:
            self._ajustes.setValue("exportar/carpeta", str(Path(ruta).parent))
        self._avisar(True, tr("PDF firmado guardado en {0}.").format(ruta))

    def verificar_otro(self) -> None:
        ruta = elegir_archivo.para_abrir(self, tr("Verificar las firmas de un PDF"), str(Path.home()),
                                         tr("Documento PDF (*.pdf);;Todos los archivos (*)"))
        if not ruta:
            return
        self.verificar_archivo(ruta)

    def verificar_archivo(self, ruta: str) -> None:
        self._pdf_verificado = ruta
        self.titulo_firmas.setText(tr("Firmas de {0}").format(Path(ruta).name))
        self.recargar()

    def elegir_raices(self) -> None:
        ruta = elegir_archivo.para_abrir(self, tr("Certificados raíz de confianza"), str(Path.home()),
                                         tr(FILTRO_RAICES))
        if not ruta:
            return
        from ...documentos.verificacion_de_firmas import cargar_raices

        if consultar_en_la_ventana(self, lambda: cargar_raices(ruta), que="certificados raíz") is FALLO:
            return
        self.confianza = ruta
        self.boton_raices.setText(tr("Confianza: {0}").format(Path(ruta).name))
        self.recargar()

