"""El punto de control de «verificar»: la verificación de todos los días recorre solo lo que cambió desde la última
que pasó (issue 77, §6).

Una verificación completa recorre la cadena entera, cada fila contra su bitácora, cada registro contra las reglas y
todo lo congelado: con 100.000 miembros y diez años de cuotas, minutos. Cuando pasa, se anota en el testigo (junto a
la base, fuera de ella) el punto de control: el último sello que cubrió, con su huella, el último registro de la
bitácora, el contador de cambios del esquema del archivo y la fecha de esa completa. La siguiente verificación parte
de él si:

- el sello del punto sigue en la cadena con la misma huella (rehacer la cadena antes de él la cambia);
- el esquema no cambió desde entonces: tocar una fila, un registro de la bitácora o un sello por fuera de Escritorio
  sin dejar rastro obliga a quitar sus triggers (que rechazan cambiar la bitácora y anotan cada cambio de los datos),
  y quitar un trigger y volver a ponerlo igual sube el contador de SQLite;
- la última completa tiene menos de `VIGENCIA` (la completa se hace sola una vez por semana).

Entonces se comprueban los sellos y los registros posteriores al punto y las filas que tocaron (cada comprobación
mira lo suyo: `BaseVerificada.sin_cambios`), y lo que no depende de la base (los archivos, el testigo, los sellos de
tiempo), entero. Si no, la verificación es completa y dice por qué. La que pasa mueve el punto al último sello; la
fecha de la completa solo la cambia una completa.

Lo que el punto NO cubre, y queda para la completa semanal y las anclas de afuera: quien cambia los bytes del
archivo con un editor, o vuelve a poner a mano el contador del esquema (PRAGMA schema_version), y además el testigo.
En el servidor no hay punto: cada verificación es completa (docs/garantias.md).
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypedDict

from ..datos import punto_de_control as datos
from ..datos import testigo
from ..datos.base_de_datos import BaseDeDatos
from ..datos.conexion import ruta_de, solo_lectura
from ..dominio.traduccion import traducir

VIGENCIA = timedelta(days=7)


@dataclass(frozen=True)
class PuntoDeControl:
    sello_id: int
    huella: str
    registro_id: int
    esquema: int
    completa_en: str   # ISO 8601, hora local: la última verificación completa que pasó
    en: str            # la última verificación que pasó (completa o desde un punto anterior)

    @classmethod
    def de(cls, anotado: dict | None) -> "PuntoDeControl | None":
        try:
            return cls(int(anotado["sello_id"]), str(anotado["huella"]), int(anotado["registro_id"]),
                       int(anotado["esquema"]), str(anotado["completa_en"]), str(anotado["en"]))
        except (KeyError, TypeError, ValueError):
            return None


@dataclass(frozen=True)
class Partida:
    """Desde dónde verificar: `punto` None es la completa, con su `motivo`."""
    punto: PuntoDeControl | None
    motivo: str | None = None


def _fecha(iso: str) -> str:
    return iso.replace("T", " ")[:16]


def partida(db: BaseDeDatos, *, completa: bool = False, con_sellos: bool = True,
            ahora: datetime | None = None) -> Partida:
    """El punto de control del que puede partir la verificación, o la completa y por qué. `con_sellos`: si la base
    tiene la cadena de sellos (una muy vieja, no: completa)."""
    if completa:
        return Partida(None, traducir("Verificación completa, como se pidió."))
    if db.dialecto == "postgresql" or not con_sellos:
        return Partida(None, None)   # el servidor no tiene testigo: siempre completa, como siempre
    anotado = testigo.leer(ruta_de(db))
    punto = PuntoDeControl.de(anotado.punto_de_control if anotado else None)
    if punto is None:
        return Partida(None, traducir("Verificación completa: es la primera de esta base en esta computadora (desde "
                                      "ahora, la de cada día recorre solo lo que cambió)."))
    ahora = ahora or datetime.now()
    try:
        edad = ahora - datetime.fromisoformat(punto.completa_en)
    except ValueError:
        edad = VIGENCIA
    if not timedelta(0) <= edad < VIGENCIA:
        return Partida(None, traducir("Verificación completa: la última fue el {0} (se hace entera una vez por "
                                      "semana).").format(_fecha(punto.completa_en)))
    if datos.version_del_esquema(db) != punto.esquema:
        return Partida(None, traducir(
            "Verificación completa: el esquema de la base cambió desde la última verificación (una importación de "
            "miembros, una actualización del programa, el esquema repuesto, u otro programa que quitó triggers y los "
            "volvió a poner)."))
    sello = datos.sello(db, punto.sello_id)
    if sello is None or sello[0] != punto.huella or sello[1] != punto.registro_id:
        return Partida(None, traducir(
            "Verificación completa: el sello {0}, hasta donde llegó la última verificación, ya no está en la cadena "
            "con la huella que tenía (la cadena se rehízo, o la base es otra).").format(punto.sello_id))
    return Partida(punto)


def explicar(punto: PuntoDeControl, registros: int) -> str:
    """La línea de detalle de una verificación que partió de un punto: qué recorrió y en qué se apoya lo demás."""
    from ..dominio.puerta import segun_la_puerta

    return traducir(
        "Verificación desde el punto de control (sello {0}, verificado el {1}; la última completa, el {2}): se "
        "comprobaron los {3} registros de la bitácora posteriores y lo que tocaron. Lo anterior se comprobó entonces, "
        "y el esquema no cambió desde entonces (tocar algo por fuera de Escritorio sin dejar rastro obliga a quitar "
        "triggers, y eso lo cambia). La completa se hace sola una vez por semana; {4}.").format(
        punto.sello_id, _fecha(punto.en), _fecha(punto.completa_en), registros, segun_la_puerta(
            ventana=traducir("«Verificar todo» la hace ahora"),
            linea="«escritorio verificar --completa» la hace ahora"))


class Cabeza(TypedDict):
    """El punto nuevo, sin sus fechas: el último sello, su huella y su último registro, y el contador del esquema."""
    sello_id: int
    huella: str
    registro_id: int
    esquema: int


def al_empezar(db: BaseDeDatos) -> Cabeza | None:
    """Lo que el punto nuevo dirá, tomado antes de recorrer: el último sello (lo que otro proceso selle mientras se
    verifica no queda cubierto: lo recorre la próxima) y el contador del esquema. None en el servidor o sin sellos."""
    if db.dialecto == "postgresql":
        return None
    cabeza = testigo.cabeza_de_cadena(db.conn)
    sello = datos.sello(db, cabeza[0]) if cabeza else None
    if sello is None:
        return None
    return Cabeza(sello_id=cabeza[0], huella=cabeza[1], registro_id=sello[1], esquema=datos.version_del_esquema(db))


def anotar(db: BaseDeDatos, desde: PuntoDeControl | None, hasta: Cabeza | None, *,
           ahora: datetime | None = None) -> None:
    """Después de una verificación sin problemas: el punto pasa a `hasta` (`al_empezar`). `desde`: el punto del que
    partió (None: fue completa, y su fecha es la de la completa). En una base de solo lectura, o sin testigo, no se
    anota: la próxima será completa."""
    if hasta is None or db.dialecto == "postgresql" or solo_lectura(db) is not None:
        return
    ruta = ruta_de(db)
    if not testigo.en_disco(ruta):
        return
    anotado = testigo.leer(ruta)
    if anotado is None:
        return
    en = (ahora or datetime.now()).isoformat(timespec="seconds")
    anotado.punto_de_control = {**hasta, "completa_en": desde.completa_en if desde else en, "en": en}
    testigo.escribir(ruta, anotado)
