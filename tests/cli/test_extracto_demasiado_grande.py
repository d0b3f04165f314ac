"""Issue 58, punto 6: «pagos importar» con un archivo desmedido. Un extracto de 50 MB (610.490 líneas) con
--simular tardaba 2 min 29 s y usaba 1,6 GB. Ahora se rechaza antes de leerlo (más de 20 MB; un .xlsx, más de
100 MB por dentro) o en la fila 50.001, con un mensaje que dice el archivo, cuánto es, el límite y qué hacer. Cada
prueba corre la CLI como proceso real y mide su memoria (ru_maxrss de ese proceso, con os.wait4)."""

from contextlib import closing
import functools
import os
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from escritorio.dominio.extractos import LIMITE_DE_FILAS

_CABECERA = "Banco de Prueba S.A.\nCuenta corriente en dólares\n\nFecha;Concepto;Nro. Comprobante;Débito;Crédito;Saldo\n"


@functools.cache
def _movimientos(lineas: int) -> tuple[bytes, ...]:
    """Los primeros `lineas` movimientos como los de un banco (~80 bytes cada uno), en cp1252: armados una vez en el
    módulo (las pruebas escriben 250.000 y dos veces 300.000: los primeros de cada extracto son los mismos)."""
    return tuple(f"{1 + i % 28:02d}/03/2026;TRANSFERENCIA RECIBIDA CLIENTE {i};C{i:08d};;"
                 f"{1 + i % 900},{i % 100:02d};{10000 + i},00\n".encode("cp1252") for i in range(lineas))


def _extracto(ruta: Path, lineas: int) -> Path:
    """Un extracto con `lineas` movimientos como los de un banco (~80 bytes cada uno)."""
    movimientos = _movimientos(300_000)[:lineas] if lineas <= 300_000 else _movimientos(lineas)
    with ruta.open("wb") as salida:
        salida.write(_CABECERA.encode("cp1252"))
        salida.write(b"".join(movimientos))
    return ruta


def _fila_xml(numero: int, i: int) -> str:
    """La fila del movimiento `i` como la escribe openpyxl (write_only: textos en línea, números con t="n")."""
    return (f'<row r="{numero}"><c r="A{numero}" t="inlineStr"><is><t>02/03/2026</t></is></c>'
            f'<c r="B{numero}" t="inlineStr"><is><t>TRANSFERENCIA RECIBIDA CLIENTE {i}</t></is></c>'
            f'<c r="C{numero}" t="inlineStr"><is><t>C{i:08d}</t></is></c>'
            f'<c r="E{numero}" t="n"><v>150</v></c><c r="F{numero}" t="n"><v>10150</v></c></row>')


def _libro_de_movimientos(ruta: Path, filas: int) -> Path:
    """El libro que escribe openpyxl (write_only) con la cabecera y `filas` movimientos de 150 dólares: el libro lo
    arma openpyxl con la cabecera y el primer movimiento, y las filas de la hoja se escriben como él las escribe (en
    el proceso de pytest, openpyxl tardaba 2 s de CPU en las 50.000 filas; así, una décima)."""
    from openpyxl import Workbook

    modelo = ruta.with_name("modelo.xlsx")
    libro = Workbook(write_only=True)
    hoja = libro.create_sheet("Movimientos")
    hoja.append(["Fecha", "Concepto", "Nro. Comprobante", "Débito", "Crédito", "Saldo"])
    hoja.append(["02/03/2026", "TRANSFERENCIA RECIBIDA CLIENTE 0", f"C{0:08d}", None, 150.0, 10150.0])
    libro.save(modelo)
    with zipfile.ZipFile(modelo) as origen, zipfile.ZipFile(ruta, "w", compression=zipfile.ZIP_DEFLATED) as destino:
        for parte in origen.infolist():
            contenido = origen.read(parte)
            if parte.filename == "xl/worksheets/sheet1.xml":
                xml = contenido.decode("utf-8")
                assert _fila_xml(2, 0) in xml, xml   # openpyxl escribe las filas como `_fila_xml`
                xml = xml.replace(_fila_xml(2, 0), "".join(_fila_xml(i + 2, i) for i in range(filas)))
                contenido = xml.encode("utf-8")
            destino.writestr(parte, contenido)
    modelo.unlink()
    return ruta


def _correr(argumentos: list[str], entorno: dict, carpeta: Path) -> tuple[int, str, int, float]:
    """(estado de salida, stderr, memoria máxima en KB, segundos) de un proceso de Python con esos argumentos."""
    with (carpeta / "salida.txt").open("w+b") as salida, (carpeta / "errores.txt").open("w+b") as errores:
        inicio = time.monotonic()
        proceso = subprocess.Popen([sys.executable, *argumentos], cwd=carpeta, env=entorno, stdout=salida,
                                   stderr=errores)
        _, estado, uso = os.wait4(proceso.pid, 0)
        proceso.returncode = os.waitstatus_to_exitcode(estado)
        segundos = time.monotonic() - inicio
        errores.seek(0)
        return proceso.returncode, errores.read().decode("utf-8"), uso.ru_maxrss, segundos


def _importar(base: Path, ruta: Path, entorno: dict, carpeta: Path, *extra) -> tuple[int, str, int, float]:
    """Lo de `_correr` para «escritorio pagos importar», con la memoria medida por encima de la de un proceso de
    Python que no hace nada lanzado igual (ru_maxrss cuenta también lo que el proceso compartía con pytest antes de
    arrancar el suyo: con la ventana cargada en el mismo proceso de pytest, más de 100 MB)."""
    base_de_memoria = _correr(["-c", "pass"], entorno, carpeta)[2]
    estado, mensaje, memoria, segundos = _correr(["-m", "escritorio", "--db", str(base), "pagos", "importar",
                                                  str(ruta), "--moneda", "USD", *extra], entorno, carpeta)
    return estado, mensaje, max(0, memoria - base_de_memoria), segundos


def _contar(base: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(base)) as conexion, conexion:
        return tuple(conexion.execute("SELECT (SELECT count(*) FROM pagos), (SELECT count(*) FROM lineas_de_extracto)"
                                      ).fetchone())


@pytest.mark.parametrize("extra", [("--simular",), ()])
def test_un_extracto_de_mas_de_20_mb_se_rechaza_sin_leerlo(copia_de_la_demo, entorno_cli, tmp_path, extra):
    ruta = _extracto(tmp_path / "extracto de 5 años.csv", 300_000)   # ~23 MB
    assert ruta.stat().st_size > 20 * 1024 * 1024
    antes = _contar(copia_de_la_demo)
    estado, mensaje, memoria, segundos = _importar(copia_de_la_demo, ruta, entorno_cli, tmp_path, *extra)
    assert estado == 1, mensaje
    assert mensaje.startswith("extracto de 5 años.csv pesa 2"), mensaje
    for parte in ("MB: es más de lo que trae un extracto bancario", "hasta 20,0 MB y 50.000 filas",
                  "No se registró nada", "extracto de a un mes"):
        assert parte in mensaje, mensaje
    assert "Traceback" not in mensaje and "Lo sentimos" not in mensaje
    assert memoria < 100_000, f"{memoria} KB"   # el proceso sin leer el archivo: (sin el límite, más de 800 MB)
    assert segundos < 30
    assert _contar(copia_de_la_demo) == antes


def test_un_extracto_de_muchas_lineas_se_corta_en_la_fila_de_mas(copia_de_la_demo, entorno_cli, tmp_path):
    """Menos de 20 MB pero 250.000 líneas: se deja de leer en la fila 50.001 (sin el límite: más de un minuto y más
    de 700 MB)."""
    ruta = _extracto(tmp_path / "todo.csv", 250_000)
    assert ruta.stat().st_size < 20 * 1024 * 1024
    antes = _contar(copia_de_la_demo)
    estado, mensaje, memoria, segundos = _importar(copia_de_la_demo, ruta, entorno_cli, tmp_path, "--simular")
    assert estado == 1, mensaje
    assert mensaje.startswith(f"todo.csv tiene más de {LIMITE_DE_FILAS:,} filas con datos".replace(",", ".")), mensaje
    assert "extracto de a un mes" in mensaje
    assert memoria < 300_000, f"{memoria} KB"
    assert _contar(copia_de_la_demo) == antes


def test_un_xlsx_que_por_dentro_ocupa_demasiado_se_rechaza_sin_descomprimirlo(copia_de_la_demo, entorno_cli,
                                                                              tmp_path):
    """Un .xlsx chico en disco que descomprimido son 120 MB (una bomba de zip, o una hoja enorme): openpyxl leería
    entera la tabla de textos compartidos."""
    ruta = tmp_path / "extracto.xlsx"
    with zipfile.ZipFile(ruta, "w", compression=zipfile.ZIP_DEFLATED) as libro:
        libro.writestr("[Content_Types].xml", "<Types/>")
        with libro.open("xl/sharedStrings.xml", "w") as parte:
            bloque = b"<si><t>x</t></si>" * 65536
            for _ in range(120 * 1024 * 1024 // len(bloque)):
                parte.write(bloque)
    assert ruta.stat().st_size < 2 * 1024 * 1024
    estado, mensaje, memoria, _ = _importar(copia_de_la_demo, ruta, entorno_cli, tmp_path, "--simular")
    assert estado == 1, mensaje
    assert mensaje.startswith("extracto.xlsx ocupa 1"), mensaje
    assert "MB descomprimido: es más de lo que trae un extracto bancario" in mensaje
    assert memoria < 100_000, f"{memoria} KB"


def test_un_xlsx_de_mas_filas_que_el_limite_se_deja_de_leer_en_la_de_mas(copia_de_la_demo, entorno_cli, tmp_path):
    """El .xlsx se lee de a una fila (la hoja es XML que se recorre): en la 50.001 se cierra el libro."""
    ruta = _libro_de_movimientos(tmp_path / "anual.xlsx", LIMITE_DE_FILAS)
    antes = _contar(copia_de_la_demo)
    estado, mensaje, memoria, _ = _importar(copia_de_la_demo, ruta, entorno_cli, tmp_path)
    assert estado == 1, mensaje
    assert mensaje.startswith("anual.xlsx tiene más de 50.000 filas con datos"), mensaje
    assert memoria < 300_000, f"{memoria} KB"
    assert _contar(copia_de_la_demo) == antes
