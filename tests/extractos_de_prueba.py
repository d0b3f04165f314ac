"""Extractos bancarios de prueba, generados aquí (ningún archivo de un banco real): los mismos movimientos escritos
como los exportan distintos bancos de la región, para las pruebas del lector, del servicio, de la CLI y de la
ventana.

Un movimiento es `Movimiento(fecha, concepto, importe, referencia, moneda, quien)`, con el importe con signo en
unidades mayores («150.00», «-12.50»); cada formato lo escribe a su manera (separador, codificación, coma o punto
decimal, columnas de crédito y débito o un importe con signo, fecha con barras o ISO, líneas de encabezado del banco
arriba y de saldos abajo).
"""

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path


@dataclass(frozen=True)
class Movimiento:
    fecha: date
    concepto: str
    importe: str
    referencia: str = ""
    moneda: str = "USD"
    quien: str = ""


def _coma(importe: Decimal, miles: bool = True) -> str:
    """1234.5 -> «1.234,50» (coma decimal, punto de miles), sin signo."""
    entero, _, decimales = f"{abs(importe):.2f}".partition(".")
    grupos = f"{int(entero):,}".replace(",", ".") if miles else entero
    return f"{grupos},{decimales}"


def _punto(importe: Decimal) -> str:
    """1234.5 -> «1,234.50» (punto decimal, coma de miles), sin signo."""
    return f"{abs(importe):,.2f}"


def _csv(filas: list[list], separador: str) -> str:
    salida = io.StringIO()
    csv.writer(salida, delimiter=separador, lineterminator="\r\n").writerows(filas)
    return salida.getvalue()


def banco_debito_credito(ruta: Path, movimientos: list[Movimiento]) -> Path:
    """Como un banco argentino: el banco y la cuenta arriba, «;», Windows-1252, columnas Débito y Crédito, coma
    decimal con puntos de miles, dd/mm/aaaa, «Saldo anterior» y «Total» fuera de los movimientos."""
    saldo = Decimal("10000")
    filas = [["Banco de Prueba S.A."], ["Cuenta corriente en dólares Nº 0012-3456/7"], ["Período: marzo de 2026"], [],
             ["Fecha", "Concepto", "Nro. Comprobante", "Débito", "Crédito", "Saldo"],
             ["", "Saldo anterior", "", "", "", _coma(saldo)]]
    for m in movimientos:
        importe = Decimal(m.importe)
        saldo += importe
        filas.append([m.fecha.strftime("%d/%m/%Y"), m.concepto, m.referencia,
                      _coma(importe) if importe < 0 else "", _coma(importe) if importe >= 0 else "", _coma(saldo)])
    filas.append(["", "Total de movimientos", "", "", "", ""])
    ruta.write_bytes(_csv(filas, ";").encode("cp1252"))
    return ruta


def banco_importe_con_signo(ruta: Path, movimientos: list[Movimiento]) -> Path:
    """Una planilla con «,», UTF-8 con marca, un Importe con signo y punto decimal («-1,234.56»), fechas aaaa-mm-dd
    y la columna Moneda."""
    filas = [["Fecha operación", "Fecha valor", "Descripción", "Referencia", "Importe", "Moneda"]]
    for m in movimientos:
        importe = Decimal(m.importe)
        filas.append([m.fecha.isoformat(), m.fecha.isoformat(), m.concepto, m.referencia,
                      ("-" if importe < 0 else "") + _punto(importe), m.moneda])
    ruta.write_bytes(_csv(filas, ",").encode("utf-8-sig"))
    return ruta


def banco_texto_unicode(ruta: Path, movimientos: list[Movimiento]) -> Path:
    """Lo que Excel guarda como «Texto Unicode»: UTF-16 con marca y tabuladores; «Fecha valor» dd-mm-aa, «Monto»
    sin signo, una columna D/C y la Divisa."""
    filas = [["Extracto de cuenta"], ["Fecha Valor", "Detalle", "Monto", "D/C", "Divisa", "Nº de operación"]]
    for m in movimientos:
        importe = Decimal(m.importe)
        filas.append([m.fecha.strftime("%d-%m-%y"), m.concepto, _coma(importe, miles=False),
                      "D" if importe < 0 else "C", m.moneda, m.referencia])
    ruta.write_bytes(_csv(filas, "\t").encode("utf-16"))
    return ruta


def banco_brasil(ruta: Path, movimientos: list[Movimiento]) -> Path:
    """Como un banco brasileño: «;», UTF-8, en portugués (Data, Histórico, Documento, Valor, Moeda), el débito con
    el menos al final («150,00-»)."""
    filas = [["Data", "Histórico", "Documento", "Valor (R$)", "Moeda"]]
    for m in movimientos:
        importe = Decimal(m.importe)
        filas.append([m.fecha.strftime("%d/%m/%Y"), m.concepto, m.referencia,
                      _coma(importe) + ("-" if importe < 0 else ""), m.moneda])
    ruta.write_bytes(_csv(filas, ";").encode("utf-8"))
    return ruta


def banco_xlsx(ruta: Path, movimientos: list[Movimiento], *, hoja: str = "Movimientos") -> Path:
    """Un libro de Excel con una primera hoja de resumen y los movimientos en otra (`hoja`), con el banco arriba,
    celdas de fecha de verdad e importes numéricos con signo."""
    from openpyxl import Workbook

    libro = Workbook()
    resumen = libro.active
    resumen.title = "Resumen"
    resumen.append(["Saldo inicial", 10000])
    movs = libro.create_sheet(hoja)
    movs.append(["Banco de Prueba — movimientos"])
    movs.append([])
    movs.append(["Fecha", "Concepto", "Referencia", "Importe", "Moneda"])
    for m in movimientos:
        movs.append([datetime(m.fecha.year, m.fecha.month, m.fecha.day), m.concepto, m.referencia,
                     float(Decimal(m.importe)), m.moneda])
        movs.cell(movs.max_row, 1).number_format = "dd/mm/yyyy"
    libro.save(ruta)
    return ruta


def planilla_de_tesoreria(ruta: Path, movimientos: list[Movimiento]) -> Path:
    """La planilla que lleva la tesorería: quién pagó (Miembro), la fecha del pago, el monto y la moneda."""
    from openpyxl import Workbook

    libro = Workbook()
    hoja = libro.active
    hoja.title = "Cobros"
    hoja.append(["Fecha de pago", "Miembro", "Monto", "Moneda", "Observaciones"])
    for m in movimientos:
        hoja.append([m.fecha, m.quien, float(Decimal(m.importe)), m.moneda, m.concepto])
    libro.save(ruta)
    return ruta


FORMATOS = {"debito_credito.csv": banco_debito_credito, "importe_con_signo.csv": banco_importe_con_signo,
            "texto_unicode.txt": banco_texto_unicode, "brasil.csv": banco_brasil, "banco.xlsx": banco_xlsx}


def escribir(carpeta: Path, nombre: str, movimientos: list[Movimiento]) -> Path:
    return FORMATOS[nombre](Path(carpeta) / nombre, movimientos)
