"""Las cuotas de la red de ejemplo: escalas, emisiones 2020-2026, recibos sin huecos y votos suspendidos."""

from collections import defaultdict
from datetime import date
from decimal import Decimal


from ayudas import DIA_DE_LA_DEMO
from oraculos.cuotas import vencimiento_del_cargo
from escritorio.dominio.dinero import convertir
from escritorio.servicios.cobranza import derecho_a_voto, morosidad, sin_derecho_a_voto
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import listar_escalas
from escritorio.servicios.emision_de_cuotas import preparar_emision

HOY = DIA_DE_LA_DEMO  # la demo se arma con los pagos hechos «hasta hoy»: se fija el día


def test_dos_escalas_en_dolares(demo_fechada_db, rcs):
    vieja, nueva = listar_escalas(Contexto(demo_fechada_db, rcs))
    assert (vieja.desde, vieja.hasta, vieja.moneda) == (date(2002, 1, 1), date(2021, 12, 31), "USD")
    assert [t.importe for t in vieja.tramos] == [10_000, 50_000, 100_000, 200_000]
    assert (nueva.desde, nueva.hasta, nueva.moneda, nueva.regla_ingreso) == (date(2022, 1, 1), None, "USD", "prorrateo")
    assert [t.importe for t in nueva.tramos] == [15_000, 60_000, 120_000, 240_000]
    assert vieja.articulo and nueva.articulo


def test_cargos_de_2020_a_2026_segun_la_escala_de_cada_anio(demo_fechada_db, rcs):
    vieja, nueva = listar_escalas(Contexto(demo_fechada_db, rcs))
    por_anio = defaultdict(list)
    for anio, escala_id, importe, bruto, poblacion, moneda in demo_fechada_db.execute(
            "SELECT anio, escala_id, importe, importe_bruto, poblacion_usada, moneda FROM cargos WHERE asociacion_id = ?",
            [rcs]):
        por_anio[anio].append((escala_id, importe, bruto, poblacion, moneda))

    assert sorted(por_anio) == list(range(2020, 2027))
    for anio, cargos in por_anio.items():
        escala = vieja if anio < 2022 else nueva
        assert {c[0] for c in cargos} == {escala.id}, anio
        assert {c[4] for c in cargos} == {"USD"}
        for _, importe, bruto, poblacion, _ in cargos:
            completo = escala.tramo(poblacion).importe
            assert importe == bruto <= completo  # sin exenciones; menos solo si hubo prorrateo
            if escala is vieja:
                assert importe == completo
    assert len(por_anio[2026]) >= 280


def test_la_emision_de_la_demo_ya_esta_completa(demo_fechada_db, rcs):
    for anio in range(2020, 2027):
        emision = preparar_emision(Contexto(demo_fechada_db, rcs), anio)
        assert (emision.nuevos, emision.diferencias) == ([], []), anio


def test_recibos_numerados_por_anio_sin_huecos(demo_fechada_db, rcs):
    numeros = defaultdict(list)
    for anio, numero, fecha in demo_fechada_db.execute(
            "SELECT r.anio, r.numero, p.fecha FROM recibos r JOIN pagos p ON p.id = r.pago_id "
            "WHERE r.asociacion_id = ? ORDER BY r.anio, r.numero", [rcs]):
        numeros[anio].append(numero)
        assert int(fecha[:4]) == anio
    assert sorted(numeros) == list(range(2020, 2027))
    for anio, lista in numeros.items():
        assert lista == list(range(1, len(lista) + 1)), anio
    sin_recibo = demo_fechada_db.execute("SELECT count(*) FROM pagos p LEFT JOIN recibos r ON r.pago_id = p.id "
                            "WHERE r.id IS NULL").fetchone()[0]
    assert sin_recibo == 0


def test_pagos_coherentes(demo_fechada_db, rcs):
    assert demo_fechada_db.execute("SELECT count(*) FROM pagos WHERE fecha > ?", [HOY.isoformat()]).fetchone()[0] == 0
    sobrepagados = demo_fechada_db.execute(
        "SELECT count(*) FROM cargos c WHERE (SELECT coalesce(sum(importe), 0) FROM imputaciones WHERE cargo_id = c.id)"
        " > c.importe").fetchone()[0]
    assert sobrepagados == 0
    en_pesos = list(demo_fechada_db.query(
        "SELECT importe, tipo_cambio, importe_imputable FROM pagos WHERE moneda = 'ARS'"))
    assert en_pesos, "algunas ciudades argentinas pagan en pesos"
    for pago in en_pesos:
        assert pago["importe_imputable"] == convertir(pago["importe"], "ARS", Decimal(pago["tipo_cambio"]), "USD")


def test_diecisiete_miembros_con_el_voto_suspendido(demo_fechada_db, rcs):
    contexto = Contexto(demo_fechada_db, rcs)
    suspendidos = sin_derecho_a_voto(contexto, HOY)

    assert len(suspendidos) == 17
    for miembro in suspendidos:
        voto = derecho_a_voto(contexto, miembro, HOY)
        assert not voto.puede_votar and voto.cuotas_impagas >= 2
        assert "(Estatuto, art. 9)" in voto.motivo
    morosos = morosidad(contexto, HOY)
    assert {d.miembro_id for d in morosos if not d.puede_votar} == suspendidos
    assert len(morosos) > len(suspendidos)  # también hay quien debe poco y conserva el voto


def test_escritorio_demo_crea_la_red_de_ejemplo(cli, tmp_path):
    resultado = cli("demo", db=tmp_path / "demo.db")

    assert resultado.returncode == 0, resultado.stderr
    assert "300 miembros en 9 países" in resultado.stdout


def test_la_demo_prorratea_el_ingreso_segun_su_articulo_y_nunca_vence_antes(demo_fechada_db, rcs):
    """Reglamento de cuotas, art. 3 (reforma 2021): quien ingresa durante el año paga los meses que restan; su cuota
    no vence antes del ingreso."""
    _, nueva = listar_escalas(Contexto(demo_fechada_db, rcs))
    assert (nueva.regla_ingreso, nueva.articulo_ingreso) == ("prorrateo", "Reglamento de cuotas, art. 3")
    filas = list(demo_fechada_db.query(
        "SELECT m.fecha_ingreso, c.anio, c.vencimiento, c.detalle FROM cargos c JOIN miembros m ON m.id = c.miembro_id "
        "WHERE c.asociacion_id = ? AND c.anio >= 2022 AND substr(m.fecha_ingreso, 1, 4) = CAST(c.anio AS TEXT) "
        "AND substr(m.fecha_ingreso, 6, 2) <> '01'", [rcs]))
    assert filas  # la demo tiene ciudades admitidas a mitad de año desde 2022
    for fila in filas:
        # Ni antes del ingreso ni ese día: los días que la escala da a todos (01/01 → 31/03) desde el ingreso.
        anio = fila["anio"]
        assert fila["vencimiento"] == vencimiento_del_cargo(date(anio, 3, 31), date.fromisoformat(
            fila["fecha_ingreso"]), anio=anio).isoformat()
        assert fila["detalle"].endswith("según Reglamento de cuotas, art. 3")
    assert demo_fechada_db.execute("SELECT count(*) FROM cargos c JOIN miembros m ON m.id = c.miembro_id "
                      "WHERE c.vencimiento < m.fecha_ingreso").fetchone()[0] == 0


def test_la_demo_tolera_una_unidad_segun_el_reglamento(demo_fechada_db, rcs):
    from escritorio.servicios.cobranza import tolerancia
    from escritorio.servicios.estatutos import listar_normas, texto_en

    contexto = Contexto(demo_fechada_db, rcs)
    assert tolerancia(contexto).texto() == ("Un saldo de hasta 1 unidad de la moneda de la cuota no suspende el voto "
                                            "(Reglamento de cuotas, art. 5).")
    reglamento = next(n for n in listar_normas(contexto) if n["titulo"] == "Reglamento de cuotas")
    articulo = next(a for a in texto_en(contexto, reglamento["id"], HOY) if a.numero == "5")
    assert "hasta una unidad de la moneda de la cuota" in articulo.texto
