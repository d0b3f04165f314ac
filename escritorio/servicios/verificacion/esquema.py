"""Verificar el esquema: los triggers que congelan actas, impiden borrar pagos o tocar la bitácora, los de la
bitácora misma y los índices UNIQUE tienen que estar y ser iguales a los que crean las migraciones (comparados con
una base en memoria con las MISMAS migraciones aplicadas); y reponerlos («verificar --reponer-esquema»).
"""

import re
from functools import lru_cache

from ...datos import verificacion as datos
from ...datos.base_de_datos import BaseDeDatos
from ...datos.esquema import MIGRACIONES
from ...dominio.puerta import segun_la_puerta
from ...dominio.traduccion import traducir
from .base import BaseVerificada, Verificacion, restaurar


def comprobar_el_esquema(base: BaseVerificada, resultado: Verificacion) -> None:
    """En un archivo (el servidor tiene sus propias reglas: integridad.py)."""
    if base.servidor:
        return
    if base.punto is not None:   # el punto de control solo vale con el mismo esquema (punto_de_control.partida)
        resultado.detalles.append(traducir(
            "Esquema: el mismo que en el punto de control (SQLite no anotó ningún cambio desde entonces), cuando se "
            "comparó con el que crean las migraciones."))
        return
    _esquema(base.db, resultado)


@lru_cache(maxsize=4)
def _referencia(aplicadas: tuple[str, ...]) -> tuple[dict, dict]:
    """El esquema que dejan exactamente esas migraciones, en una base en memoria: (objetos, sql original)."""
    ref = BaseDeDatos.en_memoria()
    todas = [m.name for m in MIGRACIONES.pending(ref)]
    siguiente = todas[len(aplicadas)] if len(aplicadas) < len(todas) else None
    MIGRACIONES.apply(ref, stop_before=siguiente)
    originales = datos.sql_original(ref)
    objetos = datos.objetos(ref)
    ref.close()
    return objetos, originales


def _proposito(tipo: str, nombre: str, tabla: str, sql: str) -> str:
    """Para qué está un trigger o índice, en palabras: el mensaje con que rechaza, o lo que anota."""
    if tipo == "index":
        return (traducir("impide filas repetidas en «{0}»").format(tabla) if datos.es_indice_unico(sql) else
                traducir("acelera las consultas de «{0}»").format(tabla))
    bitacora = re.fullmatch(r"bitacora_(.+)_(alta|cambio|baja)", nombre)
    if bitacora:
        plantilla = {"alta": traducir("anota en la bitácora las altas de «{0}»"),
                     "cambio": traducir("anota en la bitácora los cambios de «{0}»"),
                     "baja": traducir("anota en la bitácora los borrados de «{0}»")}[bitacora.group(2)]
        return plantilla.format(bitacora.group(1))
    mensaje = re.search(r"RAISE\s*\(\s*ABORT\s*,\s*'([^']*)'", sql, re.IGNORECASE)
    if mensaje:   # el mensaje con que rechaza, como lo escribe el esquema (en castellano)
        return traducir("en «{0}»: «{1}»").format(tabla, mensaje.group(1).rstrip("."))
    return traducir("en «{0}»").format(tabla)


def _lista(nombres: list[str], maximo: int = 8) -> str:
    if len(nombres) <= maximo:
        return "; ".join(nombres)
    return "; ".join(nombres[:maximo]) + "; " + traducir("y {0} más").format(len(nombres) - maximo)


def _esquema(db: BaseDeDatos, resultado: Verificacion) -> None:
    aplicadas = tuple(m.name for m in MIGRACIONES.applied(db))
    conocidas = [m.name for m in MIGRACIONES.pending(BaseDeDatos.en_memoria())]
    if list(aplicadas) != conocidas[:len(aplicadas)]:
        resultado.avisos.append(traducir(
            "Esquema: la base tiene migraciones que esta versión de Escritorio no conoce (es de una versión más "
            "nueva): sus triggers e índices no se comparan. Verifíquela con la versión con que se usa."))
        return
    if not aplicadas:
        return
    referencia, originales = _referencia(aplicadas)
    propios = datos.objetos(db)
    faltan, cambiados, tablas_cambiadas, sobran_triggers, lentos = [], [], [], [], []
    for (tipo, nombre), (tabla, sql) in referencia.items():
        hay = propios.get((tipo, nombre))
        if hay is not None and hay[1] == sql:
            continue
        if tipo == "table":
            tablas_cambiadas.append(f"«{nombre}» " + (traducir("(falta)") if hay is None
                                                       else traducir("(su definición cambió)")))
            continue
        proposito = _proposito(tipo, nombre, tabla, originales.get((tipo, nombre)) or sql)
        if tipo == "index" and not datos.es_indice_unico(sql):
            lentos.append(f"«{nombre}»")
        elif hay is None:
            faltan.append(f"«{nombre}» ({proposito})")
        else:
            cambiados.append(f"«{nombre}» ({proposito})")
    for (tipo, nombre), (tabla, _) in propios.items():
        if tipo == "trigger" and (tipo, nombre) not in referencia:
            sobran_triggers.append(f"«{nombre}» " + traducir("(en «{0}»)").format(tabla))
    que_hacer = traducir("Los datos que protegían pudieron cambiar sin control: revise los otros problemas de esta "
                         "lista. Qué hacer: si no hay otros, {0} los deja como los crea Escritorio; si los hay, "
                         "{1}.").format(segun_la_puerta(
                             ventana=traducir("el botón «Reponer el esquema…» (menú Archivo, «Verificar la base…»)"),
                             linea="«escritorio verificar --reponer-esquema»"), restaurar())
    resultado.esquema_por_reponer = bool(faltan or cambiados or sobran_triggers)
    if faltan:
        resultado.problemas.append(traducir(
            "Esquema: alguien quitó por fuera de Escritorio (por ejemplo con un navegador de bases) {0} de los triggers "
            "e índices que protegen los datos: {1}. {2}").format(len(faltan), _lista(faltan), que_hacer))
    if cambiados:
        resultado.problemas.append(traducir(
            "Esquema: alguien cambió por fuera de Escritorio {0} de los triggers e índices que protegen los datos: "
            "{1}. {2}").format(len(cambiados), _lista(cambiados), que_hacer))
    if sobran_triggers:
        resultado.problemas.append(traducir(
            "Esquema: hay triggers que Escritorio no creó y que pueden cambiar datos sin control ({0}): {1}. "
            "{2}").format(len(sobran_triggers), _lista(sobran_triggers), que_hacer))
    if tablas_cambiadas:
        resultado.problemas.append(traducir(
            "Esquema: tablas cambiadas por fuera de Escritorio (columnas o reglas CHECK): {0}. Esto no se repone solo. "
            "Qué hacer: {1}.").format(_lista(tablas_cambiadas), restaurar()))
    if lentos:
        resultado.avisos.append(traducir(
            "Esquema: faltan o cambiaron índices que solo aceleran las consultas: {0}. No se pierde nada, pero las "
            "listas pueden ir más lentas; restaurar un respaldo sano los recupera.").format(_lista(lentos)))
    if not (faltan or cambiados or sobran_triggers or tablas_cambiadas):
        triggers = sum(1 for tipo, _ in referencia if tipo == "trigger")
        resultado.detalles.append(traducir("Esquema: los {0} triggers de protección y de bitácora, presentes y sin "
                                           "cambios.").format(triggers))


def reponer_esquema(db: BaseDeDatos) -> list[str]:
    """Vuelve a crear, tal como los crean las migraciones, los triggers y los índices que faltan o cambiaron, y
    quita los triggers que Escritorio no creó; en una sola transacción. No toca tablas ni datos: lo que se
    cambió mientras faltaban sigue a la vista en «verificar» (bitácora, actas, testigo). Devuelve lo hecho."""
    from ...datos.conexion import transaccion

    conocidas = [m.name for m in MIGRACIONES.pending(BaseDeDatos.en_memoria())]
    hecho = []
    with transaccion(db):   # las migraciones aplicadas, con la base tomada: otro proceso pudo migrarla recién
        aplicadas = tuple(m.name for m in MIGRACIONES.applied(db))
        if not aplicadas or list(aplicadas) != conocidas[:len(aplicadas)]:
            return []
        referencia, originales = _referencia(aplicadas)
        propios = datos.objetos(db)
        for (tipo, nombre), (tabla, _) in propios.items():
            if tipo == "trigger" and (tipo, nombre) not in referencia:
                datos.quitar(db, tipo, nombre)
                hecho.append(traducir("quitado el trigger ajeno «{0}»").format(nombre))
        for (tipo, nombre), (_, sql) in referencia.items():
            if tipo == "table" or propios.get((tipo, nombre), (None, None))[1] == sql:
                continue
            if (tipo, nombre) in propios:
                datos.quitar(db, tipo, nombre)
            datos.crear(db, originales[(tipo, nombre)])
            hecho.append((traducir("repuesto el trigger «{0}»") if tipo == "trigger" else
                          traducir("repuesto el índice «{0}»")).format(nombre))
    return hecho
