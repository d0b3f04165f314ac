"""Pagos, recibos, saldo a favor, anulaciones, morosidad, derecho a voto, estado de cuenta y avisos."""

from datetime import date

import pytest

from ayudas import RECHAZO_DE_LA_BASE, contar
from escritorio.datos.conexion import transaccion
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.asociaciones import NuevaAsociacion, crear_asociacion
from escritorio.servicios.cobranza import (derecho_a_voto, estados_de_cuenta, morosidad, preparar_avisos,
                                           sin_derecho_a_voto)
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, emitir, escala_desde_texto, fijar_regla_de_voto
from escritorio.servicios.informes_cuotas import generar_avisos
from escritorio.servicios.pagos import NuevoPago, anular_pago, listar_pagos, obtener_pago, registrar_pago

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores


def alta(db, asociacion, nombre, poblacion, pais="AR") -> int:
    with transaccion(db):
        miembro = db.insertar("INSERT INTO miembros (asociacion_id, nombre, pais) VALUES (?, ?, ?)",
                             [asociacion, nombre, pais])
        db.execute("INSERT INTO poblaciones (miembro_id, cifra, anio) VALUES (?, ?, 2020)", [miembro, poblacion])
        db.execute("INSERT INTO estados_miembro (miembro_id, estado, desde) VALUES (?, 'activo', '1995-11-11')", [miembro])
    return miembro


def pagar(db, asociacion, miembro, monto, fecha, moneda="USD", **otros):
    contexto = Contexto(db, asociacion)
    return registrar_pago(contexto, NuevoPago(miembro, date.fromisoformat(fecha), monto, moneda, **otros))


def saldos(db, miembro) -> dict[int, int]:
    """Año -> lo que falta pagar de la cuota de ese año."""
    return {anio: importe - pagado for anio, importe, pagado in db.execute(
        """SELECT c.anio, c.importe, coalesce((SELECT sum(i.importe) FROM imputaciones i JOIN pagos p ON p.id = i.pago_id
                  WHERE i.cargo_id = c.id AND p.anulado_en IS NULL), 0)
           FROM cargos c WHERE c.miembro_id = ? ORDER BY c.anio""", [miembro])}


def cargo_id(db, miembro, anio) -> int:
    return db.execute("SELECT id FROM cargos WHERE miembro_id = ? AND anio = ?", [miembro, anio]).fetchone()[0]


@pytest.fixture
def parana(db, asociacion_id) -> int:
    """Paraná (tramo de USD 500) con las cuotas 2025 y 2026 emitidas y sin pagar."""
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala_desde_texto(date(2002, 1, 1), "USD", "0:100,100000:500,500000:1000,3000000:2000"))
    fijar_regla_de_voto(contexto, 2, "Estatuto, art. 9")
    miembro = alta(db, asociacion_id, "Paraná", 247_863)
    emitir(contexto, 2025)
    emitir(contexto, 2026)
    return miembro


# --- imputación ----------------------------------------------------------------------------------

def test_un_pago_cubre_dos_anios_del_mas_viejo_al_mas_nuevo(db, asociacion_id, parana):
    pago = pagar(db, asociacion_id, parana, "1000.00", "2026-05-01")

    assert (pago.recibo, pago.imputado, pago.a_favor) == ("0001/2026", 100_000, 0)
    assert pago.resumen() == "Pago registrado con el recibo 0001/2026: imputado USD 1.000,00"
    assert saldos(db, parana) == {2025: 0, 2026: 0}


def test_pago_parcial_deja_saldo_en_el_anio_mas_viejo(db, asociacion_id, parana):
    pagar(db, asociacion_id, parana, "700,00", "2026-05-01")
    assert saldos(db, parana) == {2025: 0, 2026: 30_000}


def test_pago_de_mas_queda_a_favor_y_se_aplica_a_la_proxima_emision(db, asociacion_id, parana):
    pago = pagar(db, asociacion_id, parana, "1.200,00", "2026-05-01")
    assert (pago.imputado, pago.a_favor) == (100_000, 20_000)
    assert pago.resumen().endswith("queda USD 200,00 a favor del miembro")

    emitir(Contexto(db, asociacion_id), 2027)

    assert saldos(db, parana) == {2025: 0, 2026: 0, 2027: 30_000}


def test_pago_en_pesos_con_el_cambio_del_dia(db, asociacion_id, parana):
    pago = pagar(db, asociacion_id, parana, "1.260.000,00", "2026-05-01", "ARS", tipo_cambio="1050")

    assert (pago.imputado, pago.a_favor, pago.moneda) == (100_000, 20_000, "USD")
    guardado = obtener_pago(Contexto(db, asociacion_id), pago.pago_id)
    assert (guardado["importe"], guardado["moneda"], guardado["tipo_cambio"], guardado["importe_imputable"]) == (
        126_000_000, "ARS", "1050", 120_000)
    assert saldos(db, parana) == {2025: 0, 2026: 0}


def test_pago_adelantado_en_pesos_de_un_miembro_nuevo_cubre_su_primera_cuota(db, asociacion_id):
    """Sin cargos todavía, el pago en pesos se convierte a la moneda de la escala; el cambio no se pierde."""
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala_desde_texto(date(2002, 1, 1), "USD", "0:100,100000:500"))
    nueva = alta(db, asociacion_id, "Concordia", 170_000)

    pago = pagar(db, asociacion_id, nueva, "525.000,00", "2026-01-10", "ARS", tipo_cambio="1050")
    emitir(contexto, 2026)

    assert obtener_pago(contexto, pago.pago_id)["tipo_cambio"] == "1050"
    assert saldos(db, nueva) == {2026: 0}


def test_pago_en_pesos_sin_tipo_de_cambio_se_rechaza(db, asociacion_id, parana):
    with pytest.raises(ErrorValidacion, match="El pago es en ARS y los cargos en USD: indique el tipo de cambio "
                                              r"\(ARS por 1 USD\)"):
        pagar(db, asociacion_id, parana, "500000", "2026-05-01", "ARS")
    assert contar(db, "pagos") == 0


def test_imputacion_elegida_a_mano(db, asociacion_id, parana):
    anio_2026 = cargo_id(db, parana, 2026)
    pago = pagar(db, asociacion_id, parana, "500.00", "2026-05-01", imputaciones={anio_2026: "500.00"})
    assert (pago.imputado, pago.a_favor) == (50_000, 0)
    assert saldos(db, parana) == {2025: 50_000, 2026: 0}


@pytest.mark.parametrize("elegir, mensaje", [
    (lambda c: {c[2025]: "600.00"}, "A Cuota anual 2025 se imputan USD 600,00 pero su saldo es USD 500,00."),
    (lambda c: {c[2025]: "300.00", c[2026]: "300.00"}, "Las imputaciones suman más que el pago (USD 500,00)."),
    (lambda c: {999: "100.00"}, "El cargo 999 no es un cargo pendiente de este miembro."),
    (lambda c: {c[2025]: "cien"}, "Imputación a Cuota anual 2025: «cien» no es un importe"),
    (lambda c: {c[2025]: "1e400"}, "Imputación a Cuota anual 2025: «1e400» no es un importe"),
    (lambda c: {c[2025]: "9999999999999"}, "Imputación a Cuota anual 2025: «9999999999999» es demasiado grande; "
                                            "el máximo es 999.999.999.999,99"),
    (lambda c: {c[2025]: "-100"}, "Imputación a Cuota anual 2025: «-100» es negativo"),
])
def test_imputacion_a_mano_invalida(db, asociacion_id, parana, elegir, mensaje):
    cargos = {anio: cargo_id(db, parana, anio) for anio in (2025, 2026)}
    with pytest.raises(ErrorValidacion) as error:
        pagar(db, asociacion_id, parana, "500.00", "2026-05-01", imputaciones=elegir(cargos))
    assert mensaje.format(a=cargos[2025]) in error.value.mensaje
    assert error.value.mensaje.startswith("No se registró el pago:")
    assert (contar(db, "pagos"), contar(db, "recibos")) == (0, 0)


@pytest.mark.parametrize("monto, fecha, otros, mensaje", [
    ("0", "2026-05-01", {}, "El monto debe ser mayor que cero."),
    ("-50", "2026-05-01", {}, "El monto debe ser mayor que cero."),
    ("quinientos", "2026-05-01", {}, "Monto: «quinientos» no es un importe"),
    ("500,001", "2026-05-01", {}, "tiene más decimales de los que admite USD"),
    ("500", "2999-01-01", {}, "La fecha del pago está en el futuro."),
    ("500", "2026-05-01", {"medio": "bitcoin"}, "Medio de pago «bitcoin» desconocido"),
])
def test_pago_invalido_se_explica(db, asociacion_id, parana, monto, fecha, otros, mensaje):
    with pytest.raises(ErrorValidacion, match=mensaje):
        pagar(db, asociacion_id, parana, monto, fecha, **otros)
    assert contar(db, "pagos") == 0


def test_pago_de_un_miembro_inexistente(db, asociacion_id, parana):
    with pytest.raises(ErrorEscritorio, match="No existe el miembro con id 999 en esta asociación."):
        pagar(db, asociacion_id, 999, "500", "2026-05-01")


# --- anulación -----------------------------------------------------------------------------------

def test_pago_anulado_deja_de_contar_y_no_se_anula_dos_veces(db, asociacion_id, parana):
    pago = pagar(db, asociacion_id, parana, "1000.00", "2026-05-01", medio="cheque")

    contexto = Contexto(db, asociacion_id)
    anular_pago(contexto, pago.pago_id, "Cheque rechazado")

    assert saldos(db, parana) == {2025: 50_000, 2026: 50_000}
    assert [d.total for d in morosidad(contexto, date(2026, 6, 1))] == [100_000]
    [listado] = listar_pagos(contexto, parana)
    assert (listado["recibo"], listado["motivo_anulacion"]) == ("0001/2026", "Cheque rechazado")
    with pytest.raises(ErrorEscritorio, match=f"El pago {pago.pago_id} ya fue anulado el .*: Cheque rechazado."):
        anular_pago(contexto, pago.pago_id, "Otra vez")


def test_anular_sin_motivo_o_pago_inexistente(db, asociacion_id, parana):
    pago = pagar(db, asociacion_id, parana, "500", "2026-05-01")
    contexto = Contexto(db, asociacion_id)
    with pytest.raises(ErrorEscritorio, match="Indique el motivo de la anulación"):
        anular_pago(contexto, pago.pago_id, "  ")
    with pytest.raises(ErrorEscritorio, match="No existe el pago 999 en esta asociación."):
        anular_pago(contexto, 999, "x")
    assert saldos(db, parana)[2025] == 0


def test_un_pago_nunca_se_borra_ni_se_modifica_anulado(db, asociacion_id, parana):
    pago = pagar(db, asociacion_id, parana, "500", "2026-05-01")
    with pytest.raises(RECHAZO_DE_LA_BASE, match="Un pago no se borra: se anula con un motivo."):
        db.execute("DELETE FROM pagos")
    db.conn.rollback()
    anular_pago(Contexto(db, asociacion_id), pago.pago_id, "Error de carga")
    with pytest.raises(RECHAZO_DE_LA_BASE, match="Un pago anulado no se modifica."):
        db.execute("UPDATE pagos SET anulado_en = NULL, motivo_anulacion = NULL")
    db.conn.rollback()
    assert contar(db, "pagos") == 1


# --- recibos -------------------------------------------------------------------------------------

def test_recibos_numerados_por_asociacion_y_anio(db, asociacion_id, parana, monkeypatch):
    monkeypatch.setattr("escritorio.servicios.pagos.fecha_de_hoy", lambda: date(2027, 3, 1))
    otra = crear_asociacion(db, NuevaAsociacion(nombre="Red de Ciudades del Norte", sigla="RCN", paises={"AR": "pleno"}))
    tucuman = alta(db, otra, "San Miguel de Tucumán", 548_866)

    recibos = [pagar(db, asociacion_id, parana, "100", "2026-05-01").recibo,
               pagar(db, asociacion_id, parana, "100", "2026-06-01").recibo,
               pagar(db, otra, tucuman, "100", "2026-06-15").recibo,
               pagar(db, asociacion_id, parana, "100", "2027-01-10").recibo,
               pagar(db, asociacion_id, parana, "100", "2026-12-30").recibo]

    assert recibos == ["0001/2026", "0002/2026", "0001/2026", "0001/2027", "0003/2026"]


def test_recibo_de_un_pago_anulado_conserva_su_numero(db, asociacion_id, parana):
    primero = pagar(db, asociacion_id, parana, "100", "2026-05-01")
    anular_pago(Contexto(db, asociacion_id), primero.pago_id, "Error de carga")
    assert pagar(db, asociacion_id, parana, "100", "2026-05-02").recibo == "0002/2026"


# --- derecho a voto ------------------------------------------------------------------------------

def test_el_voto_se_suspende_al_vencer_la_segunda_cuota(db, asociacion_id, parana):
    contexto = Contexto(db, asociacion_id)
    antes = derecho_a_voto(contexto, parana, date(2026, 3, 31))
    despues = derecho_a_voto(contexto, parana, date(2026, 4, 1))

    assert (antes.puede_votar, antes.cuotas_impagas) == (True, 1)
    assert antes.motivo == "Debe 1 cuota anual vencida; el voto se suspende con 2 (Estatuto, art. 9)."
    assert (despues.puede_votar, despues.cuotas_impagas) == (False, 2)
    assert despues.motivo == "Debe 2 cuotas anuales vencidas; 2 o más suspenden el voto (Estatuto, art. 9)."
    # Desde cuándo: el día siguiente al vencimiento (31/03/2026) de la segunda cuota impaga (issue 43).
    assert (antes.desde, despues.desde, despues.causa) == (None, date(2026, 4, 1), "cuotas")
    assert sin_derecho_a_voto(contexto, date(2026, 3, 31)) == set()
    assert sin_derecho_a_voto(contexto, date(2026, 4, 1)) == {parana}


def test_pagar_en_parte_no_devuelve_el_voto_y_pagar_todo_si(db, asociacion_id, parana):
    pagar(db, asociacion_id, parana, "499.99", "2026-05-01")  # a 2025 le falta un centavo
    assert saldos(db, parana) == {2025: 1, 2026: 50_000}
    contexto = Contexto(db, asociacion_id)
    assert not derecho_a_voto(contexto, parana, date(2026, 5, 2)).puede_votar
    pagar(db, asociacion_id, parana, "500.01", "2026-05-10")
    assert not derecho_a_voto(contexto, parana, date(2026, 5, 9)).puede_votar  # a esa fecha aún debía
    assert derecho_a_voto(contexto, parana, date(2026, 5, 10)).puede_votar


def test_sin_regla_nadie_pierde_el_voto(db, asociacion_id, parana):
    contexto = Contexto(db, asociacion_id)
    fijar_regla_de_voto(contexto, None, None)
    voto = derecho_a_voto(contexto, parana, date(2026, 6, 1))
    assert (voto.puede_votar, voto.motivo) == (True, "Los estatutos no suspenden el voto por cuotas impagas.")


def test_cuotas_impagas_en_dos_monedas_suspenden_el_voto_en_todas_las_consultas(db, asociacion_id):
    """La escala cambió de moneda en 2026: deber 2025 (USD) y 2026 (EUR) son dos cuotas anuales impagas."""
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala_desde_texto(date(2002, 1, 1), "USD", "0:100,100000:500", hasta=date(2025, 12, 31)))
    definir_escala(contexto, escala_desde_texto(date(2026, 1, 1), "EUR", "0:100,100000:450"))
    fijar_regla_de_voto(contexto, 2, "Estatuto, art. 9")
    parana = alta(db, asociacion_id, "Paraná", 247_863)
    emitir(contexto, 2025)
    emitir(contexto, 2026)
    al = date(2026, 6, 1)

    assert not derecho_a_voto(contexto, parana, al).puede_votar
    assert sin_derecho_a_voto(contexto, al) == {parana}  # lo que usan sesiones y quórum


# --- estado de cuenta ----------------------------------------------------------------------------

def test_estado_de_cuenta_con_saldo_corriente(db, asociacion_id, parana):
    pagar(db, asociacion_id, parana, "500", "2025-05-01")
    anulado = pagar(db, asociacion_id, parana, "500", "2026-04-10", medio="cheque")
    contexto = Contexto(db, asociacion_id)
    anular_pago(contexto, anulado.pago_id, "Cheque rechazado")
    pagar(db, asociacion_id, parana, "200", "2026-05-01")

    [estado] = estados_de_cuenta(contexto, parana, date(2026, 6, 1))

    assert [(m.fecha, m.concepto, m.debe, m.haber, m.saldo) for m in estado.movimientos] == [
        (date(2025, 1, 1), "Cuota anual 2025", 50_000, 0, 50_000),
        (date(2025, 5, 1), "Pago, recibo 0001/2025", 0, 50_000, 0),
        (date(2026, 1, 1), "Cuota anual 2026", 50_000, 0, 50_000),
        (date(2026, 4, 10), "Pago, recibo 0001/2026 — ANULADO: Cheque rechazado", 0, 0, 50_000),
        (date(2026, 5, 1), "Pago, recibo 0002/2026", 0, 20_000, 30_000),
    ]
    assert (estado.saldo, estado.vencido, estado.moneda) == (30_000, 30_000, "USD")
    assert estado.miembro["nombre"] == "Paraná"


def test_estado_de_cuenta_a_una_fecha_no_incluye_lo_posterior(db, asociacion_id, parana):
    pagar(db, asociacion_id, parana, "500", "2025-05-01")
    pagar(db, asociacion_id, parana, "500", "2026-05-01")

    [estado] = estados_de_cuenta(Contexto(db, asociacion_id), parana, date(2025, 6, 1))

    # Al 01/06/2025 Paraná no debía nada: la cuota 2026 (y su pago) todavía no existían.
    assert [(m.fecha, m.concepto) for m in estado.movimientos] == [
        (date(2025, 1, 1), "Cuota anual 2025"), (date(2025, 5, 1), "Pago, recibo 0001/2025")]
    assert estado.saldo == 0


def _texto_del_estado_de_cuenta(contexto, miembro, ruta, al) -> str:
    from pypdf import PdfReader

    from escritorio.servicios.informes_cuotas import imprimir_estado_de_cuenta

    imprimir_estado_de_cuenta(contexto, miembro, ruta, al)
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(ruta).pages)


def test_el_estado_de_cuenta_dice_que_el_voto_esta_suspendido_por_que_y_desde_cuando(db, asociacion_id, parana,
                                                                                       tmp_path):
    """Issue 43: el estado de cuenta de quien no vota por cuotas impagas no lo decía. Ahora lo dice bajo el nombre,
    con la regla y su artículo y el día en que la segunda cuota impaga lo suspendió; al pagar, ya no."""
    contexto = Contexto(db, asociacion_id)
    antes = _texto_del_estado_de_cuenta(contexto, parana, tmp_path / "marzo.pdf", date(2026, 3, 31))
    assert "Suspendido" not in antes and "Voto" not in antes  # al 31/03/2026 debía una sola: vota

    texto = _texto_del_estado_de_cuenta(contexto, parana, tmp_path / "junio.pdf", date(2026, 6, 1))
    assert ("Miembro Paraná Voto Suspendido desde el 01/04/2026 · Debe 2 cuotas anuales vencidas; 2 o más suspenden "
            "el voto (Estatuto, art. 9).") in texto

    pagar(db, asociacion_id, parana, "1000", "2026-06-10")
    pagado = _texto_del_estado_de_cuenta(contexto, parana, tmp_path / "julio.pdf", date(2026, 7, 1))
    assert "Suspendido" not in pagado


def test_el_voto_de_un_miembro_suspendido_y_su_estado_de_cuenta(db, asociacion_id, parana, tmp_path):
    """Un miembro suspendido (su estado) no vota aunque no deba nada: lo dicen el derecho a voto (la ventana) y el
    estado de cuenta, con el motivo y desde cuándo. Dado de baja, la ficha dice la baja, no el voto."""
    from escritorio.servicios.miembros import cambiar_estado

    contexto = Contexto(db, asociacion_id)
    pagar(db, asociacion_id, parana, "1000", "2026-03-01")
    cambiar_estado(db, parana, "suspendido", date(2026, 5, 4), "Falta de pago de aportes extraordinarios",
                   asociacion_id)
    voto = derecho_a_voto(contexto, parana, date(2026, 6, 1))
    assert (voto.puede_votar, voto.causa, voto.desde) == (False, "suspendido", date(2026, 5, 4))
    assert voto.motivo == "Miembro suspendido desde el 04/05/2026: Falta de pago de aportes extraordinarios"
    assert derecho_a_voto(contexto, parana, date(2026, 5, 3)).puede_votar  # el día anterior todavía votaba
    texto = _texto_del_estado_de_cuenta(contexto, parana, tmp_path / "suspendido.pdf", date(2026, 6, 1))
    assert ("Voto Miembro suspendido desde el 04/05/2026: Falta de pago de aportes extraordinarios") in texto

    cambiar_estado(db, parana, "baja", date(2026, 6, 15), "Renuncia", asociacion_id)
    de_baja = _texto_del_estado_de_cuenta(contexto, parana, tmp_path / "baja.pdf", date(2026, 7, 1))
    assert "Dado de baja el 15/06/2026 · Motivo: Renuncia" in de_baja and "Voto" not in de_baja
    assert derecho_a_voto(contexto, parana, date(2026, 7, 1)).causa == "baja"


# --- avisos de cobro -----------------------------------------------------------------------------

def test_avisos_nunca_dos_veces_y_uno_nuevo_al_pasar_de_nivel(db, asociacion_id, parana, tmp_path):
    al = date(2025, 5, 15)  # la cuota 2025 venció el 31/03: 45 días de atraso, primer aviso (30 días)
    contexto = Contexto(db, asociacion_id)
    [aviso] = preparar_avisos(contexto, al)
    assert (aviso.miembro, aviso.nivel, aviso.total, [c["dias"] for c in aviso.cargos]) == ("Paraná", 1, 50_000, [45])

    assert generar_avisos(contexto, tmp_path / "lote1.pdf", al).cantidad == 1
    assert (tmp_path / "lote1.pdf").read_bytes().startswith(b"%PDF")
    assert generar_avisos(contexto, tmp_path / "lote2.pdf", al).cantidad == 0
    assert preparar_avisos(contexto, date(2025, 6, 28)) == []  # 89 días: sigue en el primer nivel
    assert not (tmp_path / "lote2.pdf").exists()
    # 90 días de atraso, pero el 1.º aviso salió hace 45: entre el 1.º y el 2.º van los 60 días que separan sus
    # escalones (30 y 90), con el primero enviado tarde o temprano.
    assert preparar_avisos(contexto, date(2025, 6, 29)) == []

    [segundo] = preparar_avisos(contexto, date(2025, 7, 14))  # 60 días después del primero: segundo nivel
    assert (segundo.nivel, segundo.total) == (2, 50_000)
    assert generar_avisos(contexto, tmp_path / "lote3.pdf", date(2025, 7, 14)).cantidad == 1
    assert db.execute("SELECT nivel FROM avisos ORDER BY id").fetchall() == [(1,), (2,)]


def test_no_se_avisa_lo_pagado_ni_lo_no_vencido(db, asociacion_id, parana):
    pagar(db, asociacion_id, parana, "500", "2025-04-01")
    contexto = Contexto(db, asociacion_id)
    assert preparar_avisos(contexto, date(2025, 12, 1)) == []
    assert preparar_avisos(contexto, date(2026, 4, 29)) == []  # 2026 venció hace 29 días
    assert [a.total for a in preparar_avisos(contexto, date(2026, 4, 30))] == [50_000]
