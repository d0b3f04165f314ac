"""Archivo → Verificar la base…: lo mismo que «escritorio verificar», desde la ventana, y reconocer con un motivo lo
que otro programa escribió (un incidente) o una copia puesta a mano (las alarmas del testigo). Los veredictos y los
reconocimientos son los de los servicios (servicios/verificacion.py): aquí solo se muestran y se piden. Abajo, el
servidor de sello de tiempo de la base (RFC 3161, servicios/sello_de_tiempo.py), como «escritorio bitacora
sello-de-tiempo» y «sellar-tiempo»."""

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout)

from ...servicios.oficina import Oficina
from ..piezas.de_la_oficina import DeLaOficina
from ...servicios import sello_de_tiempo
from ...servicios.respaldo import verificar
from ...servicios.verificacion import (alarmas_del_testigo, anotar_restauracion_manual, incidentes_pendientes,
                                       reconocer_incidente)
from ..comun import mostrar_error
from ..piezas import DialogoBase, nota, pintar_resultado
from ..trabajos import ejecutar_con_progreso


class DialogoVerificarBase(DeLaOficina, DialogoBase):
    def __init__(self, oficina: Oficina, padre=None):
        super().__init__(padre, self.tr("Verificar la base"))
        self.oficina = oficina
        self.resumen = QLabel()
        self.resumen.setObjectName("resumen_verificacion")
        self.resumen.setWordWrap(True)
        self.informe = QPlainTextEdit()
        self.informe.setReadOnly(True)
        self.incidente = QComboBox()
        self.motivo = QLineEdit()
        self.motivo.setMaxLength(500)
        self.motivo.setPlaceholderText(self.tr("Por qué: qué pasó y quién lo sabe (queda en la bitácora)"))
        self.boton_reconocer = QPushButton(self.tr("Reconocer"))
        self.boton_reconocer.clicked.connect(self.reconocer)
        self.explicacion = nota(self.tr(
            "Un incidente es algo que otro programa, no Escritorio, escribió en la base; una alarma del testigo, que "
            "faltan cambios que ya se habían guardado (por ejemplo, alguien copió a mano un respaldo viejo). Se informan "
            "cada vez hasta que una persona los explica; la explicación queda en la bitácora."))
        fila = QHBoxLayout()
        fila.addWidget(self.incidente, 2)
        fila.addWidget(self.motivo, 3)
        fila.addWidget(self.boton_reconocer)
        self.servidor_sello = QLineEdit()
        self.servidor_sello.setObjectName("servidor_sello_de_tiempo")
        self.servidor_sello.setMaxLength(sello_de_tiempo.LARGO_URL)
        self.servidor_sello.setPlaceholderText(self.tr("dirección del servidor de sello de tiempo (http://…); vacío: "
                                                       "apagado"))
        self.boton_guardar_sello = QPushButton(self.tr("Guardar"))
        self.boton_guardar_sello.clicked.connect(self.guardar_servidor)
        self.boton_sellar = QPushButton(self.tr("Pedir sello ahora"))
        self.boton_sellar.clicked.connect(self.sellar)
        self.estado_sello = nota("")
        self.estado_sello.setObjectName("estado_sello_de_tiempo")
        fila_sello = QHBoxLayout()
        fila_sello.addWidget(QLabel(self.tr("Sello de tiempo:")))
        fila_sello.addWidget(self.servidor_sello, 3)
        fila_sello.addWidget(self.boton_guardar_sello)
        fila_sello.addWidget(self.boton_sellar)
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        botones.rejected.connect(self.reject)
        diseno = QVBoxLayout(self)
        diseno.addWidget(self.resumen)
        diseno.addWidget(self.informe, 1)
        diseno.addWidget(self.explicacion)
        diseno.addLayout(fila)
        diseno.addLayout(fila_sello)
        diseno.addWidget(self.estado_sello)
        diseno.addWidget(botones)
        self.caber_en_la_pantalla(760, 520)
        self.comprobar()

    def comprobar(self) -> None:
        try:
            resultado = ejecutar_con_progreso(self.parentWidget(), self.tr("Verificar la base"),
                                              lambda _informar: verificar(self.db), cancelable=False)
        except Exception as error:  # noqa: BLE001 - se muestra y queda registrado
            mostrar_error(self, error, "verificar la base")
            return
        lineas = [self.tr("PROBLEMA: {0}").format(p) for p in resultado.problemas]
        lineas += [self.tr("AVISO: {0}").format(a) for a in getattr(resultado, "avisos", [])]
        lineas += resultado.detalles
        self.informe.setPlainText("\n\n".join(lineas))
        if resultado.correcta:
            pintar_resultado(self.resumen, True, self.tr("La base de datos está sana."))
        else:
            pintar_resultado(self.resumen, False, self.tr("La base tiene {0} problema(s): cada uno dice qué hacer.")
                             .format(len(resultado.problemas)))
        self.incidente.clear()
        for incidente in incidentes_pendientes(self.db):
            self.incidente.addItem(self.tr("Incidente {0} ({1})").format(incidente["id"], incidente["notado_en"]),
                                   incidente["id"])
        if alarmas_del_testigo(self.db):
            self.incidente.addItem(self.tr("Faltan cambios que vio el testigo (copia puesta a mano)"), None)
        hay = self.incidente.count() > 0
        for pieza in (self.incidente, self.motivo, self.boton_reconocer, self.explicacion):
            pieza.setVisible(hay)
        self.mostrar_servidor()

    def mostrar_servidor(self) -> None:
        configurado = sello_de_tiempo.servidor(self.db)
        guardados = sello_de_tiempo.sellos_guardados(self.db)
        self.servidor_sello.setText(configurado.url if configurado else "")
        if configurado is None:
            estado = self.tr("Apagado: la cadena no se sella con la hora de un tercero. Escriba la dirección RFC 3161 "
                             "de una autoridad de sello de tiempo y pulse Guardar.")
        elif configurado.certificado_sha256:
            estado = self.tr("Certificado de confianza: «{0}», SHA-256 {1}…").format(
                configurado.tsa, configurado.certificado_sha256[:16])
        else:
            estado = self.tr("El certificado de la autoridad se fija con el primer sello que se guarde.")
        if guardados:
            ultimo = guardados[-1]
            estado += " " + self.tr("Sellos guardados: {0}; el último, del {1}, certifica el sello {2}.").format(
                len(guardados), sello_de_tiempo.momento_legible(ultimo.momento), ultimo.sello_id)
        self.estado_sello.setText(estado)
        self.boton_sellar.setEnabled(configurado is not None)

    def guardar_servidor(self) -> None:
        try:
            if self.servidor_sello.text().strip():
                sello_de_tiempo.configurar_servidor(self.db, self.servidor_sello.text())
            else:
                sello_de_tiempo.apagar_servidor(self.db)
        except Exception as error:  # noqa: BLE001 - una dirección que no sirve: lo dice el servicio
            mostrar_error(self, error, "configurar el servidor de sello de tiempo")
            return
        self.mostrar_servidor()

    def sellar(self) -> None:
        try:
            ejecutar_con_progreso(self.parentWidget(), self.tr("Pedir sello de tiempo"),
                                  lambda _informar: sello_de_tiempo.sellar_ahora(self.db), cancelable=False)
        except Exception as error:  # noqa: BLE001 - sin conexión o rechazado: lo dice el servicio
            mostrar_error(self, error, "pedir el sello de tiempo")
            return
        self.comprobar()

    def reconocer(self) -> None:
        if self.incidente.currentIndex() < 0:
            return
        incidente = self.incidente.currentData()
        try:
            if incidente is None:
                anotar_restauracion_manual(self.db, self.motivo.text() or None)
            else:
                reconocer_incidente(self.db, incidente, self.motivo.text())
        except Exception as error:  # noqa: BLE001 - el motivo falta o no sirve: lo dice el servicio
            mostrar_error(self, error, "reconocer un incidente")
            return
        self.motivo.clear()
        self.comprobar()
