"""El boletín de la red (issue 81 §3): el único correo que la asociación envía porque la persona lo aceptó, no porque
lo mande el estatuto. Va a cada contacto con un consentimiento vigente para el boletín (servicios/consentimientos.py),
uno por uno (nadie ve a quién más le llegó; cada mensaje lleva como referencia el consentimiento en que se basa), sin
adjuntos, y cada mensaje dice al pie cuándo y por qué medio lo
aceptó y cómo dejar de recibirlo. Un contacto sin consentimiento no lo recibe aunque marque otras clases de correo;
una dirección con oposición tampoco. Preparado, se encola y se despacha como el resto (servicios/correo.py).

La ventana (la bandeja de salida → Boletín…) y la CLI («escritorio correo boletin») llaman a `preparar_boletin`."""

from __future__ import annotations

from ..datos import asociaciones as tabla_asociaciones
from ..datos import consentimientos as tabla
from ..dominio import consentimientos as reglas
from ..dominio import correo as reglas_correo
from ..dominio import entrada
from ..dominio.traduccion import traducir
from ..errores import ErrorValidacion
from .contexto import Contexto
from .correo import Envio, MensajePreparado, cuenta_de_correo, firma_del_mensaje
from .oposicion_al_correo import direcciones_con_oposicion, motivo_de_la_oposicion, tiene_oposicion


def _leer(asunto: object, texto: object) -> tuple[str, str]:
    problemas = {}
    try:
        asunto = entrada.texto(asunto, maximo=entrada.LARGO_CORTO)
    except ValueError as error:
        problemas["asunto"] = traducir("Asunto: {0}").format(error)
    try:
        texto = entrada.texto(texto, maximo=entrada.LARGO_LARGO, multilinea=True)
    except ValueError as error:
        problemas["texto"] = traducir("Texto: {0}").format(error)
    if problemas:
        raise ErrorValidacion(traducir("El boletín no se preparó. {0}.").format(". ".join(problemas.values())),
                              campos=problemas)
    return asunto, texto


def preparar_boletin(contexto: Contexto, asunto: object, texto: object) -> Envio:
    """Un mensaje por contacto con consentimiento vigente para el boletín. `sin_direccion` nombra a los que tienen
    consentimiento pero no tienen (o ya no tienen) dirección; `por_oposicion`, a los que se opusieron al correo."""
    asunto, texto = _leer(asunto, texto)
    asociacion = tabla_asociaciones.por_id(contexto.db, contexto.asociacion_id)
    firma = firma_del_mensaje(cuenta_de_correo(contexto), asociacion)
    huellas = direcciones_con_oposicion(contexto)
    envio = Envio(reglas.BOLETIN, None, asunto)
    vistos: set[str] = set()
    for c in tabla.de_la_asociacion(contexto.db, contexto.asociacion_id, solo_vigentes=True):
        if c["finalidad"] != reglas.BOLETIN:
            continue
        nombre = c["contacto"] or traducir("un contacto")
        if not c["correo"]:
            envio.sin_direccion.append({"miembro_id": c["miembro_id"], "miembro": c["miembro"], "motivo": traducir(
                "{0} aceptó el boletín pero su contacto ya no tiene dirección de correo").format(nombre)})
            continue
        if tiene_oposicion(c["correo"], huellas):
            envio.por_oposicion.append({"miembro_id": c["miembro_id"], "miembro": c["miembro"], "persona": nombre,
                                        "motivo": motivo_de_la_oposicion()})
            continue
        if c["correo"].lower() in vistos:   # dos contactos con la misma dirección: un solo boletín
            continue
        vistos.add(c["correo"].lower())
        cuerpo = "\n\n".join((traducir("A {0}:").format(nombre), texto, firma,
                              "— " + reglas.pie_del_boletin(str(c["otorgado_el"]), c["canal"])))
        envio.mensajes.append(MensajePreparado(c["miembro_id"], c["miembro"] or "", [(c["correo"], c["contacto"])],
                                               [], asunto, cuerpo, reglas_correo.texto_a_html(cuerpo),
                                               referencia=c["id"]))
    return envio
