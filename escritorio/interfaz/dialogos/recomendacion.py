"""Lo que una moción junta antes de la votación (issue 82), en dos diálogos de la pestaña Mociones: los apoyos (sumar
los de los miembros elegidos, retirar uno) y la recomendación de una comisión (el órgano, qué recomienda, una nota y
la fecha; o quitarla). Escriben con servicios/apoyos_y_recomendaciones.py, como «mociones apoyar» y «mociones
recomendar»; lo que el servicio rechaza queda escrito en el diálogo."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from ...dominio.miembros import NO_MIEMBRO
from ...dominio.sala import NOMBRES_RECOMENDACION
from ...servicios.base import hoy
from ...servicios.mociones import Mocion
from ...servicios.oficina import Oficina
from ..comun import formato_de_fecha, tr
from ..operaciones import FALLO, consultar_en_la_ventana
from ..piezas import nota
from ..piezas.de_la_oficina import DeLaOficina
from .lista_de_miembros import ListaDeMiembros
from .sesion.piezas import DialogoFormulario


def resumen_de_apoyos(m: Mocion) -> str:
    """«Apoyos (1 de 3 que pide el reglamento): Rosario» o «Apoyos: Rosario»; la pestaña y el diálogo dicen lo mismo."""
    nombres = ", ".join(f.nombre for f in m.apoyos) or tr("ninguno")
    if m.minimo_apoyos:
        return tr("Apoyos ({0} de {1} que pide el reglamento): {2}").format(len(m.apoyos), m.minimo_apoyos, nombres)
    return tr("Apoyos: {0}").format(nombres)


class DialogoApoyos(DeLaOficina, DialogoFormulario):
    """Los apoyos de una moción presentada: los de hoy (elegir uno y «Retirar apoyo») y, debajo, los miembros para
    sumar. Tras cerrar, `hecho` es la moción como quedó después de la última escritura (None: no se escribió nada)."""

    def __init__(self, oficina: Oficina, mocion: Mocion, padre: QWidget | None = None):
        super().__init__(tr("Apoyos de la moción {0}").format(mocion.numero), tr("Sumar apoyo"), padre, ancho=600)
        self.oficina = oficina
        self.mocion = mocion
        self.hecho: Mocion | None = None
        for boton in self.botones.buttons():
            if self.botones.buttonRole(boton) == QDialogButtonBox.ButtonRole.RejectRole:
                boton.setText(self.tr("Cerrar"))
        self.resumen = nota("")
        self.resumen.setWordWrap(True)
        self.apoyan = QListWidget()
        self.retirar = QPushButton(self.tr("Retirar apoyo"))
        self.retirar.setToolTip(self.tr("Retira el apoyo del miembro elegido en la lista"))
        self.retirar.clicked.connect(self.retirar_apoyo)
        self.apoyan.itemSelectionChanged.connect(
            lambda: self.retirar.setEnabled(bool(self.apoyan.selectedItems())))
        columna = QVBoxLayout()
        columna.addWidget(self.apoyan)
        columna.addWidget(self.retirar, 0, Qt.AlignmentFlag.AlignLeft)
        self.miembros = ListaDeMiembros()
        self.miembros.lista.setMinimumHeight(90)
        self.miembros.plantilla, self.miembros.ninguno = self.tr("Suman su apoyo: {0}"), self.tr("Marque quién apoya.")
        self.miembros.vacio = self.tr("No hay otro miembro que pueda apoyarla.")
        self._todos = [m for m in self._leer_miembros() if m["estado"] not in NO_MIEMBRO]
        self.disposicion.insertWidget(0, self.resumen)
        self.formulario.addRow(self.tr("Apoyan:"), columna)
        self.formulario.addRow(self.tr("Sumar:"), self.miembros)
        self._mostrar(mocion)
        self.caber_en_la_pantalla(640, 520)

    def _leer_miembros(self) -> list[dict]:
        from ...servicios.miembros import listar_miembros

        leidos = consultar_en_la_ventana(self, lambda: listar_miembros(self.contexto), que="miembros",
                                         al_rechazar=lambda error: self._error(str(error)))
        return [] if leidos is FALLO else leidos

    def _mostrar(self, m: Mocion) -> None:
        """Los apoyos de hoy y, para sumar, los miembros que todavía no la firman (ni autores ni apoyos)."""
        self.mocion = m
        self.resumen.setText(resumen_de_apoyos(m))
        self.apoyan.clear()
        for firmante in m.apoyos:
            item = QListWidgetItem(firmante.nombre)
            item.setData(Qt.ItemDataRole.UserRole, firmante.miembro_id)
            self.apoyan.addItem(item)
        self.apoyan.setVisible(bool(m.apoyos))
        if m.apoyos:   # tan alta como sus filas, hasta cuatro (después, se desplaza)
            filas = min(len(m.apoyos), 4)
            self.apoyan.setFixedHeight(self.apoyan.sizeHintForRow(0) * filas + 2 * self.apoyan.frameWidth() + 2)
        self.retirar.setVisible(bool(m.apoyos))
        self.retirar.setEnabled(False)
        firman = {f.miembro_id for f in (*m.autores, *m.apoyos)}
        self.miembros.llenar([x for x in self._todos if x["id"] not in firman])

    def guardar(self) -> None:
        from ...servicios.apoyos_y_recomendaciones import apoyar

        marcados = self.miembros.marcados()
        if not marcados:
            self._error(self.tr("Marque en la lista al miembro que apoya la moción."))
            return
        # Un apoyo por miembro, como «mociones apoyar»: si el servicio rechaza uno, los anteriores ya quedaron.
        for miembro_id in marcados:
            if not self._intentar(lambda: self._anotar(apoyar(self.contexto, self.mocion.id, miembro_id)),
                                  "sumar un apoyo"):
                self._mostrar(self.mocion)
                return
        self.accept()

    def retirar_apoyo(self) -> None:
        from ...servicios.apoyos_y_recomendaciones import apoyar

        elegidos = self.apoyan.selectedItems()
        if not elegidos:
            return
        miembro_id = elegidos[0].data(Qt.ItemDataRole.UserRole)
        if self._intentar(lambda: self._anotar(apoyar(self.contexto, self.mocion.id, miembro_id, quitar=True)),
                          "retirar un apoyo"):
            self.accept()

    def _anotar(self, m: Mocion) -> None:
        self.hecho = self.mocion = m


class DialogoRecomendacion(DeLaOficina, DialogoFormulario):
    """La recomendación de un órgano de la asociación (una comisión) sobre una moción, antes de votarla. `organos`:
    (id, nombre) de los que pueden darla (la pestaña no ofrece el de la sesión). Con una ya registrada, la muestra y
    ofrece «Quitar recomendación». Tras aceptar, `hecho` es la moción como quedó."""

    def __init__(self, oficina: Oficina, mocion: Mocion, organos: list[tuple[int, str]], fecha_sesion: str,
                 padre: QWidget | None = None):
        super().__init__(tr("Recomendación sobre la moción {0}").format(mocion.numero), tr("Registrar"), padre,
                         tr("Lo que una comisión (u otro órgano de la asociación) recomienda a la sala antes de la "
                            "votación. Una nueva reemplaza a la anterior."), ancho=600)
        self.oficina, self.mocion = oficina, mocion
        self.hecho: Mocion | None = None
        self.organo = QComboBox()
        for clave, nombre in organos:
            self.organo.addItem(nombre, clave)
        self.recomienda = QComboBox()
        for clave, nombre in NOMBRES_RECOMENDACION.items():
            self.recomienda.addItem(tr(nombre), clave)
        self.nota = QPlainTextEdit()
        self.nota.setTabChangesFocus(True)
        self.nota.setMaximumHeight(90)
        self.fecha = QDateEdit(QDate(min(hoy(), date.fromisoformat(fecha_sesion))))
        self.fecha.setCalendarPopup(True)
        self.fecha.setDisplayFormat(formato_de_fecha())
        self.quitar = QPushButton(self.tr("&Quitar recomendación"))
        self.quitar.setToolTip(self.tr("Quita la recomendación registrada"))
        self.quitar.clicked.connect(self.quitar_recomendacion)
        self.formulario.addRow(self.tr("Órgano:"), self.organo)
        if not organos:
            self.formulario.addRow("", nota(self.tr("La asociación no tiene otro órgano que pueda recomendarla.")))
            self.boton_aceptar.setEnabled(False)
        self.formulario.addRow(self.tr("Recomienda:"), self.recomienda)
        self.formulario.addRow(self.tr("Nota:"), self.nota)
        self.formulario.addRow(self.tr("Fecha:"), self.fecha)
        self._mostrar_la_registrada()

    def _mostrar_la_registrada(self) -> None:
        from ...servicios.apoyos_y_recomendaciones import describir_recomendacion

        m = self.mocion
        frase = describir_recomendacion(m)
        self.quitar.setVisible(frase is not None)
        if frase is None:
            return
        # Debajo de la explicación (y su espacio), antes del formulario: la que rige hoy y cómo quitarla.
        self.disposicion.insertWidget(2, nota(self.tr("Hoy: {0}").format(frase)))
        fila = QHBoxLayout()
        fila.addWidget(self.quitar)
        fila.addStretch(1)
        self.disposicion.insertLayout(3, fila)
        self.disposicion.insertSpacing(4, 6)
        self.organo.setCurrentIndex(max(self.organo.findData(m.recomendada_por), 0))
        self.recomienda.setCurrentIndex(max(self.recomienda.findData(m.recomendacion), 0))
        self.nota.setPlainText(m.recomendacion_nota or "")
        if m.recomendada_el:
            self.fecha.setDate(QDate(date.fromisoformat(m.recomendada_el)))

    def guardar(self) -> None:
        from ...servicios.apoyos_y_recomendaciones import recomendar

        organo, recomendacion = self.organo.currentData(), self.recomienda.currentData()
        texto, dia = self.nota.toPlainText(), self.fecha.date().toPython()

        def hacer():
            self.hecho = recomendar(self.contexto, self.mocion.id, organo, recomendacion, texto or None, dia)

        if self._intentar(hacer, "registrar una recomendación"):
            self.accept()

    def quitar_recomendacion(self) -> None:
        from ...servicios.apoyos_y_recomendaciones import quitar_recomendacion

        def hacer():
            self.hecho = quitar_recomendacion(self.contexto, self.mocion.id)

        if self._intentar(hacer, "quitar una recomendación"):
            self.accept()
