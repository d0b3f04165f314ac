"""La pantalla para el proyector (issue 64, §4): una segunda ventana que la sala mira y nadie toca. Sigue sola lo que
hace la secretaría en la ventana principal (`SalaEnVivo`: el punto, la moción o la enmienda elegidos, el recuento en
vivo, cada escritura) y vuelve a leer la base cada 2 s por si otro programa escribió (la base puede ser compartida).

Muestra `servicios.pantalla_de_la_sala.PantallaDeLaSala` —lo que se puede proyectar, en el idioma de los
documentos— en letra grande (a la medida del alto de la ventana: se lee a 1024×768 y a 1920×1080), blanco sobre
negro; lo que una enmienda quita va tachado y lo que agrega, subrayado (no solo de color). No tiene ningún control
(ni botones ni menús): solo teclas. Esc sale de la pantalla completa, F11 entra y sale, Ctrl+W la cierra.

Se abre con «Pantalla para el proyector» (Ctrl+Mayús+P) en el editor de la sesión: a pantalla completa en otra
pantalla si el equipo tiene dos, o como una ventana común si tiene una."""

from dataclasses import replace
from html import escape

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QPainter, QPalette, QShortcut, QTextDocument
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from ..servicios.base import base_abierta
from ..servicios.pantalla_de_la_sala import PantallaDeLaSala, cuenta_regresiva, lo_que_ve_la_sala
from .operaciones import FALLO, consultar_en_la_ventana
from .sala_en_vivo import SalaEnVivo
from .servidor_de_la_sala import CuadroQR, ServidorDeLaSala, huella_en_lineas

# Blanco sobre negro; cada color contra el fondo, con contraste de al menos 7:1 (WCAG AAA; lo prueba
# tests/interfaz/test_proyector_gui.py). Lo que dice un color lo dice también una marca o una palabra.
FONDO = "#000000"
COLORES = {
    "texto": "#ffffff",
    "secundario": "#d0d0d0",     # la sesión, los rótulos, los autores
    "quitado": "#ffb3b3",        # y tachado
    "agregado": "#b3ffb3",       # y subrayado
    "aprobada": "#8cff8c",       # con ✓
    "rechazada": "#ffa6a6",      # con ✗
    "excedido": "#ffd54d",       # con «Tiempo excedido»
}

ATAJO_PROYECTOR = "Ctrl+Shift+P"   # en el editor de la sesión; ni la ventana ni sus pestañas lo usan
RELEER_MS = 2000       # por si otro programa escribió en la base
DEMORA_MS = 60         # varios avisos seguidos de la sala, una sola lectura
TIC_MS = 250           # la cuenta regresiva


def _px(alto: int, fraccion: float, minimo: int = 11) -> int:
    return max(minimo, round(alto * fraccion))


class _TextoAjustado(QWidget):
    """El texto de la moción o la enmienda: un documento que se achica hasta entrar en su lugar (entre el tamaño de
    lectura de la sala y uno mínimo; si aun así no entra, se corta abajo)."""

    def __init__(self, padre: QWidget):
        super().__init__(padre)
        self._armar = None            # función(px) -> HTML
        self.documento = QTextDocument(self)
        self.documento.setDocumentMargin(0)
        self.tamano = 0               # el tamaño de letra que entró (px)

    def mostrar(self, armar) -> None:
        self._armar = armar
        self._ajustar()

    def resizeEvent(self, evento) -> None:
        super().resizeEvent(evento)
        self._ajustar()

    def _ajustar(self) -> None:
        if self._armar is None:
            self.documento.clear()
            self.update()
            return
        alto_ventana = self.window().height()
        mayor, menor = _px(alto_ventana, 1 / 24, 16), _px(alto_ventana, 1 / 60, 11)
        self.documento.setTextWidth(max(50, self.width()))
        tamano = mayor
        while True:
            fuente = QFont(self.font())
            fuente.setPixelSize(tamano)
            self.documento.setDefaultFont(fuente)
            self.documento.setHtml(self._armar(tamano))
            if tamano <= menor or self.documento.size().height() <= self.height():
                break
            tamano = max(menor, int(tamano * 0.92))
        self.tamano = tamano
        self.update()

    def paintEvent(self, _evento) -> None:
        pintor = QPainter(self)
        pintor.setClipRect(self.rect())
        self.documento.drawContents(pintor)
        pintor.end()

    def texto(self) -> str:
        return self.documento.toPlainText()


class PantallaDelProyector(QWidget):
    """La ventana del proyector de la sesión `sesion_id` (la que sigue mientras la secretaría no enfoque otra)."""

    def __init__(self, oficina, sesion_id: int, padre: QWidget | None = None):
        super().__init__(padre, Qt.WindowType.Window)
        self.oficina = oficina
        self.sesion_id = sesion_id
        self.pantalla: PantallaDeLaSala | None = None
        self.setWindowTitle(self.tr("Pantalla para el proyector"))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)   # la secretaría sigue escribiendo en la suya
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        paleta = self.palette()
        for rol in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            paleta.setColor(rol, QColor(FONDO))
        for rol in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            paleta.setColor(rol, QColor(COLORES["texto"]))
        self.setPalette(paleta)
        self.setAutoFillBackground(True)
        self._construir()

        self.sala = SalaEnVivo.de(padre)
        self._demora = QTimer(self, singleShot=True, interval=DEMORA_MS, timeout=self.releer)
        self.sala.cambio.connect(self._demora.start)
        self._releer = QTimer(self, interval=RELEER_MS, timeout=self._releer_si_se_puede)
        self._releer.start()
        self._tic = QTimer(self, interval=TIC_MS, timeout=self._contar)
        self._tic.start()
        for teclas, accion in ((Qt.Key.Key_Escape, self._salir_de_pantalla_completa),
                               (Qt.Key.Key_F11, self.alternar_pantalla_completa),
                               ("Ctrl+W", self.close)):
            QShortcut(QKeySequence(teclas), self, activated=accion)
        self.releer()

    def _rotulo(self, color: str = "texto", negrita: bool = False) -> QLabel:
        etiqueta = QLabel(self)
        etiqueta.setWordWrap(True)
        etiqueta.setTextFormat(Qt.TextFormat.PlainText)
        etiqueta.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        etiqueta.setStyleSheet(f"color: {COLORES[color]};" + (" font-weight: 700;" if negrita else ""))
        etiqueta.setProperty("negrita", negrita)
        return etiqueta

    def _construir(self) -> None:
        self.sesion = self._rotulo("secundario")
        self.punto = self._rotulo(negrita=True)
        self.texto = _TextoAjustado(self)
        self.rotulo_orador = self._rotulo("secundario")
        self.orador = self._rotulo(negrita=True)
        self.tipo_orador = self._rotulo("secundario")
        self.reloj = self._rotulo(negrita=True)
        self.reloj.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.excedido = self._rotulo("excedido", negrita=True)
        self.rotulo_siguientes = self._rotulo("secundario")
        self.siguientes = self._rotulo()
        self.rotulo_votacion = self._rotulo("secundario")
        self.votacion = self._rotulo(negrita=True)
        self.resultado = self._rotulo(negrita=True)
        self.quorum = self._rotulo("secundario")
        # A pantalla completa en la misma pantalla que la ventana (un equipo con una sola), la salida a la vista.
        self.salida = self._rotulo("secundario")
        self.salida.setText(self.tr("Esc: salir de la pantalla completa · Ctrl+W: cerrar esta pantalla"))
        self.salida.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.salida.hide()

        self.columna = QWidget(self)   # quien habla, los próximos, la votación
        caja = QVBoxLayout(self.columna)
        caja.setContentsMargins(0, 0, 0, 0)
        for widget in (self.rotulo_orador, self.orador, self.tipo_orador, self.reloj, self.excedido, None,
                       self.rotulo_siguientes, self.siguientes, None, self.rotulo_votacion, self.votacion,
                       self.resultado):
            if widget is None:
                caja.addSpacing(12)
            else:
                caja.addWidget(widget)
        caja.addStretch(1)
        medio = QHBoxLayout()
        medio.addWidget(self.texto, 60)
        medio.addWidget(self.columna, 40)
        self._medio = medio
        caja = QVBoxLayout(self)
        caja.addWidget(self.sesion)
        caja.addWidget(self.punto)
        caja.addLayout(medio, 1)
        caja.addWidget(self._construir_el_voto())
        caja.addWidget(self.quorum)
        caja.addWidget(self.salida)
        # La ventana es del tamaño de la pantalla, no del de su contenido: lo que no entra se corta abajo.
        caja.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.columna.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self._caja = caja

    def _construir_el_voto(self) -> QWidget:
        """Abajo, mientras la página de votación de la sesión está en marcha (issue 85): su QR, su dirección y la
        huella del certificado en grupos de cuatro cifras, para compararla con la que muestra el teléfono."""
        self.qr = CuadroQR(self)
        self.direccion_del_voto = self._rotulo(negrita=True)
        self.huella_del_voto = self._rotulo("secundario")
        self.voto = QWidget(self)
        fila = QHBoxLayout(self.voto)
        fila.setContentsMargins(0, 0, 0, 0)
        fila.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        textos = QVBoxLayout()
        textos.addWidget(self.direccion_del_voto)
        textos.addWidget(self.huella_del_voto)
        textos.addStretch(1)
        fila.addLayout(textos, 1)
        ServidorDeLaSala.de().cambio.connect(self._pagina_de_votacion)
        self._pagina_de_votacion()
        return self.voto

    def _pagina_de_votacion(self) -> None:
        servidor = ServidorDeLaSala.de()
        en_marcha = servidor.en_marcha(self.sesion_id)
        self.voto.setVisible(en_marcha)
        if not en_marcha:
            return
        self.qr.mostrar(servidor.url)
        self.direccion_del_voto.setText(self.tr("Vote desde su teléfono:") + "\n" + servidor.url)
        self.huella_del_voto.setText(self.tr("Huella del certificado (compárela con la que muestra el navegador):")
                                     + "\n" + huella_en_lineas(servidor.huella))

    def sizeHint(self) -> QSize:
        return QSize(1024, 768)

    # --- tamaños ---
    def resizeEvent(self, evento) -> None:
        self._escalar()
        super().resizeEvent(evento)

    def _escalar(self) -> None:
        """La letra, a la medida del alto: lo que se lee de lejos (el punto, quien habla, su tiempo) más grande."""
        alto = self.height()
        sola = self.pantalla is not None and self.pantalla.texto is None   # sin texto, la votación ocupa el centro
        margen = _px(alto, 1 / 40, 8)
        self._caja.setContentsMargins(margen * 2, margen, margen * 2, margen)
        self._caja.setSpacing(margen // 2)
        self._medio.setSpacing(margen * 2)
        for etiqueta, fraccion in ((self.sesion, 1 / 40), (self.punto, 1 / 18), (self.rotulo_orador, 1 / 40),
                                   (self.orador, 1 / 18), (self.tipo_orador, 1 / 32), (self.reloj, 1 / 7),
                                   (self.excedido, 1 / 30), (self.rotulo_siguientes, 1 / 40),
                                   (self.siguientes, 1 / 28), (self.rotulo_votacion, 1 / 40),
                                   (self.votacion, 1 / 14 if sola else 1 / 26),
                                   (self.resultado, 1 / 20 if sola else 1 / 30), (self.quorum, 1 / 34),
                                   (self.direccion_del_voto, 1 / 24), (self.huella_del_voto, 1 / 34),
                                   (self.salida, 1 / 50)):
            fuente = QFont(self.font())
            fuente.setPixelSize(_px(alto, fraccion))
            fuente.setBold(bool(etiqueta.property("negrita")))
            etiqueta.setFont(fuente)
        # El tiempo de quien habla entra entero a lo ancho de su columna («+12:34» incluido) y no se achica aunque la
        # columna no alcance de alto (lo que sobra se corta abajo).
        ancho = self.width() * (1.0 if sola else 0.38) - 2 * margen
        necesita = self.reloj.fontMetrics().horizontalAdvance("+00:00")
        if necesita > ancho > 0:
            fuente = self.reloj.font()
            fuente.setPixelSize(max(11, int(fuente.pixelSize() * ancho / necesita)))
            self.reloj.setFont(fuente)
        self.reloj.setMinimumHeight(self.reloj.fontMetrics().height())
        self.qr.setFixedSize(_px(alto, 1 / 4.5), _px(alto, 1 / 4.5))

    # --- lectura ---
    def _se_puede_leer(self) -> bool:
        """A la vista, con la base abierta y sin una escritura de la ventana a medias."""
        db = self.oficina.db if self.oficina is not None else None
        return self.isVisible() and db is not None and base_abierta(db) and not db.en_transaccion

    def _releer_si_se_puede(self) -> None:
        """Cada 2 s, salvo mientras la ventana espera una respuesta (un diálogo): después se mira."""
        if QApplication.activeModalWidget() is None:
            self.releer()

    def releer(self) -> None:
        """Lee lo que ve la sala con el foco de la secretaría (sin sesión en el foco: la de esta pantalla)."""
        if not self._se_puede_leer():
            return
        foco = self.sala.foco
        if foco.sesion_id is None:
            foco = replace(foco, sesion_id=self.sesion_id)
        else:
            self.sesion_id = foco.sesion_id
        # Si no se puede leer (la sesión se borró, la base se cerró), queda lo último que se vio: la sala no ve
        # mensajes de error; la secretaría los ve en su ventana.
        leida = consultar_en_la_ventana(self, lambda: lo_que_ve_la_sala(self.oficina.contexto, foco),
                                        que="pantalla del proyector", al_rechazar=lambda _error: True)
        if leida is FALLO or leida == self.pantalla:
            return
        self.mostrar(leida)

    # --- dibujo ---
    def mostrar(self, p: PantallaDeLaSala) -> None:
        self.pantalla = p
        self._pagina_de_votacion()   # la de la sesión que se ve, si está en marcha
        self.sesion.setText(f"{p.sesion} · {p.asociacion}")
        self.punto.setText(p.punto or p.rotulos.sin_punto)
        self.texto.mostrar((lambda px: _html_del_texto(p, px)) if p.texto is not None else None)
        self.texto.setVisible(p.texto is not None)
        self.rotulo_orador.setText(p.rotulos.orador.upper())
        self.orador.setText(p.orador.nombre if p.orador else "")
        self.tipo_orador.setText(p.orador.tipo or "" if p.orador else "")
        for widget in (self.rotulo_orador, self.orador, self.reloj):
            widget.setVisible(p.orador is not None)
        self.tipo_orador.setVisible(p.orador is not None and bool(p.orador.tipo))
        self.rotulo_siguientes.setText(p.rotulos.siguientes.upper())
        self.siguientes.setText("\n".join(f"{n}. {nombre}" for n, nombre in enumerate(p.siguientes, start=1)))
        self.rotulo_siguientes.setVisible(bool(p.siguientes))
        self.siguientes.setVisible(bool(p.siguientes))
        self.rotulo_votacion.setText(p.rotulos.votacion.upper())
        # En la columna, un dato por renglón; sola en la pantalla, en uno.
        self.votacion.setText((p.votacion_en_curso or "").replace(" · ", "  ·  " if p.texto is None else "\n"))
        self.rotulo_votacion.setVisible(bool(p.votacion_en_curso))
        self.votacion.setVisible(bool(p.votacion_en_curso))
        if p.resultado is not None:
            marca, color = ("✓", "aprobada") if p.resultado.aprobada else ("✗", "rechazada")
            self.resultado.setText(f"{marca} {p.resultado.de_que}\n{p.resultado.texto}")
            self.resultado.setStyleSheet(f"color: {COLORES[color]}; font-weight: 700;")
        self.resultado.setVisible(p.resultado is not None)
        self.columna.setVisible(any((p.orador, p.siguientes, p.votacion_en_curso, p.resultado)))
        self.quorum.setText(f"{p.rotulos.quorum}: {p.quorum}")
        self._escalar()
        self._contar()

    def _contar(self) -> None:
        """La cuenta regresiva de quien habla, con el reloj de este equipo (pasado el tiempo, lo que lleva de más)."""
        p = self.pantalla
        if p is None or p.orador is None:
            self.excedido.hide()
            return
        cuenta = cuenta_regresiva(p.orador)
        if self.reloj.text() != cuenta.texto:
            self.reloj.setText(cuenta.texto)
        self.reloj.setStyleSheet(f"color: {COLORES['excedido' if cuenta.excedido else 'texto']}; font-weight: 700;")
        # En pausa, el rótulo de abajo lo dice (y el reloj queda quieto); si no, si se pasó del tiempo.
        self.excedido.setText(p.rotulos.pausa if cuenta.pausada else p.rotulos.excedido)
        self.excedido.setVisible(cuenta.excedido or cuenta.pausada)

    # --- teclas ---
    def alternar_pantalla_completa(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def _salir_de_pantalla_completa(self) -> None:
        if self.isFullScreen():
            self.showNormal()

    def changeEvent(self, evento) -> None:
        super().changeEvent(evento)
        if evento.type() == QEvent.Type.WindowStateChange:
            # A pantalla completa, en el proyector, la flecha del ratón no se ve (si alguien la pasa por ahí).
            if self.isFullScreen():
                self.setCursor(Qt.CursorShape.BlankCursor)
            else:
                self.unsetCursor()
            self.salida.setVisible(self.isFullScreen() and self._tapa_la_ventana())

    def _tapa_la_ventana(self) -> bool:
        """¿Está en la misma pantalla que la ventana de la secretaría? (entonces la tapa entera)."""
        ventana = self.parentWidget().window() if self.parentWidget() is not None else None
        return ventana is None or self.screen() is ventana.screen()

    def closeEvent(self, evento) -> None:
        for reloj in (self._releer, self._tic, self._demora):
            reloj.stop()
        super().closeEvent(evento)

    def showEvent(self, evento) -> None:
        super().showEvent(evento)
        for reloj in (self._releer, self._tic):
            if not reloj.isActive():
                reloj.start()
        self.releer()


def _html_del_texto(p: PantallaDeLaSala, px: int) -> str:
    """La moción o la enmienda en HTML de Qt, con la letra de `px`: lo quitado tachado, lo agregado subrayado."""
    t = p.texto
    chico, grande = max(10, round(px * 0.75)), round(px * 1.15)
    partes = [f"<p style='font-size: {chico}px; color: {COLORES['secundario']};'>{escape(t.encabezado)}</p>",
              f"<p style='font-size: {grande}px; font-weight: 700;'>{escape(t.titulo)}</p>"]
    if t.autores:
        partes.append(f"<p style='font-size: {chico}px; color: {COLORES['secundario']};'>{escape(t.autores)}</p>")
    if t.nota:
        partes.append(f"<p style='font-size: {chico}px; color: {COLORES['secundario']};'>{escape(t.nota)}</p>")
    if t.lineas:   # con recomendaciones de cambio: el texto presentado con sus números de línea
        filas = "".join(
            f"<tr><td style='color: {COLORES['secundario']}; font-size: {chico}px; padding-right: {px // 2}px; "
            f"padding-top: {px // 3 if x.aparte else 0}px;' align='right'>{x.numero}</td>"
            f"<td style='font-size: {px}px; padding-top: {px // 3 if x.aparte else 0}px;'>{escape(x.texto)}</td></tr>"
            for x in t.lineas)
        partes.append(f"<table cellspacing='0' style='margin-top: {px // 3}px;'>{filas}</table>")
    for parrafo in t.parrafos:
        if parrafo.rotulo:
            partes.append(f"<p style='font-size: {chico}px; color: {COLORES['secundario']}; margin-top: "
                          f"{px // 2}px;'>{escape(parrafo.rotulo)}</p>")
        tramos = []
        for tramo in parrafo.tramos:
            texto = escape(tramo.texto)
            if tramo.tipo == "quitado":
                texto = f"<s style='color: {COLORES['quitado']};'>{texto}</s>"
            elif tramo.tipo == "agregado":
                texto = f"<u style='color: {COLORES['agregado']};'>{texto}</u>"
            tramos.append(texto)
        partes.append(f"<p style='font-size: {px}px; margin-top: {px // 3}px;'>{' '.join(tramos)}</p>")
    # drawContents pinta en negro lo que no dice su color: todo el texto va, por omisión, en el de la pantalla.
    return f"<div style='color: {COLORES['texto']};'>{''.join(partes)}</div>"


def pantalla_para_el_proyector(pantallas: list, la_de_la_ventana):
    """La pantalla donde va el proyector: otra que la de la ventana principal, si el equipo tiene más de una."""
    return next((s for s in pantallas if s is not la_de_la_ventana), None)


def seguir_la_oficina(desde: QWidget, oficina) -> None:
    """La ventana de `desde` pasó a otra base o asociación: su proyector, si está abierto, lee de ella."""
    proyector = desde.window().findChild(PantallaDelProyector)
    if proyector is not None:
        proyector.oficina = oficina


def abrir_proyector(desde: QWidget, oficina, sesion_id: int) -> PantallaDelProyector:
    """Abre (o vuelve a mostrar) la pantalla del proyector de la ventana de `desde`: a pantalla completa en la otra
    pantalla si hay dos; si no, como una ventana más, que F11 pone a pantalla completa."""
    ventana = desde.window()
    proyector = ventana.findChild(PantallaDelProyector)
    if proyector is None:
        proyector = PantallaDelProyector(oficina, sesion_id, ventana)
    else:
        proyector.oficina, proyector.sesion_id = oficina, sesion_id
    otra = pantalla_para_el_proyector(QGuiApplication.screens(), ventana.screen())
    if otra is not None:
        proyector.setScreen(otra)
        proyector.setGeometry(otra.geometry())
        proyector.showFullScreen()
    else:
        disponible = ventana.screen().availableGeometry() if ventana.screen() else None
        if disponible is not None:
            proyector.resize(min(1024, disponible.width()), min(768, disponible.height()))
        proyector.show()
    ventana.activateWindow()   # el teclado sigue en la ventana de la secretaría (no todos respetan el atributo)
    proyector.releer()
    return proyector
