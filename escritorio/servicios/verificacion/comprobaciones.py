"""Verificar la base («escritorio verificar» y Archivo › Verificar la base): que nada se haya dañado ni cambiado por
fuera de Escritorio.

Lo que se comprueba, y cómo: cada comprobación es una función chica `(base, resultado) -> None`, en su módulo, que
anota sus problemas, avisos y detalles; `COMPROBACIONES` las nombra en el orden en que se informan:

- `verificacion.integridad`: la integridad de SQLite y las referencias entre tablas (en el servidor, sus reglas
  apagadas); los miembros repetidos o que integran órganos sin ser miembros.
- `verificacion.bitacora`: cada sello recalculado y encadenado al anterior, ningún cambio sin sellar, los incidentes;
  los datos contra la bitácora (cada fila tiene que ser la que dejó su último cambio anotado: quien quita los
  triggers, cambia filas y los vuelve a crear tal cual no deja registro, pero la fila ya no es la anotada) y cada
  registro contra lo que Escritorio pudo haber escrito.
- `verificacion.valores_personales`: los datos de las personas que la bitácora guarda aparte: cada valor da su
  compromiso sellado, y cada valor suprimido lo pidió una solicitud de supresión respondida.
- `verificacion.esquema`: los triggers que congelan actas, impiden borrar pagos o tocar la bitácora, los de la
  bitácora misma y los índices UNIQUE tienen que estar y ser iguales a los que crean las migraciones.
- `verificacion.saldos`: la lista de pagos con saldo a favor tiene cada pago que todavía lo tiene (sin bitácora
  propia: se compara con los pagos y sus imputaciones).
- `verificacion.congelados`: las actas aprobadas y firmadas (su texto da la huella SHA-256 guardada, es el que selló
  Escritorio al aprobarlas, y el registro de la sesión da la huella tomada al aprobarlas) y todo lo congelado contra
  lo que Escritorio selló en la transacción que lo congeló; los PDF guardados; los sellos de tiempo. Un cambio es una
  alarma para siempre: reconocer el incidente no lo borra (servicios/congelados.py).
- `verificacion.testigo`: la cabeza de la cadena de sellos anotada FUERA de la base (el testigo junto a la base y el de
  cada respaldo hecho después de la última restauración).

Las anclas de afuera («verificar --ancla») están en `verificacion.anclas`. Cada problema dice qué pasó, dónde y qué
hacer. Los avisos (un testigo de otra base, índices que solo aceleran) no hacen fallar la verificación. Para sumar una
comprobación: su función en un módulo `verificacion_<tema>.py` y su nombre en `COMPROBACIONES`, donde deba informarse.
"""

from ...datos import verificacion as datos
from ...datos.base_de_datos import BaseDeDatos
from ...datos.conexion import ruta_de
from ...datos.esquema import MIGRACIONES
from ...dominio.traduccion import traducir
from .a_la_par import empezar_aparte
from .base import BaseVerificada, Comprobacion, Verificacion
from .bitacora import comprobar_la_cadena, comprobar_las_reglas, comprobar_los_datos
from .congelados import comprobar_lo_congelado, comprobar_los_sellos_de_tiempo
from .esquema import comprobar_el_esquema
from .integridad import comprobar_el_archivo, comprobar_los_miembros, empezar_la_integridad
from .saldos import comprobar_los_saldos_a_favor
from .testigo import comprobar_los_testigos
from .valores_personales import comprobar_los_valores_personales

# Las comprobaciones, en el orden en que se informan sus problemas y sus detalles.
COMPROBACIONES: dict[str, Comprobacion] = {
    "archivo": comprobar_el_archivo,
    "miembros": comprobar_los_miembros,
    "bitacora": comprobar_la_cadena,
    "valores_personales": comprobar_los_valores_personales,
    "esquema": comprobar_el_esquema,
    "datos": comprobar_los_datos,
    "reglas": comprobar_las_reglas,
    "saldos_a_favor": comprobar_los_saldos_a_favor,
    "congelados": comprobar_lo_congelado,
    "testigo": comprobar_los_testigos,
    "sellos_de_tiempo": comprobar_los_sellos_de_tiempo,
}


def en_que_se_apoya(con_anclas: bool) -> str:
    """Lo que sostiene un «sana»: el programa no lo dice por su cuenta (la CLI y la ventana lo muestran debajo)."""
    from ...dominio.puerta import segun_la_puerta

    if con_anclas:
        return traducir(
            "En qué se apoya: en lo que la base dice de sí misma (la cadena de sellos de la bitácora y sus reglas, lo "
            "congelado contra lo que se selló al congelarlo, los datos, el esquema), en el testigo y los respaldos de "
            "esta computadora, y en las anclas de afuera que se dieron, que la cadena sigue teniendo. Lo que se cambió "
            "antes de que saliera la más vieja de esas anclas no se ve desde aquí.")
    return segun_la_puerta(
        ventana=traducir("En qué se apoya: en lo que la base dice de sí misma (la cadena de sellos de la bitácora y sus "
                         "reglas, lo congelado contra lo que se selló al congelarlo, los datos, el esquema) y en el "
                         "testigo y los respaldos de esta computadora. Una historia rehecha entera por quien tiene el "
                         "archivo no se ve desde adentro: compárela con las anclas que salieron de la oficina "
                         "(papeles, correos, el sitio, sellos de tiempo) en «Comprobar un ancla:», en el menú "
                         "Archivo, «Verificar la base…»."),
        linea=traducir("En qué se apoya: en lo que la base dice de sí misma (la cadena de sellos de la bitácora y sus "
                       "reglas, lo congelado contra lo que se selló al congelarlo, los datos, el esquema) y en el "
                       "testigo y los respaldos de esta computadora. Una historia rehecha entera por quien tiene el "
                       "archivo no se ve desde adentro: compárela con las anclas que salieron de la oficina (papeles, "
                       "correos, el sitio, sellos de tiempo) con «escritorio verificar --ancla»."))


def verificar(db: BaseDeDatos, *, completa: bool = False) -> Verificacion:
    """La verificación de la base: desde el punto de control de la última que pasó, si se puede (lo que cambió
    después), o completa (`completa`, o cuando el punto no alcanza: servicios/punto_de_control.py, que dice por qué).
    Si pasa, el punto avanza."""
    from ...datos.conexion import texto_tolerante

    if db.dialecto == "postgresql":
        return _comprobar(db, completa)
    with texto_tolerante(db):  # lee también lo que otro programa guardó sin ser UTF-8, para poder informarlo
        return _comprobar(db, completa)


def _comprobar(db: BaseDeDatos, completa: bool) -> Verificacion:
    from dataclasses import replace

    from ...datos import punto_de_control as del_punto
    from .. import punto_de_control

    base = BaseVerificada.de(db)
    desde = punto_de_control.partida(db, completa=completa, con_sellos=base.tiene("bitacora_sellos", "bitacora"))
    hasta = punto_de_control.al_empezar(db) if base.tiene("bitacora_sellos", "bitacora") else None
    resultado = Verificacion()
    if desde.punto is not None:
        tocadas, borrados = del_punto.tocadas_despues(db, desde.punto.registro_id)
        base = replace(base, punto=desde.punto, tocadas=tocadas, borrados=borrados)
        resultado.detalles.append(punto_de_control.explicar(
            desde.punto, del_punto.registros_sueltos(db, desde.punto.registro_id)))
    elif desde.motivo:
        resultado.detalles.append(desde.motivo)
    if desde.punto is None and not base.servidor:
        base = replace(base, integridad=empezar_la_integridad(db))
    _comprobar_todo(base, resultado)
    (_resumen_del_servidor if base.servidor else _resumen_del_archivo)(base, resultado)
    if resultado.correcta:
        punto_de_control.anotar(db, desde.punto, hasta)
    return resultado


# Las que corren en otro hilo en la verificación completa de un archivo (servicios/verificacion/a_la_par.py): los
# datos contra la bitácora y las reglas, a la par de la cadena de sellos y lo congelado en este hilo, y del
# `quick_check` en el suyo. Casi todo es SQLite recorriendo tablas (suelta el GIL mientras recorre; la cadena arma
# su serie en SQLite, datos/bitacora.py): así se reparten parejo en dos núcleos (con 100.000 miembros, unos 20 s de
# CPU en cada hilo y 10 el `quick_check`).
A_LA_PAR = ("datos", "reglas")


def _comprobar_todo(base: BaseVerificada, resultado: Verificacion) -> None:
    """Cada comprobación, informada en el orden de `COMPROBACIONES`. En la completa de un archivo, las de `A_LA_PAR`
    corren en otro hilo, y la del archivo se hace al final (espera el `quick_check`, que también corre aparte)."""
    aparte = (empezar_aparte(base, COMPROBACIONES, A_LA_PAR)
              if base.punto is None and not base.servidor else None)
    orden = [n for n in COMPROBACIONES if aparte is None or n not in A_LA_PAR]
    if base.integridad is not None:
        orden = orden[1:] + orden[:1]
    partes = {}
    for nombre in orden:
        partes[nombre] = Verificacion()
        COMPROBACIONES[nombre](base, partes[nombre])
    if aparte is not None:
        partes.update(aparte.result())
    for nombre in COMPROBACIONES:
        parte = partes[nombre]
        resultado.problemas += parte.problemas
        resultado.detalles += parte.detalles
        resultado.avisos += parte.avisos
        resultado.esquema_por_reponer = resultado.esquema_por_reponer or parte.esquema_por_reponer


def _resumen_del_archivo(base: BaseVerificada, resultado: Verificacion) -> None:
    """Las migraciones pendientes (un problema), la ruta, el esquema y cuántas asociaciones y miembros hay."""
    db = base.db
    pendientes = [m.name for m in MIGRACIONES.pending(db)]
    if pendientes:
        resultado.problemas.append(traducir(
            "Migraciones pendientes: {0}. Abra la base con esta versión de Escritorio (la ventana o cualquier orden) "
            "para ponerla al día.").format(", ".join(pendientes)))
    resultado.detalles.append(traducir("Base: {0}").format(ruta_de(db)))
    resultado.detalles.append(traducir("Esquema: {0} migraciones aplicadas.").format(len(MIGRACIONES.applied(db))))
    for tabla, nombre in (("asociaciones", traducir("Asociaciones: {0}")), ("miembros", traducir("Miembros: {0}"))):
        if base.tiene(tabla):
            resultado.detalles.append(nombre.format(datos.cantidad_de_filas(db, tabla)))


def _resumen_del_servidor(base: BaseVerificada, resultado: Verificacion) -> None:
    from ...datos.postgres.esquema import migraciones_del_servidor

    db = base.db
    resultado.detalles.append(traducir("Base: {0} (servidor PostgreSQL)").format(db.url))
    resultado.detalles.append(traducir("Esquema: {0} migraciones aplicadas.").format(len(migraciones_del_servidor(db))))
    for tabla, nombre in (("asociaciones", traducir("Asociaciones: {0}")), ("miembros", traducir("Miembros: {0}"))):
        resultado.detalles.append(nombre.format(datos.cantidad_de_filas(db, tabla)))
