"""La rotación de la Secretaría Ejecutiva (pestaña del área Órganos): la troika de hoy, el calendario
de períodos cumplidos, en ejercicio y previstos, el traspaso con vista previa y el orden de sucesión.

Todo lo pide a `servicios.rotacion` y `servicios.organos.troika_al`.
"""

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from ...servicios.base import hoy
from ...servicios.organos import troika_al
from ...servicios.rotacion import calendario
from ...servicios.oficina import Oficina
from ..piezas.de_la_oficina import DeLaOficina
from ..comun import descartar, fecha_dma
from ..operaciones import FALLO, consultar_en_la_ventana
from ..piezas import ACENTO, GRIS, VERDE, escalar, llenar_tabla, nota, panel, subtitulo, tabla_lectura


class PanelRotacion(DeLaOficina, QWidget):
    """Emite `traspasado` tras un traspaso o un cambio del orden de sucesión."""

    traspasado = Signal()

    def __init__(self, padre: QWidget | None = None):
        super().__init__(padre)
        self._miembros: list[dict] = []
        self.periodos: list[dict] = []
        self._en_ejercicio: int | None = None

        self.troika: dict[str, QLabel] = {}
        tarjetas = QHBoxLayout()
        tarjetas.setSpacing(12)
        for clave, rotulo in (("anterior", self.tr("Anterior")), ("actual", self.tr("En ejercicio")),
                              ("siguiente", self.tr("Siguiente"))):
            marco = panel(f"troika_{clave}")
            caja = QVBoxLayout(marco)
            caja.setContentsMargins(14, 10, 14, 12)
            caja.setSpacing(2)
            ciudad = QLabel("—")
            ciudad.setFont(escalar(self.font(), 1.35, negrita=True))
            if clave == "actual":
                ciudad.setStyleSheet(f"color: {ACENTO};")
            caja.addWidget(nota(rotulo))
            caja.addWidget(ciudad)
            self.troika[clave] = ciudad
            tarjetas.addWidget(marco, 1)

        self.boton_traspaso = QPushButton(self.tr("Traspaso…"))
        self.boton_traspaso.setToolTip(self.tr("Traspasar la Secretaría Ejecutiva a la ciudad siguiente, con vista previa"))
        self.boton_traspaso.clicked.connect(lambda: self.traspaso())
        cabeza = QHBoxLayout()
        cabeza.addWidget(subtitulo(self.tr("Secretaría Ejecutiva y Comisión Directiva (troika)")))
        self.boton_orden = QPushButton(self.tr("Orden de sucesión…"))
        self.boton_orden.setToolTip(self.tr("El orden en que las ciudades ejercen la Secretaría Ejecutiva"))
        self.boton_orden.clicked.connect(self.orden_de_sucesion)
        cabeza.addStretch(1)
        cabeza.addWidget(self.boton_orden)
        cabeza.addWidget(self.boton_traspaso)
        self.explicacion = nota()
        self.calendario = tabla_lectura([self.tr("N.º"), self.tr("Ciudad"), self.tr("País"), self.tr("Desde"),
                                         self.tr("Hasta"), self.tr("Situación")], 5)

        disposicion = QVBoxLayout(self)
        disposicion.addLayout(cabeza)
        disposicion.addLayout(tarjetas)
        disposicion.addSpacing(6)
        disposicion.addWidget(subtitulo(self.tr("Calendario de períodos")))
        disposicion.addWidget(self.explicacion)
        disposicion.addWidget(self.calendario, 1)

    def mostrar(self, oficina: Oficina, miembros: list[dict]) -> str | None:
        """Muestra la rotación; devuelve por qué no se puede (sin Secretaría Ejecutiva) o None."""
        self.oficina, self._miembros = oficina, miembros
        contexto = oficina.contexto
        sin_calendario: list[str] = []
        leido = consultar_en_la_ventana(self, lambda: (calendario(contexto), troika_al(contexto, hoy())),
                                        que="calendario de la Secretaría Ejecutiva",
                                        al_rechazar=lambda error: sin_calendario.append(error.mensaje))
        if leido is FALLO:
            self.periodos = []
            if sin_calendario:   # el motivo del servicio (sin Secretaría Ejecutiva): lo dice el área
                llenar_tabla(self.calendario, [])
                return sin_calendario[0]
            return self.tr("No se pudo leer el calendario.")
        self.periodos, troika = leido
        por_id = {m["id"]: m for m in miembros}
        for clave, miembro in zip(("anterior", "actual", "siguiente"), troika):
            datos = por_id.get(miembro)
            self.troika[clave].setText(datos["nombre"] if datos else "—")
            self.troika[clave].setToolTip(datos["pais_nombre"] if datos else "")
        self._llenar_calendario(por_id)
        return None

    def _llenar_calendario(self, por_id: dict[int, dict]) -> None:
        filas, colores, en_ejercicio = [], [], []
        self._en_ejercicio = None
        for numero, periodo in enumerate(self.periodos, start=1):
            pais = (por_id.get(periodo["miembro_id"]) or {}).get("pais_nombre", "")
            if periodo["previsto"]:
                situacion, color = self.tr("Prevista"), GRIS
            elif periodo["hasta"] is None or periodo["hasta"] >= hoy().isoformat():
                situacion, color = self.tr("En ejercicio"), VERDE
                self._en_ejercicio = numero - 1
            else:
                situacion, color = self.tr("Cumplida"), None
            filas.append([str(numero), periodo["miembro"] or "—", pais, fecha_dma(periodo["desde"]) or "—",
                          fecha_dma(periodo["hasta"]) or "—", situacion])
            colores.append(color)
            en_ejercicio.append(color == VERDE)
        llenar_tabla(self.calendario, filas, datos=self.periodos, color=lambda n: colores[n],
                     negrita=lambda n: en_ejercicio[n], cursiva=lambda n: self.periodos[n]["previsto"])
        for fila in range(self.calendario.rowCount()):
            self.calendario.item(fila, 0).setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.calendario.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        cumplidos = sum(1 for p in self.periodos if not p["previsto"])
        self.explicacion.setText(self.tr(
            "{0} períodos registrados desde el {1}; los {2} siguientes siguen el orden de sucesión.").format(
            cumplidos, fecha_dma(self.periodos[0]["desde"]) if self.periodos else "—", len(self.periodos) - cumplidos))
        self.ir_al_periodo_actual()

    def ir_al_periodo_actual(self) -> None:
        """El calendario se abre mostrando el período en ejercicio (y los previstos que le siguen)."""
        fila = self._en_ejercicio
        if fila is not None and fila < self.calendario.rowCount():
            self.calendario.scrollToItem(self.calendario.item(fila, 0), self.calendario.ScrollHint.PositionAtCenter)

    def orden_de_sucesion(self) -> None:
        from ..dialogos.orden_sucesion import DialogoOrdenSucesion

        if self.db is None:
            return
        dialogo = DialogoOrdenSucesion(self.oficina, self._miembros, self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho:
            self.traspasado.emit()

    def traspaso(self, fecha: date | None = None) -> None:
        """El diálogo del traspaso (el día `fecha`, si se da: el siguiente al fin del período, como lo pide Inicio ›
        Próximos pasos)."""
        from ..dialogos.organo import DialogoTraspaso

        if self.db is None:
            return
        dialogo = DialogoTraspaso(self.oficina, self._miembros, self)
        if fecha is not None:
            dialogo.fecha.setDate(QDate(fecha))
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho:
            self.traspasado.emit()
