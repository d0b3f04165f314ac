"""Cerrar la ventana sin hacer esperar más de un segundo, y sin dejar la base sin su respaldo de cierre.

Antes, cerrar la ventana esperaba al respaldo de apertura si todavía corría y después copiaba la base entera otra vez
(con 100.000 miembros y diez años de cuotas, 724 MB: varios segundos). Ahora (`cerrar_la_sesion`):

1. Lo que corre en segundo plano se deja (la comprobación y el respaldo de apertura: respaldo_de_apertura.py): sus
   temporales se borran y no queda nada a medias con nombre de respaldo. Si la comprobación no había terminado, se
   termina aquí si entra en el plazo (una base chica): solo se respalda una base comprobada.
2. Si en la sesión nadie escribió en la base y su contenido ya estaba en un respaldo (el de apertura que se terminó,
   o el que ya tenía al abrir), no hace falta otro: el testigo anota cuál es (`respaldada`).
3. Si no, el respaldo de cierre, si entra en lo que queda del segundo (lo que tardó el último respaldo dice si vale
   la pena empezarlo; empezado, se deja si se pasa del plazo).
4. Si no entra, queda **pendiente** en el testigo, con el estado del archivo al cerrarla: la próxima apertura de la
   ventana lo hace en segundo plano, con el nombre y la hora de este cierre, si la base sigue como quedó (si alguien
   la cambió entretanto, hace el de apertura de la base como esté). Un corte a mitad de esa copia no deja nada con
   nombre de respaldo, y el testigo lo sigue pidiendo: la apertura siguiente lo vuelve a hacer.
5. Se cierra la conexión (sus estadísticas al día, la base sellada si abrió sana) y se anota el testigo.
"""

import logging
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errores import ErrorEscritorio
from . import integridad, testigo
from .base_de_datos import BaseDeDatos
from .estadisticas import al_cerrar
from .respaldo import RespaldoInterrumpido, huella_anotada
from .respaldo_rotacion import respaldar_automaticamente
from .vigilancia import archivo_reemplazado, ruta_abierta

PRESUPUESTO_S = 1.0
# Lo que se guarda del segundo para cerrar la conexión (pasar el diario al archivo), las estadísticas y el testigo.
RESERVA_S = 0.25
# Al estimar si una copia entra: lo que tardó la última, con este margen.
MARGEN = 1.25


@dataclass
class Cierre:
    """Qué pasó con el respaldo al cerrar: `respaldo` el hecho ahora; `pendiente` si quedó para la próxima apertura;
    `igual_a` el respaldo que ya tenía el contenido de la base (no hizo falta otro)."""
    respaldo: Path | None = None
    pendiente: bool = False
    igual_a: str | None = None


class _Plazo:
    def __init__(self, hasta: float):
        self.hasta = hasta

    def __call__(self) -> None:
        if time.monotonic() > self.hasta:
            raise RespaldoInterrumpido


def _abierta(db: BaseDeDatos) -> bool:
    try:
        db.conn.total_changes
    except sqlite3.ProgrammingError:   # ya se cerró (por ejemplo, al restaurar un respaldo)
        return False
    return True


def _cambio_en_la_sesion(db: BaseDeDatos) -> bool:
    """¿Escribió alguien en la base desde que se abrió (esta conexión u otra)?"""
    if db.estado.al_abrir is None:
        return True
    version, escritas = db.estado.al_abrir
    return db.conn.total_changes != escritas or db.conn.execute("PRAGMA data_version").fetchone()[0] != version


def _terminar_la_comprobacion(db: BaseDeDatos, plazo: float) -> None:
    """La comprobación que quedó pendiente (la ventana se cierra antes de que el hilo la termine), si entra en el
    plazo: solo se respalda una base comprobada. Dañada: no se respalda ni se sella."""
    pendiente = db.estado.comprobacion_pendiente
    if pendiente is None:
        return
    try:
        problemas = pendiente.hacer(cancelable=False, hasta=plazo)
    except sqlite3.Error:
        return
    if problemas == []:
        db.estado.comprobacion_pendiente = None
        db.estado.sana = True


def _tamano_mb(ruta: Path) -> float:
    total = 0
    for archivo in (ruta, Path(str(ruta) + "-wal")):
        try:
            total += archivo.stat().st_size
        except OSError:
            pass
    return total / 2**20


def _entra(ruta: Path, mb_s: float | None, restante: float) -> bool:
    """¿Vale la pena empezar la copia? Sin una medida de la última, se intenta (con el plazo)."""
    return restante > 0 and (not mb_s or _tamano_mb(ruta) / mb_s * MARGEN <= restante)


def cerrar_la_sesion(db: BaseDeDatos, cerrar, *, presupuesto_s: float = PRESUPUESTO_S) -> Cierre:
    """Cierra la base de la ventana (`cerrar(db)`: conexion.cerrar) con su respaldo de cierre hecho, innecesario o
    pendiente, en `presupuesto_s` segundos (más lo que tarde el disco en recibir lo último)."""
    inicio = time.monotonic()
    plazo = inicio + presupuesto_s - RESERVA_S
    ruta = ruta_abierta(db)
    apertura = db.estado.respaldo_de_apertura
    if db.estado.comprobacion_pendiente is not None:
        db.estado.comprobacion_pendiente.cancelar()
    if apertura is not None:
        apertura.cancelar()
    cierre, respaldada, anotar = Cierre(), None, False
    mb_s = apertura.mb_s if apertura is not None else None
    try:
        if ruta is None or db.dialecto != "sqlite" or db.estado.solo_lectura is not None \
                or not _abierta(db) or archivo_reemplazado(db) is not None:
            return cierre
        anotar = True
        _terminar_la_comprobacion(db, plazo)
        cambio = _cambio_en_la_sesion(db)
        al_cerrar(db.conn, False)   # antes de copiar: el respaldo lleva las estadísticas que queden en la base
        if not cambio:
            respaldada = apertura.anotacion() if apertura is not None else db.estado.respaldada_al_abrir
        if respaldada is not None:
            cierre.igual_a = respaldada["respaldo"]
        elif db.estado.sana:   # solo se respalda una base comprobada (si no, queda pendiente, con su comprobación)
            if mb_s is None:
                visto = testigo.leer(ruta)
                mb_s = visto.respaldo_mb_s if visto else None
            if _entra(ruta, mb_s, plazo - time.monotonic()):
                comienzo, tamano = time.monotonic(), _tamano_mb(ruta)
                try:
                    cierre.respaldo = respaldar_automaticamente(db.conn, ruta, "cierre", interrumpir=_Plazo(plazo))
                    mb_s = tamano / max(time.monotonic() - comienzo, 1e-3)
                    respaldada = {"respaldo": cierre.respaldo.name, "huella": huella_anotada(cierre.respaldo)}
                except RespaldoInterrumpido:
                    pass
                except (sqlite3.Error, OSError, ErrorEscritorio):
                    logging.getLogger(__name__).exception("El respaldo de cierre falló; queda para la próxima apertura")
        cierre.pendiente = respaldada is None
        return cierre
    finally:
        cerrar(db)
        if anotar:
            _anotar(ruta, respaldada, cierre.pendiente, mb_s)


def _anotar(ruta: Path, respaldada: dict | None, pendiente: bool, mb_s: float | None) -> None:
    """En el testigo, con el estado del archivo ya cerrado: qué respaldo tiene su contenido, o el que quedó pendiente."""
    visto = testigo.leer(ruta)
    estado = integridad.estado_del_archivo(ruta)
    if visto is None or estado is None:
        return
    visto.respaldada = {**respaldada, "archivo": estado} if respaldada is not None else None
    visto.respaldo_pendiente = ({"motivo": "cierre", "momento": datetime.now().isoformat(timespec="seconds"),
                                 "archivo": estado} if pendiente else None)
    if mb_s:
        visto.respaldo_mb_s = round(mb_s, 1)
    testigo.escribir(ruta, visto)
