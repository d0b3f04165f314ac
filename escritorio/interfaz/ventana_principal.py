"""La ventana principal: navegación por áreas a la izquierda, el área elegida a la derecha.

Abrir la ventana arma solo el área que se ve (la última usada): las demás, y sus módulos, se cargan la primera vez
que se las abre o se las nombra (`ventana.cuotas`), ver `PilaDeAreas`. Los diálogos del menú, también al pedirlos.

El menú Archivo y lo que hacen sus acciones están en `menu_archivo.py`; la vigilancia de lo que guardan otros
programas en la base, en `vigia_de_otros.py` (los dos, clases de las que hereda `VentanaPrincipal`).
"""

import importlib
from functools import partial

from PySide6.QtCore import QSettings, QSize, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMessageBox, QSplitter,
                               QStyle, QToolBar)

from ..datos.conexion import ruta_de
from ..dominio import puerta
from ..datos.vigilancia import CambiosDeOtros
from ..servicios.asociaciones import listar_asociaciones
from ..servicios.base import base_abierta, es_del_servidor, nombre_de_la_base
from ..servicios.miembros import contar_miembros_vigentes
from ..servicios.oficina import Oficina
from . import espera, tamano_ventana
from .cambios import TODO, Cambios
from .comun import descartar, miles
from .iconos import icono
from ..servicios.idioma_de_los_documentos import pedido_en_la_ventana
from .menu_documentos import agregar_menu_documentos
from .menu_edicion import MenuEdicion
from .orden_alfabetico import fijar_asociacion
from .menu_idioma import aviso_de_idioma_de_documentos
from .piezas import PilaDeAreas
from .piezas.de_la_oficina import DeLaOficina
from .busqueda import instalar_busqueda
from .correo_en_la_ventana import al_abrir_la_base, correo_cambiado, se_puede_cerrar
from .sellador import al_abrir_la_base as sellar_al_abrir
from .recientes import anotar_base_reciente
from .viaje import actualizar_acciones_de_viaje, rotulo_de_viaje
from .menu_archivo import MenuArchivo
from .vigia_de_otros import VigiaDeOtros


VIGILAR_MS = 1000


# Cada área, por su nombre, con la fábrica que la arma: el import va adentro, para cargar el módulo solo al abrirla.
def _vista_inicio(ventana):
    from .agenda import ir_al_paso
    from .vistas.inicio import VistaInicio

    vista = VistaInicio()
    vista.crear_escala.connect(ventana.crear_escala)   # sin escala no hay tramos: Inicio ofrece crearla
    vista.actuar.connect(partial(ir_al_paso, ventana))   # un paso de «Próximos pasos» lleva adonde se hace
    return vista


def _vista_miembros(ventana):
    from .vistas.miembros import VistaMiembros

    return VistaMiembros(ventana.ajustes)


def _vista_cuotas(ventana):
    from .vistas.cuotas import VistaCuotas

    return VistaCuotas(ventana.ajustes)


def _vista_estatutos(ventana):
    from .vistas.estatutos import VistaEstatutos

    return VistaEstatutos(ventana.ajustes)


def _vista_organos(ventana):
    from .vistas.organos import VistaOrganos

    return VistaOrganos(ventana.ajustes)


def _vista_unidades(ventana):
    from .vistas.unidades import VistaUnidades

    return VistaUnidades(ventana.ajustes)


def _vista_sesiones(ventana):
    from .vistas.sesiones import VistaSesiones

    return VistaSesiones(ventana.ajustes)


def _vista_convenios(ventana):
    from .vistas.convenios import VistaConvenios

    return VistaConvenios(ventana.ajustes)


def _vista_datos_personales(ventana):
    from .vistas.datos_personales import VistaDatosPersonales

    return VistaDatosPersonales(ventana.ajustes)


# Las áreas en el orden de la navegación (el índice de cada una es su fila y su lugar en `ventana.areas`).
AREAS = {"inicio": _vista_inicio, "miembros": _vista_miembros, "cuotas": _vista_cuotas,
         "estatutos": _vista_estatutos, "organos": _vista_organos, "unidades": _vista_unidades,
         "sesiones": _vista_sesiones, "convenios": _vista_convenios, "datos_personales": _vista_datos_personales}
NOMBRES = tuple(AREAS)


def area_guardada(ajustes: QSettings) -> int:
    """La fila del área con que abre la ventana: la última que se usó (Inicio si no hay una válida)."""
    try:
        fila = int(ajustes.value("ventana/area", 0))
    except (TypeError, ValueError):
        return 0
    return fila if 0 <= fila < len(NOMBRES) else 0


def cargar_modulo_del_area(ajustes: QSettings) -> None:
    """Antes de armar la ventana (mientras la base abre en otro hilo): importa el módulo del área con que abrirá
    (cada área vive en vistas/<su nombre>, que su fábrica importa al armarla)."""
    importlib.import_module(f".vistas.{NOMBRES[area_guardada(ajustes)]}", __package__)


def indice_del_area(nombre: str) -> int:
    """La fila de la navegación (y el lugar en la pila) del área `nombre`: «miembros» -> 1."""
    return NOMBRES.index(nombre)


class VentanaPrincipal(MenuArchivo, VigiaDeOtros, DeLaOficina, QMainWindow):
    # Las áreas por su nombre: nombrarla la arma si todavía no se abrió (las pruebas y los diálogos las usan así).
    inicio = property(lambda self: self._area("inicio"))
    miembros = property(lambda self: self._area("miembros"))
    cuotas = property(lambda self: self._area("cuotas"))
    estatutos = property(lambda self: self._area("estatutos"))
    organos = property(lambda self: self._area("organos"))
    unidades = property(lambda self: self._area("unidades"))
    sesiones = property(lambda self: self._area("sesiones"))
    convenios = property(lambda self: self._area("convenios"))
    datos_personales = property(lambda self: self._area("datos_personales"))

    def __init__(self, db, ajustes: QSettings | None = None):
        super().__init__()
        puerta.fijar_del_proceso(puerta.VENTANA)   # también si la ventana se arma sin `crear_aplicacion`
        # La oficina: la base abierta y la asociación elegida (servicios/oficina.py). `db`, `asociacion` y `contexto`
        # salen de ella; `cargar_base` la cambia por la de otra base.
        self.oficina = Oficina(db)
        self.ajustes = ajustes or QSettings()
        self.cerrojo = None   # el de la base abierta, si es un archivo (otra_base.py); lo pasa `aplicacion.ejecutar`
        self._inicio_pendiente = True
        self.reiniciar_al_salir = False   # «Reiniciar ahora» al cambiar el idioma (reinicio.py)
        # Una sola notificación de qué cambió (ver `cambios.py`): la oficina dice qué tablas escribió cada escritura y
        # cada área se invalida sola con los temas que muestra; la ventana (título, Inicio, barra) escucha todo.
        # Cada área se conecta al armarla (`_area_armada`): la que no se abrió no tiene nada que invalidar.
        self.cambios = Cambios(self)
        self.cambios.cambio.connect(self._datos_cambiados)
        self.otros: CambiosDeOtros | None = None   # lo que guardan otros (ver `_escuchar`)
        self._avisos_del_servidor: QSocketNotifier | None = None
        self._construir()
        self._restaurar_geometria()
        try:
            self.cargar_base(db)
        except Exception:
            # Una ventana a medio armar (p. ej. bytes que no son UTF-8 en la base) no se deja a la recolección de
            # Python: recogerla más tarde, en cualquier momento, hacía caer el programa. Se destruye ya.
            descartar(self)
            raise
        # Otros escritores (la línea de órdenes, otra ventana, otra persona en el servidor): se miran cada segundo
        # y, en el servidor, apenas avisa; ver `_vigilar`.
        self.aviso_base: QMessageBox | None = None
        self.vigia = QTimer(self)
        self.vigia.setInterval(VIGILAR_MS)
        self.vigia.timeout.connect(self._vigilar)
        self.vigia.start()
        espera.instalar()   # mientras otro programa escribe, guardar espera con un aviso en la barra de estado
        self.destroyed.connect(espera.retirar)

    # --- construcción -----------------------------------------------------------------------
    def _construir(self) -> None:
        self.navegacion = QListWidget()
        self.navegacion.setIconSize(QSize(22, 22))
        self.navegacion.setSpacing(2)
        # Nunca una barra horizontal: la lista mide lo que el texto más largo («Unidades temáticas») y no se achica
        # por debajo de eso (ver `_ajustar_navegacion`).
        self.navegacion.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navegacion.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.areas = PilaDeAreas(self._area_armada)
        titulos = {"inicio": self.tr("Inicio"), "miembros": self.tr("Miembros"), "cuotas": self.tr("Cuotas"),
                   "estatutos": self.tr("Estatutos"), "organos": self.tr("Órganos"),
                   "unidades": self.tr("Unidades temáticas"), "sesiones": self.tr("Sesiones"),
                   "convenios": self.tr("Convenios"), "datos_personales": self.tr("Datos personales")}
        for nombre, fabrica in AREAS.items():
            QListWidgetItem(icono(nombre), titulos[nombre], self.navegacion)
            self.areas.agregar(partial(fabrica, self))
        self._ajustar_navegacion()
        self.navegacion.currentRowChanged.connect(self._mostrar_area)
        self.divisor = QSplitter()
        self.divisor.addWidget(self.navegacion)
        self.divisor.addWidget(self.areas)
        self.divisor.setChildrenCollapsible(False)
        self.divisor.setStretchFactor(0, 0)
        self.divisor.setStretchFactor(1, 1)
        self.divisor.setSizes([self.navegacion.width(), 900])
        self.setCentralWidget(self.divisor)

        self.selector = QComboBox()
        self.selector.setMinimumWidth(280)
        self.selector.currentIndexChanged.connect(self._elegir_asociacion)
        self.barra = QToolBar(self.tr("Asociación"))
        self.barra.setObjectName("barra_asociacion")
        self.barra.setMovable(False)
        self.barra.addWidget(QLabel(self.tr("  Asociación: ")))
        self.barra.addWidget(self.selector)
        self.addToolBar(self.barra)

        self._menu_archivo()   # Archivo (menu_archivo.py)
        self.edicion = MenuEdicion(self)   # Edición › Deshacer / Rehacer (menu_edicion.py)
        agregar_menu_documentos(self)      # Documentos › Memoria anual… (menu_documentos.py)
        ayuda = self.menuBar().addMenu(self.tr("A&yuda"))
        self._accion(ayuda, self.tr("&Manual de uso"), self.ver_manual, QKeySequence.StandardKey.HelpContents,
                     "manual")
        ayuda.addSeparator()
        self._accion(ayuda, self.tr("&Acerca de Escritorio"), self.ver_acerca, icono_de="acerca")
        instalar_busqueda(self)   # Ctrl+K y «Buscar en todo…» junto al menú (busqueda.py)

        self._inicio_por_el_correo = QTimer(self)
        self._inicio_por_el_correo.setSingleShot(True)
        self._inicio_por_el_correo.setInterval(400)
        self._inicio_por_el_correo.timeout.connect(self._inicio_tras_el_correo)

        self.etiqueta_ruta = QLabel()
        self.etiqueta_miembros = QLabel()
        self.etiqueta_idioma_documentos = QLabel(aviso_de_idioma_de_documentos(pedido_en_la_ventana()))
        self.etiqueta_idioma_documentos.setObjectName("idioma_documentos")
        self.statusBar().addWidget(self.etiqueta_ruta, 1)
        self.statusBar().addPermanentWidget(self.etiqueta_idioma_documentos)
        self.statusBar().addPermanentWidget(self.etiqueta_miembros)

    def _ajustar_navegacion(self) -> None:
        """El ancho de la navegación: el del elemento más ancho (ícono y texto, medido con la fuente y la escala de
        esta pantalla) más el marco y la barra vertical si llegara a hacer falta. Fijo: la lista no se estira a
        costa del área ni se achica hasta cortar una palabra."""
        lista = self.navegacion
        contenido = max(lista.sizeHintForColumn(0), 0) + 2 * lista.spacing()
        marco = 2 * lista.frameWidth()
        barra = lista.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        lista.setFixedWidth(contenido + marco + barra + 4)

    # --- áreas ---------------------------------------------------------------------------------
    def _area(self, nombre: str):
        return self.areas.vista(indice_del_area(nombre))

    def area_armada(self, nombre: str) -> bool:
        """¿Ya se abrió (o se nombró) el área `nombre`? Las que no, todavía no existen ni cargaron su módulo."""
        return self.areas.armada(indice_del_area(nombre))

    def _a_la_vista(self, nombre: str) -> bool:
        return self.area_armada(nombre) and self.areas.currentIndex() == indice_del_area(nombre)

    def _area_armada(self, indice: int, vista) -> None:
        """Un área recién armada se suma a los avisos de cambios y muestra la asociación elegida. Inicio no guarda
        nada: se recalcula al verse (`_mostrar_area`). Con la base cerrada por debajo (restaurando un respaldo) queda
        vacía: `cargar_base` le dará la nueva."""
        if NOMBRES[indice] == "inicio":
            return
        self.cambios.conectar(vista)
        if self.asociacion is not None and base_abierta(self.db):
            vista.mostrar(self.oficina)

    def guardar_pendiente(self) -> bool:
        """Lo escrito en una sesión (si Sesiones se abrió) va a la base; False si quedó solo en pantalla."""
        return not self.area_armada("sesiones") or self.sesiones.guardar_pendiente()

    def _mostrar_area(self, indice: int) -> None:
        self.guardar_pendiente()   # lo escrito en una sesión se guarda antes de dejar el área
        if not 0 <= indice < len(NOMBRES):
            return
        self.areas.mostrar(indice)
        if NOMBRES[indice] == "inicio" and self._inicio_pendiente and self.asociacion:
            self._refrescar_inicio()

    def crear_escala(self) -> None:
        """Cuotas › Escalas con el diálogo de una escala nueva (lo pide Inicio, que sin escala no tiene tramos)."""
        self.navegacion.setCurrentRow(indice_del_area("cuotas"))
        cuotas = self.cuotas
        cuotas.pestanas.setCurrentWidget(cuotas.escalas)
        cuotas.escalas.nueva()

    def _inicio_tras_el_correo(self) -> None:
        if base_abierta(self.db) and self._inicio_pendiente and self._a_la_vista("inicio"):
            self._refrescar_inicio()

    def _refrescar_inicio(self) -> None:
        self._inicio_pendiente = False
        self.inicio.mostrar(self.oficina)

    # --- datos --------------------------------------------------------------------------------
    def cargar_base(self, db, sigla: str | None = None) -> None:
        """Muestra la base `db` (con una oficina nueva); elige la asociación de `sigla`, la última usada o la
        primera."""
        if self.oficina.db is not db:
            self.oficina.soltar()
            self.oficina = Oficina(db)
        self.cambios.escuchar(self.oficina)
        self._escuchar(db)
        self._reemplazo_avisado = False
        self.ajustes.setValue("ultima_base", nombre_de_la_base(db))
        anotar_base_reciente(self.ajustes, nombre_de_la_base(db))
        self.etiqueta_ruta.setText(self._rotulo_de_la_base(db))
        actualizar_acciones_de_viaje(self)
        asociaciones = listar_asociaciones(db)
        preferida = sigla or self.ajustes.value("ultima_asociacion")
        self.selector.blockSignals(True)
        self.selector.clear()
        for a in asociaciones:
            self.selector.addItem(f"{a['nombre']} ({a['sigla']})", a)
        indice = next((i for i, a in enumerate(asociaciones) if a["sigla"] == preferida), 0)
        self.selector.setCurrentIndex(indice)
        self.selector.blockSignals(False)
        self.barra.setVisible(len(asociaciones) > 1)
        self._elegir_asociacion(indice)
        al_abrir_la_base(self)   # el cartero de esta base: lo que quedó esperando sale en cuanto haya conexión
        sellar_al_abrir(self)    # el sello de tiempo de la cabeza, si la base tiene servidor y toca (interfaz/sellador.py)

    def _rotulo_de_la_base(self, db) -> str:
        """La barra de estado: la ruta del archivo, o el servidor con quién entró y con qué papel."""
        if not es_del_servidor(db):
            return rotulo_de_viaje(db) or self.tr("Base: {0}").format(ruta_de(db))
        from ..servicios.servidor import quien_trabaja

        return self.tr("Servidor: {0} — {1}").format(db.url, quien_trabaja(db))

    def _elegir_asociacion(self, indice: int) -> None:
        asociacion = self.selector.itemData(indice)
        if asociacion is None:
            return
        self.oficina.elegir(asociacion)
        fijar_asociacion(self.asociacion)   # las tablas ordenan en el idioma de sus documentos, como el padrón
        self.ajustes.setValue("ultima_asociacion", self.asociacion["sigla"])
        self.setWindowTitle(self.tr("Escritorio — {0}").format(self.asociacion["nombre"]))
        for nombre in NOMBRES[1:]:   # las abiertas; Inicio, por `_datos_cambiados`; las otras, al armarlas
            if self.area_armada(nombre):
                self._area(nombre).mostrar(self.oficina)
        self._datos_cambiados()

    def _datos_cambiados(self, temas: frozenset[str] = TODO) -> None:
        """Algo se guardó (`temas`, ver `cambios.py`): el título y el selector si cambió la asociación, Inicio y la
        cuenta de miembros de la barra de estado."""
        if "correo" in temas:
            correo_cambiado(self)   # el aviso de la barra de estado: cuántos mensajes esperan
            if temas <= {"correo"}:
                # Cada paso de un envío avisa: Inicio (lo que espera salir) se recalcula una sola vez, al rato.
                self._inicio_pendiente = True
                self._inicio_por_el_correo.start()
                return
        if "asociacion" in temas and self.asociacion is not None:
            self._releer_asociaciones()
        # Inicio se recalcula solo cuando está a la vista (con miles de miembros no es gratis).
        self._inicio_pendiente = True
        if self._a_la_vista("inicio"):
            self._refrescar_inicio()
        if not temas & {"miembros", "asociacion"}:
            return   # la cuenta lee el estado vigente de cada miembro: solo cuando algo del padrón pudo cambiarla
        # Los miembros de hoy, como los cuenta Inicio: sin las ciudades solicitantes ni las de baja (issue 78 §4).
        cantidad = contar_miembros_vigentes(self.contexto)
        self.etiqueta_miembros.setText((self.tr("1 miembro vigente") if cantidad == 1 else
                                        self.tr("{0} miembros vigentes")).format(miles(cantidad)))

    def _releer_asociaciones(self) -> None:
        """El nombre o la sigla de una asociación cambió: el selector y el título lo muestran. Las áreas comparten el
        diccionario de la asociación elegida, así que se actualiza en su lugar."""
        por_id = {a["id"]: a for a in listar_asociaciones(self.db)}
        for i in range(self.selector.count()):
            actual = por_id.get(self.selector.itemData(i)["id"])
            if actual is not None:
                self.selector.setItemText(i, f"{actual['nombre']} ({actual['sigla']})")
        if self.asociacion["id"] in por_id:
            self.asociacion.update(por_id[self.asociacion["id"]])
            fijar_asociacion(self.asociacion)   # por si cambió el idioma de sus documentos
            self.setWindowTitle(self.tr("Escritorio — {0}").format(self.asociacion["nombre"]))

    # --- otros escritores (los mira vigia_de_otros.py; aquí, qué se recarga) ------------------------
    def _refrescar_por_otro(self, cambiados: frozenset[str] = TODO) -> None:
        """Otro programa u otra persona guardó algo: las vistas de esos temas se recargan como tras un cambio propio
        (en un archivo no se sabe qué tocó: todas)."""
        asociaciones = listar_asociaciones(self.db)
        vistas = [self.selector.itemData(i)["id"] for i in range(self.selector.count())]
        if [a["id"] for a in asociaciones] != vistas:  # otra asociación creada o quitada
            self.cargar_base(self.db, self.asociacion["sigla"] if self.asociacion else None)
        elif self.asociacion is not None:
            self.cambios.avisar(cambiados)
        self.statusBar().showMessage(
            self.tr("Actualizado con lo que guardó otra persona en el servidor.") if es_del_servidor(self.db) else
            self.tr("Actualizado con lo que guardó otro programa (la línea de órdenes u otra ventana)."), 8000)

    # --- estado de la ventana -------------------------------------------------------------------
    def _restaurar_geometria(self) -> None:
        """El tamaño recordado para esta pantalla y esta escala (ver `tamano_ventana`), y el área de la última vez."""
        tamano_ventana.restaurar(self, self.ajustes, self.divisor)
        self.navegacion.setCurrentRow(area_guardada(self.ajustes))

    def dejar_de_leer(self) -> None:
        """Antes de cerrar la base: lo que se lee en segundo plano con otra conexión (el resto del padrón) se deja."""
        if self.area_armada("miembros"):
            self.miembros.detener_llenado()

    def closeEvent(self, evento) -> None:
        # Lo escrito en una sesión se guarda antes de cerrar; si quedó solo en pantalla (ni en la base ni en un
        # archivo: ya se avisó), la ventana no se cierra esta vez, para que se pueda copiar.
        if not self.guardar_pendiente():
            evento.ignore()
            return
        # Con mensajes en la bandeja de salida, se dice cuántos y que salen la próxima vez (o se envían ahora).
        if not se_puede_cerrar(self):
            evento.ignore()
            return
        self._inicio_por_el_correo.stop()
        tamano_ventana.guardar(self, self.ajustes, self.divisor)
        self.ajustes.setValue("ventana/area", self.navegacion.currentRow())
        if self.area_armada("miembros"):
            self.miembros.guardar_estado()
        self.dejar_de_leer()
        self._dejar_de_escuchar()   # la escucha del servidor (en un archivo no hay nada que cerrar)
        super().closeEvent(evento)

