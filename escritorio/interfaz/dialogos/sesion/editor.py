"""El editor de una sesión, en sus pestañas: orden del día, asistencia (con el quórum en vivo),
votaciones (con el resultado en vivo; las elecciones de cargos, en `eleccion.py`), acta (borrador,
aprobación con huella, firma, fe de erratas y documentos), mociones, enmiendas y oradores (la sala en vivo, issue
64).

Todo se pide a `servicios.sesiones`, `servicios.votaciones` y `servicios.actas`; las reglas (quórum,
mayorías, numeración, congelamiento del acta) son del dominio y los servicios: aquí solo se muestran.
Cuando el acta está aprobada, todo control de edición queda deshabilitado y un aviso lo dice.
Cada pestaña vive en su módulo: `sesion.orden`, `sesion.asistencia`, `sesion.votaciones`, `sesion.acta`,
`sesion.mociones`, `sesion.enmiendas` y `sesion.oradores` (las piezas comunes, en `sesion.piezas`); los documentos y
el correo de la sesión, en `sesion.documentos_de_la_sesion`.
"""

from html import escape

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ....dominio.sesiones import ESTADOS_ACTA, ESTADOS_SESION
from ....servicios.actas import obtener_acta
from ....servicios.resultados_en_su_idioma import votacion_mostrada
from ....servicios.oficina import Oficina
from ....servicios.efectos import avisos_de_admision, efectos_de_varias
from ....servicios.elecciones import elecciones_de_la_sesion
from ....servicios.sesiones import titulo_sesion
from ....servicios.sesiones.asistencia import asistencia, cuenta_de_asistencia
from ....servicios.sesiones.convocatoria import aviso_de_anticipacion
from ....servicios.sesiones.puntos import orden_del_dia
from ....servicios.votaciones import listar_resoluciones
from ...comun import descartar, fecha_dma, tr
from ...operaciones import FALLO, consultar_en_la_ventana
from ...piezas import ROJO, VERDE, CajaAvisos, EtiquetaRecortada, escalar, nota
from ...piezas.de_la_oficina import DeLaOficina
from ...proyector import ATAJO_PROYECTOR, abrir_proyector, seguir_la_oficina
from ...sala_en_vivo import SalaEnVivo
from ...servidor_de_la_sala import ServidorDeLaSala
from .acta import PestanaActa
from .aprobacion import donde_esta_sesion_celebrada
from .asistencia import PestanaAsistencia
from .mociones import PestanaMociones
from .correo import mostrar_lo_enviado, rotulo_del_correo, ver_los_envios
from .documentos_de_la_sesion import DocumentosDeLaSesion
from .orden import PestanaOrden
from .oradores import PestanaOradores
from .piezas import COLOR_ACTA, COLOR_SESION, EN_PANTALLA, chip, fecha_larga, pintar_chip
from .enmiendas import PestanaEnmiendas
from .votaciones import PestanaVotaciones


# --- el editor ----------------------------------------------------------------------------------------------

class EditorSesion(DocumentosDeLaSesion, DeLaOficina, QWidget):
    """Una sesión abierta: encabezado con su estado y el quórum, y las cuatro pestañas.

    `cambiado` se emite tras cada escritura; `volver` cuando se pide volver a la lista de sesiones;
    `ir_a_otra_sesion(sesion, punto)` cuando se pide ir a la votación de un punto de otra sesión.
    """

    cambiado = Signal()
    volver = Signal()
    # (sesión, punto): ir a la votación de un punto de otra sesión (el que aprueba el acta de esta, por ejemplo).
    ir_a_otra_sesion = Signal(int, int)

    # Más bajo que esto (1024×600, 1366×768 al 150 %), el encabezado se pliega a una fila y la asistencia gana filas.
    ALTO_COMPACTO = 600

    def __init__(self, ajustes: QSettings | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self.sesion_id: int | None = None
        self.sesion: dict = {}
        self.estado = None   # asistencia (regla ordinaria)
        self.puntos: list[dict] = []
        self.resoluciones: list[dict] = []
        self._efectos: dict[int, list[dict]] = {}
        self._avisos_de_admision: dict[int, list[str]] = {}
        self.acta = None
        self.solo_lectura = False
        self._ajustes = self.ajustes = ajustes   # `ajustes`: el de las pestañas (la carpeta donde se guarda)
        self._votaciones: dict[int, dict | None] = {}   # punto_id -> servicios.resultados_en_su_idioma.votacion_mostrada
        self._elecciones: dict[int, object] = {}   # punto_id -> servicios.elecciones.Eleccion
        self.compacto = False
        self._titulos: dict[int, str] = {}   # pestaña -> su título entero (con la cuenta o el estado)
        self._aviso_de_la_carga: str | None = None
        self._actos_confirmados: set[int] = set()   # sesiones cuyos actos se confirmaron antes de que empezaran
        self._celebrada_por_actos = None            # la previsión de la sesión que un acto dejó «Celebrada»
        self._construir()

    def _construir(self) -> None:
        self.boton_volver = QPushButton(self.tr("← Sesiones"))
        self.boton_volver.setFlat(True)
        self.boton_volver.setToolTip(self.tr("Volver a la lista de sesiones"))
        self.boton_volver.clicked.connect(self._volver)
        self.boton_cierre = QPushButton(self.tr("Sesión celebrada…"))
        self.boton_cierre.setToolTip(self.tr("Hora de cierre y, si corresponde, segunda convocatoria"))
        self.boton_cierre.clicked.connect(self.marcar_celebrada)
        self.boton_documentos = QPushButton(self.tr("Documentos"))
        menu = QMenu(self.boton_documentos)
        for texto, funcion in ((self.tr("Convocatoria (PDF)…"), self.imprimir_convocatoria),
                               (self.tr("Acta (PDF)…"), self.imprimir_acta),
                               (self.tr("Asistencia y votaciones (Excel)…"), self.exportar_sesion),
                               (None, None),
                               (self.tr("Enviar la convocatoria por correo…"), self.enviar_convocatoria),
                               (self.tr("Enviar el acta por correo…"), self.enviar_acta)):
            if texto is None:
                menu.addSeparator()
                continue
            accion = QAction(texto, menu)
            accion.triggered.connect(funcion)
            menu.addAction(accion)
        self.accion_enviar_acta = menu.actions()[-1]
        # Adjuntar las mociones recibidas a la convocatoria (el PDF y el que sale por correo no cambian sin esto: la
        # convocatoria suele salir antes de que venza el plazo de las mociones). La casilla de la pestaña Acta es
        # la misma opción: las dos se siguen.
        menu.addSeparator()
        self.accion_con_mociones = QAction(self.tr("Adjuntar a la convocatoria las mociones recibidas"), menu)
        self.accion_con_mociones.setCheckable(True)
        menu.addAction(self.accion_con_mociones)
        self.boton_documentos.setMenu(menu)
        # La pantalla de la sala (interfaz/proyector.py): su atajo sirve desde cualquier pestaña del editor.
        atajo = QKeySequence(ATAJO_PROYECTOR)
        self.accion_proyector = QAction(self.tr("Pantalla para el proyector"), self)
        self.accion_proyector.setShortcut(atajo)
        self.accion_proyector.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.accion_proyector.triggered.connect(self.abrir_proyector)
        self.addAction(self.accion_proyector)
        self.boton_proyector = QToolButton()
        self.boton_proyector.setDefaultAction(self.accion_proyector)
        self.boton_proyector.setText(self.tr("Proyector"))
        self.boton_proyector.setToolTip(self.tr("Abre la pantalla para el proyector: sigue la sesión sola, en otra "
                                                "pantalla si hay dos ({0})").format(
            atajo.toString(QKeySequence.SequenceFormat.NativeText)))
        # El título en una línea (con «…» si no entra): la fecha, el lugar y el título entero, en su ayuda emergente.
        self.titulo = EtiquetaRecortada()
        self.titulo.setFont(escalar(self.titulo.font(), 1.3, negrita=True))
        self.titulo.setMinimumWidth(120)
        self.detalle = nota()
        self.chip_sesion = chip()
        self.chip_acta = chip()
        self.chip_quorum = chip()
        self.banner = QLabel()
        self.banner.setObjectName("bannerActa")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.RichText)
        self.banner.setStyleSheet("QLabel#bannerActa { background: #eef4fb; border: 1px solid #b8cfe6; color: #1f4466; "
                                  "border-radius: 6px; padding: 8px 12px; }")
        self.banner.hide()
        # Lo enviado por correo (la convocatoria, el acta): a cuántos llegó y desde cuándo cuenta el plazo.
        self.correo_enviado = rotulo_del_correo()
        self.correo_enviado.linkActivated.connect(lambda clase: ver_los_envios(self, clase, self))
        self.aviso = CajaAvisos()

        self.orden = PestanaOrden(self)
        self.tab_asistencia = PestanaAsistencia(self)
        self.votaciones = PestanaVotaciones(self)
        self.tab_acta = PestanaActa(self, self._ajustes)
        self.tab_mociones = PestanaMociones(self)
        self.tab_enmiendas = PestanaEnmiendas(self)
        self.tab_oradores = PestanaOradores(self)
        self.pestanas = QTabWidget()
        self.pestanas.setDocumentMode(False)
        # Siete pestañas no entran enteras a 1366×768 al 150 %: en lugar de las flechas de desplazamiento (que Qt
        # dibuja encimadas), los títulos se acortan con «…» y dicen el entero en su ayuda emergente.
        self.pestanas.setElideMode(Qt.TextElideMode.ElideRight)
        self.pestanas.setUsesScrollButtons(False)
        self.pestanas.addTab(self.orden, self.tr("Orden del día"))
        self.pestanas.addTab(self.tab_asistencia, self.tr("Asistencia"))
        self.pestanas.addTab(self.votaciones, self.tr("Votaciones"))
        self.pestanas.addTab(self.tab_acta, self.tr("Acta"))
        # Las mociones, sus enmiendas y la lista de oradores de la sesión en vivo (issue 64); al final, para no mover
        # las pestañas de siempre.
        self.pestanas.addTab(self.tab_mociones, self.tr("Mociones"))
        self.pestanas.addTab(self.tab_enmiendas, self.tr("Enmiendas"))
        self.pestanas.addTab(self.tab_oradores, self.tr("Oradores"))
        self.pestanas.currentChanged.connect(self._pestana_cambiada)

        # En una pantalla baja el encabezado se pliega a su primera fila: «Detalles» muestra lo demás.
        self.boton_detalles = QToolButton()
        self.boton_detalles.setCheckable(True)
        self.boton_detalles.setAutoRaise(True)
        self.boton_detalles.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.boton_detalles.setToolTip(self.tr("La fecha y el lugar, los avisos y los botones «Sesión celebrada…» y "
                                               "«Documentos»"))
        self.boton_detalles.toggled.connect(lambda _: self._acomodar())

        # Primera fila: volver, título y estado. Los detalles: la fecha y el lugar con las acciones de la sesión, el
        # aviso del acta aprobada y el de anticipación.
        arriba = QHBoxLayout()
        arriba.setSpacing(6)
        arriba.addWidget(self.boton_volver, 0, Qt.AlignmentFlag.AlignVCenter)
        arriba.addWidget(self.titulo, 1)
        arriba.addWidget(self.chip_sesion, 0, Qt.AlignmentFlag.AlignVCenter)
        arriba.addWidget(self.chip_acta, 0, Qt.AlignmentFlag.AlignVCenter)
        arriba.addWidget(self.chip_quorum, 0, Qt.AlignmentFlag.AlignVCenter)
        arriba.addWidget(self.boton_proyector, 0, Qt.AlignmentFlag.AlignVCenter)
        arriba.addWidget(self.boton_detalles, 0, Qt.AlignmentFlag.AlignVCenter)
        encabezado = QHBoxLayout()
        encabezado.setSpacing(6)
        encabezado.addWidget(self.detalle, 1)
        encabezado.addWidget(self.boton_cierre)
        encabezado.addWidget(self.boton_documentos)
        self.detalles = QWidget()
        detalles = QVBoxLayout(self.detalles)
        detalles.setContentsMargins(0, 0, 0, 0)
        detalles.setSpacing(6)
        detalles.addLayout(encabezado)
        detalles.addWidget(self.banner)
        detalles.addWidget(self.correo_enviado)
        detalles.addWidget(self.aviso)
        caja = QVBoxLayout(self)
        caja.setContentsMargins(4, 0, 4, 0)
        caja.setSpacing(6)
        caja.addLayout(arriba)
        caja.addWidget(self.detalles)
        caja.addWidget(self.pestanas, 1)
        self._acomodar()

    # --- el encabezado según la altura ---
    def resizeEvent(self, evento) -> None:
        super().resizeEvent(evento)
        self._acomodar()
        self._titulos_a_la_medida()

    def _acomodar(self) -> None:
        """Con poca altura (1024×600, 1366×768 al 150 %) el encabezado queda en una fila —volver, título, estado y
        «Detalles ▾», que despliega el resto— y la pestaña Asistencia se compacta: la tabla muestra al menos diez
        filas. La insignia del quórum se oculta: la pestaña Asistencia dice la misma cuenta."""
        compacto = 0 < self.height() < self.ALTO_COMPACTO
        cambio = compacto != getattr(self, "compacto", None)
        self.compacto = compacto
        abiertos = not compacto or self.boton_detalles.isChecked()
        self.detalles.setVisible(abiertos)
        self.boton_detalles.setVisible(compacto)
        flecha = "▴" if abiertos else "▾"
        aviso = "⚠ " if self.aviso.avisos and not abiertos else ""
        self.boton_detalles.setText(aviso + self.tr("Detalles") + " " + flecha)
        self.chip_quorum.setVisible(not compacto)
        self.tab_asistencia.compactar(compacto)
        if cambio and self.sesion_id is not None and self.acta is not None:
            # «Sesión celebrada…» se nombra donde se ve: en el aviso del encabezado y en lo que falta para aprobar.
            self._encabezado(self._aviso_de_la_carga)
            self.tab_acta._actualizar_motivos()

    # --- datos ---
    def mostrar(self, oficina: Oficina, sesion_id: int) -> None:
        self.guardar_pendiente()
        cambia = sesion_id != self.sesion_id
        if cambia:
            ServidorDeLaSala.de().detener_si_es(self.sesion_id)   # la página de votación de la sesión que se deja
        self.oficina, self.sesion_id = oficina, sesion_id
        seguir_la_oficina(self, oficina)
        if cambia:
            self.orden._punto = None
            self.votaciones._punto = None
            SalaEnVivo.de(self).enfocar(sesion_id=sesion_id)   # la sala pasa a esta sesión (sin punto todavía)
        self.recargar()
        if cambia:
            self.pestanas.setCurrentIndex(0 if not self.puntos and not self.solo_lectura else self.pestanas.currentIndex())

    def recargar(self) -> None:
        if self.db is None or self.sesion_id is None:
            return
        # Antes de releer: si no, lo recién escrito se taparía con lo que había en la base. Si quedó solo en
        # pantalla (ni la base ni un archivo lo aceptaron; ya se avisó), esta vez no se relee, para que se copie.
        if not self.guardar_pendiente():
            return
        contexto, sesion_id = self.contexto, self.sesion_id

        def leer() -> tuple:
            estado = asistencia(contexto, sesion_id)
            resoluciones = listar_resoluciones(contexto, sesion_id=sesion_id)
            efectos = efectos_de_varias(contexto, [r["id"] for r in resoluciones])
            # Desde cuándo es miembro cada ciudad que admitió una resolución (y hasta cuándo sigue solicitante).
            avisos_de_admision_ = {r["id"]: avisos_de_admision(contexto, r["id"]) for r in resoluciones
                                   if any(e["tipo"] == "admite" for e in efectos.get(r["id"], []))}
            puntos = orden_del_dia(contexto, sesion_id)
            # Las votaciones cerradas, escritas con sus datos en el idioma de la ventana (no las del acta, que van
            # en el de los documentos, o como se aprobó).
            votaciones = {p["id"]: votacion_mostrada(contexto, p["id"]) for p in puntos if p.get("votacion_id")}
            return (estado, puntos, resoluciones, efectos, avisos_de_admision_,
                    obtener_acta(contexto, sesion_id), elecciones_de_la_sesion(contexto, sesion_id),
                    aviso_de_anticipacion(contexto, sesion_id), votaciones)

        # Se lee todo antes de pintar: si algo no se puede leer, lo que se veía queda como estaba.
        leido = consultar_en_la_ventana(self, leer, que="abrir sesión")
        if leido is FALLO:
            return
        (self.estado, self.puntos, self.resoluciones, self._efectos, self._avisos_de_admision, self.acta,
         self._elecciones, aviso, self._votaciones) = leido
        self.sesion = self.estado.sesion
        self.solo_lectura = self.acta.estado != "borrador"
        self._encabezado(aviso)
        self.orden.cargar()
        self.tab_asistencia.cargar(self.estado)
        self.votaciones.cargar()
        self.tab_acta.cargar()
        self.tab_mociones.cargar()
        self.tab_enmiendas.cargar()
        self.tab_oradores.cargar()
        self._aplicar_solo_lectura()
        self._titulos_de_pestanas()
        SalaEnVivo.de(self).avisar()   # lo escrito, también en el proyector

    def _encabezado(self, aviso: str | None) -> None:
        self._aviso_de_la_carga = aviso
        s = self.sesion
        self.titulo.setText(titulo_sesion(s))
        partes = [fecha_larga(s["fecha"]) + (f", {s['hora']}" if s["hora"] else "")]
        if s["lugar"]:
            partes.append(s["lugar"])
        if s["enlace"]:
            partes.append(s["enlace"])
        partes.append(self.tr("convocada el {0}").format(fecha_dma(s["convocada_el"])))
        if s["hora_cierre"]:
            partes.append(self.tr("cerró a las {0}").format(s["hora_cierre"]))
        self.detalle.setText("  ·  ".join(partes))
        self.titulo.setToolTip(self.titulo.text() + "\n" + self.detalle.text())
        self.chip_sesion.setText(tr(ESTADOS_SESION[s["estado"]]))
        pintar_chip(self.chip_sesion, COLOR_SESION[s["estado"]])
        self.chip_acta.setText(self.tr("Acta: {0}").format(tr(ESTADOS_ACTA[self.acta.estado]).lower()))
        pintar_chip(self.chip_acta, COLOR_ACTA[self.acta.estado])
        self._chip_quorum()
        avisos = [aviso] if aviso else []
        celebrada = self._celebrada_por_actos
        if celebrada is not None and celebrada.sesion_id == s["id"] and s["estado"] == "celebrada":
            from ....servicios.actos_de_sesion import texto_celebrada

            avisos.append(texto_celebrada(celebrada) + " " + self.tr("Anote la hora de cierre así:") + " "
                          + donde_esta_sesion_celebrada(self.compacto))
        self.aviso.mostrar(avisos)
        if self.acta.estado != "borrador":
            # La resolución aprueba el acta; «firmada» es un paso posterior, que se dice aparte.
            firmada = self.tr(" Está firmada.") if self.acta.estado == "firmada" else ""
            self.banner.setText(self.tr(
                "<b>Acta aprobada por {0} el {1}.</b>{2} El registro de esta sesión ya no se modifica (orden del día, "
                "asistencia, votaciones y texto). Las correcciones van en una fe de erratas.").format(
                self.acta.aprobada_por or "—", fecha_dma(self.acta.aprobada_el), firmada))
        self.banner.setVisible(self.acta.estado != "borrador")
        self.accion_enviar_acta.setEnabled(self.acta.estado != "borrador")
        mostrar_lo_enviado(self, self.correo_enviado)
        self._acomodar()

    def _chip_quorum(self) -> None:
        """La insignia del quórum y el título de la pestaña Asistencia: la misma cuenta (la del servicio)."""
        q = self.estado.quorum
        c = cuenta_de_asistencia(self.estado)
        self.chip_quorum.setText(self.tr("Quórum ✓ {0}/{1}").format(c.para_quorum, c.base) if c.hay_quorum
                                 else self.tr("Sin quórum {0}/{1}").format(c.para_quorum, c.base))
        pintar_chip(self.chip_quorum, "verde" if c.hay_quorum else "rojo")
        self.chip_quorum.setToolTip(q.enunciado())
        indice = self.pestanas.indexOf(self.tab_asistencia)
        self._titulo(indice, self.tr("Asistencia ({0}/{1})").format(c.para_quorum, c.base))
        detalle = (self.tr("{0} presentes y {1} por poder").format(c.presentes, c.poderes) if c.poderes
                   else self.tr("{0} presentes").format(c.presentes))
        self.pestanas.setTabToolTip(indice, self.tr("Para el quórum: {0} de {1} ({2}).").format(
            c.para_quorum, c.base, detalle))

    def _titulos_de_pestanas(self) -> None:
        votables = [p for p in self.puntos if p["tipo"] in ("votacion", "eleccion")]
        cerradas = sum(1 for p in votables if self.votacion_de(p) is not None
                       or ((e := self.eleccion_de(p)) is not None and e.estado != "abierta"))
        self._titulo(0, self.tr("Orden del día ({0})").format(len(self.puntos)))
        self._chip_quorum()   # el título de Asistencia va con la insignia del quórum
        self._titulo(2, self.tr("Votaciones ({0}/{1})").format(cerradas, len(votables)))
        self._titulo(3, self.tr("Acta — {0}").format(tr(ESTADOS_ACTA[self.acta.estado]).lower()))
        self._titulo(self.pestanas.indexOf(self.tab_mociones),
                     self.tr("Mociones ({0})").format(len(self.tab_mociones.mociones)))
        for indice in range(self.pestanas.count()):   # el título entero, por si no entra
            if indice != self.pestanas.indexOf(self.tab_asistencia):
                self.pestanas.setTabToolTip(indice, self._titulos.get(indice, self.pestanas.tabText(indice)))

    def _titulo(self, indice: int, completo: str) -> None:
        self._titulos[indice] = completo
        self._titulos_a_la_medida()

    def _titulos_a_la_medida(self) -> None:
        """Los títulos enteros, si entran en la barra; si no (en portugués al 150 %), sin la cuenta ni el estado
        («Presença», «Ata»), que dicen la ayuda emergente y el encabezado: una palabra cortada no se lee."""
        barra = self.pestanas.tabBar()
        for indice, completo in self._titulos.items():
            barra.setTabText(indice, completo)
        if sum(barra.tabSizeHint(n).width() for n in range(barra.count())) <= self.pestanas.width():
            return
        for indice, completo in self._titulos.items():
            barra.setTabText(indice, completo.split(" (")[0].split(" — ")[0])

    def _aplicar_solo_lectura(self) -> None:
        self.boton_cierre.setEnabled(not self.solo_lectura)
        for pestana in (self.orden, self.tab_asistencia, self.votaciones, self.tab_acta, self.tab_mociones,
                        self.tab_enmiendas, self.tab_oradores):
            pestana.fijar_solo_lectura(self.solo_lectura)

    def asistencia_cambiada(self) -> None:
        """Tras marcar asistencia: se recalcula el quórum y se avisa, sin rehacer todo el editor."""
        estado = consultar_en_la_ventana(self, lambda: asistencia(self.contexto, self.sesion_id), que="asistencia")
        if estado is FALLO:
            return
        self.estado = estado
        if self.estado.sesion["estado"] != self.sesion.get("estado"):   # la primera marca la dejó «Celebrada»
            self.recargar()
            self.cambiado.emit()
            return
        self.tab_asistencia.cargar(self.estado)
        self._chip_quorum()
        self._titulos_de_pestanas()
        SalaEnVivo.de(self).avisar()   # el quórum en vivo, también en el proyector
        self.cambiado.emit()

    def _pestana_cambiada(self, indice: int) -> None:
        self.guardar_pendiente()
        if self.db is not None and self.pestanas.widget(indice) is self.votaciones:
            self.votaciones.cargar()   # el quórum y los votantes siguen a la asistencia

    def abrir_proyector(self) -> None:
        """La pantalla para el proyector de esta sesión (en la otra pantalla, si hay dos)."""
        if self.oficina is None or self.sesion_id is None:
            return
        sala = SalaEnVivo.de(self)
        if sala.foco.sesion_id != self.sesion_id:
            sala.enfocar(sesion_id=self.sesion_id)
        abrir_proyector(self, self.oficina, self.sesion_id)

    def guardar_pendiente(self) -> bool:
        """Guarda ya lo que se estaba escribiendo (resumen de un punto, borrador del acta), sin esperar al
        temporizador. Si la base no lo acepta (el acta se aprobó entretanto, la base se cerró) se avisa y queda
        copiado en un archivo. Devuelve False solo si algo quedó únicamente en pantalla."""
        if self.db is None:
            return True
        resultados = [self.orden.guardar_o_resguardar(), self.tab_acta.guardar_o_resguardar()]
        return EN_PANTALLA not in resultados

    def hideEvent(self, evento) -> None:
        self.guardar_pendiente()
        super().hideEvent(evento)

    def _volver(self) -> None:
        if not self.guardar_pendiente():
            return   # lo escrito sigue en pantalla para que se copie (el aviso lo pidió); otro clic vuelve
        ServidorDeLaSala.de().detener_si_es(self.sesion_id)   # cerrar la sesión detiene su página de votación
        self.volver.emit()

    # --- votaciones y resoluciones (compartido por las pestañas) ---
    def votacion_de(self, punto: dict) -> dict | None:
        """La votación cerrada de un punto: {'aprobada', 'texto', 'metodo', 'nominales'} o None si no se votó."""
        if not punto.get("votacion_id"):
            return None
        votacion = self._votaciones.get(punto["id"])
        if votacion is None:
            return {"aprobada": False, "texto": self.tr("Votación cerrada"), "metodo": "", "nominales": []}
        return dict(votacion)

    def eleccion_de(self, punto: dict):
        """La elección del punto (`servicios.elecciones.Eleccion`, releída con cada `recargar`) o None."""
        return self._elecciones.get(punto["id"]) if punto["tipo"] == "eleccion" else None

    def resumen_eleccion(self, punto: dict) -> tuple[str, str] | None:
        """Para las listas: («Electa: Montevideo», verde), («Sin candidatura electa», rojo)… o None si no está cerrada."""
        e = self.eleccion_de(punto)
        if e is None or e.estado == "abierta":
            return None
        if e.pluralidad and e.electas:  # varios puestos: cuántas, de cuántos
            faltan = self.tr(" (segunda vuelta por {0})").format(e.puestos_segunda_vuelta) if e.puestos_segunda_vuelta else ""
            plantilla = self.tr("Confirmadas: {0} de {1}") if e.estado == "confirmada" else self.tr("Electas: {0} de {1}")
            return plantilla.format(len(e.electas), e.puestos) + faltan, VERDE
        if e.ganadora is None:
            return self.tr("Sin candidatura electa"), ROJO
        nombre = e.ganadora.get("miembro") or e.ganadora.get("persona") or e.ganadora["nombre"]
        if e.estado == "confirmada":
            return self.tr("Confirmada: {0}").format(nombre), VERDE
        return self.tr("Electa: {0}").format(nombre), VERDE

    def resoluciones_de(self, punto: dict) -> list[dict]:
        return [r for r in self.resoluciones if r.get("punto_id") == punto["id"]]

    def numeros_de_resoluciones(self, punto: dict) -> list[str]:
        return [r["numeracion"] for r in self.resoluciones_de(punto)]

    def texto_resoluciones(self, punto: dict) -> str:
        adoptadas = self.resoluciones_de(punto)
        if not adoptadas:
            return ""
        # Bajo cada resolución, lo que cambió en el registro, con las frases del servicio (servicios.efectos).
        return "<br>".join(f"<span style='color: {VERDE};'>✓ <b>{escape(r['numeracion'])}</b></span> — {escape(r['titulo'])}"
                           + "".join(f"<br>&nbsp;&nbsp;&nbsp;→ {escape(e['texto'])}"
                                     for e in self._efectos.get(r["id"], []))
                           + "".join(f"<br>&nbsp;&nbsp;&nbsp;{escape(a)}" for a in self._avisos_de_admision.get(r["id"], []))
                           for r in adoptadas)

    def confirmar_acto(self) -> bool:
        """Antes de registrar un acto de la sesión (asistencia, votación, elección, resolución): si todavía no empezó,
        pregunta (una vez por sesión abierta en el editor). Si sigue «Convocada», recuerda decir después que el acto
        la dejó «Celebrada»."""
        from ....servicios.actos_de_sesion import prever_actos
        from .piezas import confirmar_acto_antes_de_empezar

        prevision = prever_actos(self.contexto, self.sesion_id)
        if prevision.pasa_a_celebrada:
            self._celebrada_por_actos = prevision
        if prevision.antes_de_empezar is None or self.sesion_id in self._actos_confirmados:
            return True
        if not confirmar_acto_antes_de_empezar(self, prevision.antes_de_empezar):
            return False
        self._actos_confirmados.add(self.sesion_id)
        return True

    def adoptar_resolucion(self, punto: dict) -> None:
        from .formularios import DialogoResolucion

        if not self.confirmar_acto():
            return

        tipo = "declaracion" if punto["tipo"] not in ("votacion", "eleccion") else "resolucion"
        dialogo = DialogoResolucion(self.oficina, punto, self, tipo=tipo, fecha_sesion=self.sesion["fecha"])
        dialogo.exec()
        numero = dialogo.numero
        descartar(dialogo)
        if numero:
            self.recargar()
            self.cambiado.emit()

    def marcar_celebrada(self) -> None:
        from .formularios import DialogoCierre

        dialogo = DialogoCierre(self.oficina, self.sesion, self)
        dialogo.exec()
        hecho = dialogo.hecho
        descartar(dialogo)
        if hecho:
            ServidorDeLaSala.de().detener_si_es(self.sesion_id)   # la sesión terminó: sus códigos ya no votan
            self.recargar()
            self.cambiado.emit()
