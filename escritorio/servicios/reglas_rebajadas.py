"""Reglas de sesión rebajadas por fuera del programa (issue 59, punto 1), para «escritorio verificar».

Escritorio no rebaja una regla que cita un artículo (servicios/reglas_del_estatuto.py): solo una reforma de ese
artículo la cambia (servicios/reglas_de_la_reforma.py, que anota la reforma en la versión). Una regla más baja que la
anterior del mismo artículo, sin reforma, la escribió otro programa (sqlite3 sobre la base):

- una versión nueva (otra fecha) de la regla de un órgano y tipo de decisión que pide menos que la versión anterior,
  cuando la nueva no la fijó una reforma y ningún artículo que cita la anterior se reformó entre las dos fechas;
- un cambio de una fila ya guardada (la bitácora tiene el antes y el después) que pide menos, sin reforma anotada.

Se comparan el quórum (si la fila tiene quórum propio o es la ordinaria), la mayoría y los poderes, cada uno contra
el artículo que lo fijaba (dominio/exigencia_de_reglas.py). Quitar la cita también cuenta.
"""

import json
from datetime import date

from ..datos import bitacora as tabla_bitacora
from ..datos import organos as tabla_organos
from ..datos import sesiones as tabla_sesiones
from ..datos.asociaciones import listar as listar_asociaciones
from ..datos.base_de_datos import BaseDeDatos
from ..dominio import formato
from ..dominio.exigencia_de_reglas import comparar_mayoria, comparar_poderes, comparar_quorum, rebaja
from ..dominio.mayorias import TIPOS_DECISION, ReglaMayoria
from ..dominio.normas import leer_cita, norma_de_la_cita
from ..dominio.puerta import segun_la_puerta
from ..dominio.sesiones import ReglaQuorum
from ..dominio.traduccion import traducir
from .contexto import Contexto


def _quorum(fila: dict) -> ReglaQuorum:
    return ReglaQuorum(fila["numerador"], fila["denominador"], bool(fila["mas_uno"]), fila["sobre"],
                       fila["segunda_convocatoria_minutos"])


def _rebajas(vieja: dict, nueva: dict) -> list[tuple[str, str]]:
    """(qué, artículo) de cada parte de la fila `nueva` que pide menos que la `vieja` citando un artículo."""
    rebajas = []
    ordinaria = vieja["tipo_decision"] == "ordinaria"
    if vieja.get("articulo") and (ordinaria or vieja.get("quorum_propio")):
        if not nueva.get("articulo") or (nueva.get("quorum_propio") or ordinaria) and rebaja(
                comparar_quorum(_quorum(nueva), _quorum(vieja))):
            rebajas.append((traducir("el quórum"), vieja["articulo"]))
    if vieja.get("articulo_mayoria") and vieja.get("mayoria"):
        if not nueva.get("mayoria") or not nueva.get("articulo_mayoria") or rebaja(comparar_mayoria(
                ReglaMayoria(nueva["mayoria"], nueva["base_mayoria"]), ReglaMayoria(vieja["mayoria"],
                                                                                    vieja["base_mayoria"]),
                vieja["tipo_decision"] == "eleccion")):
            rebajas.append((traducir("la mayoría"), vieja["articulo_mayoria"]))
    if ordinaria and vieja.get("articulo_poderes"):
        if not nueva.get("articulo_poderes") or rebaja(comparar_poderes(nueva["poderes_maximos"],
                                                                        vieja["poderes_maximos"])):
            rebajas.append((traducir("el máximo de poderes"), vieja["articulo_poderes"]))
    return rebajas


def _reformado_entre(contexto: Contexto, articulo: str, desde: str, hasta: str) -> bool:
    """Si algún artículo que cita `articulo` tiene un texto nuevo (no el original) que empezó a regir en (desde, hasta]."""
    from ..datos import normas as tabla_normas
    from .estatutos import versiones_de_la_norma

    cita = leer_cita(articulo)
    norma = norma_de_la_cita(cita, tabla_normas.normas(contexto.db, contexto.asociacion_id)) if cita else None
    if norma is None:
        return False
    versiones = versiones_de_la_norma(contexto.db, norma["id"])
    for numero in cita.articulos:
        fechas = sorted(v.vigente_desde for v in versiones if v.numero == numero)
        if any(desde < f.isoformat() <= hasta for f in fechas[1:]):
            return True
    return False


def _que(fila: dict, organo: str) -> str:
    tipo = traducir(TIPOS_DECISION[fila["tipo_decision"]]) if fila["tipo_decision"] in TIPOS_DECISION \
        else fila["tipo_decision"]
    desde = fila["vigente_desde"]
    version = traducir("desde siempre") if desde == "1900-01-01" else traducir("desde el {0}").format(
        formato.fecha(date.fromisoformat(desde)))
    return traducir("Regla de sesión de «{0}» ({1}, versión {2})").format(organo, tipo.lower(), version)


def reglas_rebajadas(db: BaseDeDatos) -> list[str]:
    """Los problemas: cada regla de sesión que pide menos que su artículo sin una reforma que lo permita."""
    problemas: list[str] = []
    columnas = tabla_bitacora.columnas_legibles(db, "reglas_quorum")
    organo_de: dict[int, tuple[str, int]] = {}
    filas_por_id: dict[int, dict] = {}
    for asociacion in listar_asociaciones(db):
        contexto = Contexto(db, asociacion["id"])
        filas = tabla_organos.reglas_de_sesion_de_la_asociacion(db, asociacion["id"])
        for fila in filas:
            organo_de[fila["organo_id"]] = (fila["organo"], asociacion["id"])
            filas_por_id[fila["id"]] = fila
        for vieja, nueva in zip(filas, filas[1:]):
            if (vieja["organo_id"], vieja["tipo_decision"]) != (nueva["organo_id"], nueva["tipo_decision"]):
                continue
            if nueva.get("reforma_id") is not None:
                continue
            for que, articulo in _rebajas(vieja, nueva):
                if not _reformado_entre(contexto, articulo, vieja["vigente_desde"], nueva["vigente_desde"]):
                    problemas.append(segun_la_puerta(
                        ventana=traducir(
                            "{0}: {1} pide menos que la versión anterior, que fija {2}, y ninguna reforma de ese "
                            "artículo lo permite. Escritorio no rebaja una regla con artículo (solo una reforma, con "
                            "«Reforma…» en Estatutos): se escribió por fuera del programa. Qué hacer: vuelva a la "
                            "regla del artículo («Reglas de sesión…» en Órganos) o registre la reforma que la cambió; "
                            "si no fue nadie de la secretaría, restaure un respaldo."),
                        linea=traducir(
                            "{0}: {1} pide menos que la versión anterior, que fija {2}, y ninguna reforma de ese "
                            "artículo lo permite. Escritorio no rebaja una regla con artículo (solo una reforma, con "
                            "«estatutos reformar … --regla»): se escribió por fuera del programa. Qué hacer: vuelva a "
                            "la regla del artículo (escritorio organos reglas …) o registre la reforma que la cambió; "
                            "si no fue nadie de la secretaría, restaure un respaldo.")).format(
                        _que(nueva, nueva["organo"]), que, articulo))
    for fila_id, datos in tabla_sesiones.cambios_de_reglas_en_la_bitacora(db):
        try:
            registro = json.loads(datos)
            antes = dict(zip(columnas, registro["antes"]))
            despues = dict(zip(columnas, registro["despues"]))
        except (ValueError, KeyError, TypeError):
            continue   # la bitácora ilegible la informa su propia verificación
        if despues.get("reforma_id") is not None or antes.get("organo_id") not in organo_de:
            continue
        organo, _ = organo_de[antes["organo_id"]]
        for que, articulo in _rebajas(antes, despues):
            problemas.append(traducir(
                "{0}: {1} se cambió por una regla que pide menos que lo que fija {2}, sin una reforma de ese artículo "
                "(la bitácora tiene el antes y el después). Escritorio no rebaja una regla con artículo: se cambió por "
                "fuera del programa. Qué hacer: vuelva a la regla del artículo ({3}) o registre la reforma que la "
                "cambió; si no fue nadie de la secretaría, restaure un respaldo.").format(
                _que(despues, organo), que, articulo,
                segun_la_puerta(ventana=traducir("«Reglas de sesión…» en Órganos"),
                                linea="escritorio organos reglas …")))
    return problemas
