"""Los diálogos chicos del área Convenios: una obligación nueva, terminar un convenio (denuncia o fecha), una parte
externa (nueva o corregida) y la lista de partes externas. Cada uno llama a su servicio y muestra sus problemas."""

from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QRadioButton,
                               QVBoxLayout, QWidget)

from ...dominio.convenios import TIPOS_OBLIGACION, TIPOS_PARTE_EXTERNA
from ...dominio.paises import nombre_pais, todos_los_paises
from ...errores import ErrorEscritorio
from ...servicios.base import hoy
from ...servicios.convenios import ConvenioListado, fin_si_se_denuncia, terminar_convenio
from ...servicios.obligaciones_de_convenios import NuevaObligacion, agregar_obligacion
from ...servicios.oficina import Oficina
from ...servicios.partes_externas import (NuevaParteExterna, ParteExterna, guardar_parte_externa,
                                          listar_partes_externas)
from ..operaciones import hacer_en_la_ventana
from ..comun import descartar, fecha_dma, lista_problemas, marcar_invalido, tr
from ..modelos.convenios import tipo_de_parte_visible
from ..orden_alfabetico import clave_en_la_ventana
from ..piezas import (ESTILO_ERROR, ComboDeValores, DialogoBase, dato_de_fila, en_linea, llenar_tabla, nota,
                      nuevo_formulario, tabla_lectura)
from ..piezas.de_la_oficina import DeLaOficina
from .baja import editor_de_fecha


class _ConMensaje(DeLaOficina, DialogoBase):
    """Un diálogo con un formulario, la línea de los problemas y Aceptar/Cancelar; `_campos` (campo del servicio ->
    widget) dice qué marcar."""

    def _armar(self, formulario, aceptar: str, arriba: QWidget | None = None) -> None:
        self._campos: dict[str, QWidget] = getattr(self, "_campos", {})
        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        botones = QDialogButtonBox()
        self.boton_aceptar = botones.addButton(aceptar, QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_aceptar.clicked.connect(self.aceptar)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        if arriba is not None:
            disposicion.addWidget(arriba)
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.mensaje)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)

    def _hacer(self, funcion, contexto: str):
        """Lo que devuelve `funcion()`, o None si falló (marcado y dicho)."""
        for widget in self._campos.values():
            marcar_invalido(widget, None)
        self.mensaje.hide()
        hecho = hacer_en_la_ventana(self, self.oficina, funcion, que=contexto, al_rechazar=self._rechazado)
        return None if hecho is None else hecho.resultado

    def _rechazado(self, error: ErrorEscritorio) -> None:
        for campo, motivo in getattr(error, "campos", {}).items():
            if campo in self._campos:
                marcar_invalido(self._campos[campo], motivo)
        self.mensaje.setText(lista_problemas(error))
        self.mensaje.show()

    def aceptar(self) -> None:  # pragma: no cover - cada diálogo la define
        raise NotImplementedError


class DialogoObligacion(_ConMensaje):
    """Un informe, un pago u otra obligación del convenio. Tras cerrar, `obligacion_id` (o None)."""

    def __init__(self, oficina: Oficina, convenio: ConvenioListado, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.convenio = oficina, convenio
        self.obligacion_id: int | None = None
        self.setWindowTitle(self.tr("Nueva obligación"))
        self.tipo = ComboDeValores([(tr(v), k) for k, v in TIPOS_OBLIGACION.items()])
        self.tipo.currentIndexChanged.connect(lambda _: self._tipo_elegido())
        self.descripcion = QLineEdit()
        self.descripcion.setPlaceholderText(self.tr("por ejemplo: Informe técnico de medio término"))
        self.vence = editor_de_fecha(hoy())
        self.importe = QLineEdit()
        self.importe.setPlaceholderText(self.tr("12.500,00"))
        self.moneda = QLineEdit("USD")
        self.moneda.setMaxLength(3)
        self.moneda.setMaximumWidth(70)
        self._campos = {"tipo": self.tipo, "descripcion": self.descripcion, "vence": self.vence,
                        "importe": self.importe, "moneda": self.moneda}
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Tipo:"), en_linea(self.tipo))
        formulario.addRow(self.tr("Descripción:"), self.descripcion)
        formulario.addRow(self.tr("Vence:"), en_linea(self.vence))
        formulario.addRow(self.tr("Importe (si es un pago):"), en_linea(self.importe, self.moneda))
        self._armar(formulario, self.tr("Agregar obligación"),
                    nota(self.tr("Del convenio «{0}».").format(convenio["titulo"])))
        self._tipo_elegido()
        self.setMinimumWidth(520)
        self.descripcion.setFocus()

    def _tipo_elegido(self) -> None:
        es_pago = self.tipo.valor() == "pago"
        self.importe.setEnabled(es_pago)
        self.moneda.setEnabled(es_pago)

    def aceptar(self) -> None:
        es_pago = self.tipo.valor() == "pago"
        nueva = NuevaObligacion(self.tipo.valor(), self.descripcion.text(), self.vence.date().toPython(),
                                self.importe.text() if es_pago else None, self.moneda.text() if es_pago else None)
        self.obligacion_id = self._hacer(lambda: agregar_obligacion(self.contexto, self.convenio["id"], nueva),
                                         "agregar obligación")
        if self.obligacion_id is not None:
            self.accept()


class DialogoTerminarConvenio(_ConMensaje):
    """Registrar que el convenio termina antes: por una denuncia notificada hoy (termina cuando el preaviso lo
    permite) o en una fecha. Tras cerrar, `hasta` es el último día en que rige (o None)."""

    def __init__(self, oficina: Oficina, convenio: ConvenioListado, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.convenio = oficina, convenio
        self.hasta = None
        self.setWindowTitle(self.tr("Terminar el convenio"))
        por_denuncia = fin_si_se_denuncia(self.contexto, convenio["id"])
        self.denuncia = QRadioButton(self.tr("Denuncia notificada hoy: rige hasta el {0}").format(
            fecha_dma(por_denuncia)))
        self.denuncia.setChecked(True)
        self.en_fecha = QRadioButton(self.tr("Termina en otra fecha (rescisión, común acuerdo):"))
        self.fecha = editor_de_fecha(hoy())
        self.fecha.setEnabled(False)
        self.en_fecha.toggled.connect(self.fecha.setEnabled)
        self.motivo = QLineEdit()
        self.motivo.setPlaceholderText(self.tr("por ejemplo: Denuncia de la Universidad por nota del 10/03"))
        self._campos = {"motivo": self.motivo, "el": self.fecha}
        formulario = nuevo_formulario()
        formulario.addRow(self.denuncia)
        formulario.addRow(en_linea(self.en_fecha, self.fecha))
        formulario.addRow(self.tr("Motivo:"), self.motivo)
        self._armar(formulario, self.tr("Terminar"), nota(self.tr(
            "«{0}». Queda registrado que termina; su historia y su PDF no se borran.").format(convenio["titulo"])))
        self.setMinimumWidth(560)
        self.motivo.setFocus()

    def aceptar(self) -> None:
        el = self.fecha.date().toPython() if self.en_fecha.isChecked() else None
        self.hasta = self._hacer(lambda: terminar_convenio(self.contexto, self.convenio["id"], self.motivo.text(), el),
                                 "terminar convenio")
        if self.hasta is not None:
            self.accept()


class DialogoParteExterna(_ConMensaje):
    """Una parte que no es miembro (nueva, o corregir `externa`). Tras cerrar, `externa_id` (o None)."""

    def __init__(self, oficina: Oficina, externa: ParteExterna | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self._editando = oficina, externa
        self.externa_id: int | None = None
        self.setWindowTitle(self.tr("Corregir la parte externa") if externa else self.tr("Nueva parte externa"))
        self.nombre = QLineEdit(externa["nombre"] if externa else "")
        self.nombre.setPlaceholderText(self.tr("por ejemplo: Universidad de la República (Udelar)"))
        self.tipo = ComboDeValores([(tr(v), k) for k, v in TIPOS_PARTE_EXTERNA.items()])
        if externa:
            self.tipo.fijar(externa["tipo"])
        self.pais = QComboBox()
        self.pais.addItem(self.tr("— sin país (organismo internacional) —"), None)
        paises = todos_los_paises()
        for codigo in sorted(paises, key=lambda c: clave_en_la_ventana(paises[c])):
            self.pais.addItem(f"{paises[codigo]} ({codigo})", codigo)
        if externa and externa["pais"]:
            self.pais.setCurrentIndex(max(self.pais.findData(externa["pais"]), 0))
        self._campos = {"nombre": self.nombre, "tipo": self.tipo, "pais": self.pais}
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Nombre:"), self.nombre)
        formulario.addRow(self.tr("Tipo:"), en_linea(self.tipo))
        formulario.addRow(self.tr("País:"), self.pais)
        self._armar(formulario, self.tr("Guardar"), nota(self.tr(
            "Otra red, un gobierno nacional, un organismo internacional, una universidad… Se carga una vez y se "
            "elige en cada convenio.")))
        self.setMinimumWidth(520)
        self.nombre.setFocus()

    def aceptar(self) -> None:
        nueva = NuevaParteExterna(self.nombre.text(), self.tipo.valor(), self.pais.currentData())
        self.externa_id = self._hacer(lambda: guardar_parte_externa(
            self.contexto, nueva, self._editando["id"] if self._editando else None), "guardar parte externa")
        if self.externa_id is not None:
            self.accept()


class DialogoPartesExternas(DeLaOficina, DialogoBase):
    """Las partes externas de la asociación, para cargar una nueva o corregir una (`cambios` si se guardó algo)."""

    def __init__(self, oficina: Oficina, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina = oficina
        self.cambios = False
        self.setWindowTitle(self.tr("Partes externas"))
        self.tabla = tabla_lectura([self.tr("Nombre"), self.tr("Tipo"), self.tr("País"), self.tr("Convenios")], 0)
        self.tabla.doubleClicked.connect(lambda _: self.editar())
        self.boton_nueva = QPushButton(self.tr("Nueva…"))
        self.boton_nueva.clicked.connect(self.nueva)
        self.boton_editar = QPushButton(self.tr("Corregir…"))
        self.boton_editar.clicked.connect(self.editar)
        botones = QDialogButtonBox()
        botones.addButton(self.boton_nueva, QDialogButtonBox.ButtonRole.ActionRole)
        botones.addButton(self.boton_editar, QDialogButtonBox.ButtonRole.ActionRole)
        botones.addButton(self.tr("Cerrar"), QDialogButtonBox.ButtonRole.RejectRole)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(nota(self.tr("Quienes firman convenios sin ser miembros de la asociación.")))
        disposicion.addWidget(self.tabla, 1)
        disposicion.addWidget(botones)
        self.recargar()
        self.caber_en_la_pantalla(640, 420)

    def recargar(self) -> None:
        self.externas = listar_partes_externas(self.contexto)
        llenar_tabla(self.tabla, [[e["nombre"], tipo_de_parte_visible(e["tipo"]),
                                   nombre_pais(e["pais"]) if e["pais"] else "—", str(e["convenios"])]
                                  for e in self.externas], datos=self.externas)
        self.boton_editar.setEnabled(bool(self.externas))

    def _abrir(self, externa: ParteExterna | None) -> None:
        dialogo = DialogoParteExterna(self.oficina, externa, self)
        dialogo.exec()
        hecho = dialogo.externa_id
        descartar(dialogo)
        if hecho is not None:
            self.cambios = True
            self.recargar()

    def nueva(self) -> None:
        self._abrir(None)

    def editar(self) -> None:
        filas = self.tabla.selectionModel().selectedRows()
        if filas:
            self._abrir(dato_de_fila(self.tabla, filas[0].row()))
