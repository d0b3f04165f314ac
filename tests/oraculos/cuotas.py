"""ORÁCULO DE PRUEBA (no es código del programa): el importe y el vencimiento de una cuota, en Python.

La implementación es la de la emisión, en SQL (`escritorio/datos/regla_de_la_cuota.py`: la usan la
emisión y el ajuste de una cuota por una baja). Este cálculo, cargo por cargo y con `Decimal`, es la misma regla dicha
de otra manera, para leerla y compararla: tests/servicios/test_una_regla_de_cuota.py emite con el servicio y compara
cada cargo con `calcular_cargo`. El detalle se arma con los mismos textos del programa
(`escritorio.dominio.cuotas.DETALLE_DEL_CARGO`), en castellano.

Lo que no sabe: quién participa de la emisión (eso lo dice la prueba) y que la cuota de ingreso vence como mínimo
30 días después de hoy (servicios.cuotas).
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from escritorio.dominio.cuotas import DETALLE_DEL_CARGO, Escala, Tramo
from escritorio.dominio.dinero import proporcion


@dataclass
class Calculo:
    """El importe de un cargo y cómo se llegó a él (queda como foto en el cargo)."""

    tramo: Tramo
    bruto: int
    descuento: int
    importe: int
    detalle: list[str] = field(default_factory=list)
    vencimiento: date | None = None


def vencimiento_del_cargo(vencimiento_de_la_escala: date, fecha_ingreso: date | None, gracia: int | None = None,
                          anio: int | None = None) -> date:
    """Ningún cargo vence antes del ingreso del miembro: quien ingresa el 15 de julio no debe desde el 31 de marzo.
    Quien ingresa durante el año (`anio`) tiene `gracia` días para pagar su primera cuota; sin gracia de la
    asociación, los que la emisión da a todos desde el 1 de enero hasta su vencimiento.
    (La del programa: datos.cuotas._vencimiento, en SQL.)"""
    if not fecha_ingreso:
        return vencimiento_de_la_escala
    anio = anio if anio is not None else vencimiento_de_la_escala.year
    if fecha_ingreso >= date(anio, 1, 1):
        if gracia is None:
            gracia = min(max((vencimiento_de_la_escala - date(anio, 1, 1)).days, 1), 365)
        return max(vencimiento_de_la_escala, fecha_ingreso + timedelta(days=gracia))
    return max(vencimiento_de_la_escala, fecha_ingreso)


def calcular_cargo(escala: Escala, poblacion: int, anio: int, fecha_ingreso: date | None,
                   porcentaje_exencion: int = 0, motivo_exencion: str | None = None,
                   fecha_baja: date | None = None) -> Calculo | None:
    """Importe de la cuota de un año; None si no corresponde cobrarla (ingreso y regla «desde el año siguiente»).

    El primer año de quien ingresa después de enero se cobra como dice la escala (`regla_ingreso`: completa,
    prorrateo por los meses que restan, o desde el año siguiente), citando `escala.articulo_ingreso`; el cargo vence
    no antes de la fecha de ingreso (`vencimiento_del_cargo`)."""
    tramo = escala.tramo(poblacion)
    bruto, detalle = tramo.importe, [f"Tramo {escala.describir_tramo(tramo)}"]
    texto = DETALLE_DEL_CARGO
    segun = " " + texto["segun"].format(escala.articulo_ingreso) if escala.articulo_ingreso else ""
    segun_baja = " " + texto["segun"].format(escala.articulo_baja) if escala.articulo_baja else ""
    # La baja durante el año, si la escala la prorratea: se cobra hasta el mes de la baja inclusive.
    hasta_mes = (fecha_baja.month if escala.tipo_cargo == "cuota_anual" and escala.regla_baja == "hasta_el_mes"
                 and fecha_baja and fecha_baja.year == anio else None)
    if escala.tipo_cargo == "cuota_anual" and fecha_ingreso and fecha_ingreso.year == anio and fecha_ingreso.month > 1:
        if escala.regla_ingreso == "desde_siguiente":
            return None
        if escala.regla_ingreso == "prorrateo":
            meses = (hasta_mes or 12) - fecha_ingreso.month + 1
            bruto = proporcion(bruto, meses, 12)
            detalle.append(texto["prorrateo_ingreso"].format(meses, f"{fecha_ingreso:%d/%m/%Y}") + segun
                           + (" " + texto["y_baja"].format(f"{fecha_baja:%d/%m/%Y}") + segun_baja if hasta_mes else ""))
            hasta_mes = None  # ya contado
        elif segun:
            detalle.append(texto["completa_ingreso"].format(f"{fecha_ingreso:%d/%m/%Y}") + segun)
    if hasta_mes:
        bruto = proporcion(bruto, hasta_mes, 12)
        detalle.append(texto["prorrateo_baja"].format(hasta_mes, f"{fecha_baja:%d/%m/%Y}") + segun_baja)
    descuento = proporcion(bruto, porcentaje_exencion, 100) if porcentaje_exencion else 0
    if porcentaje_exencion:
        if not motivo_exencion:   # la base exige el motivo: el programa nunca llega aquí sin él
            detalle.append("Exento" if porcentaje_exencion == 100 else f"Descuento {porcentaje_exencion} %")
        else:
            detalle.append(texto["exento"].format(motivo_exencion) if porcentaje_exencion == 100
                           else texto["descuento"].format(porcentaje_exencion, motivo_exencion))
    return Calculo(tramo, bruto, descuento, bruto - descuento, detalle,
                   vencimiento_del_cargo(escala.vencimiento(anio), fecha_ingreso, anio=anio))
