"""¿Sigue vigente un documento emitido? Compara la huella guardada al emitirlo con la que su registro da HOY, dice
qué cambió desde entonces y qué dice la base hoy (el bloque «Según la base de datos hoy» de la verificación: la
base como está ahora, no lo que el papel decía).

Aquí, las actas aprobadas, resoluciones, recibos y estados de cuenta; los documentos de lista (padrón, convocatoria,
avisos, acta en borrador…), en `vigencia_de_listas.py`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from ..datos import documentos as tabla_documentos
from ..datos.base_de_datos import BaseDeDatos
from ..dominio.dinero import formatear
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio.verificacion import REEMPLAZADO, VIGENTE, huella_de, tipo_en_palabras
from ..errores import ErrorEscritorio
from .contexto import Contexto
from .documentos import (contenido_estado, contenido_recibo, contenido_resolucion, emision_acta,
                         emision_estado_de_cuenta, emision_recibo, emision_resolucion, fecha_escrita,
                         huella_del_acta_con_erratas, movimientos_del_estado)


@dataclass
class Estado:
    """Cómo está hoy el registro de un documento emitido."""

    veredicto: str                                   # VIGENTE, REEMPLAZADO o BORRADOR
    motivos: list[str] = field(default_factory=list)  # por qué (vacío: el registro no cambió)
    avisos: list[str] = field(default_factory=list)
    hoy: list[list[str]] = field(default_factory=list)  # qué dice la base hoy: [[rótulo, valor]…]
    # Si reemplazado, decir cuál es la versión vigente (el último documento del mismo registro). Un borrador
    # reemplazado por el acta aprobada ya lo dice (un borrador posterior no es la versión vigente).
    con_version_vigente: bool = True


TIPOS_CON_REGISTRO = ("acta", "resolucion", "recibo", "estado_cuenta")


def estado_del_documento(db: BaseDeDatos, documento: dict) -> Estado:
    """Vigente o reemplazado un acta aprobada, una resolución, un recibo o un estado de cuenta, con qué cambió y qué
    dice la base hoy."""
    resumen = json.loads(documento["resumen"])
    return {"acta": _acta, "resolucion": _resolucion, "recibo": _recibo,
            "estado_cuenta": _estado_de_cuenta}[documento["tipo"]](db, documento["referencia"], documento, resumen)


def completar(db: BaseDeDatos, documento: dict, estado: Estado) -> Estado:
    """El motivo de un documento vigente («el registro no cambió») y, de uno reemplazado, cuál es la versión
    vigente si ya se emitió."""
    resumen = json.loads(documento["resumen"])
    tipo = documento["tipo"]
    if not estado.motivos:
        titulo = resumen["titulo"] if "titulo" in resumen else tipo_en_palabras(tipo)
        estado.motivos = [traducir("{0}: el registro no cambió desde que se emitió.").format(titulo)]
    if estado.veredicto == REEMPLAZADO and estado.con_version_vigente:
        posterior = _version_posterior(db, documento, resumen)
        if posterior is not None:
            estado.motivos.append(traducir("La versión vigente se emitió el {0} con el código {1}.").format(
                posterior["emitido_en"], posterior["codigo"]))
    return estado


def _version_posterior(db: BaseDeDatos, documento: dict, resumen: dict) -> dict | None:
    """El último documento del mismo registro emitido después de este (con los mismos parámetros, salvo la fecha:
    el padrón con las bajas no reemplaza al padrón sin ellas; la composición a otra fecha, sí)."""
    def parametros(r: dict) -> dict:
        return {k: v for k, v in (r.get("parametros") or {}).items() if k != "al"}

    propios = parametros(resumen)
    posteriores = [d for d in tabla_documentos.documentos_de(db, documento["tipo"], documento["referencia"])
                   if d["id"] > documento["id"] and d["asociacion_id"] == documento["asociacion_id"]
                   and parametros(json.loads(d["resumen"])) == propios]
    return posteriores[-1] if posteriores else None


def _corto(texto: str, largo: int = 120) -> str:
    texto = " ".join(str(texto).split())
    return texto if len(texto) <= largo else texto[:largo - 1] + "…"


# --- acta aprobada ------------------------------------------------------------------------------------------

def _acta(db: BaseDeDatos, acta_id: int, documento: dict, resumen: dict) -> Estado:
    from .actas import alteraciones_de_actas, obtener_acta

    fila = tabla_documentos.acta_por_id(db, acta_id)
    if fila is None or not fila["huella"]:
        return Estado(REEMPLAZADO, [traducir("El acta ya no figura aprobada en la base: fue cambiada por fuera de "
                                             "Escritorio.")])
    erratas = tabla_documentos.erratas_del_acta(db, acta_id)
    estado = Estado(VIGENTE)
    if alteraciones_de_actas(db, fila["sesion_id"]):
        estado.avisos.append(segun_la_puerta(
            ventana=traducir("La base registra que esta acta o su sesión fueron cambiadas por fuera de Escritorio: "
                             "revise la base en el menú Archivo, «Verificar la base…»."),
            linea=traducir("La base registra que esta acta o su sesión fueron cambiadas por fuera de Escritorio: "
                           "corra «escritorio verificar».")))
    hoy = emision_acta(Contexto(db, documento["asociacion_id"]), fila["sesion_id"],
                       obtener_acta(Contexto(db, documento["asociacion_id"]), fila["sesion_id"]))
    estado.hoy = hoy.resumen["datos"] if hoy is not None else []
    if huella_del_acta_con_erratas(fila["huella"], erratas) == documento["huella"]:
        return estado
    estado.veredicto = REEMPLAZADO
    nuevas = [e for e in erratas if e["id"] not in set(resumen.get("erratas", []))]
    if nuevas:
        estado.motivos = [traducir("Tiene una fe de erratas posterior a este documento, del {0}: «{1}».").format(
            fecha_escrita(e["fecha"]), _corto(e["texto"])) for e in nuevas]
    else:
        estado.motivos = [traducir("El acta aprobada de la base ya no es la de este documento.")]
    return estado


# --- resolución ---------------------------------------------------------------------------------------------

def _resolucion(db: BaseDeDatos, resolucion_id: int, documento: dict, resumen: dict) -> Estado:
    r = tabla_documentos.resolucion(db, resolucion_id)
    if r is None:
        return Estado(REEMPLAZADO, [traducir("La resolución ya no está en la base.")])
    estado = Estado(VIGENTE, hoy=emision_resolucion(Contexto(db, documento["asociacion_id"]),
                                                    resolucion_id).resumen["datos"])
    if r.get("acta_id"):
        erratas = tabla_documentos.erratas_del_acta(db, r["acta_id"])
        if erratas:
            estado.avisos.append(traducir("El acta que la contiene tiene fe de erratas (la última del {0}); revise si "
                                          "alguna toca esta resolución.").format(fecha_escrita(erratas[-1]["fecha"])))
    if huella_de(contenido_resolucion(r)) == documento["huella"]:
        return estado
    estado.veredicto = REEMPLAZADO
    if r["acta_estado"] in ("aprobada", "firmada") and not resumen.get("acta_aprobada"):
        estado.motivos = [traducir("Se emitió cuando el acta de su sesión estaba en borrador; hoy está aprobada (el "
                                   "{0}): la versión vigente cita el acta aprobada.").format(
            fecha_escrita(r["acta_aprobada_el"]))]
    else:
        estado.motivos = [traducir("La resolución, su votación o el acta que la contiene cambiaron desde que se "
                                   "emitió este documento.")]
    return estado


# --- recibo -------------------------------------------------------------------------------------------------

def _recibo(db: BaseDeDatos, pago_id: int, documento: dict, resumen: dict) -> Estado:
    from .pagos import obtener_pago

    p = tabla_documentos.pago_para_recibo(db, pago_id)
    if p is None:
        return Estado(REEMPLAZADO, [traducir("El pago ya no está en la base.")])
    estado = Estado(VIGENTE)
    try:
        estado.hoy = emision_recibo(Contexto(db, documento["asociacion_id"]),
                                    obtener_pago(Contexto(db, documento["asociacion_id"]), pago_id)).resumen["datos"]
    except ErrorEscritorio:
        estado.hoy = []
    if p["anulado_en"]:
        estado.hoy.append([traducir("Estado"), traducir("ANULADO desde el {0}: {1}").format(
            fecha_escrita(p["anulado_en"]), p["motivo_anulacion"])])
        estado.motivos.append(traducir("El recibo está ANULADO desde el {0}: {1}.").format(
            fecha_escrita(p["anulado_en"]), p["motivo_anulacion"]))
    if huella_de(contenido_recibo(db, p)) != documento["huella"]:
        estado.motivos.append(traducir("El pago o sus imputaciones cambiaron desde que se emitió este recibo."))
    if estado.motivos:
        estado.veredicto = REEMPLAZADO
    return estado


# --- estado de cuenta ---------------------------------------------------------------------------------------

def _estado_de_cuenta(db: BaseDeDatos, miembro_id: int, documento: dict, resumen: dict) -> Estado:
    from .base import hoy
    from .cobranza import estados_de_cuenta

    al = date.fromisoformat(resumen["al"])
    asociacion_id = documento["asociacion_id"]
    contexto = Contexto(db, asociacion_id)
    try:
        entonces = estados_de_cuenta(contexto, miembro_id, al)
    except ErrorEscritorio:
        return Estado(REEMPLAZADO, [traducir("El miembro de este estado de cuenta ya no está en la base.")])
    antes = {tuple(m) for m in resumen.get("movimientos", [])}
    hoy_mismo = max(hoy(), al)
    ahora = estados_de_cuenta(contexto, miembro_id, hoy_mismo)
    estado = Estado(VIGENTE, hoy=emision_estado_de_cuenta(asociacion_id, miembro_id, hoy_mismo,
                                                          ahora).resumen["datos"])
    nuevos = [m for m in movimientos_del_estado(ahora) if tuple(m) not in antes]
    if huella_de(contenido_estado(miembro_id, al, entonces)) != documento["huella"] or nuevos:
        estado.veredicto = REEMPLAZADO
        motivos = [traducir("La cuenta registra movimientos que este estado de cuenta (al {0}) no tiene:").format(
            fecha_escrita(al))]
        motivos += [f"• {fecha_escrita(m[1])} {m[2]}" + (f" ({formatear(m[3], m[0])})" if m[3] else "") +
                    (f" ({formatear(m[4], m[0])})" if m[4] else "") for m in nuevos[:10]]
        if len(nuevos) > 10:
            motivos.append(traducir("• y {0} más").format(len(nuevos) - 10))
        if not nuevos:
            motivos.append(traducir("• un movimiento de entonces cambió (por ejemplo, un pago anulado después)"))
        motivos.append(traducir("Pida un estado de cuenta nuevo: el saldo de hoy es otro."))
        estado.motivos = motivos
    return estado
