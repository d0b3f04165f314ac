"""Una sola regla de cuota: la emisión real (servicios.cuotas, que calcula en SQL en datos.cuotas) cobra a cada miembro
exactamente lo que dice dominio.cuotas.calcular_cargo.

Se emite con el servicio sobre una base real y se compara cada cargo guardado (tramo, bruto, descuento, importe,
vencimiento y detalle) y cada renglón de la vista previa con el cálculo del dominio para ese miembro: en cada borde
de cada tramo (el borde, uno menos, uno más), el tramo abierto de arriba, población 0 y desconocida, en cada moneda
vigente que una escala admite, con cada regla de ingreso durante el año, con exenciones y descuentos que redondean,
y para cada tipo de cargo. Hypothesis prueba además escalas al azar.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from itertools import count

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from escritorio.datos.conexion import transaccion
from escritorio.dominio.cuotas import POBLACION_MAXIMA_TRAMO, REGLAS_INGRESO, Escala, Tramo
from oraculos.cuotas import calcular_cargo
from escritorio.dominio.dinero import decimales
from escritorio.dominio.entrada import monedas_vigentes
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import hoy
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import (definir_escala, emitir, listar_escalas, preparar_emision,
                                         registrar_exencion)
from escritorio.servicios.miembros import dar_de_baja

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

ANIO = 2025
# Importes impares (en unidades menores): los prorrateos y descuentos redondean de verdad.
TRAMOS = [Tramo(0, 10_001), Tramo(100_000, 50_007), Tramo(500_000, 99_999), Tramo(3_000_000, 200_003)]
BORDES = [t.desde for t in TRAMOS]


def poblaciones_de_borde(bordes: list[int]) -> list[int]:
    """Cada borde, uno menos y uno más; 0 y 1; y lo más alto que admite un tramo (el tramo abierto de arriba)."""
    cifras = {0, 1, POBLACION_MAXIMA_TRAMO}
    for borde in bordes:
        cifras |= {borde - 1, borde, borde + 1} - {-1}
    return sorted(cifras)


@dataclass
class Miembro:
    poblacion: int | None
    ingreso: date | None = None
    exencion: int = 0
    baja_desde: date | None = None
    pais: str = "AR"
    id: int = 0

    @property
    def motivo(self) -> str | None:
        return f"Emergencia {self.exencion}" if self.exencion else None


_siglas = count(1)


def nueva_asociacion(db) -> int:
    return crear_asociacion(db, NuevaAsociacion(nombre="Red de prueba", sigla=f"RP{next(_siglas)}",
                                                paises={"AR": "pleno", "UY": "asociado", "PY": "observador"}))


def dar_de_alta(db, asociacion: int, miembros: list[Miembro]) -> None:
    with transaccion(db):
        for i, m in enumerate(miembros):
            m.id = db.insertar("INSERT INTO miembros (asociacion_id, nombre, pais, fecha_ingreso) VALUES (?, ?, ?, ?)",
                              [asociacion, f"Ciudad {i}", m.pais, m.ingreso and m.ingreso.isoformat()])
            db.execute("INSERT INTO estados_miembro (miembro_id, estado, desde) VALUES (?, 'activo', ?)",
                       [m.id, (m.ingreso or date(1995, 11, 11)).isoformat()])
            if m.baja_desde:
                db.execute("INSERT INTO estados_miembro (miembro_id, estado, desde, motivo) VALUES (?, 'baja', ?, 'Renuncia')",
                           [m.id, m.baja_desde.isoformat()])
            if m.poblacion is not None:
                db.execute("INSERT INTO poblaciones (miembro_id, cifra, anio, fuente) VALUES (?, ?, 2020, 'Censo')",
                           [m.id, m.poblacion])
    for m in miembros:
        if m.exencion:
            registrar_exencion(db, m.id, ANIO, m.exencion, m.motivo)


def participa(m: Miembro, tipo_cargo: str) -> bool:
    """Quién entra en la emisión del año (no es parte de calcular_cargo): la cuota de ingreso, quien ingresó ese año;
    las demás, quien no estaba de baja al empezar el año y ya había ingresado al terminarlo."""
    if m.ingreso and m.ingreso.year > ANIO:
        return False
    if tipo_cargo == "cuota_ingreso":
        return m.ingreso is not None and m.ingreso.year == ANIO
    return not (m.baja_desde and m.baja_desde <= date(ANIO, 1, 1))


def vencimiento_del_dominio(calculo, tipo_cargo: str) -> date:
    return calculo.vencimiento


def vencimiento_del_servicio(calculo, tipo_cargo: str) -> date:
    """DIFERENCIA (ver test_la_cuota_de_ingreso_vence_cuando_dice_el_dominio): la emisión de la cuota de ingreso da
    además al menos 30 días desde hoy (servicios.cuotas._con_vencimiento); calcular_cargo no lo sabe."""
    if tipo_cargo == "cuota_ingreso":
        return max(calculo.vencimiento, hoy() + timedelta(days=30))
    return calculo.vencimiento


def comparar(db, asociacion: int, miembros: list[Miembro], tipo_cargo: str = "cuota_anual",
             vencimiento_esperado=vencimiento_del_dominio) -> int:
    """Emite con el servicio y compara cada cargo (y la vista previa) con calcular_cargo. Devuelve cuántos cargos
    se compararon."""
    contexto = Contexto(db, asociacion)
    [escala] = [e for e in listar_escalas(contexto) if e.tipo_cargo == tipo_cargo]
    previa = preparar_emision(contexto, ANIO, tipo_cargo)
    emitir(contexto, ANIO, tipo_cargo)
    cargos = {c["miembro_id"]: c for c in db.query(
        "SELECT * FROM cargos WHERE asociacion_id = ? AND anio = ? AND tipo_cargo = ?", [asociacion, ANIO, tipo_cargo])}
    previstos = {c.miembro_id: c for c in previa.nuevos}
    comparados = 0
    for m in miembros:
        caso = f"{tipo_cargo} {escala.moneda}, población {m.poblacion}, ingreso {m.ingreso}, exención {m.exencion} %"
        calculo = None
        if participa(m, tipo_cargo) and m.poblacion is not None:
            exencion = m.exencion if tipo_cargo == "cuota_anual" else 0  # las exenciones son de la cuota anual
            calculo = calcular_cargo(escala, m.poblacion, ANIO, m.ingreso, exencion, m.motivo)
        if calculo is None:
            assert m.id not in cargos, f"{caso}: la emisión cobró y el dominio no ({cargos[m.id]})"
            assert m.id not in previstos, f"{caso}: la vista previa lo cobra y el dominio no"
            continue
        assert m.id in cargos, f"{caso}: el dominio cobra {calculo.importe} y la emisión no emitió nada"
        cargo, previsto = cargos[m.id], previstos[m.id]
        detalle = "; ".join(calculo.detalle[1:]) or None  # el primero es el tramo: el cargo lo guarda en tramo_desde
        assert (cargo["poblacion_usada"], cargo["tramo_desde"], cargo["importe_bruto"], cargo["descuento"],
                cargo["importe"], cargo["moneda"], cargo["detalle"]) == (
            m.poblacion, calculo.tramo.desde, calculo.bruto, calculo.descuento, calculo.importe, escala.moneda,
            detalle), caso
        assert date.fromisoformat(cargo["vencimiento"]) == vencimiento_esperado(calculo, tipo_cargo), caso
        assert (previsto.poblacion, previsto.tramo, previsto.bruto, previsto.descuento, previsto.importe,
                previsto.detalle) == (m.poblacion, escala.describir_tramo(calculo.tramo), calculo.bruto,
                                      calculo.descuento, calculo.importe, detalle), f"vista previa: {caso}"
        comparados += 1
    assert set(cargos) <= {m.id for m in miembros}
    # Sin población no se cobra: la vista previa lo avisa, salvo a quien tampoco se cobraría con una cifra (ingresó
    # durante el año con la regla «desde el año siguiente»).
    sin_poblacion = [m for m in miembros if m.poblacion is None and participa(m, tipo_cargo)
                     and calcular_cargo(escala, 0, ANIO, m.ingreso) is not None]
    assert len(previa.sin_poblacion) == len(sin_poblacion)
    return comparados


def definir(db, asociacion: int, moneda: str = "USD", tramos=TRAMOS, **otros) -> None:
    definir_escala(Contexto(db, asociacion), Escala(desde=date(2002, 1, 1), moneda=moneda, tramos=list(tramos),
                                                    articulo="Reglamento de cuotas, art. 3", **otros))


# --- cada borde de cada tramo, en cada moneda ---------------------------------------------------------

def test_cada_borde_de_tramo_en_cada_moneda_vigente_cobra_lo_que_dice_el_dominio(db):
    """Una asociación por moneda (las 150 y tantas vigentes: con 0, 2 y 3 decimales), con un miembro en cada
    borde de cada tramo, uno sin población y uno en el tramo abierto de arriba."""
    db.dialecto == "sqlite" and db.execute("PRAGMA synchronous = OFF")  # cientos de transacciones cortas: sin esperar al disco en cada una
    monedas = sorted(monedas_vigentes())
    assert {decimales(m) for m in monedas} >= {0, 2, 3}
    for moneda in monedas:
        asociacion = nueva_asociacion(db)
        definir(db, asociacion, moneda)
        miembros = [Miembro(p) for p in poblaciones_de_borde(BORDES)] + [Miembro(None)]
        dar_de_alta(db, asociacion, miembros)
        assert comparar(db, asociacion, miembros) == len(miembros) - 1, moneda
        # Los bordes caen donde deben (no solo «igual que el dominio»): el tramo de arriba desde 3.000.000.
        tramos = dict(db.execute("SELECT poblacion_usada, tramo_desde FROM cargos WHERE asociacion_id = ?",
                                 [asociacion]).fetchall())
        assert (tramos[99_999], tramos[100_000], tramos[2_999_999], tramos[3_000_000], tramos[POBLACION_MAXIMA_TRAMO]) \
            == (0, 100_000, 500_000, 3_000_000, 3_000_000)


# --- ingreso durante el año, exenciones y tipos de cargo --------------------------------------------

def _miembros_del_anio() -> list[Miembro]:
    """Ingresos en cada momento del año, exenciones que redondean y bajas, en tramos distintos."""
    return [
        Miembro(1_276_000), Miembro(99_999), Miembro(0),
        Miembro(247_863, ingreso=date(ANIO - 1, 7, 15)),
        Miembro(247_863, ingreso=date(ANIO, 1, 1)), Miembro(500_000, ingreso=date(ANIO, 1, 31)),
        Miembro(100_000, ingreso=date(ANIO, 2, 1)), Miembro(3_000_000, ingreso=date(ANIO, 7, 15)),
        Miembro(99_999, ingreso=date(ANIO, 11, 30)), Miembro(499_999, ingreso=date(ANIO, 12, 31)),
        Miembro(None, ingreso=date(ANIO, 5, 1)),
        Miembro(1_000_000, ingreso=date(ANIO + 1, 1, 1)),
        Miembro(100_001, exencion=1), Miembro(100_001, exencion=33), Miembro(10, exencion=50),
        Miembro(3_000_001, exencion=99), Miembro(500_001, exencion=100),
        Miembro(100_001, ingreso=date(ANIO, 8, 1), exencion=50),
        Miembro(3_000_000, ingreso=date(ANIO, 4, 10), exencion=33),
        Miembro(247_863, baja_desde=date(ANIO - 1, 6, 30)), Miembro(247_863, baja_desde=date(ANIO, 6, 30)),
        # Un país asociado o de observador paga la misma escala (ni la emisión ni el dominio los distinguen).
        Miembro(100_000, pais="UY"), Miembro(2_999_999, pais="PY", ingreso=date(ANIO, 3, 3), exencion=33),
    ]


@pytest.mark.parametrize("regla_ingreso", list(REGLAS_INGRESO))
@pytest.mark.parametrize("moneda", ["USD", "JPY", "KWD"])  # 2, 0 y 3 decimales
def test_cuota_anual_con_ingresos_y_exenciones_cobra_lo_que_dice_el_dominio(db, regla_ingreso, moneda):
    asociacion = nueva_asociacion(db)
    definir(db, asociacion, moneda, regla_ingreso=regla_ingreso, articulo_ingreso="Reglamento de cuotas, art. 4")
    miembros = _miembros_del_anio()
    dar_de_alta(db, asociacion, miembros)
    comparados = comparar(db, asociacion, miembros)
    assert comparados >= (13 if regla_ingreso == "desde_siguiente" else 19)


def test_otro_dia_de_referencia_y_de_vencimiento(db):
    """Una escala que mira la población al 1 de julio y vence el 30 de septiembre (272 días después del 1 de enero):
    quien ingresa en agosto o en noviembre tiene esos mismos 272 días desde su ingreso para pagar su primera cuota
    (issue 59: nunca vence el día del ingreso), como en el dominio."""
    asociacion = nueva_asociacion(db)
    definir(db, asociacion, "ARS", regla_ingreso="prorrateo", dia_referencia="07-01", dia_vencimiento="09-30")
    miembros = _miembros_del_anio()
    dar_de_alta(db, asociacion, miembros)
    assert comparar(db, asociacion, miembros) >= 19
    vencimientos = {m.ingreso: v for m in miembros for (v,) in db.execute(
        "SELECT vencimiento FROM cargos WHERE miembro_id = ?", [m.id])}
    assert (vencimientos[date(ANIO, 8, 1)], vencimientos[date(ANIO, 11, 30)]) == (f"{ANIO + 1}-04-30",
                                                                                  f"{ANIO + 1}-08-29")


@pytest.mark.parametrize("regla_ingreso", list(REGLAS_INGRESO))
def test_cuota_anual_sin_articulo_de_ingreso(db, regla_ingreso):
    """Sin artículo que citar, la cuota completa de quien ingresa no lleva detalle; el prorrateo sí."""
    asociacion = nueva_asociacion(db)
    definir(db, asociacion, "BRL", regla_ingreso=regla_ingreso)
    miembros = _miembros_del_anio()
    dar_de_alta(db, asociacion, miembros)
    assert comparar(db, asociacion, miembros) > 10


def test_cuota_extraordinaria_cobra_lo_que_dice_el_dominio(db):
    """La extraordinaria no tiene exenciones ni regla de ingreso: el tramo entero, a quien participa."""
    asociacion = nueva_asociacion(db)
    definir(db, asociacion, "EUR", tipo_cargo="extraordinaria", regla_ingreso="prorrateo")
    miembros = _miembros_del_anio() + [Miembro(p) for p in poblaciones_de_borde(BORDES)]
    dar_de_alta(db, asociacion, miembros)
    assert comparar(db, asociacion, miembros, "extraordinaria") > 20


def test_cuota_de_ingreso_cobra_el_importe_que_dice_el_dominio(db):
    """La de ingreso, a quienes ingresaron en el año: importe y detalle del dominio; el vencimiento, con los 30 días
    desde hoy que agrega el servicio."""
    asociacion = nueva_asociacion(db)
    definir(db, asociacion, "UYU", tipo_cargo="cuota_ingreso")
    miembros = _miembros_del_anio()
    dar_de_alta(db, asociacion, miembros)
    assert comparar(db, asociacion, miembros, "cuota_ingreso", vencimiento_del_servicio) == 9


@pytest.mark.xfail(strict=True, reason=(
    "Diferencia entre el dominio y la emisión, informada al coordinador (notas/D-pruebas.md): la cuota de ingreso "
    "vence como mínimo 30 días después de hoy en servicios.cuotas._con_vencimiento, y calcular_cargo / "
    "vencimiento_del_cargo no tienen esa regla (dan el vencimiento de la escala o la fecha de ingreso). Cuando la "
    "regla viva en un solo lugar, esta prueba pasa y hay que quitarle el xfail."))
def test_la_cuota_de_ingreso_vence_cuando_dice_el_dominio(db):
    asociacion = nueva_asociacion(db)
    definir(db, asociacion, "UYU", tipo_cargo="cuota_ingreso")
    miembros = [Miembro(247_863, ingreso=date(ANIO, 1, 1))]
    dar_de_alta(db, asociacion, miembros)
    comparar(db, asociacion, miembros, "cuota_ingreso")


# --- escalas al azar ----------------------------------------------------------------------------------

@st.composite
def escalas(draw):
    bordes = sorted(draw(st.sets(st.integers(1, POBLACION_MAXIMA_TRAMO - 1), max_size=5)))
    # Hasta el máximo que admite una escala en cualquier moneda (999.999.999.999 en una moneda sin decimales).
    importes = draw(st.lists(st.integers(1, 999_999_999_999), min_size=len(bordes) + 1, max_size=len(bordes) + 1))
    return [Tramo(desde, importe) for desde, importe in zip([0, *bordes], importes)]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tramos=escalas(), moneda=st.sampled_from(sorted(monedas_vigentes())),
       regla_ingreso=st.sampled_from(list(REGLAS_INGRESO)),
       ingresos=st.lists(st.one_of(st.none(), st.dates(date(ANIO - 1, 12, 1), date(ANIO, 12, 31))), min_size=1,
                         max_size=4),
       exenciones=st.lists(st.integers(0, 100), min_size=1, max_size=4))
def test_escalas_al_azar_cobran_lo_que_dice_el_dominio(db, tramos, moneda, regla_ingreso, ingresos, exenciones):
    """Cada ejemplo, en una asociación nueva de la misma base: los bordes de sus tramos y uno más y uno menos, con
    ingresos y exenciones al azar."""
    db.dialecto == "sqlite" and db.execute("PRAGMA synchronous = OFF")
    asociacion = nueva_asociacion(db)
    definir(db, asociacion, moneda, tramos, regla_ingreso=regla_ingreso)
    cifras = poblaciones_de_borde([t.desde for t in tramos])
    miembros = [Miembro(c, ingreso=ingresos[i % len(ingresos)], exencion=exenciones[i % len(exenciones)])
                for i, c in enumerate(cifras)]
    dar_de_alta(db, asociacion, miembros)
    comparar(db, asociacion, miembros)


# --- la cuota ya emitida, ajustada por una baja -------------------------------------------------------
# Una baja registrada después de emitir corrige la cuota del año (si la escala cobra «hasta el mes de la baja» y no
# tiene pagos): el programa la recalcula con la misma regla de la emisión, en SQL (datos.regla_de_la_cuota.recalculo_por_baja);
# aquí se compara cada cuota corregida con el oráculo.

def comparar_ajustes(db, asociacion: int, miembros: list[Miembro], bajas: list[date]) -> int:
    """Emite el año, da de baja a cada miembro en la fecha que le toca (con el servicio, como la ventana y la CLI) y
    compara su cuota con `calcular_cargo(…, fecha_baja=…)`. Devuelve cuántas cuotas cambiaron con la baja."""
    contexto = Contexto(db, asociacion)
    [escala] = [e for e in listar_escalas(contexto) if e.tipo_cargo == "cuota_anual"]
    emitir(contexto, ANIO)
    emitidas = {c["miembro_id"]: c for c in db.query("SELECT * FROM cargos WHERE asociacion_id = ?", [asociacion])}
    cambiaron = 0
    for m, baja in zip(miembros, bajas):
        baja = max(baja, m.ingreso) if m.ingreso else baja   # nadie se da de baja antes de ingresar
        dar_de_baja(db, m.id, baja, "Renuncia")
        calculo = calcular_cargo(escala, m.poblacion, ANIO, m.ingreso, m.exencion, m.motivo, fecha_baja=baja)
        caso = f"población {m.poblacion}, ingreso {m.ingreso}, exención {m.exencion} %, baja {baja}"
        if calculo is None:   # ingresó con «desde el año siguiente»: no tenía cuota y no la tiene
            assert m.id not in emitidas, caso
            continue
        [cargo] = db.query("SELECT * FROM cargos WHERE miembro_id = ? AND anio = ?", [m.id, ANIO])
        if calculo.importe == emitidas[m.id]["importe"]:   # mismo importe (exento, o baja en diciembre): no se toca
            assert cargo == emitidas[m.id], caso
            continue
        assert (cargo["importe_bruto"], cargo["descuento"], cargo["importe"], cargo["detalle"]) == (
            calculo.bruto, calculo.descuento, calculo.importe, "; ".join(calculo.detalle[1:]) or None), caso
        assert cargo["vencimiento"] == emitidas[m.id]["vencimiento"], caso   # la baja no cambia el vencimiento
        cambiaron += cargo["importe"] != emitidas[m.id]["importe"]
    return cambiaron


@pytest.mark.parametrize("regla_ingreso", list(REGLAS_INGRESO))
@pytest.mark.parametrize("articulos", [True, False])
def test_la_cuota_ajustada_por_una_baja_es_la_que_dice_el_oraculo(db, regla_ingreso, articulos):
    """Cada mes de baja, con ingresos durante el año (antes y después de enero), exenciones y descuentos que
    redondean, con y sin artículos que citar."""
    asociacion = nueva_asociacion(db)
    citas = dict(articulo_ingreso="Reglamento de cuotas, art. 4", articulo_baja="Reglamento de cuotas, art. 5")
    definir(db, asociacion, "USD", regla_ingreso=regla_ingreso, regla_baja="hasta_el_mes",
            **(citas if articulos else {}))
    miembros = [Miembro(1_276_000), Miembro(99_999, ingreso=date(ANIO, 1, 10)),
                Miembro(247_863, ingreso=date(ANIO, 3, 15)), Miembro(3_000_000, ingreso=date(ANIO, 2, 1), exencion=33),
                Miembro(100_001, exencion=50), Miembro(500_001, exencion=100), Miembro(0, ingreso=date(ANIO - 1, 9, 9)),
                Miembro(499_999, ingreso=date(ANIO, 5, 31), exencion=99)]
    miembros += [Miembro(100_000 + mes, ingreso=date(ANIO, 2, 20) if mes % 2 else None) for mes in range(1, 13)]
    bajas = [date(ANIO, 6, 30), date(ANIO, 1, 31), date(ANIO, 11, 2), date(ANIO, 7, 1), date(ANIO, 3, 3),
             date(ANIO, 9, 9), date(ANIO, 12, 31), date(ANIO, 5, 31)] + [date(ANIO, mes, 15) for mes in range(1, 13)]
    dar_de_alta(db, asociacion, miembros)
    cambiaron = comparar_ajustes(db, asociacion, miembros, bajas)
    assert cambiaron >= (8 if regla_ingreso == "desde_siguiente" else 14)   # no se comparó solo lo que no cambia


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tramos=escalas(), moneda=st.sampled_from(sorted(monedas_vigentes())),
       regla_ingreso=st.sampled_from(list(REGLAS_INGRESO)), articulos=st.booleans(),
       casos=st.lists(st.tuples(st.integers(0, POBLACION_MAXIMA_TRAMO),
                                st.one_of(st.none(), st.dates(date(ANIO - 1, 6, 1), date(ANIO, 12, 31))),
                                st.integers(0, 100), st.dates(date(ANIO, 1, 1), date(ANIO, 12, 31))),
                      min_size=1, max_size=6))
def test_ajustes_por_baja_al_azar_dan_lo_que_dice_el_oraculo(db, tramos, moneda, regla_ingreso, articulos, casos):
    db.dialecto == "sqlite" and db.execute("PRAGMA synchronous = OFF")
    asociacion = nueva_asociacion(db)
    citas = dict(articulo_ingreso="Art. 4", articulo_baja="Art. 5") if articulos else {}
    definir(db, asociacion, moneda, tramos, regla_ingreso=regla_ingreso, regla_baja="hasta_el_mes", **citas)
    miembros = [Miembro(p, ingreso=i, exencion=x) for p, i, x, _ in casos]
    bajas = [b for *_, b in casos]
    dar_de_alta(db, asociacion, miembros)
    comparar_ajustes(db, asociacion, miembros, bajas)


# --- la red de ejemplo: cada cuota que emitió el programa -----------------------------------------------

def test_cada_cuota_de_la_red_de_ejemplo_es_la_que_dice_el_oraculo(copia_de_la_demo):
    """Casos reales: la demo emite años de cuotas con la CLI (escalas que cambiaron de importe, ingresos a mitad de
    año, exenciones, bajas). Cada cargo guardado (importe, bruto, descuento y detalle) es el que da el oráculo con lo
    que el cargo dice que usó (su escala y su población) y lo que la base dice del miembro ese año (su ingreso, su
    exención, su baja)."""
    from escritorio.servicios.base import abrir_base

    demo = abrir_base(copia_de_la_demo)
    try:
        comparados, con_detalle = 0, 0
        for (asociacion,) in demo.execute("SELECT id FROM asociaciones").fetchall():
            escalas_por_id = {e.id: e for e in listar_escalas(Contexto(demo, asociacion))}
            for cargo in demo.query(
                    """SELECT c.*, m.fecha_ingreso, x.porcentaje, x.motivo,
                              (SELECT CASE WHEN e.estado = 'baja' AND e.desde >= c.anio || '-01-01' THEN e.desde END
                               FROM estados_miembro e WHERE e.miembro_id = c.miembro_id
                               AND e.desde <= c.anio || '-12-31' ORDER BY e.desde DESC, e.id DESC LIMIT 1) AS baja
                       FROM cargos c JOIN miembros m ON m.id = c.miembro_id
                       LEFT JOIN exenciones x ON x.miembro_id = c.miembro_id AND x.anio = c.anio
                                              AND c.tipo_cargo = 'cuota_anual'
                       WHERE c.asociacion_id = ?""", [asociacion]):
                escala = escalas_por_id[cargo["escala_id"]]
                ingreso = date.fromisoformat(cargo["fecha_ingreso"]) if cargo["fecha_ingreso"] else None
                baja = date.fromisoformat(cargo["baja"]) if cargo["baja"] else None
                calculo = calcular_cargo(escala, cargo["poblacion_usada"], cargo["anio"], ingreso,
                                         cargo["porcentaje"] or 0, cargo["motivo"], fecha_baja=baja)
                caso = f"cargo {cargo['id']} ({cargo['tipo_cargo']} {cargo['anio']}, miembro {cargo['miembro_id']})"
                assert calculo is not None, caso
                assert (cargo["tramo_desde"], cargo["importe_bruto"], cargo["descuento"], cargo["importe"],
                        cargo["detalle"]) == (calculo.tramo.desde, calculo.bruto, calculo.descuento, calculo.importe,
                                              "; ".join(calculo.detalle[1:]) or None), caso
                comparados += 1
                con_detalle += cargo["detalle"] is not None
        # Las cuotas de diez años de la red, algunas de quien ingresó a mitad de año (prorrateadas, con su detalle).
        assert comparados > 2000 and con_detalle >= 5, (comparados, con_detalle)
    finally:
        demo.close()


# --- el detalle, con los textos de un solo lugar ---------------------------------------------------------------

def test_el_detalle_del_cargo_sale_de_los_textos_del_programa_en_el_idioma_de_quien_emite(db, monkeypatch):
    """Las frases del detalle (dominio.cuotas.DETALLE_DEL_CARGO) se traducen como las demás: quien emite en otro
    idioma guarda el detalle en ese idioma; en castellano, el de siempre."""
    from escritorio.dominio import traduccion

    otro_idioma = {("Escritorio", "Prorrateo: {0} de 12 meses (ingreso {1})"): "Rateio: {0}/12 meses (ingresso {1})",
                   ("Escritorio", "según {0}"): "conforme {0}",
                   ("Escritorio", "Descuento {0} %: {1}"): "Desconto de {0} %: {1}"}
    monkeypatch.setattr(traduccion, "_catalogo", lambda codigo: otro_idioma)
    detalles = {}
    for idioma in ("es", "xx"):
        asociacion = nueva_asociacion(db)
        definir(db, asociacion, "USD", regla_ingreso="prorrateo", articulo_ingreso="Reglamento, art. 4")
        miembros = [Miembro(247_863, ingreso=date(ANIO, 7, 15), exencion=33)]
        dar_de_alta(db, asociacion, miembros)
        ficha = traduccion.pedir(idioma)
        try:
            emitir(Contexto(db, asociacion), ANIO)
        finally:
            traduccion.devolver(ficha)
        [(detalles[idioma],)] = db.execute("SELECT detalle FROM cargos WHERE miembro_id = ?", [miembros[0].id])
    assert detalles == {
        "es": "Prorrateo: 6 de 12 meses (ingreso 15/07/2025) según Reglamento, art. 4; Descuento 33 %: Emergencia 33",
        "xx": "Rateio: 6/12 meses (ingresso 15/07/2025) conforme Reglamento, art. 4; Desconto de 33 %: Emergencia 33"}
