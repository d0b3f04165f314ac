"""El primer paso del asistente de importación: elegir la planilla (.xlsx o .csv) y ver sus primeras filas."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWizardPage

from ...dominio.importacion import COLUMNAS
from ...servicios.importacion import vista_previa
from ..comun import tr
from ..operaciones import FALLO, consultar_en_la_ventana
from ..piezas import elegir_archivo
from .importacion_piezas import FILAS_DE_MUESTRA, AsistenteDeLosPasos, Aviso


class PaginaArchivo(QWizardPage):
    def __init__(self, asistente: AsistenteDeLosPasos, ruta_inicial: str | None):
        super().__init__()
        self._asistente = asistente
        self.setTitle(self.tr("Elegir el archivo"))
        self.setSubTitle(self.tr("Una planilla de Excel (.xlsx) o un archivo CSV, con un miembro por fila. "
                                 "Los miembros se agregan al padrón de {0}.").format(asistente.asociacion["nombre"]))
        self.campo_ruta = QLineEdit(ruta_inicial or "")
        self.campo_ruta.setPlaceholderText(self.tr("Ruta del archivo .xlsx o .csv"))
        self.campo_ruta.setClearButtonEnabled(True)
        self.campo_ruta.textChanged.connect(self._ruta_cambiada)
        examinar = QPushButton(self.tr("Examinar…"))
        examinar.clicked.connect(self._examinar)
        fila = QHBoxLayout()
        fila.addWidget(QLabel(self.tr("Archivo:")))
        fila.addWidget(self.campo_ruta, 1)
        fila.addWidget(examinar)

        obligatorias = ", ".join(tr(c.encabezado) for c in COLUMNAS if c.obligatoria)
        opcionales = ", ".join(tr(c.encabezado) for c in COLUMNAS if not c.obligatoria)
        explicacion = QLabel(self.tr(
            "<p><b>La primera fila debe tener los encabezados.</b> El orden de las columnas no importa; "
            "en el paso siguiente podrá indicar qué dato trae cada una.</p>"
            "<p><b>Obligatorias:</b> {0}.<br><b>Opcionales:</b> {1}.</p>"
            "<p>El país puede escribirse con su código ISO de dos letras (AR, BR…) o con su nombre. "
            "Un miembro que ya está en el padrón se reconoce por su Código o por país, región y nombre, "
            "y se actualiza; una celda vacía nunca borra un dato.</p>"
            "<p>Nada se guarda hasta el último paso: antes verá cada problema del archivo o el resumen "
            "de lo que cambiará.</p>").format(obligatorias, opcionales))
        explicacion.setWordWrap(True)
        explicacion.setTextFormat(Qt.TextFormat.RichText)
        explicacion.setStyleSheet("QLabel { background: palette(base); border: 1px solid palette(midlight);"
                                  " border-radius: 6px; padding: 4px 12px; }")
        self.aviso = Aviso()

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(fila)
        disposicion.addSpacing(8)
        disposicion.addWidget(explicacion)
        disposicion.addWidget(self.aviso)
        disposicion.addStretch()

    def ruta(self) -> Path:
        return Path(self.campo_ruta.text().strip())

    def _ruta_cambiada(self) -> None:
        self.aviso.ocultar()
        self.completeChanged.emit()

    def _examinar(self) -> None:
        actual = self.campo_ruta.text().strip()
        carpeta = str(Path(actual).parent) if actual else str(Path.home())
        ruta = elegir_archivo.para_abrir(self, self.tr("Elegir la planilla"), carpeta, self.tr("Planillas (*.xlsx *.csv *.txt)"))
        if ruta:
            self.campo_ruta.setText(ruta)

    def isComplete(self) -> bool:
        # Cualquier ruta: si no es un .xlsx o un .csv legible, «Siguiente» explica por qué (un .xls, una
        # carpeta, un archivo dañado) en lugar de quedar deshabilitado sin decir nada.
        return bool(self.campo_ruta.text().strip())

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        ruta = self.ruta()
        try:
            existe = ruta.exists()
        except OSError:  # un nombre desmedido: lo explica la lectura
            existe = True
        if not existe:
            self.aviso.mostrar(self.tr("No se encuentra el archivo {0}. Revise la ruta o elíjalo con «Examinar…».")
                               .format(ruta), "error")
            return False
        def leer():
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                return vista_previa(ruta, FILAS_DE_MUESTRA)  # solo encabezados y unas filas: es inmediato
            finally:
                QGuiApplication.restoreOverrideCursor()

        # Un archivo que no se puede leer se explica en el aviso de este paso; lo inesperado, en el cuadro.
        vista = consultar_en_la_ventana(self, leer, que="vista previa de importación",
                                        al_rechazar=lambda error: self.aviso.mostrar(error.mensaje, "error"))
        if vista is FALLO:
            return False
        self._asistente.olvidar_lo_decidido()   # otro archivo, o el mismo ya corregido: se decide de nuevo
        self._asistente.ruta, self._asistente.vista = ruta, vista
        return True
