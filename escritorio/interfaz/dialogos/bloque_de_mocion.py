"""El bloque de una moción (issue 82, como los «motion blocks» de OpenSlides), desde la pestaña Mociones (Alt+B):
ponerla en un bloque de la sesión, existente o nuevo (se escribe su nombre), o quitarla del suyo. El bloque se vota en
la pestaña Enmiendas, con la votación de la moción: una sola, para todas sus mociones. Escribe con
servicios/bloques_de_mocion.py; lo que el servicio rechaza queda escrito en el diálogo."""

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from ...servicios.oficina import Oficina
from ..comun import tr
from ..operaciones import FALLO, consultar_en_la_ventana
from ..piezas import nota
from ..piezas.de_la_oficina import DeLaOficina
from .sesion.piezas import DialogoFormulario


class DialogoBloqueDeLaMocion(DeLaOficina, DialogoFormulario):
    """Pone la moción admitida en un bloque de su sesión (uno nuevo si se escribe otro nombre) o, con «Quitar del
    bloque», la saca del suyo. Tras aceptar, `hecho` es el bloque como quedó."""

    def __init__(self, oficina: Oficina, mocion, padre: QWidget | None = None):
        super().__init__(tr("Bloque de la moción {0}").format(mocion.identificador), tr("Poner en el bloque"), padre,
                         tr("Las mociones de un bloque se votan juntas, una sola vez (en la pestaña Enmiendas, con la "
                            "votación de la moción): el resultado vale para cada una. Elija un bloque de la sesión o "
                            "escriba el nombre de uno nuevo."), ancho=520)
        self.oficina, self.mocion = oficina, mocion
        self.hecho = None
        self.bloque = QComboBox()
        self.bloque.setEditable(True)
        rotulo = QLabel(self.tr("&Bloque:"))
        rotulo.setBuddy(self.bloque)
        self.formulario.addRow(rotulo, self.bloque)
        self.en_el_bloque = nota(self.tr("Está en el bloque «{0}».").format(mocion.bloque) if mocion.bloque else "")
        self.en_el_bloque.setVisible(bool(mocion.bloque))
        self.formulario.addRow("", self.en_el_bloque)
        self.boton_quitar = QPushButton(self.tr("&Quitar del bloque"))
        self.boton_quitar.setEnabled(mocion.bloque_id is not None)
        self.boton_quitar.clicked.connect(self.quitar)
        self.formulario.addRow("", self.boton_quitar)
        self._leer()
        self.bloque.setFocus()

    def _leer(self) -> None:
        from ...servicios.bloques_de_mocion import listar

        leidos = consultar_en_la_ventana(self, lambda: listar(self.contexto, self.mocion.sesion_id),
                                         que="leer los bloques de mociones")
        if leidos is FALLO:
            return
        self.bloque.clear()
        for b in leidos:
            self.bloque.addItem(b.nombre, b.id)
        if self.mocion.bloque_id is not None:
            self.bloque.setCurrentIndex(self.bloque.findData(self.mocion.bloque_id))
        elif not leidos:
            self.bloque.setEditText("")

    def guardar(self) -> None:
        from ...servicios import bloques_de_mocion as servicio

        nombre = self.bloque.currentText().strip()
        if not nombre:
            self._error(self.tr("Elija un bloque o escriba el nombre de uno nuevo."))
            return
        existente = next((self.bloque.itemData(i) for i in range(self.bloque.count())
                          if self.bloque.itemText(i).casefold() == nombre.casefold()), None)

        def hacer():
            bloque_id = existente if existente is not None else servicio.crear(
                self.contexto, self.mocion.sesion_id, nombre).id
            self.hecho = servicio.agregar(self.contexto, bloque_id, self.mocion.id)

        if self._intentar(hacer, "poner una moción en un bloque"):
            self.accept()

    def quitar(self) -> None:
        from ...servicios.bloques_de_mocion import quitar

        def hacer():
            self.hecho = quitar(self.contexto, self.mocion.id)

        if self._intentar(hacer, "quitar una moción de su bloque"):
            self.accept()
