"""La sesión que viaja, desde la ventana: «Archivo → Llevar una sesión de viaje…» sobre el servidor y, en la copia,
«Archivo → Devolver la sesión al servidor…»; «Cancelar el viaje de una sesión…», en los dos, para una sesión que no
va a volver. Llaman a los mismos servicios que «escritorio servidor llevar», «devolver» y «cancelar-viaje»
(servicios/viaje.py); aquí solo se elige, se pide la clave si hace falta y se cuenta lo hecho."""

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from ..datos.conexion import ruta_de
from ..errores import ErrorClaveDelServidor
from ..servicios.base import abrir_en_el_servidor, es_del_servidor
from ..servicios.constancia_de_viaje import constancia_de_viaje
from .comun import fecha_dma, mostrar_error, tr

def agregar_acciones_de_viaje(ventana, menu) -> None:
    ventana.accion_llevar = ventana._accion(menu, tr("&Llevar una sesión de viaje…"),
                                            lambda: llevar_de_viaje(ventana), icono_de="llevar")
    ventana.accion_devolver = ventana._accion(menu, tr("Dev&olver la sesión al servidor…"),
                                              lambda: devolver_al_servidor(ventana), icono_de="devolver")
    ventana.accion_cancelar_viaje = ventana._accion(menu, tr("Cancelar el viaje de una sesión…"),
                                                    lambda: cancelar_el_viaje(ventana), icono_de="cancelar_viaje")


def actualizar_acciones_de_viaje(ventana) -> None:
    """Llevar, solo sobre el servidor; devolver, solo en la copia de una sesión llevada; cancelar un viaje, en los
    dos (en el servidor se elige cuál; en la copia, el suyo)."""
    en_la_copia = constancia_de_viaje(ventana.db) is not None
    ventana.accion_llevar.setEnabled(es_del_servidor(ventana.db))
    ventana.accion_devolver.setEnabled(en_la_copia)
    ventana.accion_cancelar_viaje.setEnabled(en_la_copia or es_del_servidor(ventana.db))


def rotulo_de_viaje(db) -> str | None:
    """Lo que la barra de estado dice de una copia de viaje (None si no lo es)."""
    constancia = constancia_de_viaje(db)
    if constancia is None:
        return None
    return tr("Copia de viaje de la sesión {0} (de {1}) — al volver: Archivo → Devolver la sesión al "
              "servidor").format(constancia["sesion_id"], constancia["servidor"])


def _elegir_sesion(ventana) -> int | None:
    from ..servicios.viaje import sesiones_para_llevar

    sesiones = sesiones_para_llevar(ventana.oficina.contexto)
    if not sesiones:
        QMessageBox.information(ventana, tr("Llevar una sesión de viaje"), tr(
            "No hay sesiones para llevar: las que tienen el acta aprobada ya no admiten cambios."))
        return None
    elegida = ventana.sesiones.sesion_elegida() if ventana.area_armada("sesiones") else None
    nombres = [f"{s['titulo']} — {fecha_dma(s['fecha'])}" for s in sesiones]
    indice = next((i for i, s in enumerate(sesiones) if elegida and s["id"] == elegida["id"]), 0)
    nombre, elegido = QInputDialog.getItem(
        ventana, tr("Llevar una sesión de viaje"),
        tr("Sesión que se lleva. En el servidor queda de solo lectura hasta que vuelva:"), nombres, indice, False)
    return sesiones[nombres.index(nombre)]["id"] if elegido else None


def llevar_de_viaje(ventana) -> None:
    from ..servicios.viaje import llevar_sesion

    if not es_del_servidor(ventana.db) or ventana.asociacion is None or not ventana.guardar_pendiente():
        return
    try:
        sesion_id = _elegir_sesion(ventana)
    except Exception as error:  # noqa: BLE001
        mostrar_error(ventana, error, "llevar sesión")
        return
    if sesion_id is None:
        return
    sugerida = Path.home() / f"viaje-sesion-{sesion_id}.db"
    from .piezas import elegir_archivo   # el diálogo de archivos de Qt, cuando se lo usa (no al abrir la ventana)
    ruta = elegir_archivo.para_guardar(ventana, tr("Copia de viaje"), str(sugerida), tr("Base de Escritorio (*.db)"))
    if not ruta:
        return
    try:
        # La clave con que entró esta ventana (escrita, o del llavero): la misma persona lleva la sesión.
        copia = llevar_sesion(ventana.db.url, sesion_id, ruta, clave=ventana.db.conn.info.password or None)
    except Exception as error:  # noqa: BLE001
        mostrar_error(ventana, error, "llevar sesión")
        return
    respuesta = QMessageBox.question(ventana, tr("Llevar una sesión de viaje"), tr(
        "Sesión {0} llevada: en el servidor queda de solo lectura hasta que vuelva.\n\nLa copia es {1}. Trabaje en "
        "ella sin conexión (asistencia, votaciones, el acta) y, al volver, elija «Archivo → Devolver la sesión al "
        "servidor».\n\n¿Abrir la copia ahora?").format(sesion_id, copia))
    if respuesta == QMessageBox.StandardButton.Yes:
        ventana._cambiar_a(str(copia))


def devolver_al_servidor(ventana) -> None:
    from ..servicios.llavero import clave_guardada
    from ..servicios.viaje import devolver_sesion

    constancia = constancia_de_viaje(ventana.db)
    if constancia is None or not ventana.guardar_pendiente():
        return
    titulo = tr("Devolver la sesión al servidor")
    servidor = constancia["servidor"]
    if QMessageBox.question(ventana, titulo, tr(
            "¿Devolver la sesión {0} a {1}? Todo lo registrado en esta copia para esa sesión (y los documentos "
            "emitidos en ella) se guarda en el servidor en una sola operación; si algo no cuadra, no se guarda "
            "nada.").format(constancia["sesion_id"], servidor)) != QMessageBox.StandardButton.Yes:
        return
    copia, clave = ruta_de(ventana.db), clave_guardada(servidor)
    hecho = _con_la_clave(ventana, titulo, servidor, clave, "devolver sesión",
                          lambda clave: devolver_sesion(servidor, copia, clave=clave))
    if hecho is None:
        return
    cuenta, clave = hecho
    QMessageBox.information(ventana, titulo, tr(
        "Sesión devuelta al servidor: {0} filas agregadas, {1} cambiadas y {2} borradas; {3} documentos emitidos en "
        "la copia quedaron registrados allá. Ya se puede modificar en el servidor; la copia queda en este equipo "
        "como estaba.").format(cuenta["agregadas"], cuenta["cambiadas"], cuenta["borradas"], cuenta["documentos"]))
    try:
        ventana._usar(abrir_en_el_servidor(servidor, clave))
    except Exception as error:  # noqa: BLE001 - la sesión ya volvió; conectarse se puede hacer desde el menú
        mostrar_error(ventana, error, "conectar al servidor")


def _viaje_a_cancelar(ventana, titulo: str) -> tuple[str, int, str | None] | None:
    """(servidor, sesión, clave) del viaje que se cancela: en la copia, el suyo; en el servidor, el que se elija
    entre los que están en curso."""
    from ..servicios.llavero import clave_guardada
    from ..servicios.viaje import sesiones_de_viaje

    constancia = constancia_de_viaje(ventana.db)
    if constancia is not None:
        return constancia["servidor"], int(constancia["sesion_id"]), clave_guardada(constancia["servidor"])
    viajes = sesiones_de_viaje(ventana.db)
    if not viajes:
        QMessageBox.information(ventana, titulo, tr("Ninguna sesión está de viaje: no hay viaje que cancelar."))
        return None
    nombres = [tr("Sesión {0}, llevada por {1} el {2} (UTC)").format(v["sesion_id"], v["llevada_por"], v["llevada_en"])
               for v in viajes]
    nombre, elegido = QInputDialog.getItem(ventana, titulo, tr("Viaje que se cancela:"), nombres, 0, False)
    if not elegido:
        return None
    return ventana.db.url, viajes[nombres.index(nombre)]["sesion_id"], ventana.db.conn.info.password or None


def _con_la_clave(ventana, titulo: str, servidor: str, clave: str | None, que: str, accion):
    """accion(clave) contra el servidor; si pide la clave, se pregunta y se reintenta. (resultado, clave usada), o
    None si la persona desiste o falló (el error ya se mostró)."""
    while True:
        try:
            return accion(clave), clave
        except ErrorClaveDelServidor:
            clave, escrita = QInputDialog.getText(ventana, titulo, tr("El servidor pide la clave de {0}:").format(
                servidor), QLineEdit.EchoMode.Password)
            if not escrita:
                return None
        except Exception as error:  # noqa: BLE001 - se muestra al usuario y queda registrado
            mostrar_error(ventana, error, que)
            return None


def cancelar_el_viaje(ventana) -> None:
    """Para una sesión llevada que no va a volver: con un motivo, que queda en la bitácora del servidor."""
    from ..servicios.viaje import cancelar_viaje

    titulo = tr("Cancelar el viaje de una sesión")
    if not ventana.guardar_pendiente():
        return
    try:
        elegido = _viaje_a_cancelar(ventana, titulo)
    except Exception as error:  # noqa: BLE001
        mostrar_error(ventana, error, "cancelar viaje")
        return
    if elegido is None:
        return
    servidor, sesion_id, clave = elegido
    motivo, escrito = QInputDialog.getText(ventana, titulo, tr(
        "¿Por qué se cancela el viaje de la sesión {0}? Lo registrado en la copia de viaje ya no vuelve al servidor "
        "(hay que hacerlo allí) y la sesión se puede modificar de nuevo en el servidor. El motivo queda en la "
        "bitácora:").format(sesion_id))
    if not escrito:
        return
    copia = ruta_de(ventana.db) if constancia_de_viaje(ventana.db) is not None else None
    hecho = _con_la_clave(ventana, titulo, servidor, clave, "cancelar viaje",
                          lambda clave: cancelar_viaje(servidor, sesion_id, motivo, clave=clave, copia=copia))
    if hecho is None:
        return
    clave = hecho[1]
    QMessageBox.information(ventana, titulo, tr(
        "Viaje de la sesión {0} cancelado: ya se puede modificar en el servidor.").format(sesion_id))
    if copia is not None:  # la copia ya no es de viaje: la ventana vuelve al servidor
        try:
            ventana._usar(abrir_en_el_servidor(servidor, clave))
        except Exception as error:  # noqa: BLE001 - conectarse se puede hacer desde el menú
            mostrar_error(ventana, error, "conectar al servidor")
    else:
        actualizar_acciones_de_viaje(ventana)
