"""Morosidad: siempre calculada a partir de cargos e imputaciones, nunca escrita a mano.

También la regla de los estatutos «N cuotas anuales impagas suspenden el derecho a voto» (Estatuto de la demo,
art. 9), con dos precisiones:

- La morosidad nunca cuenta tiempo anterior al ingreso del miembro: un cargo es exigible desde
  max(vencimiento, fecha de ingreso) (`exigible_desde`); los días de atraso se cuentan desde ahí.
- Tolerancia (del reglamento; en la demo, Reglamento de cuotas, art. 5): una cuota cuyo saldo no supera la
  tolerancia — `unidades` enteras de la moneda del cargo, o `porcentaje` de su importe, la mayor de las dos — no
  cuenta como impaga para suspender el voto. El saldo sigue siendo deuda: figura en la morosidad y en la cuenta.

La deuda vencida de todos (por miembro y moneda, con su antigüedad y el derecho a voto) se calcula en SQL:
datos/morosidad.py es su única implementación (su oráculo de prueba, en Python: tests/oraculos/morosidad.py). Aquí,
las piezas: el saldo de un cargo, la tolerancia, la deuda de un miembro, desde cuándo no vota, los avisos.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from .dinero import decimales
from .traduccion import traducir

# Las etiquetas son también las claves de `Deuda.por_antiguedad` (las columnas de la morosidad calculada en SQL,
# datos/morosidad.py): quedan en castellano y se traducen donde se escriben, `traducir(etiqueta)` (la planilla, la
# ventana).
TRAMOS_ANTIGUEDAD = ((90, "1 a 90 días"), (180, "91 a 180 días"), (365, "181 a 365 días"), (None, "Más de 365 días"))


@dataclass(frozen=True)
class SaldoCargo:
    """Un cargo con lo que se le imputó: el único lugar donde se calcula lo que falta pagar (`saldo`).

    `importe` y `pagado` en unidades menores de `moneda` (lo pagado ya está en la moneda del cargo). Quien solo
    necesita el saldo da importe, pagado y moneda; la morosidad usa además el cargo, el año y el vencimiento."""
    cargo_id: int | None = None
    miembro_id: int | None = None
    tipo_cargo: str | None = None
    anio: int | None = None
    importe: int = 0
    pagado: int = 0
    moneda: str | None = None
    vencimiento: date | None = None
    ingreso: date | None = None   # fecha de ingreso del miembro

    @classmethod
    def de_fila(cls, fila: dict, ingreso: date | None = None) -> "SaldoCargo":
        """Desde un renglón de cargos con su columna `pagado` (datos.cuotas.saldos_de_cargos y afines)."""
        vencimiento = fila.get("vencimiento")
        return cls(fila.get("id"), fila.get("miembro_id"), fila.get("tipo_cargo"), fila.get("anio"), fila["importe"],
                   fila["pagado"], fila.get("moneda"),
                   date.fromisoformat(vencimiento) if isinstance(vencimiento, str) else vencimiento, ingreso)

    @property
    def saldo(self) -> int:
        """Lo que falta pagar; nunca negativo (lo pagado de más queda como saldo a favor del miembro, no del cargo)."""
        return saldo_del_cargo(self.importe, self.pagado)

    @property
    def exigible(self) -> date:
        return exigible_desde(self.vencimiento, self.ingreso)


def saldo_del_cargo(importe: int, pagado: int) -> int:
    """La regla de `SaldoCargo.saldo`, para quien tiene solo los dos números (las cuentas de un lote de pagos leen
    cientos de miles de cargos: sin armar un SaldoCargo por cada uno)."""
    return max(importe - pagado, 0)


def exigible_desde(vencimiento: date, ingreso: date | None) -> date:
    """Desde cuándo cuenta el atraso de un cargo: nunca antes del ingreso del miembro."""
    return max(vencimiento, ingreso) if ingreso else vencimiento


@dataclass(frozen=True)
class Tolerancia:
    """Un saldo mínimo no suspende el voto: hasta `unidades` enteras de la moneda del cargo o hasta `porcentaje` % de
    su importe (la mayor de las dos). Sin ninguna (0 y 0), todo saldo cuenta."""
    porcentaje: int = 0
    unidades: int = 0
    articulo: str | None = None

    def maximo(self, importe: int, moneda: str) -> int:
        """El saldo tolerado de un cargo, en unidades menores de su moneda."""
        por_unidades = self.unidades * 10 ** decimales(moneda) if self.unidades else 0
        por_porcentaje = importe * self.porcentaje // 100 if self.porcentaje else 0
        return max(por_unidades, por_porcentaje)

    def tolera(self, saldo: int, importe: int, moneda: str) -> bool:
        return 0 < saldo <= self.maximo(importe, moneda)

    @property
    def activa(self) -> bool:
        return bool(self.porcentaje or self.unidades)

    def texto(self) -> str:
        """«Un saldo de hasta 1 unidad de la moneda de la cuota no suspende el voto (Reglamento de cuotas, art. 5).»,
        en el idioma en curso."""
        if not self.activa:
            return traducir("Todo saldo impago cuenta para suspender el voto (sin tolerancia).")
        partes = []
        if self.unidades:
            partes.append((traducir("{0} unidad de la moneda de la cuota") if self.unidades == 1 else
                           traducir("{0} unidades de la moneda de la cuota")).format(self.unidades))
        if self.porcentaje:
            partes.append(traducir("el {0} % de la cuota").format(self.porcentaje))
        cita = f" ({self.articulo})" if self.articulo else ""
        if len(partes) == 2:
            return traducir("Un saldo de hasta {0} o {1} no suspende el voto{2}.").format(*partes, cita)
        return traducir("Un saldo de hasta {0} no suspende el voto{1}.").format(partes[0], cita)


@dataclass
class Deuda:
    miembro_id: int
    moneda: str
    total: int = 0
    cuotas_impagas: int = 0                       # cuotas anuales vencidas con saldo
    cuotas_toleradas: int = 0                     # de ellas, con un saldo dentro de la tolerancia (no suspenden)
    anios: list[int] = field(default_factory=list)
    por_antiguedad: dict[str, int] = field(default_factory=dict)
    mas_antiguo: date | None = None
    puede_votar: bool = True
    de_baja: bool = False                         # dado de baja a la fecha: no vota (y su deuda sigue siendo deuda)

    @property
    def morosa(self) -> bool:
        return self.total > 0

    @property
    def cuotas_que_suspenden(self) -> int:
        """Las cuotas impagas que cuentan para suspender el voto (las de saldo tolerado, no)."""
        return self.cuotas_impagas - self.cuotas_toleradas


def voto_perdido_desde(cuotas: Iterable[tuple[SaldoCargo, Iterable[tuple[date, int]]]], al: date,
                       cuotas_para_suspender: int | None, tolerancia: Tolerancia | None = None) -> date | None:
    """Desde qué día, sin interrupción hasta `al`, el miembro no vota por cuotas impagas; None si al día `al` vota.

    `cuotas`: cada cuota anual del miembro (su importe, moneda, vencimiento e ingreso) con los pagos que se le
    imputaron (fecha, importe; los anulados no cuentan). Un día `d` no vota si debe `cuotas_para_suspender` cuotas
    exigibles antes de `d` con un saldo a ese día que no esté dentro de la tolerancia: la regla de la morosidad
    (datos/morosidad.py) mirada hacia atrás. El estado solo cambia el día siguiente a que una cuota se vuelve
    exigible o el día de un pago: se recorren esos días del último al primero hasta el primero de la suspensión que
    sigue hoy."""
    if cuotas_para_suspender is None:
        return None
    tolerancia = tolerancia or Tolerancia()
    anuales = [(c, [(f, i) for f, i in pagos]) for c, pagos in cuotas if c.tipo_cargo == "cuota_anual"]

    def sin_voto(dia: date) -> bool:
        impagas = 0
        for cuota, pagos in anuales:
            if cuota.exigible >= dia:
                continue
            saldo = max(cuota.importe - sum(i for f, i in pagos if f <= dia), 0)
            if saldo > 0 and not tolerancia.tolera(saldo, cuota.importe, cuota.moneda):
                impagas += 1
        return impagas >= cuotas_para_suspender

    if not sin_voto(al):
        return None
    cambios = {c.exigible + timedelta(days=1) for c, _ in anuales} | {f for _, pagos in anuales for f, _ in pagos}
    for dia in sorted((d for d in cambios if d <= al), reverse=True):
        if not sin_voto(dia - timedelta(days=1)):
            return dia
    return None


def puede_votar(cuotas_impagas: int, cuotas_para_suspender: int | None) -> bool:
    """Sin regla en los estatutos, nadie pierde el voto por deber cuotas."""
    return cuotas_para_suspender is None or cuotas_impagas < cuotas_para_suspender


def siguiente_aviso(dias_vencido: int, niveles: list[int], ultimo_nivel: int = 0,
                    dias_desde_el_ultimo: int | None = None) -> int | None:
    """El aviso que toca a un cargo: siempre el siguiente al último enviado (nunca el 3.º sin el 1.º y el 2.º), y
    solo cuando el atraso llegó a sus días y, desde el aviso anterior, pasó lo que separa los dos escalones
    (con 30,90,180: el 2.º a los 90 días de atraso y 60 después del 1.º). None si todavía no toca (o ya se
    enviaron todos)."""
    escalones = sorted(niveles)
    if ultimo_nivel >= len(escalones) or dias_vencido < escalones[ultimo_nivel]:
        return None
    if ultimo_nivel and (dias_desde_el_ultimo is None
                         or dias_desde_el_ultimo < escalones[ultimo_nivel] - escalones[ultimo_nivel - 1]):
        return None
    return ultimo_nivel + 1


def dia_del_aviso(exigible: date, niveles: list[int], ultimo_nivel: int = 0,
                  enviado_el: date | None = None) -> date | None:
    """Desde qué día toca a un cargo su aviso siguiente (el `ultimo_nivel` + 1), con la regla de `siguiente_aviso`
    mirada como fecha: el día en que su atraso (desde `exigible`) llega a los días de ese escalón y, desde el aviso
    anterior (`enviado_el`), pasó lo que separa los dos. None si ya se enviaron todos (o, sin la fecha del anterior,
    no se puede saber)."""
    escalones = sorted(niveles)
    if ultimo_nivel >= len(escalones):
        return None
    dia = exigible + timedelta(days=escalones[ultimo_nivel])
    if ultimo_nivel:
        if enviado_el is None:
            return None
        dia = max(dia, enviado_el + timedelta(days=escalones[ultimo_nivel] - escalones[ultimo_nivel - 1]))
    return dia


def aviso_que_toca(cargo: SaldoCargo, al: date, niveles: list[int], ultimo_nivel: int = 0,
                   enviado_el: date | None = None) -> tuple[int, date] | None:
    """El aviso que toca al cargo el día `al` y desde cuándo le toca: (nivel, día), o None si no tiene saldo, todavía
    no es exigible o no le toca ninguno. La usan las cartas de aviso (servicios.cobranza.preparar_avisos) y la agenda
    de próximos pasos: una sola regla."""
    exigible = cargo.exigible
    if cargo.saldo <= 0 or exigible >= al:
        return None
    desde_el_ultimo = (al - enviado_el).days if enviado_el is not None else None
    nivel = siguiente_aviso((al - exigible).days, niveles, ultimo_nivel, desde_el_ultimo)
    if nivel is None:
        return None
    return nivel, dia_del_aviso(exigible, niveles, ultimo_nivel, enviado_el)


def leer_niveles(texto: str) -> list[int]:
    """'30,90,180' -> [30, 90, 180]."""
    try:
        niveles = sorted({int(p) for p in texto.split(",") if p.strip()})
    except ValueError:
        raise ValueError(f"«{texto}» no es una lista de días (ejemplo: 30,90,180)") from None
    if not niveles or niveles[0] <= 0:
        raise ValueError("los niveles de aviso son días de atraso mayores que cero (ejemplo: 30,90,180)")
    return niveles


def imputar_por_antiguedad(disponible: int, pendientes: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], int]:
    """Reparte `disponible` entre cargos (cargo_id, saldo) ya ordenados del más viejo al más nuevo.

    Devuelve las imputaciones (cargo_id, importe) y lo que sobra (saldo a favor).
    """
    imputaciones = []
    for cargo_id, saldo in pendientes:
        if disponible <= 0:
            break
        importe = min(saldo, disponible)
        if importe > 0:
            imputaciones.append((cargo_id, importe))
            disponible -= importe
    return imputaciones, disponible


def texto_del_voto(deuda: "Deuda") -> str:
    """«Sí», «Suspendido» o «No (de baja)»: el derecho a voto de una fila de la morosidad, en el idioma en curso."""
    from .traduccion import traducir

    if deuda.de_baja:
        return traducir("No (de baja)")
    return traducir("Sí") if deuda.puede_votar else traducir("Suspendido")
