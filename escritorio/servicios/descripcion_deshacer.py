"""La frase de la bitácora para la tabla de Deshacer (`cambios_reversibles`): «Deshecho: cambio de la ficha de
Rosario». Aparte de `descripcion_bitacora` (que la registra en FRASES) para no agrandarla más."""

from ..documentos.visible import abreviar
from ..dominio.deshacer import describir_cambio
from ..dominio.traduccion import traducir


def frase_de_deshacer(_nombres, accion: str, antes: dict | None, despues: dict | None) -> str | None:
    """Anotado (al hacerlo), deshecho o rehecho; None (la frase genérica) para lo demás."""
    v = despues or antes
    que = describir_cambio(v["tipo"], abreviar(v["detalle"], 60))
    if accion == "alta":
        return traducir("Anotado para deshacer: {0}").format(que)
    if accion == "cambio" and despues.get("deshecho_en") and not antes.get("deshecho_en"):
        return traducir("Deshecho: {0}").format(que)
    if accion == "cambio" and antes.get("deshecho_en") and not despues.get("deshecho_en"):
        return traducir("Rehecho: {0}").format(que)
    return None
