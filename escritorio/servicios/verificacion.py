"""Verificar la base («escritorio verificar»): que nada se haya dañado ni cambiado por fuera de Escritorio.

Lo que se comprueba, y cómo:

- Integridad de SQLite y referencias entre tablas.
- La bitácora: cada sello recalculado y encadenado al anterior; ningún cambio sin sellar.
- El esquema: los triggers que congelan actas, impiden borrar pagos o tocar la bitácora, los de la bitácora
  misma y los índices UNIQUE tienen que estar y ser iguales a los que crean las migraciones. Se comparan
  con una base en memoria con las MISMAS migraciones aplicadas (sin mayúsculas, comillas ni espacios de
  más): quitar un trigger con un navegador de bases, o cambiarlo, se nota.
- Los datos contra la bitácora: cada fila tiene que ser la que dejó su último cambio anotado (quien quita los
  triggers, cambia filas y los vuelve a crear tal cual no deja registro, pero la fila ya no es la anotada).
- Las actas aprobadas y firmadas: su texto guardado tiene que dar la huella SHA-256 guardada, ser el que
  selló Escritorio al aprobarlas, y el registro de la sesión tiene que dar la huella tomada al aprobarlas.
- Todo lo congelado (actas aprobadas, resoluciones, votaciones y elecciones cerradas, pagos con su recibo, cuotas
  con pagos): cada fila se compara con lo que Escritorio selló en la transacción que la congeló, no con el último
  registro de la bitácora (que puede ser el de quien la cambió, sellado aparte como incidente). Un cambio es una
  alarma para siempre: reconocer el incidente no lo borra (servicios/congelados.py).
- La cabeza de la cadena de sellos anotada FUERA de la base: el testigo junto a la base y el de cada
  respaldo de esta base hecho después de la última restauración. Quien borra los últimos registros junto
  con sus filas de bitácora y sus sellos deja una cadena coherente, pero más corta: el sello que vio el
  testigo ya no está (o tiene otra huella).

Cada problema dice qué pasó, dónde y qué hacer. Los avisos (un testigo de otra base, índices que solo
aceleran) no hacen fallar la verificación.
"""

import re
from dataclasses import dataclass, field
from typing import TypedDict
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from ..datos.base_de_datos import BaseDeDatos

from ..datos import incidentes, testigo
from ..dominio.entrada import muestra
from ..dominio import formato
from ..datos import verificacion as datos
from ..datos.conexion import ruta_de
from ..datos.diagnostico import comprobar_integridad
from ..datos.esquema import MIGRACIONES
from ..rutas import carpeta_respaldos
from . import cargos_personales
from . import no_miembros_en_organos as no_miembros

RESTAURAR = ("restaure el respaldo más reciente que verifique sano (Archivo > Restaurar respaldo, o "
             "«escritorio respaldo restaurar RESPALDO»); la base actual se guarda antes, no se pierde")


@dataclass
class Verificacion:
    problemas: list[str] = field(default_factory=list)
    detalles: list[str] = field(default_factory=list)
    avisos: list[str] = field(default_factory=list)

    @property
    def correcta(self) -> bool:
        return not self.problemas


def en_que_se_apoya(con_anclas: bool) -> str:
    """Lo que sostiene un «sana»: el programa no lo dice por su cuenta (la CLI y la ventana lo muestran debajo)."""
    from ..dominio.traduccion import traducir

    if con_anclas:
        return traducir(
            "En qué se apoya: en lo que la base dice de sí misma (la cadena de sellos de la bitácora y sus reglas, lo "
            "congelado contra lo que se selló al congelarlo, los datos, el esquema), en el testigo y los respaldos de "
            "esta computadora, y en las anclas de afuera que se dieron, que la cadena sigue teniendo. Lo que se cambió "
            "antes de que saliera la más vieja de esas anclas no se ve desde aquí.")
    return traducir(
        "En qué se apoya: en lo que la base dice de sí misma (la cadena de sellos de la bitácora y sus reglas, lo "
        "congelado contra lo que se selló al congelarlo, los datos, el esquema) y en el testigo y los respaldos de esta "
        "computadora. Una historia rehecha entera por quien tiene el archivo no se ve desde adentro: compárela con las "
        "anclas que salieron de la oficina (papeles, correos, el sitio, sellos de tiempo) con «escritorio verificar "
        "--ancla».")


def verificar(db: BaseDeDatos) -> Verificacion:
    from ..datos.conexion import texto_tolerante

    if db.dialecto == "postgresql":
        return _verificar_servidor(db)
    with texto_tolerante(db):  # lee también lo que otro programa guardó sin ser UTF-8, para poder informarlo
        return _verificar(db)


def _problema_de_integridad(problema: str) -> str:
    """Un renglón de `quick_check`, dicho para la secretaría. Una fila que no cumple un CHECK no es daño del archivo
    (abrir la base no la busca, ver datos/conexion.py): la escribió un programa que apagó las reglas."""
    regla_rota = re.fullmatch(r"CHECK constraint failed in (\w+)", problema.strip())
    if regla_rota:
        return (f"Regla rota en la tabla {regla_rota[1]}: una fila tiene un valor que Escritorio nunca guarda (la "
                f"escribió otro programa, con las reglas de la base apagadas). Qué hacer: {RESTAURAR}.")
    return f"Integridad: {problema} El archivo de la base está dañado: {RESTAURAR}, o use «escritorio respaldo recuperar»."


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
            muestra = ", ".join(str(f) for f in filas[:10]) + (f" y {len(filas) - 10} más" if len(filas) > 10 else "")
            partes.append(f"{tabla}: {accion} en {'la fila' if len(filas) == 1 else 'las filas'} {muestra}")
    return "; ".join(partes)


def _incidentes(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Cada incidente sin reconocer es un problema, cada vez; los reconocidos quedan a la vista con su motivo."""
    for incidente in incidentes.listar(db):
        cuando = incidente["notado_en"].replace("T", " ")
        if incidente["tipo"] == "filas_ajenas":
            que = (f"otro programa, no Escritorio, escribió en la base ({_lo_que_tocaron(incidente['detalle'])}; "
                   f"registros {incidente['desde_id']} a {incidente['hasta_id']} de la bitácora)")
        else:
            que = incidente["detalle"]
        if incidente["reconocido_en"] is None:
            resultado.problemas.append(
                f"Incidente {incidente['id']} (notado el {cuando}): {que}. Escritorio lo selló aparte: la evidencia no "
                "se pierde con los cambios siguientes. Qué hacer: véalo con «escritorio bitacora listar»; si fue un "
                f"cambio que usted conoce, explíquelo con «escritorio verificar --reconocer {incidente['id']} --motivo "
                f"\"…\"»; si no, {RESTAURAR}.")
        else:
            resultado.detalles.append(
                f"Incidente {incidente['id']} (notado el {cuando}), reconocido el "
                f"{incidente['reconocido_en'].replace('T', ' ')} por {incidente['reconocido_por'] or 'desconocido'}: "
                f"{que}. Motivo: {incidente['motivo']}")


class IncidentePendiente(TypedDict):
    id: int
    notado_en: str  # «AAAA-MM-DD HH:MM:SS», hora local
    que: str        # lo que tocó, en una línea


def incidentes_pendientes(db: BaseDeDatos) -> list[IncidentePendiente]:
    """Los incidentes sin reconocer, del más viejo al más nuevo: {id, notado_en, que} (para elegir cuál reconocer)."""
    return [{"id": i["id"], "notado_en": i["notado_en"].replace("T", " "),
             "que": _lo_que_tocaron(i["detalle"]) if i["tipo"] == "filas_ajenas" else i["detalle"]}
            for i in incidentes.listar(db) if i["reconocido_en"] is None]


def alarmas_del_testigo(db: BaseDeDatos) -> int:
    """Cuántas cabezas vistas por el testigo le faltan a la base sin que nadie lo haya explicado."""
    ruta = ruta_de(db)
    visto = testigo.leer(ruta) if testigo.en_disco(ruta) else None
    return len(visto.alarmas or []) if visto else 0


def reconocer_incidente(db: BaseDeDatos, incidente_id: int, motivo: str) -> str:
    """Una persona explica un incidente: queda reconocido (una vez), con su motivo, en la bitácora sellada."""
    from ..datos.conexion import transaccion
    from ..datos.bitacora import quien_opera
    from ..errores import ErrorEscritorio
    from .campos import texto

    motivo = texto("--motivo", motivo, maximo=500)
    with transaccion(db):
        existentes = {i["id"]: i for i in incidentes.listar(db)}
        if incidente_id not in existentes:
            raise ErrorEscritorio(f"No hay un incidente {incidente_id} en esta base. «escritorio verificar» lista los "
                                  "que hay, cada uno con su número.")
        if existentes[incidente_id]["reconocido_en"] is not None:
            raise ErrorEscritorio(f"El incidente {incidente_id} ya fue reconocido el "
                                  f"{existentes[incidente_id]['reconocido_en'].replace('T', ' ')}: no se cambia.")
        incidentes.reconocer(db, incidente_id, motivo, quien_opera())
    return f"Incidente {incidente_id} reconocido: {motivo}"


def _verificar(db: BaseDeDatos) -> Verificacion:
    resultado = Verificacion()
    tablas = datos.tablas(db)
    resultado.problemas += [_problema_de_integridad(p) for p in comprobar_integridad(db.conn)]
    for fila in datos.referencias_rotas(db):
        resultado.problemas.append(
            f"Referencia rota en la tabla {fila[0]} (fila {fila[1]}) hacia {fila[2]}: la fila apunta a algo que "
            f"ya no existe (se borró por fuera de Escritorio). Qué hacer: {RESTAURAR}.")
    if "miembros" in tablas:
        resultado.problemas += _miembros_repetidos(db)
    if "mandatos" in tablas and "estados_miembro" in tablas:
        _de_no_miembros(no_miembros.mandatos(db), resultado)
    if "candidaturas" in tablas and "estados_miembro" in tablas:
        _de_no_miembros(no_miembros.candidaturas(db), resultado)
    if "mandatos" in tablas:
        resultado.avisos += cargos_personales.avisos(db)
    if "reglas_quorum" in tablas and "normas" in tablas and "bitacora" in tablas:
        from .reglas_rebajadas import reglas_rebajadas   # una regla con artículo rebajada sin reforma

        resultado.problemas += reglas_rebajadas(db)
    if "bitacora" in tablas:
        from ..datos.bitacora import verificar as verificar_bitacora

        for problema in verificar_bitacora(db):
            if "sin sellar" in problema:
                problema += (" Qué hacer: véalos con «escritorio bitacora listar» (figuran «(sin sellar)»); si no son "
                             f"cambios suyos, {RESTAURAR}.")
            else:
                problema += f" Alguien modificó la bitácora por fuera de Escritorio. Qué hacer: {RESTAURAR}."
            resultado.problemas.append(problema)
        sellos = datos.cantidad_de_sellos(db)
        resultado.detalles.append(f"Bitácora: {datos.cantidad_de_registros_de_bitacora(db)} registros "
                                  f"en {sellos} transacciones selladas.")
    _incidentes(db, resultado)
    _esquema(db, resultado)
    if "bitacora" in tablas:
        _datos_contra_bitacora(db, resultado)
        _reglas_de_la_bitacora(db, resultado)
    if "actas" in tablas:
        _actas(db, resultado)
    _congelados(db, resultado)
    if "firmas_digitales" in tablas:
        _firmas_digitales(db, resultado)
    if "pdfs_convenio" in tablas:
        _pdfs_de_convenios(db, resultado)
    if "archivos_correo" in tablas:
        _adjuntos_del_correo(db, resultado)
    if "bitacora_sellos" in tablas:
        _testigos(db, resultado)
    _sellos_de_tiempo(db, resultado)
    pendientes = [m.name for m in MIGRACIONES.pending(db)]
    if pendientes:
        resultado.problemas.append(f"Migraciones pendientes: {', '.join(pendientes)}. Abra la base con esta versión de "
                                   "Escritorio (la ventana o cualquier orden) para ponerla al día.")
    resultado.detalles.append(f"Base: {ruta_de(db)}")
    resultado.detalles.append(f"Esquema: {len(MIGRACIONES.applied(db))} migraciones aplicadas.")
    for tabla, nombre in (("asociaciones", "Asociaciones"), ("miembros", "Miembros")):
        if tabla in tablas:
            cantidad = datos.cantidad_de_filas(db, tabla)
            resultado.detalles.append(f"{nombre}: {cantidad}")
    return resultado


def _verificar_servidor(db: BaseDeDatos) -> Verificacion:
    """Sobre una base del servidor: lo mismo que en un archivo, salvo lo que es del archivo (su integridad, sus
    testigos, las referencias: el servidor las hace cumplir siempre). En su lugar, las reglas del servidor: un trigger
    apagado (solo puede hacerlo quien administra el servidor) deja pasar lo que Escritorio nunca guarda."""
    from ..datos.bitacora import verificar as verificar_bitacora
    from ..datos.postgres.esquema import migraciones_del_servidor, reglas_apagadas

    resultado = Verificacion()
    for tabla, regla in reglas_apagadas(db):
        resultado.problemas.append(
            f"Regla apagada en el servidor: «{regla}» de la tabla {tabla}. Alguien con permisos de administración "
            "del servidor la desactivó, y mientras tanto la base admite cambios que Escritorio nunca hace (por "
            f"ejemplo, en un acta aprobada). Qué hacer: quien administra el servidor la vuelve a activar "
            f"(ALTER TABLE {tabla} ENABLE TRIGGER {regla}) y revisa con esta misma orden qué cambió.")
    resultado.problemas += _sombras_posibles(db)
    resultado.problemas += _miembros_repetidos(db)
    _de_no_miembros(no_miembros.mandatos(db) + no_miembros.candidaturas(db), resultado)
    resultado.avisos += cargos_personales.avisos(db)
    for problema in verificar_bitacora(db):
        resultado.problemas.append(problema + " Alguien modificó la bitácora del servidor por fuera de Escritorio: "
                                   "quien lo administra restaura el último respaldo sano (pg_restore).")
    resultado.detalles.append(f"Bitácora: {datos.cantidad_de_registros_de_bitacora(db)} registros "
                              f"en {datos.cantidad_de_sellos(db)} transacciones selladas.")
    _datos_contra_bitacora(db, resultado)
    _reglas_de_la_bitacora(db, resultado)
    _actas(db, resultado)
    _congelados(db, resultado)
    _firmas_digitales(db, resultado)
    _pdfs_de_convenios(db, resultado)
    _adjuntos_del_correo(db, resultado)
    _sellos_de_tiempo(db, resultado)
    resultado.detalles.append(f"Base: {db.url} (servidor PostgreSQL)")
    resultado.detalles.append(f"Esquema: {len(migraciones_del_servidor(db))} migraciones aplicadas.")
    for tabla, nombre in (("asociaciones", "Asociaciones"), ("miembros", "Miembros")):
        resultado.detalles.append(f"{nombre}: {datos.cantidad_de_filas(db, tabla)}")
    return resultado


def _sombras_posibles(db: BaseDeDatos) -> list[str]:
    """Lo que dejaría a una tabla temporal hacer sombra a una regla (issue 58): una base de antes de «servidor
    reforzar», o copiada con CREATE DATABASE … TEMPLATE (los permisos sobre la base no viajan con la copia)."""
    from ..datos.postgres import papeles, sin_sombras

    problemas = []
    arreglo = f"Qué hacer: quien administra el servidor corre «escritorio servidor reforzar {db.url}»."
    if sin_ruta := sin_sombras.funciones_sin_ruta_fija(db):
        problemas.append(f"Funciones del servidor sin ruta de búsqueda fija: {', '.join(sin_ruta)}. Una tabla "
                         f"temporal con el nombre de una tabla que leen les haría sombra. {arreglo}")
    if quienes := sin_sombras.temporales_permitidas(db, list(papeles.PAPELES.values())):
        problemas.append(f"En esta base del servidor pueden crear tablas temporales: {', '.join(quienes)}. Las "
                         f"reglas no las leen, pero nadie con un papel de Escritorio debería poder crearlas. {arreglo}")
    return problemas


# --- miembros repetidos -----------------------------------------------------------------------------

def _de_no_miembros(hallados: list[tuple[str, str]], resultado: Verificacion) -> None:
    """De una solicitante nunca admitida, Escritorio no lo registra: es un problema (se escribió por fuera o es de una
    versión anterior). De un miembro de baja ese día puede venir del programa mismo (una baja con fecha anterior a un
    mandato o una elección ya registrados): es un aviso; igual no integra el órgano ni ocupa cupo."""
    for estado, texto in hallados:
        (resultado.problemas if estado == "solicitante" else resultado.avisos).append(texto)


def _miembros_repetidos(db: BaseDeDatos) -> list[str]:
    """Miembros de una asociación con la misma clave (país, región y nombre sin mayúsculas ni acentos):
    quedan de antes del índice que lo impide, o se escribieron por fuera de Escritorio."""
    from ..datos.miembros import claves_desactualizadas, duplicados

    problemas = []
    for grupo in duplicados(db):
        primero = grupo[0]
        lista = ", ".join(f"«{m['nombre']}» (id {m['id']})" for m in grupo)
        problemas.append(
            f"Miembros repetidos: {lista} tienen el mismo país ({primero['pais']}), región "
            f"({primero['region'] or 'sin región'}) y nombre. Corrija el nombre o la región de los que son otro "
            "miembro; si son el mismo, dé de baja o elimine por error el que sobra.")
    for m in claves_desactualizadas(db):
        problemas.append(
            f"Miembro «{m['nombre']}» (id {m['id']}): su nombre, país o región se cambió por fuera de Escritorio y "
            "su clave de emparejamiento quedó vieja (un alta con el nombre anterior se rechazaría). Ábralo en la "
            "ficha y guárdelo para corregirla.")
    return problemas


# --- esquema: triggers e índices que protegen -------------------------------------------------------

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
        return (f"impide filas repetidas en «{tabla}»" if datos.es_indice_unico(sql) else
                f"acelera las consultas de «{tabla}»")
    bitacora = re.fullmatch(r"bitacora_(.+)_(alta|cambio|baja)", nombre)
    if bitacora:
        que = {"alta": "las altas", "cambio": "los cambios", "baja": "los borrados"}[bitacora.group(2)]
        return f"anota en la bitácora {que} de «{bitacora.group(1)}»"
    mensaje = re.search(r"RAISE\s*\(\s*ABORT\s*,\s*'([^']*)'", sql, re.IGNORECASE)
    if mensaje:
        return f"en «{tabla}»: «{mensaje.group(1).rstrip('.')}»"
    return f"en «{tabla}»"


def _lista(nombres: list[str], maximo: int = 8) -> str:
    if len(nombres) <= maximo:
        return "; ".join(nombres)
    return "; ".join(nombres[:maximo]) + f"; y {len(nombres) - maximo} más"


def _esquema(db: BaseDeDatos, resultado: Verificacion) -> None:
    aplicadas = tuple(m.name for m in MIGRACIONES.applied(db))
    conocidas = [m.name for m in MIGRACIONES.pending(BaseDeDatos.en_memoria())]
    if list(aplicadas) != conocidas[:len(aplicadas)]:
        resultado.avisos.append(
            "Esquema: la base tiene migraciones que esta versión de Escritorio no conoce (es de una versión más "
            "nueva): sus triggers e índices no se comparan. Verifíquela con la versión con que se usa.")
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
            tablas_cambiadas.append(f"«{nombre}» " + ("(falta)" if hay is None else "(su definición cambió)"))
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
            sobran_triggers.append(f"«{nombre}» (en «{tabla}»)")
    que_hacer = ("Los datos que protegían pudieron cambiar sin control: revise los otros problemas de esta lista. "
                 "Qué hacer: si no hay otros, «escritorio verificar --reponer-esquema» los deja como los crea "
                 f"Escritorio; si los hay, {RESTAURAR}.")
    if faltan:
        resultado.problemas.append(
            f"Esquema: alguien quitó por fuera de Escritorio (por ejemplo con un navegador de bases) {len(faltan)} de "
            f"los triggers e índices que protegen los datos: {_lista(faltan)}. {que_hacer}")
    if cambiados:
        resultado.problemas.append(
            f"Esquema: alguien cambió por fuera de Escritorio {len(cambiados)} de los triggers e índices que protegen "
            f"los datos: {_lista(cambiados)}. {que_hacer}")
    if sobran_triggers:
        resultado.problemas.append(
            f"Esquema: hay triggers que Escritorio no creó y que pueden cambiar datos sin control "
            f"({len(sobran_triggers)}): {_lista(sobran_triggers)}. {que_hacer}")
    if tablas_cambiadas:
        resultado.problemas.append(
            f"Esquema: tablas cambiadas por fuera de Escritorio (columnas o reglas CHECK): {_lista(tablas_cambiadas)}. "
            f"Esto no se repone solo. Qué hacer: {RESTAURAR}.")
    if lentos:
        resultado.avisos.append(
            f"Esquema: faltan o cambiaron índices que solo aceleran las consultas: {_lista(lentos)}. No se pierde "
            "nada, pero las listas pueden ir más lentas; restaurar un respaldo sano los recupera.")
    if not (faltan or cambiados or sobran_triggers or tablas_cambiadas):
        triggers = sum(1 for tipo, _ in referencia if tipo == "trigger")
        resultado.detalles.append(f"Esquema: los {triggers} triggers de protección y de bitácora, presentes y sin "
                                  "cambios.")


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
        partes.append(f"{sum(faltan.values())} fila(s) anotadas que ya no están o cambiaron")
    if sobran:
        partes.append(f"{sum(sobran.values())} fila(s) que la bitácora no anotó")
    return f"«{tabla}»: {' y '.join(partes)}"


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
    return ", ".join(str(i) for i in ids[:10]) + (f" y {len(ids) - 10} más" if len(ids) > 10 else "")


def _datos_contra_bitacora(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Cada fila tiene que ser igual a lo último que la bitácora anotó de ella: quien quita los triggers, cambia
    o borra una fila y los vuelve a crear tal cual no deja registro, pero la fila ya no es la anotada. Se miran
    las tablas que se anotan por `id`. Las filas de antes de la bitácora (bases anteriores a la 0006) que nunca
    cambiaron no tienen registro y no se pueden comprobar; una fila más nueva que la primera alta anotada de su
    tabla, sin registro, fue agregada por fuera."""
    hallazgos = _hallazgos_del_servidor(db) if db.dialecto == "postgresql" else _hallazgos_del_archivo(db)
    if hallazgos:
        resultado.problemas.append(
            "Datos cambiados por fuera de Escritorio sin dejar rastro en la bitácora (alguien quitó sus triggers, "
            f"tocó los datos y los volvió a crear): {'; '.join(hallazgos)}. Lo que anotó la bitácora de esas filas "
            "es lo último que hizo Escritorio: véalo con «escritorio bitacora listar --entidad TABLA». Qué hacer: "
            + ("quien administra el servidor restaura el último respaldo sano (pg_restore)."
               if db.dialecto == "postgresql" else f"{RESTAURAR}."))
    else:
        resultado.detalles.append("Datos: cada fila anotada en la bitácora está como la dejó su último cambio.")


_ALARMAS_CON_DETALLE = 20


def _reglas_de_la_bitacora(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Cada registro de la bitácora contra lo que Escritorio pudo haber escrito, y los documentos emitidos contra la
    cadena (servicios/reglas_de_la_bitacora.py): un sello correcto no vuelve legítimo lo que el programa nunca hace."""
    from .reglas_de_la_bitacora import repasar

    repaso = repasar(db)
    que_hacer = ("Qué hacer: véalo con «escritorio bitacora listar»; esto no se reconoce como un incidente (ningún "
                 + ("motivo lo vuelve algo que Escritorio escribió): quien administra el servidor restaura el último "
                    "respaldo sano (pg_restore)." if db.dialecto == "postgresql"
                    else f"motivo lo vuelve algo que Escritorio escribió): {RESTAURAR}."))
    for alarma in repaso.alarmas[:_ALARMAS_CON_DETALLE]:
        if alarma.registro is None:
            donde = ""
        elif alarma.sello is None:
            donde = f"Registro {alarma.registro} de la bitácora (sin sellar): "
        else:
            donde = (f"Registro {alarma.registro} de la bitácora (sello {alarma.sello}, del {alarma.momento} UTC, "
                     f"sellado por {alarma.sellado_por or 'desconocido'}"
                     + (f", aparte, como el incidente {alarma.ajeno}" if alarma.ajeno is not None else "") + "): ")
        resultado.problemas.append(f"{donde}{alarma.texto} {que_hacer}")
    if len(repaso.alarmas) > _ALARMAS_CON_DETALLE:
        resto = repaso.alarmas[_ALARMAS_CON_DETALLE:]
        registros = [a.registro for a in resto if a.registro is not None]
        resultado.problemas.append(
            f"Y {len(resto)} registros o documentos más que Escritorio no pudo haber escrito"
            + (f" (registros {_ids(registros)})" if registros else "") + f". {que_hacer}")
    if not repaso.alarmas:
        resultado.detalles.append(
            f"Reglas: {repaso.registros} registros de la bitácora repasados contra las reglas del esquema (los que "
            f"alguna mira) y {repaso.documentos} documentos emitidos contra la cadena: todo es algo que Escritorio "
            "pudo haber escrito."
            + (f" {repaso.anteriores} registros de un esquema anterior (de antes de que sus tablas ganaran columnas) "
               "se repasaron solo con las reglas que no miran columnas." if repaso.anteriores else ""))


def _hallazgos(tabla: str, cambiadas: list[int], borradas: list[int], agregadas: list[int]) -> list[str]:
    return [f"«{tabla}»: filas {que} (id {_ids(ids)})"
            for ids, que in ((cambiadas, "cambiadas"), (borradas, "borradas"), (agregadas, "agregadas")) if ids]


def _hallazgos_del_archivo(db: BaseDeDatos) -> list[str]:
    datos.crear_ultimos_de_bitacora(db)
    desde_el_principio = _con_bitacora_desde_el_principio(db)
    try:
        hallazgos = []
        for tabla in sorted(datos.tablas(db)):
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
            hallazgos += _hallazgos(tabla, datos.filas_cambiadas(db, tabla, columnas), datos.filas_borradas(db, tabla),
                                    [] if desde is None else datos.filas_agregadas(db, tabla, desde))
    finally:
        datos.quitar_ultimos_de_bitacora(db)
    return hallazgos


def _hallazgos_del_servidor(db: BaseDeDatos) -> list[str]:
    """En el servidor, las tablas anotadas por `id` (las demás se rehacen desde la bitácora solo en un archivo)."""
    from ..datos.postgres import verificacion as del_servidor

    primeras_altas = del_servidor.preparar(db)
    try:
        hallazgos = []
        for tabla in del_servidor.tablas_con_bitacora(db):
            hallazgos += _hallazgos(tabla, *del_servidor.filas_distintas(db, tabla, primeras_altas.get(tabla)))
    finally:
        del_servidor.quitar(db)
    return hallazgos


# --- actas aprobadas ----------------------------------------------------------------------------------

def _actas(db: BaseDeDatos, resultado: Verificacion) -> None:
    from .actas import REGISTRO_ALTERADO, TEXTO_ALTERADO, TEXTO_DISTINTO_DE_LA_BITACORA, alteraciones_de_actas
    from .congelados import alarmas

    aprobadas = datos.cantidad_de_actas_aprobadas(db)
    alteradas = alteraciones_de_actas(db)
    rastros = {a.fila_id: a.texto for a in alarmas(db, {"actas": [acta["id"] for acta, _ in alteradas]})}
    for acta, motivos in alteradas:
        fecha = _fecha(acta["fecha"])
        cual = (f"El acta N.º {acta['numero']} ({acta['organo']}, sesión {acta['sesion_id']} del "
                f"{formato.fecha(fecha) if fecha else acta['fecha']})")
        if TEXTO_ALTERADO in motivos or TEXTO_DISTINTO_DE_LA_BITACORA in motivos:
            como = ("su texto guardado ya no da la huella SHA-256 con que se aprobó"
                    if TEXTO_ALTERADO in motivos else
                    "lo aprobado no es lo que Escritorio selló en la bitácora al aprobarla (se cambió el texto y se "
                    f"recalculó la huella). {rastros.get(acta['id'], '')}. Es así para siempre: reconocer el "
                    "incidente no vuelve auténtica el acta")
            resultado.problemas.append(
                f"{cual} fue cambiada por fuera de Escritorio: {como}. Mientras tanto no se imprime. Qué hacer: "
                f"compárela con el acta firmada (papel o PDF escaneado) y {RESTAURAR}.")
        if REGISTRO_ALTERADO in motivos:
            resultado.problemas.append(
                f"{cual}: el registro de su sesión (puntos, asistencia, votaciones o resoluciones) cambió por fuera "
                "de Escritorio después de aprobada; ya no da la huella tomada al aprobarla. El acta impresa sigue "
                "diciendo lo aprobado. Qué hacer: vea qué cambió en la bitácora («escritorio bitacora listar») y "
                f"{RESTAURAR}.")
    if aprobadas and not alteradas:
        resultado.detalles.append(f"Actas: {aprobadas} aprobadas o firmadas, todas iguales a lo aprobado.")


def _congelados(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Lo congelado, contra lo que Escritorio selló al congelarlo (las actas, en `_actas`)."""
    from .congelados import alarmas

    otras = [a for a in alarmas(db) if a.tabla != "actas"]
    for alarma in otras:
        resultado.problemas.append(
            f"Congelado y cambiado: {alarma.texto}. No es lo que Escritorio selló al congelarla; mientras tanto, lo "
            "que sale de esa fila (actas, resoluciones, recibos) no se imprime, ni se envía ni se publica. Es así "
            "para siempre: reconocer el incidente no la vuelve auténtica. Qué hacer: compárela con el papel (el "
            f"recibo o el acta firmada) y {RESTAURAR}.")
    if not otras:
        resultado.detalles.append("Lo congelado (resoluciones, votaciones y elecciones cerradas, pagos con su recibo, "
                                  "cuotas con pagos): todo igual a lo que Escritorio selló al congelarlo.")


def _firmas_digitales(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Cada PDF firmado guardado da la huella SHA-256 anotada al guardarlo (la bitácora protege esa huella)."""
    from .firmas import pdf_firmados_alterados

    cantidad, alterados = pdf_firmados_alterados(db)
    for cual in alterados:
        resultado.problemas.append(
            f"Firma digital: {cual} fue cambiado por fuera de Escritorio: ya no da la huella SHA-256 anotada al "
            f"firmarlo («escritorio firma verificar --guardada N» dice qué firma no cuadra). Qué hacer: {RESTAURAR}.")
    if cantidad and not alterados:
        resultado.detalles.append(f"Firmas digitales: {cantidad} PDF firmados, todos iguales a lo guardado.")


def _pdfs_de_convenios(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Cada PDF firmado de un convenio da la huella SHA-256 anotada al adjuntarlo (la bitácora protege esa huella)."""
    from .pdf_de_convenios import pdfs_de_convenios_alterados

    cantidad, alterados = pdfs_de_convenios_alterados(db)
    for cual in alterados:
        resultado.problemas.append(
            f"Convenios: {cual} fue cambiado por fuera de Escritorio: ya no da la huella SHA-256 anotada al "
            f"adjuntarlo. Qué hacer: {RESTAURAR}, o vuelva a adjuntar el original.")
    if cantidad and not alterados:
        resultado.detalles.append(f"Convenios: {cantidad} PDF firmados, todos iguales a lo adjuntado.")


def _adjuntos_del_correo(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Cada PDF adjunto de la bandeja de salida es el documento que emitió Escritorio (su huella es la anotada y la
    de un documento emitido): uno cambiado no sale, y aquí se dice."""
    from .correo_enviado import adjuntos_alterados

    cantidad, alterados = adjuntos_alterados(db)
    for cual in alterados:
        resultado.problemas.append(
            f"Correo: {cual} fue cambiado por fuera de Escritorio: ya no es el documento emitido que se adjuntó. "
            "Los mensajes que esperan con ese adjunto no salen. Qué hacer: vea esos mensajes con «escritorio correo "
            f"bandeja» y {RESTAURAR}, o anúlelos y vuelva a enviar el documento.")
    if cantidad and not alterados:
        resultado.detalles.append(f"Correo: {cantidad} PDF adjuntos, todos iguales a los documentos emitidos.")


def _sellos_de_tiempo(db: BaseDeDatos, resultado: Verificacion) -> None:
    """Cada sello de tiempo RFC 3161 guardado sigue en la cadena, firmado por su TSA (servicios/sello_de_tiempo.py)."""
    from .sello_de_tiempo import comprobar_guardados

    hecho = comprobar_guardados(db)
    resultado.problemas += hecho.problemas
    resultado.detalles += hecho.detalles
    resultado.avisos += hecho.avisos


# --- la cabeza de la cadena, anotada fuera de la base ---------------------------------------------------

def _corta(huella: str | None) -> str:
    return (huella or "")[:16]


def _comparar_cabeza(db: BaseDeDatos, visto: testigo.Testigo, donde: str, ultimo: tuple[int, str] | None) -> str | None:
    """El problema, si la cabeza que anotó un testigo ya no está en la cadena con la misma huella."""
    if visto.sello_id is None or not visto.huella:
        return None
    actual = datos.huella_del_sello(db, visto.sello_id)
    if actual == visto.huella:
        return None
    hasta = f"la base llega hasta el sello {ultimo[0]}" if ultimo else "la base no tiene ningún sello"
    if actual is None:
        que = (f"se borraron registros de la base: {donde} vio el sello {visto.sello_id} de la bitácora "
               f"(huella {_corta(visto.huella)}…) y {hasta}. Alguien borró los últimos cambios junto con sus "
               "registros de bitácora y sus sellos, o copió a mano un respaldo más viejo sobre la base")
    else:
        que = (f"se borraron o cambiaron registros de la base: {donde} vio el sello {visto.sello_id} con la huella "
               f"{_corta(visto.huella)}…, y hoy ese sello tiene la huella {_corta(actual)}… (se rehízo la cadena "
               "desde antes de ese sello)")
    return (f"Testigo: {que}. Qué hacer: si usted reemplazó la base a mano por un respaldo (copiando el archivo), es "
            "lo esperado: anótelo con «escritorio verificar --restauracion-manual». Si no, "
            f"{RESTAURAR}.")


RESTAURAR_O_RECONOCER = ("Qué hacer: si usted reemplazó la base a mano por un respaldo, anótelo con «escritorio verificar "
                         "--restauracion-manual»; si no, restaure el último respaldo sano.")


def _fecha(texto: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(texto) if texto else None
    except ValueError:
        return None


def _alarmas_del_testigo(db: BaseDeDatos, visto: testigo.Testigo, resultado: Verificacion,
                         ultimo: tuple[int, str] | None) -> None:
    """Las cabezas que el testigo vio y la cadena perdió siguen siendo un problema después de otras escrituras, hasta
    que una persona las reconoce; las reconocidas quedan a la vista como tales."""
    for alarma in visto.alarmas or []:
        if (alarma.get("sello_id"), alarma.get("huella")) == (visto.sello_id, visto.huella):
            continue  # es la cabeza actual del testigo: ya la comparó _comparar_cabeza
        anotada = testigo.Testigo(base_id=visto.base_id, sello_id=alarma.get("sello_id"), huella=alarma.get("huella"))
        problema = _comparar_cabeza(db, anotada, f"el testigo junto a la base (el {str(alarma.get('notada_en', '')).replace('T', ' ')})",
                                    ultimo)
        resultado.problemas.append(problema or (
            f"Testigo: el {str(alarma.get('notada_en', '')).replace('T', ' ')} se notó que la base no tenía el sello "
            f"{alarma.get('sello_id')} que había visto (huella {_corta(alarma.get('huella'))}…); la cadena volvió a "
            f"tenerlo después, pero lo que pasó en el medio no está explicado. {RESTAURAR_O_RECONOCER}"))
    for alarma in visto.reconocidas or []:
        resultado.detalles.append(
            f"Testigo: alarma reconocida el {str(alarma.get('reconocida_en', '')).replace('T', ' ')} (faltaba el sello "
            f"{alarma.get('sello_id')}, notado el {str(alarma.get('notada_en', '')).replace('T', ' ')}): "
            f"{alarma.get('motivo', '')}.")


def _testigos(db: BaseDeDatos, resultado: Verificacion) -> None:
    ruta = ruta_de(db)
    if not testigo.en_disco(ruta):
        return
    propia = testigo.identidad(db.conn)
    ultimo = testigo.cabeza_de_cadena(db.conn)
    visto = testigo.leer(ruta)
    if visto is None:
        resultado.detalles.append("Testigo: todavía no hay testigo junto a la base (se escribe con el próximo cambio).")
    elif visto.base_id and propia and visto.base_id != propia:
        resultado.avisos.append(
            f"Testigo: el archivo {testigo.ruta_testigo(ruta)} es de otra base (identidad {visto.base_id[:8]}…; esta "
            f"es {propia[:8]}…): el archivo de la base fue reemplazado por otra base. Si fue a propósito, no hay nada "
            "que hacer: el testigo se renueva con el próximo cambio. Si no, busque la base que corresponde.")
    else:
        problema = _comparar_cabeza(db, visto, f"el testigo junto a la base ({testigo.ruta_testigo(ruta).name})", ultimo)
        if problema:
            resultado.problemas.append(problema)
        elif visto.sello_id is not None:
            resultado.detalles.append(f"Testigo: el sello {visto.sello_id} que anotó sigue en la cadena, sin cambios.")
        _alarmas_del_testigo(db, visto, resultado, ultimo)
    restaurada = _fecha(visto.restaurada_en) if visto and (not visto.base_id or visto.base_id == propia) else None
    comprobados = 0
    carpeta = carpeta_respaldos(ruta)
    for archivo in sorted(carpeta.glob("*" + testigo.SUFIJO)) if carpeta.is_dir() else []:
        respaldo = Path(str(archivo)[:-len(testigo.SUFIJO)])
        del_respaldo = testigo.leer(respaldo)
        if del_respaldo is None or not del_respaldo.base_id or del_respaldo.base_id != propia:
            continue
        if del_respaldo.base and Path(del_respaldo.base) != Path(ruta).resolve():
            continue  # de una copia de esta base en otro archivo (misma identidad, otra historia desde la copia)
        hecho = _fecha(del_respaldo.escrito_en)
        if hecho is None or (restaurada is not None and hecho <= restaurada):
            continue  # anterior a la última restauración: la cadena pudo volver atrás con razón
        problema = _comparar_cabeza(db, del_respaldo, f"el respaldo {respaldo.name}", ultimo)
        if problema:
            resultado.problemas.append(problema)
        comprobados += 1
    if comprobados:
        resultado.detalles.append(f"Testigo: {comprobados} respaldo(s) de esta base comparados con la cadena.")


# --- anclas: la cabeza de la cadena impresa en los papeles o exportada ------------------------------------------

def ancla_actual(db: BaseDeDatos) -> tuple[int, str] | None:
    """(sello, huella) de la cabeza de la cadena de la bitácora: lo que cada papel verificable lleva al pie."""
    return testigo.cabeza_de_cadena(db.conn)


@dataclass(frozen=True)
class LineaDeAncla:
    """Lo que se sabe de un ancla: `estado` es «sigue» (la cadena la tiene, igual), «aviso» (la tiene, pero lo que la
    respalda no es de confianza todavía), «problema» (no la tiene, o es de otra base) o «ilegible» (no se pudo leer:
    `linea` dice por qué y qué hacer). `valor` es lo que se dio (una ruta, una dirección, «N:HUELLA»)."""

    valor: str
    estado: str
    linea: str

    @property
    def bien(self) -> bool:
        return self.estado == "sigue"


def comprobar_cada_ancla(db: BaseDeDatos, valores: list[str]) -> list[LineaDeAncla]:
    """Cada ancla (un papel impreso, un correo enviado, el sitio publicado, una exportada) debe seguir en la cadena
    con la misma huella: una cadena rehecha por fuera de Escritorio, o una base vuelta a una copia más vieja, ya no
    coincide con lo que salió de la oficina. Una línea por ancla (un sitio o un correo pueden traer varias), cada una
    por su cuenta: un valor que no se puede leer es una línea «ilegible» y las demás se comprueban igual. Los lectores
    de cada clase de ancla están en servicios/anclas.py; la ventana y «verificar --ancla» llaman a esta función."""
    from ..errores import ErrorEscritorio

    lineas: list[LineaDeAncla] = []
    for valor in valores:
        try:
            lineas += _lineas_de(db, valor)
        except ErrorEscritorio as error:
            lineas.append(_ilegible(valor, _sin_la_opcion(error.mensaje, valor)))
        except (OSError, ValueError) as error:   # un nombre que el sistema no acepta (demasiado largo, con NUL…)
            from ..salida import motivo_del_sistema

            motivo = motivo_del_sistema(error) if isinstance(error, OSError) else "tiene caracteres que no admite"
            lineas.append(_ilegible(valor, f"no se puede abrir como archivo ni como carpeta ({motivo}): revise lo que "
                                           "escribió."))
    return lineas


def _ilegible(valor: str, motivo: str) -> LineaDeAncla:
    return LineaDeAncla(valor, "ilegible", f"Ancla que no se pudo leer («{muestra(valor, 200)}»): {motivo} Las demás "
                                           "anclas se comprobaron igual.")


def _sin_la_opcion(mensaje: str, valor: str) -> str:
    """El mensaje de un lector sin su «--ancla VALOR: » delante (la línea ya nombra el valor, y la ventana no tiene
    opciones de la línea de órdenes)."""
    for delante in (f"--ancla «{muestra(valor, 80)}»: ", f"--ancla {muestra(valor, 80)}: ",
                    f"--ancla {muestra(Path(valor).name, 80)}: "):
        if mensaje.startswith(delante):
            return mensaje[len(delante):]
    return mensaje


def _lineas_de(db: BaseDeDatos, valor: str) -> list[LineaDeAncla]:
    from .anclas import anclas_de, comparar

    # --- sello de tiempo RFC 3161 (.tsr): su propia comprobación (issue 58, h-sello-de-tiempo) ---
    if valor.lower().endswith(".tsr"):
        from .sello_de_tiempo import comprobar_archivo

        hecho = comprobar_archivo(db, valor)
        return ([LineaDeAncla(valor, "problema", p) for p in hecho.problemas] +
                [LineaDeAncla(valor, "aviso", a) for a in hecho.avisos] +
                [LineaDeAncla(valor, "sigue", d) for d in hecho.detalles])
    # --- fin del sello de tiempo ---
    lineas = []
    for comparacion in comparar(db, anclas_de(valor)):
        ancla, actual = comparacion.ancla, comparacion.actual
        if comparacion.de_otra_base:
            linea = (f"Ancla: {ancla.fuente} es de otra base (su lista de anclas lo dice): su sello {ancla.sello} no se "
                     "compara con esta cadena. Qué hacer: compruebe el sitio con la base que lo publicó, o dé el sitio "
                     "de esta base.")
        elif comparacion.sigue:
            lineas.append(LineaDeAncla(valor, "sigue", f"Ancla: el sello {ancla.sello} que mostró {ancla.fuente} sigue "
                                                       f"en la cadena, igual (huella {ancla.huella[:16]}…)."))
            continue
        elif actual is None:
            linea = (f"Ancla: {ancla.fuente} mostró el sello {ancla.sello} de la bitácora y la base ya no lo tiene: se "
                     "borraron registros con sus sellos, o la base es una copia más vieja que lo que salió de la "
                     f"oficina. Qué hacer: {RESTAURAR}.")
        else:
            linea = (f"Ancla: el sello {ancla.sello} de la base tiene la huella {actual[:16]}…, pero {ancla.fuente} "
                     f"mostró {ancla.huella[:16]}…: la cadena se rehízo por fuera de Escritorio desde antes de ese "
                     "sello, o la base se volvió a una copia más vieja y siguió escribiéndose desde allí. Qué hacer: "
                     f"{RESTAURAR}.")
        lineas.append(LineaDeAncla(valor, "problema", linea))
    return lineas


def comprobar_anclas(db: BaseDeDatos, valores: list[str], resultado: Verificacion) -> None:
    """`comprobar_cada_ancla`, sumado al resultado de «verificar»: lo que sigue va a los detalles, un aviso a los
    avisos, y un ancla que no sigue o no se pudo leer es un problema (la verificación falla)."""
    for linea in comprobar_cada_ancla(db, valores):
        {"sigue": resultado.detalles, "aviso": resultado.avisos}.get(linea.estado, resultado.problemas).append(linea.linea)


def _anotar_alarmas_explicadas(db: BaseDeDatos, alarmas: list[dict], motivo: str) -> None:
    """La explicación de cada alarma del testigo queda también en la base, como incidente ya reconocido (sellado)."""
    from ..datos.bitacora import quien_opera
    from ..datos.conexion import transaccion

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
    from .campos import texto

    motivo = texto("--motivo", motivo, maximo=500) if motivo else \
        "la base se reemplazó a mano por un respaldo (escritorio verificar --restauracion-manual)"
    testigo.anotar_restauracion(ruta)  # primero la cabeza: la escritura de abajo ya no ve una cadena perdida
    explicadas = testigo.reconocer_alarmas(ruta, motivo)
    _anotar_alarmas_explicadas(db, explicadas, motivo)
    cabeza = testigo.cabeza_de_cadena(db.conn)
    desde = f"el sello {cabeza[0]}" if cabeza else "el primer cambio"
    return (f"Anotado en {testigo.ruta_testigo(ruta).name}: la base se restauró a mano; el testigo vigila la cadena "
            f"desde {desde}.")


def reponer_esquema(db: BaseDeDatos) -> list[str]:
    """Vuelve a crear, tal como los crean las migraciones, los triggers y los índices que faltan o cambiaron, y
    quita los triggers que Escritorio no creó; en una sola transacción. No toca tablas ni datos: lo que se
    cambió mientras faltaban sigue a la vista en «verificar» (bitácora, actas, testigo). Devuelve lo hecho."""
    from ..datos.conexion import transaccion

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
                hecho.append(f"quitado el trigger ajeno «{nombre}»")
        for (tipo, nombre), (_, sql) in referencia.items():
            if tipo == "table" or propios.get((tipo, nombre), (None, None))[1] == sql:
                continue
            if (tipo, nombre) in propios:
                datos.quitar(db, tipo, nombre)
            datos.crear(db, originales[(tipo, nombre)])
            hecho.append(f"repuesto el {'trigger' if tipo == 'trigger' else 'índice'} «{nombre}»")
    return hecho
