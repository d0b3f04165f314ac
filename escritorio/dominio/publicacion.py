"""Qué publica el sitio de transparencia de la asociación y qué archivos cambia cada publicación (issue 45).

El sitio es una carpeta de HTML y CSS (servicios/publicacion.py la escribe). Lo que se publica es elección de la
asociación, por clase de dato: lo público (el estatuto, las ciudades miembro, los órganos, el calendario, las
sesiones con su acta aprobada, las resoluciones, las unidades temáticas y la verificación de sus documentos) va
siempre; lo que no está aprobado o es personal queda fuera salvo que se pida por su nombre (CLASES_A_PEDIR).

Publicar de nuevo reescribe solo lo que cambió y quita lo que dejó de ser público: el manifiesto
(`manifiesto.json`) lista cada archivo con su SHA-256, y `plan_de_publicacion` compara el anterior con lo nuevo.
Un archivo que no está en el manifiesto anterior no es del sitio: nunca se reemplaza ni se borra.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .traduccion import traducir

MANIFIESTO = "manifiesto.json"

# Lo que queda fuera salvo que se pida («--incluir contactos,cobranza»), con lo que agrega al sitio.
CLASES_A_PEDIR = {
    "contactos": "el correo y el teléfono de cada miembro",
    "borradores": "la verificación de las actas en borrador",
    "cobranza": "la verificación de recibos, estados de cuenta y avisos de cobro",
    "sin_aprobar": "lo tratado en las sesiones cuya acta no se aprobó",
}

# La clase a pedir de cada tipo de documento verificable que no es público por sí mismo.
CLASE_DEL_DOCUMENTO = {"acta_borrador": "borradores", "recibo": "cobranza", "estado_cuenta": "cobranza",
                       "aviso": "cobranza", "resumen_cobranza": "cobranza"}


def leer_inclusiones(valor: object) -> frozenset[str]:
    """«contactos, cobranza» -> {"contactos", "cobranza"}; vacío: nada más que lo público. ValueError con las
    clases que existen si una no es ninguna de ellas."""
    if valor is None:
        return frozenset()
    partes = [p.strip().lower() for p in str(valor).replace(";", ",").split(",") if p.strip()]
    desconocidas = [p for p in partes if p not in CLASES_A_PEDIR]
    if desconocidas:
        raise ValueError(traducir("No se puede incluir «{0}»: lo que se puede pedir es {1}.").format(
            ", ".join(desconocidas)[:60], ", ".join(CLASES_A_PEDIR)))
    return frozenset(partes)


def documento_publico(tipo: str, incluir: frozenset[str]) -> bool:
    """Si la página de verificación de un documento de ese tipo va al sitio."""
    clase = CLASE_DEL_DOCUMENTO.get(tipo)
    return clase is None or clase in incluir


@dataclass
class PlanDePublicacion:
    """Qué hacer con cada archivo del sitio: escribir (nuevo o cambiado), borrar (ya no es público) o dejar."""

    escribir: list[str] = field(default_factory=list)
    borrar: list[str] = field(default_factory=list)
    iguales: list[str] = field(default_factory=list)


def plan_de_publicacion(anterior: dict[str, str], nuevo: dict[str, str]) -> PlanDePublicacion:
    """`anterior` y `nuevo`: {ruta relativa: sha256}. Se escribe lo que no estaba o cambió; se borra lo que el sitio
    tenía y ya no publica (solo lo que el manifiesto anterior dice que era del sitio)."""
    plan = PlanDePublicacion()
    for ruta, huella in sorted(nuevo.items()):
        (plan.iguales if anterior.get(ruta) == huella else plan.escribir).append(ruta)
    plan.borrar = sorted(set(anterior) - set(nuevo))
    return plan
