"""Las reglas de la sala de un órgano (issue 64), en un diálogo: el plazo para presentar mociones, los segundos de
cada intervención, de una cuestión de orden, de una intervención breve y de una pregunta intercalada (issue 82), el
orden de votación de las enmiendas, los apoyos que una moción necesita para que se la admita (issue 82; 0: ninguno), el
flujo de las mociones (issue 82: simple, completo o propio, sus pasos con «Pasos…», Alt+P) y el artículo que las fija. Lo mismo que «escritorio sala reglas»: guarda con servicios/fijar_reglas_de_la_sala.py, que
rechaza cambiar unas reglas que citan un artículo (el mensaje queda escrito en el diálogo). «Categorías de cuestión de
orden…» (Alt+T) abre su propio diálogo (categorias_de_cuestion.py), y «Categorías de mociones…» (Alt+M) el de las
categorías de las mociones con su prefijo (categorias_de_mocion.py): se guardan aparte, en el momento, y no son reglas
con artículo."""

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget

from ...dominio.flujos_de_mocion import (FLUJOS, OBLIGATORIOS, POSIBLES, flujo_por_omision, nombre_del_flujo,
                                         pasos_en_palabras, texto_del_paso)
from ...servicios.fijar_reglas_de_la_sala import APOYOS_MAXIMOS, SEGUNDOS_MAXIMOS, SEGUNDOS_MINIMOS
from ...servicios.oficina import Oficina
from ..comun import descartar, tr
from ..operaciones import FALLO, consultar_en_la_ventana
from ..piezas import nota
from ..piezas.de_la_oficina import DeLaOficina
from .sesion.piezas import DialogoFormulario


class DialogoReglasDeLaSala(DeLaOficina, DialogoFormulario):
    """Tras aceptar, `fijadas` es el resultado del servicio."""

    def __init__(self, oficina: Oficina, organo_id: int, padre: QWidget | None = None):
        super().__init__(tr("Reglas de la sala"), tr("Guardar"), padre, tr(
            "Lo que el reglamento del órgano fija para la sala. Mientras citan un artículo, cambian solo con una "
            "reforma de ese artículo."))
        self.oficina, self.organo_id = oficina, organo_id
        self.fijadas = None
        self.categorias_cambiaron = False   # las de mociones: la pestaña Mociones vuelve a leer sus nombres
        self.con_plazo = QCheckBox(self.tr("Con plazo:"))
        self.plazo = QSpinBox()
        self.plazo.setRange(0, 365)
        self.plazo.setSuffix(self.tr(" días antes de la sesión"))
        self.con_plazo.toggled.connect(self.plazo.setEnabled)
        fila = QHBoxLayout()
        fila.addWidget(self.con_plazo)
        fila.addWidget(self.plazo, 1)
        self.palabra, self.cuestion, self.breve, self.pregunta = (self._segundos() for _ in range(4))
        self.apoyos = QSpinBox()
        self.apoyos.setRange(0, APOYOS_MAXIMOS)
        self.apoyos.setSpecialValueText(self.tr("ninguno"))
        self.orden = QComboBox()
        self.orden.addItem(self.tr("La más alejada del texto primero"), "mas_lejana")
        self.orden.addItem(self.tr("Por orden de presentación"), "presentacion")
        self.articulo = QLineEdit()
        self.articulo.setPlaceholderText(self.tr("por ejemplo: Reglamento de la Asamblea, art. 12"))
        self.situacion = nota()
        # Unas reglas con artículo cambian con una reforma de ese artículo: las que hoy lo permiten (el servicio).
        self.reforma = QComboBox()
        self.formulario.addRow(self.tr("Mociones:"), fila)
        self.formulario.addRow(self.tr("Apoyos para admitir una moción:"), self.apoyos)
        self.formulario.addRow(self.tr("Cada intervención:"), self.palabra)
        self.formulario.addRow(self.tr("Cuestión de orden:"), self.cuestion)
        self.formulario.addRow(self.tr("Intervención breve:"), self.breve)
        self.formulario.addRow(self.tr("Pregunta intercalada:"), self.pregunta)
        self.boton_categorias = QPushButton(self.tr("Ca&tegorías de cuestión de orden…"))
        self.boton_categorias.setToolTip(self.tr(
            "Las categorías de las cuestiones de orden del órgano, con su rango (1 pasa primero): se guardan en el "
            "momento, aparte de estas reglas"))
        self.boton_categorias.clicked.connect(self.categorias)
        self.formulario.addRow("", self.boton_categorias)
        self.boton_categorias_mocion = QPushButton(self.tr("Categorías de &mociones…"))
        self.boton_categorias_mocion.setToolTip(self.tr(
            "Las categorías de las mociones del órgano, con su prefijo («Moción HAC 3»): se guardan en el momento, "
            "aparte de estas reglas"))
        self.boton_categorias_mocion.clicked.connect(self.categorias_de_mocion)
        self.formulario.addRow("", self.boton_categorias_mocion)
        self.formulario.addRow(self.tr("Votar las enmiendas:"), self.orden)
        self.formulario.addRow(self.tr("Flujo de las mociones:"), self._fila_del_flujo())
        self.formulario.addRow(self.tr("Artículo:"), self.articulo)
        self.formulario.addRow("", self.situacion)
        self.formulario.addRow(self.tr("Por la reforma:"), self.reforma)
        self._leer()

    def _fila_del_flujo(self) -> QHBoxLayout:
        """El flujo de las mociones: uno de los hechos (como los de OpenSlides) o uno propio, paso por paso."""
        self._flujo = flujo_por_omision()
        self.flujo = QComboBox()
        # Los nombres, cortos (caben en otros idiomas a 1024×600); sus pasos, en la ayuda emergente.
        self.flujo.addItem(self.tr("Simple (sin derivar ni aplazar)"), "simple")
        self.flujo.addItem(self.tr("Completo"), "completo")
        self.flujo.addItem(self.tr("Propio (paso por paso)"), None)
        self.flujo.activated.connect(self._flujo_elegido)
        self.boton_pasos = QPushButton(self.tr("&Pasos…"))
        self.boton_pasos.setToolTip(self.tr("Elegir uno por uno los pasos del flujo de las mociones"))
        self.boton_pasos.clicked.connect(self.pasos)
        fila = QHBoxLayout()
        fila.addWidget(self.flujo, 1)
        fila.addWidget(self.boton_pasos)
        return fila

    def _mostrar_flujo(self, flujo: frozenset) -> None:
        self._flujo = flujo
        self.flujo.setCurrentIndex(self.flujo.findData(nombre_del_flujo(flujo)))
        self.flujo.setToolTip(pasos_en_palabras(flujo))

    def _flujo_elegido(self) -> None:
        nombre = self.flujo.currentData()
        if nombre is None:
            self.pasos()
        else:
            self._mostrar_flujo(FLUJOS[nombre])

    def pasos(self) -> None:
        from .flujo_de_mociones import DialogoPasosDelFlujo

        dialogo = DialogoPasosDelFlujo(self._flujo, self)
        if dialogo.exec():
            self._flujo = dialogo.flujo
        self._mostrar_flujo(self._flujo)
        descartar(dialogo)

    def _segundos(self) -> QSpinBox:
        campo = QSpinBox()
        campo.setRange(SEGUNDOS_MINIMOS, SEGUNDOS_MAXIMOS)
        campo.setSuffix(" s")
        return campo

    def categorias(self) -> None:
        from .categorias_de_cuestion import DialogoCategoriasDeCuestion

        dialogo = DialogoCategoriasDeCuestion(self.oficina, self.organo_id, self)
        dialogo.exec()
        descartar(dialogo)

    def categorias_de_mocion(self) -> None:
        from .categorias_de_mocion import DialogoCategoriasDeMocion

        dialogo = DialogoCategoriasDeMocion(self.oficina, self.organo_id, self)
        dialogo.exec()
        if dialogo.cambiaron:
            self.categorias_cambiaron = True
        descartar(dialogo)

    def _leer(self) -> None:
        from ...servicios.fijar_reglas_de_la_sala import reformas_para_la_sala
        from ...servicios.reglas_de_la_sala import reglas_de_la_sala

        leido = consultar_en_la_ventana(self, lambda: (reglas_de_la_sala(self.contexto, self.organo_id),
                                                       reformas_para_la_sala(self.contexto, self.organo_id)),
                                        que="reglas de la sala")
        if leido is FALLO:
            return
        reglas, reformas = leido
        self.reforma.clear()
        self.reforma.addItem(self.tr("Ninguna"), None)
        for reforma in reformas:
            self.reforma.addItem(reforma.texto, reforma.referencia)
        self.formulario.setRowVisible(self.reforma, bool(reglas.articulo))
        self.con_plazo.setChecked(reglas.plazo_mociones_dias is not None)
        self.plazo.setEnabled(reglas.plazo_mociones_dias is not None)
        self.plazo.setValue(reglas.plazo_mociones_dias or 0)
        self.apoyos.setValue(reglas.minimo_apoyos)
        self.palabra.setValue(reglas.segundos_palabra)
        self.cuestion.setValue(reglas.segundos_cuestion_orden)
        self.breve.setValue(reglas.segundos_intervencion_breve)
        self.pregunta.setValue(reglas.segundos_pregunta)
        self.orden.setCurrentIndex(max(self.orden.findData(reglas.orden_enmiendas), 0))
        self.articulo.setText(reglas.articulo or "")
        self._mostrar_flujo(reglas.flujo or flujo_por_omision())
        self.situacion.setText(
            (self.tr("Las fija {0}: cambian con una reforma de ese artículo, elegida en «Por la reforma:».").format(
                reglas.articulo) if reformas else self.tr("Las fija {0}: cambian con una reforma de ese artículo; "
                                                          "no hay ninguna registrada después de fijarlas.").format(
                reglas.articulo)) if reglas.articulo else
            self.tr("Sin artículo del reglamento: se cambian libremente.") if reglas.fijadas else
            self.tr("El órgano no fijó reglas de la sala: rigen las de omisión."))

    def guardar(self) -> None:
        from ...servicios.fijar_reglas_de_la_sala import PedidoDeReglasDeLaSala, fijar_reglas_de_la_sala

        pedido = PedidoDeReglasDeLaSala(
            plazo_mociones_dias=self.plazo.value() if self.con_plazo.isChecked() else None,
            sin_plazo=not self.con_plazo.isChecked(), segundos_palabra=self.palabra.value(),
            segundos_cuestion_orden=self.cuestion.value(), segundos_intervencion_breve=self.breve.value(),
            segundos_pregunta=self.pregunta.value(), orden_enmiendas=self.orden.currentData(),
            minimo_apoyos=self.apoyos.value(), articulo=self.articulo.text(), por_reforma=self.reforma.currentData(),
            con_pasos=tuple(texto_del_paso(p) for p in POSIBLES if p in self._flujo),
            sin_pasos=tuple(texto_del_paso(p) for p in POSIBLES if p not in self._flujo | OBLIGATORIOS))

        def hacer():
            self.fijadas = fijar_reglas_de_la_sala(self.contexto, self.organo_id, pedido)

        if self._intentar(hacer, "reglas de la sala"):
            self.accept()
