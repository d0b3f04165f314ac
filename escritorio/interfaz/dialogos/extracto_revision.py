"""La revisión del plan de un extracto bancario (Cuotas › Pagos › «Importar extracto…»): cada línea con el miembro
propuesto, el motivo y el estado; «Solo dudosas» deja a la vista lo que falta resolver; debajo, la línea elegida
con un selector de miembro para corregir o elegir (o no registrarla), los tipos de cambio que falten y «Registrar N
pagos». Cada respuesta vuelve a pedir el plan al servicio (`servicios.extractos.replanear`): lo que se ve es
siempre lo que se registraría."""

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QVBoxLayout, QWidget)

from ...errores import ErrorEscritorio
from ...servicios.extractos import ESTADOS, LineaDelPlan, OpcionesDeExtracto, PlanDeExtracto, replanear
from ...servicios.registro_de_extractos import registrar_extracto
from ..comun import fecha_dma, formatear, miles, tr
from ..modelos.tabla import Columna, ModeloTabla, crear_tabla
from ..orden_alfabetico import clave_en_la_ventana
from ..piezas import AMBAR, GRIS, ROJO, VERDE, CajaAvisos, SelectorMiembro, nota, subtitulo
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana

_COLOR = {"segura": VERDE, "elegida": VERDE, "dudosa": AMBAR, "problema": ROJO, "omitida": GRIS,
          "ya_importada": GRIS, "debito": GRIS, "ignorada": GRIS}


def _importe(linea: LineaDelPlan) -> str:
    leida = linea.linea
    return formatear(leida.importe, leida.moneda) if leida.moneda else "—"


def _texto(linea: LineaDelPlan) -> str:
    leida = linea.linea
    return " · ".join(t for t in (leida.miembro, leida.descripcion, leida.referencia) if t)


def _miembro(linea: LineaDelPlan) -> str:
    if linea.miembro_id is None:
        return ""
    return ("¿" + linea.miembro + "?") if linea.estado == "dudosa" else (linea.miembro or "")


class PaginaRevision(QWidget):
    def __init__(self, dialogo):
        super().__init__()
        self._dialogo = dialogo
        self.plan: PlanDeExtracto | None = None
        self.asignaciones: dict[int, int | None] = {}
        self.archivo = subtitulo()
        self.frase = QLabel()
        self.frase.setWordWrap(True)
        self.solo_dudosas = QCheckBox(self.tr("Solo dudosas"))
        self.solo_dudosas.setToolTip(self.tr("Solo las líneas que esperan una respuesta (dudosas o con un problema)."))
        self.solo_dudosas.toggled.connect(lambda _: self._filtrar())
        arriba = QHBoxLayout()
        arriba.addWidget(self.frase, 1)
        arriba.addWidget(self.solo_dudosas)
        self.modelo = ModeloTabla([
            Columna(self.tr("Fila"), lambda l: str(l.fila), orden=lambda l: l.fila, derecha=True, ancho=48),
            Columna(self.tr("Fecha"), lambda l: fecha_dma(l.linea.fecha), orden=lambda l: (l.linea.fecha, l.fila),
                    ancho=84),
            Columna(self.tr("Importe"), _importe, orden=lambda l: l.linea.importe, derecha=True, ancho=112),
            Columna(self.tr("Texto del banco"), _texto, ancho=230, ayuda=_texto),
            Columna(self.tr("Miembro"), _miembro, ancho=170, ayuda=_miembro,
                    negrita=lambda l: l.estado in ("segura", "elegida")),
            Columna(self.tr("Estado"), lambda l: tr(ESTADOS[l.estado]), ancho=96,
                    color=lambda l: _COLOR[l.estado], negrita=lambda l: l.pregunta),
            Columna(self.tr("Motivo"), lambda l: l.motivo, ancho=260, ayuda=lambda l: l.motivo),
        ], self, color_fila=lambda l: GRIS if l.estado in ("ya_importada", "debito", "ignorada", "omitida") else None)
        self.tabla = crear_tabla(self.modelo)
        self.tabla.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tabla.selectionModel().selectionChanged.connect(lambda *_: self._elegida())
        # La línea elegida: todo su texto, el selector y qué hacer con ella.
        self.detalle = QLabel()
        self.detalle.setWordWrap(True)
        self.detalle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.selector = SelectorMiembro(ninguno=self.tr("— No registrar esta línea —"))
        self.selector.setMinimumContentsLength(30)
        self.boton_asignar = QPushButton(self.tr("Asignar"))
        self.boton_asignar.setToolTip(self.tr("La línea elegida es del miembro del selector (o no se registra)."))
        self.boton_asignar.clicked.connect(self.asignar)
        self.boton_propuestas = QPushButton(self.tr("Aceptar la propuesta"))
        self.boton_propuestas.setToolTip(self.tr("Cada línea dudosa elegida que tiene un miembro propuesto queda "
                                                 "asignada a él."))
        self.boton_propuestas.clicked.connect(self.aceptar_propuestas)
        eleccion = QHBoxLayout()
        eleccion.addWidget(QLabel(self.tr("Miembro:")))
        eleccion.addWidget(self.selector, 1)
        eleccion.addWidget(self.boton_asignar)
        eleccion.addWidget(self.boton_propuestas)
        # Los tipos de cambio que piden las líneas en otra moneda que los cargos de su miembro.
        self.cambios = QFormLayout()
        self._campos_de_cambio: dict[tuple[str, str], QLineEdit] = {}
        self.caja_cambios = QWidget()
        caja = QHBoxLayout(self.caja_cambios)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addLayout(self.cambios)
        aplicar = QPushButton(self.tr("Aplicar el tipo de cambio"))
        aplicar.clicked.connect(self.aplicar_cambios)
        caja.addWidget(aplicar, 0, Qt.AlignmentFlag.AlignBottom)
        caja.addStretch()
        self.avisos = CajaAvisos()
        self.omitir = QCheckBox(self.tr("Dejar sin registrar las dudosas (quedan para otra importación)"))
        self.omitir.toggled.connect(lambda _: self._actualizar_boton())
        volver = QPushButton(self.tr("Volver"))
        volver.clicked.connect(dialogo.volver)
        self.boton_registrar = QPushButton()
        self.boton_registrar.setDefault(True)
        self.boton_registrar.clicked.connect(self.registrar)
        botones = QHBoxLayout()
        botones.addWidget(self.omitir)
        botones.addStretch()
        botones.addWidget(volver)
        botones.addWidget(self.boton_registrar)
        self.pie = nota(self.tr("Todo se registra junto, con un recibo por pago: si algo falla, no se registra nada."))
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.archivo)
        disposicion.addLayout(arriba)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addWidget(self.detalle)
        disposicion.addLayout(eleccion)
        disposicion.addWidget(self.caja_cambios)
        disposicion.addWidget(self.avisos)
        disposicion.addWidget(self.pie)
        disposicion.addLayout(botones)

    # --- mostrar el plan ---------------------------------------------------------------------------

    def mostrar(self, plan: PlanDeExtracto) -> None:
        self.asignaciones = dict(plan.asignaciones)
        miembros = sorted(({"id": i, "nombre": nombre} for i, nombre in plan.miembros.items()),
                          key=lambda m: clave_en_la_ventana(m["nombre"]))
        self.selector.fijar(miembros)
        self._poner(plan)

    def _poner(self, plan: PlanDeExtracto) -> None:
        elegidas = {linea.fila for linea in self.lineas_elegidas()}
        self.plan = plan
        hoja = self.tr(" (hoja «{0}»)").format(plan.hoja) if plan.hoja and len(plan.hojas) > 1 else ""
        self.archivo.setText(self.tr("{0}{1}: encabezados en la fila {2}").format(plan.archivo, hoja,
                                                                                   plan.encabezados.fila))
        self.frase.setText(plan.frase())
        self._pedir_cambios(plan)
        self.avisos.mostrar(plan.avisos)
        self._filtrar(elegidas)

    def _filtrar(self, elegidas: set[int] | None = None) -> None:
        if self.plan is None:
            return
        elegidas = {linea.fila for linea in self.lineas_elegidas()} if elegidas is None else elegidas
        lineas = [linea for linea in self.plan.lineas if linea.pregunta or not self.solo_dudosas.isChecked()]
        self.modelo.cargar(lineas)
        seleccion = self.tabla.selectionModel()
        marcar = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for numero, linea in enumerate(self.modelo.filas):   # las que estaban elegidas siguen elegidas
            if linea.fila in elegidas:
                seleccion.select(self.modelo.index(numero, 0), marcar)
        self._elegida()
        self._actualizar_boton()

    def _pedir_cambios(self, plan: PlanDeExtracto) -> None:
        """Un campo por cada par de monedas que falta (ARS por 1 USD), con lo que ya se escribió."""
        faltan = sorted({(l.linea.moneda, l.moneda_cargos) for l in plan.lineas
                         if l.estado == "problema" and l.moneda_cargos and l.moneda_cargos != l.linea.moneda}
                        | set(plan.opciones.tipos_de_cambio))
        while self.cambios.rowCount():
            self.cambios.removeRow(0)
        self._campos_de_cambio = {}
        for pago, cargos in faltan:
            campo = QLineEdit(plan.opciones.tipos_de_cambio.get((pago, cargos), ""))
            campo.setPlaceholderText("1400")
            campo.setMaximumWidth(140)
            campo.returnPressed.connect(self.aplicar_cambios)
            self.cambios.addRow(self.tr("Tipo de cambio: {0} por 1 {1}").format(pago, cargos), campo)
            self._campos_de_cambio[(pago, cargos)] = campo
        self.caja_cambios.setVisible(bool(faltan))

    def lineas_elegidas(self) -> list[LineaDelPlan]:
        filas = sorted({indice.row() for indice in self.tabla.selectionModel().selectedRows()})
        return [self.modelo.fila(f) for f in filas if f < self.modelo.rowCount()]

    def _elegida(self) -> None:
        elegidas = self.lineas_elegidas()
        asignables = [l for l in elegidas if l.estado not in ("ya_importada", "debito", "ignorada")]
        self.boton_asignar.setEnabled(bool(asignables))
        self.boton_propuestas.setEnabled(any(l.estado == "dudosa" and l.miembro_id is not None for l in elegidas))
        self.selector.setEnabled(bool(asignables))
        if len(elegidas) != 1:
            self.detalle.setText(self.tr("{0} líneas elegidas.").format(miles(len(elegidas))) if elegidas else
                                 self.tr("Elija una línea de la tabla para ver su texto entero y asignarle un miembro."))
            return
        linea = elegidas[0]
        self.detalle.setText(self.tr("Fila {0}, {1}, {2}: «{3}». {4}: {5}.").format(
            linea.fila, fecha_dma(linea.linea.fecha), _importe(linea), _texto(linea) or "—", tr(ESTADOS[linea.estado]),
            linea.motivo))
        if linea.miembro_id is None and linea.estado != "omitida":   # nada propuesto: el selector, vacío
            self.selector.setCurrentIndex(-1)
            self.selector.setEditText("")
        else:
            self.selector.elegir(linea.miembro_id)

    def _actualizar_boton(self) -> None:
        cifras = self.plan.cifras() if self.plan else None
        cantidad = cifras.a_registrar if cifras else 0
        self.boton_registrar.setText(self.tr("Registrar 1 pago") if cantidad == 1
                                     else self.tr("Registrar {0} pagos").format(miles(cantidad)))
        pendientes = cifras.preguntas if cifras else 0
        listo = cantidad > 0 and (not pendientes or self.omitir.isChecked())
        self.boton_registrar.setEnabled(listo)
        self.omitir.setVisible(bool(pendientes))
        if pendientes and not self.omitir.isChecked():
            self.boton_registrar.setToolTip(self.tr("Quedan {0} líneas por resolver: asígnelas (o elija «No registrar "
                                                    "esta línea»), o marque «Dejar sin registrar las dudosas».")
                                            .format(miles(pendientes)))
        else:
            self.boton_registrar.setToolTip("")

    # --- responder ---------------------------------------------------------------------------------

    def _rechazado(self, error: ErrorEscritorio) -> None:
        self.avisos.mostrar([error.mensaje], clase="error")

    def _replanear(self, asignaciones: dict[int, int | None], opciones: OpcionesDeExtracto | None = None) -> None:
        plan = self.plan
        nuevo = consultar_en_la_ventana(
            self, lambda _informar: replanear(self._dialogo.contexto, plan, asignaciones, opciones),
            que="revisar un extracto bancario", en_segundo_plano=True, titulo=self.tr("Revisando el extracto"),
            cancelable=False, al_rechazar=self._rechazado, al_cancelar=lambda: None)
        if nuevo is FALLO:
            return
        self.asignaciones = dict(asignaciones)
        self._dialogo.plan = nuevo
        self._poner(nuevo)

    def asignar(self) -> None:
        miembro_id = self.selector.miembro_id()
        if miembro_id is None and not self.selector.ninguno_elegido():
            self.avisos.mostrar([self.tr("Elija un miembro de la lista (escriba parte del nombre), o «No registrar esta "
                                         "línea».")], clase="error")
            return
        filas = [l.fila for l in self.lineas_elegidas() if l.estado not in ("ya_importada", "debito", "ignorada")]
        if filas:
            self._replanear({**self.asignaciones, **{fila: miembro_id for fila in filas}})

    def aceptar_propuestas(self) -> None:
        propuestas = {l.fila: l.miembro_id for l in self.lineas_elegidas()
                      if l.estado == "dudosa" and l.miembro_id is not None}
        if propuestas:
            self._replanear({**self.asignaciones, **propuestas})

    def aplicar_cambios(self) -> None:
        from ...servicios.extractos import tipo_de_cambio_escrito

        cambios = {}
        for (pago, cargos), campo in self._campos_de_cambio.items():
            texto = campo.text().strip()
            if not texto:
                continue
            try:
                par, valor = tipo_de_cambio_escrito(f"{pago}/{cargos}={texto}")
            except ValueError as error:
                self.avisos.mostrar([self.tr("Tipo de cambio {0} por 1 {1}: {2}.").format(pago, cargos, error)],
                                    clase="error")
                return
            cambios[par] = valor
        opciones = OpcionesDeExtracto(self.plan.opciones.hoja, self.plan.opciones.moneda, cambios)
        self._replanear(dict(self.asignaciones), opciones)

    def registrar(self) -> None:
        plan, omitir = self.plan, self.omitir.isChecked()
        hecho = hacer_en_la_ventana(
            self, self._dialogo.oficina,
            lambda _informar: registrar_extracto(self._dialogo.contexto, plan, omitir_dudosas=omitir),
            que="registrar los pagos de un extracto", en_segundo_plano=True, titulo=self.tr("Registrando los pagos"),
            cancelable=False, al_rechazar=self._rechazado, al_cancelar=lambda: None)
        if hecho is not None:
            self._dialogo.registrado(hecho.resultado)
