"""La vista previa de un PDF dentro del programa: verlo, imprimirlo en la impresora del sistema y guardarlo, sin
necesitar un visor de PDF (la PC de la oficina puede no tener ninguno).

Qué se muestra y qué sale lo dice un `DocumentoParaVer`:
- `de_archivo(ruta)`: un archivo ya escrito (el acta que se acaba de guardar). Se muestra tal cual; imprimirlo
  imprime ese archivo y «Guardar como…» hace una copia idéntica en otro lugar.
- `por_emitir(…)`: un documento que el programa escribe al pedirlo (el recibo de un pago). En pantalla se ve lo que
  saldría ahora, escrito con `vista_previa=True` (no cuenta como salida: mirar no gasta el original). Imprimirlo,
  guardarlo o abrirlo en el visor del sistema sí es una salida: la escribe el servicio, que decide si es el
  original o una COPIA (`servicios.documentos.emitir`); después la vista se rehace y muestra lo que saldría ahora.

Vive en piezas/ (no en dialogos/) porque `documentos.abrir_archivo`, que usan todas las áreas, la abre.
"""

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...errores import Cancelado
from ...dominio.nombres_de_archivo import nombre_valido_en_windows
from ..comun import descartar, mostrar_error
from ..trabajos import ejecutar_con_progreso
from . import elegir_archivo, impresion, visor_del_sistema
from .dialogo import DialogoBase
from .estilos import ESTILO_NOTA
from .paginas_pdf import DocumentoPdf, PaginasPdf


@dataclass
class DocumentoParaVer:
    """`titulo`: el de la ventana y el trabajo de impresión; `nombre`: el nombre de archivo que se propone.
    `escribir(ruta, vista_previa)` escribe el documento (None si es un archivo ya escrito, `archivo`).
    `que_sale()`: una línea que dice qué saldrá al imprimir o guardar (original o copia: lo dice el servicio)."""

    titulo: str
    nombre: str
    archivo: Path | None = None
    escribir: Callable[[Path, bool], object] | None = None
    que_sale: Callable[[], str] | None = None

    def __post_init__(self):  # el nombre que se propone al guardar, válido en Windows
        self.nombre = nombre_valido_en_windows(self.nombre)

    @classmethod
    def de_archivo(cls, ruta: str | Path, titulo: str = "") -> "DocumentoParaVer":
        ruta = Path(ruta)
        return cls(titulo or ruta.name, ruta.name, archivo=ruta)

    @classmethod
    def por_emitir(cls, titulo: str, nombre: str, escribir: Callable[[Path, bool], object],
                   que_sale: Callable[[], str] | None = None) -> "DocumentoParaVer":
        return cls(titulo, nombre, escribir=escribir, que_sale=que_sale)


class DialogoVistaPrevia(DialogoBase):
    """Las páginas del documento con zoom y número de página, y «Imprimir…», «Guardar como…» y (si el sistema tiene
    un visor de PDF) «Abrir en el visor del sistema». Lo que salió queda en `impresas` (hojas mandadas a la
    impresora), `guardado_en` (rutas) y `pedido_al_visor`."""

    def __init__(self, documento: DocumentoParaVer, padre: QWidget | None = None, ajustes: QSettings | None = None):
        super().__init__(padre, documento.titulo)
        self.documento, self.ajustes = documento, ajustes
        self.impresas = 0
        self.guardado_en: list[Path] = []
        self.pedido_al_visor = False
        self._carpeta = Path(tempfile.mkdtemp(prefix="escritorio-vista-previa-"))

        self.paginas = PaginasPdf()
        self.boton_al_ancho = QPushButton(self.tr("Ajustar al ancho"))
        self.boton_al_ancho.clicked.connect(self.paginas.ajustar_al_ancho)
        self.boton_alejar = QPushButton("−")
        self.boton_alejar.setToolTip(self.tr("Alejar (Ctrl+−)"))
        self.boton_alejar.clicked.connect(self.paginas.alejar)
        self.boton_acercar = QPushButton("+")
        self.boton_acercar.setToolTip(self.tr("Acercar (Ctrl++)"))
        self.boton_acercar.clicked.connect(self.paginas.acercar)
        for boton in (self.boton_alejar, self.boton_acercar):
            boton.setFixedWidth(boton.fontMetrics().horizontalAdvance("—") * 3)
        self.zoom = QLabel()
        self.zoom.setMinimumWidth(self.zoom.fontMetrics().horizontalAdvance("400 %") + 6)
        self.zoom.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.numero_de_pagina = QLabel()
        # Su ancho, desde el principio: el texto llega con el documento, y antes la fila ya estaba repartida (a
        # 1024×600, «Página 1 de 1» se veía cortado).
        self.numero_de_pagina.setMinimumWidth(self.numero_de_pagina.fontMetrics().horizontalAdvance(
            self.tr("Página {0} de {1}").format(888, 888)) + 8)
        self.numero_de_pagina.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.paginas.zoom_cambiado.connect(lambda porcentaje: self.zoom.setText(f"{porcentaje} %"))
        self.paginas.pagina_cambiada.connect(self._mostrar_pagina)
        arriba = QHBoxLayout()
        for parte in (self.boton_al_ancho, self.boton_alejar, self.zoom, self.boton_acercar):
            arriba.addWidget(parte)
        arriba.addStretch(1)
        arriba.addWidget(self.numero_de_pagina)

        self.que_sale = QLabel()
        self.que_sale.setWordWrap(True)
        self.que_sale.setStyleSheet(ESTILO_NOTA)
        self.estado = QLabel()
        self.estado.setWordWrap(True)
        self.estado.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)   # la ruta se copia
        self.estado.hide()

        self.boton_imprimir = QPushButton(self.tr("Imprimir…"))
        self.boton_imprimir.setToolTip(self.tr("Elegir la impresora y las páginas, e imprimir (Ctrl+P)"))
        self.boton_imprimir.clicked.connect(self.imprimir)
        self.boton_guardar = QPushButton(self.tr("Guardar como…"))
        self.boton_guardar.setToolTip(self.tr("Guardar el PDF donde usted elija, para enviarlo o archivarlo (Ctrl+S)"))
        self.boton_guardar.clicked.connect(self.guardar)
        self.boton_visor = QPushButton(self.tr("Abrir en el visor del sistema"))
        self.boton_visor.setToolTip(self.tr("Abrir el PDF en el programa de PDF de este equipo"))
        self.boton_visor.clicked.connect(self.abrir_en_el_visor)
        self.boton_visor.setVisible(visor_del_sistema.hay_visor_de_pdf())
        self.boton_cerrar = QPushButton(self.tr("Cerrar"))
        self.boton_cerrar.clicked.connect(self.accept)
        abajo = QHBoxLayout()
        for boton in (self.boton_imprimir, self.boton_guardar, self.boton_visor):
            abajo.addWidget(boton)
        abajo.addStretch(1)
        abajo.addWidget(self.boton_cerrar)

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(arriba)
        disposicion.addWidget(self.que_sale)
        disposicion.addWidget(self.paginas, 1)
        disposicion.addWidget(self.estado)
        disposicion.addLayout(abajo)
        for teclas, accion in ((QKeySequence.StandardKey.Print, self.imprimir),
                               (QKeySequence.StandardKey.Save, self.guardar),
                               (QKeySequence.StandardKey.ZoomIn, self.paginas.acercar),
                               (QKeySequence.StandardKey.ZoomOut, self.paginas.alejar)):
            QShortcut(QKeySequence(teclas), self, activated=accion)
        self.boton_imprimir.setDefault(True)
        self.paginas.setFocus()   # las flechas, RePág/AvPág, Inicio y Fin recorren el documento de entrada
        self.caber_en_la_pantalla(860, 900)

    # --- lo que se ve ---
    def cargar(self) -> bool:
        """Escribe (si hace falta) y muestra el documento. False si no se pudo (ya se dijo por qué)."""
        try:
            if self.documento.archivo is not None:
                ruta = self.documento.archivo
            else:
                ruta = self._carpeta / self.documento.nombre
                self._escribir(ruta, vista_previa=True)
            self.paginas.mostrar(DocumentoPdf(ruta))
        except Cancelado:
            return False
        except Exception as error:  # noqa: BLE001 - se muestra al usuario y queda registrado
            mostrar_error(self if self.isVisible() else self.parentWidget(), error, self.documento.titulo)
            return False
        self._decir_que_sale()
        return True

    def _decir_que_sale(self) -> None:
        texto = self.documento.que_sale() if self.documento.que_sale is not None else ""
        self.que_sale.setText(texto)
        self.que_sale.setVisible(bool(texto))

    def _mostrar_pagina(self, actual: int, total: int) -> None:
        self.numero_de_pagina.setText(self.tr("Página {0} de {1}").format(actual, total) if total else "")

    def _decir(self, texto: str) -> None:
        self.estado.setText(texto)
        self.estado.show()

    def _escribir(self, ruta: Path, vista_previa: bool) -> None:
        ejecutar_con_progreso(self, self.documento.titulo,
                              lambda _informar: self.documento.escribir(ruta, vista_previa), cancelable=False)

    def _salida(self, ruta: Path) -> Path:
        """Escribe en `ruta` lo que sale (el archivo mostrado, copiado; o el documento emitido) y devuelve su ruta."""
        if self.documento.archivo is None:
            self._escribir(ruta, vista_previa=False)
        elif ruta.resolve() != self.documento.archivo.resolve():
            shutil.copyfile(self.documento.archivo, ruta)
        return ruta

    def _despues_de_una_salida(self) -> None:
        """Un documento emitido ya salió: lo que se ve ahora es lo que saldría la próxima vez (la COPIA)."""
        if self.documento.archivo is None:
            self.cargar()

    # --- lo que sale ---
    def imprimir(self) -> bool:
        """El diálogo de impresión del sistema y, si se acepta, las hojas a la impresora. True si se imprimió."""
        if self.paginas.documento is None:
            return False
        impresora = impresion.elegir_impresora(self, self.paginas.documento, self.documento.titulo,
                                               self.documento.nombre)
        if impresora is None:
            return False
        try:
            if self.documento.archivo is not None:
                hojas = impresion.imprimir_documento(self.paginas.documento, impresora)
            else:
                hojas = self._imprimir_la_salida(impresora)
        except Cancelado:
            return False
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, self.documento.titulo)
            self._despues_de_una_salida()
            return False
        self.impresas += hojas
        destino = impresora.printerName() or impresora.outputFileName()
        self._decir((self.tr("Se mandó 1 hoja a «{1}».") if hojas == 1 else
                     self.tr("Se mandaron {0} hojas a «{1}».")).format(hojas, destino))
        self._despues_de_una_salida()
        return True

    def _imprimir_la_salida(self, impresora) -> int:
        """Imprime lo que sale (el original o la copia que escribe el servicio), no la vista previa. El trabajo se
        abre primero: si la impresora no empieza, no se escribe nada y el original no se gasta."""
        pintor = impresion.abrir_trabajo(impresora)
        try:
            try:
                salida = DocumentoPdf(self._salida(Path(tempfile.mkdtemp(dir=self._carpeta)) / self.documento.nombre))
            except BaseException:
                impresora.abort()   # no sale una hoja en blanco
                raise
            try:
                return impresion.imprimir_documento(salida, impresora, pintor)
            finally:
                salida.cerrar()
        finally:
            pintor.end()

    def guardar(self) -> bool:
        """Pide dónde guardar (sin reemplazar un archivo sin preguntar) y guarda. True si se guardó."""
        carpeta = self.ajustes.value("exportar/carpeta", str(Path.home())) if self.ajustes is not None \
            else str(Path.home())
        ruta = elegir_archivo.para_guardar_sin_pisar(self, self.tr("Guardar como"),
                                                     str(Path(carpeta) / self.documento.nombre), ".pdf",
                                                     self.tr("Documento PDF (*.pdf)"))
        if not ruta:
            return False
        if self.ajustes is not None:
            self.ajustes.setValue("exportar/carpeta", str(Path(ruta).parent))
        try:
            self._salida(Path(ruta))
        except Cancelado:
            self._decir(self.tr("Cancelado: no se guardó el archivo."))
            return False
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, self.documento.titulo)
            return False
        self.guardado_en.append(Path(ruta))
        self._decir(self.tr("Guardado en {0}").format(ruta))
        self._despues_de_una_salida()
        return True

    def abrir_en_el_visor(self) -> bool:
        """Pide al sistema abrir el PDF en su visor. Lo que se dice es lo que se sabe: que se pidió."""
        try:
            if self.documento.archivo is not None:
                ruta = self.documento.archivo
            else:   # en una carpeta que no se borra al cerrar: el visor puede tardar en leerlo
                ruta = self._salida(Path(tempfile.mkdtemp(prefix="escritorio-documento-")) / self.documento.nombre)
        except Cancelado:
            return False
        except Exception as error:  # noqa: BLE001
            mostrar_error(self, error, self.documento.titulo)
            return False
        if visor_del_sistema.abrir_con_el_sistema(ruta):
            self.pedido_al_visor = True
            self._decir(self.tr("Se pidió al sistema abrirlo en su visor de PDF. Si no aparece, imprímalo o "
                                "guárdelo desde aquí."))
        else:
            self.boton_visor.hide()
            self._decir(self.tr("Este equipo no tiene un programa para abrir PDF: imprímalo o guárdelo desde aquí."))
        self._despues_de_una_salida()
        return self.pedido_al_visor

    def limpiar(self) -> None:
        """Suelta el PDF mostrado y borra los archivos de la vista previa (se puede llamar más de una vez)."""
        self.paginas.cerrar()
        shutil.rmtree(self._carpeta, ignore_errors=True)

    def done(self, resultado: int) -> None:  # noqa: D102 - al cerrar se borra la vista previa
        self.limpiar()
        super().done(resultado)


@dataclass
class Salidas:
    """Lo que salió desde una vista previa ya cerrada."""

    impresas: int = 0
    guardado_en: tuple[Path, ...] = ()
    pedido_al_visor: bool = False


def mostrar_vista_previa(padre: QWidget | None, documento: DocumentoParaVer,
                         ajustes: QSettings | None = None) -> Salidas | None:
    """Abre la vista previa (modal) hasta que se cierra y dice lo que salió desde ella; None si el documento no se
    pudo mostrar (ya se dijo por qué)."""
    dialogo = DialogoVistaPrevia(documento, padre, ajustes)
    try:
        if not dialogo.cargar():
            dialogo.done(0)
            return None
        dialogo.exec()
        return Salidas(dialogo.impresas, tuple(dialogo.guardado_en), dialogo.pedido_al_visor)
    finally:
        dialogo.limpiar()
        descartar(dialogo)
