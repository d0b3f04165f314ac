"""Las frases de la bitácora (descripcion_bitacora.py) sobre las normas y los documentos: normas, reformas, versiones
de artículos, documentos emitidos y firmas digitales."""

import json


from ..dominio.normas import TIPOS_NORMA
from ..dominio.traduccion import traducir
from .nombres_citados import Frase, NombresCitados, corto, fecha_citada


def _normas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        tipo = traducir(TIPOS_NORMA.get(v.get("tipo"), "texto")).lower()
        return traducir("Carga del {0} «{1}»").format(tipo, corto(v["titulo"]))
    return None


def _reformas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return traducir("Reforma de {0} vigente desde el {1}").format(c.norma(v["norma_id"]),
                                                                      fecha_citada(v["vigente_desde"]))
    return None


def _versiones(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        plantilla = traducir("Artículo {0} de {1}: derogado desde el {2}") if v.get("derogado") else \
            traducir("Artículo {0} de {1}: texto vigente desde el {2}")
        return plantilla.format(corto(v["numero"]), c.norma(v["norma_id"]), fecha_citada(v["vigente_desde"]))
    return None


def _titulo_del_documento(v: dict) -> str:
    """Qué documento es: el título de su resumen, que hoy se guarda como JSON ({"titulo": «Acta N.º 3 · Consejo»,
    "datos": …}, ver `servicios.documentos`); uno de una versión anterior guardaba el texto solo."""
    resumen = v.get("resumen")
    try:
        datos = json.loads(resumen) if resumen else None
    except (TypeError, ValueError):
        datos = None
    if isinstance(datos, dict) and datos.get("titulo"):
        return corto(datos["titulo"], 90)
    return corto(resumen) if resumen and datos is None else corto(v.get("tipo"))


def _documentos(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return traducir("Documento emitido: {0} (código {1})").format(_titulo_del_documento(v), corto(v.get("codigo")))
    return None


def _firmas(c: NombresCitados, accion, antes, despues) -> str | None:
    v = despues or antes
    if accion == "alta":
        return traducir("Firma digital de {0} {1} por {2}").format(corto(v.get("tipo")), corto(v.get("referencia")),
                                                                   corto(v.get("firmante")))
    return None




FRASES: dict[str, Frase] = {
    "normas": _normas,
    "reformas": _reformas,
    "versiones_articulo": _versiones,
    "documentos_emitidos": _documentos,
    "firmas_digitales": _firmas,
}
