"""La pestaña Plan de trabajo del área Unidades temáticas: el plan de la unidad en un año (o entero), lo atrasado, y
cada actividad con su corrección, su orden de estados (Empezar, Marcar realizada, Cancelar, Reabrir, Retomar) y su
informe (resultado y PDF); el informe de la unidad en PDF.

Solo conoce del área lo que dice `AreaUnidades`: no importa el `__init__` del paquete, que es quien la arma. Todo lo
pide a `servicios.plan_de_trabajo` y `servicios.unidades` (lo mismo que «unidades actividades, editar-actividad,
estado-actividad, informe-actividad»)."""

from typing import Protocol

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QMenu, QPushButton,
                               QToolButton, QVBoxLayout, QWidget)

from ....dominio.paises import nombre_pais
from ....dominio.unidades import ESTADOS_ACTIVIDAD
from ....errores import ErrorEscritorio, ErrorValidacion
from ....servicios.base import hoy
from ....servicios.contexto import Contexto
from ....servicios.oficina import Oficina
from ....servicios.plan_de_trabajo import PlanDelAnio, cambiar_estado, pasos_posibles, plan_del_anio
from ...operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ...comun import descartar, fecha_dma, tr
from ...iconos import icono
from ...piezas import ACENTO, GRIS, ROJO, VERDE, guardar_documento, llenar_tabla, nombre_de_archivo, nota, tabla_lectura

COLORES_ESTADO = {"prevista": ACENTO, "en_curso": "#8a5a00", "realizada": VERDE, "cancelada": ROJO}
COLUMNA_ESTADO, COLUMNA_RESPONSABLE, COLUMNA_RESULTADO = 2, 3, 4


class AreaUnidades(Protocol):
    """Lo que la pestaña usa del área (`VistaUnidades`)."""

    oficina: Oficina | None
    contexto: Contexto | None
    composicion: object | None

    @property
    def unidad(self) -> dict | None:
        """La unidad elegida en la lista."""

    @property
    def miembros(self) -> list[dict]:
        """Los miembros, para elegir la ciudad responsable."""

    @property
    def ajustes(self) -> QSettings | None:
        """Dónde se recuerda la carpeta de los documentos."""

    def recargar(self, elegir: int | None = None) -> None:
        """Vuelve a leer la unidad (después de guardar algo desde la pestaña)."""

    def contar_actividades(self, cantidad: int) -> None:
        """«Plan de trabajo (N)» en la pestaña."""


class PestanaPlan(QWidget):
    def __init__(self, area: AreaUnidades):
        super().__init__()
        self.area = area
        self.plan: PlanDelAnio | None = None
        self.actividades: list[dict] = []

        self.anio = QComboBox()
        self.anio.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.anio.currentIndexChanged.connect(lambda _: self._anio_elegido())
        self.resumen = nota()
        self.boton_informe = QPushButton(icono("pdf"), self.tr("Informe de la unidad (PDF)…"))
        self.boton_informe.clicked.connect(self.imprimir_informe)
        self.tabla = tabla_lectura([self.tr("Actividad"), self.tr("Fechas"), self.tr("Estado"),
                                    self.tr("Responsable"), self.tr("Resultado")], 0)
        # El resultado se lee entero en su ayuda y en «Informe…»: su columna no le quita ancho al título.
        self.tabla.horizontalHeader().setSectionResizeMode(COLUMNA_RESULTADO, QHeaderView.ResizeMode.Interactive)
        self.tabla.setColumnWidth(COLUMNA_RESULTADO, 130)
        self.tabla.itemSelectionChanged.connect(self._actividad_elegida)
        self.tabla.doubleClicked.connect(lambda _: self.corregir_actividad())
        self.boton_nueva = QPushButton(icono("actividad"), self.tr("Nueva actividad…"))
        self.boton_nueva.clicked.connect(self.nueva_actividad)
        self.boton_corregir = QPushButton(icono("editar"), self.tr("Corregir…"))
        self.boton_corregir.clicked.connect(self.corregir_actividad)
        self.boton_estado = QToolButton()
        self.boton_estado.setIcon(icono("estado"))
        self.boton_estado.setText(self.tr("Estado"))
        self.boton_estado.setToolTip(self.tr("Hacer avanzar la actividad: empezarla, marcarla realizada, cancelarla…"))
        self.boton_estado.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.boton_estado.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_estado = QMenu(self.boton_estado)
        self.boton_estado.setMenu(self.menu_estado)
        self.boton_informe_actividad = QPushButton(icono("informe"), self.tr("Informe…"))
        self.boton_informe_actividad.setToolTip(self.tr("El resultado de la actividad y su informe en PDF"))
        self.boton_informe_actividad.clicked.connect(self.informe_de_actividad)

        caja = QVBoxLayout(self)
        fila = QHBoxLayout()
        fila.addWidget(QLabel(self.tr("Año:")))
        fila.addWidget(self.anio)
        fila.addWidget(self.resumen, 1)
        fila.addWidget(self.boton_informe)
        caja.addLayout(fila)
        caja.addWidget(self.tabla, 1)
        fila = QHBoxLayout()
        for boton in (self.boton_nueva, self.boton_corregir, self.boton_estado, self.boton_informe_actividad):
            fila.addWidget(boton)
        fila.addStretch(1)
        caja.addLayout(fila)
        self.mostrar()

    # --- el plan ------------------------------------------------------------------------------
    def mostrar(self) -> None:
        """El plan de la unidad elegida en el año elegido (el mismo año si la unidad tiene actividades en él)."""
        unidad = self.area.unidad
        self.boton_nueva.setEnabled(unidad is not None)
        self.boton_informe.setEnabled(unidad is not None)
        if unidad is None or self.area.contexto is None:
            self.plan, self.actividades = None, []
            llenar_tabla(self.tabla, [])
            self._actividad_elegida()
            return
        self._leer_plan()
        self._mostrar_actividades()

    def anio_elegido(self) -> int | None:
        """El año cuyo plan se muestra (None: el plan entero)."""
        return self.anio.currentData()

    def _leer_plan(self) -> None:
        unidad = self.area.unidad
        elegido = self.anio_elegido()
        self.plan = plan_del_anio(self.area.contexto, unidad["id"], elegido)
        if elegido is not None and elegido not in self.plan.anios:   # la unidad no tiene actividades ese año
            elegido, self.plan = None, plan_del_anio(self.area.contexto, unidad["id"])
        self.actividades = self.plan.actividades
        self.anio.blockSignals(True)
        self.anio.clear()
        self.anio.addItem(self.tr("Todos los años"), None)
        for anio in reversed(self.plan.anios):
            self.anio.addItem(str(anio), anio)
        self.anio.setCurrentIndex(max(0, self.anio.findData(elegido)))
        self.anio.blockSignals(False)

    def elegir_anio(self, anio: int | None) -> bool:
        indice = self.anio.findData(anio)
        if indice < 0:
            return False
        self.anio.setCurrentIndex(indice)
        return True

    def _anio_elegido(self) -> None:
        if self.area.unidad is None or self.area.contexto is None:
            return
        if consultar_en_la_ventana(self, self._leer_plan, que="plan de trabajo") is not FALLO:
            self._mostrar_actividades()

    def _mostrar_actividades(self) -> None:
        atrasadas = self.plan.atrasadas if self.plan else set()

        def estado(a: dict) -> str:
            texto = tr(ESTADOS_ACTIVIDAD.get(a["estado"], a["estado"]))
            return self.tr("{0} · atrasada").format(texto) if a["id"] in atrasadas else texto

        def fechas(a: dict) -> str:
            return " – ".join(fecha_dma(f) for f in (a["desde"], a["hasta"]) if f) or "—"

        def responsable(a: dict) -> str:
            if not a.get("responsable"):
                return ""
            return f"{a['responsable']} ({nombre_pais(a['responsable_pais'])})" if a.get("responsable_pais") \
                else a["responsable"]

        filas = [[a["titulo"], fechas(a), estado(a), responsable(a), " ".join((a.get("resultado") or "").split())]
                 for a in self.actividades]
        llenar_tabla(self.tabla, filas, datos=self.actividades,
                     color=lambda n: GRIS if self.actividades[n]["estado"] == "cancelada" else None)
        for fila, actividad in enumerate(self.actividades):
            color = ROJO if actividad["id"] in atrasadas else COLORES_ESTADO.get(actividad["estado"], GRIS)
            self.tabla.item(fila, COLUMNA_ESTADO).setForeground(QColor(color))
            self.tabla.item(fila, 0).setToolTip(actividad["titulo"])
            celda = self.tabla.item(fila, COLUMNA_RESULTADO)
            ayuda = [actividad["resultado"]] if actividad.get("resultado") else []
            if actividad.get("informe_id"):   # con informe en PDF: un clip, y el archivo y su huella en la ayuda
                celda.setIcon(icono("adjuntar"))
                ayuda.append(self.tr("Informe en PDF: {0}\nSHA-256 {1}").format(
                    actividad["informe_nombre"], actividad["informe_sha256"]))
            celda.setToolTip("\n\n".join(ayuda))
        self.area.contar_actividades(len(self.actividades))
        partes = []
        if atrasadas:
            partes.append(self.tr("1 atrasada") if len(atrasadas) == 1 else
                          self.tr("{0} atrasadas").format(len(atrasadas)))
        if self.plan and self.plan.sin_fecha:
            partes.append(self.tr("{0} sin fecha (se ven en «Todos los años»)").format(self.plan.sin_fecha))
        self.resumen.setText("  ·  ".join(partes))
        self.resumen.setStyleSheet(f"color: {ROJO};" if atrasadas else "")
        self._actividad_elegida()

    def actividad_elegida(self) -> dict | None:
        filas = self.tabla.selectionModel().selectedRows() if self.tabla.selectionModel() else []
        return self.actividades[filas[0].row()] if filas and filas[0].row() < len(self.actividades) else None

    def _actividad_elegida(self) -> None:
        """Los botones de la actividad elegida; en «Cambiar estado», solo los pasos que su orden permite."""
        actividad = self.actividad_elegida()
        for boton in (self.boton_corregir, self.boton_estado, self.boton_informe_actividad):
            boton.setEnabled(actividad is not None)
        self.menu_estado.clear()
        if actividad is None:
            return
        for hacia, accion in pasos_posibles(actividad["estado"]):
            self.menu_estado.addAction(accion, lambda h=hacia: self.cambiar_estado(h))

    def elegir_actividad(self, actividad_id: int) -> bool:
        fila = next((n for n, a in enumerate(self.actividades) if a["id"] == actividad_id), None)
        if fila is None:
            return False
        self.tabla.selectRow(fila)
        return True

    # --- acciones ------------------------------------------------------------------------------
    def _despues_de_guardar(self, actividad_id: int) -> None:
        """Se guardó algo de la actividad: el área se recarga ya (la oficina avisa al resto) y la actividad queda
        elegida; si quedó fuera del año a la vista, se muestra el plan entero."""
        self.area.recargar(self.area.unidad["id"])
        if not self.elegir_actividad(actividad_id) and self.anio_elegido() is not None:
            self.elegir_anio(None)
            self.elegir_actividad(actividad_id)

    def nueva_actividad(self) -> None:
        from ...dialogos.actividad import DialogoActividad

        unidad = self.area.unidad
        if unidad is None:
            return
        composicion = self.area.composicion
        coordinadora = next((a.miembro_id for a in (composicion.asientos if composicion else [])
                             if a.cargo == "coordinador"), None)
        dialogo = DialogoActividad(self.area.oficina, unidad, self.area.miembros, coordinadora, self)
        dialogo.exec()
        hecha = dialogo.actividad_id
        descartar(dialogo)
        if hecha is not None:
            self._despues_de_guardar(hecha)

    def corregir_actividad(self) -> None:
        from ...dialogos.actividad import DialogoActividad

        unidad, actividad = self.area.unidad, self.actividad_elegida()
        if unidad is None or actividad is None:
            return
        dialogo = DialogoActividad(self.area.oficina, unidad, self.area.miembros, padre=self, actividad=actividad)
        dialogo.exec()
        hecha = dialogo.actividad_id
        descartar(dialogo)
        if hecha is not None:
            self._despues_de_guardar(hecha)

    def cambiar_estado(self, estado: str) -> bool:
        """Lleva la actividad elegida a `estado` (el servicio dice si su orden lo permite). Si se marca realizada y
        no tiene fechas, el servicio pide cuándo fue: se pregunta y se intenta otra vez."""
        from ...dialogos.fecha_actividad import DialogoFechaDeActividad

        actividad = self.actividad_elegida()
        if actividad is None:
            return False
        fecha, falta_la_fecha = None, []

        def sin_fecha(error: ErrorEscritorio) -> bool:
            """Si lo único que falta es la fecha (y no se preguntó todavía), se pregunta; si no, al cuadro."""
            if isinstance(error, ErrorValidacion) and "fecha" in error.campos and fecha is None:
                falta_la_fecha.append(True)
                return True
            return False

        while hacer_en_la_ventana(self, self.area.oficina, lambda: cambiar_estado(
                self.area.contexto, actividad["id"], estado, fecha), que="estado de una actividad",
                al_rechazar=sin_fecha) is None:
            if not falta_la_fecha:
                return False
            falta_la_fecha.clear()
            dialogo = DialogoFechaDeActividad(actividad["titulo"], self)
            elegida = dialogo.exec()
            fecha = dialogo.fecha()
            descartar(dialogo)
            if not elegida:
                return False
        self._despues_de_guardar(actividad["id"])
        return True

    def informe_de_actividad(self) -> None:
        from ...dialogos.informe_actividad import DialogoInformeActividad

        actividad = self.actividad_elegida()
        if actividad is None:
            return
        dialogo = DialogoInformeActividad(self.area.oficina, actividad["id"], self, self.area.ajustes)
        dialogo.exec()
        guardado = dialogo.guardado
        descartar(dialogo)
        if guardado:
            self._despues_de_guardar(actividad["id"])

    def imprimir_informe(self) -> None:
        from ....servicios.informes_organos import imprimir_informe_unidad

        unidad = self.area.unidad
        if unidad is None:
            return
        al = hoy()
        guardar_documento(self, self.tr("Informe de la unidad"),
                          f"{nombre_de_archivo(unidad['nombre'])}-{al.isoformat()}.pdf",
                          lambda ruta: imprimir_informe_unidad(self.area.contexto, unidad["id"], ruta, al),
                          self.area.ajustes)
