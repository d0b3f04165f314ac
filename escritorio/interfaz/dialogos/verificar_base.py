"""Archivo → Verificar la base…: lo mismo que «escritorio verificar», desde la ventana, y reconocer con un motivo lo
que otro programa escribió (un incidente) o una copia puesta a mano (las alarmas del testigo). Los veredictos y los
reconocimientos son los de los servicios (servicios/verificacion.py): aquí solo se muestran y se piden."""

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout)

from ...servicios.oficina import Oficina
from ..piezas.de_la_oficina import DeLaOficina
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
        botones = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        botones.rejected.connect(self.reject)
        diseno = QVBoxLayout(self)
        diseno.addWidget(self.resumen)
        diseno.addWidget(self.informe, 1)
        diseno.addWidget(self.explicacion)
        diseno.addLayout(fila)
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
