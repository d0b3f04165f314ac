"""Verificar la bitácora: cada sello recalculado y encadenado al anterior, ningún cambio sin sellar, los incidentes
(sin reconocer: un problema cada vez), cada fila igual a lo último que anotó su bitácora y cada registro contra lo que
Escritorio pudo haber escrito.
"""

from datetime import datetime
from typing import TypedDict

from ...datos import incidentes
from ...datos import verificacion as datos
from ...datos.base_de_datos import BaseDeDatos
from ...dominio.puerta import segun_la_puerta
from ...dominio.traduccion import traducir
from .base import BaseVerificada, Verificacion, restaurar, rotulo_del_motivo

# Lo que hizo cada registro de la bitácora, como se nombra en un incidente («miembros: cambio en la fila 1»).
ACCIONES_DE_LA_BITACORA = {"alta": "alta", "cambio": "cambio", "borrado": "borrado"}


def comprobar_la_cadena(base: BaseVerificada, resultado: Verificacion) -> None:
    """La cadena de sellos y, en un archivo, los incidentes que Escritorio selló aparte."""
    from ...datos.bitacora import sin_sellar, verificar as verificar_bitacora, verificar_cadena

    db = base.db
    _saltos(base, resultado)
    if base.servidor:
        for problema in verificar_bitacora(db):
            resultado.problemas.append(problema + " " + traducir(
                "Alguien modificó la bitácora del servidor por fuera de Escritorio: quien lo administra restaura el "
                "último respaldo sano (pg_restore)."))
        resultado.detalles.append(traducir("Bitácora: {0} registros en {1} transacciones selladas.").format(
            datos.cantidad_de_registros_de_bitacora(db), datos.cantidad_de_sellos(db)))
        return
    if base.tiene("bitacora"):
        punto = base.punto
        problemas, sueltos = verificar_cadena(
            db, None if punto is None else (punto.sello_id, punto.huella, punto.registro_id))
        for problema in problemas:
            resultado.problemas.append(problema + " " + traducir(
                "Alguien modificó la bitácora por fuera de Escritorio. Qué hacer: {0}.").format(restaurar()))
        if sueltos:
            resultado.problemas.append(sin_sellar(sueltos) + " " + segun_la_puerta(
                ventana=traducir("Qué hacer: véalos en Archivo > Bitácora de cambios (figuran «(sin sellar)»); si no "
                                 "son cambios suyos, {0}.").format(restaurar()),
                linea=traducir("Qué hacer: véalos con «escritorio bitacora listar» (figuran «(sin sellar)»); si no son "
                               "cambios suyos, {0}.").format(restaurar())))
        if punto is None:
            resultado.detalles.append(traducir("Bitácora: {0} registros en {1} transacciones selladas.").format(
                datos.cantidad_de_registros_de_bitacora(db), datos.cantidad_de_sellos(db)))
    _incidentes(db, resultado)


def _saltos(base: BaseVerificada, resultado: Verificacion) -> None:
    """Un hueco en la numeración de los sellos (issue 77, §5): cada sello es el siguiente al último (en el servidor,
    desde esta versión), así que un hueco es un sello quitado o una numeración movida a mano. Un aviso y no un
    problema: en el servidor, una versión anterior los numeraba con una secuencia que una transacción deshecha podía
    saltear, y una copia de esa base a un archivo trae esos huecos. La cadena misma la comprueba `verificar_cadena`."""
    from ...datos.bitacora import saltos_en_los_sellos

    if not base.tiene("bitacora_sellos"):
        return
    saltos = saltos_en_los_sellos(base.db)
    if saltos:
        resultado.avisos.append(traducir(
            "Bitácora: la numeración de los sellos salta ({0}). Cada sello es el siguiente al último: si el salto no "
            "viene de un servidor de una versión anterior (que los numeraba con una secuencia), alguien quitó un "
            "sello o movió la numeración a mano. Compárelo con las anclas que salieron (escritorio verificar "
            "--ancla).").format(", ".join(traducir("del {0} al {1}").format(a, b) for a, b in saltos)))


def comprobar_los_datos(base: BaseVerificada, resultado: Verificacion) -> None:
    """Los datos contra lo último que anotó la bitácora."""
    if base.tiene("bitacora"):
        _datos_contra_bitacora(base, resultado)


def comprobar_las_reglas(base: BaseVerificada, resultado: Verificacion) -> None:
    """La bitácora contra sus reglas."""
    if base.tiene("bitacora"):
        _reglas_de_la_bitacora(base, resultado)


def _lo_que_tocaron(detalle: str) -> str:
    """El resumen JSON de un incidente de filas ajenas, dicho en una línea: «pagos: cambio en la fila 12; …»."""
    import json

    try:
        resumen = json.loads(detalle)
    except ValueError:
        return detalle
    partes = []
    for tabla, acciones in sorted(resumen.items()):
        for accion, filas in sorted(acciones.items()):
            muestra = ", ".join(str(f) for f in filas[:10]) + (
                " " + traducir("y {0} más").format(len(filas) - 10) if len(filas) > 10 else "")
            que = traducir(ACCIONES_DE_LA_BITACORA[accion]) if accion in ACCIONES_DE_LA_BITACORA else accion
            plantilla = traducir("{0}: {1} en la fila {2}") if len(filas) == 1 else traducir("{0}: {1} en las filas {2}")
            partes.append(plantilla.format(tabla, que, muestra))
    return "; ".join(partes)


def _incidentes(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Cada incidente sin reconocer es un problema, cada vez; los reconocidos quedan a la vista con su motivo."""
    for incidente in incidentes.listar(db):
        cuando = incidente["notado_en"].replace("T", " ")
        if incidente["tipo"] == "filas_ajenas":
            que = traducir("otro programa, no Escritorio, escribió en la base ({0}; registros {1} a {2} de la "
                           "bitácora)").format(_lo_que_tocaron(incidente["detalle"]), incidente["desde_id"],
                                               incidente["hasta_id"])
        else:
            que = incidente["detalle"]
        if incidente["reconocido_en"] is None:
            resultado.problemas.append(segun_la_puerta(
                ventana=traducir("Incidente {0} (notado el {1}): {2}. Escritorio lo selló aparte: la evidencia no se "
                                 "pierde con los cambios siguientes. Qué hacer: véalo en Archivo > Bitácora de cambios; si "
                                 "fue un cambio que usted conoce, elíjalo abajo, escriba por qué y pulse «Reconocer»; "
                                 "si no, {3}.").format(incidente["id"], cuando, que, restaurar()),
                linea=traducir("Incidente {0} (notado el {1}): {2}. Escritorio lo selló aparte: la evidencia no se "
                               "pierde con los cambios siguientes. Qué hacer: véalo con «escritorio bitacora listar»; si "
                               "fue un cambio que usted conoce, explíquelo con «escritorio verificar --reconocer {0} "
                               "--motivo \"…\"»; si no, {3}.").format(incidente["id"], cuando, que, restaurar())))
        else:
            resultado.detalles.append(traducir("Incidente {0} (notado el {1}), reconocido el {2} por {3}: {4}. "
                                               "Motivo: {5}").format(
                incidente["id"], cuando, incidente["reconocido_en"].replace("T", " "),
                incidente["reconocido_por"] or traducir("desconocido"), que, incidente["motivo"]))


class IncidentePendiente(TypedDict):
    id: int
    notado_en: str  # «AAAA-MM-DD HH:MM:SS», hora local
    que: str        # lo que tocó, en una línea


def incidentes_pendientes(db: BaseDeDatos) -> list[IncidentePendiente]:
    """Los incidentes sin reconocer, del más viejo al más nuevo: {id, notado_en, que} (para elegir cuál reconocer)."""
    return [{"id": i["id"], "notado_en": i["notado_en"].replace("T", " "),
             "que": _lo_que_tocaron(i["detalle"]) if i["tipo"] == "filas_ajenas" else i["detalle"]}
            for i in incidentes.listar(db) if i["reconocido_en"] is None]


def reconocer_incidente(db: BaseDeDatos, incidente_id: int, motivo: str) -> str:
    """Una persona explica un incidente: queda reconocido (una vez), con su motivo, en la bitácora sellada."""
    from ...datos.conexion import transaccion
    from ...datos.bitacora import quien_opera
    from ...errores import ErrorEscritorio
    from ..campos import texto

    motivo = texto(rotulo_del_motivo(), motivo, maximo=500)
    with transaccion(db):
        existentes = {i["id"]: i for i in incidentes.listar(db)}
        if incidente_id not in existentes:
            raise ErrorEscritorio(traducir("No hay un incidente {0} en esta base.").format(incidente_id) + " " +
                                  segun_la_puerta(
                ventana=traducir("Vuelva a abrir el menú Archivo, «Verificar la base…»: lista los que hay, cada uno "
                                 "con su número."),
                linea="«escritorio verificar» lista los que hay, cada uno con su número."))
        if existentes[incidente_id]["reconocido_en"] is not None:
            raise ErrorEscritorio(traducir("El incidente {0} ya fue reconocido el {1}: no se cambia.").format(
                incidente_id, existentes[incidente_id]["reconocido_en"].replace("T", " ")))
        incidentes.reconocer(db, incidente_id, motivo, quien_opera())
    return f"Incidente {incidente_id} reconocido: {motivo}"


# --- los datos, contra lo último que anotó la bitácora ------------------------------------------------

def _filas_sin_id_contra_bitacora(db: BaseDeDatos, tabla: str, columnas: list[str]) -> str | None:
    """Tablas sin `id` (firmantes de una declaración, países de la asociación, habilitados de una votación…):
    se rehacen sus filas desde la bitácora (altas, cambios y bajas en orden) y se comparan con las actuales."""
    from collections import Counter

    anotadas: Counter = Counter()
    for accion, antes, despues in datos.cambios_anotados(db, tabla):
        if accion == "alta":
            anotadas[antes] += 1
        elif accion == "borrado":
            anotadas[antes] -= 1
        else:
            anotadas[antes] -= 1
            anotadas[despues] += 1
    actuales = Counter(datos.filas_como_json(db, tabla, columnas))
    faltan, sobran = anotadas - actuales, actuales - anotadas
    if not faltan and not sobran:
        return None
    partes = []
    if faltan:
        partes.append(traducir("{0} fila(s) anotadas que ya no están o cambiaron").format(sum(faltan.values())))
    if sobran:
        partes.append(traducir("{0} fila(s) que la bitácora no anotó").format(sum(sobran.values())))
    return f"«{tabla}»: " + (traducir("{0} y {1}").format(*partes) if len(partes) == 2 else partes[0])


def _con_bitacora_desde_el_principio(db: BaseDeDatos) -> bool:
    """True si la base se creó ya con la bitácora (las migraciones 0001 y 0006 se aplicaron al crearla, con
    segundos de diferencia): entonces toda fila de una tabla anotada tiene su alta en la bitácora."""
    fechas = datos.fechas_del_registro_y_la_bitacora(db)
    try:
        inicio, bitacora = (datetime.fromisoformat(fechas[n]) for n in ("0001_registro", "0006_bitacora"))
    except (KeyError, ValueError, TypeError):
        return False
    return abs((bitacora - inicio).total_seconds()) < 60


def _ids(ids: list[int]) -> str:
    return ", ".join(str(i) for i in ids[:10]) + (" " + traducir("y {0} más").format(len(ids) - 10)
                                                   if len(ids) > 10 else "")


def _datos_contra_bitacora(base: BaseVerificada, resultado: Verificacion) -> None:
    """Cada fila tiene que ser igual a lo último que la bitácora anotó de ella: quien quita los triggers, cambia
    o borra una fila y los vuelve a crear tal cual no deja registro, pero la fila ya no es la anotada. Se miran
    las tablas que se anotan por `id`. Las filas de antes de la bitácora (bases anteriores a la 0006) que nunca
    cambiaron no tienen registro y no se pueden comprobar; una fila más nueva que la primera alta anotada de su
    tabla, sin registro, fue agregada por fuera."""
    db = base.db
    hallazgos = _hallazgos_del_servidor(db) if db.dialecto == "postgresql" else _hallazgos_del_archivo(base)
    if hallazgos:
        resultado.problemas.append(traducir(
            "Datos cambiados por fuera de Escritorio sin dejar rastro en la bitácora (alguien quitó sus triggers, tocó "
            "los datos y los volvió a crear): {0}. Lo que anotó la bitácora de esas filas es lo último que hizo "
            "Escritorio: véalo {1}. Qué hacer: {2}").format(
            "; ".join(hallazgos),
            segun_la_puerta(ventana=traducir("en Archivo > Bitácora de cambios"),
                            linea="con «escritorio bitacora listar --entidad TABLA»"),
            traducir("quien administra el servidor restaura el último respaldo sano (pg_restore).")
            if db.dialecto == "postgresql" else restaurar() + "."))
    else:
        resultado.detalles.append(traducir("Datos: cada fila anotada en la bitácora está como la dejó su último "
                                           "cambio."))


_ALARMAS_CON_DETALLE = 20


def _reglas_de_la_bitacora(base: BaseVerificada, resultado: Verificacion) -> None:
    """Cada registro de la bitácora contra lo que Escritorio pudo haber escrito, y los documentos emitidos contra la
    cadena (servicios/reglas_de_la_bitacora.py): un sello correcto no vuelve legítimo lo que el programa nunca hace.
    Desde un punto de control, los registros posteriores (con lo anterior que hace falta para juzgarlos)."""
    from ..repaso_de_la_bitacora import repasar

    db = base.db
    repaso = repasar(db, despues_de=None if base.punto is None else base.punto.registro_id,
                     documentos=None if base.punto is None else base.tocadas.get("documentos_emitidos", set()))
    que_hacer = traducir("Qué hacer: véalo {0}; esto no se reconoce como un incidente (ningún motivo lo vuelve algo "
                         "que Escritorio escribió): {1}").format(
        segun_la_puerta(ventana=traducir("en Archivo > Bitácora de cambios"), linea="con «escritorio bitacora listar»"),
        traducir("quien administra el servidor restaura el último respaldo sano (pg_restore).")
        if db.dialecto == "postgresql" else restaurar() + ".")
    for alarma in repaso.alarmas[:_ALARMAS_CON_DETALLE]:
        if alarma.registro is None:
            donde = ""
        elif alarma.sello is None:
            donde = traducir("Registro {0} de la bitácora (sin sellar): ").format(alarma.registro)
        elif alarma.ajeno is not None:
            donde = traducir("Registro {0} de la bitácora (sello {1}, del {2} UTC, sellado por {3}, aparte, como el "
                             "incidente {4}): ").format(alarma.registro, alarma.sello, alarma.momento,
                                                        alarma.sellado_por or traducir("desconocido"), alarma.ajeno)
        else:
            donde = traducir("Registro {0} de la bitácora (sello {1}, del {2} UTC, sellado por {3}): ").format(
                alarma.registro, alarma.sello, alarma.momento, alarma.sellado_por or traducir("desconocido"))
        resultado.problemas.append(f"{donde}{alarma.texto} {que_hacer}")
    if len(repaso.alarmas) > _ALARMAS_CON_DETALLE:
        resto = repaso.alarmas[_ALARMAS_CON_DETALLE:]
        registros = [a.registro for a in resto if a.registro is not None]
        resultado.problemas.append(
            (traducir("Y {0} registros o documentos más que Escritorio no pudo haber escrito (registros {1}).").format(
                len(resto), _ids(registros)) if registros else
             traducir("Y {0} registros o documentos más que Escritorio no pudo haber escrito.").format(len(resto)))
            + f" {que_hacer}")
    if not repaso.alarmas:
        resultado.detalles.append(
            traducir("Reglas: {0} registros de la bitácora repasados contra las reglas del esquema (los que alguna "
                     "mira) y {1} documentos emitidos contra la cadena: todo es algo que Escritorio pudo haber "
                     "escrito.").format(repaso.registros, repaso.documentos)
            + (" " + traducir("{0} registros de un esquema anterior (de antes de que sus tablas ganaran columnas) se "
                              "repasaron solo con las reglas que no miran columnas.").format(repaso.anteriores)
               if repaso.anteriores else ""))


def _hallazgos(tabla: str, cambiadas: list[int], borradas: list[int], agregadas: list[int]) -> list[str]:
    return [plantilla.format(tabla, _ids(ids))
            for ids, plantilla in ((cambiadas, traducir("«{0}»: filas cambiadas (id {1})")),
                                   (borradas, traducir("«{0}»: filas borradas (id {1})")),
                                   (agregadas, traducir("«{0}»: filas agregadas (id {1})"))) if ids]


def _hallazgos_del_archivo(base: BaseVerificada) -> list[str]:
    """Desde un punto de control, solo las filas que tocaron los registros posteriores: sin cambiar el esquema, una
    fila solo cambia con su trigger, que anota lo que queda; una distinta de su último registro es un registro
    agregado a mano, y una fila agregada o borrada sin registro necesitó quitar un trigger."""
    db, punto = base.db, base.punto
    datos.crear_ultimos_de_bitacora(db, None if punto is None else punto.registro_id)
    desde_el_principio = _con_bitacora_desde_el_principio(db)
    try:
        hallazgos = []
        for tabla in sorted(datos.tablas(db)):
            if punto is not None and tabla not in base.tocadas:
                continue
            columnas = datos.columnas_anotadas(db, tabla)
            if not columnas:
                sin_id = datos.columnas_anotadas(db, tabla, clave=None) if desde_el_principio else None
                if sin_id and "id" not in sin_id:  # sin bitácora desde el principio no se puede rehacer
                    hallazgo = _filas_sin_id_contra_bitacora(db, tabla, sin_id)
                    if hallazgo:
                        hallazgos.append(hallazgo)
                continue
            # los ids mayores que `desde` tienen que tener su alta anotada
            desde = 0 if desde_el_principio else datos.primera_alta_anotada(db, tabla)
            cambiadas, agregadas = datos.filas_distintas(db, tabla, columnas,
                                                         None if punto is not None else desde)
            hallazgos += _hallazgos(tabla, cambiadas, datos.filas_borradas(db, tabla), agregadas)
    finally:
        datos.quitar_ultimos_de_bitacora(db)
    return hallazgos


def _hallazgos_del_servidor(db: BaseDeDatos) -> list[str]:
    """En el servidor, las tablas anotadas por `id` (las demás se rehacen desde la bitácora solo en un archivo)."""
    from ...datos.postgres import verificacion as del_servidor

    primeras_altas = del_servidor.preparar(db)
    try:
        hallazgos = []
        for tabla in del_servidor.tablas_con_bitacora(db):
            hallazgos += _hallazgos(tabla, *del_servidor.filas_distintas(db, tabla, primeras_altas.get(tabla)))
    finally:
        del_servidor.quitar(db)
    return hallazgos

