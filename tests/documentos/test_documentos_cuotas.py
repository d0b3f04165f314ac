"""Documentos de cuotas: recibos, estado de cuenta, avisos, resumen de cobranza y planillas.

Los PDF se leen de vuelta con pypdf y las planillas con openpyxl: se comprueba lo que vería quien
los imprime o los abre.
"""

from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ayudas import escribir_csv
from escritorio.documentos.excel.cuotas import escribir_morosidad_xlsx, escribir_padron_cuotas_xlsx
from escritorio.documentos.pdf.avisos import escribir_avisos_pdf
from escritorio.documentos.pdf.cobranza import escribir_resumen_cobranza_pdf
from escritorio.documentos.pdf.estado_cuenta import escribir_estado_cuenta_pdf
from escritorio.documentos.pdf.recibo import escribir_recibo_pdf, escribir_recibos_pdf
from escritorio.dominio.dinero import formatear
from escritorio.dominio.morosidad import Deuda
from escritorio.servicios import cobranza, cuotas, emision_de_cuotas, pagos
from escritorio.servicios.cobranza import Aviso, EstadoDeCuenta, FilaCuota, Movimiento, ResumenPais
from escritorio.servicios.contexto import Contexto
from escritorio.servicios.importacion import importar_miembros
from escritorio.servicios.miembros import listar_miembros

HOY = date(2026, 3, 5)
RARO = "Villa <b>&amp; Sol</b> & Co"
ASOCIACION = dict(asociacion="Asociación de Municipios del Sur", sigla="AMS", papel="A4")


def texto(ruta) -> str:
    """Todo el texto del PDF con los espacios normalizados (los saltos de línea cuentan como espacio)."""
    return " ".join(" ".join(p.extract_text() for p in PdfReader(ruta).pages).split())


def textos_por_pagina(ruta) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in PdfReader(ruta).pages]


def un_pago(**cambios) -> dict:
    pago = dict(recibo="0042/2026", fecha="2026-03-05", importe=300000, moneda="USD", tipo_cambio=None,
                moneda_imputacion="USD", importe_imputable=300000, medio="transferencia",
                referencia="Transf. 8812", anulado_en=None, motivo_anulacion=None, miembro="Córdoba", pais="AR",
                imputaciones=[{"tipo_cargo": "cuota_anual", "anio": 2024, "importe": 120000, "moneda": "USD"},
                              {"tipo_cargo": "cuota_anual", "anio": 2025, "importe": 120000, "moneda": "USD"}])
    pago.update(cambios)
    return pago


# --- Recibos ------------------------------------------------------------------------------------

def test_recibo_con_numero_importes_y_conceptos(tmp_path):
    ruta = tmp_path / "recibo.pdf"
    escribir_recibo_pdf(ruta, pago=un_pago(), **ASOCIACION)

    leido = texto(ruta)
    assert len(PdfReader(ruta).pages) == 1
    for esperado in ("Asociación de Municipios del Sur", "RECIBO", "Nº 0042/2026", "Recibimos de Córdoba",
                     "País Argentina", "La suma de USD 3.000,00", "Medio de pago Transferencia",
                     "Referencia Transf. 8812", "05/03/2026", "Cuota anual 2024 USD 1.200,00",
                     "Cuota anual 2025 USD 1.200,00", "Saldo a favor del miembro USD 600,00",
                     "Total USD 3.000,00", "Tesorería"):
        assert esperado in leido, esperado
    assert "ANULADO" not in leido
    assert "Tipo de cambio" not in leido


def test_recibo_en_otra_moneda_muestra_tipo_de_cambio_y_equivalente(tmp_path):
    ruta = tmp_path / "recibo.pdf"
    escribir_recibo_pdf(ruta, pago=un_pago(importe=252000000, moneda="ARS", tipo_cambio="1050.00",
                                           importe_imputable=240000), **ASOCIACION)

    leido = texto(ruta)
    assert "La suma de ARS 2.520.000,00" in leido
    assert "Tipo de cambio 1 USD = 1.050,00 ARS" in leido
    assert "equivale a USD 2.400,00" in leido
    assert "Saldo a favor" not in leido  # todo quedó imputado
    assert "Total USD 2.400,00" in leido


def test_recibo_anulado_lleva_marca_y_motivo(tmp_path):
    ruta = tmp_path / "anulado.pdf"
    escribir_recibo_pdf(ruta, pago=un_pago(anulado_en="2026-03-10 14:22:05",
                                           motivo_anulacion="Cheque rechazado por el banco"), **ASOCIACION)

    leido = texto(ruta)
    assert "ANULADO" in leido
    assert "RECIBO ANULADO el 10/03/2026" in leido
    assert "Motivo: Cheque rechazado por el banco" in leido
    assert "Nº 0042/2026" in leido  # sigue siendo el mismo recibo, ahora sin valor


def test_varios_recibos_uno_por_pagina_en_orden(tmp_path):
    ruta = tmp_path / "recibos.pdf"
    numeros = ["0001/2026", "0002/2026", "0003/2026"]
    paginas = escribir_recibos_pdf(ruta, pagos=[un_pago(recibo=n) for n in numeros], **ASOCIACION)

    leidas = textos_por_pagina(ruta)
    assert paginas == len(leidas) == 3
    for numero, pagina in zip(numeros, leidas):
        assert f"Nº {numero}" in pagina


def test_recibo_con_muchos_cargos_sigue_en_una_pagina_y_cuadra(tmp_path):
    ruta = tmp_path / "recibo.pdf"
    imputaciones = [{"tipo_cargo": "cuota_anual", "anio": 1980 + i, "importe": 10000, "moneda": "USD"}
                    for i in range(60)]
    escribir_recibo_pdf(ruta, pago=un_pago(importe=600000, importe_imputable=600000, imputaciones=imputaciones),
                        **ASOCIACION)

    leido = texto(ruta)
    assert len(PdfReader(ruta).pages) == 1
    assert "Cuota anual 1980 USD 100,00" in leido
    assert "Total USD 6.000,00" in leido
    resumidos = int(leido.split("Otros ")[1].split(" conceptos")[0])
    assert f"conceptos (detalle en el estado de cuenta) {formatear(resumidos * 10000, 'USD')}" in leido


# --- Textos del usuario tal cual ---------------------------------------------------------------

def test_nombres_con_marcado_se_imprimen_tal_cual(tmp_path):
    recibo, estado, avisos = tmp_path / "r.pdf", tmp_path / "e.pdf", tmp_path / "a.pdf"
    escribir_recibo_pdf(recibo, pago=un_pago(miembro=RARO), **ASOCIACION)
    escribir_estado_cuenta_pdf(estado, estado=EstadoDeCuenta({"nombre": RARO, "pais_nombre": "Chile"}, "USD"),
                               fecha=HOY, **ASOCIACION)
    escribir_avisos_pdf(avisos, avisos=[aviso(1, miembro=RARO)], fecha=HOY, **ASOCIACION)

    for ruta in (recibo, estado, avisos):
        assert RARO in texto(ruta), ruta.name


# --- Estado de cuenta ------------------------------------------------------------------------------

def estado_de_ejemplo() -> EstadoDeCuenta:
    movimientos = [
        Movimiento(date(2024, 1, 1), "Cuota anual 2024", debe=120000, saldo=120000),
        Movimiento(date(2024, 5, 2), "Pago, recibo 0007/2024", haber=120000, saldo=0),
        Movimiento(date(2025, 1, 1), "Cuota anual 2025", debe=120000, saldo=120000),
        Movimiento(date(2025, 4, 9), "Pago, recibo 0031/2025 — ANULADO: Cheque rechazado", saldo=120000,
                   anulado=True),
        Movimiento(date(2025, 6, 1), "Pago, recibo 0040/2025", haber=60000, saldo=60000),
    ]
    miembro = {"nombre": "Quilmes", "pais_nombre": "Argentina", "poblacion": 518788, "anio_poblacion": 2015}
    return EstadoDeCuenta(miembro, "USD", movimientos, saldo=60000, vencido=60000)


def test_estado_de_cuenta_con_ficha_movimientos_y_saldo_final(tmp_path):
    ruta = tmp_path / "estado.pdf"
    paginas = escribir_estado_cuenta_pdf(ruta, estado=estado_de_ejemplo(), fecha=date(2025, 12, 31), **ASOCIACION)

    leido = texto(ruta)
    assert paginas == 1
    for esperado in ("Estado de cuenta", "Miembro Quilmes", "País Argentina", "Población 518.788 habitantes",
                     "Fecha Concepto Debe (USD) Haber (USD) Saldo (USD)",
                     "01/01/2024 Cuota anual 2024 1.200,00 1.200,00",
                     "02/05/2024 Pago, recibo 0007/2024 1.200,00 0,00",
                     "Saldo al 31/12/2025: USD 600,00 (deudor)", "Vencido al 31/12/2025: USD 600,00",
                     "Página 1 de 1"):
        assert esperado in leido, esperado


def test_estado_de_cuenta_pago_anulado_sin_importes(tmp_path):
    ruta = tmp_path / "estado.pdf"
    escribir_estado_cuenta_pdf(ruta, estado=estado_de_ejemplo(), fecha=date(2025, 12, 31), **ASOCIACION)

    linea = next(l for l in PdfReader(ruta).pages[0].extract_text().splitlines() if "0031/2025" in l)
    assert "ANULADO: Cheque rechazado" in linea
    assert "," not in linea.split("ANULADO")[1].replace("Cheque rechazado", "")  # ninguna cifra


def test_estado_de_cuenta_saldo_a_favor_y_paginas(tmp_path):
    movimientos = []
    saldo = 0
    for anio in range(1960, 2026):
        saldo += 15000
        movimientos.append(Movimiento(date(anio, 1, 1), f"Cuota anual {anio}", debe=15000, saldo=saldo))
        saldo -= 16000
        movimientos.append(Movimiento(date(anio, 2, 1), f"Pago, recibo 0001/{anio}", haber=16000, saldo=saldo))
    ruta = tmp_path / "estado.pdf"
    estado = EstadoDeCuenta({"nombre": "Salto", "pais_nombre": "Uruguay"}, "USD", movimientos, saldo=saldo)

    paginas = escribir_estado_cuenta_pdf(ruta, estado=estado, fecha=date(2026, 1, 31), **ASOCIACION)

    leidas = textos_por_pagina(ruta)
    assert paginas == len(leidas) > 1
    assert all("Miembro Salto" in p for p in leidas)  # cada hoja dice de quién es
    assert f"Página {paginas} de {paginas}" in leidas[-1]
    assert "Saldo al 31/01/2026: USD 660,00 (a favor)" in leidas[-1]
    assert "10,00 a favor" in leidas[0]


# --- Avisos ------------------------------------------------------------------------------------

def aviso(nivel: int, miembro: str = "Paraná", cargos: int = 2, **otros) -> Aviso:
    filas = [{"cargo_id": i, "nivel": nivel, "concepto": f"Cuota anual {2024 + i}",
              "vencimiento": date(2024 + i, 3, 31), "saldo": 60000, "moneda": "USD",
              "dias": (HOY - date(2024 + i, 3, 31)).days} for i in range(cargos)]
    return Aviso(len(miembro), miembro, "Argentina", nivel, filas, 60000 * cargos, "USD", **otros)


def test_avisos_una_carta_por_pagina_con_tono_segun_nivel(tmp_path):
    ruta = tmp_path / "avisos.pdf"
    # Cada una con los avisos que de verdad recibió antes: ninguno, uno, dos.
    lista = [aviso(1, "Paraná"), aviso(2, "Rosario", avisos_previos=1, ultimo_aviso=date(2025, 12, 1)),
             aviso(3, "Salto", avisos_previos=2, ultimo_aviso=date(2026, 1, 10))]

    paginas = escribir_avisos_pdf(ruta, avisos=lista, fecha=HOY, lugar="Montevideo", **ASOCIACION)

    leidas = textos_por_pagina(ruta)
    assert paginas == len(leidas) == 3
    for pagina, miembro in zip(leidas, ("Paraná", "Rosario", "Salto")):
        assert f"A las autoridades de {miembro}" in pagina
        assert "Montevideo, 5 de marzo de 2026" in pagina
        assert "Secretaría Ejecutiva" in pagina
    assert "Recordatorio de cuotas pendientes" in leidas[0]
    assert "Segundo aviso" in leidas[1]
    assert "Aviso final" in leidas[2]
    assert "suspensión del derecho a voto" in leidas[2]
    assert "derecho a voto" not in leidas[0] + leidas[1]
    assert "en relación con nuestro aviso del 1 de diciembre de 2025" in leidas[1]
    assert "luego de los dos avisos enviados anteriormente (el último, del 10 de enero de 2026)" in leidas[2]
    assert "anterior" not in leidas[0]


@pytest.mark.parametrize("nivel", [1, 2, 3])
def test_la_primera_carta_no_habla_de_avisos_anteriores(tmp_path, nivel):
    """Issue 13, punto 4: la primera carta que recibe un miembro (aunque su deuda ya esté en el nivel 2 o 3)
    no dice «segundo aviso», «aviso final» ni «luego de los avisos enviados anteriormente»."""
    ruta = tmp_path / "avisos.pdf"
    escribir_avisos_pdf(ruta, avisos=[aviso(nivel, "Rosario")], fecha=HOY, **ASOCIACION)
    leido = texto(ruta)
    for falso in ("anterior", "nuevamente", "Segundo aviso", "Aviso final", "continúan"):
        assert falso not in leido, falso
    assert ("Recordatorio de cuotas pendientes" if nivel == 1 else "Aviso de cuotas pendientes") in leido


def test_a_quien_ya_tiene_el_voto_suspendido_se_le_dice_y_se_cita_el_articulo(tmp_path):
    ruta = tmp_path / "avisos.pdf"
    escribir_avisos_pdf(ruta, avisos=[aviso(2, "Salto", voto_suspendido=True, cuotas_impagas=3)], fecha=HOY,
                        articulo_suspension="Estatuto, art. 9", cuotas_para_suspender=2, **ASOCIACION)
    leido = texto(ruta)
    assert "Ref.: Derecho a voto suspendido por cuotas impagas" in leido
    assert "Salto adeuda tres cuotas anuales vencidas" in leido
    assert ("Los estatutos de la Asociación (Estatuto, art. 9) suspenden el derecho a voto en los órganos de la "
            "Asociación de los miembros que adeuden dos o más cuotas anuales") in leido
    assert "a la fecha, Salto tiene suspendido su derecho a voto" in leido
    assert "Regularizada la deuda vencida, Salto recupera su derecho a voto" in leido
    # No se le desea «que conserve» lo que ya perdió.
    assert "conserve" not in leido and "prevén" not in leido


def test_la_carta_va_dirigida_a_la_autoridad_por_nombre_y_cargo(tmp_path):
    ruta = tmp_path / "avisos.pdf"
    escribir_avisos_pdf(ruta, avisos=[aviso(1, "Rosario", autoridad="Pablo Javkin", cargo_autoridad="Intendente"),
                                      aviso(1, "Paraná")], fecha=HOY, **ASOCIACION)
    primera, segunda = textos_por_pagina(ruta)
    assert "Pablo Javkin Intendente Rosario Argentina Presente" in primera
    assert "A las autoridades de" not in primera
    assert "A las autoridades de Paraná Argentina Presente" in segunda


def test_aviso_final_cita_el_articulo_y_la_regla(tmp_path):
    ruta = tmp_path / "avisos.pdf"
    escribir_avisos_pdf(ruta, avisos=[aviso(4)], fecha=HOY, articulo_suspension="Estatuto, art. 9",
                        cuotas_para_suspender=2, **ASOCIACION)

    leido = texto(ruta)
    assert "(Estatuto, art. 9)" in leido
    assert "adeuden dos o más cuotas anuales" in leido


def test_aviso_detalla_cargos_y_total(tmp_path):
    ruta = tmp_path / "avisos.pdf"
    escribir_avisos_pdf(ruta, avisos=[aviso(2, cargos=2)], fecha=HOY, **ASOCIACION)

    leido = texto(ruta)
    assert "Concepto Vencimiento Días de atraso Saldo" in leido
    assert f"Cuota anual 2024 31/03/2024 {(HOY - date(2024, 3, 31)).days} USD 600,00" in leido
    assert f"Cuota anual 2025 31/03/2025 {(HOY - date(2025, 3, 31)).days} USD 600,00" in leido
    assert "Total adeudado USD 1.200,00" in leido


def test_aviso_con_muchos_cargos_cabe_en_una_pagina_y_el_total_no_cambia(tmp_path):
    ruta = tmp_path / "avisos.pdf"
    escribir_avisos_pdf(ruta, avisos=[aviso(3, cargos=40), aviso(1)], fecha=HOY, papel="Carta",
                        asociacion="AMS", sigla="")

    leidas = textos_por_pagina(ruta)
    assert len(leidas) == 2
    assert "Cuota anual 2024 31/03/2024" in leidas[0]
    assert "cargos más recientes" in leidas[0]
    assert "Total adeudado USD 24.000,00" in leidas[0]


# --- Resumen de cobranza -----------------------------------------------------------------------

def test_resumen_de_cobranza_con_totales_y_porcentaje(tmp_path):
    ruta = tmp_path / "cobranza.pdf"
    resumen = [ResumenPais("Argentina", 3, 300000, 150000, "USD"), ResumenPais("Uruguay", 1, 60000, 60000, "USD")]

    paginas = escribir_resumen_cobranza_pdf(ruta, resumen=resumen, anio=2025, fecha=HOY, **ASOCIACION)

    leido = texto(ruta)
    assert paginas == 1
    assert "Resumen de cobranza 2025" in leido
    assert "Argentina 3 USD 3.000,00 USD 1.500,00 USD 1.500,00 50,0 %" in leido
    assert "Uruguay 1 USD 600,00 USD 600,00 USD 0,00 100,0 %" in leido
    assert ("Total: 4 miembros · facturado USD 3.600,00 · cobrado USD 2.100,00 (58,3 %) · "
            "pendiente USD 1.500,00") in leido


def test_resumen_de_cobranza_no_suma_monedas_distintas(tmp_path):
    ruta = tmp_path / "cobranza.pdf"
    resumen = [ResumenPais("Argentina", 2, 100000, 0, "USD"), ResumenPais("España", 1, 50000, 50000, "EUR")]

    escribir_resumen_cobranza_pdf(ruta, resumen=resumen, anio=2025, fecha=HOY, **ASOCIACION)

    leido = texto(ruta)
    assert "Total en EUR: 1 miembro · facturado EUR 500,00" in leido
    assert "Total en USD: 2 miembros · facturado USD 1.000,00" in leido


# --- Planillas --------------------------------------------------------------------------------------

FORMULA = '=HYPERLINK("x")'


def filas_de_cuotas() -> list[FilaCuota]:
    return [
        FilaCuota("Córdoba", "Argentina", 1428214, "500.000 a 2.999.999 hab.", 120000, "USD", 120000),
        FilaCuota(FORMULA, "Argentina", 81612, "0 a 99.999 hab.", 15000, "USD", 5050),
        FilaCuota("Salto", "Uruguay", None, "", 60000, "USD", 0),
    ]


def test_padron_de_cuotas_xlsx(tmp_path):
    ruta = tmp_path / "cuotas.xlsx"
    filas = filas_de_cuotas()
    escribir_padron_cuotas_xlsx(ruta, filas, cobranza.resumen_por_pais(filas), 2025)

    libro = load_workbook(ruta)
    assert libro.sheetnames == ["Cuotas 2025", "Resumen por país"]
    hoja = libro["Cuotas 2025"]
    valores = list(hoja.iter_rows(values_only=True))
    assert valores[0] == ("Miembro", "País", "Población", "Tramo", "Importe", "Moneda", "Pagado", "Saldo")
    assert valores[1] == ("Córdoba", "Argentina", 1428214, "500.000 a 2.999.999 hab.", 1200, "USD", 1200, 0)
    assert valores[2][4:] == (150, "USD", 50.5, 99.5)
    assert valores[3][2] is None
    assert valores[-1] == ("Total 2025: 3 cuotas", None, None, None, 1950, "USD", 1250.5, 699.5)
    assert hoja.cell(row=2, column=5).number_format == "#,##0.00"
    assert hoja.cell(row=2, column=3).number_format == "#,##0"
    # Un nombre que parece fórmula sigue siendo texto.
    assert hoja.cell(row=3, column=1).value == FORMULA
    assert hoja.cell(row=3, column=1).data_type == "s"

    resumen = list(libro["Resumen por país"].iter_rows(values_only=True))
    assert resumen[0] == ("País", "Miembros", "Facturado", "Cobrado", "Pendiente", "Moneda", "% cobrado")
    assert resumen[1][:6] == ("Argentina", 2, 1350, 1250.5, 99.5, "USD")
    assert resumen[1][6] == pytest.approx(1250.5 / 1350, abs=1e-4)
    assert resumen[2] == ("Uruguay", 1, 600, 0, 600, "USD", 0)
    assert resumen[-1][:6] == ("Total", 3, 1950, 1250.5, 699.5, "USD")
    assert libro["Resumen por país"].cell(row=2, column=7).number_format == "0.0%"


def test_padron_de_cuotas_xlsx_no_suma_monedas_distintas(tmp_path):
    ruta = tmp_path / "cuotas.xlsx"
    filas = filas_de_cuotas() + [FilaCuota("Santiago", "Chile", 5000000, "", 1500000, "CLP", 0)]
    escribir_padron_cuotas_xlsx(ruta, filas, cobranza.resumen_por_pais(filas), 2025)

    valores = list(load_workbook(ruta)["Cuotas 2025"].iter_rows(values_only=True))
    assert ("Total CLP", None, None, None, 1500000, "CLP", 0, 1500000) in valores
    assert ("Total USD", None, None, None, 1950, "USD", 1250.5, 699.5) in valores
    assert valores[-1][0] == "Total 2025: 4 cuotas" and valores[-1][4] is None


def test_morosidad_xlsx(tmp_path):
    ruta = tmp_path / "morosidad.xlsx"
    deudas = [
        Deuda(7, "USD", total=360000, cuotas_impagas=3, anios=[2023, 2024, 2025],
              por_antiguedad={"Más de 365 días": 240000, "181 a 365 días": 120000},
              mas_antiguo=date(2023, 3, 31), puede_votar=False),
        Deuda(9, "USD", total=15050, cuotas_impagas=1, anios=[2025], por_antiguedad={"1 a 90 días": 15050},
              mas_antiguo=date(2025, 3, 31), puede_votar=True),
    ]
    nombres = {7: (FORMULA, "Argentina"), 9: ("Paraná", "Argentina")}

    escribir_morosidad_xlsx(ruta, deudas, nombres, date(2025, 6, 1))

    libro = load_workbook(ruta)
    assert libro.sheetnames == ["Morosidad"]
    hoja = libro["Morosidad"]
    valores = list(hoja.iter_rows(values_only=True))
    assert valores[0] == ("Miembro", "País", "Cuotas impagas", "Primer año", "Último año", "Deuda total", "Moneda",
                          "1 a 90 días", "91 a 180 días", "181 a 365 días", "Más de 365 días", "Más antigua",
                          "Derecho a voto")
    assert valores[1] == (FORMULA, "Argentina", 3, 2023, 2025, 3600, "USD", None, None, 1200, 2400,
                          datetime(2023, 3, 31), "Suspendido")
    assert valores[2] == ("Paraná", "Argentina", 1, 2025, 2025, 150.5, "USD", 150.5, None, None, None,
                          datetime(2025, 3, 31), "Sí")
    assert valores[3] == ("Total al 01/06/2025", None, 4, None, None, 3750.5, "USD", 150.5, 0, 1200, 2400, None,
                          "1 suspendido")
    assert hoja.cell(row=2, column=1).data_type == "s"
    assert hoja.cell(row=2, column=4).number_format == "0"  # el año sin separador de miles: 2023, no 2.023
    assert hoja.cell(row=2, column=12).number_format == "DD/MM/YYYY"


# --- De punta a punta, con los servicios ------------------------------------------------------------

@pytest.fixture
def con_pagos(db, asociacion_id, tmp_path):
    """Dos miembros con cuotas 2024 y 2025; Rosario pagó, y un cheque suyo fue rechazado."""
    contexto = Contexto(db, asociacion_id)
    importar_miembros(contexto, escribir_csv(tmp_path / "alta.csv", [
        ["Rosario", "Argentina", "1.276.000"], ["Salto", "Uruguay", "104.028"]]))
    cuotas.definir_escala(contexto, cuotas.escala_desde_texto(
        date(2022, 1, 1), "USD", "0:150,100000:600,500000:1200", articulo="Reglamento de cuotas, art. 3"))
    for anio in (2024, 2025):
        emision_de_cuotas.emitir(contexto, anio)
    ids = {m["nombre"]: m["id"] for m in listar_miembros(contexto)}
    bueno = pagos.registrar_pago(contexto, pagos.NuevoPago(
        miembro_id=ids["Rosario"], fecha=date(2024, 5, 2), monto="1500", moneda="USD", referencia="Transf. 8812"))
    rechazado = pagos.registrar_pago(contexto, pagos.NuevoPago(
        miembro_id=ids["Rosario"], fecha=date(2025, 4, 9), monto="900", moneda="USD", medio="cheque"))
    pagos.anular_pago(contexto, rechazado.pago_id, "Cheque rechazado")
    return asociacion_id, ids, bueno.pago_id, rechazado.pago_id


def test_recibos_y_estado_de_cuenta_desde_los_servicios(db, con_pagos, tmp_path):
    asociacion, ids, bueno, rechazado = con_pagos
    ruta = tmp_path / "recibos.pdf"
    contexto = Contexto(db, asociacion)
    escribir_recibos_pdf(ruta, pagos=[pagos.obtener_pago(contexto, p) for p in (bueno, rechazado)],
                         **ASOCIACION)

    primero, segundo = textos_por_pagina(ruta)
    assert "Nº 0001/2024" in primero and "Recibimos de Rosario" in primero and "País Argentina" in primero
    assert "Cuota anual 2024 USD 1.200,00" in primero
    assert "Cuota anual 2025 USD 300,00" in primero
    assert "ANULADO" not in primero
    assert "Nº 0001/2025" in segundo and "ANULADO" in segundo and "Motivo: Cheque rechazado" in segundo

    [estado] = cobranza.estados_de_cuenta(contexto, ids["Rosario"], al=date(2025, 12, 31))
    ruta = tmp_path / "estado.pdf"
    escribir_estado_cuenta_pdf(ruta, estado=estado, fecha=date(2025, 12, 31), **ASOCIACION)
    leido = texto(ruta)
    assert "Población 1.276.000 habitantes" in leido
    assert "ANULADO: Cheque rechazado" in leido
    assert "Saldo al 31/12/2025: USD 900,00 (deudor)" in leido


def test_avisos_desde_los_servicios(db, con_pagos, tmp_path):
    asociacion, *_ = con_pagos
    avisos = cobranza.preparar_avisos(Contexto(db, asociacion), date(2025, 12, 31))
    ruta = tmp_path / "avisos.pdf"

    paginas = escribir_avisos_pdf(ruta, avisos=avisos, fecha=date(2025, 12, 31), **ASOCIACION)

    leidas = textos_por_pagina(ruta)
    assert paginas == len(leidas) == len(avisos) == 2
    assert [a.miembro for a in avisos] == ["Rosario", "Salto"]
    assert "A las autoridades de Rosario" in leidas[0] and "Total adeudado USD 900,00" in leidas[0]
    assert "A las autoridades de Salto" in leidas[1]
