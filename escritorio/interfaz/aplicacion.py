"""Arranque de la ventana: idioma, ajustes, la base a abrir, primer uso y errores inesperados."""

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QLockFile, QObject, QSettings, Qt, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import NOMBRE_APLICACION, __version__
from ..dominio import puerta
from ..servicios.asociaciones import listar_asociaciones
from ..datos.conexion import ruta_de
from ..datos.postgres import es_url_de_servidor
from ..rutas import en_carpeta_de_red
from ..errores import ErrorBaseDanada
from ..servicios.base import base_abierta, cerrar_base, es_del_servidor, nombre_de_la_base
from ..servicios.respaldo import cerrar_la_ventana
from ..recursos import carpeta_recursos
from ..registro import registrar_inesperado
from .apertura import AperturaAdelantada, Arranque, Ocupada, abrir_para_la_ventana, ajustes_del_programa, empezar
from .comun import mostrar_error, tr
from .idioma import idioma_elegido, instalar_idioma
from .medicion import abrir_en_miembros_si_se_mide, medir_si_se_pide
from . import rueda
from .recolector import RecolectorDeLaVentana
from .otra_base import cerrojo_o_aviso, soltar
from .recuperar_base import ofrecer_recuperar
from .reinicio import reabrir


def _traducir_qt(app: QApplication, ajustes: QSettings | None = None) -> list[QTranslator]:
    """La ventana en su idioma (idioma.py: el elegido o el del sistema), una sola vez por aplicación."""
    if getattr(app, "traducciones_qt", None):
        return app.traducciones_qt
    return instalar_idioma(app, idioma_elegido(ajustes if ajustes is not None else _ajustes()))


def crear_aplicacion(ajustes: QSettings | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    puerta.fijar_del_proceso(puerta.VENTANA)   # los mensajes nombran los menús de la ventana, no las órdenes
    app.setApplicationName(NOMBRE_APLICACION)
    app.setOrganizationName(NOMBRE_APLICACION)
    app.setApplicationVersion(__version__)
    icono = carpeta_recursos() / "iconos" / "escritorio.png"   # el de la barra de tareas y los diálogos
    if icono.is_file():
        app.setWindowIcon(QIcon(str(icono)))
    _traducir_qt(app, ajustes)
    rueda.instalar(app)   # la rueda no cambia una lista ni un número de una tabla sin querer (rueda.py)
    if getattr(app, "recolector", None) is None:   # la basura, solo en el hilo de la ventana (recolector.py)
        app.recolector = RecolectorDeLaVentana(app)
    return app


def _conectar_con_ayuda(direccion: str, ajustes: QSettings):
    """La base del servidor de `direccion` (la clave, del llavero si se guardó). Si no se puede (falta la clave, la
    rechazó, el servidor no responde), el formulario «Conectar a un servidor» con el motivo. None si desiste."""
    from ..errores import ErrorEscritorio
    from ..servicios.base import abrir_en_el_servidor
    from .dialogos.servidor import DialogoConectarServidor

    try:
        return abrir_en_el_servidor(direccion)
    except ErrorEscritorio as error:
        motivo = error.mensaje
    except Exception as error:  # noqa: BLE001
        mostrar_error(None, error, "conectar a un servidor")
        motivo = None
    dialogo = DialogoConectarServidor(ajustes, None, direccion=direccion, motivo=motivo)
    conectada = dialogo.exec() == DialogoConectarServidor.DialogCode.Accepted
    db = dialogo.db
    dialogo.deleteLater()
    return db if conectada else None


def abrir_con_ayuda(ruta: Path | str, adelantada: AperturaAdelantada | None = None, ajustes: QSettings | None = None):
    """Abre la base; si está dañada ofrece recuperarla; si no se puede, lo explica y ofrece otra. None si desiste.
    `adelantada`: el primer intento, ya empezado en un hilo (ver apertura.py); los siguientes, aquí. La de un
    servidor se conecta aquí; si no se puede y la persona desiste, puede elegir un archivo."""
    if es_url_de_servidor(ruta):
        db = _conectar_con_ayuda(str(ruta), ajustes if ajustes is not None else _ajustes())
        if db is not None:
            return db
        from .piezas import elegir_archivo   # el diálogo de archivos de Qt, cuando se lo usa (no al abrir la ventana)
        ruta = elegir_archivo.para_abrir(None, tr("Abrir una base de este equipo"), str(Path.home()),
                                         tr("Base de Escritorio (*.db);;Todos los archivos (*)"), base=True)
        if not ruta:
            return None
        ruta = Path(ruta)
    while True:
        try:
            if adelantada is not None:
                intento, adelantada = adelantada, None
                return intento.resultado()
            return abrir_para_la_ventana(ruta)
        except ErrorBaseDanada as error:
            if ofrecer_recuperar(ruta, error):
                continue
        except Exception as error:
            mostrar_error(None, error, "abrir base")
        from .piezas import elegir_archivo   # el diálogo de archivos de Qt, cuando se lo usa (no al abrir la ventana)
        ruta = elegir_archivo.para_abrir(None, tr("Abrir otra base de datos"), str(Path.home()),
                                         tr("Base de Escritorio (*.db);;Todos los archivos (*)"), base=True)
        if not ruta:
            return None


def avisar_solo_lectura(ventana) -> None:
    """Una base abierta solo para consultar (creada por una versión más nueva, o en un disco sin espacio) se
    avisa con una franja fija bajo el menú mientras esa base esté abierta; intentar guardar da el mismo motivo
    (la transacción lo rechaza). Si la ventana abre otra base, la franja se actualiza. La misma franja avisa que a
    la base le faltan cambios que su testigo vio guardados (`aviso_del_testigo`), con qué hacer."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar

    from ..datos.conexion import solo_lectura

    franja = QToolBar(tr("Solo lectura"), ventana)
    franja.setObjectName("aviso_solo_lectura")
    franja.setMovable(False)
    franja.setFloatable(False)
    franja.toggleViewAction().setEnabled(False)  # no se puede ocultar desde el menú contextual
    etiqueta = QLabel()
    etiqueta.setObjectName("texto_solo_lectura")
    etiqueta.setWordWrap(True)
    etiqueta.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    etiqueta.setStyleSheet("background: #fff3cd; color: #664d03; border: 1px solid #e0b43c; padding: 6px;")
    franja.addWidget(etiqueta)
    ventana.addToolBar(Qt.ToolBarArea.TopToolBarArea, franja)
    ventana.insertToolBarBreak(franja)

    def actualizar() -> None:
        motivo = solo_lectura(ventana.db)
        testigo = ventana.db.estado.aviso_del_testigo  # faltan cambios que el testigo vio guardados
        franja.setVisible(motivo is not None or bool(testigo))
        if motivo is not None:
            etiqueta.setText(tr("SOLO LECTURA — {0} No se puede guardar ningún cambio.").format(motivo.aviso))
        else:
            etiqueta.setText(tr("ATENCIÓN — {0}").format(testigo) if testigo else "")

    cargar_base = ventana.cargar_base

    def cargar_y_avisar(db, *args, **kwargs):
        cargar_base(db, *args, **kwargs)
        actualizar()

    ventana.cargar_base = cargar_y_avisar
    ventana.franja_solo_lectura = franja
    ventana.actualizar_franja_solo_lectura = actualizar
    actualizar()


class _TrasLaPrimeraPintura(QObject):
    """Llama a `funcion` una vez, con el bucle de eventos libre, cuando `widget` terminó de pintarse por primera vez
    (o a los `tope_ms`, si no se pinta: minimizada)."""

    def __init__(self, widget, funcion, tope_ms: int = 2000):
        super().__init__(widget)
        self._funcion, self._hecho = funcion, False
        widget.installEventFilter(self)
        QTimer.singleShot(tope_ms, self._llamar)

    def eventFilter(self, objeto, evento) -> bool:  # noqa: N802 (nombre de Qt)
        if evento.type() == QEvent.Type.Paint:
            objeto.removeEventFilter(self)
            QTimer.singleShot(0, self._llamar)   # después de toda la pintura (la de la tabla viene en la misma pasada)
        return False

    def _llamar(self) -> None:
        if not self._hecho:
            self._hecho = True
            self._funcion()


def _despues_del_padron(ventana, funcion) -> None:
    """`funcion` ya, o cuando llegue el resto del padrón si todavía está llegando (no le quita procesador)."""
    if ventana.area_armada("miembros") and ventana.miembros.llenado.activo:
        ventana.miembros.llenado.terminado.connect(funcion, Qt.ConnectionType.SingleShotConnection)
        ventana.miembros.llenado.detenido.connect(funcion, Qt.ConnectionType.SingleShotConnection)
    else:
        funcion()


def avisar_al_terminar_el_respaldo(ventana, adelantada: AperturaAdelantada | None, cada_ms: int = 100) -> None:
    """La comprobación pendiente y el respaldo de apertura siguen en su hilo con la ventana ya a la vista
    (apertura.py), y empiezan cuando el padrón ya se pintó y, si llega por partes, cuando llegó entero: no le quitan
    procesador. Al terminar, si no se pudo o la base está dañada, se avisa sin detener la ventana; con el disco
    lleno o la base dañada, la franja de solo lectura lo dice."""
    if adelantada is None:
        return
    _TrasLaPrimeraPintura(ventana, lambda: _despues_del_padron(ventana, adelantada.seguir))
    reloj = QTimer(ventana)

    def mirar() -> None:
        if not adelantada.despues_terminado():
            return
        reloj.stop()
        reloj.deleteLater()
        aviso = adelantada.aviso()
        if aviso is None:
            return
        ventana.actualizar_franja_solo_lectura()
        if ventana.franja_solo_lectura.isHidden():  # el disco lleno ya lo dice la franja
            caja = QMessageBox(QMessageBox.Icon.Warning, tr("Respaldo de apertura"), aviso, QMessageBox.StandardButton.Ok,
                               ventana)
            caja.setObjectName("aviso_respaldo_de_apertura")
            caja.open()

    reloj.timeout.connect(mirar)
    reloj.start(cada_ms)


def _capturar_inesperados() -> None:
    """Un error no previsto en un evento de Qt muestra una disculpa, nunca una traza."""
    def manejar(tipo, valor, traza):
        if issubclass(tipo, KeyboardInterrupt):
            sys.__excepthook__(tipo, valor, traza)
            return
        mostrar_error(QApplication.activeWindow(), valor.with_traceback(traza), "evento de la interfaz")
    sys.excepthook = manejar


def ejecutar(ruta_db: str | None = None, arranque: Arranque | None = None) -> int:
    """La ventana sobre la base de `ruta_db` (o la de siempre). `arranque`: lo que `__main__` ya empezó antes de
    cargar Qt Widgets (apertura.py: la base abre en un hilo mientras tanto); sin él, se empieza aquí."""
    if arranque is None:
        arranque = empezar(ruta_db, _ajustes())
    app = crear_aplicacion(arranque.ajustes)
    _capturar_inesperados()
    ajustes, ruta = arranque.ajustes, arranque.ruta
    cerrojo = None   # en el servidor no hay: varias personas trabajan a la vez sobre la misma base
    if arranque.cerrojo is not None:
        cerrojo = _cerrojo_o_aviso(arranque.cerrojo, ruta)
        if cerrojo is None:
            return 1
    from .ventana_principal import VentanaPrincipal, cargar_modulo_del_area

    abrir_en_miembros_si_se_mide(ajustes)
    cargar_modulo_del_area(ajustes)  # mientras la base termina de abrir
    db = abrir_con_ayuda(ruta, arranque.base, ajustes)
    if db is None:
        return 1
    if not es_del_servidor(db) and en_carpeta_de_red(ruta_de(db)):
        QMessageBox.warning(None, NOMBRE_APLICACION, tr(
            "La base de datos está en una carpeta de red ({0}). Si dos equipos la usan a la vez se puede dañar: "
            "úsela desde un solo equipo, o cópiela a este equipo.").format(ruta_de(db)))
    if not listar_asociaciones(db):
        from .primer_uso import preparar_primer_uso   # la bienvenida y la red de ejemplo, solo si hacen falta

        if not preparar_primer_uso(db):
            return 0
    try:
        ventana = VentanaPrincipal(db, ajustes)
    except Exception as error:  # p. ej. bytes que no son UTF-8 guardados por otro programa: se explica y se sale
        mostrar_error(None, error, "abrir la ventana")
        db.close()
        if cerrojo is not None:
            cerrojo.unlock()
        return 1
    ventana.cerrojo = cerrojo   # desde ahora es de la ventana: al pasar a otra base, suelta este (otra_base.py)
    avisar_solo_lectura(ventana)
    ventana.show()
    medir_si_se_pide(app, ventana)
    avisar_al_terminar_el_respaldo(ventana, arranque.base)
    estado = app.exec()
    # La base que la ventana tenía abierta al salir (pudo pasar a otra), para reabrirla si se pidió reiniciar.
    base_para_reabrir = nombre_de_la_base(ventana.db) if ventana.reiniciar_al_salir else None
    try:
        # En un segundo: lo que corría en segundo plano se deja, el respaldo de cierre si entra (o pendiente para la
        # próxima apertura) y la base cerrada y sellada (servicios.respaldo.cerrar_la_ventana).
        cerrar_la_ventana(ventana.db)
    except Exception:  # un respaldo fallido al salir no debe impedir cerrar: queda en el registro
        registrar_inesperado("respaldo al cerrar")
        if base_abierta(ventana.db):
            cerrar_base(ventana.db)
    soltar(ventana.cerrojo)   # el de la base que quedó abierta (ninguno en el servidor)
    if base_para_reabrir is not None:   # «Reiniciar ahora» (reinicio.py): ya cerrada y sin cerrojo
        reabrir(base_para_reabrir)
    return estado


def _ajustes() -> QSettings:
    """Los ajustes del programa (apertura.py); un solo nombre por donde pasan, que las pruebas reemplazan."""
    return ajustes_del_programa()


def _cerrojo_o_aviso(cerrojo: QLockFile | Ocupada, ruta: Path) -> QLockFile | None:
    """El cerrojo tomado, o None tras decirle a la persona qué otra ventana tiene la base (otra_base.py)."""
    return cerrojo_o_aviso(cerrojo, ruta)
