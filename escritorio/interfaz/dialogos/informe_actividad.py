"""El informe de una actividad del plan de trabajo: su resultado y el informe en PDF, que se guarda en la base con su
SHA-256 (como el acta firmada guarda su escaneo). Un PDF nuevo no borra el anterior: pasa a ser el vigente. Desde
aquí también se guarda una copia de un informe adjuntado (comprobada contra su huella).

Todo lo decide `servicios.plan_de_trabajo` (lo mismo que «unidades informe-actividad» y «unidades pdf-informe»)."""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout,
                               QWidget)

from ...dominio.tamano import tamano_legible
from ...dominio.unidades import ESTADOS_ACTIVIDAD
from ...errores import ErrorConflicto, ErrorEscritorio, ErrorValidacion
from ...servicios.oficina import Oficina
from ...servicios.plan_de_trabajo import (actividad_de, guardar_copia_del_informe, informes_de,
                                          leer_pdf_del_informe, registrar_informe)
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ..comun import fecha_dma, marcar_invalido, tr
from .conflicto import RECARGAR, SOBRESCRIBIR, preguntar_conflicto
from ..iconos import icono
from ..piezas import (ESTILO_ERROR, DialogoBase, elegir_archivo, guardar_documento, llenar_tabla, nombre_de_archivo,
                      nota, subtitulo, tabla_lectura)
from ..piezas.de_la_oficina import DeLaOficina


class DialogoInformeActividad(DeLaOficina, DialogoBase):
    """Tras cerrar, `guardado` dice si se registró algo."""

    def __init__(self, oficina: Oficina, actividad_id: int, padre: QWidget | None = None,
                 ajustes: QSettings | None = None):
        super().__init__(padre)
        self.oficina, self._ajustes = oficina, ajustes
        self.actividad = actividad_de(self.contexto, actividad_id)
        self.guardado = False
        self.pdf: tuple[str, bytes] | None = None   # el que se adjuntará al guardar
        self.setWindowTitle(self.tr("Informe de la actividad — {0}").format(self.actividad["titulo"]))

        a = self.actividad
        fechas = " – ".join(fecha_dma(f) for f in (a["desde"], a["hasta"]) if f) or self.tr("sin fecha")
        encabezado = subtitulo(a["titulo"])
        encabezado.setWordWrap(True)
        detalle = nota(f"{a['unidad']}  ·  {fechas}  ·  {tr(ESTADOS_ACTIVIDAD.get(a['estado'], a['estado']))}")
        detalle.setWordWrap(True)

        self.resultado = QPlainTextEdit(a["resultado"] or "")
        self.resultado.setPlaceholderText(self.tr("lo que se logró: participantes, acuerdos, publicaciones…"))

        self.tabla = tabla_lectura([self.tr("Informe en PDF"), self.tr("Adjuntado"), self.tr("Tamaño"),
                                    self.tr("SHA-256")], 3)
        self.tabla.setMinimumHeight(90)
        self.tabla.itemSelectionChanged.connect(self._elegido)
        self.boton_copia = QPushButton(icono("pdf"), self.tr("Guardar una copia…"))
        self.boton_copia.clicked.connect(self.guardar_copia)
        self.boton_adjuntar = QPushButton(icono("adjuntar"), self.tr("Adjuntar un PDF…"))
        self.boton_adjuntar.clicked.connect(self.adjuntar)
        self.por_adjuntar = nota()
        self.por_adjuntar.setWordWrap(True)
        self.por_adjuntar.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fila = QHBoxLayout()
        fila.addWidget(self.boton_adjuntar)
        fila.addWidget(self.boton_copia)
        fila.addStretch(1)

        self.mensaje = QLabel()
        self.mensaje.setWordWrap(True)
        self.mensaje.setStyleSheet(ESTILO_ERROR)
        self.mensaje.hide()
        botones = QDialogButtonBox()
        self.boton_guardar = botones.addButton(self.tr("Guardar el informe"), QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cerrar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_guardar.clicked.connect(self.guardar)
        botones.rejected.connect(self.reject)

        disposicion = QVBoxLayout(self)
        disposicion.addWidget(encabezado)
        disposicion.addWidget(detalle)
        disposicion.addWidget(QLabel(self.tr("Resultado:")))
        disposicion.addWidget(self.resultado, 1)
        disposicion.addWidget(QLabel(self.tr("Informes en PDF (el último es el vigente; los anteriores se "
                                             "conservan):")))
        disposicion.addWidget(self.tabla)
        disposicion.addLayout(fila)
        disposicion.addWidget(self.por_adjuntar)
        disposicion.addWidget(self.mensaje)
        disposicion.addWidget(botones)
        self.setMinimumWidth(640)
        self._mostrar_informes()

    def _mostrar_informes(self) -> None:
        self.informes = informes_de(self.contexto, self.actividad["id"])
        llenar_tabla(self.tabla, [[i["nombre"], fecha_dma(i["adjuntado_en"]), tamano_legible(i["bytes"]),
                                   i["sha256"]] for i in self.informes], datos=self.informes)
        if self.informes:
            self.tabla.selectRow(len(self.informes) - 1)
        self.tabla.setVisible(bool(self.informes))
        self.boton_copia.setVisible(bool(self.informes))
        if not self.informes and self.pdf is None:
            self.por_adjuntar.setText(self.tr("La actividad no tiene informe en PDF."))
        self._elegido()

    def _elegido(self) -> None:
        self.boton_copia.setEnabled(self.informe_elegido() is not None)

    def informe_elegido(self) -> dict | None:
        filas = self.tabla.selectionModel().selectedRows() if self.tabla.selectionModel() else []
        return self.informes[filas[0].row()] if filas and self.informes else None

    def adjuntar(self) -> None:
        carpeta = self._ajustes.value("exportar/carpeta", str(Path.home())) if self._ajustes else str(Path.home())
        ruta = elegir_archivo.para_abrir(self, self.tr("Adjuntar el informe en PDF"), carpeta,
                                         self.tr("Documentos PDF (*.pdf)"))
        if ruta:
            self.elegir_pdf(ruta)

    def elegir_pdf(self, ruta: str | Path) -> bool:
        """Lee el PDF que se adjuntará al guardar (el servicio dice si no sirve)."""
        marcar_invalido(self.boton_adjuntar, None)
        def no_sirve(error: ErrorEscritorio) -> None:
            marcar_invalido(self.boton_adjuntar, error.mensaje)
            self._error(error.mensaje)

        pdf = consultar_en_la_ventana(self, lambda: leer_pdf_del_informe(ruta), que="leer el PDF de un informe",
                                      al_rechazar=no_sirve)
        if pdf is FALLO:
            return False
        self.pdf = pdf
        self.mensaje.hide()
        self.por_adjuntar.setText(self.tr("Se adjuntará al guardar: {0} ({1}).").format(
            self.pdf[0], tamano_legible(len(self.pdf[1]))))
        return True

    def guardar(self, leida: dict | None = None) -> None:
        marcar_invalido(self.resultado, None)
        if hacer_en_la_ventana(self, self.oficina, lambda: registrar_informe(
                self.contexto, self.actividad["id"], self.resultado.toPlainText(), pdf=self.pdf,
                leida=leida or self.actividad), que="informe de una actividad", al_rechazar=self._rechazado) is None:
            return
        self.guardado = True
        self.accept()

    def _rechazado(self, error: ErrorEscritorio) -> None:
        if isinstance(error, ErrorConflicto):
            # Otro programa guardó el resultado mientras el diálogo estaba abierto: nada se pisa sin preguntar.
            respuesta = preguntar_conflicto(self, error, self.tr("el informe de la actividad"))
            if respuesta == SOBRESCRIBIR:
                self.guardar(error.actual)
            elif respuesta == RECARGAR:
                self.actividad = error.actual
                self.resultado.setPlainText(self.actividad["resultado"] or "")
            return
        if isinstance(error, ErrorValidacion):
            marcar_invalido(self.resultado, error.campos.get("resultado"))
        self._error(error.mensaje)

    def guardar_copia(self) -> None:
        informe = self.informe_elegido()
        if informe is None:
            return
        nombre = informe["nombre"] if informe["nombre"].lower().endswith(".pdf") else \
            f"{nombre_de_archivo(self.actividad['titulo'])}.pdf"
        # El diálogo de guardar pregunta antes de reemplazar un archivo: si la persona acepta, se reemplaza.
        guardar_documento(self, self.tr("Guardar una copia del informe"), nombre,
                          lambda ruta: guardar_copia_del_informe(self.contexto, self.actividad["id"], ruta,
                                                                 informe_id=informe["id"], reemplazar=True),
                          self._ajustes)

    def _error(self, texto: str) -> None:
        self.mensaje.setText(texto)
        self.mensaje.show()
