"""Escalas y emisión anual sobre una base real: lo que el tesorero ve en los cargos emitidos."""

import re
from datetime import date

import pytest

from ayudas import contar
from escritorio.datos.conexion import transaccion
from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.cuotas import definir_escala, escala_desde_texto, listar_escalas, registrar_exencion
from escritorio.servicios.emision_de_cuotas import emitir, preparar_emision
from escritorio.servicios.miembros import dar_de_baja

# Lo que prueba difiere entre motores: corre también en el servidor (tests/servicios/conftest.py).
pytestmark = pytest.mark.ambos_motores

TRAMOS_2002 = "0:100,100000:500,500000:1000,3000000:2000"


def escala(desde=date(2002, 1, 1), tramos=TRAMOS_2002, **otros):
    return escala_desde_texto(desde, "USD", tramos, articulo="Reglamento, art. 3", **otros)


def alta(db, asociacion, nombre, poblacion=None, *, pais="AR", ingreso=None, anio=2020, vigente_desde=None) -> int:
    """Un miembro activo desde su ingreso (o desde 1995), con una cifra de población."""
    with transaccion(db):
        miembro = db.insertar("INSERT INTO miembros (asociacion_id, nombre, pais, fecha_ingreso) VALUES (?, ?, ?, ?)",
                             [asociacion, nombre, pais, ingreso])
        if poblacion is not None:
            agregar_cifra(db, miembro, poblacion, anio=anio, vigente_desde=vigente_desde)
        db.execute("INSERT INTO estados_miembro (miembro_id, estado, desde, motivo) VALUES (?, 'activo', ?, 'Alta')",
                   [miembro, ingreso or "1995-11-11"])
    return miembro


def agregar_cifra(db, miembro, cifra, *, anio=None, vigente_desde=None):
    db.execute("INSERT INTO poblaciones (miembro_id, cifra, anio, fuente, vigente_desde) VALUES (?, ?, ?, 'Censo', ?)",
               [miembro, cifra, anio, vigente_desde])


def emitir_con_informe(db, asociacion, anio):
    """Como el tesorero: mira la vista previa (nuevos, ya emitidos, diferencias) y emite."""
    contexto = Contexto(db, asociacion)
    informe = preparar_emision(contexto, anio)
    emitir(contexto, anio)
    return informe


def cargo(db, miembro, anio=2025) -> dict | None:
    return next(db.query("SELECT * FROM cargos WHERE miembro_id = ? AND anio = ? AND tipo_cargo = 'cuota_anual'",
                         [miembro, anio]), None)


@pytest.fixture
def red(db, asociacion_id):
    """La escala de 2002 y tres ciudades: una por tramo."""
    definir_escala(Contexto(db, asociacion_id), escala())
    return {
        "Rosario": alta(db, asociacion_id, "Rosario", 1_276_000),
        "Paraná": alta(db, asociacion_id, "Paraná", 247_863),
        "Salto": alta(db, asociacion_id, "Salto", 99_999, pais="UY"),
    }


# --- escalas -------------------------------------------------------------------------------------

def test_definir_y_listar_la_escala_de_2002(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    escala_id = definir_escala(contexto, escala())

    [guardada] = listar_escalas(contexto)
    assert guardada.id == escala_id
    assert (guardada.desde, guardada.hasta, guardada.moneda, guardada.articulo) == (date(2002, 1, 1), None, "USD",
                                                                                    "Reglamento, art. 3")
    assert [(t.desde, t.importe) for t in guardada.tramos] == [(0, 10_000), (100_000, 50_000), (500_000, 100_000),
                                                               (3_000_000, 200_000)]
    assert (guardada.dia_referencia, guardada.dia_vencimiento, guardada.regla_ingreso) == ("01-01", "03-31", "completa")


def test_escala_superpuesta_se_rechaza_y_explica_que_hacer(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala())

    with pytest.raises(ErrorValidacion) as error:
        definir_escala(contexto, escala(date(2022, 1, 1), "0:150,100000:600"))

    assert error.value.mensaje.startswith("No se guardó la escala:")
    assert ("Se superpone con la escala de cuota anual vigente desde el 01/01/2002 sin fecha de fin: "
            "dos escalas no pueden regir el mismo día.") in error.value.mensaje
    assert "Ponga fin a la anterior o elija otras fechas." in error.value.mensaje
    assert len(listar_escalas(contexto)) == 1 and contar(db, "tramos") == 4


def test_escalas_contiguas_y_de_otro_tipo_se_aceptan(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala(hasta=date(2021, 12, 31)))
    definir_escala(contexto, escala(date(2022, 1, 1), "0:150,100000:600"))
    definir_escala(contexto, escala(tramos="0:50", tipo_cargo="cuota_ingreso"))

    assert [(e.tipo_cargo, e.desde.year) for e in listar_escalas(contexto)] == [
        ("cuota_anual", 2002), ("cuota_anual", 2022), ("cuota_ingreso", 2002)]


def test_escala_invalida_no_se_guarda(db, asociacion_id):
    with pytest.raises(ErrorValidacion) as error:
        definir_escala(Contexto(db, asociacion_id), escala(tramos="1:100,100000:0", hasta=date(2001, 1, 1)))
    assert len(error.value.problemas) == 3
    assert "El primer tramo debe empezar en 0 habitantes (empieza en 1)." in error.value.mensaje
    assert "La fecha «hasta» es anterior a «desde»." in error.value.mensaje
    assert contar(db, "escalas") == 0


def test_tramos_ilegibles_se_explican(db, asociacion_id):
    with pytest.raises(ErrorValidacion, match=re.escape("No se guardó la escala: el tramo 2 («100000-500»)")):
        escala(tramos="0:100,100000-500")


# --- población vigente en la fecha de referencia -------------------------------------------------

def test_la_emision_usa_la_poblacion_del_1_de_enero(db, asociacion_id, red):
    parana = red["Paraná"]
    agregar_cifra(db, parana, 520_000, anio=2025, vigente_desde="2025-07-01")  # supera los 500.000 en julio

    contexto = Contexto(db, asociacion_id)
    emitir(contexto, 2025)
    emitir(contexto, 2026)

    assert (cargo(db, parana, 2025)["poblacion_usada"], cargo(db, parana, 2025)["importe"]) == (247_863, 50_000)
    assert (cargo(db, parana, 2026)["poblacion_usada"], cargo(db, parana, 2026)["importe"]) == (520_000, 100_000)


def test_una_escala_con_referencia_en_julio_usa_la_cifra_de_julio(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala(dia_referencia="07-01"))
    parana = alta(db, asociacion_id, "Paraná", 247_863)
    agregar_cifra(db, parana, 520_000, vigente_desde="2025-07-01")

    emitir(contexto, 2025)

    assert (cargo(db, parana)["poblacion_usada"], cargo(db, parana)["importe"]) == (520_000, 100_000)


def test_cargo_guarda_la_foto_del_calculo(db, asociacion_id, red):
    contexto = Contexto(db, asociacion_id)
    emitir(contexto, 2025)
    [escala_id] = [e.id for e in listar_escalas(contexto)]

    foto = cargo(db, red["Paraná"])

    assert foto["escala_id"] == escala_id
    assert (foto["poblacion_usada"], foto["tramo_desde"], foto["importe_bruto"], foto["descuento"], foto["importe"],
            foto["moneda"], foto["vencimiento"]) == (247_863, 100_000, 50_000, 0, 50_000, "USD", "2025-03-31")
    assert cargo(db, red["Salto"])["importe"] == 10_000
    assert cargo(db, red["Rosario"])["importe"] == 100_000


def test_cada_anio_usa_su_escala(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala(hasta=date(2021, 12, 31)))
    definir_escala(contexto, escala(date(2022, 1, 1), "0:150,100000:600,500000:1200,3000000:2400"))
    rosario = alta(db, asociacion_id, "Rosario", 1_276_000)

    emitir(contexto, 2021)
    emitir(contexto, 2022)

    assert (cargo(db, rosario, 2021)["importe"], cargo(db, rosario, 2022)["importe"]) == (100_000, 120_000)


# --- emisión idempotente -------------------------------------------------------------------------

def test_la_vista_previa_no_escribe_nada(db, asociacion_id, red):
    previa = preparar_emision(Contexto(db, asociacion_id), 2025)

    assert len(previa.nuevos) == 3 and previa.total == 160_000
    assert previa.resumen() == "Cuota anual 2025: 3 cargos nuevos por USD 1.600,00, 0 ya emitidos"
    assert contar(db, "cargos") == 0


def test_emitir_dos_veces_no_duplica(db, asociacion_id, red):
    primera = emitir_con_informe(db, asociacion_id, 2025)
    segunda = emitir_con_informe(db, asociacion_id, 2025)

    assert (len(primera.nuevos), primera.ya_emitidos) == (3, 0)
    assert (len(segunda.nuevos), segunda.ya_emitidos, segunda.diferencias) == (0, 3, [])
    assert segunda.resumen() == "Cuota anual 2025: 0 cargos nuevos por USD 0,00, 3 ya emitidos"
    assert contar(db, "cargos") == 3


def test_reemitir_agrega_al_miembro_admitido_despues(db, asociacion_id, red):
    emitir(Contexto(db, asociacion_id), 2025)
    nueva = alta(db, asociacion_id, "Concordia", 170_000, ingreso="2025-09-01")

    emision = emitir_con_informe(db, asociacion_id, 2025)

    assert ([c.miembro_id for c in emision.nuevos], emision.ya_emitidos) == ([nueva], 3)
    assert cargo(db, nueva)["importe"] == 50_000


def test_cambio_de_poblacion_se_informa_y_no_toca_el_cargo(db, asociacion_id, red):
    emitir(Contexto(db, asociacion_id), 2025)
    parana = red["Paraná"]
    agregar_cifra(db, parana, 510_000, anio=2024)  # corrección: la cifra del censo de 2024 llegó tarde

    emision = emitir_con_informe(db, asociacion_id, 2025)

    assert emision.nuevos == []
    assert emision.diferencias == ["Paraná: emitido USD 500,00, hoy sería USD 1.000,00"]
    assert emision.resumen().endswith("1 con importe distinto al emitido (no se modifican)")
    assert (cargo(db, parana)["poblacion_usada"], cargo(db, parana)["importe"]) == (247_863, 50_000)


# --- quién paga ----------------------------------------------------------------------------------

def test_miembro_de_baja_antes_del_anio_no_paga(db, asociacion_id, red):
    dar_de_baja(db, red["Salto"], date(2024, 5, 1), "Renuncia presentada por nota")

    contexto = Contexto(db, asociacion_id)
    emitir(contexto, 2024)
    emitir(contexto, 2025)

    assert cargo(db, red["Salto"], 2024)["importe"] == 10_000  # de baja durante 2024: ese año lo paga
    assert cargo(db, red["Salto"], 2025) is None
    assert contar(db, "cargos") == 5


def test_baja_el_1_de_enero_no_paga_ese_anio(db, asociacion_id, red):
    dar_de_baja(db, red["Salto"], date(2025, 1, 1), "Renuncia")
    emitir(Contexto(db, asociacion_id), 2025)
    assert cargo(db, red["Salto"]) is None


def test_miembro_admitido_despues_del_anio_no_paga_ese_anio(db, asociacion_id, red):
    nueva = alta(db, asociacion_id, "Concordia", 170_000, ingreso="2026-02-01")
    emitir(Contexto(db, asociacion_id), 2025)
    assert cargo(db, nueva) is None


def test_miembro_sin_poblacion_se_informa_y_no_se_emite(db, asociacion_id, red):
    alta(db, asociacion_id, "Gualeguaychú")
    emision = emitir_con_informe(db, asociacion_id, 2025)
    assert emision.sin_poblacion == ["Gualeguaychú"]
    assert contar(db, "cargos") == 3


def test_prorrateo_del_ingreso_a_mitad_de_anio(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala(regla_ingreso="prorrateo"))
    vieja = alta(db, asociacion_id, "Rosario", 247_863)
    nueva = alta(db, asociacion_id, "Paraná", 247_863, ingreso="2025-07-15")

    emitir(contexto, 2025)
    emitir(contexto, 2026)

    assert cargo(db, vieja)["importe"] == 50_000
    assert (cargo(db, nueva)["importe_bruto"], cargo(db, nueva)["importe"]) == (25_000, 25_000)
    assert "Prorrateo: 6 de 12 meses (ingreso 15/07/2025)" in cargo(db, nueva)["detalle"]
    assert cargo(db, nueva, 2026)["importe"] == 50_000


def test_regla_desde_el_anio_siguiente(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala(regla_ingreso="desde_siguiente"))
    nueva = alta(db, asociacion_id, "Paraná", 247_863, ingreso="2025-07-15")

    assert emitir_con_informe(db, asociacion_id, 2025).nuevos == []
    emitir(contexto, 2026)

    assert cargo(db, nueva) is None
    assert cargo(db, nueva, 2026)["importe"] == 50_000


def test_exencion_y_descuento_en_la_emision(db, asociacion_id, red):
    registrar_exencion(db, red["Rosario"], 2025, 100, "Emergencia por inundaciones", "Consejo, Resolución 2/2025")
    registrar_exencion(db, red["Paraná"], 2025, 50, "Resolución 4/2025")

    contexto = Contexto(db, asociacion_id)
    emitir(contexto, 2025)
    emitir(contexto, 2026)

    rosario, parana = cargo(db, red["Rosario"]), cargo(db, red["Paraná"])
    assert (rosario["importe_bruto"], rosario["descuento"], rosario["importe"]) == (100_000, 100_000, 0)
    assert rosario["detalle"].endswith("Exento: Emergencia por inundaciones")
    assert (parana["importe_bruto"], parana["descuento"], parana["importe"]) == (50_000, 25_000, 25_000)
    assert parana["detalle"].endswith("Descuento 50 %: Resolución 4/2025")
    assert cargo(db, red["Rosario"], 2026)["importe"] == 100_000  # la exención es de un año


def test_exencion_posterior_a_la_emision_aparece_como_diferencia(db, asociacion_id, red):
    emitir(Contexto(db, asociacion_id), 2025)
    registrar_exencion(db, red["Rosario"], 2025, 100, "Emergencia")
    assert emitir_con_informe(db, asociacion_id,
                              2025).diferencias == ["Rosario: emitido USD 1.000,00, hoy sería USD 0,00"]
    assert cargo(db, red["Rosario"])["importe"] == 100_000


@pytest.mark.parametrize("porcentaje, motivo, mensaje", [
    (0, "x", "El porcentaje de exención va de 1 a 100"), (101, "x", "El porcentaje de exención va de 1 a 100"),
    (50, "  ", "Indique el motivo de la exención")])
def test_exencion_invalida(db, asociacion_id, red, porcentaje, motivo, mensaje):
    with pytest.raises(ErrorEscritorio, match=mensaje):
        registrar_exencion(db, red["Rosario"], 2025, porcentaje, motivo)
    assert contar(db, "exenciones") == 0


def test_sin_escala_para_el_anio_el_error_lo_dice(db, asociacion_id):
    contexto = Contexto(db, asociacion_id)
    definir_escala(contexto, escala(hasta=date(2021, 12, 31)))
    alta(db, asociacion_id, "Rosario", 1_276_000)

    with pytest.raises(ErrorEscritorio) as error:
        emitir(contexto, 2025)

    assert error.value.mensaje == ("No hay ninguna escala de cuota anual vigente para 2025. Defina una con "
                                   "«escritorio cuotas escala definir».")   # fuera de la ventana: la orden
    assert contar(db, "cargos") == 0
