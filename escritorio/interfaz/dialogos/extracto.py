"""Cuotas › Pagos › «Importar extracto…»: los cobros de un extracto bancario o de la planilla de tesorería.

Tres pasos en un diálogo: elegir el archivo (y, si el archivo no la dice, la moneda de la cuenta o la hoja del
libro); revisar el plan (`extracto_revision.PaginaRevision`: cada línea con el miembro propuesto y por qué, las
dudosas para resolver a mano); registrar todos los pagos con sus recibos en un solo paso y, después, guardar los
recibos en PDF en una carpeta. Todo lo decide el servicio (`servicios.extractos`, `servicios.registro_de_extractos`),
el mismo de «escritorio pagos importar»: el diálogo no lee el archivo ni reconoce a nadie por su cuenta.
"""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout,
                               QWidget)

from ...dominio.extractos import COLUMNAS_DE_EXTRACTO
from ...errores import ErrorEscritorio, ErrorValidacion
from ...servicios.extractos import OpcionesDeExtracto, PlanDeExtracto, planear_extracto
from ...servicios.oficina import Oficina
from ...servicios.registro_de_extractos import ResultadoDeExtracto, guardar_recibos
from ..comun import formatear, tr
from ..piezas import CajaAvisos, DialogoBase, elegir_archivo, nota, titulo
from ..piezas.de_la_oficina import DeLaOficina
from ..piezas.tablas import llenar_tabla, tabla_lectura
from ..operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from .extracto_revision import PaginaRevision
from .pago import MONEDAS_COMUNES

ARCHIVO, REVISION, RESULTADO = range(3)
# Un extracto de ejemplo: el banco arriba no molesta; los importes, como los escribe el banco.
_EJEMPLO = ("<table cellspacing='0' cellpadding='3' style='margin-top: 4px; border: 1px solid #c9ced6;'>"
            "<tr style='background: #eef2f7;'><th>{0}</th><th>{1}</th><th>{2}</th><th>{3}</th><th>{4}</th></tr>"
            "<tr><td>02/03/2026</td><td>{5}</td><td>000101</td><td></td><td align='right'>600,00</td></tr>"
            "<tr><td>04/03/2026</td><td>{6}</td><td>000102</td><td></td><td align='right'>1.200,00</td></tr>"
            "<tr><td>05/03/2026</td><td>{7}</td><td>000103</td><td align='right'>12,50</td><td></td></tr></table>")
_CLAVE_CARPETA = "extractos/carpeta"


class _PaginaArchivo(QWidget):
    def __init__(self, dialogo: "DialogoExtracto"):
        super().__init__()
        self._dialogo = dialogo
        self.ruta = QLineEdit()
        self.ruta.setPlaceholderText(self.tr("Ruta del extracto (.csv, .txt o .xlsx)"))
        self.ruta.setClearButtonEnabled(True)
        self.ruta.textChanged.connect(lambda _: self._cambio())
        examinar = QPushButton(self.tr("Examinar…"))
        examinar.clicked.connect(self._examinar)
        fila = QHBoxLayout()
        fila.addWidget(QLabel(self.tr("Archivo:")))
        fila.addWidget(self.ruta, 1)
        fila.addWidget(examinar)
        self.moneda = QComboBox()
        self.moneda.setEditable(True)
        self.moneda.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.moneda.addItem("")
        self.moneda.addItems(MONEDAS_COMUNES)
        self.moneda.lineEdit().setPlaceholderText(self.tr("la que diga el archivo"))
        self.moneda.setMinimumContentsLength(16)
        self.moneda.setToolTip(self.tr("La moneda de la cuenta, para las líneas que no dicen la suya (un extracto sin "
                                       "columna «Moneda», o con «$»)."))
        self.hoja = QLineEdit()
        self.hoja.setPlaceholderText(self.tr("la primera"))
        self.hoja.setToolTip(self.tr("En un libro de Excel, el nombre o el número de la hoja de los movimientos."))
        opciones = QHBoxLayout()
        opciones.addWidget(QLabel(self.tr("Moneda de la cuenta:")))
        opciones.addWidget(self.moneda)
        opciones.addSpacing(16)
        opciones.addWidget(QLabel(self.tr("Hoja:")))
        opciones.addWidget(self.hoja)
        opciones.addStretch()
        columnas = ", ".join(tr(c.rotulo) for c in COLUMNAS_DE_EXTRACTO)
        explicacion = QLabel(self.tr(
            "<p>El extracto que exporta el banco o la planilla de cobros de tesorería. Los encabezados pueden estar "
            "más abajo (el banco y la cuenta arriba); se reconocen estas columnas, con los nombres que usan los "
            "bancos de la región: <b>{0}</b>. Hacen falta una fecha y un importe (o Crédito y Débito).</p>"
            "<p>Cada crédito se asigna a un miembro por su <b>referencia de pago</b> (la de sus avisos de cobro y su "
            "estado de cuenta), su código, su nombre o lo que debe. Lo dudoso se pregunta. Los débitos y lo que ya "
            "se importó antes no se registran.</p>"
            "<p>Nada se guarda hasta «Registrar»: antes verá cada línea y por qué.</p>").format(columnas))
        explicacion.setWordWrap(True)
        explicacion.setTextFormat(Qt.TextFormat.RichText)
        ejemplo = QLabel(self.tr("Por ejemplo:") + _EJEMPLO.format(
            self.tr("Fecha"), self.tr("Concepto"), self.tr("Referencia"), self.tr("Débito"), self.tr("Crédito"),
            self.tr("TRANSF RECIBIDA RCS-0012-5"), self.tr("TRANSFERENCIA MUNICIPALIDAD DE ROSARIO"),
            self.tr("COMISIÓN MANTENIMIENTO")))
        ejemplo.setTextFormat(Qt.TextFormat.RichText)
        self.avisos = CajaAvisos()
        self.boton_leer = QPushButton(self.tr("Leer el extracto"))
        self.boton_leer.setDefault(True)
        self.boton_leer.clicked.connect(dialogo.leer)
        cancelar = QPushButton(self.tr("Cancelar"))
        cancelar.clicked.connect(dialogo.reject)
        botones = QHBoxLayout()
        botones.addStretch()
        botones.addWidget(cancelar)
        botones.addWidget(self.boton_leer)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(titulo(self.tr("Importar un extracto bancario")))
        disposicion.addLayout(fila)
        disposicion.addLayout(opciones)
        disposicion.addWidget(explicacion)
        disposicion.addWidget(ejemplo)
        disposicion.addWidget(self.avisos)
        disposicion.addStretch()
        disposicion.addLayout(botones)
        self._cambio()

    def _cambio(self) -> None:
        self.boton_leer.setEnabled(bool(self.ruta.text().strip()))
        self.avisos.mostrar([])

    def _examinar(self) -> None:
        actual = self.ruta.text().strip()
        inicio = str(Path(actual).parent) if actual else self._dialogo.carpeta_inicial()
        elegida = elegir_archivo.para_abrir(self, self.tr("Elegir el extracto"), inicio,
                                            self.tr("Extractos (*.csv *.txt *.xlsx)"))
        if elegida:
            self.ruta.setText(elegida)

    def opciones(self) -> OpcionesDeExtracto:
        return OpcionesDeExtracto(hoja=self.hoja.text().strip() or None, moneda=self.moneda.currentText().strip() or None)


class _PaginaResultado(QWidget):
    def __init__(self, dialogo: "DialogoExtracto"):
        super().__init__()
        self._dialogo = dialogo
        self.resumen = QLabel()
        self.resumen.setWordWrap(True)
        self.tabla = tabla_lectura([self.tr("Fila"), self.tr("Miembro"), self.tr("Importe"), self.tr("Recibo")], 1)
        self.boton_recibos = QPushButton(self.tr("Guardar los recibos en una carpeta…"))
        self.boton_recibos.clicked.connect(dialogo.guardar_recibos)
        self.guardados = nota()
        self.guardados.setWordWrap(True)
        cerrar = QPushButton(self.tr("Cerrar"))
        cerrar.clicked.connect(dialogo.accept)
        botones = QHBoxLayout()
        botones.addWidget(self.boton_recibos)
        botones.addStretch()
        botones.addWidget(cerrar)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(titulo(self.tr("Pagos registrados")))
        disposicion.addWidget(self.resumen)
        disposicion.addWidget(self.tabla, 1)
        disposicion.addWidget(self.guardados)
        disposicion.addLayout(botones)

    def mostrar(self, resultado: ResultadoDeExtracto) -> None:
        self.resumen.setText(resultado.resumen())
        llenar_tabla(self.tabla, [(str(r.fila), r.miembro, formatear(r.importe, r.moneda),
                                   r.pago.recibo) for r in resultado.registrados])
        self.boton_recibos.setEnabled(bool(resultado.registrados))
        self.guardados.clear()


class DialogoExtracto(DeLaOficina, DialogoBase):
    """Tras cerrarlo, `resultado` es el ResultadoDeExtracto de lo registrado (o None)."""

    def __init__(self, oficina: Oficina, padre: QWidget | None = None, ajustes: QSettings | None = None,
                 ruta: str | None = None):
        super().__init__(padre, self.tr("Importar extracto bancario — {0}").format(
            oficina.asociacion.get("sigla") or oficina.asociacion["nombre"]))
        self.oficina, self.ajustes = oficina, ajustes
        self.plan: PlanDeExtracto | None = None
        self.resultado: ResultadoDeExtracto | None = None
        self.recibos: list[Path] = []
        self.paginas = QStackedWidget()
        self.pagina_archivo = _PaginaArchivo(self)
        self.pagina_revision = PaginaRevision(self)
        self.pagina_resultado = _PaginaResultado(self)
        for pagina in (self.pagina_archivo, self.pagina_revision, self.pagina_resultado):
            self.paginas.addWidget(pagina)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.paginas)
        if ruta:
            self.pagina_archivo.ruta.setText(ruta)
        self.caber_en_la_pantalla(1060, 700)

    def carpeta_inicial(self) -> str:
        guardada = self.ajustes.value(_CLAVE_CARPETA, "") if self.ajustes is not None else ""
        return str(guardada or Path.home())

    def _recordar_carpeta(self, carpeta: Path) -> None:
        if self.ajustes is not None:
            self.ajustes.setValue(_CLAVE_CARPETA, str(carpeta))

    # --- paso 1: leer el archivo y armar el plan ---------------------------------------------------

    def leer(self) -> None:
        pagina = self.pagina_archivo
        ruta = Path(pagina.ruta.text().strip())
        opciones = pagina.opciones()
        def rechazado(error: ErrorEscritorio) -> None:
            if isinstance(error, ErrorValidacion):
                pagina.avisos.mostrar([str(p) for p in error.problemas], titulo=error.mensaje.splitlines()[0],
                                      clase="error")
            else:
                pagina.avisos.mostrar([error.mensaje], clase="error")

        plan = consultar_en_la_ventana(self, lambda _informar: planear_extracto(self.contexto, ruta, opciones),
                                       que="leer un extracto bancario", en_segundo_plano=True,
                                       titulo=self.tr("Leyendo el extracto"), cancelable=False,
                                       al_rechazar=rechazado, al_cancelar=lambda: None)
        if plan is FALLO:
            return
        self._recordar_carpeta(ruta.parent)
        self.plan = plan
        self.pagina_revision.mostrar(plan)
        self.paginas.setCurrentIndex(REVISION)

    def volver(self) -> None:
        self.paginas.setCurrentIndex(ARCHIVO)

    # --- paso 3: lo registrado y sus recibos ---------------------------------------------------------

    def registrado(self, resultado: ResultadoDeExtracto) -> None:
        self.resultado = resultado
        self.pagina_resultado.mostrar(resultado)
        self.paginas.setCurrentIndex(RESULTADO)

    def guardar_recibos(self) -> None:
        if self.resultado is None or not self.resultado.registrados:
            return
        carpeta = elegir_archivo.carpeta(self, self.tr("Carpeta para los recibos"), self.carpeta_inicial())
        if not carpeta:
            return
        pagos = [r.pago for r in self.resultado.registrados]
        hecho = hacer_en_la_ventana(
            self, self.oficina, lambda informar: guardar_recibos(self.contexto, pagos, carpeta, informar),
            que="guardar los recibos de un extracto", en_segundo_plano=True, titulo=self.tr("Guardando los recibos"),
            al_cancelar=lambda: self.pagina_resultado.guardados.setText(
                self.tr("Se canceló: los recibos ya escritos quedan en la carpeta.")))
        if hecho is None:
            return
        rutas = hecho.resultado
        self.recibos = rutas
        self.pagina_resultado.guardados.setText(self.tr("{0} recibos guardados en {1} (ninguno reemplazó a otro "
                                                        "archivo).").format(len(rutas), carpeta))
