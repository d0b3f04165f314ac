"""Escalas de cuotas por población (Reglamento de Mercociudades, 2002: semilla 001:908, 919-920).

Una escala rige entre dos fechas, en una moneda, para un tipo de cargo, y cita el artículo de donde
sale. Sus tramos son «desde N habitantes (inclusive): importe», como las bandas de edad de JVerein:
contiguos, sin huecos, el primero desde 0 y el último abierto.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from ..errores import ProblemaDeCampo
from . import entrada, formato
from .dinero import IMPORTE_MAXIMO_TEXTO, a_unidades_menores, formatear, importe_posible
from .traduccion import traducir

TIPOS_CARGO = {"cuota_anual": "Cuota anual", "cuota_ingreso": "Cuota de ingreso", "extraordinaria": "Extraordinaria"}
REGLAS_INGRESO = {"completa": "Cuota completa", "prorrateo": "Prorrateo por meses",
                  "desde_siguiente": "Desde el año siguiente"}
# El año de quien se va (la base: datos/esquema/mandatos.py): la cuota completa, o los meses hasta el de la baja.
REGLAS_BAJA = {"completo": "Cuota completa", "hasta_el_mes": "Hasta el mes de la baja"}
# El año de quien es excluido (la asociación: datos/esquema/admision.py): como una baja (la regla de la escala), la
# cuota completa, o hasta el mes de la exclusión.
REGLAS_EXCLUSION = {"como_la_baja": "Como una baja (la regla de la escala)", "completo": "Cuota completa",
                    "hasta_el_mes": "Hasta el mes de la exclusión"}
MEDIOS_PAGO = {"transferencia": "Transferencia", "deposito": "Depósito", "efectivo": "Efectivo", "cheque": "Cheque"}
# De dónde sale una imputación: del pago al registrarlo (figura en su recibo) o, después, del saldo a favor.
ORIGENES_IMPUTACION = {"pago": "Pago", "saldo_a_favor": "Saldo a favor"}
_MES_DIA = re.compile(r"[0-9]{2}-[0-9]{2}", re.ASCII)
POBLACION_MAXIMA_TRAMO = 2_000_000_000  # un tramo desde más habitantes que cualquier país no es un tramo
TRAMOS_MAXIMOS = 100  # una escala real tiene unos pocos; cientos son un error de copia


@dataclass(frozen=True)
class Tramo:
    desde: int     # habitantes, inclusive
    importe: int   # unidades menores


@dataclass
class Escala:
    desde: date
    moneda: str
    tramos: list[Tramo]
    hasta: date | None = None
    tipo_cargo: str = "cuota_anual"
    articulo: str | None = None
    aprobada_por: str | None = None
    dia_referencia: str = "01-01"   # MM-DD: la población que rige ese día del año
    dia_vencimiento: str = "03-31"  # MM-DD: vencimiento de la cuota de cada año
    regla_ingreso: str = "completa"
    id: int | None = None
    articulo_ingreso: str | None = None  # el artículo que dice cómo se cobra el primer año (regla_ingreso)
    regla_baja: str = "completo"          # el año de quien se va: completo, o hasta el mes de la baja
    articulo_baja: str | None = None      # el artículo que lo dice (regla_baja)

    def rige(self, dia: date) -> bool:
        return self.desde <= dia and (self.hasta is None or dia <= self.hasta)

    def referencia(self, anio: int) -> date:
        return _dia_del_anio(anio, self.dia_referencia)

    def vencimiento(self, anio: int) -> date:
        return _dia_del_anio(anio, self.dia_vencimiento)

    def tramo(self, poblacion: int) -> Tramo:
        indice = bisect_right([t.desde for t in self.tramos], max(poblacion, 0)) - 1
        return self.tramos[max(indice, 0)]

    def describir_tramo(self, tramo: Tramo) -> str:
        """'100.000 a 499.999 hab.' o '3.000.000 hab. o más', en el idioma en curso."""
        return describir_tramos([t.desde for t in self.tramos])[self.tramos.index(tramo)]

    def texto_tramos(self) -> str:
        return "; ".join(f"{self.describir_tramo(t)}: {formatear(t.importe, self.moneda)}" for t in self.tramos)

    @classmethod
    def de_fila(cls, fila: dict) -> "Escala":
        """Desde un renglón de escalas con sus `tramos` (datos.cuotas.escalas)."""
        return cls(
            id=fila["id"], desde=date.fromisoformat(fila["desde"]),
            hasta=date.fromisoformat(fila["hasta"]) if fila["hasta"] else None, moneda=fila["moneda"],
            tramos=[Tramo(t["desde_poblacion"], t["importe"]) for t in fila["tramos"]], tipo_cargo=fila["tipo_cargo"],
            articulo=fila["articulo"], aprobada_por=fila["aprobada_por"], dia_referencia=fila["dia_referencia"],
            dia_vencimiento=fila["dia_vencimiento"], regla_ingreso=fila["regla_ingreso"],
            articulo_ingreso=fila.get("articulo_ingreso"), regla_baja=fila.get("regla_baja") or "completo",
            articulo_baja=fila.get("articulo_baja"))


def _dia_del_anio(anio: int, mes_dia: str) -> date:
    mes, dia = (int(p) for p in mes_dia.split("-"))
    if mes == 2 and dia == 29:
        dia = 29 if anio % 4 == 0 and (anio % 100 != 0 or anio % 400 == 0) else 28
    return date(anio, mes, dia)


def leer_poblacion_de_tramo(texto: object) -> int:
    """'100.000', '100 000' o '100000' -> 100000 (habitantes desde los que rige un tramo). ValueError si no."""
    crudo = "" if texto is None else str(texto).strip()
    if not crudo:
        raise ValueError(traducir("falta la población; escriba desde cuántos habitantes rige el tramo (por ejemplo "
                                  "100.000)"))
    limpio = crudo.replace(".", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    try:
        return entrada.entero(limpio, minimo=0, maximo=POBLACION_MAXIMA_TRAMO,
                              que=traducir("una población entera (por ejemplo 100.000)"))
    except ValueError as error:  # se cita lo que se escribió («cien mil»), no lo que quedó sin separadores
        motivo = str(error)
        for abre, cierra in (("«", "»"), ("“", "”")):   # las comillas del castellano y las de pt y en
            citado = f"{abre}{entrada.muestra(limpio)}{cierra}"
            if citado in motivo:
                motivo = motivo.replace(citado, f"{abre}{entrada.muestra(crudo)}{cierra}", 1)
                break
        raise ValueError(motivo) from None


def leer_importe_de_tramo(texto: object, moneda: str) -> int:
    """El importe de un tramo en unidades menores, no más que el máximo. ValueError si no. (Que sea mayor que
    cero lo dice validar_escala, junto con los demás problemas de la escala.)"""
    if entrada.es_vacio(texto):
        raise ValueError(traducir("falta el importe; escríbalo, por ejemplo 500,00"))
    return a_unidades_menores(texto, moneda)


def leer_tramos(texto: str, moneda: str) -> list[Tramo]:
    """'0:100,100000:500,500000:1000,3000000:2000' -> tramos (importes en unidades menores).

    Cada par es «población desde (inclusive):importe». Lanza ValueError con el motivo.
    """
    tramos = []
    for numero, par in enumerate(filter(None, (p.strip() for p in (texto or "").split(","))), start=1):
        desde, separador, importe = par.partition(":")
        cita = entrada.muestra(par)
        if not separador:
            raise ValueError(f"el tramo {numero} («{cita}») debe tener la forma población:importe, por ejemplo 100000:500")
        try:
            poblacion = leer_poblacion_de_tramo(desde)
        except ValueError as error:
            raise ValueError(f"el tramo {numero} («{cita}»): {error}") from None
        try:
            tramos.append(Tramo(poblacion, leer_importe_de_tramo(importe, moneda)))
        except ValueError as error:
            raise ValueError(f"el tramo {numero} («{cita}»): {error}") from None
    if not tramos:
        raise ValueError("no hay tramos; escriba por ejemplo 0:100,100000:500,500000:1000,3000000:2000")
    return tramos


def describir_tramos(desdes: list[int | None]) -> list[str]:
    """El rótulo de cada tramo a partir de la población «desde» de cada uno, en orden: '0 a 99.999 hab.',
    '100.000 hab. o más'; '' si esa población todavía no se entiende (None) y '—' si el tramo siguiente no
    empieza más arriba (ver `fuera_de_orden`). Lo usan la escala guardada, los documentos y la ventana mientras se
    escribe, en el idioma en curso («100.000 hab. ou mais»; en inglés, con coma de miles: «100,000 inhab. or more»)."""
    miles = formato.numero
    o_mas, entre = traducir("{0} hab. o más"), traducir("{0} a {1} hab.")
    rotulos = []
    for posicion, desde in enumerate(desdes):
        siguiente = desdes[posicion + 1] if posicion + 1 < len(desdes) else None
        if desde is None:
            rotulos.append("")
        elif posicion + 1 == len(desdes):
            rotulos.append(o_mas.format(miles(desde)))
        elif siguiente is not None and siguiente > desde:
            rotulos.append(entre.format(miles(desde), miles(siguiente - 1)))
        else:
            rotulos.append("—")
    return rotulos


def fuera_de_orden(desdes: list[int | None]) -> list[int]:
    """Las posiciones cuya población «desde» no es mayor que la del tramo anterior que se entiende (None se salta):
    la regla «los tramos van en orden creciente» de `validar_escala`, para marcar la fila en la ventana."""
    malas, anterior = [], None
    for posicion, desde in enumerate(desdes):
        if desde is None:
            continue
        if anterior is not None and desde <= anterior:
            malas.append(posicion)
        anterior = desde
    return malas


def validar_escala(escala: Escala, hoy: date | None = None) -> list[str]:
    """Problemas de una escala, en el idioma en curso; lista vacía si es válida. Con `hoy`, además las fechas: desde
    1900 y no más de diez años adelante."""
    problemas: list[str] = []
    try:
        entrada.moneda(escala.moneda)
    except ValueError as error:
        problemas.append(ProblemaDeCampo("moneda", traducir("Moneda: {0}.").format(error)))
    if not escala.tramos:
        problemas.append(traducir("La escala no tiene tramos."))
    elif len(escala.tramos) > TRAMOS_MAXIMOS:
        problemas.append(traducir("La escala tiene {0} tramos; el máximo es {1}. Revise que los tramos sean pares "
                                  "«población desde:importe» separados por comas.").format(len(escala.tramos),
                                                                                          TRAMOS_MAXIMOS))
    else:
        if escala.tramos[0].desde != 0:
            problemas.append(traducir("El primer tramo debe empezar en 0 habitantes (empieza en {0}).").format(
                escala.tramos[0].desde))
        for posicion in fuera_de_orden([t.desde for t in escala.tramos]):
            anterior, siguiente = escala.tramos[posicion - 1], escala.tramos[posicion]
            problemas.append(traducir("Los tramos deben ir en orden creciente: {0} no es mayor que {1}.").format(
                siguiente.desde, anterior.desde))
        for tramo in escala.tramos:
            if not 0 <= tramo.desde <= POBLACION_MAXIMA_TRAMO:
                problemas.append(traducir("El tramo desde {0} habitantes está fuera de lo posible: la población va de 0 "
                                          "a {1}.").format(tramo.desde, formato.numero(POBLACION_MAXIMA_TRAMO)))
            if tramo.importe <= 0:
                problemas.append(traducir("El importe del tramo desde {0} debe ser mayor que cero.").format(tramo.desde))
            elif not entrada.es_vacio(escala.moneda) and len(escala.moneda) == 3 and not importe_posible(
                    tramo.importe, escala.moneda):
                problemas.append(traducir("El importe del tramo desde {0} es demasiado grande; el máximo es {1}.")
                                 .format(tramo.desde, IMPORTE_MAXIMO_TEXTO))
    if hoy is not None:
        for nombre, fecha in ((traducir("Rige desde"), escala.desde), (traducir("Rige hasta"), escala.hasta)):
            if fecha is not None:
                try:
                    entrada.fecha_en_rango(fecha, hoy=hoy, futura=True)
                except ValueError as error:
                    problemas.append(f"{nombre}: {error}.")
    if escala.hasta is not None and escala.hasta < escala.desde:
        problemas.append(traducir("La fecha «hasta» es anterior a «desde»."))
    if escala.tipo_cargo not in TIPOS_CARGO:
        problemas.append(traducir("Tipo de cargo «{0}» desconocido; use {1}.").format(escala.tipo_cargo,
                                                                                     ", ".join(TIPOS_CARGO)))
    if escala.regla_baja not in REGLAS_BAJA:
        problemas.append(traducir("Regla de la baja «{0}» desconocida; use {1}.").format(escala.regla_baja,
                                                                                        ", ".join(REGLAS_BAJA)))
    if escala.regla_ingreso not in REGLAS_INGRESO:
        problemas.append(traducir("Regla de ingreso «{0}» desconocida; use {1}.").format(escala.regla_ingreso,
                                                                                        ", ".join(REGLAS_INGRESO)))
    for plantilla, valor in (
            (traducir("El día de referencia «{0}» no es un día válido (formato MM-DD, por ejemplo 01-01)."),
             escala.dia_referencia),
            (traducir("El día de vencimiento «{0}» no es un día válido (formato MM-DD, por ejemplo 01-01)."),
             escala.dia_vencimiento)):
        try:
            if not isinstance(valor, str) or not _MES_DIA.fullmatch(valor):  # «١٢-٠١»: int() lo aceptaría
                raise ValueError(valor)
            _dia_del_anio(2001, valor)
        except (ValueError, TypeError):
            problemas.append(plantilla.format(valor))
    return problemas


def se_superponen(a: Escala, b: Escala) -> bool:
    """Dos escalas del mismo tipo de cargo no pueden regir el mismo día."""
    if a.tipo_cargo != b.tipo_cargo:
        return False
    fin_a, fin_b = a.hasta or date.max, b.hasta or date.max
    return a.desde <= fin_b and b.desde <= fin_a


def escala_para(escalas: list[Escala], anio: int, tipo_cargo: str = "cuota_anual") -> Escala | None:
    """La escala que rige en la fecha de referencia de ese año."""
    for escala in escalas:
        if escala.tipo_cargo == tipo_cargo and escala.rige(escala.referencia(anio)):
            return escala
    return None


# Lo que dice el detalle de un cargo, frase por frase: la emisión y el ajuste por una baja lo arman en SQL
# (datos/regla_de_la_cuota.py) con estos textos en el idioma en curso (`textos_del_detalle`). El detalle queda
# guardado en el cargo tal como se escribió.
DETALLE_DEL_CARGO = {
    "prorrateo_ingreso": "Prorrateo: {0} de 12 meses (ingreso {1})",   # meses cobrados, fecha de ingreso
    "completa_ingreso": "Cuota completa (ingreso {0})",                # fecha de ingreso
    "prorrateo_baja": "Prorrateo: {0} de 12 meses (baja {1})",         # meses cobrados, fecha de la baja
    "y_baja": "(baja {0})",                                            # tras un prorrateo por el ingreso
    "segun": "según {0}",                                              # el artículo que lo dice
    "exento": "Exento: {0}",                                           # motivo de la exención
    "descuento": "Descuento {0} %: {1}",                               # porcentaje, motivo
}


def textos_del_detalle() -> dict[str, str]:
    """Los textos de `DETALLE_DEL_CARGO` en el idioma en curso."""
    return {clave: traducir(DETALLE_DEL_CARGO[clave]) for clave in DETALLE_DEL_CARGO}
