"""Cifras, fechas y monedas hostiles en cuotas, escalas y pagos, por la línea de órdenes.

Cada orden mal escrita termina con código 1 (dato) o 2 (uso), explica en castellano qué está mal y cómo
arreglarlo, nunca se disculpa («Lo sentimos») ni muestra un texto de SQLite en inglés, y deja la base como
estaba (mismas filas en cada tabla de cuotas y en la bitácora).
"""

import json
import os
import shutil
import sqlite3
from datetime import date

import pytest

from ayudas import BUENAS, CREAR_RML, escribir_csv, sin_traza
from cli_en_el_proceso import entorno_aislado, orden_en_el_proceso

TRAMOS = "0:100,100000:500,500000:1000,3000000:2000"
TABLAS = ("escalas", "tramos", "cargos", "exenciones", "pagos", "imputaciones", "recibos", "lotes_avisos", "avisos",
          "bitacora", "asociaciones")
HOY = date.today()
EN_INGLES = ("constraint failed", "CHECK", "NOT NULL", "UNIQUE", "FOREIGN KEY", "invalid", "Traceback", "Error:",
             "OverflowError", "InvalidOperation")


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def cuentas(base) -> dict:
    conexion = sqlite3.connect(f"file:{base}?mode=ro", uri=True)
    try:
        return {tabla: conexion.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0] for tabla in TABLAS}
    finally:
        conexion.close()


@pytest.fixture(scope="module")
def plantilla(tmp_path_factory):
    """RML con Rosario, Paraná y Salto; escala de 2002 en USD, cuotas 2025 emitidas y un pago de Paraná, armada una
    vez por la CLI, por su entrada y en este proceso (tests/cli_en_el_proceso.py: lo que se arma no depende de un
    proceso aparte; seis procesos costaban más que todo el resto del módulo). Cada prueba trabaja sobre una copia:
    la base y su testigo."""
    carpeta = tmp_path_factory.mktemp("plantilla_cifras")
    base = carpeta / "red.db"
    entorno = entorno_aislado(carpeta)

    def correr(*argumentos) -> str:
        resultado = orden_en_el_proceso(["--db", str(base), *map(str, argumentos)], carpeta, entorno)
        assert resultado.returncode == 0, resultado.stderr
        return resultado.stdout

    correr(*CREAR_RML)
    correr("miembros", "importar", escribir_csv(carpeta / "padron.csv", BUENAS))
    correr("cuotas", "escala", "definir", "--desde", "2002-01-01", "--moneda", "USD", "--tramos", TRAMOS,
           "--articulo", "Reglamento, art. 3")
    correr("cuotas", "emitir", "2025")
    ids = {m["nombre"]: m["id"] for m in json.loads(correr("miembros", "listar", "--json"))}
    correr("pagos", "registrar", "--miembro", ids["Paraná"], "--monto", "100", "--moneda", "USD", "--fecha", "2025-05-01")
    return base, ids


@pytest.fixture
def red(plantilla, tmp_path):
    original, ids = plantilla
    copia = tmp_path / "base" / original.name
    copia.parent.mkdir()
    for archivo in original.parent.glob(original.name + "*"):
        shutil.copy2(archivo, copia.parent / archivo.name)
    return copia, ids


def rechazada(cli, base, *orden, codigo=1) -> str:
    """Corre la orden, exige que falle con `codigo`, en castellano y sin tocar la base; devuelve el mensaje."""
    antes = cuentas(base)
    resultado = cli(*orden, db=base)
    mensaje = resultado.stderr
    assert resultado.returncode == codigo, (resultado.returncode, resultado.stdout, mensaje)
    sin_traza(resultado)
    assert "Lo sentimos" not in mensaje
    for ingles in EN_INGLES:
        assert ingles not in mensaje, mensaje
    assert cuentas(base) == antes
    return " ".join(mensaje.split())


# --- 1. años ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("anio", ["0", "-5", "99999", "1899", str(HOY.year + 2), "١٢٣", "dos mil"])
def test_emitir_un_anio_imposible_lo_explica(cli, red, anio):
    base, _ = red
    mensaje = rechazada(cli, base, "cuotas", "emitir", "--", anio)
    assert mensaje.startswith("No se emitió nada. Año:")
    assert f"1900 y {HOY.year + 1}" in mensaje or f"1900 a {HOY.year + 1}" in mensaje
    # con --simular, el mismo límite
    assert "Año:" in rechazada(cli, base, "cuotas", "emitir", "--simular", "--", anio)


def test_el_anio_que_viene_si_se_puede_emitir(cli, red):
    base, _ = red
    salida = ok(cli("cuotas", "emitir", "--simular", str(HOY.year + 1), db=base))
    assert salida.startswith("Simulación (no se emitió nada): Cuota anual")


@pytest.mark.parametrize("orden, empieza", [
    (("cuotas", "exportar", "0", "p.xlsx"), "No se exportó el padrón de cuotas. Año:"),
    (("cuotas", "exportar", "99999", "p.xlsx"), "No se exportó el padrón de cuotas. Año:"),
    (("cuotas", "exportar", "٢٠٢٥", "p.xlsx"), "No se exportó el padrón de cuotas. Año:"),
    (("cuotas", "exencion", "--miembro", "1", "--anio", "-5", "--motivo", "Inundación"), "No se registró la exención. Año:"),
    (("cuotas", "exencion", "--miembro", "1", "--anio", str(HOY.year + 11), "--motivo", "Inundación"),
     "No se registró la exención. Año:"),
    (("cuotas", "exencion", "--miembro", "1", "--anio", "2025", "--porcentaje", "1e3", "--motivo", "x"), "Porcentaje:"),
    (("cuotas", "exencion", "--miembro", "1", "--anio", "2025", "--porcentaje", "250", "--motivo", "x"), "Porcentaje:"),
    (("cuotas", "exencion", "--miembro", "1", "--anio", "2025", "--porcentaje", "٥٠", "--motivo", "x"), "Porcentaje:"),
    (("cuotas", "regla-voto", "--cuotas", "0"), "Cuotas impagas que suspenden el voto:"),
    (("cuotas", "regla-voto", "--cuotas", "99999999999999999999999"), "Cuotas impagas que suspenden el voto:"),
    (("cuotas", "regla-voto", "--cuotas", "3", "--articulo", "Art. 9\x07"), "Artículo: tiene un carácter de control"),
    (("cuotas", "exencion", "--miembro", "1", "--anio", "2025", "--motivo", "Sequ\x08ía"), "Motivo: tiene un carácter"),
    (("pagos", "anular", "1", "--motivo", "Cheque\x1b[31m rechazado"), "Motivo de la anulación: tiene un carácter"),
    (("pagos", "registrar", "--miembro", "1", "--monto", "10", "--moneda", "USD", "--fecha", "2025-06-01",
      "--referencia", "TRF\u202e123"), "No se registró el pago: - Referencia: tiene un carácter invisible"),
])
def test_otras_ordenes_con_un_anio_o_un_numero_imposible(cli, red, orden, empieza):
    base, _ = red
    assert rechazada(cli, base, *orden).startswith(empieza)


@pytest.mark.parametrize("orden", [
    ("pagos", "anular", "99999999999999999999999", "--motivo", "x"),
    ("pagos", "recibo", "-5", "r.pdf"),
    ("pagos", "listar", "--miembro", "١"),
    ("pagos", "registrar", "--miembro", "1e3", "--monto", "10", "--moneda", "USD", "--fecha", "2025-01-01"),
    ("cuotas", "estado-cuenta", "--miembro", "0", "e.pdf"),
])
def test_un_id_imposible_es_un_error_de_uso(cli, red, orden):
    base, _ = red
    mensaje = rechazada(cli, base, *orden, codigo=2)
    assert "no es un id" in mensaje or "fuera de lo posible" in mensaje or "demasiado grande" in mensaje


# --- 2. montos y tipos de cambio --------------------------------------------------------------------

@pytest.mark.parametrize("monto, motivo", [
    ("1e308", "Monto: «1e308» no es un importe"),
    ("1234567890123456789012345", "es demasiado grande; el máximo es 999.999.999.999,99"),
    ("1.000.000.000.000", "es demasiado grande; el máximo es 999.999.999.999,99"),
    ("-0", "El monto debe ser mayor que cero."),
    ("-250", "El monto debe ser mayor que cero."),
    ("NaN", "Monto: «NaN» no es un importe"),
    ("inf", "Monto: «inf» no es un importe"),
    ("١٠٠", "no es un importe"),
    ("0.001", "tiene más decimales de los que admite USD"),
    (" ", "Monto: falta; escriba cuánto se pagó, por ejemplo 250,00."),
])
def test_pagos_registrar_con_un_monto_imposible(cli, red, monto, motivo):
    base, ids = red
    mensaje = rechazada(cli, base, "pagos", "registrar", "--miembro", ids["Rosario"], f"--monto={monto}",
                        "--moneda", "USD", "--fecha", "2025-06-01")
    assert mensaje.startswith("No se registró el pago:")
    assert motivo in mensaje


def test_el_monto_maximo_se_registra_y_se_lee(cli, red):
    base, ids = red
    salida = ok(cli("pagos", "registrar", "--miembro", ids["Salto"], "--monto", "999.999.999.999,99", "--moneda",
                    "USD", "--fecha", "2025-06-01", db=base))
    assert salida.strip() == ("Pago registrado con el recibo 0002/2025: imputado USD 500,00; queda "
                              "USD 999.999.999.499,99 a favor del miembro.")
    assert "USD 999.999.999.999,99" in ok(cli("pagos", "listar", db=base))


@pytest.mark.parametrize("cambio, motivo", [
    ("0", "Tipo de cambio: «0» no es mayor que cero"),
    ("-1", "Tipo de cambio: «-1» no es mayor que cero"),
    ("1e400", "Tipo de cambio: «1e400» no es un número"),
    ("NaN", "Tipo de cambio: «NaN» no es un número"),
    ("0,0000001", "está fuera de lo posible; debe estar entre 0,000001 y 1.000.000.000"),
    ("99999999999", "está fuera de lo posible"),
])
def test_pagos_registrar_con_un_tipo_de_cambio_imposible(cli, red, cambio, motivo):
    base, ids = red
    mensaje = rechazada(cli, base, "pagos", "registrar", "--miembro", ids["Rosario"], "--monto", "1000",
                        "--moneda", "ARS", f"--tipo-cambio={cambio}", "--fecha", "2025-06-01")
    assert motivo in mensaje


def test_un_cambio_que_lleva_el_pago_a_cero_o_al_infinito_se_explica(cli, red):
    base, ids = red
    cero = rechazada(cli, base, "pagos", "registrar", "--miembro", ids["Rosario"], "--monto", "1", "--moneda", "ARS",
                     "--tipo-cambio", "1.000.000.000", "--fecha", "2025-06-01")
    assert "el pago equivale a USD 0,00: revise el tipo de cambio (ARS por 1 USD)" in cero
    enorme = rechazada(cli, base, "pagos", "registrar", "--miembro", ids["Rosario"], "--monto", "900.000.000.000",
                       "--moneda", "ARS", "--tipo-cambio", "0,000001", "--fecha", "2025-06-01")
    assert "equivale a más de USD 999.999.999.999,99, el máximo" in enorme


# --- 3. tramos --------------------------------------------------------------------------------------

@pytest.mark.parametrize("tramos, motivo", [
    ("0:1e400", "el tramo 1 («0:1e400»): «1e400» no es un importe"),
    ("0:-5", "El importe del tramo desde 0 debe ser mayor que cero."),
    ("-5:100", "el tramo 1 («-5:100»): -5 está fuera de lo posible; debe estar entre 0 y 2000000000"),
    ("100000:5,0:100", "Los tramos deben ir en orden creciente: 0 no es mayor que 100000."),
    ("0:99999999999999999999999", "es demasiado grande; el máximo es 999.999.999.999,99"),
    ("0:100,١٠٠٠٠٠:200", "el tramo 2 («١٠٠٠٠٠:200»): «١٠٠٠٠٠» no es una población entera"),
    ("0:100,99999999999999999999999:5", "está fuera de lo posible"),
    ("0:100,x", "el tramo 2 («x») debe tener la forma población:importe"),
    pytest.param(",".join(f"{i}:{i + 1}" for i in range(2000)), "La escala tiene 2000 tramos; el máximo es 100.",
                 id="2000-tramos"),
])
def test_escala_con_tramos_hostiles(cli, red, tramos, motivo):
    base, _ = red
    mensaje = rechazada(cli, base, "cuotas", "escala", "definir", "--desde", "2030-01-01", "--moneda", "USD",
                        f"--tramos={tramos}", "--tipo", "extraordinaria")
    assert mensaje.startswith("No se guardó la escala")
    assert motivo in mensaje


# --- 4. monedas -------------------------------------------------------------------------------------

@pytest.mark.parametrize("moneda", ["dólares", "XYZ", "A B", "US", "€"])
def test_una_moneda_que_no_existe_se_rechaza_en_escalas_y_pagos(cli, red, moneda):
    base, ids = red
    escala = rechazada(cli, base, "cuotas", "escala", "definir", "--desde", "2030-01-01", "--moneda", moneda,
                       "--tramos", "0:100", "--tipo", "extraordinaria")
    assert escala.startswith("No se guardó la escala. Moneda: «")
    assert "no es el código ISO 4217 de una moneda vigente; escriba tres letras, por ejemplo USD" in escala
    pago = rechazada(cli, base, "pagos", "registrar", "--miembro", ids["Rosario"], "--monto", "5", "--moneda", moneda,
                     "--tipo-cambio", "2", "--fecha", "2025-06-01")
    assert "Moneda: «" in pago and "no es el código ISO 4217" in pago
    cargos = rechazada(cli, base, "pagos", "registrar", "--miembro", ids["Rosario"], "--monto", "5", "--moneda", "USD",
                       "--moneda-cargos", moneda, "--tipo-cambio", "2", "--fecha", "2025-06-01")
    assert "Moneda de los cargos: «" in cargos


def test_un_codigo_en_minusculas_se_guarda_en_mayusculas(cli, red):
    base, _ = red
    ok(cli("cuotas", "escala", "definir", "--desde", "2030-01-01", "--moneda", "eur", "--tramos", "0:100",
           "--tipo", "extraordinaria", db=base))
    assert "EUR 100,00" in ok(cli("cuotas", "escala", "listar", db=base))


def test_la_base_tambien_rechaza_una_moneda_mal_escrita(red):
    """Migración 0011: aunque alguien escriba por fuera de Escritorio, cargos y pagos no guardan «dólares»."""
    base, ids = red
    conexion = sqlite3.connect(base)
    try:
        asociacion = conexion.execute("SELECT id FROM asociaciones").fetchone()[0]
        with pytest.raises(sqlite3.IntegrityError, match="La moneda debe ser un código ISO 4217 de tres letras"):
            conexion.execute(
                "INSERT INTO cargos (asociacion_id, miembro_id, tipo_cargo, anio, importe_bruto, importe, moneda, "
                "vencimiento) VALUES (?, ?, 'extraordinaria', 2025, 100, 100, 'dólares', '2025-03-31')",
                [asociacion, ids["Rosario"]])
        for moneda, moneda_imputacion in (("dólares", "USD"), ("USD", "A B"), ("usd", "USD")):
            with pytest.raises(sqlite3.IntegrityError, match="La moneda debe ser un código ISO 4217"):
                conexion.execute(
                    "INSERT INTO pagos (asociacion_id, miembro_id, fecha, importe, moneda, moneda_imputacion, "
                    "importe_imputable, medio) VALUES (?, ?, '2025-06-01', 100, ?, ?, 100, 'efectivo')",
                    [asociacion, ids["Rosario"], moneda, moneda_imputacion])
        # Un pago registrado no cambia de moneda (migración 0016): ni a una válida, ni menos a «dólares».
        with pytest.raises(sqlite3.IntegrityError, match="Un pago registrado no se modifica|La moneda debe ser un"):
            conexion.execute("UPDATE pagos SET moneda = 'dólares'")
        with pytest.raises(sqlite3.IntegrityError, match="Un importe está fuera de lo posible"):
            conexion.execute("UPDATE cargos SET importe = 10000000000000000")
        with pytest.raises(sqlite3.IntegrityError, match="La moneda debe ser un código ISO 4217"):
            conexion.execute("UPDATE escalas SET moneda = 'A B'")
        conexion.rollback()
    finally:
        conexion.close()


def test_la_base_con_la_migracion_0011_pasa_verificar(cli, red):
    base, _ = red
    salida = ok(cli("verificar", db=base))
    assert "triggers de protección y de bitácora, presentes y sin cambios" in salida


# --- 6. fechas --------------------------------------------------------------------------------------

@pytest.mark.parametrize("fecha, motivo", [
    ("0001-01-01", "Fecha del pago: 01/01/0001 es anterior a 01/01/1900; revise el año."),
    ("1899-12-31", "Fecha del pago: 31/12/1899 es anterior a 01/01/1900"),
    ("9999-12-31", "La fecha del pago está en el futuro (31/12/9999); escriba el día en que se cobró."),
])
def test_pagos_registrar_con_una_fecha_imposible(cli, red, fecha, motivo):
    base, ids = red
    mensaje = rechazada(cli, base, "pagos", "registrar", "--miembro", ids["Rosario"], "--monto", "10", "--moneda",
                        "USD", "--fecha", fecha)
    assert motivo in mensaje
    assert "0001/1" not in ok(cli("pagos", "listar", db=base))   # ningún recibo «0001/1»


@pytest.mark.parametrize("opciones, motivo", [
    (("--desde", "0001-01-01"), "Rige desde: 01/01/0001 es anterior a 01/01/1900; revise el año."),
    (("--desde", f"{HOY.year + 11}-01-01"), f"Rige desde: 01/01/{HOY.year + 11} está demasiado adelante"),
    (("--desde", "2030-01-01", "--hasta", "9999-12-31"), "Rige hasta: 31/12/9999 está demasiado adelante"),
    (("--desde", "2030-01-01", "--referencia", "١٢-٠١"), "El día de referencia «١٢-٠١» no es un día válido"),
    (("--desde", "2030-01-01", "--vencimiento", "02-30"), "El día de vencimiento «02-30» no es un día válido"),
])
def test_escala_con_fechas_imposibles(cli, red, opciones, motivo):
    base, _ = red
    mensaje = rechazada(cli, base, "cuotas", "escala", "definir", *opciones, "--moneda", "USD", "--tramos", "0:100",
                        "--tipo", "extraordinaria")
    assert motivo in mensaje


def test_una_escala_diez_anios_adelante_si_se_puede(cli, red):
    base, _ = red
    ok(cli("cuotas", "escala", "definir", "--desde", f"{HOY.year + 10}-01-01", "--moneda", "USD", "--tramos", "0:100",
           "--tipo", "extraordinaria", db=base))


@pytest.mark.parametrize("orden, motivo", [
    (("cuotas", "morosidad", "m.xlsx", "--al", "0001-01-01"), "No se exportó la morosidad. Fecha de corte: 01/01/0001"),
    (("cuotas", "morosidad", "m.xlsx", "--al", "9999-12-31"), "Fecha de corte: 31/12/9999 está demasiado adelante"),
    (("cuotas", "avisos", "a.pdf", "--al", "0001-01-01"), "No se generó ningún aviso. Fecha de corte: 01/01/0001"),
    (("cuotas", "avisos", "a.pdf", "--al", "9999-12-31"), "No se generó ningún aviso. Fecha de corte: 31/12/9999 está "
                                                           "en el futuro"),
])
def test_fechas_de_corte_imposibles(cli, red, tmp_path, orden, motivo):
    base, _ = red
    assert motivo in rechazada(cli, base, *orden)
    assert not (tmp_path / orden[2]).exists()


# --- 5. la red de seguridad -------------------------------------------------------------------------

def test_una_regla_de_la_base_que_rechaza_se_informa_en_castellano(cli, red, tmp_path):
    """Si un dato llega a la base sin pasar por la validación (aquí, un trigger puesto por la prueba que rechaza todo
    pago con un CHECK de SQLite), el usuario lee un mensaje en castellano y no se guarda nada."""
    base, ids = red
    conexion = sqlite3.connect(base)
    # Una tabla con un CHECK que falla en cada pago: así el rechazo es un «CHECK constraint failed» real de SQLite.
    conexion.execute("CREATE TABLE prueba_rechazo (valor INTEGER CHECK (valor < 0))")
    conexion.execute("CREATE TRIGGER prueba_rechaza_pagos AFTER INSERT ON pagos "
                     "BEGIN INSERT INTO prueba_rechazo VALUES (1); END")
    conexion.commit()
    conexion.close()
    antes = cuentas(base)
    resultado = cli("pagos", "registrar", "--miembro", ids["Rosario"], "--monto", "10", "--moneda", "USD",
                    "--fecha", "2025-06-01", db=base)
    assert resultado.returncode == 1
    sin_traza(resultado)
    mensaje = " ".join(resultado.stderr.split())
    assert mensaje.startswith("La base rechazó un dato que no cumple sus reglas (el valor no está entre los "
                              "permitidos: regla «valor < 0»): no se guardó nada."), mensaje
    assert "constraint failed" not in mensaje and "Lo sentimos" not in mensaje
    assert cuentas(base) == antes


@pytest.mark.parametrize("sentencia, esperado", [
    ("INSERT INTO pagos (asociacion_id, miembro_id, fecha, importe, moneda, moneda_imputacion, importe_imputable, "
     "medio) VALUES (1, 1, NULL, 100, 'USD', 'USD', 100, 'efectivo')",
     "La base rechazó un dato que no cumple sus reglas (falta un dato obligatorio: «pagos.fecha»): no se guardó nada."),
    ("INSERT INTO recibos (asociacion_id, anio, numero, pago_id) SELECT asociacion_id, anio, numero, 999 FROM recibos",
     "La base rechazó un dato que no cumple sus reglas (ya hay otro registro con el mismo «recibos.asociacion_id, "
     "recibos.anio, recibos.numero»): no se guardó nada."),
    ("INSERT INTO imputaciones (pago_id, cargo_id, importe) VALUES (999999, 1, 100)",
     "La base rechazó un dato que no cumple sus reglas (hace referencia a un registro que no existe, o lo usa otro "
     "registro): no se guardó nada."),
    ("INSERT INTO pagos (asociacion_id, miembro_id, fecha, importe, moneda, moneda_imputacion, importe_imputable, "
     "medio) VALUES (1, 1, '2025-06-01', 100, 'USD', 'USD', 100, 'trueque')",
     "La base rechazó un dato que no cumple sus reglas (el valor no está entre los permitidos: regla «medio IN"),
    ("UPDATE pagos SET medio = 'efectivo'",
     "La base rechazó el cambio: Un pago registrado no se modifica: solo se anula, con un motivo"),
    ("DELETE FROM pagos", "La base rechazó el cambio: Un pago no se borra: se anula con un motivo. No se guardó nada."),
    ("INSERT INTO pagos (asociacion_id, miembro_id, fecha, importe, moneda, moneda_imputacion, importe_imputable, "
     "medio) VALUES (1, 1, '2025-06-01', 100, 'dólares', 'USD', 100, 'efectivo')",
     "La base rechazó el cambio: La moneda debe ser un código ISO 4217 de tres letras mayúsculas (por ejemplo USD, "
     "ARS o BRL): no se guardó nada."),
])
def test_la_red_de_seguridad_traduce_cada_regla_de_la_base(red, sentencia, esperado):
    """Una escritura dentro de `transaccion` que la base rechaza (CHECK, NOT NULL, UNIQUE, FOREIGN KEY o un trigger)
    sale como ErrorEscritorio en castellano, sin el texto de SQLite, y deshace todo lo de la transacción."""
    from escritorio.datos.conexion import transaccion
    from escritorio.errores import ErrorEscritorio
    from escritorio.servicios.base import abrir_base

    base, _ = red
    antes = cuentas(base)
    db = abrir_base(base)
    try:
        with pytest.raises(ErrorEscritorio) as error:
            with transaccion(db):
                db.execute("UPDATE asociaciones SET sede = 'Cambio que se deshace'")  # lo anterior también se deshace
                db.execute(sentencia)
    finally:
        db.close()
    assert error.value.mensaje.startswith(esperado), error.value.mensaje
    assert "constraint failed" not in error.value.mensaje
    assert cuentas(base) == antes
    conexion = sqlite3.connect(base)
    assert conexion.execute("SELECT count(*) FROM asociaciones WHERE sede = 'Cambio que se deshace'").fetchone()[0] == 0
    conexion.close()


# --- rutas de salida de cuotas y pagos (la comprobación única de escritorio/salida.py) -----------------------------

@pytest.mark.parametrize("orden, motivo", [
    (("cuotas", "exportar", "2025", "a" * 300 + ".xlsx"), "es demasiado largo (más de 255 bytes)"),
    (("cuotas", "exportar", "2025", "no-existe/p.xlsx"), "No existe la carpeta no-existe para el padrón de cuotas"),
    (("cuotas", "morosidad", "m.pdf"), "m.pdf: la morosidad se guarda como .xlsx; use esa extensión."),
    (("cuotas", "estado-cuenta", "--miembro", "1", "e\x07.pdf"), "tiene un carácter de control invisible"),
    (("pagos", "recibo", "1", "b" * 300 + ".pdf"), "es demasiado largo (más de 255 bytes)"),
    (("cuotas", "avisos", "c" * 300 + ".pdf"), "es demasiado largo (más de 255 bytes)"),
    (("pagos", "registrar", "--miembro", "1", "--monto", "10", "--moneda", "USD", "--fecha", "2025-06-01",
      "--recibo", "no-existe/r.pdf"), "No existe la carpeta no-existe para el recibo: no se registró el pago."),
])
def test_una_ruta_de_salida_imposible_se_explica_antes_de_hacer_nada(cli, red, orden, motivo):
    base, _ = red
    mensaje = rechazada(cli, base, *orden)
    assert motivo in mensaje
    assert "Errno" not in mensaje and "File name too long" not in mensaje


def test_una_escala_vieja_con_una_moneda_que_no_existe_no_emite_y_dice_que_hacer(cli, red):
    """Una escala guardada por una versión anterior con «XYZ» (el CHECK de entonces solo pedía tres mayúsculas)."""
    base, _ = red
    conexion = sqlite3.connect(base)
    conexion.execute("UPDATE escalas SET moneda = 'XYZ'")
    conexion.commit()
    conexion.close()
    mensaje = rechazada(cli, base, "cuotas", "emitir", "2026")
    assert mensaje.startswith("La escala de cuota anual que rige en 2026 (desde el 01/01/2002) tiene una moneda que no "
                              "sirve: «XYZ» no es el código ISO 4217 de una moneda vigente")
    assert "Póngale fin y defina una escala nueva con la moneda correcta" in mensaje
