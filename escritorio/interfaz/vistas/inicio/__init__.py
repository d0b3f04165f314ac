"""Inicio: el tablero de la asociación (los próximos pasos; el mapa de la red; miembros por estado, país y tramo;
cuotas facturadas y cobradas; cambios; fundadores).

Solo muestra lo que devuelven `servicios.tablero.tablero`, `servicios.mapa.mapa_de_la_red`,
`servicios.cobranza.facturado_y_cobrado_por_anio` y `servicios.agenda` (el panel «Próximos pasos», que la calcula
aparte: vistas/inicio/proximos_pasos.py); no consulta la base por su cuenta.
Las tarjetas se reacomodan en una, dos o tres columnas según el ancho de la ventana.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy,
                               QToolTip, QVBoxLayout, QWidget)

from ....servicios.asociaciones import TIPOS_ASOCIACION
from ....servicios.cobranza import facturado_y_cobrado_por_anio
from ....servicios.mapa import mapa_de_la_red
from ....servicios.tablero import tablero
from ....servicios.ubicaciones import ubicar_con_el_nomenclator
from ....servicios.oficina import Oficina
from ...comun import fecha_dma, formatear, miles, tr
from ...operaciones import FALLO, consultar_en_la_ventana, hacer_en_la_ventana
from ....dominio.formato import coordenadas as formatear_coordenadas
from .mapa import TarjetaDelMapa
from .proximos_pasos import PanelProximosPasos
from ...graficos import ACENTO, GraficoAnillo, GraficoBarras, GraficoBarrasAgrupadas, fuente_titulo, mezclar

# Estado -> color: activo en el acento, suspendido en ámbar, baja en gris.
_COLORES_ESTADO = ("#3b78b4", "#e0a23a", "#a3acb6")
# Facturado en el acento, cobrado en verde azulado.
_COLORES_COBRANZA = ("#3b78b4", "#47a09a")
_ANCHO_DOS_COLUMNAS = 780
_ANCHO_TRES_COLUMNAS = 1260


def _escalar(fuente: QFont, factor: float, peso: QFont.Weight | None = None) -> QFont:
    nueva = QFont(fuente)
    if fuente.pointSizeF() > 0:
        nueva.setPointSizeF(fuente.pointSizeF() * factor)
    else:
        nueva.setPixelSize(round(fuente.pixelSize() * factor))
    if peso is not None:
        nueva.setWeight(peso)
    return nueva


def _sin_centavos(texto: str) -> str:
    """'USD 197.850,00' -> 'USD 197.850' ('USD 197,850.00' en inglés; en un gráfico, los centavos en cero solo
    estorban)."""
    return texto[:-3] if texto.endswith((",00", ".00")) else texto


def _color_secundario(widget: QWidget) -> str:
    paleta = widget.palette()
    return mezclar(paleta.color(QPalette.ColorRole.Text), paleta.color(QPalette.ColorRole.Base), 0.42).name()


class Tarjeta(QFrame):
    """Un recuadro de fondo claro y esquinas redondeadas que agrupa un gráfico o una lista."""

    def __init__(self, contenido: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.disposicion = QVBoxLayout(self)
        self.disposicion.setContentsMargins(18, 16, 18, 16)
        self.disposicion.setSpacing(10)
        if contenido is not None:
            self.disposicion.addWidget(contenido)

    def paintEvent(self, _evento) -> None:
        pintor = QPainter(self)
        pintor.setRenderHint(QPainter.RenderHint.Antialiasing)
        paleta = self.palette()
        borde = mezclar(paleta.color(QPalette.ColorRole.Base), paleta.color(QPalette.ColorRole.Text), 0.12)
        pintor.setPen(QPen(borde, 1))
        pintor.setBrush(paleta.color(QPalette.ColorRole.Base))
        pintor.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        pintor.end()


Fragmentos = list[tuple[str, bool]]   # (texto, atenuado)


def _fecha_atenuada(texto: str) -> Fragmentos:
    """'23/11/2026 · Salta: alta' -> la fecha en gris y el resto en el color del texto."""
    fecha, separador, resto = texto.partition(" · ")
    return [(fecha, True), ("   " + resto, False)] if separador else [(texto, False)]


def _pais_atenuado(texto: str) -> Fragmentos:
    """'Córdoba (Argentina)' -> la ciudad en el color del texto y el país entre paréntesis en gris."""
    nombre, separador, pais = texto.rpartition(" (")
    return [(nombre, False), ("  (" + pais, True)] if separador and nombre else [(texto, False)]


class ListaTextos(QWidget):
    """Una lista de solo lectura pintada entera (sin barra propia: la que desplaza es la página).

    Cada línea se muestra tal cual la entrega el servicio; `partir` (opcional) solo decide qué
    tramos de la línea van atenuados. Si sobra ancho y hay al menos `minimo_por_columna` líneas
    por columna, la lista se reparte en columnas (su alto depende del ancho: heightForWidth). Las líneas que no caben se recortan con «…» y su texto
    completo aparece al pasar el puntero.
    """

    def __init__(self, vacio: str, parent: QWidget | None = None, *, partir=None, minimo_por_columna: int = 4):
        super().__init__(parent)
        self._minimo_por_columna = minimo_por_columna
        self._vacio = vacio
        self._partir = partir or (lambda texto: [(texto, False)])
        self._textos: tuple[str, ...] = ()
        politica = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        politica.setHeightForWidth(True)
        self.setSizePolicy(politica)

    @property
    def textos(self) -> tuple[str, ...]:
        """Las líneas que se ven, en orden (vacío si solo se ve el aviso de lista vacía)."""
        return self._textos

    @property
    def mensaje(self) -> str:
        return "" if self._textos else self._vacio

    def mostrar(self, textos: list[str]) -> None:
        self._textos = tuple(textos)
        self.setAccessibleDescription("; ".join(self._textos) or self._vacio)
        self.updateGeometry()
        self.update()

    SEPARACION_COLUMNAS = 32

    def _alto_fila(self) -> int:
        return round(self.fontMetrics().height() * 1.75)

    def _ancho_linea(self) -> int:
        metricas = self.fontMetrics()
        return max((sum(metricas.horizontalAdvance(f) for f, _ in self._partir(t)) for t in self._textos),
                   default=0)

    def columnas_para(self, ancho: int) -> int:
        """Con espacio de sobra la lista se reparte en columnas (de arriba abajo y luego a la derecha)."""
        necesario = max(self._ancho_linea(), 200) + self.SEPARACION_COLUMNAS
        posibles = max(1, (ancho + self.SEPARACION_COLUMNAS) // necesario)
        return max(1, min(posibles, 3, len(self._textos) // self._minimo_por_columna))

    def _filas_por_columna(self, ancho: int) -> int:
        n = max(len(self._textos), 1)
        return -(-n // self.columnas_para(ancho))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, ancho: int) -> int:
        return self._filas_por_columna(ancho) * self._alto_fila()

    def sizeHint(self) -> QSize:
        return QSize(280, max(len(self._textos), 1) * self._alto_fila())

    def minimumSizeHint(self) -> QSize:
        # El alto real lo da heightForWidth; un mínimo fijo alto impediría aprovechar las columnas.
        return QSize(160, self._alto_fila())

    def _fila_en(self, punto) -> int | None:
        por_columna = self._filas_por_columna(self.width())
        columnas = self.columnas_para(self.width())
        ancho_columna = (self.width() - (columnas - 1) * self.SEPARACION_COLUMNAS) / columnas
        columna = int(punto.x() // (ancho_columna + self.SEPARACION_COLUMNAS))
        if punto.x() - columna * (ancho_columna + self.SEPARACION_COLUMNAS) > ancho_columna:
            return None
        fila = columna * por_columna + int(punto.y() // self._alto_fila())
        return fila if 0 <= fila < len(self._textos) and punto.y() >= 0 else None

    def event(self, evento: QEvent) -> bool:
        if evento.type() == QEvent.Type.ToolTip and isinstance(evento, QHelpEvent):
            fila = self._fila_en(evento.pos())
            if fila is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(evento.globalPos(), self._textos[fila], self)
            return True
        return super().event(evento)

    def resizeEvent(self, evento) -> None:
        if self.columnas_para(evento.size().width()) != self.columnas_para(evento.oldSize().width()):
            self.updateGeometry()
        super().resizeEvent(evento)

    def paintEvent(self, _evento) -> None:
        pintor = QPainter(self)
        pintor.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paleta = self.palette()
        texto = paleta.color(QPalette.ColorRole.Text)
        atenuado = mezclar(texto, paleta.color(QPalette.ColorRole.Base), 0.42)
        linea = mezclar(paleta.color(QPalette.ColorRole.Base), texto, 0.08)
        metricas = self.fontMetrics()
        alto = self._alto_fila()
        columnas = self.columnas_para(self.width())
        por_columna = self._filas_por_columna(self.width())
        ancho = (self.width() - (columnas - 1) * self.SEPARACION_COLUMNAS) / columnas
        centrado = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        if not self._textos:
            pintor.setPen(atenuado)
            pintor.drawText(QRectF(0, 0, self.width(), alto), centrado, self._vacio)
        for indice, linea_texto in enumerate(self._textos):
            columna, fila = divmod(indice, por_columna)
            izquierda = columna * (ancho + self.SEPARACION_COLUMNAS)
            arriba = fila * alto
            if fila:
                pintor.setPen(QPen(linea, 1))
                pintor.drawLine(QPointF(izquierda, arriba), QPointF(izquierda + ancho, arriba))
            x = 0.0
            for fragmento, gris in self._partir(linea_texto):
                disponible = ancho - x
                if disponible <= metricas.horizontalAdvance("…"):
                    break
                visible = metricas.elidedText(fragmento, Qt.TextElideMode.ElideRight, int(disponible))
                pintor.setPen(atenuado if gris else texto)
                pintor.drawText(QRectF(izquierda + x, arriba, disponible, alto), centrado, visible)
                x += metricas.horizontalAdvance(visible)
        pintor.end()


class VistaInicio(QWidget):
    """El tablero de Inicio de una asociación. Emite `crear_escala` cuando se pide crear la escala de cuotas (sin
    ella no hay tramos que mostrar): la ventana abre Cuotas › Escalas con su diálogo; y `actuar(paso)` al elegir un
    paso de «Próximos pasos»: la ventana va adonde se hace (interfaz/agenda.py)."""

    crear_escala = Signal()
    actuar = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._columnas = 0

        # Encabezado: nombre y datos de la asociación a la izquierda, el total a la derecha.
        self.etiqueta_nombre = QLabel()
        self.etiqueta_nombre.setFont(_escalar(self.font(), 1.75, QFont.Weight.Bold))
        self.etiqueta_nombre.setWordWrap(True)
        self.etiqueta_sigla = QLabel()
        self.etiqueta_sigla.setFont(_escalar(self.font(), 1.0, QFont.Weight.DemiBold))
        self.etiqueta_sigla.setStyleSheet(
            f"color: {ACENTO}; background: rgba(59, 120, 180, 28); border-radius: 4px; padding: 1px 7px;")
        self.etiqueta_detalle = QLabel()
        self.etiqueta_detalle.setWordWrap(True)
        self.etiqueta_total = QLabel("—")
        self.etiqueta_total.setFont(_escalar(self.font(), 3.2, QFont.Weight.Bold))
        self.etiqueta_total.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.etiqueta_total.setStyleSheet(f"color: {ACENTO};")
        self.etiqueta_total_texto = QLabel(self.tr("miembros vigentes"))
        self.etiqueta_total_texto.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.etiqueta_total_texto.setToolTip(self.tr("Miembros activos y suspendidos; no cuenta las bajas."))

        linea_sigla = QHBoxLayout()
        linea_sigla.setSpacing(10)
        linea_sigla.addWidget(self.etiqueta_sigla, 0, Qt.AlignmentFlag.AlignTop)
        linea_sigla.addWidget(self.etiqueta_detalle, 1)
        izquierda = QVBoxLayout()
        izquierda.setSpacing(4)
        izquierda.addStretch(1)
        izquierda.addWidget(self.etiqueta_nombre)
        izquierda.addLayout(linea_sigla)
        izquierda.addStretch(1)
        derecha = QVBoxLayout()
        derecha.setSpacing(0)
        derecha.addWidget(self.etiqueta_total)
        derecha.addWidget(self.etiqueta_total_texto)
        self.encabezado = Tarjeta()
        fila = QHBoxLayout()
        fila.setSpacing(24)
        fila.addLayout(izquierda, 1)
        fila.addLayout(derecha)
        self.encabezado.disposicion.setContentsMargins(22, 16, 24, 16)
        self.encabezado.disposicion.addLayout(fila)

        # Gráficos y listas.
        self.grafico_estados = GraficoAnillo(self.tr("Miembros por estado"), leyenda_centro=self.tr("en el padrón"))
        self.grafico_paises = GraficoBarras(self.tr("Miembros por país"))
        self.grafico_tramos = GraficoBarras(self.tr("Miembros por tramo de población"))
        self.grafico_cobranza = GraficoBarrasAgrupadas(self.tr("Facturado y cobrado por año"))
        self.lista_recientes = ListaTextos(self.tr("Todavía no hay cambios registrados."), partir=_fecha_atenuada)
        # Los fundadores se leen mejor en una sola columna; solo si son muchos se reparten.
        self.lista_fundadores = ListaTextos(self.tr("No hay miembros fundadores registrados."),
                                            partir=_pais_atenuado, minimo_por_columna=14)
        self.tarjeta_estados = Tarjeta(self.grafico_estados)
        self.tarjeta_paises = Tarjeta(self.grafico_paises)
        self.tarjeta_tramos = self._tarjeta_tramos()
        self.tarjeta_cobranza = Tarjeta(self.grafico_cobranza)
        self.tarjeta_cobranza.setToolTip(self.tr("Cuotas anuales: lo facturado cada año y lo cobrado de ellas hasta hoy."))
        self.tarjeta_recientes = self._tarjeta_lista(self.tr("Cambios recientes"), self.lista_recientes)
        self.tarjeta_fundadores = self._tarjeta_lista(self.tr("Miembros fundadores"), self.lista_fundadores)
        self.mapa = TarjetaDelMapa()
        self.mapa.ubicar.connect(self._ubicar_con_el_nomenclator)
        self.mapa.abrir_miembro.connect(self._abrir_miembro)
        self.tarjeta_mapa = Tarjeta(self.mapa)
        self.tarjeta_mapa.setMinimumHeight(380)
        self._oficina: Oficina | None = None

        self._rejilla = QGridLayout()
        self._rejilla.setSpacing(16)
        contenido = QWidget()
        contenido.setObjectName("contenidoInicio")
        principal = QVBoxLayout(contenido)
        principal.setContentsMargins(20, 20, 20, 20)
        principal.setSpacing(16)
        principal.addWidget(self.encabezado)
        # Lo que le toca hacer a la secretaría (servicios.agenda), arriba de todo y a todo el ancho.
        self.proximos_pasos = PanelProximosPasos()
        self.proximos_pasos.actuar.connect(self.actuar)
        self.tarjeta_pasos = Tarjeta(self.proximos_pasos)
        principal.addWidget(self.tarjeta_pasos)
        principal.addLayout(self._rejilla)
        principal.addStretch(1)

        self.desplazamiento = QScrollArea()
        self.desplazamiento.setWidgetResizable(True)
        self.desplazamiento.setFrameShape(QFrame.Shape.NoFrame)
        self.desplazamiento.setWidget(contenido)
        self.desplazamiento.viewport().setBackgroundRole(QPalette.ColorRole.Window)
        disposicion = QVBoxLayout(self)
        disposicion.setContentsMargins(0, 0, 0, 0)
        disposicion.addWidget(self.desplazamiento)
        self._acomodar(2)

    def _tarjeta_tramos(self) -> Tarjeta:
        """Los tramos de la escala vigente y de qué escala salen; sin escala, lo dice y ofrece crearla."""
        tarjeta = Tarjeta(self.grafico_tramos)
        self.escala_de_los_tramos = QLabel()
        self.escala_de_los_tramos.setWordWrap(True)
        self.titulo_sin_escala = QLabel(self.tr("Miembros por tramo de población"))
        self.titulo_sin_escala.setFont(fuente_titulo(self.font()))
        self.texto_sin_escala = QLabel(self.tr(
            "La asociación todavía no tiene una escala de cuota anual vigente. Los tramos de población salen de "
            "ella: los mismos que fijan la cuota de cada miembro."))
        self.texto_sin_escala.setWordWrap(True)
        self.boton_crear_escala = QPushButton(self.tr("Crear la escala de cuotas…"))
        self.boton_crear_escala.setToolTip(self.tr("Abre Cuotas › Escalas con una escala nueva: desde cuándo rige, su "
                                                   "moneda y el importe de cada tramo."))
        self.boton_crear_escala.clicked.connect(self.crear_escala)
        self.sin_escala = QWidget()
        caja = QVBoxLayout(self.sin_escala)
        caja.setContentsMargins(0, 0, 0, 0)
        caja.addWidget(self.titulo_sin_escala)
        caja.addWidget(self.texto_sin_escala)
        caja.addWidget(self.boton_crear_escala, 0, Qt.AlignmentFlag.AlignLeft)
        caja.addStretch(1)
        tarjeta.disposicion.addWidget(self.escala_de_los_tramos)
        tarjeta.disposicion.addWidget(self.sin_escala)
        self.sin_escala.hide()
        return tarjeta

    def _mostrar_tramos(self, datos) -> None:
        con_escala = datos.escala_de_los_tramos is not None
        self.grafico_tramos.mostrar(datos.por_tramo)
        self.grafico_tramos.setVisible(con_escala)
        self.escala_de_los_tramos.setText(datos.escala_de_los_tramos or "")
        self.escala_de_los_tramos.setStyleSheet(f"color: {_color_secundario(self)};")
        self.escala_de_los_tramos.setVisible(con_escala)
        self.sin_escala.setVisible(not con_escala)

    def _tarjeta_lista(self, titulo: str, lista: ListaTextos) -> Tarjeta:
        etiqueta = QLabel(titulo)
        etiqueta.setFont(fuente_titulo(self.font()))
        tarjeta = Tarjeta()
        tarjeta.titulo = etiqueta
        tarjeta.disposicion.addWidget(etiqueta)
        tarjeta.disposicion.addWidget(lista)
        tarjeta.disposicion.addStretch(1)
        return tarjeta

    # --- Datos ---------------------------------------------------------------------------------

    def mostrar(self, oficina: Oficina) -> None:
        """Pide los números al servicio y llena el tablero."""
        asociacion = oficina.asociacion
        datos = consultar_en_la_ventana(self, lambda: tablero(oficina.contexto), que="tablero de Inicio")
        if datos is FALLO:
            return
        self.etiqueta_nombre.setText(asociacion.get("nombre") or "")
        self.etiqueta_sigla.setText(asociacion.get("sigla") or "")
        self.etiqueta_sigla.setVisible(bool(asociacion.get("sigla")))
        self.etiqueta_detalle.setText(self._detalle(asociacion))
        self.etiqueta_detalle.setStyleSheet(f"color: {_color_secundario(self)};")
        self.etiqueta_total.setText(miles(datos.total))
        self.etiqueta_total_texto.setText(
            self.tr("miembro vigente") if datos.total == 1 else self.tr("miembros vigentes"))
        self.grafico_estados.mostrar([(tr(estado), n) for estado, n in datos.por_estado], _COLORES_ESTADO)
        self.grafico_paises.mostrar(datos.por_pais)
        self._mostrar_tramos(datos)
        self.lista_recientes.mostrar(datos.recientes)
        self.lista_fundadores.mostrar(datos.fundadores)
        self._oficina = oficina
        self._mostrar_mapa(oficina)
        self._mostrar_cobranza(oficina)
        self.proximos_pasos.cargar(oficina)   # en otro hilo: llega después de pintar el tablero

    def _mostrar_mapa(self, oficina: Oficina) -> None:
        mapa = consultar_en_la_ventana(self, lambda: mapa_de_la_red(oficina.contexto), que="tablero de Inicio (mapa)")
        if mapa is FALLO:
            self.tarjeta_mapa.hide()
            return
        self.mapa.mostrar(mapa)
        self.tarjeta_mapa.setVisible(bool(mapa.puntos or mapa.sin_ubicacion))

    def _ubicar_con_el_nomenclator(self) -> None:
        """Muestra lo que haría el nomenclátor y, si la secretaría acepta, lo guarda (una transacción)."""
        from PySide6.QtWidgets import QMessageBox

        if self._oficina is None:
            return
        # En otro hilo, con su diálogo de espera: con 100.000 miembros, armar el plan y guardarlo lleva más de un
        # segundo cada uno (medido; la ventana no se queda quieta).
        contexto, titulo = self._oficina.contexto, self.tr("Ubicar con el nomenclátor")
        plan = consultar_en_la_ventana(self, lambda _informar: ubicar_con_el_nomenclator(contexto, simular=True),
                                       que="ubicar con el nomenclátor", en_segundo_plano=True, titulo=titulo,
                                       cancelable=False)
        if plan is FALLO:
            return
        if not plan.ubicados:
            QMessageBox.information(self, self.tr("Ubicar con el nomenclátor"), self.tr(
                "El nomenclátor no conoce a ninguno de los {0} miembros sin ubicación. Escriba su latitud y su "
                "longitud en la ficha de cada uno (pestaña Datos).").format(miles(len(plan.sin_coincidencia))))
            return
        ejemplos = "\n".join(f"  • {m['nombre']} → {lugar.nombre}, {lugar.region or lugar.pais} "
                             f"({formatear_coordenadas(lugar.latitud, lugar.longitud)})"
                             for m, lugar in plan.ubicados[:8])
        texto = self.tr("Se ubicarán {0} miembros con las ciudades de GeoNames (geonames.org, CC BY 4.0):").format(
            miles(len(plan.ubicados))) + "\n" + ejemplos + ("\n  …" if len(plan.ubicados) > 8 else "")
        if plan.con_otras_posibles:
            texto += "\n\n" + self.tr("{0} tienen otras ciudades con el mismo nombre en su país: se elige la de su "
                                       "región o, si ninguna lo es, la más poblada; revise su ubicación en la "
                                       "ficha.").format(
                miles(len(plan.con_otras_posibles)))
        if plan.sin_coincidencia:
            texto += "\n\n" + self.tr("{0} no están en el nomenclátor y quedan sin ubicar: {1}.").format(
                miles(len(plan.sin_coincidencia)), ", ".join(m["nombre"] for m in plan.sin_coincidencia[:5])
                + ("…" if len(plan.sin_coincidencia) > 5 else ""))
        respuesta = QMessageBox.question(self, self.tr("Ubicar con el nomenclátor"), texto + "\n\n" + self.tr(
            "¿Guardar estas ubicaciones?"))
        if respuesta != QMessageBox.StandardButton.Yes:
            return
        ubicacion = hacer_en_la_ventana(self, self._oficina, lambda _informar: ubicar_con_el_nomenclator(contexto),
                                        que="ubicar con el nomenclátor", en_segundo_plano=True, titulo=titulo,
                                        cancelable=False)
        if ubicacion is None:
            return
        hecho = ubicacion.resultado
        self._mostrar_mapa(self._oficina)
        QMessageBox.information(self, self.tr("Ubicar con el nomenclátor"), self.tr(
            "{0} miembros ubicados en el mapa.").format(miles(len(hecho.ubicados))))

    def _abrir_miembro(self, miembro_id: int) -> None:
        from ...dialogos.ficha_miembro import DialogoFichaMiembro
        from ...comun import descartar

        if self._oficina is None:
            return
        dialogo = DialogoFichaMiembro(self._oficina, miembro_id, self)
        dialogo.exec()
        descartar(dialogo)

    def _mostrar_cobranza(self, oficina: Oficina) -> None:
        """Facturado y cobrado de las cuotas anuales; sin cuotas emitidas la tarjeta no se muestra."""
        filas = consultar_en_la_ventana(self, lambda: facturado_y_cobrado_por_anio(oficina.contexto),
                                        que="tablero de Inicio (cobranza)") or []
        # Con cargos en varias monedas se grafica la de más años (no se suman monedas distintas).
        monedas = [moneda for _, _, _, moneda in filas]
        moneda = max(set(monedas), key=monedas.count) if monedas else ""
        filas = [f for f in filas if f[3] == moneda]
        titulo = self.tr("Facturado y cobrado por año")
        self.grafico_cobranza.set_titulo(titulo if len(set(monedas)) <= 1 else f"{titulo} ({moneda})")
        self.grafico_cobranza.mostrar(
            [str(anio) for anio, _, _, _ in filas],
            [(self.tr("Facturado"), [f for _, f, _, _ in filas]), (self.tr("Cobrado"), [c for _, _, c, _ in filas])],
            _COLORES_COBRANZA, formato=lambda importe: _sin_centavos(formatear(importe, moneda)),
            relativo_a_la_primera=True)
        self.tarjeta_cobranza.setVisible(bool(filas))

    def _detalle(self, asociacion: dict) -> str:
        partes = []
        if asociacion.get("tipo"):
            tipo = asociacion["tipo"]
            partes.append(tr(tipo).capitalize() if tipo in TIPOS_ASOCIACION else str(tipo).capitalize())
        if asociacion.get("sede"):
            partes.append(self.tr("Sede: {0}").format(asociacion["sede"]))
        if asociacion.get("fecha_fundacion"):
            partes.append(self.tr("Fundada el {0}").format(fecha_dma(asociacion["fecha_fundacion"])))
        return "  ·  ".join(partes)

    @property
    def total(self) -> str:
        """El total de miembros vigentes tal como se lee en el encabezado."""
        return self.etiqueta_total.text()

    # --- Disposición según el ancho ------------------------------------------------------------

    def _acomodar(self, columnas: int) -> None:
        if columnas == self._columnas:
            return
        self._columnas = columnas
        for tarjeta in self._tarjetas():
            self._rejilla.removeWidget(tarjeta)
        for columna in range(3):
            self._rejilla.setColumnStretch(columna, 0)
        if columnas == 3:
            # estados   | países | fundadores
            # tramos    |   "    |     "
            # cobranza  | cambios recientes
            lugares = [(self.tarjeta_mapa, 0, 0, 1, 3),
                       (self.tarjeta_estados, 1, 0, 1, 1), (self.tarjeta_tramos, 2, 0, 1, 1),
                       (self.tarjeta_paises, 1, 1, 2, 1), (self.tarjeta_fundadores, 1, 2, 2, 1),
                       (self.tarjeta_cobranza, 3, 0, 1, 1), (self.tarjeta_recientes, 3, 1, 1, 2)]
        elif columnas == 2:
            # estados  | tramos
            # países   | fundadores
            # cobranza | cambios recientes
            lugares = [(self.tarjeta_mapa, 0, 0, 1, 2),
                       (self.tarjeta_estados, 1, 0, 1, 1), (self.tarjeta_tramos, 1, 1, 1, 1),
                       (self.tarjeta_paises, 2, 0, 1, 1), (self.tarjeta_fundadores, 2, 1, 1, 1),
                       (self.tarjeta_cobranza, 3, 0, 1, 1), (self.tarjeta_recientes, 3, 1, 1, 1)]
        else:
            lugares = [(tarjeta, fila, 0, 1, 1) for fila, tarjeta in enumerate(
                (self.tarjeta_mapa, self.tarjeta_estados, self.tarjeta_paises, self.tarjeta_tramos,
                 self.tarjeta_cobranza, self.tarjeta_recientes, self.tarjeta_fundadores))]
        for tarjeta, fila, columna, filas, columnas_ocupadas in lugares:
            self._rejilla.addWidget(tarjeta, fila, columna, filas, columnas_ocupadas)
        for columna in range(columnas):
            self._rejilla.setColumnStretch(columna, 1)

    def _tarjetas(self) -> list[Tarjeta]:
        return [self.tarjeta_mapa, self.tarjeta_estados, self.tarjeta_paises, self.tarjeta_tramos,
                self.tarjeta_cobranza, self.tarjeta_recientes, self.tarjeta_fundadores]

    @property
    def columnas(self) -> int:
        return self._columnas

    def resizeEvent(self, evento) -> None:
        ancho = evento.size().width()
        self._acomodar(3 if ancho >= _ANCHO_TRES_COLUMNAS else 2 if ancho >= _ANCHO_DOS_COLUMNAS else 1)
        super().resizeEvent(evento)
