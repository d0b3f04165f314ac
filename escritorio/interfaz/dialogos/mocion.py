"""Los diálogos de la pestaña Mociones (issue 64): presentar una moción (texto en párrafos, autores y apoyos
elegidos entre los miembros y, si el órgano las tiene, su categoría: issue 82), decidir sobre una con su motivo (no
admitir, admitir fuera de plazo, retirar, derivar a un órgano, aplazar, retomar en un punto de una sesión posterior)
y cambiarle la categoría. Escriben con servicios/mociones.py y servicios/categorias_de_mocion.py; lo que el servicio
rechaza queda escrito en el diálogo."""

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
                               QWidget)

from ...dominio.miembros import NO_MIEMBRO
from ...servicios.base import hoy
from ...servicios.oficina import Oficina
from ..comun import descartar, formato_de_fecha, tr
from ..operaciones import FALLO, consultar_en_la_ventana
from ..piezas import nota
from ..piezas.de_la_oficina import DeLaOficina
from .lista_de_miembros import ListaDeMiembros
from .sesion.piezas import DialogoFormulario


class DialogoPresentarMocion(DeLaOficina, DialogoFormulario):
    """Una moción recibida sobre un punto del orden del día. Tras aceptar, `presentada` es el resultado del servicio
    (con el aviso si llegó fuera de plazo)."""

    def __init__(self, oficina: Oficina, puntos: list[dict], punto_id: int | None, padre: QWidget | None = None,
                 categorias: list | None = None):
        super().__init__(tr("Presentar una moción"), tr("Presentar"), padre, ancho=720)
        self.oficina = oficina
        self.presentada = None
        self.punto = QComboBox()
        for p in puntos:
            self.punto.addItem(f"{p['numeracion']}. {p['titulo']}", p["id"])
        if punto_id is not None:
            self.punto.setCurrentIndex(max(self.punto.findData(punto_id), 0))
        self.titulo = QLineEdit()
        self.titulo.setPlaceholderText(self.tr("por ejemplo: Declaración de Montevideo sobre el clima"))
        self.texto = QPlainTextEdit()
        self.texto.setTabChangesFocus(True)
        self.texto.setMinimumHeight(90)
        self.texto.setPlaceholderText(self.tr("El texto va en párrafos separados por una línea en blanco: las "
                                              "enmiendas los citan por su número."))
        self.fundamento = QPlainTextEdit()
        self.fundamento.setTabChangesFocus(True)
        self.fundamento.setMaximumHeight(70)
        self.recibida = QDateEdit(QDate(hoy()))
        self.recibida.setCalendarPopup(True)
        self.recibida.setDisplayFormat(formato_de_fecha())
        self.autores, self.apoyos = ListaDeMiembros(), ListaDeMiembros()
        for lista in (self.autores, self.apoyos):   # a 1024×600 el diálogo entra entero
            lista.lista.setMinimumHeight(80)
        self.autores.plantilla, self.autores.ninguno = self.tr("Autores: {0}"), self.tr("Marque al menos un autor.")
        self.apoyos.plantilla, self.apoyos.ninguno = self.tr("Apoyos: {0}"), self.tr("Sin apoyos.")
        miembros = [m for m in self._miembros() if m["estado"] not in NO_MIEMBRO]
        self.autores.llenar(miembros)
        self.apoyos.llenar(miembros)
        firmantes = QHBoxLayout()
        firmantes.addWidget(self.autores)
        firmantes.addWidget(self.apoyos)
        self.formulario.addRow(self.tr("Punto:"), self.punto)
        self.formulario.addRow(self.tr("Título:"), self.titulo)
        self.formulario.addRow(self.tr("Texto:"), self.texto)
        self.formulario.addRow(self.tr("Fundamento:"), self.fundamento)
        # La categoría de mociones del órgano (servicios/categorias_de_mocion.py); sin categorías, la fila no aparece.
        self.categoria = llenar_categorias(QComboBox(), categorias or [])
        fila_de_fecha = QHBoxLayout()
        fila_de_fecha.addWidget(self.recibida)
        if categorias:
            rotulo = QLabel(self.tr("Ca&tegoría:"))
            rotulo.setBuddy(self.categoria)
            fila_de_fecha.addSpacing(12)
            fila_de_fecha.addWidget(rotulo)
            fila_de_fecha.addWidget(self.categoria, 1)
        fila_de_fecha.addStretch()
        self.formulario.addRow(self.tr("Recibida el:"), fila_de_fecha)
        self.formulario.addRow(self.tr("Autores | apoyos:"), firmantes)
        self.caber_en_la_pantalla(760, 560)
        self.titulo.setFocus()

    def _miembros(self) -> list[dict]:
        from ...servicios.miembros import listar_miembros

        try:
            return listar_miembros(self.contexto)
        except Exception as error:  # noqa: BLE001 - se dice en el diálogo
            self._error(str(error))
            return []

    def guardar(self) -> None:
        from ...servicios.mociones import presentar

        fecha = self.recibida.date().toPython()

        def hacer():
            self.presentada = presentar(self.contexto, self.punto.currentData(), self.titulo.text(),
                                        self.texto.toPlainText(), self.fundamento.toPlainText() or None,
                                        self.autores.marcados(), self.apoyos.marcados(), fecha,
                                        self.categoria.currentData())

        if self._intentar(hacer, "presentar moción"):
            self.accept()


def llenar_categorias(combo: QComboBox, categorias: list, actual: int | None = None) -> QComboBox:
    """«Sin categoría» y las categorías de mociones del órgano («HAC — Hacienda»), con la `actual` elegida."""
    combo.clear()
    combo.addItem(tr("Sin categoría"), None)
    for c in categorias:
        combo.addItem(f"{c.prefijo} — {c.nombre}", c.id)
    combo.setCurrentIndex(max(combo.findData(actual), 0) if actual is not None else 0)
    return combo


class DialogoCategoriaDeLaMocion(DeLaOficina, DialogoFormulario):
    """La categoría de una moción presentada o admitida (servicios.categorias_de_mocion.categorizar). «Editar las
    categorías…» abre las del órgano y vuelve a leerlas. Tras aceptar, `hecho` es la moción como quedó."""

    def __init__(self, oficina: Oficina, mocion, organo_id: int, padre: QWidget | None = None):
        super().__init__(tr("Categoría de la moción {0}").format(mocion.identificador), tr("Guardar"), padre, tr(
            "Con categoría, la moción se nombra con su prefijo y el mismo número: «Moción HAC 3». Cambia mientras está "
            "presentada o admitida."), ancho=480)
        self.oficina, self.mocion, self.organo_id = oficina, mocion, organo_id
        self.hecho = None
        self.categoria = QComboBox()
        self.sin_categorias = nota(self.tr("El órgano no tiene categorías de mociones: agréguelas con «Editar las "
                                           "categorías…»."))
        self.sin_categorias.setWordWrap(True)
        self.boton_editar = QPushButton(self.tr("&Editar las categorías…"))
        self.boton_editar.clicked.connect(self.editar_categorias)
        fila = QHBoxLayout()
        fila.addWidget(self.categoria, 1)
        fila.addWidget(self.boton_editar)
        rotulo = QLabel(self.tr("Ca&tegoría:"))
        rotulo.setBuddy(self.categoria)
        self.formulario.addRow(rotulo, fila)
        self.formulario.addRow("", self.sin_categorias)
        self._leer(mocion.categoria_id)
        self.categoria.setFocus()

    def _leer(self, elegida: int | None) -> None:
        from ...servicios.categorias_de_mocion import listar

        leidas = consultar_en_la_ventana(self, lambda: listar(self.contexto, self.organo_id),
                                         que="leer las categorías de mociones")
        if leidas is FALLO:
            return
        llenar_categorias(self.categoria, leidas, elegida)
        self.sin_categorias.setVisible(not leidas)

    def editar_categorias(self) -> None:
        from .categorias_de_mocion import DialogoCategoriasDeMocion

        elegida = self.categoria.currentData()
        dialogo = DialogoCategoriasDeMocion(self.oficina, self.organo_id, self)
        dialogo.exec()
        descartar(dialogo)
        self._leer(elegida)

    def guardar(self) -> None:
        from ...servicios.categorias_de_mocion import categorizar

        categoria = self.categoria.currentData()

        def hacer():
            self.hecho = categorizar(self.contexto, self.mocion.id, categoria)

        if self._intentar(hacer, "cambiar la categoría de una moción"):
            self.accept()


class DialogoDecision(DeLaOficina, DialogoFormulario):
    """El motivo de una decisión sobre una moción (y, si corresponde, el órgano o el punto de destino). `hacer(motivo,
    destino)` escribe con el servicio; el aviso (el de fuera de plazo, al admitir) se muestra antes de decidir."""

    def __init__(self, oficina: Oficina, titulo: str, boton: str, aviso: str | None,
                 hacer: Callable[[str, int | None], object], padre: QWidget | None = None,
                 destinos: list[tuple[int, str]] | None = None, rotulo_destino: str = ""):
        super().__init__(titulo, boton, padre, ancho=600)
        self.oficina, self._hacer = oficina, hacer
        self.hecho = None
        self.aviso = QLabel(aviso or "")
        self.aviso.setWordWrap(True)
        self.aviso.setStyleSheet("color: #8a5a00;")
        self.aviso.setVisible(bool(aviso))
        self.disposicion.insertWidget(0, self.aviso)
        self.destino = QComboBox()
        for clave, texto in destinos or []:
            self.destino.addItem(texto, clave)
        if destinos is not None:
            self.formulario.addRow(rotulo_destino, self.destino)
            if not destinos:
                self.formulario.addRow("", nota(self.tr("No hay a dónde: no hay ninguno disponible.")))
        self.motivo = QPlainTextEdit()
        self.motivo.setTabChangesFocus(True)
        self.motivo.setMaximumHeight(90)
        self.formulario.addRow(self.tr("Motivo:"), self.motivo)
        self.motivo.setFocus()

    def guardar(self) -> None:
        motivo, destino = self.motivo.toPlainText(), self.destino.currentData()

        def hacer():
            self.hecho = self._hacer(motivo, destino)

        if self._intentar(hacer, "decidir sobre una moción"):
            self.accept()
