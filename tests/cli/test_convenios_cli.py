"""«escritorio convenios» sobre la red de ejemplo: lo que lista y muestra (texto y --json), cargar un convenio con sus
partes y sus obligaciones, el PDF firmado que no se pisa y sale comprobado, el registro en Excel, terminar, los
vencimientos, y lo que se rechaza (estado 2 mal escrito, 1 el dato no va, con la opción a corregir y sin guardar
nada)."""

import json
import sqlite3
from datetime import date, timedelta

from ayudas import pdf_de_prueba, sin_traza

PDF_VALIDO = pdf_de_prueba("Convenio firmado (fuzzer)")


def ok(resultado) -> str:
    assert resultado.returncode == 0, resultado.stdout + resultado.stderr
    sin_traza(resultado)
    return resultado.stdout


def falla(resultado, estado: int = 1) -> str:
    assert resultado.returncode == estado, resultado.stdout + resultado.stderr
    sin_traza(resultado)
    return resultado.stderr


def _json(cli, base, *orden):
    return json.loads(ok(cli("convenios", *orden, "--json", db=base)))


def _cuantos(base, tabla: str) -> int:
    conexion = sqlite3.connect(base)
    try:
        return conexion.execute(f"SELECT count(*) FROM {tabla}").fetchone()[0]
    finally:
        conexion.close()


def test_la_red_de_ejemplo_trae_un_convenio_de_cada_estado(cli, copia_de_la_demo):
    convenios = {c["titulo"]: c for c in _json(cli, copia_de_la_demo, "listar")}
    assert {c["estado"] for c in convenios.values()} == {"vigente", "por_vencer", "vencido"}
    hermanamiento = convenios["Hermanamiento Montevideo – Porto Alegre"]
    assert hermanamiento["asociacion_es_parte"] is False
    assert hermanamiento["nombres_de_las_partes"] == "Montevideo · Porto Alegre" and hermanamiento["fin"] is None
    financiamiento = next(c for c in convenios.values() if c["tipo"] == "financiamiento")
    assert financiamiento["resolucion"].startswith("Resolución 2/") and "Asamblea General de Socios" in \
        financiamiento["resolucion"]
    assert [o["tipo"] for o in financiamiento["obligaciones"]] == ["pago", "informe", "informe"]
    por_vencer = _json(cli, copia_de_la_demo, "listar", "--estado", "por_vencer")
    assert [c["titulo"] for c in por_vencer] == ["Capacitación conjunta en gestión de residuos"]
    assert por_vencer[0]["fin_efectivo"] == (date.today() + timedelta(days=45)).isoformat()
    texto = ok(cli("convenios", "listar", "--tipo", "hermanamiento", db=copia_de_la_demo))
    assert "Hermanamiento Montevideo – Porto Alegre" in texto and texto.rstrip().endswith("1 convenio.")


def test_cargar_un_convenio_con_sus_partes_y_sus_obligaciones(cli, copia_de_la_demo):
    base = copia_de_la_demo
    externa = _json(cli, base, "externa", "--nombre", "Universidad Nacional de Rosario", "--tipo", "universidad",
                    "--pais", "Argentina")
    assert externa["pais"] == "AR" and externa["convenios"] == 0
    resolucion = next(r for r in json.loads(ok(cli("resoluciones", "listar", "--json", db=base)))
                      if r["organo"] == "Consejo")
    convenio = _json(cli, base, "agregar", "--tipo", "cooperacion", "--titulo", "Convenio marco con la UNR",
                     "--inicio", "2026-03-01", "--fin", "2028-02-29", "--firma", "2026-02-20", "--renovacion", "12",
                     "--preaviso", "60", "--externa", f"{externa['id']}:Rector Franco Bartolacci", "--miembro", "3",
                     "--resolucion", str(resolucion["id"]), "--objeto", "Pasantías\\ny cursos")
    assert convenio["objeto"] == "Pasantías\ny cursos" and convenio["ultimo_dia_para_denunciar"] == "2027-12-31"
    assert [(p["nombre"], p["firmante"]) for p in convenio["partes"]] == [
        ("Rosario", None), ("Universidad Nacional de Rosario", "Rector Franco Bartolacci")]
    numero = str(convenio["id"])
    ok(cli("convenios", "obligacion", numero, "--descripcion", "Informe anual", "--vence", "2027-03-01", db=base))
    pago = _json(cli, base, "obligacion", numero, "--tipo", "pago", "--descripcion", "Becas", "--vence",
                 "2026-06-30", "--importe", "1.500,00", "--moneda", "usd")
    ok(cli("convenios", "cumplir", str(pago["id"]), "--el", "2026-06-28", db=base))
    visto = ok(cli("convenios", "ver", numero, db=base))
    assert "Universidad Nacional de Rosario (universidad, parte externa " in visto and "firmó Rector" in visto
    assert "Becas USD 1.500,00 — cumplida el 28/06/2026" in visto
    assert f"Autorizado por: {resolucion['numeracion']} del Consejo" in visto
    assert [c["id"] for c in _json(cli, base, "listar", "--externa", str(externa["id"]))] == [convenio["id"]]
    assert convenio["id"] in [c["id"] for c in _json(cli, base, "listar", "--miembro", "3")]

    corregido = _json(cli, base, "editar", numero, "--preaviso", "", "--titulo", "Convenio marco UNR")
    assert corregido["preaviso_dias"] is None and corregido["titulo"] == "Convenio marco UNR"
    assert corregido["ultimo_dia_para_denunciar"] is None and corregido["renovacion_meses"] == 12
    sin_uni = ok(cli("convenios", "parte", numero, "--externa", str(externa["id"]), "--quitar", db=base))
    assert "Parte quitada" in sin_uni


def test_lo_que_no_va_dice_la_opcion_y_no_guarda_nada(cli, copia_de_la_demo):
    base = copia_de_la_demo
    antes = _cuantos(base, "convenios"), _cuantos(base, "partes_convenio")
    error = falla(cli("convenios", "agregar", "--tipo", "cooperacion", "--titulo", "Mal cargado", "--inicio",
                      "2026-03-01", "--fin", "2025-03-01", "--renovaciones", "2", "--miembro", "999999", db=base))
    assert "No se guardó el convenio:" in error
    assert "(--fin)" in error and "(--renovaciones)" in error and "(--miembro/--externa)" in error
    assert "el miembro 999999 no es de esta asociación" in error
    falla(cli("convenios", "agregar", "--tipo", "alianza", "--titulo", "x", "--inicio", "2026-01-01", db=base), 2)
    falla(cli("convenios", "agregar", "--tipo", "cooperacion", "--titulo", "x", "--inicio", "2026-02-30", db=base), 2)
    falla(cli("convenios", "cumplir", "999999", db=base))
    assert (_cuantos(base, "convenios"), _cuantos(base, "partes_convenio")) == antes


def test_el_pdf_firmado_no_se_pisa_sale_comprobado_y_uno_alterado_se_nota(cli, copia_de_la_demo, tmp_path):
    base = copia_de_la_demo
    firmado = tmp_path / "firmado.pdf"
    firmado.write_bytes(PDF_VALIDO)
    salida = ok(cli("convenios", "adjuntar", "1", str(firmado), db=base))
    assert "firmado.pdf, 1 pág., SHA-256 " in salida
    otro = tmp_path / "otro.pdf"
    otro.write_bytes(pdf_de_prueba("Convenio firmado, segunda versión"))
    assert "ya era el firmado del convenio" in ok(cli("convenios", "adjuntar", "1", str(firmado), db=base))
    assert "no se reemplazó" in falla(cli("convenios", "adjuntar", "1", str(otro), db=base))
    ok(cli("convenios", "adjuntar", "1", str(otro), "--reemplazar", db=base))
    visto = ok(cli("convenios", "ver", "1", db=base))
    assert "PDF firmado [2]: otro.pdf" in visto and "Reemplazado [1]: firmado.pdf" in visto and "(íntegro)" in visto

    copia = tmp_path / "copia.pdf"
    ok(cli("convenios", "pdf", "1", str(copia), db=base))
    assert copia.read_bytes() == otro.read_bytes()
    assert "Ya existe" in falla(cli("convenios", "pdf", "1", str(copia), "--version", "1", db=base))
    ok(cli("convenios", "pdf", "1", str(copia), "--version", "1", "--reemplazar", db=base))
    assert copia.read_bytes() == firmado.read_bytes()

    conexion = sqlite3.connect(base)   # otro programa cambia el PDF guardado, apagando la regla que lo impide
    conexion.execute("DROP TRIGGER pdfs_convenio_fijo_update")
    conexion.execute("UPDATE pdfs_convenio SET pdf = ? WHERE id = 2", [otro.read_bytes() + b"% cambiado\n"])
    conexion.commit()
    conexion.close()
    assert "fue cambiado por fuera de Escritorio" in falla(cli("convenios", "pdf", "1", str(tmp_path / "n.pdf"),
                                                               db=base))
    assert not (tmp_path / "n.pdf").exists()
    assert "¡ALTERADO" in ok(cli("convenios", "ver", "1", db=base))
    verificado = cli("verificar", db=base)
    assert verificado.returncode != 0 and "el PDF firmado n.º 2 del convenio 1" in verificado.stdout + verificado.stderr


def test_el_registro_en_excel_y_los_vencimientos(cli, copia_de_la_demo, tmp_path):
    from openpyxl import load_workbook

    base = copia_de_la_demo
    planilla = tmp_path / "convenios.xlsx"
    assert "6 convenios" in ok(cli("convenios", "exportar", str(planilla), db=base))
    assert "Ya existe" in falla(cli("convenios", "exportar", str(planilla), db=base))
    libro = load_workbook(planilla)
    assert libro.sheetnames == ["Convenios", "Obligaciones"]
    assert len(list(libro["Convenios"].iter_rows(min_row=2))) == 6
    ok(cli("convenios", "exportar", str(planilla), "--tipo", "hermanamiento", "--reemplazar", db=base))
    assert [c.value for c in load_workbook(planilla)["Convenios"][2]][1] == "Hermanamiento Montevideo – Porto Alegre"

    hoy = date.today()
    vencen = _json(cli, base, "vencimientos", "--desde", hoy.isoformat(), "--hasta",
                   (hoy + timedelta(days=60)).isoformat())
    assert {"fecha": (hoy + timedelta(days=45)).isoformat(), "clase": "fin"}.items() <= next(
        v for v in vencen if v["clase"] == "fin").items()
    ok(cli("convenios", "terminar", "6", "--motivo", "Rescisión de común acuerdo", "--el", hoy.isoformat(), db=base))
    terminado = _json(cli, base, "ver", "6", "--al", (hoy + timedelta(days=1)).isoformat())
    assert terminado["estado"] == "terminado" and terminado["motivo_terminacion"] == "Rescisión de común acuerdo"
    assert "ya terminó" in falla(cli("convenios", "terminar", "6", "--motivo", "Otra vez", db=base))


def test_una_fecha_de_consulta_imposible_se_dice_con_su_opcion(cli, copia_de_la_demo):
    """El fuzzer halló «--al 9999-12-31»: contar renovaciones mensuales hasta el año 9999 se salía del calendario."""
    for orden in (("listar", "--al", "9999-12-31"), ("ver", "1", "--al", "9999-12-31"),
                  ("vencimientos", "--desde", "9999-12-01"), ("vencimientos", "--hasta", "9999-12-01")):
        error = falla(cli("convenios", *orden, db=copia_de_la_demo))
        assert "está demasiado adelante" in error and f"({orden[-2]})" in error, error


def test_un_convenio_terminado_no_se_corrige_a_un_fin_anterior_a_su_terminacion(cli, copia_de_la_demo):
    """Terminado por rescisión el 01/06/2026, su fin no puede corregirse al 01/03/2026 (ni a «sin fin» con un fin
    anterior): la terminación quedaría después del fin, y el convenio diría que rigió hasta junio habiendo vencido
    en marzo. Lo mismo que «terminar» ya rechaza al revés."""
    base = copia_de_la_demo
    (convenio,) = [c for c in _json(cli, base, "listar") if c["titulo"].startswith("Capacitación conjunta")]
    ok(cli("convenios", "terminar", convenio["id"], "--el", "2026-06-01", "--motivo", "Rescisión", db=base))
    error = falla(cli("convenios", "editar", convenio["id"], "--fin", "2026-03-01", db=base))
    assert "(--fin)" in error and "01/06/2026" in error
    ver = _json(cli, base, "ver", convenio["id"])
    assert (ver["fin"], ver["terminado_el"]) == (convenio["fin"], "2026-06-01")
    ok(cli("convenios", "editar", convenio["id"], "--fin", "2026-06-30", db=base))   # después de la terminación, sí
