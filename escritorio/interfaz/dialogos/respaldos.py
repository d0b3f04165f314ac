"""Archivo > Restaurar respaldo y Archivo > Crear respaldo.

La lista muestra primero los respaldos de ESTA base (por su identidad; los anteriores a la identidad, por
su nombre exacto) y, aparte, los archivos de la carpeta que son de otra base o no se pueden atribuir. Se
puede restaurar, borrar un respaldo (con una confirmación que nombra el archivo: es la única forma de que
se vaya una copia de seguridad) o elegir otro archivo.
"""

from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHeaderView, QLabel,
                               QMessageBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...datos.conexion import ruta_de
from ...dominio import formato
from ...dominio.tamano import tamano_legible
from ...servicios.base import abrir_base
from ...servicios.respaldo import (COPIAS_DE_SEGURIDAD, aviso_de_lo_repuesto, borrar_respaldo,
                                   crear_respaldo, describir, es_de_otra_base, listar_respaldos,
                                   respaldos_del_servidor, restaurar_respaldo)
from ..correo_en_la_ventana import detener_el_correo
from ..comun import descartar, mostrar_error, parrafo, tr
from ..operaciones import FALLO, consultar_en_la_ventana
from ..piezas import DialogoBase, elegir_archivo

_MOTIVOS = {"apertura": "Automático al abrir", "cierre": "Automático al cerrar", "manual": "Manual",
            "antes-de-migrar": "Copia antes de actualizar", "antes-de-restaurar": "Copia antes de restaurar",
            "externo": "Otro"}
_PERTENENCIA = {"antigua": " (sin identidad: versión anterior)", "probable": " (por su nombre)"}


def _tabla(columnas: list[str]) -> QTableWidget:
    tabla = QTableWidget(0, len(columnas))
    tabla.setHorizontalHeaderLabels(columnas)
    tabla.verticalHeader().setVisible(False)
    tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tabla.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return tabla


class DialogoRespaldos(DialogoBase):
    """`elegido` queda con la ruta del respaldo a restaurar (None si se cancela)."""

    def __init__(self, ruta_base: Path, padre=None):
        super().__init__(padre)
        self.ruta_base = Path(ruta_base)
        self.elegido: Path | None = None
        self.setWindowTitle(self.tr("Restaurar un respaldo"))
        explicacion = QLabel(self.tr(
            "Elija el respaldo a restaurar. Antes de reemplazar la base, Escritorio guarda una copia de la actual "
            "en la carpeta «respaldos»: no se pierde nada. Las copias de seguridad (antes de restaurar, antes de "
            "actualizar) y los respaldos manuales nunca se borran solos."))
        explicacion.setWordWrap(True)
        self.tabla = _tabla([self.tr("Fecha"), self.tr("Motivo"), self.tr("Tamaño"), self.tr("Integridad")])
        self.tabla.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.vacia = QLabel(self.tr("Todavía no hay respaldos de esta base en la carpeta «respaldos»."))
        self.rotulo_otras = QLabel(self.tr(
            "<b>Otros archivos de la carpeta: de OTRA base o sin identificar.</b> No se usan para recuperar esta "
            "base; restaurar uno reemplazaría esta base por otra."))
        self.rotulo_otras.setWordWrap(True)
        self.otras = _tabla([self.tr("Archivo"), self.tr("Fecha"), self.tr("Contenido")])
        self.otras.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for tabla, otra in ((self.tabla, self.otras), (self.otras, self.tabla)):
            tabla.itemSelectionChanged.connect(lambda t=tabla, o=otra: t.selectedItems() and o.clearSelection())
            tabla.doubleClicked.connect(lambda _: self._aceptar())
        botones = QDialogButtonBox()
        self.restaurar = botones.addButton(self.tr("Restaurar"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.borrar = botones.addButton(self.tr("Borrar…"), QDialogButtonBox.ButtonRole.ActionRole)
        otro = botones.addButton(self.tr("Otro archivo…"), QDialogButtonBox.ButtonRole.ActionRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.restaurar.clicked.connect(self._aceptar)
        self.borrar.clicked.connect(self._borrar)
        otro.clicked.connect(self._otro)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addWidget(self.tabla, 3)
        disposicion.addWidget(self.vacia)
        disposicion.addWidget(self.rotulo_otras)
        disposicion.addWidget(self.otras, 1)
        disposicion.addWidget(botones)
        self._cargar()
        self.resize(720, 520)

    def _cargar(self) -> None:
        filas = listar_respaldos(self.ruta_base)
        self._propias = [f for f in filas if f["pertenencia"] != "ajena"]
        self._ajenas = [f for f in filas if f["pertenencia"] == "ajena"]
        integridad = {True: self.tr("Verificado"), False: self.tr("ALTERADO — no usar"), None: self.tr("Sin huella")}
        self.tabla.setRowCount(len(self._propias))
        for fila, r in enumerate(self._propias):
            motivo = self.tr(_MOTIVOS.get(r["motivo"], r["motivo"])) + self.tr(_PERTENENCIA.get(r["pertenencia"], ""))
            for columna, texto in enumerate((formato.fecha_y_hora(r["momento"]), motivo, tamano_legible(r["bytes"]),
                                             integridad[r["integro"]])):
                celda = QTableWidgetItem(texto)
                celda.setToolTip(str(r["ruta"]))
                self.tabla.setItem(fila, columna, celda)
        self.otras.setRowCount(len(self._ajenas))
        for fila, r in enumerate(self._ajenas):
            contenido = describir(r["ruta"]).strip(" ()") or self.tr("no se puede leer")
            for columna, texto in enumerate((r["ruta"].name, formato.fecha_y_hora(r["momento"]), contenido)):
                celda = QTableWidgetItem(texto)
                celda.setToolTip(str(r["ruta"]))
                self.otras.setItem(fila, columna, celda)
        for tabla in (self.tabla, self.otras):
            tabla.resizeColumnsToContents()
        self.vacia.setVisible(not self._propias)
        self.rotulo_otras.setVisible(bool(self._ajenas))
        self.otras.setVisible(bool(self._ajenas))
        if self._propias:
            self.tabla.selectRow(0)
        self.restaurar.setEnabled(bool(filas))
        self.borrar.setEnabled(bool(filas))

    def seleccionado(self) -> dict | None:
        for tabla, filas in ((self.tabla, self._propias), (self.otras, self._ajenas)):
            elegidas = tabla.selectionModel().selectedRows()
            if elegidas:
                return filas[elegidas[0].row()]
        return None

    def _aceptar(self) -> None:
        fila = self.seleccionado()
        if fila and fila["integro"] is not False:
            self.elegido = fila["ruta"]
            self.accept()

    def _borrar(self) -> None:
        fila = self.seleccionado()
        if fila is None:
            return
        aviso = ""
        if fila["motivo"] in COPIAS_DE_SEGURIDAD:
            aviso = self.tr("\n\nEs una COPIA DE SEGURIDAD: guarda la base como estaba antes de restaurar o de "
                            "actualizar. Si la borra, ese estado ya no estará en ningún archivo.")
        if QMessageBox.question(self, self.tr("Borrar respaldo"), self.tr(
                "¿Borrar definitivamente el respaldo\n{0}\n({1})?{2}").format(
                fila["ruta"], formato.fecha_y_hora(fila["momento"]), aviso)) != QMessageBox.StandardButton.Yes:
            return
        consultar_en_la_ventana(self, lambda: borrar_respaldo(self.ruta_base, fila["ruta"]), que="borrar respaldo")
        self._cargar()

    def _otro(self) -> None:
        ruta = elegir_archivo.para_abrir(self, self.tr("Restaurar respaldo"), str(Path.home()),
                                         self.tr("Respaldo de Escritorio (*.db);;Todos los archivos (*)"))
        if ruta:
            self.elegido = Path(ruta)
            self.accept()


def _son_del_servidor(ventana, titulo: str) -> bool:
    """En el modo servidor los respaldos los hace el servidor: se explica y no se hace nada."""
    motivo = respaldos_del_servidor(ventana.db)
    if motivo is not None:
        QMessageBox.information(ventana, titulo, motivo)
    return motivo is not None


def restaurar_desde_ventana(ventana) -> None:
    """Archivo > Restaurar respaldo: elegir, confirmar (nombrando el respaldo y la base; si es de OTRA base, lo
    dice), restaurar y volver a cargar la base."""
    if _son_del_servidor(ventana, tr("Restaurar respaldo")):
        return
    actual = ruta_de(ventana.db)
    dialogo = DialogoRespaldos(actual, ventana)
    dialogo.exec()
    ruta = dialogo.elegido
    descartar(dialogo)
    if not ruta:
        return
    otra = es_de_otra_base(actual, ruta)
    texto = tr("Se reemplazará la base\n{0}{1}\npor el respaldo\n{2}{3}.\n\n"
               "Antes se guardará una copia de la base actual en la carpeta «respaldos».").format(
        actual, describir(actual), ruta, describir(ruta))
    if otra:
        texto = tr("ATENCIÓN: el respaldo elegido es de OTRA base, no de esta.\n\n") + texto + tr(
            "\n\nDespués de restaurarlo, esta base será aquella.")
    if QMessageBox.question(ventana, tr("Restaurar respaldo"), texto + tr("\n\n¿Continuar?")) \
            != QMessageBox.StandardButton.Yes:
        return
    # Lo escrito en una sesión va a la base antes de cerrarla: queda en la copia «antes-de-restaurar».
    if not ventana.guardar_pendiente():
        return
    detener_el_correo(ventana)   # el envío en segundo plano no escribe en la base que se reemplaza
    ventana.dejar_de_leer()      # ni se sigue leyendo de ella
    ventana.db.close()
    hecho = None
    try:
        hecho = restaurar_respaldo(actual, ruta, de_otra_base=otra)
    except Exception as error:
        mostrar_error(ventana, error, "restaurar respaldo")
    ventana.cargar_base(abrir_base(actual))
    if hecho is not None and hecho.anterior:
        QMessageBox.information(ventana, tr("Respaldo restaurado"),
                                tr("Base restaurada. La anterior quedó guardada en:\n{0}").format(hecho.anterior)
                                + parrafo(aviso_de_lo_repuesto(hecho.repuesto)))


def respaldar_desde_ventana(ventana) -> None:
    """Archivo > Crear respaldo: nunca pisa un archivo sin una confirmación que lo nombra, y aun así solo un
    respaldo anterior de esta misma base (el servicio rechaza cualquier otro archivo)."""
    if _son_del_servidor(ventana, tr("Crear respaldo")):
        return
    ruta = elegir_archivo.para_guardar(ventana, tr("Crear respaldo"), str(Path.home() / "respaldo-escritorio.db"),
                                       tr("Respaldo de Escritorio (*.db)"), confirmar_reemplazo=False)
    if not ruta:
        return
    reemplazar = False
    if Path(ruta).exists():
        if QMessageBox.question(ventana, tr("Crear respaldo"), tr(
                "Ya existe\n{0}{1}\n\n¿Reemplazarlo por un respaldo nuevo? Solo se reemplaza si es un respaldo "
                "anterior de esta misma base; cualquier otro archivo queda intacto.").format(ruta, describir(ruta))) \
                != QMessageBox.StandardButton.Yes:
            return
        reemplazar = True
    # Copiar una base grande lleva su tiempo: en otro hilo, con el diálogo de progreso (la copia no cambia la base).
    db = ventana.db
    destino = consultar_en_la_ventana(ventana, lambda _informar: crear_respaldo(db, ruta, reemplazar=reemplazar),
                                      que="crear respaldo", en_segundo_plano=True, titulo=tr("Crear respaldo"),
                                      cancelable=False)
    if destino is FALLO:
        return
    QMessageBox.information(ventana, tr("Respaldo creado"), tr("Respaldo guardado en:\n{0}").format(destino))
