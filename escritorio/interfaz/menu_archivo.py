"""El menú Archivo de la ventana principal: abrir, crear o conectar una base (y pasar a ella), respaldar y
restaurar, la bitácora, verificar un documento o la base, los datos de la asociación, publicar el sitio, el
manual y Acerca de. Cada diálogo se importa al pedirlo."""

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from ..datos.conexion import ruta_de
from ..servicios.asociaciones import listar_asociaciones
from ..servicios.base import cerrar_base, es_del_servidor, nombre_de_la_base
from .comun import descartar, mostrar_error
from .iconos import icono
from .menu_idioma import agregar_menu_idioma, agregar_menu_idioma_documentos, aviso_de_idioma_de_documentos
from .correo_en_la_ventana import agregar_acciones_de_correo
from .otra_base import cambiar_a_archivo, soltar
from .recientes import agregar_menu_recientes
from .viaje import agregar_acciones_de_viaje


class MenuArchivo:
    """Arma el menú Archivo y hace lo que piden sus acciones (y `_accion`, que usan los otros menús)."""

    def _menu_archivo(self) -> None:
        """Archivo: bases (nueva, abrir, recientes, servidor, viaje), respaldos, bitácora, verificar, datos de la
        asociación, publicar, correo, idiomas y Salir."""
        archivo = self.menuBar().addMenu(self.tr("&Archivo"))
        self._accion(archivo, self.tr("&Nueva base de datos…"), self.nueva_base, icono_de="base_nueva")
        self._accion(archivo, self.tr("&Abrir…"), self.abrir_otra, QKeySequence.StandardKey.Open, "abrir")
        agregar_menu_recientes(self, archivo)   # Archivo › Bases recientes (recientes.py)
        self._accion(archivo, self.tr("&Conectar a un servidor…"), self.conectar_servidor, icono_de="servidor")
        agregar_acciones_de_viaje(self, archivo)
        archivo.addSeparator()
        self._accion(archivo, self.tr("Crear &respaldo…"), self.respaldar, icono_de="respaldo")
        self._accion(archivo, self.tr("Res&taurar respaldo…"), self.restaurar, icono_de="restaurar")
        self._accion(archivo, self.tr("&Bitácora de cambios…"), self.ver_bitacora, icono_de="bitacora")
        self._accion(archivo, self.tr("&Verificar un documento…"), self.verificar_documento, icono_de="verificar")
        self._accion(archivo, self.tr("Verificar la bas&e…"), self.verificar_base, icono_de="verificar")
        self._accion(archivo, self.tr("&Datos de la asociación…"), self.editar_asociacion, icono_de="asociacion")
        self._accion(archivo, self.tr("&Publicar el sitio…"), self.publicar_sitio, icono_de="exportar")
        agregar_acciones_de_correo(self, archivo)   # Cuenta de correo…, Bandeja de salida… y el aviso de la barra
        agregar_menu_idioma(archivo, self, self.ajustes)
        agregar_menu_idioma_documentos(archivo, lambda codigo: self.etiqueta_idioma_documentos.setText(
            aviso_de_idioma_de_documentos(codigo)))
        archivo.addSeparator()
        self._accion(archivo, self.tr("&Salir"), self.close, QKeySequence.StandardKey.Quit, "salir")

    def _accion(self, menu, texto: str, funcion, atajo=None, icono_de: str | None = None) -> QAction:
        accion = QAction(texto, self)
        if icono_de is not None:
            accion.setIcon(icono(icono_de))   # interfaz/iconos.py
        accion.triggered.connect(funcion)
        if atajo is not None:
            accion.setShortcut(atajo)
        menu.addAction(accion)
        return accion

    def _cambiar_a(self, ruta: str, *, crear: bool = False) -> bool:
        """Abre otra base, con su cerrojo y su respaldo de apertura (otra_base.py); solo «Nueva base de datos» crea
        una (Abrir nunca convierte un archivo vacío en base). True si la ventana pasó a ella."""
        return cambiar_a_archivo(self, ruta, crear=crear)

    def _usar(self, db, cerrojo=None) -> bool:
        """La ventana pasa a mostrar `db`, ya abierta (un archivo, con su `cerrojo` tomado, o el servidor); la
        anterior se cierra y suelta su cerrojo. False si no pasó (y `db` se cerró y su cerrojo se soltó)."""
        from .primer_uso import preparar_primer_uso

        def desistir() -> bool:
            db.close()
            if cerrojo is not self.cerrojo:
                soltar(cerrojo)
            return False

        try:
            if not listar_asociaciones(db) and not preparar_primer_uso(db, self):
                return desistir()
        except Exception as error:
            desistir()
            mostrar_error(self, error, "abrir base")
            return False
        if not self.guardar_pendiente():   # lo escrito en una sesión va a la base que se deja
            return desistir()
        anterior = self.db
        self.cargar_base(db)
        cerrar_base(anterior)  # sellada como sana si abrió sana: la próxima orden no la recorre entera
        if self.cerrojo is not cerrojo:
            soltar(self.cerrojo)
        self.cerrojo = cerrojo
        return True

    def nueva_base(self) -> None:
        from .piezas import elegir_archivo   # el diálogo de archivos de Qt, cuando se lo usa (no al abrir la ventana)
        ruta = elegir_archivo.para_guardar(self, self.tr("Nueva base de datos"), str(Path.home() / "escritorio.db"),
                                           self.tr("Base de Escritorio (*.db)"))
        if not ruta:
            return
        if Path(ruta).exists():
            QMessageBox.warning(self, self.tr("Nueva base de datos"),
                                self.tr("Ya existe {0}. Para usarla elija Archivo > Abrir; no se reemplaza.").format(ruta))
            return
        self._cambiar_a(ruta, crear=True)

    def abrir_otra(self) -> None:
        carpeta = Path.home() if es_del_servidor(self.db) else ruta_de(self.db).parent
        from .piezas import elegir_archivo   # el diálogo de archivos de Qt, cuando se lo usa (no al abrir la ventana)
        ruta = elegir_archivo.para_abrir(self, self.tr("Abrir base de datos"), str(carpeta),
                                         self.tr("Base de Escritorio (*.db);;Todos los archivos (*)"), base=True)
        if ruta:
            self._cambiar_a(ruta)

    def conectar_servidor(self) -> None:
        """Archivo → Conectar a un servidor…: la base compartida de la oficina (dialogos/servidor.py)."""
        from .dialogos.servidor import DialogoConectarServidor

        dialogo = DialogoConectarServidor(self.ajustes, self)
        conectada = dialogo.exec() == DialogoConectarServidor.DialogCode.Accepted
        db, aviso = dialogo.db, dialogo.aviso
        descartar(dialogo)
        if not conectada:
            return
        self._usar(db)
        if aviso:
            QMessageBox.information(self, self.tr("Conectar a un servidor"), aviso)

    def respaldar(self) -> None:
        from .dialogos.respaldos import respaldar_desde_ventana

        respaldar_desde_ventana(self)

    def ver_bitacora(self) -> None:
        from .dialogos.bitacora import DialogoBitacora

        dialogo = DialogoBitacora(self.oficina, self)
        dialogo.exec()
        descartar(dialogo)

    def verificar_documento(self) -> None:
        from .dialogos.verificar_documento import DialogoVerificarDocumento

        dialogo = DialogoVerificarDocumento(self.oficina, self)
        dialogo.exec()
        descartar(dialogo)

    def publicar_sitio(self) -> None:
        """Archivo → Publicar el sitio…: «escritorio publicar» en la ventana (dialogos/publicar.py)."""
        from .dialogos.publicar import DialogoPublicar

        if self.asociacion is None:
            return
        dialogo = DialogoPublicar(self.oficina, self)
        dialogo.exec()
        descartar(dialogo)

    def verificar_base(self) -> None:
        """Archivo → Verificar la base…: «escritorio verificar» en la ventana, y reconocer incidentes con un motivo."""
        from .dialogos.verificar_base import DialogoVerificarBase

        dialogo = DialogoVerificarBase(self.oficina, self)
        dialogo.exec()
        descartar(dialogo)
        self._refrescar_franja()

    def _refrescar_franja(self) -> None:
        """Tras explicar una alarma del testigo, la franja de aviso ya no la muestra."""
        from ..servicios.verificacion.testigo import alarmas_del_testigo

        if self.db.estado.aviso_del_testigo and not alarmas_del_testigo(self.db):
            self.db.estado.aviso_del_testigo = None
        if hasattr(self, "actualizar_franja_solo_lectura"):
            self.actualizar_franja_solo_lectura()

    def restaurar(self) -> None:
        from .dialogos.respaldos import restaurar_desde_ventana

        restaurar_desde_ventana(self)

    def editar_asociacion(self) -> None:
        from .dialogos.asociacion import editar_datos_de_la_asociacion

        editar_datos_de_la_asociacion(self)

    def ver_manual(self) -> None:
        from .dialogos.manual import mostrar_manual

        mostrar_manual(self)

    def ver_acerca(self) -> None:
        from .dialogos.acerca import mostrar_acerca

        mostrar_acerca(self, nombre_de_la_base(self.db))
