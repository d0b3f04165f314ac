"""Archivo > Verificar un documento…: se suelta un PDF (o se elige, o se escribe el código del papel) y se ve si
es auténtico y vigente, auténtico pero reemplazado, un borrador auténtico (no el acta), un documento de esta base sin
código, o alterado o desconocido. El veredicto es el del MISMO servicio que «escritorio documento verificar»
(servicios/verificar_documento.py); aquí solo se muestra."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QPushButton, QVBoxLayout)

from ...servicios.oficina import Oficina
from ..piezas.de_la_oficina import DeLaOficina
from ...dominio.direccion_publica import codigo_de_lo_leido
from ...dominio.verificacion import ALTERADO, BORRADOR, REEMPLAZADO, SIN_CODIGO, SIN_PRUEBA_DE_FECHA, VIGENTE
from ...errores import ErrorEscritorio
from ..piezas import DialogoBase, nota, pintar_resultado
from ..operaciones import FALLO, consultar_en_la_ventana
from ..piezas import elegir_archivo

_ESTILO_ZONA = ("QLabel#zona_soltar { border: 2px dashed #8a94a6; border-radius: 8px; padding: 18px; "
                "color: #3d4656; background: #f6f7f9; }")
_ESTILO_ZONA_ACTIVA = ("QLabel#zona_soltar { border: 2px dashed #2e6fd8; border-radius: 8px; padding: 18px; "
                       "color: #1d3f7a; background: #e8f0fc; }")
# Verde, ámbar o rojo: un borrador o un documento sin código son de esta base, pero no valen como el documento firme.
_COLOR = {VIGENTE: True, REEMPLAZADO: None, BORRADOR: None, SIN_CODIGO: None, SIN_PRUEBA_DE_FECHA: None,
          ALTERADO: False}


def _pdf_de(evento) -> str | None:
    """La ruta del PDF que se arrastra (el primer archivo local), o None."""
    datos = evento.mimeData()
    if not datos.hasUrls():
        return None
    for url in datos.urls():
        if url.isLocalFile():
            return url.toLocalFile()
    return None


class DialogoVerificarDocumento(DeLaOficina, DialogoBase):
    def __init__(self, oficina: Oficina, padre=None):
        super().__init__(padre)
        self.oficina = oficina
        self.resultado = None  # la última Verificacion mostrada
        self.setWindowTitle(self.tr("Verificar un documento"))
        self.setAcceptDrops(True)
        explicacion = nota(self.tr(
            "Compruebe contra esta base de datos si un documento que emitió Escritorio (un acta, una resolución, un "
            "recibo, una convocatoria, un aviso de cobro, el padrón…) es auténtico y sigue vigente: Escritorio lee el "
            "código de verificación del PDF y nunca confía en lo que el archivo dice de sí mismo."))
        self.zona = QLabel(self.tr("Suelte aquí el PDF del documento"))
        self.zona.setObjectName("zona_soltar")
        self.zona.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zona.setStyleSheet(_ESTILO_ZONA)
        self.zona.setMinimumHeight(70)
        self.boton_elegir = QPushButton(self.tr("Elegir un PDF…"))
        self.boton_elegir.clicked.connect(self.elegir)
        self.codigo = QLineEdit()
        self.codigo.setPlaceholderText(self.tr("o escriba el código del papel (XXXX-XXXX-XXXX) o la dirección de su QR"))
        self.codigo.setMaxLength(200)   # la dirección de la página de verificación, que lleva el QR, también sirve
        self.codigo.returnPressed.connect(self.verificar_codigo)
        self.boton_codigo = QPushButton(self.tr("Verificar el código"))
        self.boton_codigo.clicked.connect(self.verificar_codigo)
        fila = QHBoxLayout()
        fila.addWidget(self.boton_elegir)
        fila.addWidget(self.codigo, 1)
        fila.addWidget(self.boton_codigo)
        self.veredicto = QLabel()
        self.veredicto.setObjectName("veredicto")
        self.veredicto.setWordWrap(True)
        self.veredicto.setVisible(False)
        fuente = self.veredicto.font()
        fuente.setBold(True)
        fuente.setPointSizeF(fuente.pointSizeF() * 1.2)
        self.veredicto.setFont(fuente)
        self.detalle = QPlainTextEdit()
        self.detalle.setReadOnly(True)
        self.detalle.setFrameShape(QFrame.Shape.StyledPanel)
        self.detalle.setPlaceholderText(self.tr("Aquí aparece qué es el documento según la base y por qué."))
        cerrar = QPushButton(self.tr("Cerrar"))
        cerrar.clicked.connect(self.accept)
        pie = QHBoxLayout()
        pie.addStretch(1)
        pie.addWidget(cerrar)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addWidget(self.zona)
        disposicion.addLayout(fila)
        disposicion.addWidget(self.veredicto)
        disposicion.addWidget(self.detalle, 1)
        disposicion.addLayout(pie)
        self.resize(780, 520)

    # --- arrastrar y soltar ------------------------------------------------------------------------

    def dragEnterEvent(self, evento) -> None:
        if _pdf_de(evento) is not None:
            self.zona.setStyleSheet(_ESTILO_ZONA_ACTIVA)
            evento.acceptProposedAction()
        else:
            evento.ignore()

    def dragMoveEvent(self, evento) -> None:
        if _pdf_de(evento) is not None:
            evento.acceptProposedAction()
        else:
            evento.ignore()

    def dragLeaveEvent(self, evento) -> None:
        self.zona.setStyleSheet(_ESTILO_ZONA)
        super().dragLeaveEvent(evento)

    def dropEvent(self, evento) -> None:
        self.zona.setStyleSheet(_ESTILO_ZONA)
        ruta = _pdf_de(evento)
        if ruta is None:
            evento.ignore()
            return
        evento.acceptProposedAction()
        self.verificar_archivo(ruta)

    # --- verificar ----------------------------------------------------------------------------------

    def elegir(self) -> None:
        ruta = elegir_archivo.para_abrir(self, self.tr("Elegir el documento a verificar"), str(Path.home()),
                                         self.tr("Documento PDF (*.pdf);;Todos los archivos (*)"))
        if ruta:
            self.verificar_archivo(ruta)

    def verificar_archivo(self, ruta: str) -> None:
        from ...servicios.verificar_documento import verificar_archivo

        self.zona.setText(self.tr("Verificando {0}…").format(Path(ruta).name))
        self._verificar(lambda _informar: verificar_archivo(self.db, ruta), Path(ruta).name)

    def verificar_codigo(self) -> None:
        from ...servicios.verificar_documento import verificar_codigo

        codigo = self.codigo.text()
        # Lo pegado del QR de un papel nuevo es la dirección de su página: el veredicto nombra el código.
        self._verificar(lambda _informar: verificar_codigo(self.db, codigo),
                        codigo_de_lo_leido(codigo) or codigo.strip())

    def _verificar(self, funcion, que: str) -> None:
        def no_se_pudo(error: ErrorEscritorio) -> None:   # no es un PDF, está dañado, el código está mal escrito
            self.resultado = None
            self.zona.setText(self.tr("Suelte aquí el PDF del documento"))
            pintar_resultado(self.veredicto, False, self.tr("No se pudo verificar «{0}»").format(que), a_la_vista=True)
            self.veredicto.setVisible(True)
            self.detalle.setPlainText(error.mensaje)

        resultado = consultar_en_la_ventana(self, funcion, que="verificar un documento", en_segundo_plano=True,
                                            titulo=self.tr("Verificar un documento"), cancelable=False,
                                            al_rechazar=no_se_pudo)
        if resultado is FALLO:
            return
        self.resultado = resultado
        self.zona.setText(self.tr("Verificado: {0}\nSuelte otro PDF para verificarlo").format(que))
        pintar_resultado(self.veredicto, _COLOR[resultado.veredicto], f"{resultado.titulo} — {que}",
                         a_la_vista=True)
        self.veredicto.setVisible(True)
        self.detalle.setPlainText("\n".join(resultado.lineas()[1:]))
