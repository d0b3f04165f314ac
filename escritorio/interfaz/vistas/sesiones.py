"""El área Sesiones: la lista de sesiones de todos los órganos (con filtro por órgano), un calendario del
mes con los días de sesión resaltados, «Convocar sesión…» y, al abrir una sesión, su editor (orden del
día, asistencia con quórum en vivo, votaciones y acta) a todo el ancho.

Todo lo pide a `servicios.sesiones` y `servicios.organos`; el editor vive en `dialogos/sesion/editor.py`.
"""

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (QCalendarWidget, QComboBox, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QScrollArea, QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from ...dominio.sesiones import ESTADOS_ACTA, ESTADOS_SESION, TIPOS_SESION
from ...servicios.base import hoy
from ...servicios.oficina import Oficina
from ...servicios.organos import listar_organos
from ...servicios.sesiones import listar_sesiones
from ...servicios.sesiones.convocatoria import aviso_de_anticipacion
from ...servicios.sesiones.puntos import orden_del_dia
from ..comun import descartar, fecha_dma, tr
from ..operaciones import FALLO, consultar_en_la_ventana
from ..dialogos.sesion.editor import EditorSesion
from ..iconos import icono
from ..dialogos.sesion.piezas import COLOR_ACTA, COLOR_SESION, chip, fecha_larga, pintar_chip
from ..cambios import TODO
from ..piezas.areas import recargar_despues_del_dialogo
from ..piezas import AMBAR, GRIS, VERDE, AreaPerezosa, dato_de_fila, escalar, filas_elegidas, llenar_tabla, nota, \
    pagina_vacia, subtitulo, tabla_lectura

_FONDO_PROXIMA = "#d7e7f7"    # días con una sesión convocada
_FONDO_CELEBRADA = "#dcefdf"  # días con una sesión celebrada
_COLOR_ESTADO = {"convocada": "#245a8d", "celebrada": None, "suspendida": GRIS}
_COLOR_ACTA = {"borrador": AMBAR, "aprobada": VERDE, "firmada": VERDE}


def _muestra(color: str) -> QLabel:
    cuadro = QLabel()
    cuadro.setFixedSize(12, 12)
    cuadro.setStyleSheet(f"background: {color}; border: 1px solid rgba(0,0,0,40); border-radius: 2px;")
    return cuadro


class VistaSesiones(AreaPerezosa):
    """La lista de sesiones y el editor de la sesión abierta. Lo que se guarda lo avisa la oficina."""

    # La lista (sesiones y órganos) y el editor: integrantes, quién tiene el voto suspendido por deuda, las reglas
    # de quórum y las normas que citan, y a cuántos llegó por correo la convocatoria o el acta.
    MUESTRA = frozenset({"sesiones", "organos", "mandatos", "miembros", "pagos", "cargos", "normas", "asociacion",
                         "correo"})

    def __init__(self, ajustes: QSettings | None = None, padre: QWidget | None = None):
        super().__init__(padre)
        self._ajustes = ajustes
        self._pendiente = False
        self._lista_vieja = False
        self._escrito_por_el_editor = -1   # el número de la última escritura que hizo el editor (ver `invalidar`)
        self._por_ver = -1                 # la última escritura avisada con la sesión abierta, todavía sin mirar
        self._organos: list[dict] = []
        self.sesiones: list[dict] = []   # todas, sin filtrar
        self._construir()

    # --- construcción -----------------------------------------------------------------------
    def _construir(self) -> None:
        self.paginas = QStackedWidget()
        boton_primera = QPushButton(icono("convocar"), self.tr("Convocar sesión…"))
        boton_primera.clicked.connect(lambda: self.convocar())
        self.pagina_vacia = pagina_vacia(
            self.tr("Todavía no hay sesiones"),
            self.tr("Convoque la primera sesión de un órgano: fecha, hora y lugar o enlace. Después se arma el orden "
                    "del día, se toma la asistencia con el quórum a la vista, se votan los puntos y se aprueba el acta."),
            boton_primera)
        self.paginas.addWidget(self.pagina_vacia)
        self.paginas.addWidget(self._pagina_lista())
        self.editor = EditorSesion(self._ajustes)
        self.editor.volver.connect(self.volver_a_la_lista)
        self.editor.cambiado.connect(self._cambio_en_el_editor)
        self.editor.ir_a_otra_sesion.connect(self.ir_a_la_votacion)
        self.paginas.addWidget(self.editor)
        disposicion = QVBoxLayout(self)
        disposicion.addWidget(self.paginas)

    def _pagina_lista(self) -> QWidget:
        self.combo_organo = QComboBox()
        self.combo_organo.setMinimumWidth(260)
        self.combo_organo.currentIndexChanged.connect(lambda _: self._filtrar())
        self.resumen = nota()
        self.boton_convocar = QPushButton(icono("convocar"), self.tr("Convocar sesión…"))
        self.boton_convocar.setDefault(True)
        self.boton_convocar.clicked.connect(lambda: self.convocar())
        barra = QHBoxLayout()
        barra.addWidget(QLabel(self.tr("Órgano:")))
        barra.addWidget(self.combo_organo)
        barra.addSpacing(12)
        barra.addWidget(self.resumen, 1)
        barra.addWidget(self.boton_convocar)

        # La sesión y el órgano se reparten lo que queda (recortados, enteros en su ayuda): el estado y el acta se ven
        # siempre, también a 1366×768 al 150 %, donde antes quedaban fuera, a la derecha de una barra horizontal.
        self.tabla = tabla_lectura([self.tr("Fecha"), self.tr("Sesión"), self.tr("Órgano"), self.tr("Estado"),
                                    self.tr("Acta")], 1, 2)
        # Las dos que se estiran ceden hasta unas pocas letras antes de que el acta quede detrás de la barra horizontal
        # (a 1366×768 al 150 % la fecha, el estado y el acta dejaban solo 60 px a cada una, el mínimo de todas las
        # tablas, y «Aprobada» perdía su última letra): la sesión y el órgano enteros están en su ayuda y en la tarjeta.
        self.tabla.horizontalHeader().setMinimumSectionSize(self.tabla.fontMetrics().horizontalAdvance("MM…"))
        self.tabla.itemSelectionChanged.connect(self._sesion_elegida)
        self.tabla.activated.connect(lambda _: self.abrir_elegida())   # doble clic o Enter (una sola vez)
        self.sin_resultados = nota()
        self.sin_resultados.hide()

        self.calendario = QCalendarWidget()
        self.calendario.setLocale(QLocale())   # la del idioma de la ventana (idioma.py)
        self.calendario.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendario.setGridVisible(False)
        self.calendario.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendario.setHorizontalHeaderFormat(QCalendarWidget.HorizontalHeaderFormat.ShortDayNames)
        self.calendario.setMinimumSize(260, 180)
        self.calendario.clicked.connect(self._dia_elegido)
        leyenda = QHBoxLayout()
        leyenda.setSpacing(6)
        leyenda.addWidget(_muestra(_FONDO_PROXIMA))
        leyenda.addWidget(nota(self.tr("convocada")))
        leyenda.addSpacing(10)
        leyenda.addWidget(_muestra(_FONDO_CELEBRADA))
        leyenda.addWidget(nota(self.tr("celebrada")))
        leyenda.addStretch(1)

        # La tarjeta de la sesión elegida (o del día elegido sin sesión).
        self.tarjeta = QFrame()
        self.tarjeta.setObjectName("tarjetaSesion")
        self.tarjeta.setStyleSheet("QFrame#tarjetaSesion { background: palette(base); border: 1px solid palette(midlight);"
                                   " border-radius: 6px; }")
        self.tarjeta_titulo = QLabel()
        self.tarjeta_titulo.setFont(escalar(self.font(), 1.12, negrita=True))
        self.tarjeta_titulo.setWordWrap(True)
        self.tarjeta_detalle = QLabel()
        self.tarjeta_detalle.setWordWrap(True)
        self.tarjeta_detalle.setTextFormat(Qt.TextFormat.RichText)
        self.tarjeta_estado = chip()
        self.tarjeta_acta = chip()
        self.tarjeta_aviso = QLabel()
        self.tarjeta_aviso.setWordWrap(True)
        self.tarjeta_aviso.setStyleSheet(f"color: {AMBAR};")
        self.boton_abrir = QPushButton(self.tr("Abrir la sesión"))
        self.boton_abrir.clicked.connect(self.abrir_elegida)
        self.boton_convocar_dia = QPushButton(self.tr("Convocar para ese día…"))
        self.boton_convocar_dia.clicked.connect(lambda: self.convocar(self.calendario.selectedDate().toPython()))
        chips = QHBoxLayout()
        chips.setSpacing(6)
        chips.addWidget(self.tarjeta_estado)
        chips.addWidget(self.tarjeta_acta)
        chips.addStretch(1)
        caja = QVBoxLayout(self.tarjeta)
        caja.setContentsMargins(14, 12, 14, 12)
        caja.setSpacing(6)
        caja.addWidget(self.tarjeta_titulo)
        caja.addLayout(chips)
        caja.addWidget(self.tarjeta_detalle)
        caja.addWidget(self.tarjeta_aviso)
        caja.addSpacing(4)
        botones = QHBoxLayout()
        botones.addStretch(1)
        botones.addWidget(self.boton_convocar_dia)
        botones.addWidget(self.boton_abrir)
        caja.addLayout(botones)

        derecha = QWidget()
        columna = QVBoxLayout(derecha)
        columna.setContentsMargins(6, 0, 0, 0)
        columna.setSpacing(8)
        boton_hoy = QPushButton(self.tr("Hoy"))
        boton_hoy.setToolTip(self.tr("Mostrar el mes en curso"))
        boton_hoy.clicked.connect(lambda: self.calendario.setCurrentPage(hoy().year, hoy().month))
        cabeza = QHBoxLayout()
        cabeza.addWidget(subtitulo(self.tr("Calendario")))
        cabeza.addStretch(1)
        cabeza.addWidget(boton_hoy)
        columna.addLayout(cabeza)
        columna.addWidget(self.calendario)
        columna.addLayout(leyenda)
        columna.addSpacing(6)
        columna.addWidget(self.tarjeta)
        columna.addStretch(1)

        izquierda = QWidget()
        columna = QVBoxLayout(izquierda)
        columna.setContentsMargins(0, 0, 0, 0)
        columna.addWidget(self.tabla, 1)
        columna.addWidget(self.sin_resultados)

        self.divisor = QSplitter()
        self.divisor.setChildrenCollapsible(False)
        self.divisor.addWidget(izquierda)
        # En una pantalla baja (1366×768 al 150 %) el calendario y la tarjeta se desplazan en lugar de agrandar la
        # ventana más allá de la pantalla.
        desplazable = QScrollArea()
        desplazable.setWidgetResizable(True)
        desplazable.setFrameShape(QFrame.Shape.NoFrame)
        desplazable.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        desplazable.setWidget(derecha)
        self.divisor.addWidget(desplazable)
        self.divisor.setStretchFactor(0, 1)
        self.divisor.setSizes([640, 340])
        pagina = QWidget()
        caja = QVBoxLayout(pagina)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addLayout(barra)
        caja.addWidget(self.divisor, 1)
        self.pagina_lista = pagina
        return pagina

    # --- datos --------------------------------------------------------------------------------
    def guardar_pendiente(self) -> bool:
        """Guarda ya lo que se estaba escribiendo en una sesión (antes de cambiar de área o de cerrar la ventana).
        False solo si algo quedó únicamente en pantalla (ni en la base ni copiado a un archivo; ya se avisó)."""
        return self.editor.guardar_pendiente()

    def mostrar(self, oficina: Oficina) -> None:
        """Muestra las sesiones de otra asociación (vuelve a la lista); si no está a la vista, las carga al mostrarse."""
        self.editor.guardar_pendiente()
        self.oficina = oficina
        self.editor.sesion_id = None
        self.paginas.setCurrentWidget(self.pagina_lista)
        self._pendiente = True
        if self.isVisible():
            self.recargar()

    def recargar(self, elegir: int | None = None) -> None:
        self._al_dia_con_la_base()
        self._lista_vieja = False
        leido = consultar_en_la_ventana(self, lambda: (listar_organos(self.contexto), listar_sesiones(self.contexto)),
                                        que="listar sesiones")
        if leido is FALLO:
            return
        self._organos, self.sesiones = leido
        organo = self.combo_organo.currentData()
        self.combo_organo.blockSignals(True)
        self.combo_organo.clear()
        self.combo_organo.addItem(self.tr("Todos los órganos"), None)
        for o in self._organos:
            self.combo_organo.addItem(o["nombre"], o["id"])
        self.combo_organo.setCurrentIndex(max(self.combo_organo.findData(organo), 0))
        self.combo_organo.blockSignals(False)
        if self.paginas.currentWidget() is self.editor:
            self.editor.recargar()   # p. ej. un pago cambió quién tiene voto, o un mandato quién integra el órgano
            self._lista_vieja = False
        else:
            self.paginas.setCurrentWidget(self.pagina_lista if self.sesiones else self.pagina_vacia)
        self._filtrar(elegir if elegir is not None else self.sesion_id())

    @property
    def visibles(self) -> list[dict]:
        organo = self.combo_organo.currentData()
        return [s for s in self.sesiones if organo is None or s["organo_id"] == organo]

    def _filtrar(self, elegir: int | None = None) -> None:
        sesiones = self.visibles
        hoy_iso = hoy().isoformat()
        filas = []
        for s in sesiones:
            sesion = s["titulo"].rsplit(" — ", 1)[0] if s["titulo"].endswith(s["organo"]) else s["titulo"]
            filas.append([fecha_dma(s["fecha"]) + (f"  {s['hora']}" if s["hora"] else ""), sesion, s["organo"],
                          tr(ESTADOS_SESION[s["estado"]]), tr(ESTADOS_ACTA[s["estado_acta"]]) if s["estado_acta"] else "—"])
        llenar_tabla(self.tabla, filas, datos=sesiones,
                     negrita=lambda n: sesiones[n]["estado"] == "convocada" and sesiones[n]["fecha"] >= hoy_iso)
        for n, s in enumerate(sesiones):
            for columna, color in ((3, _COLOR_ESTADO.get(s["estado"])), (4, _COLOR_ACTA.get(s["estado_acta"]))):
                if color:
                    self.tabla.item(n, columna).setForeground(QColor(color))
            lugar = " · ".join(filter(None, (s["lugar"], s["enlace"])))
            for columna in range(3):
                self.tabla.item(n, columna).setToolTip(f"{s['titulo']}\n{lugar}" if lugar else s["titulo"])
        total = len(self.sesiones)
        proximas = sum(1 for s in sesiones if s["estado"] == "convocada" and s["fecha"] >= hoy_iso)
        texto = (self.tr("{0} sesiones").format(len(sesiones)) if len(sesiones) != 1 else self.tr("1 sesión"))
        if len(sesiones) != total:
            texto += self.tr(" de {0}").format(total)
        if proximas:
            texto += "  ·  " + (self.tr("{0} próximas").format(proximas) if proximas != 1 else self.tr("1 próxima"))
        self.resumen.setText(texto)
        self.sin_resultados.setVisible(not sesiones and bool(total))
        self.sin_resultados.setText(self.tr("Este órgano todavía no tiene sesiones. Use «Convocar sesión…»."))
        self._marcar_calendario(sesiones)
        fila = next((n for n, s in enumerate(sesiones) if s["id"] == elegir), None)
        if fila is None:
            # Sin elección previa: la próxima sesión convocada, o la más reciente.
            futuras = [n for n, s in enumerate(sesiones) if s["fecha"] >= hoy_iso]
            fila = futuras[-1] if futuras else (0 if sesiones else None)
        if fila is not None:
            self.tabla.selectRow(fila)
        else:
            self._mostrar_tarjeta(None)

    def _marcar_calendario(self, sesiones: list[dict]) -> None:
        self.calendario.setDateTextFormat(QDate(), QTextCharFormat())
        for s in sorted(sesiones, key=lambda s: s["estado"] == "convocada"):
            formato = QTextCharFormat()
            formato.setBackground(QColor(_FONDO_PROXIMA if s["estado"] == "convocada" else _FONDO_CELEBRADA))
            formato.setFontWeight(700)
            self.calendario.setDateTextFormat(QDate.fromString(s["fecha"], "yyyy-MM-dd"), formato)

    # --- selección ------------------------------------------------------------------------------
    def sesion_id(self) -> int | None:
        sesion = self.sesion_elegida()
        return None if sesion is None else sesion["id"]

    def sesion_elegida(self) -> dict | None:
        filas = filas_elegidas(self.tabla)
        return dato_de_fila(self.tabla, filas[0]) if filas else None

    def seleccionar(self, sesion_id: int) -> bool:
        for fila in range(self.tabla.rowCount()):
            if dato_de_fila(self.tabla, fila)["id"] == sesion_id:
                self.tabla.selectRow(fila)
                return True
        return False

    def _sesion_elegida(self) -> None:
        sesion = self.sesion_elegida()
        if sesion is not None:
            fecha = QDate.fromString(sesion["fecha"], "yyyy-MM-dd")
            self.calendario.blockSignals(True)
            self.calendario.setSelectedDate(fecha)
            self.calendario.blockSignals(False)
        self._mostrar_tarjeta(sesion)

    def _dia_elegido(self, dia: QDate) -> None:
        iso = dia.toString("yyyy-MM-dd")
        del_dia = [n for n, s in enumerate(self.visibles) if s["fecha"] == iso]
        if del_dia:
            self.tabla.selectRow(del_dia[0])
            return
        self.tabla.clearSelection()
        self._mostrar_tarjeta(None, dia)

    def _mostrar_tarjeta(self, sesion: dict | None, dia: QDate | None = None) -> None:
        self.boton_abrir.setVisible(sesion is not None)
        self.tarjeta_estado.setVisible(sesion is not None)
        self.tarjeta_acta.setVisible(sesion is not None)
        self.boton_convocar_dia.setVisible(sesion is None and dia is not None)
        if sesion is None:
            self.tarjeta_titulo.setText(self.tr("Sin sesiones el {0}").format(fecha_dma(dia.toPython())) if dia
                                        else self.tr("Elija una sesión"))
            self.tarjeta_detalle.setText(f"<span style='color: {GRIS};'>" + (
                self.tr("Puede convocar una sesión para ese día.") if dia else
                self.tr("Los días con sesión aparecen resaltados en el calendario.")) + "</span>")
            self.tarjeta_aviso.hide()
            return
        self.tarjeta_titulo.setText(sesion["titulo"])
        self.tarjeta_estado.setText(tr(ESTADOS_SESION[sesion["estado"]]))
        pintar_chip(self.tarjeta_estado, COLOR_SESION[sesion["estado"]])
        estado_acta = sesion["estado_acta"]
        self.tarjeta_acta.setVisible(estado_acta is not None)
        if estado_acta:
            self.tarjeta_acta.setText(self.tr("Acta: {0}").format(tr(ESTADOS_ACTA[estado_acta]).lower()))
            pintar_chip(self.tarjeta_acta, COLOR_ACTA[estado_acta])
        lineas = [fecha_larga(sesion["fecha"]).capitalize() + (f", {sesion['hora']}" if sesion["hora"] else "")]
        if sesion["lugar"]:
            lineas.append(sesion["lugar"])
        if sesion["enlace"]:
            lineas.append(sesion["enlace"])
        try:
            puntos = orden_del_dia(self.contexto, sesion["id"])
            aviso = aviso_de_anticipacion(self.contexto, sesion["id"])
        except Exception:  # noqa: BLE001 - la tarjeta es un resumen; el editor informa los errores
            puntos, aviso = [], None
        principales = [p for p in puntos if p["padre_id"] is None]
        lineas.append(self.tr("Convocada el {0} · {1}").format(
            fecha_dma(sesion["convocada_el"]), tr(TIPOS_SESION[sesion["tipo"]]).lower()))
        if principales:
            lineas.append(self.tr("Orden del día: {0} puntos").format(len(principales)) if len(principales) != 1
                          else self.tr("Orden del día: 1 punto"))
        else:
            lineas.append(self.tr("Orden del día sin puntos todavía"))
        self.tarjeta_detalle.setText("<br>".join(escape(linea) for linea in lineas))
        self.tarjeta_aviso.setText("⚠ " + aviso if aviso else "")
        self.tarjeta_aviso.setVisible(bool(aviso))

    # --- acciones ------------------------------------------------------------------------------
    def abrir_elegida(self) -> None:
        sesion = self.sesion_elegida()
        if sesion is not None:
            self.abrir(sesion["id"])

    def abrir(self, sesion_id: int) -> None:
        """Abre el editor de la sesión a todo el ancho del área."""
        self.editor.mostrar(self.oficina, sesion_id)
        self.paginas.setCurrentWidget(self.editor)

    def ir_a_la_votacion(self, sesion_id: int, punto_id: int) -> None:
        """La sesión abierta en su pestaña Votaciones, con el punto elegido (listo para votarlo o adoptar su
        resolución)."""
        self.abrir(sesion_id)
        self.editor.pestanas.setCurrentWidget(self.editor.votaciones)
        self.editor.votaciones.seleccionar(punto_id)

    def volver_a_la_lista(self) -> None:
        elegida = self.editor.sesion_id
        self.paginas.setCurrentWidget(self.pagina_lista)
        if self._lista_vieja:
            self.recargar(elegida)
        elif elegida is not None:
            self.seleccionar(elegida)

    def _cambio_en_el_editor(self) -> None:
        """El editor escribió (asistencia, votaciones, acta…) y ya lo muestra: la lista queda vieja hasta volver."""
        self._lista_vieja = True
        self._escrito_por_el_editor = self.oficina.confirmadas if self.oficina is not None else -1

    def invalidar(self, temas: frozenset[str] = TODO, numero: int | None = None) -> None:
        """Con una sesión abierta, lo que escribió su editor ya lo muestra él (lo dice con `cambiado` después de
        escribir): la lista queda vieja hasta volver a ella. Lo demás (un pago que devuelve el voto, deshacer desde el
        menú Edición, otro programa) recarga también el editor. Si solo cambió la bandeja de salida (cada paso de un
        envío), el editor a la vista rehace solo su recuadro del correo."""
        if temas and temas <= {"correo"}:
            if self.paginas.currentWidget() is self.editor and self.isVisible():
                self.editor.actualizar_correo()
            elif not self.isVisible():
                self._pendiente = True
            return
        if numero is not None and self.paginas.currentWidget() is self.editor and self.isVisible():
            self._lista_vieja = True
            self._por_ver = max(self._por_ver, numero)
            if not self._recarga_programada:
                self._recarga_programada = True
                QTimer.singleShot(0, self._ver_quien_lo_escribio)
            return
        super().invalidar(temas, numero)

    def _ver_quien_lo_escribio(self) -> None:
        if recargar_despues_del_dialogo(self, self._ver_quien_lo_escribio):
            return
        self._recarga_programada = False
        por_ver, self._por_ver = self._por_ver, -1
        if por_ver > max(self._escrito_por_el_editor, self._leido_en) and self.isVisible():
            self.recargar()

    def convocar(self, fecha: date | None = None, organo_id: int | None = None) -> None:
        """El diálogo de convocar, con el órgano elegido arriba (u `organo_id`, como lo pide Inicio › Próximos pasos) y
        el día `fecha` si se da."""
        from ..dialogos.sesion.formularios import DialogoConvocar

        if self.db is None:
            return
        if not self._organos:
            QMessageBox.information(self, self.tr("Convocar sesión"),
                                    self.tr("Primero cree los órganos de la asociación (área Órganos)."))
            return
        organo = organo_id if organo_id is not None else self.combo_organo.currentData()
        dialogo = DialogoConvocar(self.oficina, self._organos, self.sesiones, organo, fecha, self)
        dialogo.exec()
        sesion_id = dialogo.sesion_id
        descartar(dialogo)
        if sesion_id is None:
            return
        self.recargar(sesion_id)
        # La poca anticipación ya se avisó en el diálogo, antes de convocar, y la sesión la muestra en su
        # encabezado (y figura en la convocatoria): no se repite en un mensaje en medio.
        self.abrir(sesion_id)
