"""Pagos: registrar con imputación (automática del más viejo al más nuevo, o elegida), recibos numerados
por asociación y año, saldo a favor y anulación con motivo. Un pago nunca se borra. Muchos pagos de una vez (las
líneas de un extracto, los años anteriores de una red): pagos_en_lote.py."""

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TypedDict

from ..datos import cuotas as tabla_cuotas
from ..datos import miembros as tabla_miembros
from ..datos.conexion import transaccion
from ..dominio import entrada
from ..dominio.cuotas import MEDIOS_PAGO, TIPOS_CARGO, Escala, escala_para
from ..dominio.dinero import (IMPORTE_MAXIMO_TEXTO, DemasiadosDecimales, a_unidades_menores, convertir, formatear,
                              importe_posible, leer_tipo_de_cambio)
from ..dominio.morosidad import SaldoCargo, imputar_por_antiguedad, saldo_del_cargo
from ..dominio.paises import nombre_pais
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio, ErrorValidacion, ProblemaDeCampo
from .base import hoy as fecha_de_hoy
from .contexto import Contexto


class MiembroNombrado(TypedDict):
    """El id y el nombre de un miembro."""

    id: int
    nombre: str


class CargoPendiente(TypedDict):
    """Un cargo con saldo, en el orden en que se imputa un pago."""

    id: int
    asociacion_id: int
    miembro_id: int
    tipo_cargo: str
    anio: int
    escala_id: int | None
    poblacion_usada: int | None
    tramo_desde: int | None
    importe_bruto: int
    descuento: int
    importe: int
    moneda: str
    vencimiento: str
    detalle: str | None
    emitido_en: str
    pagado: int
    saldo: int


class FilaPago(TypedDict):
    """Un pago como lo guarda la base, con el nombre del miembro y el número de recibo («0015/2026»)."""

    id: int
    asociacion_id: int
    miembro_id: int
    fecha: str
    importe: int
    moneda: str
    tipo_cambio: str | None
    moneda_imputacion: str
    importe_imputable: int
    medio: str
    referencia: str | None
    anulado_en: str | None
    motivo_anulacion: str | None
    registrado_en: str
    recibo_anio: int
    recibo_numero: int
    miembro: str
    recibo: str


class PagoListado(FilaPago):
    """Un pago de la lista, con lo imputado."""

    imputado: int


class PagoDetallado(FilaPago):
    """Un pago con el país del miembro y sus imputaciones."""

    pais: str
    imputaciones: list[dict]
    pais_nombre: str


@dataclass
class NuevoPago:
    miembro_id: int | None           # None: todavía no se eligió (se informa con lo demás que falte)
    fecha: date
    monto: str                       # como lo escribe la persona: "250.00"
    moneda: str
    medio: str = "transferencia"
    referencia: str | None = None
    tipo_cambio: str | None = None   # unidades de `moneda` por 1 unidad de la moneda de los cargos
    moneda_cargos: str | None = None  # por defecto, la de los cargos pendientes del miembro
    imputaciones: dict[int, str] | None = None  # cargo_id -> monto elegido a mano (en moneda de los cargos);
    #                                           None: del más viejo al más nuevo; {} o todo vacío: falta elegir


@dataclass
class PagoRegistrado:
    pago_id: int
    recibo: str
    imputado: int
    a_favor: int
    moneda: str

    def resumen(self, miembro: str | None = None) -> str:
        imputado = formatear(self.imputado, self.moneda)
        if miembro:
            texto = traducir("Pago de {0} registrado con el recibo {1}: imputado {2}").format(miembro, self.recibo,
                                                                                              imputado)
        else:
            texto = traducir("Pago registrado con el recibo {0}: imputado {1}").format(self.recibo, imputado)
        if self.a_favor:
            texto += traducir("; queda {0} a favor del miembro").format(formatear(self.a_favor, self.moneda))
        return texto


def numero_recibo(anio: int, numero: int) -> str:
    return f"{numero:04d}/{anio}"


def miembro_de_la_asociacion(contexto: Contexto, miembro_id: int) -> MiembroNombrado:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    if isinstance(miembro_id, bool) or not isinstance(miembro_id, int) or not 1 <= miembro_id <= 2**63 - 1:
        raise ErrorEscritorio(segun_la_puerta(
            ventana=traducir("No existe el miembro con id {0} en esta asociación: elíjalo en la lista del área "
                             "Miembros."),
            linea=traducir("No existe el miembro con id {0} en esta asociación; vea los ids con «escritorio miembros "
                           "listar».")).format(entrada.muestra(miembro_id)))
    fila = tabla_miembros.nombre_en_asociacion(db, asociacion_id, miembro_id)
    if fila is None:
        raise ErrorEscritorio(traducir("No existe el miembro con id {0} en esta asociación.").format(miembro_id))
    return fila


def con_saldo(cargo: dict) -> CargoPendiente:
    """El renglón del cargo con su `saldo` (SaldoCargo.saldo: lo que falta pagar)."""
    cargo["saldo"] = saldo_del_cargo(cargo["importe"], cargo["pagado"])   # la regla de SaldoCargo.saldo
    return cargo


def cargos_pendientes(contexto: Contexto, miembro_id: int, moneda: str) -> list[CargoPendiente]:
    """Los cargos del miembro en esa moneda que todavía tienen saldo (con `importe`, `pagado` y `saldo`)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    return [c for c in map(con_saldo, tabla_cuotas.saldos_de_cargos(db, asociacion_id, "9999-12-31", miembro_id=miembro_id))
            if c["moneda"] == moneda and c["saldo"] > 0]


def monedas_con_deuda(contexto: Contexto, miembro_id: int) -> list[str]:
    """Las monedas en que el miembro tiene cargos con saldo, de la más antigua a la más reciente."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    monedas: list[str] = []
    for c in sorted(tabla_cuotas.saldos_de_cargos(db, asociacion_id, "9999-12-31", miembro_id=miembro_id),
                    key=lambda c: c["vencimiento"]):
        if SaldoCargo.de_fila(c).saldo > 0 and c["moneda"] not in monedas:
            monedas.append(c["moneda"])
    return monedas


def moneda_de_cargos(contexto: Contexto, miembro_id: int, fecha: date) -> str | None:
    """La moneda de los últimos cargos del miembro; si aún no tiene, la de la escala que rige ese año."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    moneda = tabla_cuotas.moneda_de_los_ultimos_cargos(db, asociacion_id, miembro_id)
    if moneda:
        return moneda
    escala = escala_para([Escala.de_fila(f) for f in tabla_cuotas.escalas(db, asociacion_id)], fecha.year)
    return escala.moneda if escala else None


def _leer_importe(texto: object, moneda: str | None) -> int:
    """El monto del pago en unidades menores. Sin moneda válida todavía, se revisa igual que sea un número
    posible (no se mencionan los decimales, que dependen de la moneda)."""
    if moneda is not None:
        return a_unidades_menores(texto, moneda)
    try:
        return a_unidades_menores(texto, "XXX")  # moneda sin decimales fijos: solo número y máximo
    except DemasiadosDecimales:
        return 1


# De qué dato del pago habla cada problema (`ProblemaDeCampo.campo`): la ventana marca ese campo sin leer el texto.
MIEMBRO, FECHA, MONTO, MONEDA, MONEDA_CARGOS, MEDIO, REFERENCIA, TIPO_CAMBIO, IMPUTACION = (
    "miembro", "fecha", "monto", "moneda", "moneda_cargos", "medio", "referencia", "tipo_cambio", "imputacion")


def _falta_imputacion(nuevo: NuevoPago) -> bool:
    """¿Se eligió imputar a mano sin escribir todavía ningún importe?"""
    return nuevo.imputaciones is not None and all(entrada.es_vacio(t) for t in nuevo.imputaciones.values())


@dataclass
class PrevisionPago:
    """Lo que registraría `registrar_pago` con estos datos, calculado con las mismas funciones.

    La ventana la muestra mientras se escribe («equivale a …», a qué cargos va): es exactamente lo que
    se guardará. `problemas` son los motivos por los que hoy no se registraría (todos a la vez)."""
    problemas: list[str]
    moneda: str | None = None          # la del pago
    moneda_cargos: str | None = None   # la de los cargos a los que se imputa
    importe: int | None = None         # el pago, en unidades menores de `moneda`
    tipo_cambio: Decimal | None = None
    imputable: int | None = None       # el pago expresado en `moneda_cargos`
    imputaciones: list[tuple[int, int]] = field(default_factory=list)   # (cargo_id, importe) en moneda_cargos
    cargos_con_problema: set[int] = field(default_factory=set)          # imputaciones a mano rechazadas
    problemas_de_imputacion: list[str] = field(default_factory=list)    # los de `problemas` que son de la imputación
    # Imputación a mano sin ningún importe escrito todavía: su único problema es que falta (no un error que mostrar
    # mientras se escribe).
    falta_imputacion: bool = False

    @property
    def imputado(self) -> int:
        return sum(m for _, m in self.imputaciones)

    @property
    def a_favor(self) -> int:
        return (self.imputable or 0) - self.imputado


class Lecturas:
    """Lo que la previsión de un pago lee de la base: el miembro, sus cargos y las monedas de las escalas. Esta lee en
    el momento, para un pago (`prever_pago`, `registrar_pago`); `pagos_en_lote.Cuentas`, todo de una vez para muchos
    pagos seguidos (`registrar_pagos`)."""

    def __init__(self, contexto: Contexto):
        self.contexto = contexto

    def exigir_miembro(self, miembro_id: int) -> None:
        miembro_de_la_asociacion(self.contexto, miembro_id)

    def monedas_de_cargos(self, miembro_id: int) -> set[str]:
        return tabla_cuotas.monedas_de_cargos(self.contexto.db, self.contexto.asociacion_id, miembro_id)

    def monedas_de_escalas(self) -> set[str]:
        return tabla_cuotas.monedas_de_escalas(self.contexto.db, self.contexto.asociacion_id)

    def moneda_de_cargos(self, miembro_id: int, fecha: date) -> str | None:
        return moneda_de_cargos(self.contexto, miembro_id, fecha)

    def pendientes(self, miembro_id: int, moneda: str) -> list[dict]:
        return cargos_pendientes(self.contexto, miembro_id, moneda)


def prever_pago(contexto: Contexto, nuevo: NuevoPago,
                pendientes: list[dict] | None = None) -> PrevisionPago:
    """Lee y revisa un pago como lo hará `registrar_pago` (monto, moneda, tipo de cambio, imputación), sin
    escribir nada. Informa todo lo que falta o está mal de una vez."""
    return prever(Lecturas(contexto), nuevo, pendientes)


def prever(lecturas: Lecturas, nuevo: NuevoPago, pendientes: list[dict] | None = None) -> PrevisionPago:
    """La previsión de un pago con lo que leen `lecturas` (`prever_pago` y, en lote, pagos_en_lote): cada problema con
    el dato del que habla, todos a la vez."""
    problemas: list[str] = []

    def problema(campo: str, texto: str) -> None:
        problemas.append(ProblemaDeCampo(campo, texto))

    miembro_valido = nuevo.miembro_id is not None
    if miembro_valido:
        lecturas.exigir_miembro(nuevo.miembro_id)
    else:
        problema(MIEMBRO, traducir("Elija el miembro de la lista (escriba parte del nombre)."))
    moneda = _moneda_del_pago(nuevo, problema)
    _exigir_fecha(nuevo, problema)
    moneda_cargos = _moneda_de_los_cargos(lecturas, nuevo, moneda, miembro_valido, problema)
    importe = _importe_del_pago(nuevo, moneda, problema)
    _exigir_medio_y_referencia(nuevo, problema)
    tipo_cambio = _tipo_de_cambio(nuevo, moneda, moneda_cargos, problema)
    prevision = PrevisionPago(problemas, moneda if moneda else None, moneda_cargos, importe if moneda else None,
                              tipo_cambio)
    if moneda is None or moneda_cargos is None or importe is None or (moneda != moneda_cargos and tipo_cambio is None):
        return prevision
    imputable = _imputable(nuevo, importe, moneda, tipo_cambio, moneda_cargos, problema)
    if imputable is None:
        return prevision
    prevision.imputable = imputable
    if miembro_valido:
        if pendientes is None:
            pendientes = lecturas.pendientes(nuevo.miembro_id, moneda_cargos)
        prevision.imputaciones, malos, prevision.cargos_con_problema = _imputaciones(
            nuevo, pendientes, imputable, moneda_cargos)
        prevision.problemas_de_imputacion = malos
        prevision.falta_imputacion = _falta_imputacion(nuevo)
        problemas.extend(malos)
    return prevision


def _moneda_del_pago(nuevo: NuevoPago, problema) -> str | None:
    try:
        return entrada.moneda(nuevo.moneda)
    except ValueError as error:
        problema(MONEDA, traducir("Moneda: {0}.").format(error))
        return None


def _exigir_fecha(nuevo: NuevoPago, problema) -> None:
    hoy = fecha_de_hoy()
    try:
        entrada.fecha_en_rango(nuevo.fecha, hoy=hoy)
    except (ValueError, TypeError) as error:
        en_el_futuro = isinstance(error, ValueError) and nuevo.fecha > hoy   # entrada: «… está en el futuro»
        problema(FECHA, traducir("La fecha del pago está en el futuro ({0}); escriba el día en que se cobró.")
                 .format(formato.fecha(nuevo.fecha)) if en_el_futuro else traducir("Fecha del pago: {0}.").format(error))


def _moneda_de_los_cargos(lecturas: Lecturas, nuevo: NuevoPago, moneda: str | None, miembro_valido: bool,
                          problema) -> str | None:
    """La moneda de los cargos a los que va el pago: la elegida (si el miembro tiene cargos en ella, o es la de una
    escala) o, sin elegir, la de sus últimos cargos (o la del pago)."""
    if not nuevo.moneda_cargos:
        if moneda is not None and miembro_valido:
            fecha = nuevo.fecha if isinstance(nuevo.fecha, date) else fecha_de_hoy()
            return lecturas.moneda_de_cargos(nuevo.miembro_id, fecha) or moneda
        return None
    try:
        moneda_cargos = entrada.moneda(nuevo.moneda_cargos)
    except ValueError as error:
        problema(MONEDA_CARGOS, traducir("Moneda de los cargos: {0}.").format(error))
        return None
    posibles = lecturas.monedas_de_cargos(nuevo.miembro_id) if miembro_valido else set()
    # También las monedas de las escalas: un pago adelantado en la moneda de la escala nueva.
    posibles |= lecturas.monedas_de_escalas()
    if miembro_valido and posibles and moneda_cargos not in posibles:
        # Del miembro elegido: no tiene cargos en esa moneda (la ventana marca el miembro).
        problema(MIEMBRO, traducir("El miembro no tiene cargos en {0}: el pago se imputa a los cargos en {1}.")
                 .format(moneda_cargos, traducir(" o ").join(sorted(m for m in posibles if m))))
        return None
    return moneda_cargos


def _importe_del_pago(nuevo: NuevoPago, moneda: str | None, problema) -> int | None:
    try:
        if entrada.es_vacio(nuevo.monto):
            raise ValueError(traducir("falta; escriba cuánto se pagó, por ejemplo 250,00"))
        importe = _leer_importe(nuevo.monto, moneda)
        if importe <= 0:
            problema(MONTO, traducir("El monto debe ser mayor que cero."))
            return None
        return importe
    except (ValueError, KeyError) as error:
        problema(MONTO, traducir("Monto: {0}.").format(error))
        return None


def _exigir_medio_y_referencia(nuevo: NuevoPago, problema) -> None:
    if nuevo.medio not in MEDIOS_PAGO:
        problema(MEDIO, traducir("Medio de pago «{0}» desconocido; use {1}.").format(entrada.muestra(nuevo.medio),
                                                                                    ", ".join(MEDIOS_PAGO)))
    try:
        entrada.texto_opcional(nuevo.referencia, maximo=entrada.LARGO_CORTO)
    except ValueError as error:
        problema(REFERENCIA, traducir("Referencia: {0}.").format(error))


def _tipo_de_cambio(nuevo: NuevoPago, moneda: str | None, moneda_cargos: str | None, problema) -> Decimal | None:
    """El tipo de cambio, si el pago y los cargos van en monedas distintas (unidades del pago por 1 de los cargos)."""
    if not (moneda and moneda_cargos and moneda != moneda_cargos):
        return None
    if entrada.es_vacio(nuevo.tipo_cambio):
        problema(TIPO_CAMBIO, traducir("El pago es en {0} y los cargos en {1}: indique el tipo de cambio ({0} "
                                       "por 1 {1}).").format(moneda, moneda_cargos))
        return None
    try:
        return leer_tipo_de_cambio(nuevo.tipo_cambio)
    except ValueError as error:
        problema(TIPO_CAMBIO, traducir("Tipo de cambio: {0}.").format(error))
        return None


def _imputable(nuevo: NuevoPago, importe: int, moneda: str, tipo_cambio: Decimal | None, moneda_cargos: str,
               problema) -> int | None:
    """El pago expresado en la moneda de los cargos; None (con su problema) si el tipo de cambio lo deja en cero o
    por encima del máximo."""
    imputable = convertir(importe, moneda, tipo_cambio, moneda_cargos) if moneda != moneda_cargos else importe
    if imputable <= 0:
        problema(TIPO_CAMBIO, traducir(
            "Con el tipo de cambio {0}, el pago equivale a {1}: revise el tipo de cambio ({2} por 1 {3}).").format(
            entrada.muestra(nuevo.tipo_cambio), formatear(0, moneda_cargos), moneda, moneda_cargos))
        return None
    if not importe_posible(imputable, moneda_cargos):
        problema(TIPO_CAMBIO, traducir(
            "Con el tipo de cambio {0}, el pago equivale a más de {1} {2}, el máximo: revise el tipo de cambio ({3} "
            "por 1 {1}).").format(entrada.muestra(nuevo.tipo_cambio), moneda_cargos, IMPORTE_MAXIMO_TEXTO, moneda))
        return None
    return imputable


def _rechazar(problemas: list[str]) -> None:
    if problemas:
        raise ErrorValidacion(traducir("No se registró el pago:") + "\n" + "\n".join(f"  - {p}" for p in problemas),
                              problemas)


def registrar_pago(contexto: Contexto, nuevo: NuevoPago) -> PagoRegistrado:
    """Registra el pago tal como lo describe `prever_pago` (la misma lectura del monto, el tipo de cambio y la
    imputación); si algo falta o está mal, ErrorValidacion con todos los problemas y no se escribe nada."""
    db = contexto.db
    with transaccion(db):
        # La previsión se hace una vez, con la base tomada: los saldos que decide leer son los de ese momento, y dos
        # pagos registrados a la vez (dos ventanas, la CLI) no imputan dos veces la misma deuda. Si hay problemas, la
        # transacción se deshace sin haber escrito nada.
        prevision = prever_pago(contexto, nuevo)
        _rechazar(prevision.problemas)
        return _escribir_pago(contexto, nuevo, prevision)


def _escribir_pago(contexto: Contexto, nuevo: NuevoPago, prevision: PrevisionPago) -> PagoRegistrado:
    """Dentro de la transacción, con la previsión ya hecha en ella y sin problemas: el pago, sus imputaciones y su
    recibo, el siguiente del año del pago."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    pago_id = tabla_cuotas.insertar_pago(db, *columnas_del_pago(contexto, nuevo, prevision))
    tabla_cuotas.insertar_imputaciones(db, pago_id, prevision.imputaciones)
    numero = tabla_cuotas.proximo_recibo(db, asociacion_id, nuevo.fecha.year)
    tabla_cuotas.insertar_recibo(db, asociacion_id, nuevo.fecha.year, numero, pago_id)
    return pago_registrado(nuevo, prevision, pago_id, numero)


def columnas_del_pago(contexto: Contexto, nuevo: NuevoPago, prevision: PrevisionPago) -> tuple:
    """Lo que se guarda del pago (las columnas de datos.cuotas.insertar_pago, sin la base)."""
    referencia = entrada.texto_opcional(nuevo.referencia, maximo=entrada.LARGO_CORTO)
    tipo_cambio = prevision.tipo_cambio if prevision.moneda != prevision.moneda_cargos else None
    return (contexto.asociacion_id, nuevo.miembro_id, nuevo.fecha.isoformat(), prevision.importe, prevision.moneda,
            str(tipo_cambio) if tipo_cambio else None, prevision.moneda_cargos, prevision.imputable, nuevo.medio,
            referencia)


def pago_registrado(nuevo: NuevoPago, prevision: PrevisionPago, pago_id: int, numero: int) -> PagoRegistrado:
    return PagoRegistrado(pago_id, numero_recibo(nuevo.fecha.year, numero), prevision.imputado, prevision.a_favor,
                          prevision.moneda_cargos)


def _imputaciones(nuevo: NuevoPago, pendientes: list[dict], disponible: int,
                  moneda: str) -> tuple[list[tuple[int, int]], list[str], set[int]]:
    """(imputaciones, problemas, cargos rechazados). Sin imputaciones a mano (None), del más viejo al más nuevo.
    `pendientes`: los cargos con su saldo (`cargos_pendientes`)."""
    saldos = {c["id"]: c["saldo"] for c in pendientes}
    if nuevo.imputaciones is None:
        imputaciones, _ = imputar_por_antiguedad(disponible, list(saldos.items()))
        return imputaciones, [], set()
    if _falta_imputacion(nuevo):
        falta = traducir("Indique cuánto se imputa a cada cargo, o elija la imputación automática.")
        return [], [ProblemaDeCampo(IMPUTACION, falta)], set()
    nombres = {c["id"]: f"{traducir(TIPOS_CARGO[c['tipo_cargo']]) if c['tipo_cargo'] in TIPOS_CARGO else c['tipo_cargo']} "
                        f"{c['anio']}" for c in pendientes}
    elegidas, problemas, malos = [], [], set()

    def problema(cargo_id: object, texto: str) -> None:
        problemas.append(ProblemaDeCampo(IMPUTACION, texto))
        malos.add(cargo_id)

    for cargo_id, texto in nuevo.imputaciones.items():
        if entrada.es_vacio(texto):
            continue
        cargo = nombres[cargo_id] if cargo_id in nombres else traducir("Cargo {0}").format(entrada.muestra(cargo_id))
        try:
            monto = a_unidades_menores(texto, moneda)
        except ValueError as error:
            problema(cargo_id, traducir("Imputación a {0}: {1}.").format(cargo, error))
            continue
        if cargo_id not in saldos:
            problema(cargo_id, traducir("El cargo {0} no es un cargo pendiente de este miembro.").format(
                entrada.muestra(cargo_id)))
        elif monto < 0:
            problema(cargo_id, traducir("Imputación a {0}: «{1}» es negativo; escriba cuánto del pago va a ese cargo, "
                                        "o déjelo vacío.").format(cargo, entrada.muestra(texto)))
        elif monto > saldos[cargo_id]:
            problema(cargo_id, traducir("A {0} se imputan {1} pero su saldo es {2}.").format(
                cargo, formatear(monto, moneda), formatear(saldos[cargo_id], moneda)))
        elif monto > 0:
            elegidas.append((cargo_id, monto))
    if sum(m for _, m in elegidas) > disponible:
        problemas.append(ProblemaDeCampo(IMPUTACION, traducir("Las imputaciones suman más que el pago ({0}).").format(
            formatear(disponible, moneda))))
    return elegidas, problemas, malos


def anular_pago(contexto: Contexto, pago_id: int, motivo: str) -> None:
    """El pago queda anulado con su motivo: deja de contar, su recibo se imprime ANULADO y no se borra."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    if not motivo or not motivo.strip():
        raise ErrorEscritorio(traducir("Indique el motivo de la anulación (por ejemplo: «Cheque rechazado»)."))
    try:
        motivo = entrada.texto(motivo, maximo=entrada.LARGO_CORTO)
    except ValueError as error:
        raise ErrorEscritorio(traducir("Motivo de la anulación: {0}. No se anuló el pago.").format(error)) from None
    with transaccion(db):  # leído con la base tomada: otra ventana pudo anularlo recién
        pago = tabla_cuotas.pago(db, pago_id)
        if pago is None or pago["asociacion_id"] != asociacion_id:
            raise ErrorEscritorio(traducir("No existe el pago {0} en esta asociación.").format(pago_id))
        if pago["anulado_en"]:
            cuando = formato.fecha(pago["anulado_en"])
            raise ErrorEscritorio(traducir("El pago {0} ya fue anulado el {1}: {2}.").format(
                pago_id, cuando, pago["motivo_anulacion"]))
        tabla_cuotas.anular_pago(db, pago_id, motivo)


def aplicar_saldos_a_favor(contexto: Contexto, moneda: str) -> None:
    """Dentro de una transacción abierta: el saldo a favor de cada miembro cubre sus cargos pendientes."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    for miembro_id in tabla_cuotas.miembros_con_saldo_a_favor(db, asociacion_id, moneda):
        pendientes = [(c["id"], saldo) for c in tabla_cuotas.cargos_con_lo_pagado(db, miembro_id, moneda)
                      if (saldo := SaldoCargo.de_fila(c).saldo) > 0]
        for pago_id, resto in tabla_cuotas.pagos_con_resto(db, miembro_id, moneda):
            imputaciones, _ = imputar_por_antiguedad(resto, pendientes)
            tabla_cuotas.insertar_imputaciones(db, pago_id, imputaciones, de_saldo_a_favor=True)
            cubiertos = dict(imputaciones)
            pendientes = [(c, s - cubiertos.get(c, 0)) for c, s in pendientes if s - cubiertos.get(c, 0) > 0]


def obtener_pago(contexto: Contexto, pago_id: int) -> PagoDetallado:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    pago = tabla_cuotas.pago(db, pago_id)
    if pago is None or pago["asociacion_id"] != asociacion_id:
        raise ErrorEscritorio(traducir("No existe el pago {0} en esta asociación.").format(pago_id))
    # El recibo muestra lo que se imputó al cobrar; lo aplicado después desde el saldo a favor no lo cambia.
    pago["imputaciones"] = tabla_cuotas.imputaciones_de_pago(db, pago_id, origen="pago")
    pago["recibo"] = numero_recibo(pago["recibo_anio"], pago["recibo_numero"])
    pago["pais_nombre"] = nombre_pais(pago["pais"])
    return pago


def listar_pagos(contexto: Contexto, miembro_id: int | None = None) -> list[PagoListado]:
    db, asociacion_id = contexto.db, contexto.asociacion_id
    pagos = tabla_cuotas.pagos_de(db, asociacion_id, miembro_id)
    for p in pagos:
        p["recibo"] = numero_recibo(p["recibo_anio"], p["recibo_numero"])
    return pagos
