"""Las reglas de un extracto bancario (issue 47): qué trae cada columna por su encabezado, las celdas como las
escriben los bancos (fechas, importes, monedas), la fila de los encabezados entre las primeras y la huella que
hace que una línea no se registre dos veces."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from escritorio.dominio.celdas_del_banco import (evidencia_de_decimales, leer_fecha, leer_importe, leer_moneda,
                                                 medio_del_texto, texto_del_banco)
from escritorio.dominio.extractos import buscar_encabezados, campo_de_encabezado, leer_lineas, moneda_del_encabezado
from escritorio.dominio.huellas_de_extracto import huella_de_linea, huellas


@pytest.mark.parametrize("encabezado, campo", [
    ("Fecha", "fecha"), ("Fecha Operación", "fecha"), ("F. Valor", "fecha_valor"), ("Fecha valor", "fecha_valor"),
    ("Data", "fecha"), ("Concepto", "descripcion"), ("Descripción", "descripcion"), ("Detalle", "descripcion"),
    ("Histórico", "descripcion"), ("Glosa", "descripcion"), ("Referencia", "referencia"),
    ("Nº de Operación:", "referencia"), ("Número de comprobante", "referencia"), ("Nro. Documento", "referencia"),
    ("Importe", "importe"), ("Importe ($)", "importe"), ("Monto", "importe"), ("Valor (R$)", "importe"),
    ("Crédito", "credito"), ("Créditos en USD", "credito"), ("Haber", "credito"), ("Débito (-)", "debito"),
    ("Debe", "debito"), ("D/C", "signo"), ("Débito/Crédito", "signo"), ("Moneda", "moneda"), ("Divisa", "moneda"),
    ("Moeda", "moneda"), ("Saldo al día", "saldo"), ("Ordenante", "miembro"), ("Miembro", "miembro"),
    ("Sucursal", None), ("", None), (None, None),
])
def test_cada_encabezado_de_los_bancos_de_la_region(encabezado, campo):
    assert campo_de_encabezado(encabezado) == campo


def test_el_encabezado_puede_decir_la_moneda():
    assert moneda_del_encabezado("Importe USD") == "USD"
    assert moneda_del_encabezado("Valor (R$)") == "BRL"
    assert moneda_del_encabezado("Importe ($)") is None


@pytest.mark.parametrize("escrito, decimales, valor", [
    ("1.234,56", None, "1234.56"), ("1,234.56", None, "1234.56"), ("-1.234,56", None, "-1234.56"),
    ("(1.234,56)", None, "-1234.56"), ("1.234,56-", None, "-1234.56"), ("$ 1.500", None, "1500"),
    ("US$ 150.5", None, "150.5"), ("1,500", None, "1500"), ("1,500", ",", "1.5"), ("0,50", None, "0.50"),
    ("R$ 2.400,00", ",", "2400.00"), (1234.56, None, "1234.56"), (600, ",", "600"),
])
def test_importes_como_los_escriben_los_bancos(escrito, decimales, valor):
    assert leer_importe(escrito, decimales) == Decimal(valor)


@pytest.mark.parametrize("escrito", ["diez", "1e5", "NaN", "١٢٣", "--5", "12,34,56,78.9.1x", True, float("inf")])
def test_lo_que_no_es_un_importe(escrito):
    with pytest.raises(ValueError):
        leer_importe(escrito, None)


def test_la_evidencia_del_separador_decimal():
    assert [evidencia_de_decimales(v) for v in ("1.234,56", "1,234.56", "150,5", "150.5", "1.500", "1,500", "15")] \
        == [",", ".", ",", ".", None, None, None]


@pytest.mark.parametrize("escrito, fecha", [
    ("05/04/2026", date(2026, 4, 5)), ("5-4-26", date(2026, 4, 5)), ("05.04.2026", date(2026, 4, 5)),
    ("2026-02-05", date(2026, 2, 5)), ("03-feb-2026", date(2026, 2, 3)), ("3 FEB 2026", date(2026, 2, 3)),
    ("03/dic/2025", date(2025, 12, 3)), ("28/01/2026 10:32", date(2026, 1, 28)),
    (datetime(2026, 1, 28, 10, 0), date(2026, 1, 28)), (46050, date(2026, 1, 28)),
])
def test_fechas_como_las_escriben_los_bancos(escrito, fecha):
    assert leer_fecha(escrito) == fecha


def test_mes_dia_si_el_archivo_lo_dice():
    assert leer_fecha("04/05/2026", orden_dma=False) == date(2026, 4, 5)
    with pytest.raises(ValueError, match="no es una fecha que exista"):
        leer_fecha("31/02/2026")
    with pytest.raises(ValueError, match="no es una fecha"):
        leer_fecha("ayer")


def test_monedas_escritas_de_varias_maneras():
    assert [leer_moneda(v) for v in ("usd", "US$", "U$S", "R$", "€", "Gs.", "$", "pesos", "", None)] == [
        "USD", "USD", "USD", "BRL", "EUR", "PYG", None, None, None, None]
    with pytest.raises(ValueError, match="no es el código ISO 4217"):
        leer_moneda("dólar blue")


def test_el_texto_del_banco_se_limpia_y_se_recorta():
    assert texto_del_banco("  TRANSF\x07\nDE\u202e  ROSARIO\u200b ") == "TRANSF DE ROSARIO"
    assert len(texto_del_banco("x" * 900)) == 500 and texto_del_banco("x" * 900).endswith("…")
    assert medio_del_texto("DEP. EFECTIVO SUC 12") == "deposito" and medio_del_texto("CHQ 123") == "cheque"
    assert medio_del_texto("TRANSF RECIBIDA") == "transferencia"


def _filas(*filas):
    return list(enumerate(filas, start=1))


def test_la_fila_de_encabezados_es_la_primera_con_fecha_e_importe():
    encabezados, problemas = buscar_encabezados(_filas(("Banco",), ("Saldo", "100"), ("Fecha", "Concepto", "Crédito",
                                                                                     "Débito", "Importe", "Sucursal")))
    assert problemas == [] and encabezados.fila == 3
    assert encabezados.indices == {"fecha": 0, "descripcion": 1, "credito": 2, "debito": 3}  # Importe: con Crédito sobra
    assert encabezados.ignoradas == ["E (Importe)", "F (Sucursal)"]


def test_sin_encabezados_lo_dice():
    encabezados, problemas = buscar_encabezados(_filas(("a", "b"), ("1", "2")))
    assert encabezados is None and "ninguna de las primeras 30 filas nombra una fecha y un importe" in str(problemas[0])


def test_lineas_credito_debito_y_signo():
    filas = _filas(("Fecha", "Detalle", "Monto", "D/C"), ("01/03/2026", "a", "10,00", "C"),
                   ("02/03/2026", "b", "5,00", "D"), ("03/03/2026", "c", "0,00", "C"), ("04/03/2026", "d", "1", "X"))
    encabezados, _ = buscar_encabezados(filas)
    lectura = leer_lineas(filas, encabezados, moneda="USD")
    assert [(l.fila, l.clase, l.importe) for l in lectura.lineas] == [(2, "credito", 1000), (3, "debito", 500),
                                                                       (4, "ignorada", 0)]
    assert [str(p) for p in lectura.problemas] == [
        "Fila 5, columna D (D/C), valor «X»: no dice si es un crédito o un débito; escriba C o D (o Crédito, Débito)"]


def test_una_fila_con_credito_y_debito_a_la_vez():
    filas = _filas(("Fecha", "Crédito", "Débito"), ("01/03/2026", "10", "5"))
    encabezados, _ = buscar_encabezados(filas)
    problemas = leer_lineas(filas, encabezados, moneda="USD").problemas
    assert "la fila tiene a la vez un crédito y un débito (5); deje solo uno" in str(problemas[0])


def test_mas_decimales_de_los_que_admite_la_moneda():
    filas = _filas(("Fecha", "Importe", "Moneda"), ("01/03/2026", "10,5", "CLP"))
    encabezados, _ = buscar_encabezados(filas)
    assert "tiene más decimales de los que admite CLP (0)" in str(leer_lineas(filas, encabezados).problemas[0])


def test_la_huella_distingue_dos_lineas_identicas_y_reconoce_la_misma_en_otro_formato():
    filas = _filas(("Fecha", "Concepto", "Importe"), ("01/03/2026", "TRANSF ROSARIO", "500,00"),
                   ("01/03/2026", "TRANSF ROSARIO", "500,00"))
    encabezados, _ = buscar_encabezados(filas)
    lineas = leer_lineas(filas, encabezados, moneda="USD").lineas
    primera, segunda = huellas(lineas)
    assert primera != segunda and len(primera) == 64
    # la misma línea escrita de otra manera (minúsculas, tildes, espacios, otra fila del archivo): la misma huella
    otras = _filas(("Banco",), ("Fecha", "Descripción", "Crédito"), ("2026-03-01", "  Transf  Rosário ", "500.00"))
    otro_encabezado, _ = buscar_encabezados(otras)
    otra = leer_lineas(otras, otro_encabezado, moneda="USD").lineas
    assert huellas(otra) == [primera]
    assert huella_de_linea(lineas[0], 1) == primera
