"""¿Sigue vigente un documento de lista (migración 0024)? Se vuelve a armar su emisión con los datos de HOY, por el
mismo camino con que se imprimió y en el idioma en que salió (`resumen["idioma"]`), y se compara su huella con la
guardada. Si cambió, se dice qué (`dominio.instantaneas.cambios`): «Integrantes: se agregó Rosario (Argentina) ·
Vocal», «Argentina: el documento tenía 310 miembros; hoy, 312».

Lo que se compara con hoy: el padrón, el organigrama y el resumen de cobranza como están hoy; la composición, el
informe de una unidad, el texto de una norma y la memoria anual (sin pasar del 31 de diciembre de su año) a la fecha
del documento o a hoy, la que sea posterior (una
composición de marzo que ya no es la de hoy quedó reemplazada, como un estado de cuenta con pagos posteriores); una
carta de aviso con los saldos de hoy de lo que reclamaba (y si después se envió otra por lo mismo); la convocatoria
con su sesión; un acta en borrador con el registro de su sesión y su estado (si se aprobó, el papel es un borrador
reemplazado por el acta aprobada).
"""

from __future__ import annotations

from datetime import date

from ..datos import documentos as tabla_documentos
from ..datos.base_de_datos import BaseDeDatos
from ..dominio.instantaneas import cambios
from ..dominio.traduccion import traducir
from ..dominio.verificacion import BORRADOR, REEMPLAZADO, VIGENTE
from ..errores import ErrorEscritorio
from ..idiomas.traduccion import en_idioma
from .contexto import Contexto
from .documentos import Emision, fecha_escrita
from .vigencia import Estado


def _hasta_hoy(parametros: dict) -> date:
    from .base import hoy

    al = parametros.get("al")
    return max(hoy(), date.fromisoformat(al)) if al else hoy()


def _rehacer(contexto: Contexto, tipo: str, referencia: int, parametros: dict) -> Emision | None:
    """La emisión que el mismo registro da hoy; None si el registro ya no está en la base."""
    from . import emisiones

    if tipo == "padron":
        from .padron import miembros_del_padron

        incluir_bajas = bool(parametros.get("incluir_bajas"))
        return emisiones.emision_padron(referencia, miembros_del_padron(contexto, incluir_bajas=incluir_bajas)[1],
                                        incluir_bajas)
    if tipo == "composicion":
        from .organos import composicion

        return emisiones.emision_composicion(contexto.asociacion_id, composicion(
            contexto, referencia, _hasta_hoy(parametros), cuotas=True))
    if tipo == "informe_unidad":
        from .organos import composicion, listar_organos
        from .unidades import actividades

        unidad = next((o for o in listar_organos(contexto) if o["id"] == referencia), None)
        if unidad is None:
            return None
        return emisiones.emision_informe_unidad(contexto.asociacion_id, unidad, composicion(
            contexto, referencia, _hasta_hoy(parametros)), actividades(contexto.db, referencia))
    if tipo == "organigrama":
        from .informes_organos import titulares_del_organigrama

        return emisiones.emision_organigrama(referencia, *titulares_del_organigrama(contexto, _hasta_hoy(parametros)))
    if tipo == "norma":
        from .estatutos import listar_reformas, norma_de_la_asociacion, texto_en

        al = _hasta_hoy(parametros)
        return emisiones.emision_norma(contexto.asociacion_id, norma_de_la_asociacion(contexto, referencia),
                                       texto_en(contexto, referencia, al), listar_reformas(contexto, referencia), al)
    if tipo == "resumen_cobranza":
        from .cobranza import padron_de_cuotas, resumen_por_pais

        anio = parametros["anio"]
        return emisiones.emision_resumen_cobranza(referencia, anio, resumen_por_pais(padron_de_cuotas(contexto, anio)))
    if tipo == "aviso":
        return emisiones.emision_de_la_carta(contexto, referencia, _hasta_hoy({}))
    if tipo == "memoria":
        from .base import hoy
        from .memoria.anual import rehacer_emision

        return rehacer_emision(contexto, parametros, hoy())
    if tipo == "convocatoria":
        from .informes_sesiones import datos_de_la_convocatoria
        from .sesiones import titulo_sesion

        from .sala_en_documentos import mociones_para_la_convocatoria

        sesion, puntos, quienes = datos_de_la_convocatoria(contexto, referencia)
        mociones = (mociones_para_la_convocatoria(contexto, referencia) if parametros.get("con_mociones")
                    else None)
        return emisiones.emision_convocatoria(contexto.asociacion_id, sesion, titulo_sesion(sesion), puntos, quienes,
                                              mociones)
    raise ValueError(f"Tipo de documento sin vigencia: {tipo!r}")


def estado_de_lista(db: BaseDeDatos, documento: dict, resumen: dict) -> Estado:
    """Vigente o reemplazado (o, de un acta en borrador, borrador). La emisión de hoy se arma en el idioma del
    documento (sus textos son los del papel); lo que se dice de ella, en el de quien verifica."""
    contexto = Contexto(db, documento["asociacion_id"])
    tipo, referencia = documento["tipo"], documento["referencia"]
    if tipo == "acta_borrador":
        return _borrador(contexto, referencia, documento, resumen)
    try:
        with en_idioma(resumen.get("idioma") or "es"):
            hoy = _rehacer(contexto, tipo, referencia, resumen.get("parametros") or {})
    except ErrorEscritorio:  # el órgano, la norma o la sesión ya no están
        hoy = None
    if hoy is None:
        return Estado(REEMPLAZADO, [traducir("Lo que este documento lista ya no está en la base: se borró después de "
                                             "emitirlo.")])
    estado = Estado(VIGENTE, hoy=hoy.resumen["datos"])
    if tipo == "aviso":
        estado.motivos += _cartas_posteriores(db, referencia)
    if hoy.huella != documento["huella"]:
        estado.motivos = [_encabezado(tipo, resumen), *[f"• {c}" for c in cambios(
            resumen.get("instantanea") or [], hoy.instantanea)]] + estado.motivos
    if estado.motivos:
        estado.veredicto = REEMPLAZADO
    return estado


def _encabezado(tipo: str, resumen: dict) -> str:
    titulo = resumen.get("titulo") or ""
    if tipo == "aviso":
        return traducir("{0}: desde la carta, la cuenta de lo que reclamaba cambió (saldos de hoy):").format(titulo)
    return traducir("{0}: lo que dice cambió desde que se emitió; hoy la base dice:").format(titulo)


def _cartas_posteriores(db: BaseDeDatos, referencia: int) -> list[str]:
    carta = tabla_documentos.carta_del_renglon(db, referencia)
    if carta is None:
        return []
    return [traducir("Después de esta carta se envió otra por lo mismo: nivel {0}, con fecha de corte del {1}.").format(
        p["nivel"], fecha_escrita(p["al"])) for p in tabla_documentos.avisos_posteriores(db, carta["lote_id"], carta["miembro_id"])]


def _borrador(contexto: Contexto, sesion_id: int, documento: dict, resumen: dict) -> Estado:
    """Un acta en borrador: sigue siendo un borrador (BORRADOR), cambió, o el acta ya se aprobó (REEMPLAZADO)."""
    from .actas import obtener_acta
    from .documentos import emision_acta
    from .informes_sesiones import emision_del_borrador

    try:
        acta = obtener_acta(contexto, sesion_id)   # en el idioma de los documentos de la asociación
        with en_idioma(resumen.get("idioma") or "es"):
            hoy = emision_acta(contexto, sesion_id, acta) if acta.estado != "borrador" else \
                emision_del_borrador(contexto, sesion_id, acta)
    except ErrorEscritorio:
        return Estado(REEMPLAZADO, [traducir("La sesión de este borrador ya no está en la base.")])
    titulo = traducir("Acta N.º {0}").format(acta.contenido.numero)
    datos_de_hoy = hoy.resumen["datos"] if hoy is not None else []
    if acta.estado != "borrador":
        motivos = [traducir("Este papel es un borrador de {0}; el acta se aprobó el {1}: la versión vigente es el acta "
                            "aprobada, no este borrador.").format(titulo, fecha_escrita(acta.aprobada_el))]
        fila = tabla_documentos.acta_de_la_sesion(contexto.db, sesion_id)
        aprobadas = tabla_documentos.documentos_de(contexto.db, "acta", fila["id"]) if fila else []
        if aprobadas:
            motivos.append(traducir("El acta aprobada se emitió el {0} con el código {1}.").format(
                aprobadas[-1]["emitido_en"], aprobadas[-1]["codigo"]))
        return Estado(REEMPLAZADO, motivos, hoy=datos_de_hoy, con_version_vigente=False)
    if hoy.huella == documento["huella"]:
        return Estado(BORRADOR, [traducir("Es un borrador auténtico de {0}: lo emitió esta base y el registro de la "
                                          "sesión no cambió desde entonces. No es el acta: todavía no se aprobó y "
                                          "puede cambiar hasta que se apruebe.").format(titulo)], hoy=datos_de_hoy)
    detalle = cambios(resumen.get("instantanea") or [], hoy.instantanea) or [traducir(
        "cambió el registro de la sesión (habilitados, votos o elecciones).")]
    return Estado(REEMPLAZADO, [traducir("Es un borrador de {0} emitido por esta base, pero el borrador cambió desde "
                                         "que se imprimió:").format(titulo), *[f"• {c}" for c in detalle]],
                  hoy=datos_de_hoy)
