"""El orden alfabético de las tablas y listas de la ventana: la colación del idioma de la asociación abierta.

Es la misma clave con la que los servicios ordenan el padrón impreso, las planillas y las actas
(`dominio.orden_alfabetico`, `servicios.orden_alfabetico`): ordenar una columna en la ventana da el mismo orden que
el PDF («Łódź» con la L; en castellano, «Ñuñoa» después de «Nuño»). La ventana principal fija el idioma al elegir
la asociación (y al releerla, si cambió el idioma de sus documentos).
"""

from ..dominio.orden_alfabetico import clave_de_orden

_idioma = "es"


def fijar_asociacion(asociacion: dict | None) -> None:
    """La asociación abierta: se ordena en el idioma de sus documentos (castellano si no dice)."""
    global _idioma
    _idioma = ((asociacion or {}).get("idioma_documentos") or "es")


def clave_en_la_ventana(texto: object) -> tuple[str, str, str, str]:
    """La clave de orden de `texto` en el idioma de la asociación abierta: `sorted(…, key=clave_en_la_ventana)`."""
    return clave_de_orden(texto, _idioma)
