"""Los objetos OParl que el sitio deja de publicar no desaparecen: quedan en su dirección con `deleted: true`
(OParl 1.1, §2.8 «Gelöschte Objekte»: un objeto no se borra sin más; conserva `id`, `type` y `created`, y `modified`
dice cuándo se borró). Así un cliente que se pone al día se entera de que ya no está.

Un objeto deja de publicarse cuando su fila se borra (Deshacer un alta), cuando cambia lo que forma su dirección
(una persona a la que se le corrige el nombre es otra `Person`) o cuando deja de ser público. Su lápida se arma con el
archivo que el sitio publicó antes (nada de lo que decía, salvo su identidad y su alta) y la hora de la publicación
que lo sacó: esa es la hora en que dejó de existir para OParl. Las publicaciones siguientes la dejan como está
(misma hora, mismos bytes); si el objeto vuelve, su archivo nuevo la reemplaza. Las lápidas no van en las listas
(§2.5: los borrados solo salen con `modified_since`, un filtro que un sitio de archivos no tiene).
"""

from __future__ import annotations

import json
from pathlib import Path

CARPETA = "oparl/"
# Lo que los esquemas oficiales de OParl 1.1 exigen además de id y type en los tipos que pueden quedar borrados:
# la lápida lo conserva para seguir cumpliéndolos.
EXIGIDOS_POR_EL_ESQUEMA = {"AgendaItem": ("order",), "File": ("accessUrl",)}


def _objeto_anterior(carpeta: Path, ruta: str) -> dict | None:
    archivo = carpeta / ruta
    try:
        objeto = json.loads(archivo.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None   # borrado o cambiado a mano: no hay de dónde sacar su identidad
    if not (isinstance(objeto, dict) and isinstance(objeto.get("id"), str) and isinstance(objeto.get("type"), str)):
        return None
    return objeto


def lapidas(carpeta: Path, anteriores: dict[str, str], nuevos: dict[str, bytes], momento: str) -> dict[str, bytes]:
    """{ruta: JSON} de la lápida de cada objeto OParl que la publicación anterior tenía (`anteriores`: las rutas del
    manifiesto) y esta no (`nuevos`). `momento`: la hora de esta publicación, en la forma de OParl. Solo si esta
    publicación tiene OParl (sin dirección pública no hay OParl: no hay nada que dar por borrado) y solo los de la
    misma dirección (con otra dirección, los objetos viejos son de otro sitio)."""
    sistema = nuevos.get(f"{CARPETA}system.json")
    if sistema is None:
        return {}
    base = json.loads(sistema)["id"].rsplit("/", 1)[0] + "/"
    salida = {}
    for ruta in anteriores:
        # Solo objetos (cada uno en la carpeta de su tipo); las listas y system/body están siempre.
        if not ruta.startswith(CARPETA) or ruta.count("/") != 2 or ruta in nuevos:
            continue
        objeto = _objeto_anterior(carpeta, ruta)
        if objeto is None or not objeto["id"].startswith(base):
            continue
        if objeto.get("deleted") is True:
            lapida = objeto
        else:
            tipo = objeto["type"].rsplit("/", 1)[-1]
            lapida = {"id": objeto["id"], "type": objeto["type"], "created": objeto.get("created") or momento,
                      "modified": momento, "deleted": True,
                      **{k: objeto[k] for k in EXIGIDOS_POR_EL_ESQUEMA.get(tipo, ()) if k in objeto}}
        salida[ruta] = (json.dumps(lapida, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
    return salida
