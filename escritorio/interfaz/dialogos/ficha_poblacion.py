"""La pestaña «Población» de la ficha del miembro: la cifra vigente, la historia de cifras y la fila para agregar
una. Lo agregado se registra en el momento.

`PestanaPoblacion` es una parte de `DialogoFichaMiembro` (ficha_miembro.py).
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...servicios.ficha import agregar_poblacion
from ..comun import fecha_dma, miles, tr
from .ficha_piezas import llenar_historia, tabla_historia, texto_o_vacio


def anio_de_cifra(anio: int | None, con_palabra: bool = False) -> str:
    """El año de una cifra de población («2022», o «año 2022» con `con_palabra`); una base vieja puede tenerla sin
    año: «año sin indicar», nunca «None»."""
    if anio is None:
        return tr("año sin indicar")
    return tr("año {0}").format(anio) if con_palabra else str(anio)


class PestanaPoblacion:
    """La pestaña Población: la historia de cifras y «Agregar una cifra»."""

    def _pestana_poblacion(self) -> QWidget:
        self.etiqueta_vigente = QLabel()
        self.etiqueta_vigente.setWordWrap(True)
        self.tabla_poblaciones = tabla_historia([self.tr("Año"), self.tr("Población"), self.tr("Fuente"), self.tr("Registrada")], 2)

        self.nueva_cifra = QLineEdit()
        self.nueva_cifra.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.nueva_cifra.setPlaceholderText(self.tr("habitantes"))
        self.nueva_cifra.setMaximumWidth(130)
        self.nueva_cifra.editingFinished.connect(lambda: self._agrupar_miles(self.nueva_cifra))
        self.nuevo_anio = self._campo_anio()
        self.nueva_fuente = QLineEdit()
        self.nueva_fuente.setPlaceholderText(self.tr("por ejemplo: Censo 2022 (INDEC)"))
        self.boton_agregar_cifra = QPushButton(self.tr("Agregar"))
        self.boton_agregar_cifra.clicked.connect(self.agregar_cifra)
        for campo in (self.nueva_cifra, self.nuevo_anio, self.nueva_fuente):
            campo.textEdited.connect(lambda _t, c=campo: self._editado(c, sucio=False))

        self.fila_cifra = QGroupBox(self.tr("Agregar una cifra"))
        fila = QHBoxLayout(self.fila_cifra)
        fila.addWidget(QLabel(self.tr("Población:")))
        fila.addWidget(self.nueva_cifra)
        fila.addSpacing(8)
        fila.addWidget(QLabel(self.tr("Año:")))
        fila.addWidget(self.nuevo_anio)
        fila.addSpacing(8)
        fila.addWidget(QLabel(self.tr("Fuente:")))
        fila.addWidget(self.nueva_fuente, 1)
        fila.addWidget(self.boton_agregar_cifra)

        pagina = QWidget()
        disposicion = QVBoxLayout(pagina)
        disposicion.addWidget(self.etiqueta_vigente)
        disposicion.addWidget(self.tabla_poblaciones, 1)
        disposicion.addWidget(self.fila_cifra)
        return pagina

    def agregar_cifra(self) -> None:
        if not self._hacer(lambda: agregar_poblacion(self.db, self.miembro_id, self.nueva_cifra.text(),
                                                     self.nuevo_anio.text(), self.nueva_fuente.text()),
                           "agregar una cifra de población",
                           al_validar=lambda error: self._marcar(
                               self._en(getattr(error, "campos", None) or {"": error.mensaje},
                                        poblacion=self.nueva_cifra, anio=self.nuevo_anio),
                               self.tr("No se agregó la cifra. Corrija los campos marcados:"))):
            return
        anio = self.nuevo_anio.text()
        for campo in (self.nueva_cifra, self.nuevo_anio, self.nueva_fuente):
            campo.clear()
        self._historia_cambiada()
        vigente = self._ficha["poblaciones"][0] if self._ficha["poblaciones"] else None
        escrito = anio.strip().lstrip("0") or None          # sin año: «año sin indicar», como la vigente vieja
        if vigente and (None if vigente["anio"] is None else str(vigente["anio"])) != escrito:
            self._avisar(self.tr("Cifra de {0} agregada a la historia; la vigente sigue siendo la de {1}.")
                         .format(anio.strip() or self.tr("año sin indicar"), anio_de_cifra(vigente["anio"])))
        else:
            self._avisar(self.tr("Cifra agregada: es la población vigente."))

    def _mostrar_poblaciones(self, ficha: dict) -> None:
        """La historia de cifras, la vigente y la población de «Situación actual» (pestaña Datos)."""
        poblaciones = ficha["poblaciones"]
        llenar_historia(self.tabla_poblaciones, [
            [anio_de_cifra(p["anio"]), miles(p["cifra"]), texto_o_vacio(p["fuente"]), fecha_dma(p["registrada_en"])]
            for p in poblaciones], derecha=(1,), negrita=0 if poblaciones else None)
        self.situacion_poblacion.setText(
            self.tr("{0} hab. ({1})").format(miles(poblaciones[0]["cifra"]), anio_de_cifra(poblaciones[0]["anio"]))
            if poblaciones else self.tr("sin cifras"))
        if poblaciones:
            vigente = poblaciones[0]
            self.etiqueta_vigente.setText(self.tr(
                "Población vigente: <b>{0}</b> habitantes ({1}). La vigente es siempre la cifra del año "
                "más reciente; las anteriores quedan como historia.").format(miles(vigente["cifra"]),
                                                                             anio_de_cifra(vigente["anio"], con_palabra=True)))
        else:
            self.etiqueta_vigente.setText(self.tr("Sin cifras de población todavía."))
