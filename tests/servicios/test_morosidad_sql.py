"""La morosidad agregada en SQLite (datos/morosidad.py) da lo mismo que la regla de Python de siempre.

La referencia es la implementación anterior, hoy el oráculo de prueba (tests/oraculos/morosidad.py): un `SaldoCargo`
por cargo (con lo pagado hasta el corte y la fecha de ingreso del miembro) y `deudas`, ordenado de la mayor deuda a la
menor. Se comparan las listas enteras (cada `Deuda` con todos sus campos, y el orden) en la red de ejemplo, en una
base armada para tener de todo (pagos completos, parciales, anulados y posteriores al corte, exenciones, tolerancia
por unidades y por porcentaje, miembros que ingresaron después de un vencimiento o sin fecha de ingreso, cargos
extraordinarios y tres monedas, una sin decimales) y en bases al azar.
"""

import random
import re
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from escritorio.datos import asociaciones as tabla_asociaciones
from escritorio.datos import cuotas as tabla_cuotas
from escritorio.datos.conexion import transaccion
from escritorio.dominio.morosidad import Deuda, SaldoCargo
from oraculos.morosidad import deudas
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.base import abrir_base
from escritorio.servicios.cobranza import derecho_a_voto, morosidad, sin_derecho_a_voto, tolerancia
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import (definir_escala, escala_desde_texto, fijar_regla_de_voto, fijar_tolerancia,
                                         registrar_exencion)
from escritorio.servicios.emision_de_cuotas import emitir

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

TRAMOS = "0:100,100000:500,500000:1000,3000000:2000"
MIEMBROS = 300
CORTES = [date(2016, 3, 31), date(2016, 4, 1), date(2019, 7, 15), date(2021, 3, 31), date(2022, 1, 1),
          date(2024, 12, 31), date(2026, 11, 24), date(2027, 12, 31)]


def morosidad_de_referencia(contexto: Contexto, al: date) -> list[Deuda]:
    """La implementación anterior de `cobranza.morosidad`: todo en Python, un objeto por cargo."""
    db, asociacion_id = contexto.db, contexto.asociacion_id
    ingresos = {m: date.fromisoformat(f) for m, f in tabla_cuotas.fechas_de_ingreso(db, asociacion_id).items()}
    saldos = [SaldoCargo(c, m, t, a, i, p, mon, date.fromisoformat(v), ingresos.get(m))
              for c, m, t, a, i, p, mon, v in tabla_cuotas.saldos_agrupados(db, asociacion_id, al.isoformat())]
    cuotas = tabla_asociaciones.por_id(db, asociacion_id)["cuotas_para_suspender"]
    return sorted(deudas(saldos, al, cuotas, tolerancia(contexto)).values(), key=lambda d: (-d.total, d.miembro_id))


def _comparar(contexto: Contexto, al: date) -> list[Deuda]:
    nuevas, viejas = morosidad(contexto, al), morosidad_de_referencia(contexto, al)
    distintas = [(n, v) for n, v in zip(nuevas, viejas) if n != v]
    assert len(nuevas) == len(viejas) and not distintas, \
        f"al {al}: {len(nuevas)} y {len(viejas)} deudas; {distintas[:3]}"
    assert sin_derecho_a_voto(contexto, al) == {d.miembro_id for d in viejas if not d.puede_votar}
    return viejas


# --- la red de ejemplo -------------------------------------------------------------------------------------------

def test_en_la_red_de_ejemplo_da_lo_mismo_que_la_regla_de_python(copia_de_la_demo):
    db = abrir_base(copia_de_la_demo)
    try:
        contextos = [Contexto(db, a) for (a,) in db.execute("SELECT id FROM asociaciones").fetchall()]
        con_deuda = 0
        for contexto in contextos:
            for al in CORTES:
                con_deuda += len(_comparar(contexto, al))
        assert con_deuda > 100  # la demo tiene morosos: la comparación no fue entre listas vacías
    finally:
        db.close()


def test_un_corte_en_el_anio_1_no_tiene_deudas_ni_error(copia_de_la_demo):
    """`--al 0001-01-01` (lo encontró el fuzzer): los límites de los tramos caerían antes del año 1; nadie debe nada
    a esa fecha, y la cuenta lo dice sin un error inesperado."""
    db = abrir_base(copia_de_la_demo)
    try:
        contexto = Contexto(db, db.execute("SELECT min(id) FROM asociaciones").fetchone()[0])
        assert morosidad(contexto, date(1, 1, 1)) == []
    finally:
        db.close()


# --- una base con de todo ----------------------------------------------------------------------------------------

def _miembros(db, asociacion: int, azar: random.Random) -> list[int]:
    """MIEMBROS municipios: la mayoría con fecha de ingreso (algunas a mitad de año, después del vencimiento de
    marzo), algunos sin ella."""
    ids = []
    with transaccion(db):
        for i in range(MIEMBROS):
            ingreso = None if i % 11 == 0 else date(azar.randint(2010, 2025), azar.randint(1, 12), azar.randint(1, 28))
            miembro = db.insertar("INSERT INTO miembros (asociacion_id, nombre, pais, fecha_ingreso) "
                                 "VALUES (?, ?, ?, ?)", [asociacion, f"Municipio {i}", azar.choice(["AR", "UY", "CL"]),
                                  ingreso.isoformat() if ingreso else None])
            db.execute("INSERT INTO poblaciones (miembro_id, cifra, anio) VALUES (?, ?, 2015)",
                       [miembro, azar.choice([5_000, 150_000, 800_000, 4_000_000])])
            db.execute("INSERT INTO estados_miembro (miembro_id, estado, desde) VALUES (?, 'activo', '2000-01-01')",
                       [miembro])
            ids.append(miembro)
    return ids


def _extraordinarios(db, asociacion: int, miembros: list[int], azar: random.Random) -> None:
    """Cargos que no son cuotas anuales: deuda, pero no cuentan como cuotas impagas."""
    with transaccion(db):
        for miembro in azar.sample(miembros, 40):
            anio = azar.randint(2016, 2025)
            moneda = "USD" if anio < 2020 else "EUR"
            db.execute("INSERT INTO cargos (asociacion_id, miembro_id, tipo_cargo, anio, importe_bruto, importe, "
                       "moneda, vencimiento) VALUES (?, ?, 'extraordinaria', ?, 30000, 30000, ?, ?)",
                       [asociacion, miembro, anio, moneda, f"{anio}-09-30"])


def _pagar(db, asociacion: int, azar: random.Random) -> None:
    """Pagos directos en SQL (es la preparación): completos, parciales (de un saldo mínimo a la mitad), en dos pagos,
    posteriores al corte más común y anulados."""
    cargos = db.execute("SELECT id, miembro_id, anio, importe, moneda FROM cargos WHERE asociacion_id = ? ORDER BY id",
                        [asociacion]).fetchall()

    def pago(miembro, fecha, importe, moneda, anulado=False):
        return db.insertar(
            "INSERT INTO pagos (asociacion_id, miembro_id, fecha, importe, moneda, moneda_imputacion, "
            "importe_imputable, medio, anulado_en, motivo_anulacion) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, 'transferencia', ?, ?)",
            [asociacion, miembro, fecha, importe, moneda, moneda, importe,
             "2027-01-02" if anulado else None, "Cheque rechazado" if anulado else None])

    with transaccion(db):
        for cargo_id, miembro, anio, importe, moneda in cargos:
            if importe <= 0:
                continue
            suerte = azar.random()
            partes: list[tuple[str, int, bool]] = []  # (fecha, importe, anulado)
            if suerte < 0.45:
                partes = [(f"{anio}-05-01", importe, False)]
            elif suerte < 0.55:  # un saldo mínimo (1 centavo, 1 unidad, 3 %), tolerado o no según la regla
                falta = azar.choice([1, 100, importe * 3 // 100, 101])
                partes = [(f"{anio}-06-01", importe - falta, False)] if importe > falta else []
            elif suerte < 0.62:
                partes = [(f"{anio}-06-01", importe // 2, False)]
            elif suerte < 0.68:  # en dos pagos, el segundo bastante después
                partes = [(f"{anio}-06-01", importe // 3, False), (f"{anio + 2}-02-10", importe - importe // 3, False)]
            elif suerte < 0.73:
                partes = [(f"{anio}-07-01", importe, True)]  # anulado: no cuenta
            elif suerte < 0.76:
                partes = [("2026-12-01", importe, False)]  # después de varios cortes
            for fecha, monto, anulado in partes:
                if monto > 0:
                    db.execute("INSERT INTO imputaciones (pago_id, cargo_id, importe) VALUES (?, ?, ?)",
                               [pago(miembro, fecha, monto, moneda, anulado), cargo_id, monto])


@pytest.fixture(scope="module")
def base_variada(tmp_path_factory) -> tuple:
    azar = random.Random(17)
    db = abrir_base(tmp_path_factory.mktemp("morosidad") / "variada.db")
    asociacion = crear_asociacion(db, NuevaAsociacion(nombre="Red variada", sigla="RV"))
    contexto = Contexto(db, asociacion)
    miembros = _miembros(db, asociacion, azar)
    # Tres monedas: la escala pasó de dólares a euros en 2020 y a pesos chilenos (sin decimales) en 2024.
    definir_escala(contexto, escala_desde_texto(date(2014, 1, 1), "USD", TRAMOS, hasta=date(2019, 12, 31)))
    definir_escala(contexto, escala_desde_texto(date(2020, 1, 1), "EUR", TRAMOS, hasta=date(2023, 12, 31)))
    definir_escala(contexto, escala_desde_texto(date(2024, 1, 1), "CLP", "0:90000,100000:450000,500000:900000"))
    for miembro in azar.sample(miembros, 25):
        registrar_exencion(db, miembro, azar.randint(2015, 2026), azar.choice([100, 50]), "Emergencia")
    for anio in range(2015, 2027):
        emitir(contexto, anio)
    _extraordinarios(db, asociacion, miembros, azar)
    _pagar(db, asociacion, azar)
    yield db, contexto, miembros
    db.close()


@pytest.mark.parametrize("regla", [None, 2])
@pytest.mark.parametrize("porcentaje, unidades", [(0, 0), (0, 1), (5, 0), (3, 2)])
def test_en_una_base_con_de_todo_da_lo_mismo_que_la_regla_de_python(base_variada, regla, porcentaje, unidades):
    db, contexto, _ = base_variada
    fijar_regla_de_voto(contexto, regla, "Estatuto, art. 9" if regla else None)
    fijar_tolerancia(contexto, porcentaje, unidades, "Reglamento, art. 5")
    todas = [d for al in CORTES for d in _comparar(contexto, al)]
    # Lo que la comparación tenía que cubrir estuvo: si no, dar lo mismo no diría nada.
    assert {d.moneda for d in todas} == {"USD", "EUR", "CLP"}
    assert any(d.cuotas_impagas == 0 for d in todas)  # solo cargos extraordinarios
    assert any((d.mas_antiguo.month, d.mas_antiguo.day) not in ((3, 31), (9, 30)) for d in todas)  # desde el ingreso
    assert len({len(d.por_antiguedad) for d in todas}) > 2
    if porcentaje or unidades:
        assert any(d.cuotas_toleradas for d in todas)
    if regla:
        assert any(not d.puede_votar for d in todas) and any(d.puede_votar and d.cuotas_impagas for d in todas)


def test_lo_pagado_de_cada_cargo_se_lee_por_su_indice_y_no_contra_cada_pago(base_variada):
    """Los saldos de los cargos (`saldos_agrupados`: el gráfico de Inicio, la cobranza, conciliar un extracto) suman
    lo pagado de cada cargo por el índice de sus imputaciones. Antes, con los pagos de la asociación como lista
    (`pago_id IN (SELECT …)`), SQLite sin estadísticas probaba cada pago contra cada cargo: en esta base, 2.664 cargos
    y 2.188 pagos, unos 9.600 pasos de su máquina por cargo (0,6 s) en lugar de unos 35. Se cuentan los pasos, no los
    segundos: no dependen de la carga de la máquina."""
    db, contexto, _ = base_variada
    pagos = db.execute("SELECT count(*) FROM pagos WHERE asociacion_id = ?", [contexto.asociacion_id]).fetchone()[0]
    assert pagos > 2000   # la base tiene con qué notarlo
    pasos = [0]

    def contar():
        pasos[0] += 1
        return 0

    db.conn.set_progress_handler(contar, 100)
    try:
        saldos = tabla_cuotas.saldos_agrupados(db, contexto.asociacion_id, "2026-11-24")
    finally:
        db.conn.set_progress_handler(None, 0)
    assert len(saldos) > 2000 and any(pagado for *_, pagado, _, _ in saldos)
    por_cargo = pasos[0] * 100 / len(saldos)
    assert por_cargo < 200, f"{por_cargo:.0f} pasos de SQLite por cargo con {pagos} pagos"


def test_a_igual_total_en_dos_monedas_el_orden_es_el_de_siempre(base_variada):
    """Un miembro que debe lo mismo en dos monedas (500,00 USD y 500,00 EUR son 50000 en unidades menores): el orden
    entre sus dos deudas es el de la regla de Python (la moneda de su cargo más viejo primero)."""
    db, contexto, _ = base_variada
    deudas_al = morosidad(contexto, date(2026, 11, 24))
    empates = [(a, b) for a, b in zip(deudas_al, deudas_al[1:]) if a.miembro_id == b.miembro_id and a.total == b.total]
    assert empates, "la base no tiene el caso"
    assert deudas_al == morosidad_de_referencia(contexto, date(2026, 11, 24))


def test_el_derecho_a_voto_de_cada_miembro_es_el_de_la_morosidad(base_variada):
    db, contexto, miembros = base_variada
    fijar_regla_de_voto(contexto, 2, "Estatuto, art. 9")
    fijar_tolerancia(contexto, 0, 1, "Reglamento, art. 5")
    al = date(2026, 11, 24)
    referencia = morosidad_de_referencia(contexto, al)
    for miembro in miembros[:120]:
        propias = [d for d in referencia if d.miembro_id == miembro]
        voto = derecho_a_voto(contexto, miembro, al)
        assert voto.cuotas_impagas == sum(d.cuotas_que_suspenden for d in propias)
        assert voto.puede_votar == all(d.puede_votar for d in propias)
        toleradas = sum(d.cuotas_toleradas for d in propias)
        assert bool(re.search("que no cuentan? para suspender el voto", voto.motivo)) == (toleradas > 0)
        # Sin voto por cuotas, se sabe desde cuándo (issue 43): ese día ya no votaba (la morosidad calculada en SQL a
        # esa fecha lo dice) y el día anterior todavía votaba.
        if voto.causa == "cuotas":
            assert voto.desde is not None and voto.desde <= al
            assert derecho_a_voto(contexto, miembro, voto.desde).causa == "cuotas"
            assert derecho_a_voto(contexto, miembro, voto.desde - timedelta(days=1)).puede_votar


# --- bases al azar (hypothesis) ----------------------------------------------------------------------------------
# Cada ejemplo, una asociación nueva en la misma base (SQLite y el servidor): unos pocos miembros con o sin fecha de
# ingreso, cuotas anuales y cargos extraordinarios en tres monedas (con 2, 0 y 3 decimales), pagos completos,
# parciales, anulados o posteriores al corte, una tolerancia y una regla de voto; se compara la morosidad del
# programa (SQL) con el oráculo en varios cortes.

_MONEDAS = ("USD", "JPY", "KWD")


@st.composite
def carteras(draw):
    miembros = []
    for _ in range(draw(st.integers(1, 5))):
        ingreso = draw(st.one_of(st.none(), st.dates(date(2018, 1, 1), date(2026, 12, 31))))
        cargos = {}
        for _ in range(draw(st.integers(0, 5))):
            tipo = draw(st.sampled_from(["cuota_anual", "cuota_anual", "extraordinaria"]))
            anio = draw(st.integers(2019, 2026))
            importe = draw(st.integers(0, 10_000_000))
            pagos = draw(st.lists(st.tuples(st.dates(date(2019, 1, 1), date(2027, 6, 30)), st.integers(0, 100),
                                            st.booleans()), max_size=3))
            cargos[(tipo, anio)] = (importe, draw(st.sampled_from(_MONEDAS)),
                                    draw(st.sampled_from(["03-31", "09-30", "12-31"])), pagos)
        miembros.append((ingreso, cargos))
    return miembros


def _armar(db, asociacion: int, cartera) -> None:
    """La cartera, escrita directamente en SQL (es la preparación). Cada pago imputa a su cargo un porcentaje de lo
    que todavía le falta (nunca más que el importe del cargo)."""
    with transaccion(db):
        for numero, (ingreso, cargos) in enumerate(cartera):
            miembro = db.insertar(
                "INSERT INTO miembros (asociacion_id, nombre, pais, fecha_ingreso) VALUES (?, ?, 'AR', ?)",
                [asociacion, f"Municipio {numero}", ingreso and ingreso.isoformat()])
            for (tipo, anio), (importe, moneda, dia, pagos) in cargos.items():
                cargo = db.insertar(
                    "INSERT INTO cargos (asociacion_id, miembro_id, tipo_cargo, anio, importe_bruto, importe, moneda, "
                    "vencimiento) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [asociacion, miembro, tipo, anio, importe, importe, moneda, f"{anio}-{dia}"])
                falta = importe
                for fecha, porcentaje, anulado in pagos:
                    monto = falta * porcentaje // 100
                    if monto <= 0:
                        continue
                    pago = db.insertar(
                        "INSERT INTO pagos (asociacion_id, miembro_id, fecha, importe, moneda, moneda_imputacion, "
                        "importe_imputable, medio, anulado_en, motivo_anulacion) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, 'transferencia', ?, ?)",
                        [asociacion, miembro, fecha.isoformat(), monto, moneda, moneda, monto,
                         "2027-07-01" if anulado else None, "Cheque rechazado" if anulado else None])
                    db.execute("INSERT INTO imputaciones (pago_id, cargo_id, importe) VALUES (?, ?, ?)",
                               [pago, cargo, monto])
                    falta -= monto


_siglas = iter(range(1, 10_000))
# Los cortes que caen el día de un vencimiento o el siguiente: ahí una deuda empieza a contar.
_BORDES = [date(anio, mes, dia) for anio in range(2019, 2028) for mes, dia in ((3, 31), (4, 1), (9, 30), (10, 1),
                                                                               (12, 31))] + [date(2028, 1, 1)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cartera=carteras(), regla=st.one_of(st.none(), st.integers(1, 3)), porcentaje=st.integers(0, 10),
       unidades=st.integers(0, 3), cortes=st.lists(st.one_of(st.dates(date(2019, 1, 1), date(2028, 1, 1)),
                                                             st.sampled_from(_BORDES)), min_size=1, max_size=4))
def test_en_bases_al_azar_da_lo_mismo_que_el_oraculo(db, cartera, regla, porcentaje, unidades, cortes):
    db.dialecto == "sqlite" and db.execute("PRAGMA synchronous = OFF")
    contexto = Contexto(db, crear_asociacion(db, NuevaAsociacion(nombre="Red al azar", sigla=f"RA{next(_siglas)}")))
    _armar(db, contexto.asociacion_id, cartera)
    fijar_regla_de_voto(contexto, regla, "Estatuto, art. 9" if regla else None)
    fijar_tolerancia(contexto, porcentaje, unidades, "Reglamento, art. 5")
    ingresos = [ingreso for ingreso, _ in cartera if ingreso]   # el día del ingreso, el atraso empieza a contar
    for al in cortes + ingresos[:2]:
        _comparar(contexto, al)
