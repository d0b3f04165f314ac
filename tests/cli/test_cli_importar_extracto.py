"""«escritorio pagos importar EXTRACTO» sobre la red de ejemplo: el plan primero; --simular no escribe; con líneas
dudosas no registra nada y dice cómo responder (--asignar FILA=ID, FILA=no, --omitir-dudosas); respondidas, todo
junto con sus recibos (y sus PDF con --recibos); dos veces, nada dos veces; --json; los errores de uso; y el estado
de salida de un proceso real."""

import json
import sqlite3
from datetime import date, timedelta

import pytest

from ayudas import sin_traza
from escritorio.dominio.conciliacion import referencia_de_pago
from extractos_de_prueba import Movimiento, banco_debito_credito

HACE = date.today() - timedelta(days=20)


def _ids(base) -> dict[str, int]:
    conexion = sqlite3.connect(f"file:{base}?mode=ro", uri=True)
    try:
        return {nombre: i for i, nombre in conexion.execute(
            "SELECT id, nombre FROM miembros WHERE nombre IN ('Rosario', 'Porto Alegre', 'Montevideo')")}
    finally:
        conexion.close()


def _contar(base, tabla) -> int:
    conexion = sqlite3.connect(f"file:{base}?mode=ro", uri=True)
    try:
        return conexion.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0]
    finally:
        conexion.close()


@pytest.fixture
def extracto(tmp_path, copia_de_la_demo):
    """Cuatro líneas: Montevideo por su referencia de pago, Rosario por su nombre, una comisión y unos intereses que
    no son de nadie (la línea dudosa, fila 10)."""
    ids = _ids(copia_de_la_demo)
    ruta = banco_debito_credito(tmp_path / "marzo.csv", [
        Movimiento(HACE, f"TRANSF RECIBIDA {referencia_de_pago('RCS', ids['Montevideo'])}", "600.00", "A1"),
        Movimiento(HACE, "TRANSFERENCIA MUNICIPALIDAD DE ROSARIO", "150.00", "A2"),
        Movimiento(HACE + timedelta(days=1), "COMISION MANTENIMIENTO", "-12.50", "A3"),
        Movimiento(HACE + timedelta(days=2), "INTERESES", "3.10", "A4")])
    return ruta, ids


def test_simular_imprime_el_plan_y_no_escribe(cli, copia_de_la_demo, extracto):
    ruta, ids = extracto
    antes = _contar(copia_de_la_demo, "pagos")
    resultado = cli("pagos", "importar", ruta, "--simular", "--moneda", "USD", db=copia_de_la_demo)
    assert resultado.returncode == 0, resultado.stderr
    salida = resultado.stdout
    assert salida.startswith("marzo.csv: encabezados en la fila 5; Fecha: A (Fecha), Descripción: B (Concepto), "
                             "Referencia: C (Nro. Comprobante), Débito: D (Débito), Crédito: E (Crédito), "
                             "Saldo: F (Saldo).")
    referencia = referencia_de_pago("RCS", ids["Montevideo"])
    assert (f"segura          «TRANSF RECIBIDA {referencia}» → Montevideo (UY) [id {ids['Montevideo']}]: referencia "
            f"de pago {referencia}") in salida
    assert f"→ Rosario (AR) [id {ids['Rosario']}]: el texto nombra a «Rosario»" in salida
    assert "débito          «COMISION MANTENIMIENTO» → débito: no es un cobro" in salida
    assert "DUDOSA          «INTERESES» → ningún miembro reconocido en el texto" in salida
    assert ("4 líneas: 2 pagos a registrar por USD 750,00 (2 reconocidos solos, 0 elegidos a mano); 1 dudosa por "
            "resolver; 1 débito ignorado.") in salida
    assert salida.rstrip().endswith("Simulación: no se registró nada.")
    assert _contar(copia_de_la_demo, "pagos") == antes


def test_con_una_dudosa_no_registra_nada_y_dice_como_responder(cli, copia_de_la_demo, extracto):
    ruta, _ = extracto
    antes = _contar(copia_de_la_demo, "pagos")
    resultado = cli("pagos", "importar", ruta, "--moneda", "USD", db=copia_de_la_demo)
    assert resultado.returncode == 1
    sin_traza(resultado)
    assert resultado.stderr.startswith("No se registró nada: 1 línea de marzo.csv espera una respuesta:\n"
                                       "  - fila 10: ningún miembro reconocido en el texto\n")
    assert (f"por ejemplo: «escritorio --db {copia_de_la_demo} pagos importar {ruta} --moneda USD --asignar 10=ID»"
            in resultado.stderr)
    assert _contar(copia_de_la_demo, "pagos") == antes and _contar(copia_de_la_demo, "lineas_de_extracto") == 0


def test_respondida_registra_todo_con_sus_recibos_y_dos_veces_nada_dos_veces(cli, copia_de_la_demo, extracto,
                                                                             tmp_path):
    ruta, ids = extracto
    antes = _contar(copia_de_la_demo, "pagos")
    carpeta = tmp_path / "recibos"
    resultado = cli("pagos", "importar", ruta, "--moneda", "USD", "--asignar", "10=no", "--recibos", carpeta,
                    db=copia_de_la_demo)
    assert resultado.returncode == 0, resultado.stderr
    assert "no se registra  «INTERESES» → no se registra (así se eligió)" in resultado.stdout
    assert "Se registraron 2 pagos, con los recibos " in resultado.stdout
    assert f"2 recibos guardados en {carpeta}." in resultado.stdout
    assert sorted(p.suffix for p in carpeta.iterdir()) == [".pdf", ".pdf"]
    listados = json.loads(cli("pagos", "listar", "--json", db=copia_de_la_demo).stdout)
    nuevos = [p for p in listados if p["referencia"] in ("A1", "A2")]
    assert sorted((p["miembro_id"], p["importe"]) for p in nuevos) == sorted(
        [(ids["Montevideo"], 60000), (ids["Rosario"], 15000)])
    # la misma orden otra vez: nada nuevo, y lo dice
    otra = cli("pagos", "importar", ruta, "--moneda", "USD", "--asignar", "10=no", db=copia_de_la_demo)
    assert otra.returncode == 0, otra.stderr
    assert "4 líneas: ningún pago a registrar; 1 que no se registra; 2 ya importadas; 1 débito ignorado." in otra.stdout
    assert "ya importada    «TRANSFERENCIA MUNICIPALIDAD DE ROSARIO» → ya importada el " in otra.stdout
    assert "No se registró ningún pago." in otra.stdout
    assert _contar(copia_de_la_demo, "pagos") == antes + 2


def test_omitir_dudosas_y_json(cli, copia_de_la_demo, extracto):
    ruta, ids = extracto
    resultado = cli("pagos", "importar", ruta, "--moneda", "USD", "--omitir-dudosas", "--json", db=copia_de_la_demo)
    assert resultado.returncode == 0, resultado.stderr
    datos = json.loads(resultado.stdout)
    assert (datos["archivo"], datos["fila_de_encabezados"], datos["simulado"]) == ("marzo.csv", 5, False)
    assert datos["cifras"]["automaticas"] == 2 and datos["cifras"]["dudosas"] == 1 and datos["cifras"]["debitos"] == 1
    por_fila = {linea["fila"]: linea for linea in datos["lineas"]}
    assert (por_fila[7]["estado"], por_fila[7]["miembro_id"], por_fila[7]["regla"], por_fila[7]["confianza"],
            por_fila[7]["importe"], por_fila[7]["moneda"]) == ("segura", ids["Montevideo"], "referencia", "segura",
                                                               "600.00", "USD")
    assert por_fila[10]["estado"] == "dudosa" and por_fila[10]["miembro_id"] is None
    assert [r["fila"] for r in datos["registrados"]] == [7, 8]


def test_el_tipo_de_cambio_por_la_linea_de_ordenes(cli, copia_de_la_demo, tmp_path):
    ids = _ids(copia_de_la_demo)
    ruta = banco_debito_credito(tmp_path / "pesos.csv", [
        Movimiento(HACE, f"TRANSF {referencia_de_pago('RCS', ids['Rosario'])}", "210000.00", "P1")])
    sin_cambio = cli("pagos", "importar", ruta, "--moneda", "ARS", db=copia_de_la_demo)
    assert sin_cambio.returncode == 1
    assert ("El pago es en ARS y los cargos en USD: indique el tipo de cambio (ARS por 1 USD). (indique el tipo de "
            "cambio: en la línea de órdenes, --tipo-cambio ARS/USD=X)") in sin_cambio.stderr
    con_cambio = cli("pagos", "importar", ruta, "--moneda", "ARS", "--tipo-cambio", "ARS/USD=1400",
                     db=copia_de_la_demo)
    assert con_cambio.returncode == 0, con_cambio.stderr
    assert "1 línea: 1 pago a registrar por ARS 210.000,00" in con_cambio.stdout


def test_si_un_recibo_no_se_puede_escribir_los_pagos_quedan_y_el_estado_es_3(cli, copia_de_la_demo, extracto,
                                                                             tmp_path, monkeypatch):
    from escritorio.servicios import informes_cuotas

    def disco_lleno(*_, **__):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(informes_cuotas, "imprimir_recibo", disco_lleno)
    ruta, _ = extracto
    antes = _contar(copia_de_la_demo, "pagos")
    resultado = cli("pagos", "importar", ruta, "--moneda", "USD", "--omitir-dudosas", "--recibos", tmp_path / "r",
                    db=copia_de_la_demo)
    assert resultado.returncode == 3
    assert "Se guardaron 0 recibos de 2 en " in resultado.stderr
    assert "Los pagos quedaron registrados (no repita «pagos importar»: no registraría nada nuevo)" in resultado.stderr
    assert _contar(copia_de_la_demo, "pagos") == antes + 2


@pytest.mark.parametrize("argumentos, dice", [
    (("--asignar", "9"), "«9»: falta el «=»; escriba FILA=ID_DEL_MIEMBRO"),
    (("--asignar", "9=Rosario"), "el id del miembro"),
    (("--tipo-cambio", "ARS=1400"), "«ARS=1400» no se entiende; escriba MONEDA_DEL_PAGO/MONEDA_DE_LOS_CARGOS=X"),
    (("--tipo-cambio", "ARS/USD=0"), "no es mayor que cero"),
])
def test_errores_de_uso(cli, copia_de_la_demo, extracto, argumentos, dice):
    ruta, _ = extracto
    resultado = cli("pagos", "importar", ruta, *argumentos, db=copia_de_la_demo)
    assert resultado.returncode == 2
    assert dice in resultado.stderr


def test_el_proceso_real_termina_con_1_si_quedan_preguntas_y_con_0_si_no(cli_proceso, copia_de_la_demo, extracto):
    ruta, _ = extracto
    dudosa = cli_proceso("pagos", "importar", ruta, "--moneda", "USD", db=copia_de_la_demo)
    assert dudosa.returncode == 1 and "fila 10: ningún miembro reconocido" in dudosa.stderr
    sin_traza(dudosa)
    resuelta = cli_proceso("pagos", "importar", ruta, "--moneda", "USD", "--asignar", "10=no", db=copia_de_la_demo)
    assert resuelta.returncode == 0, resuelta.stderr
    assert "Se registraron 2 pagos" in resuelta.stdout


def test_un_anio_junto_a_la_sigla_no_es_la_referencia_de_otro_miembro(cli, copia_de_la_demo, tmp_path):
    """«CUOTA RCS 2022» es la cuota de 2022, no la referencia de pago del miembro 202 con el dígito 2: la referencia
    se imprime con el número en cuatro cifras (RCS-0202-2), y tres cifras pegadas al dígito no la forman. Antes la
    línea se daba por segura y el pago caía en Palmira (id 202 de la demo) sin preguntar."""
    conexion = sqlite3.connect(f"file:{copia_de_la_demo}?mode=ro", uri=True)
    try:
        assert conexion.execute("SELECT nombre FROM miembros WHERE id = 202").fetchone() == ("Palmira",)
    finally:
        conexion.close()
    ruta = banco_debito_credito(tmp_path / "cuotas.csv", [
        Movimiento(HACE, "CUOTA RCS 2022", "600.00", "B1"),
        Movimiento(HACE, "TRANSF RCS-202-2", "600.00", "B2")])
    resultado = cli("pagos", "importar", ruta, "--simular", "--moneda", "USD", db=copia_de_la_demo)
    assert resultado.returncode == 0, resultado.stderr
    fila_anio, fila_referencia = [l for l in resultado.stdout.splitlines() if l.startswith("  fila ")]
    assert "DUDOSA" in fila_anio and "Palmira" not in fila_anio, fila_anio
    # la referencia escrita con un separador antes del dígito sigue valiendo, aunque le falte el cero
    assert "segura" in fila_referencia and "Palmira (CO) [id 202]: referencia de pago RCS-0202-2" in fila_referencia


def test_el_plan_dice_lo_que_queda_a_favor_de_quien_no_lo_debia(cli, copia_de_la_demo, tmp_path):
    """Bahía Blanca no debe nada: un pago suyo en el extracto (con su referencia de pago, quizás ya registrado a mano)
    queda entero a favor, y el plan lo dice antes de registrar, como lo dice el diálogo de un pago. Antes la línea
    decía solo «segura»."""
    ruta = banco_debito_credito(tmp_path / "favor.csv", [
        Movimiento(HACE, "TRANSFERENCIA RCS-0018-2", "600.00", "C1")])
    resultado = cli("pagos", "importar", ruta, "--simular", "--moneda", "USD", db=copia_de_la_demo)
    assert resultado.returncode == 0, resultado.stderr
    [linea] = [l for l in resultado.stdout.splitlines() if l.startswith("  fila ")]
    assert "segura" in linea and "Bahía Blanca (AR) [id 18]" in linea
    assert linea.endswith("referencia de pago RCS-0018-2; no debe nada: USD 600,00 quedan a favor del miembro"), linea


def test_un_apellido_o_una_sucursal_con_el_nombre_de_quien_no_debe_nada_se_pregunta(cli, copia_de_la_demo, tmp_path):
    """«Rocha» es un apellido y «Santos» una sucursal del banco; las dos son ciudades de la demo que no deben nada. Un
    nombre suelto en el texto de quien no debe nada se propone y se pregunta (antes se registraba seguro, y el pago
    del señor Pérez Rocha quedaba a favor de la ciudad de Rocha). Quien debe sigue reconocido por su nombre."""
    ruta = banco_debito_credito(tmp_path / "nombres.csv", [
        Movimiento(HACE, "TRANSF RECIBIDA DE JUAN PEREZ ROCHA", "600.00", "D1"),
        Movimiento(HACE, "DEPOSITO EFECTIVO SUC SANTOS", "150.00", "D2"),
        Movimiento(HACE, "TRANSFERENCIA MUNICIPALIDAD DE MORON", "600.00", "D3")])
    resultado = cli("pagos", "importar", ruta, "--simular", "--moneda", "USD", db=copia_de_la_demo)
    assert resultado.returncode == 0, resultado.stderr
    rocha, santos, moron = [l for l in resultado.stdout.splitlines() if l.startswith("  fila ")]
    assert "DUDOSA" in rocha and "¿Rocha (UY) [id 271]?" in rocha and "no debe nada" in rocha, rocha
    assert "DUDOSA" in santos and "¿Santos (BR) [id 114]?" in santos, santos
    assert "segura" in moron and "Morón (AR) [id 15]: el texto nombra a «Morón»" in moron, moron


def test_una_linea_cuyo_pago_se_anulo_no_vuelve_sola_al_mismo_miembro(cli, copia_de_la_demo, tmp_path):
    """El pago de la línea se anuló porque no era de Morón: importar otra vez el archivo ya no se lo vuelve a registrar
    a Morón sin preguntar (antes la línea salía «segura» y el mismo pago mal asignado volvía con otro recibo). La
    línea se pregunta, con Morón propuesto; respondida, se registra a quien se eligió."""
    ruta = banco_debito_credito(tmp_path / "noviembre.csv", [
        Movimiento(HACE, "TRANSFERENCIA MUNICIPALIDAD DE MORON", "600.00", "F1")])
    assert cli("pagos", "importar", ruta, "--moneda", "USD", db=copia_de_la_demo).returncode == 0
    conexion = sqlite3.connect(copia_de_la_demo)
    try:
        [(pago_id, miembro_id)] = conexion.execute(
            "SELECT p.id, p.miembro_id FROM pagos p JOIN lineas_de_extracto l ON l.pago_id = p.id").fetchall()
    finally:
        conexion.close()
    assert miembro_id == 15   # Morón
    assert cli("pagos", "anular", str(pago_id), "--motivo", "Era de Paraná, no de Morón",
               db=copia_de_la_demo).returncode == 0
    pagos = _contar(copia_de_la_demo, "pagos")

    otra_vez = cli("pagos", "importar", ruta, "--moneda", "USD", db=copia_de_la_demo)
    assert otra_vez.returncode == 1 and _contar(copia_de_la_demo, "pagos") == pagos
    [linea] = [l for l in otra_vez.stdout.splitlines() if l.startswith("  fila ")]
    assert "DUDOSA" in linea and "¿Morón (AR) [id 15]?" in linea and "su pago se anuló" in linea, linea
    assert "--asignar 7=15" in otra_vez.stderr

    respondida = cli("pagos", "importar", ruta, "--moneda", "USD", "--asignar", "7=19", db=copia_de_la_demo)
    assert respondida.returncode == 0, respondida.stderr
    conexion = sqlite3.connect(f"file:{copia_de_la_demo}?mode=ro", uri=True)
    try:
        assert conexion.execute("SELECT miembro_id FROM pagos WHERE anulado_en IS NULL AND id IN "
                                "(SELECT pago_id FROM lineas_de_extracto)").fetchall() == [(19,)]
    finally:
        conexion.close()


def test_las_filas_de_saldo_con_fecha_y_sin_importe_no_traban_la_importacion(cli, copia_de_la_demo, tmp_path):
    """Muchos bancos ponen el saldo anterior y el final con su fecha y sin importe: no son movimientos (la guía lo
    promete) y antes trababan todo el extracto con «falta el importe». Un movimiento sin importe sigue siendo un
    problema de su fila."""
    fecha = HACE.strftime("%d/%m/%Y")
    ruta = tmp_path / "con_saldos.csv"
    ruta.write_text("Fecha;Concepto;Importe;Saldo\n"
                    f"{fecha};SALDO ANTERIOR;;10.000,00\n"
                    f"{fecha};TRANSFERENCIA MUNICIPALIDAD DE MORON;600,00;10.600,00\n"
                    f"{fecha};Saldo final del período;;10.600,00\n", encoding="utf-8")
    resultado = cli("pagos", "importar", ruta, "--simular", "--moneda", "USD", db=copia_de_la_demo)
    assert resultado.returncode == 0, resultado.stderr
    [linea] = [l for l in resultado.stdout.splitlines() if l.startswith("  fila ")]
    assert "fila 3" in linea and "Morón (AR) [id 15]" in linea

    ruta.write_text("Fecha;Concepto;Importe\n"
                    f"{fecha};TRANSFERENCIA MUNICIPALIDAD DE MORON;\n", encoding="utf-8")
    falta = cli("pagos", "importar", ruta, "--simular", "--moneda", "USD", db=copia_de_la_demo)
    assert falta.returncode == 1 and "Fila 2, columna C (Importe): falta el importe" in falta.stderr, falta.stderr


def test_los_encabezados_repetidos_en_cada_pagina_no_traban_la_importacion(cli, copia_de_la_demo, tmp_path):
    """Un extracto pasado de PDF a planilla repite la fila de encabezados en cada página: esa fila no es un movimiento
    (antes: «Fila 4, columna A (Fecha), valor «Fecha»: no es una fecha» y nada se importaba)."""
    fecha = HACE.strftime("%d/%m/%Y")
    ruta = tmp_path / "paginas.csv"
    ruta.write_text("Fecha;Concepto;Importe\n"
                    f"{fecha};TRANSFERENCIA MUNICIPALIDAD DE MORON;600,00\n"
                    ";;\n"
                    "FECHA ; Concepto;Importe\n"
                    f"{fecha};TRANSFERENCIA MUNICIPALIDAD DE PARANA;600,00\n", encoding="utf-8")
    resultado = cli("pagos", "importar", ruta, "--simular", "--moneda", "USD", db=copia_de_la_demo)
    assert resultado.returncode == 0, resultado.stderr
    lineas = [l for l in resultado.stdout.splitlines() if l.startswith("  fila ")]
    assert len(lineas) == 2 and "Morón (AR)" in lineas[0] and "fila 5" in lineas[1] and "Paraná (AR)" in lineas[1]


def test_la_moneda_escrita_en_el_importe_es_la_de_la_linea(cli, copia_de_la_demo, tmp_path):
    """«US$ 600,00» dice dólares: con --moneda ARS (la de la cuenta) esa línea no se lee como 600 pesos (antes sí, y
    con un tipo de cambio se registraba un pago de 600 pesos por uno de 600 dólares); sin --moneda no se pide la
    moneda de la cuenta si cada importe la dice. Si la columna Moneda dice otra, es un problema de la fila."""
    fecha = HACE.strftime("%d/%m/%Y")
    ruta = tmp_path / "con_simbolo.csv"
    ruta.write_text("Fecha;Concepto;Importe\n"
                    f"{fecha};TRANSFERENCIA MUNICIPALIDAD DE MORON;US$ 600,00\n"
                    f"{fecha};TRANSFERENCIA MUNICIPALIDAD DE PARANA;600,00 USD\n", encoding="utf-8")
    for opciones in ((), ("--moneda", "ARS")):
        resultado = cli("pagos", "importar", ruta, "--simular", *opciones, db=copia_de_la_demo)
        assert resultado.returncode == 0, resultado.stderr
        moron, parana = [l for l in resultado.stdout.splitlines() if l.startswith("  fila ")]
        assert "USD 600,00  segura" in moron and "USD 600,00  segura" in parana, resultado.stdout

    ruta.write_text("Fecha;Concepto;Importe;Moneda\n"
                    f"{fecha};TRANSFERENCIA MUNICIPALIDAD DE MORON;US$ 600,00;ARS\n", encoding="utf-8")
    contradice = cli("pagos", "importar", ruta, "--simular", db=copia_de_la_demo)
    assert contradice.returncode == 1 and "Fila 2, columna C (Importe)" in contradice.stderr
    assert "el importe dice USD y la moneda de la línea es ARS" in contradice.stderr, contradice.stderr


def test_una_carpeta_de_recibos_con_una_secuencia_de_la_terminal_se_rechaza_sin_registrar(cli, copia_de_la_demo,
                                                                                          extracto, tmp_path):
    """El hallazgo (issue 77, §5): «--recibos» aceptaba un nombre con ESC ] … BEL, lo creaba y lo repetía en la
    salida normal (que a un archivo va tal cual). Como cualquier otro archivo de salida, se rechaza con el motivo."""
    ruta, _ = extracto
    antes = _contar(copia_de_la_demo, "pagos")
    for nombre in ("recibos\x1b]0;hackeado\x07", "r\x1b[2Jx"):
        resultado = cli("pagos", "importar", ruta, "--moneda", "USD", "--asignar", "10=no", "--recibos",
                        tmp_path / nombre / "marzo", db=copia_de_la_demo)
        assert resultado.returncode == 1, resultado.stdout
        assert "tiene un carácter de control invisible" in resultado.stderr
        assert "\x1b" not in resultado.stdout + resultado.stderr
        assert not (tmp_path / nombre).exists()
    assert _contar(copia_de_la_demo, "pagos") == antes
