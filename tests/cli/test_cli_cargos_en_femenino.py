"""Issue 61, §4: un cargo se nombra en la forma de quien lo ejerce, por la línea de órdenes como proceso real.
«organos designar --forma femenina» registra a la Secretaria Ejecutiva (el mismo cargo, secretario_ejecutivo), y
los listados («organos designar», «organos mandatos», «organos composicion», su PDF) la nombran así; sin --forma,
la forma masculina de siempre. Una forma inventada se rechaza con el código de uso y las formas que hay."""

import json

from pypdf import PdfReader

from ayudas import CREAR_RML

TECNICA = "Secretaría Técnica"


def texto_pdf(ruta) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(ruta).pages)


def ok(resultado):
    assert resultado.returncode == 0, resultado.stderr
    return resultado.stdout


def test_la_secretaria_ejecutiva_se_nombra_en_femenino_en_cada_listado(tmp_path, cli):
    ruta = tmp_path / "red.db"
    ok(cli(*CREAR_RML, db=ruta))
    ok(cli("organos", "crear", "--nombre", TECNICA, "--tipo", "secretaria_tecnica", db=ruta))

    salida = ok(cli("organos", "designar", TECNICA, "--persona", "María Rodríguez", "--cargo",
                    "secretario_ejecutivo", "--forma", "femenina", "--desde", "2026-03-01", db=ruta))
    assert "María Rodríguez: Secretaria Ejecutiva desde el" in salida
    salida = ok(cli("organos", "designar", TECNICA, "--persona", "Pablo Ríos", "--cargo", "director",
                    "--desde", "2026-03-01", db=ruta))
    assert "Pablo Ríos: Director desde el" in salida          # sin --forma: la masculina de siempre

    mandatos = json.loads(ok(cli("organos", "mandatos", TECNICA, "--json", db=ruta)))
    assert {(m["persona"], m["cargo"], m["forma"]) for m in mandatos} == {
        ("María Rodríguez", "secretario_ejecutivo", "femenina"), ("Pablo Ríos", "director", "masculina")}
    assert "Secretaria Ejecutiva" in ok(cli("organos", "mandatos", TECNICA, db=ruta))

    pdf = tmp_path / "composicion.pdf"
    salida = ok(cli("organos", "composicion", TECNICA, "--al", "2026-06-01", "--pdf", str(pdf), db=ruta))
    linea = next(fila for fila in salida.splitlines() if "María Rodríguez" in fila)
    assert "Secretaria Ejecutiva" in linea and "Secretario Ejecutivo" not in salida
    texto = texto_pdf(pdf)
    assert "Secretaria Ejecutiva" in texto and "Director" in texto and "Secretario Ejecutivo" not in texto


def test_una_forma_inventada_se_rechaza_y_no_registra_nada(tmp_path, cli):
    ruta = tmp_path / "red.db"
    ok(cli(*CREAR_RML, db=ruta))
    ok(cli("organos", "crear", "--nombre", TECNICA, "--tipo", "secretaria_tecnica", db=ruta))
    rechazo = cli("organos", "designar", TECNICA, "--persona", "Ana", "--cargo", "secretario_ejecutivo",
                  "--forma", "neutra", "--desde", "2026-03-01", db=ruta)
    assert rechazo.returncode == 2
    assert "--forma" in rechazo.stderr and "masculina" in rechazo.stderr and "femenina" in rechazo.stderr
    assert json.loads(ok(cli("organos", "mandatos", TECNICA, "--json", db=ruta))) == []
