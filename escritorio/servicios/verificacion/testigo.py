"""Verificar la cabeza de la cadena de sellos anotada FUERA de la base: el testigo junto a la base y el de cada
respaldo de esta base hecho después de la última restauración. Quien borra los últimos registros junto con sus filas
de bitácora y sus sellos deja una cadena coherente, pero más corta: el sello que vio el testigo ya no está (o tiene
otra huella). También anotar una restauración hecha a mano.
"""

from pathlib import Path

from ...datos import incidentes, testigo
from ...datos import verificacion as datos
from ...datos.base_de_datos import BaseDeDatos
from ...datos.conexion import ruta_de
from ...rutas import carpeta_respaldos
from ...dominio.traduccion import traducir
from ...dominio.puerta import segun_la_puerta
from .base import BaseVerificada, Verificacion, fecha_o_nada, restaurar, rotulo_del_motivo


def comprobar_los_testigos(base: BaseVerificada, resultado: Verificacion) -> None:
    """En un archivo con sellos (el servidor no tiene testigo junto a la base)."""
    if not base.servidor and base.tiene("bitacora_sellos"):
        _testigos(base.db, resultado)


def alarmas_del_testigo(db: BaseDeDatos) -> int:
    """Cuántas cabezas vistas por el testigo le faltan a la base sin que nadie lo haya explicado."""
    ruta = ruta_de(db)
    visto = testigo.leer(ruta) if testigo.en_disco(ruta) else None
    return len(visto.alarmas or []) if visto else 0

def _corta(huella: str | None) -> str:
    return (huella or "")[:16]


def _comparar_cabeza(db: BaseDeDatos, visto: testigo.Testigo, donde: str, ultimo: tuple[int, str] | None) -> str | None:
    """El problema, si la cabeza que anotó un testigo ya no está en la cadena con la misma huella."""
    if visto.sello_id is None or not visto.huella:
        return None
    actual = datos.huella_del_sello(db, visto.sello_id)
    if actual == visto.huella:
        return None
    hasta = (traducir("la base llega hasta el sello {0}").format(ultimo[0]) if ultimo
             else traducir("la base no tiene ningún sello"))
    if actual is None:
        que = traducir("se borraron registros de la base: {0} vio el sello {1} de la bitácora (huella {2}…) y {3}. "
                       "Alguien borró los últimos cambios junto con sus registros de bitácora y sus sellos, o copió a "
                       "mano un respaldo más viejo sobre la base").format(donde, visto.sello_id, _corta(visto.huella),
                                                                         hasta)
    else:
        que = traducir("se borraron o cambiaron registros de la base: {0} vio el sello {1} con la huella {2}…, y hoy "
                       "ese sello tiene la huella {3}… (se rehízo la cadena desde antes de ese sello)").format(
            donde, visto.sello_id, _corta(visto.huella), _corta(actual))
    return traducir("Testigo: {0}. Qué hacer: si usted reemplazó la base a mano por un respaldo (copiando el archivo), "
                    "es lo esperado: {1}. Si no, {2}.").format(que, segun_la_puerta(
                        ventana=traducir("explíquelo abajo, en «Faltan cambios que vio el testigo», y pulse "
                                         "«Reconocer»"),
                        linea="anótelo con «escritorio verificar --restauracion-manual»"), restaurar())


def _alarmas_del_testigo(db: BaseDeDatos, visto: testigo.Testigo, resultado: Verificacion,
                         ultimo: tuple[int, str] | None) -> None:
    """Las cabezas que el testigo vio y la cadena perdió siguen siendo un problema después de otras escrituras, hasta
    que una persona las reconoce; las reconocidas quedan a la vista como tales."""
    for alarma in visto.alarmas or []:
        if (alarma.get("sello_id"), alarma.get("huella")) == (visto.sello_id, visto.huella):
            continue  # es la cabeza actual del testigo: ya la comparó _comparar_cabeza
        anotada = testigo.Testigo(base_id=visto.base_id, sello_id=alarma.get("sello_id"), huella=alarma.get("huella"))
        problema = _comparar_cabeza(db, anotada, traducir("el testigo junto a la base (el {0})").format(
            str(alarma.get("notada_en", "")).replace("T", " ")), ultimo)
        resultado.problemas.append(problema or traducir(
            "Testigo: el {0} se notó que la base no tenía el sello {1} que había visto (huella {2}…); la cadena volvió "
            "a tenerlo después, pero lo que pasó en el medio no está explicado. {3}").format(
            str(alarma.get("notada_en", "")).replace("T", " "), alarma.get("sello_id"), _corta(alarma.get("huella")),
            segun_la_puerta(
                ventana=traducir("Qué hacer: si usted reemplazó la base a mano por un respaldo, explíquelo abajo, en "
                                 "«Faltan cambios que vio el testigo», y pulse «Reconocer»; si no, restaure el último "
                                 "respaldo sano (menú Archivo, «Restaurar respaldo…»)."),
                linea=traducir("Qué hacer: si usted reemplazó la base a mano por un respaldo, anótelo con «escritorio "
                               "verificar --restauracion-manual»; si no, restaure el último respaldo sano."))))
    for alarma in visto.reconocidas or []:
        resultado.detalles.append(traducir("Testigo: alarma reconocida el {0} (faltaba el sello {1}, notado el {2}): "
                                           "{3}.").format(
            str(alarma.get("reconocida_en", "")).replace("T", " "), alarma.get("sello_id"),
            str(alarma.get("notada_en", "")).replace("T", " "), alarma.get("motivo", "")))


def _testigos(db: BaseDeDatos, resultado: Verificacion) -> None:
    ruta = ruta_de(db)
    if not testigo.en_disco(ruta):
        return
    propia = testigo.identidad(db.conn)
    ultimo = testigo.cabeza_de_cadena(db.conn)
    visto = testigo.leer(ruta)
    if visto is None:
        resultado.detalles.append(traducir("Testigo: todavía no hay testigo junto a la base (se escribe con el próximo "
                                           "cambio)."))
    elif visto.base_id and propia and visto.base_id != propia:
        resultado.avisos.append(traducir(
            "Testigo: el archivo {0} es de otra base (identidad {1}…; esta es {2}…): el archivo de la base fue "
            "reemplazado por otra base. Si fue a propósito, no hay nada que hacer: el testigo se renueva con el próximo "
            "cambio. Si no, busque la base que corresponde.").format(testigo.ruta_testigo(ruta), visto.base_id[:8],
                                                                     propia[:8]))
    else:
        problema = _comparar_cabeza(db, visto, traducir("el testigo junto a la base ({0})").format(
            testigo.ruta_testigo(ruta).name), ultimo)
        if problema:
            resultado.problemas.append(problema)
        elif visto.sello_id is not None:
            resultado.detalles.append(traducir("Testigo: el sello {0} que anotó sigue en la cadena, sin cambios.").format(
                visto.sello_id))
        _alarmas_del_testigo(db, visto, resultado, ultimo)
    restaurada = fecha_o_nada(visto.restaurada_en) if visto and (not visto.base_id or visto.base_id == propia) else None
    comprobados = 0
    carpeta = carpeta_respaldos(ruta)
    for archivo in sorted(carpeta.glob("*" + testigo.SUFIJO)) if carpeta.is_dir() else []:
        respaldo = Path(str(archivo)[:-len(testigo.SUFIJO)])
        del_respaldo = testigo.leer(respaldo)
        if del_respaldo is None or not del_respaldo.base_id or del_respaldo.base_id != propia:
            continue
        if del_respaldo.base and not testigo.es_la_base_del_respaldo(del_respaldo.base, respaldo, ruta):
            continue  # de una copia de esta base en otro archivo (misma identidad, otra historia desde la copia)
        hecho = fecha_o_nada(del_respaldo.escrito_en)
        if hecho is None or (restaurada is not None and hecho <= restaurada):
            continue  # anterior a la última restauración: la cadena pudo volver atrás con razón
        problema = _comparar_cabeza(db, del_respaldo, traducir("el respaldo {0}").format(respaldo.name), ultimo)
        if problema:
            resultado.problemas.append(problema)
        comprobados += 1
    if comprobados:
        resultado.detalles.append(traducir("Testigo: {0} respaldo(s) de esta base comparados con la cadena.").format(
            comprobados))


def _anotar_alarmas_explicadas(db: BaseDeDatos, alarmas: list[dict], motivo: str) -> None:
    """La explicación de cada alarma del testigo queda también en la base, como incidente ya reconocido (sellado)."""
    from ...datos.bitacora import quien_opera
    from ...datos.conexion import transaccion

    if not alarmas or not incidentes.disponibles(db):
        return
    with transaccion(db):
        for alarma in alarmas:
            incidentes.anotar(
                db, "cadena_perdida",
                f"la base no tenía el sello {alarma.get('sello_id')} de la bitácora que su testigo había visto (huella "
                f"{_corta(alarma.get('huella'))}…; notado el {str(alarma.get('notada_en', '')).replace('T', ' ')})",
                reconocido_por=quien_opera(), motivo=motivo)


def anotar_restauracion_manual(db: BaseDeDatos, motivo: str | None = None) -> str:
    """Quien reemplazó la base a mano por un respaldo (copiando el archivo) lo anota: el testigo pasa a la
    cabeza de la base restaurada, y los respaldos hechos antes ya no se comparan (como tras «restaurar»)."""
    ruta = ruta_de(db)
    if not testigo.en_disco(ruta):
        return "Esta base no está en un archivo: no tiene testigo."
    from ..campos import texto

    # Sin motivo, el de siempre (queda guardado, en castellano, y nombra por dónde se anotó).
    motivo = texto(rotulo_del_motivo(), motivo, maximo=500) if motivo else segun_la_puerta(
        ventana="la base se reemplazó a mano por un respaldo (Archivo > Verificar la base…, «Reconocer»)",
        linea="la base se reemplazó a mano por un respaldo (escritorio verificar --restauracion-manual)")
    testigo.anotar_restauracion(ruta)  # primero la cabeza: la escritura de abajo ya no ve una cadena perdida
    explicadas = testigo.reconocer_alarmas(ruta, motivo)
    _anotar_alarmas_explicadas(db, explicadas, motivo)
    cabeza = testigo.cabeza_de_cadena(db.conn)
    desde = f"el sello {cabeza[0]}" if cabeza else "el primer cambio"
    return (f"Anotado en {testigo.ruta_testigo(ruta).name}: la base se restauró a mano; el testigo vigila la cadena "
            f"desde {desde}.")
