"""Pagos: registrar con imputación (automática del más viejo al más nuevo, o elegida), recibos numerados
por asociación y año, saldo a favor y anulación con motivo. Un pago nunca se borra."""

from dataclasses import dataclass
from datetime import date

from sqlite_utils import Database

from ..datos import cuotas as tabla
from ..datos.conexion import transaccion
from ..dominio.cuotas import MEDIOS_PAGO
from ..dominio.dinero import a_unidades_menores, convertir, formatear, leer_decimal
from ..dominio.morosidad import imputar_por_antiguedad
from ..dominio.paises import nombre_pais
from ..errores import ErrorEscritorio, ErrorValidacion
from .base import hoy as fecha_de_hoy


@dataclass
class NuevoPago:
    miembro_id: int
    fecha: date
    monto: str                       # como lo escribe la persona: "250.00"
    moneda: str
    medio: str = "transferencia"
    referencia: str | None = None
    tipo_cambio: str | None = None   # unidades de `moneda` por 1 unidad de la moneda de los cargos
    moneda_cargos: str | None = None  # por defecto, la de los cargos pendientes del miembro
    imputaciones: dict[int, str] | None = None  # cargo_id -> monto elegido a mano (en moneda de los cargos)


@dataclass
class PagoRegistrado:
    pago_id: int
    recibo: str
    imputado: int
    a_favor: int
    moneda: str

    def resumen(self) -> str:
        texto = f"Pago registrado con el recibo {self.recibo}: imputado {formatear(self.imputado, self.moneda)}"
        if self.a_favor:
            texto += f"; queda {formatear(self.a_favor, self.moneda)} a favor del miembro"
        return texto


def numero_recibo(anio: int, numero: int) -> str:
    return f"{numero:04d}/{anio}"


def _miembro(db: Database, asociacion_id: int, miembro_id: int) -> dict:
    fila = next(db.query("SELECT id, nombre FROM miembros WHERE id = ? AND asociacion_id = ?", [miembro_id, asociacion_id]), None)
    if fila is None:
        raise ErrorEscritorio(f"No existe el miembro con id {miembro_id} en esta asociación.")
    return fila


def cargos_pendientes(db: Database, asociacion_id: int, miembro_id: int, moneda: str) -> list[dict]:
    """Los cargos del miembro en esa moneda que todavía tienen saldo (con `importe` y `pagado`)."""
    return [c for c in tabla.saldos_de_cargos(db, asociacion_id, "9999-12-31", miembro_id=miembro_id)
            if c["moneda"] == moneda and c["importe"] - c["pagado"] > 0]


def monedas_con_deuda(db: Database, asociacion_id: int, miembro_id: int) -> list[str]:
    """Las monedas en que el miembro tiene cargos con saldo, de la más antigua a la más reciente."""
    monedas: list[str] = []
    for c in sorted(tabla.saldos_de_cargos(db, asociacion_id, "9999-12-31", miembro_id=miembro_id),
                    key=lambda c: c["vencimiento"]):
        if c["importe"] - c["pagado"] > 0 and c["moneda"] not in monedas:
            monedas.append(c["moneda"])
    return monedas


def moneda_de_cargos(db: Database, asociacion_id: int, miembro_id: int, fecha: date) -> str | None:
    """La moneda de los últimos cargos del miembro; si aún no tiene, la de la escala que rige ese año."""
    fila = db.execute("SELECT moneda FROM cargos WHERE asociacion_id = ? AND miembro_id = ? ORDER BY vencimiento DESC LIMIT 1",
                      [asociacion_id, miembro_id]).fetchone()
    if fila:
        return fila[0]
    from .cuotas import escala_para, listar_escalas

    escala = escala_para(listar_escalas(db, asociacion_id), fecha.year)
    return escala.moneda if escala else None


def registrar_pago(db: Database, asociacion_id: int, nuevo: NuevoPago) -> PagoRegistrado:
    _miembro(db, asociacion_id, nuevo.miembro_id)
    problemas = []
    moneda = (nuevo.moneda or "").upper()
    moneda_cargos = (nuevo.moneda_cargos or moneda_de_cargos(db, asociacion_id, nuevo.miembro_id, nuevo.fecha)
                     or moneda).upper()
    if nuevo.moneda_cargos:
        posibles = {fila[0] for fila in db.execute(
            "SELECT DISTINCT moneda FROM cargos WHERE asociacion_id = ? AND miembro_id = ?",
            [asociacion_id, nuevo.miembro_id])}
        # También las monedas de las escalas: un pago adelantado en la moneda de la escala nueva.
        posibles |= {fila[0] for fila in db.execute("SELECT DISTINCT moneda FROM escalas WHERE asociacion_id = ?",
                                                    [asociacion_id])}
        if posibles and moneda_cargos not in posibles:
            problemas.append(f"El miembro no tiene cargos en {moneda_cargos}: el pago se imputa a los cargos en "
                             f"{' o '.join(sorted(m for m in posibles if m))}.")
    importe = tipo_cambio = None
    try:
        importe = a_unidades_menores(nuevo.monto, moneda)
        if importe <= 0:
            problemas.append("El monto debe ser mayor que cero.")
    except (ValueError, KeyError) as error:
        problemas.append(f"Monto: {error}.")
    if nuevo.medio not in MEDIOS_PAGO:
        problemas.append(f"Medio de pago «{nuevo.medio}» desconocido; use {', '.join(MEDIOS_PAGO)}.")
    if nuevo.fecha > fecha_de_hoy():
        problemas.append("La fecha del pago está en el futuro.")
    if moneda != moneda_cargos:
        if not nuevo.tipo_cambio:
            problemas.append(f"El pago es en {moneda} y los cargos en {moneda_cargos}: indique el tipo de cambio "
                             f"({moneda} por 1 {moneda_cargos}).")
        else:
            try:
                tipo_cambio = leer_decimal(nuevo.tipo_cambio)
                if tipo_cambio <= 0:
                    raise ValueError
            except ValueError:
                problemas.append(f"El tipo de cambio «{nuevo.tipo_cambio}» no es un número mayor que cero.")
    if problemas:
        raise ErrorValidacion("No se registró el pago:\n" + "\n".join(f"  - {p}" for p in problemas), problemas)
    imputable = convertir(importe, moneda, tipo_cambio, moneda_cargos) if tipo_cambio else importe
    with transaccion(db):
        # Los saldos se leen con la base tomada: dos pagos registrados a la vez (dos ventanas, la CLI) no
        # imputan dos veces la misma deuda.
        pendientes = cargos_pendientes(db, asociacion_id, nuevo.miembro_id, moneda_cargos)
        imputaciones = _imputaciones(nuevo, pendientes, imputable, moneda_cargos)
        pago_id = db.execute(tabla.INSERTAR_PAGO, [
            asociacion_id, nuevo.miembro_id, nuevo.fecha.isoformat(), importe, moneda,
            str(tipo_cambio) if tipo_cambio else None, moneda_cargos, imputable, nuevo.medio,
            (nuevo.referencia or "").strip() or None]).lastrowid
        db.conn.executemany(tabla.INSERTAR_IMPUTACION, [(pago_id, cargo, monto) for cargo, monto in imputaciones])
        numero = tabla.proximo_recibo(db, asociacion_id, nuevo.fecha.year)
        db.execute("INSERT INTO recibos (asociacion_id, anio, numero, pago_id) VALUES (?, ?, ?, ?)",
                   [asociacion_id, nuevo.fecha.year, numero, pago_id])
    imputado = sum(m for _, m in imputaciones)
    return PagoRegistrado(pago_id, numero_recibo(nuevo.fecha.year, numero), imputado, imputable - imputado, moneda_cargos)


def _imputaciones(nuevo: NuevoPago, pendientes: list[dict], disponible: int, moneda: str) -> list[tuple[int, int]]:
    if not nuevo.imputaciones:
        imputaciones, _ = imputar_por_antiguedad(disponible, [(c["id"], c["importe"] - c["pagado"]) for c in pendientes])
        return imputaciones
    saldos = {c["id"]: c["importe"] - c["pagado"] for c in pendientes}
    elegidas, problemas = [], []
    for cargo_id, texto in nuevo.imputaciones.items():
        try:
            monto = a_unidades_menores(texto, moneda)
        except ValueError as error:
            problemas.append(f"Imputación al cargo {cargo_id}: {error}.")
            continue
        if cargo_id not in saldos:
            problemas.append(f"El cargo {cargo_id} no es un cargo pendiente de este miembro.")
        elif monto > saldos[cargo_id]:
            problemas.append(f"Al cargo {cargo_id} se imputan {formatear(monto, moneda)} pero solo debe "
                             f"{formatear(saldos[cargo_id], moneda)}.")
        elif monto > 0:
            elegidas.append((cargo_id, monto))
    if sum(m for _, m in elegidas) > disponible:
        problemas.append(f"Las imputaciones suman más que el pago ({formatear(disponible, moneda)}).")
    if problemas:
        raise ErrorValidacion("No se registró el pago:\n" + "\n".join(f"  - {p}" for p in problemas), problemas)
    return elegidas


def anular_pago(db: Database, asociacion_id: int, pago_id: int, motivo: str) -> None:
    """El pago queda anulado con su motivo: deja de contar, su recibo se imprime ANULADO y no se borra."""
    if not motivo or not motivo.strip():
        raise ErrorEscritorio("Indique el motivo de la anulación (por ejemplo: «Cheque rechazado»).")
    with transaccion(db):  # leído con la base tomada: otra ventana pudo anularlo recién
        pago = tabla.pago(db, pago_id)
        if pago is None or pago["asociacion_id"] != asociacion_id:
            raise ErrorEscritorio(f"No existe el pago {pago_id} en esta asociación.")
        if pago["anulado_en"]:
            cuando = "/".join(reversed(pago["anulado_en"][:10].split("-")))
            raise ErrorEscritorio(f"El pago {pago_id} ya fue anulado el {cuando}: {pago['motivo_anulacion']}.")
        db.execute("UPDATE pagos SET anulado_en = datetime('now'), motivo_anulacion = ? WHERE id = ?", [motivo.strip(), pago_id])


def aplicar_saldos_a_favor(db: Database, asociacion_id: int, moneda: str) -> None:
    """Dentro de una transacción abierta: el saldo a favor de cada miembro cubre sus cargos pendientes."""
    con_credito = [f[0] for f in db.execute(
        """SELECT DISTINCT p.miembro_id FROM pagos p WHERE p.asociacion_id = ? AND p.anulado_en IS NULL
           AND p.moneda_imputacion = ?
           AND p.importe_imputable > coalesce((SELECT sum(importe) FROM imputaciones WHERE pago_id = p.id), 0)""",
        [asociacion_id, moneda])]
    for miembro_id in con_credito:
        pendientes = [(c["id"], c["importe"] - c["pagado"]) for c in db.query(
            """SELECT c.id, c.importe, coalesce((SELECT sum(i.importe) FROM imputaciones i JOIN pagos p ON p.id = i.pago_id
                 WHERE i.cargo_id = c.id AND p.anulado_en IS NULL), 0) AS pagado
               FROM cargos c WHERE c.miembro_id = ? AND c.moneda = ? ORDER BY c.vencimiento, c.id""", [miembro_id, moneda])
            if c["importe"] > c["pagado"]]
        for pago_id, resto in tabla.pagos_con_resto(db, miembro_id, moneda):
            imputaciones, _ = imputar_por_antiguedad(resto, pendientes)
            db.conn.executemany(tabla.INSERTAR_IMPUTACION_DE_SALDO, [(pago_id, c, m) for c, m in imputaciones])
            cubiertos = dict(imputaciones)
            pendientes = [(c, s - cubiertos.get(c, 0)) for c, s in pendientes if s - cubiertos.get(c, 0) > 0]


def obtener_pago(db: Database, asociacion_id: int, pago_id: int) -> dict:
    pago = tabla.pago(db, pago_id)
    if pago is None or pago["asociacion_id"] != asociacion_id:
        raise ErrorEscritorio(f"No existe el pago {pago_id} en esta asociación.")
    # El recibo muestra lo que se imputó al cobrar; lo aplicado después desde el saldo a favor no lo cambia.
    pago["imputaciones"] = tabla.imputaciones_de_pago(db, pago_id, origen="pago")
    pago["recibo"] = numero_recibo(pago["recibo_anio"], pago["recibo_numero"])
    pago["pais_nombre"] = nombre_pais(pago["pais"])
    return pago


def listar_pagos(db: Database, asociacion_id: int, miembro_id: int | None = None) -> list[dict]:
    pagos = tabla.pagos_de(db, asociacion_id, miembro_id)
    for p in pagos:
        p["recibo"] = numero_recibo(p["recibo_anio"], p["recibo_numero"])
    return pagos
