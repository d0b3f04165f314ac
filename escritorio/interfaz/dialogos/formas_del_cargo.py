"""Los cargos en sus dos formas en una lista desplegable: «Presidente» y «Presidenta», «Secretario Ejecutivo» y
«Secretaria Ejecutiva» (los epicenos, como «Titular», una sola vez); y el diálogo que corrige la forma de un mandato
ya registrado (DialogoFormaDelCargo).

Cada entrada lleva el cargo (el dato de siempre: `currentData()`, `findData(cargo)` da la forma masculina) y la forma
con que se nombra a quien lo ejerce (dominio.organos.FORMAS), que leen el diálogo de mandato y el de candidatura.
"""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..comun import tr
from ..operaciones import hacer_en_la_ventana
from ..piezas import ESTILO_ERROR, DialogoBase, nuevo_formulario
from ..piezas.de_la_oficina import DeLaOficina
from ...dominio.organos import FORMA_POR_OMISION, nombre_del_cargo, tiene_dos_formas
from ...errores import ErrorEscritorio
from ...servicios.mandatos import corregir_mandato
from ...servicios.oficina import Oficina

_FORMA = Qt.ItemDataRole.UserRole + 1


def agregar_cargo(lista: QComboBox, cargo: str) -> None:
    """Agrega el cargo en su forma masculina y, si se nombra distinto en femenino, también en la femenina. Si en el
    idioma de la ventana las dos formas se escriben igual (en inglés, «President»), la femenina lo dice."""
    masculina = nombre_del_cargo(cargo, "masculina")
    lista.addItem(masculina, cargo)
    lista.setItemData(lista.count() - 1, "masculina", _FORMA)
    if tiene_dos_formas(cargo):
        femenina = nombre_del_cargo(cargo, "femenina")
        if femenina == masculina:
            femenina = tr("{0} (forma femenina)").format(femenina)
        lista.addItem(femenina, cargo)
        lista.setItemData(lista.count() - 1, "femenina", _FORMA)


def forma_elegida(lista: QComboBox) -> str:
    return lista.currentData(_FORMA) or FORMA_POR_OMISION


def elegir(lista: QComboBox, cargo: str, forma: str = FORMA_POR_OMISION) -> None:
    """Deja elegida la entrada del cargo en esa forma (la masculina si el cargo no tiene otra)."""
    for indice in range(lista.count()):
        if lista.itemData(indice) == cargo and lista.itemData(indice, _FORMA) in (forma, None):
            lista.setCurrentIndex(indice)
            return
    lista.setCurrentIndex(max(lista.findData(cargo), 0))


class DialogoFormaDelCargo(DeLaOficina, DialogoBase):
    """Corregir la forma con que se nombra a quien ejerce el cargo de un mandato ya registrado (los de antes quedaron
    en la masculina), con su motivo: la corrección queda en la historia del mandato, como «organos corregir-forma».
    `exec()` devuelve Accepted si quedó registrada."""

    def __init__(self, oficina: Oficina, mandato: dict, padre: QWidget | None = None):
        super().__init__(padre)
        self.oficina, self.mandato = oficina, mandato
        self.setWindowTitle(self.tr("Forma del cargo"))
        quien = mandato.get("miembro") or mandato.get("persona") or "—"
        if mandato.get("miembro") and mandato.get("persona"):
            quien += f" ({mandato['persona']})"
        explicacion = QLabel("<b>{0}</b><br><br>{1}".format(escape(quien), escape(self.tr(
            "El cargo es el mismo; la forma elegida nombra a quien lo ejerce en la composición, los documentos y el "
            "sitio. La corrección queda en la historia del mandato con su motivo."))))
        explicacion.setWordWrap(True)
        self.forma = QComboBox()
        agregar_cargo(self.forma, mandato["cargo"])
        elegir(self.forma, mandato["cargo"], mandato.get("forma") or FORMA_POR_OMISION)
        self.motivo = QLineEdit()
        self.motivo.setPlaceholderText(self.tr("por ejemplo: La ejerce una mujer; Error de carga"))
        self.motivo.setMinimumWidth(360)
        self.motivo.textEdited.connect(lambda _: self.aviso.hide())
        formulario = nuevo_formulario()
        formulario.addRow(self.tr("Cargo:"), self.forma)
        formulario.addRow(self.tr("Motivo:"), self.motivo)
        self.aviso = QLabel()
        self.aviso.setStyleSheet(ESTILO_ERROR)
        self.aviso.setWordWrap(True)
        self.aviso.hide()
        botones = QDialogButtonBox()
        self.boton_guardar = botones.addButton(self.tr("Guardar"), QDialogButtonBox.ButtonRole.AcceptRole)
        botones.addButton(self.tr("Cancelar"), QDialogButtonBox.ButtonRole.RejectRole)
        self.boton_guardar.setDefault(True)
        botones.accepted.connect(self.accept)
        botones.rejected.connect(self.reject)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(explicacion)
        disposicion.addSpacing(6)
        disposicion.addLayout(formulario)
        disposicion.addWidget(self.aviso)
        disposicion.addStretch(1)
        disposicion.addWidget(botones)
        self.setMinimumWidth(520)
        self.forma.setFocus()

    def accept(self) -> None:
        """Lo que falte o no cambie lo dice el servicio (el mismo mensaje que «organos corregir-forma»)."""
        if hacer_en_la_ventana(self, self.oficina, lambda: corregir_mandato(
                self.contexto, self.mandato["id"], "forma", forma_elegida(self.forma), self.motivo.text()),
                que="corregir la forma del cargo", al_rechazar=self._rechazado) is not None:
            super().accept()

    def _rechazado(self, error: ErrorEscritorio) -> None:
        self.aviso.setText(error.mensaje)
        self.aviso.show()
