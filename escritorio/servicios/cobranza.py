"""Lo que se debe y lo que se cobró: morosidad, derecho a voto, estado de cuenta, padrón de cuotas y avisos."""

from dataclasses import dataclass, field
from datetime import date

from ..datos.base_de_datos import BaseDeDatos

from ..datos import asociaciones as tabla_asociaciones
from ..datos import cuotas as tabla_cuotas
from ..datos import miembros as tabla_miembros
from ..datos import morosidad as tabla_morosidad
from ..datos import organos as tabla_organos
from ..dominio.cuotas import TIPOS_CARGO
from ..dominio.dinero import formatear
from ..dominio.morosidad import (TRAMOS_ANTIGUEDAD, Deuda, SaldoCargo, Tolerancia, aviso_que_toca, leer_niveles,
                                 puede_votar, voto_perdido_desde)
from ..dominio.paises import nombre_pais
from ..dominio.puerta import segun_la_puerta
from ..dominio.traduccion import traducir
from ..dominio import formato
from ..errores import ErrorEscritorio
from .base import hoy as fecha_de_hoy
from .contexto import Contexto
from .cuotas import listar_escalas
from .miembros import listar_miembros, miembro_vigente
from .orden_alfabetico import clave_de_la_asociacion
from .pagos import listar_pagos, moneda_de_cargos, numero_recibo


def _saldos(db: BaseDeDatos, asociacion_id: int, al: date) -> list[SaldoCargo]:
    """Los saldos de los cargos, cada uno con la fecha de ingreso de su miembro (el atraso no cuenta tiempo anterior)."""
    ingresos = {m: date.fromisoformat(f) for m, f in tabla_cuotas.fechas_de_ingreso(db, asociacion_id).items()}
    return [SaldoCargo(c, m, t, a, i, p, mon, date.fromisoformat(v), ingresos.get(m))
            for c, m, t, a, i, p, mon, v in tabla_cuotas.saldos_agrupados(db, asociacion_id, al.isoformat())]


def _regla(db: BaseDeDatos, asociacion_id: int) -> tuple[int | None, str | None]:
    asociacion = tabla_asociaciones.por_id(db, asociacion_id)
    return asociacion["cuotas_para_suspender"], asociacion["articulo_suspension"]


def tolerancia(contexto: Contexto) -> Tolerancia:
    """La tolerancia de la morosidad que fija el reglamento (asociaciones.tolerancia_*)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    fila = tabla_asociaciones.por_id(db, asociacion_id) or {}
    return Tolerancia(fila.get("tolerancia_porcentaje") or 0, fila.get("tolerancia_unidades") or 0,
                      fila.get("articulo_tolerancia"))


_LIMITES_ANTIGUEDAD = tuple(limite for limite, _ in TRAMOS_ANTIGUEDAD)
_ETIQUETAS_ANTIGUEDAD = tuple(etiqueta for _, etiqueta in TRAMOS_ANTIGUEDAD)


def _deudas(contexto: Contexto, al: date, cuotas_para_suspender: int | None,
            miembro_id: int | None = None) -> list[Deuda]:
    """La deuda vencida de cada miembro y moneda, calculada en SQL (datos/morosidad.py: una fila por miembro y moneda,
    no un objeto por cargo), de la mayor a la menor; con `miembro_id`, solo las de ese miembro."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    tol = tolerancia(contexto)
    filas = tabla_morosidad.deudas_vencidas(db, asociacion_id, al.isoformat(), _LIMITES_ANTIGUEDAD,
                                            tol.maximo if tol.activa else None, miembro_id)
    tramos = len(_ETIQUETAS_ANTIGUEDAD)
    fechas: dict[str, date] = {}  # el vencimiento más antiguo se repite entre miembros: cada fecha, una vez
    return [Deuda(fila[0], fila[1], fila[2], fila[3], fila[4],
                  sorted(map(int, fila[5].split(","))) if fila[5] else [],
                  {etiqueta: saldo for etiqueta, saldo in zip(_ETIQUETAS_ANTIGUEDAD, fila[6:6 + tramos]) if saldo},
                  fechas.get(fila[6 + tramos]) or fechas.setdefault(fila[6 + tramos],
                                                                    date.fromisoformat(fila[6 + tramos])),
                  puede_votar(fila[7 + tramos], cuotas_para_suspender))
            for fila in filas]


def morosidad(contexto: Contexto, al: date | None = None) -> list[Deuda]:
    """La deuda vencida de cada miembro al día `al`, de la mayor a la menor. Quien está de baja a esa fecha sigue
    debiendo, pero no vota: `de_baja` y sin derecho a voto (no «suspendido»: ya no es miembro)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    al = al or fecha_de_hoy()
    cuotas, _ = _regla(db, asociacion_id)
    deudas = _deudas(contexto, al, cuotas)
    de_baja = _de_baja(db, asociacion_id, al)
    for d in deudas:
        if d.miembro_id in de_baja:
            d.de_baja, d.puede_votar = True, False
    return deudas


def _de_baja(db: BaseDeDatos, asociacion_id: int, al: date) -> set[int]:
    return {m for m, estado in tabla_organos.estados_al(db, asociacion_id, al.isoformat()).items() if estado == "baja"}


@dataclass
class DerechoAVoto:
    puede_votar: bool
    cuotas_impagas: int
    motivo: str                 # en el idioma en curso (el de la ventana o el del documento)
    desde: date | None = None   # sin voto: desde qué día, si se sabe (la baja, la suspensión o la cuota que la completó)
    causa: str | None = None    # sin voto: "baja", "suspendido" (el estado del miembro) o "cuotas" (cuotas impagas)


def derecho_a_voto(contexto: Contexto, miembro_id: int, al: date | None = None) -> DerechoAVoto:
    """Si un miembro puede votar en una fecha: no vota quien está dado de baja o suspendido (su estado a esa fecha)
    ni quien debe las cuotas impagas que, según los estatutos, suspenden el voto; el motivo lo dice con el artículo,
    y desde cuándo."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    al = al or fecha_de_hoy()
    cuotas, articulo = _regla(db, asociacion_id)
    tol = tolerancia(contexto)
    propias = _deudas(contexto, al, cuotas, miembro_id)
    impagas = sum(d.cuotas_que_suspenden for d in propias)
    toleradas = sum(d.cuotas_toleradas for d in propias)
    estado = _estado_al(db, miembro_id, al)
    if estado is not None and estado["estado"] == "baja":
        return DerechoAVoto(False, impagas, traducir("No vota: está dado de baja."), date.fromisoformat(estado["desde"]),
                            "baja")
    if estado is not None and estado["estado"] == "suspendido":
        desde = date.fromisoformat(estado["desde"])
        motivo = (estado.get("motivo") or "").strip()
        texto = (traducir("Miembro suspendido desde el {0}: {1}").format(formato.fecha(desde), motivo) if motivo
                 else traducir("Miembro suspendido desde el {0}.").format(formato.fecha(desde)))
        return DerechoAVoto(False, impagas, texto, desde, "suspendido")
    if cuotas is None:
        return DerechoAVoto(True, impagas, traducir("Los estatutos no suspenden el voto por cuotas impagas."))
    cita = f" ({articulo})" if articulo else ""
    aparte = ""
    if toleradas:
        cita_tol = f" ({tol.articulo})" if tol.articulo else ""
        aparte = " " + (traducir("Además debe un saldo mínimo de 1 cuota que no cuenta para suspender el voto{0}; "
                                 "sigue siendo deuda.").format(cita_tol) if toleradas == 1 else
                        traducir("Además debe saldos mínimos de {0} cuotas que no cuentan para suspender el voto{1}; "
                                 "sigue siendo deuda.").format(toleradas, cita_tol))
    debe = (traducir("Debe 1 cuota anual vencida") if impagas == 1
            else traducir("Debe {0} cuotas anuales vencidas").format(impagas))
    if impagas < cuotas:
        return DerechoAVoto(True, impagas, traducir("{0}; el voto se suspende con {1}{2}.").format(debe, cuotas, cita)
                            + aparte)
    from .voto_de_los_morosos import regla_del_voto_moroso  # los órganos que no aplican la suspensión

    texto = traducir("{0}; {1} o más suspenden el voto{2}.").format(debe, cuotas, cita) + aparte
    no_la_aplican = regla_del_voto_moroso(contexto, al=al).no_la_aplican
    if no_la_aplican:
        texto += " " + traducir("No se aplica en las sesiones de: {0}.").format(", ".join(no_la_aplican))
    return DerechoAVoto(False, impagas, texto, _sin_voto_desde(contexto, miembro_id, al, cuotas, tol), "cuotas")


def _sin_voto_desde(contexto: Contexto, miembro_id: int, al: date, cuotas: int, tol: Tolerancia) -> date | None:
    """Desde cuándo no vota por cuotas impagas (`dominio.morosidad.voto_perdido_desde`), con sus cuotas y pagos."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    ingreso = tabla_cuotas.fechas_de_ingreso(db, asociacion_id).get(miembro_id)
    pagos: dict[int, list[tuple[date, int]]] = {}
    for cargo_id, fecha, importe in tabla_morosidad.pagos_de_las_cuotas(db, miembro_id, al.isoformat()):
        pagos.setdefault(cargo_id, []).append((date.fromisoformat(fecha[:10]), importe))
    cuotas_del_miembro = [(SaldoCargo.de_fila(c, date.fromisoformat(ingreso) if ingreso else None), pagos.get(c["id"], []))
                          for c in tabla_cuotas.saldos_de_cargos(db, asociacion_id, al.isoformat(), miembro_id=miembro_id)]
    return voto_perdido_desde(cuotas_del_miembro, al, cuotas, tol)


def _estado_al(db: BaseDeDatos, miembro_id: int, al: date) -> dict | None:
    """El estado del miembro (activo, suspendido, baja) a la fecha `al`, con su desde y su motivo."""
    return next((e for e in tabla_miembros.historia(db, miembro_id)["estados"] if e["desde"] <= al.isoformat()), None)


def sin_derecho_a_voto(contexto: Contexto, al: date | None = None) -> set[int]:
    """Los miembros que al día `al` tienen el voto suspendido por deudas (para sesiones y quórum)."""
    return {d.miembro_id for d in morosidad(contexto, al) if not d.puede_votar}


# --- estado de cuenta ---------------------------------------------------------------------------

@dataclass
class Movimiento:
    fecha: date
    concepto: str                 # en el idioma en curso (el del documento, o el de la ventana)
    debe: int = 0
    haber: int = 0
    saldo: int = 0
    anulado: bool = False
    # El concepto en castellano, el idioma fuente: lo que entra en la huella del estado de cuenta emitido
    # (servicios.documentos), para que el mismo registro dé el mismo código en cualquier idioma. None: `concepto`.
    en_castellano: str | None = None

    @property
    def concepto_fuente(self) -> str:
        return self.concepto if self.en_castellano is None else self.en_castellano


@dataclass
class EstadoDeCuenta:
    """La cuenta de un miembro en una moneda. Los importes de monedas distintas nunca se suman: quien
    tuvo cargos en dos monedas (la escala cambió de moneda) tiene dos cuentas, cada una con su saldo."""

    miembro: dict
    moneda: str
    movimientos: list[Movimiento] = field(default_factory=list)
    saldo: int = 0          # positivo: debe; negativo: a favor
    vencido: int = 0
    otras_monedas: list[str] = field(default_factory=list)  # las otras cuentas del miembro, la más reciente primero


def estados_de_cuenta(contexto: Contexto, miembro_id: int, al: date | None = None) -> list[EstadoDeCuenta]:
    """Una cuenta por moneda, con su saldo corrido: la de la moneda en uso más reciente primero.

    Nunca está vacía: sin movimientos, devuelve una cuenta vacía en la moneda de sus cargos o de la escala.
    Un pago cuenta en la moneda de los cargos a los que se imputa (`moneda_imputacion`).
    """
    db, asociacion_id = contexto.db, contexto.asociacion_id
    al = al or fecha_de_hoy()
    miembro = miembro_vigente(contexto, miembro_id)
    if miembro is None:
        raise ErrorEscritorio(traducir("No existe el miembro con id {0} en esta asociación.").format(miembro_id))
    cargos = tabla_cuotas.saldos_de_cargos(db, asociacion_id, al.isoformat(), miembro_id=miembro_id)
    pagos = [p for p in listar_pagos(contexto, miembro_id) if p["fecha"] <= al.isoformat()]
    # Cuán reciente es cada moneda: por el último vencimiento de sus cargos ya devengados; una moneda
    # sin cargos (un pago adelantado en la moneda de la escala nueva), por la fecha de su último pago.
    # Un pago atrasado de una deuda vieja no vuelve «reciente» a la moneda vieja.
    por_cargos: dict[str, str] = {}
    for c in cargos:
        if _fecha_del_cargo(c, miembro["fecha_ingreso"]) <= al:
            por_cargos[c["moneda"]] = max(por_cargos.get(c["moneda"], ""), c["vencimiento"])
    por_pagos: dict[str, str] = {}
    for p in pagos:
        if not p["anulado_en"]:  # un pago anulado no vuelve «reciente» a una moneda
            por_pagos[p["moneda_imputacion"]] = max(por_pagos.get(p["moneda_imputacion"], ""), p["fecha"])
    recencia = {**por_pagos, **por_cargos}
    monedas = sorted(recencia, key=lambda m: (recencia[m], m), reverse=True)
    if not monedas:
        monedas = [moneda_de_cargos(contexto, miembro_id, al) or "USD"]
    estados = [_cuenta(miembro, moneda, [c for c in cargos if c["moneda"] == moneda],
                       [p for p in pagos if p["moneda_imputacion"] == moneda], al) for moneda in monedas]
    for estado in estados:
        estado.otras_monedas = [m for m in monedas if m != estado.moneda]
    return estados


# Los conceptos de los pagos en la cuenta, en castellano: se traducen donde se escriben (`_cuenta`).
_CONCEPTO_PAGO = "Pago, recibo {0}"
_CONCEPTO_ANULADO = "{0} — ANULADO: {1}"


def _concepto_del_cargo(cargo: dict, tipo: str) -> str:
    """«Cuota anual 2025», con su detalle si lo tiene: el prorrateo del ingreso o de la baja y sus fechas, la
    exención o el descuento (issue 59: quien ingresó en septiembre lee «Prorrateo: 4 de 12 meses (ingreso
    21/09/2026)»). El detalle es un dato guardado con el cargo: tal cual."""
    return f"{tipo} {cargo['anio']}" + (f" ({cargo['detalle']})" if cargo["detalle"] else "")


def _cuenta(miembro: dict, moneda: str, cargos: list[dict], pagos: list[dict], al: date) -> EstadoDeCuenta:
    """La cuenta en una moneda, con los cargos y pagos (imputados en esa moneda) de ella sola. Los conceptos, en el
    idioma en curso y, aparte, en castellano (`Movimiento.en_castellano`: la huella del documento no cambia con el
    idioma)."""
    ingreso = miembro.get("fecha_ingreso")
    movimientos = [Movimiento(_fecha_del_cargo(c, ingreso),
                              _concepto_del_cargo(c, traducir(TIPOS_CARGO[c["tipo_cargo"]])),
                              debe=c["importe"], en_castellano=_concepto_del_cargo(c, TIPOS_CARGO[c["tipo_cargo"]]))
                   for c in cargos if _fecha_del_cargo(c, ingreso) <= al]
    for p in pagos:
        recibo = numero_recibo(p["recibo_anio"], p["recibo_numero"])
        concepto, en_castellano = traducir(_CONCEPTO_PAGO).format(recibo), _CONCEPTO_PAGO.format(recibo)
        if p["anulado_en"]:
            motivo = p["motivo_anulacion"]
            movimientos.append(Movimiento(
                date.fromisoformat(p["fecha"]), traducir(_CONCEPTO_ANULADO).format(concepto, motivo),
                anulado=True, en_castellano=_CONCEPTO_ANULADO.format(en_castellano, motivo)))
        else:
            movimientos.append(Movimiento(date.fromisoformat(p["fecha"]), concepto, haber=p["importe_imputable"],
                                          en_castellano=en_castellano))
    movimientos.sort(key=lambda m: (m.fecha, m.haber > 0))
    saldo = 0
    for mov in movimientos:
        saldo += mov.debe - mov.haber
        mov.saldo = saldo
    ingreso = miembro.get("fecha_ingreso") or ""  # un cargo no es exigible antes del ingreso (dominio.morosidad)
    vencido = sum(SaldoCargo.de_fila(c).saldo for c in cargos if max(c["vencimiento"], ingreso) < al.isoformat())
    return EstadoDeCuenta(miembro, moneda, movimientos, saldo, vencido)


def _fecha_del_cargo(cargo: dict, ingreso: str | None) -> date:
    """La cuota anual se devenga el 1 de enero de su año o, la de quien ingresó ese año, el día de su ingreso (nunca
    antes de ser miembro); los demás cargos, el día en que se emitieron."""
    if cargo["tipo_cargo"] == "cuota_anual":
        return max(date(cargo["anio"], 1, 1), date.fromisoformat(ingreso) if ingreso else date.min)
    return date.fromisoformat(cargo["emitido_en"][:10])


# --- padrón de cuotas y resúmenes ---------------------------------------------------------------

@dataclass
class FilaCuota:
    miembro: str
    pais: str
    poblacion: int | None
    tramo: str
    importe: int
    moneda: str
    pagado: int
    miembro_id: int | None = None   # para --json (la planilla no lo muestra)

    @property
    def saldo(self) -> int:
        return SaldoCargo(importe=self.importe, pagado=self.pagado, moneda=self.moneda).saldo


def sin_cargos_emitidos(anio: int) -> ErrorEscritorio:
    """El rechazo de un listado o un padrón de cuotas de un año sin emitir, con cómo emitirlo en cada puerta."""
    return ErrorEscritorio(segun_la_puerta(
        ventana=traducir("No hay cargos emitidos para {0}. Emítalos primero en Cuotas › Emisión.").format(anio),
        linea=traducir("No hay cargos emitidos para {0}. Emítalos primero con «escritorio cuotas emitir {0}».").format(
            anio)))


def padron_de_cuotas(contexto: Contexto, anio: int, al: date | None = None,
                     tipo_cargo: str = "cuota_anual") -> list[FilaCuota]:
    """Un renglón por cargo del año y tipo: lo que se facturó, lo cobrado y el saldo (para el tesorero)."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    al = al or fecha_de_hoy()
    # Solo hacen falta nombre y país: una consulta liviana en lugar del padrón con sus datos vigentes.
    paises: dict[str, str] = {}
    nombres = {i: {"nombre": n, "pais_nombre": paises.get(p) or paises.setdefault(p, nombre_pais(p))}
               for i, n, p in tabla_miembros.nombres_y_paises(db, asociacion_id)}
    escalas = {e.id: e for e in listar_escalas(contexto)}
    textos_tramo: dict[tuple[int, int], str] = {}
    filas = []
    for c in tabla_cuotas.saldos_de_cargos(db, asociacion_id, al.isoformat(), anio=anio):
        if c["tipo_cargo"] != tipo_cargo:
            continue
        miembro = nombres[c["miembro_id"]]
        escala = escalas.get(c["escala_id"])
        tramo = ""
        if escala and c["tramo_desde"] is not None:
            clave = (escala.id, c["tramo_desde"])
            if clave not in textos_tramo:  # pocos tramos distintos: el texto se arma una vez por tramo
                textos_tramo[clave] = escala.describir_tramo(escala.tramo(c["tramo_desde"]))
            tramo = textos_tramo[clave]
        filas.append(FilaCuota(miembro["nombre"], miembro["pais_nombre"], c["poblacion_usada"], tramo, c["importe"],
                               c["moneda"], c["pagado"], c["miembro_id"]))
    orden = clave_de_la_asociacion(contexto)   # el orden del padrón: la colación del idioma de la asociación
    orden_pais = {pais: orden(pais) for pais in paises.values()}
    filas.sort(key=lambda f: (orden_pais[f.pais], orden(f.miembro)))
    return filas


@dataclass
class ResumenPais:
    pais: str
    miembros: int
    facturado: int
    cobrado: int
    moneda: str

    @property
    def pendiente(self) -> int:
        return self.facturado - self.cobrado


def resumen_por_pais(filas: list[FilaCuota]) -> list[ResumenPais]:
    resumen: dict[tuple[str, str], ResumenPais] = {}
    for f in filas:
        r = resumen.setdefault((f.pais, f.moneda), ResumenPais(f.pais, 0, 0, 0, f.moneda))
        r.miembros += 1
        r.facturado += f.importe
        r.cobrado += f.pagado
    # Los países en el orden en que llegan las filas (el del padrón de cuotas: la colación de la asociación).
    orden = {pais: i for i, (pais, _) in enumerate(resumen)}
    return sorted(resumen.values(), key=lambda r: (orden[r.pais], r.moneda))


def facturado_y_cobrado_por_anio(contexto: Contexto, al: date | None = None) -> list[tuple[int, int, int, str]]:
    """(año, facturado, cobrado, moneda) de las cuotas anuales: para el gráfico de Inicio."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    al = al or fecha_de_hoy()
    totales: dict[tuple[int, str], list[int]] = {}
    for _, _, tipo, anio, importe, pagado, moneda, _ in tabla_cuotas.saldos_agrupados(db, asociacion_id, al.isoformat()):
        if tipo == "cuota_anual":
            par = totales.setdefault((anio, moneda), [0, 0])
            par[0] += importe
            par[1] += min(pagado, importe)
    return [(anio, f, c, moneda) for (anio, moneda), (f, c) in sorted(totales.items())]


# --- avisos de cobro -----------------------------------------------------------------------------

@dataclass
class Aviso:
    miembro_id: int
    miembro: str
    pais: str
    nivel: int
    cargos: list[dict]   # cargo_id, concepto, vencimiento, saldo, moneda, dias
    total: int           # lo adeudado en `moneda`; si el aviso tiene cargos en varias monedas, ver `totales`
    moneda: str
    # moneda -> lo adeudado en ella, la moneda del cargo más viejo primero. Vacío: {moneda: total}.
    totales: dict[str, int] = field(default_factory=dict)
    # Lo que la carta afirma tiene que ser cierto: cuántas cartas recibió antes el miembro (0: es la primera;
    # la carta no dice «luego de los avisos anteriores») y la fecha de corte de la última.
    avisos_previos: int = 0
    ultimo_aviso: date | None = None
    # Si al día del aviso ya tiene el voto suspendido por deudas: la carta es la de ese caso.
    voto_suspendido: bool = False
    cuotas_impagas: int = 0
    # A quién va dirigida: la autoridad vigente del padrón (tabla autoridades), si la tiene.
    autoridad: str | None = None
    cargo_autoridad: str | None = None

    def por_moneda(self) -> list[tuple[int, str]]:
        """[(importe, moneda)] del total adeudado: uno por moneda, nunca una suma de monedas distintas."""
        if self.totales:
            return [(importe, moneda) for moneda, importe in self.totales.items()]
        return [(self.total, self.moneda)]

    @property
    def varias_monedas(self) -> bool:
        return len(self.totales) > 1


def texto_de_totales(importes: list[tuple[int, str]]) -> str:
    """[(120000, 'USD'), (15000000, 'ARS')] -> 'USD 1.200,00 y ARS 150.000,00'."""
    textos = [formatear(importe, moneda) for importe, moneda in importes]
    return textos[0] if len(textos) == 1 else traducir("{0} y {1}").format(", ".join(textos[:-1]), textos[-1])


@dataclass(frozen=True)
class AvisoApartado:
    """Un miembro al que le tocaba una carta y queda fuera del lote: sus pagos, sus cuotas o sus imputaciones
    cambiaron por fuera de Escritorio después de congelarse, o los toca un incidente sin reconocer. La carta
    afirmaría un saldo calculado con dinero del que la base ya no puede dar fe (servicios/congelados.py)."""

    miembro_id: int
    miembro: str
    pais: str
    motivos: tuple[str, ...]     # qué cambió, en qué fila, y si lo selló un incidente
    que_hacer: str


@dataclass
class LoteDeAvisos:
    """Las cartas que tocan y los miembros apartados del lote (con su motivo): los demás reciben la suya."""

    avisos: list[Aviso]
    apartados: list[AvisoApartado] = field(default_factory=list)


def preparar_avisos(contexto: Contexto, al: date | None = None) -> list[Aviso]:
    """Las cartas que tocan (`preparar_lote_de_avisos`), sin las de los miembros apartados."""
    return preparar_lote_de_avisos(contexto, al).avisos


def preparar_lote_de_avisos(contexto: Contexto, al: date | None = None) -> LoteDeAvisos:
    """Las cartas que tocan (`_avisos_que_tocan`), salvo las de los miembros cuya cuenta cambió por fuera de
    Escritorio (un pago, una cuota con pagos o una imputación congelados y cambiados, para siempre) o la toca un
    incidente sin reconocer: esos quedan apartados, con el motivo; el resto del lote sale igual. Se decide por
    miembro, con la regla de servicios/congelados.py, en una pasada para todo el lote."""
    from .congelados import impedimentos_por_miembro, que_hacer

    avisos = _avisos_que_tocan(contexto, al)
    impedidos = impedimentos_por_miembro(contexto.db, [a.miembro_id for a in avisos])
    if not impedidos:
        return LoteDeAvisos(avisos)
    return LoteDeAvisos([a for a in avisos if a.miembro_id not in impedidos], [
        AvisoApartado(a.miembro_id, a.miembro, a.pais, tuple(impedidos[a.miembro_id].motivos()), que_hacer())
        for a in avisos if a.miembro_id in impedidos])


def _avisos_que_tocan(contexto: Contexto, al: date | None = None) -> list[Aviso]:
    """Un aviso por miembro con los cargos que alcanzaron un nivel nuevo de atraso; nunca dos veces el mismo nivel
    ni uno salteado: a cada cargo le toca el aviso siguiente al último que se le envió, cuando el atraso llega a sus
    días y pasó desde el anterior lo que separa los dos escalones (dominio.morosidad.siguiente_aviso).

    Cada aviso lleva lo que su carta puede afirmar: cuántas cartas recibió antes el miembro y cuándo fue la
    última (la primera no habla de avisos anteriores), si ya tiene el voto suspendido por deudas y sus cuotas
    impagas, y la autoridad vigente del padrón (nombre y cargo) a la que va dirigida.

    Si los cargos de un aviso están en varias monedas (la escala cambió de moneda), el total va por moneda
    (`Aviso.totales`); `total` y `moneda` son entonces los de la moneda del cargo más viejo.
    """
    db, asociacion_id = contexto.db, contexto.asociacion_id
    al = al or fecha_de_hoy()
    niveles = leer_niveles(tabla_asociaciones.por_id(db, asociacion_id)["niveles_aviso"])
    # El último aviso de cada cargo: el que toca es el siguiente (dominio.morosidad.siguiente_aviso).
    ultimos = tabla_cuotas.ultimos_avisos(db, asociacion_id)
    miembros = {m["id"]: m for m in listar_miembros(contexto, al=al)}
    # Cartas ya enviadas a cada miembro (lotes con fecha de corte hasta `al`) y la fecha de la última.
    previos = {miembro: (cuantos, date.fromisoformat(ultimo))
               for miembro, cuantos, ultimo in tabla_cuotas.cartas_previas(db, asociacion_id, al.isoformat())}
    # El voto suspendido, con la misma regla que las sesiones y el quórum (morosidad).
    impagas: dict[int, int] = {}
    suspendidos: set[int] = set()
    for deuda in morosidad(contexto, al):
        impagas[deuda.miembro_id] = impagas.get(deuda.miembro_id, 0) + deuda.cuotas_impagas
        if not deuda.puede_votar:
            suspendidos.add(deuda.miembro_id)
    por_miembro: dict[int, Aviso] = {}
    for s in sorted(_saldos(db, asociacion_id, al), key=lambda s: (s.vencimiento, s.cargo_id)):
        ultimo, enviado_el = ultimos.get(s.cargo_id, (0, None))
        toca = aviso_que_toca(s, al, niveles, ultimo, date.fromisoformat(enviado_el) if enviado_el else None)
        if toca is None:
            continue
        nivel = toca[0]
        dias = (al - s.exigible).days  # el atraso no cuenta tiempo anterior al ingreso del miembro
        m = miembros[s.miembro_id]
        if s.miembro_id not in por_miembro:
            cuantos, ultimo = previos.get(s.miembro_id, (0, None))
            por_miembro[s.miembro_id] = Aviso(
                s.miembro_id, m["nombre"], m["pais_nombre"], nivel, [], 0, s.moneda, avisos_previos=cuantos,
                ultimo_aviso=ultimo, voto_suspendido=s.miembro_id in suspendidos,
                cuotas_impagas=impagas.get(s.miembro_id, 0), autoridad=m.get("autoridad") or None,
                cargo_autoridad=m.get("cargo") or None)
        aviso = por_miembro[s.miembro_id]
        aviso.nivel = max(aviso.nivel, nivel)
        tipo = traducir(TIPOS_CARGO[s.tipo_cargo])   # en el idioma de la carta (o de la ventana)
        aviso.cargos.append({"cargo_id": s.cargo_id, "nivel": nivel, "concepto": f"{tipo} {s.anio}",
                             "tipo": tipo, "anio": s.anio,
                             "vencimiento": s.vencimiento, "saldo": s.saldo, "moneda": s.moneda, "dias": dias})
        aviso.totales[s.moneda] = aviso.totales.get(s.moneda, 0) + s.saldo
        if s.moneda == aviso.moneda:
            aviso.total += s.saldo
    clave = clave_de_la_asociacion(contexto)
    return sorted(por_miembro.values(), key=lambda a: (clave(a.pais), clave(a.miembro)))


def registrar_avisos(contexto: Contexto, avisos: list[Aviso], al: date) -> int:
    """Anota el lote enviado (dentro de la transacción que lo genera). Devuelve el id del lote."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    return tabla_cuotas.insertar_lote_de_avisos(db, asociacion_id, al.isoformat(),
                                         [(c["cargo_id"], c["nivel"]) for a in avisos for c in a.cargos])
