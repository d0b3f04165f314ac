"""Archivo > Restaurar respaldo: la lista de respaldos con fecha, motivo, tamaño e integridad."""

from pathlib import Path

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QLabel,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...servicios.respaldo import listar_respaldos

_MOTIVOS = {"apertura": "Automático al abrir", "cierre": "Automático al cerrar", "manual": "Manual",
            "antes-de-migrar": "Antes de actualizar", "antes-de-restaurar": "Antes de restaurar", "externo": "Otro"}


def _tamano(bytes_: int) -> str:
    return f"{bytes_ / 1_048_576:.1f} MB" if bytes_ >= 1_048_576 else f"{bytes_ / 1024:.0f} KB"


class DialogoRespaldos(QDialog):
    """`elegido` queda con la ruta del respaldo a restaurar (None si se cancela)."""

    def __init__(self, ruta_base: Path, padre=None):
        super().__init__(padre)
        self.elegido: Path | None = None
        self.setWindowTitle(self.tr("Restaurar un respaldo"))
        self._filas = listar_respaldos(ruta_base)
        explicacion = QLabel(self.tr(
            "Elija el respaldo a restaurar. Antes de reemplazar la base, Escritorio guarda una copia de la actual "
            "en la carpeta «respaldos»: no se pierde nada."))
        explicacion.setWordWrap(True)
        self.tabla = QTableWidget(len(self._filas), 4)
        self.tabla.setHorizontalHeaderLabels([self.tr("Fecha"), self.tr("Motivo"), self.tr("Tamaño"), self.tr("Integridad")])
        self.tabla.verticalHeader().setVisible(False)
        self.tabla.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tabla.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabla.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for fila, r in enumerate(self._filas):
            integridad = {True: self.tr("Verificado"), False: self.tr("ALTERADO — no usar"), None: self.tr("Sin huella")}
            for columna, texto in enumerate((r["momento"].strftime("%d/%m/%Y %H:%M"), self.tr(_MOTIVOS.get(r["motivo"], r["motivo"])),
                                             _tamano(r["bytes"]), integridad[r["integro"]])):
                self.tabla.setItem(fila, columna, QTableWidgetItem(texto))
        if self._filas:
            self.tabla.selectRow(0)
        self.tabla.doubleClicked.connect(lambda _: self._aceptar())
        botones = QDialogButtonBox()
        restaurar = botones.addButton(self.tr("Restaurar"), QDialogButtonBox.ButtonRole.AcceptRole)
        restaurar.setEnabled(bool(self._filas))
        otro = botones.addButton(self.tr("Otro archivo…"), QDialogButtonBox.ButtonRole.ActionRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        restaurar.clicked.connect(self._aceptar)
        otro.clicked.connect(self._otro)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addWidget(self.tabla)
        if not self._filas:
            disposicion.addWidget(QLabel(self.tr("Todavía no hay respaldos en la carpeta «respaldos».")))
        disposicion.addWidget(botones)
        self.resize(620, 420)

    def _aceptar(self) -> None:
        filas = self.tabla.selectionModel().selectedRows()
        if filas and self._filas[filas[0].row()]["integro"] is not False:
            self.elegido = self._filas[filas[0].row()]["ruta"]
            self.accept()

    def _otro(self) -> None:
        ruta, _ = QFileDialog.getOpenFileName(self, self.tr("Restaurar respaldo"), str(Path.home()),
                                              self.tr("Respaldo de Escritorio (*.db);;Todos los archivos (*)"))
        if ruta:
            self.elegido = Path(ruta)
            self.accept()
