"""Pestaña «Admisión y cuotas» de los datos de la asociación: cuándo rige una admisión, la gracia de la primera
cuota y qué año paga quien es excluido, cada regla con su artículo. Abajo, el artículo por el que la suspensión de un
miembro termina sus mandatos (el de «escritorio miembros suspension-mandatos --articulo»; vacío: solo la baja).

La regla está en servicios/reglas_de_admision.py (la misma de «escritorio asociacion admision»): la pestaña solo lee
los campos, llama al servicio y muestra las reglas como quedaron.
"""

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ...dominio.cuotas import REGLAS_EXCLUSION
from ...servicios.reglas_de_admision import DIAS_MAXIMOS, fijar_reglas_de_admision, leer_reglas_de_admision
from ...servicios.miembros import articulo_de_suspension_de_mandatos, fijar_suspension_de_mandatos
from ...servicios.oficina import Oficina
from ..operaciones import hacer_en_la_ventana
from ..piezas import ESTILO_BIEN, en_linea, nota, nuevo_formulario


class PestanaAdmision(QWidget):
    """`guardado` se emite por el diálogo: `cambios` queda en True si se guardó algo."""

    def __init__(self, oficina: Oficina, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.contexto = oficina, oficina.contexto
        self.cambios = False
        self.rige = QSpinBox()
        self.rige.setRange(0, DIAS_MAXIMOS)
        self.rige.setSuffix(self.tr(" días después de la sesión"))
        self.articulo_admision = QLineEdit()
        self.gracia_de_la_escala = QCheckBox(self.tr("la de la escala (los días del 1 de enero a su vencimiento)"))
        self.gracia = QSpinBox()
        self.gracia.setRange(1, DIAS_MAXIMOS)
        self.gracia.setSuffix(self.tr(" días después del ingreso"))
        self.gracia_de_la_escala.toggled.connect(lambda marcada: self.gracia.setEnabled(not marcada))
        self.articulo_gracia = QLineEdit()
        self.exclusion = QComboBox()
        for codigo, etiqueta in REGLAS_EXCLUSION.items():
            self.exclusion.addItem(self.tr(etiqueta), codigo)
        self.articulo_exclusion = QLineEdit()
        for campo in (self.articulo_admision, self.articulo_gracia, self.articulo_exclusion):
            campo.setPlaceholderText(self.tr("Estatuto, art. 8 (vacío: la regla es del programa)"))
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("La admisión rige:"), en_linea(self.rige))
        formulario.addRow(self.tr("Artículo:"), self.articulo_admision)
        formulario.addRow(self.tr("Primera cuota, vence:"), en_linea(self.gracia, self.gracia_de_la_escala))
        formulario.addRow(self.tr("Artículo:"), self.articulo_gracia)
        formulario.addRow(self.tr("Quien es excluido paga:"), en_linea(self.exclusion))
        formulario.addRow(self.tr("Artículo:"), self.articulo_exclusion)
        self.boton_guardar = QPushButton(self.tr("Guardar las reglas"))
        self.boton_guardar.clicked.connect(self.guardar)
        formulario.addRow("", en_linea(self.boton_guardar))
        self.reglas = QLabel()
        self.reglas.setWordWrap(True)
        self.estado = QLabel()
        self.estado.setWordWrap(True)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(nota(self.tr(
            "Hasta que rige su admisión, la ciudad sigue solicitante (el padrón y su ficha lo dicen). La primera "
            "cuota de quien ingresa durante el año nunca vence el día del ingreso ni antes del vencimiento de la "
            "emisión. Lo que rige:")))
        disposicion.addWidget(self.reglas)
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.estado)
        self._armar_suspension(disposicion)
        disposicion.addStretch(1)
        self.cargar()

    def _armar_suspension(self, disposicion: QVBoxLayout) -> None:
        """Su propio Guardar: es otra regla del estatuto (la de los mandatos), con su propio servicio."""
        self.articulo_suspension_mandatos = QLineEdit()
        self.articulo_suspension_mandatos.setObjectName("articulo_suspension_mandatos")
        self.articulo_suspension_mandatos.setPlaceholderText(self.tr("Estatuto, art. 12 (vacío: solo la baja termina "
                                                                     "los mandatos)"))
        self.boton_guardar_suspension = QPushButton(self.tr("Guardar el artículo"))
        self.boton_guardar_suspension.clicked.connect(self.guardar_suspension)
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("La suspensión termina los mandatos, artículo:"),
                          en_linea(self.articulo_suspension_mandatos, self.boton_guardar_suspension,
                                   estirar=False))
        self.estado_suspension = QLabel()
        self.estado_suspension.setWordWrap(True)
        disposicion.addWidget(nota(self.tr(
            "La baja de un miembro termina sus mandatos. La suspensión, solo si el estatuto lo dice: entonces anote "
            "aquí el artículo, y al registrar una suspensión sus mandatos terminan el día anterior, como en una "
            "baja.")))
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.estado_suspension)

    def guardar_suspension(self) -> bool:
        articulo = self.articulo_suspension_mandatos.text()
        # Un artículo que no sirve (demasiado largo, caracteres de control): lo dice el servicio.
        if hacer_en_la_ventana(self, self.oficina, lambda: fijar_suspension_de_mandatos(self.contexto, articulo),
                               que="guardar el artículo de la suspensión") is None:
            return False
        self.cambios = True
        self.cargar()
        self.estado_suspension.setStyleSheet(ESTILO_BIEN)
        self.estado_suspension.setText(
            self.tr("Guardado: la suspensión de un miembro termina sus mandatos ({0}).").format(articulo.strip())
            if articulo.strip() else self.tr("Guardado: la suspensión no termina mandatos (solo la baja los termina)."))
        return True

    def cargar(self) -> None:
        reglas = leer_reglas_de_admision(self.contexto)
        self.rige.setValue(reglas.admision_dias)
        self.articulo_admision.setText(reglas.articulo_admision or "")
        self.gracia_de_la_escala.setChecked(reglas.gracia_primera_cuota is None)
        self.gracia.setValue(reglas.gracia_primera_cuota or 30)
        self.gracia.setEnabled(reglas.gracia_primera_cuota is not None)
        self.articulo_gracia.setText(reglas.articulo_gracia or "")
        self.exclusion.setCurrentIndex(max(self.exclusion.findData(reglas.cuota_exclusion), 0))
        self.articulo_exclusion.setText(reglas.articulo_exclusion or "")
        self.reglas.setText("\n".join(f"• {texto}" for texto in reglas.textos()))
        self.articulo_suspension_mandatos.setText(articulo_de_suspension_de_mandatos(self.contexto) or "")

    def guardar(self) -> bool:
        # El rechazo del servicio, en castellano, en el cuadro de siempre.
        if hacer_en_la_ventana(self, self.oficina, lambda: fijar_reglas_de_admision(
                self.contexto, admision_dias=self.rige.value(), articulo_admision=self.articulo_admision.text(),
                gracia_primera_cuota=None if self.gracia_de_la_escala.isChecked() else self.gracia.value(),
                articulo_gracia=self.articulo_gracia.text(), cuota_exclusion=self.exclusion.currentData(),
                articulo_exclusion=self.articulo_exclusion.text()), que="guardar las reglas de admisión") is None:
            return False
        self.cambios = True
        self.cargar()
        self.estado.setStyleSheet(ESTILO_BIEN)
        self.estado.setText(self.tr("Reglas guardadas. Valen desde ahora: para las resoluciones que se adopten y "
                                    "las cuotas que se emitan."))
        return True
