"""Cargar o corregir un convenio: sus datos (tipo, título, objeto, firma, vigencia, renovación automática, preaviso,
responsable y resolución) y sus partes (`convenio_partes`). Lo guarda `servicios.convenios.guardar_convenio`, el
mismo que usa «escritorio convenios agregar|editar»: el diálogo no decide ninguna regla, marca cada campo con el
problema que el servicio dice de él. Si otro programa cambió el convenio mientras estaba abierto, pregunta."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox, QTabWidget,
                               QVBoxLayout, QWidget)

from ...dominio.convenios import (PREAVISO_MAXIMO_DIAS, RENOVACION_MAXIMA_MESES, RENOVACIONES_MAXIMAS, TIPOS_CONVENIO,
                                  DatosConvenio, la_asociacion_firma_por_omision)
from ...errores import ErrorConflicto, ErrorEscritorio
from ...servicios.base import hoy
from ...servicios.convenios import ConvenioListado, convenio_de_la_asociacion, datos_del_convenio, guardar_convenio
from ...servicios.miembros import listar_miembros
from ...servicios.oficina import Oficina
from ...servicios.organos import listar_organos
from ...servicios.partes_externas import listar_partes_externas
from ...servicios.votaciones import listar_resoluciones
from ..comun import descartar, tr
from ..piezas import ComboDeValores, en_linea, nuevo_formulario
from ..piezas.formulario_de_la_oficina import FormularioDeLaOficina
from .baja import editor_de_fecha
from .conflicto import RECARGAR, SOBRESCRIBIR, preguntar_conflicto
from .convenio_partes import PartesDelConvenio


def _con_casilla(texto: str, campo: QWidget, marcada: bool = False) -> tuple[QCheckBox, QWidget]:
    """Una casilla que habilita su campo («Fin: [x] 28/02/2027»)."""
    casilla = QCheckBox(texto)
    casilla.setChecked(marcada)
    campo.setEnabled(marcada)
    casilla.toggled.connect(campo.setEnabled)
    return casilla, campo


class DialogoConvenio(FormularioDeLaOficina):
    """Nuevo convenio (`convenio_id` None) o corregir uno. Tras cerrar, `convenio_id` es el guardado (o None)."""

    def __init__(self, oficina: Oficina, convenio_id: int | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina = oficina
        self.convenio_id: int | None = None
        self._editando = convenio_id
        self.leido: ConvenioListado | None = (convenio_de_la_asociacion(self.contexto, convenio_id)
                                              if convenio_id is not None else None)
        self._firma_tocada = self.leido is not None
        self.setWindowTitle(self.tr("Corregir el convenio") if convenio_id else self.tr("Nuevo convenio"))

        self.tipo = ComboDeValores([(tr(v), k) for k, v in TIPOS_CONVENIO.items()])
        self.tipo.currentIndexChanged.connect(lambda _: self._tipo_elegido())
        self.titulo = QLineEdit()
        self.titulo.setPlaceholderText(self.tr("por ejemplo: Convenio marco de cooperación con la Universidad…"))
        self.objeto = QPlainTextEdit()
        self.objeto.setPlaceholderText(self.tr("de qué trata: lo que cada parte se compromete a hacer (opcional)"))
        self.objeto.setMaximumHeight(70)
        self.inicio = editor_de_fecha(hoy())
        self.con_firma, self.firma = _con_casilla(self.tr("Se firmó el"), editor_de_fecha(hoy()), True)
        self.con_fin, self.fin = _con_casilla(self.tr("Termina el"), editor_de_fecha(hoy().replace(day=1)))
        self.meses = QSpinBox()
        self.meses.setRange(1, RENOVACION_MAXIMA_MESES)
        self.meses.setValue(12)
        self.meses.setSuffix(self.tr(" meses"))
        self.con_renovacion, _ = _con_casilla(self.tr("Se renueva solo por períodos de"), self.meses)
        self.veces = QSpinBox()
        self.veces.setRange(0, RENOVACIONES_MAXIMAS)
        self.veces.setSpecialValueText(self.tr("sin límite"))
        self.veces.setPrefix(self.tr("hasta "))
        self.veces.setSuffix(self.tr(" veces"))
        self.veces.setEnabled(False)
        self.con_renovacion.toggled.connect(self.veces.setEnabled)
        self.dias = QSpinBox()
        self.dias.setRange(0, PREAVISO_MAXIMO_DIAS)
        self.dias.setValue(60)
        self.dias.setSuffix(self.tr(" días antes del fin"))
        self.con_preaviso, _ = _con_casilla(self.tr("Preaviso para denunciarlo:"), self.dias)
        self.organo = QComboBox()
        self.organo.addItem(self.tr("— ninguno —"), None)
        for organo in listar_organos(self.contexto):
            self.organo.addItem(organo["nombre"], organo["id"])
        self.resolucion = QComboBox()
        self.resolucion.addItem(self.tr("— ninguna —"), None)
        for r in listar_resoluciones(self.contexto):
            self.resolucion.addItem(f"{r['numeracion']} ({r['organo']}): {r['titulo']}", r["id"])
        for combo in (self.organo, self.resolucion):   # ocupan el ancho del formulario; la lista se ve entera
            combo.setMinimumContentsLength(24)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Tipo:"), en_linea(self.tipo))
        formulario.addRow(self.tr("Título:"), self.titulo)
        formulario.addRow(self.tr("Objeto:"), self.objeto)
        formulario.addRow(self.tr("Rige desde:"), en_linea(self.inicio))
        formulario.addRow(self.tr("Firma:"), en_linea(self.con_firma, self.firma))
        formulario.addRow(self.tr("Fin:"), en_linea(self.con_fin, self.fin))
        formulario.addRow(self.tr("Renovación:"), en_linea(self.con_renovacion, self.meses, self.veces))
        formulario.addRow(self.tr("Denuncia:"), en_linea(self.con_preaviso, self.dias))
        formulario.addRow(self.tr("Responsable:"), self.organo)
        formulario.addRow(self.tr("Autorizado por:"), self.resolucion)
        datos = QWidget()
        datos.setLayout(formulario)

        self.partes = PartesDelConvenio(listar_miembros(self.contexto), listar_partes_externas(self.contexto))
        self.partes.nueva_externa.connect(self.nueva_externa)
        self.partes.asociacion_firma.clicked.connect(lambda: setattr(self, "_firma_tocada", True))
        self.pestanas = QTabWidget()
        self.pestanas.addTab(datos, self.tr("Datos"))
        self.pestanas.addTab(self.partes, self.tr("Partes"))

        con_pestanas = QVBoxLayout()
        con_pestanas.addWidget(self.pestanas, 1)
        self._armar(con_pestanas, self.tr("Guardar"))
        self.boton_guardar = self.boton_aceptar

        # campo del servicio -> el widget que lo muestra
        self._campos = {"tipo": self.tipo, "titulo": self.titulo, "objeto": self.objeto, "inicio": self.inicio,
                        "firmado_el": self.firma, "fin": self.fin, "renovacion_meses": self.meses,
                        "renovaciones_maximas": self.veces, "preaviso_dias": self.dias, "organo_id": self.organo,
                        "resolucion_id": self.resolucion, "partes": self.partes.tabla,
                        "asociacion_es_parte": self.partes.asociacion_firma}
        if self.leido is not None:
            self.cargar(datos_del_convenio(self.leido))
        else:
            self._tipo_elegido()
        self.caber_en_la_pantalla(720, 600)
        self.titulo.setFocus()

    # --- los campos ---------------------------------------------------------------------------------
    def _tipo_elegido(self) -> None:
        """Un hermanamiento lo firman las ciudades: la asociación deja de ser parte (si nadie lo tocó a mano)."""
        if not self._firma_tocada:
            self.partes.asociacion_firma.setChecked(la_asociacion_firma_por_omision(self.tipo.valor()))

    @staticmethod
    def _fecha(campo, valor: date | None) -> None:
        if valor is not None:
            campo.setDate(QDate(valor))

    def cargar(self, datos: DatosConvenio) -> None:
        """Los campos con `datos` (al corregir, y al recargar lo que otro guardó)."""
        self.tipo.fijar(datos.tipo)
        self.titulo.setText(datos.titulo)
        self.objeto.setPlainText(datos.objeto or "")
        self._fecha(self.inicio, datos.inicio)
        self.con_firma.setChecked(datos.firmado_el is not None)
        self._fecha(self.firma, datos.firmado_el)
        self.con_fin.setChecked(datos.fin is not None)
        self._fecha(self.fin, datos.fin)
        self.con_renovacion.setChecked(datos.renovacion_meses is not None)
        self.meses.setValue(datos.renovacion_meses or 12)
        self.veces.setValue(datos.renovaciones_maximas or 0)
        self.con_preaviso.setChecked(datos.preaviso_dias is not None)
        self.dias.setValue(60 if datos.preaviso_dias is None else datos.preaviso_dias)
        self.organo.setCurrentIndex(max(self.organo.findData(datos.organo_id), 0))
        self.resolucion.setCurrentIndex(max(self.resolucion.findData(datos.resolucion_id), 0))
        self.partes.fijar(datos.partes, datos.asociacion_es_parte)

    def datos(self) -> DatosConvenio:
        renueva = self.con_renovacion.isChecked()
        return DatosConvenio(
            tipo=self.tipo.valor(), titulo=self.titulo.text(), objeto=self.objeto.toPlainText(),
            inicio=self.inicio.date().toPython(),
            firmado_el=self.firma.date().toPython() if self.con_firma.isChecked() else None,
            fin=self.fin.date().toPython() if self.con_fin.isChecked() else None,
            renovacion_meses=self.meses.value() if renueva else None,
            renovaciones_maximas=(self.veces.value() or None) if renueva else None,
            preaviso_dias=self.dias.value() if self.con_preaviso.isChecked() else None,
            asociacion_es_parte=self.partes.asociacion_firma.isChecked(), organo_id=self.organo.currentData(),
            resolucion_id=self.resolucion.currentData(), partes=self.partes.partes())

    # --- guardar ------------------------------------------------------------------------------------
    def guardar(self, leido: ConvenioListado | None = None) -> None:
        guardado = self._hacer(lambda: guardar_convenio(self.contexto, self.datos(), self._editando,
                                                        leido=leido or self.leido), que="guardar convenio")
        if guardado is not None:
            self.convenio_id = guardado
            self.accept()

    aceptar = guardar

    def _rechazado(self, error: ErrorEscritorio) -> None:
        if not isinstance(error, ErrorConflicto):
            super()._rechazado(error)   # cada campo marcado y los problemas dichos; se va a la pestaña del primero
            primero = next((c for c in getattr(error, "campos", None) or {} if c in self._campos), None)
            if primero is not None:
                self.pestanas.setCurrentIndex(1 if primero in ("partes", "asociacion_es_parte") else 0)
                self._campos[primero].setFocus()
            return
        respuesta = preguntar_conflicto(self, error, self.tr("el convenio"))
        if respuesta == SOBRESCRIBIR:
            self.guardar(error.actual)
        elif respuesta == RECARGAR:
            self.leido = error.actual
            self.cargar(datos_del_convenio(error.actual))

    def nueva_externa(self) -> None:
        from .convenio_acciones import DialogoParteExterna

        dialogo = DialogoParteExterna(self.oficina, None, self)
        dialogo.exec()
        nueva = dialogo.externa_id
        descartar(dialogo)
        if nueva is not None:
            self.partes.fijar_externas(listar_partes_externas(self.contexto))
            self.partes.elegir_externa(nueva)
            self.partes.agregar_externa()
