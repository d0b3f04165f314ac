"""Deshacer solo aplica lo que el programa mismo anotó (issue 77, §3).

Una fila plantada en `cambios_reversibles` (con sqlite3, o con psql y un login de secretaría) hacía que Deshacer
escribiera los valores de quien la plantó como si fueran un cambio propio de la secretaria; si además se volvía a
sellar la cadena, `verificar` decía «sana». Antes de deshacer o rehacer, el cambio se ata a la bitácora:

- su alta está en la bitácora, sellada, en la misma transacción que las filas que cambió (no la escribió otro
  programa), y dice lo mismo que la fila de hoy (las filas, el tipo, la asociación);
- cada fila que dice haber tocado tiene, en esa transacción, registros de la bitácora: el primero dice que estaba
  como dice `antes` (o que no existía) y el último, que quedó como dice `despues` (o que se borró).

Así los valores que Deshacer escribe son los que la bitácora anotó antes del cambio, no los que dice la fila de
`cambios_reversibles`. Falsificarlos exige reescribir la historia de esas filas en la bitácora y volver a sellarla,
lo que notan las anclas de afuera (docs/garantias.md, «Qué prueba cada ancla»).
"""

import json

from ..datos import deshacer as datos
from ..datos.incidentes import escrito_por_otro_programa
from ..dominio.traduccion import traducir


def _como_la_guarda(fila: dict | None) -> dict | None:
    return None if fila is None else json.loads(json.dumps(fila, ensure_ascii=False))


def _igual(anotada: dict | None, dicha: dict | None) -> bool:
    """La fila como la anotó la bitácora y como la dice el cambio: las mismas columnas con los mismos valores (las
    binarias no se anotan en la bitácora)."""
    if anotada is None or dicha is None:
        return anotada is dicha
    anotada = _como_la_guarda(anotada)
    return all(dicha.get(c) == v for c, v in anotada.items()) and set(dicha) >= set(anotada)


def motivo_para_no_aplicar(db, cambio: dict) -> str | None:
    """None si el cambio es uno que el programa anotó y la bitácora lo respalda fila por fila; si no, por qué no se
    aplica (para el mensaje de Deshacer)."""
    registros = datos.registros_de(db, "cambios_reversibles", cambio["id"], hasta=2 ** 62)
    if not registros or registros[0][1] != "alta" or registros[0][3] is None:
        return traducir("la bitácora no tiene el alta de ese cambio")
    alta_id, alta = registros[0][0], registros[0][3]
    try:
        filas_anotadas = json.loads(alta.get("filas") or "null")
    except ValueError:
        filas_anotadas = None
    if (filas_anotadas != cambio["filas"] or alta.get("tipo") != cambio["tipo"]
            or alta.get("asociacion_id") != cambio["asociacion_id"]):
        return traducir("no dice lo que anotó la bitácora cuando se hizo")
    tramo = datos.tramo_sellado(db, alta_id)
    if tramo is None or escrito_por_otro_programa(db, alta_id):
        return traducir("su alta no está sellada por Escritorio")
    for fila in cambio["filas"]:
        # Lo que la misma transacción anotó de la fila: del primer registro, cómo estaba; del último, cómo quedó.
        en_el_cambio = datos.registros_de(db, fila["tabla"], fila["id"], desde=tramo[0], hasta=alta_id)
        if not en_el_cambio:
            return traducir("la bitácora no anotó ese cambio en la fila {0} de «{1}»").format(fila["id"], fila["tabla"])
        if not _igual(en_el_cambio[0][2], fila["antes"]):
            return traducir("la fila {0} de «{1}» no estaba como dice").format(fila["id"], fila["tabla"])
        if not _igual(en_el_cambio[-1][3], fila["despues"]):
            return traducir("la fila {0} de «{1}» no quedó como dice").format(fila["id"], fila["tabla"])
    return None
