"""Cuándo comprobar la base entera al abrirla, sin pagar en cada orden un costo que crece con el archivo.

`PRAGMA quick_check` recorre todas las páginas: con 100.000 miembros tarda más que la orden misma. La garantía
que se quiere es que el daño se note antes de escribir. Se comprueba entera:

- cuando la ventana abre una base (y al hacer un respaldo a pedido, que se comprueba por la copia);
- cuando el archivo cambió desde la última comprobación que pasó y nadie de Escritorio lo cerró en orden
  (otro programa lo tocó, se restauró, se copió encima, un proceso se cortó a mitad de camino);
- cuando la última comprobación que pasó tiene más de `VIGENCIA` (el daño del disco no cambia la fecha del
  archivo: así ni una oficina que solo usa la línea de órdenes pasa una semana sin comprobarla).

Lo que se recuerda es el «sello»: cuándo pasó la última comprobación y cómo era el archivo entonces (tamaño, fecha
de modificación y nodo de la base y de su diario -wal). Cada conexión que abrió una base sana y la cierra en orden
vuelve a sellarla con el estado en que la deja: sus propias escrituras no son daño. El sello vive en el testigo de
la base (`<base>.testigo`, testigo.py), no dentro de ella: sellar no escribe en la base. Un proceso que vio daño
no sella. Entre dos comprobaciones, SQLite sigue rechazando cada página dañada que lee o escribe (el error se
traduce a «la base está dañada», y ese proceso ya no sella).
"""

import os
from datetime import datetime, timedelta
from pathlib import Path

from . import testigo

VIGENCIA = timedelta(days=7)

_con_dano: set[Path] = set()  # las bases en las que este proceso vio daño: no se sellan


def estado_del_archivo(ruta: Path | str) -> list[int] | None:
    """Tamaño, fecha de modificación (ns) y nodo de la base, y tamaño y fecha de su diario -wal (0 si no hay, o si
    está vacío: un diario vacío no tiene nada, y SQLite lo deja así cuando un proceso la abrió y no escribió, aunque
    lo hayan matado). None si la base no existe."""
    try:
        base = os.stat(ruta)
    except OSError:
        return None
    try:
        diario = os.stat(str(ruta) + "-wal")
        del_diario = [diario.st_size, diario.st_mtime_ns] if diario.st_size else [0, 0]
    except OSError:
        del_diario = [0, 0]
    return [base.st_size, base.st_mtime_ns, base.st_ino, *del_diario]


def sello_vigente(ruta: Path | str, ahora: datetime | None = None) -> bool:
    """¿Pasó la comprobación completa hace menos de VIGENCIA, y el archivo sigue como quedó entonces?"""
    anotado = testigo.leer(Path(ruta))
    sello = anotado.comprobada if anotado else None
    if not isinstance(sello, dict) or sello.get("archivo") is None:
        return False
    try:
        cuando = datetime.fromisoformat(sello["en"])
    except (KeyError, TypeError, ValueError):
        return False
    ahora = ahora or datetime.now()
    return timedelta(0) <= ahora - cuando < VIGENCIA and sello["archivo"] == estado_del_archivo(ruta)


def sellar(ruta: Path | str, *, comprobada_en: str | None = None) -> None:
    """Anota en el testigo que la base está sana tal como está ahora. `comprobada_en` (ISO 8601) es cuándo
    pasó la comprobación completa; sin él se conserva la fecha del sello anterior (un cierre en orden no
    alarga la vigencia: la próxima comprobación completa llega igual a los VIGENCIA días)."""
    ruta = Path(ruta)
    if not testigo.en_disco(ruta) or ruta.resolve() in _con_dano:
        return
    anterior = testigo.leer(ruta)
    if comprobada_en is None:
        previo = anterior.comprobada if anterior and isinstance(anterior.comprobada, dict) else {}
        comprobada_en = previo.get("en")
        if comprobada_en is None:
            return  # nunca se comprobó entera: no hay fecha que conservar
    estado = estado_del_archivo(ruta)
    if estado is None or anterior is None:
        return  # sin testigo (una base vieja sin identidad) no hay dónde anotarlo: se comprobará la próxima vez
    anterior.comprobada = {"en": comprobada_en, "archivo": estado}
    testigo.escribir(ruta, anterior)


def ahora_iso() -> str:
    return datetime.now().isoformat(timespec="seconds")


def anotar_dano(ruta: Path | str) -> None:
    """Este proceso vio daño en la base: no la sella al cerrar, y el sello anterior se reemplaza por la constancia del
    daño para que ningún otro proceso confíe en él: la próxima apertura, de quien sea, la comprueba entera antes de
    abrirla (`dano_visto`), y la ventana ofrece recuperar el último respaldo sano."""
    ruta = Path(ruta)
    _con_dano.add(ruta.resolve())
    anterior = testigo.leer(ruta) if testigo.en_disco(ruta) else None
    if anterior is not None:
        anterior.comprobada = {"dano_en": ahora_iso()}
        testigo.escribir(ruta, anterior)


def dano_visto(ruta: Path | str) -> bool:
    """¿Alguien vio daño en la base y nadie la comprobó sana después? (entonces se comprueba antes de abrirla)"""
    anotado = testigo.leer(Path(ruta))
    return bool(anotado and isinstance(anotado.comprobada, dict) and "dano_en" in anotado.comprobada)
