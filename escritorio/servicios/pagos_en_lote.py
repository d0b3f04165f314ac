"""Muchos pagos de una vez (las líneas de un extracto bancario, los años anteriores de una red que empieza a usar el
programa): `registrar_pagos` en UNA transacción y `prever_pagos` sin escribir, cada pago con las mismas reglas que
`pagos.registrar_pago` y con los saldos que dejaron los anteriores; las cuentas de todos los miembros se leen una vez
(`Cuentas`)."""

from collections.abc import Callable, Iterable
from datetime import date

from ..datos import cuotas as tabla_cuotas
from ..datos import miembros as tabla_miembros
from ..datos.conexion import transaccion
from ..datos.dialecto import estadisticas_al_dia
from ..dominio import entrada
from ..dominio.cuotas import Escala, escala_para
from ..dominio.morosidad import saldo_del_cargo
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorValidacion
from .contexto import Contexto
from .pagos import (Lecturas, NuevoPago, PagoRegistrado, PrevisionPago, columnas_del_pago, con_saldo,
                    miembro_de_la_asociacion, pago_registrado, prever)


class Cuentas(Lecturas):
    """Las cuentas de todos los miembros leídas de una vez, dentro de la transacción de `registrar_pagos`: las mismas
    respuestas que `Lecturas` (la misma regla de cada una sobre las mismas filas) sin una consulta por pago. Cada
    pago registrado se descuenta de los saldos (`imputar`), para que el siguiente vea lo que dejó."""

    def __init__(self, contexto: Contexto, miembros: Iterable[int | None] | None = None):
        """`miembros`: los de los pagos que se van a prever (los demás no se leen: un extracto de 5.000 líneas sobre
        100.000 miembros con diez años lee sus 50.000 cargos, no el millón). Sin `miembros`, los de todos."""
        super().__init__(contexto)
        db, asociacion_id = contexto.db, contexto.asociacion_id
        self._miembros = {fila[0] for fila in tabla_miembros.nombres_y_paises(db, asociacion_id)}
        # Por miembro: las monedas de sus cargos y la del que vence último (la de `moneda_de_cargos`).
        self._monedas: dict[int, set[str]] = {}
        self._ultimo: dict[int, tuple[str, int, str]] = {}   # miembro -> (vencimiento, id, moneda)
        self._por_id: dict[int, dict] = {}
        # (miembro, moneda) -> los cargos con saldo, en el orden de `saldos_de_cargos` (miembro, vencimiento, id):
        # el de `cargos_pendientes`. Solo ellos se guardan enteros (un renglón por cargo): con 100.000 miembros y
        # diez años son un millón de cargos, casi todos pagados, y de ellos basta la moneda y el vencimiento.
        self._con_saldo: dict[tuple[int, str], list[dict]] = {}
        buscados = None if miembros is None else {m for m in miembros if m in self._miembros}
        columnas, filas = tabla_cuotas.saldos_de_cargos_en_filas(db, asociacion_id, "9999-12-31", buscados)
        self._leidos = buscados
        i_id, i_miembro, i_moneda, i_vence, i_importe, i_pagado = (
            columnas.index(c) for c in ("id", "miembro_id", "moneda", "vencimiento", "importe", "pagado"))
        monedas, ultimo = self._monedas, self._ultimo
        for fila in filas:
            miembro, moneda = fila[i_miembro], fila[i_moneda]
            suyas = monedas.get(miembro)
            if suyas is None:
                monedas[miembro] = {moneda}
            else:
                suyas.add(moneda)
            clave = (fila[i_vence], fila[i_id], moneda)
            anterior = ultimo.get(miembro)
            if anterior is None or clave[:2] > anterior[:2]:
                ultimo[miembro] = clave
            if saldo_del_cargo(fila[i_importe], fila[i_pagado]) > 0:
                cargo = con_saldo(dict(zip(columnas, fila)))
                self._por_id[cargo["id"]] = cargo
                self._con_saldo.setdefault((miembro, moneda), []).append(cargo)
        self._escalas = [Escala.de_fila(f) for f in tabla_cuotas.escalas(db, asociacion_id)]
        self._monedas_de_escalas = {e.moneda for e in self._escalas}
        self._recibos: dict[int, int] = {}   # año -> el último número de recibo, una vez leído

    def proximo_recibo(self, anio: int) -> int:
        """El número del recibo siguiente del año (datos.cuotas.proximo_recibo, leído una vez por año: la base está
        tomada y solo esta escritura agrega recibos)."""
        if anio not in self._recibos:
            self._recibos[anio] = tabla_cuotas.proximo_recibo(self.contexto.db, self.contexto.asociacion_id, anio) - 1
        self._recibos[anio] += 1
        return self._recibos[anio]

    def exigir_miembro(self, miembro_id: int) -> None:
        if (isinstance(miembro_id, bool) or not isinstance(miembro_id, int)
                or miembro_id not in self._miembros):
            miembro_de_la_asociacion(self.contexto, miembro_id)   # el mensaje de siempre

    def _exigir_leido(self, miembro_id: int) -> None:
        if self._leidos is not None and miembro_id not in self._leidos:
            raise ValueError(f"las cuentas no leyeron los cargos del miembro {miembro_id}")

    def monedas_de_cargos(self, miembro_id: int) -> set[str]:
        self._exigir_leido(miembro_id)
        return set(self._monedas.get(miembro_id, ()))

    def monedas_de_escalas(self) -> set[str]:
        return set(self._monedas_de_escalas)

    def moneda_de_cargos(self, miembro_id: int, fecha: date) -> str | None:
        # La del cargo que vence último (datos.cuotas.moneda_de_los_ultimos_cargos; los cargos no cambian mientras se
        # registran los pagos); sin cargos, la de la escala.
        self._exigir_leido(miembro_id)
        ultimo = self._ultimo.get(miembro_id)
        if ultimo is not None:
            return ultimo[2]
        escala = escala_para(self._escalas, fecha.year)
        return escala.moneda if escala else None

    def pendientes(self, miembro_id: int, moneda: str) -> list[dict]:
        self._exigir_leido(miembro_id)
        return list(self._con_saldo.get((miembro_id, moneda), []))

    def imputar(self, imputaciones: list[tuple[int, int]]) -> None:
        for cargo_id, monto in imputaciones:
            cargo = self._por_id[cargo_id]
            cargo["pagado"] += monto
            con_saldo(cargo)
            if cargo["saldo"] <= 0:
                self._con_saldo[(cargo["miembro_id"], cargo["moneda"])].remove(cargo)


def prever_pagos(contexto: Contexto, nuevos: list[NuevoPago]) -> list[PrevisionPago]:
    """Lo que haría `registrar_pagos` con cada pago, en el orden dado (cada uno con los saldos que dejaron los
    anteriores), sin escribir nada: las cuentas se leen una vez. Un pago con problemas no descuenta nada."""
    cuentas = Cuentas(contexto, [nuevo.miembro_id for nuevo in nuevos])
    previsiones = []
    for nuevo in nuevos:
        prevision = prever(cuentas, nuevo)
        if not prevision.problemas:
            cuentas.imputar(prevision.imputaciones)
        previsiones.append(prevision)
    return previsiones


def registrar_pagos(contexto: Contexto, nuevos: list[NuevoPago],
                    nombrar: Callable[[int, NuevoPago], str] | None = None) -> list[PagoRegistrado]:
    """Registra muchos pagos seguidos (los de años anteriores de una red que empieza a usar el programa, las líneas
    de un extracto bancario), en el orden dado y en UNA transacción: cada uno con las mismas reglas que
    `registrar_pago` y con los saldos que dejaron los anteriores, y su recibo el siguiente de su año. Si uno no se
    puede registrar no se registra ninguno: ErrorValidacion con sus problemas y cuál es (`nombrar(orden, nuevo)` lo
    dice a su manera: «Fila 12 del extracto:»). Las cuentas se leen una vez y los pagos se escriben de una vez, con
    la base tomada."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    registrados, pagos, imputaciones, recibos = [], [], [], []
    with transaccion(db):
        cuentas = Cuentas(contexto, [nuevo.miembro_id for nuevo in nuevos])
        siguiente = tabla_cuotas.proximo_id_de_pago(db)
        for orden, nuevo in enumerate(nuevos, start=1):
            prevision = prever(cuentas, nuevo)
            if prevision.problemas:
                cual = nombrar(orden, nuevo) if nombrar else traducir("Pago {0} de {1} (miembro {2}, {3}):").format(
                    orden, len(nuevos), nuevo.miembro_id, formato.fecha(nuevo.fecha) if isinstance(nuevo.fecha, date)
                    else entrada.muestra(nuevo.fecha))
                raise ErrorValidacion(traducir("No se registró ningún pago.") + " " + cual + "\n"
                                      + "\n".join(f"  - {p}" for p in prevision.problemas), prevision.problemas)
            pago_id = siguiente + len(pagos)
            numero = cuentas.proximo_recibo(nuevo.fecha.year)
            pagos.append((pago_id, *columnas_del_pago(contexto, nuevo, prevision)))
            imputaciones += [(pago_id, cargo_id, monto) for cargo_id, monto in prevision.imputaciones]
            recibos.append((asociacion_id, nuevo.fecha.year, numero, pago_id))
            registrados.append(pago_registrado(nuevo, prevision, pago_id, numero))
            cuentas.imputar(prevision.imputaciones)
        tabla_cuotas.insertar_pagos(db, pagos, imputaciones, recibos)
        estadisticas_al_dia(db)   # en el servidor: lo que siga (la deuda de cada miembro) se planea con estas filas
    return registrados
