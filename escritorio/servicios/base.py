"""Abrir la base que corresponde y otras piezas comunes a todos los servicios."""

import os
from datetime import date, datetime
from pathlib import Path

from ..datos.base_de_datos import BaseDeDatos

from ..datos import apertura, conexion
from ..datos.apertura import abrir
from ..datos.dialecto import es_servidor
from ..datos.postgres import es_url_de_servidor
from ..rutas import VARIABLE_BASE, ruta_base_por_defecto


def abrir_base(ruta: Path | str | None = None, *, respaldo_al_abrir: bool = False, crear: bool = True,
               comprobacion_completa: bool = False, respaldo_despues: bool = False,
               clave: str | None = None) -> BaseDeDatos:
    """La base indicada, o la de ESCRITORIO_DB, o la de la carpeta de datos del usuario.

    Una dirección postgresql://… (modo servidor) abre la base del servidor, con `clave` si la dirección no la trae
    (ni PGPASSWORD); allí no hay archivo que comprobar ni respaldos que hacer: son tarea del servidor.

    Con `crear=False` (la línea de órdenes, salvo «asociacion crear» y «demo») una ruta sin base es un error.
    La ventana pide `comprobacion_completa` (o `respaldo_al_abrir`, que la implica): la base se recorre entera.
    La línea de órdenes confía en el sello de la última comprobación mientras siga vigente (datos/integridad.py).
    Con `respaldo_despues`, el respaldo de apertura se copia de la base tal como abrió, pero después: con
    `hacer_respaldo_de_apertura` (la ventana, desde un hilo) o al cerrarla.
    """
    destino = ruta or os.environ.get(VARIABLE_BASE, "").strip()
    if es_url_de_servidor(destino):
        from ..datos.postgres.conexion import abrir_servidor

        return abrir_servidor(str(destino).strip(), clave=clave)
    db = abrir(Path(ruta) if ruta else ruta_base_por_defecto(), respaldo_al_abrir=respaldo_al_abrir, crear=crear,
               comprobacion_completa=comprobacion_completa, respaldo_despues=respaldo_despues)
    from .constancia_de_viaje import constancia_de_viaje

    viaje = constancia_de_viaje(db)  # la copia de una sesión que viaja: solo esa sesión se registra en ella
    if viaje is not None:
        db.estado.sesion_de_viaje = int(viaje["sesion_id"])
    return db


def abrir_en_el_servidor(direccion: str, clave: str | None = None):
    """La base del servidor de `direccion`. Sin `clave`: la de la dirección, PGPASSWORD o pgpass y, si el servidor
    pide una, la que se guardó en el llavero del sistema (`llavero.py`, que se carga solo entonces). Si tampoco
    sirve, ErrorClaveDelServidor: quien llama la pide."""
    from ..errores import ErrorClaveDelServidor

    try:
        return abrir_base(direccion, clave=clave)
    except ErrorClaveDelServidor:
        if clave is not None:
            raise
        from .llavero import clave_guardada

        guardada = clave_guardada(direccion)
        if guardada is None:
            raise
        return abrir_base(direccion, clave=guardada)


def fijar_operador(nombre: str | None) -> None:
    """Quién opera (`--operador`), para la bitácora y los sellos además del usuario del sistema; None lo olvida
    (datos/bitacora.py)."""
    from ..datos.bitacora import fijar_operador as fijar

    fijar(nombre)


def es_archivo_de_una_base_abierta(ruta: Path | str, *, salvo_la_base: bool = False) -> bool:
    """¿Es `ruta` una base abierta en este proceso, su diario o su índice? (datos/vigilancia.py)"""
    from ..datos.vigilancia import es_archivo_de_una_base_abierta as es_de_una_base

    return es_de_una_base(ruta, salvo_la_base=salvo_la_base)


def rescatar_diario_perdido(db: BaseDeDatos):
    """Otro programa borró el diario que usa la conexión (`archivo_reemplazado` lo dice): copia lo que ella ve a
    `<base>.rescate-….db`, la suelta sin tocar el disco y abre la base de nuevo, comprobada entera.

    Devuelve (la base nueva, o None si hay que cerrar el programa para volver a abrirla; la copia de rescate, o None
    si la base tiene todo lo que veía la conexión y la copia se borró)."""
    from ..datos.diario_perdido import rescatar_y_reabrir

    return rescatar_y_reabrir(db, lambda ruta: abrir(ruta, crear=False, comprobacion_completa=True))


def es_del_servidor(db) -> bool:
    return es_servidor(db)


def nombre_de_la_base(db) -> str:
    """Cómo se nombra la base abierta ante quien la usa (y en los ajustes): la ruta del archivo o la dirección del
    servidor (sin la clave)."""
    return db.url if es_del_servidor(db) else str(conexion.ruta_de(db))


def cerrar_base(db: BaseDeDatos) -> None:
    """Cierra la base y la deja sellada como sana si se abrió sana (la próxima orden no la recorre entera). Antes,
    las lecturas del padrón que la ventana preparó al abrirla y nadie tomó (cambiar de base en el primer segundo):
    cada una tiene su conexión, y en Windows una conexión abierta retiene el archivo."""
    db.estado.soltar_lo_adelantado()
    apertura.cerrar(db)


def base_abierta(db: BaseDeDatos) -> bool:
    """False si la conexión ya se cerró (por ejemplo, tras restaurar un respaldo)."""
    return conexion.esta_abierta(db)


def hoy() -> date:
    return date.today()


def ahora() -> datetime:
    """La fecha y la hora de este momento, al minuto. El día es el de `hoy()`: una prueba que fija el día (con
    `date.today`) fija también el de `ahora`; la que necesita la hora reemplaza esta función."""
    return datetime.combine(hoy(), datetime.now().time().replace(second=0, microsecond=0))


def una_sola_escritura(db: BaseDeDatos):
    """Varios servicios como una sola escritura, todo o nada: `with una_sola_escritura(db): …`. Adentro, la
    transacción de cada servicio es un SAVEPOINT: si uno falla (o quien llama lanza una excepción, como Cancelado)
    no queda escrito nada de lo anterior. La usan la red de ejemplo y la orden que agrega un punto con su resumen."""
    return conexion.transaccion(db)


def simulacion(db: BaseDeDatos):
    """Lo que se escribe adentro se hace y al salir se deshace entero (--simular de la línea de órdenes): `with
    simulacion(db): …`. Los servicios de adentro no cambian: su transacción es un SAVEPOINT de una que nunca se
    confirma (datos/conexion.py)."""
    return conexion.simulacion(db)


def version_del_motor() -> str:
    """La versión de SQLite con que corre el programa (para «Acerca de»)."""
    return conexion.version_del_motor()


def hacer_respaldo_de_apertura(db: BaseDeDatos) -> str | None:
    """El respaldo de apertura que `abrir_base(…, respaldo_despues=True)` dejó para después: lo hace (o espera a que
    termine) y devuelve qué avisar si no se pudo (con el disco lleno, la base queda solo para consultar)."""
    return apertura.hacer_respaldo_de_apertura(db)


def comprobacion_completa_pendiente(db: BaseDeDatos) -> bool:
    """¿La orden guardó en una base grande recién copiada o movida con solo la comprobación previa, y la
    completa sigue pendiente? (datos/comprobacion_previa.py; la línea de órdenes lo avisa: «escritorio verificar» la
    hace y sella la base)"""
    return not es_servidor(db) and conexion.completa_pendiente_tras_escribir(db)


def tareas_de_la_apertura(db: BaseDeDatos) -> str | None:
    """Lo que la ventana deja para después de pintar el padrón, en su orden: la comprobación completa que haya quedado
    pendiente (datos/comprobacion_diferida.py) y, con la base sana, el respaldo que le falte
    (datos/respaldo_de_apertura.py). Devuelve qué avisar, o None. Cerrar la ventana las cancela."""
    aviso = conexion.completar_comprobacion(db)
    if aviso is not None:
        if db.estado.respaldo_de_apertura is not None:
            db.estado.respaldo_de_apertura.cancelar()   # una base dañada no se copia como respaldo
        return aviso
    if db.estado.comprobacion_pendiente is not None and not db.estado.comprobacion_pendiente.terminada:
        return None   # se canceló: la ventana se está cerrando
    return apertura.hacer_respaldo_de_apertura(db)
