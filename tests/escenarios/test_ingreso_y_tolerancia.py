"""El año de la tesorería: una ciudad admitida en julio y un saldo de un centavo.

- Reglamento de cuotas, art. 3 (reforma 2021): quien ingresa durante el año paga la proporción de los meses que
  restan; ningún cargo vence antes del ingreso y la morosidad nunca cuenta tiempo anterior (dominio/cuotas.py,
  dominio/morosidad.py).
- Reglamento de cuotas, art. 5: un saldo de hasta una unidad de la moneda de la cuota no cuenta como cuota impaga
  para el art. 9 del Estatuto (suspensión del voto); el saldo sigue siendo deuda.
"""

import json
from datetime import date

import pytest

from escritorio.dominio.ficha import FichaMiembro
from escritorio.errores import ErrorEscritorio
from escritorio.servicios.cobranza import derecho_a_voto, morosidad, preparar_avisos, sin_derecho_a_voto, tolerancia
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import (definir_escala, escala_desde_texto, fijar_regla_de_voto, fijar_tolerancia,
                                         listar_escalas)
from escritorio.servicios.emision_de_cuotas import emitir
from escritorio.servicios.ficha import guardar_ficha
from escritorio.servicios.pagos import NuevoPago, registrar_pago

ART_3 = "Reglamento de cuotas, art. 3"
ART_5 = "Reglamento de cuotas, art. 5"


def alta(db, asociacion, nombre, ingreso, poblacion=120_000) -> int:
    return guardar_ficha(Contexto(db, asociacion), FichaMiembro(nombre=nombre, pais="AR", fecha_ingreso=ingreso),
                         poblacion=(poblacion, 2020, "Censo"))


def cargo(db, miembro, anio=2026) -> dict:
    return next(db.query("SELECT * FROM cargos WHERE miembro_id = ? AND anio = ?", [miembro, anio]))


@pytest.fixture
def red(db, asociacion_id) -> dict:
    """Escala de 2022 (USD 150 / 600 / 1.200 / 2.400) que prorratea el primer año; el estatuto de esta red suspende
    el voto con una sola cuota vencida impaga (así se ve cuándo pesa el atraso)."""
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala_desde_texto(
        date(2022, 1, 1), "USD", "0:150,100000:600,500000:1200,3000000:2400", articulo="Reglamento de cuotas, art. 3",
        regla_ingreso="prorrateo", articulo_ingreso=ART_3))
    fijar_regla_de_voto(contexto, 1, "Estatuto, art. 9")
    rosario = alta(db, asociacion_id, "Rosario", date(1995, 11, 11))
    emitir(contexto, 2026)  # enero: la emisión del año, antes de que llegue la ciudad nueva
    return {"asociacion": asociacion_id, "Rosario": rosario}


def test_la_ciudad_admitida_en_julio_no_debe_desde_marzo(db, red):
    asociacion = red["asociacion"]
    # 15/07/2026: la Asamblea admite a Villa Nueva; la secretaría la carga y vuelve a emitir 2026 (crea lo que falta).
    nueva = alta(db, asociacion, "Villa Nueva", date(2026, 7, 15))
    contexto = Contexto(db, asociacion)
    emitir(contexto, 2026)

    suyo = cargo(db, nueva)
    # Su cuota del año es la que dice la escala: 6 de 12 meses del tramo de USD 600, citando el artículo.
    assert (suyo["importe_bruto"], suyo["importe"]) == (30_000, 30_000)
    assert suyo["detalle"] == f"Prorrateo: 6 de 12 meses (ingreso 15/07/2026) según {ART_3}"
    # Su primera cuota no vence el día del ingreso: tiene los 89 días que la escala da a todos (01/01 → 31/03),
    # desde el 15/07 (issue 59); el de Rosario sigue venciendo el 31/03.
    assert suyo["vencimiento"] == "2026-10-12"
    assert cargo(db, red["Rosario"])["vencimiento"] == "2026-03-31"

    # En abril no figura entre los morosos (Rosario sí, que no pagó).
    en_abril = morosidad(contexto, date(2026, 4, 30))
    assert [d.miembro_id for d in en_abril] == [red["Rosario"]]
    # El día de su admisión vota en la misma Asamblea: no debe nada vencido.
    assert derecho_a_voto(contexto, nueva, date(2026, 7, 15)).puede_votar
    assert nueva not in sin_derecho_a_voto(contexto, date(2026, 7, 15))
    assert red["Rosario"] in sin_derecho_a_voto(contexto, date(2026, 7, 15))

    # Un mes después todavía no debe nada vencido: vota.
    assert nueva not in [d.miembro_id for d in morosidad(contexto, date(2026, 8, 20))]
    assert nueva not in sin_derecho_a_voto(contexto, date(2026, 10, 12))
    # Vencida la gracia sí la debe; el atraso se cuenta desde el vencimiento (36 días: primer aviso, no el tercero).
    [aviso] = [a for a in preparar_avisos(contexto, date(2026, 11, 17)) if a.miembro_id == nueva]
    assert (aviso.nivel, aviso.cargos[0]["dias"]) == (1, 36)
    [deuda] = [d for d in morosidad(contexto, date(2026, 11, 17)) if d.miembro_id == nueva]
    assert deuda.mas_antiguo == date(2026, 10, 12) and list(deuda.por_antiguedad) == ["1 a 90 días"]


def test_una_escala_que_cobra_desde_el_anio_siguiente(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala_desde_texto(date(2022, 1, 1), "USD", "0:150", regla_ingreso="desde_siguiente",
                                                articulo_ingreso="Reglamento, art. 7"))
    nueva = alta(db, asociacion_id, "Villa Nueva", date(2025, 7, 15))
    emitir(contexto, 2025)
    emitir(contexto, 2026)
    assert [c["anio"] for c in db.query("SELECT anio FROM cargos WHERE miembro_id = ?", [nueva])] == [2026]
    [escala] = listar_escalas(contexto)
    assert escala.articulo_ingreso == "Reglamento, art. 7"


def test_un_centavo_de_saldo_no_suspende_el_voto(db, red):
    asociacion, rosario = red["asociacion"], red["Rosario"]
    contexto = Contexto(db, asociacion)
    registrar_pago(contexto, NuevoPago(rosario, date(2026, 3, 1), "599.99", "USD"))  # le falta un centavo

    # Sin tolerancia, el centavo es una cuota impaga: con la regla de esta red (una cuota), pierde el voto.
    assert not derecho_a_voto(contexto, rosario, date(2026, 6, 1)).puede_votar

    fijar_tolerancia(contexto, unidades=1, articulo=ART_5)

    voto = derecho_a_voto(contexto, rosario, date(2026, 6, 1))
    assert voto.puede_votar
    assert voto.motivo == ("Debe 0 cuotas anuales vencidas; el voto se suspende con 1 (Estatuto, art. 9). Además debe "
                           f"un saldo mínimo de 1 cuota que no cuenta para suspender el voto ({ART_5}); sigue siendo deuda.")
    assert rosario not in sin_derecho_a_voto(contexto, date(2026, 6, 1))
    # El centavo sigue figurando como deuda.
    [deuda] = morosidad(contexto, date(2026, 6, 1))
    assert (deuda.miembro_id, deuda.total, deuda.cuotas_impagas, deuda.puede_votar) == (rosario, 1, 1, True)
    # Pagado el centavo, ya no debe nada.
    registrar_pago(contexto, NuevoPago(rosario, date(2026, 3, 2), "0.01", "USD"))
    assert not morosidad(contexto, date(2026, 6, 1))


def test_la_tolerancia_por_porcentaje_y_sus_limites(db, red):
    asociacion, rosario = red["asociacion"], red["Rosario"]
    contexto = Contexto(db, asociacion)
    registrar_pago(contexto, NuevoPago(rosario, date(2026, 3, 1), "570.00", "USD"))  # debe USD 30 = 5 %
    fijar_tolerancia(contexto, porcentaje=5, articulo=ART_5)
    assert derecho_a_voto(contexto, rosario, date(2026, 6, 1)).puede_votar
    fijar_tolerancia(contexto, porcentaje=4, unidades=29, articulo=ART_5)  # USD 24 y USD 29: no alcanza
    assert not derecho_a_voto(contexto, rosario, date(2026, 6, 1)).puede_votar
    assert tolerancia(contexto).texto() == ("Un saldo de hasta 29 unidades de la moneda de la cuota o el 4 % de "
                                            f"la cuota no suspende el voto ({ART_5}).")
    with pytest.raises(ErrorEscritorio, match=r"Tolerancia \(porcentaje de la cuota\): .*de 0 a 100"):
        fijar_tolerancia(contexto, porcentaje=101)
    assert tolerancia(contexto).porcentaje == 4  # no se cambió nada


# --- la línea de órdenes --------------------------------------------------------------------------------------

def test_cli_escala_con_articulo_del_ingreso_y_tolerancia(cli, base_cli):
    definida = cli("cuotas", "escala", "definir", "--desde", "2022-01-01", "--moneda", "USD", "--tramos",
                   "0:150,100000:600", "--ingreso", "prorrateo", "--articulo-ingreso", ART_3, db=base_cli)
    assert definida.returncode == 0, definida.stderr
    listada = cli("cuotas", "escala", "listar", db=base_cli)
    assert f"Quien ingresa durante el año: prorrateo por meses ({ART_3})." in listada.stdout
    [escala] = json.loads(cli("cuotas", "escala", "listar", "--json", db=base_cli).stdout)
    assert (escala["regla_ingreso"], escala["articulo_ingreso"]) == ("prorrateo", ART_3)

    fijada = cli("cuotas", "tolerancia", "--unidades", "1", "--articulo", ART_5, db=base_cli)
    assert fijada.returncode == 0, fijada.stderr
    assert fijada.stdout.strip() == f"Un saldo de hasta 1 unidad de la moneda de la cuota no suspende el voto ({ART_5})."
    mala = cli("cuotas", "tolerancia", "--porcentaje", "150", db=base_cli)
    assert mala.returncode == 1 and "Tolerancia (porcentaje de la cuota)" in mala.stderr
    assert "Traceback" not in mala.stderr
    quitada = cli("cuotas", "tolerancia", db=base_cli)
    assert quitada.stdout.strip() == "Todo saldo impago cuenta para suspender el voto (sin tolerancia)."


def test_un_cargo_viejo_que_vencia_antes_del_ingreso_no_cuenta_atraso_anterior(db, red):
    """Un cargo emitido por una versión anterior (venció el 31/03 aunque la ciudad ingresó el 15/07): la morosidad y
    el estado de cuenta cuentan desde el ingreso igual."""
    from escritorio.datos.conexion import transaccion
    from escritorio.servicios.cobranza import estados_de_cuenta

    asociacion = red["asociacion"]
    nueva = alta(db, asociacion, "Villa Nueva", date(2026, 7, 15))
    contexto = Contexto(db, asociacion)
    emitir(contexto, 2026)
    with transaccion(db):
        db.execute("UPDATE cargos SET vencimiento = '2026-03-31' WHERE miembro_id = ?", [nueva])

    assert nueva not in {d.miembro_id for d in morosidad(contexto, date(2026, 7, 10))}
    assert [e.vencido for e in estados_de_cuenta(contexto, nueva, date(2026, 7, 10))] == [0]
    assert derecho_a_voto(contexto, nueva, date(2026, 7, 15)).puede_votar
    assert [e.vencido for e in estados_de_cuenta(contexto, nueva, date(2026, 7, 16))] == [30_000]
    [aviso] = [a for a in preparar_avisos(contexto, date(2026, 8, 20)) if a.miembro_id == nueva]
    assert aviso.cargos[0]["dias"] == 36
