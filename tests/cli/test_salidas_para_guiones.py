"""Issue 59, punto 6: lo que un guion lee de la línea de órdenes. --json en los informes que solo escribían un
archivo (padrón de cuotas, morosidad, cobranza) y en las elecciones con sus ids; el Resumen de la memoria en Excel
con los importes como números; los plurales; los mensajes en el orden en que ocurren con «2>&1»; y la base que se
crea sin --db, diciendo dónde. Todo por la CLI: como un proceso real lo que solo un proceso muestra (el orden de las
salidas con «2>&1», la base que se crea sin --db); lo demás, por su entrada en el proceso de las pruebas."""

import json
import subprocess
import sys

import openpyxl
import pytest

from ayudas import CREAR_RML, escribir_csv, sin_traza


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def test_padron_de_cuotas_morosidad_y_cobranza_en_json_sin_archivo(cli, copia_de_la_demo, tmp_path):
    base = copia_de_la_demo
    miembros = {m["id"]: m for m in json.loads(ok(cli("miembros", "listar", "--json", db=base)))}
    anio = max(r["anio"] for r in json.loads(ok(cli("resoluciones", "listar", "--json", db=base))))

    padron = json.loads(ok(cli("cuotas", "exportar", str(anio), "--json", db=base)))
    assert padron and all(f["miembro"] == miembros[f["miembro_id"]]["nombre"] for f in padron)
    assert all(f["saldo"] == f["importe"] - min(f["pagado"], f["importe"]) for f in padron)

    cobranza = json.loads(ok(cli("cuotas", "cobranza", str(anio), "--json", db=base)))
    assert sum(p["facturado"] for p in cobranza) == sum(f["importe"] for f in padron)
    assert sum(p["miembros"] for p in cobranza) == len(padron)

    morosos = json.loads(ok(cli("cuotas", "morosidad", "--json", db=base)))
    assert morosos and all(m["miembro"] == miembros[m["miembro_id"]]["nombre"] and m["deuda"] > 0 for m in morosos)
    assert not list(tmp_path.glob("*.xlsx"))   # sin archivo, no se escribió ninguno

    # con archivo y --json: el archivo y las mismas filas
    con_archivo = json.loads(ok(cli("cuotas", "morosidad", tmp_path / "m.xlsx", "--json", db=base)))
    assert con_archivo == morosos and (tmp_path / "m.xlsx").is_file()
    # sin archivo ni --json: error de uso, que dice las dos maneras
    sin_nada = cli("cuotas", "morosidad", db=base)
    assert sin_nada.returncode == 2
    assert "falta el archivo .xlsx (o --json para ver las filas sin guardar un archivo)" in sin_nada.stderr


def test_la_matriz_de_participacion_en_json(cli, copia_de_la_demo, tmp_path):
    base = copia_de_la_demo
    miembros = {m["id"]: m["nombre"] for m in json.loads(ok(cli("miembros", "listar", "--json", db=base)))}
    matriz = json.loads(ok(cli("unidades", "matriz", "--json", db=base)))
    assert matriz["unidades"] and matriz["miembros"]
    for fila in matriz["miembros"]:
        assert fila["miembro"] == miembros[fila["miembro_id"]]
        assert fila["papeles"] and set(fila["papeles"]) <= set(matriz["unidades"])
    # la planilla tiene las mismas filas
    ok(cli("unidades", "matriz", tmp_path / "matriz.xlsx", db=base))
    hoja = openpyxl.load_workbook(tmp_path / "matriz.xlsx").worksheets[0]
    filas = [f[0].value for f in hoja.iter_rows(min_row=2)]
    assert filas[:len(matriz["miembros"])] == [f["miembro"] for f in matriz["miembros"]]   # y después, los totales


def test_elecciones_en_json_con_las_candidaturas_y_sus_miembros(cli, copia_de_la_demo):
    base = copia_de_la_demo
    elecciones = json.loads(ok(cli("sesiones", "elecciones", "2", "--json", db=base)))
    assert elecciones
    miembros = {m["id"]: m["nombre"] for m in json.loads(ok(cli("miembros", "listar", "--json", db=base)))}
    for e in elecciones:
        assert e["referencia"] == f"2:{e['numeracion']}"
        assert e["candidaturas"] and [c["id"] for c in e["candidaturas"]] == e["candidaturas_ids"]
        for c in e["candidaturas"]:
            assert c["nombre"].startswith(miembros[c["miembro_id"]])
        # el punto que da el JSON es el que aceptan las órdenes
        confirmada = cli("sesiones", "confirmar-eleccion", e["referencia"], db=base)
        assert "Traceback" not in confirmada.stderr and "no es un punto" not in confirmada.stderr


def test_el_resumen_de_la_memoria_guarda_los_importes_como_numeros(cli, copia_de_la_demo, tmp_path):
    base = copia_de_la_demo
    anio = max(r["anio"] for r in json.loads(ok(cli("resoluciones", "listar", "--json", db=base))))
    for idioma, rotulo in (("es", "Cobrado en"), ("pt", "Arrecadado em")):
        libro = tmp_path / f"memoria-{idioma}.xlsx"
        ok(cli("--idioma", idioma, "memoria", "generar", str(anio), "--excel", libro, db=base))
        hoja = openpyxl.load_workbook(libro).worksheets[0]
        filas = {fila[1].value: fila[2] for fila in hoja.iter_rows(min_row=2) if fila[1].value}
        importes = [celda for dato, celda in filas.items() if '"USD "' in celda.number_format]
        assert len(importes) >= 4, {d: (c.value, c.number_format) for d, c in filas.items()}
        assert all(isinstance(c.value, (int, float)) for c in importes)
        assert not [c.value for c in filas.values() if isinstance(c.value, str) and c.value.startswith("USD")]
        [cobrado] = [c for dato, c in filas.items() if dato.startswith(rotulo)]
        assert cobrado.number_format == '"USD "#,##0.00' and cobrado.value > 0


def test_plurales_con_un_solo_miembro_y_un_solo_cargo(cli, tmp_path):
    base = tmp_path / "red.db"
    ok(cli(*CREAR_RML, db=base))
    ok(cli("miembros", "importar", escribir_csv(tmp_path / "uno.csv", [["Rosario", "AR", "1.276.000"]]),
                   db=base))
    assert ok(cli("miembros", "listar", db=base)).splitlines()[-1] == "1 miembro."
    ok(cli("cuotas", "escala", "definir", "--desde", "2002-01-01", "--moneda", "USD", "--tramos", "0:100",
                   db=base))
    primera = ok(cli("cuotas", "emitir", "2025", db=base))
    assert "Cuota anual 2025: 1 cargo nuevo por USD 100,00, 0 ya emitidos." in primera
    segunda = ok(cli("cuotas", "emitir", "2025", db=base))
    assert "Cuota anual 2025: 0 cargos nuevos por USD 0,00, 1 ya emitido." in segunda
    assert ok(cli("cuotas", "exportar", "2025", tmp_path / "c.xlsx", db=base)).strip() == \
        f"Padrón de cuotas 2025 exportado a {tmp_path / 'c.xlsx'}: 1 cargo."
    assert ok(cli("cuotas", "morosidad", tmp_path / "m.xlsx", "--al", "2026-06-30", db=base)).strip() == \
        f"Morosidad exportada a {tmp_path / 'm.xlsx'}: 1 miembro con deuda vencida."
    [rosario] = json.loads(ok(cli("miembros", "listar", "--json", db=base)))
    ok(cli("organos", "crear", "--nombre", "Consejo", "--tipo", "consejo", db=base))
    ok(cli("organos", "designar", "Consejo", "--miembro", rosario["id"], "--cargo", "titular",
                   "--desde", "2025-01-01", db=base))
    composicion = ok(cli("organos", "composicion", "Consejo", "--al", "2025-06-01", db=base))
    assert ": 1 integrante" in composicion.splitlines()[0] and "1 integrantes" not in composicion


@pytest.mark.proceso  # el orden de las dos salidas en un archivo: lo muestra un proceso real
def test_el_aviso_sale_despues_del_listado_con_2_a_1(cli, entorno_cli, tmp_path):
    """«cuotas emitir» escribe el resumen (salida normal) y después el aviso del vencimiento pasado (salida de
    errores). Juntas en un archivo, como las guarda un guion con «2>&1», van en ese orden."""
    base = tmp_path / "red.db"
    ok(cli(*CREAR_RML, db=base))
    ok(cli("miembros", "importar", escribir_csv(tmp_path / "uno.csv", [["Rosario", "AR", "1.276.000"]]),
                   db=base))
    ok(cli("cuotas", "escala", "definir", "--desde", "2002-01-01", "--moneda", "USD", "--tramos", "0:100",
                   db=base))
    # Como la corre un guion: la salida normal a un archivo se guarda en bloques (sin PYTHONUNBUFFERED).
    entorno = {k: v for k, v in entorno_cli.items() if k != "PYTHONUNBUFFERED"}
    with open(tmp_path / "todo.txt", "w") as salida:
        estado = subprocess.run([sys.executable, "-m", "escritorio", "--db", str(base), "cuotas", "emitir", "2025",
                                 "--vence", "2025-01-31", "--simular"], stdout=salida, stderr=subprocess.STDOUT,
                                env=entorno, cwd=tmp_path, timeout=120).returncode
    assert estado == 0
    lineas = (tmp_path / "todo.txt").read_text(encoding="utf-8").splitlines()
    assert lineas[0].startswith("Simulación (no se emitió nada): Cuota anual 2025: "), lineas
    assert lineas[1].startswith("Aviso: El vencimiento ya pasó"), lineas


def test_sin_db_la_base_nueva_dice_donde_quedo(cli_proceso, entorno_cli, tmp_path):
    entorno = {k: v for k, v in entorno_cli.items() if k not in ("ESCRITORIO_DB", "ESCRITORIO_PORTABLE")}
    creada = cli_proceso(*CREAR_RML, entorno=entorno)
    assert creada.returncode == 0, creada.stderr
    ruta = tmp_path / "casa" / "datos" / "Escritorio" / "escritorio.db"
    assert ruta.is_file()
    assert f"Base de datos nueva creada en {ruta} " in creada.stderr
    assert "--db RUTA o la variable ESCRITORIO_DB" in creada.stderr
    assert creada.stdout.startswith("Asociación «Red de Municipios del Litoral» (RML) creada")

    # la segunda vez la base ya estaba: no hay nada nuevo que decir
    otra = cli_proceso("asociacion", "crear", "--nombre", "Otra red", "--sigla", "OTR", "--paises", "AR:pleno",
                       entorno=entorno)
    assert otra.returncode == 0 and "Base de datos nueva" not in otra.stderr
    # con --db (o ESCRITORIO_DB) quien la pidió ya sabe dónde está
    con_db = cli_proceso(*CREAR_RML, db=tmp_path / "pedida.db", entorno=entorno)
    assert con_db.returncode == 0 and con_db.stderr == ""
    con_variable = cli_proceso(*CREAR_RML, entorno={**entorno, "ESCRITORIO_DB": str(tmp_path / "variable.db")})
    assert con_variable.returncode == 0 and con_variable.stderr == ""
