"""La lectura de un extracto bancario (issue 47): los mismos movimientos exportados por bancos distintos (separador,
codificación, coma o punto decimal, Débito/Crédito o importe con signo, D/C, portugués, .xlsx con el banco arriba y
los movimientos en otra hoja) se leen igual; y cada archivo malo dice qué, dónde (archivo, fila, columna) y cómo
arreglarlo, sin leer nada a medias."""

from datetime import date

import pytest

from escritorio.errores import ErrorEscritorio, ErrorValidacion
from escritorio.servicios.extractos import OpcionesDeExtracto, leer_extracto
from extractos_de_prueba import FORMATOS, Movimiento, escribir, planilla_de_tesoreria

MOVIMIENTOS = [
    Movimiento(date(2026, 3, 2), "TRANSF RECIBIDA RCS-0012-5 MONTEVIDEO", "150.00", "000101"),
    Movimiento(date(2026, 3, 3), "COMISION MANTENIMIENTO CUENTA", "-12.50", "000102"),
    Movimiento(date(2026, 3, 13), "TRANSFERENCIA PREFEITURA DE SÃO PAULO CUOTA 2026", "2400.00", "000103"),
    Movimiento(date(2026, 3, 20), "DEPOSITO EFECTIVO SUC 12", "1234.56", "000104"),
]


def _resumen(lineas):
    return [(l.fecha, l.importe, l.moneda, l.clase, l.referencia) for l in lineas]


ESPERADO = [(date(2026, 3, 2), 15000, "USD", "credito", "000101"), (date(2026, 3, 3), 1250, "USD", "debito", "000102"),
            (date(2026, 3, 13), 240000, "USD", "credito", "000103"), (date(2026, 3, 20), 123456, "USD", "credito", "000104")]


@pytest.mark.parametrize("formato", sorted(FORMATOS))
def test_cada_formato_de_banco_da_los_mismos_movimientos(tmp_path, formato):
    ruta = escribir(tmp_path, formato, MOVIMIENTOS)
    hoja = "Movimientos" if formato.endswith(".xlsx") else None
    lineas, encabezados, *_ = leer_extracto(ruta, OpcionesDeExtracto(hoja=hoja, moneda="USD"))
    assert _resumen(lineas) == ESPERADO
    assert "SÃO PAULO" in lineas[2].descripcion   # las letras, bien leídas en cada codificación
    assert encabezados.fila >= 1


def test_el_banco_arriba_y_los_saldos_abajo_no_son_movimientos(tmp_path):
    lineas, encabezados, *_ = leer_extracto(escribir(tmp_path, "debito_credito.csv", MOVIMIENTOS),
                                            OpcionesDeExtracto(moneda="USD"))
    assert encabezados.fila == 5   # después del banco, la cuenta, el período y una fila vacía
    assert [l.fila for l in lineas] == [7, 8, 9, 10]   # ni «Saldo anterior» (6) ni «Total» (11)
    assert lineas[1].motivo == "débito: no es un cobro"


def test_el_xlsx_lee_la_hoja_pedida_por_nombre_o_numero_y_dice_cuales_hay(tmp_path):
    ruta = escribir(tmp_path, "banco.xlsx", MOVIMIENTOS)
    for hoja in ("Movimientos", "movimientos ", "2"):
        assert _resumen(leer_extracto(ruta, OpcionesDeExtracto(hoja=hoja))[0]) == ESPERADO
    with pytest.raises(ErrorEscritorio) as error:
        leer_extracto(ruta, OpcionesDeExtracto(hoja="Enero"))
    assert error.value.mensaje == ("banco.xlsx no tiene una hoja «Enero»; sus hojas son «Resumen», «Movimientos» "
                                   "(indique el nombre o el número de la hoja, desde 1).")
    with pytest.raises(ErrorValidacion) as error:   # la primera hoja es el resumen: no tiene los encabezados
        leer_extracto(ruta)
    assert "No se encontró la fila de los encabezados" in error.value.mensaje
    assert ("Se leyó la hoja «Resumen»; el libro tiene además «Movimientos»: indique la hoja de los movimientos"
            in error.value.mensaje)


def test_la_planilla_de_tesoreria_trae_quien_pago(tmp_path):
    ruta = planilla_de_tesoreria(tmp_path / "cobros.xlsx", [
        Movimiento(date(2026, 2, 1), "cuota 2026", "600", quien="Montevideo", moneda="usd"),
        Movimiento(date(2026, 2, 3), "", "150.5", quien="Paysandú", moneda="USD")])
    lineas, *_ = leer_extracto(ruta)
    assert [(l.miembro, l.importe, l.moneda) for l in lineas] == [("Montevideo", 60000, "USD"), ("Paysandú", 15050, "USD")]


def test_coma_y_punto_se_deciden_por_el_archivo(tmp_path):
    """«1.500» es mil quinientos; «150,5» dice coma decimal; en otro archivo «1,500.00» dice punto: cada uno se lee
    con lo que él mismo muestra."""
    coma = tmp_path / "coma.csv"
    coma.write_text("Fecha;Concepto;Importe\n01/03/2026;a;1.500\n02/03/2026;b;150,5\n", encoding="utf-8")
    assert [l.importe for l in leer_extracto(coma, OpcionesDeExtracto(moneda="USD"))[0]] == [150000, 15050]
    punto = tmp_path / "punto.csv"
    punto.write_text("Fecha,Concepto,Importe\n01/03/2026,a,\"1,500\"\n02/03/2026,b,\"1,500.00\"\n", encoding="utf-8")
    assert [l.importe for l in leer_extracto(punto, OpcionesDeExtracto(moneda="USD"))[0]] == [150000, 150000]


def test_una_descripcion_en_dos_filas_es_una_linea(tmp_path):
    ruta = tmp_path / "continua.csv"
    ruta.write_text("Fecha;Concepto;Crédito\n01/03/2026;TRANSFERENCIA RECIBIDA;500,00\n;DE MONTEVIDEO CUOTA 2026;\n"
                    "02/03/2026;OTRA;10,00\n", encoding="utf-8")
    lineas, *_ = leer_extracto(ruta, OpcionesDeExtracto(moneda="USD"))
    assert [l.descripcion for l in lineas] == ["TRANSFERENCIA RECIBIDA DE MONTEVIDEO CUOTA 2026", "OTRA"]


def test_los_caracteres_invisibles_del_banco_se_limpian(tmp_path):
    ruta = tmp_path / "raro.csv"
    ruta.write_text("Fecha;Concepto;Importe\n01/03/2026;TRANSF\x07 DE\u202e ROSARIO\u200b;500,00\n", encoding="utf-8")
    assert leer_extracto(ruta, OpcionesDeExtracto(moneda="USD"))[0][0].descripcion == "TRANSF DE ROSARIO"


# --- archivos malos: qué, dónde y cómo arreglarlo ---------------------------------------------------------------

def _mensaje(ruta, **opciones) -> str:
    with pytest.raises(ErrorEscritorio) as error:
        leer_extracto(ruta, OpcionesDeExtracto(**opciones))
    return error.value.mensaje


def test_sin_columna_de_importe_dice_la_fila_y_los_nombres_que_sirven(tmp_path):
    ruta = tmp_path / "sin_importe.csv"
    ruta.write_text("Banco\nFecha;Concepto;Saldo\n01/03/2026;a;10\n", encoding="utf-8")
    assert _mensaje(ruta) == (
        "sin_importe.csv: 1 problema; no se registró nada. Corríjalo y vuelva a importar:\n"
        "  - Fila 2: los encabezados están en esta fila pero falta la columna del importe. Cambie el encabezado de "
        "esa columna por uno de estos (o agréguela): Importe, Monto, Valor, o Crédito y Débito (Haber y Debe).")


def test_sin_columna_de_fecha_lo_dice(tmp_path):
    ruta = tmp_path / "sin_fecha.csv"
    ruta.write_text("Concepto;Importe\na;10\n", encoding="utf-8")
    assert "Fila 1: los encabezados están en esta fila pero falta la columna de la fecha" in _mensaje(ruta)


def test_sin_moneda_pide_la_de_la_cuenta(tmp_path):
    ruta = tmp_path / "sin_moneda.csv"
    ruta.write_text("Fecha;Concepto;Importe\n01/03/2026;a;10,00\n", encoding="utf-8")
    assert _mensaje(ruta) == (
        "sin_moneda.csv: 1 problema; no se registró nada. Corríjalo y vuelva a importar:\n"
        "  - El archivo no tiene una columna «Moneda» y su importe no dice en qué moneda está. Indique la moneda de la "
        "cuenta (en la línea de órdenes, --moneda ARS; en la ventana, «Moneda de la cuenta»), o agregue la columna "
        "«Moneda».")
    con_columna = tmp_path / "con_pesos.csv"
    con_columna.write_text("Fecha;Concepto;Importe;Moneda\n01/03/2026;a;10,00;$\n", encoding="utf-8")
    assert ("Fila 2, columna D (Moneda), valor «$»: no dice en qué moneda está el importe (vacía o «$», que no dice "
            "cuál)") in _mensaje(con_columna)
    assert leer_extracto(con_columna, OpcionesDeExtracto(moneda="ARS"))[0][0].moneda == "ARS"
    assert leer_extracto(ruta, OpcionesDeExtracto(moneda="uyu"))[0][0].moneda == "UYU"
    assert _mensaje(ruta, moneda="pesos") == ("Moneda de la cuenta: «pesos» no es el código ISO 4217 de una moneda "
                                              "vigente; escriba tres letras, por ejemplo USD, EUR, ARS, BRL, UYU, CLP, "
                                              "PYG o MXN.")


def test_cada_celda_mala_con_su_fila_y_su_columna(tmp_path):
    ruta = tmp_path / "malo.csv"
    ruta.write_text("Fecha;Concepto;Importe;Moneda\n31/02/2026;a;10,00;USD\n01/03/2026;b;diez;USD\n"
                    "02/03/2026;c;10,00;XYZ\n;d;5,00;USD\n", encoding="utf-8")
    mensaje = _mensaje(ruta)
    assert mensaje.startswith("malo.csv: 4 problemas; no se registró nada. Corríjalos y vuelva a importar:")
    assert ("Fila 2, columna A (Fecha), valor «31/02/2026»: no es una fecha que exista; revise el día y el mes"
            in mensaje)
    assert "Fila 3, columna C (Importe), valor «diez»: no es un importe; escríbalo con cifras" in mensaje
    assert "Fila 4, columna D (Moneda), valor «XYZ»: «XYZ» no es el código ISO 4217" in mensaje
    assert "Fila 5, columna A (Fecha): falta la fecha" in mensaje


def test_fechas_y_decimales_que_se_contradicen(tmp_path):
    ruta = tmp_path / "contradice.csv"
    ruta.write_text("Fecha;Concepto;Importe;Moneda\n25/03/2026;a;1.234,50;USD\n03/25/2026;b;1,234.50;USD\n",
                    encoding="utf-8")
    mensaje = _mensaje(ruta)
    assert "Las fechas se contradicen: la fila 2 dice «25/03/2026» (día/mes) y la fila 3 dice «03/25/2026»" in mensaje
    assert "Los importes se contradicen: la fila 2 escribe «1.234,50» (coma decimal) y la fila 3 «1,234.50»" in mensaje


@pytest.mark.parametrize("nombre, contenido, esperado", [
    ("vacio.csv", b"", "vacio.csv está vacío: no tiene ninguna fila."),
    ("libro.csv", b"PK\x03\x04resto", "libro.csv es un libro de Excel con la extensión .csv"),
    ("viejo.xls", b"\xd0\xcf\x11\xe0", "viejo.xls: formato no admitido. Use un libro de Excel (.xlsx) o un archivo"),
    ("roto.xlsx", b"PK\x03\x04roto", "No se puede leer roto.xlsx como libro de Excel (.xlsx)"),
    ("mezcla.csv", "Fecha;Concepto;Importe\n01/03/2026;São;1\n".encode() + b"02/03/2026;Jos\xe9;2\n",
     "mezcla.csv tiene dos codificaciones de texto mezcladas: casi todo está en UTF-8, pero la fila 3, columna B"),
])
def test_archivos_que_no_son_extractos(tmp_path, nombre, contenido, esperado):
    ruta = tmp_path / nombre
    ruta.write_bytes(contenido)
    assert esperado in _mensaje(ruta, moneda="USD")


def test_un_csv_no_tiene_otra_hoja(tmp_path):
    ruta = escribir(tmp_path, "debito_credito.csv", MOVIMIENTOS)
    assert _mensaje(ruta, hoja="2") == ("debito_credito.csv es un archivo de texto (CSV) y tiene una sola hoja: no "
                                        "indique la hoja.")


def test_sin_movimientos_debajo_de_los_encabezados(tmp_path):
    ruta = tmp_path / "solo_encabezados.csv"
    ruta.write_text("Fecha;Concepto;Importe\n", encoding="utf-8")
    assert _mensaje(ruta, moneda="USD") == ("solo_encabezados.csv no tiene movimientos debajo de los encabezados "
                                            "(fila 1): no hay nada que importar.")
